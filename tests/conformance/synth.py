"""Packet synthesis: packets that drive a classic BPF program down every branch.

Given one or more programs (lists of ``(code, jt, jf, k)``), :func:`synthesize`
returns a small list of :class:`SynthPacket` that together reach, as far as the
search can find them, both outcomes of every conditional jump and every
return of every program.  The conformance tests run the oracle's program and
ours on these packets (plus real captures) and compare verdicts, so a branch
that no packet reaches is a behaviour nobody compared.

How it works (concolic search, as DART/SAGE do):

1. Execute the program concretely on a packet while building, next to each
   concrete value, a *symbolic* expression of where it came from: constants,
   loads ``('L', offset, size)`` at the concrete offset (indexed loads included:
   ``ldxb 4*([k]&0xf)`` then ``ld [x + k]`` simply becomes a load at the offset
   this packet gives), ``('len',)`` (wire length), ``('anc', code)`` (a Linux
   ancillary load: packet metadata), and ALU operations over them.  Each
   conditional jump records ``(pc, expression, operand, op, outcome)``.
2. For a recorded jump whose other outcome nobody has reached yet, pick target
   values for the expression that flip the comparison (``jeq``/``jgt``/``jge``/
   ``jset`` against ``k`` or ``x``) and invert the expression tree down to
   bytes (``and``/``or``/``xor``/shifts/add/sub/mul/div/mod/neg: the rest of the
   current value is kept, so earlier constraints on other bits survive), the
   wire length or a metadata value.  Apply, re-execute: the execution is the
   judge.  When the new run leaves the old path before reaching the target
   jump, repair the first diverging jump (inverting it back, without touching
   the bytes just written) a few times.
3. A load past the captured bytes ends the program; the search then extends the
   packet (and keeps the short version: truncated packets are interesting).
4. When the directed search stalls, mutate pool packets at the offsets the
   program loads, with the constants the program compares against.

Everything is bounded (executions per program) and seeded from the program, so
the result is deterministic.
"""

from __future__ import annotations

import random
import zlib
from typing import Iterable, Mapping, NamedTuple, Sequence

from . import interp

__all__ = ["SynthPacket", "synthesize", "branch_coverage", "trace"]

M32 = 0xFFFFFFFF
SKF_AD_OFF = interp.SKF_AD_OFF

# ALU operation codes (BPF_OP)
ADD, SUB, MUL, DIV, OR, AND, LSH, RSH, NEG, MOD, XOR = (
    0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80, 0x90, 0xA0)
JEQ, JGT, JGE, JSET = 0x10, 0x20, 0x30, 0x40

# Ancillary codes that synthesized packets vary (when the program uses them),
# with realistic value ranges (pkttype is 3 bits, vlan_tag_present a flag ...).
_META_DEFAULTS = {0: 0x0800, 4: 0, 8: 1, 44: 0, 48: 0, 60: 0}
_META_MASK = {0: 0xFFFF, 4: 0x7, 8: M32, 20: M32, 24: 0xFFFF, 28: 0xFFFF, 32: M32, 36: M32,
              44: 0xFFFF, 48: 0x1, 52: M32, 56: M32, 60: 0xFFFF}


class SynthPacket(NamedTuple):
    data: bytes
    wirelen: int
    meta: tuple = ()  # sorted ((ancillary code, value), ...); () = no metadata

    def meta_dict(self) -> dict[int, int] | None:
        return dict(self.meta) if self.meta else None


# ---------------------------------------------------------------------------
# symbolic execution of one packet

def _sym_alu(op: int, a, b):
    """Symbolic ALU result; plain ints stay ints when both sides are constant."""
    if isinstance(a, int) and isinstance(b, int):
        return None  # caller uses the concrete value
    return ("op", op, a, b)


