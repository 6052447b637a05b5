"""NetBIOS and SMB: what tcpdump 4.99.3 as installed prints for them.

The tcpdump 4.99.3 this project follows (/usr/bin/tcpdump, Debian's build)
is configured without ``--enable-smb``: it has no NetBIOS or SMB printer.
Name service datagrams (UDP 137) and datagram service datagrams (UDP 138)
print as plain ``UDP, length N``, NetBIOS session (TCP 139) and SMB over TCP
(445) segments print nothing after ``length N``, NetBEUI (LLC SAP 0xF0) is
named and dumped by the LLC printer, and IPX NetBIOS (socket 0x0455) is
``ipx-netbios N``.  As 137 and 138 are no part of this tcpdump's UDP port
chain, a datagram between 137 and a port with a printer (syslog 514, SIP
5060, DNS 53) is printed by that printer.  The frames here pin all of that
(printer/udp.py has no entry for 137 and 138; printer/tcp.py's entries for
139 and 445 name printer/smb.py, which makes records for ``--json`` and
prints nothing).  ``EXPECTED`` holds tcpdump's text (``-n -tt``,
timestamps cut off), recorded once; with tcpdump installed they are also
compared live.
"""

from __future__ import annotations

import struct
import json
from typing import Any

import printer_cases as cases
from app_payloads import MAC_A, MAC_B, ether, tcp4, udp4

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=34))

NBNS_QUERY = (bytes.fromhex("8a1d01100001000000000000") + b" "
              + b"EBEFEHEECACACACACACACACACACACAAA" + b"\x00" + bytes.fromhex("00200001"))
NBDS = (bytes.fromhex("110a8a1d0a000001008a00bb0000") + b" " + b"FHEPFCELEHFCEPFFFACACACACACACABN"
        + b"\x00 " + b"FHEPFCELEHFCEPFFFACACACACACACABO" + b"\x00" + b"\xffSMB\x25" + bytes(27))
SMB_NEGOTIATE = b"\xffSMB\x72" + bytes(4) + b"\x18\x01\x28" + bytes(19) + b"\x00\x0c\x00\x02NT LM 0.12\x00"


def test_session_records_in_json() -> None:
    """The NetBIOS session and SMB headers are in the JSON rendering."""
    from helpers import frame_packets
    from purepcap.printer import Printer
    pr = Printer(cases.options("-v"), linktype=1, strict=True)
    got = []
    for p in frame_packets(frames())[2:7]:
        last = json.loads(pr.json(p))["layers"][-1]
        got.append((last["proto"], last["type"], last["over_445"], last["smb_version"],
                    last["command_name"]))
    assert got == [("nbt_session", 0, False, 1, "SMBnegprot"),
                   ("nbt_session", 0x82, False, 0, ""), ("nbt_session", 0x81, False, 0, ""),
                   ("nbt_session", 0, True, 1, "SMBnegprot"), ("nbt_session", 0, True, 2, "NEGOTIATE")]


def nbt_session(kind: int, body: bytes) -> bytes:
    return struct.pack("!BBH", kind, 0, len(body)) + body


