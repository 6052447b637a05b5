"""PIM (RFC 7761 sparse mode, RFC 3973 dense mode, RFC 5015 bidir, RFC 5059
bootstrap): IP protocol 103; and PIM version 1 as carried in IGMP (type 0x14).

Without ``-v`` tcpdump prints one line (version, message type, length).
With ``-v`` PIMv2 messages are decoded: the checksum is verified (IPv4: over
the message; IPv6: with the pseudo-header; Register: over the first 8 bytes,
then over the whole message), then the message body.  A Register's inner
packet is handed back to the walker (``inner``), which prints it as IP or
IPv6.

The record keeps the body as ``items``: ``(name, value)`` pairs in wire order
(encoded addresses as :class:`EncAddr`); a pair whose value is ``None`` is a
field whose label tcpdump prints before the capture (or the declared length)
ran out.  :func:`format_pim` renders them.

:func:`pimv1_body` decodes a PIMv1 message for the IGMP printer (tcpdump prints
it after ``"igmp pimv1"``); the IGMP module does not call it yet.  Cisco's Auto-RP
(UDP port 496, printed by tcpdump's PIM printer too) is :func:`decode_autorp`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from ._addr import ip6addr_string, ipaddr_string
from ._base import MALFORMED, TRUNCATED, Context, Layer, Options, ends_before, stopped
from ._dump import hex_dump
from ._rtr import U16, U32, Short, pseudo_cksum, relts
from .ip import in_cksum

__all__ = ["PimRecord", "EncAddr", "decode_pim", "format_pim", "pimv1_body", "pimv1_text",
           "AutoRpRecord", "decode_autorp", "format_autorp"]

_V2_TYPES = {0: "Hello", 1: "Register", 2: "Register Stop", 3: "Join / Prune", 4: "Bootstrap",
             5: "Assert", 6: "Graft", 7: "Graft Acknowledgement",
             8: "Candidate RP Advertisement", 9: "Prune Refresh", 10: "DF Election",
             11: "ECMP Redirect"}
_OPTS = {1: "Hold Time", 2: "LAN Prune Delay", 18: "DR Priority (Old)", 19: "DR Priority",
         20: "Generation ID", 21: "State Refresh Capability", 22: "Bi-Directional Capability",
         24: "Address List", 65001: "Address List (Old)"}
_DF = {1: "Offer", 2: "Winner", 3: "Backoff", 4: "Pass"}
_V1_TYPES = {0: "Query", 1: "Register", 2: "Register-Stop", 3: "Join/Prune",
             4: "RP-reachable", 5: "Assert", 6: "Graft", 7: "Graft-ACK"}


@dataclass(slots=True)
class EncAddr:
    """An encoded address: ``kind`` "u" (unicast), "g" (group) or "s" (source)."""

    kind: str = "u"
    family: int = 4
    addr: bytes = b""
    mask_len: int = -1
    flags: int = 0


@dataclass(slots=True)
class PimRecord(Layer, proto="pim"):
    version: int = -1
    type: int = -1
    length: int = 0
    verbose: bool = False
    addr_len: int = -1           # the v2 header's address length (RFC 2117 encoding when set)
    subtype: int = -1
    checksum: int = -1
    checksum_status: str = ""    # "correct", "incorrect", "unverified"
    err: str = ""                # "len2", "len4": message shorter than its header
    items: list[tuple[str, Any]] = field(default_factory=list)


class _Cut(Exception):
    """The declared length or the capture ends: tcpdump's ``[|pimv2]``."""


class _R:
    """Bounded reads over the unit (the capture and the declared length)."""

    __slots__ = ("d", "n")

    def __init__(self, d: bytes, n: int) -> None:
        self.d = d
        self.n = n

    def u8(self, o: int) -> int:
        if o >= len(self.d):
            raise _Cut
        return self.d[o]

    def u16(self, o: int) -> int:
        if o + 2 > len(self.d):
            raise _Cut
        return int(U16.unpack_from(self.d, o)[0])

    def u32(self, o: int) -> int:
        if o + 4 > len(self.d):
            raise _Cut
        return int(U32.unpack_from(self.d, o)[0])

    def need(self, o: int, left: int, k: int) -> bytes:
        """``k`` bytes at ``o``, which the unit (``left`` bytes) and the capture must hold."""
        if left < k:
            raise _Cut
        return self.raw(o, k)

    def raw(self, o: int, k: int) -> bytes:
        if o + k > len(self.d):
            raise _Cut
        return bytes(self.d[o:o + k])


