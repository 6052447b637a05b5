"""The link types DLT_PPP (9) and LINKTYPE_IPV6 (229) against tcpdump 4.99.3: what
made their corpus captures differ.

PPP frames carry OSI (PPP protocol 0x0023): Q.933 messages under NLPID 0x08
(printer/q933.py: ANSI and CCITT link integrity messages, PVC status, call
references, shifts, unknown and invalid elements, cut captures) and other
NLPIDs; and IPv4 with MPLS LSP ping (port 3503) and whiteboard (port 4567)
datagrams.  Raw IPv6 frames carry mobility and segment routing headers.
``EXPECTED`` holds tcpdump 4.99.3's text for them (``-n -tt``, time stamps
cut off), recorded once; with tcpdump installed they are also compared live.
"""

from __future__ import annotations

import socket
import struct
from typing import Any

import pytest

import printer_cases as cases
from app_payloads import udp4
from conftest import needs_tcpdump, tcpdump_path

Frame = bytes | tuple[bytes, int]


# --- PPP (link type 9) ------------------------------------------------------------------

def ppp(proto: int, payload: bytes) -> bytes:
    return b"\xff\x03" + struct.pack("!H", proto) + payload


def q933(msg: bytes) -> bytes:
    return ppp(0x0023, b"\x08" + msg)


def ie(code: int, value: bytes) -> bytes:
    return bytes([code, len(value)]) + value


ANSI_ENQ = b"\x01\x00\x75\x95" + ie(0x01, b"\x00") + ie(0x03, b"\x05\x04")
CCITT_STATUS = (b"\x01\x00\x7d" + ie(0x51, b"\x00") + ie(0x53, b"\x06\x05")
                + ie(0x57, b"\x04\x80\x82") + ie(0x57, b"\x04\x08\x8a")
                + ie(0x57, b"\x04\x00\x00\x82") + ie(0x57, b"\x04\x00\x82"))


def ppp_frames() -> list[Frame]:
    lsp = udp4("12.4.4.4", "127.0.0.1", 4786, 3503,
               struct.pack("!HHBBBBIIIIII", 1, 0, 1, 2, 0, 0, 0, 3, 3900000000, 0, 0, 0)
               + struct.pack("!HHHH4sB3x", 1, 12, 1, 5, socket.inet_aton("12.1.1.1"), 32))
    wb = udp4("10.0.0.1", "224.2.0.1", 4567, 4567,
              struct.pack("!IIHBB", 1, 2, 2, 4, 1))
    return [
        q933(ANSI_ENQ), q933(CCITT_STATUS),
        q933(b"\x02\x12\x34\x05" + ie(0x70, b"\x81\x31")),              # call ref, unknown IE
        q933(b"\x01\x01\x45" + ie(0x08, b"\x80\x90")),                   # call ref 1, cause
        q933(b"\x00\x75\x9d\x01\x01\x00"),                              # a non-locking shift
        q933(b"\x01\x00\x7d" + ie(0x03, b"\x01") + ie(0x07, b"\x80\x80\x80")),  # invalid
        q933(b"\x01\x00\x7d\x00\x00"), q933(b"\x01\x00\x7d\x51\x00"),    # zero code / length
        q933(b"\x01\x00\x33" + ie(0x51, b"\x02")),                      # unknown message
        q933(b""), q933(b"\x03\x00"), q933(b"\x01\x00"),
        (q933(CCITT_STATUS), 4 + 1 + 8), (q933(CCITT_STATUS), 4 + 1 + 11),
        (q933(ANSI_ENQ), 4 + 1 + 5), (q933(ANSI_ENQ), 4 + 1 + 3),
        ppp(0x0023, b"\x99\x01\x02"), ppp(0x0021, lsp), ppp(0x0021, wb),
        (ppp(0x0021, lsp), 4 + 28 + 20),
    ]


# --- raw IPv6 (link type 229) -------------------------------------------------------------

A6 = socket.inet_pton(socket.AF_INET6, "2001:db8::1")
B6 = socket.inet_pton(socket.AF_INET6, "2001:db8::2")


