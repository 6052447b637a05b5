"""AODV (RFC 3561; IPv6 per draft-perkins-manet-aodv6): UDP port 654.

`` aodv`` then the message: route requests (``rreq``), replies (``rrep``),
errors (``rerr``, with their unreachable destinations) and reply
acknowledgements, the same text at every ``-v`` level.  Over IPv6 types 1-3
carry IPv6 addresses (a request prints `` v6 rreq``); types 16-19 are the
IPv6 draft's layout.  One extension after a request or reply is decoded
(``ext HELLO N ms``, else ``ext TYPE LENGTH``).

tcpdump reads the request's flags from its type octet, so the ``[J]``...
``[U]`` marks follow the type, not the flags; this printer does the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._addr import ip6addr_string, ipaddr_string
from ._base import TRUNCATED, Context, Layer, Options

__all__ = ["AodvRecord", "decode_aodv", "format_aodv"]

TRUNC = " [|aodv]"

# message type -> (kind, layout): "v4", "v6" (RFC 3561 fields, IPv6 addresses), "draft"
_KINDS = {1: "rreq", 2: "rrep", 3: "rerr", 4: "ack", 16: "rreq", 17: "rrep", 18: "rerr",
          19: "ack"}
# header sizes by (kind, layout)
_SIZES = {("rreq", "v4"): 24, ("rreq", "v6"): 48, ("rreq", "draft"): 48,
          ("rrep", "v4"): 20, ("rrep", "v6"): 44, ("rrep", "draft"): 44,
          ("rerr", "v4"): 4, ("rerr", "v6"): 4, ("rerr", "draft"): 4}


@dataclass(slots=True)
class AodvRecord(Layer, proto="aodv"):
    length: int = 0
    msg_type: int = -1            # -1: not captured
    layout: str = "v4"            # "v4", "v6" or "draft" (types 16-19)
    flags: int = 0                # the octet after the type
    hops: int = 0
    request_id: int = 0
    prefix_size: int = 0
    dst: bytes = b""
    dst_seq: int = 0
    src: bytes = b""
    src_seq: int = 0              # a request's originator sequence number
    lifetime: int = 0             # a reply's lifetime (ms)
    dest_count: int = 0           # an error's destination count
    unreachable: list[tuple[bytes, int]] = field(default_factory=list)
    ext_type: int = -1            # -1: no extension read
    ext_length: int = 0
    ext_interval: int = -1        # a HELLO extension's interval (-1: bad length)
    header: bool = False          # the message's fixed part was read


def _u32(d: bytes, o: int) -> int:
    return int.from_bytes(d[o:o + 4], "big")


def decode_aodv(data: bytes, length: int, ctx: Context) -> AodvRecord:
    d = bytes(data)
    rec = AodvRecord(length=length)
    if not d:
        rec.stop = TRUNCATED
        return rec
    t = rec.msg_type = d[0]
    kind = _KINDS.get(t)
    if t >= 16:
        rec.layout = "draft"
    elif ctx.ip_version == 6:
        rec.layout = "v6"
    if kind is None or kind == "ack":
        return rec
    size = _SIZES[(kind, rec.layout)]
    if len(d) < size or length < size:
        rec.stop = TRUNCATED
        return rec
    rec.header = True
    rec.flags, rec.hops = d[1], d[3]
    a = 16 if rec.layout != "v4" else 4
    if kind == "rerr":
        rec.dest_count = d[3]
        p, left = 4, length - 4
        for _ in range(d[3]):
            if p + a + 4 > len(d) or left < a + 4:
                rec.stop = TRUNCATED
                return rec
            rec.unreachable.append((d[p:p + a], _u32(d, p + a)))
            p += a + 4
            left -= a + 4
        return rec
    if kind == "rreq":
        rec.request_id = _u32(d, 4)
        if rec.layout == "draft":
            rec.dst_seq, rec.src_seq = _u32(d, 8), _u32(d, 12)
            rec.dst, rec.src = d[16:32], d[32:48]
        else:
            rec.dst, rec.dst_seq = d[8:8 + a], _u32(d, 8 + a)
            rec.src, rec.src_seq = d[12 + a:12 + 2 * a], _u32(d, 12 + 2 * a)
    else:
        rec.prefix_size = d[2]
        if rec.layout == "draft":
            rec.dst_seq = _u32(d, 4)
            rec.dst, rec.src = d[8:24], d[24:40]
            rec.lifetime = _u32(d, 40)
        else:
            rec.dst, rec.dst_seq = d[4:4 + a], _u32(d, 4 + a)
            rec.src, rec.lifetime = d[8 + a:8 + 2 * a], _u32(d, 8 + 2 * a)
    left = length - size
    if left >= 2:
        if len(d) < size + 2:
            rec.stop = TRUNCATED
            return rec
        rec.ext_type, rec.ext_length = d[size], d[size + 1]
        if rec.ext_type == 1:
            if len(d) < size + 6 or left < 6:
                rec.stop = TRUNCATED
                return rec
            if rec.ext_length >= 4:
                rec.ext_interval = _u32(d, size + 2)
    return rec


def _addr(b: bytes, o: Options) -> str:
    return ip6addr_string(b, o) if len(b) == 16 else ipaddr_string(b, o)


def format_aodv(rec: AodvRecord, ctx: Context) -> str:
    if rec.msg_type < 0:
        return TRUNC
    t = rec.msg_type
    kind = _KINDS.get(t)
    if kind is None:
        return f" aodv type {t} {rec.length}"
    if kind == "ack":
        return f" aodv rrep-ack {rec.length}"
    if not rec.header:
        return " aodv" + TRUNC
    o = ctx.opts
    out = [" aodv"]
    if kind == "rreq":
        marks = "".join(m for bit, m in ((0x80, "[J]"), (0x40, "[R]"), (0x20, "[G]"),
                                         (0x10, "[D]")) if t & bit)
        marks += "[U] " if t & 0x08 else " "
        out.append(f" {'v6 ' if rec.layout == 'v6' else ''}rreq {rec.length} {marks}"
                   f"hops {rec.hops} id 0x{rec.request_id:08x}\n"
                   f"\tdst {_addr(rec.dst, o)} seq {rec.dst_seq} src {_addr(rec.src, o)} "
                   f"seq {rec.src_seq}")
    elif kind == "rrep":
        marks = ("[R]" if t & 0x80 else "") + ("[A] " if t & 0x40 else " ")
        out.append(f" rrep {rec.length} {marks}prefix {rec.prefix_size & 0x1F} hops {rec.hops}\n"
                   f"\tdst {_addr(rec.dst, o)} dseq {rec.dst_seq} src {_addr(rec.src, o)} "
                   f"{rec.lifetime} ms")
    else:
        out.append(f" rerr {'[D]' if rec.flags & 0x80 else ''} [items {rec.dest_count}] "
                   f"[{rec.length}]:")
        for a, seq in rec.unreachable:
            out.append(f" {{{_addr(a, o)}}}({seq})")
    if rec.ext_type == 1 and rec.stop != TRUNCATED:
        if rec.ext_interval < 0:
            out.append(f"\n\text HELLO - bad length {rec.ext_length}")
        else:
            out.append(f"\n\text HELLO {rec.ext_interval} ms")
    elif rec.ext_type >= 0 and rec.ext_type != 1:
        out.append(f"\n\text {rec.ext_type} {rec.ext_length}")
    if rec.stop == TRUNCATED:
        out.append(TRUNC)
    return "".join(out)
