"""SOME/IP (AUTOSAR Scalable service-Oriented MiddlewarE over IP): UDP port 30490.

tcpdump 4.99.3 prints the 16-octet header on one line, the same at every
verbosity, and ends it with a newline of its own (a blank line follows the
packet)::

    SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1,
    msgtype REQUEST_NO_RETURN, retcode E_OK

A datagram shorter than the header is ``SOMEIP (invalid)``; a capture that
ends inside the header ends the text with `` [|someip]`` after the last field
whose octets are all there.  (tcpdump 4.99.3 does not print SOME/IP over TCP.)
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from ._base import MALFORMED, TRUNCATED, Context, Layer

__all__ = ["SomeIpRecord", "decode_someip", "format_someip"]

TRUNC = " [|someip]"

MESSAGE_TYPES = {
    0x00: "REQUEST", 0x01: "REQUEST_NO_RETURN", 0x02: "NOTIFICATION", 0x80: "RESPONSE",
    0x81: "ERROR", 0x20: "TP_REQUEST", 0x21: "TP_REQUEST_NO_RETURN", 0x22: "TP_NOTIFICATION",
    0xA0: "TP_RESPONSE", 0xA1: "TP_ERROR",
}
RETURN_CODES = {
    0x00: "E_OK", 0x01: "E_NOT_OK", 0x02: "E_UNKNOWN_SERVICE", 0x03: "E_UNKNOWN_METHOD",
    0x04: "E_NOT_READY", 0x05: "E_NOT_REACHABLE", 0x06: "E_TIMEOUT",
    0x07: "E_WRONG_PROTOCOL_VERSION", 0x08: "E_WRONG_INTERFACE_VERSION",
    0x09: "E_MALFORMED_MESSAGE", 0x0A: "E_WRONG_MESSAGE_TYPE", 0x0B: "E_E2E_REPEATED",
    0x0C: "E_E2E_WRONG_SEQUENCE", 0x0D: "E_E2E", 0x0E: "E_E2E_NOT_AVAILABLE",
    0x0F: "E_E2E_NO_NEW_DATA",
}

_HDR = struct.Struct("!HHIHHBBBB")


@dataclass(slots=True)
class SomeIpRecord(Layer):
    """A SOME/IP header; ``captured`` says how many of its 16 octets were there."""

    proto = "someip"

    length: int = 0               # the datagram's payload length
    captured: int = 0
    service_id: int = -1
    event: bool = False           # the method id's top bit: an event
    method_id: int = -1
    message_length: int = -1      # the header's length field
    client_id: int = -1
    session_id: int = -1
    protocol_version: int = -1
    interface_version: int = -1
    message_type: int = -1
    return_code: int = -1


def decode_someip(data: bytes, length: int, ctx: Context) -> SomeIpRecord:
    rec = SomeIpRecord(length=length, captured=min(len(data), 16))
    if length < 16:
        rec.stop = MALFORMED
        return rec
    d = bytes(data[:16]).ljust(16, b"\0")
    (rec.service_id, mid, rec.message_length, rec.client_id, rec.session_id,
     rec.protocol_version, rec.interface_version, rec.message_type,
     rec.return_code) = _HDR.unpack(d)
    rec.event, rec.method_id = bool(mid & 0x8000), mid & 0x7FFF
    if rec.captured < 16:
        rec.stop = TRUNCATED
        # tcpdump's printer gave up at once (a longjmp): its -x dump starts at byte 0
        ctx.dump_from_start = True
    return rec


def format_someip(rec: SomeIpRecord, ctx: Context) -> str:
    if rec.stop == MALFORMED:
        return "SOMEIP (invalid)"
    n = rec.captured
    # each field is printed once all its octets are known
    fields = (
        (4, f", service {rec.service_id}, {'event' if rec.event else 'method'} {rec.method_id}"),
        (8, f", len {rec.message_length}"),
        (12, f", client {rec.client_id}, session {rec.session_id}"),
        (13, f", pver {rec.protocol_version}"),
        (14, f", iver {rec.interface_version}"),
        (15, f", msgtype {MESSAGE_TYPES.get(rec.message_type, 'Unknown')}"),
        (16, f", retcode {RETURN_CODES.get(rec.return_code, 'Unknown')}\n"),
    )
    out = ["SOMEIP"]
    for need, text in fields:
        if n < need:
            out.append(TRUNC)
            break
        out.append(text)
    return "".join(out)
