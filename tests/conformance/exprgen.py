"""Random well-formed pcap-filter(7) expressions, for differential fuzzing.

:func:`expression` draws one expression from a seeded ``random.Random``:
primitives (hosts, networks, ports, port ranges, protocols, ``proto[expr:size]``
relations with arithmetic, ``len``, ``less``/``greater``, relations that are constant or
always false (``len < 24015 / 40808``, ``ip[2:2] - len < 0``), broadcast/multicast,
vlan/mpls/pppoe/geneve, llc, 802.11 type/subtype/direction/addresses, ...)
combined with ``and``/``or``/``not`` (and ``&&``/``||``/``!``) and parentheses.
Most draws are valid for the chosen link type; some are not (an 802.11 qualifier
on Ethernet, a division by zero, ``ip broadcast`` without a netmask...), which
is the point: libpcap's rejections must be ours too.  No host or service *names*
(they depend on the machine's resolver), except protocol keywords.
"""

from __future__ import annotations

import random

__all__ = ["expression", "LINKTYPES"]

# (DLT value, name, weight): where the generated expressions are compiled
LINKTYPES = (
    (1, "EN10MB", 10),
    (113, "LINUX_SLL", 2),
    (276, "LINUX_SLL2", 1),
    (12, "RAW", 2),
    (228, "IPV4", 1),
    (229, "IPV6", 1),
    (0, "NULL", 1),
    (108, "LOOP", 1),
    (9, "PPP", 1),
    (10, "FDDI", 1),
    (6, "IEEE802", 1),
    (105, "IEEE802_11", 1),
    (127, "IEEE802_11_RADIO", 2),
    (104, "C_HDLC", 1),
    (107, "FRELAY", 1),
    (7, "ARCNET", 1),
    (117, "PFLOG", 1),
    (140, "MTP2", 1),
    (123, "SUNATM", 1),
)

_PROTOS = ["ip", "ip6", "arp", "rarp", "tcp", "udp", "icmp", "icmp6", "igmp", "igrp", "pim",
           "ah", "esp", "vrrp", "carp", "sctp", "atalk", "aarp", "decnet", "iso", "stp", "ipx",
           "netbeui", "lat", "moprc", "mopdl", "sca", "clnp", "esis", "isis", "l1", "l2", "iih",
           "lsp", "snp", "csnp", "psnp", "radio"]
_COMMON_PROTOS = ["ip", "ip6", "arp", "tcp", "udp", "icmp", "icmp6", "igmp", "sctp", "pim", "vrrp"]
_INDEX_PROTOS = ["ether", "link", "ip", "ip6", "tcp", "udp", "icmp", "icmp6", "igmp", "pim",
                 "vrrp", "sctp", "arp", "rarp", "igrp", "radio", "ppp", "slip", "fddi", "tr", "wlan"]
_FIELDS = ["tcpflags", "icmptype", "icmpcode", "icmp6type", "icmp6code"]
_VALUES = ["tcp-fin", "tcp-syn", "tcp-rst", "tcp-push", "tcp-ack", "tcp-urg", "tcp-ece", "tcp-cwr",
           "icmp-echo", "icmp-echoreply", "icmp-unreach", "icmp-timxceed", "icmp6-echo",
           "icmp6-echoreply", "icmp6-neighborsolicit", "icmp6-routeradvert"]
_WLAN_TYPES = ["mgt", "ctl", "data"]
_WLAN_SUBTYPES = ["assoc-req", "assoc-resp", "probe-req", "probe-resp", "beacon", "atim",
                  "disassoc", "auth", "deauth", "ps-poll", "rts", "cts", "ack", "cf-end",
                  "data", "null", "qos-data", "qos"]
_ARITH_OPS = ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>"]
_REL_OPS = ["=", "==", "!=", "<", "<=", ">", ">="]


