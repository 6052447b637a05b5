"""DHCPv6 printing (printer/dhcp6.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv6, UDP ports 546 and 547: client and
server messages with DUIDs of every type, option requests, identity
associations with addresses and prefixes, status codes, preference, relay
messages nesting a message, authentication, address lists and domain lists,
lease queries, NTP servers, AFTR names and MUD URLs, options of wrong
lengths, and cut captures).  ``EXPECTED`` holds tcpdump 4.99.3's text for
them (``-n -tt``, timestamps cut off), recorded once; with tcpdump installed
they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, udp6

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=62))


# client, all-servers multicast, server
A6, B6, S6 = (bytes.fromhex(h) for h in ("fe800000000000000000000000000001",
                                          "ff020000000000000000000000010002",
                                          "20010db8000000000000000000000009"))


def opt(code: int, body: bytes) -> bytes:
    return struct.pack("!HH", code, len(body)) + body


def message(mtype: int, options: bytes, xid: int = 0x123456) -> bytes:
    return struct.pack("!I", mtype << 24 | xid) + options


def relay(mtype: int, options: bytes) -> bytes:
    return bytes([mtype, 1]) + S6 + A6 + options


def name(*labels: bytes) -> bytes:
    return b"".join(bytes([len(x)]) + x for x in labels) + b"\x00"


CLIENT = opt(1, struct.pack("!HHI", 1, 1, 407259276) + bytes.fromhex("000102030405"))
SERVER = opt(2, struct.pack("!HI", 2, 9) + bytes(4))
IA_NA = opt(3, struct.pack("!III", 1, 3600, 5400)
            + opt(5, S6 + struct.pack("!II", 4500, 7200) + opt(13, b"\x00\x00ok")))
IA_PD = opt(25, struct.pack("!III", 2, 150, 250)
            + opt(26, struct.pack("!IIB", 250, 300, 56) + S6))
IA_TA = opt(4, struct.pack("!I", 7))
SOLICIT = message(1, CLIENT + opt(6, struct.pack("!HHHH", 23, 24, 64, 99)) + opt(8, b"\x00\x00")
                  + IA_NA + opt(14, b"") + opt(39, b"\x00\x01a"))
ADVERTISE = message(2, SERVER + opt(1, struct.pack("!HH", 3, 1) + bytes(6)) + opt(7, b"\xff")
                    + IA_PD + IA_TA + opt(13, b"\x00\x06") + opt(13, b"\x01\x00"))
REPLY = message(7, opt(23, S6 + A6) + opt(24, name(b"example", b"com") + name(b"lab"))
                + opt(32, struct.pack("!I", 86400)) + opt(19, b"\x05") + opt(20, b"")
                + opt(64, name(b"aftr", b"example", b"net")) + opt(112, b"https://mud/x")
                + opt(41, b"EST5EDT\x00") + opt(1, struct.pack("!H", 9)))
AUTH = message(10, opt(11, bytes([3, 1, 0]) + struct.pack("!Q", 5) + b"\x01" + bytes(16))
               + opt(11, bytes([2, 1, 0]) + struct.pack("!Q", 6) + b"realm" + bytes(20))
               + opt(11, bytes([4, 2, 1]) + bytes(8)))
NTP = message(11, opt(56, opt(1, S6) + opt(3, name(b"ntp", b"org")) + opt(2, b"\x00\x01")
                      + opt(9, b""))
              + opt(37, struct.pack("!I", 9) + bytes(range(12))) + opt(18, bytes(range(14)))
              + opt(44, bytes([1]) + S6 + opt(6, b"\x00\x17")) + opt(45, CLIENT)
              + opt(47, A6 + b"\x01\x02") + opt(46, struct.pack("!I", 60)))
RELAY = relay(12, opt(18, b"eth0") + opt(9, SOLICIT) + opt(38, b"sub"))
BAD = message(3, opt(8, b"\x00") + opt(6, b"\x00") + opt(23, bytes(8)) + opt(3, bytes(4))
              + opt(5, bytes(8)) + opt(26, bytes(8)) + opt(64, b"\x01") + opt(13, b"\x00"))


def frame(payload: bytes, sport: int = 546, dport: int = 547) -> bytes:
    return ether(udp6(A6, B6, sport, dport, payload), 0x86DD)


def frames() -> list[bytes | tuple[bytes, int]]:
    whole = frame(SOLICIT)
    return [whole, frame(ADVERTISE, 547, 546), frame(REPLY, 547, 546), frame(AUTH, 547, 546),
            frame(NTP), frame(RELAY, 547, 547), frame(relay(13, opt(9, REPLY)), 547, 547),
            frame(BAD), frame(message(16, b"")), frame(b"\x01\x02"),
            frame(message(1, opt(8, b"\x00\x00")[:3])),
            (whole, 74), (whole, 68), (whole, len(whole) - 8)]


EXPECTED: dict[str, Any] = {
    '': [
        'IP6 fe80::1.546 > ff02::1:2.547: dhcp6 solicit',
        'IP6 fe80::1.547 > ff02::1:2.546: dhcp6 advertise',
        'IP6 fe80::1.547 > ff02::1:2.546: dhcp6 reply',
        'IP6 fe80::1.547 > ff02::1:2.546: dhcp6 reconfigure',
        'IP6 fe80::1.546 > ff02::1:2.547: dhcp6 inf-req',
        'IP6 fe80::1.547 > ff02::1:2.547: dhcp6 relay-fwd',
        'IP6 fe80::1.547 > ff02::1:2.547: dhcp6 relay-reply',
        'IP6 fe80::1.546 > ff02::1:2.547: dhcp6 request',
        'IP6 fe80::1.546 > ff02::1:2.547: dhcp6 msgtype-16',
        'IP6 fe80::1.546 > ff02::1:2.547: dhcp6 [|dhcp6]',
        'IP6 fe80::1.546 > ff02::1:2.547: dhcp6 solicit',
        'IP6 fe80::1.546 > ff02::1:2.547: dhcp6 solicit',
        'IP6 fe80::1.546 > ff02::1:2.547: dhcp6 solicit',
        'IP6 fe80::1.546 > ff02::1:2.547: dhcp6 solicit',
    ],
    '-v': [
        'IP6 (hlim 64, next-header UDP (17) payload length: 111) fe80::1.546 > ff02::1:2.547: [udp sum ok] dhcp6 solicit (xid=123456 (client-ID hwaddr/time type 1 time 407259276 000102030405) (option-request DNS-server DNS-search-list AFTR-Name opt_99) (elapsed-time 0) (IA_NA IAID:1 T1:3600 T2:5400 (IA_ADDR 2001:db8::9 pltime:4500 vltime:7200 (status-code Success))) (rapid-commit) (Client-FQDN))',
        'IP6 (hlim 64, next-header UDP (17) payload length: 110) fe80::1.547 > ff02::1:2.546: [udp sum ok] dhcp6 advertise (xid=123456 (server-ID vid 0000000900000000) (client-ID hwaddr type 1 000000000000) (preference 255) (IA_PD IAID:2 T1:150 T2:250 (IA_PD-prefix 2001:db8::9/56 pltime:250 vltime:300)) (IA_TA IAID:7) (status-code NoPrefixAvail) (status-code INVALID code))',
        'IP6 (hlim 64, next-header UDP (17) payload length: 144) fe80::1.547 > ff02::1:2.546: [udp sum ok] dhcp6 reply (xid=123456 (DNS-server 2001:db8::9 fe80::1) (DNS-search-list example.com. lab.) (lifetime 86400) (reconfigure-message for renew) (reconfigure-accept) (AFTR-Name aftr.example.net) (MUD-URL https://mud/x) (POSIX-timezone EST5EDT) (client-ID type 9))',
        'IP6 (hlim 64, next-header UDP (17) payload length: 99) fe80::1.547 > ff02::1:2.546: [udp sum ok] dhcp6 reconfigure (xid=123456 (authentication proto: reconfigure, alg: HMAC-MD5, RDM: mono, RD: 0000 0000 0000 0005 reconfig-key value: 00000000 00000000 00000000 00000000) (authentication proto: delayed, alg: HMAC-MD5, RDM: mono, RD: 0000 0000 0000 0006, realm: 7265616c6d, key ID: 00000000, HMAC-MD5: 00000000 00000000 00000000 00000000) (authentication proto: 4, alg: 2, RDM: 1, RD: 0000 0000 0000 0000 ??))',
        'IP6 (hlim 64, next-header UDP (17) payload length: 176) fe80::1.546 > ff02::1:2.547: [udp sum ok] dhcp6 inf-req (xid=123456 (NTP-server subopt:1 2001:db8::9 subopt:3 ntp.org. subopt:2 ?) (Remote-ID 9 00010203040506070809...) (interface-ID 00010203040506070809...) (Lease-query by-address 2001:db8::9 (option-request DNS-server)) (LQ-client-data (client-ID hwaddr/time type 1 time 407259276 000102030405)) (LQ-relay-data fe80::1 0102...) (Clt-time 60))',
        'IP6 (hlim 64, next-header UDP (17) payload length: 164) fe80::1.547 > ff02::1:2.547: [udp sum ok] dhcp6 relay-fwd (linkaddr=2001:db8::9 peeraddr=fe80::1 (interface-ID 65746830...) (relay-message (dhcp6 solicit (xid=123456 (client-ID hwaddr/time type 1 time 407259276 000102030405) (option-request DNS-server DNS-search-list AFTR-Name opt_99) (elapsed-time 0) (IA_NA IAID:1 T1:3600 T2:5400 (IA_ADDR 2001:db8::9 pltime:4500 vltime:7200 (status-code Success))) (rapid-commit) (Client-FQDN))) (Subscriber-ID 737562...))',
        'IP6 (hlim 64, next-header UDP (17) payload length: 182) fe80::1.547 > ff02::1:2.547: [udp sum ok] dhcp6 relay-reply (linkaddr=2001:db8::9 peeraddr=fe80::1 (relay-message (dhcp6 reply (xid=123456 (DNS-server 2001:db8::9 fe80::1) (DNS-search-list example.com. lab.) (lifetime 86400) (reconfigure-message for renew) (reconfigure-accept) (AFTR-Name aftr.example.net) (MUD-URL https://mud/x) (POSIX-timezone EST5EDT) (client-ID type 9))))',
        'IP6 (hlim 64, next-header UDP (17) payload length: 76) fe80::1.546 > ff02::1:2.547: [udp sum ok] dhcp6 request (xid=123456 (elapsed-time ?) (option-request ?) (DNS-server ?) (IA_NA ?) (IA_ADDR ?) (IA_PD-prefix ?) (AFTR-Name ?) (status-code ?))',
        'IP6 (hlim 64, next-header UDP (17) payload length: 12) fe80::1.546 > ff02::1:2.547: [udp sum ok] dhcp6 msgtype-16 (xid=123456)',
        'IP6 (hlim 64, next-header UDP (17) payload length: 10) fe80::1.546 > ff02::1:2.547: [udp sum ok] dhcp6 [|dhcp6]',
        'IP6 (hlim 64, next-header UDP (17) payload length: 15) fe80::1.546 > ff02::1:2.547: [udp sum ok] dhcp6 solicit (xid=123456 [|dhcp6])',
        'IP6 (hlim 64, next-header UDP (17) payload length: 111) fe80::1.546 > ff02::1:2.547: dhcp6 solicit (xid=123456 [|dhcp6])',
        'IP6 (hlim 64, next-header UDP (17) payload length: 111) fe80::1.546 > ff02::1:2.547: dhcp6 solicit (xid=123456 [|dhcp6])',
        'IP6 (hlim 64, next-header UDP (17) payload length: 111) fe80::1.546 > ff02::1:2.547: dhcp6 solicit (xid=123456 (client-ID hwaddr/time type 1 time 407259276 000102030405) (option-request DNS-server DNS-search-list AFTR-Name opt_99) (elapsed-time 0) (IA_NA IAID:1 T1:3600 T2:5400 (IA_ADDR 2001:db8::9 pltime:4500 vltime:7200 (status-code Success))) [|dhcp6])',
    ],
    '-vv': '-v',
}

