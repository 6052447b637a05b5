"""The capture handle: one class for live interfaces and saved files.

:class:`Capture` mirrors libpcap's ``pcap_t``.  What differs between a live
ring, a live socket without a ring and a file is behind one protocol,
:class:`purepcap.backend.Backend` (implemented in :mod:`purepcap.live.backend`
and :mod:`purepcap.offline`), chosen once at activation, like libpcap's
``read_op`` table: the handle never asks which kind of source it has.

Reading::

    with purepcap.open_live("eth0", timeout_ms=500, filter="udp port 53") as cap:
        for pkt in cap:                   # stops on breakloop(); skips timeouts
            ...
        cap.loop(10, callback)            # callback(pkt); -2 if breakloop() ended it
        n = cap.dispatch(-1, callback)    # one buffer's worth, returns n
        pkt = cap.next()                  # Packet, or None on timeout
        for batch in cap.batches():       # one list per ring block
            ...
        n = cap.dump("out.pcap", 1000)    # ring blocks straight into a pcap file

``Packet.data`` is always a ``bytes`` copy owned by the packet, so packets may
be kept after the callback returns.

``breakloop()`` may be called from another thread or from a signal handler:
it sets a flag and wakes the backend (a live one writes an ``eventfd`` that
every blocking wait polls next to the socket), so a blocked read returns at
once.

Filters given before :meth:`Capture.activate` are compiled for the link type
the interface turns out to have and attached before the socket is bound.  On
a file, each packet is filtered with the program compiled for its own link
type (pcapng files may mix them), compiled lazily, once per link type.
"""

from __future__ import annotations

import os
from collections import deque
from itertools import chain
from typing import TYPE_CHECKING, Any, AsyncIterator, Callable, Iterator, Sequence, Union

from .backend import PCAP_ERROR_BREAK, Backend, Compiler, Options, Stats
from .errors import (AlreadyActivated, CaptureError, LinkTypeError, NotActivated, OptionError)
from .offline import OfflineBackend
from .packet import Packet

if TYPE_CHECKING:  # pragma: no cover
    from .bpf import Program

__all__ = ["Capture", "create", "open_live", "open_offline", "OfflineBackend", "Stats",
           "PCAP_ERROR_BREAK"]

_DIRECTIONS = ("in", "out", "inout")

#: what setfilter() takes: an expression, a program, (code, jt, jf, k) rows, or None
FilterSpec = Union[str, "Program", Sequence[Sequence[int]], None]


def _int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an integer, not {type(value).__name__}")
    return value


def _callable(callback: Any) -> Callable[[Packet], Any]:
    if not callable(callback):
        raise TypeError("callback must be callable")
    return callback  # type: ignore[no-any-return]


