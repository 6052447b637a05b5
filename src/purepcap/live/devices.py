"""Capture devices: ``findalldevs()`` and ``lookupnet()``.

Interfaces and their addresses come from rtnetlink (``RTM_GETLINK`` and
``RTM_GETADDR`` dumps), which answers for the network namespace of the
calling thread and reports IPv4 and IPv6 alike; ``/sys/class/net`` is only
consulted for the wireless flag.  ``lookupnet()`` uses the classic
``SIOCGIFADDR`` / ``SIOCGIFNETMASK`` ioctls, as libpcap does.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import struct
from dataclasses import dataclass, field

from ..errors import CaptureError, NoSuchDevice
from . import _linux as L

__all__ = ["Device", "Address", "findalldevs", "lookupnet", "link_stats",
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
        return os.path.isdir(f"/sys/class/net/{self.name}/wireless") or \
            os.path.exists(f"/sys/class/net/{self.name}/phy80211")


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
        s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_ROUTE)
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
    """Every capture device, plus the ``any`` pseudo-device (``pcap_findalldevs``).

    Devices that are up and running come first, loopback devices last.
    """
    try:
        links = _links()
        addrs = _addresses()
    except OSError as exc:
        raise CaptureError(f"cannot list interfaces: {exc.strerror or exc}") from None
    devs = []
    for index, name, flags, attrs in links:
        alias = attrs.get(IFLA_IFALIAS, b"").rstrip(b"\0").decode(errors="replace") or None
        devs.append(Device(name, alias, addrs.get(index, []), flags, index))
    devs.append(Device("any", "Pseudo-device that captures on all interfaces", [],
                       IFF_UP | IFF_RUNNING, 0))

    def rank(d: Device) -> tuple[int, int]:
        if d.loopback:
            return (3, d.index)
        if d.name == "any":
            return (2, 0)
        return (0 if d.up and d.running else 1, d.index)
    devs.sort(key=rank)
    return devs


def lookupnet(device: str) -> tuple[int, int]:
    """``(network, netmask)`` of ``device``'s IPv4 address, as 32-bit integers
    (``10.1.0.0`` is ``0x0A010000``).  ``any`` gives ``(0, 0)``."""
    if device == "any":
        return (0, 0)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            addr_part = L.ioctl_ifreq(s, L.SIOCGIFADDR, device)
        except NoSuchDevice:
            raise
        except CaptureError:
            # EADDRNOTAVAIL: the device exists but has no IPv4 address
            raise CaptureError(f"{device}: no IPv4 address assigned") from None
        mask_part = L.ioctl_ifreq(s, L.SIOCGIFNETMASK, device)
    addr = struct.unpack_from(">I", addr_part, 4)[0]
    mask = struct.unpack_from(">I", mask_part, 4)[0]
    return (addr & mask, mask)
