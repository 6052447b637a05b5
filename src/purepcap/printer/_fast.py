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
from socket import inet_ntoa as _ntoa
from typing import Any, Callable

from . import icmp as _icmp
from . import tcp as _tcp
from . import udp as _udp
from ._addr import ip6addr
from .ip import in_cksum as _in_cksum
from .ip import ip_paren as _ip_paren
from ._base import Context, Options
from ._walk import _READ_TO_IP_END

__all__ = ["FastText", "fast_enabled"]

_inet_sum = _tcp.inet_sum
_relative = _tcp.relative
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


def fast_enabled(opts: Options) -> bool:
    """True when the options leave nothing to the fast path that it doesn't print."""
    return bool(opts.numeric and opts.verbose <= 1 and not opts.link_header
                and not opts.quiet and not opts.forced and not opts.no_checksum)


class FastText:
    """tcpdump's text of common Ethernet frames, or None (see the module notes)."""

    __slots__ = ("opts", "state", "prefixes", "absolute", "flag_names", "app_index",
                 "ethertypes", "ipprotos", "external", "ctx", "checksums", "verbose",
                 "head4", "head6", "parens")

    def __init__(self, opts: Options, state: dict[str, Any]) -> None:
        from . import _walk
        self.opts = opts
        self.state = state
        self.prefixes: dict[bytes, str] = {}
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
        self.ctx.ttl = data[22] if version == 4 else data[21]   # after a 14-byte header
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
        out = self.prefixes.get(key)
        if out is None:
            out = self._prefix(key, version, True)
        if flags & _ACK:
            if not self.absolute:
                half = aoff + (aend - aoff) // 2
                seq, ack = _relative(self.state, data[aoff:half], data[half:aend],
                                     sport, dport, seq, ack, flags)[:2]
            if length > 0:
                out = (f"{out}{head}, seq {seq}:{(seq + length) & _M32}, ack {ack}, "
                       f"win {win}")
            elif flags & 0x07:
                out = f"{out}{head}, seq {seq}, ack {ack}, win {win}"
            else:
                out = f"{out}{head}, ack {ack}, win {win}"
        elif length > 0:
            out = f"{out}{head}, seq {seq}:{(seq + length) & _M32}, win {win}"
        elif flags & 0x07:
            out = f"{out}{head}, seq {seq}, win {win}"
        else:
            out = f"{out}{head}, win {win}"
        if flags & _URG:
            out += f", urg {urp}"
        if length <= 0:
            return f"{out}{otext}, length 0"
        out = f"{out}{otext}, length {length}"
        idx = self.app_index
        none = _NONE
        i = idx.get(sport, none)
        j = idx.get(dport, none)
        if j < i:
            i = j
        app = _APP_PORTS[i][1] if i < none else None
        if app is None:
            return out
        if type(app) is str and app != "domain":
            ctx = self.ctx          # a text protocol: only the options are read
        else:
            half = aoff + (aend - aoff) // 2
            ctx = self._ctx(version, data[aoff:half], data[half:aend], 6, sport, dport)
        try:
            return out + _tcp.app_text(sport, dport, data[off + hlen:end], length, ctx)
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
        key = _udp.udp_application(sport, dport)
        prefix = self._prefix(data[aoff:aend + 4], version, True)
        if key < 0:
            return f"{prefix}UDP, length {ulen - 8}"
        target = _udp.UDP_PORTS.get(key)
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
