"""ETSI GeoNetworking (ethertypes 0x8947 and the older 0x0707) and CALM FAST (0x1111).

``"GeoNet src:MAC; v:0 NH:0-Any HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:...
lat:N lon:N"`` then, for BTP next headers, the BTP ports and the ITS PDU
header; with ``-v`` the payload as hex and ASCII.  ``CALM FAST src:MAC;
SrcNwref:N; DstNwref:N; ``.

tcpdump prints the *Ethernet source address* inside these units.  A unit
decoder only sees its own bytes, so the address is taken from
``ctx.state["link_src"]`` (6 bytes) when the chain walker provides it; without
it the text reads ``"GeoNet ; ..."``, as tcpdump's does for a link layer
without addresses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._addr import etheraddr
from ._base import Context
from ._dump import hex_ascii_dump
from ._items import Cursor, ItemsLayer, render, run

__all__ = ["GeonetRecord", "CalmFastRecord", "decode_geonet", "format_geonet",
           "decode_calm_fast", "format_calm_fast"]

_NH = {0: "Any", 1: "BTP-A", 2: "BTP-B", 3: "IPv6"}
_HT = {(0, -1): "Any", (1, -1): "Beacon", (2, -1): "GeoUnicast", (3, 0): "GeoAnycastCircle",
       (3, 1): "GeoAnycastRect", (3, 2): "GeoAnycastElipse", (4, 0): "GeoBroadcastCircle",
       (4, 1): "GeoBroadcastRect", (4, 2): "GeoBroadcastElipse", (5, 0): "TopoScopeBcast-SH",
       (5, 1): "TopoScopeBcast-MH", (6, 0): "LocService-Request", (6, 1): "LocService-Reply"}
_MSG = {0: "CAM", 1: "DENM", 101: "TPEGM", 102: "TSPDM", 103: "VPM", 104: "SRM", 105: "SLAM",
        106: "ecoCAM", 107: "ITM", 150: "SA"}
# extended header size after the 36-byte common header (None: not skipped)
_EXT = {(0, -1): 0, (1, -1): 0, (5, 0): 0, (5, 1): 32}


def _ht(t: int, s: int) -> str:
    return _HT.get((t, -1) if t <= 2 else (t, s), "Unknown")


_TEXT: dict[str, Any] = {
    "text": "{}",
    "common": lambda v: (f"v:{v[0]} NH:{v[1]}-{_NH.get(v[1], 'Unknown')} "
                         f"HT:{v[2]}-{v[3]}-{_ht(v[2], v[3])} HopLim:{v[4]} Payload:{v[5]} "),
    "gn_addr": lambda v: "GN_ADDR:" + ":".join(f"{c:02x}" for c in v) + " ",
    "lat": "lat:{} ",
    "lon": "lon:{}",
    "btp": lambda v: f"; BTP Dst:{v[0]} Src:{v[1]}",
    "its": lambda v: f"; ItsPduHeader v:{v[0]} t:{v[1]}-{_MSG.get(v[1], f'unknown ({v[1]})')}",
    "payload": lambda v: hex_ascii_dump(v),
}


@dataclass(slots=True)
class GeonetRecord(ItemsLayer, proto="geonet"):
    """A GeoNetworking unit's items, in wire order."""


@dataclass(slots=True)
class CalmFastRecord(ItemsLayer, proto="calm_fast"):
    """A CALM FAST unit's items, in wire order."""


def _src(ctx: Context) -> str:
    src = ctx.state.get("link_src")
    if isinstance(src, (bytes, bytearray)) and len(src) == 6:
        return f"src:{etheraddr(bytes(src))}"
    return ""


def decode_geonet(data: bytes, length: int, ctx: Context) -> GeonetRecord:
    rec = GeonetRecord(length=length)
    c = Cursor(data, rec.items)

    def body() -> None:
        t = rec.items
        t.append(("text", f"GeoNet {_src(ctx)}; "))
        n = length
        if n < 36:
            t.append(("text", f" (common header length {n} < 36)"))
            return t.append(("invalid", None))
        b0, b1 = c.peek(1, 0), c.peek(1, 1)
        payload, hops = c.peek(2, 4), c.peek(1, 7)
        ht, hs = b1 >> 4, b1 & 0x0F
        t.append(("common", (b0 >> 4, b0 & 0x0F, ht, hs, hops, payload)))
        c.need(8, 8)
        t.append(("gn_addr", bytes(data[8:16])))
        t.append(("lat", c.peek(4, 20)))
        t.append(("lon", c.peek(4, 24)))
        c.need(36, 0)
        n -= 36
        p = 36
        size = _EXT.get((ht, -1) if ht <= 2 else (ht, hs))
        if ht in (0, 1):
            size = 0
        if size is not None:
            if n < size:
                t.append(("text", f" (header size {size} > {n})"))
                return t.append(("invalid", None))
            c.need(size, p)
            n -= size
            p += size
            nh = b0 & 0x0F
            if nh in (1, 2):
                if n < 4:
                    t.append(("text", f" (BTP length {n} < 4)"))
                    return t.append(("invalid", None))
                t.append(("btp", (c.peek(2, p), c.peek(2, p + 2))))
                n -= 4
                p += 4
                if n >= 2:
                    t.append(("its", (c.peek(1, p), c.peek(1, p + 1))))
        t.append(("=v", None))
        t.append(("payload", bytes(data[p:p + max(n, 0)])))
        return None

    run(rec, body)
    return rec


def format_geonet(rec: GeonetRecord | CalmFastRecord, ctx: Context) -> str:
    """The text of either unit; a cut one ends with its protocol's name (``" [|geonet]"``)."""
    return render(rec, _TEXT, ctx.opts.verbose, f" [|{rec.proto}]",
                  "payload" if ctx.opts.suppress_default_print else "")


def decode_calm_fast(data: bytes, length: int, ctx: Context) -> CalmFastRecord:
    rec = CalmFastRecord(length=length)
    c = Cursor(data, rec.items)

    def body() -> None:
        t = rec.items
        src = _src(ctx)
        t.append(("text", "CALM FAST" + (f" {src}" if src else "") + "; "))
        if length < 2:
            t.append(("text", f" (length {length} < 2)"))
            t.append(("invalid", None))
            c.need(length, 0)
            return None
        t.append(("text", f"SrcNwref:{c.peek(1, 0)}; "))
        t.append(("text", f"DstNwref:{c.peek(1, 1)}; "))
        t.append(("=v", None))
        t.append(("payload", bytes(data[2:length])))
        if len(data) < length:      # the dump stops where the capture does
            t.append(("text", " [|calm_fast]"))
        return None

    run(rec, body)
    return rec


format_calm_fast = format_geonet
