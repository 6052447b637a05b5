"""IP protocols, ports and port ranges, ``proto``/``protochain`` and the bare
protocol keywords (``tcp``, ``ip6``, ``l1``...)."""

from __future__ import annotations

from typing import Callable, Optional

from ...bpf.opcodes import (
    BPF_ABS, BPF_ADD, BPF_ALU, BPF_B, BPF_H, BPF_IMM, BPF_IND, BPF_JA, BPF_JEQ, BPF_JMP, BPF_K,
    BPF_LD, BPF_LDX, BPF_MEM, BPF_MISC, BPF_MSH, BPF_MUL, BPF_ST, BPF_TAX, BPF_TXA, BPF_X,
)
from ..cfg import Block, Stmt, JMP, gen_and, gen_not, gen_or
from ..qual import (
    Q_AND, Q_ARP, Q_CARP, Q_CLNP, Q_DECNET, Q_DEFAULT, Q_DST, Q_ESIS, Q_ICMP, Q_ICMPV6,
    Q_IGMP, Q_IGRP, Q_IP, Q_IPV6, Q_ISIS, Q_ISIS_CSNP, Q_ISIS_IIH, Q_ISIS_L1, Q_ISIS_L2,
    Q_ISIS_LSP, Q_ISIS_PSNP, Q_ISIS_SNP, Q_ISO, Q_LINK, Q_OR, Q_PIM, Q_RADIO, Q_RARP, Q_SCTP,
    Q_SRC, Q_TCP, Q_UDP, Q_VRRP, Q_AH, Q_ESP, Q_STP, Q_IPX, Q_NETBEUI, Q_ATALK, Q_AARP,
    Q_SCA, Q_LAT, Q_MOPDL, Q_MOPRC, Qual,
)
from .consts import (
    ETHERTYPE_AARP, ETHERTYPE_ARP, ETHERTYPE_ATALK, ETHERTYPE_DN, ETHERTYPE_IP,
    ETHERTYPE_IPV6, ETHERTYPE_LAT, ETHERTYPE_MOPDL, ETHERTYPE_MOPRC, ETHERTYPE_REVARP,
    ETHERTYPE_SCA, IPPROTO_AH, IPPROTO_CARP, IPPROTO_DSTOPTS, IPPROTO_ESP, IPPROTO_FRAGMENT,
    IPPROTO_HOPOPTS, IPPROTO_ICMP, IPPROTO_ICMPV6, IPPROTO_IGMP, IPPROTO_IGRP, IPPROTO_NONE,
    IPPROTO_PIM, IPPROTO_ROUTING, IPPROTO_SCTP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_VRRP,
    ISIS_L1_CSNP, ISIS_L1_LAN_IIH, ISIS_L1_LSP, ISIS_L1_PSNP, ISIS_L2_CSNP, ISIS_L2_LAN_IIH,
    ISIS_L2_LSP, ISIS_L2_PSNP, ISIS_PTP_IIH, ISO8473_CLNP, ISO9542_ESIS, ISO10589_ISIS,
    LLCSAP_8021D, LLCSAP_IPX, LLCSAP_ISONS, LLCSAP_NETBEUI, PROTO_UNDEF,
)
from .core import OR_LINKHDR, OR_LINKPL, OR_LINKPL_NOSNAP, OR_TRAN_IPV4, OR_TRAN_IPV6, GenBase
from .hosts import PROTO_NAMES
from ...linktype import LinkType

__all__ = ["TransportMixin", "EPROTO_DB", "LLC_DB"]

EPROTO_DB = {
    "aarp": ETHERTYPE_AARP, "arp": ETHERTYPE_ARP, "atalk": ETHERTYPE_ATALK,
    "decnet": ETHERTYPE_DN, "ip": ETHERTYPE_IP, "ip6": ETHERTYPE_IPV6, "lat": ETHERTYPE_LAT,
    "loopback": 0x9000, "mopdl": ETHERTYPE_MOPDL, "moprc": ETHERTYPE_MOPRC,
    "rarp": ETHERTYPE_REVARP, "sca": ETHERTYPE_SCA, "batadv": 0x4305,
}
LLC_DB = {"iso": LLCSAP_ISONS, "stp": LLCSAP_8021D, "ipx": LLCSAP_IPX, "netbeui": LLCSAP_NETBEUI}

