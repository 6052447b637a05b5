"""Link layers: Ethernet (DIX and 802.3/LLC), 802.1Q/802.1ad tags, Linux cooked
headers (SLL, SLL2), BSD NULL/LOOP.

Decoders follow the contract in :mod:`._base`.  Each sets ``inner`` to the
dispatch table and key of what follows (``("ethertype", type, offset)``,
``("llc", dsap, offset)``, ``("ipproto", ...)``).  Formatters give tcpdump's
``-e`` text of the header (the part before ``": "`` and the next unit).
"""

from __future__ import annotations

import socket
import struct
from dataclasses import dataclass

from ._addr import _ether_cache, etheraddr, etheraddr_string
from ._base import MALFORMED, TRUNCATED, Context, Layer, stopped

__all__ = ["Ether", "Vlan", "LLC", "SLL", "SLL2", "Null",
           "decode_ether", "format_ether", "decode_vlan", "format_vlan",
           "decode_llc", "format_llc", "format_snap", "OUI_NAMES", "decode_sll", "format_sll",
           "decode_sll2", "format_sll2", "decode_null", "decode_loop", "format_null",
           "ETHERTYPE_NAMES", "ethertype_name", "ethertype_text", "VLAN_TPIDS"]

_H = struct.Struct("!H")
_SLL = struct.Struct("!HHH8sH")
_SLL2 = struct.Struct("!HHIHBB8s")
_U32LE = struct.Struct("<I")
_U32BE = struct.Struct("!I")

MAX_LENGTH_VALUE = 1500   # type/length fields up to this are 802.3 lengths

# tcpdump 4.99.3's names for Ethernet types (what "ethertype NAME (0x....)" shows),
# observed by printing one frame of every type with tcpdump -e
ETHERTYPE_NAMES: dict[int, str] = {
    0xd28b: "Arista Vendor Specific Protocol",
    0x8100: "802.1Q", 0x88a8: "802.1Q-QinQ", 0x9100: "802.1Q-9100", 0x9200: "802.1Q-9200",
    0x88e5: "802.1AE MACsec",
    0x0806: "ARP",
    0x88a2: "AoE",
    0x809b: "Appletalk",
    0x80f3: "Appletalk ARP",
    0x1111: "CALM FAST",
    0x8902: "CFM",
    0xabcd: "CFM (old)",
    0x803c: "DEC DNS",
    0x803e: "DEC DTS",
    0x6003: "DN",
    0x888e: "EAPOL",
    0x8947: "GeoNet",
    0x0707: "GeoNet (old)",
    0x893a: "IEEE1905.1",
    0x8137: "IPX",
    0x0800: "IPv4",
    0x86dd: "IPv6",
    0x6004: "LAT",
    0x88cc: "LLDP",
    0x8038: "Lanbridge",
    0x9000: "Loopback",
    0x6001: "MOP DL",
    0x6002: "MOP RC",
    0x8808: "MPCP",
    0x8848: "MPLS multicast",
    0x8847: "MPLS unicast",
    0x886f: "MS NLB heartbeat",
    0x0600: "NS",
    0x894f: "NSH",
    0xfefe: "OSI",
    0x880b: "PPP",
    0x8863: "PPPoE D",
    0x8864: "PPPoE S",
    0x88f7: "PTP",
    0x8899: "Realtek protocols",
    0x8035: "Reverse ARP",
    0x6007: "SCA",
    0x8809: "Slow Protocols",
    0x6558: "TEB",
    0x88ca: "TIPC",
    0x1000: "Trail",
    0x805b: "VEXP",
    0x805c: "VPROD",
}

VLAN_TPIDS = frozenset((0x8100, 0x88A8, 0x9100, 0x9200))


def ethertype_text_quiet(et: int) -> str:
    """The type as ``-q`` prints it: its name, or ``"Unknown Ethertype (0x....)"``."""
    name = ETHERTYPE_NAMES.get(et)
    return name if name is not None else f"Unknown Ethertype (0x{et:04x})"


def ethertype_name(et: int) -> str:
    """tcpdump's name for an Ethernet type, ``"Unknown"`` when it has none."""
    return ETHERTYPE_NAMES.get(et, "Unknown")


@dataclass(slots=True)
class Ether(Layer, proto="eth"):
    """An Ethernet II or 802.3 header."""

    src: str = ""
    dst: str = ""
    ethertype: int = -1          # type field (DIX); -1 for 802.3 frames
    length_field: int = -1       # the 802.3 length field; -1 for DIX frames
    frame_length: int = 0        # the frame's length on the wire
    src_raw: bytes = b""
    dst_raw: bytes = b""


