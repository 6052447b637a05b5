"""SLIP (DLT_SLIP, 8), as tcpdump 4.99.3 prints it.

A 16-octet pseudo-header (direction, then the first octets of the link
header: the compressed-TCP header when the packet was compressed) precedes
the IP packet.  Without ``-e`` only the IP packet prints (``ip v3`` for an
IP version other than 4 or 6); with ``-e`` the direction (``I``/``O``) and
the packet type first: ``ip 100: ``, ``utcp 3: `` or Van Jacobson
compressed-TCP changes (``ctcp 3 *SA+512 (9): ``).  tcpdump remembers, per
direction and connection, the data length of the last packet (``*SA+N``):
kept in ``ctx.state["slip"]``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._base import TRUNCATED, Context, Layer

__all__ = ["SlipRecord", "decode_slip", "format_slip"]

HDRLEN = 16
_TYPE_IP, _TYPE_UNCOMPRESSED_TCP, _TYPE_COMPRESSED_TCP = 0x40, 0x70, 0x80
_NEW_C, _NEW_I, _NEW_S, _NEW_A, _NEW_W, _NEW_U = 0x40, 0x20, 0x08, 0x04, 0x02, 0x01
_SPECIALS_MASK, _SPECIAL_I, _SPECIAL_D = 0x0F, 0x0B, 0x0F


@dataclass(slots=True)
class SlipRecord(Layer, proto="slip"):
    length: int = 0               # the frame's length on the wire
    direction: int = -1           # 0 in, 1 out
    chdr: int = -1                # the link header's first octet (packet type)
    version: int = -1             # the IP version nibble of the packet
    link_text: str = ""           # what -e prints (direction, type, compressed header)
    ll_hdr_len: int = 0           # the octets tcpdump's -x/-X/-A skip


def _tcp_hlen(d: bytes) -> int:
    """The uncompressed IP + TCP header length in 32-bit words (IndexError when
    the capture cuts the headers)."""
    if len(d) < HDRLEN + 20:
        raise IndexError
    h = d[HDRLEN] & 0x0F
    toff = HDRLEN + h * 4
    if len(d) < toff + 20:
        raise IndexError
    return h + (d[toff + 12] >> 4)


def _link(d: bytes, length: int, state: dict[str, object], out: list[str]) -> None:
    """tcpdump's sliplink_print: its text added to ``out`` (IndexError where the
    capture ends), the last data lengths updated."""
    last: dict[tuple[int, int], int] = state.setdefault("last", {})  # type: ignore[assignment]
    dirv = d[0]
    if dirv == 0:
        out.append("I ")
    elif dirv == 1:
        out.append("O ")
    else:
        out.append(f"Invalid direction {dirv} ")
        dirv = -1
    c = d[1]
    if c & 0xF0 == _TYPE_IP:
        out.append(f"ip {length + HDRLEN}: ")
        return
    if c & 0xF0 == _TYPE_UNCOMPRESSED_TCP:
        conn = d[1 + 9]
        state["lastconn"] = conn
        out.append(f"utcp {conn}: ")
        if dirv == -1:
            return
        last[(dirv, conn)] = (length - (_tcp_hlen(d) << 2)) & 0xFFFFFFFF
        return
    if dirv == -1:
        return
    if not c & _TYPE_COMPRESSED_TCP:
        out.append(f"slip-{c}!: ")
        return
    cp = 2
    flags = c
    conn = int(state.get("lastconn", 255))  # type: ignore[call-overload]
    if flags & _NEW_C:
        conn = d[cp]
        state["lastconn"] = conn
        cp += 1
        out.append(f"ctcp {conn}")
    else:
        out.append("ctcp *")
    cp += 2

    def change(name: str, cp: int, signed: bool = False) -> int:
        i = d[cp]
        if i == 0:
            i = int.from_bytes(d[cp + 1:cp + 3], "big", signed=signed) \
                if cp + 3 <= len(d) else d[cp + 3]
            cp += 3
        # (tcpdump moves past a one-octet change only in its three-octet form)
        out.append(f" {name[:-1] if i < 0 else name}{i}")
        return cp

    sp = flags & _SPECIALS_MASK
    if sp == _SPECIAL_I:
        out.append(f" *SA+{last.get((dirv, conn), 0)}")
    elif sp == _SPECIAL_D:
        out.append(f" *S+{last.get((dirv, conn), 0)}")
    else:
        if flags & _NEW_U:
            cp = change("U=", cp)
        if flags & _NEW_W:
            cp = change("W+", cp, signed=True)
        if flags & _NEW_A:
            cp = change("A+", cp)
        if flags & _NEW_S:
            cp = change("S+", cp)
    if flags & _NEW_I:
        cp = change("I+", cp)
    n = (length - (_tcp_hlen(d) << 2)) & 0xFFFFFFFF
    last[(dirv, conn)] = n
    out.append(f" {n} ({cp - 1}): ")


def decode_slip(data: bytes, length: int, ctx: Context) -> SlipRecord:
    rec = SlipRecord(length=length)
    d = bytes(data)
    if len(d) < HDRLEN:
        rec.stop = TRUNCATED
        return rec
    rec.direction, rec.chdr = d[0], d[1]
    rec.ll_hdr_len = HDRLEN
    n = length - HDRLEN
    if ctx.opts.link_header:
        state = ctx.state.setdefault("slip", {})
        out: list[str] = []
        try:
            _link(d, n, state, out)
        except IndexError:      # the capture ended inside what -e prints
            rec.link_text = "".join(out)
            rec.stop = TRUNCATED
            rec.ll_hdr_len = 0  # tcpdump gave up inside its printer: -x dumps it all
            return rec
        rec.link_text = "".join(out)
    if len(d) <= HDRLEN:
        rec.stop = TRUNCATED
        rec.ll_hdr_len = 0
        return rec
    rec.version = d[HDRLEN] >> 4
    if rec.version == 4:
        rec.inner = ("ethertype", 0x0800, HDRLEN)
    elif rec.version == 6:
        rec.inner = ("ethertype", 0x86DD, HDRLEN)
    return rec


def format_slip(rec: SlipRecord, ctx: Context) -> str:
    if rec.stop == TRUNCATED:
        return rec.link_text + " [|slip]"
    out = rec.link_text
    if rec.inner is None:
        out += f"ip v{rec.version}"
    return out
