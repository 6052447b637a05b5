"""Program validation: libpcap's ``bpf_validate`` rules, and the Linux kernel's.

libpcap 1.10.3 (``linux=False``), the rules a user-space program must follow:

- at least one instruction (libpcap sets no upper bound for user space: its own
  compiler emits programs longer than the kernel's 4096 without optimisation);
- loads use a known addressing mode (``imm``, ``abs``, ``ind``, ``msh``, ``len``, ``mem``);
  ``mem`` loads and stores address a scratch word below ``BPF_MEMWORDS`` (16);
- ALU operations are known, and a division or modulo by the constant 0 is refused;
- jumps land inside the program: conditional offsets are 8-bit and forward, and ``ja``
  may go backwards (libpcap's ``ip6 protochain`` loops) as long as
  ``(i + 1 + k) mod 2**32`` is an instruction;
- the last instruction is a return.

libpcap checks only the fields listed: an opcode such as ``0x38`` (a ``ld`` with the
unused size ``0x18``) passes, and our interpreter makes such an instruction return 0
(libpcap 1.10.3's own aborts the process).

The kernel (``linux=True``, ``bpf_check_classic`` in ``net/core/filter.c``) is
stricter: between 1 and ``BPF_MAXINSNS`` (4096) instructions; only opcodes in its
whitelist; all jumps forward and in range; constant shifts below 32; ``abs`` loads at
``SKF_AD_OFF`` and above must name a known ancillary field; the last instruction is
``ret #k`` or ``ret a``; and no scratch word is read before every path to the read has
written it.
"""

from __future__ import annotations

from typing import Iterable

from ..errors import BPFError
from .insn import Insn, InsnLike, normalize
from .listing import image
from .opcodes import (
    BPF_ABS, BPF_ADD, BPF_ALU, BPF_AND, BPF_DIV, BPF_IMM, BPF_IND, BPF_JA, BPF_JEQ, BPF_JGE,
    BPF_JGT, BPF_JMP, BPF_JSET, BPF_K, BPF_LD, BPF_LDX, BPF_LEN, BPF_LSH, BPF_MAXINSNS, BPF_MEM,
    BPF_MEMWORDS, BPF_MOD, BPF_MSH, BPF_MUL, BPF_NEG, BPF_OR, BPF_RET, BPF_RSH,
    BPF_ST, BPF_STX, BPF_SUB, BPF_XOR, SKF_AD_OFF,
)

__all__ = ["validate", "is_valid", "LINUX_OPCODES", "INTERPRETED_OPCODES"]

_M32 = 0xFFFFFFFF

#: opcodes libpcap's interpreter implements (and our interpreter and matcher);
#: anything else that passes libpcap's validation makes the program return 0
INTERPRETED_OPCODES = frozenset({
    0x06, 0x16,                                  # ret #k, ret a
    0x20, 0x28, 0x30, 0x40, 0x48, 0x50,          # ld/ldh/ldb [k], [x + k]
    0x80, 0x81, 0xB1, 0x00, 0x01,                # ld #pktlen, ldx #pktlen, ldxb msh, ld #k, ldx #k
    0x60, 0x61, 0x02, 0x03,                      # ld M[], ldx M[], st, stx
    0x05, 0x15, 0x25, 0x35, 0x45, 0x1D, 0x2D, 0x3D, 0x4D,
    0x04, 0x14, 0x24, 0x34, 0x44, 0x54, 0x64, 0x74, 0x94, 0xA4,
    0x0C, 0x1C, 0x2C, 0x3C, 0x4C, 0x5C, 0x6C, 0x7C, 0x9C, 0xAC,
    0x84, 0x07, 0x87,                            # neg, tax, txa
})

#: the kernel's whitelist (chk_code_allowed): the same set
LINUX_OPCODES = INTERPRETED_OPCODES

_LOAD_MODES = frozenset({BPF_IMM, BPF_ABS, BPF_IND, BPF_MSH, BPF_LEN, BPF_MEM})
_ALU_OPS = frozenset({BPF_ADD, BPF_SUB, BPF_MUL, BPF_OR, BPF_AND, BPF_XOR, BPF_LSH, BPF_RSH,
                      BPF_NEG, BPF_DIV, BPF_MOD})
_COND_OPS = frozenset({BPF_JEQ, BPF_JGT, BPF_JGE, BPF_JSET})


def _where(n: int, insn: Insn) -> str:
    return f"instruction {n} ({image(insn, n).split(') ', 1)[1].rstrip()})"


