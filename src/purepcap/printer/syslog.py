"""Syslog over UDP (RFC 3164, RFC 5424): UDP port 514.

``SYSLOG facility.severity, length: N`` from the ``<PRI>`` prefix; with ``-v``
the facility and severity on a line of their own and the whole message
text, control characters escaped (``-vv`` adds a hex dump).  A message that
does not start with ``<digits>`` prints `` (invalid)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._base import MALFORMED, TRUNCATED, Context, Layer
from ._dump import hex_dump
from ._rtr import printable

__all__ = ["SyslogRecord", "decode_syslog", "format_syslog"]

_SEVERITIES = ("emergency", "alert", "critical", "error", "warning", "notice", "info", "debug")
_FACILITIES = ("kernel user mail daemon auth syslog lpr news uucp cron authpriv ftp ntp security "
               "console cron local0 local1 local2 local3 local4 local5 local6 local7").split()
_MAX_DIGITS = 3


@dataclass(slots=True)
class SyslogRecord(Layer):
    proto = "syslog"

    length: int = 0
    priority: int = -1
    msg_offset: int = 0          # where the text after "<PRI>" starts
    data: bytes = field(default=b"", repr=False)


def decode_syslog(data: bytes, length: int, ctx: Context) -> SyslogRecord:
    rec = SyslogRecord(length=length, data=bytes(data))
    d = rec.data
    if not d:
        rec.stop = TRUNCATED
        return rec
    if d[0] != ord("<"):
        rec.stop = MALFORMED
        return rec
    off, pri = 1, 0
    while off <= _MAX_DIGITS and off < len(d) and 0x30 <= d[off] <= 0x39:
        pri = pri * 10 + d[off] - 0x30
        off += 1
    if off >= len(d):
        rec.stop = TRUNCATED
        return rec
    if d[off] != ord(">"):
        rec.stop = MALFORMED
        return rec
    rec.priority, rec.msg_offset = pri, off + 1
    return rec


def format_syslog(rec: SyslogRecord, ctx: Context) -> str:
    if rec.stop == TRUNCATED:
        return " [|syslog]"
    if rec.stop == MALFORMED:
        return " (invalid)"
    fac, sev = (rec.priority & 0x3F8) >> 3, rec.priority & 7
    fname = _FACILITIES[fac] if fac < len(_FACILITIES) else f"unknown ({fac})"
    sname = _SEVERITIES[sev]
    v = ctx.opts.verbose
    if not v:
        return f"SYSLOG {fname}.{sname}, length: {rec.length}"
    out = [f"SYSLOG, length: {rec.length}\n\tFacility {fname} ({fac}), Severity {sname} ({sev})"
           "\n\tMsg: "]
    if rec.length > rec.msg_offset:
        text = rec.data[rec.msg_offset:rec.length]
        out.append(printable(text))
        if len(text) < rec.length - rec.msg_offset:
            return "".join(out) + " [|syslog]"
    if v > 1:
        out.append(hex_dump(rec.data[:rec.length], "\n\t"))
    return "".join(out)
