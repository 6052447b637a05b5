"""Classic BPF opcode constants and the Linux socket-filter ancillary offsets.

An instruction's 16-bit ``code`` is built from fields OR-ed together:

- class (``code & 0x07``): :data:`BPF_LD`, :data:`BPF_LDX`, :data:`BPF_ST`,
  :data:`BPF_STX`, :data:`BPF_ALU`, :data:`BPF_JMP`, :data:`BPF_RET`, :data:`BPF_MISC`;
- for loads, size (``code & 0x18``): :data:`BPF_W`, :data:`BPF_H`, :data:`BPF_B`,
  and mode (``code & 0xe0``): :data:`BPF_IMM`, :data:`BPF_ABS`, :data:`BPF_IND`,
  :data:`BPF_MEM`, :data:`BPF_LEN`, :data:`BPF_MSH`;
- for ALU and jumps, operation (``code & 0xf0``) and source (``code & 0x08``):
  :data:`BPF_K` (the constant ``k``) or :data:`BPF_X` (the index register);
- for returns, the return value source (``code & 0x18``): :data:`BPF_K` or :data:`BPF_A`;
- for ``BPF_MISC``, :data:`BPF_TAX` or :data:`BPF_TXA`.

The values are those of ``<linux/bpf_common.h>`` and ``<linux/filter.h>`` (which agree
with libpcap's ``pcap/bpf.h``).  The ancillary offsets are unsigned 32-bit values, as
they appear in an instruction's ``k`` (``SKF_AD_OFF`` is ``-0x1000`` in the C header).
"""

from __future__ import annotations

from typing import Callable

__all__ = [
    # classes
    "BPF_LD", "BPF_LDX", "BPF_ST", "BPF_STX", "BPF_ALU", "BPF_JMP", "BPF_RET", "BPF_MISC",
    # sizes and modes
    "BPF_W", "BPF_H", "BPF_B", "BPF_IMM", "BPF_ABS", "BPF_IND", "BPF_MEM", "BPF_LEN", "BPF_MSH",
    # ALU operations
    "BPF_ADD", "BPF_SUB", "BPF_MUL", "BPF_DIV", "BPF_OR", "BPF_AND", "BPF_LSH", "BPF_RSH",
    "BPF_NEG", "BPF_MOD", "BPF_XOR",
    # jump operations
    "BPF_JA", "BPF_JEQ", "BPF_JGT", "BPF_JGE", "BPF_JSET",
    # sources
    "BPF_K", "BPF_X", "BPF_A",
    # misc
    "BPF_TAX", "BPF_TXA",
    # field extractors
    "BPF_CLASS", "BPF_SIZE", "BPF_MODE", "BPF_OP", "BPF_SRC", "BPF_RVAL", "BPF_MISCOP",
    # limits
    "BPF_MEMWORDS", "BPF_MAXINSNS",
    # Linux ancillary data
    "SKF_AD_OFF", "SKF_AD_PROTOCOL", "SKF_AD_PKTTYPE", "SKF_AD_IFINDEX", "SKF_AD_NLATTR",
    "SKF_AD_NLATTR_NEST", "SKF_AD_MARK", "SKF_AD_QUEUE", "SKF_AD_HATYPE", "SKF_AD_RXHASH",
    "SKF_AD_CPU", "SKF_AD_ALU_XOR_X", "SKF_AD_VLAN_TAG", "SKF_AD_VLAN_TAG_PRESENT",
    "SKF_AD_PAY_OFFSET", "SKF_AD_RANDOM", "SKF_AD_VLAN_TPID", "SKF_AD_MAX",
    "SKF_NET_OFF", "SKF_LL_OFF", "ANCILLARY_NAMES",
]

# instruction classes
BPF_LD = 0x00
BPF_LDX = 0x01
BPF_ST = 0x02
BPF_STX = 0x03
BPF_ALU = 0x04
BPF_JMP = 0x05
BPF_RET = 0x06
BPF_MISC = 0x07

# load sizes
BPF_W = 0x00
BPF_H = 0x08
BPF_B = 0x10

# load modes
BPF_IMM = 0x00
BPF_ABS = 0x20
BPF_IND = 0x40
BPF_MEM = 0x60
BPF_LEN = 0x80
BPF_MSH = 0xA0

# ALU operations
BPF_ADD = 0x00
BPF_SUB = 0x10
BPF_MUL = 0x20
BPF_DIV = 0x30
BPF_OR = 0x40
BPF_AND = 0x50
BPF_LSH = 0x60
BPF_RSH = 0x70
BPF_NEG = 0x80
BPF_MOD = 0x90
BPF_XOR = 0xA0

# jump operations
BPF_JA = 0x00
BPF_JEQ = 0x10
BPF_JGT = 0x20
BPF_JGE = 0x30
BPF_JSET = 0x40

# operand sources (ALU/JMP) and return value sources (RET)
BPF_K = 0x00
BPF_X = 0x08
BPF_A = 0x10

# BPF_MISC operations
BPF_TAX = 0x00
BPF_TXA = 0x80

