"""Capture devices: ``findalldevs()`` and ``lookupnet()``.

Interfaces and their addresses come from rtnetlink (``RTM_GETLINK`` and
``RTM_GETADDR`` dumps), which answers for the network namespace of the
calling thread and reports IPv4 and IPv6 alike; ``/sys/class/net`` is only
consulted for the wireless flag.  ``lookupnet()`` uses the classic
``SIOCGIFADDR`` / ``SIOCGIFNETMASK`` ioctls, as libpcap does.

Order (libpcap 1.10.3, ``add_dev`` in pcap.c): devices are discovered in
the order of the kernel's link dump (what ``getifaddrs()`` sees), then
the ``any`` pseudo-device; each is inserted after every device whose
"figure of merit" is lower or equal, so the list is a stable sort on that
figure.  Its bits, most significant first: not running, not up,
disconnected (and not wireless), loopback, ``any``.  A
device's connection status comes from ``SIOCETHTOOL``/``ETHTOOL_GLINK``
(``EOPNOTSUPP``/``EINVAL``: not applicable; loopback: not applicable).
libpcap's other capture sources (``nflog``, ``nfqueue``, ``dbus-*``,
``bluetooth-monitor``, ``usbmon*``) are not listed: purepcap cannot open
them.  Linux network interfaces have no description in libpcap, so none
here either.
"""

from __future__ import annotations

import ctypes
import ipaddress
import os
import socket
import struct
from dataclasses import dataclass, field

from ..errors import CaptureError, NoSuchDevice, PcapError
from . import _linux as L
from . import _sys

__all__ = ["Device", "Address", "findalldevs", "lookupnet", "link_stats", "tstamp_types",
           "IFF_UP", "IFF_LOOPBACK", "IFF_RUNNING"]

IFF_UP = 0x1
IFF_BROADCAST = 0x2
IFF_LOOPBACK = 0x8
IFF_RUNNING = 0x40

NETLINK_ROUTE = 0
RTM_GETLINK = 18
RTM_NEWLINK = 16
RTM_GETADDR = 22
RTM_NEWADDR = 20
NLM_F_REQUEST = 0x1
NLM_F_DUMP = 0x300
NLMSG_DONE = 3
NLMSG_ERROR = 2
IFLA_IFNAME = 3
IFLA_IFALIAS = 20
IFLA_STATS64 = 23
IFA_ADDRESS = 1
IFA_LOCAL = 2
IFA_BROADCAST = 4

# ethtool (linux/ethtool.h, linux/sockios.h); only this module asks it
SIOCETHTOOL = 0x8946
ETHTOOL_GLINK = 0x0000000A
ETHTOOL_GET_TS_INFO = 0x00000041
_ETHTOOL_TS_INFO_SIZE = 44          # struct ethtool_ts_info
SOF_TIMESTAMPING_SOFTWARE = 1 << 4
SOF_TIMESTAMPING_SYS_HARDWARE = 1 << 5
SOF_TIMESTAMPING_RAW_HARDWARE = 1 << 6
HWTSTAMP_FILTER_ALL = 1
#: libpcap's time stamp types (name, description, value), pcap.c's table order
TSTAMP_TYPES = (("host", "Host", 0), ("host_lowprec", "Host, low precision", 1),
                ("host_hiprec", "Host, high precision", 2), ("adapter", "Adapter", 3),
                ("adapter_unsynced", "Adapter, not synced with system time", 4),
                ("host_hiprec_unsynced", "Host, high precision, not synced with system time",
                 5))
#: connection status values of ``Device.connection`` (pcap.h's PCAP_IF_CONNECTION_STATUS_*)
UNKNOWN, CONNECTED, DISCONNECTED, NOT_APPLICABLE = ("unknown", "connected", "disconnected",
                                                    "not applicable")
