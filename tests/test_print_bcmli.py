"""Broadcom LI shim printing (printer/bcmli.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4, UDP from port 49152, the 4-octet
shim before an IPv4 or IPv6 datagram, an Ethernet frame, an undecided
payload, an unknown packet type, a short shim and a cut capture).
``EXPECTED`` holds tcpdump 4.99.3's text for them (``-n -tt``, timestamps
cut off), recorded once; with tcpdump installed they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, udp4, udp6

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=42))


def shim(direction: int, ptype: int, subtype: int, li_id: int) -> bytes:
    return struct.pack("!I", direction << 29 | ptype << 25 | subtype << 22 | li_id)


INNER4 = udp4("192.0.2.1", "192.0.2.2", 5000, 9, b"hello")
INNER6 = udp6(bytes.fromhex("20010db8000000000000000000000001"),
              bytes.fromhex("20010db8000000000000000000000002"), 5000, 9, b"hello")
INNER_ETH = ether(INNER4)


def frame(payload: bytes) -> bytes:
    return ether(udp4("10.0.0.1", "10.0.0.2", 49152, 49153, payload))


def frames() -> list[bytes | tuple[bytes, int]]:
    whole = frame(shim(3, 5, 3, 66666) + INNER4)
    return [whole, frame(shim(2, 6, 1, 1) + INNER6), frame(shim(2, 7, 2, 7) + INNER_ETH),
            frame(shim(3, 4, 2, 5) + INNER4), frame(shim(3, 4, 2, 5) + b"\x00" * 8),
            frame(shim(1, 9, 0, 2) + INNER4), frame(b"\x01\x02"), (whole, 42 + 10)]


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.0.0.1.49152 > 10.0.0.2.49153: BCM-LI-SHIM: direction ingress, pkt-type ipv4, pkt-subtype untagged, li-id 66666',
        'IP 10.0.0.1.49152 > 10.0.0.2.49153: BCM-LI-SHIM: direction egress, pkt-type ipv6, pkt-subtype single VLAN tag, li-id 1',
        'IP 10.0.0.1.49152 > 10.0.0.2.49153: BCM-LI-SHIM: direction egress, pkt-type ethernet, pkt-subtype double VLAN tag, li-id 7',
        'IP 10.0.0.1.49152 > 10.0.0.2.49153: BCM-LI-SHIM: direction ingress, pkt-type undecided, pkt-subtype double VLAN tag, li-id 5',
        'IP 10.0.0.1.49152 > 10.0.0.2.49153: BCM-LI-SHIM: direction ingress, pkt-type undecided, pkt-subtype double VLAN tag, li-id 5',
        'IP 10.0.0.1.49152 > 10.0.0.2.49153: BCM-LI-SHIM: direction unused, pkt-type unknown, pkt-subtype unknown, li-id 2',
        'IP 10.0.0.1.49152 > 10.0.0.2.49153:  (length 2 < 4) (invalid)',
        'IP 10.0.0.1.49152 > 10.0.0.2.49153: BCM-LI-SHIM: direction ingress, pkt-type ipv4, pkt-subtype untagged, li-id 66666 [|bcm_li]',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 65)\n    10.0.0.1.49152 > 10.0.0.2.49153: \n    BCM-LI-SHIM: direction ingress, pkt-type ipv4, pkt-subtype untagged, li-id 66666\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 85)\n    10.0.0.1.49152 > 10.0.0.2.49153: \n    BCM-LI-SHIM: direction egress, pkt-type ipv6, pkt-subtype single VLAN tag, li-id 1\n    IP6 (hlim 64, next-header UDP (17) payload length: 13) 2001:db8::1.5000 > 2001:db8::2.9: [udp sum ok] UDP, length 5',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 79)\n    10.0.0.1.49152 > 10.0.0.2.49153: \n    BCM-LI-SHIM: direction egress, pkt-type ethernet, pkt-subtype double VLAN tag, li-id 7\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 65)\n    10.0.0.1.49152 > 10.0.0.2.49153: \n    BCM-LI-SHIM: direction ingress, pkt-type undecided, pkt-subtype double VLAN tag, li-id 5\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.49152 > 10.0.0.2.49153: \n    BCM-LI-SHIM: direction ingress, pkt-type undecided, pkt-subtype double VLAN tag, li-id 5\n    unknown payload',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 65)\n    10.0.0.1.49152 > 10.0.0.2.49153: \n    BCM-LI-SHIM: direction unused, pkt-type unknown, pkt-subtype unknown, li-id 2\n     (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    10.0.0.1.49152 > 10.0.0.2.49153:  (length 2 < 4) (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 65)\n    10.0.0.1.49152 > 10.0.0.2.49153: \n    BCM-LI-SHIM: direction ingress, pkt-type ipv4, pkt-subtype untagged, li-id 66666\n    IP  [|ip]',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 65)\n    10.0.0.1.49152 > 10.0.0.2.49153: [udp sum ok] \n    BCM-LI-SHIM: direction ingress, pkt-type ipv4, pkt-subtype untagged, li-id 66666\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: [udp sum ok] UDP, length 5',
            1: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 85)\n    10.0.0.1.49152 > 10.0.0.2.49153: [udp sum ok] \n    BCM-LI-SHIM: direction egress, pkt-type ipv6, pkt-subtype single VLAN tag, li-id 1\n    IP6 (hlim 64, next-header UDP (17) payload length: 13) 2001:db8::1.5000 > 2001:db8::2.9: [udp sum ok] UDP, length 5',
            2: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 79)\n    10.0.0.1.49152 > 10.0.0.2.49153: [udp sum ok] \n    BCM-LI-SHIM: direction egress, pkt-type ethernet, pkt-subtype double VLAN tag, li-id 7\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: [udp sum ok] UDP, length 5',
            3: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 65)\n    10.0.0.1.49152 > 10.0.0.2.49153: [udp sum ok] \n    BCM-LI-SHIM: direction ingress, pkt-type undecided, pkt-subtype double VLAN tag, li-id 5\n    IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: [udp sum ok] UDP, length 5',
            4: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.49152 > 10.0.0.2.49153: [udp sum ok] \n    BCM-LI-SHIM: direction ingress, pkt-type undecided, pkt-subtype double VLAN tag, li-id 5\n    unknown payload',
            5: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 65)\n    10.0.0.1.49152 > 10.0.0.2.49153: [udp sum ok] \n    BCM-LI-SHIM: direction unused, pkt-type unknown, pkt-subtype unknown, li-id 2\n     (invalid)',
            6: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    10.0.0.1.49152 > 10.0.0.2.49153: [udp sum ok]  (length 2 < 4) (invalid)',
            },
}
