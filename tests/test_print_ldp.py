"""LDP printing (printer/ldp.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4, UDP and TCP port 646, LDP PDUs:
hello, initialization, address, label mapping with prefix and Martini VC
FECs, notification, keepalive, an unknown message, bad versions and
lengths, and cut captures).  ``EXPECTED`` holds tcpdump 4.99.3's text for
them (``-n -tt``, timestamps cut off), recorded once; with tcpdump
installed they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, tcp4, udp4

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=42))


def tlv(ttype: int, value: bytes) -> bytes:
    return struct.pack("!HH", ttype, len(value)) + value


def message(mtype: int, tlvs: bytes, mid: int = 1) -> bytes:
    return struct.pack("!HHI", mtype, 4 + len(tlvs), mid) + tlvs


def pdu(msgs: bytes, version: int = 1) -> bytes:
    return struct.pack("!HH4sH", version, 6 + len(msgs), bytes([10, 0, 0, 1]), 0) + msgs


HELLO = message(0x0100, tlv(0x0400, struct.pack("!HH", 15, 0xC000))
                + tlv(0x0401, bytes([10, 0, 0, 1])) + tlv(0x0402, struct.pack("!I", 9))
                + tlv(0x0403, bytes(15) + b"\x01") + tlv(0x8701, b"\x40\x00\x00\x00"))
INIT = message(0x0200, tlv(0x0500, struct.pack("!HHBBH", 1, 30, 0, 0, 0xC000) + bytes(6))
               + tlv(0x0503, struct.pack("!HHII", 0x8005, 0, 1000, 2000)))
ADDRESS = message(0x0300, tlv(0x0101, struct.pack("!H", 1) + bytes([10, 0, 0, 1, 10, 0, 0, 2])))
VC = (struct.pack("!BHBI", 0x80, 0x8005, 12, 7) + struct.pack("!I", 100)
      + bytes([1, 4]) + struct.pack("!H", 1500) + bytes([3, 4]) + b"ab")
MAPPING = message(0x0400, tlv(0x0100, b"\x02" + struct.pack("!H", 1) + b"\x18\xc0\xa8\x01")
                  + tlv(0x0200, struct.pack("!I", 16)) + tlv(0x0100, VC)
                  + tlv(0x0100, b"\x02" + struct.pack("!H", 2) + b"\x20\x20\x01\x0d\xb8")
                  + tlv(0x0601, struct.pack("!H", 9000)) + tlv(0x0200, b"\x00"))
NOTIF = message(0x0001, tlv(0x0300, struct.pack("!II", 0x8000000A, 5)), mid=0xFFFFFFF9)
KEEPALIVE = message(0x0201, b"")
UNKNOWN = message(0x3E01, b"\x01\x02\x03")


def frame(payload: bytes, tcp: bool = False) -> bytes:
    if tcp:
        return ether(tcp4("10.0.0.1", "10.0.0.2", 40000, 646, payload))
    return ether(udp4("10.0.0.1", "224.0.0.2", 646, 646, payload))


def frames() -> list[bytes | tuple[bytes, int]]:
    whole = frame(pdu(MAPPING), tcp=True)
    return [frame(pdu(HELLO)), frame(pdu(INIT + ADDRESS), tcp=True), whole,
            frame(pdu(NOTIF) + pdu(KEEPALIVE + UNKNOWN), tcp=True),
            frame(pdu(HELLO, version=2)), frame(struct.pack("!HH", 1, 2) + bytes(20)),
            frame(pdu(message(0x0100, tlv(0x0400, b"\x00\x0f")))),
            frame(pdu(message(0x0100, struct.pack("!HH", 0x0400, 40) + bytes(4)))),
            (whole, len(whole) - 12), (whole, 54 + 12)]


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.0.0.1.646 > 224.0.0.2.646: LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 66',
        'IP 10.0.0.1.40000 > 10.0.0.2.646: Flags [P.], seq 1000:1074, ack 2000, win 65535, length 74LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 70',
        'IP 10.0.0.1.40000 > 10.0.0.2.646: Flags [P.], seq 0:84, ack 1, win 65535, length 84LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 80',
        'IP 10.0.0.1.40000 > 10.0.0.2.646: Flags [P.], seq 0:59, ack 1, win 65535, length 59LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 26',
        'IP 10.0.0.1.646 > 224.0.0.2.646: LDP version 2 packet not supported',
        'IP 10.0.0.1.646 > 224.0.0.2.646: LDP, pdu-length: 2 (too short, < 6)',
        'IP 10.0.0.1.646 > 224.0.0.2.646: LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 20',
        'IP 10.0.0.1.646 > 224.0.0.2.646: LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 22',
        'IP 10.0.0.1.40000 > 10.0.0.2.646: Flags [P.], seq 0:84, ack 1, win 65535, length 84LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 80',
        'IP 10.0.0.1.40000 > 10.0.0.2.646: Flags [P.], seq 0:84, ack 1, win 65535, length 84LDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 80',
    ],
    '-v': [
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 98)\n    10.0.0.1.646 > 224.0.0.2.646: \n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 66\n\t  Hello Message (0x0100), length: 56, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Common Hello Parameters TLV (0x0400), length: 4, Flags: [ignore and don't forward if unknown]\n\t      Hold Time: 15s, Flags: [Targeted Hello, Request for targeted Hellos]\n\t    IPv4 Transport Address TLV (0x0401), length: 4, Flags: [ignore and don't forward if unknown]\n\t      IPv4 Transport Address: 10.0.0.1\n\t    Configuration Sequence Number TLV (0x0402), length: 4, Flags: [ignore and don't forward if unknown]\n\t      Sequence Number: 9\n\t    IPv6 Transport Address TLV (0x0403), length: 16, Flags: [ignore and don't forward if unknown]\n\t      IPv6 Transport Address: ::1\n\t    Unknown TLV (0x0701), length: 4, Flags: [continue processing and don't forward if unknown]\n\t      0x0000:  4000 0000",
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 114)\n    10.0.0.1.40000 > 10.0.0.2.646: Flags [P.], cksum 0x7676 (correct), seq 1000:1074, ack 2000, win 65535, length 74\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 70\n\t  Initialization Message (0x0200), length: 38, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Common Session Parameters TLV (0x0500), length: 14, Flags: [ignore and don't forward if unknown]\n\t      Version: 1, Keepalive: 30s, Flags: [Downstream On Demand, Loop Detection Enabled]\n\t    Fault-Tolerant Session Parameters TLV (0x0503), length: 12, Flags: [ignore and don't forward if unknown]\n\t      Flags: [Reconnect, Don't Save State, All-Label Protection, All Labels Checkpoint, Re-Learn State], Reconnect Timeout: 1000ms, Recovery Time: 2000ms\n\t  Address Message (0x0300), length: 18, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Address List TLV (0x0101), length: 10, Flags: [ignore and don't forward if unknown]\n\t      Address Family: IPv4, addresses 10.0.0.1 10.0.0.2",
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 124)\n    10.0.0.1.40000 > 10.0.0.2.646: Flags [P.], cksum 0xa944 (correct), seq 0:84, ack 1, win 65535, length 84\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 80\n\t  Label Mapping Message (0x0400), length: 70, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    FEC TLV (0x0100), length: 7, Flags: [ignore and don't forward if unknown]\n\t      Prefix FEC (0x02): IPv4 prefix 192.168.1.0/24\n\t    Generic Label TLV (0x0200), length: 4, Flags: [ignore and don't forward if unknown]\n\t      Label: 16\n\t    FEC TLV (0x0100), length: 20, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80): Ethernet, control word, group-ID 7, VC-ID 100, VC-info-length: 12\n\t\tInterface Parameter: MTU (0x01), len 4: 1500\n\t\tInterface Parameter: Description (0x03), len 4: ab\n\t    FEC TLV (0x0100), length: 8, Flags: [ignore and don't forward if unknown]\n\t      Prefix FEC (0x02): IPv6 prefix 2001:db8::/32\n\t    MTU TLV (0x0601), length: 2, Flags: [ignore and don't forward if unknown]\n\t      MTU: 9000\n\t    Generic Label TLV (0x0200), length: 1, Flags: [ignore and don't forward if unknown] [tlv length 1 < 4] (invalid)",
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 99)\n    10.0.0.1.40000 > 10.0.0.2.646: Flags [P.], cksum 0x15a6 (correct), seq 0:59, ack 1, win 65535, length 59\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 26\n\t  Notification Message (0x0001), length: 16, Message ID: 0xfffffff9, Flags: [ignore if unknown]\n\t    Status TLV (0x0300), length: 8, Flags: [ignore and don't forward if unknown]\n\t      Status: 0x0a, Flags: [Fatal error and don't forward], causing Message ID: 0x00000005\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 25\n\t  Keepalive Message (0x0201), length: 4, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t  Unknown Message (0x3e01), length: 7, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t  0x0000:  0102 03",
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 98)\n    10.0.0.1.646 > 224.0.0.2.646: \n\tLDP version 2 packet not supported',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.646 > 224.0.0.2.646: \n\tLDP, pdu-length: 2 (too short, < 6)',
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.646 > 224.0.0.2.646: \n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 20\n\t  Hello Message (0x0100), length: 10, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Common Hello Parameters TLV (0x0400), length: 2, Flags: [ignore and don't forward if unknown] [tlv length 2 < 4] (invalid)",
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 54)\n    10.0.0.1.646 > 224.0.0.2.646: \n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 22\n\t  Hello Message (0x0100), length: 12, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t\t TLV contents go past end of message',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 124)\n    10.0.0.1.40000 > 10.0.0.2.646: Flags [P.], seq 0:84, ack 1, win 65535, length 84\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 80\n\t  Label Mapping Message (0x0400), length: 70, Message ID: 0x00000001, Flags: [ignore if unknown] [|ldp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 124)\n    10.0.0.1.40000 > 10.0.0.2.646: Flags [P.], seq 0:84, ack 1, win 65535, length 84\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 80 [|ldp]',
    ],
    '-vv': {'like': '-v',
            0: "IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 98)\n    10.0.0.1.646 > 224.0.0.2.646: [udp sum ok] \n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 66\n\t  Hello Message (0x0100), length: 56, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Common Hello Parameters TLV (0x0400), length: 4, Flags: [ignore and don't forward if unknown]\n\t      Hold Time: 15s, Flags: [Targeted Hello, Request for targeted Hellos]\n\t    IPv4 Transport Address TLV (0x0401), length: 4, Flags: [ignore and don't forward if unknown]\n\t      IPv4 Transport Address: 10.0.0.1\n\t    Configuration Sequence Number TLV (0x0402), length: 4, Flags: [ignore and don't forward if unknown]\n\t      Sequence Number: 9\n\t    IPv6 Transport Address TLV (0x0403), length: 16, Flags: [ignore and don't forward if unknown]\n\t      IPv6 Transport Address: ::1\n\t    Unknown TLV (0x0701), length: 4, Flags: [continue processing and don't forward if unknown]\n\t  0x0000:  0400 0004 000f c000 0401 0004 0a00 0001\n\t  0x0010:  0402 0004 0000 0009 0403 0010 0000 0000\n\t  0x0020:  0000 0000 0000 0000 0000 0001 8701 0004\n\t  0x0030:  4000 0000",
            1: "IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 114)\n    10.0.0.1.40000 > 10.0.0.2.646: Flags [P.], cksum 0x7676 (correct), seq 1000:1074, ack 2000, win 65535, length 74\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 70\n\t  Initialization Message (0x0200), length: 38, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Common Session Parameters TLV (0x0500), length: 14, Flags: [ignore and don't forward if unknown]\n\t      Version: 1, Keepalive: 30s, Flags: [Downstream On Demand, Loop Detection Enabled]\n\t    Fault-Tolerant Session Parameters TLV (0x0503), length: 12, Flags: [ignore and don't forward if unknown]\n\t      Flags: [Reconnect, Don't Save State, All-Label Protection, All Labels Checkpoint, Re-Learn State], Reconnect Timeout: 1000ms, Recovery Time: 2000ms\n\t  0x0000:  0500 000e 0001 001e 0000 c000 0000 0000\n\t  0x0010:  0000 0503 000c 8005 0000 0000 03e8 0000\n\t  0x0020:  07d0 0300 0012\n\t  Address Message (0x0300), length: 18, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Address List TLV (0x0101), length: 10, Flags: [ignore and don't forward if unknown]\n\t      Address Family: IPv4, addresses 10.0.0.1 10.0.0.2\n\t  0x0000:  0101 000a 0001 0a00 0001 0a00 0002",
            2: "IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 124)\n    10.0.0.1.40000 > 10.0.0.2.646: Flags [P.], cksum 0xa944 (correct), seq 0:84, ack 1, win 65535, length 84\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 80\n\t  Label Mapping Message (0x0400), length: 70, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    FEC TLV (0x0100), length: 7, Flags: [ignore and don't forward if unknown]\n\t      Prefix FEC (0x02): IPv4 prefix 192.168.1.0/24\n\t    Generic Label TLV (0x0200), length: 4, Flags: [ignore and don't forward if unknown]\n\t      Label: 16\n\t    FEC TLV (0x0100), length: 20, Flags: [ignore and don't forward if unknown]\n\t      Martini VC FEC (0x80): Ethernet, control word, group-ID 7, VC-ID 100, VC-info-length: 12\n\t\tInterface Parameter: MTU (0x01), len 4: 1500\n\t\tInterface Parameter: Description (0x03), len 4: ab\n\t    FEC TLV (0x0100), length: 8, Flags: [ignore and don't forward if unknown]\n\t      Prefix FEC (0x02): IPv6 prefix 2001:db8::/32\n\t    MTU TLV (0x0601), length: 2, Flags: [ignore and don't forward if unknown]\n\t      MTU: 9000\n\t    Generic Label TLV (0x0200), length: 1, Flags: [ignore and don't forward if unknown] [tlv length 1 < 4] (invalid)\n\t  0x0000:  0100 0007 0200 0118 c0a8 0102 0000 0400\n\t  0x0010:  0000 1001 0000 1480 8005 0c00 0000 0700\n\t  0x0020:  0000 6401 0405 dc03 0461 6201 0000 0802\n\t  0x0030:  0002 2020 010d b806 0100 0223 2802 0000\n\t  0x0040:  0100",
            3: "IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 99)\n    10.0.0.1.40000 > 10.0.0.2.646: Flags [P.], cksum 0x15a6 (correct), seq 0:59, ack 1, win 65535, length 59\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 26\n\t  Notification Message (0x0001), length: 16, Message ID: 0xfffffff9, Flags: [ignore if unknown]\n\t    Status TLV (0x0300), length: 8, Flags: [ignore and don't forward if unknown]\n\t      Status: 0x0a, Flags: [Fatal error and don't forward], causing Message ID: 0x00000005\n\t  0x0000:  0300 0008 8000 000a 0000 0005 0001 0019\n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 25\n\t  Keepalive Message (0x0201), length: 4, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t  0x0000:  3e01 0007\n\t  Unknown Message (0x3e01), length: 7, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t  0x0000:  0102 03",
            4: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 98)\n    10.0.0.1.646 > 224.0.0.2.646: [udp sum ok] \n\tLDP version 2 packet not supported',
            5: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.646 > 224.0.0.2.646: [udp sum ok] \n\tLDP, pdu-length: 2 (too short, < 6)',
            6: "IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.646 > 224.0.0.2.646: [udp sum ok] \n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 20\n\t  Hello Message (0x0100), length: 10, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t    Common Hello Parameters TLV (0x0400), length: 2, Flags: [ignore and don't forward if unknown] [tlv length 2 < 4] (invalid)\n\t  0x0000:  0400 0002 000f",
            7: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 54)\n    10.0.0.1.646 > 224.0.0.2.646: [udp sum ok] \n\tLDP, Label-Space-ID: 10.0.0.1:0, pdu-length: 22\n\t  Hello Message (0x0100), length: 12, Message ID: 0x00000001, Flags: [ignore if unknown]\n\t\t TLV contents go past end of message\n\t  0x0000:  0400 0028 0000 0000',
            },
}
