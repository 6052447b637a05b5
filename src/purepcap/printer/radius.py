"""RADIUS (RFC 2865 and its extensions): UDP ports 1645, 1646, 1812, 1813, 1700, 3799.

``RADIUS, Access-Request (1), id: 0x05 length: 139``; with ``-v`` the length,
code, id and authenticator on a line of their own, then one line per
attribute (``"\\n\\t  User-Name Attribute (1), length: 14, Value: John"``) with
its value decoded by type: text, numbers and their standard names, times,
IPv4/IPv6 addresses and prefixes, tunnel tags, vendor-specific sub-attributes,
EAP messages (printer/eapol.py), location objects (RFC 5580).  ``-vv`` adds a
hex dump of every attribute's value.

Where the capture ends matters to the text, as it does to tcpdump's: a value
whose bytes are checked as a whole before printing prints `` [|radius]`` and
the attribute list goes on (to stop at the next attribute header); a field
read one by one past the capture ends the whole text with `` [|radius]``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ._addr import ip6addr_string, ipaddr_string
from ._base import MALFORMED, Context, Layer, stopped
from ._dump import hex_ascii_dump, hex_dump
from ._rtr import printable
from .eapol import decode_eap, format_eap
from .ntp import ntp_time

__all__ = ["RadiusAttribute", "RadiusRecord", "decode_radius", "format_radius"]

_TRUNC = " [|radius]"
_HEADER = 20
_INDENT = "\n\t    "

CODES = {1: "Access-Request", 2: "Access-Accept", 3: "Access-Reject", 4: "Accounting-Request",
         5: "Accounting-Response", 11: "Access-Challenge", 12: "Status-Server",
         13: "Status-Client", 40: "Disconnect-Request", 41: "Disconnect-ACK",
         42: "Disconnect-NAK", 43: "CoA-Request", 44: "CoA-ACK", 45: "CoA-NAK",
         255: "Reserved"}

# attribute names by type (IANA radius-types-2 as tcpdump 4.99.3 knows them)
NAMES: tuple[str, ...] = (
    "", "User-Name", "User-Password", "CHAP-Password", "NAS-IP-Address", "NAS-Port",
    "Service-Type", "Framed-Protocol", "Framed-IP-Address", "Framed-IP-Netmask",
    "Framed-Routing", "Filter-Id", "Framed-MTU", "Framed-Compression", "Login-IP-Host",
    "Login-Service", "Login-TCP-Port", "Unassigned", "Reply-Message", "Callback-Number",
    "Callback-Id", "Unassigned", "Framed-Route", "Framed-IPX-Network", "State", "Class",
    "Vendor-Specific", "Session-Timeout", "Idle-Timeout", "Termination-Action",
    "Called-Station-Id", "Calling-Station-Id", "NAS-Identifier", "Proxy-State",
    "Login-LAT-Service", "Login-LAT-Node", "Login-LAT-Group", "Framed-AppleTalk-Link",
    "Framed-AppleTalk-Network", "Framed-AppleTalk-Zone",
    "Acct-Status-Type", "Acct-Delay-Time", "Acct-Input-Octets", "Acct-Output-Octets",
    "Acct-Session-Id", "Acct-Authentic", "Acct-Session-Time", "Acct-Input-Packets",
    "Acct-Output-Packets", "Acct-Terminate-Cause",
    "Acct-Multi-Session-Id", "Acct-Link-Count", "Acct-Input-Gigawords",
    "Acct-Output-Gigawords", "Unassigned", "Event-Timestamp", "Egress-VLANID",
    "Ingress-Filters", "Egress-VLAN-Name", "User-Priority-Table",
    "CHAP-Challenge", "NAS-Port-Type", "Port-Limit", "Login-LAT-Port", "Tunnel-Type",
    "Tunnel-Medium-Type", "Tunnel-Client-Endpoint", "Tunnel-Server-Endpoint",
    "Acct-Tunnel-Connection", "Tunnel-Password",
    "ARAP-Password", "ARAP-Features", "ARAP-Zone-Access", "ARAP-Security",
    "ARAP-Security-Data", "Password-Retry", "Prompt", "Connect-Info", "Configuration-Token",
    "EAP-Message",
    "Message-Authenticator", "Tunnel-Private-Group-ID", "Tunnel-Assignment-ID",
    "Tunnel-Preference", "ARAP-Challenge-Response", "Acct-Interim-Interval",
    "Acct-Tunnel-Packets-Lost", "NAS-Port-Id", "Framed-Pool", "CUI",
    "Tunnel-Client-Auth-ID", "Tunnel-Server-Auth-ID", "NAS-Filter-Rule", "Unassigned",
    "Originating-Line-Info", "NAS-IPv6-Address", "Framed-Interface-ID", "Framed-IPv6-Prefix",
    "Login-IPv6-Host", "Framed-IPv6-Route",
    "Framed-IPv6-Pool", "Error-Cause", "EAP-Key-Name", "Digest-Response", "Digest-Realm",
    "Digest-Nonce", "Digest-Response-Auth", "Digest-Nextnonce", "Digest-Method", "Digest-URI",
    "Digest-Qop", "Digest-Algorithm", "Digest-Entity-Body-Hash", "Digest-CNonce",
    "Digest-Nonce-Count", "Digest-Username", "Digest-Opaque", "Digest-Auth-Param",
    "Digest-AKA-Auts", "Digest-Domain",
    "Digest-Stale", "Digest-HA1", "SIP-AOR", "Delegated-IPv6-Prefix", "MIP6-Feature-Vector",
    "MIP6-Home-Link-Prefix", "Operator-Name", "Location-Information", "Location-Data",
    "Basic-Location-Policy-Rules",
)

# how each attribute type's value prints (types not listed print nothing)
_STRING, _NUM, _VENDOR, _ADDR, _ADDR6, _PREFIX6, _HOME_PREFIX, _OPERATOR, _LOC_INFO, \
    _LOC_DATA, _BLPR, _TIME, _VECTOR64, _STRANGE = range(14)
_KIND: dict[int, int] = {
    **{t: _STRING for t in (1, 11, 18, 19, 20, 22, 24, 25, 30, 31, 32, 33, 34, 35, 36, 39, 44,
                            50, 58, 60, 63, 66, 67, 68, 69, 73, 74, 77, 78, 79, 80, 81, 82,
                            87, 88, 89, 90, 91, 92, 99, 100, *range(103, 123))},
    **{t: _NUM for t in (5, 6, 7, 10, 12, 13, 15, 16, 23, 27, 28, 29, 37, 38, 40, 41, 42, 43,
                         45, 46, 47, 48, 49, 51, 52, 53, 56, 57, 61, 62, 64, 65, 72, 75, 76,
                         83, 85, 86)},
    26: _VENDOR, 4: _ADDR, 8: _ADDR, 9: _ADDR, 14: _ADDR, 95: _ADDR6, 98: _ADDR6,
    97: _PREFIX6, 123: _PREFIX6, 125: _HOME_PREFIX, 126: _OPERATOR, 127: _LOC_INFO,
    128: _LOC_DATA, 129: _BLPR, 55: _TIME, 124: _VECTOR64,
    70: _STRANGE, 71: _STRANGE, 84: _STRANGE, 101: _STRANGE,
}


def _values(first: int, *names: str) -> dict[int, str]:
    return dict(enumerate(names, start=first))


# standard values of the numeric attributes that have them
_STANDARD: dict[int, dict[int, str]] = {
    6: _values(1, "Login", "Framed", "Callback Login", "Callback Framed", "Outbound",
               "Administrative", "NAS Prompt", "Authenticate Only", "Callback NAS Prompt",
               "Call Check", "Callback Administrative", "Voice", "Fax", "Modem Relay",
               "IAPP-Register", "IAPP-AP-Check", "Authorize Only", "Framed-Management",
               "Additional-Authorization"),
    7: _values(1, "PPP", "SLIP", "ARAP", "Gandalf proprietary", "Xylogics IPX/SLIP",
               "X.75 Synchronous", "GPRS PDP Context"),
    10: _values(0, "None", "Send", "Listen", "Send&Listen"),
    13: _values(0, "None", "VJ TCP/IP", "IPX", "Stac-LZS"),
    15: _values(0, "Telnet", "Rlogin", "TCP Clear", "PortMaster(proprietary)", "LAT",
                "X.25-PAD", "X.25-T3POS", "Unassigned", "TCP Clear Quiet"),
    29: _values(0, "Default", "RADIUS-Request"),
    40: _values(1, "Start", "Stop", "Interim-Update", "Unassigned", "Unassigned", "Unassigned",
                "Accounting-On", "Accounting-Off", "Tunnel-Start", "Tunnel-Stop",
                "Tunnel-Reject", "Tunnel-Link-Start", "Tunnel-Link-Stop",
                "Tunnel-Link-Reject", "Failed"),
    45: _values(1, "RADIUS", "Local", "Remote", "Diameter"),
    49: _values(1, "User Request", "Lost Carrier", "Lost Service", "Idle Timeout",
                "Session Timeout", "Admin Reset", "Admin Reboot", "Port Error", "NAS Error",
                "NAS Request", "NAS Reboot", "Port Unneeded", "Port Preempted",
                "Port Suspended", "Service Unavailable", "Callback", "User Error",
                "Host Request", "Supplicant Restart", "Reauthentication Failure",
                "Port Reinitialized", "Port Administratively Disabled", "Lost Power"),
    57: _values(1, "Enabled", "Disabled"),
    61: _values(0, "Async", "Sync", "ISDN Sync", "ISDN Async V.120", "ISDN Async V.110",
                "Virtual", "PIAFS", "HDLC Clear Channel", "X.25", "X.75", "G.3 Fax", "SDSL",
                "ADSL-CAP", "ADSL-DMT", "ISDN-DSL", "Ethernet", "xDSL", "Cable",
                "Wireless - Other", "Wireless - IEEE 802.11", "Token-Ring", "FDDI",
                "Wireless - CDMA200", "Wireless - UMTS", "Wireless - 1X-EV", "IAPP", "FTTP",
                "Wireless - IEEE 802.16", "Wireless - IEEE 802.20", "Wireless - IEEE 802.22",
                "PPPoA", "PPPoEoA", "PPPoEoE", "PPPoEoVLAN", "PPPoEoQinQ", "xPON",
                "Wireless - XGP", "WiMAX Pre-Release 8 IWK Function", "WIMAX-WIFI-IWK",
                "WIMAX-SFF", "WIMAX-HA-LMA", "WIMAX-DHCP", "WIMAX-LBS", "WIMAX-WVS"),
    64: _values(1, "PPTP", "L2F", "L2TP", "ATMP", "VTP", "AH", "IP-IP", "MIN-IP-IP", "ESP",
                "GRE", "DVS", "IP-in-IP Tunneling", "VLAN"),
    65: _values(1, "IPv4", "IPv6", "NSAP", "HDLC", "BBN 1822", "802", "E.163", "E.164", "F.69",
                "X.121", "IPX", "Appletalk", "Decnet IV", "Banyan Vines",
                "E.164 with NSAP subaddress"),
    72: _values(1, "Only access to dfl zone", "Use zone filter inc.", "Not used",
                "Use zone filter exc."),
    76: _values(0, "No Echo", "Echo"),
}
_DURATIONS = frozenset((27, 28, 41, 46, 85))   # seconds, printed as secs/min/hours
_TAGGED_STRINGS = frozenset((66, 67, 81, 82, 90, 91))   # a tag octet when <= 0x1F
_VLAN_TAGS = {0x31: "Tagged", 0x32: "Untagged"}         # RFC 4675

_ERROR_CAUSES = {201: "Residual Session Context Removed", 202: "Invalid EAP Packet (Ignored)",
                 401: "Unsupported Attribute", 402: "Missing Attribute",
                 403: "NAS Identification Mismatch", 404: "Invalid Request",
                 405: "Unsupported Service", 406: "Unsupported Extension",
                 407: "Invalid Attribute Value", 501: "Administratively Prohibited",
                 502: "Request Not Routable (Proxy)", 503: "Session Context Not Found",
                 504: "Session Context Not Removable", 505: "Other Proxy Processing Error",
                 506: "Resources Unavailable", 507: "Request Initiated",
                 508: "Multiple Session Selection Unsupported", 509: "Location Info Required"}
_MIP6_FEATURES = ((1 << 0, "MIP6_INTEGRATED"), (1 << 1, "LOCAL_HOME_AGENT_ASSIGNMENT"),
                  (1 << 40, "PMIP6_SUPPORTED"), (1 << 41, "IP4_HOA_SUPPORTED"),
                  (1 << 42, "LOCAL_MAG_ROUTING_SUPPORTED"), (1 << 43, "ASSIGN_LOCAL_IP"),
                  (1 << 44, "MIP4_SUPPORTED"), (1 << 45, "OPTIMIZED_IDLE_MODE_MOBILITY"),
                  (1 << 46, "GTPv2_SUPPORTED"), (1 << 47, "IP4_TRANSPORT_SUPPORTED"),
                  (1 << 48, "IP4_HOA_ONLY_SUPPORTED"), (1 << 49, "INTER_MAG_ROUTING_SUPPORTED"))
_OPERATOR_NAMESPACES = {0x30: "TADIG", 0x31: "REALM", 0x32: "E212", 0x33: "ICC"}
_LOCATION_CODES = {0: "Civic", 1: "Geospatial"}
_LOCATION_ENTITIES = {0: "User", 1: "RADIUS"}
# Basic-Location-Policy-Rules flags, lowest bit first (all 16 bits are named)
_BLPR_FLAGS = tuple((1 << i, f"MBZ-{15 - i}") for i in range(15)) + (
    (0x8000, "Retransmission Allowed"),)

# SMI network management private enterprise codes tcpdump names
VENDORS = {0: "IETF (reserved)", 5: "ACC", 9: "Cisco", 11: "Hewlett Packard",
           42: "Sun Microsystems", 61: "Merit", 74: "AT&T", 161: "Motorola", 166: "Shiva",
           193: "Ericsson AB", 255: "Cisco VPN 5000", 307: "Livingston", 311: "Microsoft",
           429: "3Com", 529: "Ascend", 1584: "Bay Networks", 1991: "Foundry",
           2180: "Versanet", 2352: "Redback", 2636: "Juniper Networks", 2637: "Aptis",
           2937: "Deutsche Telekom AG", 3054: "Ixia Communications", 3076: "Cisco VPN 3000",
           3085: "CoSine Communications", 3199: "Shasta", 3224: "Netscreen", 3309: "Nomadix",
           3414: "T-Mobile", 3561: "The Broadband Forum", 3902: "ZTE", 4329: "Siemens",
           4491: "CableLabs", 4874: "Unisphere Networks", 5263: "Cisco BBSM",
           5535: "3rd Generation Partnership Project 2 (3GPP2)", 5806: "SK Telecom",
           5925: "ipUnplugged", 5948: "Issanni Communications", 5951: "Netscaler",
           6490: "T-Mobile", 6618: "Quintum", 6728: "Interlink", 7951: "CNCTC",
           8164: "Starent Networks", 8744: "Colubris", 10415: "3GPP", 10529: "Gemtek-Systems",
           10704: "Barracuda Networks", 10923: "Ericsson AB - Packet Core Networks",
           11665: "dacom", 11862: "Columbia University", 12356: "Fortinet",
           12951: "Verizon Wireless", 13745: "Plixer", 14122: "Wi-Fi Alliance",
           16787: "T-Systems Nova", 20942: "China Telecom - Guangzhou Research Institute",
           26866: "Gigamon Systems", 32622: "CACE Technologies", 35632: "ntop",
           46098: "Ericsson Canada"}


@dataclass(slots=True)
class RadiusAttribute:
    """One attribute: its header and the captured part of its value."""

    type: int
    length: int                     # the header's length field (header included)
    offset: int                     # where the attribute starts in the message
    value: bytes = b""              # at most length - 2 bytes, fewer when cut
    bogus: str = ""                 # why the attribute list ends at this one


@dataclass(slots=True)
class RadiusRecord(Layer, proto="radius"):
    """A RADIUS message: the header and the attributes up to where tcpdump stops."""

    length: int = 0                 # what the UDP layer carries
    code: int = -1
    ident: int = -1
    msg_length: int = 0             # the header's length field, at most ``length``
    authenticator: bytes = b""
    attributes: list[RadiusAttribute] = field(default_factory=list)
    attrs_cut: bool = False         # the capture (or the message) ends inside a header
    data: bytes = field(default=b"", repr=False)


def decode_radius(data: bytes, length: int, ctx: Context) -> RadiusRecord:
    d = bytes(data)
    rec = RadiusRecord(length=length, data=d)
    if len(d) < _HEADER:
        return stopped(rec)
    rec.code, rec.ident = d[0], d[1]
    declared = int.from_bytes(d[2:4], "big")
    rec.authenticator = d[4:_HEADER]
    if declared < _HEADER:
        rec.msg_length = declared
        rec.stop = MALFORMED
        return rec
    rec.msg_length = min(declared, length)
    pos, left = _HEADER, rec.msg_length - _HEADER
    while left > 0:
        if left < 2 or pos + 2 > len(d):
            rec.attrs_cut = True
            break
        typ, alen = d[pos], d[pos + 1]
        attr = RadiusAttribute(typ, alen, pos, d[pos + 2:pos + alen] if alen > 2 else b"")
        rec.attributes.append(attr)
        if alen < 2:
            attr.bogus = " (bogus, must be >= 2)"
            break
        if alen > left:
            attr.bogus = " (bogus, goes past end of packet)"
            break
        pos += alen
        left -= alen
    return rec


class _Cut(Exception):
    """A field read past the capture: the text ends with `` [|radius]``."""


def format_radius(rec: RadiusRecord, ctx: Context) -> str:
    if rec.stop is not None:
        return _TRUNC
    code = CODES.get(rec.code, "Unknown Command")
    if not ctx.opts.verbose:
        return f"RADIUS, {code} ({rec.code}), id: 0x{rec.ident:02x} length: {rec.msg_length}"
    out = [f"RADIUS, length: {rec.msg_length}\n\t{code} ({rec.code}), id: 0x{rec.ident:02x}, "
           f"Authenticator: {rec.authenticator.hex()}"]
    try:
        for attr in rec.attributes:
            _attribute(out, rec.data, attr, ctx)
            if attr.bogus:
                return "".join(out)
        if rec.attrs_cut:
            out.append(_TRUNC)
    except Exception:       # _Cut, and never raise on packet bytes
        out.append(_TRUNC)
    return "".join(out)


def _attribute(out: list[str], d: bytes, attr: RadiusAttribute, ctx: Context) -> None:
    typ, alen = attr.type, attr.length
    name = NAMES[typ] if 0 < typ < len(NAMES) else "Unknown"
    out.append(f"\n\t  {name} Attribute ({typ}), length: {alen}")
    if attr.bogus:
        out.append(attr.bogus)
        return
    out.append(", Value: ")
    kind = _KIND.get(typ)
    if alen > 2 and kind is not None:
        _VALUE_PRINTERS[kind](out, d, attr.offset + 2, alen - 2, typ, ctx)
    if ctx.opts.verbose > 1:
        out.append(hex_dump(attr.value, _INDENT))


# -- reading --------------------------------------------------------------------------

def _u(d: bytes, pos: int, n: int) -> int:
    """The ``n``-octet number at ``pos``; :class:`_Cut` past the capture."""
    if pos + n > len(d):
        raise _Cut
    return int.from_bytes(d[pos:pos + n], "big")


def _captured(d: bytes, pos: int, n: int) -> bool:
    return pos + n <= len(d)


def _at_least(out: list[str], d: bytes, p: int, n: int, least: int) -> bool:
    """Whether the ``n`` octets of a value at ``p`` were captured and are at least
    ``least``; else tcpdump's `` [|radius]`` or its complaint."""
    if not _captured(d, p, n):
        out.append(_TRUNC)
        return False
    if n < least:
        out.append(f"ERROR: length {n} < {least}")
        return False
    return True


