"""Program listings as ``tcpdump -d``, ``-dd`` and ``-ddd`` print them, and their parser.

- ``-d`` (level 1): one line per instruction, libpcap's ``bpf_image`` format, e.g.
  ``(001) jeq      #0x800           jt 2\\tjf 5``.  Ancillary loads print by name
  (``ldb [vlanp]``), operands follow libpcap's choice of signed decimal or hex.
- ``-dd`` (level 2): a C initialiser, ``{ 0x28, 0, 0, 0x0000000c },`` per instruction.
- ``-ddd`` (level 3 and up): the instruction count, then ``code jt jf k`` in decimal
  per line; what ``iptables -m bpf --bytecode`` and ``bpf_asm`` users feed back.

:func:`parse_text` reads level 3 (also its one-line comma-separated form
``4,40 0 0 12,21 0 1 2048,6 0 0 262144,6 0 0 0``) and level 2 back.
"""

from __future__ import annotations

import re
from typing import Callable

from ..errors import BPFError, OptionError, type_error
from .insn import Insn
from .opcodes import ANCILLARY_NAMES, SKF_AD_OFF

__all__ = ["image", "listing", "parse_text"]

_M32 = 0xFFFFFFFF


def _s32(v: int) -> int:
    v &= _M32
    return v - 0x100000000 if v & 0x80000000 else v


# code -> (mnemonic, operand kind); kinds: "#d" signed decimal of k, "#x" hex of k,
# "abs" absolute load, "ind" indirect load, "M" scratch, "msh", "" none, "X" the x register,
# "len" #pktlen, "ja" jump target (each kind's text: _OPERANDS below)
_FORMATS: dict[int, tuple[str, str]] = {
    0x06: ("ret", "#d"), 0x16: ("ret", ""),
    0x20: ("ld", "abs"), 0x28: ("ldh", "abs"), 0x30: ("ldb", "abs"),
    0x80: ("ld", "len"),
    0x40: ("ld", "ind"), 0x48: ("ldh", "ind"), 0x50: ("ldb", "ind"),
    0x00: ("ld", "#x"), 0x01: ("ldx", "#x"),
    0xB1: ("ldxb", "msh"),
    0x60: ("ld", "M"), 0x61: ("ldx", "M"), 0x02: ("st", "M"), 0x03: ("stx", "M"),
    0x05: ("ja", "ja"),
    0x25: ("jgt", "#x"), 0x35: ("jge", "#x"), 0x15: ("jeq", "#x"), 0x45: ("jset", "#x"),
    0x2D: ("jgt", "X"), 0x3D: ("jge", "X"), 0x1D: ("jeq", "X"), 0x4D: ("jset", "X"),
    0x0C: ("add", "X"), 0x1C: ("sub", "X"), 0x2C: ("mul", "X"), 0x3C: ("div", "X"),
    0x9C: ("mod", "X"), 0x5C: ("and", "X"), 0x4C: ("or", "X"), 0xAC: ("xor", "X"),
    0x6C: ("lsh", "X"), 0x7C: ("rsh", "X"),
    0x04: ("add", "#d"), 0x14: ("sub", "#d"), 0x24: ("mul", "#d"), 0x34: ("div", "#d"),
    0x94: ("mod", "#d"), 0x54: ("and", "#x"), 0x44: ("or", "#x"), 0xA4: ("xor", "#x"),
    0x64: ("lsh", "#d"), 0x74: ("rsh", "#d"),
    0x84: ("neg", ""), 0x07: ("tax", ""), 0x87: ("txa", ""),
}


def _abs(n: int, k: int) -> str:
    name = ANCILLARY_NAMES.get(k - SKF_AD_OFF) if k >= SKF_AD_OFF else None
    return f"[{name}]" if name is not None else f"[{_s32(k)}]"


# operand kind -> its text for instruction number n with constant k
_OPERANDS: dict[str, Callable[[int, int], str]] = {
    "#d": lambda n, k: f"#{_s32(k)}",
    "#x": lambda n, k: f"#0x{k & _M32:x}",
    "abs": _abs,
    "ind": lambda n, k: f"[x + {_s32(k)}]",
    "M": lambda n, k: f"M[{_s32(k)}]",
    "msh": lambda n, k: f"4*([{_s32(k)}]&0xf)",
    "X": lambda n, k: "x",
    "len": lambda n, k: "#pktlen",
    "ja": lambda n, k: str(_s32(n + 1 + k)),
}


