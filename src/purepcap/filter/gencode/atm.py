"""SunATM pseudo-header tests: ``vpi``/``vci`` relations, the circuit
abbreviations (``metac``, ``bcc``, ``oamf4sc``...), ``lane``, ``llc`` and
the Q.2931 signalling message groups (``connectmsg``, ``metaconnect``).

The SunATM pseudo-header (4 bytes) holds flags and the protocol-type nibble
at 0, VPI at 1 and VCI (16 bits) at 2; the AAL5 payload follows.  ``lane``
switches the rest of the expression to LANE-encapsulated Ethernet: a
2-byte LE header, then an Ethernet frame (libpcap's PUSH_LINKHDR).
"""

from __future__ import annotations

from ...linktype import LinkType
from ...bpf.opcodes import BPF_B, BPF_H, BPF_JEQ
from ..cfg import Block, gen_and, gen_or
from ..qual import (
    A_BCC, A_CALLPROCEED, A_CALLREFTYPE, A_CONNECT, A_CONNECTACK, A_CONNECTMSG, A_ILMIC,
    A_LANE, A_LLC, A_METAC, A_METACONNECT, A_MSGTYPE, A_OAM, A_OAMF4, A_OAMF4EC, A_OAMF4SC,
    A_PROTOTYPE, A_RELEASE, A_RELEASE_DONE, A_SC, A_SETUP, A_VCI, A_VPI,
)
from .core import OR_LINKHDR, GenBase

__all__ = ["ATMMixin"]

U32 = 0xFFFFFFFF
PT_LANE = 0x01  # protocol-type nibble: LANE
PT_LLC = 0x02   # protocol-type nibble: LLC encapsulation
MSG_TYPE_POS = 5  # Q.2931 message type, relative to the payload

# Q.2931 message types
_MSG_TYPES = {
    A_SETUP: 0x05, A_CALLPROCEED: 0x02, A_CONNECT: 0x07, A_CONNECTACK: 0x0F,
    A_RELEASE: 0x4D, A_RELEASE_DONE: 0x5A,
}
# (VPI, VCI) of the well-known circuits, with the name used in errors
_CIRCUITS = {
    A_METAC: ("metac", 1), A_BCC: ("bcc", 2), A_OAMF4SC: ("oam4sc", 3),
    A_OAMF4EC: ("oam4ec", 4), A_SC: ("sc", 5), A_ILMIC: ("ilmic", 16),
}


class ATMMixin(GenBase):
    """Uses ``push_linkhdr``/``set_linktype`` of :class:`~.encap.EncapMixin` (same CodeGen)."""

    # -- fields ---------------------------------------------------------------------
    def gen_atmfield(self, field: int, value: int, jtype: int, reverse: bool) -> Block:
        if field == A_VPI:
            if not self.is_atm:
                raise self.error("'vpi' supported only on raw ATM")
            return self.gen_ncmp(OR_LINKHDR, self.off_vpi, BPF_B, U32, jtype, reverse, value)
        if field == A_VCI:
            if not self.is_atm:
                raise self.error("'vci' supported only on raw ATM")
            return self.gen_ncmp(OR_LINKHDR, self.off_vci, BPF_H, U32, jtype, reverse, value)
        if field == A_PROTOTYPE:
            return self.gen_ncmp(OR_LINKHDR, self.off_proto, BPF_B, 0x0F, jtype, reverse, value)
        if field == A_MSGTYPE:
            return self.gen_ncmp(OR_LINKHDR, self.off_payload + MSG_TYPE_POS, BPF_B, U32,
                                 jtype, reverse, value)
        if field == A_CALLREFTYPE:
            if not self.is_atm:
                raise self.error("'callref' supported only on raw ATM")
            return self.gen_ncmp(OR_LINKHDR, self.off_proto, BPF_B, U32, jtype, reverse, value)
        raise AssertionError(field)

    def atmfield_code(self, field: int, value: int, op: int, reversed: bool) -> Block:
        return self.gen_atmfield(field, value, op, reversed)

    def _atm_circuit(self, vci: int) -> Block:
        b0 = self.gen_atmfield(A_VPI, 0, BPF_JEQ, False)
        b1 = self.gen_atmfield(A_VCI, vci, BPF_JEQ, False)
        gen_and(b0, b1)
        return b1

    def gen_atmtype_llc(self) -> Block:
        b0 = self.gen_atmfield(A_PROTOTYPE, PT_LLC, BPF_JEQ, False)
        self.set_linktype(self.prevlinktype)
        return b0

    def atmtype_abbrev(self, type_: int) -> Block:
        if type_ in _CIRCUITS:
            name, vci = _CIRCUITS[type_]
            if not self.is_atm:
                raise self.error(f"'{name}' supported only on raw ATM")
            return self._atm_circuit(vci)
        if type_ == A_LANE:
            if not self.is_atm:
                raise self.error("'lane' supported only on raw ATM")
            b1 = self.gen_atmfield(A_PROTOTYPE, PT_LANE, BPF_JEQ, False)
            # LANE: an LE header (2 bytes) then an Ethernet frame
            self.push_linkhdr(LinkType.EN10MB, False, self.off_payload + 2, -1)
            self.off_linktype.constant = self.off_linkhdr.constant + 12
            self.off_linkpl.constant = self.off_linkhdr.constant + 14
            self.off_nl = 0
            self.off_nl_nosnap = 3
            return b1
        if type_ == A_LLC:
            if not self.is_atm:
                raise self.error("'llc' supported only on raw ATM")
            return self.gen_atmtype_llc()
        raise AssertionError(type_)

    def _msg_abbrev(self, type_: int) -> Block:
        return self.gen_atmfield(A_MSGTYPE, _MSG_TYPES[type_], BPF_JEQ, False)

    def atmmulti_abbrev(self, type_: int) -> Block:
        if type_ in (A_OAM, A_OAMF4):
            if not self.is_atm:
                name = "oam" if type_ == A_OAM else "oamf4"
                raise self.error(f"'{name}' supported only on raw ATM")
            b0 = self.gen_atmfield(A_VCI, 3, BPF_JEQ, False)
            b1 = self.gen_atmfield(A_VCI, 4, BPF_JEQ, False)
            gen_or(b0, b1)
            b0 = self.gen_atmfield(A_VPI, 0, BPF_JEQ, False)
            gen_and(b0, b1)
            return b1
        if type_ in (A_CONNECTMSG, A_METACONNECT):
            if not self.is_atm:
                name = "connectmsg" if type_ == A_CONNECTMSG else "metaconnect"
                raise self.error(f"'{name}' supported only on raw ATM")
            msgs: tuple[int, ...]
            if type_ == A_CONNECTMSG:
                msgs = (A_SETUP, A_CALLPROCEED, A_CONNECT, A_CONNECTACK, A_RELEASE,
                        A_RELEASE_DONE)
            else:
                msgs = (A_SETUP, A_CALLPROCEED, A_CONNECT, A_RELEASE, A_RELEASE_DONE)
            b0 = self._msg_abbrev(msgs[0])
            b1 = self._msg_abbrev(msgs[1])
            gen_or(b0, b1)
            for m in msgs[2:]:
                b0 = self._msg_abbrev(m)
                gen_or(b0, b1)
            b0 = self._atm_circuit(5 if type_ == A_CONNECTMSG else 1)
            gen_and(b0, b1)
            return b1
        raise AssertionError(type_)
