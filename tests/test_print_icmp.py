"""ICMP and ICMPv6 printing (printer/icmp.py, printer/icmp6.py) against tcpdump 4.99.3.

The frames below are built here; ``EXPECTED`` holds tcpdump 4.99.3's text for
exactly these frames (``tcpdump -n -tt [flags] -r``, timestamps cut off),
recorded once, so the tests run without tcpdump.  With tcpdump installed the
same frames are also compared live, and so are the ICMP packets of corpus
captures.
"""

from __future__ import annotations

import random
import socket
import struct
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS, needs_corpus, needs_tcpdump, tcpdump_path
from helpers import frame_packets as _packets
from helpers import tcpdump_file_texts
from purepcap.printer import Printer
from purepcap.printer import icmp as I4
from purepcap.printer import icmp6 as I6
from purepcap.printer._base import Context, Options
from purepcap.savefile import PcapWriter, open_reader

# --- builders -----------------------------------------------------------------------

ETH4 = bytes.fromhex("020000000002020000000001") + b"\x08\x00"
ETH6 = bytes.fromhex("020000000002020000000001") + b"\x86\xdd"
A = bytes([10, 0, 0, 1])
B = bytes([10, 0, 0, 2])
A6 = bytes.fromhex("fe800000000000000000000000000001")
B6 = bytes.fromhex("fe800000000000000000000000000002")


def csum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ip4(proto: int, payload: bytes, src: bytes = A, dst: bytes = B, tot: int | None = None) -> bytes:
    tl = 20 + len(payload) if tot is None else tot
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, tl, 1, 0x4000, 64, proto, 0, src, dst)
    return h[:10] + struct.pack("!H", csum(h)) + h[12:] + payload


def ip6(nh: int, payload: bytes, src: bytes = A6, dst: bytes = B6) -> bytes:
    return struct.pack("!IHBB16s16s", 0x60000000, len(payload), nh, 64, src, dst) + payload


def tcp(sport: int, dport: int, seq: int, ack: int, flags: int, opts: bytes = b"",
        data: bytes = b"", win: int = 512, urp: int = 0, src: bytes = A, dst: bytes = B,
        good: bool = True, off: int | None = None) -> bytes:
    o = (20 + len(opts)) // 4 if off is None else off
    seg = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, o << 4, flags, win, 0, urp) + opts + data
    if len(src) == 4:
        ph = src + dst + struct.pack("!BBH", 0, 6, len(seg))
    else:
        ph = src + dst + struct.pack("!IxxxB", len(seg), 6)
    c = csum(ph + seg) ^ (0 if good else 0x1234)
    return seg[:16] + struct.pack("!H", c) + seg[18:]


def e4(proto: int, payload: bytes, **kw: Any) -> bytes:
    return ETH4 + ip4(proto, payload, **kw)


def e6(nh: int, payload: bytes, **kw: Any) -> bytes:
    return ETH6 + ip6(nh, payload, **kw)


def icmp(t: int, code: int, rest: bytes, good: bool = True) -> bytes:
    m = bytes([t, code, 0, 0]) + rest
    c = csum(m) if good else 0x1234
    return m[:2] + struct.pack("!H", c) + m[4:]


def icmp6(t: int, code: int, rest: bytes, src: bytes = A6, dst: bytes = B6, good: bool = True) -> bytes:
    m = bytes([t, code, 0, 0]) + rest
    ph = src + dst + struct.pack("!IxxxB", len(m), 58)
    c = csum(ph + m) if good else 0x1234
    return m[:2] + struct.pack("!H", c) + m[4:]


def icmp_frames() -> list[bytes | tuple[bytes, int]]:
    F: list[bytes | tuple[bytes, int]] = []
    q = ip4(17, struct.pack("!HHHH", 5000, 33434, 16, 0) + b"abcdefgh", src=B, dst=bytes([10, 0, 0, 3]))[:28]
    qt = ip4(6, tcp(5000, 80, 1, 2, 0x02)[:8], src=B, dst=bytes([10, 0, 0, 3]), tot=40)
    qo = ip4(47, b"\x00" * 8, src=B, dst=bytes([10, 0, 0, 3]))
    def e(t_: int, c: int, r: bytes, good: bool = True) -> bytes:
        return e4(1, icmp(t_, c, r, good))
    F.append(e(8, 0, struct.pack("!HH", 1, 1) + bytes(56)))
    F.append(e(0, 0, struct.pack("!HH", 1, 1) + bytes(56)))
    F.append(e(8, 0, struct.pack("!HH", 1, 1) + bytes(56), good=False))
    for code in range(16):
        F.append(e(3, code, struct.pack("!HH", 0, 1400 if code == 4 else 0) + q))
    F.append(e(3, 4, bytes(4) + q))
    F.append(e(3, 3, bytes(4) + qt))
    F.append(e(3, 3, bytes(4) + qo))
    F.append(e(3, 99, bytes(4) + q))
    F.append(e(4, 0, bytes(4) + q))
    for code in range(5):
        F.append(e(5, code, bytes([10, 0, 0, 254]) + q))
    for code in range(3):
        F.append(e(11, code, bytes(4) + q))
    F.append(e(12, 0, bytes([20, 0, 0, 0]) + q))
    F.append(e(12, 1, bytes(4) + q))
    F.append(e(13, 0, struct.pack("!HHIII", 5, 6, 1000, 0, 0)))
    F.append(e(14, 0, struct.pack("!HHIII", 5, 6, 3723004, 45296789, 86399999)))
    F.append(e(15, 0, struct.pack("!HH", 5, 6)))
    F.append(e(16, 0, struct.pack("!HH", 5, 6)))
    F.append(e(17, 0, struct.pack("!HHI", 5, 6, 0)))
    F.append(e(18, 0, struct.pack("!HHI", 5, 6, 0xFFFFFF00)))
    F.append(e(9, 0, struct.pack("!BBH", 2, 2, 1800) + bytes([10, 0, 0, 1]) + struct.pack("!I", 5) + bytes([10, 0, 0, 2]) + struct.pack("!i", -1)))
    F.append(e(9, 0, struct.pack("!BBH", 1, 2, 30) + bytes([10, 0, 0, 1]) + struct.pack("!I", 5)))
    F.append(e(9, 0, struct.pack("!BBH", 1, 2, 7300) + bytes([10, 0, 0, 1]) + struct.pack("!I", 5)))
    F.append(e(9, 0, struct.pack("!BBH", 1, 3, 7300) + bytes(12)))
    F.append(e(10, 0, bytes(4)))
    F.append(e(42, 1, bytes(4)))
    # RFC 4884 / 4950 extensions after a 128-byte quote (time exceeded, unreachable)
    quote = ip4(17, struct.pack("!HHHH", 5000, 33434, 20, 0) + b"abcdefghijkl",
                src=B, dst=bytes([10, 0, 0, 3]))
    quote += bytes(128 - len(quote))
    objs = (struct.pack("!HBB", 8, 1, 1) + struct.pack("!I", (16000 << 12) | (5 << 9) | 0x100 | 7)
            + struct.pack("!HBB", 12, 2, 14) + b"\x00\x00\x00\x0f" + bytes([10, 10, 10, 10]))
    ext = b"\x20\x00\x00\x00" + objs
    ext = ext[:2] + struct.pack("!H", csum(ext)) + ext[4:]
    F.append(e(11, 0, b"\x00\x20\x00\x00" + quote + ext))
    F.append(e(3, 3, b"\x00\x00\x00\x00" + quote + ext))
    F.append(e(11, 0, b"\x00\x20\x00\x00" + quote + b"\x10\x00\x00\x00" + objs))
    # truncations
    full = e(8, 0, struct.pack("!HH", 1, 1) + bytes(56))
    for cap in (14 + 20 + 1, 14 + 20 + 2, 14 + 20 + 3, 14 + 20 + 6, 14 + 20 + 8, 14 + 20 + 20):
        F.append((full, cap))
    un = e(3, 3, bytes(4) + q)
    for cap in (14 + 20 + 8, 14 + 20 + 10, 14 + 20 + 12, 14 + 20 + 20, 14 + 20 + 28, 14 + 20 + 30, 14 + 20 + 32):
        F.append((un, cap))
    F.append((e(14, 0, struct.pack("!HHIII", 5, 6, 1, 2, 3)), 14 + 20 + 18))
    return F


