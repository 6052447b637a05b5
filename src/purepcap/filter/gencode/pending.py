"""Builder methods whose protocol families are not written yet.

Each raises :class:`~purepcap.errors.FilterError` ("... not yet supported").
A family module (``vlan.py``, ``llc.py``, ``ieee80211.py``, ``atm.py``,
``mtp.py``, ``pflog.py``, ``direction.py``...) implements the methods as a
mixin placed before :class:`PendingMixin` in :class:`~.CodeGen`'s bases.
"""

from __future__ import annotations

from typing import NoReturn, Optional

from .core import GenBase

__all__ = ["PendingMixin"]


class PendingMixin(GenBase):
    def _pending(self, what: str) -> NoReturn:
        raise self.not_yet(what)

    def inbound(self, outbound: bool):
        self._pending("inbound/outbound")

    def ifindex(self, index: int):
        self._pending("ifindex")

    def vlan(self, vlan_id: Optional[int]):
        self._pending("vlan")

    def mpls(self, label: Optional[int]):
        self._pending("mpls")

    def pppoed(self):
        self._pending("pppoed")

    def pppoes(self, session: Optional[int]):
        self._pending("pppoes")

    def geneve(self, vni: Optional[int]):
        self._pending("geneve")

    def llc(self):
        self._pending("llc")

    def llc_i(self):
        self._pending("llc")

    def llc_s(self):
        self._pending("llc")

    def llc_u(self):
        self._pending("llc")

    def llc_s_subtype(self, subtype: int):
        self._pending("llc")

    def llc_u_subtype(self, subtype: int):
        self._pending("llc")

    def pf_ifname(self, name: str):
        self._pending("pflog ifname")

    def pf_ruleset(self, name: str):
        self._pending("pflog ruleset")

    def pf_rnr(self, n: int):
        self._pending("pflog rnr")

    def pf_srnr(self, n: int):
        self._pending("pflog srnr")

    def pf_reason(self, reason: int):
        self._pending("pflog reason")

    def pf_action(self, action: int):
        self._pending("pflog action")

    def p80211_type(self, type_: int, mask: int):
        self._pending("802.11 type/subtype")

    def p80211_fcdir(self, fcdir: int):
        self._pending("802.11 direction")

    def atmfield_code(self, field: int, value: int, op: int, reversed: bool):
        self._pending("ATM fields")

    def atmtype_abbrev(self, type_: int):
        self._pending("ATM types")

    def atmmulti_abbrev(self, type_: int):
        self._pending("ATM types")

    def mtp2type_abbrev(self, type_: int):
        self._pending("MTP2 types")

    def mtp3field_code(self, field: int, value: int, op: int, reversed: bool):
        self._pending("MTP3 fields")
