"""The pcapng record path (``Capture.dump`` / ``-r F.pcapng -w OUT``, filtered
iteration) against the careful one.

:class:`~purepcap.savefile.pcapng.PcapNgReader` turns runs of plain Enhanced
Packet Blocks into pcap records without a :class:`~purepcap.Packet` each
(``read_records``), and filters them in place (``read_kept``); every other block
goes through ``read_batch``.  The reference here is the same handle with those
methods switched off (the packet path as it was before them): for every file,
filter and count the two must write the same bytes and end the same way (same
error, same packets before it), with numpy and without it.  Filtered iteration
is also checked against the reference interpreter, packet by packet.
"""

from __future__ import annotations

import io
import random
import struct
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import pytest

import purepcap
from purepcap.bpf import vector
from purepcap.errors import PcapError
from purepcap.savefile import PcapWriter, open_reader
from purepcap.savefile import _records
from purepcap.savefile.pcapng import PcapNgReader
from conftest import CORPUS, DATA, have_corpus, tcpdump_path
from helpers import block, epb, idb, isb, nrb, opt, pb, shb, spb

L = "little" if sys.byteorder == "little" else "big"     # this host's order
OTHER = "big" if L == "little" else "little"
T0 = 1_700_000_000
FILTERS = ["", "tcp", "udp port 53", "greater 100", "tcp port 80 or icmp", "not ip",
           "ether[0] & 1 = 0"]


# -- the two paths ------------------------------------------------------------------------

