"""Resource ReSerVation Protocol (RSVP, RFC 2205 and its TE/GMPLS extensions):
IP protocol 46.

``RSVPv1 Path Message, length: 244``; with ``-v`` the common header (type,
flags, length, TTL, checksum) and one line per object, ``Session Object (1)
Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 16``,
followed by what tcpdump decodes of it: sessions, hops, time values, error
specs, styles, flow/sender/filter specs (IntServ parameters), sender
templates, labels and label requests, explicit and recorded routes, hellos,
restart capabilities, session attributes, OIF generalized UNI subobjects,
fast reroute and detour objects, class types, properties, message ids,
integrity, administrative status, label sets and sub-LSP destinations.
Objects tcpdump has no decoder for are printed in hex, and with ``-vv``
every object is.  Bundle messages print each submessage.  Bad lengths print
tcpdump's ``ERROR: ...`` notes; octets the capture lacks end the text with
`` [|rsvp]``.

The record keeps the common header and the top-level object headers; the
formatter reads the captured bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .arp import ETHERTYPE_NAMES
from ._base import MALFORMED, TRUNCATED, Context, Layer
from ._bytes import AddrReader, Reader
from ._items import Short
from ._rtr import bitflags, char
from .lmp import ENCODINGS, PAYLOADS, SWITCH_CAPS, c_float, float_of, single

__all__ = ["RsvpRecord", "RsvpObject", "decode_rsvp", "format_rsvp"]

TRUNC = " [|rsvp]"

MSG_TYPES = {1: "Path", 2: "Resv", 3: "PathErr", 4: "ResvErr", 5: "PathTear", 6: "ResvTear",
             7: "ResvConf", 12: "Bundle", 13: "Acknowledgement", 14: "Hello (Old)",
             15: "Refresh", 20: "Hello"}
_OBJECT_MSGS = frozenset((1, 2, 3, 4, 5, 6, 7, 14, 20, 13, 15))
BUNDLE = 12
_HDR_FLAGS = ((0x01, "Refresh reduction capable"),)
_CAPABILITY_FLAGS = ((0x0004, "RecoveryPath Transmit Enabled"), (0x0002, "RecoveryPath Desired"),
                     (0x0001, "RecoveryPath Srefresh Capable"))

OBJECTS = {1: "Session", 3: "RSVP Hop", 4: "Integrity", 5: "Time Values", 6: "Error Spec",
           7: "Scope", 8: "Style", 9: "Flowspec", 10: "FilterSpec", 11: "Sender Template",
           12: "Sender TSpec", 13: "Adspec", 14: "Policy Data", 15: "Confirm", 16: "Label",
           19: "Label Request", 20: "ERO", 21: "RRO", 22: "Hello", 23: "Message ID",
           24: "Message ID Ack", 25: "Message ID List", 34: "Recovery Label",
           35: "Upstream Label", 36: "Label Set", 130: "Acceptable Label Set", 63: "Detour",
           66: "Class Type", 125: "Class Type (old)", 129: "Suggested Label",
           204: "Properties", 205: "Fast Re-Route", 207: "Session Attribute",
           229: "Generalized UNI", 230: "Call-ID", 236: "Call Capability",
           131: "Restart Capability", 134: "Capability", 195: "Notify Request",
           37: "Protection", 196: "Administrative Status", 50: "Sub-LSP to LSP"}

_V4V6 = {1: "IPv4", 2: "IPv6"}
_LABELS = {1: "Label", 2: "Generalized Label", 3: "Waveband Switching"}
_P2MP = {12: "IPv4 P2MP LSP Tunnel", 13: "IPv6 P2MP LSP Tunnel"}
_CTYPES: dict[int, dict[int, str]] = {
    3: {1: "IPv4", 2: "IPv6", 3: "IPv4 plus opt. TLVs", 4: "IPv6 plus opt. TLVs"},
    195: _V4V6, 15: _V4V6, 5: {1: "1"}, 9: {1: "obsolete", 2: "IntServ"}, 12: {2: "IntServ"},
    13: {2: "IntServ"},
    10: {1: "IPv4", 2: "IPv6", 3: "IPv6 Flow-label", 7: "Tunnel IPv4", **_P2MP},
    1: {1: "IPv4", 2: "IPv6", 7: "Tunnel IPv4", 11: "UNI IPv4", 13: "IPv4 P2MP LSP Tunnel",
        14: "IPv6 P2MP LSP Tunnel"},
    11: {1: "IPv4", 2: "IPv6", 7: "Tunnel IPv4", **_P2MP},
    23: {1: "1"}, 24: {1: "Message id ack", 2: "Message id nack"}, 25: {1: "1"}, 8: {1: "1"},
    22: {1: "Hello Request", 2: "Hello Ack"},
    19: {1: "without label range", 2: "with ATM label range", 3: "with FR label range",
         4: "Generalized Label"},
    16: _LABELS, 129: _LABELS, 35: _LABELS, 34: _LABELS, 20: {1: "IPv4"}, 21: {1: "IPv4"},
    6: {1: "IPv4", 2: "IPv6", 3: "IPv4 plus opt. TLVs", 4: "IPv6 plus opt. TLVs"},
    131: {1: "IPv4"}, 134: {1: "1"}, 207: {7: "Tunnel IPv4"}, 205: {7: "Tunnel IPv4", 1: "1"},
    63: {7: "Tunnel IPv4"}, 204: {1: "1"}, 196: {1: "1"}, 66: {1: "1"}, 125: {1: "1"},
    36: {1: "1"}, 229: {1: "1"}, 50: {1: "IPv4 sub-LSP", 2: "IPv6 sub-LSP"},
}

_XRO = {0: "Reserved", 1: "IPv4 prefix", 2: "IPv6 prefix", 3: "Label",
        32: "Autonomous system number", 64: "MPLS label switched path termination"}
_RRO_FLAGS = ((0x01, "Local protection available"), (0x02, "Local protection in use"),
              (0x04, "Bandwidth protection"), (0x08, "Node protection"))
_RRO_LABEL_FLAGS = ((0x01, "Global"),)
_STYLES = {17: "Wildcard Filter", 10: "Fixed Filter", 18: "Shared Explicit"}
_SERVICES = {1: "Default/Global Information", 2: "Guaranteed Service", 5: "Controlled Load"}
_PARAMETERS = {4: "IS hop cnt", 6: "Path b/w estimate", 8: "Minimum path latency",
               10: "Composed MTU", 127: "Token Bucket TSpec", 130: "Guaranteed Service RSpec",
               133: "End-to-end composed value for C", 134: "End-to-end composed value for D",
               135: "Since-last-reshaping point composed C",
               136: "Since-last-reshaping point composed D"}
_SESSION_ATTR_FLAGS = ((0x01, "Local Protection"), (0x02, "Label Recording"), (0x04, "SE Style"),
                       (0x08, "Bandwidth protection"), (0x10, "Node protection"))
_PROPERTY_TLVS = {0x01: "Cos", 0x02: "Metric 1", 0x04: "Metric 2", 0x08: "CCC Status",
                  0x10: "Path Type"}
_ERROR_CODES = {24: "Routing Problem", 25: "Notify Error", 28: "Diffserv TE Error",
                125: "Diffserv TE Error (Old)"}
_ROUTING_ERRORS = {1: "Bad EXPLICIT_ROUTE object", 2: "Bad strict node", 3: "Bad loose node",
                   4: "Bad initial subobject", 5: "No route available toward destination",
                   6: "Unacceptable label value", 7: "RRO indicated routing loops",
                   8: "non-RSVP-capable router in the path", 9: "MPLS label allocation failure",
                   10: "Unsupported L3PID"}
_DIFFSERV_ERRORS = {
    1: "Unexpected CT object", 2: "Unsupported CT", 3: "Invalid CT value",
    4: "CT/setup priority do not form a configured TE-Class",
    5: "CT/holding priority do not form a configured TE-Class",
    6: "CT/setup priority and CT/holding priority do not form a configured TE-Class",
    7: "Inconsistency between signaled PSC and signaled CT",
    8: "Inconsistency between signaled PHBs and signaled CT"}
_ADMIN_FLAGS = ((0x80000000, "Reflect"), (0x00000004, "Testing"), (0x00000002, "Admin-down"),
                (0x00000001, "Delete-in-progress"))
_LABEL_SET_ACTIONS = {0: "Inclusive list", 1: "Exclusive list", 2: "Inclusive range",
                      3: "Exclusive range"}
_UNI_SUBOBJECTS = {1: "Source TNA address", 2: "Destination TNA address", 3: "Diversity",
                   4: "Egress label", 5: "Service level"}
_AFS = {0: "Reserved", 1: "IPv4", 2: "IPv6", 3: "NSAP", 4: "HDLC", 5: "BBN 1822", 6: "802",
        7: "E.163", 8: "E.164", 9: "F.69", 10: "X.121", 11: "Novell IPX", 12: "Appletalk",
        13: "Decnet IV", 14: "Banyan Vines", 15: "E.164 with NSAP subaddress",
        196: "Layer-2 VPN", 25: "VPLS"}
_INTEGRITY_FLAGS = ((0x80, "Handshake"),)


class _Stop(Exception):
    """tcpdump's printer returned -1: nothing more is printed."""


