"""BOOTP/DHCP printer (purepcap.printer.bootp) against tcpdump 4.99.3.

Messages built here with the text tcpdump 4.99.3 printed for them (copied
from its output; these run without tcpdump), the same messages and random
mutations compared with a live tcpdump, and the tcpdump test-suite captures
that carry BOOTP.  Texts are the printer's part of the packet's text (from
``"BOOTP/DHCP, "`` on, several lines with ``-v``).
"""

from __future__ import annotations

import random
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import app_payloads as ap
from purepcap.printer import bootp
from purepcap.printer._base import Context, Options

PRINTERS: dict[str, ap.Printer] = {"bootp": (bootp.decode_bootp, bootp.format_bootp)}

MAC = bytes.fromhex("001122334455")
GW = bytes([192, 168, 1, 1])
COOKIE = b"\x63\x82\x53\x63"


def msg(op: int = 1, htype: int = 1, hlen: int = 6, hops: int = 0, xid: int = 0x12345678, secs: int = 0,
        flags: int = 0, ci: int = 0, yi: int = 0, si: int = 0, gi: int = 0, mac: bytes = MAC,
        sname: bytes = b"", file: bytes = b"", vend: bytes | None = None, opts: bytes = b"") -> bytes:
    h = struct.pack("!BBBBIHHIIII", op, htype, hlen, hops, xid, secs, flags, ci, yi, si, gi)
    h += mac.ljust(16, b"\0") + sname.ljust(64, b"\0")[:64] + file.ljust(128, b"\0")[:128]
    return h + (COOKIE + opts if vend is None else vend)


def o(tag: int, data: bytes) -> bytes:
    return bytes([tag, len(data)]) + data


END = b"\xff"
DISCOVER = msg(opts=o(53, b"\x01") + o(50, bytes([192, 168, 1, 4])) + o(55, bytes([1, 28, 2, 3, 15, 6, 12, 44, 250]))
               + o(12, b"myhost") + o(61, b"\x01" + MAC) + o(60, b"MSFT 5.0") + END + b"\0" * 8)
OFFER = msg(op=2, yi=0xC0A80104, si=0xC0A80101, flags=0x8000, secs=7, opts=o(53, b"\x02") + o(54, GW)
            + o(51, b"\x00\x01\x51\x80") + o(58, b"\x00\x00\xa8\xc0") + o(1, b"\xff\xff\xff\x00")
            + o(3, GW) + o(6, GW + bytes([8, 8, 8, 8])) + o(15, b"Home") + o(28, b"\xc0\xa8\x01\xff") + END)

# (id, message, captured bytes of the message or None for all)
CASES: list[tuple[str, bytes, int | None]] = [
    ("discover", DISCOVER, None),
    ("offer", OFFER, None),
    ("relayed-request", msg(hops=2, gi=0x0A000001, ci=0x0A000005, xid=0, opts=o(53, b"\x03") + o(82, b"\x01\x04eth0"
                                                                                               b"\x02\x06abcdef\x06\x02xy\x09\x05\x01\x02\x03\x04\x05") + END), None),
    ("reply-sname-file", msg(op=2, sname=b"boot.example", file=b"/pxelinux.0", opts=o(53, b"\x05") + o(66, b"tftp.x")
                             + o(67, b"pxelinux.0") + END), None),
    ("sname-fills-field", msg(sname=b"x" * 64), None),
    ("file-fills-field", msg(file=b"\x01\x7f\x80" * 50), None),
    ("message-types", msg(opts=b"".join(o(53, bytes([t])) for t in (4, 6, 7, 8, 10, 11, 12, 13, 9, 0, 200)) + END), None),
    ("dhcp-message-length-2", msg(opts=o(53, b"\x01\x02") + o(53, b"") + END), None),
    ("non-ethernet", msg(htype=6, hlen=6), None),
    ("long-hw-address", msg(hlen=16, mac=bytes(range(16))), None),
    ("unknown-op", msg(op=3, flags=0x7FFF), None),
    ("broadcast-and-other-flags", msg(flags=0xFFFF), None),
    ("cmu-vendor", msg(vend=b"CMU\0" + struct.pack("!I", 0x03000000) + bytes(4) + GW * 7 + bytes(24)), None),
    ("cmu-vendor-smask", msg(vend=b"CMU\0" + struct.pack("!I", 0x01000000) + GW * 8 + bytes(24)), None),
    ("other-vendor", msg(vend=b"\x01\x02\x03\x04" + bytes(60)), None),
    ("no-vendor", msg(vend=bytes(64)), None),
    ("formats", msg(opts=o(2, b"\xff\xff\xf1\xf0") + o(19, b"\x00\x01\x02") + o(21, GW * 2) + o(25, b"\x05\xdc\x02\x40")
                    + o(24, b"\x00\x00\x0e\x10") + o(43, b"\x01\x02\x03") + o(1, b"\xff\xff") + o(3, GW + b"\x01")
                    + o(26, b"\x05") + o(200, b"\x01\x02\x03") + o(201, b"\x01\x02") + o(202, b"\x00\x00\x00\x01")
                    + o(203, b"") + END), None),
    ("specials", msg(opts=o(46, b"\x08") + o(46, b"\x03") + o(52, b"\x03") + o(52, b"\x07\x01") + o(46, b"")
                     + o(81, b"\x05\x00\x00host.example") + o(81, b"\xf1\xff\x01h") + o(81, b"\x00\x00")
                     + o(61, b"\x00client-id") + o(61, b"\x63\xaa\xbb") + o(61, b"") + END), None),
    ("classless-routes", msg(opts=o(121, b"\x18\xc0\xa8\x02\x0a\x00\x00\x01\x00\x0a\x00\x00\x02\x20\x01\x02\x03\x04\x05\x06\x07\x08")
                             + o(249, b"\x08\x0a\x01\x02\x03\x04") + o(121, b"\x21\x00\x00\x00\x00\x00")
                             + o(121, b"\x18\x01\x02\x03\x04") + o(121, b"\x08\x0a") + END), None),
    ("user-class", msg(opts=o(77, b"\x07subopt1\x03abc") + o(77, b"\x00\x01") + o(77, b"\x05ab") + o(77, b"\x01")
                       + END), None),
    ("agent-unknown-suboptions", msg(opts=o(82, b"\x09\x13" + bytes(range(19))) + o(82, b"\x01\x10ab")
                                     + o(82, b"\x05\x00\x07") + END), None),
    ("parameter-request-all", msg(opts=o(55, bytes(range(256))[:255]) + END), None),
    ("pad-and-after-end", msg(opts=b"\0\0\0" + o(53, b"\x03") + b"\0" + END + b"\0\0" + o(12, b"after") + END * 2 + b"\0"), None),
    ("no-end", msg(opts=o(53, b"\x03") + o(12, b"noend")), None),
    ("option-length-missing", msg(opts=o(53, b"\x03") + b"\x0c"), None),
    ("option-value-cut", msg(opts=o(53, b"\x03") + b"\x0c\x10abc"), None),
    ("cut-in-header", DISCOVER, 20),
    ("cut-in-chaddr", DISCOVER, 31),
    ("cut-before-cookie", DISCOVER, 238),
    ("empty", b"", None),
]

