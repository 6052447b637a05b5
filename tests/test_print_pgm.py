"""PGM printing (printer/pgm.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4 and IPv6, IP protocol 113: SPM,
POLL, POLR, ODATA and RDATA with options of every kind, NAK, NNAK, NCF,
ACK, SPMR and an unknown type, bad option lengths, and cut captures).
``EXPECTED`` holds tcpdump 4.99.3's text for them (``-n -tt``, timestamps
cut off), recorded once; with tcpdump installed they are also compared
live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, ipv4

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=34))


A6 = bytes.fromhex("20010db8000000000000000000000001")
B6 = bytes.fromhex("ff0e0000000000000000000000000001")
GSID = bytes.fromhex("83f2d6491cb3")
NLA4 = struct.pack("!HH", 1, 0) + bytes([10, 0, 2, 15])


def pgm(ptype: int, body: bytes, options: bytes = b"", tsdu: int = 0) -> bytes:
    flags = 0x01 if options else 0
    return (struct.pack("!HHBBH", 1234, 5678, ptype, flags, 0) + GSID + struct.pack("!H", tsdu)
            + body + options)


def opt(otype: int, body: bytes) -> bytes:
    return bytes([otype, 2 + len(body)]) + body


def opts(*items: bytes) -> bytes:
    body = b"".join(items)
    return bytes([0, 4]) + struct.pack("!H", 4 + len(body)) + body


OPTIONS = opts(opt(0x01, bytes(2) + struct.pack("!III", 7, 100, 1400)),
               opt(0x02, bytes(2) + struct.pack("!II", 5, 6)), opt(0x03, bytes(2) + b"\x00\x00\x00\x09"),
               opt(0x04, bytes(2) + struct.pack("!II", 1, 2)), opt(0x05, bytes(2) + struct.pack("!II", 3, 4)),
               opt(0x07, bytes(2) + struct.pack("!HH", 1, 0) + bytes([10, 1, 1, 1])),
               opt(0x08, bytes(2) + b"\x00\x00\x00\x02"), opt(0x0B, bytes(2)), opt(0x0C, bytes(6)),
               opt(0x12, bytes(2) + struct.pack("!IHH", 77, 1, 0) + bytes([10, 2, 2, 2])),
               opt(0x20, bytes(2)), opt(0x8D, bytes(2)))


def frame(seg: bytes, v6: bool = False) -> bytes:
    if v6:
        return ether(struct.pack("!IHBB", 0x60000000, len(seg), 113, 64) + A6 + B6 + seg, 0x86DD)
    return ether(ipv4("10.0.2.15", "239.255.194.10", 113, seg))


def frames() -> list[bytes | tuple[bytes, int]]:
    odata = frame(pgm(4, struct.pack("!II", 54951, 21618), OPTIONS, tsdu=4) + b"data")
    # tcpdump takes the group's address family from its address's first octets
    nak = (struct.pack("!IHH", 9, 1, 0) + bytes([10, 0, 2, 15]) + struct.pack("!HH", 1, 0)
           + bytes([0, 1, 10, 9]))
    return [frame(pgm(0, struct.pack("!III", 92190, 21618, 54950) + NLA4)),
            frame(pgm(1, struct.pack("!IHH", 3, 0, 0) + NLA4 + struct.pack("!III", 10, 0xAB, 0xFF))),
            frame(pgm(2, struct.pack("!IHH", 3, 1, 0))), odata,
            frame(pgm(5, struct.pack("!II", 8, 2), opts(opt(0x0D, bytes(2)), opt(0x8E, bytes(2)))),
                  v6=True),
            frame(pgm(8, nak)), frame(pgm(9, nak)), frame(pgm(10, nak)),
            frame(pgm(11, struct.pack("!II", 77, 0))), frame(pgm(12, b"")), frame(pgm(99, bytes(4))),
            frame(pgm(2, struct.pack("!IHH", 3, 1, 0), bytes([1, 4, 0, 8]))),
            frame(pgm(2, struct.pack("!IHH", 3, 1, 0), opts(opt(0x03, bytes(4))))),
            frame(pgm(2, struct.pack("!IHH", 3, 1, 0), opts(bytes([0x01, 2])))),
            frame(pgm(0, struct.pack("!III", 1, 2, 3) + struct.pack("!HH", 9, 0))),
            (odata, 74), (odata, 54), (odata, 37)]


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 4',
        'IP6 2001:db8::1 > ff0e::1: 2001:db8::1.1234 > ff0e::1.5678: PGM, length 0',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 4',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 4',
        'IP 10.0.2.15 > 239.255.194.10: 10.0.2.15 > 239.255.194.10: [|pgm]',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 56)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0 0x83f2d6491cb3 SPM seq 92190 trail 21618 lead 54950 nla 10.0.2.15 [36]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 64)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0 0x83f2d6491cb3 POLL seq 3 round 0 nla 10.0.2.15 ivl 10 rnd 0x000000ab mask 0x000000ff [44]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 44)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0 0x83f2d6491cb3 POLR seq 3 round 1 [24]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 168)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 4 0x83f2d6491cb3 ODATA trail 21618 seq 54951 OPTS LEN 120 FRAG seq 7 off 100 len 1400 NAK LIST 5 6 JOIN 9 BACKOFF ivl 1 ivlseq 2 BACKOFF max 3 min 4 REDIRECT 10.1.1.1 PARITY MAXTGS 2 NBR_UNREACH PATH_NLA [8][Bad option, length 0 < 4] [148]',
        'IP6 (hlim 64, next-header PGM (113) payload length: 36) 2001:db8::1 > ff0e::1: 2001:db8::1.1234 > ff0e::1.5678: PGM, length 0 0x83f2d6491cb3 RDATA trail 2 seq 8 OPTS LEN 12 SYN FIN [36]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 56)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0 0x83f2d6491cb3 NAK (10.0.2.15 -> 0.1.10.9), seq 9 [36]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 56)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0 0x83f2d6491cb3 NNAK (10.0.2.15 -> 0.1.10.9), seq 9 [36]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 56)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0 0x83f2d6491cb3 NCF (10.0.2.15 -> 0.1.10.9), seq 9 [36]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 44)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0 0x83f2d6491cb3 ACK seq 77 [24]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 36)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0 0x83f2d6491cb3 SPMR [16]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 40)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0 0x83f2d6491cb3 UNKNOWN type 0x63 [20]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 48)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0 0x83f2d6491cb3 POLR seq 3 round 1[First option bad, should be PGM_OPT_LENGTH, is 1]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 54)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0 0x83f2d6491cb3 POLR seq 3 round 1 OPTS LEN 10[Bad OPT_JOIN option, length 6 != 8]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 50)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0 0x83f2d6491cb3 POLR seq 3 round 1 OPTS LEN 6[Total option length leaves no room for final option]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 52)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 0 0x83f2d6491cb3  [|pgm]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 168)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 4 0x83f2d6491cb3 ODATA trail 21618 seq 54951 OPTS LEN 120 [|pgm]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 168)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15.1234 > 239.255.194.10.5678: PGM, length 4 0x83f2d6491cb3  [|pgm]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto PGM (113), length 168)\n    10.0.2.15 > 239.255.194.10: 10.0.2.15 > 239.255.194.10: [|pgm]',
    ],
    '-vv': '-v',
}