@dataclass(slots=True)
class RsvpObject:
    class_num: int = 0
    ctype: int = 0
    length: int = 0


@dataclass(slots=True)
class RsvpRecord(Layer, proto="rsvp"):
    length: int = 0              # the IP payload's length
    version: int = -1
    flags: int = 0
    msg_type: int = -1
    checksum: int = 0
    send_ttl: int = 0
    rsvp_length: int = 0
    objects: list[RsvpObject] = field(default_factory=list)
    data: bytes = field(default=b"", repr=False)


def decode_rsvp(data: bytes, length: int, ctx: Context) -> RsvpRecord:
    rec = RsvpRecord(length=length, data=bytes(data))
    d = rec.data
    if len(d) < 8:
        rec.stop = TRUNCATED
        return rec
    rec.version, rec.flags = d[0] >> 4, d[0] & 0x0F
    rec.msg_type = d[1]
    rec.checksum = (d[2] << 8) | d[3]
    rec.send_ttl = d[4]
    rec.rsvp_length = (d[6] << 8) | d[7]
    if rec.version != 1:
        rec.stop = MALFORMED
        return rec
    if rec.msg_type in _OBJECT_MSGS:
        p, left = 8, rec.rsvp_length - 8
        while left >= 4 and p + 4 <= len(d) and len(rec.objects) < 1000:
            ol = (d[p] << 8) | d[p + 1]
            rec.objects.append(RsvpObject(class_num=d[p + 2], ctype=d[p + 3], length=ol))
            if ol % 4 or ol < 4 or left < ol:
                break
            p += ol
            left -= ol
    if len(d) < min(rec.rsvp_length, length):
        rec.stop = TRUNCATED
    return rec


