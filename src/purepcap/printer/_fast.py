"""Rule 1: the text fast path.  Only the everyday shapes, and only text: anything
this file is not sure of goes back to the chain walker (:mod:`._walk`), which
stays the reference.

``tcpdump -n -r F`` on an everyday capture is Ethernet, IPv4 or IPv6 without
options or extension headers, TCP, UDP (DNS), ICMP and ARP, whole datagrams
captured.  For those frames :meth:`FastText.text` writes tcpdump's line
without building the walker's records: it reads the header fields it prints
with indexing and precompiled structs, keeps the ``"IP src.port > dst.port: "``
prefixes in a bounded cache, and calls the same code the records' formatters
use for everything past the headers (TCP option lists, relative sequence
numbers and application printers from :mod:`.tcp`, the UDP port precedence
from :mod:`.udp`, other protocols' ``decode_*``/``format_*`` through the same
dispatch tables).  It returns ``None`` before changing any state whenever a
frame is not one of those shapes (a fragment, IP options, a short capture, a
bad length, an encapsulation, a bad checksum with ``-v``, IPv6 with ``-v``,
``-vv``/``-e``/``-q``/``-T``/``-K``/name resolution), and
:class:`purepcap.printer.Printer` walks that frame as usual.

``tests/test_print_speedpaths.py`` checks that both give the same text for
every packet of the corpus and of synthetic captures, truncated ones included.
"""

from __future__ import annotations

import struct
from typing import Any, Callable

from . import dns as _dns
from . import icmp as _icmp
from . import tcp as _tcp
from . import udp as _udp
from ._addr import ip6addr
from ._addr import ipaddr as _ntoa
from .ip import in_cksum as _in_cksum
from .ip import ip_paren as _ip_paren
from ._base import Context, Options
from ._walk import _READ_TO_IP_END

__all__ = ["FastText", "fast_enabled"]

_inet_sum = _tcp.inet_sum
_relative = _tcp.relative
_rebase = _tcp.rebase
_options_fast = _tcp._options_fast
_APP_PORTS = _tcp._APP_PORTS
_NONE = _tcp._NONE
_TCPH = struct.Struct("!HHIIBBHHH")
_II = struct.Struct("!II")
_HHH = struct.Struct("!HHH")
_M32 = 0xFFFFFFFF
_ACK, _SYN, _FIN, _RST, _URG = 0x10, 0x02, 0x01, 0x04, 0x20
_CACHE_MAX = 8192          # prefixes kept (a flows capture must not grow it)
_IP6_EXT = frozenset((0, 43, 44, 60))
_DNS_TARGET = _udp.UDP_PORTS[53]
_ETH_IP4 = struct.Struct("!12xHBxH2xHxB").unpack_from   # ethertype, IPv4 version+IHL,
#                                                    total length, flags+offset, protocol
_NO_RANK = 1 << 30
_DIGITS3 = tuple(f"{i:03d}" for i in range(1000))
      # udp._rank's "no printer for this port"


def fast_enabled(opts: Options) -> bool:
    """True when the options leave nothing to the fast path that it doesn't print."""
    return bool(opts.numeric and opts.verbose <= 1 and not opts.link_header
                and not opts.quiet and not opts.forced and not opts.no_checksum)


