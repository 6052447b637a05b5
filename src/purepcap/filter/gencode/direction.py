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

from ...linktype import name_to_dlt
from ..cfg import BPF_B, BPF_H, BPF_JEQ, BPF_W, Block, gen_not
from ..qual import Q_LINK
from .consts import LINUX_SLL_OUTGOING
from .core import OR_LINKHDR, GenBase

__all__ = ["DirectionMixin", "SKF_AD_OFF", "SKF_AD_PKTTYPE", "SKF_AD_IFINDEX",
           "SKF_AD_VLAN_TAG", "SKF_AD_VLAN_TAG_PRESENT"]

SKF_AD_OFF = -0x1000 & 0xFFFFFFFF
SKF_AD_PKTTYPE = 4
SKF_AD_IFINDEX = 8
SKF_AD_VLAN_TAG = 44
SKF_AD_VLAN_TAG_PRESENT = 48
PACKET_OUTGOING = 4

IPNET_OUTBOUND = 1
IPNET_INBOUND = 2
PF_IN = 1
PF_OUT = 2
PPP_PPPD_IN = 0x00
PPP_PPPD_OUT = 0x01

_D = name_to_dlt
_JUNIPER = frozenset(_D("JUNIPER_" + n) for n in (
    "MFR", "MLFR", "MLPPP", "ATM1", "ATM2", "PPPOE", "PPPOE_ATM", "GGSN", "ES", "MONITOR",
    "SERVICES", "ETHER", "PPP", "FRELAY", "CHDLC", "VP", "ST", "ISM", "VS", "SRX_E2E",
    "FIBRECHANNEL", "ATM_CEMIC"))


class DirectionMixin(GenBase):
    def inbound(self, outbound: bool) -> Block:
        lt = self.linktype
        if lt == _D("SLIP"):
            # link[0] == 0 (outbound) / != 0, built from arithmetic as libpcap does;
            # the right operand is evaluated first (C argument order).
            a1 = self.loadi(0)  # type: ignore[attr-defined]
            a0 = self.load(Q_LINK, self.loadi(0), 1)  # type: ignore[attr-defined]
            return self.relation(BPF_JEQ, a0, a1, outbound)  # type: ignore[attr-defined]
        if lt == _D("IPNET"):
            return self.gen_cmp(OR_LINKHDR, 2, BPF_H,
                                IPNET_OUTBOUND if outbound else IPNET_INBOUND)
        if lt == _D("LINUX_SLL"):
            b0 = self.gen_cmp(OR_LINKHDR, 0, BPF_H, LINUX_SLL_OUTGOING)
        elif lt == _D("LINUX_SLL2"):
            b0 = self.gen_cmp(OR_LINKHDR, 10, BPF_B, LINUX_SLL_OUTGOING)
        elif lt == _D("PFLOG"):
            return self.gen_cmp(OR_LINKHDR, 60, BPF_B, PF_OUT if outbound else PF_IN)
        elif lt == _D("PPP_PPPD"):
            return self.gen_cmp(OR_LINKHDR, 0, BPF_B, PPP_PPPD_OUT if outbound else PPP_PPPD_IN)
        elif lt in _JUNIPER:
            # the direction flag is the low bit of the byte after the 3-byte magic
            return self.gen_mcmp(OR_LINKHDR, 3, BPF_B, 0 if outbound else 1, 0x01)
        else:
            b0 = self.gen_cmp(OR_LINKHDR, SKF_AD_OFF + SKF_AD_PKTTYPE, BPF_H, PACKET_OUTGOING)
        if not outbound:
            gen_not(b0)
        return b0

    def ifindex(self, index: int) -> Block:
        if self.linktype == _D("LINUX_SLL2"):
            return self.gen_cmp(OR_LINKHDR, 4, BPF_W, index)
        return self.gen_cmp(OR_LINKHDR, SKF_AD_OFF + SKF_AD_IFINDEX, BPF_W, index)
