"""Capture.dump: live packets straight into a pcap file, on every read path.

Frames are sent from the peer namespace; the file is read back with
purepcap's reader (and, when available, libpcap through the test oracle) and
compared with what was sent, byte for byte and in order.
"""

from __future__ import annotations

import io
import threading
import time

import pytest

import purepcap
from purepcap.savefile import open_reader

import netns as N
from conftest import needs_root
from netns import VethPair, collect, open_cap

pytestmark = [pytest.mark.live, needs_root]

PATHS = {"v3": {}, "v2": {"immediate_mode": True}, "recv": {"ring": False}}


def read_back(path) -> list:
    with open_reader(str(path)) as r:
        return list(r)


def send(pair: VethPair, frames: list[bytes]) -> None:
    s = pair.sender()
    try:
        s.send_all(frames)
    finally:
        s.close()


def test_dump_v3_uses_the_fast_path(veth: VethPair) -> None:
    with open_cap(veth) as cap:
        assert cap.backend.has_records


@pytest.mark.parametrize("path", list(PATHS))
def test_dump_exact_packets_in_order(veth: VethPair, path: str, tmp_path) -> None:
    n = 2500 if path == "v3" else 300            # v3: several blocks
    frames = [N.udp_frame(i) for i in range(n)]
    out = tmp_path / "d.pcap"
    with open_cap(veth, **PATHS[path]) as cap:
        send(veth, frames)
        assert cap.dump(str(out), n) == n
        st = cap.stats()
    got = read_back(out)
    assert [p.data for p in got] == frames
    assert all(p.caplen == p.wirelen == 60 for p in got)
    assert st.dropped == 0
    assert all(p.ts % 1000 == 0 for p in got)    # a microsecond file by default


def test_dump_count_inside_a_block_keeps_the_rest(veth: VethPair, tmp_path) -> None:
    frames = [N.exp_frame(i) for i in range(300)]
    with open_cap(veth, timeout_ms=100) as cap:
        send(veth, frames)
        time.sleep(0.4)                 # one block retires with all 300 inside
        out = tmp_path / "a.pcap"
        assert cap.dump(str(out), 137) == 137
        assert [p.data for p in read_back(out)] == frames[:137]
        # the packets after the 137th are not lost: the next reads get them
        rest = collect(cap, 163)
        assert [p.data for p in rest] == frames[137:]
        out2 = tmp_path / "b.pcap"
        send(veth, frames[:5])
        assert cap.dump(str(out2), 5) == 5
        assert [p.data for p in read_back(out2)] == frames[:5]


def test_dump_after_next_writes_pending_first(veth: VethPair, tmp_path) -> None:
    frames = [N.exp_frame(i) for i in range(50)]
    with open_cap(veth, timeout_ms=100) as cap:
        send(veth, frames)
        time.sleep(0.4)
        first = cap.next()              # the whole block is now pending in the handle
        assert first.data == frames[0]
        out = tmp_path / "p.pcap"
        assert cap.dump(str(out), 49) == 49
        assert [p.data for p in read_back(out)] == frames[1:]


def test_dump_vlan_frames_go_through_the_decoder(veth: VethPair, tmp_path) -> None:
    frames = []
    for i in range(400):
        if i % 50 == 7:
            frames.append(N.vlan_frame(i, vid=i, tpid=0x88A8 if i % 100 == 7 else 0x8100))
        else:
            frames.append(N.exp_frame(i))
    out = tmp_path / "v.pcap"
    with open_cap(veth) as cap:
        send(veth, frames)
        assert cap.dump(str(out), len(frames)) == len(frames)
    got = read_back(out)
    assert [p.data for p in got] == frames           # tags back in, real TPIDs
    assert [p.wirelen for p in got] == [len(f) for f in frames]


def test_dump_nanosecond_and_snaplen(veth: VethPair) -> None:
    frames = [N.udp_frame(i, payload_len=200) for i in range(40)]
    with open_cap(veth, snaplen=100, tstamp_precision="nano") as cap:
        send(veth, frames)
        buf = io.BytesIO()
        assert cap.dump(buf, 40) == 40
    buf.seek(0)
    with open_reader(buf) as r:
        assert r.snaplen == 100
        got = list(r)
    assert [p.data for p in got] == [f[:100] for f in frames]
    assert {p.wirelen for p in got} == {len(frames[0])}
    assert any(p.ts % 1000 for p in got)             # nanoseconds kept


def test_dump_with_a_filter(veth: VethPair, tmp_path) -> None:
    udp = [N.udp_frame(i) for i in range(200)]
    mixed = [f for i in range(200) for f in (N.exp_frame(i), udp[i])]
    out = tmp_path / "f.pcap"
    with open_cap(veth, filter="udp") as cap:
        send(veth, mixed)
        assert cap.dump(str(out), 200) == 200
    assert [p.data for p in read_back(out)] == udp


def test_dump_stops_on_breakloop_and_flushes(veth: VethPair, tmp_path) -> None:
    frames = [N.exp_frame(i) for i in range(1000)]
    out = tmp_path / "b.pcap"
    with open_cap(veth, timeout_ms=100) as cap:
        send(veth, frames)
        timer = threading.Timer(1.0, cap.breakloop)
        timer.start()
        try:
            assert cap.dump(str(out)) == 1000          # no count: until breakloop
        finally:
            timer.cancel()
    assert [p.data for p in read_back(out)] == frames


def test_dump_bad_destination_is_a_savefile_error(veth: VethPair, tmp_path) -> None:
    with open_cap(veth) as cap:
        with pytest.raises(purepcap.PcapError):
            cap.dump(str(tmp_path / "no" / "such" / "dir.pcap"), 1)
