"""IEEE 802.3 slow protocols: ethertype 0x8809 (LACP, Marker, OAM).

``"LACPv1, length 110"`` (``"MARKERv1"``, ``"OAM"``, ``"unknown (N)"`` with a
hex dump); with ``-v`` the LACP/Marker TLVs (actor, partner, collector,
marker information) or the OAM PDU (information TLVs, link events, loopback
control); ``-vv`` adds a hex dump of each TLV, as tcpdump does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ._addr import etheraddr
from ._base import Context
from ._items import OUIS, VERBOSE_ONLY, Cursor, ItemsLayer, bits, render, run

__all__ = ["SlowRecord", "decode_slow", "format_slow"]

_PROTOS = {1: "LACP", 2: "MARKER", 3: "OAM"}
_TLVS = {0x100: "Terminator", 0x101: "Actor Information", 0x102: "Partner Information",
         0x103: "Collector Information", 0x200: "Terminator", 0x201: "Marker Information"}
_STATE = ((0x01, "Activity"), (0x02, "Timeout"), (0x04, "Aggregation"),
          (0x08, "Synchronization"), (0x10, "Collecting"), (0x20, "Distributing"),
          (0x40, "Default"), (0x80, "Expired"))
_OAM_FLAGS = ((0x01, "Link Fault"), (0x02, "Dying Gasp"), (0x04, "Critical Event"),
              (0x08, "Local Evaluating"), (0x10, "Local Stable"), (0x20, "Remote Evaluating"),
              (0x40, "Remote Stable"))
_OAM_CODES = {0: "Information", 1: "Event Notification", 2: "Variable Request",
              3: "Variable Response", 4: "Loopback Control", 0xFE: "Vendor Private"}
_INFO_TYPES = {0: "End of TLV marker", 1: "Local", 2: "Remote", 0xFE: "Organization specific"}
_PARSER = {0: "forwarding", 1: "looping back", 2: "discarding", 3: "reserved"}
_MUX = {0: "forwarding", 4: "discarding"}
_OAM_CONFIG = ((0x01, "Active"), (0x02, "Unidirectional"), (0x04, "Remote-Loopback"),
               (0x08, "Link-Events"), (0x10, "Variable-Retrieval"))
_EVENTS = {0: "End of TLV marker", 1: "Errored Symbol Period Event", 2: "Errored Frame Event",
           3: "Errored Frame Period Event", 4: "Errored Frame Seconds Summary Event",
           0xFE: "Organization specific"}
_LOOPBACK = {1: "Enable OAM Remote Loopback", 2: "Disable OAM Remote Loopback"}
_SHORT = "\n\t\t packet is too short"


def _versioned(v: tuple[int, int, int]) -> str:
    sub, ver, length = v
    return f"{_PROTOS.get(sub, f'unknown ({sub})')}v{ver}, length {length}"


def _actor(v: tuple[int, bytes, int, int, int, int]) -> str:
    pri, mac, key, ppri, port, state = v
    return (f"\n\t  System {etheraddr(mac)}, System Priority {pri}, Key {key}, Port {port}, "
            f"Port Priority {ppri}\n\t  State Flags [{bits(_STATE, state)}]")


def _info(v: tuple[int, int, int, int, int, int, int]) -> str:
    ver, rev, state, config, pdu, oui, vendor = v
    return (f"\n\t    OAM-Version {ver}, Revision {rev}"
            f"\n\t    State-Parser-Action {_PARSER[state & 3]}, "
            f"State-MUX-Action {_MUX[state & 4]}"
            f"\n\t    OAM-Config Flags [{bits(_OAM_CONFIG, config)}], "
            f"OAM-PDU-Config max-PDU size {pdu & 0x7FF}"
            f"\n\t    OUI {OUIS.get(oui, 'Unknown')} (0x{oui:06x}), Vendor-Private 0x{vendor:08x}")


def _event(v: tuple[int, int, int, int, int, int]) -> str:
    ts, window, thr, errors, total, events = v
    return (f"\n\t    Timestamp {ts * 100} ms, Errored Window {window}"
            f"\n\t    Errored Threshold {thr}\n\t    Errors {errors}"
            f"\n\t    Error Running Total {total}\n\t    Event Running Total {events}")


_TEXT: dict[str, Any] = {
    "versioned": _versioned,
    "unversioned": lambda v: f"{_PROTOS.get(v[0], f'unknown ({v[0]})')}, length {v[1]}",
    "unsupported": lambda v: f"{_PROTOS[v[0]]} version {v[1]} packet not supported",
    "tlv": lambda v: f"\n\t{_TLVS.get((v[0] << 8) + v[1], 'Unknown')} TLV (0x{v[1]:02x}), "
                     f"length {v[2]}",
    "actor": _actor,
    "max_delay": "\n\t  Max Delay {}",
    "marker": lambda v: (f"\n\t  Request System {etheraddr(v[1])}, Request Port {v[0]}, "
                         f"Request Transaction ID 0x{v[2]:08x}"),
    "oam": lambda v: (f"\n\tCode {_OAM_CODES.get(v[1], f'Unknown ({v[1]})')} OAM PDU, "
                      f"Flags [{bits(_OAM_FLAGS, v[0])}]"),
    "info_tlv": lambda v: (f"\n\t  {_INFO_TYPES.get(v[0], 'Reserved')} Information Type "
                           f"({v[0]}), length {v[1]}"),
    "info": _info,
    "sequence": "\n\t  Sequence Number {}",
    "event_tlv": lambda v: (f"\n\t  {_EVENTS.get(v[0], 'Reserved')} Link Event Type ({v[0]}), "
                            f"length {v[1]}"),
    "event": _event,
    "loopback": lambda v: f"\n\t  Command {_LOOPBACK.get(v, 'Unknown')} ({v})",
}


@dataclass(slots=True)
class SlowRecord(ItemsLayer, proto="slow"):
    """A slow-protocols PDU's items (LACP, Marker, OAM), in wire order."""


