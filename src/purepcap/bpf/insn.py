"""The instruction record and the normalisation of user-supplied instruction lists."""

from __future__ import annotations

from typing import Iterable, NamedTuple, Union

from ..errors import BPFError

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
    written as in C work); it is stored unsigned.  Raises :class:`BPFError` otherwise.
    """
    out: list[Insn] = []
    try:
        iterator = iter(insns)
    except TypeError:
        raise BPFError(f"a BPF program is a sequence of (code, jt, jf, k), not {type(insns).__name__}") from None
    for n, item in enumerate(iterator):
        if type(item) is Insn:
            code, jt, jf, k = item
        else:
            try:
                code, jt, jf, k = item
            except (TypeError, ValueError):
                raise BPFError(f"instruction {n}: expected (code, jt, jf, k), got {item!r}") from None
        for name, value in (("code", code), ("jt", jt), ("jf", jf), ("k", k)):
            if type(value) is not int and not (isinstance(value, int) and not isinstance(value, bool)):
                raise BPFError(f"instruction {n}: {name} must be an integer, got {value!r}")
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
