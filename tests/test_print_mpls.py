"""MPLS printing (printer/mpls.py) against tcpdump 4.99.3.

The frames are built here (Ethernet types 0x8847 and 0x8848 and UDP port
6635 carrying label stacks of one and more entries, reserved labels, the
payload guesses tcpdump makes -- IPv4 and IPv6 after the NULL labels or by
the first octet, an unknown payload dumped as hex --, a stack cut short by
the length, and cut captures).  ``EXPECTED`` holds tcpdump 4.99.3's text for
them (``-n -tt``, timestamps cut off), recorded once; with tcpdump installed
they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, udp4, udp6

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=14))


A6 = bytes.fromhex("20010db8000000000000000000000001")
B6 = bytes.fromhex("20010db8000000000000000000000002")
INNER4 = udp4("192.0.2.1", "192.0.2.2", 5000, 9, b"hello")
INNER6 = udp6(A6, B6, 5000, 9, b"hello")


def label(value: int, bottom: bool = True, tc: int = 0, ttl: int = 64) -> bytes:
    return struct.pack("!I", value << 12 | tc << 9 | (0x100 if bottom else 0) | ttl)


def frames() -> list[bytes | tuple[bytes, int]]:
    whole = ether(label(100, False, 5, 255) + label(200) + INNER4, 0x8847)
    return [whole, ether(label(0) + INNER4, 0x8847), ether(label(2, tc=3) + INNER6, 0x8847),
            ether(label(3) + INNER4, 0x8848), ether(label(1, False) + label(16000) + INNER6, 0x8847),
            ether(label(17) + b"\x00\x11\x22\x33\x44", 0x8847), ether(label(18), 0x8847),
            ether(udp4("10.0.0.1", "10.0.0.2", 40000, 6635, label(300) + INNER4)),
            ether(udp4("10.0.0.1", "10.0.0.2", 40000, 6635, label(300, False) + b"\x00\x01")),
            (whole, 20), (whole, 22)]


EXPECTED: dict[str, Any] = {
    '': [
        'MPLS (label 100, tc 5, ttl 255) (label 200, tc 0, [S], ttl 64) IP 192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'MPLS (label 0, tc 0, [S], ttl 64) IP 192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'MPLS (label 2, tc 3, [S], ttl 64) IP6 2001:db8::1.5000 > 2001:db8::2.9: UDP, length 5',
        'MPLS (label 3, tc 0, [S], ttl 64) IP 192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'MPLS (label 1, tc 0, ttl 64) (label 16000, tc 0, [S], ttl 64) IP6 2001:db8::1.5000 > 2001:db8::2.9: UDP, length 5',
        'MPLS (label 17, tc 0, [S], ttl 64)\n\t0x0000:  0011 2233 44                             .."3D',
        'MPLS (label 18, tc 0, [S], ttl 64)',
        'IP 10.0.0.1.40000 > 10.0.0.2.6635: MPLS (label 300, tc 0, [S], ttl 64) IP 192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'IP 10.0.0.1.40000 > 10.0.0.2.6635: MPLS (label 300, tc 0, ttl 64) (invalid)',
        'MPLS (label 100, tc 5, ttl 255) [|mpls]',
        'MPLS (label 100, tc 5, ttl 255) (label 200, tc 0, [S], ttl 64) [|mpls]',
    ],
    '-v': [
        'MPLS (label 100, tc 5, ttl 255)\n\t(label 200, tc 0, [S], ttl 64)\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'MPLS (label 0 (IPv4 explicit NULL), tc 0, [S], ttl 64)\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'MPLS (label 2 (IPv6 explicit NULL), tc 3, [S], ttl 64)\n\tIP6 (hlim 64, next-header UDP (17) payload length: 13) 2001:db8::1.5000 > 2001:db8::2.9: [udp sum ok] UDP, length 5',
        'MPLS (label 3 (implicit NULL), tc 0, [S], ttl 64)\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'MPLS (label 1 (router alert), tc 0, ttl 64)\n\t(label 16000, tc 0, [S], ttl 64)\n\tIP6 (hlim 64, next-header UDP (17) payload length: 13) 2001:db8::1.5000 > 2001:db8::2.9: [udp sum ok] UDP, length 5',
        'MPLS (label 17, tc 0, [S], ttl 64)\n\t0x0000:  0011 2233 44                             .."3D',
        'MPLS (label 18, tc 0, [S], ttl 64)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 65)\n    10.0.0.1.40000 > 10.0.0.2.6635: MPLS (label 300, tc 0, [S], ttl 64)\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 34)\n    10.0.0.1.40000 > 10.0.0.2.6635: MPLS (label 300, tc 0, ttl 64) (invalid)',
        'MPLS (label 100, tc 5, ttl 255) [|mpls]',
        'MPLS (label 100, tc 5, ttl 255)\n\t(label 200, tc 0, [S], ttl 64) [|mpls]',
    ],
    '-vv': {'like': '-v',
            0: 'MPLS (label 100, tc 5, ttl 255)\n\t(label 200, tc 0, [S], ttl 64)\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: [udp sum ok] UDP, length 5',
            1: 'MPLS (label 0 (IPv4 explicit NULL), tc 0, [S], ttl 64)\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: [udp sum ok] UDP, length 5',
            3: 'MPLS (label 3 (implicit NULL), tc 0, [S], ttl 64)\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: [udp sum ok] UDP, length 5',
            7: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 65)\n    10.0.0.1.40000 > 10.0.0.2.6635: [udp sum ok] MPLS (label 300, tc 0, [S], ttl 64)\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: [udp sum ok] UDP, length 5',
            8: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 34)\n    10.0.0.1.40000 > 10.0.0.2.6635: [udp sum ok] MPLS (label 300, tc 0, ttl 64) (invalid)',
            },
}

