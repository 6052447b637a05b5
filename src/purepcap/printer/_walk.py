"""Rule 1: the chain walker.  Tables say which decoder follows which; this file
owns the text *between* units (``"IP "``, ``"src.port > dst.port: "``) and
nothing about any protocol's own fields.

A packet is walked from its link type: each step looks a handler up in a
dispatch table (link type, Ethernet type, LLC SAP, IP protocol, UDP port),
decodes one unit, appends its record and (when text is wanted) tcpdump's text,
and names the next step.  Protocol modules written by others are imported
lazily by name (``purepcap.printer.<module>``, functions ``decode_<name>`` /
``format_<name>``); while one is missing, the walker prints tcpdump's generic
wording for an undecoded unit.  Nothing here raises on packet bytes: the
walker is guarded, and a unit that cannot be read is marked ``stop``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Callable

from . import ip as _ip
from . import link as _link
from . import udp as _udp
from ._addr import ipaddr_string, ip6addr_string, tcpport_string, udpport_string
from ._base import MALFORMED, TRUNCATED, Context, Layer, Options
from ._dump import hex_ascii_dump

__all__ = ["walk", "walk_from", "LINKTYPES", "ETHERTYPES", "IPPROTOS", "LLC_SAPS", "Raw", "Undecoded",
           "external"]

_QUIET = Options(quiet=True)
MAX_DEPTH = 40          # units per packet (bounds nesting loops in crafted packets)


@dataclass(slots=True)
class Undecoded(Layer):
    """Bytes no decoder took: the table and key that had no printer."""

    proto = "data"
    table: str = ""
    key: int = -1
    length: int = 0
    data: bytes = b""


@dataclass(slots=True)
class Raw(Layer):
    """A link type the printer cannot decode (the whole frame)."""

    proto = "raw"
    linktype: int = -1
    length: int = 0


# --- external protocol modules ----------------------------------------------------

_Funcs = tuple[Callable[..., Any], Callable[..., str]]
_ext_cache: dict[tuple[str, str], _Funcs | None] = {}


def external(module: str, name: str) -> _Funcs | None:
    """``(decode_<name>, format_<name>)`` of ``purepcap.printer.<module>``, or None."""
    key = (module, name)
    try:
        return _ext_cache[key]
    except KeyError:
        pass
    funcs: _Funcs | None = None
    mod = importlib.import_module(f"{__package__}.{module}")
    dec = getattr(mod, f"decode_{name}", None)
    fmt = getattr(mod, f"format_{name}", None) or getattr(mod, f"format_{module}", None)
    if callable(dec) and callable(fmt):
        funcs = (dec, fmt)
    _ext_cache[key] = funcs
    return funcs


# --- dispatch tables (data) --------------------------------------------------------
# A value is either a handler name of this walker ("ip", "vlan", ...) or a
# (module, name) pair of an external protocol module.

Target = str | tuple[str, str]

LINKTYPES: dict[int, Target] = {
    1: "ether", 113: "sll", 276: "sll2", 0: "null", 108: "loop",
    12: "raw", 14: "raw", 101: "raw", 228: "raw", 229: "raw",
    105: ("ieee80211", "ieee80211"), 127: ("ieee80211", "radiotap"),
    9: ("ppp", "ppp_if"), 50: ("ppp", "ppp_hdlc_if"),
    104: ("chdlc", "chdlc"),
    107: ("fr", "fr"), 8: ("slip", "slip"),
}

ETHERTYPES: dict[int, Target] = {
    0x0800: "ip", 0x86DD: "ip6",
    0x8100: "vlan", 0x88A8: "vlan", 0x9100: "vlan", 0x9200: "vlan",
    0x0806: ("arp", "arp"), 0x8035: ("arp", "arp"),
    0x88CC: ("lldp", "lldp"), 0x6558: "ether",
    0x88F7: ("ptp", "ptp"),
    0x88A2: ("aoe", "aoe"),
    0x8809: ("slow", "slow"),
    0x6003: ("decnet", "decnet"),
    0x880B: ("ppp", "ppp"),
    0x8863: ("pppoe", "pppoe"), 0x8864: ("pppoe", "pppoe"),
    0x8137: ("ipx", "ipx"),
    0x888E: ("eapol", "eapol"),
    0x8947: ("geonet", "geonet"), 0x0707: ("geonet", "geonet"), 0x1111: ("geonet", "calm_fast"),
    0x00FE: ("isis", "isoclns"),   # OSI in GRE (an Ethernet frame cannot carry it)
    0xFEFE: ("isis", "isoclns_ether"),
    0x8847: ("mpls", "mpls"), 0x8848: ("mpls", "mpls"),
    0xD28B: ("arista", "arista"), 0x8902: ("cfm", "cfm"), 0xABCD: ("cfm", "cfm"),
    0x88CA: ("tipc", "tipc"),
    0x88E5: ("macsec", "macsec"), 0x886F: ("msnlb", "msnlb"),
    0x894F: ("nsh", "nsh"),
    0x9000: ("loopback", "loopback"), 0x80F3: ("aarp", "aarp"),
}

IPPROTOS: dict[int, Target] = {
    4: "ip", 41: "ip6", 17: "udp", 6: "tcp", 59: "nonxt",
    0: "ip6ext", 43: "ip6ext", 44: "ip6ext", 60: "ip6ext",
    1: ("icmp", "icmp"), 58: ("icmp6", "icmp6"), 2: ("igmp", "igmp"), 47: ("gre", "gre"),
    50: ("ip", "esp"), 51: ("ip", "ah"),
    112: ("vrrp", "vrrp"),
    103: ("pim", "pim"),
    88: ("eigrp", "eigrp"),
    89: ("ospf", "ospf"),
    33: "dccp",        # a walker handler: it prints the addresses itself
    113: ("pgm", "pgm"),
    46: ("rsvp", "rsvp"),
    132: "sctp",       # a walker handler: it prints the addresses itself
    135: ("mobility", "mobility"), 62: ("mobility", "mobility"),
    108: ("ipcomp", "ipcomp"), 9: ("igrp", "igrp"), 143: "ipether",
}

LLC_SAPS: dict[int, Target] = {
    0x42: ("stp", "stp"),
    0xE0: ("ipx", "ipx_llc"),
    0xFE: ("isis", "isoclns"),
}

# (OUI << 16) | protocol id of SNAP frames
SNAP: dict[int, Target] = {
    (0x00000C << 16) | 0x2000: ("cdp", "cdp"),
    (0x00000C << 16) | 0x010B: ("stp", "stp"),     # Cisco PVST+
    (0x00000C << 16) | 0x0111: ("udld", "udld"),
    (0x00000C << 16) | 0x2004: ("dtp", "dtp"),
    (0x00000C << 16) | 0x2003: ("vtp", "vtp"),
}

UDPPORTS: dict[int, Target] = _udp.UDP_PORTS    # type: ignore[assignment]  # one table

TABLES: dict[str, dict[int, Target]] = {
    "linktype": LINKTYPES, "ethertype": ETHERTYPES, "ipproto": IPPROTOS,
    "llc": LLC_SAPS, "udpport": UDPPORTS, "snap": SNAP,
    "nlpid": {0xCF: ("ppp", "ppp_unit")},     # what follows a Frame Relay NLPID (fr.py)
}

#: UDP application modules given the bytes up to the IP datagram's end
_READ_TO_IP_END = frozenset(("dns", "lisp", "sflow", "ldp", "isakmp", "l2tp", "radius", "olsr",
                             "nfs",
                             "hncp", "ahcp", "krb", "lmp"))

_LLC_U_NAMES = {0x03: "ui", 0xE3: "test", 0xAF: "xid", 0x6F: "sabme", 0x43: "disc",
                0x63: "ua", 0x0F: "dm", 0x87: "frmr", 0xBF: "xid", 0xF3: "test",
                0x13: "ui/p", 0x7F: "sabme/p", 0x53: "disc/p", 0x73: "ua/f", 0x1F: "dm/f",
                0x97: "frmr/f"}
_LLC_S_NAMES = {0: "rr", 1: "rnr", 2: "rej"}


class _Walk:
    """One packet's walk.  ``parts`` collects text when ``text`` is true."""

    __slots__ = ("data", "ctx", "opts", "text", "parts", "layers", "eth", "pending",
                 "ports_only", "depth", "cooked", "cooked_et", "jumbo")

    def __init__(self, data: bytes, ctx: Context, text: bool) -> None:
        self.data = data
        self.ctx = ctx
        self.opts = ctx.opts
        self.text = text
        self.parts: list[str] = []
        self.layers: list[Layer] = []
        self.eth: _link.Ether | None = None
        self.pending = False     # IP addresses not yet printed
        self.ports_only = False  # after IPv6 extension headers: "sport > dport: "
        self.depth = 0
        self.cooked = ""         # SLL/SLL2 header text (-q form), for unknown types
        self.cooked_et = False
        self.jumbo = 0           # jumbogram: -1 no option, -2 ok, >0 bytes missing

    # -- helpers --
    def unit(self, decode: Callable[..., Any], off: int, length: int) -> Any:
        """The record ``decode`` makes of the unit at ``off`` (``length`` bytes on the
        wire, as many as were captured), added to the packet's layers."""
        rec = decode(self.data[off:off + max(length, 0)], length, self.ctx)
        self.add(rec, off)
        return rec

    def add(self, rec: Layer, off: int) -> None:
        rec.offset = off
        self.layers.append(rec)

    def out(self, s: str) -> None:
        if self.text and s:
            self.parts.append(s)

    def addrs(self) -> None:
        """Print the pending IP addresses (``"src > dst: "``)."""
        if self.pending:
            self.pending = False
            self.out(f"{self._host(True)} > {self._host(False)}: ")

    def _host(self, src: bool) -> str:
        c = self.ctx
        o = self.opts
        if o.numeric:
            return c.src if src else c.dst
        raw = c.src_raw if src else c.dst_raw
        return ipaddr_string(raw, o) if len(raw) == 4 else ip6addr_string(raw, o)

    def ports(self, sport: int, dport: int, udp: bool) -> None:
        o = self.opts
        if o.numeric:
            ps, pd = str(sport), str(dport)
        elif udp:
            ps, pd = udpport_string(sport, o), udpport_string(dport, o)
        else:
            ps, pd = tcpport_string(sport, o), tcpport_string(dport, o)
        if self.pending:
            self.pending = False
            self.out(f"{self._host(True)}.{ps} > {self._host(False)}.{pd}: ")
        else:
            self.out(f"{ps} > {pd}: ")

    def default_print(self, off: int, length: int) -> None:
        """tcpdump's hex and ASCII of bytes no printer decoded (not with -q, -x...)."""
        if self.opts.quiet or self.opts.suppress_default_print:
            return
        chunk = self.data[off:off + max(length, 0)]
        if chunk:
            self.out(hex_ascii_dump(chunk))

    # -- the loop --
    def run(self, target: Target | None, table: str, key: int, off: int, length: int) -> None:
        nxt: tuple[Target | None, str, int, int, int] | None = (target, table, key, off, length)
        while nxt is not None:
            self.depth += 1
            if self.depth > MAX_DEPTH:
                self.out(" [|depth]")
                return
            target, table, key, off, length = nxt
            if target is None:
                nxt = self.undecoded(table, key, off, length)
            elif isinstance(target, str):
                nxt = _HANDLERS[target](self, off, length, key)
            else:
                nxt = self.ext(target, table, key, off, length)

    def follow(self, rec: Layer, off: int, length: int) -> tuple[Target | None, str, int, int, int] | None:
        """The next step named by ``rec.inner`` (offset relative to ``off``)."""
        inner = rec.inner
        if inner is None:
            return None
        table, key, ioff = inner
        tab = TABLES.get(table)
        target = tab.get(key) if tab is not None else None
        if table == "linktype" and target is None:
            target = None
        return (target, table, key, off + ioff, length - ioff)

    # -- generic fallbacks --
    def undecoded(self, table: str, key: int, off: int,
                  length: int) -> tuple[Target | None, str, int, int, int] | None:
        rec = Undecoded(table=table, key=key, length=max(length, 0),
                        data=bytes(self.data[off:off + max(length, 0)][:64]),
                        stop="unknown")
        self.add(rec, off)
        if not self.text:
            return None
        if table == "ethertype":
            self.unknown_ethertype(key, off, length)
        elif table == "ipproto":
            self.addrs()
            self.out(self._ip_proto_text(key, length))
        elif table == "udpport":
            self.out(f"UDP, length {length}")
        elif table == "llc":
            pass
        elif table == "snap":
            self.default_print(off, length)
        else:
            self.default_print(off, length)
        return None

    def _ip_proto_text(self, proto: int, length: int) -> str:
        if not self.opts.numeric:
            name = _protocol_names().get(proto)
            if name:
                return f" {name} {length}"
        return f" ip-proto-{proto} {length}"

    def unknown_ethertype(self, et: int, off: int, length: int) -> None:
        e = self.eth
        o = self.opts
        if self.cooked and e is None:
            if not o.link_header:
                self.out(self.cooked + f"{_link.ethertype_text(et)}, "
                         f"length {self._frame_length()}: ")
            self.default_print(off, length)
            return
        if not o.link_header and e is not None:
            head = _link.format_ether(e, self.ctx).split(", ")[0]
            text = _link.ethertype_text_quiet(et) if o.quiet else _link.ethertype_text(et)
            self.out(f"{head}, {text}, length {e.frame_length}: ")
        self.default_print(off, length)

    def _frame_length(self) -> int:
        r = self.layers[0] if self.layers else None
        return int(getattr(r, "frame_length", 0))

    def ext(self, target: tuple[str, str], table: str, key: int, off: int,
            length: int) -> tuple[Target | None, str, int, int, int] | None:
        funcs = external(*target)
        if funcs is None:
            return self.undecoded(table, key, off, length)
        dec, fmt = funcs
        ctx = self.ctx
        data = self.data[off:off + max(length, 0)] if length >= 0 else b""
        rec = dec(data, max(length, 0), ctx)
        self.add(rec, off)
        if self.text:
            if table == "ipproto":
                if getattr(rec, "prints_addresses", False):
                    self.pending = False      # with its ports (DCCP)
                else:
                    self.addrs()
            self.out(fmt(rec, ctx))
        return self.follow(rec, off, length)

    def h_dccp(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        """DCCP (printer/dccp.py): through :meth:`ext`, never the fast path, as it
        writes the addresses with its ports itself."""
        return self.ext(("dccp", "dccp"), "ipproto", key, off, length)

    def h_sctp(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        """SCTP (printer/sctp.py): like DCCP, it writes the addresses with its ports."""
        return self.ext(("sctp", "sctp"), "ipproto", key, off, length)

    # -- link layers --
    def h_ether(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        rec = _link.decode_ether(self.data[off:], length, self.ctx)
        self.add(rec, off)
        self.eth = rec
        self.ctx.state["link_src"] = rec.src_raw
        self.ctx.state["link_dst"] = rec.dst_raw    # Arista's fallback names both
        o = self.opts
        if rec.stop is not None:
            if self.text:
                if o.link_header and rec.src:
                    self.out(_link.format_ether(rec, self.ctx).split(", ")[0] + ", ")
                self.out(" [|ether]")
            return None
        if rec.length_field >= 0:
            if self.text and o.link_header:
                self.out(_link.format_ether(rec, self.ctx) + ": ")
            ln = min(rec.length_field, length - 14)
            return ("llc", "llc", 0, off + 14, ln)
        et = rec.ethertype
        if self.text and o.link_header:
            if et in _link.VLAN_TPIDS and len(self.data) - off < 18:
                # tcpdump gives up on the tag before printing the type
                self.out(_link.format_ether(rec, self.ctx).split(", ")[0] + ", ")
            else:
                self.out(_link.format_ether(rec, self.ctx) + ": ")
        return (ETHERTYPES.get(et), "ethertype", et, off + 14, length - 14)

    def h_vlan(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        rec = _link.decode_vlan(self.data[off:], length, self.ctx, tpid=key)
        self.add(rec, off)
        if rec.stop is not None:
            self.out(" [|vlan]")
            return None
        o = self.opts
        if self.text and self.cooked:
            # a tag after a Linux cooked header: tcpdump's SLL wording
            if o.link_header:
                self.out(f"vlan {rec.vid}, p {rec.pcp}{', DEI' if rec.dei else ''}, ")
            if rec.ethertype >= 0 and not (o.link_header and o.quiet):
                self.out(f"ethertype {_link.ethertype_name(rec.ethertype)}, ")
        elif self.text and o.link_header:
            if rec.ethertype >= 0:
                self.out(_link.format_vlan(rec, self.ctx) + ", ")
            else:
                self.out(_link.format_vlan(rec, self.ctx) + ", 802.3")
        if rec.length_field >= 0:
            ln = min(rec.length_field, length - 4)
            return ("llc", "llc", 0, off + 4, ln)
        et = rec.ethertype
        return (ETHERTYPES.get(et), "ethertype", et, off + 4, length - 4)

    def h_llc(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        rec = self.unit(_link.decode_llc, off, length)
        o = self.opts
        if rec.stop is not None:
            self.out(" [|llc]")
            return None
        if rec.oui >= 0:
            snap = _link.format_snap(rec, self.ctx, length)
            if self.text and o.link_header:
                self.out(_link.format_llc(rec, self.ctx) + ": " + snap + ": ")
            if rec.oui == 0:
                et = rec.pid
                return (ETHERTYPES.get(et), "ethertype", et, off + 8, length - 8)
            target = SNAP.get((rec.oui << 16) | rec.pid)
            if target is not None and external(*target) is not None:  # type: ignore[misc]
                return (target, "snap", (rec.oui << 16) | rec.pid, off + 8, length - 8)
            self.add(Undecoded(table="snap", key=(rec.oui << 16) | rec.pid,
                               length=max(length - 8, 0), stop="unknown"), off + 8)
            if self.text:
                if not o.link_header:
                    e = self.eth
                    head = _link.format_ether(e, self.ctx).split(", ")[0] + " " if e else ""
                    self.out(f"{head}SNAP, {snap}: ")
                self.default_print(off, length)
            return None
        target = LLC_SAPS.get(rec.dsap & 0xFE) if rec.ssap & 0xFE == rec.dsap & 0xFE else None
        if target is not None and rec.control == 3 and external(*target) is not None:  # type: ignore[misc]
            if self.text and o.link_header:
                self.out(_link.format_llc(rec, self.ctx) + ": ")
            return (target, "llc", rec.dsap, off + 3, length - 3)
        if self.text:
            if o.link_header:
                self.out(_link.format_llc(rec, self.ctx) + ": ")
            else:
                e = self.eth
                sap = rec.dsap & 0xFE
                ssap = rec.ssap & 0xFE
                dname = _link._SAP_NAMES.get(sap, f"Unknown DSAP 0x{sap:02x}")
                head = _link.format_ether(e, self.ctx).split(", ")[0] if e is not None else ""
                if ssap == sap:
                    self.out(f"{head} {dname} " if head else f"{dname} ")
                else:
                    sname = _link._SAP_NAMES.get(ssap, f"Unknown SSAP 0x{ssap:02x}")
                    if " > " in head:
                        src, dst = head.split(" > ", 1)
                        self.out(f"{src} {sname} > {dst} {dname} ")
                    else:
                        self.out(f"{sname} > {dname} ")
            self.out(self._llc_control(rec, length))
            self.default_print(off, length)
        return None

    @staticmethod
    def _llc_control(rec: _link.LLC, length: int) -> str:
        c = rec.control
        cr = "Response" if rec.ssap & 1 else "Command"
        if c & 3 == 3:
            pf = " P" if c & 0x10 and not rec.ssap & 1 else " F" if c & 0x10 else ""
            name = _LLC_U_NAMES.get(c & ~0x10 & 0xFF, f"0x{c & 0xEF:02x}")
            return f"Unnumbered, {name}, Flags [{cr}{pf}], length {length}"
        if c & 1 == 0:
            return (f"Information, send seq {(c >> 1) & 0x7F}, rcv seq {(c >> 9) & 0x7F}, "
                    f"Flags [{cr}], length {length}")
        return (f"Supervisory, {_LLC_S_NAMES.get((c >> 2) & 3, 'unknown')}, rcv seq "
                f"{(c >> 9) & 0x7F}, Flags [{cr}], length {length}")

    def h_sll(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        return self._cooked_header(off, length, _link.decode_sll, _link.format_sll, None, " [|sll]")

    def h_sll2(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        return self._cooked_header(off, length, _link.decode_sll2, _link.format_sll2,
                                   _link.format_sll2_prefix, " [|sll2]")

    def _cooked_header(self, off: int, length: int, decode: Callable[[Any, int, Context], Any],
                       fmt: Callable[[Any, Context], str],
                       prefix: Callable[[Any, Context], str] | None,
                       trunc: str) -> tuple[Target | None, str, int, int, int] | None:
        """A Linux cooked header (SLL, SLL2): ``prefix`` prints before the
        ``-e`` text whether or not ``-e`` is given."""
        rec = decode(self.data[off:], length, self.ctx)
        self.add(rec, off)
        self.ctx.state.pop("link_src", None)   # tcpdump names no source after a cooked header
        self.ctx.state.pop("link_dst", None)
        if rec.stop is not None:
            self.ctx.dump_from_start = True
            self.out(trunc)
            return None
        if self.text:
            if prefix is not None:
                self.out(prefix(rec, self.ctx))
            if self.opts.link_header:
                self.out(fmt(rec, self.ctx) + ("" if self.opts.quiet else ": "))
        self.cooked = fmt(rec, self.ctx.__class__(opts=_QUIET))
        return self._cooked_next(rec.inner, off, length)

    def _cooked_next(self, inner: tuple[str, int, int] | None, off: int,
                     length: int) -> tuple[Target | None, str, int, int, int] | None:
        if inner is None:
            return None
        table, k, ioff = inner
        if table == "llc":
            return ("llc", "llc", 0, off + ioff, length - ioff)
        if table == "ethertype":
            self.cooked_et = True
            return (ETHERTYPES.get(k), "ethertype", k, off + ioff, length - ioff)
        # a protocol value that is no Ethernet type: tcpdump dumps the payload
        self.add(Undecoded(table=table, key=k, length=max(length - ioff, 0),
                           stop="unknown"), off + ioff)
        self.default_print(off + ioff, length - ioff)
        return None

    def h_null(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        return self._bsd(_link.decode_null(self.data[off:], length, self.ctx), off, length)

    def h_loop(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        return self._bsd(_link.decode_loop(self.data[off:], length, self.ctx), off, length)

    def _bsd(self, rec: _link.Null, off: int, length: int) -> tuple[Target | None, str, int, int, int] | None:
        self.add(rec, off)
        if rec.stop is not None:
            self.ctx.dump_from_start = True
            self.out(" [|null]")
            return None
        if self.text and self.opts.link_header:
            self.out(_link.format_null(rec, self.ctx) + ": ")
        inner = rec.inner
        if inner is None:
            return None
        table, k, ioff = inner
        if table == "ethertype":
            return (ETHERTYPES.get(k), "ethertype", k, off + 4, length - 4)
        self.default_print(off + 4, length - 4)
        return None

    def h_raw(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        """Raw IP (DLT_RAW, DLT_IPV4, DLT_IPV6 alike): the version nibble decides."""
        d = self.data
        if self.opts.link_header:
            self.out("ip: ")
        if off >= len(d):
            self.out(" [|ip]")
            return None
        v = d[off] >> 4
        if v == 6:
            return ("ip6", "ethertype", 0x86DD, off, length)
        if v == 4:
            return ("ip", "ethertype", 0x0800, off, length)
        self.add(Undecoded(table="ipversion", key=v, length=length, stop="unknown"), off)
        self.out(f"unknown ip {v}")
        return None

    # -- network layer --
    def h_ip(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        d = self.data
        ctx = self.ctx
        o = self.opts
        rec = self.unit(_ip.decode_ip, off, length)
        if self.pending and not self.text:
            self.pending = False
        if self.text:
            self.addrs()
        txt = self.text
        prefix = "" if o.link_header else "IP "
        if rec.stop is not None:
            if rec.version == 6 and rec.stop == MALFORMED:
                self.out("IP6, wrong link-layer encapsulation (invalid)")
            elif rec.version != 4 and rec.stop == MALFORMED:
                self.out(f"IP{rec.version} (invalid)")
            elif rec.ihl and rec.ihl < 20 and rec.stop == MALFORMED:
                self.out(f"{prefix}bad-hlen {rec.ihl}")
            elif rec.stop == MALFORMED:
                self.out(f"{prefix}bad-len {rec.total_length}")
            elif off >= len(d):
                self.ctx.dump_from_start = True
                self.out(" [|ip]")
            else:
                self.out(f"{prefix} [|ip]")
            return None
        if txt:
            self.out(prefix)
            if rec.missing:
                self.out(f"truncated-ip - {rec.missing} bytes missing! ")
            if o.verbose:
                self.out(_ip.format_ip(rec, ctx))
                if rec.options and rec.options[-1] == _ip.OPT_TRUNC and not rec.frag_offset:
                    return None      # the option printer gave up: so does the packet
                self.out("\n    ")
        if len(d) - off < rec.ihl:
            # the options were cut by the capture: tcpdump stops after the header
            if not rec.frag_offset:
                self.out(f" [remaining caplen({len(d) - off}) < header length({rec.ihl})]"
                         " [|ip]")
                return None
            if o.verbose:
                self.out(f"{rec.src} > {rec.dst}:  [|ip]")
                return None
        ctx.ip_version = 4
        ctx.ttl = rec.ttl
        ctx.src, ctx.dst = rec.src, rec.dst
        ctx.src_raw, ctx.dst_raw = rec.src_raw, rec.dst_raw
        ctx.cksum_dst = rec.final_dst_raw
        ctx.ipproto = rec.protocol
        ctx.fragment = bool(rec.flags & 1 or rec.frag_offset)
        self.pending = True
        self.ports_only = False
        start = off + rec.ihl
        plen = rec.payload_length
        if rec.frag_offset:
            if txt:
                self.pending = False
                self.out(f"{self._host(True)} > {self._host(False)}:")
                name = _protocol_names().get(rec.protocol) if not o.numeric else None
                self.out(f" {name}" if name else f" ip-proto-{rec.protocol}")
            return None
        p = rec.protocol
        return (IPPROTOS.get(p) if p not in _ip.IP6_EXT_HEADERS else None, "ipproto", p, start, plen)

    def h_ip6(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        d = self.data
        ctx = self.ctx
        o = self.opts
        rec = self.unit(_ip.decode_ip6, off, length)
        if self.text:
            self.addrs()
        prefix = "" if o.link_header else "IP6 "
        if rec.stop is not None:
            if rec.stop == MALFORMED:
                self.out(f"{prefix}version error: {rec.version} != 6")
            else:
                self.out(" [|ip6]")
            return None
        if self.text:
            self.out(prefix)
            if rec.missing:
                self.out(f"truncated-ip6 - {rec.missing} bytes missing!")
            if o.verbose:
                self.out(_ip.format_ip6(rec, ctx) + " ")
        ctx.ip_version = 6
        ctx.ttl = rec.hop_limit
        ctx.src, ctx.dst = rec.src, rec.dst
        ctx.src_raw, ctx.dst_raw = rec.src_raw, rec.dst_raw
        ctx.cksum_dst = b""
        ctx.ipproto = rec.next_header
        ctx.fragment = False
        self.pending = True
        self.ports_only = False
        plen = rec.payload_length
        p = rec.next_header
        self.jumbo = 0
        if plen == 0 and p == 0:
            # a jumbogram: the length is in the hop-by-hop header's Jumbo Payload option
            d = self.data
            hbh = d[off + 40:off + 40 + (((d[off + 41] + 1) * 8) if len(d) > off + 41 else 0)]
            j = _ip.find_jumbo(bytes(hbh[2:]))
            if j is None:
                self.jumbo = -1
                plen = max(length - 40, 0)
            else:
                self.jumbo = max(j + 40 - length, 0) or -2
                plen = j
        return (IPPROTOS.get(p), "ipproto", p, off + 40, plen)

    def h_ip6ext(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        ctx = self.ctx
        if ctx.ip_version != 6:
            return self.undecoded("ipproto", key, off, length)
        # extension headers are read from what was captured, whatever the lengths claim
        data = self.data[off:] if key == 44 else self.data[off:off + max(length, 0)]
        rec = _ip.decode_ip6_ext(data, length, ctx, header=key,
                                 payload_length=self._ip6_plen())
        self.add(rec, off)
        if self.text:
            self.addrs()
            self.out(_ip.format_ip6_ext(rec, ctx))
        self.ports_only = True
        if key == 43 and rec.addresses and not ctx.cksum_dst:
            # the pseudo-header carries the final destination (tcpdump's, whatever
            # the segments left): the last hop of a type 0 or 2 header, segment 0 of
            # a segment routing header; the first routing header only
            if rec.routing_type in (0, 2):
                ctx.cksum_dst = _ip.ip6_raw(rec.addresses[-1])
            elif rec.routing_type == 4:
                ctx.cksum_dst = _ip.ip6_raw(rec.addresses[0])
        if key == 0 and self.jumbo and rec.stop is None:
            j, self.jumbo = self.jumbo, 0
            if j == -1:
                self.out("[No valid Jumbo Payload Hop-by-Hop option found] (invalid)")
                return None
            if j > 0:
                self.out(f"truncated-ip6 - {j} bytes missing!")
        if rec.stop is not None:
            return None
        if key == 44:
            ctx.fragment = True
            if rec.frag_offset:
                return None
            p = rec.next_header
            return (IPPROTOS.get(p), "ipproto", p, off + 8, length - 8)
        p = rec.next_header
        ctx.ipproto = p
        hl = rec.hdr_length
        return (IPPROTOS.get(p), "ipproto", p, off + hl, length - hl)

    def _ip6_plen(self) -> int:
        for r in reversed(self.layers):
            if isinstance(r, _ip.IPv6):
                return r.payload_length
        return 0

    def h_nonxt(self, off: int, length: int, key: int) -> None:
        self.addrs()
        self.out("no next header")
        return None

    def h_ipether(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        """Ethernet in IPv6 (protocol 143, as in segment routing); not in IPv4."""
        self.addrs()
        if self.ctx.ip_version != 6:
            self.add(Undecoded(table="ipproto", key=key, length=max(length, 0),
                               stop=MALFORMED), off)
            self.out("[Ethernet requires IPv6] (invalid)")
            return None
        return self.h_ether(off, length, key)

    # -- transport --
    def h_udp(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        ctx = self.ctx
        o = self.opts
        data = self.data[off:off + max(length, 0)]
        rec = _udp.decode_udp(data, max(length, 0), ctx)
        self.add(rec, off)
        ctx.sport, ctx.dport = rec.sport, rec.dport
        if rec.stop == TRUNCATED:
            if rec.sport >= 0 and self.text:
                self.ports(rec.sport, rec.dport, True)
                self.out(" [|udp]")
                return None
            self.addrs()
            self.out(" [|udp]")
            return None
        if self.text:
            self.ports(rec.sport, rec.dport, True)
            if rec.ulen >= 8:
                self.out(_udp.format_udp_checksum(rec, ctx))
        if rec.stop is not None or rec.inner is None or o.quiet:
            self.out(_udp.format_udp(rec, ctx))
            return None
        _, k, ioff = rec.inner
        target = UDPPORTS.get(k)
        if o.forced:
            forced = _udp.FORCED_TYPES.get(o.forced)
            target = forced
        funcs = external(*target) if target is not None else None
        if funcs is None:
            self.out(_udp.format_udp(rec, ctx))
            return None
        # DNS may read up to the end of the IP datagram (tcpdump's snapend), though
        # its length is the UDP header's
        ulen = min(rec.ulen, length) - 8
        dec, fmt = funcs
        whole = isinstance(target, tuple) and target[0] in _READ_TO_IP_END
        stop = off + max(length, 8) if whole else off + 8 + ulen
        app = dec(self.data[off + 8:stop], ulen, ctx)
        self.add(app, off + 8)
        self.out(fmt(app, ctx))
        return self.follow(app, off + 8, ulen)

    def h_tcp(self, off: int, length: int, key: int) -> tuple[Target | None, str, int, int, int] | None:
        funcs = external("tcp", "tcp")
        if funcs is None:
            return self.undecoded("ipproto", 6, off, length)
        dec, fmt = funcs
        ctx = self.ctx
        data = self.data[off:off + max(length, 0)]
        rec = dec(data, max(length, 0), ctx)
        self.add(rec, off)
        sport = getattr(rec, "sport", -1)
        dport = getattr(rec, "dport", -1)
        if self.text:
            if sport < 0:
                if self.pending:
                    self.pending = False
                    self.out(f"{self._host(True)} > {self._host(False)}:")
            else:
                ctx.sport, ctx.dport = sport, dport
                self.ports(sport, dport, False)
            self.out(fmt(rec, ctx))
        else:
            # the layers (--json, Packet.layers()): the application's record too
            ctx.sport, ctx.dport = sport, dport
            app = _tcp_app_record(rec, ctx)
            if app is not None:
                self.add(app, off + rec.hlen)
        return self.follow(rec, off, length)


def _tcp_app_record(rec: Any, ctx: Context) -> Layer | None:
    from .tcp import app_record
    return app_record(rec, ctx)


_protocols: dict[int, str] | None = None


def _protocol_names() -> dict[int, str]:
    """/etc/protocols (what tcpdump prints for IP protocols without -n)."""
    global _protocols
    if _protocols is None:
        table: dict[int, str] = {}
        try:
            with open("/etc/protocols", encoding="utf-8", errors="replace") as f:
                for line in f:
                    fields = line.split("#", 1)[0].split()
                    if len(fields) >= 2 and fields[1].isdigit():
                        table.setdefault(int(fields[1]), fields[0])
        except OSError:
            pass
        _protocols = table
    return _protocols


_HANDLERS: dict[str, Callable[..., Any]] = {
    name[2:]: getattr(_Walk, name) for name in dir(_Walk) if name.startswith("h_")}


def walk_from(data: bytes, target: Target, length: int, ctx: Context, *,
              table: str = "ethertype", key: int = 0, offset: int = 0,
              text: bool = True) -> tuple[list[Layer], str]:
    """Decode ``data`` from a unit other than a link layer: ``target`` is a handler of
    the walker (``"ip"``, ``"ip6"``, ``"tcp"``...) or a ``(module, name)`` pair, found
    in ``table`` under ``key``; ``length`` is the unit's length as its enclosing layer
    states it.  Returns the records and tcpdump's text, like :func:`walk`.  (ICMP
    prints the datagram it quotes this way, from the IPv4 printer itself.)"""
    w = _Walk(data, ctx, text)
    w.run(target, table, key, offset, length)
    return w.layers, "".join(w.parts)


def walk(data: bytes, linktype: int, wirelen: int, ctx: Context,
         text: bool = True) -> tuple[list[Layer], str]:
    """Decode ``data`` (one frame of ``linktype``); return its records and tcpdump's text."""
    if text and not ctx.opts.verbose:
        ctx.checksums = False     # no text without -v shows a checksum
    w = _Walk(data, ctx, text)
    target = LINKTYPES.get(linktype)
    if target is None:
        w.add(Raw(linktype=linktype, length=wirelen, stop="unknown"), 0)
        return w.layers, ""
    w.run(target, "linktype", linktype, 0, wirelen)
    return w.layers, "".join(w.parts)


_ = (Options, TRUNCATED)
