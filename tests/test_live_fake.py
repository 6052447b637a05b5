"""The live backends against a fake kernel: fallbacks, set-up order, timeouts,
interface loss, VLAN tags and statistics, without root.

``tests/fake_kernel.py`` answers the live layer's system calls (swapped in
with ``purepcap.live._sys.use_kernel``); everything here goes through the
public API (``purepcap.create`` ... ``activate``, ``next``, ``dispatch``,
``loop``, ``stats``).  Expected values come from the kernel ABI
(``linux/if_packet.h``: the fake writes the ring with its own copy of the
structs) and from libpcap's documented behaviour, not from purepcap.
"""

from __future__ import annotations

import errno
import io
import socket
import struct
import threading
import time
from typing import Any, Callable

import pytest

import purepcap
from fake_kernel import (ETH_P_ALL, PACKET_OUTGOING, TPACKET_V2, TPACKET_V3, FakeInterface,
                         FakeKernel)
from helpers import ETH_P_EXP, exp_frame, seq_of, vlan_frame
from purepcap.errors import CaptureError, NoSuchDevice, PermissionDenied
from purepcap.live._sys import use_kernel

#: hand-written program: Ethertype 0x88B5 only (whole packets)
ONLY_EXP = [(0x28, 0, 0, 12), (0x15, 0, 1, ETH_P_EXP), (0x06, 0, 0, 262144), (0x06, 0, 0, 0)]
TS = 1_700_000_000_123_456_789
PATHS = ["v3", "v2", "recv"]


@pytest.fixture
def kernel() -> Any:
    k = FakeKernel()
    k.add_interface("fake0", 5, hwaddr=b"\x02\0\0\0\0\x05")
    with use_kernel(k):
        yield k


@pytest.fixture
def fake0(kernel: FakeKernel) -> FakeInterface:
    return kernel.interfaces["fake0"]


def open_fake(path: str = "v3", device: str = "fake0", **opts: Any) -> purepcap.Capture:
    """create() + setters + activate(), choosing the read path like a user would."""
    cap = purepcap.create(device)
    cap.set_timeout(opts.pop("timeout_ms", 100))
    if path == "v2":
        cap.set_immediate_mode(True)
    elif path == "recv":
        cap.set_ring(False)
    for name, value in opts.items():
        if name == "filter":
            cap.setfilter(value)
        else:
            getattr(cap, f"set_{name}")(value)
    try:
        cap.activate()
    except BaseException:
        cap.close()
        raise
    return cap


def drain(cap: purepcap.Capture, n: int, seconds: float = 3.0) -> list:
    out: list = []
    end = time.monotonic() + seconds
    while len(out) < n and time.monotonic() < end:
        cap.dispatch(n - len(out), out.append)
    return out


def within(seconds: float, fn: Callable[[], Any]) -> Any:
    """``fn()`` in a thread; fail (instead of hanging the suite) if it blocks longer."""
    box: dict = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            box["error"] = exc
    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), f"still blocked after {seconds} s"
    if "error" in box:
        raise box["error"]
    return box.get("value")


def later(delay: float, fn: Callable[[], Any]) -> threading.Timer:
    t = threading.Timer(delay, fn)
    t.daemon = True
    t.start()
    return t


def names(kernel: FakeKernel) -> list[str]:
    return [c.name for c in kernel.capture_socket().calls]


def ring_calls(kernel: FakeKernel) -> list:
    return [c for c in kernel.capture_socket().calls if c.name == "PACKET_RX_RING"]


# --- set-up order ---------------------------------------------------------------------

def test_setup_order_filter_attached_before_bind(kernel: FakeKernel) -> None:
    cap = open_fake("v3", filter=ONLY_EXP, promisc=True)
    try:
        sock = kernel.capture_socket()
        calls = sock.calls
        assert calls[0].name == "socket" and calls[0].arg == (socket.SOCK_RAW, 0), \
            "the capture socket is created with protocol 0 (it receives nothing until bound)"
        order = ["PACKET_VERSION", "PACKET_RESERVE", "PACKET_RX_RING", "mmap",
                 "SO_ATTACH_FILTER", "bind"]
        ok = [c.name for c in calls if c.error is None]
        pos = [ok.index(n) for n in order]
        assert pos == sorted(pos), ok
        assert ok.count("bind") == 1
        version = next(c for c in calls if c.name == "PACKET_VERSION")
        assert version.arg == TPACKET_V3
        bind = next(c for c in calls if c.name == "bind")
        assert bind.arg == (5, ETH_P_ALL)
        attach = [c for c in calls if c.name == "SO_ATTACH_FILTER"]
        assert attach[-1].arg == ONLY_EXP, "no direction prefix on an ordinary interface"
        assert "PACKET_AUXDATA" in ok
        assert kernel.interfaces["fake0"].promisc == 1
    finally:
        cap.close()


