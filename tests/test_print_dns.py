"""DNS printer (purepcap.printer.dns) against tcpdump 4.99.3.

Three kinds of test: messages built here with the text tcpdump 4.99.3 printed
for them (copied from its output; run without tcpdump), the same messages
and random mutations of them compared with a live tcpdump, and the tcpdump
test-suite captures that carry DNS.  Texts are the DNS printer's part of the
line (after ``"src.port > dst.port: "``; for DNS over TCP after
``", length N"``).
"""

from __future__ import annotations

import random
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import app_payloads as ap
from purepcap.printer import dns
from purepcap.printer._base import Context, Options

PRINTERS: dict[str, ap.Printer] = {
    "dns": (dns.decode_dns, dns.format_dns),
    "mdns": (dns.decode_mdns, dns.format_mdns),
    "dnstcp": (dns.decode_dns_tcp, dns.format_dns_tcp),
}

IP4 = bytes([93, 184, 216, 34])
IP6 = bytes.fromhex("20010db8000000000000000000000001")


# --- building messages ------------------------------------------------------

def name(s: str) -> bytes:
    if s in ("", "."):
        return b"\0"
    out = b""
    for label in s.rstrip(".").split("."):
        b = label.encode("latin-1")
        out += bytes([len(b)]) + b
    return out + b"\0"


def hdr(id: int = 0x1234, flags: int = 0x0100, qd: int = 1, an: int = 0, ns: int = 0, ar: int = 0) -> bytes:
    return struct.pack("!HHHHHH", id, flags, qd, an, ns, ar)


def q(n: str | bytes, t: int = 1, c: int = 1) -> bytes:
    return (name(n) if isinstance(n, str) else n) + struct.pack("!HH", t, c)


def rr(n: str | bytes, t: int, data: bytes, c: int = 1, ttl: int = 3600) -> bytes:
    return (name(n) if isinstance(n, str) else n) + struct.pack("!HHIH", t, c, ttl, len(data)) + data


def opt(size: int = 4096, ext: int = 0, ver: int = 0, flags: int = 0, opts: bytes = b"") -> bytes:
    return b"\0" + struct.pack("!HHBBHH", 41, size, ext, ver, flags, len(opts)) + opts


def eo(code: int, data: bytes) -> bytes:
    return struct.pack("!HH", code, len(data)) + data


PTR = b"\xc0\x0c"      # to the first question's name
RESP = 0x8180          # response, RD, RA
SOA = name("ns1.example.com") + name("hostmaster.example.com") + struct.pack("!IIIII", 2024010101, 7200, 3600, 1209600, 300)
TSIG = name("hmac-md5.sig-alg.reg.int") + bytes(6) + b"\x01\x2c\x00\x10" + bytes(16) + b"\x12\x34\x00\x00\x00\x00"