def trace(insns, data: bytes, wirelen: int, meta: Mapping[int, int] | None):
    """Execute with symbolic shadows.

    Returns ``(verdict, events, path, oob)`` where ``events`` lists the
    conditional jumps executed as ``(pc, expr_a, operand, op, taken)``
    (``operand`` an int or an expression), ``path`` the ``(pc, outcome)`` pairs
    (returns included, as in :func:`interp.coverage`), and ``oob`` is
    ``(pc, needed_length)`` when the program stopped on a load outside the
    packet (else ``None``).
    """
    A = X = 0
    sA = sX = 0  # symbolic shadows (an int means "constant, same as concrete")
    mem = [0] * 16
    smem = [0] * 16
    pc = 0
    n = len(insns)
    buflen = len(data)
    events: list = []
    path: list = []
    while pc < n:
        code, jt, jf, k = insns[pc]
        cls = code & 0x07
        if cls == 0x00:
            mode = code & 0xE0
            if mode == 0x20 or mode == 0x40:
                size = {0x00: 4, 0x08: 2, 0x10: 1}.get(code & 0x18)
                if size is None:
                    return 0, events, path, None
                if mode == 0x40:
                    off = (X + k) & 0xFFFFFFFFF
                    if off + size > buflen:
                        return 0, events, path, (pc, off + size)
                    A = int.from_bytes(data[off:off + size], "big")
                    sA = ("L", off, size) if isinstance(sX, int) else ("L", off, size, ("op", ADD, sX, k))
                else:
                    if k >= SKF_AD_OFF and meta is not None:
                        c = k - SKF_AD_OFF
                        if c not in meta:
                            return 0, events, path, None
                        A = meta[c] & M32
                        sA = ("anc", c)
                    else:
                        if k + size > buflen:
                            return 0, events, path, ((pc, k + size) if k < SKF_AD_OFF else None)
                        A = int.from_bytes(data[k:k + size], "big")
                        sA = ("L", k, size)
            elif mode == 0x00:
                A = sA = k
            elif mode == 0x60:
                A, sA = mem[k & 15], smem[k & 15]
            elif mode == 0x80:
                A, sA = wirelen, ("len",)
            else:
                return 0, events, path, None
        elif cls == 0x01:
            mode = code & 0xE0
            if mode == 0x00:
                X = sX = k
            elif mode == 0x60:
                X, sX = mem[k & 15], smem[k & 15]
            elif mode == 0x80:
                X, sX = wirelen, ("len",)
            elif mode == 0xA0:
                if k >= buflen:
                    return 0, events, path, (pc, k + 1)
                X = (data[k] & 0x0F) << 2
                sX = ("op", LSH, ("op", AND, ("L", k, 1), 0x0F), 2)
            else:
                return 0, events, path, None
        elif cls == 0x02:
            mem[k & 15], smem[k & 15] = A, sA
        elif cls == 0x03:
            mem[k & 15], smem[k & 15] = X, sX
        elif cls == 0x04:
            op = code & 0xF0
            if code & 0x08:
                src, ssrc = X, sX
            else:
                src, ssrc = k, k
            if op == ADD:
                r = (A + src) & M32
            elif op == SUB:
                r = (A - src) & M32
            elif op == MUL:
                r = (A * src) & M32
            elif op == DIV:
                if src == 0:
                    return 0, events, path, None
                r = A // src
            elif op == MOD:
                if src == 0:
                    return 0, events, path, None
                r = A % src
            elif op == AND:
                r = A & src
            elif op == OR:
                r = A | src
            elif op == XOR:
                r = A ^ src
            elif op == LSH:
                r = (A << src) & M32 if src < 32 else (0 if code & 0x08 else (A << (src & 31)) & M32)
            elif op == RSH:
                r = A >> src if src < 32 else (0 if code & 0x08 else A >> (src & 31))
            elif op == NEG:
                r = (-A) & M32
                ssrc = 0
            else:
                return 0, events, path, None
            if op in (LSH, RSH) and not code & 0x08:
                ssrc = src & 31 if src >= 32 else src
            s = _sym_alu(op, sA, ssrc)
            A = r
            sA = r if s is None else s
        elif cls == 0x05:
            op = code & 0xF0
            if op == 0x00:
                pc += 1 + k
                continue
            if code & 0x08:
                src, ssrc = X, sX
            else:
                src, ssrc = k, k
            if op == JEQ:
                t = A == src
            elif op == JGT:
                t = A > src
            elif op == JGE:
                t = A >= src
            elif op == JSET:
                t = (A & src) != 0
            else:
                return 0, events, path, None
            path.append((pc, t))
            if not (isinstance(sA, int) and isinstance(ssrc, int)):
                events.append((pc, sA, ssrc, op, t))
            pc += 1 + (jt if t else jf)
            continue
        elif cls == 0x06:
            path.append((pc, None))
            rv = code & 0x18
            if rv == 0x10:
                return A, events, path, None
            return (k if rv == 0x00 else 0), events, path, None
        else:
            if code & 0xF8 == 0x00:
                X, sX = A, sA
            elif code & 0xF8 == 0x80:
                A, sA = X, sX
            else:
                return 0, events, path, None
        pc += 1
    return 0, events, path, None


