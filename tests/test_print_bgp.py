"""BGP printing (printer/bgp.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4, TCP port 179, BGP messages: OPEN
with capabilities, UPDATEs with the common path attributes, multiprotocol
IPv6, VPN, labeled, route-target and unknown families, AIGP and PMSI,
NOTIFICATIONs, KEEPALIVE, ROUTE-REFRESH, End-of-RIB, bytes before a marker,
a short length and cut captures).  ``EXPECTED`` holds tcpdump 4.99.3's text
for them (``-n -tt``, timestamps cut off), recorded once; with tcpdump
installed they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, tcp4

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=54))


# --- builders -----------------------------------------------------------------------

def msg(mtype: int, body: bytes) -> bytes:
    return b"\xff" * 16 + struct.pack("!HB", 19 + len(body), mtype) + body


def attr(flags: int, atype: int, value: bytes) -> bytes:
    if flags & 0x10:
        return struct.pack("!BBH", flags, atype, len(value)) + value
    return struct.pack("!BBB", flags, atype, len(value)) + value


def cap(ctype: int, value: bytes) -> bytes:
    return bytes([ctype, len(value)]) + value


def update(withdrawn: bytes, attrs: bytes, nlri: bytes) -> bytes:
    return msg(2, struct.pack("!H", len(withdrawn)) + withdrawn + struct.pack("!H", len(attrs))
               + attrs + nlri)


def frame(payload: bytes, sport: int = 40000, dport: int = 179) -> bytes:
    return ether(tcp4("10.0.0.1", "10.0.0.2", sport, dport, payload))


RD0 = struct.pack("!HHI", 0, 65000, 7)
CAPS = (cap(1, struct.pack("!HBB", 1, 0, 1)) + cap(2, b"") + cap(65, struct.pack("!I", 4200000001))
        + cap(64, struct.pack("!HHBB", 0x8078, 1, 1, 0x80)) + cap(69, struct.pack("!HBB", 1, 1, 3))
        + cap(8, struct.pack("!HBB", 1, 4, 2)) + cap(99, b"\x01\x02"))
OPEN = msg(1, struct.pack("!BHHIB", 4, 65001, 90, 0x0A000001, len(CAPS) + 2)
           + bytes([2, len(CAPS)]) + CAPS)
ATTRS = (attr(0x40, 1, b"\x00") + attr(0x40, 2, b"\x02\x02" + struct.pack("!HH", 65001, 65002)
                                        + b"\x01\x01" + struct.pack("!H", 65003))
         + attr(0x40, 3, bytes([10, 0, 0, 1])) + attr(0x80, 4, struct.pack("!I", 50))
         + attr(0x40, 5, struct.pack("!I", 100)) + attr(0x40, 6, b"")
         + attr(0xC0, 7, struct.pack("!H", 65001) + bytes([10, 0, 0, 9]))
         + attr(0xC0, 8, struct.pack("!II", 0xFDE80064, 0xFFFFFF01))
         + attr(0x80, 9, bytes([1, 1, 1, 1])) + attr(0x80, 10, bytes([2, 2, 2, 2, 3, 3, 3, 3]))
         + attr(0xC0, 16, struct.pack("!HHI", 0x0002, 65000, 100) + struct.pack("!H4sH", 0x0102,
                                                                                 bytes([9, 9, 9, 9]), 7)
                + struct.pack("!HHf", 0x4004, 1, 125000000.0) + bytes([0x03, 0x06, 0, 0, 0, 0, 5, 1]))
         + attr(0xC0, 32, struct.pack("!III", 65000, 1, 2)) + attr(0xC0, 99, b"\xde\xad"))
UPDATE = update(b"\x18\xc0\xa8\x01\x08\x0a", ATTRS, b"\x18\xac\x10\x05\x20\x0a\x00\x00\x05")
V6_NH = bytes.fromhex("20010db8000000000000000000000001")
MP = (attr(0x40, 1, b"\x02") + attr(0x50, 2, b"\x02\x01" + struct.pack("!I", 4200000001))
      + attr(0x80, 14, struct.pack("!HBB", 2, 1, 16) + V6_NH + b"\x00"
             + b"\x30\x20\x01\x0d\xb8\x00\x01" + b"\x40\x20\x01\x0d\xb8\x00\x02\x00\x00")
      + attr(0x90, 15, struct.pack("!HB", 2, 1) + b"\x20\x20\x01\x0d\xb8")
      + attr(0xC0, 17, b"\x02\x01" + struct.pack("!I", 4200000001))
      + attr(0xC0, 18, struct.pack("!I", 4200000001) + bytes([10, 0, 0, 7])))
UPDATE_MP = update(b"", MP, b"")
VPN = (attr(0x80, 14, struct.pack("!HBB", 1, 128, 12) + RD0 + bytes([10, 0, 0, 1]) + b"\x00"
                     + bytes([88 + 24]) + b"\x00\x3e\x81" + RD0 + bytes([192, 168, 7]))
       + attr(0x80, 14, struct.pack("!HBB", 1, 4, 4) + bytes([10, 0, 0, 1]) + b"\x00"
              + bytes([24 + 32]) + b"\x00\x01\x01" + bytes([172, 16, 0, 1]))
       + attr(0x80, 14, struct.pack("!HBB", 1, 132, 4) + bytes([10, 0, 0, 1]) + b"\x00"
              + bytes([96]) + struct.pack("!I", 65000) + struct.pack("!HHI", 2, 65000, 5))
       + attr(0x80, 14, struct.pack("!HBB", 25, 70, 4) + bytes([10, 0, 0, 1]) + b"\x00\x01\x02")
       + attr(0x80, 15, struct.pack("!HB", 1, 1))
       + attr(0xC0, 26, struct.pack("!BHQ", 1, 11, 2000))
       + attr(0xC0, 22, struct.pack("!BB", 0, 6) + b"\x00\x01\x01" + bytes([10, 1, 1, 1])))
UPDATE_VPN = update(b"", VPN, b"")
SHUT = b"maintenance"
NOTIFY = msg(3, bytes([6, 2, len(SHUT)]) + SHUT + b"\x01\x02")
NOTIFY_FSM = msg(3, bytes([5, 1]))
NOTIFY_MAXPFX = msg(3, bytes([6, 1]) + struct.pack("!HBI", 1, 1, 1000))
KEEPALIVE = msg(4, b"")
REFRESH = msg(5, struct.pack("!HBB", 1, 0, 1))
EOR = update(b"", b"", b"")
UNKNOWN = msg(9, b"\x01\x02\x03")


def frames() -> list[bytes | tuple[bytes, int]]:
    whole = frame(UPDATE)
    return [frame(OPEN), whole, frame(UPDATE_MP), frame(UPDATE_VPN),
            frame(NOTIFY + NOTIFY_FSM + NOTIFY_MAXPFX, sport=179, dport=40000),
            frame(KEEPALIVE + REFRESH + EOR + UNKNOWN),
            frame(b"\x00\x01" + KEEPALIVE),                # bytes before a marker
            frame(b"\xff" * 16 + b"\x00\x05\x04"),          # a length below the header's
            (whole, len(whole) - 30), (whole, 54 + 17), (whole, 54 + 16 + 19 + 2 + 2 + 20)]


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], seq 1000:1069, ack 2000, win 65535, length 69: BGP',
        'IP 10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], seq 0:172, ack 1, win 65535, length 172: BGP',
        'IP 10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], seq 0:109, ack 1, win 65535, length 109: BGP',
        'IP 10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], seq 0:149, ack 1, win 65535, length 149: BGP',
        'IP 10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 1000:1084, ack 2000, win 65535, length 84: BGP',
        'IP 10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], seq 0:87, ack 1, win 65535, length 87: BGP',
        'IP 10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], seq 0:21, ack 1, win 65535, length 21: BGP',
        'IP 10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], seq 0:19, ack 1, win 65535, length 19: BGP',
        'IP 10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], seq 0:172, ack 1, win 65535, length 172: BGP',
        'IP 10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], seq 0:172, ack 1, win 65535, length 172: BGP',
        'IP 10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], seq 0:172, ack 1, win 65535, length 172: BGP',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 109)\n    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], cksum 0x24a9 (correct), seq 1000:1069, ack 2000, win 65535, length 69: BGP\n\tOpen Message (1), length: 69\n\t  Version 4, my AS 65001, Holdtime 90s, ID 10.0.0.1\n\t  Optional parameters, length: 40\n\t    Option Capabilities Advertisement (2), length: 38\n\t      Multiprotocol Extensions (1), length: 4\n\t\tAFI IPv4 (1), SAFI Unicast (1)\n\t      Route Refresh (2), length: 0\n\t      32-Bit AS Number (65), length: 4\n\t\t 4 Byte AS 4200000001\n\t      Graceful Restart (64), length: 6\n\t\tRestart Flags: [R], Restart Time 120s\n\t\t  AFI IPv4 (1), SAFI Unicast (1), Forwarding state preserved: yes\n\t      Multiple Paths (69), length: 4\n\t\tAFI IPv4 (1), SAFI Unicast (1), Send/Receive: Both\n\t      Multiple Labels (8), length: 4\n\t\tAFI IPv4 (1), SAFI labeled Unicast (4), Count: 2\n\t      Unknown (99), length: 2\n\t\tno decoder for Capability 99\n\t\t0x0000:  0102',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 212)\n    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], cksum 0x8e76 (correct), seq 0:172, ack 1, win 65535, length 172: BGP\n\tUpdate Message (2), length: 172\n\t  Withdrawn routes:\n\t    192.168.1.0/24\n\t    10.0.0.0/8\n\t  Origin (1), length: 1, Flags [T]: IGP\n\t  AS Path (2), length: 10, Flags [T]: 65001 65002 { 65003 }\n\t  Next Hop (3), length: 4, Flags [T]: 10.0.0.1\n\t  Multi Exit Discriminator (4), length: 4, Flags [O]: 50\n\t  Local Preference (5), length: 4, Flags [T]: 100\n\t  Atomic Aggregate (6), length: 0, Flags [T]: \n\t  Aggregator (7), length: 6, Flags [OT]:  AS #65001, origin 10.0.0.9\n\t  Community (8), length: 8, Flags [OT]: 65000:100,  NO_EXPORT\n\t  Originator ID (9), length: 4, Flags [O]: 1.1.1.1\n\t  Cluster List (10), length: 8, Flags [O]: 2.2.2.2, 3.3.3.3\n\t  Extended Community (16), length: 32, Flags [OT]: \n\t    target (0x0002), Flags [none]: 65000:100 (= 0.0.0.100)\n\t    target (0x0102), Flags [none]: 9.9.9.9:7\n\t    link-BW (0x4004), Flags [non-transitive]: bandwidth: 1000.000 Mbps\n\t    ospf-route-type (0x0306), Flags [none]: area:0.0.0.0, router-type:External, metric-type:E2E1\n\t  Large Community (32), length: 12, Flags [OT]: \n\t    65000:1:2\n\t  Unknown Attribute (99), length: 2, Flags [OT]: \n\t    no Attribute 99 decoder\n\t    0x0000:  dead\n\t  Updated routes:\n\t    172.16.5.0/24\n\t    10.0.0.5/32',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 149)\n    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], cksum 0xbb63 (correct), seq 0:109, ack 1, win 65535, length 109: BGP\n\tUpdate Message (2), length: 109\n\t  Origin (1), length: 1, Flags [T]: Incomplete\n\t  AS Path (2), length: 6, Flags [TE]: 4200000001 \n\t  Multi-Protocol Reach NLRI (14), length: 37, Flags [O]: \n\t    AFI: IPv6 (2), SAFI: Unicast (1)\n\t    nexthop: 2001:db8::1, nh-length: 16, no SNPA\n\t      2001:db8:1::/48\n\t      2001:db8:2::/64\n\t  Multi-Protocol Unreach NLRI (15), length: 8, Flags [OE]: \n\t    AFI: IPv6 (2), SAFI: Unicast (1)\n\t      2001:db8::/32\n\t  AS4 Path (17), length: 6, Flags [OT]: 4200000001 \n\t  Aggregator4 (18), length: 8, Flags [OT]:  AS #4200000001, origin 10.0.0.7',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 189)\n    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], cksum 0xed3c (correct), seq 0:149, ack 1, win 65535, length 149: BGP\n\tUpdate Message (2), length: 149\n\t  Multi-Protocol Reach NLRI (14), length: 32, Flags [O]: \n\t    AFI: IPv4 (1), SAFI: labeled VPN Unicast (128)\n\t    nexthop: RD: 65000:7 (= 0.0.0.7), 10.0.0.1, nh-length: 12, no SNPA\n\t      RD: 65000:7 (= 0.0.0.7), 192.168.7.0/24, label:1000 (bottom)\n\t  Multi-Protocol Reach NLRI (14), length: 17, Flags [O]: \n\t    AFI: IPv4 (1), SAFI: labeled Unicast (4)\n\t    nexthop: 10.0.0.1, nh-length: 4, no SNPA\n\t      172.16.0.1/32, label:16 (bottom)\n\t  Multi-Protocol Reach NLRI (14), length: 22, Flags [O]: \n\t    AFI: IPv4 (1), vendor specific SAFI: Route Target Routing Information (132)\n\t    nexthop: 10.0.0.1, nh-length: 4, no SNPA\n\t      origin AS: 65000, route-target: 65000:5/64 (0002 fde8 0000 0005)\n\t  Multi-Protocol Reach NLRI (14), length: 11, Flags [O]: \n\t    AFI: VPLS (25), SAFI: EVPN (70)\n\t    no AFI 25 / SAFI 70 decoder\n\t    0x0000:  0019 4604 0a00 0001 0001 02\n\t  Multi-Protocol Unreach NLRI (15), length: 3, Flags [O]: \n\t    AFI: IPv4 (1), SAFI: Unicast (1)\n\t      End-of-Rib Marker (empty NLRI)\n\t  Accumulated IGP Metric (26), length: 11, Flags [OT]: \n\t    AIGP TLV (1), length 11, metric 2000\n\t  PMSI Tunnel (22), length: 9, Flags [OT]: \n\t    Tunnel-type Ingress Replication (6), Flags [none], MPLS Label 16\n\t      Tunnel-Endpoint 10.1.1.1',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 124)\n    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x3b8c (correct), seq 1000:1084, ack 2000, win 65535, length 84: BGP\n\tNotification Message (3), length: 35, Cease (6), subcode Administrative Shutdown (2), Shutdown Communication (length: 11): "maintenance", Data: (length: 2)\n\t\t0x0000:  0102\n\tNotification Message (3), length: 21, Finite State Machine Error (5) subcode In OpenSent State (1)\n\tNotification Message (3), length: 28, Cease (6), subcode Maximum Number of Prefixes Reached (1), AFI IPv4 (1), SAFI Unicast (1), Max Prefixes: 1000',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 127)\n    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], cksum 0xbb8b (correct), seq 0:87, ack 1, win 65535, length 87: BGP\n\tKeepalive Message (4), length: 19\n\tRoute Refresh Message (5), length: 23\n\t  AFI IPv4 (1), SAFI Unicast (1)\n\tUpdate Message (2), length: 23\n\t  End-of-Rib Marker (empty NLRI)\n\tUnknown Message (9), length: 22\n\t  no Message 9 decoder\n\t  0x0000:  ffff ffff ffff ffff ffff ffff ffff ffff\n\t  0x0010:  0016 0901 0203',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 61)\n    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], cksum 0xeef5 (correct), seq 0:21, ack 1, win 65535, length 21: BGP [|bgp]\n\tKeepalive Message (4), length: 19',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 59)\n    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], cksum 0xef06 (correct), seq 0:19, ack 1, win 65535, length 19: BGP\nmessage length 5 < 19 (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 212)\n    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], seq 0:172, ack 1, win 65535, length 172: BGP\n[|BGP Update]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 212)\n    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], seq 0:172, ack 1, win 65535, length 172: BGP [|bgp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 212)\n    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], seq 0:172, ack 1, win 65535, length 172: BGP\n[|BGP Update]',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 109)\n    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], cksum 0x24a9 (correct), seq 1000:1069, ack 2000, win 65535, length 69: BGP\n\tOpen Message (1), length: 69\n\t  Version 4, my AS 65001, Holdtime 90s, ID 10.0.0.1\n\t  Optional parameters, length: 40\n\t    Option Capabilities Advertisement (2), length: 38\n\t      Multiprotocol Extensions (1), length: 4\n\t\tAFI IPv4 (1), SAFI Unicast (1)\n\t\t0x0000:  0001 0001\n\t      Route Refresh (2), length: 0\n\t      32-Bit AS Number (65), length: 4\n\t\t 4 Byte AS 4200000001\n\t\t0x0000:  fa56 ea01\n\t      Graceful Restart (64), length: 6\n\t\tRestart Flags: [R], Restart Time 120s\n\t\t  AFI IPv4 (1), SAFI Unicast (1), Forwarding state preserved: yes\n\t\t0x0000:  8078 0001 0180\n\t      Multiple Paths (69), length: 4\n\t\tAFI IPv4 (1), SAFI Unicast (1), Send/Receive: Both\n\t\t0x0000:  0001 0103\n\t      Multiple Labels (8), length: 4\n\t\tAFI IPv4 (1), SAFI labeled Unicast (4), Count: 2\n\t\t0x0000:  0001 0402\n\t      Unknown (99), length: 2\n\t\tno decoder for Capability 99\n\t\t0x0000:  0102',
            1: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 212)\n    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], cksum 0x8e76 (correct), seq 0:172, ack 1, win 65535, length 172: BGP\n\tUpdate Message (2), length: 172\n\t  Withdrawn routes:\n\t    192.168.1.0/24\n\t    10.0.0.0/8\n\t  Origin (1), length: 1, Flags [T]: IGP\n\t    0x0000:  00\n\t  AS Path (2), length: 10, Flags [T]: 65001 65002 { 65003 }\n\t    0x0000:  0202 fde9 fdea 0101 fdeb\n\t  Next Hop (3), length: 4, Flags [T]: 10.0.0.1\n\t    0x0000:  0a00 0001\n\t  Multi Exit Discriminator (4), length: 4, Flags [O]: 50\n\t    0x0000:  0000 0032\n\t  Local Preference (5), length: 4, Flags [T]: 100\n\t    0x0000:  0000 0064\n\t  Atomic Aggregate (6), length: 0, Flags [T]: \n\t  Aggregator (7), length: 6, Flags [OT]:  AS #65001, origin 10.0.0.9\n\t    0x0000:  fde9 0a00 0009\n\t  Community (8), length: 8, Flags [OT]: 65000:100,  NO_EXPORT\n\t    0x0000:  fde8 0064 ffff ff01\n\t  Originator ID (9), length: 4, Flags [O]: 1.1.1.1\n\t    0x0000:  0101 0101\n\t  Cluster List (10), length: 8, Flags [O]: 2.2.2.2, 3.3.3.3\n\t    0x0000:  0202 0202 0303 0303\n\t  Extended Community (16), length: 32, Flags [OT]: \n\t    target (0x0002), Flags [none]: 65000:100 (= 0.0.0.100)\n\t    target (0x0102), Flags [none]: 9.9.9.9:7\n\t    link-BW (0x4004), Flags [non-transitive]: bandwidth: 1000.000 Mbps\n\t    ospf-route-type (0x0306), Flags [none]: area:0.0.0.0, router-type:External, metric-type:E2E1\n\t    0x0000:  0002 fde8 0000 0064 0102 0909 0909 0007\n\t    0x0010:  4004 0001 4cee 6b28 0306 0000 0000 0501\n\t  Large Community (32), length: 12, Flags [OT]: \n\t    65000:1:2\n\t  Unknown Attribute (99), length: 2, Flags [OT]: \n\t    no Attribute 99 decoder\n\t    0x0000:  dead\n\t  Updated routes:\n\t    172.16.5.0/24\n\t    10.0.0.5/32',
            2: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 149)\n    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], cksum 0xbb63 (correct), seq 0:109, ack 1, win 65535, length 109: BGP\n\tUpdate Message (2), length: 109\n\t  Origin (1), length: 1, Flags [T]: Incomplete\n\t    0x0000:  02\n\t  AS Path (2), length: 6, Flags [TE]: 4200000001 \n\t    0x0000:  0201 fa56 ea01\n\t  Multi-Protocol Reach NLRI (14), length: 37, Flags [O]: \n\t    AFI: IPv6 (2), SAFI: Unicast (1)\n\t    nexthop: 2001:db8::1, nh-length: 16, no SNPA\n\t      2001:db8:1::/48\n\t      2001:db8:2::/64\n\t    0x0000:  0002 0110 2001 0db8 0000 0000 0000 0000\n\t    0x0010:  0000 0001 0030 2001 0db8 0001 4020 010d\n\t    0x0020:  b800 0200 00\n\t  Multi-Protocol Unreach NLRI (15), length: 8, Flags [OE]: \n\t    AFI: IPv6 (2), SAFI: Unicast (1)\n\t      2001:db8::/32\n\t    0x0000:  0002 0120 2001 0db8\n\t  AS4 Path (17), length: 6, Flags [OT]: 4200000001 \n\t    0x0000:  0201 fa56 ea01\n\t  Aggregator4 (18), length: 8, Flags [OT]:  AS #4200000001, origin 10.0.0.7\n\t    0x0000:  fa56 ea01 0a00 0007',
            3: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 189)\n    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], cksum 0xed3c (correct), seq 0:149, ack 1, win 65535, length 149: BGP\n\tUpdate Message (2), length: 149\n\t  Multi-Protocol Reach NLRI (14), length: 32, Flags [O]: \n\t    AFI: IPv4 (1), SAFI: labeled VPN Unicast (128)\n\t    nexthop: RD: 65000:7 (= 0.0.0.7), 10.0.0.1, nh-length: 12, no SNPA\n\t      RD: 65000:7 (= 0.0.0.7), 192.168.7.0/24, label:1000 (bottom)\n\t    0x0000:  0001 800c 0000 fde8 0000 0007 0a00 0001\n\t    0x0010:  0070 003e 8100 00fd e800 0000 07c0 a807\n\t  Multi-Protocol Reach NLRI (14), length: 17, Flags [O]: \n\t    AFI: IPv4 (1), SAFI: labeled Unicast (4)\n\t    nexthop: 10.0.0.1, nh-length: 4, no SNPA\n\t      172.16.0.1/32, label:16 (bottom)\n\t    0x0000:  0001 0404 0a00 0001 0038 0001 01ac 1000\n\t    0x0010:  01\n\t  Multi-Protocol Reach NLRI (14), length: 22, Flags [O]: \n\t    AFI: IPv4 (1), vendor specific SAFI: Route Target Routing Information (132)\n\t    nexthop: 10.0.0.1, nh-length: 4, no SNPA\n\t      origin AS: 65000, route-target: 65000:5/64 (0002 fde8 0000 0005)\n\t    0x0000:  0001 8404 0a00 0001 0060 0000 fde8 0002\n\t    0x0010:  fde8 0000 0005\n\t  Multi-Protocol Reach NLRI (14), length: 11, Flags [O]: \n\t    AFI: VPLS (25), SAFI: EVPN (70)\n\t    no AFI 25 / SAFI 70 decoder\n\t    0x0000:  0019 4604 0a00 0001 0001 02\n\t  Multi-Protocol Unreach NLRI (15), length: 3, Flags [O]: \n\t    AFI: IPv4 (1), SAFI: Unicast (1)\n\t      End-of-Rib Marker (empty NLRI)\n\t    0x0000:  0001 01\n\t  Accumulated IGP Metric (26), length: 11, Flags [OT]: \n\t    AIGP TLV (1), length 11, metric 2000\n\t    0x0000:  0100 0b00 0000 0000 0007 d0\n\t  PMSI Tunnel (22), length: 9, Flags [OT]: \n\t    Tunnel-type Ingress Replication (6), Flags [none], MPLS Label 16\n\t      Tunnel-Endpoint 10.1.1.1\n\t    0x0000:  0006 0001 010a 0101 01',
            5: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 127)\n    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], cksum 0xbb8b (correct), seq 0:87, ack 1, win 65535, length 87: BGP\n\tKeepalive Message (4), length: 19\n\tRoute Refresh Message (5), length: 23\n\t  AFI IPv4 (1), SAFI Unicast (1)\n\t  0x0000:  ffff ffff ffff ffff ffff ffff ffff ffff\n\t  0x0010:  0017 0500 0100 01\n\tUpdate Message (2), length: 23\n\t  End-of-Rib Marker (empty NLRI)\n\tUnknown Message (9), length: 22\n\t  no Message 9 decoder\n\t  0x0000:  ffff ffff ffff ffff ffff ffff ffff ffff\n\t  0x0010:  0016 0901 0203',
            },
}
