"""A fake Linux kernel for the live layer (a support module, not a test module).

``purepcap.live`` makes every system call through ``purepcap.live._sys``; a
test swaps in a :class:`FakeKernel` with ``use_kernel(fake)`` and then drives
the public API (``purepcap.create(...)``, ``activate``, ``next``, ``loop``,
``stats``) as a user would, without root and without a network.

What the fake models, from the kernel's side of the ABI:

* **Interfaces** (:class:`FakeInterface`): name, index, ARPHRD type, MTU,
  hardware address, up/down, an ``rx_dropped`` counter (served over a small
  rtnetlink), optionally an IPv4 address (``SIOCGIFADDR``).
* **Packet sockets** (:class:`FakePacketSocket`) with the option checks of
  ``net/packet/af_packet.c``: ``PACKET_VERSION`` / ``PACKET_RESERVE`` are
  ``EBUSY`` once a ring exists, ``PACKET_RX_RING`` validates the geometry
  (block size a multiple of the page, frames 16-aligned and large enough for
  ``tp_hdrlen + tp_reserve``, ``frame_nr == frames_per_block * block_nr``),
  ``SO_ATTACH_FILTER`` copies the program through the ``sock_fprog``
  pointer.  Every call is recorded in ``sock.calls`` (name, argument, errno
  name or None), so a test can check the order of set-up.
* **Delivery**: :meth:`FakeInterface.receive` hands frames to every socket
  bound to the interface (or to every interface), as the kernel does: a
  socket created with protocol 0 and not yet bound gets nothing, a VLAN tag is
  stripped into metadata, the attached program decides (a rejected packet is
  not counted), then the packet goes into the ring (TPACKET_V3 blocks or
  TPACKET_V2 frames, laid out with the structs of ``linux/if_packet.h``
  spelled out below, independently of ``purepcap.live._linux``) or onto the
  receive queue (``recvmsg`` with ``PACKET_AUXDATA`` / ``SCM_TIMESTAMPNS``
  control messages).  A full ring or queue drops and counts ``tp_drops``;
  ``PACKET_STATISTICS`` reports ``tp_packets`` including the drops and clears
  both, as ``packet_getsockopt`` does.
* **Readiness**: ``poll`` on a fake socket reports ``POLLIN`` when the ring
  has a user-owned slot (or the queue a datagram) and ``POLLERR`` when
  ``sk_err`` is set; any other descriptor (the capture's wake-up eventfd) is
  polled for real, so a blocked read waits in real time and ``breakloop()``
  wakes it.
* **Failures on demand**, set on the kernel before activation: a ring
  version it does not know, ``PACKET_RX_RING`` refused, ``ENOMEM`` above a
  ring size, ``SO_ATTACH_FILTER`` refused, ``bind`` failing, ``socket``
  refused (no ``CAP_NET_RAW``); and, while capturing, an interface going down
  or away (``sk_err = ENETDOWN``, as ``packet_notifier`` sets it).
"""

from __future__ import annotations

import ctypes
import errno
import mmap
import os
import select
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any, NamedTuple

from purepcap.bpf import Meta, Program
from purepcap.live._sys import Kernel

# --- the kernel ABI, from the UAPI headers (not from purepcap.live._linux) -----------
SOL_SOCKET = socket.SOL_SOCKET
SOL_PACKET = 263
SO_ERROR = socket.SO_ERROR
SO_RCVBUF = socket.SO_RCVBUF
SO_ATTACH_FILTER = 26
SO_DETACH_FILTER = 27
SO_TIMESTAMPNS = 35

PACKET_OPTS = {1: "PACKET_ADD_MEMBERSHIP", 2: "PACKET_DROP_MEMBERSHIP", 5: "PACKET_RX_RING",
               6: "PACKET_STATISTICS", 8: "PACKET_AUXDATA", 10: "PACKET_VERSION",
               11: "PACKET_HDRLEN", 12: "PACKET_RESERVE", 18: "PACKET_FANOUT",
               23: "PACKET_IGNORE_OUTGOING"}
SOCKET_OPTS = {SO_ATTACH_FILTER: "SO_ATTACH_FILTER", SO_DETACH_FILTER: "SO_DETACH_FILTER",
               SO_TIMESTAMPNS: "SO_TIMESTAMPNS", SO_RCVBUF: "SO_RCVBUF", SO_ERROR: "SO_ERROR"}

TPACKET_V1, TPACKET_V2, TPACKET_V3 = 0, 1, 2
TP_STATUS_KERNEL = 0
TP_STATUS_USER = 1
TP_STATUS_LOSING = 1 << 2
TP_STATUS_VLAN_VALID = 1 << 4
TP_STATUS_BLK_TMO = 1 << 5
TP_STATUS_VLAN_TPID_VALID = 1 << 6
TPACKET_ALIGNMENT = 16
V3_ALIGNMENT = 8                      # TOTAL_PKT_LEN_INCL_ALIGN in af_packet.c
BPF_MAXINSNS = 4096
PACKET_HOST, PACKET_BROADCAST, PACKET_MULTICAST, PACKET_OTHERHOST, PACKET_OUTGOING = range(5)
ETH_P_ALL = 0x0003
ARPHRD_ETHER = 1
ARPHRD_LOOPBACK = 772
ARPHRD_NONE = 0xFFFE

