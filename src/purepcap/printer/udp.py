"""UDP, and the port table that picks the application printer.

``decode_udp`` needs ``ctx.ip_version``, ``ctx.src_raw``/``ctx.dst_raw`` (the
pseudo-header) filled by the chain walker.  It sets ``inner`` to
``("udpport", port, 8)`` when one of the ports (or ``-T``) names an
application the printer knows; the walker then calls that module.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from ._base import MALFORMED, TRUNCATED, Context, Layer
from .ip import in_cksum

__all__ = ["UDP", "decode_udp", "format_udp", "format_udp_checksum", "UDP_PORTS",
           "FORCED_TYPES", "udp_application"]

_HHHH = struct.Struct("!HHHH")
_PSEUDO4 = struct.Struct("!4s4sBBH")
_PSEUDO6 = struct.Struct("!16s16sIxxxB")

# well-known port -> (module, function suffix) of the application printer
UDP_PORTS: dict[int, tuple[str, str]] = {
    53: ("dns", "dns"),
    5353: ("dns", "mdns"),
    1701: ("l2tp", "l2tp"),
    67: ("bootp", "bootp"),
    68: ("bootp", "bootp"),
    123: ("ntp", "ntp"),
    4789: ("vxlan", "vxlan"), 4790: ("nsh", "vxlan_gpe"), 3503: ("lspping", "lspping"),
    4567: ("wb", "wb"),
    6081: ("vxlan", "geneve"),
    4500: ("ip", "udpencap"),
    319: ("ptp", "ptp"), 320: ("ptp", "ptp"),
    1985: ("hsrp", "hsrp"),
    3784: ("bfd", "bfd"), 3785: ("bfd", "bfd"), 4784: ("bfd", "bfd"), 6784: ("bfd", "bfd"),
    6696: ("babel", "babel"), 6697: ("babel", "babel"),
    520: ("rip", "rip"), 521: ("rip", "ripng"),
    496: ("pim", "autorp"),
    6343: ("sflow", "sflow"), 49152: ("bcmli", "bcm_li"), 646: ("ldp", "ldp"),
    8472: ("otv", "otv"), 4342: ("lisp", "lisp"), 500: ("isakmp", "isakmp"),
    6635: ("mpls", "mpls"), 546: ("dhcp6", "dhcp6"), 547: ("dhcp6", "dhcp6"),
    654: ("aodv", "aodv"), 698: ("olsr", "olsr"), 5359: ("ahcp", "ahcp"), 8231: ("hncp", "hncp"),
    69: ("tftp", "tftp"),
    2049: ("nfs", "nfs_udp"),     # tried before every port, by the RPC message (nfs.udp_key)
    88: ("krb", "krb"), 750: ("krb", "krb"), 701: ("lmp", "lmp"),
    161: ("snmp", "snmp"), 162: ("snmp", "snmp"), 30490: ("someip", "someip"),
    514: ("syslog", "syslog"), 5060: ("sip", "sip"), 12223: ("lwapp", "lwapp_control"), 12222: ("lwapp", "lwapp_data"),
    **{port: ("radius", "radius") for port in (1645, 1646, 1812, 1813, 1700, 3799)},
    **{port: ("rx", "rx") for port in range(7000, 7010)},
}

# -T TYPE: tcpdump's packet types, and the printer each one selects (None: known
# to tcpdump, not printed by us yet: such packets fall back to "UDP, length N")
FORCED_TYPES: dict[str, tuple[str, str] | None] = {
    "vxlan": ("vxlan", "vxlan"), "geneve": None, "aodv": ("aodv", "aodv"), "carp": None,
    "cnfp": None, "domain": ("dns", "dns"), "lmp": ("lmp", "lmp"), "pgm": None, "pgm_zmtp1": None,
    "radius": ("radius", "radius"), "resp": None, "rpc": None, "rtcp": None, "rtp": None,
    "snmp": ("snmp", "snmp"),
    "someip": ("someip", "someip"), "tftp": ("tftp", "tftp"), "vat": None, "wb": ("wb", "wb"),
    "zmtp1": None, "bfd": None,
    "ntp": ("ntp", "ntp"),
}
# tcpdump 4.99.3's list (what -T accepts)
TCPDUMP_TYPES = ("aodv", "carp", "cnfp", "domain", "lmp", "pgm", "pgm_zmtp1",
                 "radius", "resp", "rpc", "rtcp", "rtp", "snmp", "someip", "tftp", "vat",
                 "vxlan", "wb", "zmtp1")

_FORCED_KEY = {"tftp": 69, "radius": 1812, "vxlan": 4789, "domain": 53, "ntp": 123, "aodv": 654,
               "snmp": 161, "someip": 30490, "wb": 4567, "lmp": 701}


@dataclass(slots=True)
class UDP(Layer):
    """A UDP header."""

    proto = "udp"
    sport: int = -1
    dport: int = -1
    ulen: int = 0                 # the header's length field
    checksum: int = 0
    checksum_ok: bool | None = None   # None: not verified
    computed_checksum: int = 0
    ip_payload: int = 0           # what the IP layer carries for this datagram


# tcpdump 4.99.3's udp_print tries the ports in this order ("either port is X",
# except where noted): the first that matches picks the printer.  Ranks for ports
# without a printer here keep their place when one is added to UDP_PORTS.
UDP_PRECEDENCE: tuple[tuple[int, ...], ...] = (
    (53,), (5353,), (525,), (69,), (68, 67), (520,), (654,), (500,), (4500,),
    (7500, 8500), (161, 162), (123,), (88, 750), (1701,), (137,), (138,), (3456,),
    (2103, 2104), tuple(range(7000, 7010)), (521,), (547, 546), (5359,), (6696, 6697),
    (8231,), (4567,), (496,), (1645, 1812, 1646, 1813, 1700, 3799), (1985,), (921,),
    (646,), (698,), (3503,), (49152,), (3784, 4784, 6784, 3785), (701,), (1589,),
    (6343,), (12223,), (12222,), (5060,), (514,), (8472,), (4789,), (6081,), (4342,),
    (4790,), (17754,), (6635,), (319, 320), (30490,),
)
#: ports tcpdump matches only as the destination (or only as the source)
UDP_DST_ONLY = frozenset((3456, 4567, 1985, 3784, 4784, 6784, 3785))
UDP_SRC_ONLY = frozenset((49152,))

_RANK: dict[int, int] = {}
for _r, _ports in enumerate(UDP_PRECEDENCE):
    for _port in _ports:
        _RANK.setdefault(_port, _r)
_RANK[2049] = -1    # NFS: tcpdump looks at an RPC message to or from port 2049 first
_LAST = len(UDP_PRECEDENCE)


def _rank(port: int, is_src: bool) -> int:
    if port not in UDP_PORTS:
        return 1 << 30
    if (UDP_DST_ONLY if is_src else UDP_SRC_ONLY).__contains__(port):
        return 1 << 30
    # a port tcpdump's chain doesn't name goes after those it does, lowest first
    return _RANK.get(port, _LAST + port)


def udp_application(sport: int, dport: int, forced: str = "") -> int:
    """The port whose printer tcpdump would use (-1 for plain ``UDP, length N``)."""
    if forced:
        return _FORCED_KEY.get(forced, -1)
    rs = _rank(sport, True)
    rd = _rank(dport, False)
    if rs == rd == 1 << 30:
        return -1
    return sport if rs <= rd else dport


def decode_udp(data: bytes, length: int, ctx: Context) -> UDP:
    rec = UDP(ip_payload=length)
    n = len(data)
    if n < 8 or length < 8:
        if n >= 4:
            rec.sport, rec.dport = struct.unpack_from("!HH", data, 0)
        rec.stop = TRUNCATED
        return rec
    rec.sport, rec.dport, rec.ulen, rec.checksum = _HHHH.unpack_from(data, 0)
    if rec.ulen < 8:
        rec.stop = MALFORMED
        return rec
    bad_length = rec.ulen > length and not ctx.fragment
    # checksum: over what the IP layer carries (at most ulen), when all of it was captured
    span = length if bad_length else rec.ulen
    dst = ctx.cksum_dst or ctx.dst_raw
    if n >= span and ctx.src_raw and not ctx.fragment and ctx.checksums:
        if ctx.ip_version == 4:
            if rec.checksum != 0:
                ph = _PSEUDO4.pack(ctx.src_raw, dst, 0, 17, span)
                c = in_cksum(ph + bytes(data[:span]))
                rec.checksum_ok = c == 0
                if c:
                    rec.computed_checksum = _computed(ph, data, span)
        elif ctx.ip_version == 6:
            ph = _PSEUDO6.pack(ctx.src_raw, dst, span, 17)
            c = in_cksum(ph + bytes(data[:span]))
            rec.checksum_ok = c == 0 and rec.checksum != 0
            if not rec.checksum_ok:
                rec.computed_checksum = _computed(ph, data, span)
    key = udp_application(rec.sport, rec.dport, ctx.opts.forced)
    if key == 2049:     # NFS when the RPC message's direction says so, else the next port
        from .nfs import udp_key
        key = udp_key(rec.sport, rec.dport, bytes(data[8:]), ctx)
    if key >= 0:
        # tcpdump hands a datagram whose length field exceeds the IP payload to the
        # application printer too (with the IP payload's length); only the
        # fallback text says "bad length"
        rec.inner = ("udpport", key, 8)
    elif bad_length:
        rec.stop = MALFORMED
    return rec


def _computed(pseudo: bytes, data: bytes, ulen: int) -> int:
    body = bytes(data[:6]) + b"\x00\x00" + bytes(data[8:ulen])
    c = in_cksum(pseudo + body)
    return c if c else 0xFFFF if False else c


def format_udp_checksum(rec: UDP, ctx: Context) -> str:
    """``"[udp sum ok] "`` etc.: IPv4 with ``-vv``, IPv6 with ``-v``; ``""`` otherwise."""
    o = ctx.opts
    if rec.inner is not None and rec.inner[1] == 2049:
        return ""       # tcpdump prints NFS before it looks at the checksum
    if o.no_checksum or o.forced:
        # -T: tcpdump hands the datagram to that type's printer before the checksum
        return ""
    if ctx.ip_version == 4:
        if o.verbose < 2:
            return ""
        if rec.checksum == 0 and rec.ulen >= 8 and rec.stop != TRUNCATED and not ctx.fragment:
            return "[no cksum] "
    elif ctx.ip_version != 6 or o.verbose < 1:
        return ""
    if rec.checksum_ok is None:
        return ""
    if rec.checksum_ok:
        return "[udp sum ok] "
    return f"[bad udp cksum 0x{rec.checksum:04x} -> 0x{rec.computed_checksum:04x}!] "


def format_udp(rec: UDP, ctx: Context) -> str:
    """The text after the ports when no application printer takes the datagram."""
    if rec.stop == TRUNCATED:
        return " [|udp]"
    if rec.ulen < 8:
        return f"truncated-udplength {rec.ulen}"
    if rec.ulen > rec.ip_payload and not ctx.fragment:
        return f"UDP, bad length {rec.ulen - 8} > {rec.ip_payload - 8}"
    return f"UDP, length {rec.ulen - 8}"


_ = MALFORMED
