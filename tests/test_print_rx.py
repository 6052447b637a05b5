"""Rx and AFS printing (printer/rx.py) against tcpdump 4.99.3.

The frames are built here: Rx packets over UDP between a client port and the
AFS service ports (file server 7000, protection 7002, volume location 7003),
calls followed by their replies (tcpdump finds a reply's call in a cache of
recent calls), acknowledgements, a challenge and packets cut by the capture.
``EXPECTED`` holds tcpdump 4.99.3's text for them (``-n -t``, up to ``-vvv``,
``TZ=UTC``), recorded once, so the tests run without tcpdump.  With tcpdump
installed the frames are also compared live, and so are the Rx packets of the
corpus captures.
"""

from __future__ import annotations

import os
import struct
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS, needs_corpus, needs_tcpdump, tcpdump_path
from helpers import pcap_file, pcap_record
from purepcap.printer import rx as rx_mod
from purepcap.printer._base import Context, Options
from purepcap.printer._walk import walk
from purepcap.savefile import open_reader

# --- builders -----------------------------------------------------------------------

ETH = bytes.fromhex("020000000002020000000001") + b"\x08\x00"
CLIENT = bytes([10, 0, 0, 1])
SERVER = bytes([10, 0, 0, 2])


def csum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def udp_frame(src: bytes, dst: bytes, sport: int, dport: int, payload: bytes) -> bytes:
    u = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(u), 1, 0, 64, 17, 0, src, dst)
    return ETH + h[:10] + struct.pack("!H", csum(h)) + h[12:] + u


def rx(rtype: int, flags: int, body: bytes, call: int = 5, seq: int = 1, serial: int = 9,
       service: int = 1) -> bytes:
    return struct.pack("!IIIIIBBBBHH", 0x12345678, 0xABCD0000, call, seq, serial, rtype, flags,
                       0, 2, 0, service) + body


def call(port: int, body: bytes, **kw: int) -> bytes:
    return udp_frame(CLIENT, SERVER, 7001, port, rx(1, 1, body, **kw))


def reply(port: int, body: bytes, rtype: int = 1, **kw: int) -> bytes:
    return udp_frame(SERVER, CLIENT, port, 7001, rx(rtype, 4, body, **kw))


def xdr_str(s: bytes) -> bytes:
    return struct.pack("!I", len(s)) + s + b"\0" * (-len(s) % 4)


def vec(s: bytes, n: int) -> bytes:
    return b"".join(struct.pack("!I", c) for c in s.ljust(n, b"\0"))


# a run of frames in order (replies find their calls)
RX_RUN = [
    ("fs_fetch_status", call(7000, struct.pack("!IIII", 132, 536871098, 1, 1))),
    ("fs_reply", reply(7000, bytes(40))),
    ("fs_makedir", call(7000, struct.pack("!IIII", 141, 7, 1, 1) + xdr_str(b"tmpdir")
                        + struct.pack("!IIIIII", 12, 0, 0, 0, 0o755, 0), call=6)),
    ("fs_makedir_reply", reply(7000, struct.pack("!III", 7, 677, 1097448), call=6)),
    ("fs_abort", call(7000, struct.pack("!IIII", 136, 7, 1, 1) + xdr_str(b"gone"), call=7)),
    ("fs_abort_reply", reply(7000, struct.pack("!i", 102), rtype=4, call=7)),
    ("pt_name_to_id", call(7002, struct.pack("!II", 504, 1) + vec(b"nneul", 64), call=8)),
    ("pt_reply", reply(7002, struct.pack("!Ii", 1, 5879), call=8)),
    ("vldb_by_name", call(7003, struct.pack("!I", 504) + xdr_str(b"root.cell"), call=9)),
    ("ack", udp_frame(SERVER, CLIENT, 7000, 7001, rx(2, 0, struct.pack(
        "!HHIIIBB", 0, 0, 3, 0, 347, 8, 5) + bytes([1, 1, 0, 1, 1]) + bytes(3)
        + struct.pack("!IIII", 1444, 1444, 32, 4)))),
    ("challenge", udp_frame(SERVER, CLIENT, 7000, 7001, rx(6, 0, bytes(16)))),
    ("cb_probe", udp_frame(SERVER, CLIENT, 7000, 7001, rx(1, 1, struct.pack("!I", 206), call=3))),
    ("unknown_op", call(7000, struct.pack("!I", 999), call=10)),
    ("ubik_beacon", call(7003, struct.pack("!IIIIIII", 10000, 1, 942356776, 3, 4, 5, 6),
                         call=11)),
]
# cut by the capture: (name, frame, snap)
RX_CUT = [
    ("short_header", call(7000, b""), 14 + 20 + 8 + 20),
    ("cut_fid", call(7000, struct.pack("!IIII", 132, 1, 2, 3), call=12), 14 + 20 + 8 + 28 + 8),
    ("cut_op", call(7000, struct.pack("!IIII", 132, 1, 2, 3), call=13), 14 + 20 + 8 + 30),
]


