"""Translate a BPF program into one Python function (a small "JIT").

Interpreting costs a dispatch on the opcode for every instruction of every packet.
The translation pays that once: each instruction becomes a line or two of Python, the
control flow becomes ``if`` statements, and the result goes through ``compile()``.

Shape of the generated code:

- Instructions are emitted in program order along each path; a conditional jump
  becomes ``if <test>:`` with one successor nested (the smaller one) and the other
  following at the same level.  Every path ends in ``return``, so no ``else`` is
  needed.
- An instruction reached from several places (a join) is inlined again at each
  place when its subtree is tiny (``ret #0``, the typical case); otherwise it gets a
  label, and the function becomes ``while True:`` over a binary-search dispatch on
  the label number, each path ending in ``L = <label>; continue``.  Backward ``ja``
  (libpcap's ``protochain``) targets are labels too, with the interpreter's bound on
  backward jumps.  Nesting is capped so the source stays within Python's indentation
  limit.
- Constant folding along each path: ``ld #k``, ``st``/``ld M[]``, ``tax``/``txa`` and
  ALU operations on known values are evaluated at translation time (unoptimised
  libpcap programs are full of them), and a conditional jump on known values is
  resolved.  Constants are written to their variables only when needed.
- Bounds checks are hoisted: along a path, once ``n >= 14`` has been checked, a later
  ``ldh [12]`` needs no check.  Halfword and byte loads index the bytes directly;
  words use a precompiled ``struct`` ``unpack_from``.
- Scratch words are local variables ``m0`` .. ``m15``.

The interpreter (:mod:`purepcap.bpf.interp`) stays the reference; the tests check
that both give the same answer on random programs and packets, with and without
:class:`~purepcap.bpf.meta.Meta`.
"""

from __future__ import annotations

import struct
from typing import Any, Callable, Sequence

from .insn import Insn
from .alu import fold_alu
from .interp import MAX_BACKWARD_JUMPS, _slow_ind
from .meta import ANC_FIELDS, kernel_load, nlattr, nlattr_nest
from .opcodes import (
    BPF_ADD, BPF_AND, BPF_DIV, BPF_LSH, BPF_MOD, BPF_MUL, BPF_NEG, BPF_OR, BPF_RSH, BPF_SUB,
    BPF_X, BPF_XOR,
    SKF_AD_ALU_XOR_X, SKF_AD_NLATTR, SKF_AD_NLATTR_NEST, SKF_AD_OFF, SKF_AD_VLAN_TAG_PRESENT,
    SKF_LL_OFF,
)
from .validate import INTERPRETED_OPCODES

__all__ = ["compile_matcher", "generate_source"]

_M32 = 0xFFFFFFFF

#: operations for which ``A op 0`` is A
_ZERO_IDENTITY = frozenset((BPF_ADD, BPF_SUB, BPF_OR, BPF_XOR, BPF_LSH, BPF_RSH))
#: ALU operation -> the Python expression for ``A op operand`` (shift counts < 32)
_ALU_EXPR = {
    BPF_ADD: "({a} + {o}) & 0xFFFFFFFF",
    BPF_SUB: "({a} - {o}) & 0xFFFFFFFF",
    BPF_MUL: "({a} * {o}) & 0xFFFFFFFF",
    BPF_DIV: "{a} // {o}",
    BPF_MOD: "{a} % {o}",
    BPF_OR: "{a} | {o}",
    BPF_AND: "{a} & {o}",
    BPF_XOR: "{a} ^ {o}",
    BPF_LSH: "({a} << {o}) & 0xFFFFFFFF",
    BPF_RSH: "{a} >> {o}",
}
#: a join whose subtree has at most this many instructions is duplicated, not labelled
INLINE_LIMIT = 6
#: deepest ``if`` nesting inside one label body before a target becomes a label
MAX_DEPTH = 40

_LOADS = {0x20: 4, 0x28: 2, 0x30: 1}
_IND_LOADS = {0x40: 4, 0x48: 2, 0x50: 1}
_NEGATED = {"==": "!=", ">": "<=", ">=": "<"}
_COND = {0x15: "==", 0x25: ">", 0x35: ">=", 0x45: "&", 0x1D: "==", 0x2D: ">", 0x3D: ">=", 0x4D: "&"}


def _load_expr(k: int, size: int) -> str:
    """A bounds-checked big-endian load at constant offset k."""
    if size == 1:
        return f"p[{k}]"
    if size == 2:
        return f"(p[{k}] << 8) | p[{k + 1}]"
    return f"_U32(p, {k})[0]"


