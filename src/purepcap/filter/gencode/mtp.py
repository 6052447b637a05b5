"""SS7 tests: MTP2 signal-unit types (``fisu``, ``lssu``, ``msu`` and the
high-speed-link ``h`` variants, from the length indicator) and MTP3 routing
label fields (``sio``, ``opc``, ``dpc``, ``sls`` and ``hsio``... three bytes
further on high-speed links).

The field offsets per link type (MTP2, MTP2_WITH_PHDR, ERF) are in
:mod:`.linklayer`'s table.  OPC, DPC and SLS are packed across byte
boundaries in a little-endian routing label; the value is shuffled into
the order a big-endian 32-bit load sees, as libpcap does.
"""

from __future__ import annotations

from typing import Callable

from ...linktype import LinkType
from ...bpf.opcodes import BPF_B, BPF_H, BPF_JEQ, BPF_JGT, BPF_W
from ..cfg import Block, gen_and
from ..qual import (
    M_DPC, M_FISU, M_LSSU, M_MSU, M_OPC, M_SIO, M_SLS, MH_DPC, MH_FISU, MH_LSSU, MH_MSU,
    MH_OPC, MH_SIO, MH_SLS,
)
from .core import OFFSET_NOT_SET, OR_PACKET, GenBase

__all__ = ["MTPMixin"]

U32 = 0xFFFFFFFF
_MTP2_DLTS = frozenset((LinkType.MTP2, LinkType.ERF, LinkType.MTP2_WITH_PHDR))
_TYPE_NAMES = {M_FISU: "'fisu' supported only on MTP2", M_LSSU: "'lssu' supported only on MTP2",
               M_MSU: "'msu' supported only on MTP2",
               MH_FISU: "'hfisu' supported only on MTP2_HSL",
               MH_LSSU: "'hlssu' supported only on MTP2_HSL",
               MH_MSU: "'hmsu' supported only on MTP2_HSL"}


# MTP3 field -> (name, its offset, largest value, load size, mask, the value as
# that load sees it); the high-speed-link fields (``hsio``...) sit 3 bytes on
_MTP3_FIELDS: dict[int, tuple[str, Callable[[GenBase], int], int, int, int,
                              Callable[[int], int]]] = {
    M_SIO: ("sio", lambda g: g.off_sio, 255, BPF_B, U32, lambda v: v),
    M_OPC: ("opc", lambda g: g.off_opc, 16383, BPF_W, 0x00C0FF0F,
            lambda v: ((v & 0x3C00) >> 10) + ((v & 0x03FC) << 6) + ((v & 0x0003) << 22)),
    M_DPC: ("dpc", lambda g: g.off_dpc, 16383, BPF_W, 0xFF3F0000,
            lambda v: ((v & 0xFF) << 24) + ((v & 0x3F00) << 8)),
    M_SLS: ("sls", lambda g: g.off_sls, 15, BPF_B, 0xF0, lambda v: v << 4),
}
_MTP3_HSL = {MH_SIO: M_SIO, MH_OPC: M_OPC, MH_DPC: M_DPC, MH_SLS: M_SLS}


class MTPMixin(GenBase):
    def mtp2type_abbrev(self, type_: int) -> Block:
        if self.linktype not in _MTP2_DLTS:
            raise self.error(_TYPE_NAMES[type_])
        if type_ in (M_FISU, M_LSSU, M_MSU):
            off, size, mask, lssu_max = self.off_li, BPF_B, 0x3F, 2
        else:
            off, size, mask, lssu_max = self.off_li_hsl, BPF_H, 0xFF80, 0x0100
        if type_ in (M_FISU, MH_FISU):
            return self.gen_ncmp(OR_PACKET, off, size, mask, BPF_JEQ, False, 0)
        if type_ in (M_LSSU, MH_LSSU):
            b0 = self.gen_ncmp(OR_PACKET, off, size, mask, BPF_JGT, True, lssu_max)
            b1 = self.gen_ncmp(OR_PACKET, off, size, mask, BPF_JGT, False, 0)
            gen_and(b1, b0)
            return b0
        return self.gen_ncmp(OR_PACKET, off, size, mask, BPF_JGT, False, lssu_max)

    def mtp3field_code(self, field: int, value: int, op: int, reversed: bool) -> Block:
        v = value & U32
        hsl = 3 if field in _MTP3_HSL else 0
        spec = _MTP3_FIELDS.get(_MTP3_HSL.get(field, field))
        if spec is None:
            raise AssertionError(field)
        name, offset, top, size, mask, encode = spec
        off = offset(self)
        if off == OFFSET_NOT_SET:
            raise self.error(f"'{name}' supported only on SS7")
        if v > top:
            raise self.error(f"{name} value {v} too big; max value = {top}")
        return self.gen_ncmp(OR_PACKET, off + hsl, size, mask, op, reversed, encode(v))
