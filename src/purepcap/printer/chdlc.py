"""Cisco HDLC (DLT_C_HDLC, 104): a 4-byte header (address, control, protocol).

With ``-e`` tcpdump prints ``"bcast, ethertype OSI (0xfefe), length N: "``.
The protocol picks what follows: IPv4, IPv6 and MPLS continue through the
Ethernet-type table, OSI (0xfefe; a "fudge" octet may precede the NLPID)
through the OSI printer (``isis.py``, under the GRE key 0x00fe), and SLARP
(0x8035) is printed here (``"SLARP (length: 20), keepalive: ..."``).  Any
other protocol is ``"unknown CHDLC protocol (0x....)"``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._addr import ipaddr
from ._base import TRUNCATED, Context, Layer, stopped
from ._dump import hex_dump
from .link import ethertype_text

__all__ = ["ChdlcRecord", "decode_chdlc", "format_chdlc"]

_CAST = {0x0F: "unicast", 0x8F: "bcast"}
_FOLLOW = (0x0800, 0x86DD, 0x8847, 0x8848)


@dataclass(slots=True)
class ChdlcRecord(Layer, proto="chdlc"):
    length: int = 0
    address: int | None = None
    protocol: int | None = None
    slarp: bytes | None = None     # the SLARP message (captured part), for 0x8035
    osi: bool = False


def decode_chdlc(data: bytes, length: int, ctx: Context) -> ChdlcRecord:
    rec = ChdlcRecord(length=length)
    if length < 4 or len(data) < 4:
        return stopped(rec)
    rec.address = data[0]
    rec.protocol = p = (data[2] << 8) | data[3]
    if p in _FOLLOW:
        rec.inner = ("ethertype", p, 4)
    elif p == 0xFEFE:
        rec.osi = True
        if length - 4 < 2 or len(data) < 6:
            return stopped(rec)
        rec.inner = ("ethertype", 0x00FE, 5 if data[5] in (0x81, 0x82, 0x83) else 4)
    elif p == 0x8035:
        rec.slarp = bytes(data[4:length])
    return rec


def _slarp(cp: bytes, n: int, verbose: int) -> str:
    out = [f"SLARP (length: {n}), "]
    if n < 14 or len(cp) < 14:
        return out[0] + " [|chdlc_slarp]"
    code = int.from_bytes(cp[0:4], "big")
    base = 0        # tcpdump's pointer, moved past the fixed part when it reads the uptime
    if code == 0:
        out.append("request")
    elif code == 1:
        out.append(f"reply {ipaddr(cp[4:8])}/{ipaddr(cp[8:12])}")
    elif code == 2:
        out.append(f"keepalive: mineseen=0x{int.from_bytes(cp[4:8], 'big'):08x}, "
                   f"yourseen=0x{int.from_bytes(cp[8:12], 'big'):08x}, "
                   f"reliability=0x{int.from_bytes(cp[12:14], 'big'):04x}")
        if n >= 18:
            if len(cp) < 18:
                return "".join(out) + " [|chdlc_slarp]"
            base = 14
            sec = int.from_bytes(cp[14:18], "big") // 1000
            mins, sec = divmod(sec, 60)
            hrs, mins = divmod(mins, 60)
            days, hrs = divmod(hrs, 24)
            out.append(f", link uptime={days}d{hrs}h{mins}m{sec}s")
    else:
        out.append(f"0x{code:02x} unknown")
        if verbose <= 1:
            out.append(hex_dump(cp[4:n], "\n\t"))
    if n > 18 and verbose:
        out.append(f", (trailing junk: {n - 18} bytes)")
    if verbose > 1:
        out.append(hex_dump(cp[base + 4:base + n], "\n\t"))
    return "".join(out)


def format_chdlc(rec: ChdlcRecord, ctx: Context) -> str:
    o = ctx.opts
    if rec.protocol is None or rec.address is None:
        return " [|chdlc]"
    p = rec.protocol
    out = []
    if o.link_header:
        cast = _CAST.get(rec.address, f"0x{rec.address:02x}")
        out.append(f"{cast}, {ethertype_text(p)}, length {rec.length}: ")
    if rec.stop == TRUNCATED:
        out.append(" [|chdlc]")
    elif rec.slarp is not None:
        out.append(_slarp(rec.slarp, rec.length - 4, o.verbose))
    elif rec.inner is None and not o.link_header:
        out.append(f"unknown CHDLC protocol (0x{p:04x})")
    return "".join(out)
