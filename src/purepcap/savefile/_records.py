"""Whole pcap records taken straight from a reader's buffer (the copy fast path).

``purepcap -r IN -w OUT [filter]`` and :meth:`purepcap.Capture.dump` on a file
need no :class:`~purepcap.Packet`: a record of a plain pcap file (this host's
byte order, 16-byte record headers, ``caplen`` within the snapshot length) is
written to a pcap file of the same resolution byte for byte as it was read,
which is also what tcpdump writes.  So the records of a buffer are located by
following their ``caplen`` fields (:func:`walk`; with numpy, all at once:
:func:`chain_records`), the filter runs over all of them at once
(:mod:`purepcap.bpf.vector`, with numpy) or record by record (the translated
matcher, without it, or for a file too small to pay for numpy's import:
:func:`numpy_for`), and the kept ones leave as runs of contiguous bytes.

A record this path can't copy verbatim (``caplen`` over the snapshot length
or the link type's maximum, a record cut by the end of the file) ends a run;
the reader's careful path (:meth:`PcapReader._parse_one`) takes it, with
libpcap's rules and errors.  As in libpcap's offline reader, a filter's nonzero
value keeps a record whole (only a live capture's kernel cuts to it).

pcapng files (:class:`~purepcap.savefile.pcapng.PcapNgReader`) take the same
path for runs of plain Enhanced Packet Blocks: :func:`walk_blocks` (or, with
numpy, :func:`chain_blocks`) finds them, :func:`verdicts` filters them, and
the pcap records are made from the 16 bytes before each block's data
(:func:`gather`); the readers share the read_kept queue helpers
(:func:`queue_batch`, :func:`drop_queue`; packets from
:func:`purepcap.packet.from_rows`, or with numpy from the queue's columns,
:func:`purepcap.packet.from_batch`) and :func:`record_input`.  Iterating a
large file without a filter takes the same path (the readers'
``batches_records``).
"""

from __future__ import annotations

import struct
import sys
from typing import Any, Callable

from ..bpf import vector

__all__ = ["walk", "chain_records", "numpy_for", "record_end", "RecordFilter", "take_records", "verdicts", "walk_blocks",
           "chain_blocks", "gather", "record_input", "queue_batch", "drop_queue"]

_U32 = struct.Struct("=I").unpack_from
_HDR = struct.Struct("=IIII").unpack_from


def walk(buf: bytes, pos: int, most: int, caplimit: int) -> list[int]:
    """Offsets of the plain records in ``buf`` from ``pos`` on, following the
    ``caplen`` chain: at most ``most`` (> 0) of them, each whole inside ``buf``
    with ``caplen <= caplimit``; the walk stops at the first that is not."""
    offs: list[int] = []
    app = offs.append
    u32 = _U32
    p = pos
    end = len(buf)
    try:
        while True:
            app(p)
            c = u32(buf, p + 8)[0]
            if c > caplimit:
                break
            p += 16 + c
    except struct.error:
        pass
    offs.pop()                 # not plain, or its header does not fit
    if offs and p > end:
        offs.pop()             # its data run past the end of the buffer
    if len(offs) > most:
        del offs[most:]
    return offs


#: the bytes of a record header's seconds that hold its top 16 bits (this host's order)
_SEC_TOP = (2, 3) if sys.byteorder == "little" else (0, 1)
#: the byte of caplen that holds its top 8 bits
_CAP_TOP = 11 if sys.byteorder == "little" else 8
#: stretches :func:`chain_records` follows before it walks the rest in Python
RECORD_PIECES = 8
#: records walked in Python where :func:`chain_records` can't start a stretch
_STEP = 64
#: bytes left that :func:`chain_records` walks in Python
_SHORT = 4096