def _addr(r: _R, o: int, left: int, kind: str, alen: int) -> tuple[EncAddr, int]:
    """One encoded address at ``o`` (``left`` bytes of the message remain)."""
    hdr = 0
    if alen == 0:
        if left < 2:
            raise _Cut
        af = r.u8(o)
        if af not in (1, 2) or r.u8(o + 1) != 0:
            raise _Cut
        fam, size = (4, 4) if af == 1 else (6, 16)
        hdr = 2
    elif alen in (4, 16):
        fam, size = (4, 4) if alen == 4 else (6, 16)
    else:
        raise _Cut
    o += hdr
    left -= hdr
    if kind == "u":
        if left < size:
            raise _Cut
        return EncAddr("u", fam, r.raw(o, size)), hdr + size
    if left < size + 2:
        raise _Cut
    b = r.raw(o, size + 2)
    return EncAddr(kind, fam, b[2:], b[1], b[0]), hdr + 2 + size


def _ends_before(rec: PimRecord, data: bytes, length: int, need: int) -> bool:
    """:func:`ends_before`, with error ``len<need>`` when the message's length is short."""
    short = ends_before(rec, data, length, need)
    if short and rec.stop == MALFORMED:
        rec.err = f"len{need}"
    return short


def decode_pim(data: bytes, length: int, ctx: Context) -> PimRecord:
    rec = PimRecord(length=length, verbose=bool(ctx.opts.verbose))
    if not data:
        return stopped(rec)
    rec.version, rec.type = data[0] >> 4, data[0] & 0x0F
    if rec.version != 2 or not ctx.opts.verbose:
        return rec
    if _ends_before(rec, data, length, 2):
        return rec
    rec.addr_len = data[1] & 0x0F
    rec.subtype = data[1] >> 4
    if _ends_before(rec, data, length, 4):
        return rec
    rec.checksum = U16.unpack_from(data, 2)[0]
    rec.checksum_status = _checksum(data, length, rec, ctx)
    r = _R(data, length)
    try:
        _BODIES.get(rec.type, _unknown)(r, 4, length - 4, rec, ctx)
    except (_Cut, Short):
        rec.stop = TRUNCATED
    return rec


def _checksum(data: bytes, length: int, rec: PimRecord, ctx: Context) -> str:
    if rec.checksum == 0:
        return "unverified"

    def check(span: int) -> str:
        if len(data) < span:
            return "unverified"
        if ctx.ip_version == 6:
            c = pseudo_cksum(data, span, 103, ctx)
        elif ctx.ip_version == 4:
            c = in_cksum(bytes(data[:span]))
        else:
            return "unverified"
        return "incorrect" if c else "correct"

    if rec.type == 1:
        st = check(8)
        return check(length) if st == "incorrect" else st
    return check(length)


_Body = Callable[[_R, int, int, PimRecord, Context], None]


def _unknown(r: _R, o: int, left: int, rec: PimRecord, ctx: Context) -> None:
    rec.items.append(("type", rec.type))


def _hello(r: _R, o: int, left: int, rec: PimRecord, ctx: Context) -> None:
    items = rec.items
    while left > 0:
        if left < 4:
            raise _Cut
        ot, ol = r.u16(o), r.u16(o + 2)
        o += 4
        left -= 4
        if left < ol:
            items.append(("option", (ot, ol, None, None, False)))
            raise _Cut
        val = r.raw(o, ol) if o + ol <= len(r.d) else None
        if val is None:
            items.append(("option", (ot, ol, None, None, False)))
            raise _Cut
        bad = (ot == 1 and ol != 2) or (ot in (2, 20, 21) and ol != 4) or \
            (ot in (18, 19) and ol not in (0, 4))
        addrs: list[EncAddr] | None = None
        cut = False
        if ot in (24, 65001) and ctx.opts.verbose > 1:
            addrs = []
            p, plen = o, left
            try:
                while p < o + ol:
                    a, adv = _addr(r, p, plen, "u", rec.addr_len)
                    addrs.append(a)
                    p += adv
                    plen -= adv
            except _Cut:
                cut = True
        items.append(("option", (ot, ol, val, addrs, cut)))
        if bad:
            rec.stop = MALFORMED
            return
        if cut:
            raise _Cut
        o += ol
        left -= ol


