"""MACsec printing (printer/macsec.py) against tcpdump 4.99.3.

The frames are built here (Ethernet type 0x88e5): integrity-only frames
carrying IPv4, IPv6, ARP, a VLAN tag, an 802.3 length and LLC, LLDP, an
unknown type and MACsec again; with and without the SCI, with a short
length (within and past the secure data, and one that leaves no type);
encrypted and changed-text frames (hex dumps); a version bit and short
length bits out of range; SecTAGs and ICVs the frame or the capture cuts.
``EXPECTED`` holds tcpdump 4.99.3's text for them (``-n -tt``, timestamps cut
off, with and without ``-e``: the SecTAG is printed with ``-e`` only),
recorded once; with tcpdump installed they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from printer_cases import icmp4_echo as icmp4
from app_payloads import ether, udp4
from helpers import frame_packets
from purepcap.printer import Printer
from purepcap.printer._base import Options
from purepcap.printer.macsec import MacsecRecord

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=14))

ICV = bytes(range(0xA0, 0xB0))
ARP = bytes.fromhex("0001080006040001001122334455c0a80101000000000000c0a80102")


def sectag(tci: int = 0x20, sl: int = 0, pn: int = 1, sci: int = 0x0011223344550001) -> bytes:
    tag = struct.pack("!BBI", tci, sl, pn)
    return tag + struct.pack("!Q", sci) if tci & 0x20 else tag


def macsec(inner: bytes, et: int = 0x0800, **kw: int) -> bytes:
    return ether(sectag(**kw) + struct.pack("!H", et) + inner + ICV, ethertype=0x88E5)


def raw(body: bytes) -> bytes:
    return ether(body, ethertype=0x88E5)


def frames() -> list[bytes | tuple[bytes, int]]:
    udp = udp4("192.168.0.1", "192.168.0.2", 1000, 2000, b"abcd")
    whole = macsec(icmp4())
    encrypted = macsec(icmp4(), tci=0x2C)
    return [
        whole, macsec(icmp4(), tci=0x00), macsec(icmp4(), tci=0x6B, pn=0xFFFFFFFF),
        encrypted, macsec(icmp4(), tci=0x30), macsec(icmp4(), tci=0x40),
        macsec(struct.pack("!HH", 0x0064, 0x0800) + icmp4(), et=0x8100),
        macsec(ARP, et=0x0806), macsec(bytes(range(1, 9)), et=0x1234),
        macsec(udp, sl=len(udp) + 2), macsec(udp + bytes(10), sl=len(udp) + 2),
        raw(sectag(sl=40) + b"\x08\x00" + bytes(10) + ICV),          # SL past the data
        raw(sectag(tci=0xA0) + b"\x08\x00" + icmp4() + ICV),         # version bit
        raw(sectag(sl=0x45) + b"\x08\x00" + icmp4() + ICV),          # SL's top bits
        raw(sectag() + b"\x08\x00\x45\x00"),                          # no room for the ICV
        raw(sectag()[:5]), raw(sectag()[:10]), raw(sectag(tci=0) + ICV),
        raw(sectag(tci=0) + b"\x08" + ICV), raw(sectag(tci=0, sl=1) + b"\x08\x00" + ICV),
        macsec(icmp4(), et=0x88E5),
        macsec(b"\xaa\xaa\x03\x00\x00\x00\x08\x00" + icmp4(), et=len(icmp4()) + 8),
        macsec(b"\x42\x42\x03" + bytes(35), et=38), macsec(bytes(20), et=0x88CC),
        macsec(icmp4(), et=0x86DD),
        macsec(struct.pack("!HH", 0x0064, 0x1234) + b"xyz", et=0x8100),
        macsec(struct.pack("!HH", 0x0064, 0x88E5) + b"xyz", et=0x8100),
        *[(whole, n) for n in (14, 19, 20, 27, 28, 30, 36, 44, 50, 60, 70, 78, 84)],
        *[(encrypted, n) for n in (16, 24, 30, 40)],
    ]


test_link_header_matches_recorded_tcpdump, test_link_header_matches_live_tcpdump = (
    cases.flag_tests(lambda: frames(), lambda: EXPECTED, ["-e", "-e -v", "-e -vv"]))


def test_records() -> None:
    pr = Printer(Options(), linktype=1, strict=True)
    clear, secret = frame_packets([macsec(icmp4()), macsec(icmp4(), tci=0x2C)])
    rec = [r for r in pr.layers(clear) if isinstance(r, MacsecRecord)][0]
    assert (rec.sci, rec.packet_number, rec.ethertype) == (0x0011223344550001, 1, 0x0800)
    assert [r.proto for r in rec.payload][:2] == ["ip", "icmp"]
    assert [r.proto for r in pr.layers(secret)][1:] == ["macsec", "data"]
    assert '"proto": "macsec"' in pr.json(clear) and '"proto": "macsec"' in pr.json(secret)


EXPECTED: dict[str, Any] = {
    '': [
        'IP 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        'IP 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb 802.1AE MACsec, an 3, pn 4294967295, flags ESI, sci 0011223344550001, \n\t0x0000:  0800 4500 0024 0001 4000 4001 b784 c0a8  ..E..$..@.@.....\n\t0x0010:  0101 c0a8 0102 0800 5435 1234 0001 6162  ........T5.4..ab\n\t0x0020:  6364 6566 6768 a0a1 a2a3 a4a5 a6a7 a8a9  cdefgh..........\n\t0x0030:  aaab acad aeaf                           ......',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb 802.1AE MACsec, an 0, pn 1, flags ECI, sci 0011223344550001, \n\t0x0000:  0800 4500 0024 0001 4000 4001 b784 c0a8  ..E..$..@.@.....\n\t0x0010:  0101 c0a8 0102 0800 5435 1234 0001 6162  ........T5.4..ab\n\t0x0020:  6364 6566 6768 a0a1 a2a3 a4a5 a6a7 a8a9  cdefgh..........\n\t0x0030:  aaab acad aeaf                           ......',
        'IP 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        'IP 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        'IP 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        'ARP, Request who-has 192.168.1.2 tell 192.168.1.1, length 28',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype Unknown (0x1234), length 54: \n\t0x0000:  0102 0304 0506 0708                      ........',
        'IP 192.168.0.1.1000 > 192.168.0.2.2000: UDP, length 4',
        'IP 192.168.0.1.1000 > 192.168.0.2.2000: UDP, length 4',
        ' [|macsec]',
        ' (invalid)',
        ' (invalid)',
        ' [|macsec]',
        ' [|macsec]',
        ' [|macsec]',
        ' [|ether]',
        ' [|ether]',
        ' [caplen 1 < 2]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: \n\t0x0000:  4500 0024 0001 4000 4001 b784 c0a8 0101  E..$..@.@.......\n\t0x0010:  c0a8 0102 0800 5435 1234 0001 6162 6364  ......T5.4..abcd\n\t0x0020:  6566 6768                                efgh',
        'IP 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        'STP 802.1d, Config, Flags [none], bridge-id 0000.00:00:00:00:00:00.0000, length 35',
        'LLDP, length 20',
        ' [|ip6]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype Unknown (0x1234), length 53: \n\t0x0000:  7879 7a                                  xyz',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 53: \n\t0x0000:  7879 7a                                  xyz',
        ' [|macsec]',
        ' [|macsec]',
        ' [|macsec]',
        ' [|macsec]',
        ' [|macsec]',
        ' [|macsec]',
        ' [|macsec]',
        ' [|ether]',
        'IP  [|ip]',
        'IP  [|ip]',
        'IP 192.168.1.1 > 192.168.1.2:  [|icmp]',
        'IP 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        'IP 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        ' [|macsec]',
        ' [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb 802.1AE MACsec, an 0, pn 1, flags ECI, sci 0011223344550001, \n\t0x0000:  0800                                     ..',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb 802.1AE MACsec, an 0, pn 1, flags ECI, sci 0011223344550001, \n\t0x0000:  0800 4500 0024 0001 4000 4001            ..E..$..@.@.',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb 802.1AE MACsec, an 3, pn 4294967295, flags ESI, sci 0011223344550001, \n\t0x0000:  0800 4500 0024 0001 4000 4001 b784 c0a8  ..E..$..@.@.....\n\t0x0010:  0101 c0a8 0102 0800 5435 1234 0001 6162  ........T5.4..ab\n\t0x0020:  6364 6566 6768 a0a1 a2a3 a4a5 a6a7 a8a9  cdefgh..........\n\t0x0030:  aaab acad aeaf                           ......',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb 802.1AE MACsec, an 0, pn 1, flags ECI, sci 0011223344550001, \n\t0x0000:  0800 4500 0024 0001 4000 4001 b784 c0a8  ..E..$..@.@.....\n\t0x0010:  0101 c0a8 0102 0800 5435 1234 0001 6162  ........T5.4..ab\n\t0x0020:  6364 6566 6768 a0a1 a2a3 a4a5 a6a7 a8a9  cdefgh..........\n\t0x0030:  aaab acad aeaf                           ......',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        'ARP, Ethernet (len 6), IPv4 (len 4), Request who-has 192.168.1.2 tell 192.168.1.1, length 28',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype Unknown (0x1234), length 54: \n\t0x0000:  0102 0304 0506 0708                      ........',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.1000 > 192.168.0.2.2000: UDP, length 4',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.1000 > 192.168.0.2.2000: UDP, length 4',
        ' [|macsec]',
        ' (invalid)',
        ' (invalid)',
        ' [|macsec]',
        ' [|macsec]',
        ' [|macsec]',
        ' [|ether]',
        ' [|ether]',
        ' [caplen 1 < 2]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: \n\t0x0000:  4500 0024 0001 4000 4001 b784 c0a8 0101  E..$..@.@.......\n\t0x0010:  c0a8 0102 0800 5435 1234 0001 6162 6364  ......T5.4..abcd\n\t0x0020:  6566 6768                                efgh',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        'STP 802.1d, Config, Flags [none], bridge-id 0000.00:00:00:00:00:00.0000, length 35\n\tmessage-age 0.00s, max-age 0.00s, hello-time 0.00s, forwarding-delay 0.00s\n\troot-id 0000.00:00:00:00:00:00, root-pathcost 0',
        'LLDP, length 20\n\tEnd TLV (0), length 0',
        ' [|ip6]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype Unknown (0x1234), length 53: \n\t0x0000:  7879 7a                                  xyz',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 53: \n\t0x0000:  7879 7a                                  xyz',
        ' [|macsec]',
        ' [|macsec]',
        ' [|macsec]',
        ' [|macsec]',
        ' [|macsec]',
        ' [|macsec]',
        ' [|macsec]',
        ' [|ether]',
        'IP  [|ip]',
        'IP  [|ip]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2:  [|icmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        ' [|macsec]',
        ' [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb 802.1AE MACsec, an 0, pn 1, flags ECI, sci 0011223344550001, \n\t0x0000:  0800                                     ..',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb 802.1AE MACsec, an 0, pn 1, flags ECI, sci 0011223344550001, \n\t0x0000:  0800 4500 0024 0001 4000 4001            ..E..$..@.@.',
    ],
    '-vv': {'like': '-v',
            9: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.1000 > 192.168.0.2.2000: [udp sum ok] UDP, length 4',
            10: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.1000 > 192.168.0.2.2000: [udp sum ok] UDP, length 4',
            },
    '-e': [
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype IPv4 (0x0800), 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 74: an 0, pn 1, flags none, ethertype IPv4 (0x0800), 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 3, pn 4294967295, flags ESI, sci 0011223344550001, \n\t0x0000:  0800 4500 0024 0001 4000 4001 b784 c0a8  ..E..$..@.@.....\n\t0x0010:  0101 c0a8 0102 0800 5435 1234 0001 6162  ........T5.4..ab\n\t0x0020:  6364 6566 6768 a0a1 a2a3 a4a5 a6a7 a8a9  cdefgh..........\n\t0x0030:  aaab acad aeaf                           ......',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags ECI, sci 0011223344550001, \n\t0x0000:  0800 4500 0024 0001 4000 4001 b784 c0a8  ..E..$..@.@.....\n\t0x0010:  0101 c0a8 0102 0800 5435 1234 0001 6162  ........T5.4..ab\n\t0x0020:  6364 6566 6768 a0a1 a2a3 a4a5 a6a7 a8a9  cdefgh..........\n\t0x0030:  aaab acad aeaf                           ......',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags BI, sci 0011223344550001, ethertype IPv4 (0x0800), 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 74: an 0, pn 1, flags S, ethertype IPv4 (0x0800), 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 86: an 0, pn 1, flags I, sci 0011223344550001, ethertype 802.1Q (0x8100), vlan 100, p 0, ethertype IPv4 (0x0800), 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 74: an 0, pn 1, flags I, sci 0011223344550001, ethertype ARP (0x0806), Request who-has 192.168.1.2 tell 192.168.1.1, length 28',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 54: an 0, pn 1, flags I, sci 0011223344550001, ethertype Unknown (0x1234), \n\t0x0000:  0102 0304 0506 0708                      ........',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 78: an 0, pn 1, flags I, sl 34, sci 0011223344550001, ethertype IPv4 (0x0800), 192.168.0.1.1000 > 192.168.0.2.2000: UDP, length 4',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 88: an 0, pn 1, flags I, sl 34, sci 0011223344550001, ethertype IPv4 (0x0800), 192.168.0.1.1000 > 192.168.0.2.2000: UDP, length 4',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 56: an 0, pn 1, flags I, sl 40, sci 0011223344550001,  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  (invalid)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  (invalid)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 32: an 0, pn 1, flags I, sci 0011223344550001,  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 19:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 24:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 36: an 0, pn 1, flags none,  [|ether]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 37: an 0, pn 1, flags none,  [|ether]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 38: an 0, pn 1, flags none, sl 1,  [caplen 1 < 2]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype 802.1AE MACsec (0x88e5), \n\t0x0000:  4500 0024 0001 4000 4001 b784 c0a8 0101  E..$..@.@.......\n\t0x0010:  c0a8 0102 0800 5435 1234 0001 6162 6364  ......T5.4..abcd\n\t0x0020:  6566 6768                                efgh',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 90: an 0, pn 1, flags I, sci 0011223344550001, 802.3LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 36: 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 84: an 0, pn 1, flags I, sci 0011223344550001, 802.3LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: STP 802.1d, Config, Flags [none], bridge-id 0000.00:00:00:00:00:00.0000, length 35',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 66: an 0, pn 1, flags I, sci 0011223344550001, ethertype LLDP (0x88cc), LLDP, length 20',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype IPv6 (0x86dd),  [|ip6]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 53: an 0, pn 1, flags I, sci 0011223344550001, ethertype 802.1Q (0x8100), vlan 100, p 0, ethertype Unknown (0x1234), \n\t0x0000:  7879 7a                                  xyz',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 53: an 0, pn 1, flags I, sci 0011223344550001, ethertype 802.1Q (0x8100), vlan 100, p 0, ethertype 802.1AE MACsec (0x88e5), \n\t0x0000:  7879 7a                                  xyz',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001,  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001,  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001,  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001,  [|ether]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype IPv4 (0x0800),  [|ip]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype IPv4 (0x0800),  [|ip]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype IPv4 (0x0800), 192.168.1.1 > 192.168.1.2:  [|icmp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype IPv4 (0x0800), 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype IPv4 (0x0800), 192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags ECI, sci 0011223344550001, \n\t0x0000:  0800                                     ..',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags ECI, sci 0011223344550001, \n\t0x0000:  0800 4500 0024 0001 4000 4001            ..E..$..@.@.',
    ],
    '-e -v': [
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype IPv4 (0x0800), (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 74: an 0, pn 1, flags none, ethertype IPv4 (0x0800), (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 3, pn 4294967295, flags ESI, sci 0011223344550001, \n\t0x0000:  0800 4500 0024 0001 4000 4001 b784 c0a8  ..E..$..@.@.....\n\t0x0010:  0101 c0a8 0102 0800 5435 1234 0001 6162  ........T5.4..ab\n\t0x0020:  6364 6566 6768 a0a1 a2a3 a4a5 a6a7 a8a9  cdefgh..........\n\t0x0030:  aaab acad aeaf                           ......',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags ECI, sci 0011223344550001, \n\t0x0000:  0800 4500 0024 0001 4000 4001 b784 c0a8  ..E..$..@.@.....\n\t0x0010:  0101 c0a8 0102 0800 5435 1234 0001 6162  ........T5.4..ab\n\t0x0020:  6364 6566 6768 a0a1 a2a3 a4a5 a6a7 a8a9  cdefgh..........\n\t0x0030:  aaab acad aeaf                           ......',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags BI, sci 0011223344550001, ethertype IPv4 (0x0800), (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 74: an 0, pn 1, flags S, ethertype IPv4 (0x0800), (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 86: an 0, pn 1, flags I, sci 0011223344550001, ethertype 802.1Q (0x8100), vlan 100, p 0, ethertype IPv4 (0x0800), (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 74: an 0, pn 1, flags I, sci 0011223344550001, ethertype ARP (0x0806), Ethernet (len 6), IPv4 (len 4), Request who-has 192.168.1.2 tell 192.168.1.1, length 28',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 54: an 0, pn 1, flags I, sci 0011223344550001, ethertype Unknown (0x1234), \n\t0x0000:  0102 0304 0506 0708                      ........',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 78: an 0, pn 1, flags I, sl 34, sci 0011223344550001, ethertype IPv4 (0x0800), (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.1000 > 192.168.0.2.2000: UDP, length 4',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 88: an 0, pn 1, flags I, sl 34, sci 0011223344550001, ethertype IPv4 (0x0800), (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.1000 > 192.168.0.2.2000: UDP, length 4',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 56: an 0, pn 1, flags I, sl 40, sci 0011223344550001,  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  (invalid)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  (invalid)',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 32: an 0, pn 1, flags I, sci 0011223344550001,  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 19:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 24:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 36: an 0, pn 1, flags none,  [|ether]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 37: an 0, pn 1, flags none,  [|ether]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 38: an 0, pn 1, flags none, sl 1,  [caplen 1 < 2]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype 802.1AE MACsec (0x88e5), \n\t0x0000:  4500 0024 0001 4000 4001 b784 c0a8 0101  E..$..@.@.......\n\t0x0010:  c0a8 0102 0800 5435 1234 0001 6162 6364  ......T5.4..abcd\n\t0x0020:  6566 6768                                efgh',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 90: an 0, pn 1, flags I, sci 0011223344550001, 802.3LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 36: (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 84: an 0, pn 1, flags I, sci 0011223344550001, 802.3LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: STP 802.1d, Config, Flags [none], bridge-id 0000.00:00:00:00:00:00.0000, length 35\n\tmessage-age 0.00s, max-age 0.00s, hello-time 0.00s, forwarding-delay 0.00s\n\troot-id 0000.00:00:00:00:00:00, root-pathcost 0',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 66: an 0, pn 1, flags I, sci 0011223344550001, ethertype LLDP (0x88cc), LLDP, length 20\n\tEnd TLV (0), length 0',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype IPv6 (0x86dd),  [|ip6]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 53: an 0, pn 1, flags I, sci 0011223344550001, ethertype 802.1Q (0x8100), vlan 100, p 0, ethertype Unknown (0x1234), \n\t0x0000:  7879 7a                                  xyz',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 53: an 0, pn 1, flags I, sci 0011223344550001, ethertype 802.1Q (0x8100), vlan 100, p 0, ethertype 802.1AE MACsec (0x88e5), \n\t0x0000:  7879 7a                                  xyz',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001,  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001,  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001,  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001,  [|ether]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype IPv4 (0x0800),  [|ip]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype IPv4 (0x0800),  [|ip]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype IPv4 (0x0800), (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2:  [|icmp]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype IPv4 (0x0800), (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags I, sci 0011223344550001, ethertype IPv4 (0x0800), (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 36)\n    192.168.1.1 > 192.168.1.2: ICMP echo request, id 4660, seq 1, length 16',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82:  [|macsec]',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags ECI, sci 0011223344550001, \n\t0x0000:  0800                                     ..',
        '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 82: an 0, pn 1, flags ECI, sci 0011223344550001, \n\t0x0000:  0800 4500 0024 0001 4000 4001            ..E..$..@.@.',
    ],
    '-e -vv': {'like': '-e -v',
            9: '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 78: an 0, pn 1, flags I, sl 34, sci 0011223344550001, ethertype IPv4 (0x0800), (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.1000 > 192.168.0.2.2000: [udp sum ok] UDP, length 4',
            10: '00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype 802.1AE MACsec (0x88e5), length 88: an 0, pn 1, flags I, sl 34, sci 0011223344550001, ethertype IPv4 (0x0800), (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.0.1.1000 > 192.168.0.2.2000: [udp sum ok] UDP, length 4',
            },
}
