"""Linux constants, struct layouts and small syscall helpers for AF_PACKET.

Everything here is plain data taken from the kernel's UAPI headers
(``linux/if_packet.h``, ``linux/filter.h``, ``linux/if_ether.h``,
``asm-generic/socket.h``, ``linux/sockios.h``).  The struct formats are
checked against the headers by ``tests/test_live_structs.py``, which compiles
a tiny C program with the system compiler and compares sizes and offsets.

Only the standard library is used; :mod:`ctypes` is needed for exactly one
thing Python's socket module cannot express: ``struct sock_fprog`` holds a
*pointer* to the instruction array, so the array must live at a stable
address while ``setsockopt`` runs.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import socket
import struct
from typing import Iterable, Sequence

from ..errors import CaptureError, NoSuchDevice, PermissionDenied

# --- socket levels and options ------------------------------------------------
SOL_PACKET = 263
SOL_SOCKET = socket.SOL_SOCKET

PACKET_ADD_MEMBERSHIP = 1
PACKET_DROP_MEMBERSHIP = 2
PACKET_RX_RING = 5
PACKET_STATISTICS = 6
PACKET_AUXDATA = 8
PACKET_VERSION = 10
PACKET_HDRLEN = 11
PACKET_RESERVE = 12
PACKET_FANOUT = 18
PACKET_IGNORE_OUTGOING = 23

PACKET_MR_PROMISC = 1

#: PACKET_FANOUT modes and flags (the mode in bits 16..23 of the argument)
PACKET_FANOUT_HASH = 0
PACKET_FANOUT_LB = 1
PACKET_FANOUT_CPU = 2
PACKET_FANOUT_ROLLOVER = 3
PACKET_FANOUT_RND = 4
PACKET_FANOUT_QM = 5
PACKET_FANOUT_FLAG_ROLLOVER = 0x1000
PACKET_FANOUT_FLAG_DEFRAG = 0x8000

TPACKET_V1, TPACKET_V2, TPACKET_V3 = 0, 1, 2

SO_ATTACH_FILTER = 26
SO_DETACH_FILTER = 27
SO_TIMESTAMPNS = 35          # SO_TIMESTAMPNS_OLD on 64-bit time_t ABIs
SCM_TIMESTAMPNS = SO_TIMESTAMPNS

ETH_P_ALL = 0x0003
ETH_P_8021Q = 0x8100
VLAN_TAG_LEN = 4

# --- ring status bits -----------------------------------------------------------
TP_STATUS_KERNEL = 0
TP_STATUS_USER = 1 << 0
TP_STATUS_LOSING = 1 << 2
TP_STATUS_VLAN_VALID = 1 << 4
TP_STATUS_BLK_TMO = 1 << 5
TP_STATUS_VLAN_TPID_VALID = 1 << 6

TPACKET_ALIGNMENT = 16


def tpacket_align(x: int) -> int:
    """``TPACKET_ALIGN``: round up to the ring's 16-byte alignment."""
    return (x + TPACKET_ALIGNMENT - 1) & ~(TPACKET_ALIGNMENT - 1)


