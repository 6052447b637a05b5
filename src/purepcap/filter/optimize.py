"""The filter optimizer: an unoptimized classic BPF program in, a smaller equivalent one out.

Design
======

The compiler hands us the *linear* program it produced (libpcap's ``-O`` output shape:
straight-line blocks ending in forward conditional jumps, ``ja`` for long jumps, scratch
words ``M[0..15]`` used as virtual registers, ``ret`` leaves).  We rebuild a control-flow
graph (a DAG: every jump goes forward), rewrite it with a handful of bounded passes
iterated to a fixed point (with a cap), and lay it out again.

Semantics we preserve exactly
-----------------------------

* 32-bit unsigned arithmetic.  Folding never guesses: division or modulo by zero is not
  folded (the instruction stays and keeps ending the program with 0), constant shifts
  ``#k`` by 32 or more are not folded (interpreters disagree on them).  A constant A
  shifted by a constant X over 31 is folded to 0, as libpcap 1.10.3's optimizer does and
  as its interpreter computes ``lsh x``/``rsh x`` (the kernel would take X modulo 32; a
  filter compiled by libpcap never gets there either).  As in libpcap 1.10.3, a
  divisor in X that turns out to be a constant 0, or a shift count in X over 31 applied
  to a non-constant A, makes the optimizer refuse the filter ("modulus by zero",
  "division by zero", "shift by more than 31 bits"); libpcap only finds those in code
  its optimizer has not yet proved unreachable, so our first forward pass also sends
  each edge's state where libpcap's weaker branch decisions would (see ``forward``).
* With A the constant 0: ``0 * X``, ``0 & X``, ``0 << X``, ``0 >> X`` are 0; ``0 / X``,
  ``0 % X`` are 0 or end the program (the statement stays); ``0 + X``, ``0 | X``,
  ``0 ^ X`` are ``txa``.
* "expression rejects all packets" exactly where libpcap 1.10.3 says it: where its
  optimizer would reduce the program to a bare ``ret #0``, which a model of that
  optimizer decides (:func:`libpcap_rejects_all`, :mod:`._pcapopt`).  Where our own
  reasoning proves more (every reachable ``ret`` returns 0, a failing load returning 0
  too) the program compiles to ``ret #0``.
* ``jset #0xffffffff`` is true iff A != 0, not always; ``jset #0`` is always false.
* A load past the captured bytes ends the program with 0.  libpcap's optimizer assumes
  loads never fail: it deletes dead loads, skips blocks whose loads nobody uses and
  reorders or-chains across loads of larger offsets, so its optimized program can accept
  a truncated packet its unoptimized program rejects.  We do not: a statement that may
  end the program (a packet load not known to be in range, a division by an unknown X,
  an ancillary load not already done) is never deleted, skipped or moved across another
  test.  The forward pass tracks, per edge, a lower bound on the captured length (the
  largest extent of an absolute load done on every path) and the set of indirect and
  ancillary loads done on every path; a load inside those bounds is *safe* and may be
  treated as pure.
* Linux ancillary loads (``ld [k]`` with ``k >= SKF_AD_OFF``) are opaque values, stable
  within one run, except ``SKF_AD_RANDOM`` which is a fresh value at every load.

Passes (one round; rounds repeat until nothing changes, at most ``_MAX_ROUNDS``)
--------------------------------------------------------------------------------

1. Forward pass in topological order: global value numbering of A, X and the scratch
   words (a value number is a pure function of the packet: constants, loads, arithmetic
   of value numbers; merges of disagreeing predecessors get a per-block "phi" number),
   constant folding and algebraic identities, redundant load/store removal, peepholes
   (``sub #x; jeq #y`` -> ``jeq #(x+y)``, ``sub x; jeq #0`` -> ``jeq x``,
   ``and #k; jeq #0`` -> ``jset #k`` inverted, ``ldx M[k]`` holding A -> ``tax``,
   ``ld #c; add x; tax; ld [x+k]`` -> ``ld [x+(c+k)]`` when X is provably small enough
   not to wrap), and **jump threading**: each edge carries the
   branch outcomes known on every path to it (a bounded map keyed by (test, value
   numbers), plus "value == constant" facts); an edge into a block whose test those
   facts decide is redirected past it, as long as the skipped statements are safe and
   nothing live after the new target differs (checked by re-evaluating the skipped
   blocks with the edge's own values).  Besides, each edge carries *value domains* for
   tests against constants: a value is in a small set of constants (from ``jeq`` true
   edges, and unions at joins when every path knows a set), in a range (``jgt``/``jge``
   edges, and the width of a load), and not one of some constants (``jeq`` false edges);
   a ``jeq``/``jgt``/``jge``/``jset`` on which every member agrees is decided.  Facts are
   merged at joins by intersection (domains by union), so the pass is linear in the graph
   times the (capped) fact-set size: no dominator bit sets.
2. Dead statement elimination from a backward liveness analysis over the 18 atoms
   (A, X, M[0..15]); a store read on any path stays.  A dead load that may fail is kept,
   unless a later load in the same block covers a larger extent.
3. Or/and-chain regrouping: in a chain of tests with a common exit, consecutive tests of
   the same value are grouped (libpcap's or/and "pullup"), which turns
   ``[26]==a or [30]==a or [26]==b or [30]==b ...`` into runs needing one load each.
   Only tests that cannot fail move, and never across a test that can.
4. Graph cleanup and hash-consing: unreachable blocks go, ``jt == jf`` tests become
   gotos, gotos into single-predecessor blocks are merged, and structurally identical
   blocks (same statements, same terminator, same successors) are merged bottom-up.

Layout mirrors libpcap's assembler (a block, then its true subtree, then its false
subtree); a jump farther than 255 instructions goes through a trampoline placed right
after the jumping block and shared by later jumps to the same target (a copy of the
``ret`` when the target is a bare return, else a ``ja``).
"""

from __future__ import annotations

import functools
import gc
from typing import Any, Iterable, Sequence

from ..bpf.alu import fold_alu
from ..bpf.opcodes import (
    ADD_X, AND_K, BPF_ABS, BPF_ADD, BPF_ALU, BPF_AND, BPF_B, BPF_DIV, BPF_H, BPF_IMM, BPF_IND,
    BPF_JA, BPF_JEQ, BPF_JGE, BPF_JGT, BPF_JMP, BPF_JSET, BPF_K, BPF_LD, BPF_LDX, BPF_LEN,
    BPF_LSH, BPF_MEM, BPF_MISC, BPF_MOD, BPF_MUL, BPF_NEG, BPF_OR, BPF_RET, BPF_RSH, BPF_ST,
    BPF_STX, BPF_SUB, BPF_TXA, BPF_W, BPF_X, BPF_XOR, JEQ_K, JEQ_X, JSET_K, LD_ABS, LD_IMM,
    LDX_IMM, LDX_LEN, LDX_MEM, LDX_MSH, RET_A, RET_K, SKF_AD_OFF, SKF_AD_RANDOM, SUB_K, SUB_X,
    TAX, TXA,
)
from ..errors import FilterError
from ._pcapopt import Unmodelled, model_rejects_all
from .cfg import postorder

