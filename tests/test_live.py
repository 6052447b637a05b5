"""Live capture on a veth pair between two fresh network namespaces.

Every test builds its own namespaces (``veth`` fixture in ``conftest.py``), sends
real frames from the peer side with a packet socket, and checks what the
capture handle delivers.  Loops are bounded; nothing waits on the network
forever.  Skipped (with the reason) only when not running as root.
"""

from __future__ import annotations

import asyncio
import os
import selectors
import signal
import subprocess
import sys
import threading
import time

import pytest

import purepcap
from purepcap.errors import CaptureError, NoSuchDevice
from purepcap.live import _linux as L

import netns as N
from conftest import needs_root
from netns import VethPair, collect, open_cap, quiet

pytestmark = [pytest.mark.live, needs_root]

#: hand-written filter: Ethertype 0x88B5 and an even sequence number
EVEN_EXP = [(0x28, 0, 0, 12), (0x15, 0, 3, N.ETH_P_EXP), (0x20, 0, 0, 14),
            (0x45, 1, 0, 1), (0x06, 0, 0, 262144), (0x06, 0, 0, 0)]
ONLY_EXP = [(0x28, 0, 0, 12), (0x15, 0, 1, N.ETH_P_EXP), (0x06, 0, 0, 262144), (0x06, 0, 0, 0)]


# --- basic delivery, per read path --------------------------------------------------------

@pytest.mark.parametrize("path", ["v3", "v2", "recv"])
def test_exact_counts_in_order(veth: VethPair, path: str) -> None:
    opts = {"v3": {}, "v2": {"immediate_mode": True}, "recv": {"ring": False}}[path]
    cap = open_cap(veth, **opts)
    with cap:
        b = cap.backend
        if path == "recv":
            assert b.ring is None
        else:
            assert b.ring.plan.version == (L.TPACKET_V3 if path == "v3" else L.TPACKET_V2)
        sender = veth.sender()
        before = time.time_ns()
        for i in range(300):
            sender.send(N.exp_frame(i))
        got = collect(cap, 300)
        after = time.time_ns()
        assert [N.seq_of(p.data) for p in got] == list(range(300))
        assert quiet(cap) == []
        p = got[0]
        assert isinstance(p.ts, int) and before <= p.ts + 1000 and p.ts <= after
        assert (p.caplen, p.wirelen, len(p.data)) == (60, 60, 60)
        assert p.linktype == 1 == cap.datalink()
        assert p.pkttype == 1                   # broadcast destination
        assert p.interface > 0
        assert p.data == N.exp_frame(0)
        st = cap.stats()
        assert (st.received, st.dropped) == (300, 0)
        sender.close()


def test_timestamps_nano_and_micro(veth: VethPair) -> None:
    nano = open_cap(veth, tstamp_precision="nano")
    micro = open_cap(veth, tstamp_precision="micro")
    with nano, micro:
        s = veth.sender()
        for i in range(20):
            s.send(N.exp_frame(i))
        a, b = collect(nano, 20), collect(micro, 20)
        assert len(a) == len(b) == 20
        assert all(p.ts % 1000 == 0 for p in b)
        assert any(p.ts % 1000 != 0 for p in a)  # 20 packets all on exact µs: not plausible
        assert [p.data for p in a] == [p.data for p in b]


def test_snaplen_truncates_but_wirelen_stays(veth: VethPair) -> None:
    with open_cap(veth, snaplen=20) as cap:
        veth.sender().send(N.exp_frame(7, size=200))
        (p,) = collect(cap, 1)
        assert (p.caplen, p.wirelen, len(p.data)) == (20, 200, 20)
        assert cap.snapshot() == 20


def test_stats_accumulate_across_reads(veth: VethPair) -> None:
    with open_cap(veth) as cap:
        s = veth.sender()
        for i in range(10):
            s.send(N.exp_frame(i))
        assert len(collect(cap, 10)) == 10
        assert cap.stats().received == 10
        for i in range(5):
            s.send(N.exp_frame(i))
        assert len(collect(cap, 5)) == 5
        # PACKET_STATISTICS resets on every read; the handle keeps the sum
        assert cap.stats().received == 15
        assert cap.stats().received == 15


