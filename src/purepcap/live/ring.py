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
errs only on the safe side.

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

An interface that goes down (or is deleted) while we capture sets
``sk_err = ENETDOWN`` on the socket, which makes ``poll()`` report
``POLLERR``; we read ``SO_ERROR`` and raise a :class:`CaptureError` instead of
waiting forever for packets that will never come.
"""

from __future__ import annotations

import errno
import mmap
import socket
import struct
from dataclasses import dataclass
from typing import Callable, Optional

from ..errors import CaptureError
from ..packet import Packet
from . import _linux as L

__all__ = ["RingPlan", "plan_ring", "Ring", "RingV3", "RingV2", "Decoder", "MIN_BLOCKS"]

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
        self.sll2 = linktype == 276
        self.reinsert_vlan = linktype in (1, 113, 276)
        self.micro = micro
        self.net_offset = {1: 14, 113: 16, 276: 20}.get(linktype, 0)
        #: user-space filter f(data, wirelen, meta_fields) -> int, or None
        self.ufilter: Optional[Callable[..., int]] = None
        #: run ufilter on packets with ts <= this (ns); -1 = every packet
        self.ufilter_until = 0
        self.dropped_by_ufilter = 0

    @property
    def simple(self) -> bool:
        """True when the inlined fast path applies (no cooked header, no filter)."""
        return not self.cooked and self.ufilter is None

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
                      tci if vlan else -1, tpid if vlan else -1)


class Ring:
    """A mapped receive ring; subclasses walk V3 blocks or V2 frames."""

    def __init__(self, sock: socket.socket, plan: RingPlan) -> None:
        self.plan = plan
        try:
            self.mm = mmap.mmap(sock.fileno(), plan.size, mmap.MAP_SHARED,
                                mmap.PROT_READ | mmap.PROT_WRITE)
        except OSError as exc:
            raise L.os_error(exc, "mmap of the packet ring") from None
        self.cursor = 0
        self.corrupt = 0

    def close(self) -> None:
        mm, self.mm = self.mm, None
        if mm is not None:
            mm.close()

    def ready(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def user_owned(self) -> int:
        """Number of slots currently owned by user space (for tests)."""
        raise NotImplementedError  # pragma: no cover


class RingV3(Ring):
    """TPACKET_V3: one status word per block, variable-size packets inside."""

    _status = struct.Struct("=I")

    def __init__(self, sock: socket.socket, plan: RingPlan) -> None:
        super().__init__(sock, plan)
        self.nblocks = plan.block_nr
        self.bsize = plan.block_size

    def ready(self) -> bool:
        mm = self.mm
        return bool(mm is not None and
                    self._status.unpack_from(mm, self.cursor * self.bsize + 8)[0] & 1)

    def user_owned(self) -> int:
        unpack = self._status.unpack_from
        return sum(1 for b in range(self.nblocks)
                   if unpack(self.mm, b * self.bsize + 8)[0] & 1)

    def take(self, dec: Decoder) -> list[Packet] | None:
        """The packets of the block under the cursor, or None when it is the kernel's.

        The block is given back to the kernel before returning: every packet
        has been copied out of it.
        """
        mm = self.mm
        if mm is None:
            return None
        base = self.cursor * self.bsize
        status, num, first = struct.unpack_from("=III", mm, base + 8)
        if not status & 1:
            return None
        limit = base + self.bsize
        out: list[Packet] = []
        append = out.append
        unpack = L.V3_FRAME.unpack_from
        p = base + first
        if dec.simple:
            snaplen = dec.snaplen
            lt = dec.linktype
            micro = dec.micro
            slow = dec.slow
            for _ in range(num):
                if p + 68 > limit:
                    self.corrupt += 1
                    break
                (nxt, sec, nsec, snap, wlen, st, mac, _net, _rx, tci, tpid, _pd,
                 _fam, proto, ifindex, hatype, pkttype, halen, addr) = unpack(mm, p)
                start = p + mac
                end = start + snap
                if end > limit:
                    self.corrupt += 1
                    break
                if st & 0x50 or tci:
                    pkt = slow(mm[start:end], sec * 1_000_000_000 + nsec, wlen, st, tci, tpid,
                               int.from_bytes(proto, "big"), ifindex, hatype, pkttype, halen, addr)
                    if pkt is not None:
                        append(pkt)
                else:
                    if snap > snaplen:
                        end = start + snaplen
                        snap = snaplen
                    ts = sec * 1_000_000_000 + nsec
                    if micro:
                        ts -= ts % 1000
                    append(Packet(ts, snap, wlen, mm[start:end], lt, ifindex, pkttype))
                p += nxt
        else:
            slow = dec.slow
            cooked = dec.cooked
            for _ in range(num):
                if p + 68 > limit:
                    self.corrupt += 1
                    break
                (nxt, sec, nsec, snap, wlen, st, mac, net, _rx, tci, tpid, _pd,
                 _fam, proto, ifindex, hatype, pkttype, halen, addr) = unpack(mm, p)
                start = p + (net if cooked else mac)
                end = p + mac + snap
                if end > limit or start > end:
                    self.corrupt += 1
                    break
                pkt = slow(mm[start:end], sec * 1_000_000_000 + nsec, wlen - (start - p - mac),
                           st, tci, tpid, int.from_bytes(proto, "big"), ifindex, hatype,
                           pkttype, halen, addr)
                if pkt is not None:
                    append(pkt)
                p += nxt
        struct.pack_into("=I", mm, base + 8, L.TP_STATUS_KERNEL)
        self.cursor = (self.cursor + 1) % self.nblocks
        return out


class RingV2(Ring):
    """TPACKET_V2: fixed frames, one packet and one status word each."""

    _status = struct.Struct("=I")
    #: at most this many frames per batch (a V2 "buffer")
    batch = 256

    def __init__(self, sock: socket.socket, plan: RingPlan) -> None:
        super().__init__(sock, plan)
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
                    self._status.unpack_from(mm, self.offsets[self.cursor])[0] & 1)

    def user_owned(self) -> int:
        unpack = self._status.unpack_from
        return sum(1 for off in self.offsets if unpack(self.mm, off)[0] & 1)

    def take(self, dec: Decoder) -> list[Packet] | None:
        mm = self.mm
        if mm is None:
            return None
        offsets = self.offsets
        n = self.nframes
        cur = self.cursor
        status_of = self._status.unpack_from
        if not status_of(mm, offsets[cur])[0] & 1:
            return None
        out: list[Packet] = []
        append = out.append
        unpack = L.V2_FRAME.unpack_from
        fsize = self.fsize
        slow = dec.slow
        simple = dec.simple
        cooked = dec.cooked
        snaplen = dec.snaplen
        lt = dec.linktype
        micro = dec.micro
        release = struct.pack_into
        for _ in range(self.batch):
            p = offsets[cur]
            (st, wlen, snap, mac, net, sec, nsec, tci, tpid,
             _fam, proto, ifindex, hatype, pkttype, halen, addr) = unpack(mm, p)
            if not st & 1:
                break
            end = p + mac + snap
            if end > p + fsize:
                self.corrupt += 1
            elif simple and not (st & 0x50 or tci):
                start = p + mac
                if snap > snaplen:
                    end = start + snaplen
                    snap = snaplen
                ts = sec * 1_000_000_000 + nsec
                if micro:
                    ts -= ts % 1000
                append(Packet(ts, snap, wlen, mm[start:end], lt, ifindex, pkttype))
            else:
                start = p + (net if cooked else mac)
                pkt = slow(mm[start:end], sec * 1_000_000_000 + nsec, wlen - (start - p - mac),
                           st, tci, tpid, int.from_bytes(proto, "big"), ifindex, hatype,
                           pkttype, halen, addr)
                if pkt is not None:
                    append(pkt)
            release("=I", mm, p, L.TP_STATUS_KERNEL)
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
