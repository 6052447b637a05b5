"""Classic pcap records straight from a capture: the ``-w`` fast path.

Writing a capture file one :class:`~purepcap.Packet` at a time costs a Python
object per packet, a record header packed per packet and a buffered write per
packet.  A ring block already holds everything a pcap record needs: the
``tpacket3_hdr`` carries ``tp_sec``, ``tp_nsec``, ``tp_snaplen`` and
``tp_len`` back to back, which *is* a nanosecond pcap record header in this
host's byte order, and the frame bytes follow at ``tp_mac``.  So the ring
walker (:meth:`purepcap.live.ring.RingV3.take_records`) turns a whole block
into a list of ``bytes`` pieces, and this module joins them and writes them
with one ``write()`` per block.

:class:`RecordSink` owns the destination: the file header is written by
:class:`purepcap.savefile.PcapWriter` (so the header is the savefile
package's, byte for byte), then records go to the same stream, in the same
byte order (the host's).  :func:`encode` turns already decoded packets into
records exactly as ``PcapWriter.write`` would.
"""

from __future__ import annotations

import os
from typing import IO, Any, BinaryIO, Iterable

from ..errors import SavefileError
from ..packet import Packet
from ._linux import PCAP_REC

__all__ = ["RecordSink", "encode"]

_pack = PCAP_REC.pack


def encode(packets: Iterable[Packet], nanosecond: bool, parts: list) -> int:
    """Append the pcap records of ``packets`` to ``parts``; return how many.

    Same fields as ``PcapWriter.write``: caplen is ``len(data)``, the original
    length is at least caplen, the fraction is nanoseconds or microseconds.
    """
    n = 0
    append = parts.append
    for pkt in packets:
        data = pkt.data
        caplen = len(data)
        wl = pkt.wirelen
        if wl < caplen:
            wl = caplen
        sec, frac = divmod(pkt.ts, 1_000_000_000)
        if not nanosecond:
            frac //= 1000
        try:
            append(_pack(sec, frac, caplen, wl))
        except Exception:  # struct.error: the time stamp does not fit 32 bits
            raise SavefileError(f"time stamp {pkt.ts} does not fit a pcap record") from None
        append(data if type(data) is bytes else bytes(data))
        n += 1
    return n


class RecordSink:
    """A pcap file being written in whole blocks of records.

    ``dest`` is a path (created or truncated, closed by :meth:`close`) or a
    binary stream (flushed, not closed).  The header is written at once, with
    ``linktype``, ``snaplen`` and the nanosecond or microsecond magic.
    """

    def __init__(self, dest: str | os.PathLike[str] | BinaryIO | IO[bytes], linktype: int,
                 snaplen: int, nanosecond: bool) -> None:
        from ..savefile import PcapWriter
        self.nanosecond = nanosecond
        if isinstance(dest, (str, bytes, os.PathLike)):
            try:
                # unbuffered: one write() system call per block
                self._f: Any = open(dest, "wb", buffering=0)
            except OSError as exc:
                raise SavefileError(f"{os.fsdecode(dest)}: {exc.strerror or exc}") from None
            self._owned = True
        else:
            if not callable(getattr(dest, "write", None)):
                raise SavefileError("destination is neither a path nor a writable binary stream")
            self._f = dest
            self._owned = False
        try:
            # The savefile writer writes the header (host byte order, which is
            # the order of our records) and nothing else; it does not close
            # the stream.
            header = PcapWriter(self._f, linktype=linktype, snaplen=snaplen,
                                nanosecond=nanosecond, close_dest=False)
            header.close()
        except BaseException:
            if self._owned:
                self._f.close()
            raise
        self.written = 0

    def write(self, chunk: bytes) -> None:
        """Write one block of records (all of it, or raise SavefileError)."""
        if not chunk:
            return
        f = self._f
        try:
            n = f.write(chunk)
            if n is not None and n < len(chunk):
                view = memoryview(chunk)
                while n < len(chunk):
                    m = f.write(view[n:])
                    if m is None:       # pragma: no cover - non-blocking stream
                        continue
                    n += m
        except OSError as exc:
            raise SavefileError(f"error writing dump file: {exc.strerror or exc}") from None

    def flush(self) -> None:
        fl = getattr(self._f, "flush", None)
        if fl is not None:
            try:
                fl()
            except OSError as exc:
                raise SavefileError(f"error writing dump file: {exc.strerror or exc}") from None

    def close(self) -> None:
        f, self._f = self._f, None
        if f is None:
            return
        try:
            fl = getattr(f, "flush", None)
            if fl is not None:
                fl()
        except OSError as exc:
            raise SavefileError(f"error writing dump file: {exc.strerror or exc}") from None
        finally:
            if self._owned:
                try:
                    f.close()
                except OSError as exc:
                    raise SavefileError(f"error closing dump file: {exc.strerror or exc}") \
                        from None
