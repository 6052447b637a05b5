"""The printer's text against tcpdump 4.99.3, records from dissect(), and robustness.

The "everyday" capture is built here frame by frame (ARP, a TCP handshake with an
HTTP GET and response and FIN, DNS query and answer, ICMP echo, ICMPv6 echo, an
802.1Q frame, an IPv4 fragment, IPv4 options).  Expected strings in the tests that
need no tcpdump were taken from tcpdump 4.99.3's output on the same frames.
"""

from __future__ import annotations

import difflib
import os
import shutil
import socket
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from purepcap import Packet, printer
from purepcap.printer import Options, Printer, dissect
from purepcap.savefile import PcapWriter

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "loopback.pcap"
CORPUS = ROOT.parent / "shared" / "corpus" / "tcpdump"

needs_tcpdump = pytest.mark.skipif(shutil.which("tcpdump") is None,
                                   reason="needs tcpdump 4.99.3 (apt-get install tcpdump)")
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is missing")

MAC_A = bytes.fromhex("001122334455")
MAC_B = bytes.fromhex("66778899aabb")
IP_A, IP_B = "192.168.1.10", "192.168.1.20"
IP6_A, IP6_B = "2001:db8::1", "2001:db8::2"
T0 = 1_700_000_000_000_000_000


# --- frame builders -----------------------------------------------------------------

def _csum(b: bytes) -> int:
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack(f"!{len(b) // 2}H", b))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def eth(payload: bytes, ethertype: int = 0x0800, src: bytes = MAC_A, dst: bytes = MAC_B) -> bytes:
    return dst + src + struct.pack("!H", ethertype) + payload


def ip4(src: str, dst: str, proto: int, payload: bytes, *, ident: int = 1, ttl: int = 64,
        flags_off: int = 0x4000, opts: bytes = b"", tos: int = 0) -> bytes:
    ihl = 5 + len(opts) // 4
    h = struct.pack("!BBHHHBBH4s4s", 0x40 | ihl, tos, ihl * 4 + len(payload), ident, flags_off,
                    ttl, proto, 0, socket.inet_aton(src), socket.inet_aton(dst)) + opts
    h = h[:10] + struct.pack("!H", _csum(h)) + h[12:]
    return h + payload


def ip6(src: str, dst: str, nh: int, payload: bytes, hlim: int = 64) -> bytes:
    return struct.pack("!IHBB16s16s", 0x60000000, len(payload), nh, hlim,
                       socket.inet_pton(socket.AF_INET6, src),
                       socket.inet_pton(socket.AF_INET6, dst)) + payload


def _pseudo4(src: str, dst: str, proto: int, n: int) -> bytes:
    return socket.inet_aton(src) + socket.inet_aton(dst) + struct.pack("!BBH", 0, proto, n)


def udp(src: str, dst: str, sp: int, dp: int, payload: bytes) -> bytes:
    h = struct.pack("!HHHH", sp, dp, 8 + len(payload), 0)
    c = _csum(_pseudo4(src, dst, 17, 8 + len(payload)) + h + payload) or 0xFFFF
    return h[:6] + struct.pack("!H", c) + payload


def tcp(src: str, dst: str, sp: int, dp: int, seq: int, ack: int, flags: int,
        payload: bytes = b"", opts: bytes = b"", win: int = 64240) -> bytes:
    off = (20 + len(opts)) // 4
    h = struct.pack("!HHIIBBHHH", sp, dp, seq, ack, off << 4, flags, win, 0, 0) + opts
    c = _csum(_pseudo4(src, dst, 6, len(h) + len(payload)) + h + payload)
    return h[:16] + struct.pack("!H", c) + h[18:] + payload


def icmp_echo(ident: int, seq: int, data: bytes, typ: int = 8) -> bytes:
    h = struct.pack("!BBHHH", typ, 0, 0, ident, seq) + data
    return h[:2] + struct.pack("!H", _csum(h)) + h[4:]