def _length_is(out: list[str], n: int, k: int) -> bool:
    """Whether a value is ``k`` octets long; else tcpdump's complaint."""
    if n != k:
        out.append(f"ERROR: length {n} != {k}")
        return False
    return True


def _text(b: bytes) -> str:
    """Octets as tcpdump's RADIUS strings show them: printable ASCII, else '.'."""
    return "".join([chr(c) if 0x20 <= c < 0x7F else "." for c in b])


def _hex_upper(out: list[str], d: bytes, pos: int, n: int) -> None:
    for i in range(n):
        out.append(f"{_u(d, pos + i, 1):02X}")


# -- the value printers ------------------------------------------------------------------
# each: (out, data, value offset, value length, attribute type, ctx)

def _string(out: list[str], d: bytes, p: int, n: int, typ: int, ctx: Context) -> None:
    if not _captured(d, p, n):
        out.append(_TRUNC)
        return
    if typ == 69:                            # Tunnel-Password: tag, salt
        if n < 3:
            out.append(_TRUNC)
            return
        tag = d[p]
        out.append(f"Tag[{tag}] " if 0 < tag <= 0x1F else "Tag[Unused] ")
        out.append(f"Salt {_u(d, p + 1, 2)} ")
        p, n = p + 3, n - 3
    elif typ in _TAGGED_STRINGS:
        tag = d[p]
        if tag <= 0x1F:
            out.append(f"Tag[{tag}] " if tag else "Tag[Unused] ")
            p, n = p + 1, n - 1
    elif typ == 58:                          # Egress-VLAN-Name
        tag = d[p]
        out.append(f"{_VLAN_TAGS.get(tag, 'Unknown tag')} (0x{tag:02x}) ")
        p, n = p + 1, n - 1
    elif typ == 79:                          # EAP-Message
        _eap(out, d, p, n, ctx)
        return
    value = d[p:p + n]
    nul = value.find(b"\0")
    out.append(_text(value if nul < 0 else value[:nul]))


