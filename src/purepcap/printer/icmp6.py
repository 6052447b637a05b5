"""ICMPv6 (RFC 4443), neighbour discovery (RFC 4861) and MLD (RFC 2710, 3810)
as tcpdump 4.99.3 prints them.

:func:`format_icmp6` writes what follows the chain walker's
``"fe80::1 > ff02::1: "``: with ``-v`` first ``"[icmp6 sum ok] "`` or
``"[bad icmp6 cksum 0x1234 -> 0xabcd!] "`` (checked over the IPv6
pseudo-header from ``ctx.src_raw``/``ctx.dst_raw``), then ``"ICMP6, "``, the
type's name and its details; without ``-v`` the text ends with ``", length N"``.
With ``-v`` neighbour-discovery messages list their options on indented lines.

Also decoded: MLDv1/v2, home-agent and mobile-prefix messages, node
information (RFC 4620), router renumbering (RFC 2894) and RPL (RFC 6550).
Unlike the IPv4 printer, tcpdump prints ICMPv6 fields as it reads them, so a
short capture keeps what was printed and ends with ``" [|icmp6]"``; a
sub-printer's own length checks print ``" [|icmp6]"`` and let the message's
text go on.  The checksum pseudo-header uses ``ctx.final_dst_raw`` when the
context has one (a routing header's final destination, as tcpdump does).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Callable, ClassVar

from ._addr import port_string
from ._base import TRUNCATED, Context
from .icmp import IcmpMessage, read_header
from ._dump import hex_dump
from ._rtr import printable
from .tcp import cksum_shouldbe, inet_sum, pseudo_sum

__all__ = ["ICMP6", "decode_icmp6", "format_icmp6"]

_U16 = struct.Struct("!H")
_U32 = struct.Struct("!I")
_TRUNC = " [|icmp6]"

TYPE_NAMES: dict[int, str] = {
    1: "destination unreachable", 2: "packet too big", 3: "time exceeded in-transit",
    4: "parameter problem", 128: "echo request", 129: "echo reply",
    130: "multicast listener query", 131: "multicast listener report",
    132: "multicast listener done", 133: "router solicitation", 134: "router advertisement",
    135: "neighbor solicitation", 136: "neighbor advertisement", 137: "redirect",
    138: "router renumbering", 141: "inverse neighbor solicitation",
    142: "inverse neighbor advertisement", 143: "multicast listener report v2",
    144: "ha discovery request", 145: "ha discovery reply", 146: "mobile router solicitation",
    147: "mobile router advertisement", 139: "who-are-you request", 140: "who-are-you reply",
    201: "mtrace message", 200: "mtrace response",
    155: "RPL",
}
_UNREACH = {0: "unreachable route", 1: " unreachable prohibited", 2: "beyond scope",
            3: "unreachable address", 4: "unreachable port"}
_OPT_NAMES = {1: "source link-address", 2: "destination link-address", 3: "prefix info",
              4: "redirected header", 5: "mtu", 25: "rdnss", 31: "dnssl",
              7: "advertisement interval", 8: "homeagent information", 24: "route info"}
_PARAMPROB = {0: "erroneous", 1: "next header", 2: "option", 3: "incomplete header chain"}
_RR_CODES = {0: ", command", 1: ", result", 255: ", sequence number reset"}
_MLDV2_TYPES = {1: "is_in", 2: "is_ex", 3: "to_in", 4: "to_ex", 5: "allow", 6: "block"}
_RTPREF = ("medium", "high", "rsv", "low")
_LEN_TYPES = frozenset((133, 134, 136, 135, 137, 145, 147))


class _Trunc(Exception):
    """The capture ends where tcpdump reads: the message's text ends with " [|icmp6]"."""


class _LocalTrunc(Exception):
    """A sub-printer's own length check fails: it prints " [|icmp6]" and the
    message's text goes on (node information, router renumbering)."""


@dataclass(slots=True)
class ICMP6(IcmpMessage):
    """One ICMPv6 message."""

    proto: ClassVar[str] = "icmp6"