def format_rsvp(rec: RsvpRecord, ctx: Context) -> str:
    out: list[str] = []
    try:
        _format(rec, ctx, out)
    except _Stop:
        pass
    except Exception:          # Short, or anything else: never raise from a formatter
        out.append(TRUNC)
    return "".join(out)


def _header(r: Reader, p: int) -> tuple[int, int, int, int, int]:
    """(version, flags, type, length, ttl) of the common header at ``p``."""
    r.need(p, 8)
    vf = r.u(p, 1)
    return vf >> 4, vf & 0x0F, r.u(p + 1, 1), r.u(p + 6, 2), r.u(p + 4, 1)


def _header_text(r: Reader, p: int, indent: str) -> tuple[str, int, int]:
    v, fl, mt, ln, ttl = _header(r, p)
    name = MSG_TYPES.get(mt, f"unknown, type: {mt}")
    return (f"{indent}RSVPv{v} {name} Message ({mt}), Flags: [{bitflags(_HDR_FLAGS, fl)}], "
            f"length: {ln}, ttl: {ttl}, checksum: 0x{r.u(p + 2, 2):04x}", mt, ln)


def _format(rec: RsvpRecord, ctx: Context, out: list[str]) -> None:
    if rec.version < 0:
        raise Short
    if rec.version != 1:
        out.append(f"ERROR: RSVP version {rec.version} packet not supported")
        return
    if ctx.opts.verbose < 1:
        name = MSG_TYPES.get(rec.msg_type, f"unknown ({rec.msg_type})")
        out.append(f"RSVPv1 {name} Message, length: {rec.length}")
        return
    r = AddrReader(rec.data, ctx.opts)
    objs = _Objects(r, ctx, out)
    text, mt, tlen = _header_text(r, 0, "\n\t")
    out.append(text)
    if tlen < 8:
        out.append(f"ERROR: common header too short {tlen} < 8")
        return
    p, tlen = 8, tlen - 8
    if mt == BUNDLE:
        while tlen > 0:
            v = _header(r, p)[0]
            if v != 1:
                out.append(f"ERROR: RSVP version {v} packet not supported")
                return
            text, _, sub = _header_text(r, p, "\n\t  ")
            out.append(text)
            if sub < 8:
                out.append(f"ERROR: common header too short {sub} < 8")
                return
            if tlen < sub:
                out.append(f"ERROR: common header too large {sub} > {tlen}")
                return
            objs.run(p + 8, "\n\t    ", sub - 8)
            p += sub
            tlen -= sub
    elif mt in _OBJECT_MSGS:
        objs.run(p, "\n\t  ", tlen)
    else:
        out.append(r.unknown(p, "\n\t    ", tlen))


_Body = Callable[["_Objects", int, int, int, str], bool]


def _only(ctypes: tuple[int, ...], need: int = 0) -> Callable[[_Body], _Body]:
    """A body printer for the class types ``ctypes`` (tcpdump dumps the others)
    whose body has at least ``need`` octets (else "object is too short")."""
    def wrap(body: _Body) -> _Body:
        def checked(objs: _Objects, ct: int, o: int, n: int, ind: str) -> bool:
            if ct not in ctypes:
                return True
            objs.need_len(n, need, ind)
            return body(objs, ct, o, n, ind)
        return checked
    return wrap


