"""BGP-4 (RFC 4271 and its extensions): TCP port 179.

Without ``-v`` tcpdump writes ``": BGP"`` only.  With ``-v`` it scans the
segment for the 16-octet all-ones marker and prints every message it finds
whole: the message type and length, then per type the OPEN parameters and
capabilities, the UPDATE withdrawn routes, path attributes (origin, AS path
with 2- or 4-octet ASes guessed from the encoding, next hop, MED, local
preference, aggregator, communities, originator, cluster list, multiprotocol
reach/unreach NLRI for IPv4/IPv6 unicast, labeled, VPN, route-target, MDT,
multicast-VPN, L2VPN and CLNP families, extended and large communities, PMSI
tunnel, AIGP, attribute sets) and NLRI, the NOTIFICATION codes and the
ROUTE-REFRESH family.  Bytes before a marker print as `` [|bgp]``; a message
the capture cuts prints ``[|BGP <type>]``.

The record lists the messages found (offset, type, length); the formatter
reads their fields from the captured bytes and ends with `` [|bgp]`` where
the capture ends inside something tcpdump must read.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from ._addr import ip6addr, ipaddr
from ._base import TRUNCATED, Context, Layer
from ._bytes import Reader
from ._dump import hex_dump
from ._items import Short
from ._rtr import bitflags, printable
from .isis import _nsap

__all__ = ["BgpMessage", "BgpRecord", "decode_bgp", "format_bgp", "prefix_text", "AFI", "SAFI"]

TRUNC = " [|bgp]"
_MARKER = b"\xff" * 16
_HDR = 19
_BUFLEN = 163        # tcpdump formats an NLRI into a buffer of this many characters

MSG_TYPES = {1: "Open", 2: "Update", 3: "Notification", 4: "Keepalive", 5: "Route Refresh"}
ATTRS = {1: "Origin", 2: "AS Path", 17: "AS4 Path", 3: "Next Hop", 4: "Multi Exit Discriminator",
         5: "Local Preference", 6: "Atomic Aggregate", 7: "Aggregator", 18: "Aggregator4",
         8: "Community", 9: "Originator ID", 10: "Cluster List", 11: "DPA", 12: "Advertisers",
         13: "RCID Path / Cluster ID", 14: "Multi-Protocol Reach NLRI",
         15: "Multi-Protocol Unreach NLRI", 16: "Extended Community", 22: "PMSI Tunnel",
         23: "Tunnel Encapsulation", 24: "Traffic Engineering", 25: "IPv6 Extended Community",
         26: "Accumulated IGP Metric", 27: "PE Distinguisher Label", 28: "Entropy Label",
         32: "Large Community", 128: "Attribute Set", 255: "Reserved for development"}
_SEG_OPEN = {2: "", 1: "{ ", 3: "( ", 4: "({ "}
_SEG_CLOSE = {2: "", 1: "}", 3: ")", 4: "})"}
_OPTS = {1: "Authentication Information", 2: "Capabilities Advertisement"}
_CAPS = {1: "Multiprotocol Extensions", 2: "Route Refresh", 3: "Cooperative Route Filtering",
         4: "Multiple Routes to a Destination", 5: "Extended Next Hop Encoding",
         8: "Multiple Labels", 64: "Graceful Restart", 65: "32-Bit AS Number",
         67: "Dynamic Capability", 68: "Multisession BGP", 69: "Multiple Paths",
         70: "Enhanced Route Refresh", 71: "Long-lived Graceful Restart",
         128: "Route Refresh (Cisco)"}
_MAJOR = {1: "Message Header Error", 2: "OPEN Message Error", 3: "UPDATE Message Error",
          4: "Hold Timer Expired", 5: "Finite State Machine Error", 6: "Cease",
          7: "Capability Message Error"}
_MINOR = {
    1: {1: "Connection Not Synchronized", 2: "Bad Message Length", 3: "Bad Message Type"},
    2: {1: "Unsupported Version Number", 2: "Bad Peer AS", 3: "Bad BGP Identifier",
        4: "Unsupported Optional Parameter", 5: "Authentication Failure",
        6: "Unacceptable Hold Time", 7: "Capability Message Error"},
    3: {1: "Malformed Attribute List", 2: "Unrecognized Well-known Attribute",
        3: "Missing Well-known Attribute", 4: "Attribute Flags Error",
        5: "Attribute Length Error", 6: "Invalid ORIGIN Attribute", 7: "AS Routing Loop",
        8: "Invalid NEXT_HOP Attribute", 9: "Optional Attribute Error",
        10: "Invalid Network Field", 11: "Malformed AS_PATH"},
    5: {0: "Unspecified Error", 1: "In OpenSent State", 2: "In OpenConfirm State",
        3: "In Established State"},
    6: {1: "Maximum Number of Prefixes Reached", 2: "Administrative Shutdown",
        3: "Peer Unconfigured", 4: "Administrative Reset", 5: "Connection Rejected",
        6: "Other Configuration Change", 7: "Connection Collision Resolution"},
    7: {1: "Invalid Action Value", 2: "Invalid Capability Length",
        3: "Malformed Capability Value", 4: "Unsupported Capability Code"},
}
_ORIGIN = {0: "IGP", 1: "EGP", 2: "Incomplete"}
_WELL_KNOWN = {0xFFFFFF01: "NO_EXPORT", 0xFFFFFF02: "NO_ADVERTISE", 0xFFFFFF03: "NO_EXPORT_SUBCONFED"}
_PMSI = {1: "RSVP-TE P2MP LSP", 2: "LDP P2MP LSP", 3: "PIM-SSM Tree", 4: "PIM-SM Tree",
         5: "PIM-Bidir Tree", 6: "Ingress Replication", 7: "LDP MP2MP LSP"}
AFI = {0: "Reserved", 1: "IPv4", 2: "IPv6", 3: "NSAP", 4: "HDLC", 5: "BBN 1822", 6: "802",
       7: "E.163", 8: "E.164", 9: "F.69", 10: "X.121", 11: "Novell IPX", 12: "Appletalk",
       13: "Decnet IV", 14: "Banyan Vines", 15: "E.164 with NSAP subaddress",
       196: "Layer-2 VPN", 25: "VPLS"}
SAFI = {0: "Reserved", 1: "Unicast", 2: "Multicast", 3: "Unicast+Multicast",
        4: "labeled Unicast", 64: "Tunnel", 65: "VPLS", 66: "MDT", 70: "EVPN",
        128: "labeled VPN Unicast", 129: "labeled VPN Multicast",
        130: "labeled VPN Unicast+Multicast", 132: "Route Target Routing Information",
        5: "Multicast VPN"}
_EXT_COMM = {0x0002: "target", 0x0102: "target", 0x0202: "target", 0x0003: "origin",
             0x0103: "origin", 0x0203: "origin", 0x4004: "link-BW", 0x0005: "ospf-domain",
             0x0105: "ospf-domain", 0x0205: "ospf-domain", 0x8005: "ospf-domain",
             0x0306: "ospf-route-type", 0x8000: "ospf-route-type", 0x030C: "encapsulation",
             0x0107: "ospf-router-id", 0x8001: "ospf-router-id", 0x800A: "layer2-info",
             0x8800: "eigrp-general-route (flag, tag)",
             0x8801: "eigrp-route-metric (AS, delay)",
             0x8802: "eigrp-route-metric (reliability, nexthop, bandwidth)",
             0x8803: "eigrp-route-metric (load, MTU)",
             0x8804: "eigrp-external-route (remote-AS, remote-ID)",
             0x8805: "eigrp-external-route (remote-proto, remote-metric)",
             0x0009: "source-AS", 0x010B: "vrf-route-import", 0x000A: "l2vpn-id",
             0xF10A: "l2vpn-id"}
_EXT_FLAGS = ((0x8000, "vendor-specific"), (0x4000, "non-transitive"))
_ENCAP = {1: "L2TPv3 over IP", 2: "GRE", 3: "Transmit Tunnel", 4: "IPsec",
          5: "IP in IP with IPsec", 6: "MPLS in IP with IPsec", 7: "IP in IP", 8: "VXLAN",
          9: "NVGRE", 10: "MPLS", 11: "MPLS in GRE", 12: "VXLAN GPE", 13: "MPLS in UDP",
          14: "IPv6", 15: "SR TE", 16: "Bare", 17: "SR"}
_OSPF_RTYPE = {1: "Router", 2: "Network", 3: "Summary", 5: "External", 7: "NSSA External",
               129: "MPLS-VPN Sham"}
_L2VPN_ENCAPS = {0: "Reserved", 1: "Frame Relay", 2: "ATM AAL5 SDU VCC transport",
                 3: "ATM transparent cell transport", 4: "Ethernet (VLAN) Tagged Mode",
                 5: "Ethernet Raw Mode", 6: "Cisco HDLC", 7: "PPP",
                 8: "SONET/SDH Circuit Emulation Service over MPLS",
                 9: "ATM n-to-one VCC cell transport", 10: "ATM n-to-one VPC cell transport",
                 11: "IP layer 2 transport", 15: "Frame Relay Port mode",
                 17: "Structure-agnostic E1 over packet",
                 18: "Structure-agnostic T1 (DS1) over packet", 19: "VPLS",
                 20: "Structure-agnostic T3 (DS3) over packet",
                 21: "Nx64kbit/s Basic Service using Structure-aware", 25: "Frame Relay DLCI",
                 40: "Structure-agnostic E3 over packet",
                 41: "Octet-aligned playload for Structure-agnostic DS1 circuits",
                 42: "E1 Nx64kbit/s with CAS using Structure-aware",
                 43: "DS1 (ESF) Nx64kbit/s with CAS using Structure-aware",
                 44: "DS1 (SF) Nx64kbit/s with CAS using Structure-aware"}
_MVPN = {1: "Intra-AS I-PMSI", 2: "Inter-AS I-PMSI", 3: "S-PMSI", 4: "Intra-AS Segment-Leaf",
         5: "Source-Active", 6: "Shared Tree Join", 7: "Source Tree Join"}
_ADD_PATH = {1: "Receive", 2: "Send", 3: "Both"}

# the AFI/SAFI pairs tcpdump decodes in MP_REACH/MP_UNREACH (AFI << 8 | SAFI)
_INET, _INET6, _NSAP, _VPLS, _L2VPN = 1, 2, 3, 25, 196
_V4_PLAIN = {(_INET << 8) | s for s in (1, 2, 3)}
_V6_PLAIN = {(_INET6 << 8) | s for s in (1, 2, 3)}
_V4_VPN = {(_INET << 8) | s for s in (128, 129, 130)}
_V6_VPN = {(_INET6 << 8) | s for s in (128, 129, 130)}
_NSAP_PLAIN = {(_NSAP << 8) | s for s in (1, 2, 3)}
_NSAP_VPN = {(_NSAP << 8) | s for s in (128, 129, 130)}
_L2 = {(_L2VPN << 8) | s for s in (128, 129, 130)} | {(_VPLS << 8) | 65}
_KNOWN_AF = (_V4_PLAIN | _V6_PLAIN | _V4_VPN | _V6_VPN | _NSAP_PLAIN | _NSAP_VPN | _L2
             | {(_INET << 8) | s for s in (4, 132, 5, 66)} | {(_INET6 << 8) | 4})
# next hops: one IPv4 address each
_NH_V4 = _V4_PLAIN | {(_INET << 8) | s for s in (4, 132, 5, 66)}
_NH_V6 = _V6_PLAIN | {(_INET6 << 8) | 4}


@dataclass(slots=True)
class BgpMessage:
    """One message the marker scan found: ``kind`` is ``"pdu"`` (captured whole),
    ``"cut"`` (the capture ends inside it), ``"short"`` (the capture ends inside
    its header) or ``"invalid"`` (a length below the header's 19 octets);
    ``gap``: bytes that are no BGP message came before it."""

    offset: int = 0
    type: int = -1
    length: int = 0
    kind: str = "pdu"
    gap: bool = False


@dataclass(slots=True)
class BgpRecord(Layer):
    proto = "bgp"

    length: int = 0
    messages: list[BgpMessage] = field(default_factory=list)
    data: bytes = field(default=b"", repr=False)


def decode_bgp(data: bytes, length: int, ctx: Context) -> BgpRecord:
    """The messages in a TCP segment's payload (``data``: the captured bytes)."""
    d = bytes(data)
    rec = BgpRecord(length=length, data=d)
    n = len(d)
    p = start = 0
    while p < n:
        if d[p] != 0xFF:
            p += 1
            continue
        if p + 16 > n:
            break
        if d[p:p + 16] != _MARKER:
            p += 1
            continue
        msg = BgpMessage(offset=p, gap=start != p)
        rec.messages.append(msg)
        if p + _HDR > n:
            msg.kind = "short"
            rec.stop = TRUNCATED
            break
        msg.length, msg.type = struct.unpack_from("!HB", d, p + 16)
        if msg.length < _HDR:
            msg.kind = "invalid"
            break
        if p + msg.length > n:
            msg.kind = "cut"
            rec.stop = TRUNCATED
            break
        p += msg.length
        start = p
    return rec


def format_bgp(rec: BgpRecord, ctx: Context) -> str:
    """tcpdump's text from ``": BGP"`` on."""
    if not ctx.opts.verbose:
        return ": BGP"
    f = _Fmt(rec.data, ctx.opts.verbose)
    try:
        f.messages(rec.messages)
    except Short:
        f.out.append(TRUNC)
    except (ValueError, IndexError, KeyError, OverflowError, RecursionError):
        f.out.append(TRUNC)
    return ": BGP" + "".join(f.out)


def _f32(x: float) -> float:
    return float(struct.unpack("!f", struct.pack("!f", x))[0])


class _Fmt(Reader):
    """The text of the messages; reads raise :class:`Short` past the captured bytes."""

    def __init__(self, data: bytes, verbose: int) -> None:
        super().__init__(data)
        self.v = verbose
        self.out: list[str] = []

    def chk(self, off: int, k: int) -> None:
        """tcpdump's ND_TCHECK inside an attribute: the caller prints the marker."""
        if not self.ok(off, k):
            raise _Trunc

    def ip4(self, off: int) -> str:
        return ipaddr(self.raw(off, 4))

    def ip6(self, off: int) -> str:
        return ip6addr(self.raw(off, 16))

    def put(self, s: str) -> None:
        self.out.append(s)

    def put_unknown(self, off: int, ident: str, k: int) -> None:
        self.out.append(self.unknown(off, ident, k))

    # --- messages ------------------------------------------------------------------------

    def messages(self, msgs: list[BgpMessage]) -> None:
        for m in msgs:
            if m.kind == "short":
                self.put(TRUNC)
                return
            if m.gap:
                self.put(TRUNC)
            if m.kind == "invalid":
                self.put(f"\nmessage length {m.length} < {_HDR} (invalid)")
                return
            if m.kind == "cut":
                self.put(f"\n[|BGP {MSG_TYPES.get(m.type, 'Unknown Message Type')}]")
                return
            self.pdu(m.offset, m.type, m.length)

    def pdu(self, off: int, mtype: int, length: int) -> None:
        self.put(f"\n\t{MSG_TYPES.get(mtype, 'Unknown')} Message ({mtype}), length: {length}")
        if mtype == 1:
            self.open(off, length)
        elif mtype == 2:
            self.update(off, length)
        elif mtype == 3:
            self.notification(off, length)
        elif mtype == 5:
            self.route_refresh(off, length)
        elif mtype != 4:
            self.put(f"\n\t  no Message {mtype} decoder")
            self.put_unknown(off, "\n\t  ", length)

    def open(self, off: int, length: int) -> None:
        if not self.ok(off, 29) or length < 29:
            self.put(TRUNC)
            return
        d = self.d
        self.put(f"\n\t  Version {d[off + 19]}, my AS {self.u(off + 20, 2)}, "
                 f"Holdtime {self.u(off + 22, 2)}s, ID {self.ip4(off + 24)}")
        optslen = d[off + 28]
        self.put(f"\n\t  Optional parameters, length: {optslen}")
        opt = off + 29
        length -= 29
        i = 0
        while i < optslen:
            if not self.ok(opt + i, 2) or length < 2 + i:
                self.put(TRUNC)
                return
            otype, olen = d[opt + i], d[opt + i + 1]
            if 2 + i + olen > optslen:
                self.put(f"\n\t     Option {otype}, length: {olen}, goes past the end of the "
                         "options")
                break
            self.put(f"\n\t    Option {_OPTS.get(otype, 'Unknown')} ({otype}), length: {olen}")
            if otype == 2:
                self.capabilities(opt + 2 + i, olen)
            else:
                self.put(f"\n\t      no decoder for option {otype}")
            i += 2 + olen

    def _af(self, off: int, at: int = 2) -> str:
        afi, safi = self.u(off, 2), self.u(off + at, 1)
        return (f"AFI {AFI.get(afi, 'Unknown')} ({afi}), "
                f"SAFI {SAFI.get(safi, 'Unknown')} ({safi})")

    def capabilities(self, opt: int, caps_len: int) -> None:
        i = 0
        while i < caps_len:
            if not self.ok(opt + i, 2):
                self.put(TRUNC)
                return
            ctype, clen = self.d[opt + i], self.d[opt + i + 1]
            self.put(f"\n\t      {_CAPS.get(ctype, 'Unknown')} ({ctype}), length: {clen}")
            if not self.ok(opt + 2 + i, clen):
                self.put(TRUNC)
                return
            base = opt + i + 2
            if ctype == 1:
                if clen < 4:
                    self.put(" (too short, < 4)")
                    return
                afi = self.u(base, 2)
                safi = self.u(base + 3, 1)
                self.put(f"\n\t\tAFI {AFI.get(afi, 'Unknown')} ({afi}), "
                         f"SAFI {SAFI.get(safi, 'Unknown')} ({safi})")
            elif ctype == 8:
                t, o = clen, base
                while t >= 4:
                    self.put(f"\n\t\t{self._af(o)}, Count: {self.u(o + 3, 1)}")
                    t -= 4
                    o += 4
            elif ctype == 64:
                if clen < 2:
                    self.put(" (too short, < 2)")
                    return
                w = self.u(base, 2)
                self.put(f"\n\t\tRestart Flags: [{'R' if w & 0x8000 else 'none'}], "
                         f"Restart Time {w & 0xFFF}s")
                t, o = clen - 2, base + 2
                while t >= 4:
                    fwd = "yes" if self.u(o + 3, 1) & 0x80 else "no"
                    self.put(f"\n\t\t  {self._af(o)}, Forwarding state preserved: {fwd}")
                    t -= 4
                    o += 4
            elif ctype in (2, 71, 128):
                pass
            elif ctype == 65:
                if clen < 4:
                    self.put(" (too short, < 4)")
                    return
                self.put(f"\n\t\t 4 Byte AS {self.u(base, 4)}")
            elif ctype == 69:
                if clen == 0:
                    self.put(" (bogus)")
                else:
                    t, o = clen, base
                    while t:
                        if t < 4:
                            self.put(" (invalid)")
                            break
                        sr = self.u(o + 3, 1)
                        self.put(f"\n\t\t{self._af(o)}, Send/Receive: "
                                 f"{_ADD_PATH.get(sr, f'Bogus (0x{sr:02x})')}")
                        t -= 4
                        o += 4
            else:
                self.put(f"\n\t\tno decoder for Capability {ctype}")
                if self.v <= 1:
                    self.put_unknown(base, "\n\t\t", clen)
            if self.v > 1 and clen:
                self.put_unknown(base, "\n\t\t", clen)
            i += 2 + clen

    # --- UPDATE ----------------------------------------------------------------------------

    def prefix(self, off: int, itemlen: int, v6: bool = False) -> tuple[int, str]:
        """decode_prefix4/6: (octets used, text); -1 a bad length, -2 too few octets."""
        if itemlen < 1:
            return -2, ""
        plen = self.u(off, 1)
        if plen > (128 if v6 else 32):
            return -1, ""
        nb = (plen + 7) // 8
        if itemlen - 1 < nb:
            return -2, ""
        a = self._masked(off + 1, nb, plen, 16 if v6 else 4)
        return 1 + nb, f"{ip6addr(a) if v6 else ipaddr(a)}/{plen}"

    def _masked(self, off: int, nb: int, plen: int, size: int) -> bytes:
        b = bytearray(self.raw(off, nb))
        if plen % 8:
            b[nb - 1] &= (0xFF00 >> (plen % 8)) & 0xFF
        return bytes(b).ljust(size, b"\0")

    def _label(self, off: int) -> str:
        label = self.u(off + 1, 3) >> 4
        bos = "(bottom)" if self.u(off + 3, 1) & 1 else "(BOGUS: Bottom of Stack NOT set!)"
        return f"label:{label} {bos}"

    def labeled(self, off: int, itemlen: int, v6: bool) -> tuple[int, str]:
        """decode_labeled_prefix4/6: -1 bad length, -2 truncated, -3 too few octets."""
        if not self.ok(off, 4):
            return -2, ""
        if itemlen < 4:
            return -3, ""
        plen = self.u(off, 1)
        if plen < 24:
            return -1, ""
        plen -= 24
        if plen > (128 if v6 else 32):
            return -1, ""
        nb = (plen + 7) // 8
        if not v6 and itemlen - 4 < nb:
            return -3, ""
        a = self._masked(off + 4, nb, plen, 16 if v6 else 4)
        text = ip6addr(a) if v6 else ipaddr(a)
        return 4 + nb, f"{text}/{plen}, {self._label(off)}"

    def labeled_vpn(self, off: int, size: int) -> tuple[int, str]:
        """decode_labeled_vpn_prefix4/6 (``size`` 4 or 16) and the CLNP one (0)."""
        plen = self.u(off, 1)
        if plen < 88:
            return -1, ""
        plen -= 88
        if plen > (152 if size == 0 else size * 8):
            return -1, ""
        nb = (plen + 7) // 8
        a = self._masked(off + 12, nb, plen, size)
        text = ipaddr(a) if size == 4 else ip6addr(a) if size == 16 else _nsap(a[:nb])
        return 12 + nb, f"RD: {self.rd(off + 4)}, {text}/{plen}, {self._label(off)}"

    def rd(self, off: int) -> str:
        kind = self.u(off, 2)
        if kind == 0:
            b = self.raw(off + 4, 4)
            return f"{self.u(off + 2, 2)}:{self.u(off + 4, 4)} (= {ipaddr(b)})"
        if kind == 1:
            return f"{self.ip4(off + 2)}:{self.u(off + 6, 2)}"
        if kind == 2:
            asn, num = self.u(off + 2, 4), self.u(off + 6, 2)
            return f"{asn}:{num} ({self.ip4(off + 2)}:{num})"
        return "unknown RD format"

    def check_add_path(self, off: int, length: int, maxlen: int) -> bool:
        if length < 5:
            return False
        o = 0
        while o < length:
            o += 4
            if not self.ok(off + o, 1):
                break
            plen = self.d[off + o]
            if plen > maxlen:
                return False
            o += 1 + (plen + 7) // 8
        if o > length:
            return False
        o = 0
        while o < length:
            if not self.ok(off + o, 1):
                break
            plen = self.d[off + o]
            if plen < 1 or plen > maxlen:
                return True
            o += 1 + (plen + 7) // 8
        return o > length

    def update(self, off: int, length: int) -> None:
        try:
            self._update(off, length)
        except _Trunc:
            self.put(TRUNC)

    def _routes(self, p: int, rlen: int, head: str, strict: bool) -> tuple[int, int]:
        """IPv4 routes, withdrawn or (``strict``) updated: the offset after them and the
        octets of the field left (a bad prefix ends the list early)."""
        self.put(head)
        add_path = self.check_add_path(p, rlen, 32)
        path_id = 0
        while rlen:
            if add_path:
                if strict:
                    self.chk(p, 4)
                    if rlen < 4:
                        raise _Trunc
                elif rlen < 4:
                    return p + rlen, rlen
                path_id = self.u(p, 4)
                p += 4
                rlen -= 4
            used, text = self.prefix(p, rlen)
            if used == -1:
                self.put("\n\t    (illegal prefix length)")
                break
            if used == -2:
                raise _Trunc
            self.put(f"\n\t    {text}" + (f"   Path Id: {path_id}" if add_path else ""))
            p += used
            rlen -= used
        return p, rlen

    def _field(self, p: int, length: int) -> tuple[int, int, int]:
        """An UPDATE's 2-octet length field at ``p``: (its value, the offset after it,
        the octets of the message left)."""
        if not self.ok(p, 2) or length < 2:
            raise _Trunc
        return self.u(p, 2), p + 2, length - 2

    def _update(self, off: int, length: int) -> None:
        if not self.ok(off, _HDR) or length < _HDR:
            raise _Trunc
        wlen, p, length = self._field(off + _HDR, length - _HDR)
        if not self.ok(p, wlen) or length < wlen:
            raise _Trunc
        if wlen > 1:
            end, wlen = self._routes(p, wlen, "\n\t  Withdrawn routes:", False)
            length -= end - p
            p = end
        else:
            p += wlen
            length -= wlen
        alen, p, length = self._field(p, length)
        if wlen == 0 and alen == 0 and length == 0:
            self.put("\n\t  End-of-Rib Marker (empty NLRI)")
            return
        if alen:
            if length < alen:
                raise _Trunc
            while alen:
                if not self.ok(p, 2) or length < 2:
                    raise _Trunc
                if alen < 2:
                    self.put("\n\t  [path attrs too short]")
                    p += alen
                    length -= alen
                    break
                aflags, atype = self.d[p], self.d[p + 1]
                p += 2
                alen -= 2
                length -= 2
                ll = 2 if aflags & 0x10 else 1
                if not self.ok(p, ll) or length < ll:
                    raise _Trunc
                if alen < ll:
                    self.put("\n\t  [path attrs too short]")
                    p += alen
                    length -= alen
                    break
                a_len = self.u(p, ll)
                p += ll
                alen -= ll
                length -= ll
                self.put(f"\n\t  {ATTRS.get(atype, 'Unknown Attribute')} ({atype}), "
                         f"length: {a_len}")
                if aflags:
                    self.put(f", Flags [{_aflags(aflags)}]: ")
                if alen < a_len:
                    self.put(" [path attrs too short]")
                    p += alen
                    length -= alen
                    break
                if length < a_len:
                    raise _Trunc
                if not self.attr(atype, p, a_len, 0):
                    raise _Trunc
                p += a_len
                alen -= a_len
                length -= a_len
        if length:
            self._routes(p, length, "\n\t  Updated routes:", True)

    # --- path attributes ---------------------------------------------------------------------

    def attr(self, atype: int, p: int, length: int, level: int) -> bool:
        """bgp_attr_print: False where tcpdump's gives up (the caller marks it)."""
        try:
            length = self._attr(atype, p, length, level)
        except _Trunc:
            return False
        if self.v > 1 and length:
            if not self.ok(p, length):
                return False
            self.put_unknown(p, "\n\t    ", length)
        return True

    def _attr(self, atype: int, p: int, length: int, level: int) -> int:
        """One attribute's value; returns the length the -vv dump covers."""
        put = self.put
        if atype == 1:
            put("invalid len" if length != 1 else
                _ORIGIN.get(self.u(p, 1), "Unknown Origin Typecode"))
        elif atype in (2, 17):
            self.as_path(atype, p, length)
        elif atype in (3, 9):
            put("invalid len" if length != 4 else self.ip4(p))
        elif atype in (4, 5):
            put("invalid len" if length != 4 else str(self.u(p, 4)))
        elif atype == 6:
            if length != 0:
                put("invalid len")
        elif atype in (7, 18):
            if length not in ((8,) if atype == 18 else (6, 8)):
                put("invalid len")
            else:
                if atype == 7:
                    self.chk(p, length)
                k = length - 4
                put(f" AS #{self.u(p, k)}, origin {self.ip4(p + k)}")
        elif atype == 8:
            for o in self._each(p, length, 4):
                self.chk(o, 4)
                comm = self.u(o, 4)
                name = _WELL_KNOWN.get(comm)
                put(f" {name}" if name else
                    f"{comm >> 16}:{comm & 0xFFFF}{', ' if o + 4 < p + length else ''}")
        elif atype == 10:
            for o in self._each(p, length, 4):
                put(f"{self.ip4(o)}{', ' if o + 4 < p + length else ''}")
        elif atype == 14:
            return self.mp_reach(p, length)
        elif atype == 15:
            self.mp_unreach(p, length)
        elif atype == 16:
            for o in self._each(p, length, 8):
                self.chk(o, 2)
                ec = self.u(o, 2)
                put(f"\n\t    {_EXT_COMM.get(ec, 'unknown extd community typecode')} "
                    f"(0x{ec:04x}), Flags [{bitflags(_EXT_FLAGS, ec)}]")
                self.chk(o, 8)
                put(": " + self.ext_community(o))
        elif atype == 22:
            self.pmsi(p, length)
        elif atype == 26:
            self.aigp(p, length)
        elif atype == 128:
            return self.attr_set(p, length, level)
        elif atype == 32:
            if length == 0 or length % 12:
                put("invalid len")
            else:
                put("\n\t    ")
                t, o = length, p
                while t:
                    put(f"{self.u(o, 4)}:{self.u(o + 4, 4)}:{self.u(o + 8, 4)}"
                        f"{', ' if t > 12 else ''}")
                    o += 12
                    t -= 12
                return 0
        else:
            self.chk(p, length)
            put(f"\n\t    no Attribute {atype} decoder")
            if self.v <= 1:
                self.put_unknown(p, "\n\t    ", length)
        return length

    def _each(self, p: int, length: int, size: int) -> range:
        """The offsets of an attribute's ``size``-octet items; none (after tcpdump's
        ``invalid len``) when its length is no multiple of ``size``."""
        if length % size:
            self.put("invalid len")
            return range(0)
        return range(p, p + length, size)

    def as_path(self, atype: int, p: int, length: int) -> None:
        if length % 2:
            self.put("invalid len")
            return
        if not length:
            self.put("empty")
            return
        size = 4
        if atype == 2:
            o = p
            while o < p + length:
                if not 1 <= self.u(o, 1) <= 4:
                    break
                o += 2 + self.u(o + 1, 1) * 2
            else:
                if o == p + length:
                    size = 2
        o = p
        while o < p + length:
            seg = self.u(o, 1)
            self.put(_SEG_OPEN.get(seg, "?"))
            count = self.u(o + 1, 1)
            for i in range(0, count * size, size):
                if not self.ok(o + 2 + i, size):
                    raise _Trunc
                self.put(f"{self.u(o + 2 + i, size)} ")
            self.put(_SEG_CLOSE.get(seg, "?"))
            o += 2 + count * size

    def ext_community(self, o: int) -> str:
        ec = self.u(o, 2)
        if ec in (0x0002, 0x0003, 0x000A):
            return f"{self.u(o + 2, 2)}:{self.u(o + 4, 4)} (= {self.ip4(o + 4)})"
        if ec in (0x0102, 0x0103, 0xF10A, 0x010B):
            return f"{self.ip4(o + 2)}:{self.u(o + 6, 2)}"
        if ec in (0x0202, 0x0203):
            return f"{self.u(o + 2, 4)}:{self.u(o + 6, 2)}"
        if ec == 0x4004:
            bw = struct.unpack("!f", self.raw(o + 4, 4))[0]
            return f"bandwidth: {_f32(_f32(bw * 8) / 1000000):.3f} Mbps"
        if ec in (0x0005, 0x0105, 0x0205, 0x8005, 0x0107, 0x8001):
            return self.ip4(o + 2)
        if ec in (0x0306, 0x8000):
            rt, opt = self.u(o + 6, 1), self.u(o + 7, 1)
            return (f"area:{self.ip4(o + 2)}, router-type:"
                    f"{_OSPF_RTYPE.get(rt, f'unknown (0x{rt:02x})')}, metric-type:"
                    f"{'E2' if opt & 1 else ''}{'E1' if rt in (5, 7) else ''}")
        if ec == 0x800A:
            enc = self.u(o + 2, 1)
            return (f"{_L2VPN_ENCAPS.get(enc, 'unknown encaps')} Control Flags "
                    f"[0x{self.u(o + 3, 1):02x}]:MTU {self.u(o + 4, 2)}")
        if ec == 0x0009:
            return f"AS {self.u(o + 2, 2)}"
        if ec == 0x030C:
            return f"Tunnel type: {_ENCAP.get(self.u(o + 6, 2), 'unknown encaps')}"
        return self.raw(o + 2, 6).hex()

    def pmsi(self, p: int, length: int) -> None:
        self.chk(p, 5)
        if length < 5:
            raise _Trunc
        flags, ttype = self.d[p], self.d[p + 1]
        fl = "Leaf Information required" if flags & 1 else "none"
        self.put(f"\n\t    Tunnel-type {_PMSI.get(ttype, 'Unknown')} ({ttype}), Flags [{fl}], "
                 f"MPLS Label {self.u(p + 2, 3) >> 4}")
        p += 5
        length -= 5
        if ttype in (4, 5):
            self.put(f"\n\t      Sender {self.ip4(p)}, P-Group {self.ip4(p + 4)}")
        elif ttype == 3:
            self.put(f"\n\t      Root-Node {self.ip4(p)}, P-Group {self.ip4(p + 4)}")
        elif ttype == 6:
            self.put(f"\n\t      Tunnel-Endpoint {self.ip4(p)}")
        elif ttype in (2, 7):
            self.put(f"\n\t      Root-Node {self.ip4(p)}, LSP-ID 0x{self.u(p + 4, 4):08x}")
        elif ttype == 1:
            self.put(f"\n\t      Extended-Tunnel-ID {self.ip4(p)}, "
                     f"P2MP-ID 0x{self.u(p + 4, 4):08x}")
        elif self.v <= 1:
            self.put_unknown(p, "\n\t      ", length)

    def aigp(self, p: int, t: int) -> None:
        while t >= 3:
            ttype, tl = self.u(p, 1), self.u(p + 1, 2)
            p += 3
            t -= 3
            self.put(f"\n\t    {'AIGP' if ttype == 1 else 'Unknown'} TLV ({ttype}), length {tl}")
            if tl < 3:
                raise _Trunc
            tl -= 3
            if t < tl:
                raise _Trunc
            if ttype == 1:
                if tl < 8:
                    raise _Trunc
                self.put(f", metric {self.u(p, 8)}")
            elif self.v <= 1:
                self.put_unknown(p, "\n\t      ", tl)
            p += tl
            t -= tl

    def attr_set(self, p: int, length: int, level: int) -> int:
        self.chk(p, 4)
        if length < 4:
            raise _Trunc
        self.put(f"\n\t    Origin AS: {self.u(p, 4)}")
        p += 4
        length -= 4
        while length:
            self.chk(p, 2)
            if length < 2:
                self.put(" [path attr too short]")
                break
            aflags, atype = self.d[p], self.d[p + 1]
            p += 2
            length -= 2
            ll = 2 if aflags & 0x10 else 1
            self.chk(p, ll)
            if length < ll:
                self.put(" [path attr too short]")
                break
            alen = self.u(p, ll)
            p += ll
            length -= ll
            self.put(f"\n\t      {ATTRS.get(atype, 'Unknown Attribute')} ({atype}), "
                     f"length: {alen}")
            if aflags:
                self.put(f", Flags [{_aflags(aflags)}]")
            self.put(": ")
            if length < alen:
                self.put(" [path attr too short]")
                break
            if level == 10:
                self.put("(too many nested levels, not recursing)")
            elif not self.attr(atype, p, alen, level + 1):
                raise _Trunc
            p += alen
            length -= alen
        return length       # what is left after a short attribute (the -vv dump covers it)

    # --- multiprotocol NLRI ------------------------------------------------------------------

    def mp_af(self, p: int, tlen: int) -> tuple[int, int] | None:
        """bgp_mp_af_print: the (AFI, SAFI) pair, None when tcpdump has no decoder for it."""
        af, safi = self.u(p, 2), self.u(p + 2, 1)
        self.put(f"\n\t    AFI: {AFI.get(af, 'Unknown AFI')} ({af}), "
                 f"{'vendor specific ' if safi > 128 else ''}"
                 f"SAFI: {SAFI.get(safi, 'Unknown SAFI')} ({safi})")
        if (af << 8) | safi not in _KNOWN_AF:
            if not self.ok(p, tlen):
                raise _Trunc
            self.put(f"\n\t    no AFI {af} / SAFI {safi} decoder")
            if self.v <= 1:
                self.put_unknown(p, "\n\t    ", tlen)
            return None
        return af, safi

    def mp_reach(self, p: int, length: int) -> int:
        if not self.ok(p, 3) or length < 3:
            raise _Trunc
        afs = self.mp_af(p, length)
        if afs is None:
            return length
        af, safi = afs
        key = (af << 8) | safi
        o, tlen = p + 3, length - 3
        if not self.ok(o, 1) or tlen < 1:
            raise _Trunc
        nhlen = self.d[o]
        o += 1
        tlen -= 1
        if nhlen:
            if tlen < nhlen:
                raise _Trunc
            self.put("\n\t    nexthop: ")
            t = nhlen
            first = True
            while t:
                if not first:
                    self.put(", ")
                first = False
                used = self.next_hop(key, o, t)
                if used < 0:
                    return length
                o += used
                tlen -= used
                t -= used
        self.put(f", nh-length: {nhlen}")
        if tlen < 1:
            raise _Trunc
        snpa = self.u(o, 1)
        o += 1
        tlen -= 1
        if snpa:
            self.put(f"\n\t    {snpa} SNPA")
            for _ in range(snpa):
                if tlen < 1:
                    raise _Trunc
                slen = self.u(o, 1)
                self.put(f"\n\t      {slen} bytes")
                o += 1
                tlen -= 1
                if tlen < slen:
                    raise _Trunc
                self.chk(o, slen)
                o += slen
                tlen -= slen
        else:
            self.put(", no SNPA")
        self.nlris(af, safi, o, p, length)
        return length

    def next_hop(self, key: int, o: int, t: int) -> int:
        """One next hop's text; the octets it used (-1: tcpdump stops the attribute)."""
        if key in _NH_V4 or key in _L2:
            need, fmt = 4, lambda: self.ip4(o)
        elif key in _V4_VPN:
            need, fmt = 12, lambda: f"RD: {self.rd(o)}, {self.ip4(o + 8)}"
        elif key in _NH_V6:
            need, fmt = 16, lambda: self.ip6(o)
        elif key in _V6_VPN:
            need, fmt = 24, lambda: f"RD: {self.rd(o)}, {self.ip6(o + 8)}"
        elif key in _NSAP_PLAIN:
            self.put(_nsap(self.raw(o, t)))
            return t
        elif key in _NSAP_VPN:
            if t < 9:
                self.put("invalid len")
                return t
            self.chk(o, t)
            text = f"RD: {self.rd(o)}, {_nsap(self.raw(o + 8, t - 8))}"
            if self.u(o + 8, 4) == 0x47000601:
                text += f" = {self.ip4(o + 12)}"
            elif self.u(o + 8, 3) == 0x350000:
                text += f" = {self.ip6(o + 11)}"
            self.put(text)
            return t
        else:
            self.put(f"ERROR: no AFI {key >> 8}/SAFI {key & 0xFF} nexthop decoder")
            return -1
        if t < need:
            self.put("invalid len")
            return t
        self.put(fmt())
        return need

    def mp_unreach(self, p: int, length: int) -> None:
        self.chk(p, 3)
        afs = self.mp_af(p, length)
        if afs is None:
            return
        if length == 3:
            self.put("\n\t      End-of-Rib Marker (empty NLRI)")
        self.nlris(afs[0], afs[1], p + 3, p, length)

    def nlris(self, af: int, safi: int, o: int, p: int, length: int) -> None:
        rest = length - (o - p)
        add4 = self.check_add_path(o, rest, 32)
        add6 = self.check_add_path(o, rest, 128)
        while o < p + length:
            used = self.nlri(af, safi, o, length, add4, add6)
            if used == -2:
                raise _Trunc
            if used < 0:
                break
            o += used

    def nlri(self, af: int, safi: int, o: int, length: int, add4: bool, add6: bool) -> int:
        key = (af << 8) | safi
        put = self.put
        text = ""
        if key in _V4_PLAIN or key in _V6_PLAIN:
            add = add4 if key in _V4_PLAIN else add6
            path_id = 0
            if add:
                path_id = self.u(o, 4)
                o += 4
            used, text = self.prefix(o, length, key in _V6_PLAIN)
            if used == -1:
                put("\n\t    (illegal prefix length)")
            elif used == -2:
                return -2
            else:
                put(f"\n\t      {text}")
            if add:
                put(f"   Path Id: {path_id}")
                used += 4
            return used
        if key in ((_INET << 8) | 4, (_INET6 << 8) | 4):
            used, text = self.labeled(o, length, af == _INET6)
            if used == -1:
                put("\n\t    (illegal prefix length)")
            elif used >= 0:
                put(f"\n\t      {text}")
            return used
        if key in _V4_VPN or key in _V6_VPN or key in _NSAP_VPN:
            size = 4 if key in _V4_VPN else 16 if key in _V6_VPN else 0
            used, text = self.labeled_vpn(o, size)
            put("\n\t    (illegal prefix length)" if used == -1 else f"\n\t      {text}")
            return used
        if key == (_INET << 8) | 132:
            return self.rt_routing_info(o)
        if safi == 5:
            used, text = self.multicast_vpn(o)
        elif key == (_INET << 8) | 66:
            used, text = self.mdt(o)
        elif key in _L2:
            used, text = self.l2vpn(o)
            if used == -1:
                put("\n\t    (illegal length)")
                return used
        elif key in _NSAP_PLAIN:
            used, text = self.clnp_prefix(o)
        else:
            put(f"\n\t    ERROR: no AFI {af} / SAFI {safi} decoder")
            return -4
        if used == -1:
            put("\n\t    (illegal prefix length)")
        elif used >= 0:
            put(f"\n\t      {text[:_BUFLEN]}")
        return used

    def clnp_prefix(self, o: int) -> tuple[int, str]:
        plen = self.u(o, 1)
        if plen > 152:
            return -1, ""
        nb = (plen + 7) // 8
        a = self._masked(o + 4, nb, plen, 0)
        return 1 + nb, f"{_nsap(a[:nb])}/{plen}"

    def rt_routing_info(self, o: int) -> int:
        plen = self.u(o, 1)
        if plen == 0:
            self.put("\n\t      default route target")
            return 1
        if plen < 32:
            self.put("\n\t      (illegal prefix length)")
            return -1
        asn = self.u(o + 1, 4)
        plen -= 32
        if plen > 64:
            self.put("\n\t      (illegal prefix length)")
            return -1
        nb = (plen + 7) // 8
        rt = self._masked(o + 5, nb, plen, 8)
        self.put(f"\n\t      origin AS: {asn}, {_rt_prefix(rt, plen)}")
        return 5 + nb

    def mdt(self, o: int) -> tuple[int, str]:
        if self.u(o, 1) != 128:
            return -1, ""
        if not self.ok(o + 1, 8):
            return -2, ""
        return 17, (f"RD: {self.rd(o + 1)}, VPN IP Address: {self.ip4(o + 9)}, "
                    f"MC Group Address: {self.ip4(o + 13)}")

    def _vpn_ip(self, o: int, bits: int) -> str:
        if bits == 32:
            return self.ip4(o)
        if bits == 128:
            return self.ip6(o)
        return f"bogus address length {bits}"

    def _sg(self, o: int) -> tuple[int, str]:
        """bgp_vpn_sg_print: (octets, text); a cut source or group ends the text there."""
        text = ""
        total = 0
        for name in ("Source", "Group"):
            alen = self.u(o, 1)
            o += 1
            if not self.ok(o, alen >> 3):
                return total, text
            total += (alen >> 3) + 1
            if alen:
                text += f", {name} {self._vpn_ip(o, alen)}"
                o += alen >> 3
        return total, text

    def multicast_vpn(self, o: int) -> tuple[int, str]:
        rtype, rlen = self.u(o, 1), self.u(o + 1, 1)
        o += 2
        text = f"Route-Type: {_MVPN.get(rtype, 'Unknown')} ({rtype}), length: {rlen}"
        if rtype == 1:
            if not self.ok(o, 8):
                return -2, ""
            text += f", RD: {self.rd(o)}, Originator {self._vpn_ip(o + 8, ((rlen - 8) << 3) & 0xFFFFFFFF)}"
        elif rtype in (2, 6, 7):
            if not self.ok(o, 12):
                return -2, ""
            text += f", RD: {self.rd(o)}, Source-AS {self.u(o + 8, 4)}"
            if rtype != 2:
                text += self._sg(o + 12)[1]
        elif rtype in (3, 5):
            if not self.ok(o, 8):
                return -2, ""
            text += f", RD: {self.rd(o)}"
            o += 8
            sg_len, sg = self._sg(o)
            text += sg
            if rtype == 3:
                alen = (rlen - sg_len) & 0xFFFFFFFF
                if not self.ok(o, alen):
                    return -2, ""
                text += f", Originator {self._vpn_ip(o, (alen << 3) & 0xFFFFFFFF)}"
        return rlen + 2, text

    def l2vpn(self, o: int) -> tuple[int, str]:
        plen = self.u(o, 2)
        tlen = plen
        o += 2
        if plen == 12:
            if not self.ok(o, 12):
                return -2, ""
            return plen + 2, f"RD: {self.rd(o)}, BGPNH: {self.ip4(o + 8)}"
        if plen <= 17:
            return -2, ""
        if not self.ok(o, 15):
            return -2, ""
        text = [f"RD: {self.rd(o)}, CE-ID: {self.u(o + 8, 2)}, Label-Block Offset: "
                f"{self.u(o + 10, 2)}, Label Base {self.u(o + 12, 3) >> 4}"]
        o += 15
        tlen -= 15
        while tlen:
            if tlen < 3:
                text.append("\n\t\tran past the end")
                break
            ttype, tl = self.u(o, 1), self.u(o + 1, 2)
            nb = (tl + 7) // 8
            o += 3
            if ttype == 1:
                text.append(f"\n\t\tcircuit status vector ({ttype}) length: {tl}: 0x")
                while nb:
                    if tlen < 1:
                        text.append(" (ran past the end)")
                        return plen + 2, "".join(text)
                    text.append(f"{self.u(o, 1):02x}")
                    o += 1
                    nb -= 1
                    tlen -= 1
            else:
                text.append(f"\n\t\tunknown TLV #{ttype}, length: {tl}")
                if tlen < nb:
                    text.append(" (ran past the end)")
                    break
                tlen -= nb
        return plen + 2, "".join(text)

    # --- NOTIFICATION, ROUTE-REFRESH -------------------------------------------------------

    def _fixed(self, off: int, length: int, size: int) -> bool:
        """Whether a message's fixed part of ``size`` octets is there to print
        (the truncation marker when the capture ends inside it)."""
        if not self.ok(off, size):
            self.put(TRUNC)
            return False
        return length >= size

    def notification(self, off: int, length: int) -> None:
        if not self._fixed(off, length, 21):
            return
        major, minor = self.d[off + 19], self.d[off + 20]
        self.put(f", {_MAJOR.get(major, 'Unknown Error')} ({major})")
        if major not in _MINOR:
            return
        sep = " " if major in (5, 7) else ", "
        self.put(f"{sep}subcode {_MINOR[major].get(minor, 'Unknown')} ({minor})")
        if major != 6:
            return
        t = off + 21
        if minor == 1 and length >= 28:
            self.put(f", {self._af(t)}, Max Prefixes: {self.u(t + 3, 4)}")
        if minor in (2, 4) and length >= 22:
            clen = self.u(t, 1)
            rest = 0
            if clen > length - 22:
                self.put(", invalid Shutdown Communication length")
            elif clen == 0:
                self.put(", empty Shutdown Communication")
                rest = 1
            else:
                self.put(f', Shutdown Communication (length: {clen}): "')
                self._printn(t + 1, clen)
                self.put('"')
                rest = clen + 1
            left = length - (rest + 21)
            if left > 0:
                self.put(f", Data: (length: {left})")
                chunk = self.d[t + rest:t + rest + left]
                self.put(hex_dump(chunk, "\n\t\t"))
                if len(chunk) < left:
                    raise Short

    def _printn(self, o: int, k: int) -> None:
        """nd_printn: the captured part as safe text, then the truncation if cut."""
        b = self.d[o:o + k]
        self.put(printable(b))
        if len(b) < k:
            raise Short

    def route_refresh(self, off: int, length: int) -> None:
        if not self._fixed(off, length, 23):
            return
        self.put(f"\n\t  {self._af(off + 19, 3)}")
        if self.v > 1:
            if not self.ok(off, length):
                self.put(TRUNC)
                return
            self.put_unknown(off, "\n\t  ", length)


class _Trunc(Exception):
    """tcpdump's ``goto trunc`` inside an UPDATE: the caller prints the marker."""


def _aflags(f: int) -> str:
    s = ("O" if f & 0x80 else "") + ("T" if f & 0x40 else "") + ("P" if f & 0x20 else "") \
        + ("E" if f & 0x10 else "")
    if f & 0xF:
        s += f"+{f & 0xF:x}"
    return s


def _rt_prefix(rt: bytes, plen: int) -> str:
    """bgp_rt_prefix_print: a route-target membership prefix."""
    if plen == 0:
        return "route-target: 0:0/0"
    nb = (plen + 7) // 8
    hexs = "".join(f"{rt[i]:02x}" + (" " if i % 2 == 1 and i < nb - 1 else "")
                   for i in range(nb))
    if plen < 16:
        return f"route-target: partial-type: ({hexs}/{plen})"
    ec = int.from_bytes(rt[:2], "big")
    if ec == 0x0002:
        return f"route-target: {int.from_bytes(rt[2:4], 'big')}:{int.from_bytes(rt[4:8], 'big')}/{plen} ({hexs})"
    if ec == 0x0102:
        return f"route-target: {ipaddr(rt[2:6])}:{int.from_bytes(rt[6:8], 'big')}/{plen} ({hexs})"
    if ec == 0x0202:
        return f"route-target: {int.from_bytes(rt[2:6], 'big')}:{int.from_bytes(rt[6:8], 'big')}/{plen} ({hexs})"
    return f"route target: unknown-type({ec:04x}) ({hexs}/{plen})"


def prefix_text(data: bytes, off: int, itemlen: int, v6: bool) -> tuple[int, str]:
    """tcpdump's decode_prefix4/6 for other printers (LDP): (octets used, ``"a/len"``);
    -1 for a bad prefix length, -2 when ``itemlen`` octets cannot hold it.  Raises
    :class:`Short` past the captured bytes."""
    return _Fmt(data, 0).prefix(off, itemlen, v6)
