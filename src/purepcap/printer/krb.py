"""Kerberos over UDP: ports 88 and 750 (tcpdump's udp_print routes both here).

tcpdump names the protocol version only: `` v5`` for an ASN.1 message (first
octet 106 or 107), `` v1`` .. `` v3`` for the old versions, nothing for other
octets.  Version 4 messages get a little more: the byte order (`` le`` /
`` be``, the low bit of the type octet), the message type and, for the
request, reply and error messages, the principal ``name.instance@realm``
(NUL-terminated strings, printed safely) and a field or two:

``" v4 be KDC_REQUEST: user.@REALM 600min krbtgt.REALM"``

The strings are read up to the end of the IP datagram (tcpdump's snapend),
whatever the UDP length says; a string or field the capture lacks ends the
text with `` [|krb]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._base import TRUNCATED, Context, Layer
from ._rtr import printable

__all__ = ["KrbRecord", "decode_krb", "format_krb"]

TRUNC = " [|krb]"

# version 4 message types (the type octet without its byte-order bit)
KDC_REQUEST, KDC_REPLY, APPL_REQUEST, ERR_REPLY = 2, 4, 6, 10
MSG_TYPES = {2: "KDC_REQUEST", 4: "KDC_REPLY", 6: "APPL_REQUEST", 8: "APPL_REQUEST_MUTUAL",
             10: "ERR_REPLY", 12: "PRIVATE", 14: "SAFE", 16: "APPL_ERR", 126: "DIE"}
ERRORS = ("OK", "NAME_EXP", "SERVICE_EXP", "AUTH_EXP", "PKT_VER", "NAME_MAST_KEY_VER",
          "SERV_MAST_KEY_VER", "BYTE_ORDER", "PRINCIPAL_UNKNOWN", "PRINCIPAL_NOT_UNIQUE",
          "NULL_KEY")


class _Short(Exception):
    """A string the capture cuts (tcpdump's printer returns)."""


class _Cut(_Short):
    """A fixed field the capture lacks (tcpdump's printer longjmps: its -x dump then
    starts at the link header)."""


@dataclass(slots=True)
class KrbRecord(Layer, proto="krb"):
    """A Kerberos message as tcpdump reads it: ``pvno`` (-1: nothing captured)
    and, for version 4, the byte order, type and the fields in wire order
    (``(name, value)``: strings as bytes, numbers as ints)."""

    length: int = 0
    pvno: int = -1
    little_endian: bool = False
    msg_type: int = -1
    fields: list[tuple[str, bytes | int]] = field(default_factory=list)


def decode_krb(data: bytes, length: int, ctx: Context) -> KrbRecord:
    rec = KrbRecord(length=length)
    d = bytes(data)
    if not d:
        rec.stop = TRUNCATED
        return rec
    rec.pvno = d[0]
    if rec.pvno != 4:
        return rec
    try:
        _decode_v4(rec, d)
    except _Cut:
        rec.stop = TRUNCATED
        ctx.dump_from_start = True
    except Exception:        # _Short, or anything else: never raise on packet bytes
        rec.stop = TRUNCATED
    return rec


def _u8(d: bytes, off: int) -> int:
    if off >= len(d):
        raise _Cut
    return d[off]


def _u16(d: bytes, off: int, le: bool) -> int:
    if off + 2 > len(d):
        raise _Cut
    return int.from_bytes(d[off:off + 2], "little" if le else "big")


def _string(rec: KrbRecord, d: bytes, off: int, name: str) -> int:
    """A NUL-terminated string at ``off``: the offset after it.  A string the
    capture cuts keeps what was read."""
    end = d.find(b"\0", off)
    if end < 0:
        rec.fields.append((name, d[off:]))
        raise _Short
    rec.fields.append((name, d[off:end]))
    return end + 1


def _principal(rec: KrbRecord, d: bytes, off: int) -> int:
    off = _string(rec, d, off, "name")
    off = _string(rec, d, off, "instance")
    return _string(rec, d, off, "realm")


def _decode_v4(rec: KrbRecord, d: bytes) -> None:
    t = _u8(d, 1)
    rec.little_endian = bool(t & 1)
    rec.msg_type = t & 0xFE
    le = rec.little_endian
    mt = rec.msg_type
    if mt == KDC_REQUEST:
        off = _principal(rec, d, 2) + 4
        rec.fields.append(("lifetime", _u8(d, off) * 5))
        off = _string(rec, d, off + 1, "service")
        _string(rec, d, off, "service_instance")
    elif mt == APPL_REQUEST:
        rec.fields.append(("kvno", _u8(d, 2)))
        off = _string(rec, d, 3, "realm")
        rec.fields.append(("ticket_length", _u8(d, off)))
        rec.fields.append(("authenticator_length", _u8(d, off + 1)))
    elif mt == KDC_REPLY:
        off = _principal(rec, d, 2) + 10
        rec.fields.append(("cipher_length", _u16(d, off, le)))
    elif mt == ERR_REPLY:
        off = _principal(rec, d, 2) + 4
        rec.fields.append(("error", _u16(d, off, le)))
        _string(rec, d, off + 4, "text")


def format_krb(rec: KrbRecord, ctx: Context) -> str:
    try:
        return _format(rec)
    except Exception:          # never raise from a formatter
        return TRUNC


def _format(rec: KrbRecord) -> str:
    if rec.pvno < 0:
        return TRUNC
    pv = rec.pvno
    if pv in (1, 2, 3):
        return f" v{pv}"
    if pv in (106, 107):
        return " v5"
    if pv != 4:
        return ""
    out = [" v4"]
    if rec.msg_type < 0:
        return out[0] + TRUNC
    name = MSG_TYPES.get(rec.msg_type, f"#{rec.msg_type}")
    out.append(f" {'le' if rec.little_endian else 'be'} {name}: ")
    sep = {"instance": ".", "realm": "@"}
    mt = rec.msg_type
    if mt not in (KDC_REQUEST, APPL_REQUEST, KDC_REPLY, ERR_REPLY):
        out.append("(unknown)")
        return "".join(out)
    for key, value in rec.fields:
        if isinstance(value, bytes):
            if key == "service_instance" or (key in sep and mt != APPL_REQUEST):
                out.append(sep.get(key, "."))
            out.append(printable(value))
        elif key == "lifetime":
            out.append(f" {value}min ")
        elif key == "kvno":
            out.append(f"v{value} ")
        elif key == "error":
            out.append(f" {ERRORS[value] if value < len(ERRORS) else f'#{value}'} ")
        else:           # ticket, authenticator and cipher lengths
            out.append(f" ({value})")
    if rec.stop == TRUNCATED:
        out.append(TRUNC)
    return "".join(out)
