"""Capture files: pcap and pcapng readers and writers.

>>> from purepcap.savefile import open_reader, PcapWriter
>>> with open_reader("in.pcapng") as r:                      # doctest: +SKIP
...     with PcapWriter("out.pcap", r.linktype, r.snaplen) as w:
...         for pkt in r:
...             w.write(pkt)

:func:`open_reader` detects the format from the first four bytes and returns a
:class:`PcapReader` or :class:`PcapNgReader` (both :class:`Reader`).  Readers
accept a path or any binary stream with ``read()``, including pipes
(``sys.stdin.buffer``); they read in chunks, in constant memory.  Broken
files raise :class:`~purepcap.SavefileError` (or
:class:`~purepcap.SavefileTruncated`) naming the byte offset, after the
packets before the damage have been delivered; libpcap 1.10.3's limits on
record and block sizes are enforced, so no file can make a reader allocate
more than those limits.
"""

from __future__ import annotations

from ..errors import SavefileError, SavefileTruncated
from ._common import Reader, Source, _Input, adjust_snapshot, max_snaplen_for_dlt
from ._info import InterfaceInfo, InterfaceStatistics, NameRecord, SectionInfo
from .pcap import PCAP_MAGICS, PcapReader, PcapWriter, encode_records
from .pcapng import PCAPNG_MAGIC, PcapNgReader, PcapNgWriter, flags_to_pkttype, pkttype_to_flags
from .shards import Shard as Shard, open_shard as open_shard, shards as shards

__all__ = [
    "open_reader",
    "Reader",
    "PcapReader",
    "PcapNgReader",
    "PcapWriter",
    "PcapNgWriter",
    "encode_records",
    "InterfaceInfo",
    "SectionInfo",
    "InterfaceStatistics",
    "NameRecord",
    "adjust_snapshot",
    "max_snaplen_for_dlt",
    "flags_to_pkttype",
    "pkttype_to_flags",
    "Shard",
    "shards",
    "open_shard",
]


def open_reader(source: Source) -> Reader:
    """Open a pcap or pcapng file (path or binary stream) and read its header.

    ``"-"`` means the standard input, as with libpcap.

    The header (pcapng: up to the first Interface Description Block) is read
    here, so errors libpcap reports at open time are raised here too.  A
    stream is read from its current position and is not closed by the reader.

    Raises:
        SavefileError: not a capture file, unsupported version, bad header.
        SavefileTruncated: the file ends inside its header.
    """
    inp = _Input(source)
    try:
        if not inp.fill(4):
            got = inp.available()
            raise SavefileTruncated(
                f"truncated dump file; tried to read 4 file header bytes, only got {got}", got)
        magic = bytes(inp.buf[inp.pos:inp.pos + 4])
        if magic in PCAP_MAGICS:
            return PcapReader(inp, magic)
        if magic == PCAPNG_MAGIC:
            return PcapNgReader(inp)
        raise SavefileError("unknown file format", 0)
    except BaseException:
        inp.close()
        raise