def icmp6_frames() -> list[bytes | tuple[bytes, int]]:
    F: list[bytes | tuple[bytes, int]] = []
    def e(t_: int, c: int, r: bytes, good: bool = True) -> bytes:
        return e6(58, icmp6(t_, c, r, good=good))
    C6 = bytes.fromhex("20010db8000000000000000000000003")
    q = ip6(17, struct.pack("!HHHH", 5000, 33434, 16, 0) + b"abcdefgh", src=B6, dst=C6)
    qt = ip6(6, tcp(5000, 80, 1, 2, 0x02, src=B6, dst=C6), src=B6, dst=C6)
    qh = ip6(0, b"\x11\x00" + bytes(6) + struct.pack("!HHHH", 5000, 53, 16, 0), src=B6, dst=C6)
    F.append(e(128, 0, struct.pack("!HH", 7, 8) + bytes(32)))
    F.append(e(129, 0, struct.pack("!HH", 7, 8) + bytes(32)))
    F.append(e(128, 0, struct.pack("!HH", 7, 8) + bytes(32), good=False))
    for code in range(7):
        F.append(e(1, code, bytes(4) + q))
    F.append(e(1, 4, bytes(4) + qt))
    F.append(e(1, 4, bytes(4) + qh))
    F.append(e(2, 0, struct.pack("!I", 1280) + q))
    for code in range(3):
        F.append(e(3, code, bytes(4) + q))
    for code in range(5):
        F.append(e(4, code, struct.pack("!I", 40) + q))
    MC = bytes.fromhex("ff020000000000000000000000000001")
    F.append(e(130, 0, struct.pack("!HH", 1000, 0) + MC))
    F.append(e(131, 0, struct.pack("!HH", 0, 0) + MC))
    F.append(e(132, 0, struct.pack("!HH", 0, 0) + MC))
    F.append(e(130, 0, struct.pack("!HH", 40000, 0) + MC + bytes([0x0A, 130]) + struct.pack("!H", 2) + A6 + B6))
    F.append(e(130, 0, struct.pack("!HH", 1000, 0) + bytes(16) + bytes([2, 125]) + struct.pack("!H", 0)))
    F.append(e(130, 0, struct.pack("!HH", 1000, 0) + MC + b"\x00"))
    F.append(e(143, 0, struct.pack("!HH", 0, 2) + bytes([4, 0]) + struct.pack("!H", 1) + MC + A6 + bytes([1, 0, 0, 0]) + MC))
    F.append(e(143, 0, struct.pack("!HH", 0, 3) + bytes([4, 0]) + struct.pack("!H", 0) + MC))
    lla = b"\x01\x01" + bytes.fromhex("020000000001")
    tla = b"\x02\x01" + bytes.fromhex("020000000002")
    F.append(e(133, 0, bytes(4) + lla))
    F.append(e(133, 0, bytes(4)))
    pi = b"\x03\x04\x40\xc0" + struct.pack("!III", 2592000, 0xFFFFFFFF, 0) + bytes.fromhex("20010db8000100000000000000000000")
    mtu = b"\x05\x01\x00\x00" + struct.pack("!I", 1500)
    rdnss = b"\x19\x05\x00\x00" + struct.pack("!I", 600) + A6 + B6
    rinfo = b"\x18\x02\x30\x08" + struct.pack("!I", 300) + bytes.fromhex("20010db800020000")
    advi = b"\x07\x01\x00\x00" + struct.pack("!I", 1000)
    hai = b"\x08\x01" + struct.pack("!HHH", 0, 5, 60)
    unk = b"\x63\x01" + bytes(6)
    dnssl = b"\x1f\x03\x00\x00" + struct.pack("!I", 100) + b"\x07example\x03com\x00" + bytes(3)
    F.append(e(134, 0, bytes([64, 0xC8]) + struct.pack("!HII", 1800, 30000, 1000) + lla + mtu + pi + rdnss + rinfo + advi + hai + dnssl))
    F.append(e(134, 0, bytes([64, 0x00]) + struct.pack("!HII", 0, 0, 0) + unk))
    F.append(e(135, 0, bytes(4) + B6 + lla))
    F.append(e(135, 0, bytes(4) + B6 + b"\x0e\x01" + bytes(6)))
    F.append(e(136, 0, struct.pack("!I", 0xE0000000) + B6 + tla))
    F.append(e(136, 0, struct.pack("!I", 0) + B6))
    F.append(e(137, 0, bytes(4) + B6 + C6 + tla + b"\x04\x02" + bytes(14)))
    F.append(e(141, 0, bytes(4)))
    F.append(e(144, 0, struct.pack("!HH", 0x1234, 0)))
    F.append(e(145, 0, struct.pack("!HH", 0x1234, 0) + A6 + B6))
    F.append(e(146, 0, struct.pack("!HH", 0x1234, 0)))
    F.append(e(147, 0, struct.pack("!HH", 0x1234, 0xC000) + pi))
    # RPL (RFC 6550)
    dagid = bytes.fromhex("20010db8000000000000000000000099")
    F.append(e(155, 0, bytes([0, 0]) + bytes(6)))
    F.append(e(155, 1, bytes([1, 2, 1, 0, 0x88 | 0x10 | 3, 7, 0, 0]) + dagid
               + b"\x00" + b"\x04\x0e" + bytes(14) + b"\x08\x02\x40\x00"))
    F.append(e(155, 1, bytes([1, 2, 1, 0, 0x08, 7, 0, 0])))
    F.append(e(155, 2, bytes([42, 0xC0, 0, 10]) + dagid + b"\x05\x12\x00\x80" + bytes(16)))
    F.append(e(155, 2, bytes([42, 0x00, 0, 11]) + bytes(16)))
    F.append(e(155, 2, bytes([42, 0x40, 0, 11]) + bytes(8)))
    F.append(e(155, 3, bytes([43, 0x80, 11, 0]) + dagid))
    F.append(e(155, 3, bytes([43, 0x00, 11, 0])))
    F.append(e(155, 0x81, bytes(8)))
    F.append(e(155, 9, bytes(8)))
    F.append(e(200, 0, bytes(8)))
    F.append(e(99, 0, bytes(12)))
    full = e(135, 0, bytes(4) + B6 + lla)
    for cap in (14 + 40 + 1, 14 + 40 + 4, 14 + 40 + 12, 14 + 40 + 24, 14 + 40 + 26, 14 + 40 + 30):
        F.append((full, cap))
    ra = e(134, 0, bytes([64, 0xC8]) + struct.pack("!HII", 1800, 30000, 1000) + lla + pi)
    for cap in (14 + 40 + 10, 14 + 40 + 20, 14 + 40 + 30, 14 + 40 + 40, 14 + 40 + 50):
        F.append((ra, cap))
    return F


def frames() -> list[bytes | tuple[bytes, int]]:
    """ICMP frames, then ICMPv6 frames (a tuple: the frame and its captured length)."""
    return icmp_frames() + icmp6_frames()


