"""IEEE 802.1AE MACsec: Ethernet type 0x88E5.

The SecTAG (TCI and association number, short length, packet number, the
optional secure channel identifier) is printed with ``-e`` only:
``"an 0, pn 6, flags CI, sci 2eb73f3995c3006f, "``.  What follows depends on
the TCI:

* encrypted or changed text (the E or C bit): without ``-e`` tcpdump names
  the MAC addresses and the header (``"src > dst 802.1AE MACsec, an 0, ..."``);
  the payload, ICV included, is left to the walker (``inner``), which dumps it
  in hex;
* integrity only: the 16-octet ICV is taken off the end (of the frame and of
  the capture), a non-zero short length bounds the secure data, and the
  frame goes on with the Ethernet type after the SecTAG (VLAN tags, IP, an
  unknown type's hex dump ...).  That inner unit is printed by a walk of its
  own over the secure data (the walker's tables), its records kept in
  :attr:`MacsecRecord.payload` (offsets from the inner type's end);
  ``inner`` then points at the unit's end, so that the walker (not the text
  fast path) prints the frame.

tcpdump knows MACsec right after the Ethernet addresses only: a SecTAG type
met again inside a MACsec frame (after a VLAN tag) is an unknown type, dumped
in hex.

A SecTAG the capture or the frame cuts short prints ``" [|macsec]"``; a
version bit or short-length bits out of range ``" (invalid)"``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._addr import etheraddr_string
from ._base import MALFORMED, TRUNCATED, UNKNOWN, Context, Layer
from ._dump import hex_ascii_dump
from ._rtr import filled, never_raising

__all__ = ["MacsecRecord", "decode_macsec", "format_macsec"]

ICV_LEN = 16
_TCI_VERSION, _TCI_ES, _TCI_SC, _TCI_SCB, _TCI_E, _TCI_C = 0x80, 0x40, 0x20, 0x10, 0x08, 0x04
_FLAG_NAMES = ((_TCI_E, "E"), (_TCI_C, "C"), (_TCI_ES, "S"), (_TCI_SCB, "B"), (_TCI_SC, "I"))
_VLAN_TPIDS = frozenset((0x8100, 0x88A8, 0x9100, 0x9200))
_MAX_NESTING = 8        # MACsec frames carried in frames carried in MACsec ...


@dataclass(slots=True)
class MacsecRecord(Layer, proto="macsec"):
    length: int = 0                # the unit's length (from the SecTAG on)
    tci: int = -1                  # TCI and AN octet
    an: int = 0                    # association number
    short_length: int = 0
    packet_number: int = 0
    sci: int | None = None         # secure channel identifier, when the SC bit is set
    sectag_length: int = 0
    encrypted: bool = False        # E or C set: the payload cannot be read
    # where the integrity-only path stopped after the SecTAG: "" (it did not),
    # "icv" (no room for the ICV), "short_length" (SL past the data), "type" (the
    # capture ends before the inner type), "type_length" (SL leaves no type)
    cut: str = ""
    nested_frame: int = 0          # >0: met inside a MACsec frame of that length, undecoded
    ethertype: int = -1            # the inner Ethernet type (integrity only)
    payload_length: int = 0        # the secure data after that type, on the wire
    payload: list[Layer] = field(default_factory=list)   # the inner units' records
    data: bytes = field(default=b"", repr=False)


def decode_macsec(data: bytes, length: int, ctx: Context) -> MacsecRecord:
    return filled(MacsecRecord(length=length, data=bytes(data)),
                  lambda rec, _d, _n: _decode(rec, ctx), data, length, TRUNCATED)


def _decode(rec: MacsecRecord, ctx: Context) -> None:
    d = rec.data
    n, length = len(d), rec.length
    frame = ctx.state.get("macsec.frame")
    if ctx.state.get("macsec.depth", 0) and isinstance(frame, int):
        # a SecTAG type inside a MACsec frame (after a VLAN tag): tcpdump's Ethernet
        # printer knows MACsec only right after the addresses
        rec.nested_frame = frame
        rec.stop = UNKNOWN
        return
    if n < 6 or length < 6:
        rec.stop = TRUNCATED
        return
    tci = d[0]
    rec.tci = tci
    sectag = 14 if tci & _TCI_SC else 6
    if n < sectag or length < sectag:
        rec.stop = TRUNCATED
        return
    if d[1] & 0xC0 or tci & _TCI_VERSION:
        rec.stop = MALFORMED
        return
    rec.an = tci & 3
    rec.short_length = d[1] & 0x3F
    rec.packet_number = int.from_bytes(d[2:6], "big")
    if tci & _TCI_SC:
        rec.sci = int.from_bytes(d[6:14], "big")
    rec.sectag_length = sectag
    if tci & (_TCI_E | _TCI_C):
        rec.encrypted = True
        # the walker dumps the rest in hex, as bytes no printer decodes
        rec.inner = ("macsec", 0, sectag)
        return
    plen, pcap = length - sectag, n - sectag
    if plen < ICV_LEN or pcap < ICV_LEN:
        rec.cut = "icv"
        rec.stop = TRUNCATED
        return
    plen -= ICV_LEN
    pcap -= ICV_LEN
    avail = pcap              # what the capture holds before the ICV (tcpdump's snapend)
    sl = rec.short_length
    if sl:
        if sl > plen or sl > pcap:
            rec.cut = "short_length"
            rec.stop = TRUNCATED
            return
        plen, pcap = min(plen, sl), min(pcap, sl)
    if avail < 2:
        rec.cut = "type"
        rec.stop = TRUNCATED
        return
    rec.ethertype = (d[sectag] << 8) | d[sectag + 1]
    if pcap < 2:
        rec.cut = "type_length"
        rec.payload_length = pcap      # the secure data the short length leaves
        rec.stop = MALFORMED
        return
    rec.payload_length = plen - 2
    # the inner units' records (the text walks them again, see format_macsec)
    rec.payload = _inner(rec, ctx, False)[0]
    # nothing left for the walker (the ICV is not printed); its Ethernet header names
    # both addresses, which the text of an unknown inner type repeats
    rec.inner = ("macsec", 0, length)


def _inner(rec: MacsecRecord, ctx: Context, text: bool) -> tuple[list[Layer], str]:
    """Walk the unit after the inner type: its records and (``text``) tcpdump's text."""
    depth = int(ctx.state.get("macsec.depth", 0))
    if depth >= _MAX_NESTING:
        return [], ""
    from . import _walk
    from . import link as _link
    body = _body(rec)
    et = rec.ethertype
    inner = Context(opts=ctx.opts, state=ctx.state, checksums=ctx.checksums)
    w: Any = _walk._Walk(body, inner, text)
    # the outer Ethernet header, for the text of a type no printer takes
    src = ctx.state.get("link_src", b"\0" * 6)
    dst = ctx.state.get("link_dst", b"\0" * 6)
    frame = rec.length + 14
    w.eth = _link.decode_ether(bytes(dst) + bytes(src) + bytes(((et >> 8) & 0xFF, et & 0xFF)),
                               frame, inner)
    length = rec.payload_length
    ctx.state["macsec.depth"] = depth + 1
    saved = ctx.state.get("macsec.frame")
    ctx.state["macsec.frame"] = frame
    try:
        if et <= 1500:
            w.run("llc", "llc", 0, 0, min(et, length))
        elif et in _VLAN_TPIDS:
            w.run("vlan", "ethertype", et, 0, length)
        else:
            # MACsec is known to tcpdump's Ethernet printer only, not as an inner type
            target = None if et == 0x88E5 else _walk.ETHERTYPES.get(et)
            w.run(target, "ethertype", et, 0, length)
    finally:
        ctx.state["macsec.depth"] = depth
        ctx.state["macsec.frame"] = saved
    return w.layers, "".join(w.parts)


