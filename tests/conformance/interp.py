"""A small reference interpreter for classic BPF, for the test harness only.

It follows libpcap 1.10.3's ``bpf_filter`` (saved-packet semantics: a load
outside the captured bytes, or a division by zero, ends the program with 0),
and, when a ``meta`` mapping is given, the Linux kernel's ancillary loads
(``ld [k]`` with ``k >= SKF_AD_OFF``: ``[type]``, ``[ifidx]``, ``[vlanp]``,
``[vlan_tci]`` ...), which return the packet's metadata value whatever the load
size.  Without ``meta`` an ancillary load is just an out-of-bounds load, as in
libpcap's ``bpf_filter``.

Two entry points:

- :func:`run` -- the verdict (the filter's return value).
- :func:`coverage` -- the verdict and the branch outcomes the packet reached:
  ``(pc, True|False)`` for conditional jumps, ``(pc, None)`` for the return
  executed.

It is the fallback when neither ``purepcap.bpf`` nor the oracle can run a
program (Linux-extension programs with metadata), and the synthesizer's
measure of coverage.  ``tests/test_conformance_synth.py`` checks it against
libpcap's own ``bpf_filter`` on random programs.
"""

from __future__ import annotations

from typing import Mapping

__all__ = ["run", "coverage", "outcomes", "SKF_AD_OFF", "ANC", "is_cond_jump"]

M32 = 0xFFFFFFFF
SKF_AD_OFF = 0xFFFFF000  # -0x1000 as an unsigned 32-bit offset

# Linux ancillary data offsets (linux/filter.h), relative to SKF_AD_OFF.
ANC = {
    "protocol": 0, "pkttype": 4, "ifindex": 8, "nlattr": 12, "nlattr_nest": 16,
    "mark": 20, "queue": 24, "hatype": 28, "rxhash": 32, "cpu": 36, "alu_xor_x": 40,
    "vlan_tag": 44, "vlan_tag_present": 48, "pay_offset": 52, "random": 56, "vlan_tpid": 60,
}

Insn = tuple  # (code, jt, jf, k)


def is_cond_jump(code: int) -> bool:
    return code & 0x07 == 0x05 and code & 0xF0 != 0x00


def outcomes(insns) -> set:
    """Every branch outcome of a program: both sides of each conditional jump, each return."""
    out = set()
    for pc, (code, _jt, _jf, _k) in enumerate(insns):
        cls = code & 0x07
        if cls == 0x05 and code & 0xF0:
            out.add((pc, True))
            out.add((pc, False))
        elif cls == 0x06:
            out.add((pc, None))
    return out


def _load(data: bytes, k: int, size: int, meta: Mapping[int, int] | None):
    """Value of an absolute load, or None when the program must return 0."""
    if k >= SKF_AD_OFF and meta is not None:
        v = meta.get(k - SKF_AD_OFF)
        return None if v is None else v & M32
    if k + size > len(data):
        return None
    if size == 4:
        return int.from_bytes(data[k:k + 4], "big")
    if size == 2:
        return (data[k] << 8) | data[k + 1]
    return data[k]


def coverage(insns, data: bytes, wirelen: int | None = None,
             meta: Mapping[int, int] | None = None, cov: set | None = None) -> int:
    """Run the program; add the outcomes reached to ``cov`` (if given); return the verdict."""
    if wirelen is None:
        wirelen = len(data)
    A = X = 0
    mem = [0] * 16
    pc = 0
    n = len(insns)
    buflen = len(data)
    add = cov.add if cov is not None else (lambda _x: None)
    while pc < n:
        code, jt, jf, k = insns[pc]
        cls = code & 0x07
        if cls == 0x00:  # LD
            mode = code & 0xE0
            if mode == 0x20 or mode == 0x40:  # ABS / IND
                size = {0x00: 4, 0x08: 2, 0x10: 1}.get(code & 0x18)
                if size is None:
                    return 0
                if mode == 0x40:
                    if k > buflen or X > buflen - k:
                        return 0
                    kk = X + k
                    if size > buflen - kk:
                        return 0
                    A = int.from_bytes(data[kk:kk + size], "big")
                else:
                    v = _load(data, k, size, meta)
                    if v is None:
                        return 0
                    A = v
            elif mode == 0x00:  # IMM
                A = k
            elif mode == 0x60:  # MEM
                A = mem[k & 15]
            elif mode == 0x80:  # LEN
                A = wirelen
            else:
                return 0
        elif cls == 0x01:  # LDX
            mode = code & 0xE0
            if mode == 0x00:
                X = k
            elif mode == 0x60:
                X = mem[k & 15]
            elif mode == 0x80:
                X = wirelen
            elif mode == 0xA0:  # MSH
                if k >= buflen:
                    return 0
                X = (data[k] & 0x0F) << 2
            else:
                return 0
        elif cls == 0x02:  # ST
            mem[k & 15] = A
        elif cls == 0x03:  # STX
            mem[k & 15] = X
        elif cls == 0x04:  # ALU
            op = code & 0xF0
            src = X if code & 0x08 else k
            if op == 0x00:
                A = (A + src) & M32
            elif op == 0x10:
                A = (A - src) & M32
            elif op == 0x20:
                A = (A * src) & M32
            elif op == 0x30:
                if src == 0:
                    return 0
                A = A // src
            elif op == 0x90:
                if src == 0:
                    return 0
                A = A % src
            elif op == 0x50:
                A &= src
            elif op == 0x40:
                A |= src
            elif op == 0xA0:
                A ^= src
            elif op == 0x60:  # x >= 32 gives 0; a constant shifts by k & 31 (x86, as libpcap's C does)
                A = (A << src) & M32 if src < 32 else (0 if code & 0x08 else (A << (src & 31)) & M32)
            elif op == 0x70:
                A = A >> src if src < 32 else (0 if code & 0x08 else A >> (src & 31))
            elif op == 0x80:
                A = (-A) & M32
            else:
                return 0
        elif cls == 0x05:  # JMP
            op = code & 0xF0
            if op == 0x00:
                pc += 1 + k
                continue
            src = X if code & 0x08 else k
            if op == 0x10:
                t = A == src
            elif op == 0x20:
                t = A > src
            elif op == 0x30:
                t = A >= src
            elif op == 0x40:
                t = (A & src) != 0
            else:
                return 0
            add((pc, t))
            pc += 1 + (jt if t else jf)
            continue
        elif cls == 0x06:  # RET
            add((pc, None))
            rv = code & 0x18
            if rv == 0x10:
                return A
            if rv == 0x00:
                return k
            return 0
        else:  # MISC
            if code & 0xF8 == 0x00:  # TAX
                X = A
            elif code & 0xF8 == 0x80:  # TXA
                A = X
            else:
                return 0
        pc += 1
    return 0


def run(insns, data: bytes, wirelen: int | None = None,
        meta: Mapping[int, int] | None = None) -> int:
    """The filter's return value for one packet."""
    return coverage(insns, data, wirelen, meta, None)
