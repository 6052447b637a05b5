"""The contract between the filter parser and the code generator.

libpcap's grammar generates code while it parses: each grammar action calls a
``gen_*`` function.  We keep that shape because it decides two observable
things: the order in which code (and scratch memory) is allocated, which makes
our unoptimized listings comparable with libpcap's, and which error wins when
an expression has both a semantic and a later syntax error.

The parser (``purepcap.filter.parser``) calls the methods of a :class:`Builder`
in exactly the order libpcap's grammar actions would call the corresponding
``gen_*`` functions.  The code generator (``purepcap.filter.gencode``)
implements the protocol.  ``Block`` and ``Arth`` are opaque to the parser: it
only passes them back.  A recording builder (tests) can implement the same
protocol to check the parser without generating code.

Method names drop libpcap's ``gen_`` prefix.  Integer codes for qualifiers,
operators, ATM and MTP fields are the constants of :mod:`purepcap.filter.qual`.
Errors: the builder raises :class:`purepcap.errors.FilterError` with libpcap's
message; the parser raises :class:`purepcap.errors.FilterSyntaxError`.
"""

from __future__ import annotations

from typing import Any, Protocol

from .qual import Qual

__all__ = ["Builder", "Block", "Arth"]

Block = Any  # a boolean expression in the control-flow graph (libpcap: struct block *)
Arth = Any  # an arithmetic value in a virtual register (libpcap: struct arth *)


class Builder(Protocol):
    # -- boolean structure -------------------------------------------------
    def and_(self, b0: Block, b1: Block) -> Block:
        """``b0 and b1`` (gen_and); returns the combined block."""

    def or_(self, b0: Block, b1: Block) -> Block:
        """``b0 or b1`` (gen_or)."""

    def not_(self, b: Block) -> Block:
        """``not b`` (gen_not)."""

    def finish(self, b: Block | None) -> Any:
        """End of input (finish_parse); ``None`` for the empty expression."""

    # -- primitives with an id --------------------------------------------
    def scode(self, name: str, q: Qual) -> Block:
        """A name: host, network, port, service, protocol name (gen_scode)."""

    def ncode(self, text: str | None, value: int, q: Qual) -> Block:
        """A number (text None) or a dotted IPv4 host/network (text given) (gen_ncode)."""

    def mcode(self, net: str, mask: str | None, masklen: int, q: Qual) -> Block:
        """``net/len`` (mask None) or ``net mask m`` (gen_mcode)."""

    def mcode6(self, addr: str, masklen: int, q: Qual) -> Block:
        """IPv6 address or prefix ``addr/len`` (128 for a bare address) (gen_mcode6)."""

    def ecode(self, mac: str, q: Qual) -> Block:
        """MAC address text in any accepted form (gen_ecode)."""

    def acode(self, addr: str, q: Qual) -> Block:
        """ARCnet address ``$xx`` (gen_acode)."""

    def proto_abbrev(self, proto: int) -> Block:
        """A bare protocol keyword: ``tcp``, ``ip6``, ``l1`` ... (gen_proto_abbrev)."""

    # -- arithmetic and relations ------------------------------------------
    def loadi(self, value: int) -> Arth:
        """A constant."""

    def load(self, proto: int, index: Arth, size: int) -> Arth:
        """``proto[index:size]``."""

    def loadlen(self) -> Arth:
        """``len``."""

    def neg(self, a: Arth) -> Arth:
        """Unary minus."""

    def arth(self, op: int, a0: Arth, a1: Arth) -> Arth:
        """Binary operator (op is a BPF ALU code: BPF_ADD ... BPF_XOR)."""

    def relation(self, op: int, a0: Arth, a1: Arth, reversed: bool) -> Block:
        """Comparison (op BPF_JGT/JGE/JEQ; reversed for <=, <, !=)."""

    # -- keyword primitives ------------------------------------------------
    def less(self, n: int) -> Block: ...
    def greater(self, n: int) -> Block: ...
    def byteop(self, op: str, idx: int, val: int) -> Block:
        """``byte idx op val``: op one of ``& | < > =``."""
    def broadcast(self, proto: int) -> Block: ...
    def multicast(self, proto: int) -> Block: ...
    def inbound(self, outbound: bool) -> Block: ...
    def ifindex(self, index: int) -> Block: ...
    def vlan(self, vlan_id: int | None) -> Block: ...
    def mpls(self, label: int | None) -> Block: ...
    def pppoed(self) -> Block: ...
    def pppoes(self, session: int | None) -> Block: ...
    def geneve(self, vni: int | None) -> Block: ...
    def llc(self) -> Block: ...
    def llc_i(self) -> Block: ...
    def llc_s(self) -> Block: ...
    def llc_u(self) -> Block: ...
    def llc_s_subtype(self, subtype: int) -> Block: ...
    def llc_u_subtype(self, subtype: int) -> Block: ...
    def pf_ifname(self, name: str) -> Block: ...
    def pf_ruleset(self, name: str) -> Block: ...
    def pf_rnr(self, n: int) -> Block: ...
    def pf_srnr(self, n: int) -> Block: ...
    def pf_reason(self, reason: int) -> Block: ...
    def pf_action(self, action: int) -> Block: ...
    def p80211_type(self, type_: int, mask: int) -> Block: ...
    def p80211_fcdir(self, fcdir: int) -> Block: ...
    def atmfield_code(self, field: int, value: int, op: int, reversed: bool) -> Block: ...
    def atmtype_abbrev(self, type_: int) -> Block: ...
    def atmmulti_abbrev(self, type_: int) -> Block: ...
    def mtp2type_abbrev(self, type_: int) -> Block: ...
    def mtp3field_code(self, field: int, value: int, op: int, reversed: bool) -> Block: ...