# (id, printer kind, message, captured bytes of the message or None for all)
CASES: list[tuple[str, str, bytes, int | None]] = [
    ("query-a", "dns", hdr() + q("example.com"), None),
    ("query-aaaa-no-rd", "dns", hdr(flags=0) + q("example.com", 28), None),
    ("query-any-cd", "dns", hdr(flags=0x0110) + q("example.com", 255), None),
    ("response-a", "dns", hdr(flags=RESP, an=1) + q("example.com") + rr(PTR, 1, IP4), None),
    ("response-cname-chain", "dns", hdr(flags=0x8580, an=2) + q("www.example.com")
     + rr(PTR, 5, name("example.com")) + rr(b"\xc0\x10", 1, IP4), None),
    ("nxdomain-soa", "dns", hdr(flags=0x8183, ns=1) + q("nx.example.com") + rr(b"\xc0\x0f", 6, SOA), None),
    ("servfail", "dns", hdr(flags=0x8182) + q("a.b"), None),
    ("refused", "dns", hdr(flags=0x8105) + q("a.b"), None),
    ("rcode-15", "dns", hdr(flags=0x800F) + q("a.b"), None),
    ("flags-all", "dns", hdr(flags=0x8000 | 0x0400 | 0x0200 | 0x0020 | 0x0080) + q("a.b"), None),
    ("query-odd-bits", "dns", hdr(flags=0x07FF) + q("a.b"), None),
    ("opcode-notify", "dns", hdr(flags=0x2000) + q("a.b", 6), None),
    ("opcode-update-response", "dns", hdr(flags=0xA800) + q("a.b", 6), None),
    ("iquery", "dns", hdr(flags=0x0800, qd=0, an=1) + rr("a.b", 1, IP4), None),
    ("three-questions", "dns", hdr(qd=3) + q("a.b") + q("c.d", 28) + q("e.f", 15, 3), None),
    ("response-three-questions", "dns", hdr(flags=RESP, qd=3, an=1) + q("a.b") + q("c.d", 28)
     + q("e.f", 15, 3) + rr("a.b", 1, IP4), None),
    ("response-no-question", "dns", hdr(flags=RESP, qd=0, an=1) + rr("a.b", 1, IP4), None),
    ("unknown-type", "dns", hdr(flags=RESP, an=1) + q("x.y", 65280) + rr(PTR, 65280, b"\x01\x02"), None),
    ("class-chaos", "dns", hdr(flags=RESP, an=1) + q("version.bind", 16, 3)
     + rr(PTR, 16, b"\x059.9.9", c=3), None),
    ("class-unknown", "dns", hdr(flags=RESP, an=1) + q("x.y", 1, 77) + rr(PTR, 1, IP4, c=77), None),
    ("aaaa", "dns", hdr(flags=RESP, an=2) + q("x.y", 28) + rr(PTR, 28, IP6)
     + rr(PTR, 28, bytes.fromhex("00000000000000000000ffff01020304")), None),
    ("mx-ns-ptr", "dns", hdr(flags=RESP, an=3) + q("x.y", 15) + rr(PTR, 15, b"\x00\x0a" + name("mx.x.y"))
     + rr(PTR, 2, name("ns.x.y")) + rr(PTR, 12, name("host.example")), None),
    ("txt", "dns", hdr(flags=RESP, an=1) + q("x.y", 16) + rr(PTR, 16, b"\x05hello\x00\x06a\x01\x80\xff\x7f\""), None),
    ("srv", "dns", hdr(flags=RESP, an=1) + q("_sip._udp.x.y", 33)
     + rr(PTR, 33, b"\x00\x01\x00\x02\x13\xc4" + name("sip.x.y")), None),
    ("a6-dname-uri-unspeca", "dns", hdr(flags=RESP, an=4) + q("x.y", 255)
     + rr(PTR, 38, b"\x40" + bytes(7) + b"\x01" + bytes(7) + b"\x01" + name("a6.x"))
     + rr(PTR, 39, name("dn.example")) + rr(PTR, 256, b"\x00\x0a\x00\x01http://x.y/")
     + rr(PTR, 104, b"unspec\tascii"), None),
    ("dnssec-types", "dns", hdr(flags=RESP, an=4) + q("x.y", 48) + rr(PTR, 43, b"\x12\x34\x08\x02" + bytes(32))
     + rr(PTR, 48, b"\x01\x01\x03\x08" + bytes(10)) + rr(PTR, 46, bytes(30)) + rr(PTR, 47, name("n.x") + b"\x00\x01\x40"), None),
    ("soa-tsig-all-sections", "dns", hdr(flags=0x8580, an=1, ns=1, ar=1) + q("x.y", 6) + rr(PTR, 6, SOA, ttl=90061)
     + rr("x.y", 2, name("ns.x.y"), ttl=0) + rr("key.", 250, TSIG, c=255, ttl=0), None),
    ("query-with-sections", "dns", hdr(an=1, ns=1, ar=1) + q("x.y") + rr(PTR, 1, IP4) + rr("z", 2, name("ns.z"), c=3)
     + rr(".", 1, IP4, ttl=31536000 + 604800 + 86400 + 3600 + 60 + 1), None),
    ("edns-query", "dns", hdr(flags=0x0120, ar=1) + q("e.x") + opt(opts=eo(10, bytes(range(8)))), None),
    ("edns-response-do", "dns", hdr(flags=RESP, ar=1) + q("e.x") + opt(size=1232, flags=0x8000), None),
    ("edns-options", "dns", hdr(flags=RESP, ar=1) + q("e.x") + opt(opts=b"".join([
        eo(3, b"ns1"), eo(8, b"\x00\x01\x18\x00\xc0\x00\x02"), eo(8, b"\x00\x02\x38\x00\x20\x01\x0d\xb8\x00\x00\x00"),
        eo(10, bytes(range(16))), eo(11, b"\x00\x96"), eo(9, b"\x00\x00\x0e\x10"), eo(12, bytes(20)),
        eo(14, b"\x12\x34\x56\x78"), eo(5, bytes([3, 8, 13, 15, 200])), eo(6, b"\x01\x02\x09"), eo(7, b"\x01"),
        eo(13, name("chain.example")), eo(2, b"\x00\x00\x0e\x10"), eo(65001, b"")])), None),
    ("edns-invalid-options", "dns", hdr(flags=RESP, ar=1) + q("e.x") + opt(opts=b"".join([
        eo(8, b"\x00\x01"), eo(8, b"\x00\x03\x00\x00"), eo(10, bytes(12)), eo(11, b"\x00"), eo(9, b"\x00"),
        eo(14, b"\x12")])), None),
    ("edns-badvers", "dns", hdr(flags=RESP, ar=1) + q("e.x") + opt(ext=1), None),
    ("edns-badcookie", "dns", hdr(flags=0x8187, ar=1) + q("e.x") + opt(ext=1, opts=eo(10, bytes(24))), None),
    ("edns-resp-4095", "dns", hdr(flags=0x818F, ar=1) + q("e.x") + opt(ext=0xFF), None),
    ("escaped-name", "dns", hdr() + q("a\x00b\x1f\x7f\x80\xff\xe9.c d"), None),
    ("long-name", "dns", hdr() + q(b"".join(b"\x3f" + bytes([c]) * 63 for c in b"abcde") + b"\0"), None),
    ("self-pointer", "dns", hdr() + q(b"\xc0\x0c"), None),
    ("forward-pointer", "dns", hdr() + q(b"\x01a\xc0\x20"), None),
    ("pointer-in-rdata", "dns", hdr(flags=RESP, an=1) + q("x.y") + rr(PTR, 5, b"\x01a\xc0\x1b"), None),
    ("reserved-label", "dns", hdr() + q(b"\x01a\x80abc\0"), None),
    ("extended-label", "dns", hdr() + q(b"\x42abc\0"), None),
    ("bit-labels", "dns", hdr(qd=3) + q(b"\x41\x08\xab\0") + q(b"\x41\x0c\xab\xcd\x01a\0") + q(b"\x41\x03\xe0\0"), None),
    ("answer-count-too-big", "dns", hdr(flags=RESP, an=3) + q("x.y") + rr(PTR, 1, IP4), None),
    ("rdlength-too-big", "dns", hdr(flags=RESP, an=1) + q("x.y") + rr(PTR, 1, IP4)[:-4] + b"\x00\x08" + IP4, None),
    ("a-short-rdata", "dns", hdr(flags=RESP, an=2) + q("x.y") + rr(PTR, 1, b"\x01\x02") + rr(PTR, 1, IP4), None),
    ("question-count-too-big", "dns", hdr(qd=2) + q("x.y"), None),
    ("header-only", "dns", hdr(flags=RESP, qd=0), None),
    ("short-message", "dns", hdr()[:11], None),
    ("cut-in-header", "dns", hdr() + q("example.com"), 8),
    ("cut-in-question", "dns", hdr() + q("example.com"), 20),
    ("cut-in-answer", "dns", hdr(flags=RESP, an=2) + q("example.com") + rr(PTR, 1, IP4) + rr(PTR, 28, IP6), 60),
    ("mdns-query", "mdns", hdr(id=0, flags=0, qd=2) + q("_http._tcp.local", 12, 0x8001) + q("host.local", 28), None),
    ("mdns-response", "mdns", hdr(id=0, flags=0x8400, qd=0, an=2, ar=1) + rr("host.local", 1, IP4, c=0x8001, ttl=120)
     + rr("host.local", 28, IP6, c=1) + opt(size=0x8000 | 1440), None),
    ("tcp-query", "dnstcp", struct.pack("!H", 29) + hdr() + q("example.com"), None),
    ("tcp-response", "dnstcp", struct.pack("!H", 45) + hdr(flags=RESP, an=1) + q("example.com") + rr(PTR, 1, IP4), None),
    ("tcp-prefix-mismatch", "dnstcp", struct.pack("!H", 100) + hdr() + q("example.com"), None),
    ("tcp-one-byte", "dnstcp", b"\x00", None),
    ("tcp-short-message", "dnstcp", b"\x00\x03abc", None),
]

