"""Frame Relay (printer/fr.py, DLT_FRELAY 107) and SLIP (printer/slip.py, DLT_SLIP 8)
against tcpdump 4.99.3.

The frames are built here.  Frame Relay: Q.922 addresses of 2, 3 and 4
octets (flags, pad octets present and missing), NLPIDs IPv4, IPv6, SNAP
(routed IPv4, bridged Ethernet, an unknown OUI, a cut SNAP header), PPP,
IS-IS, Q.933 LMI messages (ANSI and CCITT; report type, link verify, PVC
status, shifts, call references, unknown IEs, cut short), FRF.15, an unknown
NLPID, Cisco-style Ethernet types (known and not), an invalid address and
cut captures.  SLIP: IPv4, IPv6, other IP versions, both directions, an
invalid direction, uncompressed and Van Jacobson compressed TCP (the
per-connection data lengths tcpdump remembers) and cut captures.
``EXPECTED_*`` hold tcpdump 4.99.3's text (``-n -tt`` plus "", ``-v``,
``-vv`` and ``-e``; timestamps cut off), recorded once; with tcpdump
installed they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import pytest

import printer_cases as cases
from app_payloads import tcp4, udp4
from conftest import needs_tcpdump, tcpdump_path

FLAGS = ("", "-v", "-vv", "-e")


# --- the frames -------------------------------------------------------------------

def _ip() -> bytes:
    return udp4("10.0.0.1", "10.0.0.2", 1234, 53000, b"hello world!")


def _ip6() -> bytes:
    return (struct.pack("!IHBB", 0x60000000, 8, 17, 64) + bytes(15) + b"\x01" + bytes(15)
            + b"\x02" + struct.pack("!HHHH", 1, 2, 8, 0))


def q922(dlci: int, n: int = 2, fl: int = 0) -> bytes:
    """A Q.922 address of ``n`` octets (``fl``: the FECN/BECN/DE bits of octet 2)."""
    if n == 2:
        return bytes([(dlci >> 2) & 0xFC, ((dlci & 0xF) << 4) | 1 | fl])
    if n == 3:
        return bytes([(dlci >> 9) & 0xFC, ((dlci >> 3) & 0xF0) | fl, ((dlci & 0x3F) << 2) | 1])
    return bytes([(dlci >> 16) & 0xFC, ((dlci >> 10) & 0xF0) | fl, ((dlci >> 5) & 0x7F) << 1,
                  ((dlci & 0x3F) << 2) | 1])


def fr_frames() -> list[bytes | tuple[bytes, int]]:
    ip, a = _ip(), q922(100)
    lmi_ansi = q922(0) + b"\x03\x08" + bytes([0x01, 0x00, 0x75, 0x95, 0x01, 0x01, 0x01, 0x03, 0x02,
                                              0x05, 0x04])
    lmi_ccitt = q922(0) + b"\x03\x08" + bytes([0x01, 0x00, 0x7D, 0x51, 0x01, 0x00, 0x53, 0x02, 0x06,
                                               0x05, 0x57, 0x03, 0x06, 0xC0, 0x8A, 0x57, 0x03,
                                               0x06, 0xC8, 0x80])
    lmi_odd = q922(0) + b"\x03\x08" + bytes([0x02, 0x12, 0x34, 0x05, 0x96, 0x70, 0x02, 0xAB, 0xCD,
                                             0x07, 0x02, 0x00, 0x80, 0x99, 0x00])
    lmi_bad = q922(0) + b"\x03\x08" + bytes([0x00, 0x75, 0xA1, 0x57, 0x02, 0x01, 0x02, 0x53, 0x01,
                                             0x09, 0x57, 0x05, 0x01, 0x02, 0x03, 0x04, 0x85])
    unknown = a + b"\x03\x11" + b"unknown nlpid payload"
    return [
        a + b"\x03\xcc" + ip, q922(1023, 2, 0x0E) + b"\x03\x8e" + _ip6(), a + b"\x08\x00" + ip,
        q922(5000, 3) + b"\x03\x00\xcc" + ip, q922(5000, 3) + b"\x03\xcc" + ip,
        a + b"\x03\x00\xcc" + ip, q922(300000, 4, 0x02) + b"\x03\x00\xcc" + ip,
        a + b"\x03\x80" + b"\x00\x00\x00\x08\x00" + ip,
        a + b"\x03\x80" + b"\x00\x80\xc2\x00\x07" + b"x" * 20,
        a + b"\x03\x80" + b"\x00\x00\x0c\x99\x99" + b"y" * 20,
        a + b"\x03\x80" + b"\x00\x00",
        lmi_ansi, lmi_ccitt, lmi_odd, lmi_bad, (lmi_ccitt, 12), (lmi_ccitt, 8), (lmi_ansi, 6),
        q922(0) + b"\x03\x08",
        a + b"\x03\xb1" + b"\xe2\x34" + b"rest", a + b"\x03\xb1" + b"\x01",
        unknown, (unknown, 12),
        b"\x01\x02\x03\x04\x05",
        (a + b"\x03\xcc" + ip, 3), (a + b"\x03\xcc" + ip, 4), (q922(5000, 3) + b"\x03\x00\xcc" + ip, 4),
        a + b"\x99\x99" + b"\x00\xcc" + ip,
        a + b"\x03\xcf" + b"\x00\x21" + ip,
        a + b"\x03\x83" + b"\x1b\x01\x00\x10\x01\x00\x00\x00" + bytes(30),
        q922(0) + b"\x05\xcc" + ip,
    ]


def sl(direction: int, chdr: bytes, body: bytes) -> bytes:
    """A SLIP frame: the 16-octet pseudo-header (direction, link header), then ``body``."""
    h = bytes([direction]) + chdr
    return h + bytes(16 - len(h)) + body


def slip_frames() -> list[bytes | tuple[bytes, int]]:
    ip = _ip()
    tcp = tcp4("10.0.0.1", "10.0.0.2", 1234, 80, b"GET / HTTP/1.0\r\n\r\n")
    utcp = bytes([0x70]) + tcp[1:9] + b"\x03" + tcp[10:15]   # connection 3 in the protocol field
    return [
        sl(0, b"\x40", ip), sl(1, b"\x40", ip), sl(0, b"\x40", _ip6()), sl(0, b"\x40", b"\x35" + bytes(30)),
        sl(1, utcp, tcp),
        sl(1, bytes([0xCB, 3, 0x12, 0x34]), tcp),
        sl(1, bytes([0x8F, 0x12, 0x34]), tcp),
        sl(0, bytes([0xEF, 7, 0xAB, 0xCD, 5, 0xFE, 0, 0x01, 0x00, 9, 1]), tcp),
        sl(0, bytes([0x82, 0xAB, 0xCD, 0, 0xFF, 0x00]), tcp),
        sl(0, bytes([0xAF, 0xAB, 0xCD, 0x85, 0, 1, 2, 3]), tcp),
        sl(0, bytes([0x85, 0xAB, 0xCD, 0, 1, 2, 0, 3, 4]), tcp),
        sl(2, b"\x40", ip), sl(5, utcp, tcp), sl(3, bytes([0x85]), tcp), sl(0, bytes([0x25]), ip),
        sl(1, bytes([0x8B]), tcp),
        (sl(0, b"\x40", ip), 10), (sl(0, b"\x40", ip), 16), (sl(0, b"\x40", ip), 20),
        (sl(1, utcp, tcp), 30), (sl(1, bytes([0x8F, 0x12, 0x34]), tcp), 40),
        sl(0, bytes([0x82, 0xAB, 0xCD, 0xC8]), tcp), sl(1, bytes([0x83, 0xAB, 0xCD, 0x90]), tcp),
        sl(1, bytes([0xCF, 9, 0xAB]), tcp[:10]),
    ]


# --- the checks -------------------------------------------------------------------

CASES = {"fr": (107, fr_frames, lambda: EXPECTED_FR), "slip": (8, slip_frames, lambda: EXPECTED_SLIP)}


@pytest.mark.parametrize("flags", FLAGS)
@pytest.mark.parametrize("kind", sorted(CASES))
def test_matches_recorded_tcpdump(kind: str, flags: str) -> None:
    lt, frames, expected = CASES[kind]
    cases.assert_same(cases.ours(frames(), flags, lt), cases.recorded(expected(), flags))


@needs_tcpdump
@pytest.mark.parametrize("flags", FLAGS)
@pytest.mark.parametrize("kind", sorted(CASES))
def test_matches_live_tcpdump(kind: str, flags: str) -> None:
    lt, frames, _ = CASES[kind]
    cases.assert_same(cases.ours(frames(), flags, lt),
                      cases.tcpdump_texts(tcpdump_path(), frames(), flags, lt))


@pytest.mark.parametrize("kind", sorted(CASES))
def test_damaged_frames_never_raise(kind: str) -> None:
    lt, frames, _ = CASES[kind]
    cases.assert_robust(frames(), 0, rounds=400, seed=11, linktype=lt, cut_from=1,
                        flag_sets=FLAGS)


EXPECTED_FR: dict[str, Any] = {
    '': [
        'IP 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IP6 ::1.1 > ::2.2: UDP, length 0',
        'IP 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IP 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'No pad! IP 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'Pad! IP 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'Pad! IP 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IP 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        '78:78:78:78:78:78 > 78:78:78:78:78:78, ethertype Unknown (0x7878), length 20: \n\t0x0000:  7878 7878 7878                           xxxxxx',
        'SNAP, oui Cisco (0x00000c), pid Unknown (0x9999), length 20: Q.922, hdr-len 4, DLCI 100, Flags [none], NLPID SNAP (0x80), length 29: \n\t0x0000:  1841 0380 0000 0c99 9979 7979 7979 7979  .A.......yyyyyyy\n\t0x0010:  7979 7979 7979 7979 7979 7979 79         yyyyyyyyyyyyy',
        ' [|snap]',
        'Q.933, ANSI, codeset 5, Call Ref: 0x00, Status Enquiry, TX Seq:   5, RX Seq:   4, length 11',
        'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply, TX Seq:   6, RX Seq:   5, DLCI 104: status New, Active, DLCI 105: status Inactive, length 20',
        'Q.933, CCITT, codeset 6, Call Ref: 0x1234, Setup, length 15 [|q.933]',
        'Q.933, CCITT, codeset 0, Status Enquiry, Invalid DLCI in PVC STATUS IE, Invalid LINK VERIFY IE, Invalid DLCI in PVC STATUS IE, length 17',
        'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply, length 20 [|q.933]',
        'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply, length 20 [|q.933]',
        'Q.933, length 11 [|q.933]',
        'Q.933, length 0 [|q.933]',
        'FRF.15, seq 0x134, Flags [Begin, End, Control],End-to-End Fragmentation, length 6',
        ' [|fr]',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID unknown (0x11), length 25: \n\t0x0000:  756e 6b6e 6f77 6e20 6e6c 7069 6420 7061  unknown.nlpid.pa\n\t0x0010:  796c 6f61 64                             yload',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID unknown (0x11), length 25: \n\t0x0000:  756e 6b6e 6f77 6e20                      unknown. [|fr]',
        'Q.922, invalid address',
        ' [|fr]',
        ' [|ip]',
        ' [|fr]',
        'UI 99! Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID unknown (0x99), length 46: \n\t0x0000:  00cc 4500 0028 0001 4000 4011 26c2 0a00  ..E..(..@.@.&...\n\t0x0010:  0001 0a00 0002 04d2 cf08 0014 85f9 6865  ..............he\n\t0x0020:  6c6c 6f20 776f 726c 6421                 llo.world!',
        'IP 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IS-IS, L2 Lan IIH, src-id 0000.0000.0000, lan-id 0000.0000.0000.00, prio 0, length 39',
        'IP 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IP6 (hlim 64, next-header UDP (17) payload length: 8) ::1.1 > ::2.2: [bad udp cksum 0x0000 -> 0xffd8!] UDP, length 0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'No pad! IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'Pad! IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'Pad! IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        '78:78:78:78:78:78 > 78:78:78:78:78:78, ethertype Unknown (0x7878), length 20: \n\t0x0000:  7878 7878 7878                           xxxxxx',
        'SNAP, oui Cisco (0x00000c), pid Unknown (0x9999), length 20: Q.922, hdr-len 4, DLCI 100, Flags [none], NLPID SNAP (0x80), length 29: \n\t0x0000:  1841 0380 0000 0c99 9979 7979 7979 7979  .A.......yyyyyyy\n\t0x0010:  7979 7979 7979 7979 7979 7979 79         yyyyyyyyyyyyy',
        ' [|snap]',
        'Q.933, ANSI, codeset 5, Call Ref: 0x00, Status Enquiry (0x75), length 11\n\tANSI Report Type IE (0x01), length 1: Link verify (1)\n\tANSI Link Verify IE (0x03), length 2: TX Seq:   5, RX Seq:   4',
        'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply (0x7d), length 20\n\tCCITT Report Type IE (0x51), length 1: Full Status (0)\n\tCCITT Link Verify IE (0x53), length 2: TX Seq:   6, RX Seq:   5\n\tCCITT PVC Status IE (0x57), length 3: DLCI 104: status New, Active\n\tCCITT PVC Status IE (0x57), length 3: DLCI 105: status Inactive',
        'Q.933, CCITT, codeset 6, Call Ref: 0x1234, Setup (0x05), length 15\n\tunknown IE (0x70), length 2: \n\t0x0000:  abcd\n\tunknown IE (0x07), length 2: \n\t0x0000:  0080 [|q.933]',
        'Q.933, CCITT, codeset 0, Status Enquiry (0x75), length 17\n\tCCITT PVC Status IE (0x57), length 2: Invalid DLCI in PVC STATUS IE\n\tCCITT Link Verify IE (0x53), length 1: Invalid LINK VERIFY IE\n\tCCITT PVC Status IE (0x57), length 5: Invalid DLCI in PVC STATUS IE',
        'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply (0x7d), length 20\n\tCCITT Report Type IE (0x51), length 1: Full Status (0)\n\tCCITT Link Verify IE (0x53), length 2:  [|q.933]',
        'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply (0x7d), length 20 [|q.933]',
        'Q.933, length 11 [|q.933]',
        'Q.933, length 0 [|q.933]',
        'FRF.15, seq 0x134, Flags [Begin, End, Control],End-to-End Fragmentation, length 6',
        ' [|fr]',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID unknown (0x11), length 25: \n\t0x0000:  756e 6b6e 6f77 6e20 6e6c 7069 6420 7061  unknown.nlpid.pa\n\t0x0010:  796c 6f61 64                             yload',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID unknown (0x11), length 25: \n\t0x0000:  756e 6b6e 6f77 6e20                      unknown. [|fr]',
        'Q.922, invalid address',
        ' [|fr]',
        ' [|ip]',
        ' [|fr]',
        'UI 99! Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID unknown (0x99), length 46: \n\t0x0000:  00cc 4500 0028 0001 4000 4011 26c2 0a00  ..E..(..@.@.&...\n\t0x0010:  0001 0a00 0002 04d2 cf08 0014 85f9 6865  ..............he\n\t0x0020:  6c6c 6f20 776f 726c 6421                 llo.world!',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IS-IS, length 39\n\tL2 Lan IIH, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t  source-id: 0000.0000.0000,  holding time: 0s, Flags: [unknown circuit type 0x00]\n\t  lan-id:    0000.0000.0000.00, Priority: 0, PDU length: 0 [packet length 0 < 27] (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: [udp sum ok] UDP, length 12',
            2: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: [udp sum ok] UDP, length 12',
            3: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: [udp sum ok] UDP, length 12',
            4: 'No pad! IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: [udp sum ok] UDP, length 12',
            5: 'Pad! IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: [udp sum ok] UDP, length 12',
            6: 'Pad! IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: [udp sum ok] UDP, length 12',
            7: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: [udp sum ok] UDP, length 12',
            11: 'Q.933, ANSI, codeset 5, Call Ref: 0x00, Status Enquiry (0x75), length 11\n\tANSI Report Type IE (0x01), length 1: Link verify (1)\n\t  0x0000:  01\n\tANSI Link Verify IE (0x03), length 2: TX Seq:   5, RX Seq:   4\n\t  0x0000:  0504',
            12: 'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply (0x7d), length 20\n\tCCITT Report Type IE (0x51), length 1: Full Status (0)\n\t  0x0000:  00\n\tCCITT Link Verify IE (0x53), length 2: TX Seq:   6, RX Seq:   5\n\t  0x0000:  0605\n\tCCITT PVC Status IE (0x57), length 3: DLCI 104: status New, Active\n\t  0x0000:  06c0 8a\n\tCCITT PVC Status IE (0x57), length 3: DLCI 105: status Inactive\n\t  0x0000:  06c8 80',
            14: 'Q.933, CCITT, codeset 0, Status Enquiry (0x75), length 17\n\tCCITT PVC Status IE (0x57), length 2: Invalid DLCI in PVC STATUS IE\n\t  0x0000:  0102\n\tCCITT Link Verify IE (0x53), length 1: Invalid LINK VERIFY IE\n\t  0x0000:  09\n\tCCITT PVC Status IE (0x57), length 5: Invalid DLCI in PVC STATUS IE\n\t  0x0000:  0102 0304 85',
            15: 'Q.933, CCITT, codeset 0, Call Ref: 0x00, Status Reply (0x7d), length 20\n\tCCITT Report Type IE (0x51), length 1: Full Status (0)\n\t  0x0000:  00\n\tCCITT Link Verify IE (0x53), length 2:  [|q.933]',
            28: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: [udp sum ok] UDP, length 12',
            29: 'IS-IS, length 39\n\tL2 Lan IIH, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t0x0000:  831b 0100 1001 0000\n\t  source-id: 0000.0000.0000,  holding time: 0s, Flags: [unknown circuit type 0x00]\n\t  lan-id:    0000.0000.0000.00, Priority: 0, PDU length: 0\n\t  0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n\t  0x0010:  0000 00 [packet length 0 < 27] (invalid)',
            30: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: [udp sum ok] UDP, length 12',
            },
    '-e': [
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID IPv4 (0xcc), length 44: 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'Q.922, hdr-len 2, DLCI 1023, Flags [DE, BECN, FECN], NLPID IPv6 (0x8e), length 52: ::1.1 > ::2.2: UDP, length 0',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], cisco-ethertype IPv4 (0x0800), length 44: 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'Q.922, hdr-len 3, DLCI 2504, Flags [none], NLPID IPv4 (0xcc), length 46: 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'No pad! Q.922, hdr-len 3, DLCI 2504, Flags [none], NLPID IPv4 (0xcc), length 45: 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'Pad! Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID IPv4 (0xcc), length 45: 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'Pad! Q.922, hdr-len 4, DLCI 149472, Flags [DE], NLPID IPv4 (0xcc), length 47: 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID SNAP (0x80), length 49: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 40: 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID SNAP (0x80), length 29: oui Ethernet bridged (0x0080c2), pid Ethernet w/o FCS (0x0007), length 20: 78:78:78:78:78:78 > 78:78:78:78:78:78, ethertype Unknown (0x7878), length 20: \n\t0x0000:  7878 7878 7878                           xxxxxx',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID SNAP (0x80), length 29: oui Cisco (0x00000c), pid Unknown (0x9999), length 20: \n\t0x0000:  1841 0380 0000 0c99 9979 7979 7979 7979  .A.......yyyyyyy\n\t0x0010:  7979 7979 7979 7979 7979 7979 79         yyyyyyyyyyyyy',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID SNAP (0x80), length 6:  [|snap]',
        'Q.922, hdr-len 2, DLCI 0, Flags [none], NLPID Q.933 (0x08), length 15: ANSI, codeset 5, Call Ref: 0x00, Status Enquiry, TX Seq:   5, RX Seq:   4, length 11',
        'Q.922, hdr-len 2, DLCI 0, Flags [none], NLPID Q.933 (0x08), length 24: CCITT, codeset 0, Call Ref: 0x00, Status Reply, TX Seq:   6, RX Seq:   5, DLCI 104: status New, Active, DLCI 105: status Inactive, length 20',
        'Q.922, hdr-len 2, DLCI 0, Flags [none], NLPID Q.933 (0x08), length 19: CCITT, codeset 6, Call Ref: 0x1234, Setup, length 15 [|q.933]',
        'Q.922, hdr-len 2, DLCI 0, Flags [none], NLPID Q.933 (0x08), length 21: CCITT, codeset 0, Status Enquiry, Invalid DLCI in PVC STATUS IE, Invalid LINK VERIFY IE, Invalid DLCI in PVC STATUS IE, length 17',
        'Q.922, hdr-len 2, DLCI 0, Flags [none], NLPID Q.933 (0x08), length 24: CCITT, codeset 0, Call Ref: 0x00, Status Reply, length 20 [|q.933]',
        'Q.922, hdr-len 2, DLCI 0, Flags [none], NLPID Q.933 (0x08), length 24: CCITT, codeset 0, Call Ref: 0x00, Status Reply, length 20 [|q.933]',
        'Q.922, hdr-len 2, DLCI 0, Flags [none], NLPID Q.933 (0x08), length 15: length 11 [|q.933]',
        'Q.922, hdr-len 2, DLCI 0, Flags [none], NLPID Q.933 (0x08), length 4: length 0 [|q.933]',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID FRF.15 (0xb1), length 10: FRF.15, seq 0x134, Flags [Begin, End, Control],End-to-End Fragmentation, length 6',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID FRF.15 (0xb1), length 5:  [|fr]',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID unknown (0x11), length 25: \n\t0x0000:  756e 6b6e 6f77 6e20 6e6c 7069 6420 7061  unknown.nlpid.pa\n\t0x0010:  796c 6f61 64                             yload',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID unknown (0x11), length 25: \n\t0x0000:  756e 6b6e 6f77 6e20                      unknown. [|fr]',
        'Q.922, invalid address',
        ' [|fr]',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID IPv4 (0xcc), length 44:  [|ip]',
        ' [|fr]',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], cisco-ethertype unknown (0x9999), length 46: UI 99! Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID unknown (0x99), length 46: \n\t0x0000:  00cc 4500 0028 0001 4000 4011 26c2 0a00  ..E..(..@.@.&...\n\t0x0010:  0001 0a00 0002 04d2 cf08 0014 85f9 6865  ..............he\n\t0x0020:  6c6c 6f20 776f 726c 6421                 llo.world!',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID PPP (0xcf), length 46: IP (0x0021), length 42: 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID IS-IS (0x83), length 42: OSI NLPID IS-IS (0x83): L2 Lan IIH, src-id 0000.0000.0000, lan-id 0000.0000.0000.00, prio 0, length 39',
        'Q.922, hdr-len 2, DLCI 0, Flags [none], NLPID IPv4 (0xcc), length 44: 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
    ],
}

EXPECTED_SLIP: dict[str, Any] = {
    '': [
        'IP 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IP 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IP6 ::1.1 > ::2.2: UDP, length 0',
        'ip v3',
        'IP 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 1000:1018, ack 2000, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'IP 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'IP 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'IP 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'IP 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'IP 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'IP 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'IP 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IP 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'IP 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'IP 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IP 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        ' [|slip]',
        ' [|slip]',
        'IP  [|ip]',
        'IP  [|ip]',
        'IP 10.0.0.1.1234 > 10.0.0.2.80:  [|tcp]',
        'IP 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'IP 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'IP  [|ip]',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IP6 (hlim 64, next-header UDP (17) payload length: 8) ::1.1 > ::2.2: [bad udp cksum 0x0000 -> 0xffd8!] UDP, length 0',
        'ip v3',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)\n    10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], cksum 0xac3e (correct), seq 1000:1018, ack 2000, win 65535, length 18: HTTP, length: 18\n\tGET / HTTP/1.0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)\n    10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], cksum 0xac3e (correct), seq 0:18, ack 1, win 65535, length 18: HTTP, length: 18\n\tGET / HTTP/1.0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)\n    10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], cksum 0xac3e (correct), seq 0:18, ack 1, win 65535, length 18: HTTP, length: 18\n\tGET / HTTP/1.0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)\n    10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], cksum 0xac3e (correct), seq 0:18, ack 1, win 65535, length 18: HTTP, length: 18\n\tGET / HTTP/1.0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)\n    10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], cksum 0xac3e (correct), seq 0:18, ack 1, win 65535, length 18: HTTP, length: 18\n\tGET / HTTP/1.0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)\n    10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], cksum 0xac3e (correct), seq 0:18, ack 1, win 65535, length 18: HTTP, length: 18\n\tGET / HTTP/1.0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)\n    10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], cksum 0xac3e (correct), seq 0:18, ack 1, win 65535, length 18: HTTP, length: 18\n\tGET / HTTP/1.0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)\n    10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], cksum 0xac3e (correct), seq 0:18, ack 1, win 65535, length 18: HTTP, length: 18\n\tGET / HTTP/1.0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)\n    10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], cksum 0xac3e (correct), seq 0:18, ack 1, win 65535, length 18: HTTP, length: 18\n\tGET / HTTP/1.0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)\n    10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], cksum 0xac3e (correct), seq 0:18, ack 1, win 65535, length 18: HTTP, length: 18\n\tGET / HTTP/1.0\n\t',
        ' [|slip]',
        ' [|slip]',
        'IP  [|ip]',
        'IP  [|ip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)\n    10.0.0.1.1234 > 10.0.0.2.80:  [|tcp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)\n    10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], cksum 0xac3e (correct), seq 0:18, ack 1, win 65535, length 18: HTTP, length: 18\n\tGET / HTTP/1.0\n\t',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)\n    10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], cksum 0xac3e (correct), seq 0:18, ack 1, win 65535, length 18: HTTP, length: 18\n\tGET / HTTP/1.0\n\t',
        'IP  [|ip]',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: [udp sum ok] UDP, length 12',
            1: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: [udp sum ok] UDP, length 12',
            11: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: [udp sum ok] UDP, length 12',
            14: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)\n    10.0.0.1.1234 > 10.0.0.2.53000: [udp sum ok] UDP, length 12',
            },
    '-e': [
        'I ip 56: 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'O ip 56: 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'I ip 64: ::1.1 > ::2.2: UDP, length 0',
        'I ip 47: ip v3',
        'O utcp 3: 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 1000:1018, ack 2000, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'O ctcp 3 *SA+18 18 (4): 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'O ctcp * *S+18 18 (3): 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'I ctcp 7 *S+0 I+5 18 (4): 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'I ctcp * W-256 18 (6): 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'I ctcp * *S+18 I+133 18 (3): 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'I ctcp * U=258 A+772 18 (9): 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'Invalid direction 2 ip 56: 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'Invalid direction 5 utcp 3: 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'Invalid direction 3 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'I slip-37!: 10.0.0.1.1234 > 10.0.0.2.53000: UDP, length 12',
        'O ctcp * *SA+18 18 (3): 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        ' [|slip]',
        'I ip 56:  [|slip]',
        'I ip 56:  [|ip]',
        'O utcp 3:  [|slip]',
        'O ctcp * *S+18 [|slip]',
        'I ctcp * W+200 18 (3): 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'O ctcp * U=144 W+144 18 (3): 10.0.0.1.1234 > 10.0.0.2.80: Flags [P.], seq 0:18, ack 1, win 65535, length 18: HTTP: GET / HTTP/1.0',
        'O ctcp 9 *S+0 [|slip]',
    ],
}
