"""ARP/RARP, LLDP and STP printing (printer/arp.py, lldp.py, stp.py) against tcpdump 4.99.3.

The frames in ``CASES`` are built here; ``EXPECTED`` holds tcpdump 4.99.3's text
for exactly these frames (``tcpdump -n -tt [flags] -r``, timestamp cut off, and
for ``-e`` the Ethernet part before the unit), recorded once, so the tests run
without tcpdump.  With tcpdump installed the same frames are compared live,
and so are the ARP, LLDP and STP units of the corpus captures.
"""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import purepcap
from conftest import CORPUS, needs_corpus, needs_tcpdump, tcpdump_path
from helpers import tcpdump_frames as run_tcpdump
from purepcap.printer import arp, lldp, stp
from purepcap.printer._base import Context, Options
from purepcap.savefile import open_reader

# --- builders -----------------------------------------------------------------------

MAC = bytes.fromhex("001122334455")
BCAST = b"\xff" * 6


def eth(ethertype: int, payload: bytes, dst: bytes = BCAST) -> bytes:
    return dst + MAC + struct.pack("!H", ethertype) + payload


def arp_pkt(hrd: int = 1, pro: int = 0x800, hln: int = 6, pln: int = 4, op: int = 1,
            sha: bytes = MAC, spa: bytes = bytes([10, 0, 0, 2]), tha: bytes = bytes(6),
            tpa: bytes = bytes([10, 0, 0, 1])) -> bytes:
    return struct.pack("!HHBBH", hrd, pro, hln, pln, op) + sha + spa + tha + tpa


def atmarp(op: int = 1, pro: int = 0x800, sha: bytes = bytes(range(1, 21)), ssa: bytes = b"",
           spa: bytes = bytes([10, 0, 0, 2]), tha: bytes = bytes(20), tsa: bytes = b"",
           tpa: bytes = bytes([10, 0, 0, 1])) -> bytes:
    return (struct.pack("!HHBBHBBBB", 19, pro, len(sha), len(ssa), op, len(spa), len(tha),
                        len(tsa), len(tpa)) + sha + ssa + spa + tha + tsa + tpa)


def tlv(t: int, v: bytes) -> bytes:
    return struct.pack("!H", (t << 9) | len(v)) + v


def lldp_frame(*tlvs: bytes) -> bytes:
    return eth(0x88CC, b"".join(tlvs), dst=bytes.fromhex("0180c200000e"))


def llc_stp(bpdu: bytes) -> bytes:
    pl = b"\x42\x42\x03" + bpdu
    return bytes.fromhex("0180c2000000") + MAC + struct.pack("!H", len(pl)) + pl


def bpdu(ver: int = 0, typ: int = 0, flags: int = 0, cost: int = 4, port: int = 0x8005,
         age: int = 256, maxage: int = 20 * 256, hello: int = 2 * 256, fwd: int = 15 * 256,
         extra: bytes = b"") -> bytes:
    root = bytes.fromhex("8001001906eab880")
    bridge = bytes.fromhex("8002001906eab881")
    return (struct.pack("!HBBB", 0, ver, typ, flags) + root + struct.pack("!I", cost) + bridge
            + struct.pack("!HHHHH", port, age, maxage, hello, fwd) + extra)


def mstp(nmsti: int = 2) -> bytes:
    head = bpdu(ver=3, typ=2, flags=0x3C)[:35] + b"\x00"
    mcid = b"\x00" + b"Region".ljust(32, b"\0") + struct.pack("!H", 7) + bytes(range(16))
    cist = struct.pack("!I", 200000) + bytes.fromhex("8000001ef705a880") + b"\x14"
    mstis = b"".join(bytes([0x7C]) + bytes.fromhex(f"600{i + 1}001ef705a880")
                     + struct.pack("!I", 10 * i) + b"\x60\x80\x14" for i in range(nmsti))
    return head + struct.pack("!H", 64 + 16 * nmsti) + mcid + cist + mstis


MAC_PHY = bytes.fromhex("00120f01") + bytes([3]) + struct.pack("!HH", 0x6C01, 16)