PCAP_IF_LOOPBACK = 0x1
PCAP_IF_UP = 0x2
PCAP_IF_RUNNING = 0x4
PCAP_IF_WIRELESS = 0x8
_STATUS_BITS = {UNKNOWN: 0x00, CONNECTED: 0x10, DISCONNECTED: 0x20, NOT_APPLICABLE: 0x30}
_ARPHRD_WIRELESS = frozenset((783, 801, 802, 803, 804, 805, 825))  # IRDA, 802.11*, 802.15.4*, 6LoWPAN

_NLMSGHDR = struct.Struct("=IHHII")
_IFINFOMSG = struct.Struct("=BxHiII")
_IFADDRMSG = struct.Struct("=BBBBi")
_RTATTR = struct.Struct("=HH")
_STATS64_NAMES = ("rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors",
                  "tx_errors", "rx_dropped", "tx_dropped")


@dataclass
class Address:
    """One address of an interface (``struct pcap_addr``); strings, or None."""

    addr: str
    netmask: str | None = None
    broadaddr: str | None = None
    dstaddr: str | None = None
    family: int = socket.AF_INET


@dataclass
class Device:
    """One capture device (``pcap_if_t``)."""

    name: str
    description: str | None = None
    addresses: list[Address] = field(default_factory=list)
    flags: int = 0
    index: int = 0
    #: ``"connected"``, ``"disconnected"``, ``"not applicable"`` or ``"unknown"``
    connection: str = UNKNOWN

    @property
    def up(self) -> bool:
        return bool(self.flags & IFF_UP)

    @property
    def running(self) -> bool:
        return bool(self.flags & IFF_RUNNING)

    @property
    def loopback(self) -> bool:
        return bool(self.flags & IFF_LOOPBACK)

    @property
    def wireless(self) -> bool:
        exists = _sys.current().exists
        return exists(f"/sys/class/net/{self.name}/wireless") or \
            exists(f"/sys/class/net/{self.name}/phy80211") or \
            _arphrd(self.name) in _ARPHRD_WIRELESS

    @property
    def pcap_flags(self) -> int:
        """libpcap's ``pcap_if_t.flags``: ``PCAP_IF_*`` bits and the connection status."""
        f = _STATUS_BITS.get(self.connection, 0)
        if self.loopback:
            f |= PCAP_IF_LOOPBACK
        if self.up:
            f |= PCAP_IF_UP
        if self.running:
            f |= PCAP_IF_RUNNING
        if self.name != "any" and self.wireless:
            f |= PCAP_IF_WIRELESS
        return f

    def merit(self) -> int:
        """libpcap 1.10.3's figure of merit: lower sorts first in :func:`findalldevs`."""
        n = 0
        if not self.running:
            n |= 0x80000000
        if not self.up:
            n |= 0x40000000
        if self.connection == DISCONNECTED and not self.wireless:
            n |= 0x20000000
        if self.loopback:
            n |= 0x10000000
        if self.name == "any":
            n |= 0x08000000
        return n