def decode_ether(data: bytes, length: int, ctx: Context) -> Ether:
    rec = Ether(frame_length=length)
    if len(data) < 14:
        if len(data) >= 12:
            rec.dst_raw, rec.src_raw = bytes(data[0:6]), bytes(data[6:12])
            rec.dst, rec.src = etheraddr(rec.dst_raw), etheraddr(rec.src_raw)
        return stopped(rec)
    d, s_ = data[0:6], data[6:12]
    if type(d) is not bytes:
        d, s_ = bytes(d), bytes(s_)
    rec.dst_raw, rec.src_raw = d, s_
    cache = _ether_cache
    dt = cache.get(d)
    if dt is None:
        dt = etheraddr(d)
    st = cache.get(s_)
    if st is None:
        st = etheraddr(s_)
    rec.dst, rec.src = dt, st
    t = _H.unpack_from(data, 12)[0]
    _type_or_length(rec, t, 14)
    return rec


def _type_or_length(rec: Ether | Vlan, t: int, end: int) -> None:
    """The field after the addresses (or a VLAN tag), ending at ``end``: an
    802.3 length (LLC follows) or an ethertype."""
    if t <= MAX_LENGTH_VALUE:
        rec.length_field = t
        rec.inner = ("llc", 0, end)
    else:
        rec.ethertype = t
        rec.inner = ("ethertype", t, end)


def _macs(rec: Ether, ctx: Context) -> str:
    o = ctx.opts
    if o.numeric:
        return f"{rec.src} > {rec.dst}"
    return f"{etheraddr_string(rec.src_raw, o)} > {etheraddr_string(rec.dst_raw, o)}"


def format_ether(rec: Ether, ctx: Context) -> str:
    """``-e`` header text: ``"src > dst, ethertype IPv4 (0x0800), length 98"``."""
    if not rec.src_raw:
        return ""
    head = _macs(rec, ctx)
    if rec.stop is not None and rec.ethertype < 0 and rec.length_field < 0:
        return head
    if rec.length_field >= 0:
        return f"{head}, 802.3, length {min(rec.length_field, rec.frame_length - 14)}"
    return f"{head}, {_ethertype_text(rec.ethertype, ctx)}, length {rec.frame_length}"


def _ethertype_text(t: int, ctx: Context) -> str:
    """``"ethertype IPv4 (0x0800)"``; with ``-q`` only the name."""
    if ctx.opts.quiet:
        return ethertype_text_quiet(t)
    return ethertype_text(t)


def ethertype_text(t: int) -> str:
    """``"ethertype IPv4 (0x0800)"``."""
    return f"ethertype {ethertype_name(t)} (0x{t:04x})"


@dataclass(slots=True)
class Vlan(Layer, proto="vlan"):
    """An 802.1Q / 802.1ad tag (the 4 bytes after a VLAN TPID)."""

    tpid: int = 0
    vid: int = 0
    pcp: int = 0
    dei: bool = False
    ethertype: int = -1         # type field that follows the tag (-1: an 802.3 length)
    length_field: int = -1


def decode_vlan(data: bytes, length: int, ctx: Context, tpid: int = 0x8100) -> Vlan:
    rec = Vlan(tpid=tpid)
    if len(data) >= 2:
        tci = _H.unpack_from(data, 0)[0]
        rec.vid, rec.pcp, rec.dei = tci & 0xFFF, tci >> 13, bool(tci & 0x1000)
    if len(data) < 4:
        return stopped(rec)
    _type_or_length(rec, _H.unpack_from(data, 2)[0], 4)
    return rec


def format_vlan(rec: Vlan, ctx: Context) -> str:
    """``-e`` text of a tag: ``"vlan 100, p 0, ethertype IPv4 (0x0800)"``."""
    s = f"vlan {rec.vid}, p {rec.pcp}{', DEI' if rec.dei else ''}"
    if rec.ethertype >= 0:
        s += ", " + _ethertype_text(rec.ethertype, ctx)
    return s


@dataclass(slots=True)
class LLC(Layer, proto="llc"):
    """An 802.2 LLC header, with its SNAP extension when DSAP/SSAP are 0xAA."""

    dsap: int = 0
    ssap: int = 0
    control: int = 0
    oui: int = -1               # SNAP organisation code, -1 without SNAP
    pid: int = -1               # SNAP protocol id


_SAP_NAMES: dict[int, str] = {
    0x00: "Null", 0x02: "Mgmt Indiv", 0x03: "Mgmt Group", 0x06: "IP", 0x0E: "PROWAY NM",
    0x42: "STP", 0x4E: "RS511", 0x5E: "ISO8208", 0x7E: "X.25 PLP", 0x80: "XNS",
    0x8E: "Proway", 0xAA: "SNAP", 0xBA: "BANYAN", 0xBC: "IPX", 0xE0: "IPX",
    0xF0: "NetBeui", 0xF4: "LANMgr", 0xF8: "IMPL", 0xFA: "Ungermann-Bass", 0xFE: "OSI",
    0xFF: "Global",
}


