"""The code generator: implements :class:`purepcap.filter.builder.Builder`.

:class:`CodeGen` is assembled from one mixin per protocol family; each mixin
lives in its own module and uses the primitives of :mod:`.core`
(``gen_cmp``, ``gen_mcmp``, ``gen_bcmp``, ``gen_load_a``, ``gen_jset``,
``gen_true``/``gen_false``), the link-layer test ``gen_linktype`` of
:mod:`.linklayer` and the boolean combinators of :mod:`..cfg`
(``gen_and``/``gen_or``/``gen_not``).  The encapsulation (vlan/mpls/pppoe/geneve),
802.11, ATM, MTP2/MTP3, pflog, LLC and direction mixins come before
:class:`~.linklayer.LinkLayerMixin` in CodeGen's bases, so their versions of
shared hooks win.

Usage::

    gen = CodeGen(linktype=LinkType.EN10MB, snaplen=262144, netmask=0xffffffff, resolver=r)
    root = parse(expr, gen)        # the parser calls gen's methods, then gen.finish()
    insns = assemble(root)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Optional

from ...errors import FilterError
from ..cfg import Block, backpatch, gen_and, gen_not, gen_or
from ..qual import (
    Q_DEFAULT, Q_GATEWAY, Q_HOST, Q_NET, Q_PORT, Q_PORTRANGE, Q_PROTO, Q_PROTOCHAIN, Q_UNDEF,
    Qual,
)
from .arith import ArithMixin
from .atm import ATMMixin
from .core import GenBase, PCAP_NETMASK_UNKNOWN
from .direction import DirectionMixin
from .encap import EncapMixin
from .hosts import HostsMixin
from .ieee80211 import IEEE80211Mixin
from .linklayer import LAYOUTS, LinkLayerMixin, LinkLayout
from .llc import LLCMixin
from .mtp import MTPMixin
from .pflog import PflogMixin
from .transport import TransportMixin

if TYPE_CHECKING:
    from ..names import NameResolver

__all__ = ["CodeGen", "LAYOUTS", "LinkLayout"]


class CodeGen(HostsMixin, TransportMixin, ArithMixin, EncapMixin, IEEE80211Mixin, ATMMixin,
              MTPMixin, PflogMixin, LLCMixin, DirectionMixin, LinkLayerMixin, GenBase):
    """Builds the control-flow graph for one filter expression."""

    def __init__(self, linktype: int, snaplen: int = 262144,
                 netmask: int = PCAP_NETMASK_UNKNOWN, linux_ext: bool = False,
                 resolver: Optional[NameResolver] = None) -> None:
        if snaplen == 0:
            raise FilterError("snaplen of 0 rejects all packets")
        super().__init__(linktype, snaplen, netmask, linux_ext, resolver)

    # -- boolean structure ----------------------------------------------------------
    def and_(self, b0: Block, b1: Block) -> Block:
        gen_and(b0, b1)
        return b1

    def or_(self, b0: Block, b1: Block) -> Block:
        gen_or(b0, b1)
        return b1

    def not_(self, b: Block) -> Block:
        gen_not(b)
        return b

    def finish(self, p: Optional[Block]) -> Block:
        """Attach the ``ret`` blocks; returns the root of the program's graph."""
        if p is None:
            self.root = self.gen_retblk(self.snaplen)
            return self.root
        self.insert_compute_vloffsets(p.head)
        ppi = self.gen_ppi_dlt_check()
        if ppi is not None:
            gen_and(ppi, p)
        backpatch(p, self.gen_retblk(self.snaplen))
        p.sense = not p.sense
        backpatch(p, self.gen_retblk(0))
        self.root = p.head
        return self.root

    # -- names ---------------------------------------------------------------------------
    def scode(self, name: str, q: Qual) -> Block:
        a = q.addr
        gen = _SCODE.get(a)
        if gen is not None:
            return gen(self, name, q)
        if a == Q_GATEWAY:
            raise self.error("'gateway' not supported in this configuration")
        if a == Q_UNDEF:
            raise self.error("syntax error in filter expression")
        raise AssertionError(a)

    def _resolve(self, what: str, name: str, *args: Any) -> Any:
        """Ask the resolver (see :mod:`purepcap.filter.names`)."""
        r = self.resolver
        if r is None:
            from ..names import default_resolver
            r = self.resolver = default_resolver()
        if what == "host":
            return r.host(name)
        if what == "network":
            return r.network(name)
        if what == "port":
            return r.port(name, *args)
        if what == "protocol":
            return r.protocol(name)
        if what == "ether":
            return r.ether(name)
        raise AssertionError(what)


#: address qualifier -> the code for a name with it (``gateway`` and none are errors)
_SCODE: dict[int, Callable[[CodeGen, str, Qual], Block]] = {
    Q_NET: HostsMixin.scode_net,
    Q_DEFAULT: HostsMixin.scode_host,
    Q_HOST: HostsMixin.scode_host,
    Q_PORT: TransportMixin.scode_port,
    Q_PORTRANGE: TransportMixin.scode_portrange,
    Q_PROTO: TransportMixin.scode_proto,
    Q_PROTOCHAIN: TransportMixin.scode_protochain,
}
