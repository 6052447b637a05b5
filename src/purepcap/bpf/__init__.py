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

from . import opcodes
from .insn import Insn, normalize
from .interp import MAX_BACKWARD_JUMPS, run
from .jit import compile_matcher, generate_source
from .listing import image, listing, parse_text
from .meta import (
    PKTTYPE_BROADCAST, PKTTYPE_HOST, PKTTYPE_MULTICAST, PKTTYPE_OTHERHOST, PKTTYPE_OUTGOING, Meta,
)
from .opcodes import *  # noqa: F401,F403  (the constants are part of this package's API)
from .program import SOCK_FILTER, Matcher, Program
from .validate import INTERPRETED_OPCODES, LINUX_OPCODES, is_valid, validate

__all__ = [
    "Program", "Insn", "Meta", "Matcher", "validate", "is_valid", "run", "image", "listing",
    "parse_text", "normalize", "compile_matcher", "generate_source", "SOCK_FILTER",
    "MAX_BACKWARD_JUMPS", "INTERPRETED_OPCODES", "LINUX_OPCODES",
    "PKTTYPE_HOST", "PKTTYPE_BROADCAST", "PKTTYPE_MULTICAST", "PKTTYPE_OTHERHOST",
    "PKTTYPE_OUTGOING", "opcodes",
    *opcodes.__all__,
]
