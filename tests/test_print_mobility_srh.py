"""IPv6 Mobility Header (printer/mobility.py) and routing headers, segment routing
included (printer/ip.py), against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv6): every mobility message type, the
mobility options (with and without bytes after the header, as tcpdump prints
an option only when the byte after it was captured), a header too short for
its type, an unknown type, protocol 62, mobility behind a destination options
header and in IPv4; routing headers of types 0, 2, 4 (flags, tag, reserved
word, odd lengths, unknown type), Ethernet (protocol 143) after a segment
routing header and in IPv4; and cut captures.  ``EXPECTED`` holds tcpdump
4.99.3's text for them (``-n -tt``, time stamps cut off), recorded once; with
tcpdump installed they are also compared live.
"""

from __future__ import annotations

import socket
import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, ipv4, udp6

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=34))

SRC = socket.inet_pton(socket.AF_INET6, "2001:db8::1")
DST = socket.inet_pton(socket.AF_INET6, "2001:db8::2")
COA = socket.inet_pton(socket.AF_INET6, "2001:db8:1::99")


def ip6(nh: int, payload: bytes, plen: int | None = None) -> bytes:
    n = len(payload) if plen is None else plen
    return ether(struct.pack("!IHBB", 0x60000000, n, nh, 64) + SRC + DST + payload, 0x86DD)


def mh(mtype: int, body: bytes, pproto: int = 59, hlen: int | None = None) -> bytes:
    """A mobility header: ``body`` from octet 6 on (padded to 8-octet units)."""
    whole = bytes([pproto, 0, mtype, 0]) + b"\0\0" + body
    whole += bytes(-len(whole) % 8)
    units = len(whole) // 8 - 1 if hlen is None else hlen
    return whole[:1] + bytes([units]) + whole[2:]


COOKIE = bytes(range(1, 9))
TOKEN = bytes(range(0x11, 0x19))
BU = struct.pack("!HBBH", 1000, 0xC0, 0, 3600)        # seq, A|H, lifetime 3600*4


def opts(*o: bytes) -> bytes:
    return b"".join(o)


PAD1 = b"\0"
PADN = bytes([1, 0])
REFRESH = bytes([2, 2]) + struct.pack("!H", 150)
ALTCOA = bytes([3, 16]) + COA
NONCE = bytes([4, 4]) + struct.pack("!HH", 0x1234, 0x5678)
AUTH = bytes([5, 10]) + bytes(10)
UNKNOWN = bytes([0x3C, 2, 0, 0])


def mobility_frames() -> list[bytes | tuple[bytes, int]]:
    bu_opts = mh(5, BU + opts(ALTCOA, NONCE, PADN))
    return [
        ip6(135, mh(0, b"\0\0")),                                         # BRR
        ip6(135, mh(1, b"\0\0" + COOKIE)),                                # HoTI
        ip6(135, mh(2, b"\0\0" + COOKIE)),                                # CoTI
        ip6(135, mh(3, struct.pack("!H", 0x90A) + COOKIE + TOKEN)),       # HoT
        ip6(135, mh(4, struct.pack("!H", 7) + COOKIE + TOKEN)),           # CoT
        ip6(135, mh(5, BU)),                                              # BU, no options
        ip6(135, mh(5, struct.pack("!HBBH", 7, 0x30, 0, 1)) + b"\xaa" * 8),  # L|K, trailer
        ip6(135, bu_opts),                                                # options at the end
        ip6(135, bu_opts + b"\xee" * 4),                                  # ... and after it
        ip6(135, mh(5, BU + opts(PAD1, PAD1, REFRESH, AUTH, UNKNOWN)) + b"\xee"),
        ip6(135, mh(6, struct.pack("!BBHH", 128, 0x80, 55, 1)) + b"\xee"),  # BA, K
        ip6(135, mh(6, struct.pack("!BBHH", 0, 0, 56, 2) + opts(REFRESH)) + b"\xee"),
        ip6(135, mh(7, b"\x01\0" + SRC)),                                 # BE
        ip6(135, mh(9, b"\0\0" * 5)),                                     # unknown type
        ip6(135, mh(5, b"\0\0", hlen=0)),                                 # too short for BU
        ip6(135, mh(3, b"\0\0" * 3, hlen=1)),                             # too short for HoT
        ip6(62, mh(5, BU)),                                               # the old number
        ip6(60, bytes([135, 0, 1, 4, 0, 0, 0, 0]) + mh(0, b"\0\0")),      # after DSTOPT
        ether(ipv4("10.0.0.1", "10.0.0.2", 135, mh(0, b"\0\0"))),          # IPv4: unknown
        # options too short for their type, with a byte captured after them
        *[ip6(135, mh(5, BU + o) + b"\xee") for o in (bytes([0, 0, 2, 0]), bytes([3, 2, 0, 0]),
                                                      bytes([4, 2, 0, 0]), bytes([5, 2, 0, 0]))],
        ip6(135, mh(5, BU + opts(ALTCOA)) + b"\xee", plen=len(mh(5, BU + opts(ALTCOA))) + 1),
        # cut captures
        (ip6(135, mh(5, BU)), 54 + 1), (ip6(135, mh(5, BU)), 54 + 2),
        (ip6(135, mh(5, BU)), 54 + 7), (ip6(135, mh(5, BU)), 54 + 9),
        (ip6(135, mh(5, BU)), 54 + 11),
        (ip6(135, mh(3, struct.pack("!H", 1) + COOKIE + TOKEN)), 54 + 20),
        (ip6(135, mh(7, b"\x01\0" + SRC)), 54 + 20),
        (ip6(135, bu_opts + b"\xee" * 4), 54 + 30),
    ]


