"""NSH and VXLAN-GPE (printer/nsh.py), IPComp (ipcomp.py), IGRP (igrp.py), MPLS LSP
ping (lspping.py) and the LBL whiteboard (wb.py) against tcpdump 4.99.3.

The frames are built here (Ethernet): NSH on its Ethernet type with MD types
1 and 2 and each next protocol, a bad version, too few and too many headers;
VXLAN-GPE on UDP port 4790 carrying NSH, IPv4, Ethernet and an unknown
protocol; IPComp in IPv4 and IPv6; IGRP updates with interior, system and
exterior routes, extra bytes and missing routes; LSP ping requests and
replies with each Target FEC sub-TLV, downstream mappings, BFD
discriminators, vendor codes and bad lengths; whiteboard messages of each
type; and cut captures of all of them.  ``EXPECTED`` holds tcpdump 4.99.3's
text for them (``-n -tt``, time stamps cut off), recorded once; with tcpdump
installed they are also compared live.
"""

from __future__ import annotations

import socket
import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, ipv4, udp4, udp6

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=14))

A6 = socket.inet_pton(socket.AF_INET6, "2001:db8::1")
B6 = socket.inet_pton(socket.AF_INET6, "2001:db8::2")
INNER4 = udp4("192.168.0.1", "192.168.0.2", 10000, 20000, b"abcd")
INNER6 = udp6(A6, B6, 1000, 2000, b"xyz")
INNER_ETH = ether(INNER4)


# --- NSH and VXLAN-GPE ----------------------------------------------------------------

def nsh(words: int, md: int, np: int, body: bytes = b"", ver: int = 0, flags: int = 0,
        ttl: int = 63, spi: int = 0x309, si: int = 7) -> bytes:
    base = (ver << 30) | (flags << 28) | (ttl << 22) | (words << 16) | (md << 8) | np
    return struct.pack("!II", base, (spi << 8) | si) + body


MD1 = struct.pack("!IIII", 1, 2, 3, 4)
MD2 = struct.pack("!HBB", 1, 2, 1) + b"\x12\0\0\0" + struct.pack("!HBB", 2, 3, 0)


def nsh_frames() -> list[bytes | tuple[bytes, int]]:
    e = 0x894F
    return [
        ether(nsh(6, 1, 1, MD1 + INNER4, flags=2), e),
        ether(nsh(5, 2, 2, MD2 + INNER6), e),
        ether(nsh(2, 1, 3, INNER_ETH), e),
        ether(nsh(2, 1, 4, b"\0" * 8), e),
        ether(nsh(2, 1, 1, INNER4, ver=1), e),
        ether(nsh(1, 1, 1, INNER4), e),
        ether(nsh(40, 1, 1, INNER4), e),
        ether(b"\0\x06\x01\x01", e),
        (ether(nsh(6, 1, 1, MD1 + INNER4), e), 14 + 6),
        (ether(nsh(6, 1, 1, MD1 + INNER4), e), 14 + 12),
        (ether(nsh(6, 1, 1, MD1 + INNER4), e), 14 + 26),
    ]


def gpe(flags: int, np: int, payload: bytes, vni: int = 0xABCDEF) -> bytes:
    return ether(udp4("10.0.0.1", "10.0.0.2", 4790, 4790,
                      struct.pack("!BHBI", flags, 0, np, vni << 8) + payload))


def gpe_frames() -> list[bytes | tuple[bytes, int]]:
    return [
        gpe(0x0C, 4, nsh(2, 1, 1, INNER4, flags=2)),
        gpe(0x08, 1, INNER4), gpe(0x0B, 3, INNER_ETH), gpe(0x08, 2, INNER6),
        gpe(0x00, 9, b"\0" * 8),
        ether(udp4("10.0.0.1", "10.0.0.2", 4790, 4790, b"\x08\0\0")),
        (gpe(0x08, 1, INNER4), 42 + 4), (gpe(0x08, 1, INNER4), 42 + 7),
    ]


# --- IPComp and IGRP ---------------------------------------------------------------------

def ipcomp_frames() -> list[bytes | tuple[bytes, int]]:
    comp = struct.pack("!BBH", 4, 0, 0x1234) + b"\x9c" * 20
    six = struct.pack("!IHBB", 0x60000000, len(comp), 108, 64) + A6 + B6 + comp
    return [ether(ipv4("10.0.0.1", "10.0.0.2", 108, comp)), ether(six, 0x86DD),
            (ether(ipv4("10.0.0.1", "10.0.0.2", 108, comp)), 34 + 3)]


def igrp(op: int, nint: int, nsys: int, next_: int, entries: bytes, edition: int = 3) -> bytes:
    hdr = struct.pack("!BBHHHHH", 0x10 | op, edition, 100, nint, nsys, next_, 0xBEEF)
    return ether(ipv4("10.0.0.1", "255.255.255.255", 9, hdr + entries))


def route(a: int, b: int, c: int, delay: int = 2000, bw: int = 256, mtu: int = 1500) -> bytes:
    return (bytes([a, b, c]) + delay.to_bytes(3, "big") + bw.to_bytes(3, "big")
            + struct.pack("!HBBB", mtu, 255, 1, 2))


