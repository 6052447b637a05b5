"""OpenFlow 1.0 and 1.3 (message headers of every version): TCP ports 6653 and 6633.

tcpdump 4.99.3 treats a TCP segment as a run of OpenFlow messages that starts
on a message boundary.  After the TCP part it writes ``": OpenFlow"``, then
for each message a line ``"\\n\\tversion V, type T, length L, xid 0x..."``;
with ``-v`` the message body follows on lines of its own (``"\\n\\t ..."``).
What it checks, as observed:

* each message type has a body length it requires, exactly or as a minimum;
  a body of another length is ``" (invalid)"`` and printing goes on with the
  next message (bodies of such messages are not printed);
* a header length below 8 is ``" (too short!)"`` then ``" (invalid)"``, and
  the rest of the segment is not read;
* a header cut by the end of the TCP payload ends with
  ``" (end of TCP payload)"``;
* whatever the capture lacks ends the text with ``" [|openflow]"``.

:func:`decode_openflow` splits the segment into :class:`OfMessage` records
(header fields and the captured body bytes); :func:`format_openflow` renders
them for the verbosity in ``ctx.opts`` (the bodies are rendered from their
bytes when printed, by :mod:`purepcap.printer._of10` and
:mod:`purepcap.printer._of13`; with ``-vvv`` the Ethernet frame a 1.0
packet-in or packet-out carries is printed by a walk over it).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from ._base import MALFORMED, TRUNCATED, Context, Layer
from ._rtr import filled, never_raising

__all__ = ["OfMessage", "OpenFlow", "decode_openflow", "format_openflow"]

TRUNC = " [|openflow]"
INVALID = " (invalid)"

_HDR = struct.Struct(">BBHI")

VERSIONS = {1: "1.0", 2: "1.1", 3: "1.2", 4: "1.3", 5: "1.4", 6: "1.5"}

_FIX, _MIN, _ANY = 1, 2, 0

# type -> (name, rule, body length); the rule says how the body length must compare
OF10_TYPES: dict[int, tuple[str, int, int]] = {
    0: ("HELLO", _MIN, 0), 1: ("ERROR", _MIN, 4), 2: ("ECHO_REQUEST", _MIN, 0),
    3: ("ECHO_REPLY", _MIN, 0), 4: ("VENDOR", _MIN, 4), 5: ("FEATURES_REQUEST", _FIX, 0),
    6: ("FEATURES_REPLY", _MIN, 24), 7: ("GET_CONFIG_REQUEST", _FIX, 0),
    8: ("GET_CONFIG_REPLY", _FIX, 4), 9: ("SET_CONFIG", _FIX, 4),
    10: ("PACKET_IN", _MIN, 10), 11: ("FLOW_REMOVED", _FIX, 80),
    12: ("PORT_STATUS", _FIX, 56), 13: ("PACKET_OUT", _MIN, 8),
    14: ("FLOW_MOD", _MIN, 64), 15: ("PORT_MOD", _FIX, 24),
    16: ("STATS_REQUEST", _MIN, 4), 17: ("STATS_REPLY", _MIN, 4),
    18: ("BARRIER_REQUEST", _FIX, 0), 19: ("BARRIER_REPLY", _FIX, 0),
    20: ("QUEUE_GET_CONFIG_REQUEST", _FIX, 4), 21: ("QUEUE_GET_CONFIG_REPLY", _MIN, 8),
}

OF13_TYPES: dict[int, tuple[str, int, int]] = {
    0: ("HELLO", _MIN, 0), 1: ("ERROR", _MIN, 4), 2: ("ECHO_REQUEST", _MIN, 0),
    3: ("ECHO_REPLY", _MIN, 0), 4: ("EXPERIMENTER", _MIN, 8),
    5: ("FEATURES_REQUEST", _FIX, 0), 6: ("FEATURES_REPLY", _FIX, 24),
    7: ("GET_CONFIG_REQUEST", _FIX, 0), 8: ("GET_CONFIG_REPLY", _FIX, 4),
    9: ("SET_CONFIG", _FIX, 4), 10: ("PACKET_IN", _ANY, 0), 11: ("FLOW_REMOVED", _ANY, 0),
    12: ("PORT_STATUS", _FIX, 72), 13: ("PACKET_OUT", _ANY, 0), 14: ("FLOW_MOD", _ANY, 0),
    15: ("GROUP_MOD", _ANY, 0), 16: ("PORT_MOD", _FIX, 32), 17: ("TABLE_MOD", _FIX, 8),
    18: ("MULTIPART_REQUEST", _ANY, 0), 19: ("MULTIPART_REPLY", _ANY, 0),
    20: ("BARRIER_REQUEST", _FIX, 0), 21: ("BARRIER_REPLY", _FIX, 0),
    22: ("QUEUE_GET_CONFIG_REQUEST", _FIX, 8), 23: ("QUEUE_GET_CONFIG_REPLY", _ANY, 0),
    24: ("ROLE_REQUEST", _FIX, 16), 25: ("ROLE_REPLY", _FIX, 16),
    26: ("GET_ASYNC_REQUEST", _FIX, 0), 27: ("GET_ASYNC_REPLY", _FIX, 24),
    28: ("SET_ASYNC", _FIX, 24), 29: ("METER_MOD", _ANY, 0),
}

_TYPES = {1: OF10_TYPES, 4: OF13_TYPES}


@dataclass(slots=True)
class OfMessage:
    """One message: header fields (``-1`` where the segment ended first) and body."""

    version: int = -1
    type: int = -1
    length: int = -1
    xid: int = -1
    body: bytes = b""          # the captured part of the body
    body_len: int = 0          # the body's length by the header (length - 8)
    valid: bool = True         # the body length is what the type requires
    past: bool = False         # the body runs past the end of the TCP payload
    end: str = ""              # "partial" (header cut by the TCP payload), "short",
                               # "trunc" (the capture ended first)


@dataclass(slots=True)
class OpenFlow(Layer, proto="openflow"):
    length: int = 0
    messages: list[OfMessage] = field(default_factory=list)


def decode_openflow(data: bytes, length: int, ctx: Context) -> OpenFlow:
    return filled(OpenFlow(length=length), _decode, data, length, MALFORMED)


def _decode(rec: OpenFlow, data: bytes, length: int) -> None:
    cap = len(data)
    off = 0
    left = length
    msgs = rec.messages
    while left > 0:
        m = OfMessage()
        msgs.append(m)
        if off >= cap:
            m.end = "trunc"
            rec.stop = TRUNCATED
            return
        m.version = data[off]
        # the header's fields one by one: the TCP payload or the capture may end first
        for need, field_name in ((2, "type"), (4, "length"), (8, "xid")):
            if left < need:
                m.end = "partial"
                if off + left > cap:
                    m.end = "partial_trunc"
                    rec.stop = TRUNCATED
                return
            if off + need > cap:
                m.end = "trunc"
                rec.stop = TRUNCATED
                return
            if field_name == "type":
                m.type = data[off + 1]
            elif field_name == "length":
                m.length = (data[off + 2] << 8) | data[off + 3]
        m.version, m.type, m.length, m.xid = _HDR.unpack_from(data, off)
        off += 8
        left -= 8
        if m.length < 8:
            m.end = "short" if off + left <= cap else "short_trunc"
            rec.stop = MALFORMED
            return
        blen = m.body_len = m.length - 8
        info = _TYPES.get(m.version, {}).get(m.type)
        if info is not None:
            rule, want = info[1], info[2]
            if (rule == _FIX and blen != want) or (rule == _MIN and blen < want):
                m.valid = False
        m.body = data[off:off + blen]
        m.past = blen > left
        if len(m.body) < blen:
            m.end = "trunc"
            rec.stop = TRUNCATED
            return
        if blen > left:
            return
        off += blen
        left -= blen


def _header(m: OfMessage) -> str:
    v = VERSIONS.get(m.version, f"unknown (0x{m.version:02x})")
    out = f"\n\tversion {v}"
    if m.type < 0:
        return out
    info = _TYPES.get(m.version, {}).get(m.type)
    out += f", type {info[0]}" if info else f", type unknown (0x{m.type:02x})"
    if m.length < 0:
        return out
    out += f", length {m.length}" + (" (too short!)" if m.length < 8 else "")
    if m.xid < 0:
        return out
    return out + f", xid 0x{m.xid:08x}"


def _format(rec: OpenFlow, ctx: Context) -> str:
    parts = [": OpenFlow"]
    verbose = ctx.opts.verbose
    for m in rec.messages:
        if m.version < 0:
            parts.append(TRUNC)
            break
        parts.append(_header(m))
        if m.end.startswith("partial"):
            parts.append(" (end of TCP payload)")
            if m.end == "partial_trunc":
                parts.append(TRUNC)
            break
        if m.end.startswith("short"):
            parts.append(INVALID)
            if m.end == "short_trunc":
                parts.append(TRUNC)
            break
        if m.xid < 0:
            parts.append(TRUNC)
            break
        if not m.valid:
            parts.append(INVALID)
            if m.end == "trunc":
                parts.append(TRUNC)
                break
            continue
        if verbose:
            body = _body(m, ctx)
            if body is not None:
                parts.append(body)
                if body.endswith(TRUNC):
                    break
                if m.end == "trunc" and not m.past:
                    parts.append(TRUNC)
                    break
                continue
        if m.end == "trunc":
            parts.append(TRUNC)
            break
    return "".join(parts)


format_openflow = never_raising(_format, ": OpenFlow" + TRUNC)


def _body(m: OfMessage, ctx: Context) -> str | None:
    """The body's text with ``-v``; None when tcpdump prints no body for the type."""
    if m.version == 1:
        from . import _of10
        return _of10.body(m.type, m.body, m.body_len, ctx.opts.verbose, ctx.opts)
    if m.version == 4:
        from . import _of13
        return _of13.body(m.type, m.body, m.body_len, ctx.opts.verbose)
    return None
