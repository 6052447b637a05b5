"""The capture handle: one class for live interfaces and saved files.

:class:`Capture` mirrors libpcap's ``pcap_t``.  What differs between a live
ring, a live socket without a ring and a file is behind a small backend
protocol (see :mod:`purepcap.live.backend` for the live ones and
:class:`OfflineBackend` here), chosen once at activation, like libpcap's
``read_op`` table: no ``if live:`` chains in the read loop.

Reading::

    with purepcap.open_live("eth0", timeout_ms=500) as cap:
        cap.setfilter("udp port 53")
        for pkt in cap:                   # stops on breakloop(); skips timeouts
            ...
        cap.loop(10, callback)            # callback(pkt)
        n = cap.dispatch(-1, callback)    # one buffer's worth, returns n
        pkt = cap.next()                  # Packet, or None on timeout
        for batch in cap.batches():       # one list per ring block
            ...
        n = cap.dump("out.pcap", 1000)    # ring blocks straight into a pcap file

``Packet.data`` is always a ``bytes`` copy owned by the packet, so packets may
be kept after the callback returns.

``breakloop()`` may be called from another thread or from a signal handler:
it sets a flag and writes an ``eventfd`` that every blocking wait polls next
to the socket, so a blocked read returns at once.
"""

from __future__ import annotations

import os
from collections import deque
from typing import Any, Callable, Iterator

from .errors import (AlreadyActivated, CaptureError, NotActivated, OptionError, PcapError,
                     SavefileError)
from .packet import Packet

__all__ = ["Capture", "create", "open_live", "open_offline", "OfflineBackend", "Stats"]

_DIRECTIONS = ("in", "out", "inout")


def _stats_type() -> Any:
    from .live.backend import Stats
    return Stats


def __getattr__(name: str) -> Any:
    if name == "Stats":
        return _stats_type()
    raise AttributeError(name)


class OfflineBackend:
    """Reads a pcap/pcapng file through :mod:`purepcap.savefile`."""

    is_live = False
    ring = None

    def __init__(self, source: Any) -> None:
        from . import savefile
        open_reader = getattr(savefile, "open_reader", None)
        if open_reader is None:
            raise SavefileError("purepcap.savefile.open_reader is not available in this build")
        try:
            self.reader = open_reader(source)
        except PcapError:
            raise
        except OSError as exc:
            raise SavefileError(f"{source}: {exc.strerror or exc}") from None
        self.linktype = self.reader.linktype
        self.snaplen = getattr(self.reader, "snaplen", 262144)
        self._matcher: Callable[[bytes, int], int] | None = None
        self._eof = False

    def read(self, max_count: int, timeout_ms: int | None, wake_fd: int | None) -> list[Packet]:
        if self._eof:
            return []
        n = max_count if max_count > 0 else 1024
        batch = self.reader.read_batch(n)
        if not batch:
            self._eof = True
            return []
        m = self._matcher
        if m is None:
            return batch
        out = []
        for pkt in batch:
            keep = m(pkt.data, pkt.wirelen)
            if keep:
                if keep < pkt.caplen:
                    pkt.data = bytes(pkt.data[:keep])
                    pkt.caplen = keep
                out.append(pkt)
        if not out:
            return self.read(max_count, timeout_ms, wake_fd)
        return out

    @property
    def eof(self) -> bool:
        return self._eof

    def install_filter(self, program: Any, *, initial: bool = False) -> None:
        if program is None:
            self._matcher = None
            return
        if hasattr(program, "matcher"):
            self._matcher = program.matcher()
        else:
            run = program.run
            self._matcher = lambda data, wirelen: run(data, wirelen)

    def fileno(self) -> int:
        f = getattr(self.reader, "fileno", None)
        if f is None:
            raise CaptureError("this savefile has no file descriptor")
        return f()

    def stats(self) -> Any:
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

    def fanout(self, *args: Any, **kw: Any) -> None:
        raise CaptureError("fanout needs a live capture")

    def check_error(self) -> None:
        pass

    def close(self) -> None:
        self.reader.close()


