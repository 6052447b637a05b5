"""tcpdump-style output: timestamps, one-line packet summaries and hex/ASCII dumps.

The formats follow tcpdump 4.99.3 byte for byte where tcpdump defines them
(``-t`` family timestamps, ``-x``/``-X``/``-A`` dumps).  Protocol decoding is
not done yet: a packet's line is its timestamp, link type and lengths.
"""

from __future__ import annotations

import time

from ..linktype import dlt_to_name

__all__ = ["TimestampFormatter", "hex_dump", "hex_ascii_dump", "ascii_dump",
           "summary_line", "link_header_length"]

# Fixed link-layer header lengths, to skip with -x/-X/-A as tcpdump does
# (the dump starts at the network layer).  Link types not listed dump whole.
_LINK_HDR_LEN: dict[int, int] = {
    0: 4,      # NULL
    1: 14,     # EN10MB
    12: 0,     # RAW
    101: 0,
    108: 4,    # LOOP
    113: 16,   # LINUX_SLL
    228: 0,    # IPV4
    229: 0,    # IPV6
    276: 20,   # LINUX_SLL2
}


def link_header_length(dlt: int, data: bytes | memoryview) -> int:
    """Bytes of link-layer header tcpdump skips for ``-x``/``-X``/``-A`` (0 if unknown)."""
    n = _LINK_HDR_LEN.get(dlt, 0)
    return n if n <= len(data) else len(data)


#: what tcpdump prints for a time it cannot convert (its time fields are 32 bits)
TIME_ERROR = "[Error converting time] "


class TimestampFormatter:
    """Formats packet timestamps like tcpdump's ``-t`` options.

    ``mode`` is the number of ``t`` flags: 0 -> ``HH:MM:SS.frac`` (local
    time), 1 -> none, 2 -> ``seconds.frac`` since the epoch, 3 -> delta from the
    previous packet, 4 -> date and time, 5 -> delta from the first packet.
    ``nano`` prints 9 fraction digits instead of 6.

    As tcpdump 4.99.3 does: a time whose seconds have the top bit of 32 set
    (before 1970, or from 2038 to 2106) prints ``[Error converting time]``;
    ``-tt`` prints the seconds as 32 unsigned bits, the clock and date forms
    all of them (2107 is 2107); a delta prints its time of day
    (a delta of 25 hours is ``01:00:00``), the error when its seconds do not fit
    in 31 bits.
    """

    def __init__(self, mode: int = 0, nano: bool = False) -> None:
        self.mode = mode
        self.nano = nano
        self._prev: int | None = None
        self._first: int | None = None
        self._sec: int | None = None   # the second whose clock text is cached (modes 0, 4)
        self._clock = ""
        if mode == 2:
            self.format = self._epoch_nano if nano else self._epoch_micro  # type: ignore[method-assign]
        elif mode == 1:
            self.format = self._none  # type: ignore[method-assign]
        elif mode in (0, 4):
            self.format = self._clock_time  # type: ignore[method-assign]

    @staticmethod
    def _none(ts: int) -> str:
        return ""

    @staticmethod
    def _epoch_micro(ts: int) -> str:
        sec, ns = divmod(ts, 1_000_000_000)
        if sec & 0x80000000:
            return TIME_ERROR
        return f"{sec & 0xFFFFFFFF}.{ns // 1000:06d} "

    @staticmethod
    def _epoch_nano(ts: int) -> str:
        sec, ns = divmod(ts, 1_000_000_000)
        if sec & 0x80000000:
            return TIME_ERROR
        return f"{sec & 0xFFFFFFFF}.{ns:09d} "

    def _clock_time(self, ts: int) -> str:
        sec, ns = divmod(ts, 1_000_000_000)
        if sec != self._sec:
            if sec & 0x80000000:    # (tcpdump's test on 32 bits: before 1970, or 2038-2106)
                return TIME_ERROR
            tm = time.localtime(sec)
            clock = f"{tm.tm_hour:02d}:{tm.tm_min:02d}:{tm.tm_sec:02d}."
            if self.mode == 4:
                clock = f"{tm.tm_year:04d}-{tm.tm_mon:02d}-{tm.tm_mday:02d} {clock}"
            self._sec, self._clock = sec, clock
        if self.nano:
            return f"{self._clock}{ns:09d} "
        return f"{self._clock}{ns // 1000:06d} "

    def _frac(self, ns: int) -> str:
        return f"{ns:09d}" if self.nano else f"{ns // 1000:06d}"

    def format(self, ts: int) -> str:
        """The timestamp field for a packet with ``ts`` nanoseconds (with trailing space)."""
        mode = self.mode
        if mode == 1:
            return ""
        if mode == 2:
            return self._epoch_nano(ts) if self.nano else self._epoch_micro(ts)
        if mode in (3, 5):
            if self._first is None:
                self._first = ts
            base = self._prev if mode == 3 and self._prev is not None else self._first
            self._prev = ts
            d = ts - base
            if d < 0:
                d = -d
                sign = "-"
            else:
                sign = " "
            dsec, dns = divmod(d, 1_000_000_000)
            if dsec & 0x80000000:
                return sign + TIME_ERROR
            h, rem = divmod((dsec & 0xFFFFFFFF) % 86400, 3600)
            m, s = divmod(rem, 60)
            return f"{sign}{h:02d}:{m:02d}:{s:02d}.{self._frac(dns)} "
        return self._clock_time(ts)


def summary_line(ts_field: str, dlt: int, caplen: int, wirelen: int) -> str:
    """The per-packet line used until protocol printing exists."""
    return f"{ts_field}{dlt_to_name(dlt)}, caplen {caplen}, length {wirelen}"


def _hex_groups(chunk: bytes) -> str:
    parts = []
    for i in range(0, len(chunk), 2):
        parts.append(chunk[i:i + 2].hex())
    return " ".join(parts)


def hex_dump(data: bytes | memoryview, indent: str = "\n\t") -> str:
    """tcpdump ``-x``: offset, then 16 bytes a line in groups of two."""
    data = bytes(data)
    out = []
    for off in range(0, len(data), 16):
        out.append(f"{indent}0x{off:04x}:  {_hex_groups(data[off:off + 16])}")
    return "".join(out)


def _printable(b: int) -> str:
    # ASCII column of -X: graphic characters only (a space prints as '.')
    return chr(b) if 0x20 < b < 0x7F else "."


def hex_ascii_dump(data: bytes | memoryview, indent: str = "\n\t") -> str:
    """tcpdump ``-X``: like ``-x`` plus an ASCII column."""
    data = bytes(data)
    out = []
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        hexpart = _hex_groups(chunk)
        # full line of hex is 39 characters (8 groups of 4 + 7 spaces)
        out.append(f"{indent}0x{off:04x}:  {hexpart:<39}  "
                   f"{''.join(_printable(b) for b in chunk)}")
    return "".join(out)


def ascii_dump(data: bytes | memoryview) -> str:
    """tcpdump ``-A``: graphic bytes, space, tab and newline as they are, others as '.'.

    A carriage return directly before a newline is dropped.
    """
    data = bytes(data)
    out = ["\n"]
    n = len(data)
    for i, b in enumerate(data):
        if b == 0x0D:
            if i + 1 >= n or data[i + 1] != 0x0A:
                out.append(".")
        elif 0x20 < b < 0x7F or b in (0x09, 0x20, 0x0A):
            out.append(chr(b))
        else:
            out.append(".")
    return "".join(out)
