"""PPP printing (printer/ppp.py: LCP, IPCP, IP6CP, CCP, CHAP, PAP, MLPPP) against tcpdump 4.99.3.

The frames are built here: DLT_PPP frames (link type 9) and PPTP's PPP in
enhanced GRE (Ethernet type 0x880B); ``EXPECTED`` holds tcpdump 4.99.3's text
for them (``-n -t``, with ``-v`` and ``-vv``), recorded once, so the tests run
without tcpdump.  With tcpdump installed the frames are also compared live,
and so are the PPP captures of the corpus, whole.
"""

from __future__ import annotations

import struct
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS, needs_corpus, needs_tcpdump, tcpdump_path
from helpers import pcap_file, pcap_record
from purepcap.printer import ppp as ppp_mod
from purepcap.printer._base import Context, Options
from purepcap.printer._walk import walk
from purepcap.savefile import open_reader

# --- builders -----------------------------------------------------------------------

ETH = bytes.fromhex("020000000002020000000001") + b"\x08\x00"


def csum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ip4(proto: int, payload: bytes) -> bytes:
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 1, 0x4000, 64, proto, 0,
                    bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
    return h[:10] + struct.pack("!H", csum(h)) + h[12:] + payload


def ppp(proto: int, payload: bytes, acfc: bool = True) -> bytes:
    return (b"\xff\x03" if acfc else b"") + struct.pack("!H", proto) + payload


def cp(code: int, ident: int, options: bytes) -> bytes:
    return struct.pack("!BBH", code, ident, 4 + len(options)) + options


PPP_CASES = {
    "lcp_req": ppp(0xC021, cp(1, 1, bytes([1, 4, 0x05, 0xDC]) + bytes([5, 6, 1, 2, 3, 4])
                              + bytes([3, 5, 0xC2, 0x23, 5]) + bytes([7, 2, 8, 2]))),
    "lcp_echo": ppp(0xC021, cp(9, 7, bytes([0, 0, 0, 42]))),
    "ipcp_nak": ppp(0x8021, cp(3, 2, bytes([3, 6, 10, 0, 0, 9]) + bytes([129, 6, 8, 8, 8, 8]))),
    "ip6cp": ppp(0x8057, cp(1, 3, bytes([1, 10]) + bytes(range(1, 9)))),
    "ccp": ppp(0x80FD, cp(1, 4, bytes([26, 4, 0x78, 0]) + bytes([18, 6, 0, 0, 0, 1]))),
    "pap": ppp(0xC023, struct.pack("!BBH", 1, 5, 4 + 1 + 4 + 1 + 6) + b"\x04user\x06secret"),
    "chap": ppp(0xC223, struct.pack("!BBHB", 1, 6, 4 + 1 + 4 + 3, 4) + b"\x01\x02\x03\x04abc"),
    "chap_ok": ppp(0xC223, struct.pack("!BBH", 3, 6, 4 + 2) + b"ok"),
    "pfc_ip": b"\xff\x03\x21" + ip4(17, struct.pack("!HHHH", 1000, 2000, 12, 0) + b"abcd"),
    "unknown": ppp(0x4001, b"\x01\x02\x03"),
    "mlppp": ppp(0x003D, b"\x80\x05abcd"),
}


def gre_ppp(payload: bytes) -> bytes:
    gre = struct.pack("!HHHHI", 0x3001, 0x880B, len(payload), 7, 1) + payload
    return ETH + ip4(47, gre)


GRE_CASES = {
    "pptp_lcp": gre_ppp(b"\xff\x03" + PPP_CASES["lcp_req"][2:]),
    "pptp_ipcp": gre_ppp(PPP_CASES["ipcp_nak"][2:]),
}