# --- struct layouts (native x86-64 / aarch64 little-endian ABI) ----------------
#: struct tpacket_req3 (28 bytes); tpacket_req is its first 16 bytes.
TPACKET_REQ3 = struct.Struct("=7I")
TPACKET_REQ = struct.Struct("=4I")
#: struct tpacket_block_desc (48 bytes): version, offset_to_priv, then
#: tpacket_hdr_v1: block_status, num_pkts, offset_to_first_pkt, blk_len,
#: seq_num (u64), ts_first_pkt (2 x u32), ts_last_pkt (2 x u32).
TPACKET_BLOCK_DESC = struct.Struct("=IIIIIIQIIII")
BLOCK_STATUS_OFFSET = 8
#: struct tpacket3_hdr (48 bytes): next_offset, sec, nsec, snaplen, len,
#: status, mac (u16), net (u16), hv1.rxhash, hv1.vlan_tci, hv1.vlan_tpid (u16),
#: hv1.padding (u16), padding[8].
TPACKET3_HDR = struct.Struct("=IIIIIIHHIIHH8x")
#: struct tpacket2_hdr (32 bytes): status, len, snaplen, mac, net, sec, nsec,
#: vlan_tci, vlan_tpid, padding[4].
TPACKET2_HDR = struct.Struct("=IIIHHIIHH4x")
#: struct sockaddr_ll (20 bytes): family, protocol (network order), ifindex,
#: hatype, pkttype, halen, addr[8].
SOCKADDR_LL = struct.Struct("=H2siHBB8s")
#: struct tpacket_auxdata (20 bytes): status, len, snaplen, mac, net,
#: vlan_tci, vlan_tpid.
TPACKET_AUXDATA = struct.Struct("=IIIHHHH")
#: struct tpacket_stats (8) and tpacket_stats_v3 (12).
TPACKET_STATS = struct.Struct("=II")
TPACKET_STATS_V3 = struct.Struct("=III")
#: struct packet_mreq (16): ifindex, type, alen, address[8].
PACKET_MREQ = struct.Struct("=iHH8s")
#: struct sock_filter (8): code (u16), jt (u8), jf (u8), k (u32).
SOCK_FILTER = struct.Struct("=HBBI")
#: struct sock_fprog (16 on LP64): len (u16), pad, filter pointer.
SOCK_FPROG = struct.Struct("=H6xQ" if struct.calcsize("P") == 8 else "=H2xI")

# Combined view used by the V3 walker: tpacket3_hdr then, at
# TPACKET_ALIGN(sizeof(tpacket3_hdr)) == 48, the sockaddr_ll the kernel fills.
V3_FRAME = struct.Struct("=IIIIIIHHIIHH8xH2siHBB8s")
V2_FRAME = struct.Struct("=IIIHHIIHH4xH2siHBB8s")

# Narrow views for the hot loops: only the fields the common case reads (every
# field unpacked costs an int object per packet).  TPACKET_V3 (Linux 3.2)
# came after TP_STATUS_VLAN_VALID (3.0), so on a V3 ring the status bit alone
# says whether a tag was stripped; the V2 view keeps tp_vlan_tci for kernels
# that predate the bit.
#: V3 packets: next_offset, sec, nsec, snaplen, len, status, mac, sll_ifindex, sll_pkttype.
V3_FAST = struct.Struct("=IIIIIIH26xi2xB")
#: V3 ring-to-file records: next_offset, sec, nsec, snaplen, len, status, mac.
V3_REC = struct.Struct("=IIIIIIH")
#: V2 packets: status, len, snaplen, mac, sec, nsec, vlan_tci, sll_ifindex, sll_pkttype.
V2_FAST = struct.Struct("=IIIH2xIIH10xi2xB")
#: A classic pcap record header in this host's byte order: sec, frac, caplen, len.
#: For a nanosecond file it is byte for byte tp_sec..tp_len of a tpacket3_hdr.
PCAP_REC = struct.Struct("=IIII")

TPACKET3_HDRLEN_RAW = tpacket_align(TPACKET3_HDR.size) + SOCKADDR_LL.size
TPACKET2_HDRLEN_RAW = tpacket_align(TPACKET2_HDR.size) + SOCKADDR_LL.size

# --- cooked headers ----------------------------------------------------------
SLL_HDR_LEN = 16
SLL2_HDR_LEN = 20
#: DLT_LINUX_SLL: pkttype, hatype, halen, addr[8], protocol (all big-endian).
SLL_HDR = struct.Struct(">HHH8sH")
#: DLT_LINUX_SLL2: protocol, reserved, ifindex, hatype, pkttype, halen, addr[8].
SLL2_HDR = struct.Struct(">HHIHBB8s")