def _candidates(buf: Any, p: int, span: int, caplimit: int) -> Any:
    """numpy: the offsets (from ``p``) of the ``span`` bytes at ``p`` where a record
    header like the one at ``p`` could start (see :func:`chain_records`), each
    whole inside them, ascending."""
    np: Any = vector._np
    m = span - 15                                      # positions where a header fits
    hi2, hi3 = _SEC_TOP
    a = np.frombuffer(buf, dtype=np.uint8, count=span, offset=p)
    global _MASKS
    if _MASKS is None or len(_MASKS[0]) < m:
        # kept for the next buffer: a fresh array of megabytes costs more in page
        # faults than the comparisons that fill it
        _MASKS = (np.empty(m + (m >> 2), dtype=np.bool_), np.empty(m + (m >> 2), dtype=np.bool_))
    mask, tmp = _MASKS[0][:m], _MASKS[1][:m]
    np.equal(a[hi2:hi2 + m], buf[p + hi2], out=mask)
    np.equal(a[hi3:hi3 + m], buf[p + hi3], out=tmp)
    mask &= tmp
    if caplimit < 1 << 24:
        np.equal(a[_CAP_TOP:_CAP_TOP + m], 0, out=tmp)
        mask &= tmp
    return np.flatnonzero(mask)


#: :func:`_candidates`' two masks, reused (bounded by the largest buffer walked)
_MASKS: Any = None


def chain_records(buf: Any, pos: int, most: int, caplimit: int) -> Any:
    """numpy: :func:`walk` as an int64 array, the same offsets.

    A plain record's header has the top 16 bits of its seconds, and (when
    ``caplimit`` < 2**24) a zero top byte of its ``caplen``: every position of
    the buffer where those bytes equal the first record's is a candidate
    (:func:`_candidates`), found all at once.  The chain follows the
    candidates as long as each record ends where the next candidate starts;
    where one does not (packet bytes that look like a header lie between),
    the chain goes on from the candidate where the record ends.  A record
    that is no candidate (its time stamp's top bits changed) starts a new
    stretch, with its own; after :data:`RECORD_PIECES` stretches the rest is
    walked in Python.  Every offset is checked (each record ends where the
    next one starts), so the heuristics decide only the speed."""
    np: Any = vector._np
    end = len(buf)
    pieces: list[Any] = []
    got = 0
    p = pos
    for _ in range(RECORD_PIECES):
        span = end - p
        if got >= most:
            break
        if span < _SHORT:
            pieces.append(np.array(walk(buf, p, most - got, caplimit), dtype=np.int64))
            break
        c = _candidates(buf, p, span, caplimit)
        u32 = np.ndarray((span - 3,), dtype="=u4", buffer=buf, offset=p, strides=(1,))
        cl = u32[c + 8]
        ok = cl <= caplimit
        if not ok.all():
            c, cl = c[ok], cl[ok]
        if not len(c) or c[0] != 0:
            # the first record is no candidate: a few in Python
            w = walk(buf, p, min(most - got, _STEP), caplimit)
            if not w:
                break
            pieces.append(np.array(w, dtype=np.int64))
            got += len(w)
            p = record_end(buf, w[-1])
            continue
        nxt = c + 16 + cl
        brk = np.flatnonzero(nxt[:-1] != c[1:])
        if not len(brk):
            chain = c
            q = int(nxt[-1])
        else:
            # from a break at record i the chain goes on at the candidate where i's
            # record ends (the candidates between are packet bytes), or stops there
            to = nxt[brk]
            at = np.searchsorted(c, to)
            hit = at < len(c)
            hit[hit] = c[at[hit]] == to[hit]
            bl, tl, hl = brk.tolist(), at.tolist(), hit.tolist()
            starts = [0]
            stops = []
            k = j = 0
            while True:
                while k < len(bl) and bl[k] < j:
                    k += 1                              # a break among the skipped ones
                if k == len(bl):
                    stops.append(len(c))
                    q = int(nxt[-1])
                    break
                i = bl[k]
                stops.append(i + 1)
                if not hl[k]:
                    q = int(nxt[i])                     # the record after i is no candidate
                    break
                j = tl[k]
                starts.append(j)
            chain = (c[:stops[0]] if len(starts) == 1 else
                     np.concatenate([c[a:b] for a, b in zip(starts, stops)]))
        if q > span:
            chain = chain[:-1]                          # its last record runs past the end
        if len(chain):
            pieces.append(chain + p)
            got += len(chain)
        if q >= span:
            break
        p += q
    else:
        if got < most:
            pieces.append(np.array(walk(buf, p, most - got, caplimit), dtype=np.int64))
    if not pieces:
        return np.zeros(0, dtype=np.int64)
    offs = pieces[0] if len(pieces) == 1 else np.concatenate(pieces)
    return offs[:most] if len(offs) > most else offs


