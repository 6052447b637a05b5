"""HNCP and AHCP printing (printer/hncp.py, printer/ahcp.py) against tcpdump 4.99.3.

The frames are built here: HNCP (UDP port 8231, over IPv6 and IPv4) with every
TLV type tcpdump decodes, nested TLV lists (printed in line past the ``-v``
count), IPv4-mapped and IPv6 prefixes, DNS labels, DHCPv4 and DHCPv6 data,
unassigned and private type ranges, TLVs that contradict their lengths and
cut captures; AHCP (UDP port 5359) messages with each option kind, bad
option lengths, an unknown version and cut captures.  ``EXPECTED`` holds
tcpdump 4.99.3's text for them (``-n -tt``, timestamps cut off), recorded
once; with tcpdump installed they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, udp4, udp6

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=42))

LL_A = bytes.fromhex("fe800000000000000218f3fffea9914e")
LL_B = bytes.fromhex("fe80000000000000021e64fffe234d34")
ALL = bytes.fromhex("ff020000000000000000000000000011")
MAPPED = bytes(10) + b"\xff\xff"


def frame6(payload: bytes, port: int = 8231) -> bytes:
    return ether(udp6(LL_A, LL_B if port == 8231 else ALL, port, port, payload), 0x86DD)


def frame4(payload: bytes, port: int = 8231) -> bytes:
    return ether(udp4("10.0.0.1", "10.0.0.2", port, port, payload))


def tlv(t: int, body: bytes = b"", pad: bool = True) -> bytes:
    out = struct.pack("!HH", t, len(body)) + body
    return out + bytes(-len(body) % 4) if pad else out


def labels(*names: str) -> bytes:
    return b"".join(bytes([len(n)]) + n.encode() for n in names) + b"\0"


NID = bytes.fromhex("31da78d2")
EP = struct.pack("!I", 3 << 24)


def node_state(*inner: bytes) -> bytes:
    return tlv(5, NID + struct.pack("!II", 19, 160105) + bytes.fromhex("800088c8e0714638")
               + b"".join(inner))


def hncp_frames() -> list[bytes | tuple[bytes, int]]:
    dh4 = tlv(37, bytes([6, 8, 8, 8, 8, 8, 1, 1, 1, 1, 42, 4, 10, 0, 0, 1, 119, 11])
              + labels("home", "arpa") + bytes([119, 9, 1, 97, 0xC0, 0, 3]) + b"lan" + b"\0"
              + bytes([200, 1, 0]))
    dh6 = tlv(38, struct.pack("!HH", 23, 16) + bytes.fromhex("20010db8" + "00" * 11 + "35")
              + struct.pack("!HH", 24, 9) + labels("lan", "ex") + b"\0"
              + struct.pack("!HH", 31, 0) + struct.pack("!HH", 99, 1) + b"z")
    ext = tlv(33, tlv(34, struct.pack("!II", 3600000, 1800000) + bytes([48])
                      + bytes.fromhex("20010db80001") + dh4) + dh6)
    deleg = tlv(34, struct.pack("!II", 7000, 500) + bytes([96 + 22]) + MAPPED + bytes([10, 7, 255])
                + dh4)
    state = node_state(
        tlv(8, bytes.fromhex("6169ed63") + struct.pack("!II", 1 << 24, 1 << 24)),
        tlv(32, bytes([0, 0, 0x04, 0x44]) + b"hnetd/cac971d"),
        ext, deleg,
        tlv(35, EP + bytes([0x12, 64]) + bytes.fromhex("fd1ff88ce207dbbc")),
        tlv(35, struct.pack("!I", 1 << 24) + bytes([2, 120]) + MAPPED + bytes([10, 0, 99])),
        tlv(36, EP + MAPPED + bytes([10, 0, 101, 27])),
        tlv(36, EP + bytes.fromhex("fd1ff88ce2070017000000000000006c")),
        tlv(39, bytes.fromhex("fd1ff88ce2070000000000000000006 9".replace(" ", "")) + bytes([6])
            + labels("lan", "r", "home")),
        tlv(39, bytes(15) + b"\x01" + bytes([1]) + labels("x") + b"\0\0\0\0"),
        tlv(41, MAPPED + bytes([10, 0, 101, 27]) + bytes([2]) + b"r1"),
        tlv(42, bytes(range(32)) + tlv(0)),
        tlv(9, EP + struct.pack("!I", 20000)),
        tlv(10, bytes([1, 0, 0, 0]) + bytes(range(100, 132)) + b"common name\0junk"),
        tlv(43, b"\x00"), tlv(43, bytes([129]) + labels("example", "com")),
        tlv(43, bytes([130]) + b"utf-8 text"), tlv(43, b"\x83"), tlv(43, b"\xc8xyz"),
        tlv(43, bytes([64]) + bytes.fromhex("20010db800000000")),
        tlv(43, bytes([200 - 96])), tlv(40, labels("home", "arpa")),
        tlv(0), tlv(6, b"abcd"), tlv(100), tlv(100), tlv(800, b"q"), tlv(3000))
    top = (tlv(3, NID + EP) + tlv(4, bytes.fromhex("2ae5f77255200bcc")) + state
           + tlv(2, NID) + tlv(1) + dh6 + deleg + dh4)
    bad = (tlv(1, b"x") + tlv(2, b"abc") + tlv(3, b"") + tlv(4, b"") + tlv(5, bytes(19))
           + tlv(8, b"") + tlv(9, b"") + tlv(10, bytes(36)) + tlv(32, b"1234")
           + tlv(34, bytes(8)) + tlv(34, bytes(8) + bytes([200])) + tlv(34, bytes(8) + bytes([133]) + bytes(17))
           + tlv(34, bytes(8) + bytes([96 + 40]) + MAPPED + bytes(5))
           + tlv(35, bytes(5)) + tlv(35, bytes(5) + bytes([129]) + bytes(17))
           + tlv(36, bytes(19)) + tlv(39, bytes(16)) + tlv(39, bytes(17) + b"\x05ab")
           + tlv(40) + tlv(40, b"\x03abcdef") + tlv(41, bytes(16))
           + tlv(41, bytes(16) + bytes([9]) + b"abc") + tlv(41, bytes(16) + bytes([70]) + bytes(70))
           + tlv(42, bytes(31)) + tlv(43) + tlv(43, b"\x00\x00") + tlv(43, b"\x83\x00")
           + tlv(37) + tlv(38) + tlv(38, struct.pack("!HH", 23, 4) + bytes(4))
           + tlv(38, struct.pack("!HH", 23, 40)) + tlv(38, b"\x00")
           + tlv(37, bytes([6, 3, 1, 2, 3])) + tlv(3, NID + EP))
    inner_cut = node_state(tlv(36, EP + bytes(16) + tlv(1) + struct.pack("!HH", 1, 40)),
                           tlv(3, NID + EP))
    whole = frame6(top)
    return [whole, frame6(bad), frame6(bad[-26:]), frame6(inner_cut), frame6(tlv(2, NID)[:6]),
            frame6(b"\0\x03\0\x08" + NID), frame4(tlv(3, NID + EP) + tlv(1)),
            frame6(b""), frame6(tlv(4, bytes(8)) + b"\0\x01"),
            *[(whole, 62 + n) for n in (0, 2, 30, 120, 400)]]


def ahcp_body(mtype: int, options: bytes, mbz: int = 0) -> bytes:
    return bytes([mtype, mbz]) + struct.pack("!H", len(options)) + options


def ahcp(body: bytes, version: int = 1) -> bytes:
    return (bytes([43, version, 1, 1]) + struct.pack("!I", 0x7CE31135)
            + bytes.fromhex("6aa3c4fffef4841e") + b"\xff" * 8 + body)


def ahcp_frames() -> list[bytes | tuple[bytes, int]]:
    opts = (bytes([2, 4]) + struct.pack("!I", 1384070382) + b"\x01" + bytes([3, 4, 0, 0, 1, 162])
            + bytes([9, 4, 10, 100, 0, 1]) + bytes([5, 8, 10, 0, 0, 80, 10, 0, 0, 81])
            + bytes([12, 32]) + MAPPED + bytes([89, 233, 43, 71])
            + bytes.fromhex("2002d5962a92000100710053") + bytes(4)
            + bytes([6, 17]) + bytes.fromhex("20010db8") + bytes(12) + b"\x30"
            + bytes([11, 10, 10, 1, 0, 0, 16, 192, 168, 0, 0, 24])
            + bytes([7, 5, 10, 0, 0, 0, 8]) + bytes([4, 0]) + bytes([8, 16]) + bytes(15) + b"\x01"
            + bytes([10, 0]) + bytes([13, 0]) + bytes([99, 2, 1, 2]) + b"\x00")
    bad = [bytes([2, 3, 1, 2, 3]), bytes([3, 5, 1, 2, 3, 4, 5]), bytes([4, 15]) + bytes(15),
           bytes([5, 3, 1, 2, 3]), bytes([10, 18]) + bytes(18), bytes([11, 4, 1, 2, 3, 4]),
           bytes([9, 9, 1]), bytes([8])]
    whole = frame6(ahcp(ahcp_body(1, opts)), 5359)
    return [frame6(ahcp(ahcp_body(0, bytes([2, 4, 0, 0, 0, 0, 12, 0, 13, 0]))), 5359), whole,
            frame6(ahcp(ahcp_body(7, b"", mbz=9)), 5359),
            *[frame6(ahcp(ahcp_body(2, b)), 5359) for b in bad],
            frame6(ahcp(ahcp_body(3, b"\x02\x04\x00", ) + b"extra"), 5359),
            frame6(ahcp(bytes([4, 0, 0, 9, 1])), 5359), frame6(ahcp(b"\x05\x00"), 5359),
            frame6(ahcp(b"", version=2) + b"more", 5359), frame6(b"\x2b", 5359),
            frame6(b"\x2a\x01" + bytes(30), 5359), frame6(ahcp(b"")[:20], 5359),
            frame4(ahcp(ahcp_body(1, opts[:12])), 5359),
            *[(whole, 62 + n) for n in (1, 2, 5, 23, 26, 29, 60, 100)]]


def frames() -> list[bytes | tuple[bytes, int]]:
    return hncp_frames() + ahcp_frames()


EXPECTED: dict[str, Any] = {
    '': [
        'IP6 fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (892) Node endpoint, Network state, Node state, Request node state, Request network state, DHCPv6-Data, Delegated-Prefix, DHCPv4-Data',
        'IP6 fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (572) Request network state, Request node state, Node endpoint, Network state, Node state, Peer, Keep-alive interval, Trust-Verdict, HNCP-Version, Delegated-Prefix (x4), Assigned-Prefix (x2), Node-Address, DNS-Delegated-Zone (x2), Domain-Name (x2), Node-Name (x3), Managed-PSK, Prefix-Policy (x3), DHCPv4-Data, DHCPv6-Data (x4), DHCPv4-Data, Node endpoint',
        'IP6 fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (26) [|hncp]',
        'IP6 fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (68) Node state',
        'IP6 fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (6) [|hncp]',
        'IP6 fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (8) [|hncp]',
        'IP 10.0.0.1.8231 > 10.0.0.2.8231: hncp (16) Node endpoint, Request network state',
        'IP6 fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (0)',
        'IP6 fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (14) [|hncp]',
        'IP6 fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (892) [|hncp]',
        'IP6 fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (892) [|hncp]',
        'IP6 fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (892) Node endpoint [|hncp]',
        'IP6 fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (892) Node endpoint [|hncp]',
        'IP6 fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (892) Node endpoint [|hncp]',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1 (invalid)',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1 (invalid)',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 2 (unknown)',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP (invalid)',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP (invalid)',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1 (invalid)',
        'IP 10.0.0.1.5359 > 10.0.0.2.5359: AHCP Version 1',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP [|ahcp]',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1 [|ahcp]',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1 [|ahcp]',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1 [|ahcp]',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1 [|ahcp]',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1 [|ahcp]',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1 [|ahcp]',
        'IP6 fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1 [|ahcp]',
    ],
    '-v': [
        'IP6 (hlim 64, next-header UDP (17) payload length: 900) fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: [udp sum ok] hncp (892)\n\tNode endpoint (12) NID: 31:da:78:d2 EPID: 03000000\n\tNetwork state (12) hash: 2ae5f77255200bcc\n\tNode state (684) NID: 31:da:78:d2 seqno: 19 160.105s hash: 800088c8e0714638\n\t\tPeer, HNCP-Version, External-Connection, Delegated-Prefix, Assigned-Prefix (x2), Node-Address (x2), DNS-Delegated-Zone (x2), Node-Name, Managed-PSK, Keep-alive interval, Trust-Verdict, Prefix-Policy (x7), Domain-Name, Reserved, Future use, Unassigned (x2), Private use, Future use\n\tRequest node state (8) NID: 31:da:78:d2\n\tRequest network state (4)\n\tDHCPv6-Data (46)\n\t\tDNS-server (20) 2001:db8::35\n\t\tDNS-search-list (13) lan.ex. .\n\t\tSNTP-servers (4)\n\t\tUnknown (5)\n\tDelegated-Prefix (76) VLSO: 7.000s PLSO: 0.500s Prefix: 10.7.252.0/22\n\t\tDHCPv4-Data\n\tDHCPv4-Data (47)\n\t\tDNS-server (10) 8.8.8.8 1.1.1.1\n\t\tNTP-server (6) 10.0.0.1\n\t\tDNS-search (13) home.arpa.\n\t\tDNS-search (11) a.<BAD PTR> (invalid)',
        'IP6 (hlim 64, next-header UDP (17) payload length: 580) fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: [udp sum ok] hncp (572)\n\tRequest network state (5) (invalid)\n\tRequest node state (7) (invalid)\n\tNode endpoint (4) (invalid)\n\tNetwork state (4) (invalid)\n\tNode state (23) (invalid)\n\tPeer (4) (invalid)\n\tKeep-alive interval (4) (invalid)\n\tTrust-Verdict (40) (invalid)\n\tHNCP-Version (8) (invalid)\n\tDelegated-Prefix (12) (invalid)\n\tDelegated-Prefix (13) (invalid)\n\tDelegated-Prefix (30) VLSO: 0.000s PLSO: 0.000s Prefix: (length is invalid)\n\tDelegated-Prefix (30) VLSO: 0.000s PLSO: 0.000s Prefix: (length is invalid)\n\tAssigned-Prefix (9) (invalid)\n\tAssigned-Prefix (27) EPID: 00000000 Prty: 0 Prefix:  (invalid)\n\tNode-Address (23) (invalid)\n\tDNS-Delegated-Zone (20) (invalid)\n\tDNS-Delegated-Zone (24) IP-Address: :: --- ab[|DNS] (invalid)\n\tDomain-Name (4) (invalid)\n\tDomain-Name (11) Domain: abc.ef[|DNS]\n\tNode-Name (20) (invalid)\n\tNode-Name (24) (invalid)\n\tNode-Name (91) IP-Address: :: Name:  (invalid)\n\tManaged-PSK (35) (invalid)\n\tPrefix-Policy (4) (invalid)\n\tPrefix-Policy (6) type:  (invalid)\n\tPrefix-Policy (6) type:  (invalid)\n\tDHCPv4-Data (4) (invalid)\n\tDHCPv6-Data (4) (invalid)\n\tDHCPv6-Data (12)\n\t\tDNS-server (8) (invalid) (invalid)\n\tDHCPv6-Data (8)\n\t\tDNS-server (44) (invalid)\n\tDHCPv6-Data (5) (invalid)\n\tDHCPv4-Data (9)\n\t\tDNS-server (5) (invalid)',
        'IP6 (hlim 64, next-header UDP (17) payload length: 34) fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: [udp sum ok] hncp (26)\n\t [|hncp]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 76) fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: [udp sum ok] hncp (68)\n\tNode state (68) NID: 31:da:78:d2 seqno: 19 160.105s hash: 800088c8e0714638\n\t\tNode-Address, Node endpoint',
        'IP6 (hlim 64, next-header UDP (17) payload length: 14) fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: [udp sum ok] hncp (6)\n\t [|hncp]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 16) fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: [udp sum ok] hncp (8)\n\t [|hncp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.0.0.1.8231 > 10.0.0.2.8231: hncp (16)\n\tNode endpoint (12) NID: 31:da:78:d2 EPID: 03000000\n\tRequest network state (4)',
        'IP6 (hlim 64, next-header UDP (17) payload length: 8) fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: [udp sum ok] hncp (0)',
        'IP6 (hlim 64, next-header UDP (17) payload length: 22) fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: [udp sum ok] hncp (14)\n\tNetwork state (12) hash: 0000000000000000\n\t [|hncp]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 900) fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (892)\n\t [|hncp]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 900) fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (892)\n\t [|hncp]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 900) fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (892)\n\tNode endpoint (12) NID: 31:da:78:d2 EPID: 03000000\n\tNetwork state (12) hash: 2ae5f77255200bcc\n\t [|hncp]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 900) fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (892)\n\tNode endpoint (12) NID: 31:da:78:d2 EPID: 03000000\n\tNetwork state (12) hash: 2ae5f77255200bcc\n\t [|hncp]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 900) fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: hncp (892)\n\tNode endpoint (12) NID: 31:da:78:d2 EPID: 03000000\n\tNetwork state (12) hash: 2ae5f77255200bcc\n\t [|hncp]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 46) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tDiscover, Length 10',
        'IP6 (hlim 64, next-header UDP (17) payload length: 166) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 130',
        'IP6 (hlim 64, next-header UDP (17) payload length: 36) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tUnknown-7, MBZ 9, Length 0',
        'IP6 (hlim 64, next-header UDP (17) payload length: 41) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 5',
        'IP6 (hlim 64, next-header UDP (17) payload length: 43) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 7',
        'IP6 (hlim 64, next-header UDP (17) payload length: 53) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 17',
        'IP6 (hlim 64, next-header UDP (17) payload length: 41) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 5',
        'IP6 (hlim 64, next-header UDP (17) payload length: 56) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 20',
        'IP6 (hlim 64, next-header UDP (17) payload length: 42) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 6',
        'IP6 (hlim 64, next-header UDP (17) payload length: 39) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 3',
        'IP6 (hlim 64, next-header UDP (17) payload length: 37) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 1',
        'IP6 (hlim 64, next-header UDP (17) payload length: 44) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tAck, Length 3',
        'IP6 (hlim 64, next-header UDP (17) payload length: 37) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tNack, Length 9 (invalid)',
        'IP6 (hlim 64, next-header UDP (17) payload length: 34) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff (invalid)',
        'IP6 (hlim 64, next-header UDP (17) payload length: 36) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 2 (unknown)',
        'IP6 (hlim 64, next-header UDP (17) payload length: 9) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP (invalid)',
        'IP6 (hlim 64, next-header UDP (17) payload length: 40) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP (invalid)',
        'IP6 (hlim 64, next-header UDP (17) payload length: 28) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1 (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.5359 > 10.0.0.2.5359: AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 12',
        'IP6 (hlim 64, next-header UDP (17) payload length: 166) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP [|ahcp]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 166) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1 [|ahcp]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 166) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1\n\tHopcount 1, Original Hopcount 1 [|ahcp]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 166) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e [|ahcp]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 166) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff [|ahcp]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 166) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 130 [|ahcp]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 166) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 130 [|ahcp]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 166) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 130 [|ahcp]',
    ],
    '-vv': {'like': '-v',
            0: 'IP6 (hlim 64, next-header UDP (17) payload length: 900) fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: [udp sum ok] hncp (892)\n\tNode endpoint (12) NID: 31:da:78:d2 EPID: 03000000\n\tNetwork state (12) hash: 2ae5f77255200bcc\n\tNode state (684) NID: 31:da:78:d2 seqno: 19 160.105s hash: 800088c8e0714638\n\t\tPeer (16) Peer-NID: 61:69:ed:63 Peer-EPID: 01000000 Local-EPID: 01000000\n\t\tHNCP-Version (21) M: 0 P: 4 H: 4 L: 4 User-agent: hnetd/cac971d\n\t\tExternal-Connection (120)\n\t\t\tDelegated-Prefix, DHCPv6-Data\n\t\tDelegated-Prefix (76) VLSO: 7.000s PLSO: 0.500s Prefix: 10.7.252.0/22\n\t\t\tDHCPv4-Data\n\t\tAssigned-Prefix (18) EPID: 03000000 Prty: 2 Prefix: fd1f:f88c:e207:dbbc::/64\n\t\tAssigned-Prefix (25) EPID: 01000000 Prty: 2 Prefix: 10.0.99.0/24\n\t\tNode-Address (24) EPID: 03000000 IP Address: 10.0.101.27\n\t\tNode-Address (24) EPID: 03000000 IP Address: fd1f:f88c:e207:17::6c\n\t\tDNS-Delegated-Zone (33) IP-Address: fd1f:f88c:e207::69 lb- lan.r.home\n\t\tDNS-Delegated-Zone (28) IP-Address: ::1 --s x\n\t\t\tReserved\n\t\tNode-Name (23) IP-Address: 10.0.101.27 Name: "r1"\n\t\tManaged-PSK (40) PSK: 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n\t\t\tReserved\n\t\tKeep-alive interval (12) EPID: 03000000 Interval: 20.000s\n\t\tTrust-Verdict (56) Verdict: 1 Fingerprint: 6465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f80818283 Common Name: common name\n\t\tPrefix-Policy (5) type: Internet connectivity\n\t\tPrefix-Policy (18) type: DNS domain: example.com\n\t\tPrefix-Policy (15) type: Opaque UTF-8: utf-8 text\n\t\tPrefix-Policy (5) type: Restrictive assignment\n\t\tPrefix-Policy (8) type: Unknown (200)\n\t\tPrefix-Policy (13) type: Dest-Prefix: 2001:db8::/64\n\t\tPrefix-Policy (5) type: Dest-Prefix:  (invalid)\n\t\tDomain-Name (15) Domain: home.arpa\n\t\tReserved: type=0 (4)\n\t\tFuture use: type=6 (8)\n\t\tUnassigned: type=100 (4)\n\t\tUnassigned: type=100 (4)\n\t\tPrivate use: type=800 (5)\n\t\tFuture use: type=3000 (4)\n\tRequest node state (8) NID: 31:da:78:d2\n\tRequest network state (4)\n\tDHCPv6-Data (46)\n\t\tDNS-server (20) 2001:db8::35\n\t\tDNS-search-list (13) lan.ex. .\n\t\tSNTP-servers (4)\n\t\tUnknown (5)\n\tDelegated-Prefix (76) VLSO: 7.000s PLSO: 0.500s Prefix: 10.7.252.0/22\n\t\tDHCPv4-Data (47)\n\t\t\tDNS-server (10) 8.8.8.8 1.1.1.1\n\t\t\tNTP-server (6) 10.0.0.1\n\t\t\tDNS-search (13) home.arpa.\n\t\t\tDNS-search (11) a.<BAD PTR> (invalid)\n\tDHCPv4-Data (47)\n\t\tDNS-server (10) 8.8.8.8 1.1.1.1\n\t\tNTP-server (6) 10.0.0.1\n\t\tDNS-search (13) home.arpa.\n\t\tDNS-search (11) a.<BAD PTR> (invalid)',
            3: 'IP6 (hlim 64, next-header UDP (17) payload length: 76) fe80::218:f3ff:fea9:914e.8231 > fe80::21e:64ff:fe23:4d34.8231: [udp sum ok] hncp (68)\n\tNode state (68) NID: 31:da:78:d2 seqno: 19 160.105s hash: 800088c8e0714638\n\t\tNode-Address (32) EPID: 03000000 IP Address: :: [|hncp]\n\t\tNode endpoint (12) NID: 31:da:78:d2 EPID: 03000000',
            6: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.0.0.1.8231 > 10.0.0.2.8231: [udp sum ok] hncp (16)\n\tNode endpoint (12) NID: 31:da:78:d2 EPID: 03000000\n\tRequest network state (4)',
            14: 'IP6 (hlim 64, next-header UDP (17) payload length: 46) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tDiscover, Length 10\n\t Origin Time: 1970-01-01 00:00:00 UTC\n\t Name Server\n\t NTP Server',
            15: 'IP6 (hlim 64, next-header UDP (17) payload length: 166) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 130\n\t Origin Time: 2013-11-10 07:59:42 UTC\n\t Mandatory\n\t Expires: 418s\n\t IPv4 Address: 10.100.0.1\n\t My-IPv4-Address: 10.0.0.80, 10.0.0.81\n\t Name Server: ::ffff:89.233.43.71, 2002:d596:2a92:1:71:53::\n\t IPv6 Prefix: 2001:db8::/48\n\t IPv4 Prefix Delegation: 10.1.0.0/16, 192.168.0.0/24\n\t IPv4 Prefix (Length 5)\n\t My-IPv6-Address\n\t IPv6 Address: ::1\n\t IPv6 Prefix Delegation\n\t NTP Server\n\t Unknown-99 (Length 2)\n\t Pad',
            17: 'IP6 (hlim 64, next-header UDP (17) payload length: 41) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 5\n\t Origin Time (invalid)',
            18: 'IP6 (hlim 64, next-header UDP (17) payload length: 43) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 7\n\t Expires (invalid)',
            19: 'IP6 (hlim 64, next-header UDP (17) payload length: 53) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 17\n\t My-IPv6-Address (invalid)',
            20: 'IP6 (hlim 64, next-header UDP (17) payload length: 41) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 5\n\t My-IPv4-Address (invalid)',
            21: 'IP6 (hlim 64, next-header UDP (17) payload length: 56) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 20\n\t IPv6 Prefix Delegation: ::/0 (invalid)',
            22: 'IP6 (hlim 64, next-header UDP (17) payload length: 42) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 6\n\t IPv4 Prefix Delegation (invalid)',
            23: 'IP6 (hlim 64, next-header UDP (17) payload length: 39) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 3\n\t IPv4 Address (invalid)',
            24: 'IP6 (hlim 64, next-header UDP (17) payload length: 37) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tRequest, Length 1\n\t IPv6 Address (invalid)',
            25: 'IP6 (hlim 64, next-header UDP (17) payload length: 44) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tAck, Length 3\n\t Origin Time (invalid)',
            32: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.5359 > 10.0.0.2.5359: [udp sum ok] AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 12\n\t Origin Time: 2013-11-10 07:59:42 UTC\n\t Mandatory\n\t Expires (invalid)',
            38: 'IP6 (hlim 64, next-header UDP (17) payload length: 166) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 130\n\t Origin Time [|ahcp]',
            39: 'IP6 (hlim 64, next-header UDP (17) payload length: 166) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 130\n\t Origin Time: 2013-11-10 07:59:42 UTC\n\t Mandatory\n\t Expires: 418s\n\t IPv4 Address: 10.100.0.1\n\t My-IPv4-Address: 10.0.0.80, 10.0.0.81\n\t Name Server [|ahcp]',
            40: 'IP6 (hlim 64, next-header UDP (17) payload length: 166) fe80::218:f3ff:fea9:914e.5359 > ff02::11.5359: AHCP Version 1\n\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n\tOffer, Length 130\n\t Origin Time: 2013-11-10 07:59:42 UTC\n\t Mandatory\n\t Expires: 418s\n\t IPv4 Address: 10.100.0.1\n\t My-IPv4-Address: 10.0.0.80, 10.0.0.81\n\t Name Server: ::ffff:89.233.43.71, 2002:d596:2a92:1:71:53::\n\t IPv6 Prefix [|ahcp]',
            },
}
