"""Property tests: hostile input never escapes as anything but PcapError, and matches libpcap.

* arbitrary bytes (behind each magic number) only ever raise ``PcapError``;
* mutations of real captures (truncation, bit flips, overwritten length
  fields, insertions, deletions) and randomly generated pcap / pcapng files
  are read exactly as libpcap 1.10.3 reads them: same packets, failure at
  the same point;
* a header claiming huge records does not make the reader allocate more than
  libpcap's limits allow.
"""

from __future__ import annotations

import io
import os
import struct
import tempfile
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import oracle
from conftest import CORPUS, needs_corpus, needs_oracle
from helpers import (block, compare_with_oracle, epb, i64, idb, isb, nrb, pb, pcap_header, pcap_record,
                     shb, spb)
from purepcap import Packet
from purepcap.errors import PcapError
from purepcap.savefile import PcapNgWriter, PcapWriter, open_reader

MAGICS = [b"\xd4\xc3\xb2\xa1", b"\xa1\xb2\xc3\xd4", b"\x4d\x3c\xb2\xa1", b"\xa1\xb2\x3c\x4d",
          b"\x34\xcd\xb2\xa1", b"\xa1\xb2\xcd\x34", b"\x0a\x0d\x0d\x0a"]

SMALL_FILES = sorted(p for p in CORPUS.glob("*/*") if p.suffix in (".pcap", ".pcapng")
                     and p.stat().st_size < 6000)
NG_FILES = [p for p in SMALL_FILES if p.suffix == ".pcapng"]

