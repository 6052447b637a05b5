"""VXLAN (RFC 7348, UDP port 4789) and Geneve (RFC 8926, UDP port 6081).

Joints with the inner unit, as tcpdump prints them:

* VXLAN: its text ends with ``"\\n"``; the inner Ethernet frame starts the
  next line (``inner = ("linktype", 1, 8)``).
* Geneve: its text ends with ``": "`` (``"\\n\\t"`` with ``-v``); the inner
  unit is looked up by its protocol type (``inner = ("ethertype", type,
  8 + options)``; 0x6558 "transparent Ethernet bridging" is an Ethernet
  frame).  With ``-e`` the protocol type is named.

When ``inner`` is set, the text :func:`format_vxlan` / :func:`format_geneve`
return already ends with that separator: the walker appends the inner text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._base import MALFORMED, TRUNCATED, UNKNOWN, Context, Layer, stopped
from .arp import ETHERTYPE_NAMES

__all__ = ["VxlanRecord", "GeneveRecord", "GeneveOption", "decode_vxlan", "format_vxlan",
           "decode_geneve", "format_geneve"]


@dataclass(slots=True)
class VxlanRecord(Layer, proto="vxlan"):
    flags: int = -1
    vni: int = -1
    length: int = 0


def decode_vxlan(data: bytes, length: int, ctx: Context) -> VxlanRecord:
    rec = VxlanRecord(length=length)
    if length < 8:
        return stopped(rec, MALFORMED)
    n = len(data)
    if n < 1:
        return stopped(rec)
    rec.flags = data[0]
    if n < 7:
        return stopped(rec)
    rec.vni = (data[4] << 16) | (data[5] << 8) | data[6]
    rec.inner = ("linktype", 1, 8)
    return rec


def format_vxlan(rec: VxlanRecord, ctx: Context) -> str:
    if rec.stop == MALFORMED:
        return "VXLAN (invalid)"
    out = "VXLAN, "
    if rec.flags < 0:
        return out + " [|vxlan]"
    out += f"flags [{'I' if rec.flags & 0x08 else 'invalid'}] (0x{rec.flags:02x}), "
    if rec.vni < 0:
        return out + " [|vxlan]"
    return out + f"vni {rec.vni}\n"


# --- Geneve ------------------------------------------------------------------

@dataclass(slots=True)
class GeneveOption:
    opt_class: int = 0
    type: int = 0
    length: int = 0          # whole option, bytes (4 + data)
    data: bytes = b""
    bad_length: bool = False


@dataclass(slots=True)
class GeneveRecord(Layer, proto="geneve"):
    version: int = -1
    opt_len: int = 0         # bytes of options
    flags: int = 0           # O (0x80) and C (0x40) bits of the second byte
    ptype: int = -1
    vni: int = -1
    reserved: int = 0
    options: list[GeneveOption] = field(default_factory=list)
    length: int = 0


def decode_geneve(data: bytes, length: int, ctx: Context) -> GeneveRecord:
    rec = GeneveRecord(length=length)
    if len(data) < 8:
        return stopped(rec)
    rec.version = data[0] >> 6
    rec.opt_len = (data[0] & 0x3F) * 4
    rec.flags = data[1]
    rec.ptype = (data[2] << 8) | data[3]
    rec.vni = (data[4] << 16) | (data[5] << 8) | data[6]
    rec.reserved = data[7]
    if rec.version != 0:
        return stopped(rec, MALFORMED)
    end = 8 + rec.opt_len
    if len(data) < end:
        return stopped(rec)
    o = 8
    while o < end:
        if end - o < 4:
            break
        opt = GeneveOption(opt_class=(data[o] << 8) | data[o + 1], type=data[o + 2],
                           length=4 + 4 * (data[o + 3] & 0x1F))
        rec.options.append(opt)
        if opt.length > end - o:
            opt.bad_length = True
            break
        opt.data = bytes(data[o + 4:o + opt.length])
        o += opt.length
    if rec.ptype == 0x6558 or rec.ptype in _GENEVE_ETHERTYPES:
        rec.inner = ("ethertype", rec.ptype, end)
    else:
        rec.stop = UNKNOWN
    return rec


# payload types tcpdump hands on from Geneve (its ethertype table); others print
# "geneve-proto-0x..."
_GENEVE_ETHERTYPES = frozenset(ETHERTYPE_NAMES)


def _class_name(c: int) -> str:
    if c <= 0xFF:
        return "Standard"
    if c >= 0xFFF0:
        return "Experimental"
    return _CLASS_NAMES.get(c, "Unknown")


_CLASS_NAMES = {0x100: "Linux", 0x101: "Open vSwitch", 0x102: "Open Virtual Networking (OVN)",
                0x103: "In-band Network Telemetry (INT)", 0x104: "VMware"}


def format_geneve(rec: GeneveRecord, ctx: Context) -> str:
    out = "Geneve"
    if rec.version < 0:
        return out + " [|geneve]"
    if rec.stop == MALFORMED:
        return out + f" ERROR: unknown-version {rec.version}"
    flags = ("O" if rec.flags & 0x80 else "") + ("C" if rec.flags & 0x40 else "")
    out += f", Flags [{flags or 'none'}], vni 0x{rec.vni:x}"
    if rec.reserved:
        out += f", rsvd 0x{rec.reserved:x}"
    opts = ctx.opts
    if opts.link_header:
        name = ETHERTYPE_NAMES.get(rec.ptype, "unknown")
        out += f", proto {name} (0x{rec.ptype:04x})"
    if rec.stop == TRUNCATED:
        return out + " [|geneve]"
    if rec.opt_len:
        if opts.verbose:
            parts = []
            for opt in rec.options:
                text = (f"class {_class_name(opt.opt_class)} (0x{opt.opt_class:x}) "
                        f"type 0x{opt.type:x}{'(C)' if opt.type & 0x80 else ''} len {opt.length}")
                if opt.bad_length:
                    parts.append(text + " [bad length]")
                    break
                if opts.verbose > 1 and opt.data:
                    text += " data" + "".join(f" {opt.data[i:i + 4].hex()}"
                                              for i in range(0, len(opt.data), 4))
                parts.append(text)
            out += f", options [{', '.join(parts)}]"
        else:
            out += f", options [{rec.opt_len} bytes]"
    sep = "\n\t" if opts.verbose else ": "
    if rec.inner is not None:
        return out + sep
    return out + sep + f"geneve-proto-0x{rec.ptype:x}"