SIOCGIFADDR = 0x8915
SIOCGIFNETMASK = 0x891B
SIOCGIFMTU = 0x8921
SIOCGIFHWADDR = 0x8927
SIOCGIFINDEX = 0x8933

#: struct tpacket_req3 (tpacket_req is its first four fields)
REQ3 = struct.Struct("=IIIIIII")
REQ = struct.Struct("=IIII")
#: struct tpacket_block_desc: version, offset_to_priv, then tpacket_hdr_v1:
#: block_status@8, num_pkts@12, offset_to_first_pkt@16, blk_len@20,
#: seq_num (aligned u64)@24, ts_first_pkt@32, ts_last_pkt@40
BLOCK_DESC = struct.Struct("=IIIIIIQIIII")
#: struct tpacket3_hdr: next_offset@0 sec@4 nsec@8 snaplen@12 len@16 status@20
#: mac:u16@24 net:u16@26 hv1{rxhash@28 vlan_tci@32 vlan_tpid:u16@36 pad:u16@38} pad[8]@40
HDR3 = struct.Struct("=IIIIIIHHIIHH8x")
#: struct tpacket2_hdr: status@0 len@4 snaplen@8 mac:u16@12 net:u16@14 sec@16
#: nsec@20 vlan_tci:u16@24 vlan_tpid:u16@26 padding[4]@28
HDR2 = struct.Struct("=IIIHHIIHH4x")
#: struct sockaddr_ll: family, protocol (big endian), ifindex, hatype, pkttype, halen, addr[8]
SLL = struct.Struct("=H2siHBB8s")
#: struct tpacket_auxdata: status, len, snaplen, mac:u16, net:u16, vlan_tci:u16, vlan_tpid:u16
AUXDATA = struct.Struct("=IIIHHHH")
#: struct packet_mreq: ifindex, type:u16, alen:u16, address[8]
MREQ = struct.Struct("=iHH8s")
#: struct sock_fprog on LP64: len:u16, (pad), struct sock_filter *filter
FPROG = struct.Struct("=H6xQ")
SOCK_FILTER = struct.Struct("=HBBI")

assert (REQ3.size, BLOCK_DESC.size, HDR3.size, HDR2.size, SLL.size, AUXDATA.size) == \
    (28, 48, 48, 32, 20, 20)


def tpacket_align(x: int) -> int:
    return (x + TPACKET_ALIGNMENT - 1) & ~(TPACKET_ALIGNMENT - 1)


#: po->tp_hdrlen for each version: TPACKET_ALIGN(sizeof(header)) + sizeof(sockaddr_ll)
TP_HDRLEN = {TPACKET_V1: tpacket_align(32) + SLL.size,
             TPACKET_V2: tpacket_align(HDR2.size) + SLL.size,
             TPACKET_V3: tpacket_align(HDR3.size) + SLL.size}
#: what getsockopt(PACKET_HDRLEN) answers: sizeof(struct tpacket{,2,3}_hdr)
HDRLEN_ANSWER = {TPACKET_V1: 32, TPACKET_V2: HDR2.size, TPACKET_V3: HDR3.size}
#: BLK_PLUS_PRIV(0): ALIGN(sizeof(struct tpacket_block_desc), 8)
BLK_HDR_LEN = 48
PAGE = mmap.PAGESIZE


def _err(code: int, what: str = "") -> OSError:
    return OSError(code, f"{os.strerror(code)}{': ' + what if what else ''}")


def _int(value: Any) -> int:
    if isinstance(value, int):
        return value
    return struct.unpack_from("=i", bytes(value).ljust(4, b"\0"))[0]


class Call(NamedTuple):
    """One system call a fake socket saw: its name, its argument, and the errno
    name it failed with (None when it succeeded)."""

    name: str
    arg: Any = None
    error: str | None = None


@dataclass
class FakeInterface:
    """A network interface the fake kernel knows."""

    kernel: "FakeKernel"
    name: str
    index: int
    hatype: int = ARPHRD_ETHER
    mtu: int = 1500
    hwaddr: bytes = b"\x02\x00\x00\x00\x00\x01"
    up: bool = True
    #: 802.1Q/802.1ad tags are stripped into metadata (as veth and most drivers do)
    strip_vlan: bool = True
    rx_dropped: int = 0
    ipv4: tuple[str, int] | None = None
    promisc: int = 0

    def receive(self, *frames: bytes, pkttype: int = PACKET_HOST, ts_ns: int | None = None,
                retire: bool = True) -> None:
        """Frames arrive (``pkttype`` PACKET_OUTGOING: leave) on this interface.

        Each bound socket gets them as the kernel would.  With ``retire`` the
        TPACKET_V3 block being filled is handed to user space afterwards, as
        when its retire timeout expires.
        """
        k = self.kernel
        for i, frame in enumerate(frames):
            ts = ts_ns if ts_ns is not None else time.time_ns()
            for s in list(k.packet_sockets):
                s._deliver(self, bytes(frame), pkttype, ts + i)
        if retire:
            for s in k.packet_sockets:
                s.retire()

    def go_down(self) -> None:
        """The interface goes down: bound sockets get ``sk_err = ENETDOWN``."""
        self.up = False
        for s in self.kernel.packet_sockets:
            if s.bound is not None and s.bound[0] == self.index:
                s.set_error(errno.ENETDOWN)