# --- routing headers ------------------------------------------------------------------

SEG = [socket.inet_pton(socket.AF_INET6, f"2001:db8:{i}::1") for i in (10, 20, 30)]


def rh(nh: int, rtype: int, segleft: int, word: bytes, addrs: list[bytes],
       extra: bytes = b"") -> bytes:
    body = word + b"".join(addrs) + extra
    return bytes([nh, (len(body) + 4) // 8 - 1 if (len(body) + 4) % 8 == 0 else len(body) // 8,
                  rtype, segleft]) + body


def udp_payload() -> bytes:
    return udp6(SRC, DST, 1000, 2000, b"data")[40:]


def srh_frames() -> list[bytes | tuple[bytes, int]]:
    u = udp_payload()
    srh = rh(17, 4, 1, bytes([1, 0]) + struct.pack("!H", 0x1234), SEG[:2])
    srh_flags = rh(17, 4, 0, bytes([0, 0x80, 0, 0]), SEG[:1])
    rh0 = rh(17, 0, 2, struct.pack("!I", 0x1000), SEG[:2])
    rh2 = rh(58, 2, 1, bytes(4), SEG[:1])
    tlv = bytes([1, 6]) + bytes(6)                        # a PadN TLV: odd length
    srh_tlv = bytes([17, 5, 4, 0, 0, 0, 0, 0]) + SEG[0] + SEG[1] + tlv
    unknown = rh(17, 5, 0, bytes(4), SEG[:1])
    inner = ether(ipv4("10.1.1.1", "10.1.1.2", 17, struct.pack("!HHHH", 53, 53, 8, 0)))
    srh_eth = rh(143, 4, 0, bytes(4), SEG[:1])
    return [
        ip6(43, srh + u), ip6(43, srh_flags + u), ip6(43, rh0 + u),
        ip6(43, rh2 + bytes([128, 0, 0, 0, 0, 1, 0, 1])), ip6(43, srh_tlv + u),
        ip6(43, unknown + u), ip6(43, srh_eth + inner),
        ether(ipv4("10.0.0.1", "10.0.0.2", 143, inner)),
        (ip6(43, srh + u), 54 + 2), (ip6(43, srh + u), 54 + 5), (ip6(43, srh + u), 54 + 7),
        (ip6(43, srh + u), 54 + 30), (ip6(43, rh0 + u), 54 + 6), (ip6(43, srh_tlv + u), 54 + 6),
    ]


def frames() -> list[bytes | tuple[bytes, int]]:
    return mobility_frames() + srh_frames()


