"""Packets of a batch (:class:`purepcap.packet.Batch`), and the handle's
C-level iteration.

A file's plain records become packets made with one reference each (their
batch; the index is the packet's place in the batch's list); a packet takes its fields from the batch's columns
the first time one of them is read, and the whole batch with it.  What must
hold, whatever the order of reads: every field is the record's, a packet that
is kept (with or without having been read) ends up with fields of its own and
no reference to the file's buffer, and setting a field never loses it.

The handle's ``for`` loop takes runs of packets through ``chain()``; a
``breakloop()``, ``next()``, ``dispatch()`` or ``setfilter()`` in the loop's
body must see the packets the loop has not reached yet, in order.
"""

from __future__ import annotations

import copy
import pickle
import struct
from pathlib import Path
from typing import Any

import pytest

import purepcap
from purepcap.bpf import vector
from purepcap.packet import Batch, Packet, from_batch, settle
from purepcap.savefile import open_reader
from purepcap.savefile.pcap import PcapReader
from helpers import pcap_file

FIELDS = ("ts", "caplen", "wirelen", "data", "linktype", "interface", "pkttype",
          "vlan_tci", "vlan_tpid", "comment")

needs_numpy = pytest.mark.skipif(not vector.available(),
                                 reason="numpy (the optional batch extra) is not installed")

# -- a batch over lists: no numpy needed ---------------------------------------------

BUF = bytes(range(256)) * 4
# (ts, caplen, wirelen, offset, interface) of 7 records in BUF
ROWS = [(10**18 + 7 * k, 5 + k, 60 + k, 13 * k, k % 3) for k in range(7)]


def _batch(one_interface: bool = False) -> Batch:
    cols = [list(c) for c in zip(*ROWS)]
    return Batch((cols[0], cols[1], cols[2], cols[3], 2 if one_interface else cols[4]),
                 BUF, 113)


def _want(k: int, one_interface: bool = False) -> tuple[Any, ...]:
    ts, cl, wl, at, iface = ROWS[k]
    return (ts, cl, wl, BUF[at:at + cl], 113, 2 if one_interface else iface, -1, -1, -1, None)


def _fields(p: Any) -> tuple[Any, ...]:
    return tuple(getattr(p, name) for name in FIELDS)


@pytest.mark.parametrize("first", FIELDS)
def test_the_first_read_gives_the_whole_batch_its_fields(first: str) -> None:
    b = _batch()
    ps = from_batch(b)
    assert [type(p).__name__ for p in ps] == ["_BatchPacket"] * 7
    assert all(isinstance(p, Packet) for p in ps)
    getattr(ps[3], first)
    assert all(type(p) is Packet and p._b is None for p in ps)
    assert [_fields(p) for p in ps] == [_want(k) for k in range(7)]
    assert all(type(p.data) is bytes for p in ps)


def test_one_interface_for_all_and_len_eq_repr() -> None:
    ps = from_batch(_batch(one_interface=True))
    assert len(ps[2]) == ROWS[2][1]
    assert ps[2] == Packet(*_want(2, True)[:5]) and ps[2] != ps[1]
    assert repr(ps[4]).startswith(f"Packet(ts={ROWS[4][0]}, caplen={ROWS[4][1]},")
    assert [_fields(p) for p in ps] == [_want(k, True) for k in range(7)]


def test_setting_a_field_gives_that_packet_its_own_and_keeps_it() -> None:
    ps = from_batch(_batch())
    ps[3].data = b"changed"
    ps[5].comment = "note"
    assert type(ps[3]) is Packet and type(ps[4]).__name__ == "_BatchPacket"
    assert ps[1].ts == ROWS[1][0]               # the rest of the batch gets its fields now
    assert ps[3].data == b"changed" and ps[3].ts == ROWS[3][0] and ps[3].caplen == ROWS[3][1]
    assert ps[5].comment == "note" and ps[5].data == _want(5)[3]
    assert [_fields(p) for k, p in enumerate(ps) if k not in (3, 5)] == \
        [_want(k) for k in range(7) if k not in (3, 5)]


def test_pickle_and_copy_give_plain_packets() -> None:
    ps = from_batch(_batch())
    q = pickle.loads(pickle.dumps(ps[2]))
    assert type(q) is Packet and _fields(q) == _want(2)
    c = copy.copy(ps[6])
    assert type(c) is Packet and _fields(c) == _want(6)
    assert type(ps[2]) is Packet and ps[2]._b is None


def _lent(one_interface: bool = False) -> tuple[Batch, list[Any]]:
    b = _batch(one_interface)
    return b, from_batch(b)


def test_settle_gives_held_packets_their_fields_and_lets_go_of_the_rest() -> None:
    b, ps = _lent()
    held = [ps[1], ps[4], ps[6]]
    del ps                                      # the list handed out is dropped
    settle(b)
    assert all(type(p) is Packet and p._b is None for p in held)
    assert [_fields(p) for p in held] == [_want(1), _want(4), _want(6)]
    assert b.packets is None and b.out == []    # the batch holds no packet any more