def _register(r: _R, o: int, left: int, rec: PimRecord, ctx: Context) -> None:
    if left < 4:
        raise _Cut
    rec.items.append(("flags", r.u32(o)))
    o += 4
    left -= 4
    if left == 0:
        raise _Cut
    v = r.u8(o) >> 4
    if v == 0:
        rec.items.append(("null_header", (r.raw(o + 12, 4), r.raw(o + 16, 4))))
    elif v == 4:
        rec.items.append(("inner", 4))
        rec.inner = ("ethertype", 0x0800, o)
    elif v == 6:
        rec.items.append(("inner", 6))
        rec.inner = ("ethertype", 0x86DD, o)
    else:
        rec.items.append(("ip_version", v))


def _time(r: _R, o: int, items: list[tuple[str, Any]], name: str) -> None:
    """A 16-bit time whose label tcpdump prints before reading it: when it is cut
    the item is ``None`` (the label alone) and decoding stops."""
    try:
        v = r.u16(o)
    except _Cut:
        items.append((name, None))
        raise
    items.append((name, v))


def _put_addr(r: _R, o: int, left: int, rec: PimRecord, name: str, kind: str,
              index: int = -1) -> tuple[int, int]:
    """Decode an encoded address into ``rec.items`` under ``name``; the offset and the length
    left after it."""
    try:
        a, adv = _addr(r, o, left, kind, rec.addr_len)
    except _Cut:
        rec.items.append((name, (index, None) if index >= 0 else None))
        raise
    rec.items.append((name, (index, a) if index >= 0 else a))
    return o + adv, left - adv


def _register_stop(r: _R, o: int, left: int, rec: PimRecord, ctx: Context) -> None:
    o, left = _put_addr(r, o, left, rec, "group", "g")
    _put_addr(r, o, left, rec, "source", "u")


def _join_prune(r: _R, o: int, left: int, rec: PimRecord, ctx: Context) -> None:
    ack = rec.type == 7
    if not ack:
        o, left = _put_addr(r, o, left, rec, "upstream_neighbor", "u")
    r.need(o, left, 4)
    ngroup, hold = r.u8(o + 1), r.u16(o + 2)
    rec.items.append(("groups", ngroup))
    if not ack:
        rec.items.append(("holdtime", hold))
    o += 4
    left -= 4
    for i in range(ngroup):
        o, left = _put_addr(r, o, left, rec, "group_n", "g", i + 1)
        r.need(o, left, 4)
        nj, np_ = r.u16(o), r.u16(o + 2)
        rec.items.append(("sources", (nj, np_)))
        o += 4
        left -= 4
        for name, count in (("joined", nj), ("pruned", np_)):
            for j in range(count):
                o, left = _put_addr(r, o, left, rec, name, "s", j + 1)


def _bootstrap(r: _R, o: int, left: int, rec: PimRecord, ctx: Context) -> None:
    it = rec.items
    if left < 2:
        raise _Cut
    it.append(("tag", r.u16(o)))
    o += 2
    left -= 2
    if left < 1:
        raise _Cut
    it.append(("hashmlen", r.u8(o)))
    if left < 2:
        raise _Cut
    r.u8(o + 2)
    it.append(("bsr_prio", r.u8(o + 1)))
    o += 2
    left -= 2
    o, left = _put_addr(r, o, left, rec, "bsr", "u")
    i = 0
    while left > 0:
        o, left = _put_addr(r, o, left, rec, "bsr_group", "g", i)
        if left < 1:
            raise _Cut
        it.append(("rp_count", r.u8(o)))
        if left < 2:
            raise _Cut
        frp = r.u8(o + 1)
        it.append(("frp_count", frp))
        if left < 4:
            raise _Cut
        o += 4
        left -= 4
        j = 0
        while j < frp and left > 0:
            o, left = _put_addr(r, o, left, rec, "bsr_rp", "u", j)
            if left < 2:
                raise _Cut
            _time(r, o, it, "rp_holdtime")
            if left < 3:
                raise _Cut
            it.append(("rp_prio", r.u8(o + 2)))
            if left < 4:
                raise _Cut
            o += 4
            left -= 4
            j += 1
        it.append(("group_end", i))
        i += 1


