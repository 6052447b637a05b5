"""``--jobs N -w`` from a pcap file the record path reads (purepcap.parallel's pieces):
the workers walk and filter their pieces as ``--jobs 1`` does and write the kept
records into the output file themselves (a regular file), or leave them in shared
slots.  The bytes must be ``--jobs 1``'s whatever the file holds:
damage or odd records in the middle, records the filter cuts, tiny files, more
pieces than records, and whichever way the records come back to the parent."""

from __future__ import annotations

import multiprocessing
import os
import struct
from pathlib import Path
from typing import Any

import pytest

from test_parallel import frames, same_as_one

from purepcap import parallel
from purepcap.savefile import PcapWriter

HDR = struct.Struct("=IIII")


def write_pcap(path: Path, recs: list[tuple[int, bytes]], snaplen: int = 262144,
               nano: bool = False) -> Path:
    with PcapWriter(path, 1, snaplen, nanosecond=nano) as w:
        for ts, data in recs:
            w.write_raw(ts, data)
    return path


def offsets(data: bytes) -> list[int]:
    """The record offsets of a host-order pcap file's bytes."""
    out = []
    p = 24
    while p + 16 <= len(data):
        out.append(p)
        p += 16 + HDR.unpack_from(data, p)[2]
    return out


def patch(data: bytes, off: int, **fields: int) -> bytes:
    """``data`` with the record header at ``off`` changed (sec, frac, caplen, wirelen)."""
    names = ("sec", "frac", "caplen", "wirelen")
    vals = dict(zip(names, HDR.unpack_from(data, off)))
    vals.update(fields)
    return data[:off] + HDR.pack(*(vals[n] for n in names)) + data[off + 16:]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    p = tmp_path_factory.mktemp("records") / "base.pcap"
    return write_pcap(p, frames(20000, seed=11)).read_bytes()


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces of 64 KiB (and scans of 8 KiB): many pieces, seams everywhere."""
    monkeypatch.setattr(parallel, "PIECE", 64 * 1024)
    monkeypatch.setattr(parallel, "_SCAN", 8 * 1024)


EXPRS = [[], ["tcp port 80"], ["udp or icmp"], ["not ip"]]
EXPR_IDS = ["all", "tcp80", "udp-icmp", "not-ip"]


@pytest.mark.parametrize("expr", EXPRS, ids=EXPR_IDS)
@pytest.mark.parametrize("jobs", [2, 3])
def test_many_pieces(base: bytes, tmp_path: Path, small_pieces: None, expr: list[str],
                     jobs: int) -> None:
    src = tmp_path / "in.pcap"
    src.write_bytes(base)
    rc, _, err = same_as_one(tmp_path, jobs, "-r", str(src), "-w", "OUT", *expr)
    assert rc == 0 and err.startswith("reading from file")


def _damaged(base: bytes, kind: str) -> bytes:
    offs = offsets(base)
    mid = offs[len(offs) // 2]
    if kind == "caplen-over-snaplen":          # libpcap: an error, stop
        return patch(base, mid, caplen=300000)
    if kind == "cut-header":                   # the file ends inside a header
        return base[:mid + 7]
    if kind == "cut-data":                     # ... inside a record's data
        return base[:mid + 30]
    if kind == "frac-over-one":                # plain: copied as it is by --jobs 1
        return patch(base, mid, frac=1_999_999)
    if kind == "caplen-over-wirelen":          # plain too
        cl = HDR.unpack_from(base, mid)[2]
        return patch(base, mid, wirelen=cl - 10)
    if kind == "far-time":                     # plain; guesses around it fail
        return patch(base, mid, sec=7)
    raise AssertionError(kind)


DAMAGE = ["caplen-over-snaplen", "cut-header", "cut-data", "frac-over-one",
          "caplen-over-wirelen", "far-time"]


@pytest.mark.parametrize("expr", EXPRS[:3], ids=EXPR_IDS[:3])
@pytest.mark.parametrize("kind", DAMAGE)
def test_damage_in_the_middle(base: bytes, tmp_path: Path, small_pieces: None, kind: str,
                              expr: list[str]) -> None:
    src = tmp_path / "in.pcap"
    src.write_bytes(_damaged(base, kind))
    rc, _, err = same_as_one(tmp_path, 2, "-r", str(src), "-w", "OUT", *expr)
    if kind in ("caplen-over-snaplen", "cut-header", "cut-data"):
        assert rc == 1 and err.splitlines()[-1].startswith("purepcap: ")
    else:
        assert rc == 0


def test_records_over_the_snapshot_length(tmp_path: Path, small_pieces: None) -> None:
    """caplen above the file's snapshot length (but within the link type's maximum):
    the careful path cuts them, in the middle of the file."""
    recs = frames(3000, seed=3)
    src = write_pcap(tmp_path / "in.pcap", recs, snaplen=100)
    assert same_as_one(tmp_path, 2, "-r", str(src), "-w", "OUT")[0] == 0
    assert same_as_one(tmp_path, 3, "-r", str(src), "-w", "OUT", "tcp")[0] == 0


def test_a_filter_that_cuts(base: bytes, tmp_path: Path, small_pieces: None) -> None:
    """A program returning less than caplen: --jobs 1 leaves those records to the
    careful path (which cuts them), so does every piece."""
    src = tmp_path / "in.pcap"
    src.write_bytes(base)
    for text in ("1\n6 0 0 40\n",                             # every record cut to 40
                 "4\n40 0 0 12\n21 0 1 2054\n6 0 0 20\n6 0 0 262144\n"):  # ARP cut
        prog = tmp_path / "cut.bpf"
        prog.write_text(text)
        assert same_as_one(tmp_path, 2, "--bpf-file", str(prog), "-r", str(src),
                           "-w", "OUT")[0] == 0


@pytest.mark.parametrize("count", [0, 1, 2, 5, 11])
@pytest.mark.parametrize("expr", EXPRS[:2], ids=EXPR_IDS[:2])
def test_tiny_files(tmp_path: Path, count: int, expr: list[str]) -> None:
    """Header only, or fewer records than pieces (12 pieces for --jobs 3)."""
    src = write_pcap(tmp_path / "in.pcap", frames(max(count, 1), seed=2)[:count])
    for jobs in (2, 3):
        assert same_as_one(tmp_path, jobs, "-r", str(src), "-w", "OUT", *expr)[0] == 0


def test_big_records_span_pieces(tmp_path: Path, small_pieces: None) -> None:
    """Records larger than a piece (and than a scan): pieces with no record start."""
    recs = [(1_600_000_000_000_000_000 + i * 1000, bytes([i % 251]) * (9000 + 40000 * (i % 3)))
            for i in range(60)]
    src = write_pcap(tmp_path / "in.pcap", recs)
    assert same_as_one(tmp_path, 2, "-r", str(src), "-w", "OUT")[0] == 0
    assert same_as_one(tmp_path, 3, "-r", str(src), "-w", "OUT", "ip")[0] == 0


def test_nanosecond_file(tmp_path: Path, small_pieces: None) -> None:
    src = write_pcap(tmp_path / "in.pcap", frames(5000, seed=4), nano=True)
    assert same_as_one(tmp_path, 2, "-r", str(src), "-w", "OUT", "tcp")[0] == 0
    assert same_as_one(tmp_path, 2, "--nano", "-r", str(src), "-w", "OUT", "tcp")[0] == 0


def _spy_results(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    seen: list[Any] = []
    orig = parallel._deliver

    def spy(dest: Any, blob: Any, *a: Any) -> None:
        seen.append(type(blob))
        orig(dest, blob, *a)
    monkeypatch.setattr(parallel, "_deliver", spy)
    return seen


def test_slots_are_used(base: bytes, tmp_path: Path, small_pieces: None,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``fork`` the records come back in shared slots (memoryviews), not pickled."""
    monkeypatch.setattr(parallel, "DIRECT", False)        # the shared slots
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("fork"))
    seen = _spy_results(monkeypatch)
    src = tmp_path / "in.pcap"
    src.write_bytes(base)
    same_as_one(tmp_path, 2, "-r", str(src), "-w", "OUT", "tcp port 80")
    assert memoryview in seen


