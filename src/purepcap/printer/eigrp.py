"""Cisco EIGRP (RFC 7868): IP protocol 88, over IPv4 and IPv6.

Without ``-v`` one line (opcode, length); with ``-v`` the common header and
its TLVs: parameters, software version, IPv4 and AppleTalk routes are
decoded, other TLVs dumped in hex (``-vv`` dumps every TLV after its text).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

from ._addr import ipaddr_string
from ._base import MALFORMED, TRUNCATED, Context, Layer, Options, stopped
from ._dump import hex_dump
from ._rtr import bitflags

__all__ = ["EigrpRecord", "EigrpTlv", "decode_eigrp", "format_eigrp"]

_HDR = struct.Struct("!BBHIIIHH")
_PARM = struct.Struct("!BBBBBxH")
_METRIC = struct.Struct("!II3sBBBxx")       # delay bandwidth mtu hop reliability load
_EXT = struct.Struct("!4s4sIIIxxBB")        # nexthop origin-router origin-as tag metric proto flags
_AT_EXT = struct.Struct("!4sIIIBBH")

_OPCODES = {1: "Update", 3: "Query", 4: "Reply", 5: "Hello", 6: "IPX SAP", 7: "Probe"}
_FLAGS = ((0x01, "Init"), (0x02, "Conditionally Received"), (0x04, "Restart"),
          (0x08, "End-of-Table"))
_TLVS = {0x0001: "General Parameters", 0x0002: "Authentication", 0x0003: "Sequence",
         0x0004: "Software Version", 0x0005: "Next Multicast Sequence",
         0x0102: "IP Internal routes", 0x0103: "IP External routes",
         0x0202: "AppleTalk Internal routes", 0x0203: "AppleTalk External routes",
         0x0204: "AppleTalk Cable setup", 0x0302: "IPX Internal routes",
         0x0303: "IPX External routes"}
_ZERO4 = bytes(4)
_PROTO_IDS = {1: "IGRP", 2: "EIGRP", 3: "Static", 4: "RIP", 5: "Hello", 6: "OSPF", 7: "IS-IS",
              8: "EGP", 9: "BGP", 10: "IDRP", 11: "Connected"}
# minimum body size of the decoded TLVs
_MIN = {0x0001: 8, 0x0004: 4, 0x0102: 22, 0x0103: 42, 0x0204: 8, 0x0202: 24, 0x0203: 40}


@dataclass(slots=True)
class EigrpTlv:
    type: int = 0
    length: int = 0
    body: bytes = b""
    fields: dict[str, Any] = field(default_factory=dict)
    err: str = ""                # "short": body smaller than the TLV's structure; "plen"
    cut: bool = False            # the capture ends inside this TLV


@dataclass(slots=True)
class EigrpRecord(Layer, proto="eigrp"):
    version: int = -1
    opcode: int = -1
    checksum: int = 0
    flags: int = 0
    seq: int = 0
    ack: int = 0
    vrid: int = 0
    asn: int = 0
    length: int = 0
    verbose: int = 0
    tlvs: list[EigrpTlv] = field(default_factory=list)
    bad_tlv: bytes | None = None  # a TLV whose length is impossible: the rest, dumped


def decode_eigrp(data: bytes, length: int, ctx: Context) -> EigrpRecord:
    rec = EigrpRecord(length=length, verbose=ctx.opts.verbose)
    n = len(data)
    if n < 20:
        return stopped(rec)
    (rec.version, rec.opcode, rec.checksum, rec.flags, rec.seq, rec.ack, rec.vrid,
     rec.asn) = _HDR.unpack_from(data, 0)
    if rec.version != 2 or not ctx.opts.verbose:
        return rec
    if length < 20:
        return stopped(rec, MALFORMED)
    off, left = 20, length - 20
    while left > 0:
        if off + 4 > n:
            return stopped(rec)
        t, tl = struct.unpack_from("!HH", data, off)
        if tl < 4 or tl > left:
            rec.bad_tlv = bytes(data[off + 4:off + 4 + left])
            return rec
        tlv = EigrpTlv(type=t, length=tl)
        rec.tlvs.append(tlv)
        if off + tl > n:
            tlv.cut = True
            return stopped(rec)
        body = tlv.body = bytes(data[off + 4:off + tl])
        _decode_tlv(tlv, body, bytes(data[off + 4:]))
        off += tl
        left -= tl
    return rec


def _decode_tlv(tlv: EigrpTlv, body: bytes, rest: bytes) -> None:
    """``rest``: the capture from the TLV body on (a prefix may run past the TLV)."""
    t = tlv.type
    need = _MIN.get(t)
    if need is None:
        return
    if len(body) < need:
        tlv.err = "short"
        return
    f = tlv.fields
    if t == 0x0001:
        f["k1"], f["k2"], f["k3"], f["k4"], f["k5"], f["holdtime"] = _PARM.unpack_from(body, 0)
    elif t == 0x0004:
        f["ios"] = (body[0], body[1])
        f["eigrp"] = (body[2], body[3])
    elif t in (0x0102, 0x0103):
        mo = 0 if t == 0x0102 else 20
        if t == 0x0103:
            nh, orr, oas, tag, metric, pid, fl = _EXT.unpack_from(body, 4 - 4)
            f.update(origin_router=orr, origin_as=oas, tag=tag, metric=metric, proto_id=pid,
                     ext_flags=fl)
        f["nexthop"] = body[0:4]
        _metric(f, body, 4 + mo)
        plen = body[20 + mo]
        f["prefix_len"] = plen
        if plen > 32:
            tlv.err = "plen"
            return
        k = (plen + 7) // 8
        f["prefix"] = (rest[21 + mo:21 + mo + k] + b"\0\0\0\0")[:4]
    elif t == 0x0204:
        f["cable"] = struct.unpack_from("!HH", body, 0)
        f["router_id"] = struct.unpack_from("!I", body, 4)[0]
    elif t in (0x0202, 0x0203):
        f["nexthop"] = body[0:4]
        if t == 0x0203:
            _, orr, oas, tag, pid, fl, metric = _AT_EXT.unpack_from(body, 0)
            f.update(origin_router=orr, origin_as=oas, tag=tag, metric=metric, proto_id=pid,
                     ext_flags=fl)
            _metric(f, body, 20)
            f["cable"] = struct.unpack_from("!HH", body, 36)
        else:
            _metric(f, body, 4)
            f["cable"] = struct.unpack_from("!HH", body, 20)


def _metric(f: dict[str, Any], body: bytes, o: int) -> None:
    d, bw, mtu, hop, rel, load = _METRIC.unpack_from(body, o)
    f.update(delay=d, bandwidth=bw, mtu=int.from_bytes(mtu, "big"), hop=hop, reliability=rel,
             load=load)


def _metric_text(f: dict[str, Any]) -> str:
    return (f"\n\t      delay {f['delay'] // 100} ms, bandwidth {f['bandwidth']} Kbps, "
            f"mtu {f['mtu']}, hop {f['hop']}, reliability {f['reliability']}, load {f['load']}")


def _ext_text(f: dict[str, Any], router: str) -> str:
    return (f"\n\t      origin-router {router}, origin-as {f['origin_as']}, origin-proto "
            f"{_PROTO_IDS.get(f['proto_id'], 'unknown')}, flags [0x{f['ext_flags']:02x}], "
            f"tag 0x{f['tag']:08x}, metric {f['metric']}")


def _tlv_text(tlv: EigrpTlv, o: Options) -> str:
    t, f = tlv.type, tlv.fields
    if tlv.err == "short":
        return f" (too short, < {_MIN[t] + 4})"
    if t == 0x0001:
        return (f"\n\t    holdtime: {f['holdtime']}s, k1 {f['k1']}, k2 {f['k2']}, k3 {f['k3']}, "
                f"k4 {f['k4']}, k5 {f['k5']}")
    if t == 0x0004:
        return (f"\n\t    IOS version: {f['ios'][0]}.{f['ios'][1]}, "
                f"EIGRP version {f['eigrp'][0]}.{f['eigrp'][1]}")
    if t in (0x0102, 0x0103):
        if tlv.err == "plen":
            return f"\n\t    illegal prefix length {f['prefix_len']}"
        nh = f["nexthop"]
        out = (f"\n\t    IPv4 prefix: {ipaddr_string(f['prefix'], o):>15}/{f['prefix_len']}, "
               f"nexthop: {'self' if nh == _ZERO4 else ipaddr_string(nh, o)}")
        if t == 0x0103:
            out += _ext_text(f, ipaddr_string(f["origin_router"], o))
        return out + _metric_text(f)
    if t == 0x0204:
        return f"\n\t    Cable-range: {f['cable'][0]}-{f['cable'][1]}, Router-ID {f['router_id']}"
    if t in (0x0202, 0x0203):
        nh = f["nexthop"]
        nht = "self" if nh == b"\0\0\0\0" else \
            f"{int.from_bytes(nh[:2], 'big')}.{int.from_bytes(nh[2:], 'big')}"
        out = f"\n\t     Cable-Range: {f['cable'][0]}-{f['cable'][1]}, nexthop: {nht}"
        if t == 0x0203:
            out += _ext_text(f, str(f["origin_router"]))
        return out + _metric_text(f)
    return ""


def format_eigrp(rec: EigrpRecord, ctx: Context) -> str:
    if rec.version < 0:
        return " [|eigrp]"
    if rec.version != 2:
        return f"EIGRP version {rec.version} packet not supported"
    op = _OPCODES.get(rec.opcode, f"unknown ({rec.opcode})")
    if not rec.verbose:
        return f"EIGRP {op}, length: {rec.length}"
    if rec.length < 20:
        return f"EIGRP {op}, length: {rec.length} (too short, < 20)"
    o = ctx.opts
    parts = [f"\n\tEIGRP v{rec.version}, opcode: {_OPCODES.get(rec.opcode, f'unknown, type: {rec.opcode}')}"
             f" ({rec.opcode}), chksum: 0x{rec.checksum:04x}, Flags: [{bitflags(_FLAGS, rec.flags)}]"
             f"\n\tseq: 0x{rec.seq:08x}, ack: 0x{rec.ack:08x}, VRID: {rec.vrid}, AS: {rec.asn}, "
             f"length: {rec.length - 20}"]
    for tlv in rec.tlvs:
        parts.append(f"\n\t  {_TLVS.get(tlv.type, 'Unknown')} TLV (0x{tlv.type:04x}), "
                     f"length: {tlv.length}")
        if tlv.cut:
            break
        if tlv.type in _MIN:
            parts.append(_tlv_text(tlv, o))
        elif rec.verbose <= 1:
            parts.append(hex_dump(tlv.body, "\n\t    "))
        if rec.verbose > 1:
            parts.append(hex_dump(tlv.body, "\n\t    "))
    if rec.bad_tlv is not None:
        parts.append(hex_dump(rec.bad_tlv, "\n\t    "))
    if rec.stop == TRUNCATED:
        parts.append(" [|eigrp]")
    return "".join(parts)
