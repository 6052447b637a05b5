"""purepcap: libpcap's Linux capture stack and filter compiler in pure Python.

Public API (names resolve lazily, so ``import purepcap`` stays cheap):

- :func:`compile` -- pcap-filter(7) expression to a classic BPF :class:`Program`.
- :func:`open_offline` -- read a pcap or pcapng file.
- :func:`open_live`, :func:`create` -- live capture on Linux (AF_PACKET ring).
- :func:`findalldevs`, :func:`lookupnet` -- capture devices.
- :class:`Packet` -- what every source yields (``ts`` in integer nanoseconds).
- :class:`PcapWriter`, :class:`PcapNgWriter` -- write capture files.
- :func:`dissect` -- a frame's protocol layers as records.
- :class:`LinkType` -- link-layer types (``LinkType.EN10MB``, ...).
- The :class:`PcapError` hierarchy (:mod:`purepcap.errors`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import errors as _errors
from .errors import AlreadyActivated as AlreadyActivated
from .errors import ArgumentTypeError as ArgumentTypeError
from .errors import BPFError as BPFError
from .errors import CaptureError as CaptureError
from .errors import FilterError as FilterError
from .errors import FilterSyntaxError as FilterSyntaxError
from .errors import LinkTypeError as LinkTypeError
from .errors import NoSuchDevice as NoSuchDevice
from .errors import NotActivated as NotActivated
from .errors import OptionError as OptionError
from .errors import PcapError as PcapError
from .errors import PermissionDenied as PermissionDenied
from .errors import SavefileError as SavefileError
from .errors import SavefileTruncated as SavefileTruncated
from .packet import Packet as Packet

__version__ = "0.1.0"

# Imported on first use (module ``__getattr__`` below); the type checker reads
# the same names from the TYPE_CHECKING block.
if TYPE_CHECKING:  # pragma: no cover
    from .bpf import Program as Program
    from .capture import Capture as Capture
    from .capture import create as create
    from .capture import open_live as open_live
    from .capture import open_offline as open_offline
    from .filter import compile as compile
    from .linktype import LinkType as LinkType
    from .live.devices import findalldevs as findalldevs
    from .live.devices import lookupnet as lookupnet
    from .printer import dissect as dissect
    from .savefile import PcapNgWriter as PcapNgWriter
    from .savefile import PcapWriter as PcapWriter

# public name -> module that defines it (must match the TYPE_CHECKING block)
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
    "dissect": "purepcap.printer",
    "LinkType": "purepcap.linktype",
}

__all__ = ["__version__", "Packet", *_errors.__all__, *_LAZY]


if not TYPE_CHECKING:  # hidden from type checkers, which see the names above instead
    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module 'purepcap' has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