def _s32(v: int) -> int:
    return v - 0x100000000 if v & 0x80000000 else v


def _test(op: str, a: int, b: int) -> bool:
    if op == "==":
        return a == b
    if op == ">":
        return a > b
    if op == ">=":
        return a >= b
    return bool(a & b)


class _Ctx:
    """What is known at a point of a path: constant registers, checked length."""

    __slots__ = ("a", "x", "m", "dirty", "kn")

    def __init__(self) -> None:
        self.a: int | None = None
        self.x: int | None = None
        self.m: dict[int, int] = {}
        self.dirty: set[str] = set()  # variables whose known constant is not yet stored
        self.kn = 0  # n (the captured length) is known to be >= kn

    def copy(self) -> "_Ctx":
        c = _Ctx.__new__(_Ctx)
        c.a, c.x, c.m, c.dirty, c.kn = self.a, self.x, dict(self.m), set(self.dirty), self.kn
        return c


class _Gen:
    def __init__(self, insns: Sequence[Insn]) -> None:
        self.insns = insns
        self.length = len(insns)
        self.read_slots = sorted({k for c, _, _, k in insns if c in (0x60, 0x61) and k < 16})
        self.uses_len = any(c in (0x80, 0x81) for c, _, _, _ in insns)
        self._analyse()

    # -- control flow analysis -------------------------------------------------------
    def _succ(self, pc: int) -> list[int]:
        """Successors of instruction pc inside the program (out of range = return 0)."""
        code, jt, jf, k = self.insns[pc]
        if code not in INTERPRETED_OPCODES or code in (0x06, 0x16):
            return []
        if code in (0x60, 0x61, 0x02, 0x03) and k >= 16:
            return []
        if code in (0x34, 0x94) and k == 0:
            return []
        if code == 0x05:
            t = pc + 1 + _s32(k)
            return [t] if 0 <= t < self.length and t != pc else []
        if code & 0x07 == 0x05:
            out = [t for t in {pc + 1 + jt, pc + 1 + jf} if t < self.length]
            return sorted(out)
        return [pc + 1] if pc + 1 < self.length else []

    def _analyse(self) -> None:
        length = self.length
        succ = [self._succ(pc) for pc in range(length)]
        reach = [False] * length
        stack = [0]
        reach[0] = True
        while stack:
            pc = stack.pop()
            for t in succ[pc]:
                if not reach[t]:
                    reach[t] = True
                    stack.append(t)
        indeg = [0] * length
        back_targets: set[int] = set()
        for pc in range(length):
            if reach[pc]:
                for t in succ[pc]:
                    indeg[t] += 1
                    if t <= pc:
                        back_targets.add(t)
        size = [0] * length
        cap = 1 << 20
        for pc in range(length - 1, -1, -1):
            total = 1
            for t in succ[pc]:
                total += size[t] if t > pc else 1
            size[pc] = min(total, cap)
        self.indeg = indeg
        self.size = size
        self.labels: set[int] = set(back_targets)
        for pc in range(length):
            if reach[pc] and indeg[pc] > 1 and size[pc] > INLINE_LIMIT:
                self.labels.add(pc)
        self.has_backward = bool(back_targets)
        self.live = self._liveness(succ)

    def _liveness(self, succ: list[list[int]]) -> list[int]:
        """Registers live on entry to each instruction: bit 0 A, bit 1 X, bit 2+s M[s]."""
        use = [0] * self.length
        kill = [0] * self.length
        for pc, (code, _, _, k) in enumerate(self.insns):
            if code not in INTERPRETED_OPCODES or (k >= 16 and code in (0x60, 0x61, 0x02, 0x03)):
                continue  # returns 0: reads nothing
            cls = code & 0x07
            u = d = 0
            if code == 0x16:
                u = 1
            elif cls == 0x00:  # ld
                d = 1
                mode = code & 0xE0
                if mode == 0x40:
                    u = 2
                elif mode == 0x60:
                    u = 4 << k
                elif mode == 0x20 and k >= SKF_LL_OFF:
                    u = 3  # ancillary loads may read A and X
            elif cls == 0x01:  # ldx
                d = 2
                if code == 0x61:
                    u = 4 << k
            elif cls == 0x02:
                u, d = 1, 4 << k
            elif cls == 0x03:
                u, d = 2, 4 << k
            elif cls == 0x04:
                u, d = (3 if code & 0x08 else 1), 1
            elif cls == 0x05:
                u = 0 if code == 0x05 else (3 if code & 0x08 else 1)
            elif code == 0x07:
                u, d = 1, 2
            elif code == 0x87:
                u, d = 2, 1
            use[pc], kill[pc] = u, d
        live = [0] * self.length
        changed = True
        while changed:
            changed = False
            for pc in range(self.length - 1, -1, -1):
                out = 0
                for t in succ[pc]:
                    out |= live[t]
                value = use[pc] | (out & ~kill[pc])
                if value != live[pc]:
                    live[pc] = value
                    changed = True
        return live

    def _fusible(self, pc: int) -> bool:
        """Can the load at pc feed the conditional jump after it without storing A?"""
        nxt = pc + 1
        if nxt >= self.length or nxt in self.labels or self.indeg[nxt] != 1:
            return False
        code, jt, jf, _ = self.insns[nxt]
        if code not in _COND:
            return False
        for t in (nxt + 1 + jt, nxt + 1 + jf):
            if t < self.length and self.live[t] & 1:
                return False
        return True

    # -- emission helpers -------------------------------------------------------------
    def _aexpr(self, ctx: _Ctx) -> str:
        return "A" if ctx.a is None else str(ctx.a)

    def _xexpr(self, ctx: _Ctx) -> str:
        return "X" if ctx.x is None else str(ctx.x)

    def _set_a(self, ctx: _Ctx, out: list[str], ind: str, expr: str) -> None:
        out.append(f"{ind}A = {expr}")
        ctx.a = None
        ctx.dirty.discard("A")

    def _materialize(self, ctx: _Ctx, out: list[str], ind: str, target: int) -> None:
        live = self.live[target]
        for name in sorted(ctx.dirty):
            if name == "A":
                if live & 1:
                    out.append(f"{ind}A = {ctx.a}")
            elif name == "X":
                if live & 2:
                    out.append(f"{ind}X = {ctx.x}")
            else:
                slot = int(name[1:])
                if live & (4 << slot):
                    out.append(f"{ind}{name} = {ctx.m[slot]}")
        ctx.dirty.clear()

    def _check_len(self, ctx: _Ctx, out: list[str], ind: str, need: int) -> None:
        if ctx.kn < need:
            out.append(f"{ind}if n < {need}: return 0")
            ctx.kn = need

    def _goto(self, t: int, ctx: _Ctx, out: list[str], depth: int) -> None:
        ind = "    " * depth
        if t in self.labels or (depth > MAX_DEPTH and self.indeg[t] > 0):
            if t not in self.labels:
                self.labels.add(t)
                self.pending.append(t)
            self._materialize(ctx, out, ind, t)
            out.append(f"{ind}L = {t}")
            out.append(f"{ind}continue")
            return
        self._emit(t, ctx, out, depth)

    # -- the translation proper -------------------------------------------------------
    def _emit(self, pc: int, ctx: _Ctx, out: list[str], depth: int) -> None:
        """Emit the code from instruction pc to the end of every path (returns/continues)."""
        ind = "    " * depth
        first = True
        while True:
            if not first and (pc in self.labels or (depth > MAX_DEPTH and self.indeg[pc] > 1)):
                self._goto(pc, ctx, out, depth)
                return
            first = False
            code, jt, jf, k = self.insns[pc]
            nxt = pc + 1
            cls = code & 0x07
            if code not in INTERPRETED_OPCODES:
                out.append(f"{ind}return 0")
                return
            if code == 0x06:
                out.append(f"{ind}return {k}")
                return
            if code == 0x16:
                out.append(f"{ind}return {self._aexpr(ctx)}")
                return
            if code in _LOADS and k < SKF_LL_OFF and self._fusible(pc):
                size = _LOADS[code]
                self._check_len(ctx, out, ind, k + size)
                ctx.a = None
                ctx.dirty.discard("A")
                pc += 1
                code, jt, jf, k2 = self.insns[pc]
                t = self._cond(pc, code, jt, jf, k2, ctx, out, depth, f"({_load_expr(k, size)})")
                if t is None:
                    return
                pc = t
                continue
            if code in _LOADS:
                if not self._abs_load(ctx, out, ind, k, _LOADS[code]):
                    return
            elif code in _IND_LOADS:
                if not self._ind_load(ctx, out, ind, k, _IND_LOADS[code]):
                    return
            elif code == 0xB1:
                if k >= SKF_LL_OFF:
                    out.append(f"{ind}if meta is None: return 0")
                    out.append(f"{ind}v = _kload(p, {k}, 1, meta)")
                    out.append(f"{ind}if v is None: return 0")
                    out.append(f"{ind}X = (v & 15) << 2")
                else:
                    self._check_len(ctx, out, ind, k + 1)
                    out.append(f"{ind}X = (p[{k}] & 15) << 2")
                ctx.x = None
                ctx.dirty.discard("X")
            elif code == 0x00:
                ctx.a = k
                ctx.dirty.add("A")
            elif code == 0x01:
                ctx.x = k
                ctx.dirty.add("X")
            elif code in (0x60, 0x61, 0x02, 0x03):
                if k >= 16:
                    out.append(f"{ind}return 0")
                    return
                self._mem(code, k, ctx, out, ind)
            elif code == 0x07:  # tax
                if ctx.a is not None:
                    ctx.x = ctx.a
                    ctx.dirty.add("X")
                else:
                    out.append(f"{ind}X = A")
                    ctx.x = None
                    ctx.dirty.discard("X")
            elif code == 0x87:  # txa
                if ctx.x is not None:
                    ctx.a = ctx.x
                    ctx.dirty.add("A")
                else:
                    self._set_a(ctx, out, ind, "X")
            elif code == 0x80:
                self._set_a(ctx, out, ind, "w & 0xFFFFFFFF")
            elif code == 0x81:
                out.append(f"{ind}X = w & 0xFFFFFFFF")
                ctx.x = None
                ctx.dirty.discard("X")
            elif cls == 0x04:
                if not self._alu(code, k, ctx, out, ind):
                    return
            elif code == 0x05:  # ja
                t = pc + 1 + _s32(k)
                if t == pc or t < 0 or t >= self.length:
                    out.append(f"{ind}return 0")
                    return
                if t < pc:
                    self._materialize(ctx, out, ind, t)
                    out.append(f"{ind}bj += 1")
                    out.append(f"{ind}if bj > lim: return 0")
                    out.append(f"{ind}L = {t}")
                    out.append(f"{ind}continue")
                    return
                pc = t
                continue
            elif cls == 0x05:  # conditional jump
                t = self._cond(pc, code, jt, jf, k, ctx, out, depth)
                if t is None:
                    return
                pc = t
                continue
            else:  # pragma: no cover - every interpreted opcode is handled above
                raise AssertionError(hex(code))
            if nxt >= self.length:
                out.append(f"{ind}return 0")
                return
            pc = nxt

    def _abs_load(self, ctx: _Ctx, out: list[str], ind: str, k: int, size: int) -> bool:
        """Emit an absolute load; False when it ends the path (returns 0)."""
        if k >= SKF_LL_OFF:
            out.append(f"{ind}if meta is None: return 0")
            if k >= SKF_AD_OFF:
                anc = k - SKF_AD_OFF
                field = ANC_FIELDS.get(anc)
                if field is not None:
                    self._set_a(ctx, out, ind, f"meta.{field[0]} & {field[1]}")
                elif anc == SKF_AD_VLAN_TAG_PRESENT:
                    self._set_a(ctx, out, ind, "1 if meta.vlan_present else 0")
                elif anc == SKF_AD_ALU_XOR_X:
                    self._set_a(ctx, out, ind, f"{self._aexpr(ctx)} ^ {self._xexpr(ctx)}")
                elif anc == SKF_AD_NLATTR:
                    self._set_a(ctx, out, ind, f"_nlattr(p, {self._aexpr(ctx)}, {self._xexpr(ctx)})")
                elif anc == SKF_AD_NLATTR_NEST:
                    self._set_a(ctx, out, ind, f"_nlattr_nest(p, {self._aexpr(ctx)}, {self._xexpr(ctx)})")
                else:
                    out.append(f"{ind}return 0")
                    return False
                return True
            out.append(f"{ind}v = _kload(p, {k}, {size}, meta)")
            out.append(f"{ind}if v is None: return 0")
            self._set_a(ctx, out, ind, "v")
            return True
        self._check_len(ctx, out, ind, k + size)
        self._set_a(ctx, out, ind, _load_expr(k, size))
        return True

    def _ind_load(self, ctx: _Ctx, out: list[str], ind: str, k: int, size: int) -> bool:
        """Emit an indirect load; False when it ends the path (returns 0)."""
        if ctx.x is not None and ctx.x + k + size <= 0x7FFFFFFF:
            # a known, non-wrapping offset: both semantics agree, it is a plain load
            return self._abs_load(ctx, out, ind, ctx.x + k, size)
        x = self._xexpr(ctx)
        out.append(f"{ind}o = {x} + {k}")
        out.append(f"{ind}if o <= n - {size}:")
        if size == 1:
            out.append(f"{ind}    A = p[o]")
        elif size == 2:
            out.append(f"{ind}    A = (p[o] << 8) | p[o + 1]")
        else:
            out.append(f"{ind}    A = _U32(p, o)[0]")
        out.append(f"{ind}else:")
        out.append(f"{ind}    A = _sind(p, {x}, {k}, {size}, meta)")
        out.append(f"{ind}    if A is None: return 0")
        ctx.a = None
        ctx.dirty.discard("A")
        return True

    def _mem(self, code: int, k: int, ctx: _Ctx, out: list[str], ind: str) -> None:
        name = f"m{k}"
        if code == 0x02 or code == 0x03:  # st / stx
            value = ctx.a if code == 0x02 else ctx.x
            if value is not None:
                ctx.m[k] = value
                ctx.dirty.add(name)
            else:
                if k in self.read_slots:
                    out.append(f"{ind}{name} = {'A' if code == 0x02 else 'X'}")
                ctx.m.pop(k, None)
                ctx.dirty.discard(name)
            return
        known = ctx.m.get(k)
        if code == 0x60:
            if known is not None:
                ctx.a = known
                ctx.dirty.add("A")
            else:
                self._set_a(ctx, out, ind, name)
        else:
            if known is not None:
                ctx.x = known
                ctx.dirty.add("X")
            else:
                out.append(f"{ind}X = {name}")
                ctx.x = None
                ctx.dirty.discard("X")

    def _alu(self, code: int, k: int, ctx: _Ctx, out: list[str], ind: str) -> bool:
        """Emit an ALU instruction; False when it ends the path (returns 0)."""
        op = code & 0xF0
        if op == BPF_NEG:
            if ctx.a is not None:
                ctx.a = -ctx.a & _M32
                ctx.dirty.add("A")
            else:
                self._set_a(ctx, out, ind, "-A & 0xFFFFFFFF")
            return True
        if code & BPF_X:
            b = ctx.x
            if op in (BPF_LSH, BPF_RSH) and b is not None and b >= 32:
                # libpcap gives 0, the kernel shifts by X & 31: decide at run time
                a = self._aexpr(ctx)
                shifted = f"({a} << {b & 31}) & 0xFFFFFFFF" if op == BPF_LSH else f"{a} >> {b & 31}"
                self._set_a(ctx, out, ind, f"0 if meta is None else {shifted}")
                return True
        else:
            b = k & 31 if op in (BPF_LSH, BPF_RSH) else k
        if b is not None and ctx.a is not None:
            value = fold_alu(op, ctx.a, b)  # shift counts are < 32 here
            if value is None:
                out.append(f"{ind}return 0")
                return False
            ctx.a = value
            ctx.dirty.add("A")
            return True
        a = self._aexpr(ctx)
        if b is not None:
            if op in (BPF_DIV, BPF_MOD) and b == 0:
                out.append(f"{ind}return 0")
                return False
            if ctx.a is None and ((b == 0 and op in _ZERO_IDENTITY)
                                  or (b == 1 and op in (BPF_MUL, BPF_DIV))
                                  or (b == _M32 and op == BPF_AND)):
                return True  # identity: A is unchanged
            operand = str(b)
        else:
            operand = "X"
            if op in (BPF_DIV, BPF_MOD):
                out.append(f"{ind}if X == 0: return 0")
        if op == BPF_LSH and b is None:
            expr = (f"(({a} << X) & 0xFFFFFFFF if X < 32 else "
                    f"(0 if meta is None else ({a} << (X & 31)) & 0xFFFFFFFF))")
        elif op == BPF_RSH and b is None:
            expr = f"({a} >> X if X < 32 else (0 if meta is None else {a} >> (X & 31)))"
        else:
            expr = _ALU_EXPR[op].format(a=a, o=operand)
        self._set_a(ctx, out, ind, expr)
        return True

    def _cond(self, pc: int, code: int, jt: int, jf: int, k: int, ctx: _Ctx, out: list[str],
              depth: int, a_expr: str | None = None) -> int | None:
        """Emit a conditional jump: the nested side completely; return the pc where the
        other side continues at this level (None when the path has ended).  ``a_expr``
        stands for A when the value was never stored (a fused load)."""
        ind = "    " * depth
        op = _COND[code]
        t_true, t_false = pc + 1 + jt, pc + 1 + jf
        b = ctx.x if code & 0x08 else k
        if ctx.a is not None and b is not None:
            return self._continue_at(t_true if _test(op, ctx.a, b) else t_false, out, ind)
        if t_true == t_false:
            return self._continue_at(t_true, out, ind)
        a, operand = (a_expr or self._aexpr(ctx)), ("X" if b is None else str(b))
        # nest the smaller side, continue with the other at this level
        size_t = self.size[t_true] if t_true < self.length else 0
        size_f = self.size[t_false] if t_false < self.length else 0
        if size_f < size_t:
            nested, rest = t_false, t_true
            test = f"not {a} & {operand}" if op == "&" else f"{a} {_NEGATED[op]} {operand}"
        else:
            nested, rest = t_true, t_false
            test = f"{a} {op} {operand}"
        out.append(f"{ind}if {test}:")
        self._target(nested, ctx.copy(), out, depth + 1)
        return self._continue_at(rest, out, ind)

    def _continue_at(self, t: int, out: list[str], ind: str) -> int | None:
        if t >= self.length:
            out.append(f"{ind}return 0")
            return None
        return t

    def _target(self, t: int, ctx: _Ctx, out: list[str], depth: int) -> None:
        if t >= self.length:
            out.append(f"{'    ' * depth}return 0")
        else:
            self._goto(t, ctx, out, depth)

    # -- whole function ---------------------------------------------------------------
    def source(self, name: str = "_bpf_filter") -> str:
        entry = _Ctx()
        if 0 not in self.labels:
            entry.a, entry.x = 0, 0
            entry.m = {slot: 0 for slot in range(16)}
            entry.dirty = {"A", "X"} | {f"m{s}" for s in self.read_slots}
        bodies: dict[int, list[str]] = {}
        self.pending: list[int] = []
        entry_lines: list[str] = []
        self._emit(0, entry, entry_lines, 0)
        bodies[0] = entry_lines
        done = {0}
        self.pending.extend(sorted(self.labels))
        while self.pending:
            label = self.pending.pop()
            if label in done:
                continue
            done.add(label)
            lines: list[str] = []
            self._emit(label, _Ctx(), lines, 0)
            bodies[label] = lines
        head = [f"def {name}(p, w=None, meta=None):", "    n = len(p)"]
        if self.uses_len:
            head.append("    if w is None: w = n")
        if len(bodies) == 1 and not self.labels:
            return "\n".join(head + ["    " + line for line in entry_lines]) + "\n"
        if 0 in self.labels:  # the entry is a loop head: start from stored zeros
            head.append("    A = X = 0")
            head.extend(f"    m{s} = 0" for s in self.read_slots)
        if self.has_backward:
            head.append("    bj = 0")
            head.append(f"    lim = n + {MAX_BACKWARD_JUMPS}")
        head.append("    L = 0")
        head.append("    while True:")
        dispatch: list[str] = []
        self._dispatch(sorted(bodies), bodies, dispatch, 2)
        return "\n".join(head + dispatch) + "\n"

    def _dispatch(self, labels: list[int], bodies: dict[int, list[str]], out: list[str], depth: int) -> None:
        ind = "    " * depth
        if len(labels) == 1:
            out.extend(ind + line for line in bodies[labels[0]])
            return
        mid = len(labels) // 2
        out.append(f"{ind}if L < {labels[mid]}:")
        self._dispatch(labels[:mid], bodies, out, depth + 1)
        self._dispatch(labels[mid:], bodies, out, depth)


def generate_source(insns: Sequence[Insn], name: str = "_bpf_filter") -> str:
    """The Python source :func:`compile_matcher` compiles (for inspection and debugging)."""
    if not insns:
        return f"def {name}(p, w=None, meta=None):\n    return 0\n"
    return _Gen(insns).source(name)


def compile_matcher(insns: Sequence[Insn]) -> Callable[..., int]:
    """Compile ``insns`` into ``f(data, wirelen=None, meta=None) -> int``.

    The function's source is kept in its ``source`` attribute.
    """
    src = generate_source(insns)
    namespace: dict[str, Any] = {
        "_U32": struct.Struct(">I").unpack_from,
        "_kload": kernel_load,
        "_sind": _slow_ind,
        "_nlattr": nlattr,
        "_nlattr_nest": nlattr_nest,
    }
    exec(compile(src, "<bpf-matcher>", "exec"), namespace)
    fn = namespace["_bpf_filter"]
    fn.source = src
    return fn  # type: ignore[no-any-return]