# PUREPCAP_FUZZ_EXAMPLES=5000 runs a long campaign; the default keeps the file fast
FUZZ = settings(max_examples=int(os.environ.get("PUREPCAP_FUZZ_EXAMPLES", "80")), deadline=2000,
                derandomize="PUREPCAP_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _drain(source: object) -> int:
    n = 0
    try:
        with open_reader(source) as r:  # type: ignore[arg-type]
            for p in r:
                assert len(p.data) == p.caplen
                n += 1
    except PcapError:
        pass
    return n


@FUZZ
@given(st.sampled_from(MAGICS + [b""]), st.binary(max_size=600))
def test_arbitrary_bytes_raise_only_pcap_errors(magic: bytes, tail: bytes) -> None:
    _drain(io.BytesIO(magic + tail))


@FUZZ
@given(st.sampled_from(MAGICS[:6]), st.binary(min_size=20, max_size=20),
       st.lists(st.tuples(st.integers(0, 2**32 - 1), st.integers(0, 2**32 - 1),
                          st.integers(0, 300), st.binary(max_size=40)), max_size=6))
def test_pcap_with_random_record_headers(magic: bytes, header: bytes,
                                         recs: list[tuple[int, int, int, bytes]]) -> None:
    order = "<" if magic[0] in (0xD4, 0x4D, 0x34) else ">"
    body = b"".join(struct.pack(order + "IIII", a, b, c, c) + d for a, b, c, d in recs)
    _drain(io.BytesIO(magic + header + body))


# ------------------------------------------------------------- mutations vs libpcap

def _mutate(data: bytearray, op: int, where: int, value: int, width: int) -> bytearray:
    if not data:
        return data
    i = where % len(data)
    if op == 0:  # truncate
        del data[i:]
    elif op == 1:  # flip a bit
        data[i] ^= 1 << (value % 8)
    elif op == 2:  # overwrite a byte
        data[i] = value & 0xFF
    elif op == 3:  # overwrite an aligned 32-bit field (lengths, ids, types)
        j = i & ~3
        order = "little" if value & 1 else "big"
        data[j:j + 4] = (value & 0xFFFFFFFF).to_bytes(4, order)
    elif op == 4:
        del data[i:i + width]
    else:
        data[i:i] = bytes([value & 0xFF]) * width
    return data


INTERESTING = st.one_of(st.integers(0, 2**32 - 1),
                        st.sampled_from([0, 1, 4, 8, 12, 16, 20, 28, 32, 0xFFFFFFFF, 0x7FFFFFFF,
                                         0x80000000, 262144, 262145, 65535, 0x01000000]))
MUTATION = st.tuples(st.integers(0, 5), st.integers(0, 2**31), INTERESTING, st.integers(1, 8))


def _check_bytes(data: bytes) -> None:
    fd, name = tempfile.mkstemp(suffix=".cap")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        problem = compare_with_oracle(name)
        assert problem is None, problem
    finally:
        os.unlink(name)


@needs_oracle
@needs_corpus
@FUZZ
@given(st.sampled_from(SMALL_FILES), st.lists(MUTATION, min_size=1, max_size=3))
def test_mutated_corpus_file_read_like_libpcap(path: Path, mutations: list) -> None:
    data = bytearray(path.read_bytes())
    for m in mutations:
        data = _mutate(data, *m)
    _check_bytes(bytes(data))


@needs_oracle
@needs_corpus
@FUZZ
@given(st.sampled_from(NG_FILES), st.lists(MUTATION, min_size=1, max_size=3))
def test_mutated_pcapng_file_read_like_libpcap(path: Path, mutations: list) -> None:
    data = bytearray(path.read_bytes())
    for m in mutations:
        data = _mutate(data, *m)
    _check_bytes(bytes(data))


# ------------------------------------------------------------ generated files

@st.composite
def pcap_files(draw: st.DrawFn) -> bytes:
    order = draw(st.sampled_from(["little", "big"]))
    magic = draw(st.sampled_from([0xA1B2C3D4, 0xA1B23C4D, 0xA1B2CD34]))
    version = draw(st.sampled_from([(2, 4), (2, 3), (2, 2), (543, 0), (2, 5), (1, 0)]))
    snaplen = draw(st.sampled_from([0, 10, 64, 65535, 262144, 300000, 2**31, 2**32 - 1]))
    linktype = draw(st.sampled_from([1, 0x10000001, 101, 113, 117, 189, 220, 231, 239, 276]))
    out = [pcap_header(order, magic, version, snaplen, linktype)]
    for _ in range(draw(st.integers(0, 5))):
        data = draw(st.binary(max_size=120))
        wl = draw(st.one_of(st.just(len(data)), st.integers(0, 2**32 - 1)))
        cl = draw(st.one_of(st.just(len(data)), st.just(len(data) + 1), st.integers(0, 300000)))
        sec = draw(st.integers(0, 2**32 - 1))
        frac = draw(st.integers(0, 2**32 - 1))
        extra = bytes(8) if magic == 0xA1B2CD34 else b""
        out.append(pcap_record(sec, frac, data, wl, cl, order, extra))
    raw = b"".join(out)
    cut = draw(st.one_of(st.none(), st.integers(0, len(raw))))
    return raw if cut is None else raw[:cut]


@st.composite
def pcapng_files(draw: st.DrawFn) -> bytes:
    order = draw(st.sampled_from(["little", "big"]))
    e = "<" if order == "little" else ">"
    out = [shb(order, version=draw(st.sampled_from([(1, 0), (1, 2), (1, 1)])),
               options=draw(st.lists(st.tuples(st.integers(0, 5), st.binary(max_size=9)),
                                     max_size=2)))]
    nif = 0
    linktype = draw(st.sampled_from([1, 101, 113, 239, 220]))
    snaplen = draw(st.sampled_from([0, 16, 65535, 2**31]))
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["idb", "epb", "epb", "epb", "spb", "pb", "nrb", "isb",
                                     "shb", "other", "raw"]))
        if kind == "idb":
            opts = []
            if draw(st.booleans()):
                opts.append((9, bytes([draw(st.sampled_from([0, 3, 6, 9, 12, 19, 20, 0x80,
                                                             0x8A, 0x9E, 0xA0, 0xBF, 0xC0]))])))
            if draw(st.booleans()):
                opts.append((14, i64(order, draw(st.integers(-(2**63), 2**63 - 1)))))
            if draw(st.booleans()):
                opts.append((2, b"eth%d" % nif))
            out.append(idb(order, draw(st.sampled_from([linktype, linktype, 1])),
                           draw(st.sampled_from([snaplen, snaplen, 100])), opts))
            nif += 1
        elif kind == "epb":
            data = draw(st.binary(max_size=70))
            out.append(epb(order, draw(st.integers(0, max(nif, 1))), draw(st.integers(0, 2**64 - 1)),
                           data, draw(st.one_of(st.just(len(data)), st.integers(0, 2**32 - 1))),
                           draw(st.lists(st.tuples(st.integers(1, 3), st.binary(max_size=6)),
                                         max_size=2))))
        elif kind == "spb":
            data = draw(st.binary(max_size=40))
            out.append(spb(order, data, draw(st.one_of(st.just(len(data)), st.integers(0, 100)))))
        elif kind == "pb":
            out.append(pb(order, draw(st.integers(0, 2)), draw(st.integers(0, 2**64 - 1)),
                          draw(st.binary(max_size=30))))
        elif kind == "nrb":
            out.append(nrb(order, [(1, b"\x01\x02\x03\x04x\0"), (2, bytes(16) + b"y\0")]))
        elif kind == "isb":
            out.append(isb(order, draw(st.integers(0, 2)), draw(st.integers(0, 2**64 - 1)),
                           [(4, struct.pack(e + "Q", 5))]))
        elif kind == "shb":
            out.append(shb(order, version=draw(st.sampled_from([(1, 0), (1, 7), (2, 0)]))))
            nif = 0
        elif kind == "other":
            out.append(block(order, draw(st.sampled_from([0xBAD, 0x40000BAD, 10, 99])),
                             draw(st.binary(max_size=20))))
        else:
            out.append(draw(st.binary(max_size=24)))
    raw = b"".join(out)
    cut = draw(st.one_of(st.none(), st.none(), st.integers(0, len(raw))))
    return raw if cut is None else raw[:cut]


@needs_oracle
@FUZZ
@given(pcap_files())
def test_generated_pcap_read_like_libpcap(data: bytes) -> None:
    _check_bytes(data)


