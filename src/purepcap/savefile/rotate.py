"""Output files of a capture: tcpdump's ``-w`` with ``-C``, ``-G``, ``-W``, ``-z``, and pcapng.

:class:`OutputFiles` is the writer the ``purepcap`` command gives
:meth:`purepcap.Capture.dump`.  It writes pcap (one link type, the input's
FCS bits kept in the header) or, with ``pcapng=True``, pcapng (one
interface block per input interface, with its name and link type, time
stamps in nanoseconds, so several link types and any time up to 2554 fit),
and it rotates files as tcpdump 4.99.3 does.  These rules were read from
tcpdump's source and checked by running it (``tests/test_cli_files.py``):

File names (tcpdump's ``MakeFilename``):

* with ``-G`` the ``-w`` argument is a ``strftime(3)`` pattern, expanded with
  the local time of the last rotation (the start time for the first file);
* with ``-C`` files are numbered.  Without ``-W`` the first file has the plain
  name, then ``name1``, ``name2``, ...; with ``-W N`` every file has a number
  padded to as many digits as ``N - 1`` has, and the numbers wrap: ``-W 3``
  gives the ring ``name0 name1 name2``, ``-W 11`` gives ``name00`` ...
  ``name10``;
* ``-G`` without ``-C`` adds no number: each rotation opens the expanded
  pattern again (truncating it when the pattern has no conversion).

Rotation, decided before each packet is written (so a file passes ``-C`` by
at most one packet, and an idle capture does not rotate):

1. ``-G S``: when ``S`` or more wall-clock seconds (``time()``, also when
   reading a file) have passed since the last rotation: close the file, run
   ``-z``; without ``-C``, with ``-W N``, the ``N``-th rotation ends the
   capture (:class:`FileLimitReached`, tcpdump prints ``Maximum file limit
   reached: N``) and the packet that found the limit is not written;
   otherwise open the next file, numbered 0 again.
2. ``-C B``: when the current file holds more than ``B`` bytes (header and
   records, buffered ones included, libpcap's ``ftell``): close, run ``-z``,
   count up (modulo ``N`` with ``-W N``), open the next file.

``-z CMD`` runs ``CMD FILE`` (found in ``PATH``, no shell: tcpdump's
``execlp``) at the lowest priority for each file closed by a rotation,
without waiting for it; the last file is not given to it, as in tcpdump.

What tcpdump lacks and this adds: a file name that is the file being read
(same device and inode) is refused before it is truncated; a block device
is refused; a file that received no packet because writing the first one
failed (a time stamp a pcap file can't hold, a link type it can't hold) is
removed; a failed write (disk full) cuts the file back to its last whole
record.  Character devices (``-w /dev/null``) and FIFOs are written to, as
by tcpdump; directories and sockets fail to open with tcpdump's messages.
"""

from __future__ import annotations

import fcntl
import os
import stat
import subprocess
import sys
import time
from datetime import datetime, timezone
from typing import IO, Any, Callable, Iterable, Sequence

from ..errors import LinkTypeError, PcapError, SavefileError
from ..packet import Packet
from ._info import InterfaceInfo
from .pcap import PcapWriter
from .pcapng import PcapNgWriter

__all__ = ["OutputFiles", "FileLimitReached", "file_name", "number_width", "PATH_MAX"]

#: Linux's PATH_MAX; tcpdump refuses longer generated names.
PATH_MAX = 4096

#: What a classic pcap record's signed 32-bit seconds can hold.
_PCAP_SECONDS = (-(1 << 31), (1 << 31) - 1)