def decode_llc(data: bytes, length: int, ctx: Context) -> LLC:
    rec = LLC()
    if len(data) < 3:
        return stopped(rec)
    rec.dsap, rec.ssap, rec.control = data[0], data[1], data[2]
    hl = 3 if rec.control & 3 == 3 else 4
    if hl == 4 and len(data) >= 4:
        rec.control |= data[3] << 8
    if rec.dsap == 0xAA and rec.ssap == 0xAA and rec.control == 3:
        if len(data) < 8:
            return stopped(rec)
        rec.oui = (data[3] << 16) | (data[4] << 8) | data[5]
        rec.pid = _H.unpack_from(data, 6)[0]
        if rec.oui == 0:
            rec.inner = ("ethertype", rec.pid, 8)
        else:
            rec.inner = ("snap", (rec.oui << 16) | rec.pid, 8)
        return rec
    rec.inner = ("llc", rec.dsap, hl)
    return rec


OUI_NAMES: dict[int, str] = {0x000000: "Ethernet", 0x00000C: "Cisco", 0x0000F8: "Cisco bridged",
                             0x00005E: "IANA", 0x000081: "Nortel Networks SONMP",
                             0x080007: "Appletalk"}
CISCO_PIDS: dict[int, str] = {0x2000: "CDP", 0x2003: "VTP", 0x2004: "DTP", 0x0111: "UDLD",
                              0x010B: "PVST"}


def format_snap(rec: LLC, ctx: Context, length: int) -> str:
    """``"oui Cisco (0x00000c), pid CDP (0x2000), length 378"`` (``length``: the LLC PDU's)."""
    oui = rec.oui
    name = OUI_NAMES.get(oui, "Unknown")
    if oui == 0:
        pid = ethertype_text(rec.pid)
    else:
        pname = CISCO_PIDS.get(rec.pid, "Unknown") if oui == 0x00000C else "Unknown"
        pid = f"pid {pname} (0x{rec.pid:04x})"
    return f"oui {name} (0x{oui:06x}), {pid}, length {length - 8}"


def format_llc(rec: LLC, ctx: Context) -> str:
    """tcpdump's LLC header text (``-e`` or an unknown SAP), up to the control field."""
    dsap = rec.dsap & 0xFE
    ssap = rec.ssap & 0xFE
    return (f"LLC, dsap {_SAP_NAMES.get(dsap, 'Unknown')} (0x{dsap:02x}) "
            f"{'Group' if rec.dsap & 1 else 'Individual'}, "
            f"ssap {_SAP_NAMES.get(ssap, 'Unknown')} (0x{ssap:02x}) "
            f"{'Response' if rec.ssap & 1 else 'Command'}, ctrl 0x{rec.control:0{2 if rec.control < 256 else 4}x}")


# --- Linux cooked captures ----------------------------------------------------

SLL_PKTTYPES: dict[int, str] = {0: "In", 1: "B", 2: "M", 3: "P", 4: "Out"}

_ARPHRD_ETHER = 1
_LINUX_SLL_P_802_3 = 0x0001
_LINUX_SLL_P_802_2 = 0x0004
_LINUX_SLL_P_CAN = 0x000C
_LINUX_SLL_P_CANFD = 0x000D


@dataclass(slots=True)
class SLL(Layer, proto="sll"):
    """A Linux cooked (v1) header: direction, link-layer address, protocol."""

    pkttype: int = 0
    direction: str = ""          # "In", "B", "M", "P", "Out"
    hatype: int = 0
    halen: int = 0
    addr: str = ""
    protocol: int = 0
    frame_length: int = 0


def _sll_inner(protocol: int, off: int) -> tuple[str, int, int]:
    if protocol == _LINUX_SLL_P_802_2:
        return ("llc", 0, off)
    if protocol == _LINUX_SLL_P_802_3:
        return ("ipx", 0, off)
    if protocol <= MAX_LENGTH_VALUE:
        return ("sllproto", protocol, off)
    return ("ethertype", protocol, off)


def _haddr(raw: bytes, halen: int) -> str:
    n = min(halen, 8, len(raw))
    return etheraddr(raw[:n])


def decode_sll(data: bytes, length: int, ctx: Context) -> SLL:
    rec = SLL(frame_length=length)
    if len(data) < 16:
        return stopped(rec)
    rec.pkttype, rec.hatype, rec.halen, addr, rec.protocol = _SLL.unpack_from(data, 0)
    rec.direction = SLL_PKTTYPES.get(rec.pkttype, "")
    rec.addr = _haddr(addr, rec.halen)
    rec.inner = _sll_inner(rec.protocol, 16)
    return rec