class FastText:
    """tcpdump's text of common Ethernet frames, or None (see the module notes)."""

    __slots__ = ("opts", "state", "prefixes", "absolute", "flag_names", "app_index",
                 "ethertypes", "ipprotos", "external", "ctx", "checksums", "verbose",
                 "head4", "head6", "parens", "conns", "lines", "udp_src", "udp_dst")

    def __init__(self, opts: Options, state: dict[str, Any]) -> None:
        from . import _walk
        self.opts = opts
        self.state = state
        self.prefixes: dict[bytes, str] = {}
        #: TCP: a direction's addresses and ports -> what they fix (see _conn)
        self.conns: dict[bytes, tuple[Any, ...]] = {}
        #: UDP: a port's rank as source and as destination (udp.udp_application's)
        self.udp_src = {p: r for p in _udp.UDP_PORTS if (r := _udp._rank(p, True)) < _NO_RANK}
        self.udp_dst = {p: r for p in _udp.UDP_PORTS if (r := _udp._rank(p, False)) < _NO_RANK}
        #: a text protocol (http, smtp...) -> its first lines -> their text (see _tcp)
        self.lines: dict[str, dict[bytes, str]] = {}
        self.absolute = opts.absolute_seq
        self.flag_names = _tcp.FLAG_NAMES
        self.app_index = _tcp._APP_INDEX
        self.ethertypes = _walk.ETHERTYPES
        self.ipprotos = _walk.IPPROTOS
        self.external: Callable[[str, str], Any] = _walk.external
        # what the walker's context holds for these frames: no fragment, no source
        # route, no checksum (nothing without -v shows one)
        self.verbose = opts.verbose
        self.checksums = bool(self.verbose)
        self.ctx = Context(opts, state=state)
        # with -v the "IP (...)" parenthesis comes first and the addresses go on the
        # next line: the cached prefixes are then the addresses alone
        self.head4 = "" if self.verbose else "IP "
        self.head6 = "IP6 "
        # -v: the IPv4 parenthesis around its id and length, by tos, ttl, flags, protocol
        self.parens: dict[int, tuple[str, str]] = {}

    # -- helpers --
    def _ctx(self, version: int, src: bytes, dst: bytes, proto: int, sport: int = -1,
             dport: int = -1) -> Context:
        """The context a decoder of this frame's next unit gets (one object, refilled:
        nothing keeps a context past its packet)."""
        ctx = self.ctx
        if version == 4:
            ctx.src, ctx.dst = _ntoa(src), _ntoa(dst)
        else:
            ctx.src, ctx.dst = ip6addr(src), ip6addr(dst)
        ctx.ip_version = version
        ctx.src_raw, ctx.dst_raw = src, dst
        ctx.ipproto, ctx.sport, ctx.dport = proto, sport, dport
        # what a decoder of the last frame may have changed
        ctx.fragment, ctx.cksum_dst, ctx.dump_from_start = False, b"", False
        ctx.checksums = self.checksums
        return ctx

    def _prefix(self, key: bytes, version: int, ports: bool) -> str:
        p = self.prefixes.get(key)
        if p is None:
            if version == 4:
                s, d = _ntoa(key[0:4]), _ntoa(key[4:8])
                rest = key[8:]
                head = self.head4
            else:
                s, d = ip6addr(key[0:16]), ip6addr(key[16:32])
                rest = key[32:]
                head = self.head6
            if ports:
                p = (f"{head}{s}.{rest[0] << 8 | rest[1]} > "
                     f"{d}.{rest[2] << 8 | rest[3]}: ")
            else:
                p = f"{head}{s} > {d}: "
            if len(self.prefixes) >= _CACHE_MAX:
                self.prefixes.clear()
            self.prefixes[key] = p
        return p

    # -- the entry point --
    def text(self, data: bytes, wl: int) -> str | None:
        """The text of an Ethernet frame (``data`` captured, ``wl`` its wire length)."""
        n = len(data)
        if n < 14:
            return None
        et = data[12] << 8 | data[13]
        if et == 0x0800:
            if n < 34 or data[14] != 0x45:
                return None
            tl = data[16] << 8 | data[17]
            end = 14 + tl
            if tl < 20 or end > n or end > wl or data[20] & 0x3F or data[21]:
                return None
            if not self.verbose:
                return self._ip(data, 4, data[23], 34, end, 26, 34)
            if _in_cksum(data[14:34]):
                return None      # "bad cksum": the walker's
            rest = self._ip(data, 4, data[23], 34, end, 26, 34)
            if rest is None:
                return None
            key = data[20] >> 5 | data[15] << 3 | data[22] << 11 | data[23] << 19
            parts = self.parens.get(key)
            if parts is None:
                # ip_paren's text with the id and the length left out
                t = _ip_paren(data[15], data[22], 0, 0, data[20] >> 5, data[23], 0)
                i = t.index("id 0, offset ") + 3
                if len(self.parens) >= _CACHE_MAX:
                    self.parens.clear()
                parts = self.parens[key] = ("IP " + t[:i], t[i + 1:-1])
            return f"{parts[0]}{data[18] << 8 | data[19]}{parts[1]}{tl})\n    {rest}"
        if et == 0x86DD:
            if self.verbose or n < 54 or data[14] >> 4 != 6:
                return None
            plen = data[18] << 8 | data[19]
            end = 54 + plen
            if not plen or end > n or end > wl:
                return None
            nh = data[20]
            if nh in _IP6_EXT:
                return None
            return self._ip(data, 6, nh, 54, end, 22, 54)
        funcs = self._handler(self.ethertypes.get(et))
        if funcs is None:
            return None
        try:
            ctx = Context(self.opts, state=self.state)
            ctx.checksums = self.checksums
            self.state["link_src"] = data[6:12]
            return _leaf(funcs, data[14:wl], wl - 14, ctx)
        except Exception:
            return None

    def rows(self, buf: bytes, offs: list[int], hdr: Callable[[bytes, int], tuple[int, ...]],
             fmul: int, ts: Any, slow: Callable[[bytes, int], str],
             skip: int = 16) -> list[str]:
        """The lines (time stamp, text, newline) of the Ethernet records at
        ``offs`` in ``buf`` (a pcap or pcapng reader's buffer: ``hdr`` unpacks a
        record header into seconds, fraction, caplen and wirelen, the data starts
        ``skip`` bytes in, ``fmul`` is nanoseconds per fraction unit, ``ts`` the
        :class:`~purepcap.printer.TimestampFormatter`).  A record :meth:`text`
        does not print (or with a zero caplen, a length under its caplen)
        gets ``slow(buf, offset)``, the packet path's line, in its place."""
        text = self.text
        ip = self._ip
        tcp = self._tcp
        plain = not self.verbose     # (-v: text() checks the IPv4 header first)
        out: list[str] = []
        app = out.append
        # the clock, date and -tt forms with six digits: the text up to the fraction
        # once a second, the microseconds as two 3-digit groups
        by_second = ts.mode in (0, 2, 4) and not ts.nano and fmul in (1, 1000)
        div = 1000 // fmul if by_second else 1      # fraction units per microsecond
        below = 1000000 * div if by_second else 0   # a fraction under one second
        fmt = ts.format
        last = -1
        head: str | None = None
        digits = _DIGITS3
        eth_ip4 = _ETH_IP4
        for o in offs:
            sec, frac, cl, wl = hdr(buf, o)
            if not (cl and wl >= cl and sec >= 0 <= frac):
                app(slow(buf, o))
                continue
            d = o + skip
            if plain and cl >= 34:
                et, vhl, tl, frag, proto = eth_ip4(buf, d)
            else:
                et = 0
            if et == 0x0800 and vhl == 0x45:
                # text()'s IPv4 case, on the buffer in place (an IP datagram inside
                # the capture is inside the wire length text() compares with)
                if tl < 20 or tl + 14 > cl or frag & 0x3FFF:
                    t = None
                elif proto == 6:
                    t = tcp(buf, 4, d + 34, d + 14 + tl, d + 26, d + 34)
                else:
                    t = ip(buf, 4, proto, d + 34, d + 14 + tl, d + 26, d + 34)
            else:
                t = text(buf[d:d + cl], wl)
            if t is None:
                app(slow(buf, o))
                continue
            if frac < below:
                if sec != last:
                    last = sec
                    whole = fmt(sec * 1000000000)
                    # "HH:MM:SS." or "sec." (None: a time tcpdump can't convert)
                    head = whole[:-7] if whole.endswith(".000000 ") else None
                if head is not None:
                    us = frac // div
                    app(f"{head}{digits[us // 1000]}{digits[us % 1000]} {t}\n")
                    continue
            app(f"{fmt(sec * 1000000000 + frac * fmul)}{t}\n")
        return out

    def _handler(self, target: Any) -> Any:
        """The (decode, format) pair a dispatch-table entry names (None for no
        entry, or one the walker handles itself)."""
        if target is None or type(target) is str:
            return None
        return self.external(*target)

    def _ip(self, data: bytes, version: int, proto: int, off: int, end: int,
            aoff: int, aend: int) -> str | None:
        """A transport unit at ``off`` up to ``end`` (the IP datagram's end); the
        addresses are ``data[aoff:aend]``."""
        # (for VRRP): the TTL is 4 bytes before the IPv4 addresses, the hop limit 1
        self.ctx.ttl = data[aoff - 4] if version == 4 else data[aoff - 1]
        if proto == 6:
            return self._tcp(data, version, off, end, aoff, aend)
        if proto == 17:
            return self._udp(data, version, off, end, aoff, aend)
        if proto == 1 and not self.verbose and end - off >= 8 and data[off] in (0, 8) \
                and self.ipprotos.get(1) == ("icmp", "icmp"):
            return (f"{self._prefix(data[aoff:aend], version, False)}ICMP "
                    f"{_icmp.echo_summary(data[off:off + 8])}, length {end - off}")
        funcs = self._handler(self.ipprotos.get(proto))
        if funcs is None:
            return None
        try:
            ctx = self._ctx(version, data[aoff:aoff + (aend - aoff) // 2],
                            data[aoff + (aend - aoff) // 2:aend], proto)
            text = _leaf(funcs, data[off:end], end - off, ctx)
            return None if text is None else self._prefix(data[aoff:aend], version, False) + text
        except Exception:
            return None

    def _conn(self, key: bytes, version: int, sport: int, dport: int) -> tuple[Any, ...]:
        """What a TCP segment's direction ``key`` (addresses and ports as in the
        header) fixes: ``(prefix, table key, reversed, src, dst, application,
        text application)``; the table key and ``reversed`` are
        :func:`.tcp.relative`'s for the connection."""
        # (_prefix's text, made here from the ports at hand: a new connection's
        # segments are many of a capture's)
        if version == 4:
            src, dst = key[:4], key[4:8]
            prefix = f"{self.head4}{_ntoa(src)}.{sport} > {_ntoa(dst)}.{dport}: "
        else:
            src, dst = key[:16], key[16:32]
            prefix = f"{self.head6}{ip6addr(src)}.{sport} > {ip6addr(dst)}.{dport}: "
        rev = sport > dport or (sport == dport and src > dst)
        idx = self.app_index
        none = _NONE
        i = idx.get(sport, none)
        j = idx.get(dport, none)
        if j < i:
            i = j
        app = _APP_PORTS[i][1] if i < none else None
        # the payload printers whose (non-verbose) text is their first line's
        txt = None
        if app is not None and type(app) is str and not self.verbose \
                and app in _tcp.TEXT_COMMANDS:
            txt = (_tcp.TEXT_COMMANDS[app], self.lines.setdefault(app, {}))
        conn = (prefix, (dst, src, dport, sport) if rev else (src, dst, sport, dport), rev,
                src, dst, app, txt)
        conns = self.conns
        if len(conns) >= _CACHE_MAX:
            conns.clear()
        conns[key] = conn
        return conn

    def _tcp(self, data: bytes, version: int, off: int, end: int, aoff: int,
             aend: int) -> str | None:
        seglen = end - off
        if seglen < 20:
            return None
        sport, dport, seq, ack, offx, flags, win, cksum, urp = _TCPH.unpack_from(data, off)
        hlen = (offx >> 4) * 4
        if hlen < 20 or hlen > seglen:
            return None
        if hlen > 20:
            otext = _options_fast(data[off + 20:off + hlen])
            if otext is None:
                return None          # SACK, MD5, a bad option...: the walker's
        else:
            otext = ""
        length = seglen - hlen
        if self.verbose:
            if flags & _RST and length:
                return None      # the text a RST carries: the walker's
            if _inet_sum(data[off:end], _inet_sum(data[aoff:aend], 6 + seglen)) != 0xFFFF:
                return None      # "incorrect": the walker's
            head = f"{self.flag_names[flags]}, cksum 0x{cksum:04x} (correct)"
        else:
            head = self.flag_names[flags]
        key = data[aoff:aend + 4]
        conn = self.conns.get(key)
        if conn is None:
            conn = self._conn(key, version, sport, dport)
        if flags & _ACK:
            if not self.absolute:
                table = self.state.get("tcp")
                if table is None:
                    seq, ack = _relative(self.state, conn[3], conn[4], sport, dport, seq, ack,
                                         flags)[:2]
                else:
                    # tcp.relative, with the key and direction kept: one lookup
                    ent = table.get(conn[1])
                    if ent is None or flags & _SYN:
                        _rebase(table, conn[1], conn[2], seq, ack, ent)   # printed as they are
                    else:
                        table.move_to_end(conn[1])
                        if conn[2]:
                            seq, ack = (seq - ent[1]) & _M32, (ack - ent[0]) & _M32
                        else:
                            seq, ack = (seq - ent[0]) & _M32, (ack - ent[1]) & _M32
            if length:
                mid = f", seq {seq}:{(seq + length) & _M32}, ack {ack}"
            elif flags & 0x07:
                mid = f", seq {seq}, ack {ack}"
            else:
                mid = f", ack {ack}"
        elif length:
            mid = f", seq {seq}:{(seq + length) & _M32}"
        elif flags & 0x07:
            mid = f", seq {seq}"
        else:
            mid = ""
        if flags & _URG:
            out = f"{conn[0]}{head}{mid}, win {win}, urg {urp}{otext}, length {length}"
        else:
            out = f"{conn[0]}{head}{mid}, win {win}{otext}, length {length}"
        if not length:
            return out
        app = conn[5]
        if app is None:
            return out
        pstart = off + hlen
        txt = conn[6]
        if txt is not None:
            # a text protocol without -v: its text is a function of the first line
            # (and of nothing past its newline), so it is kept by that line
            nl = data.find(b"\n", pstart, end)
            if nl >= 0:
                line = data[pstart:nl + 1]
                cache = txt[1]
                t = cache.get(line)
                if t is None:
                    t = ": " + _tcp._txtproto(line, length, app, txt[0], 0)
                    if len(cache) >= _CACHE_MAX:
                        cache.clear()
                    cache[line] = t
                return out + t
        if type(app) is str and app != "domain":
            ctx = self.ctx          # a text protocol: only the options are read
        else:
            half = aoff + (aend - aoff) // 2
            ctx = self._ctx(version, data[aoff:half], data[half:aend], 6, sport, dport)
        try:
            return out + _tcp.app_text(sport, dport, data[pstart:end], length, ctx)
        except Exception:   # format_tcp's guard
            return self._prefix(key, version, True) + " [|tcp]"

    def _udp(self, data: bytes, version: int, off: int, end: int, aoff: int,
             aend: int) -> str | None:
        iplen = end - off
        if iplen < 8:
            return None
        sport, dport, ulen = _HHH.unpack_from(data, off)
        if ulen < 8 or ulen > iplen:
            return None
        # udp.udp_application, from the ranks of the ports as source and destination
        rs = self.udp_src.get(sport, _NO_RANK)
        rd = self.udp_dst.get(dport, _NO_RANK)
        key = -1 if rs == rd == _NO_RANK else sport if rs <= rd else dport
        pkey = data[aoff:aend + 4]
        prefix = self.prefixes.get(pkey)
        if prefix is None:
            prefix = self._prefix(pkey, version, True)
        if key < 0:
            return f"{prefix}UDP, length {ulen - 8}"
        target = _udp.UDP_PORTS.get(key)
        if target is _DNS_TARGET:
            # READ_TO_IP_END: the message is read up to the datagram's end
            text = _dns.fast_text(data[off + 8:end], ulen - 8, self.verbose)
            if text is not None:
                return prefix + text
        funcs = self.external(*target) if target is not None else None
        if funcs is None or target is None:
            return f"{prefix}UDP, length {ulen - 8}"
        half = (aend - aoff) // 2
        try:
            ctx = self._ctx(version, data[aoff:aoff + half], data[aoff + half:aend], 17, sport,
                            dport)
            # the application reads up to the IP datagram's end (tcpdump's snapend)
            stop = end if target[0] in _READ_TO_IP_END else off + ulen
            text = _leaf(funcs, data[off + 8:stop], ulen - 8, ctx)
            return None if text is None else prefix + text
        except Exception:
            return None


def _leaf(funcs: tuple[Callable[..., Any], Callable[..., str]], unit: bytes, length: int,
          ctx: Context) -> str | None:
    """The text of a unit decoded and formatted by ``funcs``, when it leads to
    no further unit (None when it does: the walker prints that)."""
    rec = funcs[0](unit, length, ctx)
    if rec.inner is not None:
        return None
    return funcs[1](rec, ctx)
