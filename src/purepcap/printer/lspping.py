"""MPLS LSP ping (RFC 4379 / RFC 8029): UDP port 3503.

``LSP-PINGv1, MPLS Echo Request, seq 1, length: 48``; with ``-v`` the whole
header on lines of their own (reply mode, return code and subcode, sender
handle, sequence, the NTP-format time stamps) and the TLVs: Target FEC Stack
with its sub-TLVs (LDP/BGP/RSVP IPv4 and IPv6, VPN prefixes, L2 VPN end
points, FEC 128 pseudowires), Downstream Mapping, BFD Discriminator, Vendor
Enterprise Code; other TLVs as hex (``-vv``: every TLV and sub-TLV dumped
too).  A header or TLV longer than the datagram prints
``packet is too short`` / ``TLV is too short``; a capture that ends first,
`` [|lspping]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._base import MALFORMED, TRUNCATED, Context, Layer, Options
from ._bytes import AddrReader
from ._dump import hex_dump

__all__ = ["LsppingRecord", "LsppingTlv", "decode_lspping", "format_lspping"]

MSG_TYPES = {1: "MPLS Echo Request", 2: "MPLS Echo Reply"}
REPLY_MODES = {1: "Do not reply", 2: "Reply via an IPv4/IPv6 UDP packet",
               3: "Reply via an IPv4/IPv6 UDP packet with Router Alert",
               4: "Reply via application level control channel"}
RETURN_CODES = {
    0: "No return code or return code contained in the Error Code TLV",
    1: "Malformed echo request received",
    2: "One or more of the TLVs was not understood",
    3: "Replying router is an egress for the FEC at stack depth",
    4: "Replying router has no mapping for the FEC at stack depth",
    5: "Reserved", 6: "Reserved", 7: "Reserved",
    8: "Label switched at stack-depth",
    9: "Label switched but no MPLS forwarding at stack-depth",
    10: "Mapping for this FEC is not the given label at stack depth",
    11: "No label entry at stack-depth",
    12: "Protocol not associated with interface at FEC stack depth",
    13: "Premature termination of ping due to label stack shrinking to a single label",
}
_DEPTH_CODES = frozenset((3, 4, 8, 10, 11, 12))
TLV_NAMES = {1: "Target FEC Stack", 2: "Downstream Mapping", 3: "Pad", 9: "Error Code",
             5: "Vendor Enterprise Code", 7: "Interface Label Stack", 10: "Reply TOS Byte",
             15: "BFD Discriminator", 0xFC00: "Vendor Private Code"}
SUBTLV_NAMES = {1: "LDP IPv4 prefix", 2: "LDP IPv6 prefix", 3: "RSVP IPv4 Session Query",
                4: "RSVP IPv6 Session Query", 5: "Reserved", 6: "VPN IPv4 prefix",
                7: "VPN IPv6 prefix", 8: "L2 VPN endpoint", 9: "FEC 128 pseudowire (old)",
                10: "FEC 128 pseudowire", 12: "BGP labeled IPv4 prefix",
                13: "BGP labeled IPv6 prefix"}
_ADDR_TYPES = {1: "IPv4", 2: "Unnumbered IPv4", 3: "IPv6", 4: "IPv6"}
_TOO_SHORT = "\n\t      TLV is too short"


@dataclass(slots=True)
class LsppingTlv:
    type: int = 0
    length: int = 0
    text: str = ""              # tcpdump's text of the value (lines, hex dumps)


@dataclass(slots=True)
class LsppingRecord(Layer, proto="lspping"):
    length: int = 0
    version: int = -1
    msg_type: int = 0
    reply_mode: int = 0
    return_code: int = 0
    return_subcode: int = 0
    sender_handle: int = 0
    seq: int = 0
    ts_sent: int = 0            # 64-bit NTP-format time stamps
    ts_rcvd: int = 0
    tlvs: list[LsppingTlv] = field(default_factory=list)
    tail: str = ""              # what ends the text ("packet is too short", " [|lspping]")
    verbose: int = 0


def decode_lspping(data: bytes, length: int, ctx: Context) -> LsppingRecord:
    rec = LsppingRecord(length=length, verbose=ctx.opts.verbose)
    d = bytes(data)
    if length < 32:
        _too_short(rec)
        return rec
    if len(d) < 32:
        rec.stop = TRUNCATED
        return rec
    rec.version = int.from_bytes(d[0:2], "big")
    rec.msg_type, rec.reply_mode, rec.return_code, rec.return_subcode = d[4], d[5], d[6], d[7]
    rec.sender_handle = int.from_bytes(d[8:12], "big")
    rec.seq = int.from_bytes(d[12:16], "big")
    rec.ts_sent = int.from_bytes(d[16:24], "big")
    rec.ts_rcvd = int.from_bytes(d[24:32], "big")
    if rec.version != 1 or not rec.verbose:
        return rec
    try:
        _tlvs(rec, d, length, ctx.opts)
    except Exception:           # Short, or anything else: never raise on packet bytes
        rec.stop = TRUNCATED
        rec.tail = " [|lspping]"
    return rec


def _too_short(rec: LsppingRecord) -> None:
    """The datagram ends inside the header or a TLV."""
    rec.stop = MALFORMED
    rec.tail = "\n\t\t packet is too short"


def _rd(d: AddrReader, off: int) -> str:
    """A route distinguisher, as tcpdump's BGP printer writes it."""
    kind = d.u(off, 2)
    if kind == 0:
        return f"{d.u(off + 2, 2)}:{d.u(off + 4, 4)} (= {d.ip(off + 4)})"
    if kind == 1:
        return f"{d.ip(off + 2)}:{d.u(off + 6, 2)}"
    if kind == 2:
        asn, num = d.u(off + 2, 4), d.u(off + 6, 2)
        return f"{asn}:{num} ({d.ip(off + 2)}:{num})"
    return "unknown RD format"


