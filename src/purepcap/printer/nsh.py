"""Network Service Header (RFC 8300; Ethernet type 0x894F) and VXLAN-GPE (UDP port 4790).

NSH: ``NSH, flags [O], service-path-id 0x000309, service-index 0x7: `` then the
inner IPv4, IPv6 or Ethernet unit; ``-vv`` adds the version and next protocol,
``-vvv`` the TTL, length, MD type and the context headers (MD type 1) or TLVs
(MD type 2).  With ``-v`` the inner unit starts a new line (``"\\n    "``).

VXLAN-GPE: ``VXLAN-GPE, flags [IP], vni 16777215: `` then IPv4, IPv6,
Ethernet or NSH.  An unknown next protocol prints ``ERROR: unknown-next-protocol``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._base import MALFORMED, TRUNCATED, Context, Layer
from ._rtr import bitflags, filled

__all__ = ["NshRecord", "VxlanGpeRecord", "decode_nsh", "format_nsh", "decode_vxlan_gpe",
           "format_vxlan_gpe"]

_MD_TYPES = {0: "reserved", 1: "1", 2: "2", 0xF: "experimental"}
_NEXT = {1: "IPv4", 2: "IPv6", 3: "Ethernet", 4: "NSH", 5: "MPLS", 0xFE: "Experiment 1",
         0xFF: "Experiment 2"}
# next protocol -> the walker's Ethernet type for it
_INNER = {1: 0x0800, 2: 0x86DD, 3: 0x6558}


@dataclass(slots=True)
class NshRecord(Layer, proto="nsh"):
    length: int = 0
    version: int = -1
    flags: int = 0
    ttl: int = 0
    hdr_words: int = 0          # the length field (4-byte words, the base header's too)
    md_type: int = -1
    next_protocol: int = -1
    spi: int = -1
    si: int = -1
    context: list[int] = field(default_factory=list)          # MD type 1 (-vvv)
    tlvs: list[tuple[int, int, int, bytes]] = field(default_factory=list)  # MD type 2
    problem: str = ""           # the " (...)" text of an invalid header
    verbose: int = 0


def decode_nsh(data: bytes, length: int, ctx: Context) -> NshRecord:
    return filled(NshRecord(length=length, verbose=ctx.opts.verbose), _decode_nsh, data, length,
                  TRUNCATED)


def _invalid(rec: NshRecord, problem: str) -> None:
    """Mark the header invalid: ``problem`` is tcpdump's `` (...)`` note."""
    rec.problem = problem
    rec.stop = MALFORMED


def _decode_nsh(rec: NshRecord, d: bytes, length: int) -> None:
    n = len(d)
    v = rec.verbose
    if length < 8:
        _invalid(rec, f" (packet length {length} < 8)")
        return
    if n < 4:
        rec.stop = TRUNCATED
        return
    b = int.from_bytes(d[:4], "big")
    rec.version = b >> 30
    rec.flags = (b >> 28) & 3
    rec.ttl = (b >> 22) & 0x3F
    rec.hdr_words = words = (b >> 16) & 0x3F
    rec.md_type = (b >> 8) & 0xF
    rec.next_protocol = b & 0xFF
    if rec.version != 0:
        return
    if length < words * 4:
        _invalid(rec, f" (too many headers for packet length {length})")
        return
    if n < 8:
        rec.stop = TRUNCATED
        return
    rec.spi = int.from_bytes(d[4:7], "big")
    rec.si = d[7]
    if words < 2:
        _invalid(rec, " (less than two headers)")
        return
    off = 8
    if v > 2 and rec.md_type == 1:
        if words != 6:
            _invalid(rec, " (invalid length for the MD type)")
            return
        for _ in range(4):
            if off + 4 > n:
                rec.stop = TRUNCATED
                return
            rec.context.append(int.from_bytes(d[off:off + 4], "big"))
            off += 4
    elif v > 2 and rec.md_type == 2:
        k = 0
        while k < words - 2:
            if off + 4 > n:
                rec.stop = TRUNCATED
                return
            cls = int.from_bytes(d[off:off + 2], "big")
            typ, tlen = d[off + 2], d[off + 3] & 0x7F
            off += 4
            padded = (tlen + 3) & ~3
            k += 1
            if words - 2 < k + padded // 4:
                rec.tlvs.append((cls, typ, tlen, b""))
                _invalid(rec, " (length too big)")
                return
            value = d[off:off + tlen]
            rec.tlvs.append((cls, typ, tlen, value))
            if tlen:
                if len(value) < tlen or off + padded > n:
                    rec.stop = TRUNCATED
                    return
                off += padded
                k += padded // 4
    else:
        if n < words * 4:
            rec.stop = TRUNCATED
            return
    off = words * 4
    inner = _INNER.get(rec.next_protocol)
    if inner is not None:
        rec.inner = ("ethertype", inner, off)


