"""Shared machinery for the savefile readers and writers.

* :class:`_Input` buffers a binary source (regular file, pipe, ``BytesIO``)
  in chunks and tracks absolute byte offsets, so every error can name where in
  the file it was found.  Memory use is bounded by the chunk size plus the
  largest record the format allows (libpcap's limits, see below).  On pipes,
  FIFOs and sockets it takes what has arrived instead of waiting for a full
  chunk, so the readers hand out each packet once its record is complete.
* :class:`Reader` is the base class of :class:`~purepcap.savefile.PcapReader`
  and :class:`~purepcap.savefile.PcapNgReader`: iteration, ``read_batch``,
  deferred errors, closing.
* Snapshot-length rules copied (as facts) from libpcap 1.10.3:
  ``max_snaplen_for_dlt`` and ``adjust_snapshot``.

Why chunks and not ``mmap``: both were measured (``bench/read_speed.py``); with
the per-packet work dominated by building :class:`~purepcap.Packet` objects
the two are within noise of each other, and chunked reads work the same way
on pipes (``-r -``), so there is one code path to test.
"""

from __future__ import annotations

import os
import select
import stat
import sys
from functools import partial
from itertools import chain
from typing import IO, Any, BinaryIO, Iterator, Literal, Protocol, Union

from ..errors import PcapError, SavefileError, SavefileTruncated, type_error
from ..linktype import LinkType
from ..packet import Batch, Packet, filled_from_batch, from_batch, settle

__all__ = ["Reader", "max_snaplen_for_dlt", "adjust_snapshot", "HOST_ORDER", "ByteOrder",
           "Source", "ReadableStream"]

ByteOrder = Literal["little", "big"]


class ReadableStream(Protocol):
    """Any binary stream a reader can take: ``read(n) -> bytes``."""

    def read(self, n: int = ..., /) -> bytes: ...


#: what the readers open: a path (``"-"`` is the standard input) or a binary stream
Source = Union[str, bytes, "os.PathLike[str]", BinaryIO, IO[bytes], ReadableStream]

#: Byte order of this machine; libpcap converts pseudo-headers written by a
#: host of the other byte order into this one.
HOST_ORDER: ByteOrder = sys.byteorder

#: libpcap's MAXIMUM_SNAPLEN.
MAXIMUM_SNAPLEN = 262144

#: Bytes requested from the source per read.
CHUNK = 256 * 1024


def max_snaplen_for_dlt(dlt: int) -> int:
    """Largest packet libpcap accepts for a link type (its ``max_snaplen_for_dlt``)."""
    if dlt == LinkType.DBUS:
        return 128 * 1024 * 1024
    if dlt == LinkType.EBHSCR:
        return 8 * 1024 * 1024
    if dlt == LinkType.USBPCAP:
        return 1024 * 1024
    return MAXIMUM_SNAPLEN


def adjust_snapshot(dlt: int, snaplen: int) -> int:
    """The snapshot length libpcap 1.10.3 reports for a file header value.

    libpcap treats the 32-bit field as a signed ``int``: 0 and values with the
    top bit set become the link type's maximum; everything else is kept, even
    when larger than that maximum.
    """
    snaplen &= 0xFFFFFFFF
    if snaplen == 0 or snaplen >= 0x80000000:
        return max_snaplen_for_dlt(dlt)
    return snaplen


