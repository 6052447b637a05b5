"""DCCP (RFC 4340): IP protocol 33.

tcpdump's DCCP printer writes the addresses and ports itself
(``src.sport > dst.dport: DCCP``), then with ``-v`` the CCVal and checksum
coverage fields and, when the whole packet was captured, the checksum (over
the coverage the CsCov field names, with the IP pseudo-header); the packet
type with its service code, reset code or acknowledgement number; with
``-vv`` the sequence number and the options.  A packet shorter than its
type's header prints ``truncated-...``.

The record keeps the generic header's fields and the type-specific ones;
the options are read by the formatter from the captured header.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import ClassVar

from ._addr import ip6addr_string, ipaddr_string
from ._base import MALFORMED, TRUNCATED, Context, Layer
from ._items import Short
from .ip import in_cksum
from .tcp import cksum_shouldbe

__all__ = ["DccpRecord", "decode_dccp", "format_dccp"]

TRUNC = " [|dccp]"
_TYPES = ("DCCP-Request", "DCCP-Response", "DCCP-Data", "DCCP-Ack", "DCCP-DataAck",
          "DCCP-CloseReq", "DCCP-Close", "DCCP-Reset", "DCCP-Sync", "DCCP-SyncAck")
_REQUEST, _RESPONSE, _DATA, _RESET = 0, 1, 2, 7
# octets each type adds to the generic header
_EXTRA = {0: 4, 1: 12, 2: 0, 3: 8, 4: 8, 5: 8, 6: 8, 7: 12, 8: 8, 9: 8}
_RESET_CODES = ("unspecified", "closed", "aborted", "no_connection", "packet_error",
                "option_error", "mandatory_error", "connection_refused", "bad_service_code",
                "too_busy", "bad_init_cookie", "aggression_penalty")
_FEATURES = ("reserved", "ccid", "allow_short_seqno", "sequence_window", "ecn_incapable",
             "ack_ratio", "send_ack_vector", "send_ndp_count", "minimum checksum coverage",
             "check data checksum")
_OPTIONS = {0: "nop", 1: "mandatory", 2: "slowreceiver", 32: "change_l", 33: "confirm_l",
            34: "change_r", 35: "confirm_r", 36: "initcookie", 37: "ndp_count",
            38: "ack_vector0", 39: "ack_vector1", 40: "data_dropped", 41: "timestamp",
            42: "timestamp_echo", 43: "elapsed_time", 44: "data_checksum"}
_PS4 = struct.Struct("!4s4sBBH")
_PS6 = struct.Struct("!16s16sIxxxB")


@dataclass(slots=True)
class DccpRecord(Layer):
    """A DCCP header (``-1``: not read)."""

    proto = "dccp"
    prints_addresses: ClassVar[bool] = True   # the walker leaves "src.port > dst.port: " to it

    length: int = 0            # the IP payload's length
    sport: int = -1
    dport: int = -1
    doff: int = -1             # the header's length in 32-bit words
    ccval: int = -1
    cscov: int = -1
    checksum: int = -1
    checksum_ok: bool | None = None
    computed: int = 0
    type: int = -1
    extended: bool = False     # 48-bit sequence numbers
    seq: int = -1
    ack: int | None = None
    service: int | None = None
    reset_code: int | None = None
    fixed: int = 0             # the generic and type-specific header's length
    header: bytes = field(default=b"", repr=False)   # the captured header, options included


def decode_dccp(data: bytes, length: int, ctx: Context) -> DccpRecord:
    d = bytes(data)
    rec = DccpRecord(length=length)
    if len(d) < 12:
        rec.stop = TRUNCATED
        return rec
    if length < 12:
        rec.stop = MALFORMED
        return rec
    rec.extended = bool(d[8] & 1)
    rec.fixed = 16 if rec.extended else 12
    if length < rec.fixed:
        rec.stop = MALFORMED
        return rec
    if len(d) < rec.fixed:
        rec.stop = TRUNCATED
        return rec
    rec.sport, rec.dport, rec.doff, cc, rec.checksum = struct.unpack_from("!HHBBH", d)
    rec.ccval, rec.cscov = cc >> 4, cc & 0xF
    rec.type = (d[8] >> 1) & 0xF
    rec.seq = int.from_bytes(d[10:16] if rec.extended else d[9:12], "big")
    rec.header = d[:max(rec.doff * 4, rec.fixed)]
    if ctx.opts.verbose and len(d) >= length:
        _checksum(rec, d, length, ctx)
    base = rec.fixed
    extra = _EXTRA.get(rec.type)
    if extra is not None:
        rec.fixed += extra
        if length < rec.fixed:
            rec.stop = MALFORMED
            return rec
    if rec.type not in (_REQUEST, _DATA):
        # the acknowledgement number follows the generic header
        ack = d[base + 2:base + 8] if rec.extended else d[base + 1:base + 4]
        if len(ack) == (6 if rec.extended else 3):
            rec.ack = int.from_bytes(ack, "big")
    if rec.type == _REQUEST:
        rec.service = _u32(d, base)
    elif rec.type == _RESPONSE:
        rec.service = _u32(d, base + 8)
    elif rec.type == _RESET:
        rec.reset_code = d[base + 8] if len(d) >= base + 12 else None
    return rec


def _u32(d: bytes, off: int) -> int | None:
    return int.from_bytes(d[off:off + 4], "big") if off + 4 <= len(d) else None


def _checksum(rec: DccpRecord, d: bytes, length: int, ctx: Context) -> None:
    cov = length
    if rec.cscov:
        cov = min((rec.doff + rec.cscov - 1) * 4, length)
    dst = ctx.cksum_dst or ctx.dst_raw
    if ctx.ip_version == 6 and len(ctx.src_raw) == 16 and len(dst) == 16:
        ph = _PS6.pack(ctx.src_raw, dst, length, 33)
    elif len(ctx.src_raw) == 4 and len(dst) == 4:
        ph = _PS4.pack(ctx.src_raw, dst, 0, 33, length & 0xFFFF)
    else:
        return
    c = in_cksum(ph + d[:cov])
    rec.checksum_ok = c == 0
    rec.computed = cksum_shouldbe(rec.checksum, c)


def format_dccp(rec: DccpRecord, ctx: Context) -> str:
    """tcpdump's text from the addresses on (the walker prints none for DCCP)."""
    if rec.sport < 0:
        if rec.stop == TRUNCATED:
            return TRUNC
        return f"truncated-dccp - {(rec.fixed or 12) - rec.length} bytes missing!"
    out = [_addresses(ctx, rec.sport, rec.dport), "DCCP"]
    opts = ctx.opts
    hlen = rec.doff * 4
    if opts.quiet:
        out.append(f" {(rec.length - hlen) & 0xFFFFFFFF}")
        if hlen > rec.length:
            out.append(f" [bad hdr length {hlen} - too long, > {rec.length}]")
        return "".join(out)
    if opts.verbose:
        out.append(f" (CCVal {rec.ccval}, CsCov {rec.cscov}")
        if rec.checksum_ok is not None:
            out.append(f", cksum 0x{rec.checksum:04x} ")
            out.append("(correct)" if rec.checksum_ok else f"(incorrect -> 0x{rec.computed:04x})")
        out.append(")")
    out.append(" ")
    t = rec.type
    name = _TYPES[t] if t < len(_TYPES) else ""
    if rec.stop == MALFORMED:
        out.append(f"truncated-{name} - {rec.fixed - rec.length} bytes missing!")
        return "".join(out)
    if t == _REQUEST or t == _RESPONSE:
        if rec.service is None:
            return "".join(out) + TRUNC
        out.append(f"{name} (service={rec.service}) ")
    elif t == _RESET:
        if rec.reset_code is None:
            return "".join(out) + TRUNC
        code = rec.reset_code
        out.append(f"{name} (code={_RESET_CODES[code] if code < len(_RESET_CODES) else 'invalid'}) ")
    else:
        out.append(f"{name or f'unknown-type-{t}'} ")
    if t not in (_DATA, _REQUEST):
        if rec.ack is None:
            return "".join(out) + TRUNC
        out.append(f"(ack={rec.ack}) ")
    if opts.verbose < 2:
        return "".join(out)
    out.append(f"seq {rec.seq}")
    if hlen > rec.fixed:
        out.append(" <")
        try:
            _options(rec.header, rec.fixed, hlen - rec.fixed, out)
        except Short:
            out.append(TRUNC)
            return "".join(out)
        out.append(">")
    return "".join(out)


