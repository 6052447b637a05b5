"""IGMP, GRE, VXLAN and Geneve printing (printer/igmp.py, gre.py, vxlan.py) against tcpdump 4.99.3.

The frames in ``CASES`` are built here; ``EXPECTED`` holds tcpdump 4.99.3's text
for the unit in exactly these frames (what follows ``"IP a > b: "``; with ``-v``
what follows it on the second line), recorded once, so the tests run without
tcpdump.  For encapsulations the recorded text runs on into the inner unit:
ours must be its beginning, up to and including the separator (GRE ``": "`` /
``"\\n\\t"``, VXLAN ``"\\n"``, Geneve ``": "`` / ``"\\n\\t"``).  With tcpdump
installed the frames are compared live, and so are the units of the corpus
captures.
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
from helpers import split_tcpdump_packets as _packets
from helpers import tcpdump_frames as run_tcpdump
from purepcap.printer import gre, igmp, vxlan
from purepcap.printer._base import Context, Options
from purepcap.savefile import open_reader

# --- builders -----------------------------------------------------------------------

ETH4 = bytes.fromhex("ffffffffffff001122334455") + b"\x08\x00"
SRC = bytes([10, 0, 0, 1])
G = bytes([239, 1, 2, 3])


def csum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ip4(proto: int, payload: bytes, dst: bytes = bytes([224, 0, 0, 1]), tot: int | None = None) -> bytes:
    tl = 20 + len(payload) if tot is None else tot
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, tl, 1, 0, 1, proto, 0, SRC, dst)
    return ETH4 + h[:10] + struct.pack("!H", csum(h)) + h[12:] + payload


def udp(dport: int, payload: bytes) -> bytes:
    return ip4(17, struct.pack("!HHHH", 1234, dport, 8 + len(payload), 0) + payload,
               dst=bytes([10, 0, 0, 2]))


def ig(t: int, mrt: int, grp: bytes, extra: bytes = b"", fix: bool = True) -> bytes:
    b = struct.pack("!BBH4s", t, mrt, 0, grp) + extra
    if fix:
        b = b[:2] + struct.pack("!H", csum(b)) + b[4:]
    return ip4(2, b)


def v3q(mrc: int, grp: bytes, srcs: list[bytes], nsrcs: int | None = None) -> bytes:
    n = len(srcs) if nsrcs is None else nsrcs
    return ig(0x11, mrc, grp, struct.pack("!BBH", 0x0A, 125, n) + b"".join(srcs))


def rec3(rtype: int, grp: bytes, srcs: list[bytes], aux: int = 0, nsrcs: int | None = None) -> bytes:
    n = len(srcs) if nsrcs is None else nsrcs
    return struct.pack("!BBH4s", rtype, aux, n, grp) + b"".join(srcs)


def v3r(ngroups: int, *records: bytes) -> bytes:
    return ig(0x22, 0, struct.pack("!HH", 0, ngroups), b"".join(records))


def dv(code: int, body: bytes, major: int = 0, minor: int = 0) -> bytes:
    """A DVMRP message inside IGMP (type 0x13)."""
    return ig(0x13, code, struct.pack("!HBB", 0, minor, major), body)


def pim1(code: int, body: bytes) -> bytes:
    """A PIMv1 message inside IGMP (type 0x14)."""
    b = struct.pack("!BBH", 0x14, code, 0) + body
    return ip4(2, b[:2] + struct.pack("!H", csum(b)) + b[4:])


PIM_BODY = bytes([0x10, 0, 0, 0]) + G + bytes([1, 2, 3, 4]) + struct.pack("!H", 270) + bytes(30)

INNER_IP = (bytes.fromhex("45000054000100004001f954") + bytes([192, 168, 0, 1, 192, 168, 0, 2])
            + bytes.fromhex("0800f7ff00000000") + bytes(56))
INNER_ETH = bytes.fromhex("00112233445566778899aabb0800") + INNER_IP


def gre_pkt(flags: int, proto: int, opt: bytes = b"", pl: bytes = INNER_IP) -> bytes:
    return ip4(47, struct.pack("!HH", flags, proto) + opt + pl, dst=bytes([10, 0, 0, 2]))


def vx(flags: int, vni: int, pl: bytes = INNER_ETH) -> bytes:
    return udp(4789, struct.pack("!BBHI", flags, 0, 0, vni << 8) + pl)


def gv(ver: int = 0, optlen: int = 0, o: int = 0, c: int = 0, proto: int = 0x6558,
       vni: int = 5, opts: bytes = b"", pl: bytes = INNER_ETH, rsv: int = 0) -> bytes:
    return udp(6081, struct.pack("!BBHI", (ver << 6) | optlen, (o << 7) | (c << 6), proto,
                                 (vni << 8) | rsv) + opts + pl)


OPT_OVN = struct.pack("!HBB", 0x0102, 0x81, 1) + b"\xde\xad\xbe\xef"
OPT_STD = struct.pack("!HBB", 0x0000, 0x05, 2) + bytes(range(8))
OPT_EXP = struct.pack("!HBB", 0xFFFF, 0x05, 0)
S1, S2 = bytes([1, 2, 3, 4]), bytes([5, 6, 7, 8])

CASES: dict[str, tuple[bytes, int, tuple[str, ...]]] = {
    "igmp-query-v1": (ig(0x11, 0, bytes(4)), 1, ()),
    "igmp-query-v2": (ig(0x11, 100, bytes(4)), 1, ()),
    "igmp-query-v2-mrt": (ig(0x11, 50, bytes(4)), 1, ()),
    "igmp-query-v1-group": (ig(0x11, 0, G), 1, ()),
    "igmp-query-v2-group": (ig(0x11, 10, G), 1, ()),
    "igmp-query-len10": (ig(0x11, 100, G, b"xx"), 1, ()),
    "igmp-v1-report": (ig(0x12, 0, G), 1, ()),
    "igmp-v1-report-len12": (ig(0x12, 0, G, bytes(4)), 1, ()),
    "igmp-v2-report": (ig(0x16, 0, G), 1, ()),
    "igmp-leave": (ig(0x17, 0, G), 1, ()),
    "igmp-unknown": (ig(0x99, 0, G), 1, ()),
    "igmp-bad-cksum-v": (ig(0x16, 0, G, fix=False), 1, ("-v",)),
    "igmp-good-cksum-v": (ig(0x16, 0, G), 1, ("-v",)),
    "igmp-trunc": (ig(0x11, 0, G)[:-4], 1, ()),
    "igmp-trunc-report": (ig(0x12, 0, G)[:-1], 1, ()),
    "igmp-v3-query": (v3q(100, bytes(4), []), 1, ()),
    "igmp-v3-query-srcs": (v3q(0x80, G, [S1, S2]), 1, ()),
    "igmp-v3-query-srcs-vv": (v3q(0x80, G, [S1, S2]), 1, ("-vv",)),
    "igmp-v3-query-mrc-exp": (v3q(0xFF, G, [S1]), 1, ()),
    "igmp-v3-query-127": (v3q(127, G, []), 1, ()),
    "igmp-v3-query-0": (v3q(0, G, []), 1, ()),
    "igmp-v3-query-badlen": (ig(0x11, 50, G, struct.pack("!BBH", 0, 0, 0) + b"xx"), 1, ()),
    "igmp-v3-query-badsrcs": (v3q(50, G, [S1, S2], nsrcs=3), 1, ()),
    "igmp-v3-query-cut-vv": (v3q(50, G, [S1, S2], nsrcs=1)[:-5], 1, ("-vv",)),
    "igmp-v3-report": (v3r(2, rec3(1, G, [S1, S2]), rec3(4, bytes([239, 9, 9, 9]), [])), 1, ()),
    "igmp-v3-report-v": (v3r(2, rec3(1, G, [S1, S2]), rec3(4, bytes([239, 9, 9, 9]), [])), 1,
                         ("-v",)),
    "igmp-v3-report-vv": (v3r(2, rec3(1, G, [S1, S2]), rec3(4, bytes([239, 9, 9, 9]), [])), 1,
                          ("-vv",)),
    "igmp-v3-report-types-v": (v3r(7, *(rec3(t, G, [bytes([t] * 4)]) for t in range(7))), 1,
                               ("-v",)),
    "igmp-v3-report-aux-v": (v3r(2, rec3(1, G, [], aux=1) + bytes(4), rec3(1, G, [])[:4]), 1,
                             ("-v",)),
    "igmp-v3-report-badsrcs-v": (v3r(1, rec3(1, G, [S1], nsrcs=2)), 1, ("-v",)),
    "igmp-v3-report-badgroups-v": (v3r(3, rec3(1, G, [])), 1, ("-v",)),
    "igmp-v3-report-badlen": (v3r(1, rec3(1, G, [])[:6]), 1, ()),
    "igmp-mtrace": (ig(0x1F, 5, G, bytes(range(1, 17))), 1, ()),
    "igmp-mtrace-ttl": (ig(0x1F, 5, G, bytes([1, 2, 3, 4, 5, 6, 7, 8, 230, 10, 11, 12, 13, 14, 15,
                                                16])), 1, ()),
    "igmp-mresp": (ig(0x1E, 0, G, bytes(16)), 1, ()),
    "igmp-mtrace-short": (ig(0x1F, 5, G, bytes(15)), 1, ()),
    "dvmrp-ask2": (dv(5, b""), 1, ()),
    "dvmrp-nbr2": (dv(6, S1 + bytes([1, 0, 0x42, 2]) + S2 + G, major=12, minor=4), 1, ()),
    "dvmrp-nbr2-flags": (dv(6, S1 + bytes([3, 1, 0x3F, 1]) + S2, major=3, minor=255), 1, ()),
    "dvmrp-nbr-old": (dv(4, S1 + bytes([1, 0, 2]) + S2 + G), 1, ()),
    "dvmrp-prune": (dv(7, S1 + G + struct.pack("!I", 93784)), 1, ()),
    "dvmrp-prune-short": (dv(7, S1 + G), 1, ()),
    "dvmrp-graft": (dv(8, S1 + G), 1, ()),
    "dvmrp-graft-ack-v": (dv(9, S1 + G), 1, ("-v",)),
    "dvmrp-unknown": (dv(10, b""), 1, ()),
    "dvmrp-probe": (dv(1, b""), 1, ()),
    "pimv1-query": (pim1(0, PIM_BODY), 1, ()),
    "pimv1-query-v": (pim1(0, PIM_BODY), 1, ("-v",)),
    "pimv1-query-dense-v": (pim1(0, bytes([0x10, 0, 0, 0, 0, 0x5A])), 1, ("-v",)),
    "pimv1-rp-reachable": (pim1(4, PIM_BODY), 1, ()),
    "pimv1-rp-reachable-v": (pim1(4, PIM_BODY), 1, ("-v",)),
    "pimv1-rp-hostmask-v": (pim1(4, bytes([0x10, 0, 0, 0]) + G + b"\xff" * 4 + S1
                                 + struct.pack("!HH", 0, 270)), 1, ("-v",)),
    "pimv1-rp-cut-v": (pim1(4, PIM_BODY[:8]), 1, ("-v",)),
    "pimv1-version": (pim1(0, G), 1, ()),
    "pimv1-type9": (pim1(9, bytes(20)), 1, ()),
    "pimv1-empty": (pim1(0, b""), 1, ()),
    "gre-v0": (gre_pkt(0, 0x800), 1, ()),
    "gre-v0-v": (gre_pkt(0, 0x800), 1, ("-v",)),
    "gre-csum": (gre_pkt(0x8000, 0x800, b"\x12\x34\x00\x00"), 1, ()),
    "gre-csum-v": (gre_pkt(0x8000, 0x800, b"\x12\x34\x00\x00"), 1, ("-v",)),
    "gre-key": (gre_pkt(0x2000, 0x800, b"\0\0\0\x05"), 1, ()),
    "gre-seq": (gre_pkt(0x1000, 0x800, b"\0\0\0\x07"), 1, ()),
    "gre-all-v": (gre_pkt(0xB000, 0x800, bytes(4) + b"\0\0\0\x05\0\0\0\x07"), 1, ("-v",)),
    "gre-ack-v": (gre_pkt(0x0080, 0x800), 1, ("-v",)),
    "gre-ssr-v": (gre_pkt(0x0800, 0x800), 1, ("-v",)),
    "gre-route-ip": (gre_pkt(0x4000, 0x800, bytes(4) + bytes.fromhex("08000008")
                             + bytes(range(1, 9)) + bytes(4)), 1, ()),
    "gre-route-asn-v": (gre_pkt(0x4000, 0x800, bytes(4) + bytes.fromhex("fffe0004")
                                + bytes([1, 2, 3, 4]) + bytes(4)), 1, ("-v",)),
    "gre-route-other": (gre_pkt(0x4000, 0x800, bytes(4) + bytes.fromhex("12340004")
                                + bytes(4) + bytes(4)), 1, ()),
    "gre-route-badlen": (gre_pkt(0x4000, 0x800, bytes(4) + bytes.fromhex("08000006")
                                 + bytes(6) + bytes(4)), 1, ()),
    "gre-version-7": (gre_pkt(0x0007, 0x800), 1, ()),
    "gre-key-e": (gre_pkt(0x2000, 0x800, b"\0\0\0\x05"), 1, ("-e",)),
    "gre-route-e": (gre_pkt(0x4000, 0x800, bytes(4) + bytes.fromhex("12340004")
                            + bytes(4) + bytes(4)), 1, ("-e",)),
    "gre-unknown-proto-e": (gre_pkt(0x1000, 0x88BE, b"\0\0\0\x07"), 1, ("-e",)),
    "pptp-ack-only-e": (gre_pkt(0x2081, 0x880B, b"\x00\x00\x00\x05\0\0\0\x08", b""), 1,
                        ("-e",)),
    "gre-unknown-proto": (gre_pkt(0, 0x88BE), 1, ()),
    "gre-unknown-proto-v": (gre_pkt(0x1000, 0x88BE, b"\0\0\0\x07"), 1, ("-v",)),
    "gre-ipv6": (gre_pkt(0x2000, 0x86DD, b"\0\0\0\x05", bytes.fromhex("6000000000083a40")
                         + bytes(15) + b"\1" + bytes(15) + b"\2" + bytes.fromhex("8000000000000000")),
                 1, ()),
    "gre-teb": (gre_pkt(0x2000, 0x6558, b"\0\0\0\x05", INNER_ETH), 1, ()),
    "gre-mpls": (gre_pkt(0, 0x8847, b"", bytes.fromhex("00001140") + INNER_IP), 1, ()),
    "gre-trunc": (gre_pkt(0x8000, 0x800, b"\x12\x34\x00\x00")[:14 + 20 + 5], 1, ()),
    "gre-trunc-v": (gre_pkt(0x8000, 0x800, b"\x12\x34\x00\x00")[:14 + 20 + 5], 1, ("-v",)),
    "gre-trunc-proto": (gre_pkt(0, 0x800)[:14 + 20 + 3], 1, ()),
    "pptp-data": (gre_pkt(0x3001, 0x880B, b"\x00\x58\x00\x05\0\0\0\x09",
                          b"\xff\x03\x00\x21" + INNER_IP), 1, ()),
    "pptp-data-ack-v": (gre_pkt(0x3081, 0x880B, b"\x00\x58\x00\x05\0\0\0\x09\0\0\0\x08",
                                b"\xff\x03\x00\x21" + INNER_IP), 1, ("-v",)),
    "pptp-ack-only": (gre_pkt(0x2081, 0x880B, b"\x00\x00\x00\x05\0\0\0\x08", b""), 1, ()),
    "pptp-ack-only-v": (gre_pkt(0x2081, 0x880B, b"\x00\x00\x00\x05\0\0\0\x08", b""), 1, ("-v",)),
    "pptp-unknown-proto": (gre_pkt(0x3001, 0x1234, b"\x00\x58\x00\x05\0\0\0\x09"), 1, ()),
    "vxlan": (vx(8, 100), 1, ()),
    "vxlan-v": (vx(8, 100), 1, ("-v",)),
    "vxlan-e": (vx(8, 100), 1, ("-e",)),
    "vxlan-invalid-flags": (vx(0, 100), 1, ()),
    "vxlan-other-flags": (vx(0x0C, 0xFFFFFF), 1, ()),
    "vxlan-empty": (vx(8, 100, b""), 1, ()),
    "vxlan-trunc": (vx(8, 100)[:14 + 28 + 5], 1, ()),
    "vxlan-short": (udp(4789, bytes([8, 0, 0, 0, 0, 0, 100])), 1, ()),
    "geneve": (gv(), 1, ()),
    "geneve-v": (gv(), 1, ("-v",)),
    "geneve-oc": (gv(o=1, c=1), 1, ()),
    "geneve-opt": (gv(optlen=2, opts=OPT_OVN), 1, ()),
    "geneve-opt-v": (gv(optlen=2, opts=OPT_OVN), 1, ("-v",)),
    "geneve-opts-vv": (gv(optlen=5, opts=OPT_OVN + OPT_STD), 1, ("-vv",)),
    "geneve-opt-exp-v": (gv(optlen=1, opts=OPT_EXP), 1, ("-v",)),
    "geneve-opt-badlen-v": (gv(optlen=1, opts=struct.pack("!HBB", 0x0100, 0x80, 1)), 1, ("-v",)),
    "geneve-ipv4": (gv(proto=0x800, pl=INNER_IP), 1, ()),
    "geneve-ipv4-e": (gv(proto=0x800, pl=INNER_IP), 1, ("-e",)),
    "geneve-teb-e": (gv(optlen=2, opts=OPT_OVN), 1, ("-e",)),
    "geneve-unknown-proto": (gv(proto=0x1234), 1, ()),
    "geneve-unknown-proto-e": (gv(proto=0x1234), 1, ("-e",)),
    "geneve-version": (gv(ver=1), 1, ()),
    "geneve-rsvd": (gv(rsv=3), 1, ()),
    "geneve-trunc": (gv()[:14 + 28 + 6], 1, ()),
    "geneve-trunc-opts": (gv(optlen=2, opts=OPT_OVN)[:14 + 28 + 10], 1, ()),
}

EXPECTED: dict[str, str] = {
    'igmp-query-v1': 'igmp query v1',
    'igmp-query-v2': 'igmp query v2',
    'igmp-query-v2-mrt': 'igmp query v2 [max resp time 50]',
    'igmp-query-v1-group': 'igmp query v1 [gaddr 239.1.2.3]',
    'igmp-query-v2-group': 'igmp query v2 [max resp time 10] [gaddr 239.1.2.3]',
    'igmp-query-len10': 'igmp query v2 [gaddr 239.1.2.3] [len 10]',
    'igmp-v1-report': 'igmp v1 report 239.1.2.3',
    'igmp-v1-report-len12': 'igmp v1 report 239.1.2.3 [len 12]',
    'igmp-v2-report': 'igmp v2 report 239.1.2.3',
    'igmp-leave': 'igmp leave 239.1.2.3',
    'igmp-unknown': 'igmp-153',
    'igmp-bad-cksum-v': 'igmp v2 report 239.1.2.3 bad igmp cksum 0!',
    'igmp-good-cksum-v': 'igmp v2 report 239.1.2.3',
    'igmp-trunc': 'igmp query v1 [|igmp]',
    'igmp-trunc-report': ' [|igmp]',
    'igmp-v3-query': 'igmp query v3',
    'igmp-v3-query-srcs': 'igmp query v3 [max resp time 12.8s] [gaddr 239.1.2.3, 2 source(s)]',
    'igmp-v3-query-srcs-vv': 'igmp query v3 [max resp time 12.8s] [gaddr 239.1.2.3 { 1.2.3.4 5.6.7.8 }]',
    'igmp-v3-query-mrc-exp': 'igmp query v3 [max resp time 52m54s] [gaddr 239.1.2.3, 1 source(s)]',
    'igmp-v3-query-127': 'igmp query v3 [max resp time 12.7s] [gaddr 239.1.2.3]',
    'igmp-v3-query-0': 'igmp query v3 [max resp time 0.0s] [gaddr 239.1.2.3]',
    'igmp-v3-query-badlen': 'igmp query v3 [invalid len 14]',
    'igmp-v3-query-badsrcs': 'igmp query v3 [max resp time 5.0s] [gaddr 239.1.2.3 [invalid number of sources]]',
    'igmp-v3-query-cut-vv': 'igmp query v3 [max resp time 5.0s] [gaddr 239.1.2.3 { [|igmp]',
    'igmp-v3-report': 'igmp v3 report, 2 group record(s)',
    'igmp-v3-report-v': 'igmp v3 report, 2 group record(s) [gaddr 239.1.2.3 is_in, 2 source(s)] [gaddr 239.9.9.9 to_ex, 0 source(s)]',
    'igmp-v3-report-vv': 'igmp v3 report, 2 group record(s) [gaddr 239.1.2.3 is_in { 1.2.3.4 5.6.7.8 }] [gaddr 239.9.9.9 to_ex { }]',
    'igmp-v3-report-types-v': 'igmp v3 report, 7 group record(s) [gaddr 239.1.2.3  [v3-report-#0], 1 source(s)] [gaddr 239.1.2.3 is_in, 1 source(s)] [gaddr 239.1.2.3 is_ex, 1 source(s)] [gaddr 239.1.2.3 to_in, 1 source(s)] [gaddr 239.1.2.3 to_ex, 1 source(s)] [gaddr 239.1.2.3 allow, 1 source(s)] [gaddr 239.1.2.3 block, 1 source(s)]',
    'igmp-v3-report-aux-v': 'igmp v3 report, 2 group record(s) [gaddr 239.1.2.3 is_in, 0 source(s)] [gaddr 1.0.0.0  [v3-report-#0], 0 source(s)]',
    'igmp-v3-report-badsrcs-v': 'igmp v3 report, 1 group record(s) [gaddr 239.1.2.3 is_in [invalid number of sources 2]',
    'igmp-v3-report-badgroups-v': 'igmp v3 report, 3 group record(s) [gaddr 239.1.2.3 is_in, 0 source(s)] [invalid number of groups]',
    'igmp-v3-report-badlen': 'igmp v3 report [invalid len 14]',
    'igmp-mtrace': 'mtrace 921360: 1.2.3.4 to 5.6.7.8 reply-to 9.10.11.12',
    'igmp-mtrace-ttl': 'mtrace 921360: 1.2.3.4 to 5.6.7.8 reply-to 230.10.11.12 with-ttl 13',
    'igmp-mresp': 'mresp 0: 0.0.0.0 to 0.0.0.0 reply-to 0.0.0.0',
    'igmp-mtrace-short': ' [invalid len 23]',
    'dvmrp-ask2': 'igmp dvmrp Ask-neighbors2',
    'dvmrp-nbr2': 'igmp dvmrp Neighbors2 (v 12.4): [1.2.3.4 -> 5.6.7.8 (1/0/srcrt/querier)] [1.2.3.4 -> 239.1.2.3 (1/0/srcrt/querier)]',
    'dvmrp-nbr2-flags': 'igmp dvmrp Neighbors2 (v 3.255): [1.2.3.4 -> 5.6.7.8 (3/1/tunnel/srcrt/disabled/down)]',
    'dvmrp-nbr-old': 'igmp dvmrp Neighbors(old) [1.2.3.4 -> 5.6.7.8, (1/0)] [1.2.3.4 -> 239.1.2.3, (1/0)]',
    'dvmrp-prune': 'igmp dvmrp Prune src 1.2.3.4 grp 239.1.2.3 timer 1d2h3m4s',
    'dvmrp-prune-short': 'igmp dvmrp Prune src 1.2.3.4 grp 239.1.2.3 timer  [|dvmrp]',
    'dvmrp-graft': 'igmp dvmrp Graft src 1.2.3.4 grp 239.1.2.3',
    'dvmrp-graft-ack-v': 'igmp dvmrp Graft-ACK src 1.2.3.4 grp 239.1.2.3',
    'dvmrp-unknown': 'igmp dvmrp [type 10]',
    'dvmrp-probe': 'igmp dvmrp Probe',
    'pimv1-query': 'igmp pimv1 Query mode-14',
    'pimv1-query-v': 'igmp pimv1 Query mode-14 (Hold-time 8m35s)',
    'pimv1-query-dense-v': 'igmp pimv1 Query Dense-mode (Hold-time  [|pimv1]',
    'pimv1-rp-reachable': 'igmp pimv1 RP-reachable',
    'pimv1-rp-reachable-v': 'igmp pimv1 RP-reachable group 239.1.2.3/1.2.3.4 RP 1.14.0.0 hold 0s',
    'pimv1-rp-hostmask-v': 'igmp pimv1 RP-reachable group 239.1.2.3 RP 1.2.3.4 hold 4m30s',
    'pimv1-rp-cut-v': 'igmp pimv1 RP-reachable group 239.1.2.3 [|pimv1]',
    'pimv1-version': 'igmp pimv1 Query [v14]',
    'pimv1-type9': 'igmp pimv1 [type 9] [v0]',
    'pimv1-empty': 'igmp pimv1 Query [|pimv1]',
    'gre-v0': 'GREv0, length 88: IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-v0-v': 'GREv0, Flags [none], length 88\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 84)\n    192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-csum': 'GREv0, off 0x0, length 92: IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-csum-v': 'GREv0, Flags [checksum present], sum 0x1234, off 0x0, length 92\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 84)\n    192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-key': 'GREv0, key=0x5, length 92: IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-seq': 'GREv0, seq 7, length 92: IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-all-v': 'GREv0, Flags [checksum present, key present, sequence# present], sum 0x0, off 0x0, key=0x5, seq 7, length 100\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 84)\n    192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-ack-v': 'GREv0, Flags [ack present], length 88\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 84)\n    192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-ssr-v': 'GREv0, Flags [source routing present], length 88\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 84)\n    192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-route-ip': 'GREv0, off 0x0, (rtaf=ip *1.2.3.4 5.6.7.8), length 108: IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-route-asn-v': 'GREv0, Flags [routing present], sum 0x0, off 0x0, (rtaf=asn *102 304), length 104\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 84)\n    192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-route-other': 'GREv0, off 0x0, (rtaf=0x1234), length 104: IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-route-badlen': 'GREv0, off 0x0, (rtaf=ip, badlength=6), length 106: IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-version-7': 'GREv7 ERROR: unknown-version',
    'gre-key-e': 'GREv0, key=0x5, proto IPv4 (0x0800), length 92: 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-route-e': 'GREv0, off 0x0, (rtaf=0x1234), proto IPv4 (0x0800), length 104: 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-unknown-proto-e': 'GREv0, seq 7, proto unknown (0x88be), length 92: gre-proto-0x88be',
    'pptp-ack-only-e': 'GREv1, call 5, ack 8, no-payload, proto PPP (0x880b), length 12',
    'gre-unknown-proto': 'GREv0, length 88: gre-proto-0x88be',
    'gre-unknown-proto-v': 'GREv0, Flags [sequence# present], seq 7, length 92\n\tgre-proto-0x88be',
    'gre-ipv6': 'GREv0, key=0x5, length 56: IP6 ::1 > ::2: ICMP6, echo request, id 0, seq 0, length 8',
    'gre-teb': 'GREv0, key=0x5, length 106: IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-mpls': 'GREv0, length 92: MPLS (label 1, tc 0, [S], ttl 64) IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'gre-trunc': 'GREv0 [|gre]',
    'gre-trunc-v': 'GREv0, Flags [checksum present] [|gre]',
    'gre-trunc-proto': 'GREv0 [|gre]',
    'pptp-data': 'GREv1, call 5, seq 9, length 100: IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'pptp-data-ack-v': 'GREv1, Flags [key present, sequence# present, ack present], call 5, seq 9, ack 8, length 104\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 84)\n    192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'pptp-ack-only': 'GREv1, call 5, ack 8, no-payload, length 12',
    'pptp-ack-only-v': 'GREv1, Flags [key present, ack present], call 5, ack 8, no-payload, length 12',
    'pptp-unknown-proto': 'GREv1, call 5, seq 9, length 96: gre-proto-0x1234',
    'vxlan': 'VXLAN, flags [I] (0x08), vni 100\nIP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'vxlan-v': 'VXLAN, flags [I] (0x08), vni 100\nIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 84)\n    192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'vxlan-e': 'VXLAN, flags [I] (0x08), vni 100\n66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 98: 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'vxlan-invalid-flags': 'VXLAN, flags [invalid] (0x00), vni 100\nIP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'vxlan-other-flags': 'VXLAN, flags [I] (0x0c), vni 16777215\nIP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'vxlan-empty': 'VXLAN, flags [I] (0x08), vni 100\n [|ether]',
    'vxlan-trunc': 'VXLAN, flags [I] (0x08),  [|vxlan]',
    'vxlan-short': 'VXLAN (invalid)',
    'geneve': 'Geneve, Flags [none], vni 0x5: IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'geneve-v': 'Geneve, Flags [none], vni 0x5\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 84)\n    192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'geneve-oc': 'Geneve, Flags [OC], vni 0x5: IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'geneve-opt': 'Geneve, Flags [none], vni 0x5, options [8 bytes]: IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'geneve-opt-v': 'Geneve, Flags [none], vni 0x5, options [class Open Virtual Networking (OVN) (0x102) type 0x81(C) len 8]\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 84)\n    192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'geneve-opts-vv': 'Geneve, Flags [none], vni 0x5, options [class Open Virtual Networking (OVN) (0x102) type 0x81(C) len 8 data deadbeef, class Standard (0x0) type 0x5 len 12 data 00010203 04050607]\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 84)\n    192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'geneve-opt-exp-v': 'Geneve, Flags [none], vni 0x5, options [class Experimental (0xffff) type 0x5 len 4]\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 84)\n    192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'geneve-opt-badlen-v': 'Geneve, Flags [none], vni 0x5, options [class Linux (0x100) type 0x80(C) len 8 [bad length]]\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 84)\n    192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'geneve-ipv4': 'Geneve, Flags [none], vni 0x5: IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'geneve-ipv4-e': 'Geneve, Flags [none], vni 0x5, proto IPv4 (0x0800): 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'geneve-teb-e': 'Geneve, Flags [none], vni 0x5, proto TEB (0x6558), options [8 bytes]: 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 98: 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'geneve-unknown-proto': 'Geneve, Flags [none], vni 0x5: geneve-proto-0x1234',
    'geneve-unknown-proto-e': 'Geneve, Flags [none], vni 0x5, proto unknown (0x1234): geneve-proto-0x1234',
    'geneve-version': 'Geneve ERROR: unknown-version 1',
    'geneve-rsvd': 'Geneve, Flags [none], vni 0x5, rsvd 0x3: IP 192.168.0.1 > 192.168.0.2: ICMP echo request, id 0, seq 0, length 64',
    'geneve-trunc': 'Geneve [|geneve]',
    'geneve-trunc-opts': 'Geneve, Flags [none], vni 0x5 [|geneve]',
}

# --- tcpdump, units -------------------------------------------------------------------


def _wirelen(frame: bytes) -> int:
    """Frames cut short in CASES keep the IP header's length as their wire length."""
    if len(frame) >= 18 and frame[12:14] == b"\x08\x00":
        return max(len(frame), 14 + int.from_bytes(frame[16:18], "big"))
    return len(frame)


