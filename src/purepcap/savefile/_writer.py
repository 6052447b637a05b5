"""What the pcap and pcapng writers share: the destination, the buffer, flush and close.

A writer hands whole records (or blocks) to :meth:`_BufferedWriter._emit`; they
are joined and written once 64 KiB have accumulated, on :meth:`flush` and on
:meth:`close`, so a file is never left with a partial record by a writer.
"""

from __future__ import annotations

import errno
import io
import os
from typing import Any, Callable

from ..errors import ArgumentTypeError, SavefileError, type_error
from ..linktype import name_to_dlt

__all__ = ["BufferedWriter", "open_dest", "write_all", "check_data", "packet_type_error",
           "writer_dlt"]

_FLUSH_AT = 1 << 16


def open_dest(dest: Any, close_dest: bool | None, type_name: str = "writer") -> tuple[Any, bool]:
    """(stream, owned): open a path for writing, or check a caller's binary stream."""
    if isinstance(dest, (str, bytes, os.PathLike)):
        try:
            return open(dest, "wb"), True
        except OSError as exc:
            raise SavefileError(f"{os.fsdecode(dest)}: {exc.strerror or exc}") from None
    if not callable(getattr(dest, "write", None)):
        raise type_error(f"{type_name}()", "dest",
                         "a path (str, bytes, os.PathLike) or a binary stream with write()", dest)
    return dest, bool(close_dest)


def check_data(where: str, data: object) -> None:
    """:class:`ArgumentTypeError` unless ``data`` is bytes-like (what records hold)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise type_error(where, "data", "bytes, bytearray or memoryview", data)


def writer_dlt(where: str, linktype: object) -> int:
    """The DLT number of a writer's ``linktype`` argument (an int or a link-type name)."""
    if isinstance(linktype, bool) or not isinstance(linktype, (int, str)):
        raise type_error(where, "linktype", "a DLT number (int) or a link-type name (str)",
                         linktype)
    return int(name_to_dlt(linktype))


def packet_type_error(where: str, packet: object) -> ArgumentTypeError:
    """What ``write()`` raises for something that is not a :class:`~purepcap.Packet`."""
    return type_error(where, "packet", "a purepcap.Packet (for a time stamp and bytes "
                      "use write_raw(ts_ns, data, wirelen))", packet)


def write_all(f: Any, data: bytes) -> None:
    """Write every byte of ``data`` (raw streams may write less than asked)."""
    try:
        view = memoryview(data)
        while view:
            n = f.write(view)
            if n is None:  # raw non-blocking stream that wrote nothing
                raise SavefileError("error writing dump file: stream would block")
            view = view[n:]
    except OSError as exc:
        raise SavefileError(f"error writing dump file: {exc.strerror or exc}") from None
    except TypeError:
        raise SavefileError("destination is a text stream; open it in binary mode") from None


#: buffers one ``writev`` takes at most (the system's IOV_MAX)
_IOV = 1024


def write_vectored(views: list[Any], write: Callable[[list[Any]], int]) -> int:
    """Hand the byte views ``views`` to ``write`` (``writev``-like: at most ``_IOV`` of
    them a call, returns the bytes it wrote) until every byte is written; the number
    of bytes.  A part written in part is cut (``views`` changes); a call that writes
    nothing raises ``OSError(ENOSPC)``."""
    total = 0
    i = 0
    while i < len(views):
        some = views[i:i + _IOV]
        n = write(some)
        total += n
        if n == sum(map(len, some)):
            i += len(some)
            continue
        if n <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        for v in some:               # skip what was written, cut a part written in part
            if n >= len(v):
                n -= len(v)
                i += 1
            else:
                views[i] = memoryview(v)[n:]
                break
    return total


