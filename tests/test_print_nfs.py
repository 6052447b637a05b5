"""NFS and Sun RPC printing (printer/nfs.py, printer/sunrpc.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4 and IPv6, UDP and TCP port 2049):
NFS version 3 calls of every procedure and their replies (attributes, weak
cache consistency data, error statuses), version 2 calls and replies, RPC
replies that were not accepted, replies whose call was never seen, file
handles of the layouts tcpdump guesses, RPC messages over TCP after the
record mark, datagrams to or from port 2049 that are not NFS, portmapper
calls (which tcpdump leaves undecoded), tcpdump's table of recent calls
(its size, its search order), and cut captures.  They are printed in order, so that replies find their calls in
the printer's table.  ``EXPECTED`` holds tcpdump 4.99.3's text for them
(``-n -tt``, time stamps cut off), recorded once; with tcpdump installed
they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import _csum, ether, tcp4, udp4, udp6
from helpers import frame_packets
from purepcap.printer import Printer

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=42))


def test_fast_path_and_walker_agree() -> None:
    """The text fast path hands datagrams that are not NFS back; both print alike."""
    for flags in ("", "-v"):
        walker = Printer(cases.options(flags), linktype=1, strict=True)
        walker._fast = None
        want = [walker.text(p) for p in frame_packets(frames())]
        assert cases.ours(frames(), flags) == want


def test_records_and_bounded_table() -> None:
    """The JSON records name the procedure (a reply's from its call); the table of
    calls keeps 64 entries whatever the capture."""
    pr = Printer(cases.options("-v"), linktype=1, strict=True)
    recs = []
    for p in frame_packets(frames()[:4] + tcp_cases()[:2]):
        layers = pr.record(p)["layers"]
        recs.append(layers[-1])
        assert pr.json(p).startswith("{")
    assert [r["proto"] for r in recs] == ["nfs"] * 6
    assert [r["procedure_name"] for r in recs] == ["null", "null", "getattr", "getattr",
                                                    "getattr", "getattr"]
    assert recs[3]["call_found"] and recs[3]["direction"] == 1 and recs[3]["version"] == 3
    assert recs[4]["transport"] == "tcp" and recs[4]["record_mark"] == 0x80000068
    table = pr.state["nfs"]
    assert len(table.entries) == 64
    for p in frame_packets(ring_cases() * 3):
        pr.text(p)
    assert len(pr.state["nfs"].entries) == 64

CLIENT, SERVER = "10.0.0.1", "10.0.0.2"
CLIENT6 = bytes.fromhex("20010db8000000000000000000000001")
SERVER6 = bytes.fromhex("20010db8000000000000000000000002")


# --- XDR ------------------------------------------------------------------------------

def u32(*values: int) -> bytes:
    return b"".join(struct.pack("!I", v & 0xFFFFFFFF) for v in values)


def u64(v: int) -> bytes:
    return struct.pack("!Q", v)


def opaque(b: bytes) -> bytes:
    return u32(len(b)) + b + b"\0" * (-len(b) % 4)


AUTH_UNIX = u32(1) + opaque(u32(0x5F5E100) + opaque(b"client") + u32(1000, 1000, 2, 1000, 27))
AUTH_NONE = u32(0, 0)


def call(xid: int, vers: int, proc: int, args: bytes = b"", cred: bytes = AUTH_UNIX,
         prog: int = 100003, rpcvers: int = 2) -> bytes:
    return u32(xid, 0, rpcvers, prog, vers, proc) + cred + AUTH_NONE + args


def reply(xid: int, results: bytes = b"", accept: int = 0) -> bytes:
    return u32(xid, 1, 0) + AUTH_NONE + u32(accept) + results


# file handles
FH3 = bytes.fromhex("01000701c2b80100000000000a000000c2b8010000000000")      # BSD 4.4
FH3_DIR = bytes.fromhex("0100070102000000000000000a00000002000000c6d7ee37")
FH2 = bytes.fromhex("0000000200000001000a0000000001e2ab3f6e4c000a0000000001e2ab3f6e4c")  # SunOS 4
HANDLES = [
    bytes.fromhex("0000000000040003000000000000002a"),                    # Auspex
    bytes.fromhex("0000000812000000" "0c000000" "78563412"),              # DEC OSF/1
    bytes.fromhex("00000007000000080000beef00000000"),                    # IRIX 4
    bytes.fromhex("00000007aabbccdd0000000000000063"),                    # SunOS 4
    bytes.fromhex("0089000003f0aa55000a000000000501"),                    # SunOS 5 (b9 == 10)
    bytes.fromhex("02dc0a0bccdd0102000a000000001234"),                    # SunOS 5
    bytes.fromhex("0801234500000000000a000000000777"),                    # HP-UX 9
    bytes.fromhex("0305000044332211" "0000000000000000" "00000000000000000000000000000000"),  # Ultrix
    b"\x01DKA100:[NFS]" + b"\0" * 9 + b"\x34\x12\0\0\x05\x06\0\0",       # VMS UCX
    bytes.fromhex("0a0b0c0d0e0f"),                                        # too short
    bytes.fromhex("ff" * 40),                                             # unknown
    b"",                                                                  # empty
]


def fattr3(ftype: int = 1, mode: int = 0o644, nlink: int = 1, uid: int = 1000, gid: int = 100,
           size: int = 4096, fileid: int = 0x1234, rdev: tuple[int, int] = (0, 0)) -> bytes:
    return (u32(ftype, mode, nlink, uid, gid) + u64(size) + u64(8192) + u32(*rdev)
            + u64(0x5B7AAA5800000000) + u64(fileid)
            + u32(1535100894, 466424000, 1535100895, 1, 1535100896, 999999999))


def fattr2(ftype: int = 2, mode: int = 0o40755, size: int = 512) -> bytes:
    return (u32(ftype, mode, 2, 0xFFFFFFFE, 0xFFFFFFFE, size, 8192, 0, 2, 0x0A00, 0x1E2)
            + u32(800000000, 10, 800000001, 20, 800000002, 30))


POST = u32(1) + fattr3()
POST_DIR = u32(1) + fattr3(ftype=2, mode=0o40755, nlink=5, size=512, fileid=2)
PRE = u32(1) + u64(512) + u32(1535100000, 5, 1535100001, 6)
WCC = PRE + POST_DIR
NO_ATTR = u32(0)


def sattr3(mode: int | None = None, uid: int | None = None, gid: int | None = None,
           size: int | None = None, atime: tuple[int, int] | int = 0,
           mtime: tuple[int, int] | int = 0) -> bytes:
    out = b""
    for v in (mode, uid, gid):
        out += u32(0) if v is None else u32(1, v)
    out += u32(0) if size is None else u32(1) + u64(size)
    for t in (atime, mtime):
        out += u32(2, *t) if isinstance(t, tuple) else u32(t)
    return out


# --- frames ---------------------------------------------------------------------------

def to_server(msg: bytes, sport: int = 800) -> bytes:
    return ether(udp4(CLIENT, SERVER, sport, 2049, msg))


def to_client(msg: bytes, dport: int = 800) -> bytes:
    return ether(udp4(SERVER, CLIENT, 2049, dport, msg))


def tcp_frame(src: str, dst: str, sport: int, dport: int, msg: bytes,
              mark: int | None = None) -> bytes:
    rm = u32(0x80000000 | len(msg) if mark is None else mark)
    return ether(tcp4(src, dst, sport, dport, rm + msg))


def udp6_frame(src: bytes, dst: bytes, sport: int, dport: int, msg: bytes) -> bytes:
    return ether(udp6(src, dst, sport, dport, msg), ethertype=0x86DD)


def tcp6_frame(src: bytes, dst: bytes, sport: int, dport: int, msg: bytes) -> bytes:
    t = struct.pack("!HHIIBBHHH", sport, dport, 1000, 2000, 5 << 4, 0x18, 65535, 0, 0)
    t += u32(0x80000000 | len(msg)) + msg
    c = _csum(src + dst + struct.pack("!IxxxB", len(t), 6) + t)
    t = t[:16] + struct.pack("!H", c) + t[18:]
    ip6 = struct.pack("!IHBB", 0x60000000, len(t), 6, 64) + src + dst
    return ether(ip6 + t, ethertype=0x86DD)


def v3_pairs() -> list[tuple[bytes, bytes]]:
    """(call, reply) messages of NFS version 3, one pair per procedure or case."""
    fh, dfh = opaque(FH3), opaque(FH3_DIR)
    name = opaque(b"file.txt")
    pairs = [
        (0, b"", b""),
        (1, fh, u32(0) + fattr3()),
        (2, fh + sattr3(mode=0o600, uid=0, gid=0, size=0, atime=1, mtime=(1600000000, 7))
         + u32(0), u32(0) + WCC),
        (3, dfh + name, u32(0) + fh + POST + POST_DIR),
        (3, dfh + opaque(b"missing"), u32(2) + POST_DIR),
        (4, fh + u32(0x1F), u32(0) + POST + u32(0x1F)),
        (4, fh + u32(0x3F), u32(13) + NO_ATTR),
        (4, fh + u32(0x40), u32(0) + NO_ATTR + u32(0x01)),
        (4, fh + u32(0x22), u32(0) + POST + u32(0x22)),
        (5, fh, u32(0) + POST + opaque(b"/usr/lib/target")),
        (6, fh + u64(8192) + u32(4096), u32(0) + POST + u32(4096, 1) + opaque(b"x" * 16)),
        (6, fh + u64(1 << 40) + u32(512), u32(0) + NO_ATTR + u32(512, 0) + opaque(b"y" * 4)),
        (7, fh + u64(0) + u32(3, 2) + opaque(b"abc"),
         u32(0) + WCC + u32(3, 2) + u64(0x851B4)),
        (7, fh + u64(4096) + u32(16, 0) + opaque(b"z" * 16), u32(28) + NO_ATTR + NO_ATTR),
        (7, fh + u64(4096) + u32(16, 7) + opaque(b"z" * 16), u32(0) + NO_ATTR + NO_ATTR
         + u32(16, 9) + u64(1)),
        (8, dfh + name + u32(1) + sattr3(mode=0o644),
         u32(0) + u32(1) + fh + POST + WCC),
        (8, dfh + name + u32(0) + sattr3(), u32(17) + WCC),
        (9, dfh + opaque(b"subdir") + sattr3(mode=0o755), u32(0) + u32(0) + POST_DIR + WCC),
        (10, dfh + opaque(b"link") + sattr3(mode=0o777, uid=5, atime=(1, 2), mtime=(3, 4))
         + opaque(b"../target"), u32(0) + u32(1) + fh + NO_ATTR + WCC),
        (11, dfh + opaque(b"dev") + u32(4) + sattr3(mode=0o600) + u32(8, 1),
         u32(0) + u32(1) + fh + POST + WCC),
        (11, dfh + opaque(b"fifo") + u32(7) + sattr3(gid=3), u32(30) + WCC),
        (12, dfh + name, u32(0) + WCC),
        (13, dfh + opaque(b"subdir"), u32(66) + WCC),
        (14, dfh + name + dfh + opaque(b"new.txt"), u32(0) + WCC + WCC),
        (15, fh + dfh + opaque(b"hard"), u32(0) + POST + WCC),
        (16, fh + u64(0) + u64(0x0102030405060708) + u32(4096),
         u32(0) + POST_DIR + u64(0x1122334455667788) + u32(0)),
        (16, fh + u64(0xFFFFFFFFFFFFFFFF) + u64(0) + u32(4096), u32(10003) + POST_DIR),
        (17, fh + u64(7) + u64(0xAABBCCDD) + u32(1024, 8192),
         u32(0) + POST_DIR + u64(0xDEADBEEF) + u32(0)),
        (18, fh, u32(0) + POST_DIR + u64(1 << 33) + u64(1 << 32) + u64(1 << 31) + u64(1000)
         + u64(900) + u64(800) + u32(0)),
        (18, fh, u32(70) + NO_ATTR),
        (19, fh, u32(0) + POST_DIR + u32(65536, 65536, 4096, 65536, 65536, 4096, 8192)
         + u64(0x7FFFFFFFFFFFFFFF) + u32(0, 1) + u32(0x1B)),
        (20, fh, u32(0) + POST_DIR + u32(32000, 255, 1, 1, 0, 1)),
        (20, fh, u32(0) + NO_ATTR + u32(1, 255, 0, 0, 0, 0)),
        (21, fh + u64(0) + u32(0), u32(0) + WCC + u64(0x851B4)),
        (22, fh, b""),
        (30, b"", b""),
    ]
    return [(call(0x1000 + i, 3, proc, args), reply(0x1000 + i, res))
            for i, (proc, args, res) in enumerate(pairs)]


def v2_pairs() -> list[tuple[bytes, bytes]]:
    fh, dfh = FH2, FH2[::-1]
    sattr2 = u32(0o644, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF) + u32(0xFFFFFFFF) * 4
    name = opaque(b"readme")
    pairs = [
        (0, b"", b""),
        (1, fh, u32(0) + fattr2()),
        (2, fh + sattr2, u32(0) + fattr2(ftype=1, mode=0o100644, size=10)),
        (3, b"", b""),
        (4, dfh + name, u32(0) + fh + fattr2(ftype=1, mode=0o100600)),
        (4, dfh + opaque(b"nothere"), u32(2)),
        (5, fh, u32(0) + opaque(b"/etc/motd")),
        (6, fh + u32(0, 8192, 0), u32(0) + fattr2(ftype=1, size=100) + opaque(b"q" * 100)),
        (8, fh + u32(0, 1024, 0, 4) + opaque(b"data"), u32(0) + fattr2(ftype=1, size=1028)),
        (9, dfh + name + sattr2, u32(0) + fh + fattr2(ftype=1)),
        (10, dfh + name, u32(13)),
        (11, dfh + name + dfh + opaque(b"readme.old"), u32(0)),
        (12, fh + dfh + opaque(b"ln"), u32(0)),
        (13, dfh + opaque(b"sym") + opaque(b"/tmp") + sattr2, u32(0)),
        (14, dfh + opaque(b"d") + sattr2, u32(0) + fh + fattr2()),
        (15, dfh + opaque(b"d"), u32(66)),
        (16, fh + u32(0, 4096), u32(0) + u32(1, 1234) + opaque(b".") + u32(1, 0, 1)),
        (17, fh, u32(0, 8192, 1024, 100000, 50000, 40000)),
        (17, fh, u32(5)),
        (18, fh, b""),
    ]
    return [(call(0x2000 + i, 2, proc, args), reply(0x2000 + i, res))
            for i, (proc, args, res) in enumerate(pairs)]


def rpc_cases() -> list[bytes]:
    """Replies that are not accepted, or accepted without success, and other calls."""
    out = []
    for i, body in enumerate((u32(1, 0, 2, 2), u32(1, 1, 1), u32(1, 1, 5), u32(1, 1, 99),
                              u32(1, 7), u32(2))):
        xid = 0x3000 + i
        out.append(to_server(call(xid, 3, 1, opaque(FH3))))
        out.append(to_client(u32(xid, 1) + body))
    for i, accept in enumerate((1, 2, 3, 4, 5, 9)):
        xid = 0x3100 + i
        out.append(to_server(call(xid, 3, 1, opaque(FH3))))
        out.append(to_client(reply(xid, u32(0, 0), accept=accept)))
    # a reply whose call was never seen; a call to another program; an odd RPC version
    out.append(to_client(reply(0x3200, u32(0) + fattr3())))
    out.append(to_server(call(0x3201, 4, 1, opaque(FH3), prog=100005, rpcvers=3)))
    out.append(to_server(call(0x3202, 3, 1, opaque(FH3), cred=AUTH_NONE)))
    out.append(to_client(reply(0x3202, u32(0) + fattr3(ftype=6))))
    # the reply comes from another address: not matched
    out.append(ether(udp4("10.0.0.9", CLIENT, 2049, 800, reply(0x3202, u32(0) + fattr3()))))
    # file handles of the layouts tcpdump guesses
    for i, h in enumerate(HANDLES):
        out.append(to_server(call(0x3300 + i, 3, 1, opaque(h))))
    out.append(to_server(call(0x3320, 2, 1, HANDLES[8] + b"\0" * 4)))
    # not NFS: a reply sent to port 2049, a call from it (to syslog's port)
    out.append(to_server(reply(0x3400, u32(0))))
    out.append(ether(udp4(SERVER, CLIENT, 2049, 514, b"<13>" + u32(0) + b"hello")))
    out.append(ether(udp4(SERVER, CLIENT, 2049, 5000, u32(1))))
    out.append(ether(udp4(CLIENT, SERVER, 53, 2049, call(0x3401, 3, 0))))
    # the portmapper (port 111): tcpdump prints it only with -T rpc
    pmap = call(0x3410, 2, 3, u32(100003, 3, 17, 0), prog=100000)
    out.append(ether(udp4(CLIENT, SERVER, 800, 111, pmap)))
    out.append(ether(udp4(SERVER, CLIENT, 111, 800, reply(0x3410, u32(2049)))))
    out.append(ether(tcp4(CLIENT, SERVER, 801, 111, u32(0x80000000 | len(pmap)) + pmap)))
    # the RPC message's length and the credentials' length disagree
    out.append(to_server(u32(0x3500, 0, 2, 100003, 3, 1, 1, 0xFFFFFFFE) + b"\0" * 16))
    out.append(to_server(u32(0x3501, 0, 2, 100003, 3, 1, 1, 400) + b"\0" * 16))
    out.append(to_server(call(0x3502, 3, 3, opaque(FH3) + u32(0xFFFFFFFE))))
    return out


def tcp_cases() -> list[bytes]:
    out = []
    for i, (c, r) in enumerate(v3_pairs()[1:8] + v2_pairs()[1:4]):
        out.append(tcp_frame(CLIENT, SERVER, 900 + i, 2049, c))
        out.append(tcp_frame(SERVER, CLIENT, 2049, 900 + i, r))
    # a record mark longer than the segment; a call from port 2049 (not NFS); too short
    c, r = v3_pairs()[5]
    out.append(tcp_frame(CLIENT, SERVER, 990, 2049, c, mark=0x80010000))
    out.append(tcp_frame(SERVER, CLIENT, 2049, 990, r, mark=8))
    out.append(tcp_frame(SERVER, CLIENT, 2049, 991, c))
    out.append(ether(tcp4(CLIENT, SERVER, 992, 2049, u32(0x80000010, 7))))
    out.append(ether(tcp4(CLIENT, SERVER, 993, 2049, b"\x80\0")))
    # IPv6
    c, r = v3_pairs()[3]
    out.append(udp6_frame(CLIENT6, SERVER6, 700, 2049, c))
    out.append(udp6_frame(SERVER6, CLIENT6, 2049, 700, r))
    c, r = v3_pairs()[1]
    out.append(tcp6_frame(CLIENT6, SERVER6, 701, 2049, c))
    out.append(tcp6_frame(SERVER6, CLIENT6, 2049, 701, r))
    return out


def cut_cases() -> list[bytes | tuple[bytes, int]]:
    """Calls and replies cut short by the capture (header: 42 octets over UDP/IPv4)."""
    out: list[bytes | tuple[bytes, int]] = []
    pairs = v3_pairs()
    for idx, cuts in ((3, (44, 60, 70, 100, 130)), (12, (120, 140)), (18, (150,)),
                      (10, (126,))):
        c, r = pairs[idx]
        for cut in cuts:
            out.append((to_server(c), min(42 + cut, 42 + len(c))))
    for idx, cuts in ((1, (10, 30, 40, 60, 100)), (3, (36, 80, 150, 200)), (12, (60, 150)),
                      (28, (100, 130)), (30, (150,)), (31, (120,)), (33, (60,)),
                      (4, (40,))):
        c, r = pairs[idx]
        out.append(to_server(c))
        for cut in cuts:
            out.append((to_client(r), min(42 + cut, 42 + len(r))))
    return out


def ip4_raw(src: str, dst: str, proto: int, payload: bytes, frag: int = 0x4000) -> bytes:
    s, d = bytes(map(int, src.split("."))), bytes(map(int, dst.split(".")))
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 7, frag, 64, proto, 0, s, d)
    return ether(hdr[:10] + struct.pack("!H", _csum(hdr)) + hdr[12:] + payload)


def odd_cases() -> list[bytes | tuple[bytes, int]]:
    """Fragments, UDP lengths that disagree with IP's, no UDP checksum, a RST."""
    out: list[bytes | tuple[bytes, int]] = []
    c, r = v3_pairs()[10]                      # a READ and its 4096-octet reply
    out.append(to_server(c))
    body = r + b"d" * 4000
    udp = struct.pack("!HHHH", 2049, 800, 8 + len(body), 0) + body
    out.append(ip4_raw(SERVER, CLIENT, 17, udp[:1480], frag=0x2000))
    out.append(ip4_raw(SERVER, CLIENT, 17, udp[1480:2960], frag=0x2000 | 185))
    # the UDP length shorter than the datagram, longer than it; no checksum
    c, r = v3_pairs()[1]
    out.append(to_server(c))
    out.append(ip4_raw(SERVER, CLIENT, 17, struct.pack("!HHHH", 2049, 800, 8 + 40, 0) + r))
    out.append(ip4_raw(SERVER, CLIENT, 17, struct.pack("!HHHH", 2049, 800, 8 + 400, 0) + r))
    out.append(ether(udp4(CLIENT, SERVER, 800, 2049, c, checksum=False)))
    out.append(ether(udp4(SERVER, CLIENT, 800, 2049, reply(1, u32(0)), checksum=False)))
    # a reset carrying a call; two records in one segment (only the first is read)
    out.append(ether(tcp4(CLIENT, SERVER, 910, 2049, u32(0x80000000 | len(c)) + c, flags=0x14)))
    c2, _r2 = v3_pairs()[2]
    out.append(ether(tcp4(CLIENT, SERVER, 911, 2049, u32(0x80000000 | len(c)) + c
                          + u32(0x80000000 | len(c2)) + c2)))
    return out


def ring_cases() -> list[bytes | tuple[bytes, int]]:
    """tcpdump's table of calls: 64 entries, searched from the last one found."""
    fh = opaque(FH3)
    attrs = u32(0) + fattr3()
    out: list[bytes | tuple[bytes, int]] = [to_server(call(0x4000, 3, 1, fh))]
    out += [to_server(call(0x4100 + i, 3, 18, fh)) for i in range(63)]
    out.append(to_client(reply(0x4000, attrs)))       # still there: the 64th entry
    out.append(to_server(call(0x4001, 3, 1, fh)))
    out += [to_server(call(0x4200 + i, 3, 18, fh)) for i in range(64)]
    out.append(to_client(reply(0x4001, attrs)))       # overwritten
    # one xid, two calls (other procedures): a reply finds the first one from the
    # entry last found on
    out.append(to_server(call(0x4300, 3, 1, fh)))
    out.append(to_server(call(0x4400, 3, 18, fh)))
    out.append(to_server(call(0x4300, 3, 4, fh + u32(1))))
    out.append(to_client(reply(0x4300, attrs)))
    out.append(to_client(reply(0x4400, u32(0) + NO_ATTR + u64(1) * 6 + u32(0))))
    out.append(to_client(reply(0x4300, u32(0) + NO_ATTR + u32(1))))
    out.append(to_client(reply(0x4230, u32(0) + NO_ATTR + u64(1) * 6 + u32(0))))
    out.append(to_client(reply(0x4300, attrs)))
    return out


def frames() -> list[bytes | tuple[bytes, int]]:
    out: list[bytes | tuple[bytes, int]] = []
    for c, r in v3_pairs() + v2_pairs():
        out.append(to_server(c))
        out.append(to_client(r))
    out.extend(rpc_cases())
    out.extend(tcp_cases())
    out.extend(cut_cases())
    out.extend(odd_cases())
    out.extend(ring_cases())
    return out


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4096 76 null',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4096 reply ok 24 null',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4097 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4098 160 setattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4098 reply ok 144 setattr',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4099 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4100 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "missing"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4100 reply ok 116 lookup ERROR: No such file or directory',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4101 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 NFS_ACCESS_READ|NFS_ACCESS_LOOKUP|NFS_ACCESS_MODIFY|NFS_ACCESS_EXTEND|NFS_ACCESS_DELETE',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4101 reply ok 120 access c 001f',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4102 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 NFS_ACCESS_FULL',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4102 reply ok 32 access ERROR: Permission denied',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4103 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 0040',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4103 reply ok 36 access c 0001',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4104 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 NFS_ACCESS_LOOKUP|NFS_ACCESS_EXECUTE',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4104 reply ok 120 access c 0022',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4105 104 readlink fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4105 reply ok 136 readlink "/usr/lib/target"',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4106 116 read fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 4096 bytes @ 8192',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4106 reply ok 144 read',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4107 116 read fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 512 bytes @ 1099511627776',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4107 reply ok 48 read',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4108 128 write fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 3 (3) bytes @ 0',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4108 reply ok 160 write',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4109 140 write fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 16 (16) bytes @ 4096',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4109 reply ok 36 write ERROR: No space left on device',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4110 140 write fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 16 (16) bytes @ 4096',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4110 reply ok 52 write',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4111 148 create fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4111 reply ok 264 create fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4112 144 create fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4112 reply ok 144 create ERROR: File exists',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4113 144 mkdir fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "subdir"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4113 reply ok 236 mkdir',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4114 176 symlink fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "link" ->"../target"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4114 reply ok 180 symlink fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4115 152 mknod fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "dev" CHR',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4115 reply ok 264 mknod fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4116 144 mknod fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "fifo" FIFO',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4116 reply ok 144 mknod ERROR: Read-only file system',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4117 116 remove fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4117 reply ok 144 remove',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4118 116 rmdir fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "subdir"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4118 reply ok 144 rmdir ERROR: Directory not empty',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4119 156 rename fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt" -> fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "new.txt"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4119 reply ok 260 rename',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4120 140 link fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 -> fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "hard"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4120 reply ok 232 link',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4121 124 readdir fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 4096 bytes @ 0',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4121 reply ok 128 readdir',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4122 124 readdir fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 4096 bytes @ -1',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4122 reply ok 116 readdir ERROR: READDIR/READDIRPLUS cookie is stale',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4123 128 readdirplus fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 1024 bytes @ 7',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4123 reply ok 128 readdirplus',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4124 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4124 reply ok 168 fsstat tbytes 8589934592 fbytes 4294967296 abytes 2147483648',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4125 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4125 reply ok 32 fsstat ERROR: Stale NFS file handle',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4126 104 fsinfo fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4126 reply ok 164 fsinfo rtmax 65536 rtpref 65536 wtmax 65536 wtpref 65536 dtpref 8192',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4127 104 pathconf fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4127 reply ok 140 pathconf linkmax 32000 namemax 255 notrunc chownres  keepcase',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4128 104 pathconf fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4128 reply ok 56 pathconf linkmax 1 namemax 255    ',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4129 116 commit fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 0 bytes @ 0',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4129 reply ok 152 commit',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4130 104 proc-22',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4130 reply ok 24 proc-22',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4131 76 proc-30',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4131 reply ok 24 proc-30',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8192 76 null',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8192 reply ok 24 null',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8193 108 getattr fh 0,2/482',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8193 reply ok 96 getattr DIR 40755 ids -2/-2 sz 512',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8194 140 setattr fh 0,2/482',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8194 reply ok 96 setattr REG 100644 ids -2/-2 sz 10',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8195 76 nop',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8195 reply ok 24 nop',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8196 120 lookup fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "readme"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8196 reply ok 128 lookup fh 0,2/482',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8197 120 lookup fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "nothere"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8197 reply ok 28 lookup ERROR: No such file or directory',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8198 108 readlink fh 0,2/482',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8198 reply ok 44 readlink "/etc/motd"',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8199 120 read fh 0,2/482 8192 bytes @ 0',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8199 reply ok 200 read',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8200 132 write fh 0,2/482 4 (0) bytes @ 1024 (0)',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8200 reply ok 96 write',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8201 152 create fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "readme"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8201 reply ok 128 create fh 0,2/482',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8202 120 remove fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "readme"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8202 reply ok 28 remove ERROR: Permission denied',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8203 168 rename fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "readme" -> fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "readme.old"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8203 reply ok 28 rename',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8204 148 link fh 0,2/482 -> fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "ln"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8204 reply ok 28 link',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8205 156 symlink fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "sym" ->"/tmp"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8205 reply ok 28 symlink',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8206 148 mkdir fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "d"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8206 reply ok 128 mkdir fh 0,2/482',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8207 116 rmdir fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "d"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8207 reply ok 28 rmdir ERROR: Directory not empty',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8208 116 readdir fh 0,2/482 4096 bytes @ 0',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8208 reply ok 56 readdir offset 0x1 size 1234  eof',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8209 108 fsstat fh 0,2/482',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8209 reply ok 48 fsstat tsize 8192 bsize 1024 blocks 100000 bfree 50000 bavail 40000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8210 108 fsstat fh 0,2/482',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8210 reply ok 28 fsstat ERROR: Input/output error',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8211 108 nop',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8211 reply ok 24 nop',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12288 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12288 reply ERR 24: RPC Version mismatch (2-2)',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12289 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12289 reply ERR 20: Auth Bogus Credentials (seal broken)',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12290 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12290 reply ERR 20: Auth Credentials are too weak',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12291 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12291 reply ERR 20: Auth Invalid failure code 99',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12292 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12292 reply ERR 16: Unknown reason for rejecting rpc message 7',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12293 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12293 reply Unknown rpc response code=2 12',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12544 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12544 reply ok 32 getattr PROG_UNAVAIL',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12545 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12545 reply ok 32 getattr PROG_MISMATCH',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12546 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12546 reply ok 32 getattr PROC_UNAVAIL',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12547 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12547 reply ok 32 getattr GARBAGE_ARGS',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12548 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12548 reply ok 32 getattr SYSTEM_ERR',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12549 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12549 reply ok 32 getattr ar_stat 9',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12800 reply ok 112',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12801 104 getattr [|nfs]',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12802 68 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12802 reply ok 112 getattr unk-ft 6  644 ids 1000/100 sz 4096',
        'IP 10.0.0.9.2049 > 10.0.0.1.800: NFS reply xid 12802 reply ok 112',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13056 96 getattr fh 0,3/42',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13057 96 getattr fh 128,0/305419896',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13058 96 getattr fh 0,7/0',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13059 96 getattr fh 0,7/99',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13060 96 getattr fh 34,65536/1281',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13061 96 getattr fh 183,2571/4660',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13062 96 getattr fh 8,74565/1911',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13063 112 getattr fh 5,3/287454020',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13064 112 getattr fh DKA100:/84283956',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13065 88 getattr fh U/0A0B0C0D',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13066 120 getattr fh Unknown/FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13067 80 getattr fh /',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13088 110 getattr fh DKA100:[/84283956',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: UDP, length 28',
        'IP 10.0.0.2.2049 > 10.0.0.1.514: SYSLOG user.notice, length: 13',
        'IP 10.0.0.2.2049 > 10.0.0.1.5000: UDP, length 4',
        'IP 10.0.0.1.53 > 10.0.0.2.2049: NFS request xid 13313 76 null',
        'IP 10.0.0.1.800 > 10.0.0.2.111: UDP, length 92',
        'IP 10.0.0.2.111 > 10.0.0.1.800: UDP, length 28',
        'IP 10.0.0.1.801 > 10.0.0.2.111: Flags [P.], seq 1000:1096, ack 2000, win 65535, length 96',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13568 48 getattr [|nfs]',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13569 48 getattr [|nfs]',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13570 108 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 [cannot pad to 32-bit boundaries] (invalid) [|nfs]',
        'IP 10.0.0.1.900 > 10.0.0.2.2049: Flags [P.], seq 1000:1108, ack 2000, win 65535, length 108: NFS request xid 4097 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.900: Flags [P.], seq 4294966297:4294966413, ack 1000, win 65535, length 116: NFS reply xid 4097 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP 10.0.0.1.901 > 10.0.0.2.2049: Flags [P.], seq 1000:1164, ack 2000, win 65535, length 164: NFS request xid 4098 160 setattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.901: Flags [P.], seq 4294966297:4294966445, ack 1000, win 65535, length 148: NFS reply xid 4098 reply ok 144 setattr',
        'IP 10.0.0.1.902 > 10.0.0.2.2049: Flags [P.], seq 1000:1120, ack 2000, win 65535, length 120: NFS request xid 4099 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP 10.0.0.2.2049 > 10.0.0.1.902: Flags [P.], seq 4294966297:4294966533, ack 1000, win 65535, length 236: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.903 > 10.0.0.2.2049: Flags [P.], seq 1000:1120, ack 2000, win 65535, length 120: NFS request xid 4100 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "missing"',
        'IP 10.0.0.2.2049 > 10.0.0.1.903: Flags [P.], seq 4294966297:4294966417, ack 1000, win 65535, length 120: NFS reply xid 4100 reply ok 116 lookup ERROR: No such file or directory',
        'IP 10.0.0.1.904 > 10.0.0.2.2049: Flags [P.], seq 1000:1112, ack 2000, win 65535, length 112: NFS request xid 4101 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 NFS_ACCESS_READ|NFS_ACCESS_LOOKUP|NFS_ACCESS_MODIFY|NFS_ACCESS_EXTEND|NFS_ACCESS_DELETE',
        'IP 10.0.0.2.2049 > 10.0.0.1.904: Flags [P.], seq 4294966297:4294966421, ack 1000, win 65535, length 124: NFS reply xid 4101 reply ok 120 access c 001f',
        'IP 10.0.0.1.905 > 10.0.0.2.2049: Flags [P.], seq 1000:1112, ack 2000, win 65535, length 112: NFS request xid 4102 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 NFS_ACCESS_FULL',
        'IP 10.0.0.2.2049 > 10.0.0.1.905: Flags [P.], seq 4294966297:4294966333, ack 1000, win 65535, length 36: NFS reply xid 4102 reply ok 32 access ERROR: Permission denied',
        'IP 10.0.0.1.906 > 10.0.0.2.2049: Flags [P.], seq 1000:1112, ack 2000, win 65535, length 112: NFS request xid 4103 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 0040',
        'IP 10.0.0.2.2049 > 10.0.0.1.906: Flags [P.], seq 4294966297:4294966337, ack 1000, win 65535, length 40: NFS reply xid 4103 reply ok 36 access c 0001',
        'IP 10.0.0.1.907 > 10.0.0.2.2049: Flags [P.], seq 1000:1112, ack 2000, win 65535, length 112: NFS request xid 8193 108 getattr fh 0,2/482',
        'IP 10.0.0.2.2049 > 10.0.0.1.907: Flags [P.], seq 4294966297:4294966397, ack 1000, win 65535, length 100: NFS reply xid 8193 reply ok 96 getattr DIR 40755 ids -2/-2 sz 512',
        'IP 10.0.0.1.908 > 10.0.0.2.2049: Flags [P.], seq 1000:1144, ack 2000, win 65535, length 144: NFS request xid 8194 140 setattr fh 0,2/482',
        'IP 10.0.0.2.2049 > 10.0.0.1.908: Flags [P.], seq 4294966297:4294966397, ack 1000, win 65535, length 100: NFS reply xid 8194 reply ok 96 setattr REG 100644 ids -2/-2 sz 10',
        'IP 10.0.0.1.909 > 10.0.0.2.2049: Flags [P.], seq 1000:1080, ack 2000, win 65535, length 80: NFS request xid 8195 76 nop',
        'IP 10.0.0.2.2049 > 10.0.0.1.909: Flags [P.], seq 4294966297:4294966325, ack 1000, win 65535, length 28: NFS reply xid 8195 reply ok 24 nop',
        'IP 10.0.0.1.990 > 10.0.0.2.2049: Flags [P.], seq 1000:1112, ack 2000, win 65535, length 112: NFS request xid 4101 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 NFS_ACCESS_READ|NFS_ACCESS_LOOKUP|NFS_ACCESS_MODIFY|NFS_ACCESS_EXTEND|NFS_ACCESS_DELETE',
        'IP 10.0.0.2.2049 > 10.0.0.1.990: Flags [P.], seq 4294966297:4294966421, ack 1000, win 65535, length 124: NFS reply xid 4101 reply ok 8 access c 001f',
        'IP 10.0.0.2.2049 > 10.0.0.1.991: Flags [P.], seq 1000:1112, ack 2000, win 65535, length 112',
        'IP 10.0.0.1.992 > 10.0.0.2.2049: Flags [P.], seq 1000:1008, ack 2000, win 65535, length 8',
        'IP 10.0.0.1.993 > 10.0.0.2.2049: Flags [P.], seq 1000:1002, ack 2000, win 65535, length 2',
        'IP6 2001:db8::1.700 > 2001:db8::2.2049: NFS request xid 4099 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP6 2001:db8::2.2049 > 2001:db8::1.700: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP6 2001:db8::1.701 > 2001:db8::2.2049: Flags [P.], seq 1000:1108, ack 2000, win 65535, length 108: NFS request xid 4097 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP6 2001:db8::2.2049 > 2001:db8::1.701: Flags [P.], seq 4294966297:4294966413, ack 1000, win 65535, length 116: NFS reply xid 4097 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4099 116 lookup [|nfs]',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4099 116 lookup [|nfs]',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4099 116 lookup [|nfs]',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4099 116 lookup [|nfs]',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4099 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4108 128 write fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 [|nfs]',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4108 128 write fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 3 (3) bytes @ 0',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4114 176 symlink fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "link" -> [|nfs]',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4106 116 read fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 4096 bytes @ 8192',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4097 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097  [|nfs]',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097 reply ok 112 getattr [|nfs]',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097 reply ok 112 getattr [|nfs]',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4099 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4099 reply ok 232 lookup [|nfs]',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4108 128 write fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 3 (3) bytes @ 0',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4108 reply ok 160 write',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4108 reply ok 160 write',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4124 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4124 reply ok 168 fsstat [|nfs]',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4124 reply ok 168 fsstat [|nfs]',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4126 104 fsinfo fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4126 reply ok 164 fsinfo [|nfs]',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4127 104 pathconf fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4127 reply ok 140 pathconf [|nfs]',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4129 116 commit fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 0 bytes @ 0',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4129 reply ok 152 commit',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4100 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "missing"',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4100 reply ok 116 lookup ERROR: No such file or directory',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4106 116 read fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 4096 bytes @ 8192',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4106 reply ok 1472 read',
        'IP 10.0.0.2 > 10.0.0.1: ip-proto-17',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4097 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097 reply ok 40 getattr REG 644 ids 1000/100 sz 4096',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4097 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.800 > 10.0.0.1.2049: UDP, length 28',
        'IP 10.0.0.1.910 > 10.0.0.2.2049: Flags [R.], seq 1000:1108, ack 2000, win 65535, length 108: NFS request xid 4097 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.911 > 10.0.0.2.2049: Flags [P.], seq 1000:1272, ack 2000, win 65535, length 272: NFS request xid 4097 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16384 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16640 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16641 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16642 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16643 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16644 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16645 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16646 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16647 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16648 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16649 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16650 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16651 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16652 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16653 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16654 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16655 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16656 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16657 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16658 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16659 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16660 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16661 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16662 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16663 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16664 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16665 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16666 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16667 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16668 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16669 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16670 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16671 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16672 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16673 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16674 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16675 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16676 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16677 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16678 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16679 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16680 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16681 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16682 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16683 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16684 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16685 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16686 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16687 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16688 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16689 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16690 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16691 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16692 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16693 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16694 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16695 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16696 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16697 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16698 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16699 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16700 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16701 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16702 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 16384 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16385 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16896 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16897 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16898 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16899 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16900 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16901 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16902 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16903 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16904 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16905 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16906 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16907 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16908 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16909 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16910 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16911 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16912 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16913 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16914 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16915 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16916 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16917 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16918 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16919 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16920 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16921 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16922 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16923 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16924 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16925 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16926 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16927 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16928 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16929 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16930 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16931 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16932 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16933 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16934 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16935 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16936 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16937 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16938 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16939 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16940 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16941 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16942 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16943 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16944 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16945 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16946 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16947 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16948 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16949 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16950 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16951 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16952 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16953 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16954 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16955 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16956 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16957 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16958 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16959 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 16385 reply ok 112',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 17152 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 17408 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 17152 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 NFS_ACCESS_READ',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 17152 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 17408 reply ok 84 fsstat tbytes 1 fbytes 1 abytes 1',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 17152 reply ok 36 access c 0001',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 16944 reply ok 84 fsstat tbytes 1 fbytes 1 abytes 1',
        'IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 17152 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 104)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4096 76 null',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4096 reply ok 24 null',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4097 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 188)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4098 160 setattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 172)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4098 reply ok 144 setattr POST: DIR 40755 ids 1000/100 sz 512',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4099 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 260)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 REG 644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4100 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "missing"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4100 reply ok 116 lookup ERROR: No such file or directory',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4101 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 NFS_ACCESS_READ|NFS_ACCESS_LOOKUP|NFS_ACCESS_MODIFY|NFS_ACCESS_EXTEND|NFS_ACCESS_DELETE',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 148)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4101 reply ok 120 access attr: REG 644 ids 1000/100 sz 4096 c 001f',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4102 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 NFS_ACCESS_FULL',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4102 reply ok 32 access ERROR: Permission denied attr:',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4103 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 0040',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 64)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4103 reply ok 36 access attr: c 0001',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4104 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 NFS_ACCESS_LOOKUP|NFS_ACCESS_EXECUTE',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 148)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4104 reply ok 120 access attr: REG 644 ids 1000/100 sz 4096 c 0022',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4105 104 readlink fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 164)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4105 reply ok 136 readlink REG 644 ids 1000/100 sz 4096 "/usr/lib/target"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4106 116 read fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 4096 bytes @ 8192',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 172)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4106 reply ok 144 read REG 644 ids 1000/100 sz 4096 4096 bytes EOF',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4107 116 read fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 512 bytes @ 1099511627776',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4107 reply ok 48 read 512 bytes',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4108 128 write fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 3 (3) bytes @ 0 <filesync>',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 188)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4108 reply ok 160 write POST: DIR 40755 ids 1000/100 sz 512 3 bytes',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 168)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4109 140 write fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 16 (16) bytes @ 4096 <unstable>',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 64)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4109 reply ok 36 write ERROR: No space left on device POST:',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 168)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4110 140 write fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 16 (16) bytes @ 4096 <#7>',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 80)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4110 reply ok 52 write POST: 16 bytes',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 176)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4111 148 create fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 292)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4111 reply ok 264 create fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 REG 644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 172)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4112 144 create fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 172)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4112 reply ok 144 create ERROR: File exists POST: DIR 40755 ids 1000/100 sz 512',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 172)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4113 144 mkdir fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "subdir"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 264)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4113 reply ok 236 mkdir',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 204)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4114 176 symlink fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "link" ->"../target" mode 777 uid 5',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 208)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4114 reply ok 180 symlink fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 180)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4115 152 mknod fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "dev" CHR 8/1 mode 600',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 292)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4115 reply ok 264 mknod fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 REG 644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 172)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4116 144 mknod fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "fifo" FIFO gid 3',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 172)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4116 reply ok 144 mknod ERROR: Read-only file system POST: DIR 40755 ids 1000/100 sz 512',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4117 116 remove fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 172)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4117 reply ok 144 remove POST: DIR 40755 ids 1000/100 sz 512',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4118 116 rmdir fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "subdir"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 172)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4118 reply ok 144 rmdir ERROR: Directory not empty POST: DIR 40755 ids 1000/100 sz 512',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 184)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4119 156 rename fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt" -> fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "new.txt"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 288)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4119 reply ok 260 rename from: POST: DIR 40755 ids 1000/100 sz 512 to: POST: DIR 40755 ids 1000/100 sz 512',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 168)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4120 140 link fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 -> fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "hard"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 260)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4120 reply ok 232 link file POST: REG 644 ids 1000/100 sz 4096 dir: POST: DIR 40755 ids 1000/100 sz 512',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4121 124 readdir fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 4096 bytes @ 0 verf 0102030405060708',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4121 reply ok 128 readdir POST: DIR 40755 ids 1000/100 sz 512 verf 1122334455667788',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4122 124 readdir fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 4096 bytes @ -1 verf 0000000000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4122 reply ok 116 readdir ERROR: READDIR/READDIRPLUS cookie is stale POST: DIR 40755 ids 1000/100 sz 512',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4123 128 readdirplus fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 1024 bytes @ 7 max 8192 verf 00000000aabbccdd',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4123 reply ok 128 readdirplus POST: DIR 40755 ids 1000/100 sz 512 verf 00000000deadbeef',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4124 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 196)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4124 reply ok 168 fsstat POST: DIR 40755 ids 1000/100 sz 512 tbytes 8589934592 fbytes 4294967296 abytes 2147483648 tfiles 1000 ffiles 900 afiles 800 invar 0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4125 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4125 reply ok 32 fsstat ERROR: Stale NFS file handle POST:',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4126 104 fsinfo fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 192)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4126 reply ok 164 fsinfo POST: DIR 40755 ids 1000/100 sz 512 rtmax 65536 rtpref 65536 wtmax 65536 wtpref 65536 dtpref 8192 rtmult 4096 wtmult 4096 maxfsz 9223372036854775807 delta 0.000001 ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4127 104 pathconf fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 168)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4127 reply ok 140 pathconf POST: DIR 40755 ids 1000/100 sz 512 linkmax 32000 namemax 255 notrunc chownres  keepcase',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4128 104 pathconf fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 84)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4128 reply ok 56 pathconf POST: linkmax 1 namemax 255    ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4129 116 commit fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 0 bytes @ 0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 180)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4129 reply ok 152 commit POST: DIR 40755 ids 1000/100 sz 512',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4130 104 proc-22',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4130 reply ok 24 proc-22',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 104)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4131 76 proc-30',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4131 reply ok 24 proc-30',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 104)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8192 76 null',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8192 reply ok 24 null',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8193 108 getattr fh 0,2/482',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 124)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8193 reply ok 96 getattr DIR 40755 ids -2/-2 sz 512',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 168)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8194 140 setattr fh 0,2/482',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 124)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8194 reply ok 96 setattr REG 100644 ids -2/-2 sz 10',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 104)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8195 76 nop',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8195 reply ok 24 nop',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 148)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8196 120 lookup fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "readme"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8196 reply ok 128 lookup fh 0,2/482 REG 100600 ids -2/-2 sz 512',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 148)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8197 120 lookup fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "nothere"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8197 reply ok 28 lookup ERROR: No such file or directory',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8198 108 readlink fh 0,2/482',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 72)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8198 reply ok 44 readlink "/etc/motd"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 148)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8199 120 read fh 0,2/482 8192 bytes @ 0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 228)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8199 reply ok 200 read REG 40755 ids -2/-2 sz 100',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 160)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8200 132 write fh 0,2/482 4 (0) bytes @ 1024 (0)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 124)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8200 reply ok 96 write REG 40755 ids -2/-2 sz 1028',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 180)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8201 152 create fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "readme"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8201 reply ok 128 create fh 0,2/482 REG 40755 ids -2/-2 sz 512',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 148)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8202 120 remove fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "readme"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8202 reply ok 28 remove ERROR: Permission denied',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 196)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8203 168 rename fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "readme" -> fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "readme.old"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8203 reply ok 28 rename',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 176)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8204 148 link fh 0,2/482 -> fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "ln"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8204 reply ok 28 link',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 184)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8205 156 symlink fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "sym" ->"/tmp"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8205 reply ok 28 symlink',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 176)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8206 148 mkdir fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "d"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8206 reply ok 128 mkdir fh 0,2/482 DIR 40755 ids -2/-2 sz 512',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8207 116 rmdir fh Unknown/4C6E3FABE201000000000A004C6E3FABE201000000000A000100000002000000 "d"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8207 reply ok 28 rmdir ERROR: Directory not empty',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8208 116 readdir fh 0,2/482 4096 bytes @ 0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 84)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8208 reply ok 56 readdir offset 0x1 size 1234  eof',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8209 108 fsstat fh 0,2/482',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8209 reply ok 48 fsstat tsize 8192 bsize 1024 blocks 100000 bfree 50000 bavail 40000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8210 108 fsstat fh 0,2/482',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8210 reply ok 28 fsstat ERROR: Input/output error',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 8211 108 nop',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8211 reply ok 24 nop',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12288 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12288 reply ERR 24: RPC Version mismatch (2-2)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12289 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12289 reply ERR 20: Auth Bogus Credentials (seal broken)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12290 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12290 reply ERR 20: Auth Credentials are too weak',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12291 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12291 reply ERR 20: Auth Invalid failure code 99',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12292 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12292 reply ERR 16: Unknown reason for rejecting rpc message 7',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12293 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12293 reply Unknown rpc response code=2 12',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12544 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12544 reply ok 32 getattr PROG_UNAVAIL',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12545 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12545 reply ok 32 getattr PROG_MISMATCH',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12546 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12546 reply ok 32 getattr PROC_UNAVAIL',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12547 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12547 reply ok 32 getattr GARBAGE_ARGS',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12548 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12548 reply ok 32 getattr SYSTEM_ERR',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12549 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12549 reply ok 32 getattr ar_stat 9',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12800 reply ok 112',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12801 104 getattr [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 96)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 12802 68 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 12802 reply ok 112 getattr unk-ft 6  644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.9.2049 > 10.0.0.1.800: NFS reply xid 12802 reply ok 112',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 124)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13056 96 getattr fh 0,3/42',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 124)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13057 96 getattr fh 128,0/305419896',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 124)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13058 96 getattr fh 0,7/0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 124)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13059 96 getattr fh 0,7/99',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 124)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13060 96 getattr fh 34,65536/1281',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 124)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13061 96 getattr fh 183,2571/4660',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 124)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13062 96 getattr fh 8,74565/1911',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13063 112 getattr fh 5,3/287454020',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13064 112 getattr fh DKA100:/84283956',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 116)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13065 88 getattr fh U/0A0B0C0D',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 148)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13066 120 getattr fh Unknown/FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 108)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13067 80 getattr fh /',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 138)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13088 110 getattr fh DKA100:[/84283956',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.1.800 > 10.0.0.2.2049: UDP, length 28',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 41)\n    10.0.0.2.2049 > 10.0.0.1.514: SYSLOG, length: 13\n\tFacility user (1), Severity notice (5)\n\tMsg: ^@^@^@^@hello',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    10.0.0.2.2049 > 10.0.0.1.5000: UDP, length 4',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 104)\n    10.0.0.1.53 > 10.0.0.2.2049: NFS request xid 13313 76 null',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 120)\n    10.0.0.1.800 > 10.0.0.2.111: UDP, length 92',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.2.111 > 10.0.0.1.800: UDP, length 28',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 136)\n    10.0.0.1.801 > 10.0.0.2.111: Flags [P.], cksum 0x9c18 (correct), seq 1000:1096, ack 2000, win 65535, length 96',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13568 48 getattr [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13569 48 getattr [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 13570 108 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 [cannot pad to 32-bit boundaries] (invalid) [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 148)\n    10.0.0.1.900 > 10.0.0.2.2049: Flags [P.], cksum 0xa546 (correct), seq 1000:1108, ack 2000, win 65535, length 108: NFS request xid 4097 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 156)\n    10.0.0.2.2049 > 10.0.0.1.900: Flags [P.], cksum 0x0968 (correct), seq 4294966297:4294966413, ack 1000, win 65535, length 116: NFS reply xid 4097 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 204)\n    10.0.0.1.901 > 10.0.0.2.2049: Flags [P.], cksum 0x33e7 (correct), seq 1000:1164, ack 2000, win 65535, length 164: NFS request xid 4098 160 setattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 188)\n    10.0.0.2.2049 > 10.0.0.1.901: Flags [P.], cksum 0xa73b (correct), seq 4294966297:4294966445, ack 1000, win 65535, length 148: NFS reply xid 4098 reply ok 144 setattr POST: DIR 40755 ids 1000/100 sz 512',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 160)\n    10.0.0.1.902 > 10.0.0.2.2049: Flags [P.], cksum 0xf9ca (correct), seq 1000:1120, ack 2000, win 65535, length 120: NFS request xid 4099 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 276)\n    10.0.0.2.2049 > 10.0.0.1.902: Flags [P.], cksum 0x648c (correct), seq 4294966297:4294966533, ack 1000, win 65535, length 236: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 REG 644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 160)\n    10.0.0.1.903 > 10.0.0.2.2049: Flags [P.], cksum 0xc235 (correct), seq 1000:1120, ack 2000, win 65535, length 120: NFS request xid 4100 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "missing"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 160)\n    10.0.0.2.2049 > 10.0.0.1.903: Flags [P.], cksum 0xe93a (correct), seq 4294966297:4294966417, ack 1000, win 65535, length 120: NFS reply xid 4100 reply ok 116 lookup ERROR: No such file or directory',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 152)\n    10.0.0.1.904 > 10.0.0.2.2049: Flags [P.], cksum 0xa514 (correct), seq 1000:1112, ack 2000, win 65535, length 112: NFS request xid 4101 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 NFS_ACCESS_READ|NFS_ACCESS_LOOKUP|NFS_ACCESS_MODIFY|NFS_ACCESS_EXTEND|NFS_ACCESS_DELETE',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 164)\n    10.0.0.2.2049 > 10.0.0.1.904: Flags [P.], cksum 0x0930 (correct), seq 4294966297:4294966421, ack 1000, win 65535, length 124: NFS reply xid 4101 reply ok 120 access attr: REG 644 ids 1000/100 sz 4096 c 001f',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 152)\n    10.0.0.1.905 > 10.0.0.2.2049: Flags [P.], cksum 0xa4f2 (correct), seq 1000:1112, ack 2000, win 65535, length 112: NFS request xid 4102 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 NFS_ACCESS_FULL',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 76)\n    10.0.0.2.2049 > 10.0.0.1.905: Flags [P.], cksum 0xf42f (correct), seq 4294966297:4294966333, ack 1000, win 65535, length 36: NFS reply xid 4102 reply ok 32 access ERROR: Permission denied attr:',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 152)\n    10.0.0.1.906 > 10.0.0.2.2049: Flags [P.], cksum 0xa4ef (correct), seq 1000:1112, ack 2000, win 65535, length 112: NFS request xid 4103 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 0040',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 80)\n    10.0.0.2.2049 > 10.0.0.1.906: Flags [P.], cksum 0xf431 (correct), seq 4294966297:4294966337, ack 1000, win 65535, length 40: NFS reply xid 4103 reply ok 36 access attr: c 0001',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 152)\n    10.0.0.1.907 > 10.0.0.2.2049: Flags [P.], cksum 0xf7cf (correct), seq 1000:1112, ack 2000, win 65535, length 112: NFS request xid 8193 108 getattr fh 0,2/482',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 140)\n    10.0.0.2.2049 > 10.0.0.1.907: Flags [P.], cksum 0xcc9f (correct), seq 4294966297:4294966397, ack 1000, win 65535, length 100: NFS reply xid 8193 reply ok 96 getattr DIR 40755 ids -2/-2 sz 512',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 184)\n    10.0.0.1.908 > 10.0.0.2.2049: Flags [P.], cksum 0xf5e8 (correct), seq 1000:1144, ack 2000, win 65535, length 144: NFS request xid 8194 140 setattr fh 0,2/482',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 140)\n    10.0.0.2.2049 > 10.0.0.1.908: Flags [P.], cksum 0x8edd (correct), seq 4294966297:4294966397, ack 1000, win 65535, length 100: NFS reply xid 8194 reply ok 96 setattr REG 100644 ids -2/-2 sz 10',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 120)\n    10.0.0.1.909 > 10.0.0.2.2049: Flags [P.], cksum 0x2efd (correct), seq 1000:1080, ack 2000, win 65535, length 80: NFS request xid 8195 76 nop',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 68)\n    10.0.0.2.2049 > 10.0.0.1.909: Flags [P.], cksum 0xe44b (correct), seq 4294966297:4294966325, ack 1000, win 65535, length 28: NFS reply xid 8195 reply ok 24 nop',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 152)\n    10.0.0.1.990 > 10.0.0.2.2049: Flags [P.], cksum 0xa529 (correct), seq 1000:1112, ack 2000, win 65535, length 112: NFS request xid 4101 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 NFS_ACCESS_READ|NFS_ACCESS_LOOKUP|NFS_ACCESS_MODIFY|NFS_ACCESS_EXTEND|NFS_ACCESS_DELETE',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 164)\n    10.0.0.2.2049 > 10.0.0.1.990: Flags [P.], cksum 0x894a (correct), seq 4294966297:4294966421, ack 1000, win 65535, length 124: NFS reply xid 4101 reply ok 8 access attr: REG 644 ids 1000/100 sz 4096 c 001f',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 152)\n    10.0.0.2.2049 > 10.0.0.1.991: Flags [P.], cksum 0xa4bd (correct), seq 1000:1112, ack 2000, win 65535, length 112',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)\n    10.0.0.1.992 > 10.0.0.2.2049: Flags [P.], cksum 0x0412 (correct), seq 1000:1008, ack 2000, win 65535, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 42)\n    10.0.0.1.993 > 10.0.0.2.2049: Flags [P.], cksum 0x042e (correct), seq 1000:1002, ack 2000, win 65535, length 2',
        'IP6 (hlim 64, next-header UDP (17) payload length: 124) 2001:db8::1.700 > 2001:db8::2.2049: NFS request xid 4099 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP6 (hlim 64, next-header UDP (17) payload length: 240) 2001:db8::2.2049 > 2001:db8::1.700: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 REG 644 ids 1000/100 sz 4096',
        'IP6 (hlim 64, next-header TCP (6) payload length: 128) 2001:db8::1.701 > 2001:db8::2.2049: Flags [P.], cksum 0x5e9b (correct), seq 1000:1108, ack 2000, win 65535, length 108: NFS request xid 4097 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP6 (hlim 64, next-header TCP (6) payload length: 136) 2001:db8::2.2049 > 2001:db8::1.701: Flags [P.], cksum 0xc2bc (correct), seq 4294966297:4294966413, ack 1000, win 65535, length 116: NFS reply xid 4097 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4099 116 lookup [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4099 116 lookup [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4099 116 lookup [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4099 116 lookup [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4099 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4108 128 write fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4108 128 write fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 3 (3) bytes @ 0 <filesync>',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 204)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4114 176 symlink fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "link" -> [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4106 116 read fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 4096 bytes @ 8192',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4097 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097  [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097 reply ok 112 getattr [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097 reply ok 112 getattr [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4099 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "file.txt"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 260)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4099 reply ok 232 lookup [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 260)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 REG 644 ids 1000/100 [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 260)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 REG 644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 260)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 REG 644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4108 128 write fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 3 (3) bytes @ 0 <filesync>',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 188)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4108 reply ok 160 write POST: [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 188)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4108 reply ok 160 write POST: DIR 40755 ids 1000/100 sz 512 3 bytes',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4124 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 196)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4124 reply ok 168 fsstat POST: DIR 40755 ids 1000/100 sz 512 [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 196)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4124 reply ok 168 fsstat POST: DIR 40755 ids 1000/100 sz 512 [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4126 104 fsinfo fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 192)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4126 reply ok 164 fsinfo POST: DIR 40755 ids 1000/100 sz 512 [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4127 104 pathconf fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 168)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4127 reply ok 140 pathconf POST: DIR 40755 ids 1000/100 sz 512 [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4129 116 commit fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 0 bytes @ 0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 180)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4129 reply ok 152 commit POST: [|nfs]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4100 116 lookup fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "missing"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4100 reply ok 116 lookup ERROR: No such file or directory',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4106 116 read fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 4096 bytes @ 8192',
        'IP (tos 0x0, ttl 64, id 7, offset 0, flags [+], proto UDP (17), length 1500)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4106 reply ok 1472 read REG 644 ids 1000/100 sz 4096 4096 bytes EOF',
        'IP (tos 0x0, ttl 64, id 7, offset 1480, flags [+], proto UDP (17), length 1500)\n    10.0.0.2 > 10.0.0.1: ip-proto-17',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4097 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 7, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097 reply ok 40 getattr REG 644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 7, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4097 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4097 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.2.800 > 10.0.0.1.2049: UDP, length 28',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 148)\n    10.0.0.1.910 > 10.0.0.2.2049: Flags [R.], cksum 0xa540 (correct), seq 1000:1108, ack 2000, win 65535, length 108 [RST+ M-^@^@^@h^@^@^P^A^@^@^@^@^@^@^@^B^@^AM-^FM-#^@^@^@^C^@^@^@^A^@^@]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 312)\n    10.0.0.1.911 > 10.0.0.2.2049: Flags [P.], cksum 0x5496 (correct), seq 1000:1272, ack 2000, win 65535, length 272: NFS request xid 4097 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16384 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16640 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16641 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16642 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16643 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16644 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16645 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16646 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16647 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16648 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16649 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16650 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16651 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16652 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16653 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16654 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16655 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16656 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16657 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16658 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16659 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16660 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16661 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16662 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16663 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16664 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16665 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16666 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16667 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16668 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16669 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16670 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16671 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16672 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16673 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16674 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16675 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16676 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16677 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16678 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16679 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16680 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16681 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16682 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16683 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16684 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16685 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16686 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16687 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16688 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16689 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16690 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16691 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16692 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16693 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16694 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16695 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16696 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16697 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16698 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16699 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16700 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16701 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16702 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 16384 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16385 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16896 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16897 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16898 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16899 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16900 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16901 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16902 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16903 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16904 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16905 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16906 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16907 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16908 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16909 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16910 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16911 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16912 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16913 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16914 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16915 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16916 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16917 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16918 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16919 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16920 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16921 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16922 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16923 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16924 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16925 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16926 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16927 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16928 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16929 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16930 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16931 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16932 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16933 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16934 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16935 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16936 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16937 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16938 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16939 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16940 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16941 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16942 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16943 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16944 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16945 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16946 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16947 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16948 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16949 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16950 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16951 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16952 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16953 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16954 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16955 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16956 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16957 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16958 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 16959 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 16385 reply ok 112',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 17152 104 getattr fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 132)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 17408 104 fsstat fh Unknow/01000701C2B80100000000000A000000C2B8010000000000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 17152 108 access fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 NFS_ACCESS_READ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 17152 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 112)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 17408 reply ok 84 fsstat POST: tbytes 1 fbytes 1 abytes 1 tfiles 1 ffiles 1 afiles 1 invar 0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 64)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 17152 reply ok 36 access attr: c 0001',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 112)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 16944 reply ok 84 fsstat POST: tbytes 1 fbytes 1 abytes 1 tfiles 1 ffiles 1 afiles 1 invar 0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 140)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 17152 reply ok 112 getattr REG 644 ids 1000/100 sz 4096',
    ],
    '-vv': {'like': '-v',
            5: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 172)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4098 reply ok 144 setattr PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            7: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 260)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 REG 644 ids 1000/100 sz 4096 nlink 1 rdev 0/0 fsid 5b7aaa5800000000 fileid 1234 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 post dattr: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            9: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4100 reply ok 116 lookup ERROR: No such file or directory post dattr: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            11: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 148)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4101 reply ok 120 access attr: REG 644 ids 1000/100 sz 4096 nlink 1 rdev 0/0 fsid 5b7aaa5800000000 fileid 1234 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 c 001f',
            17: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 148)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4104 reply ok 120 access attr: REG 644 ids 1000/100 sz 4096 nlink 1 rdev 0/0 fsid 5b7aaa5800000000 fileid 1234 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 c 0022',
            19: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 164)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4105 reply ok 136 readlink REG 644 ids 1000/100 sz 4096 nlink 1 rdev 0/0 fsid 5b7aaa5800000000 fileid 1234 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 "/usr/lib/target"',
            21: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 172)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4106 reply ok 144 read REG 644 ids 1000/100 sz 4096 nlink 1 rdev 0/0 fsid 5b7aaa5800000000 fileid 1234 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 4096 bytes EOF',
            25: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 188)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4108 reply ok 160 write PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 3 bytes <filesync> verf 851b4',
            27: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 64)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4109 reply ok 36 write ERROR: No space left on device PRE: POST:',
            29: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 80)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4110 reply ok 52 write PRE: POST: 16 bytes <#9> verf 1',
            31: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 292)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4111 reply ok 264 create fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 REG 644 ids 1000/100 sz 4096 nlink 1 rdev 0/0 fsid 5b7aaa5800000000 fileid 1234 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 dir attr: PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            33: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 172)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4112 reply ok 144 create ERROR: File exists PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            36: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 204)\n    10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 4114 176 symlink fh Unknow/0100070102000000000000000A00000002000000C6D7EE37 "link" ->"../target" mode 777 uid 5 atime 1.000002 mtime 3.000004',
            37: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 208)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4114 reply ok 180 symlink fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 dir attr: PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            39: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 292)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4115 reply ok 264 mknod fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 REG 644 ids 1000/100 sz 4096 nlink 1 rdev 0/0 fsid 5b7aaa5800000000 fileid 1234 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 dir attr: PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            41: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 172)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4116 reply ok 144 mknod ERROR: Read-only file system PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            43: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 172)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4117 reply ok 144 remove PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            45: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 172)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4118 reply ok 144 rmdir ERROR: Directory not empty PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            47: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 288)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4119 reply ok 260 rename from: PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 to: PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            49: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 260)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4120 reply ok 232 link file POST: REG 644 ids 1000/100 sz 4096 nlink 1 rdev 0/0 fsid 5b7aaa5800000000 fileid 1234 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 dir: PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            51: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4121 reply ok 128 readdir POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 verf 1122334455667788',
            53: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4122 reply ok 116 readdir ERROR: READDIR/READDIRPLUS cookie is stale POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            55: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4123 reply ok 128 readdirplus POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 verf 00000000deadbeef',
            57: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 196)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4124 reply ok 168 fsstat POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 tbytes 8589934592 fbytes 4294967296 abytes 2147483648 tfiles 1000 ffiles 900 afiles 800 invar 0',
            61: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 192)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4126 reply ok 164 fsinfo POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 rtmax 65536 rtpref 65536 wtmax 65536 wtpref 65536 dtpref 8192 rtmult 4096 wtmult 4096 maxfsz 9223372036854775807 delta 0.000001 ',
            63: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 168)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4127 reply ok 140 pathconf POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 linkmax 32000 namemax 255 notrunc chownres  keepcase',
            67: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 180)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4129 reply ok 152 commit PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 verf 851b4',
            81: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8196 reply ok 128 lookup fh 0,2/482 REG 100600 ids -2/-2 sz 512 nlink 2 rdev 0x0 fsid 0xa00 nodeid 0x1e2 a/m/ctime 800000000.000010 800000001.000020 800000002.000030',
            87: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 228)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8199 reply ok 200 read REG 40755 ids -2/-2 sz 100 nlink 2 rdev 0x0 fsid 0xa00 nodeid 0x1e2 a/m/ctime 800000000.000010 800000001.000020 800000002.000030',
            89: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 124)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8200 reply ok 96 write REG 40755 ids -2/-2 sz 1028 nlink 2 rdev 0x0 fsid 0xa00 nodeid 0x1e2 a/m/ctime 800000000.000010 800000001.000020 800000002.000030',
            91: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8201 reply ok 128 create fh 0,2/482 REG 40755 ids -2/-2 sz 512 nlink 2 rdev 0x0 fsid 0xa00 nodeid 0x1e2 a/m/ctime 800000000.000010 800000001.000020 800000002.000030',
            101: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 8206 reply ok 128 mkdir fh 0,2/482 DIR 40755 ids -2/-2 sz 512 nlink 2 rdev 0x0 fsid 0xa00 nodeid 0x1e2 a/m/ctime 800000000.000010 800000001.000020 800000002.000030',
            154: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.1.800 > 10.0.0.2.2049: [udp sum ok] UDP, length 28',
            155: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 41)\n    10.0.0.2.2049 > 10.0.0.1.514: [udp sum ok] SYSLOG, length: 13\n\tFacility user (1), Severity notice (5)\n\tMsg: ^@^@^@^@hello\n\t0x0000:  3c31 333e 0000 0000 6865 6c6c 6f',
            156: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    10.0.0.2.2049 > 10.0.0.1.5000: [udp sum ok] UDP, length 4',
            158: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 120)\n    10.0.0.1.800 > 10.0.0.2.111: [udp sum ok] UDP, length 92',
            159: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.2.111 > 10.0.0.1.800: [udp sum ok] UDP, length 28',
            167: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 188)\n    10.0.0.2.2049 > 10.0.0.1.901: Flags [P.], cksum 0xa73b (correct), seq 4294966297:4294966445, ack 1000, win 65535, length 148: NFS reply xid 4098 reply ok 144 setattr PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            169: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 276)\n    10.0.0.2.2049 > 10.0.0.1.902: Flags [P.], cksum 0x648c (correct), seq 4294966297:4294966533, ack 1000, win 65535, length 236: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 REG 644 ids 1000/100 sz 4096 nlink 1 rdev 0/0 fsid 5b7aaa5800000000 fileid 1234 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 post dattr: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            171: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 160)\n    10.0.0.2.2049 > 10.0.0.1.903: Flags [P.], cksum 0xe93a (correct), seq 4294966297:4294966417, ack 1000, win 65535, length 120: NFS reply xid 4100 reply ok 116 lookup ERROR: No such file or directory post dattr: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            173: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 164)\n    10.0.0.2.2049 > 10.0.0.1.904: Flags [P.], cksum 0x0930 (correct), seq 4294966297:4294966421, ack 1000, win 65535, length 124: NFS reply xid 4101 reply ok 120 access attr: REG 644 ids 1000/100 sz 4096 nlink 1 rdev 0/0 fsid 5b7aaa5800000000 fileid 1234 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 c 001f',
            185: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 164)\n    10.0.0.2.2049 > 10.0.0.1.990: Flags [P.], cksum 0x894a (correct), seq 4294966297:4294966421, ack 1000, win 65535, length 124: NFS reply xid 4101 reply ok 8 access attr: REG 644 ids 1000/100 sz 4096 nlink 1 rdev 0/0 fsid 5b7aaa5800000000 fileid 1234 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 c 001f',
            190: 'IP6 (hlim 64, next-header UDP (17) payload length: 240) 2001:db8::2.2049 > 2001:db8::1.700: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 REG 644 ids 1000/100 sz 4096 nlink 1 rdev 0/0 fsid 5b7aaa5800000000 fileid 1234 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 post dattr: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999',
            211: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 260)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 REG 644 ids 1000/100 sz 4096 nlink 1 rdev 0/0 fsid 5b7aaa5800000000 fileid 1234 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 post dattr: [|nfs]',
            212: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 260)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4099 reply ok 232 lookup fh Unknow/01000701C2B80100000000000A000000C2B8010000000000 REG 644 ids 1000/100 sz 4096 nlink 1 rdev 0/0 fsid 5b7aaa5800000000 fileid 1234 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 post dattr: DIR 40755 ids 1000/100 sz 512 [|nfs]',
            214: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 188)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4108 reply ok 160 write PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: [|nfs]',
            215: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 188)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4108 reply ok 160 write PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 3 bytes [|nfs]',
            218: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 196)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4124 reply ok 168 fsstat POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 [|nfs]',
            220: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 192)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4126 reply ok 164 fsinfo POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 [|nfs]',
            222: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 168)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4127 reply ok 140 pathconf POST: DIR 40755 ids 1000/100 sz 512 nlink 5 rdev 0/0 fsid 5b7aaa5800000000 fileid 2 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 [|nfs]',
            224: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 180)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4129 reply ok 152 commit PRE: sz 512 mtime 1535100000.000005 ctime 1535100001.000006 POST: [|nfs]',
            226: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 144)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4100 reply ok 116 lookup ERROR: No such file or directory post dattr:',
            228: 'IP (tos 0x0, ttl 64, id 7, offset 0, flags [+], proto UDP (17), length 1500)\n    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 4106 reply ok 1472 read REG 644 ids 1000/100 sz 4096 nlink 1 rdev 0/0 fsid 5b7aaa5800000000 fileid 1234 a/m/ctime 1535100894.466424000 1535100895.000001 1535100896.999999999 4096 bytes EOF',
            234: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.2.800 > 10.0.0.1.2049: [no cksum] UDP, length 28',
            },
}