EXPECTED: dict[tuple[str, int], str] = {('ccp', 0): 'CCP, Conf-Request (0x01), id 4, length 16',
 ('ccp', 1): 'CCP, Conf-Request (0x01), id 4, length 16\n'
             '\tencoded length 14 (=Option(s) length 10)\n'
             '\t  Deflate Option (0x1a), length 4: Window: 7K, Method: zlib (0x8), MBZ: 0, CHK: 0\n'
             '\t  MPPC Option (0x12), length 6\n'
             '\t    0x0000:  0000 0001',
 ('ccp', 2): 'CCP, Conf-Request (0x01), id 4, length 16\n'
             '\tencoded length 14 (=Option(s) length 10)\n'
             '\t0x0000:  80fd 0104 000e\n'
             '\t  Deflate Option (0x1a), length 4: Window: 7K, Method: zlib (0x8), MBZ: 0, CHK: 0\n'
             '\t    0x0000:  7800\n'
             '\t  MPPC Option (0x12), length 6\n'
             '\t    0x0000:  0000 0001',
 ('chap', 0): 'CHAP, Challenge (0x01), id 6, Value 01020304, Name abc',
 ('chap', 1): 'CHAP, Challenge (0x01), id 6, Value 01020304, Name abc',
 ('chap', 2): 'CHAP, Challenge (0x01), id 6, Value 01020304, Name abc',
 ('chap_ok', 0): 'CHAP, Success (0x03), id 6, Msg ok',
 ('chap_ok', 1): 'CHAP, Success (0x03), id 6, Msg ok',
 ('chap_ok', 2): 'CHAP, Success (0x03), id 6, Msg ok',
 ('ip6cp', 0): 'IP6CP, Conf-Request (0x01), id 3, length 16',
 ('ip6cp', 1): 'IP6CP, Conf-Request (0x01), id 3, length 16\n'
               '\tencoded length 14 (=Option(s) length 10)\n'
               '\t  Interface-ID Option (0x01), length 10: 0102:0304:0506:0708',
 ('ip6cp', 2): 'IP6CP, Conf-Request (0x01), id 3, length 16\n'
               '\tencoded length 14 (=Option(s) length 10)\n'
               '\t0x0000:  8057 0103 000e\n'
               '\t  Interface-ID Option (0x01), length 10: 0102:0304:0506:0708\n'
               '\t    0x0000:  0102 0304 0506 0708',
 ('ipcp_nak', 0): 'IPCP, Conf-Nack (0x03), id 2, length 18',
 ('ipcp_nak', 1): 'IPCP, Conf-Nack (0x03), id 2, length 18\n'
                  '\tencoded length 16 (=Option(s) length 12)\n'
                  '\t  IP-Addr Option (0x03), length 6: 10.0.0.9\n'
                  '\t  Pri-DNS Option (0x81), length 6: 8.8.8.8',
 ('ipcp_nak', 2): 'IPCP, Conf-Nack (0x03), id 2, length 18\n'
                  '\tencoded length 16 (=Option(s) length 12)\n'
                  '\t0x0000:  8021 0302 0010\n'
                  '\t  IP-Addr Option (0x03), length 6: 10.0.0.9\n'
                  '\t    0x0000:  0a00 0009\n'
                  '\t  Pri-DNS Option (0x81), length 6: 8.8.8.8\n'
                  '\t    0x0000:  0808 0808',
 ('lcp_echo', 0): 'LCP, Echo-Request (0x09), id 7, length 10',
 ('lcp_echo', 1): 'LCP, Echo-Request (0x09), id 7, length 10\n'
                  '\tencoded length 8 (=Option(s) length 4)\n'
                  '\t  Magic-Num 0x0000002a',
 ('lcp_echo', 2): 'LCP, Echo-Request (0x09), id 7, length 10\n'
                  '\tencoded length 8 (=Option(s) length 4)\n'
                  '\t0x0000:  c021 0907 0008\n'
                  '\t  Magic-Num 0x0000002a',
 ('lcp_req', 0): 'LCP, Conf-Request (0x01), id 1, length 25',
 ('lcp_req', 1): 'LCP, Conf-Request (0x01), id 1, length 25\n'
                 '\tencoded length 23 (=Option(s) length 19)\n'
                 '\t  MRU Option (0x01), length 4: 1500\n'
                 '\t  Magic-Num Option (0x05), length 6: 0x01020304\n'
                 '\t  Auth-Prot Option (0x03), length 5: CHAP, MD5\n'
                 '\t  PFC Option (0x07), length 2\n'
                 '\t  ACFC Option (0x08), length 2',
 ('lcp_req', 2): 'LCP, Conf-Request (0x01), id 1, length 25\n'
                 '\tencoded length 23 (=Option(s) length 19)\n'
                 '\t0x0000:  c021 0101 0017\n'
                 '\t  MRU Option (0x01), length 4: 1500\n'
                 '\t    0x0000:  05dc\n'
                 '\t  Magic-Num Option (0x05), length 6: 0x01020304\n'
                 '\t    0x0000:  0102 0304\n'
                 '\t  Auth-Prot Option (0x03), length 5: CHAP, MD5\n'
                 '\t    0x0000:  c223 05\n'
                 '\t  PFC Option (0x07), length 2\n'
                 '\t  ACFC Option (0x08), length 2',
 ('mlppp', 0): 'MLPPP, seq 0x005, Flags [begin], length 6',
 ('mlppp', 1): 'MLPPP, seq 0x005, Flags [begin], length 6',
 ('mlppp', 2): 'MLPPP, seq 0x005, Flags [begin], length 6',
 ('pap', 0): 'PAP, Auth-Req (0x01), id 5, Peer user, Name secret',
 ('pap', 1): 'PAP, Auth-Req (0x01), id 5, Peer user, Name secret',
 ('pap', 2): 'PAP, Auth-Req (0x01), id 5, Peer user, Name secret',
 ('pfc_ip', 0): 'IP 10.0.0.1.1000 > 10.0.0.2.2000: UDP, length 4',
 ('pfc_ip', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n'
                '    10.0.0.1.1000 > 10.0.0.2.2000: UDP, length 4',
 ('pfc_ip', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n'
                '    10.0.0.1.1000 > 10.0.0.2.2000: [no cksum] UDP, length 4',
 ('pptp_ipcp', 0): 'IP 10.0.0.1 > 10.0.0.2: GREv1, call 7, seq 1, length 30: IPCP, Conf-Nack '
                   '(0x03), id 2, length 18',
 ('pptp_ipcp', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto GRE (47), length 50)\n'
                   '    10.0.0.1 > 10.0.0.2: GREv1, Flags [key present, sequence# present], call '
                   '7, seq 1, length 30\n'
                   '\tIPCP, Conf-Nack (0x03), id 2, length 18\n'
                   '\tencoded length 16 (=Option(s) length 12)\n'
                   '\t  IP-Addr Option (0x03), length 6: 10.0.0.9\n'
                   '\t  Pri-DNS Option (0x81), length 6: 8.8.8.8',
 ('pptp_ipcp', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto GRE (47), length 50)\n'
                   '    10.0.0.1 > 10.0.0.2: GREv1, Flags [key present, sequence# present], call '
                   '7, seq 1, length 30\n'
                   '\tIPCP, Conf-Nack (0x03), id 2, length 18\n'
                   '\tencoded length 16 (=Option(s) length 12)\n'
                   '\t0x0000:  8021 0302 0010\n'
                   '\t  IP-Addr Option (0x03), length 6: 10.0.0.9\n'
                   '\t    0x0000:  0a00 0009\n'
                   '\t  Pri-DNS Option (0x81), length 6: 8.8.8.8\n'
                   '\t    0x0000:  0808 0808',
 ('pptp_lcp', 0): 'IP 10.0.0.1 > 10.0.0.2: GREv1, call 7, seq 1, length 39: LCP, Conf-Request '
                  '(0x01), id 1, length 25',
 ('pptp_lcp', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto GRE (47), length 59)\n'
                  '    10.0.0.1 > 10.0.0.2: GREv1, Flags [key present, sequence# present], call 7, '
                  'seq 1, length 39\n'
                  '\tLCP, Conf-Request (0x01), id 1, length 25\n'
                  '\tencoded length 23 (=Option(s) length 19)\n'
                  '\t  MRU Option (0x01), length 4: 1500\n'
                  '\t  Magic-Num Option (0x05), length 6: 0x01020304\n'
                  '\t  Auth-Prot Option (0x03), length 5: CHAP, MD5\n'
                  '\t  PFC Option (0x07), length 2\n'
                  '\t  ACFC Option (0x08), length 2',
 ('pptp_lcp', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto GRE (47), length 59)\n'
                  '    10.0.0.1 > 10.0.0.2: GREv1, Flags [key present, sequence# present], call 7, '
                  'seq 1, length 39\n'
                  '\tLCP, Conf-Request (0x01), id 1, length 25\n'
                  '\tencoded length 23 (=Option(s) length 19)\n'
                  '\t0x0000:  c021 0101 0017\n'
                  '\t  MRU Option (0x01), length 4: 1500\n'
                  '\t    0x0000:  05dc\n'
                  '\t  Magic-Num Option (0x05), length 6: 0x01020304\n'
                  '\t    0x0000:  0102 0304\n'
                  '\t  Auth-Prot Option (0x03), length 5: CHAP, MD5\n'
                  '\t    0x0000:  c223 05\n'
                  '\t  PFC Option (0x07), length 2\n'
                  '\t  ACFC Option (0x08), length 2',
 ('unknown', 0): 'unknown PPP protocol (0x4001) \n\t0x0000:  0102 03',
 ('unknown', 1): 'unknown PPP protocol (0x4001) \n\t0x0000:  0102 03',
 ('unknown', 2): 'unknown PPP protocol (0x4001) \n\t0x0000:  0102 03'}


# --- helpers --------------------------------------------------------------------------

def ours(frame: bytes, linktype: int, verbose: int, snap: int | None = None,
         ctx: Context | None = None) -> str:
    """Our text; pass one ``ctx`` for a run of frames (TCP's relative numbers)."""
    data = frame if snap is None else frame[:snap]
    if ctx is None:
        ctx = Context(opts=Options(verbose=verbose))
    # a fresh context per packet sharing the capture's state, as the renderer does
    return walk(data, linktype, len(frame), Context(opts=ctx.opts, state=ctx.state))[1]


def theirs(frames: list[tuple[bytes, int | None]], linktype: int, verbose: int) -> list[str]:
    """tcpdump's text per frame (``-n -t``), continuation lines joined."""
    recs = [pcap_record(1, 0, f if s is None else f[:s], len(f)) for f, s in frames]
    with tempfile.NamedTemporaryFile(suffix=".pcap") as t:
        t.write(pcap_file(recs, linktype=linktype))
        t.flush()
        out = subprocess.run([tcpdump_path(), "-n", "-t", *(["-" + "v" * verbose] if verbose else []),
                              "-r", t.name], capture_output=True, check=False).stdout
    return split_packets(out.decode("latin-1"))


def split_packets(text: str) -> list[str]:
    packets: list[str] = []
    for line in text.splitlines():
        if packets and line[:1] in ("\t", " "):
            packets[-1] += "\n" + line
        else:
            packets.append(line)
    return packets


def corpus_text(path: Path, verbose: int) -> tuple[str, str]:
    """(ours, tcpdump's) for a whole capture with ``-n -t`` and the verbosity."""
    parts = []
    with open_reader(path) as r:
        lt = r.linktype
        opts, state = Options(verbose=verbose), dict[str, object]()
        for p in r:
            parts.append(walk(bytes(p.data), lt, p.wirelen, Context(opts=opts, state=state))[1])
    out = subprocess.run([tcpdump_path(), "-n", "-t", *(["-" + "v" * verbose] if verbose else []),
                          "-r", str(path)], capture_output=True, check=False).stdout
    return "\n".join(parts), out.decode("latin-1").rstrip("\n")


CASES: dict[str, tuple[bytes, int]] = {
    **{k: (f, 9) for k, f in PPP_CASES.items()}, **{k: (f, 1) for k, f in GRE_CASES.items()}}


# --- tests ----------------------------------------------------------------------------

@pytest.mark.parametrize("key", sorted(EXPECTED), ids=lambda k: f"{k[0]}-v{k[1]}")
def test_recorded(key: tuple[str, int]) -> None:
    name, verbose = key
    frame, lt = CASES[name]
    assert ours(frame, lt, verbose) == EXPECTED[key]


def test_record_fields() -> None:
    rec = ppp_mod.decode_ppp(PPP_CASES["pfc_ip"], len(PPP_CASES["pfc_ip"]), Context())
    assert (rec.protocol, rec.header_len, rec.inner) == (0x21, 3, ("ethertype", 0x0800, 3))
    rec = ppp_mod.decode_ppp(PPP_CASES["lcp_req"], len(PPP_CASES["lcp_req"]), Context())
    assert rec.protocol == 0xC021 and rec.inner is None
    assert rec.to_json()["proto"] == "ppp"
    short = ppp_mod.decode_ppp_if(b"\xff\x03", 2, Context())
    assert ppp_mod.format_ppp(short, Context()) == " [|ppp]"


@needs_tcpdump
@pytest.mark.parametrize("verbose", [0, 1, 2, 3])
def test_live_frames(verbose: int) -> None:
    for lt in (9, 1):
        names = sorted(n for n, (_f, k) in CASES.items() if k == lt)
        texts = theirs([(CASES[n][0], None) for n in names], lt, verbose)
        assert len(texts) == len(names)
        ctx = Context(opts=Options(verbose=verbose))
        for n, text in zip(names, texts):
            assert ours(CASES[n][0], lt, verbose, None, ctx) == text, n


CORPUS_FILES = ("ppp-invalid-lengths.pcap", "ppp_error_hexdump.pcap", "truncated-aack.pcap",
                "mlppp-oobr.pcap", "heapoverflow-ppp_hdlc_if_print.pcap", "pppoe.pcap",
                "pppoes.pcap", "pptp.pcap", "ppp_ip_udp_dns.pcap",
                "ppp_ccp_config_deflate_option_asan.pcap", "of10_inv_QUEUE_GET_CONFIG_REPLY.pcap")


@needs_corpus
@needs_tcpdump
@pytest.mark.parametrize("verbose", [0, 1, 2])
@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus(name: str, verbose: int) -> None:
    path = CORPUS / "tcpdump" / name
    if not path.exists():
        pytest.skip(f"{name} is not in the corpus")
    mine, tcpdump = corpus_text(path, verbose)
    assert mine == tcpdump


_proto = st.sampled_from([0xC021, 0x8021, 0x8057, 0x80FD, 0xC02B, 0xC023, 0xC223, 0x003D,
                          0x0021, 0x0057, 0x7E21, 0x4001, 0x00FD, 0x0281])


@settings(max_examples=400, deadline=None)
@given(_proto, st.integers(0, 15), st.binary(max_size=80), st.booleans(), st.integers(0, 3),
       st.integers(0, 120), st.integers(-6, 6))
def test_never_raises(proto: int, code: int, body: bytes, acfc: bool, verbose: int, cut: int,
                      slack: int) -> None:
    payload = struct.pack("!BBH", code, 1, (4 + len(body) + slack) & 0xFFFF) + body
    frame = ppp(proto, payload, acfc)
    for decode in (ppp_mod.decode_ppp, ppp_mod.decode_ppp_if, ppp_mod.decode_ppp_hdlc_if):
        ctx = Context(opts=Options(verbose=verbose, link_header=bool(cut & 1)))
        rec = decode(frame[:cut], len(frame), ctx)
        assert isinstance(ppp_mod.format_ppp(rec, ctx), str)
    for lt in (9, 50):
        assert isinstance(ours(frame, lt, verbose, cut), str)
    assert isinstance(ours(gre_ppp(frame), 1, verbose), str)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=100), st.integers(0, 3))
