"""Shards: byte ranges of one capture file that can be read independently.

:func:`shards` cuts a pcap or pcapng file into pieces (``n`` of them, or
pieces of about ``size`` bytes); :func:`open_shard` (and
``purepcap.open_offline(shard)``) reads one.  Reading the shards of a file one
after the other yields exactly the packets of the sequential reading, in the
same order, byte for byte: each shard reads the records that *start* inside
``[start, end)``.

Rule 1: a cut is only made where it is certain to be a record boundary.
Where that can't be shown (damage, a pcapng section that can't be replayed),
the cut is dropped and the shard merged into its neighbour.  Shards made
by :func:`shards` are ``exact``: ``start`` and ``end`` are record (block)
boundaries, and the reader checks it: the records of a shard must end
exactly at ``end``, otherwise it raises :class:`~purepcap.SavefileError`
(it never reads a packet twice or skips one silently).

How a cut point ``c`` is validated
----------------------------------

:func:`shards` moves each nominal cut point to the first record (pcapng:
block) boundary at or after it, found by walking the headers from the start
of the file: it reads each record header (16 bytes; pcapng: type, length
and the trailing length) through ``mmap`` and hops over the data, applying
the reader's own framing checks, at about 0.7 us per record (500,000
records, 386 MB: 0.35 s, against 4.1 s to read the packets), touching only
the pages that hold headers when packets are large.  Where the walk meets
damage (a length the reader refuses, a record past the end of the file)
it stops: no cut after it, so the damage is read by the last shard.

Why not resynchronise from the cut point?  It was built and measured
(issue 12 note): a position is a candidate when its record header passes
the reader's checks; the cut is certain when the chains (``p``, ``p + 16 +
caplen``, ...) of all candidates in the window of one maximum record before
the cut meet at one position.  That is sound, but in the common case
``caplen == wirelen`` the chain shifted by 4 bytes (sec' = usec, caplen' =
the true wirelen) is valid record after record up to the last one, where it
overshoots the end of the file by 4 bytes: no window short of the end of the
file tells the two apart (on ``arp-oobr.pcap``, 172 KB, the first ten cut
points of ``n=64`` were all ambiguous with a 64 KiB horizon; over the
corpus 24% of the cuts were dropped, none wrong), and following the chains
to the end costs more than the walk.  pcapng has the same problem for its state: an
Interface Description Block or a new section may come anywhere, and one
inside a packet can't be told from a real one without the block chain.  So
cuts are validated by the walk, and the shard carries the section header
and interface blocks in force at its start, replayed before its first block,
so its packets decode exactly as in the sequential reading.

A shard built by hand (``exact=False``, the default of the dataclass) is
resolved the same way when it is opened: its ``start`` and ``end`` move to
the first boundaries at or after them, found by the walk, and it reads the
records that start in its range (the last one may run past ``end``).  So
hand-made shards that tile a file also read every packet once, whatever the
payloads hold; each costs a walk from the start of the file.

Broken files: errors raised when the header is read are raised by
:func:`shards` itself; damage later in the file is raised by the shard that
holds it, after the packets before it, as the sequential reader does.
"""

from __future__ import annotations

import mmap
import os
import re
import struct
from dataclasses import dataclass
from typing import IO, Any, Callable

from ..errors import PcapError, SavefileError, SavefileTruncated
from ._common import ByteOrder, Reader, _Input, max_snaplen_for_dlt
from .pcap import PCAP_MAGICS, PcapReader
from .pcapng import PcapNgReader, _bom_order

__all__ = ["Shard", "shards", "open_shard"]

#: default shard size
DEFAULT_SIZE = 64 * 1024 * 1024


