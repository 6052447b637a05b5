"""LLDP (IEEE 802.1AB): ethertype 0x88cc.

Without ``-v`` tcpdump prints ``"LLDP, length N"`` and the value of each
System Name TLV (``": name"``); with ``-v`` one line per TLV and the values it
knows (chassis and port ids, TTL, names and descriptions, capabilities,
management addresses, IEEE 802.1 / 802.3 / IANA organisation-specific TLVs),
a hex dump for the TLVs it does not know, and with ``-vv`` a hex dump after
every TLV.  The walk stops at the End TLV, at a TLV of length 0, or when a
TLV runs past the unit (``" [|lldp]"``).

Not decoded (the TLV line is printed, its body as hex): LLDP-MED, DCBX and
the other organisations' TLVs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ._addr import etheraddr, ip6addr_string, ipaddr_string
from ._base import TRUNCATED, Context, Layer

__all__ = ["LldpRecord", "LldpTlv", "decode_lldp", "format_lldp", "safe_text", "hex_lines"]

_TLV_NAMES = {0: "End", 1: "Chassis ID", 2: "Port ID", 3: "Time to Live", 4: "Port Description",
              5: "System Name", 6: "System Description", 7: "System Capabilities",
              8: "Management Address", 127: "Organization specific"}
_CHASSIS_SUBTYPES = {1: "Chassis component", 2: "Interface alias", 3: "Port component",
                     4: "MAC address", 5: "Network address", 6: "Interface name", 7: "Local"}
_PORT_SUBTYPES = {1: "Interface alias", 2: "Port component", 3: "MAC address",
                  4: "Network Address", 5: "Interface Name", 6: "Agent circuit ID", 7: "Local"}
_CAPS = ((0x01, "Other"), (0x02, "Repeater"), (0x04, "Bridge"), (0x08, "WLAN AP"),
         (0x10, "Router"), (0x20, "Telephone"), (0x40, "Docsis"), (0x80, "Station Only"))
_AFI = {0: "Reserved", 1: "IPv4", 2: "IPv6"}
_NUMBERING = {1: "Unknown", 2: "Interface Index", 3: "System Port Number"}
_OUIS = {0x0080C2: "Ethernet bridged", 0x00120F: "IEEE 802.3 Private", 0x0012BB: "ANSI/TIA",
         0x00005E: "IANA", 0x001B21: "DCBX", 0x00000C: "Cisco"}
_8021_SUBTYPES = {1: "Port VLAN Id", 2: "Port and Protocol VLAN ID", 3: "VLAN name",
                  4: "Protocol Identity", 7: "Link aggregation", 8: "Congestion Notification",
                  9: "ETS Configuration", 10: "ETS Recommendation",
                  11: "Priority Flow Control Configuration", 12: "Application Priority",
                  13: "EVB", 14: "CDCP"}
_8023_SUBTYPES = {1: "MAC/PHY configuration/status", 2: "Power via MDI", 3: "Link aggregation",
                  4: "Max frame size"}
_PMD_BITS = ((0x4000, "10BASE-T hdx"), (0x2000, "10BASE-T fdx"), (0x1000, "100BASE-T4"),
             (0x0800, "100BASE-TX hdx"), (0x0400, "100BASE-TX fdx"), (0x0200, "100BASE-T2 hdx"),
             (0x0100, "100BASE-T2 fdx"), (0x0080, "Pause for fdx links"),
             (0x0040, "Asym PAUSE for fdx"), (0x0020, "Sym PAUSE for fdx"),
             (0x0010, "Asym and Sym PAUSE for fdx"), (0x0008, "1000BASE-{X LX SX CX} hdx"),
             (0x0004, "1000BASE-{X LX SX CX} fdx"), (0x0002, "1000BASE-T hdx"),
             (0x0001, "1000BASE-T fdx"))
_MAU_TYPES = ("Unknown", "AUI", "10BASE_5", "FOIRL", "10BASE2", "10BASET duplex mode unknown",
              "10BASEFP", "10BASEFB", "10BASEFL duplex mode unknown", "10BROAD36",
              "10BASET hdx", "10BASET fdx", "10BASEFL hdx", "10BASEFL fdx", "100BASET4",
              "100BASETX hdx", "100BASETX fdx", "100BASEFX hdx", "100BASEFX fdx",
              "100BASET2 hdx", "100BASET2 fdx", "1000BASEX hdx", "1000BASEX fdx",
              "1000BASELX hdx", "1000BASELX fdx", "1000BASESX hdx", "1000BASESX fdx",
              "1000BASECX hdx", "1000BASECX fdx", "1000BASET hdx", "1000BASET fdx",
              "10GBASEX", "10GBASELX4", "10GBASER", "10GBASEER", "10GBASELR", "10GBASESR",
              "10GBASEW", "10GBASEEW", "10GBASELW", "10GBASESW")


@dataclass(slots=True)
class LldpTlv:
    type: int = 0
    length: int = 0
    value: bytes = b""


@dataclass(slots=True)
class LldpRecord(Layer, proto="lldp"):
    length: int = 0
    tlvs: list[LldpTlv] = field(default_factory=list)
    cut: bool = False          # the last TLV's header was read but its value runs past the unit
    tail_cut: bool = False     # the capture ended between TLVs, before the unit's end


def decode_lldp(data: bytes, length: int, ctx: Context) -> LldpRecord:
    rec = LldpRecord(length=length)
    avail = min(len(data), length)
    o = 0
    while True:
        if avail - o < 2:
            if length - o >= 2:
                rec.tail_cut = True
                rec.stop = TRUNCATED
            break
        hdr = (data[o] << 8) | data[o + 1]
        t, n = hdr >> 9, hdr & 0x1FF
        o += 2
        tlv = LldpTlv(type=t, length=n)
        rec.tlvs.append(tlv)
        if o + n > avail:
            rec.cut = True
            rec.stop = TRUNCATED
            break
        tlv.value = bytes(data[o:o + n])
        o += n
        if t == 0 or n == 0:
            break
    return rec


def safe_text(b: bytes, to_nul: bool = False) -> str:
    """Bytes as tcpdump prints untrusted text: ``M-`` for high bytes, ``^X`` for controls
    (``to_nul``: stop at the first NUL, as tcpdump does for some fields)."""
    if to_nul:
        b = b.split(b"\0", 1)[0]
    out = []
    for c in b:
        s = ""
        if c >= 0x80:
            s = "M-"
            c &= 0x7F
        if c < 0x20 or c == 0x7F:
            s += "^" + chr(c ^ 0x40)
        else:
            s += chr(c)
        out.append(s)
    return "".join(out)


def hex_lines(b: bytes, indent: str = "\n\t  ") -> str:
    """tcpdump's offset + hex lines (no ASCII column), each starting with ``indent``."""
    out = []
    for off in range(0, len(b), 16):
        chunk = b[off:off + 16]
        words = " ".join(chunk[i:i + 2].hex() for i in range(0, len(chunk), 2))
        out.append(f"{indent}0x{off:04x}:  {words}")
    return "".join(out)