def test_random_bytes_never_raise(data: bytes, verbose: int) -> None:
    for lt in (9, 50):
        assert isinstance(ours(data, lt, verbose), str)


# --- PPPoE (printer/pppoe.py) ---------------------------------------------------------

def pppoe_frame(ethertype: int, code: int, session: int, payload: bytes) -> bytes:
    hdr = struct.pack("!BBHH", 0x11, code, session, len(payload))
    frame = bytes.fromhex("ffffffffffff020000000001") + struct.pack("!H", ethertype) + hdr + payload
    return frame.ljust(60, b"\0")


PPPOE_CASES = {
    "padi": pppoe_frame(0x8863, 0x09, 0, struct.pack("!HH", 0x0101, 0)
                        + struct.pack("!HH", 0x0103, 4) + b"\x16\x37\x2c\x16"
                        + struct.pack("!HH", 0x0102, 5) + b"isp-1"),
    "pads": pppoe_frame(0x8863, 0x65, 0x17, struct.pack("!HH", 0x0101, 3) + b"abc"),
    "session_lcp": pppoe_frame(0x8864, 0, 0x3B, bytes.fromhex("c021")
                               + struct.pack("!BBH", 9, 103, 8) + b"\x00\x00\x00\x05"),
    "session_ip": pppoe_frame(0x8864, 0, 0x3B, bytes.fromhex("0021")
                              + bytes.fromhex("4500001c000100004011") + b"\x00\x00"
                              + bytes([10, 0, 0, 1, 10, 0, 0, 2])
                              + struct.pack("!HHHH", 1000, 2000, 8, 0)),
}