def _cut(rec: NshRecord) -> str:
    """How the text of a header that ends early ends: the note of an invalid one,
    else the truncation mark."""
    return rec.problem + " (invalid)" if rec.stop == MALFORMED else " [|nsh]"


def format_nsh(rec: NshRecord, ctx: Context) -> str:
    v = ctx.opts.verbose
    if rec.version < 0:
        return _cut(rec)
    out = ["NSH, "]
    if v > 1:
        out.append(f"ver {rec.version}, ")
    if rec.version != 0:
        return "".join(out)
    out.append(f"flags [{bitflags(((2, 'O'),), rec.flags, sep='')}], ")
    if v > 2:
        out.append(f"TTL {rec.ttl}, length {rec.hdr_words}, md type "
                   f"{_MD_TYPES.get(rec.md_type, f'unknown (0x{rec.md_type:02x})')}, ")
    if v > 1:
        np = rec.next_protocol
        out.append(f"next-protocol {_NEXT.get(np, f'unknown (0x{np:02x})')}, ")
    if rec.spi < 0:
        return "".join(out) + _cut(rec)
    out.append(f"service-path-id 0x{rec.spi:06x}, service-index 0x{rec.si:x}")
    for i, c in enumerate(rec.context):
        out.append(f"\n        Context[{i:02d}]: 0x{c:08x}")
    for i, (cls, typ, tlen, value) in enumerate(rec.tlvs):
        out.append(f"\n        TLV Class {cls}, Type {typ}, Len {tlen}")
        if rec.problem and i == len(rec.tlvs) - 1:
            break
        if tlen:
            out.append("\n            Value: ")
            if value:
                out.append("0x" + ":".join(f"{b:02x}" for b in value))
    if rec.stop is not None:
        return "".join(out) + _cut(rec)
    out.append("\n    " if v else ": ")
    if rec.inner is None:
        out.append("ERROR: unknown-next-protocol")
    return "".join(out)


# --- VXLAN-GPE ---------------------------------------------------------------------

_GPE_FLAGS = ((0x08, "I"), (0x04, "P"), (0x02, "B"), (0x01, "O"))
_GPE_INNER = {1: ("ethertype", 0x0800), 2: ("ethertype", 0x86DD), 3: ("ethertype", 0x6558),
              4: ("ethertype", 0x894F)}


@dataclass(slots=True)
class VxlanGpeRecord(Layer, proto="vxlan_gpe"):
    length: int = 0
    flags: int = -1
    next_protocol: int = -1
    vni: int = -1


def decode_vxlan_gpe(data: bytes, length: int, ctx: Context) -> VxlanGpeRecord:
    rec = VxlanGpeRecord(length=length)
    if length < 8:
        rec.stop = MALFORMED
        return rec
    d = bytes(data)
    if len(d) < 1:
        rec.stop = TRUNCATED
        return rec
    rec.flags = d[0]
    if len(d) < 8:
        rec.stop = TRUNCATED
        return rec
    rec.next_protocol = d[3]
    rec.vni = int.from_bytes(d[4:7], "big")
    inner = _GPE_INNER.get(rec.next_protocol)
    if inner is not None:
        rec.inner = (inner[0], inner[1], 8)
    else:
        rec.stop = MALFORMED
    return rec


def format_vxlan_gpe(rec: VxlanGpeRecord, ctx: Context) -> str:
    out = "VXLAN-GPE, "
    if rec.flags < 0:
        if rec.stop == MALFORMED:
            return out + f" (len {rec.length} < 8) (invalid)"
        return out + " [|vxlan_gpe]"
    out += f"flags [{bitflags(_GPE_FLAGS, rec.flags, sep='')}], "
    if rec.vni < 0:
        return out + " [|vxlan_gpe]"
    out += f"vni {rec.vni}" + ("\n    " if ctx.opts.verbose else ": ")
    if rec.inner is None:
        return out + "ERROR: unknown-next-protocol (invalid)"
    return out
