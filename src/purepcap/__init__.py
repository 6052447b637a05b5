"""purepcap: libpcap's Linux capture stack and filter compiler in pure Python.

Public API (names resolve lazily, so ``import purepcap`` stays cheap):

- :func:`compile` -- pcap-filter(7) expression to a classic BPF :class:`Program`.
- :func:`open_offline` -- read a pcap or pcapng file.
- :func:`open_live`, :func:`create` -- live capture on Linux (AF_PACKET ring).
- :func:`findalldevs`, :func:`lookupnet` -- capture devices.
- :class:`Packet` -- what every source yields (``ts`` in integer nanoseconds).
- :class:`PcapWriter`, :class:`PcapNgWriter` -- write capture files.
- The :class:`PcapError` hierarchy (:mod:`purepcap.errors`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    AlreadyActivated,
    BPFError,
    CaptureError,
    FilterError,
    FilterSyntaxError,
    LinkTypeError,
    NoSuchDevice,
    NotActivated,
    OptionError,
    PcapError,
    PermissionDenied,
    SavefileError,
    SavefileTruncated,
)
from .packet import Packet

__version__ = "0.1.0"

# public name -> module that defines it
_LAZY: dict[str, str] = {
    "compile": "purepcap.filter",
    "Program": "purepcap.bpf",
    "open_offline": "purepcap.capture",
    "open_live": "purepcap.capture",
    "create": "purepcap.capture",
    "Capture": "purepcap.capture",
    "findalldevs": "purepcap.live.devices",
    "lookupnet": "purepcap.live.devices",
    "PcapWriter": "purepcap.savefile",
    "PcapNgWriter": "purepcap.savefile",
}

__all__ = [
    "__version__",
    "Packet",
    "PcapError",
    "SavefileError",
    "SavefileTruncated",
    "FilterError",
    "FilterSyntaxError",
    "BPFError",
    "LinkTypeError",
    "CaptureError",
    "PermissionDenied",
    "NoSuchDevice",
    "NotActivated",
    "AlreadyActivated",
    "OptionError",
    *_LAZY,
]

if TYPE_CHECKING:  # pragma: no cover
    from .bpf import Program
    from .capture import Capture, create, open_live, open_offline
    from .filter import compile
    from .live.devices import findalldevs, lookupnet
    from .savefile import PcapNgWriter, PcapWriter


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'purepcap' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
