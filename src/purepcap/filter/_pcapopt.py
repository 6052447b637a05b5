"""A model of libpcap 1.10.3's optimizer, used only to decide "expression rejects all packets".

Why a model
===========

libpcap says "expression rejects all packets" exactly when, after ``bpf_optimize``, the
root block of its flow graph is a bare ``ret #0`` (gencode.c, ``pcap_compile``: the check
right after the optimizer).  Our optimizer (:mod:`.optimize`) proves more in places (value
ranges, ``jge #0``, facts known on every path rather than on a dominating edge) and less in
others (it keeps loads that may fail, libpcap #430), so whether *our* program is
``ret #0`` says nothing reliable about libpcap's answer.  This module replays libpcap's own
reasoning on the unoptimized program, for the yes/no answer only: its output program is
never used.

What is modelled (facts read from libpcap 1.10.3's optimize.c; the code is ours)
--------------------------------------------------------------------------------

* Blocks numbered in pre-order from the root (true successor first); edges ``et``/``ef``
  numbered ``id`` and ``n + id``.
* ``bpf_optimize``: an optimizer loop without statement rewriting, one with it, then
  block interning (identical blocks merged, repeated until stable) and ``opt_root`` (the
  root walks down through tests whose both branches are the same block).
* The loop: levels (longest path to a leaf), dominators, use/def sets, edge dominators,
  then per block (root level first) value numbering with hash-consed value numbers
  (0 = unknown; a join of disagreeing predecessors is unknown), the peephole rules, dead
  stores; and, in the first loop only, jump threading over dominating edges (same test of
  the same value numbers; a true ``jeq #k`` decides every other ``jeq #k'``; a test whose
  branches meet is skipped) and the or/and pull-ups.  The loop ends when nothing changed,
  or after 100 rounds in which only branches moved.
* Its errors ("division by zero", "modulus by zero", "shift by more than 31 bits") are
  raised as libpcap raises them.

One deliberate difference: libpcap takes ``jset #0xffffffff`` as always true, which is
wrong when A is 0 (its own unoptimized program then disagrees).  ``model_rejects_all``
answers for both readings so the caller can tell a proof from that slip.
"""

from __future__ import annotations

from typing import Sequence

from ..bpf.opcodes import (
    BPF_ABS, BPF_ALU, BPF_IMM, BPF_IND, BPF_JMP, BPF_K, BPF_LD, BPF_LDX, BPF_LEN, BPF_MEM,
    BPF_MISC, BPF_RET, BPF_ST, BPF_STX, BPF_TAX, BPF_TXA, BPF_X, JEQ_K, JSET_K, LD_IMM,
    LDX_IMM, LDX_MEM, LDX_MSH, RET_K, TAX, TXA,
)
from ..errors import FilterError

__all__ = ["model_rejects_all", "Unmodelled"]

NOP = -1
A_ATOM = 16
X_ATOM = 17
AX_ATOM = 18
N_ATOMS = 18
M32 = 0xFFFFFFFF

ADD, SUB, MUL, DIV, OR, AND, LSH, RSH, NEG, MOD, XOR = (
    0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80, 0x90, 0xA0)
JA, JEQ, JGT, JGE, JSET = 0x00, 0x10, 0x20, 0x30, 0x40

_GOTO = BPF_JMP | JA
#: a load from scratch memory -> (the immediate load it can become, its register)
_MEM_LOADS = {BPF_LD | BPF_MEM: (LD_IMM, A_ATOM), LDX_MEM: (LDX_IMM, X_ATOM)}

#: rounds in which only branches moved before libpcap gives up looping
_MAX_BRANCH_ONLY_ROUNDS = 100


class Unmodelled(Exception):
    """The program is not one libpcap's code generator could have laid out."""


def _cls(code: int) -> int:
    return code & 0x07


class _Edge:
    __slots__ = ("id", "code", "pred", "succ", "edom")

    def __init__(self, pred: "_Blk") -> None:
        self.id = 0
        self.code = 0
        self.pred = pred
        self.succ: _Blk | None = None
        self.edom = 0