def tcpdump_part(text: str, flags: tuple[str, ...]) -> str:
    """What follows ``"IP a > b: "`` (with -v: on the second line; with -e: after the
    Ethernet header too)."""
    if "-e" in flags:
        text = text.split(": ", 1)[1]
    if any(f.startswith("-v") for f in flags):
        text = text.split("\n", 1)[1] if "\n" in text else text
    text = text.split(": ", 1)[1] if ": " in text else text
    if text.startswith("[no cksum] "):
        text = text[len("[no cksum] "):]
    return text


Unit = tuple[Callable[..., Any], Callable[..., str], bytes, int]


def unit_of(frame: bytes, wirelen: int) -> Unit | None:
    o = 12
    while frame[o:o + 2] in (b"\x81\x00", b"\x88\xa8"):
        o += 4
    if frame[o:o + 2] != b"\x08\x00" or len(frame) < o + 22:
        return None
    o += 2
    ihl = (frame[o] & 15) * 4
    if int.from_bytes(frame[o + 6:o + 8], "big") & 0x3FFF or ihl < 20:
        return None
    proto = frame[o + 9]
    tl = int.from_bytes(frame[o + 2:o + 4], "big")
    p = o + ihl
    if proto == 2:
        return igmp.decode_igmp, igmp.format_igmp, frame[p:], tl - ihl
    if proto == 47:
        return gre.decode_gre, gre.format_gre, frame[p:], tl - ihl
    if proto == 17 and len(frame) >= p + 8:
        port = int.from_bytes(frame[p + 2:p + 4], "big")
        ulen = int.from_bytes(frame[p + 4:p + 6], "big") - 8
        if port == 4789:
            return vxlan.decode_vxlan, vxlan.format_vxlan, frame[p + 8:], ulen
        if port == 6081:
            return vxlan.decode_geneve, vxlan.format_geneve, frame[p + 8:], ulen
    return None


