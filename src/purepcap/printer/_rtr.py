"""Shared helpers of the routing-protocol printers (PIM, VRRP, HSRP, BFD, EIGRP,
OSPF, RIP, babel): tcpdump's safe character rendering, flag lists, relative
times and the IPv4/IPv6 pseudo-header checksums.

Nothing here raises on packet bytes except :class:`Short`, which a decoder
raises on itself when the capture ends inside the unit and catches at its top.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import TypeVar

from ._base import Context, Layer
from .ip import in_cksum

__all__ = ["Short", "char", "printable", "printjnp", "bitflags", "relts", "pseudo_cksum",
           "filled", "never_raising", "U16", "U32"]

U16 = struct.Struct("!H")
U32 = struct.Struct("!I")
_PS4 = struct.Struct("!4s4sBBH")
_PS6 = struct.Struct("!16s16sIxxxB")


class Short(Exception):
    """The capture ends before a field the decoder needs."""


_L = TypeVar("_L", bound=Layer)


def filled(rec: _L, fill: Callable[[_L, bytes, int], None], data: bytes, length: int,
           stop: str) -> _L:
    """``rec`` after ``fill(rec, bytes(data), length)``; when that raises, marked ``stop``
    (a decoder never raises on packet bytes)."""
    try:
        fill(rec, bytes(data), length)
    except Exception:
        rec.stop = stop
    return rec


def never_raising(fmt: Callable[[_L, Context], str], trunc: str) -> Callable[[_L, Context], str]:
    """``fmt`` as a formatter that never raises: when it does, the text is ``trunc``
    (tcpdump's ``" [|proto]"``)."""
    def format_(rec: _L, ctx: Context) -> str:
        try:
            return fmt(rec, ctx)
        except Exception:
            return trunc
    return format_


def _char(c: int) -> str:
    s = ""
    if c >= 0x80:
        c &= 0x7F
        s = "M-"
    if c < 0x20 or c == 0x7F:
        return s + "^" + chr(c ^ 0x40)
    return s + chr(c)


_CHARS: tuple[str, ...] = tuple(_char(c) for c in range(256))


def char(c: int) -> str:
    """One byte as tcpdump prints untrusted text (``M-x``, ``^X`` escapes)."""
    return _CHARS[c]


def printable(b: bytes) -> str:
    """Bytes as tcpdump prints untrusted text (``M-x``, ``^X`` escapes)."""
    return "".join([_CHARS[c] for c in b])


def printjnp(b: bytes) -> str:
    """Like :func:`printable`, stopping at the first NUL byte."""
    i = b.find(b"\0")
    return printable(b if i < 0 else b[:i])


def bitflags(table: tuple[tuple[int, str], ...], value: int, none: str = "none",
             sep: str = ", ") -> str:
    """The names of the bits set in ``value`` (``none`` when no name applies)."""
    names = [name for bit, name in table if value & bit == bit and bit]
    return sep.join(names) if names else none


def relts(secs: int) -> str:
    """tcpdump's relative-time text for whole seconds (``"1m30s"``, ``"0s"``)."""
    if secs == 0:
        return "0s"
    out = ""
    neg = secs < 0
    if neg:
        secs = -secs
    for unit, name in ((31536000, "y"), (604800, "w"), (86400, "d"), (3600, "h"), (60, "m")):
        if secs >= unit:
            out += f"{secs // unit}{name}"
            secs %= unit
    if secs:
        out += f"{secs}s"
    return ("-" if neg else "") + out


def pseudo_cksum(data: bytes, length: int, proto: int, ctx: Context) -> int:
    """The Internet checksum of ``data[:length]`` with the IP pseudo-header (0: valid)."""
    dst = ctx.cksum_dst or ctx.dst_raw
    if ctx.ip_version == 6 and len(ctx.src_raw) == 16 and len(dst) == 16:
        ph = _PS6.pack(ctx.src_raw, dst, length, proto)
    elif len(ctx.src_raw) == 4 and len(dst) == 4:
        ph = _PS4.pack(ctx.src_raw, dst, 0, proto, length & 0xFFFF)
    else:
        return 0
    return in_cksum(ph + bytes(data[:length]))


def written(out: list[str], write: Callable[[], object], trunc: str) -> str:
    """``out`` joined after ``write()`` has appended a unit's text to it; when that
    raises (:class:`Short` where the capture ends, or anything else), ``trunc``
    (tcpdump's ``" [|proto]"``) ends the text: a formatter never raises."""
    try:
        write()
    except Exception:
        out.append(trunc)
    return "".join(out)
