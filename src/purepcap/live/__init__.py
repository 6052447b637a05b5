"""Linux live capture: AF_PACKET sockets, the mmap ring, devices, fanout.

The kernel-facing essay is at the top of :mod:`purepcap.live.ring`.
"""

from __future__ import annotations

from .backend import FANOUT_MODES, LiveOptions, RecvBackend, RingBackend, Stats, activate
from .devices import Address, Device, findalldevs, lookupnet

__all__ = ["activate", "LiveOptions", "RingBackend", "RecvBackend", "Stats", "FANOUT_MODES",
           "Device", "Address", "findalldevs", "lookupnet"]
