"""NTP (RFC 5905; control messages, mode 6, from RFC 1305 / the mode-6 draft): UDP port 123.

tcpdump 4.99.3's text, observed: ``NTPvV, MODE, length N``; with ``-v`` a
second line ``\\tLeap indicator: TEXT (BITS)`` (BITS is the top two bits of
the first byte *in place*: 0, 64, 128, 192) and then, for the time modes
(0-5), stratum, poll and precision on that line, root delay/dispersion and
the reference ID on the next, the four timestamps and two differences on
lines indented by a tab and two/four spaces; a key ID and digest when the
length says there is one.  Control messages (mode 6) print their header
fields.  Timestamps print as ``SECONDS.NANOSECONDS`` since 1900 and, when
the seconds are not zero, the UTC date (``(2024-01-02T03:04:05Z)``),
independent of the local time zone.  A message shorter than its mode's
header prints `` (invalid)``; a field the capture cuts short ends the text
with `` [|ntp]``.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ._addr import ipaddr_string
from ._base import MALFORMED, TRUNCATED, Context, Layer, Options
from ._items import Short, need, text_of
from .dns import printable

__all__ = ["NtpRecord", "decode_ntp", "format_ntp", "ntp_time"]

TRUNC = " [|ntp]"
INVALID = " (invalid)"

MODES = ("unspecified", "symmetric active", "symmetric passive", "Client", "Server",
         "Broadcast", "Control Message", "Reserved")
LEAP = {0x00: "", 0x40: "+1s", 0x80: "-1s", 0xC0: "clock unsynchronized"}
_EPOCH_1900 = datetime.datetime(1900, 1, 1, tzinfo=datetime.timezone.utc)


@dataclass(slots=True)
class NtpRecord(Layer, proto="ntp"):
    """One NTP message.  Fields the capture does not reach are ``None``;
    timestamps are 64-bit NTP values (seconds << 32 | fraction)."""

    length: int = 0
    captured: int = 0
    status: int | None = None       # LI, VN, mode byte
    # time messages (modes 0-5)
    stratum: int | None = None
    poll: int | None = None         # signed
    precision: int | None = None    # signed
    root_delay: int | None = None   # 16.16 fixed point
    root_dispersion: int | None = None
    refid: bytes | None = None
    reference: int | None = None
    originate: int | None = None
    receive: int | None = None
    transmit: int | None = None
    key_id: int | None = None
    digest: bytes | None = None     # the captured part of the message digest
    # control messages (mode 6)
    control: int | None = None      # R, E, M, opcode byte
    sequence: int | None = None
    ctl_status: int | None = None
    assoc: int | None = None
    ctl_offset: int | None = None
    count: int | None = None

    @property
    def version(self) -> int:
        return ((self.status or 0) >> 3) & 7

    @property
    def mode(self) -> int:
        return (self.status or 0) & 7


def _int(d: bytes, start: int, size: int, signed: bool = False) -> int | None:
    if start + size > len(d):
        return None
    return int.from_bytes(d[start:start + size], "big", signed=signed)


def decode_ntp(data: bytes, length: int, ctx: Context) -> NtpRecord:
    """An NTP message: ``data`` the UDP payload, ``length`` its length."""
    d = bytes(data)
    rec = NtpRecord(length=length, captured=len(d), status=_int(d, 0, 1))
    mode = rec.mode
    if rec.status is None:
        rec.stop = TRUNCATED
    elif mode <= 5:
        rec.stratum, rec.poll, rec.precision = _int(d, 1, 1), _int(d, 2, 1, True), _int(d, 3, 1, True)
        rec.root_delay, rec.root_dispersion = _int(d, 4, 4), _int(d, 8, 4)
        rec.refid = d[12:16] if len(d) >= 16 else None
        rec.reference, rec.originate = _int(d, 16, 8), _int(d, 24, 8)
        rec.receive, rec.transmit = _int(d, 32, 8), _int(d, 40, 8)
        rec.key_id = _int(d, 48, 4)
        rec.digest = d[52:72]
        if length < 48:
            rec.stop = MALFORMED
        elif len(d) < min(length, 72):
            rec.stop = TRUNCATED
    elif mode == 6:
        rec.control, rec.sequence = _int(d, 1, 1), _int(d, 2, 2)
        rec.ctl_status, rec.assoc = _int(d, 4, 2), _int(d, 6, 2)
        rec.ctl_offset, rec.count = _int(d, 8, 2), _int(d, 10, 2)
        if length < 12 or 12 + (rec.count or 0) > length:
            rec.stop = MALFORMED
        elif len(d) < 12 + (rec.count or 0):
            rec.stop = TRUNCATED
    return rec


# --- text --------------------------------------------------------------------

def format_ntp(rec: NtpRecord, ctx: Context) -> str:
    """tcpdump's text, from ``"NTPv"`` on (multi-line with -v)."""
    return text_of(lambda out: _message(rec, ctx.opts, out), TRUNC)


def _message(rec: NtpRecord, opts: Options, out: list[str]) -> None:
    need(rec.status)
    status = rec.status or 0
    mode = status & 7
    out.append(f"NTPv{(status >> 3) & 7}, {MODES[mode]}, length {rec.length}")
    if not opts.verbose:
        return
    leap = status & 0xC0
    out.append(f"\n\tLeap indicator: {LEAP[leap]} ({leap})")
    if mode <= 5:
        _time(rec, opts, out)
    elif mode == 6:
        _control(rec, out)


