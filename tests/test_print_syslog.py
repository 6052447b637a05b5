"""Syslog printing (printer/syslog.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4, UDP port 514: messages of several
facilities and severities, with control characters, a priority of too many
digits, no priority, an empty message, and cut captures).  ``EXPECTED``
holds tcpdump 4.99.3's text for them (``-n -tt``, timestamps cut off),
recorded once; with tcpdump installed they are also compared live.
"""

from __future__ import annotations

from typing import Any

import printer_cases as cases
from app_payloads import ether, udp4

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=42))


def frame(payload: bytes) -> bytes:
    return ether(udp4("10.0.0.20", "10.0.0.72", 47565, 514, payload))


def frames() -> list[bytes | tuple[bytes, int]]:
    whole = frame(b"<13>Sep 12 19:16:12 host logger: test message\x00")
    return [whole, frame(b"<191>local7 debug\ttab\r\n"), frame(b"<0>"), frame(b"<1000>x"),
            frame(b"no priority"), frame(b"<12"), frame(b"<3>" + bytes(range(0x7A, 0x86))),
            *[(whole, 42 + n) for n in (10, 2)]]


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.0.0.20.47565 > 10.0.0.72.514: SYSLOG user.notice, length: 46',
        'IP 10.0.0.20.47565 > 10.0.0.72.514: SYSLOG local7.debug, length: 23',
        'IP 10.0.0.20.47565 > 10.0.0.72.514: SYSLOG kernel.emergency, length: 3',
        'IP 10.0.0.20.47565 > 10.0.0.72.514:  (invalid)',
        'IP 10.0.0.20.47565 > 10.0.0.72.514:  (invalid)',
        'IP 10.0.0.20.47565 > 10.0.0.72.514:  [|syslog]',
        'IP 10.0.0.20.47565 > 10.0.0.72.514: SYSLOG kernel.error, length: 15',
        'IP 10.0.0.20.47565 > 10.0.0.72.514: SYSLOG user.notice, length: 46',
        'IP 10.0.0.20.47565 > 10.0.0.72.514:  [|syslog]',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.20.47565 > 10.0.0.72.514: SYSLOG, length: 46\n\tFacility user (1), Severity notice (5)\n\tMsg: Sep 12 19:16:12 host logger: test message^@',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 51)\n    10.0.0.20.47565 > 10.0.0.72.514: SYSLOG, length: 23\n\tFacility local7 (23), Severity debug (7)\n\tMsg: local7 debug^Itab^M^J',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.20.47565 > 10.0.0.72.514: SYSLOG, length: 3\n\tFacility kernel (0), Severity emergency (0)\n\tMsg: ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 35)\n    10.0.0.20.47565 > 10.0.0.72.514:  (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 39)\n    10.0.0.20.47565 > 10.0.0.72.514:  (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.20.47565 > 10.0.0.72.514:  [|syslog]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 43)\n    10.0.0.20.47565 > 10.0.0.72.514: SYSLOG, length: 15\n\tFacility kernel (0), Severity error (3)\n\tMsg: z{|}~^?M-^@M-^AM-^BM-^CM-^DM-^E',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.20.47565 > 10.0.0.72.514: SYSLOG, length: 46\n\tFacility user (1), Severity notice (5)\n\tMsg: Sep 12 [|syslog]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.20.47565 > 10.0.0.72.514:  [|syslog]',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.20.47565 > 10.0.0.72.514: [udp sum ok] SYSLOG, length: 46\n\tFacility user (1), Severity notice (5)\n\tMsg: Sep 12 19:16:12 host logger: test message^@\n\t0x0000:  3c31 333e 5365 7020 3132 2031 393a 3136\n\t0x0010:  3a31 3220 686f 7374 206c 6f67 6765 723a\n\t0x0020:  2074 6573 7420 6d65 7373 6167 6500',
            1: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 51)\n    10.0.0.20.47565 > 10.0.0.72.514: [udp sum ok] SYSLOG, length: 23\n\tFacility local7 (23), Severity debug (7)\n\tMsg: local7 debug^Itab^M^J\n\t0x0000:  3c31 3931 3e6c 6f63 616c 3720 6465 6275\n\t0x0010:  6709 7461 620d 0a',
            2: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.20.47565 > 10.0.0.72.514: [udp sum ok] SYSLOG, length: 3\n\tFacility kernel (0), Severity emergency (0)\n\tMsg: \n\t0x0000:  3c30 3e',
            3: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 35)\n    10.0.0.20.47565 > 10.0.0.72.514: [udp sum ok]  (invalid)',
            4: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 39)\n    10.0.0.20.47565 > 10.0.0.72.514: [udp sum ok]  (invalid)',
            5: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.20.47565 > 10.0.0.72.514: [udp sum ok]  [|syslog]',
            6: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 43)\n    10.0.0.20.47565 > 10.0.0.72.514: [udp sum ok] SYSLOG, length: 15\n\tFacility kernel (0), Severity error (3)\n\tMsg: z{|}~^?M-^@M-^AM-^BM-^CM-^DM-^E\n\t0x0000:  3c33 3e7a 7b7c 7d7e 7f80 8182 8384 85',
            },
}

