"""DNS (RFC 1035 and friends): UDP port 53, mDNS on UDP port 5353, DNS over TCP port 53.

tcpdump 4.99.3's text for a DNS message, byte for byte, including what it
prints for damaged messages.  The shape of that text, as observed:

* query: ``ID[op][+][%] [counts]`` then each question ``" TYPE[ CLASS]? name."``;
  with ``-vv`` the other sections follow (answers without a prefix, then
  ``" ns:"`` and ``" ar:"``), then ``" (LENGTH)"``.
* response: ``ID[op][ rcode][*][-][|][$]``, ``" [Nq]"`` when the question
  count is not 1, the questions (``" q:"`` each, only with ``-vv``, but the
  ``","`` between them is printed at every level), ``" an/ns/ar"``, the
  answers, with ``-vv`` the authority and additional sections, ``" (LENGTH)"``.
* a record: with ``-v`` its owner name, its class when not IN, with ``-vvv``
  its TTL (``" [1h2m3s]"``), the type, then type-specific data.
* anything that cannot be read ends the text with ``" [|domain]"``;
  a few kinds of damage end a walk through a section quietly instead.

How this module is split: :func:`decode_dns` walks the message once, in wire
order, the way tcpdump walks it when it does not print names (skipping each
name without following compression pointers), and records where each
question and record is, its fixed fields, and the end of each skipped name
(``-1``: unreadable).  The text of names and of record data is made from
``DnsRecord.message`` when it is printed (:meth:`DnsRecord.name`,
:meth:`DnsRecord.rdata`, cached): which names tcpdump prints depends on the
verbosity, and printing every name of a message built from pointer chains
would cost the square of its size.  :func:`format_dns` replays tcpdump's
order of printing over the records for the verbosity in ``ctx.opts``;
printing a name follows pointers, and only backwards (each one before the
last), which is both tcpdump's rule and the loop guard.  Offsets count from
the first byte of the DNS header; ``captured`` is how many of its bytes the
capture holds.

Ports (tcpdump 4.99.3's UDP dispatch, in its order of precedence): 53 ->
:func:`decode_dns`, 5353 -> :func:`decode_mdns` (class top bit = QU /
cache-flush), both before BOOTP (67/68) and NTP (123); TCP port 53 ->
:func:`decode_dns_tcp` (its text starts with the space after ``", length N"``;
tcpdump calls it only for segments with data).  ``data`` should run to the
end of the IP datagram (tcpdump reads names past a short UDP length),
``length`` is the UDP payload length.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._addr import ip6addr, ipaddr
from ._base import MALFORMED, TRUNCATED, Context, Layer, ends_before, stopped
from ._rtr import printable as printable, relts

__all__ = ["DnsQuestion", "DnsRR", "DnsRecord",
           "decode_dns", "format_dns", "decode_mdns", "format_mdns",
           "decode_dns_tcp", "format_dns_tcp", "name_text", "printable"]

TRUNC = " [|domain]"
INVALID = " (invalid)"
MAXCDNAME = 255

# --- tables (IANA DNS parameters, with tcpdump's spellings) ------------------

OPCODES = ("", " inv_q", " stat", " op3", " notify", " update", " op6", " op7",
           " op8", " updateA", " updateD", " updateDA", " updateM", " updateMA",
           " zoneInit", " zoneRef")

# tcpdump 4.99.3 prints codes 17 and 21 without the leading space.
RCODES = ("", " FormErr", " ServFail", " NXDomain", " NotImp", " Refused",
          " YXDomain", " YXRRSet", " NXRRSet", " NotAuth", " NotZone", " Resp11",
          " Resp12", " Resp13", " Resp14", " NoChange", " BadVers", "Resp17",
          " Resp18", " Resp19", " Resp20", "Resp21", " Resp22", " BadCookie")

TYPES: dict[int, str] = {
    1: "A", 2: "NS", 3: "MD", 4: "MF", 5: "CNAME", 6: "SOA", 7: "MB", 8: "MG",
    9: "MR", 10: "NULL", 11: "WKS", 12: "PTR", 13: "HINFO", 14: "MINFO",
    15: "MX", 16: "TXT", 17: "RP", 18: "AFSDB", 19: "X25", 20: "ISDN", 21: "RT",
    22: "NSAP", 23: "NSAP_PTR", 24: "SIG", 25: "KEY", 26: "PX", 27: "GPOS",
    28: "AAAA", 29: "LOC", 30: "NXT", 31: "EID", 32: "NIMLOC", 33: "SRV",
    34: "ATMA", 35: "NAPTR", 36: "KX", 37: "CERT", 38: "A6", 39: "DNAME",
    40: "SINK", 41: "OPT", 42: "APL", 43: "DS", 44: "SSHFP", 45: "IPSECKEY",
    46: "RRSIG", 47: "NSEC", 48: "DNSKEY", 99: "SPF", 100: "UINFO", 101: "UID",
    102: "GID", 103: "UNSPEC", 104: "UNSPECA", 249: "TKEY", 250: "TSIG",
    251: "IXFR", 252: "AXFR", 253: "MAILB", 254: "MAILA", 255: "ANY", 256: "URI",
}

CLASSES: dict[int, str] = {1: "IN", 3: "CHAOS", 4: "HS", 255: "ANY"}

T_A, T_NS, T_CNAME, T_SOA, T_PTR, T_MX, T_TXT = 1, 2, 5, 6, 12, 15, 16
T_AAAA, T_SRV, T_A6, T_DNAME, T_OPT, T_UNSPECA, T_TSIG, T_URI = 28, 33, 38, 39, 41, 104, 250, 256

EDNS_OPTIONS: dict[int, str] = {
    1: "LLQ", 2: "UL", 3: "NSID", 5: "DAU", 6: "DHU", 7: "N3U", 8: "ECS",
    9: "EXPIRE", 10: "COOKIE", 11: "KEEPALIVE", 12: "PADDING", 13: "CHAIN",
    14: "KEY-TAG", 16: "CLIENT-TAG", 17: "SERVER-TAG",
}

# DNSSEC algorithm numbers (RFC 6975 DAU option); 3 is spelled "DS" by tcpdump
DAU_ALGS: dict[int, str] = {
    0: "DELETE", 1: "RSAMD5", 2: "DH", 3: "DS", 5: "RSASHA1", 6: "DSA-NSEC3-SHA1",
    7: "RSASHA1-NSEC3-SHA1", 8: "RSASHA256", 10: "RSASHA512", 12: "ECC-GOST",
    13: "ECDSAP256SHA256", 14: "ECDSAP384SHA384", 15: "ED25519", 16: "ED448",
    252: "INDIRECT", 253: "PRIVATEDNS", 254: "PRIVATEOID",
}
DHU_ALGS: dict[int, str] = {1: "SHA-1", 2: "SHA-256", 3: "GOST_R_34.11-94", 4: "SHA-384"}
N3U_ALGS: dict[int, str] = {1: "SHA-1"}


def _printn(d: bytes, start: int, count: int) -> tuple[str, bool]:
    """Up to ``count`` bytes from ``start``, stopping at the capture's end;
    ``(text, complete)``."""
    end = start + count
    if end <= len(d):
        return printable(d[start:end]), True
    return printable(d[start:]), False


# --- names -----------------------------------------------------------------

def _skip(d: bytes, cp: int) -> int:
    """Offset after the name at ``cp`` without following pointers; -1 if unreadable."""
    n = len(d)
    if cp >= n:
        return -1
    i = d[cp]
    cp += 1
    while i:
        kind = i & 0xC0
        if kind == 0xC0:
            return cp + 1
        if kind == 0x40:
            if i & 0x3F != 1 or cp >= n:
                return -1
            bits = d[cp] or 256
            cp += 1 + (bits + 7) // 8
        elif kind == 0x80:
            return -1
        else:
            cp += i
        if cp >= n:
            return -1
        i = d[cp]
        cp += 1
    return cp


def _label_size(d: bytes, cp: int, out: list[str]) -> int:
    """How far the label byte at ``cp`` reaches (tcpdump's notion); -1 when it
    cannot be used, with a marker appended to ``out`` for bad label types."""
    if cp >= len(d):
        return -1
    i = d[cp]
    kind = i & 0xC0
    if kind == 0x40:
        if i & 0x3F != 1:
            out.append(f"<ELT {i & 0x3F}>")
            return -1
        if cp + 1 >= len(d):
            return -1
        return ((d[cp + 1] or 256) + 7) // 8 + 1
    if kind == 0x80:
        out.append("<BAD LABEL TYPE>")
        return -1
    return i


def _bitlabel(d: bytes, cp: int, out: list[str]) -> int:
    """An RFC 2673 bit-string label whose length byte is at ``cp``:
    0 ok, 1 unreadable (soft), 2 capture ended mid-label (fatal)."""
    n = len(d)
    if cp >= n:
        return 1
    bitlen = d[cp] or 256
    out.append("\\[x")
    bitp = cp + 1
    b = bitlen
    while b > 7:
        if bitp >= n:
            return 2
        out.append(f"{d[bitp]:02x}")
        b -= 8
        bitp += 1
    if b > 4:
        if bitp >= n:
            return 2
        out.append(f"{d[bitp] & (0xFF << (8 - b)) & 0xFF:02x}")
    elif b > 0:
        if bitp >= n:
            return 2
        out.append(f"{((d[bitp] >> 4) & 0x0F) & (0x0F << (4 - b)):1x}")
    out.append(f"/{bitlen}]")
    return 0


def _label_at(d: bytes, cp: int, out: list[str]) -> int:
    """The size of the label at ``cp`` (-1: past the capture, or refused)."""
    if cp >= len(d):
        return -1
    return _label_size(d, cp, out)


def _fqdn(d: bytes, cp: int, base: int) -> tuple[str, int, bool]:
    """Print the name at ``cp``; compression pointers count from ``base``.
    Returns ``(text, end, fatal)``; ``end`` is -1 when printing failed.

    A pointer must point before the name (and each further pointer before
    the previous target); that is both tcpdump's rule and our loop guard.
    """
    n = len(d)
    out: list[str] = []
    size = _label_size(d, cp, out)
    if size < 0 or cp >= n:
        return "".join(out), -1, False
    max_offset = (cp - base) & 0xFFFFFFFF
    i = d[cp]
    cp += 1
    compressed = False
    rp = -1
    if i & 0xC0 != 0xC0:
        rp = cp + size
    if i == 0:
        return ".", rp, False
    chars = 0
    while i and cp < n:
        kind = i & 0xC0
        if kind == 0xC0:
            if not compressed:
                rp = cp + 1
                compressed = True
            if cp >= n:
                return "".join(out), -1, False
            offset = ((i << 8) | d[cp]) & 0x3FFF
            if offset >= max_offset:
                out.append("<BAD PTR>")
                return "".join(out), -1, False
            max_offset = offset
            cp = base + offset
            size = _label_at(d, cp, out)
            if size < 0:
                return "".join(out), -1, False
            i = d[cp]
            cp += 1
            continue
        if kind == 0x40:        # bit-string label (the only extended type _label_size lets by)
            status = _bitlabel(d, cp, out)
            if status:
                return "".join(out), -1, status == 2
        else:                   # ordinary label (reserved types were refused above)
            if chars + size <= MAXCDNAME:
                text, ok = _printn(d, cp, size)
            elif chars < MAXCDNAME:
                text, ok = _printn(d, cp, MAXCDNAME - chars)
            else:
                text, ok = "", True
            out.append(text)
            if not ok:
                return "".join(out), -1, False
            chars += size
        cp += size
        if chars <= MAXCDNAME:
            out.append(".")
        chars += 1
        size = _label_at(d, cp, out)
        if size < 0:
            return "".join(out), -1, False
        i = d[cp]
        cp += 1
        if not compressed:
            rp += size + 1
    if chars > MAXCDNAME:
        out.append("<DOMAIN NAME TOO LONG>")
    return "".join(out), rp, False


def name_text(data: bytes, offset: int, base: int = 0) -> tuple[str, int]:
    """A domain name as tcpdump prints it, for other printers (``(text, end)``,
    ``end`` -1 when the name cannot be read whole)."""
    text, end, _ = _fqdn(bytes(data), offset, base)
    return text, end


# --- records ---------------------------------------------------------------
#
# The decoder records where each question and record is and its fixed fields;
# the text of names and record data is made when it is printed (or rendered as
# JSON), from ``message``: tcpdump prints most names only at some verbosity,
# and a message of compression pointers can make printing every name cost
# the square of its size.

@dataclass(slots=True)
class DnsQuestion:
    offset: int = -1            # where the name starts
    skip: int = -1              # where the name ends, read without following pointers (-1: unreadable)
    qtype: int = -1             # -1: not in the capture
    qclass: int = -1
    next: int = -1              # where the next item starts (-1: nowhere)


@dataclass(slots=True)
class DnsRR:
    section: str = "an"         # "an", "ns", "ar"
    offset: int = -1
    skip: int = -1
    rtype: int = -1             # -1: the fixed part (type..rdlength) is not in the capture
    rclass: int = -1
    ttl: int = 0
    rdlength: int = 0
    next: int = -1              # offset after the record's data


@dataclass(slots=True)
class DnsRecord(Layer, proto="dns"):
    """One DNS message; offsets count from the first byte of its header."""

    length: int = 0             # message length (the " (N)" suffix)
    captured: int = 0           # bytes of the message in the capture
    mdns: bool = False
    over_tcp: bool = False
    tcp_prefix: int = -1        # the 2-byte length prefix, over TCP
    error: str = ""             # "tcp-short", "tcp-prefix", "short": the early exits
    id: int = 0
    flags: int = 0
    rcode: int = 0              # with the extended bits from an OPT record
    qdcount: int = 0
    ancount: int = 0
    nscount: int = 0
    arcount: int = 0
    questions: list[DnsQuestion] = field(default_factory=list)
    records: list[DnsRR] = field(default_factory=list)
    message: bytes = field(default=b"", repr=False)
    _names: dict[int, tuple[str, int]] = field(default_factory=dict, repr=False)

    def name(self, offset: int) -> tuple[str, int]:
        """The name at ``offset`` as tcpdump prints it: ``(text, end)``, ``end``
        -1 when printing fails (the text then ends where tcpdump's does)."""
        got = self._names.get(offset)
        if got is None:
            text, end, _ = _fqdn(self.message, offset, 0)
            got = self._names[offset] = (text, end)
        return got

    def rdata(self, rr: DnsRR) -> tuple[str, bool]:
        """A record's type-specific text (as printed with -v) and whether it
        could be printed whole."""
        if rr.rtype < 0 or rr.next > self.captured:
            return "", False
        cls = rr.rclass & 0x7FFF if self.mdns else rr.rclass
        return _rdata(self.message, rr.rtype, cls, rr.ttl & 0xFFFF,
                      rr.next - rr.rdlength, rr.rdlength)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"proto": self.proto}
        for name in ("offset", "stop", "length", "captured", "mdns", "over_tcp", "tcp_prefix", "error",
                     "id", "flags", "rcode", "qdcount", "ancount", "nscount", "arcount"):
            value = getattr(self, name)
            if name != "stop" or value is not None:
                out[name] = value
        out["questions"] = [
            {"name": self.name(q.offset)[0], "qtype": q.qtype, "qclass": q.qclass}
            for q in self.questions]
        records = []
        for rr in self.records:
            item: dict[str, Any] = {"section": rr.section, "name": self.name(rr.offset)[0]}
            if rr.rtype >= 0:
                item.update(type=rr.rtype, rclass=rr.rclass, ttl=rr.ttl,
                            rdlength=rr.rdlength, data=self.rdata(rr)[0].strip())
            records.append(item)
        out["records"] = records
        return out


_NO_QUESTION = DnsQuestion()
_NO_RR = DnsRR()


def _past_rdata(d: bytes, cp: int) -> int:
    """Where the record whose RDLENGTH is at ``cp`` ends (-1: at or past the capture's end)."""
    if cp + 2 > len(d):
        return -1
    cp += 2 + ((d[cp] << 8) | d[cp + 1])
    return cp if cp < len(d) else -1


def _ext_rcode(d: bytes, qd: int, an_ns: int, ar: int, rcode: int) -> int:
    """The response code with the upper bits from the first OPT record
    (the message is scanned by skipping names only, as tcpdump does)."""
    n = len(d)
    cp = 12
    for _ in range(qd):
        cp = _skip(d, cp)
        if cp < 0:
            return rcode
        cp += 4
        if cp >= n:
            return rcode
    for _ in range(an_ns):
        cp = _skip(d, cp)
        if cp < 0:
            return rcode
        cp = _past_rdata(d, cp + 8)
        if cp < 0:
            return rcode
    for _ in range(ar):
        cp = _skip(d, cp)
        if cp < 0 or cp + 2 > n:
            return rcode
        rtype = (d[cp] << 8) | d[cp + 1]
        cp += 4
        if cp + 1 > n:
            return rcode
        if rtype == T_OPT:
            return rcode | (d[cp] << 4)
        cp = _past_rdata(d, cp + 4)
        if cp < 0:
            return rcode
    return rcode


def _u16(d: bytes, p: int) -> int:
    return (d[p] << 8) | d[p + 1]


def _u32(d: bytes, p: int) -> int:
    return (d[p] << 24) | (d[p + 1] << 16) | (d[p + 2] << 8) | d[p + 3]


def _ecs(d: bytes, cp: int, dlen: int) -> str:
    if dlen < 4:
        return INVALID
    family, src, scope = _u16(d, cp), d[cp + 2], d[cp + 3]
    if family == 1:
        bits = 32
    elif family == 2:
        bits = 128
    else:
        return INVALID
    if dlen - 4 > bits // 8 or src > bits or scope > bits or (src + 7) // 8 != dlen - 4:
        return INVALID
    addr = d[cp + 4:cp + dlen] + bytes(bits // 8 - (dlen - 4))
    text = ipaddr(addr) if family == 1 else ip6addr(addr)
    return f"{text}/{src}/{scope}"


def _algs(d: bytes, cp: int, dlen: int, table: dict[int, str]) -> str:
    return " ".join(table.get(a, f"Alg_{a}") for a in d[cp:cp + dlen])


def _edns_option(d: bytes, cp: int, out: list[str]) -> tuple[int, bool]:
    """One EDNS option at ``cp``: ``(next offset, ok)``; not ok ends the packet."""
    n = len(d)
    if cp + 2 > n:
        return -1, False
    opt = _u16(d, cp)
    out.append(EDNS_OPTIONS.get(opt) or f"Opt{opt}")
    cp += 2
    if cp + 2 > n:
        return -1, False
    dlen = _u16(d, cp)
    cp += 2
    if cp + dlen > n:
        return -1, False
    if dlen == 0:
        return cp, True
    out.append(" ")
    body = d[cp:cp + dlen]
    if opt == 8:
        out.append(_ecs(d, cp, dlen))
    elif opt == 10:
        if dlen < 8 or 8 < dlen < 16 or dlen > 40:
            out.append(INVALID)
        else:
            out.append(body[:8].hex() + (" " + body[8:].hex() if dlen > 8 else ""))
    elif opt == 11:
        out.append(INVALID if dlen != 2 else f"{_u16(d, cp) / 10.0:0.1f} sec")
    elif opt == 9:
        out.append(INVALID if dlen != 4 else f"{_u32(d, cp)} sec")
    elif opt == 12:
        out.append(f"({dlen})")
    elif opt == 14:
        if dlen % 2:
            out.append(INVALID)
        else:
            out.append(" ".join(str(_u16(d, cp + i)) for i in range(0, dlen, 2)))
    elif opt == 5:
        out.append(_algs(d, cp, dlen, DAU_ALGS))
    elif opt == 6:
        out.append(_algs(d, cp, dlen, DHU_ALGS))
    elif opt == 7:
        out.append(_algs(d, cp, dlen, N3U_ALGS))
    elif opt == 13:
        # the name's pointers count from the end of the option data; a name
        # that cannot be printed is simply cut short
        text, _, fatal = _fqdn(d, cp, cp + dlen)
        out.append(text)
        if fatal:
            return -1, False
    else:
        out.append(body.hex())
    return cp + dlen, True


# Type-specific data printers: (message, data offset, data length, class,
# OPT flags) -> (text, printed whole).  The text is what follows the type
# name, as with -v (SOA and TSIG data print only with -v).
_RdataPrinter = Callable[[bytes, int, int, int, int], tuple[str, bool]]


def _rd_a(d: bytes, cp: int, dlen: int, rclass: int, flags: int) -> tuple[str, bool]:
    # four bytes whatever the data length says
    if cp + 4 > len(d):
        return "", False
    return " " + ipaddr(d[cp:cp + 4]), True


def _rd_aaaa(d: bytes, cp: int, dlen: int, rclass: int, flags: int) -> tuple[str, bool]:
    if cp + 16 > len(d):
        return "", False
    return " " + ip6addr(d[cp:cp + 16]), True


def _rd_name(d: bytes, cp: int, dlen: int, rclass: int, flags: int) -> tuple[str, bool]:
    text, end, _ = _fqdn(d, cp, 0)
    return " " + text, end >= 0


def _rd_soa(d: bytes, cp: int, dlen: int, rclass: int, flags: int) -> tuple[str, bool]:
    out = [" "]
    text, cp, _ = _fqdn(d, cp, 0)
    out.append(text)
    if cp < 0:
        return "".join(out), False
    out.append(" ")
    text, cp, _ = _fqdn(d, cp, 0)
    out.append(text)
    if cp < 0 or cp + 20 > len(d):
        return "".join(out), False
    out.append("".join(f" {_u32(d, cp + 4 * k)}" for k in range(5)))
    return "".join(out), True


def _words_then_name(d: bytes, cp: int, count: int, layout: str) -> tuple[str, bool]:
    """``count`` 16-bit words then a domain name, placed by ``layout``
    (``{0}`` the name, ``{1}``... the words)."""
    if cp + 2 * count > len(d):
        return " ", False
    text, end, _ = _fqdn(d, cp + 2 * count, 0)
    if end < 0:
        return " " + text, False
    return " " + layout.format(text, *[_u16(d, cp + 2 * k) for k in range(count)]), True


def _rd_mx(d: bytes, cp: int, dlen: int, rclass: int, flags: int) -> tuple[str, bool]:
    return _words_then_name(d, cp, 1, "{0} {1}")


def _rd_txt(d: bytes, cp: int, dlen: int, rclass: int, flags: int) -> tuple[str, bool]:
    out = []
    rp = cp + dlen
    while cp < rp:
        out.append(' "')
        text, ok = _printn(d, cp + 1, d[cp])
        out.append(text)
        if not ok:
            return "".join(out), False
        cp += 1 + d[cp]
        out.append('"')
    return "".join(out), True


def _rd_srv(d: bytes, cp: int, dlen: int, rclass: int, flags: int) -> tuple[str, bool]:
    return _words_then_name(d, cp, 3, "{0}:{3} {1} {2}")


def _rd_uri(d: bytes, cp: int, dlen: int, rclass: int, flags: int) -> tuple[str, bool]:
    if cp + dlen > len(d) or cp + 4 > len(d):
        return "", False
    head = f" {_u16(d, cp)} {_u16(d, cp + 2)} "
    text, ok = _printn(d, cp + 4, (dlen - 4) & 0xFFFFFFFF)   # a short record runs to the end
    return head + text, ok


def _rd_opt(d: bytes, cp: int, dlen: int, rclass: int, flags: int) -> tuple[str, bool]:
    out = [f" UDPsize={rclass}"]
    if flags & 0x8000:
        out.append(" DO")
    rp = cp + dlen
    if cp < rp:
        out.append(" [")
        while cp < rp:
            cp, ok = _edns_option(d, cp, out)
            if not ok:
                return "".join(out), False
            if cp < rp:
                out.append(",")
        out.append("]")
    return "".join(out), True


def _rd_unspeca(d: bytes, cp: int, dlen: int, rclass: int, flags: int) -> tuple[str, bool]:
    if cp + dlen > len(d):
        return "", False
    return _printn(d, cp, dlen)


def _rd_a6(d: bytes, cp: int, dlen: int, rclass: int, flags: int) -> tuple[str, bool]:
    return _a6(d, cp)


def _rd_tsig(d: bytes, cp: int, dlen: int, rclass: int, flags: int) -> tuple[str, bool]:
    return _tsig(d, cp)


_RDATA: dict[int, _RdataPrinter] = {
    T_A: _rd_a, T_AAAA: _rd_aaaa, T_NS: _rd_name, T_CNAME: _rd_name, T_PTR: _rd_name,
    T_DNAME: _rd_name, T_SOA: _rd_soa, T_MX: _rd_mx, T_TXT: _rd_txt, T_SRV: _rd_srv,
    T_URI: _rd_uri, T_OPT: _rd_opt, T_UNSPECA: _rd_unspeca, T_A6: _rd_a6, T_TSIG: _rd_tsig,
}


def _no_data(d: bytes, cp: int, dlen: int, rclass: int, flags: int) -> tuple[str, bool]:
    return "", True


def _rdata(d: bytes, rtype: int, rclass: int, opt_flags: int, cp: int, dlen: int) -> tuple[str, bool]:
    """The text after the type name for one record's data (as with -v)."""
    return _RDATA.get(rtype, _no_data)(d, cp, dlen, rclass, opt_flags)


def _a6(d: bytes, cp: int) -> tuple[str, bool]:
    n = len(d)
    if cp >= n:
        return "", False
    pbit = d[cp]
    pbyte = (pbit & ~7) // 8
    if pbit > 128:
        return f" {pbit}(bad plen)", True
    out = []
    if pbit < 128:
        if cp + 1 + 16 - pbyte > n:
            return "", False        # the copy of the address suffix ends the packet
        addr = bytes(pbyte) + d[cp + 1:cp + 1 + 16 - pbyte]
        out.append(f" {pbit} {ip6addr(addr)}")
    if pbit > 0:
        text, end, _ = _fqdn(d, cp + 1 + 16 - pbyte, 0)
        out.append(" " + text)
        if end < 0:
            return "".join(out), False
    return "".join(out), True


def _tsig(d: bytes, cp: int) -> tuple[str, bool]:
    n = len(d)
    out = [" "]
    text, cp, _ = _fqdn(d, cp, 0)
    out.append(text)
    if cp < 0:
        return "".join(out), False
    cp += 6
    for label in ("fudge", "maclen", "origid", "error", "otherlen"):
        if cp + 2 > n:
            return "".join(out), False
        value = _u16(d, cp)
        out.append(f" {label}={value}")
        cp += 2 + (value if label == "maclen" else 0)
    return "".join(out), True


def _question(d: bytes, cp: int) -> DnsQuestion:
    q = DnsQuestion(cp, _skip(d, cp))
    skip = q.skip
    if skip >= 0:
        if skip + 4 <= len(d):
            q.qtype, q.qclass = _u16(d, skip), _u16(d, skip + 2)
        q.next = skip + 4
    return q


def _rr(d: bytes, cp: int, section: str) -> DnsRR:
    # When skipping the name fails, printing it either fails too or stops at
    # the capture's end: either way the fixed part is out of reach.
    rr = DnsRR(section, cp, _skip(d, cp))
    start = rr.skip
    if start < 0 or start + 10 > len(d):
        return rr
    rr.rtype = _u16(d, start)
    rr.rclass = _u16(d, start + 2)
    rr.ttl = _u32(d, start + 4)
    rr.rdlength = _u16(d, start + 8)
    rr.next = start + 10 + rr.rdlength
    return rr


def _ends_before(rec: DnsRecord, d: bytes, length: int, need: int, error: str) -> bool:
    """:func:`ends_before`, with ``error`` when the message's stated length is short."""
    short = ends_before(rec, d, length, need)
    if short and rec.stop == MALFORMED:
        rec.error = error
    return short


def _decode(d: bytes, length: int, rec: DnsRecord) -> DnsRecord:
    rec.length = length
    rec.captured = len(d)
    rec.message = d
    if _ends_before(rec, d, length, 12, "short"):
        return rec
    rec.id = _u16(d, 0)
    rec.flags = flags = _u16(d, 2)
    rec.qdcount, rec.ancount, rec.nscount, rec.arcount = (
        _u16(d, 4), _u16(d, 6), _u16(d, 8), _u16(d, 10))
    rec.rcode = _ext_rcode(d, rec.qdcount, rec.ancount + rec.nscount, rec.arcount, flags & 0xF)
    n = len(d)
    cp = 12
    for _ in range(rec.qdcount):
        if cp < 0 or cp >= n:
            break
        q = _question(d, cp)
        rec.questions.append(q)
        cp = q.next
    for section, count in (("an", rec.ancount), ("ns", rec.nscount), ("ar", rec.arcount)):
        for _ in range(count):
            if cp < 0 or cp >= n:
                break
            rr = _rr(d, cp, section)
            rec.records.append(rr)
            cp = rr.next
    if cp < 0 or len(rec.questions) < rec.qdcount or \
            len(rec.records) < rec.ancount + rec.nscount + rec.arcount:
        rec.stop = TRUNCATED
    return rec


def decode_dns(data: bytes, length: int, ctx: Context) -> DnsRecord:
    """A DNS message carried by UDP (port 53): ``data`` the UDP payload."""
    return _safe(bytes(data), length, DnsRecord())


def decode_mdns(data: bytes, length: int, ctx: Context) -> DnsRecord:
    """A multicast DNS message (UDP port 5353): class top bits are flags."""
    return _safe(bytes(data), length, DnsRecord(mdns=True))


def decode_dns_tcp(data: bytes, length: int, ctx: Context) -> DnsRecord:
    """DNS over TCP (port 53): ``data`` a TCP segment's payload, starting with
    the 2-byte message length; one message per segment, as tcpdump assumes."""
    data = bytes(data)
    rec = DnsRecord(over_tcp=True, length=length, captured=len(data))
    if _ends_before(rec, data, length, 2, "tcp-short"):
        return rec
    rec.tcp_prefix = _u16(data, 0)
    if rec.tcp_prefix != length - 2:
        rec.error = "tcp-prefix"
        rec.stop = MALFORMED
        rec.length = length - 2
        return rec
    return _safe(data[2:], length - 2, rec)


def _safe(d: bytes, length: int, rec: DnsRecord) -> DnsRecord:
    try:
        return _decode(d, length, rec)
    except (IndexError, ValueError):     # a bug: keep what was read, never raise
        return stopped(rec, MALFORMED)


# --- text --------------------------------------------------------------------

class _Trunc(Exception):
    """The text ends here with `` [|domain]``."""


class _Replay:
    """tcpdump's printing order over the decoded items."""

    __slots__ = ("rec", "v", "out", "qi", "ri", "cp", "end")

    def __init__(self, rec: DnsRecord, verbose: int) -> None:
        self.rec = rec
        self.v = verbose
        self.out: list[str] = []
        self.qi = 0
        self.ri = 0
        self.cp = 12
        self.end = rec.captured

    def _next_q(self) -> DnsQuestion:
        qs = self.rec.questions
        q = qs[self.qi] if self.qi < len(qs) else _NO_QUESTION
        self.qi += 1
        return q

    def question(self) -> None:
        """One question printed: `` TYPE[ CLASS][ (QU)]? name.``."""
        q = self._next_q()
        if q.qtype < 0:
            raise _Trunc
        out = self.out
        out.append(" " + (TYPES.get(q.qtype) or f"Type{q.qtype}"))
        cls = q.qclass & 0x7FFF if self.rec.mdns else q.qclass
        if cls != 1:
            out.append(" " + (CLASSES.get(cls) or f"(Class {cls})"))
        if self.rec.mdns:
            out.append(" (QU)" if q.qclass & 0x8000 else " (QM)")
        out.append("? ")
        text, end = self.rec.name(q.offset)
        out.append(text)
        if end < 0:
            raise _Trunc
        self.cp = end + 4

    def skip_question(self) -> None:
        q = self._next_q()
        if q.skip < 0:
            raise _Trunc
        self.cp = q.skip + 4

    def record(self) -> None:
        """One resource record; may leave ``cp`` at the capture's end."""
        rrs = self.rec.records
        rr = rrs[self.ri] if self.ri < len(rrs) else _NO_RR
        self.ri += 1
        out = self.out
        if self.v:
            text, end = self.rec.name(rr.offset) if rr.offset >= 0 else ("", -1)
            out.append(" " + text)
            if end < 0:
                raise _Trunc
        if rr.rtype < 0:
            self.cp = self.end
            return
        rtype = rr.rtype
        cls = rr.rclass & 0x7FFF if self.rec.mdns else rr.rclass
        if cls != 1 and rtype != T_OPT:
            out.append(" " + (CLASSES.get(cls) or f"(Class {cls})"))
        if self.rec.mdns and rr.rclass & 0x8000:
            out.append(" (Cache flush)")
        if rtype != T_OPT and self.v > 2:
            out.append(f" [{relts(rr.ttl)}]")
        out.append(" " + (TYPES.get(rtype) or f"Type{rtype}"))
        if rr.next > self.end:
            raise _Trunc
        if self.v or rtype not in (T_SOA, T_TSIG):
            text, ok = self.rec.rdata(rr)
            out.append(text)
            if not ok:
                raise _Trunc
        self.cp = rr.next

    def section(self, count: int, prefix: str) -> None:
        """``count`` records; the first one even at the capture's end."""
        if count and (not prefix or self.cp < self.end):
            self.out.append(prefix)
            self.record()
            count -= 1
            while self.cp < self.end and count:
                self.out.append(",")
                self.record()
                count -= 1
        if count:
            raise _Trunc

    def response(self) -> None:
        rec, out, flags = self.rec, self.out, self.rec.flags
        out.append(f"{rec.id}{OPCODES[(flags >> 11) & 0xF]}{_rcode_text(rec.rcode)}"
                   f"{'*' if flags & 0x0400 else ''}{'' if flags & 0x0080 else '-'}"
                   f"{'|' if flags & 0x0200 else ''}{'$' if flags & 0x0020 else ''}")
        if rec.qdcount != 1:
            out.append(f" [{rec.qdcount}q]")
        for k in range(rec.qdcount):
            if k:
                out.append(",")
            if self.v > 1:
                out.append(" q:")
                self.question()
            else:
                self.skip_question()
        out.append(f" {rec.ancount}/{rec.nscount}/{rec.arcount}")
        self.section(rec.ancount, "")
        if self.v > 1:
            self.section(rec.nscount, " ns:")
            self.section(rec.arcount, " ar:")

    def query(self) -> None:
        rec, out, flags = self.rec, self.out, self.rec.flags
        opcode = (flags >> 11) & 0xF
        out.append(f"{rec.id}{OPCODES[opcode]}{'+' if flags & 0x0100 else ''}"
                   f"{'%' if flags & 0x0010 else ''}")
        if flags & 0x6CF:
            out.append(f" [b2&3=0x{flags:x}]")
        if opcode == 1:
            if rec.qdcount:
                out.append(f" [{rec.qdcount}q]")
            if rec.ancount != 1:
                out.append(f" [{rec.ancount}a]")
        else:
            if rec.ancount:
                out.append(f" [{rec.ancount}a]")
            if rec.qdcount != 1:
                out.append(f" [{rec.qdcount}q]")
        if rec.nscount:
            out.append(f" [{rec.nscount}n]")
        if rec.arcount:
            out.append(f" [{rec.arcount}au]")
        count = rec.qdcount
        if count:
            self.question()
            count -= 1
            while self.cp < self.end and count:
                self.question()
                count -= 1
        if count:
            raise _Trunc
        if self.v > 1:
            self.section(rec.ancount, "")
            self.section(rec.nscount, " ns:")
            self.section(rec.arcount, " ar:")


def _rcode_text(rcode: int) -> str:
    return RCODES[rcode] if rcode < len(RCODES) else f" Resp{rcode & 0xFFF}"


def format_dns(rec: DnsRecord, ctx: Context) -> str:
    """tcpdump's text for the message, from the ID on (for DNS over TCP, from
    the space that follows ``", length N"``)."""
    head = ""
    if rec.over_tcp:
        if rec.error == "tcp-short":
            return f" [DNS over TCP: length {rec.length} < 2]{INVALID}"
        if rec.tcp_prefix < 0:
            return TRUNC
        if rec.error == "tcp-prefix":
            return f" [prefix length({rec.tcp_prefix}) != length({rec.length})]{INVALID}"
        head = " "
    if rec.error == "short":
        return f"{head}domain [length {rec.length} < 12]{INVALID}"
    if rec.captured < 12:
        return head + TRUNC
    replay = _Replay(rec, ctx.opts.verbose)
    try:
        if rec.flags & 0x8000:
            replay.response()
        else:
            replay.query()
    except _Trunc:
        return head + "".join(replay.out) + TRUNC
    except IndexError:                  # a bug: never raise from a formatter
        return head + "".join(replay.out) + TRUNC
    return f"{head}{''.join(replay.out)} ({rec.length})"


format_mdns = format_dns
format_dns_tcp = format_dns


# --- the text fast path ---------------------------------------------------------

def _plain_name(d: bytes, cp: int) -> tuple[str, int] | None:
    """A name of ordinary printable labels only, no pointer, wholly captured
    and short enough: ``(text as _fqdn prints it, end)``; None for any other
    (the general path prints those)."""
    n = len(d)
    parts = []
    chars = 0
    while True:
        if cp >= n:
            return None
        i = d[cp]
        if not i:
            break
        if i > 63:
            return None
        e = cp + 1 + i
        if e > n:
            return None
        label = d[cp + 1:e]
        if not label.isascii():
            return None
        s = label.decode("ascii")
        if not s.isprintable():
            return None
        parts.append(s)
        chars += i + 1
        cp = e
    if chars > MAXCDNAME:
        return None
    return (".".join(parts) + "." if parts else "."), cp + 1


def fast_text(d: bytes, length: int, verbose: int) -> str | None:
    """:func:`format_dns`'s text for a whole DNS message over UDP (not mDNS) of
    the common shapes, one question, without ``-vv``; None for any other
    message (a short or cut one, a name it would print that has pointers or
    escapes...), which the decoder and :func:`format_dns` then print."""
    n = len(d)
    if n < 12 or length < 12 or verbose > 1:
        return None
    ident = d[0] << 8 | d[1]
    flags = d[2] << 8 | d[3]
    if d[4] or d[5] != 1:
        return None                      # one question only
    an, ns, ar = d[6] << 8 | d[7], d[8] << 8 | d[9], d[10] << 8 | d[11]
    opcode = (flags >> 11) & 0xF
    if not flags & 0x8000:
        got = _plain_name(d, 12)
        if got is None:
            return None
        name, end = got
        if end + 4 > n:
            return None
        qtype = d[end] << 8 | d[end + 1]
        qclass = d[end + 2] << 8 | d[end + 3]
        if not (flags & 0x7EDF or an or ns or ar) and qclass == 1:
            # a plain query (only RD, if anything): one piece of text
            return (f"{ident}{'+' if flags & 0x0100 else ''} "
                    f"{TYPES.get(qtype) or f'Type{qtype}'}? {name} ({length})")
        out = [f"{ident}{OPCODES[opcode]}{'+' if flags & 0x0100 else ''}"
               f"{'%' if flags & 0x0010 else ''}"]
        if flags & 0x6CF:
            out.append(f" [b2&3=0x{flags:x}]")
        if opcode == 1:
            out.append(" [1q]")
            if an != 1:
                out.append(f" [{an}a]")
        elif an:
            out.append(f" [{an}a]")
        if ns:
            out.append(f" [{ns}n]")
        if ar:
            out.append(f" [{ar}au]")
        out.append(" " + (TYPES.get(qtype) or f"Type{qtype}"))
        if qclass != 1:
            out.append(" " + (CLASSES.get(qclass) or f"(Class {qclass})"))
        out.append(f"? {name} ({length})")
        return "".join(out)
    rcode = flags & 0xF
    if ar:
        rcode = _ext_rcode(d, 1, an + ns, ar, rcode)
    cp = _skip(d, 12)
    if cp < 0:
        return None
    cp += 4
    out = [f"{ident}{OPCODES[opcode]}{_rcode_text(rcode)}"
           f"{'*' if flags & 0x0400 else ''}{'' if flags & 0x0080 else '-'}"
           f"{'|' if flags & 0x0200 else ''}{'$' if flags & 0x0020 else ''} {an}/{ns}/{ar}"]
    app = out.append
    left = an
    first = True
    while left and (first or cp < n):
        if not first:
            app(",")
        first = False
        # one answer record, as _Replay.record prints it
        skip = _skip(d, cp)
        if skip < 0 or skip + 10 > n:
            return None
        if verbose:
            text, end, _ = _fqdn(d, cp, 0)
            if end < 0:
                return None
            app(" " + text)
        rtype = d[skip] << 8 | d[skip + 1]
        rclass = d[skip + 2] << 8 | d[skip + 3]
        dlen = d[skip + 8] << 8 | d[skip + 9]
        nxt = skip + 10 + dlen
        if rclass != 1 and rtype != T_OPT:
            app(" " + (CLASSES.get(rclass) or f"(Class {rclass})"))
        app(" " + (TYPES.get(rtype) or f"Type{rtype}"))
        if nxt > n:
            return None
        if verbose or (rtype != T_SOA and rtype != T_TSIG):
            text, ok = _rdata(d, rtype, rclass, (d[skip + 6] << 8 | d[skip + 7]), skip + 10, dlen)
            if not ok:
                return None
            app(text)
        cp = nxt
        left -= 1
    if left:
        return None
    app(f" ({length})")
    return "".join(out)