class _Input:
    """A chunk-buffered binary source with absolute offsets.

    ``buf[pos:]`` holds bytes not yet consumed; ``base`` is the file offset of
    ``buf[0]``.  Readers may work on ``buf``/``pos`` directly in hot loops and
    store ``pos`` back.

    Regular files (and streams without a file descriptor, such as ``BytesIO``)
    are read in large chunks: a read never waits there.  Any other descriptor
    (pipe, FIFO, socket, terminal: ``stream`` is True) is read the way a
    producer feeds it: one underlying read per call (``read1`` on buffered
    streams), returning what has arrived, and ``fill(n, wait=False)`` reads
    only while the descriptor has data ready (``poll`` with a zero timeout).
    The readers pass ``wait=False`` once they hold a packet, so a batch is
    returned as soon as waiting would be needed for the next record, as
    tcpdump prints each packet when its record is complete.
    """

    __slots__ = ("_f", "_read", "_owned", "buf", "pos", "base", "eof", "name", "stream",
                 "_ready", "_back")

    def __init__(self, source: Source) -> None:
        if isinstance(source, str) and source == "-":
            # as libpcap's pcap_open_offline("-"): the standard input
            source = sys.stdin.buffer
        if isinstance(source, (str, bytes, os.PathLike)):
            try:
                f: Any = open(source, "rb", buffering=0)
            except OSError as exc:
                raise SavefileError(f"{os.fsdecode(source)}: {exc.strerror or exc}") from None
            self._owned = True
            self.name = os.fsdecode(source)
        else:
            f = source
            self._owned = False
            self.name = str(getattr(source, "name", "stream"))
            if not callable(getattr(f, "read", None)):
                raise type_error("open_reader()", "source",
                                 "a path (str, bytes, os.PathLike) or a binary stream with read()",
                                 source)
        self._f = f
        self._read = f.read
        self.buf = b""
        self.pos = 0
        self.base = 0
        self.eof = False
        self.stream = False
        self._ready: Any = None
        self._setup_stream(f)
        #: a regular file this opened: a refill seeks back over the bytes left
        #: and reads them again with the next ones (the kernel copies them from its
        #: page cache), so no buffer is joined
        self._back: Any = f.seek if self._owned and not self.stream else None

    def _setup_stream(self, f: Any) -> None:
        """Switch to stream mode when ``f`` is a descriptor other than a regular file."""
        try:
            fd = int(f.fileno())
            mode = os.fstat(fd).st_mode
        except (AttributeError, OSError, ValueError, TypeError):
            return  # no descriptor (BytesIO, custom streams): reads do not wait
        if stat.S_ISREG(mode):
            return
        self.stream = True
        read1 = getattr(f, "read1", None)
        try:
            blocking = os.get_blocking(fd)
        except OSError:
            blocking = True
        if callable(read1) and blocking:
            # one raw read returning what is there (BufferedReader.read(n) waits for n);
            # on a non-blocking descriptor read1 says b"" for "no data", so keep read()
            self._read = read1
        if hasattr(select, "poll"):
            poller = select.poll()
            poller.register(fd, select.POLLIN)
            self._ready = partial(poller.poll, 0)
        else:  # pragma: no cover - every Linux has poll
            self._ready = lambda: select.select([fd], [], [], 0)[0]

    # -- reading -----------------------------------------------------------------

    def _get(self, n: int) -> bytes:
        try:
            data = self._read(n)
        except OSError as exc:
            raise SavefileError(f"error reading dump file: {exc.strerror or exc}",
                                self.base + len(self.buf)) from None
        except (ValueError, TypeError) as exc:  # closed file, text stream
            raise SavefileError(f"error reading dump file: {exc}",
                                self.base + len(self.buf)) from None
        if data is None:  # non-blocking stream without data
            raise SavefileError("error reading dump file: stream would block",
                                self.base + len(self.buf))
        if not isinstance(data, bytes):
            if isinstance(data, str):
                raise SavefileError("source is a text stream; open it in binary mode")
            data = bytes(data)
        return data

    def fill(self, need: int, wait: bool = True) -> bool:
        """Make at least ``need`` unconsumed bytes available; False at EOF short of that.

        With ``wait=False`` a stream is read only while it has data ready, so
        False may also mean "not there yet": ``eof`` tells the two apart.
        Bytes read are kept either way (a record split across reads is
        completed by a later call).
        """
        have = len(self.buf) - self.pos
        if have >= need:
            return True
        if self.eof:
            return False
        nowait = not wait and self.stream
        if nowait and not self._readable():
            return False
        back = self._back
        if have and back is not None and need > CHUNK:
            try:
                back(-have, os.SEEK_CUR)
            except (OSError, ValueError):
                self._back = back = None
            else:
                self.base += len(self.buf) - have
                self.pos = 0
                self.buf = b""
                have = 0
        parts = [self.buf[self.pos:]] if have else []
        self.base += self.pos
        self.pos = 0
        while have < need:
            want = max(CHUNK, need - have)
            data = self._get(want)
            if not data:
                self.eof = True
                break
            parts.append(data)
            have += len(data)
            if nowait and have < need and not self._readable():
                break
        self.buf = parts[0] if len(parts) == 1 else b"".join(parts)
        return have >= need

    def fill_next(self, need: int, wait: bool, truncated: str) -> bool:
        """:meth:`fill` for the ``need`` bytes that start the next record or block.

        False when they have not arrived yet (``wait=False`` on a stream) or at
        a clean end of file (no byte left); :class:`~purepcap.SavefileTruncated`
        when the file ends inside them, its message ``truncated`` formatted
        with ``need`` and ``got``.
        """
        if self.fill(need, wait):
            return True
        got = self.available()
        if not self.eof or got == 0:
            return False
        raise SavefileTruncated(truncated.format(need=need, got=got), self.offset())

    def _readable(self) -> bool:
        """True when a read of the stream returns without waiting."""
        try:
            return bool(self._ready())
        except (OSError, ValueError):
            return True  # let the read itself report the problem

    def available(self) -> int:
        return len(self.buf) - self.pos

    def left(self) -> int:
        """Bytes left to read, buffered ones included, as far as the file's size
        says (the buffered ones only for a stream or a file that can't say)."""
        have = len(self.buf) - self.pos
        if self.eof or self.stream:
            return have
        try:
            size = os.fstat(self._f.fileno()).st_size
        except (AttributeError, OSError, ValueError):
            return have
        return have + max(0, size - self.base - len(self.buf))

    def offset(self) -> int:
        """Absolute offset of the next unconsumed byte."""
        return self.base + self.pos

    def take(self, n: int) -> bytes:
        """Consume exactly ``n`` bytes (caller made sure they are there)."""
        p = self.pos
        self.pos = p + n
        return self.buf[p:p + n]

    def fileno(self) -> int:
        try:
            return int(self._f.fileno())
        except (AttributeError, OSError, ValueError) as exc:
            raise SavefileError(f"{self.name} has no file descriptor ({exc})") from None

    def close(self) -> None:
        self.buf = b""
        self.pos = 0
        if self._owned:
            try:
                self._f.close()
            except OSError:
                pass


