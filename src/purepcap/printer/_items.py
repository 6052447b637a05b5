"""Shared shape of the small link-layer protocol printers (AoE, CDP, UDLD, ...).

Their records keep what was read as an ordered list of ``(key, value)``
items, in wire order; each module's formatter turns every key into text
with a table.  That keeps the JSON rendering a plain list of fields and lets
the text stop exactly where the capture ended: a decoder reads with a
:class:`Cursor`, whose reads raise :class:`Short` past the captured bytes;
``decode_*`` catches it and marks the record ``TRUNCATED``, keeping every
item read before.

Two keys mean the same to every formatter: ``"invalid"`` (tcpdump's
``" (invalid)"``) and ``VERBOSE_ONLY`` (what follows is printed only with
``-v``; without it the text ends there, truncated or not).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from ._base import Layer, TRUNCATED
from ._dump import hex_dump
from ._rtr import printable as printable

__all__ = ["ItemsLayer", "Cursor", "Short", "need", "text_of", "render", "run", "VERBOSE_ONLY",
           "VV_ONLY", "bits", "printable", "OUIS"]

VERBOSE_ONLY = "=v"
VV_ONLY = "=vv"
# hex dumps (value: (indent, bytes)), and when they are printed
_HEX: dict[str, Callable[[int], bool]] = {
    "hex": lambda v: True, "hex_vv": lambda v: v > 1, "hex_v1": lambda v: v <= 1}

# tcpdump's oui_values
OUIS = {0x000000: "Ethernet", 0x00000C: "Cisco", 0x00005E: "IANA",
        0x000081: "Nortel Networks SONMP", 0x0000F8: "Cisco bridged",
        0x0080C2: "Ethernet bridged", 0x00A03E: "ATM Forum", 0x00E02F: "DOCSIS Spanning Tree",
        0x080007: "Appletalk", 0x009069: "Juniper", 0x080009: "Hewlett-Packard",
        0x00120F: "IEEE 802.3 Private", 0x0012BB: "ANSI/TIA", 0x001B21: "DCBX",
        0x002320: "Nicira Networks", 0x5C16C7: "Big Switch Networks",
        0xB0D2F5: "Vello Systems", 0x002481: "HP", 0x0004EA: "HP-Labs",
        0x748771: "Infoblox Inc", 0xA42305: "Open Networking Lab", 0x00049F: "Freescale",
        0x0015AD: "Netronome", 0x001018: "Broadcom", 0x00E004: "PMC-Sierra",
        0xD0F0DB: "Ericsson"}


class Short(Exception):
    """A read went past the captured bytes."""


def need(value: object) -> None:
    """Raise :class:`Short` for a field the decoder did not capture (``None``)."""
    if value is None:
        raise Short


def text_of(write: Callable[[list[str]], None], cut: str) -> str:
    """The text ``write`` appends to a list, ending with ``cut`` (``" [|ntp]"``)
    where it raises :class:`Short`."""
    out: list[str] = []
    try:
        write(out)
    except Short:
        out.append(cut)
    return "".join(out)


@dataclass(slots=True)
class ItemsLayer(Layer):
    length: int = 0
    items: list[tuple[str, Any]] = field(default_factory=list)


class Cursor:
    """Reads big-endian fields from ``data``, recording items on ``rec``."""

    __slots__ = ("data", "pos", "items")

    def __init__(self, data: bytes, items: list[tuple[str, Any]], pos: int = 0) -> None:
        self.data = data
        self.pos = pos
        self.items = items

    def need(self, n: int, at: int | None = None) -> None:
        p = self.pos if at is None else at
        if n < 0 or p < 0 or p + n > len(self.data):
            raise Short

    def peek(self, n: int, at: int | None = None) -> int:
        p = self.pos if at is None else at
        self.need(n, p)
        return int.from_bytes(self.data[p:p + n], "big")

    def take(self, n: int) -> int:
        v = self.peek(n)
        self.pos += n
        return v

    def raw(self, n: int) -> bytes:
        self.need(n)
        b = bytes(self.data[self.pos:self.pos + n])
        self.pos += n
        return b

    def add(self, key: str, value: Any = None) -> None:
        self.items.append((key, value))

    def skip(self, n: int) -> None:
        self.pos += n


def run(rec: ItemsLayer, body: Callable[[], None]) -> None:
    try:
        body()
    except Short:
        rec.stop = TRUNCATED
    except (ValueError, IndexError, KeyError, OverflowError):  # guarded: never raise on bytes
        rec.stop = TRUNCATED


Text = str | Callable[[Any], str]


def render(rec: ItemsLayer, table: Mapping[str, Text], verbose: int, marker: str,
           skip: str = "") -> str:
    """The items' text; ``marker`` (``" [|aoe]"``) when the record was cut;
    items of kind ``skip`` (a payload dump under ``-x``/``-X``/``-A``) left out."""
    out: list[str] = []
    for key, value in rec.items:
        if key == skip:
            continue
        if key == VERBOSE_ONLY:
            if not verbose:
                return "".join(out)
            continue
        if key == VV_ONLY:
            if verbose < 2:
                return "".join(out)
            continue
        if key == "invalid":
            out.append(" (invalid)")
            continue
        if key == "note":           # fixed wording (an error message)
            out.append(value)
            continue
        if key == "alt":            # (text without -v, text with -v)
            out.append(value[1] if verbose else value[0])
            continue
        if key in _HEX:
            if _HEX[key](verbose):
                out.append(hex_dump(value[1], value[0]))
            continue
        t = table[key]
        out.append(t.format(value) if isinstance(t, str) else t(value))
    if rec.stop == TRUNCATED:
        out.append(marker)
    return "".join(out)


def bits(table: tuple[tuple[int, str], ...], v: int, none: str = "none", sep: str = ", ") -> str:
    """tcpdump's bittok2str: names of the single-bit tokens set in ``v``."""
    names = [n for b, n in table if v & b == b and b and b & (b - 1) == 0]
    return sep.join(names) if names else none


