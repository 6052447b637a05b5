"""The classic pcap file format: reader and writer.

File header (24 bytes, in the writer's byte order)::

    magic u32 | version_major u16 | version_minor u16 | thiszone i32 |
    sigfigs u32 | snaplen u32 | linktype u32

Magic 0xA1B2C3D4 means microsecond time stamps, 0xA1B23C4D nanoseconds,
0xA1B2CD34 is Alexey Kuznetzov's variant with 8 extra bytes per record
header.  Each record is ``ts_sec i32 | ts_frac i32 | caplen u32 | len u32``
followed by ``caplen`` bytes.

Rules followed exactly as libpcap 1.10.3 applies them (tested against it):

* versions: major < 2 is "archaic"; only 2.0–2.4 and DG/UX's 543.0 are
  accepted.  Before 2.3 (and in 543.0) ``caplen`` and ``len`` are stored the
  other way round; in 2.3 they are swapped back when ``caplen > len``.
* the link-type field keeps FCS information in its top 6 bits; the low 26
  bits are the LINKTYPE value, mapped to the Linux DLT.
* the snapshot length is read as a signed int: 0 or negative means "the
  link type's maximum" (:func:`~purepcap.savefile._common.adjust_snapshot`).
* a record whose ``caplen`` exceeds the link type's maximum (262144 for most)
  is an error; one that only exceeds the file's snapshot length is cut to it.
* time stamps are 32-bit seconds and fractions, signed when the file is in
  this host's byte order and unsigned otherwise (libpcap's byte swap).
"""

from __future__ import annotations

import os
import struct
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Iterable

from ..errors import SavefileError, SavefileTruncated, type_error
from ..linktype import LinkType, dlt_to_linktype, linktype_to_dlt
from ..packet import Batch, Packet, from_rows
from ._writer import BufferedWriter, check_data, packet_type_error, writer_dlt
from ..bpf import vector
from ._records import NUMPY_FILTER_FROM, numpy_for
from ._common import HOST_ORDER, Reader, _Input, adjust_snapshot, max_snaplen_for_dlt
from ._info import InterfaceInfo
from ._swap import SWAP_DLTS, fixup_usb_mmapped, swap_pseudo_header

if TYPE_CHECKING:
    from ._records import RecordFilter

__all__ = ["PcapReader", "PcapWriter", "PCAP_MAGICS", "encode_records"]

TCPDUMP_MAGIC = 0xA1B2C3D4
NSEC_TCPDUMP_MAGIC = 0xA1B23C4D
KUZNETZOV_TCPDUMP_MAGIC = 0xA1B2CD34

#: First four file bytes -> (byte order, precision, record header size)
PCAP_MAGICS: dict[bytes, tuple[str, str, int]] = {}
for _magic, _prec, _hsize in ((TCPDUMP_MAGIC, "micro", 16), (NSEC_TCPDUMP_MAGIC, "nano", 16),
                              (KUZNETZOV_TCPDUMP_MAGIC, "micro", 24)):
    PCAP_MAGICS[_magic.to_bytes(4, "little")] = ("little", _prec, _hsize)
    PCAP_MAGICS[_magic.to_bytes(4, "big")] = ("big", _prec, _hsize)

_NOT_SWAPPED, _SWAPPED, _MAYBE_SWAPPED = 0, 1, 2

_new = object.__new__

#: The hot loops build packets without calling ``Packet.__init__`` (measured
#: about 35% faster per packet); they only do so while Packet has exactly
#: these slots, so a change to Packet can't leave a field unset.
PACKET_SLOTS_OK = set(Packet.__slots__) == {
    "ts", "caplen", "wirelen", "data", "linktype", "interface", "pkttype",
    "vlan_tci", "vlan_tpid", "comment", "_b"}


