"""``--jobs N``: one capture file's shards filtered (and printed) by N worker processes.

Two ways of cutting the work, both handing results back in file order:

**-w from a pcap file the record path reads** (the file in this host's byte
order, 16-byte record headers, the output's link type and resolution: what
``--jobs 1`` copies with :mod:`purepcap.savefile._records`).  No walk of the
file is made before the workers start: the file is cut at nominal offsets into
pieces of at most ``PIECE`` bytes (4 MiB; at least 4 per worker), and each
worker

1. takes as its piece's first record the first position at or after its offset
   where 8 record headers in a row look right (``_plausible``; the first piece
   starts at the file header's end);
2. reads its piece as ``--jobs 1`` reads records, from an ``mmap`` of the file,
   ``_SCAN`` (256 KiB) at a time: :func:`~purepcap.savefile._records.walk` (plain
   records: whole, ``caplen`` within the snapshot length and the link type's
   maximum; with numpy :func:`~purepcap.savefile._records.chain_records`) then :func:`~purepcap.savefile._records.take_records` (the filter
   vectorized with numpy, or record by record), up to the first record
   boundary at or after the next offset, or to the first record the record path
   leaves to the careful path (not plain, cut by the end of the file, cut by
   the filter);
3. leaves the kept records, verbatim, in a shared *slot* (a ``memfd`` the parent
   made before forking, filled with ``pwritev`` straight from the file's pages:
   no copy through a pipe; ``2 N + 1`` slots of a piece and a longest record,
   reused), and returns only where it started and stopped, how many records it
   kept and how many bytes.

The parent accepts a piece only when it started exactly where the piece before
it stopped (so the records are those of the sequential reading, each once,
whatever the guess: a wrong guess is read again from the right place) and
writes the slot with one ``write()``.  From a record the careful path must
take on (damage, an odd record: a checked record boundary), the workers are
ended and the parent dumps the rest of the file itself with ``Capture.dump``
on a shard starting there, i.e. exactly as ``--jobs 1`` continues: the same
bytes, the same error, at the same offset.  numpy is imported (with one BLAS
thread) and the filter prepared in the parent before the workers fork, so they
inherit both.  Workers started otherwise than by ``fork`` (the parent runs
other threads) share no slot: their records come back pickled, as do a piece's
that would not fit its slot.

*Into a regular file* (``-w FILE``; not ``-w -``, ``-U`` or rotation; the parent
runs no other thread), :func:`_dump_direct` takes the place of the slots and of
the parent's writing: N forked workers take the pieces in turn (worker ``w``:
pieces ``w``, ``w + N``, ...) and write each piece's kept records into the output
file themselves (the piece read into a buffer of the worker's, the kept runs
written from it with ``pwritev``) at the offset where the piece before ended.  That piece posts where
its reading stopped and where its records end in a shared table (and wakes the
next piece's worker through a pipe); a worker reads its piece while the pieces
before are read, waits for that post, reads the piece again from the posted
stop if its guess was not that stop, writes, posts.  The file therefore only
ever holds whole pieces in order.  An odd record is posted as such and passed
on by the pieces after it, and the parent dumps the rest itself from there as
above.  A worker that fails or dies (the parent watches them) leaves the pieces
after it unwritten: the parent cuts the file after the last whole piece and
dumps the rest itself, from there: ``--jobs 1``'s bytes and errors again.

**Everything else** (pcapng, the other byte order, a resolution to convert,
``--count``, printing): the file is cut into exact shards
(:func:`purepcap.savefile.shards`, about ``file size / 4N`` bytes each, at
most 64 MiB; 2 MiB when printing); each worker reads a whole shard, filters it
with the program the parent compiled (one per link type, shipped as ``(code,
jt, jf, k)`` tuples, run as :meth:`Program.matcher`) and hands back one result
per shard:

* ``-w`` (and ``--count``): the kept packets encoded as ``PcapWriter.write``
  does, joined in one ``bytes`` (no :class:`~purepcap.Packet` crosses a
  process boundary), which the parent writes with one ``write()``;
* printing: the shard's text, made by the same printer (``cli._Output``) the
  single-process path uses.

The parent takes the results in file order, so the output is the sequential
reading's, byte for byte.  At most ``2 N`` shards or pieces are in flight
(submitted and not yet written): memory stays bounded whatever the file size.

Rule 1: ``--jobs N`` prints and writes exactly what ``--jobs 1`` does, or it is
not used.  :func:`dump` and :func:`loop` return None (the caller takes the
single-process path) whenever that can't be guaranteed:

* the input is standard input (shards need a regular file), ``-c`` is given
  (it stops mid-shard), the output rotates (``-C``/``-G``), is pcapng
  (``--pcapng``), is flushed per packet (``-U``), or is printed *and* written
  (``--print``);
* printing with ``-ttt`` or ``-ttttt`` (time stamps relative to earlier
  packets), ``-#`` (packet numbers) or ``-l`` (line buffering, an
  interactive use).

Printing state across packets.  tcpdump's relative TCP sequence numbers (on by
default, ``-S`` turns them off) depend on earlier packets of the connection;
the printer keeps them in ``printer.state["tcp"]`` (connection -> the two base
numbers, least recently used first), and other protocols keep their own keys
of ``printer.state`` (e.g. ``"rx"``, the AFS call cache).  A worker prints its
shard *speculatively*, from an empty state that records what the shard looked
up and did not find: state keys, TCP connections (their first packet in the
shard), and for each such connection the packets that used its entry until a
SYN re-based it.  The parent holds the exact state after the shards before (it
composes the shards' final states in order) and, for each shard:

1. accepts the text as it is when the shard looked up no key and no
   connection the exact state holds (and no TCP entry could have been evicted:
   fewer than ``MAX_FLOWS`` connections in all);
2. else, when only TCP connections of earlier shards are involved (those that
   cross the shard's start), prints just their packets again itself, from the
   exact table, and splices those lines in (at most a quarter of the shard;
   none of those packets used other state or two TCP headers);
3. else has a worker print the whole shard again from the exact state
   (shipped whole), whose final state is then exact too.

The printer's state is watched by putting the recording dict wherever the
printer and its fast path hold theirs; if anything else still holds the old
dict (its reference count says so) the worker reports nothing as speculative,
and every shard goes through step 3: right, as slow as one process.
Whatever happens, the text is the sequential printer's.

Errors: a damaged record is reported by the shard that holds it, after its
packets before it; the parent writes (or prints) the shards before it, that
shard's packets, then raises the same error the sequential reading raises
(pieces: the parent reads on from the last checked boundary itself, see above).
A packet the pcap output can't take (another link type, a time stamp past
2038) comes back as a :class:`~purepcap.Packet` and is handed to the writer
by the parent, so the error (and its wording) is the writer's own.

Signals: workers ignore SIGINT, SIGHUP, SIGUSR1 and SIGUSR2 (the terminal sends
them to the whole process group); the parent's handlers call ``breakloop()``
as in the single path; the parent then stops between two shards (or, reading
the rest of a file itself, every 65536 packets) and ends the workers, after
letting the tasks in flight finish (2 s at most: ``Pool.terminate()`` can hang
when it kills a worker that is sending a result).  The workers that write the
output themselves finish the piece they are writing and write no more.

Worker start: ``fork`` when the parent runs no other thread (the fastest:
modules are already imported, the compiled filters are inherited), else
``forkserver``.
"""

