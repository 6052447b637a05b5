"""Reading capture files from pipes, FIFOs and standard input as the producer writes them.

tcpdump (libpcap reads records with ``fread``) prints a packet as soon as its record is
complete, so ``producer | tcpdump -r -`` shows packets live.  The savefile readers must
do the same: a batch is returned once it holds a packet and the next record has not fully
arrived, the partial record is kept and completed by later reads, and nothing waits for a
full batch or a full chunk.

The writers here write some bytes and then *wait* with the pipe open (no EOF), so a reader
that held packets back would never return: every read runs under a deadlock guard
(``GUARD`` seconds; a guard, not a performance assertion).  A reader that overruns it is
released by closing the pipe and the test fails.
"""

from __future__ import annotations

import io
import os
import queue
import shlex
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Callable

import pytest

from conftest import needs_oracle, tcpdump_path
from helpers import epb, idb, pcap_header, pcap_record, shb, udp_frame

import oracle
import purepcap
from purepcap import SavefileTruncated
from purepcap.savefile import open_reader

#: seconds a read may take before the test calls it a deadlock (in-process readers)
GUARD = 5.0
#: the same for the CLI, which first starts an interpreter (machines running tests are busy)
CLI_GUARD = 60.0

FRAMES = [udp_frame(i) for i in range(4)]
TS = [1_700_000_000_000_000_000 + i * 1_001_000 for i in range(4)]  # whole microseconds


def pcap_head() -> bytes:
    return pcap_header(snaplen=65535)