def ip6(nh: int, payload: bytes) -> bytes:
    return struct.pack("!IHBB", 0x60000000, len(payload), nh, 64) + A6 + B6 + payload


def ipv6_frames() -> list[Frame]:
    bu = bytes([59, 2, 5, 0, 0, 0]) + struct.pack("!HBBH", 9, 0x80, 0, 100) \
        + bytes([3, 16]) + B6 + bytes([1, 0])
    srh = bytes([59, 2, 4, 0, 0, 0, 0, 0]) + A6
    return [ip6(135, bu), ip6(135, bu + b"\xee"), ip6(43, srh), (ip6(135, bu), 40 + 5),
            (ip6(43, srh), 40 + 20), ip6(62, bytes([59, 0, 0, 0, 0, 0, 0, 0]))]


CASES: dict[int, Any] = {9: ppp_frames, 229: ipv6_frames}


# --- the tests ------------------------------------------------------------------------------

@pytest.mark.parametrize("linktype", [9, 229])
@pytest.mark.parametrize("flags", ["", "-v", "-vv"])
def test_matches_recorded_tcpdump(flags: str, linktype: int) -> None:
    cases.assert_same(cases.ours(CASES[linktype](), flags, linktype),
                      cases.recorded(EXPECTED[linktype], flags))


@needs_tcpdump
@pytest.mark.parametrize("linktype", [9, 229])
@pytest.mark.parametrize("flags", ["", "-v", "-vv"])
def test_matches_live_tcpdump(flags: str, linktype: int) -> None:
    frames = CASES[linktype]()
    cases.assert_same(cases.ours(frames, flags, linktype),
                      cases.tcpdump_texts(tcpdump_path(), frames, flags, linktype))


@pytest.mark.parametrize("linktype", [9, 229])
def test_damaged_frames_never_raise(linktype: int) -> None:
    cases.assert_robust(CASES[linktype](), 4 if linktype == 9 else 0, seed=11, linktype=linktype,
                        cut_from=0, flag_sets=("", "-v", "-vv", "-vvv"))