class _Objects:
    """An object list, printed from the captured bytes (raising :class:`Short`
    where they end, :class:`_Stop` where tcpdump's printer gives up)."""

    def __init__(self, r: AddrReader, ctx: Context, out: list[str]) -> None:
        self.r = r
        self.ctx = ctx
        self.out = out
        self.v = ctx.opts.verbose
        self.u, self.ip, self.ip6 = r.u, r.ip, r.ip6     # the reads

    def fail(self, text: str) -> None:
        self.out.append(text)
        raise _Stop

    def run(self, p: int, ind: str, tlen: int) -> None:
        r, out = self.r, self.out
        while tlen >= 4:
            r.need(p, 4)
            olen = r.u(p, 2)
            cls = r.u(p + 2, 1)
            ct = r.u(p + 3, 1)
            if olen % 4:
                self.fail(f"{ind}ERROR: object header size {olen} not a multiple of 4")
            if olen < 4:
                self.fail(f"{ind}ERROR: object header too short {olen} < 4")
            if cls & 0x80:
                how = "ignore and forward" if cls & 0x40 else "ignore silently"
            else:
                how = "reject"
            out.append(f"{ind}{OBJECTS.get(cls, 'Unknown')} Object ({cls}) Flags: [{how}")
            out.append(f" if unknown], Class-Type: {_CTYPES.get(cls, {}).get(ct, 'Unknown')} "
                       f"({ct}), length: {olen}")
            if tlen < olen:
                self.fail(f"{ind}ERROR: object goes past end of objects TLV")
            r.need(p, olen)
            hexdump = self.body(cls, ct, p + 4, olen - 4, ind)
            if self.v > 1 or hexdump:
                out.append(r.unknown(p + 4, "\n\t    ", olen - 4))
            p += olen
            tlen -= olen

    def body(self, cls: int, ct: int, o: int, n: int, ind: str) -> bool:
        """The object's text; whether tcpdump adds its hex dump."""
        handler = _BODIES.get(cls)
        if handler is None:
            if self.v <= 1:
                self.out.append(self.r.unknown(o, "\n\t    ", n))
            return False
        return handler(self, ct, o, n, ind)

    def too_short(self, ind: str) -> None:
        self.fail(f"{ind}ERROR: object is too short")

    def need_len(self, n: int, k: int, ind: str) -> None:
        if n < k:
            self.too_short(ind)

    # objects
    def label(self, ct: int, o: int, n: int, ind: str) -> bool:
        u, out = self.u, self.out
        if ct == 1:
            while n >= 4:
                out.append(f"{ind}  Label: {u(o, 4)}")
                n -= 4
                o += 4
        elif ct == 2:
            self.need_len(n, 4, ind)
            out.append(f"{ind}  Generalized Label: {u(o, 4)}")
        elif ct == 3:
            self.need_len(n, 12, ind)
            out.append(f"{ind}  Waveband ID: {u(o, 4)}{ind}  Start Label: {u(o + 4, 4)}, "
                       f"Stop Label: {u(o + 8, 4)}")
        else:
            return True
        return False

    def _l3pid(self, o: int, ind: str) -> str:
        et = self.u(o + 2, 2)
        return f"{ind}  L3 Protocol ID: " + ETHERTYPE_NAMES.get(
            et, f"Unknown Protocol (0x{et:04x})")

    def label_request(self, ct: int, o: int, n: int, ind: str) -> bool:
        u, out = self.u, self.out
        if ct == 1:
            while n >= 4:
                out.append(self._l3pid(o, ind))
                n -= 4
                o += 4
        elif ct == 2:
            self.need_len(n, 12, ind)
            out.append(self._l3pid(o, ind))
            out.append(f",{'no' if u(o + 4, 1) & 0x80 else ''} merge capability")
            out.append(f"{ind}  Minimum VPI/VCI: {u(o + 4, 2) & 0xFFF}/{u(o + 6, 2) & 0xFFF}")
            out.append(f"{ind}  Maximum VPI/VCI: {u(o + 8, 2) & 0xFFF}/{u(o + 10, 2) & 0xFFF}")
        elif ct == 3:
            self.need_len(n, 12, ind)
            out.append(self._l3pid(o, ind))
            bits = (u(o + 4, 2) >> 7) & 3
            out.append(f"{ind}  Minimum/Maximum DLCI: {u(o + 4, 4) & 0x7FFFFF}/"
                       f"{u(o + 8, 4) & 0x7FFFFF}, {'10' if bits == 0 else ''}"
                       f"{'23' if bits == 2 else ''} bit DLCI")
        elif ct == 4:
            self.need_len(n, 4, ind)
            e = u(o, 1)
            out.append(f"{ind}  LSP Encoding Type: {ENCODINGS.get(e, 'Unknown')} ({e})")
            s, pl = u(o + 1, 1), u(o + 2, 2)
            out.append(f"{ind}  Switching Type: {SWITCH_CAPS.get(s, 'Unknown')} ({s}), "
                       f"Payload ID: {PAYLOADS.get(pl, 'Unknown')} (0x{pl:04x})")
        else:
            return True
        return False

    @_only((1,))
    def route(self, ct: int, o: int, n: int, ind: str) -> bool:
        u, out, r = self.u, self.out, self.r
        while n >= 4:
            r.need(o, 4)
            t0 = u(o, 1)
            ln = u(o + 1, 1)
            kind = t0 & 0x7F
            out.append(f"{ind}  Subobject Type: {_XRO.get(kind, f'Unknown {kind}')}, length {ln}")
            if n < ln:
                out.append(f"{ind}  ERROR: ERO subobject length > object length")
                break
            if ln == 0:
                out.append(f"{ind}  ERROR: zero length ERO subtype")
                break
            if kind == 1:
                if ln != 8:
                    self.fail(" ERROR: length != 8 (invalid)")
                r.need(o, 8)
                plen = u(o + 6, 1)
                if plen != 32:
                    self.fail(f" ERROR: Prefix length {plen} != 32 (invalid)")
                out.append(f", {'Loose' if t0 & 0x80 else 'Strict'}, {self.ip(o + 2)}/{plen}, "
                           f"Flags: [{bitflags(_RRO_FLAGS, u(o + 7, 1))}]")
            elif kind == 3:
                if ln != 8:
                    self.fail(" ERROR: length != 8 (invalid)")
                r.need(o, 8)
                fl, c = u(o + 2, 1), u(o + 3, 1)
                out.append(f", Flags: [{bitflags(_RRO_LABEL_FLAGS, fl)}] ({_hash_x(fl)}), "
                           f"Class-Type: {_CTYPES[21].get(c, 'Unknown')} ({c}), {u(o + 4, 4)}")
            n -= ln
            o += ln
        return False

    @_only((1,), 4)
    def capability(self, ct: int, o: int, n: int, ind: str) -> bool:
        v = self.u(o, 4)
        if v & ~7:
            self.out.append(f"{ind}  [reserved=0x{v & ~7 & 0xFFFFFFFF:08x} must be zero]")
        self.out.append(f"{ind}  Flags: [{bitflags(_CAPABILITY_FLAGS, v & 7)}]")
        return False

    @_only((7,), 4)
    def session_attribute(self, ct: int, o: int, n: int, ind: str) -> bool:
        u, out = self.u, self.out
        nl = u(o + 3, 1)
        self.need_len(n, 4 + nl, ind)
        out.append(f"{ind}  Session Name: ")
        out.append("".join(char(c) for c in self.r.raw(o + 4, nl)))
        fl = u(o + 2, 1)
        out.append(f"{ind}  Setup Priority: {u(o, 1)}, Holding Priority: {u(o + 1, 1)}, "
                   f"Flags: [{bitflags(_SESSION_ATTR_FLAGS, fl)}] ({_hash_x(fl)})")
        return False

    @_only((1,), 4)
    def generalized_uni(self, ct: int, o: int, n: int, ind: str) -> bool:
        u, out = self.u, self.out
        hexdump = False
        total = n
        while total > 0:
            if total < 4:
                self.fail(" (invalid)")
            sl = u(o, 2)
            st, af = u(o + 2, 1), u(o + 3, 1)
            out.append(f"{ind}  Subobject Type: {_UNI_SUBOBJECTS.get(st, 'Unknown')} ({st}), "
                       f"AF: {_AFS.get(af, 'Unknown')} ({af}), length: {sl}")
            if sl < 4 or sl > total or n < sl:
                self.fail(" (invalid)")
            if st in (1, 2):
                if af == 1:
                    if sl < 8:
                        self.fail(f"{ind}ERROR: sub-object is too short")
                    out.append(f"{ind}    UNI IPv4 TNA address: {self.ip(o + 4)}")
                elif af == 2:
                    if sl < 20:
                        self.fail(f"{ind}ERROR: sub-object is too short")
                    out.append(f"{ind}    UNI IPv6 TNA address: {self.ip6(o + 4)}")
                elif af == 3:
                    hexdump = True
            elif st == 3:
                if sl > 4:
                    hexdump = True
            elif st == 4:
                if sl < 16:
                    self.fail(f"{ind}ERROR: sub-object is too short")
                w = u(o + 4, 4)
                out.append(f"{ind}    U-bit: {w >> 31:x}, Label type: {w & 0xFF}, Logical port "
                           f"id: {u(o + 8, 4)}, Label: {u(o + 12, 4)}")
            elif st == 5:
                if sl < 8:
                    self.fail(f"{ind}ERROR: sub-object is too short")
                out.append(f"{ind}    Service level: {u(o + 4, 4) >> 24}")
            else:
                hexdump = True
            total -= sl
            o += sl
            n += sl          # (sic) tcpdump grows the object's length here
        return hexdump

    def hop(self, ct: int, o: int, n: int, ind: str) -> bool:
        if ct in (1, 3):
            self.need_len(n, 8, ind)
            self.out.append(f"{ind}  Previous/Next Interface: {self.ip(o)}, Logical Interface "
                            f"Handle: 0x{self.u(o + 4, 4):08x}")
            return n > 8
        if ct in (2, 4):
            self.need_len(n, 20, ind)
            self.out.append(f"{ind}  Previous/Next Interface: {self.ip6(o)}, Logical Interface "
                            f"Handle: 0x{self.u(o + 16, 4):08x}")
        return True

    @_only((2,), 4)
    def intserv_spec(self, ct: int, o: int, n: int, ind: str) -> bool:
        u, out = self.u, self.out
        out.append(f"{ind}  Msg-Version: {(u(o, 1) & 0xF0) >> 4}, length: {u(o + 2, 2) << 2}")
        o += 4
        n -= 4
        while n >= 4:
            st = (u(o + 2, 2) << 2) & 0xFFFFFFFF
            s = u(o, 1)
            out.append(f"{ind}  Service Type: {_SERVICES.get(s, 'unknown')} ({s}), break bit "
                       f"{'' if u(o + 1, 1) & 0x80 else 'not '}set, Service length: {st}")
            o += 4
            n -= 4
            while st >= 4:
                done = self.intserv(o, n)
                if done == 0:
                    break
                n -= done
                st = (st - done) & 0xFFFFFFFF
                o += done
        return False

    def intserv(self, o: int, n: int) -> int:
        u, out = self.u, self.out
        if n < 4:
            return 0
        pid = u(o, 1)
        pl = u(o + 2, 2) << 2
        out.append(f"\n\t      Parameter ID: {_PARAMETERS.get(pid, 'unknown')} ({pid}), length: "
                   f"{pl}, Flags: [0x{u(o + 1, 1):02x}]")
        if n < pl + 4:
            return 0
        if pid == 4:
            if pl == 4:
                out.append(f"\n\t\tIS hop count: {u(o + 4, 4)}")
        elif pid == 6:
            if pl == 4:
                out.append(f"\n\t\tPath b/w estimate: {_rate(u(o + 4, 4))} Mbps")
        elif pid == 8:
            if pl == 4:
                out.append("\n\t\tMinimum path latency: ")
                v = u(o + 4, 4)
                out.append("don't care" if v == 0xFFFFFFFF else f"{v}")
        elif pid == 10:
            if pl == 4:
                out.append(f"\n\t\tComposed MTU: {u(o + 4, 4)} bytes")
        elif pid == 127:
            if pl == 20:
                self.r.need(o + 4, 20)
                out.append(f"\n\t\tToken Bucket Rate: {_rate(u(o + 4, 4))} Mbps")
                out.append(f"\n\t\tToken Bucket Size: "
                           f"{c_float(float_of(u(o + 8, 4)), '%.10g')} bytes")
                out.append(f"\n\t\tPeak Data Rate: {_rate(u(o + 12, 4))} Mbps")
                out.append(f"\n\t\tMinimum Policed Unit: {u(o + 16, 4)} bytes")
                out.append(f"\n\t\tMaximum Packet Size: {u(o + 20, 4)} bytes")
        elif pid == 130:
            if pl == 8:
                self.r.need(o + 4, 8)
                out.append(f"\n\t\tRate: {_rate(u(o + 4, 4))} Mbps")
                out.append(f"\n\t\tSlack Term: {u(o + 8, 4)}")
        elif pid in (133, 134, 135, 136):
            if pl == 4:
                out.append(f"\n\t\tValue: {u(o + 4, 4)}")
        elif self.v <= 1:
            out.append(self.r.unknown(o + 4, "\n\t\t", pl))
        return pl + 4

    def fast_reroute(self, ct: int, o: int, n: int, ind: str) -> bool:
        u, out = self.u, self.out
        if ct not in (1, 7):
            return True
        self.need_len(n, 20 if ct == 1 else 16, ind)
        bw = c_float(single(single(float_of(u(o + 4, 4)) * 8) / 1000000), "%.10g")
        out.append(f"{ind}  Setup Priority: {u(o, 1)}, Holding Priority: {u(o + 1, 1)}, "
                   f"Hop-limit: {u(o + 2, 1)}, Bandwidth: {bw} Mbps")
        if ct == 1:
            out.append(f"{ind}  Include-any: 0x{u(o + 8, 4):08x}, Exclude-any: "
                       f"0x{u(o + 12, 4):08x}, Include-all: 0x{u(o + 16, 4):08x}")
        else:
            out.append(f"{ind}  Include Colors: 0x{u(o + 8, 4):08x}, Exclude Colors: "
                       f"0x{u(o + 12, 4):08x}")
        return False

    @_only((7,))
    def detour(self, ct: int, o: int, n: int, ind: str) -> bool:
        while n >= 8:
            self.out.append(f"{ind}  PLR-ID: {self.ip(o)}, Avoid-Node-ID: {self.ip(o + 4)}")
            n -= 8
            o += 8
        return False

    def error_spec(self, ct: int, o: int, n: int, ind: str) -> bool:
        u, out = self.u, self.out
        if ct in (1, 3):
            self.need_len(n, 8, ind)
            addr, f = self.ip(o), o + 4
        elif ct in (2, 4):
            self.need_len(n, 20, ind)
            addr, f = self.ip6(o), o + 16
        else:
            return True
        code, value = u(f + 1, 1), u(f + 2, 2)
        out.append(f"{ind}  Error Node Address: {addr}, Flags: [0x{u(f, 1):02x}]"
                   f"{ind}  Error Code: {_ERROR_CODES.get(code, 'unknown')} ({code})")
        if code == 24:
            out.append(f", Error Value: {_ROUTING_ERRORS.get(value, 'unknown')} ({value})")
        elif ct in (2, 4):
            pass                       # (sic) tcpdump names only routing errors for IPv6
        elif code in (28, 125):
            out.append(f", Error Value: {_DIFFSERV_ERRORS.get(value, 'unknown')} ({value})")
        else:
            out.append(f", Unknown Error Value ({value})")
        return False

    @_only((1,), 4)
    def properties(self, ct: int, o: int, n: int, ind: str) -> bool:
        u, out = self.u, self.out
        pad = u(o + 2, 2)
        out.append(f"{ind}  TLV count: {u(o, 2)}, padding bytes: {pad}")
        o += 4
        n -= 4
        while n >= 2 + pad:
            t, ln = u(o, 1), u(o + 1, 1)
            out.append(f"{ind}    {_PROPERTY_TLVS.get(t, 'unknown')} TLV (0x{t:02x}), "
                       f"length: {ln}")
            if n < ln:
                self.too_short(ind)
            if ln < 2:
                self.fail(f"{ind}ERROR: property TLV is too short")
            out.append(self.r.unknown(o + 2, "\n\t\t", ln - 2))
            n -= ln
            o += ln
        return False

    @_only((1, 2), 4)
    def message_id(self, ct: int, o: int, n: int, ind: str) -> bool:
        u, out = self.u, self.out
        out.append(f"{ind}  Flags [0x{u(o, 1):02x}], epoch: {u(o + 1, 3)}")
        o += 4
        n -= 4
        while n >= 4:
            v = u(o, 4)
            out.append(f"{ind}    Message-ID 0x{v:08x} ({v})")
            n -= 4
            o += 4
        return False

    @_only((1,), 32)
    def integrity(self, ct: int, o: int, n: int, ind: str) -> bool:
        u, out = self.u, self.out
        out.append(f"{ind}  Key-ID 0x{u(o + 2, 2):04x}{u(o + 4, 4):08x}, Sequence "
                   f"0x{u(o + 8, 4):08x}{u(o + 12, 4):08x}, Flags "
                   f"[{bitflags(_INTEGRITY_FLAGS, u(o, 1))}]")
        out.append(f"{ind}  MD5-sum 0x{self.r.raw(o + 16, 16).hex()} ")
        out.append(" (unchecked)")      # tcpdump checks it only with -M (not supported)
        return False

    @_only((1,), 4)
    def label_set(self, ct: int, o: int, n: int, ind: str) -> bool:
        u, out = self.u, self.out
        action = u(o, 2) >> 8
        out.append(f"{ind}  Action: {_LABEL_SET_ACTIONS.get(action, 'Unknown')} ({action}), "
                   f"Label type: {u(o, 4) & 0x7F}")
        if action in (2, 3):
            self.need_len(n, 12, ind)
            out.append(f"{ind}  Start range: {u(o + 4, 4)}, End range: {u(o + 8, 4)}")
        else:
            o += 4
            n -= 4
            sub = 1
            while n >= 4:
                out.append(f"{ind}  Subchannel #{sub}: {u(o, 4)}")
                o += 4
                n -= 4
                sub += 1
        return False

