"""RIP version 1 (RFC 1058) and version 2 (RFC 2453, authentication RFC 4822):
UDP port 520; RIPng (RFC 2080): UDP port 521.

Without ``-v`` one line (version, command, length); with ``-v`` the route
entries (v2 also its authentication entries); ``-vv`` adds a hex dump of the
whole message.  Each entry is kept as ``(kind, values)`` in ``entries``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

from ._addr import ip6addr_string, ipaddr_string
from ._base import TRUNCATED, Context, Layer, stopped
from ._dump import hex_dump
from ._rtr import printjnp

__all__ = ["RipRecord", "decode_rip", "format_rip", "RipngRecord", "decode_ripng",
           "format_ripng"]

_V1 = struct.Struct("!HH4sIII")     # family mbz1 dest mbz2 mbz3 metric
_V2 = struct.Struct("!HH4sI4sI")
_CRYPTO = struct.Struct("!HBBIII")
_CMDS = {1: "Request", 2: "Response", 3: "Trace on", 4: "Trace off", 5: "Poll", 6: "Poll Entry"}
_AFS = {2: "IPv4", 6: "NS", 7: "ISO", 16: "Appletalk", 23: "IPX", 24: "IPv6", 28: "IPv6",
        30: "IPv6"}


@dataclass(slots=True)
class _RipHeader(Layer):
    """The fields RIP and RIPng messages share: the 2 header bytes read, the
    UDP payload's length and the ``-v`` count the text depends on."""

    command: int = -1
    version: int = -1
    length: int = 0
    verbose: int = 0


@dataclass(slots=True)
class RipRecord(_RipHeader, proto="rip"):
    entries: list[tuple[str, Any]] = field(default_factory=list)
    end: str = ""                # "trunc", "abort" (the capture ends inside a string:
                                 # nothing more printed), "short" (remaining < entry size)
    short: tuple[int, int] = (0, 0)
    raw: bytes = b""             # the message as captured (for the hex dumps)


def _mask2plen(m: int) -> int:
    for plen in range(32, -1, -1):
        if ((0xFFFFFFFF << (32 - plen)) & 0xFFFFFFFF) == m:
            return plen
    return -1


def decode_rip(data: bytes, length: int, ctx: Context) -> RipRecord:
    rec = RipRecord(length=length, verbose=ctx.opts.verbose)
    avail = min(len(data), length)
    if avail < 4:
        rec.stop = TRUNCATED
        rec.end = "trunc"
        return rec
    rec.command, rec.version = data[0], data[1]
    rec.raw = bytes(data[:length])
    if rec.version == 0 or not rec.verbose or rec.command not in (1, 2) \
            or rec.version not in (1, 2):
        return rec
    left = avail - 4
    p = 4
    while left:
        size = _entry_v1(data, p, left, rec) if rec.version == 1 else _entry_v2(data, p, left, rec)
        if size <= 0:
            rec.end = rec.end or "trunc"
            return stopped(rec)
        if left < size:
            rec.end = "short"
            rec.short = (left, size)
            return rec
        p += size
        left -= size
    return rec


def _entry_v1(d: bytes, p: int, left: int, rec: RipRecord) -> int:
    if left < 20 or p + 20 > len(d):
        return 0
    fam, mbz1, dest, mbz2, mbz3, metric = _V1.unpack_from(d, p)
    if fam not in (0, 2):
        rec.entries.append(("af", (fam, bytes(d[p + 4:p + 20]), True)))
    elif mbz1 or mbz2 or mbz3:
        rec.entries.append(("raw", bytes(d[p:p + 20])))
    else:
        rec.entries.append(("v1", (fam, dest, metric)))
    return 20


def _entry_v2(d: bytes, p: int, left: int, rec: RipRecord) -> int:
    if left < 4 or p + 4 > len(d):
        return 0
    fam, tag = struct.unpack_from("!HH", d, p)
    if fam == 0xFFFF:
        q, rem = p + 4, left - 4
        if tag == 2:
            chunk = bytes(d[q:q + 16])
            rec.entries.append(("simple", chunk))
            if len(chunk) < 16 and b"\0" not in chunk:
                rec.end = "abort"
                return -1
        elif tag == 3:
            if q + 16 > len(d) or rem < 16:
                return 0
            plen, key, alen, seq, mbz1, mbz2 = _CRYPTO.unpack_from(d, q)
            rec.entries.append(("crypto", (plen, key, alen, seq, mbz1, mbz2)))
        elif tag == 1:
            rec.entries.append(("trailer", bytes(d[q:q + rem])))
            return 4 + rem
        else:
            rec.entries.append(("unknown_auth", (tag, bytes(d[q:q + rem]))))
            return 4 + rem
    elif fam not in (0, 2):
        rec.entries.append(("af", (fam, bytes(d[p + 4:p + 20]), False)))
    else:
        if p + 20 > len(d) or left < 20:
            return 0
        _, tag, dest, mask, router, metric = _V2.unpack_from(d, p)
        rec.entries.append(("v2", (fam, tag, dest, mask, router, metric)))
    return 20


