"""Encapsulations that move the rest of the expression inside them:
``vlan``, ``mpls``, ``pppoed``/``pppoes`` and ``geneve``.

libpcap's semantics, which we keep: these keywords change the code
generator's offsets *permanently* for everything that follows in the
expression (``vlan and ip`` tests IP after the tag; so does ``vlan or ip``).

- ``vlan [id]`` tests the TPID (0x8100, 0x88a8, 0x9100) at the current type
  field, then shifts the type field and the payload by 4.  On a live Linux
  handle (``linux_ext=True``) the kernel strips the outermost tag into
  metadata, so the first ``vlan`` also accepts ``SKF_AD_VLAN_TAG_PRESENT``
  and reads the VID from ``SKF_AD_VLAN_TAG``; because whether the tag was in
  the packet is only known at run time, the shift becomes a *variable* part
  of the offsets (scratch registers, zeroed at program start and bumped by 4
  when the tag is found in the packet data).
- ``mpls [label]`` checks the MPLS ethertype (or the bottom-of-stack bit of
  the previous label when already inside MPLS) and moves the network layer
  by 4; protocol tests inside MPLS look at the IP version nibble.
- ``pppoes [session]`` makes the rest of the expression PPP inside PPPoE.
- ``geneve [vni]`` matches UDP port 6081 over IPv4 or IPv6 and computes the
  inner offsets at run time (Geneve options, and an inner Ethernet header
  when the protocol type is Transparent Ethernet Bridging) into registers.
"""

from __future__ import annotations

from typing import Callable

from ...linktype import LinkType
from ...bpf.opcodes import (
    BPF_ABS, BPF_ADD, BPF_ALU, BPF_AND, BPF_B, BPF_H, BPF_IMM, BPF_IND, BPF_JA, BPF_JEQ,
    BPF_JMP, BPF_K, BPF_LD, BPF_LDX, BPF_MEM, BPF_MISC, BPF_MUL, BPF_ST, BPF_STX, BPF_TAX,
    BPF_TXA, BPF_W, BPF_X, SKF_AD_OFF, SKF_AD_VLAN_TAG, SKF_AD_VLAN_TAG_PRESENT,
)
from ..cfg import Block, Stmt, JMP, gen_and, gen_not, gen_or
from ..qual import Q_DST
from .consts import (
    ETHERTYPE_8021AD, ETHERTYPE_8021Q, ETHERTYPE_8021QINQ, ETHERTYPE_IP, ETHERTYPE_IPV6,
    ETHERTYPE_MPLS, ETHERTYPE_PPPOED, ETHERTYPE_PPPOES, IPPROTO_UDP, PPP_MPLS_UCAST,
)
from .core import (
    OR_LINKPL, OR_PREVMPLSHDR, OR_TRAN_IPV4, OR_TRAN_IPV6, AbsOffset, GenBase,
)
from .linklayer import ETHER_LINKTYPES, IEEE80211_LINKTYPES, LAYOUTS

__all__ = ["EncapMixin"]

GENEVE_PORT = 6081
ETHERTYPE_TEB = 0x6558  # Transparent Ethernet Bridging



