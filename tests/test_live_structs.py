"""Struct layouts, ring geometry and kernel-filter rewriting (no privileges needed)."""

from __future__ import annotations

import shutil
import subprocess
import textwrap

import pytest

from purepcap.live import _linux as L
from purepcap.live import kfilter
from purepcap.live.ring import MIN_BLOCKS, RingPlan, plan_ring

# --- layouts against linux/if_packet.h, compiled with the system C compiler ---------

_C = textwrap.dedent(r"""
    #include <stdio.h>
    #include <stddef.h>
    #include <linux/if_packet.h>
    #include <linux/filter.h>
    #define S(t) printf(#t " size %zu\n", sizeof(struct t))
    #define O(t, f) printf(#t " " #f " %zu\n", offsetof(struct t, f))
    int main(void) {
        S(tpacket_req3); S(tpacket_req); S(tpacket_block_desc); S(tpacket3_hdr);
        S(tpacket2_hdr); S(sockaddr_ll); S(tpacket_auxdata); S(tpacket_stats);
        S(tpacket_stats_v3); S(packet_mreq); S(sock_filter); S(sock_fprog);
        O(tpacket3_hdr, tp_next_offset); O(tpacket3_hdr, tp_sec); O(tpacket3_hdr, tp_nsec);
        O(tpacket3_hdr, tp_snaplen); O(tpacket3_hdr, tp_len); O(tpacket3_hdr, tp_status);
        O(tpacket3_hdr, tp_mac); O(tpacket3_hdr, tp_net); O(tpacket3_hdr, hv1.tp_rxhash);
        O(tpacket3_hdr, hv1.tp_vlan_tci); O(tpacket3_hdr, hv1.tp_vlan_tpid);
        O(tpacket_block_desc, version); O(tpacket_block_desc, offset_to_priv);
        O(tpacket_block_desc, hdr.bh1.block_status); O(tpacket_block_desc, hdr.bh1.num_pkts);
        O(tpacket_block_desc, hdr.bh1.offset_to_first_pkt); O(tpacket_block_desc, hdr.bh1.blk_len);
        O(tpacket_block_desc, hdr.bh1.seq_num);
        O(tpacket2_hdr, tp_status); O(tpacket2_hdr, tp_len); O(tpacket2_hdr, tp_snaplen);
        O(tpacket2_hdr, tp_mac); O(tpacket2_hdr, tp_net); O(tpacket2_hdr, tp_sec);
        O(tpacket2_hdr, tp_nsec); O(tpacket2_hdr, tp_vlan_tci); O(tpacket2_hdr, tp_vlan_tpid);
        O(sockaddr_ll, sll_protocol); O(sockaddr_ll, sll_ifindex); O(sockaddr_ll, sll_hatype);
        O(sockaddr_ll, sll_pkttype); O(sockaddr_ll, sll_halen); O(sockaddr_ll, sll_addr);
        printf("TPACKET2_HDRLEN %zu\nTPACKET3_HDRLEN %zu\n", (size_t)TPACKET2_HDRLEN,
               (size_t)TPACKET3_HDRLEN);
        printf("consts %d %d %d %d %d %d %d %d %d\n", PACKET_RX_RING, PACKET_VERSION,
               PACKET_RESERVE, PACKET_AUXDATA, PACKET_STATISTICS, PACKET_FANOUT,
               TP_STATUS_VLAN_VALID, TP_STATUS_VLAN_TPID_VALID, SKF_AD_VLAN_TAG_PRESENT);
        return 0;
    }
""")


@pytest.fixture(scope="module")
def header_facts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler to read linux/if_packet.h with")
    d = tmp_path_factory.mktemp("layout")
    src, exe = d / "layout.c", d / "layout"
    src.write_text(_C)
    res = subprocess.run([cc, str(src), "-o", str(exe)], capture_output=True, text=True)
    if res.returncode != 0:
        pytest.skip(f"cannot compile against linux/if_packet.h: {res.stderr[:200]}")
    facts: dict[str, int] = {}
    for line in subprocess.run([str(exe)], capture_output=True, text=True,
                               check=True).stdout.splitlines():
        *key, value = line.split()
        if key == ["consts"]:
            continue
        facts[" ".join(key)] = int(value)
    facts["_consts"] = [int(x) for x in line.split()[1:]]  # type: ignore[assignment]
    return facts


