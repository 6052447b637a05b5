"""BOOTP and DHCPv4 (RFC 951, RFC 2131/2132): UDP ports 67 and 68.

tcpdump 4.99.3's text, observed: one line ``BOOTP/DHCP, Request from MAC,
length N`` (``Reply``; ``unknown (0xNN)``), and with ``-v`` the fixed fields
that are set (hops, xid, secs, flags; the four addresses and the client's
hardware address, sname and file on lines of their own indented by a tab and
two spaces), then the vendor area: RFC 1048 options one per line
(``NAME (TAG), length LEN: VALUE``, a tab and four spaces in), a CMU vendor
block on the same line, or ``Vendor-#0x...``.  Options are read to the end
of the capture: ``-v``/``-vv`` stop at END and skip PAD; ``-vvv`` prints
both (a run of PADs as one line with ``, occurs N``) and goes on after END.
A field or option that the capture cuts short ends the text with
`` [|bootp]``.

:func:`decode_bootp` keeps the fields and each option's captured bytes;
:func:`format_bootp` renders them for the verbosity in ``ctx.opts``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._addr import etheraddr_string, ipaddr_string
from ._base import TRUNCATED, Context, Layer, Options
from ._items import Short, need, text_of
from .dns import printable

__all__ = ["BootpOption", "BootpRecord", "decode_bootp", "format_bootp", "OPTION_NAMES"]

TRUNC = " [|bootp]"
RFC1048_COOKIE = b"\x63\x82\x53\x63"
CMU_COOKIE = b"CMU\x00"

# Option names with the value format tcpdump gives each (first character):
# i IPv4 addresses, p address pairs, l/L unsigned/signed 32-bit, s 16-bit,
# b decimal bytes, x hex bytes, a text, B booleans, $ special, ' ' none.
OPTION_NAMES: dict[int, str] = {
    0: " PAD", 1: "iSubnet-Mask", 2: "LTime-Zone", 3: "iDefault-Gateway",
    4: "iTime-Server", 5: "iIEN-Name-Server", 6: "iDomain-Name-Server", 7: "iLOG",
    8: "iCS", 9: "iLPR-Server", 10: "iIM", 11: "iRL", 12: "aHostname", 13: "sBS",
    255: " END", 14: "aDP", 15: "aDomain-Name", 16: "iSS", 17: "aRP", 18: "aEP",
    19: "BIPF", 20: "BSRT", 21: "pPF", 22: "sRSZ", 23: "bTTL", 24: "lMTU-Timeout",
    25: "sMTU-Table", 26: "sMTU", 27: "BLSN", 28: "iBR", 29: "BMD", 30: "BMS",
    31: "BRouter-Discovery", 32: "iRSA", 33: "pStatic-Route", 34: "BUT", 35: "lAT",
    36: "BIE", 37: "bTT", 38: "lKI", 39: "BKG", 40: "aYD", 41: "iYS", 42: "iNTP",
    43: "bVendor-Option", 44: "iNetbios-Name-Server", 45: "iWDD",
    46: "$Netbios-Node", 47: "aNetbios-Scope", 48: "iXFS", 49: "iXDM",
    64: "sN+D", 65: "iN+S", 68: "iMH", 69: "iSMTP", 70: "iPOP3", 71: "iNNTP",
    72: "iWWW", 73: "iFG", 74: "iIRC", 75: "iSTS", 76: "iSTDA",
    50: "iRequested-IP", 51: "lLease-Time", 52: "$OO", 66: "aTFTP", 67: "aBF",
    53: " DHCP-Message", 54: "iServer-ID", 55: "bParameter-Request", 56: "aMSG",
    57: "sMSZ", 58: "lRN", 59: "lRB", 60: "aVendor-Class", 61: "$Client-ID",
    98: "aUAP", 116: "BNOAUTO", 78: "bSLP-DA", 79: "bSLP-SCOPE", 117: "sNSSEARCH",
    77: "$User-Class", 118: "iSUBNET", 121: "$Classless-Static-Route",
    249: "$Classless-Static-Route-Microsoft", 150: "iTFTP-Server-Address",
    80: "aSLP-NA", 81: "$FQDN", 82: "$Agent-Information", 83: "bARMT",
    88: "aTZSTR", 89: "bFQDNS", 90: "bAUTH", 91: "LLast-Transaction-Time",
    92: "iAssociated-IP", 93: "sARCH", 94: "bNDI", 97: "bGUID", 95: "aLDAP",
    100: "aPOSIX-TZ", 101: "aTZ-Name", 112: "iNI", 113: "aNITAG", 114: "aURL",
    161: "aMUD-URL",
}
_UNKNOWN = "?Unknown"

DHCP_MESSAGES: dict[int, str] = {
    1: "Discover", 2: "Offer", 3: "Request", 4: "Decline", 5: "ACK", 6: "NACK",
    7: "Release", 8: "Inform", 10: "LeaseQuery", 11: "LeaseUnassigned",
    12: "LeaseUnknown", 13: "LeaseActive",
}
NETBIOS_NODES: dict[int, str] = {1: "b-node", 2: "p-node", 4: "m-node", 8: "h-node"}
OVERLOAD: dict[int, str] = {1: "file", 2: "sname", 3: "file+sname"}
HW_TYPES: dict[int, str] = {1: "ether", 6: "ieee802", 7: "arcnet", 15: "frelay",
                            23: "strip", 24: "ieee1394"}
AGENT_SUBOPTIONS: dict[int, str] = {1: "Circuit-ID", 2: "Remote-ID", 6: "Subscriber-ID"}


@dataclass(slots=True)
class BootpOption:
    tag: int = 0
    length: int = -1            # -1: the length byte is not in the capture
    value: bytes = b""          # the captured part of the value
    count: int = 1              # PAD: how many in a row


@dataclass(slots=True)
class BootpRecord(Layer, proto="bootp"):
    """One BOOTP message.  Fields the capture does not reach are ``None``."""

    length: int = 0             # UDP payload length
    captured: int = 0
    op: int | None = None
    htype: int | None = None
    hlen: int | None = None
    hops: int | None = None
    xid: int | None = None
    secs: int | None = None
    flags: int | None = None
    ciaddr: bytes | None = None
    yiaddr: bytes | None = None
    siaddr: bytes | None = None
    giaddr: bytes | None = None
    chaddr: bytes | None = None     # the 16-byte field (captured part); the MAC is its first 6
    sname: bytes | None = None      # captured part of the 64-byte field
    file: bytes | None = None       # captured part of the 128-byte field
    cookie: bytes | None = None     # first 4 bytes of the vendor area
    vendor: bytes = b""             # CMU: the vendor area after the cookie (captured part)
    options: list[BootpOption] = field(default_factory=list)


def _int(d: bytes, start: int, size: int) -> int | None:
    if start + size > len(d):
        return None
    return int.from_bytes(d[start:start + size], "big")


def _field(d: bytes, start: int, size: int) -> bytes | None:
    if start + size > len(d):
        return None
    return d[start:start + size]


def decode_bootp(data: bytes, length: int, ctx: Context) -> BootpRecord:
    """A BOOTP/DHCP message: ``data`` the UDP payload (to the end of the capture)."""
    d = bytes(data)
    rec = BootpRecord(length=length, captured=len(d))
    rec.op, rec.htype, rec.hlen, rec.hops = (_int(d, 0, 1), _int(d, 1, 1), _int(d, 2, 1),
                                             _int(d, 3, 1))
    rec.xid, rec.secs, rec.flags = _int(d, 4, 4), _int(d, 8, 2), _int(d, 10, 2)
    rec.ciaddr, rec.yiaddr = _field(d, 12, 4), _field(d, 16, 4)
    rec.siaddr, rec.giaddr = _field(d, 20, 4), _field(d, 24, 4)
    if len(d) > 28:
        rec.chaddr = d[28:44]
    if len(d) > 44:
        rec.sname = d[44:108]
    if len(d) > 108:
        rec.file = d[108:236]
    rec.cookie = _field(d, 236, 4)
    if rec.cookie == CMU_COOKIE:
        rec.vendor = d[240:300]
    elif rec.cookie == RFC1048_COOKIE:
        rec.options = _options(d, 240)
    if len(d) < 240:
        rec.stop = TRUNCATED
    return rec


def _options(d: bytes, p: int) -> list[BootpOption]:
    out: list[BootpOption] = []
    n = len(d)
    while p < n:
        tag = d[p]
        p += 1
        if tag == 0:
            run = 1
            while p < n and d[p] == 0:
                p += 1
                run += 1
            out.append(BootpOption(0, 0, b"", run))
            continue
        if tag == 255:
            out.append(BootpOption(255, 0))
            continue
        if p >= n:
            out.append(BootpOption(tag))
            break
        size = d[p]
        p += 1
        out.append(BootpOption(tag, size, d[p:p + size]))
        p += size
    return out


# --- text --------------------------------------------------------------------

def format_bootp(rec: BootpRecord, ctx: Context) -> str:
    """tcpdump's text, from ``"BOOTP/DHCP, "`` on."""
    return text_of(lambda out: _header(rec, ctx.opts, out), TRUNC)


