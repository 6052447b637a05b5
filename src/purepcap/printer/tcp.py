"""TCP (RFC 9293) as tcpdump 4.99.3 prints it.

:func:`decode_tcp` reads the header (ports, sequence numbers, flags, window,
checksum, urgent pointer, the raw option bytes) and keeps the captured
payload; with ``-v`` it also verifies the checksum over the IPv4/IPv6
pseudo-header (``ctx.src_raw``/``ctx.dst_raw``), which only works when the
whole segment was captured.

:func:`format_tcp` writes the text that follows the chain walker's
``"10.0.0.1.80 > 10.0.0.2.4321: "``: ``Flags [S.], cksum ..., seq ..., ack
..., win ..., urg ..., options [...], length N`` and then, by port in
tcpdump's order of precedence, what tcpdump's application printers write:
the first line of a text protocol (HTTP, RTSP, FTP, SMTP, WHOIS; all lines
with ``-v``), the SSH version string, telnet option negotiation, Redis (RESP)
commands, ``": BGP"``/``", RPKI-RTR"`` (their ``-v`` details are not decoded
here), DNS through :mod:`purepcap.printer.dns` (``decode_dns_tcp`` /
``format_dns_tcp``, imported when first needed), and with ``-v`` the text
carried by a RST segment.  Ports whose printers are not written here
(OpenFlow, PPTP, LDP, NFS, NetBIOS, SMB, BEEP, MSDP) print nothing after
``length N``, where tcpdump would decode them.

What the walker prints before :func:`format_tcp` is :func:`tcp_addr_prefix`:
tcpdump prints the addresses and ports itself for TCP, and only
``"src > dst:"`` when fewer than 4 bytes (the ports) were captured.

Relative sequence numbers (what tcpdump prints without ``-S``): tcpdump keeps
one entry per connection, both directions sharing it.  The first segment
carrying ACK (or any segment carrying SYN and ACK) records the bases (its own
sequence number for its direction, its acknowledgement minus one for the
other) and prints absolute numbers; later segments with ACK print numbers
relative to those bases.  Segments without ACK are neither tracked nor
rebased.  The table lives in ``ctx.state["tcp"]``; unlike tcpdump's (which
never forgets) it is capped at :data:`MAX_FLOWS` connections, least recently
seen evicted first, so a long capture keeps a steady speed and size.
"""

from __future__ import annotations

import struct
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable, ClassVar

from ._base import MALFORMED, TRUNCATED, Context, Layer, stopped
from ._rtr import never_raising, printable

__all__ = ["TCP", "decode_tcp", "format_tcp", "tcp_addr_prefix", "inet_sum", "cksum_shouldbe",
           "pseudo_sum", "MAX_FLOWS", "FLAG_NAMES"]

_HDR = struct.Struct("!HHIIBBHHH")
_U16 = struct.Struct("!H")
_U32 = struct.Struct("!I")
_U64 = struct.Struct("!Q")
_M32 = 0xFFFFFFFF

FIN, SYN, RST, PSH, ACK, URG, ECE, CWR = 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80

#: connections remembered for relative sequence numbers (LRU beyond this)
MAX_FLOWS = 65536


def _flag_text(flags: int) -> str:
    letters = "".join(ch for bit, ch in ((FIN, "F"), (SYN, "S"), (RST, "R"), (PSH, "P"),
                                         (ACK, "."), (URG, "U"), (ECE, "E"), (CWR, "W"))
                      if flags & bit)
    return letters or "none"


#: "Flags [...]" text of every flag byte
FLAG_NAMES: tuple[str, ...] = tuple(f"Flags [{_flag_text(i)}]" for i in range(256))

_OPT_NAMES: dict[int, str] = {
    0: "eol", 1: "nop", 2: "mss", 3: "wscale", 4: "sackOK", 5: "sack", 6: "echo",
    7: "echoreply", 8: "TS", 11: "cc", 12: "ccnew", 13: "", 19: "md5", 20: "scps",
    28: "uto", 29: "tcp-ao", 30: "mptcp", 34: "tfo", 254: "exp",
}

# Options printed as fixed big-endian numbers: kind -> (field widths, text).
_FIXED_OPTS: dict[int, tuple[tuple[int, ...], str]] = {
    2: ((2,), " {}"), 3: ((1,), " {}"), 6: ((4,), " {}"), 7: ((4,), " {}"),
    8: ((4, 4), " val {} ecr {}"), 11: ((4,), " {}"), 12: ((4,), " {}"), 13: ((4,), " {}"),
    20: ((1, 1), " cap {:02x} id {}"),
}


# --- checksums (shared with icmp/icmp6) -------------------------------------

def inet_sum(data: bytes, initial: int = 0) -> int:
    """The 16-bit one's-complement sum of ``data`` (big-endian words, odd byte
    padded with zero) plus ``initial``; 0xffff rather than 0 for a non-zero sum."""
    if len(data) & 1:
        data = bytes(data) + b"\0"
    total = int.from_bytes(data, "big") + initial
    if total == 0:
        return 0
    r = total % 0xFFFF
    return r if r else 0xFFFF


def cksum_shouldbe(field: int, computed: int) -> int:
    """What the checksum field should hold, given its value and the checksum
    computed over the unit with that value in place (tcpdump's arithmetic)."""
    s = field + computed
    s = (s & 0xFFFF) + (s >> 16)
    s = (s & 0xFFFF) + (s >> 16)
    return s & 0xFFFF