def _hash_x(v: int) -> str:
    """C's ``%#x``."""
    return f"{v:#x}" if v else "0"


def _rate(word: int) -> str:
    """An IEEE single in bytes/s, in Mbit/s as tcpdump computes it (``f / 125000``
    in single precision, ``%.10g``)."""
    return c_float(single(float_of(word) / 125000), "%.10g")


_Text = Callable[[_Objects, int, str], str]
_Layout = tuple[int, _Text]        # the octets an object's body needs; its text


def _by_ctype(layouts: dict[int, _Layout]) -> _Body:
    """The body printer of an object whose layout its class type picks:
    ``layouts`` maps a class type to the octets it needs and its text (a shorter
    body is tcpdump's "object is too short"); other class types are dumped."""
    def body(objs: _Objects, ct: int, o: int, n: int, ind: str) -> bool:
        layout = layouts.get(ct)
        if layout is None:
            return True
        need, text = layout
        objs.need_len(n, need, ind)
        objs.out.append(text(objs, o, ind))
        return False
    return body


def _addresses(v4: str, v6: str) -> dict[int, _Layout]:
    """Class types 1 and 2: one IPv4 / IPv6 address, labelled ``v4`` / ``v6``."""
    return {1: (4, lambda s, o, i: f"{i}  {v4}: {s.ip(o)}"),
            2: (16, lambda s, o, i: f"{i}  {v6}: {s.ip6(o)}")}