class Capture:
    """A capture handle (``pcap_t``); create with :func:`create`, :func:`open_live`
    or :func:`open_offline`."""

    def __init__(self, device: str | None = None, *, _backend: Any = None) -> None:
        from .live.backend import LiveOptions
        self._opts = LiveOptions(device=device or "")
        self._backend = _backend
        self._pending: deque[Packet] = deque()
        self._break = False
        self._nonblock = False
        self._filter: Any = None          # what the user gave (expression or program)
        self._netmask = 0xFFFFFFFF
        self._optimize = True
        self._closed = False
        self._wake = os.eventfd(0, os.EFD_NONBLOCK | os.EFD_CLOEXEC)

    # -- options (before activation) ------------------------------------------
    def _opt(self, name: str, value: Any) -> "Capture":
        if self._backend is not None:
            raise AlreadyActivated(f"{name} can only be set before activate()")
        setattr(self._opts, name, value)
        return self

    def set_snaplen(self, snaplen: int) -> "Capture":
        if not isinstance(snaplen, int) or snaplen < 0:
            raise OptionError("snaplen must be a non-negative integer")
        return self._opt("snaplen", snaplen)

    def set_promisc(self, promisc: bool) -> "Capture":
        return self._opt("promisc", bool(promisc))

    def set_timeout(self, timeout_ms: int) -> "Capture":
        if not isinstance(timeout_ms, int) or timeout_ms < 0:
            raise OptionError("timeout_ms must be a non-negative integer (0: wait forever)")
        return self._opt("timeout_ms", timeout_ms)

    set_timeout_ms = set_timeout

    def set_buffer_size(self, size: int) -> "Capture":
        if not isinstance(size, int) or size < 4096:
            raise OptionError("buffer_size must be an integer >= 4096")
        return self._opt("buffer_size", size)

    def set_immediate_mode(self, on: bool = True) -> "Capture":
        return self._opt("immediate", bool(on))

    def set_tstamp_precision(self, precision: str) -> "Capture":
        if precision not in ("micro", "nano"):
            raise OptionError("tstamp_precision is 'micro' or 'nano'")
        return self._opt("tstamp_precision", precision)

    def set_protocol(self, protocol: int) -> "Capture":
        if not isinstance(protocol, int) or not 0 <= protocol <= 0xFFFF:
            raise OptionError("protocol is an Ethernet type, 0..65535")
        return self._opt("protocol", protocol)

    def set_ring(self, enabled: bool) -> "Capture":
        """Use the mmap ring (default) or one ``recvmsg`` per packet."""
        return self._opt("ring", bool(enabled))

    def set_direction(self, direction: str) -> "Capture":
        """``'in'``, ``'out'`` or ``'inout'`` (default); may be changed while capturing."""
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
        if self._backend is not None:
            raise AlreadyActivated("the capture is already activated")
        if self._closed:
            raise CaptureError("the capture is closed")
        from .live.backend import activate
        if not self._opts.device:
            raise OptionError("no device given")
        self._backend = activate(self._opts, self._program_for)
        return self

    def _program_for(self, linktype: int) -> Any:
        if self._filter is None:
            return None
        return self._compile(self._filter, linktype, live=True)

    def _compile(self, expr_or_program: Any, linktype: int, live: bool) -> Any:
        if not isinstance(expr_or_program, str):
            return expr_or_program
        from . import filter as _filter
        compile_ = getattr(_filter, "compile", None)
        if compile_ is None:
            raise CaptureError("the filter compiler (purepcap.filter.compile) is not available")
        return compile_(expr_or_program, linktype=linktype, snaplen=self.snapshot(),
                        optimize=self._optimize, netmask=self._netmask, linux_ext=live)

    @property
    def _b(self) -> Any:
        b = self._backend
        if b is None:
            if self._closed:
                raise CaptureError("the capture is closed")
            raise NotActivated("activate() the capture first")
        return b

    # -- filter ------------------------------------------------------------------
    def setfilter(self, flt: Any, *, optimize: bool = True, netmask: int = 0xFFFFFFFF) -> None:
        """Set the filter: an expression (compiled for this handle), a ``bpf.Program``,
        or a sequence of ``(code, jt, jf, k)``; ``None`` removes it.

        Before activation the filter is remembered and attached before the
        socket is bound; on a live handle expressions are compiled with the
        Linux extensions (VLAN tags as metadata).
        """
        self._optimize = optimize
        self._netmask = netmask
        if self._backend is None:
            self._filter = flt
            return
        b = self._backend
        program = None if flt is None else self._compile(flt, b.linktype, b.is_live)
        if program is not None and not isinstance(flt, str) and not hasattr(program, "insns"):
            from .live.kfilter import insns_of
            program = _as_program(insns_of(program))
        b.install_filter(program)
        self._filter = flt
        if program is not None and self._pending and b.is_live:
            # packets taken from the ring but not yet handed out passed the old filter
            dec = b.decoder
            if dec.ufilter is not None:
                # in place: a loop running this from a callback holds the deque
                kept = [p for p in self._pending if _refilter(dec, p)]
                self._pending.clear()
                self._pending.extend(kept)

    # -- reading -----------------------------------------------------------------
    def _timeout(self) -> int | None:
        if self._nonblock:
            return 0
        b = self._b
        if not b.is_live:
            return 0
        t = self._opts.timeout_ms
        return t if t > 0 else None

    def _fill(self, max_count: int, timeout: int | None) -> bool:
        """Ensure pending packets; False when none came (timeout, break, EOF)."""
        if self._pending:
            return True
        batch = self._b.read(max_count, timeout, self._wake)
        if batch:
            self._pending.extend(batch)
            return True
        return False

    def _take_break(self) -> bool:
        if self._break:
            self._break = False
            try:
                os.eventfd_read(self._wake)
            except (BlockingIOError, OSError):
                pass
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
        packets handled; 0 on a timeout, on ``breakloop()`` or at end of file.
        """
        handled = 0
        limit = cnt if cnt > 0 else -1
        first = True
        pending = self._pending
        while limit < 0 or handled < limit:
            if self._take_break():
                break
            if not pending:
                if not self._fill(limit - handled if limit > 0 else 0,
                                  self._timeout() if first else 0):
                    break
            first = False
            handled += self._deliver(callback, limit - handled if limit > 0 else -1)
        return handled

    def loop(self, cnt: int, callback: Callable[[Packet], Any]) -> int:
        """Process packets until ``cnt`` are handled (``cnt <= 0``: forever), end of
        file, or ``breakloop()``.  Returns the number handled."""
        handled = 0
        pending = self._pending
        b = self._b
        while cnt <= 0 or handled < cnt:
            if self._take_break():
                break
            if not pending:
                if not self._fill(cnt - handled if cnt > 0 else 0, self._timeout()):
                    if not b.is_live and b.eof:
                        break
                    if self._nonblock:
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

        On a TPACKET_V3 ring this is the fast path: each block becomes pcap
        records without a :class:`Packet` per packet, joined and written with
        one ``write()`` per block; frames with a stripped VLAN tag, cooked
        captures and user-space filtering go through the packet decoder.
        When ``count`` ends the dump inside a block, the packets after it are
        kept for the next read on this handle.
        """
        from .live.records import encode
        from .savefile import PcapWriter
        b = self._b
        nano = (self._opts.tstamp_precision == "nano") if nanosecond is None else bool(nanosecond)
        sink = PcapWriter(dest, b.linktype, self.snapshot(), nano)
        fast = bool(getattr(b, "has_records", False))
        pending = self._pending
        written = 0
        try:
            while count <= 0 or written < count:
                if self._take_break():
                    break
                left = count - written if count > 0 else -1
                if pending:
                    k = len(pending) if left < 0 or left > len(pending) else left
                    batch = [pending.popleft() for _ in range(k)]
                elif fast:
                    got = b.read_records(nano, left, self._timeout(), self._wake)
                    if got is None:
                        if self._nonblock:
                            break
                        continue
                    chunk, n, rest = got
                    sink.write_records(chunk)
                    written += n
                    if rest:
                        pending.extend(rest)
                    continue
                else:
                    batch = b.read(left if left > 0 else 0, self._timeout(), self._wake)
                    if not batch:
                        if (not b.is_live and b.eof) or self._nonblock:
                            break
                        continue
                    if 0 <= left < len(batch):
                        pending.extend(batch[left:])
                        batch = batch[:left]
                parts: list = []
                written += encode(batch, nano, parts)
                sink.write_records(b"".join(parts))
        finally:
            sink.close()
        return written

    def next(self) -> Packet | None:
        """The next packet, or None on timeout, ``breakloop()`` or end of file."""
        if self._pending:
            return self._pending.popleft()
        if self._take_break():
            return None
        if self._fill(1, self._timeout()):
            return self._pending.popleft()
        self._take_break()
        return None

    next_ex = next

    def __iter__(self) -> Iterator[Packet]:
        """Iterate over packets; live captures keep waiting across timeouts and stop
        on ``breakloop()``; files stop at end of file."""
        pending = self._pending
        b = self._b
        while True:
            if self._take_break():
                return
            if not pending:
                if not self._fill(0, self._timeout()):
                    if not b.is_live and b.eof:
                        return
                    if self._nonblock:
                        return
                    continue
            while pending:
                yield pending.popleft()
                if self._break:
                    break

    def read_batch(self, timeout_ms: int | None = -1) -> list[Packet]:
        """One batch: a V3 ring block, a run of V2 frames, a datagram, or a file chunk.

        Waits up to the handle's timeout (or ``timeout_ms`` when given, ``None``
        meaning forever).  Returns ``[]`` on timeout, break or end of file.
        """
        if self._pending:
            out = list(self._pending)
            self._pending.clear()
            return out
        if self._take_break():
            return []
        t = self._timeout() if timeout_ms == -1 else timeout_ms
        return self._b.read(0, t, self._wake)

    def batches(self) -> Iterator[list[Packet]]:
        """Iterate over batches (see :meth:`read_batch`) until break or end of file."""
        b = self._b
        pending = self._pending
        while True:
            if self._take_break():
                return
            if pending:
                batch = list(pending)
                pending.clear()
            else:
                batch = b.read(0, self._timeout(), self._wake)
            if batch:
                yield batch
            elif (not b.is_live and b.eof) or self._nonblock:
                return

    def breakloop(self) -> None:
        """Make the current (or next) read return at once.  Safe from any thread
        and from a signal handler."""
        self._break = True
        try:
            os.eventfd_write(self._wake, 1)
        except OSError:
            pass

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

    def aiter(self) -> Any:
        """``async for pkt in cap.aiter()``: asyncio iteration (see :mod:`purepcap.aio`)."""
        from .aio import aiter_packets
        return aiter_packets(self)

    async def read(self) -> Packet:
        """``await cap.read()``: the next packet, without blocking the event loop."""
        from .aio import read_packet
        return await read_packet(self)

    def _read_nowait(self) -> Packet | None:
        """A packet if one is ready now, else None (raises on socket errors)."""
        if self._pending:
            return self._pending.popleft()
        if self._fill(0, 0):
            return self._pending.popleft()
        return None

    # -- everything else -------------------------------------------------------------
    def stats(self) -> Any:
        """``Stats(received, dropped, ifdropped)`` since activation."""
        return self._b.stats()

    def inject(self, data: bytes) -> int:
        """Send a raw frame on the interface; returns the number of bytes sent."""
        return self._b.inject(data)

    sendpacket = inject

    def datalink(self) -> int:
        return self._b.linktype

    def list_datalinks(self) -> list[int]:
        return list(self._b.datalinks())

    def set_datalink(self, dlt: int) -> None:
        """Choose the link type (``any``: LINUX_SLL or LINUX_SLL2).

        Before activation the choice is applied at activation; afterwards an
        expression filter is recompiled for the new link type.
        """
        from .linktype import by_name
        if isinstance(dlt, str):
            dlt = by_name(dlt).value
        if self._backend is None:
            self._opts.datalink = dlt
            return
        self._backend.set_datalink(dlt)
        self._pending.clear()
        if self._filter is not None:
            self.setfilter(self._filter)

    def snapshot(self) -> int:
        if self._backend is None:
            s = self._opts.snaplen
            return s if 0 < s <= 262144 else 262144
        return self._backend.snaplen

    def fanout(self, group_id: int, mode: str = "hash", *, defrag: bool = False,
               rollover: bool = False) -> None:
        """Join a ``PACKET_FANOUT`` group: the kernel spreads the interface's packets
        over every socket in the group (``mode``: hash, lb, cpu, rollover, rnd, queue)."""
        self._b.fanout(group_id, mode, defrag=defrag, rollover=rollover)

    @property
    def device(self) -> str:
        return self._opts.device

    @property
    def is_live(self) -> bool:
        return bool(self._b.is_live)

    @property
    def backend(self) -> Any:
        """The backend object (``RingBackend``, ``RecvBackend``, ``OfflineBackend``)."""
        return self._b

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        b, self._backend = self._backend, None
        try:
            if b is not None:
                b.close()
        finally:
            os.close(self._wake)

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