class EncapMixin(GenBase):
    # -- the link-layer header stack (also used by atm.py's ``lane``) ------------------
    def set_linktype(self, linktype: int) -> None:
        """Switch the link type the following tests assume (keeps ``layout`` in step)."""
        self.linktype = linktype
        lay = LAYOUTS.get(linktype)
        if lay is not None:
            self.layout = lay

    def push_linkhdr(self, linktype: int, variable: bool, constant: int, reg: int) -> None:
        """A new link-layer header inside the current one (libpcap's PUSH_LINKHDR)."""
        self.prevlinktype = self.linktype
        self.off_prevlinkhdr = self.off_linkhdr.copy()
        self.set_linktype(linktype)
        self.off_linkhdr = AbsOffset(constant, variable, reg)
        self.is_geneve = False

    # -- VLAN ---------------------------------------------------------------------------
    def _vlan_tpid_test(self) -> Block:
        b0 = self.gen_linktype(ETHERTYPE_8021Q)
        b1 = self.gen_linktype(ETHERTYPE_8021AD)
        gen_or(b0, b1)
        b0 = b1
        b1 = self.gen_linktype(ETHERTYPE_8021QINQ)
        gen_or(b0, b1)
        return b1

    def _vlan_vid_test(self, vlan_id: int) -> Block:
        if vlan_id > 0x0FFF:
            raise self.error(f"VLAN tag {vlan_id} greater than maximum {0x0FFF}")
        return self.gen_mcmp(OR_LINKPL, 0, BPF_H, vlan_id, 0x0FFF)

    def _vlan_no_bpf_extensions(self, vlan_id: int | None) -> Block:
        b0 = self._vlan_tpid_test()
        if vlan_id is not None:
            b1 = self._vlan_vid_test(vlan_id)
            gen_and(b0, b1)
            b0 = b1
        # the type field and the payload both follow the tag
        self.off_linkpl.constant += 4
        self.off_linktype.constant += 4
        return b0

    def _vlan_vloffset_add(self, off: AbsOffset, v: int, s: list[Stmt]) -> None:
        off.variable = True
        if off.reg == -1:
            off.reg = self.alloc_reg()
        s += [Stmt(BPF_LD | BPF_MEM, off.reg), Stmt(BPF_ALU | BPF_ADD | BPF_K, v),
              Stmt(BPF_ST, off.reg)]

    def _vlan_bpf_extensions(self, vlan_id: int | None) -> Block:
        b0 = Block(JMP(BPF_JEQ), 1,
                   [Stmt(BPF_LD | BPF_B | BPF_ABS, SKF_AD_OFF + SKF_AD_VLAN_TAG_PRESENT)])
        # Build the in-packet tests first, then make them bump the (now
        # variable) offsets when they run, i.e. when the tag was not stripped.
        b_tpid = self._vlan_tpid_test()
        b_vid = self._vlan_vid_test(vlan_id) if vlan_id is not None else None

        s: list[Stmt] = []
        self.is_vlan_vloffset = True
        self._vlan_vloffset_add(self.off_linkpl, 4, s)
        self._vlan_vloffset_add(self.off_linktype, 4, s)
        b_tpid.head.stmts[:0] = s
        gen_or(b0, b_tpid)
        b0 = b_tpid

        if b_vid is not None:
            # the VID from metadata if the tag was stripped, else from the packet;
            # both paths share the final "and 0xfff" of the packet test.
            first = b_vid.stmts[0]
            s1 = Stmt(BPF_LD | BPF_B | BPF_ABS, SKF_AD_OFF + SKF_AD_VLAN_TAG_PRESENT)
            sjeq = Stmt(JMP(BPF_JEQ), 1)
            s2 = Stmt(BPF_LD | BPF_B | BPF_ABS, SKF_AD_OFF + SKF_AD_VLAN_TAG)
            sjeq.jt, sjeq.jf = s2, first
            sja = Stmt(BPF_JMP | BPF_JA, len(b_vid.stmts) - 1)
            b_vid.stmts[:0] = [s1, sjeq, s2, sja]
            gen_and(b0, b_vid)
            b0 = b_vid
        return b0

    def vlan(self, vlan_id: int | None) -> Block:
        if self.label_stack_depth > 0:
            raise self.error("no VLAN match after MPLS")
        lt = self.linktype
        if lt in ETHER_LINKTYPES:
            if (self.linux_ext and self.vlan_stack_depth == 0
                    and not self.off_linkhdr.variable
                    and self.off_linkhdr.constant == self.off_outermostlinkhdr.constant):
                b0 = self._vlan_bpf_extensions(vlan_id)
            else:
                b0 = self._vlan_no_bpf_extensions(vlan_id)
        elif lt in IEEE80211_LINKTYPES:
            b0 = self._vlan_no_bpf_extensions(vlan_id)
        else:
            raise self.error(f"no VLAN support for {self.describe_linktype()}")
        self.vlan_stack_depth += 1
        return b0

    # -- MPLS ---------------------------------------------------------------------------
    def gen_mpls_linktype(self, ll_proto: int) -> Block:
        """Protocol test inside an MPLS stack: bottom of stack, then the IP version."""
        if ll_proto == ETHERTYPE_IP:
            version = 0x40
        elif ll_proto == ETHERTYPE_IPV6:
            version = 0x60
        else:
            raise self.error("unsupported protocol over mpls")
        b0 = self.gen_mcmp(OR_LINKPL, -2 & 0xFFFFFFFF, BPF_B, 0x01, 0x01)
        b1 = self.gen_mcmp(OR_LINKPL, 0, BPF_B, version, 0xF0)
        gen_and(b0, b1)
        return b1

    def mpls(self, label: int | None) -> Block:
        if self.label_stack_depth > 0:
            # just match the bottom-of-stack bit clear
            b0 = self.gen_mcmp(OR_PREVMPLSHDR, 2, BPF_B, 0, 0x01)
        else:
            lt = self.linktype
            if lt == LinkType.C_HDLC or lt in ETHER_LINKTYPES:
                b0 = self.gen_linktype(ETHERTYPE_MPLS)
            elif lt == LinkType.PPP:
                b0 = self.gen_linktype(PPP_MPLS_UCAST)
            else:
                raise self.error(f"no MPLS support for {self.describe_linktype()}")
        b0 = self._and_field(b0, "MPLS label", label, 0xFFFFF, OR_LINKPL, 0, 12)
        self.off_nl_nosnap += 4
        self.off_nl += 4
        self.label_stack_depth += 1
        return b0

    def _and_field(self, b0: Block, what: str, value: int | None, top: int, offrel: int,
                   offset: int, shift: int) -> Block:
        """``b0``, and when ``value`` is given (at most ``top``), the field ``top << shift``
        of the 32-bit word at ``offset`` equal to it (the MPLS label, PPPoE session
        and Geneve VNI tests)."""
        if value is None:
            return b0
        if value > top:
            raise self.error(f"{what} {value} greater than maximum {top}")
        b1 = self.gen_mcmp(offrel, offset, BPF_W, (value << shift) & 0xFFFFFFFF,
                           (top << shift) & 0xFFFFFFFF)
        gen_and(b0, b1)
        return b1

    # -- PPPoE --------------------------------------------------------------------------
    def pppoed(self) -> Block:
        return self.gen_linktype(ETHERTYPE_PPPOED)

    def pppoes(self, session: int | None) -> Block:
        b0 = self.gen_linktype(ETHERTYPE_PPPOES)
        b0 = self._and_field(b0, "PPPoE session number", session, 0xFFFF, OR_LINKPL, 0, 0)
        # PPP follows the 6-byte PPPoE header; its protocol field is the "link type"
        self.push_linkhdr(LinkType.PPP, self.off_linkpl.variable,
                          self.off_linkpl.constant + self.off_nl + 6, self.off_linkpl.reg)
        self.off_linktype = self.off_linkhdr.copy()
        self.off_linkpl.constant = self.off_linkhdr.constant + 2
        self.off_nl = 0
        self.off_nl_nosnap = 0
        return b0

    # -- Geneve -------------------------------------------------------------------------
    def _geneve_check(self, portfn: Callable[[int, int, int], Block], offrel: int,
                      vni: int | None) -> Block:
        b0 = portfn(GENEVE_PORT, IPPROTO_UDP, Q_DST)
        # version 0 (top two bits of the first byte)
        b1 = self.gen_mcmp(offrel, 8, BPF_B, 0, 0xC0)
        gen_and(b0, b1)
        b0 = b1
        return self._and_field(b0, "Geneve VNI", vni, 0xFFFFFF, offrel, 12, 8)

    def _geneve4(self, vni: int | None) -> Block:
        b0 = self._geneve_check(self.gen_port, OR_TRAN_IPV4, vni)
        # leave the IP header length (+ variable link prefix) in A
        s = self.gen_loadx_iphdrlen()
        s.append(Stmt(BPF_MISC | BPF_TXA))
        b1 = Block(BPF_JMP | BPF_JEQ | BPF_X, 0, s)
        gen_and(b0, b1)
        return b1

    def _geneve6(self, vni: int | None) -> Block:
        b0 = self._geneve_check(self.gen_port6, OR_TRAN_IPV6, vni)
        s = self.gen_abs_offset_varpart(self.off_linkpl)
        if s is not None:
            s += [Stmt(BPF_LD | BPF_IMM, 40), Stmt(BPF_ALU | BPF_ADD | BPF_X)]
        else:
            s = [Stmt(BPF_LD | BPF_IMM, 40)]
        s.append(Stmt(BPF_MISC | BPF_TAX))
        b1 = Block(BPF_JMP | BPF_JEQ | BPF_X, 0, s)
        gen_and(b0, b1)
        return b1

    def _geneve_offsets(self) -> list[Stmt]:
        # A holds the IP header length: the Geneve header starts after the
        # fixed link prefix, the network header offset and the UDP header
        s = [Stmt(BPF_ALU | BPF_ADD | BPF_K, self.off_linkpl.constant + self.off_nl + 8),
             Stmt(BPF_MISC | BPF_TAX),
             Stmt(BPF_ALU | BPF_ADD | BPF_K, 2)]
        # the protocol type, 2 bytes in, is the new link type field
        self.off_linktype = AbsOffset(0, True, self.alloc_reg())
        s += [Stmt(BPF_ST, self.off_linktype.reg),
              Stmt(BPF_LD | BPF_IND | BPF_B, 0),
              Stmt(BPF_ALU | BPF_AND | BPF_K, 0x3F),
              Stmt(BPF_ALU | BPF_MUL | BPF_K, 4),
              Stmt(BPF_ALU | BPF_ADD | BPF_K, 8),
              Stmt(BPF_ALU | BPF_ADD | BPF_X)]
        # assume an inner Ethernet header; checked at run time by gen_geneve_ll_check
        self.push_linkhdr(LinkType.EN10MB, True, 0, self.alloc_reg())
        s.append(Stmt(BPF_ST, self.off_linkhdr.reg))
        self.no_optimize = True
        s += [Stmt(BPF_LD | BPF_IND | BPF_H, 2), Stmt(BPF_LDX | BPF_MEM, self.off_linkhdr.reg)]
        s_proto = Stmt(JMP(BPF_JEQ), ETHERTYPE_TEB)
        s_txa = Stmt(BPF_MISC | BPF_TXA)
        s_proto.jt = s_txa
        s += [s_proto, s_txa,
              Stmt(BPF_ALU | BPF_ADD | BPF_K, 12),
              Stmt(BPF_ST, self.off_linktype.reg),
              Stmt(BPF_ALU | BPF_ADD | BPF_K, 2),
              Stmt(BPF_MISC | BPF_TAX)]
        self.off_linkpl = AbsOffset(0, True, self.alloc_reg())
        s_stx = Stmt(BPF_STX, self.off_linkpl.reg)
        s_proto.jf = s_stx
        s.append(s_stx)
        self.off_nl = 0
        return s

    def geneve(self, vni: int | None) -> Block:
        b0 = self._geneve4(vni)
        b1 = self._geneve6(vni)
        gen_or(b0, b1)
        b0 = b1
        s = self._geneve_offsets()
        b1 = self.gen_true()
        b1.stmts[:0] = s
        gen_and(b0, b1)
        self.is_geneve = True
        return b1

    def gen_geneve_ll_check(self) -> Block:
        """An inner link-layer header is present (its offset differs from the payload's)."""
        b0 = Block(BPF_JMP | BPF_JEQ | BPF_X, 0,
                   [Stmt(BPF_LD | BPF_MEM, self.off_linkhdr.reg),
                    Stmt(BPF_LDX | BPF_MEM, self.off_linkpl.reg)])
        gen_not(b0)
        return b0
