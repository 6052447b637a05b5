"""Arithmetic expressions and relations (``ip[2:2] - 20 > len``), ``less``,
``greater``, ``byte``.

Every value lives in a scratch register ("virtual register"): each operand's
code ends with ``st M[r]``; an operator loads its right operand into X and its
left into A, computes, and stores into a fresh register.  Register choice and
statement order follow libpcap, so listings match.
"""

from __future__ import annotations

from typing import Optional

from ...bpf.opcodes import (
    BPF_ADD, BPF_ALU, BPF_AND, BPF_B, BPF_DIV, BPF_H, BPF_IMM, BPF_IND, BPF_JEQ, BPF_JGE,
    BPF_JGT, BPF_JMP, BPF_K, BPF_LD, BPF_LDX, BPF_LEN, BPF_LSH, BPF_MEM, BPF_MISC, BPF_MOD,
    BPF_NEG, BPF_OR, BPF_RSH, BPF_ST, BPF_SUB, BPF_TAX, BPF_W, BPF_X,
)
from ..cfg import Arth, Block, Stmt, JMP, gen_and, gen_not
from ..qual import (
    Q_ARP, Q_ATALK, Q_CARP, Q_DECNET, Q_ICMP, Q_ICMPV6, Q_IGMP, Q_IGRP, Q_IP, Q_IPV6,
    Q_LAT, Q_LINK, Q_MOPDL, Q_MOPRC, Q_PIM, Q_RADIO, Q_RARP, Q_SCA, Q_SCTP, Q_TCP, Q_UDP,
    Q_VRRP,
)
from .core import OR_LINKHDR, OR_LINKPL, AbsOffset, GenBase
from ...linktype import LinkType

__all__ = ["ArithMixin"]

_SIZES = {1: BPF_B, 2: BPF_H, 4: BPF_W}
_NET_PROTOS = (Q_IP, Q_ARP, Q_RARP, Q_ATALK, Q_DECNET, Q_SCA, Q_LAT, Q_MOPRC, Q_MOPDL, Q_IPV6)
_TRAN_PROTOS = (Q_SCTP, Q_TCP, Q_UDP, Q_ICMP, Q_IGMP, Q_IGRP, Q_PIM, Q_VRRP, Q_CARP)


