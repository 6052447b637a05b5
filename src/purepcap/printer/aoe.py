"""ATA over Ethernet (AoE): ethertype 0x88a2.

``"AoE length N, Ver V"``; for version 1 the flags, and with ``-v`` the
common header (error, major/minor address, command, tag) and the argument
of the four commands (ATA command, query config, MAC mask list,
reserve/release) on tab-indented lines.  Length contradictions print
``" (invalid)"``; a capture that ends early prints ``" [|aoe]"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._addr import etheraddr
from ._base import Context
from ._items import VERBOSE_ONLY, Cursor, ItemsLayer, bits, printable, render, run

__all__ = ["AoeRecord", "decode_aoe", "format_aoe"]

_COMMANDS = {0: "Issue ATA Command", 1: "Query Config Information", 2: "MAC Mask List",
             3: "Reserve/Release"}
_FLAGS = ((0x08, "Response"), (0x04, "Error"), (0x02, "MBZ-1"), (0x01, "MBZ-0"))
_ERRORS = {1: "Unrecognized command code", 2: "Bad argument parameter",
           3: "Device unavailable", 4: "Config string present", 5: "Unsupported version",
           6: "Target is reserved"}
_AFLAGS = ((0x80, "MBZ-7"), (0x40, "Ext48"), (0x20, "MBZ-5"), (0x10, "Device"),
           (0x08, "MBZ-3"), (0x04, "MBZ-2"), (0x02, "Async"), (0x01, "Write"))
_CCMDS = {0: "read config string", 1: "test config string", 2: "test config string prefix",
          3: "set config string", 4: "force set config string"}
_MCMDS = {0: "Read Mac Mask List", 1: "Edit Mac Mask List"}
_MERRORS = {1: "Unspecified Error", 2: "Bad DCmd directive", 3: "Mask list full"}
_DCMDS = {0: "No Directive", 1: "Add mac address to mask list",
          2: "Delete mac address from mask list"}
_RCMDS = {0: "Read reserve list", 1: "Set reserve list", 2: "Force set reserve list"}


def _unk(table: dict[int, str], v: int) -> str:
    return table.get(v, f"Unknown (0x{v:02x})")


_TEXT: dict[str, Any] = {
    "length": "AoE length {}",
    "version": ", Ver {}",
    "flags": lambda v: f", Flags: [{bits(_FLAGS, v)}]",
    "error": lambda v: f"\n\tError: {_ERRORS.get(v, f'Invalid ({v})')}",
    "major": "\n\tMajor: 0x{:04x}",
    "minor": ", Minor: 0x{:02x}",
    "command": lambda v: f", Command: {_unk(_COMMANDS, v)}",
    "tag": ", Tag: 0x{:08x}",
    "aflags": lambda v: f"\n\tAFlags: [{bits(_AFLAGS, v)}]",
    "err_feature": ", Err/Feature: {}",
    "sector_count": ", Sector Count: {}",
    "cmd_status": ", Cmd/Status: {}",
    "lba0": "\n\tlba0: {}", "lba1": ", lba1: {}", "lba2": ", lba2: {}", "lba3": ", lba3: {}",
    "lba4": ", lba4: {}", "lba5": ", lba5: {}",
    "data": "\n\tData: {} bytes",
    "buffer_count": "\n\tBuffer Count: {}",
    "firmware": ", Firmware Version: {}",
    "aoe_ccmd": lambda v: f", AoE: {v >> 4}, CCmd: {_CCMDS.get(v & 0x0F, 'Unknown (0x02x)')}",
    "config": lambda v: f"\n\tConfig String (length {v[0]}): {printable(v[1])}",
    "mcmd": lambda v: f"\n\tMCmd: {_unk(_MCMDS, v)}",
    "merror": lambda v: f", MError: {_unk(_MERRORS, v)}",
    "dir_count": ", Dir Count: {}",
    "dcmd": lambda v: f"\n\t DCmd: {_unk(_DCMDS, v)}",
    "dir_mac": lambda v: f", Ethernet Address: {etheraddr(v)}",
    "rcmd": lambda v: f"\n\tRCmd: {_unk(_RCMDS, v)}",
    "nmacs": ", NMacs: {}",
    "mac": lambda v: f"\n\tEthernet Address {v[0]}: {etheraddr(v[1])}",
}


@dataclass(slots=True)
class AoeRecord(ItemsLayer, proto="aoe"):
    """An AoE frame's items, in wire order."""


def _invalid(c: Cursor, remaining: int) -> None:
    c.add("invalid")
    c.need(remaining)


def _issue(c: Cursor, n: int) -> None:
    if n < 12:
        return _invalid(c, n)
    for key in ("aflags", "err_feature", "sector_count", "cmd_status",
                "lba0", "lba1", "lba2", "lba3", "lba4", "lba5"):
        c.add(key, c.take(1))
    c.need(2)
    c.skip(2)
    if n - 12:
        c.add("data", n - 12)


def _query(c: Cursor, n: int) -> None:
    if n < 8:
        return _invalid(c, n)
    c.add("buffer_count", c.take(2))
    c.add("firmware", c.take(2))
    c.add("sector_count", c.take(1))
    c.add("aoe_ccmd", c.take(1))
    cslen = c.take(2)
    n -= 8
    if cslen > 1024 or cslen > n:
        return _invalid(c, n)
    if cslen:
        c.add("config", (cslen, bytes(c.data[c.pos:c.pos + cslen])))
        c.need(cslen)


def _mac(c: Cursor, n: int) -> None:
    if n < 4:
        return _invalid(c, n)
    c.skip(1)
    c.add("mcmd", c.take(1))
    c.add("merror", c.take(1))
    count = c.take(1)
    n -= 4
    c.add("dir_count", count)
    if count * 8 > n:
        return _invalid(c, n)
    for _ in range(count):
        c.skip(1)
        c.add("dcmd", c.take(1))
        c.add("dir_mac", c.raw(6))


def _reserve(c: Cursor, n: int) -> None:
    if n < 2 or (n - 2) % 6:
        return _invalid(c, n)
    c.add("rcmd", c.take(1))
    nmacs = c.take(1)
    n -= 2
    c.add("nmacs", nmacs)
    if nmacs * 6 != n:
        return _invalid(c, n)
    for i in range(nmacs):
        c.add("mac", (i, c.raw(6)))


_ARGS = {0: _issue, 1: _query, 2: _mac, 3: _reserve}


def decode_aoe(data: bytes, length: int, ctx: Context) -> AoeRecord:
    rec = AoeRecord(length=length)
    c = Cursor(data, rec.items)

    def body() -> None:
        c.add("length", length)
        if length < 1:
            return _invalid(c, length)
        ver = c.peek(1) >> 4
        c.add("version", ver)
        if ver != 1:
            return None
        if length < 10:
            return _invalid(c, length)
        flags = c.take(1) & 0x0F
        c.add("flags", flags)
        c.add(VERBOSE_ONLY)
        if flags & 0x04:
            c.add("error", c.peek(1))
        c.skip(1)
        c.add("major", c.take(2))
        c.add("minor", c.take(1))
        cmd = c.take(1)
        c.add("command", cmd)
        c.add("tag", c.take(4))
        arg = _ARGS.get(cmd)
        if arg is not None:
            arg(c, length - 10)
        return None

    run(rec, body)
    return rec


def format_aoe(rec: AoeRecord, ctx: Context) -> str:
    return render(rec, _TEXT, ctx.opts.verbose, " [|aoe]")