# tcpdump 4.99.3's text for each case with -n, -n -v, -n -vv, -n -vvv
EXPECTED: dict[str, tuple[str, str, str, str]] = {
    'discover': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 296',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 296, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Discover\n\t    Requested-IP (50), length 4: 192.168.1.4\n\t    Parameter-Request (55), length 9: \n\t      Subnet-Mask (1), BR (28), Time-Zone (2), Default-Gateway (3)\n\t      Domain-Name (15), Domain-Name-Server (6), Hostname (12), Netbios-Name-Server (44)\n\t      Unknown (250)\n\t    Hostname (12), length 6: "myhost"\n\t    Client-ID (61), length 7: ether 00:11:22:33:44:55\n\t    Vendor-Class (60), length 8: "MSFT 5.0"',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 296, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Discover\n\t    Requested-IP (50), length 4: 192.168.1.4\n\t    Parameter-Request (55), length 9: \n\t      Subnet-Mask (1), BR (28), Time-Zone (2), Default-Gateway (3)\n\t      Domain-Name (15), Domain-Name-Server (6), Hostname (12), Netbios-Name-Server (44)\n\t      Unknown (250)\n\t    Hostname (12), length 6: "myhost"\n\t    Client-ID (61), length 7: ether 00:11:22:33:44:55\n\t    Vendor-Class (60), length 8: "MSFT 5.0"',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 296, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Discover\n\t    Requested-IP (50), length 4: 192.168.1.4\n\t    Parameter-Request (55), length 9: \n\t      Subnet-Mask (1), BR (28), Time-Zone (2), Default-Gateway (3)\n\t      Domain-Name (15), Domain-Name-Server (6), Hostname (12), Netbios-Name-Server (44)\n\t      Unknown (250)\n\t    Hostname (12), length 6: "myhost"\n\t    Client-ID (61), length 7: ether 00:11:22:33:44:55\n\t    Vendor-Class (60), length 8: "MSFT 5.0"\n\t    END (255), length 0\n\t    PAD (0), length 0, occurs 8',
    ),
    'offer': (
        'BOOTP/DHCP, Reply, length 296',
        'BOOTP/DHCP, Reply, length 296, xid 0x12345678, secs 7, Flags [Broadcast]\n\t  Your-IP 192.168.1.4\n\t  Server-IP 192.168.1.1\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Offer\n\t    Server-ID (54), length 4: 192.168.1.1\n\t    Lease-Time (51), length 4: 86400\n\t    RN (58), length 4: 43200\n\t    Subnet-Mask (1), length 4: 255.255.255.0\n\t    Default-Gateway (3), length 4: 192.168.1.1\n\t    Domain-Name-Server (6), length 8: 192.168.1.1,8.8.8.8\n\t    Domain-Name (15), length 4: "Home"\n\t    BR (28), length 4: 192.168.1.255',
        'BOOTP/DHCP, Reply, length 296, xid 0x12345678, secs 7, Flags [Broadcast] (0x8000)\n\t  Your-IP 192.168.1.4\n\t  Server-IP 192.168.1.1\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Offer\n\t    Server-ID (54), length 4: 192.168.1.1\n\t    Lease-Time (51), length 4: 86400\n\t    RN (58), length 4: 43200\n\t    Subnet-Mask (1), length 4: 255.255.255.0\n\t    Default-Gateway (3), length 4: 192.168.1.1\n\t    Domain-Name-Server (6), length 8: 192.168.1.1,8.8.8.8\n\t    Domain-Name (15), length 4: "Home"\n\t    BR (28), length 4: 192.168.1.255',
        'BOOTP/DHCP, Reply, length 296, xid 0x12345678, secs 7, Flags [Broadcast] (0x8000)\n\t  Your-IP 192.168.1.4\n\t  Server-IP 192.168.1.1\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Offer\n\t    Server-ID (54), length 4: 192.168.1.1\n\t    Lease-Time (51), length 4: 86400\n\t    RN (58), length 4: 43200\n\t    Subnet-Mask (1), length 4: 255.255.255.0\n\t    Default-Gateway (3), length 4: 192.168.1.1\n\t    Domain-Name-Server (6), length 8: 192.168.1.1,8.8.8.8\n\t    Domain-Name (15), length 4: "Home"\n\t    BR (28), length 4: 192.168.1.255\n\t    END (255), length 0',
    ),
    'relayed-request': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 271',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 271, hops 2, Flags [none]\n\t  Client-IP 10.0.0.5\n\t  Gateway-IP 10.0.0.1\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Request\n\t    Agent-Information (82), length 25: \n\t      Circuit-ID SubOption 1, length 4: eth0\n\t      Remote-ID SubOption 2, length 6: abcdef\n\t      Subscriber-ID SubOption 6, length 2: xy\n\t      Unknown SubOption 9, length 5: \n\t\t0x0000:  0102 0304 05',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 271, hops 2, Flags [none] (0x0000)\n\t  Client-IP 10.0.0.5\n\t  Gateway-IP 10.0.0.1\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Request\n\t    Agent-Information (82), length 25: \n\t      Circuit-ID SubOption 1, length 4: eth0\n\t      Remote-ID SubOption 2, length 6: abcdef\n\t      Subscriber-ID SubOption 6, length 2: xy\n\t      Unknown SubOption 9, length 5: \n\t\t0x0000:  0102 0304 05',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 271, hops 2, Flags [none] (0x0000)\n\t  Client-IP 10.0.0.5\n\t  Gateway-IP 10.0.0.1\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Request\n\t    Agent-Information (82), length 25: \n\t      Circuit-ID SubOption 1, length 4: eth0\n\t      Remote-ID SubOption 2, length 6: abcdef\n\t      Subscriber-ID SubOption 6, length 2: xy\n\t      Unknown SubOption 9, length 5: \n\t\t0x0000:  0102 0304 05\n\t    END (255), length 0',
    ),
    'reply-sname-file': (
        'BOOTP/DHCP, Reply, length 264',
        'BOOTP/DHCP, Reply, length 264, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  sname "boot.example"\n\t  file "/pxelinux.0"\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: ACK\n\t    TFTP (66), length 6: "tftp.x"\n\t    BF (67), length 10: "pxelinux.0"',
        'BOOTP/DHCP, Reply, length 264, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  sname "boot.example"\n\t  file "/pxelinux.0"\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: ACK\n\t    TFTP (66), length 6: "tftp.x"\n\t    BF (67), length 10: "pxelinux.0"',
        'BOOTP/DHCP, Reply, length 264, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  sname "boot.example"\n\t  file "/pxelinux.0"\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: ACK\n\t    TFTP (66), length 6: "tftp.x"\n\t    BF (67), length 10: "pxelinux.0"\n\t    END (255), length 0',
    ),
    'sname-fills-field': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 240',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 240, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  sname "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" [|bootp]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 240, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  sname "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" [|bootp]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 240, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  sname "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" [|bootp]',
    ),
    'file-fills-field': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 240',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 240, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  file "^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?" [|bootp]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 240, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  file "^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?" [|bootp]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 240, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  file "^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?M-^@^A^?" [|bootp]',
    ),
    'message-types': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 274',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 274, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Decline\n\t    DHCP-Message (53), length 1: NACK\n\t    DHCP-Message (53), length 1: Release\n\t    DHCP-Message (53), length 1: Inform\n\t    DHCP-Message (53), length 1: LeaseQuery\n\t    DHCP-Message (53), length 1: LeaseUnassigned\n\t    DHCP-Message (53), length 1: LeaseUnknown\n\t    DHCP-Message (53), length 1: LeaseActive\n\t    DHCP-Message (53), length 1: Unknown (9)\n\t    DHCP-Message (53), length 1: Unknown (0)\n\t    DHCP-Message (53), length 1: Unknown (200)',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 274, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Decline\n\t    DHCP-Message (53), length 1: NACK\n\t    DHCP-Message (53), length 1: Release\n\t    DHCP-Message (53), length 1: Inform\n\t    DHCP-Message (53), length 1: LeaseQuery\n\t    DHCP-Message (53), length 1: LeaseUnassigned\n\t    DHCP-Message (53), length 1: LeaseUnknown\n\t    DHCP-Message (53), length 1: LeaseActive\n\t    DHCP-Message (53), length 1: Unknown (9)\n\t    DHCP-Message (53), length 1: Unknown (0)\n\t    DHCP-Message (53), length 1: Unknown (200)',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 274, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Decline\n\t    DHCP-Message (53), length 1: NACK\n\t    DHCP-Message (53), length 1: Release\n\t    DHCP-Message (53), length 1: Inform\n\t    DHCP-Message (53), length 1: LeaseQuery\n\t    DHCP-Message (53), length 1: LeaseUnassigned\n\t    DHCP-Message (53), length 1: LeaseUnknown\n\t    DHCP-Message (53), length 1: LeaseActive\n\t    DHCP-Message (53), length 1: Unknown (9)\n\t    DHCP-Message (53), length 1: Unknown (0)\n\t    DHCP-Message (53), length 1: Unknown (200)\n\t    END (255), length 0',
    ),
    'dhcp-message-length-2': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 247',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 247, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 2: 1.2\n\t    DHCP-Message (53), length 0',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 247, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 2: 1.2\n\t    DHCP-Message (53), length 0',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 247, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 2: 1.2\n\t    DHCP-Message (53), length 0\n\t    END (255), length 0',
    ),
    'non-ethernet': (
        'BOOTP/DHCP, Request, length 240',
        'BOOTP/DHCP, Request, length 240, htype 6, hlen 6, xid 0x12345678, Flags [none]\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363',
        'BOOTP/DHCP, Request, length 240, htype 6, hlen 6, xid 0x12345678, Flags [none] (0x0000)\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363',
        'BOOTP/DHCP, Request, length 240, htype 6, hlen 6, xid 0x12345678, Flags [none] (0x0000)\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363',
    ),
    'long-hw-address': (
        'BOOTP/DHCP, Request, length 240',
        'BOOTP/DHCP, Request, length 240, hlen 16, xid 0x12345678, Flags [none]\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363',
        'BOOTP/DHCP, Request, length 240, hlen 16, xid 0x12345678, Flags [none] (0x0000)\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363',
        'BOOTP/DHCP, Request, length 240, hlen 16, xid 0x12345678, Flags [none] (0x0000)\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363',
    ),
    'unknown-op': (
        'BOOTP/DHCP, unknown (0x03), length 240',
        'BOOTP/DHCP, unknown (0x03), length 240, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363',
        'BOOTP/DHCP, unknown (0x03), length 240, xid 0x12345678, Flags [none] (0x7fff)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363',
        'BOOTP/DHCP, unknown (0x03), length 240, xid 0x12345678, Flags [none] (0x7fff)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363',
    ),
    'broadcast-and-other-flags': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 240',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 240, xid 0x12345678, Flags [Broadcast]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 240, xid 0x12345678, Flags [Broadcast] (0xffff)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 240, xid 0x12345678, Flags [Broadcast] (0xffff)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363',
    ),
    'cmu-vendor': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55 vend-cmu F:0x3 DG:192.168.1.1 NS1:192.168.1.1 NS2:192.168.1.1 IEN1:192.168.1.1 IEN2:192.168.1.1 TS1:192.168.1.1 TS2:192.168.1.1',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55 vend-cmu F:0x3 DG:192.168.1.1 NS1:192.168.1.1 NS2:192.168.1.1 IEN1:192.168.1.1 IEN2:192.168.1.1 TS1:192.168.1.1 TS2:192.168.1.1',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55 vend-cmu F:0x3 DG:192.168.1.1 NS1:192.168.1.1 NS2:192.168.1.1 IEN1:192.168.1.1 IEN2:192.168.1.1 TS1:192.168.1.1 TS2:192.168.1.1',
    ),
    'cmu-vendor-smask': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55 vend-cmu DG:192.168.1.1 SM:192.168.1.1 NS1:192.168.1.1 NS2:192.168.1.1 IEN1:192.168.1.1 IEN2:192.168.1.1 TS1:192.168.1.1 TS2:192.168.1.1',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55 vend-cmu DG:192.168.1.1 SM:192.168.1.1 NS1:192.168.1.1 NS2:192.168.1.1 IEN1:192.168.1.1 IEN2:192.168.1.1 TS1:192.168.1.1 TS2:192.168.1.1',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55 vend-cmu DG:192.168.1.1 SM:192.168.1.1 NS1:192.168.1.1 NS2:192.168.1.1 IEN1:192.168.1.1 IEN2:192.168.1.1 TS1:192.168.1.1 TS2:192.168.1.1',
    ),
    'other-vendor': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-#0x1020304',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-#0x1020304',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-#0x1020304',
    ),
    'no-vendor': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 300, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55',
    ),
    'formats': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 310',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 310, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    Time-Zone (2), length 4: -3600\n\t    IPF (19), length 3: N,Y,2?\n\t    PF (21), length 8: (192.168.1.1:192.168.1.1)\n\t    MTU-Table (25), length 4: 1500,576\n\t    MTU-Timeout (24), length 4: 3600\n\t    Vendor-Option (43), length 3: 1.2.3\n\t    Subnet-Mask (1), length 2: \n\t  trailing data length 2\n\t    Default-Gateway (3), length 5: 192.168.1.1\n\t  trailing data length 1\n\t    MTU (26), length 1: \n\t  trailing data length 1\n\t    Unknown (200), length 3: 1.2.3\n\t    Unknown (201), length 2: 258\n\t    Unknown (202), length 4: 1\n\t    Unknown (203), length 0',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 310, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    Time-Zone (2), length 4: -3600\n\t    IPF (19), length 3: N,Y,2?\n\t    PF (21), length 8: (192.168.1.1:192.168.1.1)\n\t    MTU-Table (25), length 4: 1500,576\n\t    MTU-Timeout (24), length 4: 3600\n\t    Vendor-Option (43), length 3: 1.2.3\n\t    Subnet-Mask (1), length 2: \n\t  trailing data length 2\n\t    Default-Gateway (3), length 5: 192.168.1.1\n\t  trailing data length 1\n\t    MTU (26), length 1: \n\t  trailing data length 1\n\t    Unknown (200), length 3: 1.2.3\n\t    Unknown (201), length 2: 258\n\t    Unknown (202), length 4: 1\n\t    Unknown (203), length 0',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 310, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    Time-Zone (2), length 4: -3600\n\t    IPF (19), length 3: N,Y,2?\n\t    PF (21), length 8: (192.168.1.1:192.168.1.1)\n\t    MTU-Table (25), length 4: 1500,576\n\t    MTU-Timeout (24), length 4: 3600\n\t    Vendor-Option (43), length 3: 1.2.3\n\t    Subnet-Mask (1), length 2: \n\t  trailing data length 2\n\t    Default-Gateway (3), length 5: 192.168.1.1\n\t  trailing data length 1\n\t    MTU (26), length 1: \n\t  trailing data length 1\n\t    Unknown (200), length 3: 1.2.3\n\t    Unknown (201), length 2: 258\n\t    Unknown (202), length 4: 1\n\t    Unknown (203), length 0\n\t    END (255), length 0',
    ),
    'specials': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 302',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 302, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    Netbios-Node (46), length 1: h-node\n\t    Netbios-Node (46), length 1: #3\n\t    OO (52), length 1: file+sname\n\t    OO (52), length 2: #7\n\t  trailing data length 1\n\t    Netbios-Node (46), length 0[ERROR: length < 1 bytes]\n\t    FQDN (81), length 15: [SE] "host.example"\n\t    FQDN (81), length 4: [ERROR: MBZ nibble 0xf != 0] [S] 255/1 "h"\n\t    FQDN (81), length 2: [ERROR: length < 3 bytes]\n\t    Client-ID (61), length 10: "client-id"\n\t    Client-ID (61), length 3: hardware-type 99, aa:bb\n\t    Client-ID (61), length 0[ERROR: length < 1 bytes]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 302, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    Netbios-Node (46), length 1: h-node\n\t    Netbios-Node (46), length 1: #3\n\t    OO (52), length 1: file+sname\n\t    OO (52), length 2: #7\n\t  trailing data length 1\n\t    Netbios-Node (46), length 0[ERROR: length < 1 bytes]\n\t    FQDN (81), length 15: [SE] "host.example"\n\t    FQDN (81), length 4: [ERROR: MBZ nibble 0xf != 0] [S] 255/1 "h"\n\t    FQDN (81), length 2: [ERROR: length < 3 bytes]\n\t    Client-ID (61), length 10: "client-id"\n\t    Client-ID (61), length 3: hardware-type 99, aa:bb\n\t    Client-ID (61), length 0[ERROR: length < 1 bytes]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 302, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    Netbios-Node (46), length 1: h-node\n\t    Netbios-Node (46), length 1: #3\n\t    OO (52), length 1: file+sname\n\t    OO (52), length 2: #7\n\t  trailing data length 1\n\t    Netbios-Node (46), length 0[ERROR: length < 1 bytes]\n\t    FQDN (81), length 15: [SE] "host.example"\n\t    FQDN (81), length 4: [ERROR: MBZ nibble 0xf != 0] [S] 255/1 "h"\n\t    FQDN (81), length 2: [ERROR: length < 3 bytes]\n\t    Client-ID (61), length 10: "client-id"\n\t    Client-ID (61), length 3: hardware-type 99, aa:bb\n\t    Client-ID (61), length 0[ERROR: length < 1 bytes]\n\t    END (255), length 0',
    ),
    'classless-routes': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 292',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 292, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    Classless-Static-Route (121), length 22: (192.168.2.0/24:10.0.0.1),(default:10.0.0.2),(1.2.3.4/32:5.6.7.8)\n\t    Classless-Static-Route-Microsoft (249), length 6: (10.0.0.0/8:1.2.3.4)\n\t    Classless-Static-Route (121), length 6: [ERROR: Mask width (33) > 32]\n\t    Classless-Static-Route (121), length 5: [ERROR: Remaining length (4) < 7 bytes]\n\t    Classless-Static-Route (121), length 2: [ERROR: length < 5 bytes]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 292, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    Classless-Static-Route (121), length 22: (192.168.2.0/24:10.0.0.1),(default:10.0.0.2),(1.2.3.4/32:5.6.7.8)\n\t    Classless-Static-Route-Microsoft (249), length 6: (10.0.0.0/8:1.2.3.4)\n\t    Classless-Static-Route (121), length 6: [ERROR: Mask width (33) > 32]\n\t    Classless-Static-Route (121), length 5: [ERROR: Remaining length (4) < 7 bytes]\n\t    Classless-Static-Route (121), length 2: [ERROR: length < 5 bytes]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 292, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    Classless-Static-Route (121), length 22: (192.168.2.0/24:10.0.0.1),(default:10.0.0.2),(1.2.3.4/32:5.6.7.8)\n\t    Classless-Static-Route-Microsoft (249), length 6: (10.0.0.0/8:1.2.3.4)\n\t    Classless-Static-Route (121), length 6: [ERROR: Mask width (33) > 32]\n\t    Classless-Static-Route (121), length 5: [ERROR: Remaining length (4) < 7 bytes]\n\t    Classless-Static-Route (121), length 2: [ERROR: length < 5 bytes]\n\t    END (255), length 0',
    ),
    'user-class': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 267',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 267, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    User-Class (77), length 12: \n\t      instance#1: "subopt1", length 7\n\t      instance#2: "abc", length 3\n\t    User-Class (77), length 2: \n\t      instance#1: [ERROR: suboption length must be non-zero]\n\t    User-Class (77), length 3: \n\t      instance#1: [ERROR: invalid option]\n\t    User-Class (77), length 1: [ERROR: length < 2 bytes]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 267, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    User-Class (77), length 12: \n\t      instance#1: "subopt1", length 7\n\t      instance#2: "abc", length 3\n\t    User-Class (77), length 2: \n\t      instance#1: [ERROR: suboption length must be non-zero]\n\t    User-Class (77), length 3: \n\t      instance#1: [ERROR: invalid option]\n\t    User-Class (77), length 1: [ERROR: length < 2 bytes]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 267, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    User-Class (77), length 12: \n\t      instance#1: "subopt1", length 7\n\t      instance#2: "abc", length 3\n\t    User-Class (77), length 2: \n\t      instance#1: [ERROR: suboption length must be non-zero]\n\t    User-Class (77), length 3: \n\t      instance#1: [ERROR: invalid option]\n\t    User-Class (77), length 1: [ERROR: length < 2 bytes]\n\t    END (255), length 0',
    ),
    'agent-unknown-suboptions': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 275',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 275, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    Agent-Information (82), length 21: \n\t      Unknown SubOption 9, length 19: \n\t\t0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n\t\t0x0010:  1011 12\n\t    Agent-Information (82), length 4: \n\t      Circuit-ID SubOption 1, length 16: length goes past end of option\n\t    Agent-Information (82), length 3: \n\t      Unknown SubOption 5, length 0: \n\t  trailing data length 1',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 275, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    Agent-Information (82), length 21: \n\t      Unknown SubOption 9, length 19: \n\t\t0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n\t\t0x0010:  1011 12\n\t    Agent-Information (82), length 4: \n\t      Circuit-ID SubOption 1, length 16: length goes past end of option\n\t    Agent-Information (82), length 3: \n\t      Unknown SubOption 5, length 0: \n\t  trailing data length 1',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 275, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    Agent-Information (82), length 21: \n\t      Unknown SubOption 9, length 19: \n\t\t0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n\t\t0x0010:  1011 12\n\t    Agent-Information (82), length 4: \n\t      Circuit-ID SubOption 1, length 16: length goes past end of option\n\t    Agent-Information (82), length 3: \n\t      Unknown SubOption 5, length 0: \n\t  trailing data length 1\n\t    END (255), length 0',
    ),
    'parameter-request-all': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 498',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 498, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    Parameter-Request (55), length 255: \n\t      PAD (0), Subnet-Mask (1), Time-Zone (2), Default-Gateway (3)\n\t      Time-Server (4), IEN-Name-Server (5), Domain-Name-Server (6), LOG (7)\n\t      CS (8), LPR-Server (9), IM (10), RL (11)\n\t      Hostname (12), BS (13), DP (14), Domain-Name (15)\n\t      SS (16), RP (17), EP (18), IPF (19)\n\t      SRT (20), PF (21), RSZ (22), TTL (23)\n\t      MTU-Timeout (24), MTU-Table (25), MTU (26), LSN (27)\n\t      BR (28), MD (29), MS (30), Router-Discovery (31)\n\t      RSA (32), Static-Route (33), UT (34), AT (35)\n\t      IE (36), TT (37), KI (38), KG (39)\n\t      YD (40), YS (41), NTP (42), Vendor-Option (43)\n\t      Netbios-Name-Server (44), WDD (45), Netbios-Node (46), Netbios-Scope (47)\n\t      XFS (48), XDM (49), Requested-IP (50), Lease-Time (51)\n\t      OO (52), DHCP-Message (53), Server-ID (54), Parameter-Request (55)\n\t      MSG (56), MSZ (57), RN (58), RB (59)\n\t      Vendor-Class (60), Client-ID (61), Unknown (62), Unknown (63)\n\t      N+D (64), N+S (65), TFTP (66), BF (67)\n\t      MH (68), SMTP (69), POP3 (70), NNTP (71)\n\t      WWW (72), FG (73), IRC (74), STS (75)\n\t      STDA (76), User-Class (77), SLP-DA (78), SLP-SCOPE (79)\n\t      SLP-NA (80), FQDN (81), Agent-Information (82), ARMT (83)\n\t      Unknown (84), Unknown (85), Unknown (86), Unknown (87)\n\t      TZSTR (88), FQDNS (89), AUTH (90), Last-Transaction-Time (91)\n\t      Associated-IP (92), ARCH (93), NDI (94), LDAP (95)\n\t      Unknown (96), GUID (97), UAP (98), Unknown (99)\n\t      POSIX-TZ (100), TZ-Name (101), Unknown (102), Unknown (103)\n\t      Unknown (104), Unknown (105), Unknown (106), Unknown (107)\n\t      Unknown (108), Unknown (109), Unknown (110), Unknown (111)\n\t      NI (112), NITAG (113), URL (114), Unknown (115)\n\t      NOAUTO (116), NSSEARCH (117), SUBNET (118), Unknown (119)\n\t      Unknown (120), Classless-Static-Route (121), Unknown (122), Unknown (123)\n\t      Unknown (124), Unknown (125), Unknown (126), Unknown (127)\n\t      Unknown (128), Unknown (129), Unknown (130), Unknown (131)\n\t      Unknown (132), Unknown (133), Unknown (134), Unknown (135)\n\t      Unknown (136), Unknown (137), Unknown (138), Unknown (139)\n\t      Unknown (140), Unknown (141), Unknown (142), Unknown (143)\n\t      Unknown (144), Unknown (145), Unknown (146), Unknown (147)\n\t      Unknown (148), Unknown (149), TFTP-Server-Address (150), Unknown (151)\n\t      Unknown (152), Unknown (153), Unknown (154), Unknown (155)\n\t      Unknown (156), Unknown (157), Unknown (158), Unknown (159)\n\t      Unknown (160), MUD-URL (161), Unknown (162), Unknown (163)\n\t      Unknown (164), Unknown (165), Unknown (166), Unknown (167)\n\t      Unknown (168), Unknown (169), Unknown (170), Unknown (171)\n\t      Unknown (172), Unknown (173), Unknown (174), Unknown (175)\n\t      Unknown (176), Unknown (177), Unknown (178), Unknown (179)\n\t      Unknown (180), Unknown (181), Unknown (182), Unknown (183)\n\t      Unknown (184), Unknown (185), Unknown (186), Unknown (187)\n\t      Unknown (188), Unknown (189), Unknown (190), Unknown (191)\n\t      Unknown (192), Unknown (193), Unknown (194), Unknown (195)\n\t      Unknown (196), Unknown (197), Unknown (198), Unknown (199)\n\t      Unknown (200), Unknown (201), Unknown (202), Unknown (203)\n\t      Unknown (204), Unknown (205), Unknown (206), Unknown (207)\n\t      Unknown (208), Unknown (209), Unknown (210), Unknown (211)\n\t      Unknown (212), Unknown (213), Unknown (214), Unknown (215)\n\t      Unknown (216), Unknown (217), Unknown (218), Unknown (219)\n\t      Unknown (220), Unknown (221), Unknown (222), Unknown (223)\n\t      Unknown (224), Unknown (225), Unknown (226), Unknown (227)\n\t      Unknown (228), Unknown (229), Unknown (230), Unknown (231)\n\t      Unknown (232), Unknown (233), Unknown (234), Unknown (235)\n\t      Unknown (236), Unknown (237), Unknown (238), Unknown (239)\n\t      Unknown (240), Unknown (241), Unknown (242), Unknown (243)\n\t      Unknown (244), Unknown (245), Unknown (246), Unknown (247)\n\t      Unknown (248), Classless-Static-Route-Microsoft (249), Unknown (250), Unknown (251)\n\t      Unknown (252), Unknown (253), Unknown (254)',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 498, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    Parameter-Request (55), length 255: \n\t      PAD (0), Subnet-Mask (1), Time-Zone (2), Default-Gateway (3)\n\t      Time-Server (4), IEN-Name-Server (5), Domain-Name-Server (6), LOG (7)\n\t      CS (8), LPR-Server (9), IM (10), RL (11)\n\t      Hostname (12), BS (13), DP (14), Domain-Name (15)\n\t      SS (16), RP (17), EP (18), IPF (19)\n\t      SRT (20), PF (21), RSZ (22), TTL (23)\n\t      MTU-Timeout (24), MTU-Table (25), MTU (26), LSN (27)\n\t      BR (28), MD (29), MS (30), Router-Discovery (31)\n\t      RSA (32), Static-Route (33), UT (34), AT (35)\n\t      IE (36), TT (37), KI (38), KG (39)\n\t      YD (40), YS (41), NTP (42), Vendor-Option (43)\n\t      Netbios-Name-Server (44), WDD (45), Netbios-Node (46), Netbios-Scope (47)\n\t      XFS (48), XDM (49), Requested-IP (50), Lease-Time (51)\n\t      OO (52), DHCP-Message (53), Server-ID (54), Parameter-Request (55)\n\t      MSG (56), MSZ (57), RN (58), RB (59)\n\t      Vendor-Class (60), Client-ID (61), Unknown (62), Unknown (63)\n\t      N+D (64), N+S (65), TFTP (66), BF (67)\n\t      MH (68), SMTP (69), POP3 (70), NNTP (71)\n\t      WWW (72), FG (73), IRC (74), STS (75)\n\t      STDA (76), User-Class (77), SLP-DA (78), SLP-SCOPE (79)\n\t      SLP-NA (80), FQDN (81), Agent-Information (82), ARMT (83)\n\t      Unknown (84), Unknown (85), Unknown (86), Unknown (87)\n\t      TZSTR (88), FQDNS (89), AUTH (90), Last-Transaction-Time (91)\n\t      Associated-IP (92), ARCH (93), NDI (94), LDAP (95)\n\t      Unknown (96), GUID (97), UAP (98), Unknown (99)\n\t      POSIX-TZ (100), TZ-Name (101), Unknown (102), Unknown (103)\n\t      Unknown (104), Unknown (105), Unknown (106), Unknown (107)\n\t      Unknown (108), Unknown (109), Unknown (110), Unknown (111)\n\t      NI (112), NITAG (113), URL (114), Unknown (115)\n\t      NOAUTO (116), NSSEARCH (117), SUBNET (118), Unknown (119)\n\t      Unknown (120), Classless-Static-Route (121), Unknown (122), Unknown (123)\n\t      Unknown (124), Unknown (125), Unknown (126), Unknown (127)\n\t      Unknown (128), Unknown (129), Unknown (130), Unknown (131)\n\t      Unknown (132), Unknown (133), Unknown (134), Unknown (135)\n\t      Unknown (136), Unknown (137), Unknown (138), Unknown (139)\n\t      Unknown (140), Unknown (141), Unknown (142), Unknown (143)\n\t      Unknown (144), Unknown (145), Unknown (146), Unknown (147)\n\t      Unknown (148), Unknown (149), TFTP-Server-Address (150), Unknown (151)\n\t      Unknown (152), Unknown (153), Unknown (154), Unknown (155)\n\t      Unknown (156), Unknown (157), Unknown (158), Unknown (159)\n\t      Unknown (160), MUD-URL (161), Unknown (162), Unknown (163)\n\t      Unknown (164), Unknown (165), Unknown (166), Unknown (167)\n\t      Unknown (168), Unknown (169), Unknown (170), Unknown (171)\n\t      Unknown (172), Unknown (173), Unknown (174), Unknown (175)\n\t      Unknown (176), Unknown (177), Unknown (178), Unknown (179)\n\t      Unknown (180), Unknown (181), Unknown (182), Unknown (183)\n\t      Unknown (184), Unknown (185), Unknown (186), Unknown (187)\n\t      Unknown (188), Unknown (189), Unknown (190), Unknown (191)\n\t      Unknown (192), Unknown (193), Unknown (194), Unknown (195)\n\t      Unknown (196), Unknown (197), Unknown (198), Unknown (199)\n\t      Unknown (200), Unknown (201), Unknown (202), Unknown (203)\n\t      Unknown (204), Unknown (205), Unknown (206), Unknown (207)\n\t      Unknown (208), Unknown (209), Unknown (210), Unknown (211)\n\t      Unknown (212), Unknown (213), Unknown (214), Unknown (215)\n\t      Unknown (216), Unknown (217), Unknown (218), Unknown (219)\n\t      Unknown (220), Unknown (221), Unknown (222), Unknown (223)\n\t      Unknown (224), Unknown (225), Unknown (226), Unknown (227)\n\t      Unknown (228), Unknown (229), Unknown (230), Unknown (231)\n\t      Unknown (232), Unknown (233), Unknown (234), Unknown (235)\n\t      Unknown (236), Unknown (237), Unknown (238), Unknown (239)\n\t      Unknown (240), Unknown (241), Unknown (242), Unknown (243)\n\t      Unknown (244), Unknown (245), Unknown (246), Unknown (247)\n\t      Unknown (248), Classless-Static-Route-Microsoft (249), Unknown (250), Unknown (251)\n\t      Unknown (252), Unknown (253), Unknown (254)',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 498, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    Parameter-Request (55), length 255: \n\t      PAD (0), Subnet-Mask (1), Time-Zone (2), Default-Gateway (3)\n\t      Time-Server (4), IEN-Name-Server (5), Domain-Name-Server (6), LOG (7)\n\t      CS (8), LPR-Server (9), IM (10), RL (11)\n\t      Hostname (12), BS (13), DP (14), Domain-Name (15)\n\t      SS (16), RP (17), EP (18), IPF (19)\n\t      SRT (20), PF (21), RSZ (22), TTL (23)\n\t      MTU-Timeout (24), MTU-Table (25), MTU (26), LSN (27)\n\t      BR (28), MD (29), MS (30), Router-Discovery (31)\n\t      RSA (32), Static-Route (33), UT (34), AT (35)\n\t      IE (36), TT (37), KI (38), KG (39)\n\t      YD (40), YS (41), NTP (42), Vendor-Option (43)\n\t      Netbios-Name-Server (44), WDD (45), Netbios-Node (46), Netbios-Scope (47)\n\t      XFS (48), XDM (49), Requested-IP (50), Lease-Time (51)\n\t      OO (52), DHCP-Message (53), Server-ID (54), Parameter-Request (55)\n\t      MSG (56), MSZ (57), RN (58), RB (59)\n\t      Vendor-Class (60), Client-ID (61), Unknown (62), Unknown (63)\n\t      N+D (64), N+S (65), TFTP (66), BF (67)\n\t      MH (68), SMTP (69), POP3 (70), NNTP (71)\n\t      WWW (72), FG (73), IRC (74), STS (75)\n\t      STDA (76), User-Class (77), SLP-DA (78), SLP-SCOPE (79)\n\t      SLP-NA (80), FQDN (81), Agent-Information (82), ARMT (83)\n\t      Unknown (84), Unknown (85), Unknown (86), Unknown (87)\n\t      TZSTR (88), FQDNS (89), AUTH (90), Last-Transaction-Time (91)\n\t      Associated-IP (92), ARCH (93), NDI (94), LDAP (95)\n\t      Unknown (96), GUID (97), UAP (98), Unknown (99)\n\t      POSIX-TZ (100), TZ-Name (101), Unknown (102), Unknown (103)\n\t      Unknown (104), Unknown (105), Unknown (106), Unknown (107)\n\t      Unknown (108), Unknown (109), Unknown (110), Unknown (111)\n\t      NI (112), NITAG (113), URL (114), Unknown (115)\n\t      NOAUTO (116), NSSEARCH (117), SUBNET (118), Unknown (119)\n\t      Unknown (120), Classless-Static-Route (121), Unknown (122), Unknown (123)\n\t      Unknown (124), Unknown (125), Unknown (126), Unknown (127)\n\t      Unknown (128), Unknown (129), Unknown (130), Unknown (131)\n\t      Unknown (132), Unknown (133), Unknown (134), Unknown (135)\n\t      Unknown (136), Unknown (137), Unknown (138), Unknown (139)\n\t      Unknown (140), Unknown (141), Unknown (142), Unknown (143)\n\t      Unknown (144), Unknown (145), Unknown (146), Unknown (147)\n\t      Unknown (148), Unknown (149), TFTP-Server-Address (150), Unknown (151)\n\t      Unknown (152), Unknown (153), Unknown (154), Unknown (155)\n\t      Unknown (156), Unknown (157), Unknown (158), Unknown (159)\n\t      Unknown (160), MUD-URL (161), Unknown (162), Unknown (163)\n\t      Unknown (164), Unknown (165), Unknown (166), Unknown (167)\n\t      Unknown (168), Unknown (169), Unknown (170), Unknown (171)\n\t      Unknown (172), Unknown (173), Unknown (174), Unknown (175)\n\t      Unknown (176), Unknown (177), Unknown (178), Unknown (179)\n\t      Unknown (180), Unknown (181), Unknown (182), Unknown (183)\n\t      Unknown (184), Unknown (185), Unknown (186), Unknown (187)\n\t      Unknown (188), Unknown (189), Unknown (190), Unknown (191)\n\t      Unknown (192), Unknown (193), Unknown (194), Unknown (195)\n\t      Unknown (196), Unknown (197), Unknown (198), Unknown (199)\n\t      Unknown (200), Unknown (201), Unknown (202), Unknown (203)\n\t      Unknown (204), Unknown (205), Unknown (206), Unknown (207)\n\t      Unknown (208), Unknown (209), Unknown (210), Unknown (211)\n\t      Unknown (212), Unknown (213), Unknown (214), Unknown (215)\n\t      Unknown (216), Unknown (217), Unknown (218), Unknown (219)\n\t      Unknown (220), Unknown (221), Unknown (222), Unknown (223)\n\t      Unknown (224), Unknown (225), Unknown (226), Unknown (227)\n\t      Unknown (228), Unknown (229), Unknown (230), Unknown (231)\n\t      Unknown (232), Unknown (233), Unknown (234), Unknown (235)\n\t      Unknown (236), Unknown (237), Unknown (238), Unknown (239)\n\t      Unknown (240), Unknown (241), Unknown (242), Unknown (243)\n\t      Unknown (244), Unknown (245), Unknown (246), Unknown (247)\n\t      Unknown (248), Classless-Static-Route-Microsoft (249), Unknown (250), Unknown (251)\n\t      Unknown (252), Unknown (253), Unknown (254)\n\t    END (255), length 0',
    ),
    'pad-and-after-end': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 260',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 260, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Request',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 260, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Request',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 260, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    PAD (0), length 0, occurs 3\n\t    DHCP-Message (53), length 1: Request\n\t    PAD (0), length 0\n\t    END (255), length 0\n\t    PAD (0), length 0, occurs 2\n\t    Hostname (12), length 5: "after"\n\t    END (255), length 0\n\t    END (255), length 0\n\t    PAD (0), length 0',
    ),
    'no-end': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 250',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 250, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Request\n\t    Hostname (12), length 5: "noend"',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 250, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Request\n\t    Hostname (12), length 5: "noend"',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 250, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Request\n\t    Hostname (12), length 5: "noend"',
    ),
    'option-length-missing': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 244',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 244, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Request [|bootp]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 244, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Request [|bootp]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 244, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Request [|bootp]',
    ),
    'option-value-cut': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 248',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 248, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Request\n\t    Hostname (12), length 16:  [|bootp]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 248, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Request\n\t    Hostname (12), length 16:  [|bootp]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 248, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x63825363\n\t    DHCP-Message (53), length 1: Request\n\t    Hostname (12), length 16:  [|bootp]',
    ),
    'cut-in-header': (
        'BOOTP/DHCP, Request [|bootp]',
        'BOOTP/DHCP, Request [|bootp]',
        'BOOTP/DHCP, Request [|bootp]',
        'BOOTP/DHCP, Request [|bootp]',
    ),
    'cut-in-chaddr': (
        'BOOTP/DHCP, Request [|bootp]',
        'BOOTP/DHCP, Request [|bootp]',
        'BOOTP/DHCP, Request [|bootp]',
        'BOOTP/DHCP, Request [|bootp]',
    ),
    'cut-before-cookie': (
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 296',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 296, xid 0x12345678, Flags [none]\n\t  Client-Ethernet-Address 00:11:22:33:44:55 [|bootp]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 296, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55 [|bootp]',
        'BOOTP/DHCP, Request from 00:11:22:33:44:55, length 296, xid 0x12345678, Flags [none] (0x0000)\n\t  Client-Ethernet-Address 00:11:22:33:44:55 [|bootp]',
    ),
    'empty': (
        ' [|bootp]',
        ' [|bootp]',
        ' [|bootp]',
        ' [|bootp]',
    ),
}


