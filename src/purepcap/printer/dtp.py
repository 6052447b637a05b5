"""Cisco Dynamic Trunking Protocol (DTP): SNAP, OUI 0x00000c, protocol 0x2004.

``"DTPv1, length 29"``; with ``-v`` one line per TLV (tcpdump 4.99.3's
wording): ``"\\n\\tDomain (0x0001) TLV, length 8, Lab"``, the status and DTP
type octets in hex (``", 0x4"``), the neighbour's MAC address.  A TLV of type
0 ends the list silently; a bad length prints tcpdump's note and
``" (invalid)"``; a field the capture lacks ends the text with ``" [|dtp]"``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._addr import etheraddr_string
from ._base import MALFORMED, TRUNCATED, Context, Layer
from ._rtr import char, filled, written

__all__ = ["DtpRecord", "DtpTlv", "decode_dtp", "format_dtp"]

TLV_NAMES = {1: "Domain", 2: "Status", 3: "DTP type", 4: "Neighbor"}


@dataclass(slots=True)
class DtpTlv:
    type: int = 0
    length: int = 0          # the TLV's length field (header included)
    value: bytes = b""       # the captured part of the value


@dataclass(slots=True)
class DtpRecord(Layer, proto="dtp"):
    length: int = 0
    version: int | None = None
    tlvs: list[DtpTlv] = field(default_factory=list)
    # why the TLV list ended early: "" (it did not), "zero" (an empty packet),
    # "remaining" (fewer than 4 octets left), "tlv_length" (a length < 4 or past
    # the packet), "value_length" (a status/type/neighbour TLV of a wrong size)
    error: str = ""
    remaining: int = 0       # octets left when the error was met
    tail_cut: bool = False   # the octets after the error were not all captured


def decode_dtp(data: bytes, length: int, ctx: Context) -> DtpRecord:
    rec = filled(DtpRecord(length=length), _decode, data, length, TRUNCATED)
    if (rec.stop == TRUNCATED or rec.tail_cut) and (ctx.opts.verbose or rec.version is None):
        # tcpdump leaves the packet where the capture ends (it reads the TLVs with -v only)
        ctx.dump_from_start = True
    return rec


def _decode(rec: DtpRecord, d: bytes, length: int) -> None:
    n = len(d)
    if length < 1:
        rec.error = "zero"
        rec.stop = MALFORMED
        return
    if n < 1:
        rec.stop = TRUNCATED
        return
    rec.version = d[0]
    pos, left = 1, length - 1
    while left:
        if left < 4:
            _error(rec, "remaining", pos, left, n)
            return
        if pos + 4 > n:
            rec.stop = TRUNCATED
            return
        t = (d[pos] << 8) | d[pos + 1]
        ln = (d[pos + 2] << 8) | d[pos + 3]
        if t == 0:
            return
        tlv = DtpTlv(type=t, length=ln)
        rec.tlvs.append(tlv)
        if ln < 4 or ln > left:
            _error(rec, "tlv_length", pos, left, n)
            return
        if t == 1:
            tlv.value = d[pos + 4:pos + ln]
            if pos + ln > n and b"\0" not in tlv.value:
                rec.stop = TRUNCATED
                return
        elif t in (2, 3, 4):
            if ln != (10 if t == 4 else 5):
                _error(rec, "value_length", pos, left, n)
                return
            tlv.value = d[pos + 4:pos + ln]
            if pos + ln > n:
                rec.stop = TRUNCATED
                return
        elif pos + ln > n:
            rec.stop = TRUNCATED
            return
        pos += ln
        left -= ln


def _error(rec: DtpRecord, why: str, pos: int, left: int, n: int) -> None:
    rec.error = why
    rec.remaining = left
    rec.stop = MALFORMED
    rec.tail_cut = pos + left > n


def format_dtp(rec: DtpRecord, ctx: Context) -> str:
    out: list[str] = []
    return written(out, lambda: _format(rec, ctx, out), " [|dtp]")


def _format(rec: DtpRecord, ctx: Context, out: list[str]) -> None:
    if rec.error == "zero":
        out.append("[zero packet length] (invalid)")
        return
    if rec.version is None:
        out.append(" [|dtp]")
        return
    out.append(f"DTPv{rec.version}, length {rec.length}")
    if ctx.opts.verbose < 1:
        return
    tlvs = rec.tlvs
    for i, t in enumerate(tlvs):
        last = i == len(tlvs) - 1
        out.append(f"\n\t{TLV_NAMES.get(t.type, 'Unknown')} (0x{t.type:04x}) TLV, "
                   f"length {t.length}")
        if last and rec.error == "tlv_length":
            out.append(f"[invalid TLV length {t.length}]")
            break
        if last and rec.error == "value_length":
            break
        if t.type == 1:
            out.append(", ")
            v = t.value
            z = v.find(b"\0")
            out.append("".join(char(c) for c in (v if z < 0 else v[:z])))
        elif t.type in (2, 3):
            if t.value:
                out.append(f", 0x{t.value[0]:x}")
        elif t.type == 4:
            if len(t.value) == 6:
                out.append(", " + etheraddr_string(t.value, ctx.opts))
    if rec.error == "remaining":
        out.append(f"[{rec.remaining} bytes remaining]")
    if rec.error:
        out.append(" (invalid)")
        if rec.tail_cut:
            out.append(" [|dtp]")
        return
    if rec.stop == TRUNCATED:
        out.append(" [|dtp]")
