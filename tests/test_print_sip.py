"""SIP printing (printer/sip.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4, UDP port 5060): requests and
responses, a lower-case method, text that is no SIP, lines ended by a bare LF
or CR, control characters, an empty and a binary datagram, a first token cut
by the datagram's end, cut captures, SIP against ports of other printers
(514: tcpdump's chain tries SIP first; 137: not in this tcpdump's chain), and
a UDP length past the IP payload.  SIP over TCP port 5060 is not printed by
tcpdump 4.99.3 (its TCP printer has no SIP entry): the last frame.
``EXPECTED`` holds tcpdump 4.99.3's text for them (``-n -tt``, timestamps cut
off), recorded once; with tcpdump installed they are also compared live.
"""

from __future__ import annotations

import json
from typing import Any

import printer_cases as cases
from app_payloads import ether, tcp4, udp4

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=40))

INVITE = (b"INVITE sip:bob@biloxi.com SIP/2.0\r\n"
          b"Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"
          b"Max-Forwards: 70\r\nTo: Bob <sip:bob@biloxi.com>\r\nContent-Length: 0\r\n\r\n")


def test_sip_record_in_json() -> None:
    from helpers import frame_packets
    from purepcap.printer import Printer
    pr = Printer(cases.options(""), linktype=1, strict=True)
    recs = [json.loads(pr.json(p))["layers"][-1] for p in frame_packets(frames()[:3])]
    assert [(r["proto"], r["method"], r["status"]) for r in recs] == [
        ("sip", "INVITE", -1), ("sip", "", 200), ("sip", "register", -1)]
    assert recs[0]["first_line"] == "INVITE sip:bob@biloxi.com SIP/2.0"


def frame(payload: bytes, sport: int = 5060, dport: int = 5060, ulen: int | None = None) -> bytes:
    return ether(udp4("10.0.0.1", "10.0.0.2", sport, dport, payload, ulen=ulen))