EXPECTED: dict[int, dict[str, Any]] = {
    9: {
        '': [
            'Q.933, ANSI, codeset 5, Call Ref: 0x00, Status Enquiry, TX Seq:   5, RX Seq:   4, length 11',
            'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply, TX Seq:   6, RX Seq:   5, DLCI 64: status Active, Invalid DLCI in PVC STATUS IE, Invalid DLCI in PVC STATUS IE, Invalid DLCI in PVC STATUS IE, length 31',
            'Q.933, CCITT, codeset 0, Call Ref: 0x1234, Setup, length 8',
            'Q.933, CCITT, codeset 0, Call Ref: 0x01, Disconnect, length 7',
            'Q.933, CCITT, codeset 5, Status Enquiry, length 6',
            'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply, Invalid LINK VERIFY IE, Invalid DLCI in PVC STATUS IE, length 11',
            'Q.933, CCITT, codeset 0, Status Reply',
            'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply',
            'Q.933, CCITT, codeset 0, Call Ref: 0x00, unknown message 0x33, length 6',
            'Q.933, length 0 [|q.933]',
            'Q.933, length 2 [|q.933]',
            'Q.933, length 2 [|q.933]',
            'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply, length 31 [|q.933]',
            'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply, TX Seq:   6, RX Seq:   5, length 31 [|q.933]',
            'Q.933, ANSI, codeset 5, Call Ref: 0x00, Status Enquiry, length 11 [|q.933]',
            'Q.933, length 11 [|q.933]',
            'OSI NLPID 0x99 unknown, length: 3\n\t0x0000:  9901 02',
            'IP 12.4.4.4.4786 > 127.0.0.1.3503: LSP-PINGv1, MPLS Echo Request, seq 3, length: 48',
            'IP 10.0.0.1.4567 > 224.2.0.1.4567: * wb-kill',
            'IP 12.4.4.4.4786 > 127.0.0.1.3503:  [|lspping]',
        ],
        '-v': [
            'Q.933, ANSI, codeset 5, Call Ref: 0x00, Status Enquiry (0x75), length 11\n\tANSI Report Type IE (0x01), length 1: Full Status (0)\n\tANSI Link Verify IE (0x03), length 2: TX Seq:   5, RX Seq:   4',
            'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply (0x7d), length 31\n\tCCITT Report Type IE (0x51), length 1: Full Status (0)\n\tCCITT Link Verify IE (0x53), length 2: TX Seq:   6, RX Seq:   5\n\tCCITT PVC Status IE (0x57), length 3: DLCI 64: status Active\n\tCCITT PVC Status IE (0x57), length 3: Invalid DLCI in PVC STATUS IE\n\tCCITT PVC Status IE (0x57), length 4: Invalid DLCI in PVC STATUS IE\n\tCCITT PVC Status IE (0x57), length 3: Invalid DLCI in PVC STATUS IE',
            'Q.933, CCITT, codeset 0, Call Ref: 0x1234, Setup (0x05), length 8\n\tunknown IE (0x70), length 2: \n\t0x0000:  8131',
            'Q.933, CCITT, codeset 0, Call Ref: 0x01, Disconnect (0x45), length 7\n\tunknown IE (0x08), length 2: \n\t0x0000:  8090',
            'Q.933, CCITT, codeset 5, Status Enquiry (0x75), length 6\n\tANSI Report Type IE (0x01), length 1: Full Status (0)',
            'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply (0x7d), length 11\n\tANSI Link Verify IE (0x03), length 1: Invalid LINK VERIFY IE\n\tANSI PVC Status IE (0x07), length 3: Invalid DLCI in PVC STATUS IE',
            'Q.933, CCITT, codeset 0, Status Reply (0x7d), length 5\n\tunknown IE (0x00), length 0: ',
            'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply (0x7d), length 5\n\tCCITT Report Type IE (0x51), length 0: ',
            'Q.933, CCITT, codeset 0, Call Ref: 0x00, unknown message (0x33), length 6\n\tCCITT Report Type IE (0x51), length 1: Async PVC Status (2)',
            'Q.933, length 0 [|q.933]',
            'Q.933, length 2 [|q.933]',
            'Q.933, length 2 [|q.933]',
            'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply (0x7d), length 31\n\tCCITT Report Type IE (0x51), length 1: Full Status (0)\n\tCCITT Link Verify IE (0x53), length 2:  [|q.933]',
            'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply (0x7d), length 31\n\tCCITT Report Type IE (0x51), length 1: Full Status (0)\n\tCCITT Link Verify IE (0x53), length 2: TX Seq:   6, RX Seq:   5 [|q.933]',
            'Q.933, ANSI, codeset 5, Call Ref: 0x00, Status Enquiry (0x75), length 11 [|q.933]',
            'Q.933, length 11 [|q.933]',
            'OSI NLPID 0x99 unknown, length: 3\n\t0x0000:  9901 02',
            'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    12.4.4.4.4786 > 127.0.0.1.3503: \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 48\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000000, Sequence: 3\n\t  Sender Timestamp: 3900000000.000000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 12\n\t    LDP IPv4 prefix subTLV (1), length: 5\n\t      12.1.1.1/32',
            'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.4567 > 224.2.0.1.4567: * wb-kill',
            'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    12.4.4.4.4786 > 127.0.0.1.3503:  [|lspping]',
        ],
        '-vv': {'like': '-v',
                0: 'Q.933, ANSI, codeset 5, Call Ref: 0x00, Status Enquiry (0x75), length 11\n\tANSI Report Type IE (0x01), length 1: Full Status (0)\n\t  0x0000:  00\n\tANSI Link Verify IE (0x03), length 2: TX Seq:   5, RX Seq:   4\n\t  0x0000:  0504',
                1: 'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply (0x7d), length 31\n\tCCITT Report Type IE (0x51), length 1: Full Status (0)\n\t  0x0000:  00\n\tCCITT Link Verify IE (0x53), length 2: TX Seq:   6, RX Seq:   5\n\t  0x0000:  0605\n\tCCITT PVC Status IE (0x57), length 3: DLCI 64: status Active\n\t  0x0000:  0480 82\n\tCCITT PVC Status IE (0x57), length 3: Invalid DLCI in PVC STATUS IE\n\t  0x0000:  0408 8a\n\tCCITT PVC Status IE (0x57), length 4: Invalid DLCI in PVC STATUS IE\n\t  0x0000:  0400 0082\n\tCCITT PVC Status IE (0x57), length 3: Invalid DLCI in PVC STATUS IE\n\t  0x0000:  0400 82',
                4: 'Q.933, CCITT, codeset 5, Status Enquiry (0x75), length 6\n\tANSI Report Type IE (0x01), length 1: Full Status (0)\n\t  0x0000:  00',
                5: 'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply (0x7d), length 11\n\tANSI Link Verify IE (0x03), length 1: Invalid LINK VERIFY IE\n\t  0x0000:  01\n\tANSI PVC Status IE (0x07), length 3: Invalid DLCI in PVC STATUS IE\n\t  0x0000:  8080 80',
                8: 'Q.933, CCITT, codeset 0, Call Ref: 0x00, unknown message (0x33), length 6\n\tCCITT Report Type IE (0x51), length 1: Async PVC Status (2)\n\t  0x0000:  02',
                12: 'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply (0x7d), length 31\n\tCCITT Report Type IE (0x51), length 1: Full Status (0)\n\t  0x0000:  00\n\tCCITT Link Verify IE (0x53), length 2:  [|q.933]',
                13: 'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply (0x7d), length 31\n\tCCITT Report Type IE (0x51), length 1: Full Status (0)\n\t  0x0000:  00\n\tCCITT Link Verify IE (0x53), length 2: TX Seq:   6, RX Seq:   5\n\t  0x0000:  0605 [|q.933]',
                17: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    12.4.4.4.4786 > 127.0.0.1.3503: [udp sum ok] \n\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 48\n\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n\t  Return Subcode: (0)\n\t  Sender Handle: 0x00000000, Sequence: 3\n\t  Sender Timestamp: 3900000000.000000000 (2023-08-02T21:20:00Z) Receiver Timestamp: no timestamp\n\t  Target FEC Stack TLV (1), length: 12\n\t    LDP IPv4 prefix subTLV (1), length: 5\n\t      12.1.1.1/32\n\t      0x0000:  0c01 0101 20\n\t    0x0000:  0001 0005 0c01 0101 2000 0000',
                18: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.4567 > 224.2.0.1.4567: [udp sum ok] * wb-kill',
                },
    },
    229: {
        '': [
            'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=9 A lifetime=400',
            'IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=9 A lifetime=400',
            'IP6 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=4, segleft=0, last-entry=0, tag=0, [0]2001:db8::1) no next header',
            'IP6 2001:db8::1 > 2001:db8::2: mobility: BU [|mobility]',
            'IP6 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=4, segleft=0, last-entry=0, tag=0 [|rt6]',
            'IP6 2001:db8::1 > 2001:db8::2: mobility: BRR',
        ],
        '-v': [
            'IP6 (hlim 64, next-header Mobility (135) payload length: 32) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=9 A lifetime=400 [|mobility]',
            'IP6 (hlim 64, next-header Mobility (135) payload length: 33) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=9 A lifetime=400 [|mobility]',
            'IP6 (hlim 64, next-header Routing (43) payload length: 24) 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=4, segleft=0, last-entry=0, flags=0x0, tag=0, [0]2001:db8::1) no next header',
            'IP6 (hlim 64, next-header Mobility (135) payload length: 32) 2001:db8::1 > 2001:db8::2: mobility: BU [|mobility]',
            'IP6 (hlim 64, next-header Routing (43) payload length: 24) 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=4, segleft=0, last-entry=0, flags=0x0, tag=0 [|rt6]',
            'IP6 (hlim 64, next-header Mobile IP (old) (62) payload length: 8) 2001:db8::1 > 2001:db8::2: mobility: BRR',
        ],
        '-vv': '-v',
    },
}
