"""The AF_PACKET receive ring, and how to walk it from Python.

How the kernel hands packets to a capturing process
===================================================

A ``PF_PACKET`` socket sees every frame that crosses an interface, in either
direction, *before* the rest of the network stack has an opinion about it.
There are two ways to get those frames out of the kernel.

The simple way is one ``recvmsg()`` per packet.  Each call costs a system call
and a copy, and each packet also sits in the socket's receive queue as an
``sk_buff`` charged against ``SO_RCVBUF``.  This is the fallback we use when no
ring can be made; it is also handy because it works everywhere.

The fast way is a ring buffer shared with the kernel: ``setsockopt
(PACKET_RX_RING)`` asks the kernel to allocate a number of *blocks* (each a
run of physically contiguous pages), and ``mmap()`` on the socket maps all of
them, back to back, into our address space.  The kernel copies each accepted
packet into the ring and flips a status word; we read the packet in place and
flip the status back.  No system call per packet at all: ``poll()`` is only
needed when the ring is empty.

Ownership is the whole protocol.  Every slot starts with a status word.  When
it has ``TP_STATUS_USER`` set the slot belongs to user space and the kernel
will not touch it; writing ``TP_STATUS_KERNEL`` (zero) gives it back.  The
kernel fills slots strictly in order, so a reader keeps one cursor and only
ever looks at the slot under it.  If the slot under the cursor is still the
kernel's, the ring is empty (from our point of view) and we ``poll()``.  If
the kernel reaches a slot that we have not given back, the ring is full: the
packet is dropped and counted in ``tp_drops``.  That is the backpressure: the
ring *is* the buffer, and a slow reader loses packets in the kernel, visibly,
instead of growing memory without bound.

Two ring formats matter:

* ``TPACKET_V2`` divides each block into fixed-size *frames*, one packet per
  frame, each with its own status word.  The reader is woken for every packet,
  which is what immediate mode wants.  Frames are ``TPACKET_ALIGNMENT`` (16)
  byte aligned and a packet longer than the frame is truncated.
* ``TPACKET_V3`` (the default) packs variable-length packets into a block and
  has *one* status word per block.  A block is handed to user space when it
  is full, or when its *retire timeout* (``tp_retire_blk_tov``, which we set
  from the capture timeout) expires with at least one packet in it.  A reader
  is woken once per block, walks ``num_pkts`` packets by following each
  header's ``tp_next_offset`` (the last one's is 0, so count, do not chase),
  and returns the whole block.  Far fewer wake-ups and a denser buffer; the
  price is latency, which is why immediate mode uses V2.

Each packet slot starts with a ``tpacket3_hdr`` / ``tpacket2_hdr`` (timestamp
in seconds and nanoseconds, ``tp_snaplen`` bytes captured, ``tp_len`` bytes
on the wire, ``tp_mac`` / ``tp_net`` offsets of the link and network headers
from the start of the slot), then, at ``TPACKET_ALIGN(sizeof(header))``, a
``struct sockaddr_ll`` with the interface index, the ``sll_pkttype``
direction, the hardware type and address and the link-level protocol.  We
never trust ``tp_mac + tp_snaplen`` blindly: a slot whose data would run past
its frame (V2) or its block (V3) is treated as corrupt and skipped.

Sizing.  ``tp_frame_size`` must be a multiple of 16 and big enough for the
header, the ``sockaddr_ll``, the padding that aligns the network header, the
``PACKET_RESERVE`` bytes and the largest packet we want whole (the snapshot
length, but no more than the interface MTU plus its link header).
``tp_block_size`` must be a multiple of the page size and hold at least one
frame; the kernel requires ``tp_frame_nr == tp_block_nr * (tp_block_size //
tp_frame_size)``.  Blocks are allocated with ``__get_free_pages`` (falling
back to ``vmalloc``), so large requests can fail with ``ENOMEM``; we then try
again with half as many blocks, as libpcap does, down to a floor.

The order of set-up matters.  A packet socket created with protocol 0 receives
nothing until it is bound with a real protocol.  So we create it with protocol
0, choose the ring version, set ``PACKET_RESERVE``, create and ``mmap`` the
ring, attach the filter, and only then ``bind()`` to the interface with
``ETH_P_ALL``.  Not one unfiltered packet can enter the ring.

Filters.  A classic BPF program attached with ``SO_ATTACH_FILTER`` runs in
the kernel for every packet before it is copied; a packet it rejects costs
almost nothing and is not even counted in ``tp_packets``.  Changing the filter
on a running ring does nothing to packets already in the ring: they were
accepted by the *old* program.  We record the time at which the new program
was in place and re-run the new program in user space over every packet whose
kernel timestamp is not later than that (plus a millisecond of slack for
packets that were between the filter and the copy at that instant).
Re-filtering a packet the new program already accepted is harmless, so this
errs only on the safe side.  Packets already taken out of the ring but not
yet handed to the user passed the old program too; :meth:`Decoder.refilter`
runs the new one over them, on the view the kernel filter has (the VLAN tag
it put back taken out again, on Ethernet and on cooked headers alike).

VLAN tags.  Most drivers (and veth) strip an 802.1Q/802.1ad tag off the frame
into skb metadata before any packet socket sees it.  The ring reports it in
``tp_vlan_tci`` and ``tp_vlan_tpid``, valid when ``TP_STATUS_VLAN_VALID`` /
``TP_STATUS_VLAN_TPID_VALID`` are set (older kernels: a non-zero TCI means
valid and the TPID is 0x8100).  We put the tag back into the data after the
two MAC addresses, with its real TPID, and add 4 to both lengths, so users
see the frame as it was on the wire.  A kernel filter, however, runs on the
frame *without* the tag; that is why live filters are compiled in the
compiler's Linux mode, which tests the tag with the ancillary loads
``SKF_AD_VLAN_TAG_PRESENT`` / ``SKF_AD_VLAN_TAG``, and why user-space
re-filtering runs on the untagged bytes with the tag given as metadata.

Statistics.  ``getsockopt(PACKET_STATISTICS)`` returns ``tp_packets`` (every
packet the filter accepted, *including* the dropped ones) and ``tp_drops``,
and resets both to zero.  We accumulate.

Timeouts.  With V3 the socket becomes readable only when a block retires, so
a reader that polls with no timeout can block for as long as the interface is
idle, and one that polls with a timeout but loops until it has *something*
(libpcap 1.10's V3 path) can block far longer than the timeout.  We poll once
with the remaining time and return what we have, even nothing.  A second file
descriptor, an ``eventfd``, is polled next to the socket: ``breakloop()``
writes to it and the blocked ``poll()`` returns at once, from any thread or a
signal handler.

Reading fast from Python.  The interpreter, not the kernel, sets the pace:
every field unpacked is an int object, every attribute a store, and at a
few hundred thousand packets a second the ring fills while we decode.  So
the walkers unpack only the fields the common case needs (``V3_FAST``,
``V3_REC``), build each :class:`Packet` with all ten fields positionally
(no keyword or default handling), a run of them with
:func:`purepcap.packet.extend_run`, and send the rare cases (a stripped tag, a cooked header, a
user-space filter) to :class:`Decoder`.  Inside a V3 block, packets follow
each other at ``tp_next_offset``; when a run of them has the same size (the
same ``tp_mac``, ``tp_snaplen`` and stride, no tag: a stream of equal
frames) one precompiled ``struct`` reads the headers of the whole run to
check that, and a second one copies the whole run out, so the per-packet
work left in Python is the Packet itself (or nothing at all for the file
path).  The ring-to-file walker, :meth:`RingV3.take_records`, relies on a
coincidence of layouts: ``tp_sec, tp_nsec, tp_snaplen, tp_len`` are, byte
for byte, a nanosecond pcap record header in host order, so a block becomes
a file chunk with one ``join`` and one ``write()``.

An interface that goes down (or is deleted) while we capture sets
``sk_err = ENETDOWN`` on the socket, which makes ``poll()`` report
``POLLERR``; we read ``SO_ERROR`` and raise a :class:`CaptureError` instead of
waiting forever for packets that will never come.
"""

