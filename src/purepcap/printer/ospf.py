"""OSPF version 2 (RFC 2328; opaque LSAs RFC 5250, graceful restart RFC 3623,
router information RFC 7770, LLS RFC 5613): IP protocol 89.

Without ``-v`` one line (version, packet type, length); with ``-v`` the
header, the authentication fields and the packet body, LSA by LSA; ``-vv``
adds a hex dump of every LSA body.  A packet with MD5 authentication is
printed without its 16-byte digest (tcpdump shortens both the length and the
capture by it).  LLS data after the OSPF length is decoded for Hello and
Database Description packets.  Traffic-engineering opaque LSAs are not
decoded (their body is left out of the text).

The record keeps the body as ``items``: ``(name, value)`` pairs in wire order;
:func:`format_ospf` renders them.  Where tcpdump runs out of captured bytes
the record stops (``stop``) and the text ends ``[|ospf2]``.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass, field
from typing import Any, Callable

from ._addr import ip6addr_string, ipaddr_string
from ._base import TRUNCATED, Context, Layer, Options
from ._dump import hex_dump
from ._rtr import U16, U32, bitflags, printjnp

__all__ = ["OspfRecord", "decode_ospf", "format_ospf"]

_HDR = struct.Struct("!BBH4s4sHH8s")
_LSH = struct.Struct("!HBB4s4sIHH")

_OPTIONS = ((0x01, "MultiTopology"), (0x02, "External"), (0x04, "Multicast"), (0x08, "NSSA"),
            (0x10, "LLS"), (0x20, "Demand Circuit"), (0x40, "Opaque"), (0x80, "Up/Down"))
_AUTH = {0: "none", 1: "simple", 2: "MD5"}
_RLA_FLAGS = ((0x01, "ABR"), (0x02, "ASBR"), (0x04, "Virtual"), (0x08, "Wildcard"),
              (0x10, "Nt"), (0x80, "Host"))
_TYPES = {1: "Hello", 2: "Database Description", 3: "LS-Request", 4: "LS-Update", 5: "LS-Ack"}
_LSA = {1: "Router", 2: "Network", 3: "Summary", 4: "ASBR Summary", 5: "External",
        6: "Multicast Group", 7: "NSSA", 9: "Link Local Opaque", 10: "Area Local Opaque",
        11: "Domain Wide Opaque"}
_DD_FLAGS = ((0x04, "Init"), (0x02, "More"), (0x01, "Master"), (0x08, "OOBResync"))
_OPAQUE = {1: "Traffic Engineering", 3: "Graceful restart", 4: "Router Information"}
_GRACE_TLVS = {1: "Grace Period", 2: "Graceful restart Reason", 3: "IPv4 interface address"}
_GRACE_REASONS = {0: "Unknown", 1: "Software Restart", 2: "Software Reload/Upgrade",
                  3: "Control Processor Switch"}
_RI_TLVS = {1: "Router Capabilities"}
_RI_CAPS = ((1, "Reserved"), (2, "Reserved"), (4, "Reserved"), (8, "Reserved"),
            (16, "graceful restart capable"), (32, "graceful restart helper"),
            (64, "Stub router support"), (128, "Traffic engineering"), (256, "p2p over LAN"),
            (512, "path computation server"))
_LLS_TLVS = {1: "Extended Options", 2: "MD5 Authentication"}
_LLS_EO = ((1, "LSDB resync"), (2, "Restart"))
_TOPOLOGY = {0: "default", 1: "multicast", 2: "management"}
_RLA_LINKS = {1: "\n\t      Neighbor Router-ID: {}, Interface Address: {}",
              2: "\n\t      Neighbor Network-ID: {}, Interface Address: {}",
              3: "\n\t      Stub Network: {}, Mask: {}",
              4: "\n\t      Virtual Link: Neighbor Router-ID: {}, Interface Address: {}"}


@dataclass(slots=True)
class OspfRecord(Layer, proto="ospf"):
    version: int = -1
    type: int = -1
    length: int = 0              # as tcpdump prints it (without an MD5 digest)
    ospf_length: int = -1        # the header's length field
    router_id: bytes = b""
    area: bytes = b""
    auth_type: int = -1
    auth: bytes = b""
    verbose: int = 0
    v3: bool = False             # carried by IPv6: OSPFv3 (RFC 5340) wording
    instance: int = 0
    items: list[tuple[str, Any]] = field(default_factory=list)


class _Cut(Exception):
    """The capture ends: tcpdump's ``[|ospf2]``."""


class _R:
    __slots__ = ("d",)

    def __init__(self, d: bytes) -> None:
        self.d = d

    def u8(self, o: int) -> int:
        if o < 0 or o >= len(self.d):
            raise _Cut
        return self.d[o]

    def u16(self, o: int) -> int:
        if o < 0 or o + 2 > len(self.d):
            raise _Cut
        return int(U16.unpack_from(self.d, o)[0])

    def u32(self, o: int) -> int:
        if o < 0 or o + 4 > len(self.d):
            raise _Cut
        return int(U32.unpack_from(self.d, o)[0])

    def raw(self, o: int, k: int) -> bytes:
        if o < 0 or o + k > len(self.d):
            raise _Cut
        return bytes(self.d[o:o + k])


def decode_ospf(data: bytes, length: int, ctx: Context) -> OspfRecord:
    if ctx.ip_version == 6:
        return _decode_v3(data, length, ctx)
    rec = OspfRecord(verbose=ctx.opts.verbose, length=length)
    r = _R(data)
    try:
        if r.u16(14) == 2:
            rec.length = length - 16
            r = _R(data[:max(len(data) - 16, 0)])
            rec.auth_type = 2
        rec.type = r.u8(1)
        rec.version = r.u8(0)
        if rec.type not in _TYPES or not rec.verbose:
            return rec
        rec.ospf_length = r.u16(2)
        rec.router_id = r.raw(4, 4)
        rec.area = r.raw(8, 4)
        rec.auth = r.raw(16, 8)
        rec.auth_type = r.u16(14)
        if rec.auth_type not in (0, 1, 2):
            return rec
        if rec.version != 2:
            return rec
        n = rec.length
        end = min(rec.ospf_length, n) if n > rec.ospf_length else n
        _BODY[rec.type](r, 24, end, rec)
        if n > rec.ospf_length:
            _lls(r, rec, n)
    except _Cut:
        rec.stop = TRUNCATED
    return rec