@dataclass(frozen=True)
class Shard:
    """A byte range of a capture file and what a reader needs to start there.

    ``start``/``end``: the range (the shard reads the records starting in
    it); ``format``: ``"pcap"`` or ``"pcapng"``; ``byteorder``, ``linktype``,
    ``snaplen``, ``tsresol`` (units per second): of the file (pcap) or of the
    section and its first interface in force at ``start`` (pcapng);
    ``interfaces``: ``(linktype, snaplen, tsresol)`` of every interface in
    force at ``start``; ``header``: the bytes replayed before the range (pcap:
    the file header; pcapng: the section header block and interface blocks
    in force); ``index``/``count``: place among the file's shards;
    ``exact``: ``start`` and ``end`` are verified record boundaries.
    """

    path: str
    start: int
    end: int
    format: str
    byteorder: str
    linktype: int
    snaplen: int
    tsresol: int
    interfaces: tuple[tuple[int, int, int], ...] = ()
    header: bytes = b""
    index: int = 0
    count: int = 1
    exact: bool = False

    def __repr__(self) -> str:
        return (f"Shard({self.path!r}, {self.start}..{self.end}, {self.format}, "
                f"{self.index + 1}/{self.count}{'' if self.exact else ', inexact'})")


# -- public API ---------------------------------------------------------------------------

def shards(path: str | os.PathLike[str], n: int | None = None,
           size: int | str | None = None) -> list[Shard]:
    """Split a capture file into shards: ``n`` pieces, or pieces of about ``size``
    bytes (an int, or a string such as ``"64MiB"``); 64 MiB pieces by default.

    Fewer shards than asked come back where cut points could not be shown to
    be record boundaries (and never more than there are records).

    Raises:
        TypeError: ``path`` is not a path, ``n``/``size`` not integers.
        SavefileError: the file can't be opened or its header is bad (the
            error :func:`~purepcap.savefile.open_reader` raises).
    """
    if n is not None and size is not None:
        raise TypeError("shards(): give n or size, not both")
    if n is not None and (not isinstance(n, int) or isinstance(n, bool) or n < 1):
        raise TypeError(f"shards(): n must be a positive int, not {n!r}")
    step = parse_size(size) if size is not None else None
    spath = _path(path)
    return _split(spath, lambda lo, hi: _nominal(lo, hi, n, step))


def _split(spath: str, cut_points: Callable[[int, int], list[int]],
           strict: bool = False) -> list[Shard]:
    """Exact shards of ``spath`` at the first boundaries at or after the cut points
    ``cut_points(first data offset, file size)`` returns (sorted)."""
    from . import open_reader
    with open_reader(spath) as rd:  # header errors exactly as the sequential reader's
        fmt = rd.format
        order, linktype, snaplen = rd.byteorder, rd.linktype, rd.snaplen
        ifs = tuple((i.linktype, i.snaplen, i.tsresol) for i in rd.interfaces)
        hsize = getattr(rd, "_hsize", 16)
        lenswap = getattr(rd, "_lenswap", 0)
        maxcap = getattr(rd, "_maxcap", max_snaplen_for_dlt(linktype))
    try:
        f = open(spath, "rb")
    except OSError as exc:
        raise SavefileError(f"{spath}: {exc.strerror or exc}") from None
    with f:
        fsize = os.fstat(f.fileno()).st_size
        data: Any
        try:
            data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            data = f.read()
        try:
            if fmt == "pcap":
                header = bytes(data[:24])
                cuts = cut_points(24, fsize)
                bounds = _PcapCutter(data, fsize, header, hsize, lenswap, maxcap).cut(cuts)
                out = [Shard(spath, a, b, "pcap", order, linktype, snaplen, ifs[0][2], ifs,
                             header) for a, b in zip([24] + bounds, bounds + [fsize])]
            else:
                out = _pcapng_shards(spath, data, fsize, cut_points(0, fsize), (order, ifs),
                                     strict)
        finally:
            if isinstance(data, mmap.mmap):
                data.close()
    count = len(out)
    return [Shard(s.path, s.start, s.end, s.format, s.byteorder, s.linktype, s.snaplen,
                  s.tsresol, s.interfaces, s.header, i, count, True) for i, s in enumerate(out)]


