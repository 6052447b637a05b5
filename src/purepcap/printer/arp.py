"""ARP and RARP (RFC 826, RFC 903, inverse ARP RFC 2390): ethertypes 0x0806, 0x8035.

Both ethertypes carry the same packet and tcpdump prints them alike, starting
with ``"ARP, "`` (left out with ``-e``, where the Ethernet line already named
the ethertype).  Without ``-v`` the hardware and protocol types are only
named when the packet is not a plain IPv4 one (protocol not IPv4 or Trail,
protocol address length not 4, or no hardware address), and then the
operation is not printed at all.  Operations tcpdump has no layout for print
their name and a hex dump of the unit.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import link
from ._addr import etheraddr_string, ipaddr_string
from ._base import MALFORMED, TRUNCATED, Context, Layer, stopped
from ._dump import hex_ascii_dump

__all__ = ["ArpRecord", "decode_arp", "format_arp", "ETHERTYPE_NAMES", "linkaddr"]

# hardware types tcpdump names (others: "Unknown Hardware (N)")
_HRD_NAMES: dict[int, str] = {
    1: "Ethernet", 6: "TokenRing", 7: "ArcNet", 15: "FrameRelay", 23: "Strip",
    24: "IEEE 1394", 32: "InfiniBand",
}

# ethertype names as tcpdump prints them in ARP -v output: the link layer's, and a few
# more that tcpdump names only here
ETHERTYPE_NAMES: dict[int, str] = {
    **link.ETHERTYPE_NAMES,
    0x00FE: "GRE-OSI", 0x0200: "PUP", 0x0500: "Sprite", 0x8870: "Jumbo",
}

_OP_NAMES: dict[int, str] = {
    1: "Request", 2: "Reply", 3: "Reverse Request", 4: "Reverse Reply",
    8: "Inverse Request", 9: "Inverse Reply", 10: "NACK Reply",
}

_IP_LIKE = (0x0800, 0x1000)   # IPv4 and Trail: protocol addresses print as dotted quads
_ATM = 19   # ARPHRD_ATM2225: its own layout (RFC 2225)


@dataclass(slots=True)
class ArpRecord(Layer, proto="arp"):
    hrd: int = 0
    pro: int = 0
    hln: int = 0
    pln: int = 0
    op: int = 0
    sha: bytes = b""
    spa: bytes = b""
    tha: bytes = b""
    tpa: bytes = b""
    length: int = 0
    ssa: bytes = b""    # ATM ARP (hardware type 19) subaddresses
    tsa: bytes = b""
    tpln: int = 0       # ATM ARP: target protocol address length (pln is the source's)
    raw: bytes = b""    # the captured unit, kept only for operations printed as hex


def decode_arp(data: bytes, length: int, ctx: Context) -> ArpRecord:
    rec = ArpRecord(length=length)
    n = len(data)
    if n < 8:
        return stopped(rec)
    rec.hrd = (data[0] << 8) | data[1]
    if rec.hrd == _ATM:
        return _decode_atmarp(data, rec)
    rec.pro = (data[2] << 8) | data[3]
    hln = rec.hln = data[4]
    pln = rec.pln = data[5]
    rec.op = (data[6] << 8) | data[7]
    end = 8 + 2 * hln + 2 * pln
    if n < end:
        return stopped(rec)
    o = 8
    rec.sha = bytes(data[o:o + hln])
    o += hln
    rec.spa = bytes(data[o:o + pln])
    o += pln
    rec.tha = bytes(data[o:o + hln])
    o += hln
    rec.tpa = bytes(data[o:o + pln])
    if rec.op not in _OP_NAMES or rec.op == 10:
        rec.raw = bytes(data)
    return rec


def _decode_atmarp(data: bytes, rec: ArpRecord) -> ArpRecord:
    """RFC 2225 layout: type-and-length octets for each address and subaddress."""
    if len(data) < 12:
        return stopped(rec)
    rec.pro = (data[2] << 8) | data[3]
    shl, ssl = data[4] & 0x3F, data[5] & 0x3F
    rec.op = (data[6] << 8) | data[7]
    spl = rec.pln = data[8]
    thl, tsl = data[9] & 0x3F, data[10] & 0x3F
    tpl = rec.tpln = data[11]
    rec.hln = shl
    o = 12
    parts: list[bytes] = []
    for n in (shl, ssl, spl, thl, tsl, tpl):
        if o + n > len(data):
            return stopped(rec)
        parts.append(bytes(data[o:o + n]))
        o += n
    rec.sha, rec.ssa, rec.spa, rec.tha, rec.tsa, rec.tpa = parts
    if rec.op not in (1, 2, 8, 9, 10):
        rec.raw = bytes(data)
    return rec


def linkaddr(b: bytes, ctx: Context) -> str:
    """A hardware address as tcpdump prints one of any length."""
    if not b:
        return "<empty>"
    if len(b) == 6:
        return etheraddr_string(b, ctx.opts)
    return ":".join(f"{x:02x}" for x in b)


def _paddr(rec: ArpRecord, b: bytes, ctx: Context) -> str:
    if rec.pro not in _IP_LIKE:
        return "<wrong proto type>"
    if rec.pln != 4:
        return "<wrong len>"
    return ipaddr_string(b, ctx.opts)


def _atmaddr(ha: bytes, sa: bytes, ctx: Context) -> str:
    if not ha:
        return "<No address>"
    text = linkaddr(ha, ctx)
    return text + "," + linkaddr(sa, ctx) if sa else text


def _atm_paddr(rec: ArpRecord, b: bytes, wrong: str, ctx: Context) -> str:
    if rec.pro not in _IP_LIKE:
        return "<wrong proto type>"
    if len(b) != 4:
        return wrong
    return ipaddr_string(b, ctx.opts)


def _pro_name(rec: ArpRecord) -> str:
    return ETHERTYPE_NAMES.get(rec.pro) or f"Unknown Protocol (0x{rec.pro:04x})"


def _head(rec: ArpRecord, ctx: Context, plain: bool, kinds: str) -> tuple[str, bool]:
    """The text before the addresses: ``"ARP, "`` without ``-e``, ``kinds``
    (hardware and protocol) unless ``plain`` and without ``-v``, the operation;
    ``(text, True)`` when without ``-v`` an unusual kind ends the line."""
    verbose = ctx.opts.verbose
    out = "" if ctx.opts.link_header else "ARP, "
    if not plain or verbose:
        out += kinds
        if not verbose:
            return out + f", length {rec.length}", True
        out += ", "
    return out + (_OP_NAMES.get(rec.op) or f"Unknown ({rec.op})") + " ", False


def _format_atmarp(rec: ArpRecord, ctx: Context) -> str:
    out, done = _head(rec, ctx, rec.pro in _IP_LIKE and rec.pln == 4 and rec.tpln == 4,
                      f"ATM, {_pro_name(rec)} (len {rec.pln}/{rec.tpln})")
    if done:
        return out
    op = rec.op
    spa = _atm_paddr(rec, rec.spa, "<wrong splen>", ctx)
    if op == 1:
        out += "who-has " + _atm_paddr(rec, rec.tpa, "<wrong tplen>", ctx)
        if rec.tha:   # printed whenever present, zeros or not
            out += f" ({_atmaddr(rec.tha, rec.tsa, ctx)})"
        out += " tell " + spa
    elif op == 2:
        out += spa + " is-at " + _atmaddr(rec.sha, rec.ssa, ctx)
    elif op == 8:
        out += (f"who-is {_atmaddr(rec.tha, rec.tsa, ctx)} "
                f"tell {_atmaddr(rec.sha, rec.ssa, ctx)}")
    elif op == 9:
        out += f"{_atmaddr(rec.sha, rec.ssa, ctx)}at {spa}"   # sic: tcpdump prints no space
    elif op == 10:
        out += "for " + spa
    else:
        return out + hex_ascii_dump(rec.raw)
    return out + f", length {rec.length}"


def format_arp(rec: ArpRecord, ctx: Context) -> str:
    if rec.stop == TRUNCATED or rec.stop == MALFORMED:
        return " [|arp]"
    if rec.hrd == _ATM:
        return _format_atmarp(rec, ctx)
    hrd = _HRD_NAMES.get(rec.hrd) or f"Unknown Hardware ({rec.hrd})"
    out, done = _head(rec, ctx, rec.pro in _IP_LIKE and rec.pln == 4 and rec.hln != 0,
                      f"{hrd} (len {rec.hln}), {_pro_name(rec)} (len {rec.pln})")
    if done:
        return out
    op = rec.op
    if op == 1:
        out += "who-has " + _paddr(rec, rec.tpa, ctx)
        if any(rec.tha):
            out += f" ({linkaddr(rec.tha, ctx)})"
        out += " tell " + _paddr(rec, rec.spa, ctx)
    elif op == 2:
        out += _paddr(rec, rec.spa, ctx) + " is-at " + linkaddr(rec.sha, ctx)
    elif op == 3 or op == 8:
        out += f"who-is {linkaddr(rec.tha, ctx)} tell {linkaddr(rec.sha, ctx)}"
    elif op == 4:
        out += f"{linkaddr(rec.tha, ctx)} at {_paddr(rec, rec.tpa, ctx)}"
    elif op == 9:
        out += f"{linkaddr(rec.sha, ctx)} at {_paddr(rec, rec.spa, ctx)}"
    else:
        return out + hex_ascii_dump(rec.raw)
    return out + f", length {rec.length}"
