"""CFM (802.1ag) printing (printer/cfm.py) against tcpdump 4.99.3.

The frames are built here (Ethernet types 0x8902 and 0xabcd: continuity
checks with their intervals and maintenance domain and association names of
every format, linktrace messages and replies, loopback messages, the status,
sender-id, organisation-specific, data and end TLVs, names and TLVs too long
for their PDU, another version, and cut captures).  ``EXPECTED`` holds
tcpdump 4.99.3's text for them (``-n -tt``, timestamps cut off), recorded
once; with tcpdump installed they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=14))


MAC = bytes.fromhex("0cc4ad3710e0")


def cfm(opcode: int, flags: int, body: bytes, tlvs: bytes = b"\x00", level: int = 5,
        first: int | None = None) -> bytes:
    return (bytes([level << 5, opcode, flags, len(body) if first is None else first]) + body
            + tlvs)


def tlv(ttype: int, value: bytes) -> bytes:
    return struct.pack("!BH", ttype, len(value)) + value


def ccm_body(md: bytes, ma: bytes) -> bytes:
    names = (md + ma).ljust(48, b"\x00")
    return struct.pack("!IH", 0x01020304, 0x0005) + names + bytes(16)


SENDER = tlv(1, bytes([6, 4]) + MAC + bytes([2, 1, 2, 4]) + bytes([10, 0, 0, 1]))
SENDER_NET = tlv(1, bytes([5, 5, 1, 10, 0, 0, 9, 0]))
SENDER_LOCAL = tlv(1, bytes([3, 7]) + b"sw1" + bytes([0]))
TLVS = (tlv(2, b"\x02") + tlv(3, b"\x05") + SENDER + SENDER_NET + SENDER_LOCAL
        + tlv(31, b"\x00\x80\xc2\x07xy") + tlv(4, b"payload") + b"\x00")


def frame(payload: bytes, ethertype: int = 0x8902) -> bytes:
    return ether(payload, ethertype)


def frames() -> list[bytes | tuple[bytes, int]]:
    ccm = frame(cfm(1, 0x84, ccm_body(bytes([4, 6]) + b"domain", bytes([2, 4]) + b"ma-1"), TLVS))
    ltm = struct.pack("!IB", 0x1234, 64) + MAC + bytes(6)
    return [ccm, frame(cfm(1, 0x03, ccm_body(bytes([1]), bytes([3, 2, 0, 7]))), 0xABCD),
            frame(cfm(1, 0x01, ccm_body(bytes([3, 6]) + MAC, bytes([1, 2, 0, 100])))),
            frame(cfm(1, 0x07, ccm_body(bytes([0, 3, 1, 2, 3]), bytes([4, 3, 9, 9, 9])))),
            frame(cfm(1, 0x02, ccm_body(bytes([2, 45]), b""))),
            frame(cfm(5, 0x80, ltm, tlv(2, b"\x01") + b"\x00")),
            frame(cfm(4, 0x60, struct.pack("!IBB", 0x1234, 63, 1), tlv(3, b"\x02") + b"\x00")),
            frame(cfm(3, 0, struct.pack("!I", 9), tlv(4, b"abc") + b"\x00")),
            frame(cfm(2, 0, struct.pack("!I", 9), tlv(9, b"\x01\x02") + tlv(2, b"") + b"\x00")),
            frame(cfm(1, 0x01, ccm_body(b"", b""), first=10)),
            frame(cfm(5, 0, ltm, tlv(4, bytes(40)))), frame(bytes([0x21, 1, 0, 70]) + bytes(70)),
            frame(cfm(3, 0, b"", b"\x02\x00"), 0x8902), frame(b"\x00\x01", 0xABCD),
            (ccm, len(ccm) - 51), (ccm, 44)]


EXPECTED: dict[str, Any] = {
    '': [
        'CFMv0 Continuity Check Message, MD Level 5, length 141',
        'CFMv0 Continuity Check Message, MD Level 5, length 75',
        'CFMv0 Continuity Check Message, MD Level 5, length 75',
        'CFMv0 Continuity Check Message, MD Level 5, length 75',
        'CFMv0 Continuity Check Message, MD Level 5, length 75',
        'CFMv0 Linktrace Message, MD Level 5, length 26',
        'CFMv0 Linktrace Reply, MD Level 5, length 15',
        'CFMv0 Loopback Message, MD Level 5, length 15',
        'CFMv0 Loopback Reply, MD Level 5, length 17',
        'CFMv0 Continuity Check Message, MD Level 5, length 75',
        'CFMv0 Linktrace Message, MD Level 5, length 64',
        'CFMv1 not supported, length 74',
        'CFMv0 Loopback Message, MD Level 5, length 6',
        '\n\t\t packet is too short',
        'CFMv0 Continuity Check Message, MD Level 5, length 141',
        'CFMv0 Continuity Check Message, MD Level 5, length 141',
    ],
    '-v': [
        'CFMv0 Continuity Check Message, MD Level 5, length 141\n\tFirst TLV offset 70, Flags [CCM Interval 4, RDI]\n\t  CCM Interval 1.000s, min CCM Lifetime 3.250s, max CCM Lifetime 3.500s\n\t  Sequence Number 0x01020304, MA-End-Point-ID 0x0005\n\t  MD Name Format Character string (4), MD Name length 6\n\t  MD Name: domain\n\t  MA Name-Format Character string (2), MA name length 4\n\t  MA Name: ma-1\n\tPort status TLV (0x02), length 1, Status: Up (2)\n\tInterface status TLV (0x03), length 1, Status: Dormant (5)\n\tSender ID TLV (0x01), length 16\n\t  Chassis-ID Type MAC address (4), Chassis-ID length 6\n\t  MAC 0c:c4:ad:37:10:e0\n\t  Management Address Domain Length 2\n\t  Management Address Domain: 0x0000:  0102\n\t  Management Address Length 4\n\t  Management Address: 0x0000:  0a00 0001\n\tSender ID TLV (0x01), length 8\n\t  Chassis-ID Type Network address (5), Chassis-ID length 5\n\t  Network Address Type IPv4 (1), 10.0.0.9\n\t  Management Address Domain Length 0\n\tSender ID TLV (0x01), length 6\n\t  Chassis-ID Type Locally assigned (7), Chassis-ID length 3sw1\n\t  Management Address Domain Length 0\n\tOrganization Specific TLV (0x1f), length 6, Vendor: Ethernet bridged (32962), Sub-Type 7\n\t  0x0000:  0080 c207 7879\n\tData TLV (0x04), length 7\n\t  0x0000:  7061 796c 6f61 64\n\tEnd TLV (0x00)',
        'CFMv0 Continuity Check Message, MD Level 5, length 75\n\tFirst TLV offset 70, Flags [CCM Interval 3]\n\t  CCM Interval 0.100s, min CCM Lifetime 0.325s, max CCM Lifetime 0.350s\n\t  Sequence Number 0x01020304, MA-End-Point-ID 0x0005\n\t  MD Name Format No MD Name present (1)\n\t  MA Name-Format 16Bit Integer (3), MA name length 2\n\t  MA Name: \n\t    0x0000:  0007\n\tEnd TLV (0x00)',
        'CFMv0 Continuity Check Message, MD Level 5, length 75\n\tFirst TLV offset 70, Flags [CCM Interval 1]\n\t  CCM Interval 0.003s, min CCM Lifetime 0.011s, max CCM Lifetime 0.012s\n\t  Sequence Number 0x01020304, MA-End-Point-ID 0x0005\n\t  MD Name Format MAC + 16Bit Integer (3), MD Name length 6\n\t  MD Name: \n\t  MAC 0c:c4:ad:37:10:e0\n\t  MA Name-Format Primary VID (1), MA name length 2\n\t  MA Name: \n\t    0x0000:  0064\n\tEnd TLV (0x00)',
        'CFMv0 Continuity Check Message, MD Level 5, length 75\n\tFirst TLV offset 70, Flags [CCM Interval 7]\n\t  CCM Interval 600.000s, min CCM Lifetime 1950.000s, max CCM Lifetime 2100.000s\n\t  Sequence Number 0x01020304, MA-End-Point-ID 0x0005\n\t  MD Name Format IEEE 802.1 (0), MD Name length 3\n\t  MD Name: \n\t    0x0000:  0102 03\n\t  MA Name-Format RFC2685 VPN-ID (4), MA name length 3\n\t  MA Name: \n\t    0x0000:  0909 09\n\tEnd TLV (0x00)',
        'CFMv0 Continuity Check Message, MD Level 5, length 75\n\tFirst TLV offset 70, Flags [CCM Interval 2]\n\t  CCM Interval 0.010s, min CCM Lifetime 0.032s, max CCM Lifetime 0.035s\n\t  Sequence Number 0x01020304, MA-End-Point-ID 0x0005\n\t  MD Name Format DNS string (2), MD Name length 45 (too large, must be <= 44)',
        'CFMv0 Linktrace Message, MD Level 5, length 26\n\tFirst TLV offset 17, Flags [Use Forwarding-DB only]\n\t  Transaction-ID 0x00001234, ttl 64\n\t  Original-MAC 0c:c4:ad:37:10:e0, Target-MAC 00:00:00:00:00:00\n\tPort status TLV (0x02), length 1, Status: Blocked (1)\n\tEnd TLV (0x00)',
        'CFMv0 Linktrace Reply, MD Level 5, length 15\n\tFirst TLV offset 6, Flags [FwdYes, Terminal MEP]\n\t  Transaction-ID 0x00001234, ttl 63\n\t  Replay-Action Exact Match (1)\n\tInterface status TLV (0x03), length 1, Status: Down (2)\n\tEnd TLV (0x00)',
        'CFMv0 Loopback Message, MD Level 5, length 15\n\tFirst TLV offset 4\n\t  0x0000:  0000 0009 0400 03\n\tData TLV (0x04), length 3\n\t  0x0000:  6162 63\n\tEnd TLV (0x00)',
        'CFMv0 Loopback Reply, MD Level 5, length 17\n\tFirst TLV offset 4\n\t  0x0000:  0000 0009 0900 0201 02\n\tUnknown TLV (0x09), length 2\n\t  0x0000:  0102\n\tPort status TLV (0x02), length 0 (too short, must be >= 1)',
        'CFMv0 Continuity Check Message, MD Level 5, length 75\n\tFirst TLV offset 10 (too small 1, must be >= 70)',
        'CFMv0 Linktrace Message, MD Level 5, length 64\n\tFirst TLV offset 17, Flags [none]\n\t  Transaction-ID 0x00001234, ttl 64\n\t  Original-MAC 0c:c4:ad:37:10:e0, Target-MAC 00:00:00:00:00:00\n\tData TLV (0x04), length 40\n\t  0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n\t  0x0010:  0000 0000 0000 0000 0000 0000 0000 0000\n\t  0x0020:  0000 0000 0000 0000',
        'CFMv1 not supported, length 74',
        'CFMv0 Loopback Message, MD Level 5, length 6\n\tFirst TLV offset 0\n\t  0x0000:  0200\n\tPort status TLV (0x02)\n\t\t packet is too short',
        '\n\t\t packet is too short',
        'CFMv0 Continuity Check Message, MD Level 5, length 141\n\tFirst TLV offset 70, Flags [CCM Interval 4, RDI]\n\t  CCM Interval 1.000s, min CCM Lifetime 3.250s, max CCM Lifetime 3.500s\n\t  Sequence Number 0x01020304, MA-End-Point-ID 0x0005\n\t  MD Name Format Character string (4), MD Name length 6\n\t  MD Name: domain\n\t  MA Name-Format Character string (2), MA name length 4\n\t  MA Name: ma-1\n\tPort status TLV (0x02), length 1, Status: Up (2)\n\tInterface status TLV (0x03), length 1, Status: Dormant (5)\n\tSender ID TLV (0x01), length 16 [|cfm]',
        'CFMv0 Continuity Check Message, MD Level 5, length 141\n\tFirst TLV offset 70 [|cfm]',
    ],
    '-vv': {'like': '-v',
            0: 'CFMv0 Continuity Check Message, MD Level 5, length 141\n\tFirst TLV offset 70, Flags [CCM Interval 4, RDI]\n\t  CCM Interval 1.000s, min CCM Lifetime 3.250s, max CCM Lifetime 3.500s\n\t  Sequence Number 0x01020304, MA-End-Point-ID 0x0005\n\t  MD Name Format Character string (4), MD Name length 6\n\t  MD Name: domain\n\t  MA Name-Format Character string (2), MA name length 4\n\t  MA Name: ma-1\n\tPort status TLV (0x02), length 1, Status: Up (2)\n\t  0x0000:  02\n\tInterface status TLV (0x03), length 1, Status: Dormant (5)\n\t  0x0000:  05\n\tSender ID TLV (0x01), length 16\n\t  Chassis-ID Type MAC address (4), Chassis-ID length 6\n\t  MAC 0c:c4:ad:37:10:e0\n\t  Management Address Domain Length 2\n\t  Management Address Domain: 0x0000:  0102\n\t  Management Address Length 4\n\t  Management Address: 0x0000:  0a00 0001\n\tSender ID TLV (0x01), length 8\n\t  Chassis-ID Type Network address (5), Chassis-ID length 5\n\t  Network Address Type IPv4 (1), 10.0.0.9\n\t  Management Address Domain Length 0\n\tSender ID TLV (0x01), length 6\n\t  Chassis-ID Type Locally assigned (7), Chassis-ID length 3sw1\n\t  Management Address Domain Length 0\n\tOrganization Specific TLV (0x1f), length 6, Vendor: Ethernet bridged (32962), Sub-Type 7\n\t  0x0000:  0080 c207 7879\n\tData TLV (0x04), length 7\n\t  0x0000:  7061 796c 6f61 64\n\tEnd TLV (0x00)',
            5: 'CFMv0 Linktrace Message, MD Level 5, length 26\n\tFirst TLV offset 17, Flags [Use Forwarding-DB only]\n\t  Transaction-ID 0x00001234, ttl 64\n\t  Original-MAC 0c:c4:ad:37:10:e0, Target-MAC 00:00:00:00:00:00\n\tPort status TLV (0x02), length 1, Status: Blocked (1)\n\t  0x0000:  01\n\tEnd TLV (0x00)',
            6: 'CFMv0 Linktrace Reply, MD Level 5, length 15\n\tFirst TLV offset 6, Flags [FwdYes, Terminal MEP]\n\t  Transaction-ID 0x00001234, ttl 63\n\t  Replay-Action Exact Match (1)\n\tInterface status TLV (0x03), length 1, Status: Down (2)\n\t  0x0000:  02\n\tEnd TLV (0x00)',
            14: 'CFMv0 Continuity Check Message, MD Level 5, length 141\n\tFirst TLV offset 70, Flags [CCM Interval 4, RDI]\n\t  CCM Interval 1.000s, min CCM Lifetime 3.250s, max CCM Lifetime 3.500s\n\t  Sequence Number 0x01020304, MA-End-Point-ID 0x0005\n\t  MD Name Format Character string (4), MD Name length 6\n\t  MD Name: domain\n\t  MA Name-Format Character string (2), MA name length 4\n\t  MA Name: ma-1\n\tPort status TLV (0x02), length 1, Status: Up (2)\n\t  0x0000:  02\n\tInterface status TLV (0x03), length 1, Status: Dormant (5)\n\t  0x0000:  05\n\tSender ID TLV (0x01), length 16 [|cfm]',
            },
}

