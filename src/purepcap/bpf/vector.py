"""A classic BPF program run over many packets at once, with numpy (optional).

:class:`VectorProgram` evaluates a program for a whole batch of packets that
lie in one buffer (a chunk of a savefile, say): packet ``i`` is
``buf[base[i]:base[i] + caplen[i]]`` with wire length ``wirelen[i]``.  Its
verdicts are those of the reference interpreter (:func:`purepcap.bpf.interp.run`
without a :class:`~purepcap.bpf.meta.Meta`, i.e. libpcap's ``bpf_filter``), packet
for packet, truncated packets included: a load past a packet's captured bytes
makes that packet's program return 0, a division by ``X == 0`` too.

How: the packets that reach an instruction travel together as a *group*, an
index array with their A and X registers (and scratch words) as arrays.  The
program is walked once, in instruction order (classic BPF jumps only
forwards); a conditional jump splits a group in two, groups meeting at an
instruction are merged.  Registers a target does not read are not carried, a
branch to ``ret #0`` is dropped at once, and a branch to ``ret #k`` answers at
once.  Loads read the buffer through big-endian views with a one-byte stride,
so a halfword or word at any offset is a single gather.

Programs with a backward jump (libpcap's ``protochain`` loops) are not
vectorized: :func:`vectorize` returns None for them and callers run the
per-packet matcher.  numpy is an optional dependency: :func:`available` says
whether it can be imported, and nothing here imports it before it is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from .insn import Insn

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["VectorProgram", "vectorize", "available"]

_M32 = 0xFFFFFFFF
_np: Any = None
_tried = False
#: set by the command (a process of its own): numpy is then imported with one
#: BLAS thread, since the filter never calls BLAS and the threads OpenBLAS
#: starts by default only burn CPU time
ONE_BLAS_THREAD = False
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def loaded() -> bool:
    """True when numpy has been imported here already and is :func:`available`:
    callers that would gain less than numpy's import costs use it."""
    return _np is not None and available()


def available() -> bool:
    """True when numpy can be imported (the vectorized paths need it)."""
    global _np, _tried
    if not _tried:
        _tried = True
        import os
        import sys
        saved = {k: os.environ.get(k) for k in _BLAS_THREADS}
        if ONE_BLAS_THREAD and "numpy" not in sys.modules:
            os.environ.update(dict.fromkeys(_BLAS_THREADS, "1"))
        try:
            import numpy
            _np = numpy
        except ImportError:  # pragma: no cover - numpy is an optional extra
            _np = None
        finally:
            for k, v in saved.items():   # the environment as it was
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
    return _np is not None


# register use/definition per opcode: (uses A, uses X, defines A, defines X)
_ALU_K = {0x04, 0x14, 0x24, 0x34, 0x94, 0x44, 0x54, 0x64, 0x74, 0xA4, 0x84}
_ALU_X = {0x0C, 0x1C, 0x2C, 0x3C, 0x9C, 0x4C, 0x5C, 0x6C, 0x7C, 0xAC}
_JMP_K = {0x15, 0x25, 0x35, 0x45}
_JMP_X = {0x1D, 0x2D, 0x3D, 0x4D}
_LD_ABS = {0x20: 4, 0x28: 2, 0x30: 1}
_LD_IND = {0x40: 4, 0x48: 2, 0x50: 1}


def _regs(code: int) -> tuple[bool, bool, bool, bool]:
    if code in _LD_ABS or code in (0x00, 0x80, 0x60):
        return False, False, True, False
    if code in _LD_IND:
        return False, True, True, False
    if code in (0x01, 0x81, 0x61, 0xB1):
        return False, False, False, True
    if code in _ALU_K:
        return True, False, True, False
    if code in _ALU_X:
        return True, True, True, False
    if code in _JMP_K:
        return True, False, False, False
    if code in _JMP_X:
        return True, True, False, False
    if code == 0x16:                   # ret a
        return True, False, False, False
    if code == 0x07:                   # tax
        return True, False, False, True
    if code == 0x87:                   # txa
        return False, True, True, False
    if code == 0x02:                   # st
        return True, False, False, False
    if code == 0x03:                   # stx
        return False, True, False, False
    return False, False, False, False  # ret #k, ja, unknown (returns 0)


