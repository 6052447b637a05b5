"""DECnet Phase IV routing and NSP: ethertype 0x6003.

Control messages print their kind and fields (``"endnode-hello endnode vers 2
eco 0 ueco 0 src 1.1 blksize 16434 rtr 0.0 hello 10 data 2"``); data
messages ``"src > dst pktlen "`` and the NSP message (``"data 8195>8196 ack 0
oack 0 seg 1 "``, with tcpdump's trailing blank).  Addresses are
``area.node``.  Length contradictions end with ``" (invalid)"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._base import Context
from ._dump import hex_ascii_dump
from ._items import Cursor, ItemsLayer, render, run

__all__ = ["DecnetRecord", "decode_decnet", "format_decnet", "dnaddr"]

_REASONS = {0: "object rejected connect", 1: "insufficient resources",
            2: "unrecognized node name", 3: "node is shutting down", 4: "unrecognized object",
            5: "invalid object name format", 6: "object too busy",
            7: "protocol error discovered", 8: "third party abort", 9: "user abort",
            10: "invalid node name format", 11: "local node shutting down",
            32: "insufficient local resources", 33: "insufficient remote user resources",
            34: "invalid access control information", 36: "bad ACCOUNT information",
            38: "no response from object", 39: "node unreachable", 41: "no link terminate",
            42: "disconnect complete", 43: "bad image data in connect",
            54: "cryptographic service mismatch"}
_NTYPES = {0: "reserved-ntype? ", 1: "l2rout ", 2: "l1rout ", 3: "endnode "}
_COS = {0: "", 4: "seg ", 8: "msg ", 12: ""}
_COI = {0: "ver 3.2 ", 1: "ver 3.1 ", 2: "ver 4.0 ", 3: "ver 4.1 "}


def dnaddr(a: int) -> str:
    return f"{a >> 10}.{a & 0x3FF}"


def _dump(v: bytes) -> str:
    return hex_ascii_dump(v)


_TEXT: dict[str, Any] = {
    "text": "{}",
    "pad": "[pad:{}] ",
    "dump": _dump,
    "route": lambda v: f"{dnaddr(v[0])} > {dnaddr(v[1])} {v[2]} ",
    "route_flags": lambda v: "".join(n for b, n in ((8, "RQR "), (16, "RTS "), (32, "IE "))
                                     if v & b),
    "hops": "{} hops ",
}


@dataclass(slots=True)
class DecnetRecord(ItemsLayer, proto="decnet"):
    """A DECnet routing or NSP message's items, in wire order."""


class _LE(Cursor):
    __slots__ = ()

    def le(self, off: int, n: int = 2) -> int:
        self.need(n, off)
        return int.from_bytes(self.data[off:off + n], "little")


def _t_info(info: int, mask_bits: tuple[tuple[int, str], ...]) -> str:
    return _NTYPES[info & 3] + "".join(n for b, n in mask_bits if info & b)


def _hello_head(c: _LE, r: int) -> str:
    """What router and endnode hellos share: versions, source, block size."""
    vers, eco, ueco = c.le(r + 1, 1), c.le(r + 2, 1), c.le(r + 3, 1)
    src, info, blk = c.le(r + 8), c.le(r + 10, 1), c.le(r + 11)
    return (_t_info(info, ((4, "verif "), (32, "nomcast "), (64, "blo ")))
            + f"vers {vers} eco {eco} ueco {ueco} src {dnaddr(src)} blksize {blk} ")


