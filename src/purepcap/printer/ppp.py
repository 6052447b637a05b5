"""PPP (RFC 1661) and its control and authentication protocols: LCP, IPCP
(RFC 1332, 1877, 3544), IP6CP (RFC 5072), CCP (RFC 1962 and the algorithm
RFCs), BACP (RFC 2125), CHAP (RFC 1994), PAP (RFC 1334), Multilink (RFC 1990).

Where PPP is met: the link types DLT_PPP (9, :func:`decode_ppp_if`) and
DLT_PPP_SERIAL (50, :func:`decode_ppp_hdlc_if`), and Ethernet type 0x880B
(PPP carried by enhanced GRE, PPTP: :func:`decode_ppp`).  Network-layer
payloads (IPv4, IPv6, IPX, MPLS) are handed on through ``inner`` as Ethernet
types; the walker prints them.  The rest is printed here, as tcpdump 4.99.3
prints it, as observed:

* a control protocol: ``"LCP, Conf-Request (0x01), id 0, length 46"`` (the
  length counts the two protocol bytes); with ``-v`` the encoded length and
  the options (``"\\n\\t  NAME Option (0xNN), length N: value"``); with
  ``-vv`` hex dumps of the header and of each option's value;
* ``"CHAP, Challenge (0x01), id 1, Value ..., Name ..."``,
  ``"PAP, Auth-Req (0x01), id 1, Peer ..., Name ..."``;
* another protocol: its name (or ``"unknown PPP protocol (0x....)"``) and a
  hex dump of the payload;
* a protocol field 0x7eNN means the frame is still HDLC-escaped
  (``0x7d`` escapes): it is unescaped and read again; an IP unit found in
  such a frame is printed by a walk over the unescaped copy (its records are
  not part of the packet's list).

A field the capture lacks ends the text with tcpdump's marker for the place
(``" [|ppp]"``, ``"[|LCP]"``, ``"[|pap]"``...).
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

from ._addr import etheraddr, ipaddr
from ._base import TRUNCATED, UNKNOWN, Context, Layer, stopped
from ._dump import hex_dump
from ._items import OUIS
from ._rtr import char, filled

__all__ = ["PPP", "decode_ppp", "decode_ppp_unit", "format_ppp", "decode_ppp_if", "format_ppp_if",
           "decode_ppp_hdlc_if", "format_ppp_hdlc_if", "PPP_NAMES"]

_U16 = struct.Struct(">H")
_U32 = struct.Struct(">I")

PPP_NAMES: dict[int, str] = {
    0x0021: "IP", 0x0023: "OSI", 0x0025: "NS", 0x0027: "DECNET", 0x0029: "APPLE",
    0x002B: "IPX", 0x002D: "VJC IP", 0x002F: "VJNC IP", 0x0031: "BRPDU", 0x0033: "STII",
    0x0035: "VINES", 0x0281: "MPLS", 0x0283: "MPLS", 0x00FD: "Compressed", 0x003D: "MLPPP",
    0x0057: "IP6", 0x0201: "HELLO", 0x0231: "LUXCOM", 0x0233: "SNS", 0x8021: "IPCP",
    0x8023: "OSICP", 0x8025: "NSCP", 0x8027: "DECNETCP", 0x8029: "APPLECP",
    0x802B: "IPXCP", 0x8033: "STIICP", 0x8035: "VINESCP", 0x8057: "IP6CP",
    0x8281: "MPLSCP", 0xC021: "LCP", 0xC023: "PAP", 0xC025: "LQM", 0xC223: "CHAP",
    0xC227: "EAP", 0xC027: "SPAP", 0xC123: "Old-SPAP", 0xC02B: "BACP", 0xC02D: "BAP",
    0xC03D: "MLPPP-CP", 0x80FD: "CCP",
}

# PPP protocol -> the Ethernet type of the unit the walker prints
_NETWORK: dict[int, int] = {
    0x0021: 0x0800, 0x0800: 0x0800, 0x002F: 0x0800,
    0x0057: 0x86DD, 0x86DD: 0x86DD,
    0x002B: 0x8137, 0x8137: 0x8137,
    0x0281: 0x8847, 0x0283: 0x8848,
    0x0023: 0x00FE,          # OSI: the NLPID printer (ISO CLNS, Q.933 ...)
}

_CONTROL = frozenset((0xC021, 0x8021, 0x8023, 0x8281, 0x8057, 0x80FD, 0xC02B))

CP_CODES = ("Vendor-Extension", "Conf-Request", "Conf-Ack", "Conf-Nack", "Conf-Reject",
            "Term-Request", "Term-Ack", "Code-Reject", "Prot-Reject", "Echo-Request",
            "Echo-Reply", "Disc-Req", "Ident", "Time-Rem", "Reset-Req", "Reset-Ack")

LCP_OPTIONS = ("Vend-Ext", "MRU", "ACCM", "Auth-Prot", "Qual-Prot", "Magic-Num",
               "deprecated(6)", "PFC", "ACFC", "FCS-Alt", "SDP", "Num-Mode", "deprecated(12)",
               "Call-Back", "deprecated(14)", "deprecated(15)", "deprecated(16)", "MRRU",
               "12-Bit seq #", "End-Disc", "Proprietary", "DCE-Id", "MP+", "Link-Disc",
               "LCP-Auth-Opt", "COBS", "Prefix-elision", "Multilink-header-Form", "I18N",
               "SDL-over-SONET/SDH", "PPP-Muxing")
CCP_OPTIONS = {0: "OUI", 1: "Pred-1", 2: "Pred-2", 3: "Puddle", 16: "HP-PPC", 17: "Stac-LZS",
               18: "MPPC", 19: "Gand-FZA", 20: "V.42bis", 21: "BSD-Comp", 23: "LZS-DCP",
               24: "MVRCA", 25: "DEC", 26: "Deflate", 255: "Reserved"}
IPCP_OPTIONS = {1: "IP-Addrs", 2: "IP-Comp", 3: "IP-Addr", 4: "Home-Addr", 129: "Pri-DNS",
                130: "Pri-NBNS", 131: "Sec-DNS", 132: "Sec-NBNS"}
IPCP_COMP = {0x002D: "VJ-Comp", 0x61: "IP Header Compression"}
IPCP_SUBOPTS = {1: "RTP-Compression", 2: "Enhanced RTP-Compression"}
AUTH_ALGS = {5: "MD5", 128: "MS-CHAPv1", 129: "MS-CHAPv2"}
CALLBACKS = {0: "UserAuth", 1: "DialString", 2: "LocalID", 3: "E.164", 4: "X.500", 6: "CBCP"}
CHAP_CODES = {1: "Challenge", 2: "Response", 3: "Success", 4: "Fail"}
PAP_CODES = {1: "Auth-Req", 2: "Auth-ACK", 3: "Auth-NACK"}


class _Short(Exception):
    """A read went past the captured bytes (tcpdump's " [|ppp]")."""


@dataclass(slots=True)
class PPP(Layer, proto="ppp"):
    """One PPP frame: the link header tcpdump read, the protocol, the payload."""

    kind: str = "ppp"          # "ppp" (in GRE), "ppp_if" (DLT_PPP), "ppp_hdlc_if" (DLT 50)
    length: int = 0            # the unit's length on the wire
    address: int = -1          # the first two bytes (address and control) when read
    control: int = -1
    protocol: int = -1
    header_len: int = 0
    payload: bytes = b""       # what follows the protocol field (captured part)
    payload_len: int = 0       # its length on the wire
    pre: bytes = b""           # the protocol field's bytes (for -vv dumps)
    unescaped: bool = False    # payload was taken from an HDLC-escaped frame
    lead: str = ""             # text tcpdump writes before the unit (": " on Ethernet)


# --- decoding ------------------------------------------------------------------------

def decode_ppp(data: bytes, length: int, ctx: Context) -> PPP:
    """PPP under Ethernet type 0x880B: carried by GRE (PPTP), or straight on Ethernet,
    where tcpdump writes ``": "`` before it."""
    rec = decode_ppp_unit(data, length, ctx)
    rec.lead = "" if ctx.ip_version and ctx.ipproto == 47 else ": "
    return rec


def decode_ppp_unit(data: bytes, length: int, ctx: Context) -> PPP:
    """PPP with an optional address/control pair and a possibly compressed protocol."""
    return filled(PPP(kind="ppp", length=length), _decode_ppp, data, length, TRUNCATED)


def _decode_ppp(rec: PPP, d: bytes, length: int) -> None:
    off = 0
    if length < 2 or len(d) < 2:
        rec.stop = TRUNCATED
        return
    head = (d[0] << 8) | d[1]
    if head in (0x0003, 0x0103, 0xFF03):
        rec.address, rec.control = d[0], d[1]
        off = 2
    if length - off < 2:
        rec.stop = TRUNCATED
        return
    if off >= len(d):
        rec.stop = TRUNCATED
        return
    if d[off] & 1:
        rec.protocol = d[off]
        rec.pre = d[off - 1:off + 1] if off else b"\0" + d[off:off + 1]
        off += 1
    else:
        if off + 2 > len(d):
            rec.stop = TRUNCATED
            return
        rec.protocol = (d[off] << 8) | d[off + 1]
        rec.pre = d[off:off + 2]
        off += 2
    _payload(rec, d, off, length)


def _payload(rec: PPP, d: bytes, off: int, length: int) -> None:
    rec.header_len = off
    rec.payload = d[off:]
    rec.payload_len = length - off
    p = rec.protocol
    if p & 0xFF00 == 0x7E00:
        _unescape(rec, d, off - 1, length - off + 1)
        return
    et = _NETWORK.get(p)
    if et is not None:
        rec.inner = ("ethertype", et, off)


def _unescape(rec: PPP, d: bytes, start: int, length: int) -> None:
    """The frame from ``start`` is HDLC-escaped: undo ``0x7d`` escapes, read it again."""
    rec.unescaped = True
    src = d[start:]
    if not src or length <= 0:
        rec.protocol = -2          # nothing printed
        return
    out = bytearray()
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        i += 1
        if c == 0x7D:
            if i >= n:
                break
            c = src[i] ^ 0x20
            i += 1
        out.append(c)
    b = bytes(out)
    rec.payload = b
    rec.payload_len = len(b)
    rec.header_len = start
    rec.protocol = -3               # see _format_unescaped


def decode_ppp_if(data: bytes, length: int, ctx: Context) -> PPP:
    """DLT_PPP: four bytes of header needed in the capture."""
    if len(data) < 4:
        return PPP(kind="ppp_if", length=length, stop=TRUNCATED)
    rec = decode_ppp_unit(data, length, ctx)
    rec.kind = "ppp_if"
    return rec


def decode_ppp_hdlc_if(data: bytes, length: int, ctx: Context) -> PPP:
    """DLT_PPP_SERIAL: address 0xff and control, a two-byte protocol."""
    rec = PPP(kind="ppp_hdlc_if", length=length)
    try:
        d = bytes(data)
        if len(d) < 2:
            return stopped(rec)
        rec.address = d[0]
        if len(d) < 4:
            return stopped(rec)
        rec.control = d[1]
        if d[0] in (0x0F, 0x8F):        # Cisco HDLC: not decoded here
            return stopped(rec, UNKNOWN)
        if d[0] != 0xFF:
            rec.protocol = -1
            rec.pre = d[2:4]
            return rec
        rec.protocol = (d[2] << 8) | d[3]
        rec.pre = d[2:4]
        _payload(rec, d, 4, length)
    except Exception:           # never raise on packet bytes
        rec.stop = TRUNCATED
    return rec


# --- text ----------------------------------------------------------------------------

def format_ppp(rec: PPP, ctx: Context) -> str:
    try:
        return rec.lead + _format(rec, ctx)
    except Exception:          # never raise from a formatter
        return " [|ppp]"


format_ppp_if = format_ppp
format_ppp_hdlc_if = format_ppp


def _format(rec: PPP, ctx: Context) -> str:
    o = ctx.opts
    if rec.kind == "ppp_hdlc_if":
        return _format_hdlc_if(rec, ctx)
    if rec.stop == TRUNCATED:
        return " [|ppp]"
    out = ""
    if o.link_header:
        if rec.address == 0x00 and rec.control == 0x03:
            out += "In  "
        elif rec.address == 0x01 and rec.control == 0x03:
            out += "Out "
        proto = rec.protocol
        if proto < 0 and len(rec.pre) == 2:     # an escaped frame: the field as read
            proto = (rec.pre[0] << 8) | rec.pre[1]
        name = PPP_NAMES.get(proto, "unknown")
        out += f"{name} (0x{proto:04x}), length {rec.length}"
        if name == "unknown":
            return out
        out += ": "
    return out + _handle(rec, ctx)


def _format_hdlc_if(rec: PPP, ctx: Context) -> str:
    if rec.stop == TRUNCATED:
        return " [|ppp_hdlc]"
    if rec.stop == UNKNOWN:
        return ""
    out = ""
    if ctx.opts.link_header:
        out += f"{rec.address:02x} {rec.control:02x} {rec.length} "
    if rec.address != 0xFF:
        return out + f"unknown addr {rec.pre[0]:02x}; ctrl {rec.pre[1]:02x}"
    p = (rec.pre[0] << 8) | rec.pre[1]
    out += PPP_NAMES.get(p, f"unknown PPP protocol (0x{p:04x})") + ": "
    return out + _handle(rec, ctx)


def _handle(rec: PPP, ctx: Context) -> str:
    """tcpdump's text for the protocol and payload (network layers: empty, the walker goes on)."""
    p = rec.protocol
    if rec.unescaped:
        return _format_unescaped(rec, ctx)
    if rec.inner is not None:
        return ""
    return _payload_text(p, rec.payload, rec.payload_len, rec.pre, ctx)


def _format_unescaped(rec: PPP, ctx: Context) -> str:
    b = rec.payload
    n = len(b)
    if rec.protocol == -2:
        return ""
    if n < 1:
        return " [|ppp]"
    if b[0] in (0x21, 0x57):
        return _inner_ip(b[1:], ctx)
    if n < 2:
        return " [|ppp]"
    p = (b[0] << 8) | b[1]
    off = 2
    if p == 0xFF03:
        if n < 4:
            return " [|ppp]"
        p = (b[2] << 8) | b[3]
        off = 4
    if p & 0xFF00 == 0x7E00:
        return f"(protocol 0x{p:04x} invalid)"
    if p in _NETWORK:
        return _inner_ip(b[off:], ctx) if _NETWORK[p] in (0x0800, 0x86DD) else ""
    return _payload_text(p, b[off:], n - off, b[off - 2:off], ctx)


def _inner_ip(b: bytes, ctx: Context) -> str:
    """An IP unit found in the unescaped copy of a frame: the walker prints it from there."""
    from ._walk import walk
    depth = int(ctx.state.get("ppp_unescaped_depth", 0))
    if depth >= 4:          # escaped frames nested in escaped frames: stop the walks
        return " [|ppp]"
    ctx.state["ppp_unescaped_depth"] = depth + 1
    try:
        text = walk(b, 12, len(b), Context(opts=ctx.opts, state=ctx.state))[1]
    finally:
        ctx.state["ppp_unescaped_depth"] = depth
    # the raw-IP link type's own -e prefix is no part of tcpdump's text here
    return text[4:] if ctx.opts.link_header and text.startswith("ip: ") else text


def _payload_text(p: int, data: bytes, length: int, pre: bytes, ctx: Context) -> str:
    if p in _CONTROL:
        return _ctrl(p, data, length, pre, ctx)
    if p == 0x003D:
        return _mlppp(data, length, ctx)
    if p == 0xC223:
        return _chap(data, length)
    if p == 0xC023:
        return _pap(data, length)
    if p == 0xC02D:
        return ""
    if p == 0x00FD:
        return "compressed PPP data"
    if p == 0x0023:
        return ""           # OSI: not decoded here
    out = PPP_NAMES.get(p, f"unknown PPP protocol (0x{p:04x})") + " "
    return out + _unknown_data(data, length, "\n\t")


def _unknown_data(data: bytes, length: int, indent: str) -> str:
    if length <= 0:
        return ""
    return hex_dump(data[:length], indent)


class _R:
    """Reads big-endian fields of a payload; raises _Short past the capture."""

    __slots__ = ("d",)

    def __init__(self, d: bytes) -> None:
        self.d = d

    def u8(self, i: int) -> int:
        if i >= len(self.d) or i < 0:
            raise _Short
        return self.d[i]

    def u16(self, i: int) -> int:
        if i + 2 > len(self.d) or i < 0:
            raise _Short
        return int(_U16.unpack_from(self.d, i)[0])

    def u24(self, i: int) -> int:
        return (self.u16(i) << 8) | self.u8(i + 2)

    def u32(self, i: int) -> int:
        if i + 4 > len(self.d) or i < 0:
            raise _Short
        return int(_U32.unpack_from(self.d, i)[0])

    def has(self, i: int, n: int) -> bool:
        return i + n <= len(self.d)


def _ctrl(proto: int, data: bytes, length: int, pre: bytes, ctx: Context) -> str:
    name = PPP_NAMES.get(proto, f"unknown ctrl-proto (0x{proto:04x})")
    parts = [f"{name}, "]
    try:
        _ctrl_body(proto, name, data, length, pre, ctx, parts)
    except _Short:
        parts.append(" [|ppp]")
    return "".join(parts)


def _ctrl_body(proto: int, name: str, data: bytes, length: int, pre: bytes, ctx: Context,
               parts: list[str]) -> None:
    r = _R(data)
    w = parts.append
    verbose = ctx.opts.verbose
    if length < 4 or not r.has(0, 2):
        w(f"[|{name}]")
        return
    code = r.u8(0)
    cname = CP_CODES[code] if code < len(CP_CODES) else "Unknown Opcode"
    w(f"{cname} (0x{code:02x}), id {r.u8(1)}, length {length + 2}")
    if not verbose:
        return
    ln = r.u16(2)
    if ln < 4:
        w(f"\n\tencoded length {ln} (< 4))")
        return
    if ln > length:
        w(f"\n\tencoded length {ln} (> packet length {length}))")
        return
    length = ln
    w(f"\n\tencoded length {ln} (=Option(s) length {ln - 4})")
    if length == 4:
        return
    if verbose > 1:
        w(hex_dump((pre + data)[:6], "\n\t"))
    if code == 0:
        if length < 11:
            return
        w(f"\n\t  Magic-Num 0x{r.u32(4):08x}")
        v = r.u24(8)
        w(f" Vendor: {OUIS.get(v, 'Unknown')} ({v})")
    elif 1 <= code <= 4:
        printer = _OPTION_PRINTERS.get(proto)
        if printer is None:
            return
        name_of, lengths, body = printer
        tlen = ln - 4
        p = 4
        while True:
            adv = _option(r, p, ln, verbose, w, name_of, lengths, body)
            if adv == 0:
                break
            if tlen < adv:
                w(f" [remaining options length {tlen} < {adv}] (invalid)")
                break
            tlen -= adv
            p += adv
            if tlen == 0:
                break
    elif code == 8:
        if length < 6:
            return
        rp = r.u16(4)
        w(f"\n\t  Rejected {PPP_NAMES.get(rp, 'unknown')} Protocol (0x{rp:04x})")
        if ln > 6:
            w("\n\t  Rejected Packet")
            w(_unknown_data(data[6:], ln - 2, "\n\t    "))
    elif code in (9, 10, 11):
        if length < 8:
            return
        w(f"\n\t  Magic-Num 0x{r.u32(4):08x}")
        if ln > 8:
            w("\n\t  -----trailing data-----")
            if not r.has(8, ln - 8):
                w(f"[|{name}]")
                return
            w(_unknown_data(data[8:], ln - 8, "\n\t  "))
    elif code == 12:
        if length < 8:
            return
        w(f"\n\t  Magic-Num 0x{r.u32(4):08x}")
        if ln > 8:
            w("\n\t  Message\n\t    ")
            chunk = data[8:8 + ln - 4]
            w("".join(char(c) for c in chunk))
            if len(chunk) < ln - 4:
                w(f"[|{name}]")
    elif code == 13:
        if length < 12:
            return
        w(f"\n\t  Magic-Num 0x{r.u32(4):08x}")
        w(f", Seconds-Remaining {r.u32(8)}s")
    elif code in (5, 6, 7):
        return
    elif verbose <= 1:
        w(_unknown_data((pre + data), length + 2, "\n\t  "))


_W = Callable[[str], None]


def _opt_head(r: _R, p: int, length: int) -> tuple[int, int] | None:
    if length < 2:
        return None
    if not r.has(p, 2):
        raise _Short
    return r.u8(p), r.u8(p + 1)


def _dump_value(r: _R, p: int, ln: int) -> str:
    if p + 2 > len(r.d):
        # tcpdump's words when its hex dump is asked to start past the captured bytes
        return "\n\t    Dissector error: print_unknown_data called with pointer past end of packet"
    return _unknown_data(r.d[p + 2:], ln - 2, "\n\t    ")


# What an option body answers: None, the value is printed; _UNKNOWN, the option is not one it
# knows (its value is dumped); any other number, the option walk returns it at once.
_UNKNOWN_OPT = -1
_OptBody = Callable[[_R, int, int, int, int, _W], "int | None"]
# option code -> (rule, size, whether the walk goes on past an option of another length)
_Lengths = dict[int, tuple[str, int, bool]]


def _bogus(w: _W, should: str, ret: int) -> int:
    w(f" (length bogus, should be {should})")
    return ret


def _option(r: _R, p: int, length: int, verbose: int, w: _W,
            name_of: Callable[[int], str | None], lengths: _Lengths, body: _OptBody) -> int:
    """One configuration option: its head line, its value (``body``), its -vv hex dump."""
    head = _opt_head(r, p, length)
    if head is None:
        return 0
    opt, ln = head
    if length < ln:
        return 0
    name = name_of(opt)
    if name is None:  # only LCP: a code past its table
        w(f"\n\tunknown LCP option 0x{opt:02x}")
        return 0 if ln < 2 else ln
    if ln < 2:
        w(f"\n\t  {name} Option (0x{opt:02x}), length {ln} (length bogus, should be >= 2)")
        return 0
    w(f"\n\t  {name} Option (0x{opt:02x}), length {ln}")
    rule = lengths.get(opt)
    if rule is not None and (ln != rule[1] if rule[0] == "=" else ln < rule[1]):
        return _bogus(w, f"{rule[0]} {rule[1]}", ln if rule[2] else 0)
    ret = body(r, p, opt, ln, verbose, w)
    if ret is not None and ret != _UNKNOWN_OPT:
        return ret
    if ret == _UNKNOWN_OPT or verbose > 1:
        w(_dump_value(r, p, ln))
    return ln


def _lcp_body(r: _R, p: int, opt: int, ln: int, verbose: int, w: _W) -> int | None:
    if opt == 0:
        v = r.u24(p + 2)
        w(f": Vendor: {OUIS.get(v, 'Unknown')} ({v})")
    elif opt in (1, 17):
        w(f": {r.u16(p + 2)}")
    elif opt in (2, 5):
        w(f": 0x{r.u32(p + 2):08x}")
    elif opt == 3:
        ap = r.u16(p + 2)
        w(": " + PPP_NAMES.get(ap, "Unknown Auth Proto (0x04x)"))
        if ap == 0xC223:
            alg = r.u8(p + 4)
            w(", " + AUTH_ALGS.get(alg, f"Unknown Auth Alg {alg}"))
        elif ap not in (0xC023, 0xC227, 0xC027, 0xC123):
            w(_unknown_data(r.d[p:], ln, "\n\t"))
    elif opt == 4:
        w(": LQR" if r.u16(p + 2) == 0xC025 else ": unknown")
    elif opt in (7, 8):
        pass
    elif opt == 23:
        w(f": 0x{r.u16(p + 2):04x}")
    elif opt == 13:
        cb = r.u8(p + 2)
        w(f": : Callback Operation {CALLBACKS.get(cb, 'Unknown')} ({cb})")
    elif opt == 19:
        return _lcp_discriminator(r, p, ln, w)
    else:
        return _UNKNOWN_OPT
    return None


# LCP endpoint discriminator classes: named ones, and addresses (name, size, text)
_DISC_NAMES = {0: "Null", 1: "Local", 4: "Magic-Num-Block", 5: "PSNDN"}
_DISC_ADDRS: dict[int, tuple[str, int, Callable[[bytes], str]]] = {
    2: ("IPv4", 4, ipaddr), 3: ("MAC", 6, etheraddr),
}


def _lcp_discriminator(r: _R, p: int, ln: int, w: _W) -> int | None:
    cls = r.u8(p + 2)
    if cls not in _DISC_ADDRS:
        w(": " + _DISC_NAMES.get(cls, f"Unknown class {cls}"))
        return None
    name, size, text = _DISC_ADDRS[cls]
    if ln != 3 + size:
        return _bogus(w, f"= {3 + size}", 0)
    if not r.has(p + 3, size):
        raise _Short
    w(f": {name} {text(r.d[p + 3:p + 3 + size])}")
    return None


def _ipcp_body(r: _R, p: int, opt: int, ln: int, verbose: int, w: _W) -> int | None:
    if opt == 1:
        if not r.has(p + 2, 8):
            raise _Short
        w(f": src {ipaddr(r.d[p + 2:p + 6])}, dst {ipaddr(r.d[p + 6:p + 10])}")
    elif opt == 2:
        cp = r.u16(p + 2)
        w(f": {IPCP_COMP.get(cp, 'Unknown')} (0x{cp:02x}):")
        if cp == 0x61:
            return _ipcp_iphc(r, p, ln, verbose, w)
    elif opt in (3, 4, 129, 130, 131, 132):
        if not r.has(p + 2, 4):
            raise _Short
        w(f": {ipaddr(r.d[p + 2:p + 6])}")
    else:
        return _UNKNOWN_OPT
    return None


def _ipcp_iphc(r: _R, p: int, ln: int, verbose: int, w: _W) -> int | None:
    """IPCP's IP header compression (IPHC) parameters and their suboptions."""
    if ln < 14:
        return _bogus(w, ">= 14", 0)
    if not r.has(p + 2, 14):
        w("[|ipcp]")
        return 0
    w(f"\n\t    TCP Space {r.u16(p + 4)}, non-TCP Space {r.u16(p + 6)}"
      f", maxPeriod {r.u16(p + 8)}, maxTime {r.u16(p + 10)}, maxHdr {r.u16(p + 12)}")
    if ln <= 14:
        return None
    total = ln - 14
    q = p + 14
    w(f"\n\t      Suboptions, length {total}")
    while total >= 2:
        if not r.has(q, 2):
            w("[|ipcp]")
            return 0
        so, sl = r.u8(q), r.u8(q + 1)
        if so == 0 or sl == 0:
            break
        w(f"\n\t\t{IPCP_SUBOPTS.get(so, 'Unknown')} Suboption #{so}, length {sl}")
        if total < sl:
            w(f" [remaining suboptions length {total} < {sl}] (invalid)")
            break
        total -= sl
        q += sl
    # tcpdump's -vv dump of this option starts where its suboption walk ended
    if verbose > 1:
        w(_dump_value(r, q, ln))
    return ln


def _ip6cp_body(r: _R, p: int, opt: int, ln: int, verbose: int, w: _W) -> int | None:
    if opt != 1:
        return _UNKNOWN_OPT
    if not r.has(p + 2, 8):
        w("[|ip6cp]")
        return 0
    w(": " + ":".join(f"{r.u16(p + 2 + 2 * i):04x}" for i in range(4)))
    return None


def _ccp_body(r: _R, p: int, opt: int, ln: int, verbose: int, w: _W) -> int | None:
    if opt == 21:
        v = r.u8(p + 2)
        w(f": Version: {v >> 5}, Dictionary Bits: {v & 0x1F}")
    elif opt == 24:
        v = r.u8(p + 2)
        w(f": Features: {(v & 0xC0) >> 6}, PxP: {'Enabled' if v & 0x20 else 'Disabled'}"
          f", History: {v & 0x1F}, #CTX-ID: {r.u8(p + 3)}")
    elif opt == 26:
        v = r.u8(p + 2)
        v2 = r.u8(p + 3)
        w(f": Window: {(v & 0xF0) >> 4}K, Method: {'zlib' if v & 0x0F == 8 else 'unknown'}"
          f" (0x{v & 0x0F:x}), MBZ: {(v2 & 0xFC) >> 2}, CHK: {v2 & 3}")
    else:
        return _UNKNOWN_OPT
    return None


def _bacp_body(r: _R, p: int, opt: int, ln: int, verbose: int, w: _W) -> int | None:
    if opt != 1:
        return _UNKNOWN_OPT
    w(f": Magic-Num 0x{r.u32(p + 2):08x}")
    return None


# the length each option must have
_LCP_LENGTHS: _Lengths = {
    0: (">=", 6, True), 1: ("=", 4, True), 2: ("=", 6, True), 3: (">=", 4, True),
    4: (">=", 4, False), 5: ("=", 6, False), 13: (">=", 3, False), 17: ("=", 4, False),
    19: (">=", 3, False), 23: ("=", 4, False),
}
_IPCP_LENGTHS: _Lengths = {1: ("=", 10, True), 2: (">=", 4, False),
                           **{o: ("=", 6, False) for o in (3, 4, 129, 130, 131, 132)}}
_CCP_LENGTHS: _Lengths = {21: (">=", 3, True), 24: (">=", 4, True), 26: (">=", 4, True)}

# control protocol -> (option name for a code, its lengths, option value printer)
_OPTION_PRINTERS: dict[int, tuple[Callable[[int], str | None], _Lengths, _OptBody]] = {
    0xC021: (lambda o: LCP_OPTIONS[o] if o < len(LCP_OPTIONS) else None, _LCP_LENGTHS,
             _lcp_body),
    0x8021: (lambda o: IPCP_OPTIONS.get(o, "unknown"), _IPCP_LENGTHS, _ipcp_body),
    0x8057: (lambda o: "Interface-ID" if o == 1 else "unknown", {1: ("=", 10, True)},
             _ip6cp_body),
    0x80FD: (lambda o: CCP_OPTIONS.get(o, "Unknown"), _CCP_LENGTHS, _ccp_body),
    0xC02B: (lambda o: "Favored-Peer" if o == 1 else "Unknown", {1: ("=", 6, True)},
             _bacp_body),
}


def _mlppp(data: bytes, length: int, ctx: Context) -> str:
    out = "" if ctx.opts.link_header else "MLPPP, "
    if length < 2 or len(data) < 2:
        return out + "[|mlppp]"
    v = (data[0] << 8) | data[1]
    flags = [n for b, n in ((0x80, "begin"), (0x40, "end")) if data[0] & b]
    return out + f"seq 0x{v & 0xFFF:03x}, Flags [{', '.join(flags) or 'none'}], length {length}"


def _chap(data: bytes, length: int) -> str:
    return _auth(data, length, "CHAP", CHAP_CODES, _chap_body)


def _pap(data: bytes, length: int) -> str:
    return _auth(data, length, "PAP", PAP_CODES, _pap_body)


def _auth(data: bytes, length: int, proto: str, codes: dict[int, str],
          body: Callable[[_R, int, int, int, list[str]], None]) -> str:
    """CHAP or PAP: the common header (code, id), then ``body(r, code, ln, length, parts)``."""
    r = _R(data)
    if length < 1:
        return f"[|{proto.lower()}]"
    parts: list[str] = []
    try:
        if length < 4:
            return f"[|{proto.lower()} 0x{r.u8(0):02x}]"
        code = r.u8(0)
        parts.append(f"{proto}, {codes.get(code, 'unknown')} (0x{code:02x})")
        parts.append(f", id {r.u8(1)}")
        body(r, code, r.u16(2), length, parts)
    except _Short:
        parts.append(" [|ppp]")
    return "".join(parts)


def _auth_chars(r: _R, p: int, n: int, parts: list[str]) -> None:
    """``n`` bytes at ``p`` as text, one at a time (what there is when the capture ends)."""
    for i in range(n):
        parts.append(char(r.u8(p + i)))


def _auth_counted(r: _R, p: int, length: int, label: str, parts: list[str]) -> int | None:
    """A counted string (a length byte, then the text) under ``label``; the offset after it,
    None when it does not fit in ``length``."""
    if length - p < 1:
        return None
    n = r.u8(p)
    p += 1
    if length - p < n:
        return None
    parts.append(label)
    _auth_chars(r, p, n, parts)
    return p + n


def _chap_body(r: _R, code: int, ln: int, length: int, parts: list[str]) -> None:
    p = 4
    if code in (1, 2):
        if length - p < 1:
            return
        vs = r.u8(p)
        p += 1
        if length - p < vs:
            return
        parts.append(", Value ")
        for _ in range(vs):
            parts.append(f"{r.u8(p):02x}")
            p += 1
        parts.append(", Name ")
        _auth_chars(r, p, max(ln - p, 0), parts)
    elif code in (3, 4):
        parts.append(", Msg ")
        _auth_chars(r, p, max(ln - p, 0), parts)


def _pap_body(r: _R, code: int, ln: int, length: int, parts: list[str]) -> None:
    p: int | None = 4
    if ln > length:
        parts.append(f", length {ln} > packet size")
        return
    length = ln
    if length < 4:
        parts.append(f", length {length} < PAP header length")
        return
    if code == 1:
        if ln < 6:
            parts.append("[|pap]")
            return
        for label in (", Peer ", ", Name "):
            if p is not None:
                p = _auth_counted(r, p, length, label, parts)
    elif code in (2, 3):
        if ln < 5:
            parts.append("[|pap]")
            return
        _auth_counted(r, 4, length, ", Msg ", parts)
