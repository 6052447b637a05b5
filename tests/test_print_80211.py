"""Radiotap and 802.11 printing (printer/ieee80211.py) against tcpdump 4.99.3.

The frames in ``CASES`` are built here (link types IEEE802_11_RADIO, 127, and
IEEE802_11, 105); ``EXPECTED`` holds tcpdump 4.99.3's text for exactly these
frames (``tcpdump -n -tt [flags] -r``, timestamp cut off), recorded once, so
the tests run without tcpdump.  Data frames hand their LLC/SNAP payload on
(``inner``): our text must then be the beginning of tcpdump's.  With tcpdump
installed the frames are compared live, and so are all the 802.11 corpus
captures (182 radiotap, 2 bare), with and without ``-e`` and ``-v``.
"""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import purepcap
from conftest import CORPUS, needs_corpus, needs_tcpdump, tcpdump_path
from helpers import split_tcpdump_packets as _packets
from helpers import tcpdump_frames as run_tcpdump
from purepcap.printer import ieee80211 as W
from purepcap.printer._base import Context, Options
from purepcap.savefile import open_reader

# --- builders -----------------------------------------------------------------------

A1 = bytes.fromhex("001122334455")
A2 = bytes.fromhex("66778899aabb")
A3 = bytes.fromhex("ccddeeff0011")
A4 = bytes.fromhex("020304050607")


def rt(present: int, body: bytes, ext: tuple[int, ...] = ()) -> bytes:
    words = b"".join(struct.pack("<I", w) for w in (present, *ext))
    return struct.pack("<BBH", 0, 0, 4 + len(words) + len(body)) + words + body


RT_BASIC = rt(0x0000180E, b"\x00\x02" + struct.pack("<HH", 2412, 0x00A0) + b"\xcc\x00\x01")
RT0 = rt(0, b"")


def mgmt(st_: int, body: bytes, flags: int = 0) -> bytes:
    return struct.pack("<BBH", st_ << 4, flags, 314) + A1 + A2 + A3 + b"\x10\x00" + body


def ctrl(st_: int, rest: bytes, flags: int = 0) -> bytes:
    return struct.pack("<BBH", (st_ << 4) | 4, flags, 314) + rest


def data(fc: int = 0x08, flags: int = 0, body: bytes = b"", a4: bytes | None = None,
         qos: int | None = None) -> bytes:
    h = struct.pack("<BBH", fc, flags, 314) + A1 + A2 + A3 + b"\x10\x00"
    if a4 is not None:
        h += a4
    if qos is not None:
        h += struct.pack("<H", qos)
    return h + body


def ie(i: int, v: bytes) -> bytes:
    return bytes([i, len(v)]) + v


INNER_IP = (bytes.fromhex("45000054000100004001f954") + bytes([192, 168, 0, 1, 192, 168, 0, 2])
            + bytes.fromhex("0800f7ff00000000") + bytes(56))
SNAP_IP = bytes.fromhex("aaaa030000000800") + INNER_IP
IES = ie(0, b"myssid") + ie(1, bytes([0x82, 0x84, 0x0B, 0x16])) + ie(3, b"\x06")
FIXED = bytes(8) + struct.pack("<HH", 100, 0x0011)
MCS = 1 << 19


def rt_field(bit: int, body: bytes) -> bytes:
    return rt(1 << bit, body)


ACK = ctrl(13, A1)