def write_parts(f: Any, parts: list[Any]) -> int:
    """Write the bytes-like ``parts`` one after the other, every byte; the
    number of bytes.  A file or buffered file with a descriptor is flushed and
    written with ``writev`` (no copy of the parts into one buffer); any other
    stream part by part."""
    total = 0
    fd = -1
    if isinstance(f, (io.FileIO, io.BufferedWriter, io.BufferedRandom)):
        try:
            f.flush()
            fd = f.fileno()
        except (OSError, ValueError):
            fd = -1
    if fd < 0:
        for part in parts:
            write_all(f, part)
            total += len(part)
        return total
    # (the parts are bytes, or byte views of them: len() counts bytes)
    views = [x if type(x) is bytes or (type(x) is memoryview and x.itemsize == 1)
             else memoryview(x).cast("B") for x in parts]
    try:
        total = write_vectored(views, lambda some: os.writev(fd, some))
    except BlockingIOError:
        raise SavefileError("error writing dump file: stream would block") from None
    except OSError as exc:
        raise SavefileError(f"error writing dump file: {exc.strerror or exc}") from None
    return total


class BufferedWriter:
    """Base of :class:`PcapWriter` and :class:`PcapNgWriter`."""

    _f: Any
    _owned: bool

    def _open(self, dest: Any, close_dest: bool | None) -> None:
        self._f, self._owned = open_dest(dest, close_dest, type(self).__name__)
        self._closed = False
        self._buf: list[bytes] = []
        self._buffered = 0
        self._written = 0  # bytes handed to the stream: whole records only (see size)

    def _emit_header(self, header: bytes) -> None:
        """Write the file header at once, so a bad destination fails in the constructor."""
        self._emit(header)
        try:
            self._drain()
        except SavefileError:
            if self._owned:
                self._f.close()
            raise

    def _emit(self, chunk: bytes) -> None:
        self._buf.append(chunk)
        self._buffered += len(chunk)
        if self._buffered >= _FLUSH_AT:
            self._drain()

    def _drain(self) -> None:
        if self._buf:
            data = b"".join(self._buf)
            self._buf = []
            self._buffered = 0
            write_all(self._f, data)
            self._written += len(data)

    def write_record_parts(self, parts: list[Any]) -> None:
        """:meth:`write_records` for records held in several buffers (the kept runs
        of a file's records), written without joining them."""
        if self._closed:
            raise SavefileError("writer is closed")
        self._drain()
        self._written += write_parts(self._f, parts)

    def write_records(self, data: bytes) -> None:
        """Write already-encoded whole records (e.g. a ring block's worth) at once.

        Anything buffered goes first; ``data`` is then written directly, with
        no copy into the buffer.  The caller guarantees the records match the
        file header (byte order, time stamp resolution).
        """
        if self._closed:
            raise SavefileError("writer is closed")
        self._drain()
        if data:
            write_all(self._f, data)
            self._written += len(data)

    def written_elsewhere(self, nbytes: int) -> None:
        """Count ``nbytes`` of whole records that were written into this writer's
        file by other means (``pwrite`` at the stream's position, which the caller
        then moved past them)."""
        self._written += nbytes

    def flush(self) -> None:
        """Hand buffered records to the OS (and flush the stream)."""
        if self._closed:
            return
        self._drain()
        fl = getattr(self._f, "flush", None)
        if fl is not None:
            try:
                fl()
            except OSError as exc:
                raise SavefileError(f"error writing dump file: {exc.strerror or exc}") from None

    def close(self) -> None:
        """Flush, then close the file if this writer opened it."""
        if self._closed:
            return
        try:
            self.flush()
        finally:
            self._closed = True
            if self._owned:
                try:
                    self._f.close()
                except OSError as exc:
                    raise SavefileError(f"error closing dump file: {exc.strerror or exc}") from None

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def size(self) -> int:
        """Bytes of the file so far, buffered ones included (what ``ftell`` says in libpcap)."""
        return self._written + self._buffered

    @property
    def written(self) -> int:
        """Bytes handed to the stream so far; always a whole number of records, so after
        a failed write the file can be cut back to this length."""
        return self._written

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        # a writer dropped without close() still hands its records to the OS
        try:
            if not getattr(self, "_closed", True):
                self.close()
        except Exception:  # noqa: BLE001 - nothing can be reported from __del__
            pass