def pseudo_sum(ctx: Context, proto: int, length: int) -> int | None:
    """Sum of the IPv4/IPv6 pseudo-header for ``proto`` and ``length`` (None if unknown).

    The destination is ``ctx.final_dst_raw`` when the context has one (IPv6 routing
    header, IPv4 source route: where the packet finally goes), else ``ctx.dst_raw``."""
    src = ctx.src_raw
    # the final destination when a routing header or source route names one
    # (tcpdump's ip6_finddst / ip_finddst); the walker fills ctx.cksum_dst
    dst = ctx.cksum_dst or getattr(ctx, "final_dst_raw", b"") or ctx.dst_raw
    if ctx.ip_version == 4 and len(src) == 4 and len(dst) == 4:
        return inet_sum(bytes(src) + bytes(dst), proto + length)
    if ctx.ip_version == 6 and len(src) == 16 and len(dst) == 16:
        return inet_sum(bytes(src) + bytes(dst), proto + (length >> 16) + (length & 0xFFFF))
    return None


# --- the record ---------------------------------------------------------------

@dataclass(slots=True)
class TCP(Layer):
    """One TCP segment (sport < 0: fewer than 4 bytes captured)."""

    proto: ClassVar[str] = "tcp"

    sport: int = -1
    dport: int = -1
    seq: int = 0
    ack: int = 0
    hlen: int = 0              # header length in bytes (data offset * 4)
    flags: int = 0
    win: int = 0
    cksum: int = 0
    urp: int = 0
    length: int = 0            # segment length (header + data) the IP layer states
    caplen: int = 0            # bytes of the segment captured
    options: bytes = b""       # captured option bytes
    payload: bytes = b""       # captured data bytes
    cksum_ok: bool | None = None   # None: not verified (not -v, -K, fragment, short capture)
    cksum_should: int = 0          # the right checksum when cksum_ok is False


def decode_tcp(data: bytes, length: int, ctx: Context) -> TCP:
    """Decode a TCP segment (``data`` captured bytes, ``length`` its length on the wire)."""
    if len(data) > length >= 0:
        data = data[:length]
    n = len(data)
    rec = TCP(length=length, caplen=n)
    if n < 4:
        return stopped(rec)
    rec.sport, rec.dport = data[0] << 8 | data[1], data[2] << 8 | data[3]
    ctx.sport, ctx.dport = rec.sport, rec.dport
    if n < 20:
        return stopped(rec)
    (_, _, rec.seq, rec.ack, offx2, rec.flags, rec.win, rec.cksum,
     rec.urp) = _HDR.unpack_from(data)
    hlen = rec.hlen = (offx2 >> 4) * 4
    if hlen < 20 or hlen > length:
        return stopped(rec, MALFORMED)
    rec.options = bytes(data[20:hlen])
    if n > hlen:
        rec.payload = bytes(data[hlen:])
    elif n < hlen:
        rec.stop = TRUNCATED
    opts = ctx.opts
    if (opts.verbose and not opts.no_checksum and n >= length
            and not ctx.fragment):
        ps = pseudo_sum(ctx, 6, length)
        if ps is not None:
            computed = 0xFFFF - inet_sum(bytes(data), ps)
            rec.cksum_ok = computed == 0
            if computed:
                rec.cksum_should = cksum_shouldbe(rec.cksum, computed)
    return rec


def tcp_addr_prefix(rec: TCP, ctx: Context, port_string: Callable[[int], str] = str) -> str:
    """What tcpdump prints before :func:`format_tcp`'s text: ``"src.sport > dst.dport: "``,
    or ``"src > dst:"`` (no space) when the ports were not captured."""
    if rec.sport < 0:
        return f"{ctx.src} > {ctx.dst}:"
    return f"{ctx.src}.{port_string(rec.sport)} > {ctx.dst}.{port_string(rec.dport)}: "


# --- relative sequence numbers ---------------------------------------------------

def _relative(rec: TCP, ctx: Context) -> tuple[int, int, int, int, bool]:
    """(seq, ack, thseq, thack, rev) as tcpdump computes them for an ACK segment."""
    return relative(ctx.state, ctx.src_raw, ctx.dst_raw, rec.sport, rec.dport,
                    rec.seq, rec.ack, rec.flags)


def relative(state: dict[str, Any], src: bytes, dst: bytes, sport: int, dport: int,
             seq: int, ack: int, flags: int) -> tuple[int, int, int, int, bool]:
    """(seq, ack, thseq, thack, rev) for an ACK segment of the connection (src, dst,
    sport, dport), updating the table in ``state["tcp"]`` (the text fast path and
    :func:`format_tcp` share it)."""
    # an OrderedDict: moving an entry to the end and dropping the oldest are O(1)
    # (a plain dict's first key is found by skipping the holes deletions leave,
    # which made a capture of many connections slow down as it went)
    table: OrderedDict[Any, list[int]] | None = state.get("tcp")
    if table is None:
        table = state["tcp"] = OrderedDict()
    if type(src) is not bytes:
        src = bytes(src)
    if type(dst) is not bytes:
        dst = bytes(dst)
    rev = sport > dport or (sport == dport and src > dst)
    key = (dst, src, dport, sport) if rev else (src, dst, sport, dport)
    # one lookup of the key (the parallel printer's watch counts them)
    ent = table.get(key)
    if ent is None or flags & SYN:
        ent = rebase(table, key, rev, seq, ack, ent)
        return seq, ack, ent[0], ent[1], rev
    table.move_to_end(key)
    if rev:
        return (seq - ent[1]) & _M32, (ack - ent[0]) & _M32, ent[0], ent[1], rev
    return (seq - ent[0]) & _M32, (ack - ent[1]) & _M32, ent[0], ent[1], rev


def rebase(table: "OrderedDict[Any, list[int]]", key: Any, rev: bool, seq: int, ack: int,
           ent: list[int] | None) -> list[int]:
    """The connection's new entry (its first segment seen, or a SYN: the numbers
    are printed as they are), replacing ``ent``, the one found, if any; the
    table's oldest entry makes room when it is full."""
    if ent is not None:
        del table[key]
    elif len(table) >= MAX_FLOWS:
        table.popitem(last=False)
    ent = [(ack - 1) & _M32, seq] if rev else [seq, (ack - 1) & _M32]
    table[key] = ent
    return ent


# --- options ------------------------------------------------------------------------

