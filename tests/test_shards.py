"""Shards (``purepcap.savefile.shards``): byte ranges of a capture file read independently.

The property every test checks: reading the shards one after the other gives the
packets of the sequential reading, byte for byte and in order (time stamp, lengths,
data, link type, interface, comment, packet type), and the same error class where the
sequential reader fails; no packet twice, none dropped.  On the corpus (when
``../shared/corpus`` is there) and on files built here, including files whose payloads
are themselves record-header chains or complete pcapng blocks.
"""

from __future__ import annotations

import os
import random
import struct
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import purepcap
from conftest import CORPUS, shared_params
from helpers import block, epb, i64, idb, isb, nrb, opt, pb, pcap_file, pcap_header, pcap_record, shb, spb
from purepcap.errors import PcapError, SavefileError
from purepcap.savefile import Shard, open_reader, open_shard, shards

SPLITS: list[dict[str, Any]] = ([{"n": k} for k in (1, 2, 3, 7, 16, 64)]
                                + [{"size": s} for s in (4096, 1000, 300)])


def _key(p: Any) -> tuple[Any, ...]:
    return (p.ts, p.caplen, p.wirelen, bytes(p.data), p.linktype, p.interface, p.comment,
            p.pkttype)


def sequential(path: Path | str) -> tuple[list[tuple[Any, ...]], type | None]:
    try:
        rd = open_reader(str(path))
    except PcapError as exc:
        return [], type(exc)
    out = []
    try:
        for p in rd:
            out.append(_key(p))
    except PcapError as exc:
        return out, type(exc)
    finally:
        rd.close()
    return out, None


def sharded(parts: list[Shard]) -> tuple[list[tuple[Any, ...]], type | None]:
    """Read the shards in order; the first error ends the reading (as it ends the file's)."""
    out = []
    for s in parts:
        try:
            rd = open_shard(s)
        except PcapError as exc:
            return out, type(exc)
        try:
            for p in rd:
                out.append(_key(p))
        except PcapError as exc:
            return out, type(exc)
        finally:
            rd.close()
    return out, None


def check_file(path: Path | str, splits: list[dict[str, Any]] = SPLITS) -> int:
    """Every split reads as the sequential reader; returns how many cuts were made."""
    want = sequential(path)
    cuts = 0
    for kw in splits:
        try:
            parts = shards(path, **kw)
        except PcapError as exc:
            assert want == ([], type(exc)), f"{path} {kw}: shards() raised {exc!r}"
            continue
        assert parts and parts[0].start in (0, 24) and parts[-1].end == os.path.getsize(path)
        assert all(a.end == b.start for a, b in zip(parts, parts[1:])), parts
        assert all(a.start < a.end for a in parts) or len(parts) == 1, parts
        got = sharded(parts)
        assert got[1] == want[1], f"{path} {kw}: error {got[1]} vs sequential {want[1]}"
        assert len(got[0]) == len(want[0]), f"{path} {kw}: {len(got[0])} vs {len(want[0])}"
        assert got[0] == want[0], f"{path} {kw}: packets differ"
        cuts += len(parts) - 1
    return cuts


def tile(path: Path | str, edges: list[int]) -> tuple[list[tuple[Any, ...]], type | None]:
    """Hand-made (inexact) shards over ``edges``, read in order."""
    base = shards(path, n=1)[0]
    parts = [replace(base, start=a, end=b, exact=False) for a, b in zip(edges, edges[1:])]
    return sharded(parts)


def write(tmp_path: Path, data: bytes, name: str = "f.pcap") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


# -- builders for hostile files ---------------------------------------------------------

def fake_chain(n: int, order: str = "little", size: int = 40, hsize_extra: bytes = b"") -> bytes:
    """A valid chain of ``n`` pcap records (what a payload may contain)."""
    return b"".join(pcap_record(7, i, bytes([0xEE]) * size, order=order, extra=hsize_extra)
                    for i in range(n))


