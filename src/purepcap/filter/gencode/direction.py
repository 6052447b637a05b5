"""``inbound``/``outbound`` and ``ifindex``.

Link types that record the direction or the interface in their own header
are tested there (Linux cooked v1/v2, Solaris ipnet, pflog, pppd, Juniper,
SLIP).  On every other link type libpcap 1.10.3 on Linux compiles a Linux
*ancillary load* (``SKF_AD_OFF + SKF_AD_PKTTYPE`` / ``SKF_AD_IFINDEX``),
which only the kernel's BPF interpreter (and our interpreter's Linux mode)
understands: the packet data of a savefile does not carry that metadata.
The ancillary offset is added to the link-header offset exactly as libpcap
does (``OR_LINKHDR``), so values wrap modulo 2**32.
"""

from __future__ import annotations

from ...linktype import LinkType
from ...bpf.opcodes import (
    BPF_B, BPF_H, BPF_JEQ, BPF_W, PKTTYPE_OUTGOING, SKF_AD_IFINDEX, SKF_AD_OFF, SKF_AD_PKTTYPE,
)
from ..cfg import Block, gen_not
from ..qual import Q_LINK
from .core import OR_LINKHDR, GenBase

__all__ = ["DirectionMixin"]

IPNET_OUTBOUND = 1
IPNET_INBOUND = 2
PF_IN = 1
PF_OUT = 2
PPP_PPPD_IN = 0x00
PPP_PPPD_OUT = 0x01

# the Juniper link types with a direction flag (not JUNIPER_PIC_PEER)
_JUNIPER = frozenset((
    LinkType.JUNIPER_MFR, LinkType.JUNIPER_MLFR, LinkType.JUNIPER_MLPPP, LinkType.JUNIPER_ATM1,
    LinkType.JUNIPER_ATM2, LinkType.JUNIPER_PPPOE, LinkType.JUNIPER_PPPOE_ATM,
    LinkType.JUNIPER_GGSN, LinkType.JUNIPER_ES, LinkType.JUNIPER_MONITOR,
    LinkType.JUNIPER_SERVICES, LinkType.JUNIPER_ETHER, LinkType.JUNIPER_PPP,
    LinkType.JUNIPER_FRELAY, LinkType.JUNIPER_CHDLC, LinkType.JUNIPER_VP, LinkType.JUNIPER_ST,
    LinkType.JUNIPER_ISM, LinkType.JUNIPER_VS, LinkType.JUNIPER_SRX_E2E,
    LinkType.JUNIPER_FIBRECHANNEL, LinkType.JUNIPER_ATM_CEMIC,
))


class DirectionMixin(GenBase):
    def inbound(self, outbound: bool) -> Block:
        lt = self.linktype
        if lt == LinkType.SLIP:
            # link[0] == 0 (outbound) / != 0, built from arithmetic as libpcap does;
            # the right operand is evaluated first (C argument order).
            a1 = self.loadi(0)
            a0 = self.load(Q_LINK, self.loadi(0), 1)
            return self.relation(BPF_JEQ, a0, a1, outbound)
        if lt == LinkType.IPNET:
            return self.gen_cmp(OR_LINKHDR, 2, BPF_H,
                                IPNET_OUTBOUND if outbound else IPNET_INBOUND)
        if lt == LinkType.LINUX_SLL:
            b0 = self.gen_cmp(OR_LINKHDR, 0, BPF_H, PKTTYPE_OUTGOING)
        elif lt == LinkType.LINUX_SLL2:
            b0 = self.gen_cmp(OR_LINKHDR, 10, BPF_B, PKTTYPE_OUTGOING)
        elif lt == LinkType.PFLOG:
            return self.gen_cmp(OR_LINKHDR, 60, BPF_B, PF_OUT if outbound else PF_IN)
        elif lt == LinkType.PPP_PPPD:
            return self.gen_cmp(OR_LINKHDR, 0, BPF_B, PPP_PPPD_OUT if outbound else PPP_PPPD_IN)
        elif lt in _JUNIPER:
            # the direction flag is the low bit of the byte after the 3-byte magic
            return self.gen_mcmp(OR_LINKHDR, 3, BPF_B, 0 if outbound else 1, 0x01)
        else:
            b0 = self.gen_cmp(OR_LINKHDR, SKF_AD_OFF + SKF_AD_PKTTYPE, BPF_H, PKTTYPE_OUTGOING)
        if not outbound:
            gen_not(b0)
        return b0

    def ifindex(self, index: int) -> Block:
        if self.linktype == LinkType.LINUX_SLL2:
            return self.gen_cmp(OR_LINKHDR, 4, BPF_W, index)
        return self.gen_cmp(OR_LINKHDR, SKF_AD_OFF + SKF_AD_IFINDEX, BPF_W, index)
