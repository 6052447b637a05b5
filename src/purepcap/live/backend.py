"""Opening a live capture: socket set-up, and the two live read paths.

:func:`activate` performs the set-up in the order ``ring.py`` explains
(socket with protocol 0, options, ring, mmap, filter, then bind) and returns
a backend object that :class:`purepcap.capture.Capture` drives through a small
protocol:

``read(max_count, timeout_ms, wake_fd) -> list[Packet]``
    packets available now (one V3 block, a run of V2 frames, or one datagram),
    waiting at most ``timeout_ms`` (``None``: forever, ``0``: not at all) when
    there are none; returns early (possibly empty) when ``wake_fd`` becomes
    readable.
``setfilter(program)``, ``stats()``, ``inject(data)``, ``fileno()``,
``datalinks()``, ``set_datalink(dlt)``, ``set_direction(d)``, ``fanout(...)``,
``close()``.

:class:`RingBackend` reads the mmap ring; :class:`RecvBackend` does one
``recvmsg`` per packet, used when no ring can be made (or when asked).
"""

from __future__ import annotations

import errno
import select
import socket
import struct
import time
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..errors import CaptureError, NoSuchDevice, OptionError
from ..packet import Packet
from . import _linux as L
from . import kfilter
from .ring import Decoder, RingPlan, RingV2, RingV3, plan_ring, socket_error

__all__ = ["LiveOptions", "Stats", "activate", "RingBackend", "RecvBackend"]

DLT_EN10MB = 1
DLT_RAW = 12
DLT_IEEE802_11 = 105
DLT_IEEE802_11_RADIO = 127
DLT_LINUX_SLL = 113
DLT_LINUX_SLL2 = 276

#: ARPHRD -> DLT for the link types we capture raw; everything else is cooked
_ARPHRD_DLT = {
    L.ARPHRD_ETHER: DLT_EN10MB,
    L.ARPHRD_LOOPBACK: DLT_EN10MB,
    L.ARPHRD_IEEE80211: DLT_IEEE802_11,
    L.ARPHRD_IEEE80211_RADIOTAP: DLT_IEEE802_11_RADIO,
    L.ARPHRD_NONE: DLT_RAW,
}
_LINK_HDR = {DLT_EN10MB: 14, DLT_RAW: 0}

#: fanout modes by name (linux/if_packet.h PACKET_FANOUT_*)
FANOUT_MODES = {"hash": 0, "lb": 1, "cpu": 2, "rollover": 3, "rnd": 4, "queue": 5, "qm": 5}
FANOUT_FLAG_ROLLOVER = 0x1000
FANOUT_FLAG_UNIQUEID = 0x2000
FANOUT_FLAG_DEFRAG = 0x8000

#: after a filter change, packets stamped up to this long after the change are re-filtered
REFILTER_SLACK_NS = 1_000_000


class Stats(NamedTuple):
    """Capture statistics, like ``struct pcap_stat``.

    ``received``: packets the kernel filter accepted (includes ``dropped``);
    ``dropped``: accepted but dropped because the ring/queue was full;
    ``ifdropped``: dropped by the interface (``rx_dropped`` since activation).
    """

    received: int
    dropped: int
    ifdropped: int


@dataclass
class LiveOptions:
    """Everything ``create()`` setters can change before ``activate()``."""

    device: str
    snaplen: int = 262144
    promisc: bool = False
    timeout_ms: int = 0
    buffer_size: int = 2 * 1024 * 1024
    immediate: bool = False
    tstamp_precision: str = "micro"
    direction: str = "inout"
    protocol: int = L.ETH_P_ALL
    ring: bool = True
    datalink: int | None = None
    extra: dict = field(default_factory=dict)


def _htons(x: int) -> int:
    return socket.htons(x & 0xFFFF)


