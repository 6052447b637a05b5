"""LISP control-message printing (printer/lisp.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4, UDP port 4342, Map-Register and
Map-Notify messages with IPv4 and IPv6 EIDs and locators, the xTR-ID and
site id, trailing data, other message types, no records, an EID family
tcpdump does not decode, and cut captures).  ``EXPECTED`` holds tcpdump
4.99.3's text for them (``-n -tt``, timestamps cut off), recorded once; with
tcpdump installed they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, udp4

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=42))


V6 = bytes.fromhex("20010db8000000000000000000000001")


def header(mtype: int, flags: int, records: int, auth: bytes, key_id: int = 1) -> bytes:
    word = mtype << 28 | flags | records
    return struct.pack("!IQHH", word, 0x1122334455667788, key_id, len(auth)) + auth


def eid(afi: int, addr: bytes, mask: int, locs: list[tuple[int, bytes]]) -> bytes:
    out = struct.pack("!IBBBBHH", 1440, len(locs), mask, 0x10, 0, 3, afi) + addr
    for lafi, laddr in locs:
        out += struct.pack("!BBBBHH", 1, 100, 255, 0, 0x0005, lafi) + laddr
    return out


REC4 = eid(1, bytes([10, 30, 1, 100]), 32, [(1, bytes([20, 20, 8, 253])), (2, V6)])
REC6 = eid(2, V6, 64, [(1, bytes([20, 20, 8, 1]))])
XTR = bytes(range(16)) + struct.pack("!Q", 42)


def frame(payload: bytes) -> bytes:
    return ether(udp4("10.0.0.1", "10.0.0.2", 4342, 4342, payload))


def frames() -> list[bytes | tuple[bytes, int]]:
    whole = frame(header(3, 0x08000100, 2, bytes(20)) + REC4 + REC6)
    return [whole, frame(header(4, 0x08000000, 1, bytes(4), key_id=2) + REC6 + XTR),
            frame(header(3, 0x02000000, 1, b"") + REC4 + XTR),
            frame(header(3, 0, 1, b"") + REC4 + b"\xde\xad"), frame(header(1, 0, 1, b"")),
            frame(header(3, 0, 0, b"")), frame(header(3, 0, 1, b"") + eid(16387, b"", 0, [])),
            frame(b"\x30\x00"), (whole, len(whole) - 10), (whole, 42 + 30)]


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, 2 record(s),\n EID 10.30.1.100/32, 2 locator(s) LOC 20.20.8.253 LOC 2001:db8::1\n EID 2001:db8::1/64, 1 locator(s) LOC 20.20.8.1',
        'IP 10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Notify, 1 record(s),\n EID 2001:db8::1/64, 1 locator(s) LOC 20.20.8.1\n    xTR-ID: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n    SITE-ID: 42',
        'IP 10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, 1 record(s),\n EID 10.30.1.100/32, 2 locator(s) LOC 20.20.8.253 LOC 2001:db8::1\n    xTR-ID: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n    SITE-ID: 42',
        'IP 10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, 1 record(s),\n EID 10.30.1.100/32, 2 locator(s) LOC 20.20.8.253 LOC 2001:db8::1\n    Data: 0x0000:  dead',
        'IP 10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Request,',
        'IP 10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, 0 record(s), (invalid)',
        'IP 10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, 1 record(s),\n',
        'IP 10.0.0.1.4342 > 10.0.0.2.4342:  [|lisp]',
        'IP 10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, 2 record(s),\n EID 10.30.1.100/32, 2 locator(s) LOC 20.20.8.253 LOC 2001:db8::1\n EID 2001:db8::1/64, 1 locator(s) [|lisp]',
        'IP 10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, 2 record(s), [|lisp]',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, flags [P-Proxy-Map-Reply, M-Want-Map-Notify],\n    2 record(s), Authentication SHA1,\n    Authentication-Data: 0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n    Authentication-Data: 0x0010:  0000 0000\n      Record TTL 1440, Authoritative, No-Action, Map Version: 3, EID 10.30.1.100/32, 2 locator(s)\n        LOC 20.20.8.253\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n        LOC 2001:db8::1\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n      Record TTL 1440, Authoritative, No-Action, Map Version: 3, EID 2001:db8::1/64, 1 locator(s)\n        LOC 20.20.8.1\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 112)\n    10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Notify, flags [I-xTR-ID-Present],\n    1 record(s), Authentication SHA256,\n    Authentication-Data: 0x0000:  0000 0000\n      Record TTL 1440, Authoritative, No-Action, Map Version: 3, EID 2001:db8::1/64, 1 locator(s)\n        LOC 20.20.8.1\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n    xTR-ID: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n    SITE-ID: 42',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 120)\n    10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, flags [I-xTR-ID-Present],\n    1 record(s), Authentication SHA1,\n      Record TTL 1440, Authoritative, No-Action, Map Version: 3, EID 10.30.1.100/32, 2 locator(s)\n        LOC 20.20.8.253\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n        LOC 2001:db8::1\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n    xTR-ID: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n    SITE-ID: 42',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 98)\n    10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, flags [none],\n    1 record(s), Authentication SHA1,\n      Record TTL 1440, Authoritative, No-Action, Map Version: 3, EID 10.30.1.100/32, 2 locator(s)\n        LOC 20.20.8.253\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n        LOC 2001:db8::1\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n    Data: 0x0000:  dead',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Request,',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, flags [none],\n    0 record(s), Authentication SHA1, (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, flags [none],\n    1 record(s), Authentication SHA1,\n      Record TTL 1440, Authoritative, No-Action, Map Version: 3,',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    10.0.0.1.4342 > 10.0.0.2.4342:  [|lisp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, flags [P-Proxy-Map-Reply, M-Want-Map-Notify],\n    2 record(s), Authentication SHA1,\n    Authentication-Data: 0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n    Authentication-Data: 0x0010:  0000 0000\n      Record TTL 1440, Authoritative, No-Action, Map Version: 3, EID 10.30.1.100/32, 2 locator(s)\n        LOC 20.20.8.253\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n        LOC 2001:db8::1\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n      Record TTL 1440, Authoritative, No-Action, Map Version: 3, EID 2001:db8::1/64, 1 locator(s) [|lisp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, flags [P-Proxy-Map-Reply, M-Want-Map-Notify],\n    2 record(s), Authentication SHA1,\n    Authentication-Data: 0x0000:  0000 0000 0000 0000 0000 0000 0000 [|lisp]',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.1.4342 > 10.0.0.2.4342: [udp sum ok] LISP-Map-Register, flags [P-Proxy-Map-Reply, M-Want-Map-Notify],\n    2 record(s), Authentication SHA1,\n    Authentication-Data: 0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n    Authentication-Data: 0x0010:  0000 0000\n      Record TTL 1440, Authoritative, No-Action, Map Version: 3, EID 10.30.1.100/32, 2 locator(s)\n        LOC 20.20.8.253\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n        LOC 2001:db8::1\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n      Record TTL 1440, Authoritative, No-Action, Map Version: 3, EID 2001:db8::1/64, 1 locator(s)\n        LOC 20.20.8.1\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],',
            1: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 112)\n    10.0.0.1.4342 > 10.0.0.2.4342: [udp sum ok] LISP-Map-Notify, flags [I-xTR-ID-Present],\n    1 record(s), Authentication SHA256,\n    Authentication-Data: 0x0000:  0000 0000\n      Record TTL 1440, Authoritative, No-Action, Map Version: 3, EID 2001:db8::1/64, 1 locator(s)\n        LOC 20.20.8.1\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n    xTR-ID: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n    SITE-ID: 42',
            2: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 120)\n    10.0.0.1.4342 > 10.0.0.2.4342: [udp sum ok] LISP-Map-Register, flags [I-xTR-ID-Present],\n    1 record(s), Authentication SHA1,\n      Record TTL 1440, Authoritative, No-Action, Map Version: 3, EID 10.30.1.100/32, 2 locator(s)\n        LOC 20.20.8.253\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n        LOC 2001:db8::1\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n    xTR-ID: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n    SITE-ID: 42',
            3: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 98)\n    10.0.0.1.4342 > 10.0.0.2.4342: [udp sum ok] LISP-Map-Register, flags [none],\n    1 record(s), Authentication SHA1,\n      Record TTL 1440, Authoritative, No-Action, Map Version: 3, EID 10.30.1.100/32, 2 locator(s)\n        LOC 20.20.8.253\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n        LOC 2001:db8::1\n          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],\n    Data: 0x0000:  dead',
            4: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.0.0.1.4342 > 10.0.0.2.4342: [udp sum ok] LISP-Map-Request,',
            5: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.0.0.1.4342 > 10.0.0.2.4342: [udp sum ok] LISP-Map-Register, flags [none],\n    0 record(s), Authentication SHA1, (invalid)',
            6: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.1.4342 > 10.0.0.2.4342: [udp sum ok] LISP-Map-Register, flags [none],\n    1 record(s), Authentication SHA1,\n      Record TTL 1440, Authoritative, No-Action, Map Version: 3,',
            7: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    10.0.0.1.4342 > 10.0.0.2.4342: [udp sum ok]  [|lisp]',
            },
}