# id -> (frame, link type, tcpdump flags)
CASES: dict[str, tuple[bytes, int, tuple[str, ...]]] = {
    "arp-request": (eth(0x806, arp_pkt()), 1, ()),
    "arp-request-v": (eth(0x806, arp_pkt()), 1, ("-v",)),
    "arp-request-e": (eth(0x806, arp_pkt()), 1, ("-e",)),
    "arp-reply": (eth(0x806, arp_pkt(op=2)), 1, ()),
    "arp-reply-v": (eth(0x806, arp_pkt(op=2)), 1, ("-v",)),
    "arp-tha": (eth(0x806, arp_pkt(tha=bytes.fromhex("000000000001"))), 1, ()),
    "rarp-request": (eth(0x8035, arp_pkt(op=3)), 1, ()),
    "rarp-reply": (eth(0x8035, arp_pkt(op=4)), 1, ()),
    "rarp-reply-e": (eth(0x8035, arp_pkt(op=4)), 1, ("-e",)),
    "inarp-request": (eth(0x806, arp_pkt(op=8)), 1, ()),
    "inarp-reply": (eth(0x806, arp_pkt(op=9)), 1, ()),
    "arp-nack": (eth(0x806, arp_pkt(op=10)), 1, ()),
    "arp-op-unknown": (eth(0x806, arp_pkt(op=99)), 1, ()),
    "arp-tokenring-v": (eth(0x806, arp_pkt(hrd=6)), 1, ("-v",)),
    "arp-hrd-unknown-v": (eth(0x806, arp_pkt(hrd=999)), 1, ("-v",)),
    "arp-ipv6": (eth(0x806, arp_pkt(pro=0x86DD)), 1, ()),
    "arp-ipv6-v": (eth(0x806, arp_pkt(pro=0x86DD)), 1, ("-v",)),
    "arp-pro-unknown-v": (eth(0x806, arp_pkt(pro=0x1234)), 1, ("-v",)),
    "arp-pln3-v": (eth(0x806, arp_pkt(pln=3, spa=b"\1\2\3", tpa=b"\4\5\6")), 1, ("-v",)),
    "arp-hln0": (eth(0x806, arp_pkt(hln=0, sha=b"", tha=b"", op=2)), 1, ()),
    "arp-hln0-v": (eth(0x806, arp_pkt(hln=0, sha=b"", tha=b"", op=2)), 1, ("-v",)),
    "arp-hln1": (eth(0x806, arp_pkt(hln=1, sha=b"\x05", tha=b"\0", op=2)), 1, ()),
    "arp-hln8": (eth(0x806, arp_pkt(hln=8, sha=bytes(range(1, 9)), tha=bytes(8), op=3)), 1, ()),
    "arp-trail-v": (eth(0x806, arp_pkt(pro=0x1000)), 1, ("-v",)),
    "arp-trunc-20": (eth(0x806, arp_pkt()[:20]), 1, ()),
    "arp-trunc-7": (eth(0x806, arp_pkt()[:7]), 1, ()),
    "arp-padded": (eth(0x806, arp_pkt() + bytes(18)), 1, ()),
    "atmarp-request": (eth(0x806, atmarp()), 1, ()),
    "atmarp-reply-v": (eth(0x806, atmarp(op=2)), 1, ("-v",)),
    "atmarp-inreply": (eth(0x806, atmarp(op=9)), 1, ()),
    "atmarp-nack": (eth(0x806, atmarp(op=10)), 1, ()),
    "atmarp-subaddr": (eth(0x806, atmarp(ssa=b"\1\2", tsa=b"\3")), 1, ()),
    "atmarp-noaddr": (eth(0x806, atmarp(op=2, sha=b"", tha=b"")), 1, ()),
    "atmarp-ipv6": (eth(0x806, atmarp(pro=0x86DD)), 1, ()),
    "atmarp-rarp": (eth(0x806, atmarp(op=3)), 1, ()),
    "lldp-basic": (lldp_frame(tlv(1, b"\x04" + MAC), tlv(2, b"\x05eth0"), tlv(3, b"\x00\x78"),
                              tlv(5, b"sw1"), tlv(0, b"")), 1, ()),
    "lldp-basic-v": (lldp_frame(tlv(1, b"\x04" + MAC), tlv(2, b"\x05eth0"), tlv(3, b"\x00\x78"),
                                tlv(4, b"port one"), tlv(5, b"sw1"), tlv(6, b"Linux\nbox"),
                                tlv(7, b"\x00\x9c\x00\x08"), tlv(0, b"")), 1, ("-v",)),
    "lldp-basic-vv": (lldp_frame(tlv(1, b"\x04" + MAC), tlv(5, b"sw1"), tlv(0, b"")), 1,
                      ("-vv",)),
    "lldp-ids-v": (lldp_frame(tlv(1, b"\x01chassis"), tlv(2, b"\x03" + MAC),
                              tlv(1, b"\x05\x01\x0a\x00\x00\x01"),
                              tlv(2, b"\x04\x02" + bytes(15) + b"\x01"),
                              tlv(1, b"\x07local"), tlv(2, b"\x09what")), 1, ("-v",)),
    "lldp-mgmt-v": (lldp_frame(tlv(8, b"\x05\x01\x0a\x00\x00\x01\x02\x00\x00\x00\x05\x00"),
                               tlv(8, b"\x05\x01\x0a\x00\x00\x01\x03\x00\x00\x00\x05\x03\x2b\x06\x01"),
                               tlv(8, b"\x11\x02" + bytes(15) + b"\x01\x01\x00\x00\x00\x07\x00")),
                    1, ("-v",)),
    "lldp-org-v": (lldp_frame(tlv(127, bytes.fromhex("0080c2010005")),
                              tlv(127, bytes.fromhex("0080c202030064")),
                              tlv(127, bytes.fromhex("0080c20300640476") + b"vlan"),
                              tlv(127, bytes.fromhex("0080c20703000000c8")),
                              tlv(127, MAC_PHY),
                              tlv(127, bytes.fromhex("00120f0405ee")),
                              tlv(127, bytes.fromhex("00005e01") + b"https://x/mud"),
                              tlv(127, bytes.fromhex("abcdef0102")), tlv(0, b"")), 1, ("-v",)),
    "lldp-dcb-v": (lldp_frame(tlv(127, bytes.fromhex("0080c209") + bytes.fromhex(
                                  "83f411f41400320000320000000002000002000000")),
                              tlv(127, bytes.fromhex("0080c20a") + bytes.fromhex(
                                  "00f411f41400320000320000000002000002000000")),
                              tlv(127, bytes.fromhex("0080c20b8434")),
                              tlv(127, bytes.fromhex("0080c2082001")),
                              tlv(127, bytes.fromhex("0080c20c00840cbc60ffff")),
                              tlv(127, bytes.fromhex("0080c20d0200f45f1f")),
                              tlv(127, bytes.fromhex("0080c20e800000a7001001002002")),
                              tlv(127, bytes.fromhex("00120f02030101")),
                              tlv(127, bytes.fromhex("00120f020f0205")),
                              tlv(127, bytes.fromhex("00000c0102")), tlv(0, b"")), 1, ("-v",)),
    "lldp-unknown-v": (lldp_frame(tlv(9, b"abc"), tlv(126, b"xyz")), 1, ("-v",)),
    "lldp-len0-stops": (lldp_frame(tlv(1, b""), tlv(5, b"aa")), 1, ()),
    "lldp-two-names": (lldp_frame(tlv(5, b"x" * 10), tlv(5, b"second")), 1, ()),
    "lldp-escapes": (lldp_frame(tlv(5, b"a\nb\x7f\xc3\x01")), 1, ()),
    "lldp-end-stops-v": (lldp_frame(tlv(0, b""), tlv(5, b"after")), 1, ("-v",)),
    "lldp-tlv-overrun": (lldp_frame(tlv(5, b"name"))[:-2], 1, ()),
    "lldp-ttl-short-v": (lldp_frame(tlv(3, b"\x01")), 1, ("-v",)),
    "lldp-chassis-short-v": (lldp_frame(tlv(1, b"\x04"), tlv(5, b"bb")), 1, ("-v",)),
    "lldp-net-cut-v": (lldp_frame(tlv(1, b"\x05\x01\x0a\x00\x00")), 1, ("-v",)),
    "stp-config": (llc_stp(bpdu()), 1, ()),
    "stp-config-v": (llc_stp(bpdu()), 1, ("-v",)),
    "stp-config-e": (llc_stp(bpdu()), 1, ("-e",)),
    "lldp-e": (lldp_frame(tlv(5, b"sw1"), tlv(0, b"")), 1, ("-e",)),
    "stp-config-flags": (llc_stp(bpdu(flags=0xFF)), 1, ()),
    "stp-times-v": (llc_stp(bpdu(age=0x1234, maxage=0xFFFF)), 1, ("-v",)),
    "stp-tcn": (llc_stp(bpdu(typ=0x80)[:4]), 1, ()),
    "rstp": (llc_stp(bpdu(ver=2, typ=2, flags=0x7E, extra=b"\0")), 1, ()),
    "rstp-v": (llc_stp(bpdu(ver=2, typ=2, flags=0x7E, extra=b"\0")), 1, ("-v",)),
    "rstp-alternate-v": (llc_stp(bpdu(ver=2, typ=2, flags=0x04, extra=b"\0")), 1, ("-v",)),
    "rstp-root-v": (llc_stp(bpdu(ver=2, typ=2, flags=0x08, extra=b"\0")), 1, ("-v",)),
    "rstp-short": (llc_stp(bpdu(ver=2, typ=2)), 1, ()),
    "stp-type-unknown": (llc_stp(bpdu(typ=0x55)), 1, ()),
    "stp-version-unknown": (llc_stp(bpdu(ver=7)), 1, ()),
    "stp-config-short": (llc_stp(bpdu()[:20]), 1, ()),
    "stp-tiny": (llc_stp(bpdu()[:3]), 1, ()),
    "stp-proto-id": (llc_stp(b"\x00\x01\x00\x00" + bpdu()[4:]), 1, ()),
    "stp-ver2-config-v": (llc_stp(bpdu(ver=2)), 1, ("-v",)),
    "stp-ver0-rapid": (llc_stp(bpdu(typ=2, extra=b"\0")), 1, ()),
    "mstp": (llc_stp(mstp()), 1, ()),
    "mstp-v": (llc_stp(mstp()), 1, ("-v",)),
    "mstp-0msti-v": (llc_stp(mstp(0)), 1, ("-v",)),
}