CASES: dict[str, tuple[bytes, int, tuple[str, ...]]] = {
    "beacon": (RT_BASIC + mgmt(8, FIXED + IES), 127, ()),
    "beacon-e": (RT_BASIC + mgmt(8, FIXED + IES), 127, ("-e",)),
    "beacon-ev": (RT_BASIC + mgmt(8, FIXED + IES, flags=0x30), 127, ("-e", "-v")),
    "beacon-ibss": (RT0 + mgmt(8, bytes(10) + b"\x02\x00" + ie(0, b"") + ie(3, b"\x0b")), 127, ()),
    "beacon-cut-ie": (RT0 + mgmt(8, FIXED + ie(0, b"net") + b"\x01\x08\x82"), 127, ()),
    "probe-resp": (RT0 + mgmt(5, FIXED + IES), 127, ()),
    "probe-req": (RT0 + mgmt(4, IES), 127, ()),
    "assoc-req": (RT0 + mgmt(0, struct.pack("<HH", 0x11, 10) + IES), 127, ()),
    "assoc-resp": (RT0 + mgmt(1, struct.pack("<HHH", 0x11, 0, 0xC001) + IES), 127, ()),
    "reassoc-req": (RT0 + mgmt(2, struct.pack("<HH", 0x11, 10) + A4 + IES), 127, ()),
    "reassoc-resp": (RT0 + mgmt(3, struct.pack("<HHH", 0x01, 17, 5)), 127, ()),
    "reassoc-resp-na": (RT0 + mgmt(3, struct.pack("<HHH", 0x01, 200, 5)), 127, ()),
    "atim": (RT0 + mgmt(9, b""), 127, ()),
    "disassoc": (RT0 + mgmt(10, struct.pack("<H", 3)), 127, ()),
    "deauth": (RT0 + mgmt(12, struct.pack("<H", 7)), 127, ()),
    "deauth-e": (RT0 + mgmt(12, struct.pack("<H", 7)), 127, ("-e",)),
    "deauth-reserved": (RT0 + mgmt(12, struct.pack("<H", 200)), 127, ()),
    "auth-open-1": (RT0 + mgmt(11, struct.pack("<HHH", 0, 1, 0)), 127, ()),
    "auth-shared-2": (RT0 + mgmt(11, struct.pack("<HHH", 1, 2, 0)), 127, ()),
    "auth-shared-3": (RT0 + mgmt(11, struct.pack("<HHH", 1, 3, 1)), 127, ()),
    "auth-open-2": (RT0 + mgmt(11, struct.pack("<HHH", 0, 2, 0)), 127, ()),
    "auth-status-5": (RT0 + mgmt(11, struct.pack("<HHH", 0, 1, 5)), 127, ()),
    "auth-eap": (RT0 + mgmt(11, struct.pack("<HHH", 2, 1, 0)), 127, ()),
    "auth-reserved-4": (RT0 + mgmt(11, struct.pack("<HHH", 9, 4, 5)), 127, ()),
    "action-ba": (RT0 + mgmt(13, bytes([3, 0, 1, 2, 3])), 127, ()),
    "action-ba-e": (RT0 + mgmt(13, bytes([3, 0, 1, 2, 3])), 127, ("-e",)),
    "action-spectrum": (RT0 + mgmt(13, bytes([0, 1])), 127, ()),
    "action-mesh": (RT0 + mgmt(13, bytes([13, 4])), 127, ()),
    "action-selfprot": (RT0 + mgmt(13, bytes([15, 1])), 127, ()),
    "action-reserved": (RT0 + mgmt(13, bytes([4, 0])), 127, ()),
    "mgmt-unhandled": (RT0 + mgmt(14, b""), 127, ()),
    "rts": (RT0 + ctrl(11, A1 + A2), 127, ()),
    "rts-e": (RT0 + ctrl(11, A1 + A2), 127, ("-e",)),
    "cts": (RT0 + ctrl(12, A1), 127, ()),
    "ack": (RT0 + ACK, 127, ()),
    "ack-e": (RT0 + ACK, 127, ("-e",)),
    "ack-flags-ev": (RT0 + ctrl(13, A1, flags=0xFC), 127, ("-e", "-v")),
    "pspoll": (RT0 + ctrl(10, A1 + A2), 127, ()),
    "pspoll-ev": (RT0 + ctrl(10, A1 + A2, flags=0x10), 127, ("-e", "-v")),
    "cf-end": (RT0 + ctrl(14, A1 + A2), 127, ()),
    "cf-end-ack": (RT0 + ctrl(15, A1 + A2), 127, ()),
    "bar": (RT0 + ctrl(8, A1 + A2 + struct.pack("<HH", 4, 0x120)), 127, ()),
    "bar-e": (RT0 + ctrl(8, A1 + A2 + struct.pack("<HH", 4, 0x120)), 127, ("-e",)),
    "ba": (RT0 + ctrl(9, A1 + A2 + struct.pack("<HH", 4, 0x120) + bytes(8)), 127, ()),
    "ctrl-wrapper": (RT0 + ctrl(7, A1 + bytes(12)), 127, ()),
    "ctrl-unknown": (RT0 + ctrl(3, b""), 127, ()),
    "data-snap": (RT_BASIC + data(body=SNAP_IP), 127, ()),
    "data-snap-e": (RT_BASIC + data(body=SNAP_IP), 127, ("-e",)),
    "data-tods-e": (RT_BASIC + data(flags=1, body=SNAP_IP), 127, ("-e",)),
    "data-fromds-e": (RT_BASIC + data(flags=2, body=SNAP_IP), 127, ("-e",)),
    "data-wds-e": (RT_BASIC + data(flags=3, body=SNAP_IP, a4=A4), 127, ("-e",)),
    "data-qos-e": (RT_BASIC + data(fc=0x88, qos=5, body=SNAP_IP), 127, ("-e",)),
    "data-protected": (RT_BASIC + data(flags=0x40, body=bytes([1, 2, 0x20, 0x60]) + bytes(20)),
                       127, ()),
    "data-protected-ev": (RT_BASIC + data(flags=0x41, body=bytes(8)), 127, ("-e", "-v")),
    "data-null": (RT_BASIC + data(fc=0x48), 127, ()),
    "data-qos-null-e": (RT_BASIC + data(fc=0xC8, qos=0), 127, ("-e",)),
    "rt-tsft": (rt_field(0, struct.pack("<Q", 123456789)) + ACK, 127, ()),
    "rt-flags-cfp": (rt_field(1, b"\x01") + ACK, 127, ()),
    "rt-flags-shortpre": (rt_field(1, b"\x02") + ACK, 127, ()),
    "rt-flags-wep": (rt_field(1, b"\x04") + ACK, 127, ()),
    "rt-flags-frag": (rt_field(1, b"\x08") + ACK, 127, ()),
    "rt-flags-badfcs": (rt_field(1, b"\x40") + ACK, 127, ()),
    "rt-flags-fcs": (rt_field(1, b"\x10") + ACK + b"\x11\x22\x33\x44", 127, ()),
    "rt-rate-54": (rt_field(2, b"\x6c") + ACK, 127, ()),
    "rt-chan-11a": (rt_field(3, struct.pack("<HH", 5180, 0x0140)) + ACK, 127, ()),
    "rt-chan-11g": (rt_field(3, struct.pack("<HH", 2437, 0x00C0)) + ACK, 127, ()),
    "rt-chan-11g-dyn": (rt_field(3, struct.pack("<HH", 2437, 0x0480)) + ACK, 127, ()),
    "rt-chan-11g-half": (rt_field(3, struct.pack("<HH", 2437, 0x4480)) + ACK, 127, ()),
    "rt-chan-11a-quarter": (rt_field(3, struct.pack("<HH", 5180, 0x8140)) + ACK, 127, ()),
    "rt-chan-fhss-turbo": (rt_field(3, struct.pack("<HH", 2437, 0x0890)) + ACK, 127, ()),
    "rt-chan-none": (rt_field(3, struct.pack("<HH", 2437, 0)) + ACK, 127, ()),
    "rt-fhss": (rt_field(4, b"\x05\x07") + ACK, 127, ()),
    "rt-dbm-signal": (rt_field(5, b"\xc0") + ACK, 127, ()),
    "rt-dbm-noise": (rt_field(6, b"\xa0") + ACK, 127, ()),
    "rt-lock": (rt_field(7, struct.pack("<H", 77)) + ACK, 127, ()),
    "rt-txatt": (rt_field(8, struct.pack("<H", 3)) + ACK, 127, ()),
    "rt-dbtxatt": (rt_field(9, struct.pack("<H", 4)) + ACK, 127, ()),
    "rt-dbmtx": (rt_field(10, b"\xf0") + ACK, 127, ()),
    "rt-antenna": (rt_field(11, b"\x02") + ACK, 127, ()),
    "rt-db-signal": (rt_field(12, b"\x21") + ACK, 127, ()),
    "rt-db-noise": (rt_field(13, b"\x05") + ACK, 127, ()),
    "rt-rxflags": (rt_field(14, struct.pack("<H", 2)) + ACK, 127, ()),
    "rt-txflags-unknown": (rt_field(15, struct.pack("<H", 2)) + ACK, 127, ()),
    "rt-xchannel-ht20": (rt_field(18, struct.pack("<IHBB", 0x000100C0, 2437, 6, 20)) + ACK,
                         127, ()),
    "rt-xchannel-ht40u": (rt_field(18, struct.pack("<IHBB", 0x00020140, 5180, 36, 20)) + ACK,
                          127, ()),
    "rt-xchannel-ht40d": (rt_field(18, struct.pack("<IHBB", 0x00040140, 5180, 36, 20)) + ACK,
                          127, ()),
    "rt-mcs7-40-sgi": (rt_field(19, bytes([0x07, 0x05, 7])) + ACK, 127, ()),
    "rt-mcs15-all": (rt_field(19, bytes([0x1F, 0x1D, 15])) + ACK, 127, ()),
    "rt-mcs-unknown": (rt_field(19, bytes([0x00, 0x00, 3])) + ACK, 127, ()),
    "rt-mcs-bw-l": (rt_field(19, bytes([0x01, 0x02, 3])) + ACK, 127, ()),
    "rt-mcs-bw-u": (rt_field(19, bytes([0x01, 0x03, 3])) + ACK, 127, ()),
    "rt-mcs-stbc": (rt_field(19, bytes([0x7F, 0x7F, 3])) + ACK, 127, ()),
    "rt-mcs-stbc0": (rt_field(19, bytes([0x20, 0x00, 3])) + ACK, 127, ()),
    "rt-mcs-mixed": (rt_field(19, bytes([0x08, 0x00, 3])) + ACK, 127, ()),
    "rt-mcs-bcc": (rt_field(19, bytes([0x10, 0x00, 3])) + ACK, 127, ()),
    "rt-mcs-nobw": (rt_field(19, bytes([0x06, 0x00, 3])) + ACK, 127, ()),
    "rt-mcs80": (rt_field(19, bytes([0x03, 0x01, 80])) + ACK, 127, ()),
    "rt-mcs32-20": (rt_field(19, bytes([0x03, 0x00, 32])) + ACK, 127, ()),
    "rt-mcs32-40": (rt_field(19, bytes([0x07, 0x05, 32])) + ACK, 127, ()),
    "rt-mcs33": (rt_field(19, bytes([0x07, 0x00, 33])) + ACK, 127, ()),
    "rt-mcs76-40": (rt_field(19, bytes([0x07, 0x01, 76])) + ACK, 127, ()),
    "rt-mcs31": (rt_field(19, bytes([0x07, 0x00, 31])) + ACK, 127, ()),
    "rt-mcs-chan-11n": (rt(MCS | 8, struct.pack("<HH", 2412, 0x00A0) + bytes([0x07, 0x05, 7]))
                        + ACK, 127, ()),
    "rt-ampdu": (rt_field(20, struct.pack("<IHBB", 5, 0, 0, 0)) + ACK, 127, ()),
    "rt-vht": (rt_field(21, struct.pack("<HBB4sBBH", 0x0044, 0x04, 1, bytes([0x92, 0, 0, 0]),
                                        0, 0, 0)) + ACK, 127, ()),
    "rt-vht-2users": (rt_field(21, struct.pack("<HBB4sBBH", 0x0040, 0, 4, bytes([0x92, 0x13, 0, 0]),
                                               3, 0, 0)) + ACK, 127, ()),
    "rt-vht-160": (rt_field(21, struct.pack("<HBB4sBBH", 0x0044, 0, 11, bytes([1, 0, 0, 0]),
                                            0, 0, 0)) + ACK, 127, ()),
    "rt-timestamp-unknown": (rt_field(22, bytes(12)) + ACK, 127, ()),
    "rt-ext-unknown": (rt((1 << 2) | (1 << 5) | (1 << 31), b"\x02\xc0", (1 << 5,)) + ACK, 127, ()),
    "rt-ext-radiotap-ns": (rt((1 << 2) | (1 << 29) | (1 << 31), b"\x02\xc0", (1 << 5,)) + ACK,
                           127, ()),
    "rt-ext-vendor-ns": (rt((1 << 2) | (1 << 30) | (1 << 31),
                            b"\x02\x00" + bytes([0x00, 0x11, 0x22, 0x01, 4, 0]) + b"abcd\xc0",
                            (1 << 5,)) + ACK, 127, ()),
    "rt-field-past-header": (rt((1 << 3) | (1 << 5), b"\x6c\x09") + ACK, 127, ()),
    "rt-short": (b"\x00\x00\x08\x00\x00\x00", 127, ()),
    "rt-ext-missing": (bytes.fromhex("30300800303030fa"), 127, ()),
    "bare-beacon": (mgmt(8, FIXED + IES), 105, ()),
    "bare-data-e": (data(flags=2, body=SNAP_IP), 105, ("-e",)),
    "bare-trunc": (mgmt(8, b"")[:10], 105, ()),
}

