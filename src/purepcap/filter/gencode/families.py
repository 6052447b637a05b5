"""The protocol-family mixins of :class:`~.CodeGen` beyond the core ones.

Listed before :class:`~.pending.PendingMixin` in CodeGen's bases, so their
methods replace the "not yet supported" stubs.
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
