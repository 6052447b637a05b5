"""OpenBSD pf log header fields (``ifname``, ``ruleset``, ``rnr``, ``srnr``,
``reason``, ``action``) on DLT_PFLOG.

Layout of the pflog header (network byte order except ``af``), as libpcap
1.10.3 compiles it: length@0 af@1 action@2 reason@3 ifname[16]@4
ruleset[16]@20 rulenr:u32@36 subrulenr:u32@40 ... dir@60.
"""

from __future__ import annotations

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

    def pf_rnr(self, n: int) -> Block:
        self._pf_check("rnr")
        return self.gen_cmp(OR_LINKHDR, PFLOG_OFF["rulenr"], BPF_W, n)

    def pf_srnr(self, n: int) -> Block:
        self._pf_check("srnr")
        return self.gen_cmp(OR_LINKHDR, PFLOG_OFF["subrulenr"], BPF_W, n)

    def pf_reason(self, reason: int) -> Block:
        self._pf_check("reason")
        return self.gen_cmp(OR_LINKHDR, PFLOG_OFF["reason"], BPF_B, reason)

    def pf_action(self, action: int) -> Block:
        self._pf_check("action")
        return self.gen_cmp(OR_LINKHDR, PFLOG_OFF["action"], BPF_B, action)