# tcpdump 4.99.3's text for each case with -n, -n -v, -n -vv, -n -vvv
EXPECTED: dict[str, tuple[str, str, str, str]] = {
    'query-a': (
        '4660+ A? example.com. (29)',
        '4660+ A? example.com. (29)',
        '4660+ A? example.com. (29)',
        '4660+ A? example.com. (29)',
    ),
    'query-aaaa-no-rd': (
        '4660 AAAA? example.com. (29)',
        '4660 AAAA? example.com. (29)',
        '4660 AAAA? example.com. (29)',
        '4660 AAAA? example.com. (29)',
    ),
    'query-any-cd': (
        '4660+% ANY? example.com. (29)',
        '4660+% ANY? example.com. (29)',
        '4660+% ANY? example.com. (29)',
        '4660+% ANY? example.com. (29)',
    ),
    'response-a': (
        '4660 1/0/0 A 93.184.216.34 (45)',
        '4660 1/0/0 example.com. A 93.184.216.34 (45)',
        '4660 q: A? example.com. 1/0/0 example.com. A 93.184.216.34 (45)',
        '4660 q: A? example.com. 1/0/0 example.com. [1h] A 93.184.216.34 (45)',
    ),
    'response-cname-chain': (
        '4660* 2/0/0 CNAME example.com., A 93.184.216.34 (74)',
        '4660* 2/0/0 www.example.com. CNAME example.com., example.com. A 93.184.216.34 (74)',
        '4660* q: A? www.example.com. 2/0/0 www.example.com. CNAME example.com., example.com. A 93.184.216.34 (74)',
        '4660* q: A? www.example.com. 2/0/0 www.example.com. [1h] CNAME example.com., example.com. [1h] A 93.184.216.34 (74)',
    ),
    'nxdomain-soa': (
        '4660 NXDomain 0/1/0 (105)',
        '4660 NXDomain 0/1/0 (105)',
        '4660 NXDomain q: A? nx.example.com. 0/1/0 ns: example.com. SOA ns1.example.com. hostmaster.example.com. 2024010101 7200 3600 1209600 300 (105)',
        '4660 NXDomain q: A? nx.example.com. 0/1/0 ns: example.com. [1h] SOA ns1.example.com. hostmaster.example.com. 2024010101 7200 3600 1209600 300 (105)',
    ),
    'servfail': (
        '4660 ServFail 0/0/0 (21)',
        '4660 ServFail 0/0/0 (21)',
        '4660 ServFail q: A? a.b. 0/0/0 (21)',
        '4660 ServFail q: A? a.b. 0/0/0 (21)',
    ),
    'refused': (
        '4660 Refused- 0/0/0 (21)',
        '4660 Refused- 0/0/0 (21)',
        '4660 Refused- q: A? a.b. 0/0/0 (21)',
        '4660 Refused- q: A? a.b. 0/0/0 (21)',
    ),
    'rcode-15': (
        '4660 NoChange- 0/0/0 (21)',
        '4660 NoChange- 0/0/0 (21)',
        '4660 NoChange- q: A? a.b. 0/0/0 (21)',
        '4660 NoChange- q: A? a.b. 0/0/0 (21)',
    ),
    'flags-all': (
        '4660*|$ 0/0/0 (21)',
        '4660*|$ 0/0/0 (21)',
        '4660*|$ q: A? a.b. 0/0/0 (21)',
        '4660*|$ q: A? a.b. 0/0/0 (21)',
    ),
    'query-odd-bits': (
        '4660+% [b2&3=0x7ff] A? a.b. (21)',
        '4660+% [b2&3=0x7ff] A? a.b. (21)',
        '4660+% [b2&3=0x7ff] A? a.b. (21)',
        '4660+% [b2&3=0x7ff] A? a.b. (21)',
    ),
    'opcode-notify': (
        '4660 notify SOA? a.b. (21)',
        '4660 notify SOA? a.b. (21)',
        '4660 notify SOA? a.b. (21)',
        '4660 notify SOA? a.b. (21)',
    ),
    'opcode-update-response': (
        '4660 update- 0/0/0 (21)',
        '4660 update- 0/0/0 (21)',
        '4660 update- q: SOA? a.b. 0/0/0 (21)',
        '4660 update- q: SOA? a.b. 0/0/0 (21)',
    ),
    'iquery': (
        '4660 inv_q (31)',
        '4660 inv_q (31)',
        '4660 inv_q a.b. A 93.184.216.34 (31)',
        '4660 inv_q a.b. [1h] A 93.184.216.34 (31)',
    ),
    'three-questions': (
        '4660+ [3q] A? a.b. AAAA? c.d. MX CHAOS? e.f. (39)',
        '4660+ [3q] A? a.b. AAAA? c.d. MX CHAOS? e.f. (39)',
        '4660+ [3q] A? a.b. AAAA? c.d. MX CHAOS? e.f. (39)',
        '4660+ [3q] A? a.b. AAAA? c.d. MX CHAOS? e.f. (39)',
    ),
    'response-three-questions': (
        '4660 [3q],, 1/0/0 A 93.184.216.34 (58)',
        '4660 [3q],, 1/0/0 a.b. A 93.184.216.34 (58)',
        '4660 [3q] q: A? a.b., q: AAAA? c.d., q: MX CHAOS? e.f. 1/0/0 a.b. A 93.184.216.34 (58)',
        '4660 [3q] q: A? a.b., q: AAAA? c.d., q: MX CHAOS? e.f. 1/0/0 a.b. [1h] A 93.184.216.34 (58)',
    ),
    'response-no-question': (
        '4660 [0q] 1/0/0 A 93.184.216.34 (31)',
        '4660 [0q] 1/0/0 a.b. A 93.184.216.34 (31)',
        '4660 [0q] 1/0/0 a.b. A 93.184.216.34 (31)',
        '4660 [0q] 1/0/0 a.b. [1h] A 93.184.216.34 (31)',
    ),
    'unknown-type': (
        '4660 1/0/0 Type65280 (35)',
        '4660 1/0/0 x.y. Type65280 (35)',
        '4660 q: Type65280? x.y. 1/0/0 x.y. Type65280 (35)',
        '4660 q: Type65280? x.y. 1/0/0 x.y. [1h] Type65280 (35)',
    ),
    'class-chaos': (
        '4660 1/0/0 CHAOS TXT "9.9.9" (48)',
        '4660 1/0/0 version.bind. CHAOS TXT "9.9.9" (48)',
        '4660 q: TXT CHAOS? version.bind. 1/0/0 version.bind. CHAOS TXT "9.9.9" (48)',
        '4660 q: TXT CHAOS? version.bind. 1/0/0 version.bind. CHAOS [1h] TXT "9.9.9" (48)',
    ),
    'class-unknown': (
        '4660 1/0/0 (Class 77) A 93.184.216.34 (37)',
        '4660 1/0/0 x.y. (Class 77) A 93.184.216.34 (37)',
        '4660 q: A (Class 77)? x.y. 1/0/0 x.y. (Class 77) A 93.184.216.34 (37)',
        '4660 q: A (Class 77)? x.y. 1/0/0 x.y. (Class 77) [1h] A 93.184.216.34 (37)',
    ),
    'aaaa': (
        '4660 2/0/0 AAAA 2001:db8::1, AAAA ::ffff:1.2.3.4 (77)',
        '4660 2/0/0 x.y. AAAA 2001:db8::1, x.y. AAAA ::ffff:1.2.3.4 (77)',
        '4660 q: AAAA? x.y. 2/0/0 x.y. AAAA 2001:db8::1, x.y. AAAA ::ffff:1.2.3.4 (77)',
        '4660 q: AAAA? x.y. 2/0/0 x.y. [1h] AAAA 2001:db8::1, x.y. [1h] AAAA ::ffff:1.2.3.4 (77)',
    ),
    'mx-ns-ptr': (
        '4660 3/0/0 MX mx.x.y. 10, NS ns.x.y., PTR host.example. (89)',
        '4660 3/0/0 x.y. MX mx.x.y. 10, x.y. NS ns.x.y., x.y. PTR host.example. (89)',
        '4660 q: MX? x.y. 3/0/0 x.y. MX mx.x.y. 10, x.y. NS ns.x.y., x.y. PTR host.example. (89)',
        '4660 q: MX? x.y. 3/0/0 x.y. [1h] MX mx.x.y. 10, x.y. [1h] NS ns.x.y., x.y. [1h] PTR host.example. (89)',
    ),
    'txt': (
        '4660 1/0/0 TXT "hello" "" "a^AM-^@M-^?^?"" (47)',
        '4660 1/0/0 x.y. TXT "hello" "" "a^AM-^@M-^?^?"" (47)',
        '4660 q: TXT? x.y. 1/0/0 x.y. TXT "hello" "" "a^AM-^@M-^?^?"" (47)',
        '4660 q: TXT? x.y. 1/0/0 x.y. [1h] TXT "hello" "" "a^AM-^@M-^?^?"" (47)',
    ),
    'srv': (
        '4660 1/0/0 SRV sip.x.y.:5060 1 2 (58)',
        '4660 1/0/0 _sip._udp.x.y. SRV sip.x.y.:5060 1 2 (58)',
        '4660 q: SRV? _sip._udp.x.y. 1/0/0 _sip._udp.x.y. SRV sip.x.y.:5060 1 2 (58)',
        '4660 q: SRV? _sip._udp.x.y. 1/0/0 _sip._udp.x.y. [1h] SRV sip.x.y.:5060 1 2 (58)',
    ),
    'a6-dname-uri-unspeca': (
        '4660 4/0/0 A6 64 ::1 ., DNAME dn.example., URI 10 1 http://x.y/, UNSPECAunspec^Iascii (131)',
        '4660 4/0/0 x.y. A6 64 ::1 ., x.y. DNAME dn.example., x.y. URI 10 1 http://x.y/, x.y. UNSPECAunspec^Iascii (131)',
        '4660 q: ANY? x.y. 4/0/0 x.y. A6 64 ::1 ., x.y. DNAME dn.example., x.y. URI 10 1 http://x.y/, x.y. UNSPECAunspec^Iascii (131)',
        '4660 q: ANY? x.y. 4/0/0 x.y. [1h] A6 64 ::1 ., x.y. [1h] DNAME dn.example., x.y. [1h] URI 10 1 http://x.y/, x.y. [1h] UNSPECAunspec^Iascii (131)',
    ),
    'dnssec-types': (
        '4660 4/0/0 DS, DNSKEY, RRSIG, NSEC (157)',
        '4660 4/0/0 x.y. DS, x.y. DNSKEY, x.y. RRSIG, x.y. NSEC (157)',
        '4660 q: DNSKEY? x.y. 4/0/0 x.y. DS, x.y. DNSKEY, x.y. RRSIG, x.y. NSEC (157)',
        '4660 q: DNSKEY? x.y. 4/0/0 x.y. [1h] DS, x.y. [1h] DNSKEY, x.y. [1h] RRSIG, x.y. [1h] NSEC (157)',
    ),
    'soa-tsig-all-sections': (
        '4660* 1/1/1 SOA (190)',
        '4660* 1/1/1 x.y. SOA ns1.example.com. hostmaster.example.com. 2024010101 7200 3600 1209600 300 (190)',
        '4660* q: SOA? x.y. 1/1/1 x.y. SOA ns1.example.com. hostmaster.example.com. 2024010101 7200 3600 1209600 300 ns: x.y. NS ns.x.y. ar: key. ANY TSIG hmac-md5.sig-alg.reg.int. fudge=300 maclen=16 origid=4660 error=0 otherlen=0 (190)',
        '4660* q: SOA? x.y. 1/1/1 x.y. [1d1h1m1s] SOA ns1.example.com. hostmaster.example.com. 2024010101 7200 3600 1209600 300 ns: x.y. [0s] NS ns.x.y. ar: key. ANY [0s] TSIG hmac-md5.sig-alg.reg.int. fudge=300 maclen=16 origid=4660 error=0 otherlen=0 (190)',
    ),
    'query-with-sections': (
        '4660+ [1a] [1n] [1au] A? x.y. (71)',
        '4660+ [1a] [1n] [1au] A? x.y. (71)',
        '4660+ [1a] [1n] [1au] A? x.y. x.y. A 93.184.216.34 ns: z. CHAOS NS ns.z. ar: . A 93.184.216.34 (71)',
        '4660+ [1a] [1n] [1au] A? x.y. x.y. [1h] A 93.184.216.34 ns: z. CHAOS [1h] NS ns.z. ar: . [1y1w1d1h1m1s] A 93.184.216.34 (71)',
    ),
    'edns-query': (
        '4660+ [1au] A? e.x. (44)',
        '4660+ [1au] A? e.x. (44)',
        '4660+ [1au] A? e.x. ar: . OPT UDPsize=4096 [COOKIE 0001020304050607] (44)',
        '4660+ [1au] A? e.x. ar: . OPT UDPsize=4096 [COOKIE 0001020304050607] (44)',
    ),
    'edns-response-do': (
        '4660 0/0/1 (32)',
        '4660 0/0/1 (32)',
        '4660 q: A? e.x. 0/0/1 ar: . OPT UDPsize=1232 DO (32)',
        '4660 q: A? e.x. 0/0/1 ar: . OPT UDPsize=1232 DO (32)',
    ),
    'edns-options': (
        '4660 0/0/1 (183)',
        '4660 0/0/1 (183)',
        '4660 q: A? e.x. 0/0/1 ar: . OPT UDPsize=4096 [NSID 6e7331,ECS 192.0.2.0/24/0,ECS 2001:db8::/56/0,COOKIE 0001020304050607 08090a0b0c0d0e0f,KEEPALIVE 15.0 sec,EXPIRE 3600 sec,PADDING (20),KEY-TAG 4660 22136,DAU DS RSASHA256 ECDSAP256SHA256 ED25519 Alg_200,DHU SHA-1 SHA-256 Alg_9,N3U SHA-1,CHAIN chain.example.,UL 00000e10,Opt65001] (183)',
        '4660 q: A? e.x. 0/0/1 ar: . OPT UDPsize=4096 [NSID 6e7331,ECS 192.0.2.0/24/0,ECS 2001:db8::/56/0,COOKIE 0001020304050607 08090a0b0c0d0e0f,KEEPALIVE 15.0 sec,EXPIRE 3600 sec,PADDING (20),KEY-TAG 4660 22136,DAU DS RSASHA256 ECDSAP256SHA256 ED25519 Alg_200,DHU SHA-1 SHA-256 Alg_9,N3U SHA-1,CHAIN chain.example.,UL 00000e10,Opt65001] (183)',
    ),
    'edns-invalid-options': (
        '4660 0/0/1 (77)',
        '4660 0/0/1 (77)',
        '4660 q: A? e.x. 0/0/1 ar: . OPT UDPsize=4096 [ECS  (invalid),ECS  (invalid),COOKIE  (invalid),KEEPALIVE  (invalid),EXPIRE  (invalid),KEY-TAG  (invalid)] (77)',
        '4660 q: A? e.x. 0/0/1 ar: . OPT UDPsize=4096 [ECS  (invalid),ECS  (invalid),COOKIE  (invalid),KEEPALIVE  (invalid),EXPIRE  (invalid),KEY-TAG  (invalid)] (77)',
    ),
    'edns-badvers': (
        '4660 BadVers 0/0/1 (32)',
        '4660 BadVers 0/0/1 (32)',
        '4660 BadVers q: A? e.x. 0/0/1 ar: . OPT UDPsize=4096 (32)',
        '4660 BadVers q: A? e.x. 0/0/1 ar: . OPT UDPsize=4096 (32)',
    ),
    'edns-badcookie': (
        '4660 BadCookie 0/0/1 (60)',
        '4660 BadCookie 0/0/1 (60)',
        '4660 BadCookie q: A? e.x. 0/0/1 ar: . OPT UDPsize=4096 [COOKIE 0000000000000000 00000000000000000000000000000000] (60)',
        '4660 BadCookie q: A? e.x. 0/0/1 ar: . OPT UDPsize=4096 [COOKIE 0000000000000000 00000000000000000000000000000000] (60)',
    ),
    'edns-resp-4095': (
        '4660 Resp4095 0/0/1 (32)',
        '4660 Resp4095 0/0/1 (32)',
        '4660 Resp4095 q: A? e.x. 0/0/1 ar: . OPT UDPsize=4096 (32)',
        '4660 Resp4095 q: A? e.x. 0/0/1 ar: . OPT UDPsize=4096 (32)',
    ),
    'escaped-name': (
        '4660+ A? a^@b^_^?M-^@M-^?M-i.c d. (30)',
        '4660+ A? a^@b^_^?M-^@M-^?M-i.c d. (30)',
        '4660+ A? a^@b^_^?M-^@M-^?M-i.c d. (30)',
        '4660+ A? a^@b^_^?M-^@M-^?M-i.c d. (30)',
    ),
    'long-name': (
        '4660+ A? aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc.ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd.<DOMAIN NAME TOO LONG> (337)',
        '4660+ A? aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc.ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd.<DOMAIN NAME TOO LONG> (337)',
        '4660+ A? aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc.ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd.<DOMAIN NAME TOO LONG> (337)',
        '4660+ A? aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc.ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd.<DOMAIN NAME TOO LONG> (337)',
    ),
    'self-pointer': (
        '4660+ A? <BAD PTR> [|domain]',
        '4660+ A? <BAD PTR> [|domain]',
        '4660+ A? <BAD PTR> [|domain]',
        '4660+ A? <BAD PTR> [|domain]',
    ),
    'forward-pointer': (
        '4660+ A? a.<BAD PTR> [|domain]',
        '4660+ A? a.<BAD PTR> [|domain]',
        '4660+ A? a.<BAD PTR> [|domain]',
        '4660+ A? a.<BAD PTR> [|domain]',
    ),
    'pointer-in-rdata': (
        '4660 1/0/0 CNAME a. (37)',
        '4660 1/0/0 x.y. CNAME a. (37)',
        '4660 q: A? x.y. 1/0/0 x.y. CNAME a. (37)',
        '4660 q: A? x.y. 1/0/0 x.y. [1h] CNAME a. (37)',
    ),
    'reserved-label': (
        '4660+ [|domain]',
        '4660+ [|domain]',
        '4660+ [|domain]',
        '4660+ [|domain]',
    ),
    'extended-label': (
        '4660+ [|domain]',
        '4660+ [|domain]',
        '4660+ [|domain]',
        '4660+ [|domain]',
    ),
    'bit-labels': (
        '4660+ [3q] A? \\[xab/8]. A? \\[xabc/12].a. A? \\[xe/3]. (39)',
        '4660+ [3q] A? \\[xab/8]. A? \\[xabc/12].a. A? \\[xe/3]. (39)',
        '4660+ [3q] A? \\[xab/8]. A? \\[xabc/12].a. A? \\[xe/3]. (39)',
        '4660+ [3q] A? \\[xab/8]. A? \\[xabc/12].a. A? \\[xe/3]. (39)',
    ),
    'answer-count-too-big': (
        '4660 3/0/0 A 93.184.216.34 [|domain]',
        '4660 3/0/0 x.y. A 93.184.216.34 [|domain]',
        '4660 q: A? x.y. 3/0/0 x.y. A 93.184.216.34 [|domain]',
        '4660 q: A? x.y. 3/0/0 x.y. [1h] A 93.184.216.34 [|domain]',
    ),
    'rdlength-too-big': (
        '4660 1/0/0 A 0.8.93.184 (39)',
        '4660 1/0/0 x.y. A 0.8.93.184 (39)',
        '4660 q: A? x.y. 1/0/0 x.y. A 0.8.93.184 (39)',
        '4660 q: A? x.y. 1/0/0 x.y. [1h] A 0.8.93.184 (39)',
    ),
    'a-short-rdata': (
        '4660 2/0/0 A 1.2.192.12, A 93.184.216.34 (51)',
        '4660 2/0/0 x.y. A 1.2.192.12, x.y. A 93.184.216.34 (51)',
        '4660 q: A? x.y. 2/0/0 x.y. A 1.2.192.12, x.y. A 93.184.216.34 (51)',
        '4660 q: A? x.y. 2/0/0 x.y. [1h] A 1.2.192.12, x.y. [1h] A 93.184.216.34 (51)',
    ),
    'question-count-too-big': (
        '4660+ [2q] A? x.y. [|domain]',
        '4660+ [2q] A? x.y. [|domain]',
        '4660+ [2q] A? x.y. [|domain]',
        '4660+ [2q] A? x.y. [|domain]',
    ),
    'header-only': (
        '4660 [0q] 0/0/0 (12)',
        '4660 [0q] 0/0/0 (12)',
        '4660 [0q] 0/0/0 (12)',
        '4660 [0q] 0/0/0 (12)',
    ),
    'short-message': (
        'domain [length 11 < 12] (invalid)',
        'domain [length 11 < 12] (invalid)',
        'domain [length 11 < 12] (invalid)',
        'domain [length 11 < 12] (invalid)',
    ),
    'cut-in-header': (
        ' [|domain]',
        ' [|domain]',
        ' [|domain]',
        ' [|domain]',
    ),
    'cut-in-question': (
        '4660+ [|domain]',
        '4660+ [|domain]',
        '4660+ [|domain]',
        '4660+ [|domain]',
    ),
    'cut-in-answer': (
        '4660 2/0/0 A 93.184.216.34, AAAA [|domain]',
        '4660 2/0/0 example.com. A 93.184.216.34, example.com. AAAA [|domain]',
        '4660 q: A? example.com. 2/0/0 example.com. A 93.184.216.34, example.com. AAAA [|domain]',
        '4660 q: A? example.com. 2/0/0 example.com. [1h] A 93.184.216.34, example.com. [1h] AAAA [|domain]',
    ),
    'mdns-query': (
        '0 [2q] PTR (QU)? _http._tcp.local. AAAA (QM)? host.local. (50)',
        '0 [2q] PTR (QU)? _http._tcp.local. AAAA (QM)? host.local. (50)',
        '0 [2q] PTR (QU)? _http._tcp.local. AAAA (QM)? host.local. (50)',
        '0 [2q] PTR (QU)? _http._tcp.local. AAAA (QM)? host.local. (50)',
    ),
    'mdns-response': (
        '0*- [0q] 2/0/1 (Cache flush) A 93.184.216.34, AAAA 2001:db8::1 (87)',
        '0*- [0q] 2/0/1 host.local. (Cache flush) A 93.184.216.34, host.local. AAAA 2001:db8::1 (87)',
        '0*- [0q] 2/0/1 host.local. (Cache flush) A 93.184.216.34, host.local. AAAA 2001:db8::1 ar: . (Cache flush) OPT UDPsize=1440 (87)',
        '0*- [0q] 2/0/1 host.local. (Cache flush) [2m] A 93.184.216.34, host.local. [1h] AAAA 2001:db8::1 ar: . (Cache flush) OPT UDPsize=1440 (87)',
    ),
    'tcp-query': (
        ' 4660+ A? example.com. (29)',
        ' 4660+ A? example.com. (29)',
        ' 4660+ A? example.com. (29)',
        ' 4660+ A? example.com. (29)',
    ),
    'tcp-response': (
        ' 4660 1/0/0 A 93.184.216.34 (45)',
        ' 4660 1/0/0 example.com. A 93.184.216.34 (45)',
        ' 4660 q: A? example.com. 1/0/0 example.com. A 93.184.216.34 (45)',
        ' 4660 q: A? example.com. 1/0/0 example.com. [1h] A 93.184.216.34 (45)',
    ),
    'tcp-prefix-mismatch': (
        ' [prefix length(100) != length(29)] (invalid)',
        ' [prefix length(100) != length(29)] (invalid)',
        ' [prefix length(100) != length(29)] (invalid)',
        ' [prefix length(100) != length(29)] (invalid)',
    ),
    'tcp-one-byte': (
        ' [DNS over TCP: length 1 < 2] (invalid)',
        ' [DNS over TCP: length 1 < 2] (invalid)',
        ' [DNS over TCP: length 1 < 2] (invalid)',
        ' [DNS over TCP: length 1 < 2] (invalid)',
    ),
    'tcp-short-message': (
        ' domain [length 3 < 12] (invalid)',
        ' domain [length 3 < 12] (invalid)',
        ' domain [length 3 < 12] (invalid)',
        ' domain [length 3 < 12] (invalid)',
    ),
}