class Reader:
    """Base class of the capture-file readers.

    Iterating a reader yields :class:`~purepcap.Packet` objects (``data`` is a
    ``bytes`` object owned by the packet).  Packets are parsed in batches;
    when the file turns out to be broken, the packets before the damage are
    delivered first, then :class:`~purepcap.SavefileError` (or
    :class:`~purepcap.SavefileTruncated` when the file just ends early) is
    raised, naming the byte offset.  After an error the reader keeps raising
    it.

    Attributes common to both formats:

    ``linktype``
        DLT value of the file (pcap) or of the first interface (pcapng).
    ``snaplen``
        Snapshot length, adjusted as libpcap does (0 and huge values become
        the link type's maximum).
    ``tsprecision``
        ``"micro"`` or ``"nano"``: the file's time-stamp resolution (pcapng:
        of the first interface; ``"nano"`` when finer than microseconds).
    ``interfaces``
        List of :class:`~purepcap.savefile.InterfaceInfo` (pcap: exactly one);
        ``Packet.interface`` indexes it (always 0 for pcap files).
    ``version``
        ``(major, minor)`` format version (pcapng: of the first section).
    ``byteorder``
        ``"little"`` or ``"big"`` (pcapng: of the first section).
    ``comment``
        Section comment (pcapng ``shb_comment``), ``None`` for pcap.
    ``format``
        ``"pcap"`` or ``"pcapng"``.
    """

    format: str = ""
    linktype: int
    snaplen: int
    tsprecision: str
    version: tuple[int, int]
    byteorder: str
    comment: str | None = None

    #: Packets parsed per internal batch when iterating (256 measured best:
    #: bigger batches keep more young objects alive for the cyclic GC to scan).
    BATCH = 256

    def __init__(self, inp: _Input) -> None:
        self._in = inp
        self._error: PcapError | None = None
        self._closed = False
        self.interfaces: list[Any] = []
        #: the batch of the last packets made with packet.from_batch
        self._lent: Batch | None = None
        #: batches made in a row with their fields (see _lend)
        self._filled = 0

    # -- to implement ------------------------------------------------------------

    def _parse(self, limit: int, out: list[Packet]) -> None:
        """Append up to ``limit`` packets to ``out``; raise at damage or return at EOF.

        May also return early once ``out`` holds a packet and the next record
        has not fully arrived (``_Input.fill(..., wait=False)``); ``out`` is
        the fresh list :meth:`read_batch` made.
        """
        raise NotImplementedError

    # -- public API --------------------------------------------------------------

    @property
    def name(self) -> str:
        """The file name, or the stream's ``name`` attribute, or ``"stream"``."""
        return self._in.name

    def read_batch(self, n: int = 1024) -> list[Packet]:
        """Return up to ``n`` next packets; an empty list at the end of the file.

        Waits only for the first packet: on a pipe, FIFO or socket the batch
        is returned as soon as the next record has not fully arrived (the
        rest of it is kept for the next call), so packets come out as the
        producer writes them.

        Raises :class:`~purepcap.SavefileError` when the next record is
        damaged and no packet could be returned before it.
        """
        if self._error is not None:
            raise self._error
        if self._closed:
            raise SavefileError("reader is closed")
        if n <= 0:
            return []
        out: list[Packet] = []
        try:
            self._parse(n, out)
        except PcapError as exc:
            self._error = exc
            if not out:
                raise
        return out

    def __iter__(self) -> Iterator[Packet]:
        # C-level iteration: chain the batches read_batch returns until it
        # returns [] (no generator frame per packet)
        return chain.from_iterable(iter(partial(self.read_batch, self.BATCH), []))

    def next(self) -> Packet | None:
        """The next packet, or ``None`` at the end of the file."""
        batch = self.read_batch(1)
        return batch[0] if batch else None

    def fileno(self) -> int:
        """File descriptor of the source (``SavefileError`` if it has none, e.g. ``BytesIO``)."""
        return self._in.fileno()

    def _lend(self, batch: Batch) -> list[Packet]:
        """The packets of ``batch`` (:func:`purepcap.packet.from_batch`), to hand
        out; the batch handed out before is settled first (its packets held
        elsewhere get fields of their own, so they stop holding its buffer), and
        its packets that nothing holds are used again.  Once the fields of a
        batch's packets have been read, the next ones are made with their fields
        (:func:`purepcap.packet.filled_from_batch`), one batch in 16 without."""
        prev = self._lent
        if prev is not None and prev.packets is None:
            # the fields of the last batch's packets were read (or they were made
            # with them): so are these, most likely; made with their fields, for
            # 15 batches, then once without, to look again
            self._filled = (self._filled + 1) & 15
        else:
            self._filled = 0
        spare = settle(prev)
        self._lent = batch
        if self._filled:
            return filled_from_batch(batch)
        return from_batch(batch, spare)

    def close(self) -> None:
        """Release the file (only closed if the reader opened it)."""
        if not self._closed:
            self._closed = True
            settle(self._lent)
            self._lent = None
            self._in.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> "Reader":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return (f"<{type(self).__name__} {self.name!r} linktype={self.linktype} "
                f"snaplen={self.snaplen}>")

