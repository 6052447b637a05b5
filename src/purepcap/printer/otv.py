"""OTV (Overlay Transport Virtualization, draft-hasmit-otv-04): UDP port 8472.

An 8-octet header (flags, overlay id, instance id, a reserved octet) before
an Ethernet frame: ``OTV, flags [I] (0x08), overlay 0, instance 100`` and,
on the next line, the frame as tcpdump prints Ethernet.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._base import MALFORMED, TRUNCATED, Context, Layer

__all__ = ["OtvRecord", "decode_otv", "format_otv"]

_HDR = 8


@dataclass(slots=True)
class OtvRecord(Layer):
    proto = "otv"

    length: int = 0
    captured: int = 0
    flags: int = -1
    overlay: int = -1
    instance: int = -1


def decode_otv(data: bytes, length: int, ctx: Context) -> OtvRecord:
    n = len(data)
    rec = OtvRecord(length=length, captured=n)
    if length < _HDR:
        rec.stop = MALFORMED
        return rec
    if n >= 1:
        rec.flags = data[0]
    if n >= 4:
        rec.overlay = int.from_bytes(data[1:4], "big")
    if n >= 7:
        rec.instance = int.from_bytes(data[4:7], "big")
    if n < _HDR:
        rec.stop = TRUNCATED
        return rec
    rec.inner = ("linktype", 1, _HDR)
    return rec


def format_otv(rec: OtvRecord, ctx: Context) -> str:
    if rec.stop == MALFORMED:
        cut = " [|otv]" if rec.captured < rec.length else ""
        return f"OTV, [length {rec.length} < {_HDR}] (invalid){cut}"
    fields = ((rec.flags, f"flags [{'I' if rec.flags & 0x08 else '.'}] (0x{rec.flags:02x}), "),
              (rec.overlay, f"overlay {rec.overlay}, "), (rec.instance, f"instance {rec.instance}\n"))
    out = ["OTV, "]
    for value, text in fields:
        if value < 0:       # the capture ends before this field
            return "".join(out) + " [|otv]"
        out.append(text)
    if rec.stop == TRUNCATED:
        out.append(" [|otv]")
    return "".join(out)
