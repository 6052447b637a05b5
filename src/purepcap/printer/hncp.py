"""HNCP, the Home Networking Control Protocol (RFC 7788 over DNCP, RFC 7787):
UDP port 8231.

``hncp (LENGTH)`` then the TLVs.  tcpdump prints the TLVs nested deeper than
the ``-v`` count in line, by name only (``Node-Address (x4)``); the others
one a line, indented by their depth, with their fields: node and endpoint
identifiers, hashes, intervals, prefixes (IPv4-mapped ones as IPv4),
addresses, DNS labels, and the DHCPv4/DHCPv6 option data tcpdump decodes
(DNS, NTP/SNTP servers, domain search lists).  A TLV that contradicts its
length prints `` (invalid)``, and `` [|hncp]`` ends a level whose TLVs the
capture cuts; the enclosing level goes on, as tcpdump's does.

The record lists the top-level TLVs; the formatter reads their bodies from
``data``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._addr import ip6addr_string, ipaddr_string
from ._base import MALFORMED, TRUNCATED, Context, Layer, Options
from ._items import Short
from ._rtr import printjnp, written
from .dns import _fqdn

__all__ = ["HncpRecord", "decode_hncp", "format_hncp"]

TRUNC = " [|hncp]"
INVALID = " (invalid)"

_RESERVED, _UNASSIGNED, _PRIVATE, _FUTURE = 0x10000, 0x10001, 0x10002, 0x10003
_NAMES = {1: "Request network state", 2: "Request node state", 3: "Node endpoint",
          4: "Network state", 5: "Node state", 8: "Peer", 9: "Keep-alive interval",
          10: "Trust-Verdict", 32: "HNCP-Version", 33: "External-Connection",
          34: "Delegated-Prefix", 43: "Prefix-Policy", 37: "DHCPv4-Data", 38: "DHCPv6-Data",
          35: "Assigned-Prefix", 36: "Node-Address", 39: "DNS-Delegated-Zone",
          40: "Domain-Name", 41: "Node-Name", 42: "Managed-PSK",
          _RESERVED: "Reserved", _UNASSIGNED: "Unassigned", _PRIVATE: "Private use",
          _FUTURE: "Future use"}
_DH4 = {6: "DNS-server", 42: "NTP-server", 119: "DNS-search"}
_DH6 = {23: "DNS-server", 24: "DNS-search-list", 31: "SNTP-servers"}
_V4MAPPED = bytes(10) + b"\xff\xff"


@dataclass(slots=True)
class HncpRecord(Layer, proto="hncp"):
    length: int = 0
    tlvs: list[tuple[int, int]] = field(default_factory=list)   # top level: (type, body length)
    data: bytes = field(default=b"", repr=False)


def decode_hncp(data: bytes, length: int, ctx: Context) -> HncpRecord:
    rec = HncpRecord(length=length, data=bytes(data))
    d = rec.data
    i = 0
    while i < length:
        if i + 4 > len(d):
            rec.stop = TRUNCATED
            break
        if i + 4 > length:
            rec.stop = MALFORMED
            break
        t, n = int.from_bytes(d[i:i + 2], "big"), int.from_bytes(d[i + 2:i + 4], "big")
        if i + 4 + n > len(d):
            rec.stop = TRUNCATED
            break
        if i + 4 + n > length:
            rec.stop = MALFORMED
            break
        rec.tlvs.append((t, n))
        i += 4 + ((n + 3) & ~3)
    return rec


def _mask(t: int) -> int:
    if t in _NAMES and t != 6 and t != 7:
        return t
    if t == 0:
        return _RESERVED
    if 44 <= t <= 511:
        return _UNASSIGNED
    if 768 <= t <= 1023:
        return _PRIVATE
    return _FUTURE


def _interval(n: int) -> str:
    return f"{n // 1000}.{n % 1000:03d}s"


def _nid(b: bytes) -> str:
    return ":".join(f"{c:02x}" for c in b[:4])


class _Level:
    """One hncp_print_rec level: TLVs from ``base`` for ``length`` octets."""

    __slots__ = ("base", "length", "indent", "i", "in_line", "last", "count", "first")

    def __init__(self, base: int, length: int, indent: int, verbose: int) -> None:
        self.base, self.length, self.indent = base, length, indent
        self.i = 0
        self.in_line = indent - 1 >= verbose and verbose < 3
        self.last = -1
        self.count = -1
        self.first = True


def _masked(prefix: bytes, nb: int, size: int, plen: int) -> bytes:
    """A ``size``-octet address of the ``plen``-bit ``prefix`` (its ``nb`` octets as
    captured, the last one cut to the prefix length), zeros after it."""
    a = bytearray(size)
    a[:nb] = prefix
    if plen % 8:
        a[nb - 1] &= (0xFF00 >> (plen % 8)) & 0xFF
    return bytes(a)


class _Fmt:
    def __init__(self, d: bytes, o: Options) -> None:
        self.d = d
        self.o = o
        self.out: list[str] = []

    def u(self, p: int, k: int) -> int:
        return int.from_bytes(self.d[p:p + k], "big")

    def ip6(self, p: int) -> str:
        b = self.d[p:p + 16]
        if b[:12] == _V4MAPPED:
            return ipaddr_string(b[12:], self.o)
        return ip6addr_string(b, self.o)

    def prefix(self, p: int, max_length: int) -> int:
        """tcpdump's print_prefix: the prefix text appended, its size returned;
        -1: bad prefix length, -2/-3: the prefix runs past ``max_length``."""
        d = self.d
        plen = d[p]
        if plen >= 96 and max_length >= 13 and d[p + 1:p + 13] == _V4MAPPED:
            plen -= 96
            if plen > 32:
                return -1
            nb = (plen + 7) // 8
            if max_length - 1 < nb + 12:
                return -3
            addr = _masked(d[p + 13:p + 13 + nb], nb, 4, plen)
            self.out.append(f"{ipaddr_string(addr, self.o)}/{plen}")
            return nb + 13
        if max_length < 1:
            return -2
        if plen > 128:
            return -1
        nb = (plen + 7) // 8
        if max_length - 1 < nb:
            return -2
        if p + 1 + nb > len(d):
            raise Short
        addr = _masked(d[p + 1:p + 1 + nb], nb, 16, plen)
        self.out.append(f"{ip6addr_string(addr, self.o)}/{plen}")
        return nb + 1

    def label(self, p: int, max_length: int) -> int:
        """tcpdump's print_dns_label (printing): the size read, or -1."""
        d, w = self.d, self.out.append
        n = 0
        while n < max_length:
            ll = d[p + n]
            n += 1
            if ll == 0:
                return n
            if n > 1:
                w(".")
            if n + ll > max_length:
                w(printjnp(d[p + n:p + max_length]))
                break
            w(printjnp(d[p + n:p + n + ll]))
            n += ll
        w("[|DNS]")
        return -1

    def names(self, p: int, end: int) -> bool:
        """Domain names (fqdn_print) from ``p`` to ``end``; False when one fails."""
        while p < end:
            self.out.append(" ")
            text, nxt, fatal = _fqdn(self.d, p, end)
            self.out.append(text)
            if fatal:
                raise Short
            if nxt < 0:
                return False
            p = nxt
        return True

    def dhcp(self, p: int, length: int, indent: int, v6: bool) -> bool:
        """The DHCPv4 or DHCPv6 options of a data TLV; False: invalid."""
        d, w = self.d, self.out.append
        hl = 4 if v6 else 2
        i = 0
        while i < length:
            if i + hl > length:
                return False
            q = p + i
            if v6:
                t, n = self.u(q, 2), self.u(q + 2, 2)
            else:
                t, n = d[q], d[q + 1]
            w("\n" + "\t" * indent)
            w(f"{(_DH6 if v6 else _DH4).get(t, 'Unknown')} ({n + hl})")
            if i + hl + n > length:
                return False
            v = q + hl
            if not v6 and t in (6, 42):
                if n < 4 or n % 4:
                    return False
                for k in range(0, n, 4):
                    w(" " + ipaddr_string(d[v + k:v + k + 4], self.o))
            elif v6 and t in (23, 31):
                if n % 16:
                    w(INVALID)
                    return False
                for k in range(0, n, 16):
                    w(" " + ip6addr_string(d[v + k:v + k + 16], self.o))
            elif t == (24 if v6 else 119):
                if not self.names(v, v + n):
                    return False
            i += hl + n
        return True

    def pending(self, lv: _Level) -> None:
        if lv.count <= 0:
            return
        if lv.first:
            lv.first = False
            self.out.append("\n" + "\t" * lv.indent if lv.indent > 1 else " ")
        else:
            self.out.append(", ")
        self.out.append(_NAMES.get(lv.last, "Easter Egg"))
        if lv.count > 1:
            self.out.append(f" (x{lv.count})")

    def step(self, lv: _Level) -> _Level | str | None:
        """One TLV of ``lv``: None (go on), "end", "stop" (``lv`` ends, its text
        given), or the level of a nested TLV list to print first."""
        d, w, o = self.d, self.out.append, self.o
        if lv.i >= lv.length:
            self.pending(lv)
            return "end"
        if not lv.in_line:
            w("\n" + "\t" * lv.indent)
        p = lv.base + lv.i
        if p + 4 > len(d):
            w(TRUNC)
            return "stop"
        if lv.i + 4 > lv.length:
            w(INVALID)
            return "stop"
        t, n = self.u(p, 2), self.u(p + 2, 2)
        v = p + 4
        if v + n > len(d):
            w(TRUNC)
            return "stop"
        if lv.i + n + 4 > lv.length:
            w(INVALID)
            return "stop"
        lv.i += 4 + ((n + 3) & ~3)
        m = _mask(t)
        if lv.in_line:
            if lv.last == m:
                lv.count += 1
            else:
                self.pending(lv)
                lv.last, lv.count = m, 1
            return None
        w(_NAMES[m])
        if m > 0xFFFF:
            w(f": type={t}")
        w(f" ({n + 4})")
        sub = lv.indent + 1
        verbose = o.verbose

        def nested(off: int) -> _Level:
            return _Level(v + off, n - off, sub, verbose)

        def nested_after(used: int) -> _Level | None:
            """The nested TLVs after ``used`` octets padded to 4, if the value holds them."""
            used += -used & 3
            return nested(used) if n >= used else None

        def after_item(ln: int, k: int) -> _Level | None:
            """:func:`nested_after` an item of ``ln`` octets (< 0: invalid) ``k`` octets
            into the value."""
            if ln < 0:
                w(INVALID)
                return None
            return nested_after(ln + k)

        if m == 1:
            if n != 0:
                w(INVALID)
        elif m == 2:
            if n != 4:
                w(INVALID)
            else:
                w(f" NID: {_nid(d[v:])}")
        elif m == 3:
            if n != 8:
                w(INVALID)
            else:
                w(f" NID: {_nid(d[v:])} EPID: {self.u(v + 4, 4):08x}")
        elif m == 4:
            if n != 8:
                w(INVALID)
            else:
                w(f" hash: {self.u(v, 8):016x}")
        elif m == 5:
            if n < 20:
                w(INVALID)
            else:
                w(f" NID: {_nid(d[v:])} seqno: {self.u(v + 4, 4)} "
                  f"{_interval(self.u(v + 8, 4))} hash: {self.u(v + 12, 8):016x}")
                return nested(20)
        elif m == 8:
            if n != 12:
                w(INVALID)
            else:
                w(f" Peer-NID: {_nid(d[v:])} Peer-EPID: {self.u(v + 4, 4):08x} "
                  f"Local-EPID: {self.u(v + 8, 4):08x}")
        elif m == 9:
            if n < 8:
                w(INVALID)
            else:
                w(f" EPID: {self.u(v, 4):08x} Interval: {_interval(self.u(v + 4, 4))}")
        elif m == 10:
            if n <= 36:
                w(INVALID)
            else:
                w(f" Verdict: {d[v]} Fingerprint: {d[v + 4:v + 36].hex()} Common Name: ")
                w(printjnp(d[v + 36:v + n]))
        elif m == 32:
            if n < 5:
                w(INVALID)
            else:
                c = self.u(v + 2, 2)
                w(f" M: {c >> 12 & 15} P: {c >> 8 & 15} H: {c >> 4 & 15} L: {c & 15} "
                  "User-agent: ")
                w(printjnp(d[v + 4:v + n]))
        elif m == 33:
            return nested(0)
        elif m == 34:
            if n < 9 or n < 9 + (d[v + 8] + 7) // 8:
                w(INVALID)
            else:
                w(f" VLSO: {_interval(self.u(v, 4))} PLSO: {_interval(self.u(v + 4, 4))} "
                  "Prefix: ")
                ln = self.prefix(v + 8, n - 8)
                if ln == -1:
                    w("(length is invalid)")
                elif ln < 0:
                    w(INVALID)
                else:
                    return nested_after(ln + 8)
        elif m == 43:
            self.policy(v, n)
        elif m == 37:
            if n == 0:
                w(INVALID)
            elif not self.dhcp(v, n, sub, False):
                w(INVALID)
                return "stop"
        elif m == 38:
            if n == 0:
                w(INVALID)
            elif not self.dhcp(v, n, sub, True):
                w(INVALID)
        elif m == 35:
            if n < 6 or n < 6 + (d[v + 5] + 7) // 8:
                w(INVALID)
            else:
                w(f" EPID: {self.u(v, 4):08x} Prty: {d[v + 4] & 15} Prefix: ")
                return after_item(self.prefix(v + 5, n - 5), 5)
        elif m == 36:
            if n < 20:
                w(INVALID)
            else:
                w(f" EPID: {self.u(v, 4):08x} IP Address: {self.ip6(v + 4)}")
                return nested(20)
        elif m == 39:
            if n < 17:
                w(INVALID)
            else:
                fl = d[v + 16]
                w(f" IP-Address: {self.ip6(v)} {'l' if fl & 4 else '-'}"
                  f"{'b' if fl & 2 else '-'}{'s' if fl & 1 else '-'} ")
                return after_item(self.label(v + 17, n - 17), 17)
        elif m == 40:
            if n == 0:
                w(INVALID)
            else:
                w(" Domain: ")
                self.label(v, n)
        elif m == 41:
            if n < 17:
                w(INVALID)
            else:
                ln = d[v + 16]
                if n < 17 + ln:
                    w(INVALID)
                else:
                    w(f" IP-Address: {self.ip6(v)} Name: ")
                    if ln < 64:
                        w('"' + printjnp(d[v + 17:v + 17 + ln]) + '"')
                    else:
                        w(INVALID)
                    return nested_after(ln + 17)
        elif m == 42:
            if n < 32:
                w(INVALID)
            else:
                w(f" PSK: {d[v:v + 32].hex()}")
                return nested(32)
        return None

    def policy(self, v: int, n: int) -> None:
        d, w = self.d, self.out.append
        if n < 1:
            w(INVALID)
            return
        pol = d[v]
        w(" type: ")
        if pol == 0:
            w(INVALID if n != 1 else "Internet connectivity")
        elif pol <= 128:
            w("Dest-Prefix: ")
            ln = self.prefix(v, n)
            if ln == -1:
                w("(length is invalid)")
            elif ln < 0:
                w(INVALID)
        elif pol == 129:
            w("DNS domain: ")
            self.label(v + 1, n - 1)
        elif pol == 130:
            w("Opaque UTF-8: ")
            w(printjnp(d[v + 1:v + n]))
        elif pol == 131:
            w(INVALID if n != 1 else "Restrictive assignment")
        else:
            w(f"Unknown ({pol})")

    def run(self, length: int) -> None:
        stack = [_Level(0, length, 1, self.o.verbose)]
        while stack:
            r = self.step(stack[-1])
            if r is None:
                continue
            if isinstance(r, _Level):
                stack.append(r)
            else:
                stack.pop()


def format_hncp(rec: HncpRecord, ctx: Context) -> str:
    f = _Fmt(rec.data, ctx.opts)
    f.out.append(f"hncp ({rec.length})")
    return written(f.out, lambda: f.run(rec.length), TRUNC)
