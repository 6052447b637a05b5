"""IEEE 802.11 frame-control tests: ``wlan type``/``subtype`` and ``wlan dir``.

Both look at the frame-control field at the start of the 802.11 header
(``link[0]`` type/subtype, ``link[1]`` the To DS/From DS bits).  On radio
link types the header offset is the variable radio-header length, so the
load goes through X (see :mod:`.linklayer`).  libpcap 1.10.3 accepts these
tests on the four 802.11 link types with a fixed 802.11 header position
after the radio header, but not on PPI.
"""

from __future__ import annotations

from ...bpf.opcodes import BPF_B
from ..cfg import Block
from .core import OR_LINKHDR, GenBase
from .linklayer import IEEE80211_LINKTYPES

__all__ = ["IEEE80211Mixin"]

IEEE80211_FC1_DIR_MASK = 0x03



class IEEE80211Mixin(GenBase):
    def p80211_type(self, type_: int, mask: int) -> Block:
        """``wlan type T [subtype S]``: frame control byte 0 under ``mask``."""
        if self.linktype not in IEEE80211_LINKTYPES:
            raise self.error("802.11 link-layer types supported only on 802.11")
        return self.gen_mcmp(OR_LINKHDR, 0, BPF_B, type_, mask)

    def p80211_fcdir(self, fcdir: int) -> Block:
        """``wlan dir D``: the To DS / From DS bits of frame control byte 1."""
        if self.linktype not in IEEE80211_LINKTYPES:
            raise self.error("frame direction supported only with 802.11 headers")
        return self.gen_mcmp(OR_LINKHDR, 1, BPF_B, fcdir, IEEE80211_FC1_DIR_MASK)
