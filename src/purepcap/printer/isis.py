"""OSI network layer (LLC SAP 0xfe, Ethernet type 0xfefe, GRE, Cisco HDLC) and IS-IS.

The unit starts at the NLPID octet.  IS-IS PDUs (NLPID 0x83) print tcpdump's
one-line summary (``"IS-IS, L1 Lan IIH, src-id ..., length N"``); with ``-v``
the fixed header and one block per TLV (area addresses, protocols, interface
addresses, neighbours, LSP entries, reachability TLVs old and extended with
their sub-TLVs, hostname, restart signalling, instance id, router and MT
capabilities ...); ``-vv`` adds hex dumps.  CLNP (0x81) prints its fixed
part and addresses (its options and PDU bodies are not decoded); Q.933
(NLPID 0x08) prints through :mod:`.q933`; ES-IS and the other NLPID
encapsulations (IP, IPv6, PPP) are dumped as hex; an
unknown NLPID prints tcpdump's ``"OSI NLPID 0x.. unknown, length: N"``.

The record keeps the fixed header fields and the TLV list; the formatter
reads values from the captured bytes and prints ``" [|isis]"`` where the
capture ends inside something it must read.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ._addr import ip6addr, ipaddr
from ._base import MALFORMED, TRUNCATED, Context, Layer, stopped
from ._dump import hex_dump
from ._items import OUIS, Short, bits, printable

__all__ = ["IsisRecord", "decode_isoclns", "format_isoclns", "decode_isoclns_ether",
           "format_isoclns_ether", "osi_cksum", "NLPIDS"]

NLPIDS = {0x00: "NULL", 0x08: "Q.933", 0x09: "LMI", 0x80: "SNAP", 0x81: "CLNP", 0x82: "ES-IS",
          0x83: "IS-IS", 0x84: "CONS", 0x85: "IDRP", 0xC1: "ISIS_SPB", 0xB1: "FRF.15",
          0xCC: "IPv4", 0xCF: "PPP", 0x8A: "X25 ES-IS", 0x8E: "IPv6"}
_PDUS = {15: "L1 Lan IIH", 16: "L2 Lan IIH", 17: "p2p IIH", 18: "L1 LSP", 20: "L2 LSP",
         24: "L1 CSNP", 25: "L2 CSNP", 26: "L1 PSNP", 27: "L2 PSNP"}
# fixed header size after the 8 common octets
_FIXED = {15: 19, 16: 19, 17: 12, 18: 19, 20: 19, 24: 25, 25: 25, 26: 9, 27: 9}
_TLVS = {1: "Area address(es)", 2: "IS Reachability", 3: "ES Neighbor(s)", 4: "Partition DIS",
         5: "Prefix Neighbors", 6: "IS Neighbor(s)", 7: "Instance Identifier", 8: "Padding",
         9: "LSP entries", 10: "Authentication", 12: "Checksum",
         13: "Purge Originator Identifier", 14: "LSP Buffersize",
         22: "Extended IS Reachability", 24: "IS Alias ID", 42: "DECnet Phase IV",
         66: "Lucent Proprietary", 128: "IPv4 Internal Reachability",
         129: "Protocols supported", 130: "IPv4 External Reachability",
         131: "Inter-Domain Information Type", 132: "IPv4 Interface address(es)",
         133: "IPv4 authentication (deprecated)", 134: "Traffic Engineering Router ID",
         135: "Extended IPv4 Reachability", 138: "Shared Risk Link Group",
         143: "Multi-Topology-Aware Port Capability", 144: "Multi-Topology Capability",
         176: "Nortel Proprietary", 177: "Nortel Proprietary", 137: "Hostname",
         211: "Restart Signaling", 222: "Multi Topology IS Reachability",
         229: "Multi Topology", 232: "IPv6 Interface address(es)",
         235: "Multi-Topology IPv4 Reachability", 236: "IPv6 reachability",
         237: "Multi-Topology IP6 Reachability", 240: "Point-to-point Adjacency State",
         241: "Hello PDU Sequence Number", 242: "IS-IS Router Capability",
         250: "Vendor Private"}
_CIRCUIT = {1: "Level 1 only", 2: "Level 2 only", 3: "Level 1, Level 2"}
_ISTYPE = {0: "Unused 0x0 (invalid)", 1: "L1 IS", 2: "Unused 0x2 (invalid)", 3: "L2 IS"}
_PTP_ADJ = {0: "Up", 1: "Initializing", 2: "Down"}
_RESTART = ((0x1, "Restart Request"), (0x2, "Restart Acknowledgement"),
            (0x4, "Suppress adjacency advertisement"))
_MT = {0: "IPv4 unicast", 1: "In-Band Management", 2: "IPv6 unicast", 3: "Multicast",
       4095: "Development, Experimental or Proprietary"}
_MT_FLAGS = ((0x4000, "ATT bit set"), (0x8000, "Overload bit set"))
_AUTH = {1: "simple text password", 3: "Generic Crypto key-id", 54: "HMAC-MD5 password",
         255: "Routing Domain private password"}
_IDRP = {0: "Reserved", 1: "Routing-Domain Specific", 2: "AS Number Tag"}
_CAP_FLAGS = ((0x01, "S bit"), (0x02, "D bit"))
_EXT_IS_SUB = {3: "Administrative groups", 4: "Link Local/Remote Identifier",
               5: "Link Remote Identifier", 6: "IPv4 interface address",
               8: "IPv4 neighbor address", 9: "Maximum link bandwidth",
               10: "Reservable link bandwidth", 11: "Unreserved bandwidth",
               18: "Traffic Engineering Metric", 19: "Link Attribute",
               20: "Link Protection Type", 21: "Interface Switching Capability",
               12: "Bandwidth Constraints (old)", 22: "Bandwidth Constraints",
               32: "LAN Adjacency Segment Identifier", 29: "SPB Metric",
               250: "Reserved for cisco specific extensions",
               251: "Reserved for cisco specific extensions",
               252: "Reserved for cisco specific extensions",
               253: "Reserved for cisco specific extensions",
               254: "Reserved for cisco specific extensions",
               255: "Reserved for future expansion"}
_EXT_IP_SUB = {1: "32-Bit Administrative tag", 2: "64-Bit Administrative tag",
               3: "Prefix SID", 117: "Management Prefix Color"}
_SID_FLAGS = ((0x80, "Readvertisement"), (0x40, "Node"), (0x20, "No-PHP"),
              (0x10, "Explicit NULL"), (0x08, "Value"), (0x04, "Local"))
_LINK_ATTR = ((0x01, "Local Protection Available"),
              (0x02, "Link excluded from local protection path"),
              (0x04, "Local maintenance required"))
_LAN_ADJ = ((0x80, "Address family IPv6"), (0x40, "Backup"), (0x20, "Value"),
            (0x10, "Local significance"), (0x08, "Set of adjacencies"), (0x04, "Persistent"))
_FLOAT = struct.Struct("!f")
_ESIS_PDUS = {6: "redirect", 2: "ESH", 4: "ISH"}
_ESIS_OPTS = {129: "Protocols supported", 195: "QoS Maintenance", 197: "Security",
              198: "ES Configuration Time", 205: "Priority", 225: "Addressk Mask",
              226: "SNPA Mask"}
_CLNP_PDUS = {1: "Error Report", 29: "MD", 28: "Data", 30: "Echo Request", 31: "Echo Response"}
_CLNP_FLAGS = ((0x80, "Segmentation permitted"), (0x40, "more Segments"),
               (0x20, "request Error Report"))


@dataclass(slots=True)
class IsisTlv:
    type: int = 0
    length: int = 0
    offset: int = 0        # of the value, in the unit


@dataclass(slots=True)
class IsisRecord(Layer, proto="isoclns"):
    length: int = 0
    nlpid: int | None = None
    fixed_len: int = 0
    version: int = 0
    id_length: int = 0
    pdu_type: int = 0
    pdu_version: int = 0
    max_area: int = 0
    pdu_length: int = 0
    source_id: str = ""
    tlvs: list[IsisTlv] = field(default_factory=list)
    raw: bytes = field(default=b"", repr=False)   # the captured unit (the formatter reads it)

    def to_json(self) -> dict[str, object]:
        out = Layer.to_json(self)
        out.pop("raw", None)
        return out


def decode_isoclns(data: bytes, length: int, ctx: Context) -> IsisRecord:
    rec = IsisRecord(length=length, raw=bytes(data))
    n = len(data)
    if n < 1:
        return stopped(rec)
    rec.nlpid = data[0]
    if rec.nlpid != 0x83:
        return rec
    if n < 8 or length < 8:
        return stopped(rec)
    (_, rec.fixed_len, rec.version, rec.id_length, pt, rec.pdu_version, _,
     rec.max_area) = data[:8]
    rec.pdu_type = pt & 0x1F
    fixed = _FIXED.get(rec.pdu_type)
    if fixed is None or rec.fixed_len != 8 + fixed or n < 8 + fixed:
        rec.stop = MALFORMED if fixed is None or rec.fixed_len != 8 + fixed else TRUNCATED
        return rec
    rec.pdu_length = (data[8] << 8) | data[9] if rec.pdu_type != 17 else (data[15] << 8) | data[16]
    if rec.pdu_type in (15, 16, 17):
        rec.source_id = _id(data, 9, 6)
    elif rec.pdu_type in (24, 25, 26, 27):
        rec.source_id = _id(data, 10, 7)
    else:
        rec.source_id = _id(data, 12, 8)
    end = min(length, rec.pdu_length, n)
    p = 8 + fixed
    while p + 2 <= end:
        t, ln = data[p], data[p + 1]
        rec.tlvs.append(IsisTlv(t, ln, p + 2))
        p += 2 + ln
    if p < min(length, rec.pdu_length):
        rec.stop = TRUNCATED
    return rec


def decode_isoclns_ether(data: bytes, length: int, ctx: Context) -> IsisRecord:
    """Ethernet type 0xfefe: tcpdump skips one octet before the NLPID."""
    return decode_isoclns(data[1:], length - 1, ctx)


def _id(d: bytes, off: int, n: int) -> str:
    """tcpdump's isis_print_id: ``xxxx.xxxx.xxxx`` [``.nn`` [``-nn``]]."""
    if off + n > len(d):
        raise Short
    b = d[off:off + n]
    s = f"{b[0]:02x}{b[1]:02x}.{b[2]:02x}{b[3]:02x}.{b[4]:02x}{b[5]:02x}"
    if n >= 7:
        s += f".{b[6]:02x}"
    if n == 8:
        s += f"-{b[7]:02x}"
    return s