EXPECTED: dict[str, Any] = {
    '': [
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BRR',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: HoTI',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: CoTI',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: HoT nonce id=0x90a',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: CoT nonce id=0x7',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=7 LK lifetime=4',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BA status=128 K seq#=55 lifetime=4',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BA status=0 seq#=56 lifetime=8',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BE status=1 homeaddr 2001:db8::1',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: type-#9 len=1',
        'IP6 2001:db8::1 > 2001:db8::2: (header length 8 is too small for type 5) [|mobility]',
        'IP6 2001:db8::1 > 2001:db8::2: (header length 16 is too small for type 3) [|mobility]',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400',
        'IP6 2001:db8::1 > 2001:db8::2: DSTOPT mobility: BRR',
        'IP 10.0.0.1 > 10.0.0.2:  ip-proto-135 8',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400',
        'IP6 2001:db8::1 > 2001:db8::2:  [|mobility]',
        'IP6 2001:db8::1 > 2001:db8::2:  [|mobility]',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BU [|mobility]',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 [|mobility]',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH [|mobility]',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: HoT nonce id=0x1',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BE status=1 [|mobility]',
        'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400',
        'IP6 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=4, segleft=1, last-entry=1, tag=1234, [0]2001:db8:10::1, [1]2001:db8:20::1) 1000 > 2000: UDP, length 4',
        'IP6 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=4, segleft=0, last-entry=0, flags=0x80, tag=0, [0]2001:db8:10::1) 1000 > 2000: UDP, length 4',
        'IP6 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=0 [Deprecated], segleft=2, rsv=0x1000, [0]2001:db8:10::1, [1]2001:db8:20::1) 1000 > 2000: UDP, length 4',
        'IP6 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=2, segleft=1, [0]2001:db8:10::1) ICMP6, echo request, id 1, seq 1, length 8',
        'IP6 2001:db8::1 > 2001:db8::2: RT6 (len=5, type=4, segleft=0, last-entry=0, tag=0 (invalid length 5) (invalid)',
        'IP6 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=5, segleft=0 (unknown type) (invalid)',
        'IP6 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=4, segleft=0, last-entry=0, tag=0, [0]2001:db8:10::1) IP 10.1.1.1.53 > 10.1.1.2.53: domain [length 0 < 12] (invalid)',
        'IP 10.0.0.1 > 10.0.0.2: [Ethernet requires IPv6] (invalid)',
        'IP6 2001:db8::1 > 2001:db8::2: RT6 (len=4 [|rt6]',
        'IP6 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=4, segleft=1, last-entry=1 [|rt6]',
        'IP6 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=4, segleft=1, last-entry=1 [|rt6]',
        'IP6 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=4, segleft=1, last-entry=1, tag=1234, [0]2001:db8:10::1 [|rt6]',
        'IP6 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=0 [Deprecated], segleft=2 [|rt6]',
        'IP6 2001:db8::1 > 2001:db8::2: RT6 (len=5, type=4, segleft=0, last-entry=0 [|rt6]',
    ],
    '-v': [
        'IP6 (hlim 64, next-header Mobility (135) payload length: 8) 2001:db8::1 > 2001:db8::2: mobility: BRR',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 16) 2001:db8::1 > 2001:db8::2: mobility: HoTI Home Init Cookie=01020304:05060708',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 16) 2001:db8::1 > 2001:db8::2: mobility: CoTI Care-of Init Cookie=01020304:05060708',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 24) 2001:db8::1 > 2001:db8::2: mobility: HoT nonce id=0x90a Home Init Cookie=01020304:05060708 Home Keygen Token=11121314:15161718',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 24) 2001:db8::1 > 2001:db8::2: mobility: CoT nonce id=0x7 Care-of Init Cookie=01020304:05060708 Care-of Keygen Token=11121314:15161718',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 16) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400(pad1)(pad1)(pad1) [|mobility]',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 24) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=7 LK lifetime=4(pad1)(pad1)(pad1)(pad1)',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 40) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400(alt-CoA: 2001:db8:1::99)(ni: ho=0x1234 co=0x5678)(padn)(pad1) [|mobility]',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 44) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400(alt-CoA: 2001:db8:1::99)(ni: ho=0x1234 co=0x5678)(padn)(pad1)(pad1)',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 41) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400(pad1)(pad1)(refresh: 600)(auth)(type-0x3c: len=2)(pad1)(pad1)(pad1)(pad1)(pad1)(pad1)',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 17) 2001:db8::1 > 2001:db8::2: mobility: BA status=128 K seq#=55 lifetime=4(pad1)(pad1)(pad1)(pad1)',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 17) 2001:db8::1 > 2001:db8::2: mobility: BA status=0 seq#=56 lifetime=8(refresh: 600)',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 24) 2001:db8::1 > 2001:db8::2: mobility: BE status=1 homeaddr 2001:db8::1',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 16) 2001:db8::1 > 2001:db8::2: mobility: type-#9 len=1',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 8) 2001:db8::1 > 2001:db8::2: (header length 8 is too small for type 5) [|mobility]',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 16) 2001:db8::1 > 2001:db8::2: (header length 16 is too small for type 3) [|mobility]',
        'IP6 (hlim 64, next-header Mobile IP (old) (62) payload length: 16) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400(pad1)(pad1)(pad1) [|mobility]',
        'IP6 (hlim 64, next-header unknown (60) payload length: 16) 2001:db8::1 > 2001:db8::2: DSTOPT (padn) mobility: BRR',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto Mobility (135), length 28)\n    10.0.0.1 > 10.0.0.2:  ip-proto-135 8',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 17) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400(pad1)(pad1)(refresh: trunc) [|mobility]',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 17) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400(altcoa: trunc) [|mobility]',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 17) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400(ni: trunc) [|mobility]',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 17) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400(auth: trunc) [|mobility]',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 33) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400(alt-CoA: 2001:db8:1::99)(pad1)(pad1)',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 16) 2001:db8::1 > 2001:db8::2:  [|mobility]',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 16) 2001:db8::1 > 2001:db8::2:  [|mobility]',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 16) 2001:db8::1 > 2001:db8::2: mobility: BU [|mobility]',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 16) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 [|mobility]',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 16) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH [|mobility]',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 24) 2001:db8::1 > 2001:db8::2: mobility: HoT nonce id=0x1 Home Init Cookie=01020304:05060708 [|mobility]',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 24) 2001:db8::1 > 2001:db8::2: mobility: BE status=1 [|mobility]',
        'IP6 (hlim 64, next-header Mobility (135) payload length: 44) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=1000 AH lifetime=14400 [|mobility]',
        'IP6 (hlim 64, next-header Routing (43) payload length: 52) 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=4, segleft=1, last-entry=1, flags=0x0, tag=1234, [0]2001:db8:10::1, [1]2001:db8:20::1) 1000 > 2000: [bad udp cksum 0xbfe6 -> 0xbfd7!] UDP, length 4',
        'IP6 (hlim 64, next-header Routing (43) payload length: 36) 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=4, segleft=0, last-entry=0, flags=0x80, tag=0, [0]2001:db8:10::1) 1000 > 2000: [bad udp cksum 0xbfe6 -> 0xbfd7!] UDP, length 4',
        'IP6 (hlim 64, next-header Routing (43) payload length: 52) 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=0 [Deprecated], segleft=2, rsv=0x1000, [0]2001:db8:10::1, [1]2001:db8:20::1) 1000 > 2000: [bad udp cksum 0xbfe6 -> 0xbfc7!] UDP, length 4',
        'IP6 (hlim 64, next-header Routing (43) payload length: 32) 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=2, segleft=1, rsv=0x0, [0]2001:db8:10::1) [bad icmp6 cksum 0x0000 -> 0x2437!] ICMP6, echo request, id 1, seq 1',
        'IP6 (hlim 64, next-header Routing (43) payload length: 60) 2001:db8::1 > 2001:db8::2: RT6 (len=5, type=4, segleft=0, last-entry=0, flags=0x0, tag=0 (invalid length 5) (invalid)',
        'IP6 (hlim 64, next-header Routing (43) payload length: 36) 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=5, segleft=0 (unknown type) (invalid)',
        'IP6 (hlim 64, next-header Routing (43) payload length: 66) 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=4, segleft=0, last-entry=0, flags=0x0, tag=0, [0]2001:db8:10::1) IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)\n    10.1.1.1.53 > 10.1.1.2.53: domain [length 0 < 12] (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto Ethernet (143), length 62)\n    10.0.0.1 > 10.0.0.2: [Ethernet requires IPv6] (invalid)',
        'IP6 (hlim 64, next-header Routing (43) payload length: 52) 2001:db8::1 > 2001:db8::2: RT6 (len=4 [|rt6]',
        'IP6 (hlim 64, next-header Routing (43) payload length: 52) 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=4, segleft=1, last-entry=1 [|rt6]',
        'IP6 (hlim 64, next-header Routing (43) payload length: 52) 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=4, segleft=1, last-entry=1, flags=0x0 [|rt6]',
        'IP6 (hlim 64, next-header Routing (43) payload length: 52) 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=4, segleft=1, last-entry=1, flags=0x0, tag=1234, [0]2001:db8:10::1 [|rt6]',
        'IP6 (hlim 64, next-header Routing (43) payload length: 52) 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=0 [Deprecated], segleft=2 [|rt6]',
        'IP6 (hlim 64, next-header Routing (43) payload length: 60) 2001:db8::1 > 2001:db8::2: RT6 (len=5, type=4, segleft=0, last-entry=0, flags=0x0 [|rt6]',
    ],
    '-vv': {'like': '-v',
            38: 'IP6 (hlim 64, next-header Routing (43) payload length: 66) 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=4, segleft=0, last-entry=0, flags=0x0, tag=0, [0]2001:db8:10::1) IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)\n    10.1.1.1.53 > 10.1.1.2.53: [no cksum] domain [length 0 < 12] (invalid)',
            },
}
