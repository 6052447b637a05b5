"""DCCP printing (printer/dccp.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4 and IPv6, IP protocol 33, DCCP
packets of every type with short and extended sequence numbers, partial
checksum coverage, options, unknown types, short headers and cut
captures).  ``EXPECTED`` holds tcpdump 4.99.3's text for them (``-n -tt``,
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


def dccp(ptype: int, seq: int, rest: bytes = b"", options: bytes = b"", ext: bool = True,
         cscov: int = 0, payload: bytes = b"") -> bytes:
    if ext:
        head = struct.pack("!BBH", ptype << 1 | 1, 0, seq >> 32) + struct.pack("!I", seq & 0xFFFFFFFF)
    else:
        head = struct.pack("!B", ptype << 1) + seq.to_bytes(3, "big")
    size = 8 + len(head) + len(rest) + len(options)
    return (struct.pack("!HHBBH", 40000, 5001, (size + 3) // 4, 0x10 | cscov, 0x1234) + head
            + rest + options + b"\x00" * (-size % 4) + payload)


def ack(n: int) -> bytes:
    return struct.pack("!HHI", 0, n >> 32, n & 0xFFFFFFFF)


OPTS = (b"\x00\x00" + bytes([32, 4, 5, 2]) + bytes([34, 3, 1]) + bytes([36, 4, 0xAB, 0xCD])
        + bytes([37, 3, 1]) + bytes([38, 3, 0xE9]) + bytes([41, 6, 0, 0, 0, 9])
        + bytes([42, 8, 0, 0, 0, 7, 0, 3]) + bytes([43, 4, 4, 0xE1]) + bytes([44, 6, 1, 2, 3, 4])
        + bytes([130, 4, 0, 5]) + bytes([2]))


def frame(seg: bytes, v6: bool = False) -> bytes:
    if v6:
        return ether(struct.pack("!IHBB", 0x60000000, len(seg), 33, 64) + A6 + B6 + seg, 0x86DD)
    return ether(ipv4("10.0.0.1", "10.0.0.2", 33, seg))


def frames() -> list[bytes | tuple[bytes, int]]:
    request = frame(dccp(0, 5, struct.pack("!I", 42), OPTS))
    return [request, frame(dccp(1, 6, ack(5) + struct.pack("!I", 42))),
            frame(dccp(2, 7, payload=b"data"), v6=True), frame(dccp(3, 8, ack(6), cscov=1)),
            frame(dccp(4, 9, ack(6), payload=b"xy")), frame(dccp(5, 10, ack(6))),
            frame(dccp(6, 11, ack(6))), frame(dccp(7, 12, ack(6) + bytes([2, 0, 0, 0]))),
            frame(dccp(8, 13, ack(6)), v6=True), frame(dccp(9, 14, ack(6))),
            frame(dccp(3, 300, b"\x00\x00\x01\x00", ext=False)), frame(dccp(12, 15, ack(6))),
            frame(dccp(7, 16, ack(6) + bytes([99, 0, 0, 0]))),
            frame(dccp(1, 17, b"\x00\x01")), frame(b"\x9c\x40\x13\x89\x04"),
            frame(dccp(0, 5, struct.pack("!I", 1), bytes([32, 1]))),
            frame(dccp(0, 5, struct.pack("!I", 1), bytes([38, 9, 1]))),
            (request, 34 + 10), (request, 34 + 18), (request, 34 + 30)]


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP DCCP-Request (service=42) ',
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP DCCP-Response (service=42) (ack=5) ',
        'IP6 2001:db8::1.40000 > 2001:db8::2.5001: DCCP DCCP-Data ',
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP DCCP-Ack (ack=6) ',
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP DCCP-DataAck (ack=6) ',
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP DCCP-CloseReq (ack=6) ',
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP DCCP-Close (ack=6) ',
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP DCCP-Reset (code=aborted) (ack=6) ',
        'IP6 2001:db8::1.40000 > 2001:db8::2.5001: DCCP DCCP-Sync (ack=6) ',
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP DCCP-SyncAck (ack=6) ',
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP truncated-DCCP-Ack - 4 bytes missing!',
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP unknown-type-12 (ack=6) ',
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP DCCP-Reset (code=invalid) (ack=6) ',
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP truncated-DCCP-Response - 8 bytes missing!',
        'IP  [|dccp]',
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP DCCP-Request (service=1) ',
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP DCCP-Request (service=1) ',
        'IP  [|dccp]',
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP  [|dccp]',
        'IP 10.0.0.1.40000 > 10.0.0.2.5001: DCCP DCCP-Request (service=42) ',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 88)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0xe154)) DCCP-Request (service=42) ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 48)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x31b1)) DCCP-Response (service=42) (ack=5) ',
        'IP6 (hlim 64, next-header DCCP (33) payload length: 20) 2001:db8::1.40000 > 2001:db8::2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x12b2)) DCCP-Data ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 44)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 1, cksum 0x1234 (incorrect -> 0x2edb)) DCCP-Ack (ack=6) ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 46)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0xb45f)) DCCP-DataAck (ack=6) ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 44)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x2ada)) DCCP-CloseReq (ack=6) ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 44)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x28d9)) DCCP-Close (ack=6) ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 48)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x23d4)) DCCP-Reset (code=aborted) (ack=6) ',
        'IP6 (hlim 64, next-header DCCP (33) payload length: 24) 2001:db8::1.40000 > 2001:db8::2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0xdd64)) DCCP-Sync (ack=6) ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 44)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x22d6)) DCCP-SyncAck (ack=6) ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 36)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x2fc6)) truncated-DCCP-Ack - 4 bytes missing!',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 44)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x1cd5)) unknown-type-12 (ack=6) ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 48)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0xc2cf)) DCCP-Reset (code=invalid) (ack=6) ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 40)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x33dc)) truncated-DCCP-Response - 8 bytes missing!',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 25)\n     [|dccp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 44)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x14e3)) DCCP-Request (service=1) ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 44)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x0ddb)) DCCP-Request (service=1) ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 88)\n     [|dccp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 88)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0)  [|dccp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 88)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0) DCCP-Request (service=42) ',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 88)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0xe154)) DCCP-Request (service=42) seq 5 <nop, nop, change_l ack_ratio 2, change_r ccid, initcookie 0xabcd, ndp_count 1, ack_vector0 0xe9, timestamp 9, timestamp_echo 7 (elapsed time 3), elapsed_time 1249, data_checksum 01020304, CCID option 130 5, slowreceiver>',
            1: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 48)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x31b1)) DCCP-Response (service=42) (ack=5) seq 6',
            2: 'IP6 (hlim 64, next-header DCCP (33) payload length: 20) 2001:db8::1.40000 > 2001:db8::2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x12b2)) DCCP-Data seq 7',
            3: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 44)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 1, cksum 0x1234 (incorrect -> 0x2edb)) DCCP-Ack (ack=6) seq 8',
            4: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 46)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0xb45f)) DCCP-DataAck (ack=6) seq 9',
            5: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 44)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x2ada)) DCCP-CloseReq (ack=6) seq 10',
            6: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 44)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x28d9)) DCCP-Close (ack=6) seq 11',
            7: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 48)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x23d4)) DCCP-Reset (code=aborted) (ack=6) seq 12',
            8: 'IP6 (hlim 64, next-header DCCP (33) payload length: 24) 2001:db8::1.40000 > 2001:db8::2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0xdd64)) DCCP-Sync (ack=6) seq 13',
            9: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 44)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x22d6)) DCCP-SyncAck (ack=6) seq 14',
            11: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 44)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x1cd5)) unknown-type-12 (ack=6) seq 15 <nop, nop, nop, nop, nop, nop, nop, Option 6>',
            12: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 48)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0xc2cf)) DCCP-Reset (code=invalid) (ack=6) seq 16',
            15: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 44)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x14e3)) DCCP-Request (service=1) seq 5 <change_l optlen too short>',
            16: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 44)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0, cksum 0x1234 (incorrect -> 0x0ddb)) DCCP-Request (service=1) seq 5 <ack_vector0 optlen goes past header length>',
            19: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto DCCP (33), length 88)\n    10.0.0.1.40000 > 10.0.0.2.5001: DCCP (CCVal 1, CsCov 0) DCCP-Request (service=42) seq 5 <nop, nop, change_l ack_ratio 2, change_r ccid,  [|dccp]',
            },
}