from __future__ import annotations

import os
import signal
import stat
import struct
import threading
import time
from collections import OrderedDict, deque
from typing import Any, Callable, Generator, Iterator, Sequence

from .errors import PcapError
from .offline import keep_matching

__all__ = ["parse_jobs", "dump", "loop", "shard_plan", "Job", "run_shards"]

#: shards per worker (the brief: shards of about file size / 4N)
SHARDS_PER_JOB = 4
#: largest shard (bounds a worker's result)
MAX_SHARD = 64 * 1024 * 1024
#: largest shard when printing
PRINT_SHARD = 2 * 1024 * 1024
#: most workers --jobs takes
MAX_JOBS = 256
_BATCH = 4096


def parse_jobs(text: str) -> int:
    """``--jobs N``: a positive decimal number of worker processes (ValueError otherwise)."""
    t = text.strip()
    if not t.isdigit() or not 1 <= int(t) <= MAX_JOBS:
        raise ValueError(f"invalid number of jobs {text!r} (must be 1 to {MAX_JOBS})")
    return int(t)


# -- the job a worker runs ------------------------------------------------------------------

class Job:
    """What every worker needs, sent once per worker.

    ``mode``: ``"dump"`` (pcap records), ``"count"`` or ``"print"``;
    ``programs``: link type -> ``(code, jt, jf, k)`` tuples, or None (no
    filter); ``compile_args``: ``(expr, snaplen, optimize, netmask)`` to compile
    for a link type the parent did not see (None: ``programs`` has a program
    for every link type, or there is no filter); ``linktype``/``nanosecond``:
    the pcap output's; ``render``: ``render(stream) -> output`` with
    ``packet(pkt)``, ``flush()`` and ``printer.state`` (printing).
    """

    def __init__(self, mode: str, programs: dict[int, Any] | None,
                 compile_args: tuple[Any, ...] | None = None, same: Any = None,
                 linktype: int = -1, nanosecond: bool = False,
                 render: Callable[[Any], Any] | None = None) -> None:
        self.mode = mode
        self.programs = programs
        self.compile_args = compile_args
        self.same = same            # one program for every link type (--bpf-file)
        self.linktype = linktype
        self.nanosecond = nanosecond
        self.render = render
        #: the record path's filter (made in the parent before the workers fork;
        #: not pickled: a worker started otherwise makes its own)
        self.rfilter: Any = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["rfilter"] = None
        return state


_JOB: Job | None = None
_MATCHERS: dict[int, Any] = {}


def _worker_signals() -> None:
    """A worker ignores what the terminal sends the whole process group (the parent
    handles it) and dies of SIGTERM and SIGPIPE."""
    for sig in (signal.SIGINT, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2):
        try:
            signal.signal(sig, signal.SIG_IGN)
        except (OSError, ValueError):
            pass
    for sig in (signal.SIGTERM, signal.SIGPIPE):
        signal.signal(sig, signal.SIG_DFL)


def _init_worker(job: Job) -> None:
    _worker_signals()
    _use_job(job)


def _use_job(job: Job) -> None:
    """Make ``job`` the one :func:`_packets` filters for (in a worker or the parent)."""
    global _JOB
    _JOB = job
    _MATCHERS.clear()


def _matcher(lt: int) -> Any:
    """The matcher for link type ``lt`` (None: keep everything); compiled here only
    for a link type the parent did not compile (errors raise at that packet, as in
    the sequential reading)."""
    try:
        return _MATCHERS[lt]
    except KeyError:
        pass
    job = _JOB
    assert job is not None
    from .bpf import Program
    if job.programs is None:
        m = None
    elif job.same is not None:
        m = Program(job.same).matcher()
    elif lt in job.programs:
        m = Program(job.programs[lt]).matcher()
    else:
        from .filter import compile as compile_filter
        expr, snaplen, optimize, netmask = job.compile_args  # type: ignore[misc]
        m = compile_filter(expr, linktype=lt, snaplen=snaplen, optimize=optimize,
                           netmask=netmask).matcher()
    _MATCHERS[lt] = m
    return m


def _packets(shard: Any) -> Iterator[list[Any]]:
    """The shard's kept packets, in batches (filtered as ``OfflineBackend`` does)."""
    from .savefile import open_shard
    rd = open_shard(shard)
    try:
        read = rd.read_batch
        m0_lt = rd.linktype
        m0 = _matcher(m0_lt)
        filtering = _JOB is not None and _JOB.programs is not None
        while True:
            batch = read(_BATCH)
            if not batch:
                return
            if not filtering:
                yield batch
                continue
            out = keep_matching(batch, m0_lt, m0, _matcher)
            if out:
                yield out
    finally:
        rd.close()


def _portable(exc: BaseException) -> BaseException:
    """``exc`` if it survives pickling unchanged, else a PcapError with its text."""
    try:
        import pickle
        back = pickle.loads(pickle.dumps(exc))
        if type(back) is type(exc) and str(back) == str(exc):
            return exc
    except Exception:  # noqa: BLE001 - any failure: send the text
        pass
    return PcapError(str(exc))


def _dump_shard(shard: Any) -> tuple[bytes, int, Any, BaseException | None]:
    """(pcap records, how many, a packet the parent must hand to the writer (or None),
    the error that ended the shard (or None))."""
    from .savefile.pcap import encode_records
    job = _JOB
    assert job is not None
    parts: list[bytes] = []
    n = 0
    tail = None
    error: BaseException | None = None
    count_only = job.mode == "count"
    lt_out, nano = job.linktype, job.nanosecond
    try:
        for batch in _packets(shard):
            if count_only:
                n += len(batch)
                continue
            stop = next((i for i, p in enumerate(batch) if p.linktype != lt_out), -1)
            todo = batch if stop < 0 else batch[:stop]
            before = len(parts)
            try:
                n += encode_records(todo, nano, parts)
            except PcapError:          # a record pcap can't hold: the writer says why
                done = (len(parts) - before) // 2
                del parts[before + 2 * done:]
                n += done
                tail = todo[done]
                break
            if stop >= 0:
                tail = batch[stop]
                break
    except PcapError as exc:
        error = _portable(exc)
    return b"".join(parts), n, tail, error