def _assert(r: _R, o: int, left: int, rec: PimRecord, ctx: Context) -> None:
    o, left = _put_addr(r, o, left, rec, "group", "g")
    o, left = _put_addr(r, o, left, rec, "src", "u")
    r.need(o, left, 8)
    w = r.u32(o)
    rec.items.append(("rpt", bool(w & 0x80000000)))
    rec.items.append(("pref", w & 0x7FFFFFFF))
    rec.items.append(("metric", r.u32(o + 4)))


def _candidate_rp(r: _R, o: int, left: int, rec: PimRecord, ctx: Context) -> None:
    it = rec.items
    if left < 1:
        raise _Cut
    cnt = r.u8(o)
    it.append(("prefix_count", cnt))
    if left < 2:
        raise _Cut
    it.append(("prio", r.u8(o + 1)))
    if left < 4:
        raise _Cut
    _time(r, o + 2, it, "crp_holdtime")
    o += 4
    left -= 4
    o, left = _put_addr(r, o, left, rec, "rp", "u")
    i = 0
    while i < cnt and left > 0:
        o, left = _put_addr(r, o, left, rec, "crp_group", "g", i)
        i += 1


def _prune_refresh(r: _R, o: int, left: int, rec: PimRecord, ctx: Context) -> None:
    for name, kind in (("src", "u"), ("grp", "g"), ("forwarder", "u")):
        o, left = _put_addr(r, o, left, rec, name, kind)
    if left < 2:
        raise _Cut
    _time(r, o, rec.items, "tunr")


def _df_election(r: _R, o: int, left: int, rec: PimRecord, ctx: Context) -> None:
    st = rec.subtype
    it = rec.items
    it.append(("df_subtype", st))
    o, left = _put_addr(r, o, left, rec, "rpa", "u")
    it.append(("sender_pref", r.u32(o)))
    it.append(("sender_metric", r.u32(o + 4)))
    o += 8
    left -= 8
    if st in (3, 4):
        o, left = _put_addr(r, o, left, rec, "df_addr", "u", st)
        it.append(("df_pref", (st, r.u32(o))))
        it.append(("df_metric", (st, r.u32(o + 4))))
        o += 8
        if st == 3:
            it.append(("interval", r.u16(o)))


_BODIES: dict[int, _Body] = {
    0: _hello, 1: _register, 2: _register_stop, 3: _join_prune, 4: _bootstrap, 5: _assert,
    6: _join_prune, 7: _join_prune, 8: _candidate_rp, 9: _prune_refresh, 10: _df_election,
}


# --- text -----------------------------------------------------------------------

def _a(a: EncAddr | None, o: Options) -> str:
    if a is None:
        return ""
    if a.family == 4:
        s = ipaddr_string(a.addr, o)
        full = 32
    else:
        s = ip6addr_string(a.addr, o)
        full = 128
    if a.kind == "u":
        return s
    if a.mask_len != full:
        s += f"/{a.mask_len}"
    if a.flags:
        f = a.flags
        if a.kind == "g":
            s += f"(0x{f:02x})"
        else:
            s += "(" + ("S" if f & 4 else "") + ("W" if f & 2 else "") + ("R" if f & 1 else "")
            if f & 0xF8:
                s += f"+0x{f & 0xF8:02x}"
            s += ")"
    return s


def _ia(v: tuple[int, EncAddr | None], o: Options) -> str:
    return _a(v[1], o)


def _pbo(st: int) -> str:
    return "offer" if st == 3 else "new winner"


def _t(v: int | None) -> str:
    return "" if v is None else relts(v)


_Fmt = Callable[[Any, Options], str]

