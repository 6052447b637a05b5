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
:func:`from_rows` does the same for packets of a
file's records.  These are
the only places that know the slot list besides the class itself and the
savefile readers' hot loops (which check it: ``savefile.pcap.PACKET_SLOTS_OK``).

Packets of a batch.  With numpy, a file's runs of plain records are read as
columns (a :class:`Batch`), and :func:`from_batch` makes their packets with
one reference each (their batch; a packet's index is its place in the
batch's list), not ten fields: a loop that reads no field (counting,
skipping) pays for none.  The first read of a field gives every packet of
the batch its fields at once, and they are plain :class:`Packet` objects
from then on (until then ``type(p)`` is a private subclass; ``isinstance``
holds throughout).  Before the reader makes the next batch it
settles the last one (:func:`settle`): a packet something still holds gets fields of
its own, so a kept packet never keeps the file's buffer alive.
"""

from __future__ import annotations

from itertools import compress, repeat, starmap
from operator import is_
from sys import getrefcount
from typing import TYPE_CHECKING, Any, Iterable, Sequence

if TYPE_CHECKING:
    from .printer import Layer

__all__ = ["Packet", "extend_run", "from_rows", "Batch", "from_batch", "filled_from_batch", "settle", "PACKET_HOST", "PACKET_BROADCAST", "PACKET_MULTICAST",
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
                 "pkttype", "vlan_tci", "vlan_tpid", "comment",
                 # (a packet of a Batch not given its fields yet: the batch; None or
                 # unset otherwise)
                 "_b")

    _b: "Batch | None"

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


# -- packets read from a batch's columns ------------------------------------------------

#: the ten fields, in slot order
_FIELDS = Packet.__slots__[:10]
_GETTERS = {name: Packet.__dict__[name].__get__ for name in _FIELDS}


class Batch:
    """The records of a run of a file's plain records, as columns, that the
    packets :func:`from_batch` makes take their fields from.

    ``columns`` is ``(ts, caplen, wirelen, data offsets, interface)``: lists
    (``interface`` may be one int for all), or arrays that have ``tolist()``
    (numpy).  The data of record ``i`` is ``buf[offset[i]:offset[i] +
    caplen[i]]``; ``buf`` must not change.

    Until a field of one of them is read, the packets are made with one
    reference each, their batch (a packet's index is its place in
    ``packets``); the first read gives every
    packet of the batch its fields at once (:meth:`own_all`, C-level loops),
    and from then on they are plain :class:`Packet` objects.  So a loop that
    reads no field pays for none, and one that reads some pays for them once
    a batch.
    """

    __slots__ = ("cols", "arrays", "buf", "linktype", "n", "packets", "out")

    def __init__(self, columns: Sequence[Any], buf: Any, linktype: int) -> None:
        self.n = len(columns[0])
        self.buf = buf
        self.linktype = linktype
        self.cols: tuple[Any, ...] | None = None
        self.arrays: Sequence[Any] = columns
        if all(isinstance(c, (list, int)) for c in columns):
            self.cols = tuple(columns)
        #: the packets not yet given fields, by index (a private list: what
        #: own_all() fills), or None once it has run
        self.packets: list[Any] | None = None
        #: the list of them handed out (settle: what it holds is not kept)
        self.out: list[Any] = []

    def row(self, i: int) -> tuple[Any, ...]:
        """Record ``i``'s ``(ts, caplen, wirelen, data offset, interface)``
        (without making the columns lists)."""
        cols = self.cols
        if cols is not None:
            return tuple(c if type(c) is int else c[i] for c in cols)
        return tuple(c if type(c) is int else c[i] if type(c) is list else c[i].item()
                     for c in self.arrays)

    def fill(self) -> tuple[Any, ...]:
        """The columns as lists (made now if they are arrays)."""
        cols = self.cols
        if cols is None:
            cols = self.cols = tuple(c if isinstance(c, (list, int)) else c.tolist()
                                     for c in self.arrays)
            self.arrays = ()
        return cols

    def own_all(self) -> None:
        """Give every packet of the batch not given them yet its fields, and make
        it a plain :class:`Packet`."""
        ps = self.packets
        if ps is None:
            return
        self.packets = None
        # the class first (loops in C), so that the stores go to the slots, not
        # through the properties; and no reference to the batch
        any(map(setattr, ps, repeat("__class__"), repeat(Packet)))
        any(map(setattr, ps, repeat("_b"), repeat(None)))
        self.give(ps)

    def give(self, ps: list[Any]) -> None:
        """Store record ``i``'s fields in ``ps[i]``, a plain :class:`Packet`."""
        ts, cl, wl, at, iface = self.fill()
        buf = self.buf
        lt = self.linktype
        # (a loop of attribute stores: CPython specializes them to slot stores,
        # several times cheaper than setattr() through map())
        for p, t, c, w, a, i in zip(ps, ts, cl, wl, at,
                                    repeat(iface) if type(iface) is int else iface):
            p.ts = t
            p.caplen = c
            p.wirelen = w
            p.data = buf[a:a + c]
            p.linktype = lt
            p.interface = i
            p.pkttype = -1
            p.vlan_tci = -1
            p.vlan_tpid = -1
            p.comment = None