def decode_icmp6(data: bytes, length: int, ctx: Context) -> ICMP6:
    rec = read_header(ICMP6(length=length), data)
    data = rec.data
    n = len(data)
    if (ctx.opts.verbose and length and n >= length
            and not ctx.fragment):
        ps = pseudo_sum(ctx, 58, length)
        if ps is not None:
            s = inet_sum(data, ps)
            rec.cksum_ok = s == 0xFFFF
            if not rec.cksum_ok:
                rec.cksum_should = cksum_shouldbe(rec.cksum, 0xFFFF - s)
    if n < length:
        rec.stop = TRUNCATED
    return rec


def _bits(table: tuple[tuple[int, str], ...], v: int) -> str:
    names = [s for bit, s in table if v & bit == bit]
    return ", ".join(names) if names else "none"


_RA_FLAGS = ((0x80, "managed"), (0x40, "other stateful"), (0x20, "home agent"),
             (0x02, "ipv6 only"))
_NA_FLAGS = ((0x80000000, "router"), (0x40000000, "solicited"), (0x20000000, "override"))
_PI_FLAGS = ((0x80, "onlink"), (0x40, "auto"), (0x20, "router"))


def _lifetime(v: int) -> str:
    return "infinity" if v == 0xFFFFFFFF else f"{v}s"


def format_icmp6(rec: ICMP6, ctx: Context) -> str:
    """tcpdump's text from ``"ICMP6, "`` (``-v``: from the checksum note)."""
    out: list[str] = []
    try:
        _format(rec, ctx, out)
    except _Trunc:
        out.append(_TRUNC)
    except Exception:
        out.append(_TRUNC)
    return "".join(out)