EXPECTED: dict[tuple[str, int], str] = {('ack', 0): 'IP 10.0.0.2.7000 > 10.0.0.1.7001:  rx ack first 3 serial 347 reason delay acked '
             '3-4,6-7 nacked 5 (70)',
 ('ack', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 98)\n'
             '    10.0.0.2.7000 > 10.0.0.1.7001:  rx ack seq 1 ser 9 first 3 serial 347 reason '
             'delay acked 3-4,6-7 nacked 5 (70)',
 ('ack', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 98)\n'
             '    10.0.0.2.7000 > 10.0.0.1.7001: [no cksum]  rx ack cid abcd0000 call# 5 seq 1 ser '
             '9 first 3 serial 347 reason delay acked 3-4,6-7 nacked 5 ifmtu 1444 maxmtu 1444 '
             'rwind 32 maxpackets 4 (70)',
 ('ack', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 98)\n'
             '    10.0.0.2.7000 > 10.0.0.1.7001: [no cksum]  rx ack cid abcd0000 call# 5 seq 1 ser '
             '9 secindex 2 serviceid 1 bufspace 0 maxskew 0 first 3 serial 347 reason delay acked '
             '3-4,6-7 nacked 5 ifmtu 1444 maxmtu 1444 rwind 32 maxpackets 4 (70)',
 ('cb_probe', 0): 'IP 10.0.0.2.7000 > 10.0.0.1.7001:  rx data cb call probe (32)',
 ('cb_probe', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n'
                  '    10.0.0.2.7000 > 10.0.0.1.7001:  rx data seq 1 ser 9 cb call probe (32)',
 ('cb_probe', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n'
                  '    10.0.0.2.7000 > 10.0.0.1.7001: [no cksum]  rx data cid abcd0000 call# 3 seq '
                  '1 ser 9 <client-init> cb call probe (32)',
 ('cb_probe', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n'
                  '    10.0.0.2.7000 > 10.0.0.1.7001: [no cksum]  rx data cid abcd0000 call# 3 seq '
                  '1 ser 9 secindex 2 serviceid 1 <client-init> cb call probe (32)',
 ('challenge', 0): 'IP 10.0.0.2.7000 > 10.0.0.1.7001:  rx challenge (44)',
 ('challenge', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n'
                   '    10.0.0.2.7000 > 10.0.0.1.7001:  rx challenge seq 1 ser 9 (44)',
 ('challenge', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n'
                   '    10.0.0.2.7000 > 10.0.0.1.7001: [no cksum]  rx challenge cid abcd0000 call# '
                   '5 seq 1 ser 9 (44)',
 ('challenge', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n'
                   '    10.0.0.2.7000 > 10.0.0.1.7001: [no cksum]  rx challenge cid abcd0000 call# '
                   '5 seq 1 ser 9 secindex 2 serviceid 1 (44)',
 ('cut_fid', 0): 'IP 10.0.0.1.7001 > 10.0.0.2.7000:  rx data fs call fetch-status [|fs] (44)',
 ('cut_fid', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n'
                 '    10.0.0.1.7001 > 10.0.0.2.7000:  rx data seq 1 ser 9 fs call fetch-status '
                 '[|fs] (44)',
 ('cut_fid', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n'
                 '    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx data cid abcd0000 call# 12 seq '
                 '1 ser 9 <client-init> fs call fetch-status [|fs] (44)',
 ('cut_fid', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n'
                 '    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx data cid abcd0000 call# 12 seq '
                 '1 ser 9 secindex 2 serviceid 1 <client-init> fs call fetch-status [|fs] (44)',
 ('cut_op', 0): 'IP 10.0.0.1.7001 > 10.0.0.2.7000:  rx data [|rx]',
 ('cut_op', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n'
                '    10.0.0.1.7001 > 10.0.0.2.7000:  rx data seq 1 ser 9 [|rx]',
 ('cut_op', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n'
                '    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx data cid abcd0000 call# 13 seq '
                '1 ser 9 <client-init> [|rx]',
 ('cut_op', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n'
                '    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx data cid abcd0000 call# 13 seq '
                '1 ser 9 secindex 2 serviceid 1 <client-init> [|rx]',
 ('fs_abort', 0): 'IP 10.0.0.1.7001 > 10.0.0.2.7000:  rx data fs call remove-file fid 7/1/1 "gone" '
                  '(52)',
 ('fs_abort', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 80)\n'
                  '    10.0.0.1.7001 > 10.0.0.2.7000:  rx data seq 1 ser 9 fs call remove-file fid '
                  '7/1/1 "gone" (52)',
 ('fs_abort', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 80)\n'
                  '    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx data cid abcd0000 call# 7 seq '
                  '1 ser 9 <client-init> fs call remove-file fid 7/1/1 "gone" (52)',
 ('fs_abort', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 80)\n'
                  '    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx data cid abcd0000 call# 7 seq '
                  '1 ser 9 secindex 2 serviceid 1 <client-init> fs call remove-file fid 7/1/1 '
                  '"gone" (52)',
 ('fs_abort_reply', 0): 'IP 10.0.0.2.7000 > 10.0.0.1.7001:  rx abort fs reply remove-file error no '
                        'such vnode (32)',
 ('fs_abort_reply', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                        '60)\n'
                        '    10.0.0.2.7000 > 10.0.0.1.7001:  rx abort seq 1 ser 9 fs reply '
                        'remove-file error no such vnode (32)',
 ('fs_abort_reply', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                        '60)\n'
                        '    10.0.0.2.7000 > 10.0.0.1.7001: [no cksum]  rx abort cid abcd0000 '
                        'call# 7 seq 1 ser 9 <last-pckt> fs reply remove-file error no such vnode '
                        '(32)',
 ('fs_abort_reply', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                        '60)\n'
                        '    10.0.0.2.7000 > 10.0.0.1.7001: [no cksum]  rx abort cid abcd0000 '
                        'call# 7 seq 1 ser 9 secindex 2 serviceid 1 <last-pckt> fs reply '
                        'remove-file error no such vnode (32)',
 ('fs_fetch_status', 0): 'IP 10.0.0.1.7001 > 10.0.0.2.7000:  rx data fs call fetch-status fid '
                         '536871098/1/1 (44)',
 ('fs_fetch_status', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), '
                         'length 72)\n'
                         '    10.0.0.1.7001 > 10.0.0.2.7000:  rx data seq 1 ser 9 fs call '
                         'fetch-status fid 536871098/1/1 (44)',
 ('fs_fetch_status', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), '
                         'length 72)\n'
                         '    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx data cid abcd0000 '
                         'call# 5 seq 1 ser 9 <client-init> fs call fetch-status fid 536871098/1/1 '
                         '(44)',
 ('fs_fetch_status', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), '
                         'length 72)\n'
                         '    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx data cid abcd0000 '
                         'call# 5 seq 1 ser 9 secindex 2 serviceid 1 <client-init> fs call '
                         'fetch-status fid 536871098/1/1 (44)',
 ('fs_makedir', 0): 'IP 10.0.0.1.7001 > 10.0.0.2.7000:  rx data fs call makedir fid 7/1/1 "tmpdir" '
                    'StoreStatus group 0 mode 755 (80)',
 ('fs_makedir', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                    '108)\n'
                    '    10.0.0.1.7001 > 10.0.0.2.7000:  rx data seq 1 ser 9 fs call makedir fid '
                    '7/1/1 "tmpdir" StoreStatus group 0 mode 755 (80)',
 ('fs_makedir', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                    '108)\n'
                    '    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx data cid abcd0000 call# 6 '
                    'seq 1 ser 9 <client-init> fs call makedir fid 7/1/1 "tmpdir" StoreStatus '
                    'group 0 mode 755 (80)',
 ('fs_makedir', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                    '108)\n'
                    '    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx data cid abcd0000 call# 6 '
                    'seq 1 ser 9 secindex 2 serviceid 1 <client-init> fs call makedir fid 7/1/1 '
                    '"tmpdir" StoreStatus group 0 mode 755 (80)',
 ('fs_makedir_reply', 0): 'IP 10.0.0.2.7000 > 10.0.0.1.7001:  rx data fs reply makedir new fid '
                          '7/677/1097448 (40)',
 ('fs_makedir_reply', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), '
                          'length 68)\n'
                          '    10.0.0.2.7000 > 10.0.0.1.7001:  rx data seq 1 ser 9 fs reply '
                          'makedir new fid 7/677/1097448 (40)',
 ('fs_makedir_reply', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), '
                          'length 68)\n'
                          '    10.0.0.2.7000 > 10.0.0.1.7001: [no cksum]  rx data cid abcd0000 '
                          'call# 6 seq 1 ser 9 <last-pckt> fs reply makedir new fid 7/677/1097448 '
                          '(40)',
 ('fs_makedir_reply', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), '
                          'length 68)\n'
                          '    10.0.0.2.7000 > 10.0.0.1.7001: [no cksum]  rx data cid abcd0000 '
                          'call# 6 seq 1 ser 9 secindex 2 serviceid 1 <last-pckt> fs reply makedir '
                          'new fid 7/677/1097448 (40)',
 ('fs_reply', 0): 'IP 10.0.0.2.7000 > 10.0.0.1.7001:  rx data fs reply fetch-status (68)',
 ('fs_reply', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 96)\n'
                  '    10.0.0.2.7000 > 10.0.0.1.7001:  rx data seq 1 ser 9 fs reply fetch-status '
                  '(68)',
 ('fs_reply', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 96)\n'
                  '    10.0.0.2.7000 > 10.0.0.1.7001: [no cksum]  rx data cid abcd0000 call# 5 seq '
                  '1 ser 9 <last-pckt> fs reply fetch-status (68)',
 ('fs_reply', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 96)\n'
                  '    10.0.0.2.7000 > 10.0.0.1.7001: [no cksum]  rx data cid abcd0000 call# 5 seq '
                  '1 ser 9 secindex 2 serviceid 1 <last-pckt> fs reply fetch-status (68)',
 ('pt_name_to_id', 0): 'IP 10.0.0.1.7001 > 10.0.0.2.7002:  rx data pt call name-to-id "nneul" '
                       '(292)',
 ('pt_name_to_id', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                       '320)\n'
                       '    10.0.0.1.7001 > 10.0.0.2.7002:  rx data seq 1 ser 9 pt call name-to-id '
                       '"nneul" (292)',
 ('pt_name_to_id', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                       '320)\n'
                       '    10.0.0.1.7001 > 10.0.0.2.7002: [no cksum]  rx data cid abcd0000 call# '
                       '8 seq 1 ser 9 <client-init> pt call name-to-id "nneul" (292)',
 ('pt_name_to_id', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                       '320)\n'
                       '    10.0.0.1.7001 > 10.0.0.2.7002: [no cksum]  rx data cid abcd0000 call# '
                       '8 seq 1 ser 9 secindex 2 serviceid 1 <client-init> pt call name-to-id '
                       '"nneul" (292)',
 ('pt_reply', 0): 'IP 10.0.0.2.7002 > 10.0.0.1.7001:  rx data pt reply name-to-id ids: 5879 (36)',
 ('pt_reply', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 64)\n'
                  '    10.0.0.2.7002 > 10.0.0.1.7001:  rx data seq 1 ser 9 pt reply name-to-id '
                  'ids: 5879 (36)',
 ('pt_reply', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 64)\n'
                  '    10.0.0.2.7002 > 10.0.0.1.7001: [no cksum]  rx data cid abcd0000 call# 8 seq '
                  '1 ser 9 <last-pckt> pt reply name-to-id ids: 5879 (36)',
 ('pt_reply', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 64)\n'
                  '    10.0.0.2.7002 > 10.0.0.1.7001: [no cksum]  rx data cid abcd0000 call# 8 seq '
                  '1 ser 9 secindex 2 serviceid 1 <last-pckt> pt reply name-to-id ids: 5879 (36)',
 ('short_header', 0): 'IP 10.0.0.1.7001 > 10.0.0.2.7000:  [|rx] (28)',
 ('short_header', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                      '56)\n'
                      '    10.0.0.1.7001 > 10.0.0.2.7000:  [|rx] (28)',
 ('short_header', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                      '56)\n'
                      '    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  [|rx] (28)',
 ('short_header', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                      '56)\n'
                      '    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  [|rx] (28)',
 ('ubik_beacon', 0): 'IP 10.0.0.1.7001 > 10.0.0.2.7003:  rx data vldb ubik call vote-beacon '
                     'syncsite yes votestart 1999/11/11 21:46:16 dbversion 3.4 tid 5.6 (56)',
 ('ubik_beacon', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                     '84)\n'
                     '    10.0.0.1.7001 > 10.0.0.2.7003:  rx data seq 1 ser 9 vldb ubik call '
                     'vote-beacon syncsite yes votestart 1999/11/11 21:46:16 dbversion 3.4 tid 5.6 '
                     '(56)',
 ('ubik_beacon', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                     '84)\n'
                     '    10.0.0.1.7001 > 10.0.0.2.7003: [no cksum]  rx data cid abcd0000 call# 11 '
                     'seq 1 ser 9 <client-init> vldb ubik call vote-beacon syncsite yes votestart '
                     '1999/11/11 21:46:16 dbversion 3.4 tid 5.6 (56)',
 ('ubik_beacon', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                     '84)\n'
                     '    10.0.0.1.7001 > 10.0.0.2.7003: [no cksum]  rx data cid abcd0000 call# 11 '
                     'seq 1 ser 9 secindex 2 serviceid 1 <client-init> vldb ubik call vote-beacon '
                     'syncsite yes votestart 1999/11/11 21:46:16 dbversion 3.4 tid 5.6 (56)',
 ('unknown_op', 0): 'IP 10.0.0.1.7001 > 10.0.0.2.7000:  rx data fs call op#999 (32)',
 ('unknown_op', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                    '60)\n'
                    '    10.0.0.1.7001 > 10.0.0.2.7000:  rx data seq 1 ser 9 fs call op#999 (32)',
 ('unknown_op', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                    '60)\n'
                    '    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx data cid abcd0000 call# 10 '
                    'seq 1 ser 9 <client-init> fs call op#999 (32)',
 ('unknown_op', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                    '60)\n'
                    '    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx data cid abcd0000 call# 10 '
                    'seq 1 ser 9 secindex 2 serviceid 1 <client-init> fs call op#999 (32)',
 ('vldb_by_name', 0): 'IP 10.0.0.1.7001 > 10.0.0.2.7003:  rx data vldb call get-entry-by-name '
                      '"root.cell" (48)',
 ('vldb_by_name', 1): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                      '76)\n'
                      '    10.0.0.1.7001 > 10.0.0.2.7003:  rx data seq 1 ser 9 vldb call '
                      'get-entry-by-name "root.cell" (48)',
 ('vldb_by_name', 2): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                      '76)\n'
                      '    10.0.0.1.7001 > 10.0.0.2.7003: [no cksum]  rx data cid abcd0000 call# 9 '
                      'seq 1 ser 9 <client-init> vldb call get-entry-by-name "root.cell" (48)',
 ('vldb_by_name', 3): 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length '
                      '76)\n'
                      '    10.0.0.1.7001 > 10.0.0.2.7003: [no cksum]  rx data cid abcd0000 call# 9 '
                      'seq 1 ser 9 secindex 2 serviceid 1 <client-init> vldb call '
                      'get-entry-by-name "root.cell" (48)'}


NAMES = [n for n, _ in RX_RUN] + [n for n, _, _ in RX_CUT]
FRAMES: list[tuple[bytes, int]] = [(f, len(f)) for _, f in RX_RUN] + [(f, s) for _, f, s in RX_CUT]


@pytest.fixture(autouse=True)
def utc() -> Iterator[None]:
    """tcpdump prints AFS dates in local time; the recorded texts are for UTC."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def ours_run(verbose: int) -> list[str]:
    """Our text for the frames in order, with one context (the call cache)."""
    opts, state = Options(verbose=verbose), dict[str, object]()
    return [walk(f[:s], 1, len(f), Context(opts=opts, state=state))[1] for f, s in FRAMES]


def split_packets(text: str) -> list[str]:
    packets: list[str] = []
    for line in text.splitlines():
        if packets and line[:1] in ("\t", " "):
            packets[-1] += "\n" + line
        else:
            packets.append(line)
    return packets


def tcpdump_run(args: list[str], path: str) -> list[str]:
    out = subprocess.run([tcpdump_path(), *args, "-r", path], capture_output=True, check=False,
                         env=dict(os.environ, TZ="UTC")).stdout
    return split_packets(out.decode("latin-1"))


# --- tests ----------------------------------------------------------------------------

@pytest.mark.parametrize("verbose", [0, 1, 2, 3])
def test_recorded(verbose: int) -> None:
    for name, text in zip(NAMES, ours_run(verbose)):
        assert text == EXPECTED[(name, verbose)], name


def test_cache_needs_the_call() -> None:
    """A reply whose call was not seen prints the Rx header only."""
    ctx = Context()
    reply_frame = dict(RX_RUN)["pt_reply"]
    assert walk(reply_frame, 1, len(reply_frame), ctx)[1].endswith(":  rx data (36)")
    rec = rx_mod.decode_rx(reply_frame[42:], len(reply_frame) - 42, ctx)
    assert (rec.type, rec.call, rec.seq) == (1, 8, 1)
    assert rec.to_json()["proto"] == "rx"


@needs_tcpdump
@pytest.mark.parametrize("verbose", [0, 1, 2, 3])
def test_live_frames(verbose: int) -> None:
    with tempfile.NamedTemporaryFile(suffix=".pcap") as t:
        t.write(pcap_file([pcap_record(1, 0, f[:s], len(f)) for f, s in FRAMES]))
        t.flush()
        texts = tcpdump_run(["-n", "-t", *(["-" + "v" * verbose] if verbose else [])], t.name)
    assert texts == ours_run(verbose)


@needs_corpus
@needs_tcpdump
@pytest.mark.parametrize("verbose", [0, 1, 2])
@pytest.mark.parametrize("name", ["afs.pcap", "rx_serviceid_oobr.pcap"])
def test_corpus(name: str, verbose: int) -> None:
    """Every packet whose tcpdump text has an Rx part is printed the same."""
    path = CORPUS / "tcpdump" / name
    if not path.exists():
        pytest.skip(f"{name} is not in the corpus")
    flags = ["-n", "-t", *(["-" + "v" * verbose] if verbose else [])]
    theirs = tcpdump_run(flags, str(path))
    opts, state = Options(verbose=verbose), dict[str, object]()
    with open_reader(Path(path)) as r:
        mine = [walk(bytes(p.data), r.linktype, p.wirelen, Context(opts=opts, state=state))[1]
                for p in r]
    assert len(mine) == len(theirs)
    compared = 0
    for a, b in zip(mine, theirs):
        if " rx " in b or "[|rx]" in b:
            compared += 1
            assert a == b
    assert compared


_ports = st.sampled_from([7000, 7001, 7002, 7003, 7004, 7005, 7007, 7009])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_ports, st.integers(1, 13), st.integers(0, 255), st.integers(0, 2),
                          st.sampled_from([130, 132, 141, 139, 504, 505, 503, 519, 121, 204,
                                           10000, 20002, 999]), st.binary(max_size=120),
                          st.integers(0, 200), st.booleans()), max_size=6),
       st.integers(0, 3))
def test_never_raises(packets: list[tuple[int, int, int, int, int, bytes, int, bool]],
                      verbose: int) -> None:
    ctx = Context(opts=Options(verbose=verbose))
    for port, rtype, flags, seq, op, body, cut, to_server in packets:
        payload = rx(rtype, flags, struct.pack("!I", op) + body, seq=seq, call=seq)
        frame = (udp_frame(CLIENT, SERVER, 7001, port, payload) if to_server
                 else udp_frame(SERVER, CLIENT, port, 7001, payload))
        text = walk(frame[:42 + cut], 1, len(frame), ctx)[1]
        assert isinstance(text, str)
        rec = rx_mod.decode_rx(payload[:cut], len(payload), ctx)
        assert isinstance(rx_mod.format_rx(rec, ctx), str)
