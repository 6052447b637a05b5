"""Spanning tree BPDUs: 802.1D STP, 802.1w RSTP, 802.1s MSTP, 802.1aq SPB.

The unit is what follows the 802.2 LLC header (DSAP/SSAP 0x42, control 0x03):
the link layer (``link.py``) hands :func:`decode_stp` the bytes after those
three octets and their length.  Text starts at ``"STP "``.

Fields are read in wire order; a field the capture does not hold is left at
``None`` and the formatter prints what comes before it followed by
``" [|stp]"``, as tcpdump does.  For MSTP the MSTI records are listed with
``-v``; the SPB (802.1aq) v4 part prints its MCID only (its agreement line is
not decoded).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._addr import etheraddr
from ._base import MALFORMED, TRUNCATED, UNKNOWN, Context, Layer, stopped

__all__ = ["StpRecord", "Msti", "decode_stp", "format_stp"]

_VERSIONS = {0: "802.1d", 2: "802.1w", 3: "802.1s", 4: "802.1aq"}
_FLAGS = ((0x01, "Topology change"), (0x02, "Proposal"), (0x10, "Learn"), (0x20, "Forward"),
          (0x40, "Agreement"), (0x80, "Topology change ACK"))
_ROLES = {0: "Unknown", 1: "Alternate", 2: "Root", 3: "Designated"}


@dataclass(slots=True)
class Msti:
    flags: int = 0
    regional_root: bytes = b""
    pathcost: int = 0
    bridge_prio: int = 0
    port_prio: int = 0
    hops: int = 0


@dataclass(slots=True)
class StpRecord(Layer, proto="stp"):
    length: int = 0
    proto_id: int | None = None
    version: int | None = None
    bpdu_type: int | None = None
    flags: int | None = None
    root_id: bytes | None = None
    root_pathcost: int | None = None
    bridge_id: bytes | None = None
    port_id: int | None = None
    message_age: int | None = None
    max_age: int | None = None
    hello_time: int | None = None
    forward_delay: int | None = None
    # MSTP
    v3len: int | None = None
    mcid_name: bytes | None = None
    mcid_rev: int | None = None
    mcid_digest: bytes | None = None
    cist_int_pathcost: int | None = None
    cist_bridge_id: bytes | None = None
    cist_hops: int | None = None
    mstis: list[Msti] = field(default_factory=list)
    msti_cut: bool = False
    # SPB
    v4len: int | None = None
    aux_name: bytes | None = None
    aux_rev: int | None = None
    aux_digest: bytes | None = None
    agreement: int | None = None       # agreement number, discarded number, valid, restricted
    agreement_format: int | None = None
    agreement_convention: int | None = None
    edge_count: int | None = None
    agreement_digest: bytes | None = None


def _u16(d: bytes, o: int) -> int | None:
    return (d[o] << 8) | d[o + 1] if len(d) >= o + 2 else None


def _u32(d: bytes, o: int) -> int | None:
    return int.from_bytes(d[o:o + 4], "big") if len(d) >= o + 4 else None


def _blob(d: bytes, o: int, n: int) -> bytes | None:
    return bytes(d[o:o + n]) if len(d) >= o + n else None


def decode_stp(data: bytes, length: int, ctx: Context) -> StpRecord:
    rec = StpRecord(length=length)
    if length < 4:
        return stopped(rec, MALFORMED)
    n = len(data)
    rec.proto_id = _u16(data, 0)
    if rec.proto_id is None:
        return stopped(rec)
    if rec.proto_id != 0:
        return stopped(rec, UNKNOWN)
    rec.version = data[2] if n > 2 else None
    rec.bpdu_type = data[3] if n > 3 else None
    if rec.bpdu_type is None or rec.version not in _VERSIONS or rec.bpdu_type not in (0, 2):
        rec.stop = TRUNCATED if rec.bpdu_type is None else UNKNOWN
        return rec
    if rec.bpdu_type == 2 and rec.version == 0:
        return rec
    need = 35 if rec.bpdu_type == 0 else 36
    if length < need:
        return stopped(rec, MALFORMED)
    mstp = rec.bpdu_type == 2 and rec.version >= 3
    if mstp:
        v3 = _u16(data, 36)
        if length < 102 or (v3 is not None and 38 + v3 > length):
            return stopped(rec, MALFORMED)
    rec.flags = data[4] if n > 4 else None
    rec.root_id = _blob(data, 5, 8)
    rec.root_pathcost = _u32(data, 13)
    rec.bridge_id = _blob(data, 17, 8)
    rec.port_id = _u16(data, 25)
    rec.message_age = _u16(data, 27)
    rec.max_age = _u16(data, 29)
    rec.hello_time = _u16(data, 31)
    rec.forward_delay = _u16(data, 33)
    if mstp:
        rec.v3len = _u16(data, 36)
        rec.mcid_name = _blob(data, 39, 32)
        rec.mcid_rev = _u16(data, 71)
        rec.mcid_digest = _blob(data, 73, 16)
        rec.cist_int_pathcost = _u32(data, 89)
        rec.cist_bridge_id = _blob(data, 93, 8)
        rec.cist_hops = data[101] if n > 101 else None
        v3len = rec.v3len or 0
        o = 102
        end = 38 + v3len
        while o + 16 <= end:
            if n < o + 16:
                rec.msti_cut = True
                break
            rec.mstis.append(Msti(flags=data[o], regional_root=bytes(data[o + 1:o + 9]),
                                  pathcost=int.from_bytes(data[o + 9:o + 13], "big"),
                                  bridge_prio=data[o + 13], port_prio=data[o + 14],
                                  hops=data[o + 15]))
            o += 16
        if rec.version == 4 and not rec.msti_cut and length >= end + 2:
            rec.v4len = _u16(data, end)
            rec.aux_name = _blob(data, end + 3, 32)
            rec.aux_rev = _u16(data, end + 35)
            rec.aux_digest = _blob(data, end + 37, 16)
            rec.agreement = data[end + 53] if n > end + 53 else None
            rec.agreement_format = data[end + 54] if n > end + 54 else None
            rec.agreement_convention = _u16(data, end + 55)
            rec.edge_count = _u16(data, end + 57)
            rec.agreement_digest = _blob(data, end + 67, 20)
    if n < need:
        rec.stop = TRUNCATED
    return rec


def _flags(f: int) -> str:
    names = [name for bit, name in _FLAGS if f & bit]
    return ", ".join(names) if names else "none"


def _bid(b: bytes) -> str:
    return f"{(b[0] << 8) | b[1]:04x}.{etheraddr(b[2:8])}"


def _time(v: int) -> str:
    return f"{v / 256:.2f}s"


def _name(b: bytes) -> str:
    text = b.split(b"\0", 1)[0]
    return "".join(chr(c) if 32 <= c < 127 else "." for c in text)


_CUT = " [|stp]"


def format_stp(rec: StpRecord, ctx: Context) -> str:
    if rec.stop == MALFORMED and rec.version is None:
        return " (invalid)"
    if rec.proto_id is None:
        return _CUT
    if rec.proto_id != 0:
        return f"unknown STP version, length {rec.length}"
    if rec.version is None:
        return _CUT
    out = "STP "
    if rec.version not in _VERSIONS:
        return out + f"Unknown STP protocol (0x{rec.version:02x})"
    out += _VERSIONS[rec.version]
    t = rec.bpdu_type
    if t is None:
        return out + _CUT
    if t == 0:
        out += ", Config"
    elif t == 0x80:
        return out + ", Topology Change"
    elif t == 2:
        out += ", Rapid STP"
        if rec.version == 0:
            return out
    else:
        return out + f", Unknown BPDU Type (0x{t:02x})"
    if rec.stop == MALFORMED:
        return out + " (invalid)"
    if rec.version >= 3 and t == 2:
        return _format_mstp(rec, ctx, out)
    return _format_config(rec, ctx, out)


def _times_text(rec: StpRecord) -> str | None:
    """The four timers' line (None: not all captured)."""
    times = (rec.message_age, rec.max_age, rec.hello_time, rec.forward_delay)
    if None in times:
        return None
    ma, mx, hl, fd = (v or 0 for v in times)
    return (f"\n\tmessage-age {_time(ma)}, max-age {_time(mx)}, hello-time {_time(hl)}, "
            f"forwarding-delay {_time(fd)}")