def ctx_for(flags: tuple[str, ...]) -> Context:
    v = max((f.count("v") for f in flags if f.startswith("-v")), default=0)
    return Context(opts=Options(verbose=v, link_header="-e" in flags))


def ours(frame: bytes, flags: tuple[str, ...]) -> tuple[str, bool]:
    """Our text for the unit, and whether it hands on to an inner unit."""
    u = unit_of(frame, _wirelen(frame))
    assert u is not None
    dec, fmt, data, length = u
    ctx = ctx_for(flags)
    rec = dec(data, length, ctx)
    return fmt(rec, ctx), rec.inner is not None


def agrees(mine: str, inner: bool, theirs: str) -> bool:
    return mine == theirs or (inner and theirs.startswith(mine))


# --- tests ----------------------------------------------------------------------------


@pytest.mark.parametrize("cid", sorted(CASES))
def test_recorded(cid: str) -> None:
    frame, _lt, flags = CASES[cid]
    mine, inner = ours(frame, flags)
    assert agrees(mine, inner, EXPECTED[cid]), (mine, EXPECTED[cid])


def test_separators() -> None:
    """The joints the walker relies on: our text ends with tcpdump's separator."""
    assert ours(CASES["gre-v0"][0], ())[0].endswith("length 88: ")
    assert ours(CASES["gre-v0-v"][0], ("-v",))[0].endswith("length 88\n\t")
    assert ours(CASES["vxlan"][0], ())[0] == "VXLAN, flags [I] (0x08), vni 100\n"
    assert ours(CASES["geneve"][0], ())[0] == "Geneve, Flags [none], vni 0x5: "
    assert ours(CASES["geneve-v"][0], ("-v",))[0] == "Geneve, Flags [none], vni 0x5\n\t"
    rec = vxlan.decode_vxlan(bytes([8, 0, 0, 0, 0, 0, 100, 0]), 8, Context())
    assert rec.inner == ("linktype", 1, 8)
    g = gre.decode_gre(b"\x20\x00\x08\x00\x00\x00\x00\x05", 8, Context())
    assert g.inner == ("ethertype", 0x0800, 8)


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
            mine, inner = ours(CASES[cid][0], flags)
            assert agrees(mine, inner, tcpdump_part(text, flags)), (cid, mine, text)


