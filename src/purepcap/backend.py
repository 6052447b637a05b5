"""What a capture source must do for :class:`purepcap.capture.Capture`.

:class:`Capture` is one class for every source.  What differs between a
live mmap ring, a live socket read with ``recvmsg`` and a saved file lives
behind :class:`Backend`, a :class:`typing.Protocol` chosen once when the
handle is activated or opened (libpcap's ``read_op`` table): the handle has
no ``if live:`` branches.  The implementations are
:class:`purepcap.live.backend.RingBackend`,
:class:`purepcap.live.backend.RecvBackend` and
:class:`purepcap.offline.OfflineBackend`.

Filters reach a backend as a *compiler*, ``program_for(linktype,
linux_ext) -> Program | None``: the backend calls it for the link type(s)
it needs (a live socket: its own, once, before it is bound; a pcapng file:
lazily, once per link type its packets have), with ``linux_ext=True`` when
the program runs on Linux packet-socket metadata.

This module also holds the option record the ``create()`` setters fill
(:class:`Options`) and :class:`Stats`; it imports nothing from the live or
file layers, so reading a file never loads :mod:`purepcap.live`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, NamedTuple, Protocol, Sequence

from .packet import Packet

if TYPE_CHECKING:  # pragma: no cover
    from .bpf import Program

__all__ = ["Backend", "Compiler", "Options", "Stats", "PCAP_ERROR_BREAK"]

#: what :meth:`Capture.loop` (and :meth:`Capture.dispatch` before any packet)
#: return when :meth:`Capture.breakloop` ended them (libpcap's value)
PCAP_ERROR_BREAK = -2

#: ``program_for(linktype, linux_ext)``: the filter compiled for a link type
Compiler = Callable[[int, bool], "Program | None"]


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
class Options:
    """Everything ``create()`` setters can change before ``activate()``."""

    device: str
    snaplen: int = 262144
    promisc: bool = False
    timeout_ms: int = 0
    buffer_size: int = 2 * 1024 * 1024
    immediate: bool = False
    tstamp_precision: str = "micro"
    direction: str = "inout"
    #: Ethernet type the socket is bound to; None: every protocol (ETH_P_ALL)
    protocol: int | None = None
    ring: bool = True
    datalink: int | None = None


class Backend(Protocol):
    """One capture source, as :class:`~purepcap.capture.Capture` drives it.

    Reading never raises for "nothing yet": an empty list means a timeout, a
    wake-up, a batch that the filter emptied, or the end (see :attr:`eof`).
    """

    #: True for sources that capture from an interface (reporting only:
    #: ``Capture.is_live``); the handle never branches on it
    is_live: bool
    #: DLT of the source (pcapng: of its first interface; each packet
    #: carries its own in ``Packet.linktype``)
    linktype: int
    snaplen: int

    @property
    def eof(self) -> bool:
        """True once the source can deliver nothing more (end of a file).  A
        read that returned nothing while this is False was a timeout or a
        wake-up."""
        ...

    @property
    def read_timeout(self) -> int | None:
        """How long a blocking read may wait, in ms (``None``: until a packet
        or a wake-up; 0: never waits, e.g. a file)."""
        ...

    def read(self, max_count: int, timeout_ms: int | None) -> list[Packet]:
        """Packets available now (one ring block, a run of frames, a datagram,
        a file chunk; ``max_count`` is a hint, ``<= 0`` none), waiting at most
        ``timeout_ms`` (``None``: forever, 0: not at all) when there are none;
        returns early, possibly empty, after :meth:`wake`."""
        ...

    @property
    def has_records(self) -> bool:
        """True when :meth:`read_records` is available (the dump fast path)."""
        ...

    def read_records(self, nanosecond: bool, count: int, timeout_ms: int | None
                     ) -> tuple[bytes, int, list[Packet]] | None:
        """Classic pcap records for up to ``count`` (< 0: all) packets of one
        batch: ``(records, n, rest)`` with the packets after the first ``n``
        decoded in ``rest``; None on timeout or wake-up."""
        ...

    def install_filter(self, program_for: Compiler | None) -> None:
        """Filter from now on with what ``program_for`` compiles (None: no
        filter).  Live: attached in the kernel when it can take it."""
        ...

    def refilter(self, pending: Sequence[Packet]) -> list[Packet]:
        """Of packets read under the previous filter and not yet handed out,
        the ones the current filter keeps (the source knows the view its
        filter runs on: stripped VLAN tags, cooked headers, link types)."""
        ...

    def wake(self) -> None:
        """Make a blocked (or the next) :meth:`read` return at once; safe from
        any thread and from a signal handler."""
        ...

    def clear_wake(self) -> None:
        """Consume a pending :meth:`wake`."""
        ...

    def wait_fds(self) -> tuple[int, ...]:
        """Descriptors that poll readable when a read may make progress (the
        source, and the wake-up descriptor); empty when reads never wait."""
        ...

    def fileno(self) -> int:
        """The source's selectable descriptor (``pcap_get_selectable_fd``)."""
        ...

    def stats(self) -> Stats: ...

    def datalinks(self) -> list[int]: ...

    def set_datalink(self, dlt: int) -> None: ...

    def set_direction(self, direction: str) -> None: ...

    def inject(self, data: bytes) -> int: ...

    def fanout(self, group_id: int, mode: str = "hash", *, defrag: bool = False,
               rollover: bool = False) -> None: ...

    def close(self) -> None: ...
