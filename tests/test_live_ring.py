"""Ring walkers on hand-built TPACKET_V3 blocks (no privileges, no socket).

The blocks are laid out as the kernel lays them out (``tpacket_block_desc``,
then per packet a ``tpacket3_hdr``, the ``sockaddr_ll`` at 48 and the frame at
``tp_mac``), in an anonymous mapping; :meth:`RingV3.over` walks them.  The
Packet walker (``take``) and the ring-to-file walker (``take_records``) must
agree with each other and with ``PcapWriter.write``, byte for byte.
"""

from __future__ import annotations

import io
import mmap
import struct

import pytest

from purepcap.live import _linux as L
from purepcap.live.records import encode
from purepcap.live.ring import Decoder, RingPlan, RingV3
from purepcap.packet import Packet
from purepcap.savefile import PcapWriter, open_reader

MAC = 86          # where the kernel puts a 14-byte link header (reserve 4)
FIRST = 48        # offset_to_first_pkt


def slot(data: bytes, sec: int = 1_700_000_000, nsec: int = 123_456_789, *,
         wirelen: int | None = None, status: int = 0, tci: int = 0, tpid: int = 0,
         ifindex: int = 7, pkttype: int = 0, mac: int = MAC) -> dict:
    return dict(data=data, sec=sec, nsec=nsec, wirelen=len(data) if wirelen is None else wirelen,
                status=status, tci=tci, tpid=tpid, ifindex=ifindex, pkttype=pkttype, mac=mac)


