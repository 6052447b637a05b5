"""Ethernet Configuration Testing Protocol ("Loopback"): ethertype 0x9000.

``Loopback, skipCount 0, Forward Data, forwarding address aa:00:04:00:1d:04,
data (44 octets)``: the skip count (little-endian, `` (bogus)`` when not a
multiple of 8), then the first message after the skipped octets: its
function (Reply with a receipt number, Forward Data with a forwarding
address) and the length of the data that follows.  A unit too short for a
field prints `` (invalid)``; octets the capture lacks end the text with
`` [|loopback]``, as tcpdump's printer does.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._addr import etheraddr_string
from ._base import MALFORMED, TRUNCATED, Context, Layer

__all__ = ["LoopbackRecord", "decode_loopback", "format_loopback"]

TRUNC = " [|loopback]"
REPLY, FORWARD_DATA = 1, 2
FUNCTIONS = {REPLY: "Reply", FORWARD_DATA: "Forward Data"}


@dataclass(slots=True)
class LoopbackRecord(Layer, proto="loopback"):
    """The fields read, in wire order (-1 / "": not read)."""

    length: int = 0
    skip_count: int = -1
    function: int = -1
    receipt_number: int = -1
    forwarding_address: str = ""
    data_length: int = -1
    invalid: bool = False       # a field the unit's length has no room for


def _le16(d: bytes, off: int) -> int | None:
    if off + 2 > len(d):
        return None
    return d[off] | (d[off + 1] << 8)


def decode_loopback(data: bytes, length: int, ctx: Context) -> LoopbackRecord:
    rec = LoopbackRecord(length=length)
    try:
        _decode(rec, bytes(data), length, ctx)
    except Exception:          # never raise on packet bytes
        rec.stop = TRUNCATED
    if rec.stop == TRUNCATED:
        ctx.dump_from_start = True   # tcpdump leaves the packet where the capture ends
    return rec


def _decode(rec: LoopbackRecord, d: bytes, length: int, ctx: Context) -> None:
    n = len(d)
    left = length
    if left < 2:
        _invalid(rec, 0, left, n)
        return
    skip = _le16(d, 0)
    if skip is None:
        rec.stop = TRUNCATED
        return
    rec.skip_count = skip
    left -= 2
    off = 2
    if skip > left:
        _invalid(rec, off, left, n)
        return
    if off + skip > n:
        rec.stop = TRUNCATED
        return
    off += skip
    left -= skip
    if left < 2:
        _invalid(rec, off, left, n)
        return
    fn = _le16(d, off)
    if fn is None:
        rec.stop = TRUNCATED
        return
    rec.function = fn
    off += 2
    left -= 2
    if fn == REPLY:
        if left < 2:
            _invalid(rec, off, left, n)
            return
        r = _le16(d, off)
        if r is None:
            rec.stop = TRUNCATED
            return
        rec.receipt_number = r
        off += 2
        left -= 2
        rec.data_length = left
    elif fn == FORWARD_DATA:
        if left < 6:
            _invalid(rec, off, left, n)
            return
        if off + 6 > n:
            rec.stop = TRUNCATED
            return
        rec.forwarding_address = etheraddr_string(d[off:off + 6], ctx.opts)
        off += 6
        left -= 6
        rec.data_length = left
    if off + left > n:
        rec.stop = TRUNCATED


def _invalid(rec: LoopbackRecord, off: int, left: int, n: int) -> None:
    rec.invalid = True
    rec.stop = TRUNCATED if off + max(left, 0) > n else MALFORMED


def format_loopback(rec: LoopbackRecord, ctx: Context) -> str:
    out = ["Loopback"]
    if rec.skip_count >= 0:
        out.append(f", skipCount {rec.skip_count}")
        if rec.skip_count % 8:
            out.append(" (bogus)")
    if rec.function >= 0:
        name = FUNCTIONS.get(rec.function, f" invalid ({rec.function})")
        out.append(f", {name}")
    if rec.receipt_number >= 0:
        out.append(f", receipt number {rec.receipt_number}")
    if rec.forwarding_address:
        out.append(f", forwarding address {rec.forwarding_address}")
    if rec.data_length >= 0:
        out.append(f", data ({rec.data_length} octets)")
    if rec.invalid:
        out.append(" (invalid)")
    if rec.stop == TRUNCATED:
        out.append(TRUNC)
    return "".join(out)
