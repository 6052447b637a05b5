"""The reference BPF interpreter: libpcap 1.10.3's ``bpf_filter``, opcode by opcode.

Semantics (checked against libpcap 1.10.3 through ctypes in the tests):

- A and X start at 0; all arithmetic is unsigned 32-bit.  The scratch words start
  at 0 (libpcap 1.10.3 leaves them uninitialised; libpcap master zeroes them; the
  kernel refuses programs that read one before writing it).
- A load that does not fit in the captured bytes makes the program return 0.  For
  ``[x + k]`` the offset is ``X + k`` without wrap-around (libpcap checks both
  operands), so a huge X never wraps back into the packet.
- ``ld #pktlen`` / ``ldx #pktlen`` load the wire length (``wirelen``; the captured
  length when not given).
- Division or modulo by X == 0 returns 0 (as does by a constant 0, which validation
  refuses).  ``lsh x`` / ``rsh x`` with X >= 32 give 0; ``lsh #k`` / ``rsh #k`` shift
  by ``k & 31`` (what libpcap's ``A <<= k`` does on x86 for k >= 32, which its
  validator lets through).
- ``ja`` may jump backwards (libpcap's ``protochain`` loops).  To guarantee an end, a
  ``ja`` to itself returns 0, and after ``64 + caplen`` backward jumps the program
  returns 0 (libpcap 1.10.3 would spin forever; libpcap master stops after 64; a loop
  that walks the packet, like ``protochain``'s, advances at least one byte per turn
  and never reaches the limit).
- Opcodes libpcap's interpreter does not implement, jumps out of the program,
  running off its end, and scratch indexes >= 16 (only in unvalidated programs)
  return 0 instead of crashing.

With a :class:`~purepcap.bpf.meta.Meta`, loads at negative offsets and the
ancillary loads follow the Linux kernel (see :mod:`purepcap.bpf.meta`).
"""

from __future__ import annotations

import struct
from typing import Sequence, Union

from .insn import Insn
from .meta import Meta, ancillary, kernel_load
from .opcodes import SKF_AD_OFF, SKF_LL_OFF

__all__ = ["run", "MAX_BACKWARD_JUMPS"]

#: backward jumps allowed per packet, on top of one per captured byte
MAX_BACKWARD_JUMPS = 64

_M32 = 0xFFFFFFFF
_U32 = struct.Struct(">I").unpack_from

Buffer = Union[bytes, bytearray, memoryview]


def _slow_abs(p: Buffer, k: int, size: int, meta: Meta | None, a: int, x: int) -> int | None:
    """An absolute load that failed the plain bounds check."""
    if meta is None or k < SKF_LL_OFF:
        return None
    if k >= SKF_AD_OFF:
        return ancillary(k - SKF_AD_OFF, meta, p, a, x)
    return kernel_load(p, k, size, meta)


def _slow_ind(p: Buffer, x: int, k: int, size: int, meta: Meta | None) -> int | None:
    """An indirect load that failed the plain bounds check (the JIT's too)."""
    if meta is None:
        return None
    return kernel_load(p, x + k, size, meta)


class _Reject(Exception):
    """A load that failed: the filter returns 0 (raised off the fast path only)."""


def _need(v: int | None) -> int:
    """``v``, the value of a slow load; :class:`_Reject` when there is none."""
    if v is None:
        raise _Reject
    return v


