"""The protocol-family mixins of :class:`~.CodeGen` beyond the core ones.

Each implements the Builder methods of one family (vlan/mpls/pppoe/geneve,
802.11, ATM, MTP2/MTP3, pflog, LLC, inbound/outbound/ifindex) on the core
primitives; they come before :class:`~.linklayer.LinkLayerMixin` in CodeGen's
bases, so their versions of shared hooks win.
"""

from __future__ import annotations

from .atm import ATMMixin
from .direction import DirectionMixin
from .encap import EncapMixin
from .ieee80211 import IEEE80211Mixin
from .llc import LLCMixin
from .mtp import MTPMixin
from .pflog import PflogMixin

__all__ = ["FAMILY_MIXINS"]

FAMILY_MIXINS = (EncapMixin, IEEE80211Mixin, ATMMixin, MTPMixin, PflogMixin, LLCMixin,
                 DirectionMixin)
