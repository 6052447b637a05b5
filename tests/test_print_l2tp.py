"""L2TP printing (printer/l2tp.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4, UDP port 1701): control messages
with AVPs of every kind tcpdump decodes (too short ones, hidden, vendor and
unknown attributes included), a ZLB, length errors, L2F and unknown
versions, and data messages carrying PPP (IPv4/ICMP, IPv6/UDP, LCP, IPCP,
CHAP, with sequence numbers, offset padding, a PPP frame too short), a UDP
length shorter than the datagram, and cut captures of each kind.
``EXPECTED`` holds tcpdump 4.99.3's text for them (``-n -tt``, timestamps cut
off, with and without ``-e``), recorded once; with tcpdump installed they are
also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from printer_cases import icmp4_echo as icmp4
from app_payloads import ether, udp4, udp6
from helpers import frame_packets
from purepcap.printer import Printer
from purepcap.printer._base import Options
from purepcap.printer.l2tp import L2tpRecord

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=40))


def avp(t: int, val: bytes = b"", m: bool = True, h: bool = False, vendor: int = 0,
        ln: int | None = None) -> bytes:
    length = 6 + len(val) if ln is None else ln
    return struct.pack("!HHH", (0x8000 if m else 0) | (0x4000 if h else 0) | length,
                       vendor, t) + val


def control(avps: bytes, flags: int = 0xC802, ln: int | None = None) -> bytes:
    body = struct.pack("!HHHH", 1, 0, 0, 0) + avps
    return struct.pack("!HH", flags, 4 + len(body) if ln is None else ln) + body


def data(ppp: bytes, flags: int = 0x0002, extra: bytes = b"") -> bytes:
    return struct.pack("!HHH", flags, 5, 7) + extra + ppp


def frame(payload: bytes, ulen: int | None = None) -> bytes:
    return ether(udp4("10.0.0.1", "10.0.0.2", 1701, 1701, payload, ulen=ulen))


SCCRQ = control(avp(0, b"\x00\x01") + avp(2, b"\x01\x00") + avp(3, b"\x00\x00\x00\x03")
                + avp(4, b"\x00\x00\x00\x03") + avp(6, b"\x06\x90", m=False)
                + avp(7, b"lac-host") + avp(8, b"Vendor\x01Co", m=False) + avp(9, b"\x00\x2a")
                + avp(10, b"\x00\x04") + avp(5, bytes(range(8))) + avp(11, b"\x01\x02\x03"))
STOPCCN = control(avp(0, b"\x00\x04") + avp(1, b"\x00\x03\x00\x06stop now") + avp(1, b"\x00\x01")
                  + avp(1, b"\x00\x02\x00") + avp(12, b"\x00\x10\x05cause") + avp(12, b"\x00\x10\x05")
                  + avp(13, bytes(16)) + avp(14, b"\x00\x09") + avp(15, b"\x00\x00\x01\x00"))
ICCN = control(avp(0, b"\x00\x63") + avp(16, b"\x00\x00\x25\x80") + avp(17, b"\x00\x01\x00\x00")
               + avp(18, b"\x00\x00\x00\x02") + avp(19, b"\x00\x00\x00\x01") + avp(20)
               + avp(21, b"5551234") + avp(22, b"5554321") + avp(23, b"sub")
               + avp(24, b"\x00\x00\xfa\x00") + avp(25, b"\x00\x00\x00\x07") + avp(26, b"\xff\x03")
               + avp(29, b"\x00\x02") + avp(29, b"\x00\x09") + avp(30, b"user") + avp(31, b"\xaa\xbb")
               + avp(32, b"\x12\x34") + avp(33, b"\xcc") + avp(39) + avp(36, b"\x01")
               + avp(37, b"grp") + avp(38, b"\x00\x00\x00\x09"))
ERRORS = control(avp(34, b"\x00\x00" + b"".join(struct.pack("!I", i) for i in range(1, 7)))
                 + avp(34, b"\x00\x00" + struct.pack("!II", 1, 2)) + avp(34, b"\x00")
                 + avp(35, b"\x00\x00\xff\xff\xff\xff\x00\x00\x00\x00")
                 + avp(35, b"\x00\x00\x01\x02\x03\x04") + avp(46, b"\x00\x01\xc0\x21\x01reason")
                 + avp(46, b"\x00\x01\xc0\x21\x07") + avp(46, b"\x00\x01") + avp(0, b"\x00")
                 + avp(2, b"") + avp(3, b"\x00") + avp(5, b"\x01") + avp(6, b"") + avp(13, b"\x01")
                 + avp(15, b"\x01") + avp(29, b"") + avp(32, b"") + avp(99, b"\x01\x02")
                 + avp(7, b"\x00\x7f\x80\xff"))
PPP_IP = b"\xff\x03\x00\x21" + icmp4()
LCP = b"\xff\x03\xc0\x21\x01\x01\x00\x0e\x01\x04\x05\xdc\x05\x06\x12\x34\x56\x78"
IPCP = b"\xff\x03\x80\x21\x01\x01\x00\x10\x03\x06\x0a\x00\x00\x01\x81\x06\x08\x08\x08\x08"
CHAP = b"\xff\x03\xc2\x23\x01\x01\x00\x11\x08" + bytes(range(8)) + b"name"
PPP_IP6 = b"\xff\x03\x00\x57" + udp6(bytes.fromhex("20010db8000000000000000000000001"),
                                     bytes.fromhex("20010db8000000000000000000000002"),
                                     1000, 2000, b"hello world")


def frames() -> list[bytes | tuple[bytes, int]]:
    ip_data = frame(data(PPP_IP))
    lcp = frame(data(LCP))
    ctrl = frame(SCCRQ)
    ip6 = frame(data(PPP_IP6))
    return [
        ctrl, frame(control(b"")), frame(STOPCCN), frame(ICCN), frame(ERRORS),
        frame(control(avp(0, b"\x00\x01") + avp(7, b"hidden", h=True)
                      + avp(77, b"\xde\xad", vendor=9) + avp(5, bytes(8), m=False, h=True))),
        frame(control(avp(0, b"\x00\x01") + avp(7, b"x", ln=4))),       # AVP length < 6
        frame(control(avp(0, b"\x00\x01") + avp(7, b"xyz", ln=40))),    # past the message
        frame(control(avp(0, b"\x00\x01"), ln=200)),                     # larger than packet
        frame(control(avp(0, b"\x00\x01"), ln=6)),                       # smaller than header
        frame(struct.pack("!HHHHH", 0x8802, 1, 2, 3, 4)),                # control, no length
        frame(b"\x00\x01\x00\x00"), frame(b"\x00\x05\x00\x00"), frame(b"\x00"), frame(b""),
        ip_data, frame(data(PPP_IP[2:])), lcp, frame(data(IPCP)), frame(data(CHAP)), ip6,
        frame(data(PPP_IP, flags=0x0A02, extra=b"\x00\x02\x00\x03\x00\x02\xaa\xbb")),
        frame(data(PPP_IP, flags=0x0302, extra=b"\x00\x00")),
        frame(data(b"")), frame(data(b"\xff")), frame(data(b"\xff\x03\x00\x57" + bytes(10))),
        frame(SCCRQ, ulen=8 + 5), frame(data(PPP_IP), ulen=8 + 30),
        *[(ctrl, n) for n in (43, 45, 47, 51, 55, 61, 80, 100)],
        *[(ip_data, n) for n in (48, 50, 53, 60, 70, 74, 78, 84)],
        *[(lcp, n) for n in (49, 51, 53, 55, 58, 63)],
        *[(ip6, n) for n in (53, 60, 94, 98)],
    ]


test_link_header_matches_recorded_tcpdump, test_link_header_matches_live_tcpdump = (
    cases.flag_tests(lambda: frames(), lambda: EXPECTED, ["-e", "-e -v"]))


def test_records_carry_the_ppp_frame() -> None:
    pr = Printer(Options(), linktype=1, strict=True)
    pkt = frame_packets([frame(data(PPP_IP))])[0]
    l2tp = [r for r in pr.layers(pkt) if isinstance(r, L2tpRecord)][0]
    assert [r.proto for r in l2tp.payload][:3] == ["ppp", "ip", "icmp"]
    assert '"proto": "l2tp"' in pr.json(pkt)


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS) *BEARER_CAP(AD) FIRM_VER(1680) *HOST_NAME(lac-host) VENDOR_NAME(Vendor^ACo) *ASSND_TUN_ID(42) *RECV_WIN_SIZE(4) *TIE_BREAKER(0001020304050607) *CHALLENGE(010203)',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 ZLB',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(StopCCN) *RESULT_CODE(3/6 stop now) *RESULT_CODE(1) *RESULT_CODE(2 AVP too short) *Q931_CC(16, 05 cause) *Q931_CC(16, 05) *CHALLENGE_RESP(00000000000000000000000000000000) *ASSND_SESS_ID(9) *CALL_SER_NUM(256)',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(MSGTYPE-#99) *MINIMUM_BPS(9600) *MAXIMUM_BPS(65536) *BEARER_TYPE(A) *FRAMING_TYPE(S) *PACKET_PROC_DELAY(obsolete) *CALLED_NUMBER(5551234) *CALLING_NUMBER(5554321) *SUB_ADDRESS(sub) *TX_CONN_SPEED(64000) *PHY_CHANNEL_ID(7) *INI_RECV_LCP(ff03) *PROXY_AUTH_TYPE(CHAP) *PROXY_AUTH_TYPE(AuthType-#9) *PROXY_AUTH_NAME(user) *PROXY_AUTH_CHAL(aabb) *PROXY_AUTH_ID(52) *PROXY_AUTH_RESP(cc) *SEQ_REQUIRED() *RANDOM_VECTOR(01) *PRIVATE_GRP_ID(grp) *RX_CONN_SPEED(9)',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *CALL_ERRORS(CRCErr=1 FrameErr=2 HardOver=3 BufOver=4 Timeout=5 AlignErr=6 ) *CALL_ERRORS(CRCErr=1 FrameErr=2 AVP too short) *CALL_ERRORS(AVP too short) *ACCM(send=ffffffff recv=00000000 ) *ACCM(send=01020304 AVP too short) *PPP_DISCON_CC(0001, c021 at peer reason) *PPP_DISCON_CC(0001, c021 Direction-#7) *PPP_DISCON_CC(AVP too short) *MSGTYPE(AVP too short) *PROTO_VER(AVP too short) *FRAMING_CAP(AVP too short) *TIE_BREAKER(AVP too short) *FIRM_VER(AVP too short) *CHALLENGE_RESP(AVP too short) *CALL_SER_NUM(AVP too short) *PROXY_AUTH_TYPE(AVP too short) *PROXY_AUTH_ID(AVP too short) *AVP-#99() *HOST_NAME(^@^?M-^@M-^?)',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *?HOST_NAME(???) *VENDOR0009:ATTR004d(dead) ?TIE_BREAKER(???)',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ)  [|l2tp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ)  [|l2tp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 Length 200 larger than packet',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 Length 6 smaller than header length',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TS](1/2)Ns=3,Nr=4 No length',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2f:',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  Unknown Version, neither L2F(1) nor L2TP(2)',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  [|l2tp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  [|l2tp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP, Conf-Request (0x01), id 1, length 16}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IPCP, Conf-Request (0x01), id 1, length 18}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {CHAP, Challenge (0x01), id 1, Value 0001020304050607, Name name}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 2001:db8::1.1000 > 2001:db8::2.2000: UDP, length 11}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[SO](5/7)Ns=2,Nr=3 {IP 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[OP](5/7) {IP 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ip6]}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 Length 124 larger than packet',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP truncated-ip - 16 bytes missing! 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  [|l2tp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS] [|l2tp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS] [|l2tp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0) [|l2tp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0  [|l2tp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0  [|l2tp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS)  [|l2tp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS) *BEARER_CAP(AD) FIRM_VER(1680)  [|l2tp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP  [|ip]}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP  [|ip]}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP  [|ip]}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP 192.168.1.1 > 192.168.1.2:  [|icmp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP 192.168.1.1 > 192.168.1.2:  [|icmp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP, [|LCP]}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP, Conf-Request (0x01), id 1, length 16}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP, Conf-Request (0x01), id 1, length 16}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP, Conf-Request (0x01), id 1, length 16}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ip6]}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ip6]}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 2001:db8::1 > 2001:db8::2:  [|udp]}',
        'IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 2001:db8::1.1000 > 2001:db8::2.2000:  [|udp]}',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS) *BEARER_CAP(AD) FIRM_VER(1680) *HOST_NAME(lac-host) VENDOR_NAME(Vendor^ACo) *ASSND_TUN_ID(42) *RECV_WIN_SIZE(4) *TIE_BREAKER(0001020304050607) *CHALLENGE(010203)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 ZLB',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 146)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(StopCCN) *RESULT_CODE(3/6 stop now) *RESULT_CODE(1) *RESULT_CODE(2 AVP too short) *Q931_CC(16, 05 cause) *Q931_CC(16, 05) *CHALLENGE_RESP(00000000000000000000000000000000) *ASSND_SESS_ID(9) *CALL_SER_NUM(256)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 238)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(MSGTYPE-#99) *MINIMUM_BPS(9600) *MAXIMUM_BPS(65536) *BEARER_TYPE(A) *FRAMING_TYPE(S) *PACKET_PROC_DELAY(obsolete) *CALLED_NUMBER(5551234) *CALLING_NUMBER(5554321) *SUB_ADDRESS(sub) *TX_CONN_SPEED(64000) *PHY_CHANNEL_ID(7) *INI_RECV_LCP(ff03) *PROXY_AUTH_TYPE(CHAP) *PROXY_AUTH_TYPE(AuthType-#9) *PROXY_AUTH_NAME(user) *PROXY_AUTH_CHAL(aabb) *PROXY_AUTH_ID(52) *PROXY_AUTH_RESP(cc) *SEQ_REQUIRED() *RANDOM_VECTOR(01) *PRIVATE_GRP_ID(grp) *RX_CONN_SPEED(9)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 236)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *CALL_ERRORS(CRCErr=1 FrameErr=2 HardOver=3 BufOver=4 Timeout=5 AlignErr=6 ) *CALL_ERRORS(CRCErr=1 FrameErr=2 AVP too short) *CALL_ERRORS(AVP too short) *ACCM(send=ffffffff recv=00000000 ) *ACCM(send=01020304 AVP too short) *PPP_DISCON_CC(0001, c021 at peer reason) *PPP_DISCON_CC(0001, c021 Direction-#7) *PPP_DISCON_CC(AVP too short) *MSGTYPE(AVP too short) *PROTO_VER(AVP too short) *FRAMING_CAP(AVP too short) *TIE_BREAKER(AVP too short) *FIRM_VER(AVP too short) *CHALLENGE_RESP(AVP too short) *CALL_SER_NUM(AVP too short) *PROXY_AUTH_TYPE(AVP too short) *PROXY_AUTH_ID(AVP too short) *AVP-#99() *HOST_NAME(^@^?M-^@M-^?)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *?HOST_NAME(???) *VENDOR0009:ATTR004d(dead) ?TIE_BREAKER(???)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ)  [|l2tp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 57)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ)  [|l2tp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 Length 200 larger than packet',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 Length 6 smaller than header length',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 38)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TS](1/2)Ns=3,Nr=4 No length',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2f:',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    10.0.0.1.1701 > 10.0.0.2.1701:  Unknown Version, neither L2F(1) nor L2TP(2)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 29)\n    10.0.0.1.1701 > 10.0.0.2.1701:  [|l2tp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)\n    10.0.0.1.1701 > 10.0.0.2.1701:  [|l2tp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 72)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP, Conf-Request (0x01), id 1, length 16\n\tencoded length 14 (=Option(s) length 10)\n\t  MRU Option (0x01), length 4: 1500\n\t  Magic-Num Option (0x05), length 6: 0x12345678}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 54)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IPCP, Conf-Request (0x01), id 1, length 18\n\tencoded length 16 (=Option(s) length 12)\n\t  IP-Addr Option (0x03), length 6: 10.0.0.1\n\t  Pri-DNS Option (0x81), length 6: 8.8.8.8}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {CHAP, Challenge (0x01), id 1, Value 0001020304050607, Name name}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 97)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 (hlim 64, next-header UDP (17) payload length: 19) 2001:db8::1.1000 > 2001:db8::2.2000: [udp sum ok] UDP, length 11}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[SO](5/7)Ns=2,Nr=3 {IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[OP](5/7) {IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 34)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 35)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ip6]}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 Length 124 larger than packet',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP truncated-ip - 16 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  [|l2tp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS] [|l2tp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS] [|l2tp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0) [|l2tp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0  [|l2tp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0  [|l2tp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS)  [|l2tp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS) *BEARER_CAP(AD) FIRM_VER(1680)  [|l2tp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP  [|ip]}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP  [|ip]}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP  [|ip]}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP, [|LCP]}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP, Conf-Request (0x01), id 1, length 16 [|ppp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP, Conf-Request (0x01), id 1, length 16\n\tencoded length 14 (=Option(s) length 10)\n\t  MRU Option (0x01), length 4 [|ppp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP, Conf-Request (0x01), id 1, length 16\n\tencoded length 14 (=Option(s) length 10)\n\t  MRU Option (0x01), length 4: 1500\n\t  Magic-Num Option (0x05), length 6 [|ppp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 97)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ip6]}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 97)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ip6]}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 97)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 (hlim 64, next-header UDP (17) payload length: 19) 2001:db8::1 > 2001:db8::2:  [|udp]}',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 97)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 (hlim 64, next-header UDP (17) payload length: 19) 2001:db8::1.1000 > 2001:db8::2.2000:  [|udp]}',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS) *BEARER_CAP(AD) FIRM_VER(1680) *HOST_NAME(lac-host) VENDOR_NAME(Vendor^ACo) *ASSND_TUN_ID(42) *RECV_WIN_SIZE(4) *TIE_BREAKER(0001020304050607) *CHALLENGE(010203)',
            1: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[TLS](1/0)Ns=0,Nr=0 ZLB',
            2: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 146)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(StopCCN) *RESULT_CODE(3/6 stop now) *RESULT_CODE(1) *RESULT_CODE(2 AVP too short) *Q931_CC(16, 05 cause) *Q931_CC(16, 05) *CHALLENGE_RESP(00000000000000000000000000000000) *ASSND_SESS_ID(9) *CALL_SER_NUM(256)',
            3: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 238)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(MSGTYPE-#99) *MINIMUM_BPS(9600) *MAXIMUM_BPS(65536) *BEARER_TYPE(A) *FRAMING_TYPE(S) *PACKET_PROC_DELAY(obsolete) *CALLED_NUMBER(5551234) *CALLING_NUMBER(5554321) *SUB_ADDRESS(sub) *TX_CONN_SPEED(64000) *PHY_CHANNEL_ID(7) *INI_RECV_LCP(ff03) *PROXY_AUTH_TYPE(CHAP) *PROXY_AUTH_TYPE(AuthType-#9) *PROXY_AUTH_NAME(user) *PROXY_AUTH_CHAL(aabb) *PROXY_AUTH_ID(52) *PROXY_AUTH_RESP(cc) *SEQ_REQUIRED() *RANDOM_VECTOR(01) *PRIVATE_GRP_ID(grp) *RX_CONN_SPEED(9)',
            4: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 236)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[TLS](1/0)Ns=0,Nr=0 *CALL_ERRORS(CRCErr=1 FrameErr=2 HardOver=3 BufOver=4 Timeout=5 AlignErr=6 ) *CALL_ERRORS(CRCErr=1 FrameErr=2 AVP too short) *CALL_ERRORS(AVP too short) *ACCM(send=ffffffff recv=00000000 ) *ACCM(send=01020304 AVP too short) *PPP_DISCON_CC(0001, c021 at peer reason) *PPP_DISCON_CC(0001, c021 Direction-#7) *PPP_DISCON_CC(AVP too short) *MSGTYPE(AVP too short) *PROTO_VER(AVP too short) *FRAMING_CAP(AVP too short) *TIE_BREAKER(AVP too short) *FIRM_VER(AVP too short) *CHALLENGE_RESP(AVP too short) *CALL_SER_NUM(AVP too short) *PROXY_AUTH_TYPE(AVP too short) *PROXY_AUTH_ID(AVP too short) *AVP-#99() *HOST_NAME(^@^?M-^@M-^?)',
            5: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *?HOST_NAME(???) *VENDOR0009:ATTR004d(dead) ?TIE_BREAKER(???)',
            6: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ)  [|l2tp]',
            7: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 57)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ)  [|l2tp]',
            8: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[TLS](1/0)Ns=0,Nr=0 Length 200 larger than packet',
            9: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[TLS](1/0)Ns=0,Nr=0 Length 6 smaller than header length',
            10: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 38)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[TS](1/2)Ns=3,Nr=4 No length',
            11: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2f:',
            12: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  Unknown Version, neither L2F(1) nor L2TP(2)',
            13: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 29)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  [|l2tp]',
            14: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  [|l2tp]',
            15: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[](5/7) {IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
            16: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 72)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[](5/7) {IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
            17: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[](5/7) {LCP, Conf-Request (0x01), id 1, length 16\n\tencoded length 14 (=Option(s) length 10)\n\t0x0000:  c021 0101 000e\n\t  MRU Option (0x01), length 4: 1500\n\t    0x0000:  05dc\n\t  Magic-Num Option (0x05), length 6: 0x12345678\n\t    0x0000:  1234 5678}',
            18: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 54)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[](5/7) {IPCP, Conf-Request (0x01), id 1, length 18\n\tencoded length 16 (=Option(s) length 12)\n\t0x0000:  8021 0101 0010\n\t  IP-Addr Option (0x03), length 6: 10.0.0.1\n\t    0x0000:  0a00 0001\n\t  Pri-DNS Option (0x81), length 6: 8.8.8.8\n\t    0x0000:  0808 0808}',
            19: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[](5/7) {CHAP, Challenge (0x01), id 1, Value 0001020304050607, Name name}',
            20: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 97)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[](5/7) {IP6 (hlim 64, next-header UDP (17) payload length: 19) 2001:db8::1.1000 > 2001:db8::2.2000: [udp sum ok] UDP, length 11}',
            21: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[SO](5/7)Ns=2,Nr=3 {IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
            22: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[OP](5/7) {IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
            23: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 34)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[](5/7) { [|ppp]}',
            24: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 35)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[](5/7) { [|ppp]}',
            25: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.1.1701 > 10.0.0.2.1701: [udp sum ok]  l2tp:[](5/7) { [|ip6]}',
            26: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701: [bad udp cksum 0xb18d -> 0x1609!]  l2tp:[TLS](1/0)Ns=0,Nr=0 Length 124 larger than packet',
            27: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701: [bad udp cksum 0xdf12 -> 0xdf22!]  l2tp:[](5/7) {IP truncated-ip - 16 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
            48: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP, Conf-Request (0x01), id 1, length 16\n\tencoded length 14 (=Option(s) length 10)\n\t0x0000:  c021 0101 000e\n\t  MRU Option (0x01), length 4 [|ppp]',
            49: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP, Conf-Request (0x01), id 1, length 16\n\tencoded length 14 (=Option(s) length 10)\n\t0x0000:  c021 0101 000e\n\t  MRU Option (0x01), length 4: 1500\n\t    0x0000:  05dc\n\t  Magic-Num Option (0x05), length 6 [|ppp]',
            },
    '-e': [
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS) *BEARER_CAP(AD) FIRM_VER(1680) *HOST_NAME(lac-host) VENDOR_NAME(Vendor^ACo) *ASSND_TUN_ID(42) *RECV_WIN_SIZE(4) *TIE_BREAKER(0001020304050607) *CHALLENGE(010203)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 54: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 ZLB',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 160: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(StopCCN) *RESULT_CODE(3/6 stop now) *RESULT_CODE(1) *RESULT_CODE(2 AVP too short) *Q931_CC(16, 05 cause) *Q931_CC(16, 05) *CHALLENGE_RESP(00000000000000000000000000000000) *ASSND_SESS_ID(9) *CALL_SER_NUM(256)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 252: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(MSGTYPE-#99) *MINIMUM_BPS(9600) *MAXIMUM_BPS(65536) *BEARER_TYPE(A) *FRAMING_TYPE(S) *PACKET_PROC_DELAY(obsolete) *CALLED_NUMBER(5551234) *CALLING_NUMBER(5554321) *SUB_ADDRESS(sub) *TX_CONN_SPEED(64000) *PHY_CHANNEL_ID(7) *INI_RECV_LCP(ff03) *PROXY_AUTH_TYPE(CHAP) *PROXY_AUTH_TYPE(AuthType-#9) *PROXY_AUTH_NAME(user) *PROXY_AUTH_CHAL(aabb) *PROXY_AUTH_ID(52) *PROXY_AUTH_RESP(cc) *SEQ_REQUIRED() *RANDOM_VECTOR(01) *PRIVATE_GRP_ID(grp) *RX_CONN_SPEED(9)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 250: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *CALL_ERRORS(CRCErr=1 FrameErr=2 HardOver=3 BufOver=4 Timeout=5 AlignErr=6 ) *CALL_ERRORS(CRCErr=1 FrameErr=2 AVP too short) *CALL_ERRORS(AVP too short) *ACCM(send=ffffffff recv=00000000 ) *ACCM(send=01020304 AVP too short) *PPP_DISCON_CC(0001, c021 at peer reason) *PPP_DISCON_CC(0001, c021 Direction-#7) *PPP_DISCON_CC(AVP too short) *MSGTYPE(AVP too short) *PROTO_VER(AVP too short) *FRAMING_CAP(AVP too short) *TIE_BREAKER(AVP too short) *FIRM_VER(AVP too short) *CHALLENGE_RESP(AVP too short) *CALL_SER_NUM(AVP too short) *PROXY_AUTH_TYPE(AVP too short) *PROXY_AUTH_ID(AVP too short) *AVP-#99() *HOST_NAME(^@^?M-^@M-^?)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 96: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *?HOST_NAME(???) *VENDOR0009:ATTR004d(dead) ?TIE_BREAKER(???)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 69: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ)  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 71: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ)  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 62: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 Length 200 larger than packet',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 62: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 Length 6 smaller than header length',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 52: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TS](1/2)Ns=3,Nr=4 No length',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 46: 10.0.0.1.1701 > 10.0.0.2.1701:  l2f:',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 46: 10.0.0.1.1701 > 10.0.0.2.1701:  Unknown Version, neither L2F(1) nor L2TP(2)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 43: 10.0.0.1.1701 > 10.0.0.2.1701:  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 42: 10.0.0.1.1701 > 10.0.0.2.1701:  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 40: 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 86: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 38: 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 66: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP (0xc021), length 18: LCP, Conf-Request (0x01), id 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 68: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IPCP (0x8021), length 20: IPCP, Conf-Request (0x01), id 1, length 18}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 69: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {CHAP (0xc223), length 21: CHAP, Challenge (0x01), id 1, Value 0001020304050607, Name name}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 111: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 (0x0057), length 63: 2001:db8::1.1000 > 2001:db8::2.2000: UDP, length 11}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 96: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[SO](5/7)Ns=2,Nr=3 {IP (0x0021), length 40: 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 90: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[OP](5/7) {IP (0x0021), length 40: 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 48: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 49: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 62: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 (0x0057), length 14:  [|ip6]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 Length 124 larger than packet',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 24: truncated-ip - 16 bytes missing! 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: 10.0.0.1.1701 > 10.0.0.2.1701:  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS] [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS] [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0) [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS)  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS) *BEARER_CAP(AD) FIRM_VER(1680)  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 40:  [|ip]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 40:  [|ip]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 40:  [|ip]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 40: 192.168.1.1 > 192.168.1.2:  [|icmp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 40: 192.168.1.1 > 192.168.1.2:  [|icmp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 40: 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 66: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 66: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 66: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP (0xc021), length 18: LCP, [|LCP]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 66: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP (0xc021), length 18: LCP, Conf-Request (0x01), id 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 66: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP (0xc021), length 18: LCP, Conf-Request (0x01), id 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 66: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP (0xc021), length 18: LCP, Conf-Request (0x01), id 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 111: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 (0x0057), length 63:  [|ip6]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 111: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 (0x0057), length 63:  [|ip6]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 111: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 (0x0057), length 63: 2001:db8::1 > 2001:db8::2:  [|udp]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 111: 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 (0x0057), length 63: 2001:db8::1.1000 > 2001:db8::2.2000:  [|udp]}',
    ],
    '-e -v': [
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS) *BEARER_CAP(AD) FIRM_VER(1680) *HOST_NAME(lac-host) VENDOR_NAME(Vendor^ACo) *ASSND_TUN_ID(42) *RECV_WIN_SIZE(4) *TIE_BREAKER(0001020304050607) *CHALLENGE(010203)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 54: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 ZLB',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 160: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 146)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(StopCCN) *RESULT_CODE(3/6 stop now) *RESULT_CODE(1) *RESULT_CODE(2 AVP too short) *Q931_CC(16, 05 cause) *Q931_CC(16, 05) *CHALLENGE_RESP(00000000000000000000000000000000) *ASSND_SESS_ID(9) *CALL_SER_NUM(256)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 252: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 238)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(MSGTYPE-#99) *MINIMUM_BPS(9600) *MAXIMUM_BPS(65536) *BEARER_TYPE(A) *FRAMING_TYPE(S) *PACKET_PROC_DELAY(obsolete) *CALLED_NUMBER(5551234) *CALLING_NUMBER(5554321) *SUB_ADDRESS(sub) *TX_CONN_SPEED(64000) *PHY_CHANNEL_ID(7) *INI_RECV_LCP(ff03) *PROXY_AUTH_TYPE(CHAP) *PROXY_AUTH_TYPE(AuthType-#9) *PROXY_AUTH_NAME(user) *PROXY_AUTH_CHAL(aabb) *PROXY_AUTH_ID(52) *PROXY_AUTH_RESP(cc) *SEQ_REQUIRED() *RANDOM_VECTOR(01) *PRIVATE_GRP_ID(grp) *RX_CONN_SPEED(9)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 250: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 236)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *CALL_ERRORS(CRCErr=1 FrameErr=2 HardOver=3 BufOver=4 Timeout=5 AlignErr=6 ) *CALL_ERRORS(CRCErr=1 FrameErr=2 AVP too short) *CALL_ERRORS(AVP too short) *ACCM(send=ffffffff recv=00000000 ) *ACCM(send=01020304 AVP too short) *PPP_DISCON_CC(0001, c021 at peer reason) *PPP_DISCON_CC(0001, c021 Direction-#7) *PPP_DISCON_CC(AVP too short) *MSGTYPE(AVP too short) *PROTO_VER(AVP too short) *FRAMING_CAP(AVP too short) *TIE_BREAKER(AVP too short) *FIRM_VER(AVP too short) *CHALLENGE_RESP(AVP too short) *CALL_SER_NUM(AVP too short) *PROXY_AUTH_TYPE(AVP too short) *PROXY_AUTH_ID(AVP too short) *AVP-#99() *HOST_NAME(^@^?M-^@M-^?)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 96: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *?HOST_NAME(???) *VENDOR0009:ATTR004d(dead) ?TIE_BREAKER(???)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 69: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ)  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 71: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 57)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ)  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 62: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 Length 200 larger than packet',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 62: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 Length 6 smaller than header length',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 52: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 38)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TS](1/2)Ns=3,Nr=4 No length',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 46: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2f:',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 46: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    10.0.0.1.1701 > 10.0.0.2.1701:  Unknown Version, neither L2F(1) nor L2TP(2)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 43: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 29)\n    10.0.0.1.1701 > 10.0.0.2.1701:  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 42: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)\n    10.0.0.1.1701 > 10.0.0.2.1701:  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 40: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 86: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 72)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 38: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 66: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP (0xc021), length 18: LCP, Conf-Request (0x01), id 1, length 16\n\tencoded length 14 (=Option(s) length 10)\n\t  MRU Option (0x01), length 4: 1500\n\t  Magic-Num Option (0x05), length 6: 0x12345678}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 68: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 54)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IPCP (0x8021), length 20: IPCP, Conf-Request (0x01), id 1, length 18\n\tencoded length 16 (=Option(s) length 12)\n\t  IP-Addr Option (0x03), length 6: 10.0.0.1\n\t  Pri-DNS Option (0x81), length 6: 8.8.8.8}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 69: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {CHAP (0xc223), length 21: CHAP, Challenge (0x01), id 1, Value 0001020304050607, Name name}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 111: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 97)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 (0x0057), length 63: (hlim 64, next-header UDP (17) payload length: 19) 2001:db8::1.1000 > 2001:db8::2.2000: [udp sum ok] UDP, length 11}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 96: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[SO](5/7)Ns=2,Nr=3 {IP (0x0021), length 40: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 90: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[OP](5/7) {IP (0x0021), length 40: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 48: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 34)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 49: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 35)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 62: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 (0x0057), length 14:  [|ip6]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 Length 124 larger than packet',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 24: truncated-ip - 16 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS] [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS] [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0) [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS)  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 166: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 152)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](1/0)Ns=0,Nr=0 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS) *BEARER_CAP(AD) FIRM_VER(1680)  [|l2tp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 40:  [|ip]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 40:  [|ip]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 40:  [|ip]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 40: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2:  [|icmp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 40: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2:  [|icmp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 88: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP (0x0021), length 40: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 66: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 66: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) { [|ppp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 66: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP (0xc021), length 18: LCP, [|LCP]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 66: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP (0xc021), length 18: LCP, Conf-Request (0x01), id 1, length 16 [|ppp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 66: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP (0xc021), length 18: LCP, Conf-Request (0x01), id 1, length 16\n\tencoded length 14 (=Option(s) length 10)\n\t  MRU Option (0x01), length 4 [|ppp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 66: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {LCP (0xc021), length 18: LCP, Conf-Request (0x01), id 1, length 16\n\tencoded length 14 (=Option(s) length 10)\n\t  MRU Option (0x01), length 4: 1500\n\t  Magic-Num Option (0x05), length 6 [|ppp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 111: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 97)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 (0x0057), length 63:  [|ip6]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 111: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 97)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 (0x0057), length 63:  [|ip6]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 111: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 97)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 (0x0057), length 63: (hlim 64, next-header UDP (17) payload length: 19) 2001:db8::1 > 2001:db8::2:  [|udp]}',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 111: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 97)\n    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](5/7) {IP6 (0x0057), length 63: (hlim 64, next-header UDP (17) payload length: 19) 2001:db8::1.1000 > 2001:db8::2.2000:  [|udp]}',
    ],
}