def _eap(out: list[str], d: bytes, p: int, n: int, ctx: Context) -> None:
    # tcpdump's EAP printer may read the EAP header past a value shorter than it
    rec = decode_eap(d[p:], n, ctx)
    text = format_eap(rec, ctx)
    if rec.stop is not None:
        out.append(text.removesuffix(" [|eap]"))
        raise _Cut
    out.append(text)


def _vendor(out: list[str], d: bytes, p: int, n: int, typ: int, ctx: Context) -> None:
    if n < 4:
        out.append(_TRUNC)
        return
    vendor = _u(d, p, 4)
    out.append(f"Vendor: {VENDORS.get(vendor, 'Unknown')} ({vendor})")
    p, n = p + 4, n - 4
    while n >= 2:
        vtype, vlen = _u(d, p, 1), _u(d, p + 1, 1)
        if vlen < 2:
            out.append(f"{_INDENT}Vendor Attribute: {vtype}, Length: {vlen} "
                       "(bogus, must be >= 2)")
            return
        if vlen > n:
            out.append(f"{_INDENT}Vendor Attribute: {vtype}, Length: {vlen} "
                       "(bogus, goes past end of vendor-specific attribute)")
            return
        p, vlen, n = p + 2, vlen - 2, n - 2
        if not _captured(d, p, vlen):
            out.append(_TRUNC)
            return
        out.append(f"{_INDENT}Vendor Attribute: {vtype}, Length: {vlen}, Value: "
                   f"{_text(d[p:p + vlen])}")
        p, n = p + vlen, n - vlen