def test_settle_with_only_the_last_packet_held() -> None:
    b, ps = _lent()
    last = ps[-1]
    del ps
    settle(b)
    assert type(last) is Packet and _fields(last) == _want(6)


def test_settle_with_the_list_still_held_gives_every_packet_its_fields() -> None:
    b, ps = _lent()
    settle(b)
    assert all(type(p) is Packet for p in ps)
    assert [_fields(p) for p in ps] == [_want(k) for k in range(7)]


@pytest.mark.parametrize("change", ["pop", "replace", "clear"])
def test_a_packet_taken_out_of_a_changed_list_keeps_its_fields(change: str) -> None:
    b, ps = _lent()
    kept = ps[2]
    if change == "pop":
        ps.pop(2)
    elif change == "replace":
        ps[2] = None
    else:
        ps.clear()
    del ps
    settle(b)
    assert _fields(kept) == _want(2)


def test_packets_nothing_holds_are_used_again_for_the_next_batch() -> None:
    b, ps = _lent()
    ids = [id(p) for p in ps]
    held = ps[-1]                               # as a loop's variable holds it
    del ps
    spare = settle(b)
    assert spare is not None and [id(p) for p in spare] == ids[:-1]
    assert all(p is not held for p in spare) and _fields(held) == _want(6)
    b2 = _batch(one_interface=True)
    again = from_batch(b2, spare)
    del spare
    assert [id(p) for p in again[:6]] == ids[:6] and len(again) == 7
    assert [_fields(p) for p in again] == [_want(k, True) for k in range(7)]
    assert _fields(held) == _want(6)            # the held one was not used again


def test_no_packet_is_used_again_while_anything_holds_it() -> None:
    b, ps = _lent()
    keep = {"a": ps[2]}
    also = (lambda p=ps[5]: p)                  # noqa: E731  (a default holds it)
    del ps
    assert settle(b) is None                    # more than the last one held
    assert keep["a"]._b is None and _fields(keep["a"]) == _want(2)
    assert _fields(also()) == _want(5)
    b, ps = _lent()
    ps[3].caplen                                # read: every packet has fields
    del ps
    assert settle(b) is None


def test_a_short_spare_list_is_filled_and_a_long_one_cut() -> None:
    b, ps = _lent()
    del ps
    spare = settle(b)
    assert spare is not None and len(spare) == 7
    small = Batch(([1, 2], [3, 4], [60, 60], [0, 10], 0), BUF, 1)
    got = from_batch(small, spare)
    del spare
    assert [(p.ts, p.caplen, p.data) for p in got] == [(1, 3, BUF[0:3]), (2, 4, BUF[10:14])]


def test_settle_of_nothing_and_twice() -> None:
    settle(None)
    b, ps = _lent()
    ps[0].ts
    settle(b)
    settle(b)
    assert [_fields(p) for p in ps] == [_want(k) for k in range(7)]


@needs_numpy
def test_a_batch_over_arrays_reads_ints() -> None:
    np = vector._np
    cols = [np.array(c, dtype=dt) for c, dt in zip(zip(*ROWS), ("i8", "u4", "u4", "i8", "u4"))]
    b = Batch(cols, BUF, 113)
    ps = from_batch(b)
    ps[5].data = b"own"                         # one packet alone (Batch.row)
    assert type(ps[5].ts) is int and ps[5].ts == ROWS[5][0] and ps[5].interface == ROWS[5][4]
    assert [_fields(p) for k, p in enumerate(ps) if k != 5] == \
        [_want(k) for k in range(7) if k != 5]
    assert all(type(v) is int for p in ps for v in _fields(p)[:3])


# -- a file's packets ---------------------------------------------------------------

def _frame(seq: int) -> bytes:
    return (b"\xff" * 6 + b"\x02\0\0\0\0\x01" + struct.pack(">HI", 0x88B5, seq)).ljust(60 + seq % 50, b"\0")


N = 3000