def open_shard(shard: Shard) -> Reader:
    """A reader (:class:`PcapReader` or :class:`PcapNgReader`) of the records of ``shard``.

    Error offsets are offsets in the file.  An exact shard whose last record
    does not end at ``shard.end`` raises :class:`~purepcap.SavefileError`.
    """
    if not isinstance(shard, Shard):
        raise TypeError(f"open_shard() takes a Shard, not {type(shard).__name__}")
    path = shard.path
    try:
        f = open(path, "rb")
    except OSError as exc:
        raise SavefileError(f"{path}: {exc.strerror or exc}") from None
    try:
        fsize = os.fstat(f.fileno()).st_size
        if not shard.exact:
            shard = _resolve_inexact(shard)
        start, end = shard.start, min(shard.end, fsize)
        if start >= end:
            f.close()
            return _empty_reader(shard)
        prefix = shard.header
        stream = _RangeStream(f, path, prefix, start, end)
        inp = _Input(stream)
        try:
            if shard.format == "pcap":
                if prefix[:4] not in PCAP_MAGICS:
                    raise SavefileError("shard header is not a pcap file header", 0)
                rd: Reader = PcapReader(inp, prefix[:4])
            elif shard.format == "pcapng":
                rd = PcapNgReader(inp)  # its own header (first shard) or the replayed one
            else:
                raise SavefileError(f"unknown shard format {shard.format!r}", 0)
        except BaseException:
            inp.close()
            raise
        # the header is parsed: from here on the reader's offsets are file offsets
        inp.base += start - len(prefix)
        if shard.exact and end < fsize:
            _check_landing(rd, shard)
        return rd
    except BaseException:
        f.close()
        raise


def _empty_reader(shard: Shard) -> Reader:
    """A reader with the file's header attributes and no packets (no record starts
    in the shard)."""
    from . import open_reader
    rd = open_reader(shard.path)

    def _parse(limit: int, out: list[Any]) -> None:
        return None

    rd._parse = _parse  # type: ignore[method-assign]
    return rd


def _check_landing(rd: Reader, shard: Shard) -> None:
    """Report a record running past the end of an exact, non-last shard as a bad
    boundary (the sequential reading would go on)."""
    parse = rd._parse

    def _parse(limit: int, out: list[Any]) -> None:
        try:
            parse(limit, out)
        except SavefileTruncated as exc:
            raise SavefileError(f"{shard.path}: a record runs past the end of shard "
                                f"{shard.start}..{shard.end}: its end is not a record "
                                f"boundary (file changed or damaged?)", exc.offset) from None

    rd._parse = _parse  # type: ignore[method-assign]


def parse_size(size: int | str) -> int:
    """``64 * 2**20``, ``"64MiB"``, ``"64MB"``, ``"500k"`` -> bytes (a positive int)."""
    if isinstance(size, bool) or not isinstance(size, (int, str)):
        raise TypeError(f"size must be an int or a string such as '64MiB', not {size!r}")
    if isinstance(size, str):
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgGtT]?)(i?)[bB]?\s*", size)
        if not m:
            raise TypeError(f"size {size!r} is not a size such as '64MiB'")
        num, unit, binary = m.groups()
        base = 1024 if binary or not unit else 1000
        mult = base ** " KMGT".index(unit.upper() or " ") if unit else 1
        size = int(float(num) * mult)
    if size < 1:
        raise TypeError(f"size must be positive, not {size}")
    return size


# -- helpers ------------------------------------------------------------------------------

def _path(path: Any) -> str:
    if isinstance(path, Shard):
        return path.path
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    elif isinstance(path, os.PathLike):
        path = os.fsdecode(os.fspath(path))
    if not isinstance(path, str):
        raise TypeError(f"shards() needs a file path, not {type(path).__name__}")
    if path == "-" or "\0" in path:
        raise SavefileError(f"{path!r}: shards need a regular file")
    return path