def hostile_pcap(order: str = "little", count: int = 60, seed: int = 1) -> bytes:
    rng = random.Random(seed)
    recs = []
    for i in range(count):
        kind = i % 6
        if kind == 0:
            payload = fake_chain(rng.randint(1, 8), order)       # ends exactly at the payload end
        elif kind == 1:
            payload = pcap_header(order) + fake_chain(3, order)  # a whole pcap file inside
        elif kind == 2:
            payload = b"\0" * rng.randint(16, 400)               # zero headers: caplen 0 chains
        elif kind == 3:
            payload = fake_chain(2, order)[:-7]                  # a chain cut short
        elif kind == 4:
            payload = struct.pack("<I", 36) * 40                 # lengths everywhere
        else:
            payload = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 300)))
        recs.append(pcap_record(1000 + i, i, payload, order=order))
    return pcap_header(order) + b"".join(recs)


def hostile_pcapng(seed: int = 2) -> bytes:
    rng = random.Random(seed)
    out = [shb("little"), idb("little", 1, 65535)]
    fake_blocks = [
        epb("little", 0, 99, b"FAKE" * 10),
        idb("little", 105, 1234),
        shb("big") + idb("big", 113, 100) + epb("big", 0, 5, b"x" * 12),
        spb("little", b"spb!" * 5),
        block("little", 0x0BAD, b"custom"),
    ]
    for i in range(80):
        k = i % 7
        if k < 5:
            payload = fake_blocks[k]
        elif k == 5:
            payload = b"".join(rng.sample(fake_blocks, 3))
        else:
            payload = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 200)))
        out.append(epb("little", 0, 1_000_000 + i, payload))
        if i == 40:
            out.append(idb("little", 101, 2000))   # a late interface, then packets on it
        if i > 40 and i % 3 == 0:
            out.append(epb("little", 1, 2_000_000 + i, payload[:50]))
    return b"".join(out)


def multi_section_pcapng() -> bytes:
    out = []
    for sec, order in enumerate(("little", "big", "little")):
        out.append(shb(order, [(1, f"section {sec}".encode())]))
        out.append(idb(order, 1, 65535, [(9, bytes([6]))]))
        out.append(nrb(order, [(1, b"\x0a\0\0\x01host\0")]))
        for i in range(25):
            out.append(epb(order, 0, 10**6 * sec + i, bytes([sec, i]) * (5 + i),
                           options=[(1, b"comment %d" % i), (2, struct.pack("<I" if order == "little" else ">I", 1 | (1 << 2)))]))
            if i == 10:
                out.append(idb(order, 105, 3000, [(9, bytes([9])), (14, i64(order, 5))]))
            if i > 10:
                out.append(epb(order, 1, 77 + i, b"w" * 30))
            if i % 8 == 0:
                out.append(spb(order, b"s" * (i + 20)))
                out.append(pb(order, 0, 42 + i, b"p" * 33))
                out.append(isb(order, 0, 99))
    return b"".join(out)


# -- files the tests build ---------------------------------------------------------------

@pytest.mark.parametrize("order", ["little", "big"])
@pytest.mark.parametrize("magic", [0xA1B2C3D4, 0xA1B23C4D])
def test_plain_pcap(tmp_path: Path, order: str, magic: int) -> None:
    recs = [(1700000000 + i, (i * 997) % 1000000, bytes([i & 0xFF]) * (i % 300))
            for i in range(400)]
    assert check_file(write(tmp_path, pcap_file(recs, order, magic=magic))) > 0


def test_pcap_variants(tmp_path: Path) -> None:
    # Kuznetzov records (24-byte headers), old versions with swapped lengths, caplen > snaplen
    kuz = pcap_header(magic=0xA1B2CD34) + b"".join(
        pcap_record(i, i, b"k" * (i % 90), extra=b"\1" * 8) for i in range(200))
    v22 = pcap_header(version=(2, 2)) + b"".join(
        pcap_record(i, i, b"a" * (i % 80), caplen=100, wirelen=i % 80) for i in range(200))
    big = pcap_header(snaplen=64) + b"".join(pcap_record(i, i, b"b" * (i % 200)) for i in range(200))
    for name, data in (("kuz", kuz), ("v22", v22), ("big", big)):
        f = write(tmp_path, data, name + ".pcap")
        assert sequential(f)[1] is None
        assert check_file(f) > 0


