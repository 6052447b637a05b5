"""The pcapng file format: reader and writer.

A pcapng file is a sequence of blocks ``type u32 | total_length u32 | body |
total_length u32``, each a multiple of 4 bytes, grouped in sections that each
start with a Section Header Block (SHB) carrying the byte-order magic
0x1A2B3C4D.  Blocks handled here:

=========  ==========================  ==========================================
type       block                       what the reader does
=========  ==========================  ==========================================
0x0A0D0D0A Section Header (SHB)        new section: interfaces reset, options kept
1          Interface Description (IDB)  interface: link type, snaplen, tsresol ...
2          Packet (obsolete, PB)        packet (16-bit interface id)
3          Simple Packet (SPB)          packet on interface 0, caplen = min(len, snaplen)
4          Name Resolution (NRB)        records appended to ``name_records``
5          Interface Statistics (ISB)   ``statistics`` of the interface
6          Enhanced Packet (EPB)        packet; options: comment, epb_flags
other      custom, DSB, unknown        skipped
=========  ==========================  ==========================================

What libpcap 1.10.3 does, and this reader too (tested against it):

* the first SHB: length between 28 bytes and 1 MiB, version 1.0 or 1.2; its
  trailer and options are not checked.  Later SHBs: major version 1.
* every other block: length >= 12, a multiple of 4, at most 16 MiB (more when
  the first interface's link type allows bigger packets), trailer length equal
  to header length.  A file ending inside a block is truncated.
* IDB options are parsed strictly (an option running past the block, a
  second ``if_tsresol`` or ``if_tsoffset``, a resolution beyond 10^-19 or
  2^-63 are errors); options of other blocks are ignored by libpcap, so this
  reader parses them leniently and never fails on them.
* a packet block before any IDB fails the open; a packet on an interface the
  section has not described, or with ``caplen`` above the snapshot length, is
  an error; time stamps are converted as libpcap converts them to
  nanoseconds (64-bit arithmetic included).

Where this reader does more than libpcap: interfaces may have different link
types and snapshot lengths (libpcap refuses such files), and a section may
change the byte order (libpcap refuses); each packet carries its
interface's link type.
"""

from __future__ import annotations

import os
import struct
from bisect import bisect_left
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Iterable

from ..errors import SavefileError, SavefileTruncated
from ..linktype import LinkType, dlt_to_linktype, linktype_to_dlt
from ..packet import (PACKET_BROADCAST, PACKET_HOST, PACKET_MULTICAST, PACKET_OTHERHOST,
                      PACKET_OUTGOING, Batch, Packet, from_rows)
from ._common import HOST_ORDER, ByteOrder, Reader, _Input, adjust_snapshot, max_snaplen_for_dlt
from ._info import InterfaceInfo, InterfaceStatistics, NameRecord, SectionInfo
from ._swap import SWAP_DLTS, fixup_usb_mmapped, swap_pseudo_header
from ._writer import BufferedWriter, check_data, packet_type_error, writer_dlt
from ..bpf import vector
from ._records import (chain_blocks, drop_queue, gather, numpy_for, queue_batch,
                       record_input, verdicts, walk_blocks)
from .pcap import HOST_RECORD, PACKET_SLOTS_OK

if TYPE_CHECKING:
    from ._records import RecordFilter

__all__ = ["PcapNgReader", "PcapNgWriter", "PCAPNG_MAGIC"]

PCAPNG_MAGIC = b"\x0a\x0d\x0d\x0a"
BT_SHB = 0x0A0D0D0A
BT_IDB = 1
BT_PB = 2
BT_SPB = 3
BT_NRB = 4
BT_ISB = 5
BT_EPB = 6
BYTE_ORDER_MAGIC = 0x1A2B3C4D
_BOM_SWAPPED = 0x4D3C2B1A


def _idb_single_option(name: str, code: int, length: int, want: int, seen: set[int],
                       start: int) -> None:
    """libpcap's checks of an IDB option that has a fixed length and may appear once."""
    if length != want:
        raise SavefileError(f"Interface Description Block has {name} option "
                            f"with length {length} != {want}", start)
    if code in seen:
        raise SavefileError(f"Interface Description Block has more than one {name} option",
                            start)
    seen.add(code)


def _bom_order(bom: int) -> ByteOrder | None:
    """The byte order a byte-order magic read as little-endian says (None: not one)."""
    if bom == BYTE_ORDER_MAGIC:
        return "little"
    if bom == _BOM_SWAPPED:
        return "big"
    return None

SHB_INSANE_MAX = 1024 * 1024
INITIAL_MAX_BLOCKSIZE = 16 * 1024 * 1024
_M64 = (1 << 64) - 1
_U32 = struct.Struct("=I").unpack_from
_EPB_HEAD = struct.Struct("=III").unpack_from

OPT_ENDOFOPT = 0
OPT_COMMENT = 1
EPB_FLAGS = 2
IF_NAME, IF_DESCRIPTION, IF_SPEED, IF_TSRESOL = 2, 3, 8, 9
IF_FILTER, IF_OS, IF_FCSLEN, IF_TSOFFSET, IF_HARDWARE = 11, 12, 13, 14, 15
SHB_HARDWARE, SHB_OS, SHB_USERAPPL = 2, 3, 4
#: text options -> the SectionInfo / InterfaceInfo attribute they set (opt_comment
#: adds to ``comments`` in both)
_SHB_TEXT = {SHB_HARDWARE: "hardware", SHB_OS: "os", SHB_USERAPPL: "userappl"}
_IDB_TEXT = {IF_NAME: "name", IF_DESCRIPTION: "description", IF_OS: "os",
             IF_HARDWARE: "hardware"}
_ISB_COUNTERS = ("ifrecv", "ifdrop", "filteraccept", "osdrop", "usrdeliv")  # codes 4..8

# epb_flags direction (bits 0-1) and reception type (bits 2-4) <-> Linux pkttype
_RECEPTION_TO_PKTTYPE = {1: PACKET_HOST, 2: PACKET_MULTICAST, 3: PACKET_BROADCAST,
                         4: PACKET_OTHERHOST}
_PKTTYPE_TO_FLAGS = {PACKET_OUTGOING: 2, PACKET_HOST: 1 | (1 << 2),
                     PACKET_MULTICAST: 1 | (2 << 2), PACKET_BROADCAST: 1 | (3 << 2),
                     PACKET_OTHERHOST: 1 | (4 << 2)}


def flags_to_pkttype(flags: int) -> int:
    """Map ``epb_flags`` to a Linux ``sll_pkttype`` value (-1 when not stated)."""
    direction = flags & 3
    if direction == 2:
        return PACKET_OUTGOING
    rtype = (flags >> 2) & 7
    if direction == 1:
        return _RECEPTION_TO_PKTTYPE.get(rtype, PACKET_HOST)
    return _RECEPTION_TO_PKTTYPE.get(rtype, -1)


def pkttype_to_flags(pkttype: int) -> int | None:
    """Map a Linux ``sll_pkttype`` to ``epb_flags`` (``None`` when unknown)."""
    return _PKTTYPE_TO_FLAGS.get(pkttype)


def _text(raw: bytes) -> str:
    return raw.rstrip(b"\0").decode("utf-8", errors="replace")


