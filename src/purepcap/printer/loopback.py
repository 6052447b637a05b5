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
from ._rtr import filled

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


def _le16(d: bytes, off: int) -> int:
    return d[off] | (d[off + 1] << 8)


def decode_loopback(data: bytes, length: int, ctx: Context) -> LoopbackRecord:
    rec = filled(LoopbackRecord(length=length), lambda r, d, n: _decode(r, d, n, ctx), data,
                 length, TRUNCATED)
    if rec.stop == TRUNCATED:
        ctx.dump_from_start = True   # tcpdump leaves the packet where the capture ends
    return rec


def _room(rec: LoopbackRecord, d: bytes, off: int, left: int, k: int) -> bool:
    """Whether the ``k`` octets at ``off`` are in the unit (``left`` octets from
    ``off``) and were captured; if not, ``rec`` is marked (invalid or truncated)."""
    if left < k:
        rec.invalid = True
        rec.stop = TRUNCATED if off + max(left, 0) > len(d) else MALFORMED
        return False
    if off + k > len(d):
        rec.stop = TRUNCATED
        return False
    return True


def _decode(rec: LoopbackRecord, d: bytes, length: int, ctx: Context) -> None:
    left = length
    if not _room(rec, d, 0, left, 2):
        return
    rec.skip_count = skip = _le16(d, 0)
    off, left = 2, left - 2
    if not _room(rec, d, off, left, skip):
        return
    off += skip
    left -= skip
    if not _room(rec, d, off, left, 2):
        return
    rec.function = fn = _le16(d, off)
    off += 2
    left -= 2
    if fn == REPLY:
        if not _room(rec, d, off, left, 2):
            return
        rec.receipt_number = _le16(d, off)
        off += 2
        left -= 2
        rec.data_length = left
    elif fn == FORWARD_DATA:
        if not _room(rec, d, off, left, 6):
            return
        rec.forwarding_address = etheraddr_string(d[off:off + 6], ctx.opts)
        off += 6
        left -= 6
        rec.data_length = left
    if off + left > len(d):
        rec.stop = TRUNCATED


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