# --- timeouts, immediate mode, breakloop ---------------------------------------------------

@pytest.mark.parametrize("path", ["v3", "v2", "recv"])
def test_idle_dispatch_returns_after_the_timeout(veth: VethPair, path: str) -> None:
    opts = {"v3": {}, "v2": {"immediate_mode": True}, "recv": {"ring": False}}[path]
    with open_cap(veth, timeout_ms=300, **opts) as cap:
        t0 = time.monotonic()
        assert cap.dispatch(-1, lambda p: None) == 0
        assert cap.next() is None
        elapsed = time.monotonic() - t0
        assert elapsed < 5.0          # libpcap's V3 path can block here indefinitely


def test_immediate_mode_delivers_each_packet_at_once(veth: VethPair) -> None:
    # a 30 s timeout: without immediate delivery the packet would wait for it
    with open_cap(veth, timeout_ms=30000, immediate_mode=True) as cap:
        assert cap.backend.ring.plan.version == L.TPACKET_V2
        s = veth.sender()
        for i in range(3):
            t0 = time.monotonic()
            s.send(N.exp_frame(i))
            p = cap.next()
            assert p is not None and N.seq_of(p.data) == i
            assert time.monotonic() - t0 < 5.0


@pytest.mark.parametrize("path", ["v3", "recv"])
def test_breakloop_from_another_thread(veth: VethPair, path: str) -> None:
    with open_cap(veth, timeout_ms=0, **({"ring": False} if path == "recv" else {})) as cap:
        timer = threading.Timer(0.3, cap.breakloop)
        timer.start()
        t0 = time.monotonic()
        n = cap.loop(-1, lambda p: None)        # no timeout: only breakloop ends it
        assert n == -2                          # PCAP_ERROR_BREAK
        assert time.monotonic() - t0 < 10.0
        timer.join()
        # the break is consumed: the next read waits normally
        veth.sender().send(N.exp_frame(1))
        assert len(collect(cap, 1)) == 1


def test_breakloop_from_a_signal_handler(veth: VethPair) -> None:
    with open_cap(veth, timeout_ms=0) as cap:
        old = signal.signal(signal.SIGALRM, lambda *_: cap.breakloop())
        try:
            signal.setitimer(signal.ITIMER_REAL, 0.3)
            t0 = time.monotonic()
            assert list(cap) == []               # iteration ends on breakloop
            assert time.monotonic() - t0 < 10.0
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)


def test_breakloop_inside_callback_stops_after_that_packet(veth: VethPair) -> None:
    with open_cap(veth) as cap:
        s = veth.sender()
        for i in range(10):
            s.send(N.exp_frame(i))
        seen: list = []

        def cb(p):
            seen.append(N.seq_of(p.data))
            if len(seen) == 3:
                cap.breakloop()
        time.sleep(0.3)  # let the block retire so all 10 are in one batch
        assert cap.loop(-1, cb) == -2           # PCAP_ERROR_BREAK
        assert seen == [0, 1, 2]
        rest = collect(cap, 7)
        assert [N.seq_of(p.data) for p in rest] == list(range(3, 10))


def test_batches_one_list_per_block(veth: VethPair) -> None:
    with open_cap(veth, timeout_ms=200) as cap:
        s = veth.sender()
        for i in range(50):
            s.send(N.exp_frame(i))
        time.sleep(0.4)      # the block retires on its timeout with all 50 inside
        batch = cap.read_batch()
        assert [N.seq_of(p.data) for p in batch] == list(range(50))
        assert cap.read_batch(timeout_ms=100) == []