def _ours(kind: str, msg: bytes, cut: int | None, verbose: int) -> str:
    data = msg if cut is None else msg[:cut]
    return ap.ours(PRINTERS[kind], data, len(msg), verbose)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_known_text(case: tuple[str, str, bytes, int | None]) -> None:
    cid, kind, msg, cut = case
    for verbose, want in enumerate(EXPECTED[cid]):
        assert _ours(kind, msg, cut, verbose) == want, (cid, verbose)


def _frames(items: list[tuple[str, bytes, int | None]]) -> tuple[list[bytes], list[int]]:
    frames, caps = [], []
    for kind, msg, cut in items:
        frame = ap.frame_for(kind, msg)
        frames.append(frame)
        caps.append(len(frame) - len(msg) + (len(msg) if cut is None else cut))
    return frames, caps


@pytest.mark.oracle
def test_cases_against_tcpdump(tmp_path: Path) -> None:
    if ap.tcpdump() is None:
        pytest.skip(ap.TCPDUMP_MISSING)
    items = [(kind, msg, cut) for _, kind, msg, cut in CASES]
    # every case also cut short at a few places
    for _, kind, msg, cut in CASES:
        if cut is None:
            items += [(kind, msg, k) for k in sorted({13, len(msg) // 2, len(msg) - 1}) if 0 < k < len(msg)]
    frames, caps = _frames(items)
    path = ap.write_pcap(tmp_path / "dns.pcap", frames, caplens=caps)
    count, diffs = ap.compare_file(path, PRINTERS)
    assert count == 4 * len(items)
    assert not diffs, "\n".join(diffs)


@pytest.mark.oracle
def test_mutations_against_tcpdump(tmp_path: Path) -> None:
    if ap.tcpdump() is None:
        pytest.skip(ap.TCPDUMP_MISSING)
    rng = random.Random(53)
    items: list[tuple[str, bytes, int | None]] = []
    for _ in range(400):
        _, kind, msg, _ = rng.choice(CASES)
        if kind == "dnstcp":
            kind, msg = "dns", msg[2:]
        msg = ap.mutate(rng, msg)
        items.append((rng.choice(["dns", "dns", "mdns"]), msg, None))
        items.append(("dnstcp", struct.pack("!H", len(msg)) + msg, None))
    frames, caps = _frames(items)
    path = ap.write_pcap(tmp_path / "dns-mutated.pcap", frames, caplens=caps)
    count, diffs = ap.compare_file(path, PRINTERS)
    assert count == 4 * len(items)
    assert not diffs, "\n".join(diffs)


CORPUS_FILES = ["dns-badcookie.pcap", "dns-badlabel.pcap", "dns-badvers.pcap", "dns-uri.pcap",
                "dns-zlip-1.pcap", "dns-zlip-2.pcap", "dns-zlip-3.pcap", "dns_fwdptr.pcap",
                "dns_tcp.pcap", "dns_udp.pcap", "dns_udp_2.pcap", "dnssec.pcap", "edns-opts.pcap",
                "LINKTYPE_IPV4.pcap", "LINKTYPE_IPV6.pcap", "LINKTYPE_RAW_ipv4.pcap",
                "ipv4_invalid_total_length.pcap", "ipv6_invalid_length_2.pcap", "mptcp-aa-v1.pcap",
                "time_2038.pcap"]


@pytest.mark.oracle
@pytest.mark.parametrize("fname", CORPUS_FILES)
def test_corpus_against_tcpdump(fname: str) -> None:
    if not ap.CORPUS.is_dir():
        pytest.skip(ap.CORPUS_MISSING)
    if ap.tcpdump() is None:
        pytest.skip(ap.TCPDUMP_MISSING)
    count, diffs = ap.compare_file(ap.CORPUS / fname, PRINTERS)
    assert count > 0
    assert not diffs, "\n".join(diffs)


# --- never raise -------------------------------------------------------------

_SEEDS = [m for _, kind, m, _ in CASES if kind != "dnstcp"]


@st.composite
def _messages(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):
        return draw(st.binary(max_size=120))
    rng = random.Random(draw(st.integers(0, 2**32)))
    return ap.mutate(rng, rng.choice(_SEEDS))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(msg=_messages(), cut=st.integers(0, 200), extra=st.integers(-20, 20))
def test_never_raises(msg: bytes, cut: int, extra: int) -> None:
    data = msg[:cut]
    for decode, format_ in PRINTERS.values():
        for verbose in range(4):
            ctx = Context(opts=Options(verbose=verbose))
            rec = decode(data, max(0, len(msg) + extra), ctx)
            assert isinstance(format_(rec, ctx), str)
            rec.to_json()


def test_name_text_for_other_printers() -> None:
    msg = hdr() + q("www.example.com")
    assert dns.name_text(msg, 12) == ("www.example.com.", 29)
    assert dns.name_text(msg + b"\xc0\x10", len(msg)) == ("example.com.", len(msg) + 2)
    assert dns.name_text(msg + b"\xc0\x40", len(msg))[1] == -1


def test_json_names_and_data() -> None:
    msg = hdr(flags=RESP, an=1) + q("example.com") + rr(PTR, 1, IP4)
    rec = dns.decode_dns(msg, len(msg), Context())
    out = rec.to_json()
    assert out["proto"] == "dns" and out["id"] == 0x1234
    assert out["questions"] == [{"name": "example.com.", "qtype": 1, "qclass": 1}]
    assert out["records"][0]["data"] == "93.184.216.34"
    assert "message" not in out