def record_end(buf: bytes, off: int) -> int:
    """The offset after the record at ``off``."""
    return off + 16 + _U32(buf, off + 8)[0]


class RecordFilter:
    """A filter program as the record path runs it: vectorized when numpy is
    there and the program jumps only forwards, else record by record.  The
    vectorized program is made when first used (so a small file's filter never
    imports numpy: see ``numpy`` of :func:`select`)."""

    def __init__(self, program: Any) -> None:
        self.program = program
        self._vector: Any = self
        self.matcher: Callable[[bytes, int], int] = program.matcher()

    @property
    def vector(self) -> Any:
        """The :class:`~purepcap.bpf.vector.VectorProgram`, or None (no numpy, or a
        program that jumps backwards)."""
        if self._vector is self:
            self._vector = vector.vectorize(self.program.insns)
        return self._vector


#: bytes of a file left to read from which the record path imports numpy for its
#: filter (when installed): below that, the records are filtered one by one in less
#: time than numpy's import takes
NUMPY_FILTER_FROM = 2 << 20


def numpy_for(inp: Any, at_least: int = NUMPY_FILTER_FROM) -> bool:
    """True when the record path uses numpy (when installed) for what is left of
    the file ``inp`` (a reader's ``_Input``): numpy is loaded already, or worth
    importing for the ``at_least`` bytes or more left to read."""
    if vector.loaded():
        return True
    return inp.left() >= at_least and vector.available()


def _verdicts_numpy(buf: bytes, offs: list[int], flt: RecordFilter, most: int
                    ) -> tuple[Any, Any, Any, int]:
    """numpy: (record offsets, record ends, kept indexes) as arrays, and ``n``, the
    records consumed (see :func:`select`)."""
    np: Any = vector._np
    o = np.asarray(offs, dtype=np.int64)
    u32 = np.ndarray((len(buf) - 3,), dtype="=u4", buffer=buf, strides=(1,))
    cl = u32[o + 8].astype(np.int64)
    vec = flt.vector
    # (the wire lengths only for a program that reads them)
    wl = u32[o + 12] if vec is None or vec.uses_len else cl
    keep, n = verdicts(buf, o + 16, cl, wl, flt, most)
    return o, o + 16 + cl, keep, n


def verdicts(buf: bytes, data: Any, cl: Any, wl: Any, flt: RecordFilter, most: int
             ) -> tuple[Any, int]:
    """numpy: run ``flt`` over the packets ``buf[data[i]:data[i] + cl[i]]`` (wire
    lengths ``wl``; int64 arrays).  Returns ``(keep, n)``: the indexes of the kept
    packets among the first ``n``, the packets consumed: all of them, or up to the
    ``most``-th kept one (``most`` <= 0: no limit).  A nonzero value keeps the
    packet whole, as libpcap's offline filter does."""
    np: Any = vector._np
    if flt.vector is not None:
        v = flt.vector.run(buf, data, cl, wl)
    else:
        match = flt.matcher
        v = np.array([match(buf[d:d + c], w) for d, c, w in
                      zip(data.tolist(), cl.tolist(), wl.tolist())], dtype=np.int64)
    n = len(data)
    keep = np.flatnonzero(v)
    if 0 < most < len(keep):
        keep = keep[:most]
        n = int(keep[-1]) + 1
    return keep, n


def select(buf: bytes, offs: Any, flt: RecordFilter,
           most: int, numpy: bool | None = None) -> tuple[Any, int]:
    """The records at ``offs`` (plain ones, from :func:`walk`) that ``flt`` keeps.

    Returns ``(kept, end)``: the indexes into ``offs`` of the kept records, in
    order (a list, or with numpy for an array of offsets an int64 array), at
    most ``most`` of them (``most`` <= 0: no limit), and the offset
    after the last record consumed (``end == offs[0]``: none).  A nonzero value
    keeps the record whole, as libpcap's offline filter does.  ``numpy``: filter
    with numpy (None: when it is installed; see :func:`numpy_for`), else record
    by record.
    """
    if vector.available() if numpy is None else numpy:
        _o, ends, keep, n = _verdicts_numpy(buf, offs, flt, most)
        # (offsets from chain_records: the kept indexes stay an array)
        return (keep.tolist() if isinstance(offs, list) else keep), int(ends[n - 1] if n else offs[0])
    hdr = _HDR
    match = flt.matcher
    kept: list[int] = []
    end = offs[0]
    for i, off in enumerate(offs):
        _s, _f, c, w = hdr(buf, off)
        d = off + 16
        verdict = match(buf[d:d + c], w)
        end = d + c
        if verdict:
            kept.append(i)
            if len(kept) == most:
                break
    return kept, end


