"""802.2 LLC tests: ``llc``, ``llc i``/``s``/``u`` and the S and U frame
subtypes (``llc rr``, ``llc ui``...).

Whether a frame has an LLC header depends on the link type: on Ethernet the
type/length field must be a length and the SAPs must not be 0xffff (raw
NetWare 802.3); on 802.11 it must be a data frame; on SunATM the protocol
nibble must say LLC; on Token Ring, FDDI and RFC 1483 ATM every frame is
assumed to carry one.  The control field is the third byte of the header.
"""

from __future__ import annotations

from ...linktype import name_to_dlt
from ..cfg import BPF_B, BPF_H, Block, gen_and, gen_not
from .consts import ETHERMTU
from .core import OR_LINKTYPE, OR_LLC, GenBase

__all__ = ["LLCMixin"]

LLC_S_FMT = 0x01
LLC_U_FMT = 0x03
LLC_S_CMD_MASK = 0x0F
LLC_U_CMD_MASK = 0xEF

_DLT = {n: name_to_dlt(n) for n in ("EN10MB", "SUNATM", "IEEE802", "FDDI", "ATM_RFC1483")}
_WLAN = frozenset(name_to_dlt(n) for n in (
    "IEEE802_11", "PRISM_HEADER", "IEEE802_11_RADIO", "IEEE802_11_RADIO_AVS", "PPI"))


class LLCMixin(GenBase):
    def gen_llc_internal(self) -> Block:
        lt = self.linktype
        if lt == _DLT["EN10MB"]:
            b0 = self.gen_cmp_gt(OR_LINKTYPE, 0, BPF_H, ETHERMTU)
            gen_not(b0)
            b1 = self.gen_cmp(OR_LLC, 0, BPF_H, 0xFFFF)
            gen_not(b1)
            gen_and(b0, b1)
            return b1
        if lt == _DLT["SUNATM"]:
            return self.gen_atmtype_llc()  # type: ignore[attr-defined]
        if lt in (_DLT["IEEE802"], _DLT["FDDI"], _DLT["ATM_RFC1483"]):
            return self.gen_true()
        if lt in _WLAN:
            return self.gen_check_802_11_data_frame()  # type: ignore[attr-defined]
        raise self.error(f"'llc' not supported for {self.describe_linktype()}")  # type: ignore[attr-defined]

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