_ITEMS: dict[str, _Fmt] = {
    "type": lambda v, o: f" [type {v}]",
    "flags": lambda v, o: ", Flags [ " + {0x80000000: "Border", 0x40000000: "Null"}.get(v, "none")
    + " ]\n\t",
    "null_header": lambda v, o: f"IP-Null-header {ipaddr_string(v[0], o)} > {ipaddr_string(v[1], o)}",
    "inner": lambda v, o: "",
    "ip_version": lambda v, o: f"IP ver {v}",
    "group": lambda v, o: " group=" + _a(v, o),
    "source": lambda v, o: " source=" + _a(v, o),
    "upstream_neighbor": lambda v, o: ", upstream-neighbor: " + _a(v, o),
    "groups": lambda v, o: f"\n\t  {v} group(s)",
    "holdtime": lambda v, o: ", holdtime: " + ("infinite" if v == 0xFFFF else relts(v)),
    "group_n": lambda v, o: f"\n\t    group #{v[0]}: " + _ia(v, o),
    "sources": lambda v, o: f", joined sources: {v[0]}, pruned sources: {v[1]}",
    "joined": lambda v, o: f"\n\t      joined source #{v[0]}: " + _ia(v, o),
    "pruned": lambda v, o: f"\n\t      pruned source #{v[0]}: " + _ia(v, o),
    "tag": lambda v, o: f" tag={v:x}",
    "hashmlen": lambda v, o: f" hashmlen={v}",
    "bsr_prio": lambda v, o: f" BSRprio={v}",
    "bsr": lambda v, o: " BSR=" + _a(v, o),
    "bsr_group": lambda v, o: f" (group{v[0]}: " + _ia(v, o),
    "rp_count": lambda v, o: f" RPcnt={v}",
    "frp_count": lambda v, o: f" FRPcnt={v}",
    "bsr_rp": lambda v, o: f" RP{v[0]}=" + _ia(v, o),
    "rp_holdtime": lambda v, o: ",holdtime=" + _t(v),
    "rp_prio": lambda v, o: f",prio={v}",
    "group_end": lambda v, o: ")",
    "src": lambda v, o: " src=" + _a(v, o),
    "rpt": lambda v, o: " RPT" if v else "",
    "pref": lambda v, o: f" pref={v}",
    "metric": lambda v, o: f" metric={v}",
    "prefix_count": lambda v, o: f" prefix-cnt={v}",
    "prio": lambda v, o: f" prio={v}",
    "crp_holdtime": lambda v, o: " holdtime=" + _t(v),
    "rp": lambda v, o: " RP=" + _a(v, o),
    "crp_group": lambda v, o: f" Group{v[0]}=" + _ia(v, o),
    "grp": lambda v, o: " grp=" + _a(v, o),
    "forwarder": lambda v, o: " forwarder=" + _a(v, o),
    "tunr": lambda v, o: " TUNR " + _t(v),
    "df_subtype": lambda v, o: f"\n\t  {_DF.get(v, 'Unknown')},",
    "rpa": lambda v, o: " rpa=" + _a(v, o),
    "sender_pref": lambda v, o: f" sender pref={v}",
    "sender_metric": lambda v, o: f" sender metric={v}",
    "df_addr": lambda v, o: f"\n\t  {_pbo(v[0])} addr=" + _ia(v, o),
    "df_pref": lambda v, o: f" {_pbo(v[0])} pref={v[1]}",
    "df_metric": lambda v, o: f" {_pbo(v[0])} metric={v[1]}",
    "interval": lambda v, o: f" interval {v}ms",
}


def _option(v: tuple[int, int, bytes | None, list[EncAddr] | None, bool],
            opts: Options) -> str:
    ot, ol, val, addrs, last_cut = v
    out = f"\n\t  {_OPTS.get(ot, 'Unknown')} Option ({ot}), length {ol}, Value: "
    if val is None:
        return out
    vv = opts.verbose > 1
    if ot == 1:
        if ol != 2:
            return out + f"[option length {ol} != 2] (invalid)"
        out += relts(U16.unpack_from(val, 0)[0])
    elif ot == 2:
        if ol != 4:
            return out + f"[option length {ol} != 4] (invalid)"
        d, ov = U16.unpack_from(val, 0)[0], U16.unpack_from(val, 2)[0]
        out += (f"\n\t    T-bit={1 if d & 0x8000 else 0}, LAN delay {d & 0x7FFF}ms, "
                f"Override interval {ov}ms")
    elif ot in (18, 19):
        if ol == 0:
            out += "Bi-Directional Capability (Old)"
        elif ol == 4:
            out += str(U32.unpack_from(val, 0)[0])
        else:
            return out + f"[option length {ol} != 4] (invalid)"
    elif ot == 20:
        if ol != 4:
            return out + f"[option length {ol} != 4] (invalid)"
        out += f"0x{U32.unpack_from(val, 0)[0]:08x}"
    elif ot == 21:
        if ol != 4:
            return out + f"[option length {ol} != 4] (invalid)"
        out += f"v{val[0]}"
        if val[1]:
            out += ", interval " + relts(val[1])
        w = U16.unpack_from(val, 2)[0]
        if w:
            out += f" ?0x{w:04x}?"
    elif ot == 22:
        pass
    elif ot in (24, 65001):
        if addrs is not None:
            out += "".join("\n\t    " + _a(a, opts) for a in addrs)
            if last_cut:
                return out + "\n\t    "
    elif not vv:
        out += hex_dump(val, "\n\t    ")
    if vv:
        out += hex_dump(val, "\n\t    ")
    return out