class FakeKernel(Kernel):
    """An in-memory Linux kernel for ``purepcap.live._sys.use_kernel``."""

    def __init__(self) -> None:
        self.interfaces: dict[str, FakeInterface] = {}
        self.packet_sockets: list[FakePacketSocket] = []
        self.by_fd: dict[int, FakePacketSocket] = {}
        self.lock = threading.RLock()
        self.polls = 0
        self.paths: set[str] = set()
        # failures on demand (set before activation)
        #: socket(AF_PACKET) fails with this errno (EPERM: no CAP_NET_RAW)
        self.socket_errno: int | None = None
        #: PACKET_VERSION with one of these versions fails with EINVAL
        self.unknown_versions: set[int] = set()
        #: PACKET_RX_RING fails with this errno (ENOPROTOOPT, EINVAL ...)
        self.rx_ring_errno: int | None = None
        #: PACKET_RX_RING fails with ENOMEM when the ring is larger than this
        self.ring_limit: int | None = None
        #: SO_ATTACH_FILTER fails with this errno ...
        self.filter_errno: int | None = None
        #: ... for programs longer than this (None: every program)
        self.filter_max_insns: int | None = None
        #: bind() fails with this errno
        self.bind_errno: int | None = None
        #: mmap() of the ring fails with this errno
        self.mmap_errno: int | None = None
        #: datagrams the receive queue holds (SO_RCVBUF, in packets)
        self.queue_limit = 1000
        self.add_interface("lo", 1, hatype=ARPHRD_LOOPBACK, mtu=65536, hwaddr=b"\0" * 6)

    # -- the test's side ---------------------------------------------------------------
    def add_interface(self, name: str, index: int, **kw: Any) -> FakeInterface:
        iface = FakeInterface(self, name, index, **kw)
        self.interfaces[name] = iface
        return iface

    def remove_interface(self, name: str) -> None:
        """The interface is unregistered: bound sockets get ``ENETDOWN`` and are unhooked."""
        iface = self.interfaces.pop(name)
        iface.up = False
        for s in self.packet_sockets:
            if s.bound is not None and s.bound[0] == iface.index:
                s.set_error(errno.ENETDOWN)
                s.bound = (-1, s.bound[1])

    def capture_socket(self) -> "FakePacketSocket":
        """The packet socket opened last (the capture's; the probe is closed)."""
        live = [s for s in self.packet_sockets if not s.closed]
        assert live, "no open packet socket"
        return live[-1]

    def _iface_by_index(self, index: int) -> FakeInterface | None:
        for iface in self.interfaces.values():
            if iface.index == index:
                return iface
        return None

    # -- system calls ----------------------------------------------------------------
    def socket(self, family: int, type: int, proto: int = 0) -> Any:
        if family == socket.AF_PACKET:
            if self.socket_errno is not None:
                raise _err(self.socket_errno, "socket")
            s = FakePacketSocket(self, type, proto)
            with self.lock:
                self.packet_sockets.append(s)
                self.by_fd[s.fileno()] = s
            return s
        if family == socket.AF_NETLINK:
            return FakeNetlinkSocket(self)
        if family == socket.AF_INET:
            return FakeInetSocket()
        raise _err(errno.EAFNOSUPPORT, "socket")

    def ioctl(self, sock: Any, request: int, arg: bytes) -> bytes:
        name = bytes(arg[:16]).rstrip(b"\0").decode()
        if isinstance(sock, FakePacketSocket):
            sock.calls.append(Call("ioctl", (request, name)))
        iface = self.interfaces.get(name)
        if iface is None:
            raise _err(errno.ENODEV, name)
        if request == SIOCGIFINDEX:
            body = struct.pack("=i", iface.index)
        elif request == SIOCGIFHWADDR:
            body = struct.pack("=H14s", iface.hatype, iface.hwaddr)
        elif request == SIOCGIFMTU:
            body = struct.pack("=i", iface.mtu)
        elif request in (SIOCGIFADDR, SIOCGIFNETMASK):
            if iface.ipv4 is None:
                raise _err(errno.EADDRNOTAVAIL, name)
            addr, plen = iface.ipv4
            if request == SIOCGIFADDR:
                raw = socket.inet_aton(addr)
            else:
                raw = struct.pack(">I", (0xFFFFFFFF << (32 - plen)) & 0xFFFFFFFF)
            body = struct.pack("=H2x4s", socket.AF_INET, raw)
        else:
            raise _err(errno.ENOTTY, hex(request))
        return bytes(arg[:16]) + body.ljust(24, b"\0")

    def getsockopt_in(self, sock: Any, level: int, opt: int, value: int) -> int:
        return sock._getsockopt_in(level, opt, value)

    def bind(self, sock: Any, addr: bytes) -> None:
        sock._bind(bytes(addr))

    def mmap(self, sock: Any, length: int) -> Any:
        return sock._mmap(length)

    def poller(self) -> "FakePoller":
        return FakePoller(self)

    def if_nametoindex(self, name: str) -> int:
        iface = self.interfaces.get(name)
        if iface is None:
            raise _err(errno.ENODEV, name)
        return iface.index

    def exists(self, path: str) -> bool:
        return path in self.paths


