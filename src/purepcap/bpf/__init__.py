"""Classic BPF: instructions, validation, the interpreter, listings and a Python JIT.

This layer knows nothing about filter expressions, files or sockets: it works on
programs (tuples of ``(code, jt, jf, k)``) and packet bytes.

- :class:`Program` -- an immutable, validated program: ``run`` (the reference
  interpreter, libpcap 1.10.3's ``bpf_filter``; Linux kernel semantics with a
  :class:`Meta`), ``matcher`` (the same program compiled to a Python function),
  ``listing`` (``tcpdump -d``/``-dd``/``-ddd``), ``from_text``, ``to_bytes``.
- :func:`validate` -- libpcap's rules, or the kernel's with ``linux=True``.
- :class:`Insn`, :class:`Meta`, :func:`image`, :func:`parse_text`, and every opcode and
  ``SKF_AD_*`` constant (also in :mod:`purepcap.bpf.opcodes`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import opcodes
from .alu import fold_alu
from .insn import Insn, normalize
from .listing import image, listing, parse_text
from .opcodes import *  # noqa: F401,F403  (the constants are part of this package's API)
from .program import SOCK_FILTER, Matcher, Program
from .validate import INTERPRETED_OPCODES, LINUX_OPCODES, is_valid, validate

if TYPE_CHECKING:
    from .interp import MAX_BACKWARD_JUMPS, run
    from .jit import compile_matcher, generate_source
    from .meta import (
        PKTTYPE_BROADCAST, PKTTYPE_HOST, PKTTYPE_MULTICAST, PKTTYPE_OTHERHOST, PKTTYPE_OUTGOING,
        Meta,
    )

# Imported on first use: compiling and listing a filter (``purepcap -d``) needs
# none of them, and the interpreter, the JIT and Meta (dataclasses) cost a few
# milliseconds of start-up.
_LAZY = {
    "MAX_BACKWARD_JUMPS": "interp", "run": "interp",
    "compile_matcher": "jit", "generate_source": "jit",
    "Meta": "meta", "PKTTYPE_BROADCAST": "meta", "PKTTYPE_HOST": "meta",
    "PKTTYPE_MULTICAST": "meta", "PKTTYPE_OTHERHOST": "meta", "PKTTYPE_OUTGOING": "meta",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

__all__ = [
    "Program", "Insn", "Meta", "Matcher", "validate", "is_valid", "run", "fold_alu", "image",
    "listing",
    "parse_text", "normalize", "compile_matcher", "generate_source", "SOCK_FILTER",
    "MAX_BACKWARD_JUMPS", "INTERPRETED_OPCODES", "LINUX_OPCODES",
    "PKTTYPE_HOST", "PKTTYPE_BROADCAST", "PKTTYPE_MULTICAST", "PKTTYPE_OTHERHOST",
    "PKTTYPE_OUTGOING", "opcodes",
    *opcodes.__all__,
]