class _BatchPacket(Packet):
    """A :class:`Packet` of a :class:`Batch` that has no fields of its own yet
    (:func:`from_batch`).

    Reading any field gives it (and the rest of its batch) fields
    (:meth:`Batch.own_all`); setting one, pickling or copying it, or
    :func:`settle`, gives it its own (:meth:`_own`).  Either way it becomes a
    plain :class:`Packet` (``__class__``: the same slots), and no longer holds
    the batch.
    """

    __slots__ = ()

    # made by calling the class with no arguments (from_batch): object's own
    # slots, no Python __init__ and no argument tuple per packet
    __new__ = object.__new__
    __init__ = object.__init__  # type: ignore[assignment]

    def _own(self, i: int = -1) -> None:
        """Give this packet alone its fields (and make it a plain Packet); ``i``:
        its index in the batch, if known."""
        b = self._b
        assert b is not None
        ps = b.packets
        if i < 0:
            # (by identity: == compares fields.  Until its batch is settled, a
            # packet without fields is in the batch's list, see settle)
            assert ps is not None
            i = list(map(is_, ps, repeat(self))).index(True)
        ts, c, wl, a, iface = b.row(i)
        if ps is not None:
            ps[i] = _SINK              # (own_all must not overwrite its fields)
        self.__class__ = Packet  # type: ignore[assignment]
        self.ts = ts
        self.caplen = c
        self.wirelen = wl
        self.data = b.buf[a:a + c]
        self.linktype = b.linktype
        self.interface = iface
        self.pkttype = self.vlan_tci = self.vlan_tpid = -1
        self.comment = None
        self._b = None

    def __reduce__(self) -> Any:
        # (pickle, copy) a plain Packet's, once it has its fields
        self._own()
        return self.__reduce_ex__(2)


#: what own_all() gives the fields of a packet given its own before
_SINK = Packet(0, 0, 0, b"")


def _getter(name: str) -> Any:
    get = _GETTERS[name]

    def fget(self: _BatchPacket) -> Any:
        self._b.own_all()  # type: ignore[union-attr]
        return get(self)
    return fget


def _setter(name: str) -> Any:
    def fset(self: _BatchPacket, value: Any) -> None:
        self._own()
        setattr(self, name, value)
    return fset


for _name in _FIELDS:
    setattr(_BatchPacket, _name, property(_getter(_name), _setter(_name),
                                          doc=f"See :class:`Packet` ({_name})."))
del _name


def from_batch(batch: Batch, spare: list[Any] | None = None) -> list[Packet]:
    """One :class:`Packet` per record of ``batch``, of its link type; no pkttype,
    VLAN tag or comment.  They take their fields from the batch (see
    :class:`Batch`): the first read of one gives all of them theirs.

    ``spare``: packets without fields that nothing holds any more, as
    :func:`settle` returns them: they are used again (the list with them),
    before new ones are made."""
    # (made in C, starmap() calling the class; then one slot store each: a
    # packet's index is its place in the batch's own list)
    n = batch.n
    out: list[_BatchPacket]
    if spare:
        out = spare
        if len(out) > n:
            del out[n:]
        elif len(out) < n:
            out += starmap(_BatchPacket, repeat((), n - len(out)))
    else:
        out = list(starmap(_BatchPacket, repeat((), n)))
    for pk in out:
        pk._b = batch
    batch.packets = out.copy()
    batch.out = out
    return out  # type: ignore[return-value]


def filled_from_batch(batch: Batch) -> list[Packet]:
    """:func:`from_batch`'s packets, given their fields now: plain
    :class:`Packet` objects (what the first read of a field would make of
    them, for less).  For a reader whose user reads the packets' fields."""
    batch.packets = None
    out: list[Packet] = list(map(object.__new__, repeat(Packet, batch.n)))
    batch.give(out)
    return out


def _refs_in_map() -> int:
    # what sys.getrefcount says of a list's item, through map(), when only the
    # list holds it (the list's reference, the iterator's and the argument's)
    return max(map(getrefcount, [object()]))


#: a packet only a list holds, through map()
_HELD_BY_LIST = _refs_in_map()


def _refs_of_name() -> int:
    x = [object()]
    return getrefcount(x)


#: what sys.getrefcount says of an object only a local name holds
_HELD_BY_NAME = _refs_of_name()


def settle(batch: Batch | None) -> list[Any] | None:
    """Give each packet of ``batch`` (whose list :func:`from_batch` made was
    handed out earlier) that has no fields of its own yet, and that something
    besides that list still holds, fields of its own: so it no longer holds the
    batch and the file buffer.  The readers call it before they make the next
    batch, so that a packet a user keeps holds only its own data.  The batch
    then lets go of its packets (they and it refer to each other until then).

    Returns the batch's packets that nothing holds any more, when they are all
    of them or all but the last (a loop's variable holds the last one), in a
    list, to be used again by :func:`from_batch`; otherwise None.  Nothing
    can reach them: a packet takes no weak reference, and a packet only this
    function's list holds is held by no one else.  (Freeing a packet and
    making the next costs some 100 ns; using it again, one slot store.)"""
    if batch is None:
        return None
    ps = batch.packets
    out = batch.out
    batch.out = []
    if ps is None:            # every packet has its fields (own_all)
        return None
    if getrefcount(out) > _HELD_BY_NAME or len(out) != len(ps):
        # the list handed out is still held (or was changed): its packets get
        # their fields, all of them
        del out
        batch.own_all()
        return None
    del out
    batch.packets = None
    # (a sum of reference counts is the cheapest pass there is over the list:
    # ~9 ns a packet; usually one packet is held, the loop's variable, the last)
    extra = sum(map(getrefcount, ps)) - _HELD_BY_LIST * len(ps)
    if extra <= 0:
        return ps             # (all of them _BatchPacket: _SINK is held elsewhere)
    last = ps[-1]
    if extra == 1 and getrefcount(last) > _HELD_BY_LIST + 1:   # (+1: "last")
        if type(last) is _BatchPacket:
            last._own(len(ps) - 1)
            del last
            ps.pop()
            return ps
        return None
    del last
    for i in compress(range(len(ps)), map(_HELD_BY_LIST.__lt__, list(map(getrefcount, ps)))):
        p = ps[i]
        if type(p) is _BatchPacket:
            p._own(i)
        del p
    return None