def _arphrd(name: str) -> int | None:
    """The ``ARPHRD_*`` type in ``/sys/class/net/NAME/type``, or None."""
    if "/" in name or name in ("", ".", ".."):
        return None
    try:
        with open(f"/sys/class/net/{name}/type", encoding="ascii") as f:
            return int(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def _ethtool(name: str, cmd: int, size: int) -> bytes:
    """One ``SIOCETHTOOL`` command on ``name``; the command's structure after the
    call.  Raises OSError (``errno`` as the kernel set it)."""
    buf = ctypes.create_string_buffer(struct.pack("=I", cmd), size)
    k = _sys.current()
    try:
        ifr = L.ifreq(name, struct.pack("@P", ctypes.addressof(buf)))
    except NoSuchDevice:
        raise OSError(19, os.strerror(19)) from None
    with k.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        k.ioctl(s, SIOCETHTOOL, ifr)
    return buf.raw


def _connection(name: str, flags: int) -> str:
    """libpcap's ``get_if_flags``: the connection status of one interface."""
    if flags & IFF_LOOPBACK:
        return NOT_APPLICABLE
    if _arphrd(name) == 772:        # ARPHRD_LOOPBACK without IFF_LOOPBACK
        return UNKNOWN
    try:
        raw = _ethtool(name, ETHTOOL_GLINK, 8)
    except OSError as exc:
        if exc.errno in (95, 22):   # EOPNOTSUPP, EINVAL
            return NOT_APPLICABLE
        return UNKNOWN
    except PcapError:
        return UNKNOWN
    return CONNECTED if struct.unpack_from("=I", raw, 4)[0] else DISCONNECTED


def tstamp_types(device: str) -> list[int]:
    """The time stamp types libpcap 1.10.3 offers for ``device`` (``pcap_list_tstamp_types``):
    values of :data:`TSTAMP_TYPES`.  Without hardware time stamping of all
    packets (and for ``any``) that is ``[0]``, host only."""
    if device == "any":
        return [0]
    try:
        raw = _ethtool(device, ETHTOOL_GET_TS_INFO, _ETHTOOL_TS_INFO_SIZE)
    except OSError as exc:
        if exc.errno in (95, 22):   # can't ask: libpcap offers every type it maps
            return [0, 3, 4]
        return [0]
    except PcapError:
        return [0]
    so_timestamping = struct.unpack_from("=I", raw, 4)[0]
    rx_filters = struct.unpack_from("=I", raw, 28)[0]
    if not rx_filters & (1 << HWTSTAMP_FILTER_ALL):
        return [0]
    got = [v for bit, v in ((SOF_TIMESTAMPING_SOFTWARE, 0), (SOF_TIMESTAMPING_SYS_HARDWARE, 3),
                            (SOF_TIMESTAMPING_RAW_HARDWARE, 4)) if so_timestamping & bit]
    return got or [0]


def _align4(n: int) -> int:
    return (n + 3) & ~3


def _attrs(buf: bytes, off: int, end: int) -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    while off + 4 <= end:
        alen, atype = _RTATTR.unpack_from(buf, off)
        if alen < 4:
            break
        out[atype & 0x3FFF] = bytes(buf[off + 4:off + alen])
        off += _align4(alen)
    return out


def _netlink(msg_type: int, body: bytes, flags: int) -> list[tuple[int, bytes]]:
    """Send one rtnetlink request; return (type, payload) of every answer."""
    try:
        s = _sys.current().socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_ROUTE)
    except OSError as exc:
        raise CaptureError(f"netlink socket: {exc.strerror}") from None
    out: list[tuple[int, bytes]] = []
    with s:
        s.bind((0, 0))
        seq = 1
        s.send(_NLMSGHDR.pack(_NLMSGHDR.size + len(body), msg_type, flags, seq, 0) + body)
        while True:
            data = s.recv(65536)
            off = 0
            while off + _NLMSGHDR.size <= len(data):
                mlen, mtype, _f, mseq, _pid = _NLMSGHDR.unpack_from(data, off)
                if mlen < _NLMSGHDR.size:
                    return out
                payload = data[off + _NLMSGHDR.size:off + mlen]
                off += _align4(mlen)
                if mseq != seq:
                    continue
                if mtype == NLMSG_DONE:
                    return out
                if mtype == NLMSG_ERROR:
                    err = -struct.unpack_from("=i", payload)[0]
                    if err:
                        raise OSError(err, os.strerror(err))
                    return out
                out.append((mtype, payload))
            if not flags & NLM_F_DUMP and out:
                return out


def _links() -> list[tuple[int, str, int, dict[int, bytes]]]:
    links = []
    for mtype, payload in _netlink(RTM_GETLINK, _IFINFOMSG.pack(0, 0, 0, 0, 0),
                                   NLM_F_REQUEST | NLM_F_DUMP):
        if mtype != RTM_NEWLINK:
            continue
        _fam, _type, index, flags, _chg = _IFINFOMSG.unpack_from(payload)
        attrs = _attrs(payload, _IFINFOMSG.size, len(payload))
        name = attrs.get(IFLA_IFNAME, b"").rstrip(b"\0").decode(errors="replace")
        links.append((index, name, flags, attrs))
    return links