def _bits(value: int, table: tuple[tuple[int, str], ...], empty: str = "none") -> str:
    names = [name for bit, name in table if value & bit]
    return ", ".join(names) if names else empty


class _Cut(Exception):
    """Raised inside the formatter when a TLV's value is shorter than a field."""


def _netaddr(v: bytes, ctx: Context) -> str:
    """An address-family byte plus address, as the chassis/port id prints it."""
    if not v:
        raise _Cut
    afi = v[0]
    addr = v[1:]
    name = _AFI.get(afi, "Unknown")
    if afi == 1:
        if len(addr) < 4:
            raise _Cut
        return f"AFI {name} ({afi}): {ipaddr_string(addr[:4], ctx.opts)}"
    if afi == 2:
        if len(addr) < 16:
            raise _Cut
        return f"AFI {name} ({afi}): {ip6addr_string(addr[:16], ctx.opts)}"
    return f"AFI {name} ({afi}), no AF printer !"


def _id_tlv(v: bytes, names: dict[int, str], mac: int, net: int, ctx: Context) -> str:
    if len(v) < 2:
        raise _Cut
    st = v[0]
    out = f"\n\t  Subtype {names.get(st, 'Unknown')} ({st}): "
    if st == mac:
        if len(v) < 7:
            raise _Cut
        return out + etheraddr(v[1:7])
    if st == net:
        try:
            return out + _netaddr(v[1:], ctx)
        except _Cut:
            raise _CutWith(out) from None
    if st in names:
        return out + safe_text(v[1:])
    return out + hex_lines(v)