def _addresses(ctx: Context, sport: int, dport: int) -> str:
    o = ctx.opts
    if ctx.ip_version == 6:
        src, dst = ip6addr_string(ctx.src_raw, o), ip6addr_string(ctx.dst_raw, o)
    else:
        src, dst = ipaddr_string(ctx.src_raw, o), ipaddr_string(ctx.dst_raw, o)
    return f"{src}.{sport} > {dst}.{dport}: "


def _byte(h: bytes, off: int) -> int:
    if off >= len(h):
        raise Short
    return h[off]


def _options(h: bytes, p: int, hlen: int, out: list[str]) -> None:
    while True:
        used = _option(h, p, hlen, out)
        if not used or hlen <= used:
            return
        hlen -= used
        p += used
        out.append(", ")


def _opt_name(code: int) -> str:
    return f"CCID option {code}" if code >= 128 else _OPTIONS.get(code, f"Option {code}")


def _option(h: bytes, p: int, hlen: int, out: list[str]) -> int:
    """One option's text; the octets it takes (0: tcpdump stops there)."""
    code = _byte(h, p)
    optlen = 1
    if code >= 32:
        optlen = _byte(h, p + 1)
        if optlen < 2:
            out.append(f"{_opt_name(code)} optlen too short")
            return 0
    if hlen < optlen:
        out.append(f"{_opt_name(code)} optlen goes past header length")
        return 0
    if p + optlen > len(h):
        out.append(TRUNC)
        return 0
    body = h[p + 2:p + optlen]
    out.append(_opt_name(code))
    if code >= 128:
        if optlen in (4, 6):
            out.append(f" {int.from_bytes(body, 'big')}")
    elif 32 <= code <= 35:
        if optlen < 3:
            out.append(" optlen too short")
        elif body[0] < 10:
            out.append(f" {_FEATURES[body[0]]}" + "".join(f" {b}" for b in body[1:]))
    elif code in (36, 38, 39, 40):
        if body:
            out.append(" 0x" + body.hex())
    elif code == 37:
        out.append("".join(f" {b}" for b in body))
    elif code == 41:
        out.append(f" {int.from_bytes(body, 'big')}" if optlen == 6 else " [optlen != 6]")
    elif code == 42:
        if optlen in (6, 8, 10):
            out.append(f" {int.from_bytes(body[:4], 'big')}")
            if optlen > 6:
                out.append(f" (elapsed time {int.from_bytes(body[4:], 'big')})")
        else:
            out.append(" [optlen != 6 or 8 or 10]")
    elif code == 43:
        out.append(f" {int.from_bytes(body, 'big')}" if optlen in (4, 6) else " [optlen != 4 or 6]")
    elif code == 44:
        if body:
            out.append(" " + body.hex())
    return optlen
