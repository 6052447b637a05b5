"""PGM (RFC 3208): IP protocol 113.

After the IP addresses tcpdump writes them again with the ports
(``src.sport > dst.dport: PGM, length N``); with ``-v`` the global source id,
the packet type with its fields (SPM, POLL, POLR, ODATA, RDATA, NAK, NNAK,
NCF, ACK, SPMR), the options and the IP payload's length in brackets.

The record keeps the fixed header; the type-specific part and the options
are read by the formatter from the captured bytes (`` [|pgm]`` where the
capture ends inside them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._addr import ip6addr, ip6addr_string, ipaddr, ipaddr_string, tcpport_string
from ._base import TRUNCATED, Context, Layer
from ._bytes import Reader
from ._items import Short

__all__ = ["PgmRecord", "decode_pgm", "format_pgm"]

TRUNC = " [|pgm]"
_SPM, _POLL, _POLR, _ODATA, _RDATA, _NAK, _NNAK, _NCF, _ACK, _SPMR = 0, 1, 2, 4, 5, 8, 9, 10, 11, 12
# options of a fixed length: (name in tcpdump's complaint, length, text before the values)
_FIXED: dict[int, tuple[str, int, str]] = {
    0x01: ("FRAGMENT", 16, " FRAG seq {} off {} len {}"), 0x03: ("JOIN", 8, " JOIN {}"),
    0x04: ("NAK_BO_IVL", 12, " BACKOFF ivl {} ivlseq {}"),
    0x05: ("NAK_BO_RNG", 12, " BACKOFF max {} min {}"),
    0x08: ("PARITY_PRM", 8, " PARITY MAXTGS {}"), 0x09: ("PARITY_GRP", 8, " PARITY GROUP {}"),
    0x0A: ("CURR_TGSIZE", 8, " PARITY ATGS {}"), 0x0B: ("NBR_UNREACH", 4, " NBR_UNREACH"),
    0x0D: ("SYN", 4, " SYN"), 0x0E: ("FIN", 4, " FIN"), 0x0F: ("RST", 4, " RST"),
    0x11: ("CRQST", 4, " CRQST"),
}
# options naming an address after a fixed part: (complaint names, fixed length, text)
_WITH_NLA: dict[int, tuple[str, str, int, str]] = {
    0x07: ("OPT_REDIRECT", "OPT_REDIRECT", 8, " REDIRECT {}"),
    0x12: ("OPT_PGMCC_DATA", "OPT_PGMCC_DATA", 12, " PGMCC DATA {} {}"),
    0x13: ("PGM_OPT_PGMCC_FEEDBACK", "OPT_PGMCC_FEEDBACK", 12, " PGMCC FEEDBACK {} {}"),
}


@dataclass(slots=True)
class PgmRecord(Layer):
    """A PGM header; ``data`` holds the captured bytes."""

    proto = "pgm"

    length: int = 0            # the IP payload's length
    sport: int = -1
    dport: int = -1
    type: int = -1
    options: int = 0
    gsid: bytes = b""
    tsdu_length: int = -1
    data: bytes = field(default=b"", repr=False)


def decode_pgm(data: bytes, length: int, ctx: Context) -> PgmRecord:
    rec = PgmRecord(length=length, data=bytes(data))
    d = rec.data
    if len(d) >= 4:
        rec.sport, rec.dport = int.from_bytes(d[:2], "big"), int.from_bytes(d[2:4], "big")
    if len(d) < 16:
        rec.stop = TRUNCATED
        return rec
    rec.type, rec.options, rec.gsid = d[4], d[5], d[8:14]
    rec.tsdu_length = int.from_bytes(d[14:16], "big")
    return rec


def format_pgm(rec: PgmRecord, ctx: Context) -> str:
    o = ctx.opts
    six = ctx.ip_version == 6
    host = ip6addr_string if six else ipaddr_string
    src, dst = host(ctx.src_raw, o), host(ctx.dst_raw, o)
    if rec.sport < 0:
        return f"{src} > {dst}:{TRUNC}"
    sp, dp = tcpport_string(rec.sport, o), tcpport_string(rec.dport, o)
    head = f"{src}.{sp} > {dst}.{dp}: " if ctx.ipproto == 113 else f"{sp} > {dp}: "
    if rec.type < 0:
        return head + TRUNC
    out = [head, f"PGM, length {rec.tsdu_length}"]
    if not o.verbose:
        return "".join(out)
    out.append(f" 0x{rec.gsid.hex()} ")
    f = _Fmt(rec.data, out)
    try:
        if f.body(rec):
            out.append(f" [{rec.length}]")
    except Short:
        out.append(TRUNC)
    return "".join(out)


class _Fmt(Reader):
    def __init__(self, data: bytes, out: list[str]) -> None:
        super().__init__(data)
        self.out = out

    def nla(self, afi_at: int, addr_at: int) -> tuple[str, int]:
        """An NLA by its address family: (text, offset after it)."""
        afi = self.u(afi_at, 2)
        if afi == 1:
            return ipaddr(self.raw(addr_at, 4)), addr_at + 4
        if afi == 2:
            return ip6addr(self.raw(addr_at, 16)), addr_at + 16
        raise Short

    def body(self, rec: PgmRecord) -> bool:
        """The type's fields and the options; False where tcpdump stops before the length."""
        put = self.out.append
        u = self.u
        t = rec.type
        bp = 0          # SPMR and unknown types: tcpdump reads options from the header on
        if t == _SPM:
            self.need(16, 16)
            nla, bp = self.nla(28, 32)
            put(f"SPM seq {u(16, 4)} trail {u(20, 4)} lead {u(24, 4)} nla {nla}")
        elif t == _POLL:
            self.need(16, 12)
            nla, bp = self.nla(24, 28)
            put(f"POLL seq {u(16, 4)} round {u(20, 2)} nla {nla} ivl {u(bp, 4)} "
                f"rnd 0x{u(bp + 4, 4):08x} mask 0x{u(bp + 8, 4):08x}")
            bp += 12
        elif t == _POLR:
            self.need(16, 8)
            put(f"POLR seq {u(16, 4)} round {u(20, 2)}")
            bp = 24
        elif t in (_ODATA, _RDATA):
            self.need(16, 8)
            put(f"{'ODATA' if t == _ODATA else 'RDATA'} trail {u(20, 4)} seq {u(16, 4)}")
            bp = 24
        elif t in (_NAK, _NNAK, _NCF):
            self.need(16, 8)
            source, bp = self.nla(20, 24)
            group, bp = self.nla(bp + 4, bp + 4)
            put(f"{ {_NAK: 'NAK', _NNAK: 'NNAK', _NCF: 'NCF'}[t]} ({source} -> {group}), "
                f"seq {u(16, 4)}")
        elif t == _ACK:
            self.need(16, 8)
            put(f"ACK seq {u(16, 4)}")
            bp = 24
        elif t == _SPMR:
            put("SPMR")
        else:
            put(f"UNKNOWN type 0x{t:02x}")
        if rec.options & 0x01:
            return self.options(bp)
        return True

    def options(self, bp: int) -> bool:
        put = self.out.append
        u = self.u
        self.need(bp, 4)
        first, flen = u(bp, 1), u(bp + 1, 1)
        if first & 0x7F:
            put(f"[First option bad, should be PGM_OPT_LENGTH, is {first & 0x7F}]")
            return False
        if flen != 4:
            put(f"[Bad OPT_LENGTH option, length {flen} != 4]")
            return False
        total = u(bp + 2, 2)
        if total < 4:
            put(f"[Bad total option length {total} < 4]")
            return False
        put(f" OPTS LEN {total}")
        left = total - 4
        bp += 4
        while left:
            if left < 4:
                put("[Total option length leaves no room for final option]")
                return False
            otype, olen = u(bp, 1), u(bp + 1, 1)
            bp += 2
            if olen < 4:
                put(f"[Bad option, length {olen} < 4]")
                break
            if left < olen:
                put("[Total option length leaves no room for final option]")
                return False
            self.need(bp, olen - 2)
            kind = otype & 0x7F
            used = self.option(kind, otype, bp, olen)
            if used is None:
                return False
            bp, taken = used
            left = (left - taken) & 0xFFFFFFFF
            if otype & 0x80:
                break
        return True

    def option(self, kind: int, otype: int, bp: int, olen: int) -> tuple[int, int] | None:
        """One option after its type and length: (offset after it, octets it takes off
        the options' total); None where tcpdump stops."""
        put = self.out.append
        u = self.u
        if kind == 0x00:
            if olen != 4:
                put(f"[Bad OPT_LENGTH option, length {olen} != 4]")
                return None
            put(f" OPTS LEN (extra?) {u(bp, 2)}")
            return bp + 2, 4
        fixed = _FIXED.get(kind)
        if fixed is not None:
            name, size, text = fixed
            if olen != size:
                put(f"[Bad OPT_{name} option, length {olen} != {size}]")
                return None
            put(text.format(*[u(bp + 2 + 4 * i, 4) for i in range((size - 4) // 4)]))
            return bp + size - 2, size
        if kind == 0x02:
            put(" NAK LIST")
            bp += 2
            n, taken = olen - 4, 0
            while n:
                if n < 4:
                    put("[Option length not a multiple of 4]")
                    return None
                put(f" {u(bp, 4)}")
                bp += 4
                n -= 4
                taken += 4
            return bp, taken
        nla = _WITH_NLA.get(kind)
        if nla is not None:
            short_name, bad_name, size, text = nla
            if olen < size:
                put(f"[Bad {short_name} option, length {olen} < {size}]")
                return None
            values: list[object] = []
            if size == 12:
                values.append(u(bp + 2, 4))
            afi_at = bp + size - 6
            addr_size = {1: 4, 2: 16}.get(u(afi_at, 2))
            if addr_size is None:
                raise Short
            if olen != size + addr_size:
                put(f"[Bad {bad_name} option, length {olen} != {size} + address size]")
                return None
            addr, end = self.nla(afi_at, afi_at + 4)
            values.append(addr)
            put(text.format(*values))
            return end, size + addr_size
        if kind in (0x0C, 0x10):
            put(f" PATH_NLA [{olen}]" if kind == 0x0C else " CR")
            return bp + olen, olen
        put(f" OPT_{otype:02X} [{olen}] ")
        return bp + olen, olen