def _tunnel4(what: str) -> _Layout:
    return (12, lambda s, o, i: f"{i}  IPv4 {what}: {s.ip(o)}, Tunnel ID: 0x{s.u(o + 6, 2):04x}, "
                                f"Extended Tunnel ID: {s.ip(o + 8)}")


_SOURCE4: _Layout = (8, lambda s, o, i: f"{i}  Source Address: {s.ip(o)}, Source Port: "
                                        f"{s.u(o + 6, 2)}")
_SOURCE6: _Layout = (20, lambda s, o, i: f"{i}  Source Address: {s.ip6(o)}, Source Port: "
                                         f"{s.u(o + 18, 2)}")
_P2MP_SENDER4: _Layout = (16, lambda s, o, i: (
    f"{i}  IPv4 Tunnel Sender Address: {s.ip(o)}, LSP ID: 0x{s.u(o + 6, 2):04x}"
    f"{i}  Sub-Group Originator ID: {s.ip(o + 8)}, Sub-Group ID: 0x{s.u(o + 12, 2):04x}"))
_P2MP_SENDER6: _Layout = (40, lambda s, o, i: (
    f"{i}  IPv6 Tunnel Sender Address: {s.ip6(o)}, LSP ID: 0x{s.u(o + 18, 2):04x}"
    f"{i}  Sub-Group Originator ID: {s.ip6(o + 20)}, Sub-Group ID: 0x{s.u(o + 38, 2):04x}"))