def _duration(secs: int) -> str:
    if secs < 60:
        return f"{secs:02d} secs"
    if secs < 3600:
        return f"{secs // 60:02d}:{secs % 60:02d} min"
    return f"{secs // 3600:02d}:{secs % 3600 // 60:02d}:{secs % 60:02d} hours"


def _num(out: list[str], d: bytes, p: int, n: int, typ: int, ctx: Context) -> None:
    if not _length_is(out, n, 4):
        return
    table = _STANDARD.get(typ)
    if table is not None:
        if typ in (64, 65):                  # Tunnel-Type, Tunnel-Medium-Type: tag first
            tag = _u(d, p, 1)
            out.append(f"Tag[{tag}] " if tag else "Tag[Unused] ")
            value = _u(d, p + 1, 3)
        else:
            value = _u(d, p, 4)
        name = table.get(value)
        out.append(name if name is not None else f"#{value}")
        return
    if typ in (83, 56):                      # Tunnel-Preference, Egress-VLANID: tag first
        tag = _u(d, p, 1)
        if typ == 83:
            out.append(f"Tag[{tag}] " if tag else "Tag[Unused] ")
        else:
            out.append(f"{_VLAN_TAGS.get(tag, 'Unknown tag')} (0x{tag:02x}) ")
        out.append(str(_u(d, p + 1, 3)))
        return
    value = _u(d, p, 4)
    if typ == 23 and value == 0xFFFFFFFE:
        out.append("NAS Select")
    elif typ in _DURATIONS:
        out.append(_duration(value))
    elif typ == 37 and not value:
        out.append("Unnumbered")
    elif typ == 38 and not value:
        out.append("NAS assigned")
    else:
        out.append(str(value))