def _format(rec: ICMP6, ctx: Context, out: list[str]) -> None:
    d = rec.data
    n = len(d)
    length = rec.length
    verbose = ctx.opts.verbose
    add = out.append

    def need(k: int) -> None:
        if n < k:
            raise _Trunc

    numeric = ctx.opts.numeric

    def a6(off: int) -> str:
        need(off + 16)
        if numeric:
            return _ip6(d[off:off + 16])
        from ._addr import ip6addr_string
        return ip6addr_string(d[off:off + 16], ctx.opts)

    def u16(off: int) -> int:
        need(off + 2)
        return int(_U16.unpack_from(d, off)[0])

    def u32(off: int) -> int:
        need(off + 4)
        return int(_U32.unpack_from(d, off)[0])

    if length == 0:
        add("ICMP6, length 0 (invalid)")
        return
    if rec.cksum_ok is not None and n < 4:
        raise _Trunc        # tcpdump reads the checksum field before it sums
    if rec.cksum_ok is True:
        add("[icmp6 sum ok] ")
    elif rec.cksum_ok is False:
        add(f"[bad icmp6 cksum 0x{rec.cksum:04x} -> 0x{rec.cksum_should:04x}!] ")
    need(1)
    t = d[0]
    add("ICMP6, " + TYPE_NAMES.get(t, f"unknown icmp6 type ({t})"))
    if verbose and t in _LEN_TYPES:
        add(f", length {length}")
    need(2)
    code = d[1]
    if t == 1:
        add(", " + _UNREACH.get(code, f"unknown unreach code ({code})"))
        if code in (0, 1, 3):
            add(" " + a6(32))
        elif code == 2:
            add(f" {a6(32)}, source address {a6(16)}")
        elif code == 4:
            up = _upper(d, 8)
            if up is None:
                raise _Trunc
            prot, off = up
            dport = u16(off + 2)
            port = port_string(dport, "tcp" if prot == 6 else "udp", ctx.opts)
            add(f", {a6(32)} {'tcp' if prot == 6 else 'udp'} port {port}")
        elif verbose <= 1:
            add(hex_dump(d[:length], "\n\t"))
            return
    elif t == 2:
        add(f", mtu {u32(4)}")
    elif t == 3:
        if code == 0:
            add(" for " + a6(32))
        elif code == 1:
            add(" (reassembly)")
        else:
            add(f", unknown code ({code})")
    elif t == 4:
        need(48)
        what = _PARAMPROB.get(code)
        if what is None:
            add(f", code-#{code}")
        else:
            add(f", {what} - octet {u32(4)}")
    elif t == 128 or t == 129:
        add(f", id {u16(4)}, seq {u16(6)}")
    elif t == 130:
        if length == 24:
            _mld(d, add, a6, u16)
        elif length >= 28:
            add(" v2")
            _mldv2_query(d, length, verbose, add, a6, u16)
        else:
            add(f" unknown-version (len {length}) ")
    elif t == 131 or t == 132:
        _mld(d, add, a6, u16)
    elif t == 133:
        if verbose:
            _nd_options(d, 8, length - 8, ctx, add)
    elif t == 134:
        if verbose:
            need(16)
            fl = d[5]
            add(f"\n\thop limit {d[4]}, Flags [{_bits(_RA_FLAGS, fl)}], "
                f"pref {_RTPREF[(fl & 0x18) >> 3]}, router lifetime {u16(6)}s, "
                f"reachable time {u32(8)}ms, retrans timer {u32(12)}ms")
            _nd_options(d, 16, length - 16, ctx, add)
    elif t == 135:
        add(", who has " + a6(8))
        if verbose:
            _nd_options(d, 24, length - 24, ctx, add)
    elif t == 136:
        add(", tgt is " + a6(8))
        if verbose:
            add(f", Flags [{_bits(_NA_FLAGS, u32(4))}]")
            _nd_options(d, 24, length - 24, ctx, add)
    elif t == 137:
        add(f", {a6(24)}")
        add(f" to {a6(8)}")
        if verbose:
            _nd_options(d, 40, length - 40, ctx, add)
    elif t == 143:
        _mldv2_report(d, length, verbose, add, a6, u16)
    elif t == 146 or t == 144:
        add(f", id 0x{u16(4):04x}")
    elif t == 145:
        if verbose:
            add(f", id 0x{u16(4):04x}")
            p = 8
            while p < length:
                add(", " + a6(p))
                p += 16
    elif t == 147:
        if verbose:
            add(f", id 0x{u16(4):04x}")
            fl = u16(6)
            if fl & 0xC000:
                add(" ")
            if fl & 0x8000:
                add("M")
            if fl & 0x4000:
                add("O")
            _nd_options(d, 8, length - 8, ctx, add)
    elif t == 139 or t == 140 or t == 138:
        try:
            if t == 138:
                _rrenum(d, verbose, add, a6, u16, u32)
            else:
                _nodeinfo(d, length, verbose, add, a6, u16)
        except _LocalTrunc:
            add(_TRUNC)
    elif t == 155:
        try:
            _rpl(d, length, code, ctx, add, a6)
        except _LocalTrunc:
            add(_TRUNC)
    elif t in (141, 142):
        pass
    else:
        add(f", length {length}")
        if verbose <= 1:
            add(hex_dump(d[:length], "\n\t"))
        return
    if not verbose:
        add(f", length {length}")


def _ip6(b: bytes) -> str:
    from ._addr import ip6addr
    return ip6addr(b)


def _upper(d: bytes, off: int) -> tuple[int, int] | None:
    """(protocol, offset) of the TCP/UDP header inside the quoted IPv6 packet at ``off``."""
    n = len(d)
    if n < off + 7:
        return None
    nh = d[off + 6]
    p = off + 40
    for _ in range(64):
        if nh in (6, 17):
            return (nh, p) if n >= p + 4 else None
        if nh in (0, 60, 43):
            if n < p + 2:
                return None
            nh, p = d[p], p + ((d[p + 1] + 1) << 3)
        elif nh == 44:
            if n < p + 4:
                return None
            if (d[p + 2] << 8 | d[p + 3]) & 0xFFF8:
                return None
            nh, p = d[p], p + 8
        elif nh == 51:
            if n < p + 2:
                return None
            nh, p = d[p], p + ((d[p + 1] + 2) << 2)
        else:
            return None
    return None


def _mld(d: bytes, add: Callable[[str], object], a6: Callable[[int], str],
         u16: Callable[[int], int]) -> None:
    if len(d) < 24:
        return
    add(f"max resp delay: {u16(4)} ")
    add("addr: " + a6(8))


