"""LDP (RFC 5036): UDP and TCP port 646.

Without ``-v`` tcpdump prints the first PDU's header only
(``LDP, Label-Space-ID: A:N, pdu-length: L``); with ``-v`` every PDU of the
segment, each message (type, length, id, U bit) and its TLVs: common hello
parameters, transport addresses, configuration sequence number, address
lists, common session parameters, FECs (wildcard, prefix, host address,
Martini VC with its interface parameters), generic labels, status,
fault-tolerant session parameters and MTU; the others as hex.  Over TCP the
text follows ``length N`` without a separator, as tcpdump's does.

The record lists the PDU headers found; the formatter reads the messages
from the captured bytes (`` [|ldp]`` where the capture ends inside one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ._addr import ip6addr, ipaddr
from ._base import TRUNCATED, Context, Layer
from ._bytes import Reader
from ._items import Short
from ._rtr import bitflags, printable
from .bgp import AFI, prefix_text

__all__ = ["LdpPdu", "LdpRecord", "decode_ldp", "format_ldp"]

TRUNC = " [|ldp]"
_DONT = "don't"
_DONT_CAP = "Don't "

_MSGS = {0x0001: "Notification", 0x0100: "Hello", 0x0200: "Initialization",
         0x0201: "Keepalive", 0x0300: "Address", 0x0301: "Address Withdraw",
         0x0400: "Label Mapping", 0x0401: "Label Request", 0x0402: "Label Withdraw",
         0x0403: "Label Release", 0x0404: "Label Abort Request"}
# the messages whose TLVs tcpdump decodes
_TLV_MSGS = frozenset((0x0001, 0x0100, 0x0200, 0x0201, 0x0300, 0x0400, 0x0301, 0x0402))
_TLVS = {int(code, 16): name for code, name in (line.split(" ", 1) for line in """\
0100 FEC
0101 Address List
0103 Hop Count
0104 Path Vector
0200 Generic Label
0201 ATM Label
0202 Frame-Relay Label
0300 Status
0301 Extended Status
0302 Returned PDU
0303 Returned Message
0400 Common Hello Parameters
0401 IPv4 Transport Address
0402 Configuration Sequence Number
0403 IPv6 Transport Address
0500 Common Session Parameters
0501 ATM Session Parameters
0502 Frame-Relay Session Parameters
0503 Fault-Tolerant Session Parameters
0600 Label Request Message ID
0601 MTU""".splitlines())}
_FECS = {0x01: "Wildcard", 0x02: "Prefix", 0x03: "Host address", 0x80: "Martini VC"}
_IFPARMS = {0x01: "MTU", 0x03: "Description", 0x0C: "VCCV"}
_VCCV_CC = ((0x01, "PWE3 control word"), (0x02, "MPLS Router Alert Label"),
            (0x04, "MPLS inner label TTL = 1"))
_VCCV_CV = ((0x01, "ICMP Ping"), (0x02, "LSP Ping"), (0x04, "BFD"))
PW_TYPES = {int(code, 16): name for code, name in (line.split(" ", 1) for line in """\
0000 Reserved
0001 Frame Relay DLCI (Martini Mode)
0002 ATM AAL5 SDU VCC transport
0003 ATM transparent cell transport
0004 Ethernet VLAN
0005 Ethernet
0006 Cisco-HDLC
0007 PPP
0008 SONET/SDH Circuit Emulation Service over MPLS
0009 ATM n-to-one VCC cell transport
000a ATM n-to-one VPC cell transport
000b IP Layer2 Transport
000c ATM one-to-one VCC Cell Mode
000d ATM one-to-one VPC Cell Mode
000e ATM AAL5 PDU VCC transport
000f Frame-Relay Port mode
0010 SONET/SDH Circuit Emulation over Packet
0011 Structure-agnostic E1 over Packet
0012 Structure-agnostic T1 (DS1) over Packet
0013 Structure-agnostic E3 over Packet
0014 Structure-agnostic T3 (DS3) over Packet
0015 CESoPSN basic mode
0016 TDMoIP basic mode
0017 CESoPSN TDM with CAS
0018 TDMoIP TDM with CAS
0019 Frame Relay DLCI
0040 IP-interworking""".splitlines())}


@dataclass(slots=True)
class LdpPdu:
    offset: int = 0
    version: int = 0
    pdu_length: int = 0
    lsr_id: str = ""
    label_space: int = 0


@dataclass(slots=True)
class LdpRecord(Layer):
    """The PDU headers of a segment or datagram; ``data``: the captured bytes."""

    proto = "ldp"

    data: bytes = field(default=b"", repr=False)
    length: int = 0
    pdus: list[LdpPdu] = field(default_factory=list)


def decode_ldp(data: bytes, length: int, ctx: Context) -> LdpRecord:
    """The PDU headers, up to the first one tcpdump stops at."""
    rec = LdpRecord(data=bytes(data), length=length)
    d = rec.data
    off, left = 0, length
    while left > 18:
        if off + 10 > len(d):
            rec.stop = TRUNCATED
            break
        pdu = LdpPdu(offset=off, version=int.from_bytes(d[off:off + 2], "big"),
                     pdu_length=int.from_bytes(d[off + 2:off + 4], "big"),
                     lsr_id=ipaddr(d[off + 4:off + 8]),
                     label_space=int.from_bytes(d[off + 8:off + 10], "big"))
        rec.pdus.append(pdu)
        if pdu.version != 1 or pdu.pdu_length < 6 or left < pdu.pdu_length + 4:
            break
        off += pdu.pdu_length + 4
        left -= pdu.pdu_length + 4
    return rec


def format_ldp(rec: LdpRecord, ctx: Context) -> str:
    """tcpdump's text (``"\\n\\t"`` before each PDU with ``-v``)."""
    f = _Fmt(rec.data, ctx.opts.verbose)
    try:
        f.run(rec.length)
    except (Short, ValueError, IndexError, KeyError, OverflowError):
        f.out.append(TRUNC)
    return "".join(f.out)


