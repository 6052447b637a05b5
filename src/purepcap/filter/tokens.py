"""Vocabulary of the pcap-filter(7) language, as libpcap 1.10.3 knows it.

Everything here is data: the reserved words and the token each one becomes,
the named constants the scanner turns into numbers (``tcp-syn``,
``icmp6-echo``...), and the name tables the grammar actions consult (802.11
frame types and directions, LLC frame kinds, pf reasons and actions).  Names
and values were checked against the libpcap 1.10.3 library (see
``tests/test_filter_parser.py``): a name missing here is one 1.10.3 does not
know either.

Token kinds are plain strings.  Single-character operators are their own
kind (``"("``, ``"+"``...); ``not`` and ``!`` are both ``"!"``, ``and``/``&&``
are ``AND``, ``or``/``||`` are ``OR``, ``==`` is ``"="``.
"""

from __future__ import annotations

__all__ = [
    "KEYWORDS",
    "NAMED_NUMBERS",
    "OPERATORS1",
    "OPERATORS2",
    "IEEE80211_TYPES",
    "IEEE80211_SUBTYPES",
    "IEEE80211_TYPE_MASK",
    "IEEE80211_SUBTYPE_MASK",
    "IEEE80211_DIRS",
    "LLC_S_SUBTYPES",
    "LLC_U_SUBTYPES",
    "PF_REASONS",
    "PF_ACTIONS",
]

# -- reserved words (case-sensitive, as in libpcap's scanner) ----------------

#: token kinds whose one reserved word is the kind's name in lower case
_PLAIN_KINDS = (
    "DST", "SRC", "ARP", "RARP", "IP", "SCTP", "TCP", "UDP", "ICMP", "IGMP", "IGRP", "PIM",
    "VRRP", "CARP", "RADIO", "AH", "ESP", "ATALK", "AARP", "DECNET", "LAT", "SCA", "MOPRC",
    "MOPDL", "ISO", "L1", "L2", "IIH", "LSP", "SNP", "CSNP", "PSNP", "CLNP", "STP", "IPX",
    "NETBEUI", "HOST", "NET", "PORT", "PORTRANGE", "PROTO", "PROTOCHAIN", "GATEWAY", "TYPE",
    "SUBTYPE", "RA", "TA", "LESS", "GREATER", "AND", "OR", "INBOUND", "OUTBOUND", "IFINDEX",
    "VLAN", "MPLS", "PPPOED", "PPPOES", "GENEVE", "LANE", "LLC", "METAC", "BCC", "OAM",
    "OAMF4", "OAMF4EC", "OAMF4SC", "SC", "ILMIC", "VPI", "VCI", "CONNECTMSG", "METACONNECT",
    "FISU", "MSU", "HFISU", "HLSSU", "HMSU", "SIO", "OPC", "DPC", "SLS", "HSIO", "HOPC",
    "HDPC", "HSLS",
)

#: the other token kinds: kind -> its reserved words
_WORDS: dict[str, tuple[str, ...]] = {
    "LINK": ("link", "ether", "ppp", "slip", "fddi", "tr", "wlan"),
    "IPV6": ("ip6",),
    "ICMPV6": ("icmp6",),
    "ESIS": ("esis", "es-is"),
    "ISIS": ("isis", "is-is"),
    "NETMASK": ("mask",),
    "DIR": ("direction", "dir"),
    **{f"ADDR{i}": (f"address{i}", f"addr{i}") for i in range(1, 5)},
    "CBYTE": ("byte",),
    "TK_BROADCAST": ("broadcast",),
    "TK_MULTICAST": ("multicast",),
    "!": ("not",),
    "LEN": ("len", "length"),
    "PF_IFNAME": ("on", "ifname"),
    "PF_RSET": ("rset", "ruleset"),
    "PF_RNR": ("rnr", "rulenum"),
    "PF_SRNR": ("srnr", "subrulenum"),
    "PF_REASON": ("reason",),
    "PF_ACTION": ("action",),
    "LSSU": ("lssu", "lsu"),
}

#: reserved word -> token kind
KEYWORDS: dict[str, str] = {kind.lower(): kind for kind in _PLAIN_KINDS}
KEYWORDS.update((word, kind) for kind, words in _WORDS.items() for word in words)

#: names the scanner turns into a NUM token (usable anywhere a number is)
NAMED_NUMBERS: dict[str, int] = {
    # offsets and values for icmp[...]
    "icmptype": 0,
    "icmpcode": 1,
    "icmp-echoreply": 0,
    "icmp-unreach": 3,
    "icmp-sourcequench": 4,
    "icmp-redirect": 5,
    "icmp-echo": 8,
    "icmp-routeradvert": 9,
    "icmp-routersolicit": 10,
    "icmp-timxceed": 11,
    "icmp-paramprob": 12,
    "icmp-tstamp": 13,
    "icmp-tstampreply": 14,
    "icmp-ireq": 15,
    "icmp-ireqreply": 16,
    "icmp-maskreq": 17,
    "icmp-maskreply": 18,
    # offsets and values for icmp6[...]
    "icmp6type": 0,
    "icmp6code": 1,
    "icmp6-destinationunreach": 1,
    "icmp6-packettoobig": 2,
    "icmp6-timeexceeded": 3,
    "icmp6-parameterproblem": 4,
    "icmp6-echo": 128,
    "icmp6-echoreply": 129,
    "icmp6-multicastlistenerquery": 130,
    "icmp6-multicastlistenerreportv1": 131,
    "icmp6-multicastlistenerdone": 132,
    "icmp6-routersolicit": 133,
    "icmp6-routeradvert": 134,
    "icmp6-neighborsolicit": 135,
    "icmp6-neighboradvert": 136,
    "icmp6-redirect": 137,
    "icmp6-routerrenum": 138,
    "icmp6-nodeinformationquery": 139,
    "icmp6-nodeinformationresponse": 140,
    "icmp6-ineighbordiscoverysolicit": 141,
    "icmp6-ineighbordiscoveryadvert": 142,
    "icmp6-multicastlistenerreportv2": 143,
    "icmp6-homeagentdiscoveryrequest": 144,
    "icmp6-homeagentdiscoveryreply": 145,
    "icmp6-mobileprefixsolicit": 146,
    "icmp6-mobileprefixadvert": 147,
    "icmp6-certpathsolicit": 148,
    "icmp6-certpathadvert": 149,
    "icmp6-multicastrouteradvert": 151,
    "icmp6-multicastroutersolicit": 152,
    "icmp6-multicastrouterterm": 153,
    # offset and bits for tcp[...]
    "tcpflags": 13,
    "tcp-fin": 0x01,
    "tcp-syn": 0x02,
    "tcp-rst": 0x04,
    "tcp-push": 0x08,
    "tcp-ack": 0x10,
    "tcp-urg": 0x20,
    "tcp-ece": 0x40,
    "tcp-cwr": 0x80,
}

