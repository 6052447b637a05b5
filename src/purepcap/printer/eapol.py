"""802.1X EAPOL (ethertype 0x888e) and the EAP packets it carries.

``"EAP packet (0) v1, len 5"`` (``"EAPOL start"``, ``"EAPOL key"`` ...); with
``-v`` an EAP packet adds its code, id and length and, for requests and
responses, the method type (identity, notification, NAK list, TLS/TTLS/FAST
flags, SIM/AKA subtype) on the next line.  :func:`decode_eap` /
:func:`format_eap` print a bare EAP packet (as RADIUS carries them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._base import Context
from ._items import VERBOSE_ONLY, Cursor, ItemsLayer, Short, bits, printable, render, run
from .udld import nul_terminated

__all__ = ["EapolRecord", "EapRecord", "decode_eapol", "format_eapol", "decode_eap",
           "format_eap"]

_FRAMES = {0: "EAP packet", 1: "EAPOL start", 2: "EAPOL logoff", 3: "EAPOL key",
           4: "Encapsulated ASF alert"}
_CODES = {1: "Request", 2: "Response", 3: "Success", 4: "Failure"}
_TYPES = {0: "No proposed", 1: "Identity", 2: "Notification", 3: "Nak", 4: "MD5-challenge",
          5: "OTP", 6: "GTC", 13: "TLS", 18: "SIM", 21: "TTLS", 23: "AKA", 43: "FAST",
          254: "Expanded types", 255: "Experimental"}
_TLS_FLAGS = ((0x80, "L bit"), (0x40, "More fragments bit"), (0x20, "Start bit"))
_AKA = {1: "Challenge", 2: "Auth reject", 4: "Sync failure", 5: "Identity", 10: "Start",
        11: "Challenge", 12: "Notification", 13: "Reauth", 14: "Client error"}

_TEXT: dict[str, Any] = {
    "text": "{}",
    "frame": lambda v: f"{_FRAMES.get(v[0], 'unknown')} ({v[0]}) v{v[1]}, len {v[2]}",
    "eap": lambda v: f"{_CODES.get(v[0], 'unknown')} ({v[0]}), id {v[1]}, len {v[2]}",
    "type": lambda v: f"\n\t\t Type {_TYPES.get(v, 'unknown')} ({v})",
    "nak": lambda v: f"{v[0]} {_TYPES.get(v[1], 'unknown')} ({v[1]})",
    "tls_flags": lambda v: f" flags [{bits(_TLS_FLAGS, v)}] 0x{v:02x}",
    "aka": lambda v: f" subtype [{_AKA.get(v, 'unknown')}] 0x{v:02x}",
}


@dataclass(slots=True)
class EapolRecord(ItemsLayer, proto="eapol"):
    """An EAPOL frame's items, in wire order."""


@dataclass(slots=True)
class EapRecord(ItemsLayer, proto="eap"):
    """A bare EAP packet's items, in wire order."""


# EAP types whose body tcpdump reads: their name in "too short" messages
_BODY_NAMES = {2: "Notification", 3: "Legacy NAK", 13: "TLS/TTLS", 21: "TLS/TTLS", 43: "FAST",
               18: "SIM/AKA", 23: "SIM/AKA"}


def _eap(c: Cursor, length: int) -> None:
    t = c.items
    base = c.pos
    code = c.peek(1)
    ln = c.peek(2, base + 2)
    if ln != length:
        t.append(("text", "EAP fragment?"))
        return None
    t.append(("eap", (code, c.peek(1, base + 1), ln)))
    if ln < 4:
        t.append(("text", " (too short for EAP header)"))
        return None
    c.need(ln, base)
    if code not in (1, 2):
        return None
    if ln < 5:
        t.append(("text", " (too short for EAP request/response)"))
        return None
    sub = c.peek(1, base + 4)
    t.append(("type", sub))
    c.pos = base + 5
    what = _BODY_NAMES.get(sub)
    if what is not None and ln < 6:      # a type with a body, without one
        t.append(("text", f" (too short for EAP {what} request/response)"))
        return None
    if sub == 1:
        if ln > 5:
            t.append(("text", ", Identity: "))
            t.append(("text", printable(nul_terminated(c, ln - 5, "text", True))))
    elif sub == 2:
        t.append(("text", ", Notification: "))
        t.append(("text", printable(nul_terminated(c, ln - 5, "text", True))))
    elif sub == 3:
        sep = ""
        for i in range(5, ln):
            t.append(("nak", (sep, c.peek(1, base + i))))
            sep = ","
    elif sub in (13, 21, 43):
        f = c.peek(1, base + 5)
        if sub == 21:
            t.append(("text", f" TTLSv{f & 7}"))
        elif sub == 43:
            t.append(("text", f" FASTv{f & 7}"))
        t.append(("tls_flags", f))
        if f & 0x80:
            if ln < 10:
                t.append(("text", f" (too short for EAP {what} request/response with length)"))
                return None
            t.append(("text", f", len {c.peek(4, base + 6)}"))
    elif sub in (18, 23):
        t.append(("aka", c.peek(1, base + 5)))
    return None


def decode_eap(data: bytes, length: int, ctx: Context) -> EapRecord:
    rec = EapRecord(length=length)
    c = Cursor(data, rec.items)
    run(rec, lambda: _eap(c, length))
    return rec


def format_eap(rec: EapRecord, ctx: Context) -> str:
    return render(rec, _TEXT, ctx.opts.verbose, " [|eap]")


def decode_eapol(data: bytes, length: int, ctx: Context) -> EapolRecord:
    rec = EapolRecord(length=length)
    c = Cursor(data, rec.items)

    def body() -> None:
        c.need(4)
        typ, ver, ln = c.peek(1, 1), c.peek(1, 0), c.peek(2, 2)
        c.add("frame", (typ, ver, ln))
        c.add(VERBOSE_ONLY)
        c.pos = 4
        if typ == 0:
            if ln == 0:
                raise Short
            c.add("text", ", ")
            _eap(c, ln)

    run(rec, body)
    return rec


def format_eapol(rec: EapolRecord, ctx: Context) -> str:
    return render(rec, _TEXT, ctx.opts.verbose, " [|eap]")