EXPECTED: dict[str, str] = {
    'arp-request': 'ARP, Request who-has 10.0.0.1 tell 10.0.0.2, length 28',
    'arp-request-v': 'ARP, Ethernet (len 6), IPv4 (len 4), Request who-has 10.0.0.1 tell 10.0.0.2, length 28',
    'arp-request-e': 'Request who-has 10.0.0.1 tell 10.0.0.2, length 28',
    'arp-reply': 'ARP, Reply 10.0.0.2 is-at 00:11:22:33:44:55, length 28',
    'arp-reply-v': 'ARP, Ethernet (len 6), IPv4 (len 4), Reply 10.0.0.2 is-at 00:11:22:33:44:55, length 28',
    'arp-tha': 'ARP, Request who-has 10.0.0.1 (00:00:00:00:00:01) tell 10.0.0.2, length 28',
    'rarp-request': 'ARP, Reverse Request who-is 00:00:00:00:00:00 tell 00:11:22:33:44:55, length 28',
    'rarp-reply': 'ARP, Reverse Reply 00:00:00:00:00:00 at 10.0.0.1, length 28',
    'rarp-reply-e': 'Reverse Reply 00:00:00:00:00:00 at 10.0.0.1, length 28',
    'inarp-request': 'ARP, Inverse Request who-is 00:00:00:00:00:00 tell 00:11:22:33:44:55, length 28',
    'inarp-reply': 'ARP, Inverse Reply 00:11:22:33:44:55 at 10.0.0.2, length 28',
    'arp-nack': 'ARP, NACK Reply \n\t0x0000:  0001 0800 0604 000a 0011 2233 4455 0a00  .........."3DU..\n\t0x0010:  0002 0000 0000 0000 0a00 0001            ............',
    'arp-op-unknown': 'ARP, Unknown (99) \n\t0x0000:  0001 0800 0604 0063 0011 2233 4455 0a00  .......c.."3DU..\n\t0x0010:  0002 0000 0000 0000 0a00 0001            ............',
    'arp-tokenring-v': 'ARP, TokenRing (len 6), IPv4 (len 4), Request who-has 10.0.0.1 tell 10.0.0.2, length 28',
    'arp-hrd-unknown-v': 'ARP, Unknown Hardware (999) (len 6), IPv4 (len 4), Request who-has 10.0.0.1 tell 10.0.0.2, length 28',
    'arp-ipv6': 'ARP, Ethernet (len 6), IPv6 (len 4), length 28',
    'arp-ipv6-v': 'ARP, Ethernet (len 6), IPv6 (len 4), Request who-has <wrong proto type> tell <wrong proto type>, length 28',
    'arp-pro-unknown-v': 'ARP, Ethernet (len 6), Unknown Protocol (0x1234) (len 4), Request who-has <wrong proto type> tell <wrong proto type>, length 28',
    'arp-pln3-v': 'ARP, Ethernet (len 6), IPv4 (len 3), Request who-has <wrong len> tell <wrong len>, length 26',
    'arp-hln0': 'ARP, Ethernet (len 0), IPv4 (len 4), length 16',
    'arp-hln0-v': 'ARP, Ethernet (len 0), IPv4 (len 4), Reply 10.0.0.2 is-at <empty>, length 16',
    'arp-hln1': 'ARP, Reply 10.0.0.2 is-at 05, length 18',
    'arp-hln8': 'ARP, Reverse Request who-is 00:00:00:00:00:00:00:00 tell 01:02:03:04:05:06:07:08, length 32',
    'arp-trail-v': 'ARP, Ethernet (len 6), Trail (len 4), Request who-has 10.0.0.1 tell 10.0.0.2, length 28',
    'arp-trunc-20': ' [|arp]',
    'arp-trunc-7': ' [|arp]',
    'arp-padded': 'ARP, Request who-has 10.0.0.1 tell 10.0.0.2, length 46',
    'atmarp-request': 'ARP, Request who-has 10.0.0.1 (00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00) tell 10.0.0.2, length 60',
    'atmarp-reply-v': 'ARP, ATM, IPv4 (len 4/4), Reply 10.0.0.2 is-at 01:02:03:04:05:06:07:08:09:0a:0b:0c:0d:0e:0f:10:11:12:13:14, length 60',
    'atmarp-inreply': 'ARP, Inverse Reply 01:02:03:04:05:06:07:08:09:0a:0b:0c:0d:0e:0f:10:11:12:13:14at 10.0.0.2, length 60',
    'atmarp-nack': 'ARP, NACK Reply for 10.0.0.2, length 60',
    'atmarp-subaddr': 'ARP, Request who-has 10.0.0.1 (00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00,03) tell 10.0.0.2, length 63',
    'atmarp-noaddr': 'ARP, Reply 10.0.0.2 is-at <No address>, length 20',
    'atmarp-ipv6': 'ARP, ATM, IPv6 (len 4/4), length 60',
    'atmarp-rarp': 'ARP, Reverse Request \n\t0x0000:  0013 0800 1400 0003 0414 0004 0102 0304  ................\n\t0x0010:  0506 0708 090a 0b0c 0d0e 0f10 1112 1314  ................\n\t0x0020:  0a00 0002 0000 0000 0000 0000 0000 0000  ................\n\t0x0030:  0000 0000 0000 0000 0a00 0001            ............',
    'lldp-basic': 'LLDP, length 27: sw1',
    'lldp-basic-v': 'LLDP, length 54\n\tChassis ID TLV (1), length 7\n\t  Subtype MAC address (4): 00:11:22:33:44:55\n\tPort ID TLV (2), length 5\n\t  Subtype Interface Name (5): eth0\n\tTime to Live TLV (3), length 2: TTL 120s\n\tPort Description TLV (4), length 8: port one\n\tSystem Name TLV (5), length 3: sw1\n\tSystem Description TLV (6), length 9\n\t  Linux^Jbox\n\tSystem Capabilities TLV (7), length 4\n\t  System  Capabilities [Bridge, WLAN AP, Router, Station Only] (0x009c)\n\t  Enabled Capabilities [WLAN AP] (0x0008)\n\tEnd TLV (0), length 0',
    'lldp-basic-vv': 'LLDP, length 16\n\tChassis ID TLV (1), length 7\n\t  Subtype MAC address (4): 00:11:22:33:44:55\n\t  0x0000:  0400 1122 3344 55\n\tSystem Name TLV (5), length 3: sw1\n\t  0x0000:  7377 31\n\tEnd TLV (0), length 0',
    'lldp-ids-v': 'LLDP, length 62\n\tChassis ID TLV (1), length 8\n\t  Subtype Chassis component (1): chassis\n\tPort ID TLV (2), length 7\n\t  Subtype MAC address (3): 00:11:22:33:44:55\n\tChassis ID TLV (1), length 6\n\t  Subtype Network address (5): AFI IPv4 (1): 10.0.0.1\n\tPort ID TLV (2), length 18\n\t  Subtype Network Address (4): AFI IPv6 (2): ::1\n\tChassis ID TLV (1), length 6\n\t  Subtype Local (7): local\n\tPort ID TLV (2), length 5\n\t  Subtype Unknown (9): \n\t  0x0000:  0977 6861 74',
    'lldp-mgmt-v': 'LLDP, length 57\n\tManagement Address TLV (8), length 12\n\t  Management Address length 5, AFI IPv4 (1): 10.0.0.1\n\t  Interface Index Interface Numbering (2): 5\n\tManagement Address TLV (8), length 15\n\t  Management Address length 5, AFI IPv4 (1): 10.0.0.1\n\t  System Port Number Interface Numbering (3): 5\n\t  OID length 3+^F^A\n\tManagement Address TLV (8), length 24\n\t  Management Address length 17, AFI IPv6 (2): ::1\n\t  Unknown Interface Numbering (1): 7',
    'lldp-org-v': 'LLDP, length 89\n\tOrganization specific TLV (127), length 6: OUI Ethernet bridged (0x0080c2)\n\t  Port VLAN Id Subtype (1)\n\t    port vlan id (PVID): 5\n\tOrganization specific TLV (127), length 7: OUI Ethernet bridged (0x0080c2)\n\t  Port and Protocol VLAN ID Subtype (2)\n\t    port and protocol vlan id (PPVID): 100, flags [supported] (0x03)\n\tOrganization specific TLV (127), length 12: OUI Ethernet bridged (0x0080c2)\n\t  VLAN name Subtype (3)\n\t    vlan id (VID): 100\n\t    vlan name: vvla\n\tOrganization specific TLV (127), length 9: OUI Ethernet bridged (0x0080c2)\n\t  Link aggregation Subtype (7)\n\t    aggregation status [supported, enabled], aggregation port ID 200\n\tOrganization specific TLV (127), length 9: OUI IEEE 802.3 Private (0x00120f)\n\t  MAC/PHY configuration/status Subtype (1)\n\t    autonegotiation [supported, enabled] (0x03)\n\t    PMD autoneg capability [10BASE-T hdx, 10BASE-T fdx, 100BASE-TX hdx, 100BASE-TX fdx, 1000BASE-T fdx] (0x6c01)\n\t    MAU type 100BASETX fdx (0x0010)\n\tOrganization specific TLV (127), length 6: OUI IEEE 802.3 Private (0x00120f)\n\t  Max frame size Subtype (4)\n\t    MTU size 1518\n\tOrganization specific TLV (127), length 17: OUI IANA (0x00005e)\n\t  MUD-URL Subtype (1)\n\t  MUD-URL=https://x/mud\n\tOrganization specific TLV (127), length 5: OUI Unknown (0xabcdef)\n\t  0x0000:  abcd ef01 02\n\tEnd TLV (0), length 0',
    'lldp-dcb-v': 'LLDP, length 137\n\tOrganization specific TLV (127), length 25: OUI Ethernet bridged (0x0080c2)\n\t  ETS Configuration Subtype (9)\n\t    Willing:1, CBS:2, RES:0, Max TCs:3\n\t    Priority Assignment Table\n\t     Priority : 0   1   2   3   4   5   6   7\n\t     Value    : 15  4   1   1   15  4   1   4  \n\t    TC Bandwidth Table\n\t     TC%   : 0   1   2   3   4   5   6   7\n\t     Value : 0   50  0   0   50  0   0   0  \n\t    TSA Assignment Table\n\t     Traffic Class: 0   1   2   3   4   5   6   7\n\t     Value        : 0   2   0   0   2   0   0   0  \n\tOrganization specific TLV (127), length 25: OUI Ethernet bridged (0x0080c2)\n\t  ETS Recommendation Subtype (10)\n\t    RES: 0\n\t    Priority Assignment Table\n\t     Priority : 0   1   2   3   4   5   6   7\n\t     Value    : 15  4   1   1   15  4   1   4  \n\t    TC Bandwidth Table\n\t     TC%   : 0   1   2   3   4   5   6   7\n\t     Value : 0   50  0   0   50  0   0   0  \n\t    TSA Assignment Table\n\t     Traffic Class: 0   1   2   3   4   5   6   7\n\t     Value        : 0   2   0   0   2   0   0   0  \n\tOrganization specific TLV (127), length 6: OUI Ethernet bridged (0x0080c2)\n\t  Priority Flow Control Configuration Subtype (11)\n\t    Willing: 1, MBC: 0, RES: 0, PFC cap:4 \n\t    PFC Enable\n\t     Priority : 0  1  2  3  4  5  6  7\n\t     Value    : 0  0  1  0  1  1  0  0  \n\tOrganization specific TLV (127), length 6: OUI Ethernet bridged (0x0080c2)\n\t  Congestion Notification Subtype (8)\n\t    Pre-Priority CNPV Indicator\n\t     Priority : 0  1  2  3  4  5  6  7\n\t     Value    : 0  0  0  0  0  1  0  0  \n\t    Pre-Priority Ready Indicator\n\t     Priority : 0  1  2  3  4  5  6  7\n\t     Value    : 1  0  0  0  0  0  0  0  \n\tOrganization specific TLV (127), length 11: OUI Ethernet bridged (0x0080c2)\n\t  Application Priority Subtype (12)\n\t    RES: 0\n\t    Application Priority Table\n\t      Priority: 4, RES: 0, Sel: 4, Protocol ID: 3260\n\t      Priority: 3, RES: 0, Sel: 0, Protocol ID: 65535\n\tOrganization specific TLV (127), length 9: OUI Ethernet bridged (0x0080c2)\n\t  EVB Subtype (13)\n\t    EVB Bridge Status\n\t      RES: 0, BGID: 0, RRCAP: 1, RRCTR: 0\n\t    EVB Station Status\n\t      RES: 0, SGID: 0, RRREQ: 0,RRSTAT: 0\n\t    R: 7, RTE: 20, EVB Mode: EVB Bridge [1]\n\t    ROL: 0, RWD: 31, RES: 0, ROL: 0, RKA: 31\n\tOrganization specific TLV (127), length 14: OUI Ethernet bridged (0x0080c2)\n\t  CDCP Subtype (14)\n\t    Role: 1, RES: 0, Scomp: 0 ChnCap: 167\n\t    SCID: 1, SVID: 1\n\t    SCID: 2, SVID: 2\n\tOrganization specific TLV (127), length 7: OUI IEEE 802.3 Private (0x00120f)\n\t  Power via MDI Subtype (2)\n\t    MDI power support [PSE, supported], power pair signal, power class class0\n\tOrganization specific TLV (127), length 7: OUI IEEE 802.3 Private (0x00120f)\n\t  Power via MDI Subtype (2)\n\t    MDI power support [PSE, supported, enabled, can be controlled], power pair spare, power class class4\n\tOrganization specific TLV (127), length 5: OUI Cisco (0x00000c)\n\t  0x0000:  0000 0c01 02\n\tEnd TLV (0), length 0',
    'lldp-unknown-v': 'LLDP, length 10\n\tUnknown TLV (9), length 3\n\t  0x0000:  6162 63\n\tUnknown TLV (126), length 3\n\t  0x0000:  7879 7a',
    'lldp-len0-stops': 'LLDP, length 6',
    'lldp-two-names': 'LLDP, length 20: xxxxxxxxxx: second',
    'lldp-escapes': 'LLDP, length 8: a^Jb^?M-C^A',
    'lldp-end-stops-v': 'LLDP, length 9\n\tEnd TLV (0), length 0',
    'lldp-tlv-overrun': 'LLDP, length 4 [|lldp]',
    'lldp-ttl-short-v': 'LLDP, length 3\n\tTime to Live TLV (3), length 1 [|lldp]',
    'lldp-chassis-short-v': 'LLDP, length 7\n\tChassis ID TLV (1), length 1 [|lldp]',
    'lldp-net-cut-v': 'LLDP, length 7\n\tChassis ID TLV (1), length 5\n\t  Subtype Network address (5):  [|lldp]',
    'stp-config': 'STP 802.1d, Config, Flags [none], bridge-id 8002.00:19:06:ea:b8:81.8005, length 35',
    'stp-config-v': 'STP 802.1d, Config, Flags [none], bridge-id 8002.00:19:06:ea:b8:81.8005, length 35\n\tmessage-age 1.00s, max-age 20.00s, hello-time 2.00s, forwarding-delay 15.00s\n\troot-id 8001.00:19:06:ea:b8:80, root-pathcost 4',
    'stp-config-e': 'STP 802.1d, Config, Flags [none], bridge-id 8002.00:19:06:ea:b8:81.8005, length 35',
    'lldp-e': 'LLDP, length 7: sw1',
    'stp-config-flags': 'STP 802.1d, Config, Flags [Topology change, Proposal, Learn, Forward, Agreement, Topology change ACK], bridge-id 8002.00:19:06:ea:b8:81.8005, length 35',
    'stp-times-v': 'STP 802.1d, Config, Flags [none], bridge-id 8002.00:19:06:ea:b8:81.8005, length 35\n\tmessage-age 18.20s, max-age 256.00s, hello-time 2.00s, forwarding-delay 15.00s\n\troot-id 8001.00:19:06:ea:b8:80, root-pathcost 4',
    'stp-tcn': 'STP 802.1d, Topology Change',
    'rstp': 'STP 802.1w, Rapid STP, Flags [Proposal, Learn, Forward, Agreement], bridge-id 8002.00:19:06:ea:b8:81.8005, length 36',
    'rstp-v': 'STP 802.1w, Rapid STP, Flags [Proposal, Learn, Forward, Agreement], bridge-id 8002.00:19:06:ea:b8:81.8005, length 36\n\tmessage-age 1.00s, max-age 20.00s, hello-time 2.00s, forwarding-delay 15.00s\n\troot-id 8001.00:19:06:ea:b8:80, root-pathcost 4, port-role Designated',
    'rstp-alternate-v': 'STP 802.1w, Rapid STP, Flags [none], bridge-id 8002.00:19:06:ea:b8:81.8005, length 36\n\tmessage-age 1.00s, max-age 20.00s, hello-time 2.00s, forwarding-delay 15.00s\n\troot-id 8001.00:19:06:ea:b8:80, root-pathcost 4, port-role Alternate',
    'rstp-root-v': 'STP 802.1w, Rapid STP, Flags [none], bridge-id 8002.00:19:06:ea:b8:81.8005, length 36\n\tmessage-age 1.00s, max-age 20.00s, hello-time 2.00s, forwarding-delay 15.00s\n\troot-id 8001.00:19:06:ea:b8:80, root-pathcost 4, port-role Root',
    'rstp-short': 'STP 802.1w, Rapid STP (invalid)',
    'stp-type-unknown': 'STP 802.1d, Unknown BPDU Type (0x55)',
    'stp-version-unknown': 'STP Unknown STP protocol (0x07)',
    'stp-config-short': 'STP 802.1d, Config (invalid)',
    'stp-tiny': ' (invalid)',
    'stp-proto-id': 'unknown STP version, length 35',
    'stp-ver2-config-v': 'STP 802.1w, Config, Flags [none], bridge-id 8002.00:19:06:ea:b8:81.8005, length 35\n\tmessage-age 1.00s, max-age 20.00s, hello-time 2.00s, forwarding-delay 15.00s\n\troot-id 8001.00:19:06:ea:b8:80, root-pathcost 4, port-role Unknown',
    'stp-ver0-rapid': 'STP 802.1d, Rapid STP',
    'mstp': 'STP 802.1s, Rapid STP, CIST Flags [Learn, Forward], length 134',
    'mstp-v': 'STP 802.1s, Rapid STP, CIST Flags [Learn, Forward], length 134\n\tport-role Designated, CIST root-id 8001.00:19:06:ea:b8:80, CIST ext-pathcost 4\n\tCIST regional-root-id 8002.00:19:06:ea:b8:81, CIST port-id 8005,\n\tmessage-age 1.00s, max-age 20.00s, hello-time 2.00s, forwarding-delay 15.00s\n\tv3len 96, MCID Name Region, rev 7,\n\t\tdigest 000102030405060708090a0b0c0d0e0f, CIST int-root-pathcost 200000,\n\tCIST bridge-id 8000.00:1e:f7:05:a8:80, CIST remaining-hops 20\n\tMSTI 1, Flags [Learn, Forward, Agreement], port-role Designated\n\t\tMSTI regional-root-id 6001.00:1e:f7:05:a8:80, pathcost 0\n\t\tMSTI bridge-prio 6, port-prio 8, hops 20\n\tMSTI 2, Flags [Learn, Forward, Agreement], port-role Designated\n\t\tMSTI regional-root-id 6002.00:1e:f7:05:a8:80, pathcost 10\n\t\tMSTI bridge-prio 6, port-prio 8, hops 20',
    'mstp-0msti-v': 'STP 802.1s, Rapid STP, CIST Flags [Learn, Forward], length 102\n\tport-role Designated, CIST root-id 8001.00:19:06:ea:b8:80, CIST ext-pathcost 4\n\tCIST regional-root-id 8002.00:19:06:ea:b8:81, CIST port-id 8005,\n\tmessage-age 1.00s, max-age 20.00s, hello-time 2.00s, forwarding-delay 15.00s\n\tv3len 64, MCID Name Region, rev 7,\n\t\tdigest 000102030405060708090a0b0c0d0e0f, CIST int-root-pathcost 200000,\n\tCIST bridge-id 8000.00:1e:f7:05:a8:80, CIST remaining-hops 20',
}