class _Bad(Exception):
    """An option contradicts its length: tcpdump prints "[bad opt]" and stops."""


class _Trunc(Exception):
    """The capture ends inside an option (tcpdump's ``goto trunc``)."""


class _Jump(Exception):
    """The capture ends where tcpdump reads without checking first (its longjmp)."""


def _lencheck(n: int, hlen: int, cp: int, cap: int) -> None:
    """tcpdump's LENCHECK: n option bytes must be left in the header and captured."""
    if n > hlen:
        raise _Bad
    if cp + n > cap:
        raise _Trunc


def _fastopen(cp: bytes, datalen: int, exp: bool) -> str:
    head = "tfo" if exp else ""
    if datalen == 0:
        return head + " cookiereq"
    if datalen % 2 or datalen < 4 or datalen > 16:
        return head + " (invalid)"
    return head + " cookie " + cp[:datalen].hex()


def _mptcp(opt: bytes, flags: int) -> tuple[str, bool]:
    """mptcp option text after "mptcp", and False when tcpdump calls it a bad option."""
    olen = len(opt)
    if olen < 3:
        return "", False
    sub = min(opt[2] >> 4, 8)
    head = f" {olen} " + ("capable", "join", "dss", "add-addr", "rem-addr", "prio", "fail",
                          "fast-close", "unknown")[sub]
    text = _mptcp_sub(opt, olen, sub, flags)
    if text is None:
        return head, False
    if text.endswith("\0"):
        return head + text[:-1], False
    return head + text, True


def _mptcp_sub(opt: bytes, olen: int, sub: int, flags: int) -> str | None:
    out = ""
    if sub == 0:
        if not (((olen == 12 or olen == 4) and flags & SYN)
                or ((olen == 20 or olen == 22) and (flags & (SYN | ACK)) == ACK)):
            return None
        version = opt[2] & 0xF
        if version > 1:
            return out + f" Unknown Version ({version})"
        out += f" v{version}"
        if opt[3] & 0x80:
            out += " csum"
        if olen == 12 or olen >= 20:
            out += " {0x%x" % _U64.unpack_from(opt, 4)[0]
            if olen >= 20:
                out += ",0x%x" % _U64.unpack_from(opt, 12)[0]
            out += "}"
        return out
    if sub == 1:
        if not ((olen == 12 and flags & SYN)
                or (olen == 16 and (flags & (SYN | ACK)) == (SYN | ACK))
                or (olen == 24 and flags & ACK)):
            return None
        if olen != 24:
            if opt[2] & 1:
                out += " backup"
            out += f" id {opt[3]}"
        if olen == 12:
            out += " token 0x%x nonce 0x%x" % (_U32.unpack_from(opt, 4)[0],
                                                _U32.unpack_from(opt, 8)[0])
        elif olen == 16:
            out += " hmac 0x%x nonce 0x%x" % (_U64.unpack_from(opt, 4)[0],
                                               _U32.unpack_from(opt, 12)[0])
        else:
            out += " hmac 0x" + opt[4:24].hex()
        return out
    if sub == 2:
        return _mptcp_dss(opt, olen, flags)
    if sub == 3:
        if olen not in (8, 10, 16, 18, 20, 22, 28, 30):
            return None
        out += " " + {6: "v0-ip6", 4: "v0-ip4", 1: "v1-echo", 0: "v1"}.get(
            opt[2] & 0xF, "[bad version/echo]")
        out += f" id {opt[3]}"
        # the address (IPv4 or IPv6), then a port (2 bytes) and/or an HMAC (8)
        end = 8 if olen < 20 else 20
        out += " " + (".".join(str(b) for b in opt[4:8]) if end == 8 else _ip6text(opt[4:20]))
        extra = olen - end
        if extra in (2, 10):
            out += f":{_U16.unpack_from(opt, end)[0]}"
            end += 2
        if extra >= 8:
            out += " hmac 0x%x" % _U64.unpack_from(opt, end)[0]
        return out
    if sub == 4:
        if olen < 4:
            return None
        return out + " id" + "".join(f" {b}" for b in opt[3:olen])
    if sub == 5:
        if olen not in (3, 4):
            return None
        out += " backup" if opt[2] & 1 else " non-backup"
        if olen == 4:
            out += f" id {opt[3]}"
        return out
    if sub == 6:
        return out + f" seq {_U64.unpack_from(opt, 4)[0]}" if olen == 12 else None
    if sub == 7:
        return out + " key 0x%x" % _U64.unpack_from(opt, 4)[0] if olen == 12 else None
    return out


def _mptcp_dss(opt: bytes, olen: int, flags: int) -> str | None:
    """mptcp dss; tcpdump prints as it goes, so a bad length keeps what came before
    (returned as text ending in "\0": bad option)."""
    if olen < 4 or flags & SYN:
        return None
    f = opt[3]
    out = " fin" if f & 0x10 else ""
    # (label, size, whether tcpdump prints the label before it checks the size)
    fields: list[tuple[str, int, bool]] = []
    if f & 0x01:
        fields.append((" ack ", 8 if f & 0x02 else 4, True))
    if f & 0x04:
        fields += [(" seq ", 8 if f & 0x08 else 4, True), (" subseq ", 4, False),
                   (" len ", 2, False)]
    p, rest = 4, olen - 4
    for label, size, eager in fields:
        if eager:
            out += label
        if rest < size:
            return out + "\0"
        out += ("" if eager else label) + str(int.from_bytes(opt[p:p + size], "big"))
        p, rest = p + size, rest - size
    if f & 0x04 and rest >= 2:
        out += " csum 0x%x" % _U16.unpack_from(opt, p)[0]
        rest -= 2
    return out if rest == 0 else out + "\0"


def _ip6text(b: bytes) -> str:
    from ._addr import ip6addr
    return ip6addr(b)


_NOP_NOP_TS = b"\x01\x01\x08\x0a"
_SACKOK_TS = b"\x04\x02\x08\x0a"