class PcapReader(Reader):
    """Reader for classic pcap files (see :func:`~purepcap.savefile.open_reader`).

    Extra attributes: ``linktype_ext`` (the FCS/extension bits of the header's
    link-type field), ``thiszone``, ``sigfigs``, ``raw_snaplen`` (header
    value before adjustment), ``magic``.
    """

    format = "pcap"

    def __init__(self, inp: _Input, magic4: bytes) -> None:
        super().__init__(inp)
        order, prec, hsize = PCAP_MAGICS[magic4]
        if not inp.fill(24):
            got = inp.available()
            raise SavefileTruncated(
                f"truncated dump file; tried to read 24 file header bytes, only got {got}", got)
        e = "<" if order == "little" else ">"
        (magic, vmaj, vmin, thiszone, sigfigs, snaplen,
         lt) = struct.unpack_from(e + "IHHiIII", inp.buf, inp.pos)
        if vmaj < 2:
            raise SavefileError("archaic pcap savefile format", 4)
        if not ((vmaj == 2 and vmin <= 4) or (vmaj == 543 and vmin == 0)):
            raise SavefileError(f"unsupported pcap savefile version {vmaj}.{vmin}", 4)
        inp.pos += 24
        self.magic = magic
        self.byteorder = order
        self.version = (vmaj, vmin)
        self.thiszone = thiszone
        self.sigfigs = sigfigs
        self.raw_snaplen = snaplen
        self.linktype = dlt = linktype_to_dlt(lt & 0x03FFFFFF)
        self.linktype_ext = lt & 0xFC000000
        snap = adjust_snapshot(dlt, snaplen)
        if hsize == 24 and dlt == LinkType.EN10MB:
            snap = min(snap + 14, 0x7FFFFFFF)  # Kuznetzov: cooked-mode captures grew by 14
        self.snaplen = snap
        self.tsprecision = prec
        self._hsize = hsize
        if vmaj == 543 or vmin < 3:
            self._lenswap = _SWAPPED
        elif vmin == 3:
            self._lenswap = _MAYBE_SWAPPED
        else:
            self._lenswap = _NOT_SWAPPED
        self._maxcap = max_snaplen_for_dlt(dlt)
        self._swapped = order != HOST_ORDER
        self._needs_fixup = ((self._swapped and dlt in SWAP_DLTS)
                             or dlt == LinkType.USB_LINUX_MMAPPED)
        # libpcap sign-extends the 32-bit time fields of files in the host's byte
        # order, but its byte swap yields unsigned values for the other order
        self._hdr = struct.Struct(e + ("II" if self._swapped else "ii") + "II")
        self._fmul = 1 if prec == "nano" else 1000
        iface = InterfaceInfo(id=0, linktype=dlt, snaplen=snap,
                              tsresol=10 ** (9 if prec == "nano" else 6),
                              raw_linktype=lt, raw_snaplen=snaplen)
        self.interfaces = [iface]
        # the fast path handles the common case; anything else goes record by record
        #: read_kept's queue: [buffer, record offsets, kept indexes, next, end,
        #: size of the last batch]
        self._kept: list[Any] | None = None
        self._fast = (PACKET_SLOTS_OK and hsize == 16 and self._lenswap == _NOT_SWAPPED
                      and not self._needs_fixup)

    # -- parsing -------------------------------------------------------------------

    def _parse(self, limit: int, out: list[Packet]) -> None:
        if self._kept is not None:
            self.drop_kept()
        inp = self._in
        if self._fast:
            self._parse_fast(limit, out)
        else:
            while len(out) < limit:
                if not self._parse_one(inp, out):
                    return

    def _parse_fast(self, limit: int, out: list[Packet]) -> None:
        inp = self._in
        unpack = self._hdr.unpack_from
        snap = self.snaplen
        fmul = self._fmul
        lt = self.linktype
        app = out.append
        new = _new
        P = Packet
        left = limit
        last_sec = None
        base = 0
        while left > 0:
            buf = inp.buf
            pos = inp.pos
            end = len(buf)
            hend = end - 16
            n0 = len(out)
            # hot loop: whole records inside the buffer, caplen within snaplen
            for _ in range(left):
                if pos > hend:
                    break
                sec, frac, cl, wl = unpack(buf, pos)
                d = pos + 16
                e = d + cl
                if e > end or cl > snap:
                    break
                if sec != last_sec:
                    last_sec = sec
                    base = sec * 1000000000
                p = new(P)
                p.ts = base + frac * fmul
                p.caplen = cl
                p.wirelen = wl
                p.data = buf[d:e]
                p.linktype = lt
                p.interface = 0
                p.pkttype = -1
                p.vlan_tci = -1
                p.vlan_tpid = -1
                p.comment = None
                app(p)
                pos = e
            inp.pos = pos
            left -= len(out) - n0
            if left <= 0:
                return
            # record straddles the buffer end, or needs the careful path
            n = len(out)
            if not self._parse_one(inp, out):
                return
            left -= len(out) - n

    def _parse_one(self, inp: _Input, out: list[Packet]) -> bool:
        """Parse one record with every libpcap rule; False at a clean EOF, or when
        ``out`` already holds packets and the record has not fully arrived."""
        hsize = self._hsize
        start = inp.offset()
        wait = not out  # wait for a first packet only (streams: see _Input.fill)
        if not inp.fill_next(hsize, wait, "truncated dump file; tried to read {need} header "
                             "bytes, only got {got}"):
            return False
        sec, frac, cl, wl = self._hdr.unpack_from(inp.buf, inp.pos)
        ts = sec * 1000000000 + frac * self._fmul
        ls = self._lenswap
        if ls == _SWAPPED or (ls == _MAYBE_SWAPPED and cl > wl):
            cl, wl = wl, cl
        snap = self.snaplen
        if cl > self._maxcap:
            if cl > snap:
                msg = f"invalid packet capture length {cl}, bigger than snaplen of {snap}"
            else:
                msg = f"invalid packet capture length {cl}, bigger than maximum of {self._maxcap}"
            raise SavefileError(msg, start)
        if not inp.fill(hsize + cl, wait):
            if not inp.eof:
                return False  # the header stays buffered for the next call
            got = inp.available() - hsize
            raise SavefileTruncated(
                f"truncated dump file; tried to read {cl} captured bytes, only got {got}",
                start + hsize)
        inp.pos += hsize
        data = inp.take(cl)
        if cl > snap:
            data = data[:snap]
            cl = snap
        if self._needs_fixup:
            if self._swapped and self.linktype in SWAP_DLTS:
                data = swap_pseudo_header(self.linktype, data, cl, wl, HOST_ORDER)
            if self.linktype == LinkType.USB_LINUX_MMAPPED:
                wl = fixup_usb_mmapped(data, cl, wl, HOST_ORDER)
        out.append(Packet(ts, cl, wl, data, self.linktype, 0))
        return True

    # -- the record fast path (savefile._records) --------------------------------

    #: how much the record path reads at a time (memory stays constant in the file size)
    RECORD_CHUNK = 4 << 20

    def can_copy(self, nanosecond: bool) -> bool:
        """True when :meth:`read_records` can serve a pcap file of this host's byte
        order with ``nanosecond`` resolution: the records are copied verbatim."""
        return self.filters_records and (self.tsprecision == "nano") == bool(nanosecond)

    #: the smallest run of buffered bytes that :meth:`_plain_run` walks with numpy
    CHAIN_MIN = 64 << 10
    #: the bytes :meth:`_plain_run` walks with numpy at a time (more only for a
    #: record longer than that)
    WINDOW = 1 << 20

    def _plain_run(self, most: int, numpy_from: int = 0) -> Any:
        """Offsets of the next plain records in the buffer (reading more first when
        it runs low), a list, or for a long buffer, when numpy is loaded already
        (a filter runs with it) or at least ``numpy_from`` bytes (default
        :attr:`NUMPY_WALK_FROM`) of the file are left, an int64 array; empty
        when the next record needs the careful path."""
        from ._records import chain_records, record_input, walk
        inp = record_input(self, self.RECORD_CHUNK)
        buf = inp.buf
        pos = inp.pos
        most = most if most > 0 else 1 << 62
        caplimit = min(self.snaplen, self._maxcap)
        if most > 256 and len(buf) - pos >= self.CHAIN_MIN \
                and numpy_for(inp, numpy_from or self.NUMPY_WALK_FROM):
            # a window of the buffer at a time: the arrays of its records (and the
            # vectorized filter's) stay in the CPU's caches
            top = pos + self.WINDOW
            if top < len(buf):
                offs = chain_records(memoryview(buf)[:top], pos, most, caplimit)
                if len(offs):
                    return offs
            return chain_records(buf, pos, most, caplimit)
        return walk(buf, pos, most, caplimit)

    def read_records(self, most: int, flt: "RecordFilter | None"
                     ) -> tuple[list[memoryview], int] | None:
        """The next run of plain records, as they are in the file.

        Returns ``(parts, kept)``: slices of the file's bytes holding the
        records ``flt`` keeps (None: all), in order, and how many; at most
        ``most`` kept records (``most`` <= 0: no limit).  None when the next
        record is not plain or not there (the end of the file, damage, a
        ``caplen`` to cut to the snapshot length): :meth:`read_batch` then
        takes it with every libpcap rule.  Only while :meth:`can_copy`.
        """
        from ._records import take_records
        if self._kept is not None:
            self.drop_kept()
        # (a filter takes numpy from NUMPY_FILTER_FROM bytes on: the walk too, from
        # the first buffer on)
        offs = self._plain_run(most, NUMPY_FILTER_FROM if flt is not None else 0)
        if not len(offs):
            return None
        inp = self._in
        parts, kept, end = take_records(inp.buf, offs, flt, most,
                                        flt is not None and numpy_for(inp))
        if end == offs[0]:
            return None
        inp.pos = end
        return parts, kept

    #: packets :meth:`read_kept` makes per call (a batch under the garbage
    #: collector's threshold of 700 new objects is freed before it runs)
    KEPT_BATCH = 512

    def read_kept(self, most: int, flt: "RecordFilter | None") -> list[Packet] | None:
        """The packets ``flt`` keeps (None: all) among the next plain records (a
        :class:`~purepcap.Packet` is made only for those), at most ``most``
        (<= 0: up to :attr:`KEPT_BATCH`); possibly an empty list.  None as for
        :meth:`read_records`.  Only while :attr:`filters_records`.

        The filter runs over a whole buffer of records at once; the kept
        records wait in a queue (with the buffer they lie in) and become
        packets batch by batch (with numpy, their header fields are read
        column by column).  Any other read, or a new filter
        (:meth:`drop_kept`), first gives back the records after the last
        packet returned, so they are read (and filtered) again.
        """
        got = self._queued(most, flt, self.NUMPY_FROM)
        if got is None:
            return None
        buf, offs = got
        if not isinstance(offs, list):
            q: Any = self._kept
            if len(q) == 6:
                # the columns of every kept record of the queue, at once
                o = q[1] if type(q[2]) is range else q[1][q[2]]
                q.append(self._columns_numpy(buf, o))
            ts, cl, wl, at = q[6]
            j = q[3]
            i = j - q[5]
            # (the packets' columns become lists batch by batch, when a packet's
            # field is first read: their ints reuse the memory the last batch's
            # freed)
            return self._lend(Batch((ts[i:j], cl[i:j], wl[i:j], at[i:j], 0), buf,
                                    self.linktype))
        unpack = self._hdr.unpack_from
        fmul = self._fmul
        return from_rows([(sec * 1000000000 + frac * fmul, cl, wl, buf[o + 16:o + 16 + cl], 0)
                          for o in offs
                          for sec, frac, cl, wl in (unpack(buf, o),)], self.linktype)

    def _columns_numpy(self, buf: Any, o: Any) -> tuple[Any, Any, Any, Any]:
        """numpy: ``(ts, caplen, wirelen, data offset)`` of the plain records at
        offsets ``o`` (an int64 array), as arrays."""
        np: Any = vector._np
        # each header as two 8-byte words (a gather of whole words is numpy's fast
        # one), seen as 32-bit halves: seconds and fraction, both signed as the
        # reader's struct reads them in this host's order (as libpcap does: a
        # fraction of 2**31 or more is negative); caplen and wirelen
        u64 = np.ndarray((len(buf) - 7,), dtype="=u8", buffer=buf, strides=(1,))
        first = u64[o].view("=i4")
        second = u64[o + 8].view("=u4")
        ts = first[0::2].astype(np.int64) * 1000000000 \
            + first[1::2].astype(np.int64) * self._fmul
        return ts, second[0::2], second[1::2], o + 16

    def read_rows(self, most: int, flt: "RecordFilter | None") -> tuple[bytes, list[int]] | None:
        """The next plain records ``flt`` keeps (None: all), where they lie:
        ``(buffer, offsets of their record headers)``, at most ``most`` (<= 0:
        up to :attr:`KEPT_BATCH`), possibly none.  No packet is made: the
        caller reads each record header with :attr:`record_header` (this
        host's byte order; time fraction in units of :attr:`fraction_ns`).
        None as for :meth:`read_records`.  Only while :attr:`filters_records`;
        queued like :meth:`read_kept`'s records (they share the queue)."""
        got = self._queued(most, flt, self.NUMPY_WALK_FROM)
        if got is None or isinstance(got[1], list):
            return got
        return got[0], got[1].tolist()

    def _queued(self, most: int, flt: "RecordFilter | None", numpy_from: int
                ) -> tuple[bytes, Any] | None:
        """:meth:`read_rows`, the offsets a list or (numpy) an int64 array."""
        from ._records import queue_batch, record_end, select
        q = self._kept
        if q is None or q[3] >= len(q[2]):
            self._kept = None
            offs = self._plain_run(-1, NUMPY_FILTER_FROM if flt is not None else numpy_from)
            if not len(offs):
                return None
            inp = self._in
            buf = inp.buf
            kept: Any
            if flt is None:
                kept, end = range(len(offs)), record_end(buf, int(offs[-1]))
            else:
                kept, end = select(buf, offs, flt, -1, numpy_for(inp))
                if end == offs[0]:
                    return None
            inp.pos = end
            q = self._kept = [buf, offs, kept, 0, end, 0]
        return q[0], queue_batch(q, most, self.KEPT_BATCH)

    @property
    def record_header(self) -> "struct.Struct":
        """The struct of this file's 16-byte record headers (seconds, fraction,
        caplen, wirelen), as :meth:`read_rows` leaves them to the caller."""
        return self._hdr

    #: where a record's packet data starts (see :meth:`read_rows`)
    record_data = 16

    @property
    def fraction_ns(self) -> int:
        """Nanoseconds per unit of a record header's time fraction (1000 or 1)."""
        return self._fmul

    def drop_kept(self, undelivered: int = 0) -> bool:
        """Forget the records :meth:`read_kept` queued, so that they are read (and
        filtered) again: the next read starts right after the last packet it
        returned, or, with ``undelivered`` > 0, at the first of that many
        packets that end its last batch (the caller's unread ones, which it
        then drops).  False when that can't be done (nothing queued, or
        ``undelivered`` is more than the last batch): only the queue is
        dropped then, and the caller keeps its packets."""
        from ._records import drop_queue, record_end
        q, self._kept = self._kept, None
        return drop_queue(self._in, q, undelivered, record_end)

    @property
    def filters_records(self) -> bool:
        """True when :meth:`read_kept` can filter this file's records in place."""
        return self._fast and not self._swapped and not self._in.stream

    #: bytes of a file left to read from which numpy (when installed) is imported
    #: to make its packets, filter or not: its import (about 60 ms with its
    #: libraries) costs less than a few MiB of records read in Python
    NUMPY_FROM = 8 << 20
    #: the same for a walk of the records alone (a copy, the printer's records):
    #: a walk in Python costs about 0.1 us a record, so numpy pays only for large
    #: files
    NUMPY_WALK_FROM = 192 << 20

    @property
    def batches_records(self) -> bool:
        """True when :meth:`read_kept` with no filter is the faster read of the
        next packets (numpy walks and reads the records of the buffer at once)."""
        return self.filters_records and numpy_for(self._in, self.NUMPY_FROM)