def _entry_text(kind: str, v: Any, ctx: Context) -> str:
    o = ctx.opts
    if kind == "af":
        fam, body, v1 = v
        name = _AFS.get(fam, f"Unknown ({fam})")
        return (f"\n\t AFI {name}, " if v1 else f"\n\t  AFI {name}") + hex_dump(body, "\n\t  ")
    if kind == "raw":
        return hex_dump(v, "\n\t  ")
    if kind == "v1":
        fam, dest, metric = v
        return ("\n\t  AFI 0, " if fam == 0 else "\n\t  ") + \
            f"{ipaddr_string(dest, o)}, metric: {metric}"
    if kind == "simple":
        return "\n\t  Simple Text Authentication data: " + printjnp(v)
    if kind == "crypto":
        plen, key, alen, seq, m1, m2 = v
        return (f"\n\t  Auth header: Packet Len {plen}, Key-ID {key}, Auth Data Len {alen}, "
                f"SeqNo {seq}, MBZ {m1}, MBZ {m2}")
    if kind == "trailer":
        return "\n\t  Auth trailer:" + hex_dump(v, "\n\t  ")
    if kind == "unknown_auth":
        return f"\n\t  Unknown ({v[0]}) Authentication data:" + hex_dump(v[1], "\n\t  ")
    fam, tag, dest, mask, router, metric = v
    afn = _AFS.get(fam, str(fam))
    nh = ipaddr_string(router, o) if router != b"\0\0\0\0" else "self"
    return (f"\n\t  AFI {afn}, {ipaddr_string(dest, o):>15}/{_mask2plen(mask):<2d}, "
            f"tag 0x{tag:04x}, metric: {metric}, next-hop: {nh}")


def format_rip(rec: RipRecord, ctx: Context) -> str:
    if rec.version < 0:
        return " [|rip]"
    v = rec.verbose
    out = [f"{chr(10) + chr(9) if v else ''}RIPv{rec.version}"]
    if rec.version == 0:
        out.append(hex_dump(rec.raw, "\n\t"))
        return "".join(out)
    out.append(f", {_CMDS.get(rec.command, f'unknown command ({rec.command})')}, "
               f"length: {rec.length}")
    if not v:
        return "".join(out)
    if rec.command in (1, 2):
        if rec.version == 1:
            out.append(f", routes: {rec.length // 20}")
        elif rec.version == 2:
            out.append(f", routes: {rec.length // 20} or less")
        else:
            out.append(", unknown version")
        for kind, val in rec.entries:
            out.append(_entry_text(kind, val, ctx))
        if rec.end in ("trunc", "abort"):
            out.append(" [|rip]")
        if rec.end == "abort":
            return "".join(out)
        elif rec.end == "short":
            out.append(f" [remaining entries length {rec.short[0]} < {rec.short[1]}] (invalid)")
    elif rec.command not in (4, 5, 6) and v <= 1:
        out.append(hex_dump(rec.raw, "\n\t"))
    if v > 1:
        out.append(hex_dump(rec.raw, "\n\t"))
    return "".join(out)


# --- RIPng (RFC 2080): UDP port 521 --------------------------------------------------

@dataclass(slots=True)
class RipngRecord(_RipHeader, proto="ripng"):
    dump: bool = False           # a request for the whole table
    # (prefix, prefix length, route tag, metric) per entry read
    entries: list[tuple[bytes, int, int, int]] = field(default_factory=list)
    count: int = 0               # entries the length allows
    invalid: bool = False        # the length leaves a partial entry (or the header is bad)


_RTE6 = struct.Struct("!16sHBB")


def decode_ripng(data: bytes, length: int, ctx: Context) -> RipngRecord:
    rec = RipngRecord(length=length, verbose=ctx.opts.verbose)
    n = len(data)
    if n < 2:
        rec.stop = TRUNCATED
        if n:
            rec.command = data[0]
        return rec
    rec.command, rec.version = data[0], data[1]
    if rec.version != 1 or rec.command not in (1, 2):
        rec.invalid = True
        return rec
    if length < 4:
        rec.invalid = True
        return rec
    left = length - 4
    rec.count = left // 20
    if rec.command == 1 and rec.count == 1:
        if n < 24:
            rec.stop = TRUNCATED        # the metric is read first
            return rec
        if data[23] == 16 and not any(data[4:20]):
            rec.dump = True
            return rec
    p = 4
    while left >= 20:
        if p + 20 > n:
            if p + 19 <= n:       # the metric, read last, is cut
                dest, tag, plen = struct.unpack_from("!16sHB", data, p)
                rec.entries.append((dest, tag, plen, -1))
            return stopped(rec)
        rec.entries.append(_RTE6.unpack_from(data, p))
        p += 20
        left -= 20
    rec.invalid = left != 0
    return rec


def format_ripng(rec: RipngRecord, ctx: Context) -> str:
    if rec.version < 0:
        return " [|ripng]"
    if rec.version != 1:
        return f" [vers {rec.version}] (invalid)"
    c = rec.command
    if c not in (1, 2):
        return f" ripng-{c} ?? {rec.length} (invalid)"
    if rec.length < 4:
        return " (invalid)"
    if rec.dump:
        return " ripng-req dump"
    if rec.stop == TRUNCATED and not rec.entries and rec.count == 1 and c == 1:
        return " [|ripng]"
    name = "ripng-req" if c == 1 else "ripng-resp"
    exact = rec.count * 20 == rec.length - 4
    out = [f" {name} {rec.count}:" if exact else f" {name} {rec.count}[{rec.length}]:"]
    sep = "\n\t" if rec.verbose > 1 else " "
    for dest, tag, plen, metric in rec.entries:
        s = f"{sep}{ip6addr_string(dest, ctx.opts)}/{plen}"
        if tag:
            s += f" [{tag}]"
        if metric > 0 and c == 2:
            s += f" ({metric})"
        out.append(s)
    if rec.stop == TRUNCATED:
        if not rec.entries or rec.entries[-1][3] >= 0:
            out.append(sep)
        out.append(" [|ripng]")
    elif rec.invalid:
        out.append(" (invalid)")
    return "".join(out)