def _options_fast(raw: bytes) -> str | None:
    """The common, well-formed option lists (nop, eol, mss, wscale, sackOK, TS), fully
    captured; None for anything else (the general walk handles it)."""
    n = len(raw)
    if n == 12 and raw[:4] == _NOP_NOP_TS:
        return ", options [nop,nop,TS val %d ecr %d]" % _TS_PAIR.unpack_from(raw, 4)
    if n == 20 and raw[4:8] == _SACKOK_TS and raw[:2] == b"\x02\x04" and raw[16:19] == b"\x01\x03\x03":
        # a Linux SYN: mss, sackOK, TS, nop, wscale
        return ", options [mss %d,sackOK,TS val %d ecr %d,nop,wscale %d]" % (
            raw[2] << 8 | raw[3], *_TS_PAIR.unpack_from(raw, 8), raw[19])
    parts = []
    i, n = 0, len(raw)
    while i < n:
        k = raw[i]
        if k == 1:
            parts.append("nop")
            i += 1
            continue
        if k == 0:
            parts.append("eol")
            break
        if i + 1 >= n:
            return None
        ln = raw[i + 1]
        if k == 8 and ln == 10 and i + 10 <= n:
            parts.append("TS val %d ecr %d" % _TS_PAIR.unpack_from(raw, i + 2))
        elif k == 2 and ln == 4 and i + 4 <= n:
            parts.append(f"mss {raw[i + 2] << 8 | raw[i + 3]}")
        elif k == 4 and ln == 2:
            parts.append("sackOK")
        elif k == 3 and ln == 3 and i + 3 <= n:
            parts.append(f"wscale {raw[i + 2]}")
        else:
            return None
        i += ln
    return ", options [" + ",".join(parts) + "]"


_TS_PAIR = struct.Struct("!II")


def _options(rec: TCP, thseq: int, thack: int, rev: bool,
             datalen_after: int) -> tuple[str, str | None]:
    """(" options [...]" text, None) or (text so far, ending) when tcpdump stops early.

    ``ending`` is the whole tail tcpdump prints before giving up on the packet.
    """
    if len(rec.options) == rec.hlen - 20:
        fast = _options_fast(rec.options)
        if fast is not None:
            return fast, None
    raw = rec.options          # captured option bytes (may be short of hlen - 20)
    cap = len(raw)
    hlen = rec.hlen - 20
    flags = rec.flags
    out = [", options ["]
    add = out.append
    cp = 0
    ch = ""
    proto = "tcp"
    try:
        while hlen > 0:
            add(ch)
            if cp >= cap:
                raise _Jump
            opt = raw[cp]
            cp += 1
            if opt <= 1:
                olen = 1
            else:
                if cp >= cap:
                    raise _Jump
                olen = raw[cp]
                cp += 1
                if olen < 2 or olen > hlen:
                    raise _Bad
                hlen -= 1
            hlen -= 1
            datalen = 0
            name = _OPT_NAMES.get(opt)
            add(f"unknown-{opt}" if name is None else name)

            fixed = _FIXED_OPTS.get(opt)
            if fixed is not None:
                widths, template = fixed
                datalen = sum(widths)
                _lencheck(datalen, hlen, cp, cap)
                at, values = cp, []
                for width in widths:
                    values.append(int.from_bytes(raw[at:at + width], "big"))
                    at += width
                add(template.format(*values))
            elif opt == 5:
                datalen = olen - 2
                if datalen % 8:
                    add(" invalid sack")
                else:
                    add(f" {datalen // 8} ")
                    base = thseq if rev else thack
                    for i in range(0, datalen, 8):
                        _lencheck(i + 4, hlen, cp, cap)
                        s = _U32.unpack_from(raw, cp + i)[0]
                        _lencheck(i + 8, hlen, cp, cap)
                        e = _U32.unpack_from(raw, cp + i + 4)[0]
                        add(f"{{{(s - base) & _M32}:{(e - base) & _M32}}}")
            elif opt == 19:
                datalen = 16
                _lencheck(16, hlen, cp, cap)
                if len(rec.payload) < datalen_after:
                    add(" snaplen too short, can't check - ")
                else:
                    add(" shared secret not supplied with -M, can't check - ")
                add(raw[cp:cp + 16].hex())
            elif opt == 29:
                datalen = olen - 2
                if datalen < 2:
                    add(" (invalid)")
                else:
                    _lencheck(1, hlen, cp, cap)
                    add(f" keyid {raw[cp]}")
                    _lencheck(2, hlen, cp, cap)
                    add(f" rnextkeyid {raw[cp + 1]}")
                    if datalen > 2:
                        add(" mac 0x")
                        for i in range(2, datalen):
                            _lencheck(i + 1, hlen, cp, cap)
                            add(f"{raw[cp + i]:02x}")
            elif opt <= 1 or opt == 4:
                pass
            elif opt == 28:
                datalen = 2
                _lencheck(2, hlen, cp, cap)
                uto = raw[cp] << 8 | raw[cp + 1]
                add(f" 0x{uto:x} {(uto >> 1) * 60 if uto & 1 else uto >> 1}")
            elif opt == 30:
                datalen = olen - 2
                _lencheck(datalen, hlen, cp, cap)
                proto = "mptcp"
                text, good = _mptcp(raw[cp - 2:cp - 2 + olen], flags)
                add(text)
                if not good:
                    raise _Bad
            elif opt == 34:
                datalen = olen - 2
                _lencheck(datalen, hlen, cp, cap)
                add(" " + _fastopen(raw[cp:], datalen, False))
            elif opt == 254:
                datalen = olen - 2
                _lencheck(datalen, hlen, cp, cap)
                if datalen < 2:
                    raise _Bad
                magic = raw[cp] << 8 | raw[cp + 1]
                add("-")
                if magic == 0xF989:
                    add(_fastopen(raw[cp + 2:], datalen - 2, True))
                else:
                    add(f"{magic:04x}")
            else:
                datalen = olen - 2
                if datalen:
                    add(" 0x")
                for i in range(datalen):
                    _lencheck(i + 1, hlen, cp, cap)
                    add(f"{raw[cp + i]:02x}")
            cp += datalen
            hlen -= datalen
            datalen += 1 if opt <= 1 else 2
            if datalen != olen:
                add(f"[len {olen}]")
            ch = ","
            if opt == 0:
                break
    except _Bad:
        return "".join(out), "[bad opt]" + ("]" if ch else "")
    except _Trunc:
        return "".join(out), f" [|{proto}]" + (">" if ch else "")
    except _Jump:
        return "".join(out), f" [|{proto}]"
    add("]")
    return "".join(out), None


