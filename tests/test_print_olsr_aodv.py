"""OLSR and AODV printing (printer/olsr.py, printer/aodv.py) against tcpdump 4.99.3.

The frames are built here: OLSR (UDP port 698) over IPv4 and IPv6 with HELLO
and HELLO-LQ links, TC and TC-LQ, MID, HNA (smart gateways among the
networks), name-service and unknown messages, bad message, link and entry
lengths and cut captures; AODV (UDP port 654) route requests, replies,
errors and acknowledgements over IPv4 and IPv6 (RFC 3561 and the IPv6
draft's types), with HELLO and other extensions, short messages and cut
captures.  ``EXPECTED`` holds tcpdump 4.99.3's text for them (``-n -tt``,
timestamps cut off), recorded once; with tcpdump installed they are also
compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, udp4, udp6

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=40))

A6 = bytes.fromhex("fe800000000000000218f3fffea9914e")
B6 = bytes.fromhex("ff020000000000000000000000000001")
C6 = bytes.fromhex("20010db8000000000000000000000042")


def frame4(payload: bytes, port: int) -> bytes:
    return ether(udp4("172.29.175.220", "255.255.255.255", port, port, payload))


def frame6(payload: bytes, port: int) -> bytes:
    return ether(udp6(A6, B6, port, port, payload), 0x86DD)


def ip4(s: str) -> bytes:
    return bytes(map(int, s.split(".")))


# --- OLSR ------------------------------------------------------------------

def msg4(mtype: int, body: bytes, vtime: int = 0x86, seq: int = 0x6CE5,
         length: int | None = None) -> bytes:
    n = 12 + len(body) if length is None else length
    return struct.pack("!BBH4sBBH", mtype, vtime, n, ip4("172.31.175.220"), 255, 0, seq) + body


def msg6(mtype: int, body: bytes, vtime: int = 0x2C, seq: int = 7,
         length: int | None = None) -> bytes:
    n = 24 + len(body) if length is None else length
    return struct.pack("!BBH16sBBH", mtype, vtime, n, C6, 64, 2, seq) + body


def olsr(*msgs: bytes, seq: int = 0xCE93, length: int | None = None) -> bytes:
    body = b"".join(msgs)
    return struct.pack("!HH", 4 + len(body) if length is None else length, seq) + body


def link(code: int, body: bytes, length: int | None = None) -> bytes:
    return struct.pack("!BBH", code, 0, 4 + len(body) if length is None else length) + body


def olsr_frames() -> list[bytes | tuple[bytes, int]]:
    hello = msg4(1, bytes([0, 0, 0x05, 3]) + link(0x06, ip4("10.0.0.1") + ip4("10.0.0.2")
                                                  + ip4("10.0.0.3") + ip4("10.0.0.4")
                                                  + ip4("10.0.0.5"))
                 + link(0x0B, ip4("10.0.0.9")) + link(0xFF, b""))
    hello_lq = msg4(201, bytes([0, 0, 0x05, 7]) + link(0x0A, ip4("172.29.175.221") + b"\xff\x80\0\0")
                    + link(0x01, ip4("172.31.175.221") + b"\x01\x02\0\0" + b"xy"))
    tc = msg4(2, struct.pack("!HH", 0x1234, 0) + ip4("10.1.1.1") + ip4("10.1.1.2") + b"ab")
    tc_lq = msg4(202, struct.pack("!HH", 0x4321, 0) + ip4("10.2.2.2") + b"\x64\xc8\0\0")
    mid = msg4(3, ip4("192.168.1.1") + ip4("192.168.2.1") + b"\x01")
    hna = msg4(4, bytes(5) + b"\x07\x4b\x4b" + ip4("10.175.220.0") + ip4("255.255.255.0")
               + bytes(5) + b"\x1e\x00\xff" + ip4("10.0.0.0") + ip4("255.0.255.0")
               + ip4("192.168.0.0") + ip4("255.255.0.0") + bytes(8) + b"abc")
    names = msg4(130, struct.pack("!HH", 1, 2) + struct.pack("!HH", 0, 5) + ip4("10.0.0.1")
                 + b"host1\0\0\0" + struct.pack("!HH", 1, 4) + ip4("10.0.0.2") + b"h\x01\x82z")
    names_bad = msg4(130, struct.pack("!HH", 1, 9) + bytes(8))
    names_bad2 = msg4(130, struct.pack("!HH", 1, 1) + struct.pack("!HH", 2, 40) + bytes(4))
    names_cut = msg4(130, struct.pack("!HH", 1, 1) + struct.pack("!HH", 2, 1) + bytes(5))
    power = msg4(128, bytes(range(20)))
    whole = frame4(olsr(hna, hello_lq, hello, tc, tc_lq, mid, names, power), 698)
    v6 = frame6(olsr(msg6(1, bytes([0, 0, 0x05, 3]) + link(0x06, ip4("10.0.0.1"))),
                     msg6(201, bytes([0, 0, 0x05, 3]) + link(0x06, A6 + b"\x80\x40\0\0")),
                     msg6(202, struct.pack("!HH", 9, 0) + C6 + b"\xff\xff\0\0"),
                     msg6(3, A6 + C6),
                     msg6(4, C6 + b"\xff" * 8 + bytes(8) + A6 + b"\xff\xfe" + bytes(14) + b"x"),
                     msg6(130, struct.pack("!HH", 1, 1) + struct.pack("!HH", 1, 3) + C6
                          + b"abc\0"),
                     msg6(99, b"\x01\x02\x03")), 698)
    return [whole, v6,
            frame4(olsr(msg4(1, b"\0\0")), 698), frame4(olsr(msg4(2, b"\0")), 698),
            frame4(olsr(msg4(1, bytes(4) + link(0, b"", length=2))), 698),
            frame4(olsr(msg4(1, bytes(4) + link(0, b"", length=40))), 698),
            frame4(olsr(names_bad, names_bad2), 698), frame4(olsr(names_cut), 698),
            frame4(olsr(msg4(130, b"\0\0")), 698),
            frame4(olsr(msg4(4, b"", length=2)), 698), frame4(olsr(msg4(4, b"", length=200)), 698),
            frame4(olsr(msg4(0, b"abcd"), hna), 698), frame4(olsr(msg4(4, b"", length=0)), 698),
            frame4(olsr(hna, length=30), 698), frame4(olsr(hna, length=2000), 698),
            frame4(olsr(), 698), frame4(b"\0\x10\0", 698), frame4(olsr(hna) + b"trailer", 698),
            frame6(olsr(msg6(4, b"", length=20)), 698),
            *[(whole, 42 + n) for n in (2, 4, 10, 20, 40, 60, 100, 200, 260)],
            *[(v6, 62 + n) for n in (20, 80, 200)]]


# --- AODV ------------------------------------------------------------------

def rreq4(t: int = 1, ext: bytes = b"") -> bytes:
    return (struct.pack("!BBBBI", t, 0xF8, 0, 3, 0x1234) + ip4("10.0.0.9") + struct.pack("!I", 77)
            + ip4("10.0.0.1") + struct.pack("!I", 5) + ext)


def rrep4(ext: bytes = b"") -> bytes:
    return (struct.pack("!BBBB", 2, 0xC0, 0x3F, 2) + ip4("10.0.0.9") + struct.pack("!I", 78)
            + ip4("10.0.0.1") + struct.pack("!I", 3000) + ext)


def rerr(t: int, flags: int, dests: list[tuple[bytes, int]], count: int | None = None) -> bytes:
    n = len(dests) if count is None else count
    return struct.pack("!BBBB", t, flags, 0, n) + b"".join(a + struct.pack("!I", s)
                                                          for a, s in dests)


def aodv_frames() -> list[bytes | tuple[bytes, int]]:
    hello = struct.pack("!BBI", 1, 4, 1000)
    rreq6 = struct.pack("!BBBBI", 1, 0, 0, 1, 9) + A6 + struct.pack("!I", 1) + C6 + struct.pack("!I", 2)
    rrep6 = struct.pack("!BBBB", 2, 0, 5, 1) + C6 + struct.pack("!I", 11) + A6 + struct.pack("!I", 9)
    d_rreq = struct.pack("!BBBBIII", 16, 0, 0, 4, 0xABCD, 1, 2) + C6 + A6
    d_rrep = struct.pack("!BBBBI", 17, 0, 24, 6, 12) + A6 + C6 + struct.pack("!I", 400)
    whole = frame4(rreq4(ext=hello), 654)
    return [whole, frame4(rreq4(ext=struct.pack("!BBH", 1, 2, 0) + bytes(2)), 654),
            frame4(rreq4(ext=b"\x07\x03abc"), 654), frame4(rreq4(ext=b"\x01\x04\0\0"), 654),
            frame4(rreq4(ext=b"\x05"), 654), frame4(rreq4(t=1)[:20], 654),
            frame4(rrep4(ext=b"\x01\x09" + bytes(9)), 654), frame4(rrep4(), 654),
            frame4(rerr(3, 0x80, [(ip4("10.9.9.9"), 4), (ip4("10.9.9.8"), 5)]), 654),
            frame4(rerr(3, 0, [(ip4("10.9.9.9"), 4)], count=3), 654),
            frame4(b"\x04\x00", 654), frame4(b"\x13", 654), frame4(b"\x63abc", 654),
            frame4(b"", 654),
            frame6(rreq6 + hello, 654), frame6(rrep6, 654), frame6(rrep6[:40], 654),
            frame6(rerr(3, 0, [(C6, 1), (A6, 2)]), 654), frame6(rerr(3, 0x7F, [(C6, 1)], 2), 654),
            frame6(d_rreq + b"\x02\x00", 654), frame4(d_rrep + hello, 654),
            frame6(rerr(18, 0x80, [(A6, 3)]), 654), frame6(d_rreq[:47], 654),
            frame6(b"\x04\x00", 654), frame6(b"\x13\x00", 654),
            *[(whole, 42 + n) for n in (1, 10, 24, 26, 29)],
            *[(frame4(rerr(3, 0, [(ip4("10.9.9.9"), 4), (ip4("10.9.9.8"), 5)]), 654), 42 + n)
              for n in (3, 10)]]


def frames() -> list[bytes | tuple[bytes, int]]:
    return olsr_frames() + aodv_frames()


EXPECTED: dict[str, Any] = {
    '': [
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308',
        'IP6 fe80::218:f3ff:fea9:914e.698 > ff02::1.698: OLSRv6, seq 0xce93, length 364',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 18',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 17',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 24',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 24',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 52',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 29',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 18',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 16',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 16',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 83',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 16',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 30',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 67',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 4',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4 [|olsr]',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 67',
        'IP6 fe80::218:f3ff:fea9:914e.698 > ff02::1.698: OLSRv6, seq 0xce93, length 28',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4 [|olsr]',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308',
        'IP 172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308',
        'IP6 fe80::218:f3ff:fea9:914e.698 > ff02::1.698: OLSRv6, seq 0xce93, length 364',
        'IP6 fe80::218:f3ff:fea9:914e.698 > ff02::1.698: OLSRv6, seq 0xce93, length 364',
        'IP6 fe80::218:f3ff:fea9:914e.698 > ff02::1.698: OLSRv6, seq 0xce93, length 364',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 30  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5\n\text HELLO 1000 ms',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 30  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5\n\text HELLO - bad length 2',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 29  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5\n\text 7 3',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 28  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5 [|aodv]',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 25  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv [|aodv]',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rrep 31  prefix 31 hops 2\n\tdst 10.0.0.9 dseq 78 src 10.0.0.1 3000 ms\n\text HELLO 0 ms',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rrep 20  prefix 31 hops 2\n\tdst 10.0.0.9 dseq 78 src 10.0.0.1 3000 ms',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rerr [D] [items 2] [20]: {10.9.9.9}(4) {10.9.9.8}(5)',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rerr  [items 3] [12]: {10.9.9.9}(4) [|aodv]',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rrep-ack 2',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rrep-ack 1',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv type 99 4',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  [|aodv]',
        'IP6 fe80::218:f3ff:fea9:914e.654 > ff02::1.654:  aodv v6 rreq 54  hops 1 id 0x00000009\n\tdst fe80::218:f3ff:fea9:914e seq 1 src 2001:db8::42 seq 2\n\text HELLO 1000 ms',
        'IP6 fe80::218:f3ff:fea9:914e.654 > ff02::1.654:  aodv rrep 44  prefix 5 hops 1\n\tdst 2001:db8::42 dseq 11 src fe80::218:f3ff:fea9:914e 9 ms',
        'IP6 fe80::218:f3ff:fea9:914e.654 > ff02::1.654:  aodv [|aodv]',
        'IP6 fe80::218:f3ff:fea9:914e.654 > ff02::1.654:  aodv rerr  [items 2] [44]: {2001:db8::42}(1) {fe80::218:f3ff:fea9:914e}(2)',
        'IP6 fe80::218:f3ff:fea9:914e.654 > ff02::1.654:  aodv rerr  [items 2] [24]: {2001:db8::42}(1) [|aodv]',
        'IP6 fe80::218:f3ff:fea9:914e.654 > ff02::1.654:  aodv rreq 50 [D] hops 4 id 0x0000abcd\n\tdst 2001:db8::42 seq 1 src fe80::218:f3ff:fea9:914e seq 2\n\text 2 0',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rrep 50  prefix 24 hops 6\n\tdst fe80::218:f3ff:fea9:914e dseq 12 src 2001:db8::42 400 ms\n\text HELLO 1000 ms',
        'IP6 fe80::218:f3ff:fea9:914e.654 > ff02::1.654:  aodv rerr [D] [items 1] [24]: {fe80::218:f3ff:fea9:914e}(3)',
        'IP6 fe80::218:f3ff:fea9:914e.654 > ff02::1.654:  aodv [|aodv]',
        'IP6 fe80::218:f3ff:fea9:914e.654 > ff02::1.654:  aodv rrep-ack 2',
        'IP6 fe80::218:f3ff:fea9:914e.654 > ff02::1.654:  aodv rrep-ack 2',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv [|aodv]',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv [|aodv]',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 30  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5 [|aodv]',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 30  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5 [|aodv]',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 30  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5 [|aodv]',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv [|aodv]',
        'IP 172.29.175.220.654 > 255.255.255.255.654:  aodv rerr  [items 2] [20]: [|aodv]',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 336)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 63\n\t  Advertised networks (total 6)\n\t    Smart-Gateway: LINKSPEED IPV4 IPV4-NAT 10000/10000, 10.175.220.0/24, Smart-Gateway: IPV4 IPV4-NAT IPV6 IPv6-PREFIX 0/0, 10.0.0.0/4294967295\n\t    192.168.0.0/16, 0.0.0.0/0\n\tHello-LQ Message (0xc9), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 42\n\t  hello-time 2.000s, MPR willingness 7\n\t    link-type Symmetric, neighbor-type Symmetric-MPR, len 12\n\t      neighbor 172.29.175.221, link-quality 100.00%, neighbor-link-quality 50.20%\n\t    link-type Asymmetric, neighbor-type Not-Neighbor, len 14\n\t      neighbor 172.31.175.221, link-quality 0.39%, neighbor-link-quality 0.78%\n\tHello Message (0x01), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 52\n\t  hello-time 2.000s, MPR willingness 3\n\t    link-type Symmetric, neighbor-type Symmetric, len 24\n\t      neighbor\n\t\t10.0.0.1 10.0.0.2 10.0.0.3 10.0.0.4 10.0.0.5 \n\t    link-type Lost, neighbor-type Symmetric-MPR, len 8\n\t      neighbor\n\t\t10.0.0.9 \n\t    link-type Lost, neighbor-type Unknown, len 4\n\t      neighbor\n\t\t\n\tTC Message (0x02), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 26\n\t    advertised neighbor seq 0x1234\n\t      neighbor\n\t\t10.1.1.1 10.1.1.2 \n\tTC-LQ Message (0xca), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 24\n\t    advertised neighbor seq 0x4321\n\t      neighbor 10.2.2.2, link-quality 39.22%, neighbor-link-quality 78.43%\n\tMID Message (0x03), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 21\n\t  interface address 192.168.1.1\n\t  interface address 192.168.2.1\n\tNameservice Message (0x82), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 44\n\t  Version 1, Entries 2\n\t    #0: type 000000, length 5, address 10.0.0.1, name "host1"\n\t    #1: type 0x0001, length 4, address 10.0.0.2, name "h^AM-^Bz"\n\tPowerinfo Message (0x80), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 32\n\t    0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n\t    0x0010:  1011 1213',
        'IP6 (hlim 64, next-header UDP (17) payload length: 372) fe80::218:f3ff:fea9:914e.698 > ff02::1.698: [udp sum ok] OLSRv6, seq 0xce93, length 364\n\tHello Message (0x01), originator 2001:db8::42, ttl 64, hop 2\n\t  vtime 288.000s, msg-seq 0x0007, length 36\n\t  hello-time 2.000s, MPR willingness 3\n\t    link-type Symmetric, neighbor-type Symmetric, len 8\n\t      neighbor\n\t\t10.0.0.1 \n\tHello-LQ Message (0xc9), originator 2001:db8::42, ttl 64, hop 2\n\t  vtime 288.000s, msg-seq 0x0007, length 52\n\t  hello-time 2.000s, MPR willingness 3\n\t    link-type Symmetric, neighbor-type Symmetric, len 24\n\t      neighbor fe80::218:f3ff:fea9:914e, link-quality 50.20%, neighbor-link-quality 25.10%\n\tTC-LQ Message (0xca), originator 2001:db8::42, ttl 64, hop 2\n\t  vtime 288.000s, msg-seq 0x0007, length 48\n\t    advertised neighbor seq 0x0009\n\t      neighbor 2001:db8::42, link-quality 100.00%, neighbor-link-quality 100.00%\n\tMID Message (0x03), originator 2001:db8::42, ttl 64, hop 2\n\t  vtime 288.000s, msg-seq 0x0007, length 56\n\t  interface address fe80::218:f3ff:fea9:914e\n\t  interface address 2001:db8::42\n\tHNA Message (0x04), originator 2001:db8::42, ttl 64, hop 2\n\t  vtime 288.000s, msg-seq 0x0007, length 89\n\t  Advertised networks (total 2)\n\t    #0: 2001:db8::42/64\n\t    #0: fe80::218:f3ff:fea9:914e/15\n\tNameservice Message (0x82), originator 2001:db8::42, ttl 64, hop 2\n\t  vtime 288.000s, msg-seq 0x0007, length 52\n\t  Version 1, Entries 1\n\t    #0: type 0x0001, length 3, address 2001:db8::42, name "abc"\n\tUnknown Message (0x63), originator 2001:db8::42, ttl 64, hop 2\n\t  vtime 288.000s, msg-seq 0x0007, length 27\n\t    0x0000:  0102 03',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 46)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 18\n\tHello Message (0x01), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 14 [|olsr]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 45)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 17\n\tTC Message (0x02), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 13 [|olsr]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 24\n\tHello Message (0x01), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 20\n\t  hello-time 0.062s, MPR willingness 0\n\t    link-type Unspecified, neighbor-type Not-Neighbor, len 2 (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 24\n\tHello Message (0x01), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 20\n\t  hello-time 0.062s, MPR willingness 0\n\t    link-type Unspecified, neighbor-type Not-Neighbor, len 40 (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 80)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 52\n\tNameservice Message (0x82), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 24\n\t  Version 1, Entries 9 (invalid)\n\tNameservice Message (0x82), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 24\n\t  Version 1, Entries 1\n\t    #0: type 0x0002, length 40 (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 57)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 29\n\tNameservice Message (0x82), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 25\n\t  Version 1, Entries 1\n\t    #0: type 0x0002, length 1 [|olsr]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 46)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 18\n\tNameservice Message (0x82), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 14 [|olsr]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 16\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 2 (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 16\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 200 (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 111)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 83',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 16',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 95)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 30\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 63 (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 95)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 67\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 63\n\t  Advertised networks (total 6)\n\t    Smart-Gateway: LINKSPEED IPV4 IPV4-NAT 10000/10000, 10.175.220.0/24, Smart-Gateway: IPV4 IPV4-NAT IPV6 IPv6-PREFIX 0/0, 10.0.0.0/4294967295\n\t    192.168.0.0/16, 0.0.0.0/0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 4',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4 [|olsr]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 102)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 67\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 63\n\t  Advertised networks (total 6)\n\t    Smart-Gateway: LINKSPEED IPV4 IPV4-NAT 10000/10000, 10.175.220.0/24, Smart-Gateway: IPV4 IPV4-NAT IPV6 IPv6-PREFIX 0/0, 10.0.0.0/4294967295\n\t    192.168.0.0/16, 0.0.0.0/0',
        'IP6 (hlim 64, next-header UDP (17) payload length: 36) fe80::218:f3ff:fea9:914e.698 > ff02::1.698: [udp sum ok] OLSRv6, seq 0xce93, length 28\n\tHNA Message (0x04), originator 2001:db8::42, ttl 64, hop 2\n\t  vtime 288.000s, msg-seq 0x0007, length 20 (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 336)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4 [|olsr]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 336)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308 [|olsr]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 336)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308 [|olsr]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 336)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 63\n\t  Advertised networks (total 6) [|olsr]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 336)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 63\n\t  Advertised networks (total 6)\n\t    Smart-Gateway: LINKSPEED IPV4 IPV4-NAT 10000/10000, 10.175.220.0/24, Smart-Gateway: IPV4 IPV4-NAT IPV6 IPv6-PREFIX 0/0 [|olsr]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 336)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 63\n\t  Advertised networks (total 6)\n\t    Smart-Gateway: LINKSPEED IPV4 IPV4-NAT 10000/10000, 10.175.220.0/24, Smart-Gateway: IPV4 IPV4-NAT IPV6 IPv6-PREFIX 0/0, 10.0.0.0/4294967295\n\t    192.168.0.0/16 [|olsr]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 336)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 63\n\t  Advertised networks (total 6)\n\t    Smart-Gateway: LINKSPEED IPV4 IPV4-NAT 10000/10000, 10.175.220.0/24, Smart-Gateway: IPV4 IPV4-NAT IPV6 IPv6-PREFIX 0/0, 10.0.0.0/4294967295\n\t    192.168.0.0/16, 0.0.0.0/0\n\tHello-LQ Message (0xc9), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 42\n\t  hello-time 2.000s, MPR willingness 7\n\t    link-type Symmetric, neighbor-type Symmetric-MPR, len 12\n\t      neighbor 172.29.175.221, link-quality 100.00%, neighbor-link-quality 50.20%\n\t    link-type Asymmetric, neighbor-type Not-Neighbor, len 14 [|olsr]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 336)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 63\n\t  Advertised networks (total 6)\n\t    Smart-Gateway: LINKSPEED IPV4 IPV4-NAT 10000/10000, 10.175.220.0/24, Smart-Gateway: IPV4 IPV4-NAT IPV6 IPv6-PREFIX 0/0, 10.0.0.0/4294967295\n\t    192.168.0.0/16, 0.0.0.0/0\n\tHello-LQ Message (0xc9), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 42\n\t  hello-time 2.000s, MPR willingness 7\n\t    link-type Symmetric, neighbor-type Symmetric-MPR, len 12\n\t      neighbor 172.29.175.221, link-quality 100.00%, neighbor-link-quality 50.20%\n\t    link-type Asymmetric, neighbor-type Not-Neighbor, len 14\n\t      neighbor 172.31.175.221, link-quality 0.39%, neighbor-link-quality 0.78%\n\tHello Message (0x01), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 52\n\t  hello-time 2.000s, MPR willingness 3\n\t    link-type Symmetric, neighbor-type Symmetric, len 24\n\t      neighbor\n\t\t10.0.0.1 10.0.0.2 10.0.0.3 10.0.0.4 10.0.0.5 \n\t    link-type Lost, neighbor-type Symmetric-MPR, len 8\n\t      neighbor\n\t\t10.0.0.9 \n\t    link-type Lost, neighbor-type Unknown, len 4\n\t      neighbor\n\t\t\n\tTC Message (0x02), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 26\n\t    advertised neighbor seq 0x1234\n\t      neighbor\n\t\t10.1.1.1 10.1.1.2 \n\tTC-LQ Message (0xca), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 24 [|olsr]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 336)\n    172.29.175.220.698 > 255.255.255.255.698: OLSRv4, seq 0xce93, length 308\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 63\n\t  Advertised networks (total 6)\n\t    Smart-Gateway: LINKSPEED IPV4 IPV4-NAT 10000/10000, 10.175.220.0/24, Smart-Gateway: IPV4 IPV4-NAT IPV6 IPv6-PREFIX 0/0, 10.0.0.0/4294967295\n\t    192.168.0.0/16, 0.0.0.0/0\n\tHello-LQ Message (0xc9), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 42\n\t  hello-time 2.000s, MPR willingness 7\n\t    link-type Symmetric, neighbor-type Symmetric-MPR, len 12\n\t      neighbor 172.29.175.221, link-quality 100.00%, neighbor-link-quality 50.20%\n\t    link-type Asymmetric, neighbor-type Not-Neighbor, len 14\n\t      neighbor 172.31.175.221, link-quality 0.39%, neighbor-link-quality 0.78%\n\tHello Message (0x01), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 52\n\t  hello-time 2.000s, MPR willingness 3\n\t    link-type Symmetric, neighbor-type Symmetric, len 24\n\t      neighbor\n\t\t10.0.0.1 10.0.0.2 10.0.0.3 10.0.0.4 10.0.0.5 \n\t    link-type Lost, neighbor-type Symmetric-MPR, len 8\n\t      neighbor\n\t\t10.0.0.9 \n\t    link-type Lost, neighbor-type Unknown, len 4\n\t      neighbor\n\t\t\n\tTC Message (0x02), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 26\n\t    advertised neighbor seq 0x1234\n\t      neighbor\n\t\t10.1.1.1 10.1.1.2 \n\tTC-LQ Message (0xca), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 24\n\t    advertised neighbor seq 0x4321\n\t      neighbor 10.2.2.2, link-quality 39.22%, neighbor-link-quality 78.43%\n\tMID Message (0x03), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 21\n\t  interface address 192.168.1.1\n\t  interface address 192.168.2.1\n\tNameservice Message (0x82), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 44\n\t  Version 1, Entries 2\n\t    #0: type 000000, length 5 [|olsr]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 372) fe80::218:f3ff:fea9:914e.698 > ff02::1.698: OLSRv6, seq 0xce93, length 364 [|olsr]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 372) fe80::218:f3ff:fea9:914e.698 > ff02::1.698: OLSRv6, seq 0xce93, length 364\n\tHello Message (0x01), originator 2001:db8::42, ttl 64, hop 2\n\t  vtime 288.000s, msg-seq 0x0007, length 36\n\t  hello-time 2.000s, MPR willingness 3\n\t    link-type Symmetric, neighbor-type Symmetric, len 8\n\t      neighbor\n\t\t10.0.0.1 \n\tHello-LQ Message (0xc9), originator 2001:db8::42, ttl 64, hop 2\n\t  vtime 288.000s, msg-seq 0x0007, length 52\n\t  hello-time 2.000s, MPR willingness 3\n\t    link-type Symmetric, neighbor-type Symmetric, len 24 [|olsr]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 372) fe80::218:f3ff:fea9:914e.698 > ff02::1.698: OLSRv6, seq 0xce93, length 364\n\tHello Message (0x01), originator 2001:db8::42, ttl 64, hop 2\n\t  vtime 288.000s, msg-seq 0x0007, length 36\n\t  hello-time 2.000s, MPR willingness 3\n\t    link-type Symmetric, neighbor-type Symmetric, len 8\n\t      neighbor\n\t\t10.0.0.1 \n\tHello-LQ Message (0xc9), originator 2001:db8::42, ttl 64, hop 2\n\t  vtime 288.000s, msg-seq 0x0007, length 52\n\t  hello-time 2.000s, MPR willingness 3\n\t    link-type Symmetric, neighbor-type Symmetric, len 24\n\t      neighbor fe80::218:f3ff:fea9:914e, link-quality 50.20%, neighbor-link-quality 25.10%\n\tTC-LQ Message (0xca), originator 2001:db8::42, ttl 64, hop 2\n\t  vtime 288.000s, msg-seq 0x0007, length 48\n\t    advertised neighbor seq 0x0009\n\t      neighbor 2001:db8::42, link-quality 100.00%, neighbor-link-quality 100.00%\n\tMID Message (0x03), originator 2001:db8::42, ttl 64, hop 2\n\t  vtime 288.000s, msg-seq 0x0007, length 56\n\t  interface address fe80::218:f3ff:fea9:914e\n\t  interface address 2001:db8::42 [|olsr]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 58)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 30  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5\n\text HELLO 1000 ms',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 58)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 30  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5\n\text HELLO - bad length 2',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 57)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 29  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5\n\text 7 3',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 28  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5 [|aodv]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 53)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 25  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv [|aodv]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 59)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rrep 31  prefix 31 hops 2\n\tdst 10.0.0.9 dseq 78 src 10.0.0.1 3000 ms\n\text HELLO 0 ms',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rrep 20  prefix 31 hops 2\n\tdst 10.0.0.9 dseq 78 src 10.0.0.1 3000 ms',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rerr [D] [items 2] [20]: {10.9.9.9}(4) {10.9.9.8}(5)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rerr  [items 3] [12]: {10.9.9.9}(4) [|aodv]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rrep-ack 2',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 29)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rrep-ack 1',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv type 99 4',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)\n    172.29.175.220.654 > 255.255.255.255.654:  [|aodv]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 62) fe80::218:f3ff:fea9:914e.654 > ff02::1.654: [udp sum ok]  aodv v6 rreq 54  hops 1 id 0x00000009\n\tdst fe80::218:f3ff:fea9:914e seq 1 src 2001:db8::42 seq 2\n\text HELLO 1000 ms',
        'IP6 (hlim 64, next-header UDP (17) payload length: 52) fe80::218:f3ff:fea9:914e.654 > ff02::1.654: [udp sum ok]  aodv rrep 44  prefix 5 hops 1\n\tdst 2001:db8::42 dseq 11 src fe80::218:f3ff:fea9:914e 9 ms',
        'IP6 (hlim 64, next-header UDP (17) payload length: 48) fe80::218:f3ff:fea9:914e.654 > ff02::1.654: [udp sum ok]  aodv [|aodv]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 52) fe80::218:f3ff:fea9:914e.654 > ff02::1.654: [udp sum ok]  aodv rerr  [items 2] [44]: {2001:db8::42}(1) {fe80::218:f3ff:fea9:914e}(2)',
        'IP6 (hlim 64, next-header UDP (17) payload length: 32) fe80::218:f3ff:fea9:914e.654 > ff02::1.654: [udp sum ok]  aodv rerr  [items 2] [24]: {2001:db8::42}(1) [|aodv]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 58) fe80::218:f3ff:fea9:914e.654 > ff02::1.654: [udp sum ok]  aodv rreq 50 [D] hops 4 id 0x0000abcd\n\tdst 2001:db8::42 seq 1 src fe80::218:f3ff:fea9:914e seq 2\n\text 2 0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 78)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rrep 50  prefix 24 hops 6\n\tdst fe80::218:f3ff:fea9:914e dseq 12 src 2001:db8::42 400 ms\n\text HELLO 1000 ms',
        'IP6 (hlim 64, next-header UDP (17) payload length: 32) fe80::218:f3ff:fea9:914e.654 > ff02::1.654: [udp sum ok]  aodv rerr [D] [items 1] [24]: {fe80::218:f3ff:fea9:914e}(3)',
        'IP6 (hlim 64, next-header UDP (17) payload length: 55) fe80::218:f3ff:fea9:914e.654 > ff02::1.654: [udp sum ok]  aodv [|aodv]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 10) fe80::218:f3ff:fea9:914e.654 > ff02::1.654: [udp sum ok]  aodv rrep-ack 2',
        'IP6 (hlim 64, next-header UDP (17) payload length: 10) fe80::218:f3ff:fea9:914e.654 > ff02::1.654: [udp sum ok]  aodv rrep-ack 2',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 58)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv [|aodv]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 58)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv [|aodv]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 58)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 30  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5 [|aodv]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 58)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 30  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5 [|aodv]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 58)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rreq 30  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5 [|aodv]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv [|aodv]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    172.29.175.220.654 > 255.255.255.255.654:  aodv rerr  [items 2] [20]: [|aodv]',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 336)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 308\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 63\n\t  Advertised networks (total 6)\n\t    Smart-Gateway: LINKSPEED IPV4 IPV4-NAT 10000/10000, 10.175.220.0/24, Smart-Gateway: IPV4 IPV4-NAT IPV6 IPv6-PREFIX 0/0, 10.0.0.0/4294967295\n\t    192.168.0.0/16, 0.0.0.0/0\n\tHello-LQ Message (0xc9), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 42\n\t  hello-time 2.000s, MPR willingness 7\n\t    link-type Symmetric, neighbor-type Symmetric-MPR, len 12\n\t      neighbor 172.29.175.221, link-quality 100.00%, neighbor-link-quality 50.20%\n\t    link-type Asymmetric, neighbor-type Not-Neighbor, len 14\n\t      neighbor 172.31.175.221, link-quality 0.39%, neighbor-link-quality 0.78%\n\tHello Message (0x01), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 52\n\t  hello-time 2.000s, MPR willingness 3\n\t    link-type Symmetric, neighbor-type Symmetric, len 24\n\t      neighbor\n\t\t10.0.0.1 10.0.0.2 10.0.0.3 10.0.0.4 10.0.0.5 \n\t    link-type Lost, neighbor-type Symmetric-MPR, len 8\n\t      neighbor\n\t\t10.0.0.9 \n\t    link-type Lost, neighbor-type Unknown, len 4\n\t      neighbor\n\t\t\n\tTC Message (0x02), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 26\n\t    advertised neighbor seq 0x1234\n\t      neighbor\n\t\t10.1.1.1 10.1.1.2 \n\tTC-LQ Message (0xca), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 24\n\t    advertised neighbor seq 0x4321\n\t      neighbor 10.2.2.2, link-quality 39.22%, neighbor-link-quality 78.43%\n\tMID Message (0x03), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 21\n\t  interface address 192.168.1.1\n\t  interface address 192.168.2.1\n\tNameservice Message (0x82), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 44\n\t  Version 1, Entries 2\n\t    #0: type 000000, length 5, address 10.0.0.1, name "host1"\n\t    #1: type 0x0001, length 4, address 10.0.0.2, name "h^AM-^Bz"\n\tPowerinfo Message (0x80), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 32\n\t    0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n\t    0x0010:  1011 1213',
            2: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 46)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 18\n\tHello Message (0x01), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 14 [|olsr]',
            3: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 45)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 17\n\tTC Message (0x02), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 13 [|olsr]',
            4: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 24\n\tHello Message (0x01), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 20\n\t  hello-time 0.062s, MPR willingness 0\n\t    link-type Unspecified, neighbor-type Not-Neighbor, len 2 (invalid)',
            5: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 24\n\tHello Message (0x01), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 20\n\t  hello-time 0.062s, MPR willingness 0\n\t    link-type Unspecified, neighbor-type Not-Neighbor, len 40 (invalid)',
            6: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 80)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 52\n\tNameservice Message (0x82), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 24\n\t  Version 1, Entries 9 (invalid)\n\tNameservice Message (0x82), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 24\n\t  Version 1, Entries 1\n\t    #0: type 0x0002, length 40 (invalid)',
            7: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 57)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 29\n\tNameservice Message (0x82), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 25\n\t  Version 1, Entries 1\n\t    #0: type 0x0002, length 1 [|olsr]',
            8: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 46)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 18\n\tNameservice Message (0x82), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 14 [|olsr]',
            9: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 16\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 2 (invalid)',
            10: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 16\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 200 (invalid)',
            11: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 111)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 83',
            12: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 16',
            13: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 95)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 30\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 63 (invalid)',
            14: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 95)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 67\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 63\n\t  Advertised networks (total 6)\n\t    Smart-Gateway: LINKSPEED IPV4 IPV4-NAT 10000/10000, 10.175.220.0/24, Smart-Gateway: IPV4 IPV4-NAT IPV6 IPv6-PREFIX 0/0, 10.0.0.0/4294967295\n\t    192.168.0.0/16, 0.0.0.0/0',
            15: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 4',
            16: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4 [|olsr]',
            17: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 102)\n    172.29.175.220.698 > 255.255.255.255.698: [udp sum ok] OLSRv4, seq 0xce93, length 67\n\tHNA Message (0x04), originator 172.31.175.220, ttl 255, hop 0\n\t  vtime 6.000s, msg-seq 0x6ce5, length 63\n\t  Advertised networks (total 6)\n\t    Smart-Gateway: LINKSPEED IPV4 IPV4-NAT 10000/10000, 10.175.220.0/24, Smart-Gateway: IPV4 IPV4-NAT IPV6 IPv6-PREFIX 0/0, 10.0.0.0/4294967295\n\t    192.168.0.0/16, 0.0.0.0/0',
            31: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 58)\n    172.29.175.220.654 > 255.255.255.255.654: [udp sum ok]  aodv rreq 30  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5\n\text HELLO 1000 ms',
            32: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 58)\n    172.29.175.220.654 > 255.255.255.255.654: [udp sum ok]  aodv rreq 30  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5\n\text HELLO - bad length 2',
            33: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 57)\n    172.29.175.220.654 > 255.255.255.255.654: [udp sum ok]  aodv rreq 29  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5\n\text 7 3',
            34: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    172.29.175.220.654 > 255.255.255.255.654: [udp sum ok]  aodv rreq 28  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5 [|aodv]',
            35: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 53)\n    172.29.175.220.654 > 255.255.255.255.654: [udp sum ok]  aodv rreq 25  hops 3 id 0x00001234\n\tdst 10.0.0.9 seq 77 src 10.0.0.1 seq 5',
            36: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    172.29.175.220.654 > 255.255.255.255.654: [udp sum ok]  aodv [|aodv]',
            37: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 59)\n    172.29.175.220.654 > 255.255.255.255.654: [udp sum ok]  aodv rrep 31  prefix 31 hops 2\n\tdst 10.0.0.9 dseq 78 src 10.0.0.1 3000 ms\n\text HELLO 0 ms',
            38: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    172.29.175.220.654 > 255.255.255.255.654: [udp sum ok]  aodv rrep 20  prefix 31 hops 2\n\tdst 10.0.0.9 dseq 78 src 10.0.0.1 3000 ms',
            39: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    172.29.175.220.654 > 255.255.255.255.654: [udp sum ok]  aodv rerr [D] [items 2] [20]: {10.9.9.9}(4) {10.9.9.8}(5)',
            40: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    172.29.175.220.654 > 255.255.255.255.654: [udp sum ok]  aodv rerr  [items 3] [12]: {10.9.9.9}(4) [|aodv]',
            41: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    172.29.175.220.654 > 255.255.255.255.654: [udp sum ok]  aodv rrep-ack 2',
            42: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 29)\n    172.29.175.220.654 > 255.255.255.255.654: [udp sum ok]  aodv rrep-ack 1',
            43: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    172.29.175.220.654 > 255.255.255.255.654: [udp sum ok]  aodv type 99 4',
            44: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)\n    172.29.175.220.654 > 255.255.255.255.654: [udp sum ok]  [|aodv]',
            51: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 78)\n    172.29.175.220.654 > 255.255.255.255.654: [udp sum ok]  aodv rrep 50  prefix 24 hops 6\n\tdst fe80::218:f3ff:fea9:914e dseq 12 src 2001:db8::42 400 ms\n\text HELLO 1000 ms',
            },
}