# --- kernel filters ---------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["v3", "recv"])
def test_kernel_filter_rejects_before_counting(veth: VethPair, path: str) -> None:
    with open_cap(veth, filter=EVEN_EXP, **({"ring": False} if path == "recv" else {})) as cap:
        assert cap.backend.kernel_filter_ok
        s = veth.sender()
        for i in range(200):
            s.send(N.exp_frame(i))
            s.send(N.udp_frame(i))
        got = collect(cap, 100)
        assert [N.seq_of(p.data) for p in got] == list(range(0, 200, 2))
        assert quiet(cap) == []
        # the kernel filter dropped the rest before the ring: tp_packets never saw them
        assert cap.stats().received == 100


def test_filter_attached_before_bind_lets_nothing_else_in(veth: VethPair) -> None:
    stop = threading.Event()
    with veth.peer():
        sender = N.Sender(veth.peer_if)

    def blast() -> None:
        i = 0
        while not stop.is_set() and i < 200000:
            sender.send(N.udp_frame(i))
            i += 1

    t = threading.Thread(target=blast)
    t.start()
    try:
        time.sleep(0.05)
        caps = [open_cap(veth, filter=ONLY_EXP) for _ in range(5)]
        time.sleep(0.2)
    finally:
        stop.set()
        t.join()
    sender.send(N.exp_frame(1))
    for cap in caps:
        with cap:
            got = collect(cap, 1)
            assert len(got) == 1 and N.seq_of(got[0].data) == 1
            assert quiet(cap, 200) == []


def test_filter_change_refilters_what_is_already_in_the_ring(veth: VethPair) -> None:
    with open_cap(veth, timeout_ms=100) as cap:
        s = veth.sender()
        for i in range(100):
            s.send(N.exp_frame(i))
        time.sleep(0.3)   # all 100 are in the ring, accepted by "no filter"
        cap.setfilter(EVEN_EXP)
        for i in range(100, 140):
            s.send(N.exp_frame(i))
        got = collect(cap, 70)
        assert [N.seq_of(p.data) for p in got] == list(range(0, 140, 2))
        assert quiet(cap) == []


def test_filter_change_refilters_pending_packets(veth: VethPair) -> None:
    with open_cap(veth, timeout_ms=100) as cap:
        s = veth.sender()
        for i in range(20):
            s.send(N.exp_frame(i))
        time.sleep(0.3)
        first = cap.next()                       # takes the whole block out of the ring
        assert N.seq_of(first.data) == 0
        cap.setfilter(EVEN_EXP)
        got = collect(cap, 9)
        assert [N.seq_of(p.data) for p in got] == list(range(2, 20, 2))


def test_filter_change_on_recv_path_drains_the_socket_queue(veth: VethPair) -> None:
    with open_cap(veth, ring=False) as cap:
        s = veth.sender()
        for i in range(50):
            s.send(N.exp_frame(i))
        time.sleep(0.1)                          # 50 queued, accepted by "no filter"
        cap.setfilter(EVEN_EXP)                  # reject-all, drain, attach
        assert cap.backend.kernel_filter_ok
        assert quiet(cap, 200) == []             # the old packets are gone
        for i in range(50, 60):
            s.send(N.exp_frame(i))
        got = collect(cap, 5)
        assert [N.seq_of(p.data) for p in got] == [50, 52, 54, 56, 58]


def test_program_the_kernel_refuses_runs_in_user_space(veth: VethPair) -> None:
    # more than BPF_MAXINSNS (4096) instructions: valid BPF, refused by the kernel
    big = [(0x00, 0, 0, 0)] * 5000 + EVEN_EXP
    from purepcap.bpf import Program
    prog = Program(big)
    with open_cap(veth, filter=prog) as cap:
        assert not cap.backend.kernel_filter_ok
        s = veth.sender()
        for i in range(40):
            s.send(N.exp_frame(i))
        got = collect(cap, 20)
        assert [N.seq_of(p.data) for p in got] == list(range(0, 40, 2))
        assert quiet(cap) == []


def test_expression_filters_live(veth: VethPair) -> None:
    with open_cap(veth, filter="udp and dst port 9999") as cap:
        s = veth.sender()
        for i in range(30):
            s.send(N.udp_frame(i, dport=9999 if i % 3 == 0 else 53))
            s.send(N.exp_frame(i))
        got = collect(cap, 10)
        assert [N.udp_seq(p.data) for p in got] == list(range(0, 30, 3))
        assert quiet(cap) == []
        assert cap.stats().received == 10