def format_pim(rec: PimRecord, ctx: Context) -> str:
    if rec.version < 0:
        return " [|pim]"
    v = rec.version
    if v != 2:
        return f"PIMv{v}, length {rec.length}"
    tname = _V2_TYPES.get(rec.type, "Unknown Type")
    if not rec.verbose:
        return f"PIMv2, {tname}, length {rec.length}"
    out = f"PIMv2, length {rec.length}\n\t{tname}"
    if rec.err == "len2":
        return out + f"[length {rec.length} < 2] (invalid)"
    if rec.addr_len < 0:
        return out + " [|pimv2]"
    if rec.addr_len:
        out += ", RFC2117-encoding"
    if rec.err == "len4":
        return out + f"[length {rec.length} < 4] (invalid)"
    if rec.checksum < 0:
        return out + " [|pimv2]"
    out += f", cksum 0x{rec.checksum:04x} ({rec.checksum_status})"
    o = ctx.opts
    cut = rec.stop == TRUNCATED
    items = rec.items
    parts = [out]
    for name, value in items:
        if name == "option":
            parts.append(_option(value, o))
        else:
            parts.append(_ITEMS[name](value, o))
    if cut:
        parts.append(" [|pimv2]")
    return "".join(parts)


# --- PIMv1 (inside IGMP) ----------------------------------------------------------

def pimv1_body(data: bytes, length: int, ctx: Context) -> tuple[list[tuple[str, Any]], bool]:
    """A PIMv1 message (from its IGMP header on) as ``(items, truncated)``."""
    items: list[tuple[str, Any]] = []
    r = _R(data, length)
    verbose = ctx.opts.verbose
    try:
        t = r.u8(1)
        items.append(("v1_type", t))
        if t == 0:
            if len(data) > 8:
                items.append(("v1_mode", data[8] >> 4))
            if verbose:
                _time(r, 10, items, "v1_holdtime")
        elif t == 1:
            r.raw(8, 20)
            items.append(("v1_for", (r.raw(20, 4), r.raw(24, 4))))
        elif t == 2:
            items.append(("v1_for", (r.raw(8, 4), r.raw(12, 4))))
        elif t == 4:
            if verbose:
                items.append(("v1_group", r.raw(8, 4)))
                m = r.u32(12)
                items.append(("v1_mask", r.raw(12, 4) if m != 0xFFFFFFFF else None))
                items.append(("v1_rp", r.raw(16, 4)))
                _time(r, 22, items, "v1_hold")
        elif t == 5:
            src, grp = r.raw(16, 4), r.raw(8, 4)
            items.append(("v1_for", (src, grp)))
            m = r.u32(12)
            items.append(("v1_mask", r.raw(12, 4) if m != 0xFFFFFFFF else None))
            w = r.u32(20)
            items.append(("v1_assert", (bool(r.u8(20) & 0x80), w & 0x7FFFFFFF, r.u32(24))))
        elif t in (3, 6, 7):
            if verbose:
                if length < 8:
                    return items, True
                if not _v1_join_prune(data[8:], length - 8, items, verbose):
                    return items, True
        items.append(("v1_version", r.u8(4) >> 4))
    except _Cut:
        return items, True
    return items, False