def test_struct_sizes_match_the_header(header_facts: dict[str, int]) -> None:
    f = header_facts
    assert f["tpacket_req3 size"] == L.TPACKET_REQ3.size == 28
    assert f["tpacket_req size"] == L.TPACKET_REQ.size
    assert f["tpacket_block_desc size"] == L.TPACKET_BLOCK_DESC.size == 48
    assert f["tpacket3_hdr size"] == L.TPACKET3_HDR.size == 48
    assert f["tpacket2_hdr size"] == L.TPACKET2_HDR.size == 32
    assert f["sockaddr_ll size"] == L.SOCKADDR_LL.size == 20
    assert f["tpacket_auxdata size"] == L.TPACKET_AUXDATA.size
    assert f["tpacket_stats size"] == L.TPACKET_STATS.size
    assert f["tpacket_stats_v3 size"] == L.TPACKET_STATS_V3.size
    assert f["packet_mreq size"] == L.PACKET_MREQ.size
    assert f["sock_filter size"] == L.SOCK_FILTER.size
    assert f["sock_fprog size"] == L.SOCK_FPROG.size
    assert f["TPACKET2_HDRLEN"] == L.TPACKET2_HDRLEN_RAW
    assert f["TPACKET3_HDRLEN"] == L.TPACKET3_HDRLEN_RAW


def _offsets(fmt: str) -> list[int]:
    """Start offset of each field of a native ('=') struct format."""
    import re
    import struct
    out, pos = [], 0
    for count, code in re.findall(r"(\d*)([a-zA-Z?])", fmt.lstrip("=<>!@")):
        n = int(count) if count else 1
        size = struct.calcsize("=" + code)
        if code == "x":
            pos += n
            continue
        if code == "s":
            out.append(pos)
            pos += n
            continue
        for _ in range(n):
            out.append(pos)
            pos += size
    return out


def test_field_offsets_match_the_header(header_facts: dict[str, int]) -> None:
    f = header_facts
    v3 = _offsets(L.V3_FRAME.format)
    names3 = ["tp_next_offset", "tp_sec", "tp_nsec", "tp_snaplen", "tp_len", "tp_status",
              "tp_mac", "tp_net", "hv1.tp_rxhash", "hv1.tp_vlan_tci", "hv1.tp_vlan_tpid"]
    for i, name in enumerate(names3):
        assert v3[i] == f[f"tpacket3_hdr {name}"], name
    sll = ["sll_protocol", "sll_ifindex", "sll_hatype", "sll_pkttype", "sll_halen", "sll_addr"]
    # family at 48, then protocol... (sockaddr_ll at TPACKET_ALIGN(48) == 48)
    for i, name in enumerate(sll):
        assert v3[13 + i] == 48 + f[f"sockaddr_ll {name}"], name
    v2 = _offsets(L.V2_FRAME.format)
    names2 = ["tp_status", "tp_len", "tp_snaplen", "tp_mac", "tp_net", "tp_sec", "tp_nsec",
              "tp_vlan_tci", "tp_vlan_tpid"]
    for i, name in enumerate(names2):
        assert v2[i] == f[f"tpacket2_hdr {name}"], name
    for i, name in enumerate(sll):
        assert v2[10 + i] == 32 + f[f"sockaddr_ll {name}"], name
    bd = _offsets(L.TPACKET_BLOCK_DESC.format)
    names_bd = ["version", "offset_to_priv", "hdr.bh1.block_status", "hdr.bh1.num_pkts",
                "hdr.bh1.offset_to_first_pkt", "hdr.bh1.blk_len", "hdr.bh1.seq_num"]
    for i, name in enumerate(names_bd):
        assert bd[i] == f[f"tpacket_block_desc {name}"], name
    assert L.BLOCK_STATUS_OFFSET == f["tpacket_block_desc hdr.bh1.block_status"]


