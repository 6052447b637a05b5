"""IPv4 and IPv6 (with hop-by-hop, routing, fragment and destination-options headers).

Decoders follow :mod:`._base`: ``decode_ip``/``decode_ip6`` read the fixed
header, ``decode_ip6_ext`` one extension header.  The chain walker
(:mod:`._walk`) prints the text around them (``"IP "``, addresses); the
``format_*`` functions give tcpdump's pieces: the ``-v`` parenthesis of the
IPv4 and IPv6 headers and each extension header's text.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from ._addr import ip6addr, ipaddr
from ._addr import ipaddr as _ntoa
from ._base import MALFORMED, Context, Layer, stopped

__all__ = ["IPv4", "IPv6", "IPv6Ext", "ESP", "AH", "decode_esp", "format_esp", "decode_ah",
           "format_ah", "UDPEncap", "decode_udpencap", "format_udpencap", "decode_ip", "format_ip", "decode_ip6", "format_ip6",
           "decode_ip6_ext", "format_ip6_ext", "IPPROTO_NAMES", "ipproto_name",
           "in_cksum", "IP6_EXT_HEADERS"]

_IP4 = struct.Struct("!BBHHHBBH4s4s")
_IP6 = struct.Struct("!IHBB16s16s")
_H = struct.Struct("!H")
_I = struct.Struct("!I")

# tcpdump's names for IP protocols in "proto NAME (N)" / "next-header NAME (N)"
IPPROTO_NAMES: dict[int, str] = {
    0: "Options", 1: "ICMP", 2: "IGMP", 4: "IPIP", 6: "TCP", 8: "EGP", 9: "IGRP",
    17: "UDP", 33: "DCCP", 41: "IPv6", 43: "Routing", 44: "Fragment", 46: "RSVP",
    47: "GRE", 50: "ESP", 51: "AH", 55: "Mobile IP", 58: "ICMPv6", 62: "Mobile IP (old)",
    88: "EIGRP",
    89: "OSPF", 103: "PIM", 108: "Compressed IP", 112: "VRRP", 113: "PGM", 132: "SCTP",
    135: "Mobility", 143: "Ethernet",
}

IP6_EXT_HEADERS = frozenset((0, 43, 44, 60))


def ipproto_name(p: int) -> str:
    return IPPROTO_NAMES.get(p, "unknown")


def in_cksum(data: bytes, initial: int = 0) -> int:
    """Internet checksum (RFC 1071) of ``data``: 0 when a header with its checksum is valid."""
    if len(data) & 1:
        data = bytes(data) + b"\x00"
    s = initial + sum(memoryview(data).cast("H")) if data else initial
    # the cast reads native order; fold and swap on little-endian hosts
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    s = ((s >> 8) | (s << 8)) & 0xFFFF if _LITTLE else s
    return (~s) & 0xFFFF


_LITTLE = struct.pack("=H", 1) == b"\x01\x00"


# --- IPv4 -------------------------------------------------------------------------

@dataclass(slots=True)
class IPv4(Layer, proto="ip"):
    """An IPv4 header."""

    version: int = 4
    ihl: int = 0                 # header length in bytes
    tos: int = 0
    total_length: int = 0
    id: int = 0
    flags: int = 0               # the 3 flag bits (0x4 reserved, 0x2 DF, 0x1 MF)
    frag_offset: int = 0         # in bytes
    ttl: int = 0
    protocol: int = -1
    checksum: int = 0
    checksum_ok: bool | None = None   # None: not checked (header not captured)
    computed_checksum: int = 0
    src: str = ""
    dst: str = ""
    options: list[str] = field(default_factory=list)   # tcpdump's text of each option
    payload_length: int = 0      # bytes of payload per the header (and link layer)
    missing: int = 0             # bytes the link layer lacks (truncated-ip)
    src_raw: bytes = b""
    dst_raw: bytes = b""
    final_dst_raw: bytes = b""   # last address of a loose/strict source route option

    @property
    def df(self) -> bool:
        return bool(self.flags & 2)

    @property
    def mf(self) -> bool:
        return bool(self.flags & 1)


def _route_opt(name: str, opt: bytes) -> str:
    ln = len(opt)
    if ln < 3:
        return f"{name} [bad length {ln}]"
    ptr = opt[2] - 1
    if ptr < 3 or ptr > ln + 1 or (ln - 3) % 4:
        # tcpdump: "[bad ptr N]" for a pointer outside the option
        if (ln - 3) % 4:
            return f"{name} [bad length {ln}]"
        return f"{name} [bad ptr {opt[2]}]"
    parts = [name]
    for i in range(3, ln - 3, 4):
        parts.append(ipaddr(opt[i:i + 4]))
    return " ".join(parts) if len(parts) > 1 else name


def _ts_opt(opt: bytes) -> str:
    ln = len(opt)
    if ln < 4:
        return f"timestamp [bad length {ln}]"
    ptr = opt[2] - 1
    flag = opt[3] & 0xF
    hl = {0: 4, 1: 8, 3: 8}.get(flag, 4)
    kind = {0: " TSONLY", 1: " TS+ADDR", 3: " PRESPEC"}.get(flag, " [bad ts type %d]" % flag)
    s = "timestamp TS{" + kind.strip()
    out = [s]
    i = 4
    first = True
    while i + hl <= ln:
        if i == ptr:
            out.append(" ^ ")
        elif not first:
            out.append(" ")
        if hl == 8:
            out.append(f"{_I.unpack_from(opt, i + 4)[0]}@{ipaddr(opt[i:i + 4])}")
        else:
            out.append(f"{_I.unpack_from(opt, i)[0]}")
        first = False
        i += hl
    if ptr == ln:
        out.append(" ^ ")
    overflow = opt[3] >> 4
    if overflow:
        out.append(f" [{overflow} hops not recorded]")
    out.append("}")
    return "".join(out)


OPT_TRUNC = "[|ip]"    # last entry of IPv4.options when the capture ends inside them


def _ip_options(opts: bytes, total: int | None = None) -> list[str]:
    """tcpdump's text of each option in ``opts`` (the captured option bytes; ``total``:
    the options' length per the header).  An option the capture cuts ends the list
    with :data:`OPT_TRUNC` (after its name when that was read)."""
    out: list[str] = []
    i = 0
    cap = len(opts)
    n = cap if total is None else total
    while i < n:
        if i >= cap:
            out.append("")         # tcpdump printed the separator, then gave up
            out.append(OPT_TRUNC)
            break
        t = opts[i]
        if t == 0:
            out.append("EOL")      # tcpdump stops at the end-of-list option
            break
        if t == 1:
            out.append("NOP")
            i += 1
            continue
        name = _OPT_NAMES.get(t)
        if i + 1 >= n:
            out.append((name or f"unknown {t}") + " [bad length 1]")
            break
        if i + 1 >= cap:
            out.append(name or f"unknown {t}")
            out.append(OPT_TRUNC)
            break
        ln = opts[i + 1]
        if ln < 2:
            out.append(f"{name or f'unknown {t}'} [bad length {ln}]")
            break
        if i + ln > n:
            out.append(f"{name or f'unknown {t}'} [bad length {ln}]")
            break
        if i + ln > cap:
            out.append(name or f"unknown {t}")
            out.append(OPT_TRUNC)
            break
        opt = opts[i:i + ln]
        if t in (7, 131, 137):
            out.append(_route_opt(name or "", opt))
        elif t == 68:
            out.append(_ts_opt(opt))
        elif t == 148:
            if ln != 4:
                out.append(f"RA [bad length {ln}]")
            else:
                v = _H.unpack_from(opt, 2)[0]
                out.append("RA" if v == 0 else f"RA value {v}")
        elif name is not None:
            out.append(name)
        else:
            out.append(f"unknown {t}")
        i += ln
    return out


def _route_final(opts: bytes) -> bytes:
    """The last address of an LSRR/SSRR option (the real destination), or b""."""
    i = 0
    n = len(opts)
    while i < n:
        t = opts[i]
        if t == 0:
            break
        if t == 1:
            i += 1
            continue
        if i + 1 >= n:
            break
        ln = opts[i + 1]
        if ln < 2 or i + ln > n:
            break
        if t in (131, 137) and ln >= 7 and (ln - 3) % 4 == 0:
            return bytes(opts[i + ln - 4:i + ln])
        i += ln
    return b""


def ip6_raw(text: str) -> bytes:
    """The 16 bytes of an IPv6 address text."""
    import socket
    try:
        return socket.inet_pton(socket.AF_INET6, text)
    except OSError:
        return b""


_OPT_NAMES = {0: "EOL", 1: "NOP", 7: "RR", 68: "timestamp", 130: "security", 131: "LSRR",
              137: "SSRR", 148: "RA"}


def decode_ip(data: bytes, length: int, ctx: Context) -> IPv4:
    """An IPv4 header; ``length`` is what the link layer carries."""
    rec = IPv4()
    n = len(data)
    if n < 1:
        return stopped(rec)
    rec.version = data[0] >> 4
    if rec.version != 4:
        return stopped(rec, MALFORMED)
    if n < 20:
        return stopped(rec)
    vhl, tos, tl, ident, off, ttl, proto, cks, src, dst = _IP4.unpack_from(data, 0)
    # one positional call (the hot path): the order is IPv4's field order
    rec = IPv4(0, None, None, 4, (vhl & 0xF) * 4, tos, tl, ident, off >> 13,
               (off & 0x1FFF) * 8, ttl, proto, cks, None, 0, _ntoa(src), _ntoa(dst),
               [], 0, 0, src, dst)
    if rec.total_length < rec.ihl or rec.ihl < 20:
        return stopped(rec, MALFORMED)
    if length < rec.total_length:
        # tcpdump reports the shortfall, then goes on with the header's length
        rec.missing = rec.total_length - length
    plen = rec.total_length - rec.ihl
    rec.payload_length = max(plen, 0)
    if n >= rec.ihl and ctx.checksums:
        c = in_cksum(data[:rec.ihl])
        rec.checksum_ok = c == 0
        if c:
            hdr = bytes(data[:10]) + b"\x00\x00" + bytes(data[12:rec.ihl])
            rec.computed_checksum = in_cksum(hdr)
    # options are read as far as they were captured (tcpdump goes on without them)
    if rec.ihl > 20:
        raw = bytes(data[20:rec.ihl])
        rec.options = _ip_options(raw, rec.ihl - 20)
        rec.final_dst_raw = _route_final(raw)
    rec.inner = ("ipproto", rec.protocol, rec.ihl)
    return rec


_ECN = ("", ",ECT(1)", ",ECT(0)", ",CE")


def _flags_text(flags: int) -> str:
    parts = []
    if flags & 1:
        parts.append("+")
    if flags & 2:
        parts.append("DF")
    if flags & 4:
        parts.append("rsvd")
    return "[" + (", ".join(parts) or "none") + "]"


_FLAGS_TEXT = tuple(_flags_text(f) for f in range(8))


def ip_paren(tos: int, ttl: int, ident: int, frag_offset: int, flags: int, protocol: int,
             total_length: int) -> str:
    """The ``-v`` parenthesis up to the length, without options or ")" (shared with the
    text fast path)."""
    ttl_text = f"ttl {ttl}, " if ttl else ""   # tcpdump leaves out a zero TTL
    return (f"(tos 0x{tos:x}{_ECN[tos & 3]}, {ttl_text}id {ident}, "
            f"offset {frag_offset}, flags {_FLAGS_TEXT[flags & 7]}, "
            f"proto {IPPROTO_NAMES.get(protocol, 'unknown')} ({protocol}), "
            f"length {total_length}")


def format_ip(rec: IPv4, ctx: Context) -> str:
    """The ``-v`` parenthesis: ``"(tos 0x0, ttl 64, ..., length 84)"``."""
    s = ip_paren(rec.tos, rec.ttl, rec.id, rec.frag_offset, rec.flags, rec.protocol,
                 rec.total_length)
    if rec.options:
        if rec.options[-1] == OPT_TRUNC:
            # the capture ends inside the options: tcpdump stops the packet there
            return s + ", options (" + ",".join(rec.options[:-1]) + " " + OPT_TRUNC
        s += ", options (" + ",".join(rec.options) + ")"
    if rec.checksum_ok is False and not ctx.opts.no_checksum:
        s += f", bad cksum {rec.checksum:x} (->{rec.computed_checksum:x})!"
    return s + ")"


# --- IPv6 -------------------------------------------------------------------------

@dataclass(slots=True)
class IPv6(Layer, proto="ip6"):
    """An IPv6 fixed header."""

    version: int = 6
    traffic_class: int = 0
    flow_label: int = 0
    payload_length: int = 0
    next_header: int = -1
    hop_limit: int = 0
    src: str = ""
    dst: str = ""
    missing: int = 0             # bytes the link layer lacks (truncated-ip6)
    src_raw: bytes = b""
    dst_raw: bytes = b""


def decode_ip6(data: bytes, length: int, ctx: Context) -> IPv6:
    rec = IPv6()
    if not data:
        return stopped(rec)
    n = len(data)
    rec.version = data[0] >> 4
    if n < 40:
        return stopped(rec)
    if rec.version != 6:
        return stopped(rec, MALFORMED)
    vcf, rec.payload_length, rec.next_header, rec.hop_limit, src, dst = _IP6.unpack_from(data, 0)
    rec.traffic_class = (vcf >> 20) & 0xFF
    rec.flow_label = vcf & 0xFFFFF
    rec.src_raw, rec.dst_raw = src, dst
    rec.src, rec.dst = ip6addr(src), ip6addr(dst)
    total = rec.payload_length + 40
    if length < total:
        rec.missing = total - length
    rec.inner = ("ipproto", rec.next_header, 40)
    return rec


def format_ip6(rec: IPv6, ctx: Context) -> str:
    """The ``-v`` parenthesis: ``"(hlim 64, next-header UDP (17) payload length: 20)"``."""
    parts = []
    if rec.traffic_class:
        parts.append(f"class 0x{rec.traffic_class:02x}")
    if rec.flow_label:
        parts.append(f"flowlabel 0x{rec.flow_label:05x}")
    parts.append(f"hlim {rec.hop_limit}")
    parts.append(f"next-header {ipproto_name(rec.next_header)} ({rec.next_header}) "
                 f"payload length: {rec.payload_length}")
    return "(" + ", ".join(parts) + ")"


@dataclass(slots=True)
class IPv6Ext(Layer, proto="ip6ext"):
    """An IPv6 extension header (hop-by-hop 0, routing 43, fragment 44, dest. options 60)."""

    header: int = 0               # its own protocol number
    next_header: int = -1
    hdr_length: int = 0           # bytes
    options: list[str] = field(default_factory=list)   # HBH/DSTOPT option texts
    # routing
    routing_type: int = -1
    segments_left: int = 0
    reserved: int = 0
    addresses: list[str] = field(default_factory=list)
    # fragment
    frag_offset: int = 0
    more: bool = False
    ident: int = 0
    frag_payload: int = 0
    captured: int = 0             # routing: bytes of its fixed 8 captured


def find_jumbo(b: bytes) -> int | None:
    """The Jumbo Payload length in hop-by-hop option bytes ``b`` (after the 2-byte header)."""
    i = 0
    n = len(b)
    while i < n:
        t = b[i]
        if t == 0:
            i += 1
            continue
        if i + 1 >= n:
            return None
        ln = b[i + 1]
        if t == 0xC2 and ln == 4 and i + 6 <= n:
            return int(_I.unpack_from(b, i + 2)[0])
        i += 2 + ln
    return None


def _tlv_options(b: bytes, plen: int) -> list[str]:
    """The texts of hop-by-hop / destination options ``b`` (``plen``: the IPv6
    payload length, which a jumbo payload option needs to be 0)."""
    out: list[str] = []
    i = 0
    n = len(b)
    seen = False                 # a well-formed jumbo payload option came before
    while i < n:
        t = b[i]
        if t == 0:
            out.append("(pad1)")
            i += 1
        elif i + 1 >= n or i + 2 + b[i + 1] > n:
            out.append("[trunc]")
            break
        else:
            ln = b[i + 1]
            out.extend(_tlv_option(t, b[i + 2:i + 2 + ln], plen, seen))
            seen = seen or (t == 0xC2 and ln == 4)
            i += 2 + ln
    return out


def _tlv_option(t: int, v: bytes, plen: int, seen: bool) -> list[str]:
    """The text of one option of type ``t`` (not Pad1) with value ``v``."""
    ln = len(v)
    if t == 1:
        return ["(padn)"]
    if t == 5:
        if ln != 2:
            return [f"(rtalert: invalid len {ln})"]
        return [f"(rtalert: 0x{_H.unpack_from(v)[0]:04x}) "]
    if t == 0xC2:
        if ln != 4:
            return [f"(jumbo: invalid len {ln})"]
        jumbo = _I.unpack_from(v)[0]
        if seen:
            return [f"(jumbo: {jumbo} - already seen) "]
        return [f"(jumbo: {jumbo} - payload len != 0) " if plen else f"(jumbo: {jumbo}) "]
    if t == 0xC9:
        if ln < 16:
            return [f"(homeaddr: invalid len {ln})"]
        return [f"(homeaddr: {ip6addr(v[:16])}", ")"]
    return [f"(opt_type 0x{t:02x}: len={ln})"]


def decode_ip6_ext(data: bytes, length: int, ctx: Context, header: int = 0,
                   payload_length: int = 0) -> IPv6Ext:
    rec = IPv6Ext(header=header)
    n = len(data)
    if header == 44:
        if n < 4:
            return stopped(rec)
        rec.next_header = data[0]
        fo = _H.unpack_from(data, 2)[0]
        rec.frag_offset = fo & 0xFFF8
        rec.more = bool(fo & 1)
        rec.hdr_length = 8
        # tcpdump computes this in an unsigned 64-bit size (a short unit wraps)
        rec.frag_payload = (length - 8) % (1 << 64)
        if n < 8:
            return stopped(rec)
        rec.ident = _I.unpack_from(data, 4)[0]
        if rec.frag_offset == 0:
            rec.inner = ("ipproto", rec.next_header, 8)
        return rec
    if header == 43:
        return _decode_rt6(rec, data)
    if n < 2:
        return stopped(rec)
    rec.next_header = data[0]
    rec.hdr_length = (data[1] + 1) * 8
    if n < rec.hdr_length:
        return stopped(rec)
    else:
        rec.options = _tlv_options(bytes(data[2:rec.hdr_length]), payload_length)
        if rec.options and rec.options[-1] == "[trunc]":
            # an option runs past the header: tcpdump stops there
            return stopped(rec)
    rec.inner = ("ipproto", rec.next_header, rec.hdr_length)
    return rec


def _decode_rt6(rec: IPv6Ext, data: bytes) -> IPv6Ext:
    """A routing header (type 0, 2, 4: segment routing), read field by field as far
    as it was captured (``captured``: how many of its first 8 bytes were)."""
    n = len(data)
    rec.captured = min(n, 8)
    if n < 2:
        return stopped(rec)
    rec.next_header = data[0]
    rt_len = data[1]
    rec.hdr_length = (rt_len + 1) * 8
    if n < 4:
        if n == 3:
            rec.routing_type = data[2]
        return stopped(rec)
    rec.routing_type, rec.segments_left = data[2], data[3]
    t = rec.routing_type
    # (the bytes of the word that were captured, for the fields printed before the cut)
    rec.reserved = int.from_bytes(bytes(data[4:8]).ljust(4, b"\0"), "big")
    if t not in (0, 2, 4) or rt_len % 2:
        # tcpdump: "(unknown type)" / "(invalid length N)", and no further
        return stopped(rec, MALFORMED) if n >= 8 or t not in (0, 2, 4) else stopped(rec)
    if n < 8:
        return stopped(rec)
    for i in range(rt_len // 2):
        a = 8 + 16 * i
        if a + 16 > n:
            return stopped(rec)
        rec.addresses.append(ip6addr(data[a:a + 16]))
    rec.inner = ("ipproto", rec.next_header, rec.hdr_length)
    return rec


def _rt6_text(rec: IPv6Ext, v: int) -> str:
    """tcpdump's text of a routing header (" [|rt6]" where the capture ends)."""
    trunc = " [|rt6]"
    c = rec.captured
    if c < 2:
        return "RT6" + trunc
    rt_len = rec.hdr_length // 8 - 1
    s = f"RT6 (len={rt_len}"
    t = rec.routing_type
    if t < 0:
        return s + trunc
    s += f", type={t}" + (" [Deprecated]" if t == 0 else "")
    if c < 4:
        return s + trunc
    s += f", segleft={rec.segments_left}"
    r = rec.reserved
    if t in (0, 2):
        if c < 8:
            return s + trunc
        if r or v:
            s += f", rsv=0x{r:x}"
    elif t == 4:
        if c < 5:
            return s + trunc
        s += f", last-entry={r >> 24}"
        if c < 6:
            return s + trunc
        if (r >> 16) & 0xFF or v:
            s += f", flags=0x{(r >> 16) & 0xFF:x}"
        if c < 8:
            return s + trunc
        s += f", tag={r & 0xFFFF:x}"
    else:
        return s + " (unknown type) (invalid)"
    if rt_len % 2:
        return s + f" (invalid length {rt_len}) (invalid)"
    s += "".join(f", [{i}]{a}" for i, a in enumerate(rec.addresses))
    if rec.stop is not None:
        return s + trunc
    return s + ") "