# --- payload printers -----------------------------------------------------------------

_PRINTABLE_MAP = bytes(0x61 if (0x20 <= i <= 0x7E or i == 9) else i for i in range(256))


def _txt_line(prefix: str, p: bytes, idx: int, length: int, name: str) -> tuple[str, int, bool]:
    """One text line from ``idx`` (tcpdump's print_txt_line): (text, next index or 0,
    capture ended: tcpdump stops the packet with " [|name]")."""
    cap = len(p)
    lim = min(length, cap)
    seg = p[idx:lim].translate(_PRINTABLE_MAP)
    pos = len(seg) - len(seg.lstrip(b"a"))
    end = idx + pos
    if pos < len(seg):
        c = p[end]
        if c == 10:
            return prefix + p[idx:end].decode("latin-1"), end + 1, False
        if c == 13:
            if end + 1 >= length:
                return "", 0, False
            if end + 1 >= cap:
                return "", 0, True
            if p[end + 1] == 10:
                return prefix + p[idx:end].decode("latin-1"), end + 2, False
        return "", 0, False
    if lim < length:        # the capture ended inside the line
        return "", 0, True
    return prefix + p[idx:end].decode("latin-1") + f" [|{name}]", 0, False


# token characters -> "a", white space -> " ", anything else -> "x"
_TOKEN_MAP = bytes(0x61 if 0x21 <= i <= 0x7E else 0x20 if i in (0x20, 0x09, 0x0D, 0x0A) else 0x78
                   for i in range(256))


def _fetch_token(p: bytes, idx: int, length: int) -> tuple[int, bytes]:
    """tcpdump's fetch_token: (index after the token and its trailing blanks, token);
    (0, b"") when there is no token of at most 128 printable characters."""
    lim = min(length, len(p))
    start = idx
    seg = p[start:min(lim, start + 129)].translate(_TOKEN_MAP)
    pos = len(seg) - len(seg.lstrip(b"a"))
    if pos == 0 or pos > 128:
        return 0, b""
    idx = start + pos
    if idx < lim:
        if seg[pos] != 0x20:
            return 0, b""
    elif idx < length:          # the capture ends inside the token
        return 0, b""
    tok = p[start:idx]
    while idx < lim and p[idx] == 0x20:   # a tab ends the blanks too (not printable)
        idx += 1
    return idx, tok


_HTTP_CMDS = frozenset(s.encode() for s in (
    "GET PUT COPY HEAD LOCK MOVE POLL POST BCOPY BMOVE MKCOL TRACE LABEL MERGE DELETE SEARCH "
    "UNLOCK REPORT UPDATE NOTIFY BDELETE CONNECT OPTIONS CHECKIN PROPFIND CHECKOUT CCM_POST "
    "SUBSCRIBE PROPPATCH BPROPFIND BPROPPATCH UNCHECKOUT MKACTIVITY MKWORKSPACE UNSUBSCRIBE "
    "RPC_CONNECT VERSION-CONTROL BASELINE-CONTROL").split())
_RTSP_CMDS = frozenset(s.encode() for s in (
    "DESCRIBE ANNOUNCE GET_PARAMETER OPTIONS PAUSE PLAY RECORD REDIRECT SETUP SET_PARAMETER "
    "TEARDOWN").split())


#: the text protocols (their commands for :func:`_txtproto`; None: any first line)
TEXT_COMMANDS: dict[str, frozenset[bytes] | None] = {
    "http": _HTTP_CMDS, "rtsp": _RTSP_CMDS, "smtp": None, "ftp": None, "whois": None}


def _txtproto(p: bytes, length: int, name: str, cmds: frozenset[bytes] | None, verbose: int) -> str:
    """tcpdump's txtproto_print: "HTTP: GET / HTTP/1.1" (after the caller's ": ")."""
    show = cmds is None
    if cmds is not None:
        idx, tok = _fetch_token(p, 0, length)
        if idx:
            if tok.upper() in cmds:
                show = True
            idx, tok = _fetch_token(p, idx, length)
            if idx and len(tok) == 3 and tok.isdigit():
                show = True
    out = name.upper()
    if not show:
        return out
    if verbose:
        parts = [out, f", length: {length}"]
        idx = 0
        while idx < length:
            text, idx, jump = _txt_line("\n\t", p, idx, length, name)
            parts.append(text)
            if jump:
                parts.append(f" [|{name}]")
            if not idx:
                break
        return "".join(parts)
    text, _, jump = _txt_line(": ", p, 0, length, name)
    return out + text + (f" [|{name}]" if jump else "")


def _ssh(p: bytes, length: int) -> str:
    cap = len(p)
    for i, c in enumerate(b"SSH-"):
        if i >= cap:
            return " [|ssh]"
        if p[i] != c:
            return ""
    idx = 4
    while idx < length:
        if idx >= cap:
            return " [|ssh]"
        c = p[idx]
        if c == 10:
            break
        if c == 13:
            if idx + 1 >= length:
                return ""
            if idx + 1 >= cap:
                return " [|ssh]"
            if p[idx + 1] == 10:
                break
            return ""
        if c < 0x20 or c > 0x7E:
            return ""
        idx += 1
    else:
        return ""
    return ": SSH: " + p[:idx].decode("latin-1")