class _LiveBase:
    """What the ring and recv backends share: the socket and its kernel state."""

    is_live = True
    ring = None

    def __init__(self, sock: socket.socket, opts: LiveOptions, ifindex: int, linktype: int,
                 cooked: bool, lo_ifindex: int | None) -> None:
        self.sock = sock
        self.opts = opts
        self.device = opts.device
        self.ifindex = ifindex
        self.linktype = linktype
        self.cooked = cooked
        self.lo_ifindex = lo_ifindex
        self.snaplen = opts.snaplen
        self.decoder = Decoder(linktype, opts.snaplen, cooked, opts.tstamp_precision == "micro")
        self._program: Any = None          # user program as given (compiled for linktype)
        self._kernel_insns: list | None = None
        self.kernel_filter_ok = True        # False: the user program runs in user space
        self._acc_packets = 0
        self._acc_drops = 0
        self._ifdrop_base = _rx_dropped(ifindex)
        self._poller = select.poll()
        self._poll_fd = -1
        self._closed = False

    # -- filters ------------------------------------------------------------
    def _direction_prefix(self) -> list:
        return kfilter.prefix(self.opts.direction, self.lo_ifindex)

    def _kernel_program(self, program: Any) -> list | None:
        """The full program for the kernel, or None if it cannot take the user's."""
        pre = self._direction_prefix()
        if program is None:
            return pre + kfilter.ACCEPT_ALL if pre else None
        insns = kfilter.insns_of(program)
        if self.cooked:
            fixed = kfilter.cooked_fix(insns, self.linktype == DLT_LINUX_SLL2)
            if fixed is None:
                return False  # type: ignore[return-value]
            insns = fixed
        return pre + insns

    def install_filter(self, program: Any, *, initial: bool = False) -> None:
        """Attach ``program`` (None: no filter) in the kernel, or fall back to user space."""
        kprog = self._kernel_program(program)
        user_only = kprog is False
        self._program = program
        sock = self.sock
        if not initial:
            self._before_change()
        attached = False
        if not user_only:
            try:
                if kprog is None:
                    L.detach_filter(sock)
                else:
                    L.attach_filter(sock, L.pack_filter(kprog))
                attached = True
            except OSError:
                attached = False
        if not attached:
            # The kernel refused the program (or it cannot be expressed for a
            # cooked socket): keep only the direction prefix in the kernel
            # and run the user's program on every packet in user space.
            pre = self._direction_prefix()
            try:
                if pre:
                    L.attach_filter(sock, L.pack_filter(pre + kfilter.ACCEPT_ALL))
                else:
                    L.detach_filter(sock)
            except OSError as exc:
                raise L.os_error(exc, f"{self.device}: cannot reset the kernel filter") from None
        self.kernel_filter_ok = attached
        self._kernel_insns = kprog if attached else None
        dec = self.decoder
        if program is None:
            dec.ufilter = None
            dec.ufilter_until = 0
        elif not attached:
            dec.ufilter = kfilter.user_filter(program)
            dec.ufilter_until = -1
        elif initial:
            dec.ufilter = None
        else:
            self._after_change(program)

    def _before_change(self) -> None:
        """Hook run before a running socket's filter changes."""

    def _after_change(self, program: Any) -> None:
        dec = self.decoder
        dec.ufilter = None

    # -- options after activation ------------------------------------------------
    def set_direction(self, direction: str) -> None:
        self.opts.direction = direction
        self.install_filter(self._program)

    def datalinks(self) -> list[int]:
        if self.cooked:
            return [DLT_LINUX_SLL, DLT_LINUX_SLL2]
        return [self.linktype]

    def set_datalink(self, dlt: int) -> None:
        if dlt not in self.datalinks():
            raise OptionError(f"{self.device}: link type {dlt} is not supported "
                              f"(choose from {self.datalinks()})")
        if dlt == self.linktype:
            return
        self.linktype = dlt
        dec = self.decoder
        new = Decoder(dlt, dec.snaplen, self.cooked, dec.micro)
        self.decoder = new
        self.install_filter(None)

    def fanout(self, group_id: int, mode: str = "hash", *, defrag: bool = False,
               rollover: bool = False) -> None:
        try:
            kind = FANOUT_MODES[mode]
        except KeyError:
            raise OptionError(f"unknown fanout mode {mode!r}; choose from "
                              f"{sorted(FANOUT_MODES)}") from None
        if not 0 <= group_id <= 0xFFFF:
            raise OptionError("fanout group id must be in 0..65535")
        flags = (FANOUT_FLAG_DEFRAG if defrag else 0) | (FANOUT_FLAG_ROLLOVER if rollover else 0)
        arg = group_id | ((kind | flags) << 16)
        try:
            self.sock.setsockopt(L.SOL_PACKET, L.PACKET_FANOUT, struct.pack("=I", arg))
        except OSError as exc:
            raise CaptureError(f"{self.device}: cannot join fanout group {group_id} "
                               f"({mode}): {exc.strerror}") from None

    # -- statistics ----------------------------------------------------------------
    def _kernel_stats(self) -> None:
        try:
            raw = self.sock.getsockopt(L.SOL_PACKET, L.PACKET_STATISTICS, 12)
        except OSError as exc:
            raise L.os_error(exc, f"{self.device}: PACKET_STATISTICS") from None
        packets, drops = struct.unpack_from("=II", raw)
        self._acc_packets += packets
        self._acc_drops += drops

    def stats(self) -> Stats:
        self._kernel_stats()
        now = _rx_dropped(self.ifindex)
        ifdrop = max(0, now - self._ifdrop_base) if now >= 0 and self._ifdrop_base >= 0 else 0
        return Stats(self._acc_packets, self._acc_drops, ifdrop)

    # -- misc ------------------------------------------------------------------
    def fileno(self) -> int:
        return self.sock.fileno()

    def inject(self, data: bytes) -> int:
        if self.cooked:
            raise CaptureError(f"{self.device}: sending packets isn't supported on a "
                               "cooked-mode capture (the 'any' device)")
        try:
            return self.sock.send(bytes(data))
        except OSError as exc:
            raise L.os_error(exc, f"{self.device}: send") from None

    def _wait(self, timeout_ms: int | None, wake_fd: int | None) -> bool:
        """poll() the socket (and wake_fd); True if the socket is readable.

        Raises CaptureError when the socket reports an error (interface down
        or gone).
        """
        poller = self._poller
        if self._poll_fd != (wake_fd if wake_fd is not None else -1):
            poller = self._poller = select.poll()
            poller.register(self.sock.fileno(), select.POLLIN)
            if wake_fd is not None:
                poller.register(wake_fd, select.POLLIN)
            self._poll_fd = wake_fd if wake_fd is not None else -1
        try:
            events = poller.poll(timeout_ms if timeout_ms is not None else None)
        except OSError as exc:  # pragma: no cover - poll on valid fds does not fail
            raise L.os_error(exc, f"{self.device}: poll") from None
        sockfd = self.sock.fileno()
        readable = False
        for fd, ev in events:
            if fd == sockfd:
                if ev & (select.POLLERR | select.POLLHUP | select.POLLNVAL):
                    err = socket_error(self.sock, self.device)
                    if err is not None:
                        raise err
                    if ev & select.POLLNVAL:
                        raise CaptureError(f"{self.device}: the capture socket was closed")
                readable = True
        return readable

    def check_error(self) -> None:
        """Raise the socket's pending error, if any (non-blocking)."""
        err = socket_error(self.sock, self.device)
        if err is not None:
            raise err

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._kernel_stats()
        except CaptureError:
            pass
        self.sock.close()