def _lshdr(r: _R, o: int, rec: OspfRecord) -> int:
    """One LSA header at ``o``: its length, or -1 when it is bogus."""
    it = rec.items
    ln = r.u16(o + 18)
    if ln < 20:
        it.append(("lsh_bogus", ln))
        return -1
    it.append(("lsh", (r.raw(o + 8, 4), r.u32(o + 12), r.u16(o, ), ln - 20)))
    t = r.u8(o + 3)
    if t in (9, 10, 11):
        it.append(("lsh_opaque", (t, r.u8(o + 4), int.from_bytes(r.raw(o + 5, 3), "big"))))
    else:
        it.append(("lsh_type", (t, r.raw(o + 4, 4))))
    it.append(("lsh_options", r.u8(o + 2)))
    return ln


def _put_nonzero(r: _R, it: list[tuple[str, Any]], name: str, o: int) -> None:
    """Note the 4-byte field at ``o`` as ``name`` unless it is zero (tcpdump omits it)."""
    v = r.raw(o, 4)
    if v != b"\0\0\0\0":
        it.append((name, v))


def _hello(r: _R, o: int, end: int, rec: OspfRecord) -> None:
    it = rec.items
    it.append(("options", r.u8(o + 6)))
    it.append(("hello", (r.u16(o + 4), r.u32(o + 8), r.raw(o, 4), r.u8(o + 7))))
    _put_nonzero(r, it, "dr", o + 12)
    _put_nonzero(r, it, "bdr", o + 16)
    p = o + 20
    if p < end:
        it.append(("neighbors", None))
    while p < end:
        it.append(("neighbor", r.raw(p, 4)))
        p += 4


def _dd(r: _R, o: int, end: int, rec: OspfRecord) -> None:
    it = rec.items
    it.append(("options", r.u8(o + 2)))
    it.append(("dd_flags", r.u8(o + 3)))
    mtu = r.u16(o)
    if mtu:
        it.append(("mtu", mtu))
    it.append(("dd_seq", r.u32(o + 4)))
    p = o + 8
    while p < end and _lshdr(r, p, rec) != -1:
        p += 20


def _lsr(r: _R, o: int, end: int, rec: OspfRecord) -> None:
    p = o
    while p < end:
        r.raw(p, 12)
        t = r.u32(p)
        rec.items.append(("lsr", (r.raw(p + 8, 4), t, r.raw(p + 4, 4))))
        p += 12


def _lsu(r: _R, o: int, end: int, rec: OspfRecord) -> None:
    count = r.u32(o)
    rec.items.append(("lsu_count", count))
    p = o + 4
    for i in range(1, count + 1):
        rec.items.append(("lsa_n", i))
        nxt = _lsa(r, p, rec)
        if nxt < 0:
            raise _Cut
        p = nxt


def _ack(r: _R, o: int, end: int, rec: OspfRecord) -> None:
    p = o
    while _lshdr(r, p, rec) != -1:
        p += 20


_BODY: dict[int, Callable[[_R, int, int, OspfRecord], None]] = {
    1: _hello, 2: _dd, 3: _lsr, 4: _lsu, 5: _ack}


def _lsa(r: _R, o: int, rec: OspfRecord) -> int:
    """One LSA at ``o``: the offset after it, or -1 (bogus header)."""
    ln = _lshdr(r, o, rec)
    if ln < 0:
        return -1
    ls_end = o + ln
    body = o + 20
    blen = ln - 20
    it = rec.items
    t = r.u8(o + 3)
    if t == 1:
        it.append(("rla_flags", r.u8(body)))
        count = r.u16(body + 2)
        r.raw(body + 4, 12)
        p = body + 4
        for _ in range(count):
            r.raw(p, 12)
            lt = r.u8(p + 8)
            if lt not in _RLA_LINKS:
                it.append(("rla_unknown", lt))
                return ls_end
            it.append(("rla_link", (lt, r.raw(p, 4), r.raw(p + 4, 4))))
            ntos = r.u8(p + 9)
            q = p + 8
            for k in range(ntos + 1):
                tt = r.u8(q)
                it.append(("tos", (tt if k else 0, r.u16(q + 2))))
                q += 4
            p += 12 + 4 * ntos
    elif t == 2:
        it.append(("net_mask", r.raw(body, 4)))
        p = body + 4
        while p < ls_end:
            it.append(("net_router", r.raw(p, 4)))
            p += 4
    elif t in (3, 4, 5, 7):          # summary (network, ASBR) and AS-external LSAs
        if t != 4:
            r.raw(body, 4)
            it.append(("sum_mask", r.raw(body, 4)))
        r.raw(body + 4, 4)
        p = body + 4
        while p < ls_end:
            if t in (3, 4):
                it.append(("sum_metric", r.u32(p)))
                p += 4
                continue
            it.append(("ase_metric", r.u32(p)))
            _put_nonzero(r, it, "ase_forward", p + 4)
            _put_nonzero(r, it, "ase_tag", p + 8)
            p += 12
    elif t == 6:
        p = body
        while p < ls_end:
            it.append(("mc", (r.u32(p), r.raw(p + 4, 4))))
            p += 8
    elif t in (9, 10, 11):
        # opaque types: router information, grace, traffic engineering
        opaque = {4: _ri, 3: _grace, 1: _te}.get(r.u8(o + 4))
        if opaque is not None:
            if not opaque(r, body, blen, rec):
                return ls_end
        elif rec.verbose <= 1:
            it.append(("hex6", bytes(r.d[body:body + max(blen, 0)])))
    if rec.verbose > 1:
        it.append(("hex6", bytes(r.d[body:body + max(blen, 0)])))
    return ls_end


_F32 = struct.Struct("!f")
_TE_TLVS = {1: "Router Address", 2: "Link"}
_TE_SUBTLVS = {1: "Link Type", 2: "Link ID", 3: "Local Interface IP address",
               4: "Remote Interface IP address", 5: "Traffic Engineering Metric",
               6: "Maximum Bandwidth", 7: "Maximum Reservable Bandwidth",
               8: "Unreserved Bandwidth", 9: "Administrative Group",
               11: "Link Local/Remote Identifier", 14: "Link Protection Type",
               15: "Interface Switching Capability", 16: "Shared Risk Link Group",
               17: "Bandwidth Constraints"}