def _body(rec: MacsecRecord) -> bytes:
    """The captured secure data after the inner type: before the ICV, within the
    short length when there is one (tcpdump's caplen, which its checks read)."""
    d = rec.data
    start = rec.sectag_length + 2
    end = max(len(d) - ICV_LEN, start)
    if rec.short_length:
        end = min(end, rec.sectag_length + rec.short_length)
    return d[start:end]


def _undecoded(rec: MacsecRecord, ctx: Context) -> str:
    """The text of an Ethernet type no printer takes (see :func:`_decode`)."""
    o = ctx.opts
    out = ""
    if not o.link_header:
        src, dst = ctx.state.get("link_src"), ctx.state.get("link_dst")
        if src is not None and dst is not None:
            out = f"{etheraddr_string(bytes(src), o)} > {etheraddr_string(bytes(dst), o)}, "
        out += f"{_type_text(0x88E5, ctx)}, length {rec.nested_frame}: "
    if not o.quiet and not o.suppress_default_print and rec.data:
        out += hex_ascii_dump(rec.data[:rec.length])
    return out


def _flags(tci: int) -> str:
    names = "".join(name for bit, name in _FLAG_NAMES if tci & bit)
    return names or "none"


def _header(rec: MacsecRecord) -> str:
    out = f"an {rec.an}, pn {rec.packet_number}, flags {_flags(rec.tci)}"
    if rec.short_length:
        out += f", sl {rec.short_length}"
    if rec.sci is not None:
        out += f", sci {rec.sci:016x}"
    return out + ", "


def _type_text(et: int, ctx: Context) -> str:
    from . import link as _link
    if ctx.opts.quiet:
        return _link.ethertype_text_quiet(et)
    return _link.ethertype_text(et)




def _format(rec: MacsecRecord, ctx: Context) -> str:
    o = ctx.opts
    if rec.nested_frame:
        return _undecoded(rec, ctx)
    if rec.sectag_length == 0:
        return " (invalid)" if rec.stop == MALFORMED else " [|macsec]"
    out = _header(rec) if o.link_header else ""
    if rec.encrypted:
        if not o.link_header:
            src, dst = ctx.state.get("link_src"), ctx.state.get("link_dst")
            if src is not None and dst is not None:
                out += f"{etheraddr_string(bytes(src), o)} > {etheraddr_string(bytes(dst), o)} "
            out += "802.1AE MACsec, " + _header(rec)
        return out
    if rec.cut in ("icv", "short_length"):
        return out + " [|macsec]"
    if rec.cut == "type":
        return out + " [|ether]"
    if rec.cut == "type_length":
        return out + f" [caplen {rec.payload_length} < 2]"
    et = rec.ethertype
    if et in _VLAN_TPIDS and min(len(_body(rec)), rec.payload_length) < 4:
        return out + " [|vlan]"        # before the tag's type is printed
    if o.link_header:
        out += "802.3" if et <= 1500 else _type_text(et, ctx) + ", "
    return out + _inner(rec, ctx, True)[1]


format_macsec = never_raising(_format, " [|macsec]")
