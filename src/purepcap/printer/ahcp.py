"""AHCP, the Ad-Hoc Configuration Protocol (draft-chroboczek-ahcp-00,
ahcpd 0.53): UDP port 5359.

``AHCP Version 1``; ``-v`` adds the header (hop counts, nonce, source and
destination ids) and the body's message type and length, ``-vv`` the
options (times, address and prefix lists; others by length).  A field that
contradicts its length prints `` (invalid)``; a capture that ends inside
the message `` [|ahcp]``.

The record keeps the header fields; the formatter reads the options from
``data``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ._addr import ip6addr_string, ipaddr_string, le64addr
from ._base import MALFORMED, TRUNCATED, Context, Layer, Options, ends_before
from ._bytes import Reader
from ._rtr import written

__all__ = ["AhcpRecord", "decode_ahcp", "format_ahcp"]

TRUNC = " [|ahcp]"
INVALID = " (invalid)"
_MSGS = ("Discover", "Offer", "Request", "Ack", "Nack", "Release")
_OPTS = ("Pad", "Mandatory", "Origin Time", "Expires", "My-IPv6-Address", "My-IPv4-Address",
         "IPv6 Prefix", "IPv4 Prefix", "IPv6 Address", "IPv4 Address",
         "IPv6 Prefix Delegation", "IPv4 Prefix Delegation", "Name Server", "NTP Server")
# option -> how its value prints
_DECODERS = {2: "time", 3: "seconds", 4: "ip6", 5: "ip4", 6: "prefix6", 8: "ip6", 9: "ip4",
             10: "prefix6", 11: "prefix4", 12: "ip6", 13: "ip6"}


@dataclass(slots=True)
class AhcpRecord(Layer, proto="ahcp"):
    length: int = 0
    magic: int = -1
    version: int = -1
    hopcount: int = -1
    original_hopcount: int = -1
    nonce: int = -1
    source_id: bytes = b""
    destination_id: bytes = b""
    msg_type: int = -1
    mbz: int = 0
    body_length: int = -1
    data: bytes = field(default=b"", repr=False)


def decode_ahcp(data: bytes, length: int, ctx: Context) -> AhcpRecord:
    rec = AhcpRecord(length=length, data=bytes(data))
    d = rec.data
    if length >= 1 and d:
        rec.magic = d[0]
    if length < 2 or rec.magic != 43:
        rec.stop = MALFORMED if rec.magic >= 0 or length < 2 else TRUNCATED
        return rec
    if len(d) < 2:
        rec.stop = TRUNCATED
        return rec
    rec.version = d[1]
    if rec.version != 1:
        return rec
    if ends_before(rec, d, length, 24):
        return rec
    rec.hopcount, rec.original_hopcount = d[2], d[3]
    rec.nonce = int.from_bytes(d[4:8], "big")
    rec.source_id, rec.destination_id = d[8:16], d[16:24]
    if ends_before(rec, d, length, 28):
        return rec
    rec.msg_type, rec.mbz = d[24], d[25]
    rec.body_length = int.from_bytes(d[26:28], "big")
    if rec.body_length > length - 28:
        rec.stop = MALFORMED
    elif len(d) < 28 + rec.body_length:
        rec.stop = TRUNCATED
    return rec


class _Fmt:
    def __init__(self, rec: AhcpRecord, o: Options) -> None:
        self.r = Reader(rec.data)
        self.o = o
        self.out: list[str] = []

    def invalid(self, p: int, n: int) -> None:
        """tcpdump's `` (invalid)``, then `` [|ahcp]`` if the rest was not captured."""
        self.out.append(INVALID)
        self.r.need(p, n)

    def value(self, kind: str, p: int, n: int) -> None:
        r, w, o = self.r, self.out.append, self.o
        if kind in ("time", "seconds"):
            if n != 4:
                self.invalid(p, n)
                return
            v = r.u(p, 4)
            if kind == "seconds":
                w(f": {v}s")
            else:
                w(": " + time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(v)) + " UTC")
            return
        size = {"ip6": 16, "ip4": 4, "prefix6": 17, "prefix4": 5}[kind]
        sep = ": "
        while n:
            if n < size:
                self.invalid(p, n)
                return
            if kind in ("ip6", "prefix6"):
                text = ip6addr_string(r.raw(p, 16), o)
            else:
                text = ipaddr_string(r.raw(p, 4), o)
            if kind.startswith("prefix"):
                text += f"/{r.u(p + size - 1, 1)}"
            w(sep + text)
            p += size
            n -= size
            sep = ", "

    def options(self, p: int, n: int) -> None:
        r, w = self.r, self.out.append
        while n:
            no = r.u(p, 1)
            p += 1
            n -= 1
            w("\n\t " + (_OPTS[no] if no < len(_OPTS) else f"Unknown-{no}"))
            if no in (0, 1):
                continue
            if not n:
                self.invalid(p, n)
                return
            ol = r.u(p, 1)
            p += 1
            n -= 1
            if ol > n:
                self.invalid(p, n)
                return
            kind = _DECODERS.get(no)
            if kind is None:
                w(f" (Length {ol})")
                r.need(p, ol)
            else:
                self.value(kind, p, ol)
            p += ol
            n -= ol

    def run(self, rec: AhcpRecord) -> None:
        r, w = self.r, self.out.append
        v = self.o.verbose
        n = rec.length
        w("AHCP")
        if n < 2 or r.u(0, 1) != 43:
            self.invalid(0, n)
            return
        version = r.u(1, 1)
        n -= 2
        if version != 1:
            w(f" Version {version} (unknown)")
            r.need(2, n)
            return
        w(" Version 1")
        if n < 22:
            self.invalid(2, n)
            return
        if not v:
            r.need(2, 22)
        else:
            w(f"\n\tHopcount {r.u(2, 1)}")
            w(f", Original Hopcount {r.u(3, 1)}")
            w(f", Nonce 0x{r.u(4, 4):08x}")
            w(f", Source Id {le64addr(r.raw(8, 8))}")
            w(f", Destination Id {le64addr(r.raw(16, 8))}")
        n -= 22
        p = 24
        if n < 4:
            self.invalid(p, n)
            return
        mtype, mbz, blen = r.u(24, 1), r.u(25, 1), r.u(26, 2)
        p, n = 28, n - 4
        if v:
            w("\n\t" + (_MSGS[mtype] if mtype < len(_MSGS) else f"Unknown-{mtype}"))
            if mbz:
                w(f", MBZ {mbz}")
            w(f", Length {blen}")
        if blen > n:
            self.invalid(p, n)
            return
        if v >= 2:
            self.options(p, blen)
        else:
            r.need(p, blen)


def format_ahcp(rec: AhcpRecord, ctx: Context) -> str:
    f = _Fmt(rec, ctx.opts)
    return written(f.out, lambda: f.run(rec), TRUNC)
