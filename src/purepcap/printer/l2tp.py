"""Layer Two Tunneling Protocol (RFC 2661): UDP port 1701.

tcpdump 4.99.3 prints `` l2tp:[TLS](tunnel/session)Ns=N,Nr=N`` (the flag
letters T, L, S, O, P as set) and then, for a control message, its AVPs
(``" *MSGTYPE(SCCRQ) *PROTO_VER(1.0) ..."``: ``*`` marks a mandatory AVP,
``?`` a hidden one, whose value is ``???``), or ``" ZLB"`` when there is
none; for a data message the PPP frame it carries between braces
(``" {IP 10.0.0.1 > 10.0.0.2: ICMP ...}"``).  An L2F packet prints ``" l2f:"``
only.  Length errors print tcpdump's sentence; an AVP whose length cannot be
right, or that the capture cuts, ends the list with ``" [|l2tp]"``.  ``-v``
adds nothing here (the inner units print their own details).

The PPP frame is printed by a walk of its own (the walker's PPP unit and what
follows it), over the bytes up to the IP datagram's end, as tcpdump's
printers may read past the frame's length; the records of that walk are
kept in :attr:`L2tpRecord.payload` (offsets from the frame's start).  Where
one of tcpdump's printers gives up on the capture (a GET past the end, not a
length check), tcpdump leaves the whole packet, and the closing brace is not
printed (:attr:`L2tpRecord.payload_cut`; see :func:`_gave_up`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._base import MALFORMED, TRUNCATED, Context, Layer
from ._rtr import char, filled, written

__all__ = ["L2tpRecord", "L2tpAvp", "decode_l2tp", "format_l2tp"]

FLAG_T, FLAG_L, FLAG_S, FLAG_O, FLAG_P = 0x8000, 0x4000, 0x0800, 0x0200, 0x0100
_FLAG_LETTERS = ((FLAG_T, "T"), (FLAG_L, "L"), (FLAG_S, "S"), (FLAG_O, "O"), (FLAG_P, "P"))
_TRUNC = " [|l2tp]"
_MAX_NESTING = 8        # L2TP carried by PPP carried by L2TP ...

MESSAGE_TYPES = {1: "SCCRQ", 2: "SCCRP", 3: "SCCCN", 4: "StopCCN", 6: "HELLO", 7: "OCRQ",
                 8: "OCRP", 9: "OCCN", 10: "ICRQ", 11: "ICRP", 12: "ICCN", 14: "CDN",
                 15: "WEN", 16: "SLI"}

AVP_NAMES = {
    0: "MSGTYPE", 1: "RESULT_CODE", 2: "PROTO_VER", 3: "FRAMING_CAP", 4: "BEARER_CAP",
    5: "TIE_BREAKER", 6: "FIRM_VER", 7: "HOST_NAME", 8: "VENDOR_NAME", 9: "ASSND_TUN_ID",
    10: "RECV_WIN_SIZE", 11: "CHALLENGE", 12: "Q931_CC", 13: "CHALLENGE_RESP",
    14: "ASSND_SESS_ID", 15: "CALL_SER_NUM", 16: "MINIMUM_BPS", 17: "MAXIMUM_BPS",
    18: "BEARER_TYPE", 19: "FRAMING_TYPE", 20: "PACKET_PROC_DELAY", 21: "CALLED_NUMBER",
    22: "CALLING_NUMBER", 23: "SUB_ADDRESS", 24: "TX_CONN_SPEED", 25: "PHY_CHANNEL_ID",
    26: "INI_RECV_LCP", 27: "LAST_SENT_LCP", 28: "LAST_RECV_LCP", 29: "PROXY_AUTH_TYPE",
    30: "PROXY_AUTH_NAME", 31: "PROXY_AUTH_CHAL", 32: "PROXY_AUTH_ID", 33: "PROXY_AUTH_RESP",
    34: "CALL_ERRORS", 35: "ACCM", 36: "RANDOM_VECTOR", 37: "PRIVATE_GRP_ID",
    38: "RX_CONN_SPEED", 39: "SEQ_REQUIRED", 46: "PPP_DISCON_CC",
}
AUTH_TYPES = {0: "Reserved", 1: "Textual", 2: "CHAP", 3: "PAP", 4: "No Auth", 5: "MS-CHAPv1"}
CC_DIRECTIONS = {0: "global error", 1: "at peer", 2: "at local"}

# value kinds of the IETF attributes
_STRINGS = frozenset((7, 8, 21, 22, 23, 30, 37))
_OCTETS = frozenset((11, 26, 27, 28, 31, 33, 36))
_U16S = frozenset((6, 9, 10, 14))
_U32S = frozenset((15, 16, 17, 24, 25, 38))
_CALL_ERRORS = ("CRCErr", "FrameErr", "HardOver", "BufOver", "Timeout", "AlignErr")


@dataclass(slots=True)
class L2tpAvp:
    mandatory: bool = False
    hidden: bool = False
    length: int = 0          # the AVP's length (header included)
    vendor: int = 0
    type: int = 0
    value: bytes = b""


@dataclass(slots=True)
class L2tpRecord(Layer, proto="l2tp"):
    length: int = 0                 # the UDP payload's length
    flags: int | None = None        # the first 16 bits (flags and version)
    version: int = 0
    l2tp_length: int | None = None  # the Length field (L flag)
    tunnel_id: int | None = None
    session_id: int | None = None
    ns: int | None = None
    nr: int | None = None
    offset_size: int | None = None  # the Offset Size field (O flag)
    header_length: int = 0
    # a length error tcpdump reports ("larger", "smaller", "no_length"), "" if none
    error: str = ""
    avps: list[L2tpAvp] = field(default_factory=list)
    avp_cut: bool = False           # the AVP list ends with one tcpdump gives up on
    payload_length: int = 0         # a data message's PPP frame, on the wire
    payload: list[Layer] = field(default_factory=list)   # its units' records
    payload_cut: bool = False       # tcpdump gives up on the packet inside that frame
    data: bytes = field(default=b"", repr=False)


def decode_l2tp(data: bytes, length: int, ctx: Context) -> L2tpRecord:
    return filled(L2tpRecord(length=length, data=bytes(data)),
                  lambda rec, _d, _n: _decode(rec, ctx), data, length, TRUNCATED)


def _u16(d: bytes, off: int) -> int | None:
    return (d[off] << 8) | d[off + 1] if off + 2 <= len(d) else None


def _decode(rec: L2tpRecord, ctx: Context) -> None:
    d = rec.data
    flags = _u16(d, 0)
    if flags is None:
        return _gives_up(rec, ctx)
    rec.flags = flags
    rec.version = flags & 0x000F
    if rec.version != 2:
        return
    off = 2
    if flags & FLAG_L:
        rec.l2tp_length = _u16(d, off)
        if rec.l2tp_length is None:
            return _gives_up(rec, ctx)
        off += 2
    for name in ("tunnel_id", "session_id") + (("ns", "nr") if flags & FLAG_S else ()):
        v = _u16(d, off)
        if v is None:
            return _gives_up(rec, ctx)
        setattr(rec, name, v)
        off += 2
    if flags & FLAG_O:
        pad = _u16(d, off)
        if pad is None:
            return _gives_up(rec, ctx)
        if off + 2 + pad > len(d):
            rec.offset_size = pad
            rec.stop = TRUNCATED
            return
        rec.offset_size = pad
        off += 2 + pad
    rec.header_length = off
    length = rec.length
    if rec.l2tp_length is not None:
        if length < rec.l2tp_length:
            rec.error = "larger"
            rec.stop = MALFORMED
            return
        length = rec.l2tp_length
    if length < off:
        rec.error = "smaller"
        rec.stop = MALFORMED
        return
    if flags & FLAG_T:
        if rec.l2tp_length is None:
            rec.error = "no_length"
            rec.stop = MALFORMED
            return
        _avps(rec, d, off, length)
        if rec.stop == TRUNCATED and not rec.avp_cut:
            ctx.dump_from_start = True
        return
    rec.payload_length = length - off
    # where tcpdump's printers give up on the packet shows in their text only: the
    # frame is walked with text, under a state of its own (this text is not the
    # packet's, which the formatter writes)
    own = Context(opts=ctx.opts, checksums=ctx.checksums,
                  state={k: v for k, v in ctx.state.items() if k.endswith(".depth")})
    rec.payload, text = _ppp(rec, own, True)
    rec.payload_cut = _gave_up(rec, text, rec.payload)
    if rec.payload_cut:
        ctx.dump_from_start = True


def _gives_up(rec: L2tpRecord, ctx: Context) -> None:
    """A header field the capture lacks: tcpdump leaves the packet there (its -x
    dump then starts at the frame's first octet)."""
    rec.stop = TRUNCATED
    ctx.dump_from_start = True


def _avps(rec: L2tpRecord, d: bytes, off: int, length: int) -> None:
    left = length - off
    while left:
        head = _u16(d, off)
        ln = head & 0x03FF if head is not None else 0
        if head is None:
            rec.stop = TRUNCATED        # tcpdump gives up on the packet here
            return
        if ln < 6 or ln > left or off + ln > len(d):
            rec.avp_cut = True
            rec.stop = TRUNCATED if off + ln > len(d) else MALFORMED
            return
        avp = L2tpAvp(mandatory=bool(head & 0x8000), hidden=bool(head & 0x4000), length=ln,
                      vendor=(d[off + 2] << 8) | d[off + 3], type=(d[off + 4] << 8) | d[off + 5],
                      value=d[off + 6:off + ln])
        rec.avps.append(avp)
        off += ln
        left -= ln


def _ppp(rec: L2tpRecord, ctx: Context, text: bool) -> tuple[list[Layer], str]:
    """The PPP frame of a data message, walked: its records and (``text``) its text."""
    depth = int(ctx.state.get("l2tp.depth", 0))
    if depth >= _MAX_NESTING:
        return [], ""
    from . import _walk
    start = rec.header_length
    # the frame's printers may read past its length, up to the IP datagram's end
    body = rec.data[start:]
    inner = Context(opts=ctx.opts, state=ctx.state, checksums=ctx.checksums)
    w: Any = _walk._Walk(body, inner, text)
    ctx.state["l2tp.depth"] = depth + 1
    try:
        w.run(("ppp", "ppp_unit"), "l2tp", 0, 0, rec.payload_length)
    finally:
        ctx.state["l2tp.depth"] = depth
    return w.layers, "".join(w.parts)


# --- text ----------------------------------------------------------------------------

def format_l2tp(rec: L2tpRecord, ctx: Context) -> str:
    out: list[str] = []
    return written(out, lambda: _format(rec, ctx, out), _TRUNC)


def _format(rec: L2tpRecord, ctx: Context, out: list[str]) -> None:
    flags = rec.flags
    if flags is None:
        out.append(_TRUNC)
        return
    if rec.version == 1:
        out.append(" l2f:")
        return
    if rec.version != 2:
        out.append(" Unknown Version, neither L2F(1) nor L2TP(2)")
        return
    out.append(" l2tp:[" + "".join(c for bit, c in _FLAG_LETTERS if flags & bit) + "]")
    # the ids, then Ns and Nr when the S bit is set: each missing one ends the text
    ids = [(rec.tunnel_id, "({}/"), (rec.session_id, "{})")]
    if flags & FLAG_S:
        ids += [(rec.ns, "Ns={},"), (rec.nr, "Nr={}")]
    for value, text in ids:
        if value is None:
            out.append(_TRUNC)
            return
        out.append(text.format(value))
    if flags & FLAG_O and not rec.header_length:
        out.append(_TRUNC)
        return
    if rec.error == "larger":
        out.append(f" Length {rec.l2tp_length} larger than packet")
        return
    if rec.error == "smaller":
        length = rec.l2tp_length if rec.l2tp_length is not None else rec.length
        out.append(f" Length {length} smaller than header length")
        return
    if rec.error == "no_length":
        out.append(" No length")
        return
    if flags & FLAG_T:
        if not rec.avps and rec.stop is None:
            out.append(" ZLB")
            return
        for avp in rec.avps:
            out.append(" " + _avp(avp))
        if rec.stop is not None:
            out.append(" " + _TRUNC)
        return
    out.append(" {")
    out.append(_ppp(rec, ctx, True)[1])
    if not rec.payload_cut:
        out.append("}")


def _gave_up(rec: L2tpRecord, text: str, layers: list[Layer]) -> bool:
    """Whether the PPP frame's text ends where tcpdump's printer gave up on the
    capture: it then leaves the packet, the closing brace unprinted.  (Most of
    tcpdump's printers report a unit cut short, by its lengths or by the
    capture, and return: the brace closes.)"""
    t = text.rstrip()
    body = rec.data[rec.header_length:]
    captured, length = len(body), rec.payload_length
    if t.lstrip() == "[|ppp]":
        # the PPP header: too short by its length, it is reported; not captured, given up
        if length < 2:
            return False
        if captured >= 2 and body[:2] in (b"\xff\x03", b"\x00\x03", b"\x01\x03") and length < 4:
            return False
        return True
    last = layers[-1] if layers else None
    if t.endswith(" [|ip]"):
        # the IPv4 header is reported cut, unless not even its first octet was captured
        return last is not None and last.proto == "ip" and last.offset >= captured
    if t.endswith(" [|icmp6]"):
        # ICMPv6 reports a cut in its options (after the 8 octets of its header) only
        return last is None or last.proto != "icmp6" or captured - last.offset < 8
    if t.endswith(":  [|icmp]"):
        # ICMP gives up where the capture ends, reports what its lengths lack
        if last is None or last.proto != "icmp":
            return True
        have, need = captured - last.offset, int(getattr(last, "length", 0))
        return have < need or min(have, need) < 8
    return t.endswith(" [|ppp]")


def _avp(avp: L2tpAvp) -> str:
    head = ("*" if avp.mandatory else "") + ("?" if avp.hidden else "")
    v = avp.value
    if avp.vendor:
        return f"{head}VENDOR{avp.vendor:04x}:ATTR{avp.type:04x}({v.hex()})"
    name = AVP_NAMES.get(avp.type, f"AVP-#{avp.type}")
    if avp.hidden:
        return f"{head}{name}(???)"
    return f"{head}{name}({_value(avp.type, v)})"


def _string(b: bytes) -> str:
    return "".join(char(c) for c in b)


def _value(t: int, v: bytes) -> str:
    n = len(v)
    short = "AVP too short"
    u16 = (v[0] << 8) | v[1] if n >= 2 else 0
    u32 = int.from_bytes(v[:4], "big") if n >= 4 else 0
    if t == 0:
        return MESSAGE_TYPES.get(u16, f"MSGTYPE-#{u16}") if n >= 2 else short
    if t == 1:
        if n < 2:
            return short
        out = f"{u16}"
        if n == 2:
            return out
        if n < 4:
            return out + " " + short
        out += f"/{(v[2] << 8) | v[3]}"
        return out + (" " + _string(v[4:]) if n > 4 else "")
    if t == 2:
        return f"{u16 >> 8}.{u16 & 0xFF}" if n >= 2 else short
    if t in (3, 19):        # framing: asynchronous, synchronous
        if n < 4:
            return short
        return ("A" if u32 & 2 else "") + ("S" if u32 & 1 else "")
    if t in (4, 18):        # bearer: analog, digital
        if n < 4:
            return short
        return ("A" if u32 & 2 else "") + ("D" if u32 & 1 else "")
    if t == 5:
        return v[:8].hex() if n >= 8 else short
    if t in _U16S:
        return f"{u16}" if n >= 2 else short
    if t in _STRINGS:
        return _string(v)
    if t in _OCTETS:
        return v.hex()
    if t == 12:
        if n < 3:
            return short
        return f"{u16}, {v[2]:02x}" + (" " + _string(v[3:]) if n > 3 else "")
    if t == 13:
        return v[:16].hex() if n >= 16 else short
    if t in _U32S:
        return f"{u32}" if n >= 4 else short
    if t == 20:
        return "obsolete"
    if t == 29:
        return AUTH_TYPES.get(u16, f"AuthType-#{u16}") if n >= 2 else short
    if t == 32:
        return f"{u16 & 0xFF}" if n >= 2 else short
    if t == 34:
        return _counters(v, _CALL_ERRORS, lambda x: f"{x}")
    if t == 35:
        return _counters(v, ("send", "recv"), lambda x: f"{x:08x}")
    if t == 46:
        if n < 5:
            return short
        out = f"{u16:04x}, {(v[2] << 8) | v[3]:04x} "
        out += CC_DIRECTIONS.get(v[4], f"Direction-#{v[4]}")
        return out + (" " + _string(v[5:]) if n > 5 else "")
    return ""


def _counters(v: bytes, names: tuple[str, ...], fmt: Any) -> str:
    """Two reserved octets, then 32-bit counters ``name=value `` (call errors, ACCM)."""
    if len(v) < 2:
        return "AVP too short"
    out = []
    p = 2
    for name in names:
        if len(v) - p < 4:
            out.append("AVP too short")
            break
        out.append(f"{name}={fmt(int.from_bytes(v[p:p + 4], 'big'))} ")
        p += 4
    return "".join(out)
