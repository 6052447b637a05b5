"""VRRP v2 (RFC 3768) and v3 (RFC 5798): IP protocol 112, over IPv4 and IPv6.

tcpdump names the enclosing TTL when it is not 255 (the value RFC 3768
requires).  The walker's context carries no TTL today; ``ctx.ttl`` is used
when present, else 255 is assumed.  With ``-v`` the checksum is verified
(v2: over the unit; v3: with the IP pseudo-header) when all of it was
captured, and the virtual addresses and a simple password are listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._addr import ip6addr_string, ipaddr_string
from ._base import TRUNCATED, Context, Layer, stopped
from ._rtr import U16, printjnp, pseudo_cksum
from .ip import in_cksum

__all__ = ["VrrpRecord", "decode_vrrp", "format_vrrp"]

_AUTH = {0: "none", 1: "simple", 2: "ah"}


@dataclass(slots=True)
class VrrpRecord(Layer, proto="vrrp"):
    version: int = -1
    type: int = -1
    ttl: int = 255
    vrid: int = -1
    priority: int = -1
    naddrs: int = -1
    auth_type: int = -1
    interval: int = -1           # seconds (v2) or centiseconds (v3)
    length: int = 0
    checksum: int = -1
    checksum_ok: bool | None = None
    addrs: list[bytes] = field(default_factory=list)
    auth: bytes | None = None
    ip6: bool = False


def decode_vrrp(data: bytes, length: int, ctx: Context) -> VrrpRecord:
    rec = VrrpRecord(length=length, ttl=ctx.ttl, ip6=ctx.ip_version == 6)
    n = len(data)
    if n < 1:
        return stopped(rec)
    rec.version, rec.type = data[0] >> 4, data[0] & 0x0F
    v = rec.version
    if v not in (2, 3) or rec.type != 1:
        return rec
    if n < 3:
        rec.stop = TRUNCATED
        if n > 1:
            rec.vrid = data[1]
        return rec
    rec.vrid, rec.priority = data[1], data[2]
    if n < 6:
        rec.stop = TRUNCATED
        if v == 2 and n == 5:
            rec.auth_type = data[4]
        return rec
    if v == 2:
        rec.auth_type, rec.interval = data[4], data[5]
    else:
        rec.interval = ((data[4] & 0x0F) << 8) | data[5]
    if not ctx.opts.verbose:
        return rec
    rec.naddrs = data[3]
    if n >= length:
        if n >= 8:
            rec.checksum = U16.unpack_from(data, 6)[0]
        if v == 2:
            rec.checksum_ok = in_cksum(bytes(data[:length])) == 0
        else:
            rec.checksum_ok = pseudo_cksum(data, length, 112, ctx) == 0
    size = 16 if rec.ip6 else 4
    off = 8
    for _ in range(rec.naddrs):
        if off + size > n:
            return stopped(rec)
        rec.addrs.append(bytes(data[off:off + size]))
        off += size
    if v == 2 and rec.auth_type == 1:
        chunk = bytes(data[off:off + 8])
        rec.auth = chunk
        if len(chunk) < 8 and b"\0" not in chunk:
            rec.stop = TRUNCATED
    return rec


def format_vrrp(rec: VrrpRecord, ctx: Context) -> str:
    if rec.version < 0:
        return "VRRP [|vrrp]"
    v = rec.version
    tname = "Advertisement" if rec.type == 1 else f"unknown type ({rec.type})"
    out = f"VRRPv{v}, {tname}"
    if rec.ttl != 255:
        out += f", (ttl {rec.ttl})"
    if v not in (2, 3) or rec.type != 1:
        return out
    if rec.priority < 0:
        return out + " [|vrrp]"
    out += f", vrid {rec.vrid}, prio {rec.priority}"
    if rec.interval < 0:
        if rec.auth_type >= 0:
            out += f", authtype {_AUTH.get(rec.auth_type, f'#{rec.auth_type}')}"
        return out + " [|vrrp]"
    if v == 2:
        out += f", authtype {_AUTH.get(rec.auth_type, f'#{rec.auth_type}')}, intvl {rec.interval}s, length {rec.length}"
    else:
        out += f", intvl {rec.interval}cs, length {rec.length}"
    if not ctx.opts.verbose:
        return out
    if rec.checksum_ok is False:
        if rec.checksum < 0:        # the checksum field itself lies past the unit's end
            return out + " [|vrrp]"
        out += f", (bad vrrp cksum {rec.checksum:x})"
    out += ", addrs"
    if rec.naddrs > 1:
        out += f"({rec.naddrs})"
    out += ":"
    o = ctx.opts
    sep = " "
    for a in rec.addrs:
        out += sep + (ip6addr_string(a, o) if rec.ip6 else ipaddr_string(a, o))
        sep = ","
    if len(rec.addrs) < rec.naddrs:
        return out + " [|vrrp]"
    if rec.auth is not None:
        out += ' auth "' + printjnp(rec.auth)
        if rec.stop == TRUNCATED:
            return out + " [|vrrp]"
        out += '"'
    return out