_SESSION = _by_ctype({
    1: (8, lambda s, o, i: f"{i}  IPv4 DestAddress: {s.ip(o)}, Protocol ID: 0x{s.u(o + 4, 1):02x}"
                           f"{i}  Flags: [0x{s.u(o + 5, 1):02x}], DestPort {s.u(o + 6, 2)}"),
    2: (20, lambda s, o, i: f"{i}  IPv6 DestAddress: {s.ip6(o)}, Protocol ID: "
                            f"0x{s.u(o + 16, 1):02x}"
                            f"{i}  Flags: [0x{s.u(o + 17, 1):02x}], DestPort {s.u(o + 18, 2)}"),
    8: (36, lambda s, o, i: f"{i}  IPv6 Tunnel EndPoint: {s.ip6(o)}, Tunnel ID: "
                            f"0x{s.u(o + 18, 2):04x}, Extended Tunnel ID: {s.ip6(o + 20)}"),
    14: (26, lambda s, o, i: f"{i}  IPv6 P2MP LSP ID: 0x{s.u(o, 4):08x}, Tunnel ID: "
                             f"0x{s.u(o + 6, 2):04x}, Extended Tunnel ID: {s.ip6(o + 8)}"),
    13: _tunnel4("P2MP LSP ID"), 7: _tunnel4("Tunnel EndPoint"), 11: _tunnel4("Tunnel EndPoint"),
})
_SENDER_TEMPLATE = _by_ctype({
    1: _SOURCE4, 2: _SOURCE6, 13: _P2MP_SENDER6, 12: _P2MP_SENDER4,
    7: (8, lambda s, o, i: f"{i}  IPv4 Tunnel Sender Address: {s.ip(o)}, LSP-ID: "
                           f"0x{s.u(o + 6, 2):04x}"),
})
_FILTER_SPEC = _by_ctype({
    1: _SOURCE4, 2: _SOURCE6, 13: _P2MP_SENDER6, 12: _P2MP_SENDER4,
    3: (20, lambda s, o, i: f"{i}  Source Address: {s.ip6(o)}, Flow Label: {s.u(o + 17, 3)}"),
    8: (20, lambda s, o, i: f"{i}  Source Address: {s.ip(o)}, LSP-ID: 0x{s.u(o + 18, 2):04x}"),
    7: (8, lambda s, o, i: f"{i}  Source Address: {s.ip(o)}, LSP-ID: 0x{s.u(o + 6, 2):04x}"),
})
_HELLO: _Layout = (8, lambda s, o, i: f"{i}  Source Instance: 0x{s.u(o, 4):08x}, Destination "
                                      f"Instance: 0x{s.u(o + 4, 4):08x}")