@contextmanager
def careful() -> Iterator[None]:
    """The handle without the record path: packets from read_batch only."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(PcapNgReader, "read_records", None)
        mp.setattr(PcapNgReader, "filters_records", property(lambda self: False))
        yield


def _dump(path: Any, expr: Any, count: int, nano: bool) -> tuple[bytes, str | None, int]:
    """What ``Capture.dump`` writes into a PcapWriter, its error, and its count."""
    out = io.BytesIO()
    err = None
    written = -1
    with purepcap.open_offline(path) as cap:
        if expr:
            cap.setfilter(expr)
        w = PcapWriter(out, cap.datalink(), cap.snapshot(), nano)
        try:
            written = cap.dump(w, count)
        except PcapError as exc:
            err = f"{type(exc).__name__}: {exc}"
        w.flush()
    return out.getvalue(), err, written


def _iterate(path: Any, expr: Any) -> tuple[list[tuple[Any, ...]], str | None]:
    got = []
    err = None
    with purepcap.open_offline(path) as cap:
        if expr:
            cap.setfilter(expr)
        try:
            for p in cap:
                got.append((p.ts, p.caplen, p.wirelen, bytes(p.data), p.linktype, p.interface,
                            p.pkttype, p.comment))
        except PcapError as exc:
            err = f"{type(exc).__name__}: {exc}"
    return got, err


def compare(path: Any, expr: Any, count: int = -1) -> None:
    try:
        with purepcap.open_offline(path) as cap:
            if expr:
                cap.setfilter(expr)
            assert cap.backend.has_records
    except PcapError:
        return                      # not a file, or not a filter for its link type
    for nano in (False, True):
        with careful():
            want = _dump(path, expr, count, nano)
        got = _dump(path, expr, count, nano)
        assert got == want, (path, expr, count, nano)
    with careful():
        want_it = _iterate(path, expr)
    assert _iterate(path, expr) == want_it, (path, expr)


NO_NUMPY = "numpy (the optional batch extra) is not installed"


@pytest.fixture(params=[True, False], ids=["numpy", "python"])
def batch_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """With numpy (skipped without it), then as if it were not installed."""
    with_numpy = bool(request.param)
    if not with_numpy:
        monkeypatch.setattr(vector, "available", lambda: False)
    elif not vector.available():
        pytest.skip(NO_NUMPY)
    return with_numpy


# -- files ----------------------------------------------------------------------------------

def frame(rng: random.Random) -> bytes:
    """An Ethernet frame: IPv4 TCP/UDP/ICMP with random ports and lengths, or junk."""
    kind = rng.randrange(5)
    if kind == 4:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 70)))
    ihl = rng.choice([5, 5, 6])
    ip = bytearray(20 + 4 * (ihl - 5))
    ip[0] = 0x40 | ihl
    ip[9] = (6, 17, 1, 6)[kind]
    l4 = struct.pack(">HH", rng.choice([53, 80, 443]), rng.choice([53, 80, 8080]))
    l4 += bytes(rng.randrange(256) for _ in range(rng.randrange(0, 300)))
    data = bytes(rng.randrange(256) for _ in range(12)) + b"\x08\x00" + bytes(ip) + l4
    return data[:rng.randrange(len(data) + 1)] if rng.random() < 0.1 else data


def packets(rng: random.Random, n: int, iid: int = 0, order: str = L, t0: int = T0 * 10**6,
            step: int = 1234, options: bool = False) -> bytes:
    out = []
    for i in range(n):
        data = frame(rng)
        wl = len(data) + rng.choice([0, 0, 0, 20]) if rng.random() < 0.9 else max(0, len(data) - 3)
        o: list[tuple[int, bytes]] = []
        if options and rng.random() < 0.3:
            o.append((1, b"note %d" % i))
        if options and rng.random() < 0.3:
            o.append((2, struct.pack(("<" if order == "little" else ">") + "I",
                                     rng.choice([1, 2, 1 | 3 << 2, 0]))))
        out.append(epb(order, iid, t0 + i * step, data, wl, o))
    return b"".join(out)


def synthetic(rng: random.Random) -> dict[str, bytes]:
    """Files that exercise every way a run of plain EPBs ends."""
    f: dict[str, bytes] = {}
    tsres = lambda n: [(9, bytes([n]))]      # noqa: E731
    f["usec"] = shb(L) + idb(L) + packets(rng, 300)
    f["nsec"] = shb(L) + idb(L, options=tsres(9)) + packets(rng, 300, t0=T0 * 10**9, step=999_999)
    f["msec"] = shb(L) + idb(L, options=tsres(3)) + packets(rng, 50, t0=T0 * 1000, step=7)
    f["decisec"] = shb(L) + idb(L, options=tsres(1)) + packets(rng, 50, t0=T0 * 10, step=3)
    f["seconds"] = shb(L) + idb(L, options=tsres(0)) + packets(rng, 20, t0=T0, step=1)
    f["psec"] = shb(L) + idb(L, options=tsres(12)) + packets(rng, 20, t0=T0 * 10**12, step=10**9 + 7)
    f["binary"] = shb(L) + idb(L, options=tsres(0x80 | 20)) + packets(rng, 20, t0=T0 << 20)
    f["offset"] = (shb(L) + idb(L, options=[(14, struct.pack("=q", 3600))])
                   + packets(rng, 20))
    f["options"] = shb(L) + idb(L) + packets(rng, 300, options=True)
    f["two-ifaces"] = (shb(L) + idb(L, snaplen=100) + idb(L, options=tsres(9))
                       + b"".join(packets(rng, 1, iid=rng.randrange(2),
                                          t0=T0 * 10**6 + i) for i in range(200)))
    # (the reader's first batch after the second IDB ends before the RAW packets)
    f["other-link"] = (shb(L) + idb(L) + idb(L, linktype=101) + packets(rng, 1100)
                       + packets(rng, 3, iid=1) + packets(rng, 20))
    f["other-link-first"] = shb(L) + idb(L, linktype=101) + idb(L) + packets(rng, 5, iid=1)
    f["spb-pb"] = (shb(L) + idb(L, snaplen=80) + packets(rng, 30) + spb(L, bytes(range(90)))
                   + packets(rng, 10) + pb(L, 0, T0 * 10**6, bytes(range(60))) + packets(rng, 10))
    f["meta"] = (shb(L) + idb(L) + packets(rng, 30) + isb(L, 0, T0 * 10**6, [(4, bytes(8))])
                 + nrb(L, [(1, b"\x0a\0\0\x01host\0")]) + block(L, 0x0BAD, b"custom")
                 + packets(rng, 30) + idb(L, options=tsres(9)) + packets(rng, 30, iid=1))
    f["sections"] = (shb(L) + idb(L) + packets(rng, 40) + shb(L) + idb(L, options=tsres(9))
                     + packets(rng, 40, t0=T0 * 10**9) + shb(OTHER) + idb(OTHER)
                     + packets(rng, 20, order=OTHER) + shb(L) + idb(L) + packets(rng, 20))
    f["other-order"] = shb(OTHER) + idb(OTHER) + packets(rng, 50, order=OTHER)
    f["2038"] = (shb(L) + idb(L) + packets(rng, 5, t0=(2**31 - 3) * 10**6, step=999_999)
                 + packets(rng, 5, t0=(2**31 + 5) * 10**6))
    f["2106"] = shb(L) + idb(L, options=tsres(9)) + packets(rng, 5, t0=(2**33) * 10**9)
    good = packets(rng, 20)
    one = epb(L, 0, T0 * 10**6, bytes(range(64)))
    f["trailer"] = shb(L) + idb(L) + good + one[:-4] + struct.pack("=I", 99) + good
    f["over-snap"] = shb(L) + idb(L, snaplen=40) + packets(rng, 0) + b"".join(
        epb(L, 0, T0 * 10**6 + i, bytes(rng.randrange(256) for _ in range(30))) for i in range(9)
    ) + one + good
    f["caplen-past-block"] = (shb(L) + idb(L) + good + one[:20] + struct.pack("=I", 200)
                              + one[24:] + good)
    f["len-not-4"] = (shb(L) + idb(L) + good + one[:4] + struct.pack("=I", len(one) + 2)
                      + one[8:] + b"\0\0" + good)
    f["short-len"] = shb(L) + idb(L) + good + one[:4] + struct.pack("=I", 8) + one[8:] + good
    f["no-iface"] = shb(L) + idb(L) + good + epb(L, 5, T0 * 10**6, bytes(40)) + good
    f["empty-comment"] = shb(L) + idb(L) + good + b"".join(
        block(L, 6, struct.pack("=IIIII", 0, 0, i, 4, 4) + b"abcd" + opt(L, 1, b""))
        for i in range(5)) + good
    f["cut"] = (shb(L) + idb(L) + good + one)[:-10]
    f["cut-header"] = (shb(L) + idb(L) + good + one)[:-(len(one) - 6)]
    f["empty"] = shb(L) + idb(L)
    # bytes inside packets that look like EPBs (a type word, a length, a matching trailer)
    fake = struct.pack("=II", 6, 32) + bytes(20) + struct.pack("=I", 32)
    f["lookalike"] = shb(L) + idb(L) + b"".join(
        epb(L, 0, T0 * 10**6 + i, bytes(rng.randrange(2)) * 4 + fake * rng.randrange(3)
            + bytes(rng.randrange(60))) for i in range(400))
    # a filter returning less than caplen (see test_filter_cuts) and cut data
    return f


def _files(tmp_path: Path, seed: int) -> list[Path]:
    rng = random.Random(seed)
    out = []
    for name, data in synthetic(rng).items():
        p = tmp_path / f"{name}.pcapng"
        p.write_bytes(data)
        out.append(p)
    return out


# -- tests ---------------------------------------------------------------------------------

def test_the_reader_offers_the_record_path(tmp_path: Path) -> None:
    p = tmp_path / "a.pcapng"
    p.write_bytes(shb(L) + idb(L) + packets(random.Random(1), 10))
    with purepcap.open_offline(p) as cap:
        reader: Any = getattr(cap.backend, "reader")
        assert cap.backend.has_records
        assert reader.filters_records and reader.can_copy(True) and reader.can_copy(False)
        parts, n = reader.read_records(-1, None)
        assert n == 10 and reader.read_records(-1, None) is None


def test_bundled_two_links(batch_mode: bool) -> None:
    for expr in FILTERS:
        for count in (-1, 1, 3, 5):
            compare(DATA / "two-links.pcapng", expr, count)


def test_two_links_dump_stops_before_the_other_link_type(batch_mode: bool) -> None:
    out = io.BytesIO()
    with purepcap.open_offline(DATA / "two-links.pcapng") as cap:
        w = PcapWriter(out, cap.datalink(), cap.snapshot())
        with pytest.raises(purepcap.LinkTypeError):
            cap.dump(w)
        w.flush()


@pytest.mark.parametrize("seed", range(3))
def test_synthetic_files(tmp_path: Path, seed: int, batch_mode: bool) -> None:
    rng = random.Random(seed)
    for path in _files(tmp_path, seed):
        for expr in rng.sample(FILTERS, 4) + ["", "greater 1"]:
            compare(path, expr, rng.choice([-1, -1, 1, 3, 7]))


def test_runs_over_buffer_boundaries(tmp_path: Path, batch_mode: bool,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    path = tmp_path / "big.pcapng"
    path.write_bytes(shb(L) + idb(L) + packets(rng, 3000, options=True)
                     + isb(L, 0, 0) + packets(rng, 2000))
    monkeypatch.setattr(PcapNgReader, "RECORD_CHUNK", 50_000)
    monkeypatch.setattr(PcapNgReader, "KEPT_BATCH", 37)
    monkeypatch.setattr("purepcap.savefile._common.CHUNK", 40_000)
    for expr, count in (("", -1), ("tcp", -1), ("udp", 100), ("", 2500), ("greater 200", -1)):
        compare(path, expr, count)


def test_many_lookalikes_fall_back_to_the_python_walk(tmp_path: Path, batch_mode: bool,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_records, "CHAIN_PIECES", 3)
    fake = struct.pack("=II", 6, 32) + bytes(20) + struct.pack("=I", 32)
    path = tmp_path / "fake.pcapng"
    path.write_bytes(shb(L) + idb(L) + b"".join(
        epb(L, 0, T0 * 10**6 + i, bytes(16) + fake * (i % 3)) for i in range(100)))
    compare(path, "")
    compare(path, "greater 50")
    with purepcap.open_offline(path) as cap:
        assert sum(1 for _ in cap) == 100


@pytest.mark.parametrize("insns", [
    [(0x06, 0, 0, 20)],                                     # every packet cut to 20 bytes
    [(0x30, 0, 0, 0), (0x15, 0, 1, 0), (0x06, 0, 0, 5), (0x06, 0, 0, 0xFFFF)]])
def test_filter_cuts_like_the_packet_path(tmp_path: Path, insns: list[Any],
                                          batch_mode: bool) -> None:
    path = tmp_path / "f.pcapng"
    path.write_bytes(shb(L) + idb(L) + b"".join(epb(L, 0, i, bytes(range(80))) for i in range(4))
                     + b"".join(epb(L, 0, 9, bytes(10)) for i in range(3)))
    for count in (-1, 2, 5):
        compare(path, purepcap.Program(insns), count)
    assert len(_dump(path, purepcap.Program(insns), -1, False)[0]) > 24


def _reference(path: Any, expr: str) -> list[tuple[Any, ...]]:
    """Each packet the reference interpreter keeps (compiled for its link type), cut."""
    progs: dict[int, Any] = {}
    with open_reader(path) as r:
        every = list(r)
    for lt in {p.linktype for p in every}:
        progs[lt] = purepcap.compile(expr, lt)
    verdicts = [progs[p.linktype].run(p.data, p.wirelen) for p in every]
    return [(p.ts, bytes(p.data[:v]), p.wirelen, p.interface, p.pkttype, p.comment)
            for p, v in zip(every, verdicts) if v]


@pytest.fixture(scope="module")
def two_interfaces(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rng = random.Random(2)
    path = tmp_path_factory.mktemp("ng") / "s.pcapng"
    path.write_bytes(shb(L) + idb(L) + idb(L, options=[(9, b"\x09")]) + b"".join(
        packets(rng, rng.randrange(1, 80), iid=i % 2, options=True) for i in range(40)))
    return path


@pytest.mark.parametrize("expr", ["tcp port 80", "udp", "ip[0] & 0xf != 5", "not ip",
                                  "greater 90"])
def test_filtered_iteration_equals_the_interpreter(two_interfaces: Path, expr: str,
                                                   batch_mode: bool) -> None:
    with purepcap.open_offline(two_interfaces) as cap:
        cap.setfilter(expr)
        got = [(p.ts, p.data, p.wirelen, p.interface, p.pkttype, p.comment) for p in cap]
    assert got == _reference(two_interfaces, expr)


def _kept_by(expr: str, rows: list[tuple[int, bytes]]) -> list[tuple[int, bytes]]:
    prog = purepcap.compile(expr, 1)
    return [r for r in rows if prog.run(r[1])]


@pytest.mark.parametrize("before", [0, 50, 1500])
def test_setfilter_mid_batch_filters_the_rest_anew(tmp_path: Path, before: int,
                                                   batch_mode: bool) -> None:
    path = tmp_path / "s.pcapng"
    path.write_bytes(shb(L) + idb(L) + packets(random.Random(before), 4000, options=True))
    with open_reader(path) as r:
        rows = [(p.ts, p.data) for p in r]
    with purepcap.open_offline(path) as cap:
        cap.setfilter("tcp")
        head = [(p.ts, p.data) for _, p in zip(range(before), cap)]
        last = cap.next()                     # then one more with next()
        assert last is not None
        head.append((last.ts, last.data))
        cap.setfilter("udp")
        tail = [(p.ts, p.data) for p in cap]
    cut = rows.index(head[-1]) + 1
    assert (head, tail) == (_kept_by("tcp", rows[:cut]), _kept_by("udp", rows[cut:]))


def test_reader_reads_on_after_the_last_kept_packet(tmp_path: Path, batch_mode: bool) -> None:
    from purepcap.savefile._records import RecordFilter
    rng = random.Random(4)
    path = tmp_path / "s.pcapng"
    path.write_bytes(shb(L) + idb(L) + packets(rng, 3000, options=True))
    with open_reader(path) as r:
        everything = [(p.ts, p.data, p.comment, p.pkttype) for p in r]
    flt = RecordFilter(purepcap.compile("udp", 1))
    for take, undelivered in ((10, 0), (10, 4), (1, 1), (3000, 0)):
        with open_reader(path) as reader:
            ng: Any = reader
            kept = ng.read_kept(take, flt)
            assert kept is not None
            if undelivered:
                assert ng.drop_kept(undelivered)
                kept = kept[:len(kept) - undelivered]
            rest = [(p.ts, p.data, p.comment, p.pkttype) for p in ng]   # read_batch
        got = [(p.ts, p.data, p.comment, p.pkttype) for p in kept]
        assert got == [x for x in everything if flt.program.run(x[1])][:len(got)]
        assert rest == everything[everything.index(got[-1]) + 1 if got else 0:]


def test_chain_blocks_equals_walk_blocks() -> None:
    if not vector.available():
        pytest.skip(NO_NUMPY)
    rng = random.Random(3)
    fake = struct.pack("=II", 6, 32) + bytes(20) + struct.pack("=I", 32)
    body = b"".join(epb(L, 0, i, bytes(rng.randrange(40)) + fake * rng.randrange(2))
                    for i in range(300))
    for buf in (body, body + isb(L, 0, 0) + body, body[:-7], body + opt(L, 6, b"")):
        ref = _records.walk_blocks(buf, 0, 1 << 62, 6, 32)
        while ref and struct.unpack_from("=I", buf, ref[-1] + struct.unpack_from(
                "=I", buf, ref[-1] + 4)[0] - 4)[0] != struct.unpack_from("=I", buf, ref[-1] + 4)[0]:
            ref.pop()                # chain_blocks also checks the trailer
        for most in (1 << 62, 1, 17):
            assert _records.chain_blocks(buf, 0, most, 6, 32).tolist() == ref[:most]


# -- the corpus and the command --------------------------------------------------------------

def _corpus_files() -> list[Path]:
    return sorted(CORPUS.rglob("*.pcapng"))


@pytest.mark.skipif(not have_corpus(), reason="needs ../shared/corpus (the project's reference captures)")
def test_corpus_files(batch_mode: bool) -> None:
    for path in _corpus_files():
        for expr in ("", "ip", "tcp or udp"):
            compare(path, expr, -1)
        compare(path, "", 1)


CLI_FILES = ["of13_ericsson.pcapng", "OSPFv2_Capture_FINAL.pcapng", "nhrp.pcapng",
             "vsock-1.pcapng", "icmp-length-zero.pcapng", "bgp-role.pcapng"]


@pytest.mark.skipif(not have_corpus(), reason="needs ../shared/corpus (the project's reference captures)")
@pytest.mark.parametrize("name", CLI_FILES)
def test_command_writes_what_tcpdump_writes(tmp_path: Path, name: str) -> None:
    found = [p for p in _corpus_files() if p.name == name]
    if not found:
        pytest.skip(f"{name} is not in the corpus")
    tcpdump = tcpdump_path()
    for args in ([], ["ip"], ["tcp"], ["-c", "3"]):
        ours, ref = tmp_path / "ours.pcap", tmp_path / "ref.pcap"
        a = subprocess.run([sys.executable, "-m", "purepcap", "-r", str(found[0]), "-w",
                            str(ours), *args], capture_output=True, timeout=120, check=False)
        b = subprocess.run([tcpdump, "-r", str(found[0]), "-w", str(ref), *args],
                           capture_output=True, timeout=120, check=False)
        assert a.returncode == b.returncode, (args, a.stderr, b.stderr)
        assert ours.read_bytes() == ref.read_bytes(), args


@pytest.mark.parametrize("name", ["usec", "nsec", "options", "two-ifaces-long", "2106-long",
                                  "meta", "other-link", "sections", "lookalike"])
def test_unfiltered_iteration_reads_columns_as_the_careful_path_reads_packets(
        tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With numpy, iteration without a filter reads the plain EPBs' columns at once
    (interfaces, options: comments and flags, nanosecond time stamps up to 2106
    and past 2262, where numpy's int64 ends and Python takes them): every field
    as the careful path gives it."""
    if not vector.available():
        pytest.skip(NO_NUMPY)
    from purepcap.savefile import pcapng
    made: list[int] = []
    columns = pcapng._packet_columns
    monkeypatch.setattr(pcapng, "_packet_columns",
                        lambda buf, cols, kept: made.append(len(kept)) or columns(buf, cols, kept))
    rng = random.Random(5)
    files = synthetic(rng)
    files["2300"] = shb(L) + idb(L, options=[(9, bytes([9]))]) + packets(
        rng, 300, t0=(10_000_000_000) * 10**9, step=999_999)
    files["two-ifaces-long"] = (shb(L) + idb(L) + idb(L, options=[(9, bytes([9]))])
                                + b"".join(packets(rng, 1, iid=rng.randrange(2), t0=T0 * 10**6 + i)
                                           for i in range(2000)))
    files["2106-long"] = shb(L) + idb(L, options=[(9, bytes([9]))]) + packets(
        rng, 600, t0=(2**33) * 10**9)
    path = tmp_path / f"{name}.pcapng"
    path.write_bytes(files[name])
    with careful():
        want = _iterate(path, "")
    got = _iterate(path, "")
    assert got == want
    assert made
    path.write_bytes(files["2300"])
    with careful():
        want = _iterate(path, "")
    assert _iterate(path, "") == want and want[0][0][0] >= 1 << 63
