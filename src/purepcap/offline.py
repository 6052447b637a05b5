"""The saved-file backend: a pcap or pcapng file behind the capture handle.

:class:`OfflineBackend` implements :class:`purepcap.backend.Backend` over a
:mod:`purepcap.savefile` reader.  It never imports :mod:`purepcap.live`:
reading a file opens no socket and no ``eventfd``.

Filters run in user space, as the program translated to Python
(:meth:`purepcap.bpf.Program.matcher`).  A pcapng file may hold interfaces
of different link types and every :class:`~purepcap.Packet` carries its own
``linktype``; each packet is filtered with the program compiled for *its*
link type, compiled lazily, once per link type, by the compiler the handle
installed.  Reads never wait (:attr:`read_timeout` is 0), and an empty read
means the end of the file.
"""

from __future__ import annotations

import io
import os
from typing import Any, Callable, Sequence

from .backend import Compiler, Stats
from .errors import CaptureError, OptionError, PcapError, SavefileError
from .packet import Packet

__all__ = ["OfflineBackend", "check_source", "keep_matching"]

Matcher = Callable[[bytes, int], int]


def check_source(source: Any) -> Any:
    """``source`` as the savefile layer takes it: a path (``str``,
    ``os.PathLike``, ``bytes``), ``"-"`` for standard input, or a binary file
    object; TypeError for anything else."""
    if isinstance(source, (bytes, bytearray)):
        source = os.fsdecode(bytes(source))
    elif isinstance(source, os.PathLike):
        source = os.fspath(source)
        if isinstance(source, bytes):
            source = os.fsdecode(source)
    if isinstance(source, str):
        if "\0" in source:
            raise SavefileError(f"{source!r}: invalid file name (it contains a NUL byte)")
        return source
    if isinstance(source, io.TextIOBase):
        raise TypeError("source must be a path or a binary file object, not a text stream")
    if callable(getattr(source, "read", None)):
        return source
    raise TypeError(f"source must be a path or a binary file object, not {type(source).__name__}")


