"""GRE (RFC 1701, RFC 2784, RFC 2890) and enhanced GRE for PPTP (RFC 2637): IP protocol 47.

tcpdump prints version 0 with its optional fields (``off``, ``key=``,
``seq``, source-route entries; ``sum`` and the flag names only with ``-v``)
and version 1 with its call id, sequence and acknowledgment numbers, then
``length`` (the whole GRE unit; with ``-e`` preceded by the payload type's
name), then the payload.  Only some payload types
are handed on (version 0: IPv4, IPv6, MPLS, transparent Ethernet bridging,
AppleTalk, IPX, OSI; version 1: PPP); the others print ``gre-proto-0x...``.

Joint with the inner unit: when :attr:`GreRecord.inner` is set, the text
:func:`format_gre` returns already ends with the separator tcpdump prints
before the payload (``": "``, or ``"\\n\\t"`` with ``-v``), so the walker
appends the inner unit's text directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, NamedTuple

from ._addr import ipaddr_string
from ._base import MALFORMED, TRUNCATED, UNKNOWN, Context, Layer, stopped
from .arp import ETHERTYPE_NAMES

__all__ = ["GreRecord", "decode_gre", "format_gre"]

_F_CSUM, _F_ROUTE, _F_KEY, _F_SEQ, _F_SSR, _F_ACK = 0x8000, 0x4000, 0x2000, 0x1000, 0x0800, 0x0080
_FLAG_NAMES = ((_F_CSUM, "checksum present"), (_F_ROUTE, "routing present"),
               (_F_KEY, "key present"), (_F_SEQ, "sequence# present"),
               (_F_SSR, "source routing present"), (_F_ACK, "ack present"))

_V0_INNER = frozenset((0x0800, 0x86DD, 0x8847, 0x6558, 0x809B, 0x8137, 0x00FE))
_V1_INNER = frozenset((0x880B,))


@dataclass(slots=True)
class GreSre:
    """One source route entry: address family, offset, and its bytes."""
    af: int = 0
    sre_off: int = 0
    sre_len: int = 0
    data: bytes = b""


@dataclass(slots=True)
class GreRecord(Layer, proto="gre"):
    flags: int = -1
    version: int = -1
    ptype: int = -1
    checksum: int = -1
    offset_field: int = -1
    key: int = -1
    call: int = -1           # v1: call id (low half of the key field)
    payload_len: int = -1    # v1: payload length (high half of the key field)
    seq: int = -1
    ack: int = -1
    routes: list[GreSre] = field(default_factory=list)
    length: int = 0
    header_len: int = 0
    # the field whose bytes were missing, for " [|gre]" placement
    cut_at: str = ""


class _Word(NamedTuple):
    """One optional 32-bit word after the protocol type."""
    mask: int                                   # the flag bits that bring it
    name: str                                   # what :attr:`GreRecord.cut_at` calls it
    store: Callable[[GreRecord, int], None]     # keep its value in the record
    text: Callable[[GreRecord, int], str]       # tcpdump's text (record, verbosity)


def _store_sum(rec: GreRecord, word: int) -> None:
    rec.checksum, rec.offset_field = word >> 16, word & 0xFFFF


def _store_key(rec: GreRecord, word: int) -> None:
    rec.key = word


def _store_call(rec: GreRecord, word: int) -> None:
    rec.payload_len, rec.call = word >> 16, word & 0xFFFF


def _store_seq(rec: GreRecord, word: int) -> None:
    rec.seq = word


def _store_ack(rec: GreRecord, word: int) -> None:
    rec.ack = word


def _sum_text(rec: GreRecord, verbose: int) -> str:
    return (f", sum 0x{rec.checksum:x}" if verbose else "") + f", off 0x{rec.offset_field:x}"


def _seq_text(rec: GreRecord, verbose: int) -> str:
    return f", seq {rec.seq}"


# The optional words in header order, per version.
_OPTIONAL_WORDS: tuple[tuple[_Word, ...], ...] = (
    (_Word(_F_CSUM | _F_ROUTE, "sum", _store_sum, _sum_text),
     _Word(_F_KEY, "key", _store_key, lambda rec, verbose: f", key=0x{rec.key:x}"),
     _Word(_F_SEQ, "seq", _store_seq, _seq_text)),
    (_Word(_F_KEY, "key", _store_call, lambda rec, verbose: f", call {rec.call}"),
     _Word(_F_SEQ, "seq", _store_seq, _seq_text),
     _Word(_F_ACK, "ack", _store_ack, lambda rec, verbose: f", ack {rec.ack}")),
)


def decode_gre(data: bytes, length: int, ctx: Context) -> GreRecord:
    rec = GreRecord(length=length)
    n = len(data)
    if n < 2:
        rec.stop, rec.cut_at = TRUNCATED, "flags"
        return rec
    flags = rec.flags = (data[0] << 8) | data[1]
    ver = rec.version = flags & 7
    if ver > 1:
        return stopped(rec, MALFORMED)
    if n < 4:
        rec.stop, rec.cut_at = TRUNCATED, "proto"
        return rec
    rec.ptype = (data[2] << 8) | data[3]
    o = 4
    for word in _OPTIONAL_WORDS[ver]:
        if flags & word.mask:
            if n < o + 4:
                rec.stop, rec.cut_at = TRUNCATED, word.name
                return rec
            word.store(rec, int.from_bytes(data[o:o + 4], "big"))
            o += 4
    if ver == 0:
        if flags & _F_ROUTE:
            while True:
                if n < o + 4:
                    rec.stop, rec.cut_at = TRUNCATED, "route"
                    return rec
                af = (data[o] << 8) | data[o + 1]
                sre = GreSre(af=af, sre_off=data[o + 2], sre_len=data[o + 3])
                o += 4
                if af == 0 and sre.sre_len == 0:
                    break
                if n < o + sre.sre_len:
                    sre.data = bytes(data[o:n])
                    rec.routes.append(sre)
                    rec.stop, rec.cut_at = TRUNCATED, "route"
                    return rec
                sre.data = bytes(data[o:o + sre.sre_len])
                rec.routes.append(sre)
                o += sre.sre_len
    rec.header_len = o
    if ver == 0:
        if rec.ptype in _V0_INNER:
            rec.inner = ("ethertype", rec.ptype, o)
        else:
            rec.stop = UNKNOWN
    elif flags & _F_SEQ:
        if rec.ptype in _V1_INNER:
            rec.inner = ("ethertype", rec.ptype, o)
        else:
            rec.stop = UNKNOWN
    return rec


def _route_text(sre: GreSre, ctx: Context) -> str:
    if sre.af == 0x0800:
        if sre.sre_len % 4:
            return f"(rtaf=ip, badlength={sre.sre_len})"
        parts = [("*" if i == sre.sre_off else "") + ipaddr_string(sre.data[i:i + 4], ctx.opts)
                 for i in range(0, len(sre.data), 4)]
        return "(rtaf=ip" + "".join(" " + p for p in parts) + ")"
    if sre.af == 0xFFFE:
        if sre.sre_len % 2:
            return f"(rtaf=asn, badlength={sre.sre_len})"
        parts = [("*" if i == sre.sre_off else "") + f"{(sre.data[i] << 8) | sre.data[i + 1]:x}"
                 for i in range(0, len(sre.data), 2)]
        return "(rtaf=asn" + "".join(" " + p for p in parts) + ")"
    return f"(rtaf=0x{sre.af:x})"


def format_gre(rec: GreRecord, ctx: Context) -> str:
    if rec.flags < 0:
        return " [|gre]"
    verbose = ctx.opts.verbose
    out = f"GREv{rec.version}"
    if rec.stop == MALFORMED:
        return out + " ERROR: unknown-version"
    if rec.cut_at == "proto":
        return out + " [|gre]"
    flags = rec.flags
    if verbose:
        names = [name for bit, name in _FLAG_NAMES if flags & bit]
        out += f", Flags [{', '.join(names) if names else 'none'}]"
    cut = " [|gre]"
    for word in _OPTIONAL_WORDS[rec.version]:
        if flags & word.mask:
            if rec.cut_at == word.name:
                return out + cut
            out += word.text(rec, verbose)
    if rec.version == 0:
        if flags & _F_ROUTE:
            last = len(rec.routes) - 1
            for i, sre in enumerate(rec.routes):
                if rec.cut_at == "route" and i == last and len(sre.data) < sre.sre_len:
                    if sre.af not in (0x0800, 0xFFFE):
                        out += f", (rtaf=0x{sre.af:x})"
                    return out + cut
                out += ", " + _route_text(sre, ctx)
            if rec.cut_at == "route":
                return out + cut
    elif not flags & _F_SEQ:
        out += ", no-payload"
    if ctx.opts.link_header:
        out += f", proto {ETHERTYPE_NAMES.get(rec.ptype, 'unknown')} (0x{rec.ptype:04x})"
    out += f", length {rec.length}"
    if rec.version == 1 and not flags & _F_SEQ:
        return out
    sep = "\n\t" if verbose else ": "
    if rec.inner is not None:
        return out + sep
    return out + sep + f"gre-proto-0x{rec.ptype:x}"