def _pw_type(v: int) -> str:
    from .ldp import PW_TYPES
    return f"{PW_TYPES.get(v, 'unknown')} ({v})"


def _dump(d: AddrReader, off: int, n: int, indent: str) -> str:
    return hex_dump(d.d[off:off + max(n, 0)], indent)


def _tlvs(rec: LsppingRecord, data: bytes, length: int, opts: Options) -> None:
    d = AddrReader(data, opts)
    v = rec.verbose
    off = 32
    tlen = length - 32
    while tlen:
        if tlen < 4:
            _too_short(rec)
            return
        t = d.u(off, 2)
        ln = d.u(off + 2, 2)
        tlv = LsppingTlv(type=t, length=ln)
        rec.tlvs.append(tlv)
        if ln == 0:
            off += 4
            tlen -= 4
            continue
        if tlen < ln + 4:
            _too_short(rec)
            return
        d.need(off + 4, ln)
        parts: list[str] = []
        try:
            hexdump = _tlv_value(t, d, off + 4, ln, v, parts)
        finally:
            tlv.text = "".join(parts)
        if hexdump is None:          # a sub-TLV's padding runs past its TLV: tcpdump stops
            rec.stop = MALFORMED
            return
        if v > 1 or hexdump:
            tlv.text += _dump(d, off + 4, ln, "\n\t    ")
        if ln % 4:
            ln += 4 - ln % 4
            if tlen < ln + 4:
                _too_short(rec)
                return
        off += ln + 4
        tlen -= ln + 4


def _tlv_value(t: int, d: AddrReader, p: int, ln: int, v: int, out: list[str]) -> bool | None:
    """Write TLV ``t``'s value (at ``p``, ``ln`` bytes) to ``out``; whether tcpdump
    dumps the whole TLV after it (None: the packet's text ends here)."""
    if t == 1:
        left = ln
        while left:
            if left < 4:
                out.append(_TOO_SHORT)
                return True
            st, sl = d.u(p, 2), d.u(p + 2, 2)
            if left < sl + 4:
                out.append(_TOO_SHORT)
                return True
            d.need(p + 4, sl)
            out.append(f"\n\t    {SUBTLV_NAMES.get(st, 'Unknown')} subTLV ({st}), length: {sl}")
            sub_dump = _subtlv(st, d, p + 4, sl, out)
            if v > 1 or sub_dump:
                out.append(_dump(d, p + 4, sl, "\n\t      "))
            if sl % 4:
                sl += 4 - sl % 4
                if left < sl + 4:
                    out.append("\n\t\t TLV is too short")
                    return None
            p += sl
            left -= sl + 4
        return False
    if t == 2:
        if ln < 4:
            out.append(_TOO_SHORT)
            return True
        d.need(p, 4)
        at = d.d[p + 2]
        out.append(f"\n\t    MTU: {d.u(p, 2)}, Address-Type: {_ADDR_TYPES.get(at, 'unknown')} ({at})")
        left = ln
        size = {1: 12, 2: 12, 3: 36, 4: 24}.get(at, 0)
        if size:
            if left < size:
                out.append(_TOO_SHORT)
                return True
            d.need(p, size)
            ip, w = (d.ip, 4) if at <= 2 else (d.ip6, 16)
            out.append(f"\n\t    Downstream IP: {ip(p + 4)}")
            if at in (1, 3):
                out.append(f"\n\t    Downstream Interface IP: {ip(p + 4 + w)}")
            else:
                out.append(f"\n\t    Downstream Interface Index: 0x{d.u(p + 4 + w, 4):08x}")
            left -= size
        if left < 4:
            out.append(_TOO_SHORT)
        return True
    if t in (15, 5):
        if ln < 4:
            out.append(_TOO_SHORT)
            return True
        word = d.u(p, 4)
        if t == 15:
            out.append(f"\n\t    BFD Discriminator 0x{word:08x}")
        else:
            from .radius import VENDORS
            out.append(f"\n\t    Vendor: {VENDORS.get(word, 'Unknown')} (0x{word:04x})")
        return False
    if v <= 1:
        out.append(_dump(d, p, ln, "\n\t    "))
    return False