# tcpdump 4.99.3, -n -t (and -v)
PPPOE_EXPECTED: dict[tuple[str, int], str] = {
    ("padi", 0): 'PPPoE PADI [Service-Name] [Host-Uniq 0x16372C16] [AC-Name "isp-1"]',
    ("padi", 1): 'PPPoE PADI [Service-Name] [Host-Uniq 0x16372C16] [AC-Name "isp-1"]',
    ("pads", 0): 'PPPoE PADS [ses 0x17] [Service-Name "abc"]',
    ("pads", 1): 'PPPoE PADS [ses 0x17] [Service-Name "abc"]',
    ("session_ip", 0): "PPPoE  [ses 0x3b] IP 10.0.0.1.1000 > 10.0.0.2.2000: UDP, length 0",
    ("session_ip", 1): "PPPoE  [ses 0x3b] IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto "
                       "UDP (17), length 28, bad cksum 0 (->66ce)!)\n"
                       "    10.0.0.1.1000 > 10.0.0.2.2000: UDP, length 0",
    ("session_lcp", 0): "PPPoE  [ses 0x3b] LCP, Echo-Request (0x09), id 103, length 10",
    ("session_lcp", 1): "PPPoE  [ses 0x3b] LCP, Echo-Request (0x09), id 103, length 10\n"
                        "\tencoded length 8 (=Option(s) length 4)\n"
                        "\t  Magic-Num 0x00000005",
}