class RingBackend(_LiveBase):
    """Reads a TPACKET_V3 or TPACKET_V2 ring."""

    def __init__(self, sock: socket.socket, opts: LiveOptions, ifindex: int, linktype: int,
                 cooked: bool, lo_ifindex: int | None, ring: RingV3 | RingV2) -> None:
        super().__init__(sock, opts, ifindex, linktype, cooked, lo_ifindex)
        self.ring = ring
        self.version = ring.plan.version

    def _after_change(self, program: Any) -> None:
        # Packets already in the ring passed the old program: re-filter, in
        # user space, everything stamped before the new one was in place.
        dec = self.decoder
        dec.ufilter = kfilter.user_filter(program)
        dec.ufilter_until = time.time_ns() + REFILTER_SLACK_NS

    def read(self, max_count: int, timeout_ms: int | None, wake_fd: int | None) -> list[Packet]:
        ring = self.ring
        dec = self.decoder
        take = ring.take
        if dec.ufilter is None:
            # the common case: one block, at once, when there is one
            pkts = take(dec)
            if pkts:
                return pkts
        return self._poll_for(lambda: take(self.decoder), timeout_ms, wake_fd) or []

    def read_records(self, nanosecond: bool, count: int, timeout_ms: int | None,
                     wake_fd: int | None) -> tuple[bytes, int, list[Packet]] | None:
        """One V3 block as pcap records (see ``RingV3.take_records``); None on
        timeout or wake-up.  Only for TPACKET_V3 rings."""
        take_records = self.ring.take_records

        def take() -> Any:
            got = take_records(self.decoder, nanosecond, count)
            if got is None:
                return None
            return got if got[1] or got[2] else ()
        return self._poll_for(take, timeout_ms, wake_fd)

    @property
    def has_records(self) -> bool:
        """True when :meth:`read_records` is available (a TPACKET_V3 ring)."""
        return isinstance(self.ring, RingV3)

    def _poll_for(self, take: Any, timeout_ms: int | None, wake_fd: int | None) -> Any:
        """Call ``take()`` until it gives something, polling when the ring is empty.

        ``take()`` returns None when the block (or frame) under the cursor is
        the kernel's, a falsy value when it consumed a block with nothing to
        deliver (all filtered out), and the batch otherwise.  Returns the
        batch, or None on timeout or when ``wake_fd`` became readable.
        """
        ring = self.ring
        dec = self.decoder
        deadline = None
        while True:
            if dec.ufilter is not None and dec.ufilter_until > 0 and \
                    time.time_ns() > dec.ufilter_until + 2 * REFILTER_SLACK_NS and \
                    not ring.ready():
                # every packet stamped before the filter change has been read
                dec.ufilter = None
                dec.ufilter_until = 0
            got = take()
            if got is not None:
                if got:
                    return got
                continue   # a block with nothing left after filtering: try the next
            if timeout_ms == 0:
                self._wait(0, None)      # surfaces a pending socket error
                return None
            if timeout_ms is None:
                wait = None
            else:
                now = time.monotonic()
                if deadline is None:
                    deadline = now + timeout_ms / 1000
                wait = max(0, round((deadline - now) * 1000))
            readable = self._wait(wait, wake_fd)
            if not readable:
                # woken by breakloop, or the timeout expired
                if ring.ready():
                    continue
                return None

    def close(self) -> None:
        if self.ring is not None:
            self.ring.close()
        super().close()


