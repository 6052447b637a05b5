"""Qualifiers of a filter primitive (``[proto] [dir] [type] id``).

The parser resolves every primitive to a :class:`Qual` (including the rule that
an id without qualifiers repeats the previous one, ``host a or b``) and hands
it to the code generator.  Values follow pcap-filter(7)'s vocabulary; the
numeric codes are the ones libpcap's gencode uses, which keeps the two sides
easy to compare.
"""

from __future__ import annotations

from typing import NamedTuple

Q_DEFAULT = 0
Q_UNDEF = 255

# address type (the "type" qualifier)
Q_HOST = 1
Q_NET = 2
Q_PORT = 3
Q_GATEWAY = 4
Q_PROTO = 5
Q_PROTOCHAIN = 6
Q_PORTRANGE = 7

# protocol qualifiers
Q_LINK = 1
Q_IP = 2
Q_ARP = 3
Q_RARP = 4
Q_SCTP = 5
Q_TCP = 6
Q_UDP = 7
Q_ICMP = 8
Q_IGMP = 9
Q_IGRP = 10
Q_ATALK = 11
Q_DECNET = 12
Q_LAT = 13
Q_SCA = 14
Q_MOPRC = 15
Q_MOPDL = 16
Q_IPV6 = 17
Q_ICMPV6 = 18
Q_AH = 19
Q_ESP = 20
Q_PIM = 21
Q_VRRP = 22
Q_AARP = 23
Q_ISO = 24
Q_ESIS = 25
Q_ISIS = 26
Q_CLNP = 27
Q_STP = 28
Q_IPX = 29
Q_NETBEUI = 30
Q_ISIS_L1 = 31
Q_ISIS_L2 = 32
Q_ISIS_IIH = 33
Q_ISIS_SNP = 34
Q_ISIS_CSNP = 35
Q_ISIS_PSNP = 36
Q_ISIS_LSP = 37
Q_RADIO = 38
Q_CARP = 39

# direction qualifiers
Q_SRC = 1
Q_DST = 2
Q_OR = 3
Q_AND = 4
Q_ADDR1 = 5
Q_ADDR2 = 6
Q_ADDR3 = 7
Q_ADDR4 = 8
Q_RA = 9
Q_TA = 10

# ATM field / type codes (gen_atmfield_code, gen_atmtype_abbrev, gen_atmmulti_abbrev)
A_METAC = 22
A_BCC = 23
A_OAMF4SC = 24
A_OAMF4EC = 25
A_SC = 26
A_ILMIC = 27
A_OAM = 28
A_OAMF4 = 29
A_LANE = 30
A_LLC = 31
A_SETUP = 41
A_CALLPROCEED = 42
A_CONNECT = 43
A_CONNECTACK = 44
A_RELEASE = 45
A_RELEASE_DONE = 46
A_VPI = 51
A_VCI = 52
A_PROTOTYPE = 53
A_MSGTYPE = 54
A_CALLREFTYPE = 55
A_CONNECTMSG = 70
A_METACONNECT = 71

# MTP2 types and MTP3 fields
M_FISU = 22
M_LSSU = 23
M_MSU = 24
MH_FISU = 25
MH_LSSU = 26
MH_MSU = 27
M_SIO = 1
M_OPC = 2
M_DPC = 3
M_SLS = 4
MH_SIO = 5
MH_OPC = 6
MH_DPC = 7
MH_SLS = 8

class Qual(NamedTuple):
    """The qualifiers of one primitive: address type, protocol, direction."""

    addr: int = Q_DEFAULT
    proto: int = Q_DEFAULT
    dir: int = Q_DEFAULT


QDEFAULT = Qual()
#: the "no qualifier may be inherited" value libpcap calls qerr
QERR = Qual(Q_UNDEF, Q_UNDEF, Q_UNDEF)

__all__ = ["Qual", "QERR", "QDEFAULT"] + [
    n for n in list(globals()) if n.startswith(("Q_", "A_", "M_", "MH_"))
]