def _v1_join_prune(d: bytes, length: int, items: list[tuple[str, Any]], verbose: int) -> bool:
    r = _R(d, length)
    if len(d) >= 30 and d[11] == 1 and U16.unpack_from(d, 20)[0] + U16.unpack_from(d, 22)[0] == 1:
        items.append(("v1_jp_short", bytes(d[:30])))
        return True
    try:
        if length < 4:
            return False
        if len(d) < 4 and verbose > 1:
            items.append(("v1_newline", None))     # printed before the address is read
            return False
        items.append(("v1_upstream", r.raw(0, 4)))
        if length < 8:
            return False
        _time(r, 6, items, "v1_hold_time")
        if verbose < 2:
            return True
        if length < 12:
            return False
        ngroups = r.u8(11)
        o, left = 12, length - 12
        for _ in range(ngroups):
            if left < 4:
                return False
            items.append(("v1_jp_group", r.raw(o, 4)))
            if left < 8:
                return False
            m = r.raw(o + 4, 4)
            items.append(("v1_jp_mask", m if m != b"\xff\xff\xff\xff" else None))
            if left < 12:
                return False
            nj, np_ = r.u16(o + 8), r.u16(o + 10)
            items.append(("v1_jp_counts", (nj, np_)))
            o += 12
            left -= 12
            for k in range(nj + np_):
                if left < 6:
                    return False
                items.append(("v1_jp_src", (k < nj, r.u8(o), r.u8(o + 1), r.raw(o + 2, 4))))
                o += 6
                left -= 6
    except _Cut:
        return False
    return True


_V1_MODES = {0: " Dense-mode", 1: " Sparse-mode", 2: " Sparse-Dense-mode"}


def _v1_jp_short(d: bytes, o: Options) -> str:
    out = f" RPF {ipaddr_string(d[0:4], o)} "
    hold = U16.unpack_from(d, 6)[0]
    if hold != 180:
        out += "Hold " + relts(hold)
    njoin = U16.unpack_from(d, 20)[0]
    s = (f"{'Join' if njoin else 'Prune'} ({ipaddr_string(d[26:30], o)}/{d[25] & 0x3F}, "
         f"{ipaddr_string(d[12:16], o)}")
    if d[16:20] != b"\xff\xff\xff\xff":
        s += "/" + ipaddr_string(d[16:20], o)
    s += (f") {'Sparse' if d[24] & 1 else 'Dense'}{' WC' if d[25] & 0x80 else ''} "
          f"{'RP' if d[25] & 0x40 else 'SPT'}")
    return out + s


def _v1_jp_src(v: tuple[int, int, int, bytes], o: Options) -> str:
    join, b0, b1, a = v
    return (f"\n\t{'Join ' if join else 'Prune'} {'Sparse ' if b0 & 1 else 'Dense '}"
            f"{'WC ' if b1 & 0x80 else ''}{'RP ' if b1 & 0x40 else 'SPT '}"
            f"{ipaddr_string(a, o)}/{b1 & 0x3F}")


def _v1_mask(v: bytes | None, o: Options) -> str:
    return "" if v is None else "/" + ipaddr_string(v, o)


# item name -> its text, from the value and the options (-vv puts some items on new lines)
_V1_TEXT: dict[str, Callable[[Any, Options], str]] = {
    "v1_type": lambda v, o: " " + _V1_TYPES.get(v, f"[type {v}]"),
    "v1_mode": lambda v, o: _V1_MODES.get(v, f" mode-{v}"),
    "v1_holdtime": lambda v, o: " (Hold-time " + (f"{relts(v)})" if v is not None else ""),
    "v1_for": lambda v, o: f" for {ipaddr_string(v[0], o)} > {ipaddr_string(v[1], o)}",
    "v1_group": lambda v, o: " group " + ipaddr_string(v, o),
    "v1_mask": _v1_mask,
    "v1_rp": lambda v, o: f" RP {ipaddr_string(v, o)} hold ",
    "v1_hold": lambda v, o: _t(v),
    "v1_assert": lambda v, o: f" {'RP-tree' if v[0] else 'SPT'} pref {v[1]} metric {v[2]}",
    "v1_version": lambda v, o: f" [v{v}]" if v != 1 else "",
    "v1_jp_short": _v1_jp_short,
    "v1_newline": lambda v, o: "\n",
    "v1_upstream": lambda v, o: ("\n" if o.verbose > 1 else "") + " Upstream Nbr: "
                                + ipaddr_string(v, o),
    "v1_hold_time": lambda v, o: ("\n" if o.verbose > 1 else "") + " Hold time: " + _t(v),
    "v1_jp_group": lambda v, o: "\n\tGroup: " + ipaddr_string(v, o),
    "v1_jp_mask": _v1_mask,
    "v1_jp_counts": lambda v, o: f" joined: {v[0]} pruned: {v[1]}",
    "v1_jp_src": _v1_jp_src,
}