def _header(rec: BootpRecord, opts: Options, out: list[str]) -> None:
    op, htype, hlen = rec.op, rec.htype, rec.hlen
    need(op)
    out.append("BOOTP/DHCP, " + {1: "Request", 2: "Reply"}.get(op or 0, f"unknown (0x{op:02x})"))
    need(htype)
    need(hlen)
    ether = htype == 1 and hlen == 6
    if ether and op == 1:
        if rec.chaddr is None or len(rec.chaddr) < 6:
            raise Short
        out.append(" from " + etheraddr_string(rec.chaddr[:6], opts))
    out.append(f", length {rec.length}")
    if not opts.verbose:
        return
    need(rec.secs)
    if htype != 1:
        out.append(f", htype {htype}")
    if not ether:
        out.append(f", hlen {hlen}")
    if rec.hops:
        out.append(f", hops {rec.hops}")
    if rec.xid:
        out.append(f", xid 0x{rec.xid:x}")
    if rec.secs:
        out.append(f", secs {rec.secs}")
    need(rec.flags)
    flags = rec.flags or 0
    out.append(", Flags [Broadcast]" if flags & 0x8000 else ", Flags [none]")
    if opts.verbose > 1:
        out.append(f" (0x{flags:04x})")
    for label, addr in (("Client-IP", rec.ciaddr), ("Your-IP", rec.yiaddr),
                        ("Server-IP", rec.siaddr), ("Gateway-IP", rec.giaddr)):
        if addr is None:
            raise Short
        if addr != b"\0\0\0\0":
            out.append(f"\n\t  {label} {ipaddr_string(addr, opts)}")
    if ether:
        if rec.chaddr is None or len(rec.chaddr) < 6:
            raise Short
        out.append("\n\t  Client-Ethernet-Address " + etheraddr_string(rec.chaddr[:6], opts))
    for label, text, size in (("sname", rec.sname, 64), ("file", rec.file, 128)):
        if text is None:
            raise Short
        if text[0]:
            out.append(f'\n\t  {label} "')
            nul = text.find(0)
            if nul < 0:
                # no terminating NUL in the field, or the capture ends first
                out.append(printable(text) + '"')
                raise Short
            out.append(printable(text[:nul]) + '"')
    if rec.cookie is None:
        raise Short
    if rec.cookie == RFC1048_COOKIE:
        _rfc1048(rec, opts, out)
    elif rec.cookie == CMU_COOKIE:
        _cmu(rec, opts, out)
    elif rec.cookie != b"\0\0\0\0":
        out.append(f"\n\t  Vendor-#0x{int.from_bytes(rec.cookie, 'big'):x}")