class _Blk:
    __slots__ = ("id", "stmts", "code", "k", "et", "ef", "level", "dom", "val", "oval",
                 "in_use", "out_use", "kill", "in_edges", "link", "mark")

    def __init__(self) -> None:
        self.id = -1
        self.stmts: list[list[int]] = []   # [code, k]; code NOP once deleted
        self.code = 0
        self.k = 0
        self.et = _Edge(self)
        self.ef = _Edge(self)
        self.level = 0
        self.dom = 0
        self.val = [0] * N_ATOMS
        self.oval = 0
        self.in_use = 0
        self.out_use = 0
        self.kill = 0
        self.in_edges: list[_Edge] = []    # most recently linked first, as libpcap's list
        self.link: _Blk | None = None
        self.mark = 0


# ---------------------------------------------------------------------------
# the linear program back into libpcap's blocks


def _blocks(prog: Sequence[tuple[int, int, int, int]]) -> _Blk:
    n = len(prog)
    if n == 0:
        raise Unmodelled
    leaders = {0}
    for pc, (code, jt, jf, k) in enumerate(prog):
        c = _cls(code)
        if c == BPF_JMP:
            if code == _GOTO:
                tgt = pc + 1 + k
                if tgt >= n:
                    raise Unmodelled
                leaders.add(tgt)
            else:
                if pc + 1 + jt >= n or pc + 1 + jf >= n:
                    raise Unmodelled
                leaders.update((pc + 1 + jt, pc + 1 + jf))
            leaders.add(pc + 1)
        elif c == BPF_RET:
            leaders.add(pc + 1)
    starts = sorted(x for x in leaders if x < n)
    at = {s: _Blk() for s in starts}
    gotos: dict[int, int] = {}
    for i, s in enumerate(starts):
        b = at[s]
        end = starts[i + 1] if i + 1 < len(starts) else n
        pc = s
        while True:
            if pc >= end:
                raise Unmodelled  # falls through into the next block: not libpcap's layout
            code, jt, jf, k = prog[pc]
            c = _cls(code)
            if c == BPF_JMP:
                if code == _GOTO:
                    if b.stmts:
                        raise Unmodelled
                    gotos[s] = pc + 1 + k   # a long-jump trampoline: not a block of libpcap's
                else:
                    b.code, b.k = code, k
                    b.et.succ = at[pc + 1 + jt]  # type: ignore[assignment]
                    b.ef.succ = at[pc + 1 + jf]  # type: ignore[assignment]
                break
            if c == BPF_RET:
                b.code, b.k = code, k
                break
            b.stmts.append([code, k])
            pc += 1

    def res(s: int) -> _Blk:
        seen = 0
        while s in gotos:
            s = gotos[s]
            seen += 1
            if seen > n:
                raise Unmodelled
        return at[s]

    index = {id(b): s for s, b in at.items()}
    for b in at.values():
        for e in (b.et, b.ef):
            if e.succ is not None:
                e.succ = res(index[id(e.succ)])
    return res(0)


# ---------------------------------------------------------------------------
# use/def of one statement (libpcap's atomuse/atomdef)


def _atomuse(code: int, k: int) -> int:
    if code == NOP:
        return -1
    c = _cls(code)
    if c == BPF_RET:
        rv = code & 0x18
        return A_ATOM if rv == 0x10 else X_ATOM if rv == 0x08 else -1
    if c == BPF_LD or c == BPF_LDX:
        mode = code & 0xE0
        return X_ATOM if mode == BPF_IND else k if mode == BPF_MEM else -1
    if c == BPF_ST:
        return A_ATOM
    if c == BPF_STX:
        return X_ATOM
    if c == BPF_JMP or c == BPF_ALU:
        return AX_ATOM if code & BPF_X else A_ATOM
    return X_ATOM if code & 0xF8 == BPF_TXA else A_ATOM


def _atomdef(code: int, k: int) -> int:
    if code == NOP:
        return -1
    c = _cls(code)
    if c == BPF_LD or c == BPF_ALU:
        return A_ATOM
    if c == BPF_LDX:
        return X_ATOM
    if c == BPF_ST or c == BPF_STX:
        return k
    if c == BPF_MISC:
        return X_ATOM if code & 0xF8 == BPF_TAX else A_ATOM
    return -1