class _CutWith(_Cut):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


def _mgmt_tlv(v: bytes, ctx: Context) -> str:
    if len(v) < 1:
        raise _Cut
    alen = v[0]
    if alen < 1 or len(v) < 1 + alen:
        raise _Cut
    out = f"\n\t  Management Address length {alen}, " + _netaddr(v[1:1 + alen], ctx)
    o = 1 + alen
    if len(v) < o + 6:
        raise _CutWith(out)
    numbering = v[o]
    idx = int.from_bytes(v[o + 1:o + 5], "big")
    out += (f"\n\t  {_NUMBERING.get(numbering, 'Unknown')} Interface Numbering "
            f"({numbering}): {idx}")
    oid_len = v[o + 5]
    o += 6
    if oid_len:
        if len(v) < o + oid_len:
            raise _CutWith(out)
        out += f"\n\t  OID length {oid_len}" + safe_text(v[o:o + oid_len], True)
    return out


def _link_agg(b: bytes) -> str:
    status = _bits(b[0], ((0x01, "supported"), (0x02, "enabled")))
    return f"\n\t    aggregation status [{status}], aggregation port ID {int.from_bytes(b[1:5], 'big')}"


def _org_8021(st: int, v: bytes) -> tuple[str, bool]:
    """Text of an IEEE 802.1 subtype body, and whether tcpdump hex-dumps it."""
    body = v[4:]
    if st == 1:
        return ("" if len(body) < 2 else
                f"\n\t    port vlan id (PVID): {(body[0] << 8) | body[1]}"), False
    if st == 2:
        if len(body) < 3:
            return "", False
        flags = _bits(body[0], ((0x02, "supported"), (0x04, "enabled")))
        return (f"\n\t    port and protocol vlan id (PPVID): {(body[1] << 8) | body[2]}, "
                f"flags [{flags}] (0x{body[0]:02x})"), False
    if st == 3:
        if len(body) < 3:
            return "", False
        nlen = body[2]
        return (f"\n\t    vlan id (VID): {(body[0] << 8) | body[1]}"
                f"\n\t    vlan name: {safe_text(body[3:3 + nlen])}"), False
    if st == 4:
        if len(body) < 1:
            return "", False
        return f"\n\t    protocol identity: {safe_text(body[1:1 + body[0]], True)}", False
    if st == 7:
        return ("" if len(body) < 5 else _link_agg(body)), False
    dcb = _DCB.get(st)
    if dcb is not None:
        need, fn = dcb
        return ("" if len(body) < need else fn(body)), False
    return "", st not in _8021_SUBTYPES


_I = "\n\t    "


def _prio_bits(title: str, b: int) -> str:
    return (f"{_I}{title}\n\t     Priority : " + "  ".join(str(i) for i in range(8))
            + "\n\t     Value    : " + "".join(f"{(b >> i) & 1}  " for i in range(8)))


def _table(title: str, head: str, vals: list[int]) -> str:
    pad = " " * (len(head) - len("Value"))
    return (f"{_I}{title}\n\t     {head}: " + "   ".join(str(i) for i in range(8))
            + f"\n\t     Value{pad}: " + " ".join(f"{v:<3}" for v in vals))


def _ets_tables(b: bytes) -> str:
    prio = [x for byte in b[1:5] for x in (byte >> 4, byte & 0x0F)]
    return (_table("Priority Assignment Table", "Priority ", prio)
            + _table("TC Bandwidth Table", "TC%   ", list(b[5:13]))
            + _table("TSA Assignment Table", "Traffic Class", list(b[13:21])))


