"""Packet metadata for Linux ancillary loads, and the kernel's load semantics.

A socket filter attached with ``SO_ATTACH_FILTER`` runs on a ``struct sk_buff``, not on
bare bytes: a load at ``SKF_AD_OFF + SKF_AD_x`` (``k`` of ``0xfffff000`` and up) reads a
field of the buffer (its protocol, the VLAN tag the NIC stripped, the interface
index...), and loads at ``SKF_NET_OFF + n`` / ``SKF_LL_OFF + n`` read the packet relative
to its network or link-layer header.  :class:`Meta` carries those values; passing one to
:meth:`Program.run <purepcap.bpf.Program.run>` switches the interpreter to the kernel's
semantics (``net/core/filter.c``):

- the operand size of an ancillary load is ignored (``ldb [vlan_tci]`` yields the
  whole 16-bit tag, as the kernel's conversion to eBPF does);
- ``k`` at or above ``SKF_AD_OFF`` that names no ancillary field makes the filter
  return 0 (the kernel would refuse to attach such a program);
- indirect loads compute ``X + k`` modulo 2**32 and treat it as a signed offset, so a
  negative result addresses the ``SKF_NET_OFF``/``SKF_LL_OFF`` windows;
- ``lsh x``/``rsh x`` shift by ``X & 31`` (libpcap's interpreter yields 0 for ``X >= 32``).

Without a :class:`Meta`, the interpreter is libpcap 1.10.3's ``bpf_filter`` for saved
packets: every one of those loads is out of range and the filter returns 0.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Union

from .opcodes import (
    SKF_AD_ALU_XOR_X, SKF_AD_CPU, SKF_AD_HATYPE, SKF_AD_IFINDEX, SKF_AD_MARK, SKF_AD_NLATTR,
    SKF_AD_NLATTR_NEST, SKF_AD_PAY_OFFSET, SKF_AD_PKTTYPE, SKF_AD_PROTOCOL, SKF_AD_QUEUE,
    SKF_AD_RANDOM, SKF_AD_RXHASH, SKF_AD_VLAN_TAG, SKF_AD_VLAN_TAG_PRESENT, SKF_AD_VLAN_TPID,
)

__all__ = ["Meta", "PKTTYPE_HOST", "PKTTYPE_BROADCAST", "PKTTYPE_MULTICAST",
           "PKTTYPE_OTHERHOST", "PKTTYPE_OUTGOING"]

Buffer = Union[bytes, bytearray, memoryview]

# skb->pkt_type values (<linux/if_packet.h> PACKET_*): defined in .opcodes
from .opcodes import (  # noqa: E402
    PKTTYPE_BROADCAST as PKTTYPE_BROADCAST, PKTTYPE_HOST as PKTTYPE_HOST,
    PKTTYPE_MULTICAST as PKTTYPE_MULTICAST, PKTTYPE_OTHERHOST as PKTTYPE_OTHERHOST,
    PKTTYPE_OUTGOING as PKTTYPE_OUTGOING,
)

_M32 = 0xFFFFFFFF
_NET_OFF_S = -0x100000  # SKF_NET_OFF as a signed number
_LL_OFF_S = -0x200000  # SKF_LL_OFF as a signed number
_NATIVE = sys.byteorder


@dataclass(frozen=True)
class Meta:
    """What the kernel knows about a packet besides its bytes (all default to 0).

    Field -> ancillary load (``SKF_AD_*``) it answers:

    - ``protocol``: ``SKF_AD_PROTOCOL``, the link-level protocol as a number in host
      order, like ``ntohs(skb->protocol)`` (``0x0800`` for IPv4, ``0x86dd`` for IPv6);
    - ``pkttype``: ``SKF_AD_PKTTYPE``, ``PACKET_HOST`` (0) ... ``PACKET_OUTGOING`` (4);
    - ``ifindex``: ``SKF_AD_IFINDEX``; ``hatype``: ``SKF_AD_HATYPE`` (``ARPHRD_*``);
    - ``mark``, ``queue``, ``rxhash``, ``cpu``, ``random``: the fields of the same name;
    - ``vlan_tci``, ``vlan_present``, ``vlan_tpid``: ``SKF_AD_VLAN_TAG``,
      ``SKF_AD_VLAN_TAG_PRESENT`` (0 or 1) and ``SKF_AD_VLAN_TPID`` for a tag the
      kernel stripped (``vlan_tpid`` typically ``0x8100``);
    - ``pay_offset``: ``SKF_AD_PAY_OFFSET`` (the kernel's flow dissector result;
      supply it if the filter uses it);
    - ``net_offset``: where the network header starts in the data, for
      ``SKF_NET_OFF``-relative loads (14 for Ethernet).

    ``SKF_AD_NLATTR``, ``SKF_AD_NLATTR_NEST`` and ``SKF_AD_ALU_XOR_X`` are computed from
    the packet and the registers and need no field.
    """

    protocol: int = 0
    pkttype: int = 0
    ifindex: int = 0
    mark: int = 0
    queue: int = 0
    hatype: int = 0
    rxhash: int = 0
    cpu: int = 0
    vlan_tci: int = 0
    vlan_present: bool = False
    vlan_tpid: int = 0
    random: int = 0
    pay_offset: int = 0
    net_offset: int = 0


#: ancillary offset -> (Meta field, mask) for the ones that are plain fields
ANC_FIELDS: dict[int, tuple[str, int]] = {
    SKF_AD_PROTOCOL: ("protocol", 0xFFFF),
    SKF_AD_PKTTYPE: ("pkttype", 0x7),
    SKF_AD_IFINDEX: ("ifindex", _M32),
    SKF_AD_MARK: ("mark", _M32),
    SKF_AD_QUEUE: ("queue", 0xFFFF),
    SKF_AD_HATYPE: ("hatype", 0xFFFF),
    SKF_AD_RXHASH: ("rxhash", _M32),
    SKF_AD_CPU: ("cpu", _M32),
    SKF_AD_VLAN_TAG: ("vlan_tci", 0xFFFF),
    SKF_AD_PAY_OFFSET: ("pay_offset", _M32),
    SKF_AD_RANDOM: ("random", _M32),
    SKF_AD_VLAN_TPID: ("vlan_tpid", 0xFFFF),
}

#: every ancillary offset the kernel accepts (bpf_anc_helper)
KNOWN_ANCILLARY = frozenset(ANC_FIELDS) | {
    SKF_AD_NLATTR, SKF_AD_NLATTR_NEST, SKF_AD_VLAN_TAG_PRESENT, SKF_AD_ALU_XOR_X}


def _nla_find(p: Buffer, start: int, rem: int, attrtype: int) -> int:
    """Offset of the first netlink attribute of ``attrtype`` in ``p[start:start+rem]``, or 0."""
    pos = start
    while rem >= 4:
        nla_len = int.from_bytes(p[pos:pos + 2], _NATIVE)
        if nla_len < 4 or nla_len > rem:
            break
        if int.from_bytes(p[pos + 2:pos + 4], _NATIVE) & 0x3FFF == attrtype:
            return pos
        step = (nla_len + 3) & ~3
        pos += step
        rem -= step
    return 0


def nlattr(p: Buffer, a: int, x: int) -> int:
    """``SKF_AD_NLATTR``: find attribute type ``x`` from offset ``a`` (0 if none)."""
    n = len(p)
    if n < 4 or a > n - 4:
        return 0
    return _nla_find(p, a, n - a, x)


def nlattr_nest(p: Buffer, a: int, x: int) -> int:
    """``SKF_AD_NLATTR_NEST``: find attribute type ``x`` inside the attribute at ``a``."""
    n = len(p)
    if n < 4 or a > n - 4:
        return 0
    nla_len = int.from_bytes(p[a:a + 2], _NATIVE)
    if nla_len > n - a:
        return 0
    return _nla_find(p, a + 4, nla_len - 4, x)


def ancillary(anc: int, meta: Meta, p: Buffer, a: int, x: int) -> int | None:
    """The value of ancillary load ``SKF_AD_OFF + anc``; ``None``: the filter returns 0."""
    field = ANC_FIELDS.get(anc)
    if field is not None:
        return int(getattr(meta, field[0])) & field[1]
    if anc == SKF_AD_VLAN_TAG_PRESENT:
        return 1 if meta.vlan_present else 0
    if anc == SKF_AD_ALU_XOR_X:
        return a ^ x
    if anc == SKF_AD_NLATTR:
        return nlattr(p, a, x)
    if anc == SKF_AD_NLATTR_NEST:
        return nlattr_nest(p, a, x)
    return None


def kernel_load(p: Buffer, off: int, size: int, meta: Meta) -> int | None:
    """A kernel packet load at 32-bit offset ``off`` (taken as signed), or ``None``.

    Non-negative offsets address the data; ``SKF_NET_OFF + n`` the network header + n
    (``meta.net_offset``); ``SKF_LL_OFF + n`` the link-layer header (the start of the
    data) + n.  Anything else, or a load that does not fit the data, is ``None``.
    """
    off &= _M32
    if off >= 0x80000000:
        off -= 0x100000000
    if off < 0:
        if off >= _NET_OFF_S:
            off = int(meta.net_offset) + off - _NET_OFF_S
        elif off >= _LL_OFF_S:
            off -= _LL_OFF_S
        else:
            return None
        if off < 0:
            return None
    if off + size > len(p):
        return None
    if size == 1:
        return p[off]
    return int.from_bytes(p[off:off + size], "big")

