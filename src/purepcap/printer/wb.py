"""The LBL whiteboard (wb): UDP destination port 4567.

``* wb-prep: 1/10.0.0.1:2<10.0.0.2:3>``: a ``*`` when the header's flags are
set, then the message: wb-id, wb-rreq, wb-rrep, wb-dop, wb-preq, wb-prep,
wb-kill, else ``wb-N!``.  With ``-v`` repair replies and drawing operations
list their operations (`` < LINE RECT SKIP2 >``).  A message shorter than its
fixed part prints `` (invalid)``; a capture that ends first `` [|wb]`` after
what was printed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._base import MALFORMED, TRUNCATED, Context, Layer, Options, ends_before
from ._bytes import AddrReader
from ._rtr import char

__all__ = ["WbRecord", "decode_wb", "format_wb"]

_DOPS = {2: "RECT", 3: "LINE", 4: "ML", 5: "DEL", 6: "XFORM", 7: "ELL", 8: "CHAR", 9: "STR",
         10: "NOP", 11: "PSCODE", 12: "PSCOMP", 13: "REF", 14: "SKIP", 15: "HOLE"}
_NAMES = {0: "wb-dop", 1: "wb-id", 2: "wb-rreq", 3: "wb-rrep", 4: "wb-kill", 5: "wb-preq",
          7: "wb-prep"}


@dataclass(slots=True)
class WbRecord(Layer, proto="wb"):
    length: int = 0
    source: int = -1            # site id of the source
    timestamp: int = 0
    version: int = 0
    type: int = -1
    flags: int = 0
    text: str = ""              # tcpdump's text of the message body


class _W(AddrReader):
    """The message's bytes (:class:`Short` past the capture) and its text."""

    def __init__(self, d: bytes, opts: Options) -> None:
        super().__init__(d, opts)
        self.out: list[str] = []

    def ids(self, q: int, nid: int) -> int:
        """The ``nid`` site ids at ``q`` (address:number, after "<", joined by ","):
        the offset after them."""
        c = "<"
        for _ in range(nid):
            self.out.append(f"{c}{self.ip(q)}:{self.u(q + 4, 4)}")
            c = ","
            q += 8
        return q


def decode_wb(data: bytes, length: int, ctx: Context) -> WbRecord:
    rec = WbRecord(length=length)
    d = bytes(data)
    if ends_before(rec, d, length, 12):
        return rec
    rec.source = int.from_bytes(d[0:4], "big")
    rec.timestamp = int.from_bytes(d[4:8], "big")
    rec.version = int.from_bytes(d[8:10], "big")
    rec.type, rec.flags = d[10], d[11]
    w = _W(d, ctx.opts)
    try:
        ok = _body(w, rec.type, length - 12, ctx.opts.verbose)
        if not ok:
            rec.stop = MALFORMED
    except Exception:           # Short, or anything else: never raise on packet bytes
        rec.stop = TRUNCATED
    rec.text = "".join(w.out)
    return rec


def _body(w: _W, t: int, ln: int, v: int) -> bool:
    """Write the message after the header (at 12, ``ln`` bytes); False: invalid."""
    o = w.out
    p = 12
    if t == 4:
        o.append(" wb-kill")
        return True
    if t not in _NAMES:
        o.append(f" wb-{t}!")
        return False
    o.append(f" {_NAMES[t]}:")
    if t == 1:                       # id: mslot, mpage, pgstate, id_offs, site name
        if ln < 28:
            return False
        ln -= 28
        o.append(f" {w.u(p + 12, 4)}/{w.ip(p + 16)}:{w.u(p + 20, 4)} "
                 f"(max {w.u(p, 4)}/{w.ip(p + 4)}:{w.u(p + 8, 4)}) ")
        w.need(p, 28)
        nid = w.u(p + 24, 2)
        if ln < 8 * nid:
            return False
        ln -= 8 * nid
        q = w.ids(p + 28, nid)
        o.append('> "')
        for _ in range(ln):
            b = w.u(q, 1)
            if b == 0:
                break
            o.append(char(b))
            q += 1
        o.append('"')
        return True
    if t == 2:                       # rreq
        if ln < 20:
            return False
        o.append(f" please repair {w.ip(p)} {w.ip(p + 4)}:{w.u(p + 8, 4)}"
                 f"<{w.u(p + 12, 4)}:{w.u(p + 16, 4)}>")
        return True
    if t == 5:                       # preq
        if ln < 16:
            return False
        o.append(f" need {w.u(p + 8, 4)}/{w.ip(p)}:{w.u(p + 4, 4)}")
        w.need(p, 16)
        return True
    if t == 7:                       # prep
        if ln < 4:
            return False
        n = w.u(p, 4)
        q = p + 4
        while n:
            o.append(f" {w.u(q, 4)}/{w.ip(q + 4)}:{w.u(q + 8, 4)}")
            w.need(q, 16)
            nid = w.u(q + 12, 1)
            q = w.ids(q + 16, nid)
            o.append(">")
            n -= 1
        return True
    # drawing operations (0) and repair replies (3): a page, then sequence numbers
    if t == 3:
        if ln < 20:
            return False
        o.append(f" for {w.ip(p)}")
        p += 4
    elif ln < 16:
        return False
    ss, es = w.u(p + 8, 4), w.u(p + 12, 4)
    o.append(f" {w.ip(p)}:{w.u(p + 4, 4)}<{ss}:{es}>")
    if v:
        _dops(w, p + 16, ss, es)
    return True


def _dops(w: _W, q: int, ss: int, es: int) -> None:
    o = w.out
    o.append(" <")
    while ss <= es:
        t = w.u(q + 7, 1)
        o.append(f" {_DOPS.get(t, f'dop-{t}!')}")
        if t in (14, 15):
            ts = w.u(q, 4)
            o.append(f"{(ts - ss + 1) & 0xFFFFFFFF}")
            if ss > ts or ts > es:
                o.append("[|]")
                if ts < ss:
                    return
            ss = ts
        q += (w.u(q + 4, 2) + 8 + 3) & ~3
        ss = (ss + 1) & 0xFFFFFFFF     # (tcpdump's counter wraps; the capture ends it)
    o.append(" >")


def format_wb(rec: WbRecord, ctx: Context) -> str:
    if rec.type < 0:
        return " (invalid)" if rec.stop == MALFORMED else " [|wb]"
    s = ("*" if rec.flags else "") + rec.text
    if rec.stop == MALFORMED:
        return s + " (invalid)"
    if rec.stop == TRUNCATED:
        return s + " [|wb]"
    return s