def _cmu(rec: BootpRecord, opts: Options, out: list[str]) -> None:
    v = rec.vendor
    out.append(" vend-cmu")
    if len(v) < 4:
        raise Short
    vflags = v[0]
    if vflags & ~1:
        out.append(f" F:0x{vflags:x}")
    for label, at in (("DG", 8), ("SM" if vflags & 1 else "SM*", 4), ("NS1", 12),
                      ("NS2", 16), ("IEN1", 20), ("IEN2", 24), ("TS1", 28), ("TS2", 32)):
        addr = v[at:at + 4]
        if len(addr) < 4:
            raise Short
        if addr != b"\0\0\0\0":
            out.append(f" {label}:{ipaddr_string(addr, opts)}")


def _rfc1048(rec: BootpRecord, opts: Options, out: list[str]) -> None:
    out.append("\n\t  Vendor-rfc1048 Extensions")
    out.append("\n\t    Magic Cookie 0x63825363")
    vvv = opts.verbose > 2
    for o in rec.options:
        tag = o.tag
        if not vvv and tag in (0, 255):
            if tag == 255:
                return
            continue
        if o.length < 0:
            raise Short
        entry = OPTION_NAMES.get(tag, _UNKNOWN)
        kind, name = entry[0], entry[1:]
        out.append(f"\n\t    {name} ({tag}), length {o.length}{': ' if o.length else ''}")
        if tag == 0 and o.count > 1:
            out.append(f", occurs {o.count}")
        if len(o.value) < o.length:
            raise Short
        _value(tag, kind, o.value, opts, out)


