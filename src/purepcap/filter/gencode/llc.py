"""802.2 LLC tests: ``llc``, ``llc i``/``s``/``u`` and the S and U frame
subtypes (``llc rr``, ``llc ui``...).

Whether a frame has an LLC header depends on the link type: on Ethernet the
type/length field must be a length and the SAPs must not be 0xffff (raw
NetWare 802.3); on 802.11 it must be a data frame; on SunATM the protocol
nibble must say LLC; on Token Ring, FDDI and RFC 1483 ATM every frame is
assumed to carry one.  The control field is the third byte of the header.
"""

from __future__ import annotations

from ...linktype import LinkType
from ...bpf.opcodes import BPF_B, BPF_H
from ..cfg import Block, gen_and, gen_not
from .consts import ETHERMTU
from .core import OR_LINKTYPE, OR_LLC, GenBase
from .linklayer import WLAN_LINKTYPES

__all__ = ["LLCMixin"]

LLC_S_FMT = 0x01
LLC_U_FMT = 0x03
LLC_S_CMD_MASK = 0x0F
LLC_U_CMD_MASK = 0xEF



class LLCMixin(GenBase):
    def gen_llc_internal(self) -> Block:
        lt = self.linktype
        if lt == LinkType.EN10MB:
            b0 = self.gen_cmp_gt(OR_LINKTYPE, 0, BPF_H, ETHERMTU)
            gen_not(b0)
            b1 = self.gen_cmp(OR_LLC, 0, BPF_H, 0xFFFF)
            gen_not(b1)
            gen_and(b0, b1)
            return b1
        if lt == LinkType.SUNATM:
            return self.gen_atmtype_llc()
        if lt in (LinkType.IEEE802, LinkType.FDDI, LinkType.ATM_RFC1483):
            return self.gen_true()
        if lt in WLAN_LINKTYPES:
            return self.gen_check_802_11_data_frame()
        raise self.error(f"'llc' not supported for {self.describe_linktype()}")

    def llc(self) -> Block:
        return self.gen_llc_internal()

    def llc_i(self) -> Block:
        b0 = self.gen_llc_internal()
        b1 = self.gen_jset(OR_LLC, 2, BPF_B, 0x01)
        gen_not(b1)
        gen_and(b0, b1)
        return b1

    def _llc_ctl(self, value: int, mask: int) -> Block:
        b0 = self.gen_llc_internal()
        b1 = self.gen_mcmp(OR_LLC, 2, BPF_B, value, mask)
        gen_and(b0, b1)
        return b1

    def llc_s(self) -> Block:
        return self._llc_ctl(LLC_S_FMT, 0x03)

    def llc_u(self) -> Block:
        return self._llc_ctl(LLC_U_FMT, 0x03)

    def llc_s_subtype(self, subtype: int) -> Block:
        return self._llc_ctl(subtype, LLC_S_CMD_MASK)

    def llc_u_subtype(self, subtype: int) -> Block:
        return self._llc_ctl(subtype, LLC_U_CMD_MASK)