# --- the kernel's BPF ancillary offsets (linux/filter.h) --------------------------
# Their home is purepcap.bpf.opcodes (with every opcode); re-exported here
# because they are part of the socket ABI this module describes.
from ..bpf.opcodes import SKF_AD_HATYPE as SKF_AD_HATYPE  # noqa: E402
from ..bpf.opcodes import SKF_AD_IFINDEX as SKF_AD_IFINDEX  # noqa: E402
from ..bpf.opcodes import SKF_AD_OFF as SKF_AD_OFF  # noqa: E402
from ..bpf.opcodes import SKF_AD_PKTTYPE as SKF_AD_PKTTYPE  # noqa: E402
from ..bpf.opcodes import SKF_AD_PROTOCOL as SKF_AD_PROTOCOL  # noqa: E402
from ..bpf.opcodes import SKF_AD_VLAN_TAG as SKF_AD_VLAN_TAG  # noqa: E402
from ..bpf.opcodes import SKF_AD_VLAN_TAG_PRESENT as SKF_AD_VLAN_TAG_PRESENT  # noqa: E402
from ..bpf.opcodes import SKF_AD_VLAN_TPID as SKF_AD_VLAN_TPID  # noqa: E402

# --- ioctls ------------------------------------------------------------------
SIOCGIFADDR = 0x8915
SIOCGIFNETMASK = 0x891B
SIOCGIFMTU = 0x8921
SIOCGIFHWADDR = 0x8927
SIOCGIFINDEX = 0x8933
IFNAMSIZ = 16

# --- ARPHRD values used to choose a link type ------------------------------------
ARPHRD_ETHER = 1
ARPHRD_LOOPBACK = 772
ARPHRD_IEEE80211 = 801
ARPHRD_IEEE80211_RADIOTAP = 803
ARPHRD_NONE = 0xFFFE


def ifreq(name: str, payload: bytes = b"") -> bytes:
    """A ``struct ifreq`` (40 bytes) for ``name`` with an optional union payload."""
    raw = name.encode()
    if len(raw) >= IFNAMSIZ or not raw or b"\0" in raw:
        raise NoSuchDevice(f"{name!r}: no such device (invalid interface name)")
    return struct.pack("16s24s", raw, payload)


def ioctl_ifreq(sock: socket.socket, request: int, name: str) -> bytes:
    """Run an ``SIOCGIF*`` ioctl; return the 24-byte union part of the answer."""
    try:
        out = fcntl.ioctl(sock.fileno(), request, ifreq(name))
    except OSError as exc:
        if exc.errno in (errno.ENODEV, errno.ENXIO):
            raise NoSuchDevice(f"{name}: no such device exists") from None
        raise CaptureError(f"{name}: ioctl {request:#x} failed: {exc.strerror}") from None
    return out[16:]


def pack_filter(insns: Iterable[Sequence[int]]) -> bytes:
    """Pack ``(code, jt, jf, k)`` tuples into a ``struct sock_filter[]``."""
    pack = SOCK_FILTER.pack
    return b"".join(pack(c & 0xFFFF, jt & 0xFF, jf & 0xFF, k & 0xFFFFFFFF)
                    for c, jt, jf, k in insns)


def attach_filter(sock: socket.socket, packed: bytes) -> None:
    """``SO_ATTACH_FILTER`` with a packed instruction array (raises OSError)."""
    n = len(packed) // SOCK_FILTER.size
    buf = ctypes.create_string_buffer(packed, len(packed))
    fprog = SOCK_FPROG.pack(n, ctypes.addressof(buf))
    sock.setsockopt(SOL_SOCKET, SO_ATTACH_FILTER, fprog)
    del buf  # the kernel copied it; keep the buffer alive until here


def detach_filter(sock: socket.socket) -> None:
    """``SO_DETACH_FILTER``; no filter attached is not an error."""
    try:
        sock.setsockopt(SOL_SOCKET, SO_DETACH_FILTER, 0)
    except OSError as exc:
        if exc.errno not in (errno.ENOENT, errno.ENONET):
            raise


def os_error(exc: OSError, what: str) -> CaptureError:
    """Turn an OSError from a socket call into the matching CaptureError."""
    if exc.errno in (errno.EPERM, errno.EACCES):
        return PermissionDenied(f"{what}: {exc.strerror} (capturing needs CAP_NET_RAW)")
    if exc.errno in (errno.ENODEV, errno.ENXIO):
        return NoSuchDevice(f"{what}: {exc.strerror}")
    return CaptureError(f"{what}: {exc.strerror or exc}")


def page_size() -> int:
    return os.sysconf("SC_PAGE_SIZE")