def v3_ring(blocks: list[list[dict]], block_size: int = 1 << 16,
            nblocks: int | None = None) -> RingV3:
    """A RingV3 whose first len(blocks) blocks are user-owned and hold these slots."""
    nblocks = nblocks or max(2, len(blocks))
    mm = mmap.mmap(-1, block_size * nblocks)
    for b, slots in enumerate(blocks):
        base = b * block_size
        p = base + FIRST
        for i, s in enumerate(slots):
            size = L.tpacket_align(s["mac"] + len(s["data"]))
            nxt = 0 if i == len(slots) - 1 else size
            L.TPACKET3_HDR.pack_into(mm, p, nxt, s["sec"], s["nsec"], len(s["data"]),
                                     s["wirelen"], s["status"], s["mac"], s["mac"] + 14, 0,
                                     s["tci"], s["tpid"], 0)
            L.SOCKADDR_LL.pack_into(mm, p + 48, 17, b"\x08\x00", s["ifindex"], 1,
                                    s["pkttype"], 6, b"\x02\0\0\0\0\x01\0\0")
            mm[p + s["mac"]:p + s["mac"] + len(s["data"])] = s["data"]
            p += size
            assert p <= base + block_size, "test block overflows"
        struct.pack_into("=IIIII", mm, base, 3, 0, L.TP_STATUS_USER, len(slots), FIRST)
    plan = RingPlan(L.TPACKET_V3, block_size, nblocks, 2048, nblocks * (block_size // 2048))
    return RingV3.over(mm, plan)  # type: ignore[return-value]


def frame(i: int, size: int = 60) -> bytes:
    head = b"\xff" * 6 + b"\x02\0\0\0\0\x01" + b"\x88\xb5"
    return (head + struct.pack(">I", i)).ljust(size, b"\0")


def decoder(snaplen: int = 262144, micro: bool = False) -> Decoder:
    return Decoder(1, snaplen, cooked=False, micro=micro)


def records_of(blob: bytes, nanosecond: bool) -> list[tuple]:
    """(sec, frac, caplen, wirelen, data) of every record in a header-less blob."""
    out, p = [], 0
    while p < len(blob):
        sec, frac, cl, wl = L.PCAP_REC.unpack_from(blob, p)
        out.append((sec, frac, cl, wl, blob[p + 16:p + 16 + cl]))
        p += 16 + cl
    assert p == len(blob)
    return out


def writer_bytes(packets: list[Packet], nanosecond: bool, snaplen: int = 262144) -> bytes:
    buf = io.BytesIO()
    w = PcapWriter(buf, linktype=1, snaplen=snaplen, nanosecond=nanosecond)
    for p in packets:
        w.write(p)
    w.flush()
    return buf.getvalue()[24:]


# --- the Packet walker ----------------------------------------------------------------


@pytest.mark.parametrize("micro", [False, True])
def test_take_builds_every_field(micro: bool) -> None:
    slots = [slot(frame(i, 60 + i), nsec=1_000_000 * i + 999, pkttype=i % 5, ifindex=3 + i)
             for i in range(20)]
    ring = v3_ring([slots])
    pkts = ring.take(decoder(micro=micro))
    assert len(pkts) == 20
    for i, p in enumerate(pkts):
        nsec = 1_000_000 * i + (0 if micro else 999)
        assert p.ts == 1_700_000_000 * 1_000_000_000 + nsec
        assert (p.caplen, p.wirelen, p.data) == (60 + i, 60 + i, frame(i, 60 + i))
        assert type(p.data) is bytes
        assert (p.linktype, p.interface, p.pkttype) == (1, 3 + i, i % 5)
        assert (p.vlan_tci, p.vlan_tpid, p.comment) == (-1, -1, None)
    # the block went back to the kernel and the cursor moved on
    assert ring.user_owned() == 0 and ring.cursor == 1
    assert ring.take(decoder()) is None


def test_take_snaplen_and_vlan_fallback() -> None:
    tagged = frame(1)[:12] + frame(1)[16:]        # the kernel stripped the tag
    ring = v3_ring([[slot(frame(0, 200), wirelen=300),
                     slot(tagged, status=L.TP_STATUS_VLAN_VALID | L.TP_STATUS_VLAN_TPID_VALID,
                          tci=0x2005, tpid=0x88A8),
                     slot(frame(2))]])
    a, b, c = ring.take(decoder(snaplen=100))
    assert (a.caplen, a.wirelen, a.data) == (100, 300, frame(0, 200)[:100])
    assert b.data == tagged[:12] + b"\x88\xa8\x20\x05" + tagged[12:]
    assert (b.caplen, b.wirelen, b.vlan_tci, b.vlan_tpid) == (60, 60, 0x2005, 0x88A8)
    assert c.data == frame(2)


def test_corrupt_slot_stops_the_block() -> None:
    ring = v3_ring([[slot(frame(0)), slot(frame(1))], [slot(frame(2))]])
    second = FIRST + L.tpacket_align(MAC + 60)
    struct.pack_into("=H", ring.mm, second + 24, 65500)     # tp_mac past the block
    assert [p.data for p in ring.take(decoder())] == [frame(0)]
    assert ring.corrupt == 1
    assert [p.data for p in ring.take(decoder())] == [frame(2)]


# --- the ring-to-file walker ------------------------------------------------------------


@pytest.mark.parametrize("nanosecond", [True, False])
@pytest.mark.parametrize("micro", [True, False])
def test_records_equal_packets_through_the_writer(nanosecond: bool, micro: bool) -> None:
    slots = [slot(frame(i, 60 + 3 * i), nsec=7_654_321 * i + 1, wirelen=200 + i)
             for i in range(40)]
    tagged = frame(99)[:12] + frame(99)[16:]
    slots.insert(5, slot(tagged, status=L.TP_STATUS_VLAN_VALID, tci=12))
    want = writer_bytes(v3_ring([slots]).take(decoder(micro=micro)), nanosecond)
    got, n, rest = v3_ring([slots]).take_records(decoder(micro=micro), nanosecond)
    assert (n, rest) == (41, [])
    assert got == want
    recs = records_of(got, nanosecond)
    assert recs[5][4] == tagged[:12] + b"\x81\x00\x00\x0c" + tagged[12:]   # tag back in
    assert recs[0][:4] == (1_700_000_000, 1 if nanosecond and not micro else 0, 60, 200)


def test_records_truncate_to_snaplen() -> None:
    slots = [slot(frame(i, 120)) for i in range(3)]
    want = writer_bytes(v3_ring([slots]).take(decoder(snaplen=64)), True, 64)
    got, n, _ = v3_ring([slots]).take_records(decoder(snaplen=64), True)
    assert n == 3 and got == want
    assert all(r[2:4] == (64, 120) for r in records_of(got, True))


@pytest.mark.parametrize("count", [0, 1, 7, 29, 30, 31])
def test_count_stops_inside_the_block_and_keeps_the_rest(count: int) -> None:
    slots = [slot(frame(i)) for i in range(30)]
    slots[10] = slot(frame(10)[:12] + frame(10)[16:], status=L.TP_STATUS_VLAN_VALID, tci=3)
    ring = v3_ring([slots, [slot(frame(30))]])
    got, n, rest = ring.take_records(decoder(), False, count)
    k = min(count, 30)
    assert n == k
    everything = v3_ring([slots]).take(decoder())
    assert got == writer_bytes(everything[:k], False)
    assert rest == everything[k:]                    # nothing lost, nothing twice
    assert ring.user_owned() == 1 and ring.cursor == 1
    got2, n2, rest2 = ring.take_records(decoder(), False, -1)
    assert (n2, rest2) == (1, []) and records_of(got2, False)[0][4] == frame(30)


def test_records_with_a_user_filter_use_the_decoder() -> None:
    slots = [slot(frame(i)) for i in range(10)]
    dec = decoder()
    dec.ufilter = lambda data, wirelen, meta: 262144 if data[17] % 2 == 0 else 0
    dec.ufilter_until = -1
    got, n, rest = v3_ring([slots]).take_records(dec, True, 3)
    assert n == 3
    assert [r[4] for r in records_of(got, True)] == [frame(0), frame(2), frame(4)]
    assert [p.data for p in rest] == [frame(6), frame(8)]
    assert dec.dropped_by_ufilter == 5


def test_encode_matches_the_writer() -> None:
    pkts = [Packet(1_600_000_000_123_456_789 + i, 3, 10, b"abc") for i in range(3)]
    for nano in (True, False):
        parts: list = []
        assert encode(pkts, nano, parts) == 3
        assert b"".join(parts) == writer_bytes(pkts, nano)


@pytest.mark.parametrize("nanosecond", [True, False])
def test_record_sink_file_reads_back(tmp_path, nanosecond: bool) -> None:
    slots = [slot(frame(i), nsec=1000 * i + 7) for i in range(25)]
    path = tmp_path / "out.pcap"
    sink = PcapWriter(str(path), 1, 262144, nanosecond)
    chunk, n, _ = v3_ring([slots]).take_records(decoder(), nanosecond)
    sink.write_records(chunk)
    sink.close()
    with open_reader(str(path)) as r:
        got = list(r)
    assert [p.data for p in got] == [frame(i) for i in range(25)]
    scale = 1 if nanosecond else 1000
    assert [p.ts % 1_000_000_000 for p in got] == [(1000 * i + 7) // scale * scale
                                                  for i in range(25)]
    assert path.read_bytes()[:24] == writer_header(nanosecond)


def writer_header(nanosecond: bool) -> bytes:
    buf = io.BytesIO()
    PcapWriter(buf, linktype=1, snaplen=262144, nanosecond=nanosecond).flush()
    return buf.getvalue()


def test_record_sink_stream_is_not_closed() -> None:
    buf = io.BytesIO()
    sink = PcapWriter(buf, 1, 65535, True)
    sink.write_records(b"")
    sink.close()
    assert not buf.closed and buf.getvalue()[:4] == struct.pack("=I", 0xA1B23C4D)


# --- runs of same-size packets (copied out with one struct call per run) -----------------


def _uniform(n: int, vlan_at: tuple = (), size: int = 60) -> list[dict]:
    out = []
    for i in range(n):
        if i in vlan_at:
            out.append(slot(frame(i, size + 4)[:12] + frame(i, size + 4)[16:],
                            status=L.TP_STATUS_VLAN_VALID, tci=i, nsec=1000 * i + 7))
        else:
            out.append(slot(frame(i, size), nsec=1000 * i + 7, pkttype=i % 3))
    return out


@pytest.mark.parametrize("nanosecond,micro", [(True, False), (True, True), (False, True),
                                              (False, False)])
@pytest.mark.parametrize("count", [-1, 0, 5, 8, 128, 129, 150, 299, 300, 301])
@pytest.mark.parametrize("vlan_at", [(), (200,), (0, 299)])
def test_runs_equal_the_packet_path(nanosecond: bool, micro: bool, count: int,
                                    vlan_at: tuple) -> None:
    slots = _uniform(300, vlan_at)
    everything = v3_ring([slots]).take(decoder(micro=micro))
    assert len(everything) == 300
    ring = v3_ring([slots, [slot(frame(300))]])
    got, n, rest = ring.take_records(decoder(micro=micro), nanosecond, count)
    k = 300 if count < 0 else min(count, 300)
    assert n == k
    assert got == writer_bytes(everything[:k], nanosecond)
    assert rest == everything[k:]
    assert [p.pkttype for p in rest] == [p.pkttype for p in everything[k:]]
    assert ring.corrupt == 0 and ring.cursor == 1 and ring.user_owned() == 1


def test_mixed_sizes_and_a_run_after_them() -> None:
    slots = [slot(frame(i, 60 + (i % 2) * 40)) for i in range(20)] + _uniform(200)
    everything = v3_ring([slots]).take(decoder())
    got, n, _ = v3_ring([slots]).take_records(decoder(), True)
    assert n == 220 and got == writer_bytes(everything, True)


def test_run_snaplen_larger_than_the_handle_s_falls_back() -> None:
    slots = _uniform(200, size=100)
    everything = v3_ring([slots]).take(decoder(snaplen=64))
    got, n, _ = v3_ring([slots]).take_records(decoder(snaplen=64), False)
    assert n == 200 and got == writer_bytes(everything, False, 64)


def test_run_with_a_corrupt_slot_stops_there() -> None:
    slots = _uniform(200)
    ring = v3_ring([slots])
    stride = L.tpacket_align(MAC + 60)
    struct.pack_into("=I", ring.mm, FIRST + 150 * stride + 12, 60000)  # data past the block
    got, n, _ = ring.take_records(decoder(), True)
    assert ring.corrupt == 1
    assert [r[4] for r in records_of(got, True)] == [frame(i) for i in range(n)]
    assert n == 150


@pytest.mark.parametrize("micro", [False, True])
def test_take_runs_build_every_field(micro: bool, monkeypatch) -> None:
    slots = _uniform(300, vlan_at=(130,))
    pkts = v3_ring([slots]).take(decoder(micro=micro))
    assert len(pkts) == 300
    for i, p in enumerate(pkts):
        nsec = 1000 * i + (0 if micro else 7)
        assert p.ts == 1_700_000_000 * 1_000_000_000 + nsec
        if i == 130:
            assert (p.vlan_tci, p.vlan_tpid) == (130, 0x8100)
            continue
        assert (p.caplen, p.wirelen, p.data) == (60, 60, frame(i))
        assert type(p.data) is bytes
        assert (p.linktype, p.interface, p.pkttype) == (1, 7, i % 3)
        assert (p.vlan_tci, p.vlan_tpid, p.comment) == (-1, -1, None)
    # the same block slot by slot gives the same packets, field for field
    import purepcap.live.ring as R
    monkeypatch.setattr(R, "RUN_MIN", 1 << 30)
    each = v3_ring([slots]).take(decoder(micro=micro))
    fields = ("ts", "caplen", "wirelen", "data", "linktype", "interface", "pkttype",
              "vlan_tci", "vlan_tpid", "comment")
    assert [[getattr(p, f) for f in fields] for p in each] == \
        [[getattr(p, f) for f in fields] for p in pkts]
    assert v3_ring([slots]).take_records(decoder(micro=micro), not micro)[0] == \
        writer_bytes(pkts, not micro)