def _nominal(lo: int, hi: int, n: int | None, step: int | None) -> list[int]:
    if hi <= lo:
        return []
    if n is None:
        step = step or DEFAULT_SIZE
        return list(range(lo + step, hi, step))
    span = hi - lo
    return sorted({lo + span * i // n for i in range(1, n)} - {lo})


class _RangeStream:
    """``prefix`` then the file bytes ``[start, stop)``, as a binary stream."""

    def __init__(self, f: IO[bytes], name: str, prefix: bytes, start: int, stop: int) -> None:
        self._f = f
        self.name = name
        self._prefix = prefix
        self._ppos = 0
        self._pos = start
        self._stop = max(stop, start)

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = 1 << 62
        out = b""
        if self._ppos < len(self._prefix):
            out = self._prefix[self._ppos:self._ppos + n]
            self._ppos += len(out)
            n -= len(out)
        if n > 0 and self._pos < self._stop:
            want = min(n, self._stop - self._pos)
            self._f.seek(self._pos)
            chunk = self._f.read(want)
            self._pos += len(chunk)
            out = out + chunk if out else chunk
        return out

    def fileno(self) -> int:
        return self._f.fileno()

    def close(self) -> None:
        self._f.close()


# -- pcap ---------------------------------------------------------------------------------

class _PcapCutter:
    """Record boundaries of a pcap file, found by hopping from header to header."""

    def __init__(self, data: Any, size: int, header: bytes, hsize: int, lenswap: int,
                 maxcap: int) -> None:
        self.data = data
        self.size = size
        order = PCAP_MAGICS[header[:4]][0]
        self.lens = struct.Struct(("<" if order == "little" else ">") + "II").unpack_from
        self.hsize = hsize
        self.lenswap = lenswap
        self.maxcap = maxcap

    def next_of(self, p: int) -> int:
        """The position after the record at ``p``, or -1 when the reader would refuse it."""
        hs = self.hsize
        if p + hs > self.size:
            return -1
        cl, wl = self.lens(self.data, p + 8)
        ls = self.lenswap
        if ls == 1 or (ls == 2 and cl > wl):
            cl = wl
        return p + hs + cl if cl <= self.maxcap and p + hs + cl <= self.size else -1

    def walk(self, p: int, c: int) -> int:
        """From the boundary ``p``, the first boundary at or after ``c`` (-1: damage)."""
        size = self.size
        while p < c and p != size:
            p = self.next_of(p)
            if p < 0:
                return -1
        return p

    def cut(self, cuts: list[int]) -> list[int]:
        """The first record boundary at or after each cut point (distinct, before the
        end of the file; none after damage, where the sequential reader stops)."""
        data, size, hs, maxcap = self.data, self.size, self.hsize, self.maxcap
        unpack = self.lens
        plain = self.lenswap == 0
        out: list[int] = []
        p = 24
        for c in cuts:
            while p < c:
                if p + hs > size:
                    return out
                cl, wl = unpack(data, p + 8)
                if not plain and (self.lenswap == 1 or cl > wl):
                    cl = wl
                q = p + hs + cl
                if cl > maxcap or q > size:
                    return out
                p = q
            if p >= size:
                return out
            if not out or p > out[-1]:
                out.append(p)
        return out


# -- pcapng -------------------------------------------------------------------------------

BT_SHB = 0x0A0D0D0A


def _pcapng_shards(path: str, data: Any, fsize: int, cuts: list[int],
                   first: tuple[str, tuple[tuple[int, int, int], ...]],
                   strict: bool = False) -> list[Shard]:
    """Walk the block headers as the reader frames blocks; cut at block boundaries
    where the section in force can be replayed; carry that section's state."""
    from ..linktype import linktype_to_dlt
    ci = 0
    starts: list[tuple[int, bytes, str, tuple[tuple[int, int, int], ...]]] = [
        (0, b"", first[0], first[1])]
    pos = 0
    order: ByteOrder = "little"
    section_hdr = b""
    idbs: list[bytes] = []
    replayable = True
    cached: Any = None   # state of the current section for the IDBs seen so far
    max_block = 16 * 1024 * 1024
    first_max: int | None = None
    pending = False  # a cut point was passed and no shard starts there yet
    while pos + 8 <= fsize:
        if ci < len(cuts) and pos >= cuts[ci]:
            while ci < len(cuts) and cuts[ci] <= pos:
                ci += 1
            pending = True
        btype = int.from_bytes(data[pos:pos + 4], order)
        if pending:
            if replayable and section_hdr and idbs and cached is None:
                cached = _section_state(section_hdr, idbs)
                if cached is None:
                    replayable = False
            if cached is not None and replayable:
                starts.append((pos, cached[0], cached[1], cached[2]))
                pending = False
            elif btype in (2, 3, 6):
                # a packet block where the section can't be replayed: no cut
                if strict:
                    raise SavefileError(f"{path}: no shard can start at {pos}: the section "
                                        "in force there can't be replayed", pos)
                pending = False
            # else: a metadata block (IDB, NRB, ...): the cut moves past it
        if btype == BT_SHB and pos + 12 <= fsize:
            o = _bom_order(int.from_bytes(data[pos + 8:pos + 12], "little"))
            if o is not None:
                order = o
        blen = int.from_bytes(data[pos + 4:pos + 8], order)
        if blen < 12 or blen & 3 or blen > max_block or pos + blen > fsize:
            break  # the reader fails here: no cut after it
        if pos and int.from_bytes(data[pos + blen - 4:pos + blen], order) != blen:
            break
        if btype == BT_SHB:
            section_hdr = bytes(data[pos:pos + blen])
            idbs = []
            replayable = True
            cached = None
        elif btype == 1 and section_hdr:
            idbs.append(bytes(data[pos:pos + blen]))
            cached = None
            if blen >= 16:
                dlt = linktype_to_dlt(int.from_bytes(data[pos + 8:pos + 10], order))
                m = max_snaplen_for_dlt(dlt)
                if first_max is None:
                    first_max = m
                    max_block = max(max_block, 8 + 20 + m + 131072 + 4)
                elif len(idbs) == 1 and m != first_max:
                    replayable = False  # replayed alone, the section would get other limits
        pos += blen
    if strict and pending and pos < fsize:
        raise SavefileError(f"{path}: no shard can start at {pos}: damaged block", pos)
    out = []
    for i, (a, hdr, order_, ifs) in enumerate(starts):
        b = starts[i + 1][0] if i + 1 < len(starts) else fsize
        lt, snap, res = ifs[0] if ifs else (0, 0, 0)
        out.append(Shard(path, a, b, "pcapng", order_, lt, snap, res, ifs, hdr))
    return out


def _section_state(shb: bytes, idbs: list[bytes]) -> tuple[bytes, str, tuple[tuple[int, int, int], ...]] | None:
    """(header bytes, byte order, interfaces) replayed for a shard starting in this
    section, or None when the replay doesn't read as the sequential reader did."""
    import io
    blob = shb + b"".join(idbs)
    try:
        rd = PcapNgReader(_Input(io.BytesIO(blob)))
        while rd.read_batch(64):
            pass
    except PcapError:
        return None
    if len(rd.interfaces) != len(idbs):
        return None
    return blob, rd.byteorder, tuple((i.linktype, i.snaplen, i.tsresol) for i in rd.interfaces)


# -- hand-made shards ---------------------------------------------------------------------

def _resolve_inexact(shard: Shard) -> Shard:
    """The exact shard holding the records that start in ``[shard.start, shard.end)``.

    The boundaries are found as :func:`shards` finds them (walking the headers
    from the start of the file), so hand-made shards that tile a file read each
    packet once, whatever the payloads hold.
    """
    start, end = shard.start, shard.end
    pieces = _split(shard.path, lambda lo, hi: [c for c in (start, end) if lo < c < hi],
                    strict=True)
    first = max(start, pieces[0].start)
    for piece in pieces:
        if piece.start >= first:
            if piece.start < end:
                return piece
            pos = piece.start
            break
    else:
        pos = pieces[-1].end
    last = pieces[-1]
    return Shard(last.path, pos, pos, last.format, last.byteorder, last.linktype, last.snaplen,
                 last.tsresol, last.interfaces, last.header, 0, 1, True)