__all__ = ["optimize", "EMPTY_FILTER_MESSAGE"]

EMPTY_FILTER_MESSAGE = "expression rejects all packets"

Insn = tuple[int, int, int, int]

M32 = 0xFFFFFFFF
_AD_RANDOM = SKF_AD_OFF + SKF_AD_RANDOM

# atoms: M[0..15] are 0..15
A_ATOM = 16
X_ATOM = 17
N_ATOMS = 18
A_BIT = 1 << A_ATOM
X_BIT = 1 << X_ATOM

# block kinds
RET, COND, GOTO = 0, 1, 2

# operations (``code & 0xF0``), short names for the tables and tests below
ADD, SUB, MUL, DIV, OR, AND, LSH, RSH, NEG, MOD, XOR = (
    BPF_ADD, BPF_SUB, BPF_MUL, BPF_DIV, BPF_OR, BPF_AND, BPF_LSH, BPF_RSH, BPF_NEG, BPF_MOD,
    BPF_XOR)
JA, JEQ, JGT, JGE, JSET = BPF_JA, BPF_JEQ, BPF_JGT, BPF_JGE, BPF_JSET
_COMMUTATIVE = frozenset((ADD, MUL, OR, AND, XOR))
_SIZES = {BPF_W: 4, BPF_H: 2, BPF_B: 1}

# whole instructions the passes emit or look for
_GOTO = BPF_JMP | BPF_JA

_MAX_ROUNDS = 30
_MAX_FACTS = 48        # branch facts carried per edge
_MAX_AVAIL = 32        # indirect/ancillary loads remembered per edge
_MAX_WALK = 200        # blocks looked through when threading one edge
_MAX_FAR = 0xFF


class _Bail(Exception):
    """The input is not a program we understand: hand it back unchanged."""


