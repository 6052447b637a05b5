"""Opening a live capture: socket set-up, and the two live read paths.

:func:`activate` performs the set-up in the order ``ring.py`` explains: the
link type comes from the interface's hardware type (``SIOCGIFHWADDR``) on a
probe socket, the filter is compiled for it, then the capture socket is made
with protocol 0, configured, given its ring, the filter attached, and only
then bound.  It returns a backend implementing
:class:`purepcap.backend.Backend`: :class:`RingBackend` reads the mmap ring;
:class:`RecvBackend` does one ``recvmsg`` per packet, used when no ring can
be made (or when asked).

Both poll the socket next to an ``eventfd`` the backend owns:
:meth:`~_LiveBase.wake` (``Capture.breakloop``) writes it, so a blocked read
returns at once, from any thread or a signal handler.
"""

from __future__ import annotations

import errno
import os
import select
import socket
import struct
import time
from typing import Any, Callable, Sequence

from ..backend import Compiler, Options, Stats
from ..errors import CaptureError, NoSuchDevice, OptionError
from ..linktype import LinkType
from ..packet import Packet
from . import _linux as L
from . import _sys, kfilter
from .ring import Decoder, RingPlan, RingV2, RingV3, plan_ring, socket_error

__all__ = ["LiveOptions", "Stats", "activate", "RingBackend", "RecvBackend", "FANOUT_MODES"]

#: the options record (kept under its old name)
LiveOptions = Options

_LINUX_SLL = LinkType.LINUX_SLL
_LINUX_SLL2 = LinkType.LINUX_SLL2

#: ARPHRD -> DLT for the link types we capture raw; everything else is cooked
_ARPHRD_DLT: dict[int, int] = {
    L.ARPHRD_ETHER: LinkType.EN10MB,
    L.ARPHRD_LOOPBACK: LinkType.EN10MB,
    L.ARPHRD_IEEE80211: LinkType.IEEE802_11,
    L.ARPHRD_IEEE80211_RADIOTAP: LinkType.IEEE802_11_RADIO,
    L.ARPHRD_NONE: LinkType.RAW,
}
#: link-header length the ring leaves room for (others: Ethernet's)
_LINK_HDR: dict[int, int] = {LinkType.EN10MB: 14, LinkType.RAW: 0}

#: fanout modes by name (linux/if_packet.h PACKET_FANOUT_*)
FANOUT_MODES = {"hash": L.PACKET_FANOUT_HASH, "lb": L.PACKET_FANOUT_LB,
                "cpu": L.PACKET_FANOUT_CPU, "rollover": L.PACKET_FANOUT_ROLLOVER,
                "rnd": L.PACKET_FANOUT_RND, "queue": L.PACKET_FANOUT_QM,
                "qm": L.PACKET_FANOUT_QM}

#: after a filter change, packets stamped up to this long after the change are re-filtered
REFILTER_SLACK_NS = 1_000_000