def _ours(m: bytes, cut: int | None, verbose: int) -> str:
    return ap.ours(PRINTERS["bootp"], m if cut is None else m[:cut], len(m), verbose)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_known_text(case: tuple[str, bytes, int | None]) -> None:
    cid, m, cut = case
    for verbose, want in enumerate(EXPECTED[cid]):
        assert _ours(m, cut, verbose) == want, (cid, verbose)


def _file(path: Path, items: list[tuple[bytes, int | None]]) -> Path:
    frames, caps = [], []
    for m, cut in items:
        frame = ap.frame_for("bootp", m)
        frames.append(frame)
        caps.append(len(frame) - len(m) + (len(m) if cut is None else cut))
    return ap.write_pcap(path, frames, caplens=caps)


@pytest.mark.oracle
def test_cases_against_tcpdump(tmp_path: Path) -> None:
    if ap.tcpdump() is None:
        pytest.skip(ap.TCPDUMP_MISSING)
    items = [(m, cut) for _, m, cut in CASES]
    rng = random.Random(67)
    for _, m, cut in CASES:
        if cut is None and m:
            items += [(m, rng.randrange(len(m))) for _ in range(3)]
    count, diffs = ap.compare_file(_file(tmp_path / "bootp.pcap", items), PRINTERS)
    assert count == 4 * len(items)
    assert not diffs, "\n".join(diffs)