@pytest.mark.parametrize("key", sorted(PPPOE_EXPECTED), ids=lambda k: f"{k[0]}-v{k[1]}")
def test_pppoe_recorded(key: tuple[str, int]) -> None:
    name, verbose = key
    assert ours(PPPOE_CASES[name], 1, verbose) == PPPOE_EXPECTED[key]


@needs_tcpdump
@pytest.mark.parametrize("verbose", [0, 1, 2])
def test_pppoe_live(verbose: int) -> None:
    names = sorted(PPPOE_CASES)
    texts = theirs([(PPPOE_CASES[n], None) for n in names], 1, verbose)
    for n, text in zip(names, texts):
        assert ours(PPPOE_CASES[n], 1, verbose) == text, n


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([0x8863, 0x8864]), st.integers(0, 255), st.integers(0, 0xFFFF),
       st.binary(max_size=80), st.integers(0, 100), st.integers(0, 2))
def test_pppoe_never_raises(ethertype: int, code: int, session: int, payload: bytes, cut: int,
                            verbose: int) -> None:
    frame = pppoe_frame(ethertype, code, session, payload)
    assert isinstance(ours(frame, 1, verbose, 14 + cut), str)


# --- PPTP control messages (printer/pptp.py, TCP port 1723) ----------------------------

