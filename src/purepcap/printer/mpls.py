"""MPLS label stacks (RFC 3032): Ethernet types 0x8847/0x8848, UDP port 6635 (RFC 7510).

tcpdump prints every label stack entry (``MPLS (label 100, tc 0, [S], ttl 64)``;
with ``-v`` one per line, reserved labels named) and then guesses what the
stack carries: IPv4 or IPv6 after the explicit/implicit NULL labels, else by
the first payload octet (an IPv4 or IPv6 version nibble, or an OSI NLPID);
what it cannot guess is dumped as hex.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._base import MALFORMED, TRUNCATED, Context, Layer
from ._dump import hex_ascii_dump

__all__ = ["MplsLabel", "MplsRecord", "decode_mpls", "format_mpls"]

_RESERVED = ("IPv4 explicit NULL", "router alert", "IPv6 explicit NULL", "implicit NULL",
             *["rsvd"] * 12)
# the payload guess: ethertype-table key of the inner unit
_IPV4, _IPV6, _OSI = 0x0800, 0x86DD, 0x00FE


@dataclass(slots=True)
class MplsLabel:
    label: int = 0
    tc: int = 0
    bottom: bool = False
    ttl: int = 0


@dataclass(slots=True)
class MplsRecord(Layer):
    proto = "mpls"

    length: int = 0
    labels: list[MplsLabel] = field(default_factory=list)
    payload: str = ""            # "ipv4", "ipv6", "osi", "unknown" or "" (nothing left)
    rest: bytes = field(default=b"", repr=False)   # the captured payload tcpdump dumps
    rest_length: int = 0


def decode_mpls(data: bytes, length: int, ctx: Context) -> MplsRecord:
    rec = MplsRecord(length=length)
    p, left = 0, length
    while True:
        if left < 4:
            rec.stop = MALFORMED
            rec.rest_length = left
            rec.rest = bytes(data[p:p + max(left, 0)])
            return rec
        if p + 4 > len(data):
            rec.stop = TRUNCATED
            return rec
        word = int.from_bytes(data[p:p + 4], "big")
        entry = MplsLabel(word >> 12, (word >> 9) & 7, bool(word & 0x100), word & 0xFF)
        rec.labels.append(entry)
        p += 4
        left -= 4
        if entry.bottom:
            break
    guess = {0: _IPV4, 3: _IPV4, 2: _IPV6}.get(entry.label)
    if guess is None:
        if left < 1:
            return rec
        if p >= len(data):
            rec.stop = TRUNCATED
            return rec
        first = data[p]
        guess = (_IPV4 if 0x45 <= first <= 0x4F else _IPV6 if 0x60 <= first <= 0x6F else
                 _OSI if 0x81 <= first <= 0x83 else 0)
    if guess:
        rec.payload = {_IPV4: "ipv4", _IPV6: "ipv6", _OSI: "osi"}[guess]
        rec.inner = ("ethertype", guess, p)
    else:
        rec.payload = "unknown"
        rec.rest, rec.rest_length = bytes(data[p:p + left]), left
    return rec


def format_mpls(rec: MplsRecord, ctx: Context) -> str:
    v = ctx.opts.verbose
    out = ["MPLS"]
    for i, e in enumerate(rec.labels):
        out.append(f"{chr(10) + chr(9) if i and v else ' '}(label {e.label}")
        if v and e.label < len(_RESERVED):
            out.append(f" ({_RESERVED[e.label]})")
        out.append(f", tc {e.tc}{', [S]' if e.bottom else ''}, ttl {e.ttl})")
    if rec.stop == TRUNCATED:
        out.append(" [|mpls]")
    elif rec.stop == MALFORMED:
        out.append(" (invalid)")
        if len(rec.rest) < rec.rest_length:
            out.append(" [|mpls]")
    elif rec.payload == "unknown":
        if not ctx.opts.suppress_default_print:
            out.append(hex_ascii_dump(rec.rest))
            if len(rec.rest) < rec.rest_length:
                out.append(" [|mpls]")
    elif rec.payload:
        out.append("\n\t" if v else " ")
    return "".join(out)