def _mldv2_report(d: bytes, length: int, verbose: int, add: Callable[[str], object],
                  a6: Callable[[int], str], u16: Callable[[int], int]) -> None:
    if length < 8:
        add(f" [invalid len {length}]")
        return
    ngroups = u16(6)
    add(f", {ngroups} group record(s)")
    if not verbose:
        return
    group = 8
    for _ in range(ngroups):
        if length < group + 20:
            add(" [invalid number of groups]")
            return
        add(" [gaddr " + a6(group + 4))
        if len(d) < group + 1:
            raise _Trunc
        rt = d[group]
        add(" " + _MLDV2_TYPES.get(rt, f" [v2-report-#{rt}]"))
        nsrcs = u16(group + 2)
        if length < group + 20 + nsrcs * 16:
            add(f" [invalid number of sources {nsrcs}]")
            return
        if verbose == 1:
            add(f", {nsrcs} source(s)")
        else:
            add(" {")
            for j in range(nsrcs):
                add(" " + a6(group + 20 + j * 16))
            add(" }")
        group += 20 + nsrcs * 16
        add("]")


def _mldv2_query(d: bytes, length: int, verbose: int, add: Callable[[str], object],
                 a6: Callable[[int], str], u16: Callable[[int], int]) -> None:
    """An MLDv2 query (``length`` at least 28: the caller tells v1 from v2 by it)."""
    mrc = u16(4)
    if mrc < 32768:
        mrt = mrc
    else:
        mrt = ((mrc & 0x0FFF) | 0x1000) << (((mrc & 0x7000) >> 12) + 3)
    if verbose:
        add(f" [max resp delay={mrt}]")
    add(" [gaddr " + a6(8))
    if verbose:
        if len(d) < 25:
            raise _Trunc
        if d[24] & 0x08:
            add(" sflag")
        if d[24] & 0x07:
            add(f" robustness={d[24] & 0x07}")
        if len(d) < 26:
            raise _Trunc
        q = d[25]
        qqi = q if q < 128 else ((q & 0x0F) | 0x10) << (((q & 0x70) >> 4) + 3)
        add(f" qqi={qqi}")
    nsrcs = u16(26)
    if nsrcs > 0:
        if length < 28 + nsrcs * 16:
            add(" [invalid number of sources]")
        elif verbose > 1:
            add(" {")
            for i in range(nsrcs):
                add(" " + a6(28 + i * 16))
            add(" }")
        else:
            add(f", {nsrcs} source(s)")
    add("]")