def _chain_to(e: _Edge, bit: int, b_keep: _Blk | None, along_false: bool, val: int,
              same: bool) -> _Edge | None:
    """Follow a pullup chain from edge ``e`` (see :meth:`_State.pullup`) to the first
    edge whose block's A value is ``val`` (``same``) or is not (``not same``).

    Every block on the way must be dominated by the block of ``bit`` and branch
    the other way to ``b_keep``; None when the chain breaks first (the hot loop
    of the pullups, so the direction is tested in it rather than by a call).
    """
    while True:
        d = e.succ
        if d is None or not d.dom & bit:
            return None
        if along_false:
            if d.et.succ is not b_keep:
                return None
            if (d.val[A_ATOM] == val) is same:
                return e
            e = d.ef
        else:
            if d.ef.succ is not b_keep:
                return None
            if (d.val[A_ATOM] == val) is same:
                return e
            e = d.et


class _State:
    """One run of the model over one program."""

    def __init__(self, root: _Blk, jset_all_ones_true: bool) -> None:
        self.root = root
        self.jset_quirk = jset_all_ones_true
        self.tab: dict[tuple[int, int, int], int] = {}
        self.consts: dict[int, int] = {}
        self.done = True
        self.nbm = False   # "non-branch movement performed"
        self.mark = 0
        blocks: list[_Blk] = []
        self._number(root, blocks)
        self.blocks = blocks
        n = len(blocks)
        self.edges: list[_Edge] = [None] * (2 * n)  # type: ignore[list-item]
        for i, b in enumerate(blocks):
            b.et.id = i
            b.ef.id = n + i
            self.edges[i] = b.et
            self.edges[n + i] = b.ef
        self.levels: list[list[_Blk]] = []
        self.tests: dict[tuple[int, int, int], int] = {}
        self.jeq_true: dict[int, int] = {}

    def _number(self, root: _Blk, out: list[_Blk]) -> None:
        stack = [root]
        seen = set()
        while stack:
            b = stack.pop()
            if id(b) in seen:
                continue
            seen.add(id(b))
            b.id = len(out)
            out.append(b)
            if b.ef.succ is not None:
                stack.append(b.ef.succ)
            if b.et.succ is not None:
                stack.append(b.et.succ)

    # -- value numbers (libpcap's F and K) -------------------------------------

    def F(self, code: int, v0: int, v1: int) -> int:
        key = (code, v0, v1)
        v = self.tab.get(key)
        if v is None:
            v = self.tab[key] = len(self.tab) + 1
            if code & 0xE0 == BPF_IMM and _cls(code) in (BPF_LD, BPF_LDX):
                self.consts[v] = v0
        return v

    def K(self, k: int) -> int:
        return self.F(LD_IMM, k & M32, 0)

    # -- graph analyses -------------------------------------------------------

    def find_levels(self) -> None:
        self.mark += 1
        mark = self.mark
        levels: list[list[_Blk]] = []
        stack: list = [(self.root, 0)]
        while stack:
            b, state = stack.pop()
            if state == 0:
                if b.mark == mark:
                    continue
                b.mark = mark
                stack.append((b, 1))
                jt, jf = b.et.succ, b.ef.succ
                if jt is not None:
                    # true successor first, then the false one (pushed in reverse)
                    stack.append((jf, 0))
                    stack.append((jt, 0))
                continue
            jt, jf = b.et.succ, b.ef.succ
            if jt is not None:
                assert jf is not None
                level = max(jt.level, jf.level) + 1
            else:
                level = 0
            b.level = level
            while len(levels) <= level:
                levels.append([])
            levels[level].append(b)
        # libpcap links each block at the head of its level's list
        self.levels = [lst[::-1] for lst in levels]

    def walk_down(self):
        """Blocks from the root's level down to 0, in libpcap's list order."""
        for level in range(self.root.level, -1, -1):
            yield from self.levels[level]

    def walk_up(self):
        for level in range(1, self.root.level + 1):
            yield from self.levels[level]

    def find_dom(self) -> None:
        full = (1 << len(self.blocks)) - 1
        for b in self.blocks:
            b.dom = full
        self.root.dom = 0
        for b in self.walk_down():
            b.dom |= 1 << b.id
            jt = b.et.succ
            if jt is None:
                continue
            jt.dom &= b.dom
            b.ef.succ.dom &= b.dom  # type: ignore[union-attr]

    def find_ud(self) -> None:
        for b in self.walk_down():
            self.local_ud(b)
            b.out_use = 0
        for b in self.walk_up():
            b.out_use |= b.et.succ.in_use | b.ef.succ.in_use  # type: ignore[union-attr]
            b.in_use |= b.out_use & ~b.kill

    @staticmethod
    def local_ud(b: _Blk) -> None:
        d = use = killed = 0

        def uses(atom: int) -> None:
            nonlocal use
            if atom == AX_ATOM:
                if not d >> X_ATOM & 1:
                    use |= 1 << X_ATOM
                if not d >> A_ATOM & 1:
                    use |= 1 << A_ATOM
            elif atom >= 0 and not d >> atom & 1:
                use |= 1 << atom

        for code, k in b.stmts:
            if code == NOP:
                continue
            uses(_atomuse(code, k))
            atom = _atomdef(code, k)
            if atom >= 0:
                if not use >> atom & 1:
                    killed |= 1 << atom
                d |= 1 << atom
        if _cls(b.code) == BPF_JMP:
            uses(_atomuse(b.code, b.k))
        b.in_use = use
        b.kill = killed

    def find_edom(self) -> None:
        full = (1 << len(self.edges)) - 1
        for e in self.edges:
            e.edom = full
        self.root.et.edom = 0
        self.root.ef.edom = 0
        for b in self.walk_down():
            for e in (b.et, b.ef):
                e.edom |= 1 << e.id
                s = e.succ
                if s is not None:
                    s.et.edom &= e.edom
                    s.ef.edom &= e.edom

    def find_inedges(self) -> None:
        for b in self.blocks:
            b.in_edges = []
        for level in range(self.root.level, 0, -1):
            for b in self.levels[level]:
                b.et.succ.in_edges.insert(0, b.et)  # type: ignore[union-attr]
                b.ef.succ.in_edges.insert(0, b.ef)  # type: ignore[union-attr]

    # -- statements -----------------------------------------------------------

    def fold_op(self, s: list[int], v0: int, v1: int) -> None:
        a = self.consts[v0]
        b = self.consts[v1]
        op = s[0] & 0xF0
        if op == ADD:
            a += b
        elif op == SUB:
            a -= b
        elif op == MUL:
            a *= b
        elif op == DIV:
            if b == 0:
                raise FilterError("division by zero")
            a //= b
        elif op == MOD:
            if b == 0:
                raise FilterError("modulus by zero")
            a %= b
        elif op == AND:
            a &= b
        elif op == OR:
            a |= b
        elif op == XOR:
            a ^= b
        elif op == LSH:
            a = a << b if b < 32 else 0
        elif op == RSH:
            a = a >> b if b < 32 else 0
        else:  # pragma: no cover - not an operation the caller passes
            raise Unmodelled
        s[1] = a & M32
        s[0] = LD_IMM
        self.nbm = True
        self.done = False

    def vstore(self, s: list[int], val: list[int], atom: int, newval: int, alter: bool) -> None:
        if alter and newval != 0 and val[atom] == newval:
            s[0] = NOP
        else:
            val[atom] = newval

    def opt_stmt(self, s: list[int], val: list[int], alter: bool) -> None:
        code, k = s
        consts = self.consts
        if code == NOP:
            return
        c = _cls(code)
        mode = code & 0xE0
        if c == BPF_LD and mode == BPF_ABS:
            self.vstore(s, val, A_ATOM, self.F(code, k, 0), alter)
        elif c == BPF_LD and mode == BPF_IND:
            v = val[X_ATOM]
            if alter and v in consts:
                s[0] = BPF_LD | BPF_ABS | (code & 0x18)
                s[1] = (k + consts[v]) & M32
                v = self.F(s[0], s[1], 0)
                self.nbm = True
                self.done = False
            else:
                v = self.F(code, k, v)
            self.vstore(s, val, A_ATOM, v, alter)
        elif code == BPF_LD | BPF_LEN:
            self.vstore(s, val, A_ATOM, self.F(code, 0, 0), alter)
        elif code == LD_IMM:
            self.vstore(s, val, A_ATOM, self.K(k), alter)
        elif code == LDX_IMM:
            self.vstore(s, val, X_ATOM, self.K(k), alter)
        elif code == LDX_MSH:
            self.vstore(s, val, X_ATOM, self.F(code, k, 0), alter)
        elif code == BPF_ALU | NEG:
            a = val[A_ATOM]
            if alter and a in consts:
                s[0] = LD_IMM
                s[1] = (-consts[a]) & M32
                val[A_ATOM] = self.K(s[1])
            else:
                val[A_ATOM] = self.F(code, a, 0)
        elif c == BPF_ALU and not code & BPF_X:
            op = code & 0xF0
            if alter:
                if k == 0:
                    if op in (ADD, LSH, RSH, OR, XOR):
                        s[0] = NOP
                        return
                    if op in (MUL, AND):
                        s[0] = LD_IMM
                        val[A_ATOM] = self.K(k)
                        return
                    if op == DIV:
                        raise FilterError("division by zero")
                    if op == MOD:
                        raise FilterError("modulus by zero")
                if val[A_ATOM] in consts:
                    self.fold_op(s, val[A_ATOM], self.K(k))
                    val[A_ATOM] = self.K(s[1])
                    return
            val[A_ATOM] = self.F(code, val[A_ATOM], self.K(k))
        elif c == BPF_ALU:
            op = code & 0xF0
            if alter and val[X_ATOM] in consts:
                if val[A_ATOM] in consts:
                    self.fold_op(s, val[A_ATOM], val[X_ATOM])
                    val[A_ATOM] = self.K(s[1])
                else:
                    s[0] = BPF_ALU | BPF_K | op
                    s[1] = consts[val[X_ATOM]]
                    if op in (LSH, RSH) and s[1] > 31:
                        raise FilterError("shift by more than 31 bits")
                    self.nbm = True
                    self.done = False
                    val[A_ATOM] = self.F(s[0], val[A_ATOM], self.K(s[1]))
                return
            if alter and consts.get(val[A_ATOM], 1) == 0:
                if op in (ADD, OR, XOR):
                    s[0] = TXA
                    self.vstore(s, val, A_ATOM, val[X_ATOM], alter)
                    return
                if op in (MUL, DIV, MOD, AND, LSH, RSH):
                    s[0] = LD_IMM
                    s[1] = 0
                    self.vstore(s, val, A_ATOM, self.K(0), alter)
                    return
            val[A_ATOM] = self.F(code, val[A_ATOM], val[X_ATOM])
        elif code == TXA:
            self.vstore(s, val, A_ATOM, val[X_ATOM], alter)
        elif code in _MEM_LOADS:
            # ld M[k] / ldx M[k] of a known constant becomes an immediate load
            imm, reg = _MEM_LOADS[code]
            v = val[k]
            if alter and v in consts:
                s[0] = imm
                s[1] = consts[v]
                self.nbm = True
                self.done = False
            self.vstore(s, val, reg, v, alter)
        elif code == TAX:
            self.vstore(s, val, X_ATOM, val[A_ATOM], alter)
        elif code == BPF_ST:
            self.vstore(s, val, k, val[A_ATOM], alter)
        elif code == BPF_STX:
            self.vstore(s, val, k, val[X_ATOM], alter)
        # anything else (ldx len, ...) leaves the values alone, as in libpcap

    # -- peephole, dead stores ------------------------------------------------

    @staticmethod
    def _this_op(stmts: list[list[int]], i: int) -> int | None:
        while i < len(stmts) and stmts[i][0] == NOP:
            i += 1
        return i if i < len(stmts) else None

    def opt_peep(self, b: _Blk) -> None:
        stmts = b.stmts
        if not stmts:
            return
        this_op = self._this_op
        last = stmts[0]
        i: int | None = 0
        while True:
            i = this_op(stmts, i)  # type: ignore[arg-type]
            if i is None:
                break
            nx = this_op(stmts, i + 1)
            if nx is None:
                break
            s, nxt = stmts[i], stmts[nx]
            last = nxt
            if s[0] == BPF_ST and nxt[0] == LDX_MEM and s[1] == nxt[1]:
                self.nbm = True
                self.done = False
                nxt[0] = TAX
            if s[0] == LD_IMM and nxt[0] == TAX:
                s[0] = LDX_IMM
                nxt[0] = TXA
                self.nbm = True
                self.done = False
            if s[0] == LD_IMM and not b.out_use >> X_ATOM & 1:
                ai = nx if nxt[0] != LDX_MSH else this_op(stmts, nx + 1)
                if ai is not None and stmts[ai][0] == BPF_ALU | ADD | BPF_X:
                    ti = this_op(stmts, ai + 1)
                    if ti is not None and stmts[ti][0] == TAX:
                        li = this_op(stmts, ti + 1)
                        if li is not None and _cls(stmts[li][0]) == BPF_LD \
                                and stmts[li][0] & 0xE0 == BPF_IND:
                            stmts[li][1] = (stmts[li][1] + s[1]) & M32
                            s[0] = NOP
                            stmts[ai][0] = NOP
                            stmts[ti][0] = NOP
                            self.nbm = True
                            self.done = False
            i = nx
        consts = self.consts
        if b.code == JEQ_K and not b.out_use >> A_ATOM & 1:
            if last[0] == BPF_ALU | SUB | BPF_X:
                v = b.val[X_ATOM]
                if v in consts:
                    b.k = (b.k + consts[v]) & M32
                    last[0] = NOP
                    self.nbm = True
                    self.done = False
                elif b.k == 0:
                    last[0] = NOP
                    b.code = BPF_JMP | JEQ | BPF_X
                    self.nbm = True
                    self.done = False
            elif last[0] == BPF_ALU | SUB | BPF_K:
                last[0] = NOP
                b.k = (b.k + last[1]) & M32
                self.nbm = True
                self.done = False
            elif last[0] == BPF_ALU | AND | BPF_K and b.k == 0:
                b.k = last[1]
                b.code = JSET_K
                last[0] = NOP
                self.nbm = True
                self.done = False
                b.et.succ, b.ef.succ = b.ef.succ, b.et.succ
        if b.code == JSET_K:
            if b.k == 0:
                b.et.succ = b.ef.succ
            if b.k == M32 and self.jset_quirk:
                b.ef.succ = b.et.succ
        v = b.val[X_ATOM]
        if v in consts and b.code & BPF_X:
            b.code &= ~BPF_X
            b.k = consts[v]
        v = b.val[A_ATOM]
        if v in consts and not b.code & BPF_X:
            a = consts[v]
            op = b.code & 0xF0
            if op == JEQ:
                r = a == b.k
            elif op == JGT:
                r = a > b.k
            elif op == JGE:
                r = a >= b.k
            elif op == JSET:
                r = (a & b.k) != 0
            else:
                raise Unmodelled
            if b.ef.succ is not b.et.succ:
                self.nbm = True
                self.done = False
            if r:
                b.ef.succ = b.et.succ
            else:
                b.et.succ = b.ef.succ

    def deadstores(self, b: _Blk) -> None:
        last: list[list[int] | None] = [None] * N_ATOMS

        def dead(s: list[int]) -> None:
            atom = _atomuse(s[0], s[1])
            if atom >= 0:
                if atom == AX_ATOM:
                    last[X_ATOM] = None
                    last[A_ATOM] = None
                else:
                    last[atom] = None
            atom = _atomdef(s[0], s[1])
            if atom >= 0:
                prev = last[atom]
                if prev is not None:
                    self.nbm = True
                    self.done = False
                    prev[0] = NOP
                last[atom] = s

        for s in b.stmts:
            dead(s)
        dead([b.code, b.k])
        for atom in range(N_ATOMS):
            unread = last[atom]
            if unread is not None and not b.out_use >> atom & 1:
                unread[0] = NOP
                self.nbm = True
                self.done = False

    # -- one block ------------------------------------------------------------

    def opt_blk(self, b: _Blk, do_stmts: bool) -> None:
        eds = b.in_edges
        if not eds:
            val = [0] * N_ATOMS
        else:
            val = list(eds[0].pred.val)
            for e in eds[1:]:
                pv = e.pred.val
                for i in range(N_ATOMS):
                    if val[i] != pv[i]:
                        val[i] = 0
        b.val = val
        aval, xval = val[A_ATOM], val[X_ATOM]
        for s in b.stmts:
            self.opt_stmt(s, val, do_stmts)
        if do_stmts and ((b.out_use == 0 and aval != 0 and val[A_ATOM] == aval
                          and xval != 0 and val[X_ATOM] == xval)
                         or _cls(b.code) == BPF_RET):
            if b.stmts:
                b.stmts = []
                self.nbm = True
                self.done = False
        else:
            self.opt_peep(b)
            self.deadstores(b)
        b.oval = self.K(b.k) if not b.code & BPF_X else val[X_ATOM]
        b.et.code = b.code
        b.ef.code = -b.code

    # -- jumps ----------------------------------------------------------------

    @staticmethod
    def use_conflict(b: _Blk, succ: _Blk) -> bool:
        use = succ.out_use
        if use == 0:
            return False
        bv, sv = b.val, succ.val
        for atom in range(N_ATOMS):
            if use >> atom & 1 and bv[atom] != sv[atom]:
                return True
        return False

    @staticmethod
    def fold_edge(child: _Blk, ep: _Edge) -> _Blk | None:
        code = ep.code
        sense = code >= 0
        if not sense:
            code = -code
        if child.code != code:
            return None
        if child.val[A_ATOM] != ep.pred.val[A_ATOM]:
            return None
        if child.oval == ep.pred.oval:
            return child.et.succ if sense else child.ef.succ
        if sense and code == JEQ_K:
            return child.ef.succ
        return None

    def opt_j(self, ep: _Edge) -> None:
        succ = ep.succ
        assert succ is not None
        if succ.et.succ is None:
            return
        if succ.et.succ is succ.ef.succ:
            if not self.use_conflict(ep.pred, succ.et.succ):
                self.nbm = True
                self.done = False
                ep.succ = succ.et.succ
        edges = self.edges
        tests = self.tests
        while True:
            # libpcap tries every dominating edge in id order; only the edges of tests
            # with the child's code and A value can fold, so only those are tried
            child = ep.succ
            assert child is not None
            x = tests.get((child.code, child.val[A_ATOM], child.oval), 0)
            if child.code == JEQ_K:
                x |= self.jeq_true.get(child.val[A_ATOM], 0)
            x &= ep.edom
            moved = False
            while x:
                low = x & -x
                x ^= low
                target = self.fold_edge(child, edges[low.bit_length() - 1])  # type: ignore[arg-type]
                if target is not None and not self.use_conflict(ep.pred, target):
                    self.done = False
                    ep.succ = target
                    if target.et.succ is not None:
                        moved = True
                        break
                    return
            if not moved:
                return

    def pullup(self, b: _Blk, along_false: bool) -> None:
        """libpcap's or_pullup (``along_false``: a chain of tests linked by their false
        edges, all true edges to where ``b``'s goes) and and_pullup (the mirror image).

        A "pointer" libpcap keeps to a successor field is an edge here: ``go(blk)`` is the
        edge the chain follows out of ``blk``, ``keep(blk)`` the other one."""
        eds = b.in_edges
        if not eds:
            return
        val = eds[0].pred.val[A_ATOM]
        for e in eds[1:]:
            if e.pred.val[A_ATOM] != val:
                return
        if along_false:
            def go(blk: _Blk) -> _Edge:
                return blk.ef

            def keep(blk: _Blk) -> _Blk | None:
                return blk.et.succ
        else:
            def go(blk: _Blk) -> _Edge:
                return blk.et

            def keep(blk: _Blk) -> _Blk | None:
                return blk.ef.succ
        first = eds[0].pred
        diffp = first.et if first.et.succ is b else first.ef
        bit = 1 << b.id
        b_keep = keep(b)
        top = diffp
        found = _chain_to(diffp, bit, b_keep, along_false, val, False)
        if found is None:
            return
        diffp = found
        at_top = diffp is top
        found = _chain_to(go(diffp.succ), bit, b_keep, along_false, val, True)  # type: ignore[arg-type]
        if found is None:
            return
        samep = found
        pull = samep.succ
        assert pull is not None
        samep.succ = go(pull).succ
        go(pull).succ = diffp.succ
        if at_top:
            for e in b.in_edges:
                if e.pred.et.succ is b:
                    e.pred.et.succ = pull
                else:
                    e.pred.ef.succ = pull
        else:
            diffp.succ = pull
        self.done = False

    # -- the loops ------------------------------------------------------------

    def opt_blks(self, do_stmts: bool) -> None:
        self.tab = {}
        self.consts = {}
        self.find_inedges()
        for b in self.walk_down():
            self.opt_blk(b, do_stmts)
        if do_stmts:
            return
        # the edges fold_edge can use, as bit sets of edge ids: (test code, A value,
        # operand value) -> both edges of such tests; A value -> true edges of jeq #k
        tests: dict[tuple[int, int, int], int] = {}
        jeq_true: dict[int, int] = {}
        for b in self.walk_up():
            key = (b.code, b.val[A_ATOM], b.oval)
            tests[key] = tests.get(key, 0) | (1 << b.et.id) | (1 << b.ef.id)
            if b.code == JEQ_K:
                a = b.val[A_ATOM]
                jeq_true[a] = jeq_true.get(a, 0) | (1 << b.et.id)
        self.tests = tests
        self.jeq_true = jeq_true
        for b in list(self.walk_up()):
            self.opt_j(b.et)
            self.opt_j(b.ef)
        self.find_inedges()
        for b in list(self.walk_up()):
            self.pullup(b, True)
            self.pullup(b, False)

    def opt_loop(self, do_stmts: bool) -> None:
        branch_only = 0
        while True:
            self.done = True
            self.nbm = False
            self.find_levels()
            self.find_dom()
            self.find_ud()
            self.find_edom()
            self.opt_blks(do_stmts)
            if self.done:
                return
            if self.nbm:
                branch_only = 0
            else:
                branch_only += 1
                if branch_only >= _MAX_BRANCH_ONLY_ROUNDS:
                    return

    def intern_blocks(self) -> None:
        """libpcap's intern_blocks: equal blocks (same test or return, same non-deleted
        statements, same successors) are merged, again and again until no two reachable
        blocks are equal.  That fixed point is the reachable graph with every class of
        equal blocks made one, which one bottom-up pass builds (successors first)."""
        self.mark += 1
        mark = self.mark
        canon: dict = {}
        rep: dict[int, _Blk] = {}
        stack: list = [(self.root, False)]
        while stack:
            b, done = stack.pop()
            if done:
                if b.et.succ is not None:
                    b.et.succ = rep[id(b.et.succ)]
                    b.ef.succ = rep[id(b.ef.succ)]  # type: ignore[arg-type]
                rep[id(b)] = canon.setdefault(self._key(b), b)
                continue
            if b.mark == mark:
                continue
            b.mark = mark
            stack.append((b, True))
            if _cls(b.code) != BPF_RET:
                stack.append((b.ef.succ, False))
                stack.append((b.et.succ, False))

    @staticmethod
    def _key(b: _Blk) -> tuple:
        return (b.code, b.k, id(b.et.succ), id(b.ef.succ),
                tuple((c, k) for c, k in b.stmts if c != NOP))

    def root_is_reject(self) -> bool:
        b = self.root
        while _cls(b.code) == BPF_JMP and b.et.succ is b.ef.succ:
            b = b.et.succ  # type: ignore[assignment]
        return b.code == RET_K and b.k == 0


def model_rejects_all(prog: Sequence[tuple[int, int, int, int]],
                      jset_all_ones_true: bool = True) -> bool:
    """Would libpcap 1.10.3's optimizer reduce the unoptimized program ``prog`` to a bare
    ``ret #0`` ("expression rejects all packets")?

    ``jset_all_ones_true`` reads ``jset #0xffffffff`` as libpcap does (always true);
    False reads it soundly.  Raises :class:`FilterError` with libpcap's optimizer errors,
    :class:`Unmodelled` for a program libpcap's code generator could not have laid out.
    """
    st = _State(_blocks(prog), jset_all_ones_true)
    st.opt_loop(False)
    st.opt_loop(True)
    st.intern_blocks()
    return st.root_is_reject()