_TE_LINK_TYPES = {1: "Point-to-point", 2: "Multi-Access"}
_LINK_PROT = ((0x01, "Extra Traffic"), (0x02, "Unprotected"), (0x04, "Shared"),
              (0x08, "Dedicated 1:1"), (0x10, "Dedicated 1+1"), (0x20, "Enhanced"),
              (0x40, "Reserved"), (0x80, "Reserved"))
_SWITCH_CAPS = {1: "Packet-Switch Capable-1", 2: "Packet-Switch Capable-2",
                3: "Packet-Switch Capable-3", 4: "Packet-Switch Capable-4",
                51: "Layer-2 Switch Capable", 100: "Time-Division-Multiplex",
                150: "Lambda-Switch Capable", 200: "Fiber-Switch Capable"}
_ENCODINGS = {1: "Packet", 2: "Ethernet V2/DIX", 3: "ANSI/ETSI PDH", 4: "Reserved",
              5: "SDH ITU-T G.707/SONET ANSI T1.105", 6: "Reserved", 7: "Digital Wrapper",
              8: "Lambda (photonic)", 9: "Fiber", 10: "Reserved", 11: "FiberChannel"}
_BC_MODELS = {0: "Russian dolls", 1: "Maximum allocation",
              254: "Maximum allocation with E-LSP support"}


def _single(x: float) -> float:
    """``x`` rounded to single precision (beyond its range: infinity, as in C)."""
    try:
        return float(_F32.unpack(_F32.pack(x))[0])
    except OverflowError:
        return math.copysign(math.inf, x)


def _mbps(word: int) -> str:
    """A bandwidth in bytes/s as an IEEE single, in Mbit/s as tcpdump computes it
    (single-precision arithmetic)."""
    f = _single(_single(_F32.unpack(U32.pack(word))[0] * 8) / 1000000)
    if math.isnan(f):
        return "-nan" if math.copysign(1.0, f) < 0 else "nan"   # C's printf keeps the sign
    return f"{f:.3f}"


class _Quiet(Exception):
    """tcpdump ends the LSA without a truncation mark."""


def _te(r: _R, p: int, left: int, rec: OspfRecord) -> bool:
    """Traffic-engineering TLVs (RFC 3630, RFC 4203); False where tcpdump stops the LSA."""
    try:
        return _te_tlvs(r, p, left, rec)
    except _Quiet:
        return False


def _check(r: _R, o: int, k: int) -> None:
    if o < 0 or o + k > len(r.d):
        raise _Quiet


def _tlv_head(r: _R, p: int, left: int, it: list[tuple[str, Any]], name: str, bogus: str,
              need: Callable[[int, int], object], zero_stops: bool = False,
              sizes: dict[int, int] | None = None) -> tuple[int, int, int, int] | None:
    """The type and length of the TLV at ``p`` (``left`` bytes to go), noted as ``name``, and
    ``p`` and ``left`` past its head; ``need(p, 4)`` first checks the head is captured.
    None where tcpdump stops: too little left for a head, a length past what is left (noted
    as ``bogus``), or (``zero_stops``) a zero type or length. With ``sizes`` (type -> the
    length it must have) the value is checked as captured too, and a wrong length stops."""
    need(p, 4)
    if left < 4:
        it.append(("remaining", left))
        return None
    tt, tl = r.u16(p), r.u16(p + 2)
    it.append((name, (tt, tl)))
    if tl > left - 4:
        it.append((bogus, (tl, left - 4)))
        return None
    if zero_stops and (tt == 0 or tl == 0):
        return None
    if sizes is not None:
        need(p + 4, tl)
        want = sizes.get(tt)
        if want is not None and tl != want:
            it.append(("bogus_ne", (tl, want)))
            return None
    return tt, tl, p + 4, left - 4


def _te_tlvs(r: _R, p: int, left: int, rec: OspfRecord) -> bool:
    it = rec.items
    while left:
        head = _tlv_head(r, p, left, it, "te_tlv", "bogus_gt", lambda q, k: _check(r, q, k), True)
        if head is None:
            return False
        tt, tl, p, left = head
        if tt == 2:
            q, rem = p, tl
            while rem:
                if rem < 4:
                    it.append(("te_rem", (rem, 4)))
                    return False
                st, sl = r.u16(q), r.u16(q + 2)
                q += 4
                rem -= 4
                if st == 0 or sl == 0:
                    it.append(("te_invalid", ""))
                    return False
                it.append(("te_sub", (st, sl)))
                if rem < sl:
                    it.append(("te_rem", (rem + 4, sl + 4)))
                    return False
                _check(r, q, sl)
                if not _te_sub(r, q, st, sl, rec):
                    return False
                if st == 16:
                    q += sl        # tcpdump steps over the risk groups twice
                sl += (4 - sl % 4) % 4
                if rem < sl:
                    it.append(("te_rem", (rem + 4, sl + 4)))
                    return False
                rem -= sl
                q += sl
            # tcpdump consumed the TLV's length while walking its sub-TLVs: the LS
            # length is not reduced by it, and the walk goes on after them
            p = q
            continue
        elif tt == 1:
            if tl < 4:
                it.append(("te_short", tl))
                return False
            it.append(("te_addr", r.raw(p, 4)))
        elif rec.verbose <= 1:
            it.append(("hex8", bytes(r.d[p:p + tl])))
        tl += (4 - tl % 4) % 4
        if tl > left:
            it.append(("te_padded", (tl, left)))
            return False
        left -= tl
        p += tl
    return True


def _ip4(r: _R, q: int) -> bytes:
    return r.raw(q, 4)


# link sub-TLVs of one fixed length: type -> (length, item, how its value is read)
_TE_FIXED: dict[int, tuple[int, str, Callable[[_R, int], Any]]] = {
    1: (1, "te_link_type", _R.u8), 3: (4, "te_ip", _ip4), 4: (4, "te_ip", _ip4),
    5: (4, "te_metric", _R.u32), 6: (4, "te_bw", _R.u32), 7: (4, "te_bw", _R.u32),
    8: (32, "te_unres", lambda r, q: tuple(r.u32(q + 4 * k) for k in range(8))),
    9: (4, "te_admin", _R.u32), 14: (4, "te_prot", _R.u8)}