def test_constants_match_the_header(header_facts: dict) -> None:
    assert header_facts["_consts"] == [
        L.PACKET_RX_RING, L.PACKET_VERSION, L.PACKET_RESERVE, L.PACKET_AUXDATA,
        L.PACKET_STATISTICS, L.PACKET_FANOUT, L.TP_STATUS_VLAN_VALID,
        L.TP_STATUS_VLAN_TPID_VALID, L.SKF_AD_VLAN_TAG_PRESENT]


# --- ring geometry ------------------------------------------------------------------------

@pytest.mark.parametrize("version", [L.TPACKET_V2, L.TPACKET_V3])
@pytest.mark.parametrize("snaplen,max_packet", [(262144, 1518), (96, 1518), (262144, 65550),
                                                (1, 1518), (65535, 9018)])
@pytest.mark.parametrize("buffer_size", [4096, 65536, 2 << 20, 32 << 20])
def test_ring_plan_obeys_kernel_rules(version: int, snaplen: int, max_packet: int,
                                      buffer_size: int) -> None:
    hdrlen = L.TPACKET3_HDRLEN_RAW if version == L.TPACKET_V3 else L.TPACKET2_HDRLEN_RAW
    plan = plan_ring(version, buffer_size=buffer_size, snaplen=snaplen, max_packet=max_packet,
                     hdrlen=hdrlen, reserve=4, maclen=14, timeout_ms=100, page=4096)
    assert plan.block_size % 4096 == 0
    assert plan.frame_size % L.TPACKET_ALIGNMENT == 0
    per = plan.block_size // plan.frame_size
    assert per >= 1
    assert plan.frame_nr == plan.block_nr * per
    assert plan.block_nr >= MIN_BLOCKS
    # one whole packet (up to the snapshot / the interface's largest frame) fits a frame
    netoff = L.tpacket_align(hdrlen + 16) + 4
    assert plan.frame_size >= netoff - 14 + min(snaplen, max_packet)
    assert plan.size >= min(buffer_size, plan.block_size * MIN_BLOCKS)
    if version == L.TPACKET_V3:
        assert plan.retire_tov_ms == 100
        assert len(plan.req()) == 28
    else:
        assert len(plan.req()) == 16


def test_ring_plan_halves_on_enomem_down_to_a_floor() -> None:
    plan = RingPlan(L.TPACKET_V3, 8192, 64, 2048, 256)
    sizes = []
    while plan is not None:
        sizes.append(plan.block_nr)
        assert plan.frame_nr == plan.block_nr * 4
        plan = plan.halved()
    assert sizes == [64, 32, 16, 8, 4, 2]


# --- kernel filter rewriting --------------------------------------------------------------

def test_pack_filter_layout() -> None:
    packed = L.pack_filter([(0x28, 0, 0, 12), (0x15, 1, 2, 0x800), (6, 0, 0, 0xFFFFFFFF)])
    assert len(packed) == 24
    assert packed[:8] == bytes([0x28, 0, 0, 0, 12, 0, 0, 0])
    assert packed[8:16] == bytes([0x15, 0, 1, 2, 0, 8, 0, 0])


def test_cooked_fix_moves_payload_loads_and_maps_header_fields() -> None:
    prog = [(0x28, 0, 0, 14),            # ldh [14]  SLL protocol
            (0x28, 0, 0, 0),             # ldh [0]   packet type
            (0x30, 0, 0, 16 + 9),        # ldb [25]  IP protocol
            (0xB1, 0, 0, 16),            # ldxb 4*([16]&0xf)
            (0x48, 0, 0, 18),            # ldh [x+18]
            (0x28, 0, 0, L.SKF_AD_OFF + L.SKF_AD_VLAN_TAG),
            (6, 0, 0, 262144)]
    fixed = kfilter.cooked_fix(prog, sll2=False)
    assert fixed is not None
    assert [k for _c, _jt, _jf, k in fixed] == [
        L.SKF_AD_OFF + L.SKF_AD_PROTOCOL, L.SKF_AD_OFF + L.SKF_AD_PKTTYPE, 9, 0, 2,
        L.SKF_AD_OFF + L.SKF_AD_VLAN_TAG, 262144]
    fixed2 = kfilter.cooked_fix([(0x28, 0, 0, 0), (0x20, 0, 0, 4), (0x30, 0, 0, 10),
                                 (0x30, 0, 0, 29), (6, 0, 0, 1)], sll2=True)
    assert [k for *_x, k in fixed2] == [L.SKF_AD_OFF + L.SKF_AD_PROTOCOL,
                                         L.SKF_AD_OFF + L.SKF_AD_IFINDEX,
                                         L.SKF_AD_OFF + L.SKF_AD_PKTTYPE, 9, 1]