def _value(tag: int, kind: str, v: bytes, opts: Options, out: list[str]) -> None:
    """One option's value; the bytes it leaves are reported as trailing data."""
    size = len(v)
    if tag == 53 and size == 1:
        out.append(DHCP_MESSAGES.get(v[0], f"Unknown ({v[0]})"))
        return
    if tag == 55:
        for k, inner in enumerate(v):
            out.append("\n\t      " if k % 4 == 0 else ", ")
            out.append(f"{OPTION_NAMES.get(inner, _UNKNOWN)[1:]} ({inner})")
        return
    if kind == "?":
        kind = "b" if size & 1 else "s" if size & 2 else "l"
    used = size
    if kind == "a":
        out.append('"' + printable(v) + '"')
    elif kind in "ilL":
        used = size - size % 4
        words = [v[k:k + 4] for k in range(0, used, 4)]
        if kind == "i":
            out.append(",".join(ipaddr_string(w, opts) for w in words))
        else:
            out.append(",".join(str(int.from_bytes(w, "big", signed=kind == "L")) for w in words))
    elif kind == "p":
        used = size - size % 8
        out.append(",".join(f"({ipaddr_string(v[k:k + 4], opts)}:{ipaddr_string(v[k + 4:k + 8], opts)})"
                            for k in range(0, used, 8)))
    elif kind == "s":
        used = size - size % 2
        out.append(",".join(str((v[k] << 8) | v[k + 1]) for k in range(0, used, 2)))
    elif kind == "B":
        out.append(",".join("N" if b == 0 else "Y" if b == 1 else f"{b}?" for b in v))
    elif kind == "x":
        out.append(":".join(f"{b:02x}" for b in v))
    elif kind == "$":
        used = _special(tag, v, opts, out)
    else:
        out.append(".".join(str(b) for b in v))
    if used < size:
        out.append(f"\n\t  trailing data length {size - used}")


def _hex_lines(v: bytes, indent: str) -> str:
    """tcpdump's hex dump of unknown data: 16 bytes a line, in 2-byte groups."""
    out = []
    for k in range(0, len(v), 16):
        chunk = v[k:k + 16]
        groups = [chunk[j:j + 2].hex() for j in range(0, len(chunk), 2)]
        out.append(f"{indent}0x{k:04x}:  " + " ".join(groups))
    return "".join(out)