class ArithMixin(GenBase):
    @staticmethod
    def xfer_to_x(a: Arth) -> Stmt:
        return Stmt(BPF_LDX | BPF_MEM, a.regno)

    @staticmethod
    def xfer_to_a(a: Arth) -> Stmt:
        return Stmt(BPF_LD | BPF_MEM, a.regno)

    def loadi(self, value: int) -> Arth:
        reg = self.alloc_reg()
        return Arth([Stmt(BPF_LD | BPF_IMM, value), Stmt(BPF_ST, reg)], reg)

    def loadlen(self) -> Arth:
        reg = self.alloc_reg()
        return Arth([Stmt(BPF_LD | BPF_LEN), Stmt(BPF_ST, reg)], reg)

    def load(self, proto: int, inst: Arth, size: int) -> Arth:
        """``proto[inst:size]``: the index register becomes an offset into ``proto``."""
        regno = self.alloc_reg()
        self.free_reg(inst.regno)
        size_code = _SIZES.get(size)
        if size_code is None:
            raise self.error("data size must be 1, 2, or 4")
        if proto == Q_RADIO:
            if self.linktype not in (LinkType.IEEE802_11_RADIO_AVS,
                                     LinkType.IEEE802_11_RADIO,
                                     LinkType.PRISM_HEADER):
                raise self.error("radio information not present in capture")
            inst.s += [self.xfer_to_x(inst), Stmt(BPF_LD | BPF_IND | size_code)]
        elif proto == Q_LINK:
            self._load_indexed(inst, self.off_linkhdr, 0, size_code)
        elif proto in _NET_PROTOS:
            self._load_indexed(inst, self.off_linkpl, self.off_nl, size_code)
            self._guard(inst, self.proto_abbrev(proto))
        elif proto in _TRAN_PROTOS:
            s = self.gen_loadx_iphdrlen()
            s += [self.xfer_to_a(inst), Stmt(BPF_ALU | BPF_ADD | BPF_X),
                  Stmt(BPF_MISC | BPF_TAX),
                  Stmt(BPF_LD | BPF_IND | size_code, self.off_linkpl.constant + self.off_nl)]
            inst.s += s
            b = self.gen_ipfrag()
            gen_and(self.proto_abbrev(proto), b)
            if inst.b is not None:
                gen_and(inst.b, b)
            gen_and(self.proto_abbrev(Q_IP), b)
            inst.b = b
        elif proto == Q_ICMPV6:
            self._guard(inst, self.proto_abbrev(Q_IPV6))
            self._guard(inst, self.gen_cmp(OR_LINKPL, 6, BPF_B, 58))
            self._load_indexed(inst, self.off_linkpl, self.off_nl + 40, size_code)
        else:
            raise self.error("unsupported index operation")
        inst.regno = regno
        inst.s.append(Stmt(BPF_ST, regno))
        return inst

    def _load_indexed(self, inst: Arth, base: AbsOffset, offset: int, size_code: int) -> None:
        """Append to ``inst`` a load at ``base + offset`` + the value of ``inst`` (in X,
        plus ``base``'s variable part when it has one)."""
        s = self.gen_abs_offset_varpart(base)
        if s is not None:
            s += [self.xfer_to_a(inst), Stmt(BPF_ALU | BPF_ADD | BPF_X),
                  Stmt(BPF_MISC | BPF_TAX)]
        else:
            s = [self.xfer_to_x(inst)]
        s.append(Stmt(BPF_LD | BPF_IND | size_code, base.constant + offset))
        inst.s += s

    @staticmethod
    def _guard(inst: Arth, b: Block) -> None:
        """AND the test ``b`` into the protocol checks ``inst`` depends on."""
        if inst.b is not None:
            gen_and(inst.b, b)
        inst.b = b

    def neg(self, a: Arth) -> Arth:
        a.s += [self.xfer_to_a(a), Stmt(BPF_ALU | BPF_NEG), Stmt(BPF_ST, a.regno)]
        return a

    def arth(self, op: int, a0: Arth, a1: Arth) -> Arth:
        first = a1.s[0] if a1.s else None
        if first is not None and first.code == (BPF_LD | BPF_IMM):  # a constant operand
            if op == BPF_DIV and first.k == 0:
                raise self.error("division by zero")
            if op == BPF_MOD and first.k == 0:
                raise self.error("modulus by zero")
            if op in (BPF_LSH, BPF_RSH) and first.k > 31:
                raise self.error("shift by more than 31 bits")
        s0 = self.xfer_to_x(a1)
        s1 = self.xfer_to_a(a0)
        s2 = Stmt(BPF_ALU | BPF_X | op)
        a1.s += [s0, s1, s2]
        a0.s += a1.s
        self.free_reg(a0.regno)
        self.free_reg(a1.regno)
        reg = self.alloc_reg()
        a0.regno = reg
        a0.s.append(Stmt(BPF_ST, reg))
        return a0

    def relation(self, op: int, a0: Arth, a1: Arth, reversed: bool) -> Block:
        s0 = self.xfer_to_x(a1)
        s1 = self.xfer_to_a(a0)
        if op == BPF_JEQ:
            b = Block(JMP(op))
            tail = [s0, s1, Stmt(BPF_ALU | BPF_SUB | BPF_X)]
        else:
            b = Block(BPF_JMP | op | BPF_X)
            tail = [s0, s1]
        if reversed:
            gen_not(b)
        a1.s += tail
        a0.s += a1.s
        b.stmts = a0.s
        self.free_reg(a0.regno)
        self.free_reg(a1.regno)
        tmp: Optional[Block]
        if a0.b is not None:
            if a1.b is not None:
                gen_and(a0.b, a1.b)
                tmp = a1.b
            else:
                tmp = a0.b
        else:
            tmp = a1.b
        if tmp is not None:
            gen_and(tmp, b)
        return b

    # -- length and byte tests --------------------------------------------------------
    def gen_len(self, jmp: int, n: int) -> Block:
        return Block(JMP(jmp), n, [Stmt(BPF_LD | BPF_LEN)])

    def greater(self, n: int) -> Block:
        return self.gen_len(BPF_JGE, n)

    def less(self, n: int) -> Block:
        b = self.gen_len(BPF_JGT, n)
        gen_not(b)
        return b

    def byteop(self, op: str, idx: int, val: int) -> Block:
        if op == "=":
            return self.gen_cmp(OR_LINKHDR, idx, BPF_B, val)
        if op == "<":
            return self.gen_cmp_lt(OR_LINKHDR, idx, BPF_B, val)
        if op == ">":
            return self.gen_cmp_gt(OR_LINKHDR, idx, BPF_B, val)
        if op == "|":
            s = Stmt(BPF_ALU | BPF_OR | BPF_K, val)
        elif op == "&":
            s = Stmt(BPF_ALU | BPF_AND | BPF_K, val)
        else:
            raise AssertionError(op)
        b = Block(JMP(BPF_JEQ), 0, [s])
        gen_not(b)
        return b
