"""VTP (printer/vtp.py), Ethernet configuration testing protocol "Loopback"
(printer/loopback.py) and AppleTalk ARP (printer/aarp.py) printing against
tcpdump 4.99.3.

The frames are built here: 802.3 frames with the Cisco SNAP header and
protocol 0x2003 (summary and subset advertisements with VLAN records and
every TLV, advertisement requests, join and unknown messages, bad domain
lengths, short VLAN records, bad TLV lengths, units shorter than the header,
cut captures), Ethernet type 0x9000 frames (forward data and reply messages,
bogus and too large skip counts, unknown functions, units too short for a
field, cut captures) and Ethernet type 0x80f3 frames (AARP requests,
replies, probes, other operations and hardware, cut captures).
``EXPECTED`` holds tcpdump 4.99.3's text for them (``-n -tt``, timestamps
cut off, with and without ``-e``), recorded once; with tcpdump installed
they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether
from helpers import frame_packets
from purepcap.printer import Printer
from purepcap.printer._base import Options
from purepcap.printer.aarp import AarpRecord
from purepcap.printer.loopback import LoopbackRecord
from purepcap.printer.vtp import VtpRecord

WITH_E = True

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=14))


def snap_vtp(body: bytes, pad: bool = True) -> bytes:
    llc = b"\xaa\xaa\x03\x00\x00\x0c\x20\x03" + body
    f = bytes.fromhex("01000ccccccc001f6d96ec04") + struct.pack("!H", len(llc)) + llc
    return f + bytes(max(60 - len(f), 0)) if pad else f


def vtp_header(code: int, third: int, domain: bytes, mlen: int | None = None,
               version: int = 1) -> bytes:
    return (bytes((version, code, third, len(domain) if mlen is None else mlen))
            + domain.ljust(32, b"\0")[:32])


def vlan(name: bytes, tlvs: bytes = b"", vid: int = 1, status: int = 0, vtype: int = 1,
         ln: int | None = None, name_len: int | None = None) -> bytes:
    padded = name.ljust(4 * ((len(name) + 3) // 4), b"\0")
    body = struct.pack("!BBBHHI", status, vtype, len(name) if name_len is None else name_len,
                       vid, 1500, 100000 + vid)
    size = 1 + len(body) + len(padded) + len(tlvs)
    return bytes((size if ln is None else ln,)) + body + padded + tlvs


def vtlv(t: int, value: int, ln: int = 1) -> bytes:
    return bytes((t, ln)) + struct.pack("!H", value) + bytes(max(ln - 1, 0) * 2)


SUMMARY = (vtp_header(1, 0, b"cisco") + struct.pack("!I", 2) + bytes((155, 1, 37, 7))
           + b"930301000900" + bytes.fromhex("fb393cf67014e50aa79c7c5b193f6fe1"))
TLVS = (vtlv(6, 1) + vtlv(3, 2) + vtlv(7, 1) + vtlv(10, 0) + vtlv(9, 7) + vtlv(1, 5)
        + vtlv(6, 0) + vtlv(3, 9) + vtlv(7, 0) + vtlv(10, 1))
SUBSET = (vtp_header(2, 1, b"lab") + struct.pack("!I", 5) + vlan(b"default")
          + vlan(b"v10", TLVS, vid=10, status=1, vtype=3) + vlan(b"fddi", vid=1002, vtype=2))


def loopback(body: bytes, pad: bool = False) -> bytes:
    f = ether(body, ethertype=0x9000, src=bytes.fromhex("aa0004001d04"),
              dst=bytes.fromhex("aa0004006904"))
    return f + bytes(max(60 - len(f), 0)) if pad else f


def fwd(addr: str = "aa:00:04:00:1d:04") -> bytes:
    return b"\x02\x00" + bytes.fromhex(addr.replace(":", ""))


def aarp(op: int, spa: bytes = b"\x00\x00\x0a\x01", tpa: bytes = b"\x00\x00\x0a\x02",
         htype: int = 1, ptype: int = 0x809B, halen: int = 6, palen: int = 4) -> bytes:
    body = (struct.pack("!HHBBH", htype, ptype, halen, palen, op) + bytes.fromhex("080007123456")
            + spa + bytes(6) + tpa)
    return ether(body, ethertype=0x80F3, dst=b"\xff" * 6) + bytes(18)


def frames() -> list[bytes | tuple[bytes, int]]:
    summary = snap_vtp(SUMMARY)
    subset = snap_vtp(SUBSET)
    lb = loopback(b"\x00\x00" + fwd() + b"\x01\x00\x01\x00" + b"U" * 40)
    return [
        # VTP
        summary, subset,
        snap_vtp(vtp_header(2, 3, b"lab") + struct.pack("!I", 6)
                 + vlan(b"bad", vtlv(6, 1, ln=2))),
        snap_vtp(vtp_header(2, 3, b"lab") + struct.pack("!I", 6) + vlan(b"x", ln=8)),
        snap_vtp(vtp_header(2, 3, b"lab") + struct.pack("!I", 6) + vlan(b"x", b"\x06\x05\x00\x01")),
        snap_vtp(vtp_header(2, 3, b"lab") + struct.pack("!I", 6) + vlan(b"x", b"\x06")),
        snap_vtp(vtp_header(2, 3, b"lab") + struct.pack("!I", 6) + vlan(b"abcdefgh", name_len=12)),
        snap_vtp(vtp_header(2, 4, b"lab") + struct.pack("!I", 7) + b"\x00" + bytes(11)),
        snap_vtp(vtp_header(3, 0, b"a\x01b") + struct.pack("!I", 10)),
        snap_vtp(vtp_header(4, 0, b"j") + bytes(8)), snap_vtp(vtp_header(9, 9, b"u") + bytes(4)),
        snap_vtp(vtp_header(1, 0, b"x", mlen=0) + bytes(36)),
        snap_vtp(vtp_header(1, 0, b"x", mlen=33) + bytes(36)),
        snap_vtp(vtp_header(1, 0, b"cisco")[:30], pad=False),
        snap_vtp(vtp_header(1, 0, b"cisco", version=2) + bytes(4), pad=False),
        snap_vtp(vtp_header(2, 0, b"\xff\x80\x7f") + struct.pack("!I", 0xfb499603), pad=False),
        *[(summary, n) for n in (22, 40, 60, 70, 79, 80, 91, 100, 101)],
        *[(subset, n) for n in (62, 70, 80, 100, 130, 150)],
        # Loopback
        lb, loopback(b"\x08\x00" + bytes(8) + b"\x01\x00\x01\x00" + b"U" * 30),
        loopback(b"\x03\x00" + bytes(3) + b"\x01\x00\x07\x00", pad=True),
        loopback(b"\x10\x00" + bytes(4)), loopback(b"\x00\x00\x05\x00" + bytes(10)),
        loopback(b"\x00\x00\x01\x00\x01"), loopback(b"\x00\x00" + fwd()[:5]),
        loopback(b"\x00"), loopback(b"\x00\x00\x01"), loopback(b"\x00\x00\x01\x00"),
        loopback(b"\x00\x00" + fwd()),
        *[(lb, n) for n in (14, 15, 16, 17, 18, 19, 21, 23, 24, 30)],
        # AARP
        aarp(1), aarp(2), aarp(3), aarp(1, tpa=b"\x00\x01\x02\xff"), aarp(5),
        aarp(1, htype=6), aarp(2, ptype=0), aarp(1, halen=8), aarp(1, palen=3),
        *[(aarp(1), n) for n in (14, 20, 41, 42)],
    ]


test_link_header_matches_recorded_tcpdump, test_link_header_matches_live_tcpdump = (
    cases.flag_tests(lambda: frames(), lambda: EXPECTED, ["-e", "-e -v"]))


def test_records() -> None:
    pr = Printer(Options(verbose=1), linktype=1, strict=True)
    v, lb, a = frame_packets([snap_vtp(SUMMARY), loopback(b"\x00\x00" + fwd() + bytes(4)),
                              aarp(1)])
    rec = [r for r in pr.layers(v) if isinstance(r, VtpRecord)][0]
    assert (rec.version, rec.msg_type, rec.domain, rec.config_revision) == (1, 1, b"cisco", 2)
    lr = [r for r in pr.layers(lb) if isinstance(r, LoopbackRecord)][0]
    assert (lr.skip_count, lr.function, lr.forwarding_address, lr.data_length) == (
        0, 2, "aa:00:04:00:1d:04", 4)
    ar = [r for r in pr.layers(a) if isinstance(r, AarpRecord)][0]
    assert (ar.op, ar.psaddr, ar.pdaddr) == (1, "10.1", "10.2")
    for p, name in ((v, "vtp"), (lb, "loopback"), (a, "aarp")):
        assert f'"proto": "{name}"' in pr.json(p)


EXPECTED: dict[str, Any] = {
    '': [
        'VTPv1, Message Summary advertisement (0x01), length 72',
        'VTPv1, Message Subset advertisement (0x02), length 132',
        'VTPv1, Message Subset advertisement (0x02), length 62',
        'VTPv1, Message Subset advertisement (0x02), length 56',
        'VTPv1, Message Subset advertisement (0x02), length 60',
        'VTPv1, Message Subset advertisement (0x02), length 57',
        'VTPv1, Message Subset advertisement (0x02), length 60',
        'VTPv1, Message Subset advertisement (0x02), length 52',
        'VTPv1, Message Advertisement request (0x03), length 40',
        'VTPv1, Message Join message (0x04), length 44',
        'VTPv1, Message Unknown message type (0x09), length 40',
        'VTPv1, Message Summary advertisement (0x01), length 72',
        'VTPv1, Message Summary advertisement (0x01), length 72',
        ' (invalid)',
        'VTPv2, Message Summary advertisement (0x01), length 40',
        'VTPv1, Message Subset advertisement (0x02), length 40',
        ' [|vtp]',
        ' [|vtp]',
        'VTPv1, Message Summary advertisement (0x01), length 72 [|vtp]',
        'VTPv1, Message Summary advertisement (0x01), length 72 [|vtp]',
        'VTPv1, Message Summary advertisement (0x01), length 72 [|vtp]',
        'VTPv1, Message Summary advertisement (0x01), length 72 [|vtp]',
        'VTPv1, Message Summary advertisement (0x01), length 72 [|vtp]',
        'VTPv1, Message Summary advertisement (0x01), length 72',
        'VTPv1, Message Summary advertisement (0x01), length 72',
        'VTPv1, Message Subset advertisement (0x02), length 132 [|vtp]',
        'VTPv1, Message Subset advertisement (0x02), length 132 [|vtp]',
        'VTPv1, Message Subset advertisement (0x02), length 132 [|vtp]',
        'VTPv1, Message Subset advertisement (0x02), length 132 [|vtp]',
        'VTPv1, Message Subset advertisement (0x02), length 132 [|vtp]',
        'VTPv1, Message Subset advertisement (0x02), length 132 [|vtp]',
        'Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (44 octets)',
        'Loopback, skipCount 8, Reply, receipt number 1, data (30 octets)',
        'Loopback, skipCount 3 (bogus), Reply, receipt number 7, data (37 octets)',
        'Loopback, skipCount 16 (invalid)',
        'Loopback, skipCount 0,  invalid (5)',
        'Loopback, skipCount 0, Reply (invalid)',
        'Loopback, skipCount 0, Forward Data (invalid)',
        'Loopback (invalid)',
        'Loopback, skipCount 0 (invalid)',
        'Loopback, skipCount 0, Reply (invalid)',
        'Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (0 octets)',
        'Loopback [|loopback]',
        'Loopback [|loopback]',
        'Loopback, skipCount 0 [|loopback]',
        'Loopback, skipCount 0 [|loopback]',
        'Loopback, skipCount 0, Forward Data [|loopback]',
        'Loopback, skipCount 0, Forward Data [|loopback]',
        'Loopback, skipCount 0, Forward Data [|loopback]',
        'Loopback, skipCount 0, Forward Data [|loopback]',
        'Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (44 octets) [|loopback]',
        'Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (44 octets) [|loopback]',
        'aarp who-has 10.2 tell 10.1',
        'aarp reply 10.1 is-at 08:00:07:12:34:56',
        'aarp probe 10.2 tell 10.1',
        'aarp who-has 258 tell 10.1',
        'aarp len 46 op 5 htype 1 ptype 0x809b halen 6 palen 4',
        'aarp len 46 op 1 htype 6 ptype 0x809b halen 6 palen 4',
        'aarp len 46 op 2 htype 1 ptype 0 halen 6 palen 4',
        'aarp len 46 op 1 htype 1 ptype 0x809b halen 8 palen 4',
        'aarp len 46 op 1 htype 1 ptype 0x809b halen 6 palen 3',
        'aarp  [|aarp]',
        'aarp  [|aarp]',
        'aarp  [|aarp]',
        'aarp who-has 10.2 tell 10.1',
    ],
    '-v': [
        'VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0\n\t  Config Rev 2, Updater 155.1.37.7, Timestamp 0x39333033 0x30313030 0x30393030, MD5 digest: fb393cf67014e50aa79c7c5b193f6fe1',
        'VTPv1, Message Subset advertisement (0x02), length 132\n\tDomain name: lab, Seq number: 1, Config Rev 5\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name default\n\tVLAN info status Suspended, type TrCRF, VLAN-id 10, MTU 1500, SAID 0x000186aa, Name v10\n\t\tPruning TLV (0x0006) TLV, Enabled (1)\n\t\tSTP type TLV (0x0003) TLV, SRB (2)\n\t\tBridge Type TLV (0x0007) TLV, SRB (1)\n\t\tBackup CRF Mode TLV (0x000a) TLV, Not backup (0)\n\t\tMax STE Hop Count TLV (0x0009) TLV, 7\n\t\tSource-Routing Ring Number TLV (0x0001) TLV\n\t\t  0x0000:  0101 0005\n\t\tPruning TLV (0x0006) TLV, Disabled (0)\n\t\tSTP type TLV (0x0003) TLV, Unknown (9)\n\t\tBridge Type TLV (0x0007) TLV, SRT (0)\n\t\tBackup CRF Mode TLV (0x000a) TLV, Backup (1)\n\tVLAN info status Operational, type FDDI, VLAN-id 1002, MTU 1500, SAID 0x00018a8a, Name fddi',
        'VTPv1, Message Subset advertisement (0x02), length 62\n\tDomain name: lab, Seq number: 3, Config Rev 6\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name bad\n\t\tPruning TLV (0x0006) TLV (invalid TLV length 2 != 1) (invalid)',
        'VTPv1, Message Subset advertisement (0x02), length 56\n\tDomain name: lab, Seq number: 3, Config Rev 6 (invalid)',
        'VTPv1, Message Subset advertisement (0x02), length 60\n\tDomain name: lab, Seq number: 3, Config Rev 6\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name x\n\t\tPruning TLV (0x0006) TLV (TLV goes past the end of the packet) (invalid)',
        'VTPv1, Message Subset advertisement (0x02), length 57\n\tDomain name: lab, Seq number: 3, Config Rev 6\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name x (invalid)',
        'VTPv1, Message Subset advertisement (0x02), length 60\n\tDomain name: lab, Seq number: 3, Config Rev 6\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name  (invalid)',
        'VTPv1, Message Subset advertisement (0x02), length 52\n\tDomain name: lab, Seq number: 4, Config Rev 7',
        'VTPv1, Message Advertisement request (0x03), length 40\n\tDomain name: a^Ab, Rsvd: 0\n\tStart value: 10',
        'VTPv1, Message Join message (0x04), length 44\n\tDomain name: j, Rsvd: 0',
        'VTPv1, Message Unknown message type (0x09), length 40\n\tDomain name: u, Unknown: 9',
        'VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name:  [invalid MgmtD Len 0] (invalid)',
        'VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name:  [invalid MgmtD Len 33] (invalid)',
        ' (invalid)',
        'VTPv2, Message Summary advertisement (0x01), length 40\n\tDomain name: cisco, Followers: 0 [|vtp]',
        'VTPv1, Message Subset advertisement (0x02), length 40\n\tDomain name: M-^?M-^@^?, Seq number: 0, Config Rev fb499603',
        ' [|vtp]',
        ' [|vtp]',
        'VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0 [|vtp]',
        'VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0\n\t  Config Rev 2, Updater 155.1.37.7 [|vtp]',
        'VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0\n\t  Config Rev 2, Updater 155.1.37.7, Timestamp 0x39333033 0x30313030 0x30393030 [|vtp]',
        'VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0\n\t  Config Rev 2, Updater 155.1.37.7, Timestamp 0x39333033 0x30313030 0x30393030 [|vtp]',
        'VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0\n\t  Config Rev 2, Updater 155.1.37.7, Timestamp 0x39333033 0x30313030 0x30393030 [|vtp]',
        'VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0\n\t  Config Rev 2, Updater 155.1.37.7, Timestamp 0x39333033 0x30313030 0x30393030, MD5 digest: fb393cf67014e50aa79c7c5b193f6fe1',
        'VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0\n\t  Config Rev 2, Updater 155.1.37.7, Timestamp 0x39333033 0x30313030 0x30393030, MD5 digest: fb393cf67014e50aa79c7c5b193f6fe1',
        'VTPv1, Message Subset advertisement (0x02), length 132\n\tDomain name: lab, Seq number: 1, Config Rev 5 [|vtp]',
        'VTPv1, Message Subset advertisement (0x02), length 132\n\tDomain name: lab, Seq number: 1, Config Rev 5 [|vtp]',
        'VTPv1, Message Subset advertisement (0x02), length 132\n\tDomain name: lab, Seq number: 1, Config Rev 5 [|vtp]',
        'VTPv1, Message Subset advertisement (0x02), length 132\n\tDomain name: lab, Seq number: 1, Config Rev 5\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name default [|vtp]',
        'VTPv1, Message Subset advertisement (0x02), length 132\n\tDomain name: lab, Seq number: 1, Config Rev 5\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name default [|vtp]',
        'VTPv1, Message Subset advertisement (0x02), length 132\n\tDomain name: lab, Seq number: 1, Config Rev 5\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name default\n\tVLAN info status Suspended, type TrCRF, VLAN-id 10, MTU 1500, SAID 0x000186aa, Name v10\n\t\tPruning TLV (0x0006) TLV, Enabled (1)\n\t\tSTP type TLV (0x0003) TLV, SRB (2)\n\t\tBridge Type TLV (0x0007) TLV, SRB (1)\n\t\tBackup CRF Mode TLV (0x000a) TLV, Not backup (0)\n\t\tMax STE Hop Count TLV (0x0009) TLV, 7\n\t\tSource-Routing Ring Number TLV (0x0001) TLV\n\t\t  0x0000:  0101 0005\n\t\tPruning TLV (0x0006) TLV, Disabled (0)\n\t\tSTP type TLV (0x0003) TLV, Unknown (9)\n\t\tBridge Type TLV (0x0007) TLV, SRT (0)\n\t\tBackup CRF Mode TLV (0x000a) TLV, Backup (1) [|vtp]',
        'Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (44 octets)',
        'Loopback, skipCount 8, Reply, receipt number 1, data (30 octets)',
        'Loopback, skipCount 3 (bogus), Reply, receipt number 7, data (37 octets)',
        'Loopback, skipCount 16 (invalid)',
        'Loopback, skipCount 0,  invalid (5)',
        'Loopback, skipCount 0, Reply (invalid)',
        'Loopback, skipCount 0, Forward Data (invalid)',
        'Loopback (invalid)',
        'Loopback, skipCount 0 (invalid)',
        'Loopback, skipCount 0, Reply (invalid)',
        'Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (0 octets)',
        'Loopback [|loopback]',
        'Loopback [|loopback]',
        'Loopback, skipCount 0 [|loopback]',
        'Loopback, skipCount 0 [|loopback]',
        'Loopback, skipCount 0, Forward Data [|loopback]',
        'Loopback, skipCount 0, Forward Data [|loopback]',
        'Loopback, skipCount 0, Forward Data [|loopback]',
        'Loopback, skipCount 0, Forward Data [|loopback]',
        'Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (44 octets) [|loopback]',
        'Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (44 octets) [|loopback]',
        'aarp who-has 10.2 tell 10.1',
        'aarp reply 10.1 is-at 08:00:07:12:34:56',
        'aarp probe 10.2 tell 10.1',
        'aarp who-has 258 tell 10.1',
        'aarp len 46 op 5 htype 1 ptype 0x809b halen 6 palen 4',
        'aarp len 46 op 1 htype 6 ptype 0x809b halen 6 palen 4',
        'aarp len 46 op 2 htype 1 ptype 0 halen 6 palen 4',
        'aarp len 46 op 1 htype 1 ptype 0x809b halen 8 palen 4',
        'aarp len 46 op 1 htype 1 ptype 0x809b halen 6 palen 3',
        'aarp  [|aarp]',
        'aarp  [|aarp]',
        'aarp  [|aarp]',
        'aarp who-has 10.2 tell 10.1',
    ],
    '-vv': '-v',
    '-e': [
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 140: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 132: VTPv1, Message Subset advertisement (0x02), length 132',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 70: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 62: VTPv1, Message Subset advertisement (0x02), length 62',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 64: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 56: VTPv1, Message Subset advertisement (0x02), length 56',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 68: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 60: VTPv1, Message Subset advertisement (0x02), length 60',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 65: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 57: VTPv1, Message Subset advertisement (0x02), length 57',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 68: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 60: VTPv1, Message Subset advertisement (0x02), length 60',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 60: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 52: VTPv1, Message Subset advertisement (0x02), length 52',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 48: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 40: VTPv1, Message Advertisement request (0x03), length 40',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 52: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 44: VTPv1, Message Join message (0x04), length 44',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 48: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 40: VTPv1, Message Unknown message type (0x09), length 40',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 38: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 30:  (invalid)',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 48: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 40: VTPv2, Message Summary advertisement (0x01), length 40',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 48: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 40: VTPv1, Message Subset advertisement (0x02), length 40',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72:  [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72:  [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 140: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 132: VTPv1, Message Subset advertisement (0x02), length 132 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 140: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 132: VTPv1, Message Subset advertisement (0x02), length 132 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 140: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 132: VTPv1, Message Subset advertisement (0x02), length 132 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 140: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 132: VTPv1, Message Subset advertisement (0x02), length 132 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 140: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 132: VTPv1, Message Subset advertisement (0x02), length 132 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 140: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 132: VTPv1, Message Subset advertisement (0x02), length 132 [|vtp]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (44 octets)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 58: Loopback, skipCount 8, Reply, receipt number 1, data (30 octets)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 60: Loopback, skipCount 3 (bogus), Reply, receipt number 7, data (37 octets)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 20: Loopback, skipCount 16 (invalid)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 28: Loopback, skipCount 0,  invalid (5)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 19: Loopback, skipCount 0, Reply (invalid)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 21: Loopback, skipCount 0, Forward Data (invalid)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 15: Loopback (invalid)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 17: Loopback, skipCount 0 (invalid)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 18: Loopback, skipCount 0, Reply (invalid)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 24: Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (0 octets)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0 [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0 [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0, Forward Data [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0, Forward Data [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0, Forward Data [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0, Forward Data [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (44 octets) [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (44 octets) [|loopback]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp who-has 10.2 tell 10.1',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp reply 10.1 is-at 08:00:07:12:34:56',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp probe 10.2 tell 10.1',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp who-has 258 tell 10.1',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp len 46 op 5 htype 1 ptype 0x809b halen 6 palen 4',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp len 46 op 1 htype 6 ptype 0x809b halen 6 palen 4',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp len 46 op 2 htype 1 ptype 0 halen 6 palen 4',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp len 46 op 1 htype 1 ptype 0x809b halen 8 palen 4',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp len 46 op 1 htype 1 ptype 0x809b halen 6 palen 3',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp  [|aarp]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp  [|aarp]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp  [|aarp]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp who-has 10.2 tell 10.1',
    ],
    '-e -v': [
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0\n\t  Config Rev 2, Updater 155.1.37.7, Timestamp 0x39333033 0x30313030 0x30393030, MD5 digest: fb393cf67014e50aa79c7c5b193f6fe1',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 140: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 132: VTPv1, Message Subset advertisement (0x02), length 132\n\tDomain name: lab, Seq number: 1, Config Rev 5\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name default\n\tVLAN info status Suspended, type TrCRF, VLAN-id 10, MTU 1500, SAID 0x000186aa, Name v10\n\t\tPruning TLV (0x0006) TLV, Enabled (1)\n\t\tSTP type TLV (0x0003) TLV, SRB (2)\n\t\tBridge Type TLV (0x0007) TLV, SRB (1)\n\t\tBackup CRF Mode TLV (0x000a) TLV, Not backup (0)\n\t\tMax STE Hop Count TLV (0x0009) TLV, 7\n\t\tSource-Routing Ring Number TLV (0x0001) TLV\n\t\t  0x0000:  0101 0005\n\t\tPruning TLV (0x0006) TLV, Disabled (0)\n\t\tSTP type TLV (0x0003) TLV, Unknown (9)\n\t\tBridge Type TLV (0x0007) TLV, SRT (0)\n\t\tBackup CRF Mode TLV (0x000a) TLV, Backup (1)\n\tVLAN info status Operational, type FDDI, VLAN-id 1002, MTU 1500, SAID 0x00018a8a, Name fddi',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 70: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 62: VTPv1, Message Subset advertisement (0x02), length 62\n\tDomain name: lab, Seq number: 3, Config Rev 6\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name bad\n\t\tPruning TLV (0x0006) TLV (invalid TLV length 2 != 1) (invalid)',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 64: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 56: VTPv1, Message Subset advertisement (0x02), length 56\n\tDomain name: lab, Seq number: 3, Config Rev 6 (invalid)',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 68: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 60: VTPv1, Message Subset advertisement (0x02), length 60\n\tDomain name: lab, Seq number: 3, Config Rev 6\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name x\n\t\tPruning TLV (0x0006) TLV (TLV goes past the end of the packet) (invalid)',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 65: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 57: VTPv1, Message Subset advertisement (0x02), length 57\n\tDomain name: lab, Seq number: 3, Config Rev 6\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name x (invalid)',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 68: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 60: VTPv1, Message Subset advertisement (0x02), length 60\n\tDomain name: lab, Seq number: 3, Config Rev 6\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name  (invalid)',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 60: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 52: VTPv1, Message Subset advertisement (0x02), length 52\n\tDomain name: lab, Seq number: 4, Config Rev 7',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 48: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 40: VTPv1, Message Advertisement request (0x03), length 40\n\tDomain name: a^Ab, Rsvd: 0\n\tStart value: 10',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 52: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 44: VTPv1, Message Join message (0x04), length 44\n\tDomain name: j, Rsvd: 0',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 48: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 40: VTPv1, Message Unknown message type (0x09), length 40\n\tDomain name: u, Unknown: 9',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name:  [invalid MgmtD Len 0] (invalid)',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name:  [invalid MgmtD Len 33] (invalid)',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 38: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 30:  (invalid)',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 48: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 40: VTPv2, Message Summary advertisement (0x01), length 40\n\tDomain name: cisco, Followers: 0 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 48: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 40: VTPv1, Message Subset advertisement (0x02), length 40\n\tDomain name: M-^?M-^@^?, Seq number: 0, Config Rev fb499603',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72:  [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72:  [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0\n\t  Config Rev 2, Updater 155.1.37.7 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0\n\t  Config Rev 2, Updater 155.1.37.7, Timestamp 0x39333033 0x30313030 0x30393030 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0\n\t  Config Rev 2, Updater 155.1.37.7, Timestamp 0x39333033 0x30313030 0x30393030 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0\n\t  Config Rev 2, Updater 155.1.37.7, Timestamp 0x39333033 0x30313030 0x30393030 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0\n\t  Config Rev 2, Updater 155.1.37.7, Timestamp 0x39333033 0x30313030 0x30393030, MD5 digest: fb393cf67014e50aa79c7c5b193f6fe1',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 80: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 72: VTPv1, Message Summary advertisement (0x01), length 72\n\tDomain name: cisco, Followers: 0\n\t  Config Rev 2, Updater 155.1.37.7, Timestamp 0x39333033 0x30313030 0x30393030, MD5 digest: fb393cf67014e50aa79c7c5b193f6fe1',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 140: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 132: VTPv1, Message Subset advertisement (0x02), length 132\n\tDomain name: lab, Seq number: 1, Config Rev 5 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 140: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 132: VTPv1, Message Subset advertisement (0x02), length 132\n\tDomain name: lab, Seq number: 1, Config Rev 5 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 140: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 132: VTPv1, Message Subset advertisement (0x02), length 132\n\tDomain name: lab, Seq number: 1, Config Rev 5 [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 140: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 132: VTPv1, Message Subset advertisement (0x02), length 132\n\tDomain name: lab, Seq number: 1, Config Rev 5\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name default [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 140: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 132: VTPv1, Message Subset advertisement (0x02), length 132\n\tDomain name: lab, Seq number: 1, Config Rev 5\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name default [|vtp]',
        '00:1f:6d:96:ec:04 > 01:00:0c:cc:cc:cc, 802.3, length 140: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid VTP (0x2003), length 132: VTPv1, Message Subset advertisement (0x02), length 132\n\tDomain name: lab, Seq number: 1, Config Rev 5\n\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name default\n\tVLAN info status Suspended, type TrCRF, VLAN-id 10, MTU 1500, SAID 0x000186aa, Name v10\n\t\tPruning TLV (0x0006) TLV, Enabled (1)\n\t\tSTP type TLV (0x0003) TLV, SRB (2)\n\t\tBridge Type TLV (0x0007) TLV, SRB (1)\n\t\tBackup CRF Mode TLV (0x000a) TLV, Not backup (0)\n\t\tMax STE Hop Count TLV (0x0009) TLV, 7\n\t\tSource-Routing Ring Number TLV (0x0001) TLV\n\t\t  0x0000:  0101 0005\n\t\tPruning TLV (0x0006) TLV, Disabled (0)\n\t\tSTP type TLV (0x0003) TLV, Unknown (9)\n\t\tBridge Type TLV (0x0007) TLV, SRT (0)\n\t\tBackup CRF Mode TLV (0x000a) TLV, Backup (1) [|vtp]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (44 octets)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 58: Loopback, skipCount 8, Reply, receipt number 1, data (30 octets)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 60: Loopback, skipCount 3 (bogus), Reply, receipt number 7, data (37 octets)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 20: Loopback, skipCount 16 (invalid)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 28: Loopback, skipCount 0,  invalid (5)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 19: Loopback, skipCount 0, Reply (invalid)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 21: Loopback, skipCount 0, Forward Data (invalid)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 15: Loopback (invalid)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 17: Loopback, skipCount 0 (invalid)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 18: Loopback, skipCount 0, Reply (invalid)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 24: Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (0 octets)',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0 [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0 [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0, Forward Data [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0, Forward Data [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0, Forward Data [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0, Forward Data [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (44 octets) [|loopback]',
        'aa:00:04:00:1d:04 > aa:00:04:00:69:04, ethertype Loopback (0x9000), length 68: Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04, data (44 octets) [|loopback]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp who-has 10.2 tell 10.1',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp reply 10.1 is-at 08:00:07:12:34:56',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp probe 10.2 tell 10.1',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp who-has 258 tell 10.1',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp len 46 op 5 htype 1 ptype 0x809b halen 6 palen 4',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp len 46 op 1 htype 6 ptype 0x809b halen 6 palen 4',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp len 46 op 2 htype 1 ptype 0 halen 6 palen 4',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp len 46 op 1 htype 1 ptype 0x809b halen 8 palen 4',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp len 46 op 1 htype 1 ptype 0x809b halen 6 palen 3',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp  [|aarp]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp  [|aarp]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp  [|aarp]',
        '00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Appletalk ARP (0x80f3), length 60: aarp who-has 10.2 tell 10.1',
    ],
}
