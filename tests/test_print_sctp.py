"""SCTP printing (printer/sctp.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4 and IPv6, IP protocol 132): DATA
chunks with each fragment flag and PPID names, M3UA payloads (parameters
with values, a bad length, another version, unknown classes and too short
parameters), other payloads (hex dump with ``-vv``), INIT and INIT ACK with
parameters, SACK with gap blocks and duplicate TSNs, every other chunk type
and an unknown one, ForCES messages (by port and by PPID; TLVs good and bad,
a bad length and a bad type), chunks with bad lengths, a header shorter than SCTP's, and cut
captures.  ``EXPECTED`` holds tcpdump 4.99.3's text for them (``-n -tt``,
timestamps cut off), recorded once; with tcpdump installed they are also
compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, ipv4

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=34))

A6 = bytes.fromhex("20010db8000000000000000000000001")
B6 = bytes.fromhex("20010db8000000000000000000000002")


def frame(seg: bytes, v6: bool = False) -> bytes:
    if v6:
        return ether(struct.pack("!IHBB", 0x60000000, len(seg), 132, 64) + A6 + B6 + seg, 0x86DD)
    return ether(ipv4("10.28.6.42", "10.28.6.44", 132, seg))


def sctp(chunks: list[bytes], sport: int = 2905, dport: int = 2905) -> bytes:
    return struct.pack("!HHII", sport, dport, 0x1234ABCD, 0xDEADBEEF) + b"".join(chunks)


def chunk(ctype: int, flags: int, body: bytes, pad: bool = True) -> bytes:
    c = struct.pack("!BBH", ctype, flags, 4 + len(body)) + body
    return c + b"\x00" * (-len(c) % 4) if pad else c


def data(payload: bytes, ppid: int = 3, flags: int = 3, tsn: int = 1822994892) -> bytes:
    return chunk(0, flags, struct.pack("!IHHI", tsn, 6, 42, ppid) + payload)


def param(tag: int, value: bytes) -> bytes:
    p = struct.pack("!HH", tag, 4 + len(value)) + value
    return p + b"\x00" * (-len(p) % 4)


def m3ua(mclass: int, mtype: int, params: bytes, length: int | None = None,
         version: int = 1) -> bytes:
    size = 8 + len(params) if length is None else length
    return struct.pack("!BBBBI", version, 0, mclass, mtype, size) + params


def forces(tom: int, body: bytes = b"", words: int | None = None) -> bytes:
    size = (24 + len(body)) // 4 if words is None else words
    return struct.pack("!BBHIIQI", 0x10, tom, size, 2, 0x40000001, 7, 0xF8400000) + body


def tlv(ttype: int, value: bytes) -> bytes:
    t = struct.pack("!HH", ttype, 4 + len(value)) + value
    return t + b"\x00" * (-len(t) % 4)


def ilv(itype: int, value: bytes) -> bytes:
    return struct.pack("!II", itype, 8 + len(value)) + value


# a Config message setting a component (LFB select, Set, path data, full data), a
# packet redirect with metadata and data, an association response with a bad
# result code, and a query whose path data has too few ids
FORCES_CONFIG = forces(0x03, tlv(0x1000, struct.pack("!II", 1, 1) + tlv(0x0001, tlv(
    0x0110, struct.pack("!HHI", 0, 1, 9) + tlv(0x0112, b"\x00\x00\x00\x2a")))))
FORCES_REDIRECT = forces(0x06, tlv(0x0001, tlv(0x0115, ilv(7, b"meta")) + tlv(0x0116, b"packet")))
FORCES_BAD_RESULT = forces(0x11, tlv(0x0010, b"\x00\x00\x01\x2c"))
FORCES_SHORT_IDS = forces(0x04, tlv(0x1000, struct.pack("!II", 2, 1) + tlv(0x0007, tlv(
    0x0110, struct.pack("!HHI", 0, 3, 9)))))
M3UA_DATA = m3ua(1, 1, param(0x0200, b"\x00\x00\x00\x05") + param(0x0006, b"\x00\x00\x00\x01")
                 + param(0x0210, b"ISUP message"))
INIT = struct.pack("!IIHHI", 3664, 57344, 10, 65535, 1822994890) + param(5, bytes([10, 0, 0, 1]))


def frames() -> list[bytes | tuple[bytes, int]]:
    sack = chunk(3, 0, struct.pack("!IIHH", 4307, 57320, 2, 2) + struct.pack("!HHHH", 2, 4, 7, 9)
                 + struct.pack("!II", 4300, 4301))
    others = [chunk(t, 0, b"\x00\x01\x00\x08abcd") for t in
              (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0xC0, 0xC1, 0xC2, 0x80)]
    m3ua_odd = [data(m3ua(1, 1, b"", length=99)), data(m3ua(3, 3, param(9, b"hb"), version=2)),
                data(b"abc"), data(m3ua(7, 1, param(0x0013, b"ab"))),
                data(m3ua(2, 9, param(0x0013, b"abcd") + b"\x00\x01")),
                data(m3ua(0, 1, param(0x000C, b"\x00\x00\x00\x01") + b"\x00\x04\x00\x02")),
                data(m3ua(4, 3, param(0x0006, b"\x00\x00\x00\x02")))]
    whole = frame(sctp([data(M3UA_DATA)]))
    mixed = frame(sctp([data(M3UA_DATA, flags=4), data(b"hello, world", ppid=46, flags=0), sack]))
    whole6 = frame(sctp([data(M3UA_DATA, flags=2), chunk(11, 0, b"")]), v6=True)
    return [
        whole, mixed, whole6,
        frame(sctp([chunk(1, 0, INIT)], 40000, 36412)),
        frame(sctp([chunk(2, 0, INIT + param(7, b"cookie"))], 36412, 40000), v6=True),
        frame(sctp([sack], 38412, 38412)),
        frame(sctp(others, 5000, 5001)), frame(sctp(m3ua_odd)),
        frame(sctp([data(forces(0x0F))], 6704, 40000)),
        frame(sctp([data(forces(0x0F, b"abcd"), ppid=21)], 1, 2)),
        frame(sctp([data(forces(0x04), ppid=22), data(forces(0x0F), ppid=23, flags=1)],
                   6705, 6706)),
        frame(sctp([data(forces(0x07))], 6706, 1)), frame(sctp([data(forces(0x12))], 6706, 1)),
        frame(sctp([data(forces(0x0F, words=9))], 6706, 1)),
        frame(sctp([data(b"ab", ppid=23)], 1, 2)),
        frame(sctp([data(FORCES_CONFIG), data(FORCES_REDIRECT)], 6704, 40000)),
        frame(sctp([data(FORCES_BAD_RESULT, ppid=21), data(FORCES_SHORT_IDS, ppid=21)], 1, 2)),
        frame(sctp([chunk(0, 3, b"short")])),
        frame(sctp([chunk(0, 3, struct.pack("!IHHI", 1, 2, 3, 4))])),
        frame(sctp([chunk(1, 0, b"x" * 10)])), frame(sctp([chunk(2, 0, b"")])),
        frame(sctp([chunk(3, 0, struct.pack("!IIHH", 1, 2, 3, 0) + struct.pack("!HH", 2, 4)
                          + b"ab")])),
        frame(sctp([chunk(3, 0, struct.pack("!IIHH", 1, 2, 0, 2) + b"\x00\x00\x00\x07xy")])),
        frame(sctp([])), frame(sctp([b"\x00\x00"])), frame(sctp([b"\x00\x00\x00\x02"])),
        frame(sctp([b"\x0b\x00\x00\x05a"])), frame(sctp([chunk(11, 0, b""), b"\x0b\x00\x00\x40"])),
        frame(sctp([data(m3ua(9, 2, b"\x00\x06\x00\x30abcd"))])),
        frame(b"\x0b\x59\x0b\x59\x00\x00", v6=True), frame(b"\x0b\x59\x0b\x59\x00\x00\x00\x01\x00"),
        *[(whole, n) for n in (40, 50, 60, 90)],
        *[(mixed, n) for n in (62, 100, 120, 140)],
        *[(whole6, n) for n in (60, 70, 100, 124)],
    ]


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] ',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (U) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (2) [DATA] [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID 0x2e] , (3) [SACK] [cum ack 4307] [a_rwnd 57320] [#gap acks 2] [#dup tsns 2] \n\t\t[gap ack block #1: start = 4309, end = 4311] \n\t\t[gap ack block #2: start = 4314, end = 4316] \n\t\t[dup TSN #1: 4300] \n\t\t[dup TSN #2: 4301] ',
        'IP6 2001:db8::1.2905 > 2001:db8::2.2905: sctp (1) [DATA] (B) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (2) [COOKIE ACK] ',
        'IP 10.28.6.42.40000 > 10.28.6.44.36412: sctp (1) [INIT] [init tag: 3664] [rwnd: 57344] [OS: 10] [MIS: 65535] [init TSN: 1822994890] ',
        'IP6 2001:db8::1.36412 > 2001:db8::2.40000: sctp (1) [INIT ACK] [init tag: 3664] [rwnd: 57344] [OS: 10] [MIS: 65535] [init TSN: 1822994890] ',
        'IP 10.28.6.42.38412 > 10.28.6.44.38412: sctp (1) [SACK] [cum ack 4307] [a_rwnd 57320] [#gap acks 2] [#dup tsns 2] \n\t\t[gap ack block #1: start = 4309, end = 4311] \n\t\t[gap ack block #2: start = 4314, end = 4316] \n\t\t[dup TSN #1: 4300] \n\t\t[dup TSN #2: 4301] ',
        'IP 10.28.6.42.5000 > 10.28.6.44.5001: sctp (1) [HB REQ] , (2) [HB ACK] , (3) [ABORT] , (4) [SHUTDOWN] , (5) [SHUTDOWN ACK] , (6) [OP ERR] , (7) [COOKIE ECHO] , (8) [COOKIE ACK] , (9) [ECN ECHO] , (10) [ECN CWR] , (11) [SHUTDOWN COMPLETE] , (12) [FOR CUM TSN] , (13) [REL CTRL] , (14) [REL CTRL ACK] , (15) [Unknown chunk type: 0x80] ',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (2) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (3) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (4) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (5) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (6) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (7) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] ',
        'IP 10.28.6.42.6704 > 10.28.6.44.40000: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\tForCES HeartBeat ',
        'IP 10.28.6.42.1 > 10.28.6.44.2: sctp (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES HP] \n\tForCES HeartBeat ',
        'IP 10.28.6.42.6705 > 10.28.6.44.6706: sctp[ForCES MP][ForCES LP] (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES MP] \n\tForCES Query \tTop level TLV Data missing!\n\n\t[0x0000:  1004 0006 0000 0002 4000 0001 0000 0000\n\t[0x0010:  0000 0007 f840 0000\n\t], (2) [DATA] (E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES LP] \n\tForCES HeartBeat ',
        'IP 10.28.6.42.6706 > 10.28.6.44.1: sctp[ForCES LP] (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] Invalid ForCES message type 7\n\n\t[0x0000:  1007 0006 0000 0002 4000 0001 0000 0000\n\t[0x0010:  0000 0007 f840 0000\n\t]',
        'IP 10.28.6.42.6706 > 10.28.6.44.1: sctp[ForCES LP] (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\tUnknown ForCES message type=0x12\n\t[0x0000:  1012 0006 0000 0002 4000 0001 0000 0000\n\t[0x0010:  0000 0007 f840 0000\n\t]',
        'IP 10.28.6.42.6706 > 10.28.6.44.1: sctp[ForCES LP] (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\tForCES HeartBeat Illegal ForCES pkt len - min 24, total recvd 24, advertised 36 \n\t[0x0000:  100f 0009 0000 0002 4000 0001 0000 0000\n\t[0x0010:  0000 0007 f840 0000\n\t]',
        'IP 10.28.6.42.1 > 10.28.6.44.2: sctp (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES LP]  [|forces]',
        'IP 10.28.6.42.6704 > 10.28.6.44.40000: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\tForCES Config , (2) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\tForCES Packet Redirect \n           METADATA length 12\n           MetaID 0x7 length 12\n\n           Redirect Data length 6\n',
        'IP 10.28.6.42.1 > 10.28.6.44.2: sctp (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES HP] \n\tForCES Association Response illegal ASRresult result code: 300!\n\n\t[0x0000:  1011 0008 0000 0002 4000 0001 0000 0000\n\t[0x0010:  0000 0007 f840 0000 0010 0008 0000 012c\n\t], (2) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES HP] \n\tForCES Query \t\t\ttruncated IDs expected 12B got 4B\n\t\t\tID Data[0x0000:  0000 0009]\n',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (B)(E) bogus chunk length 9]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (B)(E) [TSN: 1] [SID: 2] [SSEQ 3] [PPID SUA] bogus chunk length 16]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [INIT] bogus chunk length 14]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [INIT ACK] bogus chunk length 4]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [SACK] [cum ack 1] [a_rwnd 2] [#gap acks 3] [#dup tsns 0] \n\t\t[gap ack block #1: start = 3, end = 5] bogus chunk length 22]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [SACK] [cum ack 1] [a_rwnd 2] [#gap acks 0] [#dup tsns 2] \n\t\t[dup TSN #1: 7] bogus chunk length 22]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [chunk descriptor cut off at end of packet]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [Bad chunk length 2, < size of chunk descriptor]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [COOKIE ACK]  [|sctp]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [COOKIE ACK]  [|sctp]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] ',
        'IP6 truncated-sctp - 6 bytes missing!',
        'IP truncated-sctp - 3 bytes missing!',
        'IP  [|sctp]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp [|sctp]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp [|sctp]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp [|sctp]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp [|sctp]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp [|sctp]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (U) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA]  [|sctp]',
        'IP 10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (U) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (2) [DATA] [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID 0x2e]  [|sctp]',
        'IP6  [|sctp]',
        'IP6 2001:db8::1.2905 > 2001:db8::2.2905: sctp [|sctp]',
        'IP6 2001:db8::1.2905 > 2001:db8::2.2905: sctp [|sctp]',
        'IP6 2001:db8::1.2905 > 2001:db8::2.2905: sctp (1) [DATA] (B) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA]  [|sctp]',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 88)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 148)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (U) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (2) [DATA] [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID 0x2e] , (3) [SACK] [cum ack 4307] [a_rwnd 57320] [#gap acks 2] [#dup tsns 2] \n\t\t[gap ack block #1: start = 4309, end = 4311] \n\t\t[gap ack block #2: start = 4314, end = 4316] \n\t\t[dup TSN #1: 4300] \n\t\t[dup TSN #2: 4301] ',
        'IP6 (hlim 64, next-header SCTP (132) payload length: 72) 2001:db8::1.2905 > 2001:db8::2.2905: sctp (1) [DATA] (B) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (2) [COOKIE ACK] ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 60)\n    10.28.6.42.40000 > 10.28.6.44.36412: sctp (1) [INIT] [init tag: 3664] [rwnd: 57344] [OS: 10] [MIS: 65535] [init TSN: 1822994890] ',
        'IP6 (hlim 64, next-header SCTP (132) payload length: 52) 2001:db8::1.36412 > 2001:db8::2.40000: sctp (1) [INIT ACK] [init tag: 3664] [rwnd: 57344] [OS: 10] [MIS: 65535] [init TSN: 1822994890] ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 64)\n    10.28.6.42.38412 > 10.28.6.44.38412: sctp (1) [SACK] [cum ack 4307] [a_rwnd 57320] [#gap acks 2] [#dup tsns 2] \n\t\t[gap ack block #1: start = 4309, end = 4311] \n\t\t[gap ack block #2: start = 4314, end = 4316] \n\t\t[dup TSN #1: 4300] \n\t\t[dup TSN #2: 4301] ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 212)\n    10.28.6.42.5000 > 10.28.6.44.5001: sctp (1) [HB REQ] , (2) [HB ACK] , (3) [ABORT] , (4) [SHUTDOWN] , (5) [SHUTDOWN ACK] , (6) [OP ERR] , (7) [COOKIE ECHO] , (8) [COOKIE ACK] , (9) [ECN ECHO] , (10) [ECN CWR] , (11) [SHUTDOWN COMPLETE] , (12) [FOR CUM TSN] , (13) [REL CTRL] , (14) [REL CTRL ACK] , (15) [Unknown chunk type: 0x80] ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 244)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (2) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (3) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (4) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (5) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (6) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (7) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 72)\n    10.28.6.42.6704 > 10.28.6.44.40000: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\tForCES HeartBeat \n\tForCES Version 1 len 24B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 76)\n    10.28.6.42.1 > 10.28.6.44.2: sctp (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES HP] \n\tForCES HeartBeat \n\tForCES Version 1 len 28B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 112)\n    10.28.6.42.6705 > 10.28.6.44.6706: sctp[ForCES MP][ForCES LP] (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES MP] \n\tForCES Query \n\tForCES Version 1 len 24B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7\tTop level TLV Data missing!\n\n\t[0x0000:  1004 0006 0000 0002 4000 0001 0000 0000\n\t[0x0010:  0000 0007 f840 0000\n\t], (2) [DATA] (E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES LP] \n\tForCES HeartBeat \n\tForCES Version 1 len 24B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 72)\n    10.28.6.42.6706 > 10.28.6.44.1: sctp[ForCES LP] (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] Invalid ForCES message type 7\n\n\t[0x0000:  1007 0006 0000 0002 4000 0001 0000 0000\n\t[0x0010:  0000 0007 f840 0000\n\t]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 72)\n    10.28.6.42.6706 > 10.28.6.44.1: sctp[ForCES LP] (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\tUnknown ForCES message type=0x12\n\t[0x0000:  1012 0006 0000 0002 4000 0001 0000 0000\n\t[0x0010:  0000 0007 f840 0000\n\t]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 72)\n    10.28.6.42.6706 > 10.28.6.44.1: sctp[ForCES LP] (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\tForCES HeartBeat Illegal ForCES pkt len - min 24, total recvd 24, advertised 36 \n\t[0x0000:  100f 0009 0000 0002 4000 0001 0000 0000\n\t[0x0010:  0000 0007 f840 0000\n\t]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 52)\n    10.28.6.42.1 > 10.28.6.44.2: sctp (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES LP]  [|forces]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 180)\n    10.28.6.42.6704 > 10.28.6.44.40000: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\tForCES Config \n\tForCES Version 1 len 60B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7, (2) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\tForCES Packet Redirect \n\tForCES Version 1 len 56B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7\n           METADATA length 12\n           MetaID 0x7 length 12\n\n           Redirect Data length 6\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 148)\n    10.28.6.42.1 > 10.28.6.44.2: sctp (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES HP] \n\tForCES Association Response \n\tForCES Version 1 len 32B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7illegal ASRresult result code: 300!\n\n\t[0x0000:  1011 0008 0000 0002 4000 0001 0000 0000\n\t[0x0010:  0000 0007 f840 0000 0010 0008 0000 012c\n\t], (2) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES HP] \n\tForCES Query \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7\t\t\ttruncated IDs expected 12B got 4B\n\t\t\tID Data[0x0000:  0000 0009]\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 44)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (B)(E) bogus chunk length 9]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 48)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (B)(E) [TSN: 1] [SID: 2] [SSEQ 3] [PPID SUA] bogus chunk length 16]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 48)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [INIT] bogus chunk length 14]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 36)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [INIT ACK] bogus chunk length 4]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 56)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [SACK] [cum ack 1] [a_rwnd 2] [#gap acks 3] [#dup tsns 0] \n\t\t[gap ack block #1: start = 3, end = 5] bogus chunk length 22]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 56)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [SACK] [cum ack 1] [a_rwnd 2] [#gap acks 0] [#dup tsns 2] \n\t\t[dup TSN #1: 7] bogus chunk length 22]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 32)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 34)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [chunk descriptor cut off at end of packet]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 36)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [Bad chunk length 2, < size of chunk descriptor]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 37)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [COOKIE ACK]  [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 40)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [COOKIE ACK]  [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 64)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] ',
        'IP6 (hlim 64, next-header SCTP (132) payload length: 6) truncated-sctp - 6 bytes missing!',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 29)\n    truncated-sctp - 3 bytes missing!',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 88)\n     [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 88)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 88)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 88)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 148)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 148)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 148)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (U) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA]  [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 148)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp (1) [DATA] (U) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] , (2) [DATA] [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID 0x2e]  [|sctp]',
        'IP6 (hlim 64, next-header SCTP (132) payload length: 72)  [|sctp]',
        'IP6 (hlim 64, next-header SCTP (132) payload length: 72) 2001:db8::1.2905 > 2001:db8::2.2905: sctp [|sctp]',
        'IP6 (hlim 64, next-header SCTP (132) payload length: 72) 2001:db8::1.2905 > 2001:db8::2.2905: sctp [|sctp]',
        'IP6 (hlim 64, next-header SCTP (132) payload length: 72) 2001:db8::1.2905 > 2001:db8::2.2905: sctp (1) [DATA] (B) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA]  [|sctp]',
    ],
    '-vv': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 88)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\t\tTransfer Data Message\n\t\t\tNetwork Appearance: 0x02000008\n\t\t\tRouting Context: 0x00060008\n\t\t\tProtocol Data: (length 16)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 148)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [DATA] (U) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\t\tTransfer Data Message\n\t\t\tNetwork Appearance: 0x02000008\n\t\t\tRouting Context: 0x00060008\n\t\t\tProtocol Data: (length 16)\n\t2) [DATA] [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID 0x2e] [Payload:\n\t0x0000:  6865 6c6c 6f2c 2077 6f72 6c64            hello,.world]\n\t3) [SACK] [cum ack 4307] [a_rwnd 57320] [#gap acks 2] [#dup tsns 2] \n\t\t[gap ack block #1: start = 4309, end = 4311] \n\t\t[gap ack block #2: start = 4314, end = 4316] \n\t\t[dup TSN #1: 4300] \n\t\t[dup TSN #2: 4301] ',
        'IP6 (hlim 64, next-header SCTP (132) payload length: 72) 2001:db8::1.2905 > 2001:db8::2.2905: sctp\n\t1) [DATA] (B) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\t\tTransfer Data Message\n\t\t\tNetwork Appearance: 0x02000008\n\t\t\tRouting Context: 0x00060008\n\t\t\tProtocol Data: (length 16)\n\t2) [COOKIE ACK] ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 60)\n    10.28.6.42.40000 > 10.28.6.44.36412: sctp\n\t1) [INIT] [init tag: 3664] [rwnd: 57344] [OS: 10] [MIS: 65535] [init TSN: 1822994890] ',
        'IP6 (hlim 64, next-header SCTP (132) payload length: 52) 2001:db8::1.36412 > 2001:db8::2.40000: sctp\n\t1) [INIT ACK] [init tag: 3664] [rwnd: 57344] [OS: 10] [MIS: 65535] [init TSN: 1822994890] ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 64)\n    10.28.6.42.38412 > 10.28.6.44.38412: sctp\n\t1) [SACK] [cum ack 4307] [a_rwnd 57320] [#gap acks 2] [#dup tsns 2] \n\t\t[gap ack block #1: start = 4309, end = 4311] \n\t\t[gap ack block #2: start = 4314, end = 4316] \n\t\t[dup TSN #1: 4300] \n\t\t[dup TSN #2: 4301] ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 212)\n    10.28.6.42.5000 > 10.28.6.44.5001: sctp\n\t1) [HB REQ] \n\t2) [HB ACK] \n\t3) [ABORT] \n\t4) [SHUTDOWN] \n\t5) [SHUTDOWN ACK] \n\t6) [OP ERR] \n\t7) [COOKIE ECHO] \n\t8) [COOKIE ACK] \n\t9) [ECN ECHO] \n\t10) [ECN CWR] \n\t11) [SHUTDOWN COMPLETE] \n\t12) [FOR CUM TSN] \n\t13) [REL CTRL] \n\t14) [REL CTRL ACK] \n\t15) [Unknown chunk type: 0x80] ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 244)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\t\tTransfer Data Message\n\t\t\t@@@@@@ Corrupted length 99 of message @@@@@@\n\t2) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\t3) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA]  (invalid)\n\t4) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\t\tUnknown message class 7\n\t\t\tCorrelation ID:  (invalid)\n\t5) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\t\tSS7 Unknown (0x09) Message\n\t\t\tCorrelation ID: 0x00130008 (invalid)\n\t6) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\t\tManagement Notify Message\n\t\t\tError Code: (length 8)\n\t\t\tINFO String:  (invalid)\n\t7) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\t\tASP Active Acknowledgement Message\n\t\t\tRouting Context: 0x00060008',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 72)\n    10.28.6.42.6704 > 10.28.6.44.40000: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\tForCES HeartBeat \n\tForCES Version 1 len 24B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 76)\n    10.28.6.42.1 > 10.28.6.44.2: sctp\n\t1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES HP] \n\tForCES HeartBeat \n\tForCES Version 1 len 28B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 112)\n    10.28.6.42.6705 > 10.28.6.44.6706: sctp[ForCES MP][ForCES LP]\n\t1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES MP] \n\tForCES Query \n\tForCES Version 1 len 24B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\tTop level TLV Data missing!\n\n\t[0x0000:  1004 0006 0000 0002 4000 0001 0000 0000\n\t[0x0010:  0000 0007 f840 0000\n\t]\n\t2) [DATA] (E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES LP] \n\tForCES HeartBeat \n\tForCES Version 1 len 24B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 72)\n    10.28.6.42.6706 > 10.28.6.44.1: sctp[ForCES LP]\n\t1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] Invalid ForCES message type 7\n\n\t[0x0000:  1007 0006 0000 0002 4000 0001 0000 0000\n\t[0x0010:  0000 0007 f840 0000\n\t]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 72)\n    10.28.6.42.6706 > 10.28.6.44.1: sctp[ForCES LP]\n\t1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\tUnknown ForCES message type=0x12\n\t[0x0000:  1012 0006 0000 0002 4000 0001 0000 0000\n\t[0x0010:  0000 0007 f840 0000\n\t]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 72)\n    10.28.6.42.6706 > 10.28.6.44.1: sctp[ForCES LP]\n\t1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\tForCES HeartBeat Illegal ForCES pkt len - min 24, total recvd 24, advertised 36 \n\t[0x0000:  100f 0009 0000 0002 4000 0001 0000 0000\n\t[0x0010:  0000 0007 f840 0000\n\t]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 52)\n    10.28.6.42.1 > 10.28.6.44.2: sctp\n\t1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES LP]  [|forces]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 180)\n    10.28.6.42.6704 > 10.28.6.44.40000: sctp[ForCES HP]\n\t1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\tForCES Config \n\tForCES Version 1 len 60B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\n\t2) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\tForCES Packet Redirect \n\tForCES Version 1 len 56B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\n           METADATA length 12\n           MetaID 0x7 length 12\n\n           Redirect Data length 6\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 148)\n    10.28.6.42.1 > 10.28.6.44.2: sctp\n\t1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES HP] \n\tForCES Association Response \n\tForCES Version 1 len 32B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\nillegal ASRresult result code: 300!\n\n\t[0x0000:  1011 0008 0000 0002 4000 0001 0000 0000\n\t[0x0010:  0000 0007 f840 0000 0010 0008 0000 012c\n\t]\n\t2) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID ForCES HP] \n\tForCES Query \n\tForCES Version 1 len 52B flags 0xf8400000 \n\tSrcID 0x2(FE) DstID 0x40000001(CE) Correlator 0x7\n\tForCES flags:\n\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n\t  Standalone(0x0), StartofTransaction(0x0)\n\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n\t\t\ttruncated IDs expected 12B got 4B\n\t\t\tID Data[0x0000:  0000 0009]\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 44)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [DATA] (B)(E) bogus chunk length 9]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 48)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [DATA] (B)(E) [TSN: 1] [SID: 2] [SSEQ 3] [PPID SUA] bogus chunk length 16]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 48)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [INIT] bogus chunk length 14]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 36)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [INIT ACK] bogus chunk length 4]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 56)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [SACK] [cum ack 1] [a_rwnd 2] [#gap acks 3] [#dup tsns 0] \n\t\t[gap ack block #1: start = 3, end = 5] bogus chunk length 22]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 56)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [SACK] [cum ack 1] [a_rwnd 2] [#gap acks 0] [#dup tsns 2] \n\t\t[dup TSN #1: 7] bogus chunk length 22]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 32)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 34)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [chunk descriptor cut off at end of packet]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 36)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [Bad chunk length 2, < size of chunk descriptor]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 37)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [COOKIE ACK]  [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 40)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [COOKIE ACK]  [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 64)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [DATA] (B)(E) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\t\tRouting Key Management Registration Response Message\n\t\t\tRouting Context:  [|m3ua]',
        'IP6 (hlim 64, next-header SCTP (132) payload length: 6) truncated-sctp - 6 bytes missing!',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 29)\n    truncated-sctp - 3 bytes missing!',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 88)\n     [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 88)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 88)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 88)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 148)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 148)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 148)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [DATA] (U) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\t\tTransfer Data Message\n\t\t\tNetwork Appearance: 0x02000008\n\t\t\tRouting Context: 0x00060008\n\t\t\tProtocol Data: (length 16) [|sctp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto SCTP (132), length 148)\n    10.28.6.42.2905 > 10.28.6.44.2905: sctp\n\t1) [DATA] (U) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\t\tTransfer Data Message\n\t\t\tNetwork Appearance: 0x02000008\n\t\t\tRouting Context: 0x00060008\n\t\t\tProtocol Data: (length 16)\n\t2) [DATA] [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID 0x2e] [Payload:\n\t0x0000:  6865 6c6c 6f2c 2077 6f72 6c64            hello,.world] [|sctp]',
        'IP6 (hlim 64, next-header SCTP (132) payload length: 72)  [|sctp]',
        'IP6 (hlim 64, next-header SCTP (132) payload length: 72) 2001:db8::1.2905 > 2001:db8::2.2905: sctp [|sctp]',
        'IP6 (hlim 64, next-header SCTP (132) payload length: 72) 2001:db8::1.2905 > 2001:db8::2.2905: sctp [|sctp]',
        'IP6 (hlim 64, next-header SCTP (132) payload length: 72) 2001:db8::1.2905 > 2001:db8::2.2905: sctp\n\t1) [DATA] (B) [TSN: 1822994892] [SID: 6] [SSEQ 42] [PPID M3UA] \n\t\tTransfer Data Message\n\t\t\tNetwork Appearance: 0x02000008\n\t\t\tRouting Context: 0x00060008\n\t\t\tProtocol Data: (length 16) [|sctp]',
    ],
}