def icmp6_echo(src: str, dst: str, ident: int, seq: int, data: bytes) -> bytes:
    h = struct.pack("!BBHHH", 128, 0, 0, ident, seq) + data
    ph = (socket.inet_pton(socket.AF_INET6, src) + socket.inet_pton(socket.AF_INET6, dst)
          + struct.pack("!IxxxB", len(h), 58))
    return h[:2] + struct.pack("!H", _csum(ph + h)) + h[4:]


def arp_request(sha: bytes, spa: str, tpa: str) -> bytes:
    return struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 1, sha, socket.inet_aton(spa),
                       b"\0" * 6, socket.inet_aton(tpa))


def dns_query(ident: int, name: str) -> bytes:
    q = b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"
    return struct.pack("!HHHHHH", ident, 0x0100, 1, 0, 0, 0) + q + struct.pack("!HH", 1, 1)


def dns_answer(ident: int, name: str, addr: str) -> bytes:
    q = b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"
    return (struct.pack("!HHHHHH", ident, 0x8180, 1, 1, 0, 0) + q + struct.pack("!HH", 1, 1)
            + b"\xc0\x0c" + struct.pack("!HHIH", 1, 1, 300, 4) + socket.inet_aton(addr))


def everyday_frames() -> list[bytes]:
    A, B = IP_A, IP_B
    sp, dp = 40000, 80
    get = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nUser-Agent: test\r\n\r\n"
    resp = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello"
    mss = b"\x02\x04\x05\xb4\x04\x02\x08\x0a\x00\x00\x00\x01\x00\x00\x00\x00\x01\x03\x03\x07"
    s0, s1 = 1000, 5000
    fr = [
        eth(arp_request(MAC_A, A, B), 0x0806, dst=b"\xff" * 6),
        eth(ip4(A, B, 6, tcp(A, B, sp, dp, s0, 0, 0x02, opts=mss))),
        eth(ip4(B, A, 6, tcp(B, A, dp, sp, s1, s0 + 1, 0x12, opts=mss)), src=MAC_B, dst=MAC_A),
        eth(ip4(A, B, 6, tcp(A, B, sp, dp, s0 + 1, s1 + 1, 0x10))),
        eth(ip4(A, B, 6, tcp(A, B, sp, dp, s0 + 1, s1 + 1, 0x18, get))),
        eth(ip4(B, A, 6, tcp(B, A, dp, sp, s1 + 1, s0 + 1 + len(get), 0x18, resp)),
            src=MAC_B, dst=MAC_A),
        eth(ip4(A, B, 6, tcp(A, B, sp, dp, s0 + 1 + len(get), s1 + 1 + len(resp), 0x11))),
        eth(ip4(B, A, 6, tcp(B, A, dp, sp, s1 + 1 + len(resp), s0 + 2 + len(get), 0x11)),
            src=MAC_B, dst=MAC_A),
        eth(ip4(A, B, 6, tcp(A, B, sp, dp, s0 + 2 + len(get), s1 + 2 + len(resp), 0x10))),
        eth(ip4(A, "192.168.1.1", 17, udp(A, "192.168.1.1", 53000, 53,
                                          dns_query(0x1234, "example.com")))),
        eth(ip4("192.168.1.1", A, 17, udp("192.168.1.1", A, 53, 53000,
                                          dns_answer(0x1234, "example.com", "93.184.216.34"))),
            src=MAC_B, dst=MAC_A),
        eth(ip4(A, B, 1, icmp_echo(7, 1, bytes(range(56))), ident=0x4242)),
        eth(ip4(B, A, 1, icmp_echo(7, 1, bytes(range(56)), typ=0)), src=MAC_B, dst=MAC_A),
        eth(ip6(IP6_A, IP6_B, 58, icmp6_echo(IP6_A, IP6_B, 9, 3, b"ping6-data" * 4)), 0x86DD),
        eth(struct.pack("!HH", 0x2064, 0x0800) + ip4(A, B, 17, udp(A, B, 5000, 6000, b"tagged!!")),
            0x8100),
        eth(ip4(A, B, 17, udp(A, B, 30000, 30001, b"x" * 1000)[:600], flags_off=0x2000, ident=99)),
        eth(ip4(A, B, 17, (udp(A, B, 30000, 30001, b"x" * 1000))[600:], flags_off=600 // 8,
                ident=99)),
        eth(ip4(A, B, 17, udp(A, B, 8000, 8001, b"opts"), opts=b"\x94\x04\x00\x00")),
        eth(ip4(A, B, 17, udp(A, B, 8000, 8001, b"rr"), opts=b"\x07\x07\x04" + b"\0" * 4 + b"\x01")),
    ]
    return fr