class PcapWriter(BufferedWriter):
    """Write a classic pcap file.

    Args:
        dest: path (created or truncated) or a binary stream (not closed by
            :meth:`close` unless ``close_dest=True``).
        linktype: DLT value of the packets (an int, a :class:`~purepcap.LinkType`
            or a name such as ``"EN10MB"``; mapped to the LINKTYPE value the file
            stores).
        snaplen: snapshot length written in the header.
        nanosecond: write the nanosecond-resolution magic (default) or the
            classic microsecond one (time stamps are then truncated to
            microseconds).
        byteorder: ``"little"``, ``"big"`` or ``None`` (this host's order).
        linktype_ext: extra bits OR-ed into the header's link-type field
            (FCS information, see :data:`purepcap.linktype.LINKTYPE_FCS_MASK`).

    Records are written whole: each :meth:`write` emits one ``bytes`` object
    holding the record header and data, so a file is never left with a
    partial record by this writer.  Data are buffered; :meth:`flush` pushes
    them to the OS, :meth:`close` flushes and closes.
    """

    def __init__(self, dest: str | os.PathLike[str] | BinaryIO | IO[bytes],
                 linktype: int | str = LinkType.EN10MB, snaplen: int = 262144,
                 nanosecond: bool = True, *,
                 byteorder: str | None = None, linktype_ext: int = 0,
                 close_dest: bool | None = None) -> None:
        if not 0 <= snaplen <= 0xFFFFFFFF:
            raise SavefileError(f"invalid snapshot length {snaplen}")
        dlt = writer_dlt("PcapWriter()", linktype)
        lt = dlt_to_linktype(dlt)
        if not 0 <= lt <= 0x03FFFFFF:
            raise SavefileError(f"link-layer type {linktype} isn't supported in savefiles")
        order = byteorder or HOST_ORDER
        if order not in ("little", "big"):
            raise SavefileError(f"invalid byte order {byteorder!r}")
        self._open(dest, close_dest)
        self.linktype = dlt
        self.snaplen = snaplen
        self.nanosecond = nanosecond
        self.byteorder = order
        e = "<" if order == "little" else ">"
        self._rec = struct.Struct(e + "iiII")
        self._div = 1 if nanosecond else 1000
        magic = NSEC_TCPDUMP_MAGIC if nanosecond else TCPDUMP_MAGIC
        self._emit_header(struct.pack(e + "IHHiIII", magic, 2, 4, 0, 0, snaplen,
                                      lt | (linktype_ext & 0xFC000000)))

    def write_raw(self, ts_ns: int, data: bytes | bytearray | memoryview,
                  wirelen: int | None = None) -> None:
        """Write one record: ``ts_ns`` integer nanoseconds, ``data``, original length
        (``len(data)`` when None; a smaller one is written as given)."""
        if self._closed:
            raise SavefileError("writer is closed")
        check_data("PcapWriter.write_raw()", data)
        header = record_header(self._rec, self._div, ts_ns, len(data), wirelen)
        self._emit(header + bytes(data))

    def write(self, packet: Packet) -> None:
        """Write a :class:`~purepcap.Packet` (its ``ts``, ``data`` and ``wirelen``; an
        original length below ``len(data)`` is raised to it).

        Only packets: for a time stamp and bytes use :meth:`write_raw`.
        """
        if self._closed:
            raise SavefileError("writer is closed")
        try:
            ts, data, wl = packet.ts, packet.data, packet.wirelen
        except AttributeError:
            raise packet_type_error("PcapWriter.write()", packet) from None
        caplen = len(data)
        self._emit(record_header(self._rec, self._div, ts, caplen, max(wl, caplen))
                   + bytes(data))


