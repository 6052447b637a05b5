"""PPTP control connection messages (RFC 2637): TCP port 1723.

tcpdump 4.99.3 writes ``": pptp"``, with ``-v`` the message length and kind
(``" Length=156 CTRL-MSG"``) and the magic cookie, then
``" CTRL_MSGTYPE=NAME"`` and the message's fields as ``" NAME(value)"``
(result and error codes with their meanings only with ``-v``); reserved
fields are shown only when not zero.  A field the capture lacks ends the
text with ``" [|pptp]"``.  The messages are described as data
(:data:`MESSAGES`): a sequence of field kinds and offsets per type.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

from ._base import TRUNCATED, Context, Layer

__all__ = ["Pptp", "decode_pptp", "format_pptp", "MESSAGES"]

_U16 = struct.Struct(">H")
_U32 = struct.Struct(">I")
MAGIC = 0x1A2B3C4D

TYPE_NAMES = ("NOT_DEFINED", "SCCRQ", "SCCRP", "StopCCRQ", "StopCCRP", "ECHORQ", "ECHORP",
              "OCRQ", "OCRP", "ICRQ", "ICRP", "ICCN", "CCRQ", "CDN", "WEN", "SLI")

RESULTS: dict[int, dict[int, str]] = {
    2: {1: "Successful channel establishment", 2: "General error",
        3: "Command channel already exists",
        4: "Requester is not authorized to establish a command channel",
        5: "The protocol version of the requester is not supported"},
    4: {1: "OK", 2: "General Error"},
    6: {1: "OK", 2: "General Error"},
    8: {1: "Connected", 2: "General Error", 3: "No Carrier", 4: "Busy", 5: "No Dial Tone",
        6: "Time-out", 7: "Do Not Accept"},
    10: {1: "Connect", 2: "General Error", 3: "Do Not Accept"},
    13: {1: "Lost Carrier", 2: "General Error", 3: "Admin Shutdown", 4: "Request"},
}
ERRORS = {0: "None", 1: "Not-Connected", 2: "Bad-Format", 3: "Bad-Value", 4: "No-Resource",
          5: "Bad-Call-ID", 6: "PAC-Error"}
BEARER_TYPES = {1: "A", 2: "D", 3: "Any"}
FRAMING_TYPES = {1: "A", 2: "S", 3: "E"}
STOP_REASONS = {1: "None", 2: "Stop-Protocol", 3: "Stop-Local-Shutdown"}

# field kinds: (kind, offset after the 12-byte header, label, extra)
Field = tuple[str, int, str, int]
_VER: Field = ("ver", 0, "PROTO_VER", 0)
MESSAGES: dict[int, tuple[Field, ...]] = {
    1: (_VER, ("res2", 2, "", 0), ("fcap", 4, "FRAME_CAP", 0), ("bcap", 8, "BEARER_CAP", 0),
        ("u16", 12, "MAX_CHAN", 0), ("u16", 14, "FIRM_REV", 0), ("str", 16, "HOSTNAME", 64),
        ("str", 80, "VENDOR", 64)),
    2: (_VER, ("result", 2, "", 0), ("err", 3, "", 0), ("fcap", 4, "FRAME_CAP", 0),
        ("bcap", 8, "BEARER_CAP", 0), ("u16", 12, "MAX_CHAN", 0), ("u16", 14, "FIRM_REV", 0),
        ("str", 16, "HOSTNAME", 64), ("str", 80, "VENDOR", 64)),
    3: (("reason", 0, "", 0), ("res1", 1, "", 0), ("res2", 2, "", 0)),
    4: (("result", 0, "", 0), ("err", 1, "", 0), ("res2", 2, "", 0)),
    5: (("u32", 0, "ID", 0),),
    6: (("u32", 0, "ID", 0), ("result", 4, "", 0), ("err", 5, "", 0), ("res2", 6, "", 0)),
    7: (("u16", 0, "CALL_ID", 0), ("u16", 2, "CALL_SER_NUM", 0), ("u32", 4, "MIN_BPS", 0),
        ("u32", 8, "MAX_BPS", 0), ("btype", 12, "", 0), ("ftype", 16, "", 0),
        ("u16", 20, "RECV_WIN", 0), ("u16", 22, "PROC_DELAY", 0),
        ("u16", 24, "PHONE_NO_LEN", 0), ("res2", 26, "", 0), ("strlen", 28, "PHONE_NO", 24),
        ("str", 92, "SUB_ADDR", 64)),
    8: (("u16", 0, "CALL_ID", 0), ("u16", 2, "PEER_CALL_ID", 0), ("result", 4, "", 0),
        ("err", 5, "", 0), ("u16", 6, "CAUSE_CODE", 0), ("u32", 8, "CONN_SPEED", 0),
        ("u16", 12, "RECV_WIN", 0), ("u16", 14, "PROC_DELAY", 0),
        ("u32", 16, "PHY_CHAN_ID", 0)),
    9: (("u16", 0, "CALL_ID", 0), ("u16", 2, "CALL_SER_NUM", 0), ("btype", 4, "", 0),
        ("u32", 8, "PHY_CHAN_ID", 0), ("u16", 12, "DIALED_NO_LEN", 0),
        ("u16", 14, "DIALING_NO_LEN", 0), ("strlen", 16, "DIALED_NO", 12),
        ("strlen", 80, "DIALING_NO", 14), ("str", 144, "SUB_ADDR", 64)),
    10: (("u16", 0, "CALL_ID", 0), ("u16", 2, "PEER_CALL_ID", 0), ("result", 4, "", 0),
         ("err", 5, "", 0), ("u16", 6, "RECV_WIN", 0), ("u16", 8, "PROC_DELAY", 0),
         ("res2", 10, "", 0)),
    11: (("u16", 0, "PEER_CALL_ID", 0), ("res2", 2, "", 0), ("u32", 4, "CONN_SPEED", 0),
         ("u16", 8, "RECV_WIN", 0), ("u16", 10, "PROC_DELAY", 0), ("ftype", 12, "", 0)),
    12: (("u16", 0, "CALL_ID", 0), ("res2", 2, "", 0)),
    13: (("u16", 0, "CALL_ID", 0), ("result", 2, "", 0), ("err", 3, "", 0),
         ("u16", 4, "CAUSE_CODE", 0), ("res2", 6, "", 0), ("str", 8, "CALL_STATS", 128)),
    14: (("u16", 0, "PEER_CALL_ID", 0), ("res2", 2, "", 0), ("u32", 4, "CRC_ERR", 0),
         ("u32", 8, "FRAMING_ERR", 0), ("u32", 12, "HARDWARE_OVERRUN", 0),
         ("u32", 16, "BUFFER_OVERRUN", 0), ("u32", 20, "TIMEOUT_ERR", 0),
         ("u32", 24, "ALIGN_ERR", 0)),
    15: (("u16", 0, "PEER_CALL_ID", 0), ("res2", 2, "", 0), ("hex32", 4, "SEND_ACCM", 0),
         ("hex32", 8, "RECV_ACCM", 0)),
}


class _Short(Exception):
    """A field lies past the captured bytes."""


@dataclass(slots=True)
class Pptp(Layer, proto="pptp"):
    length: int = 0
    data: bytes = b""          # the captured message (fields are read when printed)


def decode_pptp(data: bytes, length: int, ctx: Context) -> Pptp:
    rec = Pptp(length=length, data=bytes(data))
    if len(data) < 12:
        rec.stop = TRUNCATED
    return rec


def format_pptp(rec: Pptp, ctx: Context) -> str:
    parts = [": pptp"]
    try:
        _format(rec.data, ctx.opts.verbose, parts)
    except _Short:
        parts.append(" [|pptp]")
    except Exception:          # never raise from a formatter
        parts.append(" [|pptp]")
    return "".join(parts)


def _u8(d: bytes, i: int) -> int:
    if i >= len(d):
        raise _Short
    return d[i]


def _u16(d: bytes, i: int) -> int:
    if i + 2 > len(d):
        raise _Short
    return int(_U16.unpack_from(d, i)[0])


def _u32(d: bytes, i: int) -> int:
    if i + 4 > len(d):
        raise _Short
    return int(_U32.unpack_from(d, i)[0])


def _jnp(d: bytes, i: int, n: int, w: list[str]) -> None:
    """Up to ``n`` bytes as text, ending at a NUL; Short when the capture ends first."""
    out: list[str] = []
    for k in range(n):
        if i + k >= len(d):
            w.append("".join(out))
            raise _Short
        c = d[i + k]
        if c == 0:
            break
        s = ""
        if c & 0x80:
            c &= 0x7F
            s = "M-"
        out.append(s + ("^" + chr(c ^ 0x40) if c < 0x20 or c == 0x7F else chr(c)))
    w.append("".join(out))


def _format(d: bytes, verbose: int, w: list[str]) -> None:
    if verbose:
        w.append(f" Length={_u16(d, 0)}")
        kind = _u16(d, 2)
        w.append(" CTRL-MSG" if kind == 1 else " MGMT-MSG" if kind == 2 else " UNKNOWN-MSG-TYPE")
    mc = _u32(d, 4)
    if mc != MAGIC:
        w.append(f" UNEXPECTED Magic-Cookie!!({mc:08x})")
    if verbose or mc != MAGIC:
        w.append(f" Magic-Cookie={mc:08x}")
    t = _u16(d, 8)
    w.append(f" CTRL_MSGTYPE={TYPE_NAMES[t]}" if t < len(TYPE_NAMES)
             else f" UNKNOWN_CTRL_MSGTYPE({t})")
    r = _u16(d, 10)
    if r:
        w.append(f" [ERROR: reserved={r} must be zero]")
    for kind_, off, label, extra in MESSAGES.get(t, ()):
        _field(d, 12 + off, kind_, label, extra, t, verbose, w)


# numbers printed under the message table's label: how to read them, how to write them
_NUMBERS: dict[str, tuple[Callable[[bytes, int], int], str]] = {
    "u16": (_u16, "{}"), "u32": (_u32, "{}"), "hex32": (_u32, "0x{:08x}"),
}
# capability fields: their name, then their letters in tcpdump's order
_CAPS = {"fcap": ("FRAME_CAP", ((1, "A"), (2, "S"))), "bcap": ("BEARER_CAP", ((2, "D"), (1, "A")))}
# 32-bit types, always named
_TYPES = {"btype": ("BEARER_TYPE", BEARER_TYPES), "ftype": ("FRAME_TYPE", FRAMING_TYPES)}
# 8-bit codes, named with -v
_CODES = {"err": ("ERR_CODE", ERRORS), "reason": ("REASON", STOP_REASONS)}


def _field(d: bytes, p: int, kind: str, label: str, extra: int, t: int, verbose: int,
           w: list[str]) -> None:
    if kind in _NUMBERS:
        get, fmt = _NUMBERS[kind]
        w.append(f" {label}({fmt.format(get(d, p))})")
    elif kind == "ver":
        v = _u16(d, p)
        w.append(f" PROTO_VER({v >> 8}.{v & 0xFF})")
    elif kind in ("res1", "res2"):
        v = _u8(d, p) if kind == "res1" else _u16(d, p)
        if v:
            w.append(f" [ERROR: reserved={v} must be zero]")
    elif kind in _CAPS:
        name, bits = _CAPS[kind]
        v = _u32(d, p)
        w.append(f" {name}({''.join(letter for bit, letter in bits if v & bit)})")
    elif kind in _TYPES:
        name, names = _TYPES[kind]
        w.append(f" {name}({names.get(_u32(d, p), '?')})")
    elif kind == "result":
        v = _u8(d, p)
        meaning = f":{RESULTS.get(t, {}).get(v, '?')}" if verbose and t in RESULTS else ""
        w.append(f" RESULT_CODE({v}{meaning})")
    elif kind in _CODES:
        name, names = _CODES[kind]
        v = _u8(d, p)
        w.append(f" {name}({v}" + (f":{names.get(v, '?')}" if verbose else "") + ")")
    elif kind == "str":
        w.append(f" {label}(")
        _jnp(d, p, extra, w)
        w.append(")")
    elif kind == "strlen":
        n = min(64, _u16(d, 12 + extra))
        w.append(f" {label}(")
        _jnp(d, p, n, w)
        w.append(")")