#: one-character operators (each is its own token kind)
OPERATORS1 = frozenset("+-*/%:[]!<>()&|^=")
#: two-character operators -> token kind
OPERATORS2: dict[str, str] = {
    ">=": "GEQ",
    "<=": "LEQ",
    "!=": "NEQ",
    "==": "=",
    "<<": "LSH",
    ">>": "RSH",
    "&&": "AND",
    "||": "OR",
}

# -- IEEE 802.11 frame control (the values are the bits of the first byte) ---

IEEE80211_TYPE_MASK = 0x0C
IEEE80211_SUBTYPE_MASK = 0xF0
_TYPE_MGT, _TYPE_CTL, _TYPE_DATA = 0x00, 0x04, 0x08
_QOS = 0x80

#: type names (``type T``), case-insensitive
IEEE80211_TYPES: dict[str, int] = {
    "data": _TYPE_DATA,
    "mgt": _TYPE_MGT,
    "management": _TYPE_MGT,
    "ctl": _TYPE_CTL,
    "control": _TYPE_CTL,
}

#: subtype names per type, in libpcap's search order (mgt, ctl, data)
IEEE80211_SUBTYPES: tuple[tuple[int, dict[str, int]], ...] = (
    (_TYPE_MGT, {
        "assocreq": 0x00, "assoc-req": 0x00,
        "assocresp": 0x10, "assoc-resp": 0x10,
        "reassocreq": 0x20, "reassoc-req": 0x20,
        "reassocresp": 0x30, "reassoc-resp": 0x30,
        "probereq": 0x40, "probe-req": 0x40,
        "proberesp": 0x50, "probe-resp": 0x50,
        "beacon": 0x80,
        "atim": 0x90,
        "disassoc": 0xA0, "disassociation": 0xA0,
        "auth": 0xB0, "authentication": 0xB0,
        "deauth": 0xC0, "deauthentication": 0xC0,
    }),
    (_TYPE_CTL, {
        "ps-poll": 0xA0,
        "rts": 0xB0,
        "cts": 0xC0,
        "ack": 0xD0,
        "cf-end": 0xE0,
        "cf-end-ack": 0xF0,
    }),
    (_TYPE_DATA, {
        "data": 0x00,
        "data-cf-ack": 0x10,
        "data-cf-poll": 0x20,
        "data-cf-ack-poll": 0x30,
        "null": 0x40,
        "cf-ack": 0x50,
        "cf-poll": 0x60,
        "cf-ack-poll": 0x70,
        "qos-data": _QOS | 0x00,
        "qos-data-cf-ack": _QOS | 0x10,
        "qos-data-cf-poll": _QOS | 0x20,
        "qos-data-cf-ack-poll": _QOS | 0x30,
        "qos": _QOS | 0x40,
        "qos-cf-poll": _QOS | 0x60,
        "qos-cf-ack-poll": _QOS | 0x70,
    }),
)

#: ``dir D`` names
IEEE80211_DIRS: dict[str, int] = {"nods": 0, "tods": 1, "fromds": 2, "dstods": 3}

# -- 802.2 LLC control field values --------------------------------------------

LLC_S_SUBTYPES: dict[str, int] = {"rr": 0x01, "rnr": 0x05, "rej": 0x09}
LLC_U_SUBTYPES: dict[str, int] = {
    "ui": 0x03,
    "ua": 0x63,
    "disc": 0x43,
    "dm": 0x0F,
    "sabme": 0x6F,
    "test": 0xE3,
    "xid": 0xAF,
    "frmr": 0x87,
}

# -- OpenBSD pf (pflog header) ---------------------------------------------------

#: ``reason NAME``: index in this tuple
PF_REASONS: tuple[str, ...] = (
    "match",
    "bad-offset",
    "fragment",
    "short",
    "normalize",
    "memory",
    "bad-timestamp",
    "congestion",
    "ip-option",
    "proto-cksum",
    "state-mismatch",
    "state-insert",
    "state-limit",
    "src-limit",
    "synproxy",
)

#: ``action NAME``
PF_ACTIONS: dict[str, int] = {
    "pass": 0,
    "accept": 0,
    "drop": 1,
    "block": 1,
    "scrub": 2,
    "noscrub": 3,
    "nat": 4,
    "nonat": 5,
    "binat": 6,
    "nobinat": 7,
    "rdr": 8,
    "nordr": 9,
    "synproxy-drop": 10,
}