# tcpdump 4.99.3's text for frames(), by flags (recorded with tcpdump -n -tt FLAGS -r)
EXPECTED: dict[str, list[str]] = {
    '': [
        'IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64',
        'IP 10.0.0.1 > 10.0.0.2: ICMP echo reply, id 1, seq 1, length 64',
        'IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64',
        'IP 10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 protocol 17 unreachable, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 udp port 33434 unreachable, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - need to frag (mtu 1400), length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - source route failed, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable - unknown, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - unknown, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - source host isolated, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable - admin prohibited, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - admin prohibited, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable - tos prohibited, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - tos prohibited, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - admin prohibited filter, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - host precedence violation, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - precedence cutoff, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - need to frag, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 tcp port 80 unreachable, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 protocol 47 port 0 unreachable, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - #99, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP source quench, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP redirect 10.0.0.3 to net 10.0.0.254, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP redirect 10.0.0.3 to host 10.0.0.254, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP redirect-tos 10.0.0.3 to net 10.0.0.254, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP redirect-tos 10.0.0.3 to host 10.0.0.254, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP redirect-#4 10.0.0.3 to 10.0.0.254, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP time exceeded in-transit, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP ip reassembly time exceeded, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP time exceeded-#2, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP parameter problem - octet 20, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP parameter problem - code 1, length 36',
        'IP 10.0.0.1 > 10.0.0.2: ICMP time stamp query id 5 seq 6, length 20',
        'IP 10.0.0.1 > 10.0.0.2: ICMP time stamp reply id 5 seq 6: org 01:02:03.004, recv 12:34:56.789, xmit 23:59:59.999, length 20',
        'IP 10.0.0.1 > 10.0.0.2: ICMP information request, length 8',
        'IP 10.0.0.1 > 10.0.0.2: ICMP information reply, length 8',
        'IP 10.0.0.1 > 10.0.0.2: ICMP address mask request, length 12',
        'IP 10.0.0.1 > 10.0.0.2: ICMP address mask is 0xffffff00, length 12',
        'IP 10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 30:00 2: {10.0.0.1 5} {10.0.0.2 4294967295}, length 24',
        'IP 10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 30 1: {10.0.0.1 5}, length 16',
        'IP 10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 2:01:40 1: {10.0.0.1 5}, length 16',
        'IP 10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 2:01:40 1: [size 3], length 20',
        'IP 10.0.0.1 > 10.0.0.2: ICMP router solicitation, length 8',
        'IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 8',
        'IP 10.0.0.1 > 10.0.0.2: ICMP time exceeded in-transit, length 160',
        'IP 10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 udp port 33434 unreachable, length 160',
        'IP 10.0.0.1 > 10.0.0.2: ICMP time exceeded in-transit, length 160',
        'IP 10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP 10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP 10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP 10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64',
        'IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64',
        'IP 10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP 10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP 10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP 10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP 10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP 10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP 10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 udp port 33434 unreachable, length 36',
        'IP 10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP6 fe80::1 > fe80::2: ICMP6, echo request, id 7, seq 8, length 40',
        'IP6 fe80::1 > fe80::2: ICMP6, echo reply, id 7, seq 8, length 40',
        'IP6 fe80::1 > fe80::2: ICMP6, echo request, id 7, seq 8, length 40',
        'IP6 fe80::1 > fe80::2: ICMP6, destination unreachable, unreachable route 2001:db8::3, length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, destination unreachable,  unreachable prohibited 2001:db8::3, length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, destination unreachable, beyond scope 2001:db8::3, source address fe80::2, length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, destination unreachable, unreachable address 2001:db8::3, length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, destination unreachable, unreachable port, 2001:db8::3 udp port 33434, length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, destination unreachable, unknown unreach code (5)\n\t0x0000:  0105 3c24 0000 0000 6000 0000 0010 1140\n\t0x0010:  fe80 0000 0000 0000 0000 0000 0000 0002\n\t0x0020:  2001 0db8 0000 0000 0000 0000 0000 0003\n\t0x0030:  1388 829a 0010 0000 6162 6364 6566 6768',
        'IP6 fe80::1 > fe80::2: ICMP6, destination unreachable, unknown unreach code (6)\n\t0x0000:  0106 3c23 0000 0000 6000 0000 0010 1140\n\t0x0010:  fe80 0000 0000 0000 0000 0000 0000 0002\n\t0x0020:  2001 0db8 0000 0000 0000 0000 0000 0003\n\t0x0030:  1388 829a 0010 0000 6162 6364 6566 6768',
        'IP6 fe80::1 > fe80::2: ICMP6, destination unreachable, unreachable port, 2001:db8::3 tcp port 80, length 68',
        'IP6 fe80::1 > fe80::2: ICMP6, destination unreachable, unreachable port, 2001:db8::3 udp port 53, length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, packet too big, mtu 1280, length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, time exceeded in-transit for 2001:db8::3, length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, time exceeded in-transit (reassembly), length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, time exceeded in-transit, unknown code (2), length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, parameter problem, erroneous - octet 40, length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, parameter problem, next header - octet 40, length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, parameter problem, option - octet 40, length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, parameter problem, incomplete header chain - octet 40, length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, parameter problem, code-#4, length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, multicast listener querymax resp delay: 1000 addr: ff02::1, length 24',
        'IP6 fe80::1 > fe80::2: ICMP6, multicast listener reportmax resp delay: 0 addr: ff02::1, length 24',
        'IP6 fe80::1 > fe80::2: ICMP6, multicast listener donemax resp delay: 0 addr: ff02::1, length 24',
        'IP6 fe80::1 > fe80::2: ICMP6, multicast listener query v2 [gaddr ff02::1, 2 source(s)], length 60',
        'IP6 fe80::1 > fe80::2: ICMP6, multicast listener query v2 [gaddr ::], length 28',
        'IP6 fe80::1 > fe80::2: ICMP6, multicast listener query unknown-version (len 25) , length 25',
        'IP6 fe80::1 > fe80::2: ICMP6, multicast listener report v2, 2 group record(s), length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, multicast listener report v2, 3 group record(s), length 28',
        'IP6 fe80::1 > fe80::2: ICMP6, router solicitation, length 16',
        'IP6 fe80::1 > fe80::2: ICMP6, router solicitation, length 8',
        'IP6 fe80::1 > fe80::2: ICMP6, router advertisement, length 160',
        'IP6 fe80::1 > fe80::2: ICMP6, router advertisement, length 24',
        'IP6 fe80::1 > fe80::2: ICMP6, neighbor solicitation, who has fe80::2, length 32',
        'IP6 fe80::1 > fe80::2: ICMP6, neighbor solicitation, who has fe80::2, length 32',
        'IP6 fe80::1 > fe80::2: ICMP6, neighbor advertisement, tgt is fe80::2, length 32',
        'IP6 fe80::1 > fe80::2: ICMP6, neighbor advertisement, tgt is fe80::2, length 24',
        'IP6 fe80::1 > fe80::2: ICMP6, redirect, 2001:db8::3 to fe80::2, length 64',
        'IP6 fe80::1 > fe80::2: ICMP6, inverse neighbor solicitation, length 8',
        'IP6 fe80::1 > fe80::2: ICMP6, ha discovery request, id 0x1234, length 8',
        'IP6 fe80::1 > fe80::2: ICMP6, ha discovery reply, length 40',
        'IP6 fe80::1 > fe80::2: ICMP6, mobile router solicitation, id 0x1234, length 8',
        'IP6 fe80::1 > fe80::2: ICMP6, mobile router advertisement, length 40',
        'IP6 fe80::1 > fe80::2: ICMP6, RPL, (CLR)DODAG Information Solicitation, length 12',
        'IP6 fe80::1 > fe80::2: ICMP6, RPL, (CLR)DODAG Information Object, length 49',
        'IP6 fe80::1 > fe80::2: ICMP6, RPL, (CLR)DODAG Information Object, length 12',
        'IP6 fe80::1 > fe80::2: ICMP6, RPL, (CLR)Destination Advertisement Object, length 44',
        'IP6 fe80::1 > fe80::2: ICMP6, RPL, (CLR)Destination Advertisement Object, length 24',
        'IP6 fe80::1 > fe80::2: ICMP6, RPL, (CLR)Destination Advertisement Object, length 16',
        'IP6 fe80::1 > fe80::2: ICMP6, RPL, (CLR)Destination Advertisement Object Ack, length 24',
        'IP6 fe80::1 > fe80::2: ICMP6, RPL, (CLR)Destination Advertisement Object Ack, length 8',
        'IP6 fe80::1 > fe80::2: ICMP6, RPL, (SEC) [worktodo], length 12',
        'IP6 fe80::1 > fe80::2: ICMP6, RPL, (CLR)RPL message, unknown code 9, length 12',
        'IP6 fe80::1 > fe80::2: ICMP6, mtrace response, length 12\n\t0x0000:  c800 3ab4 0000 0000 0000 0000',
        'IP6 fe80::1 > fe80::2: ICMP6, unknown icmp6 type (99), length 16\n\t0x0000:  6300 9fb0 0000 0000 0000 0000 0000 0000',
        'IP6 fe80::1 > fe80::2: ICMP6, neighbor solicitation [|icmp6]',
        'IP6 fe80::1 > fe80::2: ICMP6, neighbor solicitation [|icmp6]',
        'IP6 fe80::1 > fe80::2: ICMP6, neighbor solicitation [|icmp6]',
        'IP6 fe80::1 > fe80::2: ICMP6, neighbor solicitation, who has fe80::2, length 32',
        'IP6 fe80::1 > fe80::2: ICMP6, neighbor solicitation, who has fe80::2, length 32',
        'IP6 fe80::1 > fe80::2: ICMP6, neighbor solicitation, who has fe80::2, length 32',
        'IP6 fe80::1 > fe80::2: ICMP6, router advertisement, length 56',
        'IP6 fe80::1 > fe80::2: ICMP6, router advertisement, length 56',
        'IP6 fe80::1 > fe80::2: ICMP6, router advertisement, length 56',
        'IP6 fe80::1 > fe80::2: ICMP6, router advertisement, length 56',
        'IP6 fe80::1 > fe80::2: ICMP6, router advertisement, length 56',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2: ICMP echo reply, id 1, seq 1, length 64',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64 (wrong icmp cksum 1234 (->f7fd)!)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 protocol 17 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 udp port 33434 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - need to frag (mtu 1400), length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - source route failed, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable - unknown, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - unknown, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - source host isolated, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable - admin prohibited, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - admin prohibited, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable - tos prohibited, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - tos prohibited, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - admin prohibited filter, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - host precedence violation, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - precedence cutoff, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - need to frag, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 tcp port 80 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40)\n    10.0.0.2.5000 > 10.0.0.3.80:  [|tcp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 protocol 47 port 0 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto GRE (47), length 28)\n    10.0.0.2 > 10.0.0.3: GREv0, Flags [none], length 8\n\tgre-proto-0x0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - #99, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP source quench, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP redirect 10.0.0.3 to net 10.0.0.254, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP redirect 10.0.0.3 to host 10.0.0.254, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP redirect-tos 10.0.0.3 to net 10.0.0.254, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP redirect-tos 10.0.0.3 to host 10.0.0.254, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP redirect-#4 10.0.0.3 to 10.0.0.254, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP time exceeded in-transit, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP ip reassembly time exceeded, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP time exceeded-#2, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP parameter problem - octet 20, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP parameter problem - code 1, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 40)\n    10.0.0.1 > 10.0.0.2: ICMP time stamp query id 5 seq 6, length 20',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 40)\n    10.0.0.1 > 10.0.0.2: ICMP time stamp reply id 5 seq 6: org 01:02:03.004, recv 12:34:56.789, xmit 23:59:59.999, length 20',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 28)\n    10.0.0.1 > 10.0.0.2: ICMP information request, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 28)\n    10.0.0.1 > 10.0.0.2: ICMP information reply, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 32)\n    10.0.0.1 > 10.0.0.2: ICMP address mask request, length 12',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 32)\n    10.0.0.1 > 10.0.0.2: ICMP address mask is 0xffffff00, length 12',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 44)\n    10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 30:00 2: {10.0.0.1 5} {10.0.0.2 4294967295}, length 24',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 30 1: {10.0.0.1 5}, length 16',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 2:01:40 1: {10.0.0.1 5}, length 16',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 40)\n    10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 2:01:40 1: [size 3], length 20',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 28)\n    10.0.0.1 > 10.0.0.2: ICMP router solicitation, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 28)\n    10.0.0.1 > 10.0.0.2: ICMP type-#42, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 180)\n    10.0.0.1 > 10.0.0.2: ICMP time exceeded in-transit, length 160\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 12\n\tICMP Multi-Part extension v2, checksum 0xb9ca (correct), length 24\n\t  MPLS Stack Entry Object (1), Class-Type: 1, length 8\n\t    label 16000, tc 5, [S], ttl 7\n\t  Interface Identification Object (2), Class-Type: 14, length 12\n\t    0x0000:  0000 000f 0a0a 0a0a',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 180)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 udp port 33434 unreachable, length 160\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 12\n\tICMP Multi-Part extension v2, checksum 0xb9ca (correct), length 24\n\t  MPLS Stack Entry Object (1), Class-Type: 1, length 8\n\t    label 16000, tc 5, [S], ttl 7\n\t  Interface Identification Object (2), Class-Type: 14, length 12\n\t    0x0000:  0000 000f 0a0a 0a0a',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 180)\n    10.0.0.1 > 10.0.0.2: ICMP time exceeded in-transit, length 160\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.2.5000 > 10.0.0.3.33434: UDP, length 12\n\tICMP Multi-Part extension v1 packet not supported',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 udp port 33434 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434:  [|udp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 40)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 40) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, echo request, id 7, seq 8',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 40) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, echo reply, id 7, seq 8',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 40) fe80::1 > fe80::2: [bad icmp6 cksum 0x1234 -> 0x8289!] ICMP6, echo request, id 7, seq 8',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unreachable route 2001:db8::3',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable,  unreachable prohibited 2001:db8::3',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, beyond scope 2001:db8::3, source address fe80::2',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unreachable address 2001:db8::3',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unreachable port, 2001:db8::3 udp port 33434',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unknown unreach code (5)\n\t0x0000:  0105 3c24 0000 0000 6000 0000 0010 1140\n\t0x0010:  fe80 0000 0000 0000 0000 0000 0000 0002\n\t0x0020:  2001 0db8 0000 0000 0000 0000 0000 0003\n\t0x0030:  1388 829a 0010 0000 6162 6364 6566 6768',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unknown unreach code (6)\n\t0x0000:  0106 3c23 0000 0000 6000 0000 0010 1140\n\t0x0010:  fe80 0000 0000 0000 0000 0000 0000 0002\n\t0x0020:  2001 0db8 0000 0000 0000 0000 0000 0003\n\t0x0030:  1388 829a 0010 0000 6162 6364 6566 6768',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 68) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unreachable port, 2001:db8::3 tcp port 80',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unreachable port, 2001:db8::3 udp port 53',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, packet too big, mtu 1280',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, time exceeded in-transit for 2001:db8::3',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, time exceeded in-transit (reassembly)',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, time exceeded in-transit, unknown code (2)',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, parameter problem, erroneous - octet 40',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, parameter problem, next header - octet 40',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, parameter problem, option - octet 40',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, parameter problem, incomplete header chain - octet 40',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, parameter problem, code-#4',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener querymax resp delay: 1000 addr: ff02::1',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener reportmax resp delay: 0 addr: ff02::1',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener donemax resp delay: 0 addr: ff02::1',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 60) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener query v2 [max resp delay=115712] [gaddr ff02::1 sflag robustness=2 qqi=144, 2 source(s)]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 28) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener query v2 [max resp delay=1000] [gaddr :: robustness=2 qqi=125]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 25) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener query unknown-version (len 25) ',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener report v2, 2 group record(s) [gaddr ff02::1 to_ex, 1 source(s)] [gaddr ff02::1 is_in, 0 source(s)]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 28) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener report v2, 3 group record(s) [gaddr ff02::1 to_ex, 0 source(s)] [invalid number of groups]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, router solicitation, length 16\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, router solicitation, length 8',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 160) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, router advertisement, length 160\n\thop limit 64, Flags [managed, other stateful], pref high, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01\n\t  mtu option (5), length 8 (1):  1500\n\t  prefix info option (3), length 32 (4): 2001:db8:1::/64, Flags [onlink, auto], valid time 2592000s, pref. time infinity\n\t  rdnss option (25), length 40 (5):  lifetime 600s, addr: fe80::1 addr: fe80::2\n\t  route info option (24), length 16 (2):  2001:db8:2::/48, pref=high, lifetime=300s\n\t  advertisement interval option (7), length 8 (1):  1000ms\n\t  homeagent information option (8), length 8 (1):  preference 5, lifetime 60\n\t  dnssl option (31), length 24 (3):  lifetime 100s, domain(s): example.com.',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, router advertisement, length 24\n\thop limit 64, Flags [none], pref medium, router lifetime 0s, reachable time 0ms, retrans timer 0ms\n\t  unknown option (99), length 8 (1): \n\t  0x0000:  0000 0000 0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, neighbor solicitation, length 32, who has fe80::2\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, neighbor solicitation, length 32, who has fe80::2\n\t  unknown option (14), length 8 (1): \n\t  0x0000:  0000 0000 0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, neighbor advertisement, length 32, tgt is fe80::2, Flags [router, solicited, override]\n\t  destination link-address option (2), length 8 (1): 02:00:00:00:00:02',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, neighbor advertisement, length 24, tgt is fe80::2, Flags [none]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, redirect, length 64, 2001:db8::3 to fe80::2\n\t  destination link-address option (2), length 8 (1): 02:00:00:00:00:02\n\t  redirected header option (4), length 16 (2): \n\t    0x0000:  0201 0200 0000 0002 0402 0000 0000 0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, inverse neighbor solicitation',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, ha discovery request, id 0x1234',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 40) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, ha discovery reply, length 40, id 0x1234, fe80::1, fe80::2',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, mobile router solicitation, id 0x1234',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 40) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, mobile router advertisement, length 40, id 0x1234 MO\n\t  prefix info option (3), length 32 (4): 2001:db8:1::/64, Flags [onlink, auto], valid time 2592000s, pref. time infinity',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 12) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)DODAG Information Solicitation',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 49) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)DODAG Information Object [dagid:2001:db8::99,seq:7,instance:1,rank:256,grounded,mop:storing-multicast,prf:3]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 12) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)DODAG Information Object [length 8 < 24] (invalid)',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 44) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object [dagid:2001:db8::99,seq:10,instance:42,acK,Dagid,c0]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object [dagid:<elided>,seq:11,instance:42,00]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object Ack [dagid:2001:db8::99,seq:11,instance:43,status:0]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object Ack [dagid:<elided>,seq:11,instance:43,status:0]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 12) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (SEC) [worktodo]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 12) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)RPL message, unknown code 9',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 12) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, mtrace response, length 12\n\t0x0000:  c800 3ab4 0000 0000 0000 0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, unknown icmp6 type (99), length 16\n\t0x0000:  6300 9fb0 0000 0000 0000 0000 0000 0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32, who has fe80::2',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32, who has fe80::2 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32, who has fe80::2 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::1 > fe80::2: ICMP6, router advertisement, length 56 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::1 > fe80::2: ICMP6, router advertisement, length 56\n\thop limit 64, Flags [managed, other stateful], pref high, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::1 > fe80::2: ICMP6, router advertisement, length 56\n\thop limit 64, Flags [managed, other stateful], pref high, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::1 > fe80::2: ICMP6, router advertisement, length 56\n\thop limit 64, Flags [managed, other stateful], pref high, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::1 > fe80::2: ICMP6, router advertisement, length 56\n\thop limit 64, Flags [managed, other stateful], pref high, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01 [|icmp6]',
    ],
    '-vv': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2: ICMP echo reply, id 1, seq 1, length 64',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64 (wrong icmp cksum 1234 (->f7fd)!)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 protocol 17 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 udp port 33434 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - need to frag (mtu 1400), length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - source route failed, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable - unknown, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - unknown, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - source host isolated, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable - admin prohibited, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - admin prohibited, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable - tos prohibited, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - tos prohibited, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - admin prohibited filter, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - host precedence violation, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - precedence cutoff, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - need to frag, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 tcp port 80 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40)\n    10.0.0.2.5000 > 10.0.0.3.80:  [|tcp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 protocol 47 port 0 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto GRE (47), length 28)\n    10.0.0.2 > 10.0.0.3: GREv0, Flags [none], length 8\n\tgre-proto-0x0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - #99, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP source quench, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP redirect 10.0.0.3 to net 10.0.0.254, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP redirect 10.0.0.3 to host 10.0.0.254, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP redirect-tos 10.0.0.3 to net 10.0.0.254, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP redirect-tos 10.0.0.3 to host 10.0.0.254, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP redirect-#4 10.0.0.3 to 10.0.0.254, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP time exceeded in-transit, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP ip reassembly time exceeded, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP time exceeded-#2, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP parameter problem - octet 20, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP parameter problem - code 1, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 40)\n    10.0.0.1 > 10.0.0.2: ICMP time stamp query id 5 seq 6, length 20',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 40)\n    10.0.0.1 > 10.0.0.2: ICMP time stamp reply id 5 seq 6: org 01:02:03.004, recv 12:34:56.789, xmit 23:59:59.999, length 20',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 28)\n    10.0.0.1 > 10.0.0.2: ICMP information request, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 28)\n    10.0.0.1 > 10.0.0.2: ICMP information reply, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 32)\n    10.0.0.1 > 10.0.0.2: ICMP address mask request, length 12',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 32)\n    10.0.0.1 > 10.0.0.2: ICMP address mask is 0xffffff00, length 12',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 44)\n    10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 30:00 2: {10.0.0.1 5} {10.0.0.2 4294967295}, length 24',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 30 1: {10.0.0.1 5}, length 16',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 2:01:40 1: {10.0.0.1 5}, length 16',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 40)\n    10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 2:01:40 1: [size 3], length 20',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 28)\n    10.0.0.1 > 10.0.0.2: ICMP router solicitation, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 28)\n    10.0.0.1 > 10.0.0.2: ICMP type-#42, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 180)\n    10.0.0.1 > 10.0.0.2: ICMP time exceeded in-transit, length 160\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 12\n\tICMP Multi-Part extension v2, checksum 0xb9ca (correct), length 24\n\t  MPLS Stack Entry Object (1), Class-Type: 1, length 8\n\t    label 16000, tc 5, [S], ttl 7\n\t  Interface Identification Object (2), Class-Type: 14, length 12\n\t    0x0000:  0000 000f 0a0a 0a0a',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 180)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 udp port 33434 unreachable, length 160\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 12\n\tICMP Multi-Part extension v2, checksum 0xb9ca (correct), length 24\n\t  MPLS Stack Entry Object (1), Class-Type: 1, length 8\n\t    label 16000, tc 5, [S], ttl 7\n\t  Interface Identification Object (2), Class-Type: 14, length 12\n\t    0x0000:  0000 000f 0a0a 0a0a',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 180)\n    10.0.0.1 > 10.0.0.2: ICMP time exceeded in-transit, length 160\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 12\n\tICMP Multi-Part extension v1 packet not supported',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 udp port 33434 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434:  [|udp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 40)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 40) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, echo request, id 7, seq 8',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 40) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, echo reply, id 7, seq 8',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 40) fe80::1 > fe80::2: [bad icmp6 cksum 0x1234 -> 0x8289!] ICMP6, echo request, id 7, seq 8',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unreachable route 2001:db8::3',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable,  unreachable prohibited 2001:db8::3',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, beyond scope 2001:db8::3, source address fe80::2',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unreachable address 2001:db8::3',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unreachable port, 2001:db8::3 udp port 33434',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unknown unreach code (5)',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unknown unreach code (6)',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 68) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unreachable port, 2001:db8::3 tcp port 80',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unreachable port, 2001:db8::3 udp port 53',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, packet too big, mtu 1280',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, time exceeded in-transit for 2001:db8::3',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, time exceeded in-transit (reassembly)',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, time exceeded in-transit, unknown code (2)',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, parameter problem, erroneous - octet 40',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, parameter problem, next header - octet 40',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, parameter problem, option - octet 40',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, parameter problem, incomplete header chain - octet 40',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, parameter problem, code-#4',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener querymax resp delay: 1000 addr: ff02::1',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener reportmax resp delay: 0 addr: ff02::1',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener donemax resp delay: 0 addr: ff02::1',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 60) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener query v2 [max resp delay=115712] [gaddr ff02::1 sflag robustness=2 qqi=144 { fe80::1 fe80::2 }]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 28) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener query v2 [max resp delay=1000] [gaddr :: robustness=2 qqi=125]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 25) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener query unknown-version (len 25) ',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener report v2, 2 group record(s) [gaddr ff02::1 to_ex { fe80::1 }] [gaddr ff02::1 is_in { }]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 28) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener report v2, 3 group record(s) [gaddr ff02::1 to_ex { }] [invalid number of groups]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, router solicitation, length 16\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01\n\t    0x0000:  0200 0000 0001',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, router solicitation, length 8',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 160) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, router advertisement, length 160\n\thop limit 64, Flags [managed, other stateful], pref high, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01\n\t    0x0000:  0200 0000 0001\n\t  mtu option (5), length 8 (1):  1500\n\t    0x0000:  0000 0000 05dc\n\t  prefix info option (3), length 32 (4): 2001:db8:1::/64, Flags [onlink, auto], valid time 2592000s, pref. time infinity\n\t    0x0000:  40c0 0027 8d00 ffff ffff 0000 0000 2001\n\t    0x0010:  0db8 0001 0000 0000 0000 0000 0000\n\t  rdnss option (25), length 40 (5):  lifetime 600s, addr: fe80::1 addr: fe80::2\n\t    0x0000:  0000 0000 0258 fe80 0000 0000 0000 0000\n\t    0x0010:  0000 0000 0001 fe80 0000 0000 0000 0000\n\t    0x0020:  0000 0000 0002\n\t  route info option (24), length 16 (2):  2001:db8:2::/48, pref=high, lifetime=300s\n\t    0x0000:  3008 0000 012c 2001 0db8 0002 0000\n\t  advertisement interval option (7), length 8 (1):  1000ms\n\t    0x0000:  0000 0000 03e8\n\t  homeagent information option (8), length 8 (1):  preference 5, lifetime 60\n\t    0x0000:  0000 0005 003c\n\t  dnssl option (31), length 24 (3):  lifetime 100s, domain(s): example.com.\n\t    0x0000:  0000 0000 0064 0765 7861 6d70 6c65 0363\n\t    0x0010:  6f6d 0000 0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, router advertisement, length 24\n\thop limit 64, Flags [none], pref medium, router lifetime 0s, reachable time 0ms, retrans timer 0ms\n\t  unknown option (99), length 8 (1): \n\t    0x0000:  0000 0000 0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, neighbor solicitation, length 32, who has fe80::2\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01\n\t    0x0000:  0200 0000 0001',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, neighbor solicitation, length 32, who has fe80::2\n\t  unknown option (14), length 8 (1): \n\t    0x0000:  0000 0000 0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, neighbor advertisement, length 32, tgt is fe80::2, Flags [router, solicited, override]\n\t  destination link-address option (2), length 8 (1): 02:00:00:00:00:02\n\t    0x0000:  0200 0000 0002',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, neighbor advertisement, length 24, tgt is fe80::2, Flags [none]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, redirect, length 64, 2001:db8::3 to fe80::2\n\t  destination link-address option (2), length 8 (1): 02:00:00:00:00:02\n\t    0x0000:  0200 0000 0002\n\t  redirected header option (4), length 16 (2): \n\t    0x0000:  0201 0200 0000 0002 0402 0000 0000 0000\n\t    0x0000:  0000 0000 0000 0000 0000 0000 0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, inverse neighbor solicitation',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, ha discovery request, id 0x1234',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 40) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, ha discovery reply, length 40, id 0x1234, fe80::1, fe80::2',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, mobile router solicitation, id 0x1234',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 40) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, mobile router advertisement, length 40, id 0x1234 MO\n\t  prefix info option (3), length 32 (4): 2001:db8:1::/64, Flags [onlink, auto], valid time 2592000s, pref. time infinity\n\t    0x0000:  40c0 0027 8d00 ffff ffff 0000 0000 2001\n\t    0x0010:  0db8 0001 0000 0000 0000 0000 0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 12) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)DODAG Information Solicitation',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 49) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)DODAG Information Object [dagid:2001:db8::99,seq:7,instance:1,rank:256,grounded,mop:storing-multicast,prf:3] opt:pad1 opt:config len:16  opt:destprefix len:4 ',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 12) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)DODAG Information Object [length 8 < 24] (invalid)',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 44) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object [dagid:2001:db8::99,seq:10,instance:42,acK,Dagid,c0] opt:rpltarget len:20 ',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object [dagid:<elided>,seq:11,instance:42,00] opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object Ack [dagid:2001:db8::99,seq:11,instance:43,status:0]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object Ack [dagid:<elided>,seq:11,instance:43,status:0]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 12) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (SEC) [worktodo]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 12) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)RPL message, unknown code 9',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 12) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, mtrace response, length 12',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, unknown icmp6 type (99), length 16',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32, who has fe80::2',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32, who has fe80::2 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32, who has fe80::2 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::1 > fe80::2: ICMP6, router advertisement, length 56 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::1 > fe80::2: ICMP6, router advertisement, length 56\n\thop limit 64, Flags [managed, other stateful], pref high, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::1 > fe80::2: ICMP6, router advertisement, length 56\n\thop limit 64, Flags [managed, other stateful], pref high, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01\n\t    0x0000:  0200 0000 0001 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::1 > fe80::2: ICMP6, router advertisement, length 56\n\thop limit 64, Flags [managed, other stateful], pref high, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01\n\t    0x0000:  0200 0000 0001 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::1 > fe80::2: ICMP6, router advertisement, length 56\n\thop limit 64, Flags [managed, other stateful], pref high, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01\n\t    0x0000:  0200 0000 0001 [|icmp6]',
    ],
    '-vvv': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2: ICMP echo reply, id 1, seq 1, length 64',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64 (wrong icmp cksum 1234 (->f7fd)!)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 protocol 17 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 udp port 33434 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - need to frag (mtu 1400), length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - source route failed, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable - unknown, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - unknown, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - source host isolated, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable - admin prohibited, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - admin prohibited, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP net 10.0.0.3 unreachable - tos prohibited, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - tos prohibited, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - admin prohibited filter, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - host precedence violation, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.3 unreachable - precedence cutoff, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - need to frag, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 tcp port 80 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40)\n    10.0.0.2.5000 > 10.0.0.3.80:  [|tcp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 protocol 47 port 0 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto GRE (47), length 28)\n    10.0.0.2 > 10.0.0.3: GREv0, Flags [none], length 8\n\tgre-proto-0x0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 unreachable - #99, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP source quench, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP redirect 10.0.0.3 to net 10.0.0.254, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP redirect 10.0.0.3 to host 10.0.0.254, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP redirect-tos 10.0.0.3 to net 10.0.0.254, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP redirect-tos 10.0.0.3 to host 10.0.0.254, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP redirect-#4 10.0.0.3 to 10.0.0.254, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP time exceeded in-transit, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP ip reassembly time exceeded, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP time exceeded-#2, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP parameter problem - octet 20, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP parameter problem - code 1, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 40)\n    10.0.0.1 > 10.0.0.2: ICMP time stamp query id 5 seq 6, length 20',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 40)\n    10.0.0.1 > 10.0.0.2: ICMP time stamp reply id 5 seq 6: org 01:02:03.004, recv 12:34:56.789, xmit 23:59:59.999, length 20',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 28)\n    10.0.0.1 > 10.0.0.2: ICMP information request, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 28)\n    10.0.0.1 > 10.0.0.2: ICMP information reply, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 32)\n    10.0.0.1 > 10.0.0.2: ICMP address mask request, length 12',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 32)\n    10.0.0.1 > 10.0.0.2: ICMP address mask is 0xffffff00, length 12',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 44)\n    10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 30:00 2: {10.0.0.1 5} {10.0.0.2 4294967295}, length 24',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 30 1: {10.0.0.1 5}, length 16',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 2:01:40 1: {10.0.0.1 5}, length 16',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 40)\n    10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 2:01:40 1: [size 3], length 20',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 28)\n    10.0.0.1 > 10.0.0.2: ICMP router solicitation, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 28)\n    10.0.0.1 > 10.0.0.2: ICMP type-#42, length 8',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 180)\n    10.0.0.1 > 10.0.0.2: ICMP time exceeded in-transit, length 160\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 12\n\tICMP Multi-Part extension v2, checksum 0xb9ca (correct), length 24\n\t  MPLS Stack Entry Object (1), Class-Type: 1, length 8\n\t    label 16000, tc 5, [S], ttl 7\n\t  Interface Identification Object (2), Class-Type: 14, length 12\n\t    0x0000:  0000 000f 0a0a 0a0a',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 180)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 udp port 33434 unreachable, length 160\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 12\n\tICMP Multi-Part extension v2, checksum 0xb9ca (correct), length 24\n\t  MPLS Stack Entry Object (1), Class-Type: 1, length 8\n\t    label 16000, tc 5, [S], ttl 7\n\t  Interface Identification Object (2), Class-Type: 14, length 12\n\t    0x0000:  0000 000f 0a0a 0a0a',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 180)\n    10.0.0.1 > 10.0.0.2: ICMP time exceeded in-transit, length 160\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.2.5000 > 10.0.0.3.33434: [no cksum] UDP, length 12\n\tICMP Multi-Part extension v1 packet not supported',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)\n    10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 56)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.3 udp port 33434 unreachable, length 36\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.2.5000 > 10.0.0.3.33434:  [|udp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 40)\n    10.0.0.1 > 10.0.0.2:  [|icmp]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 40) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, echo request, id 7, seq 8',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 40) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, echo reply, id 7, seq 8',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 40) fe80::1 > fe80::2: [bad icmp6 cksum 0x1234 -> 0x8289!] ICMP6, echo request, id 7, seq 8',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unreachable route 2001:db8::3',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable,  unreachable prohibited 2001:db8::3',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, beyond scope 2001:db8::3, source address fe80::2',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unreachable address 2001:db8::3',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unreachable port, 2001:db8::3 udp port 33434',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unknown unreach code (5)',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unknown unreach code (6)',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 68) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unreachable port, 2001:db8::3 tcp port 80',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, destination unreachable, unreachable port, 2001:db8::3 udp port 53',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, packet too big, mtu 1280',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, time exceeded in-transit for 2001:db8::3',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, time exceeded in-transit (reassembly)',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, time exceeded in-transit, unknown code (2)',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, parameter problem, erroneous - octet 40',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, parameter problem, next header - octet 40',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, parameter problem, option - octet 40',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, parameter problem, incomplete header chain - octet 40',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, parameter problem, code-#4',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener querymax resp delay: 1000 addr: ff02::1',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener reportmax resp delay: 0 addr: ff02::1',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener donemax resp delay: 0 addr: ff02::1',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 60) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener query v2 [max resp delay=115712] [gaddr ff02::1 sflag robustness=2 qqi=144 { fe80::1 fe80::2 }]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 28) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener query v2 [max resp delay=1000] [gaddr :: robustness=2 qqi=125]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 25) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener query unknown-version (len 25) ',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener report v2, 2 group record(s) [gaddr ff02::1 to_ex { fe80::1 }] [gaddr ff02::1 is_in { }]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 28) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, multicast listener report v2, 3 group record(s) [gaddr ff02::1 to_ex { }] [invalid number of groups]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, router solicitation, length 16\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01\n\t    0x0000:  0200 0000 0001',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, router solicitation, length 8',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 160) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, router advertisement, length 160\n\thop limit 64, Flags [managed, other stateful], pref high, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01\n\t    0x0000:  0200 0000 0001\n\t  mtu option (5), length 8 (1):  1500\n\t    0x0000:  0000 0000 05dc\n\t  prefix info option (3), length 32 (4): 2001:db8:1::/64, Flags [onlink, auto], valid time 2592000s, pref. time infinity\n\t    0x0000:  40c0 0027 8d00 ffff ffff 0000 0000 2001\n\t    0x0010:  0db8 0001 0000 0000 0000 0000 0000\n\t  rdnss option (25), length 40 (5):  lifetime 600s, addr: fe80::1 addr: fe80::2\n\t    0x0000:  0000 0000 0258 fe80 0000 0000 0000 0000\n\t    0x0010:  0000 0000 0001 fe80 0000 0000 0000 0000\n\t    0x0020:  0000 0000 0002\n\t  route info option (24), length 16 (2):  2001:db8:2::/48, pref=high, lifetime=300s\n\t    0x0000:  3008 0000 012c 2001 0db8 0002 0000\n\t  advertisement interval option (7), length 8 (1):  1000ms\n\t    0x0000:  0000 0000 03e8\n\t  homeagent information option (8), length 8 (1):  preference 5, lifetime 60\n\t    0x0000:  0000 0005 003c\n\t  dnssl option (31), length 24 (3):  lifetime 100s, domain(s): example.com.\n\t    0x0000:  0000 0000 0064 0765 7861 6d70 6c65 0363\n\t    0x0010:  6f6d 0000 0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, router advertisement, length 24\n\thop limit 64, Flags [none], pref medium, router lifetime 0s, reachable time 0ms, retrans timer 0ms\n\t  unknown option (99), length 8 (1): \n\t    0x0000:  0000 0000 0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, neighbor solicitation, length 32, who has fe80::2\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01\n\t    0x0000:  0200 0000 0001',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, neighbor solicitation, length 32, who has fe80::2\n\t  unknown option (14), length 8 (1): \n\t    0x0000:  0000 0000 0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, neighbor advertisement, length 32, tgt is fe80::2, Flags [router, solicited, override]\n\t  destination link-address option (2), length 8 (1): 02:00:00:00:00:02\n\t    0x0000:  0200 0000 0002',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, neighbor advertisement, length 24, tgt is fe80::2, Flags [none]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 64) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, redirect, length 64, 2001:db8::3 to fe80::2\n\t  destination link-address option (2), length 8 (1): 02:00:00:00:00:02\n\t    0x0000:  0200 0000 0002\n\t  redirected header option (4), length 16 (2): \n\t    0x0000:  0201 0200 0000 0002 0402 0000 0000 0000\n\t    0x0000:  0000 0000 0000 0000 0000 0000 0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, inverse neighbor solicitation',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, ha discovery request, id 0x1234',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 40) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, ha discovery reply, length 40, id 0x1234, fe80::1, fe80::2',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, mobile router solicitation, id 0x1234',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 40) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, mobile router advertisement, length 40, id 0x1234 MO\n\t  prefix info option (3), length 32 (4): 2001:db8:1::/64, Flags [onlink, auto], valid time 2592000s, pref. time infinity\n\t    0x0000:  40c0 0027 8d00 ffff ffff 0000 0000 2001\n\t    0x0010:  0db8 0001 0000 0000 0000 0000 0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 12) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)DODAG Information Solicitation',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 49) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)DODAG Information Object [dagid:2001:db8::99,seq:7,instance:1,rank:256,grounded,mop:storing-multicast,prf:3] opt:pad1 opt:config len:16  0x0000:  0000 0000 0000 0000 0000 0000 0000 opt:destprefix len:4  0x0000:  4000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 12) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)DODAG Information Object [length 8 < 24] (invalid)',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 44) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object [dagid:2001:db8::99,seq:10,instance:42,acK,Dagid,c0] opt:rpltarget len:20  0x0000:  0080 0000 0000 0000 0000 0000 0000 0000 0x0010:  0000',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object [dagid:<elided>,seq:11,instance:42,00] opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1 opt:pad1',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 24) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object Ack [dagid:2001:db8::99,seq:11,instance:43,status:0]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object Ack [dagid:<elided>,seq:11,instance:43,status:0]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 12) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (SEC) [worktodo]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 12) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, RPL, (CLR)RPL message, unknown code 9',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 12) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, mtrace response, length 12',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 16) fe80::1 > fe80::2: [icmp6 sum ok] ICMP6, unknown icmp6 type (99), length 16',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32, who has fe80::2',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32, who has fe80::2 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 32) fe80::1 > fe80::2: ICMP6, neighbor solicitation, length 32, who has fe80::2 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::1 > fe80::2: ICMP6, router advertisement, length 56 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::1 > fe80::2: ICMP6, router advertisement, length 56\n\thop limit 64, Flags [managed, other stateful], pref high, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::1 > fe80::2: ICMP6, router advertisement, length 56\n\thop limit 64, Flags [managed, other stateful], pref high, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01\n\t    0x0000:  0200 0000 0001 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::1 > fe80::2: ICMP6, router advertisement, length 56\n\thop limit 64, Flags [managed, other stateful], pref high, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01\n\t    0x0000:  0200 0000 0001 [|icmp6]',
        'IP6 (hlim 64, next-header ICMPv6 (58) payload length: 56) fe80::1 > fe80::2: ICMP6, router advertisement, length 56\n\thop limit 64, Flags [managed, other stateful], pref high, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms\n\t  source link-address option (1), length 8 (1): 02:00:00:00:00:01\n\t    0x0000:  0200 0000 0001 [|icmp6]',
    ],
}