def _addr(out: list[str], d: bytes, p: int, n: int, typ: int, ctx: Context) -> None:
    if not _length_is(out, n, 4):
        return
    value = _u(d, p, 4)
    if typ in (8, 14) and value == 0xFFFFFFFF:
        out.append("User Selected")
    elif typ in (8, 14) and value == 0xFFFFFFFE:
        out.append("NAS Select")
    else:
        out.append(ipaddr_string(d[p:p + 4], ctx.opts))


def _addr6(out: list[str], d: bytes, p: int, n: int, typ: int, ctx: Context) -> None:
    if not _length_is(out, n, 16):
        return
    _u(d, p, 16)
    out.append(ip6addr_string(d[p:p + 16], ctx.opts))


def _prefix6(out: list[str], d: bytes, p: int, n: int, typ: int, ctx: Context) -> None:
    if n < 2 or n > 18:
        out.append(f"ERROR: length {n} not in range (2..18)")
        return
    if not _captured(d, p, n):
        out.append(_TRUNC)
        return
    plen = d[p + 1]
    if plen > 128:
        out.append(f"ERROR: netmask {plen} not in range (0..128)")
        return
    addr = d[p + 2:p + n].ljust(16, b"\0")
    out.append(f"{ip6addr_string(addr, ctx.opts)}/{plen}")
    if plen > 8 * (n - 2):
        out.append(" (inconsistent prefix length)")