def test_damaged_pcap_fails_as_sequential(tmp_path: Path) -> None:
    good = b"".join(pcap_record(i, i, b"d" * 100) for i in range(100))
    cases = {
        "truncated": pcap_header() + good + pcap_record(9, 9, b"x" * 50)[:40],
        "huge-caplen": pcap_header() + good[:5800] + struct.pack("<IIII", 1, 1, 10**8, 10**8)
        + good[5800:],
        "short-header": pcap_header() + good + b"\1\2\3",
        "header-only": pcap_header(),
        "empty": b"",
        "bad-version": pcap_header(version=(1, 0)) + good,
    }
    for name, data in cases.items():
        f = write(tmp_path, data, name + ".pcap")
        want = sequential(f)
        check_file(f)
        assert want[1] is not None or name == "header-only", name


def test_pcapng_multi_section_late_interfaces(tmp_path: Path) -> None:
    f = write(tmp_path, multi_section_pcapng(), "m.pcapng")
    want, err = sequential(f)
    assert err is None and {p[4] for p in want} == {1, 105}
    assert check_file(f) > 10


def test_pcapng_damage(tmp_path: Path) -> None:
    data = hostile_pcapng()  # one little-endian section
    starts = []
    p = 0
    while p < len(data):
        starts.append(p)
        p += int.from_bytes(data[p + 4:p + 8], "little")
    mid = starts[len(starts) // 2]
    nxt = starts[len(starts) // 2 + 1]
    trailer = data[:nxt - 4] + b"\xff\xff\xff\xff" + data[nxt:]
    badlen = data[:mid + 4] + struct.pack("<I", 13) + data[mid + 8:]
    for name, d in (("cut", data[:len(data) // 2]), ("trailer", trailer), ("badlen", badlen)):
        f = write(tmp_path, d, name + ".pcapng")
        assert sequential(f)[1] is not None, name
        check_file(f)


# -- hostile payloads ----------------------------------------------------------------------

@pytest.mark.parametrize("order", ["little", "big"])
def test_payloads_holding_pcap_records(tmp_path: Path, order: str) -> None:
    f = write(tmp_path, hostile_pcap(order))
    want, err = sequential(f)
    assert err is None and len(want) == 60
    check_file(f, SPLITS + [{"size": s} for s in (100, 64, 37)])
    edges = sorted({0, os.path.getsize(f)} | set(range(17, os.path.getsize(f), 53)))
    assert tile(f, edges) == (want, None)


def test_full_length_records_shifted_chain(tmp_path: Path) -> None:
    """caplen == wirelen everywhere: the chain shifted by 4 bytes is valid up to the last
    record (why cuts are found by walking the headers)."""
    recs = [(1, 2, bytes(range(256))[: 40 + i % 50]) for i in range(300)]
    f = write(tmp_path, pcap_file(recs))
    check_file(f, SPLITS + [{"size": 50}])


def test_payloads_holding_pcapng_blocks(tmp_path: Path) -> None:
    f = write(tmp_path, hostile_pcapng(), "h.pcapng")
    want, err = sequential(f)
    assert err is None and len(want) > 80
    check_file(f, SPLITS + [{"size": s} for s in (100, 64, 20)])
    size = os.path.getsize(f)
    edges = sorted({0, size} | set(range(3, size, 97)))
    assert tile(f, edges) == (want, None)


# -- hand-made shards, the landing check, the API ---------------------------------------------

def test_hand_made_shards_tile(tmp_path: Path) -> None:
    f = write(tmp_path, multi_section_pcapng(), "m.pcapng")
    want = sequential(f)
    size = os.path.getsize(f)
    rng = random.Random(5)
    for _ in range(10):
        edges = sorted({0, size} | {rng.randrange(size) for _ in range(rng.randint(1, 30))})
        assert tile(f, edges) == want


def test_exact_shard_with_a_wrong_end_is_loud(tmp_path: Path) -> None:
    f = write(tmp_path, pcap_file([(i, i, b"z" * 100) for i in range(50)]))
    s = shards(f, n=2)[0]
    bad = replace(s, end=s.end - 10)
    with pytest.raises(SavefileError, match="not a record"):
        list(open_shard(bad))


def test_open_offline_takes_a_shard(tmp_path: Path) -> None:
    recs = [(i, 0, b"\xff" * 6 + b"\x02" * 6 + (b"\x08\x00" if i % 2 else b"\x86\xdd") + b"\0" * 40)
            for i in range(100)]
    f = write(tmp_path, pcap_file(recs))
    parts = shards(f, n=4)
    assert len(parts) == 4 and [s.index for s in parts] == [0, 1, 2, 3]
    total = 0
    for s in parts:
        with purepcap.open_offline(s) as cap:
            cap.setfilter("ip")
            total += sum(1 for _ in cap)
    assert total == 50


def test_api_errors(tmp_path: Path) -> None:
    f = write(tmp_path, pcap_file([(1, 1, b"a")]))
    with pytest.raises(TypeError):
        shards(f, n=0)
    with pytest.raises(TypeError):
        shards(f, n=2, size=100)
    with pytest.raises(TypeError):
        shards(f, size="lots")
    with pytest.raises(TypeError):
        shards(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        open_shard("f.pcap")  # type: ignore[arg-type]
    with pytest.raises(SavefileError):
        shards(tmp_path / "missing.pcap")
    assert len(shards(f, size="64MiB")) == 1
    assert [len(shards(f, n=k)) for k in (1, 5)] == [1, 1]


# -- hypothesis ------------------------------------------------------------------------------

@st.composite
def capture_files(draw: st.DrawFn) -> bytes:
    fmt = draw(st.sampled_from(["pcap", "pcapng"]))
    order = draw(st.sampled_from(["little", "big"]))
    n = draw(st.integers(0, 40))
    payloads = []
    for _ in range(n):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            payloads.append(draw(st.binary(max_size=120)))
        elif kind == 1:
            payloads.append(fake_chain(draw(st.integers(1, 4)), order, draw(st.integers(0, 30))))
        elif kind == 2:
            payloads.append(epb(order, 0, 3, draw(st.binary(max_size=40))))
        else:
            payloads.append(b"\0" * draw(st.integers(0, 80)))
    if fmt == "pcap":
        return pcap_header(order) + b"".join(pcap_record(5, i, p, order=order)
                                             for i, p in enumerate(payloads))
    return shb(order) + idb(order) + b"".join(epb(order, 0, i, p) for i, p in enumerate(payloads))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=capture_files(), cuts=st.lists(st.integers(0, 10**6), max_size=12),
       n=st.integers(1, 40), trim=st.integers(0, 30))
def test_random_files_and_cut_points(tmp_path: Path, data: bytes, cuts: list[int], n: int,
                                     trim: int) -> None:
    if trim and data:
        data = data[:-trim]  # sometimes damaged at the end
    f = write(tmp_path, data, "r.bin")
    want = sequential(f)
    check_file(f, [{"n": n}, {"size": max(1, len(data) // (n + 1))}])
    if want[1] is None:
        size = len(data)
        edges = sorted({0, size} | {c % (size + 1) for c in cuts})
        assert tile(f, edges) == want


# -- the corpus ------------------------------------------------------------------------------

def _corpus() -> list[Path]:
    return sorted(p for sub in ("tcpdump", "libpcap-filter") for p in (CORPUS / sub).glob("*")
                  if p.suffix in (".pcap", ".pcapng", ".cap"))


@pytest.mark.parametrize("path", shared_params(_corpus, corpus=True, ids=lambda p: p.name))
def test_corpus_file(path: Path) -> None:
    check_file(path)


@pytest.mark.parametrize("path", shared_params(
    lambda: sorted((CORPUS / "invalid").glob("*")), corpus=True, ids=lambda p: p.name))
def test_broken_corpus_file(path: Path) -> None:
    check_file(path, [{"n": 1}, {"n": 3}, {"size": 100}])
