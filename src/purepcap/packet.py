"""The packet record handed to users by every capture source.

A :class:`Packet` is what iterating a handle yields, whether the handle reads a
file or a live interface.  ``ts`` is always integer nanoseconds since the Unix
epoch, never a float.  ``data`` is always a ``bytes`` object owned by the
packet (copied out of the ring or the file buffer), so packets stay valid
after the callback returns and may be kept.

Construction.  Every source builds packets with all ten fields given
positionally, in slot order::

    Packet(ts, caplen, wirelen, data, linktype, interface, pkttype,
           vlan_tci, vlan_tpid, comment)

On CPython that is within 5% of ``object.__new__`` followed by ten attribute
stores (measured on 3.11).  For a run of packets that share a length and a
link type (a ring block of equal frames), :func:`extend_run` builds them with
that inlined form, about 20% faster than ``map(Packet, ...)``;
:func:`from_rows` and :func:`from_columns` do the same for packets of a
file's records.  These are
the only places that know the slot list besides the class itself and the
savefile readers' hot loops (which check it: ``savefile.pcap.PACKET_SLOTS_OK``).
"""

from __future__ import annotations

from itertools import repeat
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from .printer import Layer

__all__ = ["Packet", "extend_run", "from_rows", "from_columns", "PACKET_HOST", "PACKET_BROADCAST", "PACKET_MULTICAST",
           "PACKET_OTHERHOST", "PACKET_OUTGOING"]

# Linux sll_pkttype values (linux/if_packet.h), used for Packet.pkttype.
PACKET_HOST = 0
PACKET_BROADCAST = 1
PACKET_MULTICAST = 2
PACKET_OTHERHOST = 3
PACKET_OUTGOING = 4


class Packet:
    """One captured packet.

    Attributes:
        ts: timestamp, integer nanoseconds since the epoch.
        caplen: number of bytes captured (``len(data)``).
        wirelen: length of the packet on the wire (>= caplen).
        data: the captured bytes.
        linktype: DLT value of the link-layer header in ``data``.
        interface: pcapng interface id, or live interface index; -1 when unknown.
        pkttype: Linux ``sll_pkttype`` (``PACKET_HOST`` ... ``PACKET_OUTGOING``);
            -1 when unknown (saved files).
        vlan_tci: VLAN TCI the kernel stripped (already reinserted into
            ``data``), or -1.
        vlan_tpid: its TPID (0x8100, 0x88a8), or -1.
        comment: pcapng packet comment, or ``None``.
    """

    __slots__ = ("ts", "caplen", "wirelen", "data", "linktype", "interface",
                 "pkttype", "vlan_tci", "vlan_tpid", "comment")

    def __init__(self, ts: int, caplen: int, wirelen: int, data: bytes,
                 linktype: int = 1, interface: int = -1, pkttype: int = -1,
                 vlan_tci: int = -1, vlan_tpid: int = -1,
                 comment: str | None = None) -> None:
        self.ts = ts
        self.caplen = caplen
        self.wirelen = wirelen
        self.data = data
        self.linktype = linktype
        self.interface = interface
        self.pkttype = pkttype
        self.vlan_tci = vlan_tci
        self.vlan_tpid = vlan_tpid
        self.comment = comment

    @property
    def ts_sec(self) -> int:
        """Whole seconds of the timestamp."""
        return self.ts // 1_000_000_000

    @property
    def ts_nsec(self) -> int:
        """Nanoseconds within the second."""
        return self.ts % 1_000_000_000

    @property
    def outgoing(self) -> bool:
        """True when the kernel reported the packet as sent by this host."""
        return self.pkttype == PACKET_OUTGOING

    def __len__(self) -> int:
        return self.caplen

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Packet):
            return NotImplemented
        return (self.ts, self.caplen, self.wirelen, bytes(self.data), self.linktype) == (
            other.ts, other.caplen, other.wirelen, bytes(other.data), other.linktype)

    __hash__ = None  # type: ignore[assignment]

    def layers(self) -> list[Layer]:
        """The decoded records of every layer of the packet, outermost first
        (``eth``, ``ip``, ``tcp``...): :func:`purepcap.printer.layers` of it.

        Each record is a :class:`purepcap.printer.Layer` dataclass with plain
        fields (``src``, ``dst``, ``sport``, ``flags``...); one that could not be
        read whole has ``stop`` set.  Never raises on the packet's bytes."""
        from .printer import layers
        return layers(self)

    def __repr__(self) -> str:
        return (f"Packet(ts={self.ts}, caplen={self.caplen}, wirelen={self.wirelen}, "
                f"linktype={self.linktype}, data={bytes(self.data[:16])!r}"
                f"{'...' if self.caplen > 16 else ''})")


_new = object.__new__


def extend_run(out: list[Packet], ts: Iterable[int], caplen: int, wirelen: Iterable[int],
               data: Iterable[bytes], linktype: int, interface: Iterable[int],
               pkttype: Iterable[int]) -> None:
    """Append one :class:`Packet` per element of the iterables (zipped) to
    ``out``: same ``caplen`` and ``linktype``, no VLAN tag, no comment."""
    append = out.append
    P = Packet
    new = _new
    for t, wl, d, ifx, pt in zip(ts, wirelen, data, interface, pkttype):
        pk = new(P)
        pk.ts = t
        pk.caplen = caplen
        pk.wirelen = wl
        pk.data = d
        pk.linktype = linktype
        pk.interface = ifx
        pk.pkttype = pt
        pk.vlan_tci = -1
        pk.vlan_tpid = -1
        pk.comment = None
        append(pk)


def from_columns(ts: list[int], caplen: list[int], wirelen: list[int], data: list[bytes],
                 linktype: int, interface: int | list[int]) -> list[Packet]:
    """One :class:`Packet` per element of the (equally long) lists, of
    ``linktype`` and ``interface`` (one for all, or a list of them): no
    pkttype, VLAN tag or comment."""
    # (extend_run's loop with other fields varying: one loop for both, with
    # repeat() for what is constant, cost 2% more per packet under callgrind)
    out: list[Packet] = []
    app = out.append
    P = Packet
    new = _new
    ifaces = interface if isinstance(interface, list) else repeat(interface)
    for t, c, w, d, i in zip(ts, caplen, wirelen, data, ifaces):
        pk = new(P)
        pk.ts = t
        pk.caplen = c
        pk.wirelen = w
        pk.data = d
        pk.linktype = linktype
        pk.interface = i
        pk.pkttype = -1
        pk.vlan_tci = -1
        pk.vlan_tpid = -1
        pk.comment = None
        app(pk)
    return out


def from_rows(rows: Iterable[tuple[int, int, int, bytes, int]], linktype: int) -> list[Packet]:
    """One :class:`Packet` per ``(ts, caplen, wirelen, data, interface)`` row, of
    ``linktype``: no pkttype, VLAN tag or comment (the records of a file)."""
    out: list[Packet] = []
    app = out.append
    P = Packet
    new = _new
    for row in rows:
        pk = new(P)
        pk.ts, pk.caplen, pk.wirelen, pk.data, pk.interface = row
        pk.linktype = linktype
        pk.pkttype = pk.vlan_tci = pk.vlan_tpid = -1
        pk.comment = None
        app(pk)
    return out