def igrp_frames() -> list[bytes | tuple[bytes, int]]:
    three = route(1, 2, 3) + route(10, 20, 0) + route(172, 16, 0, bw=0)
    return [
        igrp(1, 1, 1, 1, three), igrp(2, 0, 0, 0, b""), igrp(7, 1, 0, 0, route(5, 6, 7, 0xFFFFFF)),
        igrp(1, 1, 0, 0, three),                       # extra bytes
        igrp(1, 2, 1, 1, three),                       # a route missing
        igrp(1, 0, 0, 0, b"\x01\x02"),                 # bytes left over
        ether(ipv4("10.0.0.1", "10.0.0.2", 9, b"\x11\x01\0\x64\0\0\0\0")),  # short
        (igrp(1, 1, 1, 1, three), 34 + 10), (igrp(1, 1, 1, 1, three), 34 + 20),
        (igrp(1, 1, 1, 1, three), 34 + 30),
    ]


# --- LSP ping ------------------------------------------------------------------------------

def tlv(t: int, value: bytes, pad: bool = True) -> bytes:
    return struct.pack("!HH", t, len(value)) + value + (bytes(-len(value) % 4) if pad else b"")


def lsp(msg: int, tlvs: bytes, rc: int = 0, sub: int = 0, version: int = 1, seq: int = 1,
        rcvd: tuple[int, int] = (0, 0), sport: int = 4786, dport: int = 3503) -> bytes:
    head = struct.pack("!HHBBBBIIIIII", version, 0, msg, 2, rc, sub, 0x11, seq,
                       3900000000, 0x80000000, *rcvd)
    return ether(udp4("12.4.4.4", "127.0.0.1", sport, dport, head + tlvs))


IP4 = socket.inet_aton
RD = struct.pack("!HHI", 0, 65000, 42)


def fec(*subs: bytes) -> bytes:
    return tlv(1, b"".join(subs))


def lspping_frames() -> list[bytes | tuple[bytes, int]]:
    ldp4 = tlv(1, IP4("12.1.1.1") + b"\x20")
    ldp6 = tlv(2, A6 + b"\x40")
    rsvp4 = tlv(3, IP4("12.1.1.1") + struct.pack("!HH", 0, 0x5372) + IP4("12.4.4.4")
                + IP4("12.4.4.4") + struct.pack("!HH", 0, 0x10))
    vpn4 = tlv(6, RD + IP4("10.9.0.0") + b"\x10")
    l2vpn = tlv(8, RD + struct.pack("!HHH", 1, 2, 5))
    pw_old = tlv(9, IP4("1.1.1.1") + struct.pack("!IH", 77, 5))
    pw = tlv(10, IP4("1.1.1.1") + IP4("2.2.2.2") + struct.pack("!IH", 78, 4))
    bgp4 = tlv(12, IP4("10.8.0.0") + b"\x18")
    unknown = tlv(20, b"\x01\x02\x03")
    bad = tlv(1, IP4("12.1.1.1"))
    dsmap = tlv(2, struct.pack("!HBB", 1500, 1, 0) + IP4("10.0.0.9") + IP4("10.0.0.10")
                + struct.pack("!BBH", 0, 0, 0) + b"\x00\x01\x90\x01")
    dsmap6 = tlv(2, struct.pack("!HBB", 9000, 4, 0) + A6 + struct.pack("!I", 7) + bytes(4))
    return [
        lsp(1, fec(ldp4)), lsp(2, b"", rc=3, sub=1, rcvd=(3900000001, 0x40000000)),
        lsp(1, fec(rsvp4, ldp6)), lsp(1, fec(vpn4, l2vpn, pw_old, pw, bgp4)),
        lsp(1, fec(unknown, bad)), lsp(2, dsmap + dsmap6, rc=8, sub=2),
        lsp(1, tlv(15, struct.pack("!I", 0xDEAD)) + tlv(5, struct.pack("!I", 2636))
            + tlv(3, b"\0" * 6) + tlv(99, b"\x01\x02") + tlv(1, b"")),
        lsp(1, tlv(1, b"\0\x01\0\x05\x01\x02")),                 # sub-TLV longer than its TLV
        lsp(1, tlv(15, b"\x01\x02")),                          # too short for its type
        lsp(1, struct.pack("!HH", 1, 200) + b"\0" * 8),         # TLV longer than the packet
        lsp(1, b"\0\x01"),                                      # not room for a TLV header
        lsp(7, b"", version=2), lsp(2, b"", rc=99),
        ether(udp4("12.4.4.4", "127.0.0.1", 4786, 3503, b"\0\x01" * 8)),
        (lsp(1, fec(ldp4)), 42 + 20), (lsp(1, fec(ldp4)), 42 + 38), (lsp(1, fec(ldp4)), 42 + 46),
    ]


# --- whiteboard ----------------------------------------------------------------------------

def wb(t: int, body: bytes, flags: int = 0, sport: int = 4567) -> bytes:
    head = struct.pack("!IIHBB", 0x0A000001, 12345, 2, t, flags)
    return ether(udp4("10.0.0.1", "224.2.0.1", sport, 4567, head + body))


PAGE = IP4("10.0.0.7") + struct.pack("!I", 3)


def dop(t: int, ts: int, body: bytes = b"") -> bytes:
    return struct.pack("!IHBB", ts, len(body), 0, t) + body + bytes(-len(body) % 4)