class _Table(OrderedDict):  # type: ignore[type-arg]
    """The TCP table of a speculative printing.  It notes the connections looked up
    and not found (``missed``: their first packet in the shard) and, for each, the
    packets that used its entry (``touched``) until a SYN re-based it (the printer
    deletes and re-creates the entry): those packets' numbers are wrong if the
    connection was in the table of the shards before."""

    def __init__(self) -> None:
        super().__init__()
        self.missed: set[Any] = set()
        self.touched: dict[Any, list[int]] = {}
        self.done: dict[Any, list[int]] = {}
        self.multi: set[int] = set()      # packets that looked up more than one entry
        self.current = 0
        self._last = -1

    def _look(self, key: Any) -> None:
        cur = self.current
        if cur == self._last:
            self.multi.add(cur)
        self._last = cur
        if not OrderedDict.__contains__(self, key):
            if key not in self.missed:
                self.missed.add(key)
                self.touched[key] = [cur]
            return
        t = self.touched.get(key)
        if t is not None and t[-1] != cur:
            t.append(cur)

    def get(self, key: Any, default: Any = None) -> Any:
        self._look(key)
        return OrderedDict.get(self, key, default)

    def pop(self, key: Any, *default: Any) -> Any:
        self._look(key)
        return OrderedDict.pop(self, key, *default)

    def __delitem__(self, key: Any) -> None:
        t = self.touched.pop(key, None)   # a SYN re-bases the connection: the
        if t is not None:                 # packets after it don't depend on earlier
            self.done[key] = t            # shards
        OrderedDict.__delitem__(self, key)


class _State(dict):  # type: ignore[type-arg]
    """The printer state of a speculative printing.  It notes the keys read before
    the shard wrote them (``missed``: state that would have come from earlier
    shards), and the packets that read state other than the TCP table which an
    earlier packet left (``others``: such a packet can't be printed again alone)."""

    def __init__(self) -> None:
        super().__init__()
        self.missed: set[str] = set()
        self.others: set[int] = set()
        self.written: dict[Any, int] = {}
        self.current = 0

    def _look(self, key: Any) -> bool:
        if not dict.__contains__(self, key):
            self.missed.add(key)
            return False
        if key not in _COMPOSABLE and self.written.get(key) != self.current:
            self.others.add(self.current)
        return True

    def get(self, key: Any, default: Any = None) -> Any:
        return dict.__getitem__(self, key) if self._look(key) else default

    def __getitem__(self, key: Any) -> Any:
        self._look(key)
        return dict.__getitem__(self, key)

    def __contains__(self, key: Any) -> bool:
        return self._look(key)

    def __setitem__(self, key: Any, value: Any) -> None:
        self.written[key] = self.current
        dict.__setitem__(self, key, value)

    def __delitem__(self, key: Any) -> None:
        self.written[key] = self.current
        dict.__delitem__(self, key)

    def pop(self, key: Any, *default: Any) -> Any:
        self._look(key)
        self.written[key] = self.current
        return dict.pop(self, key, *default)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        if not self._look(key):
            self.written[key] = self.current
        return dict.setdefault(self, key, default)