#: number of scratch memory words (M[0] .. M[15])
BPF_MEMWORDS = 16
#: the Linux kernel's limit on a socket filter's length
BPF_MAXINSNS = 4096


def _field(name: str, mask: int, what: str) -> Callable[[int], int]:
    """The extractor ``name``: ``code & mask``, documented as ``what``."""
    def field(code: int) -> int:
        return code & mask
    field.__name__ = field.__qualname__ = name
    field.__doc__ = f"{what}: ``code & {mask:#04x}``."
    return field


# field extractors
BPF_CLASS = _field("BPF_CLASS", 0x07, "The instruction class")
BPF_SIZE = _field("BPF_SIZE", 0x18, "The load size")
BPF_MODE = _field("BPF_MODE", 0xE0, "The load addressing mode")
BPF_OP = _field("BPF_OP", 0xF0, "The ALU or jump operation")
BPF_SRC = _field("BPF_SRC", 0x08, "The operand source, :data:`BPF_K` or :data:`BPF_X`")
BPF_RVAL = _field("BPF_RVAL", 0x18, "The return value source of a ``BPF_RET``")
BPF_MISCOP = _field("BPF_MISCOP", 0xF8, "The ``BPF_MISC`` operation")


# Whole instructions (class | mode or operation | source) that the optimizers
# emit or look for (not in __all__ above)
LD_IMM = BPF_LD | BPF_IMM
LD_ABS = BPF_LD | BPF_ABS
LDX_IMM = BPF_LDX | BPF_IMM
LDX_LEN = BPF_LDX | BPF_LEN
LDX_MEM = BPF_LDX | BPF_MEM
LDX_MSH = BPF_LDX | BPF_MSH | BPF_B
TAX = BPF_MISC | BPF_TAX
TXA = BPF_MISC | BPF_TXA
ADD_X = BPF_ALU | BPF_ADD | BPF_X
SUB_K = BPF_ALU | BPF_SUB | BPF_K
SUB_X = BPF_ALU | BPF_SUB | BPF_X
AND_K = BPF_ALU | BPF_AND | BPF_K
JEQ_K = BPF_JMP | BPF_JEQ | BPF_K
JEQ_X = BPF_JMP | BPF_JEQ | BPF_X
JSET_K = BPF_JMP | BPF_JSET | BPF_K
RET_K = BPF_RET | BPF_K
RET_A = BPF_RET | BPF_A


# Linux ancillary data: a load at SKF_AD_OFF + SKF_AD_x reads packet metadata.
SKF_AD_OFF = 0xFFFFF000  # -0x1000 as an unsigned 32-bit k
SKF_AD_PROTOCOL = 0
SKF_AD_PKTTYPE = 4
SKF_AD_IFINDEX = 8
SKF_AD_NLATTR = 12
SKF_AD_NLATTR_NEST = 16
SKF_AD_MARK = 20
SKF_AD_QUEUE = 24
SKF_AD_HATYPE = 28
SKF_AD_RXHASH = 32
SKF_AD_CPU = 36
SKF_AD_ALU_XOR_X = 40
SKF_AD_VLAN_TAG = 44
SKF_AD_VLAN_TAG_PRESENT = 48
SKF_AD_PAY_OFFSET = 52
SKF_AD_RANDOM = 56
SKF_AD_VLAN_TPID = 60
SKF_AD_MAX = 64

#: loads at SKF_NET_OFF + n read the byte at the network header + n (unsigned k)
SKF_NET_OFF = 0xFFF00000  # -0x100000
#: loads at SKF_LL_OFF + n read the byte at the link-layer header + n (unsigned k)
SKF_LL_OFF = 0xFFE00000  # -0x200000

# skb->pkt_type values (<linux/if_packet.h> PACKET_*): what SKF_AD_PKTTYPE loads
# (re-exported by purepcap.bpf.meta and purepcap.bpf; not in __all__ above)
PKTTYPE_HOST = 0
PKTTYPE_BROADCAST = 1
PKTTYPE_MULTICAST = 2
PKTTYPE_OTHERHOST = 3
PKTTYPE_OUTGOING = 4

#: ancillary offset -> the name libpcap's listings print between brackets
ANCILLARY_NAMES: dict[int, str] = {
    SKF_AD_PROTOCOL: "proto",
    SKF_AD_PKTTYPE: "type",
    SKF_AD_IFINDEX: "ifidx",
    SKF_AD_NLATTR: "nla",
    SKF_AD_NLATTR_NEST: "nlan",
    SKF_AD_MARK: "mark",
    SKF_AD_QUEUE: "queue",
    SKF_AD_HATYPE: "hatype",
    SKF_AD_RXHASH: "rxhash",
    SKF_AD_CPU: "cpu",
    SKF_AD_ALU_XOR_X: "xor_x",
    SKF_AD_VLAN_TAG: "vlan_tci",
    SKF_AD_VLAN_TAG_PRESENT: "vlanp",
    SKF_AD_PAY_OFFSET: "poff",
    SKF_AD_RANDOM: "random",
    SKF_AD_VLAN_TPID: "vlan_tpid",
}
