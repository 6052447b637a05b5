"""Arista timestamp header printing (printer/arista.py) against tcpdump 4.99.3.

The frames are built here (Ethernet type 0xd28b with the TapAgg timestamp in
its 64-bit and 48-bit formats before an IPv4 datagram, an unknown subtype,
and cut captures).  ``EXPECTED`` holds tcpdump 4.99.3's text for them
(``-n -tt``, timestamps cut off), recorded once; with tcpdump installed they
are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, udp4

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=14))


INNER4 = udp4("192.0.2.1", "192.0.2.2", 5000, 9, b"hello")


def stamp(fmt: int, hw: int, ts: bytes, scale: int = 0, subtype: int = 1) -> bytes:
    return struct.pack("!HBB", subtype, scale, fmt << 4 | hw) + ts


def frames() -> list[bytes | tuple[bytes, int]]:
    whole = ether(stamp(1, 0, struct.pack("!II", 1559162199, 944724424)) + b"\x08\x00" + INNER4,
                  0xD28B)
    return [whole,
            ether(stamp(1, 1, struct.pack("!II", 1, 2100000000), scale=1) + b"\x08\x00" + INNER4,
                  0xD28B),
            ether(stamp(2, 1, struct.pack("!HI", 300, 999)) + b"\x08\x00" + INNER4, 0xD28B),
            ether(stamp(1, 0, bytes(8), subtype=2) + INNER4, 0xD28B),
            (whole, 22), (whole, 14 + 1)]


EXPECTED: dict[str, Any] = {
    '': [
        'ethertype Arista Vendor Specific Protocol (0xd28b), length 61: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo R/R2 (0), Timestamp 2019-05-29 20:36:39.944724424: IP 192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'ethertype Arista Vendor Specific Protocol (0xd28b), length 61: SubType Timestamp (0x0001), Timescale UTC (1), Format 64-bit (1), HwInfo R3 (1), Timestamp 1970-01-01 00:00:03.100000000: IP 192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'ethertype Arista Vendor Specific Protocol (0xd28b), length 59: SubType Timestamp (0x0001), Timescale TAI (0), Format 48-bit (2), HwInfo R3 (1), Timestamp 300.000000999: IP 192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'ethertype Arista Vendor Specific Protocol (0xd28b), length 59: SubType Unknown (0x0002), 00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype Arista Vendor Specific Protocol (0xd28b), length 59: \n\t0x0000:  0002 0010 0000 0000 0000 0000 4500 0021  ............E..!\n\t0x0010:  0001 4000 4011 b6c7 c000 0201 c000 0202  ..@.@...........\n\t0x0020:  1388 0009 000d 246d 6865 6c6c 6f         ......$mhello',
        'ethertype Arista Vendor Specific Protocol (0xd28b), length 61: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo R/R2 (0), Timestamp  [|arista]',
        '[|arista]',
    ],
    '-v': [
        'ethertype Arista Vendor Specific Protocol (0xd28b), length 61: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo R/R2 (0), Timestamp 2019-05-29 20:36:39.944724424: IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'ethertype Arista Vendor Specific Protocol (0xd28b), length 61: SubType Timestamp (0x0001), Timescale UTC (1), Format 64-bit (1), HwInfo R3 (1), Timestamp 1970-01-01 00:00:03.100000000: IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'ethertype Arista Vendor Specific Protocol (0xd28b), length 59: SubType Timestamp (0x0001), Timescale TAI (0), Format 48-bit (2), HwInfo R3 (1), Timestamp 300.000000999: IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: UDP, length 5',
        'ethertype Arista Vendor Specific Protocol (0xd28b), length 59: SubType Unknown (0x0002), 00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype Arista Vendor Specific Protocol (0xd28b), length 59: \n\t0x0000:  0002 0010 0000 0000 0000 0000 4500 0021  ............E..!\n\t0x0010:  0001 4000 4011 b6c7 c000 0201 c000 0202  ..@.@...........\n\t0x0020:  1388 0009 000d 246d 6865 6c6c 6f         ......$mhello',
        'ethertype Arista Vendor Specific Protocol (0xd28b), length 61: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo R/R2 (0), Timestamp  [|arista]',
        '[|arista]',
    ],
    '-vv': {'like': '-v',
            0: 'ethertype Arista Vendor Specific Protocol (0xd28b), length 61: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo R/R2 (0), Timestamp 2019-05-29 20:36:39.944724424: IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: [udp sum ok] UDP, length 5',
            1: 'ethertype Arista Vendor Specific Protocol (0xd28b), length 61: SubType Timestamp (0x0001), Timescale UTC (1), Format 64-bit (1), HwInfo R3 (1), Timestamp 1970-01-01 00:00:03.100000000: IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: [udp sum ok] UDP, length 5',
            2: 'ethertype Arista Vendor Specific Protocol (0xd28b), length 59: SubType Timestamp (0x0001), Timescale TAI (0), Format 48-bit (2), HwInfo R3 (1), Timestamp 300.000000999: IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.0.2.1.5000 > 192.0.2.2.9: [udp sum ok] UDP, length 5',
            },
}

