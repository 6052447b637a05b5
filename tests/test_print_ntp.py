"""NTP printer (purepcap.printer.ntp) against tcpdump 4.99.3.

Messages built here with the text tcpdump 4.99.3 printed for them (copied
from its output; these run without tcpdump), the same messages and random
mutations compared with a live tcpdump (also under a non-UTC time zone:
dates are UTC), and the tcpdump test-suite captures that carry NTP.
"""

from __future__ import annotations

import random
import struct
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import app_payloads as ap
from purepcap.printer import ntp
from purepcap.printer._base import Context, Options

PRINTERS: dict[str, ap.Printer] = {"ntp": (ntp.decode_ntp, ntp.format_ntp)}

T = 0xE9A1B2C3 << 32 | 0x80000000      # 2024-03-17T18:19:47.5Z


def msg(li: int = 0, vn: int = 4, mode: int = 3, stratum: int = 2, poll: int = 6, prec: int = -20,
        delay: int = 0x00012345, disp: int = 0x0000FFFF, refid: bytes = b"\xc0\xa8\x01\x01",
        ref: int = 0, org: int = 0, rec: int = 0, xmt: int = 0, extra: bytes = b"") -> bytes:
    return struct.pack("!BBbbII4sQQQQ", (li << 6) | (vn << 3) | mode, stratum, poll, prec, delay, disp,
                       refid, ref, org, rec, xmt) + extra


def ctl(c: int = 0x02, seq: int = 1, status: int = 0, assoc: int = 0, off: int = 0, count: int = 0,
        data: bytes = b"", vn: int = 2) -> bytes:
    return struct.pack("!BBHHHHH", (vn << 3) | 6, c, seq, status, assoc, off, count) + data


# (id, message, captured bytes of the message or None for all)
CASES: list[tuple[str, bytes, int | None]] = [
    ("client", msg(xmt=T), None),
    ("server", msg(mode=4, stratum=1, refid=b"GPS\0", ref=T - (5 << 32), org=T, rec=T + 123456789,
                   xmt=T + (1 << 32) + 5), None),
    ("symmetric-active-v3", msg(vn=3, mode=1, li=3, stratum=16, poll=10, xmt=T), None),
    ("symmetric-passive-leap", msg(mode=2, li=1, xmt=T), None),
    ("broadcast-v1", msg(vn=1, mode=5, li=2, stratum=15, poll=-3, xmt=T), None),
    ("unspecified-mode", msg(mode=0, stratum=0), None),
    ("reserved-mode", msg(mode=7, vn=2), None),
    ("info-query", msg(stratum=62), None),
    ("info-reply", msg(stratum=63), None),
    ("poll-out-of-range", msg(poll=-32, prec=127), None),
    ("poll-31", msg(poll=31, prec=-128), None),
    ("originator-later", msg(org=T + (3 << 32), rec=T, xmt=T + 7), None),
    ("same-second", msg(org=T + 7, rec=T + 3, xmt=T + 7), None),
    ("borrow", msg(org=T, rec=T + (2 << 32) - 5, xmt=T - (2 << 32) + 5), None),
    ("dates-extremes", msg(ref=1, org=2208988800 << 32, rec=(0xFFFFFFFF << 32) | 0xFFFFFFFF, xmt=(1000 << 32) | 1), None),
    ("refid-escapes", msg(refid=b"\x00\x7f\x80\xff", stratum=1), None),
    ("root-fields", msg(delay=0xFFFFFFFF, disp=0x80008000), None),
    ("key-id", msg(xmt=T, extra=b"\0\0\0\x07"), None),
    ("key-md5", msg(xmt=T, extra=bytes(range(20))), None),
    ("key-sha1", msg(xmt=T, extra=bytes(range(24))), None),
    ("extra-bytes", msg(xmt=T, extra=bytes(100)), None),
    ("short", msg()[:47], None),
    ("one-byte", b"\x23", None),
    ("empty", b"", None),
    ("cut-in-timestamps", msg(xmt=T), 30),
    ("cut-in-digest", msg(xmt=T, extra=bytes(range(20))), 60),
    ("control-request", ctl(c=0x02, seq=65535, status=0x0615, assoc=12345, off=3), None),
    ("control-response-error-more", ctl(c=0xE0 | 31, seq=7), None),
    ("control-with-data", ctl(c=0x82, count=4, data=b"abcd", status=1), None),
    ("control-count-too-big", ctl(count=8, data=b"abcd"), None),
    ("control-short", ctl()[:11], None),
    ("control-cut", ctl(count=4, data=b"abcd"), 9),
]