# ---------------------------------------------------------------------------
# evaluation and inversion of expressions

class _Pkt:
    """A mutable packet under construction."""

    __slots__ = ("data", "wirelen", "meta")

    def __init__(self, data: bytes, wirelen: int, meta: dict | None):
        self.data = bytearray(data)
        self.wirelen = wirelen
        self.meta = dict(meta) if meta is not None else None

    def freeze(self) -> SynthPacket:
        data = bytes(self.data)
        wl = max(self.wirelen, len(data))
        return SynthPacket(data, wl, tuple(sorted(self.meta.items())) if self.meta is not None else ())


def _eval(e, pkt: _Pkt):
    if isinstance(e, int):
        return e
    tag = e[0]
    if tag == "L":
        off, size = e[1], e[2]
        if len(e) > 3:
            off = _eval(e[3], pkt)
        d = pkt.data
        if off + size > len(d):
            return 0
        return int.from_bytes(d[off:off + size], "big")
    if tag == "len":
        return pkt.wirelen
    if tag == "anc":
        return (pkt.meta or {}).get(e[1], 0)
    _, op, a, b = e
    a = _eval(a, pkt)
    b = _eval(b, pkt)
    if op == ADD:
        return (a + b) & M32
    if op == SUB:
        return (a - b) & M32
    if op == MUL:
        return (a * b) & M32
    if op == DIV:
        return a // b if b else 0
    if op == MOD:
        return a % b if b else 0
    if op == AND:
        return a & b
    if op == OR:
        return a | b
    if op == XOR:
        return a ^ b
    if op == LSH:
        return (a << b) & M32 if b < 32 else 0
    if op == RSH:
        return a >> b if b < 32 else 0
    if op == NEG:
        return (-a) & M32
    return 0


def _set_bytes(off: int, size: int, t: int) -> list[dict]:
    if off < 0 or off + size > MAX_LEN:
        return []
    return [{off + i: (t >> (8 * (size - 1 - i))) & 0xFF for i in range(size)}]


def _deps(e, pkt) -> set:
    """Byte offsets an expression currently reads."""
    if isinstance(e, int):
        return set()
    tag = e[0]
    if tag == "L":
        off = e[1] if len(e) == 3 else _eval(e[3], pkt)
        out = set(range(off, off + e[2]))
        if len(e) > 3:
            out |= _deps(e[3], pkt)
        return out
    if tag == "op":
        return _deps(e[2], pkt) | _deps(e[3], pkt)
    return set()


_MAX_ALTS = 6
MAX_LEN = 16384  # synthesized packets never grow beyond this (loads further out stay unexplored)