def pcap_rec(i: int) -> bytes:
    sec, ns = divmod(TS[i], 1_000_000_000)
    return pcap_record(sec, ns // 1000, FRAMES[i])


def pcapng_head() -> bytes:
    return shb() + idb(options=[(9, b"\x06")])  # if_tsresol 6: microseconds


def pcapng_rec(i: int) -> bytes:
    return epb("little", 0, TS[i] // 1000, FRAMES[i])


FORMATS = {"pcap": (pcap_head, pcap_rec), "pcapng": (pcapng_head, pcapng_rec)}


def summary(pkts: list[Any]) -> list[tuple[int, int, int, bytes]]:
    return [(p.ts, p.caplen, p.wirelen, bytes(p.data)) for p in pkts]


def expected(*idx: int) -> list[tuple[int, int, int, bytes]]:
    return [(TS[i], len(FRAMES[i]), len(FRAMES[i]), FRAMES[i]) for i in idx]


class Pipe:
    """An OS pipe whose write end the test holds open (the producer "waits")."""

    def __init__(self) -> None:
        self.r, self.w = os.pipe()
        self.w_open = True

    def write(self, data: bytes) -> None:
        os.write(self.w, data)  # small writes: a pipe takes them without blocking

    def close_write(self) -> None:
        if self.w_open:
            self.w_open = False
            os.close(self.w)

    def reader_file(self, buffering: int) -> Any:
        return os.fdopen(self.r, "rb", buffering=buffering)


def guarded(fn: Callable[[], Any], release: Callable[[], None], what: str,
            timeout: float = GUARD) -> Any:
    """``fn()`` run in a thread; if it has not returned within ``timeout`` seconds,
    ``release()`` (close the pipe, so the reader sees EOF) and fail."""
    box: queue.Queue[tuple[bool, Any]] = queue.Queue()

    def run() -> None:
        try:
            box.put((True, fn()))
        except BaseException as exc:  # re-raised in the test's thread
            box.put((False, exc))

    t = threading.Thread(target=run, daemon=True)
    t.start()
    try:
        ok, value = box.get(timeout=timeout)
    except queue.Empty:
        release()
        t.join(GUARD)
        pytest.fail(f"{what}: no packet within {timeout} s while the producer waits "
                    "(packets held back until more input or EOF)")
    if not ok:
        raise value
    return value


@pytest.fixture
def pipe() -> Any:
    p = Pipe()
    yield p
    p.close_write()


# -- one record, then the producer waits -----------------------------------------------------

@pytest.mark.parametrize("buffering", [0, -1], ids=["raw", "buffered"])
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_open_reader_delivers_while_writer_waits(pipe: Pipe, fmt: str, buffering: int) -> None:
    head, rec = FORMATS[fmt]
    pipe.write(head() + rec(0))
    f = pipe.reader_file(buffering)
    with f:
        rd = guarded(lambda: open_reader(f), pipe.close_write, "open_reader")
        batch = guarded(lambda: rd.read_batch(1024), pipe.close_write, "read_batch")
        assert summary(batch) == expected(0)
        # and again: the next record, written later, comes on its own
        pipe.write(rec(1))
        assert summary([guarded(rd.next, pipe.close_write, "next")]) == expected(1)
        pipe.close_write()
        assert rd.read_batch(1024) == []


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_writer_thread_blocks_until_packet_seen(fmt: str) -> None:
    # the producer is a thread that writes one record and then blocks until the reader
    # has seen it: a reader waiting for more input would leave both stuck
    head, rec = FORMATS[fmt]
    r, w = os.pipe()
    seen = threading.Event()

    def produce() -> None:
        with os.fdopen(w, "wb", buffering=0) as out:
            out.write(head() + rec(0))
            seen.wait(GUARD * 2)
            out.write(rec(1))

    t = threading.Thread(target=produce, daemon=True)
    t.start()
    with os.fdopen(r, "rb") as f:
        def first() -> Any:
            rd = open_reader(f)
            return rd, rd.read_batch(1024)

        rd, batch = guarded(first, seen.set, "reader beside a waiting writer")
        assert not seen.is_set()  # the writer was still blocked when the packet came
        seen.set()
        assert summary(batch) == expected(0)
        assert summary(guarded(lambda: list(rd), lambda: None, "rest")) == expected(1)
    t.join(GUARD)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_open_offline_delivers_while_writer_waits(pipe: Pipe, fmt: str) -> None:
    head, rec = FORMATS[fmt]
    pipe.write(head() + rec(0))
    with pipe.reader_file(-1) as f:
        cap = guarded(lambda: purepcap.open_offline(f), pipe.close_write, "open_offline")
        with cap:
            got: list[Any] = []
            n = guarded(lambda: cap.loop(1, got.append), pipe.close_write, "Capture.loop(1)")
            assert n == 1 and summary(got) == expected(0)
            pipe.write(rec(1))
            pkt = guarded(cap.next, pipe.close_write, "Capture.next()")
            assert summary([pkt]) == expected(1)
            pipe.write(rec(2))
            it = iter(cap)
            pkt = guarded(lambda: next(it), pipe.close_write, "iter(Capture)")
            assert summary([pkt]) == expected(2)


def test_fifo_path_delivers_while_writer_waits(tmp_path: Path) -> None:
    # `purepcap -r fifo`: opened by name, read through an unbuffered file
    fifo = tmp_path / "live.fifo"
    os.mkfifo(fifo)
    w = -1

    def release() -> None:
        if w >= 0:
            os.close(w)

    box: queue.Queue[Any] = queue.Queue()

    def read() -> None:
        try:
            with open_reader(str(fifo)) as rd:  # open() blocks until the writer opens
                box.put(summary(rd.read_batch(1024)))
                box.put(summary(rd.read_batch(1024)))
        except BaseException as exc:
            box.put(exc)

    t = threading.Thread(target=read, daemon=True)
    t.start()
    w = os.open(fifo, os.O_WRONLY)
    try:
        os.write(w, pcap_head() + pcap_rec(0))
        first = guarded(lambda: box.get(timeout=GUARD), release, "FIFO reader")
        assert first == expected(0)
        os.write(w, pcap_rec(1))
        assert guarded(lambda: box.get(timeout=GUARD), release, "FIFO reader") == expected(1)
    finally:
        os.close(w)
        w = -1
    t.join(GUARD)


# -- records split across writes -------------------------------------------------------------

@pytest.mark.parametrize("buffering", [0, -1], ids=["raw", "buffered"])
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_split_at_every_offset(pipe: Pipe, fmt: str, buffering: int) -> None:
    # each write completes one record and starts the next, cut at offset k: each read
    # must return the completed record alone, keep the k bytes and not wait for the rest
    head, rec = FORMATS[fmt]
    recs = [rec(i % 2) for i in range(2)]
    size = len(recs[0])
    assert len(recs[1]) == size
    pipe.write(head())
    with pipe.reader_file(buffering) as f:
        pipe.write(recs[0][:1])  # open_reader needs only the header; this byte waits
        rd = guarded(lambda: open_reader(f), pipe.close_write, "open_reader")
        prev = 0
        cut = 1
        for k in list(range(size)) + [size]:
            nxt = (prev + 1) % 2
            # finish record `prev` (from `cut`), then the first k bytes of the next
            pipe.write(recs[prev][cut:] + recs[nxt][:k])
            batch = guarded(lambda: rd.read_batch(1024), pipe.close_write, f"split at {k}")
            want = expected(prev) + (expected(nxt) if k == size else [])
            assert summary(batch) == want, k
            if k == size:
                break
            prev, cut = nxt, k
        pipe.close_write()
        assert rd.read_batch(1024) == []


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_one_byte_at_a_time(fmt: str) -> None:
    # a writer thread trickles a record byte by byte; the reader loops read_batch: the
    # packet comes whole, exactly once, and the one before it came before the trickle began
    head, rec = FORMATS[fmt]
    r, w = os.pipe()
    first_seen = threading.Event()
    done = threading.Event()

    def produce() -> None:
        with os.fdopen(w, "wb", buffering=0) as out:
            out.write(head() + rec(0))
            first_seen.wait(GUARD * 2)
            for b in rec(1):
                out.write(bytes([b]))
                done.wait(0.0005)  # a pause between bytes (cut short once the test ends)
            out.write(rec(2)[:7])  # a partial third record, then wait with the pipe open
            done.wait(GUARD * 2)

    t = threading.Thread(target=produce, daemon=True)
    t.start()
    got: list[Any] = []
    with os.fdopen(r, "rb") as f:
        def read_two() -> None:
            rd = open_reader(f)
            while len(got) < 2:
                batch = rd.read_batch(1024)
                assert batch, "EOF before the writer closed"
                got.extend(batch)
                first_seen.set()

        guarded(read_two, done.set, "byte-by-byte reader", timeout=GUARD * 3)
        done.set()
        t.join(GUARD)  # before closing the read end: the writer's last write must land
    assert summary(got) == expected(0, 1)


def test_pcapng_new_section_split_at_every_offset() -> None:
    # a second section (SHB in the other byte order, IDB, EPB) arriving in two pieces: the
    # packet before it comes at once, whatever the cut; the SHB's length is not read in
    # the wrong byte order while its byte-order magic is still missing
    second = (shb("big") + idb("big", options=[(9, b"\x06")])
              + epb("big", 0, TS[1] // 1000, FRAMES[1]))
    for k in range(len(second)):
        p = Pipe()
        try:
            p.write(pcapng_head() + pcapng_rec(0) + second[:k])
            with p.reader_file(-1) as f:
                rd = guarded(lambda: open_reader(f), p.close_write, "open_reader")
                first = guarded(lambda: rd.read_batch(1024), p.close_write, f"cut at {k}")
                assert summary(first) == expected(0), k
                p.write(second[k:])
                rest = guarded(lambda: rd.read_batch(1024), p.close_write, f"rest after {k}")
                assert summary(rest) == expected(1), k
                assert len(rd.sections) == 2 and rd.sections[1].byteorder == "big"
        finally:
            p.close_write()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_records_larger_than_the_pipe(fmt: str) -> None:
    # 200 kB records: each arrives in many reads (a pipe holds 64 kB) and the writer blocks
    # until the reader drains it; the first comes out while the writer waits on the second
    big = [bytes([i]) * 200_000 for i in range(2)]
    if fmt == "pcap":
        data = [pcap_header(snaplen=262144)] + [pcap_record(1, i, big[i]) for i in range(2)]
    else:
        data = ([shb() + idb(snaplen=262144)]
                + [epb("little", 0, 1_000_000 + i, big[i]) for i in range(2)])
    r, w = os.pipe()
    seen = threading.Event()

    def produce() -> None:
        with os.fdopen(w, "wb", buffering=0) as out:
            out.write(data[0] + data[1])
            seen.wait(GUARD * 2)
            out.write(data[2])

    t = threading.Thread(target=produce, daemon=True)
    t.start()
    with os.fdopen(r, "rb") as f:
        def first() -> Any:
            rd = open_reader(f)
            return rd, rd.read_batch(1024)

        rd, batch = guarded(first, seen.set, "big records")
        assert not seen.is_set()
        seen.set()
        assert [bytes(p.data) for p in batch] == big[:1]
        assert [bytes(p.data) for p in guarded(lambda: list(rd), lambda: None, "rest")] == big[1:]
    t.join(GUARD)


def test_socket_delivers_while_peer_waits() -> None:
    a, b = socket.socketpair()
    with a, b, b.makefile("rb") as f:
        a.sendall(pcap_head() + pcap_rec(0))
        rd = guarded(lambda: open_reader(f), a.close, "open_reader on a socket")
        assert summary(guarded(lambda: rd.read_batch(1024), a.close, "socket")) == expected(0)
        a.sendall(pcap_rec(1) + pcap_rec(2)[:9])
        assert summary(guarded(lambda: rd.read_batch(1024), a.close, "socket")) == expected(1)


# -- end of input inside a record ------------------------------------------------------------

@pytest.mark.parametrize("cut", [3, 16, 20])
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_eof_mid_record_is_truncation(pipe: Pipe, fmt: str, cut: int) -> None:
    head, rec = FORMATS[fmt]
    data = head() + rec(0) + rec(1)[:cut]
    pipe.write(data)
    with pipe.reader_file(-1) as f:
        rd = guarded(lambda: open_reader(f), pipe.close_write, "open_reader")
        assert summary(guarded(lambda: rd.read_batch(1024), pipe.close_write,
                               "read_batch")) == expected(0)
        pipe.close_write()  # EOF inside the second record
        with pytest.raises(SavefileTruncated) as exc:
            rd.read_batch(1024)
    # the same error, at the same offset, as when the whole file is there at once
    with open_reader(io.BytesIO(data)) as whole:
        assert summary(whole.read_batch(1024)) == expected(0)
        with pytest.raises(SavefileTruncated) as ref:
            whole.read_batch(1024)
    assert (str(exc.value), exc.value.offset) == (str(ref.value), ref.value.offset)


@needs_oracle
@pytest.mark.parametrize("cut", [3, 16, 20])
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_eof_mid_record_like_libpcap(tmp_path: Path, pipe: Pipe, fmt: str, cut: int) -> None:
    head, rec = FORMATS[fmt]
    data = head() + rec(0) + rec(1)[:cut]
    path = tmp_path / f"cut.{fmt}"
    path.write_bytes(data)
    ref = oracle.read_packets(str(path))
    pipe.write(data)
    pipe.close_write()
    with pipe.reader_file(-1) as f, open_reader(f) as rd:
        pkts = rd.read_batch(1024)
        with pytest.raises(SavefileTruncated) as exc:
            rd.read_batch(1024)
    assert summary(pkts) == [(p.ts, p.caplen, p.wirelen, p.data) for p in ref.packets]
    assert ref.error is not None and str(exc.value).startswith(ref.error)


# -- the CLI ---------------------------------------------------------------------------------

def _first_line_from_open_pipe(argv: list[str], data: bytes, timeout: float) -> bytes:
    """Run ``argv`` with ``data`` on a stdin pipe that stays open; its output once it
    exits on its own (``-c 1``)."""
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=dict(os.environ, TZ="UTC"))
    assert proc.stdin is not None
    try:
        proc.stdin.write(data)
        proc.stdin.flush()
        try:
            proc.wait(timeout=timeout)  # output is small: the pipes cannot fill up
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            pytest.fail(f"{shlex.join(argv)} printed nothing within {timeout} s while "
                        "its input pipe stayed open")
        assert proc.stdout is not None and proc.stderr is not None
        out = proc.stdout.read()
        err = proc.stderr.read()
        assert proc.returncode == 0, err
        return out  # type: ignore[no-any-return]
    finally:
        proc.stdin.close()
        for s in (proc.stdout, proc.stderr):
            if s is not None:
                s.close()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_cli_count_one_from_open_pipe(fmt: str) -> None:
    head, rec = FORMATS[fmt]
    out = _first_line_from_open_pipe(
        [sys.executable, "-m", "purepcap.cli", "-r", "-", "-n", "-c", "1"],
        head() + rec(0) + rec(1)[:5], CLI_GUARD)
    assert len(out.splitlines()) == 1, out
    assert b"UDP" in out


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_cli_line_is_tcpdumps(fmt: str) -> None:
    # tcpdump, fed the same way, also prints the packet and exits: same line
    tcpdump = tcpdump_path()
    head, rec = FORMATS[fmt]
    data = head() + rec(0) + rec(1)[:5]
    ref = _first_line_from_open_pipe([tcpdump, "-r", "-", "-n", "-c", "1"], data, CLI_GUARD)
    ours = _first_line_from_open_pipe(
        [sys.executable, "-m", "purepcap.cli", "-r", "-", "-n", "-c", "1"], data, CLI_GUARD)
    assert ours == ref