def link_stats(ifindex: int) -> dict[str, int] | None:
    """The interface's 64-bit counters (``rx_dropped`` ...) or None."""
    try:
        answers = _netlink(RTM_GETLINK, _IFINFOMSG.pack(0, 0, ifindex, 0, 0), NLM_F_REQUEST)
    except OSError:
        return None
    for mtype, payload in answers:
        if mtype != RTM_NEWLINK:
            continue
        raw = _attrs(payload, _IFINFOMSG.size, len(payload)).get(IFLA_STATS64)
        if raw and len(raw) >= 8 * len(_STATS64_NAMES):
            return dict(zip(_STATS64_NAMES, struct.unpack_from(f"={len(_STATS64_NAMES)}Q", raw)))
    return None


def _prefix_mask(family: int, prefixlen: int) -> str:
    bits = 32 if family == socket.AF_INET else 128
    value = ((1 << bits) - 1) ^ ((1 << (bits - prefixlen)) - 1)
    if family == socket.AF_INET:
        return str(ipaddress.IPv4Address(value))
    return str(ipaddress.IPv6Address(value))


def _addresses() -> dict[int, list[Address]]:
    out: dict[int, list[Address]] = {}
    for mtype, payload in _netlink(RTM_GETADDR, _IFADDRMSG.pack(0, 0, 0, 0, 0),
                                   NLM_F_REQUEST | NLM_F_DUMP):
        if mtype != RTM_NEWADDR:
            continue
        family, prefixlen, _flags, _scope, index = _IFADDRMSG.unpack_from(payload)
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        attrs = _attrs(payload, _IFADDRMSG.size, len(payload))
        local = attrs.get(IFA_LOCAL)
        peer = attrs.get(IFA_ADDRESS)
        raw = local or peer
        if raw is None:
            continue
        addr = socket.inet_ntop(family, raw)
        dst = None
        if local is not None and peer is not None and local != peer:
            dst = socket.inet_ntop(family, peer)
        brd = attrs.get(IFA_BROADCAST)
        out.setdefault(index, []).append(Address(
            addr=addr, netmask=_prefix_mask(family, prefixlen),
            broadaddr=socket.inet_ntop(family, brd) if brd else None,
            dstaddr=dst, family=family))
    return out


def findalldevs() -> list[Device]:
    """Every capture device, plus the ``any`` pseudo-device (``pcap_findalldevs``),
    in libpcap 1.10.3's order (see the module's notes): up and running devices
    first, then ``any``, loopback, and the devices that are down."""
    try:
        links = _links()
        addrs = _addresses()
    except OSError as exc:
        raise CaptureError(f"cannot list interfaces: {exc.strerror or exc}") from None
    devs = []
    for index, name, flags, _attrs_ in links:    # the kernel's dump order, as getifaddrs()
        devs.append(Device(name, None, addrs.get(index, []), flags, index,
                           _connection(name, flags)))
    devs.append(Device("any", "Pseudo-device that captures on all interfaces", [],
                       IFF_UP | IFF_RUNNING, 0, NOT_APPLICABLE))
    devs.sort(key=Device.merit)     # stable: discovery order among equals, as add_dev
    return devs


def lookupnet(device: str) -> tuple[int, int]:
    """``(network, netmask)`` of ``device``'s IPv4 address, as 32-bit integers
    (``10.1.0.0`` is ``0x0A010000``).  ``any`` gives ``(0, 0)``."""
    if device == "any":
        return (0, 0)
    k = _sys.current()
    with k.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            addr_part = _sys.ioctl_ifreq(k, s, L.SIOCGIFADDR, device)
        except NoSuchDevice:
            raise
        except CaptureError:
            # EADDRNOTAVAIL: the device exists but has no IPv4 address
            raise CaptureError(f"{device}: no IPv4 address assigned") from None
        mask_part = _sys.ioctl_ifreq(k, s, L.SIOCGIFNETMASK, device)
    addr = struct.unpack_from(">I", addr_part, 4)[0]
    mask = struct.unpack_from(">I", mask_part, 4)[0]
    return (addr & mask, mask)