class OfflineBackend:
    """Reads a pcap/pcapng file through :mod:`purepcap.savefile`."""

    is_live = False
    read_timeout = 0

    def __init__(self, source: Any) -> None:
        from .savefile import Shard, open_reader, open_shard
        if isinstance(source, Shard):  # a byte range of a file (savefile.shards)
            self.reader = open_shard(source)
        else:
            self.reader = self._open(check_source(source), open_reader)
        self.linktype: int = self.reader.linktype
        self.snaplen: int = self.reader.snaplen
        self._program_for: Compiler | None = None
        #: link type -> matcher (None: that link type keeps every packet)
        self._matchers: dict[int, Matcher | None] = {}
        self._rfilter: tuple[Any] | None = None
        self._first_program: Any = None
        self._eof = False

    @staticmethod
    def _open(source: Any, open_reader: Callable[[Any], Any]) -> Any:
        try:
            return open_reader(source)
        except PcapError:
            raise
        except OSError as exc:
            raise SavefileError(f"{source}: {exc.strerror or exc}") from None

    # -- reading ----------------------------------------------------------------
    @property
    def eof(self) -> bool:
        return self._eof

    def read(self, max_count: int, timeout_ms: int | None) -> list[Packet]:
        if self._eof:
            return []
        n = max_count if max_count > 0 else 1024
        reader: Any = self.reader
        if self._program_for is not None and getattr(reader, "filters_records", False):
            # filter the records where they lie; packets only for those kept
            flt = self._record_filter()
            while flt is not None:
                kept = reader.read_kept(max_count, flt)
                if kept is None:
                    break                  # the careful path takes the next record
                if kept:
                    return kept  # type: ignore[no-any-return]
        elif self._program_for is None and getattr(reader, "batches_records", False):
            kept = reader.read_kept(max_count, None)
            if kept:
                return kept  # type: ignore[no-any-return]
        read_batch = reader.read_batch
        while True:
            batch = read_batch(n)
            if not batch:
                self._eof = True
                return []
            if self._program_for is None:
                return batch
            kept = self._keep(batch)
            if kept:
                return kept

    def read_rows(self, most: int) -> tuple[bytes, list[int]] | None:
        """The next kept plain records of a pcap file where they lie in the
        reader's buffer, ``(buffer, record header offsets)``, at most ``most``
        (<= 0: a reader's batch), possibly none; no packet is made (see
        :meth:`purepcap.savefile.pcap.PcapReader.read_rows`).  None when the
        next record needs :meth:`read` (the careful path, the end of the file),
        or the reader has no such path."""
        reader: Any = self.reader
        if self._eof or not getattr(reader, "filters_records", False) \
                or not callable(getattr(reader, "read_rows", None)):
            return None
        flt = None if self._program_for is None else self._record_filter()
        return reader.read_rows(most, flt)  # type: ignore[no-any-return]

    @property
    def has_records(self) -> bool:  # type: ignore[override]
        """True for the pcap and pcapng readers: :meth:`read_records` takes their
        plain records (pcap records, enhanced packet blocks) without making packets
        (see :mod:`purepcap.savefile._records`)."""
        return callable(getattr(self.reader, "read_records", None))

    def read_records(self, nanosecond: bool, count: int, timeout_ms: int | None
                     ) -> tuple[bytes, int, list[Packet]] | None:
        """The next kept records as pcap bytes for a file of this host's byte order
        and ``nanosecond`` resolution: ``(records, how many, [])``, ``records``
        a bytes-like object or a list of them (runs of records); or, where
        they can't be copied verbatim (other byte order or resolution, a record
        for libpcap's careful rules), ``(b"", 0, packets)`` from :meth:`read`.
        None at the end of the file."""
        if self._eof:
            return None
        reader: Any = self.reader
        if not callable(getattr(reader, "read_records", None)):
            raise CaptureError("this savefile has no record fast path (see has_records)")
        if reader.can_copy(nanosecond):
            got = reader.read_records(count, self._record_filter())
            if got is not None:
                parts, n = got
                # several runs stay a list of them (Capture.dump writes them as they are)
                return (parts[0] if len(parts) == 1 else parts), n, []  # type: ignore[return-value]
        batch = self.read(count if count > 0 else 0, timeout_ms)
        if not batch:
            return None
        return b"", 0, batch

    # -- filtering ---------------------------------------------------------------
    def install_filter(self, program_for: Compiler | None) -> None:
        # compile for the file's link type now, so errors show at setfilter()
        matchers: dict[int, Matcher | None] = {}
        program = None
        if program_for is not None:
            program = program_for(self.linktype, False)
            matchers[self.linktype] = _matcher(program)
        self._program_for = program_for
        self._matchers = matchers
        self._rfilter = None
        self._first_program = program

    def _record_filter(self) -> Any:
        """The filter as :mod:`purepcap.savefile._records` runs it (None: keep all)."""
        if self._program_for is None:
            return None
        rf = self._rfilter
        if rf is None:
            from .savefile._records import RecordFilter
            program = self._first_program      # compiled by install_filter
            rf = self._rfilter = (None if program is None else RecordFilter(program),)
        return rf[0]

    def _matcher_for(self, linktype: int) -> Matcher | None:
        try:
            return self._matchers[linktype]
        except KeyError:
            assert self._program_for is not None
            m = self._matchers[linktype] = _matcher(self._program_for(linktype, False))
            return m

    def _keep(self, batch: Sequence[Packet]) -> list[Packet]:
        first = self.linktype
        return keep_matching(batch, first, self._matcher_for(first), self._matcher_for)

    def refilter(self, pending: Sequence[Packet]) -> list[Packet]:
        drop = getattr(self.reader, "drop_kept", None)
        if drop is not None and drop(len(pending)):
            # the reader read ahead under the old filter: it starts again at
            # the first packet not handed out, so every record after the last
            # one handed out meets the new filter (as libpcap's one-by-one read)
            return []
        if self._program_for is None:
            return list(pending)
        return self._keep(pending)

    # -- waiting (reads never wait) -------------------------------------------------
    def wake(self) -> None:
        pass

    def clear_wake(self) -> None:
        pass

    def wait_fds(self) -> tuple[int, ...]:
        return ()

    def fileno(self) -> int:
        return self.reader.fileno()

    # -- what only a live capture can do --------------------------------------------
    def stats(self) -> Stats:
        raise CaptureError("statistics are not available when reading a savefile")

    def inject(self, data: bytes) -> int:
        raise CaptureError("cannot send packets on a savefile handle")

    def datalinks(self) -> list[int]:
        return [self.linktype]

    def set_datalink(self, dlt: int) -> None:
        if dlt != self.linktype:
            raise OptionError("a savefile's link type cannot be changed")

    def set_direction(self, direction: str) -> None:
        raise CaptureError("setting the direction is not supported on a savefile")

    def fanout(self, group_id: int, mode: str = "hash", *, defrag: bool = False,
               rollover: bool = False) -> None:
        raise CaptureError("fanout needs a live capture")

    def close(self) -> None:
        self.reader.close()


def keep_matching(batch: Sequence[Packet], first: int, m0: Matcher | None,
                  matcher_for: Callable[[int], Matcher | None]) -> list[Packet]:
    """The packets of ``batch`` a filter keeps, whole: as libpcap's offline reader
    (``pcap_offline_filter``) a nonzero value keeps the packet as it was read,
    whatever its size (a live capture's kernel cuts to it, a file's reader does not).

    ``m0`` is the matcher for link type ``first`` (the common case, looked up
    once), ``matcher_for(linktype)`` that of any other; a None matcher keeps
    every packet.
    """
    out: list[Packet] = []
    append = out.append
    for pkt in batch:
        lt = pkt.linktype
        m = m0 if lt == first else matcher_for(lt)
        if m is None or m(pkt.data, pkt.wirelen):
            append(pkt)
    return out


def _matcher(program: Any) -> Matcher | None:
    return None if program is None else program.matcher()  # type: ignore[no-any-return]
