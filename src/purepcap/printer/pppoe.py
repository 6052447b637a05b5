"""PPP over Ethernet (RFC 2516): Ethernet types 0x8863 (discovery) and 0x8864 (session).

tcpdump 4.99.3 prints ``"PPPoE CODE"`` (PADI, PADO, PADR, PADS, PADT; empty
for session data), the session id when not 0 (``" [ses 0x17]"``), then for
discovery packets each tag (``" [Service-Name]"``, ``" [Host-Uniq 0x...]"``,
text tags in quotes when most of their bytes are printable), for session
packets a space and the PPP unit (:mod:`purepcap.printer.ppp`), read within
the PPPoE length.  A network-layer unit inside PPP is handed on to the walker
through ``inner``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._base import MALFORMED, TRUNCATED, Context, Layer
from ._rtr import never_raising
from .ppp import PPP, decode_ppp_unit, format_ppp

__all__ = ["PPPoE", "PppoeTag", "decode_pppoe", "format_pppoe"]

CODES = {0x09: "PADI", 0x07: "PADO", 0x19: "PADR", 0x65: "PADS", 0xA7: "PADT", 0: ""}
TAGS = {0: "EOL", 0x0101: "Service-Name", 0x0102: "AC-Name", 0x0103: "Host-Uniq",
        0x0104: "AC-Cookie", 0x0105: "Vendor-Specific", 0x0110: "Relay-Session-ID",
        0x0120: "PPP-Max-Payload", 0x0201: "Service-Name-Error", 0x0202: "AC-System-Error",
        0x0203: "Generic-Error"}
MAXTAGPRINT = 80


@dataclass(slots=True)
class PppoeTag:
    type: int = 0
    value: bytes = b""
    cut: bool = False          # the capture ended inside the value


@dataclass(slots=True)
class PPPoE(Layer, proto="pppoe"):
    length: int = 0
    version: int = -1
    type: int = -1
    code: int = -1
    session: int = 0
    payload_length: int = 0
    tags: list[PppoeTag] = field(default_factory=list)
    ppp: PPP | None = None


def decode_pppoe(data: bytes, length: int, ctx: Context) -> PPPoE:
    rec = PPPoE(length=length)
    try:
        _decode(rec, bytes(data), length, ctx)
    except Exception:           # never raise on packet bytes
        rec.stop = TRUNCATED
    return rec


def _decode(rec: PPPoE, d: bytes, length: int, ctx: Context) -> None:
    if length < 6:
        rec.stop = MALFORMED
        return
    if len(d) < 6:
        rec.stop = TRUNCATED
        return
    rec.version, rec.type, rec.code = d[0] >> 4, d[0] & 0x0F, d[1]
    rec.session = (d[2] << 8) | d[3]
    plen = rec.payload_length = (d[4] << 8) | d[5]
    left = length - 6
    if plen > left:
        plen = left
    if rec.code:
        p = 6
        end = 6 + plen
        tag_type = 0xFFFF
        while tag_type and p < end:
            if p + 4 > len(d):
                rec.stop = TRUNCATED
                return
            tag_type = (d[p] << 8) | d[p + 1]
            tlen = (d[p + 2] << 8) | d[p + 3]
            p += 4
            value = d[p:p + tlen]
            tag = PppoeTag(type=tag_type, value=value, cut=len(value) < tlen)
            rec.tags.append(tag)
            if tag.cut:
                rec.stop = TRUNCATED
                return
            p += tlen
        return
    inner = decode_ppp_unit(d[6:6 + plen], plen, ctx)
    rec.ppp = inner
    if inner.inner is not None:
        table, key, off = inner.inner
        rec.inner = (table, key, 6 + off)


def _format(rec: PPPoE, ctx: Context) -> str:
    if rec.stop == MALFORMED and rec.code < 0:
        return f" (length {rec.length} < 6) (invalid)"
    if rec.code < 0:
        return " [|pppoe]"
    out = []
    if rec.version != 1:
        out.append(f" [ver {rec.version}]")
    if rec.type != 1:
        out.append(f" [type {rec.type}]")
    out.append("PPPoE " + CODES.get(rec.code, f"PAD-{rec.code:x}"))
    if rec.code == 0x09 and rec.payload_length > 1484 - 6:
        out.append(f" [len {rec.payload_length}!]")
    if rec.payload_length > rec.length - 6:
        out.append(f" [len {rec.payload_length} > {rec.length - 6}!]")
    if rec.session:
        out.append(f" [ses 0x{rec.session:x}]")
    if rec.code:
        for tag in rec.tags:
            out.append(_tag(tag))
        if rec.stop == TRUNCATED:
            out.append(" [|pppoe]")
        return "".join(out)
    out.append(" ")
    if rec.ppp is not None:
        out.append(format_ppp(rec.ppp, ctx))
    return "".join(out)


format_pppoe = never_raising(_format, " [|pppoe]")


def _tag(tag: PppoeTag) -> str:
    name = TAGS.get(tag.type, f"TAG-0x{tag.type:x}")
    v = tag.value
    if not v and not tag.cut:
        return f" [{name}]"
    if tag.cut:
        return ""
    shown = v[:MAXTAGPRINT - 1]
    printable = sum(1 for c in shown if 0x20 <= c < 0x7F)
    if printable > len(shown) - printable:
        text = "".join(chr(c) if 0x20 <= c < 0x7F else "." for c in shown)
        return f' [{name} "{text}"]'
    return f" [{name} 0x" + "".join(f"{c:02X}" for c in v) + "]"