# --- running tcpdump, cutting its line to the unit's part --------------------------------


def tcpdump_part(text: str, flags: tuple[str, ...]) -> str:
    """The unit's part of tcpdump's text: with -e, what follows the link header."""
    if "-e" in flags:
        if "dsap STP (0x42)" in text:    # 802.3 + 802.2 header before the BPDU
            return text.split("ctrl 0x03: ", 1)[1]
        return text.split(": ", 1)[1]
    return text


def unit_of(frame: bytes, wirelen: int) -> tuple[Callable[..., Any], Callable[..., str], bytes, int] | None:
    """(decode, format, unit bytes, unit length) for an ARP, LLDP or STP frame."""
    o = 12
    while frame[o:o + 2] in (b"\x81\x00", b"\x88\xa8"):
        o += 4
    if len(frame) < o + 2:
        return None
    et = int.from_bytes(frame[o:o + 2], "big")
    if et in (0x0806, 0x8035):
        return arp.decode_arp, arp.format_arp, frame[o + 2:], wirelen - o - 2
    if et == 0x88CC:
        return lldp.decode_lldp, lldp.format_lldp, frame[o + 2:], wirelen - o - 2
    if et < 0x600 and frame[o + 2:o + 5] == b"\x42\x42\x03":
        return stp.decode_stp, stp.format_stp, frame[o + 5:], min(et, wirelen - o - 2) - 3
    return None


