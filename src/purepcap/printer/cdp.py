"""Cisco Discovery Protocol (CDP): SNAP, OUI 0x00000c, protocol 0x2000.

Without ``-v`` tcpdump prints ``"CDPv2, ttl: 180s, Device-ID 'name'"``, a
hex dump of every other TLV's value, and ``", length N"``; with ``-v`` the
checksum (unverified) and one line per TLV with its decoded value (strings,
addresses, capabilities, VLAN, duplex, power, MTU ...).  Length errors end
the text with tcpdump's explanation and ``" (invalid)"``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ._addr import ip6addr, ipaddr
from ._base import TRUNCATED, Context, Layer, stopped
from ._dump import hex_dump
from ._items import Short, bits, printable

__all__ = ["CdpRecord", "CdpTlv", "decode_cdp", "format_cdp"]

_CAPS = ((0x01, "Router"), (0x02, "Transparent Bridge"), (0x04, "Source Route Bridge"),
         (0x08, "L2 Switch"), (0x10, "L3 capable"), (0x20, "IGMP snooping"),
         (0x40, "L1 capable"))
_IPV6_LLC = bytes.fromhex("aaaa03000000" "86dd")
# The addresses tcpdump names: (protocol type, protocol length, protocol,
# address length) -> (name, text of the address).
_ADDR_KINDS: dict[tuple[int, int, bytes, int], tuple[str, Callable[[bytes], str]]] = {
    (1, 1, b"\xcc", 4): ("IPv4", ipaddr),
    (2, 8, _IPV6_LLC, 16): ("IPv6", ip6addr),
}


@dataclass(slots=True)
class CdpTlv:
    type: int = 0
    length: int = 0        # the TLV's length field (header included)
    value: bytes = b""     # the captured part of the value


@dataclass(slots=True)
class CdpRecord(Layer, proto="cdp"):
    length: int = 0
    version: int | None = None
    ttl: int | None = None
    checksum: int | None = None
    tlvs: list[CdpTlv] = field(default_factory=list)
    # why the TLV walk ended early: ("short", n) packet < 4 bytes, ("remaining", n),
    # ("tlv_short", type, len), ("tlv_long", len, remaining); then " (invalid)"
    error: tuple[int | str, ...] | None = None
    tail_cut: bool = False   # the bytes after the error were not all captured


def decode_cdp(data: bytes, length: int, ctx: Context) -> CdpRecord:
    rec = CdpRecord(length=length)
    n = len(data)
    if length < 4:
        rec.error = ("short", length)
        rec.tail_cut = length > n
        return rec
    if n < 2:
        return stopped(rec)
    rec.version, rec.ttl = data[0], data[1]
    if n < 4:
        return stopped(rec)
    rec.checksum = (data[2] << 8) | data[3]
    pos, left = 4, length - 4
    while left:
        if left < 4:
            rec.error = ("remaining", left)
            rec.tail_cut = pos + left > n
            return rec
        if pos + 4 > n:
            return stopped(rec)
        t = (data[pos] << 8) | data[pos + 1]
        ln = (data[pos + 2] << 8) | data[pos + 3]
        if ln < 4:
            rec.error = ("tlv_short", t, ln)
            rec.tail_cut = pos + left > n
            return rec
        if ln > left:
            rec.error = ("tlv_long", ln, left)
            rec.tail_cut = pos + left > n
            return rec
        rec.tlvs.append(CdpTlv(t, ln, bytes(data[pos + 4:pos + ln])))
        pos += ln
        left -= ln
    return rec


# --- value printers (raise Short when the captured value is shorter than needed) --


def _get(v: bytes, off: int, width: int) -> int:
    if off + width > len(v):
        raise Short
    return int.from_bytes(v[off:off + width], "big")


def _printn(v: bytes, n: int, out: list[str]) -> None:
    """nd_printn: the capture ending inside the string ends the unit."""
    out.append(printable(v[:n]))
    if len(v) < n:
        raise Short


def _string(v: bytes, n: int, out: list[str]) -> None:
    out.append("'")
    _printn(v, n, out)
    out.append("'")


def _version(v: bytes, n: int, out: list[str]) -> None:
    out.append("\n\t  ")
    for i in range(n):
        c = _get(v, i, 1)
        out.append("\n\t  " if c == 0x0A else printable(bytes([c])))


def _capability(v: bytes, n: int, out: list[str]) -> None:
    val = _get(v, 0, 4)
    out.append(f"(0x{val:08x}): {bits(_CAPS, val)}")


def _uint16(v: bytes, n: int, out: list[str]) -> None:
    out.append(str(_get(v, 0, 2)))


def _duplex(v: bytes, n: int, out: list[str]) -> None:
    out.append("full" if _get(v, 0, 1) else "half")


def _ata186(v: bytes, n: int, out: list[str]) -> None:
    if n == 2:
        out.append(f"unknown 0x{_get(v, 0, 2):04x}")
    else:
        out.append(f"app {_get(v, 0, 1)}, vlan {_get(v, 1, 2)}")


def _power(v: bytes, n: int, out: list[str]) -> None:
    val = _get(v, 0, n) if n in (1, 2, 3) else 0
    out.append(f"{val / 1000.0:1.2f}W")


def _mtu(v: bytes, n: int, out: list[str]) -> None:
    out.append(f"{_get(v, 0, 4)} bytes")


def _uint8x(v: bytes, n: int, out: list[str]) -> None:
    out.append(f"0x{_get(v, 0, 1):02x}")


def _phys_loc(v: bytes, n: int, out: list[str]) -> None:
    out.append(f"0x{_get(v, 0, 1):02x}")
    if n > 1:
        out.append("/")
        _printn(v[1:], n - 1, out)


def _addr(v: bytes, n: int, out: list[str]) -> None:
    p, left = 0, n

    def invalid() -> None:
        if p + max(left, 0) > len(v):
            raise Short

    if left < 4:
        out.append(" (not enough space for num)")
        return invalid()
    num = _get(v, 0, 4)
    p, left = 4, left - 4
    while num:
        if left < 2:
            out.append(" (not enough space for PT+PL)")
            return invalid()
        pt, pl = _get(v, p, 1), _get(v, p + 1, 1)
        p, left = p + 2, left - 2
        if left < pl + 2:
            out.append(" (not enough space for P+AL)")
            return invalid()
        al = _get(v, p + pl, 2)
        kind = _ADDR_KINDS.get((pt, pl, bytes(v[p:p + pl]), al))
        if kind is not None:
            p, left = p + pl + 2, left - pl - 2
            if left < al:
                out.append(" (not enough space for A)")
                return invalid()
            _get(v, p, al)
            out.append(f"{kind[0]} ({num}) {kind[1](v[p:p + al])}")
            p, left = p + al, left - al
        else:
            out.append(f"pt=0x{pt:02x}, pl={pl}, pb=")
            for _ in range(pl):
                out.append(f" {_get(v, p, 1):02x}")
                p, left = p + 1, left - 1
            out.append(f", al={al}, a=")
            p, left = p + 2, left - 2
            if left < al:
                out.append(" (not enough space for A)")
                return invalid()
            for _ in range(al):
                out.append(f" {_get(v, p, 1):02x}")
                p, left = p + 1, left - 1
        num -= 1
        if num:
            out.append(" ")
    if left:
        out.append(f" ({left} bytes of stray data)")
    return None


def _prefixes(v: bytes, n: int, out: list[str]) -> None:
    if n % 5:
        out.append(f" [length {n} is not a multiple of 5]")
        if n > len(v):
            raise Short
        return
    out.append(f" IPv4 Prefixes ({n // 5}):")
    for p in range(0, n, 5):
        _get(v, p, 5)
        out.append(f" {v[p]}.{v[p + 1]}.{v[p + 2]}.{v[p + 3]}/{v[p + 4]}")


_Printer = Callable[[bytes, int, list[str]], None]
# type -> (name, printer, min length, max length); types up to 0x17 not named here
# are known to tcpdump's table without a name or printer
_TLVS: dict[int, tuple[str | None, _Printer | None, int, int]] = {
    0x01: ("Device-ID", _string, -1, -1), 0x02: ("Address", _addr, -1, -1),
    0x03: ("Port-ID", _string, -1, -1), 0x04: ("Capability", _capability, 4, 4),
    0x05: ("Version String", _version, -1, -1), 0x06: ("Platform", _string, -1, -1),
    0x07: ("Prefixes", _prefixes, -1, -1), 0x08: ("Protocol-Hello option", None, -1, -1),
    0x09: ("VTP Management Domain", _string, -1, -1),
    0x0A: ("Native VLAN ID", _uint16, 2, 2), 0x0B: ("Duplex", _duplex, 1, 1),
    0x0E: ("ATA-186 VoIP VLAN assignment", _ata186, 3, 3),
    0x0F: ("ATA-186 VoIP VLAN request", _ata186, 2, 3),
    0x10: ("power consumption", _power, 1, 3), 0x11: ("MTU", _mtu, 4, 4),
    0x12: ("AVVID trust bitmap", _uint8x, 1, 1),
    0x13: ("AVVID untrusted ports CoS", _uint8x, 1, 1),
    0x14: ("System Name", _string, -1, -1),
    0x15: ("System Object ID (not decoded)", None, -1, -1),
    0x16: ("Management Addresses", _addr, 4, -1), 0x17: ("Physical Location", _phys_loc, 1, -1),
}
_T_MAX = 0x17


def _plural(n: int) -> str:
    return "" if n == 1 else "s"


def _name(t: int) -> str:
    info = _TLVS.get(t)
    return info[0] if info is not None and info[0] else "unknown field type"


def _tlv(t: CdpTlv, verbose: int, out: list[str]) -> None:
    n = t.length - 4
    if not verbose and t.type == 1:
        out.append(", Device-ID ")
    elif verbose:
        out.append(f"\n\t{_name(t.type)} (0x{t.type:02x}), value length: {n} byte{_plural(n)}: ")
    covered = False
    if t.type <= _T_MAX:
        _, printer, lo, hi = _TLVS.get(t.type, (None, None, 0, 0))
        if (lo > 0 and n < lo) or (hi > 0 and n > hi):
            out.append(" (malformed TLV)")
        elif verbose or t.type == 1:
            if printer is not None:
                printer(t.value, n, out)
            elif len(t.value) < n:
                raise Short
            covered = True
    if not covered:
        if len(t.value) < n:
            raise Short
        out.append(hex_dump(t.value[:n], "\n\t  "))


def format_cdp(rec: CdpRecord, ctx: Context) -> str:
    verbose = ctx.opts.verbose
    out: list[str] = []
    try:
        if rec.version is None:
            if rec.error is not None:
                out.append(f" (packet length {rec.length} < 4)")
                return _invalid(out, rec)
            raise Short
        out.append(f"CDPv{rec.version}, ttl: {rec.ttl}s")
        if rec.checksum is None:
            raise Short
        if verbose:
            out.append(f", checksum: 0x{rec.checksum:04x} (unverified), length {rec.length}")
        for t in rec.tlvs:
            _tlv(t, verbose, out)
        if rec.stop == TRUNCATED:
            raise Short
        e = rec.error
        if e is not None:
            if e[0] == "remaining":
                out.append(f" (remaining packet length {e[1]} < 4)")
            elif e[0] == "tlv_short":
                typ, ln = int(e[1]), int(e[2])
                if verbose:
                    out.append(f"\n\t{_name(typ)} (0x{typ:02x}), TLV length: {ln} "
                               f"byte{_plural(ln)} (too short)")
                else:
                    out.append(f", {_name(typ)} TLV length {ln} too short")
            elif e[0] == "tlv_long":
                out.append(f" (TLV length {e[1]} > {e[2]})")
            return _invalid(out, rec)
        if not verbose:
            out.append(f", length {rec.length}")
    except Short:
        out.append(" [|cdp]")
    return "".join(out)


def _invalid(out: list[str], rec: CdpRecord) -> str:
    out.append(" (invalid)")
    if rec.tail_cut:
        out.append(" [|cdp]")
    return "".join(out)