def format_ip6_ext(rec: IPv6Ext, ctx: Context) -> str:
    """The header's text, ending with a space (``"HBH "``, ``"frag (0|1448) "``)."""
    v = ctx.opts.verbose
    h = rec.header
    if h == 44:
        if rec.stop is not None and (v or rec.hdr_length == 0):
            return " [|frag6]"
        if v:
            s = f"frag (0x{rec.ident:08x}:{rec.frag_offset}|{rec.frag_payload})"
        else:
            s = f"frag ({rec.frag_offset}|{rec.frag_payload})"
        return s + " " if rec.frag_offset == 0 else s
    if h == 43:
        return _rt6_text(rec, v)
    name = "HBH" if h == 0 else "DSTOPT"
    if rec.stop is not None:
        return f"{name}  [|{'hbhopt' if h == 0 else 'dstopt'}]"
    if v:
        return f"{name} " + "".join(rec.options) + " " if rec.options else f"{name} "
    return f"{name} "


_ = MALFORMED


# --- IPsec: ESP (RFC 4303) and AH (RFC 4302) headers --------------------------------

@dataclass(slots=True)
class ESP(Layer, proto="esp"):
    """An ESP header (the rest is ciphertext)."""

    spi: int = 0
    seq: int = 0
    length: int = 0


