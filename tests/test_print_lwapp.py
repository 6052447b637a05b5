"""LWAPP printing (printer/lwapp.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4, UDP ports 12222 and 12223: data
frames with an 802.11 payload, control messages to the control port (with
the access point's address first) and from it, a message longer than its
PDU, another version, short headers and cut captures).  ``EXPECTED`` holds
tcpdump 4.99.3's text for them (``-n -tt``, timestamps cut off), recorded
once; with tcpdump installed they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, udp4

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=42))


AP = bytes.fromhex("000b8524e890")


def transport(first: int, frag: int, body: bytes, tlen: int | None = None) -> bytes:
    return struct.pack("!BBHH", first, frag, len(body) if tlen is None else tlen, 0) + body


def control(mtype: int, body: bytes, seq: int = 1) -> bytes:
    return struct.pack("!BBHI", mtype, seq, len(body), 0x11223344) + body


def frame(payload: bytes, sport: int, dport: int) -> bytes:
    return ether(udp4("10.48.74.126", "10.48.73.246", sport, dport, payload))


def frames() -> list[bytes | tuple[bytes, int]]:
    msgs = control(3, b"join") + control(22, b"") + control(99, b"\x00\x01")
    to_ctrl = frame(AP + transport(0x0C, 7, msgs), 20105, 12223)
    return [frame(transport(0x08, 29, bytes(range(24))), 20105, 12222),
            frame(transport(0x0B, 30, b"\x88\x00"), 12222, 20105),
            frame(transport(0x08, 1, b"", tlen=2), 20105, 12222), to_ctrl,
            frame(transport(0x04, 191, control(2, b"resp!")), 12223, 20105),
            frame(transport(0x04, 3, control(4, b"ab"), tlen=12), 12223, 20105),
            frame(transport(0x04, 3, b"\x01\x02\x03", tlen=3), 12223, 20105),
            frame(transport(0x48, 0, b""), 20105, 12222), frame(b"\x00\x01", 20105, 12222),
            (to_ctrl, 42 + 20), (to_ctrl, 42 + 8)]


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.48.74.126.20105 > 10.48.73.246.12222: LWAPPv0, Data frame, Flags [none], length 30',
        'IP 10.48.74.126.12222 > 10.48.73.246.20105: LWAPPv0, Data frame, Flags [Last Fragment Bit, Fragment Bit], length 8',
        'IP 10.48.74.126.20105 > 10.48.73.246.12222: LWAPPv0, Data frame, Flags [none], length 6',
        'IP 10.48.74.126.20105 > 10.48.73.246.12223: LWAPPv0, Control frame, Flags [Control Bit], length 42',
        'IP 10.48.74.126.12223 > 10.48.73.246.20105: LWAPPv0, Control frame, Flags [Control Bit], length 19',
        'IP 10.48.74.126.12223 > 10.48.73.246.20105: LWAPPv0, Control frame, Flags [Control Bit], length 16',
        'IP 10.48.74.126.12223 > 10.48.73.246.20105: LWAPPv0, Control frame, Flags [Control Bit], length 9',
        'IP 10.48.74.126.20105 > 10.48.73.246.12222: LWAPP version 1 packet not supported',
        'IP 10.48.74.126.20105 > 10.48.73.246.12222:  [|lwapp_data]',
        'IP 10.48.74.126.20105 > 10.48.73.246.12223: LWAPPv0, Control frame, Flags [Control Bit], length 42',
        'IP 10.48.74.126.20105 > 10.48.73.246.12223:  [|lwapp_control]',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 58)\n    10.48.74.126.20105 > 10.48.73.246.12222: LWAPPv0, Data frame, Radio-id  1, Flags [none], Frag-id  29, length 24\n\t0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n\t0x0010:  1011',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.48.74.126.12222 > 10.48.73.246.20105: LWAPPv0, Data frame, Radio-id  1, Flags [Last Fragment Bit, Fragment Bit], length 2 < transport header length',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 34)\n    10.48.74.126.20105 > 10.48.73.246.12222: LWAPPv0, Data frame, Radio-id  1, Flags [none], length 2 < transport header length',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.48.74.126.20105 > 10.48.73.246.12223: LWAPPv0, Control frame, Radio-id 1, Flags [Control Bit], Frag-id 7, length 30\n\tAP identity: 00:0b:85:24:e8:90\n\t  Msg type: Join req (3), Seqnum: 1, Msg len: 4, Session: 0x11223344\n\t  Msg type: Echo req (22), Seqnum: 1, Msg len: 0, Session: 0x11223344\n\t  Msg type: Unknown (99), Seqnum: 1, Msg len: 2, Session: 0x11223344',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 47)\n    10.48.74.126.12223 > 10.48.73.246.20105: LWAPPv0, Control frame, Radio-id 0, Flags [Control Bit], Frag-id 191, length 13\n\t  Msg type: Discovery resp (2), Seqnum: 1, Msg len: 5, Session: 0x11223344',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.48.74.126.12223 > 10.48.73.246.20105: LWAPPv0, Control frame, Radio-id 0, Flags [Control Bit], Frag-id 3, length 12\n\t  Msg type: Join resp (4), Seqnum: 1, Msg len: 2, Session: 0x11223344 [|lwapp_control]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 37)\n    10.48.74.126.12223 > 10.48.73.246.20105: LWAPPv0, Control frame, Radio-id 0, Flags [Control Bit], Frag-id 3, length 3 [|lwapp_control]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 34)\n    10.48.74.126.20105 > 10.48.73.246.12222: LWAPP version 1 packet not supported',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    10.48.74.126.20105 > 10.48.73.246.12222:  [|lwapp_data]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.48.74.126.20105 > 10.48.73.246.12223: LWAPPv0, Control frame, Radio-id 1, Flags [Control Bit], Frag-id 7, length 30\n\tAP identity: 00:0b:85:24:e8:90\n\t  Msg type: Join req (3), Seqnum: 1, Msg len: 4, Session: 0x11223344 [|lwapp_control]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.48.74.126.20105 > 10.48.73.246.12223:  [|lwapp_control]',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 58)\n    10.48.74.126.20105 > 10.48.73.246.12222: [udp sum ok] LWAPPv0, Data frame, Radio-id  1, Flags [none], Frag-id  29, length 24\n\t0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n\t0x0010:  1011',
            1: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.48.74.126.12222 > 10.48.73.246.20105: [udp sum ok] LWAPPv0, Data frame, Radio-id  1, Flags [Last Fragment Bit, Fragment Bit], length 2 < transport header length',
            2: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 34)\n    10.48.74.126.20105 > 10.48.73.246.12222: [udp sum ok] LWAPPv0, Data frame, Radio-id  1, Flags [none], length 2 < transport header length',
            3: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.48.74.126.20105 > 10.48.73.246.12223: [udp sum ok] LWAPPv0, Control frame, Radio-id 1, Flags [Control Bit], Frag-id 7, length 30\n\tAP identity: 00:0b:85:24:e8:90\n\t  Msg type: Join req (3), Seqnum: 1, Msg len: 4, Session: 0x11223344\n\t  Msg type: Echo req (22), Seqnum: 1, Msg len: 0, Session: 0x11223344\n\t  Msg type: Unknown (99), Seqnum: 1, Msg len: 2, Session: 0x11223344',
            4: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 47)\n    10.48.74.126.12223 > 10.48.73.246.20105: [udp sum ok] LWAPPv0, Control frame, Radio-id 0, Flags [Control Bit], Frag-id 191, length 13\n\t  Msg type: Discovery resp (2), Seqnum: 1, Msg len: 5, Session: 0x11223344',
            5: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.48.74.126.12223 > 10.48.73.246.20105: [udp sum ok] LWAPPv0, Control frame, Radio-id 0, Flags [Control Bit], Frag-id 3, length 12\n\t  Msg type: Join resp (4), Seqnum: 1, Msg len: 2, Session: 0x11223344 [|lwapp_control]',
            6: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 37)\n    10.48.74.126.12223 > 10.48.73.246.20105: [udp sum ok] LWAPPv0, Control frame, Radio-id 0, Flags [Control Bit], Frag-id 3, length 3 [|lwapp_control]',
            7: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 34)\n    10.48.74.126.20105 > 10.48.73.246.12222: [udp sum ok] LWAPP version 1 packet not supported',
            8: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    10.48.74.126.20105 > 10.48.73.246.12222: [udp sum ok]  [|lwapp_data]',
            },
}