from __future__ import annotations

import errno
import functools
import mmap
import socket
import struct
from dataclasses import dataclass
from itertools import repeat
from operator import add, and_, floordiv, mod, sub
from operator import mul as mul_
from typing import Any, Callable, Optional, Sequence

from ..errors import CaptureError
from ..linktype import LinkType
from ..packet import Packet, extend_run
from . import _linux as L
from . import _sys
from .records import encode

__all__ = ["RingPlan", "plan_ring", "Ring", "RingV3", "RingV2", "Decoder", "MIN_BLOCKS"]

_LINUX_SLL2 = LinkType.LINUX_SLL2
#: slot status bits (from live/_linux, by name)
_USER = L.TP_STATUS_USER
_TAGGED = L.TP_STATUS_VLAN_VALID | L.TP_STATUS_VLAN_TPID_VALID
#: where the network header starts, for the link types whose stripped VLAN tags
#: are put back into the data
_NET_OFFSET: dict[int, int] = {LinkType.EN10MB: 14, LinkType.LINUX_SLL: L.SLL_HDR_LEN,
               _LINUX_SLL2: L.SLL2_HDR_LEN}

#: we never shrink a ring below this many blocks when retrying after ENOMEM
MIN_BLOCKS = 2
#: V3 blocks grow up to this size (fewer wake-ups); never beyond a quarter of the ring
V3_TARGET_BLOCK = 1 << 17


