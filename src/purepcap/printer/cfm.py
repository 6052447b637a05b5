"""Connectivity Fault Management (IEEE 802.1ag / Y.1731): Ethernet types 0x8902 and 0xabcd.

``CFMv0 <opcode>, MD Level N, length L``; with ``-v`` the first TLV offset,
the opcode's fields (continuity checks with their interval, sequence number
and maintenance domain and association names; linktrace messages and
replies) and the TLVs: port and interface status, sender id (chassis id,
management address domain and address), organisation-specific ones and, as
hex, the others.  ``packet is too short`` where a length runs past the PDU.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from ._addr import etheraddr_string, ip6addr, ipaddr
from ._base import TRUNCATED, Context, Layer, Options
from ._bytes import Reader
from ._dump import hex_dump
from ._items import OUIS, Short
from ._rtr import bitflags, printable
from .bgp import AFI

__all__ = ["CfmRecord", "decode_cfm", "format_cfm"]

TRUNC = " [|cfm]"
TOO_SHORT = "\n\t\t packet is too short"
_OPCODES = {1: "Continuity Check Message", 2: "Loopback Reply", 3: "Loopback Message",
            4: "Linktrace Reply", 5: "Linktrace Message"}
_CCM, _LTR, _LTM = 1, 4, 5
_INTERVALS = tuple(struct.unpack("!f", struct.pack("!f", x))[0]
                   for x in (0.0, 0.003333, 0.01, 0.1, 1.0, 10.0, 60.0, 600.0))
_MD_FORMATS = {0: "IEEE 802.1", 1: "No MD Name present", 2: "DNS string",
               3: "MAC + 16Bit Integer", 4: "Character string"}
_MA_FORMATS = {0: "IEEE 802.1", 1: "Primary VID", 2: "Character string", 3: "16Bit Integer",
               4: "RFC2685 VPN-ID"}
_LTM_FLAGS = ((0x80, "Use Forwarding-DB only"),)
_LTR_FLAGS = ((0x80, "UseFDB Only"), (0x40, "FwdYes"), (0x20, "Terminal MEP"))
_REPLAY = {1: "Exact Match", 2: "Filtering DB", 3: "MIP CCM DB"}
_TLVS = {0: "End", 1: "Sender ID", 2: "Port status", 3: "Interface status", 4: "Data",
         5: "Reply Ingress", 6: "Reply Egress", 31: "Organization Specific"}
_PORT_STATUS = {1: "Blocked", 2: "Up"}
_IF_STATUS = {1: "Up", 2: "Down", 3: "Testing", 5: "Dormant", 6: "not present",
              7: "lower Layer down"}
_CHASSIS = {0: "Reserved", 1: "Chassis component", 2: "Interface alias", 3: "Port component",
            4: "MAC address", 5: "Network address", 6: "Interface name", 7: "Locally assigned"}


@dataclass(slots=True)
class CfmRecord(Layer):
    """A CFM PDU's common header; ``data`` holds the captured bytes."""

    proto = "cfm"

    level_version: int = -1      # MD level and version
    opcode: int = -1
    flags: int = 0
    first_tlv_offset: int = 0
    length: int = 0
    data: bytes = field(default=b"", repr=False)


def decode_cfm(data: bytes, length: int, ctx: Context) -> CfmRecord:
    rec = CfmRecord(length=length, data=bytes(data))
    d = rec.data
    if length >= 4 and len(d) >= 4:
        rec.level_version, rec.opcode, rec.flags, rec.first_tlv_offset = d[:4]
    elif length >= 4:
        rec.stop = TRUNCATED
    return rec


def format_cfm(rec: CfmRecord, ctx: Context) -> str:
    if rec.length < 4:
        return TOO_SHORT
    if rec.level_version < 0:
        return TRUNC
    version, level = rec.level_version & 0x1F, rec.level_version >> 5
    if version:
        return f"CFMv{version} not supported, length {rec.length}"
    out = [f"CFMv{version} {_OPCODES.get(rec.opcode, f'unknown ({rec.opcode})')}, MD Level "
           f"{level}, length {rec.length}"]
    if ctx.opts.verbose:
        f = _Fmt(rec.data, ctx.opts, out)
        try:
            f.pdu(rec)
        except Short:
            out.append(TRUNC)
    return "".join(out)


class _Tooshort(Exception):
    """tcpdump's ``goto tooshort``."""