def run(insns: Sequence[Insn], p: Buffer, wirelen: int | None = None, meta: Meta | None = None) -> int:
    """Run ``insns`` over packet bytes ``p``; return the filter's value (0 = drop).

    ``p`` must be ``bytes``, ``bytearray`` or a 1-D memoryview of unsigned bytes.
    """
    n = len(p)
    if wirelen is None:
        wirelen = n
    A = 0
    X = 0
    mem = [0] * 16
    length = len(insns)
    backward = 0
    budget = MAX_BACKWARD_JUMPS + n
    pc = 0
    try:
        while pc < length:
            code, jt, jf, k = insns[pc]
            pc += 1
            # most frequent opcodes first
            if code == 0x15:  # jeq #k
                pc += jt if A == k else jf
            elif code == 0x28:  # ldh [k]
                if k + 2 > n:
                    A = _need(_slow_abs(p, k, 2, meta, A, X))
                else:
                    A = (p[k] << 8) | p[k + 1]
            elif code == 0x06:  # ret #k
                return k
            elif code == 0x30:  # ldb [k]
                if k >= n:
                    A = _need(_slow_abs(p, k, 1, meta, A, X))
                else:
                    A = p[k]
            elif code == 0x20:  # ld [k]
                if k + 4 > n:
                    A = _need(_slow_abs(p, k, 4, meta, A, X))
                else:
                    A = _U32(p, k)[0]
            elif code == 0x45:  # jset #k
                pc += jt if A & k else jf
            elif code == 0xB1:  # ldxb 4*([k]&0xf)
                if k >= n:
                    X = (_need(_slow_ind(p, 0, k, 1, meta)) & 0xF) << 2
                else:
                    X = (p[k] & 0xF) << 2
            elif code == 0x48:  # ldh [x + k]
                if X + k + 2 > n:
                    A = _need(_slow_ind(p, X, k, 2, meta))
                else:
                    o = X + k
                    A = (p[o] << 8) | p[o + 1]
            elif code == 0x50:  # ldb [x + k]
                if X + k >= n:
                    A = _need(_slow_ind(p, X, k, 1, meta))
                else:
                    A = p[X + k]
            elif code == 0x40:  # ld [x + k]
                if X + k + 4 > n:
                    A = _need(_slow_ind(p, X, k, 4, meta))
                else:
                    A = _U32(p, X + k)[0]
            elif code == 0x25:  # jgt #k
                pc += jt if A > k else jf
            elif code == 0x35:  # jge #k
                pc += jt if A >= k else jf
            elif code == 0x05:  # ja
                if k & 0x80000000:
                    if k == _M32:
                        return 0
                    backward += 1
                    if backward > budget:
                        return 0
                    pc += k - 0x100000000
                    if pc < 0:
                        return 0
                else:
                    pc += k
            elif code == 0x16:  # ret a
                return A
            elif code == 0x00:  # ld #k
                A = k
            elif code == 0x01:  # ldx #k
                X = k
            elif code == 0x02:  # st M[k]
                if k >= 16:
                    return 0
                mem[k] = A
            elif code == 0x03:  # stx M[k]
                if k >= 16:
                    return 0
                mem[k] = X
            elif code == 0x60:  # ld M[k]
                if k >= 16:
                    return 0
                A = mem[k]
            elif code == 0x61:  # ldx M[k]
                if k >= 16:
                    return 0
                X = mem[k]
            elif code == 0x07:  # tax
                X = A
            elif code == 0x87:  # txa
                A = X
            elif code == 0x80:  # ld #pktlen
                A = wirelen & _M32
            elif code == 0x81:  # ldx #pktlen
                X = wirelen & _M32
            elif code == 0x1D:  # jeq x
                pc += jt if A == X else jf
            elif code == 0x2D:  # jgt x
                pc += jt if A > X else jf
            elif code == 0x3D:  # jge x
                pc += jt if A >= X else jf
            elif code == 0x4D:  # jset x
                pc += jt if A & X else jf
            elif code == 0x54:  # and #k
                A &= k
            elif code == 0x44:  # or #k
                A |= k
            elif code == 0xA4:  # xor #k
                A ^= k
            elif code == 0x04:  # add #k
                A = (A + k) & _M32
            elif code == 0x14:  # sub #k
                A = (A - k) & _M32
            elif code == 0x24:  # mul #k
                A = (A * k) & _M32
            elif code == 0x34:  # div #k
                if k == 0:
                    return 0
                A //= k
            elif code == 0x94:  # mod #k
                if k == 0:
                    return 0
                A %= k
            elif code == 0x64:  # lsh #k
                A = (A << (k & 31)) & _M32
            elif code == 0x74:  # rsh #k
                A >>= k & 31
            elif code == 0x5C:  # and x
                A &= X
            elif code == 0x4C:  # or x
                A |= X
            elif code == 0xAC:  # xor x
                A ^= X
            elif code == 0x0C:  # add x
                A = (A + X) & _M32
            elif code == 0x1C:  # sub x
                A = (A - X) & _M32
            elif code == 0x2C:  # mul x
                A = (A * X) & _M32
            elif code == 0x3C:  # div x
                if X == 0:
                    return 0
                A //= X
            elif code == 0x9C:  # mod x
                if X == 0:
                    return 0
                A %= X
            elif code == 0x6C:  # lsh x
                if meta is not None:
                    A = (A << (X & 31)) & _M32
                elif X < 32:
                    A = (A << X) & _M32
                else:
                    A = 0
            elif code == 0x7C:  # rsh x
                if meta is not None:
                    A >>= X & 31
                elif X < 32:
                    A >>= X
                else:
                    A = 0
            elif code == 0x84:  # neg
                A = -A & _M32
            else:  # not an instruction libpcap's interpreter implements
                return 0
    except _Reject:
        pass
    return 0