def ctx_for(flags: tuple[str, ...]) -> Context:
    v = max((f.count("v") for f in flags if f.startswith("-v")), default=0)
    return Context(opts=Options(verbose=v, link_header="-e" in flags))


def ours(frame: bytes, flags: tuple[str, ...], wirelen: int | None = None) -> str:
    u = unit_of(frame, len(frame) if wirelen is None else wirelen)
    assert u is not None
    dec, fmt, data, length = u
    ctx = ctx_for(flags)
    return fmt(dec(data, length, ctx), ctx)


# --- tests ----------------------------------------------------------------------------


@pytest.mark.parametrize("cid", sorted(CASES))
def test_recorded(cid: str) -> None:
    frame, _lt, flags = CASES[cid]
    assert ours(frame, flags) == EXPECTED[cid]


@needs_tcpdump
def test_live_cases() -> None:
    binary = tcpdump_path()
    groups: dict[tuple[str, ...], list[str]] = {}
    for cid, (_f, _lt, flags) in CASES.items():
        groups.setdefault(flags, []).append(cid)
    for flags, ids in groups.items():
        texts = run_tcpdump(binary, [CASES[c][0] for c in ids], 1, flags)
        assert len(texts) == len(ids)
        for cid, text in zip(ids, texts):
            assert ours(CASES[cid][0], flags) == tcpdump_part(text, flags), cid