def _as_program(insns: list) -> Any:
    try:
        from .bpf import Program
    except ImportError:
        return insns
    return Program(insns)


def _refilter(dec: Any, pkt: Packet) -> bool:
    """Run the decoder's user filter on an already decoded packet (kernel view)."""
    if dec.ufilter_until >= 0 and pkt.ts > dec.ufilter_until:
        return True
    data = bytes(pkt.data)
    wirelen = pkt.wirelen
    vlan = pkt.vlan_tci >= 0
    if vlan and dec.linktype == 1 and len(data) >= 16:
        data = data[:12] + data[16:]
        wirelen -= 4
    meta = (vlan, max(pkt.vlan_tci, 0), max(pkt.vlan_tpid, 0), 0, pkt.interface, 0, pkt.pkttype,
            dec.net_offset)
    return bool(dec.ufilter(data, wirelen, meta))


# -- constructors ----------------------------------------------------------------------


def create(device: str) -> Capture:
    """A live handle for ``device`` (or ``"any"``), not yet activated (``pcap_create``)."""
    if not isinstance(device, str) or not device:
        raise OptionError("device must be a non-empty string")
    return Capture(device)


def open_live(device: str, snaplen: int = 262144, promisc: bool = True, timeout_ms: int = 1000,
              *, filter: Any = None, immediate: bool = False,
              buffer_size: int | None = None) -> Capture:
    """``pcap_open_live``: create, set the usual options, activate.

    ``filter`` (optional) is attached before the socket is bound, so not even
    the first packets escape it.
    """
    cap = create(device)
    cap.set_snaplen(snaplen).set_promisc(promisc).set_timeout(timeout_ms)
    cap.set_immediate_mode(immediate)
    if buffer_size is not None:
        cap.set_buffer_size(buffer_size)
    if filter is not None:
        cap.setfilter(filter)
    try:
        cap.activate()
    except BaseException:
        cap.close()
        raise
    return cap


def open_offline(source: Any) -> Capture:
    """Open a pcap or pcapng file (path or binary file object) for reading."""
    cap = Capture(None, _backend=OfflineBackend(source))
    return cap