def test_protocol_option_binds_to_one_ethertype(veth: VethPair) -> None:
    with open_cap(veth, protocol=N.ETH_P_EXP) as cap:
        s = veth.sender()
        for i in range(10):
            s.send(N.udp_frame(i))
            s.send(N.exp_frame(i))
        got = collect(cap, 10)
        assert [N.seq_of(p.data) for p in got] == list(range(10))
        assert quiet(cap) == []


# --- VLAN ------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["v3", "v2", "recv"])
@pytest.mark.parametrize("tpid", [0x8100, 0x88A8])
def test_stripped_vlan_tag_is_put_back(veth: VethPair, path: str, tpid: int) -> None:
    opts = {"v3": {}, "v2": {"immediate_mode": True}, "recv": {"ring": False}}[path]
    with open_cap(veth, **opts) as cap:
        frame = N.vlan_frame(5, vid=100, tpid=tpid, pcp=3)
        veth.sender().send(frame)
        (p,) = collect(cap, 1)
        assert p.vlan_tci == (3 << 13) | 100
        assert p.vlan_tpid == tpid
        assert p.data == frame                   # tag back in place, real TPID
        assert p.caplen == p.wirelen == len(frame)
        assert N.seq_of(p.data, vlan=True) == 5


def test_vlan_kernel_filter_uses_ancillary_loads(veth: VethPair) -> None:
    # ld vlan_tag_present; jeq 0 -> reject; ld vlan_tag; and 0xfff; jeq 100
    prog = [(0x20, 0, 0, L.SKF_AD_OFF + L.SKF_AD_VLAN_TAG_PRESENT), (0x15, 4, 0, 0),
            (0x20, 0, 0, L.SKF_AD_OFF + L.SKF_AD_VLAN_TAG), (0x54, 0, 0, 0xFFF),
            (0x15, 0, 1, 100), (0x06, 0, 0, 262144), (0x06, 0, 0, 0)]
    with open_cap(veth, filter=prog) as cap:
        s = veth.sender()
        for i in range(12):
            s.send(N.vlan_frame(i, vid=100 if i % 2 else 200))
            s.send(N.exp_frame(i))
        got = collect(cap, 6)
        assert [N.seq_of(p.data, vlan=True) for p in got] == [1, 3, 5, 7, 9, 11]
        assert quiet(cap) == []


def test_vlan_expression_matches_live(veth: VethPair) -> None:
    with open_cap(veth, filter="vlan 100") as cap:
        s = veth.sender()
        for i in range(12):
            s.send(N.vlan_frame(i, vid=100 if i % 2 else 200))
            s.send(N.exp_frame(i))
        got = collect(cap, 6)
        assert [N.seq_of(p.data, vlan=True) for p in got] == [1, 3, 5, 7, 9, 11]
        assert all(p.vlan_tci == 100 for p in got)
        assert quiet(cap) == []


# --- any, direction, loopback -------------------------------------------------------------------

@pytest.mark.parametrize("path", ["v3", "recv"])
def test_any_device_cooked_sll(veth: VethPair, path: str) -> None:
    with open_cap(veth, "any", **({"ring": False} if path == "recv" else {})) as cap:
        assert cap.datalink() == 113
        assert cap.list_datalinks() == [113, 276]
        veth.sender().send(N.exp_frame(9))
        (p,) = collect(cap, 1)
        d = p.data
        assert len(d) == 16 + 46 and p.caplen == p.wirelen == 62
        assert int.from_bytes(d[0:2], "big") == 1                # broadcast
        assert int.from_bytes(d[2:4], "big") == 1                # ARPHRD_ETHER
        assert int.from_bytes(d[4:6], "big") == 6
        assert d[6:12] == b"\x02\0\0\0\0\x01"
        assert int.from_bytes(d[14:16], "big") == N.ETH_P_EXP
        assert int.from_bytes(d[16:20], "big") == 9