class FileLimitReached(PcapError):
    """``-G`` with ``-W N`` (and no ``-C``): the ``N``-th file was closed; the capture ends."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"Maximum file limit reached: {limit}")
        self.limit = limit


def number_width(max_files: int) -> int:
    """Digits of the file numbers for ``-W max_files`` (tcpdump's ``getWflagChars``): those
    of ``max_files - 1``, 0 for 1 file."""
    return len(str(max_files - 1)) if max_files > 1 else 0


def file_name(template: str, count: int, width: int, when: float | None = None) -> str:
    """The name of an output file (tcpdump's ``MakeFilename``).

    ``when`` (seconds since the epoch, ``-G``): expand ``template`` with
    ``strftime`` in local time.  Then ``count`` is appended, zero-padded to
    ``width`` digits, unless both are 0.
    """
    name = template
    if when is not None:
        try:
            name = time.strftime(template, time.localtime(when))
        except (ValueError, OverflowError) as exc:
            raise SavefileError(f"{template}: can't expand the file name pattern ({exc})"
                                ) from None
    if count or width:
        name = f"{name}{count:0{width}d}"
        if len(os.fsencode(name)) > PATH_MAX:
            raise SavefileError(f"too many output files or filename is too long (> {PATH_MAX})")
    return name


def _utc(seconds: int) -> str:
    try:
        return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    except (OverflowError, OSError, ValueError):
        return f"{seconds} s after the epoch"


def _label(dlt: int) -> str:
    from ..linktype import dlt_to_description, dlt_to_name
    try:
        return f"{dlt_to_name(dlt)} ({dlt_to_description(dlt)})"
    except PcapError:
        return str(dlt)


def _lowest_priority() -> None:  # pragma: no cover - runs in the child
    try:
        os.setpriority(os.PRIO_PROCESS, 0, 19)
    except OSError:
        pass


class OutputFiles:
    """The ``-w`` destination: one file, or a rotating series (see the module's text).

    Args:
        template: the ``-w`` argument (``"-"``: standard output; with ``-G`` a
            ``strftime`` pattern).
        linktype, snaplen: the pcap header's (pcapng: of interfaces without a
            description in ``interfaces``).
        nanosecond: pcap only: nanosecond magic and fractions, else microseconds.
        linktype_ext: pcap only: FCS bits of the header's link-type field
            (``PcapReader.linktype_ext``), kept as tcpdump keeps them.
        pcapng: write pcapng instead of pcap.
        interfaces: pcapng: the source's interfaces (``Packet.interface``
            indexes them), a sequence or a callable returning it (a reader's
            list grows while it reads).  Each output file describes them in
            its interface blocks (name, description, link type, snapshot
            length, FCS length, filter, comment; resolution always
            nanoseconds).
        comment, os_name: pcapng section comment and ``shb_os``.
        file_size: ``-C`` in bytes (tcpdump's units are 1,000,000 bytes); 0: none.
        rotate_seconds: ``-G``; 0: none.
        max_files: ``-W``; 0: none.
        postrotate: ``-z`` command, run with each rotated-out file's name.
        flush_each: hand every packet to the OS as it is written (``-U``).
        protect: ``(st_dev, st_ino)`` pairs that must never be opened (the input).
        clock: wall clock for ``-G`` (``time.time``).
        stdout: binary stream for the name ``"-"`` (default ``sys.stdout.buffer``).
        err: text stream for ``-z`` failures (default ``sys.stderr``).

    :meth:`write` takes a :class:`~purepcap.Packet`; :meth:`write_records`
    already-encoded pcap records (the live fast path), accepted only while
    :attr:`accepts_records` is true (plain pcap, no rotation).  Each record is
    handed to the file whole.
    """

    def __init__(self, template: str, linktype: int, snaplen: int = 262144, *,
                 nanosecond: bool = False, linktype_ext: int = 0, pcapng: bool = False,
                 interfaces: Sequence[InterfaceInfo] | Callable[[], Sequence[InterfaceInfo]] = (),
                 comment: str | None = None, os_name: str | None = None,
                 file_size: int = 0, rotate_seconds: int = 0, max_files: int = 0,
                 postrotate: str | None = None, flush_each: bool = False,
                 protect: Iterable[tuple[int, int]] = (),
                 clock: Callable[[], float] = time.time,
                 stdout: IO[bytes] | None = None, err: IO[str] | None = None) -> None:
        self.template = template
        self.linktype = int(linktype)
        self.snaplen = snaplen
        self.nanosecond = bool(nanosecond)
        self.linktype_ext = linktype_ext & 0xFC000000
        self.pcapng = bool(pcapng)
        #: pcapng files take packets of any link type; pcap files only ``linktype``
        self.multi_linktype = self.pcapng
        self._src = interfaces if callable(interfaces) else (lambda: interfaces)
        self.comment = comment
        self.os_name = os_name
        self.file_size = file_size
        self.rotate_seconds = rotate_seconds
        self.max_files = max_files
        self.postrotate = postrotate
        self.flush_each = bool(flush_each)
        self._protect = set(protect)
        self._clock = clock
        self._stdout = stdout
        self._err = err
        self._width = number_width(max_files) if max_files else 0
        self._gtime = int(clock())
        self._gcount = 0
        self._ccount = 0
        self._children: list[subprocess.Popen[bytes]] = []
        #: every file opened, in order (a ring's names repeat)
        self.names: list[str] = []
        #: packets written, over every file
        self.packets = 0
        self._w: Any = None
        self._closed = False
        self._open(self._name(0, self._width if file_size else 0))

    # -- what Capture.dump asks ----------------------------------------------------------
    @property
    def accepts_records(self) -> bool:
        """True when :meth:`write_records` may be used (pcap, no -C/-G rotation)."""
        return not (self.pcapng or self.file_size or self.rotate_seconds)

    @property
    def name(self) -> str:
        """The current file's name (``"-"``: standard output)."""
        return self._cur

    @property
    def closed(self) -> bool:
        return self._closed

    # -- files -------------------------------------------------------------------------
    def _name(self, count: int, width: int) -> str:
        when = self._gtime if self.rotate_seconds else None
        return file_name(self.template, count, width, when)

    def _check_target(self, name: str) -> None:
        try:
            st = os.stat(name)
        except OSError:
            return  # opening it tells what is wrong, in tcpdump's words
        if (st.st_dev, st.st_ino) in self._protect:
            raise SavefileError(f"{name}: is the file being read; refusing to overwrite it")
        if stat.S_ISBLK(st.st_mode):
            raise SavefileError(f"{name}: is a block device; refusing to write a capture "
                                "file over it")

    def _open(self, name: str) -> None:
        self._cur = name
        self._regular = False
        self._file_packets = 0
        self._stream: Any = None
        if name == "-":
            stream: Any = self._stdout if self._stdout is not None else sys.stdout.buffer
            owned = False
        else:
            self._check_target(name)
            try:
                stream = open(name, "wb", buffering=0)
            except OSError as exc:
                raise SavefileError(f"{name}: {exc.strerror or exc}") from None
            owned = True
            self._stream = stream
            try:
                self._regular = stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
            except OSError:
                pass
        try:
            if self.pcapng:
                w: Any = PcapNgWriter(stream, comment=self.comment, os=self.os_name,
                                      close_dest=owned)
                self._ifmap: dict[Any, int] = {}
                for info in self._src():
                    self._describe(w, info)
            else:
                w = PcapWriter(stream, self.linktype, self.snaplen, self.nanosecond,
                               linktype_ext=self.linktype_ext, close_dest=owned)
        except PcapError:
            if owned:
                stream.close()
            self._remove()
            raise
        self._w = w
        self._header = w.size
        self.names.append(name)

    def _remove(self) -> None:
        """Remove a file whose header could not be written."""
        if self._regular:
            try:
                os.unlink(self._cur)
            except OSError:
                pass
            self._regular = False

    def _close_file(self) -> None:
        w, self._w = self._w, None
        if w is not None:
            w.close()

    def chown(self, uid: int, gid: int) -> None:
        """Give the current file to ``uid:gid`` (``-Z`` without rotation, as Debian's tcpdump)."""
        if self._cur == "-" or self._w is None:
            return
        try:
            os.chown(self._cur, uid, gid)
        except OSError as exc:
            raise SavefileError(f"{self._cur}: can't change its owner: "
                                f"{exc.strerror or exc}") from None

    # -- pcapng interfaces ---------------------------------------------------------------
    def _describe(self, w: Any, info: InterfaceInfo) -> int:
        flt = None
        if info.filter and info.filter[:1] == b"\0":
            flt = info.filter[1:].decode("utf-8", "replace")
        oid: int = w.add_interface(info.linktype, info.raw_snaplen or info.snaplen,
                                   name=info.name, description=info.description, tsresol=9,
                                   fcslen=info.fcslen, os=info.os, filter=flt,
                                   hardware=info.hardware, speed=info.speed,
                                   comment=info.comments[0] if info.comments else None)
        self._ifmap[(info.id, info.linktype)] = oid
        self._ifmap[id(info)] = oid
        return oid

    def _interface(self, pkt: Packet) -> int:
        key = (pkt.interface, pkt.linktype)
        oid = self._ifmap.get(key)
        if oid is not None:
            return oid
        src = self._src()
        i, lt = pkt.interface, pkt.linktype
        info = src[i] if 0 <= i < len(src) and src[i].linktype == lt else None
        if info is None:  # a live interface index: the source interface of that link type
            info = next((s for s in src if s.linktype == lt), None)
        if info is None:
            oid = self._w.add_interface(lt, self.snaplen, tsresol=9)
        elif id(info) in self._ifmap:
            oid = self._ifmap[id(info)]
        else:
            oid = self._describe(self._w, info)
        self._ifmap[key] = oid
        return oid

    # -- rotation ------------------------------------------------------------------------
    def _rotate_if_due(self) -> None:
        if self.rotate_seconds:
            t = int(self._clock())
            if t - self._gtime >= self.rotate_seconds:
                self._gtime = t
                self._gcount += 1
                done = self._cur
                self._close_file()
                self._run_postrotate(done)
                if not self.file_size and self.max_files and self._gcount >= self.max_files:
                    self._closed = True
                    raise FileLimitReached(self.max_files)
                self._ccount = 0
                self._open(self._name(0, self._width if self.file_size else 0))
        if self.file_size and self._w.size > self.file_size:
            done = self._cur
            self._close_file()
            self._run_postrotate(done)
            self._ccount += 1
            if self.max_files and self._ccount >= self.max_files:
                self._ccount = 0
            self._open(self._name(self._ccount, self._width))

    def _run_postrotate(self, name: str) -> None:
        if not self.postrotate:
            return
        self._children = [c for c in self._children if c.poll() is None]
        try:
            child = subprocess.Popen([self.postrotate, name], preexec_fn=_lowest_priority,
                                     close_fds=True)
        except OSError as exc:
            err = self._err if self._err is not None else sys.stderr
            err.write(f"compress_savefile: execlp({self.postrotate}, {name}) failed: "
                      f"{exc.strerror or exc}\n")
            err.flush()
            return
        self._children.append(child)

    # -- writing -------------------------------------------------------------------------
    def write(self, pkt: Packet) -> None:
        """Write one packet (rotating first when due)."""
        if self._closed:
            raise SavefileError("the output files are closed")
        if self.file_size or self.rotate_seconds:
            self._rotate_if_due()
        w = self._w
        try:
            if self.pcapng:
                w.write(pkt, self._interface(pkt))
            else:
                if pkt.linktype != self.linktype and pkt.linktype >= 0:
                    raise LinkTypeError(f"packet {self.packets + 1} has link type "
                                        f"{_label(pkt.linktype)} but {self._cur} has "
                                        f"{_label(self.linktype)}")
                w.write(pkt)
        except PcapError as exc:
            self._failed(exc, pkt)
        self.packets += 1
        self._file_packets += 1
        if self.flush_each:
            self.flush()

    def write_records(self, data: bytes) -> None:
        """Write already-encoded pcap records of this file's link type and resolution
        (only while :attr:`accepts_records`)."""
        if not self.accepts_records:
            raise SavefileError("these output files take packets, not encoded records")
        if self._closed:
            raise SavefileError("the output files are closed")
        try:
            self._w.write_records(data)
        except PcapError as exc:
            self._failed(exc, None)
        if data:
            self._file_packets += 1
        if self.flush_each:
            self.flush()

    def write_record_parts(self, parts: list[Any]) -> None:
        """:meth:`write_records` for records held in several buffers, written
        without joining them."""
        if not self.accepts_records:
            raise SavefileError("these output files take packets, not encoded records")
        if self._closed:
            raise SavefileError("the output files are closed")
        try:
            self._w.write_record_parts(parts)
        except PcapError as exc:
            self._failed(exc, None)
        if parts:
            self._file_packets += 1
        if self.flush_each:
            self.flush()

    def positional(self) -> tuple[int, int] | None:
        """``(descriptor, offset)`` at which other processes may write whole pcap
        records of this file's link type and resolution with ``pwrite`` (``--jobs``
        workers), the caller then calling :meth:`positioned`; None unless the
        current file is a regular file this object opened (not ``-``), plain pcap,
        with no rotation, no per-packet flush and no append mode.  What is
        buffered is written first."""
        if (self._closed or self._w is None or not self.accepts_records or self.flush_each
                or not self._regular or self._stream is None):
            return None
        self.flush()
        try:
            fd = self._stream.fileno()
            if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND:
                return None
            return fd, os.lseek(fd, 0, os.SEEK_CUR)
        except (OSError, ValueError):
            return None

    def positioned(self, end: int, records: int) -> None:
        """Take what was written from :meth:`positional`'s offset to ``end`` as
        ``records`` whole records of the file: anything past ``end`` (a write
        left half done) is cut off and writing goes on at ``end``."""
        fd = self._stream.fileno()
        try:
            start = os.lseek(fd, 0, os.SEEK_CUR)
            os.ftruncate(fd, end)
            os.lseek(fd, end, os.SEEK_SET)
        except OSError as exc:
            raise SavefileError(f"error writing dump file: {exc.strerror or exc}") from None
        self._w.written_elsewhere(end - start)
        self.packets += records
        self._file_packets += records

    def _failed(self, exc: PcapError, pkt: Packet | None) -> None:
        """A packet could not be written: leave whole records only, no stub file; raise."""
        w = self._w
        if self._regular:
            # a stream that refused bytes part-way (disk full) may hold part of a
            # record: cut the file back to the records written whole
            try:
                fd = self._stream.fileno()
                if os.fstat(fd).st_size > w.written:
                    os.ftruncate(fd, w.written)
            except (OSError, ValueError):
                pass
        if pkt is not None and not self._ts_fits(pkt):
            sec = pkt.ts // 1_000_000_000
            exc = SavefileError(
                f"{self._cur}: packet {self.packets + 1}: time stamp {_utc(sec)} does not "
                "fit a pcap file (32-bit seconds: 1901-12-13 to 2038-01-19); "
                "write pcapng (--pcapng)")
        if self._file_packets == 0 or w.size <= self._header:
            self.discard_if_empty(force=True)
        raise exc

    def _ts_fits(self, pkt: Packet) -> bool:
        if self.pcapng:
            return True
        try:
            sec = pkt.ts // 1_000_000_000
        except TypeError:
            return True
        return _PCAP_SECONDS[0] <= sec <= _PCAP_SECONDS[1]

    def discard_if_empty(self, force: bool = False) -> bool:
        """Close and remove the current file if no packet went into it (a regular file
        only); True if removed.  For errors that end the capture at its first packet."""
        if (self._file_packets and not force) or not self._regular:
            return False
        w, self._w = self._w, None
        self._closed = True
        if w is not None:
            try:
                w.close()
            except PcapError:
                pass
        if self.names and self.names[-1] == self._cur:
            self.names.pop()
        try:
            os.unlink(self._cur)
        except OSError:
            return False
        self._regular = False
        return True

    def flush(self) -> None:
        """Hand buffered records to the OS."""
        if self._w is not None:
            try:
                self._w.flush()
            except PcapError as exc:
                self._failed(exc, None)

    def close(self) -> None:
        """Flush and close the current file (it is not given to ``-z``, as in tcpdump)."""
        self._closed = True
        w, self._w = self._w, None
        if w is not None:
            w.close()
        self._children = [c for c in self._children if c.poll() is None]

    def wait_postrotate(self, timeout: float | None = None) -> None:
        """Wait for the ``-z`` commands still running (tcpdump never waits; tests do)."""
        for c in self._children:
            try:
                c.wait(timeout)
            except subprocess.TimeoutExpired:
                pass
        self._children = [c for c in self._children if c.poll() is None]

    def __enter__(self) -> "OutputFiles":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        kind = "pcapng" if self.pcapng else "pcap"
        return f"<OutputFiles {kind} {self._cur!r} packets={self.packets}>"
