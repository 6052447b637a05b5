"""AppleTalk ARP (AARP): ethertype 0x80F3.

``aarp who-has 10.1 tell 10.2``, ``aarp reply 10.1 is-at 08:00:...``,
``aarp probe ...`` for Ethernet hardware and AppleTalk addresses (net.node;
a node of 255 prints the net alone); other packets print their header
fields (``aarp len 28 op 5 htype 1 ptype 0x809b halen 6 palen 4``).  A
packet whose 28 octets were not all captured prints ``aarp  [|aarp]``; one
whose stated length is shorter prints ``aarp  [|aarp N]``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._addr import etheraddr_string
from ._base import MALFORMED, TRUNCATED, Context, Layer

__all__ = ["AarpRecord", "decode_aarp", "format_aarp", "ataddr"]

SIZE = 28
ETHERTYPE_ATALK = 0x809B
OPS = {1: "who-has", 2: "reply", 3: "probe"}


@dataclass(slots=True)
class AarpRecord(Layer, proto="aarp"):
    length: int = 0
    htype: int = 0
    ptype: int = 0
    halen: int = 0
    palen: int = 0
    op: int = 0
    hsaddr: str = ""
    psaddr: str = ""      # AppleTalk net.node as tcpdump prints it
    hdaddr: str = ""
    pdaddr: str = ""


def ataddr(b: bytes) -> str:
    """An AppleTalk address (4 octets, the first unused) as tcpdump prints it."""
    net, node = (b[1] << 8) | b[2], b[3]
    return f"{net}" if node == 255 else f"{net}.{node}"


def decode_aarp(data: bytes, length: int, ctx: Context) -> AarpRecord:
    rec = AarpRecord(length=length)
    d = bytes(data)
    if len(d) < SIZE:
        rec.stop = TRUNCATED
        return rec
    if length < SIZE:
        rec.stop = MALFORMED
        return rec
    rec.htype = (d[0] << 8) | d[1]
    rec.ptype = (d[2] << 8) | d[3]
    rec.halen, rec.palen = d[4], d[5]
    rec.op = (d[6] << 8) | d[7]
    rec.hsaddr = etheraddr_string(d[8:14], ctx.opts)
    rec.psaddr = ataddr(d[14:18])
    rec.hdaddr = etheraddr_string(d[18:24], ctx.opts)
    rec.pdaddr = ataddr(d[24:28])
    return rec


def format_aarp(rec: AarpRecord, ctx: Context) -> str:
    if rec.stop == TRUNCATED:
        return "aarp  [|aarp]"
    if rec.stop == MALFORMED:
        return f"aarp  [|aarp {rec.length}]"
    if (rec.htype == 1 and rec.ptype == ETHERTYPE_ATALK and rec.halen == 6
            and rec.palen == 4 and rec.op in OPS):
        if rec.op == 1:
            return f"aarp who-has {rec.pdaddr} tell {rec.psaddr}"
        if rec.op == 2:
            return f"aarp reply {rec.psaddr} is-at {rec.hsaddr}"
        return f"aarp probe {rec.pdaddr} tell {rec.psaddr}"
    ptype = f"{rec.ptype:#x}" if rec.ptype else "0"
    return (f"aarp len {rec.length} op {rec.op} htype {rec.htype} ptype {ptype} "
            f"halen {rec.halen} palen {rec.palen}")
