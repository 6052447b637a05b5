"""LISP control messages (RFC 6830/6833): UDP port 4342.

tcpdump names every message type; Map-Register and Map-Notify are decoded:
the record count (with ``-v`` the flags, authentication type and data), then
per EID record its TTL, authority, action and map version (``-v``), the EID
prefix and locator count, and per locator its address (and with ``-v`` the
priorities, weights and flags); the xTR-ID and site id when the I bit says
they are there, else what is left as hex.  A message with no records prints
`` (invalid)``, the capture ending inside one `` [|lisp]``.

The record keeps the header fields; the EID records are read by the
formatter from the captured bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._addr import ip6addr, ipaddr
from ._base import TRUNCATED, Context, Layer
from ._dump import hex_dump
from ._items import Short
from ._rtr import bitflags

__all__ = ["LispRecord", "decode_lisp", "format_lisp"]

TRUNC = " [|lisp]"
_TYPES = {0: "LISP-Reserved", 1: "LISP-Map-Request", 2: "LISP-Map-Reply",
          3: "LISP-Map-Register", 4: "LISP-Map-Notify",
          8: "LISP-Encapsulated-Contol-Message"}
_REGISTER, _NOTIFY = 3, 4
_REGISTER_FLAGS = ((0x08000000, "P-Proxy-Map-Reply"), (0x04000000, "S-LISP-SEC-Capable"),
                   (0x02000000, "I-xTR-ID-Present"), (0x01000000, "R-Build-For-RTR"),
                   (0x00000100, "M-Want-Map-Notify"))
_NOTIFY_FLAGS = ((0x08000000, "I-xTR-ID-Present"), (0x04000000, "R-Build-For-RTR"))
_AUTH = {0: "None", 1: "SHA1", 2: "SHA256"}
_ACTIONS = {0: "No-Action", 1: "Natively-Forward", 2: "Send-Map-Request", 3: "Drop"}
_LOC_FLAGS = ((0x0004, "Local-Locator"), (0x0002, "RLoc-Probed"), (0x0001, "Reachable"))
_HDR, _EID, _LOC = 16, 12, 8


@dataclass(slots=True)
class LispRecord(Layer):
    proto = "lisp"

    length: int = 0
    type: int = -1
    flags: int = 0             # the header's first 32 bits
    records: int = -1
    key_id: int = -1
    auth_len: int = 0
    data: bytes = field(default=b"", repr=False)


def decode_lisp(data: bytes, length: int, ctx: Context) -> LispRecord:
    d = bytes(data)
    rec = LispRecord(length=length, data=d)
    if len(d) < _HDR:
        rec.stop = TRUNCATED
        return rec
    rec.flags = int.from_bytes(d[:4], "big")
    rec.type = d[0] >> 4
    rec.records = d[3]
    rec.key_id = int.from_bytes(d[12:14], "big")
    rec.auth_len = int.from_bytes(d[14:16], "big")
    return rec


def format_lisp(rec: LispRecord, ctx: Context) -> str:
    if rec.type < 0:
        return TRUNC
    out: list[str] = []
    try:
        _message(rec, ctx.opts.verbose, out)
    except (Short, ValueError, IndexError):
        out.append(TRUNC)
    return "".join(out)


class _Trunc(Exception):
    """tcpdump's ``goto trunc``: the marker, the text goes no further."""


def _message(rec: LispRecord, verbose: int, out: list[str]) -> None:
    d = rec.data
    put = out.append
    t = rec.type
    put(f"{_TYPES.get(t, f'unknown-type-{t}')},")
    if verbose:
        if t == _REGISTER:
            put(f" flags [{bitflags(_REGISTER_FLAGS, rec.flags)}],")
        elif t == _NOTIFY:
            put(f" flags [{bitflags(_NOTIFY_FLAGS, rec.flags)}],")
    if t not in (_REGISTER, _NOTIFY):
        return
    xtr = rec.flags >> 24 & (2 if t == _REGISTER else 8)
    count = rec.records
    off = _HDR
    if verbose:
        put(f"\n    {count} record(s), ")
        put(f"Authentication {_AUTH.get(rec.key_id, 'unknown-type')},")
        _hex(d, off, rec.auth_len, "\n    Authentication-Data: ", out)
    else:
        put(f" {count} record(s),")
    off = (off + rec.auth_len) & 0xFFFF
    if count == 0:
        put(" (invalid)")
        return
    try:
        off = _eids(d, off, rec.length, count, verbose, out)
    except _Trunc:
        put(TRUNC)
        return
    if off < 0:
        return
    if xtr:
        if off + 24 > len(d):
            put(" (invalid)")
            return
        _hex(d, off, 16, "\n    xTR-ID: ", out)
        put(f"\n    SITE-ID: {int.from_bytes(d[off + 16:off + 24], 'big')}")
    elif off < len(d):
        _hex(d, off, len(d) - off, "\n    Data: ", out)


def _hex(d: bytes, off: int, k: int, ident: str, out: list[str]) -> None:
    """tcpdump's hex_print: what was captured of it, then the truncation."""
    chunk = d[off:off + k]
    out.append(hex_dump(chunk, ident))
    if len(chunk) < k:
        raise Short


def _u(d: bytes, off: int, k: int) -> int:
    if off + k > len(d):
        raise Short
    return int.from_bytes(d[off:off + k], "big")


def _addr(d: bytes, off: int, afi: int) -> str:
    size = 4 if afi == 1 else 16
    if off + size > len(d):
        raise Short
    a = d[off:off + size]
    return ipaddr(a) if size == 4 else ip6addr(a)


def _eids(d: bytes, off: int, length: int, count: int, verbose: int, out: list[str]) -> int:
    """The EID records; the offset after them (-1: tcpdump stops printing there)."""
    put = out.append
    while length > off and count:
        count -= 1
        if off + _EID > len(d):
            raise _Trunc
        put("\n")
        e = off
        off = (off + _EID) & 0xFFFF
        mask, afi, nloc = d[e + 5], _u(d, e + 10, 2), d[e + 4]
        if verbose:
            put(f"      Record TTL {_u(d, e, 4)},")
            act = d[e + 6]
            put(" Authoritative," if (act >> 4) & 1 else " Non-Authoritative,")
            put(f" {_ACTIONS.get(act >> 5, 'unknown')},")
            put(f" Map Version: {_u(d, e + 8, 2) & 0x0FFF},")
        if afi not in (1, 2):
            return -1
        put(f" EID {_addr(d, off, afi)}/{mask},")
        off = (off + (4 if afi == 1 else 16)) & 0xFFFF
        put(f" {nloc} locator(s)")
        for _ in range(nloc):
            if off + _LOC > len(d):
                raise _Trunc
            loc = off
            off = (off + _LOC) & 0xFFFF
            lafi = _u(d, loc + 6, 2)
            if verbose:
                put("\n       ")
            if lafi in (1, 2):
                size = 4 if lafi == 1 else 16
                if off + size > len(d):
                    raise _Trunc
                put(f" LOC {_addr(d, loc + _LOC, lafi)}")
                off = (off + size) & 0xFFFF
            if verbose:
                put(f"\n          Priority/Weight {d[loc]}/{d[loc + 1]}, Multicast "
                    f"Priority/Weight {d[loc + 2]}/{d[loc + 3]},")
                put(f" flags [{bitflags(_LOC_FLAGS, _u(d, loc + 4, 2))}],")
    return off