def wb_frames() -> list[bytes | tuple[bytes, int]]:
    wid = (struct.pack("!I", 9) + PAGE + struct.pack("!I", 4) + PAGE + struct.pack("!HH", 2, 0)
           + IP4("10.0.0.2") + struct.pack("!I", 5) + IP4("10.0.0.3") + struct.pack("!I", 6)
           + b"site\x01name\0junk")
    dops = dop(3, 10) + dop(2, 11, b"abcde") + dop(14, 13) + dop(99, 14)
    prep = (struct.pack("!I", 2) + struct.pack("!I", 1) + PAGE + struct.pack("!BBH", 1, 0, 0)
            + IP4("10.0.0.5") + struct.pack("!I", 8)
            + struct.pack("!I", 2) + PAGE + struct.pack("!BBH", 0, 0, 0))
    return [
        wb(1, wid), wb(2, IP4("10.0.0.4") + PAGE + struct.pack("!II", 1, 9)),
        wb(3, IP4("10.0.0.4") + PAGE + struct.pack("!II", 10, 14) + dops, flags=1),
        wb(0, PAGE + struct.pack("!II", 10, 14) + dops),
        wb(0, PAGE + struct.pack("!II", 10, 12) + dop(15, 20)),
        wb(5, PAGE + struct.pack("!II", 1, 2)), wb(7, prep), wb(4, b""), wb(9, b"\0" * 8),
        wb(2, b"\0" * 8), wb(1, b"\0" * 10),
        ether(udp4("10.0.0.1", "224.2.0.1", 4567, 4567, b"\0" * 6)),
        wb(2, IP4("10.0.0.4") + PAGE + struct.pack("!II", 1, 9), sport=1234),
        (wb(1, wid), 54 + 20), (wb(1, wid), 54 + 50), (wb(7, prep), 54 + 30),
        (wb(0, PAGE + struct.pack("!II", 10, 14) + dops), 54 + 30), (wb(1, wid), 50),
    ]


def frames() -> list[bytes | tuple[bytes, int]]:
    return (nsh_frames() + gpe_frames() + ipcomp_frames() + igrp_frames() + lspping_frames()
            + wb_frames())