def test_without_memfd(base: bytes, tmp_path: Path, small_pieces: None,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "DIRECT", False)        # the shared slots
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.delattr(os, "memfd_create")
    src = tmp_path / "in.pcap"
    src.write_bytes(base)
    same_as_one(tmp_path, 2, "-r", str(src), "-w", "OUT", "tcp port 80")


def test_full_slot_sends_bytes(base: bytes, tmp_path: Path, small_pieces: None,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A piece whose records don't fit its slot comes back as bytes."""
    monkeypatch.setattr(parallel, "DIRECT", False)        # the shared slots
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("fork"))

    class Small(parallel._Slot):
        def __init__(self, size: int) -> None:
            super().__init__(size)
            self.size = 1000
    monkeypatch.setattr(parallel, "_Slot", Small)
    seen = _spy_results(monkeypatch)
    src = tmp_path / "in.pcap"
    src.write_bytes(base)
    same_as_one(tmp_path, 2, "-r", str(src), "-w", "OUT")
    assert bytes in seen


def test_forkserver_sends_bytes(base: bytes, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers that are not forked from the parent share no slot: bytes come back."""
    monkeypatch.setattr(parallel, "DIRECT", False)        # the shared slots
    monkeypatch.setattr(parallel, "_context",
                        lambda: multiprocessing.get_context("forkserver"))
    seen = _spy_results(monkeypatch)
    src = tmp_path / "in.pcap"
    src.write_bytes(base[:200000])
    same_as_one(tmp_path, 2, "-r", str(src), "-w", "OUT", "tcp port 80")
    assert memoryview not in seen and bytes in seen


def test_breakloop_ends_between_pieces(base: bytes, tmp_path: Path, small_pieces: None,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """``breakloop()`` (a signal) during the pieces: the parent stops between two
    pieces, after the tasks in flight finish; what was written is the start of
    --jobs 1's output, whole records."""
    orig = parallel._stopped

    def soon(cap: Any) -> Any:
        stop = orig(cap)
        calls = [0]

        def later() -> bool:
            calls[0] += 1
            if calls[0] == 3:
                cap.breakloop()
            return stop()  # type: ignore[no-any-return]
        later.flag = stop.flag  # type: ignore[attr-defined]
        return later
    monkeypatch.setattr(parallel, "DIRECT", False)        # the shared slots
    src = tmp_path / "in.pcap"
    src.write_bytes(base)
    full = tmp_path / "full.pcap"
    from test_parallel import run
    assert run("--jobs", "1", "-r", str(src), "-w", str(full), "tcp")[0] == 0
    monkeypatch.setattr(parallel, "_stopped", soon)
    part = tmp_path / "part.pcap"
    run("--jobs", "2", "-r", str(src), "-w", str(part), "tcp")
    got, want = part.read_bytes(), full.read_bytes()
    assert 24 < len(got) < len(want) and want.startswith(got)
    assert len(got) in offsets(want) + [len(want)]


# -- the workers write the output file themselves (_dump_direct) ------------------------

@pytest.fixture
def direct(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The direct path is taken whatever threads earlier tests left behind (idle
    ones: the resolver's, an event loop's executor), which would keep a command
    from forking; the list gets what each run returned."""
    monkeypatch.setattr(parallel, "_forkable", lambda: True)
    got: list[Any] = []
    orig = parallel._dump_direct

    def spy(*a: Any) -> Any:
        got.append("raised")           # (the rest of a damaged file raises)
        got[-1] = orig(*a)
        return got[-1]
    monkeypatch.setattr(parallel, "_dump_direct", spy)
    return got


@pytest.mark.parametrize("expr", EXPRS, ids=EXPR_IDS)
@pytest.mark.parametrize("jobs", [2, 3])
def test_direct_many_pieces(base: bytes, tmp_path: Path, small_pieces: None, direct: list[Any],
                            expr: list[str], jobs: int) -> None:
    src = tmp_path / "in.pcap"
    src.write_bytes(base)
    assert same_as_one(tmp_path, jobs, "-r", str(src), "-w", "OUT", *expr)[0] == 0
    assert direct == [0]


@pytest.mark.parametrize("kind", DAMAGE)
def test_direct_damage(base: bytes, tmp_path: Path, small_pieces: None, direct: list[Any],
                       kind: str) -> None:
    src = tmp_path / "in.pcap"
    src.write_bytes(_damaged(base, kind))
    rc = same_as_one(tmp_path, 2, "-r", str(src), "-w", "OUT", "tcp or udp")[0]
    assert direct == (["raised"] if rc else [0])


def test_direct_wrong_guesses(base: bytes, tmp_path: Path, small_pieces: None,
                              direct: list[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """Every position looks like a record start: each worker reads its piece again
    from where the piece before stopped."""
    monkeypatch.setattr(parallel, "_plausible", lambda *a: True)
    src = tmp_path / "in.pcap"
    src.write_bytes(base)
    assert same_as_one(tmp_path, 2, "-r", str(src), "-w", "OUT", "tcp")[0] == 0
    big = write_pcap(tmp_path / "big.pcap",
                     [(1_600_000_000_000_000_000 + i, bytes([i % 251]) * (9000 + 40000 * (i % 3)))
                      for i in range(60)])
    assert same_as_one(tmp_path, 3, "-r", str(big), "-w", "OUT")[0] == 0
    assert direct == [0, 0]


def test_direct_worker_dies(base: bytes, tmp_path: Path, small_pieces: None, direct: list[Any],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed half-way through writing a piece: the parent cuts the file
    after the last whole piece and reads the rest itself (the same bytes)."""
    orig = parallel._pwrite_parts
    parent = os.getpid()

    def dying(fd: int, parts: list[Any], at: int) -> int:
        if os.getpid() != parent and at > len(base) // 3:
            orig(fd, parts[:len(parts) // 2], at)
            os._exit(9)
        return orig(fd, parts, at)
    monkeypatch.setattr(parallel, "_pwrite_parts", dying)
    src = tmp_path / "in.pcap"
    src.write_bytes(base)
    assert same_as_one(tmp_path, 2, "-r", str(src), "-w", "OUT", "not arp")[0] == 0
    assert direct == [0]


def test_direct_write_fails(base: bytes, tmp_path: Path, small_pieces: None, direct: list[Any],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker's write fails (here: once, at a third of the file): the parent reads
    on from the last piece written, as --jobs 1 would, and the file is whole."""
    import errno
    orig = parallel._pwrite_parts
    parent = os.getpid()
    failed = [False]

    def failing(fd: int, parts: list[Any], at: int) -> int:
        if os.getpid() != parent and at > len(base) // 3 and not failed[0]:
            failed[0] = True
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return orig(fd, parts, at)
    monkeypatch.setattr(parallel, "_pwrite_parts", failing)
    src = tmp_path / "in.pcap"
    src.write_bytes(base)
    assert same_as_one(tmp_path, 2, "-r", str(src), "-w", "OUT", "udp or tcp")[0] == 0
    assert direct == [0]


def test_direct_fork_fails(base: bytes, tmp_path: Path, small_pieces: None, direct: list[Any],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The second worker can't be started: the first stops at the piece it can't
    follow and the parent reads on from the last piece written (the same bytes)."""
    import errno
    real = os.fork
    calls = [0]

    def fork() -> int:
        calls[0] += 1
        if calls[0] == 2:
            raise OSError(errno.EAGAIN, os.strerror(errno.EAGAIN))
        return real()
    src = tmp_path / "in.pcap"
    src.write_bytes(base)
    monkeypatch.setattr(os, "fork", fork)
    assert same_as_one(tmp_path, 2, "-r", str(src), "-w", "OUT", "tcp")[0] == 0
    assert direct == [0] and calls[0] == 2


def test_direct_breakloop(base: bytes, tmp_path: Path, small_pieces: None, direct: list[Any],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    """``breakloop()`` while the workers write: they stop between pieces; the file is
    the start of --jobs 1's output, whole records."""
    import time
    src = tmp_path / "in.pcap"
    src.write_bytes(base)
    full = tmp_path / "full.pcap"
    from test_parallel import run
    assert run("--jobs", "1", "-r", str(src), "-w", str(full), "tcp")[0] == 0
    part = tmp_path / "part.pcap"
    orig_scan = parallel._scan

    def slow(*a: Any) -> Any:
        time.sleep(0.01)               # (inherited by the workers: 30+ pieces take a while)
        return orig_scan(*a)
    monkeypatch.setattr(parallel, "_scan", slow)
    orig = parallel._stopped

    def once_written(cap: Any) -> Any:
        stop = orig(cap)

        def later() -> bool:
            if part.exists() and part.stat().st_size > 24:
                cap.breakloop()
            return stop()  # type: ignore[no-any-return]
        later.flag = stop.flag  # type: ignore[attr-defined]
        return later
    monkeypatch.setattr(parallel, "_stopped", once_written)
    run("--jobs", "2", "-r", str(src), "-w", str(part), "tcp")
    got, want = part.read_bytes(), full.read_bytes()
    assert 24 < len(got) < len(want) and want.startswith(got)
    assert len(got) in offsets(want)
    assert direct == [-2]


def test_direct_not_for_standard_output(base: bytes, tmp_path: Path, small_pieces: None,
                                        direct: list[Any]) -> None:
    """``-w -`` is not a file the workers can write at an offset: the slots carry it."""
    from test_parallel import run
    src = tmp_path / "in.pcap"
    src.write_bytes(base)
    full = tmp_path / "full.pcap"
    assert run("--jobs", "1", "-r", str(src), "-w", str(full), "icmp")[0] == 0
    rc, out, _ = run("--jobs", "2", "-r", str(src), "-w", "-", "icmp")
    assert rc == 0 and out == full.read_bytes() and direct == []


def test_output_files_positional(tmp_path: Path) -> None:
    from purepcap.savefile.rotate import OutputFiles
    from purepcap import Packet
    out = OutputFiles(str(tmp_path / "a.pcap"), 1)
    out.write(Packet(1_000_000_000, 3, 3, b"abc"))
    fd, at = out.positional() or (-1, -1)
    assert at == 24 + 16 + 3
    rec = HDR.pack(2, 0, 4, 4) + b"wxyz"
    assert os.pwrite(fd, rec + b"half", at) == len(rec) + 4      # 4 bytes of a next one
    out.positioned(at + len(rec), 1)
    out.write(Packet(3_000_000_000, 2, 2, b"pq"))
    out.close()
    assert out.packets == 3
    data = (tmp_path / "a.pcap").read_bytes()
    assert offsets(data) == [24, 43, 63] and len(data) == 63 + 16 + 2
    assert data[43:63] == rec
    assert OutputFiles(str(tmp_path / "b.pcap"), 1, flush_each=True).positional() is None
    assert OutputFiles(str(tmp_path / "c.pcap"), 1, file_size=10**6).positional() is None
    import io
    assert OutputFiles("-", 1, stdout=io.BytesIO()).positional() is None


def test_no_direct_writes_beside_another_thread(tmp_path: Path) -> None:
    """A process running another thread does not fork for the direct path."""
    import threading
    from purepcap.savefile.rotate import OutputFiles
    out = OutputFiles(str(tmp_path / "a.pcap"), 1)
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert not parallel._forkable() and parallel._direct_target(out) is None
    finally:
        stop.set()
        t.join()
    if threading.active_count() == 1:
        assert parallel._direct_target(out) == (out.positional() or (0, 0))
    out.close()