def _special(tag: int, v: bytes, opts: Options, out: list[str]) -> int:
    """Options with their own layouts; returns how many bytes were used."""
    size = len(v)
    if tag in (46, 52):
        if size < 1:
            out.append("[ERROR: length < 1 bytes]")
            return 0
        table = NETBIOS_NODES if tag == 46 else OVERLOAD
        out.append(table.get(v[0], f"#{v[0]}"))
        return 1
    if tag == 81:
        if size < 3:
            out.append("[ERROR: length < 3 bytes]")
            return size
        if v[0] & 0xF0:
            out.append(f"[ERROR: MBZ nibble 0x{v[0] >> 4:x} != 0] ")
        if v[0] & 0x0F:
            letters = "".join(c for bit, c in ((1, "S"), (2, "O"), (4, "E"), (8, "N")) if v[0] & bit)
            out.append(f"[{letters}] ")
        if v[1] or v[2]:
            out.append(f"{v[1]}/{v[2]} ")
        out.append('"' + printable(v[3:]) + '"')
        return size
    if tag == 61:
        if size < 1:
            out.append("[ERROR: length < 1 bytes]")
            return 0
        if v[0] == 0:
            out.append('"' + printable(v[1:]) + '"')
        else:
            out.append((HW_TYPES.get(v[0]) or f"hardware-type {v[0]},") + " "
                       + ":".join(f"{b:02x}" for b in v[1:]))
        return size
    if tag == 82:
        return _agent(v, out)
    if tag in (121, 249):
        return _routes(v, opts, out)
    if tag == 77:
        return _user_class(v, out)
    out.append(f"[unknown special tag {tag}, size {size}]")
    return size


def _agent(v: bytes, out: list[str]) -> int:
    p, left = 0, len(v)
    while left >= 2:
        sub, sublen = v[p], v[p + 1]
        p += 2
        left -= 2
        name = AGENT_SUBOPTIONS.get(sub, "Unknown")
        if sublen > left:
            out.append(f"\n\t      {name} SubOption {sub}, length {sublen}: length goes past end of option")
            return len(v)
        out.append(f"\n\t      {name} SubOption {sub}, length {sublen}: ")
        body = v[p:p + sublen]
        if sub in AGENT_SUBOPTIONS:
            out.append(printable(body))
        else:
            out.append(_hex_lines(body, "\n\t\t"))
        p += sublen
        left -= sublen
    return p


def _routes(v: bytes, opts: Options, out: list[str]) -> int:
    size = len(v)
    if size < 5:
        out.append("[ERROR: length < 5 bytes]")
        return size
    p = 0
    first = True
    while p < size:
        if not first:
            out.append(",")
        first = False
        width = v[p]
        p += 1
        left = size - p
        if width > 32:
            out.append(f"[ERROR: Mask width ({width}) > 32]")
            return size
        octets = (width + 7) // 8
        if left < octets + 4:
            out.append(f"[ERROR: Remaining length ({left}) < {octets + 4} bytes]")
            return size
        if width == 0:
            out.append("(default")
        else:
            net = ".".join(str(b) for b in v[p:p + octets]) + ".0" * (4 - octets)
            out.append(f"({net}/{width}")
        p += octets
        out.append(f":{ipaddr_string(v[p:p + 4], opts)})")
        p += 4
    return size


def _user_class(v: bytes, out: list[str]) -> int:
    size = len(v)
    if size < 2:
        out.append("[ERROR: length < 2 bytes]")
        return size
    p, number = 0, 1
    while p < size:
        sublen = v[p]
        p += 1
        out.append(f"\n\t      instance#{number}: ")
        if sublen == 0:
            out.append("[ERROR: suboption length must be non-zero]")
            return size
        if size - p < sublen:
            out.append("[ERROR: invalid option]")
            return size
        out.append('"' + printable(v[p:p + sublen]) + f'", length {sublen}')
        number += 1
        p += sublen
    return size
