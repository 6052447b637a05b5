"""ICMP for IPv4 (RFC 792, 950, 1191, 1256, 4884) as tcpdump 4.99.3 prints it.

:func:`format_icmp` writes what follows the chain walker's ``"10.0.0.1 > 10.0.0.2: "``:
``"ICMP echo request, id 1, seq 1, length 64"``, ``"ICMP 10.0.0.2 udp port 33434
unreachable, length 36"``, ...  With ``-v`` a wrong checksum is reported
(``" (wrong icmp cksum 1234 (->abcd)!)"``) and, for error messages
(unreachable, source quench, redirect, time exceeded, parameter problem),
tcpdump prints the quoted datagram on the next line, then RFC 4884 extension
objects.  :func:`format_icmp` writes all of it: the quoted datagram goes
through the chain walker (:func:`purepcap.printer._walk.walk`, as raw IPv4)
with the quoted header's total length as its length, which is what tcpdump
does (``ip_print(bp, ip_len)``: no "truncated-ip" for a quote that stops after
8 bytes of payload).  The record's ``inner`` stays ``None`` so the walker
does not print the quote a second time.

tcpdump reads every field a message's summary needs before it prints any of
it, so a message cut short prints only ``" [|icmp]"``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Callable, ClassVar, TypeVar

from ._addr import port_string
from ._base import TRUNCATED, Context, Layer, stopped
from ._rtr import never_raising
from .tcp import cksum_shouldbe, inet_sum

__all__ = ["ICMP", "IcmpMessage", "read_header", "decode_icmp", "format_icmp", "format_icmp_tail",
           "icmp_tstamp"]

_U16 = struct.Struct("!H")
_U32 = struct.Struct("!I")

_ERRTYPES = frozenset((3, 4, 5, 11, 12))
_MULTIPART = frozenset((3, 11, 12))
_TRUNC = " [|icmp]"

_SIMPLE = {0: "echo reply", 4: "source quench", 8: "echo request", 10: "router solicitation",
           13: "time stamp request", 14: "time stamp reply", 15: "information request",
           16: "information reply", 17: "address mask request"}

# destination unreachable codes other than 2, 3, 4: (before address, after address)
_UNREACH = {
    0: ("net ", " unreachable"),
    1: ("host ", " unreachable"),
    5: ("", " unreachable - source route failed"),
    6: ("net ", " unreachable - unknown"),
    7: ("host ", " unreachable - unknown"),
    8: ("", " unreachable - source host isolated"),
    9: ("net ", " unreachable - admin prohibited"),
    10: ("host ", " unreachable - admin prohibited"),
    11: ("net ", " unreachable - tos prohibited"),
    12: ("host ", " unreachable - tos prohibited"),
    13: ("host ", " unreachable - admin prohibited filter"),
    14: ("host ", " unreachable - host precedence violation"),
    15: ("host ", " unreachable - precedence cutoff"),
}

_REDIRECT = {0: "redirect %s to net %s", 1: "redirect %s to host %s",
             2: "redirect-tos %s to net %s", 3: "redirect-tos %s to host %s"}


_M = TypeVar("_M", bound="IcmpMessage")


@dataclass(slots=True)
class IcmpMessage(Layer):
    """What an ICMP and an ICMPv6 message hold; ``data`` keeps the captured
    bytes for the formatter."""

    type: int = -1
    code: int = -1
    cksum: int = 0
    length: int = 0              # the length the IP layer states
    data: bytes = b""            # captured bytes of the message
    cksum_ok: bool | None = None  # None: not verified
    cksum_should: int = 0


def read_header(rec: _M, data: bytes) -> _M:
    """``rec`` holding the message in ``data`` (cut to the ``rec.length`` the
    IP layer states), with the type, code and checksum that were captured."""
    if len(data) > rec.length >= 0:
        data = data[:rec.length]
    data = rec.data = bytes(data)
    n = len(data)
    if n >= 1:
        rec.type = data[0]
    if n >= 2:
        rec.code = data[1]
    if n >= 4:
        rec.cksum = data[2] << 8 | data[3]
    return rec


@dataclass(slots=True)
class ICMP(IcmpMessage):
    """One ICMP message."""

    proto: ClassVar[str] = "icmp"

    quoted_length: int = -1      # total length in the quoted IP header (-1: not captured)


def _ipnum(b: bytes, off: int) -> str:
    return f"{b[off]}.{b[off + 1]}.{b[off + 2]}.{b[off + 3]}"


def _host(ctx: Context) -> Callable[[bytes, int], str]:
    """Address text without -n: the host name when it resolves (tcpdump's ipaddr_string)."""
    from ._addr import ipaddr_string
    opts = ctx.opts
    return lambda b, off: ipaddr_string(b[off:off + 4], opts)


def decode_icmp(data: bytes, length: int, ctx: Context) -> ICMP:
    rec = read_header(ICMP(length=length), data)
    data = rec.data
    n = len(data)
    if n < 2:
        return stopped(rec)
    opts = ctx.opts
    if opts.verbose and not ctx.fragment and n >= length:
        s = inet_sum(data)
        if s != 0xFFFF:
            computed = 0xFFFF - s
            rec.cksum_ok = False
            rec.cksum_should = cksum_shouldbe(rec.cksum, computed)
        else:
            rec.cksum_ok = True
    if rec.type in _ERRTYPES and n >= 12:
        rec.quoted_length = data[10] << 8 | data[11]
    if n < length:
        rec.stop = TRUNCATED
    return rec


def icmp_tstamp(t: int) -> str:
    """Milliseconds since midnight UTC as tcpdump prints them (``HH:MM:SS.mmm``)."""
    msec = t % 1000
    sec = t // 1000
    mins, sec = divmod(sec, 60)
    hrs, mins = divmod(mins, 60)
    return f"{hrs:02d}:{mins:02d}:{sec:02d}.{msec:03d}"


def _lifetime(v: int) -> str:
    if v < 60:
        return str(v)
    if v < 3600:
        return f"{v // 60}:{v % 60:02d}"
    return f"{v // 3600}:{(v % 3600) // 60:02d}:{v % 60:02d}"


def echo_summary(d: bytes) -> str:
    """``"echo request, id 1, seq 2"`` of an echo or echo reply message (8 bytes or more;
    the text fast path uses it too)."""
    return (f"echo {'request' if d[0] == 8 else 'reply'}, id {d[4] << 8 | d[5]}, "
            f"seq {d[6] << 8 | d[7]}")


# the bytes a message of these types must have captured for its summary
_NEEDS = {0: 8, 8: 8, 5: 28, 9: 8, 11: 28, 13: 8, 14: 20, 18: 12}


def _summary(rec: ICMP, ctx: Context) -> str | None:
    """The text after "ICMP " (None: the capture ends before it is complete)."""
    d = rec.data
    n = len(d)
    t, code = rec.type, rec.code
    _ip = _ipnum if ctx.opts.numeric else _host(ctx)
    if n < _NEEDS.get(t, 0):
        return None
    if t == 0 or t == 8:
        return echo_summary(d)
    if t == 3:
        if code == 3:
            if n < 18:
                return None
            hlen = (d[8] & 0xF) * 4
            if n < 8 + hlen + 4 or n < 28:
                return None
            dport = d[8 + hlen + 2] << 8 | d[8 + hlen + 3]
            proto = d[17]
            if proto in (6, 17):
                layer = "tcp" if proto == 6 else "udp"
                port = port_string(dport, layer, ctx.opts)
                return f"{_ip(d, 24)} {layer} port {port} unreachable"
            return f"{_ip(d, 24)} protocol {proto} port {dport} unreachable"
        if n < 28:
            return None
        if code == 2:
            return f"{_ip(d, 24)} protocol {d[17]} unreachable"
        if code == 4:
            mtu = d[6] << 8 | d[7]
            if mtu:
                return f"{_ip(d, 24)} unreachable - need to frag (mtu {mtu})"
            return f"{_ip(d, 24)} unreachable - need to frag"
        pre_post = _UNREACH.get(code)
        if pre_post is None:
            return f"{_ip(d, 24)} unreachable - #{code}"
        return pre_post[0] + _ip(d, 24) + pre_post[1]
    if t == 5:
        fmt = _REDIRECT.get(code)
        if fmt is None:
            return f"redirect-#{code} {_ip(d, 24)} to {_ip(d, 4)}"
        return fmt % (_ip(d, 24), _ip(d, 4))
    if t == 9:
        out = f"router advertisement lifetime {_lifetime(d[6] << 8 | d[7])} {d[4]}:"
        if d[5] != 2:
            return out + f" [size {d[5]}]"
        parts = [out]
        for i in range(d[4]):
            p = 8 + 8 * i
            if n < p + 8:
                return None
            parts.append(f" {{{_ip(d, p)} {_U32.unpack_from(d, p + 4)[0]}}}")
        return "".join(parts)
    if t == 11:
        if code == 0:
            return "time exceeded in-transit"
        if code == 1:
            return "ip reassembly time exceeded"
        return f"time exceeded-#{code}"
    if t == 12:
        if code:
            return f"parameter problem - code {code}"
        if n < 5:
            return None
        return f"parameter problem - octet {d[4]}"
    if t == 18:
        return f"address mask is 0x{_U32.unpack_from(d, 8)[0]:08x}"
    if t == 13:
        return f"time stamp query id {d[4] << 8 | d[5]} seq {d[6] << 8 | d[7]}"
    if t == 14:
        o, r, x = struct.unpack_from("!III", d, 8)
        return (f"time stamp reply id {d[4] << 8 | d[5]} seq {d[6] << 8 | d[7]}: "
                f"org {icmp_tstamp(o)}, recv {icmp_tstamp(r)}, xmit {icmp_tstamp(x)}")
    name = _SIMPLE.get(t)
    return name if name is not None else f"type-#{t}"


def _format(rec: ICMP, ctx: Context) -> str:
    """tcpdump's text from ``"ICMP "`` (see the module notes for ``-v`` errors)."""
    if rec.type < 0 or len(rec.data) < 2:
        return _TRUNC
    summary = _summary(rec, ctx)
    if summary is None:
        return _TRUNC
    out = f"ICMP {summary}, length {rec.length}"
    if rec.cksum_ok is False:
        if len(rec.data) < 4:      # tcpdump reads the checksum field only to report it
            return out + _TRUNC
        out += f" (wrong icmp cksum {rec.cksum:x} (->{rec.cksum_should:x})!)"
    if ctx.opts.verbose and rec.type in _ERRTYPES:
        out += "\n\t"
        if rec.quoted_length < 0:
            return out + _TRUNC
        out += _quoted(rec, ctx)
    return out + format_icmp_tail(rec, ctx)


_MAX_NESTING = 4


def _quoted(rec: ICMP, ctx: Context) -> str:
    """The quoted datagram as tcpdump prints it (``ip_print`` over the quote)."""
    depth = ctx.state.get("icmp.depth", 0)
    if depth >= _MAX_NESTING:
        return _TRUNC
    try:
        from . import _walk
    except ImportError:
        return ""
    quote = rec.data[8:8 + rec.quoted_length]
    inner = Context(opts=ctx.opts, state=ctx.state)
    ctx.state["icmp.depth"] = depth + 1
    try:
        # start at the IPv4 printer itself, as tcpdump's ip_print (not at a link type)
        return _walk.walk_from(quote, "ip", rec.quoted_length, inner, key=0x0800)[1]
    finally:
        ctx.state["icmp.depth"] = depth


def _tail(rec: ICMP, ctx: Context) -> str:
    """Text tcpdump prints after the quoted datagram (``-v``): RFC 4884 extensions."""
    if not ctx.opts.verbose or rec.type not in _MULTIPART or rec.length <= 136:
        return ""
    d = rec.data
    n = len(d)
    plen = rec.length
    if n < 8 + 128 + 4 + 1:
        return _TRUNC
    ext = 136
    hlen = plen - ext
    if d[5] == 0 and n >= ext + hlen:
        if inet_sum(d[ext:ext + hlen]) != 0xFFFF:
            return ""
    version = d[ext] >> 4
    out = [f"\n\tICMP Multi-Part extension v{version}"]
    if version != 2:
        out.append(" packet not supported")
        return "".join(out)
    if n >= ext + hlen:
        bad = inet_sum(d[ext:ext + hlen]) != 0xFFFF
        out.append(f", checksum 0x{d[ext + 2] << 8 | d[ext + 3]:04x} "
                   f"({'in' if bad else ''}correct), length {hlen}")
    hlen -= 4
    p = ext + 4
    from ._dump import hex_dump
    while hlen > 4:
        if n < p + 4:
            out.append(_TRUNC)
            return "".join(out)
        olen = d[p] << 8 | d[p + 1]
        cls, ctype = d[p + 2], d[p + 3]
        p += 4
        name = {1: "MPLS Stack Entry", 2: "Interface Identification"}.get(cls, "unknown")
        out.append(f"\n\t  {name} Object ({cls}), Class-Type: {ctype}, length {olen}")
        hlen -= 4
        if cls == 0 or olen < 4:
            return "".join(out)
        olen -= 4
        if cls == 1 and ctype == 1:
            if n < p + 4:
                out.append(_TRUNC)
                return "".join(out)
            raw = _U32.unpack_from(d, p)[0]
            out.append(f"\n\t    label {raw >> 12}, tc {(raw >> 9) & 7}")
            if raw & 0x100:
                out.append(", [S]")
            out.append(f", ttl {raw & 0xFF}")
        else:
            out.append(hex_dump(d[p:p + olen], "\n\t    "))
        if hlen < olen:
            break
        hlen -= olen
        p += olen
    return "".join(out)


format_icmp = never_raising(_format, _TRUNC)
format_icmp_tail = never_raising(_tail, _TRUNC)