class _Invalid(Exception):
    """tcpdump's TLV_TCHECK failing: the TLV's text ends there."""


class _Fmt(Reader):
    def __init__(self, data: bytes, verbose: int) -> None:
        super().__init__(data)
        self.v = verbose
        self.out: list[str] = []

    def run(self, length: int) -> None:
        off = 0
        while length > 18:
            used = self.pdu(off)
            if used == 0:
                return
            if length < used:
                self.out.append(f" [remaining length {length} < {used}] (invalid)")
                break
            length -= used
            off += used

    def pdu(self, off: int) -> int:
        put = self.out.append
        self.raw(off, 10)
        sep = "\n\t" if self.v else ""
        version = self.u(off, 2)
        if version != 1:
            put(f"{sep}LDP version {version} packet not supported")
            return 0
        pdu_len = self.u(off + 2, 2)
        if pdu_len < 6:
            put(f"{sep}LDP, pdu-length: {pdu_len} (too short, < 6)")
            return 0
        put(f"{sep}LDP, Label-Space-ID: {ipaddr(self.raw(off + 4, 4))}:{self.u(off + 8, 2)}, "
            f"pdu-length: {pdu_len}")
        if not self.v:
            return 0
        p = off + 10
        tlen = pdu_len - 6
        while tlen > 0:
            self.raw(p, 8)
            mlen = self.u(p + 2, 2)
            word = self.u(p, 2)
            mtype = word & 0x7FFF
            name = _MSGS.get(mtype, "Unknown")
            if mlen < 4:
                put(f"\n\t  {name} Message (0x{mtype:04x}), length: {mlen} (too short, < 4)")
                return 0
            put(f"\n\t  {name} Message (0x{mtype:04x}), length: {mlen}, Message ID: "
                f"0x{self.u(p + 4, 4):08x}, Flags: "
                f"[{'continue processing' if word & 0x8000 else 'ignore'} if unknown]")
            mp, mtlen = p + 8, mlen - 4
            self.raw(p, mlen)
            if mtype in _TLV_MSGS:
                while mtlen >= 4:
                    used = self.tlv(mp, mtlen)
                    if used == 0:
                        break
                    mtlen -= used
                    mp += used
            elif self.v <= 1:
                self.out.append(self.unknown(mp, "\n\t  ", mtlen))
            if self.v > 1:
                self.out.append(self.unknown(p + 8, "\n\t  ", mlen))
            p += mlen + 4
            tlen = (tlen - mlen - 4) & 0xFFFF
        return pdu_len + 4

    def tlv(self, p: int, msg_tlen: int) -> int:
        self.raw(p, 4)
        tlv_len = self.u(p + 2, 2)
        if tlv_len + 4 > msg_tlen:
            self.out.append("\n\t\t TLV contents go past end of message")
            return 0
        word = self.u(p, 2)
        ttype = word & 0x3FFF
        self.out.append(
            f"\n\t    {_TLVS.get(ttype, 'Unknown')} TLV (0x{ttype:04x}), length: {tlv_len}, "
            f"Flags: [{'continue processing' if word & 0x8000 else 'ignore'} and "
            f"{'do' if word & 0x4000 else _DONT} forward if unknown]")
        try:
            self.tlv_value(ttype, p + 4, tlv_len)
        except _Invalid:
            pass
        return tlv_len + 4

    def tlv_value(self, ttype: int, p: int, tlen: int) -> None:
        simple = _SIMPLE_TLVS.get(ttype)
        if simple is not None:
            self.check(tlen, simple[0])
            self.out.append(simple[1](self, p))
        elif ttype == 0x0101:
            self.check(tlen, 2)
            af = self.u(p, 2)
            self.out.append(f"\n\t      Address Family: {AFI.get(af, f'Unknown ({af})')}, "
                            "addresses")
            size = {1: 4, 2: 16}.get(af, 0)
            p += 2
            tlen -= 2
            while size and tlen >= size:
                a = self.raw(p, size)
                self.out.append(f" {ipaddr(a) if size == 4 else ip6addr(a)}")
                tlen -= size
                p += size
        elif ttype == 0x0100:
            self.check(tlen, 1)
            self.fec(p, tlen)
        elif self.v <= 1:
            self.out.append(self.unknown(p, "\n\t      ", tlen))

    def check(self, tlen: int, minlen: int) -> None:
        """tcpdump's TLV_TCHECK."""
        if tlen < minlen:
            self.out.append(f" [tlv length {tlen} < {minlen}] (invalid)")
            raise _Invalid

    def fec(self, p: int, tlen: int) -> None:
        put = self.out.append
        u = self.u
        ftype = u(p, 1)
        put(f"\n\t      {_FECS.get(ftype, 'Unknown')} FEC (0x{ftype:02x})")
        p += 1
        tlen -= 1

        def check(minlen: int) -> None:
            self.check(tlen, minlen)

        if ftype == 0x02:
            check(2)
            af = u(p, 2)
            p += 2
            tlen -= 2
            if af in (1, 2):
                used, text = prefix_text(self.d, p, tlen, af == 2)
                fam = "IPv4" if af == 1 else "IPv6"
                if used == -2:
                    raise Short
                put(f": {fam} prefix (invalid length)" if used == -1 else
                    f": {fam} prefix {text}")
            else:
                put(f": Address family {af} prefix")
        elif ftype == 0x80:
            check(7)
            vc_len = u(p + 2, 1)
            w = u(p, 2)
            head = (f": {PW_TYPES.get(w & 0x7FFF, 'Unknown')}, "
                    f"{'' if w & 0x8000 else 'no '}control word, group-ID {u(p + 3, 4)}")
            if vc_len == 0:
                put(f"{head}, VC-info-length: {vc_len}")
                return
            check(11)
            put(f"{head}, VC-ID {u(p + 7, 4)}, VC-info-length: {vc_len}")
            if vc_len < 4:
                put(" (invalid, < 4")
                return
            vc_len -= 4
            p += 11
            tlen -= 11
            check(vc_len)
            while vc_len > 2:
                it, il = u(p, 1), u(p + 1, 1)
                if il < 2 or vc_len < il:
                    break
                put(f"\n\t\tInterface Parameter: {_IFPARMS.get(it, 'Unknown')} (0x{it:02x}), "
                    f"len {il}")
                if it == 0x01:
                    put(f": {u(p + 2, 2)}")
                elif it == 0x03:
                    put(": ")
                    for i in range(2, il):
                        put(printable(self.raw(p + i, 1)))
                elif it == 0x0C:
                    cc = u(p + 2, 1)
                    put(f"\n\t\t  Control Channels (0x{cc:02x}) = [{bitflags(_VCCV_CC, cc)}]")
                    cv = u(p + 3, 1)
                    put(f"\n\t\t  CV Types (0x{cv:02x}) = [{bitflags(_VCCV_CV, cv)}]")
                else:
                    self.out.append(self.unknown(p + 2, "\n\t\t  ", il - 2))
                vc_len -= il
                p += il