def take_records(buf: bytes, offs: list[int], flt: RecordFilter | None,
                 most: int, numpy: bool | None = None) -> tuple[list[Any], int, int]:
    """The records :func:`select` keeps (all of them when ``flt`` is None) as bytes.

    Returns ``(parts, kept, end)``: the kept records as slices of ``buf`` in
    file order, a run of consecutive records one slice; how many were kept;
    and ``end`` as :func:`select` gives it (``numpy`` as there).
    """
    mv = memoryview(buf)
    if flt is None:
        n = most if 0 < most < len(offs) else len(offs)
        end = record_end(buf, int(offs[n - 1]))
        return [mv[int(offs[0]):end]], n, end
    if vector.available() if numpy is None else numpy:
        np: Any = vector._np
        o, ends, keep, n = _verdicts_numpy(buf, offs, flt, most)
        end = int(ends[n - 1] if n else offs[0])
        if not len(keep):
            return [], 0, end
        brk = np.flatnonzero(np.diff(keep) != 1)
        first = np.concatenate((keep[:1], keep[brk + 1]))
        last = np.concatenate((keep[brk], keep[-1:]))
        return ([mv[a:b] for a, b in zip(o[first].tolist(), ends[last].tolist())],
                len(keep), end)
    kept, end = select(buf, offs, flt, most, False)
    parts: list[Any] = []
    if not kept:
        return parts, 0, end
    first_i = prev = kept[0]
    for i in kept[1:]:
        if i != prev + 1:
            parts.append(mv[offs[first_i]:record_end(buf, offs[prev])])
            first_i = i
        prev = i
    parts.append(mv[offs[first_i]:record_end(buf, offs[prev])])
    return parts, len(kept), end


# -- shared by the readers' record paths (pcapng's; pcap's can use them too) ----------

_BLOCK_HEAD = struct.Struct("=II").unpack_from


def walk_blocks(buf: bytes, pos: int, most: int, btype: int, minlen: int) -> list[int]:
    """Offsets of the consecutive pcapng blocks of type ``btype`` in ``buf`` from
    ``pos`` on (a section in this host's byte order), following their length
    fields: at most ``most`` (> 0) of them, each whole inside ``buf`` and at
    least ``minlen`` (> 0) bytes long; the walk stops at the first that is not
    (another block type, a short length).  Nothing else is checked here."""
    offs: list[int] = []
    app = offs.append
    head = _BLOCK_HEAD
    p = pos
    try:
        for _ in range(most):
            t, n = head(buf, p)
            if t != btype or n < minlen:
                break
            app(p)
            p += n
    except struct.error:
        pass                   # the next block's header does not fit
    if offs and p > len(buf):
        offs.pop()             # the last block runs past the end of the buffer
    return offs


#: irregular stretches :func:`chain_blocks` follows before it walks the rest in Python
CHAIN_PIECES = 64