def pptp_msg(mtype: int, body: bytes, magic: int = 0x1A2B3C4D) -> bytes:
    return struct.pack("!HHIHH", 12 + len(body), 1, magic, mtype, 0) + body


PPTP_CASES = {
    "sccrq": pptp_msg(1, struct.pack("!HHIIHH", 0x100, 0, 1, 1, 0, 2160) + bytes(64)
                      + b"Microsoft Windows NT".ljust(64, b"\0")),
    "ocrp": pptp_msg(8, struct.pack("!HHBBHIHHI", 0, 0, 1, 0, 0, 100000000, 64, 0, 0)),
    "sli": pptp_msg(15, struct.pack("!HHII", 0, 0, 0xFFFFFFFF, 0xFFFFFFFF)),
    "badmagic": pptp_msg(5, struct.pack("!I", 7), magic=0x11111111),
}

# tcpdump 4.99.3 (-n -t, -v): the text after the TCP part's ", length N"
PPTP_EXPECTED: dict[tuple[str, int], str] = {
    ("badmagic", 0): ": pptp UNEXPECTED Magic-Cookie!!(11111111) Magic-Cookie=11111111 "
                     "CTRL_MSGTYPE=ECHORQ ID(7)",
    ("badmagic", 1): ": pptp Length=16 CTRL-MSG UNEXPECTED Magic-Cookie!!(11111111) "
                     "Magic-Cookie=11111111 CTRL_MSGTYPE=ECHORQ ID(7)",
    ("ocrp", 0): ": pptp CTRL_MSGTYPE=OCRP CALL_ID(0) PEER_CALL_ID(0) RESULT_CODE(1) ERR_CODE(0) "
                 "CAUSE_CODE(0) CONN_SPEED(100000000) RECV_WIN(64) PROC_DELAY(0) PHY_CHAN_ID(0)",
    ("ocrp", 1): ": pptp Length=32 CTRL-MSG Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=OCRP CALL_ID(0) "
                 "PEER_CALL_ID(0) RESULT_CODE(1:Connected) ERR_CODE(0:None) CAUSE_CODE(0) "
                 "CONN_SPEED(100000000) RECV_WIN(64) PROC_DELAY(0) PHY_CHAN_ID(0)",
    ("sccrq", 0): ": pptp CTRL_MSGTYPE=SCCRQ PROTO_VER(1.0) FRAME_CAP(A) BEARER_CAP(A) MAX_CHAN(0) "
                  "FIRM_REV(2160) HOSTNAME() VENDOR(Microsoft Windows NT)",
    ("sccrq", 1): ": pptp Length=156 CTRL-MSG Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=SCCRQ "
                  "PROTO_VER(1.0) FRAME_CAP(A) BEARER_CAP(A) MAX_CHAN(0) FIRM_REV(2160) HOSTNAME() "
                  "VENDOR(Microsoft Windows NT)",
    ("sli", 0): ": pptp CTRL_MSGTYPE=SLI PEER_CALL_ID(0) SEND_ACCM(0xffffffff) "
                "RECV_ACCM(0xffffffff)",
    ("sli", 1): ": pptp Length=24 CTRL-MSG Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=SLI PEER_CALL_ID(0) "
                "SEND_ACCM(0xffffffff) RECV_ACCM(0xffffffff)",
}