class VectorProgram:
    """A forward-jumping classic BPF program prepared for batch evaluation."""

    def __init__(self, insns: Sequence[Insn]) -> None:
        self.insns = tuple(insns)
        n = len(self.insns)
        # successors, and whether a target is `ret #0` / `ret #k`
        self._succ: list[tuple[int, ...]] = []
        for pc, (code, jt, jf, k) in enumerate(self.insns):
            if code == 0x05:
                if k & 0x80000000:
                    raise ValueError("backward jump")
                self._succ.append((pc + 1 + k,))
            elif code in _JMP_K or code in _JMP_X:
                self._succ.append((pc + 1 + jt, pc + 1 + jf))
            elif code in (0x06, 0x16):
                self._succ.append(())
            else:
                self._succ.append((pc + 1,))
        # liveness of A, X and the scratch words at each instruction's entry
        live_a = [False] * (n + 1)
        live_x = [False] * (n + 1)
        live_m = [False] * (n + 1)
        for pc in range(n - 1, -1, -1):
            code, _jt, _jf, _k = self.insns[pc]
            ua, ux, da, dx = _regs(code)
            out_a = any(live_a[s] for s in self._succ[pc] if s < n)
            out_x = any(live_x[s] for s in self._succ[pc] if s < n)
            out_m = any(live_m[s] for s in self._succ[pc] if s < n)
            live_a[pc] = ua or (out_a and not da)
            live_x[pc] = ux or (out_x and not dx)
            live_m[pc] = code in (0x60, 0x61) or out_m
        self._live_a = live_a
        self._live_x = live_x
        self._live_m = live_m
        #: whether the program reads the wire length (``ld len``, ``ldx len``): a
        #: caller may pass any array of the right length as ``wirelen`` if not
        self.uses_len = any(code in (0x80, 0x81) for code, _jt, _jf, _k in self.insns)

    def run(self, buf: bytes | bytearray | memoryview, base: "np.ndarray",
            caplen: "np.ndarray", wirelen: "np.ndarray") -> "np.ndarray":
        """The program's return value for every packet (an int64 array)."""
        if not available():  # pragma: no cover
            raise RuntimeError("numpy is not available")
        np = _np
        count = len(base)
        out = np.zeros(count, dtype=np.int64)
        if count == 0:
            return out
        if len(buf) < 4:
            # (packets of nothing: no load can succeed, but a program may still
            # return a constant; the views below need bytes to look at)
            buf = bytes(buf) + bytes(4)
        size = len(buf)
        i64 = np.int64
        d8 = np.frombuffer(buf, dtype=np.uint8)
        views = {1: d8}
        if size >= 2:
            views[2] = np.ndarray((size - 1,), dtype=">u2", buffer=buf, strides=(1,))
        if size >= 4:
            views[4] = np.ndarray((size - 3,), dtype=">u4", buffer=buf, strides=(1,))
        base = base.astype(i64, copy=False)
        caplen = caplen.astype(i64, copy=False)
        mincl = int(caplen.min())
        insns = self.insns
        n = len(insns)
        live_a, live_x, live_m = self._live_a, self._live_x, self._live_m
        zeros = np.zeros
        # pending[pc]: groups (idx, A, X, mem) waiting to run instruction pc
        pending: list[list[tuple[Any, Any, Any, dict[int, Any]]]] = [[] for _ in range(n)]
        first_a = zeros(count, dtype=i64) if live_a[0] else None
        first_x = zeros(count, dtype=i64) if live_x[0] else None
        # every packet, in order: while a group is that, its columns need no gather
        whole = np.arange(count, dtype=i64)
        pending[0].append((whole, first_a, first_x, {}))

        def send(t: int, idx: Any, a: Any, x: Any, mem: dict[int, Any]) -> None:
            if t >= n or not len(idx):
                return
            code, _jt, _jf, k = insns[t]
            if code == 0x06:             # ret #k: answer now
                if k:
                    out[idx] = k
                return
            pending[t].append((idx, a if live_a[t] else None, x if live_x[t] else None,
                               mem if live_m[t] else {}))

        def split(m: Any, t: int, f: int, idx: Any, a: Any, x: Any, mem: dict[int, Any]) -> None:
            c = int(np.count_nonzero(m))
            if c == len(idx):
                send(t, idx, a, x, mem)
                return
            if c == 0:
                send(f, idx, a, x, mem)
                return
            for target, sel in ((t, m), (f, ~m)):
                if target >= n or (insns[target][0] == 0x06 and not insns[target][3]):
                    continue             # to ret #0 or off the end: 0, the default
                send(target, idx[sel],
                     a[sel] if a is not None and live_a[target] else None,
                     x[sel] if x is not None and live_x[target] else None,
                     {s: v[sel] for s, v in mem.items()} if live_m[target] else {})

        for pc in range(n):
            groups = pending[pc]
            if not groups:
                continue
            pending[pc] = []
            if len(groups) == 1:
                idx, a, x, mem = groups[0]
            else:
                idx = np.concatenate([g[0] for g in groups])
                a = (np.concatenate([g[1] if g[1] is not None else zeros(len(g[0]), i64)
                                     for g in groups]) if live_a[pc] else None)
                x = (np.concatenate([g[2] if g[2] is not None else zeros(len(g[0]), i64)
                                     for g in groups]) if live_x[pc] else None)
                mem = {}
                if live_m[pc]:
                    slots = {s for g in groups for s in g[3]}
                    for s in slots:
                        mem[s] = np.concatenate([g[3].get(s, zeros(len(g[0]), i64))
                                                 for g in groups])
            code, jt, jf, k = insns[pc]
            nxt = pc + 1
            if code in _LD_ABS or code in _LD_IND or code == 0xB1:
                sz = _LD_ABS.get(code) or _LD_IND.get(code) or 1
                if code in _LD_IND:
                    off = x + k
                    ok = None if int(off.max()) + sz <= mincl else \
                        (caplen if idx is whole else caplen[idx]) >= off + sz
                else:
                    off = None
                    # every packet of the batch is long enough: no check
                    ok = None if k + sz <= mincl else \
                        (caplen if idx is whole else caplen[idx]) >= k + sz
                if ok is not None and not ok.all():
                    idx = idx[ok]
                    if not len(idx):
                        continue
                    if a is not None:
                        a = a[ok]
                    if x is not None:
                        x = x[ok]
                    if off is not None:
                        off = off[ok]
                    mem = {s: v[ok] for s, v in mem.items()}
                at = (base if idx is whole else base[idx]) + (k if off is None else off)
                val = views[sz][at].astype(i64)
                if code == 0xB1:
                    x = (val & 0xF) << 2
                else:
                    a = val
                send(nxt, idx, a, x, mem)
            elif code in _JMP_K or code in _JMP_X:
                op = code & 0xF0
                b = k if code in _JMP_K else x
                if op == 0x10:
                    m = a == b
                elif op == 0x20:
                    m = a > b
                elif op == 0x30:
                    m = a >= b
                else:
                    m = (a & b) != 0
                split(m, nxt + jt, nxt + jf, idx, a, x, mem)
            elif code == 0x05:           # ja (forward)
                send(nxt + k, idx, a, x, mem)
            elif code == 0x06:           # ret #k
                if k:
                    out[idx] = k
            elif code == 0x16:           # ret a
                out[idx] = a
            elif code == 0x00:           # ld #k
                send(nxt, idx, np.full(len(idx), k, dtype=i64), x, mem)
            elif code == 0x01:           # ldx #k
                send(nxt, idx, a, np.full(len(idx), k, dtype=i64), mem)
            elif code in (0x80, 0x81):   # ld/ldx #pktlen
                v = (wirelen if idx is whole else wirelen[idx]).astype(i64) & _M32
                if code == 0x80:
                    send(nxt, idx, v, x, mem)
                else:
                    send(nxt, idx, a, v, mem)
            elif code in (0x02, 0x03, 0x60, 0x61):   # st, stx, ld M[k], ldx M[k]
                if k >= 16:
                    continue             # returns 0
                if code in (0x02, 0x03):
                    mem = dict(mem)
                    src = a if code == 0x02 else x
                    mem[k] = src if src is not None else zeros(len(idx), i64)
                    send(nxt, idx, a, x, mem)
                else:
                    v = mem.get(k)
                    if v is None:
                        v = zeros(len(idx), i64)
                    if code == 0x60:
                        send(nxt, idx, v, x, mem)
                    else:
                        send(nxt, idx, a, v, mem)
            elif code == 0x07:           # tax
                send(nxt, idx, a, a, mem)
            elif code == 0x87:           # txa
                send(nxt, idx, x, x, mem)
            elif code in _ALU_K or code in _ALU_X:
                res = _alu(np, code, a, k if code in _ALU_K else x)
                if res is None:
                    continue             # division by a constant 0: returns 0
                va, okm = res
                if okm is not None:      # division by X == 0 returns 0
                    idx = idx[okm]
                    va = va[okm]
                    if x is not None:
                        x = x[okm]
                    mem = {s: v[okm] for s, v in mem.items()}
                send(nxt, idx, va, x, mem)
            # anything else: an opcode libpcap's interpreter does not run -> 0
        return out


