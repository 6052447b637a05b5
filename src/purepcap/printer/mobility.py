"""The IPv6 Mobility Header (RFC 6275): IP protocol 135 (and 62, its old number).

``mobility: BU seq#=116 A lifetime=15872``: the message type (BRR, HoTI, CoTI,
HoT, CoT, BU, BA, BE, else ``type-#N len=L``) and its fixed fields; with ``-v``
the cookies and keygen tokens and the mobility options (``(pad1)``,
``(alt-CoA: ...)``, ``(ni: ho=0x.. co=0x..)``, ``(refresh: N)``, ``(auth)``).

tcpdump 4.99.3 prints each field only when all the bytes it reads were
captured (the IPv6 payload's end counting as the capture's end), and gives up
with `` [|mobility]`` at the first one that was not; an option is printed only
when the byte after it was captured too.  Only IPv6 carries this header:
under IPv4 the protocol number prints as any unknown one.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._addr import ip6addr_string
from ._base import MALFORMED, TRUNCATED, UNKNOWN, Context, Layer, Options
from ._rtr import bitflags, filled

__all__ = ["MobilityRecord", "decode_mobility", "format_mobility", "MH_TYPES"]

MH_TYPES = {0: "BRR", 1: "HoTI", 2: "CoTI", 3: "HoT", 4: "CoT", 5: "BU", 6: "BA", 7: "BE"}
# the fixed part of each message type (its header included)
_MIN_LEN = (8, 16, 16, 24, 24, 12, 12, 24)
_BU_BITS = ((0x08, "A"), (0x04, "H"), (0x02, "L"), (0x01, "K"))
_H = struct.Struct("!H")
_I = struct.Struct("!I")


@dataclass(slots=True)
class MobilityRecord(Layer, proto="mobility"):
    """A mobility header.  A field is None when the capture ends before it."""

    length: int = 0
    payload_proto: int = -1
    header_len: int = 0          # bytes, from the length field ((len + 1) * 8)
    mh_type: int = -1
    seq: int | None = None       # BU, BA
    flags: int | None = None     # BU: the A, H, L, K bits (high nibble of octet 8)
    lifetime: int | None = None  # BU, BA: seconds
    status: int | None = None    # BA, BE
    k_flag: bool | None = None   # BA
    nonce_id: int | None = None  # HoT, CoT
    cookie: str | None = None    # HoTI, CoTI, HoT, CoT: "xxxxxxxx:xxxxxxxx"
    keygen: str | None = None    # HoT, CoT
    home_addr: str | None = None  # BE
    options: list[str] = field(default_factory=list)  # tcpdump's texts of the options
    options_cut: bool = False    # the capture ends inside (or right after) the options
    ip_version: int = 6


def _u16(d: bytes, off: int) -> int | None:
    return _H.unpack_from(d, off)[0] if off + 2 <= len(d) else None


def _cookie(d: bytes, off: int) -> str | None:
    if off + 8 > len(d):
        return None
    return f"{_I.unpack_from(d, off)[0]:08x}:{_I.unpack_from(d, off + 4)[0]:08x}"


def decode_mobility(data: bytes, length: int, ctx: Context) -> MobilityRecord:
    rec = MobilityRecord(length=length, ip_version=ctx.ip_version)
    if ctx.ip_version != 6:
        rec.stop = UNKNOWN
        return rec
    return filled(rec, lambda r, d, _: _decode(r, d, ctx.opts), data, length, TRUNCATED)


def _decode(rec: MobilityRecord, d: bytes, opts: Options) -> None:
    n = len(d)
    if n < 2:
        rec.stop = TRUNCATED
        return
    rec.payload_proto = d[0]
    rec.header_len = mhlen = (d[1] + 1) << 3
    if n < 3:
        rec.stop = TRUNCATED
        return
    t = rec.mh_type = d[2]
    if t < len(_MIN_LEN) and mhlen < _MIN_LEN[t]:
        rec.stop = MALFORMED
        return
    if t in (1, 2):
        rec.cookie = _cookie(d, 8)
    elif t in (3, 4):
        rec.nonce_id = _u16(d, 6)
        rec.cookie = _cookie(d, 8)
        rec.keygen = _cookie(d, 16)
    elif t == 5:
        rec.seq = _u16(d, 6)
        if n >= 10:
            rec.flags = d[8] >> 4
        life = _u16(d, 10)
        rec.lifetime = None if life is None else life << 2
    elif t == 6:
        rec.status = d[6] if n > 6 else None
        rec.k_flag = bool(d[7] & 0x80) if n > 7 else None
        rec.seq = _u16(d, 8)
        life = _u16(d, 10)
        rec.lifetime = None if life is None else life << 2
    elif t == 7:
        rec.status = d[6] if n > 6 else None
        rec.home_addr = ip6addr_string(d[8:24], opts) if n >= 24 else None
    if t < len(_MIN_LEN):
        _options(rec, d, _MIN_LEN[t], mhlen - _MIN_LEN[t], opts)


def _options(rec: MobilityRecord, d: bytes, base: int, total: int, opts: Options) -> None:
    """The options from ``base`` (``total`` bytes per the header)."""
    n = len(d)
    out = rec.options
    i = 0
    while i < total:
        p = base + i
        if p >= n:
            break
        t = d[p]
        if t == 0:
            ln = 1
        elif i + 1 < total:
            if p + 1 >= n:
                break
            ln = d[p + 1] + 2
        else:
            break
        if i + ln > total or p + ln >= n:
            break
        left = total - i
        if t == 0:
            out.append("(pad1)")
        elif t == 1:
            out.append("(padn)")
        elif t in _OPTIONS:
            need, name = _OPTIONS[t]
            if left < need:
                out.append(f"({name}: trunc)")
                break
            if t != 5 and p + need > n:    # (tcpdump reads no field of an auth option)
                break
            out.append(_option(t, d, p, opts))
        else:
            out.append(f"(type-0x{t:02x}: len={d[p + 1]})")
        i += ln
    else:
        return
    rec.options_cut = True


# option type -> (its length, its name in a "trunc" note)
_OPTIONS = {2: (4, "refresh"), 3: (18, "altcoa"), 4: (6, "ni"), 5: (12, "auth")}


def _option(t: int, d: bytes, p: int, opts: Options) -> str:
    """The text of a refresh, alternate care-of address, nonce indices or auth option
    (its bytes captured)."""
    if t == 2:
        return f"(refresh: {_H.unpack_from(d, p + 2)[0] << 2})"
    if t == 3:
        return f"(alt-CoA: {ip6addr_string(d[p + 2:p + 18], opts)})"
    if t == 4:
        return (f"(ni: ho=0x{_H.unpack_from(d, p + 2)[0]:04x} "
                f"co=0x{_H.unpack_from(d, p + 4)[0]:04x})")
    return "(auth)"


def format_mobility(rec: MobilityRecord, ctx: Context) -> str:
    if rec.ip_version != 6:
        from ._walk import _protocol_names
        p = ctx.ipproto
        name = None if ctx.opts.numeric else _protocol_names().get(p)
        return f" {name} {rec.length}" if name else f" ip-proto-{p} {rec.length}"
    if rec.mh_type < 0:
        return " [|mobility]"
    if rec.stop == MALFORMED:
        return (f"(header length {rec.header_len} is too small for type {rec.mh_type})"
                " [|mobility]")
    out = ["mobility: " + MH_TYPES.get(rec.mh_type, f"type-#{rec.mh_type}")]
    if _fields(rec, ctx.opts.verbose, out):
        return "".join(out)
    return "".join(out) + " [|mobility]"


def _fields(rec: MobilityRecord, v: int, out: list[str]) -> bool:
    """Write the message's fields (and, with -v, its options) to ``out`` in
    tcpdump's order; False where the capture ends before one."""
    t = rec.mh_type
    if rec.stop is not None:
        return False
    if t in (1, 2, 3, 4):
        home = "Home" if t in (1, 3) else "Care-of"
        fields: list[tuple[object, _Text]] = []
        if t >= 3:
            fields.append((rec.nonce_id, lambda x: f" nonce id=0x{x:x}"))
        if v:
            fields.append((rec.cookie, lambda x: f" {home} Init Cookie={x}"))
            if t >= 3:
                fields.append((rec.keygen, lambda x: f" {home} Keygen Token={x}"))
    elif t == 5:
        fields = [(rec.seq, _SEQ),
                  (rec.flags, lambda x: " " + bitflags(_BU_BITS, x, "", "") if x else ""),
                  (rec.lifetime, _LIFETIME)]
    elif t == 6:
        fields = [(rec.status, _STATUS), (rec.k_flag, lambda x: " K" if x else ""),
                  (rec.seq, _SEQ), (rec.lifetime, _LIFETIME)]
    elif t == 7:
        fields = [(rec.status, _STATUS), (rec.home_addr, lambda x: f" homeaddr {x}")]
    elif t != 0:
        out.append(f" len={rec.header_len // 8 - 1}")
        return True
    else:
        fields = []
    for value, text in fields:
        if value is None:
            return False
        out.append(text(value))
    if v:
        out.extend(rec.options)
        return not rec.options_cut
    return True


_Text = Callable[[Any], str]
_SEQ: _Text = lambda x: f" seq#={x}"  # noqa: E731
_LIFETIME: _Text = lambda x: f" lifetime={x}"  # noqa: E731
_STATUS: _Text = lambda x: f" status={x}"  # noqa: E731