def _invalid(rec: NtpRecord, out: list[str]) -> None:
    out.append(INVALID)
    if rec.captured < rec.length:
        raise Short


def _time(rec: NtpRecord, opts: Options, out: list[str]) -> None:
    if rec.length < 48:
        _invalid(rec, out)
        return
    need(rec.stratum)
    stratum = rec.stratum or 0
    kind = ("unspecified" if stratum == 0 else "primary reference" if stratum == 1
            else "secondary reference" if stratum <= 15 else "reserved")
    out.append(f", Stratum {stratum} ({kind})")
    need(rec.poll)
    poll = rec.poll or 0
    out.append(f", poll {poll}")
    if -32 < poll < 32:
        out.append(f" ({1 << poll}s)" if poll >= 0 else f" (1/{1 << -poll}s)")
    need(rec.precision)
    out.append(f", precision {rec.precision}")
    need(rec.root_delay)
    out.append("\n\tRoot Delay: " + _sfix(rec.root_delay or 0))
    need(rec.root_dispersion)
    out.append(", Root dispersion: " + _sfix(rec.root_dispersion or 0))
    need(rec.refid)
    refid = rec.refid or b""
    out.append(", Reference-ID: ")
    if stratum == 0:
        out.append("(unspec)")
    elif stratum == 1:
        out.append(printable(refid))
    elif stratum in (62, 63):
        out.append(f"{ipaddr_string(refid, opts)} {'INFO_QUERY' if stratum == 62 else 'INFO_REPLY'}")
        return
    else:
        out.append(f"0x{int.from_bytes(refid, 'big'):08x}")
    for label, value in (("\n\t  Reference Timestamp:  ", rec.reference),
                         ("\n\t  Originator Timestamp: ", rec.originate),
                         ("\n\t  Receive Timestamp:    ", rec.receive),
                         ("\n\t  Transmit Timestamp:   ", rec.transmit)):
        need(value)
        out.append(label + ntp_time(value or 0))
    org, receive, transmit = rec.originate or 0, rec.receive or 0, rec.transmit or 0
    out.append("\n\t    Originator - Receive Timestamp:  " + _delta(org, receive))
    out.append("\n\t    Originator - Transmit Timestamp: " + _delta(org, transmit))
    extra = rec.length - 48
    if extra in (4, 20, 24):
        need(rec.key_id)
        out.append(f"\n\tKey id: {rec.key_id}")
        if extra > 4:
            digest = rec.digest or b""
            if len(digest) < extra - 4:
                raise Short
            out.append("\n\tAuthentication: " + digest[:extra - 4].hex())
    elif extra > 0:
        out.append(f"\n\t({extra} more bytes after the header)")


def _control(rec: NtpRecord, out: list[str]) -> None:
    if rec.length < 12:
        _invalid(rec, out)
        return
    need(rec.control)
    c = rec.control or 0
    out.append(f", {'Response' if c & 0x80 else 'Request'}, {'Error' if c & 0x40 else 'OK'}, "
               f"{'More' if c & 0x20 else 'Last'}, OpCode={c & 0x1F}\n")
    need(rec.sequence)
    out.append(f"\tSequence={rec.sequence}")
    need(rec.ctl_status)
    out.append(f", Status={rec.ctl_status:#x}" if rec.ctl_status else ", Status=0")
    need(rec.assoc)
    out.append(f", Assoc.={rec.assoc}")
    need(rec.ctl_offset)
    out.append(f", Offset={rec.ctl_offset}")
    need(rec.count)
    count = rec.count or 0
    out.append(f", Count={count}")
    if 12 + count > rec.length:
        _invalid(rec, out)
        return
    if count:
        if rec.captured < 12 + count:
            raise Short
        out.append("\n\tTO-BE-DONE: data not interpreted")


def _sfix(value: int) -> str:
    """A 16.16 fixed-point value: integer part and millionths."""
    return f"{value >> 16}.{int((value & 0xFFFF) / 65536.0 * 1000000.0):06d}"


def _nanos(frac: int) -> int:
    return int(frac / 4294967296.0 * 1000000000.0)


def ntp_time(value: int) -> str:
    """A 64-bit NTP timestamp as tcpdump prints it, with its UTC date when
    the seconds are not zero."""
    secs, frac = value >> 32, value & 0xFFFFFFFF
    text = f"{secs}.{_nanos(frac):09d}"
    if secs:
        t = _EPOCH_1900 + datetime.timedelta(seconds=secs)
        text += f" ({t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}:{t.minute:02d}:{t.second:02d}Z)"
    return text


def _delta(org: int, later: int) -> str:
    """``later - org`` as a signed seconds.nanoseconds (the later timestamp
    itself when ``org`` is zero)."""
    if org == 0:
        return ntp_time(later)
    ou, ouf = org >> 32, org & 0xFFFFFFFF
    u, uf = later >> 32, later & 0xFFFFFFFF
    if u > ou:
        negative, i, f = False, u - ou - (1 if ouf > uf else 0), (uf - ouf) & 0xFFFFFFFF
    elif u < ou:
        negative, i, f = True, ou - u - (1 if uf > ouf else 0), (ouf - uf) & 0xFFFFFFFF
    elif uf > ouf:
        negative, i, f = False, 0, uf - ouf
    else:
        negative, i, f = True, 0, ouf - uf
    return f"{'-' if negative else '+'}{i}.{_nanos(f):09d}"