def _format_config(rec: StpRecord, ctx: Context, out: str) -> str:
    if rec.flags is None:
        return out + _CUT
    out += f", Flags [{_flags(rec.flags)}]"
    if rec.bridge_id is None or rec.port_id is None:
        return out + _CUT
    out += f", bridge-id {_bid(rec.bridge_id)}.{rec.port_id:04x}, length {rec.length}"
    if not ctx.opts.verbose:
        return out
    times = _times_text(rec)
    if times is None:
        return out + _CUT
    out += times
    if rec.root_id is None or rec.root_pathcost is None:
        return out + _CUT
    out += f"\n\troot-id {_bid(rec.root_id)}, root-pathcost {rec.root_pathcost}"
    if rec.version == 2:
        out += f", port-role {_ROLES[(rec.flags >> 2) & 3]}"
    return out


def _format_mstp(rec: StpRecord, ctx: Context, out: str) -> str:
    if rec.flags is None:
        return out + _CUT
    out += f", CIST Flags [{_flags(rec.flags)}], length {rec.length}"
    if not ctx.opts.verbose:
        return out
    out += f"\n\tport-role {_ROLES[(rec.flags >> 2) & 3]}, "
    if rec.root_id is None or rec.root_pathcost is None:
        return out + _CUT
    out += f"CIST root-id {_bid(rec.root_id)}, CIST ext-pathcost {rec.root_pathcost}"
    if rec.bridge_id is None or rec.port_id is None:
        return out + _CUT
    out += f"\n\tCIST regional-root-id {_bid(rec.bridge_id)}, CIST port-id {rec.port_id:04x},"
    times = _times_text(rec)
    if times is None:
        return out + _CUT
    out += times
    if rec.v3len is None or rec.mcid_name is None or rec.mcid_rev is None:
        return out + _CUT
    out += f"\n\tv3len {rec.v3len}, MCID Name {_name(rec.mcid_name)}, rev {rec.mcid_rev},"
    if rec.mcid_digest is None or rec.cist_int_pathcost is None:
        return out + _CUT
    out += (f"\n\t\tdigest {rec.mcid_digest.hex()}, "
            f"CIST int-root-pathcost {rec.cist_int_pathcost},")
    if rec.cist_bridge_id is None or rec.cist_hops is None:
        return out + _CUT
    out += (f"\n\tCIST bridge-id {_bid(rec.cist_bridge_id)}, "
            f"CIST remaining-hops {rec.cist_hops}")
    for m in rec.mstis:
        rr = m.regional_root
        out += (f"\n\tMSTI {((rr[0] << 8) | rr[1]) & 0x0FFF}, Flags [{_flags(m.flags)}], "
                f"port-role {_ROLES[(m.flags >> 2) & 3]}"
                f"\n\t\tMSTI regional-root-id {_bid(rr)}, pathcost {m.pathcost}"
                f"\n\t\tMSTI bridge-prio {m.bridge_prio >> 4}, port-prio {m.port_prio >> 4}, "
                f"hops {m.hops}")
    if rec.msti_cut:
        return out + _CUT
    if rec.v4len is not None:
        out += f"\n\tv4len {rec.v4len}, "
        if rec.aux_name is None or rec.aux_rev is None:
            return out + _CUT
        out += f"AUXMCID Name {_name(rec.aux_name)}, Rev {rec.aux_rev},"
        if rec.aux_digest is None:
            return out + _CUT
        out += f"\n\t\tdigest {rec.aux_digest.hex()}"
        ag, fm, cv = rec.agreement, rec.agreement_format, rec.agreement_convention
        if ag is None or fm is None or cv is None or rec.edge_count is None:
            return out + _CUT
        out += (f"\n\tAgreement num {ag >> 6}, Discarded Agreement num {(ag >> 4) & 3}, "
                f"Agreement valid-flag {(ag >> 3) & 1},\n\tRestricted role-flag: {(ag >> 2) & 1}, "
                f"Format id {fm >> 4} cap {fm & 0x0F}, "
                f"Convention id {(cv >> 4) & 0x0F} cap {cv & 0x0FFF},"
                f"\n\tEdge count {rec.edge_count}, ")
        if rec.agreement_digest is None:
            return out + _CUT
        out += f"Agreement digest {rec.agreement_digest.hex()}"
    return out