def _rst_data(p: bytes, length: int) -> str:
    out = [" [RST" if len(p) >= length else " [!RST"]
    if length > 30:
        length = 30
        out.append("+")
    out.append(" ")
    for c in p[:length]:
        if c >= 0x80:
            c &= 0x7F
            out.append("M-")
        if c < 0x20 or c == 0x7F:
            c ^= 0x40
            out.append("^")
        out.append(chr(c))
    out.append("]")
    return "".join(out)


_TELCMDS = ("EOF", "SUSP", "ABORT", "EOR", "SE", "NOP", "DMARK", "BRK", "IP", "AO", "AYT", "EC",
            "EL", "GA", "SB", "WILL", "WONT", "DO", "DONT", "IAC")
_TELOPTS = (
    "BINARY", "ECHO", "RCP", "SUPPRESS GO AHEAD", "NAME", "STATUS", "TIMING MARK", "RCTE",
    "NAOL", "NAOP", "NAOCRD", "NAOHTS", "NAOHTD", "NAOFFD", "NAOVTS", "NAOVTD", "NAOLFD",
    "EXTEND ASCII", "LOGOUT", "BYTE MACRO", "DATA ENTRY TERMINAL", "SUPDUP", "SUPDUP OUTPUT",
    "SEND LOCATION", "TERMINAL TYPE", "END OF RECORD", "TACACS UID", "OUTPUT MARKING", "TTYLOC",
    "3270 REGIME", "X.3 PAD", "NAWS", "TSPEED", "LFLOW", "LINEMODE", "XDISPLOC", "OLD-ENVIRON",
    "AUTHENTICATION", "ENCRYPT", "NEW-ENVIRON")
_TEL_SUB: dict[int, tuple[tuple[str | None, ...], tuple[str | None, ...]]] = {
    37: (("IS", "SEND", "REPLY", "NAME"),
         ("NULL", "KERBEROS_V4", "KERBEROS_V5", "SPX", "MINK", "SRP", "RSA", "SSL", None, None,
          "LOKI", "SSA", "KEA_SJ", "KEA_SJ_INTEG", "DSS", "NTLM")),
    38: (("IS", "SUPPORT", "REPLY", "START", "END", "REQUEST-START", "REQUEST-END", "END_KEYID",
          "DEC_KEYID"),
         ("NULL", "DES_CFB64", "DES_OFB64", "DES3_CFB64", "DES3_OFB64", None, "CAST5_40_CFB64",
          "CAST5_40_OFB64", "CAST128_CFB64", "CAST128_OFB64")),
}
_TEL_CMDS: tuple[str | None, ...] = ("IS", "SEND", "INFO")


def _hexnum(x: int) -> str:
    """C's %#x (no prefix for zero)."""
    return f"{x:#x}" if x else "0"


def _str_or_id(x: int, table: tuple[str | None, ...]) -> str:
    name = table[x] if x < len(table) else None
    return name if name is not None else _hexnum(x)


class _TelnetStop(Exception):
    """The capture ends where tcpdump's telnet printer reads (its longjmp)."""


def _telnet_cmd(p: bytes, sp: int, length: int, out: list[str] | None) -> int:
    """One IAC command at ``sp`` (tcpdump's telnet_parse): its length, or -1."""
    cap = len(p)
    osp = sp

    def fetch() -> int:
        nonlocal sp, length
        if length < 1:
            raise _TelnetEnd
        if sp >= cap:
            raise _TelnetStop
        c = p[sp]
        sp += 1
        length -= 1
        return c

    try:
        if fetch() != 255:
            return -1
        c = fetch()
        if c == 255:
            if out is not None:
                out.append("IAC IAC")
            return sp - osp
        i = c - 236
        if i < 0 or i > 19:
            return -1
        if c in (250, 251, 252, 253, 254):
            x = fetch()
            if out is not None:
                out.append(f"{_TELCMDS[i]} {_TELOPTS[x] if x < 40 else _hexnum(x)}")
            if c != 250:
                return sp - osp
            q = sp
            while length > q + 1 - sp:
                if q + 1 >= cap:
                    raise _TelnetStop
                if p[q] == 255 and p[q + 1] == 240:
                    break
                q += 1
            if q >= cap:
                raise _TelnetStop
            if p[q] != 255:
                return -1
            tables = _TEL_SUB.get(x)
            if q > sp:
                y = fetch()
                if out is not None:
                    out.append(" " + _str_or_id(y, tables[0] if tables else _TEL_CMDS))
                if tables is not None and q > sp:
                    y = fetch()
                    if out is not None:
                        out.append(" " + _str_or_id(y, tables[1]))
            while q > sp:
                y = fetch()
                if out is not None:
                    out.append(" " + _hexnum(y))
            if out is not None:
                out.append(" SE")
            return sp + 2 - osp
        if out is not None:
            out.append(_TELCMDS[i])
        return sp - osp
    except _TelnetEnd:
        return -1


class _TelnetEnd(Exception):
    """The unit ends inside a command (tcpdump's pktend)."""


def _telnet(p: bytes, length: int) -> str:
    """Telnet option negotiation at the start of the data (tcpdump's telnet_print)."""
    out: list[str] = []
    first = True
    sp = 0
    try:
        while length > 0:
            if sp >= len(p):
                raise _TelnetStop
            if p[sp] != 255:
                break
            n = _telnet_cmd(p, sp, length, None)
            if n < 0:
                break
            out.append(" [telnet " if first else ", ")
            _telnet_cmd(p, sp, length, out)
            first = False
            sp += n
            length -= n
    except _TelnetStop:
        out.append(" [|telnet]")
        return "".join(out)
    if not first:
        out.append("]")
    return "".join(out)


class _RespStop(Exception):
    """tcpdump's RESP printer gives up (its trunc label, or a read past the capture)."""


