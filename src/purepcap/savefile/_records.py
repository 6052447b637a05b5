"""Whole pcap records taken straight from a reader's buffer (the copy fast path).

``purepcap -r IN -w OUT [filter]`` and :meth:`purepcap.Capture.dump` on a file
need no :class:`~purepcap.Packet`: a record of a plain pcap file (this host's
byte order, 16-byte record headers, ``caplen`` within the snapshot length) is
written to a pcap file of the same resolution byte for byte as it was read,
which is also what tcpdump writes.  So the records of a buffer are located by
following their ``caplen`` fields (:func:`walk`), the filter runs over all of
them at once (:mod:`purepcap.bpf.vector`, with numpy) or record by record
(the translated matcher, without it), and the kept ones leave as runs of
contiguous bytes.

A record this path can't copy verbatim (``caplen`` over the snapshot length
or the link type's maximum, a record cut by the end of the file, a filter
returning less than ``caplen``) ends a run; the reader's careful path
(:meth:`PcapReader._parse_one`) takes it, with libpcap's rules and errors.
"""

from __future__ import annotations

import struct
from typing import Any, Callable, Sequence

from ..bpf import vector

__all__ = ["walk", "record_end", "RecordFilter", "take_records"]

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


def record_end(buf: bytes, off: int) -> int:
    """The offset after the record at ``off``."""
    return off + 16 + _U32(buf, off + 8)[0]


class RecordFilter:
    """A filter program as the record path runs it: vectorized when numpy is
    there and the program jumps only forwards, else record by record."""

    def __init__(self, program: Any) -> None:
        self.program = program
        self.vector = vector.vectorize(program.insns)
        self.matcher: Callable[[bytes, int], int] = program.matcher()


def _verdicts_numpy(buf: bytes, offs: list[int], flt: RecordFilter, most: int
                    ) -> tuple[Any, Any, Any, int]:
    """numpy: (record offsets, record ends, kept indexes) as arrays, and ``n``, the
    records consumed (see :func:`select`)."""
    np: Any = vector._np
    o = np.array(offs, dtype=np.int64)
    u32 = np.ndarray((len(buf) - 3,), dtype="=u4", buffer=buf, strides=(1,))
    cl = u32[o + 8].astype(np.int64)
    wl = u32[o + 12].astype(np.int64)
    if flt.vector is not None:
        v = flt.vector.run(buf, o + 16, cl, wl)
    else:
        match = flt.matcher
        v = np.array([match(buf[d:d + c], w) for d, c, w in
                      zip((o + 16).tolist(), cl.tolist(), wl.tolist())], dtype=np.int64)
    n = len(offs)
    cut = np.flatnonzero((v != 0) & (v < cl))
    if len(cut):
        n = int(cut[0])
    keep = np.flatnonzero(v[:n])
    if 0 < most < len(keep):
        keep = keep[:most]
        n = int(keep[-1]) + 1
    return o, o + 16 + cl, keep, n


def select(buf: bytes, offs: list[int], flt: RecordFilter,
           most: int) -> tuple[list[int], int]:
    """The records at ``offs`` (plain ones, from :func:`walk`) that ``flt`` keeps.

    Returns ``(kept, end)``: the indexes into ``offs`` of the kept records, in
    order, at most ``most`` of them (``most`` <= 0: no limit), and the offset
    after the last record consumed.  Consumption stops before a record the
    filter would cut (a value below its ``caplen``): ``end`` is then its
    offset, and it is left to the careful path; ``end == offs[0]`` means
    nothing was consumed.
    """
    if vector.available():
        _o, ends, keep, n = _verdicts_numpy(buf, offs, flt, most)
        return keep.tolist(), (int(ends[n - 1]) if n else offs[0])
    hdr = _HDR
    match = flt.matcher
    kept: list[int] = []
    end = offs[0]
    for i, off in enumerate(offs):
        _s, _f, c, w = hdr(buf, off)
        d = off + 16
        verdict = match(buf[d:d + c], w)
        if verdict and verdict < c:
            break
        end = d + c
        if verdict:
            kept.append(i)
            if len(kept) == most:
                break
    return kept, end


def take_records(buf: bytes, offs: list[int], flt: RecordFilter | None,
                 most: int) -> tuple[list[Any], int, int]:
    """The records :func:`select` keeps (all of them when ``flt`` is None) as bytes.

    Returns ``(parts, kept, end)``: the kept records as slices of ``buf`` in
    file order, a run of consecutive records one slice; how many were kept;
    and ``end`` as :func:`select` gives it.
    """
    mv = memoryview(buf)
    if flt is None:
        n = most if 0 < most < len(offs) else len(offs)
        end = record_end(buf, offs[n - 1])
        return [mv[offs[0]:end]], n, end
    if vector.available():
        np: Any = vector._np
        o, ends, keep, n = _verdicts_numpy(buf, offs, flt, most)
        end = int(ends[n - 1]) if n else offs[0]
        if not len(keep):
            return [], 0, end
        brk = np.flatnonzero(np.diff(keep) != 1)
        first = np.concatenate((keep[:1], keep[brk + 1]))
        last = np.concatenate((keep[brk], keep[-1:]))
        return ([mv[a:b] for a, b in zip(o[first].tolist(), ends[last].tolist())],
                len(keep), end)
    kept, end = select(buf, offs, flt, most)
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