def _subtlv(st: int, d: AddrReader, p: int, sl: int, out: list[str]) -> bool:
    """Write a Target FEC sub-TLV's value; whether it is dumped as hex."""
    want = {1: 5, 2: 17, 12: 5, 13: 17, 3: 20, 4: 56, 6: 13, 7: 25, 8: 14, 9: 10, 10: 14}.get(st)
    if want is None:
        return True
    if sl != want:
        out.append(f"\n\t      invalid subTLV length, should be {want}")
        return True
    ip, w = (d.ip6, 16) if st in (2, 13, 4, 7) else (d.ip, 4)
    if st in (1, 12, 2, 13):
        out.append(f"\n\t      {ip(p)}/{d.u(p + w, 1)}")
    elif st in (3, 4):
        out.append(f"\n\t      tunnel end-point {ip(p)}, tunnel sender {ip(p + 2 * w + 4)}, "
                   f"lsp-id 0x{d.u(p + 3 * w + 6, 2):04x}"
                   f"\n\t      tunnel-id 0x{d.u(p + w + 2, 2):04x}, "
                   f"extended tunnel-id {ip(p + w + 4)}")
    elif st in (6, 7):
        out.append(f"\n\t      RD: {_rd(d, p)}, {ip(p + 8)}/{d.u(p + 8 + w, 1)}")
    elif st == 8:
        out.append(f"\n\t      RD: {_rd(d, p)}, Sender VE ID: {d.u(p + 8, 2)}, "
                   f"Receiver VE ID: {d.u(p + 10, 2)}"
                   f"\n\t      Encapsulation Type: {_pw_type(d.u(p + 12, 2))}")
    elif st == 9:
        out.append(f"\n\t      Remote PE: {d.ip(p)}" + _pw(d, p + 4))
    else:
        out.append(f"\n\t      Sender PE: {d.ip(p)}, Remote PE: {d.ip(p + 4)}" + _pw(d, p + 8))
    return False


def _pw(d: AddrReader, off: int) -> str:
    """A pseudowire's id and type (FEC 128)."""
    return f"\n\t      PW ID: 0x{d.u(off, 4):08x}, PW Type: {_pw_type(d.u(off + 4, 2))}"


def format_lspping(rec: LsppingRecord, ctx: Context) -> str:
    from .ntp import ntp_time
    if rec.version < 0:
        return rec.tail if rec.stop == MALFORMED else " [|lspping]"
    if rec.version != 1:
        return f"LSP-PING version {rec.version} packet not supported"
    if not rec.verbose:
        mt = MSG_TYPES.get(rec.msg_type, f"unknown ({rec.msg_type})")
        return f"LSP-PINGv1, {mt}, seq {rec.seq}, length: {rec.length}"
    rc = rec.return_code
    out = [f"\n\tLSP-PINGv1, msg-type: {MSG_TYPES.get(rec.msg_type, 'unknown')} ({rec.msg_type}), "
           f"length: {rec.length}\n\t  reply-mode: {REPLY_MODES.get(rec.reply_mode, 'unknown')} "
           f"({rec.reply_mode})"]
    name = RETURN_CODES.get(rc, "unknown")
    if rc in _DEPTH_CODES:
        out.append(f"\n\t  Return Code: {name} {rec.return_subcode} ({rc})")
    else:
        out.append(f"\n\t  Return Code: {name} ({rc})")
    out.append(f"\n\t  Return Subcode: ({rec.return_subcode})")
    out.append(f"\n\t  Sender Handle: 0x{rec.sender_handle:08x}, Sequence: {rec.seq}")
    out.append(f"\n\t  Sender Timestamp: {ntp_time(rec.ts_sent)} Receiver Timestamp: ")
    out.append(ntp_time(rec.ts_rcvd) if rec.ts_rcvd else "no timestamp")
    for t in rec.tlvs:
        out.append(f"\n\t  {TLV_NAMES.get(t.type, 'Unknown')} TLV ({t.type}), length: {t.length}")
        out.append(t.text)
    out.append(rec.tail)
    return "".join(out)