def write_capture(path: Path, frames: list[bytes], linktype: int = 1) -> None:
    with PcapWriter(str(path), linktype=linktype, nanosecond=False) as w:
        for i, f in enumerate(frames):
            w.write_raw(T0 + i * 1_250_000, f)


@pytest.fixture(scope="module")
def everyday(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("print") / "everyday.pcap"
    write_capture(path, everyday_frames())
    return path


def tcpdump(path: Path, *flags: str) -> list[str]:
    res = subprocess.run(["tcpdump", *flags, "-r", str(path)], capture_output=True,
                         env=dict(os.environ, TZ="UTC"), timeout=120, check=False)
    return res.stdout.decode("latin-1").splitlines()


def ours(path: Path, *flags: str) -> list[str]:
    res = subprocess.run([sys.executable, "-m", "purepcap.cli", *flags, "-r", str(path)],
                         capture_output=True, env=dict(os.environ, TZ="UTC"), timeout=120,
                         check=False)
    assert b"Traceback" not in res.stderr, res.stderr.decode()
    return res.stdout.decode("latin-1").splitlines()


FLAG_SETS = [("-n", "-tt"), ("-n", "-e", "-tt"), ("-n", "-tttt"), ("-n", "-t", "-X"),
             ("-n", "-t", "-q"), ("-n", "-t", "-A"), ("-n", "-v", "-tt"), ("-n", "-S", "-tt")]


@needs_tcpdump
@pytest.mark.parametrize("flags", FLAG_SETS, ids=" ".join)
def test_everyday_capture_matches_tcpdump(everyday: Path, flags: tuple[str, ...]) -> None:
    theirs = tcpdump(everyday, *flags)
    mine = ours(everyday, *flags)
    assert mine == theirs, "\n".join(difflib.unified_diff(theirs, mine, lineterm=""))


@needs_tcpdump
@pytest.mark.parametrize("flags", FLAG_SETS, ids=" ".join)
def test_loopback_sample_matches_tcpdump(flags: tuple[str, ...]) -> None:
    theirs = tcpdump(SAMPLE, *flags)
    mine = ours(SAMPLE, *flags)
    assert mine == theirs, "\n".join(difflib.unified_diff(theirs, mine, lineterm=""))


CORE_FILES = ["802.1ad_QinQ.pcap", "QinQpacket.pcap", "ipv6-bad-version.pcap",
              "ipv6-routing-header.pcap", "frag-overlap.pcap"]


@needs_tcpdump
@needs_corpus
@pytest.mark.parametrize("name", [n for n in CORE_FILES if (CORPUS / n).exists()])
@pytest.mark.parametrize("flags", [("-n", "-tt"), ("-n", "-e", "-tt")], ids=" ".join)
def test_corpus_link_and_ip_files_match_tcpdump(name: str, flags: tuple[str, ...]) -> None:
    theirs = tcpdump(CORPUS / name, *flags)
    mine = ours(CORPUS / name, *flags)
    assert mine == theirs, "\n".join(difflib.unified_diff(theirs, mine, lineterm=""))


# --- crafted edge cases: fragments, options, bad lengths, extension headers, tags -----

def _ip4raw(src: str, dst: str, proto: int, payload: bytes, *, tot: int | None = None,
            cs: bool = True, **kw: int) -> bytes:
    b = bytearray(ip4(src, dst, proto, payload, **kw))  # type: ignore[arg-type]
    if tot is not None:
        b[2:4] = struct.pack("!H", tot)
    if tot is not None or not cs:
        b[10:12] = b"\0\0"
        if cs:
            ihl = (b[0] & 15) * 4
            b[10:12] = struct.pack("!H", _csum(bytes(b[:ihl])))
    return bytes(b)


def _udp6(src: str, dst: str, payload: bytes, sp: int = 1000, dp: int = 2000) -> bytes:
    h = struct.pack("!HHHH", sp, dp, 8 + len(payload), 0)
    ph = (socket.inet_pton(socket.AF_INET6, src) + socket.inet_pton(socket.AF_INET6, dst)
          + struct.pack("!IxxxB", 8 + len(payload), 17))
    return h[:6] + struct.pack("!H", _csum(ph + h + payload) or 0xFFFF) + payload


def edge_frames() -> list[bytes]:
    S, D = "10.0.0.1", "10.0.0.2"
    u = udp(S, D, 1000, 2000, b"abcd" * 10)
    e = eth
    fr = [
        e(ip4(S, D, 99, b"x" * 20)),
        e(ip4(S, D, 17, u[:24], flags_off=0x2000, ident=7)),
        e(ip4(S, D, 17, u[24:], flags_off=0x0002, ident=7)),
        e(ip4(S, D, 17, u, tos=0x12, opts=b"\x94\x04\x00\x00")),
        e(ip4(S, D, 17, u, opts=b"\x07\x07\x04\x00\x00\x00\x00\x01")),
        e(ip4(S, D, 17, u, opts=b"\x01\x01\x01\x00")),
        e(_ip4raw(S, D, 17, u, cs=False)),
        e(_ip4raw(S, D, 17, u, tot=200)),
        e(_ip4raw(S, D, 17, u, tot=30)),
        e(ip4(S, D, 17, u)[:30]),
        e(ip4(S, D, 17, u)[:10]),
        e(b"\x55" + ip4(S, D, 17, u)[1:]),
        e(ip4(S, D, 17, u[:6] + b"\x12\x34" + u[8:])),
        e(ip4(S, D, 17, struct.pack("!HHHH", 1000, 2000, 100, 0) + b"abcd")),
        e(ip4(S, D, 17, struct.pack("!HHHH", 1000, 2000, 4, 0) + b"abcd")),
        e(ip4(S, D, 17, b"\x03\xe8\x07")),
        e(ip4(S, D, 17, u, ttl=1, ident=0xFFFF, flags_off=0xE005)),
        e(ip4(S, D, 17, u, tos=0x03)),
        e(ip4(S, D, 17, u, opts=b"\x83\x07\x04\x01\x02\x03\x04\x00")),
        e(ip4(S, D, 17, u, opts=b"\x07\x02\x00\x00")),
        e(ip4(S, D, 4, ip4("1.1.1.1", "2.2.2.2", 99, b"zz"))),
        e(ip4(S, D, 41, ip6("::1", "::2", 59, b""))),
        e(_ip4raw(S, D, 17, u, tot=10)),
    ]
    A6, B6 = IP6_A, IP6_B
    u6 = _udp6(A6, B6, b"abcd" * 3)
    frag0 = struct.pack("!BBHI", 17, 0, 0x0001, 0x12345678)
    frag1 = struct.pack("!BBHI", 17, 0, 0x0010, 0x12345678)
    hbh = bytes([17, 0, 5, 2, 0, 0, 1, 0])
    opts = bytes([17, 0, 1, 4, 0, 0, 0, 0])
    fr += [e(x, 0x86DD) for x in (
        bytes([0x6E, 0x12, 0x34, 0x56]) + ip6(A6, B6, 17, u6)[4:],
        ip6(A6, B6, 0, hbh + u6), ip6(A6, B6, 44, frag0 + u6), ip6(A6, B6, 44, frag1 + b"z" * 8),
        ip6(A6, B6, 60, opts + u6), ip6(A6, B6, 99, b"x" * 10), ip6(A6, B6, 17, u6)[:50],
        ip6(A6, B6, 0, bytes([60, 0, 1, 4, 0, 0, 0, 0]) + opts + u6),
        ip6(A6, B6, 17, u6[:6] + b"\x12\x34" + u6[8:]), b"\x45" + ip6(A6, B6, 17, u6)[1:],
    )]
    p = ip4(S, D, 17, udp(S, D, 1000, 2000, b"abcd"))
    for tpid in (0x8100, 0x88A8, 0x9100):
        fr.append(e(struct.pack("!HH", 0x3064, 0x0800) + p, tpid))
    fr.append(e(struct.pack("!HHHH", 0x1064, 0x8100, 0x0005, 0x0800) + p, 0x88A8))
    fr.append(e(struct.pack("!HH", 0x0064, 0x88B5) + b"xxxx", 0x8100))
    fr.append(e(b"hello world, this is a test of it", 0x88B5))
    fr.append(e(b"\xf0\xf0\x03hello world, this is a test of it", 0x0030))
    fr.append(e(b"\xaa\xaa\x03\x00\x00\x0c\x00\x03" + b"\0" * 30, 38))
    return fr


@pytest.fixture(scope="module")
def edge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("print") / "edge.pcap"
    write_capture(path, edge_frames())
    return path


@needs_tcpdump
@pytest.mark.parametrize("flags", [("-n", "-t"), ("-n", "-t", "-e"), ("-n", "-t", "-v"),
                                   ("-n", "-t", "-vv"), ("-n", "-t", "-q"),
                                   ("-n", "-t", "-vv", "-K"), ("-n", "-t", "-x"),
                                   ("-n", "-t", "-e", "-q")], ids=" ".join)
def test_edge_cases_match_tcpdump(edge: Path, flags: tuple[str, ...]) -> None:
    theirs = tcpdump(edge, *flags)
    mine = ours(edge, *flags)
    assert mine == theirs, "\n".join(difflib.unified_diff(theirs, mine, lineterm=""))


# --- without tcpdump: exact strings tcpdump 4.99.3 printed for these frames ---------------

def _text(frame: bytes, linktype: int = 1, **opts: object) -> str:
    p = Printer(Options(**opts), linktype, strict=True)  # type: ignore[arg-type]
    return p.text(Packet(T0, len(frame), len(frame), frame, linktype))


U = udp("10.0.0.1", "10.0.0.2", 1000, 2000, b"abcd" * 10)


def test_udp_line() -> None:
    f = eth(ip4("10.0.0.1", "10.0.0.2", 17, U), src=MAC_B, dst=MAC_A)
    assert _text(f) == "IP 10.0.0.1.1000 > 10.0.0.2.2000: UDP, length 40"
    assert _text(f, verbose=1) == ("IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), "
                                   "length 68)\n    10.0.0.1.1000 > 10.0.0.2.2000: UDP, length 40")
    assert _text(f, verbose=2).endswith("10.0.0.2.2000: [udp sum ok] UDP, length 40")
    assert _text(f, link_header=True) == (
        "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 82: "
        "10.0.0.1.1000 > 10.0.0.2.2000: UDP, length 40")


def test_ip_options_and_tos() -> None:
    f = eth(ip4("10.0.0.1", "10.0.0.2", 17, U, tos=0x12, opts=b"\x94\x04\x00\x00"))
    assert _text(f, verbose=1).startswith(
        "IP (tos 0x12,ECT(0), ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 72, "
        "options (RA))")
    f = eth(ip4("10.0.0.1", "10.0.0.2", 17, U, opts=b"\x01\x01\x01\x00"))
    assert "options (NOP,NOP,NOP,EOL))" in _text(f, verbose=1)


def test_fragments() -> None:
    first = eth(ip4("10.0.0.1", "10.0.0.2", 17, U[:24], flags_off=0x2000, ident=7))
    later = eth(ip4("10.0.0.1", "10.0.0.2", 17, U[24:], flags_off=0x0002, ident=7))
    assert _text(first) == "IP 10.0.0.1.1000 > 10.0.0.2.2000: UDP, length 40"
    assert _text(later) == "IP 10.0.0.1 > 10.0.0.2: ip-proto-17"
    assert _text(later, verbose=1).startswith(
        "IP (tos 0x0, ttl 64, id 7, offset 16, flags [none], proto UDP (17), length 44)")


def test_unknown_protocols() -> None:
    assert _text(eth(ip4("10.0.0.1", "10.0.0.2", 99, b"x" * 20))) == \
        "IP 10.0.0.1 > 10.0.0.2:  ip-proto-99 20"
    assert _text(eth(b"xxxx", 0x88B5, src=MAC_B, dst=MAC_A)) == (
        "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x88b5), length 18: "
        "\n\t0x0000:  7878 7878                                xxxx")


def test_vlan() -> None:
    f = eth(struct.pack("!HH", 0x3064, 0x0800) + ip4("10.0.0.1", "10.0.0.2", 17, U), 0x8100,
            src=MAC_B, dst=MAC_A)
    assert _text(f) == "IP 10.0.0.1.1000 > 10.0.0.2.2000: UDP, length 40"
    assert _text(f, link_header=True).startswith(
        "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype 802.1Q (0x8100), length 86: "
        "vlan 100, p 1, DEI, ethertype IPv4 (0x0800), 10.0.0.1.1000 > ")


def test_ipv6() -> None:
    f = eth(ip6("::1", "fe80::1", 59, b""), 0x86DD)
    assert _text(f) == "IP6 ::1 > fe80::1: no next header"
    assert printer._addr.ip6addr(socket.inet_pton(socket.AF_INET6, "1:0:0:2:2:0:0:3")) == \
        "1::2:2:0:0:3"
    assert printer._addr.ip6addr(socket.inet_pton(socket.AF_INET6, "::ffff:1.2.3.4")) == \
        "::ffff:1.2.3.4"
    assert _text(eth(ip6(IP6_A, IP6_B, 99, b"x" * 10), 0x86DD), verbose=1) == (
        "IP6 (hlim 64, next-header unknown (99) payload length: 10) "
        "2001:db8::1 > 2001:db8::2:  ip-proto-99 10")


def test_truncated_and_bad_headers() -> None:
    full = ip4("10.0.0.1", "10.0.0.2", 17, U)
    assert _text(eth(full[:10])) == "IP  [|ip]"
    assert _text(eth(b"\x55" + full[1:])) == "IP5 (invalid)"
    assert _text(eth(ip6("::1", "::2", 17, b"")[:30], 0x86DD)) == " [|ip6]"


def test_unsupported_linktype() -> None:
    assert _text(b"hello world 1234567890abcdef", 147) == (
        "UNSUPPORTED\n\t0x0000:  6865 6c6c 6f20 776f 726c 6420 3132 3334  hello.world.1234"
        "\n\t0x0010:  3536 3738 3930 6162 6364 6566            567890abcdef")


def test_dissect_records() -> None:
    f = eth(struct.pack("!HH", 0x0064, 0x0800) + ip4("10.0.0.1", "10.0.0.2", 17, U), 0x8100)
    recs = dissect(f, "EN10MB")
    assert [r.proto for r in recs] == ["eth", "vlan", "ip", "udp"]
    e, v, i, u = recs
    assert (e.src, e.dst) == ("00:11:22:33:44:55", "66:77:88:99:aa:bb")  # type: ignore[attr-defined]
    assert v.vid == 100  # type: ignore[attr-defined]
    assert (i.src, i.dst, i.ttl) == ("10.0.0.1", "10.0.0.2", 64)  # type: ignore[attr-defined]
    assert (u.sport, u.dport) == (1000, 2000)  # type: ignore[attr-defined]
    assert [r.offset for r in recs] == [0, 14, 18, 38]
    assert dissect(f, 1) == recs
    with pytest.raises(TypeError):
        dissect("not bytes", 1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dissect(f, 1.5)  # type: ignore[arg-type]


def test_layers_of_a_packet_and_json() -> None:
    f = eth(ip4("10.0.0.1", "10.0.0.2", 17, U))
    pkt = Packet(T0 + 5, len(f), len(f) + 10, f, 1)
    assert [r.proto for r in printer.layers(pkt)] == ["eth", "ip", "udp"]
    import json
    obj = json.loads(Printer(Options(), 1).json(pkt))
    assert obj["ts"] == T0 + 5 and obj["caplen"] == len(f) and obj["wirelen"] == len(f) + 10
    assert obj["linktype"] == "EN10MB" and obj["truncated"] is True
    assert [x["proto"] for x in obj["layers"]] == ["eth", "ip", "udp"]
    assert obj["layers"][2]["dport"] == 2000


# --- robustness: dissect/text/json never raise -----------------------------------------

SEEDS: dict[int, list[bytes]] = {
    1: everyday_frames() + edge_frames(),
    113: [b"\x00\x00\x00\x01\x00\x06" + MAC_A + b"\0\0\x08\x00" + ip4("1.1.1.1", "2.2.2.2", 17, U)],
    276: [b"\x08\x00\x00\x00\x00\x00\x00\x01\x00\x01\x04\x06" + MAC_A + b"\0\0"
          + ip4("1.1.1.1", "2.2.2.2", 17, U)],
    0: [b"\x02\x00\x00\x00" + ip4("1.1.1.1", "2.2.2.2", 17, U)],
    108: [b"\x00\x00\x00\x02" + ip4("1.1.1.1", "2.2.2.2", 17, U)],
    12: [ip4("1.1.1.1", "2.2.2.2", 17, U), ip6("::1", "::2", 59, b"")],
    228: [ip4("1.1.1.1", "2.2.2.2", 17, U)],
    229: [ip6(IP6_A, IP6_B, 58, icmp6_echo(IP6_A, IP6_B, 1, 1, b"x"))],
}


@st.composite
def mutated(draw: st.DrawFn) -> tuple[int, bytes]:
    lt = draw(st.sampled_from(sorted(SEEDS)))
    frame = bytearray(draw(st.sampled_from(SEEDS[lt])))
    for _ in range(draw(st.integers(0, 6))):
        if not frame:
            break
        i = draw(st.integers(0, len(frame) - 1))
        frame[i] = draw(st.integers(0, 255))
    cut = draw(st.integers(0, len(frame)))
    if draw(st.booleans()):
        frame = frame[:cut]
    return lt, bytes(frame)


OPTION_SETS = [Options(), Options(verbose=3), Options(link_header=True, quiet=True),
               Options(verbose=1, link_header=True, absolute_seq=True)]


def _never_raises(lt: int, frame: bytes) -> None:
    dissect(frame, lt)
    pkt = Packet(T0, len(frame), len(frame) + 3, frame, lt)
    for o in OPTION_SETS:
        p = Printer(o, lt, strict=True)
        assert isinstance(p.text(pkt), str)
        assert isinstance(p.json(pkt), str)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_packets_never_raise(case: tuple[int, bytes]) -> None:
    _never_raises(*case)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(SEEDS) + [105, 127, 147]), st.binary(max_size=200))
def test_random_bytes_never_raise(lt: int, frame: bytes) -> None:
    _never_raises(lt, frame)