class RecvBackend(_LiveBase):
    """One ``recvmsg`` per packet: the path without a ring."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.bufsize = max(self.snaplen, 64) + L.VLAN_TAG_LEN
        self._buf = bytearray(self.bufsize)
        self._ancsize = socket.CMSG_SPACE(L.TPACKET_AUXDATA.size) + socket.CMSG_SPACE(16)

    def _before_change(self) -> None:
        # Packets queued on the socket were accepted by the old filter.  Put
        # the reject-everything program on, drain the queue without blocking,
        # then the caller attaches the new program.
        sock = self.sock
        try:
            L.attach_filter(sock, L.pack_filter(kfilter.REJECT_ALL))
        except OSError:
            return
        while True:
            try:
                sock.recv(1, socket.MSG_TRUNC | socket.MSG_DONTWAIT)
            except BlockingIOError:
                break
            except OSError as exc:
                raise L.os_error(exc, f"{self.device}: draining the socket") from None

    def read(self, max_count: int, timeout_ms: int | None, wake_fd: int | None) -> list[Packet]:
        sock = self.sock
        buf = self._buf
        dec = self.decoder
        deadline = None
        while True:
            try:
                nbytes, anc, _flags, addr = sock.recvmsg_into(
                    [buf], self._ancsize, socket.MSG_TRUNC | socket.MSG_DONTWAIT)
            except BlockingIOError:
                if timeout_ms == 0:
                    return []
                if timeout_ms is None:
                    wait = None
                else:
                    now = time.monotonic()
                    if deadline is None:
                        deadline = now + timeout_ms / 1000
                    wait = max(0, round((deadline - now) * 1000))
                if not self._wait(wait, wake_fd):
                    return []
                continue
            except OSError as exc:
                if exc.errno in (errno.ENETDOWN, errno.ENXIO, errno.ENODEV):
                    raise CaptureError(f"{self.device}: the interface went down or was "
                                       f"removed ({errno.errorcode[exc.errno]})") from None
                raise L.os_error(exc, f"{self.device}: recvmsg") from None
            ts = None
            status = wirelen = tci = tpid = 0
            have_aux = False
            for level, kind, cdata in anc:
                if level == L.SOL_PACKET and kind == L.PACKET_AUXDATA and \
                        len(cdata) >= L.TPACKET_AUXDATA.size:
                    status, wirelen, _snap, _mac, _net, tci, tpid = \
                        L.TPACKET_AUXDATA.unpack_from(cdata)
                    have_aux = True
                elif level == socket.SOL_SOCKET and kind == L.SCM_TIMESTAMPNS and len(cdata) >= 16:
                    sec, nsec = struct.unpack_from("=qq", cdata)
                    ts = sec * 1_000_000_000 + nsec
            if ts is None:
                ts = time.time_ns()
            if not have_aux:
                wirelen = nbytes
            caplen = min(nbytes, self.bufsize)
            payload = bytes(buf[:caplen])
            _ifname, proto, pkttype, hatype, haddr = addr
            pkt = dec.slow(payload, ts, wirelen, status, tci, tpid, proto,
                           self._ifindex_of(_ifname), hatype, pkttype, len(haddr),
                           haddr.ljust(8, b"\0")[:8])
            if pkt is not None:
                return [pkt]

    def _ifindex_of(self, name: str) -> int:
        if not self.cooked:
            return self.ifindex
        try:
            return socket.if_nametoindex(name) if name else 0
        except OSError:
            return 0


# ---------------------------------------------------------------------------
# activation


def _rx_dropped(ifindex: int) -> int:
    """The interface's rx_dropped counter (netlink), or -1 when unknown."""
    if ifindex <= 0:
        return -1
    try:
        from .devices import link_stats
        st = link_stats(ifindex)
    except Exception:  # noqa: BLE001 - statistics are best effort
        return -1
    return st.get("rx_dropped", -1) if st else -1