def _corpus_files() -> list[Path]:
    names = ("arp", "lldp", "stp", "STP", "LLDP", "MSTP", "spb", "802.1D", "802.1w", "QinQ",
             "eapon1", "dcb", "evb", "rpvstp", "isakmp4500", "mptcp-fclose", "dhcp-rfc4388")
    return sorted(p for p in (CORPUS / "tcpdump").glob("*.pcap*")
                  if any(n in p.name for n in names))


@needs_corpus
@needs_tcpdump
@pytest.mark.parametrize("flags", [(), ("-v",), ("-vv",), ("-e",)], ids=["plain", "v", "vv", "e"])
def test_corpus(flags: tuple[str, ...]) -> None:
    """Every ARP/LLDP/STP unit of the corpus files, as tcpdump prints it."""
    binary = tcpdump_path()
    total = same = 0
    bad: list[str] = []
    for path in _corpus_files():
        try:
            with open_reader(path) as r:
                if r.linktype != 1:
                    continue
                pkts = [(bytes(p.data), p.wirelen) for p in r]
        except purepcap.PcapError:
            continue
        units = [(i, u) for i, (d, w) in enumerate(pkts) if (u := unit_of(d, w)) is not None]
        if not units:
            continue
        texts = run_tcpdump_file(binary, path, flags)
        if len(texts) != len(pkts):
            continue
        ctx = ctx_for(flags)
        for i, (dec, fmt, data, length) in units:
            if "-e" in flags and pkts[i][0][12:14] in (b"\x81\x00", b"\x88\xa8"):
                continue    # tcpdump -e words a tagged frame's type differently
            total += 1
            mine = fmt(dec(data, length, ctx), ctx)
            theirs = tcpdump_part(texts[i], flags)
            if mine == theirs:
                same += 1
            else:
                bad.append(f"{path.name}#{i}: {theirs!r} != {mine!r}")
    assert total > 300
    assert not bad, "\n".join(bad[:10])