class _Resp:
    """Redis serialization protocol (RESP), as tcpdump's resp_print prints it."""

    __slots__ = ("p", "cap", "out")

    def __init__(self, p: bytes) -> None:
        self.p = p
        self.cap = len(p)
        self.out: list[str] = []

    def get(self, i: int) -> int:
        if i >= self.cap:
            raise _RespStop
        return self.p[i]

    def segment(self, start: int, n: int) -> None:
        seg = self.p[start:start + n]
        self.out.append(' "' + printable(seg))
        if len(seg) < n:
            raise _RespStop
        self.out.append('"')

    def find_crlf(self, ptr: int, cur: int) -> tuple[int, int]:
        while True:
            if cur < 2 or ptr + 2 > self.cap:
                raise _RespStop
            if self.p[ptr] == 13 and self.p[ptr + 1] == 10:
                return ptr, cur
            ptr += 1
            cur -= 1

    def consume_cr_or_lf(self, ptr: int, cur: int) -> tuple[int, int]:
        found = False
        while True:
            if cur == 0 or ptr >= self.cap:
                if found:
                    return ptr, cur
                raise _RespStop
            if self.p[ptr] not in (13, 10):
                return ptr, cur
            found = True
            ptr += 1
            cur -= 1

    def get_length(self, ptr: int, n: int) -> tuple[int, int]:
        """(value or -2 truncated, -3 too large, -4 negative, -5 invalid; end)."""
        if n == 0:
            return -2, ptr
        neg = False
        if self.get(ptr) == 0x2D:
            neg = True
            ptr += 1
            n -= 1
        result = 0
        too_large = saw_digit = False
        while True:
            if n == 0:
                return -2, ptr
            c = self.get(ptr)
            if not 0x30 <= c <= 0x39:
                if not saw_digit:
                    return -5, ptr + 1
                break
            c -= 0x30
            if result > 214748364:
                too_large = True
            else:
                result *= 10
                if result == 2147483640 and c > 7:
                    too_large = True
                else:
                    result += c
            ptr += 1
            n -= 1
            saw_digit = True
        if self.get(ptr) != 13:
            return -5, ptr + 1
        ptr += 1
        n -= 1
        if n == 0:
            return -2, ptr
        if self.get(ptr) != 10:
            return -5, ptr + 1
        ptr += 1
        if neg:
            if too_large or result != 1:
                return -4, ptr
            return -1, ptr
        return (-3 if too_large else result), ptr

    def parse(self, pos: int, length: int) -> int:
        if length < 1:
            raise _RespStop
        op = self.get(pos)
        if op in (0x2B, 0x2D, 0x3A):          # + - :
            start = pos + 1
            ptr, _ = self.find_crlf(start, length - 1)
            self.segment(start, ptr - start)
            return 1 + (ptr - start) + 2
        if op == 0x24 or op == 0x2A:          # $ *
            ptr = pos + 1
            value, end = self.get_length(ptr, length - 1)
            cur = length - 1 - (end - ptr)
            ptr = end
            if op == 0x24 and value > 0:
                if cur < value or ptr + value > self.cap:
                    raise _RespStop
                self.segment(ptr, value)
                ptr += value
                cur -= value
            if op == 0x24 and value >= 0:
                if value == 0:
                    self.out.append(" empty")
                ptr, cur = self.find_crlf(ptr, cur)
                return length - (cur - 2)
            if op == 0x2A and value > 0:
                for _ in range(value):
                    used = self.parse(ptr, cur)
                    ptr += used
                    cur -= used
                return length - cur
            if value == 0:
                self.out.append(" empty")
            elif value == -1:
                self.out.append(" null")
            elif value == -2:
                raise _RespStop
            elif value == -3:
                self.out.append(" length too large")
            elif value == -4:
                self.out.append(" length negative and not -1")
            else:
                self.out.append(" invalid")
            return length - cur
        ptr, cur = self.consume_cr_or_lf(pos, length)
        start = ptr
        while True:
            if cur < 1:
                raise _RespStop
            if self.get(ptr) in (13, 10):
                break
            ptr += 1
            cur -= 1
        self.segment(start, ptr - start)
        ptr, cur = self.consume_cr_or_lf(ptr, cur)
        return length - cur


def _resp(p: bytes, length: int) -> str:
    r = _Resp(p)
    r.out.append(": RESP")
    pos = 0
    try:
        while length > 0:          # pipelined commands: parse until the data is used up
            used = r.parse(pos, length)
            pos += used
            length -= used
    except (_RespStop, RecursionError):
        r.out.append(" [|resp]")
    return "".join(r.out)


# ports in tcpdump's order of precedence; None: tcpdump decodes it, we print nothing more
_APP_PORTS: tuple[tuple[tuple[int, ...], str | tuple[str, str] | None], ...] = (
    ((23,), "telnet"),
    ((25,), "smtp"),
    ((43,), "whois"),
    ((179,), ("bgp", "bgp")),
    ((1723,), ("pptp", "pptp")),
    ((6379,), "resp"),       # redis
    ((22,), "ssh"),
    ((139,), ("smb", "nbt_session")),   # netbios-ssn: a record, no text (smb.py)
    ((445,), ("smb", "smb_tcp")),       # smb: a record, no text
    ((10288,), None),        # beep
    ((6633, 6653), ("openflow", "openflow")),
    ((21,), "ftp"),
    ((80, 8080), "http"),
    ((554, 8554), "rtsp"),
    ((53,), "domain"),
    ((639,), None),          # msdp
    ((323,), "rpki-rtr"),
    ((646,), ("ldp", "ldp")),
    ((2049,), ("nfs", "nfs_tcp")),   # after the record mark: an RPC call to it, a reply from it
)


#: port -> index in _APP_PORTS of its first entry (the lower index wins)
_APP_INDEX: dict[int, int] = {}
for _i, (_ports, _name) in enumerate(_APP_PORTS):
    for _p in _ports:
        _APP_INDEX.setdefault(_p, _i)
_NONE = len(_APP_PORTS)