def _hello(f: _Fmt, p: int) -> str:
    fl = f.u(p + 2, 2)
    return (f"\n\t      Hold Time: {f.u(p, 2)}s, Flags: [{'Targeted' if fl & 0x8000 else 'Link'}"
            f" Hello{', Request for targeted Hellos' if fl & 0x4000 else ''}]")


def _session(f: _Fmt, p: int) -> str:
    fl = f.u(p + 6, 2)
    return (f"\n\t      Version: {f.u(p, 2)}, Keepalive: {f.u(p + 2, 2)}s, Flags: [Downstream "
            f"{'On Demand' if fl & 0x8000 else 'Unsolicited'}, Loop Detection "
            f"{'Enabled' if fl & 0x4000 else 'Disabled'}]")


def _status(f: _Fmt, p: int) -> str:
    ui, cause = f.u(p, 4), f.u(p + 4, 4)
    return (f"\n\t      Status: 0x{ui & 0x3FFFFFFF:02x}, Flags: "
            f"[{'Fatal error' if ui & 0x80000000 else 'Advisory Notification'} and "
            f"{'do' if ui & 0x40000000 else _DONT} forward]"
            + (f", causing Message ID: 0x{cause:08x}" if cause else ""))


def _fault_tolerant(f: _Fmt, p: int) -> str:
    fl, reconnect, recovery = f.u(p, 2), f.u(p + 4, 4), f.u(p + 8, 4)
    return (f"\n\t      Flags: [{'' if fl & 0x8000 else 'No '}Reconnect, "
            f"{'' if fl & 0x8 else _DONT_CAP}Save State, "
            f"{'' if fl & 0x4 else 'No '}All-Label Protection, "
            f"{'Sequence Numbered Label' if fl & 0x2 else 'All Labels'} Checkpoint, "
            f"{'' if fl & 0x1 else _DONT_CAP}Re-Learn State]"
            + (f", Reconnect Timeout: {reconnect}ms" if reconnect else "")
            + (f", Recovery Time: {recovery}ms" if recovery else ""))


# TLVs with a fixed part: (its minimum length, its text)
_SIMPLE_TLVS: dict[int, tuple[int, Callable[[_Fmt, int], str]]] = {
    0x0400: (4, _hello),
    0x0401: (4, lambda f, p: f"\n\t      IPv4 Transport Address: {ipaddr(f.raw(p, 4))}"),
    0x0403: (16, lambda f, p: f"\n\t      IPv6 Transport Address: {ip6addr(f.raw(p, 16))}"),
    0x0402: (4, lambda f, p: f"\n\t      Sequence Number: {f.u(p, 4)}"),
    0x0500: (8, _session),
    0x0200: (4, lambda f, p: f"\n\t      Label: {f.u(p, 4) & 0xFFFFF}"),
    0x0300: (8, _status),
    0x0503: (12, _fault_tolerant),
    0x0601: (2, lambda f, p: f"\n\t      MTU: {f.u(p, 2)}"),
}
