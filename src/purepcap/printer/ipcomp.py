"""IP Payload Compression (RFC 3173): IP protocol 108.

``IPComp(cpi=0x1234)``; the compressed payload is not decoded (tcpdump 4.99.3
stops there too).
"""

from __future__ import annotations

from dataclasses import dataclass

from ._base import TRUNCATED, Context, Layer

__all__ = ["IpcompRecord", "decode_ipcomp", "format_ipcomp"]


@dataclass(slots=True)
class IpcompRecord(Layer, proto="ipcomp"):
    length: int = 0
    next_header: int = -1
    flags: int = -1
    cpi: int = -1


def decode_ipcomp(data: bytes, length: int, ctx: Context) -> IpcompRecord:
    rec = IpcompRecord(length=length)
    d = bytes(data)
    if len(d) >= 2:
        rec.next_header, rec.flags = d[0], d[1]
    if len(d) < 4:
        rec.stop = TRUNCATED
        return rec
    rec.cpi = (d[2] << 8) | d[3]
    return rec


def format_ipcomp(rec: IpcompRecord, ctx: Context) -> str:
    if rec.cpi < 0:
        return " [|ipcomp]"
    return f"IPComp(cpi=0x{rec.cpi:04x})"