def decode_esp(data: bytes, length: int, ctx: Context) -> ESP:
    rec = ESP(length=length)
    if len(data) < 8:
        return stopped(rec)
    rec.spi, rec.seq = struct.unpack_from("!II", data, 0)
    return rec


def format_esp(rec: ESP, ctx: Context) -> str:
    if rec.stop is not None:
        return " [|esp]"
    return f"ESP(spi=0x{rec.spi:08x},seq=0x{rec.seq:x}), length {rec.length}"


@dataclass(slots=True)
class AH(Layer, proto="ah"):
    """An authentication header; ``inner`` names the protocol it protects."""

    next_header: int = -1
    hdr_length: int = 0          # bytes
    reserved: int = 0
    spi: int = 0
    seq: int = 0
    icv: bytes = b""


def decode_ah(data: bytes, length: int, ctx: Context) -> AH:
    rec = AH()
    n = len(data)
    if n < 2:
        return stopped(rec)
    rec.next_header = data[0]
    rec.hdr_length = (data[1] + 2) * 4
    if n < 12:
        return stopped(rec)
    rec.reserved, rec.spi, rec.seq = struct.unpack_from("!HII", data, 2)
    rec.icv = bytes(data[12:rec.hdr_length])
    if n < rec.hdr_length:
        return stopped(rec)
    rec.inner = ("ipproto", rec.next_header, rec.hdr_length)
    return rec