@pytest.mark.oracle
def test_mutations_against_tcpdump(tmp_path: Path) -> None:
    if ap.tcpdump() is None:
        pytest.skip(ap.TCPDUMP_MISSING)
    rng = random.Random(68)
    items: list[tuple[bytes, int | None]] = []
    for _ in range(400):
        m = ap.mutate(rng, rng.choice(CASES)[1])
        items.append((m, None if rng.random() < 0.7 else rng.randrange(len(m) + 1)))
    count, diffs = ap.compare_file(_file(tmp_path / "bootp-mutated.pcap", items), PRINTERS)
    assert count == 4 * len(items)
    assert not diffs, "\n".join(diffs)


CORPUS_FILES = ["bootp_asan.pcap", "bootp_asan-2.pcap", "dhcp-mud.pcap", "dhcp-option-108.pcapng",
                "dhcp-option-33.pcap", "dhcp-rfc3004.pcap", "dhcp-rfc4388.pcap", "dhcp-rfc5859.pcap",
                "dhcpv4v6-rfc5970-rfc8572.pcap", "dcb_ets.pcap", "dcb_qcn.pcap", "eapon1.pcap"]


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


@st.composite
def _messages(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):
        return draw(st.binary(max_size=400))
    rng = random.Random(draw(st.integers(0, 2**32)))
    return ap.mutate(rng, rng.choice(CASES)[1])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(m=_messages(), cut=st.integers(0, 600))
def test_never_raises(m: bytes, cut: int) -> None:
    for verbose in range(4):
        ctx = Context(opts=Options(verbose=verbose))
        rec = bootp.decode_bootp(m[:cut], len(m), ctx)
        assert isinstance(bootp.format_bootp(rec, ctx), str)
        rec.to_json()


def test_record_fields() -> None:
    rec = bootp.decode_bootp(OFFER, len(OFFER), Context())
    assert (rec.op, rec.xid, rec.secs, rec.flags) == (2, 0x12345678, 7, 0x8000)
    assert rec.yiaddr == bytes([192, 168, 1, 4]) and rec.cookie == COOKIE
    assert [(x.tag, x.value) for x in rec.options][:2] == [(53, b"\x02"), (54, GW)]
    assert rec.options[-1].tag == 255
