"""Cisco IGRP: IP protocol 9.

``igrp: update V1 edit=2 AS=100 (1/2/0)``, the checksum with ``-v``, then each
route entry: ``*.a.b.c`` (interior), ``a.b.c.0`` (system), ``Xa.b.c.0``
(exterior) with its delay, bandwidth, reliability, load, metric, MTU and hop
count.  Entries beyond the header's counts print `` [extra bytes N]``; counts
or bytes left over print `` (invalid)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._base import TRUNCATED, Context, Layer
from ._rtr import filled

__all__ = ["IgrpRecord", "IgrpEntry", "decode_igrp", "format_igrp"]

_OPS = {1: "update", 2: "request"}
_ENTRY = 14


@dataclass(slots=True)
class IgrpEntry:
    kind: str = ""              # "interior", "system", "exterior"
    net: tuple[int, int, int] = (0, 0, 0)
    delay: int = -1             # tens of microseconds (-1: not captured)
    bandwidth: int = 0
    mtu: int = 0
    reliability: int = 0
    load: int = 0
    hops: int = 0


@dataclass(slots=True)
class IgrpRecord(Layer, proto="igrp"):
    length: int = 0
    version: int = -1
    opcode: int = -1
    edition: int = 0
    asn: int = 0
    interior: int = 0
    system: int = 0
    exterior: int = 0
    checksum: int = -1
    entries: list[IgrpEntry] = field(default_factory=list)
    extra: int = -1             # bytes past the counted entries
    invalid: bool = False


def decode_igrp(data: bytes, length: int, ctx: Context) -> IgrpRecord:
    return filled(IgrpRecord(length=length), _decode, data, length, TRUNCATED)


def _decode(rec: IgrpRecord, d: bytes, length: int) -> None:
    n = len(d)
    if n < 10:
        rec.stop = TRUNCATED
        return
    rec.version, rec.opcode = d[0] >> 4, d[0] & 0xF
    rec.edition = d[1]
    rec.asn = int.from_bytes(d[2:4], "big")
    rec.interior = nint = int.from_bytes(d[4:6], "big")
    rec.system = nsys = int.from_bytes(d[6:8], "big")
    rec.exterior = next_ = int.from_bytes(d[8:10], "big")
    if n < 12:
        rec.stop = TRUNCATED
        return
    rec.checksum = int.from_bytes(d[10:12], "big")
    left = (length - 12) % (1 << 32)     # tcpdump's unsigned length
    off = 12
    while left >= _ENTRY:
        if off + 3 > n:
            rec.stop = TRUNCATED
            return
        net = (d[off], d[off + 1], d[off + 2])
        if nint > 0:
            kind = "interior"
            nint -= 1
        elif nsys > 0:
            kind = "system"
            nsys -= 1
        elif next_ > 0:
            kind = "exterior"
            next_ -= 1
        else:
            rec.extra = left
            break
        e = IgrpEntry(kind=kind, net=net)
        rec.entries.append(e)
        if off + _ENTRY > n:
            rec.stop = TRUNCATED
            return
        e.delay = int.from_bytes(d[off + 3:off + 6], "big")
        e.bandwidth = int.from_bytes(d[off + 6:off + 9], "big")
        e.mtu = int.from_bytes(d[off + 9:off + 11], "big")
        e.reliability, e.load, e.hops = d[off + 11], d[off + 12], d[off + 13]
        off += _ENTRY
        left -= _ENTRY
    rec.invalid = bool(nint or nsys or next_ or left)


def _entry(e: IgrpEntry) -> str:
    a, b, c = e.net
    if e.kind == "interior":
        s = f" *.{a}.{b}.{c}"
    elif e.kind == "system":
        s = f" {a}.{b}.{c}.0"
    else:
        s = f" X{a}.{b}.{c}.0"
    if e.delay < 0:
        return s
    metric = min(e.bandwidth + e.delay, 0xFFFFFF)
    bw = 10000000 // e.bandwidth if e.bandwidth else 0
    return (s + f" d={10 * e.delay} b={bw} r={e.reliability} l={e.load} M={metric} "
            f"mtu={e.mtu} in {e.hops} hops")


def format_igrp(rec: IgrpRecord, ctx: Context) -> str:
    out = "igrp:"
    if rec.version < 0:
        return out + " [|igrp]"
    op = _OPS.get(rec.opcode, f"op-#{rec.opcode}")
    out += (f" {op} V{rec.version} edit={rec.edition} AS={rec.asn} "
            f"({rec.interior}/{rec.system}/{rec.exterior})")
    if rec.checksum < 0:
        return out + " [|igrp]"
    if ctx.opts.verbose:
        out += f" checksum=0x{rec.checksum:04x}"
    out += "".join(_entry(e) for e in rec.entries)
    if rec.stop == TRUNCATED:
        return out + " [|igrp]"
    if rec.extra >= 0:
        out += f" [extra bytes {rec.extra}]"
    if rec.invalid:
        out += " (invalid)"
    return out