def _clip(c: Cursor, n: int) -> bytes:
    return bytes(c.data[c.pos:c.pos + max(n, 0)])


def _tlvs(c: Cursor, tlen: int, item: str,
          head: tuple[int, ...]) -> Iterator[tuple[int, int, int]]:
    """The type-length TLVs in the next ``tlen`` bytes (the length counts the
    2-byte header), each noted as ``item`` (``head`` + type, length) and
    yielded as (type, length, start); the walk stops at a terminator or a bad
    length.  The cursor is left past each TLV."""
    while tlen > 0:
        if tlen < 2:
            c.add("note", _SHORT)
            return
        t = c.peek(1)
        ln = c.peek(1, c.pos + 1)
        c.add(item, head + (t, ln))
        if t == 0:
            return
        if ln < 2:
            c.add("note", "\n\t    ERROR: illegal length - should be >= 2")
            return
        if tlen < ln:
            c.add("note", _SHORT)
            return
        c.need(ln)
        start = c.pos
        yield t, ln, start
        c.pos = start + ln
        tlen -= ln


def _lacp(c: Cursor, tlen: int, sub: int) -> None:
    for t, ln, start in _tlvs(c, tlen, "tlv", (sub,)):
        c.pos += 2
        key = (sub << 8) + t
        if key in (0x101, 0x102):
            if ln - 2 != 18:
                c.add("note", "\n\t    ERROR: illegal length - should be 20")
            else:
                c.add("actor", (c.peek(2), bytes(c.data[c.pos + 2:c.pos + 8]),
                                c.peek(2, c.pos + 8), c.peek(2, c.pos + 10),
                                c.peek(2, c.pos + 12), c.peek(1, c.pos + 14)))
        elif key == 0x103:
            if ln - 2 != 14:
                c.add("note", "\n\t    ERROR: illegal length - should be 16")
            else:
                c.add("max_delay", c.peek(2))
        elif key == 0x201:
            if ln - 2 != 14:
                c.add("note", "\n\t    ERROR: illegal length - should be 16")
            else:
                c.add("marker", (c.peek(2), bytes(c.data[c.pos + 2:c.pos + 8]),
                                 c.peek(4, c.pos + 8)))
        else:
            c.add("hex_v1", ("\n\t  ", _clip(c, ln - 2)))
        c.add("hex_vv", ("\n\t  ", _clip(c, ln - 2)))


def _oam_tlvs(c: Cursor, tlen: int, events: bool) -> None:
    for t, ln, p in _tlvs(c, tlen, "event_tlv" if events else "info_tlv", ()):
        dump = True
        if not events and t in (1, 2):
            if ln != 16:
                c.add("note", "\n\t    ERROR: illegal length - should be 16")
            else:
                dump = False
                c.add("info", (c.peek(1, p + 2), c.peek(2, p + 3), c.peek(1, p + 5),
                               c.peek(1, p + 6), c.peek(2, p + 7), c.peek(3, p + 9),
                               c.peek(4, p + 12)))
        elif events and 1 <= t <= 4:
            if ln != 40:
                c.add("note", "\n\t    ERROR: illegal length - should be 40")
            else:
                dump = False
                c.add("event", (c.peek(2, p + 2), c.peek(8, p + 4), c.peek(8, p + 12),
                                c.peek(8, p + 20), c.peek(8, p + 28), c.peek(4, p + 36)))
        c.add("hex" if dump else "hex_vv", ("\n\t  ", _clip(c, ln)))


def _oam(c: Cursor, tlen: int) -> None:
    if tlen < 3:
        return c.add("note", _SHORT)
    c.need(3)
    flags = c.take(2)
    code = c.take(1)
    tlen -= 3
    c.add("oam", (flags, code))
    if code == 0:
        return _oam_tlvs(c, tlen, False)
    if code == 1:
        if tlen < 2:
            return c.add("note", _SHORT)
        c.add("sequence", c.take(2))
        return _oam_tlvs(c, tlen - 2, True)
    if code == 4:
        if tlen < 1:
            return c.add("note", _SHORT)
        c.add("loopback", c.take(1))
        return None
    c.add("hex_v1", ("\n\t  ", _clip(c, tlen)))
    return None


def decode_slow(data: bytes, length: int, ctx: Context) -> SlowRecord:
    rec = SlowRecord(length=length)
    c = Cursor(data, rec.items)

    def tooshort() -> None:
        c.add("alt", (" (packet is too short)", _SHORT))

    def body() -> None:
        if length < 1:
            return tooshort()
        sub = c.peek(1)
        if sub in (1, 2):
            if length < 2:
                return tooshort()
            ver = c.peek(1, 1)
            if ver != 1:
                return c.add("unsupported", (sub, ver))
            c.add("versioned", (sub, ver, length))
        else:
            c.add("unversioned", (sub, length))
            if sub != 3:
                c.add("hex", ("\n\t", _clip(c, length)))
                return None
        c.add(VERBOSE_ONLY)
        if sub == 3:
            c.pos = 1
            return _oam(c, length - 1)
        c.pos = 2
        return _lacp(c, length - 2, sub)

    run(rec, body)
    return rec


def format_slow(rec: SlowRecord, ctx: Context) -> str:
    return render(rec, _TEXT, ctx.opts.verbose, " [|slow]")