def _home_prefix(out: list[str], d: bytes, p: int, n: int, typ: int, ctx: Context) -> None:
    if not _length_is(out, n, 17):
        return
    if not _captured(d, p, n):
        out.append(_TRUNC)
        return
    plen = d[p]
    if plen > 128:
        out.append(f"ERROR: netmask {plen} not in range (0..128)")
        return
    out.append(f"{ip6addr_string(d[p + 1:p + 17], ctx.opts)}/{plen}")


def _operator(out: list[str], d: bytes, p: int, n: int, typ: int, ctx: Context) -> None:
    if not _at_least(out, d, p, n, 2):
        return
    ns = d[p]
    out.append(f"[{_OPERATOR_NAMESPACES.get(ns, f'unknown namespace {ns}')}] ")
    out.append(printable(d[p + 1:p + n]))


def _loc_info(out: list[str], d: bytes, p: int, n: int, typ: int, ctx: Context) -> None:
    if not _at_least(out, d, p, n, 21):
        return
    index, code, entity = _u(d, p, 2), d[p + 2], d[p + 3]
    out.append(f"index {index}, code {_LOCATION_CODES.get(code, f'Unknown ({code})')}, "
               f"entity {_LOCATION_ENTITIES.get(entity, f'Unknown ({entity})')}, "
               f"sighting time {ntp_time(_u(d, p + 4, 8))}, "
               f"time to live {ntp_time(_u(d, p + 12, 8))}, "
               f'method "{printable(d[p + 20:p + n])}"')