_CLASS_TYPE = _by_ctype({1: (4, lambda s, o, i: f"{i}  CT: {s.u(o, 4) & 7}")})

_BODIES: dict[int, _Body] = {
    1: _SESSION, 11: _SENDER_TEMPLATE, 10: _FILTER_SPEC,
    15: _by_ctype(_addresses("IPv4 Receiver Address", "IPv6 Receiver Address")),
    195: _by_ctype(_addresses("IPv4 Notify Node Address", "IPv6 Notify Node Address")),
    50: _by_ctype(_addresses("Sub-LSP destination address", "Sub-LSP destination address")),
    8: _by_ctype({1: (4, lambda s, o, i: f"{i}  Reservation Style: "
                                         f"{_STYLES.get(s.u(o + 1, 3), 'Unknown')}, "
                                         f"Flags: [0x{s.u(o, 1):02x}]")}),
    5: _by_ctype({1: (4, lambda s, o, i: f"{i}  Refresh Period: {s.u(o, 4)}ms")}),
    22: _by_ctype({1: _HELLO, 2: _HELLO}),
    131: _by_ctype({1: (8, lambda s, o, i: f"{i}  Restart  Time: {s.u(o, 4)}ms, Recovery Time: "
                                           f"{s.u(o + 4, 4)}ms")}),
    66: _CLASS_TYPE, 125: _CLASS_TYPE,
    196: _by_ctype({1: (4, lambda s, o, i: f"{i}  Flags "
                                           f"[{bitflags(_ADMIN_FLAGS, s.u(o, 4))}]")}),
    129: _Objects.label, 35: _Objects.label, 34: _Objects.label, 16: _Objects.label,
    19: _Objects.label_request,
    21: _Objects.route, 20: _Objects.route, 134: _Objects.capability,
    207: _Objects.session_attribute, 229: _Objects.generalized_uni, 3: _Objects.hop,
    12: _Objects.intserv_spec, 13: _Objects.intserv_spec, 9: _Objects.intserv_spec,
    205: _Objects.fast_reroute, 63: _Objects.detour, 6: _Objects.error_spec,
    204: _Objects.properties, 23: _Objects.message_id, 24: _Objects.message_id,
    25: _Objects.message_id, 4: _Objects.integrity, 36: _Objects.label_set,
}