def _te_sub(r: _R, q: int, st: int, sl: int, rec: OspfRecord) -> bool:
    it = rec.items

    def bad(why: str) -> bool:
        it.append(("te_invalid", why))
        return False

    fixed = _TE_FIXED.get(st)
    if fixed is not None:
        size, key, read = fixed
        if sl != size:
            return bad(f" != {size}")
        it.append((key, read(r, q)))
    elif st in (2, 11):
        if sl not in (4, 8):
            return bad(" != 4 && != 8")
        it.append(("te_ids", r.raw(q, sl)))
    elif st == 17:
        if sl < 4:
            return bad(" < 4")
        it.append(("te_bc_model", r.u8(q)))
        if sl % 4:
            return bad(f"\n\t\tlength {sl} != N x 4")
        if sl > 36:
            return bad(f"\n\t\tlength {sl} > 36")
        it.append(("te_bcs", tuple(r.u32(q + 4 + 4 * k) for k in range((sl - 4) // 4))))
    elif st == 15:
        if sl < 36:
            return bad(" < 36")
        it.append(("te_iscd", (r.u8(q), r.u8(q + 1), tuple(r.u32(q + 4 + 4 * k) for k in range(8)))))
    elif st == 16:
        if sl % 4:
            return bad(" != N x 4")
        it.append(("te_srlg", tuple(r.u32(q + 4 * k) for k in range(sl // 4))))
    elif rec.verbose <= 1:
        it.append(("hex_te", r.raw(q, sl)))
    return True


def _ri(r: _R, p: int, left: int, rec: OspfRecord) -> bool:
    it = rec.items
    while left:
        head = _tlv_head(r, p, left, it, "ri_tlv", "ri_bogus", r.raw, sizes={1: 4})
        if head is None:
            return False
        tt, tl, p, left = head
        if tt == 1:
            it.append(("ri_caps", r.u32(p)))
        elif rec.verbose <= 1:
            it.append(("hex8", r.raw(p, tl)))
        p += tl
        left -= tl
    return True


def _grace(r: _R, p: int, left: int, rec: OspfRecord) -> bool:
    """Grace TLVs; False where tcpdump stops the LSA (a short capture included: quietly)."""
    try:
        return _grace_tlvs(r, p, left, rec)
    except _Cut:
        return False


# grace TLV type -> its length (period, reason, interface address)
_GRACE_SIZES = {1: 4, 2: 1, 3: 4}


def _grace_tlvs(r: _R, p: int, left: int, rec: OspfRecord) -> bool:
    it = rec.items
    while left > 0:
        head = _tlv_head(r, p, left, it, "grace_tlv", "bogus_gt", r.raw, True, _GRACE_SIZES)
        if head is None:
            return False
        tt, tl, p, left = head
        if tt in (1, 3):
            it.append(("grace_period" if tt == 1 else "grace_addr",
                       r.u32(p) if tt == 1 else r.raw(p, 4)))
        elif tt == 2:
            it.append(("grace_reason", r.u8(p)))
        elif rec.verbose <= 1:
            it.append(("hex8", r.raw(p, tl)))
        tl += (4 - tl % 4) % 4
        left -= tl
        p += tl
    return True


def _lls(r: _R, rec: OspfRecord, length: int) -> None:
    t = rec.type
    if t == 1:
        opts = r.u8(24 + 6)
    elif t == 2:
        opts = r.u8(24 + 2)
    else:
        return
    if not opts & 0x10:
        return
    l2 = rec.ospf_length
    p = l2
    if rec.auth_type == 2:
        p += r.u8(16 + 3)
        l2 += r.u8(16 + 3)
    it = rec.items
    if l2 >= length:
        it.append(("lls_truncated", None))
        return
    ck = r.u16(p)
    it.append(("lls", (ck, r.u16(p + 2))))
    p += 4
    while p < length:
        lt = r.u16(p)
        it.append(("lls_tlv", lt))
        ll = r.u16(p + 2)
        it.append(("lls_len", ll))
        p += 4
        if lt == 1:
            if ll != 4:
                it.append(("lls_should", 4))
                ll = 4
            it.append(("lls_eo", r.u32(p)))
        elif lt == 2:
            if ll != 20:
                it.append(("lls_should", 20))
                ll = 20
            it.append(("lls_md5", r.u32(p)))
        p += ll


# --- text -----------------------------------------------------------------------

def _ip(b: bytes, o: Options) -> str:
    return ipaddr_string(b, o)


def _topo(t: int) -> str:
    return f"{_TOPOLOGY.get(t, 'Unknown')} ({t})"


def _ase(ul: int, o: Options) -> str:
    m = ul & 0xFFFFFF
    return (f"\n\t\ttopology {_topo((ul >> 24) & 0x7F)}, type {2 if ul & 0x80000000 else 1}, metric"
            + (" infinite" if m == 0xFFFFFF else f" {m}"))


def _mc(v: tuple[int, bytes], o: Options) -> str:
    vt, vid = v
    if vt == 1:
        return "\n\t    Router Router-ID " + _ip(vid, o)
    if vt == 2:
        return "\n\t    Network Designated Router " + _ip(vid, o)
    return f"\n\t    unknown VertexType ({vt})"


_ITEMS: dict[str, Callable[[Any, Options], str]] = {
    "options": lambda v, o: f"\n\tOptions [{bitflags(_OPTIONS, v)}]",
    "hello": lambda v, o: (f"\n\t  Hello Timer {v[0]}s, Dead Timer {v[1]}s, Mask {_ip(v[2], o)}, "
                           f"Priority {v[3]}"),
    "dr": lambda v, o: "\n\t  Designated Router " + _ip(v, o),
    "bdr": lambda v, o: ", Backup Designated Router " + _ip(v, o),
    "neighbors": lambda v, o: "\n\t  Neighbor List:",
    "neighbor": lambda v, o: "\n\t    " + _ip(v, o),
    "dd_flags": lambda v, o: f", DD Flags [{bitflags(_DD_FLAGS, v)}]",
    "mtu": lambda v, o: f", MTU: {v}",
    "dd_seq": lambda v, o: f", Sequence: 0x{v:08x}",
    "lsh_bogus": lambda v, o: f"\n\t    Bogus length {v} < header (20)",
    "lsh": lambda v, o: (f"\n\t  Advertising Router {_ip(v[0], o)}, seq 0x{v[1]:08x}, "
                         f"age {v[2]}s, length {v[3]}"),
    "lsh_opaque": lambda v, o: (f"\n\t    {_LSA.get(v[0], 'unknown')} LSA ({v[0]}), Opaque-Type "
                                f"{_OPAQUE.get(v[1], 'unknown')} LSA ({v[1]}), Opaque-ID {v[2]}"),
    "lsh_type": lambda v, o: f"\n\t    {_LSA.get(v[0], 'unknown')} LSA ({v[0]}), LSA-ID: {_ip(v[1], o)}",
    "lsh_options": lambda v, o: f"\n\t    Options: [{bitflags(_OPTIONS, v)}]",
    "lsr": lambda v, o: (f"\n\t  Advertising Router: {_ip(v[0], o)}, {_LSA.get(v[1], 'unknown')} "
                         f"LSA ({v[1]})" + (
                             f", Opaque-Type: {_OPAQUE.get(v[2][0], 'unknown')} LSA ({v[2][0]}), "
                             f"Opaque-ID: {int.from_bytes(v[2][1:], 'big')}"
                             if v[1] in (9, 10, 11) else f", LSA-ID: {_ip(v[2], o)}")),
    "lsu_count": lambda v, o: f", {v} LSA{'' if v == 1 else 's'}",
    "lsa_n": lambda v, o: f"\n\t  LSA #{v}",
    "rla_flags": lambda v, o: f"\n\t    Router LSA Options: [{bitflags(_RLA_FLAGS, v)}]",
    "rla_unknown": lambda v, o: f"\n\t      Unknown Router Link Type ({v})",
    "rla_link": lambda v, o: _RLA_LINKS[v[0]].format(_ip(v[1], o), _ip(v[2], o)),
    "tos": lambda v, o: f"\n\t\ttopology {_topo(v[0])}, metric {v[1]}",
    "net_mask": lambda v, o: f"\n\t    Mask {_ip(v, o)}\n\t    Connected Routers:",
    "net_router": lambda v, o: "\n\t      " + _ip(v, o),
    "sum_mask": lambda v, o: "\n\t    Mask " + _ip(v, o),
    "sum_metric": lambda v, o: f"\n\t\ttopology {_topo((v >> 24) & 0x7F)} metric {v & 0xFFFFFF}",
    "ase_metric": _ase,
    "ase_forward": lambda v, o: ", forward " + _ip(v, o),
    "ase_tag": lambda v, o: ", tag " + _ip(v, o),
    "mc": _mc,
    "te_tlv": lambda v, o: f"\n\t    {_TE_TLVS.get(v[0], 'unknown')} TLV ({v[0]}), length: {v[1]}",
    "te_rem": lambda v, o: f"\n\t    Remaining TLV length {v[0]} < {v[1]}",
    "te_invalid": lambda v, o: v + " (invalid)",
    "te_sub": lambda v, o: (f"\n\t      {_TE_SUBTLVS.get(v[0], 'unknown')} subTLV ({v[0]}), "
                            f"length: {v[1]}"),
    "te_short": lambda v, o: f"\n\t    TLV length {v} < 4",
    "te_addr": lambda v, o: ", " + _ip(v, o),
    "te_padded": lambda v, o: f"\n\t    Bogus padded length {v[0]} > {v[1]}",
    "te_admin": lambda v, o: f", 0x{v:08x}",
    "te_ids": lambda v, o: "".join(f", {_ip(v[k:k + 4], o)} (0x{v[k:k + 4].hex()})"
                                   for k in range(0, len(v), 4)),
    "te_ip": lambda v, o: ", " + _ip(v, o),
    "te_bw": lambda v, o: f", {_mbps(v)} Mbps",
    "te_unres": lambda v, o: "".join(f"\n\t\tTE-Class {k}: {_mbps(w)} Mbps"
                                     for k, w in enumerate(v)),
    "te_bc_model": lambda v, o: (f"\n\t\tBandwidth Constraints Model ID: "
                                 f"{_BC_MODELS.get(v, 'unknown')} ({v})"),
    "te_bcs": lambda v, o: "".join(f"\n\t\t  Bandwidth constraint CT{k}: {_mbps(w)} Mbps"
                                   for k, w in enumerate(v)),
    "te_metric": lambda v, o: f", Metric {v}",
    "te_prot": lambda v, o: ", " + bitflags(_LINK_PROT, v),
    "te_iscd": lambda v, o: (f"\n\t\tInterface Switching Capability: {_SWITCH_CAPS.get(v[0], 'Unknown')}"
                             f"\n\t\tLSP Encoding: {_ENCODINGS.get(v[1], 'Unknown')}"
                             "\n\t\tMax LSP Bandwidth:"
                             + "".join(f"\n\t\t  priority level {k}: {_mbps(w)} Mbps"
                                       for k, w in enumerate(v[2]))),
    "te_link_type": lambda v, o: f", {_TE_LINK_TYPES.get(v, 'unknown')} ({v})",
    "te_srlg": lambda v, o: ("\n\t\t  Shared risk group: " + ", ".join(str(w) for w in v)) if v else "",
    "hex_te": lambda v, o: hex_dump(v, "\n\t\t"),
    "hex6": lambda v, o: hex_dump(v, "\n\t    "),
    "hex8": lambda v, o: hex_dump(v, "\n\t      "),
    "remaining": lambda v, o: f"\n\t    Remaining LS length {v} < 4",
    "ri_tlv": lambda v, o: (f"\n\t    {_RI_TLVS.get(v[0], 'unknown')} TLV ({v[0]}), length: {v[1]}, "
                            "value: "),
    "ri_bogus": lambda v, o: f"\n\t    Bogus length {v[0]} > remaining LS length {v[1]}",
    "bogus_ne": lambda v, o: f"\n\t    Bogus length {v[0]} != {v[1]}",
    "bogus_gt": lambda v, o: f"\n\t    Bogus length {v[0]} > {v[1]}",
    "ri_caps": lambda v, o: "Capabilities: " + bitflags(_RI_CAPS, v, "Unknown"),
    "grace_tlv": lambda v, o: (f"\n\t    {_GRACE_TLVS.get(v[0], 'unknown')} TLV ({v[0]}), "
                               f"length {v[1]}, value: "),
    "grace_period": lambda v, o: f"{v}s",
    "grace_addr": lambda v, o: _ip(v, o),
    "grace_reason": lambda v, o: f"{_GRACE_REASONS.get(v, 'Unknown')} ({v})",
    "lls_truncated": lambda v, o: "\n\t[LLS truncated]",
    "lls": lambda v, o: f"\n\t  LLS: checksum: 0x{v[0]:04x}, length: {v[1]}",
    "lls_tlv": lambda v, o: f"\n\t    {_LLS_TLVS.get(v, 'Unknown TLV')} ({v})",
    "lls_len": lambda v, o: f", length: {v}",
    "lls_should": lambda v, o: f" [should be {v}]",
    "lls_eo": lambda v, o: f"\n\t      Options: 0x{v:08x} [{bitflags(_LLS_EO, v, '?')}]",
    "lls_md5": lambda v, o: f"\n\t      Sequence number: 0x{v:08x}",
}


def format_ospf(rec: OspfRecord, ctx: Context) -> str:
    """The first line; with ``-v``, for a known type, what :func:`_format_v2` or
    :func:`_format_v3` adds to it."""
    if rec.type < 0:
        return f" [|ospf{3 if rec.v3 else 2}]"
    t = rec.type
    unknown = "unknown packet type ({})" if rec.v3 else "unknown LS-type {}"
    head = f"OSPFv{rec.version}, {_TYPES.get(t, unknown.format(t))}, length {rec.length}"
    if t not in _TYPES or not rec.verbose:
        return head
    return (_format_v3 if rec.v3 else _format_v2)(rec, ctx, head)


def _format_v2(rec: OspfRecord, ctx: Context, head: str) -> str:
    t = rec.type
    out = [head]
    o = ctx.opts
    if rec.ospf_length >= 0:
        if rec.length != rec.ospf_length:
            out.append(f" [len {rec.ospf_length}]")
        if rec.router_id:
            out.append("\n\tRouter-ID " + _ip(rec.router_id, o))
        if rec.area:
            out.append(", Backbone Area" if rec.area == b"\0\0\0\0" else ", Area " + _ip(rec.area, o))
    if not rec.auth:
        out.append(" [|ospf2]")
        return "".join(out)
    at = rec.auth_type
    out.append(f", Authentication Type: {_AUTH.get(at, 'unknown')} ({at})")
    if at == 1:
        out.append("\n\tSimple text password: " + printjnp(rec.auth))
    elif at == 2:
        a = rec.auth
        out.append(f"\n\tKey-ID: {a[2]}, Auth-Length: {a[3]}, Crypto Sequence Number: "
                   f"0x{U32.unpack_from(a, 4)[0]:08x}")
    elif at != 0:
        return "".join(out)
    if rec.version != 2:
        out.append(f" ospf [version {rec.version}]")
        return "".join(out)
    for name, value in rec.items:
        out.append(_ITEMS[name](value, o))
    if rec.stop == TRUNCATED:
        out.append(" [|ospf2]")
    return "".join(out)


# --- OSPFv3 (IPv6) --------------------------------------------------------------

_V6_OPTIONS = ((0x01, "V6"), (0x02, "External"), (0x04, "Deprecated"), (0x08, "NSSA"),
               (0x10, "Router"), (0x20, "Demand Circuit"), (0x0100, "AFs Support"),
               (0x0200, "LLS"), (0x0400, "Authentication Trailer"))
_V6_RLA_FLAGS = ((0x01, "ABR"), (0x02, "External"), (0x04, "Virtual-Link Endpoint"),
                 (0x08, "Deprecated"), (0x10, "NSSA Translator"))
_V6_ASLA_FLAGS = ((0x04000000, "External Type 2"), (0x02000000, "Forwarding"),
                  (0x01000000, "Tag"))
_V6_LSA = {1: "Router", 2: "Network", 3: "Inter-Area Prefix", 4: "Inter-Area Router",
           5: "External", 6: "Deprecated", 7: "NSSA", 8: "Link", 9: "Intra-Area Prefix",
           10: "Intra-Area TE", 11: "Grace", 12: "Router Information", 13: "Inter-AS-TE",
           14: "Layer 1 VPN"}
_V6_SCOPES = {0: "Link Local", 0x2000: "Area Local", 0x4000: "Domain Wide"}
_V6_DD_FLAGS = ((0x04, "Init"), (0x02, "More"), (0x01, "Master"), (0x10, "IPv6 MTU"))
_V6_PREFIX_OPTS = ((0x01, "No Unicast"), (0x02, "Local address"), (0x04, "Deprecated"),
                   (0x08, "Propagate"), (0x10, "Down"), (0x20, "N-bit"))
_V6_RLA_LINKS = {4: "\n\t      Virtual Link: Neighbor Router-ID {}",
                 1: "\n\t      Neighbor Router-ID {}",
                 2: "\n\t      Neighbor Network-ID {}"}


class _Stop(Exception):
    """An OSPFv3 length check failed: tcpdump's ``[|ospf3]``, like a short capture."""


def _take(left: int, k: int) -> int:
    """What is left of an LSA after ``k`` more bytes of it; _Stop when it has fewer."""
    if left < k:
        raise _Stop
    return left - k


def _decode_v3(data: bytes, length: int, ctx: Context) -> OspfRecord:
    rec = OspfRecord(verbose=ctx.opts.verbose, length=length, v3=True)
    r = _R(data)
    try:
        rec.type = r.u8(1)
        rec.version = r.u8(0)
        if rec.type not in _TYPES or not rec.verbose:
            return rec
        dl = rec.ospf_length = r.u16(2)
        if dl > length:
            return rec
        rec.router_id = r.raw(4, 4)
        rec.area = r.raw(8, 4)
        rec.instance = r.u8(14)
        if rec.version != 3:
            return rec
        _V3_BODY[rec.type](r, 16, dl, rec)
        _v3_trailer(r, rec, dl, length - dl)
    except (_Cut, _Stop):
        rec.stop = TRUNCATED
    return rec


def _v3_lshdr(r: _R, o: int, end: int, rec: OspfRecord) -> None:
    if o + 20 > end:
        raise _Stop
    rec.items.append(("v3_lsh", (r.raw(o + 8, 4), r.u32(o + 12), r.u16(o), r.u16(o + 18) - 20)))
    rec.items.append(("v3_lstype", (r.u16(o + 2), r.raw(o + 4, 4))))


def _v3_hello(r: _R, o: int, end: int, rec: OspfRecord) -> None:
    it = rec.items
    it.append(("v3_options", r.u32(o + 4) & 0xFFFFFF))
    it.append(("v3_hello", (r.u16(o + 8), r.u16(o + 10), r.raw(o, 4), r.u8(o + 4))))
    if r.u32(o + 12):
        it.append(("dr", r.raw(o + 12, 4)))
    if r.u32(o + 16):
        it.append(("bdr", r.raw(o + 16, 4)))
    if rec.verbose > 1:
        it.append(("neighbors", None))
        p = o + 20
        while p < end:
            it.append(("neighbor", r.raw(p, 4)))
            p += 4


def _v3_dd(r: _R, o: int, end: int, rec: OspfRecord) -> None:
    it = rec.items
    it.append(("v3_options", r.u32(o) & 0xFFFFFF))
    it.append(("v3_dd_flags", r.u8(o + 7)))
    it.append(("v3_mtu_seq", (r.u16(o + 4), r.u32(o + 8))))
    if rec.verbose > 1:
        p = o + 12
        while p < end:
            _v3_lshdr(r, p, end, rec)
            p += 20


def _v3_lsr(r: _R, o: int, end: int, rec: OspfRecord) -> None:
    if rec.verbose <= 1:
        return
    p = o
    while p < end:
        r.raw(p, 12)
        rec.items.append(("v3_lsr", r.raw(p + 8, 4)))
        rec.items.append(("v3_lstype", (r.u16(p + 2), r.raw(p + 4, 4))))
        p += 12


def _v3_lsu(r: _R, o: int, end: int, rec: OspfRecord) -> None:
    if rec.verbose <= 1:
        return
    count = r.u32(o)
    p = o + 4
    while p < end and count:
        count -= 1
        _v3_lsa(r, p, end, rec)
        p += r.u16(p + 18)


def _v3_ack(r: _R, o: int, end: int, rec: OspfRecord) -> None:
    if rec.verbose <= 1:
        return
    p = o
    while p < end:
        _v3_lshdr(r, p, end, rec)
        p += 20


_V3_BODY: dict[int, Callable[[_R, int, int, OspfRecord], None]] = {
    1: _v3_hello, 2: _v3_dd, 3: _v3_lsr, 4: _v3_lsu, 5: _v3_ack}


def _v3_prefixes(r: _R, q: int, left: int, rec: OspfRecord, n: int) -> None:
    """``n`` OSPFv3 prefixes from ``q`` (``left`` bytes to go)."""
    for _ in range(n):
        k = _v3_prefix(r, q, left, rec)
        left -= k
        q += k


def _v3_prefix(r: _R, p: int, left: int, rec: OspfRecord) -> int:
    left = _take(left, 4)
    r.raw(p, 4)
    plen = r.u8(p)
    words = (plen + 31) // 32
    if words * 4 > 16:
        rec.items.append(("v3_bogus_plen", plen))
        raise _Stop
    if left < words * 4:
        raise _Stop
    pre = (r.raw(p + 4, words * 4) + bytes(16))[:16]
    rec.items.append(("v3_prefix", (pre, plen, r.u8(p + 1), r.u16(p + 2))))
    return 4 + words * 4


def _v3_lsa(r: _R, o: int, end: int, rec: OspfRecord) -> None:
    _v3_lshdr(r, o, end, rec)
    ln = r.u16(o + 18)
    if ln < 20 or o + ln > end:
        raise _Stop
    left = ln - 20
    p = o + 20
    t = r.u16(o + 2)
    it = rec.items
    if t == 0x2001:
        left = _take(left, 4)
        it.append(("v3_lsa_options", r.u32(p) & 0xFFFFFF))
        it.append(("v3_rla_flags", r.u8(p)))
        q = p + 4
        while left:
            left = _take(left, 16)
            r.raw(q, 16)
            lt = r.u8(q)
            if lt not in _V6_RLA_LINKS:
                it.append(("v3_rla_unknown", lt))
                return
            it.append(("v3_rla_link", (lt, r.raw(q + 12, 4), r.raw(q + 8, 4), r.raw(q + 4, 4),
                                       r.u16(q + 2))))
            q += 16
    elif t == 0x2002:
        left = _take(left, 4)
        it.append(("v3_lsa_options", r.u32(p) & 0xFFFFFF))
        it.append(("v3_connected", None))
        q = p + 4
        while left:
            left = _take(left, 4)
            it.append(("v3_router", r.raw(q, 4)))
            q += 4
    elif t == 0x2003:
        left = _take(left, 4)
        it.append(("v3_metric", r.u32(p) & 0xFFFFFF))
        q = p + 4
        while left:
            k = _v3_prefix(r, q, left, rec)
            left -= k
            q += k
    elif t == 0x4005:
        left = _take(left, 4)
        f = r.u32(p)
        it.append(("v3_asla", f))
        q = p + 4
        pfx = q
        k = _v3_prefix(r, q, left, rec)
        left -= k
        q += k
        if f & 0x02000000:
            left = _take(left, 16)
            it.append(("v3_forward", r.raw(q, 16)))
            q += 16
        if f & 0x01000000:
            left = _take(left, 4)
            it.append(("v3_tag", r.raw(q, 4)))
            q += 4
        if r.u8(pfx + 2):
            if left < 4:
                raise _Stop
            it.append(("v3_reflsid", r.raw(q, 4)))
    elif t == 8:
        left = _take(left, 4)
        r.raw(p, 4)
        it.append(("v3_lsa_options", r.u32(p) & 0xFFFFFF))
        left = _take(left, 20)
        n = r.u32(p + 20)
        it.append(("v3_link", (r.u8(p), r.raw(p + 4, 16), n)))
        q = p + 24
        _v3_prefixes(r, q, left, rec, n)
    elif t == 0x2009:
        left = _take(left, 4)
        r.raw(p + 8, 4)
        it.append(("v3_lstype", (r.u16(p + 2), r.raw(p + 4, 4))))
        left = _take(left, 2)
        n = r.u16(p)
        it.append(("v3_prefixes", n))
        q = p + 12
        _v3_prefixes(r, q, left, rec, n)
    elif t == 0x000B:
        if not _grace(r, p, left, rec):
            raise _Stop
    elif t == 0x000A:
        if not _te(r, p, left, rec):
            raise _Stop
    else:
        it.append(("hex6v3", r.d[p:p + left]))


def _v3_block(r: _R, p: int, left: int, least: int, it: list[tuple[str, Any]], first: str,
              second: str) -> int:
    """The length of the LLS or authentication block at ``p`` (``left`` bytes to go, at
    least ``least`` in it): its first field noted as ``first``, its length as ``second``;
    _Stop where it cannot be."""
    if left < least:
        raise _Stop
    it.append((first, r.u16(p)))
    n = r.u16(p + 2)
    it.append((second, n))
    if n < least or n > left:
        raise _Stop
    return n


def _v3_trailer(r: _R, rec: OspfRecord, dl: int, left: int) -> None:
    t = rec.type
    lls = False
    if t == 1:
        lls = bool(r.u32(16 + 4) & 0x0200)
    elif t == 2:
        lls = bool(r.u32(16) & 0x0200)
    p = dl
    it = rec.items
    if lls and left:
        dlen = _v3_block(r, p, left, 4, it, "v3_lls_ck", "v3_lls_len")
        r.raw(p + 4, dlen - 4)
        p += dlen
        left -= dlen
    if left == 0:
        return
    alen = _v3_block(r, p, left, 16, it, "v3_at_type", "v3_at_len")
    it.append(("v3_at", (r.u16(p + 6), r.u32(p + 8), r.u32(p + 12))))
    data = r.raw(p + 16, alen - 16)
    if rec.verbose > 1:
        it.append(("v3_at_data", data))


def _v3_lstype(v: tuple[int, bytes], o: Options) -> str:
    t, sid = v
    return (f"\n\t    {_V6_LSA.get(t & 0x1FFF, 'Unknown')} LSA ({t & 0x1FFF}), "
            f"{_V6_SCOPES.get(t & 0x6000, 'Unknown')} Scope{', transitive' if t & 0x8000 else ''}, "
            f"LSA-ID {_ip(sid, o)}")


def _v3_prefix_text(v: tuple[bytes, int, int, int], o: Options) -> str:
    pre, plen, opt, metric = v
    s = f"\n\t\t{ip6addr_string(pre, o)}/{plen}"
    if opt:
        s += f", Options [{bitflags(_V6_PREFIX_OPTS, opt)}]"
    return s + f", metric {metric}"


def _v3_rla(v: tuple[int, bytes, bytes, bytes, int], o: Options) -> str:
    lt, nrtid, nifid, ifid, metric = v
    return (_V6_RLA_LINKS[lt].format(_ip(nrtid, o)) +
            f"\n\t      Neighbor Interface-ID {_ip(nifid, o)}, Interface {_ip(ifid, o)}"
            f", metric {metric}")


_V3_ITEMS: dict[str, Callable[[Any, Options], str]] = {
    "v3_options": lambda v, o: f"\n\tOptions [{bitflags(_V6_OPTIONS, v)}]",
    "v3_hello": lambda v, o: (f"\n\t  Hello Timer {v[0]}s, Dead Timer {v[1]}s, Interface-ID "
                              f"{_ip(v[2], o)}, Priority {v[3]}"),
    "v3_dd_flags": lambda v, o: f", DD Flags [{bitflags(_V6_DD_FLAGS, v)}]",
    "v3_mtu_seq": lambda v, o: f", MTU {v[0]}, DD-Sequence 0x{v[1]:08x}",
    "v3_lsh": lambda v, o: (f"\n\t  Advertising Router {_ip(v[0], o)}, seq 0x{v[1]:08x}, "
                            f"age {v[2]}s, length {v[3] & 0xFFFFFFFFFFFFFFFF}"),
    "v3_lstype": _v3_lstype,
    "v3_lsr": lambda v, o: "\n\t  Advertising Router " + _ip(v, o),
    "v3_lsa_options": lambda v, o: f"\n\t      Options [{bitflags(_V6_OPTIONS, v)}]",
    "v3_rla_flags": lambda v, o: f", RLA-Flags [{bitflags(_V6_RLA_FLAGS, v)}]",
    "v3_rla_unknown": lambda v, o: f"\n\t      Unknown Router Links Type 0x{v:02x}",
    "v3_rla_link": _v3_rla,
    "v3_connected": lambda v, o: "\n\t      Connected Routers:",
    "v3_router": lambda v, o: "\n\t\t" + _ip(v, o),
    "v3_metric": lambda v, o: f", metric {v}",
    "v3_bogus_plen": lambda v, o: f" bogus prefixlen /{v}",
    "v3_prefix": _v3_prefix_text,
    "v3_asla": lambda v, o: f"\n\t     Flags [{bitflags(_V6_ASLA_FLAGS, v)}] metric {v & 0xFFFFFF}",
    "v3_forward": lambda v, o: " forward " + ip6addr_string(v, o),
    "v3_tag": lambda v, o: " tag " + _ip(v, o),
    "v3_reflsid": lambda v, o: " RefLSID: " + _ip(v, o),
    "v3_link": lambda v, o: (f"\n\t      Priority {v[0]}, Link-local address "
                             f"{ip6addr_string(v[1], o)}, Prefixes {v[2]}:"),
    "v3_prefixes": lambda v, o: f"\n\t      Prefixes {v}:",
    "hex6v3": lambda v, o: hex_dump(v, "\n\t      "),
    "v3_lls_ck": lambda v, o: f"\n\tLLS Checksum 0x{v:04x}",
    "v3_lls_len": lambda v, o: f", Data Length {v}",
    "v3_at_type": lambda v, o: "\n\tAuthentication Type " + ("HMAC" if v == 1 else f"unknown (0x{v:04x})"),
    "v3_at_len": lambda v, o: f", Length {v}",
    "v3_at": lambda v, o: f", SAID {v[0]}, CSN 0x{v[1]:08x}:{v[2]:08x}",
    "v3_at_data": lambda v, o: hex_dump(v, "\n\tAuthentication Data "),
}


def _format_v3(rec: OspfRecord, ctx: Context, head: str) -> str:
    t = rec.type
    out = [head]
    o = ctx.opts
    if rec.ospf_length < 0:
        return out[0] + " [|ospf3]"
    if rec.ospf_length > rec.length:
        return out[0] + f" [len {rec.ospf_length}]"
    if rec.router_id:
        out.append("\n\tRouter-ID " + _ip(rec.router_id, o))
    if rec.area:
        out.append(", Backbone Area" if rec.area == b"\0\0\0\0" else ", Area " + _ip(rec.area, o))
    if rec.instance:
        out.append(f", Instance {rec.instance}")
    for name, value in rec.items:
        fn = _V3_ITEMS.get(name) or _ITEMS[name]
        out.append(fn(value, o))
    if rec.stop == TRUNCATED:
        out.append(" [|ospf3]")
    return "".join(out)