def format_ah(rec: AH, ctx: Context) -> str:
    """``"AH(spi=0x00000100,seq=0x13,icv=0x...): "`` (``-v``: with the length first)."""
    if rec.hdr_length == 0 or (rec.stop is not None and rec.spi == 0 and not rec.icv):
        return " [|ah]"
    parts = []
    if ctx.opts.verbose:
        parts.append(f"length={rec.hdr_length // 4 - 2}({rec.hdr_length}-bytes)")
    if rec.reserved:
        parts.append(f"reserved=0x{rec.reserved:x}[MustBeZero]")
    parts.append(f"spi=0x{rec.spi:08x}")
    parts.append(f"seq=0x{rec.seq:x}")
    parts.append("icv=0x" + rec.icv.hex())
    s = "AH(" + ",".join(parts)
    if rec.stop is not None:
        return s + " [|ah]"
    return s + "): "


@dataclass(slots=True)
class UDPEncap(Layer, proto="udpencap"):
    """IPsec NAT traversal on UDP port 4500 (RFC 3948): ESP, IKE or a keep-alive."""

    kind: str = ""               # "esp", "nonesp" (IKE follows), "keepalive"
    esp: ESP | None = None


def decode_udpencap(data: bytes, length: int, ctx: Context) -> UDPEncap:
    rec = UDPEncap()
    if length == 1 and data[:1] == b"\xff":
        rec.kind = "keepalive"
        return rec
    if len(data) >= 4 and data[:4] == b"\0\0\0\0":
        rec.kind = "nonesp"
        rec.inner = ("udpport", 500, 4)
        return rec
    rec.kind = "esp"
    rec.esp = decode_esp(data, length, ctx)
    if rec.esp.stop is not None:
        rec.stop = rec.esp.stop
    return rec


def format_udpencap(rec: UDPEncap, ctx: Context) -> str:
    if rec.kind == "keepalive":
        return "isakmp-nat-keep-alive"
    if rec.kind == "nonesp":
        return "NONESP-encap: "
    assert rec.esp is not None
    return "UDP-encap: " + format_esp(rec.esp, ctx)