class Capture:
    """A capture handle (``pcap_t``); create with :func:`create`, :func:`open_live`
    or :func:`open_offline`."""

    def __init__(self, device: str | None = None, *, _backend: Backend | None = None) -> None:
        self._opts = Options(device=device or "")
        self._backend: Backend | None = _backend
        self._pending: deque[Packet] = deque()
        #: the run of packets a ``for`` loop over the handle is taking (the rest
        #: of it is pending too: see _spill)
        self._run: Iterator[Packet] | None = None
        self._dumping: int | None = None
        self._break = False
        self._nonblock = False
        self._filter: FilterSpec = None    # what the user gave (expression or program)
        self._netmask = 0xFFFFFFFF
        self._optimize = True
        self._closed = False

    # -- options (before activation) ------------------------------------------
    def _opt(self, name: str, value: Any) -> "Capture":
        if self._backend is not None:
            raise AlreadyActivated(f"{name} can only be set before activate()")
        if self._closed:
            raise CaptureError("the capture is closed")
        setattr(self._opts, name, value)
        return self

    def set_snaplen(self, snaplen: int) -> "Capture":
        if _int(snaplen, "snaplen") < 0:
            raise OptionError("snaplen must be a non-negative integer")
        return self._opt("snaplen", snaplen)

    def set_promisc(self, promisc: bool) -> "Capture":
        return self._opt("promisc", bool(promisc))

    def set_timeout(self, timeout_ms: int) -> "Capture":
        if _int(timeout_ms, "timeout_ms") < 0:
            raise OptionError("timeout_ms must be a non-negative integer (0: wait forever)")
        return self._opt("timeout_ms", timeout_ms)

    set_timeout_ms = set_timeout

    def set_buffer_size(self, size: int) -> "Capture":
        if _int(size, "size") < 4096:
            raise OptionError("buffer_size must be an integer >= 4096")
        return self._opt("buffer_size", size)

    def set_immediate_mode(self, on: bool = True) -> "Capture":
        return self._opt("immediate", bool(on))

    def set_tstamp_precision(self, precision: str) -> "Capture":
        if not isinstance(precision, str):
            raise TypeError("precision must be a string ('micro' or 'nano')")
        if precision not in ("micro", "nano"):
            raise OptionError("tstamp_precision is 'micro' or 'nano'")
        return self._opt("tstamp_precision", precision)

    def set_protocol(self, protocol: int) -> "Capture":
        if not 0 <= _int(protocol, "protocol") <= 0xFFFF:
            raise OptionError("protocol is an Ethernet type, 0..65535")
        return self._opt("protocol", protocol)

    def set_ring(self, enabled: bool) -> "Capture":
        """Use the mmap ring (default) or one ``recvmsg`` per packet."""
        return self._opt("ring", bool(enabled))

    def set_direction(self, direction: str) -> "Capture":
        """``'in'``, ``'out'`` or ``'inout'`` (default); may be changed while capturing."""
        if not isinstance(direction, str):
            raise TypeError("direction must be a string ('in', 'out' or 'inout')")
        if direction not in _DIRECTIONS:
            raise OptionError(f"direction must be one of {_DIRECTIONS}")
        if self._backend is None:
            self._opts.direction = direction
        else:
            self._backend.set_direction(direction)
        return self

    setdirection = set_direction

    # -- activation ------------------------------------------------------------
    @property
    def activated(self) -> bool:
        return self._backend is not None

    def activate(self) -> "Capture":
        """Open the interface (``pcap_activate``).  A filter set before is
        compiled for the interface's link type and attached before the socket
        is bound: not even the first packets escape it."""
        if self._backend is not None:
            raise AlreadyActivated("the capture is already activated")
        if self._closed:
            raise CaptureError("the capture is closed")
        if not self._opts.device:
            raise OptionError("no device given")
        from .live.backend import activate
        self._backend = activate(self._opts, self._compiler())
        return self

    def _compiler(self) -> Compiler | None:
        """``program_for(linktype, linux_ext)`` for the current filter (None: none)."""
        flt = self._filter
        if flt is None:
            return None
        if not isinstance(flt, str):
            program = flt

            def same(linktype: int, linux_ext: bool) -> Program:
                return program  # type: ignore[return-value]
            return same
        from .filter import compile as compile_filter
        expr, optimize, netmask, snaplen = flt, self._optimize, self._netmask, self.snapshot()

        def program_for(linktype: int, linux_ext: bool) -> Program:
            return compile_filter(expr, linktype=linktype, snaplen=snaplen, optimize=optimize,
                                  netmask=netmask, linux_ext=linux_ext)
        return program_for

    @property
    def _b(self) -> Backend:
        b = self._backend
        if b is None:
            if self._closed:
                raise CaptureError("the capture is closed")
            raise NotActivated("activate() the capture first")
        return b

    # -- filter ------------------------------------------------------------------
    def setfilter(self, flt: FilterSpec, *, optimize: bool = True,
                  netmask: int = 0xFFFFFFFF) -> None:
        """Set the filter: an expression (compiled for this handle), a ``bpf.Program``,
        or a sequence of ``(code, jt, jf, k)``; ``None`` removes it.

        Before activation the filter is remembered, compiled for the
        interface's link type and attached before the socket is bound.  On a
        live handle expressions are compiled with the Linux extensions (VLAN
        tags as metadata); on a file, for each link type its packets have.
        Packets already read but not yet handed out are filtered again; a
        pcap file is read again from the first packet not handed out, so the
        new filter sees every record after it, as with libpcap.
        """
        if flt is not None and not isinstance(flt, str):
            from .bpf import Program
            if not isinstance(flt, Program):
                if isinstance(flt, (bytes, bytearray)) or not isinstance(flt, Sequence):
                    raise TypeError("filter must be an expression (str), a bpf.Program, "
                                    "a sequence of (code, jt, jf, k) or None")
                flt = Program(flt)  # type: ignore[arg-type]  # checked by Program
        _int(netmask, "netmask")
        old = (self._filter, self._optimize, self._netmask)
        self._filter, self._optimize, self._netmask = flt, bool(optimize), netmask
        b = self._backend
        if b is None:
            return
        try:
            b.install_filter(self._compiler())
        except BaseException:
            self._filter, self._optimize, self._netmask = old
            raise
        # packets taken from the source but not handed out passed the old
        # filter (the backend may also take them back, to read them again);
        # in place: a loop running this from a callback holds the deque
        self._spill()
        pending = self._pending
        kept = b.refilter(list(pending))
        pending.clear()
        pending.extend(kept)

    # -- reading -----------------------------------------------------------------
    def _timeout(self) -> int | None:
        return 0 if self._nonblock else self._b.read_timeout

    def _fill(self, max_count: int, timeout: int | None) -> bool:
        """Ensure pending packets; False when none came (timeout, break, end)."""
        if self._run is not None:
            self._spill()
        if self._pending:
            return True
        batch = self._b.read(max_count, timeout)
        if batch:
            self._pending.extend(batch)
            return True
        return False

    def _spill(self) -> None:
        """Put the packets of the run a ``for`` loop over the handle is taking that
        it has not taken yet back at the head of the pending queue, where every
        other read (and the loop's next run) takes them from."""
        run = self._run
        if run is not None:
            self._run = None
            rest = list(run)
            if rest:
                self._pending.extendleft(reversed(rest))

    def _gave_up(self) -> bool:
        """After a read that returned nothing: True when reading should stop
        (the source ended, or the handle does not block)."""
        return self._nonblock or self._b.eof

    def take_break(self) -> bool:
        """True, once, when :meth:`breakloop` was called since the last loop it
        ended (and clears it).  For adapters that run their own read loop,
        such as :mod:`purepcap.aio`; the handle's own loops call it."""
        if self._break:
            self._break = False
            b = self._backend
            if b is not None:
                b.clear_wake()
            return True
        return False

    def _deliver(self, callback: Callable[[Packet], Any], most: int) -> int:
        """Hand up to ``most`` (< 0: all) pending packets to ``callback``; stop
        after the packet during which ``breakloop()`` was called."""
        pending = self._pending
        todo = len(pending)
        if 0 <= most < todo:
            todo = most
        popleft = pending.popleft
        done = 0
        for _ in range(todo):
            try:
                pkt = popleft()
            except IndexError:       # the callback consumed packets itself (next())
                break
            callback(pkt)
            done += 1
            if self._break:
                break
        return done

    def dispatch(self, cnt: int, callback: Callable[[Packet], Any]) -> int:
        """Process packets available now (waiting once, up to the timeout, if none).

        ``cnt <= 0`` processes everything available.  Returns the number of
        packets handled (0 on a timeout or at end of file), or
        ``PCAP_ERROR_BREAK`` (-2) when ``breakloop()`` ended it before any
        packet was handled, as libpcap's ``pcap_dispatch``.
        """
        limit = _int(cnt, "cnt")
        _callable(callback)
        if limit <= 0:
            limit = -1
        handled = 0
        first = True
        self._spill()
        pending = self._pending
        while limit < 0 or handled < limit:
            if self.take_break():
                return handled if handled else PCAP_ERROR_BREAK
            if not pending:
                if not self._fill(limit - handled if limit > 0 else 0,
                                  self._timeout() if first else 0):
                    break
            first = False
            handled += self._deliver(callback, limit - handled if limit > 0 else -1)
        return handled

    def loop(self, cnt: int, callback: Callable[[Packet], Any]) -> int:
        """Process packets until ``cnt`` are handled (``cnt <= 0``: forever), end
        of file, or ``breakloop()``.

        Returns the number handled, or ``PCAP_ERROR_BREAK`` (-2, libpcap's
        value) when ``breakloop()`` ended the loop.  Timeouts do not end it;
        in non-blocking mode it ends when nothing is ready.
        """
        _int(cnt, "cnt")
        _callable(callback)
        handled = 0
        self._spill()
        pending = self._pending
        while cnt <= 0 or handled < cnt:
            if self.take_break():
                return PCAP_ERROR_BREAK
            if not pending:
                if not self._fill(cnt - handled if cnt > 0 else 0, self._timeout()):
                    if self._gave_up():
                        break
                    continue
            handled += self._deliver(callback, cnt - handled if cnt > 0 else -1)
        return handled

    #: records handed to a :meth:`_loop_rows` callback at a time (a signal is
    #: noticed between two calls)
    ROWS_BATCH = 256

    def _loop_rows(self, cnt: int, rows: Callable[[bytes, list[int]], Any],
                   callback: Callable[[Packet], Any]) -> int:
        """:meth:`loop` for a reader that hands out records where they lie
        (a pcap file's plain records, see ``OfflineBackend.read_rows``):
        ``rows(buffer, header offsets)`` gets them, up to :attr:`ROWS_BATCH`
        at a time, without a :class:`Packet` each; every other packet (the
        careful path's, packets already pending) goes to ``callback``, in file
        order.  Same count, end and break rules as :meth:`loop`."""
        _int(cnt, "cnt")
        b: Any = self._b
        read_rows = getattr(b, "read_rows", None)
        if read_rows is None:
            return self.loop(cnt, callback)
        handled = 0
        self._spill()
        pending = self._pending
        batch = self.ROWS_BATCH
        while cnt <= 0 or handled < cnt:
            if self.take_break():
                return PCAP_ERROR_BREAK
            left = cnt - handled if cnt > 0 else 0
            if not pending:
                got = read_rows(left if 0 < left < batch else batch)
                if got is not None:
                    if got[1]:
                        rows(got[0], got[1])
                        handled += len(got[1])
                    continue
                if not self._fill(left, self._timeout()):
                    if self._gave_up():
                        break
                    continue
            handled += self._deliver(callback, cnt - handled if cnt > 0 else -1)
        return handled

    def dump(self, dest: Any, count: int = -1, *, nanosecond: bool | None = None) -> int:
        """Capture straight into a classic pcap file; returns the number of packets written.

        ``dest`` is a path (created or truncated, closed on return) or a
        binary stream (flushed, not closed).  Runs like :meth:`loop`: until
        ``count`` packets are written (``count <= 0``: no limit), end of file,
        ``breakloop()``, or, in non-blocking mode, until nothing is ready.
        ``nanosecond`` chooses the file's time stamp resolution (default: the
        handle's ``tstamp_precision``).  The file holds what :meth:`loop`
        with ``PcapWriter.write`` would write, byte for byte.

        A pcap file has one link type, the handle's.  A packet with another
        one (a pcapng interface of another type) is never written under the
        wrong label: the packets before it are written, then
        :class:`~purepcap.LinkTypeError` names both link types.

        On a TPACKET_V3 ring this is the fast path: each block becomes pcap
        records without a :class:`Packet` per packet, joined and written with
        one ``write()`` per block; frames with a stripped VLAN tag, cooked
        captures and user-space filtering go through the packet decoder.
        When ``count`` ends the dump inside a block, the packets after it are
        kept for the next read on this handle.

        ``dest`` may also be a writer the caller made, anything with
        ``write(packet)``, ``write_records(bytes)``, ``flush()`` and
        ``linktype`` (a :class:`~purepcap.savefile.PcapWriter`, or the rotating
        :class:`~purepcap.savefile.rotate.OutputFiles`): it is flushed, not
        closed, and its own ``nanosecond`` applies.  One with a true
        ``multi_linktype`` (pcapng) takes packets of every link type; one with
        a false ``accepts_records`` gets packets only (no fast path).
        """
        from .savefile import PcapWriter
        _int(count, "count")
        b = self._b
        lt = b.linktype
        own = not callable(getattr(dest, "write_records", None))
        if own:
            nano = (self._opts.tstamp_precision == "nano") if nanosecond is None \
                else bool(nanosecond)
            sink = PcapWriter(dest, lt, self.snapshot(), nano)
            check = True
            fast = b.has_records
        else:
            sink = dest
            nano = bool(getattr(sink, "nanosecond", False))
            check = not getattr(sink, "multi_linktype", False)
            if check:
                lt = sink.linktype
            fast = (b.has_records and getattr(sink, "accepts_records", True)
                    and sink.linktype == b.linktype)
        write = sink.write
        parts = getattr(sink, "write_record_parts", None)
        self._spill()
        pending = self._pending
        written = 0
        self._dumping = 0
        try:
            while count <= 0 or written < count:
                if self.take_break():
                    break
                left = count - written if count > 0 else -1
                if pending:
                    k = len(pending) if left < 0 or left > len(pending) else left
                    batch = [pending.popleft() for _ in range(k)]
                elif fast:
                    got = b.read_records(nano, left, self._timeout())
                    if got is None:
                        if self._nonblock or b.eof:
                            break
                        continue
                    chunk, n, rest = got
                    if type(chunk) is not list:
                        sink.write_records(chunk)
                    elif parts is not None:
                        parts(chunk)             # runs of records, not joined
                    else:
                        sink.write_records(b"".join(chunk))
                    written += n
                    self._dumping = written
                    if rest:
                        pending.extend(rest)
                    continue
                else:
                    batch = b.read(left if left > 0 else 0, self._timeout())
                    if not batch:
                        if self._gave_up():
                            break
                        continue
                    if 0 <= left < len(batch):
                        pending.extend(batch[left:])
                        batch = batch[:left]
                for i, pkt in enumerate(batch):
                    if check and pkt.linktype != lt:
                        pending.extendleft(reversed(batch[i:]))
                        raise LinkTypeError(_mismatch(written + 1, pkt.linktype, dest, lt))
                    try:
                        write(pkt)
                    except BaseException:
                        # the writer refused it (or ended the capture): nothing is lost
                        pending.extendleft(reversed(batch[i:]))
                        raise
                    written += 1
                    self._dumping = written
        finally:
            self._dumping = None
            if own:
                sink.close()
            else:
                sink.flush()
        return written

    @property
    def dumping(self) -> int | None:
        """Packets the :meth:`dump` running now has written (for a signal handler
        reporting progress), or None when no dump is running."""
        return self._dumping

    def next(self) -> Packet | None:
        """The next packet, or None on timeout, ``breakloop()`` or end of file."""
        if self._run is not None:
            self._spill()
        if self._pending:
            return self._pending.popleft()
        if self.take_break():
            return None
        if self._fill(1, self._timeout()):
            return self._pending.popleft()
        self.take_break()
        return None

    next_ex = next

    def next_nowait(self) -> Packet | None:
        """A packet if one is ready now, else None; never waits and ignores
        ``breakloop()`` (see :meth:`take_break`).  Raises on socket errors.
        With :meth:`wait_fds` and :attr:`eof` it is all an event loop needs."""
        if self._run is not None:
            self._spill()
        if self._pending:
            return self._pending.popleft()
        if self._fill(0, 0):
            return self._pending.popleft()
        return None

    @property
    def eof(self) -> bool:
        """True when nothing more can come: a file read to its end, nothing
        pending.  Always False on a live capture."""
        self._spill()
        return not self._pending and self._b.eof

    def __iter__(self) -> Iterator[Packet]:
        """Iterate over packets; live captures keep waiting across timeouts and stop
        on ``breakloop()``; files stop at end of file."""
        # C-level iteration: the loop takes batch after batch (runs) through
        # chain(), not a generator frame per packet; breakloop(), and any other
        # read of the handle, first put the rest of the run back in the pending
        # queue (_spill), so the loop stops after the packet it is at, and
        # next() in the loop's body takes the packet after it
        return chain.from_iterable(self._runs())

    def _runs(self) -> Iterator[Iterator[Packet]]:
        pending = self._pending
        while True:
            self._spill()
            if self.take_break():
                return
            if pending:
                run = list(pending)
                pending.clear()
            else:
                run = self._b.read(0, self._timeout())
                if not run:
                    if self._gave_up():
                        return
                    continue
            it = self._run = iter(run)
            del run             # (the reader sees whether a run is still held)
            if self._break:     # breakloop() came before the run was there to spill
                self._spill()
                continue
            yield it
            del it

    def read_batch(self, timeout_ms: int | None = -1) -> list[Packet]:
        """One batch: a V3 ring block, a run of V2 frames, a datagram, or a file chunk.

        Waits up to the handle's timeout (or ``timeout_ms`` when given, ``None``
        meaning forever).  Returns ``[]`` on timeout, break or end of file.
        """
        if timeout_ms is not None:
            _int(timeout_ms, "timeout_ms")
        self._spill()
        if self._pending:
            out = list(self._pending)
            self._pending.clear()
            return out
        if self.take_break():
            return []
        t = self._timeout() if timeout_ms == -1 else timeout_ms
        return self._b.read(0, t)

    def batches(self) -> Iterator[list[Packet]]:
        """Iterate over batches (see :meth:`read_batch`) until break or end of file."""
        pending = self._pending
        while True:
            self._spill()
            if self.take_break():
                return
            if pending:
                batch = list(pending)
                pending.clear()
            else:
                batch = self._b.read(0, self._timeout())
            if batch:
                yield batch
                del batch       # (the reader sees whether a batch is still held)
            elif self._gave_up():
                return

    def breakloop(self) -> None:
        """Make the current (or next) read or loop return at once.  Safe from any
        thread and from a signal handler."""
        self._break = True
        self._spill()
        b = self._backend
        if b is not None:
            b.wake()

    # -- non-blocking / selectors --------------------------------------------------
    def setnonblock(self, nonblock: bool = True) -> None:
        self._nonblock = bool(nonblock)

    def getnonblock(self) -> bool:
        return self._nonblock

    def fileno(self) -> int:
        """A descriptor that polls readable when packets may be available
        (``pcap_get_selectable_fd``)."""
        return self._b.fileno()

    get_selectable_fd = fileno

    def wait_fds(self) -> tuple[int, ...]:
        """Descriptors to wait on (readable) before :meth:`next_nowait`: the
        source's and the one :meth:`breakloop` wakes.  Empty for a file,
        whose reads never wait."""
        return self._b.wait_fds()

    def aiter(self) -> AsyncIterator[Packet]:
        """``async for pkt in cap.aiter()``: asyncio iteration (see :mod:`purepcap.aio`)."""
        from .aio import aiter_packets
        return aiter_packets(self)

    async def read(self) -> Packet | None:
        """``await cap.read()``: the next packet, without blocking the event loop;
        None after ``breakloop()`` or at end of file."""
        from .aio import read_packet
        return await read_packet(self)

    # -- everything else -------------------------------------------------------------
    def stats(self) -> Stats:
        """``Stats(received, dropped, ifdropped)`` since activation."""
        return self._b.stats()

    def inject(self, data: bytes) -> int:
        """Send a raw frame on the interface; returns the number of bytes sent."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("data must be bytes-like")
        return self._b.inject(bytes(data))

    sendpacket = inject

    def datalink(self) -> int:
        return self._b.linktype

    def list_datalinks(self) -> list[int]:
        return list(self._b.datalinks())

    def set_datalink(self, dlt: int | str) -> None:
        """Choose the link type (``any``: LINUX_SLL or LINUX_SLL2), by value or name.

        Before activation the choice is applied at activation (and the filter
        compiled for it); afterwards the filter is compiled again for it.
        """
        from .linktype import by_name
        if isinstance(dlt, str):
            dlt = by_name(dlt).value
        _int(dlt, "dlt")
        if self._backend is None:
            self._opts.datalink = dlt
            return
        self._backend.set_datalink(dlt)
        self._spill()
        self._pending.clear()

    def snapshot(self) -> int:
        if self._backend is None:
            s = self._opts.snaplen
            return s if 0 < s <= 262144 else 262144
        return self._backend.snaplen

    def fanout(self, group_id: int, mode: str = "hash", *, defrag: bool = False,
               rollover: bool = False) -> None:
        """Join a ``PACKET_FANOUT`` group: the kernel spreads the interface's packets
        over every socket in the group (``mode``: hash, lb, cpu, rollover, rnd, queue)."""
        _int(group_id, "group_id")
        if not isinstance(mode, str):
            raise TypeError("mode must be a string")
        self._b.fanout(group_id, mode, defrag=defrag, rollover=rollover)

    @property
    def device(self) -> str:
        return self._opts.device

    @property
    def is_live(self) -> bool:
        return bool(self._b.is_live)

    @property
    def backend(self) -> Backend:
        """The backend object (``RingBackend``, ``RecvBackend``, ``OfflineBackend``)."""
        return self._b

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        b, self._backend = self._backend, None
        self._spill()
        self._pending.clear()
        if b is not None:
            b.close()

    def __enter__(self) -> "Capture":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001
            pass

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("active" if self._backend else "not activated")
        return f"<Capture {self._opts.device or 'savefile'!r} {state}>"


def _mismatch(index: int, linktype: int, dest: Any, file_linktype: int) -> str:
    from .linktype import dlt_to_description, dlt_to_name

    def label(dlt: int) -> str:
        try:
            return f"{dlt_to_name(dlt)} ({dlt_to_description(dlt)})"
        except LinkTypeError:
            return str(dlt)
    name = os.fspath(dest) if isinstance(dest, (str, os.PathLike)) else \
        getattr(dest, "name", "the output")
    return (f"packet {index} has link type {label(linktype)} but {name} has "
            f"{label(file_linktype)}")


# -- constructors ----------------------------------------------------------------------


def create(device: str) -> Capture:
    """A live handle for ``device`` (or ``"any"``), not yet activated (``pcap_create``)."""
    if not isinstance(device, str):
        raise TypeError(f"device must be a string, not {type(device).__name__}")
    if not device:
        raise OptionError("device must be a non-empty string")
    return Capture(device)


def open_live(device: str, snaplen: int = 262144, promisc: bool = True, timeout_ms: int = 1000,
              *, filter: FilterSpec = None, immediate: bool = False,
              buffer_size: int | None = None) -> Capture:
    """``pcap_open_live``: create, set the usual options, activate.

    ``filter`` (optional) is compiled for the interface's link type and
    attached before the socket is bound, so not even the first packets escape it.
    """
    cap = create(device)
    try:
        cap.set_snaplen(snaplen).set_promisc(promisc).set_timeout(timeout_ms)
        cap.set_immediate_mode(immediate)
        if buffer_size is not None:
            cap.set_buffer_size(buffer_size)
        if filter is not None:
            cap.setfilter(filter)
        cap.activate()
    except BaseException:
        cap.close()
        raise
    return cap


def open_offline(source: Any) -> Capture:
    """Open a pcap or pcapng file for reading: a path (``str``, ``os.PathLike``
    or ``bytes``; ``"-"`` is the standard input) or a binary file object.
    Anything else is a TypeError."""
    return Capture(None, _backend=OfflineBackend(source))