# tcpdump 4.99.3's text for each case with -n, -n -v, -n -vv, -n -vvv
EXPECTED: dict[str, tuple[str, str, str, str]] = {
    'client': (
        'NTPv4, Client, length 48',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)',
    ),
    'server': (
        'NTPv4, Server, length 48',
        'NTPv4, Server, length 48\n\tLeap indicator:  (0), Stratum 1 (primary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: GPS^@\n\t  Reference Timestamp:  3919688382.500000000 (2024-03-17T18:19:42Z)\n\t  Originator Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\t  Receive Timestamp:    3919688387.528744523 (2024-03-17T18:19:47Z)\n\t  Transmit Timestamp:   3919688388.500000001 (2024-03-17T18:19:48Z)\n\t    Originator - Receive Timestamp:  +0.028744523\n\t    Originator - Transmit Timestamp: +1.000000001',
        'NTPv4, Server, length 48\n\tLeap indicator:  (0), Stratum 1 (primary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: GPS^@\n\t  Reference Timestamp:  3919688382.500000000 (2024-03-17T18:19:42Z)\n\t  Originator Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\t  Receive Timestamp:    3919688387.528744523 (2024-03-17T18:19:47Z)\n\t  Transmit Timestamp:   3919688388.500000001 (2024-03-17T18:19:48Z)\n\t    Originator - Receive Timestamp:  +0.028744523\n\t    Originator - Transmit Timestamp: +1.000000001',
        'NTPv4, Server, length 48\n\tLeap indicator:  (0), Stratum 1 (primary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: GPS^@\n\t  Reference Timestamp:  3919688382.500000000 (2024-03-17T18:19:42Z)\n\t  Originator Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\t  Receive Timestamp:    3919688387.528744523 (2024-03-17T18:19:47Z)\n\t  Transmit Timestamp:   3919688388.500000001 (2024-03-17T18:19:48Z)\n\t    Originator - Receive Timestamp:  +0.028744523\n\t    Originator - Transmit Timestamp: +1.000000001',
    ),
    'symmetric-active-v3': (
        'NTPv3, symmetric active, length 48',
        'NTPv3, symmetric active, length 48\n\tLeap indicator: clock unsynchronized (192), Stratum 16 (reserved), poll 10 (1024s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)',
        'NTPv3, symmetric active, length 48\n\tLeap indicator: clock unsynchronized (192), Stratum 16 (reserved), poll 10 (1024s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)',
        'NTPv3, symmetric active, length 48\n\tLeap indicator: clock unsynchronized (192), Stratum 16 (reserved), poll 10 (1024s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)',
    ),
    'symmetric-passive-leap': (
        'NTPv4, symmetric passive, length 48',
        'NTPv4, symmetric passive, length 48\n\tLeap indicator: +1s (64), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)',
        'NTPv4, symmetric passive, length 48\n\tLeap indicator: +1s (64), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)',
        'NTPv4, symmetric passive, length 48\n\tLeap indicator: +1s (64), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)',
    ),
    'broadcast-v1': (
        'NTPv1, Broadcast, length 48',
        'NTPv1, Broadcast, length 48\n\tLeap indicator: -1s (128), Stratum 15 (secondary reference), poll -3 (1/8s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)',
        'NTPv1, Broadcast, length 48\n\tLeap indicator: -1s (128), Stratum 15 (secondary reference), poll -3 (1/8s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)',
        'NTPv1, Broadcast, length 48\n\tLeap indicator: -1s (128), Stratum 15 (secondary reference), poll -3 (1/8s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)',
    ),
    'unspecified-mode': (
        'NTPv4, unspecified, length 48',
        'NTPv4, unspecified, length 48\n\tLeap indicator:  (0), Stratum 0 (unspecified), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: (unspec)\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000',
        'NTPv4, unspecified, length 48\n\tLeap indicator:  (0), Stratum 0 (unspecified), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: (unspec)\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000',
        'NTPv4, unspecified, length 48\n\tLeap indicator:  (0), Stratum 0 (unspecified), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: (unspec)\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000',
    ),
    'reserved-mode': (
        'NTPv2, Reserved, length 48',
        'NTPv2, Reserved, length 48\n\tLeap indicator:  (0)',
        'NTPv2, Reserved, length 48\n\tLeap indicator:  (0)',
        'NTPv2, Reserved, length 48\n\tLeap indicator:  (0)',
    ),
    'info-query': (
        'NTPv4, Client, length 48',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 62 (reserved), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 192.168.1.1 INFO_QUERY',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 62 (reserved), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 192.168.1.1 INFO_QUERY',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 62 (reserved), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 192.168.1.1 INFO_QUERY',
    ),
    'info-reply': (
        'NTPv4, Client, length 48',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 63 (reserved), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 192.168.1.1 INFO_REPLY',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 63 (reserved), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 192.168.1.1 INFO_REPLY',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 63 (reserved), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 192.168.1.1 INFO_REPLY',
    ),
    'poll-out-of-range': (
        'NTPv4, Client, length 48',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll -32, precision 127\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll -32, precision 127\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll -32, precision 127\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000',
    ),
    'poll-31': (
        'NTPv4, Client, length 48',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 31 (2147483648s), precision -128\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 31 (2147483648s), precision -128\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 31 (2147483648s), precision -128\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000',
    ),
    'originator-later': (
        'NTPv4, Client, length 48',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 3919688390.500000000 (2024-03-17T18:19:50Z)\n\t  Receive Timestamp:    3919688387.500000000 (2024-03-17T18:19:47Z)\n\t  Transmit Timestamp:   3919688387.500000001 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  -3.000000000\n\t    Originator - Transmit Timestamp: -2.999999998',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 3919688390.500000000 (2024-03-17T18:19:50Z)\n\t  Receive Timestamp:    3919688387.500000000 (2024-03-17T18:19:47Z)\n\t  Transmit Timestamp:   3919688387.500000001 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  -3.000000000\n\t    Originator - Transmit Timestamp: -2.999999998',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 3919688390.500000000 (2024-03-17T18:19:50Z)\n\t  Receive Timestamp:    3919688387.500000000 (2024-03-17T18:19:47Z)\n\t  Transmit Timestamp:   3919688387.500000001 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  -3.000000000\n\t    Originator - Transmit Timestamp: -2.999999998',
    ),
    'same-second': (
        'NTPv4, Client, length 48',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 3919688387.500000001 (2024-03-17T18:19:47Z)\n\t  Receive Timestamp:    3919688387.500000000 (2024-03-17T18:19:47Z)\n\t  Transmit Timestamp:   3919688387.500000001 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  -0.000000000\n\t    Originator - Transmit Timestamp: -0.000000000',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 3919688387.500000001 (2024-03-17T18:19:47Z)\n\t  Receive Timestamp:    3919688387.500000000 (2024-03-17T18:19:47Z)\n\t  Transmit Timestamp:   3919688387.500000001 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  -0.000000000\n\t    Originator - Transmit Timestamp: -0.000000000',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 3919688387.500000001 (2024-03-17T18:19:47Z)\n\t  Receive Timestamp:    3919688387.500000000 (2024-03-17T18:19:47Z)\n\t  Transmit Timestamp:   3919688387.500000001 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  -0.000000000\n\t    Originator - Transmit Timestamp: -0.000000000',
    ),
    'borrow': (
        'NTPv4, Client, length 48',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\t  Receive Timestamp:    3919688389.499999998 (2024-03-17T18:19:49Z)\n\t  Transmit Timestamp:   3919688385.500000001 (2024-03-17T18:19:45Z)\n\t    Originator - Receive Timestamp:  +1.999999998\n\t    Originator - Transmit Timestamp: -1.999999998',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\t  Receive Timestamp:    3919688389.499999998 (2024-03-17T18:19:49Z)\n\t  Transmit Timestamp:   3919688385.500000001 (2024-03-17T18:19:45Z)\n\t    Originator - Receive Timestamp:  +1.999999998\n\t    Originator - Transmit Timestamp: -1.999999998',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\t  Receive Timestamp:    3919688389.499999998 (2024-03-17T18:19:49Z)\n\t  Transmit Timestamp:   3919688385.500000001 (2024-03-17T18:19:45Z)\n\t    Originator - Receive Timestamp:  +1.999999998\n\t    Originator - Transmit Timestamp: -1.999999998',
    ),
    'dates-extremes': (
        'NTPv4, Client, length 48',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 2208988800.000000000 (1970-01-01T00:00:00Z)\n\t  Receive Timestamp:    4294967295.999999999 (2036-02-07T06:28:15Z)\n\t  Transmit Timestamp:   1000.000000000 (1900-01-01T00:16:40Z)\n\t    Originator - Receive Timestamp:  +2085978495.999999999\n\t    Originator - Transmit Timestamp: -2208987799.999999999',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 2208988800.000000000 (1970-01-01T00:00:00Z)\n\t  Receive Timestamp:    4294967295.999999999 (2036-02-07T06:28:15Z)\n\t  Transmit Timestamp:   1000.000000000 (1900-01-01T00:16:40Z)\n\t    Originator - Receive Timestamp:  +2085978495.999999999\n\t    Originator - Transmit Timestamp: -2208987799.999999999',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 2208988800.000000000 (1970-01-01T00:00:00Z)\n\t  Receive Timestamp:    4294967295.999999999 (2036-02-07T06:28:15Z)\n\t  Transmit Timestamp:   1000.000000000 (1900-01-01T00:16:40Z)\n\t    Originator - Receive Timestamp:  +2085978495.999999999\n\t    Originator - Transmit Timestamp: -2208987799.999999999',
    ),
    'refid-escapes': (
        'NTPv4, Client, length 48',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 1 (primary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: ^@^?M-^@M-^?\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 1 (primary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: ^@^?M-^@M-^?\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 1 (primary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: ^@^?M-^@M-^?\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000',
    ),
    'root-fields': (
        'NTPv4, Client, length 48',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 65535.999984, Root dispersion: 32768.500000, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 65535.999984, Root dispersion: 32768.500000, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 65535.999984, Root dispersion: 32768.500000, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000',
    ),
    'key-id': (
        'NTPv4, Client, length 52',
        'NTPv4, Client, length 52\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\tKey id: 7',
        'NTPv4, Client, length 52\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\tKey id: 7',
        'NTPv4, Client, length 52\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\tKey id: 7',
    ),
    'key-md5': (
        'NTPv4, Client, length 68',
        'NTPv4, Client, length 68\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\tKey id: 66051\n\tAuthentication: 0405060708090a0b0c0d0e0f10111213',
        'NTPv4, Client, length 68\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\tKey id: 66051\n\tAuthentication: 0405060708090a0b0c0d0e0f10111213',
        'NTPv4, Client, length 68\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\tKey id: 66051\n\tAuthentication: 0405060708090a0b0c0d0e0f10111213',
    ),
    'key-sha1': (
        'NTPv4, Client, length 72',
        'NTPv4, Client, length 72\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\tKey id: 66051\n\tAuthentication: 0405060708090a0b0c0d0e0f1011121314151617',
        'NTPv4, Client, length 72\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\tKey id: 66051\n\tAuthentication: 0405060708090a0b0c0d0e0f1011121314151617',
        'NTPv4, Client, length 72\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\tKey id: 66051\n\tAuthentication: 0405060708090a0b0c0d0e0f1011121314151617',
    ),
    'extra-bytes': (
        'NTPv4, Client, length 148',
        'NTPv4, Client, length 148\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\t(100 more bytes after the header)',
        'NTPv4, Client, length 148\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\t(100 more bytes after the header)',
        'NTPv4, Client, length 148\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\t(100 more bytes after the header)',
    ),
    'short': (
        'NTPv4, Client, length 47',
        'NTPv4, Client, length 47\n\tLeap indicator:  (0) (invalid)',
        'NTPv4, Client, length 47\n\tLeap indicator:  (0) (invalid)',
        'NTPv4, Client, length 47\n\tLeap indicator:  (0) (invalid)',
    ),
    'one-byte': (
        'NTPv4, Client, length 1',
        'NTPv4, Client, length 1\n\tLeap indicator:  (0) (invalid)',
        'NTPv4, Client, length 1\n\tLeap indicator:  (0) (invalid)',
        'NTPv4, Client, length 1\n\tLeap indicator:  (0) (invalid)',
    ),
    'empty': (
        ' [|ntp]',
        ' [|ntp]',
        ' [|ntp]',
        ' [|ntp]',
    ),
    'cut-in-timestamps': (
        'NTPv4, Client, length 48',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000 [|ntp]',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000 [|ntp]',
        'NTPv4, Client, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000 [|ntp]',
    ),
    'cut-in-digest': (
        'NTPv4, Client, length 68',
        'NTPv4, Client, length 68\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\tKey id: 66051 [|ntp]',
        'NTPv4, Client, length 68\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\tKey id: 66051 [|ntp]',
        'NTPv4, Client, length 68\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20\n\tRoot Delay: 1.137771, Root dispersion: 0.999984, Reference-ID: 0xc0a80101\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3919688387.500000000 (2024-03-17T18:19:47Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3919688387.500000000 (2024-03-17T18:19:47Z)\n\tKey id: 66051 [|ntp]',
    ),
    'control-request': (
        'NTPv2, Control Message, length 12',
        'NTPv2, Control Message, length 12\n\tLeap indicator:  (0), Request, OK, Last, OpCode=2\n\tSequence=65535, Status=0x615, Assoc.=12345, Offset=3, Count=0',
        'NTPv2, Control Message, length 12\n\tLeap indicator:  (0), Request, OK, Last, OpCode=2\n\tSequence=65535, Status=0x615, Assoc.=12345, Offset=3, Count=0',
        'NTPv2, Control Message, length 12\n\tLeap indicator:  (0), Request, OK, Last, OpCode=2\n\tSequence=65535, Status=0x615, Assoc.=12345, Offset=3, Count=0',
    ),
    'control-response-error-more': (
        'NTPv2, Control Message, length 12',
        'NTPv2, Control Message, length 12\n\tLeap indicator:  (0), Response, Error, More, OpCode=31\n\tSequence=7, Status=0, Assoc.=0, Offset=0, Count=0',
        'NTPv2, Control Message, length 12\n\tLeap indicator:  (0), Response, Error, More, OpCode=31\n\tSequence=7, Status=0, Assoc.=0, Offset=0, Count=0',
        'NTPv2, Control Message, length 12\n\tLeap indicator:  (0), Response, Error, More, OpCode=31\n\tSequence=7, Status=0, Assoc.=0, Offset=0, Count=0',
    ),
    'control-with-data': (
        'NTPv2, Control Message, length 16',
        'NTPv2, Control Message, length 16\n\tLeap indicator:  (0), Response, OK, Last, OpCode=2\n\tSequence=1, Status=0x1, Assoc.=0, Offset=0, Count=4\n\tTO-BE-DONE: data not interpreted',
        'NTPv2, Control Message, length 16\n\tLeap indicator:  (0), Response, OK, Last, OpCode=2\n\tSequence=1, Status=0x1, Assoc.=0, Offset=0, Count=4\n\tTO-BE-DONE: data not interpreted',
        'NTPv2, Control Message, length 16\n\tLeap indicator:  (0), Response, OK, Last, OpCode=2\n\tSequence=1, Status=0x1, Assoc.=0, Offset=0, Count=4\n\tTO-BE-DONE: data not interpreted',
    ),
    'control-count-too-big': (
        'NTPv2, Control Message, length 16',
        'NTPv2, Control Message, length 16\n\tLeap indicator:  (0), Request, OK, Last, OpCode=2\n\tSequence=1, Status=0, Assoc.=0, Offset=0, Count=8 (invalid)',
        'NTPv2, Control Message, length 16\n\tLeap indicator:  (0), Request, OK, Last, OpCode=2\n\tSequence=1, Status=0, Assoc.=0, Offset=0, Count=8 (invalid)',
        'NTPv2, Control Message, length 16\n\tLeap indicator:  (0), Request, OK, Last, OpCode=2\n\tSequence=1, Status=0, Assoc.=0, Offset=0, Count=8 (invalid)',
    ),
    'control-short': (
        'NTPv2, Control Message, length 11',
        'NTPv2, Control Message, length 11\n\tLeap indicator:  (0) (invalid)',
        'NTPv2, Control Message, length 11\n\tLeap indicator:  (0) (invalid)',
        'NTPv2, Control Message, length 11\n\tLeap indicator:  (0) (invalid)',
    ),
    'control-cut': (
        'NTPv2, Control Message, length 16',
        'NTPv2, Control Message, length 16\n\tLeap indicator:  (0), Request, OK, Last, OpCode=2\n\tSequence=1, Status=0, Assoc.=0 [|ntp]',
        'NTPv2, Control Message, length 16\n\tLeap indicator:  (0), Request, OK, Last, OpCode=2\n\tSequence=1, Status=0, Assoc.=0 [|ntp]',
        'NTPv2, Control Message, length 16\n\tLeap indicator:  (0), Request, OK, Last, OpCode=2\n\tSequence=1, Status=0, Assoc.=0 [|ntp]',
    ),
}


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_known_text(case: tuple[str, bytes, int | None]) -> None:
    cid, m, cut = case
    for verbose, want in enumerate(EXPECTED[cid]):
        got = ap.ours(PRINTERS["ntp"], m if cut is None else m[:cut], len(m), verbose)
        assert got == want, (cid, verbose)


def _file(path: Path, items: list[tuple[bytes, int | None]]) -> Path:
    frames, caps = [], []
    for m, cut in items:
        frame = ap.frame_for("ntp", m)
        frames.append(frame)
        caps.append(len(frame) - len(m) + (len(m) if cut is None else cut))
    return ap.write_pcap(path, frames, caplens=caps)


@pytest.mark.oracle
@pytest.mark.parametrize("tz", ["", "America/New_York"])
def test_cases_against_tcpdump(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tz: str) -> None:
    if ap.tcpdump() is None:
        pytest.skip(ap.TCPDUMP_MISSING)
    if tz:
        monkeypatch.setenv("TZ", tz)
    items = [(m, cut) for _, m, cut in CASES]
    for _, m, cut in CASES:
        if cut is None:
            items += [(m, k) for k in range(0, len(m), 3)]
    count, diffs = ap.compare_file(_file(tmp_path / "ntp.pcap", items), PRINTERS)
    assert count == 4 * len(items)
    assert not diffs, "\n".join(diffs)


@pytest.mark.oracle
def test_mutations_against_tcpdump(tmp_path: Path) -> None:
    if ap.tcpdump() is None:
        pytest.skip(ap.TCPDUMP_MISSING)
    rng = random.Random(123)
    items: list[tuple[bytes, int | None]] = []
    for _ in range(300):
        m = ap.mutate(rng, rng.choice(CASES)[1])
        if rng.random() < 0.3:
            m = bytes(rng.randrange(256) for _ in range(rng.choice([12, 48, 52, 68, 72, 80])))
        items.append((m, None))
    count, diffs = ap.compare_file(_file(tmp_path / "ntp-mutated.pcap", items), PRINTERS)
    assert count == 4 * len(items)
    assert not diffs, "\n".join(diffs)


CORPUS_FILES = ["ntp.pcap", "ntp-control.pcap", "ntp-mode7.pcap", "ntp-time.pcap", "ntp-time-ef.pcap"]


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


@settings(max_examples=300, deadline=None)
@given(m=st.binary(max_size=100), extra=st.integers(-10, 30))
def test_never_raises(m: bytes, extra: int) -> None:
    for verbose in range(4):
        ctx = Context(opts=Options(verbose=verbose))
        rec = ntp.decode_ntp(m, max(0, len(m) + extra), ctx)
        assert isinstance(ntp.format_ntp(rec, ctx), str)
        rec.to_json()


def test_time_is_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        # RFC 5905: era 0 starts 1900-01-01T00:00:00Z; 2208988800 s later is the Unix epoch
        assert ntp.ntp_time(2208988800 << 32) == "2208988800.000000000 (1970-01-01T00:00:00Z)"
        assert ntp.ntp_time(0) == "0.000000000"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_record_fields() -> None:
    m = msg(mode=4, stratum=1, refid=b"GPS\0", xmt=T)
    rec = ntp.decode_ntp(m, len(m), Context())
    assert (rec.version, rec.mode, rec.stratum, rec.refid, rec.transmit) == (4, 4, 1, b"GPS\0", T)
