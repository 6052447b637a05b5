"""OLSR (RFC 3626, with olsr.org's LQ, name service and smart-gateway
extensions): UDP port 698, over IPv4 (``OLSRv4``) and IPv6 (``OLSRv6``).

Without ``-v`` the packet header only (sequence number, length); with it
every message: its header (type, originator, TTL, hops, validity time,
sequence number, length) and body: HELLO and HELLO-LQ links and neighbors,
TC and TC-LQ advertised neighbors, MID interface addresses, HNA networks
(smart gateways among them), name-service entries; other types as hex.

The record keeps the packet header and the message headers; the formatter
reads the bodies from ``data``, stopping (`` [|olsr]``) where tcpdump does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._addr import ip6addr_string, ipaddr_string
from ._base import TRUNCATED, Context, Layer, Options
from ._bytes import Reader
from ._items import Short
from ._rtr import printable, written

__all__ = ["OlsrRecord", "OlsrMessage", "decode_olsr", "format_olsr"]

TRUNC = " [|olsr]"
_MSGS = {1: "Hello", 2: "TC", 3: "MID", 4: "HNA", 128: "Powerinfo", 130: "Nameservice",
         201: "Hello-LQ", 202: "TC-LQ"}
_LINK_TYPES = ("Unspecified", "Asymmetric", "Symmetric", "Lost")
_NEIGHBOR_TYPES = {0: "Not-Neighbor", 1: "Symmetric", 2: "Symmetric-MPR"}
_GW_FLAGS = ((0x01, " LINKSPEED"), (0x02, " IPV4"), (0x04, " IPV4-NAT"), (0x08, " IPV6"),
             (0x10, " IPv6-PREFIX"))


@dataclass(slots=True)
class OlsrMessage:
    offset: int = 0
    type: int = 0
    vtime: int = 0
    length: int = 0
    originator: bytes = b""
    ttl: int = 0
    hops: int = 0
    seq: int = 0


@dataclass(slots=True)
class OlsrRecord(Layer, proto="olsr"):
    ipv6: bool = False
    length: int = 0               # the UDP payload's length, then at most the packet length
    packet_length: int = -1       # -1: not captured
    seq: int = 0
    messages: list[OlsrMessage] = field(default_factory=list)
    data: bytes = field(default=b"", repr=False)


def decode_olsr(data: bytes, length: int, ctx: Context) -> OlsrRecord:
    rec = OlsrRecord(ipv6=ctx.ip_version == 6, length=length, data=bytes(data))
    d = rec.data
    if length < 4 or len(d) < 4:
        rec.stop = TRUNCATED
        return rec
    rec.packet_length = int.from_bytes(d[0:2], "big")
    rec.seq = int.from_bytes(d[2:4], "big")
    rec.length = min(length, rec.packet_length)
    hdr = 24 if rec.ipv6 else 12
    a = 16 if rec.ipv6 else 4
    p = 4
    while p < rec.length:
        if p + hdr > len(d):
            rec.stop = TRUNCATED
            break
        m = OlsrMessage(offset=p, type=d[p], vtime=d[p + 1],
                        length=int.from_bytes(d[p + 2:p + 4], "big"),
                        originator=d[p + 4:p + 4 + a], ttl=d[p + 4 + a], hops=d[p + 5 + a],
                        seq=int.from_bytes(d[p + 6 + a:p + 8 + a], "big"))
        if m.type == 0 or m.length == 0:
            break
        rec.messages.append(m)
        if not hdr <= m.length <= rec.length:
            break
        p += m.length
    return rec


def _vtime(me: int) -> str:
    return f"{0.0625 * (1 + (me >> 4) / 16) * (1 << (me & 0x0F)):.3f}"


def _gw_speed(v: int) -> int:
    if v == 0:
        return 0
    if v == 0xFF:
        return 320000000
    return ((v >> 3) + 1) * 10 ** (v & 7)


def _mask2plen(m: int) -> int:
    for plen in range(32, -1, -1):
        if ((0xFFFFFFFF << (32 - plen)) & 0xFFFFFFFF) == m:
            return plen
    return 0xFFFFFFFF      # -1 printed unsigned


_BITS = {0x00: 0, 0x80: 1, 0xC0: 2, 0xE0: 3, 0xF0: 4, 0xF8: 5, 0xFC: 6, 0xFE: 7, 0xFF: 8}


def _mask62plen(mask: bytes) -> int:
    n = 0
    for b in mask:
        n += _BITS.get(b, 0)
        if b != 0xFF:
            break
    return n


class _Fmt:
    def __init__(self, rec: OlsrRecord, o: Options) -> None:
        self.r = Reader(rec.data)
        self.v6 = rec.ipv6
        self.o = o
        self.out: list[str] = []

    def addr4(self, p: int) -> str:
        return ipaddr_string(self.r.raw(p, 4), self.o)

    def addr(self, p: int) -> str:
        if self.v6:
            return ip6addr_string(self.r.raw(p, 16), self.o)
        return self.addr4(p)

    def neighbors(self, p: int, n: int) -> None:
        w = self.out.append
        w("\n\t      neighbor\n\t\t")
        while n >= 4:
            w(self.addr4(p) + " ")
            p += 4
            n -= 4

    def lq_neighbors(self, p: int, n: int) -> None:
        size = 20 if self.v6 else 8
        a = size - 4
        while n >= size:
            self.r.need(p, size)
            d = self.r.d
            self.out.append(f"\n\t      neighbor {self.addr(p)}, link-quality "
                            f"{d[p + a] / 2.55:.2f}%, neighbor-link-quality "
                            f"{d[p + a + 1] / 2.55:.2f}%")
            p += size
            n -= size

    def body(self, t: int, p: int, n: int) -> None:
        r, w, v6 = self.r, self.out.append, self.v6
        if t in (1, 201):
            if n < 4:
                raise Short
            r.need(p, 4)
            w(f"\n\t  hello-time {_vtime(r.d[p + 2])}s, MPR willingness {r.d[p + 3]}")
            p += 4
            n -= 4
            while n >= 4:
                r.need(p, 4)
                hl = r.u(p + 2, 2)
                code = r.d[p]
                ok = 4 <= hl <= n
                w(f"\n\t    link-type {_LINK_TYPES[code & 3]}, neighbor-type "
                  f"{_NEIGHBOR_TYPES.get(code >> 2, 'Unknown')}, len {hl}"
                  f"{'' if ok else ' (invalid)'}")
                if not ok:
                    break
                p += 4
                n -= 4
                hl -= 4
                r.need(p, hl)
                if t == 1:
                    self.neighbors(p, hl)
                else:
                    self.lq_neighbors(p, hl)
                p += hl
                n -= hl
        elif t in (2, 202):
            if n < 4:
                raise Short
            r.need(p, 4)
            w(f"\n\t    advertised neighbor seq 0x{r.u(p, 2):04x}")
            if t == 2:
                self.neighbors(p + 4, n - 4)
            else:
                self.lq_neighbors(p + 4, n - 4)
        elif t == 3:
            a = 16 if v6 else 4
            while n >= a:
                r.need(p, a)
                w(f"\n\t  interface address {self.addr(p)}")
                p += a
                n -= a
        elif t == 4:
            self.hna(p, n)
        elif t == 130:
            self.names(p, n)
        else:
            w(r.unknown(p, "\n\t    ", n))

    def hna(self, p: int, n: int) -> None:
        r, w = self.r, self.out.append
        if self.v6:
            w(f"\n\t  Advertised networks (total {n // 32})")
            while n >= 32:
                r.need(p, 32)
                w(f"\n\t    #0: {self.addr(p)}/{_mask62plen(r.d[p + 16:p + 32])}")
                p += 32
                n -= 32
            return
        w(f"\n\t  Advertised networks (total {n // 8})")
        col = 0
        while n >= 8:
            r.need(p, 8)
            d = r.d
            sep = "\n\t    " if col == 0 else ", "
            fl = d[p + 5]
            if d[p:p + 4] == b"\0\0\0\0" and d[p + 4] == 0 and fl:
                names = "".join(name for bit, name in _GW_FLAGS if fl & bit)
                up = _gw_speed(d[p + 6]) if fl & 1 else 0
                down = _gw_speed(d[p + 7]) if fl & 1 else 0
                w(f"{sep}Smart-Gateway:{names} {up}/{down}")
            else:
                w(f"{sep}{self.addr4(p)}/{_mask2plen(r.u(p + 4, 4))}")
            p += 8
            n -= 8
            col = (col + 1) % 4

    def names(self, p: int, n: int) -> None:
        r, w = self.r, self.out.append
        if n < 4:
            raise Short
        entries = r.u(p + 2, 2)
        a = 16 if self.v6 else 4
        ok = entries > 0 and entries * (4 + a) <= n
        w(f"\n\t  Version {r.u(p, 2)}, Entries {entries}{'' if ok else ' (invalid)'}")
        if not ok:
            return
        p += 4
        n -= 4
        for i in range(entries):
            if n < 4:
                break
            etype, elen = r.u(p, 2), r.u(p + 2, 2)
            p += 4
            n -= 4
            ok = elen > 0 and a + elen <= n
            tx = f"{etype:#06x}" if etype else "000000"
            w(f"\n\t    #{i}: type {tx}, length {elen}{'' if ok else ' (invalid)'}")
            if not ok:
                break
            pad = -elen % 4
            if n < a + elen + pad:
                raise Short
            r.need(p, a + elen + pad)
            w(f", address {self.addr(p)}, name \"{printable(r.d[p + a:p + a + elen])}\"")
            p += a + elen + pad
            n -= a + elen + pad

    def run(self, rec: OlsrRecord) -> None:
        r, w = self.r, self.out.append
        hdr = 24 if self.v6 else 12
        a = hdr - 8
        length = rec.length
        p = 4
        while p < length:
            r.need(p, hdr)
            d = r.d
            t, ml = d[p], r.u(p + 2, 2)
            ok = hdr <= ml <= length
            if t == 0 or ml == 0:
                return
            w(f"\n\t{_MSGS.get(t, 'Unknown')} Message ({t:#04x}), originator {self.addr(p + 4)}, "
              f"ttl {d[p + 4 + a]}, hop {d[p + 5 + a]}\n\t  vtime {_vtime(d[p + 1])}s, "
              f"msg-seq 0x{r.u(p + 6 + a, 2):04x}, length {ml}{'' if ok else ' (invalid)'}")
            if not ok:
                return
            self.body(t, p + hdr, ml - hdr)
            p += ml


def format_olsr(rec: OlsrRecord, ctx: Context) -> str:
    head = "OLSRv6" if rec.ipv6 else "OLSRv4"
    if rec.packet_length < 0:
        return head + TRUNC
    f = _Fmt(rec, ctx.opts)
    f.out.append(f"{head}, seq 0x{rec.seq:04x}, length {rec.length}")
    if ctx.opts.verbose < 1:
        return f.out[0]
    return written(f.out, lambda: f.run(rec), TRUNC)