# --- helpers --------------------------------------------------------------------------------

N_ICMP = len(icmp_frames())
_ERRORS = (3, 4, 5, 11, 12)


def _opts(flags: str) -> Options:
    o = Options()
    for f in flags.split():
        if f.startswith("-v"):
            o.verbose = f.count("v")
    return o


def _lines(frs: list[bytes | tuple[bytes, int]], flags: str) -> list[str]:
    pr = Printer(_opts(flags), linktype=1, strict=True)
    return [pr.text(p) for p in _packets(frs)]


def _unit(frame: bytes | tuple[bytes, int], opts: Options) -> str:
    """"src > dst: " and the formatter's text for a frame built above."""
    data, cap = frame if isinstance(frame, tuple) else (frame, len(frame))
    data = data[:cap]
    ctx = Context(opts=opts)
    if data[12:14] == b"\x86\xdd":
        ctx.ip_version, ctx.src_raw, ctx.dst_raw = 6, data[22:38], data[38:54]
        ctx.src = socket.inet_ntop(socket.AF_INET6, ctx.src_raw)
        ctx.dst = socket.inet_ntop(socket.AF_INET6, ctx.dst_raw)
        rec6 = I6.decode_icmp6(data[54:], struct.unpack_from("!H", data, 18)[0], ctx)
        return f"{ctx.src} > {ctx.dst}: " + I6.format_icmp6(rec6, ctx)
    ctx.ip_version, ctx.src_raw, ctx.dst_raw = 4, data[26:30], data[30:34]
    ctx.src, ctx.dst = ".".join(map(str, ctx.src_raw)), ".".join(map(str, ctx.dst_raw))
    rec = I4.decode_icmp(data[34:], struct.unpack_from("!H", data, 16)[0] - 20, ctx)
    return f"{ctx.src} > {ctx.dst}: " + I4.format_icmp(rec, ctx)