def test_v3_ring_request_fits_the_kernel_rules(kernel: FakeKernel) -> None:
    cap = open_fake("v3", timeout_ms=250)
    try:
        (req,) = ring_calls(kernel)
        bsize, bnr, fsize, fnr, tov = req.arg[:5]
        assert req.error is None
        assert bsize % 4096 == 0 and fsize % 16 == 0 and fnr == bnr * (bsize // fsize)
        assert bsize * bnr == 2 * 1024 * 1024, "libpcap's default 2 MiB buffer"
        assert tov == 250, "the block retire timeout is the capture timeout"
        mm = next(c for c in kernel.capture_socket().calls if c.name == "mmap")
        assert mm.arg == bsize * bnr
    finally:
        cap.close()


def test_immediate_mode_asks_for_a_v2_ring(kernel: FakeKernel) -> None:
    cap = open_fake("v2")
    try:
        sock = kernel.capture_socket()
        assert sock.version == TPACKET_V2
        (req,) = ring_calls(kernel)
        assert len(req.arg) == 4, "a struct tpacket_req (V2), not tpacket_req3"
    finally:
        cap.close()


# --- fallbacks -------------------------------------------------------------------------

@pytest.mark.parametrize("path", PATHS)
def test_packets_arrive_in_order_with_kernel_stamps(fake0: FakeInterface, path: str) -> None:
    cap = open_fake(path, tstamp_precision="nano")
    try:
        fake0.receive(*[exp_frame(i) for i in range(5)], ts_ns=TS)
        got = drain(cap, 5)
        assert [seq_of(p.data) for p in got] == list(range(5))
        assert [p.ts for p in got] == [TS + i for i in range(5)]
        assert all(p.caplen == p.wirelen == 60 and p.interface == 5 for p in got)
        assert bytes(got[0].data) == exp_frame(0)
    finally:
        cap.close()


def test_micro_precision_truncates_the_stamp(fake0: FakeInterface) -> None:
    cap = open_fake("v3")
    try:
        fake0.receive(exp_frame(1), ts_ns=TS)
        (pkt,) = drain(cap, 1)
        assert pkt.ts == TS // 1000 * 1000
    finally:
        cap.close()


def test_kernel_without_v3_gets_a_v2_ring(kernel: FakeKernel, fake0: FakeInterface) -> None:
    kernel.unknown_versions = {TPACKET_V3}
    cap = open_fake("v3")
    try:
        calls = kernel.capture_socket().calls
        versions = [(c.arg, c.error) for c in calls if c.name == "PACKET_VERSION"]
        assert versions == [(TPACKET_V3, "EINVAL"), (TPACKET_V2, None)]
        fake0.receive(*[exp_frame(i) for i in range(3)])
        assert [seq_of(p.data) for p in drain(cap, 3)] == [0, 1, 2]
    finally:
        cap.close()


@pytest.mark.parametrize("err", [errno.ENOPROTOOPT, errno.EINVAL])
def test_no_ring_falls_back_to_recv(kernel: FakeKernel, fake0: FakeInterface, err: int) -> None:
    kernel.rx_ring_errno = err
    cap = open_fake("v3", tstamp_precision="nano")
    try:
        sock = kernel.capture_socket()
        assert sock.mm is None and "mmap" not in names(kernel)
        assert "SO_TIMESTAMPNS" in names(kernel), "stamps come as control messages"
        fake0.receive(*[exp_frame(i) for i in range(4)], ts_ns=TS)
        got = drain(cap, 4)
        assert [seq_of(p.data) for p in got] == [0, 1, 2, 3]
        assert [p.ts for p in got] == [TS + i for i in range(4)]
    finally:
        cap.close()


def test_enomem_halves_the_ring_until_it_fits(kernel: FakeKernel, fake0: FakeInterface) -> None:
    kernel.ring_limit = 300_000
    cap = open_fake("v3")
    try:
        tried = [(c.arg[0] * c.arg[1], c.error) for c in ring_calls(kernel)]
        sizes = [s for s, _ in tried]
        assert sizes[0] == 2 * 1024 * 1024
        assert all(b == a // 2 for a, b in zip(sizes, sizes[1:])), sizes
        assert [e for _, e in tried] == ["ENOMEM"] * (len(tried) - 1) + [None]
        assert sizes[-1] <= 300_000 < sizes[-2]
        assert len({c.arg[0] for c in ring_calls(kernel)}) == 1, "the block size stays"
        mm = [c for c in kernel.capture_socket().calls if c.name == "mmap"]
        assert [c.arg for c in mm] == [sizes[-1]]
        fake0.receive(exp_frame(7))
        assert [seq_of(p.data) for p in drain(cap, 1)] == [7]
    finally:
        cap.close()


def test_enomem_at_every_size_ends_on_the_recv_path(kernel: FakeKernel,
                                                    fake0: FakeInterface) -> None:
    kernel.ring_limit = 4096
    cap = open_fake("v3")
    try:
        tried = ring_calls(kernel)
        assert tried and all(c.error == "ENOMEM" for c in tried)
        assert kernel.capture_socket().mm is None
        fake0.receive(exp_frame(1), exp_frame(2))
        assert [seq_of(p.data) for p in drain(cap, 2)] == [1, 2]
    finally:
        cap.close()


def test_ring_that_cannot_be_mapped_is_torn_down(kernel: FakeKernel,
                                                 fake0: FakeInterface) -> None:
    kernel.mmap_errno = errno.ENOMEM
    cap = open_fake("v3")
    try:
        calls = kernel.capture_socket().calls
        maps = [i for i, c in enumerate(calls) if c.name == "mmap"]
        assert maps and all(calls[i].error == "ENOMEM" for i in maps)
        for i in maps:                # each failed mapping: the ring request is undone
            assert calls[i + 1].name == "PACKET_RX_RING" and calls[i + 1].arg[1] == 0
        assert kernel.capture_socket().ring is None
        fake0.receive(exp_frame(1))
        assert [seq_of(p.data) for p in drain(cap, 1)] == [1]
    finally:
        cap.close()


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("err", [errno.EINVAL, errno.ENOMEM])
def test_refused_program_runs_in_user_space(kernel: FakeKernel, fake0: FakeInterface,
                                            path: str, err: int) -> None:
    kernel.filter_errno = err
    cap = open_fake(path, filter=ONLY_EXP)
    try:
        sock = kernel.capture_socket()
        attach = [c for c in sock.calls if c.name == "SO_ATTACH_FILTER"]
        assert attach and attach[0].error == errno.errorcode[err]
        assert sock.filter is None, "no kernel filter left attached"
        assert names(kernel).index("bind") > names(kernel).index("SO_ATTACH_FILTER")
        other = exp_frame(99)[:12] + b"\x08\x06" + exp_frame(99)[14:]   # ARP: not ours
        fake0.receive(exp_frame(1), other, exp_frame(2), other, exp_frame(3))
        got = drain(cap, 3)
        assert [seq_of(p.data) for p in got] == [1, 2, 3]
        assert cap.dispatch(-1, got.append) == 0, "the other frames were filtered out"
    finally:
        cap.close()


def test_refused_program_keeps_the_direction_test_in_the_kernel(kernel: FakeKernel,
                                                                 fake0: FakeInterface) -> None:
    # the kernel takes short programs only: the user's is refused, the
    # direction test alone still fits and keeps outgoing packets out
    kernel.filter_errno = errno.ENOMEM
    kernel.filter_max_insns = 8      # room for a direction test, not for it and ONLY_EXP
    cap = open_fake("v3", filter=ONLY_EXP, direction="in")
    try:
        assert kernel.capture_socket().filter is not None
        other = exp_frame(8)[:12] + b"\x08\x06" + exp_frame(8)[14:]
        fake0.receive(exp_frame(1), pkttype=PACKET_OUTGOING)
        fake0.receive(other, exp_frame(2))
        assert [seq_of(p.data) for p in drain(cap, 1)] == [2]
        assert cap.dispatch(-1, lambda p: None) == 0
        assert cap.stats().received == 2, "the outgoing frame never passed the kernel"
    finally:
        cap.close()


def test_filter_refused_after_activation_moves_to_user_space(kernel: FakeKernel,
                                                             fake0: FakeInterface) -> None:
    cap = open_fake("v3")
    try:
        kernel.filter_errno = errno.EINVAL
        cap.setfilter(ONLY_EXP)
        assert kernel.capture_socket().filter is None
        other = exp_frame(5)[:12] + b"\x08\x00" + exp_frame(5)[14:]
        fake0.receive(other, exp_frame(6))
        assert [seq_of(p.data) for p in drain(cap, 1)] == [6]
    finally:
        cap.close()


def test_accepted_program_filters_in_the_kernel(kernel: FakeKernel, fake0: FakeInterface) -> None:
    cap = open_fake("v3", filter=ONLY_EXP)
    try:
        other = exp_frame(9)[:12] + b"\x08\x06" + exp_frame(9)[14:]
        fake0.receive(other, exp_frame(1), other)
        assert [seq_of(p.data) for p in drain(cap, 1)] == [1]
        assert cap.stats().received == 1, "packets the kernel filter rejects are not counted"
    finally:
        cap.close()


# --- timeouts and breakloop ----------------------------------------------------------------

@pytest.mark.parametrize("path", PATHS)
def test_idle_read_returns_after_about_the_timeout(kernel: FakeKernel, path: str) -> None:
    cap = open_fake(path, timeout_ms=200)
    try:
        polls = kernel.polls
        t0 = time.monotonic()
        assert within(5, cap.next) is None
        took = time.monotonic() - t0
        assert 0.15 <= took < 1.5, took
        assert kernel.polls - polls <= 3, "one wait, not a busy loop"
        t0 = time.monotonic()
        assert within(5, lambda: cap.dispatch(-1, lambda p: None)) == 0
        assert 0.15 <= time.monotonic() - t0 < 1.5
    finally:
        cap.close()


def test_v3_block_waits_for_retirement(fake0: FakeInterface) -> None:
    # V3 hands over whole blocks: a packet in a block the kernel still fills
    # is invisible until the block retires (full, or its timeout expired)
    cap = open_fake("v3", timeout_ms=100)
    try:
        fake0.receive(exp_frame(1), retire=False)
        assert cap.next() is None
        later(0.1, lambda: [s.retire() for s in fake0.kernel.packet_sockets])
        pkt = within(5, lambda: drain(cap, 1))
        assert [seq_of(p.data) for p in pkt] == [1]
    finally:
        cap.close()


@pytest.mark.parametrize("path", PATHS)
def test_packet_wakes_a_read_blocked_forever(fake0: FakeInterface, path: str) -> None:
    cap = open_fake(path, timeout_ms=0)          # 0: wait forever
    try:
        later(0.2, lambda: fake0.receive(exp_frame(42)))
        pkt = within(5, cap.next)
        assert pkt is not None and seq_of(pkt.data) == 42
    finally:
        cap.close()


@pytest.mark.parametrize("path", PATHS)
def test_breakloop_wakes_a_blocked_loop(fake0: FakeInterface, path: str) -> None:
    cap = open_fake(path, timeout_ms=0)
    try:
        seen: list = []
        later(0.2, cap.breakloop)
        t0 = time.monotonic()
        within(5, lambda: cap.loop(-1, seen.append))
        assert seen == [] and time.monotonic() - t0 < 3
        # the handle still works afterwards
        fake0.receive(exp_frame(3))
        assert [seq_of(p.data) for p in within(5, lambda: drain(cap, 1))] == [3]
    finally:
        cap.close()


# --- interface loss ---------------------------------------------------------------------------

@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("how", ["down", "removed"])
def test_interface_loss_while_blocked_is_an_error(kernel: FakeKernel, fake0: FakeInterface,
                                                   path: str, how: str) -> None:
    cap = open_fake(path, timeout_ms=0)
    try:
        later(0.2, fake0.go_down if how == "down" else lambda: kernel.remove_interface("fake0"))
        with pytest.raises(CaptureError, match="fake0"):
            within(5, lambda: cap.loop(-1, lambda p: None))
    finally:
        cap.close()


@pytest.mark.parametrize("path", PATHS)
def test_interface_loss_with_packets_pending(fake0: FakeInterface, path: str) -> None:
    cap = open_fake(path, timeout_ms=100)
    try:
        fake0.receive(exp_frame(1))
        fake0.go_down()
        with pytest.raises(CaptureError):
            within(5, lambda: drain(cap, 5))
    finally:
        cap.close()


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("err", [errno.ENETDOWN, errno.ENODEV, errno.ENXIO])
def test_socket_error_while_blocked_names_the_cause(kernel: FakeKernel, path: str,
                                                    err: int) -> None:
    cap = open_fake(path, timeout_ms=0)
    try:
        sock = kernel.capture_socket()
        later(0.1, lambda: sock.set_error(err))
        with pytest.raises(CaptureError, match=errno.errorcode[err]):
            within(5, cap.next)
    finally:
        cap.close()


def test_unknown_device(kernel: FakeKernel) -> None:
    with pytest.raises(NoSuchDevice):
        open_fake("v3", device="nope0")


def test_bind_enodev_is_no_such_device(kernel: FakeKernel) -> None:
    kernel.bind_errno = errno.ENODEV
    with pytest.raises(NoSuchDevice):
        open_fake("v3")


def test_bind_enetdown_is_a_capture_error(kernel: FakeKernel) -> None:
    kernel.bind_errno = errno.ENETDOWN
    with pytest.raises(CaptureError) as info:
        open_fake("v3")
    assert not isinstance(info.value, NoSuchDevice)


def test_activating_a_down_interface_fails(kernel: FakeKernel, fake0: FakeInterface) -> None:
    fake0.up = False
    with pytest.raises(CaptureError, match="not up"):
        open_fake("v3")


def test_no_cap_net_raw_is_permission_denied(kernel: FakeKernel) -> None:
    kernel.socket_errno = errno.EPERM
    with pytest.raises(PermissionDenied):
        open_fake("v3")


def test_sockets_are_closed_when_activation_fails(kernel: FakeKernel) -> None:
    kernel.bind_errno = errno.ENODEV
    with pytest.raises(NoSuchDevice):
        open_fake("v3")
    assert kernel.packet_sockets and all(s.closed for s in kernel.packet_sockets)


# --- VLAN tags ---------------------------------------------------------------------------------

@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("tpid", [0x8100, 0x88A8])
def test_stripped_vlan_tag_is_put_back_with_its_tpid(fake0: FakeInterface, path: str,
                                                     tpid: int) -> None:
    cap = open_fake(path)
    try:
        tagged = vlan_frame(7, vid=100, tpid=tpid, pcp=5)
        fake0.receive(tagged)
        (pkt,) = drain(cap, 1)
        assert bytes(pkt.data) == tagged, "the tag is back after the MAC addresses"
        assert pkt.caplen == pkt.wirelen == len(tagged), "4 bytes more than the kernel saw"
        assert pkt.vlan_tci == (5 << 13) | 100 and pkt.vlan_tpid == tpid
        assert seq_of(pkt.data, vlan=True) == 7
    finally:
        cap.close()


def test_untagged_frames_keep_their_bytes(fake0: FakeInterface) -> None:
    cap = open_fake("v3")
    try:
        fake0.receive(exp_frame(1), vlan_frame(2, vid=3), exp_frame(3))
        got = drain(cap, 3)
        assert [bytes(p.data) for p in got] == [exp_frame(1), vlan_frame(2, vid=3), exp_frame(3)]
        assert [p.vlan_tci for p in got] == [-1, 3, -1]
    finally:
        cap.close()


# --- statistics -----------------------------------------------------------------------------------

def test_stats_accumulate_across_reads_v3(kernel: FakeKernel, fake0: FakeInterface) -> None:
    fake0.rx_dropped = 10
    cap = open_fake("v3", buffer_size=64 * 1024)
    try:
        nblocks = ring_calls(kernel)[-1].arg[1]
        fake0.receive(exp_frame(0), exp_frame(1), exp_frame(2))
        assert tuple(cap.stats()) == (3, 0, 0)
        assert tuple(cap.stats()) == (3, 0, 0), "the kernel cleared its counters; we add"
        assert len(drain(cap, 3)) == 3
        # fill every block (one retired block per receive), then two more frames
        for i in range(nblocks):
            fake0.receive(exp_frame(10 + i))
        fake0.receive(exp_frame(98))
        fake0.receive(exp_frame(99))
        fake0.rx_dropped = 17
        st = cap.stats()
        assert (st.received, st.dropped) == (3 + nblocks + 2, 2), "tp_packets includes tp_drops"
        assert st.ifdropped == 7, "rx_dropped since activation"
        got = drain(cap, nblocks)
        assert [seq_of(p.data) for p in got] == [10 + i for i in range(nblocks)]
        fake0.receive(exp_frame(5))
        assert len(drain(cap, 1)) == 1
        st = cap.stats()
        assert (st.received, st.dropped) == (3 + nblocks + 2 + 1, 2)
    finally:
        cap.close()


def test_stats_accumulate_across_reads_v2(kernel: FakeKernel, fake0: FakeInterface) -> None:
    cap = open_fake("v2", buffer_size=16 * 1024)
    try:
        nframes = ring_calls(kernel)[-1].arg[3]
        fake0.receive(*[exp_frame(i) for i in range(nframes + 3)])
        st = cap.stats()
        assert (st.received, st.dropped) == (nframes + 3, 3)
        assert len(drain(cap, nframes)) == nframes
        fake0.receive(exp_frame(1))
        assert len(drain(cap, 1)) == 1
        assert tuple(cap.stats())[:2] == (nframes + 4, 3)
    finally:
        cap.close()


def test_stats_accumulate_on_the_recv_path(kernel: FakeKernel, fake0: FakeInterface) -> None:
    kernel.queue_limit = 4
    cap = open_fake("recv")
    try:
        fake0.receive(*[exp_frame(i) for i in range(6)])
        assert tuple(cap.stats())[:2] == (6, 2)
        assert [seq_of(p.data) for p in drain(cap, 4)] == [0, 1, 2, 3]
        fake0.receive(exp_frame(9))
        drain(cap, 1)
        assert tuple(cap.stats())[:2] == (7, 2)
    finally:
        cap.close()


# --- straight to a file ----------------------------------------------------------------------

@pytest.mark.parametrize("path", PATHS)
def test_dump_writes_what_the_kernel_delivered(fake0: FakeInterface, path: str) -> None:
    cap = open_fake(path, tstamp_precision="nano")
    try:
        frames = [exp_frame(i, size=60 + i) for i in range(3)] + [vlan_frame(3, vid=9)]
        fake0.receive(*frames, ts_ns=TS)
        out = io.BytesIO()
        assert within(5, lambda: cap.dump(out, len(frames))) == len(frames)
    finally:
        cap.close()
    out.seek(0)
    with purepcap.open_offline(out) as f:
        got = list(f)
    assert [bytes(p.data) for p in got] == frames
    assert [p.ts for p in got] == [TS + i for i in range(len(frames))]


# --- the "any" device and directions --------------------------------------------------------

@pytest.mark.parametrize("path", PATHS)
def test_any_device_is_cooked_and_bound_to_every_interface(kernel: FakeKernel,
                                                           fake0: FakeInterface,
                                                           path: str) -> None:
    cap = open_fake(path, device="any")
    try:
        sock = kernel.capture_socket()
        assert sock.calls[0].arg == (socket.SOCK_DGRAM, 0)
        assert next(c for c in sock.calls if c.name == "bind").arg == (0, ETH_P_ALL)
        assert cap.datalink() == 113
        frame = exp_frame(4, src=b"\x02\0\0\0\0\x44")
        fake0.receive(frame)
        (pkt,) = drain(cap, 1)
        # DLT_LINUX_SLL: packet type, ARPHRD type, address length, address (8), protocol
        hdr = struct.pack(">HHH8sH", 0, 1, 6, b"\x02\0\0\0\0\x44\0\0", ETH_P_EXP)
        assert bytes(pkt.data) == hdr + frame[14:]
        assert pkt.wirelen == 16 + len(frame) - 14
    finally:
        cap.close()


def test_direction_in_is_filtered_in_the_kernel(kernel: FakeKernel, fake0: FakeInterface) -> None:
    cap = open_fake("v3", direction="in")
    try:
        fake0.receive(exp_frame(1), pkttype=PACKET_OUTGOING)
        fake0.receive(exp_frame(2))
        assert [seq_of(p.data) for p in drain(cap, 1)] == [2]
        assert cap.stats().received == 1
    finally:
        cap.close()


# --- devices ------------------------------------------------------------------------------------

def test_findalldevs_and_lookupnet_through_the_fake(kernel: FakeKernel,
                                                    fake0: FakeInterface) -> None:
    fake0.ipv4 = ("10.9.8.7", 24)
    devs = purepcap.findalldevs() if hasattr(purepcap, "findalldevs") else \
        __import__("purepcap.live", fromlist=["findalldevs"]).findalldevs()
    by_name = {d.name: d for d in devs}
    assert by_name["fake0"].index == 5 and by_name["fake0"].up
    assert by_name["lo"].loopback and "any" in by_name
    assert not by_name["fake0"].wireless
    kernel.paths.add("/sys/class/net/fake0/wireless")
    assert by_name["fake0"].wireless
    from purepcap.live import lookupnet
    assert lookupnet("fake0") == (0x0A090800, 0xFFFFFF00)
    with pytest.raises(NoSuchDevice):
        lookupnet("nope0")