def format_sll(rec: SLL, ctx: Context) -> str:
    """``-e`` text: ``" In 00:11:22:33:44:55 ethertype IPv4 (0x0800), length 98"``
    (with ``-q``: only direction and address)."""
    s = f"{SLL_PKTTYPES.get(rec.pkttype, '?'):>3} "
    if 0 < rec.halen <= 8:
        s += rec.addr + " "
    if ctx.opts.quiet:
        return s
    return s + _proto_text(rec.protocol, ctx) + f", length {rec.frame_length}"


def _proto_text(protocol: int, ctx: Context) -> str:
    if protocol == _LINUX_SLL_P_802_3:
        return "802.3"
    if protocol == _LINUX_SLL_P_802_2:
        return "802.2"
    return ethertype_text(protocol)


@dataclass(slots=True)
class SLL2(Layer, proto="sll2"):
    """A Linux cooked v2 header (adds the interface index)."""

    protocol: int = 0
    ifindex: int = 0
    ifname: str = ""
    hatype: int = 0
    pkttype: int = 0
    direction: str = ""
    halen: int = 0
    addr: str = ""
    frame_length: int = 0


_ifnames: dict[int, str] = {}


def _ifname(index: int) -> str:
    name = _ifnames.get(index)
    if name is None:
        try:
            name = socket.if_indextoname(index)
        except (OSError, ValueError, OverflowError):
            name = "?"
        _ifnames[index] = name
    return name


def decode_sll2(data: bytes, length: int, ctx: Context) -> SLL2:
    rec = SLL2(frame_length=length)
    if len(data) < 20:
        rec.stop = TRUNCATED
        if len(data) >= 8:
            rec.protocol, _, rec.ifindex = struct.unpack_from("!HHI", data, 0)
            rec.ifname = _ifname(rec.ifindex)
        return rec
    (rec.protocol, _, rec.ifindex, rec.hatype, rec.pkttype, rec.halen,
     addr) = _SLL2.unpack_from(data, 0)
    rec.ifname = _ifname(rec.ifindex)
    rec.direction = SLL_PKTTYPES.get(rec.pkttype, "")
    rec.addr = _haddr(addr, rec.halen)
    rec.inner = _sll_inner(rec.protocol, 20)
    return rec


def format_sll2_prefix(rec: SLL2, ctx: Context) -> str:
    """What tcpdump prints for every SLL2 packet: interface name and direction."""
    return f"{rec.ifname:<5} {SLL_PKTTYPES.get(rec.pkttype, '?'):<4}"


def format_sll2(rec: SLL2, ctx: Context) -> str:
    """``-e`` text of an SLL2 header (after the interface/direction prefix):
    ``"ifindex 1 00:11:22:33:44:55 ethertype IPv4 (0x0800), length 50"``."""
    s = f"ifindex {rec.ifindex} "
    if rec.halen:
        s += rec.addr + " "
    if ctx.opts.quiet:
        return s
    return s + _proto_text(rec.protocol, ctx) + f", length {rec.frame_length}"


# --- BSD loopback ---------------------------------------------------------------

@dataclass(slots=True)
class Null(Layer, proto="null"):
    """A BSD NULL/LOOP header: the address family of the payload."""

    family: int = 0
    frame_length: int = 0


_AF_INET6 = frozenset((24, 28, 30, 10, 23))   # BSD/Linux/Darwin/... values of AF_INET6
_AF_NAMES = {2: "IPv4", 24: "IPv6", 28: "IPv6", 30: "IPv6", 7: "OSI", 23: "IPX", 16: "Appletalk"}


def _null_common(data: bytes, length: int, order: struct.Struct) -> Null:
    rec = Null(frame_length=length)
    if len(data) < 4:
        return stopped(rec)
    fam = order.unpack_from(data, 0)[0]
    if order is _U32LE and fam & 0xFFFF0000 and not fam & 0xFFFF:
        fam = _U32BE.unpack_from(data, 0)[0]   # written on a host of the other order
    rec.family = fam
    if fam == 2:
        rec.inner = ("ethertype", 0x0800, 4)
    elif fam in (24, 28, 30):
        rec.inner = ("ethertype", 0x86DD, 4)
    else:
        rec.inner = ("af", fam, 4)
    return rec


def decode_null(data: bytes, length: int, ctx: Context) -> Null:
    """DLT_NULL: a host-order 4-byte family (either byte order accepted)."""
    return _null_common(data, length, _U32LE)


def decode_loop(data: bytes, length: int, ctx: Context) -> Null:
    """DLT_LOOP: the family in network byte order."""
    return _null_common(data, length, _U32BE)


def format_null(rec: Null, ctx: Context) -> str:
    """``-e`` text: ``"AF IPv4 (2), length 88"``."""
    return f"AF {_AF_NAMES.get(rec.family, 'Unknown')} ({rec.family}), length {rec.frame_length}"


_ = MALFORMED