def _ctl(c: _LE, r: int, length: int, caplen: int, verbose: int) -> bool:
    """A routing control message at ``r``; False: invalid."""
    flags = c.le(r, 1)
    kind = flags & 0x0F
    t = c.items
    if kind == 1:
        t.append(("text", "init "))
        if length < 11:
            return False
        c.need(11, r)
        src, info, blk = c.le(r + 1), c.le(r + 3, 1), c.le(r + 4)
        vers, eco, ueco, hello = c.le(r + 6, 1), c.le(r + 7, 1), c.le(r + 8, 1), c.le(r + 9)
        t.append(("text", _t_info(info, ((4, "verif "), (8, "blo ")))
                  + f"src {dnaddr(src)}blksize {blk} vers {vers} eco {eco} ueco {ueco} "
                  f"hello {hello}"))
    elif kind in (3, 5):
        name, field = ("verification ", "fcnval") if kind == 3 else ("test ", "data")
        t.append(("text", name))
        if length < 4:
            return False
        t.append(("text", f"src {dnaddr(c.le(r + 1))} {field} {c.le(r + 3, 1):o}"))
    elif kind in (7, 9):
        t.append(("text", "lev-1-routing " if kind == 7 else "lev-2-routing "))
        if length < 4:
            return False
        c.need(4, r)
        t.append(("text", f"src {dnaddr(c.le(r + 1))} "))
        p, n = r + 4, length - 4
        while n > 6:
            c.need(6, p)
            count = c.le(p)
            if count > 1024:
                break
            ident, info = c.le(p + 2), c.le(p + 4)
            p, n = p + 6, n - 6
            what = "ids" if kind == 7 else "areas"
            t.append(("text", f"{{{what} {ident}-{ident + count} cost {info & 0x1FF} "
                              f"hops {(info >> 10) & 0x1F}}} "))
    elif kind == 11:
        t.append(("text", "router-hello "))
        if length < 18:
            return False
        c.need(18, r)
        t.append(("text", _hello_head(c, r) + f"pri {c.le(r + 13, 1)} hello {c.le(r + 15)}"))
    elif kind == 13:
        t.append(("text", "endnode-hello "))
        if length < 32:
            return False
        head = _hello_head(c, r)
        rtr, hello, data = c.le(r + 26), c.le(r + 28), c.le(r + 31, 1)
        t.append(("text", head + f"rtr {dnaddr(rtr)} hello {hello} data {data:o}"))
    else:
        t.append(("text", "unknown control message"))
        t.append(("dump", bytes(c.data[r:r + min(length, caplen)])))
    return True


def _acks(c: _LE, p: int, n: int, names: tuple[str, str, str, str], limit: bool,
          seg: bool) -> bool:
    """The acknum/ackoth fields (and the segment number) at ``p``; False: invalid."""
    t = c.items
    off = 7
    if limit and n < off:
        return False
    ack = c.le(p + 5)
    if ack & 0x8000:
        t.append(("text", f"{names[0] if ack & 0x9000 == 0x9000 else names[1]} {ack & 0xFFF} "))
        off += 2
        if limit and n < off:
            return False
        ack = c.le(p + 7)
        if ack & 0x2000:
            t.append(("text", f"{names[2] if ack & 0x3000 == 0x3000 else names[3]} "
                              f"{ack & 0xFFF} "))
            off += 2
            if limit and n < off:
                return False
            if seg:
                ack = c.le(p + 9)
    if seg:
        t.append(("text", f"seg {ack & 0xFFF} "))
    return True


def _conn_text(c: _LE, p: int) -> str:
    """The services, info and segment size a connect message opens with."""
    services, info, segsize = c.le(p + 5, 1), c.le(p + 6, 1), c.le(p + 7)
    return f"{_COS[services & 0x0C]}{_COI[info & 3]}segsize {segsize} "


def _reserved(t: list[tuple[str, Any]], what: str, flags: int, src: int, dst: int) -> bool:
    """Note an NSP message of a reserved type or subtype (``what``)."""
    t.append(("text", f"{what}? {flags:x} {src} > {dst}"))
    return True