def _corpus_files() -> list[Path]:
    names = ("igmp", "IGMP", "gre", "GRE", "pptp", "vxlan", "geneve", "erspan", "mrinfo",
             "PIM", "eapon1", "relts")
    return sorted(p for p in (CORPUS / "tcpdump").glob("*.pcap*")
                  if any(n in p.name for n in names))


@needs_corpus
@needs_tcpdump
@pytest.mark.parametrize("flags", [(), ("-v",), ("-e",)], ids=["plain", "v", "e"])
def test_corpus(flags: tuple[str, ...]) -> None:
    """The IGMP/GRE/VXLAN/Geneve units of corpus captures (DVMRP probes and reports,
    which igmp.py does not decode, and packets whose outer IP tcpdump rejects, apart)."""
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
        texts = _packets(subprocess.run([binary, "-n", "-tt", *flags, "-r", str(path)],
                                        capture_output=True, text=True, errors="replace",
                                        check=False).stdout)
        if len(texts) != len(pkts):
            continue
        ctx = ctx_for(flags)
        for i, (dec, fmt, data, length) in units:
            theirs = tcpdump_part(texts[i], flags)
            if "dvmrp Probe" in theirs or "dvmrp Report" in theirs or "bad-len" in texts[i] \
                    or "IP0" in texts[i] or "truncated-ip" in texts[i]:
                continue
            total += 1
            rec = dec(data, length, ctx)
            mine = fmt(rec, ctx)
            if agrees(mine, rec.inner is not None, theirs):
                same += 1
            else:
                bad.append(f"{path.name}#{i}: {theirs[:200]!r} != {mine[:200]!r}")
    assert total > 300
    assert not bad, "\n".join(bad[:10])