def _loc_data(out: list[str], d: bytes, p: int, n: int, typ: int, ctx: Context) -> None:
    if not _at_least(out, d, p, n, 3):
        return
    out.append(f"index {_u(d, p, 2)}, location")
    out.append(hex_ascii_dump(d[p + 2:p + n], _INDENT))


def _blpr(out: list[str], d: bytes, p: int, n: int, typ: int, ctx: Context) -> None:
    if not _at_least(out, d, p, n, 10):
        return
    flags = _u(d, p, 2)
    names = ", ".join(name for bit, name in _BLPR_FLAGS if flags & bit) or "none"
    out.append(f"flags [{names}], retention expires {ntp_time(_u(d, p + 2, 8))}")
    if n > 10:
        out.append(f', note well "{printable(d[p + 10:p + n])}"')


def _time(out: list[str], d: bytes, p: int, n: int, typ: int, ctx: Context) -> None:
    if not _length_is(out, n, 4):
        return
    # ctime(3): local time
    out.append(time.asctime(time.localtime(_u(d, p, 4))))


def _vector64(out: list[str], d: bytes, p: int, n: int, typ: int, ctx: Context) -> None:
    if not _length_is(out, n, 8):
        return
    out.append("[")
    value = _u(d, p, 8)
    out.append(", ".join(name for bit, name in _MIP6_FEATURES if value & bit) + "]")