def test_any_device_sll2_and_vlan(veth: VethPair) -> None:
    with veth.cap():
        ifindex = __import__("socket").if_nametoindex(veth.cap_if)
    with open_cap(veth, "any", datalink=276) as cap:
        assert cap.datalink() == 276
        veth.sender().send(N.exp_frame(4))
        veth.sender().send(N.vlan_frame(6, vid=7))
        p, q = collect(cap, 2)
        d = p.data
        assert len(d) == 20 + 46
        assert int.from_bytes(d[0:2], "big") == N.ETH_P_EXP
        assert int.from_bytes(d[4:8], "big") == ifindex == p.interface
        assert d[10] == 1 and d[11] == 6
        assert int.from_bytes(d[20:24], "big") == 4
        # the tag goes back after the cooked header, its TPID in the protocol field
        assert q.vlan_tci == 7
        assert int.from_bytes(q.data[0:2], "big") == 0x8100
        assert q.data[20:24] == bytes([0, 7, 0x88, 0xB5])
        assert int.from_bytes(q.data[24:28], "big") == 6


def test_any_with_kernel_filter_offsets_fixed(veth: VethPair) -> None:
    # compiled for DLT_LINUX_SLL: ldh [14] is the protocol field, ld [16] the payload
    prog = [(0x28, 0, 0, 14), (0x15, 0, 3, N.ETH_P_EXP), (0x20, 0, 0, 16),
            (0x45, 1, 0, 1), (0x06, 0, 0, 262144), (0x06, 0, 0, 0)]
    with open_cap(veth, "any", filter=prog) as cap:
        assert cap.backend.kernel_filter_ok
        s = veth.sender()
        for i in range(20):
            s.send(N.exp_frame(i))
            s.send(N.udp_frame(i))
        got = collect(cap, 10)
        assert [int.from_bytes(p.data[16:20], "big") for p in got] == list(range(0, 20, 2))
        assert quiet(cap) == []
        assert cap.stats().received == 10


def test_direction_in_and_out(veth: VethPair) -> None:
    cin = open_cap(veth, direction="in")
    cout = open_cap(veth, direction="out")
    both = open_cap(veth)
    with cin, cout, both:
        peer = veth.sender("peer")
        local = veth.sender("cap")          # a second socket sending out of vc
        for i in range(10):
            peer.send(N.exp_frame(i))
        for i in range(100, 105):
            local.send(N.exp_frame(i))
        got_in, got_out = collect(cin, 10), collect(cout, 5)
        assert sorted(N.seq_of(p.data) for p in got_in) == list(range(10))
        assert [N.seq_of(p.data) for p in got_out] == list(range(100, 105))
        assert all(p.pkttype == 4 for p in got_out)
        assert all(p.pkttype != 4 for p in got_in)
        assert len(collect(both, 15)) == 15
        assert quiet(cin, 100) == [] and quiet(cout, 100) == []
        # the direction can change on a running handle
        cin.set_direction("out")
        local.send(N.exp_frame(200))
        (p,) = collect(cin, 1)
        assert N.seq_of(p.data) == 200


def test_loopback_outgoing_duplicates_dropped(veth: VethPair) -> None:
    with open_cap(veth, "lo") as cap:
        with veth.cap():
            s = N.Sender("lo")
        for i in range(5):
            s.send(N.exp_frame(i, dst=b"\0" * 6))
        got = collect(cap, 5)
        assert [N.seq_of(p.data) for p in got] == list(range(5))
        assert quiet(cap) == []          # each frame once, not twice
        assert cap.stats().received == 5


# --- non-blocking, selectors, asyncio ---------------------------------------------------------------