def osi_cksum(data: bytes, offset: int) -> int:
    """The ISO 8473 (Fletcher) checksum of ``data`` with its field at ``offset``."""
    c0 = c1 = 0
    for i, b in enumerate(data):
        if i == offset or i == offset + 1:
            b = 0
        c0 = (c0 + b) % 255
        c1 = (c1 + c0) % 255
    n = len(data)
    x = ((n - offset - 1) * c0 - c1) % 255
    y = (c1 - (n - offset) * c0) % 255
    return ((x or 255) << 8) | (y or 255)


def _nsap(b: bytes) -> str:
    if not 1 <= len(b) <= 20:
        return "isonsap_string: illegal length"
    out = []
    for i, c in enumerate(b):
        out.append(f"{c:02x}")
        if i & 1 == 0 and i + 1 < len(b):
            out.append(".")
    return "".join(out)


def _mask2plen(mask: int) -> int:
    for plen in range(33):
        if mask == ((0xFFFFFFFF << (32 - plen)) & 0xFFFFFFFF):
            return plen
    return -1


def _mbps(v: int) -> str:
    f = _FLOAT.unpack(v.to_bytes(4, "big"))[0]
    return f"{f * 8 / 1000000:.3f}"


class _Fmt:
    __slots__ = ("d", "out", "v", "e", "pdu_len")

    def __init__(self, d: bytes, verbose: int, eflag: bool) -> None:
        self.d = d
        self.out: list[str] = []
        self.v = verbose
        self.e = eflag
        self.pdu_len = 0

    def _cksum(self, ck: int, off: int, length: int) -> str:
        """osi_print_cksum over the first ``length`` bytes, field at ``off``."""
        if not ck or off + 2 > len(self.d) or off > length or length > len(self.d):
            return " (unverified)"
        calc = osi_cksum(self.d[:length], off)
        return " (correct)" if calc == ck else f" (incorrect should be 0x{calc:04x})"

    def u(self, off: int, n: int = 1) -> int:
        if off < 0 or off + n > len(self.d):
            raise Short
        return int.from_bytes(self.d[off:off + n], "big")

    def w(self, s: str) -> None:
        self.out.append(s)

    def hexd(self, off: int, n: int, indent: str) -> None:
        """print_unknown_data: clipped to what was captured."""
        if off > len(self.d):
            return
        self.w(hex_dump(self.d[off:off + max(n, 0)], indent))

    def need(self, off: int, n: int) -> None:
        if off + n > len(self.d):
            raise Short

    # -- CLNP (the fixed part and addresses; options and PDU bodies are not decoded) --
    def clnp(self, length: int) -> bool:
        self.need(0, 9)
        li = self.u(1)
        if not self.e:
            self.w("CLNP")
        if self.u(2) != 1:
            self.w(f"version {self.u(2)} packet not supported")
            return False
        if li > length:
            self.w(f" length indicator({li}) > PDU size ({length})!")
            return False
        if li < 9:
            self.w(f" length indicator {li} < min PDU size:"
                   + "".join(f"{c:02X}" for c in self.d))
            return False
        ptype, flags = self.u(4) & 0x1F, self.u(4) & 0xE0
        p, left = 9, li - 9
        addrs: list[bytes] = []
        for _ in range(2):
            if left < 1:
                self.w("li < size of fixed part of CLNP header and addresses")
                return False
            alen = self.u(p)
            p, left = p + 1, left - 1
            if left < alen:
                self.w("li < size of fixed part of CLNP header and addresses")
                return False
            self.need(p, alen)
            addrs.append(self.d[p:p + alen])
            p, left = p + alen, left - alen
        dst, src = addrs
        name = _CLNP_PDUS.get(ptype, f"unknown ({ptype})")
        sep = "" if self.e else ", "
        if not self.v:
            self.w(f"{sep}{_nsap(src)} > {_nsap(dst)}, {name}, length {length}")
            return True
        self.w(f"{sep}length {length}")
        lt = self.u(3)
        ck = self.u(7, 2)
        self.w(f"\n\t{name} PDU, hlen: {li}, v: 1, lifetime: {lt // 2}.{(lt % 2) * 5}s, "
               f"Segment PDU length: {self.u(5, 2)}, checksum: 0x{ck:04x}")
        self.w(self._cksum(ck, 7, li))
        self.w(f"\n\tFlags [{bits(_CLNP_FLAGS, flags)}]")
        self.w(f"\n\tsource address (length {len(src)}): {_nsap(src)}"
               f"\n\tdest   address (length {len(dst)}): {_nsap(dst)}")
        if flags & 0x80:
            if left < 6:
                self.w("li < size of fixed part of CLNP header, addresses, and segment part")
                return False
            self.need(p, 6)
            self.w(f"\n\tData Unit ID: 0x{self.u(p, 2):04x}, Segment Offset: {self.u(p + 2, 2)}, "
                   f"Total PDU Length: {self.u(p + 4, 2)}")
            p, left = p + 6, left - 6
        if left:               # the first option's header (options are not decoded)
            if left < 2:
                self.w(", bad opts/li")
                return False
            op, opli = self.u(p), self.u(p + 1)
            if opli > left - 2:
                self.w(f", opt ({op}) too long")
                return False
            self.need(p + 2, opli)
        return True

    # -- ES-IS --
    def _li_byte(self, p: int, li: int, what: str) -> int | None:
        """The byte at ``p`` of an ES-IS header with ``li`` bytes to go (None: said bad)."""
        self.need(p, 1)
        if li < 1:
            self.w(f", bad {what}/li")
            return None
        return self.u(p)

    def _net(self, p: int, li: int, what: str) -> tuple[int, int] | None:
        """One NET (a length byte, then the address) at ``p``; ``p`` and ``li`` after it,
        None (said bad) where the header ends first."""
        n = self._li_byte(p, li, what)
        if n is None:
            return None
        p, li = p + 1, li - 1
        self.need(p, n)
        if li < n:
            self.w(f", bad {what}/li")
            return None
        self.w(f"\n\t  NET (length: {n}): {_nsap(self.d[p:p + n])}")
        return p + n, li - n

    def esis(self, length: int, quiet: bool) -> None:
        if not self.e:
            self.w("ES-IS")
        if length <= 2:
            self.w("bad pkt!" if quiet else "no header at all!")
            return
        self.need(0, 9)
        li = self.u(1)
        if self.u(0) != 0x82:
            self.w(f" nlpid 0x{self.u(0):02x} packet not supported")
            return
        version = self.u(2)
        if version != 1:
            self.w(f" version {version} packet not supported")
            return
        if li > length:
            self.w(f" length indicator({li}) > PDU size ({length})!")
            return
        if li < 11:
            self.w(f" length indicator {li} < min PDU size:"
                   + "".join(f"{c:02X}" for c in self.d))
            return
        pt = self.u(4) & 0x1F
        sep = "" if self.e else ", "
        if not self.v:
            self.w(f"{sep}{_ESIS_PDUS.get(pt, f'unknown type ({pt})')}, length {length}")
            return
        self.w(f"{sep}length {length}\n\t{_ESIS_PDUS.get(pt, f'unknown type: {pt}')} ({pt})")
        ck = self.u(7, 2)
        self.w(f", v: 1, checksum: 0x{ck:04x}" + self._cksum(ck, 7, li))
        self.w(f", holding time: {self.u(5, 2)}s, length indicator: {li}")
        if self.v > 1:
            self.hexd(0, 9, "\n\t")
        p, li = 9, li - 9
        if pt == 6:
            vals: list[tuple[int, int]] = []
            for i in range(3):
                self.need(p, 1)
                if li < 1:
                    self.w(", bad redirect/li")
                    return
                n = self.u(p)
                p += 1
                if i < 2:
                    li -= 1          # (tcpdump does not count the NET length octet)
                self.need(p, n)
                if li < n:
                    self.w(", bad redirect/li")
                    return
                vals.append((p, n))
                p, li = p + n, li - n
                if i == 0:
                    self.w(f"\n\t  {_nsap(self.d[vals[0][0]:vals[0][0] + n])}")
            (sp, sn), (np_, nn) = vals[1], vals[2]
            if sn == 0:
                snpa = "<empty>"
            else:
                snpa = ":".join(f"{c:02x}" for c in self.d[sp:sp + sn])
            self.w(f"\n\t  SNPA (length: {sn}): {snpa}")
            if nn:
                self.w(f"\n\t  NET (length: {nn}) {_nsap(self.d[np_:np_ + nn])}")
        elif pt == 2:
            count = self._li_byte(p, li, "esh")
            if count is None:
                return
            p, li = p + 1, li - 1
            self.w(f"\n\t  Number of Source Addresses: {count}")
            for _ in range(count):
                after = self._net(p, li, "esh")
                if after is None:
                    return
                p, li = after
        elif pt == 4:
            after = self._net(p, li, "ish")
            if after is None:
                return
            p, li = after
        else:
            if self.v <= 1 and p < len(self.d):
                self.hexd(p, len(self.d) - p, "\n\t  ")
            return
        while li:
            if li < 2:
                self.w(", bad opts/li")
                return
            op, opli = self.u(p), self.u(p + 1)
            p, li = p + 2, li - 2
            if opli > li:
                self.w(f", opt ({op}) too long")
                return
            li -= opli
            self.w(f"\n\t  {_ESIS_OPTS.get(op, 'Unknown')} Option #{op}, length {opli}, value: ")
            if op == 198:
                if opli == 2:
                    self.w(f"{self.u(p, 2)}s")
                else:
                    self.w("(bad length)")
            elif op == 129:
                for i in range(opli):
                    v = self.u(p + i)
                    more = ", " if opli - i > 1 else ""
                    self.w(f"{NLPIDS.get(v, 'unknown')} (0x{v:02x}){more}")
                # tcpdump counts this option's length down to 0 while printing it: no
                # -vv dump, and the next option is read from this one's value
                continue
            else:
                self.hexd(p, opli, "\n\t  ")
            if self.v > 1:
                self.hexd(p, opli, "\n\t  ")
            p += opli

    # -- the PDU --
    def pdu(self, rec: IsisRecord) -> bool:
        """isis_print; False: tcpdump then dumps the whole unit."""
        length = rec.length
        self.need(0, 8)
        if length < 8:
            raise Short
        if not self.e:
            self.w("IS-IS")
        version, id_len, pdu_version = self.u(2), self.u(3), self.u(5)
        fixed_len = self.u(1)
        if version != 1:
            self.w(f"version {version} packet not supported")
            return False
        if id_len not in (6, 0):
            self.w(f"system ID length of {id_len} is not supported")
            return False
        if pdu_version != 1:
            self.w(f"version {pdu_version} packet not supported")
            return False
        if length < fixed_len:
            self.w(f"fixed header length {fixed_len} > packet length {length}")
            return False
        if fixed_len < 8:
            self.w(f"fixed header length {fixed_len} < minimum header size 8")
            return False
        pdu_max_area = self.u(7)
        if pdu_max_area == 255:
            self.w("bad packet -- 255 areas")
            return False
        max_area = pdu_max_area or 3
        pt = self.u(4) & 0x1F
        sep = "" if self.e else ", "
        if not self.v:
            self.w(sep + _PDUS.get(pt, f"unknown PDU-Type {pt}"))
        else:
            self.w(f"{sep}length {length}")
            self.w(f"\n\t{_PDUS.get(pt, f'unknown, type {pt}')}, hlen: {fixed_len}, v: {version}, "
                   f"pdu-v: {pdu_version}, sys-id-len: 6 ({id_len}), max-area: {max_area} "
                   f"({pdu_max_area})")
            if self.v > 1:
                self.hexd(0, 8, "\n\t")
        fixed = _FIXED.get(pt)
        if fixed is None:
            if not self.v:
                self.w(f", length {length}")
                return True
            self.hexd(8, length, "\n\t  ")
            return False
        if fixed_len != 8 + fixed:
            if pt in (26, 27):
                self.w(f"- bogus fixed header length {fixed_len} should be {8 + fixed}")
            else:
                should = fixed if pt in (18, 20) else 8 + fixed
                self.w(f", bogus fixed header length {fixed_len} should be {should}")
            return False
        self.need(8, fixed)
        if length < 8 + fixed:
            raise Short
        h = 8
        packet_len = length
        if pt in (15, 16):
            if not self.v:
                self.w(f", src-id {_id(self.d, h + 1, 6)}, lan-id {_id(self.d, h + 12, 7)}, "
                       f"prio {self.u(h + 11)}, length {length}")
                return True
            pdu_len = self.u(h + 9, 2)
            self.w(f"\n\t  source-id: {_id(self.d, h + 1, 6)},  holding time: {self.u(h + 7, 2)}s, "
                   f"Flags: [{_CIRCUIT.get(self.u(h), f'unknown circuit type 0x{self.u(h):02x}')}]")
            self.w(f"\n\t  lan-id:    {_id(self.d, h + 12, 7)}, Priority: {self.u(h + 11) & 0x7F}, "
                   f"PDU length: {pdu_len}")
        elif pt == 17:
            if not self.v:
                self.w(f", src-id {_id(self.d, h + 1, 6)}, length {length}")
                return True
            pdu_len = self.u(h + 9, 2)
            self.w(f"\n\t  source-id: {_id(self.d, h + 1, 6)}, holding time: {self.u(h + 7, 2)}s, "
                   f"Flags: [{_CIRCUIT.get(self.u(h), f'unknown circuit type 0x{self.u(h):02x}')}]")
            self.w(f"\n\t  circuit-id: 0x{self.u(h + 11):02x}, PDU length: {pdu_len}")
        elif pt in (18, 20):
            if not self.v:
                self.w(f", lsp-id {_id(self.d, h + 4, 8)}, seq 0x{self.u(h + 12, 4):08x}, "
                       f"lifetime {self.u(h + 2, 2):5d}s, length {length}")
                return True
            pdu_len = self.u(h, 2)
            if packet_len > pdu_len:
                packet_len = length = pdu_len
            ck = self.u(h + 16, 2)
            self.w(f"\n\t  lsp-id: {_id(self.d, h + 4, 8)}, seq: 0x{self.u(h + 12, 4):08x}, "
                   f"lifetime: {self.u(h + 2, 2):5d}s\n\t  chksum: 0x{ck:04x}")
            span = length - 12
            if not ck or span < 12 or h + 4 + span > len(self.d) or span < 0:
                self.w(" (unverified)")
            else:
                calc = osi_cksum(self.d[h + 4:h + 4 + span], 12)
                self.w(" (correct)" if calc == ck else f" (incorrect should be 0x{calc:04x})")
            tb = self.u(h + 18)
            self.w(f", PDU length: {pdu_len}, Flags: [ {'Overload bit set, ' if tb & 4 else ''}")
            if tb & 0x78:
                self.w(("default " if tb & 8 else "") + ("delay " if tb & 0x10 else "")
                       + ("expense " if tb & 0x20 else "") + ("error " if tb & 0x40 else "")
                       + "ATT bit set, ")
            self.w(("P bit set, " if tb & 0x80 else "") + f"{_ISTYPE[tb & 3]} ]")
        elif pt in (24, 25):
            if not self.v:
                self.w(f", src-id {_id(self.d, h + 2, 7)}, length {length}")
                return True
            pdu_len = self.u(h, 2)
            self.w(f"\n\t  source-id:    {_id(self.d, h + 2, 7)}, PDU length: {pdu_len}")
            self.w(f"\n\t  start lsp-id: {_id(self.d, h + 9, 8)}")
            self.w(f"\n\t  end lsp-id:   {_id(self.d, h + 17, 8)}")
        else:
            if not self.v:
                self.w(f", src-id {_id(self.d, h + 2, 7)}, length {length}")
                return True
            pdu_len = self.u(h, 2)
            self.w(f"\n\t  source-id:    {_id(self.d, h + 2, 7)}, PDU length: {pdu_len}")
        if pt not in (18, 20) and packet_len > pdu_len:
            packet_len = length = pdu_len
        if self.v > 1:
            self.hexd(8, fixed, "\n\t  ")
        if packet_len < 8 + fixed:
            self.w(f" [packet length {packet_len} < {8 + fixed}] (invalid)")
            return True
        packet_len -= 8 + fixed
        self.pdu_len = length
        p = 8 + fixed
        while packet_len > 0:
            self.need(p, 2)
            if packet_len < 2:
                raise Short
            t, ln = self.u(p), self.u(p + 1)
            p += 2
            packet_len -= 2
            self.w(f"\n\t    {_TLVS.get(t, 'unknown')} TLV #{t}, length: {ln}")
            if packet_len < ln:
                raise Short
            if self.tlv(t, p, ln, p - 2):
                return True
            if self.v > 1:
                self.hexd(p, ln, "\n\t      ")
            p += ln
            packet_len -= ln
        return True

    def tlv(self, t: int, p: int, n: int, start: int) -> bool:
        """One TLV's value; True: tcpdump stops the PDU here."""
        try:
            return self._tlv(t, p, n)
        except _TlvTrunc:
            return False

    def _metric(self, off: int, ident: str) -> None:
        d = self.u(off)
        self.w(f", Default Metric: {d & 0x3F}, {'External' if d & 0x40 else 'Internal'}")
        for i, name in ((1, "Delay"), (2, "Expense"), (3, "Error")):
            m = self.u(off + i)
            if not m & 0x80:
                ie = "External" if m & 0x40 else "Internal"
                self.w(f"{ident}{name} Metric: {m & 0x3F}, {ie}")

    def _entries(self, p: int, n: int, size: int) -> Iterator[int]:
        """The offsets of the ``size``-byte entries that fill the ``n`` bytes from ``p``,
        each checked as captured first; _TlvTrunc at a short one."""
        while n:
            if n < size:
                raise _TlvTrunc
            self.need(p, size)
            yield p
            p, n = p + size, n - size

    def _walk(self, p: int, n: int, one: Callable[[int, int], int]) -> None:
        """The entries of varying size that fill the ``n`` bytes from ``p``: ``one(p, n)``
        prints one and answers its size (0: the capture ended in it)."""
        while n:
            k = one(p, n)
            if k == 0:
                raise Short
            if n < k:
                self.w(f" [remaining tlv length {n} < {k}] (invalid)")
                break
            p, n = p + (k & 0xFF), (n - k) & 0xFF

    def _tlv(self, t: int, p: int, n: int) -> bool:
        ind = "\n\t      "
        if t == 1:
            while n:
                alen = self.u(p)
                p, n = p + 1, n - 1
                if n < alen:
                    raise _TlvTrunc
                self.need(p, alen)
                self.w(f"{ind}Area address (length: {alen}): {_nsap(self.d[p:p + alen])}")
                p, n = p + alen, n - alen
        elif t == 6:
            for q in self._entries(p, n, 6):
                self.w(f"{ind}SNPA: {_id(self.d, q, 6)}")
        elif t == 7:
            if n < 4:
                raise _TlvTrunc
            k = (n - 2) // 2
            self.w(f"{ind}Instance ID: {self.u(p, 2)}, ITIDs({k}){':' if k else ''} ")
            self.w(", ".join(str(self.u(p + 2 + 2 * i, 2)) for i in range(k)))
        elif t == 8:
            pass
        elif t in (22, 24, 222):
            if t == 222:
                self._mtid(p, n, ind)
                p, n = p + 2, n - 2
            self._walk(p, n, lambda q, m: self._ext_is(q, ind, t, m))
        elif t == 2:
            if n < 1:
                raise _TlvTrunc
            v = self.u(p)
            virt = {0: "IsNotVirtual", 1: "IsVirtual"}.get(v, f"bogus virtual flag 0x{v:02x}")
            self.w(f"{ind}{virt}")
            p, n = p + 1, n - 1
            for q in self._entries(p, n, 11):
                self.w(f"{ind}IS Neighbor: {_id(self.d, q + 4, 7)}")
                self._metric(q, "\n\t\t  ")
        elif t == 3:
            for q in self._entries(p, n, 10):
                self.w(f"{ind}ES Neighbor: {_id(self.d, q + 4, 6)}")
                self._metric(q, "\n\t\t  ")
        elif t in (128, 130):
            while n > 0:
                if n < 12:
                    self.w(f"short IPv4 Reachability ({n} vs 12)")
                    return True
                self.need(p, 12)
                mask = self.u(p + 8, 4)
                plen = _mask2plen(mask)
                pfx = ipaddr(self.d[p + 4:p + 8])
                if plen == -1:
                    self.w(f"{ind}IPv4 prefix: {pfx} mask {ipaddr(self.d[p + 8:p + 12])}")
                else:
                    self.w(f"{ind}IPv4 prefix: {pfx:>15}/{plen}")
                d = self.u(p)
                self.w(f", Distribution: {'down' if d & 0x80 else 'up'}, Metric: {d & 0x3F}, "
                       f"{'External' if d & 0x40 else 'Internal'}")
                for i, name in ((1, "Delay"), (2, "Expense"), (3, "Error")):
                    m = self.u(p + i)
                    if not m & 0x80:
                        self.w(f"{ind}  {name} Metric: {m & 0x3F}, "
                               f"{'External' if m & 0x40 else 'Internal'}")
                p, n = p + 12, n - 12
        elif t in (135, 235, 236, 237):
            if t in (235, 237):
                self._mtid(p, n, ind)
                p, n = p + 2, n - 2
            af = 6 if t in (236, 237) else 4
            self._walk(p, n, lambda q, m: self._ext_ip(q, ind, af))
        elif t == 232:
            for q in self._entries(p, n, 16):
                self.w(f"{ind}IPv6 interface address: {ip6addr(self.d[q:q + 16])}")
        elif t == 10:
            if n < 1:
                raise _TlvTrunc
            at = self.u(p)
            p, n = p + 1, n - 1
            self.w(f"{ind}{_AUTH.get(at, f'unknown Authentication type 0x{at:02x}')}: ")
            if at == 1:
                self.w(printable(self._jnp(p, n)))
            elif at == 54:
                self.w("".join(f"{self.u(p + i):02x}" for i in range(n)))
                if n != 16:
                    self.w(", (invalid subTLV) ")
                self.w(" (unchecked)")
            elif at == 3:
                if n < 2:
                    raise _TlvTrunc
                self.w(f"{self.u(p, 2)}, password: ")
                self.w("".join(f"{self.u(p + 2 + i):02x}" for i in range(n - 2)))
            else:
                self.hexd(p, n, "\n\t\t  ")
        elif t == 240:
            if n >= 1:
                s = self.u(p)
                self.w(f"{ind}Adjacency State: {_PTP_ADJ.get(s, 'unknown')} ({s})")
                n -= 1
            if n > 4:
                self.w(f"{ind}Extended Local circuit-ID: 0x{self.u(p + 1, 4):08x}")
                n -= 4
            if n >= 6:
                self.w(f"{ind}Neighbor System-ID: {_id(self.d, p + 5, 6)}")
                n -= 6
            if n >= 4:
                self.w(f"{ind}Neighbor Extended Local circuit-ID: 0x{self.u(p + 11, 4):08x}")
        elif t == 129:
            self.w(f"{ind}NLPID(s): ")
            for i in range(n):
                v = self.u(p + i)
                self.w(f"{NLPIDS.get(v, 'unknown')} (0x{v:02x})" + (", " if n - i > 1 else ""))
        elif t in (143, 144):      # multi-topology port / multi-topology capability
            if n < 2:
                raise _TlvTrunc
            v = self.u(p, 2)
            if t == 143:
                self.w(f"\n\t       RES: {v >> 12}, MTID(s): {v & 0xFFF}")
            else:
                self.w(f"{ind}O: {(v >> 15) & 1}, RES: {(v >> 12) & 7}, MTID(s): {v & 0xFFF}")
            if n > 2:
                (self._mt_port_cap if t == 143 else self._mt_cap)(p + 2, n - 2)
        elif t == 134:
            if n < 4:
                raise _TlvTrunc
            self.need(p, 4)
            self.w(f"{ind}Traffic Engineering Router ID: {ipaddr(self.d[p:p + 4])}")
        elif t == 132:
            for q in self._entries(p, n, 4):
                self.w(f"{ind}IPv4 interface address: {ipaddr(self.d[q:q + 4])}")
        elif t == 137:
            self.w(f"{ind}Hostname: " + printable(self._jnp(p, n)))
        elif t == 138:
            if n < 7:
                return False
            self.w(f"{ind}IS Neighbor: {_id(self.d, p, 7)}")
            p, n = p + 7, n - 7
            if n < 1:
                return False
            self.w(f", Flags: [{'numbered' if self.u(p) & 1 else 'unnumbered'}]")
            p, n = p + 1, n - 1
            for what in ("interface", "neighbor"):
                if n < 4:
                    return False
                self.need(p, 4)
                self.w(f"{ind}IPv4 {what} address: {ipaddr(self.d[p:p + 4])}")
                p, n = p + 4, n - 4
            for q in self._entries(p, n, 4):
                self.w(f"{ind}Link-ID: 0x{self.u(q, 4):08x}")
        elif t == 9:
            while n:
                if n < 16:
                    raise _TlvTrunc
                self.need(p + 9, 1)
                self.w(f"{ind}lsp-id: {_id(self.d, p + 2, 8)}, seq: 0x{self.u(p + 10, 4):08x}, "
                       f"lifetime: {self.u(p, 2):5d}s, chksum: 0x{self.u(p + 14, 2):04x}")
                p, n = p + 16, n - 16
        elif t == 12:
            if n < 2:
                return False
            self.need(p, 2)
            ck = self.u(p, 2)
            self.w(f"{ind}checksum: 0x{ck:04x} ")
            self.w(self._cksum(ck, p, self.pdu_len))
        elif t == 13:
            if n < 1:
                raise _TlvTrunc
            k = self.u(p)
            p, n = p + 1, n - 1
            if k == 0:
                self.w(" No system IDs supplied")
            else:
                if n < 6:
                    raise _TlvTrunc
                self.w(f"{ind}Purge Originator System-ID: {_id(self.d, p, 6)}")
                p, n = p + 6, n - 6
                if k > 1:
                    if n < 6:
                        raise _TlvTrunc
                    self.need(p - 6, 13)
                    self.w(f"{ind}Received from System-ID: {_id(self.d, p, 6)}")
        elif t == 229:
            while n:
                if n != 1:
                    self._mtid(p, n, ind)
                    p, n = p + 2, n - 2
                else:
                    self.w(f"{ind}invalid MT-ID")
                    break
        elif t == 211:
            if n < 1:
                return False
            self.w(f"{ind}Flags [{bits(_RESTART, self.u(p))}]")
            p, n = p + 1, n - 1
            if n == 0 or n < 2:
                return False
            self.w(f", Remaining holding time {self.u(p, 2)}s")
            p, n = p + 2, n - 2
            if n == 6:
                self.w(f", for {_id(self.d, p, 6)}")
        elif t == 131:
            if n < 1:
                return False
            v = self.u(p)
            self.w(f"{ind}Inter-Domain Information Type: {_IDRP.get(v, f'Unknown (0x{v:02x})')}")
            p, n = p + 1, n - 1
            if v == 2:
                if n < 2:
                    raise _TlvTrunc
                self.w(f"AS Number: {self.u(p, 2)}")
            else:
                self.hexd(p, n, ind)
        elif t == 14:
            if n >= 2:
                self.w(f"{ind}LSP Buffersize: {self.u(p, 2)}")
        elif t == 4:
            for q in self._entries(p, n, 6):
                self.w(f"{ind}{_id(self.d, q, 6)}")
        elif t == 5:
            if n < 4:
                return False
            self.need(p, 4)
            self.w(f"{ind}Metric Block")
            self._metric(p, "\n\t\t  ")
            p, n = p + 4, n - 4
            while n:
                plen = self.u(p)
                p, n = p + 1, n - 1
                if plen < 2:
                    self.w(f"\n\t\tAddress: prefix length {plen} < 2")
                    break
                if n < plen // 2:
                    break
                self.need(p, plen // 2)
                self.w(f"\n\t\tAddress: {_nsap(self.d[p:p + plen // 2])}/{plen * 4}")
                p, n = p + plen // 2, n - plen // 2
        elif t == 241:
            if n >= 4:
                self.w(f"{ind}Sequence number: {self.u(p, 4)}")
        elif t == 242:
            if n < 5:
                self.w(f" [object length {n} < 5] (invalid)")
                return False
            self.need(p, 4)
            self.w(f"{ind}Router-ID {ipaddr(self.d[p:p + 4])}, "
                   f"Flags [{bits(_CAP_FLAGS, self.u(p + 4))}]")
            if n > 5:
                self._router_cap(p + 5, n - 5)
        elif t == 250:
            if n < 3:
                return False
            vid = self.u(p, 3)
            self.w(f"{ind}Vendor: {OUIS.get(vid, 'Unknown')} ({vid})")
            if n > 3:
                self.hexd(p + 3, n - 3, "\n\t\t")
        else:
            if self.v <= 1:
                self.hexd(p, n, "\n\t\t")
        return False

    def _mcid(self, p: int) -> None:
        self.need(p, 51)
        self.w(f"ID: {self.u(p)}, Name: " + printable(self._jnp(p + 1, 32)))
        self.w(f"\n\t              Lvl: {self.u(p + 33, 2)}, Digest: ")
        self.w("".join(f"{c:02x} " for c in self.d[p + 35:p + 51]))

    def _sub_tlvs(self, p: int, n: int, indent: str, names: dict[int, str],
                  one: Callable[[int, int, int], bool]) -> None:
        """The sub-TLVs in ``n`` bytes at ``p``, each named from ``names`` after
        ``indent``; ``one(type, offset, length)`` prints one's value (False: stop)."""
        try:
            while n > 2:
                st, sl = self.u(p), self.u(p + 1)
                self.w(f"{indent}{names.get(st, 'unknown')} subTLV #{st}, length: {sl}")
                p, n = p + 2, n - 2
                if n < sl:
                    self.w(" (> containing TLV length)")
                    return
                self.need(p, sl)
                if not one(st, p, sl):
                    return
                p, n = p + sl, n - sl
        except Short:
            self.w(" [|isis]")

    def _mt_port_cap(self, p: int, n: int) -> None:
        """MT port capability sub-TLVs (SPB MCID, digest, BVID)."""
        self._sub_tlvs(p, n, "\n\t       ", {4: "SPB MCID", 5: "SPB Digest", 6: "SPB BVID"},
                       self._port_cap_sub)

    def _port_cap_sub(self, st: int, p: int, sl: int) -> bool:
        if st == 4:
            if sl < 102:
                self.w(" (too short)")
                return False
            self.w("\n\t         MCID: ")
            self._mcid(p)
            self.w("\n\t         AUX-MCID: ")
            self._mcid(p + 51)
        elif st == 5:
            if sl < 33:
                self.w(" (too short)")
                return False
            b = self.u(p)
            self.w(f"\n\t        RES: {b >> 5} V: {(b >> 4) & 1} A: {(b >> 2) & 3} "
                   f"D: {b & 3}\n\t         Digest: ")
            for i in range(1, 9):
                self.w(f"{self.u(p + 1 + 4 * (i - 1), 4):08x} ")
                if i % 4 == 0 and i != 8:
                    self.w("\n\t                 ")
        elif st == 6:
            while sl:
                if sl < 4:
                    self.w(" (too short)")
                    return False
                self.w(f"\n\t           ECT: {self.u(p, 4):08x}")
                p, sl = p + 4, sl - 4
                if sl < 2:
                    self.w(" (too short)")
                    return False
                v = self.u(p, 2)
                self.w(f" BVID: {v >> 4}, U:{(v >> 3) & 1:01x} M:{(v >> 2) & 1:01x} ")
                p, sl = p + 2, sl - 2
        return True

    def _mt_cap(self, p: int, n: int) -> None:
        """MT capability sub-TLVs (SPB instance, SPBM service identifiers)."""
        self._sub_tlvs(p, n, "\n\t      ",
                       {1: "SPB Instance", 3: "SPBM Service Identifier and Unicast Address"},
                       self._cap_sub)

    def _cap_sub(self, st: int, p: int, sl: int) -> bool:
        if st == 1:
            if sl < 19:
                self.w(" (too short)")
                return False
            self.w(f"\n\t        CIST Root-ID: {self.u(p, 4):08x} {self.u(p + 4, 4):08x}"
                   f", Path Cost: {self.u(p + 8, 4):08x}, Prio: {self.u(p + 12, 2)}")
            v = self.u(p + 14, 2)
            self.w(f"\n\t        RES: {v >> 5}, V: {(v >> 4) & 1}, "
                   f"SPSource-ID: {self.u(p + 14, 4) & 0xFFFFF}, "
                   f"No of Trees: {self.u(p + 18):x}")
            trees = self.u(p + 18)
            p, sl = p + 19, sl - 19
            while trees:
                if sl < 8:
                    raise Short
                b = self.u(p)
                v3 = self.u(p + 5, 3)
                self.w(f"\n\t         U:{b >> 7}, M:{(b >> 6) & 1}, A:{(b >> 5) & 1}, "
                       f"RES:{b & 0x1F}, ECT: {self.u(p + 1, 4):08x}, "
                       f"BVID: {(v3 >> 12) & 0xFFF}, SPVID: {v3 & 0xFFF}")
                p, sl, trees = p + 8, sl - 8, trees - 1
        elif st == 3:
            if sl < 8:
                raise Short
            v = self.u(p + 6, 2)
            self.w(f"\n\t        BMAC: {self.u(p, 4):08x}{self.u(p + 4, 2):04x}, "
                   f"RES: {v >> 12}, VID: {v & 0xFFF}")
            p, sl = p + 8, sl - 8
            while sl >= 4:
                v = self.u(p, 4)
                self.w(f"\n\t        T: {v >> 31}, R: {(v >> 30) & 1}, "
                       f"RES: {(v >> 24) & 0x3F}, ISID: {v & 0xFFFFFF}")
                p, sl = p + 4, sl - 4
        return True

    def _jnp(self, p: int, n: int) -> bytes:
        end = min(p + n, len(self.d))
        b = self.d[p:end]
        z = b.find(b"\0")
        if z >= 0:
            return b[:z]
        if p + n > len(self.d):
            self.w(printable(b))
            raise Short
        return b

    def _mtid(self, p: int, n: int, ind: str) -> None:
        if n < 2:
            raise Short
        v = self.u(p, 2)
        self.w(f"{ind}{_MT.get(v & 0xFFF, 'Reserved for IETF Consensus')} Topology "
               f"(0x{v & 0xFFF:03x}), Flags: [{bits(_MT_FLAGS, v & 0xF000)}]")

    def _ext_is(self, p: int, ind: str, t: int, left: int) -> int:
        self.need(p, 7)
        if left < 7:
            return 0
        self.w(f"{ind}IS Neighbor: {_id(self.d, p, 7)}")
        p, left, done = p + 7, left - 7, 7
        if t != 24:
            self.need(p, 3)
            if left < 3:
                return 0
            self.w(f", Metric: {self.u(p, 3)}")
            p, left, done = p + 3, left - 3, done + 3
        self.need(p, 1)
        if left < 1:
            return 0
        total = self.u(p)
        p, left, done = p + 1, left - 1, done + 1
        self.w(f", {'' if total else 'no '}sub-TLVs present")
        if not total:
            return done
        self.w(f" ({total})")
        ind = ind + "  "
        while total:
            self.need(p, 2)
            if left < 2:
                self.w(f"{ind}Remaining data in TLV shorter than a subTLV header")
                return done + left
            if total < 2:
                self.w(f"{ind}Remaining data in subTLVs shorter than a subTLV header")
                return done + total
            st, sl = self.u(p), self.u(p + 1)
            p, left, total, done = p + 2, left - 2, total - 2, done + 2
            self.w(f"{ind}{_EXT_IS_SUB.get(st, 'unknown')} subTLV #{st}, length: {sl}")
            if total < sl:
                self.w(" (remaining data in subTLVs shorter than the current subTLV)")
                return done + total
            if left < sl:
                self.w(" (> remaining tlv length)")
                return done + left
            self.need(p, sl)
            if st in (3, 4, 5):
                if sl >= 4:
                    self.w(f", 0x{self.u(p, 4):08x}")
                    if sl == 8:
                        self.w(f", 0x{self.u(p + 4, 4):08x}")
            elif st in (6, 8):
                if sl >= 4:
                    self.w(f", {ipaddr(self.d[p:p + 4])}")
            elif st in (9, 10):
                if sl >= 4:
                    self.w(f", {_mbps(self.u(p, 4))} Mbps")
            elif st == 11:
                if sl >= 32:
                    for c in range(8):
                        self.w(f"{ind}  TE-Class {c}: {_mbps(self.u(p + 4 * c, 4))} Mbps")
            elif st == 18:
                if sl >= 3:
                    self.w(f", {self.u(p, 3)}")
            elif st == 19:
                if sl == 2:
                    v = self.u(p, 2)
                    self.w(f", [ {bits(_LINK_ATTR, v, 'Unknown')} ] (0x{v:04x})")
            elif st == 29:
                if sl >= 6:
                    self.w(f", LM: {self.u(p, 3)}, P: {self.u(p + 3)}, P-ID: {self.u(p + 4, 2)}")
            elif st == 32:
                if sl >= 8:
                    f = self.u(p)
                    self.w(f"{ind}  Flags: [{bits(_LAN_ADJ, f)}]{ind}  Weight: {self.u(p + 1)}")
                    if sl - 2 >= 6:
                        self.w(f"{ind}  Neighbor System-ID: {_id(self.d, p + 2, 6)}")
                    vf, lf = f & 0x20, f & 0x10
                    if vf and lf:
                        self.w(f"{ind}  Label: {self.u(p + 8, 3)}")
                    elif not vf and not lf:
                        self.w(f"{ind}  Index: {self.u(p + 8, 4)}")
                    else:
                        self.w(" (invalid)")
            else:
                self.hexd(p, sl, "\n\t\t    ")
            p, left, total, done = p + sl, left - sl, total - sl, done + sl
        return done

    def _ext_ip(self, p: int, ind: str, af: int) -> int:
        metric = self.u(p, 4)
        p += 4
        done = 4
        status = self.u(p)
        if af == 4:
            bl = status & 0x3F
            if bl > 32:
                self.w(f"{ind}IPv4 prefix: bad bit length {bl}")
                return 0
            p, done = p + 1, done + 1
        else:
            bl = self.u(p + 1)
            if bl > 128:
                self.w(f"{ind}IPv6 prefix: bad bit length {bl}")
                return 0
            p, done = p + 2, done + 2
        nb = (bl + 7) // 8
        self.need(p, nb)
        raw = self.d[p:p + nb]
        p, done = p + nb, done + nb
        if af == 4:
            self.w(f"{ind}IPv4 prefix: {ipaddr(raw.ljust(4, bytes(1))):>15}/{bl}")
        else:
            self.w(f"{ind}IPv6 prefix: {ip6addr(raw.ljust(16, bytes(1)))}/{bl}")
        self.w(f", Distribution: {'down' if status & 0x80 else 'up'}, Metric: {metric}")
        sub = (status & 0x40) if af == 4 else (status & 0x20)
        if af == 4 and sub:
            self.w(", sub-TLVs present")
        elif af == 6:
            self.w(f", {'External' if status & 0x40 else 'Internal'}"
                   f"{', sub-TLVs present' if sub else ''}")
        if sub:
            sublen = self.u(p)
            p += 1
            done += sublen + 1
            self.w(f" ({sublen})")
            sind = ind + "  "
            while sublen > 0:
                st, sl = self.u(p), self.u(p + 1)
                p += 2
                self.w(f"{sind}{_EXT_IP_SUB.get(st, 'unknown')} subTLV #{st}, length: {sl}")
                self.need(p, sl)
                q, k = p, sl
                if st in (1, 117):
                    while k >= 4:
                        v = self.u(q, 4)
                        self.w(f", 0x{v:08x} (={v})")
                        q, k = q + 4, k - 4
                elif st == 2:
                    while k >= 8:
                        self.w(f", 0x{self.u(q, 4):08x}{self.u(q + 4, 4):08x}")
                        q, k = q + 8, k - 8
                elif st == 3:
                    f, algo = self.u(q), self.u(q + 1)
                    if f & 0x08:
                        if k < 5:
                            self.w(" [|isis]")
                            return 0
                        sid = self.u(q + 2, 3)
                    else:
                        if k < 6:
                            self.w(" [|isis]")
                            return 0
                        sid = self.u(q + 2, 4)
                    self.w(f", Flags [{bits(_SID_FLAGS, f, 'None')}], Algo "
                           f"{ {0: 'SPF', 1: 'strict-SPF'}.get(algo, 'Unknown')} ({algo}), "
                           f"{'label' if f & 0x08 else 'index'} {sid}")
                else:
                    self.hexd(q, k, "\n\t\t    ")
                p += sl
                sublen -= sl + 2
        return done

    def _router_cap(self, p: int, n: int) -> None:
        while n >= 2:
            st, sl = self.u(p), self.u(p + 1)
            p, n = p + 2, n - 2
            name = "SR-Capabilities" if st == 2 else "unknown"
            self.w(f"\n\t\t{name} subTLV #{st}, length: {sl}")
            if sl > n:
                break
            self.need(p, sl)
            if st == 2:
                f = self.u(p)
                self.w(f", Flags [{bits(((0x80, 'ipv4'), (0x40, 'ipv6')), f, 'None')}], "
                       f"Range {self.u(p + 1, 3)}")
                q, k = p + 4, (sl - 4) & 0xFF
                while k >= 5:
                    typ, ln = self.u(q), self.u(q + 1)
                    q, k = q + 2, k - 2
                    if ln > k:
                        break
                    if typ == 1:
                        if ln in (3, 4):
                            self.w(f", SID value {self.u(q, ln)}")
                        else:
                            self.w(f", Unknown SID length{ln}")
                    else:
                        self.hexd(q, ln, "\n\t\t  ")
                    q, k = q + ln, k - ln
            else:
                self.hexd(p, sl, "\n\t\t")
            p, n = p + sl, n - sl


class _TlvTrunc(Exception):
    """tcpdump's ``goto tlv_trunc``: the TLV's own length is too short."""


def format_isoclns(rec: IsisRecord, ctx: Context) -> str:
    o = ctx.opts
    f = _Fmt(rec.raw, o.verbose, o.link_header)
    length = rec.length
    if not rec.raw or rec.length < 1:
        return " [|isoclns]"
    try:
        nlpid = f.u(0)
        if o.link_header:
            f.w(f"OSI NLPID {NLPIDS.get(nlpid, 'Unknown')} (0x{nlpid:02x}): ")
        if nlpid == 0x83:
            if not f.pdu(rec):
                f.hexd(0, length, "\n\t")
        elif nlpid == 0x00:
            f.w(f"{'' if o.link_header else ', '}length: {length}")
        elif nlpid == 0x81:
            try:
                if not f.clnp(length):
                    f.hexd(0, length, "\n\t")
            except Short:
                f.w(" [|clnp]")
        elif nlpid == 0x82:
            try:
                f.esis(length, o.quiet)
            except Short:
                f.w(" [|esis]")
        elif nlpid == 0x08:
            from .q933 import q933_text
            f.w(q933_text(rec.raw[1:], length - 1, o))
        elif nlpid in (0xCC, 0x8E, 0xCF):
            # CLNP, ES-IS and the encapsulations are not decoded here
            f.hexd(0, length, "\n\t")
        else:
            if not o.link_header:
                f.w(f"OSI NLPID 0x{nlpid:02x} unknown")
            f.w(f"{'' if o.link_header else ', '}length: {length}")
            if length > 1:
                f.hexd(0, length, "\n\t")
    except Short:
        f.w(" [|isis]")
    except (IndexError, ValueError, struct.error):
        f.w(" [|isis]")
    return "".join(f.out)


format_isoclns_ether = format_isoclns