EXPECTED: dict[str, str] = {
    'beacon': '1.0 Mb/s 2412 MHz 11b antenna 204 0dB signal Beacon (myssid) [1.0* 2.0* 5.5 11.0 Mbit] ESS CH: 6, PRIVACY',
    'beacon-e': '1.0 Mb/s 2412 MHz 11b antenna 204 0dB signal BSSID:cc:dd:ee:ff:00:11 DA:00:11:22:33:44:55 SA:66:77:88:99:aa:bb Beacon (myssid) [1.0* 2.0* 5.5 11.0 Mbit] ESS CH: 6, PRIVACY',
    'beacon-ev': '1.0 Mb/s 2412 MHz 11b antenna 204 0dB signal More Data Pwr Mgmt 314us BSSID:cc:dd:ee:ff:00:11 DA:00:11:22:33:44:55 SA:66:77:88:99:aa:bb Beacon (myssid) [1.0* 2.0* 5.5 11.0 Mbit] ESS CH: 6, PRIVACY',
    'beacon-ibss': 'Beacon () IBSS CH: 11',
    'beacon-cut-ie': 'Beacon (net) ESS, PRIVACY [|802.11]',
    'probe-resp': 'Probe Response (myssid) [1.0* 2.0* 5.5 11.0 Mbit] CH: 6, PRIVACY',
    'probe-req': 'Probe Request (myssid) [1.0* 2.0* 5.5 11.0 Mbit]',
    'assoc-req': 'Assoc Request (myssid) [1.0* 2.0* 5.5 11.0 Mbit]',
    'assoc-resp': 'Assoc Response AID(1) : PRIVACY : Successful',
    'reassoc-req': 'ReAssoc Request (myssid) AP : 02:03:04:05:06:07',
    'reassoc-resp': 'ReAssoc Response AID(5) :: Association denied because AP is unable to handle additional associated STAs',
    'reassoc-resp-na': 'ReAssoc Response AID(5) :: n/a',
    'atim': 'ATIM',
    'disassoc': 'Disassociation: Deauthenticated because sending STA is leaving (or has left) IBSS or ESS',
    'deauth': 'DeAuthentication (66:77:88:99:aa:bb): Class 3 frame received from nonassociated STA',
    'deauth-e': 'BSSID:cc:dd:ee:ff:00:11 DA:00:11:22:33:44:55 SA:66:77:88:99:aa:bb DeAuthentication: Class 3 frame received from nonassociated STA',
    'deauth-reserved': 'DeAuthentication (66:77:88:99:aa:bb): Reserved',
    'auth-open-1': 'Authentication (Open System)-1: Successful',
    'auth-shared-2': 'Authentication (Shared Key)-2 [Challenge Text] ',
    'auth-shared-3': 'Authentication (Shared Key)-3 [Challenge Text] Unspecified failure',
    'auth-open-2': 'Authentication (Open System)-2: ',
    'auth-status-5': 'Authentication (Open System)-1: Security disabled',
    'auth-eap': 'Authentication (EAP)-1: Successful',
    'auth-reserved-4': 'Authentication (Reserved)-4: ',
    'action-ba': 'Action (66:77:88:99:aa:bb): BA ADDBA Request',
    'action-ba-e': 'BSSID:cc:dd:ee:ff:00:11 DA:00:11:22:33:44:55 SA:66:77:88:99:aa:bb Action: BA ADDBA Request',
    'action-spectrum': 'Action (66:77:88:99:aa:bb): Spectrum Management Act#1',
    'action-mesh': 'Action (66:77:88:99:aa:bb): MeshAction MCCA Setup Request',
    'action-selfprot': 'Action (66:77:88:99:aa:bb): SelfprotectAction Peering Open',
    'action-reserved': 'Action (66:77:88:99:aa:bb): Reserved(4) Act#0',
    'mgmt-unhandled': 'Unhandled Management subtype(e)',
    'rts': 'Request-To-Send TA:66:77:88:99:aa:bb ',
    'rts-e': 'RA:00:11:22:33:44:55 TA:66:77:88:99:aa:bb Request-To-Send',
    'cts': 'Clear-To-Send RA:00:11:22:33:44:55 ',
    'ack': 'Acknowledgment RA:00:11:22:33:44:55 ',
    'ack-e': 'RA:00:11:22:33:44:55 Acknowledgment',
    'ack-flags-ev': 'More Data More Fragments Pwr Mgmt Retry Strictly Ordered Protected 314us RA:00:11:22:33:44:55 Acknowledgment',
    'pspoll': 'Power Save-Poll AID(13a)',
    'pspoll-ev': 'Pwr Mgmt BSSID:00:11:22:33:44:55 TA:66:77:88:99:aa:bb Power Save-Poll AID(13a)',
    'cf-end': 'CF-End RA:00:11:22:33:44:55 ',
    'cf-end-ack': 'CF-End+CF-Ack RA:00:11:22:33:44:55 ',
    'bar': 'BAR RA:00:11:22:33:44:55 TA:66:77:88:99:aa:bb CTL(4) SEQ(288) ',
    'bar-e': ' RA:00:11:22:33:44:55 TA:66:77:88:99:aa:bb CTL(4) SEQ(288) BAR',
    'ba': 'BA RA:00:11:22:33:44:55 ',
    'ctrl-wrapper': 'Control Wrapper',
    'ctrl-unknown': 'unknown 802.11 ctrl frame subtype (3)',
    'data-snap': '1.0 Mb/s 2412 MHz 11b antenna 204 0dB signal IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'data-snap-e': '1.0 Mb/s 2412 MHz 11b antenna 204 0dB signal DA:00:11:22:33:44:55 SA:66:77:88:99:aa:bb BSSID:cc:dd:ee:ff:00:11 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 84: 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'data-tods-e': '1.0 Mb/s 2412 MHz 11b antenna 204 0dB signal BSSID:00:11:22:33:44:55 SA:66:77:88:99:aa:bb DA:cc:dd:ee:ff:00:11 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 84: 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'data-fromds-e': '1.0 Mb/s 2412 MHz 11b antenna 204 0dB signal DA:00:11:22:33:44:55 BSSID:66:77:88:99:aa:bb SA:cc:dd:ee:ff:00:11 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 84: 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'data-wds-e': '1.0 Mb/s 2412 MHz 11b antenna 204 0dB signal RA:00:11:22:33:44:55 TA:66:77:88:99:aa:bb DA:cc:dd:ee:ff:00:11 SA:02:03:04:05:06:07 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 84: 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'data-qos-e': '1.0 Mb/s 2412 MHz 11b antenna 204 0dB signal CF +QoS DA:00:11:22:33:44:55 SA:66:77:88:99:aa:bb BSSID:cc:dd:ee:ff:00:11 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 84: 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'data-protected': '1.0 Mb/s 2412 MHz 11b antenna 204 0dB signal Data IV:200201 Pad 20 KeyID 1',
    'data-protected-ev': '1.0 Mb/s 2412 MHz 11b antenna 204 0dB signal Protected 314us BSSID:00:11:22:33:44:55 SA:66:77:88:99:aa:bb DA:cc:dd:ee:ff:00:11 Data IV:  0 Pad 0 KeyID 0',
    'data-null': '1.0 Mb/s 2412 MHz 11b antenna 204 0dB signal ',
    'data-qos-null-e': '1.0 Mb/s 2412 MHz 11b antenna 204 0dB signal CF +QoS DA:00:11:22:33:44:55 SA:66:77:88:99:aa:bb BSSID:cc:dd:ee:ff:00:11 ',
    'rt-tsft': '123456789us tsft Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-flags-cfp': 'cfp Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-flags-shortpre': 'short preamble Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-flags-wep': 'wep Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-flags-frag': 'fragmented Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-flags-badfcs': 'bad-fcs Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-flags-fcs': 'Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-rate-54': '54.0 Mb/s Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-chan-11a': '5180 MHz 11a Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-chan-11g': '2437 MHz 11g Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-chan-11g-dyn': '2437 MHz 11g Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-chan-11g-half': '2437 MHz 11g/10Mhz Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-chan-11a-quarter': '5180 MHz 11a/5Mhz Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-chan-fhss-turbo': '2437 MHz FHSS Turbo Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-chan-none': '2437 MHz Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-fhss': 'fhset 5 fhpat 7 Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-dbm-signal': '-64dBm signal Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-dbm-noise': '-96dBm noise Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-lock': '77 sq Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-txatt': '-3 tx power Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-dbtxatt': '-4dB tx attenuation Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-dbmtx': '-16dBm tx power Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-antenna': 'antenna 2 Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-db-signal': '33dB signal Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-db-noise': '5dB noise Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-rxflags': 'Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-txflags-unknown': '[bit 15] Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-xchannel-ht20': '2437 MHz 11g ht/20 Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-xchannel-ht40u': '5180 MHz 11a ht/40+ Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-xchannel-ht40d': '5180 MHz 11a ht/40- Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs7-40-sgi': '150.0 Mb/s MCS 7 40 MHz short GI Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs15-all': '300.0 Mb/s MCS 15 40 MHz short GI greenfield LDPC FEC Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs-unknown': 'Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs-bw-l': '20 MHz (L) Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs-bw-u': '20 MHz (U) Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs-stbc': '28.9 Mb/s MCS 3 20 MHz (U) short GI greenfield LDPC FEC RX-STBC3 Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs-stbc0': 'RX-STBC0 Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs-mixed': 'mixed Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs-bcc': 'BCC FEC Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs-nobw': '26.0 Mb/s MCS 3 long GI Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs80': 'MCS 80 40 MHz Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs32-20': 'MCS 32 20 MHz Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs32-40': '6.7 Mb/s MCS 32 40 MHz short GI Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs33': '39.0 Mb/s MCS 33 20 MHz long GI Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs76-40': '445.5 Mb/s MCS 76 40 MHz long GI Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs31': '260.0 Mb/s MCS 31 20 MHz long GI Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-mcs-chan-11n': '2412 MHz 11n 150.0 Mb/s MCS 7 40 MHz short GI Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-ampdu': 'Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-vht': 'User 0 MCS 9 BCC FEC 40 MHz short GI Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-vht-2users': 'User 0 MCS 9 LDPC FEC User 1 MCS 1 LDPC FEC 80 MHz Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-vht-160': 'User 0 MCS 0 BCC FEC 160 MHz long GI Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-timestamp-unknown': '[bit 22] Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-ext-unknown': '1.0 Mb/s -64dBm signal [bit 37] Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-ext-radiotap-ns': '1.0 Mb/s -64dBm signal Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-ext-vendor-ns': '1.0 Mb/s Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-field-past-header': ' [|802.11_radio]Acknowledgment RA:00:11:22:33:44:55 ',
    'rt-short': ' [|802.11_radio]',
    'rt-ext-missing': ' [|802.11_radio]',
    'bare-beacon': 'Beacon (myssid) [1.0* 2.0* 5.5 11.0 Mbit] ESS CH: 6, PRIVACY',
    'bare-data-e': 'DA:00:11:22:33:44:55 BSSID:66:77:88:99:aa:bb SA:cc:dd:ee:ff:00:11 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 84: 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'bare-trunc': ' [|802.11]',
}