class _LiveBase:
    """What the ring and recv backends share: the socket, its kernel filter,
    statistics, the wake-up descriptor and the wait loop."""

    is_live = True
    eof = False          # a live source never ends; a read that gives nothing timed out
    has_records = False
    ring: RingV3 | RingV2 | None = None
    #: the link types offered (set by activate(); empty: only ``linktype``)
    dlt_list: tuple[int, ...] = ()

    def __init__(self, sock: socket.socket, opts: Options, ifindex: int, linktype: int,
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
        self._program_for: Compiler | None = None
        self._program: Any = None          # the user's program, compiled for linktype
        self._user_filter: UserFilter | None = None   # it, runnable in user space
        self.kernel_filter_ok = True        # False: the user program runs in user space
        self._acc_packets = 0
        self._acc_drops = 0
        self._ifdrop_base = _rx_dropped(ifindex)
        self._kernel = _sys.current()       # the kernel this socket came from
        self._wake_fd = os.eventfd(0, os.EFD_NONBLOCK | os.EFD_CLOEXEC)
        self._poller = self._kernel.poller()
        self._poller.register(self.sock.fileno(), select.POLLIN)
        self._poller.register(self._wake_fd, select.POLLIN)
        self._closed = False

    @property
    def read_timeout(self) -> int | None:
        t = self.opts.timeout_ms
        return t if t > 0 else None

    # -- filters ------------------------------------------------------------
    def _direction_prefix(self) -> list:
        return kfilter.prefix(self.opts.direction, self.lo_ifindex)

    def _kernel_program(self, program: Any) -> list | None | bool:
        """The full program for the kernel; None for no filter at all; False
        when the user's program cannot be expressed for this socket."""
        pre = self._direction_prefix()
        if program is None:
            return pre + kfilter.ACCEPT_ALL if pre else None
        insns = kfilter.insns_of(program)
        if self.cooked:
            fixed = kfilter.cooked_fix(insns, self.linktype == _LINUX_SLL2)
            if fixed is None:
                return False
            insns = fixed
        return pre + insns

    def install_filter(self, program_for: Compiler | None) -> None:
        """Filter with what ``program_for`` compiles for this link type (in
        Linux mode); None removes the filter.  Compiles first, so a bad
        expression leaves the running filter alone."""
        program = program_for(self.linktype, True) if program_for is not None else None
        self._program_for = program_for
        self._install(program, initial=False)

    def _install(self, program: Any, *, initial: bool) -> None:
        """Attach ``program`` (None: no filter) in the kernel, or fall back to user space."""
        kprog = self._kernel_program(program)
        self._program = program
        self._user_filter = None if program is None else kfilter.user_filter(program)
        sock = self.sock
        if not initial:
            self._before_change()
        attached = False
        if kprog is not False:
            try:
                if kprog is None:
                    L.detach_filter(sock)
                else:
                    L.attach_filter(sock, L.pack_filter(kprog))  # type: ignore[arg-type]
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
        dec = self.decoder
        if program is None:
            dec.ufilter = None
            dec.ufilter_until = 0
        elif not attached:
            dec.ufilter = self._user_filter
            dec.ufilter_until = -1
        elif initial:
            dec.ufilter = None
        else:
            self._after_change()

    def _before_change(self) -> None:
        """Hook run before a running socket's filter changes."""

    def _after_change(self) -> None:
        """Hook run after a new program is attached to a running socket."""
        self.decoder.ufilter = None

    def refilter(self, pending: Sequence[Packet]) -> list[Packet]:
        """Of packets decoded under the old filter, those the new one keeps
        (the decoder knows where it put VLAN tags back)."""
        return self.decoder.refilter(pending, self._user_filter)

    # -- options after activation ------------------------------------------------
    def set_direction(self, direction: str) -> None:
        self.opts.direction = direction
        self._install(self._program, initial=False)

    def datalinks(self) -> list[int]:
        """The link types libpcap 1.10.3 offers for this device (``pcap_list_datalinks``)."""
        if self.cooked:
            return [_LINUX_SLL, _LINUX_SLL2]
        return list(self.dlt_list) or [self.linktype]

    def set_datalink(self, dlt: int) -> None:
        """Change the link type (a cooked socket: LINUX_SLL or LINUX_SLL2; an
        Ethernet device: EN10MB or DOCSIS); the filter is compiled again for it."""
        if dlt not in self.datalinks():
            raise OptionError(not_offered(dlt))
        if dlt == self.linktype:
            return
        program = self._program_for(dlt, True) if self._program_for is not None else None
        self.linktype = dlt
        dec = self.decoder
        self.decoder = Decoder(dlt, dec.snaplen, self.cooked, dec.micro)
        self._install(program, initial=False)

    def fanout(self, group_id: int, mode: str = "hash", *, defrag: bool = False,
               rollover: bool = False) -> None:
        if not isinstance(mode, str) or mode not in FANOUT_MODES:
            raise OptionError(f"unknown fanout mode {mode!r}; choose from "
                              f"{sorted(FANOUT_MODES)}")
        if not isinstance(group_id, int) or not 0 <= group_id <= 0xFFFF:
            raise OptionError("fanout group id must be in 0..65535")
        flags = (L.PACKET_FANOUT_FLAG_DEFRAG if defrag else 0) | \
            (L.PACKET_FANOUT_FLAG_ROLLOVER if rollover else 0)
        arg = group_id | ((FANOUT_MODES[mode] | flags) << 16)
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

    def wait_fds(self) -> tuple[int, ...]:
        return (self.sock.fileno(), self._wake_fd)

    def inject(self, data: bytes) -> int:
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("data must be bytes-like")
        if self.cooked:
            raise CaptureError(f"{self.device}: sending packets isn't supported on a "
                               "cooked-mode capture (the 'any' device)")
        try:
            return self.sock.send(bytes(data))
        except OSError as exc:
            raise L.os_error(exc, f"{self.device}: send") from None

    # -- waking and waiting -----------------------------------------------------------
    def wake(self) -> None:
        try:
            os.eventfd_write(self._wake_fd, 1)
        except OSError:
            pass   # closed, or the counter is already huge: a wake-up is pending anyway

    def clear_wake(self) -> None:
        try:
            os.eventfd_read(self._wake_fd)
        except OSError:
            pass   # nothing pending (EAGAIN) or closed

    def _wait(self, timeout_ms: int | None) -> bool:
        """poll() the socket and the wake-up descriptor; True if the socket is
        readable.

        Raises CaptureError when the socket reports an error (interface down
        or gone).
        """
        try:
            events = self._poller.poll(timeout_ms)
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

    def read_records(self, nanosecond: bool, count: int, timeout_ms: int | None
                     ) -> tuple[bytes, int, list[Packet]] | None:
        """Only a TPACKET_V3 ring has the record fast path (see ``has_records``)."""
        raise CaptureError(f"{self.device}: this read path has no record fast path")

    def _until(self, take: Callable[[], Any], timeout_ms: int | None) -> Any:
        """Call ``take()`` until it gives something, polling when there is nothing.

        ``take()`` returns None when nothing is there (the slot under the
        ring cursor is the kernel's, the socket queue is empty), a falsy
        value when it consumed something with nothing to deliver (all
        filtered out: it is called again at once), and the batch otherwise.
        Returns the batch, or None when ``timeout_ms`` (None: no limit, 0: do
        not wait) expired or :meth:`wake` was called.  The one wait loop of
        the live backends.
        """
        deadline = None
        while True:
            got = take()
            if got is not None:
                if got:
                    return got
                continue
            if timeout_ms == 0:
                self._wait(0)            # surfaces a pending socket error
                return None
            if timeout_ms is None:
                wait = None
            else:
                now = time.monotonic()
                if deadline is None:
                    deadline = now + timeout_ms / 1000
                wait = max(0, round((deadline - now) * 1000))
            if not self._wait(wait) and not self._ready():
                return None              # woken by wake(), or the time is up

    def _ready(self) -> bool:
        """True when a read could take something without waiting."""
        return False

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._kernel_stats()
        except CaptureError:
            pass
        try:
            self.sock.close()
        finally:
            os.close(self._wake_fd)


#: a user-space filter: f(data, wirelen, meta) -> int (see kfilter.user_filter)
UserFilter = Callable[[bytes, int, tuple], int]


class RingBackend(_LiveBase):
    """Reads a TPACKET_V3 or TPACKET_V2 ring."""

    ring: RingV3 | RingV2

    def __init__(self, sock: socket.socket, opts: Options, ifindex: int, linktype: int,
                 cooked: bool, lo_ifindex: int | None, ring: RingV3 | RingV2) -> None:
        super().__init__(sock, opts, ifindex, linktype, cooked, lo_ifindex)
        self.ring = ring
        self.version = ring.plan.version

    def _after_change(self) -> None:
        # Packets already in the ring passed the old program: re-filter, in
        # user space, everything stamped before the new one was in place.
        dec = self.decoder
        dec.ufilter = self._user_filter
        dec.ufilter_until = time.time_ns() + REFILTER_SLACK_NS

    def _ready(self) -> bool:
        return self.ring.ready()

    def _expire_refilter(self) -> None:
        dec = self.decoder
        if dec.ufilter is not None and dec.ufilter_until > 0 and \
                time.time_ns() > dec.ufilter_until + 2 * REFILTER_SLACK_NS and \
                not self.ring.ready():
            # every packet stamped before the filter change has been read
            dec.ufilter = None
            dec.ufilter_until = 0

    def read(self, max_count: int, timeout_ms: int | None) -> list[Packet]:
        ring = self.ring
        dec = self.decoder
        if dec.ufilter is None:
            # the common case: one block, at once, when there is one
            pkts = ring.take(dec)
            if pkts:
                return pkts

        def take() -> list[Packet] | None:
            self._expire_refilter()
            return ring.take(self.decoder)
        return self._until(take, timeout_ms) or []

    @property
    def has_records(self) -> bool:  # type: ignore[override]
        """True when :meth:`read_records` is available (a TPACKET_V3 ring)."""
        return isinstance(self.ring, RingV3)

    def read_records(self, nanosecond: bool, count: int, timeout_ms: int | None
                     ) -> tuple[bytes, int, list[Packet]] | None:
        """One V3 block as pcap records (see ``RingV3.take_records``); None on
        timeout or wake-up.  Only for TPACKET_V3 rings."""
        ring = self.ring
        if not isinstance(ring, RingV3):
            raise CaptureError(f"{self.device}: a TPACKET_V2 ring has no record fast path")
        take_records = ring.take_records

        def take() -> Any:
            self._expire_refilter()
            got = take_records(self.decoder, nanosecond, count)
            if got is None:
                return None
            return got if got[1] or got[2] else ()
        return self._until(take, timeout_ms)  # type: ignore[no-any-return]

    def close(self) -> None:
        self.ring.close()
        super().close()


class RecvBackend(_LiveBase):
    """One ``recvmsg`` per packet: the path without a ring."""

    def __init__(self, sock: socket.socket, opts: Options, ifindex: int, linktype: int,
                 cooked: bool, lo_ifindex: int | None) -> None:
        super().__init__(sock, opts, ifindex, linktype, cooked, lo_ifindex)
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

    def read(self, max_count: int, timeout_ms: int | None) -> list[Packet]:
        return self._until(self._recv_one, timeout_ms) or []

    def _recv_one(self) -> list[Packet] | None:
        """One datagram, decoded: None when the queue is empty, [] when the
        user-space filter rejected it."""
        buf = self._buf
        try:
            nbytes, anc, _flags, addr = self.sock.recvmsg_into(
                [buf], self._ancsize, socket.MSG_TRUNC | socket.MSG_DONTWAIT)
        except BlockingIOError:
            return None
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
        ifname, proto, pkttype, hatype, haddr = addr
        pkt = self.decoder.slow(payload, ts, wirelen, status, tci, tpid, proto,
                                self._ifindex_of(ifname), hatype, pkttype, len(haddr),
                                haddr.ljust(8, b"\0")[:8])
        return [] if pkt is None else [pkt]

    def _ifindex_of(self, name: str) -> int:
        if not self.cooked:
            return self.ifindex
        try:
            return self._kernel.if_nametoindex(name) if name else 0
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
        return _sys.current().socket(socket.AF_PACKET, kind, 0)
    except OSError as exc:
        raise L.os_error(exc, "socket(AF_PACKET)") from None


def _device_info(sock: socket.socket, device: str) -> tuple[int, int, int]:
    """(ifindex, ARPHRD type, MTU) of ``device``."""
    k = _sys.current()
    ifindex = struct.unpack_from("=i", _sys.ioctl_ifreq(k, sock, L.SIOCGIFINDEX, device))[0]
    hatype = struct.unpack_from("=H", _sys.ioctl_ifreq(k, sock, L.SIOCGIFHWADDR, device))[0]
    mtu = struct.unpack_from("=i", _sys.ioctl_ifreq(k, sock, L.SIOCGIFMTU, device))[0]
    return ifindex, hatype, mtu


def _setopt(sock: socket.socket, level: int, opt: int, value: int | bytes, what: str) -> None:
    try:
        sock.setsockopt(level, opt, value)
    except OSError as exc:
        raise L.os_error(exc, what) from None


def _make_ring(sock: socket.socket, opts: Options, version: int, maclen: int,
               max_packet: int) -> RingV3 | RingV2 | None:
    """Set the version and reserve, request the ring (halving on ENOMEM), mmap it."""
    try:
        sock.setsockopt(L.SOL_PACKET, L.PACKET_VERSION, version)
        # the kernel's slot header: PACKET_HDRLEN, then the sockaddr_ll after it
        hdrlen = L.tpacket_align(_sys.packet_hdrlen(_sys.current(), sock, version)) + \
            L.SOCKADDR_LL.size
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


def activate(opts: Options, program_for: Compiler | None = None) -> RingBackend | RecvBackend:
    """Open and configure the capture socket; return the backend.

    ``program_for(linktype, linux_ext)`` returns the filter to attach before
    the socket is bound (None for none).  It is called as soon as the link
    type is known from the interface's hardware type, before the capture
    socket exists, so a filter that does not compile costs no ring.
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
            lo_index = _sys.current().if_nametoindex("lo")
        except OSError:
            lo_index = None
    finally:
        probe.close()
    linktype = _ARPHRD_DLT.get(hatype) if not is_any else None
    if linktype is None:
        cooked = True
        if opts.datalink not in (None, _LINUX_SLL, _LINUX_SLL2):
            raise OptionError(not_offered(opts.datalink))
        linktype = opts.datalink if opts.datalink is not None else _LINUX_SLL
    else:
        cooked = False
        offered = offered_datalinks(hatype, device, linktype)
        if opts.datalink is not None:
            if opts.datalink not in offered:
                raise OptionError(not_offered(opts.datalink))
            linktype = opts.datalink
    # compile now: the program is needed before bind, and errors cost nothing yet
    program = program_for(linktype, True) if program_for is not None else None
    sees_lo = is_any or (lo_index is not None and ifindex == lo_index)
    sock = _open_socket(socket.SOCK_DGRAM if cooked else socket.SOCK_RAW)
    try:
        backend = _make_backend(sock, opts, ifindex, linktype, cooked, mtu,
                                lo_index if sees_lo else None)
    except BaseException:
        sock.close()
        raise
    if not cooked:
        backend.dlt_list = tuple(offered)
    try:
        # Filter first, bind second: nothing unfiltered ever reaches the ring.
        backend._program_for = program_for
        backend._install(program, initial=True)
        _bind(sock, device, ifindex, opts.protocol)
    except BaseException:
        backend.close()
        raise
    return backend


def offered_datalinks(hatype: int, device: str, linktype: int) -> list[int]:
    """libpcap 1.10.3's list for a non-cooked device: an Ethernet that is not
    Wi-Fi also offers DOCSIS (a CMTS's frames inside Ethernet framing)."""
    if hatype == L.ARPHRD_ETHER and not _is_wifi(device):
        return [LinkType.EN10MB, LinkType.DOCSIS]
    return [linktype]


def _is_wifi(device: str) -> bool:
    exists = _sys.current().exists
    return exists(f"/sys/class/net/{device}/wireless")


def not_offered(dlt: int) -> str:
    """libpcap's ``pcap_set_datalink`` error for a link type the device doesn't offer."""
    try:
        name = LinkType(dlt).name
    except ValueError:
        return f"DLT {dlt} is not one of the DLTs supported by this device"
    return f"{name} is not one of the DLTs supported by this device"


def _bind(sock: socket.socket, device: str, ifindex: int, protocol: int | None) -> None:
    try:
        _sys.bind_ll(_sys.current(), sock, ifindex,
                     L.ETH_P_ALL if protocol is None else protocol)
    except OSError as exc:
        if exc.errno == errno.ENODEV:
            raise NoSuchDevice(f"{device}: no such device exists") from None
        raise L.os_error(exc, f"{device}: bind") from None
    err = socket_error(sock, device)
    if err is not None:
        if "ENETDOWN" in str(err):
            raise CaptureError(f"{device}: that device is not up") from None
        raise err


def _make_backend(sock: socket.socket, opts: Options, ifindex: int, linktype: int,
                  cooked: bool, mtu: int, lo_index: int | None) -> RingBackend | RecvBackend:
    """Socket options and the ring (or the recvmsg set-up); not yet bound."""
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
        return RingBackend(sock, opts, ifindex, linktype, cooked, lo_index, ring)
    # no ring: one recvmsg per packet, timestamps as control messages
    _setopt(sock, socket.SOL_SOCKET, L.SO_TIMESTAMPNS, 1, "SO_TIMESTAMPNS")
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, opts.buffer_size)
    except OSError:
        pass
    return RecvBackend(sock, opts, ifindex, linktype, cooked, lo_index)