def _strange(out: list[str], d: bytes, p: int, n: int, typ: int, ctx: Context) -> None:
    if typ == 70:                            # ARAP-Password
        if not _length_is(out, n, 16):
            return
        out.append("User_challenge (")
        _hex_upper(out, d, p, 8)
        out.append(") User_resp(")
        _hex_upper(out, d, p + 8, 8)
        out.append(")")
    elif typ == 71:                          # ARAP-Features
        if not _length_is(out, n, 14):
            return
        out.append("User can change password" if _u(d, p, 1)
                   else "User cannot change password")
        out.append(f", Min password length: {_u(d, p + 1, 1)}")
        for i, what in enumerate((", created at: ", ", expires in: ", ", Current Time: ")):
            out.append(what)
            _hex_upper(out, d, p + 2 + 4 * i, 4)
    elif typ == 84:                          # ARAP-Challenge-Response
        if n < 8:
            out.append(f"ERROR: length {n} != 8")
            return
        _hex_upper(out, d, p, 8)
    elif typ == 101:                         # Error-Cause
        if n != 4:
            out.append(f"Error: length {n} != 4")
            return
        cause = _u(d, p, 4)
        out.append(f"Error cause {cause}: "
                   f"{_ERROR_CAUSES.get(cause, f'Error-Cause {cause} not known')}")


_VALUE_PRINTERS = (_string, _num, _vendor, _addr, _addr6, _prefix6, _home_prefix, _operator,
                   _loc_info, _loc_data, _blpr, _time, _vector64, _strange)