def _quotes(i: int, frame: bytes | tuple[bytes, int], flags: str) -> bool:
    """An ICMP error that tcpdump follows with the quoted datagram (-v)."""
    data = frame[0] if isinstance(frame, tuple) else frame
    return i < N_ICMP and "-v" in flags and data[34] in _ERRORS


# --- recorded tcpdump text -------------------------------------------------------------------

def test_recorded_cases_cover_every_frame() -> None:
    n = len(frames())
    assert all(len(v) == n for v in EXPECTED.values())


@pytest.mark.parametrize("flags", sorted(EXPECTED))
def test_formatters_alone_match_recorded_tcpdump(flags: str) -> None:
    """format_icmp/format_icmp6 after the walker's "src > dst: "; for -v errors, the text up
    to the quoted datagram (which the walker prints)."""
    opts = _opts(flags)
    for i, (frame, want) in enumerate(zip(frames(), EXPECTED[flags])):
        text = _unit(frame, opts)
        if _quotes(i, frame, flags) and text.endswith("\n\t"):
            assert (text in want) and want.index(text) + len(text) < len(want), (i, want, text)
        else:
            assert want.endswith(text), (i, want, text)


@pytest.mark.parametrize("flags", sorted(EXPECTED))
def test_whole_lines_match_recorded_tcpdump(flags: str) -> None:
    got = _lines(frames(), flags)
    for i, (frame, g, want) in enumerate(zip(frames(), got, EXPECTED[flags])):
        if _quotes(i, frame, flags):
            continue        # see test_quoted_datagrams_match_recorded_tcpdump
        assert g == want, (i, want, g)