class _Fmt(Reader):
    def __init__(self, data: bytes, opts: Options, out: list[str]) -> None:
        super().__init__(data)
        self.opts = opts
        self.out = out

    def pdu(self, rec: CfmRecord) -> None:
        put = self.out.append
        first = rec.first_tlv_offset
        put(f"\n\tFirst TLV offset {first}")
        tlen = rec.length - 4
        if first > tlen:
            put(f" (too large, must be <= {tlen})")
            return
        try:
            if not self.message(rec, tlen):
                return
            self.tlvs(4 + first, tlen - first)
        except _Tooshort:
            put(TOO_SHORT)

    def message(self, rec: CfmRecord, tlen: int) -> bool:
        """The opcode's fields; False where tcpdump stops after them."""
        put = self.out.append
        op, flags, first = rec.opcode, rec.flags, rec.first_tlv_offset
        sizes = {_CCM: (70, 1), _LTM: (17, 4), _LTR: (6, 5)}
        if op not in sizes:
            put(self.unknown(4, "\n\t  ", tlen - first))
            return True
        size, which = sizes[op]
        if first < size:
            put(f" (too small {which}, must be >= {size})")
            return False
        if tlen < size:
            raise _Tooshort
        self.need(4, size)
        if op == _LTM:
            put(f", Flags [{bitflags(_LTM_FLAGS, flags)}]")
            put(f"\n\t  Transaction-ID 0x{self.u(4, 4):08x}, ttl {self.u(8, 1)}")
            put(f"\n\t  Original-MAC {self.mac(9)}, Target-MAC {self.mac(15)}")
        elif op == _LTR:
            put(f", Flags [{bitflags(_LTR_FLAGS, flags)}]")
            put(f"\n\t  Transaction-ID 0x{self.u(4, 4):08x}, ttl {self.u(8, 1)}")
            action = self.u(9, 1)
            put(f"\n\t  Replay-Action {_REPLAY.get(action, 'Unknown')} ({action})")
        else:
            return self.ccm(flags)
        return True

    def mac(self, off: int) -> str:
        return etheraddr_string(self.raw(off, 6), self.opts)

    def ccm(self, flags: int) -> bool:
        put = self.out.append
        interval = flags & 7
        put(f", Flags [CCM Interval {interval}{', RDI' if flags & 0x80 else ''}]")
        if interval:
            base = _INTERVALS[interval]
            put(f"\n\t  CCM Interval {base:.3f}s, min CCM Lifetime {base * 3.25:.3f}s, "
                f"max CCM Lifetime {base * 3.5:.3f}s")
        put(f"\n\t  Sequence Number 0x{self.u(4, 4):08x}, MA-End-Point-ID 0x{self.u(8, 2):04x}")
        p, left = 10, 48
        md_format = self.u(p, 1)
        p += 1
        left -= 1
        md_name = _MD_FORMATS.get(md_format, "Unknown")
        if md_format != 1:
            md_len = self.u(p, 1)
            p += 1
            left -= 1
            put(f"\n\t  MD Name Format {md_name} ({md_format}), MD Name length {md_len}")
            if md_len > left - 3:
                put(f" (too large, must be <= {left - 2})")
                return False
            put("\n\t  MD Name: ")
            if md_format in (2, 4):
                put(self.printjnp(p, md_len))
            elif md_format == 3:
                put(f"\n\t  MAC {self.mac(p)}" if md_len == 6 else "\n\t  MAC (length invalid)")
            else:
                put(self.unknown(p, "\n\t    ", md_len))
            p += md_len
            left -= md_len
        else:
            put(f"\n\t  MD Name Format {md_name} ({md_format})")
        ma_format, ma_len = self.u(p, 1), self.u(p + 1, 1)
        p += 2
        left -= 2
        put(f"\n\t  MA Name-Format {_MA_FORMATS.get(ma_format, 'Unknown')} ({ma_format}), "
            f"MA name length {ma_len}")
        if ma_len > left:
            put(f" (too large, must be <= {left})")
            return False
        put("\n\t  MA Name: ")
        put(self.printjnp(p, ma_len) if ma_format == 2 else self.unknown(p, "\n\t    ", ma_len))
        return True

    def printjnp(self, off: int, k: int) -> str:
        """nd_printjnp: up to ``k`` octets, to a NUL."""
        chunk = self.d[off:off + k]
        nul = chunk.find(b"\0")
        if nul >= 0:
            return printable(chunk[:nul])
        if len(chunk) < k:
            self.out.append(printable(chunk))
            raise Short
        return printable(chunk)

    def tlvs(self, p: int, tlen: int) -> None:
        put = self.out.append
        while tlen > 0:
            ttype = self.u(p, 1)
            put(f"\n\t{_TLVS.get(ttype, 'Unknown')} TLV (0x{ttype:02x})")
            if ttype == 0:
                return
            if tlen < 3:
                raise _Tooshort
            self.need(p, 3)
            tl = self.u(p + 1, 2)
            put(f", length {tl}")
            p += 3
            tlen -= 3
            if tlen < tl:
                raise _Tooshort
            self.need(p, tl)
            used = self.tlv(ttype, p, tl)
            if used is None:
                return
            p, tlen = p + used, tlen - used

    def tlv(self, ttype: int, p: int, tl: int) -> int | None:
        """A TLV's value; the octets to step over (None: tcpdump stops)."""
        put = self.out.append
        start, left = p, tl
        hexdump = ttype not in (1, 2, 3)
        if ttype in (2, 3):
            if tl < 1:
                put(" (too short, must be >= 1)")
                return None
            st = self.u(p, 1)
            put(f", Status: {(_PORT_STATUS if ttype == 2 else _IF_STATUS).get(st, 'Unknown')} "
                f"({st})")
        elif ttype == 31:
            if tl < 4:
                put(" (too short, must be >= 4)")
                return None
            oui = self.u(p, 3)
            put(f", Vendor: {OUIS.get(oui, 'Unknown')} ({oui}), Sub-Type {self.u(p + 3, 1)}")
        elif ttype == 1:
            if tl < 1:
                put(" (too short, must be >= 1)")
                return tl
            result = self.sender_id(p, tl)
            if result is None:
                return None
            moved, left, hexdump, skip = result
            p += moved
            if skip:
                return moved + left
        if hexdump or self.opts.verbose > 1:
            put(self.unknown(start, "\n\t  ", left))
        return (p - start) + left

    def sender_id(self, p: int, left: int) -> tuple[int, int, bool, bool] | None:
        """The Sender ID TLV: (octets read, octets left, hex dump wanted, skip the dump
        -- tcpdump's ``goto next_tlv``); None where it stops."""
        put = self.out.append
        start = p
        hexdump = False
        chassis_len = self.u(p, 1)
        p += 1
        left -= 1
        if chassis_len:
            if left < 1:
                put("\n\t  (TLV too short)")
                return p - start, left, hexdump, True
            kind = self.u(p, 1)
            left -= 1
            put(f"\n\t  Chassis-ID Type {_CHASSIS.get(kind, 'Unknown')} ({kind}), "
                f"Chassis-ID length {chassis_len}")
            if left < chassis_len:
                put("\n\t  (TLV too short)")
                return p - start, left, hexdump, True
            if kind == 4:
                if chassis_len != 6:
                    put(" (invalid MAC address length)")
                    hexdump = True
                else:
                    put(f"\n\t  MAC {self.mac(p + 1)}")
            elif kind == 5:
                hexdump |= self.network_addr(p + 1, chassis_len)
            elif kind in (1, 2, 3, 6, 7):
                put(self.printjnp(p + 1, chassis_len))
            else:
                hexdump = True
            left -= chassis_len
            p += 1 + chassis_len
        if left == 0:
            return p - start, left, hexdump, False
        p, left, domain_len, short = self._mgmt(p, left, "Management Address Domain")
        if short:
            return p - start, left, hexdump, True
        if domain_len:
            if left < 1:
                put(" (Management Address Length is missing)")
                return p - start, left, True, False
            p, left, _, short = self._mgmt(p, left, "Management Address")
            if short:
                return None
        return p - start, left, hexdump, False

    def _mgmt(self, p: int, left: int, name: str) -> tuple[int, int, int, bool]:
        """A length-prefixed management field of a Sender ID: (offset after it, octets
        left, its length, whether the TLV was too short for it)."""
        n = self.u(p, 1)
        p += 1
        left -= 1
        self.out.append(f"\n\t  {name} Length {n}")
        if n:
            if left < n:
                self.out.append("\n\t  (TLV too short)")
                return p, left, n, True
            left -= n
            self.out.append(hex_dump(self.raw(p, n), f"\n\t  {name}: "))
            p += n
        return p, left, n, False

    def network_addr(self, p: int, length: int) -> bool:
        """cfm_network_addr_print: whether a hex dump should follow."""
        put = self.out.append
        if length < 1:
            put("\n\t  Network Address Type (invalid, no data")
            return False
        kind = self.u(p, 1)
        put(f"\n\t  Network Address Type {AFI.get(kind, 'Unknown')} ({kind})")
        size = {1: 4, 2: 16}.get(kind)
        if size is None:
            return True
        if length != 1 + size:
            put(f"(invalid IPv{4 if size == 4 else 6} address length {length - 1})")
            return True
        a = self.raw(p + 1, size)
        put(f", {ipaddr(a) if size == 4 else ip6addr(a)}")
        return False