@pytest.fixture
def big(tmp_path: Path) -> Path:
    path = tmp_path / "seq.pcap"
    path.write_bytes(pcap_file([(1_700_000_000 + k // 1000, k % 1000, _frame(k)) for k in range(N)]))
    return path


@pytest.fixture(params=["numpy", "python"])
def lazy(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """numpy: the packets of a file's plain records are a batch's (the file is read
    with numpy however small); python: they are made one by one."""
    if request.param == "numpy":
        if not vector.available():
            pytest.skip("numpy (the optional batch extra) is not installed")
        monkeypatch.setattr(PcapReader, "NUMPY_FROM", 0)
        monkeypatch.setattr(PcapReader, "CHAIN_MIN", 0)
    else:
        monkeypatch.setattr(vector, "available", lambda: False)
    return request.param == "numpy"


def _reference(path: Path) -> list[tuple[Any, ...]]:
    with open_reader(path) as r:
        return [_fields(p) for p in r]


def seq(p: Any) -> int:
    return int(struct.unpack_from(">I", p.data, 14)[0])


def test_packets_kept_unread_get_their_own_fields(big: Path, lazy: bool) -> None:
    want = _reference(big)
    kept = []
    made = 0
    with purepcap.open_offline(big) as cap:
        for k, p in enumerate(cap):
            made += type(p).__name__ == "_BatchPacket"
            if k % 700 == 0:
                kept.append(p)              # no field read
        assert made == (N if lazy else 0)
    assert all(type(p) is Packet and getattr(p, "_b", None) is None for p in kept)
    assert [_fields(p) for p in kept] == want[::700]


def test_batches_kept_whole(big: Path, lazy: bool) -> None:
    with purepcap.open_offline(big) as cap:
        batches = list(cap.batches())
    assert [_fields(p) for b in batches for p in b] == _reference(big)


def test_read_batch_lists_kept_across_reads(big: Path, lazy: bool) -> None:
    with purepcap.open_offline(big) as cap:
        lists = []
        while True:
            b = cap.read_batch()
            if not b:
                break
            lists.append(b)
            if len(lists) == 2:
                lists[0].pop(0)             # a changed list
    got = [_fields(p) for b in lists for p in b]
    want = _reference(big)
    assert got == want[1:]


def test_filtered_packets_kept_unread(big: Path, lazy: bool) -> None:
    with purepcap.open_offline(big) as cap:
        cap.setfilter("ether[17] & 1 = 1")  # odd sequence numbers
        kept = list(cap)
    assert [_fields(p) for p in kept] == _reference(big)[1::2]


# -- the handle's for loop ----------------------------------------------------------

def test_breakloop_in_the_loop_stops_after_the_packet(big: Path, lazy: bool) -> None:
    with purepcap.open_offline(big) as cap:
        seen = []
        for p in cap:
            seen.append(seq(p))
            if seen[-1] == 1234:
                cap.breakloop()
        assert seen == list(range(1235))
        assert [seq(p) for p in cap] == list(range(1235, N))


def test_next_and_dispatch_in_the_loop_take_the_following_packets(big: Path, lazy: bool) -> None:
    with purepcap.open_offline(big) as cap:
        order = []
        for p in cap:
            order.append(seq(p))
            if seq(p) % 500 == 10:
                order.append(seq(cap.next()))
            if seq(p) % 500 == 20:
                cap.dispatch(3, lambda q: order.append(seq(q)))
        assert order == list(range(N))


def test_setfilter_in_the_loop_filters_the_rest(big: Path, lazy: bool) -> None:
    with purepcap.open_offline(big) as cap:
        got = []
        for p in cap:
            got.append(seq(p))
            if seq(p) == 600:
                cap.setfilter("ether[17] & 1 = 0")     # even ones from here on
        assert got == list(range(601)) + list(range(602, N, 2))


def test_two_loops_over_one_handle_share_the_packets(big: Path, lazy: bool) -> None:
    with purepcap.open_offline(big) as cap:
        outer = []
        inner = []
        for p in cap:
            outer.append(seq(p))
            if seq(p) == 100:
                for q in cap:
                    inner.append(seq(q))
                    if seq(q) == 2000:
                        break
        assert outer == list(range(101)) + list(range(2001, N))
        assert inner == list(range(101, 2001))


def test_a_loop_that_reads_fields_gets_packets_made_with_them(
        big: Path, lazy: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a batch's fields have been read, the next batches' packets are made
    with their fields (plain Packets from the start), with one batch in 16 made
    without, to look again: a loop that stops reading fields gets packets without
    them again.  Either way every field is the record's."""
    monkeypatch.setattr(PcapReader, "KEPT_BATCH", 16)
    want = _reference(big)
    kinds: list[str] = []
    got = []
    kept = []
    with purepcap.open_offline(big) as cap:
        for k, p in enumerate(cap):
            kinds.append(type(p).__name__)
            if k < 1000:
                got.append(_fields(p))          # every field read
            elif k % 37 == 0:
                kept.append((k, p))             # none read
    assert got == want[:1000]
    assert all(type(p) is Packet and getattr(p, "_b", None) is None and _fields(p) == want[k]
               for k, p in kept)
    if lazy:
        # (the first read of a field makes the rest of its batch plain Packets: the
        # first packet of a batch tells how the batch was made)
        firsts = kinds[::16]
        assert firsts[0] == "_BatchPacket"
        assert firsts[1:16] == ["Packet"] * 15              # made with their fields
        assert firsts[16] == "_BatchPacket"                 # one batch in 16 looks again
        assert firsts[17] == "Packet"
        assert kinds[-400:] == ["_BatchPacket"] * 400       # no field read: none made