# --- tcpdump --------------------------------------------------------------------------


def tcpdump_part(text: str, flags: tuple[str, ...]) -> str:
    return text


def ctx_for(flags: tuple[str, ...]) -> Context:
    return Context(opts=Options(verbose=1 if "-v" in flags else 0, link_header="-e" in flags))


def ours(frame: bytes, linktype: int, flags: tuple[str, ...],
         wirelen: int | None = None) -> tuple[str, bool]:
    ctx = ctx_for(flags)
    n = len(frame) if wirelen is None else wirelen
    if linktype == 127:
        rec = W.decode_ieee80211_radio(frame, n, ctx)
        return W.format_ieee80211_radio(rec, ctx), rec.inner is not None
    rec = W.decode_ieee80211(frame, n, ctx)
    return W.format_ieee80211(rec, ctx), rec.inner is not None


def agrees(mine: str, inner: bool, theirs: str) -> bool:
    return mine == theirs or (inner and theirs.startswith(mine))


# --- tests ----------------------------------------------------------------------------


@pytest.mark.parametrize("cid", sorted(CASES))
def test_recorded(cid: str) -> None:
    frame, lt, flags = CASES[cid]
    mine, inner = ours(frame, lt, flags)
    assert agrees(mine, inner, EXPECTED[cid]), (mine, EXPECTED[cid])