@dataclass(frozen=True)
class RingPlan:
    """Geometry of one ring request (``struct tpacket_req3``)."""

    version: int
    block_size: int
    block_nr: int
    frame_size: int
    frame_nr: int
    retire_tov_ms: int = 0

    @property
    def size(self) -> int:
        return self.block_size * self.block_nr

    def req(self) -> bytes:
        if self.version == L.TPACKET_V3:
            return L.TPACKET_REQ3.pack(self.block_size, self.block_nr, self.frame_size,
                                       self.frame_nr, self.retire_tov_ms, 0, 0)
        return L.TPACKET_REQ.pack(self.block_size, self.block_nr, self.frame_size, self.frame_nr)

    def halved(self) -> "RingPlan | None":
        """The same ring with half as many blocks, or None below the floor."""
        if self.block_nr // 2 < MIN_BLOCKS:
            return None
        nr = self.block_nr // 2
        per = self.block_size // self.frame_size
        return RingPlan(self.version, self.block_size, nr, self.frame_size, nr * per,
                        self.retire_tov_ms)


def plan_ring(version: int, *, buffer_size: int, snaplen: int, max_packet: int,
              hdrlen: int, reserve: int, maclen: int, timeout_ms: int,
              page: int | None = None) -> RingPlan:
    """Compute the ring geometry, as the kernel will lay out each slot.

    ``hdrlen`` is what ``getsockopt(PACKET_HDRLEN)`` reports for ``version``
    (header plus ``sockaddr_ll``), ``maclen`` the link-header length (0 for
    cooked sockets), ``max_packet`` the largest frame the interface can
    deliver (MTU plus link header plus a VLAN tag).
    """
    page = page or L.page_size()
    # Where the kernel puts the MAC header: after the header and sockaddr_ll,
    # aligned so that the network header is 16-byte aligned, plus the reserve.
    netoff = L.tpacket_align(hdrlen + max(maclen, 16)) + reserve
    macoff = netoff - maclen
    want = max(1, min(snaplen, max_packet))
    frame_size = L.tpacket_align(macoff + want)
    block_size = page
    while block_size < frame_size:
        block_size <<= 1
    if version == L.TPACKET_V3:
        while block_size < V3_TARGET_BLOCK and block_size * 2 * 4 <= buffer_size:
            block_size <<= 1
    per_block = block_size // frame_size
    block_nr = max(MIN_BLOCKS, buffer_size // block_size)
    tov = timeout_ms if timeout_ms > 0 else 0
    return RingPlan(version, block_size, block_nr, frame_size, block_nr * per_block, tov)


class Decoder:
    """Turns one ring slot (or one received datagram) into a :class:`Packet`.

    The common case (a link-layer socket, no tag, no user-space filter) is
    inlined in the ring walkers; this class carries the settings and does the
    rare cases: cooked headers, VLAN reinsertion, user-space filtering.
    """

    __slots__ = ("linktype", "snaplen", "cooked", "sll2", "reinsert_vlan", "micro",
                 "ufilter", "ufilter_until", "dropped_by_ufilter", "net_offset")

    def __init__(self, linktype: int, snaplen: int, cooked: bool, micro: bool = False) -> None:
        self.linktype = linktype
        self.snaplen = snaplen
        self.cooked = cooked
        self.sll2 = linktype == _LINUX_SLL2
        self.reinsert_vlan = linktype in _NET_OFFSET
        self.micro = micro
        self.net_offset = _NET_OFFSET.get(linktype, 0)
        #: user-space filter f(data, wirelen, meta_fields) -> int, or None
        self.ufilter: Optional[Callable[..., int]] = None
        #: run ufilter on packets with ts <= this (ns); -1 = every packet
        self.ufilter_until = 0
        self.dropped_by_ufilter = 0

    @property
    def simple(self) -> bool:
        """True when the inlined fast path applies (no cooked header, no filter)."""
        return not self.cooked and self.ufilter is None

    def refilter(self, pending: Sequence[Packet],
                 ufilter: Optional[Callable[[bytes, int, tuple], int]]) -> list[Packet]:
        """The packets of ``pending`` (made by this decoder) that ``ufilter`` keeps.

        The filter runs on the view the kernel filter had: the VLAN tag this
        decoder put back is taken out again (after the MAC addresses on
        Ethernet; from between the cooked header and the payload on
        LINUX_SLL / LINUX_SLL2, where the header's protocol field gets the
        inner protocol back) and passed as metadata.  Re-filtering a packet
        the new program already accepted is harmless, so every pending
        packet is filtered.  A packet the filter truncates keeps its tag.
        """
        if ufilter is None:
            return list(pending)
        kept: list[Packet] = []
        for pkt in pending:
            data = pkt.data
            tagged = self.reinsert_vlan and pkt.vlan_tci >= 0
            view, cut, proto, hatype = self._kernel_view(data, tagged)
            wirelen = pkt.wirelen - (L.VLAN_TAG_LEN if tagged else 0)
            meta = (tagged, max(pkt.vlan_tci, 0), max(pkt.vlan_tpid, 0), proto, pkt.interface,
                    hatype, pkt.pkttype, self.net_offset)
            keep = ufilter(view, wirelen, meta)
            if not keep:
                self.dropped_by_ufilter += 1
                continue
            if keep < len(view):
                pkt.data = data[:keep + L.VLAN_TAG_LEN if tagged and keep >= cut else keep]
                pkt.caplen = len(pkt.data)
            kept.append(pkt)
        return kept

    def _kernel_view(self, data: bytes, tagged: bool) -> tuple[bytes, int, int, int]:
        """(untagged bytes, where the tag was, link protocol, ARPHRD type) of a
        packet this decoder made."""
        if self.cooked:
            if self.sll2:
                hl = L.SLL2_HDR_LEN
                if tagged and len(data) >= hl + L.VLAN_TAG_LEN:
                    # tpid, header[2:20], tci, protocol, payload
                    data = data[hl + 2:hl + 4] + data[2:hl] + data[hl + 4:]
                proto, _r, _ifx, hatype = struct.unpack_from(">HHIH", data.ljust(hl, b"\0"))
                return data, hl, proto, hatype
            hl = L.SLL_HDR_LEN
            if tagged and len(data) >= hl + L.VLAN_TAG_LEN:
                # header[:14], tpid, tci, protocol, payload
                data = data[:hl - 2] + data[hl + 2:]
            padded = data.ljust(hl, b"\0")
            return data, hl - 2, struct.unpack_from(">H", padded, 14)[0], \
                struct.unpack_from(">H", padded, 2)[0]
        if tagged and len(data) >= 16:
            data = data[:12] + data[16:]
        proto = struct.unpack_from(">H", data, 12)[0] if len(data) >= 14 else 0
        return data, 12, proto, 0

    def slow(self, payload: bytes, ts: int, wirelen: int, status: int, tci: int, tpid: int,
             proto: int, ifindex: int, hatype: int, pkttype: int, halen: int,
             addr: bytes) -> Packet | None:
        """Build a packet in the general case; None when the user filter rejects it.

        ``payload`` is what the kernel captured (for a cooked socket: from the
        network header on), untagged.
        """
        if self.micro:
            ts -= ts % 1000
        vlan = bool(status & L.TP_STATUS_VLAN_VALID) or tci != 0
        if vlan:
            if not (tpid or status & L.TP_STATUS_VLAN_TPID_VALID):
                tpid = L.ETH_P_8021Q
        if self.cooked:
            if self.sll2:
                hdr = L.SLL2_HDR.pack(proto, 0, ifindex, hatype, pkttype, halen, addr)
            else:
                hdr = L.SLL_HDR.pack(pkttype, hatype, halen, addr, proto)
            data = hdr + payload
            wirelen += len(hdr)
        else:
            data = payload
        ufilter = self.ufilter
        if ufilter is not None and (self.ufilter_until < 0 or ts <= self.ufilter_until):
            meta = (vlan, tci if vlan else 0, tpid if vlan else 0, proto, ifindex, hatype,
                    pkttype, self.net_offset)
            keep = ufilter(data, wirelen, meta)
            if not keep:
                self.dropped_by_ufilter += 1
                return None
            if keep < len(data):
                data = data[:keep]
        if vlan and self.reinsert_vlan:
            tag = struct.pack(">HH", tpid, tci)
            if self.cooked:
                # the cooked header's protocol becomes the TPID; the tag's
                # second half carries the original protocol
                hl = L.SLL2_HDR_LEN if self.sll2 else L.SLL_HDR_LEN
                if self.sll2:
                    data = struct.pack(">H", tpid) + data[2:hl] + struct.pack(">HH", tci, proto) + data[hl:]
                else:
                    data = data[:hl - 2] + struct.pack(">HHH", tpid, tci, proto) + data[hl:]
            elif len(data) >= 12:
                data = data[:12] + tag + data[12:]
            wirelen += L.VLAN_TAG_LEN
        else:
            vlan = False
        if len(data) > self.snaplen:
            data = data[:self.snaplen]
        return Packet(ts, len(data), wirelen, data, self.linktype, ifindex, pkttype,
                      tci if vlan else -1, tpid if vlan else -1, None)


_BLOCK_HDR = struct.Struct("=III")          # block_status, num_pkts, offset_to_first_pkt
_release = struct.Struct("=I").pack_into
_V3_FRAME_unpack = L.V3_FRAME.unpack_from
_PCAP_REC_pack = L.PCAP_REC.pack


def _slow_v3(dec: Decoder, mm: mmap.mmap, p: int, limit: int, cooked: bool) -> Packet | None:
    """The general decoder for the V3 slot at ``p`` (tags, cooked headers, filters).

    Raises IndexError when the slot's data would run past ``limit``.
    """
    (_nxt, sec, nsec, snap, wlen, st, mac, net, _rx, tci, tpid, _pd,
     _fam, proto, ifindex, hatype, pkttype, halen, addr) = _V3_FRAME_unpack(mm, p)
    start = p + (net if cooked else mac)
    end = p + mac + snap
    if end > limit or start > end:
        raise IndexError
    return dec.slow(mm[start:end], sec * 1_000_000_000 + nsec, wlen - (start - p - mac),
                    st, tci, tpid, int.from_bytes(proto, "big"), ifindex, hatype, pkttype,
                    halen, addr)


class Ring:
    """A mapped receive ring; subclasses walk V3 blocks or V2 frames."""

    def __init__(self, sock: socket.socket, plan: RingPlan) -> None:
        try:
            mm = _sys.current().mmap(sock, plan.size)
        except OSError as exc:
            raise L.os_error(exc, "mmap of the packet ring") from None
        self._setup(mm, plan)

    @classmethod
    def over(cls, mm: mmap.mmap, plan: RingPlan) -> "Ring":
        """A walker over any writable mapping laid out like the kernel's ring
        (tests build blocks by hand and walk them without a socket)."""
        self = cls.__new__(cls)
        self._setup(mm, plan)
        return self

    def _setup(self, mm: mmap.mmap, plan: RingPlan) -> None:
        self.plan = plan
        #: the mapping; None once closed (the walkers' ``mm is None`` checks)
        self.mm: mmap.mmap = mm
        self.cursor = 0
        self.corrupt = 0

    def close(self) -> None:
        mm, self.mm = self.mm, None  # type: ignore[assignment]
        if mm is not None:
            mm.close()

    def ready(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def user_owned(self) -> int:
        """Number of slots currently owned by user space (for tests)."""
        raise NotImplementedError  # pragma: no cover


class RingV3(Ring):
    """TPACKET_V3: one status word per block, variable-size packets inside.

    Two walkers share the block protocol: :meth:`take` builds
    :class:`Packet` objects, :meth:`take_records` builds pcap records for a
    file without creating any object per packet beyond the bytes written.
    Both hand the block back to the kernel before they return.
    """

    _status = struct.Struct("=I")

    def _setup(self, mm: mmap.mmap, plan: RingPlan) -> None:
        super()._setup(mm, plan)
        self.nblocks = plan.block_nr
        self.bsize = plan.block_size

    def ready(self) -> bool:
        mm = self.mm
        return bool(mm is not None and
                    self._status.unpack_from(mm, self.cursor * self.bsize + L.BLOCK_STATUS_OFFSET)[0] & _USER)

    def user_owned(self) -> int:
        unpack = self._status.unpack_from
        return sum(1 for b in range(self.nblocks)
                   if unpack(self.mm, b * self.bsize + L.BLOCK_STATUS_OFFSET)[0] & _USER)

    def _next_block(self) -> tuple[int, int, int] | None:
        """(base, number of packets, offset of the first) of the block under the
        cursor when user space owns it."""
        mm = self.mm
        if mm is None:
            return None
        base = self.cursor * self.bsize
        status, num, first = _BLOCK_HDR.unpack_from(mm, base + L.BLOCK_STATUS_OFFSET)
        if not status & _USER:
            return None
        return base, num, first

    def _give_back(self, base: int) -> None:
        _release(self.mm, base + L.BLOCK_STATUS_OFFSET, L.TP_STATUS_KERNEL)
        cur = self.cursor + 1
        self.cursor = 0 if cur == self.nblocks else cur

    def take(self, dec: Decoder) -> list[Packet] | None:
        """The packets of the block under the cursor, or None when it is the kernel's.

        The block is given back to the kernel before returning: every packet
        has been copied out of it.
        """
        blk = self._next_block()
        if blk is None:
            return None
        base, num, first = blk
        out: list[Packet] = []
        if num:
            self._walk(dec, base + first, num, base + self.bsize, out)
        self._give_back(base)
        return out

    def _walk(self, dec: Decoder, p: int, num: int, limit: int, out: list[Packet]) -> None:
        """Decode ``num`` packets starting at offset ``p``, up to the block's last
        (data must end by ``limit``)."""
        mm = self.mm
        append = out.append
        if dec.simple:
            # The common case: no cooked header, no user filter.  Runs of
            # same-size untagged packets are read with one struct call per
            # run; anything else slot by slot.
            def bulk(p: int, k: int, stride: int, mac: int, snap: int) -> int:
                _run_packets(mm, p, k, stride, mac, snap, dec, out)
                return k

            def each(p: int, k: int) -> tuple[int, int, bool]:
                p, broken = self._walk_each(dec, p, k, limit, out)
                return p, k, broken

            self._chunked(p, num, num, limit, dec.snaplen, bulk, each)
            return
        cooked = dec.cooked
        hlimit = limit - L.V3_FRAME.size
        for _ in range(num):
            if p > hlimit:
                self.corrupt += 1
                return
            try:
                pkt = _slow_v3(dec, mm, p, limit, cooked)
            except IndexError:
                self.corrupt += 1
                return
            if pkt is not None:
                append(pkt)
            p += L.V3_FAST.unpack_from(mm, p)[0]

    def _chunked(self, p: int, todo: int, num: int, limit: int, snaplen: int,
                 bulk: Callable[[int, int, int, int, int], int],
                 each: Callable[[int, int], tuple[int, int, bool]]) -> tuple[int, int, bool]:
        """Walk ``todo`` of the block's ``num`` slots from ``p`` in chunks of up
        to :data:`RUN_CHUNK`: ``bulk(p, k, stride, mac, snap)`` takes a chunk
        that is a run of same-size packets (see :func:`_run_at`), ``each(p, k)``
        any other, slot by slot, and returns (offset after them, items made,
        True if a slot was corrupt); ``bulk`` returns the items it made.

        Returns (offset after the walk, items made, True if it stopped at a
        corrupt slot, which is counted in :attr:`corrupt`).
        """
        mm = self.mm
        made = 0
        done = 0
        while done < todo:
            k = min(todo - done, RUN_CHUNK)
            run = _run_at(mm, p, k, limit, snaplen, done + k == num)
            if run is not None:
                stride, mac, snap = run
                made += bulk(p, k, stride, mac, snap)
                p += k * stride
            else:
                p, got, broken = each(p, k)
                made += got
                if broken:
                    self.corrupt += 1
                    return p, made, True
            done += k
        return p, made, False

    def _walk_each(self, dec: Decoder, p: int, k: int, limit: int,
                   out: list[Packet]) -> tuple[int, bool]:
        """Decode ``k`` packets from ``p`` one slot at a time (simple decoder).

        Returns (offset after them, True if a slot was corrupt).  Packets are
        built with every field given positionally (the fast construction,
        see :mod:`purepcap.packet`).
        """
        mm = self.mm
        append = out.append
        unpack = L.V3_FAST.unpack_from
        hlimit = limit - L.V3_FRAME.size     # room for the whole header + sockaddr_ll
        snaplen = dec.snaplen
        lt = dec.linktype
        tick = 1000 if dec.micro else 1   # microsecond handles round down
        P = Packet
        for _ in range(k):
            if p > hlimit:
                return p, True
            nxt, sec, nsec, snap, wlen, st, mac, ifindex, pkttype = unpack(mm, p)
            start = p + mac
            end = start + snap
            if end > limit:
                return p, True
            if st & _TAGGED:
                # VLAN_VALID / VLAN_TPID_VALID: the tag goes back in
                pkt = _slow_v3(dec, mm, p, limit, False)
                if pkt is not None:
                    append(pkt)
                p += nxt
                continue
            if snap > snaplen:
                end = start + snaplen
                snap = snaplen
            append(P(sec * 1_000_000_000 + nsec - nsec % tick, snap, wlen, mm[start:end], lt,
                     ifindex, pkttype, -1, -1, None))
            p += nxt
        return p, False

    def take_records(self, dec: Decoder, nanosecond: bool,
                     count: int = -1) -> tuple[bytes, int, list[Packet]] | None:
        """The block under the cursor as classic pcap records, or None when it is
        the kernel's.

        Returns ``(records, n, rest)``: the records of the first ``n``
        packets joined into one ``bytes`` (host byte order, the fraction in
        nanoseconds or microseconds), and, when ``count >= 0`` stopped the
        walk inside the block, the packets after it decoded as
        :class:`Packet` objects (nothing is lost: the caller keeps them for
        later reads).  The block is given back to the kernel before returning.
        """
        blk = self._next_block()
        if blk is None:
            return None
        base, num, first = blk
        limit = base + self.bsize
        p = base + first
        parts: list[bytes] = []
        rest: list[Packet] = []
        n = 0
        if not dec.simple:
            pkts: list[Packet] = []
            if num:
                self._walk(dec, p, num, limit, pkts)
            if 0 <= count < len(pkts):
                rest = pkts[count:]
                pkts = pkts[:count]
            n = encode(pkts, nanosecond, parts)
        elif num:
            todo = num if count < 0 or count >= num else count
            micro = dec.micro
            # the record's fraction is nsec // div * mul: microseconds for a
            # microsecond file; nanoseconds rounded down to the microsecond
            # for a nanosecond file from a microsecond handle (what decoding
            # a Packet and writing it gives); the raw tp_nsec otherwise
            repack = micro or not nanosecond
            mode = (repack, 1000 if repack else 1, 1000 if nanosecond and micro else 1,
                    nanosecond)
            mm = self.mm

            def bulk(p: int, k: int, stride: int, mac: int, snap: int) -> int:
                parts.append(_run_records(mm, p, k, stride, mac, snap, mode))
                return k

            def each(p: int, k: int) -> tuple[int, int, bool]:
                return self._records_each(dec, p, k, limit, parts, mode)

            p, n, broken = self._chunked(p, todo, num, limit, dec.snaplen, bulk, each)
            if not broken and todo < num:
                self._walk(dec, p, num - todo, limit, rest)
        self._give_back(base)
        return b"".join(parts), n, rest

    def _records_each(self, dec: Decoder, p: int, k: int, limit: int, parts: list,
                      mode: tuple[bool, int, int, bool]) -> tuple[int, int, bool]:
        """Records for the ``k`` packets from ``p``, one at a time.

        Returns (offset after them, records made, True if a slot was corrupt).
        """
        mm = self.mm
        append = parts.append
        unpack = L.V3_REC.unpack_from
        pack = _PCAP_REC_pack
        hlimit = limit - L.V3_FRAME.size
        snaplen = dec.snaplen
        repack, div, mul, nanosecond = mode
        raw = not repack
        n = 0
        for _ in range(k):
            if p > hlimit:
                return p, n, True
            nxt, sec, nsec, snap, wlen, st, mac = unpack(mm, p)
            start = p + mac
            end = start + snap
            if end > limit:
                return p, n, True
            if st & _TAGGED:
                # a stripped VLAN tag: the general decoder puts it back
                pkt = _slow_v3(dec, mm, p, limit, False)
                if pkt is not None:
                    n += encode((pkt,), nanosecond, parts)
                p += nxt
                continue
            if raw and snap <= snaplen:
                # tp_sec, tp_nsec, tp_snaplen, tp_len: a pcap record header as is
                append(mm[p + 4:p + 20])
            else:
                if snap > snaplen:
                    end = start + snaplen
                    snap = snaplen
                append(pack(sec, nsec // div * mul, snap, wlen))
            append(mm[start:end])
            n += 1
            p += nxt
        return p, n, False


#: same-size packets are copied out in runs of up to this many, one struct call each
RUN_CHUNK = 128
#: shorter runs are not worth a bulk attempt
RUN_MIN = 8


@functools.lru_cache(maxsize=256)
def _run_struct(kind: str, k: int, stride: int, mac: int, snap: int) -> struct.Struct:
    """Structs reading ``k`` slots ``stride`` bytes apart in one call.

    ``check``: tp_next_offset, tp_snaplen, tp_status, tp_mac of each slot;
    ``raw``: the 16-byte record header (tp_sec..tp_len) and the data of each;
    ``fields``: tp_sec, tp_nsec, tp_snaplen, tp_len and the data of each;
    ``packet``: tp_sec, tp_nsec, tp_len, sll_ifindex, sll_pkttype, data;
    ``pack``: ``k`` records (sec, frac, caplen, len, data) back to back.
    """
    gap = stride - mac - snap
    if kind == "check":
        one = f"I8xI4xIH{stride - 26}x"
        return struct.Struct("=" + one * (k - 1) + "I8xI4xIH")
    if kind == "raw":
        one = f"4x16s{mac - 20}x{snap}s"
    elif kind == "packet":
        # tp_sec, tp_nsec, tp_len, sll_ifindex, sll_pkttype, data
        one = f"4xII4xI32xi2xB{mac - 59}x{snap}s"
    elif kind == "fields":
        one = f"4xIIII{mac - 20}x{snap}s"
    else:
        return struct.Struct("=" + f"IIII{snap}s" * k)
    return struct.Struct("=" + (one + f"{gap}x") * (k - 1) + one)


def _run_at(mm: mmap.mmap, p: int, k: int, limit: int, snaplen: int,
            last: bool) -> tuple[int, int, int] | None:
    """``(stride, mac, snap)`` when the ``k`` slots from ``p`` are worth reading
    in bulk: at least :data:`RUN_MIN` of them, a run of same-size packets
    within ``snaplen`` that ends by ``limit`` (see :func:`_run_ok`); else None.
    """
    if k < RUN_MIN or p > limit - L.V3_FRAME.size:
        return None
    stride, _s, _ns, snap, _wl, _st, mac = L.V3_REC.unpack_from(mm, p)
    if stride and snap <= snaplen and stride >= mac + snap and \
            mac >= L.V3_FRAME.size and \
            p + (k - 1) * stride + mac + snap <= limit and \
            _run_ok(mm, p, k, stride, mac, snap, last):
        return stride, mac, snap
    return None


def _run_ok(mm: mmap.mmap, p: int, k: int, stride: int, mac: int, snap: int,
            last: bool) -> bool:
    """True when the ``k`` slots from ``p`` are a run of same-size packets.

    A run: every slot ``stride`` bytes after the previous one (the block's
    last slot says 0), the same ``tp_mac`` and ``tp_snaplen``, no VLAN tag.
    One struct call reads the four fields of every slot; the comparisons are
    done on tuple slices, in C.  The caller has checked that the last slot's
    data ends inside the block.
    """
    t = _run_struct("check", k, stride, mac, snap).unpack_from(mm, p)
    nxts = t[0::4]
    if last:
        if nxts[-1] != 0 or nxts.count(stride) != k - 1:
            return False
    elif nxts.count(stride) != k:
        return False
    return t[1::4].count(snap) == k and t[3::4].count(mac) == k and \
        not any(map(and_, t[2::4], repeat(_TAGGED)))


def _run_records(mm: mmap.mmap, p: int, k: int, stride: int, mac: int, snap: int,
                 mode: tuple[bool, int, int, bool]) -> bytes:
    """The pcap records of a run (see :func:`_run_ok`), with one struct call."""
    repack, div, mul, _nano = mode
    if not repack:
        return b"".join(_run_struct("raw", k, stride, mac, snap).unpack_from(mm, p))
    v = list(_run_struct("fields", k, stride, mac, snap).unpack_from(mm, p))
    fr = map(floordiv, v[1::5], repeat(div))
    v[1::5] = map(mul_, fr, repeat(mul)) if mul != 1 else fr
    return _run_struct("pack", k, stride, mac, snap).pack(*v)


def _run_packets(mm: mmap.mmap, p: int, k: int, stride: int, mac: int, snap: int,
                 dec: Decoder, out: list[Packet]) -> None:
    """Packets of a run (see :func:`_run_ok`): fields and data with one struct
    call, time stamps computed in C, then one Packet per slot."""
    v = _run_struct("packet", k, stride, mac, snap).unpack_from(mm, p)
    nsecs: Any = v[1::6]
    if dec.micro:
        nsecs = map(sub, nsecs, map(mod, nsecs, repeat(1000)))
    tss = map(add, map(mul_, v[0::6], repeat(1_000_000_000)), nsecs)
    extend_run(out, tss, snap, v[2::6], v[5::6], dec.linktype, v[3::6], v[4::6])


class RingV2(Ring):
    """TPACKET_V2: fixed frames, one packet and one status word each."""

    _status = struct.Struct("=I")
    #: at most this many frames per batch (a V2 "buffer")
    batch = 256

    def _setup(self, mm: mmap.mmap, plan: RingPlan) -> None:
        super()._setup(mm, plan)
        self.nframes = plan.frame_nr
        self.fsize = plan.frame_size
        per = plan.block_size // plan.frame_size
        bs = plan.block_size
        fs = plan.frame_size
        # frames never straddle blocks: frame i is in block i // per
        self.offsets = [(i // per) * bs + (i % per) * fs for i in range(self.nframes)]

    def ready(self) -> bool:
        mm = self.mm
        return bool(mm is not None and
                    self._status.unpack_from(mm, self.offsets[self.cursor])[0] & _USER)

    def user_owned(self) -> int:
        unpack = self._status.unpack_from
        return sum(1 for off in self.offsets if unpack(self.mm, off)[0] & _USER)

    def take(self, dec: Decoder) -> list[Packet] | None:
        mm = self.mm
        if mm is None:
            return None
        offsets = self.offsets
        n = self.nframes
        cur = self.cursor
        status_of = self._status.unpack_from
        if not status_of(mm, offsets[cur])[0] & _USER:
            return None
        out: list[Packet] = []
        append = out.append
        unpack = L.V2_FAST.unpack_from
        unpack_full = L.V2_FRAME.unpack_from
        fsize = self.fsize
        slow = dec.slow
        simple = dec.simple
        cooked = dec.cooked
        snaplen = dec.snaplen
        lt = dec.linktype
        tick = 1000 if dec.micro else 1   # microsecond handles round down
        P = Packet
        for _ in range(self.batch):
            p = offsets[cur]
            st, wlen, snap, mac, sec, nsec, tci, ifindex, pkttype = unpack(mm, p)
            if not st & _USER:
                break
            end = p + mac + snap
            if end > p + fsize:
                self.corrupt += 1
            elif simple and not (st & _TAGGED or tci):
                start = p + mac
                if snap > snaplen:
                    end = start + snaplen
                    snap = snaplen
                append(P(sec * 1_000_000_000 + nsec - nsec % tick, snap, wlen, mm[start:end],
                         lt, ifindex, pkttype, -1, -1, None))
            else:
                (st, wlen, snap, mac, net, sec, nsec, tci, tpid,
                 _fam, proto, ifindex, hatype, pkttype, halen, addr) = unpack_full(mm, p)
                start = p + (net if cooked else mac)
                pkt = slow(mm[start:end], sec * 1_000_000_000 + nsec, wlen - (start - p - mac),
                           st, tci, tpid, int.from_bytes(proto, "big"), ifindex, hatype,
                           pkttype, halen, addr)
                if pkt is not None:
                    append(pkt)
            _release(mm, p, L.TP_STATUS_KERNEL)
            cur += 1
            if cur == n:
                cur = 0
        self.cursor = cur
        return out


def socket_error(sock: socket.socket, device: str) -> CaptureError | None:
    """Read and clear ``SO_ERROR``; map it to the error users should see."""
    try:
        err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    except OSError as exc:
        err = exc.errno or 0
    if not err:
        return None
    if err == errno.ENETDOWN:
        return CaptureError(f"{device}: the interface went down or was removed (ENETDOWN)")
    if err in (errno.ENXIO, errno.ENODEV):
        return CaptureError(f"{device}: the interface disappeared ({errno.errorcode.get(err)})")
    return CaptureError(f"{device}: socket error: {errno.errorcode.get(err, err)}")
