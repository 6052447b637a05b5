"""Linearize a control-flow graph into a classic BPF program.

The layout is libpcap's (``icode_to_fcode``/``convert_code_r``), so that our
unoptimized programs are byte-identical to libpcap's:

- Blocks are placed by a depth-first walk from the root that visits the false
  successor, then the true successor, then places the block itself *in front
  of* everything placed so far.  The root therefore comes first and each block
  precedes all of its successors (BPF only jumps forward).
- A shared block (a ``ret``, or a test reached from several places) is placed
  once, where the walk first finishes it.
- Branch offsets are 8 bits.  When a successor is more than 255 instructions
  away, the block gets an extra ``ja`` right after its branch (``longjt`` /
  ``longjf``) and the whole layout is redone, until everything fits.  libpcap
  redoes the layout after each such block; we mark every too-long branch of a
  pass at once.  The result is the same: inserting instructions only makes
  forward jumps longer, so a branch found too long stays too long, and both
  procedures reach the same smallest set of long branches.
- Jumps between statements of one block (``Stmt.jt``/``jf``) are resolved to
  relative offsets inside the block; ``ja`` statements keep their ``k``.
"""

from __future__ import annotations

from ..errors import FilterError
from ..bpf.opcodes import BPF_CLASS, BPF_JA, BPF_JMP
from .cfg import Block, postorder

__all__ = ["assemble"]

Insn = tuple[int, int, int, int]


def assemble(root: Block) -> list[Insn]:
    """Return the program for the graph rooted at ``root`` as (code, jt, jf, k)."""
    order = postorder(root, _succs)  # the walk does not depend on the long jumps
    while True:
        n = sum(len(p.stmts) + 1 + p.longjt + p.longjf for p in order)
        prog: list[list[int]] = [[0, 0, 0, 0] for _ in range(n)]
        conv = _Converter(prog)
        for p in order:
            conv.place(p)
        if conv.retry:
            continue
        return [(c, jt, jf, k & 0xFFFFFFFF) for c, jt, jf, k in prog]


def _succs(p: Block) -> tuple[Block, ...]:
    """``p``'s successors, true side first."""
    return tuple(c for c in (p.jt, p.jf) if c is not None)


class _Converter:
    def __init__(self, prog: list[list[int]]) -> None:
        self.prog = prog
        self.tail = len(prog)
        self.retry = False

    def place(self, p: Block) -> None:
        stmts = p.stmts
        slen = len(stmts)
        self.tail -= slen + 1 + p.longjt + p.longjf
        base = self.tail
        p.offset = base
        prog = self.prog

        index = None  # built on the first block-local jump
        for off, s in enumerate(stmts):
            dst = prog[base + off]
            code = s.code
            dst[0] = code
            dst[3] = s.k
            if BPF_CLASS(code) != BPF_JMP or code == (BPF_JMP | BPF_JA):
                continue
            if index is None:
                index = {id(s): i for i, s in enumerate(stmts)}
            it = index.get(id(s.jt)) if s.jt is not None else None
            jf = index.get(id(s.jf)) if s.jf is not None else None
            if it is None or jf is None:
                raise FilterError("no destination found for block-local relative jump")
            if it - off - 1 >= 256 or jf - off - 1 >= 256 or it <= off or jf <= off:
                raise FilterError("out-of-range jump for block-local relative jump")
            dst[1] = it - off - 1
            dst[2] = jf - off - 1

        at = base + slen
        dst = prog[at]
        dst[0] = p.code
        dst[3] = p.k
        if p.jt is not None:
            assert p.jf is not None
            extra = 0
            for field, succ, flag in ((1, p.jt, "longjt"), (2, p.jf, "longjf")):
                off = succ.offset - (p.offset + slen) - 1
                if off < 256:
                    dst[field] = off
                    continue
                if getattr(p, flag) == 0:
                    # too far: lay out again with a ``ja`` after this jump
                    setattr(p, flag, 1)
                    self.retry = True
                    return
                dst[field] = extra
                extra += 1
                prog[at + extra][0] = BPF_JMP | BPF_JA
                prog[at + extra][3] = off - extra