# gen_proto errors for protocols that cannot carry a "proto" value
_PROTO_ERRORS = {
    Q_ARP: "arp does not encapsulate another protocol",
    Q_RARP: "rarp does not encapsulate another protocol",
    Q_ATALK: "AppleTalk encapsulation is not specifiable",
    Q_DECNET: "DECNET encapsulation is not specifiable",
    Q_LAT: "LAT does not encapsulate another protocol",
    Q_SCA: "SCA does not encapsulate another protocol",
    Q_MOPRC: "MOPRC does not encapsulate another protocol",
    Q_MOPDL: "MOPDL does not encapsulate another protocol",
    Q_CLNP: "'clnp proto' is not supported",
}

# bare keywords: (IP protocol, on IPv4, on IPv6)
_IP_ABBREV = {
    Q_SCTP: (IPPROTO_SCTP, True, True), Q_TCP: (IPPROTO_TCP, True, True),
    Q_UDP: (IPPROTO_UDP, True, True), Q_ICMP: (IPPROTO_ICMP, True, False),
    Q_IGMP: (IPPROTO_IGMP, True, False), Q_IGRP: (IPPROTO_IGRP, True, False),
    Q_PIM: (IPPROTO_PIM, True, True), Q_VRRP: (IPPROTO_VRRP, True, False),
    Q_CARP: (IPPROTO_CARP, True, False), Q_ICMPV6: (IPPROTO_ICMPV6, False, True),
    Q_AH: (IPPROTO_AH, True, True), Q_ESP: (IPPROTO_ESP, True, True),
}
_LINK_ABBREV = {
    Q_IP: ETHERTYPE_IP, Q_ARP: ETHERTYPE_ARP, Q_RARP: ETHERTYPE_REVARP,
    Q_ATALK: ETHERTYPE_ATALK, Q_AARP: ETHERTYPE_AARP, Q_DECNET: ETHERTYPE_DN,
    Q_SCA: ETHERTYPE_SCA, Q_LAT: ETHERTYPE_LAT, Q_MOPDL: ETHERTYPE_MOPDL,
    Q_MOPRC: ETHERTYPE_MOPRC, Q_IPV6: ETHERTYPE_IPV6, Q_ISO: LLCSAP_ISONS,
    Q_STP: LLCSAP_8021D, Q_IPX: LLCSAP_IPX, Q_NETBEUI: LLCSAP_NETBEUI,
}
# IS-IS PDU groups: (first, second, *rest) combined as libpcap does
_ISIS_ABBREV = {
    Q_ISIS_L1: (ISIS_L1_LAN_IIH, ISIS_PTP_IIH, ISIS_L1_LSP, ISIS_L1_CSNP, ISIS_L1_PSNP),
    Q_ISIS_L2: (ISIS_L2_LAN_IIH, ISIS_PTP_IIH, ISIS_L2_LSP, ISIS_L2_CSNP, ISIS_L2_PSNP),
    Q_ISIS_IIH: (ISIS_L1_LAN_IIH, ISIS_L2_LAN_IIH, ISIS_PTP_IIH),
    Q_ISIS_LSP: (ISIS_L1_LSP, ISIS_L2_LSP),
    Q_ISIS_SNP: (ISIS_L1_CSNP, ISIS_L2_CSNP, ISIS_L1_PSNP, ISIS_L2_PSNP),
    Q_ISIS_CSNP: (ISIS_L1_CSNP, ISIS_L2_CSNP),
    Q_ISIS_PSNP: (ISIS_L1_PSNP, ISIS_L2_PSNP),
}

_Q_PORT, _Q_PORTRANGE, _Q_GATEWAY, _Q_PROTO, _Q_PROTOCHAIN = 3, 7, 4, 5, 6