def _alu(np: Any, code: int, a: Any, b: Any) -> tuple[Any, Any] | None:
    """A op b for the ALU opcode ``code``: (new A, mask of packets that go on, or None)."""
    op = code & 0xF0
    okm = None
    if op == 0x00:
        v = (a + b) & _M32
    elif op == 0x10:
        v = (a - b) & _M32
    elif op == 0x20:
        v = (a * b) & _M32        # int64 wraps; the low 32 bits are right
    elif op in (0x30, 0x90):
        if isinstance(b, int):
            if b == 0:
                return None
            v = a // b if op == 0x30 else a % b
        else:
            okm = b != 0
            safe = np.where(okm, b, 1)
            v = a // safe if op == 0x30 else a % safe
            if okm.all():
                okm = None
    elif op == 0x40:
        v = a | b
    elif op == 0x50:
        v = a & b
    elif op == 0xA0:
        v = a ^ b
    elif op == 0x60:
        if isinstance(b, int):
            v = (a << (b & 31)) & _M32
        else:
            v = np.where(b < 32, (a << np.minimum(b, 31)) & _M32, 0)
    elif op == 0x70:
        if isinstance(b, int):
            v = a >> (b & 31)
        else:
            v = np.where(b < 32, a >> np.minimum(b, 31), 0)
    elif op == 0x80:
        v = (-a) & _M32
    else:  # pragma: no cover - the opcode sets above hold only these
        return None
    return v, okm


def vectorize(insns: Sequence[Insn]) -> VectorProgram | None:
    """A :class:`VectorProgram` for ``insns``, or None when numpy is missing or the
    program jumps backwards."""
    if not available():
        return None
    try:
        return VectorProgram(insns)
    except ValueError:
        return None