def run_tcpdump_file(binary: str, path: Path, flags: tuple[str, ...]) -> list[str]:
    res = subprocess.run([binary, "-n", "-tt", *flags, "-r", str(path)], capture_output=True,
                         text=True, errors="replace", check=False)
    packets: list[str] = []
    for line in res.stdout.splitlines():
        head = line.split(" ", 1)
        if head[0].replace(".", "").isdigit() and "." in head[0]:
            packets.append(head[1] if len(head) > 1 else "")
        elif packets:
            packets[-1] += "\n" + line
    return packets


# --- never raise ------------------------------------------------------------------------

_SEEDS = [f for f, _lt, _fl in CASES.values()]
_OPTS = [Options(verbose=v, link_header=e, numeric=1) for v in (0, 1, 2) for e in (False, True)]


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    base = bytearray(draw(st.sampled_from(_SEEDS)))
    for _ in range(draw(st.integers(0, 6))):
        if not base:
            break
        i = draw(st.integers(0, len(base) - 1))
        base[i] = draw(st.integers(0, 255))
    cut = draw(st.integers(0, len(base)))
    return bytes(base[:cut])


@settings(max_examples=300, deadline=None)
@given(data=st.one_of(st.binary(max_size=200), _mutated()), length=st.integers(0, 400),
       which=st.sampled_from(["arp", "lldp", "stp"]), opt=st.sampled_from(_OPTS))
def test_never_raises(data: bytes, length: int, which: str, opt: Options) -> None:
    mod = {"arp": arp, "lldp": lldp, "stp": stp}[which]
    ctx = Context(opts=opt)
    for unit in (data, data[14:], data[17:]):
        rec = getattr(mod, f"decode_{which}")(unit, length, ctx)
        assert isinstance(getattr(mod, f"format_{which}")(rec, ctx), str)
        rec.to_json()