def _open_socket(kind: int) -> socket.socket:
    try:
        return socket.socket(socket.AF_PACKET, kind, 0)
    except OSError as exc:
        raise L.os_error(exc, "socket(AF_PACKET)") from None


def _device_info(sock: socket.socket, device: str) -> tuple[int, int, int]:
    """(ifindex, ARPHRD type, MTU) of ``device``."""
    ifindex = struct.unpack_from("=i", L.ioctl_ifreq(sock, L.SIOCGIFINDEX, device))[0]
    hatype = struct.unpack_from("=H", L.ioctl_ifreq(sock, L.SIOCGIFHWADDR, device))[0]
    mtu = struct.unpack_from("=i", L.ioctl_ifreq(sock, L.SIOCGIFMTU, device))[0]
    return ifindex, hatype, mtu


def _setopt(sock: socket.socket, level: int, opt: int, value: int | bytes, what: str) -> None:
    try:
        sock.setsockopt(level, opt, value)
    except OSError as exc:
        raise L.os_error(exc, what) from None


def _make_ring(sock: socket.socket, opts: LiveOptions, version: int, maclen: int,
               max_packet: int) -> RingV3 | RingV2 | None:
    """Set the version and reserve, request the ring (halving on ENOMEM), mmap it."""
    try:
        sock.setsockopt(L.SOL_PACKET, L.PACKET_VERSION, version)
        # the kernel's slot header: PACKET_HDRLEN, then the sockaddr_ll after it
        hdrlen = L.tpacket_align(L.packet_hdrlen(sock, version)) + L.SOCKADDR_LL.size
    except OSError:
        return None
    reserve = L.VLAN_TAG_LEN
    _setopt(sock, L.SOL_PACKET, L.PACKET_RESERVE, reserve, "PACKET_RESERVE")
    plan: RingPlan | None = plan_ring(version, buffer_size=opts.buffer_size, snaplen=opts.snaplen,
                                      max_packet=max_packet, hdrlen=hdrlen, reserve=reserve,
                                      maclen=maclen, timeout_ms=opts.timeout_ms)
    while plan is not None:
        try:
            sock.setsockopt(L.SOL_PACKET, L.PACKET_RX_RING, plan.req())
            break
        except OSError as exc:
            if exc.errno == errno.ENOMEM:
                plan = plan.halved()
                continue
            if exc.errno in (errno.EPERM, errno.EACCES):
                raise L.os_error(exc, "PACKET_RX_RING") from None
            return None
    if plan is None:
        return None
    cls = RingV3 if version == L.TPACKET_V3 else RingV2
    try:
        return cls(sock, plan)
    except CaptureError:
        # unmap failed: tear the ring down again and fall back
        try:
            sock.setsockopt(L.SOL_PACKET, L.PACKET_RX_RING, L.TPACKET_REQ3.pack(0, 0, 0, 0, 0, 0, 0)
                            if version == L.TPACKET_V3 else L.TPACKET_REQ.pack(0, 0, 0, 0))
        except OSError:
            pass
        return None


