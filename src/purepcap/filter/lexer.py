"""Tokenizer for the pcap-filter(7) language (libpcap 1.10.3's token rules).

libpcap's scanner is a flex specification, so its behaviour is flex's: at
each point the rule matching the *longest* text wins, and among rules matching
the same length the one listed first wins.  The rules, in priority order:

1. reserved words (``tcp``, ``host``, ``es-is`` ...; case-sensitive);
2. blanks (space, tab, CR, LF) are skipped;
3. one- and two-character operators (``( ) [ ] ! + - * / % : < > & | ^ =``,
   ``>= <= != == << >> && ||``);
4. ``$xx`` (one or two hex digits): an ARCnet address (AID);
5. MAC addresses (EID): six groups of one or two hex digits separated by
   ``:``, ``-`` or ``.``; three groups of four hex digits separated by ``.``;
   twelve hex digits;
6. numbers (NUM): decimal, ``0x`` hex, or octal with a leading ``0``,
   limited to 32 bits;
7. dotted IPv4 forms with 2, 3 or 4 parts (HID; each part a number);
8. IPv6 addresses, with ``::`` and an embedded dotted quad (HID6); text of
   that shape which is not a valid address is reported as bogus;
9. ``x:y:...:`` runs that look like a broken MAC address (bogus EID);
10. named numbers (``tcp-syn``, ``icmp6-echo``, ``tcpflags`` ...);
11. identifiers (ID): a letter or digit, then letters, digits, ``. - _``,
    not ending in ``-`` or ``_``;
12. a backslash and what follows up to a blank, ``!``, ``(`` or ``)``: an
    identifier (``\\tcp`` is the name "tcp", not the keyword);
13. any other character: a token no grammar rule accepts (syntax error).

Consequences worth knowing: ``1.2.3.4.5`` and ``len-1`` are identifiers (the
identifier rule matches longer), ``010203040506`` is a MAC address (listed
before numbers), ``Tcp`` is an identifier.

Errors in a token do not raise here.  Like libpcap, the token carries the
message (``number 08 contains non-octal digit``, ``bogus IPv6 address ...``)
and the parser reports it when, and if, it reaches the token: an error found
earlier by the code generator wins.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from .tokens import KEYWORDS, NAMED_NUMBERS, OPERATORS1, OPERATORS2

__all__ = ["Token", "tokenize", "parse_number", "LEX_ERROR", "END"]

LEX_ERROR = "LEX_ERROR"
END = "$end"


class Token(NamedTuple):
    kind: str
    value: Any  # int for NUM, str for ID/HID/HID6/EID/AID and keywords, None if bogus
    pos: int  # offset of the first character in the expression
    end: int  # offset just past the last character
    error: str | None = None  # message libpcap reports for this token


# -- the regular-expression rules -------------------------------------------

_N = r"(?:[0-9]+|0[xX][0-9A-Fa-f]+)"
_B = r"[0-9A-Fa-f]{1,2}"
_B2 = r"[0-9A-Fa-f]{4}"
_W = r"[0-9A-Fa-f]{1,4}"
_V4 = rf"{_N}\.{_N}\.{_N}\.{_N}"


def _v6_forms() -> str:
    forms = [":".join([_W] * 8)]
    # n hex groups in all, k of them before the "::"
    for n in range(7, -1, -1):
        for k in range(n + 1):
            forms.append(":".join([_W] * k) + "::" + ":".join([_W] * (n - k)))
    # embedded dotted quad
    forms.append(":".join([_W] * 6) + ":" + _V4)
    for n in range(5, -1, -1):
        for k in range(n + 1):
            head = ":".join([_W] * k) + "::" + ":".join([_W] * (n - k))
            forms.append(head + (_V4 if k == n else ":" + _V4))
    return "|".join(f"(?:{f})" for f in forms)


_MAC = (
    rf"{_B}:{_B}:{_B}:{_B}:{_B}:{_B}|{_B}-{_B}-{_B}-{_B}-{_B}-{_B}"
    rf"|{_B}\.{_B}\.{_B}\.{_B}\.{_B}\.{_B}|{_B2}\.{_B2}\.{_B2}|{_B2}{_B2}{_B2}"
)

# (priority, kind, pattern, shortest match, a character every match holds);
# matched with fullmatch over candidate lengths.  A rule is tried only on runs
# that are long enough and hold its character, and its regex is compiled when
# first tried: the MAC and IPv6 ones take milliseconds to compile, and most
# filters have neither.
_REGEX_RULES: list[tuple[int, str, str, int, str]] = [
    (5, "EID", _MAC, 11, ""),
    (6, "NUM", _N, 1, ""),
    (7, "HID", rf"{_N}\.{_N}(?:\.{_N}(?:\.{_N})?)?", 3, "."),
    (8, "HID6", "", 2, ":"),  # pattern: _v6_forms(), built on first use
    (9, "BOGUS_EID", rf"{_B}:+(?:{_B}:+)+", 4, ":"),
]
_COMPILED: dict[str, re.Pattern[str]] = {}


def _regex(kind: str, pattern: str) -> re.Pattern[str]:
    rx = _COMPILED.get(kind)
    if rx is None:
        rx = _COMPILED[kind] = re.compile(pattern or _v6_forms())
    return rx

_PRIO_KEYWORD = 1
_PRIO_OP = 3
_PRIO_NAMED = 10
_PRIO_ID = 11
_PRIO_ANY = 13

_RUN = re.compile(r"[-_.:A-Za-z0-9]+")
_ID = re.compile(r"[A-Za-z0-9](?:[-_.A-Za-z0-9]*[.A-Za-z0-9])?")
_AID = re.compile(r"\$[0-9A-Fa-f]{1,2}")
_ESCAPED = re.compile(r"\\[^ !()\n\t]+")
_BLANKS = " \t\r\n"
_HEXSTART = frozenset("0123456789abcdefABCDEF:")
_MAXKW = max(map(len, KEYWORDS))
_MAXNAMED = max(map(len, NAMED_NUMBERS))


def parse_number(text: str) -> tuple[int | None, str | None]:
    """Value of a NUM token's text, or libpcap's error message.

    Decimal, ``0x``/``0X`` hex, octal after a leading ``0``; digits are taken
    left to right and the first problem (a digit 8 or 9 in an octal number, a
    value beyond 32 bits) is the one reported.
    """
    if text[:2] in ("0x", "0X"):
        n = 0
        for ch in text[2:]:
            if n > 0x0FFFFFFF:
                return None, f"number {text} overflows 32 bits"
            n = (n << 4) + int(ch, 16)
        return n, None
    if text[:1] == "0":
        n = 0
        for ch in text[1:]:
            if ch not in "01234567":
                return None, f"number {text} contains non-octal digit"
            if n > 0o3777777777:
                return None, f"number {text} overflows 32 bits"
            n = (n << 3) + int(ch)
        return n, None
    n = 0
    for ch in text:
        d = int(ch)
        if n > 0xFFFFFFFF // 10 or (n == 0xFFFFFFFF // 10 and d > 0xFFFFFFFF % 10):
            return None, f"number {text} overflows 32 bits"
        n = n * 10 + d
    return n, None


def _valid_ipv6(text: str) -> bool:
    import socket

    try:
        socket.inet_pton(socket.AF_INET6, text)
    except (OSError, ValueError):
        return False
    return True


def _word_token(s: str, i: int, j: int) -> Token:
    """The longest-match token starting at s[i], inside the run s[i:j]."""
    runlen = j - i
    best_len, best_prio, best_kind = 0, _PRIO_ANY + 1, ""
    # reserved words and named numbers: exact strings
    for k in range(min(runlen, _MAXKW), 0, -1):
        if s[i:i + k] in KEYWORDS:
            best_len, best_prio, best_kind = k, _PRIO_KEYWORD, KEYWORDS[s[i:i + k]]
            break
    for k in range(min(runlen, _MAXNAMED), best_len, -1):
        if s[i:i + k] in NAMED_NUMBERS:
            best_len, best_prio, best_kind = k, _PRIO_NAMED, "NAMED"
            break
    m = _ID.match(s, i, j)
    if m and m.end() - i > best_len:
        best_len, best_prio, best_kind = m.end() - i, _PRIO_ID, "ID"
    if s[i] in _HEXSTART:
        run = s[i:j]
        for prio, kind, pattern, shortest, needs in _REGEX_RULES:
            if runlen < shortest or needs not in run:
                continue
            rx = _regex(kind, pattern)
            floor = best_len if prio < best_prio else best_len + 1
            for k in range(runlen, max(floor, shortest) - 1, -1):
                if rx.fullmatch(s, i, i + k):
                    best_len, best_prio, best_kind = k, prio, kind
                    break
    if best_len == 0 or (best_len == 1 and best_prio > _PRIO_OP and s[i] in OPERATORS1):
        if s[i] in OPERATORS1:  # "-" or ":"
            return Token(s[i], s[i], i, i + 1)
        return Token(LEX_ERROR, s[i], i, i + 1)
    text = s[i:i + best_len]
    end = i + best_len
    if best_kind == "NUM":
        value, err = parse_number(text)
        if err:
            return Token(LEX_ERROR, text, i, end, err)
        return Token("NUM", value, i, end)
    if best_kind == "NAMED":
        return Token("NUM", NAMED_NUMBERS[text], i, end)
    if best_kind == "HID6":
        if _valid_ipv6(text):
            return Token("HID6", text, i, end)
        return Token("HID6", None, i, end, f"bogus IPv6 address {text}")
    if best_kind == "BOGUS_EID":
        return Token("EID", None, i, end, f"bogus ethernet address {text}")
    return Token(best_kind, text, i, end)


def tokenize(expr: str) -> list[Token]:
    """Split ``expr`` into tokens; the list always ends with an END token."""
    out: list[Token] = []
    i, n = 0, len(expr)
    while i < n:
        c = expr[i]
        if c in _BLANKS:
            i += 1
            continue
        m = _RUN.match(expr, i)
        if m:
            tok = _word_token(expr, i, m.end())
        elif expr[i:i + 2] in OPERATORS2:
            tok = Token(OPERATORS2[expr[i:i + 2]], expr[i:i + 2], i, i + 2)
        elif c in OPERATORS1:
            tok = Token(c, c, i, i + 1)
        elif c == "$" and (m := _AID.match(expr, i)):
            tok = Token("AID", m.group(), i, m.end())
        elif c == "\\" and (m := _ESCAPED.match(expr, i)):
            tok = Token("ID", m.group()[1:], i, m.end())
        else:
            tok = Token(LEX_ERROR, c, i, i + 1)
        out.append(tok)
        i = tok.end
    out.append(Token(END, None, n, n))
    return out
