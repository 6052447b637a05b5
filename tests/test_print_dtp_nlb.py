"""DTP (printer/dtp.py) and MS NLB heartbeat (printer/msnlb.py) printing
against tcpdump 4.99.3.

The frames are built here: 802.3 frames with the Cisco SNAP header and
protocol 0x2004 (DTP with every TLV, an unknown one, a type 0 ending the
list, a wrong status or neighbour size, TLV lengths short of the header or
past the packet, octets left over, an empty packet, cut captures), and
Ethernet type 0x886f heartbeats (whole, short, cut).  ``EXPECTED`` holds
tcpdump 4.99.3's text for them (``-n -tt``, timestamps cut off, with and
without ``-e``), recorded once; with tcpdump installed they are also compared
live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether
from helpers import frame_packets
from purepcap.printer import Printer
from purepcap.printer._base import Options
from purepcap.printer.dtp import DtpRecord
from purepcap.printer.msnlb import MsnlbRecord

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=14))


def tlv(t: int, value: bytes, ln: int | None = None) -> bytes:
    return struct.pack("!HH", t, 4 + len(value) if ln is None else ln) + value


def dtp(body: bytes, pad: bool = True) -> bytes:
    llc = b"\xaa\xaa\x03\x00\x00\x0c\x20\x04" + body
    f = bytes.fromhex("01000ccccccc001906eab885") + struct.pack("!H", len(llc)) + llc
    return f + bytes(max(60 - len(f), 0)) if pad else f


def nlb(body: bytes) -> bytes:
    return ether(body, ethertype=0x886F, dst=b"\xff" * 6)


GOOD = (b"\x01" + tlv(1, b"Lab\x00") + tlv(2, b"\x04") + tlv(3, b"\x40")
        + tlv(4, bytes.fromhex("001906eab885")))
HEARTBEAT = bytes.fromhex("00000000 00000000 02000000 c0a86450 c0a86452") + bytes(20)


def frames() -> list[bytes | tuple[bytes, int]]:
    cut = dtp(GOOD, pad=False)
    return [
        dtp(GOOD),
        dtp(b"\x02" + tlv(1, b"abc") + tlv(9, b"xx") + tlv(4, bytes(6))),
        dtp(b"\x01" + tlv(1, b"a\x01\xffb") + tlv(0, b"") + tlv(2, b"\x01")),
        dtp(b"\x01" + tlv(2, b"\x04\x05")), dtp(b"\x01" + tlv(4, bytes(5))),
        dtp(b"\x01" + tlv(1, b"abc", ln=3)), dtp(b"\x01" + tlv(1, b"abc", ln=40)),
        dtp(b"\x01" + tlv(2, b"\x04") + b"\x00\x01"), dtp(b""), dtp(b"\x01"),
        dtp(b"\x01" + tlv(1, b"")), dtp(b"\x01" + tlv(3, b"\x40", ln=6) + b"\x00"),
        *[(cut, n) for n in (22, 23, 26, 27, 28, 30, 32, 36, 38, 41, 46, 50)],
        nlb(HEARTBEAT), nlb(HEARTBEAT[:20]),
        *[(nlb(HEARTBEAT), n) for n in (15, 22, 26, 27, 30, 33)],
    ]


test_link_header_matches_recorded_tcpdump, test_link_header_matches_live_tcpdump = (
    cases.flag_tests(lambda: frames(), lambda: EXPECTED, ["-e", "-e -v"]))


def test_records() -> None:
    pr = Printer(Options(), linktype=1, strict=True)
    d, n = frame_packets([dtp(GOOD), nlb(HEARTBEAT)])
    rec = [r for r in pr.layers(d) if isinstance(r, DtpRecord)][0]
    assert (rec.version, [t.type for t in rec.tlvs]) == (1, [1, 2, 3, 4])
    hb = [r for r in pr.layers(n) if isinstance(r, MsnlbRecord)][0]
    assert (hb.host_priority, hb.cluster_ip, hb.host_ip) == (2, "192.168.100.80", "192.168.100.82")
    assert '"proto": "dtp"' in pr.json(d) and '"proto": "msnlb"' in pr.json(n)


EXPECTED: dict[str, Any] = {
    '': [
        'DTPv1, length 29',
        'DTPv2, length 24',
        'DTPv1, length 18',
        'DTPv1, length 7',
        'DTPv1, length 10',
        'DTPv1, length 8',
        'DTPv1, length 8',
        'DTPv1, length 8',
        '[zero packet length] (invalid)',
        'DTPv1, length 1',
        'DTPv1, length 5',
        'DTPv1, length 7',
        ' [|dtp]',
        'DTPv1, length 29',
        'DTPv1, length 29',
        'DTPv1, length 29',
        'DTPv1, length 29',
        'DTPv1, length 29',
        'DTPv1, length 29',
        'DTPv1, length 29',
        'DTPv1, length 29',
        'DTPv1, length 29',
        'DTPv1, length 29',
        'DTPv1, length 29',
        'MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80, host IP: 192.168.100.82',
        'MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80, host IP: 192.168.100.82',
        'MS NLB heartbeat [|msnlb]',
        'MS NLB heartbeat [|msnlb]',
        'MS NLB heartbeat, host priority: 2 [|msnlb]',
        'MS NLB heartbeat, host priority: 2 [|msnlb]',
        'MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80 [|msnlb]',
        'MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80 [|msnlb]',
    ],
    '-v': [
        'DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab\n\tStatus (0x0002) TLV, length 5, 0x4\n\tDTP type (0x0003) TLV, length 5, 0x40\n\tNeighbor (0x0004) TLV, length 10, 00:19:06:ea:b8:85',
        'DTPv2, length 24\n\tDomain (0x0001) TLV, length 7, abc\n\tUnknown (0x0009) TLV, length 6\n\tNeighbor (0x0004) TLV, length 10, 00:00:00:00:00:00',
        'DTPv1, length 18\n\tDomain (0x0001) TLV, length 8, a^AM-^?b',
        'DTPv1, length 7\n\tStatus (0x0002) TLV, length 6 (invalid)',
        'DTPv1, length 10\n\tNeighbor (0x0004) TLV, length 9 (invalid)',
        'DTPv1, length 8\n\tDomain (0x0001) TLV, length 3[invalid TLV length 3] (invalid)',
        'DTPv1, length 8\n\tDomain (0x0001) TLV, length 40[invalid TLV length 40] (invalid)',
        'DTPv1, length 8\n\tStatus (0x0002) TLV, length 5, 0x4[2 bytes remaining] (invalid)',
        '[zero packet length] (invalid)',
        'DTPv1, length 1',
        'DTPv1, length 5\n\tDomain (0x0001) TLV, length 4, ',
        'DTPv1, length 7\n\tDTP type (0x0003) TLV, length 6 (invalid)',
        ' [|dtp]',
        'DTPv1, length 29 [|dtp]',
        'DTPv1, length 29 [|dtp]',
        'DTPv1, length 29\n\tDomain (0x0001) TLV, length 8,  [|dtp]',
        'DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, L [|dtp]',
        'DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab [|dtp]',
        'DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab [|dtp]',
        'DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab\n\tStatus (0x0002) TLV, length 5, 0x4 [|dtp]',
        'DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab\n\tStatus (0x0002) TLV, length 5, 0x4 [|dtp]',
        'DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab\n\tStatus (0x0002) TLV, length 5, 0x4\n\tDTP type (0x0003) TLV, length 5, 0x40 [|dtp]',
        'DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab\n\tStatus (0x0002) TLV, length 5, 0x4\n\tDTP type (0x0003) TLV, length 5, 0x40\n\tNeighbor (0x0004) TLV, length 10 [|dtp]',
        'DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab\n\tStatus (0x0002) TLV, length 5, 0x4\n\tDTP type (0x0003) TLV, length 5, 0x40\n\tNeighbor (0x0004) TLV, length 10 [|dtp]',
        'MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80, host IP: 192.168.100.82',
        'MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80, host IP: 192.168.100.82',
        'MS NLB heartbeat [|msnlb]',
        'MS NLB heartbeat [|msnlb]',
        'MS NLB heartbeat, host priority: 2 [|msnlb]',
        'MS NLB heartbeat, host priority: 2 [|msnlb]',
        'MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80 [|msnlb]',
        'MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80 [|msnlb]',
    ],
    '-vv': '-v',
    '-e': [
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 32: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 24: DTPv2, length 24',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 26: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 18: DTPv1, length 18',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 15: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 7: DTPv1, length 7',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 18: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 10: DTPv1, length 10',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 16: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 8: DTPv1, length 8',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 16: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 8: DTPv1, length 8',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 16: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 8: DTPv1, length 8',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 8: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 0: [zero packet length] (invalid)',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 9: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 1: DTPv1, length 1',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 13: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 5: DTPv1, length 5',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 15: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 7: DTPv1, length 7',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29:  [|dtp]',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 54: MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80, host IP: 192.168.100.82',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 34: MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80, host IP: 192.168.100.82',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 54: MS NLB heartbeat [|msnlb]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 54: MS NLB heartbeat [|msnlb]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 54: MS NLB heartbeat, host priority: 2 [|msnlb]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 54: MS NLB heartbeat, host priority: 2 [|msnlb]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 54: MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80 [|msnlb]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 54: MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80 [|msnlb]',
    ],
    '-e -v': [
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab\n\tStatus (0x0002) TLV, length 5, 0x4\n\tDTP type (0x0003) TLV, length 5, 0x40\n\tNeighbor (0x0004) TLV, length 10, 00:19:06:ea:b8:85',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 32: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 24: DTPv2, length 24\n\tDomain (0x0001) TLV, length 7, abc\n\tUnknown (0x0009) TLV, length 6\n\tNeighbor (0x0004) TLV, length 10, 00:00:00:00:00:00',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 26: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 18: DTPv1, length 18\n\tDomain (0x0001) TLV, length 8, a^AM-^?b',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 15: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 7: DTPv1, length 7\n\tStatus (0x0002) TLV, length 6 (invalid)',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 18: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 10: DTPv1, length 10\n\tNeighbor (0x0004) TLV, length 9 (invalid)',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 16: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 8: DTPv1, length 8\n\tDomain (0x0001) TLV, length 3[invalid TLV length 3] (invalid)',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 16: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 8: DTPv1, length 8\n\tDomain (0x0001) TLV, length 40[invalid TLV length 40] (invalid)',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 16: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 8: DTPv1, length 8\n\tStatus (0x0002) TLV, length 5, 0x4[2 bytes remaining] (invalid)',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 8: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 0: [zero packet length] (invalid)',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 9: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 1: DTPv1, length 1',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 13: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 5: DTPv1, length 5\n\tDomain (0x0001) TLV, length 4, ',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 15: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 7: DTPv1, length 7\n\tDTP type (0x0003) TLV, length 6 (invalid)',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29:  [|dtp]',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29 [|dtp]',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29 [|dtp]',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29\n\tDomain (0x0001) TLV, length 8,  [|dtp]',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, L [|dtp]',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab [|dtp]',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab [|dtp]',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab\n\tStatus (0x0002) TLV, length 5, 0x4 [|dtp]',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab\n\tStatus (0x0002) TLV, length 5, 0x4 [|dtp]',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab\n\tStatus (0x0002) TLV, length 5, 0x4\n\tDTP type (0x0003) TLV, length 5, 0x40 [|dtp]',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab\n\tStatus (0x0002) TLV, length 5, 0x4\n\tDTP type (0x0003) TLV, length 5, 0x40\n\tNeighbor (0x0004) TLV, length 10 [|dtp]',
        '00:19:06:ea:b8:85 > 01:00:0c:cc:cc:cc, 802.3, length 37: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid DTP (0x2004), length 29: DTPv1, length 29\n\tDomain (0x0001) TLV, length 8, Lab\n\tStatus (0x0002) TLV, length 5, 0x4\n\tDTP type (0x0003) TLV, length 5, 0x40\n\tNeighbor (0x0004) TLV, length 10 [|dtp]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 54: MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80, host IP: 192.168.100.82',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 34: MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80, host IP: 192.168.100.82',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 54: MS NLB heartbeat [|msnlb]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 54: MS NLB heartbeat [|msnlb]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 54: MS NLB heartbeat, host priority: 2 [|msnlb]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 54: MS NLB heartbeat, host priority: 2 [|msnlb]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 54: MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80 [|msnlb]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype MS NLB heartbeat (0x886f), length 54: MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80 [|msnlb]',
    ],
}
