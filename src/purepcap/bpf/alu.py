"""Constant folding of classic BPF ALU operations, shared by the JIT and the optimizer."""

from __future__ import annotations

from .opcodes import (
    BPF_ADD, BPF_AND, BPF_DIV, BPF_LSH, BPF_MOD, BPF_MUL, BPF_OR, BPF_RSH, BPF_SUB, BPF_XOR,
)

__all__ = ["fold_alu"]


def fold_alu(op: int, a: int, b: int) -> int | None:
    """``a op b`` for an ALU operation (``code & 0xF0``) on unsigned 32-bit values.

    None where no single answer exists: division or modulo by zero (the program
    returns 0 there) and shifts by 32 or more (libpcap and the kernel differ), as
    well as for an operation that is not one of the binary ones.
    """
    if op == BPF_ADD:
        return (a + b) & 0xFFFFFFFF
    if op == BPF_SUB:
        return (a - b) & 0xFFFFFFFF
    if op == BPF_MUL:
        return (a * b) & 0xFFFFFFFF
    if op == BPF_DIV:
        return a // b if b else None
    if op == BPF_MOD:
        return a % b if b else None
    if op == BPF_AND:
        return a & b
    if op == BPF_OR:
        return a | b
    if op == BPF_XOR:
        return a ^ b
    if op == BPF_LSH:
        return (a << b) & 0xFFFFFFFF if b < 32 else None
    if op == BPF_RSH:
        return a >> b if b < 32 else None
    return None
