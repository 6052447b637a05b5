"""SIP (RFC 3261) over UDP port 5060, as tcpdump 4.99.3 prints it.

tcpdump treats SIP as one of its text protocols: ``SIP: INVITE sip:bob@x SIP/2.0``
(the first line, when the message starts with a SIP method or its second token
is a three-digit status code; just ``SIP`` otherwise), and with ``-v``
``SIP, length: N`` followed by every line of the message on a line of its own.
tcpdump 4.99.3 prints SIP over UDP only (its TCP printer has no SIP entry).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._base import TRUNCATED, Context, Layer
from .tcp import _txtproto

__all__ = ["SipRecord", "decode_sip", "format_sip", "SIP_COMMANDS"]

#: the methods tcpdump knows (print-sip.c's list)
SIP_COMMANDS = frozenset(s.encode() for s in (
    "ACK BYE CANCEL DO INFO INVITE MESSAGE NOTIFY OPTIONS PRACK QAUTH REFER REGISTER "
    "SPRACK SUBSCRIBE UPDATE PUBLISH").split())

_MAX_LINE = 256       # the first line kept in the record (JSON)


@dataclass(slots=True)
class SipRecord(Layer):
    proto = "sip"

    length: int = 0               # the message's length on the wire
    method: str = ""              # the request method, "" for a response or unknown text
    status: int = -1              # a response's status code (-1: none)
    first_line: str = ""          # the request or status line (latin-1, at most 256 chars)
    data: bytes = field(default=b"", repr=False)


def decode_sip(data: bytes, length: int, ctx: Context) -> SipRecord:
    rec = SipRecord(length=length, data=bytes(data[:max(length, 0)]))
    d = rec.data
    end = d.find(b"\n")
    line = d if end < 0 else d[:end]
    line = line.rstrip(b"\r")
    rec.first_line = line[:_MAX_LINE].decode("latin-1")
    words = line.split(b" ", 2)
    if words and words[0].upper() in SIP_COMMANDS:
        rec.method = words[0].decode("latin-1")
    if len(words) > 1 and words[0].startswith(b"SIP/") and len(words[1]) == 3 \
            and words[1].isdigit():
        rec.status = int(words[1])
    if len(d) < length:
        rec.stop = TRUNCATED
    return rec


def format_sip(rec: SipRecord, ctx: Context) -> str:
    try:
        return _txtproto(rec.data, rec.length, "sip", SIP_COMMANDS, ctx.opts.verbose)
    except Exception:      # never raise on packet bytes
        return " [|sip]"
