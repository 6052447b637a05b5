"""IGMP v1/v2/v3 (RFC 1112, RFC 2236, RFC 3376) and mtrace: IP protocol 2.

tcpdump picks the query version from the unit's length (v3 from 12 bytes
on), and the v1/v2 query from the max-response field (0: v1).  v3 reports list
their group records with ``-v`` and the records' sources with ``-vv``; v3
queries print a source count, or the sources with ``-vv``.  Auxiliary data
lengths in v3 group records are not used to find the next record (tcpdump
steps 8 + 4 * sources bytes), and we print the same way.  With ``-v`` the
checksum over the whole unit is verified when all of it was captured.

DVMRP (type 0x13) rides on IGMP too: its neighbor lists, prunes and grafts
are printed; Probe and Report bodies (``-v``) are not decoded.  PIMv1 (0x14):
message names, Query and RP-reachable fields; the other bodies are not decoded
(``stop = UNKNOWN``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ._addr import ipaddr_string
from ._base import TRUNCATED, UNKNOWN, Context, Layer, Options, stopped
from ._rtr import relts

__all__ = ["IgmpRecord", "IgmpGroup", "decode_igmp", "format_igmp", "inet_cksum_ok"]

_V3_RECORD_TYPES = {1: "is_in", 2: "is_ex", 3: "to_in", 4: "to_ex", 5: "allow", 6: "block"}


@dataclass(slots=True)
class IgmpGroup:
    rtype: int = 0
    nsrcs: int = 0
    group: bytes = b""
    sources: list[bytes] = field(default_factory=list)


@dataclass(slots=True)
class IgmpRecord(Layer, proto="igmp"):
    type: int = -1
    code: int = -1               # max response time / code
    cksum: int = -1
    group: bytes = b""
    length: int = 0
    cksum_ok: bool | None = None  # None: not verified (no -v, or not all captured)
    # v3 query
    qflags: int = -1             # S flag and QRV
    qqic: int = -1
    nsrcs: int = -1
    sources: list[bytes] = field(default_factory=list)
    # v3 report
    ngroups: int = -1
    groups: list[IgmpGroup] = field(default_factory=list)
    # mtrace
    mt_src: bytes = b""
    mt_dst: bytes = b""
    mt_resp: bytes = b""
    mt_ttl: int = -1
    mt_qid: int = -1
    # DVMRP (type 0x13, code = DVMRP message type): the bytes after the 8-byte header;
    # PIMv1 (type 0x14, code = PIM message type): the whole unit
    dvmrp: bytes = b""
    dv_minor: int = -1
    dv_major: int = -1
    # where text stops: "" (complete), "trunc", "sources" (bad source count),
    # "groups" (bad group count), "len" (bad unit length)
    err: str = ""


def inet_cksum_ok(b: bytes) -> bool:
    """True if the Internet checksum over ``b`` (checksum field included) verifies."""
    if len(b) & 1:
        b = bytes(b) + b"\0"
    s = int.from_bytes(b, "big")
    # folding the big integer by 16-bit words: sum of words mod 0xffff
    total = 0
    while s:
        total += s & 0xFFFFFFFFFFFFFFFF
        s >>= 64
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return total == 0xFFFF


def _trunc(rec: IgmpRecord) -> IgmpRecord:
    rec.stop = TRUNCATED
    rec.err = "trunc"
    return rec


def decode_igmp(data: bytes, length: int, ctx: Context) -> IgmpRecord:
    rec = IgmpRecord(length=length)
    n = len(data)
    if n < 1:
        return _trunc(rec)
    t = rec.type = data[0]
    if n >= 2:
        rec.code = data[1]
    if n >= 4:
        rec.cksum = (data[2] << 8) | data[3]
    if ctx.opts.verbose and not ctx.opts.no_checksum and n >= length:
        rec.cksum_ok = inet_cksum_ok(data[:length])
    if t == 0x11:
        if length >= 12:
            return _decode_v3_query(data, length, rec)
        if n < 8:
            return _trunc(rec)
        rec.group = bytes(data[4:8])
    elif t in (0x12, 0x16, 0x17):
        if n < 8:
            return _trunc(rec)
        rec.group = bytes(data[4:8])
    elif t == 0x22:
        return _decode_v3_report(data, length, rec)
    elif t in (0x1E, 0x1F):
        if length < 24:
            rec.err = "len"
            return rec
        if n < 24:
            return _trunc(rec)
        rec.group = bytes(data[4:8])
        rec.mt_src, rec.mt_dst = bytes(data[8:12]), bytes(data[12:16])
        rec.mt_resp = bytes(data[16:20])
        rec.mt_ttl = data[20]
        rec.mt_qid = int.from_bytes(data[21:24], "big")
    elif t == 0x13:
        rec.dvmrp = bytes(data[8:length]) if n >= 8 else b""
        if rec.code not in (4, 6, 7, 8, 9) or n < 8:
            rec.stop = UNKNOWN
        if n >= 8:
            rec.dv_minor, rec.dv_major = data[6], data[7]
    elif t == 0x14:
        rec.dvmrp = bytes(data[:length])
        if rec.code not in (0, 4):
            rec.stop = UNKNOWN
    return rec


def _decode_v3_query(data: bytes, length: int, rec: IgmpRecord) -> IgmpRecord:
    if length & 3:
        rec.err = "len"
        return rec
    n = len(data)
    if n < 8:
        return _trunc(rec)
    rec.group = bytes(data[4:8])
    if not any(rec.group):
        return rec
    if n < 12:
        return _trunc(rec)
    rec.qflags, rec.qqic = data[8], data[9]
    nsrcs = rec.nsrcs = (data[10] << 8) | data[11]
    if length < 12 + 4 * nsrcs:
        rec.err = "sources"
        return rec
    avail = min(nsrcs, (n - 12) // 4)
    rec.sources = [bytes(data[12 + 4 * i:16 + 4 * i]) for i in range(avail)]
    if avail < nsrcs:
        rec.stop = TRUNCATED   # the count is known; the list is cut
    return rec


def _decode_v3_report(data: bytes, length: int, rec: IgmpRecord) -> IgmpRecord:
    if length < 16 or length & 3:
        rec.err = "len"
        return rec
    n = len(data)
    if n < 8:
        return _trunc(rec)
    ngroups = rec.ngroups = (data[6] << 8) | data[7]
    off = 8
    for _ in range(ngroups):
        if length < off + 8:
            rec.err = "groups"
            return rec
        if n < off + 8:
            return _trunc(rec)
        g = IgmpGroup(rtype=data[off], nsrcs=(data[off + 2] << 8) | data[off + 3],
                      group=bytes(data[off + 4:off + 8]))
        rec.groups.append(g)
        if length < off + 8 + 4 * g.nsrcs:
            rec.err = "sources"
            return rec
        s = off + 8
        avail = min(g.nsrcs, max(0, (n - s) // 4))
        g.sources = [bytes(data[s + 4 * i:s + 4 + 4 * i]) for i in range(avail)]
        if avail < g.nsrcs:
            return stopped(rec)
        off = s + 4 * g.nsrcs
    return rec


_DVMRP_NAMES = {1: "Probe", 2: "Report", 3: "Ask-neighbors(old)", 4: "Neighbors(old)",
                5: "Ask-neighbors2", 6: "Neighbors2", 7: "Prune", 8: "Graft", 9: "Graft-ACK"}
_DVMRP_NBR_FLAGS = ((0x01, "/tunnel"), (0x02, "/srcrt"), (0x40, "/querier"),
                    (0x20, "/disabled"), (0x10, "/down"))


def _dvmrp_text(rec: IgmpRecord, ctx: Context) -> str:
    """DVMRP as tcpdump prints it inside IGMP (Probe and Report bodies not decoded)."""
    name = _DVMRP_NAMES.get(rec.code)
    if name is None:
        return f" [type {rec.code}]"
    out = " " + name
    b, ip = rec.dvmrp, ctx.opts
    if rec.code in (7, 8, 9):
        # printed field by field: a cut shows what came before it
        if len(b) < 4:
            return out + " [|dvmrp]"
        out += f" src {ipaddr_string(b[0:4], ip)}"
        if len(b) < 8:
            return out + " [|dvmrp]"
        out += f" grp {ipaddr_string(b[4:8], ip)}"
        if rec.code == 7:
            out += " timer "
            if len(b) < 12:
                return out + " [|dvmrp]"
            out += relts(int.from_bytes(b[8:12], "big"))
        return out
    if rec.code == 6:
        out += f" (v {rec.dv_major}.{rec.dv_minor}):"
    if rec.code in (4, 6):
        return out + _dvmrp_neighbors(b, ip, rec.code == 6)
    return out


def _dvmrp_neighbors(b: bytes, ip: Options, v2: bool) -> str:
    """The entries of Neighbors (code 4) or Neighbors2 (``v2``, code 6, with
    neighbor flags): a local address, metric, threshold, and its neighbors."""
    out = ""
    o = 0
    size = 8 if v2 else 7
    while len(b) - o >= size:
        local, metric, thresh, ncount = b[o:o + 4], b[o + 4], b[o + 5], b[o + size - 1]
        ftext = "".join(t for bit, t in _DVMRP_NBR_FLAGS if b[o + 6] & bit) if v2 else ""
        o += size
        for _ in range(ncount):
            if len(b) - o < 4:
                return out + " [|dvmrp]"
            out += (f" [{ipaddr_string(local, ip)} -> {ipaddr_string(b[o:o + 4], ip)}"
                    f"{' ' if v2 else ', '}({metric}/{thresh}{ftext})]")
            o += 4
    return out


def _mrt_v3(code: int) -> str:
    if code < 128:
        tenths = code
    else:
        tenths = ((code & 0x0F) | 0x10) << (((code >> 4) & 0x07) + 3)
    if tenths < 600:
        return f"{tenths / 10:.1f}s"
    return relts(tenths // 10)


def _sources(srcs: list[bytes], count: int, ctx: Context, cut: bool) -> str:
    if ctx.opts.verbose > 1:
        text = " {" + "".join(" " + ipaddr_string(s, ctx.opts) for s in srcs)
        return text + " [|igmp]" if cut else text + " }"
    return f", {count} source(s)"


def format_igmp(rec: IgmpRecord, ctx: Context) -> str:
    if ctx.opts.quiet:
        return "igmp"
    out = _format_body(rec, ctx)
    if rec.cksum_ok is False and rec.err != "trunc" and rec.stop != TRUNCATED:
        out += f" bad igmp cksum {rec.cksum:x}!"
    return out


def _format_body(rec: IgmpRecord, ctx: Context) -> str:
    t = rec.type
    if t < 0:
        return " [|igmp]"
    opts = ctx.opts
    if t == 0x11:
        if rec.length >= 12:
            return _format_v3(rec, ctx, "igmp query v3", rec.code, _v3_query)
        out = "igmp query v1" if rec.code == 0 else "igmp query v2"
        if rec.code not in (0, 100):
            out += f" [max resp time {rec.code}]"
        if rec.err == "trunc":
            return out + " [|igmp]"
        if any(rec.group):
            out += f" [gaddr {ipaddr_string(rec.group, opts)}]"
        if rec.length != 8:
            out += f" [len {rec.length}]"
        return out
    if t in (0x12, 0x16, 0x17):
        if rec.err == "trunc":
            return " [|igmp]"
        name = {0x12: "igmp v1 report ", 0x16: "igmp v2 report ", 0x17: "igmp leave "}[t]
        out = name + ipaddr_string(rec.group, opts)
        if t == 0x12 and rec.length != 8:
            out += f" [len {rec.length}]"
        return out
    if t == 0x22:
        return _format_v3(rec, ctx, "igmp v3 report", rec.ngroups, _v3_report)
    if t in (0x1E, 0x1F):
        if rec.err == "len":
            return f" [invalid len {rec.length}]"
        if rec.err == "trunc":
            return " [|igmp]"
        out = (f"{'mresp' if t == 0x1E else 'mtrace'} {rec.mt_qid}: "
               f"{ipaddr_string(rec.mt_src, opts)} to {ipaddr_string(rec.mt_dst, opts)} "
               f"reply-to {ipaddr_string(rec.mt_resp, opts)}")
        if 224 <= rec.mt_resp[0] <= 239:
            out += f" with-ttl {rec.mt_ttl}"
        return out
    if t == 0x13:
        return "igmp dvmrp" + _dvmrp_text(rec, ctx)
    if t == 0x14:
        from . import pim
        items, truncated = pim.pimv1_body(rec.dvmrp, rec.length, ctx)
        return "igmp pimv1" + pim.pimv1_text(items, truncated, ctx)
    return f"igmp-{t}"


def _format_v3(rec: IgmpRecord, ctx: Context, out: str, first: int,
               rest: Callable[[IgmpRecord, Context, str], str]) -> str:
    """An IGMPv3 query or report: ``out`` its name, ``first`` its first field
    (-1 where not captured), ``rest`` the text of what follows."""
    if rec.err == "len":
        return out + f" [invalid len {rec.length}]"
    if first < 0:
        return out + " [|igmp]"
    return rest(rec, ctx, out)


def _v3_query(rec: IgmpRecord, ctx: Context, out: str) -> str:
    if rec.code != 100:
        out += f" [max resp time {_mrt_v3(rec.code)}]"
    if rec.err == "trunc" and not rec.group:
        return out + " [|igmp]"
    if not any(rec.group):
        return out
    out += f" [gaddr {ipaddr_string(rec.group, ctx.opts)}"
    if rec.err == "trunc":
        return out + " [|igmp]"
    if rec.err == "sources":
        return out + " [invalid number of sources]]"
    if rec.nsrcs == 0:
        return out + "]"
    cut = rec.stop == TRUNCATED
    if cut and ctx.opts.verbose <= 1:
        return out + f", {rec.nsrcs} source(s)]"
    text = _sources(rec.sources, rec.nsrcs, ctx, cut)
    return out + text + ("" if cut else "]")


def _v3_report(rec: IgmpRecord, ctx: Context, out: str) -> str:
    out += f", {rec.ngroups} group record(s)"
    verbose = ctx.opts.verbose
    if not verbose:
        return out
    opts = ctx.opts
    last = len(rec.groups) - 1
    for i, g in enumerate(rec.groups):
        name = _V3_RECORD_TYPES.get(g.rtype) or f" [v3-report-#{g.rtype}]"
        out += f" [gaddr {ipaddr_string(g.group, opts)} {name}"
        if i == last and rec.err == "sources":
            return out + f" [invalid number of sources {g.nsrcs}]"
        cut = i == last and rec.stop == TRUNCATED
        if verbose > 1:
            out += _sources(g.sources, g.nsrcs, ctx, cut)
            if cut:
                return out
            out += "]"
        else:
            out += f", {g.nsrcs} source(s)]"
    if rec.err == "groups":
        out += " [invalid number of groups]"
    elif rec.err == "trunc":
        out += " [|igmp]"
    return out