def _nd_options(d: bytes, start: int, resid: int, ctx: Context,
                add: Callable[[str], object]) -> None:
    """tcpdump's icmp6_opt_print over the options from ``start``."""
    verbose = ctx.opts.verbose
    ep = len(d)
    cp = start
    while cp < ep:
        if cp + 2 > ep:
            raise _Trunc
        if resid <= 0:
            return
        ot, ol = d[cp], d[cp + 1]
        if ol == 0 or cp + (ol << 3) > ep:
            raise _Trunc
        size = ol << 3
        add(f"\n\t  {_OPT_NAMES.get(ot, 'unknown')} option ({ot}), length {size} ({ol}): ")

        def need(k: int) -> None:
            if ep < k:
                raise _Trunc

        if ot == 1 or ot == 2:
            add(":".join(f"{b:02x}" for b in d[cp + 2:cp + size]))
        elif ot == 3:
            need(cp + 32)
            add(f"{_ip6(d[cp + 16:cp + 32])}/{d[cp + 2]}{'badlen' if ol != 4 else ''}, "
                f"Flags [{_bits(_PI_FLAGS, d[cp + 3])}], "
                f"valid time {_lifetime(_U32.unpack_from(d, cp + 4)[0])}")
            add(f", pref. time {_lifetime(_U32.unpack_from(d, cp + 8)[0])}")
        elif ot == 4:
            add(hex_dump(d[start:start + size], "\n\t    "))
        elif ot == 5:
            need(cp + 8)
            add(f" {_U32.unpack_from(d, cp + 4)[0]}{'bad option length' if ol != 1 else ''}")
        elif ot == 25:
            need(cp + 8)
            add(f" lifetime {_U32.unpack_from(d, cp + 4)[0]}s,")
            for i in range((ol - 1) // 2):
                p = cp + 8 + 16 * i
                need(p + 16)
                add(" addr: " + _ip6(d[p:p + 16]))
        elif ot == 31:
            need(cp + 8)
            add(f" lifetime {_U32.unpack_from(d, cp + 4)[0]}s, domain(s):")
            domp = cp + 8
            while domp < cp + size:
                need(domp + 1)
                if d[domp] == 0:
                    break
                add(" ")
                text, nxt = _dnsname(d, domp, start)
                if nxt < 0:
                    add(text)
                    raise _Trunc
                add(text)
                domp = nxt
        elif ot == 7:
            need(cp + 8)
            add(f" {_U32.unpack_from(d, cp + 4)[0]}ms")
        elif ot == 8:
            need(cp + 8)
            add(f" preference {_U16.unpack_from(d, cp + 4)[0]}, "
                f"lifetime {_U16.unpack_from(d, cp + 6)[0]}")
        elif ot == 24:
            need(cp + 8)
            if ol == 1:
                prefix = bytes(16)
            elif ol == 2:
                prefix = d[cp + 8:cp + 16] + bytes(8)
            elif ol == 3:
                prefix = d[cp + 8:cp + 24]
            else:
                raise _Trunc
            add(f" {_ip6(prefix)}/{d[cp + 2]}")
            add(f", pref={_RTPREF[(d[cp + 3] & 0x18) >> 3]}")
            add(f", lifetime={_lifetime(_U32.unpack_from(d, cp + 4)[0])}")
        elif verbose <= 1:
            add(hex_dump(d[cp + 2:cp + size], "\n\t  "))
            return
        if verbose > 1:
            add(hex_dump(d[cp + 2:cp + size], "\n\t    "))
        cp += size
        resid -= size


def _rrenum(d: bytes, verbose: int, add: Callable[[str], object], a6: Callable[[int], str],
            u16: Callable[[int], int], u32: Callable[[int], int]) -> None:
    """Router renumbering (RFC 2894), tcpdump's icmp6_rrenum_print."""
    if len(d) < 16:
        raise _LocalTrunc
    code = d[1]
    add(_RR_CODES.get(code, f", code-#{code}"))
    add(f", seq={u32(4)}")
    if verbose:
        fl = d[9]
        add("[")
        if fl:
            add("".join(s for bit, s in ((0x80, "T"), (0x40, "R"), (0x20, "A"), (0x10, "S"),
                                          (0x08, "P")) if fl & bit) + ",")
        add(f"seg={d[8]},maxdelay={u16(10)}")
        if u32(12):
            add(f"rsvd=0x{u32(12):x}")
        add("]")
    if code != 0:
        return
    if len(d) < 40:
        raise _LocalTrunc
    add("\n\t" if verbose > 1 else " ")
    mc = d[16]
    add("match(" + {1: "add", 2: "change", 3: "setglobal"}.get(mc, f"#{mc}"))
    if verbose:
        add(f",ord={d[18]},min={d[20]},max={d[21]}")
    add(f",{a6(24)}/{d[19]})")
    n = d[17] - 3
    if n % 4:
        raise _LocalTrunc
    p = 40
    for _ in range(n // 4):
        if len(d) < p + 32:
            raise _LocalTrunc
        add("\n\t" if verbose > 1 else " ")
        add("use(")
        uf = d[p + 12]
        if uf:
            add(("V" if uf & 0x80 else "") + ("P" if uf & 0x40 else "") + ",")
        if verbose:
            add(f"mask=0x{d[p + 2]:x},raflags=0x{d[p + 3]:x},")
            vl, pl = u32(p + 4), u32(p + 8)
            add("vltime=infty," if vl == 0xFFFFFFFF else f"vltime={vl},")
            add("pltime=infty," if pl == 0xFFFFFFFF else f"pltime={pl},")
        add(f"{a6(p + 16)}/{d[p]}/{d[p + 1]})")
        p += 32


_RPL_MOP = ("nonstoring", "storing", "nonstoring-multicast", "storing-multicast")
_RPL_SUBOPTS = {0: "pad1", 1: "padN", 2: "metrics", 3: "routinginfo", 4: "config",
                5: "rpltarget", 6: "transitinfo", 8: "destprefix", 9: "rpltargetdesc"}


def _rpl(d: bytes, length: int, code: int, ctx: Context, add: Callable[[str], object],
         a6: Callable[[int], str]) -> None:
    """RPL control messages (RFC 6550), tcpdump's rpl_print (details with -v)."""
    verbose = ctx.opts.verbose
    n = len(d)
    bp = 4
    rlen = (length - 4) & 0xFFFFFFFF
    if code & 0x80:
        add(", (SEC) [worktodo]")
        return
    add(", (CLR)")
    base = code & 0x7F
    if base == 0:
        add("DODAG Information Solicitation")
        return
    if base > 3:
        add(f"RPL message, unknown code {code}")
        return
    add(("DODAG Information Object", "Destination Advertisement Object",
         "Destination Advertisement Object Ack")[base - 1])
    if not verbose:
        return
    if base == 1:
        if rlen < 24:
            add(f" [length {rlen} < 24] (invalid)")
            return
        dagid = a6(bp + 8)
        mopprf = d[bp + 4]
        mop = (mopprf & 0x38) >> 3
        add(f" [dagid:{dagid},seq:{d[bp + 5]},instance:{d[bp]},"
            f"rank:{d[bp + 2] << 8 | d[bp + 3]},{'grounded,' if mopprf & 0x80 else ''}"
            f"mop:{_RPL_MOP[mop] if mop < 4 else f'mop{mop}'},prf:{mopprf & 7}]")
        if verbose > 1:
            _rpl_opts(d, bp + 24, rlen - 24, verbose, add)
        return
    # a DAO (base 2) or a DAO-ACK: the DODAGID follows when the D flag is set
    dao = base == 2
    if n < bp + (20 if dao else 4):
        raise _LocalTrunc
    short = " [|length too short]" if dao else " [|dao-length too short]"
    if rlen < 4:
        add(short)
        return
    p, rest = bp + 4, rlen - 4
    fl = d[bp + 1]
    dagid = "<elided>"
    if fl & (0x40 if dao else 0x80):
        if n < bp + 20:
            raise _LocalTrunc
        if rest < 16:
            add(short)
            return
        dagid = _ip6name(d[bp + 4:bp + 20], ctx)
        p, rest = p + 16, rest - 16
    if dao:
        add(f" [dagid:{dagid},seq:{d[bp + 3]},instance:{d[bp]}{',acK' if fl & 0x80 else ''}"
            f"{',Dagid' if fl & 0x40 else ''},{fl:02x}]")
    else:
        add(f" [dagid:{dagid},seq:{d[bp + 2]},instance:{d[bp]},status:{d[bp + 3]}]")
    if verbose > 1:
        _rpl_opts(d, p, rest, verbose, add)


def _ip6name(b: bytes, ctx: Context) -> str:
    if ctx.opts.numeric:
        return _ip6(b)
    from ._addr import ip6addr_string
    return ip6addr_string(b, ctx.opts)


def _rpl_opts(d: bytes, p: int, length: int, verbose: int, add: Callable[[str], object]) -> None:
    n = len(d)
    while length > 0:
        if p >= n:
            raise _Trunc
        ot = d[p]
        if ot == 0:
            size = 1
            add(" opt:pad1")
        else:
            if length < 2:
                raise _LocalTrunc
            if p + 1 >= n:
                raise _Trunc
            size = d[p + 1] + 2
            add(f" opt:{_RPL_SUBOPTS.get(ot, f'subopt:{ot}')} len:{size} ")
            if p + size > n or length < size:
                raise _LocalTrunc
            if verbose > 2:
                add(hex_dump(d[p + 2:p + size], " "))
        p += size
        length -= size


def _ni_name(d: bytes, cp: int, ep: int) -> str:
    """A node-information DNS name (no compression), as tcpdump prints it."""
    if d[cp] == ep - cp - 1:            # icmp-name-lookup-03: a Pascal string
        return ', "' + printable(d[cp + 1:ep]) + '"'
    out = [', "']
    while cp < ep:
        i = d[cp]
        cp += 1
        if i:
            if i > ep - cp:
                out.append("???")
                break
            out.append(printable(d[cp:cp + i]))
            cp += i
            if cp + 1 < ep and d[cp]:
                out.append(".")
        else:
            if cp == ep:
                out.append(".")
            elif not (cp + 1 == ep and d[cp] == 0):
                out.append("???")
            break
    out.append('"')
    return "".join(out)


_NI_QUERY_FLAGS = ((0x40, "a"), (0x20, "G"), (0x10, "S"), (0x08, "L"), (0x04, "C"), (0x02, "A"))
_NI_REPLY_FLAGS = _NI_QUERY_FLAGS + ((0x01, "T"),)


def _nodeinfo(d: bytes, length: int, verbose: int, add: Callable[[str], object],
              a6: Callable[[int], str], u16: Callable[[int], int]) -> None:
    """Node information query/reply (RFC 4620), tcpdump's icmp6_nodeinfo_print."""
    siz = len(d)
    if d[0] == 139:
        if siz == 12:
            add(" who-are-you request")
            return
        add(" node information query")
        if siz < 16:
            raise _LocalTrunc
        add(" (")
        qtype, flags = u16(4), u16(6)
        if qtype == 0:
            add("noop")
        elif qtype == 1:
            add("supported qtypes")
            if flags:
                add(" [C]" if flags & 1 else " []")
        elif qtype == 2:
            add("DNS name")
        elif qtype == 3:
            add("node addresses")
            if flags:
                add(" [" + "".join(s for bit, s in _NI_QUERY_FLAGS if flags & bit) + "]")
        else:
            add("unknown")
        if qtype in (0, 1):
            if siz != 16 and verbose:
                add(", invalid len")
            add(")")
            return
        if siz == 16:
            add(", 03 draft)")
            return
        code = d[1]
        if code in (0, 2):           # the subject an IPv6 (0) or an IPv4 address
            size = 32 if code == 0 else 20
            if siz > size and verbose:
                add(", invalid subject len")
            elif siz == size:
                add(", subject=" + (a6(16) if code == 0 else f"{d[16]}.{d[17]}.{d[18]}.{d[19]}"))
        elif code == 1:
            add(", subject=DNS name")
            if d[16] == siz - 17 and verbose:
                add(", 03 draft")
            add(_ni_name(d, 16, siz))
        else:
            add(", unknown subject")
        add(")")
        return
    if length > siz or siz < 16:
        raise _LocalTrunc
    add(" node information reply (")
    code = d[1]
    comma = False
    if code == 0:
        if verbose:
            add("success")
            comma = True
    elif code in (1, 2):
        add("refused" if code == 1 else "unknown")
        comma = True
        if siz != 16 and verbose:
            add(", invalid length")
    if code != 0:
        add(")")
        return
    qtype, flags = u16(4), u16(6)
    sep = ", " if comma else ""
    if qtype == 0:
        add(sep + "noop")
        if siz != 16 and verbose:
            add(", invalid length")
    elif qtype == 1:
        add(sep + "supported qtypes")
        if flags:
            add(" [C]" if flags & 1 else " []")
    elif qtype == 2:
        add(sep + "DNS name")
        if siz < 21:
            raise _Trunc
        if d[20] == siz - 21 and verbose:
            add(", 03 draft")
        add(_ni_name(d, 20, siz))
        if flags & 1:
            add(f" [TTL={_U32.unpack_from(d, 16)[0]}]")
    elif qtype == 3:
        add(sep + "node addresses")
        i = 16
        while i < siz and i + 20 <= siz:
            add(f" {a6(i + 4)}({_U32.unpack_from(d, i)[0]})")
            i += 20
        if flags:
            add(" [" + "".join(s for bit, s in _NI_REPLY_FLAGS if flags & bit) + "]")
    else:
        add(sep + "unknown")
    add(")")


def _dnsname(d: bytes, off: int, base: int) -> tuple[str, int]:
    """A DNS name at ``off`` (DNSSL option); (text, next offset or -1 when cut short)."""
    try:
        from .dns import name_text
        text, nxt = name_text(d, off, base)
        return text, nxt
    except Exception:
        return "", -1