def _invert(e, t: int, pkt: _Pkt, depth: int = 0) -> list[dict]:
    """Assignments (dicts: byte offset -> value, 'len' -> n, ('anc', c) -> v) making e == t."""
    t &= M32
    if isinstance(e, int):
        return [{}] if e == t else []
    if depth > 24:
        return []
    tag = e[0]
    if tag == "L":
        size = e[2]
        if t >> (8 * size):
            return []
        if len(e) == 3:
            return _set_bytes(e[1], size, t)
        # an indexed load: its offset depends on packet bytes too
        soff = e[3]
        off = _eval(soff, pkt)
        deps = _deps(soff, pkt)
        asg = _set_bytes(off, size, t)
        if asg and not deps & set(asg[0]):
            return asg
        out: list[dict] = []
        for new_off in (off + 20, off + 4, off + 24, off + 40, off + 8):
            for a1 in _invert(soff, new_off, pkt, depth + 1)[:2]:
                for a2 in _set_bytes(new_off, size, t):
                    if all(a1.get(kk, v) == v for kk, v in a2.items()):
                        merged = dict(a1)
                        merged.update(a2)
                        out.append(merged)
            if len(out) >= 3:
                break
        return out
    if tag == "len":
        return [{"len": t}] if t < 1 << 20 else []
    if tag == "anc":
        if t & ~_META_MASK.get(e[1], M32):
            return []
        return [{("anc", e[1]): t}]
    _, op, a, b = e
    out: list[dict] = []
    ca = isinstance(a, int)
    cb = isinstance(b, int)
    va = a if ca else _eval(a, pkt)
    vb = b if cb else _eval(b, pkt)

    def sub(x, v):
        out.extend(_invert(x, v, pkt, depth + 1))

    if op == NEG:
        sub(a, -t)
    elif op == ADD:
        if not ca:
            sub(a, t - vb)
        if not cb:
            sub(b, t - va)
    elif op == SUB:
        if not ca:
            sub(a, t + vb)
        if not cb:
            sub(b, va - t)
    elif op == XOR:
        if not ca:
            sub(a, t ^ vb)
        if not cb:
            sub(b, t ^ va)
    elif op == AND:
        if not ca and not t & ~vb:
            sub(a, (va & ~vb) | t)
            sub(a, t)
        if not cb and not t & ~va:
            sub(b, (vb & ~va) | t)
    elif op == OR:
        if not ca and not vb & ~t:
            sub(a, t & ~vb)
            sub(a, t)
        if not cb and not va & ~t:
            sub(b, t & ~va)
    elif op == LSH:
        if not ca and vb < 32 and not t & ((1 << vb) - 1):
            sub(a, (t >> vb) | (va & ~(M32 >> vb)))
            sub(a, t >> vb)
        if not cb and va:
            for s in range(32):
                if (va << s) & M32 == t:
                    sub(b, s)
                    break
    elif op == RSH:
        if not ca and vb < 32 and not (t << vb) >> 32:
            sub(a, (t << vb) | (va & ((1 << vb) - 1)))
            sub(a, t << vb)
        if not cb:
            for s in range(32):
                if va >> s == t:
                    sub(b, s)
                    break
    elif op == MUL:
        if not ca:
            if vb and t % vb == 0:
                sub(a, t // vb)
            elif vb & 1:
                sub(a, (t * pow(vb, -1, 1 << 32)) & M32)
        if not cb:
            if va and t % va == 0:
                sub(b, t // va)
    elif op == DIV:
        if not ca and vb:
            if (t * vb) >> 32 == 0:
                sub(a, t * vb + (va % vb))
                sub(a, t * vb)
        if not cb and t:
            if va // t:
                sub(b, va // t)
    elif op == MOD:
        if not ca and vb and t < vb:
            base = va - va % vb
            if base + t <= M32:
                sub(a, base + t)
            sub(a, t)
    # dedupe, keep it small
    seen = []
    for asg in out:
        if asg not in seen:
            seen.append(asg)
        if len(seen) >= _MAX_ALTS:
            break
    return seen


def _targets(op: int, want: bool, k: int, cur: int, rng: random.Random) -> list[int]:
    """Values for A that make ``A op k`` come out as ``want``."""
    vals: list[int] = []
    if op == JEQ:
        if want:
            vals = [k]
        else:
            vals = [k ^ 1, (k + 1) & M32, 0 if k else 1, k ^ 0x80, rng.getrandbits(8)]
    elif op == JGT:
        if want:
            if k < M32:
                vals = [k + 1, min(M32, k + 1 + rng.getrandbits(4)), min(M32, k * 2 + 1), 0xFF, 0xFFFF, M32]
        else:
            vals = [k, 0, k // 2, k - 1 if k else 0]
    elif op == JGE:
        if want:
            vals = [k, min(M32, k + 1), min(M32, k + rng.getrandbits(4)), 0xFF, 0xFFFF, M32]
        elif k > 0:
            vals = [k - 1, 0, k // 2]
    elif op == JSET:
        if want:
            if k:
                low = k & -k
                high = 1 << (k.bit_length() - 1)
                vals = [cur | low, low, cur | k, k, cur | high, high]
        else:
            vals = [cur & ~k & M32, 0]
    out = []
    for v in vals:
        v &= M32
        if op == JGT and want and v <= k:
            continue
        if op == JGE and want and v < k:
            continue
        if v not in out:
            out.append(v)
    return out


def _apply(pkt: _Pkt, asg: dict) -> _Pkt:
    new = _Pkt(pkt.data, pkt.wirelen, pkt.meta)
    top = max((o for o in asg if isinstance(o, int)), default=-1)
    if top >= len(new.data):
        new.data.extend(b"\0" * (top + 1 - len(new.data)))
    for key, v in asg.items():
        if isinstance(key, int):
            new.data[key] = v
        elif key != "len":
            if new.meta is None:
                new.meta = {}
            new.meta[key[1]] = v
    if "len" in asg:
        v = asg["len"]
        if v < len(new.data):
            del new.data[v:]
        new.wirelen = v
    if new.wirelen < len(new.data):
        new.wirelen = len(new.data)
    return new


def _flip_assignments(ev, pkt: _Pkt, want: bool, rng: random.Random) -> list[dict]:
    """Assignments that make the jump event ``ev`` come out as ``want``."""
    _pc, sa, sop, op, _taken = ev
    va = _eval(sa, pkt)
    vk = _eval(sop, pkt)
    asgs: list[dict] = []
    if not isinstance(sa, int):
        for t in _targets(op, want, vk, va, rng):
            asgs.extend(_invert(sa, t, pkt))
            if len(asgs) >= 8:
                break
    if not isinstance(sop, int) and len(asgs) < 8:
        # the operand is symbolic (x): move it instead
        cands: list[int] = []
        if op == JEQ:
            cands = [va] if want else [va ^ 1, (va + 1) & M32]
        elif op == JGT:
            cands = ([va - 1, 0] if va else []) if want else [va, (va + 1) & M32, M32]
        elif op == JGE:
            cands = [va, 0] if want else ([min(M32, va + 1), M32] if va < M32 else [])
        elif op == JSET:
            cands = ([va & -va] if va else []) if want else [vk & ~va & M32, 0]
        for t in cands:
            asgs.extend(_invert(sop, t, pkt))
    return asgs


# ---------------------------------------------------------------------------
# the search

def _seed_for(insns) -> int:
    return zlib.crc32(repr(list(insns)).encode())


def _program_dictionary(insns) -> tuple[list[int], list[int], bool]:
    """Offsets the program loads, constants it uses, whether it uses ancillary loads."""
    offs: set[int] = set()
    consts: set[int] = set()
    anc = False
    for code, _jt, _jf, k in insns:
        cls = code & 0x07
        if cls == 0x00 and code & 0xE0 in (0x20, 0x40):
            if k >= SKF_AD_OFF:
                anc = True
            else:
                size = {0x00: 4, 0x08: 2, 0x10: 1}.get(code & 0x18, 1)
                offs.update(range(k, k + size))
        elif cls == 0x01 and code & 0xE0 == 0xA0:
            offs.add(k)
        elif cls == 0x05 and code & 0xF0:
            consts.add(k)
        elif cls == 0x04:
            consts.add(k)
    return sorted(o for o in offs if o < 4096), sorted(consts), anc


def _default_meta(insns) -> dict | None:
    return dict(_META_DEFAULTS) if _program_dictionary(insns)[2] else None


def synthesize(programs: Sequence, seeds: Iterable[SynthPacket] = (), *,
               max_runs: int = 400, linux_ext: bool | None = None,
               truncations: int = 4) -> list[SynthPacket]:
    """Packets that together reach every outcome the search can find, in every program.

    ``seeds`` (e.g. real packets) are tried first and kept only if they add
    coverage; ``max_runs`` bounds executions per program.  With ``linux_ext``
    (default: whether a program uses ancillary loads) packets carry metadata.
    """
    seeds = list(seeds)
    result: dict[SynthPacket, None] = {}
    for insns in programs:
        insns = [tuple(i) for i in insns]
        if not insns:
            continue
        for p in _synthesize_one(insns, seeds + list(result), max_runs, linux_ext, truncations):
            result.setdefault(p, None)
    return list(result)


def _boundary(op: int, k: int, cur: int) -> list[int]:
    if op == JEQ:
        vals = [k ^ 1, k + 1, k - 1]
    elif op in (JGT, JGE):
        vals = [k - 1, k, k + 1]
    elif op == JSET and k:
        low = k & -k
        high = 1 << (k.bit_length() - 1)
        vals = [low, high, (cur & ~k) | high, (cur & ~k) | low]
    else:
        vals = []
    out: list[int] = []
    for v in vals:
        if 0 <= v <= M32 and v not in out:
            out.append(v)
    return out


def _synthesize_one(insns, seeds, max_runs, linux_ext, truncations, boundary=True) -> list[SynthPacket]:
    rng = random.Random(_seed_for(insns))
    targets = interp.outcomes(insns)
    use_meta = linux_ext if linux_ext is not None else _program_dictionary(insns)[2]
    covered: set = set()
    kept: list[SynthPacket] = []
    pool: list[tuple[_Pkt, list, list, tuple | None]] = []  # (packet, events, path, oob)
    runs = 0
    attempts: dict = {}

    def execute(pkt: _Pkt, keep_if_new: bool = True):
        nonlocal runs
        runs += 1
        _v, events, path, oob = trace(insns, bytes(pkt.data), max(pkt.wirelen, len(pkt.data)),
                                      pkt.meta if use_meta else None)
        new = [o for o in path if o not in covered]
        if keep_if_new and (new or oob and ("oob", oob[0]) not in covered):
            covered.update(path)
            if oob:
                covered.add(("oob", oob[0]))
            kept.append(pkt.freeze())
            pool.append((pkt, events, path, oob))
        return events, path, oob, bool(new)

    # seeds: real packets first (they satisfy whole protocol stacks at once)
    for sp in seeds:
        if runs >= max_runs // 2 or targets <= covered:
            break
        meta = sp.meta_dict() if use_meta else None
        if use_meta and meta is None:
            meta = dict(_META_DEFAULTS)
        execute(_Pkt(sp.data, sp.wirelen, meta))
    base_meta = dict(_META_DEFAULTS) if use_meta else None
    execute(_Pkt(b"", 0, base_meta))
    if not pool:
        pool.append((_Pkt(b"", 0, base_meta), [], [], None))

    def flip(entry, idx: int) -> bool:
        """Try to flip the idx-th event of a pool entry. True if new coverage appeared."""
        pkt, events, path, _oob = entry
        ev = events[idx]
        want = not ev[4]
        prefix = [(e[0], e[4]) for e in events[:idx]]
        for asg in _flip_assignments(ev, pkt, want, rng)[:6]:
            if runs >= max_runs:
                return False
            cand = _apply(pkt, asg)
            touched = {k for k in asg}
            for _repair in range(4):
                evs, pth, oob, new = execute(cand)
                if new:
                    return True
                # where does the new run leave the intended prefix?
                bad = None
                newjumps = [(e[0], e[4]) for e in evs]
                for j, want_step in enumerate(prefix):
                    if j >= len(newjumps) or newjumps[j] != want_step:
                        bad = j
                        break
                if bad is None:
                    if oob is not None and runs < max_runs and oob[1] <= MAX_LEN:
                        # the path stopped on a short packet: lengthen and retry
                        cand = _apply(cand, {oob[1] - 1: cand.data[oob[1] - 1] if oob[1] - 1 < len(cand.data) else 0})
                        continue
                    break
                if bad >= len(evs) or evs[bad][0] != prefix[bad][0]:
                    break
                fixes = [a for a in _flip_assignments(evs[bad], cand, prefix[bad][1], rng)
                         if not (set(a) & touched)]
                if not fixes:
                    break
                cand = _apply(cand, fixes[0])
                touched |= set(fixes[0])
        return False

    i = 0
    while i < len(pool) and runs < max_runs and not targets <= covered:
        entry = pool[i]
        pkt, events, path, oob = entry
        if oob is not None:
            key = ("ext", oob[0])
            if attempts.get(key, 0) < 2 and oob[1] <= MAX_LEN:
                attempts[key] = attempts.get(key, 0) + 1
                need = oob[1]
                filler = bytes(rng.getrandbits(8) if attempts[key] > 1 else 0
                               for _ in range(need - len(pkt.data) if need > len(pkt.data) else 0))
                ext = _Pkt(bytes(pkt.data) + filler, max(pkt.wirelen, need), pkt.meta)
                execute(ext)
        for idx, ev in enumerate(events):
            if runs >= max_runs or targets <= covered:
                break
            other = (ev[0], not ev[4])
            if other in covered:
                continue
            cnt = attempts.get(other, 0)
            if cnt >= 3:
                continue
            attempts[other] = cnt + 1
            flip(entry, idx)
        i += 1

    # random mutation fallback, guided by coverage
    if not targets <= covered and runs < max_runs:
        offs, consts, _anc = _program_dictionary(insns)
        byte_consts = sorted({c & 0xFF for c in consts} | {(c >> 8) & 0xFF for c in consts} | {0, 0xFF})
        while runs < max_runs and not targets <= covered:
            base = rng.choice(pool)[0]
            asg: dict = {}
            for _ in range(rng.randint(1, 4)):
                r = rng.random()
                if offs and r < 0.8:
                    o = rng.choice(offs)
                    asg[o] = rng.choice(byte_consts) if rng.random() < 0.6 else rng.getrandbits(8)
                elif r < 0.9:
                    asg["len"] = rng.choice([len(base.data), len(base.data) + 1, rng.randint(0, 1600)])
                elif use_meta:
                    c = rng.choice(list(_META_DEFAULTS))
                    asg[("anc", c)] = rng.choice([0, 1, 4, 10, rng.getrandbits(16)]) & _META_MASK[c]
            execute(_apply(base, asg))

    # boundary values: branch coverage alone cannot tell "& 0x1fff" from "& 0x0fff", nor
    # "> 100" from ">= 100"; a second program compared on these packets might.  For each
    # jump (first trace that reaches it), set its operand to the values around the
    # constant (k-1, k, k+1; each end bit of a jset mask alone) and keep the packets that
    # still reach the jump.
    if boundary:
        done: set = set()
        extra = 0
        budget = 3 * sum(1 for c, _a, _b, _k in insns if interp.is_cond_jump(c)) + 8
        for pkt, events, _path, _oob in list(pool):
            for ev in events:
                pc, sa, sop, op, _taken = ev
                if pc in done or not isinstance(sop, int) or isinstance(sa, int):
                    continue
                done.add(pc)
                cur = _eval(sa, pkt)
                for t in _boundary(op, sop, cur):
                    if extra >= budget:
                        break
                    for asg in _invert(sa, t, pkt)[:1]:
                        cand = _apply(pkt, asg)
                        extra += 1
                        _v, _e, pth, _o = trace(insns, bytes(cand.data), max(cand.wirelen, len(cand.data)),
                                                cand.meta if use_meta else None)
                        if any(step[0] == pc for step in pth):
                            kept.append(cand.freeze())

    # truncated variants: the same packets cut short inside what the program reads
    out = list(dict.fromkeys(kept))
    if truncations:
        longish = [p for p in out if len(p.data) > 1]
        rng.shuffle(longish)
        for p in longish[:truncations]:
            cut = rng.randint(0, len(p.data) - 1)
            out.append(SynthPacket(p.data[:cut], p.wirelen, p.meta))
    return out


def branch_coverage(insns, packets: Iterable[SynthPacket], linux_ext: bool | None = None):
    """``(covered, total, missing)`` outcomes of ``insns`` over ``packets`` (reference interpreter)."""
    insns = [tuple(i) for i in insns]
    targets = interp.outcomes(insns)
    use_meta = linux_ext if linux_ext is not None else _program_dictionary(insns)[2]
    cov: set = set()
    for p in packets:
        meta = p.meta_dict() if use_meta else None
        if use_meta and meta is None:
            meta = dict(_META_DEFAULTS)
        interp.coverage(insns, p.data, p.wirelen, meta, cov)
    cov &= targets
    return len(cov), len(targets), sorted(targets - cov, key=lambda o: (o[0], str(o[1])))