class TransportMixin(GenBase):
    # -- protocols --------------------------------------------------------------
    def proto_abbrev(self, proto: int) -> Block:
        """A bare protocol keyword (gen_proto_abbrev)."""
        if proto in _IP_ABBREV:
            v, v4, v6 = _IP_ABBREV[proto]
            if v4 and v6:
                b0 = self.gen_proto(v, Q_IP, Q_DEFAULT)
                b1 = self.gen_proto(v, Q_IPV6, Q_DEFAULT)
                gen_or(b0, b1)
                return b1
            return self.gen_proto(v, Q_IP if v4 else Q_IPV6, Q_DEFAULT)
        if proto in _LINK_ABBREV:
            return self.gen_linktype(_LINK_ABBREV[proto])
        if proto == Q_LINK:
            raise self.error("link layer applied in wrong context")
        if proto == Q_ESIS:
            return self.gen_proto(ISO9542_ESIS, Q_ISO, Q_DEFAULT)
        if proto == Q_ISIS:
            return self.gen_proto(ISO10589_ISIS, Q_ISO, Q_DEFAULT)
        if proto == Q_CLNP:
            return self.gen_proto(ISO8473_CLNP, Q_ISO, Q_DEFAULT)
        if proto in _ISIS_ABBREV:
            types = _ISIS_ABBREV[proto]
            b0 = self.gen_proto(types[0], Q_ISIS, Q_DEFAULT)
            b1 = self.gen_proto(types[1], Q_ISIS, Q_DEFAULT)
            gen_or(b0, b1)
            for t in types[2:]:
                b0 = self.gen_proto(t, Q_ISIS, Q_DEFAULT)
                gen_or(b0, b1)
            return b1
        if proto == Q_RADIO:
            raise self.error("'radio' is not a valid protocol type")
        raise AssertionError(proto)

    def gen_proto(self, v: int, proto: int, dir: int) -> Block:
        """``proto`` qualified protocol number ``v`` (``ip proto 6``, ``link proto 0x800``)."""
        if dir != Q_DEFAULT:
            raise self.error("direction applied to 'proto'")
        if proto == Q_DEFAULT:
            b0 = self.gen_proto(v, Q_IP, dir)
            b1 = self.gen_proto(v, Q_IPV6, dir)
            gen_or(b0, b1)
            return b1
        if proto == Q_LINK:
            return self.gen_linktype(v)
        if proto == Q_IP:
            b0 = self.gen_linktype(ETHERTYPE_IP)
            b1 = self.gen_cmp(OR_LINKPL, 9, BPF_B, v)
            gen_and(b0, b1)
            return b1
        if proto == Q_IPV6:
            b0 = self.gen_linktype(ETHERTYPE_IPV6)
            b2 = self.gen_cmp(OR_LINKPL, 6, BPF_B, IPPROTO_FRAGMENT)
            b1 = self.gen_cmp(OR_LINKPL, 40, BPF_B, v)
            gen_and(b2, b1)
            b2 = self.gen_cmp(OR_LINKPL, 6, BPF_B, v)
            gen_or(b2, b1)
            gen_and(b0, b1)
            return b1
        if proto == Q_ISO:
            lt = self.linktype
            if lt == LinkType.FRELAY:
                return self.gen_cmp(OR_LINKHDR, 2, BPF_H, (0x03 << 8) | v)
            if lt == LinkType.C_HDLC:
                b0 = self.gen_linktype((LLCSAP_ISONS << 8) | LLCSAP_ISONS)
                b1 = self.gen_cmp(OR_LINKPL_NOSNAP, 1, BPF_B, v)
                gen_and(b0, b1)
                return b1
            b0 = self.gen_linktype(LLCSAP_ISONS)
            b1 = self.gen_cmp(OR_LINKPL_NOSNAP, 0, BPF_B, v)
            gen_and(b0, b1)
            return b1
        if proto == Q_ISIS:
            b0 = self.gen_proto(ISO10589_ISIS, Q_ISO, Q_DEFAULT)
            b1 = self.gen_cmp(OR_LINKPL_NOSNAP, 4, BPF_B, v)
            gen_and(b0, b1)
            return b1
        if proto in _PROTO_ERRORS:
            raise self.error(_PROTO_ERRORS[proto])
        raise self.error(f"'{PROTO_NAMES[proto]} proto' is bogus")

    def lookup_proto(self, name: str, proto: int) -> int:
        if proto in (Q_DEFAULT, Q_IP, Q_IPV6):
            v = self._resolve("protocol", name)
            if v is None:
                raise self.error(f"unknown ip proto '{name}'")
            return v
        if proto == Q_LINK:
            v = EPROTO_DB.get(name)
            if v is None:
                v = LLC_DB.get(name)
                if v is None:
                    raise self.error(f"unknown ether proto '{name}'")
            return v
        if proto == Q_ISO:
            v = {"esis": ISO9542_ESIS, "isis": ISO10589_ISIS, "clnp": ISO8473_CLNP}.get(name)
            if v is None:
                raise self.error(f"unknown osi proto '{name}'")
            return v
        return PROTO_UNDEF

    def gen_protochain(self, v: int, proto: int) -> Block:
        """Walk the IPv4/IPv6 header chain looking for protocol ``v`` (a loop)."""
        reg2 = self.alloc_reg()
        if proto == Q_DEFAULT:
            b0 = self.gen_protochain(v, Q_IP)
            b = self.gen_protochain(v, Q_IPV6)
            gen_or(b0, b)
            return b
        if proto not in (Q_IP, Q_IPV6):
            raise self.error("bad protocol applied for 'protochain'")
        if self.off_linkpl.variable:
            raise self.error("'protochain' not supported with variable length headers")
        self.no_optimize = True
        nl = self.off_linkpl.constant + self.off_nl

        s: list[Stmt] = []

        def add(code: int, k: int = 0) -> Stmt:
            st = Stmt(code, k)
            s.append(st)
            return st

        if proto == Q_IP:
            b0 = self.gen_linktype(ETHERTYPE_IP)
            add(BPF_LD | BPF_ABS | BPF_B, nl + 9)
            add(BPF_LDX | BPF_MSH | BPF_B, nl)
        else:
            b0 = self.gen_linktype(ETHERTYPE_IPV6)
            add(BPF_LD | BPF_ABS | BPF_B, nl + 6)
            add(BPF_LDX | BPF_IMM, 40)
        again = len(s)
        j_v = add(BPF_JMP | BPF_JEQ | BPF_K, v)
        j_none = add(BPF_JMP | BPF_JEQ | BPF_K, IPPROTO_NONE)
        j_v.jf = j_none
        j_frag: Optional[Stmt] = None
        if proto == Q_IPV6:
            v6 = []
            prev = j_none
            for p in (IPPROTO_HOPOPTS, IPPROTO_DSTOPTS, IPPROTO_ROUTING, IPPROTO_FRAGMENT):
                j = add(BPF_JMP | BPF_JEQ | BPF_K, p)
                prev.jf = j
                prev = j
                v6.append(j)
            j_frag = v6[-1]
            advance = add(BPF_LD | BPF_IND | BPF_B, nl)
            add(BPF_ST, reg2)
            add(BPF_LD | BPF_IND | BPF_B, nl + 1)
            add(BPF_ALU | BPF_ADD | BPF_K, 1)
            add(BPF_ALU | BPF_MUL | BPF_K, 8)
            add(BPF_ALU | BPF_ADD | BPF_X, 0)
            add(BPF_MISC | BPF_TAX)
            add(BPF_LD | BPF_MEM, reg2)
            i = len(s)
            add(BPF_JMP | BPF_JA, again - i - 1)
            for j in v6:
                j.jt = advance
        else:
            nop = add(BPF_ALU | BPF_ADD | BPF_K, 0)
            j_none.jf = nop
        j_ah = add(BPF_JMP | BPF_JEQ | BPF_K, 51)
        if j_frag is not None:
            j_frag.jf = j_ah
        txa1 = add(BPF_MISC | BPF_TXA)
        j_ah.jt = txa1
        add(BPF_LD | BPF_IND | BPF_B, nl)
        add(BPF_ST, reg2)
        add(BPF_MISC | BPF_TXA)
        add(BPF_ALU | BPF_ADD | BPF_K, 1)
        add(BPF_MISC | BPF_TAX)
        add(BPF_LD | BPF_IND | BPF_B, nl)
        add(BPF_ALU | BPF_ADD | BPF_K, 2)
        add(BPF_ALU | BPF_MUL | BPF_K, 4)
        add(BPF_MISC | BPF_TAX)
        add(BPF_LD | BPF_MEM, reg2)
        i = len(s)
        add(BPF_JMP | BPF_JA, (again - i - 1) & 0xFFFFFFFF)
        end = add(BPF_ALU | BPF_ADD | BPF_K, 0)
        j_none.jt = end
        j_ah.jf = end
        j_v.jt = end
        b = Block(JMP(BPF_JEQ), v, s)
        self.free_reg(reg2)
        gen_and(b0, b)
        return b

    # -- ports ---------------------------------------------------------------------
    def gen_ipfrag(self) -> Block:
        """Not a fragment other than the first (IPv4)."""
        b = self.gen_jset(OR_LINKPL, 6, BPF_H, 0x1FFF)
        gen_not(b)
        return b

    def _dir_combine(self, dir: int, atom: Callable[[int], Block], what: str) -> Block:
        if dir == Q_SRC:
            return atom(0)
        if dir == Q_DST:
            return atom(2)
        if dir == Q_AND or dir in (Q_DEFAULT, Q_OR):
            tmp = atom(0)
            b1 = atom(2)
            (gen_and if dir == Q_AND else gen_or)(tmp, b1)
            return b1
        raise self.dir_not_valid(dir, what)

    def _portrange_atom(self, offrel: int, off: int, v1: int, v2: int) -> Block:
        if v1 > v2:
            v1, v2 = v2, v1
        b1 = self.gen_cmp_ge(offrel, off, BPF_H, v1)
        b2 = self.gen_cmp_le(offrel, off, BPF_H, v2)
        gen_and(b1, b2)
        return b2

    def _port_test(self, offrel: int, port: int, dir: int, v2: Optional[int]) -> Block:
        """``port`` (or the range ``port``..``v2``) in direction ``dir``, the ports
        relative to ``offrel``."""
        if v2 is None:
            return self._dir_combine(dir, lambda o: self.gen_cmp(offrel, o, BPF_H, port), "ports")
        return self._dir_combine(dir, lambda o: self._portrange_atom(offrel, o, port, v2),
                                 "port ranges")

    def gen_portop(self, port: int, proto: int, dir: int, v2: Optional[int] = None) -> Block:
        tmp = self.gen_cmp(OR_LINKPL, 9, BPF_B, proto)
        b0 = self.gen_ipfrag()
        gen_and(tmp, b0)
        b1 = self._port_test(OR_TRAN_IPV4, port, dir, v2)
        gen_and(b0, b1)
        return b1

    def gen_portop6(self, port: int, proto: int, dir: int, v2: Optional[int] = None) -> Block:
        b0 = self.gen_cmp(OR_LINKPL, 6, BPF_B, proto)
        b1 = self._port_test(OR_TRAN_IPV6, port, dir, v2)
        gen_and(b0, b1)
        return b1

    def _gen_port_any(self, v6: bool, port: int, ip_proto: int, dir: int,
                      v2: Optional[int]) -> Block:
        op = self.gen_portop6 if v6 else self.gen_portop
        b0 = self.gen_linktype(ETHERTYPE_IPV6 if v6 else ETHERTYPE_IP)
        if ip_proto in (IPPROTO_UDP, IPPROTO_TCP, IPPROTO_SCTP):
            b1 = op(port, ip_proto, dir, v2)
        else:
            tmp = op(port, IPPROTO_TCP, dir, v2)
            b1 = op(port, IPPROTO_UDP, dir, v2)
            gen_or(tmp, b1)
            tmp = op(port, IPPROTO_SCTP, dir, v2)
            gen_or(tmp, b1)
        gen_and(b0, b1)
        return b1

    def gen_port(self, port: int, ip_proto: int, dir: int) -> Block:
        return self._gen_port_any(False, port, ip_proto, dir, None)

    def gen_port6(self, port: int, ip_proto: int, dir: int) -> Block:
        return self._gen_port_any(True, port, ip_proto, dir, None)

    def gen_portrange(self, p1: int, p2: int, ip_proto: int, dir: int) -> Block:
        return self._gen_port_any(False, p1, ip_proto, dir, p2)

    def gen_portrange6(self, p1: int, p2: int, ip_proto: int, dir: int) -> Block:
        return self._gen_port_any(True, p1, ip_proto, dir, p2)

    def _port_proto(self, proto: int, what: str) -> int:
        if proto == Q_UDP:
            return IPPROTO_UDP
        if proto == Q_TCP:
            return IPPROTO_TCP
        if proto == Q_SCTP:
            return IPPROTO_SCTP
        if proto == Q_DEFAULT:
            return PROTO_UNDEF
        raise self.error(f"illegal qualifier of '{what}'")

    # -- builder entry points for numbers / names ------------------------------------
    def ncode_other(self, v: int, q: Qual) -> Block:
        proto, dir = q.proto, q.dir
        if q.addr == _Q_PORT:
            p = self._port_proto(proto, "port")
            if v > 65535:
                raise self.error(f"illegal port number {v} > 65535")
            b = self.gen_port(v, p, dir)
            gen_or(self.gen_port6(v, p, dir), b)
            return b
        if q.addr == _Q_PORTRANGE:
            p = self._port_proto(proto, "portrange")
            if v > 65535:
                raise self.error(f"illegal port number {v} > 65535")
            b = self.gen_portrange(v, v, p, dir)
            gen_or(self.gen_portrange6(v, v, p, dir), b)
            return b
        if q.addr == _Q_GATEWAY:
            raise self.error("'gateway' requires a name")
        if q.addr == _Q_PROTO:
            return self.gen_proto(v, proto, dir)
        if q.addr == _Q_PROTOCHAIN:
            return self.gen_protochain(v, proto)
        raise self.error("syntax error in filter expression")

    def _lookup_port(self, name: str) -> Optional[tuple[int, int]]:
        """(port, proto) as pcap_nametoport: tcp wins, both -> PROTO_UNDEF."""
        tcp = self._resolve("port", name, "tcp")
        udp = self._resolve("port", name, "udp")
        if tcp is not None:
            if udp is not None and udp == tcp:
                return tcp, PROTO_UNDEF
            return tcp, IPPROTO_TCP
        if udp is not None:
            return udp, IPPROTO_UDP
        return None

    def _check_port_proto(self, proto: int, real: int, name: str, what: str) -> int:
        names = {IPPROTO_TCP: "tcp", IPPROTO_UDP: "udp", IPPROTO_SCTP: "sctp"}
        want = {Q_UDP: IPPROTO_UDP, Q_TCP: IPPROTO_TCP, Q_SCTP: IPPROTO_SCTP}.get(proto)
        if want is None:
            return real
        if real != PROTO_UNDEF and real != want:
            raise self.error(f"{what} '{name}' is {names[real]}")
        return want

    def _ports_of(self, name: str, q: Qual, qualifier: str, what: str,
                  lookup: Callable[[str], Optional[tuple[int, ...]]]) -> tuple[list[int], int]:
        """The port numbers ``lookup(name)`` gives (then the protocol), checked.

        ``qualifier`` is ``port`` or ``portrange``, ``what`` names the value in
        errors (``port``, ``port in range``).  Returns (ports, protocol).
        """
        proto = q.proto
        if proto not in (Q_DEFAULT, Q_UDP, Q_TCP, Q_SCTP):
            raise self.error(f"illegal qualifier of '{qualifier}'")
        r = lookup(name)
        if r is None:
            raise self.error(f"unknown {what} '{name}'")
        *ports, real = r
        real = self._check_port_proto(proto, real, name, what)
        for p in ports:
            if p < 0:
                raise self.error(f"illegal port number {p} < 0")
            if p > 65535:
                raise self.error(f"illegal port number {p} > 65535")
        return ports, real

    def scode_port(self, name: str, q: Qual) -> Block:
        (port,), real = self._ports_of(name, q, "port", "port", self._lookup_port)
        b = self.gen_port(port, real, q.dir)
        gen_or(self.gen_port6(port, real, q.dir), b)
        return b

    def scode_portrange(self, name: str, q: Qual) -> Block:
        (p1, p2), real = self._ports_of(name, q, "portrange", "port in range",
                                        self._nametoportrange)
        b = self.gen_portrange(p1, p2, real, q.dir)
        gen_or(self.gen_portrange6(p1, p2, real, q.dir), b)
        return b

    def _nametoportrange(self, name: str) -> Optional[tuple[int, int, int]]:
        nums = _scan_two_ints(name)
        if nums is not None:
            return nums[0], nums[1], PROTO_UNDEF
        if "-" not in name:
            return None
        first, second = name.split("-", 1)
        r1 = self._lookup_port(first)
        if r1 is None:
            return None
        r2 = self._lookup_port(second)
        if r2 is None:
            return None
        proto = r2[1] if r2[1] == r1[1] else PROTO_UNDEF
        return r1[0], r2[0], proto

    def scode_proto(self, name: str, q: Qual) -> Block:
        real = self.lookup_proto(name, q.proto)
        if real >= 0:
            return self.gen_proto(real, q.proto, q.dir)
        raise self.error(f"unknown protocol: {name}")

    def scode_protochain(self, name: str, q: Qual) -> Block:
        real = self.lookup_proto(name, q.proto)
        if real >= 0:
            return self.gen_protochain(real, q.proto)
        raise self.error(f"unknown protocol: {name}")


def _scan_two_ints(s: str) -> Optional[tuple[int, int]]:
    """``sscanf(s, "%d-%d")`` == 2 (leading whitespace and signs allowed)."""
    import re
    m = re.match(r"\s*([+-]?\d+)-\s*([+-]?\d+)", s)
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    # %d into an unsigned int: values wrap to 32 bits, then compared as int
    return _c_int(a), _c_int(b)


def _c_int(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v & 0x80000000 else v
