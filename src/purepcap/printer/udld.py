"""Cisco UniDirectional Link Detection (UDLD): SNAP, OUI 0x00000c, protocol 0x0111.

``"UDLDv1, Code Probe message (1), Flags [RT, RSY] (0x03), length 60"``;
with ``-v`` the checksum (never verified, as tcpdump) and one line per TLV
(device and port ids, echo, intervals, device name, sequence number).  A
TLV whose length contradicts the unit ends the text with ``" (invalid)"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._base import Context
from ._items import VERBOSE_ONLY, Cursor, ItemsLayer, Short, bits, printable, render, run

__all__ = ["UdldRecord", "decode_udld", "format_udld", "nul_terminated"]

_CODES = {0: "Reserved", 1: "Probe message", 2: "Echo message", 3: "Flush message"}
_FLAGS = tuple((1 << i, n) for i, n in enumerate(
    ("RT", "RSY", "MBZ-2", "MBZ-3", "MBZ-4", "MBZ-5", "MBZ-6", "MBZ-7")))
_TLVS = {1: "Device-ID TLV", 2: "Port-ID TLV", 3: "Echo TLV", 4: "Message Interval TLV",
         5: "Timeout Interval TLV", 6: "Device Name TLV", 7: "Sequence Number TLV"}


def _head(v: tuple[int, int, int, int]) -> str:
    ver, code, flags, length = v
    return (f"UDLDv{ver}, Code {_CODES.get(code, 'Reserved')} ({code:x}), "
            f"Flags [{bits(_FLAGS, flags)}] (0x{flags:02x}), length {length}")


_TEXT: dict[str, Any] = {
    "header": _head,
    "short": lambda v: " [|udld]" if v else "",
    "checksum": "\n\tChecksum 0x{:04x} (unverified)",
    "tlv": lambda v: f"\n\t{_TLVS.get(v[0], 'Unknown')} (0x{v[0]:04x}) TLV, length {v[1]}",
    "string": lambda v: ", " + printable(v),
    "seconds": ", {}s",
    "number": ", {}",
}


@dataclass(slots=True)
class UdldRecord(ItemsLayer, proto="udld"):
    """A UDLD PDU's items, in wire order."""


def nul_terminated(c: Cursor, n: int, key: str = "string", text: bool = False) -> bytes:
    """tcpdump's nd_printjnp: up to ``n`` bytes, ending at a NUL.

    When the capture ends first, what was printed before the cut is recorded as
    item ``key`` (its bytes, or with ``text`` their printable form) and
    :class:`Short` is raised."""
    d = c.data
    p = c.pos
    end = min(p + n, len(d))
    nul = bytes(d[p:end]).find(b"\0")
    if nul >= 0:
        return bytes(d[p:p + nul])
    if p + n > len(d):
        part = bytes(d[p:end])
        c.items.append((key, printable(part) if text else part))
        raise Short
    return bytes(d[p:end])


def decode_udld(data: bytes, length: int, ctx: Context) -> UdldRecord:
    rec = UdldRecord(length=length)
    c = Cursor(data, rec.items)

    def invalid(remaining: int) -> None:
        c.add("invalid")
        c.need(remaining)

    def body() -> None:
        n = length
        if n < 4:
            return invalid(n)
        b0 = c.take(1)
        flags = c.take(1)
        c.add("header", (b0 >> 5, b0 & 0x1F, flags, n))
        n -= 2
        c.add("short", c.pos + n > len(data))
        c.add(VERBOSE_ONLY)
        c.add("checksum", c.take(2))
        n -= 2
        while n:
            if n < 4:
                return invalid(n)
            t = c.take(2)
            ln = c.take(2)
            n -= 4
            c.add("tlv", (t, ln))
            if ln <= 4:
                return invalid(n)
            ln -= 4
            if n < ln:
                return invalid(n)
            if t in (1, 2, 6):
                c.add("string", nul_terminated(c, ln))
            elif t == 3:
                c.add("string", bytes(data[c.pos:c.pos + ln]))
                c.need(ln)
            elif t in (4, 5):
                if ln != 1:
                    return invalid(n)
                c.add("seconds", c.peek(1))
            elif t == 7:
                if ln != 4:
                    return invalid(n)
                c.add("number", c.peek(4))
            else:
                c.need(ln)
            c.skip(ln)
            n -= ln
        return None

    run(rec, body)
    return rec


def format_udld(rec: UdldRecord, ctx: Context) -> str:
    return render(rec, _TEXT, ctx.opts.verbose, " [|udld]")