def app_name(sport: int, dport: int) -> Any:
    """The application (a name, a (module, name) pair, or None) tcpdump picks for the
    ports; None also when no entry matches."""
    idx = _APP_INDEX
    i = idx.get(sport, _NONE)
    j = idx.get(dport, _NONE)
    if j < i:
        i = j
    return _APP_PORTS[i][1] if i < _NONE else None


def _app(rec: TCP, length: int, ctx: Context) -> str:
    return app_text(rec.sport, rec.dport, rec.payload, length, ctx)


def app_record(rec: TCP, ctx: Context) -> Layer | None:
    """The record of the application unit a segment carries, for the protocols
    whose printers make records (DNS, BGP, LDP...); None for the others, for a
    segment without data, and where tcpdump would not print the payload (a
    RST's data with ``-v``, a header longer than what was captured)."""
    length = rec.length - rec.hlen
    if rec.stop is not None or length <= 0 or not rec.payload or rec.caplen < rec.hlen:
        return None
    if rec.flags & RST and ctx.opts.verbose:
        return None
    forced = ctx.opts.forced
    target = ("dns", "dns_tcp") if forced == "domain" else None if forced else \
        app_name(rec.sport, rec.dport)
    if target == "domain":
        target = ("dns", "dns_tcp")
    if target is None or isinstance(target, str):
        return None
    from ._walk import external
    funcs = external(*target)
    if funcs is None:
        return None
    try:
        app: Layer = funcs[0](rec.payload, length, ctx)
    except Exception:      # the text path's guard: a record that can't be made is left out
        return None
    return app


def app_text(sport: int, dport: int, p: bytes, length: int, ctx: Context) -> str:
    """What tcpdump's application printers write after ``length N`` (``p``: the
    captured payload, ``length``: the payload's length on the wire)."""
    forced = ctx.opts.forced
    if forced:
        # -T: tcpdump's TCP printer hands the data to that type's printer (domain,
        # resp, zmtp1), whatever the ports, and to none for the other types
        if forced == "domain":
            return _external(("dns", "dns_tcp"), p, length, ctx)
        if forced == "resp":
            return _resp(p, length)
        return ""
    name = app_name(sport, dport)
    if name is None:
        return ""
    if not isinstance(name, str):
        return _external(name, p, length, ctx)
    verbose = ctx.opts.verbose
    if name == "http":
        return ": " + _txtproto(p, length, name, _HTTP_CMDS, verbose)
    if name == "rtsp":
        return ": " + _txtproto(p, length, name, _RTSP_CMDS, verbose)
    if name in ("smtp", "ftp", "whois"):
        return ": " + _txtproto(p, length, name, None, verbose)
    if name == "ssh":
        return _ssh(p, length)
    if name == "resp":
        return _resp(p, length)
    if name == "telnet":
        return _telnet(p, length)
    if name == "rpki-rtr":
        return ", RPKI-RTR" if not verbose else ""
    if name == "domain":
        return _external(("dns", "dns_tcp"), p, length, ctx)
    return ""


def _external(target: tuple[str, str], p: bytes, length: int, ctx: Context) -> str:
    """An application printer of another module (a ``(module, name)`` entry)."""
    from ._walk import external
    funcs = external(*target)
    if funcs is None:
        return ""
    try:
        dec, fmt = funcs
        return str(fmt(dec(p, length, ctx), ctx))
    except Exception:      # a helper's failure must not cost the TCP line
        return ""


# --- the formatter ----------------------------------------------------------------------

def _format(rec: TCP, ctx: Context) -> str:
    """tcpdump's text for the segment, from ``"Flags ["`` (see :func:`tcp_addr_prefix`)."""
    if rec.caplen < 20:
        return " [|tcp]"
    opts = ctx.opts
    hlen = rec.hlen
    length = rec.length
    if hlen < 20:
        return f" tcp {(length - hlen) & _M32} [bad hdr length {hlen} - too short, < 20]"
    if opts.quiet:
        out = f"tcp {(length - hlen) & _M32}"
        if hlen > length:
            out += f" [bad hdr length {hlen} - too long, > {length}]"
        return out
    flags = rec.flags
    parts = [FLAG_NAMES[flags]]
    add = parts.append
    seq, ack = rec.seq, rec.ack
    thseq = thack = 0
    rev = False
    if flags & ACK and not opts.absolute_seq:
        seq, ack, thseq, thack, rev = _relative(rec, ctx)
    if hlen > length:
        add(f" [bad hdr length {hlen} - too long, > {length}]")
        return "".join(parts)
    if rec.cksum_ok is not None:
        if rec.cksum_ok:
            add(f", cksum 0x{rec.cksum:04x} (correct)")
        else:
            add(f", cksum 0x{rec.cksum:04x} (incorrect -> 0x{rec.cksum_should:04x})")
    length -= hlen
    if length > 0:
        add(f", seq {seq}:{(seq + length) & _M32}")
    elif opts.verbose > 1 or flags & (SYN | FIN | RST):
        add(f", seq {seq}")
    if flags & ACK:
        add(f", ack {ack}")
    add(f", win {rec.win}")
    if flags & URG:
        add(f", urg {rec.urp}")
    proto = "tcp"
    if hlen > 20:
        text, ending = _options(rec, thseq, thack, rev, length)
        add(text)
        if ending is not None:
            add(ending)
            return "".join(parts)
        if "mptcp" in text:     # tcpdump's mptcp printer renames the truncation marker
            proto = "mptcp"
    add(f", length {length}")
    if length == 0:
        return "".join(parts)
    if rec.caplen < hlen:
        add(f" [remaining caplen({rec.caplen}) < header length({hlen})] [|{proto}]")
        return "".join(parts)
    if flags & RST and opts.verbose:
        add(_rst_data(rec.payload, length))
    else:
        add(_app(rec, length, ctx))
    return "".join(parts)


format_tcp = never_raising(_format, " [|tcp]")
