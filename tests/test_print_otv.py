"""OTV printing (printer/otv.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4, UDP port 8472, the OTV header
before an Ethernet frame, with and without the I flag, a short header and
cut captures).  ``EXPECTED`` holds tcpdump 4.99.3's text for them
(``-n -tt``, timestamps cut off), recorded once; with tcpdump installed they
are also compared live.
"""

from __future__ import annotations

from typing import Any

import printer_cases as cases
from app_payloads import ether, udp4

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=42))


def otv(flags: int, overlay: int, instance: int) -> bytes:
    return bytes([flags]) + overlay.to_bytes(3, "big") + instance.to_bytes(3, "big") + b"\x00"


INNER = ether(udp4("192.0.2.1", "192.0.2.2", 5000, 9, b"hello"))


def frame(payload: bytes) -> bytes:
    return ether(udp4("10.0.0.1", "10.0.0.2", 45000, 8472, payload))


def frames() -> list[bytes | tuple[bytes, int]]:
    whole = frame(otv(0x08, 0, 100) + INNER)
    cuts: list[bytes | tuple[bytes, int]] = [(whole, 42 + n) for n in (5, 7, 20)]
    return [whole, frame(otv(0x00, 7, 1) + INNER), frame(b"\x08\x00\x00"), *cuts]


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.0.0.1.45000 > 10.0.0.2.8472: OTV, flags [I] (0x08), overlay 0, instance 100\nIP 192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'IP 10.0.0.1.45000 > 10.0.0.2.8472: OTV, flags [.] (0x00), overlay 7, instance 1\nIP 192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'IP 10.0.0.1.45000 > 10.0.0.2.8472: OTV, [length 3 < 8] (invalid)',
        'IP 10.0.0.1.45000 > 10.0.0.2.8472: OTV, flags [I] (0x08), overlay 0,  [|otv]',
        'IP 10.0.0.1.45000 > 10.0.0.2.8472: OTV, flags [I] (0x08), overlay 0, instance 100\n [|otv]',
        'IP 10.0.0.1.45000 > 10.0.0.2.8472: OTV, flags [I] (0x08), overlay 0, instance 100\n [|ether]',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 83)\n    10.0.0.1.45000 > 10.0.0.2.8472: OTV, flags [I] (0x08), overlay 0, instance 100\nIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 83)\n    10.0.0.1.45000 > 10.0.0.2.8472: OTV, flags [.] (0x00), overlay 7, instance 1\nIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.1.45000 > 10.0.0.2.8472: OTV, [length 3 < 8] (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 83)\n    10.0.0.1.45000 > 10.0.0.2.8472: OTV, flags [I] (0x08), overlay 0,  [|otv]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 83)\n    10.0.0.1.45000 > 10.0.0.2.8472: OTV, flags [I] (0x08), overlay 0, instance 100\n [|otv]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 83)\n    10.0.0.1.45000 > 10.0.0.2.8472: OTV, flags [I] (0x08), overlay 0, instance 100\n [|ether]',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 83)\n    10.0.0.1.45000 > 10.0.0.2.8472: [udp sum ok] OTV, flags [I] (0x08), overlay 0, instance 100\nIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: [udp sum ok] UDP, length 5',
            1: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 83)\n    10.0.0.1.45000 > 10.0.0.2.8472: [udp sum ok] OTV, flags [.] (0x00), overlay 7, instance 1\nIP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: [udp sum ok] UDP, length 5',
            2: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.1.45000 > 10.0.0.2.8472: [udp sum ok] OTV, [length 3 < 8] (invalid)',
            },
}
