"""SOME/IP and TIPC printing (printer/someip.py, printer/tipc.py) against tcpdump 4.99.3.

The frames are built here: SOME/IP headers (UDP port 30490, either way) for
methods and events, of every message type and return code and unknown ones,
datagrams shorter than the header and captures cut after each field, and a
SOME/IP header over TCP port 30490 (which tcpdump 4.99.3 does not decode);
TIPC (Ethernet type 0x88CA) headers of each user class: data, connection
manager and name distributor messages with short and long headers, the
link-level users' internal headers, neighbour detection, the users tcpdump
prints nothing for, and captures cut before each word it reads.
``EXPECTED_SOMEIP`` and ``EXPECTED_TIPC`` hold tcpdump 4.99.3's text for
them (``-n -tt``, ``-v``, ``-vv``; timestamps cut off), recorded once; with
tcpdump installed they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, tcp4, udp4, udp6

(test_someip_matches_recorded_tcpdump, test_someip_matches_live_tcpdump,
 test_someip_damaged_messages_never_raise) = cases.protocol_tests(
    lambda: someip_frames(), lambda: EXPECTED_SOMEIP, start=41)

(test_tipc_matches_recorded_tcpdump, test_tipc_matches_live_tcpdump,
 test_tipc_damaged_messages_never_raise) = cases.protocol_tests(
    lambda: tipc_frames(), lambda: EXPECTED_TIPC, start=14)

A6 = bytes.fromhex("fe800000000000000218f3fffea9914e")
B6 = bytes.fromhex("20010db8000000000000000000000042")


# --- SOME/IP --------------------------------------------------------------------------

def someip(service: int = 1, method: int = 2, length: int = 8, client: int = 8,
           session: int = 5, pver: int = 1, iver: int = 1, mtype: int = 1, rcode: int = 0,
           payload: bytes = b"") -> bytes:
    return struct.pack("!HHIHHBBBB", service, method, length, client, session, pver, iver,
                       mtype, rcode) + payload


def sframe(payload: bytes, sport: int = 56001, dport: int = 30490) -> bytes:
    return ether(udp4("192.168.88.8", "192.168.88.9", sport, dport, payload))


def someip_frames() -> list[bytes | tuple[bytes, int]]:
    base = sframe(someip(payload=b"abcdefgh"))
    out: list[bytes | tuple[bytes, int]] = [
        base,
        sframe(someip(0xFFFF, 0x8100, 64, 0, 0, 1, 1, 2, 0)),
        sframe(someip(7, 0x7FFF, 0xFFFFFFFF, 0xFFFF, 0xFFFF, 255, 255, 0, 1)),
        *[sframe(someip(mtype=t, rcode=c)) for t, c in
          ((0x80, 2), (0x81, 0x0A), (0x20, 3), (0x21, 4), (0x22, 5), (0xA0, 6), (0xA1, 0x0F),
           (0x02, 7), (0x00, 8), (0x00, 9), (0x00, 0x0B), (0x00, 0x0C), (0x00, 0x0D),
           (0x00, 0x0E), (0x55, 0x44), (0x03, 0x10))],
        sframe(someip(mtype=0xA1, rcode=0x0F), sport=30490, dport=9),
        ether(udp6(A6, B6, 30490, 30490, someip()), 0x86DD),
        sframe(b""), sframe(bytes(15)), sframe(someip()[:12]),
        ether(tcp4("192.168.88.8", "192.168.88.9", 1025, 30490, someip())),
        *[(base, 42 + n) for n in (0, 3, 4, 7, 8, 11, 12, 13, 14, 15, 16)],
    ]
    return out


# --- TIPC -----------------------------------------------------------------------------

def w0(user: int, words: int, size: int, version: int = 2) -> int:
    return version << 29 | user << 25 | words << 21 | size


def tipc(*words: int) -> bytes:
    return ether(b"".join(struct.pack("!I", w) for w in words), 0x88CA)


def tipc_frames() -> list[bytes | tuple[bytes, int]]:
    long_data = tipc(w0(0, 10, 40), 0x40000001, 0x00020003, 0x01001002, 111, 222, 0x01001003,
                     0x02002004, 5, 6)
    internal = tipc(w0(7, 10, 40), 0xE0123456, 0x00020003, 0x01001002, 0x11112222, 0x33334444,
                    0x01001003, 0x02002004, 5, 0x00070008)
    config = tipc(w0(13, 10, 40), 0x20001234, 0x01001000, 0x01001002, 4711, 0x1FF)
    short = tipc(w0(1, 6, 24), 0x20000001, 3, 0x01001002, 111, 222)
    out: list[bytes | tuple[bytes, int]] = [
        long_data, internal, config, short,
        tipc(w0(2, 6, 24), 0x60000001, 3, 0x01001002, 0xFFFFFFFF, 0),
        tipc(w0(3, 11, 0x1FFFF), 0x00000000, 0xFFFFFFFF, 0xFFFFFFFF, 1, 2, 0xFFFFFFFF, 0, 0, 0,
             0),
        tipc(w0(8, 10, 40), 0x40000001, 3, 0x01001002, 111, 222, 0x01001003, 0x02002004),
        tipc(w0(11, 10, 40, 5), 0x40000001, 3, 0x01001002, 111, 222, 0x01001003, 0x02002004),
        tipc(w0(11, 6, 24), 0x40000001, 3, 0x01001002, 111, 222),
        *[tipc(w0(user, 10, 40), 0x20FF00FF, 0x00AA00BB, 0x01001002, 1, 2, 3, 4, 5, 6)
          for user in (5, 6, 10, 12)],
        tipc(w0(13, 10, 40), 0x00001234, 0x01001000, 0x01001002, 4711, 0x1FF),
        tipc(w0(13, 10, 40), 0x40001234, 0x01001000, 0x01001002, 4711, 0x1FF),
        *[tipc(w0(user, 10, 40), 1, 2, 3) for user in (4, 9, 14, 15)],
        # cut captures
        *[(long_data, 14 + n) for n in (0, 3, 4, 20, 23, 24, 28, 31, 32)],
        *[(internal, 14 + n) for n in (4, 28, 31, 32, 36, 39)],
        *[(config, 14 + n) for n in (8, 15, 16, 20, 23)],
        *[(short, 14 + n) for n in (12, 20, 23)],
    ]
    return out


EXPECTED_SOMEIP: dict[str, Any] = {
    '': [
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST_NO_RETURN, retcode E_OK\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 65535, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 7, method 32767, len 4294967295, client 65535, session 65535, pver 255, iver 255, msgtype REQUEST, retcode E_NOT_OK\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype RESPONSE, retcode E_UNKNOWN_SERVICE\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype ERROR, retcode E_WRONG_MESSAGE_TYPE\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_REQUEST, retcode E_UNKNOWN_METHOD\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_REQUEST_NO_RETURN, retcode E_NOT_READY\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_NOTIFICATION, retcode E_NOT_REACHABLE\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_RESPONSE, retcode E_TIMEOUT\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_ERROR, retcode E_E2E_NO_NEW_DATA\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype NOTIFICATION, retcode E_WRONG_PROTOCOL_VERSION\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_WRONG_INTERFACE_VERSION\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_MALFORMED_MESSAGE\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_E2E_REPEATED\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_E2E_WRONG_SEQUENCE\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_E2E\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_E2E_NOT_AVAILABLE\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype Unknown, retcode Unknown\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype Unknown, retcode Unknown\n',
        'IP 192.168.88.8.30490 > 192.168.88.9.9: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_ERROR, retcode E_E2E_NO_NEW_DATA\n',
        'IP6 fe80::218:f3ff:fea9:914e.30490 > 2001:db8::42.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST_NO_RETURN, retcode E_OK\n',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP (invalid)',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP (invalid)',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP (invalid)',
        'IP 192.168.88.8.1025 > 192.168.88.9.30490: Flags [P.], seq 1000:1016, ack 2000, win 65535, length 16',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP [|someip]',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP [|someip]',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2 [|someip]',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2 [|someip]',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8 [|someip]',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8 [|someip]',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5 [|someip]',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1 [|someip]',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1 [|someip]',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST_NO_RETURN [|someip]',
        'IP 192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST_NO_RETURN, retcode E_OK\n',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST_NO_RETURN, retcode E_OK\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 65535, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 7, method 32767, len 4294967295, client 65535, session 65535, pver 255, iver 255, msgtype REQUEST, retcode E_NOT_OK\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype RESPONSE, retcode E_UNKNOWN_SERVICE\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype ERROR, retcode E_WRONG_MESSAGE_TYPE\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_REQUEST, retcode E_UNKNOWN_METHOD\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_REQUEST_NO_RETURN, retcode E_NOT_READY\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_NOTIFICATION, retcode E_NOT_REACHABLE\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_RESPONSE, retcode E_TIMEOUT\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_ERROR, retcode E_E2E_NO_NEW_DATA\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype NOTIFICATION, retcode E_WRONG_PROTOCOL_VERSION\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_WRONG_INTERFACE_VERSION\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_MALFORMED_MESSAGE\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_E2E_REPEATED\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_E2E_WRONG_SEQUENCE\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_E2E\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_E2E_NOT_AVAILABLE\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype Unknown, retcode Unknown\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype Unknown, retcode Unknown\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.30490 > 192.168.88.9.9: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_ERROR, retcode E_E2E_NO_NEW_DATA\n',
        'IP6 (hlim 64, next-header UDP (17) payload length: 24) fe80::218:f3ff:fea9:914e.30490 > 2001:db8::42.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST_NO_RETURN, retcode E_OK\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 43)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)\n    192.168.88.8.1025 > 192.168.88.9.30490: Flags [P.], cksum 0xf56d (correct), seq 1000:1016, ack 2000, win 65535, length 16',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2 [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2 [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8 [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8 [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5 [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1 [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1 [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST_NO_RETURN [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST_NO_RETURN, retcode E_OK\n',
    ],
    '-vv': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST_NO_RETURN, retcode E_OK\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 65535, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 7, method 32767, len 4294967295, client 65535, session 65535, pver 255, iver 255, msgtype REQUEST, retcode E_NOT_OK\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype RESPONSE, retcode E_UNKNOWN_SERVICE\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype ERROR, retcode E_WRONG_MESSAGE_TYPE\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_REQUEST, retcode E_UNKNOWN_METHOD\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_REQUEST_NO_RETURN, retcode E_NOT_READY\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_NOTIFICATION, retcode E_NOT_REACHABLE\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_RESPONSE, retcode E_TIMEOUT\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_ERROR, retcode E_E2E_NO_NEW_DATA\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype NOTIFICATION, retcode E_WRONG_PROTOCOL_VERSION\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_WRONG_INTERFACE_VERSION\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_MALFORMED_MESSAGE\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_E2E_REPEATED\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_E2E_WRONG_SEQUENCE\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_E2E\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST, retcode E_E2E_NOT_AVAILABLE\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype Unknown, retcode Unknown\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype Unknown, retcode Unknown\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    192.168.88.8.30490 > 192.168.88.9.9: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype TP_ERROR, retcode E_E2E_NO_NEW_DATA\n',
        'IP6 (hlim 64, next-header UDP (17) payload length: 24) fe80::218:f3ff:fea9:914e.30490 > 2001:db8::42.30490: [udp sum ok] SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST_NO_RETURN, retcode E_OK\n',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 43)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    192.168.88.8.56001 > 192.168.88.9.30490: [udp sum ok] SOMEIP (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)\n    192.168.88.8.1025 > 192.168.88.9.30490: Flags [P.], cksum 0xf56d (correct), seq 1000:1016, ack 2000, win 65535, length 16',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2 [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2 [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8 [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8 [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5 [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1 [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1 [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST_NO_RETURN [|someip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.88.8.56001 > 192.168.88.9.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype REQUEST_NO_RETURN, retcode E_OK\n',
    ],
}

EXPECTED_TIPC: dict[str, Any] = {
    '': [
        'TIPC v2.0 1.1.3:111 > 2.2.4:222, headerlength 40 bytes, MessageSize 40 bytes, Low Importance Data payload, messageType NAMED_MSG',
        'TIPC v2.0 1.1.3 > 2.2.4, headerlength 40 bytes, MessageSize 40 bytes, Link State Protocol internal, messageType Unknown (0xe0123456)',
        'TIPC v2.0 1.1.2 > 1.1.0, headerlength 40 bytes, MessageSize 40 bytes, Neighbor Detection Protocol internal, messageType Link response',
        'TIPC v2.0 1.1.2:111 > 222, headerlength 24 bytes, MessageSize 24 bytes, Medium Importance Data payload, messageType MCAST_MSG',
        'TIPC v2.0 1.1.2:4294967295 > 0, headerlength 24 bytes, MessageSize 24 bytes, High Importance Data payload, messageType DIRECT_MSG',
        'TIPC v2.0 255.4095.4095:1 > 0.0.0:2, headerlength 44 bytes, MessageSize 131071 bytes, Critical Importance Data payload, messageType CONN_MSG',
        'TIPC v2.0 1.1.3:111 > 2.2.4:222, headerlength 40 bytes, MessageSize 40 bytes, Connection Manager internal, messageType NAMED_MSG',
        'TIPC v5.0 1.1.3:111 > 2.2.4:222, headerlength 40 bytes, MessageSize 40 bytes, Name Table Update Protocol internal, messageType NAMED_MSG',
        'TIPC v2.0 1.1.2:111 > 222, headerlength 24 bytes, MessageSize 24 bytes, Name Table Update Protocol internal, messageType NAMED_MSG',
        'TIPC v2.0 0.0.3 > 0.0.4, headerlength 40 bytes, MessageSize 40 bytes, Broadcast Link Protocol internal, messageType MCAST_MSG (0x20ff00ff)',
        'TIPC v2.0 0.0.3 > 0.0.4, headerlength 40 bytes, MessageSize 40 bytes, Message Bundler Protocol internal, messageType MCAST_MSG (0x20ff00ff)',
        'TIPC v2.0 0.0.3 > 0.0.4, headerlength 40 bytes, MessageSize 40 bytes, Link Changeover Protocol internal, messageType MCAST_MSG (0x20ff00ff)',
        'TIPC v2.0 0.0.3 > 0.0.4, headerlength 40 bytes, MessageSize 40 bytes, Message Fragmentation Protocol internal, messageType MCAST_MSG (0x20ff00ff)',
        'TIPC v2.0 1.1.2 > 1.1.0, headerlength 40 bytes, MessageSize 40 bytes, Neighbor Detection Protocol internal, messageType Link request',
        'TIPC v2.0 1.1.2 > 1.1.0, headerlength 40 bytes, MessageSize 40 bytes, Neighbor Detection Protocol internal, messageType Unknown',
        '',
        '',
        '',
        '',
        ' [|tipc]',
        ' [|tipc]',
        ' [|tipc]',
        ' [|tipc]',
        ' [|tipc]',
        ' [|tipc]',
        ' [|tipc]',
        ' [|tipc]',
        'TIPC v2.0 1.1.3:111 > 2.2.4:222, headerlength 40 bytes, MessageSize 40 bytes, Low Importance Data payload, messageType NAMED_MSG',
        ' [|tipc]',
        ' [|tipc]',
        ' [|tipc]',
        'TIPC v2.0 1.1.3 > 2.2.4, headerlength 40 bytes, MessageSize 40 bytes, Link State Protocol internal, messageType Unknown (0xe0123456)',
        'TIPC v2.0 1.1.3 > 2.2.4, headerlength 40 bytes, MessageSize 40 bytes, Link State Protocol internal, messageType Unknown (0xe0123456)',
        'TIPC v2.0 1.1.3 > 2.2.4, headerlength 40 bytes, MessageSize 40 bytes, Link State Protocol internal, messageType Unknown (0xe0123456)',
        ' [|tipc]',
        ' [|tipc]',
        'TIPC v2.0 1.1.2 > 1.1.0, headerlength 40 bytes, MessageSize 40 bytes, Neighbor Detection Protocol internal, messageType Link response',
        'TIPC v2.0 1.1.2 > 1.1.0, headerlength 40 bytes, MessageSize 40 bytes, Neighbor Detection Protocol internal, messageType Link response',
        'TIPC v2.0 1.1.2 > 1.1.0, headerlength 40 bytes, MessageSize 40 bytes, Neighbor Detection Protocol internal, messageType Link response',
        ' [|tipc]',
        ' [|tipc]',
        ' [|tipc]',
    ],
    '-v': {'like': '',
           0: 'TIPC v2.0 1.1.3:111 > 2.2.4:222, headerlength 40 bytes, MessageSize 40 bytes, Low Importance Data payload, messageType NAMED_MSG\n\tPrevious Node 1.1.2, Broadcast Ack 1, Link Ack 2, Link Sequence 3',
           1: 'TIPC v2.0 1.1.3 > 2.2.4, headerlength 40 bytes, MessageSize 40 bytes, Link State Protocol internal, messageType Unknown (0xe0123456)\n\tPrevious Node 1.1.2, Session No. 13107, Broadcast Ack 13398, Sequence Gap 18,  Broadcast Gap After 2, Broadcast Gap To 3, Last Sent Packet No. 4369, Next sent Packet No. 8738, Transport Sequence 5, msg_count 7, Link Tolerance 8',
           2: 'TIPC v2.0 1.1.2 > 1.1.0, headerlength 40 bytes, MessageSize 40 bytes, Neighbor Detection Protocol internal, messageType Link response\n\tNodeSignature 4660, network_id 4711, media_id 255',
           5: 'TIPC v2.0 255.4095.4095:1 > 0.0.0:2, headerlength 44 bytes, MessageSize 131071 bytes, Critical Importance Data payload, messageType CONN_MSG\n\tPrevious Node 255.4095.4095, Broadcast Ack 0, Link Ack 65535, Link Sequence 65535',
           6: 'TIPC v2.0 1.1.3:111 > 2.2.4:222, headerlength 40 bytes, MessageSize 40 bytes, Connection Manager internal, messageType NAMED_MSG\n\tPrevious Node 1.1.2, Broadcast Ack 1, Link Ack 0, Link Sequence 3',
           7: 'TIPC v5.0 1.1.3:111 > 2.2.4:222, headerlength 40 bytes, MessageSize 40 bytes, Name Table Update Protocol internal, messageType NAMED_MSG\n\tPrevious Node 1.1.2, Broadcast Ack 1, Link Ack 0, Link Sequence 3',
           9: 'TIPC v2.0 0.0.3 > 0.0.4, headerlength 40 bytes, MessageSize 40 bytes, Broadcast Link Protocol internal, messageType MCAST_MSG (0x20ff00ff)\n\tPrevious Node 1.1.2, Session No. 0, Broadcast Ack 255, Sequence Gap 255,  Broadcast Gap After 170, Broadcast Gap To 187, Last Sent Packet No. 0, Next sent Packet No. 1, Transport Sequence 5, msg_count 0, Link Tolerance 6',
           10: 'TIPC v2.0 0.0.3 > 0.0.4, headerlength 40 bytes, MessageSize 40 bytes, Message Bundler Protocol internal, messageType MCAST_MSG (0x20ff00ff)\n\tPrevious Node 1.1.2, Session No. 0, Broadcast Ack 255, Sequence Gap 255,  Broadcast Gap After 170, Broadcast Gap To 187, Last Sent Packet No. 0, Next sent Packet No. 1, Transport Sequence 5, msg_count 0, Link Tolerance 6',
           11: 'TIPC v2.0 0.0.3 > 0.0.4, headerlength 40 bytes, MessageSize 40 bytes, Link Changeover Protocol internal, messageType MCAST_MSG (0x20ff00ff)\n\tPrevious Node 1.1.2, Session No. 0, Broadcast Ack 255, Sequence Gap 255,  Broadcast Gap After 170, Broadcast Gap To 187, Last Sent Packet No. 0, Next sent Packet No. 1, Transport Sequence 5, msg_count 0, Link Tolerance 6',
           12: 'TIPC v2.0 0.0.3 > 0.0.4, headerlength 40 bytes, MessageSize 40 bytes, Message Fragmentation Protocol internal, messageType MCAST_MSG (0x20ff00ff)\n\tPrevious Node 1.1.2, Session No. 0, Broadcast Ack 255, Sequence Gap 255,  Broadcast Gap After 170, Broadcast Gap To 187, Last Sent Packet No. 0, Next sent Packet No. 1, Transport Sequence 5, msg_count 0, Link Tolerance 6',
           13: 'TIPC v2.0 1.1.2 > 1.1.0, headerlength 40 bytes, MessageSize 40 bytes, Neighbor Detection Protocol internal, messageType Link request\n\tNodeSignature 4660, network_id 4711, media_id 255',
           14: 'TIPC v2.0 1.1.2 > 1.1.0, headerlength 40 bytes, MessageSize 40 bytes, Neighbor Detection Protocol internal, messageType Unknown\n\tNodeSignature 4660, network_id 4711, media_id 255',
           27: 'TIPC v2.0 1.1.3:111 > 2.2.4:222, headerlength 40 bytes, MessageSize 40 bytes, Low Importance Data payload, messageType NAMED_MSG\n\tPrevious Node 1.1.2, Broadcast Ack 1, Link Ack 2, Link Sequence 3',
           31: 'TIPC v2.0 1.1.3 > 2.2.4, headerlength 40 bytes, MessageSize 40 bytes, Link State Protocol internal, messageType Unknown (0xe0123456) [|tipc]',
           32: 'TIPC v2.0 1.1.3 > 2.2.4, headerlength 40 bytes, MessageSize 40 bytes, Link State Protocol internal, messageType Unknown (0xe0123456) [|tipc]',
           33: 'TIPC v2.0 1.1.3 > 2.2.4, headerlength 40 bytes, MessageSize 40 bytes, Link State Protocol internal, messageType Unknown (0xe0123456) [|tipc]',
           36: 'TIPC v2.0 1.1.2 > 1.1.0, headerlength 40 bytes, MessageSize 40 bytes, Neighbor Detection Protocol internal, messageType Link response [|tipc]',
           37: 'TIPC v2.0 1.1.2 > 1.1.0, headerlength 40 bytes, MessageSize 40 bytes, Neighbor Detection Protocol internal, messageType Link response [|tipc]',
           38: 'TIPC v2.0 1.1.2 > 1.1.0, headerlength 40 bytes, MessageSize 40 bytes, Neighbor Detection Protocol internal, messageType Link response [|tipc]',
           },
    '-vv': '-v',
}
