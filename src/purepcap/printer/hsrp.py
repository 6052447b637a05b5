"""Cisco HSRP version 0 (RFC 2281): UDP port 1985.

Only version 0 is decoded (tcpdump prints ``HSRPv<n>`` for others).  With
``-v`` the timers, the priority and the (zero-padded) password follow.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._addr import ipaddr_string
from ._base import TRUNCATED, UNKNOWN, Context, Layer, stopped
from ._rtr import printjnp, relts

__all__ = ["HsrpRecord", "decode_hsrp", "format_hsrp"]

_OPS = ("hello", "coup", "resign")
_STATES = {0: "initial", 1: "learn", 2: "listen", 4: "speak", 8: "standby", 16: "active"}


@dataclass(slots=True)
class HsrpRecord(Layer, proto="hsrp"):
    version: int = -1
    opcode: int = -1
    state: int = -1
    hellotime: int = -1
    holdtime: int = -1
    priority: int = -1
    group: int = -1
    reserved: int = -1
    auth: bytes = b""
    vip: bytes = b""
    length: int = 0
    not_hsrp: bool = False       # only the destination port selects HSRP in tcpdump


def decode_hsrp(data: bytes, length: int, ctx: Context) -> HsrpRecord:
    rec = HsrpRecord(length=length)
    if ctx.dport >= 0 and ctx.dport != 1985:
        rec.not_hsrp = True
        return stopped(rec, UNKNOWN)
    n = len(data)
    fields = ("version", "opcode", "state", "hellotime", "holdtime", "priority", "group",
              "reserved")
    for i, name in enumerate(fields):
        if i >= n:
            return stopped(rec)
        setattr(rec, name, data[i])
    rec.auth = bytes(data[8:16])
    rec.vip = bytes(data[16:20])
    if n < 20:
        rec.stop = TRUNCATED
    return rec


def format_hsrp(rec: HsrpRecord, ctx: Context) -> str:
    if rec.not_hsrp:
        return f"UDP, length {rec.length}"
    if rec.version < 0:
        return " [|hsrp]"
    out = f"HSRPv{rec.version}"
    if rec.version != 0:
        return out
    out += "-"
    if rec.opcode < 0:
        return out + " [|hsrp]"
    op = _OPS[rec.opcode] if rec.opcode < len(_OPS) else f"unknown ({rec.opcode})"
    out += f"{op} {rec.length}: "
    if rec.state < 0:
        return out + " [|hsrp]"
    out += f"state={_STATES.get(rec.state, f'Unknown ({rec.state})')} "
    if rec.group < 0:
        return out + " [|hsrp]"
    out += f"group={rec.group} "
    if rec.reserved < 0:
        return out + " [|hsrp]"
    if rec.reserved:
        out += f"[reserved={rec.reserved}!] "
    if len(rec.vip) < 4:
        return out + " [|hsrp]"
    out += "addr=" + ipaddr_string(rec.vip, ctx.opts)
    if ctx.opts.verbose:
        out += (f" hellotime={relts(rec.hellotime)} holdtime={relts(rec.holdtime)}"
                f" priority={rec.priority} auth=\"{printjnp(rec.auth)}\"")
    return out