#: A record header in this host's byte order (what :func:`encode_records` writes).
HOST_RECORD = struct.Struct("=iiII")


def record_header(rec: struct.Struct, div: int, ts_ns: int, caplen: int,
                  wirelen: int | None) -> bytes:
    """One pcap record header: ``ts_ns`` split into seconds and a fraction (nanoseconds
    for ``div`` 1, microseconds for 1000), ``caplen``, ``wirelen`` (``caplen`` if None).

    The checks are the file format's: signed 32-bit seconds, unsigned 32-bit lengths.
    """
    if wirelen is None:
        wirelen = caplen
    try:
        sec, frac = divmod(ts_ns, 1_000_000_000)
        return rec.pack(sec, frac // div, caplen, wirelen)
    except (struct.error, TypeError):
        raise _record_error(ts_ns, caplen, wirelen) from None


def _record_error(ts_ns: object, caplen: int, wirelen: object) -> Exception:
    if not isinstance(ts_ns, int):
        return type_error("pcap record", "the time stamp", "an int (nanoseconds)", ts_ns)
    if not isinstance(wirelen, int):
        return type_error("pcap record", "wirelen", "an int", wirelen)
    if not -0x80000000 <= ts_ns // 1_000_000_000 <= 0x7FFFFFFF:
        return SavefileError(f"time stamp {ts_ns} does not fit a pcap record (use pcapng)")
    if not 0 <= caplen <= 0xFFFFFFFF:
        return SavefileError(f"invalid capture length {caplen}")
    return SavefileError(f"invalid packet length {wirelen}")


def encode_records(packets: Iterable[Packet], nanosecond: bool, parts: list[bytes],
                   rec: struct.Struct = HOST_RECORD) -> int:
    """Append the pcap records of ``packets`` to ``parts`` (header, data, header, ...);
    return how many.

    The records are :meth:`PcapWriter.write`'s: caplen is ``len(data)``, the original
    length at least caplen, the fraction nanoseconds or microseconds; ``rec`` gives
    the byte order (this host's by default).
    """
    div = 1 if nanosecond else 1000
    append = parts.append
    n = 0
    for pkt in packets:
        data = pkt.data
        caplen = len(data)
        wl = pkt.wirelen
        append(record_header(rec, div, pkt.ts, caplen, wl if wl > caplen else caplen))
        append(data if type(data) is bytes else bytes(data))
        n += 1
    return n
