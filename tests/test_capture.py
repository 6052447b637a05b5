"""The capture handle's contract, over savefiles and without privileges.

Live behaviour is in ``test_live.py``; here: option validation, handle states,
and the reading API (loop, dispatch, next, iteration, batches, filters,
breakloop) over the offline backend, which shares the read loop with the
live ones.
"""

from __future__ import annotations

import os
import struct

import pytest

import purepcap
from purepcap.errors import AlreadyActivated, CaptureError, NotActivated, OptionError


def _pcap_bytes(frames: list[bytes], linktype: int = 1) -> bytes:
    out = [struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, linktype)]
    for i, f in enumerate(frames):
        out.append(struct.pack("<IIII", 1_700_000_000 + i, 1000 * i, len(f), len(f)))
        out.append(f)
    return b"".join(out)


def _frame(seq: int, ethertype: int = 0x88B5) -> bytes:
    return (b"\xff" * 6 + b"\x02\0\0\0\0\x01" + struct.pack(">HI", ethertype, seq)).ljust(60, b"\0")


FRAMES = [_frame(i, 0x88B5 if i % 2 == 0 else 0x0800) for i in range(10)]
EVEN = [(0x28, 0, 0, 12), (0x15, 0, 1, 0x88B5), (0x06, 0, 0, 262144), (0x06, 0, 0, 0)]


@pytest.fixture
def capfile(tmp_path) -> str:
    path = tmp_path / "ten.pcap"
    path.write_bytes(_pcap_bytes(FRAMES))
    return str(path)


def seq(p) -> int:
    return struct.unpack_from(">I", p.data, 14)[0]


# --- options and states (no privileges needed) ---------------------------------------------------

def test_setters_validate_and_chain() -> None:
    cap = purepcap.create("lo")
    assert cap.set_snaplen(100).set_promisc(False).set_timeout(10) is cap
    with pytest.raises(OptionError):
        cap.set_timeout(-1)
    with pytest.raises(OptionError):
        cap.set_tstamp_precision("pico")
    with pytest.raises(OptionError):
        cap.set_direction("sideways")
    with pytest.raises(OptionError):
        cap.set_buffer_size(100)
    with pytest.raises(OptionError):
        cap.set_protocol(0x10000)
    with pytest.raises(OptionError):
        purepcap.create("")
    assert cap.snapshot() == 100
    cap.close()


def test_reading_before_activate_is_not_activated() -> None:
    cap = purepcap.create("lo")
    with pytest.raises(NotActivated):
        cap.next()
    with pytest.raises(NotActivated):
        cap.stats()
    with pytest.raises(NotActivated):
        cap.fileno()
    cap.close()
    with pytest.raises(CaptureError):
        cap.activate()


@pytest.mark.skipif(os.geteuid() != 0, reason="activating a live handle needs root")
def test_setters_after_activate_raise_already_activated() -> None:
    with purepcap.create("lo").set_timeout(50).activate() as cap:
        with pytest.raises(AlreadyActivated):
            cap.set_snaplen(10)
        with pytest.raises(AlreadyActivated):
            cap.activate()
        assert cap.datalink() == 1 and cap.list_datalinks() == [1]
        with pytest.raises(OptionError):
            cap.set_datalink(113)


# --- offline backend: the same reading API -----------------------------------------------------------

def test_offline_loop_dispatch_next_iter(capfile: str) -> None:
    with purepcap.open_offline(capfile) as cap:
        assert cap.datalink() == 1 and not cap.is_live
        seen: list = []
        assert cap.loop(3, seen.append) == 3
        assert [seq(p) for p in seen] == [0, 1, 2]
        assert seq(cap.next()) == 3
        assert cap.dispatch(2, seen.append) == 2
        assert [seq(p) for p in cap] == [6, 7, 8, 9]
        assert cap.next() is None
        assert cap.dispatch(-1, seen.append) == 0
        p = seen[0]
        assert p.ts == 1_700_000_000 * 10**9 and isinstance(p.ts, int)
        assert (p.caplen, p.wirelen) == (60, 60)


def test_offline_loop_to_end_and_file_object(capfile: str) -> None:
    with open(capfile, "rb") as f, purepcap.open_offline(f) as cap:
        seen: list = []
        assert cap.loop(0, seen.append) == 10
        assert [seq(p) for p in seen] == list(range(10))


def test_offline_filter_program_and_expression(capfile: str) -> None:
    with purepcap.open_offline(capfile) as cap:
        cap.setfilter(EVEN)
        assert [seq(p) for p in cap] == [0, 2, 4, 6, 8]
    with purepcap.open_offline(capfile) as cap:
        cap.setfilter("ip")
        assert [seq(p) for p in cap] == [1, 3, 5, 7, 9]


def test_offline_batches_and_breakloop(capfile: str) -> None:
    with purepcap.open_offline(capfile) as cap:
        batches = list(cap.batches())
        assert [seq(p) for b in batches for p in b] == list(range(10))
    with purepcap.open_offline(capfile) as cap:
        seen: list = []

        def cb(p):
            seen.append(p)
            if len(seen) == 4:
                cap.breakloop()
        assert cap.loop(0, cb) == -2             # PCAP_ERROR_BREAK, as libpcap
        assert len(seen) == 4
        # the break ended that loop only; the next one goes on from packet 4
        assert cap.loop(0, seen.append) == 6


def test_offline_live_only_operations_are_capture_errors(capfile: str) -> None:
    with purepcap.open_offline(capfile) as cap:
        with pytest.raises(CaptureError):
            cap.inject(b"x" * 60)
        with pytest.raises(CaptureError):
            cap.stats()
        with pytest.raises(CaptureError):
            cap.fanout(1)
        with pytest.raises(OptionError):
            cap.set_datalink(113)


def test_offline_asyncio_iteration(capfile: str) -> None:
    import asyncio

    async def main() -> list:
        with purepcap.open_offline(capfile) as cap:
            return [seq(p) async for p in cap.aiter()]
    assert asyncio.run(main()) == list(range(10))


def test_missing_file_is_a_pcap_error(tmp_path) -> None:
    with pytest.raises(purepcap.PcapError):
        purepcap.open_offline(str(tmp_path / "nope.pcap"))