@pytest.mark.parametrize("key", sorted(PPTP_EXPECTED), ids=lambda k: f"{k[0]}-v{k[1]}")
def test_pptp_recorded(key: tuple[str, int]) -> None:
    from purepcap.printer import pptp
    name, verbose = key
    msg = PPTP_CASES[name]
    ctx = Context(opts=Options(verbose=verbose))
    assert pptp.format_pptp(pptp.decode_pptp(msg, len(msg), ctx), ctx) == PPTP_EXPECTED[key]


def test_pptp_cut() -> None:
    from purepcap.printer import pptp
    msg = PPTP_CASES["sccrq"]
    ctx = Context()
    text = pptp.format_pptp(pptp.decode_pptp(msg[:40], len(msg), ctx), ctx)
    # tcpdump 4.99.3 on this message cut after 40 bytes
    assert text == ": pptp CTRL_MSGTYPE=SCCRQ PROTO_VER(1.0) FRAME_CAP(A) BEARER_CAP(A) " \
                   "MAX_CHAN(0) FIRM_REV(2160) HOSTNAME() VENDOR( [|pptp]"


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 17), st.binary(max_size=220), st.integers(0, 240), st.integers(0, 2))
def test_pptp_never_raises(mtype: int, body: bytes, cut: int, verbose: int) -> None:
    from purepcap.printer import pptp
    msg = pptp_msg(mtype, body)
    ctx = Context(opts=Options(verbose=verbose))
    assert pptp.format_pptp(pptp.decode_pptp(msg[:cut], len(msg), ctx), ctx).startswith(": pptp")
