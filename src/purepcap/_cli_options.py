"""tcpdump 4.99.3's wording for bad options and bad option values.

tcpdump parses with ``getopt_long``: a bad option is getopt's line
("unrecognized option '--foo'", "invalid option -- 'P'", "option requires an
argument -- 'c'"), a bad value is tcpdump's own ``error()`` line; both exit
with status 1.  (tcpdump then prints its usage text; purepcap keeps to the one
line.)  Numbers are read as tcpdump reads them: ``-c`` and ``-B`` with
``atoi`` (leading digits, the rest ignored), ``-s`` with ``strtol`` base 0
over the whole text.
"""

from __future__ import annotations

import re
from typing import Sequence

__all__ = ["atoi", "strtol0", "value_message", "usage_message"]

MAXIMUM_SNAPLEN = 262144

_ATOI = re.compile(r"[ \t\n\v\f\r]*([+-]?[0-9]+)")
_STRTOL0 = re.compile(r"[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)\Z")


def atoi(text: str) -> int:
    """C's ``atoi``: the leading decimal number, 0 when there is none."""
    m = _ATOI.match(text)
    if not m:
        return 0
    v = int(m.group(1))
    # atoi is strtol cast to int: keep C's 32-bit wrap-around out of it; clamp
    return max(min(v, 2**31 - 1), -2**31)


def strtol0(text: str) -> int | None:
    """``strtol(text, &end, 0)`` when it reads the whole text, else None."""
    m = _STRTOL0.match(text)
    if not m:
        return None
    sign, digits = m.groups()
    if digits[:2] in ("0x", "0X"):
        v = int(digits[2:], 16)
    elif digits.startswith("0"):
        v = int(digits, 8)
    else:
        v = int(digits)
    return -v if sign == "-" else v


#: tcpdump's message for a bad value, by option (any of the option's spellings)
_VALUE_MESSAGES = {
    "-c": "invalid packet count {v}",
    "-B": "invalid packet buffer size {v}",
    "-s": f"invalid snaplen {{v}} (must be >= 0 and <= {MAXIMUM_SNAPLEN})",
    "-y": "invalid data link type {v}",
    "-Q": "unknown capture direction `{v}'",
    "-T": "unknown packet type `{v}'",
    "-j": "invalid time stamp type {v}",
    "--time-stamp-precision": "unsupported time stamp precision",
}


def value_message(option_strings: Sequence[str], value: object) -> str | None:
    """tcpdump's line for a bad ``value`` of the option, or None if it has none."""
    for opt in option_strings:
        fmt = _VALUE_MESSAGES.get(opt)
        if fmt is not None:
            return fmt.format(v=value)
    return None


def _first_option(spec: str) -> str:
    """``-c`` from "-c", ``-B`` from "-B/--buffer-size"."""
    return spec.split("/", 1)[0]


def usage_message(message: str, argv: list[str] | None = None) -> str:
    """getopt's wording for an argparse error message (or the message itself)."""
    m = re.match(r"unrecognized arguments: (\S+)", message)
    if m:
        return _unknown(m.group(1))
    m = re.match(r"argument (\S+): expected one argument", message)
    if m:
        opt = _first_option(m.group(1))
        if opt.startswith("--"):
            return f"option '{opt}' requires an argument"
        return f"option requires an argument -- '{opt[1:]}'"
    m = re.match(r"argument (\S+): ignored explicit argument '(.*)'", message)
    if m:
        # "-nP": -n takes no argument, so P is the next option letter
        return f"invalid option -- '{m.group(2)[:1]}'"
    m = re.match(r"ambiguous option: (\S+?)(?:=\S*)? could match", message)
    if m:
        return f"option '{m.group(1)}' is ambiguous"
    return message


def _unknown(token: str) -> str:
    if token.startswith("--"):
        return f"unrecognized option '{token.split('=', 1)[0]}'"
    if token.startswith("-") and len(token) > 1:
        return f"invalid option -- '{token[1]}'"
    return f"unrecognized argument '{token}'"


def direction(text: str) -> str:
    """``-Q``: in, out or inout, in any case (tcpdump compares case-insensitively)."""
    value = text.lower()
    if value not in ("in", "out", "inout"):
        raise ValueError(text)
    return value