def test_inner() -> None:
    """Data frames hand the SNAP payload on by ethertype, other LLC to the LLC table."""
    rec = W.decode_ieee80211_radio(CASES["data-snap"][0], len(CASES["data-snap"][0]), Context())
    assert rec.inner == ("ethertype", 0x0800, len(RT_BASIC) + 24 + 8)
    stp = RT0 + data(body=bytes.fromhex("424203") + bytes(35))
    rec = W.decode_ieee80211_radio(stp, len(stp), Context())
    assert rec.inner == ("llc", 0, len(RT0) + 24)
    assert W.decode_radiotap is W.decode_ieee80211_radio


@needs_tcpdump
def test_live_cases() -> None:
    binary = tcpdump_path()
    groups: dict[tuple[int, tuple[str, ...]], list[str]] = {}
    for cid, (_f, lt, flags) in CASES.items():
        groups.setdefault((lt, flags), []).append(cid)
    for (lt, flags), ids in groups.items():
        texts = run_tcpdump(binary, [CASES[c][0] for c in ids], lt, flags)
        assert len(texts) == len(ids)
        for cid, text in zip(ids, texts):
            mine, inner = ours(CASES[cid][0], lt, flags)
            assert agrees(mine, inner, text), (cid, mine, text)


def _wifi_files() -> list[Path]:
    out = []
    for p in sorted((CORPUS / "tcpdump").glob("*.pcap*")):
        try:
            with open_reader(p) as r:
                if r.linktype in (105, 127):
                    out.append(p)
        except purepcap.PcapError:
            continue
    return out