def _nsp(c: _LE, p: int, n: int) -> bool:
    t = c.items
    if n < 5:
        t.append(("text", f" (nsplen {n} < 5)"))
        return False
    flags, dst, src = c.le(p, 1), c.le(p + 1), c.le(p + 3)
    typ, sub = flags & 0x0C, flags & 0x70
    if typ == 0:
        if sub in (0x20, 0x00, 0x40, 0x60):
            t.append(("text", f"data {src}>{dst} "))
            return _acks(c, p, n, ("nak", "ack", "onak", "oack"), True, True)
        if sub == 0x30:
            t.append(("text", "intr "))
            return _acks(c, p, n, ("nak", "ack", "nakdat", "ackdat"), True, True)
        if sub == 0x10:
            t.append(("text", f"link-service {src}>{dst} "))
            if n < 13:
                return False
            _acks(c, p, n, ("nak", "ack", "nakdat", "ackdat"), False, True)
            lsflags, fcval = c.le(p + 11, 1), c.le(p + 12, 1)
            if lsflags & 0x0C == 0:
                t.append(("text", f"dat seg count {fcval} "))
                mod = lsflags & 3
                if mod == 1:
                    t.append(("text", "donotsend-data "))
                elif mod == 2:
                    t.append(("text", "send-data "))
                elif mod == 3:
                    t.append(("text", f"reserved-fcmod? {lsflags:x}"))
            elif lsflags & 0x0C == 4:
                t.append(("text", f"intr req count {fcval} "))
            else:
                t.append(("text", f"reserved-fcval-int? {lsflags:x}"))
            return True
        return _reserved(t, "reserved-subtype", flags, src, dst)
    if typ == 4:
        if sub in (0x00, 0x10):
            t.append(("text", f"{'data-ack' if sub == 0 else 'ils-ack'} {src}>{dst} "))
            if n < 9:
                return False
            c.need(9, p)
            names = ("nak", "ack", "onak", "oack") if sub == 0 else \
                ("nak", "ack", "nakdat", "ackdat")
            return _acks(c, p, n, names, False, False)
        if sub == 0x20:
            t.append(("text", f"conn-ack {dst}"))
            return True
        return _reserved(t, "reserved-acktype", flags, src, dst)
    if typ == 8:
        if sub in (0x10, 0x60):
            t.append(("text", ("conn-initiate " if sub == 0x10 else "retrans-conn-initiate ")
                      + f"{src}>{dst} "))
            if n < 9:
                return False
            t.append(("text", _conn_text(c, p)))
            return True
        if sub == 0x20:
            t.append(("text", f"conn-confirm {src}>{dst} "))
            if n < 10:
                return False
            text = _conn_text(c, p)
            optlen = c.le(p + 9, 1)
            t.append(("text", text + (f"optlen {optlen} " if optlen else "")))
            return True
        if sub == 0x30:
            t.append(("text", f"disconn-initiate {src}>{dst} "))
            if n < 8:
                return False
            reason, optlen = c.le(p + 5), c.le(p + 7, 1)
            t.append(("text", _REASONS.get(reason, f"reason-{reason}") + " "
                      + (f"optlen {optlen} " if optlen else "")))
            return True
        if sub == 0x40:
            t.append(("text", f"disconn-confirm {src}>{dst} "))
            reason = c.le(p + 5)
            t.append(("text", _REASONS.get(reason, f"reason-{reason}") + " "))
            return True
        return _reserved(t, "reserved-ctltype", flags, src, dst)
    return _reserved(t, "reserved-type", flags, src, dst)


def decode_decnet(data: bytes, length: int, ctx: Context) -> DecnetRecord:
    rec = DecnetRecord(length=length)
    c = _LE(data, rec.items)
    verbose = ctx.opts.verbose

    def body() -> None:
        n = length
        caplen = len(data)
        t = rec.items
        if n < 6:
            t.append(("text", f" (length {n} < 6)"))
            t.append(("invalid", None))
            return None
        pktlen = c.le(0)
        if pktlen < 6:
            t.append(("text", f" (pktlen {pktlen} < 6)"))
            t.append(("invalid", None))
            return None
        if pktlen > n:
            t.append(("text", f" (pktlen {pktlen} > {n})"))
            t.append(("invalid", None))
            return None
        n = pktlen
        a = 0
        mflags = c.le(2, 1)
        if mflags & 0x80:
            padlen = mflags & 0x7F
            if verbose:
                t.append(("pad", padlen))
            if n < padlen + 2:
                t.append(("text", f" (length {n} < {padlen + 2})"))
                t.append(("invalid", None))
                return None
            c.need(padlen, 2)
            a = padlen
            n -= padlen
            caplen -= padlen
            mflags = c.le(a + 2, 1)
        r = a + 2
        if mflags & 0x40:
            t.append(("text", "future-version-decnet"))
            t.append(("dump", bytes(data[a:a + min(n, caplen)])))
            return None
        if mflags & 1:
            if not _ctl(c, r, n, caplen, verbose):
                t.append(("invalid", None))
            return None
        kind = mflags & 7
        if kind == 6:
            if n < 21:
                t.append(("text", f" (length {n} < 21)"))
                t.append(("invalid", None))
                return None
            c.need(21, r)
            dst, src, hops = c.le(r + 7), c.le(r + 15), c.le(r + 18, 1)
            nsp, nsplen = r + 21, n - 21
        elif kind == 2:
            dst, src = c.le(r + 1), c.le(r + 3)
            hops = (c.le(r + 5, 1) & 0x3F) + 1
            nsp, nsplen = r + 6, n - 6
        else:
            t.append(("text", "unknown message flags under mask"))
            t.append(("dump", bytes(data[a:a + min(n, caplen)])))
            return None
        t.append(("route", (src, dst, pktlen)))
        if verbose:
            t.append(("route_flags", mflags))
            t.append(("hops", hops))
        if not _nsp(c, nsp, nsplen):
            t.append(("invalid", None))
        return None

    run(rec, body)
    return rec


def format_decnet(rec: DecnetRecord, ctx: Context) -> str:
    return render(rec, _TEXT, 1, " [|decnet]",
                  "dump" if ctx.opts.suppress_default_print else "")
