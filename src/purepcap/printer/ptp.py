"""PTP, the IEEE 1588 Precision Time Protocol: ethertype 0x88f7, UDP ports 319/320.

tcpdump 4.99.3 prints version 2 messages on one line: the 34-byte common
header (``"PTPv2, v1 compat : no, msg type : sync msg, length : 44, ..."``)
then the body of the message type (timestamps, requesting port identity,
announce fields).  Version 1 prints ``"PTPv1 (not implemented)"``; any other
value of the version octet (which includes the minor-version nibble) prints
``"PTPv<N>"`` alone.  A unit shorter than the header is ``" (invalid)"``; a
capture that ends inside a field prints what came before and ``" [|ptp]"``.

tcpdump's management-message fields (boundary hops, action flags, reserved)
are all read from the first octet after the header, not from their own
offsets; the text reproduces that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._base import MALFORMED, TRUNCATED, Context, Layer, stopped

__all__ = ["PtpRecord", "decode_ptp", "format_ptp"]

_MSG_TYPES = {0x0: "sync msg", 0x1: "delay req msg", 0x2: "peer delay req msg",
              0x3: "peer delay resp msg", 0x8: "follow up msg", 0x9: "delay resp msg",
              0xA: "pdelay resp fup msg", 0xB: "announce msg", 0xC: "signalling msg",
              0xD: "management msg"}
_CONTROLS = {0: "Sync", 1: "Delay_Req", 2: "Follow_Up", 3: "Delay_Resp", 4: "Management",
             5: "Other"}
# single-bit flag names (the 0x18c0 "unknown" group never matches a single bit)
_FLAGS = ((0x1, "l1 61"), (0x2, "l1 59"), (0x4, "utc reasonable"), (0x8, "timescale"),
          (0x10, "time tracable"), (0x20, "frequency tracable"), (0x100, "alternate master"),
          (0x200, "two step"), (0x400, "unicast"), (0x1000, "profile specific 1"),
          (0x2000, "profile specific 2"), (0x4000, "security mask"))

_ORIGIN = "originTimeStamp"
_PRECISE = "preciseOriginTimeStamp"
_RECV = "receiveTimeStamp"

# the common header: tcpdump's reads (offset, width, then shift and mask) and texts
_HEADER: tuple[tuple[str, int, int, int, int, str], ...] = (
    # name, offset, width, shift, mask, template
    ("msg_length", 2, 2, 0, 0xFFFF, ", length : {}"),
    ("domain", 4, 2, 8, 0xFF, ", domain : {}"),
    ("reserved1", 4, 2, 0, 0xFF, ", reserved1 : {}"),
    ("flags", 6, 2, 0, 0xFFFF, ""),
    ("ns_correction", 8, 6, 0, (1 << 48) - 1, ", NS correction : {}"),
    ("sub_ns_correction", 14, 2, 0, 0xFFFF, ", sub NS correction : {}"),
    ("reserved2", 16, 4, 0, 0xFFFFFFFF, ", reserved2 : {}"),
    ("clock_identity", 20, 8, 0, (1 << 64) - 1, ", clock identity : 0x{:x}"),
    ("port_id", 28, 2, 0, 0xFFFF, ", port id : {}"),
    ("seq_id", 30, 2, 0, 0xFFFF, ", seq id : {}"),
    ("control", 32, 1, 0, 0xFF, ""),
    ("log_msg_interval", 32, 2, 0, 0xFF, ", log message interval : {}"),
)

# body layouts: (name, offset from 34, width, template)
_TS = (("seconds", 0, 6, " {} seconds,"), ("nanoseconds", 6, 4, " {} nanoseconds"))
_TS_ID = _TS + (("port_identity", 10, 8, ", port identity : 0x{:x}"),
                ("req_port_id", 18, 2, ", port id : {}"))
_ANNOUNCE = (("seconds", 0, 6, " {} seconds"), ("nanoseconds", 6, 4, " {} nanoseconds"),
             ("origin_cur_utc", 10, 2, ", origin cur utc :{}"), ("rsvd", 12, 1, ", rsvd : {}"),
             ("gm_priority1", 13, 1, ", gm priority_1 : {}"),
             ("gm_clock_class", 14, 1, ", gm clock class : {}"),
             ("gm_clock_accuracy", 15, 1, ", gm clock accuracy : {}"),
             ("gm_clock_variance", 16, 2, ", gm clock variance : {}"),
             ("gm_priority2", 18, 1, ", gm priority_2 : {}"),
             ("gm_clock_id", 19, 8, ", gm clock id : 0x{:x}"),
             ("steps_removed", 27, 2, ", steps removed : {}"),
             ("time_source", 29, 1, ", time source : 0x{:x}"))
_PORT = (("port_identity", 0, 8, ", port identity : 0x{:x}"),
         ("req_port_id", 8, 2, ", port id : {}"))
_MGMT = _PORT + (("start_boundary_hops", 0, 1, ", , start boundary hops  {}"),
                 ("boundary_hops", 0, 1, ", , boundary hops  {}"),
                 ("action_flags", 0, 1, ", , flags  0x{:x}"),
                 ("mgmt_reserved", 0, 1, ", , reserved  0x{:x}"))

# message type -> (label printed before the body, or "", body layout)
_BODIES: dict[int, tuple[str, tuple[tuple[str, int, int, str], ...]]] = {
    0x0: (_ORIGIN, _TS), 0x1: (_ORIGIN, _TS), 0x2: (_PRECISE, _TS_ID), 0x3: (_RECV, _TS_ID),
    0x8: (_PRECISE, _TS), 0x9: (_RECV, _TS_ID), 0xA: (_PRECISE, _TS_ID),
    0xB: (_ORIGIN, _ANNOUNCE), 0xC: ("", _PORT), 0xD: ("", _MGMT),
}
_HEADER_LEN = 34


@dataclass(slots=True)
class PtpRecord(Layer, proto="ptp"):
    length: int = 0
    version: int | None = None        # the version octet (major and minor nibbles)
    v1_compat: bool = False
    msg_type: int | None = None
    # header and body fields in the order tcpdump prints them
    fields: list[tuple[str, int]] = field(default_factory=list)


def _get(data: bytes, off: int, width: int) -> int | None:
    if off < 0 or off + width > len(data):
        return None
    return int.from_bytes(data[off:off + width], "big")


def decode_ptp(data: bytes, length: int, ctx: Context) -> PtpRecord:
    rec = PtpRecord(length=length)
    if length < _HEADER_LEN:
        return stopped(rec, MALFORMED)
    head = _get(data, 0, 2)
    if head is None:
        return stopped(rec)
    rec.version = head & 0xFF
    if rec.version != 2:
        return rec
    rec.v1_compat = bool(head & 0x1000)
    rec.msg_type = (head >> 8) & 0x0F
    for name, off, width, shift, mask, _ in _HEADER:
        v = _get(data, off, width)
        if v is None:
            return stopped(rec)
        rec.fields.append((name, (v >> shift) & mask))
    body = _BODIES.get(rec.msg_type)
    if body is None:
        return rec
    for name, off, width, _ in body[1]:
        v = _get(data, _HEADER_LEN + off, width)
        if v is None:
            return stopped(rec)
        rec.fields.append((name, v))
    return rec


def _flags(v: int) -> str:
    names = [n for bit, n in _FLAGS if v & bit]
    return ", ".join(names) if names else "none"


def format_ptp(rec: PtpRecord, ctx: Context) -> str:
    if rec.version is None:
        if rec.stop == MALFORMED:
            return f" [length {rec.length} < {_HEADER_LEN}] (invalid)"
        return " [|ptp]"
    out = [f"PTPv{rec.version}"]
    if rec.version == 1:
        out.append(" (not implemented)")
        return "".join(out)
    if rec.version != 2 or rec.msg_type is None:
        return "".join(out)
    out.append(f", v1 compat : {'yes' if rec.v1_compat else 'no'}")
    out.append(f", msg type : {_MSG_TYPES.get(rec.msg_type, 'Reserved')}")
    nhead = len(_HEADER)
    body = _BODIES.get(rec.msg_type)
    for i, (name, value) in enumerate(rec.fields):
        if i >= nhead:
            if body is not None:
                out.append(body[1][i - nhead][3].format(value))
            continue
        if name == "flags":
            out.append(f", Flags [{_flags(value)}]")
        elif name == "control":
            out.append(f", control : {value} ({_CONTROLS.get(value, 'Reserved')})")
        else:
            out.append(_HEADER[i][5].format(value))
        if i == nhead - 1 and body is not None and body[0]:
            out.append(f", {body[0]} :")
    if rec.stop == TRUNCATED:
        out.append(" [|ptp]")
    return "".join(out)