def _ets_config(b: bytes) -> str:
    f = b[0]
    return (f"{_I}Willing:{f >> 7}, CBS:{f >> 6}, RES:{(f >> 3) & 7}, Max TCs:{f & 7}"
            + _ets_tables(b))


def _ets_reco(b: bytes) -> str:
    return f"{_I}RES: {b[0]}" + _ets_tables(b)


def _pfc(b: bytes) -> str:
    f = b[0]
    return (f"{_I}Willing: {f >> 7}, MBC: {(f >> 6) & 1}, RES: {(f >> 4) & 3}, PFC cap:{f & 0x0F} "
            + _prio_bits("PFC Enable", b[1]))


def _cn(b: bytes) -> str:
    return _prio_bits("Pre-Priority CNPV Indicator", b[0]) + _prio_bits("Pre-Priority Ready Indicator", b[1])


def _app(b: bytes) -> str:
    out = f"{_I}RES: {b[0]}"
    entries = b[1:]
    if entries and len(entries) % 3 == 0:
        out += f"{_I}Application Priority Table"
        for i in range(0, len(entries), 3):
            e = entries[i]
            out += (f"\n\t      Priority: {e >> 5}, RES: {(e >> 3) & 3}, Sel: {e & 7}, "
                    f"Protocol ID: {(entries[i + 1] << 8) | entries[i + 2]}")
    return out


_EVB_MODES = ("Not Supported", "EVB Bridge", "EVB Station", "Reserved for future Standardization")


def _evb(b: bytes) -> str:
    br, sta = b[0], b[1]
    return (f"{_I}EVB Bridge Status\n\t      RES: {br >> 3}, BGID: {(br >> 2) & 1}, "
            f"RRCAP: {(br >> 1) & 1}, RRCTR: {br & 1}"
            f"{_I}EVB Station Status\n\t      RES: {sta >> 3}, SGID: {(sta >> 2) & 1}, "
            f"RRREQ: {(sta >> 1) & 1},RRSTAT: {sta & 3}"
            f"{_I}R: {b[2] >> 5}, RTE: {b[2] & 0x1F}, EVB Mode: {_EVB_MODES[b[3] >> 6]} [{b[3] >> 6}]"
            f"{_I}ROL: {(b[3] >> 5) & 1}, RWD: {b[3] & 0x1F}, RES: {b[4] >> 6}, "
            f"ROL: {(b[4] >> 5) & 1}, RKA: {b[4] & 0x1F}")


def _cdcp(b: bytes) -> str:
    w = int.from_bytes(b[0:4], "big")
    out = f"{_I}Role: {w >> 31}, RES: {(w >> 28) & 7}, Scomp: {(w >> 27) & 1} ChnCap: {w & 0x0FFF}"
    for i in range(4, len(b) - 2, 3):
        v = int.from_bytes(b[i:i + 3], "big")
        out += f"{_I}SCID: {v >> 12}, SVID: {v & 0x0FFF}"
    return out


_DCB: dict[int, tuple[int, Callable[[bytes], str]]] = {
    8: (2, _cn), 9: (21, _ets_config), 10: (21, _ets_reco), 11: (2, _pfc), 12: (1, _app),
    13: (5, _evb), 14: (4, _cdcp),
}


def _org_8023(st: int, v: bytes) -> tuple[str, bool]:
    body = v[4:]
    if st == 1:
        if len(body) < 5:
            return "", False
        pmd = (body[1] << 8) | body[2]
        mau = (body[3] << 8) | body[4]
        mau_name = _MAU_TYPES[mau] if mau < len(_MAU_TYPES) else "unknown"
        return (f"\n\t    autonegotiation [{_bits(body[0], ((0x01, 'supported'), (0x02, 'enabled')))}]"
                f" (0x{body[0]:02x})"
                f"\n\t    PMD autoneg capability [{_bits(pmd, _PMD_BITS, 'unknown')}] (0x{pmd:04x})"
                f"\n\t    MAU type {mau_name} (0x{mau:04x})"), False
    if st == 2:
        if len(body) < 3:
            return "", False
        sup = _bits(body[0], ((0x01, "PSE"), (0x02, "supported"), (0x04, "enabled"),
                              (0x08, "can be controlled")))
        pair = {1: "signal", 2: "spare"}.get(body[1], "unknown")
        cls = f"class{body[2] - 1}" if 1 <= body[2] <= 5 else "unknown"
        return (f"\n\t    MDI power support [{sup}], power pair {pair}, "
                f"power class {cls}"), False
    if st == 3:
        return ("" if len(body) < 5 else _link_agg(body)), False
    if st == 4:
        return ("" if len(body) < 2 else f"\n\t    MTU size {(body[0] << 8) | body[1]}"), False
    return "", st not in _8023_SUBTYPES


