"""Novell IPX: ethertype 0x8137 and 802.2 LLC SAP 0xe0.

``"IPX net.node.socket > net.node.socket: "`` then the destination socket's
protocol: SAP (service advertisements), RIP (routes), or the socket's name
and the payload length (NCP, NetBIOS, diagnostics, NWLink).  Over Ethernet II
tcpdump writes ``"(NOV-ETHII) "`` first; with ``-e`` the ``"IPX "`` is left out
(the link header names the type), over 802.2 it is ``"IPX 802.2: "`` instead.
SAP service types print as 4 hex digits (the names tcpdump shows without
``-n`` are not in this module).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._addr import etheraddr
from ._base import UNKNOWN, Context
from ._items import Cursor, ItemsLayer, printable, render, run
from .udld import nul_terminated

__all__ = ["IpxRecord", "decode_ipx", "format_ipx", "decode_ipx_llc", "format_ipx_llc",
           "decode_ipx_raw", "format_ipx_raw"]

_SOCKETS = {0x0451: "ipx-ncp", 0x0455: "ipx-netbios", 0x0456: "ipx-diags",
            0x0553: "ipx-nwlink-dgm"}


def _addr(net: int, node: bytes) -> str:
    return f"{net:08x}.{etheraddr(node)}"


_TEXT: dict[str, Any] = {
    "text": "{}",
    "src": lambda v: f"{_addr(v[0], v[1])}.{v[2]:04x} > ",
    "dst": lambda v: f"{_addr(v[0], v[1])}.{v[2]:04x}: ",
    "socket": lambda v: f"{_SOCKETS[v[0]]} {v[1]}" if v[0] in _SOCKETS
    else f"ipx-#{v[0]:x} {v[1]}",
    "service": " {:04x} '",
    "name": "{}'",
    "addr": lambda v: f" addr {_addr(v[0], v[1])}",
    "route": lambda v: f" {v[0]:08x}/{v[1]}.{v[2]}",
}


@dataclass(slots=True)
class IpxRecord(ItemsLayer, proto="ipx"):
    llc: bool = False
    raw8023: bool = False     # "Novell raw" 802.3: no LLC header, the unit starts 0xffff


def _command(c: Cursor, n: int) -> int:
    """The 2-byte command opening a SAP or RIP unit of ``n`` bytes (-1, noted
    as invalid, when the unit is shorter)."""
    cmd = c.take(2)
    if n < 2:
        c.items.append(("text", f" [length {n} < 2]"))
        c.items.append(("invalid", None))
        return -1
    return cmd


def _sap(c: Cursor, cmd: int, n: int) -> None:
    """A SAP unit after its command ``cmd``, ``n`` bytes left."""
    t = c.items
    if cmd in (1, 3):
        t.append(("text", "ipx-sap-req" if cmd == 1 else "ipx-sap-nearest-req"))
        t.append(("text", f" {c.peek(2):04x}"))
        return None
    if cmd not in (2, 4):
        return t.append(("text", f"ipx-sap-?{cmd:x}"))
    t.append(("text", "ipx-sap-resp" if cmd == 2 else "ipx-sap-nearest-resp"))
    for _ in range(8):
        if not n:
            break
        c.need(2)
        if n < 2:
            return t.append(("invalid", None))
        t.append(("service", c.take(2)))
        n -= 2
        if n < 48:
            t.append(("text", "'"))
            return t.append(("invalid", None))
        t.append(("name", printable(nul_terminated(c, 48, "text", True))))
        c.skip(48)
        n -= 48
        c.need(10)
        if n < 10:
            return t.append(("invalid", None))
        t.append(("addr", (c.peek(4), bytes(c.data[c.pos + 4:c.pos + 10]))))
        c.skip(10)
        n -= 10
        c.need(4)
        if n < 4:
            return t.append(("invalid", None))
        c.skip(4)
        n -= 4
    return None


def _rip(c: Cursor, cmd: int, n: int) -> None:
    """A RIP unit after its command ``cmd``, ``n`` bytes left."""
    t = c.items
    if cmd == 1:
        t.append(("text", "ipx-rip-req"))
        if n:
            if n < 8:
                return t.append(("invalid", None))
            t.append(("route", (c.peek(4), c.peek(2, c.pos + 4), c.peek(2, c.pos + 6))))
        return None
    if cmd != 2:
        return t.append(("text", f"ipx-rip-?{cmd:x}"))
    t.append(("text", "ipx-rip-resp"))
    for _ in range(50):
        if not n:
            break
        if n < 8:
            return t.append(("invalid", None))
        t.append(("route", (c.peek(4), c.peek(2, c.pos + 4), c.peek(2, c.pos + 6))))
        c.skip(8)
        n -= 8
    return None


def _decode(data: bytes, length: int, ctx: Context, llc: bool) -> IpxRecord:
    rec = IpxRecord(length=length, llc=llc)
    c = Cursor(data, rec.items)

    def body() -> None:
        t = rec.items
        src_net, src_skt = c.peek(4, 18), c.peek(2, 28)
        c.need(6, 22)
        t.append(("src", (src_net, bytes(data[22:28]), src_skt)))
        dst_net, dst_skt = c.peek(4, 6), c.peek(2, 16)
        c.need(6, 10)
        t.append(("dst", (dst_net, bytes(data[10:16]), dst_skt)))
        n = c.peek(2, 2)
        if n < 30:
            t.append(("text", f"[length {n} < 30]"))
            return t.append(("invalid", None))
        n -= 30
        c.pos = 30
        unit = {0x0452: _sap, 0x0453: _rip}.get(dst_skt)
        if unit is not None:
            cmd = _command(c, n)
            return None if cmd < 0 else unit(c, cmd, n - 2)
        if dst_skt == 0x85BE:     # Cisco EIGRP over IPX: not decoded here
            rec.stop = UNKNOWN
            return None
        return t.append(("socket", (dst_skt, n)))

    run(rec, body)
    return rec


def decode_ipx(data: bytes, length: int, ctx: Context) -> IpxRecord:
    return _decode(data, length, ctx, False)


def decode_ipx_llc(data: bytes, length: int, ctx: Context) -> IpxRecord:
    return _decode(data, length, ctx, True)


def decode_ipx_raw(data: bytes, length: int, ctx: Context) -> IpxRecord:
    """An 802.3 frame whose payload starts with 0xffff (no 802.2 header).

    The chain walker does not route these here yet: its LLC step would have to
    try this before reading an LLC header (tcpdump checks the two 0xff first)."""
    rec = _decode(data, length, ctx, False)
    rec.raw8023 = True
    return rec


def format_ipx(rec: IpxRecord, ctx: Context) -> str:
    if rec.llc or rec.raw8023:
        kind = "IPX 802.2: " if rec.llc else "IPX 802.3: "
        head = kind if ctx.opts.link_header else "IPX "
    else:
        head = "(NOV-ETHII) " + ("" if ctx.opts.link_header else "IPX ")
    return head + render(rec, _TEXT, ctx.opts.verbose, " [|ipx]")


format_ipx_llc = format_ipx
format_ipx_raw = format_ipx