@pytest.mark.parametrize("flags", ["-v", "-vv"])
def test_quoted_datagrams_match_recorded_tcpdump(flags: str) -> None:
    """-v: the quoted datagram, decoded with the quoted header's length (no "truncated-ip")."""
    got = _lines(frames(), flags)
    for i, (frame, g, want) in enumerate(zip(frames(), got, EXPECTED[flags])):
        if _quotes(i, frame, flags):
            assert g == want, (i, want, g)


def test_timestamps_and_quoted_header_fields() -> None:
    assert I4.icmp_tstamp(3723004) == "01:02:03.004"
    assert I4.icmp_tstamp(86399999) == "23:59:59.999"
    ctx = Context(opts=Options(verbose=1))
    q = ip4(17, struct.pack("!HHHH", 5000, 33434, 16, 0) + b"abcdefgh")[:28]
    rec = I4.decode_icmp(icmp(3, 3, bytes(4) + q), 36, ctx)
    assert rec.quoted_length == 36
    assert rec.inner is None        # format_icmp prints the quote itself


def test_never_raises_on_damaged_messages() -> None:
    rnd = random.Random(4321)
    base4 = [bytes(f if isinstance(f, bytes) else f[0])[34:] for f in icmp_frames()]
    base6 = [bytes(f if isinstance(f, bytes) else f[0])[54:] for f in icmp6_frames()]
    for _ in range(2000):
        for base, v6 in ((base4, False), (base6, True)):
            msg = bytearray(rnd.choice(base))
            for _ in range(rnd.randrange(4)):
                if msg:
                    msg[rnd.randrange(len(msg))] = rnd.randrange(256)
            msg = msg[:rnd.randrange(len(msg) + 1)]
            length = rnd.randrange(120)
            for opts in (Options(), Options(verbose=2)):
                ctx = Context(opts=opts)
                if v6:
                    ctx.ip_version, ctx.src_raw, ctx.dst_raw = 6, A6, B6
                    r6 = I6.decode_icmp6(bytes(msg), length, ctx)
                    assert isinstance(I6.format_icmp6(r6, ctx), str)
                    r6.to_json()
                else:
                    ctx.ip_version, ctx.src_raw, ctx.dst_raw = 4, A, B
                    r4 = I4.decode_icmp(bytes(msg), length, ctx)
                    assert isinstance(I4.format_icmp(r4, ctx), str)
                    assert isinstance(I4.format_icmp_tail(r4, ctx), str)
                    r4.to_json()