# --- never raise ------------------------------------------------------------------------

_SEEDS = [f for f, _lt, _fl in CASES.values()]
_OPTS = [Options(verbose=v, link_header=e) for v in (0, 1, 2) for e in (False, True)]
_MODS: dict[str, tuple[Callable[..., Any], Callable[..., str]]] = {
    "igmp": (igmp.decode_igmp, igmp.format_igmp), "gre": (gre.decode_gre, gre.format_gre),
    "vxlan": (vxlan.decode_vxlan, vxlan.format_vxlan),
    "geneve": (vxlan.decode_geneve, vxlan.format_geneve),
}


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    base = bytearray(draw(st.sampled_from(_SEEDS)))[34:]
    for _ in range(draw(st.integers(0, 6))):
        if not base:
            break
        base[draw(st.integers(0, len(base) - 1))] = draw(st.integers(0, 255))
    return bytes(base[:draw(st.integers(0, len(base)))])


@settings(max_examples=300, deadline=None)
@given(data=st.one_of(st.binary(max_size=200), _mutated()), length=st.integers(0, 400),
       which=st.sampled_from(sorted(_MODS)), opt=st.sampled_from(_OPTS))
def test_never_raises(data: bytes, length: int, which: str, opt: Options) -> None:
    dec, fmt = _MODS[which]
    ctx = Context(opts=opt)
    for unit in (data, data[8:]):
        rec = dec(unit, length, ctx)
        assert isinstance(fmt(rec, ctx), str)
        rec.to_json()