def pimv1_text(items: list[tuple[str, Any]], truncated: bool, ctx: Context) -> str:
    """tcpdump's text for :func:`pimv1_body`'s items (after ``"igmp pimv1"``)."""
    o = ctx.opts
    out = [_V1_TEXT[name](v, o) for name, v in items if name in _V1_TEXT]
    if truncated:
        out.append(" [|pimv1]")
    return "".join(out)


# --- Cisco Auto-RP (UDP port 496) ------------------------------------------------------

@dataclass(slots=True)
class AutoRpRecord(Layer, proto="autorp"):
    """Cisco Auto-RP announcements and mappings (PIM rendezvous-point discovery)."""

    type: int = -1
    rp_count: int = -1
    holdtime: int = -1
    length: int = 0
    # per RP: (address, version bits and reserved, [(flags, mask length, group)])
    rps: list[tuple[bytes, int, list[tuple[int, int, bytes]]]] = field(default_factory=list)
    cut: str = ""                # where the text stops: "", "rp", "version", "count", "entry"


def decode_autorp(data: bytes, length: int, ctx: Context) -> AutoRpRecord:
    rec = AutoRpRecord(length=length)
    n = len(data)
    if length < 8:
        return stopped(rec)
    if n > 0:
        rec.type = data[0]
    if n > 1:
        rec.rp_count = data[1]
    if n > 3:
        rec.holdtime = U16.unpack_from(data, 2)[0]
    else:
        return stopped(rec)
    o, left = 8, length - 8
    for _ in range(rec.rp_count):
        if left < 4 or o + 4 > n:
            rec.cut = "rp"
            break
        addr = bytes(data[o:o + 4])
        o += 4
        left -= 4
        if left < 1 or o >= n:
            rec.rps.append((addr, -1, []))
            rec.cut = "version"
            break
        ver = data[o]
        o += 1
        left -= 1
        entries: list[tuple[int, int, bytes]] = []
        rec.rps.append((addr, ver, entries))
        if left < 1 or o >= n:
            rec.cut = "count"
            break
        count = data[o]
        o += 1
        left -= 1
        for _ in range(count):
            if left < 6 or o + 6 > n:
                rec.cut = "entry"
                break
            entries.append((data[o], data[o + 1], bytes(data[o + 2:o + 6])))
            o += 6
            left -= 6
        if rec.cut:
            break
    if rec.cut:
        rec.stop = TRUNCATED
    return rec


_AUTORP_TYPES = {0x11: "candidate-advert", 0x12: "mapping"}
_AUTORP_VERSIONS = (" PIMv?", " PIMv1", " PIMv2", " PIMv1+2")


def format_autorp(rec: AutoRpRecord, ctx: Context) -> str:
    if rec.length < 8:
        return " [|cisco_autorp]"
    o = ctx.opts
    out = [" auto-rp "]
    if rec.type >= 0:
        out.append(_AUTORP_TYPES.get(rec.type, f"type-0x{rec.type:02x}"))
        if rec.rp_count >= 0:
            out.append(" Hold ")
            if rec.holdtime >= 0:
                out.append(relts(rec.holdtime) if rec.holdtime else "FOREVER")
    for addr, ver, entries in rec.rps:
        out.append(" RP " + ipaddr_string(addr, o))
        if ver < 0:
            break
        out.append(_AUTORP_VERSIONS[ver & 3])
        if ver & 0xFC:
            out.append(f" [rsvd=0x{ver & 0xFC:02x}]")
        sep = " "
        for flags, mlen, group in entries:
            out.append(f"{sep}{'!' if flags & 1 else ''}{ipaddr_string(group, o)}/{mlen}")
            if flags & 2:
                out.append(" bidir")
            if flags & 0xFC:
                out.append(f"[rsvd=0x{flags & 0xFC:02x}]")
            sep = ","
    if rec.stop == TRUNCATED:
        out.append(" [|cisco_autorp]")
    return "".join(out)