def _libpcap_problem(insns: tuple[Insn, ...]) -> str | None:
    length = len(insns)
    if length < 1:
        return "program is empty"
    for i, insn in enumerate(insns):
        code, jt, jf, k = insn
        cls = code & 0x07
        if cls == BPF_LD or cls == BPF_LDX:
            mode = code & 0xE0
            if mode not in _LOAD_MODES:
                return f"{_where(i, insn)}: invalid load mode 0x{mode:x}"
            if mode == BPF_MEM and k >= BPF_MEMWORDS:
                return f"{_where(i, insn)}: scratch memory index {k} out of range (0..15)"
        elif cls == BPF_ST or cls == BPF_STX:
            if k >= BPF_MEMWORDS:
                return f"{_where(i, insn)}: scratch memory index {k} out of range (0..15)"
        elif cls == BPF_ALU:
            op = code & 0xF0
            if op not in _ALU_OPS:
                return f"{_where(i, insn)}: invalid ALU operation 0x{op:x}"
            if (op == BPF_DIV or op == BPF_MOD) and code & 0x08 == BPF_K and k == 0:
                return f"{_where(i, insn)}: {'division' if op == BPF_DIV else 'modulo'} by constant zero"
        elif cls == BPF_JMP:
            op = code & 0xF0
            if op == BPF_JA:
                if (i + 1 + k) & _M32 >= length:
                    return (f"{_where(i, insn)}: jump target {(i + 1 + k) & _M32} out of range "
                            f"(program has {length} instructions)")
            elif op in _COND_OPS:
                for t in (i + 1 + jt, i + 1 + jf):
                    if t >= length:
                        return (f"{_where(i, insn)}: jump target {t} out of range "
                                f"(program has {length} instructions)")
            else:
                return f"{_where(i, insn)}: invalid jump operation 0x{op:x}"
        # BPF_RET and BPF_MISC: libpcap checks nothing more
    if insns[-1].code & 0x07 != BPF_RET:
        return f"{_where(length - 1, insns[-1])}: the last instruction is not a return"
    return None


def _linux_problem(insns: tuple[Insn, ...]) -> str | None:
    length = len(insns)
    if length < 1:
        return "program is empty"
    if length > BPF_MAXINSNS:
        return f"program has {length} instructions; the kernel takes at most {BPF_MAXINSNS}"
    for i, insn in enumerate(insns):
        code, jt, jf, k = insn
        if code not in LINUX_OPCODES:
            return f"{_where(i, insn)}: opcode 0x{code:x} not allowed in a socket filter"
        op = code & 0xF0
        cls = code & 0x07
        if cls == BPF_ALU and code & 0x08 == BPF_K:
            if (op == BPF_DIV or op == BPF_MOD) and k == 0:
                return f"{_where(i, insn)}: {'division' if op == BPF_DIV else 'modulo'} by constant zero"
            if (op == BPF_LSH or op == BPF_RSH) and k >= 32:
                return f"{_where(i, insn)}: shift by {k} (at most 31)"
        elif code in (0x60, 0x61, 0x02, 0x03):
            if k >= BPF_MEMWORDS:
                return f"{_where(i, insn)}: scratch memory index {k} out of range (0..15)"
        elif code == BPF_JMP | BPF_JA:
            if k >= length - i - 1:
                return (f"{_where(i, insn)}: jump target {(i + 1 + k) & _M32} out of range or "
                        f"backwards (program has {length} instructions)")
        elif cls == BPF_JMP:
            for t in (i + 1 + jt, i + 1 + jf):
                if t >= length:
                    return (f"{_where(i, insn)}: jump target {t} out of range "
                            f"(program has {length} instructions)")
        elif code in (0x20, 0x28, 0x30):
            if k >= SKF_AD_OFF and (k - SKF_AD_OFF) not in _known_ancillary():
                return f"{_where(i, insn)}: unknown ancillary load SKF_AD_OFF+{k - SKF_AD_OFF}"
    if insns[-1].code not in (BPF_RET | BPF_K, BPF_RET | 0x10):
        return f"{_where(length - 1, insns[-1])}: the last instruction is not a return"
    # A scratch word must be written on every path before it is read.
    masks = [0xFFFF] * length
    valid = 0
    for i, (code, jt, jf, k) in enumerate(insns):
        valid &= masks[i]
        if code == BPF_ST or code == BPF_STX:
            valid |= 1 << k
        elif code == 0x60 or code == 0x61:
            if not valid & (1 << k):
                return f"{_where(i, insns[i])}: scratch memory M[{k}] may be read before it is written"
        elif code == BPF_JMP | BPF_JA:
            masks[i + 1 + k] &= valid
            valid = 0xFFFF
        elif code & 0x07 == BPF_JMP:
            masks[i + 1 + jt] &= valid
            masks[i + 1 + jf] &= valid
            valid = 0xFFFF
    return None


def validate(insns: Iterable[InsnLike], *, linux: bool = False) -> None:
    """Check a program; raise :class:`~purepcap.errors.BPFError` saying what is wrong.

    With ``linux=False`` the rules are libpcap 1.10.3's ``bpf_validate`` (what a
    program must satisfy to run in user space); with ``linux=True``, the Linux kernel's
    ``SO_ATTACH_FILTER`` checks.  See the module documentation for the lists.
    """
    program = insns if isinstance(insns, tuple) and all(type(i) is Insn for i in insns) else normalize(insns)
    problem = _linux_problem(program) if linux else _libpcap_problem(program)  # type: ignore[arg-type]
    if problem is not None:
        raise BPFError(("invalid socket filter: " if linux else "invalid BPF program: ") + problem)


def is_valid(insns: Iterable[InsnLike], *, linux: bool = False) -> bool:
    """``True`` if :func:`validate` accepts the program (``False`` also for malformed input)."""
    try:
        validate(insns, linux=linux)
    except (BPFError, TypeError):
        return False
    return True


def _known_ancillary() -> frozenset[int]:
    # imported here: meta (a dataclass) is not needed to validate ordinary programs
    from .meta import KNOWN_ANCILLARY

    return KNOWN_ANCILLARY