# --- live comparisons with tcpdump ------------------------------------------------------------

@needs_tcpdump
@pytest.mark.parametrize("flags", ["", "-v", "-vv"])
def test_frames_match_tcpdump(tmp_path: Path, flags: str) -> None:
    path = tmp_path / "icmp.pcap"
    frs = frames()
    with PcapWriter(str(path), linktype=1, snaplen=262144) as w:
        for p in _packets(frs):
            w.write(p)
    want = _tcpdump(path, flags)
    assert len(want) == len(frs)
    for i, (frame, w_) in enumerate(zip(frs, want)):
        text = _unit(frame, _opts(flags))
        if _quotes(i, frame, flags) and text.endswith("\n\t"):
            assert text in w_, (i, w_, text)
        else:
            assert w_.endswith(text), (i, w_, text)


CORPUS_ICMP = ["icmp-icmp_print-oobr-1.pcap", "icmpv6.pcap",
               "icmpv6-ns-nonce.pcap", "icmpv6-ra-pref64.pcap", "icmp6-rfc8335.pcap",
               "icmp-rfc8335.pcap", "icmpv6-length-zero.pcapng", "icmpv6_opt24.pcap",
               "dhcp-rfc4388.pcap", "ipv6-bad-version.pcap", "icmpv6-rfc7112.pcap",
               "icmpv6-ni-flags.pcap", "icmpv6_nodeinfo_queryipv4.pcap",
               "icmpv6_nodeinfo_queryipv6.pcap", "icmpv6_nodeinfo_replyipv4.pcap",
               "icmpv6_nodeinfo_replyipv6.pcap", "icmpv6-RFC2894-RR.pcap", "rpl-14-dao.pcap",
               "rpl-19-pickdag.pcap", "rpl-26-senddaoack.pcap", "rpl-dao-oobr.pcap"]


@needs_corpus
@needs_tcpdump
@pytest.mark.parametrize("flags", ["", "-v", "-vv"])
@pytest.mark.parametrize("name", CORPUS_ICMP)
def test_corpus_icmp_lines_match_tcpdump(name: str, flags: str) -> None:
    """Whole lines of the corpus packets tcpdump prints as ICMP/ICMPv6."""
    path = CORPUS / "tcpdump" / name
    if not path.exists():
        pytest.skip(f"{name} not in this corpus")
    with open_reader(str(path)) as r:
        pkts = list(r)
        pr = Printer(_opts(flags), linktype=r.linktype, strict=True)
        got = [pr.text(p) for p in pkts]
    want = _tcpdump(path, flags)
    checked = 0
    for i, (g, w) in enumerate(zip(got, want)):
        if "ICMP" in w:
            checked += 1
            assert g == w, (i, w, g)
    if not checked:
        pytest.skip(f"no ICMP line of {name} is checked with {flags!r}")


def _tcpdump(path: Path, flags: str) -> list[str]:
    return tcpdump_file_texts(tcpdump_path(), path, flags)