def _num(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.35:
        return rng.randrange(16)
    if r < 0.6:
        return rng.randrange(256)
    if r < 0.8:
        return rng.randrange(65536)
    if r < 0.9:
        return rng.choice([0, 1, 2, 4, 6, 8, 17, 20, 40, 0x800, 0x86DD, 0x8100, 255, 1500])
    return rng.getrandbits(32)


def _numtext(rng: random.Random, n: int | None = None) -> str:
    n = _num(rng) if n is None else n
    r = rng.random()
    if r < 0.15:
        return hex(n)
    if r < 0.2 and n > 7:
        return "0" + oct(n)[2:]
    return str(n)


def _ipv4(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.4:
        return rng.choice(["10.0.0.1", "192.168.1.1", "127.0.0.1", "192.0.2.1", "224.0.0.1",
                           "255.255.255.255", "0.0.0.0", "172.16.5.4", "8.8.8.8"])
    return ".".join(str(rng.randrange(256)) for _ in range(4))


def _net4(rng: random.Random) -> str:
    plen = rng.choice([8, 12, 16, 24, 28, 30, 32, 0])
    addr = rng.getrandbits(32) & ((0xFFFFFFFF << (32 - plen)) & 0xFFFFFFFF if plen else 0)
    dotted = ".".join(str((addr >> s) & 255) for s in (24, 16, 8, 0))
    r = rng.random()
    if r < 0.6:
        return f"{dotted}/{plen}"
    if r < 0.8:
        mask = (0xFFFFFFFF << (32 - plen)) & 0xFFFFFFFF if plen else 0
        return f"{dotted} mask " + ".".join(str((mask >> s) & 255) for s in (24, 16, 8, 0))
    # short forms: "10", "10.1", "10.1.2"
    parts = dotted.split(".")
    return ".".join(parts[:rng.choice([1, 2, 3])])


def _ipv6(rng: random.Random, prefix: bool = False) -> str:
    base = rng.choice(["::1", "fe80::1", "2001:db8::1", "ff02::1", "::", "2001:db8:1:2:3:4:5:6",
                       "::ffff:10.0.0.1", "fe80::" + format(rng.getrandbits(16), "x")])
    if prefix:
        return f"{base}/{rng.choice([0, 8, 10, 16, 32, 48, 64, 96, 127, 128])}"
    return base


def _mac(rng: random.Random) -> str:
    b = [rng.getrandbits(8) for _ in range(6)]
    r = rng.random()
    if r < 0.2:
        return "ff:ff:ff:ff:ff:ff"
    if r < 0.6:
        return ":".join(f"{x:02x}" for x in b)
    if r < 0.75:
        return "-".join(f"{x:02x}" for x in b)
    if r < 0.9:
        return ".".join(f"{b[i]:02x}{b[i + 1]:02x}" for i in (0, 2, 4))
    return "".join(f"{x:02x}" for x in b)


def _dir(rng: random.Random, wlan: bool = False) -> str:
    choices = ["", "", "src ", "dst ", "src or dst ", "src and dst "]
    if wlan:
        choices += ["ra ", "ta ", "addr1 ", "addr2 ", "addr3 ", "addr4 "]
    return rng.choice(choices)


def _arith(rng: random.Random, depth: int) -> str:
    r = rng.random()
    if depth <= 0 or r < 0.3:
        pick = rng.random()
        if pick < 0.5:
            return _numtext(rng)
        if pick < 0.6:
            return "len"
        if pick < 0.7:
            return rng.choice(_FIELDS + _VALUES)
        return _load(rng, depth - 1)
    if r < 0.65:
        return _load(rng, depth - 1)
    if r < 0.72:
        return f"-{_arith(rng, depth - 1)}"
    if r < 0.8:
        return f"({_arith(rng, depth - 1)})"
    op = rng.choice(_ARITH_OPS)
    right = _arith(rng, depth - 1)
    if op in ("/", "%") and rng.random() < 0.8:
        right = str(rng.randint(1, 16))
    if op in ("<<", ">>") and rng.random() < 0.8:
        right = str(rng.randrange(32))
    return f"{_arith(rng, depth - 1)} {op} {right}"


def _load(rng: random.Random, depth: int) -> str:
    proto = rng.choice(_INDEX_PROTOS if rng.random() < 0.3 else _INDEX_PROTOS[:8])
    if depth > 0 and rng.random() < 0.25:
        idx = _arith(rng, depth - 1)
    else:
        idx = _numtext(rng, rng.randrange(64) if rng.random() < 0.9 else rng.randrange(1600))
    size = rng.choice(["", "", ":1", ":2", ":4", ":3"] if rng.random() < 0.05 else ["", ":1", ":2", ":4"])
    return f"{proto}[{idx}{size}]"


def _operand(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return "len"
    if r < 0.8:
        return _load(rng, 0)
    return _arith(rng, 1)


def _constant(rng: random.Random) -> str:
    """Arithmetic whose value is a constant, usually 0, written the long way: a quotient
    of a smaller number by a larger one, a product with 0, ``x - x``, ``x % 1``..."""
    x = _operand(rng)
    big = rng.choice([40808, 65536, 262144, 2147483648, 4294967295, rng.randrange(1, 1 << 31)])
    forms = [
        f"{rng.randrange(big)} / {big}",
        f"{_num(rng)} * 0",
        f"0 * {x}",
        f"{x} * 0",
        f"{x} & 0",
        f"0 & {x}",
        f"0 << {x}",
        f"0 >> {x}",
        f"0 / ({x})",
        f"({x}) % 1",
        f"{x} - {x}",
        f"{_num(rng)} >> 31 >> 1",
        f"{_num(rng)} - {_num(rng)}",
        f"({x}) - ({x}) + {rng.randrange(4)}",
    ]
    return rng.choice(forms)


def _const_relation(rng: random.Random) -> str:
    """A relation that is constant or always false or true for unsigned values
    (``len < 0``, ``ip[2:2] - len < 0``, ``len < 24015 / 40808``), the kind of filter
    libpcap compiles to a program matching nothing, or refuses as "rejects all packets"."""
    x = _operand(rng)
    y = _operand(rng)
    c = _constant(rng)
    forms = [
        f"{x} < {c}",
        f"{c} > {x}",
        f"{x} >= {c}",
        f"{x} <= {c}",
        f"{x} < 0",
        f"0 > {x}",
        f"{x} >= 0",
        f"{x} - {y} < 0",
        f"{x} - {y} >= 0",
        f"{c} = {rng.randrange(4)}",
        f"{c} != {rng.randrange(4)}",
        f"{x} > 4294967295",
        f"{x} > {rng.choice([262144, 65535, 131072])} * 2",
        f"{x} & 0 != 0",
        f"{x} * 0 = {rng.randrange(3)}",
        f"{x} != {x}",
        f"{x} = {x}",
        f"{x} > {x}",
    ]
    return rng.choice(forms)


def _primitive(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.12:
        proto = rng.choice(["", "", "ip ", "arp ", "rarp ", "ether "] if rng.random() < 0.8 else ["ip6 ", "tcp "])
        return f"{proto}{_dir(rng)}host {_ipv4(rng)}"
    if r < 0.17:
        return f"{rng.choice(['', 'ip6 '])}{_dir(rng)}host {_ipv6(rng)}"
    if r < 0.24:
        return f"{rng.choice(['', 'ip ', 'arp '])}{_dir(rng)}net {_net4(rng)}"
    if r < 0.27:
        return f"{rng.choice(['', 'ip6 '])}{_dir(rng)}net {_ipv6(rng, prefix=True)}"
    if r < 0.33:
        q = rng.choice(["ether ", "ether ", "fddi ", "tr ", "wlan ", "link "])
        return f"{q}{_dir(rng, wlan=q == 'wlan ')}{rng.choice(['host ', ''])}{_mac(rng)}"
    if r < 0.43:
        proto = rng.choice(["", "", "tcp ", "udp ", "sctp ", "ip ", "ip6 "])
        return f"{proto}{_dir(rng)}port {rng.choice([22, 53, 80, 443, 0, 65535, 8080, 123, 67]) if rng.random() < 0.7 else rng.randrange(65536)}"
    if r < 0.48:
        proto = rng.choice(["", "tcp ", "udp ", "sctp "])
        a = rng.randrange(2048)
        b = a + rng.randrange(2048) if rng.random() < 0.9 else max(0, a - 5)
        return f"{proto}{_dir(rng)}portrange {a}-{b}"
    if r < 0.58:
        return rng.choice(_COMMON_PROTOS if rng.random() < 0.7 else _PROTOS)
    if r < 0.63:
        kind = rng.choice(["ip proto", "ip6 proto", "proto", "ether proto", "ip protochain",
                           "ip6 protochain", "protochain", "llc proto" if rng.random() < 0.1 else "ether proto"])
        val = rng.choice(["\\tcp", "\\udp", "\\icmp", str(rng.choice([0, 1, 6, 17, 41, 47, 50, 51, 58, 132, 255])),
                          str(rng.randrange(256)), "0x800", "0x86dd", "\\ip", "\\arp"])
        return f"{kind} {val}"
    if r < 0.73:
        return f"{_arith(rng, 2)} {rng.choice(_REL_OPS)} {_arith(rng, 1)}"
    if r < 0.78:
        return _const_relation(rng)
    if r < 0.82:
        return f"{rng.choice(['less', 'greater'])} {rng.choice([0, 20, 60, 64, 100, 576, 1500, rng.randrange(2000)])}"
    if r < 0.86:
        return rng.choice(["broadcast", "multicast", "ether broadcast", "ether multicast",
                           "ip multicast", "ip6 multicast", "ip broadcast", "fddi broadcast",
                           "wlan multicast"])
    if r < 0.93:
        kw = rng.choice(["vlan", "mpls", "pppoes", "geneve", "pppoed", "vlan", "mpls"])
        if kw == "pppoed" or rng.random() < 0.4:
            return kw
        return f"{kw} {rng.choice([0, 1, 10, 100, 4095, rng.randrange(1 << 12)])}"
    if r < 0.96:
        return rng.choice(["llc", "llc i", "llc s", "llc u", "llc rr", "llc ui", "llc sabme",
                           "inbound", "outbound", "ifindex 2", "iso proto \\clnp", "stp"])
    kind = rng.random()
    if kind < 0.4:
        t = rng.choice(_WLAN_TYPES)
        sub = f" subtype {rng.choice(_WLAN_SUBTYPES)}" if rng.random() < 0.5 else ""
        return f"{rng.choice(['wlan type', 'type'])} {t}{sub}"
    if kind < 0.6:
        return f"subtype {rng.choice(_WLAN_SUBTYPES)}"
    if kind < 0.8:
        return f"{rng.choice(['wlan dir', 'dir'])} {rng.choice(['nods', 'tods', 'fromds', 'dstods', str(rng.randrange(4))])}"
    return f"wlan {rng.choice(['ra', 'ta', 'addr1', 'addr2', 'addr3', 'addr4', 'src', 'dst', 'host'])} {_mac(rng)}"


def _expr(rng: random.Random, depth: int) -> str:
    r = rng.random()
    if depth <= 0 or r < 0.4:
        return _primitive(rng)
    if r < 0.5:
        neg = rng.choice(["not ", "!", "not "])
        inner = _expr(rng, depth - 1)
        return f"{neg}({inner})" if rng.random() < 0.6 else f"{neg}{_primitive(rng)}"
    if r < 0.6:
        return f"({_expr(rng, depth - 1)})"
    op = rng.choice([" and ", " or ", " and ", " or ", " && ", " || "])
    return f"{_expr(rng, depth - 1)}{op}{_expr(rng, depth - 1)}"


def expression(rng: random.Random) -> tuple[str, int, str]:
    """(expression, DLT value, DLT name) drawn from ``rng``."""
    total = sum(w for _v, _n, w in LINKTYPES)
    pick = rng.randrange(total)
    for value, name, w in LINKTYPES:
        if pick < w:
            break
        pick -= w
    return _expr(rng, rng.choice([0, 1, 1, 2, 2, 3, 4])), value, name