def test_nonblocking_with_selectors(veth: VethPair) -> None:
    with open_cap(veth, timeout_ms=0) as cap:
        cap.setnonblock(True)
        assert cap.getnonblock()
        t0 = time.monotonic()
        assert cap.next() is None and cap.dispatch(-1, lambda p: None) == 0
        assert time.monotonic() - t0 < 2.0
        sel = selectors.DefaultSelector()
        sel.register(cap.fileno(), selectors.EVENT_READ)
        s = veth.sender()
        for i in range(5):
            s.send(N.exp_frame(i))
        got: list = []
        end = time.monotonic() + 5
        while len(got) < 5 and time.monotonic() < end:
            if sel.select(timeout=1.0):
                cap.dispatch(-1, got.append)
        sel.close()
        assert [N.seq_of(p.data) for p in got] == list(range(5))


def test_asyncio_iteration_and_read(veth: VethPair) -> None:
    async def main(cap: purepcap.Capture) -> list:
        s = veth.sender()
        loop = asyncio.get_running_loop()
        for i in range(10):
            loop.call_later(0.01 * i, s.send, N.exp_frame(i))
        first = await asyncio.wait_for(cap.read(), 5)
        out = [first]
        async def rest():
            async for p in cap.aiter():
                out.append(p)
                if len(out) == 10:
                    break
        await asyncio.wait_for(rest(), 5)
        return out

    with open_cap(veth, immediate_mode=True, timeout_ms=0) as cap:
        got = asyncio.run(main(cap))
        assert [N.seq_of(p.data) for p in got] == list(range(10))


# --- injection, fanout, overload, errors -----------------------------------------------------------

def test_inject_is_seen_by_the_peer(veth: VethPair) -> None:
    with veth.peer():
        peer_cap = purepcap.open_live(veth.peer_if, timeout_ms=200)
    with peer_cap, open_cap(veth) as cap:
        frame = N.exp_frame(77, src=b"\x02\0\0\0\0\x09")
        assert cap.inject(frame) == len(frame)
        assert cap.sendpacket(N.exp_frame(78)) == 60
        got = collect(peer_cap, 2)
        assert [N.seq_of(p.data) for p in got] == [77, 78]
        assert got[0].data == frame


@pytest.mark.parametrize("mode", ["hash", "lb"])
def test_fanout_two_sockets_no_loss_no_duplicates(veth: VethPair, mode: str) -> None:
    a, b = open_cap(veth), open_cap(veth)
    with a, b:
        group = os.getpid() & 0xFFFF
        # every member must join with the same mode and flags
        a.fanout(group, mode, defrag=(mode == "hash"))
        b.fanout(group, mode, defrag=(mode == "hash"))
        with pytest.raises(CaptureError):
            with veth.cap():
                c = purepcap.open_live(veth.cap_if, timeout_ms=100)
            with c:
                c.fanout(group, "cpu")
        s = veth.sender()
        n = 400
        for i in range(n):
            s.send(N.udp_frame(i, sport=1000 + i % 37))
        got_a, got_b = collect(a, n, 2.0), []
        got_b = collect(b, n - len(got_a), 5.0)
        got_a += quiet(a, 100)
        seqs = [N.udp_seq(p.data) for p in got_a + got_b]
        assert sorted(seqs) == list(range(n))      # nothing lost, nothing twice
        assert got_a and got_b                     # both members got a share
        if mode == "hash":                         # one flow never splits
            flows_a = {N.udp_seq(p.data) % 37 for p in got_a}
            flows_b = {N.udp_seq(p.data) % 37 for p in got_b}
            assert not flows_a & flows_b


def test_fanout_bad_mode(veth: VethPair) -> None:
    with open_cap(veth) as cap:
        with pytest.raises(purepcap.OptionError):
            cap.fanout(1, "nope")


@pytest.mark.parametrize("path", ["v3", "v2"])
def test_overload_captured_plus_dropped_equals_sent(veth: VethPair, path: str) -> None:
    opts = {"v3": {}, "v2": {"immediate_mode": True}}[path]
    with open_cap(veth, buffer_size=16384, **opts) as cap:
        s = veth.sender()
        n = 3000
        for i in range(n):                        # nobody reads: the small ring overflows
            s.send(N.exp_frame(i))
        got = collect(cap, n, 3.0)
        st = cap.stats()
        assert st.dropped > 0
        assert st.received == n
        assert len(got) + st.dropped == n
        seqs = [N.seq_of(p.data) for p in got]
        assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)


