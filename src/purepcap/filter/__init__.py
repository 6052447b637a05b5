"""The pcap-filter(7) compiler: expression text to a classic BPF program.

Pipeline: the parser drives the code generator
(:class:`~purepcap.filter.gencode.CodeGen`), which builds a control-flow graph
(:mod:`purepcap.filter.cfg`); the assembler (:mod:`purepcap.filter.assemble`)
lays it out as instructions exactly as libpcap does (so unoptimized programs
are libpcap's, byte for byte); with ``optimize=True`` the optimizer
(:mod:`purepcap.filter.optimize`) then rewrites that program.
"""

from __future__ import annotations

from typing import Any, Union

from ..errors import FilterError
from ..linktype import name_to_dlt
from .assemble import assemble
from .cfg import Block
from .gencode import CodeGen
from .names import NullResolver, Resolver

__all__ = ["compile", "compile_insns", "build_cfg", "optimize_cfg", "Resolver", "NullResolver"]

PCAP_NETMASK_UNKNOWN = 0xFFFFFFFF

Insn = tuple[int, int, int, int]


def _netmask_value(netmask: Union[int, str, None]) -> int:
    if netmask is None:
        return PCAP_NETMASK_UNKNOWN
    if isinstance(netmask, int):
        return netmask & 0xFFFFFFFF
    parts = netmask.strip().split(".")
    if len(parts) != 4:
        raise FilterError(f"invalid netmask {netmask!r}")
    try:
        vals = [int(p) for p in parts]
    except ValueError:
        raise FilterError(f"invalid netmask {netmask!r}") from None
    if not all(0 <= v <= 255 for v in vals):
        raise FilterError(f"invalid netmask {netmask!r}")
    return int.from_bytes(bytes(vals), "big")


def build_cfg(expr: str, linktype: Union[int, str] = 1, snaplen: int = 262144,
              netmask: Union[int, str, None] = PCAP_NETMASK_UNKNOWN, linux_ext: bool = False,
              resolver: Any = None) -> tuple[Block, CodeGen]:
    """Parse ``expr`` and generate its control-flow graph: (root block, generator)."""
    from .parser import parse

    gen = CodeGen(name_to_dlt(linktype), snaplen, _netmask_value(netmask), linux_ext, resolver)
    root = parse(expr, gen)
    if root is None:  # pragma: no cover - parse returns builder.finish(...)
        root = gen.root
    return root, gen


def optimize_cfg(root: Block) -> Block:
    """Graph-level optimization hook (identity: :mod:`.optimize` works on the
    assembled program)."""
    return root


def compile_insns(expr: str, linktype: Union[int, str] = 1, snaplen: int = 262144,
                  optimize: bool = True, netmask: Union[int, str, None] = PCAP_NETMASK_UNKNOWN,
                  linux_ext: bool = False, resolver: Any = None) -> list[Insn]:
    """Like :func:`compile` but returns the raw ``(code, jt, jf, k)`` list."""
    root, gen = build_cfg(expr, linktype, snaplen, netmask, linux_ext, resolver)
    # libpcap skips its optimizer for code it cannot handle (protochain's loop,
    # the jumps inside the radio/802.11 header preamble): so do we.
    if optimize and not gen.no_optimize:
        root = optimize_cfg(root)
        insns = assemble(root)
        try:
            from .optimize import optimize as optimize_insns
        except ImportError:  # pragma: no cover - optimizer not installed yet
            return insns
        return optimize_insns(insns)
    return assemble(root)


def compile(expr: str, linktype: Union[int, str] = 1, snaplen: int = 262144,
            optimize: bool = True, netmask: Union[int, str, None] = PCAP_NETMASK_UNKNOWN,
            linux_ext: bool = False, resolver: Any = None):
    """Compile a pcap-filter(7) expression into a :class:`purepcap.bpf.Program`.

    ``linktype`` is a DLT number or name; ``netmask`` an int (host order), a
    dotted quad, or ``None``/0xffffffff for unknown (``ip broadcast`` then
    fails, as in libpcap).  ``resolver`` answers name lookups (see
    :mod:`purepcap.filter.names`).  Raises :class:`~purepcap.errors.FilterError`.
    """
    insns = compile_insns(expr, linktype, snaplen, optimize, netmask, linux_ext, resolver)
    try:
        from ..bpf import Program
    except ImportError:  # pragma: no cover - bpf package not there yet
        return insns
    return Program(insns)
