"""The control-flow graph the code generator builds and the assembler linearizes.

This mirrors the data model of libpcap's code generator, because the shape of
the graph decides the unoptimized program instruction for instruction:

- A :class:`Stmt` is one non-branching BPF instruction (``code``, ``k``).  A
  statement may also be a jump *inside* its block (the variable-length header
  preambles and ``protochain`` use those): then ``jt``/``jf`` point at other
  statements of the same block.
- A :class:`Block` is a list of statements followed by one conditional jump
  (``code``, ``k``) with a true and a false successor (``jt``, ``jf``), or a
  ``ret`` (a leaf).
- While an expression is being built, a block is also the handle of a boolean
  sub-expression.  Its unresolved exits form a linked list threaded through the
  ``jt`` or ``jf`` fields; ``sense`` says which field is the link.  ``head`` is
  the entry block of the sub-expression.  :func:`gen_and`, :func:`gen_or` and
  :func:`gen_not` combine sub-expressions by back-patching those lists and
  flipping senses, exactly as libpcap does (``not`` costs no instruction).

:class:`Registers` hands out the 16 scratch memory words (``M[0]``..``M[15]``)
the way libpcap does: round robin from the last one handed out, the first free.
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional, TypeVar

from ..bpf.opcodes import BPF_JMP, BPF_K, BPF_MEMWORDS
from ..errors import FilterError

__all__ = [
    "Stmt", "Block", "Arth", "Registers",
    "backpatch", "merge", "gen_and", "gen_or", "gen_not", "JMP", "postorder",
]

_B = TypeVar("_B")


def JMP(op: int) -> int:
    """A conditional jump with a constant operand (libpcap's ``JMP(c)``)."""
    return op | BPF_JMP | BPF_K


class Stmt:
    """One straight-line instruction; ``jt``/``jf`` only for block-local jumps."""

    __slots__ = ("code", "k", "jt", "jf")

    def __init__(self, code: int, k: int = 0) -> None:
        self.code = code
        self.k = k & 0xFFFFFFFF
        self.jt: Optional[Stmt] = None
        self.jf: Optional[Stmt] = None

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Stmt(0x{self.code:02x}, {self.k:#x})"


class Block:
    """A basic block: statements, then a branch (or a ``ret``).

    ``jt``/``jf`` are the successors once the graph is complete; while it is
    being built they double as the links of the unresolved-exit list (see the
    module docstring).  ``longjt``/``longjf``/``offset``/``mark`` belong to the
    assembler.
    """

    __slots__ = ("code", "k", "stmts", "jt", "jf", "sense", "head",
                 "longjt", "longjf", "offset", "mark", "id")

    def __init__(self, code: int, k: int = 0, stmts: Optional[list[Stmt]] = None) -> None:
        self.code = code
        self.k = k & 0xFFFFFFFF
        self.stmts: list[Stmt] = stmts if stmts is not None else []
        self.jt: Optional[Block] = None
        self.jf: Optional[Block] = None
        self.sense = False
        self.head: Block = self
        self.longjt = 0
        self.longjf = 0
        self.offset = 0
        self.mark = 0
        self.id = 0

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Block(0x{self.code:02x}, {self.k:#x}, {len(self.stmts)} stmts)"


class Arth:
    """An arithmetic value: the code computing it into scratch word ``regno``.

    ``b`` is an optional guard (protocol checks the value depends on, e.g. the
    packet being TCP for ``tcp[0]``); relations AND it in.
    """

    __slots__ = ("s", "regno", "b")

    def __init__(self, s: list[Stmt], regno: int, b: Optional[Block] = None) -> None:
        self.s = s
        self.regno = regno
        self.b = b


# --- building boolean expressions -------------------------------------------

def backpatch(lst: Optional[Block], target: Block) -> None:
    """Point every unresolved exit on ``lst`` at ``target``."""
    while lst is not None:
        if not lst.sense:
            nxt = lst.jt
            lst.jt = target
        else:
            nxt = lst.jf
            lst.jf = target
        lst = nxt


def merge(b0: Block, b1: Optional[Block]) -> None:
    """Append the exit list ``b1`` to the end of the exit list ``b0``."""
    p = b0
    while True:
        nxt = p.jf if p.sense else p.jt
        if nxt is None:
            break
        p = nxt
    if p.sense:
        p.jf = b1
    else:
        p.jt = b1


def gen_and(b0: Block, b1: Block) -> None:
    """``b0 and b1``: the result handle is ``b1`` (as in libpcap)."""
    backpatch(b0, b1.head)
    b0.sense = not b0.sense
    b1.sense = not b1.sense
    merge(b1, b0)
    b1.sense = not b1.sense
    b1.head = b0.head


def gen_or(b0: Block, b1: Block) -> None:
    """``b0 or b1``: the result handle is ``b1``."""
    b0.sense = not b0.sense
    backpatch(b0, b1.head)
    b0.sense = not b0.sense
    merge(b1, b0)
    b1.head = b0.head


def gen_not(b: Block) -> None:
    """``not b``: swaps the meaning of the exits; no code."""
    b.sense = not b.sense


class Registers:
    """The 16 scratch memory words, allocated as libpcap's alloc_reg/free_reg."""

    __slots__ = ("used", "cur")

    def __init__(self) -> None:
        self.used = [False] * BPF_MEMWORDS
        self.cur = 0

    def alloc(self) -> int:
        for _ in range(BPF_MEMWORDS):
            if self.used[self.cur]:
                self.cur = (self.cur + 1) % BPF_MEMWORDS
            else:
                self.used[self.cur] = True
                return self.cur
        raise FilterError("too many registers needed to evaluate expression")

    def free(self, n: int) -> None:
        self.used[n] = False


def postorder(root: _B, succs: Callable[[_B], Iterable[_B]]) -> list[_B]:
    """The blocks reachable from ``root`` in the order libpcap finishes them:
    the last of ``succs(block)`` (the false side) first, then the others, then
    the block itself.  Iterative, so graphs of any depth fit; used by the
    assembler (on :class:`Block`) and the optimizer (on its own blocks).
    """
    out: list[_B] = []
    seen: set[int] = set()
    stack: list = [root]
    push = stack.append
    pop = stack.pop
    emit = out.append
    while stack:
        b = pop()
        if b.__class__ is tuple:  # (block,): its successors are done
            emit(b[0])
            continue
        if id(b) in seen:
            continue
        seen.add(id(b))
        push((b,))
        for c in succs(b):
            if id(c) not in seen:
                push(c)
    return out
