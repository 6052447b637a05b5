"""Re-filtering after setfilter() on a running capture, for every link type.

The reproduction for issue 8: packets already taken out of the ring (pending
in the handle) passed the *old* filter, so setfilter() re-runs the new one
over them.  The tag the kernel stripped is back in their data by then; the
re-filter must take it out again (the program was compiled for the kernel's
view: untagged bytes, the tag as metadata) on every link type, not only
Ethernet.  On ``any`` (LINUX_SLL / LINUX_SLL2) a pending tagged packet that
passes the new filter used to be dropped.
"""

from __future__ import annotations

import struct
import time

import pytest

import purepcap
from conftest import needs_root
from helpers import udp_frame
from netns import VethPair

pytestmark = [pytest.mark.live, needs_root]


def tagged_udp(seq: int, vid: int, dport: int) -> bytes:
    """A UDP/IPv4 frame with an 802.1Q tag, built by hand (no 8021q module)."""
    plain = udp_frame(seq, dport=dport)
    return plain[:12] + bytes([0x81, 0x00, vid >> 8, vid & 0xFF]) + plain[12:]


@pytest.mark.parametrize("dlt", ["LINUX_SLL", "LINUX_SLL2", None])
def test_setfilter_keeps_pending_tagged_packets_that_pass(veth: VethPair, dlt: str | None) -> None:
    device = "any" if dlt else veth.cap_if
    with veth.cap():
        cap = purepcap.create(device).set_timeout(100)
        if dlt:
            cap.set_datalink(dlt)
        cap.activate()
    with cap:
        s = veth.sender()
        frames = [tagged_udp(i, 10, 5000 if i % 2 == 0 else 6000) for i in range(20)]
        s.send_all(frames)
        s.close()
        time.sleep(0.4)                   # one retired block holds all 20
        first = cap.next()                # the block is now pending in the handle
        assert first is not None and first.vlan_tci == 10
        # "vlan" itself has no meaning on LINUX_SLL (libpcap refuses it); the
        # tag still sits between the cooked header and the IP header
        cap.setfilter("udp dst port 5000")
        got: list = []
        end = time.monotonic() + 3
        while len(got) < 9 and time.monotonic() < end:
            cap.dispatch(-1, got.append)
        # the sequence number is 18 bytes from the end whatever the link header
        seqs = [struct.unpack_from(">I", p.data, len(p.data) - 18)[0] for p in got]
        assert seqs == list(range(2, 20, 2))
        assert all(p.vlan_tci == 10 for p in got)
