"""Arista vendor-specific Ethernet type 0xd28b: the TapAgg timestamp header.

tcpdump names the Ethernet type and frame length itself here (even without
``-e``), then the subtype, timescale, format, hardware and the timestamp (a
UTC date with nanoseconds for the 64-bit format, seconds.nanoseconds for the
48-bit one); the frame's own Ethernet type and payload follow.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ._addr import etheraddr_string
from ._base import TRUNCATED, UNKNOWN, Context, Layer
from ._dump import hex_ascii_dump

__all__ = ["AristaRecord", "decode_arista", "format_arista"]

_TIMESCALES = {0: "TAI", 1: "UTC"}
_FORMATS = {1: "64-bit", 2: "48-bit"}
_HW = {0: "R/R2", 1: "R3"}
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


@dataclass(slots=True)
class AristaRecord(Layer):
    proto = "arista"

    length: int = 0              # the Ethernet payload's length
    subtype: int = -1
    rest: bytes = b""            # an unknown subtype's or format's bytes (tcpdump dumps them)
    timescale: int = -1
    format: int = -1
    hw_info: int = -1
    seconds: int = -1            # with the nanoseconds above a second carried in
    nanoseconds: int = -1


def decode_arista(data: bytes, length: int, ctx: Context) -> AristaRecord:
    d = bytes(data)
    rec = AristaRecord(length=length)
    if len(d) < 2 or length < 2:
        rec.stop = TRUNCATED
        return rec
    rec.subtype = int.from_bytes(d[:2], "big")
    if rec.subtype != 1:
        rec.stop = UNKNOWN
        rec.rest = d
        return rec
    if len(d) < 4:
        rec.stop = TRUNCATED
        if len(d) == 3:
            rec.timescale = d[2]
        return rec
    rec.timescale, rec.format, rec.hw_info = d[2], d[3] >> 4, d[3] & 0xF
    size = {1: 8, 2: 6}.get(rec.format)
    if size is None:
        rec.stop = UNKNOWN
        rec.rest = d
        return rec
    if len(d) < 4 + size:
        rec.stop = TRUNCATED
        return rec
    if size == 8:
        rec.seconds = int.from_bytes(d[4:8], "big")
        rec.nanoseconds = int.from_bytes(d[8:12], "big")
    else:
        rec.seconds = int.from_bytes(d[4:6], "big")
        rec.nanoseconds = int.from_bytes(d[6:10], "big")
    rec.seconds += rec.nanoseconds // 1000000000
    rec.nanoseconds %= 1000000000
    if len(d) < 4 + size + 2:
        rec.stop = TRUNCATED
        return rec
    rec.inner = ("ethertype", int.from_bytes(d[4 + size:6 + size], "big"), 6 + size)
    return rec


def format_arista(rec: AristaRecord, ctx: Context) -> str:
    if rec.subtype < 0:
        return "[|arista]"
    out = [f"ethertype Arista Vendor Specific Protocol (0xd28b), length {rec.length + 14}: "
           f"SubType {'Timestamp' if rec.subtype == 1 else 'Unknown'} (0x{rec.subtype:04x}), "]
    if rec.timescale >= 0:
        out.append(f"Timescale {_TIMESCALES.get(rec.timescale, 'Unknown')} ({rec.timescale}), ")
    if rec.format >= 0:
        out.append(f"Format {_FORMATS.get(rec.format, 'Unknown')} ({rec.format}), "
                   f"HwInfo {_HW.get(rec.hw_info, 'Unknown')} ({rec.hw_info}), Timestamp ")
    if rec.stop == UNKNOWN:
        # tcpdump names the frame again, then dumps the rest
        src, dst = ctx.state.get("link_src"), ctx.state.get("link_dst")
        if not ctx.opts.link_header and src and dst:
            out.append(f"{etheraddr_string(src, ctx.opts)} > {etheraddr_string(dst, ctx.opts)}, "
                       f"{out[0].split(': ', 1)[0]}: ")
        if not ctx.opts.suppress_default_print:
            out.append(hex_ascii_dump(rec.rest))
        return "".join(out)
    if rec.seconds < 0:
        return "".join(out) + " [|arista]"
    if rec.format == 1:
        when = _EPOCH + datetime.timedelta(seconds=rec.seconds)
        out.append(f"{when:%Y-%m-%d %H:%M:%S}.{rec.nanoseconds:09d}")
    else:
        out.append(f"{rec.seconds}.{rec.nanoseconds:09d}")
    out.append(": ")
    if rec.stop == TRUNCATED:
        out.append(" [|arista]")
    return "".join(out)