EXPECTED: dict[str, Any] = {
    '': [
        'NSH, flags [O], service-path-id 0x000309, service-index 0x7: IP 192.168.0.1.10000 > 192.168.0.2.20000: UDP, length 4',
        'NSH, flags [none], service-path-id 0x000309, service-index 0x7: IP6 2001:db8::1.1000 > 2001:db8::2.2000: UDP, length 3',
        'NSH, flags [none], service-path-id 0x000309, service-index 0x7: IP 192.168.0.1.10000 > 192.168.0.2.20000: UDP, length 4',
        'NSH, flags [none], service-path-id 0x000309, service-index 0x7: ERROR: unknown-next-protocol',
        'NSH, ',
        'NSH, flags [none], service-path-id 0x000309, service-index 0x7 (less than two headers) (invalid)',
        'NSH, flags [none],  (too many headers for packet length 40) (invalid)',
        ' (packet length 4 < 8) (invalid)',
        'NSH, flags [none],  [|nsh]',
        'NSH, flags [none], service-path-id 0x000309, service-index 0x7 [|nsh]',
        'NSH, flags [none], service-path-id 0x000309, service-index 0x7: IP  [|ip]',
        'IP 10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE, flags [IP], vni 11259375: NSH, flags [O], service-path-id 0x000309, service-index 0x7: IP 192.168.0.1.10000 > 192.168.0.2.20000: UDP, length 4',
        'IP 10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE, flags [I], vni 11259375: IP 192.168.0.1.10000 > 192.168.0.2.20000: UDP, length 4',
        'IP 10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE, flags [IBO], vni 11259375: IP 192.168.0.1.10000 > 192.168.0.2.20000: UDP, length 4',
        'IP 10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE, flags [I], vni 11259375: IP6 2001:db8::1.1000 > 2001:db8::2.2000: UDP, length 3',
        'IP 10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE, flags [none], vni 11259375: ERROR: unknown-next-protocol (invalid)',
        'IP 10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE,  (len 3 < 8) (invalid)',
        'IP 10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE, flags [I],  [|vxlan_gpe]',
        'IP 10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE, flags [I],  [|vxlan_gpe]',
        'IP 10.0.0.1 > 10.0.0.2: IPComp(cpi=0x1234)',
        'IP6 2001:db8::1 > 2001:db8::2: IPComp(cpi=0x1234)',
        'IP 10.0.0.1 > 10.0.0.2:  [|ipcomp]',
        'IP 10.0.0.1 > 255.255.255.255: igrp: update V1 edit=3 AS=100 (1/1/1) *.1.2.3 d=20000 b=39062 r=255 l=1 M=2256 mtu=1500 in 2 hops 10.20.0.0 d=20000 b=39062 r=255 l=1 M=2256 mtu=1500 in 2 hops X172.16.0.0 d=20000 b=0 r=255 l=1 M=2000 mtu=1500 in 2 hops',
        'IP 10.0.0.1 > 255.255.255.255: igrp: request V1 edit=3 AS=100 (0/0/0)',
        'IP 10.0.0.1 > 255.255.255.255: igrp: op-#7 V1 edit=3 AS=100 (1/0/0) *.5.6.7 d=167772150 b=39062 r=255 l=1 M=16777215 mtu=1500 in 2 hops',
        'IP 10.0.0.1 > 255.255.255.255: igrp: update V1 edit=3 AS=100 (1/0/0) *.1.2.3 d=20000 b=39062 r=255 l=1 M=2256 mtu=1500 in 2 hops [extra bytes 28] (invalid)',
        'IP 10.0.0.1 > 255.255.255.255: igrp: update V1 edit=3 AS=100 (2/1/1) *.1.2.3 d=20000 b=39062 r=255 l=1 M=2256 mtu=1500 in 2 hops *.10.20.0 d=20000 b=39062 r=255 l=1 M=2256 mtu=1500 in 2 hops 172.16.0.0 d=20000 b=0 r=255 l=1 M=2000 mtu=1500 in 2 hops (invalid)',
        'IP 10.0.0.1 > 255.255.255.255: igrp: update V1 edit=3 AS=100 (0/0/0) (invalid)',
        'IP 10.0.0.1 > 10.0.0.2: igrp: [|igrp]',
        'IP 10.0.0.1 > 255.255.255.255: igrp: update V1 edit=3 AS=100 (1/1/1) [|igrp]',
        'IP 10.0.0.1 > 255.255.255.255: igrp: update V1 edit=3 AS=100 (1/1/1) *.1.2.3 [|igrp]',
        'IP 10.0.0.1 > 255.255.255.255: igrp: update V1 edit=3 AS=100 (1/1/1) *.1.2.3 d=20000 b=39062 r=255 l=1 M=2256 mtu=1500 in 2 hops 10.20.0.0 [|igrp]',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PINGv1, MPLS Echo Request, seq 1, length: 48',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PINGv1, MPLS Echo Reply, seq 1, length: 32',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PINGv1, MPLS Echo Request, seq 1, length: 84',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PINGv1, MPLS Echo Request, seq 1, length: 124',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PINGv1, MPLS Echo Request, seq 1, length: 52',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PINGv1, MPLS Echo Reply, seq 1, length: 88',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PINGv1, MPLS Echo Request, seq 1, length: 72',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PINGv1, MPLS Echo Request, seq 1, length: 44',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PINGv1, MPLS Echo Request, seq 1, length: 40',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PINGv1, MPLS Echo Request, seq 1, length: 44',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PINGv1, MPLS Echo Request, seq 1, length: 34',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PING version 2 packet not supported',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PINGv1, MPLS Echo Reply, seq 1, length: 32',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: \n\t\t packet is too short',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503:  [|lspping]',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PINGv1, MPLS Echo Request, seq 1, length: 48',
        'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PINGv1, MPLS Echo Request, seq 1, length: 48',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  wb-id: 4/10.0.0.7:3 (max 9/10.0.0.7:3) <10.0.0.2:5,10.0.0.3:6> "site^Aname"',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  wb-rreq: please repair 10.0.0.4 10.0.0.7:3<1:9>',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567: * wb-rrep: for 10.0.0.4 10.0.0.7:3<10:14>',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  wb-dop: 10.0.0.7:3<10:14>',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  wb-dop: 10.0.0.7:3<10:12>',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  wb-preq: need 1/10.0.0.7:3',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  wb-prep: 1/10.0.0.7:3<10.0.0.5:8> 2/10.0.0.7:3>',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  wb-kill',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  wb-9! (invalid)',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  wb-rreq: (invalid)',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  wb-id: (invalid)',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  (invalid)',
        'IP 10.0.0.1.1234 > 224.2.0.1.4567:  wb-rreq: please repair 10.0.0.4 10.0.0.7:3<1:9>',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  wb-id: [|wb]',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  wb-id: 4/10.0.0.7:3 (max 9/10.0.0.7:3) <10.0.0.2:5,10.0.0.3:6> "site^An [|wb]',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  wb-prep: 1/10.0.0.7:3<10.0.0.5:8> [|wb]',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  wb-dop: 10.0.0.7:3<10:14>',
        'IP 10.0.0.1.4567 > 224.2.0.1.4567:  [|wb]',
    ],
    '-v': [
        'NSH, flags [O], service-path-id 0x000309, service-index 0x7\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.10000 > 192.168.0.2.20000: UDP, length 4',
        'NSH, flags [none], service-path-id 0x000309, service-index 0x7\n    IP6 (hlim 64, next-header UDP (17) payload length: 11) 2001:db8::1.1000 > 2001:db8::2.2000: [udp sum ok] UDP, length 3',
        'NSH, flags [none], service-path-id 0x000309, service-index 0x7\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.10000 > 192.168.0.2.20000: UDP, length 4',
        'NSH, flags [none], service-path-id 0x000309, service-index 0x7\n    ERROR: unknown-next-protocol',
        'NSH, ',
        'NSH, flags [none], service-path-id 0x000309, service-index 0x7 (less than two headers) (invalid)',
        'NSH, flags [none],  (too many headers for packet length 40) (invalid)',
        ' (packet length 4 < 8) (invalid)',
        'NSH, flags [none],  [|nsh]',
        'NSH, flags [none], service-path-id 0x000309, service-index 0x7 [|nsh]',
        'NSH, flags [none], service-path-id 0x000309, service-index 0x7\n    IP  [|ip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE, flags [IP], vni 11259375\n    NSH, flags [O], service-path-id 0x000309, service-index 0x7\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.10000 > 192.168.0.2.20000: UDP, length 4',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE, flags [I], vni 11259375\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.10000 > 192.168.0.2.20000: UDP, length 4',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE, flags [IBO], vni 11259375\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.10000 > 192.168.0.2.20000: UDP, length 4',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 87)\n    10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE, flags [I], vni 11259375\n    IP6 (hlim 64, next-header UDP (17) payload length: 11) 2001:db8::1.1000 > 2001:db8::2.2000: [udp sum ok] UDP, length 3',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE, flags [none], vni 11259375\n    ERROR: unknown-next-protocol (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE,  (len 3 < 8) (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE, flags [I],  [|vxlan_gpe]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.4790 > 10.0.0.2.4790: VXLAN-GPE, flags [I],  [|vxlan_gpe]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto Compressed IP (108), length 44)\n    10.0.0.1 > 10.0.0.2: IPComp(cpi=0x1234)',
        'IP6 (hlim 64, next-header Compressed IP (108) payload length: 24) 2001:db8::1 > 2001:db8::2: IPComp(cpi=0x1234)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto Compressed IP (108), length 44)\n    10.0.0.1 > 10.0.0.2:  [|ipcomp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto IGRP (9), length 74)\n    10.0.0.1 > 255.255.255.255: igrp: update V1 edit=3 AS=100 (1/1/1) checksum=0xbeef *.1.2.3 d=20000 b=39062 r=255 l=1 M=2256 mtu=1500 in 2 hops 10.20.0.0 d=20000 b=39062 r=255 l=1 M=2256 mtu=1500 in 2 hops X172.16.0.0 d=20000 b=0 r=255 l=1 M=2000 mtu=1500 in 2 hops',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto IGRP (9), length 32)\n    10.0.0.1 > 255.255.255.255: igrp: request V1 edit=3 AS=100 (0/0/0) checksum=0xbeef',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto IGRP (9), length 46)\n    10.0.0.1 > 255.255.255.255: igrp: op-#7 V1 edit=3 AS=100 (1/0/0) checksum=0xbeef *.5.6.7 d=167772150 b=39062 r=255 l=1 M=16777215 mtu=1500 in 2 hops',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto IGRP (9), length 74)\n    10.0.0.1 > 255.255.255.255: igrp: update V1 edit=3 AS=100 (1/0/0) checksum=0xbeef *.1.2.3 d=20000 b=39062 r=255 l=1 M=2256 mtu=1500 in 2 hops [extra bytes 28] (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto IGRP (9), length 74)\n    10.0.0.1 > 255.255.255.255: igrp: update V1 edit=3 AS=100 (2/1/1) checksum=0xbeef *.1.2.3 d=20000 b=39062 r=255 l=1 M=2256 mtu=1500 in 2 hops *.10.20.0 d=20000 b=39062 r=255 l=1 M=2256 mtu=1500 in 2 hops 172.16.0.0 d=20000 b=0 r=255 l=1 M=2000 mtu=1500 in 2 hops (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto IGRP (9), length 34)\n    10.0.0.1 > 255.255.255.255: igrp: update V1 edit=3 AS=100 (0/0/0) checksum=0xbeef (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto IGRP (9), length 28)\n    10.0.0.1 > 10.0.0.2: igrp: [|igrp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto IGRP (9), length 74)\n    10.0.0.1 > 255.255.255.255: igrp: update V1 edit=3 AS=100 (1/1/1) [|igrp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto IGRP (9), length 74)\n    10.0.0.1 > 255.255.255.255: igrp: update V1 edit=3 AS=100 (1/1/1) checksum=0xbeef *.1.2.3 [|igrp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto IGRP (9), length 74)\n    10.0.0.1 > 255.255.255.255: igrp: update V1 edit=3 AS=100 (1/1/1) checksum=0xbeef *.1.2.3 d=20000 b=39062 r=255 l=1 M=2256 mtu=1500 in 2 hops 10.20.0.0 [|igrp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 48\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 12\n\t    LDP IPv4 prefix subTLV (1), length: 5\n\t      12.1.1.1/32',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\tLSP-PINGv1, msg-type: MPLS Echo Reply (2), length: 32\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: Replying router is an egress for the FEC at stack depth 1 (3)\n\t  Return Subcode: (1)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: 3900000001.250000000 (2023-08-02T21:20:01Z)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 112)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 84\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 48\n\t    RSVP IPv4 Session Query subTLV (3), length: 20\n\t      tunnel end-point 12.1.1.1, tunnel sender 12.4.4.4, lsp-id 0x0010\n\t      tunnel-id 0x5372, extended tunnel-id 12.4.4.4\n\t    Unknown subTLV (0), length: 16\n\t      0x0000:  0002 0011 2001 0db8 0000 0000 0000 0000\n\t    Unknown subTLV (0), length: 0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 124\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 88\n\t    VPN IPv4 prefix subTLV (6), length: 13\n\t      RD: 65000:42 (= 0.0.0.42), 10.9.0.0/16\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 80)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 52\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 16\n\t    Unknown subTLV (20), length: 3\n\t      0x0000:  0102 03\n\t      TLV is too short\n\t    0x0000:  0014 0003 0102 0300 0001 0004 0c01 0101',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 116)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\tLSP-PINGv1, msg-type: MPLS Echo Reply (2), length: 88\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: Label switched at stack-depth 2 (8)\n\t  Return Subcode: (2)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Downstream Mapping TLV (2), length: 20\n\t    MTU: 1500, Address-Type: IPv4 (1)\n\t    Downstream IP: 10.0.0.9\n\t    Downstream Interface IP: 10.0.0.10\n\t    0x0000:  05dc 0100 0a00 0009 0a00 000a 0000 0000\n\t    0x0010:  0001 9001\n\t  Downstream Mapping TLV (2), length: 28\n\t    MTU: 9000, Address-Type: IPv6 (4)\n\t    Downstream IP: 2001:db8::1\n\t    Downstream Interface Index: 0x00000007\n\t    0x0000:  2328 0400 2001 0db8 0000 0000 0000 0000\n\t    0x0010:  0000 0001 0000 0007 0000 0000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 100)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 72\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  BFD Discriminator TLV (15), length: 4\n\t    BFD Discriminator 0x0000dead\n\t  Vendor Enterprise Code TLV (5), length: 4\n\t    Vendor: Juniper Networks (0x0a4c)\n\t  Pad TLV (3), length: 6\n\t    0x0000:  0000 0000 0000\n\t  Unknown TLV (99), length: 2\n\t    0x0000:  0102\n\t  Target FEC Stack TLV (1), length: 0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 72)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 44\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 6\n\t      TLV is too short\n\t    0x0000:  0001 0005 0102',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 40\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  BFD Discriminator TLV (15), length: 2\n\t      TLV is too short\n\t    0x0000:  0102',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 72)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 44\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 200\n\t\t packet is too short',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 62)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 34\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t\t packet is too short',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    12.4.4.4.4786 > 127.0.0.1.3503: LSP-PING version 2 packet not supported',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\tLSP-PINGv1, msg-type: MPLS Echo Reply (2), length: 32\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: unknown (99)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\t\t packet is too short',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    12.4.4.4.4786 > 127.0.0.1.3503:  [|lspping]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 48\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 12 [|lspping]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 48\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 12 [|lspping]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 98)\n    10.0.0.1.4567 > 224.2.0.1.4567:  wb-id: 4/10.0.0.7:3 (max 9/10.0.0.7:3) <10.0.0.2:5,10.0.0.3:6> "site^Aname"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    10.0.0.1.4567 > 224.2.0.1.4567:  wb-rreq: please repair 10.0.0.4 10.0.0.7:3<1:9>',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 100)\n    10.0.0.1.4567 > 224.2.0.1.4567: * wb-rrep: for 10.0.0.4 10.0.0.7:3<10:14> < LINE RECT SKIP2 dop-99! >',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 96)\n    10.0.0.1.4567 > 224.2.0.1.4567:  wb-dop: 10.0.0.7:3<10:14> < LINE RECT SKIP2 dop-99! >',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 64)\n    10.0.0.1.4567 > 224.2.0.1.4567:  wb-dop: 10.0.0.7:3<10:12> < HOLE11[|] >',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.1.4567 > 224.2.0.1.4567:  wb-preq: need 1/10.0.0.7:3',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 84)\n    10.0.0.1.4567 > 224.2.0.1.4567:  wb-prep: 1/10.0.0.7:3<10.0.0.5:8> 2/10.0.0.7:3>',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.4567 > 224.2.0.1.4567:  wb-kill',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.1.4567 > 224.2.0.1.4567:  wb-9! (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.1.4567 > 224.2.0.1.4567:  wb-rreq: (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 50)\n    10.0.0.1.4567 > 224.2.0.1.4567:  wb-id: (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 34)\n    10.0.0.1.4567 > 224.2.0.1.4567:  (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    10.0.0.1.1234 > 224.2.0.1.4567:  wb-rreq: please repair 10.0.0.4 10.0.0.7:3<1:9>',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 98)\n    10.0.0.1.4567 > 224.2.0.1.4567:  wb-id: [|wb]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 98)\n    10.0.0.1.4567 > 224.2.0.1.4567:  wb-id: 4/10.0.0.7:3 (max 9/10.0.0.7:3) <10.0.0.2:5,10.0.0.3:6> "site^An [|wb]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 84)\n    10.0.0.1.4567 > 224.2.0.1.4567:  wb-prep: 1/10.0.0.7:3<10.0.0.5:8> [|wb]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 96)\n    10.0.0.1.4567 > 224.2.0.1.4567:  wb-dop: 10.0.0.7:3<10:14> < LINE [|wb]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 98)\n    10.0.0.1.4567 > 224.2.0.1.4567:  [|wb]',
    ],
    '-vv': {'like': '-v',
            0: 'NSH, ver 0, flags [O], next-protocol IPv4, service-path-id 0x000309, service-index 0x7\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.10000 > 192.168.0.2.20000: [udp sum ok] UDP, length 4',
            1: 'NSH, ver 0, flags [none], next-protocol IPv6, service-path-id 0x000309, service-index 0x7\n    IP6 (hlim 64, next-header UDP (17) payload length: 11) 2001:db8::1.1000 > 2001:db8::2.2000: [udp sum ok] UDP, length 3',
            2: 'NSH, ver 0, flags [none], next-protocol Ethernet, service-path-id 0x000309, service-index 0x7\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.10000 > 192.168.0.2.20000: [udp sum ok] UDP, length 4',
            3: 'NSH, ver 0, flags [none], next-protocol NSH, service-path-id 0x000309, service-index 0x7\n    ERROR: unknown-next-protocol',
            4: 'NSH, ver 1, ',
            5: 'NSH, ver 0, flags [none], next-protocol IPv4, service-path-id 0x000309, service-index 0x7 (less than two headers) (invalid)',
            6: 'NSH, ver 0, flags [none], next-protocol IPv4,  (too many headers for packet length 40) (invalid)',
            8: 'NSH, ver 0, flags [none], next-protocol IPv4,  [|nsh]',
            9: 'NSH, ver 0, flags [none], next-protocol IPv4, service-path-id 0x000309, service-index 0x7 [|nsh]',
            10: 'NSH, ver 0, flags [none], next-protocol IPv4, service-path-id 0x000309, service-index 0x7\n    IP  [|ip]',
            11: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    10.0.0.1.4790 > 10.0.0.2.4790: [udp sum ok] VXLAN-GPE, flags [IP], vni 11259375\n    NSH, ver 0, flags [O], next-protocol IPv4, service-path-id 0x000309, service-index 0x7\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.10000 > 192.168.0.2.20000: [udp sum ok] UDP, length 4',
            12: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.4790 > 10.0.0.2.4790: [udp sum ok] VXLAN-GPE, flags [I], vni 11259375\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.10000 > 192.168.0.2.20000: [udp sum ok] UDP, length 4',
            13: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.4790 > 10.0.0.2.4790: [udp sum ok] VXLAN-GPE, flags [IBO], vni 11259375\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.10000 > 192.168.0.2.20000: [udp sum ok] UDP, length 4',
            14: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 87)\n    10.0.0.1.4790 > 10.0.0.2.4790: [udp sum ok] VXLAN-GPE, flags [I], vni 11259375\n    IP6 (hlim 64, next-header UDP (17) payload length: 11) 2001:db8::1.1000 > 2001:db8::2.2000: [udp sum ok] UDP, length 3',
            15: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.0.0.1.4790 > 10.0.0.2.4790: [udp sum ok] VXLAN-GPE, flags [none], vni 11259375\n    ERROR: unknown-next-protocol (invalid)',
            16: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.1.4790 > 10.0.0.2.4790: [udp sum ok] VXLAN-GPE,  (len 3 < 8) (invalid)',
            32: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    12.4.4.4.4786 > 127.0.0.1.3503: [udp sum ok] \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 48\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 12\n\t    LDP IPv4 prefix subTLV (1), length: 5\n\t      12.1.1.1/32\n\t      0x0000:  0c01 0101 20\n\t    0x0000:  0001 0005 0c01 0101 2000 0000',
            33: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    12.4.4.4.4786 > 127.0.0.1.3503: [udp sum ok] \n\tLSP-PINGv1, msg-type: MPLS Echo Reply (2), length: 32\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: Replying router is an egress for the FEC at stack depth 1 (3)\n\t  Return Subcode: (1)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: 3900000001.250000000 (2023-08-02T21:20:01Z)',
            34: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 112)\n    12.4.4.4.4786 > 127.0.0.1.3503: [udp sum ok] \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 84\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 48\n\t    RSVP IPv4 Session Query subTLV (3), length: 20\n\t      tunnel end-point 12.1.1.1, tunnel sender 12.4.4.4, lsp-id 0x0010\n\t      tunnel-id 0x5372, extended tunnel-id 12.4.4.4\n\t      0x0000:  0c01 0101 0000 5372 0c04 0404 0c04 0404\n\t      0x0010:  0000 0010\n\t    Unknown subTLV (0), length: 16\n\t      0x0000:  0002 0011 2001 0db8 0000 0000 0000 0000\n\t    Unknown subTLV (0), length: 0\n\t    0x0000:  0003 0014 0c01 0101 0000 5372 0c04 0404\n\t    0x0010:  0c04 0404 0000 0010 0002 0011 2001 0db8\n\t    0x0020:  0000 0000 0000 0000 0000 0001 4000 0000',
            35: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    12.4.4.4.4786 > 127.0.0.1.3503: [udp sum ok] \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 124\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 88\n\t    VPN IPv4 prefix subTLV (6), length: 13\n\t      RD: 65000:42 (= 0.0.0.42), 10.9.0.0/16\n\t      0x0000:  0000 fde8 0000 002a 0a09 0000 10\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    Unknown subTLV (4096), length: 0\n\t    0x0000:  0006 000d 0000 fde8 0000 002a 0a09 0000\n\t    0x0010:  1000 0000 0008 000e 0000 fde8 0000 002a\n\t    0x0020:  0001 0002 0005 0000 0009 000a 0101 0101\n\t    0x0030:  0000 004d 0005 0000 000a 000e 0101 0101\n\t    0x0040:  0202 0202 0000 004e 0004 0000 000c 0005\n\t    0x0050:  0a08 0000 1800 0000',
            36: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 80)\n    12.4.4.4.4786 > 127.0.0.1.3503: [udp sum ok] \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 52\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 16\n\t    Unknown subTLV (20), length: 3\n\t      0x0000:  0102 03\n\t      TLV is too short\n\t    0x0000:  0014 0003 0102 0300 0001 0004 0c01 0101',
            37: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 116)\n    12.4.4.4.4786 > 127.0.0.1.3503: [udp sum ok] \n\tLSP-PINGv1, msg-type: MPLS Echo Reply (2), length: 88\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: Label switched at stack-depth 2 (8)\n\t  Return Subcode: (2)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Downstream Mapping TLV (2), length: 20\n\t    MTU: 1500, Address-Type: IPv4 (1)\n\t    Downstream IP: 10.0.0.9\n\t    Downstream Interface IP: 10.0.0.10\n\t    0x0000:  05dc 0100 0a00 0009 0a00 000a 0000 0000\n\t    0x0010:  0001 9001\n\t  Downstream Mapping TLV (2), length: 28\n\t    MTU: 9000, Address-Type: IPv6 (4)\n\t    Downstream IP: 2001:db8::1\n\t    Downstream Interface Index: 0x00000007\n\t    0x0000:  2328 0400 2001 0db8 0000 0000 0000 0000\n\t    0x0010:  0000 0001 0000 0007 0000 0000',
            38: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 100)\n    12.4.4.4.4786 > 127.0.0.1.3503: [udp sum ok] \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 72\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  BFD Discriminator TLV (15), length: 4\n\t    BFD Discriminator 0x0000dead\n\t    0x0000:  0000 dead\n\t  Vendor Enterprise Code TLV (5), length: 4\n\t    Vendor: Juniper Networks (0x0a4c)\n\t    0x0000:  0000 0a4c\n\t  Pad TLV (3), length: 6\n\t    0x0000:  0000 0000 0000\n\t  Unknown TLV (99), length: 2\n\t    0x0000:  0102\n\t  Target FEC Stack TLV (1), length: 0',
            39: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 72)\n    12.4.4.4.4786 > 127.0.0.1.3503: [udp sum ok] \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 44\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 6\n\t      TLV is too short\n\t    0x0000:  0001 0005 0102',
            40: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    12.4.4.4.4786 > 127.0.0.1.3503: [udp sum ok] \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 40\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  BFD Discriminator TLV (15), length: 2\n\t      TLV is too short\n\t    0x0000:  0102',
            41: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 72)\n    12.4.4.4.4786 > 127.0.0.1.3503: [udp sum ok] \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 44\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 200\n\t\t packet is too short',
            42: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 62)\n    12.4.4.4.4786 > 127.0.0.1.3503: [udp sum ok] \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 34\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t\t packet is too short',
            43: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    12.4.4.4.4786 > 127.0.0.1.3503: [udp sum ok] LSP-PING version 2 packet not supported',
            44: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    12.4.4.4.4786 > 127.0.0.1.3503: [udp sum ok] \n\tLSP-PINGv1, msg-type: MPLS Echo Reply (2), length: 32\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: unknown (99)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000011, Sequence: 1\n\t  Sender Timestamp: 3900000000.500000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp',
            45: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    12.4.4.4.4786 > 127.0.0.1.3503: [udp sum ok] \n\t\t packet is too short',
            49: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 98)\n    10.0.0.1.4567 > 224.2.0.1.4567: [udp sum ok]  wb-id: 4/10.0.0.7:3 (max 9/10.0.0.7:3) <10.0.0.2:5,10.0.0.3:6> "site^Aname"',
            50: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    10.0.0.1.4567 > 224.2.0.1.4567: [udp sum ok]  wb-rreq: please repair 10.0.0.4 10.0.0.7:3<1:9>',
            51: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 100)\n    10.0.0.1.4567 > 224.2.0.1.4567: [udp sum ok] * wb-rrep: for 10.0.0.4 10.0.0.7:3<10:14> < LINE RECT SKIP2 dop-99! >',
            52: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 96)\n    10.0.0.1.4567 > 224.2.0.1.4567: [udp sum ok]  wb-dop: 10.0.0.7:3<10:14> < LINE RECT SKIP2 dop-99! >',
            53: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 64)\n    10.0.0.1.4567 > 224.2.0.1.4567: [udp sum ok]  wb-dop: 10.0.0.7:3<10:12> < HOLE11[|] >',
            54: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.1.4567 > 224.2.0.1.4567: [udp sum ok]  wb-preq: need 1/10.0.0.7:3',
            55: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 84)\n    10.0.0.1.4567 > 224.2.0.1.4567: [udp sum ok]  wb-prep: 1/10.0.0.7:3<10.0.0.5:8> 2/10.0.0.7:3>',
            56: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.4567 > 224.2.0.1.4567: [udp sum ok]  wb-kill',
            57: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.1.4567 > 224.2.0.1.4567: [udp sum ok]  wb-9! (invalid)',
            58: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.1.4567 > 224.2.0.1.4567: [udp sum ok]  wb-rreq: (invalid)',
            59: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 50)\n    10.0.0.1.4567 > 224.2.0.1.4567: [udp sum ok]  wb-id: (invalid)',
            60: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 34)\n    10.0.0.1.4567 > 224.2.0.1.4567: [udp sum ok]  (invalid)',
            61: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    10.0.0.1.1234 > 224.2.0.1.4567: [udp sum ok]  wb-rreq: please repair 10.0.0.4 10.0.0.7:3<1:9>',
            },
}
