"""OpenBSD pf log header fields (``ifname``, ``ruleset``, ``rnr``, ``srnr``,
``reason``, ``action``) on DLT_PFLOG.

Layout of the pflog header (network byte order except ``af``), as libpcap
1.10.3 compiles it: length@0 af@1 action@2 reason@3 ifname[16]@4
ruleset[16]@20 rulenr:u32@36 subrulenr:u32@40 ... dir@60.
"""

from __future__ import annotations

from typing import Callable

from ...linktype import LinkType
from ...bpf.opcodes import BPF_B, BPF_W
from ..cfg import Block
from .core import OR_LINKHDR, GenBase

__all__ = ["PflogMixin", "PFLOG_OFF"]

#: field offsets in the pflog header
PFLOG_OFF = {"af": 1, "action": 2, "reason": 3, "ifname": 4, "ruleset": 20,
             "rulenr": 36, "subrulenr": 40, "dir": 60}
_IFNAMSIZ = 16
_RULESET_SIZE = 16


def _pf_number(what: str, field: str, size: int) -> Callable[[PflogMixin, int], Block]:
    """The method comparing pflog header ``field`` (``size``) with a number."""
    def gen(self: PflogMixin, n: int) -> Block:
        self._pf_check(what)
        return self.gen_cmp(OR_LINKHDR, PFLOG_OFF[field], size, n)
    gen.__name__ = gen.__qualname__ = f"pf_{what}"
    return gen


class PflogMixin(GenBase):
    def _pf_check(self, what: str) -> None:
        if self.linktype != LinkType.PFLOG:
            raise self.error(f"{what} supported only on PF linktype")

    def pf_ifname(self, name: str) -> Block:
        self._pf_check("ifname")
        if len(name.encode()) >= _IFNAMSIZ:
            raise self.error(f"ifname interface names can only be {_IFNAMSIZ - 1} characters")
        return self.gen_bcmp(OR_LINKHDR, PFLOG_OFF["ifname"], name.encode())

    def pf_ruleset(self, name: str) -> Block:
        self._pf_check("ruleset")
        if len(name.encode()) >= _RULESET_SIZE:
            raise self.error(f"ruleset names can only be {_RULESET_SIZE - 1} characters")
        return self.gen_bcmp(OR_LINKHDR, PFLOG_OFF["ruleset"], name.encode())

    # the numeric fields: equal to a number
    pf_rnr = _pf_number("rnr", "rulenr", BPF_W)
    pf_srnr = _pf_number("srnr", "subrulenr", BPF_W)
    pf_reason = _pf_number("reason", "reason", BPF_B)
    pf_action = _pf_number("action", "action", BPF_B)