class _Text:
    """A text stream that keeps its pieces and its length (packet boundaries)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def write(self, s: str) -> int:
        self.parts.append(s)
        self.pos += len(s)
        return len(s)

    def flush(self) -> None:
        pass

    def getvalue(self) -> str:
        return "".join(self.parts)


#: at most this share of a shard's packets are printed again by the parent (more:
#: the shard is printed again by a worker)
FIX_SHARE = 0.25


def _attributes(obj: Any) -> list[str]:
    names = list(getattr(obj, "__dict__", {}))
    for cls in type(obj).__mro__:
        slots = cls.__dict__.get("__slots__", ())
        names.extend([slots] if isinstance(slots, str) else slots)
    return names


def _install_state(output: Any, state: dict[str, Any]) -> bool:
    """Make ``state`` the state of ``output``'s printer: wherever the printer, its text
    fast path and their cached contexts hold the state dict, put ``state``.  True
    only when nothing else still holds the old one (its reference count says so):
    then every lookup goes through ``state``."""
    import sys
    printer = output.printer
    old = printer.state
    holders = [printer, getattr(getattr(printer, "_fast", None), "__self__", None)]
    v = None
    for h in holders:
        if h is None:
            continue
        for name in _attributes(h):
            try:
                v = getattr(h, name)
            except AttributeError:
                continue
            if v is old:
                setattr(h, name, state)
            elif getattr(v, "state", None) is old:
                v.state = state            # a context made once and reused
    del v, holders
    return sys.getrefcount(old) <= 2       # ``old`` and getrefcount's argument


def _print_shard(shard: Any, initial: dict[str, Any] | None) -> tuple[Any, ...]:
    """(text, packets, the printer's final state, what a speculative run missed
    (``(state keys, TCP connections)``; None: not speculative), what the parent needs
    to print the tainted packets again (None: too many, or not speculative), error).
    ``initial``: the exact printer state at the shard's start, or None: print
    speculatively from an empty one."""
    from array import array
    job = _JOB
    assert job is not None and job.render is not None
    stream = _Text()
    output = job.render(stream)
    state: dict[str, Any]
    table: _Table | None = None
    if initial is None:
        state = _State()
        table = _Table()
        dict.__setitem__(state, "tcp", table)
        if not _install_state(output, state):
            initial = {}               # can't watch the printer: report nothing exact
            table = None
    if initial is not None:
        output.batch = 1 << 30         # one write at the end
        state = output.printer.state   # shared with the fast path: changed in place
        state.clear()
        state.update(initial)
    packet = output.packet
    n = 0
    ends = array("q")
    error: BaseException | None = None
    try:
        for batch in _packets(shard):
            if table is None:
                for pkt in batch:
                    packet(pkt)
            else:
                mark = ends.append
                st = state
                for pkt in batch:
                    table.current = st.current = n  # type: ignore[attr-defined]
                    packet(pkt)
                    mark(stream.pos)
                    n += 1
                continue
            n += len(batch)
    except PcapError as exc:
        error = _portable(exc)
    output.flush()
    final = dict(state.items())
    missed = fix = None
    if table is not None:
        missed = (set(state.missed), set(table.missed))  # type: ignore[attr-defined]
        final["tcp"] = OrderedDict(table)
        touched = dict(table.done)
        touched.update(table.touched)
        others = state.others | table.multi  # type: ignore[attr-defined]
        fix = (ends, touched, set(table.touched), others)
    return stream.getvalue(), n, final, missed, fix, error


def _run_dump(shard: Any) -> Any:
    return _dump_shard(shard)


def _run_print(args: tuple[Any, dict[str, Any] | None]) -> Any:
    return _print_shard(*args)


# -- pcap without a walk: pieces whose starts are guessed, then verified ---------------------

#: records whose headers must look right for a guessed start
_CHAIN = 8
#: largest wire length believed when guessing a start
_MAX_WIRELEN = 1 << 30
#: largest piece of a file the record path cuts (a worker's result and a slot's size)
PIECE = 4 * 1024 * 1024
#: bytes a worker walks and filters at a time (the vectorized filter's arrays stay
#: in the CPU's caches)
_SCAN = 256 * 1024
#: how far past its end a piece's last view reaches (a longer record is walked alone)
_PAST = 4096

#: the shared result buffers the workers inherit (``fork`` only; else None: the
#: records come back pickled)
_SLOTS: list["_Slot"] | None = None


def _plausible(buf: Any, p: int, size: int, snap: int, one: int) -> bool:
    """Whether ``_CHAIN`` records (or the rest of the file) starting at ``p`` look like
    records: lengths within the snapshot length, a fraction below one second, times
    within a day of the first."""
    import struct
    unpack = struct.Struct("=iiII").unpack_from
    sec0 = None
    for _ in range(_CHAIN):
        if p == size:
            return True
        if p + 16 > size:
            return False
        sec, frac, cl, wl = unpack(buf, p)
        if not (0 <= frac < one and cl <= snap and cl <= wl <= _MAX_WIRELEN):
            return False
        if sec0 is None:
            sec0 = sec
        elif abs(sec - sec0) > 86400:
            return False
        p += 16 + cl
    return True


def _record_filter(job: Job) -> Any:
    """The filter as the record path runs it (None: keep all), made once per job (the
    parent makes it before the workers fork, so they inherit it)."""
    if job.programs is None:
        return None
    rf = job.rfilter
    if rf is None:
        from .bpf import Program
        from .savefile._records import RecordFilter
        insns = job.same if job.same is not None else job.programs[job.linktype]
        rf = job.rfilter = RecordFilter(Program(insns))
    return rf


def _scan(buf: Any, start: int, hi: int, caplimit: int, flt: Any, parts: list[Any]
          ) -> tuple[int, int, bool]:
    """The records of ``buf`` (the file's bytes) from ``start`` to the first record
    boundary at or after ``hi``, taken as ``--jobs 1`` takes them: ``walk`` (plain
    records: whole, ``caplen <= caplimit``), then ``take_records`` (the vectorized
    filter), ``_SCAN`` bytes at a time; the kept runs are appended to ``parts``.
    Returns ``(kept, stop, odd)``: ``stop`` is where reading stopped; ``odd``
    means the record there is one the record path leaves to the careful path (not
    plain, cut by the end of the file or by the filter)."""
    from bisect import bisect_left
    from .bpf import vector
    from .savefile._records import chain_records, record_end, take_records, walk
    mv = memoryview(buf)
    size = len(mv)
    pos = start
    n = 0
    # (numpy is there when the filter is vectorized: its walk too)
    walker: Any = chain_records if vector.loaded() else walk
    while pos < hi and pos < size:
        # not far past hi: the walk goes to the end of the view
        top = min(pos + _SCAN, size, hi + _PAST)
        view: Any = mv[:top]
        offs = walker(view, pos, 1 << 62, caplimit)
        if not len(offs) and top < size:      # one record longer than the view
            view = mv[:min(pos + 16 + caplimit, size)]
            offs = walker(view, pos, 1 << 62, caplimit)
        if not len(offs):
            return n, pos, True
        if isinstance(offs, list):
            del offs[bisect_left(offs, hi):]   # offs[0] = pos < hi stays
        else:
            offs = offs[:int(offs.searchsorted(hi))]
        got, k, end = take_records(view, offs, flt, -1)
        parts.extend(got)
        n += k
        if end != record_end(view, int(offs[-1])):
            return n, end, True            # a record the filter cuts
        pos = end
    return n, pos, False


def _piece(args: tuple[Any, ...]) -> tuple[Any, ...]:
    """Worker: the kept records among the pcap records from ``start`` (None: the first
    position at or after ``lo`` that looks like a record start) to the first record
    boundary at or after ``hi``, read as ``--jobs 1`` reads them (:func:`_scan`).
    Returns ``(blob, size, n, start, stop, odd)``: the records are in shared slot
    ``slot`` (``blob`` None) or in ``blob``, ``size`` bytes, ``n`` of them; ``stop``:
    where reading stopped; ``odd``: at a record for the careful path.  ``()`` when no
    start could be guessed."""
    import mmap
    path, start, lo, hi, caplimit, slot = args
    job = _JOB
    assert job is not None
    one = 1_000_000_000 if job.nanosecond else 1_000_000
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size < 24:
            return ()
        buf = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    if start is None:
        # a piece with no record start of its own gets none (the parent then
        # reads it from where the piece before stopped: nothing)
        top = min(lo + caplimit + 17, size, hi)
        start = next((q for q in range(lo, top) if _plausible(buf, q, size, caplimit, one)),
                     -1)
        if start < 0:
            return ()
    parts: list[Any] = []
    n, stop, odd = _scan(buf, start, hi, caplimit, _record_filter(job), parts)
    total = sum(map(len, parts))
    blob: bytes | None = None
    slots = _SLOTS
    if slot is not None and slots is not None and total <= slots[slot].size:
        slots[slot].fill(parts)
    else:
        blob = b"".join(parts)
    return blob, total, n, start, stop, odd


#: buffers one ``pwritev`` takes at most (the system's IOV_MAX)
_IOV = 1024


class _Slot:
    """A buffer shared by the parent and the workers it forks (made before the fork):
    a worker leaves a piece's records in it (``pwritev`` from the file's pages, no
    copy through a pipe), the parent writes them out from its map."""

    def __init__(self, size: int) -> None:
        import mmap
        self.size = size
        self.fd = -1
        try:
            self.fd = os.memfd_create("purepcap-piece", os.MFD_CLOEXEC)
            os.ftruncate(self.fd, size)
            self.map = mmap.mmap(self.fd, size)
        except (AttributeError, OSError):        # no memfd: an anonymous shared map
            if self.fd >= 0:
                os.close(self.fd)
            self.fd = -1
            self.map = mmap.mmap(-1, size)

    def fill(self, parts: list[Any]) -> None:
        """Put ``parts`` (at most ``size`` bytes in all) one after another at the start."""
        at = 0
        for i in range(0, len(parts), _IOV):
            some = parts[i:i + _IOV]
            want = sum(map(len, some))
            if self.fd < 0 or os.pwritev(self.fd, some, at) != want:
                view = memoryview(self.map)
                p = at
                for b in some:
                    view[p:p + len(b)] = b
                    p += len(b)
                view.release()
            at += want

    def close(self) -> None:
        self.map.close()
        if self.fd >= 0:
            os.close(self.fd)


def _copyable(cap: Any, dest: Any) -> int | None:
    """The largest ``caplen`` the record path copies (``--jobs 1``'s: the snapshot
    length, at most the link type's maximum) when ``cap``'s file is read by the
    record path into ``dest`` (pcap in this host's byte order, 16-byte record
    headers, the output's link type and resolution), else None."""
    from .savefile._common import max_snaplen_for_dlt
    rd = getattr(getattr(cap, "backend", None), "reader", None)
    can = getattr(rd, "can_copy", None)
    if (rd is None or dest is None or not callable(can) or rd.format != "pcap"
            or rd.linktype != dest.linktype or not can(bool(dest.nanosecond))):
        return None
    return min(int(rd.snaplen), max_snaplen_for_dlt(rd.linktype))


def _dump_pieces(name: str, jobs: int, job: Job, caplimit: int, dest: Any, spec: Any,
                 optimize: bool, sink: Any, stop: Callable[[], bool]) -> int:
    """``dump`` for a file :func:`_copyable` accepts: pieces of at most ``PIECE`` bytes
    (at least 4 per worker), each worker guessing its piece's first record (no walk
    of the file before the work starts), reading it as ``--jobs 1`` does and leaving
    the kept records in a shared slot; the parent checks that each guess is where
    the piece before stopped (so every record is read once, in order, as by the
    sequential reader) and writes the slot.  A wrong guess is read again from the
    right place; from a record the careful path must take (damage, an odd record)
    on, the parent reads the rest of the file itself, as ``--jobs 1`` does."""
    global _SLOTS
    size = os.stat(name).st_size
    count = max(jobs * SHARDS_PER_JOB, -(-size // PIECE))
    count += -count % jobs           # as many for each worker
    span = max(size - 24, 0)
    cuts = sorted({24 + span * i // count for i in range(count)}) + [size]
    _import_numpy()                  # once, before the workers fork
    _use_job(job)
    _record_filter(job)
    target = _direct_target(dest)
    if target is not None:
        rc = _dump_direct(name, jobs, cuts, caplimit, dest, target, spec, optimize, sink,
                          stop)
        if rc is not None:
            return rc
    nslots = 2 * jobs + 1            # in flight, and the one being written
    slots = None
    if _context().get_start_method() == "fork":
        width = max((hi - lo for lo, hi in zip(cuts, cuts[1:])), default=0)
        slots = [_Slot(width + min(caplimit, 1 << 20) + 16) for _ in range(nslots)]
    pieces = [(name, 24 if i == 0 else None, lo, hi, caplimit,
               None if slots is None else i % nslots)
              for i, (lo, hi) in enumerate(zip(cuts, cuts[1:]))]
    expected = 24
    counter = getattr(sink, "counter", None)
    _SLOTS = slots
    results = run_shards(pieces, job, jobs, _piece, stop=stop)
    try:
        for piece, got, pool in results:
            if not got or got[3] != expected:
                # a wrong guess: again, from where the piece before stopped
                got = pool.apply(_piece, ((name, expected) + piece[2:],))
            if not got:                # the file is shorter than its header now
                got = (None, 0, 0, expected, expected, True)
            blob, total, n, _start, expected, odd = got
            if blob is not None or not total:
                _deliver(dest, blob or b"", n, None, None, 0, sink, counter)
            else:
                assert slots is not None
                with memoryview(slots[piece[5]].map) as whole, whole[:total] as data:
                    _deliver(dest, data, n, None, None, 0, sink, counter)
            if odd:
                results.close()      # the workers end before the parent reads on
                _dump_rest(name, expected, spec, optimize, dest, counter, stop)
                break
    finally:
        results.close()
        _SLOTS = None
        for slot in slots or ():
            slot.close()
    return -2 if stop.flag[0] else 0  # type: ignore[attr-defined]


#: write straight into the output file from the workers when it allows it (see
#: _dump_direct); False: always through the shared slots
DIRECT = True

#: bytes read past a piece's longest record for the guess of the next record start
_GUESS = 64 * 1024

# an entry of _dump_direct's table: state, start, stop, end, records, check
_ENTRY = struct.Struct("=qqqqqq")
_PENDING, _OK, _ODD, _FAIL = 0, 1, 2, 3
#: seconds a waiting worker sleeps between two looks at its parent
_WAKE = 0.05


def _forkable() -> bool:
    """Whether this process may ``fork`` workers that run Python: no other thread
    (one could hold a lock the child would wait for forever)."""
    return hasattr(os, "fork") and threading.active_count() == 1


def _direct_target(dest: Any) -> tuple[int, int] | None:
    """``(fd, offset)`` when ``dest``'s file can be written by forked workers with
    ``pwrite`` (:meth:`OutputFiles.positional`), else None."""
    if not DIRECT or not _forkable() or not hasattr(os, "pwritev"):
        return None
    where = getattr(dest, "positional", None)
    return where() if callable(where) else None


def _check(state: int, start: int, stop: int, end: int, n: int) -> int:
    return (state * 11 + start * 3 + stop * 5 + end * 7 + n * 13 + 1) & 0x7FFF_FFFF_FFFF_FFFF


def _post(table: Any, i: int, state: int, start: int, stop: int, end: int, n: int) -> None:
    """Publish entry ``i`` of the table (the result of piece ``i - 1``)."""
    _ENTRY.pack_into(table, 8 + _ENTRY.size * i, state, start, stop, end, n,
                     _check(state, start, stop, end, n))


def _entry(table: Any, i: int) -> tuple[int, int, int, int, int] | None:
    """Entry ``i`` when published (and read whole), else None."""
    state, start, stop, end, n, chk = _ENTRY.unpack_from(table, 8 + _ENTRY.size * i)
    if state == _PENDING or chk != _check(state, start, stop, end, n):
        return None
    return state, start, stop, end, n


def _pwrite_parts(fd: int, parts: list[Any], at: int) -> int:
    """Write ``parts`` one after another at offset ``at`` of ``fd``; the offset after."""
    from .savefile._writer import write_vectored
    where = [at]

    def write(some: list[Any]) -> int:
        n = os.pwritev(fd, some, where[0])
        where[0] += n
        return n
    return at + write_vectored(parts, write)


def _direct_worker(w: int, jobs: int, src: int, size: int, cuts: list[int], caplimit: int,
                   fd: int, table: Any, wake: list[tuple[int, int]], parent: int) -> None:
    """Worker ``w`` of :func:`_dump_direct`: pieces ``w``, ``w + jobs``, ...; each is read
    (from a guessed start) while the pieces before it are read, then, once the piece
    before has posted where it stopped and where its records end in the output,
    written there (read again first if the guess was not that stop), and posted.
    A piece's bytes are read from ``src`` into one buffer, reused (scanning a map
    of the whole file cost more)."""
    import select
    _worker_signals()
    job = _JOB
    assert job is not None
    flt = _record_filter(job)
    one = 1_000_000_000 if job.nanosecond else 1_000_000
    count = len(cuts) - 1
    rd = wake[w][0]
    # a piece, and the longest record that starts in it (the walk never reads past
    # that), and some more for the guess's look at the records after it
    reach = 16 + caplimit + _GUESS
    width = max((cuts[i + 1] - cuts[i] for i in range(w, count, jobs)), default=0) + reach
    space = memoryview(bytearray(width))
    for i in range(w, count, jobs):
        nxt = wake[(i + 1) % jobs][1]
        try:
            lo, hi = cuts[i], cuts[i + 1]
            want = min(size, hi + reach) - lo
            got_bytes = os.preadv(src, [space[:want]], lo)
            buf = space[:got_bytes]
            end_of_file = lo + got_bytes >= size
            if got_bytes < want and not end_of_file:
                raise OSError("short read")
            rel_hi = hi - lo
            if i == 0:
                start = 24 - lo
            else:
                top = min(caplimit + 17, got_bytes, rel_hi)
                start = next((q for q in range(0, top)
                              if _plausible(buf, q, got_bytes, caplimit, one)), -1)
            parts: list[Any] = []
            got = _scan(buf, start, rel_hi, caplimit, flt, parts) if start >= 0 else None
            while True:                            # the piece before
                if table[0]:
                    return                         # the parent ends the work
                prev = _entry(table, i)
                if prev is not None:
                    break
                if select.select([rd], [], [], _WAKE)[0]:
                    os.read(rd, 4096)
                elif os.getppid() != parent:
                    return                         # the parent is gone
            state, _s, pstop, pend, _n = prev
            if state != _OK:                      # an odd record or a failure before:
                _post(table, i + 1, state, pstop, pstop, pend, 0)     # passed on
            else:
                if start + lo != pstop:           # a wrong guess: from the right place
                    parts = []
                    got = (_scan(buf, pstop - lo, rel_hi, caplimit, flt, parts)
                           if pstop < hi else (0, pstop - lo, False))
                assert got is not None
                n, stop, odd = got
                end = _pwrite_parts(fd, parts, pend)
                del parts
                _post(table, i + 1, _ODD if odd else _OK, pstop, stop + lo, end, n)
        except BaseException:
            # the parent reads on from the last piece posted before, as --jobs 1 does
            _post(table, i + 1, _FAIL, 0, 0, 0, 0)
        try:
            os.write(nxt, b"\0")
        except OSError:
            pass


def _dump_direct(name: str, jobs: int, cuts: list[int], caplimit: int, dest: Any,
                 target: tuple[int, int], spec: Any, optimize: bool, sink: Any,
                 stop: Callable[[], bool]) -> int | None:
    """:func:`_dump_pieces` into a regular file: ``jobs`` forked workers take the
    pieces in turn and ``pwrite`` each piece's kept records where the piece before
    ended, which it
    posts in a shared table with where its reading stopped.  A piece whose guessed
    start is not that stop is read again from it, so the records are the
    sequential reading's, each once.  The output file only ever holds whole pieces
    in order plus, after a worker died, part of one (cut off).  From an odd record
    (or a failed or missing piece) on, the parent reads the rest itself, as
    ``--jobs 1`` does; after ``breakloop()`` it ends the workers between pieces.
    None when the file changed size since it was cut (the caller goes on)."""
    import mmap
    import select
    fd, base = target
    count = len(cuts) - 1
    jobs = max(1, min(jobs, count))
    src = os.open(name, os.O_RDONLY | os.O_CLOEXEC)
    size = os.fstat(src).st_size
    if size != cuts[-1] or size < 24:
        os.close(src)
        return None
    table = mmap.mmap(-1, 8 + _ENTRY.size * (count + 1))
    _post(table, 0, _OK, 24, 24, base, 0)
    wake = [os.pipe() for _ in range(jobs)]
    for _r, wr in wake:
        os.set_blocking(wr, False)     # (a full pipe wakes its reader already)
    done_r, done_w = os.pipe()
    parent = os.getpid()
    live: list[int] = []
    lost = stopped = False

    def end_work() -> None:
        table[0] = 1
        for _r, wr in wake:
            try:
                os.write(wr, b"\0")
            except OSError:
                pass
    import gc
    # what the parent made so far goes to the collector's permanent generation: a
    # collection in a worker would otherwise touch (and so copy) the parent's pages
    gc.freeze()
    try:
        try:
            for w in range(jobs):
                pid = os.fork()
                if pid == 0:               # the worker: never back into the caller
                    code = 1
                    try:
                        os.close(done_r)
                        _direct_worker(w, jobs, src, size, cuts, caplimit, fd, table, wake,
                                       parent)
                        code = 0
                    finally:
                        os._exit(code)
                live.append(pid)
        except OSError:
            lost = True                    # fewer workers: the parent reads on
            end_work()
        finally:
            gc.unfreeze()
        os.close(done_w)
        done_w = -1
        while live:
            # (the pipe ends when every worker has ended)
            ended = bool(select.select([done_r], [], [], 0.01)[0])
            for pid in list(live):
                gone, status = os.waitpid(pid, 0 if ended else os.WNOHANG)
                if gone:
                    live.remove(pid)
                    if status != 0:
                        lost = True
            if (lost or stop()) and not table[0]:
                stopped = not lost
                end_work()
    finally:
        if live:                           # an exception here: the workers end too
            end_work()
            for pid in live:
                os.waitpid(pid, 0)
        for r, wr in wake:
            os.close(r)
            os.close(wr)
        os.close(done_r)
        if done_w >= 0:
            os.close(done_w)
        os.close(src)
    records = 0
    end, at, odd = base, 24, False
    complete = True
    for i in range(1, count + 1):
        got = _entry(table, i)
        if got is None or got[0] == _FAIL:
            complete = False
            break
        state, _s, at, end, n = got
        records += n
        if state == _ODD:
            odd = True
            break
    table.close()
    dest.positioned(end, records)
    counter = getattr(sink, "counter", None)
    if counter is not None:
        counter.n += records
    if stopped or stop():
        return -2
    if odd or not complete:
        _dump_rest(name, at, spec, optimize, dest, counter, stop)
    return -2 if stop.flag[0] else 0  # type: ignore[attr-defined]


def _import_numpy() -> None:
    """Import numpy (for the vectorized filter) with one BLAS thread before the
    workers fork (see :data:`purepcap.bpf.vector.ONE_BLAS_THREAD`)."""
    from .bpf import vector
    vector.ONE_BLAS_THREAD = True
    vector.available()


#: the variables BLAS libraries read for their thread count


#: packets the parent dumps between two looks at ``breakloop()`` (see _dump_rest)
_REST_BATCH = 65536


def _dump_rest(name: str, start: int, spec: Any, optimize: bool, dest: Any, counter: Any,
               stop: Callable[[], bool]) -> None:
    """The records of ``name`` from the record boundary ``start`` on, dumped by the
    sequential path (``Capture.dump`` on a shard of the file: its careful reading,
    its errors, with file offsets)."""
    import dataclasses
    from .capture import open_offline
    from .savefile import shards
    rest = dataclasses.replace(shards(name, n=1)[0], start=start)
    cap = open_offline(rest)
    try:
        if spec is not None:
            cap.setfilter(spec, optimize=optimize, netmask=0)
        while not stop():
            before = dest.packets
            n = cap.dump(dest, _REST_BATCH)
            dest.packets = before + n      # records included, as _deliver counts
            if counter is not None:
                counter.n += n
            if n < _REST_BATCH:
                break
    finally:
        cap.close()


def _deliver(dest: Any, blob: Any, n: int, tail: Any, error: BaseException | None,
             written: int, sink: Any, counter: Any) -> None:
    """Write a worker's records (and replay its tail packet, raise its error)."""
    from .errors import LinkTypeError
    if dest is not None and blob:
        dest.write_records(blob)
        dest.packets += n
    if counter is not None:
        counter.n += n
    if tail is not None:
        try:
            _replay(dest, tail, written + n, sink is None)
        except LinkTypeError:
            if sink is None:       # as _dump_to: no header-only file
                dest.discard_if_empty()
            raise
    if error is not None:
        raise error


# -- the parent -----------------------------------------------------------------------------

def shard_plan(path: str, jobs: int, largest: int = MAX_SHARD) -> list[Any]:
    """The shards of ``path`` for ``jobs`` workers: about ``size / (4 jobs)`` bytes
    each, at most ``largest``."""
    from .savefile import shards
    size = os.stat(path).st_size
    n = max(jobs * SHARDS_PER_JOB, -(-size // largest))
    return shards(path, n=n)


def _context() -> Any:
    import multiprocessing           # (not for _dump_direct: 7 ms of start-up)
    method = "fork" if threading.active_count() == 1 else "forkserver"
    try:
        return multiprocessing.get_context(method)
    except ValueError:
        return multiprocessing.get_context("spawn")


def run_shards(shards: Sequence[Any], job: Job, jobs: int, task: Callable[[Any], Any],
               args: Callable[[Any], Any] = lambda s: s,
               stop: Callable[[], bool] = lambda: False
               ) -> Generator[tuple[Any, Any, Any], None, None]:
    """Run ``task(args(shard))`` for every shard in ``jobs`` workers; yield
    ``(shard, result, pool)`` in file order, at most ``2 jobs`` shards in flight.
    ``stop()`` is asked between shards (True: end early).  The pool is passed on
    so the caller can submit a further task."""
    import gc
    ctx = _context()
    gc.freeze()                      # (as in _dump_direct: no copies of the parent's pages)
    try:
        pool = ctx.Pool(min(jobs, max(1, len(shards))), initializer=_init_worker,
                        initargs=(job,))
    finally:
        gc.unfreeze()
    flight: deque[tuple[Any, Any]] = deque()
    try:
        todo = iter(shards)

        def submit() -> None:
            for s in todo:
                flight.append((s, pool.apply_async(task, (args(s),))))
                return

        for _ in range(2 * jobs):
            submit()
        while flight:
            if stop():
                return
            s, res = flight.popleft()
            result = res.get()
            submit()
            yield s, result, pool
        pool.close()
        pool.join()
    finally:
        # ended early: let the tasks in flight finish first (for at most _DRAIN
        # seconds).  Pool.terminate() can hang for good when it kills a worker that
        # is sending a result (the worker dies holding the result queue's lock).
        deadline = time.monotonic() + _DRAIN
        for _s, res in flight:
            res.wait(max(0.0, deadline - time.monotonic()))
        pool.terminate()


#: seconds an early end waits for the tasks in flight (see run_shards)
_DRAIN = 2.0


def _eligible_file(name: str) -> bool:
    if name == "-":
        return False
    try:
        return stat.S_ISREG(os.stat(name).st_mode)
    except OSError:
        return False


def _programs(cap: Any, spec: Any, optimize: bool, shards: Sequence[Any]
              ) -> tuple[dict[int, Any] | None, tuple[Any, ...] | None, Any]:
    """The filter for the workers: (link type -> instructions, compile arguments for
    other link types, one program for all)."""
    if spec is None:
        return None, None, None
    if not isinstance(spec, str):
        return {}, None, tuple(tuple(i) for i in spec.insns)
    from .filter import compile as compile_filter
    snaplen = cap.snapshot()
    lts = {cap.datalink()}
    for s in shards:
        lts.update(i[0] for i in s.interfaces)
    programs: dict[int, Any] = {}
    for lt in sorted(lts):
        try:
            prog = compile_filter(spec, linktype=lt, snaplen=snaplen, optimize=optimize,
                                  netmask=0)
        except PcapError:
            if lt == cap.datalink():
                raise
            continue           # raised by the worker, at the first packet of that type
        programs[lt] = tuple(tuple(i) for i in prog.insns)
    return programs, (spec, snaplen, optimize, 0), None


def _stopped(cap: Any) -> Callable[[], bool]:
    flag = [False]

    def stop() -> bool:
        if not flag[0] and cap.take_break():
            flag[0] = True
        return flag[0]
    stop.flag = flag  # type: ignore[attr-defined]
    return stop


def dump(args: Any, name: str, cap: Any, dest: Any, spec: Any, limit: int,
         sink: Any = None) -> int | None:
    """``-r FILE -w OUT`` (or ``--count``) with ``--jobs N``: write the kept packets of
    ``cap``'s file into ``dest`` (an ``OutputFiles``; None: count them).  Returns the
    loop status (0, or -2 after ``breakloop()``), or None when the single-process
    path must run (see the module's text).  ``sink``: the CLI's sink (packet counter)."""
    jobs = getattr(args, "jobs", 1) or 1
    if jobs < 2 or limit > 0 or not _eligible_file(name):
        return None
    if dest is not None and (not getattr(dest, "accepts_records", False)
                             or getattr(dest, "flush_each", False)):
        return None
    mode = "count" if dest is None else "dump"
    snap = _copyable(cap, dest) if mode == "dump" else None
    # a pcap file has one link type: no walk needed to know which
    shards = [] if snap is not None else shard_plan(name, jobs)
    programs, cargs, same = _programs(cap, spec, not args.no_optimize, shards)
    job = Job(mode, programs, cargs, same, linktype=dest.linktype if dest is not None else -1,
              nanosecond=bool(getattr(dest, "nanosecond", False)))
    stop = _stopped(cap)
    if snap is not None:
        return _dump_pieces(name, jobs, job, snap, dest, spec, not args.no_optimize, sink,
                            stop)
    counter = getattr(sink, "counter", None)
    written = 0
    for _s, (blob, n, tail, error), _pool in run_shards(shards, job, jobs, _run_dump,
                                                        stop=stop):
        _deliver(dest, blob, n, tail, error, written, sink, counter)
        written += n
    return -2 if stop.flag[0] else 0  # type: ignore[attr-defined]


def _replay(dest: Any, pkt: Any, written: int, dumping: bool) -> None:
    """Hand the packet a worker could not encode to the writer, as the sequential path
    does (``Capture.dump``'s link-type check, then ``write``): it raises."""
    from .errors import LinkTypeError
    if dumping and pkt.linktype != dest.linktype:
        from .capture import _mismatch
        raise LinkTypeError(_mismatch(written + 1, pkt.linktype, dest, dest.linktype))
    dest.write(pkt)
    raise PcapError(f"packet {written + 1} could not be written")  # pragma: no cover


def loop(args: Any, name: str, cap: Any, sink: Any, spec: Any, limit: int) -> int | None:
    """The CLI sink's loop (print, write without the fast path, or count) over
    ``cap``'s file with ``--jobs N``; the loop status, or None for the single path."""
    jobs = getattr(args, "jobs", 1) or 1
    if jobs < 2:
        return None
    if sink.output is None:
        return dump(args, name, cap, sink.writer, spec, limit, sink)
    if (sink.writer is not None or limit > 0 or not _eligible_file(name)
            or args.tflag in (3, 5) or getattr(args, "number", False)
            or getattr(args, "line_buffered", False)):
        return None
    return _print(args, name, cap, sink, spec, jobs)


#: printer state keys a speculative printing can be composed with (see the module's
#: text): the TCP table, and the ICMP nesting depth (back to 0 after each packet)
_COMPOSABLE = frozenset({"tcp", "icmp.depth"})


def _compose(prior: dict[str, Any], final: dict[str, Any], missed: Any,
             max_flows: int) -> dict[str, Any] | None:
    """The exact printer state after a shard printed speculatively (from an empty
    state) whose final state is ``final``, given the exact state ``prior`` before it;
    None when the speculative text may differ from the exact one."""
    if missed is None:
        return None
    keys, conns = missed
    if any(k in keys for k in prior if k not in _COMPOSABLE):
        return None                  # the shard read state of earlier shards
    table = prior.get("tcp") or {}
    shard = final.get("tcp") or {}
    if not conns.isdisjoint(table) or len(shard) >= max_flows or \
            len(table) + sum(1 for k in shard if k not in table) >= max_flows:
        return None
    tcp = OrderedDict((k, v) for k, v in table.items() if k not in shard)
    tcp.update(shard)
    out = dict(prior)
    out.update(final)
    out["tcp"] = tcp
    return out


def _fix(prior: dict[str, Any], text: str, final: dict[str, Any], missed: Any, fix: Any,
         shard: Any, n: int, render: Callable[[Any], Any], max_flows: int
         ) -> tuple[str, dict[str, Any]] | None:
    """A speculative shard's text and final state made exact by printing again, here,
    the packets whose TCP numbers came from connections already in the table of the
    shards before (those that cross the shard's start: few); None if that is not
    enough (then the whole shard is printed again)."""
    if missed is None or fix is None:
        return None
    keys, conns = missed
    if any(k in keys for k in prior if k not in _COMPOSABLE):
        return None
    table = prior.get("tcp") or {}
    shard_tcp = final.get("tcp") or {}
    if len(shard_tcp) >= max_flows or \
            len(table) + sum(1 for k in shard_tcp if k not in table) >= max_flows:
        return None
    ends, touched, suspect, others = fix
    wrong = [k for k in conns if k in table]
    marked: set[int] = set()
    for k in wrong:
        marked.update(touched.get(k, ()))
    if len(marked) > FIX_SHARE * max(n, 1) or not others.isdisjoint(marked):
        return None
    tainted = sorted(marked)
    packets = _some_packets(shard, tainted)
    if packets is None:
        return None
    again = _Text()
    output = render(again)
    output.printer.state["tcp"] = OrderedDict(table)
    pieces = []
    prev = 0
    for i, pkt in zip(tainted, packets):
        pieces.append(text[prev:ends[i - 1] if i else 0])
        mark = len(again.parts)
        output.packet(pkt)
        output.flush()
        pieces.append("".join(again.parts[mark:]))
        prev = ends[i]
    pieces.append(text[prev:])
    exact_tcp = output.printer.state["tcp"]
    tcp = OrderedDict((k, v) for k, v in table.items() if k not in shard_tcp)
    for k, v in shard_tcp.items():
        # still suspect at the end and in the table before: the exact entry is the
        # one the packets printed again left
        tcp[k] = exact_tcp[k] if k in suspect and k in table else v
    out = dict(prior)
    out.update(final)
    out["tcp"] = tcp
    return "".join(pieces), out


def _some_packets(shard: Any, indexes: list[int]) -> list[Any] | None:
    """The kept packets of ``shard`` at ``indexes`` (sorted), read again here."""
    want = iter(indexes)
    nxt = next(want, None)
    out = []
    i = 0
    try:
        for batch in _packets(shard):
            if nxt is None:
                break
            for pkt in batch:
                if i == nxt:
                    out.append(pkt)
                    nxt = next(want, None)
                    if nxt is None:
                        break
                i += 1
    except PcapError:
        pass
    return out if len(out) == len(indexes) else None


def _print(args: Any, name: str, cap: Any, sink: Any, spec: Any, jobs: int) -> int:
    from functools import partial
    from .printer.tcp import MAX_FLOWS
    output = sink.output
    # text is bigger and slower to make than records: smaller shards, so the
    # first lines come soon (``| head``) and a shard printed twice costs less
    shards = shard_plan(name, jobs, PRINT_SHARD)
    programs, cargs, same = _programs(cap, spec, not args.no_optimize, shards)
    render: Callable[[Any], Any] = partial(output.__class__, output.args, output.dlt,
                                           output.opts.snaplen)
    job = Job("print", programs, cargs, same, render=render)
    output.flush()
    out = sink.out
    stop = _stopped(cap)
    _use_job(job)                    # the parent reads shards again (see _fix)
    pstate = output.printer.state
    state = dict(pstate)
    try:
        for s, result, pool in run_shards(shards, job, jobs, _run_print,
                                          args=lambda s: (s, None), stop=stop):
            text, n, final, missed, fix, error = result
            exact = _compose(state, final, missed, MAX_FLOWS)
            if exact is None:
                fixed = _fix(state, text, final, missed, fix, s, n, render, MAX_FLOWS)
                if fixed is not None:
                    text, exact = fixed
            if exact is None:
                # the shard's text depends on the packets before it: again, exactly
                text, n, exact, _m, _f, error = pool.apply(_run_print, ((s, state),))
            state = exact
            if text:
                out.write(text)
            output.count += n
            sink.counter.n += n
            if error is not None:
                raise error
    finally:
        pstate.clear()
        pstate.update(state)
        if not isinstance(pstate.get("tcp", OrderedDict()), OrderedDict):
            pstate["tcp"] = OrderedDict(pstate["tcp"])
    out.flush()
    return -2 if stop.flag[0] else 0  # type: ignore[attr-defined]