@needs_corpus
@needs_tcpdump
@pytest.mark.parametrize("flags", [(), ("-e",), ("-v",), ("-e", "-v")],
                         ids=["plain", "e", "v", "ev"])
def test_corpus(flags: tuple[str, ...]) -> None:
    """Every packet of the 802.11 corpus captures: our text is tcpdump's (or its
    beginning, where the frame hands a payload on)."""
    binary = tcpdump_path()
    total = 0
    bad: list[str] = []
    files = _wifi_files()
    assert len(files) >= 180
    for path in files:
        with open_reader(path) as r:
            lt = r.linktype
            pkts = [(bytes(p.data), p.wirelen) for p in r]
        texts = _packets(subprocess.run([binary, "-n", "-tt", *flags, "-r", str(path)],
                                        capture_output=True, text=True, errors="replace",
                                        check=False).stdout)
        assert len(texts) == len(pkts), path.name
        for i, ((d, w), theirs) in enumerate(zip(pkts, texts)):
            total += 1
            mine, inner = ours(d, lt, flags, w)
            if not agrees(mine, inner, theirs):
                bad.append(f"{path.name}#{i}: {theirs[:200]!r} != {mine[:200]!r}")
    assert total >= 210
    assert not bad, "\n".join(bad[:10])


# --- never raise ------------------------------------------------------------------------

_SEEDS = [f for f, _lt, _fl in CASES.values()]
_OPTS = [Options(verbose=v, link_header=e) for v in (0, 1, 2) for e in (False, True)]


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    base = bytearray(draw(st.sampled_from(_SEEDS)))
    for _ in range(draw(st.integers(0, 8))):
        if not base:
            break
        base[draw(st.integers(0, len(base) - 1))] = draw(st.integers(0, 255))
    return bytes(base[:draw(st.integers(0, len(base)))])


@settings(max_examples=400, deadline=None)
@given(frame=st.one_of(st.binary(max_size=200), _mutated()), extra=st.integers(0, 100),
       opt=st.sampled_from(_OPTS))
def test_never_raises(frame: bytes, extra: int, opt: Options) -> None:
    ctx = Context(opts=opt)
    rec = W.decode_ieee80211_radio(frame, len(frame) + extra, ctx)
    assert isinstance(W.format_ieee80211_radio(rec, ctx), str)
    rec.to_json()
    rec2 = W.decode_ieee80211(frame, len(frame) + extra, ctx)
    assert isinstance(W.format_ieee80211(rec2, ctx), str)
    rec2.to_json()