def frames() -> list[bytes | tuple[bytes, int]]:
    sess = nbt_session(0, SMB_NEGOTIATE)
    netbeui = b"\xf0\xf0\x03" + bytes.fromhex("2c00ff ef08 0000 0000 00") + b"WORKGROUP      \x1d"
    ipx = (b"\xff\xff" + struct.pack("!H", 30 + 32) + b"\x00\x14" + bytes(4) + b"\xff" * 6
           + b"\x04\x55" + bytes(4) + MAC_A + b"\x04\x55" + b"z" * 32)
    return [
        ether(udp4("10.0.0.1", "10.0.0.255", 137, 137, NBNS_QUERY)),
        ether(udp4("10.0.0.1", "10.0.0.255", 138, 138, NBDS)),
        ether(tcp4("10.0.0.1", "10.0.0.2", 1025, 139, sess)),
        ether(tcp4("10.0.0.2", "10.0.0.1", 139, 1025, nbt_session(0x82, b""))),
        ether(tcp4("10.0.0.1", "10.0.0.2", 1025, 139, nbt_session(0x81, b" " + b"C" * 32 + b"\x00"))),
        ether(tcp4("10.0.0.1", "10.0.0.2", 1026, 445, sess)),
        ether(tcp4("10.0.0.2", "10.0.0.1", 445, 1026, b"\x00\x00\x00\x40\xfeSMB" + bytes(60))),
        ether(udp4("10.0.0.1", "10.0.0.2", 137, 514, b"<13>from the name service port")),
        ether(udp4("10.0.0.1", "10.0.0.2", 137, 5060, b"INVITE sip:x SIP/2.0\r\n")),
        ether(udp4("10.0.0.1", "10.0.0.2", 138, 53, bytes.fromhex("000101000001000000000000")
                   + b"\x01a\x00\x00\x01\x00\x01")),
        MAC_B + MAC_A + struct.pack("!H", len(netbeui)) + netbeui,
        ether(ipx, ethertype=0x8137),
        (ether(udp4("10.0.0.1", "10.0.0.255", 137, 137, NBNS_QUERY)), 50),
        (ether(tcp4("10.0.0.1", "10.0.0.2", 1025, 139, sess)), 60),
    ]


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.0.0.1.137 > 10.0.0.255.137: UDP, length 50',
        'IP 10.0.0.1.138 > 10.0.0.255.138: UDP, length 114',
        'IP 10.0.0.1.1025 > 10.0.0.2.139: Flags [P.], seq 1000:1050, ack 2000, win 65535, length 50',
        'IP 10.0.0.2.139 > 10.0.0.1.1025: Flags [P.], seq 4294966297:4294966301, ack 1000, win 65535, length 4',
        'IP 10.0.0.1.1025 > 10.0.0.2.139: Flags [P.], seq 0:38, ack 1, win 65535, length 38',
        'IP 10.0.0.1.1026 > 10.0.0.2.445: Flags [P.], seq 1000:1050, ack 2000, win 65535, length 50',
        'IP 10.0.0.2.445 > 10.0.0.1.1026: Flags [P.], seq 4294966297:4294966365, ack 1000, win 65535, length 68',
        'IP 10.0.0.1.137 > 10.0.0.2.514: SYSLOG user.notice, length: 30',
        'IP 10.0.0.1.137 > 10.0.0.2.5060: SIP: INVITE sip:x SIP/2.0',
        'IP 10.0.0.1.138 > 10.0.0.2.53: 1+ A? a. (19)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb NetBeui Unnumbered, ui, Flags [Command], length 29\n\t0x0000:  f0f0 032c 00ff ef08 0000 0000 0057 4f52  ...,.........WOR\n\t0x0010:  4b47 524f 5550 2020 2020 2020 1d         KGROUP.......',
        '(NOV-ETHII) IPX 00000000.00:11:22:33:44:55.0455 > 00000000.ff:ff:ff:ff:ff:ff.0455: ipx-netbios 32',
        'IP 10.0.0.1.137 > 10.0.0.255.137: UDP, length 50',
        'IP 10.0.0.1.1025 > 10.0.0.2.139: Flags [P.], seq 0:50, ack 1, win 65535, length 50',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 78)\n    10.0.0.1.137 > 10.0.0.255.137: UDP, length 50',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 142)\n    10.0.0.1.138 > 10.0.0.255.138: UDP, length 114',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 90)\n    10.0.0.1.1025 > 10.0.0.2.139: Flags [P.], cksum 0x9c32 (correct), seq 1000:1050, ack 2000, win 65535, length 50',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 44)\n    10.0.0.2.139 > 10.0.0.1.1025: Flags [P.], cksum 0x0982 (correct), seq 4294966297:4294966301, ack 1000, win 65535, length 4',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 78)\n    10.0.0.1.1025 > 10.0.0.2.139: Flags [P.], cksum 0xb609 (correct), seq 0:38, ack 1, win 65535, length 38',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 90)\n    10.0.0.1.1026 > 10.0.0.2.445: Flags [P.], cksum 0x9aff (correct), seq 1000:1050, ack 2000, win 65535, length 50',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 108)\n    10.0.0.2.445 > 10.0.0.1.1026: Flags [P.], cksum 0x3e39 (correct), seq 4294966297:4294966365, ack 1000, win 65535, length 68',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 58)\n    10.0.0.1.137 > 10.0.0.2.514: SYSLOG, length: 30\n\tFacility user (1), Severity notice (5)\n\tMsg: from the name service port',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 50)\n    10.0.0.1.137 > 10.0.0.2.5060: SIP, length: 22\n\tINVITE sip:x SIP/2.0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 47)\n    10.0.0.1.138 > 10.0.0.2.53: 1+ A? a. (19)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb NetBeui Unnumbered, ui, Flags [Command], length 29\n\t0x0000:  f0f0 032c 00ff ef08 0000 0000 0057 4f52  ...,.........WOR\n\t0x0010:  4b47 524f 5550 2020 2020 2020 1d         KGROUP.......',
        '(NOV-ETHII) IPX 00000000.00:11:22:33:44:55.0455 > 00000000.ff:ff:ff:ff:ff:ff.0455: ipx-netbios 32',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 78)\n    10.0.0.1.137 > 10.0.0.255.137: UDP, length 50',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 90)\n    10.0.0.1.1025 > 10.0.0.2.139: Flags [P.], seq 0:50, ack 1, win 65535, length 50',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 78)\n    10.0.0.1.137 > 10.0.0.255.137: [udp sum ok] UDP, length 50',
            1: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 142)\n    10.0.0.1.138 > 10.0.0.255.138: [udp sum ok] UDP, length 114',
            7: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 58)\n    10.0.0.1.137 > 10.0.0.2.514: [udp sum ok] SYSLOG, length: 30\n\tFacility user (1), Severity notice (5)\n\tMsg: from the name service port\n\t0x0000:  3c31 333e 6672 6f6d 2074 6865 206e 616d\n\t0x0010:  6520 7365 7276 6963 6520 706f 7274',
            8: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 50)\n    10.0.0.1.137 > 10.0.0.2.5060: [udp sum ok] SIP, length: 22\n\tINVITE sip:x SIP/2.0',
            9: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 47)\n    10.0.0.1.138 > 10.0.0.2.53: [udp sum ok] 1+ A? a. (19)',
            },
}
