"""pcapng: reader against libpcap on constructed files, metadata, writer against libpcap/tcpdump/tshark."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import oracle
from conftest import tcpdump_path, tshark_path
from helpers import (block, compare_with_oracle, epb, epoch_text, i64, idb, isb, nrb, pb, read_ours,
                     shb, spb, tshark_frames, u64, write)
from purepcap import Packet
from purepcap.errors import SavefileError, SavefileTruncated
from purepcap.packet import (PACKET_BROADCAST, PACKET_HOST, PACKET_MULTICAST, PACKET_OTHERHOST,
                             PACKET_OUTGOING)
from purepcap.savefile import (InterfaceInfo, NameRecord, PcapNgReader,
                               PcapNgWriter, open_reader)

pytestmark = pytest.mark.recorded

ORDERS = ["little", "big"]


def check(tmp_path: Path, data: bytes) -> None:
    problem = compare_with_oracle(write(tmp_path, data))
    assert problem is None, problem


# ---------------------------------------------------------------- time stamps

TSRESOLS = list(range(0, 21)) + [0x80 | n for n in (0, 1, 10, 20, 29, 30, 31, 32, 40, 63, 64, 127)]


@pytest.mark.parametrize("order", ORDERS)
def test_tsresol_all_forms_like_libpcap(tmp_path: Path, order: str) -> None:
    stamps = [0, 1, 999_999, 1_700_000_000_123_456, 2**32 + 5, 2**63 + 12345, 2**64 - 1]
    for r in TSRESOLS:
        data = shb(order) + idb(order, 1, 0, [(9, bytes([r]))])
        data += b"".join(epb(order, 0, t, b"p%d" % i) for i, t in enumerate(stamps))
        check(tmp_path, data)


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("offset", [0, 1, -1, 1_700_000_000, -(2**63), 2**63 - 1])
def test_tsoffset_like_libpcap(tmp_path: Path, order: str, offset: int) -> None:
    for r in (6, 9, 0x80 | 20):
        data = shb(order) + idb(order, 1, 0, [(9, bytes([r])), (14, i64(order, offset))])
        data += epb(order, 0, 123_456_789, b"a") + spb(order, b"spb-has-no-timestamp")
        check(tmp_path, data)


def test_default_resolution_is_microseconds(tmp_path: Path) -> None:
    data = shb() + idb() + epb("little", 0, 1_700_000_000_123_456, b"x")
    _, pk, err, _ = read_ours(write(tmp_path, data))
    assert err is None and pk[0].ts == 1_700_000_000_123_456_000


# ---------------------------------------------------------------- IDB options

BAD_IDB_OPTIONS = {
    "tsresol_len2": [(9, b"\x06\x06")],
    "tsresol_twice": [(9, b"\x06"), (9, b"\x09")],
    "tsoffset_len4": [(14, b"\0\0\0\0")],
    "tsoffset_twice": [(14, bytes(8)), (14, bytes(8))],
    "good_then_name": [(2, b"eth0"), (3, b"desc"), (9, b"\x09")],
    "unknown_option": [(999, b"whatever"), (9, b"\x09")],
}


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("name", sorted(BAD_IDB_OPTIONS))
@pytest.mark.parametrize("first", [True, False])
def test_idb_option_rules_like_libpcap(tmp_path: Path, order: str, name: str,
                                       first: bool) -> None:
    bad = idb(order, 1, 0, BAD_IDB_OPTIONS[name])
    pkt = epb(order, 0, 1, b"x")
    if first:
        data = shb(order) + bad + pkt
    else:  # the IDB comes after packets were delivered: failure mid-file
        data = shb(order) + idb(order, 1, 0) + pkt + pkt + bad + pkt
    check(tmp_path, data)


@pytest.mark.parametrize("order", ORDERS)
def test_malformed_idb_options_like_libpcap(tmp_path: Path, order: str) -> None:
    e = "<" if order == "little" else ">"
    bodies = [
        struct.pack(e + "HHI", 1, 0, 0) + struct.pack(e + "HH", 0, 4) + b"abcd",  # endofopt len 4
        struct.pack(e + "HHI", 1, 0, 0) + struct.pack(e + "HH", 2, 40) + b"abcd",  # overruns
        struct.pack(e + "HHI", 1, 0, 0) + b"\x02\x00",  # half an option header
        struct.pack(e + "HH", 1, 0),  # fixed part too short
    ]
    for body in bodies:
        check(tmp_path, shb(order) + block(order, 1, body) + epb(order, 0, 1, b"x"))
        check(tmp_path, shb(order) + idb(order) + epb(order, 0, 1, b"y") + block(order, 1, body))


# ------------------------------------------------------------ framing and blocks

@pytest.mark.parametrize("order", ORDERS)
def test_block_framing_like_libpcap(tmp_path: Path, order: str) -> None:
    e = "<" if order == "little" else ">"
    head = shb(order) + idb(order, 1, 100) + epb(order, 0, 1, b"first")
    tails = [
        struct.pack(e + "II", 6, 8),  # length < 12
        struct.pack(e + "II", 6, 30) + bytes(22),  # not a multiple of 4
        struct.pack(e + "II", 6, 16 * 1024 * 1024 + 4) + bytes(40),  # above 16 MiB
        struct.pack(e + "II", 6, 36) + bytes(24) + struct.pack(e + "I", 40),  # trailer differs
        struct.pack(e + "II", 6, 64) + bytes(20),  # truncated block
        struct.pack(e + "I", 6),  # truncated block header
        struct.pack(e + "II", 0x12345678, 16) + bytes(4) + struct.pack(e + "I", 16),  # unknown
        block(order, 0x00000BAD, b"custom block, copy") + block(order, 0x40000BAD, b"nocopy"),
        block(order, 10, b"decryption secrets"),
        epb(order, 0, 2, b"x" * 101),  # caplen above snaplen
        epb(order, 0, 2, b"x", caplen=30),  # data past the block
        epb(order, 1, 2, b"x"),  # unknown interface
        block(order, 6, bytes(16)),  # EPB fixed part too short
        block(order, 2, bytes(16)),  # PB fixed part too short
        block(order, 3, b""),  # SPB fixed part too short
    ]
    for tail in tails:
        check(tmp_path, head + tail + epb(order, 0, 3, b"after"))


@pytest.mark.parametrize("order", ORDERS)
def test_packet_block_kinds_like_libpcap(tmp_path: Path, order: str) -> None:
    data = (shb(order) + idb(order, 1, 8, [(9, b"\x09")]) + spb(order, b"0123456789abc")
            + spb(order, b"0123", 4) + pb(order, 0, 99, b"pb-data", 500, drops=3)
            + epb(order, 0, 7, b"epb", 9, [(1, b"a comment"), (2, b"\x02\0\0\0")]))
    check(tmp_path, data)
    _, pk, err, _ = read_ours(write(tmp_path, data))
    assert err is None
    # SPB: caplen is min(len, snaplen), no time stamp; PB: 16-bit interface id
    assert [(p.ts, p.caplen, p.wirelen, p.data) for p in pk] == [
        (0, 8, 13, b"01234567"), (0, 4, 4, b"0123"), (99, 7, 500, b"pb-data"), (7, 3, 9, b"epb")]
    assert pk[3].comment == "a comment"


@pytest.mark.parametrize("order", ORDERS)
def test_open_errors_like_libpcap(tmp_path: Path, order: str) -> None:
    e = "<" if order == "little" else ">"
    cases = [
        shb(order),  # no IDB at all
        shb(order) + epb(order, 0, 1, b"x") + idb(order),  # packet before IDB
        shb(order) + spb(order, b"x") + idb(order),
        shb(order, version=(1, 1)) + idb(order),
        shb(order, version=(1, 2)) + idb(order) + epb(order, 0, 1, b"ok"),
        shb(order, version=(2, 0)) + idb(order),
        shb(order)[:-4] + struct.pack(e + "I", 999) + idb(order) + epb(order, 0, 1, b"t"),
        shb(order)[:20],
        shb(order)[:11],
        b"\x0a\x0d\x0d\x0a" + struct.pack(e + "I", 24) + b"\x4d\x3c\x2b\x1a"[::(1 if order == "little" else -1)] + bytes(12),
        b"\x0a\x0d\x0d\x0a" + struct.pack(e + "I", 2 * 1024 * 1024) + b"\x4d\x3c\x2b\x1a"[::(1 if order == "little" else -1)] + bytes(100),
        b"\x0a\x0d\x0d\x0a\x1c\0\0\0\x11\x22\x33\x44" + bytes(16),  # bad byte-order magic
        shb(order) + nrb(order, [(1, b"\x01\x02\x03\x04name\0")]) + isb(order, 0, 5)
        + block(order, 0xBAD, b"x") + idb(order) + epb(order, 0, 1, b"ok"),
        shb(order) + shb(order, version=(7, 7)) + idb(order) + epb(order, 0, 1, b"ok"),
    ]
    for data in cases:
        check(tmp_path, data)


@pytest.mark.parametrize("order", ORDERS)
def test_sections_like_libpcap(tmp_path: Path, order: str) -> None:
    one = idb(order, 1, 0, [(9, b"\x06")])
    cases = [
        # each section has its own interfaces; time stamp units per interface
        shb(order) + one + epb(order, 0, 5, b"a") + shb(order) + idb(order, 1, 0, [(9, b"\x09")])
        + epb(order, 0, 5, b"b"),
        # interface 1 of section 1 does not exist in section 2
        shb(order) + one + one + epb(order, 1, 1, b"a") + shb(order) + one + epb(order, 1, 1, b"b"),
        # later sections: only the major version is checked
        shb(order) + one + epb(order, 0, 1, b"a") + shb(order, version=(1, 9)) + one
        + epb(order, 0, 2, b"b") + shb(order, version=(3, 0)) + one + epb(order, 0, 3, b"c"),
        # SHB too short for its fixed part
        shb(order) + one + epb(order, 0, 1, b"a") + block(order, 0x0A0D0D0A, b"\x4d\x3c\x2b\x1a"),
    ]
    for data in cases:
        check(tmp_path, data)


# ---------------------------------------------------------------- metadata

def test_metadata_is_exposed(tmp_path: Path) -> None:
    o = "little"
    data = (shb(o, [(1, b"section comment"), (2, b"hw"), (3, b"Linux"), (4, b"builder")])
            + idb(o, 1, 1500, [(2, b"eth0"), (3, b"uplink"), (9, b"\x09"), (8, u64(o, 10**9)),
                               (13, b"\x04"), (11, b"\x00tcp port 80"), (12, b"os x"),
                               (1, b"if comment")])
            + nrb(o, [(1, b"\x0a\x00\x00\x01host.example\0alias\0"),
                      (2, bytes(15) + b"\x01" + b"localhost6\0"),
                      (3, b"\x00\x11\x22\x33\x44\x55mac-name\0"), (99, b"odd")])
            + epb(o, 0, 1, b"in", options=[(2, struct.pack("<I", 1 | (3 << 2)))])
            + epb(o, 0, 2, b"out", options=[(2, struct.pack("<I", 2)), (1, b"sent")])
            + epb(o, 0, 3, b"mc", options=[(2, struct.pack("<I", 1 | (2 << 2)))])
            + epb(o, 0, 4, b"promisc", options=[(2, struct.pack("<I", 1 | (4 << 2)))])
            + epb(o, 0, 5, b"unicast", options=[(2, struct.pack("<I", 1 | (1 << 2)))])
            + epb(o, 0, 6, b"none")
            + isb(o, 0, 7, [(2, struct.pack("<II", 0, 1)), (3, struct.pack("<II", 0, 6)),
                            (4, u64(o, 100)), (5, u64(o, 3)), (6, u64(o, 90)), (7, u64(o, 1)),
                            (8, u64(o, 89)), (1, b"stats")]))
    check(tmp_path, data)
    with open_reader(write(tmp_path, data)) as r:
        assert isinstance(r, PcapNgReader)
        pk = list(r)
        assert r.comment == "section comment"
        sec = r.sections[0]
        assert (sec.hardware, sec.os, sec.userappl, sec.version) == ("hw", "Linux", "builder",
                                                                      (1, 0))
        (iface,) = r.interfaces
        assert isinstance(iface, InterfaceInfo)
        assert (iface.name, iface.description, iface.speed, iface.fcslen, iface.os) == (
            "eth0", "uplink", 10**9, 4, "os x")
        assert iface.filter == b"\x00tcp port 80" and iface.comments == ["if comment"]
        assert (iface.tsresol, iface.tsprecision, iface.snaplen) == (10**9, "nano", 1500)
        assert [(n.kind, n.address_text, n.names) for n in r.name_records] == [
            ("ipv4", "10.0.0.1", ["host.example", "alias"]), ("ipv6", "::1", ["localhost6"]),
            ("eui48", "00:11:22:33:44:55", ["mac-name"]), ("unknown", "6f:64:64", [])]
        st = iface.statistics
        assert st is r.statistics[0]
        assert (st.ts, st.starttime, st.endtime, st.ifrecv, st.ifdrop, st.filteraccept,
                st.osdrop, st.usrdeliv, st.comments) == (7, 1, 6, 100, 3, 90, 1, 89, ["stats"])
    assert [p.pkttype for p in pk] == [PACKET_BROADCAST, PACKET_OUTGOING, PACKET_MULTICAST,
                                       PACKET_OTHERHOST, PACKET_HOST, -1]
    assert [p.comment for p in pk] == [None, "sent", None, None, None, None]
    assert all(p.interface == 0 and p.linktype == 1 for p in pk)


def test_malformed_options_outside_idb_are_ignored(tmp_path: Path) -> None:
    # libpcap never looks at EPB/SHB/ISB/NRB options; a broken one must not fail the read
    o = "little"
    broken = struct.pack("<HH", 1, 200) + b"short"
    body = struct.pack("<IIIII", 0, 0, 1, 1, 1) + b"z\0\0\0" + broken
    data = (shb(o) + idb(o) + block(o, 6, body) + block(o, 4, broken)
            + block(o, 5, bytes(12) + broken) + epb(o, 0, 2, b"after"))
    check(tmp_path, data)
    _, pk, err, _ = read_ours(write(tmp_path, data))
    assert err is None and [p.data for p in pk] == [b"z", b"after"]


# ------------------------------------------------- beyond libpcap (superset)

def test_interfaces_with_different_linktypes_and_snaplens(tmp_path: Path) -> None:
    o = "big"
    ip = bytes.fromhex("4500001c00000000401100000a0000010a000002")
    data = (shb(o) + idb(o, 1, 100, [(2, b"eth0")]) + idb(o, 101, 50, [(9, b"\x09"), (2, b"tun0")])
            + idb(o, 113, 0, [(9, b"\x83")])
            + epb(o, 0, 1_000_001, b"e" * 60) + epb(o, 1, 2_000_000_002, ip)
            + epb(o, 2, 8 * 5 + 3, b"s" * 20) + epb(o, 1, 5, b"i" * 51))
    o_ = oracle.read_packets(str(write(tmp_path, data)))
    assert "different from the type of the first interface" in (o_.error or "")
    with open_reader(write(tmp_path, data)) as r:
        got = r.read_batch(3)
        assert [(p.ts, p.linktype, p.interface, p.data) for p in got] == [
            (1_000_001_000, 1, 0, b"e" * 60), (2_000_000_002, 12, 1, ip),
            (5 * 10**9 + 375_000_000, 113, 2, b"s" * 20)]
        assert [i.linktype for i in r.interfaces] == [1, 12, 113]
        assert [i.snaplen for i in r.interfaces] == [100, 50, 262144]
        with pytest.raises(SavefileError, match="bigger than snaplen of 50"):
            r.read_batch(5)  # per-interface snaplen is enforced


def test_section_changing_byte_order(tmp_path: Path) -> None:
    data = (shb("little", [(1, b"le")]) + idb("little") + epb("little", 0, 1, b"le-packet")
            + shb("big", [(1, b"be")]) + idb("big", 1, 0, [(9, b"\x09")])
            + epb("big", 0, 2, b"be-packet"))
    with open_reader(write(tmp_path, data)) as r:
        pk = list(r)
        assert [s.byteorder for s in r.sections] == ["little", "big"]
        assert [s.comment for s in r.sections] == ["le", "be"]
        assert r.byteorder == "little" and r.comment == "le"
    assert [(p.ts, p.data) for p in pk] == [(1000, b"le-packet"), (2, b"be-packet")]


# ---------------------------------------------------------------- writer

@pytest.mark.parametrize("byteorder", ORDERS)
def test_writer_two_interfaces_read_by_tshark_and_us(tmp_path: Path, byteorder: str) -> None:
    tshark_path()
    path = tmp_path / "two.pcapng"
    eth = bytes(range(60))
    ip = bytes.fromhex("4500001c00000000401100000a0000010a000002") + bytes(8)
    with PcapNgWriter(path, comment="capture of two", byteorder=byteorder,
                      hardware="box", os="Linux") as w:
        a = w.add_interface(1, 65535, name="eth0", description="wired", tsresol=9)
        b = w.add_interface(12, 1500, name="tun0", tsresol=6, comment="a tunnel")
        w.write_raw(1_700_000_000_123_456_789, eth, 100, a, comment="first!", flags=2)
        w.write_raw(1_700_000_001_987_654_321, ip, None, b)
        w.write(Packet(1_700_000_002_000_000_001, 60, 60, eth, 1, comment="via write",
                       pkttype=PACKET_BROADCAST))
        w.write(Packet(1_700_000_003_000_000_000, len(ip), len(ip), ip, 12, interface=1))
        w.write_statistics(a, 1_700_000_004_000_000_000, ifrecv=4, ifdrop=0,
                           starttime=1_700_000_000_000_000_000)
    frames = tshark_frames(path)
    assert [(f["epoch"], f["len"], f["cap_len"], f["data"], f["interface_id"], f["comment"])
            for f in frames] == [
        ("1700000000.123456789", 100, 60, eth, 0, "first!"),
        ("1700000001.987654000", 28, 28, ip, 1, None),  # microsecond interface
        ("1700000002.000000001", 60, 60, eth, 0, "via write"),
        ("1700000003.000000000", 28, 28, ip, 1, None),
    ]
    caps = subprocess.run(["capinfos", str(path)], capture_output=True, text=True,
                          timeout=60).stdout if oracle.which("capinfos") else ""
    if caps:
        assert "capture of two" in caps and "eth0" in caps and "tun0" in caps
    with open_reader(path) as r:
        pk = list(r)
        assert r.comment == "capture of two" and r.byteorder == byteorder
        assert [(i.name, i.description, i.linktype, i.snaplen, i.tsresol) for i in r.interfaces] \
            == [("eth0", "wired", 1, 65535, 10**9), ("tun0", None, 12, 1500, 10**6)]
        assert r.interfaces[1].comments == ["a tunnel"]
        assert r.sections[0].hardware == "box" and r.sections[0].os == "Linux"
        st = r.interfaces[0].statistics
        assert (st.ts, st.ifrecv, st.ifdrop, st.starttime) == (
            1_700_000_004_000_000_000, 4, 0, 1_700_000_000_000_000_000)
    assert [(p.ts, p.interface, p.linktype, p.comment, p.pkttype) for p in pk] == [
        (1_700_000_000_123_456_789, 0, 1, "first!", PACKET_OUTGOING),
        (1_700_000_001_987_654_000, 1, 12, None, -1),
        (1_700_000_002_000_000_001, 0, 1, "via write", PACKET_BROADCAST),
        (1_700_000_003_000_000_000, 1, 12, None, -1)]


@pytest.mark.parametrize("tsresol", [9, 6, 3, 0x80 | 30, 0x80 | 10])
def test_writer_tsresol_read_by_libpcap(tmp_path: Path, tsresol: int) -> None:
    path = tmp_path / "r.pcapng"
    stamps = [1_700_000_000_123_456_789, 1_000_000_000, 5, 1_700_000_001_999_999_999]
    with PcapNgWriter(path, 1, 1000, tsresol=tsresol) as w:
        for i, t in enumerate(stamps):
            w.write_raw(t, bytes([i]) * 20)
    if tsresol & 0x80:
        n = tsresol & 0x7F
        units = [t * 2**n // 10**9 for t in stamps]
        expect = [u // 2**n * 10**9 + (u % 2**n) * 10**9 // 2**n for u in units]
    else:
        q = 10 ** (9 - tsresol)
        expect = [t // q * q for t in stamps]
    o = oracle.read_packets(str(path))
    assert o.error is None and (o.linktype, o.snaplen) == (1, 1000)
    assert [p.ts for p in o.packets] == expect
    _, pk, err, _ = read_ours(path)
    assert err is None and [p.ts for p in pk] == expect


def test_writer_output_read_by_tcpdump(tmp_path: Path) -> None:
    path = tmp_path / "t.pcapng"
    pkts = [Packet(1_700_000_000_000_000_000 + i * 123_456_789, 60, 80, bytes([i]) * 60)
            for i in range(20)]
    with PcapNgWriter(path, 1, 65535, comment="for tcpdump") as w:
        for p in pkts:
            w.write(p, comment=f"n{p.data[0]}")
    res = subprocess.run([tcpdump_path(), "-r", str(path), "-nn", "--nano", "-tt"],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert "link-type EN10MB" in res.stderr
    stamps = [line.split()[0] for line in res.stdout.splitlines() if not line[:1].isspace()]
    assert stamps == [epoch_text(p.ts, 9) for p in pkts]
    o = oracle.read_packets(str(path))
    assert [tuple(q) for q in o.packets] == [(p.ts, p.caplen, p.wirelen, p.data) for p in pkts]


def test_writer_to_stream_flush_and_close(tmp_path: Path) -> None:
    buf = io.BytesIO()
    w = PcapNgWriter(buf, 1)
    w.write_raw(1, b"abc")
    w.flush()
    data = buf.getvalue()
    # whole blocks only: SHB, IDB, one EPB, each length-framed
    pos = 0
    types = []
    while pos < len(data):
        btype, blen = struct.unpack_from("<II" if sys.byteorder == "little" else ">II", data, pos)
        types.append(btype)
        pos += blen
    assert pos == len(data) and types == [0x0A0D0D0A, 1, 6]
    w.close()
    assert not buf.closed
    with pytest.raises(SavefileError):
        w.write_raw(2, b"late")
    with pytest.raises(SavefileError):
        PcapNgWriter(io.BytesIO()).write_raw(0, b"no interface yet")


def test_write_auto_interface_and_name_records(tmp_path: Path) -> None:
    path = tmp_path / "n.pcapng"
    with PcapNgWriter(path) as w:
        w.write(Packet(10, 3, 3, b"abc", 113))
        w.write_name_records([NameRecord("ipv4", b"\x7f\0\0\x01", ["localhost"]),
                              NameRecord("eui48", b"\x02" * 6, ["a", "b"])])
        with pytest.raises(SavefileError):
            w.write(Packet(11, 1, 1, b"x", 1))  # no Ethernet interface in this file
    check(tmp_path, path.read_bytes())
    with open_reader(path) as r:
        assert [(p.ts, p.linktype) for p in r] == [(10, 113)]
        assert [(n.address_text, n.names) for n in r.name_records] == [
            ("127.0.0.1", ["localhost"]), ("02:02:02:02:02:02", ["a", "b"])]


def test_truncated_pcapng_delivers_packets_then_raises(tmp_path: Path) -> None:
    o = "little"
    full = shb(o) + idb(o) + b"".join(epb(o, 0, i, bytes([i]) * 40) for i in range(5))
    for cut in (1, 4, 30, 60):
        data = full[:-cut]
        check(tmp_path, data)
        _, pk, err, at_open = read_ours(write(tmp_path, data))
        assert [p.data[0] for p in pk] == [0, 1, 2, 3] and not at_open
        assert isinstance(err, SavefileTruncated)
        assert err.offset is not None and err.offset >= len(full) - 60 - 8
