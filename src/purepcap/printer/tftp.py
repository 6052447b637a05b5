"""TFTP (RFC 1350, options RFC 2347): UDP port 69.

``TFTP, length N, RRQ "file" octet blksize 512``: the opcode's name, then a
read or write request's file name (quoted), mode and options, an option
acknowledgement's options, a DATA or ACK packet's block number, or an
ERROR's code name and quoted message.  tcpdump prints the same at every
verbosity.  Strings are NUL-terminated and printed with tcpdump's escapes;
one that the packet or the capture ends inside is printed as far as it goes
and followed by `` [|tftp]``.  An unknown opcode prints ``tftp-#N`` and
nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._base import TRUNCATED, Context, Layer
from ._rtr import printable

__all__ = ["TftpRecord", "decode_tftp", "format_tftp"]

TRUNC = " [|tftp]"
RRQ, WRQ, DATA, ACK, ERROR, OACK = 1, 2, 3, 4, 5, 6
OPCODES = {RRQ: "RRQ", WRQ: "WRQ", DATA: "DATA", ACK: "ACK", ERROR: "ERROR", OACK: "OACK"}
ERRORS = ("EUNDEF", "ENOTFOUND", "EACCESS", "ENOSPACE", "EBADOP", "EBADID", "EEXISTS",
          "ENOUSER")


@dataclass(slots=True)
class TftpRecord(Layer, proto="tftp"):
    """A TFTP packet.  ``strings`` holds, in wire order, the NUL-terminated strings
    read (without their NUL): a request's file name, mode and options, an OACK's
    options, an ERROR's message.  With ``stop`` set and ``partial`` true the last
    of them is the part read before the packet or the capture ended."""

    length: int = 0             # the UDP payload's length
    opcode: int = -1
    block: int = -1             # DATA, ACK
    error_code: int = -1        # ERROR
    strings: list[bytes] = field(default_factory=list)
    partial: bool = False


def decode_tftp(data: bytes, length: int, ctx: Context) -> TftpRecord:
    rec = TftpRecord(length=length)
    try:
        _fill(rec, bytes(data[:max(length, 0)]), length)
    except Exception:           # never raises on packet bytes
        rec.stop = TRUNCATED
    return rec


def _fill(rec: TftpRecord, d: bytes, length: int) -> None:
    if length < 2 or len(d) < 2:
        rec.stop = TRUNCATED
        return
    rec.opcode = op = d[0] << 8 | d[1]
    if op not in OPCODES:
        return
    pos, left = 2, length - 2

    def string() -> bool:
        """Reads one string at ``pos``; False where it is cut (the record marked)."""
        nonlocal pos, left
        end = d.find(b"\0", pos, pos + left)
        if end < 0:
            rec.strings.append(d[pos:pos + left])
            rec.partial = True
            rec.stop = TRUNCATED
            return False
        rec.strings.append(d[pos:end])
        left -= end + 1 - pos
        pos = end + 1
        return True

    if op in (RRQ, WRQ):
        # file name, mode, options
        for _ in range(2):
            if left == 0 or not string():
                rec.stop = TRUNCATED
                return
        while left and string():
            pass
    elif op == OACK:
        while left and string():
            pass
    elif op in (DATA, ACK):
        if left < 2 or len(d) < pos + 2:
            rec.stop = TRUNCATED
            return
        rec.block = d[pos] << 8 | d[pos + 1]
    else:
        if left < 2 or len(d) < pos + 2:
            rec.stop = TRUNCATED
            return
        rec.error_code = d[pos] << 8 | d[pos + 1]
        pos, left = pos + 2, left - 2
        if left == 0 or not string():
            rec.stop = TRUNCATED


def format_tftp(rec: TftpRecord, ctx: Context) -> str:
    out = [f"TFTP, length {rec.length}"]
    op = rec.opcode
    if op < 0:
        return out[0] + TRUNC
    name = OPCODES.get(op)
    if name is None:
        return f"{out[0]}, tftp-#{op}"
    out.append(f", {name}")
    strings = rec.strings
    if op in (RRQ, WRQ, OACK):
        for i, s in enumerate(strings):
            if op != OACK and i == 0:
                out.append(f' "{printable(s)}"')
            elif op != OACK and i == 1:
                out.append(" " + printable(s))
            elif s:
                out.append(" " + printable(s))
    elif op in (DATA, ACK):
        if rec.block >= 0:
            out.append(f" block {rec.block}")
    elif rec.error_code >= 0:
        code = rec.error_code
        out.append(" " + (ERRORS[code] if code < len(ERRORS) else f'tftp-err-#{code} "'))
        if strings:
            out.append(f' "{printable(strings[0])}"')
    if rec.stop is not None:
        out.append(TRUNC)
    return "".join(out)