@needs_oracle
@FUZZ
@given(pcapng_files())
def test_generated_pcapng_read_like_libpcap(data: bytes) -> None:
    _check_bytes(data)


# ---------------------------------------------------------------- allocation bounds

def _peak(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "hostile.cap"
    path.write_bytes(data)
    tracemalloc.start()
    try:
        for source in (path, io.BytesIO(data)):
            _drain(source)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("name", ["pcap_caplen", "pcapng_block", "pcapng_shb", "pcapng_many_blocks"])
def test_hostile_lengths_do_not_allocate_without_bound(tmp_path: Path, name: str) -> None:
    mib = 1024 * 1024
    if name == "pcap_caplen":  # record claims 4 GiB
        data = pcap_header(snaplen=0xFFFFFFFF) + struct.pack("<IIII", 0, 0, 2**32 - 1, 2**32 - 1)
        limit = 2 * mib
    elif name == "pcapng_block":  # block claims just under libpcap's 16 MiB limit
        data = shb() + idb() + struct.pack("<II", 6, 16 * mib - 4) + bytes(100)
        limit = 20 * mib
    elif name == "pcapng_shb":  # section header claims 4 GiB
        data = b"\x0a\x0d\x0d\x0a\xfc\xff\xff\xff\x4d\x3c\x2b\x1a" + bytes(50)
        limit = 2 * mib
    else:  # many tiny blocks: memory stays flat while the reader walks them
        data = shb() + idb() + block("little", 99, b"") * 5_000 + epb("little", 0, 1, b"x")
        limit = 8 * mib
    assert _peak(data, tmp_path) < limit


# ------------------------------------------------------------ writer round trips


PACKETS = st.lists(st.tuples(st.integers(0, 2**31 * 10**9 - 1), st.binary(max_size=200),
                             st.integers(0, 5000)), max_size=12)


@needs_oracle
@settings(max_examples=40, deadline=None, derandomize=True)
@given(PACKETS, st.booleans(), st.sampled_from(["little", "big"]))
def test_pcap_writer_roundtrip_through_libpcap(pkts: list, nano: bool, order: str) -> None:
    buf = io.BytesIO()
    with PcapWriter(buf, 1, 65535, nanosecond=nano, byteorder=order) as w:
        for ts, data, extra in pkts:
            w.write(Packet(ts, len(data), len(data) + extra, data))
    fd, name = tempfile.mkstemp()
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(buf.getvalue())
        o = oracle.read_packets(name)
    finally:
        os.unlink(name)
    q = 1 if nano else 1000
    expect = [(ts // q * q, len(d), len(d) + x, d) for ts, d, x in pkts]
    assert o.error is None and [tuple(p) for p in o.packets] == expect
    with open_reader(io.BytesIO(buf.getvalue())) as r:
        assert [(p.ts, p.caplen, p.wirelen, p.data) for p in r] == expect


@needs_oracle
@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.sampled_from([1, 12, 113]), st.sampled_from([0, 3, 6, 9, 10, 0x80 | 20,
                                                                          0x80 | 33])),
                min_size=1, max_size=3),
       st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2**60), st.binary(max_size=100),
                          st.one_of(st.none(), st.text(max_size=10))), max_size=10),
       st.sampled_from(["little", "big"]))
def test_pcapng_writer_roundtrip(ifaces: list, pkts: list, order: str) -> None:
    buf = io.BytesIO()
    with PcapNgWriter(buf, byteorder=order, comment="prop") as w:
        for lt, res in ifaces:
            w.add_interface(lt, 65535, name=f"if{lt}", tsresol=res)
        for i, ts, data, comment in pkts:
            w.write_raw(ts, data, None, i % len(ifaces), comment=comment)
    expect = []
    for i, ts, data, comment in pkts:
        lt, res = ifaces[i % len(ifaces)]
        if res & 0x80:  # binary units: floor on write, libpcap's conversion on read
            n = res & 0x7F
            u = ts * 2**n // 10**9
            t = u // 2**n * 10**9 + (u % 2**n) * 10**9 // 2**n
        elif res >= 9:
            t = ts
        else:
            q = 10 ** (9 - res)
            t = ts // q * q
        dlt = {1: 1, 12: 12, 113: 113}[lt]
        expect.append((t, data, dlt, i % len(ifaces), comment))
    with open_reader(io.BytesIO(buf.getvalue())) as r:
        got = [(p.ts, p.data, p.linktype, p.interface, p.comment) for p in r]
        assert r.comment == "prop" and [x.name for x in r.interfaces] == [f"if{lt}" for lt, _ in ifaces]
    assert got == expect
    # libpcap reads single-link-type files, but compares later IDBs' LINKTYPE_RAW (101)
    # with the first one's DLT_RAW (12) and fails
    if len({lt for lt, _ in ifaces}) == 1 and (len(ifaces) == 1 or ifaces[0][0] != 12):
        fd, name = tempfile.mkstemp()
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(buf.getvalue())
            o = oracle.read_packets(name)
        finally:
            os.unlink(name)
        assert o.error is None
        assert [(p.ts, p.data) for p in o.packets] == [(t, d) for t, d, *_ in expect]