def test_interface_deleted_while_capturing_raises(veth: VethPair) -> None:
    with open_cap(veth, timeout_ms=0) as cap:
        threading.Timer(0.3, veth.ip, args=("cap", "link", "del", veth.cap_if)).start()
        t0 = time.monotonic()
        with pytest.raises(CaptureError, match="went down|removed|disappeared"):
            cap.loop(-1, lambda p: None)
        assert time.monotonic() - t0 < 10.0


@pytest.mark.parametrize("path", ["v3", "recv"])
def test_interface_down_while_capturing_raises(veth: VethPair, path: str) -> None:
    with open_cap(veth, timeout_ms=0, **({"ring": False} if path == "recv" else {})) as cap:
        threading.Timer(0.3, veth.ip, args=("cap", "link", "set", veth.cap_if, "down")).start()
        with pytest.raises(CaptureError):
            for _ in cap:
                pass


def test_activate_on_a_down_interface_is_an_error(veth: VethPair) -> None:
    veth.ip("cap", "link", "set", veth.cap_if, "down")
    with pytest.raises(CaptureError, match="not up"):
        open_cap(veth)


def test_promiscuous_mode_is_set_and_released(veth: VethPair) -> None:
    def promiscuity() -> int:
        out = subprocess.run(["ip", "-n", veth.cap_ns, "-d", "link", "show", veth.cap_if],
                             capture_output=True, text=True, check=True).stdout
        return int(out.split("promiscuity ")[1].split()[0])
    assert promiscuity() == 0
    cap = open_cap(veth, promisc=True)
    assert promiscuity() == 1
    cap.close()
    assert promiscuity() == 0


def test_no_such_device(veth: VethPair) -> None:
    with pytest.raises(NoSuchDevice):
        open_cap(veth, "nonexistent0")


def test_findalldevs_and_lookupnet_in_a_namespace(veth: VethPair) -> None:
    veth.ip("cap", "addr", "add", "10.77.1.5/24", "brd", "+", "dev", veth.cap_if)
    with veth.cap():
        devs = {d.name: d for d in purepcap.findalldevs()}
        net = purepcap.lookupnet(veth.cap_if)
        with pytest.raises(CaptureError):
            purepcap.lookupnet("lo" if False else veth.cap_if + "x")
    assert set(devs) == {veth.cap_if, "lo", "any"}
    d = devs[veth.cap_if]
    assert d.up and d.running and not d.loopback and not d.wireless
    (a,) = d.addresses
    assert (a.addr, a.netmask, a.broadaddr) == ("10.77.1.5", "255.255.255.0", "10.77.1.255")
    assert devs["lo"].loopback
    assert net == (0x0A4D0100, 0xFFFFFF00)


def test_permission_denied_without_cap_net_raw(veth: VethPair) -> None:
    code = (
        "import os, purepcap, purepcap.capture, purepcap.live.backend, purepcap.live.devices\n"
        "os.setgroups([]); os.setgid(65534); os.setuid(65534)\n"
        "try:\n"
        "    purepcap.open_live('lo')\n"
        "except purepcap.PermissionDenied as e:\n"
        "    print('denied', e)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert res.stdout.startswith("denied"), res.stderr


def test_fanout_workers_example_selftest() -> None:
    """examples/fanout_workers.py: 3 worker processes, no frame lost or seen twice."""
    script = os.path.join(os.path.dirname(__file__), "..", "examples", "fanout_workers.py")
    res = subprocess.run([sys.executable, script, "--selftest", "--workers", "3",
                          "--mode", "hash", "--count", "5000"],
                         capture_output=True, text=True, timeout=180)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "sent 5000, seen 5000, lost 0, duplicated 0" in res.stdout
    shares = [int(line.split()[2]) for line in res.stdout.splitlines() if line.startswith("worker")]
    assert len(shares) == 3 and sum(shares) == 5000 and all(shares)
