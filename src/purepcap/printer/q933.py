"""ITU-T Q.933 (Frame Relay signalling, LMI), as carried by OSI NLPID 0x08.

``Q.933, CCITT, codeset 0, Status Enquiry, length 13``: the call reference,
the message type and the information elements; the link-verify and PVC
status elements are named without ``-v`` too, and with ``-v`` every element
has a line of its own (unknown ones as hex).  :func:`q933_text` is the text
from ``Q.933`` on, for the OSI printer (:mod:`.isis`) to call.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._base import TRUNCATED, Context, Layer, Options
from ._dump import hex_dump
from ._rtr import written

__all__ = ["Q933Record", "decode_q933", "format_q933", "q933_text"]

MSG_TYPES = {0x00: "ESC to National", 0x01: "Alert", 0x02: "Call proceeding", 0x07: "Connect",
             0x0F: "Connect ACK", 0x03: "Progress", 0x05: "Setup", 0x45: "Disconnect",
             0x4D: "Release", 0x5A: "Release Complete", 0x46: "Restart", 0x4E: "Restart ACK",
             0x7D: "Status Reply", 0x75: "Status Enquiry"}
_IES_0_5 = {0x01: "ANSI Report Type", 0x19: "ANSI Link Verify", 0x03: "ANSI Link Verify",
            0x07: "ANSI PVC Status", 0x51: "CCITT Report Type", 0x53: "CCITT Link Verify",
            0x57: "CCITT PVC Status"}
_REPORT_TYPES = {0: "Full Status", 1: "Link verify", 2: "Async PVC Status"}
TRUNC = " [|q.933]"


@dataclass(slots=True)
class Q933Record(Layer, proto="q933"):
    length: int = 0
    data: bytes = b""


def decode_q933(data: bytes, length: int, ctx: Context) -> Q933Record:
    return Q933Record(length=length, data=bytes(data[:max(length, 0)]))


def format_q933(rec: Q933Record, ctx: Context) -> str:
    return q933_text(rec.data, rec.length, ctx.opts)


class _Short(Exception):
    pass


def q933_text(data: bytes, length: int, opts: Options) -> str:
    """tcpdump's text of a Q.933 message (``data`` from the call reference length on)."""
    out: list[str] = []
    return written(out, lambda: _q933(bytes(data), length, opts, out), TRUNC)


def _cut(out: list[str], v: int, olen: int) -> None:
    """The end of a message the capture (or its length) cuts inside the elements."""
    if not v:
        out.append(f", length {olen}")
    out.append(TRUNC)


def _q933(d: bytes, length: int, o: Options, out: list[str]) -> None:
    e, v = o.link_header, o.verbose
    n = len(d)
    sep = "" if e else ", "
    out.append("" if e else "Q.933")
    if length <= 0 or n < 1:
        out.append(f"{sep}length {length}{TRUNC}")
        return
    olen = length
    p = 0
    crl = d[p] & 0x0F
    p += 1
    length -= 1
    call_ref = []
    for _ in range(crl):
        if length == 0 or p >= n:
            out.append(f"{sep}length {olen}{TRUNC}")
            return
        call_ref.append(d[p])
        p += 1
        length -= 1
    if length == 0 or p >= n:
        out.append(f"{sep}length {olen}{TRUNC}")
        return
    msg = d[p]
    p += 1
    length -= 1
    codeset = 0
    ansi = False
    nls = 0
    unshift = codeset
    if length:
        if p >= n:
            out.append(f"{sep}length {olen}{TRUNC}")
            return
        ie = d[p]
        if ie & 0xF0 == 0x90:
            p += 1
            length -= 1
            codeset = ie & 7
            if not ie & 8:
                ansi = codeset == 5
            else:
                nls = 1
                unshift = 0
    out.append(f"{sep}{'ANSI' if ansi else 'CCITT'}, codeset {codeset}")
    if crl:
        if crl == 1:
            if p >= n:            # (tcpdump looks at the byte after the message type)
                raise _Short
        if crl > 1 or d[p] != 0:
            out.append(", Call Ref: 0x" + "".join(f"{b:02x}" for b in call_ref))
    if v:
        out.append(f", {MSG_TYPES.get(msg, 'unknown message')} (0x{msg:02x}), length {olen}")
    else:
        out.append(f", {MSG_TYPES.get(msg, f'unknown message 0x{msg:02x}')}")
    while length:
        if nls == 1:
            nls = 2
        elif nls == 2:
            codeset = unshift
            nls = 0
        if p >= n:
            _cut(out, v, olen)
            return
        ie = d[p]
        p += 1
        length -= 1
        if ie & 0x80:
            if ie & 0xF0 == 0x90:
                if not ie & 8:
                    nls = 0
                else:
                    nls = 1
                    unshift = codeset
                codeset = ie & 7
            continue
        if length == 0 or p >= n:
            _cut(out, v, olen)
            return
        iel = d[p]
        p += 1
        length -= 1
        known_cs = codeset in (0, 5)
        if v:
            name = _IES_0_5.get(ie, "unknown") if known_cs else "unknown"
            out.append(f"\n\t{name} IE (0x{ie:02x}), length {iel}: ")
        if ie == 0 or iel == 0:
            return
        if length < iel or p + iel > n:
            _cut(out, v, olen)
            return
        known = known_cs and _ie(ie, iel, d[p:p + iel], v, out)
        if known:
            if v > 1:
                out.append(hex_dump(d[p:p + iel], "\n\t  "))
        elif v:
            out.append(hex_dump(d[p:p + iel], "\n\t"))
        length -= iel
        p += iel
    if not v:
        out.append(f", length {olen}")


def _ie(ie: int, iel: int, b: bytes, v: int, out: list[str]) -> bool:
    """A codeset 0/5 element's text; whether the element is one tcpdump knows."""
    if ie in (0x01, 0x51):
        if v:
            out.append(f"{_REPORT_TYPES.get(b[0], 'unknown')} ({b[0]})")
        return True
    if ie in (0x03, 0x53, 0x19):
        if not v:
            out.append(", ")
        if iel < 2:
            out.append("Invalid LINK VERIFY IE")
            return True
        out.append(f"TX Seq: {b[0]:3d}, RX Seq: {b[1]:3d}")
        return True
    if ie in (0x07, 0x57):
        if not v:
            out.append(", ")
        last = b[iel - 1]
        if (iel < 3 or b[0] & 0x80 or (iel == 3 and not b[1] & 0x80)
                or (iel == 4 and (b[1] & 0x80 or not b[2] & 0x80))
                or (iel == 5 and (b[1] & 0x80 or b[2] & 0x80 or not b[3] & 0x80))
                or iel > 5 or not last & 0x80):
            out.append("Invalid DLCI in PVC STATUS IE")
            return True
        dlci = ((b[0] & 0x3F) << 4) | ((b[1] & 0x78) >> 3)
        if iel == 4:
            dlci = (dlci << 6) | ((b[2] & 0x7E) >> 1)
        elif iel == 5:
            dlci = (dlci << 13) | (b[2] & 0x7F) | ((b[3] & 0x7E) >> 1)
        out.append(f"DLCI {dlci}: status {'New, ' if last & 8 else ''}"
                   f"{'Active' if last & 2 else 'Inactive'}")
        return True
    return False


_ = TRUNCATED
