"""The instruction record and the normalisation of user-supplied instruction lists."""

from __future__ import annotations

from typing import Iterable, NamedTuple, Union

from ..errors import ArgumentTypeError, BPFError, type_error

__all__ = ["Insn", "InsnLike", "normalize"]


class Insn(NamedTuple):
    """One classic BPF instruction, ``struct bpf_insn`` / ``struct sock_filter``.

    ``code`` is the 16-bit opcode, ``jt`` and ``jf`` the 8-bit jump offsets (relative to
    the next instruction), ``k`` the 32-bit unsigned operand.
    """

    code: int
    jt: int
    jf: int
    k: int


#: anything :func:`normalize` accepts as one instruction
InsnLike = Union[Insn, "tuple[int, int, int, int]"]


def normalize(insns: Iterable[InsnLike]) -> tuple[Insn, ...]:
    """Turn an iterable of 4-tuples into a tuple of :class:`Insn`, checking field ranges.

    ``code`` must fit 16 bits, ``jt`` and ``jf`` 8 bits; ``k`` must fit 32 bits and may
    be given as a negative number down to ``-2**31`` (so ``SKF_AD_OFF``-style offsets
    written as in C work); it is stored unsigned.  Raises :class:`BPFError` for a value
    out of range and :class:`~purepcap.errors.ArgumentTypeError` (a ``TypeError``) for
    something that is not a sequence of 4-tuples of ints.
    """
    out: list[Insn] = []
    if isinstance(insns, (str, bytes, bytearray, memoryview)):
        raise type_error("Program()", "insns", "a sequence of (code, jt, jf, k) tuples "
                         "(use Program.from_text or Program.from_bytes)", insns)
    try:
        iterator = iter(insns)
    except TypeError:
        raise type_error("Program()", "insns", "a sequence of (code, jt, jf, k) tuples",
                         insns) from None
    for n, item in enumerate(iterator):
        if type(item) is Insn:
            code, jt, jf, k = item
        else:
            try:
                code, jt, jf, k = item
            except (TypeError, ValueError):
                raise ArgumentTypeError(f"Program(): instruction {n} must be a (code, jt, jf, k) "
                                        f"tuple, not {item!r}") from None
        if not (type(code) is int and type(jt) is int and type(jf) is int and type(k) is int):
            for name, value in (("code", code), ("jt", jt), ("jf", jf), ("k", k)):
                if type(value) is not int and not (isinstance(value, int)
                                                   and not isinstance(value, bool)):
                    raise type_error("Program()", f"instruction {n}: {name}", "an int", value)
        if not 0 <= code <= 0xFFFF:
            raise BPFError(f"instruction {n}: code {code} out of range (0..65535)")
        if not 0 <= jt <= 0xFF:
            raise BPFError(f"instruction {n}: jt {jt} out of range (0..255)")
        if not 0 <= jf <= 0xFF:
            raise BPFError(f"instruction {n}: jf {jf} out of range (0..255)")
        if not -0x80000000 <= k <= 0xFFFFFFFF:
            raise BPFError(f"instruction {n}: k {k} out of range (-2**31..2**32-1)")
        out.append(Insn(int(code), int(jt), int(jf), int(k) & 0xFFFFFFFF))
    return tuple(out)