def frames() -> list[bytes | tuple[bytes, int]]:
    inv = frame(INVITE)
    return [
        inv, frame(b"SIP/2.0 200 OK\r\nVia: x\r\nContent-Length: 0\r\n\r\n", 5060, 40000),
        frame(b"register sip:x SIP/2.0\r\n\r\n", 40000, 5060), frame(b"HELLO world\r\n"),
        frame(b"BYE sip:x SIP/2.0\nnolf"), frame(b"OPTIONS sip:x SIP/2.0\r\nA: \x01\x80b\r\n\r\n"),
        frame(b""), frame(b"\x00\x01binary"), frame(b"INVITE"), frame(b"INVITE "),
        frame(b"SIP/2.0 4040 x\r\n"), frame(b"X 180 Ringing\r\n"), frame(b"ACK sip:y SIP/2.0\rZ\r\n"),
        frame(b"ACK sip:y SIP/2.0\r"), frame(b"ACK\tsip:y\r\n"),
        *[(inv, 50 + n) for n in (20, 40, 3, 6, 7, 34, 35)],
        frame(b"<13>INVITE x", 5060, 514), frame(b"INVITE sip:x SIP/2.0\r\n", 5060, 137),
        frame(b"INVITE sip:x SIP/2.0\r\n", ulen=60),
        ether(tcp4("10.0.0.1", "10.0.0.2", 1025, 5060, INVITE)),
    ]


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP: INVITE sip:bob@biloxi.com SIP/2.0',
        'IP 10.0.0.1.5060 > 10.0.0.2.40000: SIP: SIP/2.0 200 OK',
        'IP 10.0.0.1.40000 > 10.0.0.2.5060: SIP: register sip:x SIP/2.0',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP: BYE sip:x SIP/2.0',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP: OPTIONS sip:x SIP/2.0',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP: INVITE [|sip]',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP: INVITE  [|sip]',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP: X 180 Ringing',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP: ACK\tsip:y',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP [|sip]',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP: INVITE sip:bob@biloxi.com SIP/2.0',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP [|sip]',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP [|sip]',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP [|sip]',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP: INVITE sip:bob@biloxi.com SIP/2.0',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP: INVITE sip:bob@biloxi.com SIP/2.0',
        'IP 10.0.0.1.5060 > 10.0.0.2.514: SIP',
        'IP 10.0.0.1.5060 > 10.0.0.2.137: SIP: INVITE sip:x SIP/2.0',
        'IP 10.0.0.1.5060 > 10.0.0.2.5060: SIP: INVITE sip:x SIP/2.0',
        'IP 10.0.0.1.1025 > 10.0.0.2.5060: Flags [P.], seq 1000:1163, ack 2000, win 65535, length 163',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 163\n\tINVITE sip:bob@biloxi.com SIP/2.0\n\tVia: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\n\tMax-Forwards: 70\n\tTo: Bob <sip:bob@biloxi.com>\n\tContent-Length: 0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 73)\n    10.0.0.1.5060 > 10.0.0.2.40000: SIP, length: 45\n\tSIP/2.0 200 OK\n\tVia: x\n\tContent-Length: 0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 54)\n    10.0.0.1.40000 > 10.0.0.2.5060: SIP, length: 26\n\tregister sip:x SIP/2.0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 41)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 50)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 22\n\tBYE sip:x SIP/2.0\n\tnolf [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 61)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 33\n\tOPTIONS sip:x SIP/2.0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 34)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 6\n\tINVITE [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 35)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 7\n\tINVITE  [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 43)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 15\n\tX 180 Ringing',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 49)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 21',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 46)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 18',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 39)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 11\n\tACK\tsip:y',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 163 [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 163\n\tINVITE sip:bob@biloxi.com SIP/2.0 [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 163 [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 163 [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 163 [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 163\n\tINVITE sip:bob@biloxi.com SIP/2.0 [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 163\n\tINVITE sip:bob@biloxi.com SIP/2.0 [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.5060 > 10.0.0.2.514: SIP',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 50)\n    10.0.0.1.5060 > 10.0.0.2.137: SIP, length: 22\n\tINVITE sip:x SIP/2.0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 50)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 22\n\tINVITE sip:x SIP/2.0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 203)\n    10.0.0.1.1025 > 10.0.0.2.5060: Flags [P.], cksum 0xb0ac (correct), seq 1000:1163, ack 2000, win 65535, length 163',
    ],
    '-vv': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: [udp sum ok] SIP, length: 163\n\tINVITE sip:bob@biloxi.com SIP/2.0\n\tVia: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\n\tMax-Forwards: 70\n\tTo: Bob <sip:bob@biloxi.com>\n\tContent-Length: 0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 73)\n    10.0.0.1.5060 > 10.0.0.2.40000: [udp sum ok] SIP, length: 45\n\tSIP/2.0 200 OK\n\tVia: x\n\tContent-Length: 0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 54)\n    10.0.0.1.40000 > 10.0.0.2.5060: [udp sum ok] SIP, length: 26\n\tregister sip:x SIP/2.0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 41)\n    10.0.0.1.5060 > 10.0.0.2.5060: [udp sum ok] SIP',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 50)\n    10.0.0.1.5060 > 10.0.0.2.5060: [udp sum ok] SIP, length: 22\n\tBYE sip:x SIP/2.0\n\tnolf [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 61)\n    10.0.0.1.5060 > 10.0.0.2.5060: [udp sum ok] SIP, length: 33\n\tOPTIONS sip:x SIP/2.0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)\n    10.0.0.1.5060 > 10.0.0.2.5060: [udp sum ok] SIP',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.1.5060 > 10.0.0.2.5060: [udp sum ok] SIP',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 34)\n    10.0.0.1.5060 > 10.0.0.2.5060: [udp sum ok] SIP, length: 6\n\tINVITE [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 35)\n    10.0.0.1.5060 > 10.0.0.2.5060: [udp sum ok] SIP, length: 7\n\tINVITE  [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.0.0.1.5060 > 10.0.0.2.5060: [udp sum ok] SIP',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 43)\n    10.0.0.1.5060 > 10.0.0.2.5060: [udp sum ok] SIP, length: 15\n\tX 180 Ringing',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 49)\n    10.0.0.1.5060 > 10.0.0.2.5060: [udp sum ok] SIP, length: 21',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 46)\n    10.0.0.1.5060 > 10.0.0.2.5060: [udp sum ok] SIP, length: 18',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 39)\n    10.0.0.1.5060 > 10.0.0.2.5060: [udp sum ok] SIP, length: 11\n\tACK\tsip:y',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 163 [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 163\n\tINVITE sip:bob@biloxi.com SIP/2.0 [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 163 [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 163 [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 163 [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 163\n\tINVITE sip:bob@biloxi.com SIP/2.0 [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 191)\n    10.0.0.1.5060 > 10.0.0.2.5060: SIP, length: 163\n\tINVITE sip:bob@biloxi.com SIP/2.0 [|sip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.5060 > 10.0.0.2.514: [udp sum ok] SIP',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 50)\n    10.0.0.1.5060 > 10.0.0.2.137: [udp sum ok] SIP, length: 22\n\tINVITE sip:x SIP/2.0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 50)\n    10.0.0.1.5060 > 10.0.0.2.5060: [udp sum ok] SIP, length: 22\n\tINVITE sip:x SIP/2.0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 203)\n    10.0.0.1.1025 > 10.0.0.2.5060: Flags [P.], cksum 0xb0ac (correct), seq 1000:1163, ack 2000, win 65535, length 163',
    ],
}
