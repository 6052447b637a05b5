"""The pcap-filter(7) compiler: expression text to a classic BPF program.

Pipeline: the parser drives the code generator
(:class:`~purepcap.filter.gencode.CodeGen`), which builds a control-flow graph
(:mod:`purepcap.filter.cfg`); the assembler (:mod:`purepcap.filter.assemble`)
lays it out as instructions exactly as libpcap does (so unoptimized programs
are libpcap's, byte for byte); with ``optimize=True`` the optimizer
(:mod:`purepcap.filter.optimize`) then rewrites that program.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from ..errors import FilterError, type_error
from ..linktype import LinkType, name_to_dlt
from .assemble import assemble
from .cfg import Block
from .gencode import CodeGen
from .names import NameResolver, NullResolver, Resolver
from .optimize import optimize as _optimize

if TYPE_CHECKING:
    from ..bpf import Program

__all__ = ["compile", "compile_insns", "build_cfg", "Resolver", "NullResolver", "NameResolver"]

PCAP_NETMASK_UNKNOWN = 0xFFFFFFFF

Insn = tuple[int, int, int, int]
Netmask = Union[int, str, None]


def _netmask_value(netmask: Netmask) -> int:
    if netmask is None:
        return PCAP_NETMASK_UNKNOWN
    if isinstance(netmask, int) and not isinstance(netmask, bool):
        return netmask & 0xFFFFFFFF
    if not isinstance(netmask, str):
        raise type_error("compile()", "netmask", "an int, a dotted quad (str) or None", netmask)
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


def _check_args(expr: object, linktype: object, snaplen: object) -> int:
    """The boundary checks of :func:`compile`; returns the DLT number."""
    if not isinstance(expr, str):
        raise type_error("compile()", "expr", "a str (a pcap-filter expression)", expr)
    if not isinstance(snaplen, int) or isinstance(snaplen, bool):
        raise type_error("compile()", "snaplen", "an int", snaplen)
    if isinstance(linktype, bool) or not isinstance(linktype, (int, str)):
        raise type_error("compile()", "linktype",
                         "a DLT number (int or LinkType) or a link-type name (str)", linktype)
    return name_to_dlt(linktype)


def build_cfg(expr: str, linktype: Union[int, str] = LinkType.EN10MB, snaplen: int = 262144,
              netmask: Netmask = PCAP_NETMASK_UNKNOWN, linux_ext: bool = False,
              resolver: Optional[NameResolver] = None) -> tuple[Block, CodeGen]:
    """Parse ``expr`` and generate its control-flow graph: (root block, generator)."""
    from .parser import parse

    dlt = _check_args(expr, linktype, snaplen)
    gen = CodeGen(dlt, snaplen, _netmask_value(netmask), linux_ext, resolver)
    return parse(expr, gen), gen


def compile_insns(expr: str, linktype: Union[int, str] = LinkType.EN10MB,
                  snaplen: int = 262144, optimize: bool = True,
                  netmask: Netmask = PCAP_NETMASK_UNKNOWN, linux_ext: bool = False,
                  resolver: Optional[NameResolver] = None) -> list[Insn]:
    """Like :func:`compile` but returns the raw ``(code, jt, jf, k)`` list."""
    root, gen = build_cfg(expr, linktype, snaplen, netmask, linux_ext, resolver)
    insns = assemble(root)
    # libpcap skips its optimizer for code it cannot handle (protochain's loop,
    # the jumps inside the radio/802.11 header preamble): so do we.
    if optimize and not gen.no_optimize:
        return _optimize(insns)
    return insns


def compile(expr: str, linktype: Union[int, str] = LinkType.EN10MB, snaplen: int = 262144,
            optimize: bool = True, netmask: Netmask = PCAP_NETMASK_UNKNOWN,
            linux_ext: bool = False, resolver: Optional[NameResolver] = None) -> Program:
    """Compile a pcap-filter(7) expression into a :class:`purepcap.bpf.Program`.

    ``linktype`` is a DLT number (an ``int`` or :class:`~purepcap.linktype.LinkType`)
    or a name (``"EN10MB"``); ``netmask`` an int (host order), a dotted quad, or
    ``None``/0xffffffff for unknown (``ip broadcast`` then fails, as in libpcap).
    ``resolver`` answers name lookups (see :mod:`purepcap.filter.names`).

    Raises :class:`~purepcap.errors.FilterError` for an expression libpcap rejects,
    :class:`~purepcap.errors.LinkTypeError` for an unknown link-type name and
    :class:`~purepcap.errors.ArgumentTypeError` (a ``TypeError``) for an argument of
    the wrong type.
    """
    from ..bpf import Program

    return Program(compile_insns(expr, linktype, snaplen, optimize, netmask, linux_ext,
                                 resolver))