class _Block:
    __slots__ = ("id", "stmts", "kind", "code", "k", "t", "f", "live_in", "live_bits",
                 "entry", "ext", "avail", "safe", "vals")

    def __init__(self, bid: int) -> None:
        self.id = bid
        self.stmts: list[tuple[int, int]] = []
        self.kind = RET
        self.code = 0
        self.k = 0
        # successors; _NOWHERE where there is none (t and f of a RET, f of a GOTO)
        self.t: _Block = _NOWHERE
        self.f: _Block = _NOWHERE
        self.live_in = 0
        self.live_bits: tuple[int, ...] = ()
        self.entry: list[int] | None = None
        self.ext = 0
        self.avail: frozenset = frozenset()
        self.safe: list[bool] = []
        self.vals: list[tuple[int, int]] = []

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<B{self.id} {self.stmts} {self.kind}:{self.code:#x},{self.k:#x}>"


#: the successor of a block that has none (never visited: its fields are unset)
_NOWHERE: _Block = _Block.__new__(_Block)


# ---------------------------------------------------------------------------
# statement classification


def _live_out(b: "_Block") -> int:
    """Atoms live where ``b``'s statements end: what its terminator and successors read."""
    if b.kind == RET:
        return A_BIT if b.code == RET_A else 0
    if b.kind == COND:
        return b.t.live_in | b.f.live_in | A_BIT | (X_BIT if b.code & 8 else 0)
    return b.t.live_in


def _stmt_use_def(code: int, k: int) -> tuple[int, int]:
    """(use bits, def bits) of a non-jump statement."""
    cls = code & 0x07
    if cls == BPF_LD:
        mode = code & 0xE0
        if mode == BPF_IND:
            return X_BIT, A_BIT
        if mode == BPF_MEM:
            return 1 << k, A_BIT
        return 0, A_BIT
    if cls == BPF_LDX:
        if code & 0xE0 == BPF_MEM:
            return 1 << k, X_BIT
        return 0, X_BIT
    if cls == BPF_ST:
        return A_BIT, 1 << k
    if cls == BPF_STX:
        return X_BIT, 1 << k
    if cls == BPF_ALU:
        if code & 0xF0 == NEG:
            return A_BIT, A_BIT
        return (A_BIT | X_BIT) if code & BPF_X else A_BIT, A_BIT
    # MISC
    if code & 0xF8 == BPF_TXA:
        return X_BIT, A_BIT
    return A_BIT, X_BIT  # TAX


_VALID_STMTS = frozenset(
    (LD_IMM, BPF_LD | BPF_LEN, BPF_LD | BPF_MEM)
    + tuple(BPF_LD | m | z for m in (BPF_ABS, BPF_IND) for z in (BPF_W, BPF_H, BPF_B))
    + (LDX_IMM, LDX_LEN, LDX_MEM, LDX_MSH, BPF_ST, BPF_STX, TAX, TXA, BPF_ALU | NEG)
    + tuple(BPF_ALU | o | s for o in (ADD, SUB, MUL, DIV, OR, AND, LSH, RSH, MOD, XOR)
            for s in (BPF_K, BPF_X)))
_SCRATCH_STMTS = frozenset((BPF_LD | BPF_MEM, LDX_MEM, BPF_ST, BPF_STX))


def _check_stmt(code: int, k: int) -> None:
    if code not in _VALID_STMTS or (k >= 16 and code in _SCRATCH_STMTS):
        raise _Bail


def _remembered_load(code: int, k: int, v: int, st: list[int],
                     sf: list[Any]) -> tuple[tuple[int, int] | None, bool]:
    """An indirect or ancillary load of value ``v`` into A (see ``_Optimizer.stmt``): it
    may fail until done on every path, which ``sf[1]`` (the loads done) remembers."""
    if v == st[A_ATOM]:
        return None, True
    st[A_ATOM] = v
    if v in sf[1]:
        return (code, k), True
    sf[1].add(v)
    return (code, k), False


def _test(op: int, a: int, b: int) -> bool:
    if op == JEQ:
        return a == b
    if op == JGT:
        return a > b
    if op == JGE:
        return a >= b
    return (a & b) != 0


def _bits(mask: int) -> tuple[int, ...]:
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return tuple(out)



# ---------------------------------------------------------------------------
# value domains: what the branches taken on every path to an edge say about a value
#
# A domain is (S, lo, hi, N): the value is in the frozenset S when S is not None, in
# [lo, hi], and not in the frozenset N.  Normal form: with a set, lo/hi are its extremes
# and N is empty; a range of at most _MAX_SET values is turned into a set.

_MAX_SET = 16          # constants in a value set
_MAX_DOMS = 48         # domains carried per edge
_NOSET: frozenset[int] = frozenset()

#: (S, lo, hi, N), see above
Domain = tuple["frozenset[int] | None", int, int, "frozenset[int]"]


def _dnorm(s: frozenset[int] | None, lo: int, hi: int, n: frozenset[int]) -> Domain:
    if s is not None:
        if len(s) and (min(s) < lo or max(s) > hi or n):
            s = frozenset(x for x in s if lo <= x <= hi and x not in n)
        if not s:
            return (s, 1, 0, _NOSET)  # contradiction: the edge is never taken
        return (s, min(s), max(s), _NOSET)
    if n:
        while lo in n and lo < hi:
            lo += 1
        while hi in n and hi > lo:
            hi -= 1
        n = frozenset(x for x in n if lo <= x <= hi)
    if hi < lo:
        return (frozenset(), 1, 0, _NOSET)
    if hi - lo < _MAX_SET:
        return (frozenset(x for x in range(lo, hi + 1) if x not in n), lo, hi, _NOSET)
    return (None, lo, hi, n)


def _drestrict(d: Domain, op: int, c: int, sense: bool) -> Domain:
    """Domain ``d`` narrowed by the branch outcome ``(A op c) == sense``."""
    s, lo, hi, n = d
    if op == JEQ:
        if sense:
            if s is None:
                return _dnorm(frozenset((c,)), lo, hi, n)
            return (frozenset((c,)), c, c, _NOSET) if c in s else (frozenset(), 1, 0, _NOSET)
        if s is not None:
            return _dnorm(s - {c}, lo, hi, _NOSET) if c in s else d
        if c < lo or c > hi or c in n:
            return d
        if len(n) >= _MAX_SET and c != lo and c != hi:
            return d
        return _dnorm(None, lo, hi, n | {c})
    if op == JGT:
        if sense:
            lo = max(lo, c + 1)
        else:
            hi = min(hi, c)
    elif op == JGE:
        if sense:
            lo = max(lo, c)
        else:
            hi = min(hi, c - 1)
    else:  # JSET
        if s is None:
            return d
        return _dnorm(frozenset(x for x in s if bool(x & c) == sense), lo, hi, _NOSET)
    return _dnorm(s, lo, hi, n)


def _ddecide(d: Domain, op: int, c: int) -> bool | None:
    """True/False when every value of domain ``d`` gives that outcome, else None."""
    s, lo, hi, n = d
    if s is not None:
        if not s:
            return False  # unreachable edge: either way is right
        r = None
        for x in s:
            t = _test(op, x, c)
            if r is None:
                r = t
            elif r != t:
                return None
        return r
    if op == JEQ:
        if c < lo or c > hi or c in n:
            return False
        return None
    if op == JGT:
        if lo > c:
            return True
        if hi <= c:
            return False
        return None
    if op == JGE:
        if lo >= c:
            return True
        if hi < c:
            return False
        return None
    if c and hi < (c & -c):
        return False
    if c == M32 and lo > 0:
        return True
    return None


def _dmerge(d1: Domain, d2: Domain) -> Domain | None:
    """The domain of a value known by ``d1`` on one path and ``d2`` on another."""
    if d1 == d2:
        return d1
    s1, lo1, hi1, n1 = d1
    s2, lo2, hi2, n2 = d2
    if hi1 < lo1:  # a contradiction: that path is never taken
        return d2
    if hi2 < lo2:
        return d1
    if s1 is not None and s2 is not None:
        u = s1 | s2
        if len(u) <= _MAX_SET:
            return (u, min(lo1, lo2), max(hi1, hi2), _NOSET)
        return (None, min(lo1, lo2), max(hi1, hi2), _NOSET)
    lo = min(lo1, lo2)
    hi = max(hi1, hi2)
    if s1 is not None:
        n = n2 - s1
    elif s2 is not None:
        n = n1 - s2
    else:  # excluded on both paths (by the other's list or range)
        n = frozenset([x for x in n1 if x in n2 or x < lo2 or x > hi2]
                      + [x for x in n2 if x < lo1 or x > hi1])
    if lo == 0 and hi == M32 and not n:
        return None
    return (None, lo, hi, n)


# ---------------------------------------------------------------------------
# parsing the linear program into blocks


def _build(insns: Sequence[Insn]) -> _Block:
    n = len(insns)
    if n == 0:
        raise _Bail
    prog = insns  # normalized by optimize()
    leaders = {0}
    for pc, (code, jt, jf, k) in enumerate(prog):
        cls = code & 0x07
        if cls == BPF_JMP:
            op = code & 0xF0
            if op == JA:
                if code != _GOTO:
                    raise _Bail
                tgt = pc + 1 + k
                if tgt >= n:
                    raise _Bail
                leaders.add(tgt)
            else:
                if op not in (JEQ, JGT, JGE, JSET) or code & ~0xF8 & 0xFF00:
                    raise _Bail
                if code not in (BPF_JMP | op | BPF_K, BPF_JMP | op | BPF_X):
                    raise _Bail
                if pc + 1 + jt >= n or pc + 1 + jf >= n:
                    raise _Bail
                leaders.add(pc + 1 + jt)
                leaders.add(pc + 1 + jf)
            leaders.add(pc + 1)
        elif cls == BPF_RET:
            if code not in (RET_K, RET_A):
                raise _Bail
            leaders.add(pc + 1)
        else:
            _check_stmt(code, k)
    blocks: dict[int, _Block] = {}
    starts = sorted(x for x in leaders if x < n)
    for s in starts:
        blocks[s] = _Block(s)
    for i, s in enumerate(starts):
        b = blocks[s]
        end = starts[i + 1] if i + 1 < len(starts) else n
        pc = s
        while pc < end:
            code, jt, jf, k = prog[pc]
            cls = code & 0x07
            if cls == BPF_JMP:
                if code == _GOTO:
                    b.kind = GOTO
                    b.t = blocks[pc + 1 + k]
                else:
                    b.kind = COND
                    b.code = code
                    b.k = k
                    b.t = blocks[pc + 1 + jt]
                    b.f = blocks[pc + 1 + jf]
                break
            if cls == BPF_RET:
                b.kind = RET
                b.code = code
                b.k = k
                break
            b.stmts.append((code, k))
            pc += 1
        else:
            if end >= n:
                raise _Bail  # falls off the end of the program
            b.kind = GOTO
            b.t = blocks[end]
    return blocks[0]


def _succs(b: _Block) -> tuple:
    """``b``'s successors, true side first."""
    if b.kind == COND:
        return (b.t, b.f)
    if b.kind == GOTO:
        return (b.t,)
    return ()


# ---------------------------------------------------------------------------
# the optimizer


class _Optimizer:
    def __init__(self, root: _Block) -> None:
        self.root = root
        # turn blocks that can only reject into ``ret #0`` (off until the first forward
        # pass has looked for the divisions libpcap refuses, see run())
        self.fold_rejects = False
        self.tab: dict = {}
        self.keys: list = [None]
        self.const: dict[int, int] = {}
        self.changed = False
        self.nfresh = 0
        self.kvns: dict[int, int] = {}  # constant -> its value number

    # -- value numbers --------------------------------------------------------

    def vn(self, key: tuple[Any, ...]) -> int:
        v = self.tab.get(key)
        if v is None:
            v = len(self.tab) + 1
            self.tab[key] = v
            self.keys.append(key)
            if key[0] == "k":
                self.const[v] = key[1]
        return v

    def bound(self, v: int, depth: int = 0) -> int:
        """An upper bound of the value numbered ``v`` (M32 when unknown)."""
        c = self.const.get(v)
        if c is not None:
            return c
        key = self.keys[v]
        tag = key[0]
        if tag == "msh":
            return 60
        if tag == "ld" or tag == "ind":
            return (1 << (8 * key[1])) - 1
        if tag == "alu" and depth < 8:
            op = key[1]
            if op == AND:
                return min(self.bound(key[2], depth + 1), self.bound(key[3], depth + 1))
            if op == ADD:
                return min(M32, self.bound(key[2], depth + 1) + self.bound(key[3], depth + 1))
            if op == LSH and key[3] in self.const:
                sh = self.const[key[3]]
                if sh < 32:
                    return min(M32, self.bound(key[2], depth + 1) << sh)
            if op == RSH and key[3] in self.const:
                sh = self.const[key[3]]
                if sh < 32:
                    return self.bound(key[2], depth + 1) >> sh
            if op == OR:
                b = max(self.bound(key[2], depth + 1), self.bound(key[3], depth + 1))
                return (1 << b.bit_length()) - 1
        return M32

    def base(self, v: int) -> Domain:
        """The domain of value ``v`` before any branch: [0, its bound]."""
        return (None, 0, self.bound(v), _NOSET)

    def kvn(self, c: int) -> int:
        v = self.kvns.get(c)
        if v is None:
            v = self.kvns[c] = self.vn(("k", c))
        return v

    def fresh(self) -> int:
        self.nfresh += 1
        return self.vn(("fresh", self.nfresh))

    def order(self) -> list[_Block]:
        post = postorder(self.root, _succs)
        post.reverse()
        return post

    # -- one statement --------------------------------------------------------

    def stmt(self, code: int, k: int, st: list[int], sf: list) -> tuple:
        """Evaluate a statement on state ``st`` (updated in place).

        Returns (replacement statement or None when it can be dropped, safe) where
        ``safe`` says the statement cannot end the program.  ``sf`` = [ext, avail-set]
        is updated by a load that is not yet known safe.
        """
        cls = code & 0x07
        const = self.const
        if cls == BPF_LD:
            mode = code & 0xE0
            if mode == BPF_ABS:
                size = _SIZES[code & 0x18]
                if k >= SKF_AD_OFF:
                    if k == _AD_RANDOM:
                        st[A_ATOM] = self.fresh()
                        return (code, k), False
                    return _remembered_load(code, k, self.vn(("anc", code, k)), st, sf)
                v = self.vn(("ld", size, k))
                if v == st[A_ATOM]:
                    return None, True
                st[A_ATOM] = v
                end = k + size
                if end <= sf[0]:
                    return (code, k), True
                sf[0] = end
                return (code, k), False
            if mode == BPF_IND:
                size = _SIZES[code & 0x18]
                xv = st[X_ATOM]
                c = const.get(xv)
                if c is not None and c + k < 0x80000000:
                    return self.stmt(LD_ABS | (code & 0x18), c + k, st, sf)
                return _remembered_load(code, k, self.vn(("ind", size, xv, k)), st, sf)
            if mode == BPF_IMM:
                v = self.kvn(k)
                if v == st[A_ATOM]:
                    return None, True
                st[A_ATOM] = v
                return (code, k), True
            if mode == BPF_MEM:
                v = st[k]
                if v == st[A_ATOM]:
                    return None, True
                st[A_ATOM] = v
                c = const.get(v)
                if c is not None:
                    return (LD_IMM, c), True
                return (code, k), True
            # LEN
            v = self.vn(("len",))
            if v == st[A_ATOM]:
                return None, True
            st[A_ATOM] = v
            return (code, k), True
        if cls == BPF_LDX:
            if code == LDX_MSH:
                v = self.vn(("msh", k))
                if v == st[X_ATOM]:
                    return None, True
                st[X_ATOM] = v
                if k + 1 <= sf[0]:
                    return (code, k), True
                sf[0] = k + 1
                return (code, k), False
            if code == LDX_IMM:
                v = self.kvn(k)
            elif code == LDX_LEN:
                v = self.vn(("len",))
            else:
                v = st[k]
            if v == st[X_ATOM]:
                return None, True
            st[X_ATOM] = v
            if code == LDX_MEM:
                if v == st[A_ATOM]:
                    return (TAX, 0), True
                c = const.get(v)
                if c is not None:
                    return (LDX_IMM, c), True
            return (code, k), True
        if cls == BPF_ST or cls == BPF_STX:
            v = st[A_ATOM] if cls == BPF_ST else st[X_ATOM]
            if st[k] == v:
                return None, True
            st[k] = v
            return (code, k), True
        if cls == BPF_MISC:
            if code == TAX:
                if st[X_ATOM] == st[A_ATOM]:
                    return None, True
                st[X_ATOM] = st[A_ATOM]
            else:
                if st[X_ATOM] == st[A_ATOM]:
                    return None, True
                st[A_ATOM] = st[X_ATOM]
            return (code, k), True
        # ALU
        op = code & 0xF0
        a = st[A_ATOM]
        ca = const.get(a)
        if op == NEG:
            if ca is not None:
                return self.stmt(LD_IMM, (-ca) & M32, st, sf)
            st[A_ATOM] = self.vn(("neg", a))
            return (code, k), True
        if code & BPF_X:
            xv = st[X_ATOM]
            c = const.get(xv)
            if c is not None:
                # libpcap 1.10.3's optimizer refuses the filter when it finds a constant
                # zero divisor in X (``15 % (14 >> 21)``), or a shift count over 31 in X
                # applied to a non-constant A (with A constant it folds the shift).
                if (op == DIV or op == MOD) and c == 0:
                    raise FilterError("division by zero" if op == DIV else "modulus by zero")
                if (op == LSH or op == RSH) and c > 31:
                    if ca is None:
                        raise FilterError("shift by more than 31 bits")
                    # libpcap 1.10.3 folds it to 0, which is also what its interpreter
                    # computes for ``lsh x``/``rsh x`` with X > 31
                    return self.stmt(LD_IMM, 0, st, sf)
            elif ca == 0:
                # 0 * X, 0 & X, 0 << X, 0 >> X are 0; 0 / X and 0 % X are 0 unless X is 0,
                # which ends the program; 0 + X, 0 | X, 0 ^ X are X.
                if op == MUL or op == AND or op == LSH or op == RSH:
                    return self.stmt(LD_IMM, 0, st, sf)
                if op == DIV or op == MOD:
                    st[A_ATOM] = a
                    return (code, k), False
                if op == ADD or op == OR or op == XOR:
                    return self.stmt(TXA, 0, st, sf)
            if c is None:
                if op == DIV or op == MOD:
                    st[A_ATOM] = self.vn(("alu", op, a, xv))
                    return (code, k), False
                key = ("alu", op, a, xv) if op not in _COMMUTATIVE or a <= xv else ("alu", op, xv, a)
                v = self.vn(key)
                st[A_ATOM] = v
                return (code, k), True
            code = code & ~BPF_X
            k = c
        # K form
        if op == DIV or op == MOD:
            if k == 0:
                st[A_ATOM] = self.fresh()
                return (code, k), False
            if k == 1:
                if op == DIV:
                    return None, True
                return self.stmt(LD_IMM, 0, st, sf)
        if k == 0 and op in (ADD, SUB, OR, XOR, LSH, RSH):
            return None, True
        if k == 1 and op == MUL:
            return None, True
        if k == M32 and op == AND:
            return None, True
        if k == 0 and op in (MUL, AND):
            return self.stmt(LD_IMM, 0, st, sf)
        if k == M32 and op == OR:
            return self.stmt(LD_IMM, M32, st, sf)
        if ca is not None:
            r = fold_alu(op, ca, k)
            if r is not None:
                return self.stmt(LD_IMM, r, st, sf)
        kv = self.kvn(k)
        key = ("alu", op, a, kv) if op not in _COMMUTATIVE or a <= kv else ("alu", op, kv, a)
        v = self.vn(key)
        if v == a:
            return None, True
        st[A_ATOM] = v
        return (code, k), True

    # -- branch decisions -----------------------------------------------------

    def decide(self, op: int, a: int, o: int, facts: dict[Any, bool],
               dom: dict[int, Domain]) -> bool | None:
        const = self.const
        ca = const.get(a)
        co = const.get(o)
        if ca is not None and co is not None:
            return _test(op, ca, co)
        if co is not None:
            d = dom.get(a)
            if d is not None:
                r = _ddecide(d, op, co)
                if r is not None:
                    return r
                if op == JSET:
                    return facts.get((op, a, o))
                return None
            if op == JSET:
                return False if co == 0 else facts.get((op, a, o))
            if op == JGE:
                if co == 0:
                    return True
                return False if self.bound(a) < co else None
            # JEQ, JGT: false when c is at least the bound (JEQ: above it)
            bd = self.bound(a)
            if op == JEQ:
                return False if co > bd else None
            return False if co >= bd else None
        if ca is not None:
            d = dom.get(o)
            if d is not None and op == JEQ:
                r = _ddecide(d, JEQ, ca)
                if r is not None:
                    return r
        r = facts.get((op, a, o))
        if r is not None:
            return r
        if a == o:
            if op == JEQ or op == JGE:
                return True
            if op == JGT:
                return False
        return None

    def decide_weak(self, op: int, a: int, o: int, facts: dict[Any, bool],
                    dom: dict[int, Domain]) -> bool | None:
        """The decisions libpcap's optimizer makes as well: constant operands, ``jset #0``,
        the same test done before, and ``A == c`` known from an earlier true ``jeq``."""
        const = self.const
        ca = const.get(a)
        co = const.get(o)
        if ca is not None and co is not None:
            return _test(op, ca, co)
        if op == JSET and co == 0:
            return False
        r = facts.get((op, a, o))
        if r is not None:
            return r
        if op == JEQ and co is not None:
            d = dom.get(a)
            if d is not None and d[0] is not None and len(d[0]) == 1:
                (x,) = d[0]
                if facts.get((JEQ, a, self.kvn(x))):
                    return x == co
        return None

    # -- threading ------------------------------------------------------------

    def thread(self, target: _Block, st0: list[int], facts: dict, dom: dict,
               ext: int, avail: frozenset, weak: bool = False) -> _Block:
        if target.kind == RET:
            return target
        best = target
        cur = target
        st = st0  # copied before the first statement that may change it
        sf = None
        stmt = self.stmt
        decide = self.decide_weak if weak else self.decide
        kvn = self.kvn
        for _ in range(_MAX_WALK):
            kind = cur.kind
            if kind == RET:
                break
            if cur.stmts:
                if sf is None:
                    st = list(st0)
                    sf = [ext, set(avail)]
                ok = True
                for code, k in cur.stmts:
                    if not stmt(code, k, st, sf)[1]:
                        ok = False
                        break
                if not ok:
                    break
            if kind == GOTO:
                nxt = cur.t
            else:
                code = cur.code
                o = st[X_ATOM] if code & BPF_X else kvn(cur.k)
                r = decide(code & 0xF0, st[A_ATOM], o, facts, dom)
                if r is None:
                    break
                nxt = cur.t if r else cur.f
            if st is st0:
                best = nxt
            else:
                for a in nxt.live_bits:
                    if st[a] != st0[a]:
                        break
                else:
                    best = nxt
            cur = nxt
        return best

    # -- liveness -------------------------------------------------------------

    def liveness(self, order: list[_Block]) -> None:
        for b in reversed(order):
            live = _live_out(b)
            for code, k in reversed(b.stmts):
                use, d = _stmt_use_def(code, k)
                live = (live & ~d) | use
            b.live_in = live
            b.live_bits = _bits(live)

    # -- pass 1: forward value numbering and threading -----------------------

    def phi_set(self, lst: list[Any], a: int) -> Domain | None:
        """The domain of atom ``a`` at a join when every path knows a small set for it."""
        u: set = set()
        const = self.const
        for est, _f, edom, _e, _v in lst:
            v = est[a]
            c = const.get(v)
            if c is not None:
                u.add(c)
            else:
                d = edom.get(v)
                if d is None or d[0] is None:
                    return None
                u |= d[0]
            if len(u) > _MAX_SET:
                return None
        return _dnorm(frozenset(u), 0, M32, _NOSET)

    def ghost(self, inc: dict, old: _Block, tgt: _Block, edge: tuple) -> None:
        """An edge threaded from ``old`` to ``tgt``: where libpcap, deciding less, would
        stop, the edge's state still reaches (first pass only, see forward)."""
        st, facts, dom, ext, avail = edge
        wt = self.thread(old, st, facts, dom, ext, avail, weak=True)
        if wt is not tgt:
            inc.setdefault(wt, []).append(edge)

    def forward(self, order: list[_Block], first: bool = False) -> None:
        """One forward pass.

        libpcap refuses a filter for a constant zero divisor or an oversized shift
        count in X found in code its optimizer has not yet found unreachable.  So on
        the ``first`` pass (done only when the program has such X-form statements),
        a branch or threading decision libpcap's optimizer would not make also sends
        the edge's state, as a "ghost", where libpcap's decision would take it: those
        blocks get evaluated (and raise) as libpcap's do.  Ghosts only weaken joins."""
        self.liveness(order)
        inc: dict[_Block, list] = {}
        root = self.root
        init = [self.vn(("init", a)) for a in range(N_ATOMS)]
        inc[root] = [(init, {}, {}, 0, frozenset())]
        base = self.base
        stmt = self.stmt
        const = self.const
        for b in order:
            lst = inc.pop(b, None)
            if not lst:
                continue
            # meet
            if len(lst) == 1:
                st, facts, dom, ext, avail = lst[0]  # st is shared: copied below if needed
            else:
                st0, facts, dom, ext, avail = lst[0]
                st = list(st0)
                for other in lst[1:]:
                    ost, ofacts, odom, oext, oavail = other
                    if ost != st:
                        for a in range(N_ATOMS):
                            if st[a] != ost[a] and st[a] != -1:
                                st[a] = -1
                    if facts:
                        facts = {key: v for key, v in facts.items() if ofacts.get(key) is v}
                    if dom and dom is not odom:
                        nd = {}
                        for key, d in dom.items():
                            od = odom.get(key)
                            if od is not None:
                                m = _dmerge(d, od)
                                if m is not None:
                                    nd[key] = m
                        dom = nd
                    if oext < ext:
                        ext = oext
                    if avail:
                        avail = avail & oavail
                if -1 in st:
                    live = b.live_in
                    for a in range(N_ATOMS):
                        if st[a] == -1:
                            st[a] = phi = self.vn(("phi", b.id, a))
                            if live >> a & 1:
                                u = self.phi_set(lst, a)
                                if u is not None:
                                    if dom is lst[0][2]:
                                        dom = dict(dom)
                                    dom[phi] = u
            b.entry = st
            b.ext = ext
            b.avail = avail
            new: list[tuple[int, int]] = []
            safe: list[bool] = []
            vals: list[tuple[int, int]] = []
            prev_a = None
            if b.stmts:
                st = list(st)
                sf = [ext, set(avail)]
                for code, k in b.stmts:
                    before = st[A_ATOM]
                    xbefore = st[X_ATOM]
                    s, ok = stmt(code, k, st, sf)
                    if s is not None:
                        new.append(s)
                        safe.append(ok)
                        vals.append((before, xbefore))
                        prev_a = before
                if new != b.stmts:
                    self.changed = True
                ext = sf[0]
                if len(sf[1]) != len(avail):
                    avail = frozenset(sf[1]) if len(sf[1]) <= _MAX_AVAIL \
                        else frozenset(list(sf[1])[:_MAX_AVAIL])
            b.stmts = new
            b.safe = safe
            b.vals = vals
            if b.kind == RET:
                if b.code == RET_A:
                    c = const.get(st[A_ATOM])
                    if c is not None:
                        b.code, b.k = RET_K, c
                        self.changed = True
                continue
            if b.kind == GOTO:
                tgt = self.thread(b.t, st, facts, dom, ext, avail)
                if tgt is not b.t:
                    if first:
                        self.ghost(inc, b.t, tgt, (st, facts, dom, ext, avail))
                    b.t = tgt
                    self.changed = True
                inc.setdefault(tgt, []).append((st, facts, dom, ext, avail))
                continue
            # conditional
            code, k = b.code, b.k
            op = code & 0xF0
            if code & BPF_X:
                c = const.get(st[X_ATOM])
                if c is not None:
                    code, k = code & ~BPF_X, c
            if (code & BPF_X) == 0 and op == JEQ and new and safe[-1] and prev_a is not None:
                last_code, last_k = new[-1]
                if (last_code == SUB_K or (k == 0 and last_code in (SUB_X, AND_K))) and \
                        not ((b.t.live_in | b.f.live_in) & A_BIT):
                    new.pop()
                    safe.pop()
                    vals.pop()
                    st[A_ATOM] = prev_a
                    if last_code == SUB_K:
                        code, k = JEQ_K, (k + last_k) & M32
                    elif last_code == SUB_X:
                        code, k = JEQ_X, 0
                    else:
                        code, k = JSET_K, last_k
                        b.t, b.f = b.f, b.t
                    op = code & 0xF0
            if (code, k) != (b.code, b.k):
                b.code, b.k = code, k
                self.changed = True
            a = st[A_ATOM]
            o = st[X_ATOM] if code & BPF_X else self.kvn(k)
            r = self.decide(op, a, o, facts, dom)
            if r is not None:
                b.kind = GOTO
                if first and self.decide_weak(op, a, o, facts, dom) is None:
                    # libpcap would not know: it evaluates the other side too
                    inc.setdefault(b.f if r else b.t, []).append((st, facts, dom, ext, avail))
                b.t = b.t if r else b.f
                b.f = _NOWHERE
                self.changed = True
                tgt = self.thread(b.t, st, facts, dom, ext, avail)
                if first and tgt is not b.t:
                    self.ghost(inc, b.t, tgt, (st, facts, dom, ext, avail))
                b.t = tgt
                inc.setdefault(tgt, []).append((st, facts, dom, ext, avail))
                continue
            co = const.get(o)
            ca = const.get(a)
            for sense in (True, False):
                f2 = facts
                e2 = dom
                if co is None or op == JSET or first:
                    f2 = dict(facts)
                    f2[(op, a, o)] = sense
                    if len(f2) > _MAX_FACTS:
                        del f2[next(iter(f2))]
                dv, dc = (a, co) if co is not None else (o, ca) if ca is not None and op == JEQ \
                    else (-1, None)
                if dc is not None:  # a test of value dv against the constant dc
                    d = dom.get(dv)
                    if d is None:
                        d = base(dv)
                    d2 = _drestrict(d, op, dc, sense)
                    if d2 != d:
                        e2 = dict(dom)
                        e2[dv] = d2
                        if len(e2) > _MAX_DOMS:
                            del e2[next(iter(e2))]
                old = b.t if sense else b.f
                tgt = self.thread(old, st, f2, e2, ext, avail)
                if tgt is not old:
                    if first:
                        self.ghost(inc, old, tgt, (st, f2, e2, ext, avail))
                    self.changed = True
                    if sense:
                        b.t = tgt
                    else:
                        b.f = tgt
                inc.setdefault(tgt, []).append((st, f2, e2, ext, avail))

    # -- pass 2: dead statements ----------------------------------------------

    def deadstores(self, order: list[_Block]) -> None:
        for b in reversed(order):
            live = _live_out(b)
            stmts = b.stmts
            n = len(stmts)
            aligned = len(b.safe) == n and len(b.vals) == n
            safe = b.safe if aligned else [False] * n
            keep = []
            later_ext = -1
            i = n - 1
            while i >= 0:
                code, k = stmts[i]
                # ld #c; add x; tax; ld [x + k]  ->  ld [x + (k + c)]  (X = 4*([n]&0xf))
                if (aligned and code & 0xE7 == BPF_LD | BPF_IND and i >= 2 and not (live & X_BIT)
                        and stmts[i - 1] == (TAX, 0) and stmts[i - 2] == (ADD_X, 0)):
                    abefore, xbefore = b.vals[i - 2]
                    c = self.const.get(abefore)
                    if c is not None and c + k + self.bound(xbefore) < 0x80000000:
                        stmts = stmts[:i - 2] + [(code, k + c)] + stmts[i + 1:]
                        safe = safe[:i - 2] + [safe[i]] + safe[i + 1:]
                        i -= 2
                        k += c
                        self.changed = True
                use, d = _stmt_use_def(code, k)
                ext = None
                if code & 0xE7 == LD_ABS and k < SKF_AD_OFF:
                    ext = k + _SIZES[code & 0x18]
                elif code == LDX_MSH:
                    ext = k + 1
                i -= 1
                if not (d & live):
                    if safe[i + 1] or (ext is not None and ext <= later_ext):
                        self.changed = True
                        continue
                if ext is not None and ext > later_ext:
                    later_ext = ext
                keep.append((code, k))
                live = (live & ~d) | use
            keep.reverse()
            b.stmts = keep
            b.safe = []
            b.vals = []
            b.live_in = live
            b.live_bits = _bits(live)

    # -- pass 3: chain regrouping ---------------------------------------------

    def chains(self, order: list[_Block]) -> None:
        npred: dict[_Block, int] = {}
        for b in order:
            for s in _succs(b):
                npred[s] = npred.get(s, 0) + 1
        done: set = set()
        for b in order:
            if b in done or b.kind != COND or b.entry is None:
                continue
            best: tuple[_Block, list[_Block]] | None = None
            for exit_ in (b.t, b.f):
                members = [b]
                cur = b
                while True:
                    nxt = cur.f if cur.t is exit_ else cur.t
                    if (nxt.kind != COND or npred.get(nxt, 0) != 1 or nxt in done
                            or (nxt.t is not exit_ and nxt.f is not exit_) or nxt.t is nxt.f):
                        break
                    members.append(nxt)
                    cur = nxt
                if best is None or len(members) > len(best[1]):
                    best = (exit_, members)
            assert best is not None
            exit_, members = best
            if len(members) < 3:
                continue
            for m in members:
                done.add(m)
            self.regroup(exit_, members)

    def regroup(self, exit_: _Block, members: list[_Block]) -> None:
        last = members[-1]
        fall = last.f if last.t is exit_ else last.t
        if (exit_.live_in | fall.live_in) & A_BIT:
            return
        head = members[0]
        assert head.entry is not None  # chains() only starts at blocks the forward pass saw
        st = list(head.entry)
        sf: list[Any] = [head.ext, set(head.avail)]
        entry_a = st[A_ATOM]
        recipe: list | None = None  # None: depends on the chain's entry A
        items = []  # (a_vn, recipe, code, k, exit_on_true, safe)
        for m in members:
            for code, _k in m.stmts:
                use, d = _stmt_use_def(code, _k)
                if d & ~A_BIT:
                    return
                if code & 0x07 == BPF_ALU and code & 0xF0 in (DIV, MOD):
                    return
            reads_a = False
            defined = False
            for code, _k in m.stmts:
                use, d = _stmt_use_def(code, _k)
                if use & A_BIT and not defined:
                    reads_a = True
                if d & A_BIT:
                    defined = True
            if not defined or reads_a:
                rec = None if recipe is None else recipe + list(m.stmts)
            else:
                rec = list(m.stmts)
            recipe = rec
            # evaluate the member on the running state (A only changes)
            sf_try = [sf[0], set(sf[1])]
            st_try = list(st)
            safe = True
            if rec is not None:
                st_try[A_ATOM] = entry_a
                for code, k in rec:
                    if not self.stmt(code, k, st_try, sf_try)[1]:
                        safe = False
            else:
                safe = False
                for code, k in m.stmts:
                    self.stmt(code, k, st_try, sf_try)
            if not safe:
                # a barrier: its loads are done from now on
                sf = [sf_try[0], sf_try[1]]
            items.append((st_try[A_ATOM], rec, m.code, m.k, m.t is exit_, safe and rec is not None))
            st = st_try
        # segments between barriers
        neworder = []
        seg: list = []

        def flush(prev_a: int | None) -> None:
            if not seg:
                return
            groups: dict[int, list] = {}
            for it in seg:
                groups.setdefault(it[0], []).append(it)
            keys = list(groups)
            if prev_a in groups:
                keys.remove(prev_a)
                keys.insert(0, prev_a)
            for key in keys:
                neworder.extend(groups[key])
            seg.clear()

        prev_a = None
        for it in items:
            if it[5]:
                seg.append(it)
            else:
                flush(prev_a)
                neworder.append(it)
                prev_a = it[0]
        flush(prev_a)

        def cost(seq: list[Any]) -> int | None:
            n = 0
            prev = None
            for i, it in enumerate(seq):
                if it[0] != prev:
                    if it[1] is None:
                        return None
                    n += len(it[1])
                elif not it[5] and it[1] is not None:
                    n += len(it[1])  # a barrier keeps its statements
                prev = it[0]
            return n

        old_cost = sum(len(m.stmts) for m in members)
        new_cost = cost(neworder)
        if new_cost is None or new_cost >= old_cost:
            return
        # entry-dependent members must stay where they are (they are a prefix)
        for i, it in enumerate(items):
            if it[1] is None and neworder[i] is not it:
                return
        prev = None
        for i, m in enumerate(members):
            it = neworder[i]
            nxt = members[i + 1] if i + 1 < len(members) else fall
            if it[1] is None:
                m.stmts = list(members[i].stmts)  # unchanged position (checked above)
            elif it[0] == prev and it[5]:
                # the value is already in A; a barrier's statements (a load that may
                # fail) stay even then
                m.stmts = []
            else:
                m.stmts = list(it[1])
            m.code, m.k = it[2], it[3]
            if it[4]:
                m.t, m.f = exit_, nxt
            else:
                m.t, m.f = nxt, exit_
            prev = it[0]
        self.changed = True

    # -- pass 4: cleanup and hash-consing -------------------------------------

    def cleanup(self) -> list[_Block]:
        """Drop unreachable blocks, jt == jf tests, empty gotos; merge gotos; hash-cons."""
        while True:
            again = False
            order = self.order()
            # resolve aliases (empty gotos) and jt == jf
            for b in order:
                if b.kind == COND and b.t is b.f:
                    b.kind, b.f = GOTO, _NOWHERE
                    self.changed = again = True
            alias: dict[_Block, _Block] = {}

            def res(x: _Block) -> _Block:
                seen = []
                while x.kind == GOTO and not x.stmts and x.t is not x:
                    seen.append(x)
                    x = x.t
                for s in seen:
                    alias[s] = x
                return x

            for b in order:
                if b.kind == COND:
                    t, f = res(b.t), res(b.f)
                    if t is not b.t or f is not b.f:
                        b.t, b.f = t, f
                        self.changed = again = True
                elif b.kind == GOTO:
                    t = res(b.t)
                    if t is not b.t:
                        b.t = t
                        self.changed = again = True
            r = res(self.root)
            if r is not self.root:
                self.root = r
                self.changed = again = True
            if again:
                continue
            # merge goto into a single-predecessor successor
            npred: dict[_Block, int] = {}
            for b in order:
                for s in _succs(b):
                    npred[s] = npred.get(s, 0) + 1
            for b in order:
                while b.kind == GOTO and npred.get(b.t, 0) == 1 and b.t is not self.root:
                    s = b.t
                    b.stmts = b.stmts + s.stmts
                    b.kind, b.code, b.k, b.t, b.f = s.kind, s.code, s.k, s.t, s.f
                    s.kind, s.code, s.k, s.t, s.f, s.stmts = RET, RET_K, 0, _NOWHERE, _NOWHERE, []
                    npred[s] = 0
                    self.changed = again = True
            if again:
                continue
            # A block from which every path returns 0 is ``ret #0``: a load in it that
            # fails would also end the program with 0, so nothing observable is lost.
            if self.fold_rejects:
                accepts: dict[_Block, bool] = {}
                for b in reversed(order):
                    if b.kind == RET:
                        acc = not (b.code == RET_K and b.k == 0)
                        if not acc and b.stmts:
                            b.stmts = []
                            self.changed = again = True
                    else:
                        acc = any(accepts.get(x, True) for x in _succs(b))
                        if not acc:
                            b.stmts, b.kind, b.code, b.k = [], RET, RET_K, 0
                            b.t = b.f = _NOWHERE
                            self.changed = again = True
                    accepts[b] = acc
                if again:
                    continue
            # hash-consing, bottom-up
            canon: dict = {}
            rep: dict[_Block, _Block] = {}
            for b in reversed(order):
                if b.kind == COND:
                    t = rep.get(b.t, b.t)
                    f = rep.get(b.f, b.f)
                    if t is not b.t or f is not b.f:
                        b.t, b.f = t, f
                    if t is f:
                        b.kind, b.f = GOTO, _NOWHERE
                        again = True
                elif b.kind == GOTO:
                    b.t = rep.get(b.t, b.t)
                key: tuple[Any, ...]
                if b.kind == COND:
                    key = (COND, tuple(b.stmts), b.code, b.k, b.t.id, b.f.id)
                elif b.kind == GOTO:
                    key = (GOTO, tuple(b.stmts), b.t.id)
                else:
                    key = (RET, tuple(b.stmts), b.code, b.k)
                other = canon.get(key)
                if other is None:
                    canon[key] = b
                else:
                    rep[b] = other
                    self.changed = again = True
            if self.root in rep:
                self.root = rep[self.root]
            if again:
                continue
            return order

    # -- driver ---------------------------------------------------------------

    def run(self) -> None:
        order = self.cleanup()
        # only an X-form division, modulo or shift can make libpcap refuse the filter
        # from code it later finds unreachable; otherwise the first pass needs no care
        careful = any(code & 0x0F == BPF_ALU | BPF_X and code & 0xF0 in (DIV, MOD, LSH, RSH)
                      for b in order for code, _k in b.stmts)
        for rnd in range(_MAX_ROUNDS):
            self.changed = False
            self.forward(order, careful and rnd == 0)
            self.fold_rejects = True
            order = self.order()
            self.deadstores(order)
            self.chains(order)
            order = self.cleanup()
            if not self.changed:
                break


# ---------------------------------------------------------------------------
# layout


def _emit(root: _Block) -> list[Insn]:
    post = postorder(root, _succs)
    out: list[Insn] = []          # reversed program
    land: dict[_Block, int] = {}  # block -> count of instructions after its first one

    def tramp(t: _Block) -> None:
        n = len(out)
        if t.kind == RET and not t.stmts:
            out.append((t.code, 0, 0, t.k))
        else:
            out.append((_GOTO, 0, 0, n - land[t] - 1))
        land[t] = n

    for b in post:
        if b.kind == RET:
            out.append((b.code, 0, 0, b.k))
        elif b.kind == GOTO:
            n = len(out)
            if land[b.t] != n - 1:
                out.append((_GOTO, 0, 0, n - land[b.t] - 1))
        else:
            t, f = b.t, b.f
            if len(out) - land[f] - 1 > _MAX_FAR:
                tramp(f)
            if len(out) - land[t] - 1 > _MAX_FAR:
                tramp(t)
                if len(out) - land[f] - 1 > _MAX_FAR:
                    tramp(f)
            n = len(out)
            out.append((b.code, n - land[t] - 1, n - land[f] - 1, b.k))
        for code, k in reversed(b.stmts):
            out.append((code, 0, 0, k))
        land[b] = len(out) - 1
    out.reverse()
    return out


def _empty(opt: "_Optimizer") -> bool:
    """True when every reachable ``ret`` returns 0 (a failing load returns 0 too)."""
    return all(b.kind != RET or (b.code == RET_K and b.k == 0) for b in opt.order())


#: above this many instructions, a program our optimizer did not find empty is not run
#: through the model of libpcap's optimizer: that model is as quadratic as libpcap's
#: (a 1,000-host filter would take seconds), and in every program tried (the conformance
#: cases and 50,000 fuzzed expressions) libpcap proved no filter empty that ours did not,
#: except through its ``jset #0xffffffff`` slip, which does not count (see below)
_MODEL_MAX_INSNS = 2048


@functools.lru_cache(maxsize=512)
def _model_says_empty(prog: tuple[Insn, ...], jset_all_ones_true: bool) -> bool | None:
    # a pure function of the program: memoized, as the same filter is often compiled
    # again (a handle per file, setfilter after setfilter)
    try:
        return model_rejects_all(prog, jset_all_ones_true)
    except (Unmodelled, FilterError):
        # not a layout libpcap's code generator makes (statement-level jumps), or a
        # statement libpcap's optimizer refuses ("modulus by zero"): those refusals are
        # the forward pass's to raise (see ``forward``); no answer here
        return None


def libpcap_rejects_all(prog: Sequence[Insn], proved_empty: bool) -> bool:
    """Does libpcap 1.10.3 say "expression rejects all packets" for the unoptimized
    program ``prog``?  ``proved_empty``: our optimizer found every ``ret`` returns 0.

    The answer is libpcap's, from a model of its optimizer (:mod:`._pcapopt`): its
    optimized program would be a bare ``ret #0``.  One exception: libpcap reads
    ``jset #0xffffffff`` as always true, which is wrong when A is 0; where only that
    reading makes the filter empty and we cannot prove it empty ourselves, the filter
    compiles (its unoptimized program, the meaning, accepts packets).  A program the
    model does not understand is refused where we prove it empty.
    """
    if not proved_empty and len(prog) > _MODEL_MAX_INSNS:
        return False
    prog = tuple(prog)
    says = _model_says_empty(prog, True)
    if says is None:
        return proved_empty
    if not says or proved_empty:
        return says
    return bool(_model_says_empty(prog, False))


def optimize(insns: Sequence[Insn] | Iterable[Insn]) -> list[Insn]:
    """Optimize a classic BPF program as libpcap's unoptimized code generator emits it.

    Returns an equivalent program (same return value on every packet, truncated ones
    included) no longer than the input.  Raises :class:`~purepcap.errors.FilterError`
    ("expression rejects all packets") when the program can only return 0.  A program
    this optimizer does not understand (backward or out-of-range jumps, unknown opcodes)
    comes back unchanged.
    """
    prog = [(int(c), int(jt), int(jf), int(k) & M32) for c, jt, jf, k in insns]
    try:
        root = _build(prog)
    except _Bail:
        return prog
    # The passes allocate many small, short-lived containers; on graphs of tens of
    # thousands of blocks the cyclic collector's full sweeps would dominate.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        opt = _Optimizer(root)
        try:
            opt.run()
        except FilterError:
            # "division by zero", "shift by more than 31 bits"...: unless libpcap's
            # optimizer finds the filter empty first (the offending code unreachable
            # before its second loop folds the constants)
            if libpcap_rejects_all(prog, False):
                raise FilterError(EMPTY_FILTER_MESSAGE) from None
            raise
        empty = _empty(opt)
        if libpcap_rejects_all(prog, empty):
            raise FilterError(EMPTY_FILTER_MESSAGE)
        if empty:
            # libpcap compiles it (``len < 0``, ``ip proto 256``), to a program that
            # matches nothing; so is ours
            return [(RET_K, 0, 0, 0)]
        out = _emit(opt.root)
    finally:
        if gc_was_enabled:
            gc.enable()
    if len(out) > len(prog):
        # never worse than the input (layout can only add trampolines)
        return prog
    return out