def _org_tlv(v: bytes, ctx: Context) -> tuple[str, bool]:
    if len(v) < 3:
        raise _Cut
    oui = int.from_bytes(v[:3], "big")
    out = f": OUI {_OUIS.get(oui, 'Unknown')} (0x{oui:06x})"
    if oui not in (0x0080C2, 0x00120F, 0x00005E):
        return out, True
    if len(v) < 4:
        return out, False
    st = v[3]
    if oui == 0x0080C2:
        name = _8021_SUBTYPES.get(st, "unknown")
        body, dump = _org_8021(st, v)
    elif oui == 0x00120F:
        name = _8023_SUBTYPES.get(st, "unknown")
        body, dump = _org_8023(st, v)
    else:
        name = "MUD-URL" if st == 1 else "unknown"
        body, dump = (f"\n\t  MUD-URL={safe_text(v[4:])}", False) if st == 1 else ("", True)
    return out + f"\n\t  {name} Subtype ({st})" + body, dump


def _tlv_text(tlv: LldpTlv, ctx: Context) -> tuple[str, bool]:
    """The text after a TLV's header line, and whether to hex-dump the value (with -v)."""
    t, v = tlv.type, tlv.value
    if t == 1:
        return _id_tlv(v, _CHASSIS_SUBTYPES, 4, 5, ctx), False
    if t == 2:
        return _id_tlv(v, _PORT_SUBTYPES, 3, 4, ctx), False
    if t == 3:
        if len(v) < 2:
            raise _Cut
        return f": TTL {(v[0] << 8) | v[1]}s", False
    if t in (4, 5):
        return ": " + safe_text(v), False
    if t == 6:
        return "\n\t  " + safe_text(v), False
    if t == 7:
        if len(v) < 4:
            raise _Cut
        sc, ec = (v[0] << 8) | v[1], (v[2] << 8) | v[3]
        return (f"\n\t  System  Capabilities [{_bits(sc, _CAPS)}] (0x{sc:04x})"
                f"\n\t  Enabled Capabilities [{_bits(ec, _CAPS)}] (0x{ec:04x})"), False
    if t == 8:
        return _mgmt_tlv(v, ctx), False
    if t == 127:
        return _org_tlv(v, ctx)
    return "", True


def format_lldp(rec: LldpRecord, ctx: Context) -> str:
    verbose = ctx.opts.verbose
    out = [f"LLDP, length {rec.length}"]
    last = len(rec.tlvs) - 1
    for i, tlv in enumerate(rec.tlvs):
        cut = rec.cut and i == last
        if not verbose:
            if cut:
                out.append(" [|lldp]")
            elif tlv.type == 5:
                out.append(": " + safe_text(tlv.value))
            continue
        name = _TLV_NAMES.get(tlv.type, "Unknown")
        out.append(f"\n\t{name} TLV ({tlv.type}), length {tlv.length}")
        if cut:
            out.append(" [|lldp]")
            break
        if tlv.type == 0 or tlv.length == 0:
            break
        try:
            text, dump = _tlv_text(tlv, ctx)
        except _CutWith as e:
            out.append(e.text + " [|lldp]")
            return "".join(out)
        except _Cut:
            out.append(" [|lldp]")
            return "".join(out)
        out.append(text)
        if verbose > 1 or dump:
            out.append(hex_lines(tlv.value))
    if rec.tail_cut:
        out.append(" [|lldp]")
    return "".join(out)