def image(insn: Insn | tuple[int, int, int, int], n: int) -> str:
    """One listing line for instruction number ``n``, exactly as libpcap's ``bpf_image``.

    No trailing newline; some lines end in spaces (``ret a`` prints ``"ret      "``),
    as libpcap's do.
    """
    code, jt, jf, k = insn
    fmt = _FORMATS.get(code)
    if fmt is None:
        op, operand = "unimp", f"0x{code:x}"
    else:
        op, kind = fmt
        operand = _OPERANDS[kind](n, k) if kind else ""
    if code & 0x07 == 0x05 and code & 0xF0 != 0x00:
        return f"({n:03d}) {op:<8} {operand:<16} jt {n + 1 + jt}\tjf {n + 1 + jf}"
    return f"({n:03d}) {op:<8} {operand}"


def listing(insns: tuple[Insn, ...] | list[Insn], level: int = 1) -> str:
    """The whole program as ``tcpdump`` prints it with ``-d`` (1), ``-dd`` (2), ``-ddd`` (3).

    Every line ends in a newline; levels above 3 print as 3 (as ``tcpdump -dddd`` does).
    """
    if isinstance(level, bool) or not isinstance(level, int) or level < 1:
        raise OptionError(f"listing level must be an integer >= 1 (1: -d, 2: -dd, 3: -ddd), not {level!r}")
    if level == 1:
        return "".join(image(insn, n) + "\n" for n, insn in enumerate(insns))
    if level == 2:
        return "".join(f"{{ 0x{c:x}, {jt}, {jf}, 0x{k:08x} }},\n" for c, jt, jf, k in insns)
    return f"{len(insns)}\n" + "".join(f"{c} {jt} {jf} {k}\n" for c, jt, jf, k in insns)


_DD_LINE = re.compile(r"^\{([^{}]*)\}\s*,?$")
_LIMITS = (("code", 0xFFFF), ("jt", 0xFF), ("jf", 0xFF), ("k", _M32))


def _number(text: str, field: str, where: str, base: int) -> int:
    try:
        value = int(text, base)
    except ValueError:
        raise BPFError(f"{where}: {field} {text!r} is not a number") from None
    return value


def _record(fields: list[str], where: str, base: int) -> Insn:
    if len(fields) != 4:
        raise BPFError(f"{where}: expected 4 fields (code jt jf k), found {len(fields)}")
    values = []
    for (name, limit), text in zip(_LIMITS, fields):
        value = _number(text, name, where, base)
        if not 0 <= value <= limit:
            raise BPFError(f"{where}: {name} {value} out of range (0..{limit})")
        values.append(value)
    return Insn(*values)


def parse_text(text: str) -> tuple[Insn, ...]:
    """Parse ``tcpdump -ddd`` or ``-dd`` output back into instructions.

    Level 3: the first record is the instruction count, then one ``code jt jf k``
    record (decimal) per line; records may instead be separated by commas on one line
    (the ``iptables --bytecode`` form).  Level 2: ``{ code, jt, jf, k },`` per line,
    numbers in C notation (``0x`` hex or decimal).  Blank lines are ignored.  Raises
    :class:`~purepcap.errors.BPFError` naming the line for anything else: a count that
    does not match, a non-number, a wrong number of fields, a value out of range.
    """
    if not isinstance(text, str):
        raise type_error("parse_text()", "text", "a str (tcpdump -dd or -ddd output)", text)
    lines = [(i + 1, line.strip()) for i, line in enumerate(text.splitlines())]
    lines = [(i, line) for i, line in lines if line]
    if not lines:
        raise BPFError("program text is empty")
    if lines[0][1].startswith("{"):
        out = []
        for lineno, line in lines:
            m = _DD_LINE.match(line)
            if m is None:
                raise BPFError(f"line {lineno}: expected '{{ code, jt, jf, k }},', found {line!r}")
            fields = [f.strip() for f in m.group(1).split(",")]
            if fields and fields[-1] == "":
                fields.pop()
            out.append(_record(fields, f"line {lineno}", 0))
        return tuple(out)
    records: list[tuple[str, str]] = []
    for lineno, line in lines:
        parts = line.split(",")
        if len(parts) > 1 and parts[-1].strip() == "":
            parts.pop()
        for part in parts:
            records.append((f"line {lineno}", part.strip()))
    where, first = records[0]
    count_fields = first.split()
    if len(count_fields) != 1:
        raise BPFError(f"{where}: expected the instruction count, found {first!r}")
    count = _number(count_fields[0], "instruction count", where, 10)
    if count < 0:
        raise BPFError(f"{where}: instruction count {count} is negative")
    body = records[1:]
    if len(body) != count:
        raise BPFError(f"instruction count says {count} but {len(body)} instructions follow")
    return tuple(_record(rec.split(), w, 10) for w, rec in body)