class _Section:
    """Per-section decoding state: structs in the section's byte order."""

    __slots__ = ("e", "order", "swapped", "u32x2", "u32", "u16x2", "epb", "epb7", "pb", "idb",
                 "u64", "i64", "info", "rt")

    def __init__(self, order: ByteOrder, info: SectionInfo) -> None:
        e = "<" if order == "little" else ">"
        self.e = e
        self.order = order
        self.swapped = order != HOST_ORDER
        self.u32x2 = struct.Struct(e + "II").unpack_from
        self.u32 = struct.Struct(e + "I").unpack_from
        self.u16x2 = struct.Struct(e + "HH").unpack_from
        self.epb = struct.Struct(e + "IIIII").unpack_from
        self.epb7 = struct.Struct(e + "IIIIIII").unpack_from
        self.pb = struct.Struct(e + "HHIIII").unpack_from
        self.idb = struct.Struct(e + "HHI").unpack_from
        self.u64 = struct.Struct(e + "Q").unpack_from
        self.i64 = struct.Struct(e + "q").unpack_from
        self.info = info
        self.rt: list[_IfRuntime] = []


class _IfRuntime:
    """Per-interface values the packet loop needs, precomputed."""

    __slots__ = ("info", "dlt", "snap", "resol", "binary", "offset", "mul", "fixup")

    def __init__(self, info: InterfaceInfo, swapped: bool) -> None:
        self.info = info
        self.dlt = info.linktype
        self.snap = info.snaplen
        self.resol = info.tsresol
        self.binary = info.tsresol_binary
        self.offset = info.tsoffset
        # fast conversion when it is exact: ts_ns = t * mul (with whole-second
        # units, t itself may overflow libpcap's signed seconds: slow path)
        if self.offset == 0 and not self.binary and 10 <= self.resol <= 1_000_000_000:
            self.mul = 1_000_000_000 // self.resol
        else:
            self.mul = 0
        self.fixup = (swapped and self.dlt in SWAP_DLTS) or self.dlt == LinkType.USB_LINUX_MMAPPED

    def ts(self, t: int) -> int:
        """Convert a raw 64-bit time stamp to nanoseconds exactly as libpcap does."""
        if self.mul:
            return t * self.mul
        r = self.resol
        sec = (t // r + self.offset) & _M64
        if sec >= 1 << 63:
            sec -= 1 << 64
        frac = t % r
        if r != 1_000_000_000:
            if self.binary:
                frac = ((frac * 1_000_000_000) & _M64) // r
            elif r > 1_000_000_000:
                frac //= r // 1_000_000_000
            else:
                frac *= 1_000_000_000 // r
        frac &= 0xFFFFFFFF  # libpcap stores it in an int
        if frac >= 1 << 31:
            frac -= 1 << 32
        return sec * 1_000_000_000 + frac


_new = object.__new__


class PcapNgReader(Reader):
    """Reader for pcapng files (see :func:`~purepcap.savefile.open_reader`).

    Extra attributes: ``sections`` (list of :class:`SectionInfo`, growing as
    sections are read), ``name_records`` (list of :class:`NameRecord` from
    every NRB read so far), ``statistics`` (list of
    :class:`InterfaceStatistics` in file order).  ``interfaces`` is the list
    of the current section's interfaces; ``Packet.interface`` indexes it.
    ``comment`` is the first section's first comment.  ``linktype_ext`` is 0,
    as libpcap sets it for pcapng files (FCS lengths are per interface:
    ``InterfaceInfo.fcslen``).
    """

    format = "pcapng"
    linktype_ext = 0

    def __init__(self, inp: _Input) -> None:
        super().__init__(inp)
        self.sections: list[SectionInfo] = []
        self.name_records: list[NameRecord] = []
        self.statistics: list[InterfaceStatistics] = []
        self._max_block = INITIAL_MAX_BLOCKSIZE
        self._first_dlt: int | None = None
        #: read_kept's queue (see savefile._records.queue_batch)
        self._kept: list[Any] | None = None
        self._open_first_section()
        # look for the first IDB, as libpcap does before returning the handle
        while not self._sec.rt:
            blk = self._read_block()
            if blk is None:
                raise SavefileError("the capture file has no Interface Description Blocks",
                                    inp.offset())
            btype, start, body, bend = blk
            if btype in (BT_EPB, BT_SPB, BT_PB):
                raise SavefileError("the capture file has a packet block before any "
                                    "Interface Description Blocks", start)
            if btype == BT_SHB:
                # libpcap skips SHBs before the first IDB without looking at them
                try:
                    self._shb(start, body, bend)
                except SavefileError:
                    pass
            else:
                self._handle_meta(btype, start, body, bend)
            inp.pos = bend + 4
        first = self._sec.rt[0].info
        self.linktype = first.linktype
        self.snaplen = first.snaplen
        self.tsprecision = first.tsprecision
        self.comment = self.sections[0].comment

    # -- opening -------------------------------------------------------------------

    def _open_first_section(self) -> None:
        inp = self._in
        if not inp.fill(12):
            raise SavefileTruncated("truncated pcapng file header", inp.available())
        buf, pos = inp.buf, inp.pos
        order = _bom_order(int.from_bytes(buf[pos + 8:pos + 12], "little"))
        if order is None:
            raise SavefileError("unknown file format", 0)
        total = int.from_bytes(buf[pos + 4:pos + 8], order)
        if total < 28 or total > SHB_INSANE_MAX:
            raise SavefileError(
                f"Section Header Block in pcapng dump file has invalid length {total}", 4)
        if not inp.fill(total):
            got = inp.available()
            raise SavefileTruncated(
                f"truncated pcapng dump file; tried to read {total - 12} bytes, "
                f"only got {got - 12}", got)
        buf, pos = inp.buf, inp.pos
        e = "<" if order == "little" else ">"
        vmaj, vmin, slen = struct.unpack_from(e + "HHq", buf, pos + 12)
        if not (vmaj == 1 and vmin in (0, 2)):
            raise SavefileError(f"unsupported pcapng savefile version {vmaj}.{vmin}", 12)
        self.version = (vmaj, vmin)
        self.byteorder = order
        info = SectionInfo(index=0, offset=0, byteorder=order, version=(vmaj, vmin),
                           section_length=slen)
        self._sec = _Section(order, info)
        # libpcap neither checks the first SHB's trailer nor its options
        self._shb_options(buf, pos + 24, pos + (total & ~3) - 4, info)
        self.sections.append(info)
        inp.pos = pos + total

    # -- block framing -------------------------------------------------------------

    def _read_block(self, wait: bool = True) -> tuple[int, int, int, int] | None:
        """Read the next whole block into the buffer.

        Returns ``(type, file offset, body start index, trailer index)`` with
        indices into ``self._in.buf``, or ``None`` at a clean end of file or,
        with ``wait=False``, when the block has not fully arrived on a stream
        (``self._in.eof`` is False then; nothing is consumed).
        The caller sets ``self._in.pos`` past the block when done with it.
        """
        inp = self._in
        start = inp.offset()
        if not inp.fill_next(8, wait, "truncated pcapng dump file; tried to read {need} bytes, "
                             "only got {got}"):
            return None
        sec = self._sec
        btype, blen = sec.u32x2(inp.buf, inp.pos)
        if btype == BT_SHB:
            if inp.fill(12, wait):
                # a new section may use the other byte order (libpcap cannot read that)
                bom = int.from_bytes(inp.buf[inp.pos + 8:inp.pos + 12], "little")
                order = _bom_order(bom) or sec.order
                blen = int.from_bytes(inp.buf[inp.pos + 4:inp.pos + 8], order)
            elif not inp.eof:
                return None  # the length's byte order is not known yet
        if blen < 12:
            raise SavefileError(f"block in pcapng dump file has a length of {blen} < 12", start)
        if blen & 3:
            raise SavefileError(f"block in pcapng dump file has a length of {blen} "
                                "that is not a multiple of 4", start)
        if blen > self._max_block:
            raise SavefileError(f"pcapng block size {blen} > maximum {self._max_block}", start)
        if not inp.fill(blen, wait):
            if not inp.eof:
                return None
            got = inp.available()
            raise SavefileTruncated(
                f"truncated pcapng dump file; tried to read {blen - 8} bytes, "
                f"only got {got - 8}", start + 8)
        pos = inp.pos
        tend = pos + blen - 4
        if btype == BT_SHB:
            bom = int.from_bytes(inp.buf[pos + 8:pos + 12], "little") if blen >= 12 else 0
            order = _bom_order(bom) or sec.order
            trailer = int.from_bytes(inp.buf[tend:tend + 4], order)
        else:
            trailer = sec.u32(inp.buf, tend)[0]
        if trailer != blen:
            raise SavefileError(f"block total length in header {blen} and trailer {trailer} "
                                "don't match", start)
        return btype, start, pos + 8, tend

    def _too_short(self, btype: int, start: int) -> SavefileError:
        return SavefileError(f"block of type {btype} in pcapng dump file is too short", start)

    # -- metadata blocks -----------------------------------------------------------

    def _handle_meta(self, btype: int, start: int, body: int, bend: int) -> None:
        if btype == BT_IDB:
            self._idb(start, body, bend)
        elif btype == BT_SHB:
            self._shb(start, body, bend)
        elif btype == BT_NRB:
            self._nrb(body, bend)
        elif btype == BT_ISB:
            self._isb(body, bend)
        # anything else (custom blocks, DSB, unknown types) is skipped

    def _options(self, buf: bytes, p: int, end: int) -> list[tuple[int, bytes]]:
        """Lenient option parser: stops quietly at the end marker or at damage."""
        sec = self._sec
        out = []
        while p + 4 <= end:
            code, length = sec.u16x2(buf, p)
            p += 4
            if code == OPT_ENDOFOPT:
                break
            if p + length > end:
                break
            out.append((code, bytes(buf[p:p + length])))
            p += (length + 3) & ~3
        return out

    def _shb_options(self, buf: bytes, p: int, end: int, info: SectionInfo) -> None:
        info.options = self._options(buf, p, end)
        for code, val in info.options:
            if code == OPT_COMMENT:
                info.comments.append(_text(val))
            elif code in _SHB_TEXT:
                setattr(info, _SHB_TEXT[code], _text(val))
        if info.comments:
            info.comment = info.comments[0]

    def _shb(self, start: int, body: int, bend: int) -> None:
        buf = self._in.buf
        if bend - body < 16:
            raise self._too_short(BT_SHB, start)
        order = _bom_order(int.from_bytes(buf[body:body + 4], "little"))
        if order is None:
            raise SavefileError("the file has a section with a bad byte order magic field", start)
        e = "<" if order == "little" else ">"
        vmaj, vmin, slen = struct.unpack_from(e + "HHq", buf, body + 4)
        if vmaj != 1:
            raise SavefileError(f"unknown pcapng savefile major version number {vmaj}", start)
        info = SectionInfo(index=len(self.sections), offset=start, byteorder=order,
                           version=(vmaj, vmin), section_length=slen)
        self._sec = _Section(order, info)
        self._shb_options(buf, body + 16, bend, info)
        self.sections.append(info)
        self.interfaces = info.interfaces

    def _idb(self, start: int, body: int, bend: int) -> None:
        sec = self._sec
        buf = self._in.buf
        if bend - body < 8:
            raise self._too_short(BT_IDB, start)
        lt, _reserved, snaplen = sec.idb(buf, body)
        dlt = linktype_to_dlt(lt)
        info = InterfaceInfo(id=len(sec.rt), linktype=dlt, snaplen=adjust_snapshot(dlt, snaplen),
                             section=sec.info.index, raw_linktype=lt, raw_snaplen=snaplen)
        # strict option parsing, as libpcap's process_idb_options
        p = body + 8
        seen: set[int] = set()
        while p < bend:
            if bend - p < 4:
                raise self._too_short(BT_IDB, start)
            code, length = sec.u16x2(buf, p)
            p += 4
            padded = (length + 3) & ~3
            if bend - p < padded:
                raise self._too_short(BT_IDB, start)
            val = bytes(buf[p:p + length])
            p += padded
            if code == OPT_ENDOFOPT:
                if length != 0:
                    raise SavefileError("Interface Description Block has opt_endofopt option "
                                        f"with length {length} != 0", start)
                break
            info.options.append((code, val))
            if code == IF_TSRESOL:
                _idb_single_option("if_tsresol", code, length, 1, seen, start)
                r = val[0]
                if r & 0x80:
                    shift = r & 0x7F
                    if shift > 63:
                        raise SavefileError("Interface Description Block if_tsresol option "
                                            f"resolution 2^-{shift} is too high", start)
                    info.tsresol = 1 << shift
                    info.tsresol_binary = True
                else:
                    if r > 19:
                        raise SavefileError("Interface Description Block if_tsresol option "
                                            f"resolution 10^-{r} is too high", start)
                    info.tsresol = 10 ** r
                    info.tsresol_binary = False
            elif code == IF_TSOFFSET:
                _idb_single_option("if_tsoffset", code, length, 8, seen, start)
                info.tsoffset = sec.i64(val, 0)[0]
            elif code == OPT_COMMENT:
                info.comments.append(_text(val))
            elif code in _IDB_TEXT:
                setattr(info, _IDB_TEXT[code], _text(val))
            elif code == IF_SPEED and length == 8:
                info.speed = sec.u64(val, 0)[0]
            elif code == IF_FCSLEN and length == 1:
                info.fcslen = val[0]
            elif code == IF_FILTER:
                info.filter = val
        if self._first_dlt is None:
            self._first_dlt = dlt
            limit = 8 + 20 + max_snaplen_for_dlt(dlt) + 131072 + 4
            if limit > self._max_block:
                self._max_block = limit
        sec.rt.append(_IfRuntime(info, sec.swapped))
        sec.info.interfaces.append(info)
        self.interfaces = sec.info.interfaces

    def _nrb(self, body: int, bend: int) -> None:
        sec = self._sec
        buf = self._in.buf
        p = body
        while p + 4 <= bend:
            rtype, length = sec.u16x2(buf, p)
            p += 4
            if rtype == 0 or p + length > bend:
                break
            val = bytes(buf[p:p + length])
            p += (length + 3) & ~3
            if rtype == 1 and length >= 4:
                rec = NameRecord("ipv4", val[:4], _names(val[4:]), rtype)
            elif rtype == 2 and length >= 16:
                rec = NameRecord("ipv6", val[:16], _names(val[16:]), rtype)
            elif rtype == 3 and length >= 6:
                rec = NameRecord("eui48", val[:6], _names(val[6:]), rtype)
            elif rtype == 4 and length >= 8:
                rec = NameRecord("eui64", val[:8], _names(val[8:]), rtype)
            else:
                rec = NameRecord("unknown", val, [], rtype)
            self.name_records.append(rec)

    def _isb(self, body: int, bend: int) -> None:
        sec = self._sec
        buf = self._in.buf
        if bend - body < 12:
            return
        iid, th, tl = struct.unpack_from(sec.e + "III", buf, body)
        rt = sec.rt[iid] if iid < len(sec.rt) else None
        conv = rt.ts if rt is not None else (lambda t: t * 1000)
        stats = InterfaceStatistics(interface_id=iid, ts=conv((th << 32) | tl),
                                    section=sec.info.index)
        stats.options = self._options(buf, body + 12, bend)
        for code, val in stats.options:
            if code == OPT_COMMENT:
                stats.comments.append(_text(val))
            elif len(val) != 8:
                continue
            elif code in (2, 3):
                hi, lo = sec.u32x2(val, 0)
                t = conv((hi << 32) | lo)
                if code == 2:
                    stats.starttime = t
                else:
                    stats.endtime = t
            elif 4 <= code <= 8:
                setattr(stats, _ISB_COUNTERS[code - 4], sec.u64(val, 0)[0])
        self.statistics.append(stats)
        if rt is not None:
            rt.info.statistics = stats

    # -- packets -------------------------------------------------------------------

    def _parse(self, limit: int, out: list[Packet]) -> None:
        if self._kept is not None:
            self.drop_kept()
        inp = self._in
        left = limit
        while left > 0:
            if PACKET_SLOTS_OK:
                n = len(out)
                self._parse_fast(left, out)
                left -= len(out) - n
                if not left:
                    return
            # one block the careful way (waiting for it only while out is empty)
            blk = self._read_block(not out)
            if blk is None:
                return
            btype, start, body, bend = blk
            if btype == BT_EPB or btype == BT_SPB or btype == BT_PB:
                out.append(self._packet(btype, start, body, bend))
                left -= 1
            else:
                self._handle_meta(btype, start, body, bend)
            inp.pos = bend + 4

    def _parse_fast(self, left: int, out: list[Packet]) -> None:
        """EPBs lying whole in the buffer, on known interfaces with simple time stamps."""
        inp = self._in
        sec = self._sec
        head = sec.epb7
        u32 = sec.u32
        rts = sec.rt
        nif = len(rts)
        app = out.append
        new = _new
        P = Packet
        buf = inp.buf
        pos = inp.pos
        end = len(buf)
        cur = -1
        snap = mul = dlt = 0
        while left and pos + 32 <= end:
            btype, blen, iid, th, tl, cl, wl = head(buf, pos)
            if btype != BT_EPB or pos + blen > end or blen & 3 or blen < 32:
                break
            if iid != cur:
                if iid >= nif:
                    break
                rt = rts[iid]
                if not rt.mul or rt.fixup:
                    break
                cur = iid
                snap = rt.snap
                mul = rt.mul
                dlt = rt.dlt
            dend = pos + 28 + cl
            tpos = pos + blen - 4
            if cl > snap or dend > tpos or u32(buf, tpos)[0] != blen:
                break
            p = new(P)
            p.ts = ((th << 32) | tl) * mul
            p.caplen = cl
            p.wirelen = wl
            p.data = buf[pos + 28:dend]
            p.linktype = dlt
            p.interface = iid
            p.pkttype = -1
            p.vlan_tci = -1
            p.vlan_tpid = -1
            p.comment = None
            if dend + 4 <= tpos:
                # options follow the padded data
                self._epb_options(p, buf, pos + 28 + ((cl + 3) & ~3), tpos)
            app(p)
            pos = tpos + 4
            left -= 1
        inp.pos = pos

    def _epb_options(self, p: Packet, buf: bytes, start: int, end: int) -> None:
        for code, val in self._options(buf, start, end):
            if code == OPT_COMMENT:
                if p.comment is None:
                    p.comment = _text(val)
            elif code == EPB_FLAGS and len(val) == 4:
                p.pkttype = flags_to_pkttype(self._sec.u32(val, 0)[0])

    def _packet(self, btype: int, start: int, body: int, bend: int) -> Packet:
        sec = self._sec
        buf = self._in.buf
        avail = bend - body
        if btype == BT_EPB:
            if avail < 20:
                raise self._too_short(btype, start)
            iid, th, tl, cl, wl = sec.epb(buf, body)
            t = (th << 32) | tl
            dstart = body + 20
        elif btype == BT_SPB:
            if avail < 4:
                raise self._too_short(btype, start)
            wl = sec.u32(buf, body)[0]
            iid = 0
            t = 0
            cl = wl
            if sec.rt and cl > sec.rt[0].snap:
                cl = sec.rt[0].snap
            dstart = body + 4
        else:
            if avail < 20:
                raise self._too_short(btype, start)
            iid, _drops, th, tl, cl, wl = sec.pb(buf, body)
            t = (th << 32) | tl
            dstart = body + 20
        if iid >= len(sec.rt):
            raise SavefileError(f"a packet arrived on interface {iid}, but there's no "
                                "Interface Description Block for that interface", start)
        rt = sec.rt[iid]
        if cl > rt.snap:
            raise SavefileError(f"invalid packet capture length {cl}, bigger than "
                                f"snaplen of {rt.snap}", start)
        if bend - dstart < cl:
            raise self._too_short(btype, start)
        data = bytes(buf[dstart:dstart + cl])
        if rt.fixup:
            if sec.swapped and rt.dlt in SWAP_DLTS:
                data = swap_pseudo_header(rt.dlt, data, cl, wl, HOST_ORDER)
            if rt.dlt == LinkType.USB_LINUX_MMAPPED:
                wl = fixup_usb_mmapped(data, cl, wl, HOST_ORDER)
        p = Packet(rt.ts(t), cl, wl, data, rt.dlt, iid)
        if btype != BT_SPB:
            ostart = dstart + ((cl + 3) & ~3)
            if ostart < bend:
                if btype == BT_EPB:
                    self._epb_options(p, buf, ostart, bend)
                else:
                    for code, val in self._options(buf, ostart, bend):
                        if code == OPT_COMMENT and p.comment is None:
                            p.comment = _text(val)
        return p

    # -- the record fast path (savefile._records) --------------------------------

    #: how much the record path reads at a time (memory stays constant in the file size)
    RECORD_CHUNK = 4 << 20
    #: packets :meth:`read_kept` makes per call
    KEPT_BATCH = 512
    #: plain blocks a run must start with for numpy to take it
    RUN_PROBE = 16
    #: what :meth:`read_records` divides nanoseconds by (set by :meth:`can_copy`)
    _rec_div = 1000

    def can_copy(self, nanosecond: bool) -> bool:
        """True when :meth:`read_records` can serve a pcap file of this host's byte
        order; its records then have ``nanosecond`` resolution (or microseconds),
        until the next call."""
        self._rec_div = 1 if nanosecond else 1000
        return self.filters_records

    @property
    def filters_records(self) -> bool:
        """True when :meth:`read_kept` can filter this file's packet blocks in place."""
        return PACKET_SLOTS_OK and not self._in.stream

    @property
    def batches_records(self) -> bool:
        """True when :meth:`read_kept` with no filter is the faster read of the
        next packets (numpy finds and reads the blocks of the buffer at once)."""
        # (numpy from 2 MiB left, as for a filter: reading blocks one by one in
        # Python costs about twice a pcap record's)
        return self.filters_records and not self._sec.swapped and numpy_for(self._in)

    def _plain_limits(self, copy: bool) -> list[tuple[int, int, int] | None]:
        """Per interface of the current section, ``(snaplen, mul, most units)`` when
        its packets can take the record path (the file's link type, time stamps
        ``units * mul`` nanoseconds, no pseudo-header fixup; with ``copy``, a time
        stamp of at most ``most units`` fits a pcap record), else None."""
        lt = self.linktype
        out: list[tuple[int, int, int] | None] = []
        for rt in self._sec.rt:
            if rt.dlt != lt or not rt.mul or rt.fixup:
                out.append(None)
            else:
                most = (0x80000000 * 1_000_000_000 - 1) // rt.mul if copy else _M64
                out.append((rt.snap, rt.mul, most))
        return out

    def _plain_run(self, most: int, flt: "RecordFilter | None", copy: bool
                   ) -> tuple[bytes, list[int], Any, int, Any] | None:
        """Consume the next run of plain EPBs (whole in the buffer, on an interface of
        :meth:`_plain_limits`, caplen within its snaplen, lengths consistent) and
        say which ``flt`` keeps (None: all; at most ``most`` > 0).

        Returns ``(buffer, block offsets, kept indexes, end, columns)``, columns
        being numpy's ``(offsets, caplen, wirelen, units, mul)`` arrays (None
        without numpy); None when the next block needs the careful path.
        """
        inp = record_input(self, self.RECORD_CHUNK)
        if self._sec.swapped:
            return None
        limits = self._plain_limits(copy)
        if not any(limits):
            return None
        buf = inp.buf
        pos = inp.pos
        if len(buf) - pos < 32:
            return None
        btype, _blen, iid = _EPB_HEAD(buf, pos)
        if btype != BT_EPB or iid >= len(limits) or limits[iid] is None:
            return None              # (saves looking for a run that can't start here)
        walk = most if flt is None and most > 0 else 1 << 62
        cols = None
        offs: Any
        # numpy pays for long runs only: a short one (interfaces taking turns, say)
        # is taken block by block; and for a file long enough to pay for its import
        numpy = numpy_for(inp)
        probe = walk_blocks(buf, pos, min(walk, self.RUN_PROBE), BT_EPB, 32)
        if (numpy and len(probe) == self.RUN_PROBE
                and len(self._plain_select(buf, probe, limits, None, -1)[0]) == len(probe)):
            offs = chain_blocks(buf, pos, walk, BT_EPB, 32)
            if not len(offs):
                return None
            cols = _plain_columns(buf, offs, limits, self._max_block)
            o, cl, wl = cols[0], cols[1], cols[2]
            if flt is not None:
                kept, n = verdicts(buf, o + 28, cl, wl, flt, most)
            else:
                n = min(len(o), most) if most > 0 else len(o)
                kept = vector._np.arange(n)
            end = _block_end(buf, int(o[n - 1])) if n else pos
        else:
            offs = (probe if numpy or len(probe) < self.RUN_PROBE
                    else walk_blocks(buf, pos, walk, BT_EPB, 32))
            kept, end = self._plain_select(buf, offs, limits, flt, most) if offs else ([], pos)
        if end == pos:
            return None
        inp.pos = end
        return buf, offs, kept, end, cols

    def _plain_select(self, buf: bytes, offs: list[int],
                      limits: list[tuple[int, int, int] | None],
                      flt: "RecordFilter | None", most: int) -> tuple[list[int], int]:
        """:meth:`_plain_run` without numpy: ``(kept indexes, end)``, block by block."""
        head = self._sec.epb7
        u32 = self._sec.u32
        match = None if flt is None else flt.matcher
        nif = len(limits)
        maxb = self._max_block
        kept: list[int] = []
        end = offs[0]
        for k, o in enumerate(offs):
            _bt, blen, iid, th, tl, cl, wl = head(buf, o)
            lim = limits[iid] if iid < nif else None
            if (lim is None or cl > lim[0] or cl + 32 > blen or blen & 3 or blen > maxb
                    or u32(buf, o + blen - 4)[0] != blen or ((th << 32) | tl) > lim[2]):
                break
            if match is not None:
                verdict = match(buf[o + 28:o + 28 + cl], wl)
                if not verdict:
                    end = o + blen
                    continue
            end = o + blen
            kept.append(k)
            if len(kept) == most:
                break
        return kept, end

    def read_records(self, most: int, flt: "RecordFilter | None"
                     ) -> tuple[list[Any], int] | None:
        """The next run of plain Enhanced Packet Blocks as pcap records.

        Returns ``(parts, kept)``: bytes holding the pcap records (this host's
        byte order, the resolution of the last :meth:`can_copy`; no options)
        of the blocks ``flt`` keeps (None: all), in order, and how many; at
        most ``most`` (<= 0: no limit).  None when the next block is not plain
        (another block type or link type, a new section, damage, a time stamp
        a pcap record can't hold, ...): :meth:`read_batch` then takes it.
        Only while :meth:`can_copy`.
        """
        if self._kept is not None:
            self.drop_kept()
        run = self._plain_run(most, flt, True)
        if run is None:
            return None
        buf, offs, kept, _end, cols = run
        if not len(kept):
            return [], 0
        if cols is not None:
            return [_pcap_numpy(buf, cols, kept, self._rec_div)], len(kept)
        head = self._sec.epb7
        rts = self._sec.rt
        pack = HOST_RECORD.pack
        div = self._rec_div
        mv = memoryview(buf)
        parts: list[Any] = []
        app = parts.append
        for k in kept:
            o = offs[k]
            _bt, _blen, iid, th, tl, cl, wl = head(buf, o)
            sec, frac = divmod(((th << 32) | tl) * rts[iid].mul, 1_000_000_000)
            app(pack(sec, frac // div, cl, wl if wl > cl else cl))
            app(mv[o + 28:o + 28 + cl])
        return parts, len(kept)

    def read_kept(self, most: int, flt: "RecordFilter | None") -> list[Packet] | None:
        """The packets ``flt`` keeps (None: all) among the next plain Enhanced Packet
        Blocks (a :class:`~purepcap.Packet` is made only for those), at most
        ``most`` (<= 0: up to :attr:`KEPT_BATCH`); possibly an empty list.  None
        as for :meth:`read_records`.  As :meth:`PcapReader.read_kept
        <purepcap.savefile.pcap.PcapReader.read_kept>`: the kept blocks wait in
        a queue that any other read, or :meth:`drop_kept`, gives back; with
        numpy the columns of all of them are read at once."""
        got = self._queued(most, flt, True)
        if got is None:
            return None
        buf, offs = got
        q: Any = self._kept
        cols = q[6]
        if cols is not None:
            ts, cl, wl, d, iface, with_opts, at = cols
            j = q[3]
            i = j - q[5]
            # (the packets' columns become lists batch by batch, when a packet's
            # field is first read: their ints reuse the memory the last batch's
            # freed)
            out = self._lend(Batch((ts[i:j], cl[i:j], wl[i:j], d[i:j], iface[i:j]), buf,
                                   self.linktype))
            for k in with_opts[bisect_left(with_opts, i):bisect_left(with_opts, j)]:
                # options follow the padded data (setting a field makes the
                # packet's fields its own)
                p = out[k - i]
                o, blen = at[k]
                self._epb_options(p, buf, o + 28 + ((p.caplen + 3) & ~3), o + blen - 4)
            return out
        if not isinstance(offs, list):
            offs = offs.tolist()
        head = self._sec.epb7
        rts = self._sec.rt
        blocks = [(o, head(buf, o)) for o in offs]
        out = from_rows([(((th << 32) | tl) * rts[iid].mul, cl, wl, buf[o + 28:o + 28 + cl],
                              iid) for o, (_bt, _bl, iid, th, tl, cl, wl) in blocks],
                            self.linktype)
        for p, (o, h) in zip(out, blocks):
            if h[1] >= 36 + p.caplen:
                # options follow the padded data
                self._epb_options(p, buf, o + 28 + ((p.caplen + 3) & ~3), o + h[1] - 4)
        return out

    def read_rows(self, most: int, flt: "RecordFilter | None") -> tuple[bytes, list[int]] | None:
        """The next plain Enhanced Packet Blocks ``flt`` keeps (None: all), where they
        lie: ``(buffer, block offsets)``, at most ``most`` (<= 0: up to
        :attr:`KEPT_BATCH`), possibly none; no packet is made.  A block's time
        stamp and lengths are :attr:`record_header`'s, its data starts
        :attr:`record_data` bytes in.  None as for :meth:`read_records`.  Queued
        like :meth:`read_kept`'s blocks (they share the queue)."""
        got = self._queued(most, flt, False)
        if got is None or isinstance(got[1], list):
            return got
        return got[0], got[1].tolist()

    def _queued(self, most: int, flt: "RecordFilter | None", columns: bool
                ) -> tuple[bytes, Any] | None:
        """The next batch of the queue (made first when it is empty): ``(buffer,
        block offsets)``, a list or an array.  A queue made with ``columns`` (for
        :meth:`read_kept`) holds, with numpy, the packets' columns too."""
        q = self._kept
        if q is None or q[3] >= len(q[2]):
            self._kept = None
            run: Any = self._plain_run(-1, flt, False)   # (offsets: a list or an array)
            if run is None:
                return None
            buf, offs, kept, end, cols = run
            packet_cols = None
            if cols is None or not columns:
                if not isinstance(offs, list):
                    offs, kept = offs.tolist(), kept.tolist()
            else:
                packet_cols = _packet_columns(buf, cols, kept)
                if packet_cols is None:
                    offs, kept = offs.tolist(), kept.tolist()
            q = self._kept = [buf, offs, kept, 0, end, 0, packet_cols]
        return q[0], queue_batch(q, most, self.KEPT_BATCH)

    #: where a block's packet data starts (see :meth:`read_rows`)
    record_data = 28
    #: nanoseconds per unit of :attr:`record_header`'s time fraction
    fraction_ns = 1

    @property
    def record_header(self) -> "_BlockHeader":
        """What reads a block :meth:`read_rows` hands out: ``unpack_from(buf,
        offset)`` gives ``(seconds, nanoseconds, caplen, wirelen)``."""
        return _BlockHeader(self)

    def drop_kept(self, undelivered: int = 0) -> bool:
        """Forget the blocks :meth:`read_kept` queued, as
        :meth:`PcapReader.drop_kept <purepcap.savefile.pcap.PcapReader.drop_kept>`
        does: the next read starts after the last packet it returned, or at the
        first of the ``undelivered`` ones that end its last batch."""
        q, self._kept = self._kept, None
        return drop_queue(self._in, q, undelivered, _block_end)


class _BlockHeader:
    """:attr:`PcapNgReader.record_header`: an Enhanced Packet Block's time stamp (in
    its interface's resolution) and lengths, as a pcap record header's fields."""

    __slots__ = ("_reader",)

    def __init__(self, reader: PcapNgReader) -> None:
        self._reader = reader

    def unpack_from(self, buf: bytes, off: int) -> tuple[int, int, int, int]:
        sec = self._reader._sec
        _bt, _bl, iid, th, tl, cl, wl = sec.epb7(buf, off)
        s, ns = divmod(((th << 32) | tl) * sec.rt[iid].mul, 1_000_000_000)
        return s, ns, cl, wl


def _block_end(buf: bytes, off: int) -> int:
    """The offset after the block at ``off`` (a section in this host's byte order)."""
    return off + _U32(buf, off + 4)[0]


def _plain_columns(buf: bytes, o: Any, limits: list[tuple[int, int, int] | None],
                   max_block: int) -> tuple[Any, Any, Any, Any, Any]:
    """numpy: ``(offsets, caplen, wirelen, units, mul)`` of the plain EPBs that start
    the well-framed EPBs at offsets ``o`` (an int64 array from
    :func:`~purepcap.savefile._records.chain_blocks`; see
    :meth:`PcapNgReader._plain_run`), as arrays, up to the first that is not plain."""
    np: Any = vector._np
    u32 = np.ndarray((len(buf) - 3,), dtype="=u4", buffer=buf, strides=(1,))
    blen = u32[o + 4].astype(np.int64)
    cl = u32[o + 20].astype(np.int64)
    wl = u32[o + 24].astype(np.int64)
    # per interface, one row more for ids the section has not described
    rows = [lim or (-1, 0, 0) for lim in limits] + [(-1, 0, 0)]
    snap = np.array([r[0] for r in rows], dtype=np.int64)
    mul = np.array([r[1] for r in rows], dtype=np.uint64)
    most = np.array([r[2] for r in rows], dtype=np.uint64)
    i = np.minimum(u32[o + 8], len(limits)).astype(np.intp)
    units = (u32[o + 12].astype(np.uint64) << np.uint64(32)) | u32[o + 16]
    # (chain_blocks checked the framing: type, length a multiple of 4, trailer)
    ok = (cl <= snap[i]) & (cl + 32 <= blen) & (blen <= max_block) & (units <= most[i])
    if not ok.all():
        n = int(np.argmin(ok))
        o, cl, wl, units, i = o[:n], cl[:n], wl[:n], units[:n], i[:n]
    return o, cl, wl, units, mul[i]


def _packet_columns(buf: bytes, cols: tuple[Any, Any, Any, Any, Any], kept: Any
                    ) -> tuple[Any, Any, Any, Any, Any, list[int],
                               dict[int, tuple[int, int]]] | None:
    """numpy: the kept plain EPBs' ``(ts, caplen, wirelen, data offset,
    interface, with options, where)``, the first five as arrays: the indexes
    (among the kept) of the blocks with options after their data, in order, and
    for each its block's offset and length.  None when a time stamp in
    nanoseconds would not fit 63 bits (those packets are made in Python)."""
    np: Any = vector._np
    o, cl, wl, units, mul = (c[kept] for c in cols)
    if len(o) and bool((units > np.uint64(_M63) // mul).any()):
        return None
    u32 = np.ndarray((len(buf) - 3,), dtype="=u4", buffer=buf, strides=(1,))
    blen = u32[o + 4].astype(np.int64)
    d = o + 28
    has = np.flatnonzero(blen >= 36 + cl)
    with_opts = has.tolist()
    at = dict(zip(with_opts, zip(o[has].tolist(), blen[has].tolist())))
    return ((units * mul).astype(np.int64), cl, wl, d, u32[o + 8], with_opts, at)


#: the largest nanosecond time stamp numpy's int64 holds
_M63 = (1 << 63) - 1


def _pcap_numpy(buf: bytes, cols: tuple[Any, Any, Any, Any, Any], kept: Any, div: int) -> Any:
    """numpy: the pcap records (this host's byte order, nanoseconds divided by
    ``div``) of the EPBs ``kept`` (indexes into ``cols``, from
    :func:`_plain_columns`), as one buffer.

    The 16 bytes before an EPB's data are cut out with the data and become the
    record header: the time stamp words rewritten, caplen in place, wirelen
    at least caplen."""
    np: Any = vector._np
    o, cl, wl, units, mul = (c[kept] for c in cols)
    out = gather(np.frombuffer(buf, dtype=np.uint8), o + 12, o + 28 + cl)
    words = np.ndarray((len(out) - 3,), dtype="=u4", buffer=out, strides=(1,))
    head = np.cumsum(cl + 16) - (cl + 16)
    ns = units * mul
    words[head] = ns // np.uint64(1_000_000_000)
    words[head + 4] = ns % np.uint64(1_000_000_000) // np.uint64(div)
    words[head + 12] = np.maximum(wl, cl)
    return memoryview(out)


def _names(raw: bytes) -> list[str]:
    return [_text(n) for n in raw.split(b"\0") if n]


class PcapNgWriter(BufferedWriter):
    """Write a pcapng file: one section, any number of interfaces.

    Args:
        dest: path (created or truncated) or binary stream (left open by
            :meth:`close` unless ``close_dest=True``).
        linktype: if given, an interface with this DLT (and ``snaplen``,
            ``tsresol``) is added at once, as interface 0.
        snaplen: snapshot length for that interface.
        comment: section comment (``opt_comment`` of the SHB).
        hardware, os, userappl: SHB options.
        byteorder: ``"little"``, ``"big"`` or ``None`` (this host's order).
        tsresol: ``if_tsresol`` for the automatic interface (see
            :meth:`add_interface`).

    Every block is written as one ``bytes`` object (records are complete or
    absent); blocks are buffered until :meth:`flush` or :meth:`close`.
    """

    def __init__(self, dest: str | os.PathLike[str] | BinaryIO | IO[bytes],
                 linktype: int | None = None, snaplen: int = 262144, *,
                 comment: str | None = None, hardware: str | None = None,
                 os: str | None = None, userappl: str | None = "purepcap",
                 byteorder: str | None = None, tsresol: int = 9,
                 close_dest: bool | None = None) -> None:
        order = byteorder or HOST_ORDER
        if order not in ("little", "big"):
            raise SavefileError(f"invalid byte order {byteorder!r}")
        self.byteorder = order
        self._e = e = "<" if order == "little" else ">"
        self._open(dest, close_dest)
        self.interfaces: list[InterfaceInfo] = []
        self._conv: list[tuple[int, int, int]] = []  # (mode, factor, offset_ns)
        self._epb = struct.Struct(e + "IIIIIII")
        self.comment = comment
        opts = []
        if comment is not None:
            opts.append((OPT_COMMENT, comment.encode()))
        for code, val in ((SHB_HARDWARE, hardware), (SHB_OS, os), (SHB_USERAPPL, userappl)):
            if val is not None:
                opts.append((code, val.encode()))
        body = struct.pack(e + "IHHq", BYTE_ORDER_MAGIC, 1, 0, -1) + self._opts(opts)
        self._emit_header(self._frame(BT_SHB, body))
        if linktype is not None:
            self.add_interface(linktype, snaplen, tsresol=tsresol)

    # -- encoding helpers --------------------------------------------------------

    def _opts(self, opts: Iterable[tuple[int, bytes]]) -> bytes:
        parts = []
        e = self._e
        for code, val in opts:
            if len(val) > 0xFFFF:
                raise SavefileError(f"option {code} value too long ({len(val)} bytes)")
            parts.append(struct.pack(e + "HH", code, len(val)) + val + b"\0" * (-len(val) & 3))
        if parts:
            parts.append(struct.pack(e + "HH", 0, 0))
        return b"".join(parts)

    def _frame(self, btype: int, body: bytes) -> bytes:
        blen = len(body) + 12
        if blen > INITIAL_MAX_BLOCKSIZE:
            raise SavefileError(f"block of {blen} bytes is larger than readers accept")
        e = self._e
        return struct.pack(e + "II", btype, blen) + body + struct.pack(e + "I", blen)

    def _block(self, btype: int, body: bytes) -> None:
        if self._closed:
            raise SavefileError("writer is closed")
        self._emit(self._frame(btype, body))

    def _units(self, iface: int, ts_ns: int) -> int:
        mode, factor, off = self._conv[iface]
        ts = int(ts_ns) - off
        if mode == 0:
            units = ts * factor
        elif mode == 1:
            units = ts // factor
        else:
            units = (ts << factor) // 1_000_000_000
        if not 0 <= units <= _M64:
            raise SavefileError(f"time stamp {ts_ns} cannot be stored for interface {iface}")
        return units

    # -- public API ----------------------------------------------------------------

    def add_interface(self, linktype: int | str, snaplen: int = 262144, name: str | None = None,
                      description: str | None = None, tsresol: int = 9, *,
                      tsoffset: int = 0, fcslen: int | None = None, os: str | None = None,
                      filter: str | None = None, hardware: str | None = None,
                      speed: int | None = None, comment: str | None = None) -> int:
        """Describe a new interface (IDB) and return its id.

        ``tsresol`` is the ``if_tsresol`` byte: 0..19 means units of 10^-n
        seconds (9 = nanoseconds, 6 = microseconds); ``0x80 | n`` means units
        of 2^-n seconds.  ``tsoffset`` is ``if_tsoffset`` in seconds.
        """
        dlt = writer_dlt("PcapNgWriter.add_interface()", linktype)
        lt = dlt_to_linktype(dlt)
        if not 0 <= lt <= 0xFFFF:
            raise SavefileError(f"link-layer type {linktype} can't be stored in pcapng")
        if not 0 <= snaplen <= 0xFFFFFFFF:
            raise SavefileError(f"invalid snapshot length {snaplen}")
        if tsresol & 0x80:
            shift = tsresol & 0x7F
            if shift > 63 or tsresol > 0xFF:
                raise SavefileError(f"invalid tsresol {tsresol:#x}")
            conv = (2, shift, tsoffset * 1_000_000_000)
            resol = 1 << shift
        else:
            if not 0 <= tsresol <= 19:
                raise SavefileError(f"invalid tsresol {tsresol}")
            resol = 10 ** tsresol
            if tsresol >= 9:
                conv = (0, 10 ** (tsresol - 9), tsoffset * 1_000_000_000)
            else:
                conv = (1, 10 ** (9 - tsresol), tsoffset * 1_000_000_000)
        e = self._e
        opts: list[tuple[int, bytes]] = []
        if comment is not None:
            opts.append((OPT_COMMENT, comment.encode()))
        if name is not None:
            opts.append((IF_NAME, name.encode()))
        if description is not None:
            opts.append((IF_DESCRIPTION, description.encode()))
        if speed is not None:
            opts.append((IF_SPEED, struct.pack(e + "Q", speed)))
        if tsresol != 6:
            opts.append((IF_TSRESOL, bytes([tsresol])))
        if filter is not None:
            opts.append((IF_FILTER, b"\0" + filter.encode()))
        if os is not None:
            opts.append((IF_OS, os.encode()))
        if fcslen is not None:
            opts.append((IF_FCSLEN, bytes([fcslen])))
        if tsoffset:
            opts.append((IF_TSOFFSET, struct.pack(e + "q", tsoffset)))
        if hardware is not None:
            opts.append((IF_HARDWARE, hardware.encode()))
        self._block(BT_IDB, struct.pack(e + "HHI", lt, 0, snaplen) + self._opts(opts))
        info = InterfaceInfo(id=len(self.interfaces), linktype=dlt,
                             snaplen=adjust_snapshot(dlt, snaplen), name=name,
                             description=description, tsresol=resol,
                             tsresol_binary=bool(tsresol & 0x80), tsoffset=tsoffset,
                             fcslen=fcslen, os=os,
                             filter=None if filter is None else b"\0" + filter.encode(),
                             hardware=hardware, speed=speed,
                             comments=[] if comment is None else [comment],
                             options=opts, raw_linktype=lt, raw_snaplen=snaplen)
        self.interfaces.append(info)
        self._conv.append(conv)
        return info.id

    def write_raw(self, ts_ns: int, data: bytes | bytearray | memoryview,
                  wirelen: int | None = None, interface: int = 0, *,
                  comment: str | None = None, flags: int | None = None) -> None:
        """Write one Enhanced Packet Block.

        ``flags`` is the ``epb_flags`` word (bits 0-1 direction: 1 inbound,
        2 outbound; bits 2-4 reception type), ``comment`` an ``opt_comment``.
        """
        check_data("PcapNgWriter.write_raw()", data)
        if not 0 <= interface < len(self.interfaces):
            raise SavefileError(f"no interface {interface} (add_interface first)")
        caplen = len(data)
        if wirelen is None:
            wirelen = caplen
        if not 0 <= wirelen <= 0xFFFFFFFF:
            raise SavefileError(f"invalid packet length {wirelen}")
        units = self._units(interface, ts_ns)
        pad = -caplen & 3
        opts = b""
        if comment is not None or flags is not None:
            o = []
            if comment is not None:
                o.append((OPT_COMMENT, comment.encode()))
            if flags is not None:
                o.append((EPB_FLAGS, struct.pack(self._e + "I", flags & 0xFFFFFFFF)))
            opts = self._opts(o)
        blen = 32 + caplen + pad + len(opts)
        if blen > INITIAL_MAX_BLOCKSIZE:
            raise SavefileError(f"packet of {caplen} bytes is larger than readers accept")
        if self._closed:
            raise SavefileError("writer is closed")
        e = self._e
        self._emit(self._epb.pack(BT_EPB, blen, interface, units >> 32, units & 0xFFFFFFFF,
                                  caplen, wirelen) + bytes(data) + b"\0" * pad + opts
                   + struct.pack(e + "I", blen))

    def write(self, packet: Packet, interface: int | None = None, *,
              comment: str | None = None, flags: int | None = None) -> None:
        """Write a :class:`~purepcap.Packet`.

        The interface is ``interface`` if given, else ``packet.interface``
        when it names an interface of the packet's link type, else the first
        interface with that link type; with no interface at all, one is added
        for the packet's link type.  ``packet.comment`` and ``packet.pkttype``
        (as ``epb_flags``) are kept unless ``comment``/``flags`` override them.
        """
        if type(packet) is not Packet and not hasattr(packet, "wirelen"):
            raise packet_type_error("PcapNgWriter.write()", packet)
        if interface is None:
            lt = packet.linktype
            ifs = self.interfaces
            i = packet.interface
            if 0 <= i < len(ifs) and ifs[i].linktype == lt:
                interface = i
            else:
                for iface in ifs:
                    if iface.linktype == lt:
                        interface = iface.id
                        break
                else:
                    if ifs:
                        raise SavefileError(f"no interface with link type {lt} in this file")
                    interface = self.add_interface(lt)
        if comment is None:
            comment = packet.comment
        if flags is None:
            flags = pkttype_to_flags(packet.pkttype)
        wl = packet.wirelen
        data = packet.data
        if wl < len(data):
            wl = len(data)
        self.write_raw(packet.ts, data, wl, interface, comment=comment, flags=flags)

    def write_statistics(self, interface: int, ts_ns: int, *, starttime: int | None = None,
                         endtime: int | None = None, ifrecv: int | None = None,
                         ifdrop: int | None = None, filteraccept: int | None = None,
                         osdrop: int | None = None, usrdeliv: int | None = None,
                         comment: str | None = None) -> None:
        """Write an Interface Statistics Block (time stamps in nanoseconds)."""
        if not 0 <= interface < len(self.interfaces):
            raise SavefileError(f"no interface {interface}")
        e = self._e
        units = self._units(interface, ts_ns)
        o: list[tuple[int, bytes]] = []
        if comment is not None:
            o.append((OPT_COMMENT, comment.encode()))
        for code, t in ((2, starttime), (3, endtime)):
            if t is not None:
                u = self._units(interface, t)
                o.append((code, struct.pack(e + "II", u >> 32, u & 0xFFFFFFFF)))
        for code, v in ((4, ifrecv), (5, ifdrop), (6, filteraccept), (7, osdrop), (8, usrdeliv)):
            if v is not None:
                o.append((code, struct.pack(e + "Q", v)))
        self._block(BT_ISB, struct.pack(e + "III", interface, units >> 32, units & 0xFFFFFFFF)
                    + self._opts(o))

    def write_name_records(self, records: Iterable[NameRecord]) -> None:
        """Write a Name Resolution Block with the given records."""
        e = self._e
        parts = []
        for rec in records:
            val = bytes(rec.address) + b"".join(n.encode() + b"\0" for n in rec.names)
            rtype = {"ipv4": 1, "ipv6": 2, "eui48": 3, "eui64": 4}.get(rec.kind, rec.record_type)
            if len(val) > 0xFFFF:
                raise SavefileError("name record too long")
            parts.append(struct.pack(e + "HH", rtype, len(val)) + val + b"\0" * (-len(val) & 3))
        parts.append(struct.pack(e + "HH", 0, 0))
        self._block(BT_NRB, b"".join(parts))


