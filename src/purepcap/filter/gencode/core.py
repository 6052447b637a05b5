"""The code generator's state and its primitives.

Everything that emits code goes through the few primitives defined here; the
protocol-family modules (:mod:`.linklayer`, :mod:`.hosts`, :mod:`.transport`,
:mod:`.arith`, :mod:`.encap`, ...) are mixin classes that only
combine them; what one mixin uses of another is declared on :class:`GenBase`.

Offsets
-------
A header's position is an :class:`AbsOffset`: a constant part plus, for
link layers with a variable-length prefix or header (radiotap, PPI, AVS,
Prism, 802.11), a variable part held in a scratch register that is computed
once at the start of the program (see ``insert_compute_vloffsets`` in
:mod:`.linklayer`).  A register is only allocated when some test needs it.

``OR_*`` constants say what an offset passed to :meth:`GenBase.gen_load_a`
is relative to:

==================  ========================================================
``OR_PACKET``       the start of the packet data
``OR_LINKHDR``      the link-layer header (after any radio prefix)
``OR_PREVLINKHDR``  the previous link-layer header (encapsulations)
``OR_LLC``          the 802.2 LLC header (= the link-layer payload)
``OR_PREVMPLSHDR``  the previous MPLS header
``OR_LINKTYPE``     the link-layer type field (Ethernet type, PPP protocol...)
``OR_LINKPL``       the network-layer header (link payload + ``off_nl``)
``OR_LINKPL_NOSNAP`` the network-layer header when there is no SNAP header
``OR_TRAN_IPV4``    the transport header after an IPv4 header (uses X)
``OR_TRAN_IPV6``    the transport header after a fixed IPv6 header
==================  ========================================================

Comparisons
-----------
``gen_cmp(offrel, off, size, v)`` and friends load a field (``size`` is
``BPF_B``/``BPF_H``/``BPF_W``), optionally mask it, and branch; they return a
one-block boolean expression for :func:`~purepcap.filter.cfg.gen_and` etc.
``gen_bcmp`` compares a byte string (as 4-, 2- and 1-byte loads from the end,
like libpcap).  ``gen_true``/``gen_false`` are constant tests.

Errors: ``raise self.error(msg)`` with libpcap's message text (a
:class:`~purepcap.errors.FilterError`).

All values are unsigned 32-bit; arithmetic on offsets wraps like C's
``u_int`` (``OFFSET_NOT_SET + n`` is what libpcap emits for link types with
no network layer, and so do we).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from ...errors import FilterError
from ...bpf.opcodes import (
    BPF_ABS, BPF_ADD, BPF_ALU, BPF_AND, BPF_B, BPF_H, BPF_IMM, BPF_IND, BPF_JEQ, BPF_JGE,
    BPF_JGT, BPF_JSET, BPF_K, BPF_LD, BPF_LDX, BPF_LSH, BPF_MEM, BPF_MISC, BPF_MSH, BPF_RET,
    BPF_TAX, BPF_W, BPF_X,
)
from ..cfg import Arth, Block, Registers, Stmt, JMP, gen_and, gen_not

if TYPE_CHECKING:
    from ..names import NameResolver
    from ..qual import Qual
    from .linklayer import LinkLayout

__all__ = [
    "GenBase", "AbsOffset", "OFFSET_NOT_SET",
    "OR_PACKET", "OR_LINKHDR", "OR_PREVLINKHDR", "OR_LLC", "OR_PREVMPLSHDR",
    "OR_LINKTYPE", "OR_LINKPL", "OR_LINKPL_NOSNAP", "OR_TRAN_IPV4", "OR_TRAN_IPV6",
    "PCAP_NETMASK_UNKNOWN",
]

OFFSET_NOT_SET = 0xFFFFFFFF
PCAP_NETMASK_UNKNOWN = 0xFFFFFFFF
U32 = 0xFFFFFFFF

(OR_PACKET, OR_LINKHDR, OR_PREVLINKHDR, OR_LLC, OR_PREVMPLSHDR, OR_LINKTYPE,
 OR_LINKPL, OR_LINKPL_NOSNAP, OR_TRAN_IPV4, OR_TRAN_IPV6) = range(10)


class AbsOffset:
    """An absolute offset: ``constant`` plus (if ``variable``) scratch word ``reg``.

    (A plain class, not a dataclass: importing dataclasses costs ~5 ms of start-up.)
    """

    __slots__ = ("constant", "variable", "reg")

    def __init__(self, constant: int = 0, variable: bool = False, reg: int = -1) -> None:
        self.constant = constant
        self.variable = variable
        self.reg = reg

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AbsOffset):
            return NotImplemented
        return (self.constant, self.variable, self.reg) == (other.constant, other.variable,
                                                            other.reg)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaces

    def __repr__(self) -> str:
        return (f"AbsOffset(constant={self.constant!r}, variable={self.variable!r}, "
                f"reg={self.reg!r})")

    def copy(self) -> "AbsOffset":
        return AbsOffset(self.constant, self.variable, self.reg)


class GenBase:
    """State shared by every code-generation mixin, and the primitives.

    Subclasses (the family mixins) never touch ``Stmt``/``Block`` fields
    directly except through the helpers below, ``gen_and``/``gen_or``/``gen_not``
    and list operations on ``Block.stmts`` / ``Arth.s``.
    """

    # set by init_linktype (linklayer mixin)
    linktype: int
    prevlinktype: int
    outermostlinktype: int
    off_linkhdr: AbsOffset
    off_prevlinkhdr: AbsOffset
    off_outermostlinkhdr: AbsOffset
    off_linkpl: AbsOffset
    off_linktype: AbsOffset
    off_nl: int
    off_nl_nosnap: int
    layout: LinkLayout
    # ATM (SunATM) and MTP2/MTP3 field offsets of the link type (OFFSET_NOT_SET if none)
    off_vpi: int
    off_vci: int
    off_proto: int
    off_payload: int
    off_li: int
    off_li_hsl: int
    off_sio: int
    off_opc: int
    off_dpc: int
    off_sls: int

    if TYPE_CHECKING:
        # What one family mixin calls in another: CodeGen combines them all, these
        # declarations only tell the type checker (GenBase comes last in CodeGen's
        # bases, so at run time the mixins' definitions are the ones found).
        @property
        def is_wlan(self) -> bool: ...
        def describe_linktype(self) -> str: ...
        def gen_linktype(self, ll_proto: int) -> Block: ...
        def gen_prevlinkhdr_check(self) -> Optional[Block]: ...
        def gen_check_802_11_data_frame(self) -> Block: ...
        def gen_mpls_linktype(self, ll_proto: int) -> Block: ...
        def gen_geneve_ll_check(self) -> Block: ...
        def set_linktype(self, linktype: int) -> None: ...
        def push_linkhdr(self, linktype: int, variable: bool, constant: int,
                         reg: int) -> None: ...
        def gen_atmtype_llc(self) -> Block: ...
        def proto_abbrev(self, proto: int) -> Block: ...
        def gen_ipfrag(self) -> Block: ...
        def gen_port(self, port: int, ip_proto: int, dir: int) -> Block: ...
        def gen_port6(self, port: int, ip_proto: int, dir: int) -> Block: ...
        def ncode_other(self, v: int, q: Qual) -> Block: ...
        def dir_not_valid(self, dir: int, what: str) -> Exception: ...
        def loadi(self, value: int) -> Arth: ...
        def load(self, proto: int, inst: Arth, size: int) -> Arth: ...
        def relation(self, op: int, a0: Arth, a1: Arth, reversed: bool) -> Block: ...
        def _resolve(self, what: str, name: str, *args: Any) -> Any: ...

    def __init__(self, linktype: int, snaplen: int = 262144, netmask: int = PCAP_NETMASK_UNKNOWN,
                 linux_ext: bool = False, resolver: Optional[NameResolver] = None) -> None:
        self.snaplen = snaplen
        self.netmask = netmask & U32
        self.linux_ext = linux_ext
        self.resolver = resolver
        self.regs = Registers()
        #: set when the code contains constructs the optimizer cannot handle
        #: (loops, jumps inside blocks); compile() then skips optimization.
        self.no_optimize = False
        self.root: Optional[Block] = None
        self.is_atm = False
        self.is_geneve = False
        self.is_vlan_vloffset = False
        self.label_stack_depth = 0
        self.vlan_stack_depth = 0
        self.pcap_fddipad = 0
        self.init_linktype(linktype)

    def init_linktype(self, linktype: int) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    # -- registers ------------------------------------------------------------
    def alloc_reg(self) -> int:
        return self.regs.alloc()

    def free_reg(self, n: int) -> None:
        self.regs.free(n)

    # -- construction helpers -------------------------------------------------
    @staticmethod
    def stmt(code: int, k: int = 0) -> Stmt:
        return Stmt(code, k)

    @staticmethod
    def block(code: int, k: int = 0, stmts: Optional[list[Stmt]] = None) -> Block:
        return Block(code, k, stmts)

    def gen_retblk(self, v: int) -> Block:
        return Block(BPF_RET | BPF_K, v)

    # -- loads ----------------------------------------------------------------
    def gen_abs_offset_varpart(self, off: AbsOffset) -> Optional[list[Stmt]]:
        """Code putting the variable part of ``off`` into X (allocating its register)."""
        if off.variable:
            if off.reg == -1:
                off.reg = self.alloc_reg()
            return [Stmt(BPF_LDX | BPF_MEM, off.reg)]
        return None

    def gen_load_absoffsetrel(self, off: AbsOffset, offset: int, size: int) -> list[Stmt]:
        s = self.gen_abs_offset_varpart(off)
        if s is not None:
            s.append(Stmt(BPF_LD | BPF_IND | size, off.constant + offset))
            return s
        return [Stmt(BPF_LD | BPF_ABS | size, off.constant + offset)]

    def gen_load_a(self, offrel: int, offset: int, size: int) -> list[Stmt]:
        """Load the ``size`` field at ``offset`` relative to ``offrel`` into A."""
        if offrel == OR_PACKET:
            return [Stmt(BPF_LD | BPF_ABS | size, offset)]
        if offrel == OR_LINKHDR:
            return self.gen_load_absoffsetrel(self.off_linkhdr, offset, size)
        if offrel == OR_PREVLINKHDR:
            return self.gen_load_absoffsetrel(self.off_prevlinkhdr, offset, size)
        if offrel == OR_LLC:
            return self.gen_load_absoffsetrel(self.off_linkpl, offset, size)
        if offrel == OR_PREVMPLSHDR:
            return self.gen_load_absoffsetrel(self.off_linkpl, self.off_nl - 4 + offset, size)
        if offrel == OR_LINKPL:
            return self.gen_load_absoffsetrel(self.off_linkpl, self.off_nl + offset, size)
        if offrel == OR_LINKPL_NOSNAP:
            return self.gen_load_absoffsetrel(self.off_linkpl, self.off_nl_nosnap + offset, size)
        if offrel == OR_LINKTYPE:
            return self.gen_load_absoffsetrel(self.off_linktype, offset, size)
        if offrel == OR_TRAN_IPV4:
            s = self.gen_loadx_iphdrlen()
            s.append(Stmt(BPF_LD | BPF_IND | size, self.off_linkpl.constant + self.off_nl + offset))
            return s
        if offrel == OR_TRAN_IPV6:
            return self.gen_load_absoffsetrel(self.off_linkpl, self.off_nl + 40 + offset, size)
        raise AssertionError(f"bad offrel {offrel}")

    def gen_loadx_iphdrlen(self) -> list[Stmt]:
        """X := IPv4 header length (+ variable part of the link payload offset)."""
        s = self.gen_abs_offset_varpart(self.off_linkpl)
        base = self.off_linkpl.constant + self.off_nl
        if s is not None:
            s += [
                Stmt(BPF_LD | BPF_IND | BPF_B, base),
                Stmt(BPF_ALU | BPF_AND | BPF_K, 0xF),
                Stmt(BPF_ALU | BPF_LSH | BPF_K, 2),
                Stmt(BPF_ALU | BPF_ADD | BPF_X),
                Stmt(BPF_MISC | BPF_TAX),
            ]
            return s
        return [Stmt(BPF_LDX | BPF_MSH | BPF_B, base)]

    # -- comparisons ----------------------------------------------------------
    def gen_ncmp(self, offrel: int, offset: int, size: int, mask: int, jtype: int,
                 reverse: bool, v: int) -> Block:
        """Load, AND with ``mask`` (unless all ones), branch ``jtype`` against ``v``."""
        s = self.gen_load_a(offrel, offset, size)
        if (mask & U32) != U32:
            s.append(Stmt(BPF_ALU | BPF_AND | BPF_K, mask))
        b = Block(JMP(jtype), v, s)
        if reverse and jtype in (BPF_JGT, BPF_JGE):
            gen_not(b)
        return b

    def gen_cmp(self, offrel: int, offset: int, size: int, v: int) -> Block:
        return self.gen_ncmp(offrel, offset, size, U32, BPF_JEQ, False, v)

    def gen_cmp_gt(self, offrel: int, offset: int, size: int, v: int) -> Block:
        return self.gen_ncmp(offrel, offset, size, U32, BPF_JGT, False, v)

    def gen_cmp_ge(self, offrel: int, offset: int, size: int, v: int) -> Block:
        return self.gen_ncmp(offrel, offset, size, U32, BPF_JGE, False, v)

    def gen_cmp_lt(self, offrel: int, offset: int, size: int, v: int) -> Block:
        return self.gen_ncmp(offrel, offset, size, U32, BPF_JGE, True, v)

    def gen_cmp_le(self, offrel: int, offset: int, size: int, v: int) -> Block:
        return self.gen_ncmp(offrel, offset, size, U32, BPF_JGT, True, v)

    def gen_mcmp(self, offrel: int, offset: int, size: int, v: int, mask: int) -> Block:
        return self.gen_ncmp(offrel, offset, size, mask, BPF_JEQ, False, v)

    def gen_bcmp(self, offrel: int, offset: int, data: bytes) -> Block:
        """Compare the bytes at ``offset`` with ``data`` (words from the end first)."""
        size = len(data)
        b: Optional[Block] = None
        for width, bpf_size in ((4, BPF_W), (2, BPF_H), (1, BPF_B)):
            while size >= width:
                tmp = self.gen_cmp(offrel, offset + size - width, bpf_size,
                                   int.from_bytes(data[size - width:size], "big"))
                if b is not None:
                    gen_and(b, tmp)
                b = tmp
                size -= width
        assert b is not None
        return b

    def gen_jset(self, offrel: int, offset: int, size: int, bits: int) -> Block:
        """``field & bits != 0`` as one block (libpcap builds these by hand)."""
        return Block(JMP(BPF_JSET), bits, self.gen_load_a(offrel, offset, size))

    def gen_uncond(self, rsense: bool) -> Block:
        return Block(JMP(BPF_JEQ), 0, [Stmt(BPF_LD | BPF_IMM, 0 if rsense else 1)])

    def gen_true(self) -> Block:
        return self.gen_uncond(True)

    def gen_false(self) -> Block:
        return self.gen_uncond(False)

    # -- errors ---------------------------------------------------------------
    @staticmethod
    def error(msg: str) -> FilterError:
        return FilterError(msg)