def activate(opts: LiveOptions, program_for: Any = None) -> _LiveBase:
    """Open and configure the capture socket; return the backend.

    ``program_for(linktype)`` returns the filter to install before the socket
    is bound (None for none); it is called once the link type is known.
    """
    if opts.snaplen <= 0 or opts.snaplen > 262144:
        opts.snaplen = 262144
    if opts.buffer_size < 4096:
        raise OptionError("buffer_size must be at least 4096 bytes")
    device = opts.device
    is_any = device == "any"
    probe = _open_socket(socket.SOCK_RAW)
    try:
        if is_any:
            ifindex, hatype, mtu = 0, 0, 65536
        else:
            ifindex, hatype, mtu = _device_info(probe, device)
        try:
            lo_index = socket.if_nametoindex("lo")
        except OSError:
            lo_index = None
    finally:
        probe.close()
    linktype = _ARPHRD_DLT.get(hatype) if not is_any else None
    cooked = linktype is None
    if cooked:
        linktype = opts.datalink if opts.datalink in (DLT_LINUX_SLL, DLT_LINUX_SLL2) else DLT_LINUX_SLL
    elif opts.datalink not in (None, linktype):
        raise OptionError(f"{device}: link type {opts.datalink} is not supported "
                          f"(choose from [{linktype}])")
    sees_lo = is_any or (lo_index is not None and ifindex == lo_index)
    sock = _open_socket(socket.SOCK_DGRAM if cooked else socket.SOCK_RAW)
    try:
        backend = _configure(sock, opts, ifindex, linktype, cooked, mtu,
                             lo_index if sees_lo else None, program_for)
    except BaseException:
        sock.close()
        raise
    return backend


def _configure(sock: socket.socket, opts: LiveOptions, ifindex: int, linktype: int,
               cooked: bool, mtu: int, lo_index: int | None, program_for: Any) -> _LiveBase:
    device = opts.device
    _setopt(sock, L.SOL_PACKET, L.PACKET_AUXDATA, 1, "PACKET_AUXDATA")
    if opts.promisc and ifindex > 0:
        mreq = L.PACKET_MREQ.pack(ifindex, L.PACKET_MR_PROMISC, 0, b"")
        _setopt(sock, L.SOL_PACKET, L.PACKET_ADD_MEMBERSHIP, mreq, f"{device}: promiscuous mode")
    maclen = 0 if cooked else _LINK_HDR.get(linktype, 14)
    max_packet = mtu + maclen + L.VLAN_TAG_LEN
    ring = None
    if opts.ring:
        first = L.TPACKET_V2 if opts.immediate else L.TPACKET_V3
        ring = _make_ring(sock, opts, first, maclen, max_packet)
        if ring is None and first == L.TPACKET_V3:
            ring = _make_ring(sock, opts, L.TPACKET_V2, maclen, max_packet)
    if ring is not None:
        backend: _LiveBase = RingBackend(sock, opts, ifindex, linktype, cooked, lo_index, ring)
    else:
        # no ring: one recvmsg per packet, timestamps as control messages
        _setopt(sock, socket.SOL_SOCKET, L.SO_TIMESTAMPNS, 1, "SO_TIMESTAMPNS")
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, opts.buffer_size)
        except OSError:
            pass
        backend = RecvBackend(sock, opts, ifindex, linktype, cooked, lo_index)
    # Filter first, bind second: nothing unfiltered ever reaches the ring.
    program = program_for(linktype) if program_for is not None else None
    backend.install_filter(program, initial=True)
    try:
        L.bind_ll(sock, ifindex, opts.protocol)
    except OSError as exc:
        if exc.errno == errno.ENODEV:
            raise NoSuchDevice(f"{device}: no such device exists") from None
        raise L.os_error(exc, f"{device}: bind") from None
    err = socket_error(sock, device)
    if err is not None:
        if "ENETDOWN" in str(err):
            raise CaptureError(f"{device}: that device is not up") from None
        raise err
    return backend