def chain_blocks(buf: bytes, pos: int, most: int, btype: int, minlen: int) -> Any:
    """numpy: :func:`walk_blocks` for well-framed blocks, as an int64 array: the
    consecutive blocks of type ``btype`` from ``pos`` on, at most ``most`` (> 0),
    each at least ``minlen`` (>= 12) bytes, a multiple of 4, whole inside
    ``buf`` and with a trailer equal to its length; it stops at the first
    block that is not one.

    Every such block starts with a 4-aligned word ``btype`` whose length word
    points at a matching trailer: those are the candidates, found all at once.
    The chain follows them as long as each block ends where the next
    candidate starts; a candidate inside a block (packet bytes that look like
    a block) is stepped over by looking up where the block ends.
    """
    np: Any = vector._np
    nw = (len(buf) - pos) // 4
    if nw < 3:
        return np.zeros(0, dtype=np.int64)
    w = np.frombuffer(buf, dtype="=u4", count=nw, offset=pos)
    cand = np.flatnonzero(w[:-1] == btype)
    size = w[cand + 1].astype(np.int64)
    cand, size = cand[size >= minlen], size[size >= minlen]
    cand, size = cand[(size & 3) == 0], size[(size & 3) == 0]
    last = cand + (size >> 2) - 1                   # the trailer's word
    whole = last < nw
    cand, size, last = cand[whole], size[whole], last[whole]
    framed = w[last] == size
    c = cand[framed] * 4                            # byte offsets from pos
    if not len(c) or c[0] != 0:
        return np.zeros(0, dtype=np.int64)
    nxt = c + size[framed]
    breaks = np.flatnonzero(nxt[:-1] != c[1:])      # block j not followed by candidate j + 1
    pieces = []
    j = 0
    for _ in range(CHAIN_PIECES):
        b = int(np.searchsorted(breaks, j))
        i = int(breaks[b]) if b < len(breaks) else len(c) - 1
        pieces.append(c[j:i + 1])
        s = int(np.searchsorted(c, nxt[i]))
        if s >= len(c) or c[s] != nxt[i]:
            break                                   # the block after i is not one
        j = s
    else:
        rest = walk_blocks(buf, pos + int(c[j]), most, btype, minlen)
        pieces.append(np.array(rest, dtype=np.int64) - pos)
    offs = (pieces[0] if len(pieces) == 1 else np.concatenate(pieces)) + pos
    return offs[:most] if len(offs) > most else offs


def gather(arr: Any, starts: Any, stops: Any) -> Any:
    """numpy: ``arr[starts[0]:stops[0]] + arr[starts[1]:stops[1]] + ...`` as one
    uint8 array, for ascending, disjoint ranges (int64 arrays, at least one range)
    of the uint8 array ``arr``."""
    np: Any = vector._np
    base = int(starts[0])
    edges = np.empty(2 * len(starts), dtype=np.int64)
    edges[0::2] = starts
    edges[1::2] = stops
    inside = np.zeros(len(edges) - 1, dtype=np.bool_)
    inside[0::2] = True
    return arr[base:int(stops[-1])][np.repeat(inside, np.diff(edges))]


def record_input(reader: Any, chunk: int) -> Any:
    """A reader's input (``_Input``) for a record read: the reader's stored error
    raised, a closed reader refused, and the buffer topped up to ``chunk`` bytes
    when less than 1 MiB of it is left."""
    if reader._error is not None:
        raise reader._error
    if reader._closed:
        from ..errors import SavefileError
        raise SavefileError("reader is closed")
    inp = reader._in
    if inp.available() < (1 << 20) and not inp.eof:
        inp.fill(chunk)
    return inp


# A read_kept queue is a list ``[buffer, record offsets, kept indexes (into the
# offsets), next kept index to deliver, buffer offset after the records consumed,
# size of the last batch delivered]``, and for the pcap reader's numpy packets a
# seventh item: the kept records' columns, made once for the queue.

def queue_batch(queue: list[Any], most: int, batch: int) -> list[int]:
    """The offsets of the next kept records of a read_kept ``queue``, at most
    ``batch`` of them (fewer when ``0 < most < batch``); the queue advances."""
    offs, kept, i = queue[1], queue[2], queue[3]
    take = most if 0 < most < batch else batch
    # (every record kept: its offsets as they are)
    if type(kept) is range:
        run = offs[i:i + take]
    elif isinstance(kept, list):
        run = [offs[j] for j in kept[i:i + take]]
    else:
        run = offs[kept[i:i + take]]       # numpy
    queue[3] = i + len(run)
    queue[5] = len(run)
    return run


def drop_queue(inp: Any, queue: list[Any] | None, undelivered: int,
               end_of: Callable[[bytes, int], int]) -> bool:
    """Give a dropped read_kept ``queue``'s unread records back to ``inp``: the
    next read starts after the last record delivered, or, with ``undelivered``
    > 0, at the first of that many that end the last batch (``end_of(buf,
    offset)`` is the offset after a record).  The readers' ``drop_kept``."""
    if queue is None:
        return undelivered == 0
    buf, offs, kept, i, end, last = queue[:6]
    whole = undelivered <= last
    if whole:
        i -= undelivered
    pos = int(offs[0]) if i <= 0 else end_of(buf, int(offs[kept[i - 1]]))
    if inp.buf is buf and pos <= end:  # the queue is dropped before any refill
        inp.pos = pos
        return whole
    return False  # pragma: no cover