def test_cooked_fix_gives_up_on_other_header_fields() -> None:
    # the hardware type / address fields have no ancillary equivalent
    assert kfilter.cooked_fix([(0x28, 0, 0, 2), (6, 0, 0, 1)], sll2=False) is None
    assert kfilter.cooked_fix([(0x30, 0, 0, 12), (6, 0, 0, 1)], sll2=True) is None


def _run_prefix(insns: list, pkttype: int, ifindex: int) -> int:
    """A tiny evaluator for the prefix's instruction subset (ld anc, jeq, ja, ret, ld/ldx imm)."""
    pc, a = 0, 0
    for _ in range(100):
        code, jt, jf, k = insns[pc]
        if code == 0x20:
            a = pkttype if k == L.SKF_AD_OFF + L.SKF_AD_PKTTYPE else ifindex
        elif code == 0x15:
            pc += jt if a == k else jf
        elif code == 0x05:
            pc += k
        elif code == 0x06:
            return k
        pc += 1
        if pc >= len(insns):
            return -1  # fell through into the user's program
    raise AssertionError("loop")


@pytest.mark.parametrize("direction,lo,cases", [
    ("in", None, {(0, 2): -1, (4, 2): 0, (3, 2): -1}),
    ("out", None, {(0, 2): 0, (4, 2): -1, (1, 2): 0}),
    ("inout", 1, {(4, 1): 0, (0, 1): -1, (4, 2): -1, (0, 2): -1}),
    ("in", 1, {(4, 1): 0, (0, 1): -1, (4, 2): 0}),
    ("out", 1, {(4, 1): 0, (0, 1): 0, (4, 2): -1}),
])
def test_direction_prefix(direction: str, lo: int | None, cases: dict) -> None:
    pre = kfilter.prefix(direction, lo)
    # the prefix ends by zeroing A and X, then falls into the program
    assert pre[-2:] == [(0x00, 0, 0, 0), (0x01, 0, 0, 0)]
    for (pkttype, ifindex), want in cases.items():
        assert _run_prefix(pre, pkttype, ifindex) == want, (pkttype, ifindex)


def test_no_prefix_when_nothing_to_reject() -> None:
    assert kfilter.prefix("inout", None) == []


def test_narrow_hot_loop_views_match_the_header(header_facts: dict[str, int]) -> None:
    f = header_facts
    v3 = ["tp_next_offset", "tp_sec", "tp_nsec", "tp_snaplen", "tp_len", "tp_status", "tp_mac"]
    fast3 = _offsets(L.V3_FAST.format)
    rec3 = _offsets(L.V3_REC.format)
    for i, name in enumerate(v3):
        assert fast3[i] == rec3[i] == f[f"tpacket3_hdr {name}"], name
    assert fast3[7:] == [48 + f["sockaddr_ll sll_ifindex"], 48 + f["sockaddr_ll sll_pkttype"]]
    v2 = _offsets(L.V2_FAST.format)
    names2 = ["tp_status", "tp_len", "tp_snaplen", "tp_mac", "tp_sec", "tp_nsec", "tp_vlan_tci"]
    for i, name in enumerate(names2):
        assert v2[i] == f[f"tpacket2_hdr {name}"], name
    assert v2[7:] == [32 + f["sockaddr_ll sll_ifindex"], 32 + f["sockaddr_ll sll_pkttype"]]
    # tp_sec..tp_len of a tpacket3_hdr read as a pcap record header
    assert L.PCAP_REC.size == 16
    assert f["tpacket3_hdr tp_len"] + 4 - f["tpacket3_hdr tp_sec"] == 16