class FakePacketSocket:
    """A ``PF_PACKET`` socket inside the fake kernel."""

    def __init__(self, kernel: FakeKernel, type: int, proto: int) -> None:
        self.kernel = kernel
        self.type = type
        self.proto = proto
        self.cooked = type == socket.SOCK_DGRAM
        self.calls: list[Call] = [Call("socket", (type, proto))]
        self.version = TPACKET_V1
        self.reserve = 0
        self.auxdata = False
        self.timestampns = False
        #: (block size, block nr, frame size, frame nr, retire timeout) once a ring exists
        self.ring: tuple[int, int, int, int, int] | None = None
        self.mm: mmap.mmap | None = None
        self.filter: list[tuple[int, int, int, int]] | None = None
        self.bound: tuple[int, int] | None = None                 # (ifindex, protocol)
        self.sk_err = 0
        self.queue: deque = deque()
        self.packets = 0            # stored (the kernel's stats1.tp_packets)
        self.drops = 0              # po->tp_drops
        self.freeze_q_cnt = 0
        self.sent: list[bytes] = []
        self.closed = False
        self._bell = os.eventfd(0, os.EFD_NONBLOCK | os.EFD_CLOEXEC)
        self._fd = self._bell
        # where the kernel writes next
        self._kblock = 0
        self._kpos = 0              # 0: the block is not open
        self._knum = 0
        self._kprev = 0
        self._seq = 0
        self._kframe = 0

    # -- the socket interface the live layer uses ------------------------------------------
    def fileno(self) -> int:
        return self._fd if not self.closed else -1

    def close(self) -> None:
        if self.closed:
            return
        self.calls.append(Call("close"))
        self.closed = True
        with self.kernel.lock:
            self.kernel.by_fd.pop(self._fd, None)
        os.close(self._bell)

    def setsockopt(self, level: int, opt: int, value: Any, *rest: Any) -> None:
        name = (PACKET_OPTS if level == SOL_PACKET else SOCKET_OPTS).get(opt, f"{level}:{opt}")
        try:
            arg = self._setsockopt(level, opt, value)
        except OSError as exc:
            self.calls.append(Call(name, self._describe(level, opt, value),
                                   errno.errorcode.get(exc.errno or 0)))
            raise
        self.calls.append(Call(name, arg))

    def getsockopt(self, level: int, opt: int, buflen: int | None = None) -> Any:
        if level == SOL_SOCKET and opt == SO_ERROR:
            err, self.sk_err = self.sk_err, 0
            return err
        name = (PACKET_OPTS if level == SOL_PACKET else SOCKET_OPTS).get(opt, f"{level}:{opt}")
        self.calls.append(Call(name))
        if level == SOL_PACKET and opt == 6:          # PACKET_STATISTICS
            with self.kernel.lock:
                drops, self.drops = self.drops, 0
                packets, self.packets = self.packets + drops, 0
                freeze, self.freeze_q_cnt = self.freeze_q_cnt, 0
            raw = struct.pack("=III", packets, drops, freeze) if self.version == TPACKET_V3 \
                else struct.pack("=II", packets, drops)
            return raw[:buflen] if buflen is not None else struct.unpack_from("=i", raw)[0]
        raise _err(errno.ENOPROTOOPT, name)

    def recvmsg_into(self, buffers: list, ancbufsize: int = 0, flags: int = 0) -> tuple:
        item = self._dequeue(flags)
        payload, origlen, status, tci, tpid, ts, addr, net = item
        buf = buffers[0]
        n = min(len(buf), len(payload))
        buf[:n] = payload[:n]
        anc = []
        if self.auxdata:
            anc.append((SOL_PACKET, 8, AUXDATA.pack(status, origlen, len(payload), 0, net,
                                                     tci, tpid)))
        if self.timestampns:
            anc.append((SOL_SOCKET, SO_TIMESTAMPNS, struct.pack("=qq", *divmod(ts, 10**9))))
        out_flags = socket.MSG_TRUNC if n < len(payload) else 0
        nbytes = len(payload) if flags & socket.MSG_TRUNC else n
        return nbytes, anc, out_flags, addr

    def recv(self, bufsize: int, flags: int = 0) -> bytes:
        payload = self._dequeue(flags)[0]
        self.calls.append(Call("recv"))
        return payload[:bufsize]

    def send(self, data: bytes, flags: int = 0) -> int:
        if self.sk_err:
            err, self.sk_err = self.sk_err, 0
            raise _err(err, "send")
        self.sent.append(bytes(data))
        return len(data)

    # -- option handling, as packet_setsockopt / sock_setsockopt do it -----------------
    def _describe(self, level: int, opt: int, value: Any) -> Any:
        if level == SOL_PACKET and opt == 5 and not isinstance(value, int):
            raw = bytes(value)
            return REQ3.unpack(raw[:REQ3.size]) if self.version == TPACKET_V3 else \
                REQ.unpack(raw[:REQ.size])
        return value if isinstance(value, int) else bytes(value)

    def _setsockopt(self, level: int, opt: int, value: Any) -> Any:
        if level == SOL_PACKET:
            if opt == 10:                                  # PACKET_VERSION
                v = _int(value)
                if self.ring is not None:
                    raise _err(errno.EBUSY)
                if v not in (TPACKET_V1, TPACKET_V2, TPACKET_V3) or \
                        v in self.kernel.unknown_versions:
                    raise _err(errno.EINVAL)
                self.version = v
                return v
            if opt == 12:                                  # PACKET_RESERVE
                if self.ring is not None:
                    raise _err(errno.EBUSY)
                self.reserve = _int(value)
                return self.reserve
            if opt == 8:                                   # PACKET_AUXDATA
                self.auxdata = bool(_int(value))
                return _int(value)
            if opt == 5:                                   # PACKET_RX_RING
                return self._set_ring(bytes(value))
            if opt == 1:                                   # PACKET_ADD_MEMBERSHIP
                ifindex, mtype, _alen, _addr = MREQ.unpack(bytes(value)[:MREQ.size])
                iface = self.kernel._iface_by_index(ifindex)
                if iface is None:
                    raise _err(errno.ENODEV)
                if mtype == 1:
                    iface.promisc += 1
                return (ifindex, mtype)
            if opt == 18:                                  # PACKET_FANOUT
                return _int(value)
            raise _err(errno.ENOPROTOOPT)
        if level == SOL_SOCKET:
            if opt == SO_ATTACH_FILTER:
                return self._attach(bytes(value))
            if opt == SO_DETACH_FILTER:
                if self.filter is None:
                    raise _err(errno.ENOENT)
                self.filter = None
                return None
            if opt == SO_TIMESTAMPNS:
                self.timestampns = bool(_int(value))
                return _int(value)
            if opt == SO_RCVBUF:
                return _int(value)
        raise _err(errno.ENOPROTOOPT)

    def _set_ring(self, raw: bytes) -> tuple:
        k = self.kernel
        desc = REQ3.unpack(raw[:REQ3.size]) if self.version == TPACKET_V3 else \
            REQ.unpack(raw[:REQ.size])
        bsize, bnr, fsize, fnr, tov, priv, _feat = desc + (0, 0, 0)[:7 - len(desc)]
        if k.rx_ring_errno is not None:
            raise _err(k.rx_ring_errno, "PACKET_RX_RING")
        if bnr == 0:                                       # tear the ring down
            if self.mm is not None:
                raise _err(errno.EBUSY)
            self.ring = None
            return desc
        if self.ring is not None:
            raise _err(errno.EBUSY)
        if self.version == TPACKET_V1:
            raise _err(errno.EINVAL, "this fake has no TPACKET_V1 ring")
        min_frame = TP_HDRLEN[self.version] + self.reserve
        if bsize <= 0 or bsize % PAGE:
            raise _err(errno.EINVAL, "block size")
        if self.version == TPACKET_V3 and bsize < BLK_HDR_LEN + priv + min_frame:
            raise _err(errno.EINVAL, "block too small")
        if fsize < min_frame or fsize % TPACKET_ALIGNMENT:
            raise _err(errno.EINVAL, "frame size")
        per = bsize // fsize
        if per == 0 or per * bnr != fnr:
            raise _err(errno.EINVAL, "frame_nr")
        if k.ring_limit is not None and bsize * bnr > k.ring_limit:
            raise _err(errno.ENOMEM, "PACKET_RX_RING")
        self.ring = (bsize, bnr, fsize, fnr, tov)
        return desc

    def _attach(self, raw: bytes) -> list:
        n, ptr = FPROG.unpack(raw[:FPROG.size])
        if n == 0 or n > BPF_MAXINSNS:
            raise _err(errno.EINVAL)
        # copy_from_user: the instructions live in the caller's memory
        code = ctypes.string_at(ptr, n * SOCK_FILTER.size)
        insns = [SOCK_FILTER.unpack_from(code, i * SOCK_FILTER.size) for i in range(n)]
        k = self.kernel
        if k.filter_errno is not None and (k.filter_max_insns is None or n > k.filter_max_insns):
            raise _err(k.filter_errno, "SO_ATTACH_FILTER")
        self.filter = insns
        self._prog = Program(insns, validate=False)
        return insns

    def _getsockopt_in(self, level: int, opt: int, value: int) -> int:
        if level == SOL_PACKET and opt == 11:              # PACKET_HDRLEN
            if value not in HDRLEN_ANSWER:
                self.calls.append(Call("PACKET_HDRLEN", value, "EINVAL"))
                raise _err(errno.EINVAL)
            self.calls.append(Call("PACKET_HDRLEN", value))
            return HDRLEN_ANSWER[value]
        raise _err(errno.ENOPROTOOPT)

    def _bind(self, addr: bytes) -> None:
        family, proto, ifindex, _ht, _pt, _hl, _a = SLL.unpack(addr[:SLL.size])
        protocol = int.from_bytes(proto, "big")
        k = self.kernel
        try:
            if len(addr) < SLL.size or family != socket.AF_PACKET:
                raise _err(errno.EINVAL)
            if k.bind_errno is not None:
                raise _err(k.bind_errno, "bind")
            iface = k._iface_by_index(ifindex) if ifindex else None
            if ifindex and iface is None:
                raise _err(errno.ENODEV, "bind")
        except OSError as exc:
            self.calls.append(Call("bind", (ifindex, protocol), errno.errorcode[exc.errno]))
            raise
        self.calls.append(Call("bind", (ifindex, protocol)))
        self.bound = (ifindex, protocol)
        if iface is not None and not iface.up:
            self.set_error(errno.ENETDOWN)

    def _mmap(self, length: int) -> mmap.mmap:
        k = self.kernel
        if k.mmap_errno is not None:
            self.calls.append(Call("mmap", length, errno.errorcode[k.mmap_errno]))
            raise _err(k.mmap_errno, "mmap")
        if self.ring is None or length != self.ring[0] * self.ring[1]:
            self.calls.append(Call("mmap", length, "EINVAL"))
            raise _err(errno.EINVAL, "mmap")
        self.calls.append(Call("mmap", length))
        self.mm = mmap.mmap(-1, length)
        return self.mm

    # -- the kernel's side: delivery ------------------------------------------------------
    def set_error(self, err: int) -> None:
        """Set ``sk_err`` and wake pollers (``sk_error_report``)."""
        self.sk_err = err
        self._ring_bell()

    def _ring_bell(self) -> None:
        if not self.closed:
            try:
                os.eventfd_write(self._bell, 1)
            except OSError:
                pass

    def _deliver(self, iface: FakeInterface, frame: bytes, pkttype: int, ts: int) -> None:
        if self.closed or self.bound is None:
            return                          # protocol 0 and unbound: the socket is not hooked
        ifindex, protocol = self.bound
        if ifindex not in (0, iface.index) or protocol == 0:
            return
        tci = tpid = 0
        vlan = False
        data = frame
        if iface.strip_vlan and len(frame) >= 18 and \
                int.from_bytes(frame[12:14], "big") in (0x8100, 0x88A8):
            tpid = int.from_bytes(frame[12:14], "big")
            tci = int.from_bytes(frame[14:16], "big")
            data = frame[:12] + frame[16:]
            vlan = True
        ether = iface.hatype in (ARPHRD_ETHER, ARPHRD_LOOPBACK)
        ethertype = int.from_bytes(data[12:14], "big") if ether and len(data) >= 14 else 0x0800
        if protocol != ETH_P_ALL and protocol != ethertype:
            return
        maclen = 14 if ether else 0
        payload = data[maclen:] if self.cooked else data
        meta = Meta(protocol=ethertype, pkttype=pkttype, ifindex=iface.index, hatype=iface.hatype,
                    vlan_tci=tci, vlan_present=vlan, vlan_tpid=tpid,
                    net_offset=0 if self.cooked else maclen)
        snap = len(payload)
        if self.filter is not None:
            res = self._prog.run(payload, len(payload), meta)
            if res == 0:
                return                      # rejected: not even counted
            snap = min(snap, res)
        status = (TP_STATUS_VLAN_VALID | TP_STATUS_VLAN_TPID_VALID) if vlan else 0
        src = data[6:12] if ether else b""
        sll = (ethertype, iface.index, iface.hatype, pkttype, src)
        with self.kernel.lock:
            if self.mm is not None and self.version == TPACKET_V3:
                ok = self._put_v3(payload[:snap], len(payload), status, tci, tpid, ts, sll, maclen)
            elif self.mm is not None:
                ok = self._put_v2(payload[:snap], len(payload), status, tci, tpid, ts, sll, maclen)
            elif len(self.queue) >= self.kernel.queue_limit:
                ok = False
            else:
                addr = (iface.name, ethertype, pkttype, iface.hatype, src)
                self.queue.append((payload[:snap], len(payload), TP_STATUS_USER | status,
                                   tci, tpid, ts, addr, 0 if self.cooked else maclen))
                ok = True
            if ok:
                self.packets += 1
            else:
                self.drops += 1
        self._ring_bell()

    def _offsets(self, maclen: int) -> tuple[int, int]:
        """(macoff, netoff) as tpacket_rcv computes them."""
        hdrlen = TP_HDRLEN[self.version]
        if self.cooked:
            net = tpacket_align(hdrlen) + 16 + self.reserve
            return net, net
        net = tpacket_align(hdrlen + max(maclen, 16)) + self.reserve
        return net - maclen, net

    def _sll(self, mm: mmap.mmap, at: int, sll: tuple) -> None:
        proto, ifindex, hatype, pkttype, src = sll
        SLL.pack_into(mm, at, socket.AF_PACKET, struct.pack(">H", proto), ifindex, hatype,
                      pkttype, len(src), src)

    def _put_v3(self, data: bytes, wirelen: int, status: int, tci: int, tpid: int, ts: int,
                sll: tuple, maclen: int) -> bool:
        mm = self.mm
        bsize = self.ring[0]
        macoff, netoff = self._offsets(maclen)
        max_frame = bsize - BLK_HDR_LEN
        if macoff + len(data) > max_frame:
            data = data[:max(0, max_frame - macoff)]
        need = (macoff + len(data) + V3_ALIGNMENT - 1) & ~(V3_ALIGNMENT - 1)
        if self._kpos and self._kpos + need >= bsize:
            self._close_block(0)                   # full: retire and move on
        if not self._kpos and not self._open_block():
            self.freeze_q_cnt += 1
            return False
        base = self._kblock * bsize
        p = base + self._kpos
        sec, nsec = divmod(ts, 10**9)
        HDR3.pack_into(mm, p, need, sec, nsec, len(data), wirelen, TP_STATUS_USER | status,
                       macoff, netoff, 0, tci, tpid if status else 0, 0)
        self._sll(mm, p + tpacket_align(HDR3.size), sll)
        mm[p + macoff:p + macoff + len(data)] = data
        self._kprev = p
        self._kpos += need
        self._knum += 1
        struct.pack_into("=I", mm, base + 12, self._knum)      # num_pkts
        struct.pack_into("=I", mm, base + 20, self._kpos)      # blk_len
        return True

    def _open_block(self) -> bool:
        mm = self.mm
        base = self._kblock * self.ring[0]
        if struct.unpack_from("=I", mm, base + 8)[0] & TP_STATUS_USER:
            return False                    # still the reader's: the queue freezes
        self._seq += 1
        BLOCK_DESC.pack_into(mm, base, 1, BLK_HDR_LEN, TP_STATUS_KERNEL, 0, BLK_HDR_LEN,
                             BLK_HDR_LEN, self._seq, 0, 0, 0, 0)
        self._kpos = BLK_HDR_LEN
        self._knum = 0
        return True

    def _close_block(self, extra: int) -> None:
        mm = self.mm
        bsize, bnr = self.ring[0], self.ring[1]
        base = self._kblock * bsize
        struct.pack_into("=I", mm, self._kprev, 0)          # the last packet: next_offset 0
        first = struct.unpack_from("=II", mm, base + BLK_HDR_LEN + 4)
        last = struct.unpack_from("=II", mm, self._kprev + 4)
        struct.pack_into("=IIIQIIII", mm, base + 12, self._knum, BLK_HDR_LEN, self._kpos,
                         self._seq, *first, *last)
        status = TP_STATUS_USER | extra | (TP_STATUS_LOSING if self.drops else 0)
        struct.pack_into("=I", mm, base + 8, status)         # last: hand it over
        self._kblock = (self._kblock + 1) % bnr
        self._kpos = 0
        self._ring_bell()

    def retire(self) -> None:
        """The retire timeout of the block being filled expires (V3): a block
        with packets in it goes to user space; an empty one stays."""
        with self.kernel.lock:
            if self.mm is not None and self.version == TPACKET_V3 and self._kpos and self._knum:
                self._close_block(TP_STATUS_BLK_TMO)

    def _put_v2(self, data: bytes, wirelen: int, status: int, tci: int, tpid: int, ts: int,
                sll: tuple, maclen: int) -> bool:
        mm = self.mm
        bsize, _bnr, fsize, fnr, _tov = self.ring
        per = bsize // fsize
        i = self._kframe
        p = (i // per) * bsize + (i % per) * fsize
        if struct.unpack_from("=I", mm, p)[0] & TP_STATUS_USER:
            return False                    # the frame is still the reader's: drop
        macoff, netoff = self._offsets(maclen)
        if macoff + len(data) > fsize:
            data = data[:max(0, fsize - macoff)]
        sec, nsec = divmod(ts, 10**9)
        HDR2.pack_into(mm, p, TP_STATUS_KERNEL, wirelen, len(data), macoff, netoff, sec, nsec,
                       tci, tpid if status else 0)
        self._sll(mm, p + tpacket_align(HDR2.size), sll)
        mm[p + macoff:p + macoff + len(data)] = data
        struct.pack_into("=I", mm, p, TP_STATUS_USER | status)   # last: hand it over
        self._kframe = (i + 1) % fnr
        return True

    def _dequeue(self, flags: int) -> tuple:
        while True:
            with self.kernel.lock:
                if self.sk_err:                      # sock_error() comes first
                    err, self.sk_err = self.sk_err, 0
                    raise _err(err, "recvmsg")
                if self.queue:
                    return self.queue.popleft()
            if flags & socket.MSG_DONTWAIT:
                raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")
            p = select.poll()
            p.register(self._bell, select.POLLIN)
            p.poll(50)

    # -- poll -------------------------------------------------------------------------
    def poll_events(self) -> int:
        if self.closed:
            return select.POLLNVAL
        ev = 0
        if self.sk_err:
            ev |= select.POLLERR
        with self.kernel.lock:
            if self.mm is not None:
                if self._user_owned():
                    ev |= select.POLLIN
            elif self.queue:
                ev |= select.POLLIN
        return ev

    def _user_owned(self) -> int:
        mm = self.mm
        bsize, bnr, fsize, fnr, _tov = self.ring
        if self.version == TPACKET_V3:
            return sum(struct.unpack_from("=I", mm, b * bsize + 8)[0] & 1 for b in range(bnr))
        per = bsize // fsize
        return sum(struct.unpack_from("=I", mm, (i // per) * bsize + (i % per) * fsize)[0] & 1
                   for i in range(fnr))

    def drain_bell(self) -> None:
        try:
            os.eventfd_read(self._bell)
        except (BlockingIOError, OSError):
            pass


class FakePoller:
    """``select.poll`` over fake sockets (readiness from their state) and real
    descriptors (polled for real, so waits take real time)."""

    def __init__(self, kernel: FakeKernel) -> None:
        self.kernel = kernel
        self.fds: dict[int, int] = {}

    def register(self, fd: Any, events: int = select.POLLIN | select.POLLPRI) -> None:
        self.fds[fd if isinstance(fd, int) else fd.fileno()] = events

    def unregister(self, fd: Any) -> None:
        del self.fds[fd if isinstance(fd, int) else fd.fileno()]

    def poll(self, timeout: float | None = None) -> list[tuple[int, int]]:
        self.kernel.polls += 1
        deadline = None if timeout is None or timeout < 0 else time.monotonic() + timeout / 1000
        always = select.POLLERR | select.POLLHUP | select.POLLNVAL
        while True:
            fake_ready = []
            real = select.poll()
            fakes = {}
            for fd, mask in self.fds.items():
                s = self.kernel.by_fd.get(fd)
                if s is None:
                    real.register(fd, mask)
                    continue
                fakes[s._bell] = s
                ev = s.poll_events() & (mask | always)
                if ev:
                    fake_ready.append((fd, ev))
                if not s.closed:
                    real.register(s._bell, select.POLLIN)
            if fake_ready:
                return fake_ready + [(fd, ev) for fd, ev in real.poll(0) if fd not in fakes]
            if deadline is None:
                wait = None
            else:
                wait = max(0, round((deadline - time.monotonic()) * 1000))
            got = real.poll(wait)
            for fd, _ev in got:
                if fd in fakes:
                    fakes[fd].drain_bell()
            others = [(fd, ev) for fd, ev in got if fd not in fakes]
            if others:
                more = []
                for fd, mask in self.fds.items():
                    s = self.kernel.by_fd.get(fd)
                    if s is not None and s.poll_events() & (mask | always):
                        more.append((fd, s.poll_events() & (mask | always)))
                return others + more
            if deadline is not None and time.monotonic() >= deadline and not got:
                return []


class FakeInetSocket:
    """An ``AF_INET`` datagram socket: only good for ioctls (``lookupnet``)."""

    def fileno(self) -> int:
        return -1

    def close(self) -> None:
        pass

    def __enter__(self) -> "FakeInetSocket":
        return self

    def __exit__(self, *exc: Any) -> None:
        pass


_NLMSGHDR = struct.Struct("=IHHII")
_IFINFOMSG = struct.Struct("=BxHiII")
RTM_NEWLINK, RTM_GETLINK, RTM_NEWADDR, RTM_GETADDR = 16, 18, 20, 22
NLMSG_ERROR, NLMSG_DONE = 2, 3
NLM_F_DUMP = 0x300
IFLA_IFNAME, IFLA_STATS64 = 3, 23
IFF_UP, IFF_RUNNING, IFF_LOOPBACK = 0x1, 0x40, 0x8


def _rtattr(kind: int, payload: bytes) -> bytes:
    n = 4 + len(payload)
    return struct.pack("=HH", n, kind) + payload + b"\0" * ((-n) % 4)


class FakeNetlinkSocket:
    """Just enough rtnetlink: RTM_GETLINK (one interface or a dump, with
    IFLA_IFNAME and IFLA_STATS64) and an empty RTM_GETADDR dump."""

    def __init__(self, kernel: FakeKernel) -> None:
        self.kernel = kernel
        self.answers: deque[bytes] = deque()

    def bind(self, addr: Any) -> None:
        pass

    def _msg(self, mtype: int, seq: int, body: bytes, flags: int = 0) -> bytes:
        return _NLMSGHDR.pack(_NLMSGHDR.size + len(body), mtype, flags, seq, 0) + body

    def _link(self, iface: FakeInterface, seq: int) -> bytes:
        flags = (IFF_UP | IFF_RUNNING if iface.up else 0) | \
            (IFF_LOOPBACK if iface.hatype == ARPHRD_LOOPBACK else 0)
        stats = [0] * 24
        stats[6] = iface.rx_dropped                # rtnl_link_stats64.rx_dropped
        body = _IFINFOMSG.pack(0, iface.hatype, iface.index, flags, 0) + \
            _rtattr(IFLA_IFNAME, iface.name.encode() + b"\0") + \
            _rtattr(IFLA_STATS64, struct.pack("=24Q", *stats))
        return self._msg(RTM_NEWLINK, seq, body)

    def send(self, data: bytes) -> int:
        _len, mtype, flags, seq, _pid = _NLMSGHDR.unpack_from(data)
        body = data[_NLMSGHDR.size:]
        ifaces = sorted(self.kernel.interfaces.values(), key=lambda i: i.index)
        if mtype == RTM_GETLINK and not flags & NLM_F_DUMP:
            index = _IFINFOMSG.unpack_from(body)[2]
            match = [i for i in ifaces if i.index == index]
            if match:
                self.answers.append(self._link(match[0], seq))
            else:
                self.answers.append(self._msg(NLMSG_ERROR, seq, struct.pack("=i", -errno.ENODEV)
                                              + data[:_NLMSGHDR.size]))
        elif mtype == RTM_GETLINK:
            self.answers.append(b"".join(self._link(i, seq) for i in ifaces) +
                                self._msg(NLMSG_DONE, seq, struct.pack("=i", 0)))
        else:
            self.answers.append(self._msg(NLMSG_DONE, seq, struct.pack("=i", 0)))
        return len(data)

    def recv(self, bufsize: int, flags: int = 0) -> bytes:
        if not self.answers:
            raise _err(errno.EAGAIN, "netlink")
        return self.answers.popleft()

    def close(self) -> None:
        pass

    def __enter__(self) -> "FakeNetlinkSocket":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
