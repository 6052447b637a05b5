"""Addresses: IPv4/IPv6 hosts and networks, MAC addresses, ARCnet, DECnet,
broadcast and multicast."""

from __future__ import annotations

import ipaddress
from typing import Callable, Optional

from ...bpf.opcodes import BPF_B, BPF_H, BPF_W
from ..cfg import Block, gen_and, gen_not, gen_or
from ..qual import (
    Q_ADDR1, Q_ADDR2, Q_ADDR3, Q_ADDR4, Q_AND, Q_ARP, Q_DECNET, Q_DEFAULT, Q_DST, Q_HOST,
    Q_IP, Q_IPV6, Q_LINK, Q_NET, Q_OR, Q_RA, Q_RARP, Q_SRC, Q_TA, Qual,
)
from .consts import ETHERTYPE_ARP, ETHERTYPE_DN, ETHERTYPE_IP, ETHERTYPE_IPV6, ETHERTYPE_REVARP
from .core import OR_LINKHDR, OR_LINKPL, OFFSET_NOT_SET, PCAP_NETMASK_UNKNOWN, GenBase
from ...linktype import LinkType
from .linklayer import ETHER_LINKTYPES

__all__ = ["HostsMixin", "atoin", "ether_aton", "PROTO_NAMES"]

U32 = 0xFFFFFFFF

#: the keyword of each protocol qualifier, as libpcap's messages spell it
PROTO_NAMES = {
    1: "link", 2: "ip", 3: "arp", 4: "rarp", 5: "sctp", 6: "tcp", 7: "udp", 8: "icmp",
    9: "igmp", 10: "igrp", 11: "atalk", 12: "decnet", 13: "lat", 14: "sca", 15: "moprc",
    16: "mopdl", 17: "ip6", 18: "icmp6", 19: "ah", 20: "esp", 21: "pim", 22: "vrrp",
    23: "aarp", 24: "iso", 25: "esis", 26: "isis", 27: "clnp", 28: "stp", 29: "ipx",
    30: "netbeui", 31: "l1", 32: "l2", 33: "iih", 34: "snp", 35: "csnp", 36: "psnp",
    37: "lsp", 38: "radio", 39: "carp",
}

# Protocols whose "host"/"net" error is worded differently in gen_host.
_HOST_SPECIAL = {
    11: "AppleTalk host filtering not implemented",
    13: "LAT host filtering not implemented",
    14: "SCA host filtering not implemented",
    15: "MOPRC host filtering not implemented",
    16: "MOPDL host filtering not implemented",
    17: "'ip6' modifier applied to ip host",
    23: "AARP host filtering not implemented",
    24: "ISO host filtering not implemented",
    29: "IPX host filtering not implemented",
}

# 802.11-only direction qualifiers, for the error messages
_WLAN_DIR_NAMES = {
    Q_ADDR1: "'addr1' and 'address1' are", Q_ADDR2: "'addr2' and 'address2' are",
    Q_ADDR3: "'addr3' and 'address3' are", Q_ADDR4: "'addr4' and 'address4' are",
    Q_RA: "'ra' is", Q_TA: "'ta' is",
}


def atoin(s: str) -> tuple[int, int]:
    """libpcap's __pcap_atoin: dotted decimal -> (value, bits); bits -1 if invalid."""
    addr = 0
    length = 0
    parts = s.split(".")
    for part in parts:
        n = 0
        for ch in part:
            if n > 25:
                return 0, -1
            n = n * 10 + (ord(ch) - 48)
        if n > 255:
            return 0, -1
        addr = ((addr << 8) | (n & 0xFF)) & U32
        length += 8
    return addr, length


def ether_aton(s: str) -> bytes:
    """libpcap's pcap_ether_aton (well-formed input assumed)."""
    out = bytearray()
    i = 0
    n = len(s)

    def xd(c: str) -> int:
        return int(c, 16) if c in "0123456789abcdefABCDEF" else (ord(c) - ord("A") + 10) & 0xFF

    while i < n:
        if s[i] in ":.-":
            i += 1
            if i >= n:
                out.append(0)
                break
        d = xd(s[i])
        i += 1
        if i < n and s[i] in "0123456789abcdefABCDEF":
            d = ((d << 4) | xd(s[i])) & 0xFF
            i += 1
        out.append(d)
    return bytes(out[:6]).ljust(6, b"\0")


class HostsMixin(GenBase):
    # -- IPv4 ----------------------------------------------------------------
    def _dir_error_ip(self, dir: int) -> Exception:
        return self.dir_not_valid(dir, "addresses other than 802.11 MAC addresses")

    def dir_not_valid(self, dir: int, what: str) -> Exception:
        """libpcap's error for an 802.11-only direction qualifier applied to ``what``."""
        names = _WLAN_DIR_NAMES[dir]
        if names.endswith(" are"):
            return self.error(f"{names} not valid qualifiers for {what}")
        return self.error(f"{names} not a valid qualifier for {what}")

    def _src_dst(self, dir: int, src_off: int, dst_off: int,
                 one: Callable[[int], Block]) -> Block:
        """``one(offset)`` for ``src`` or ``dst``; both, and-ed or or-ed, otherwise."""
        if dir == Q_SRC:
            return one(src_off)
        if dir == Q_DST:
            return one(dst_off)
        if dir == Q_AND or dir in (Q_DEFAULT, Q_OR):
            b0 = one(src_off)
            b1 = one(dst_off)
            (gen_and if dir == Q_AND else gen_or)(b0, b1)
            return b1
        raise self._dir_error_ip(dir)

    def gen_hostop(self, addr: int, mask: int, dir: int, ll_proto: int,
                   src_off: int, dst_off: int) -> Block:
        def one(offset: int) -> Block:
            b0 = self.gen_linktype(ll_proto)
            b1 = self.gen_mcmp(OR_LINKPL, offset, BPF_W, addr, mask)
            gen_and(b0, b1)
            return b1
        return self._src_dst(dir, src_off, dst_off, one)

    def gen_hostop6(self, addr: bytes, mask: bytes, dir: int, ll_proto: int,
                    src_off: int, dst_off: int) -> Block:
        return self._src_dst(dir, src_off, dst_off,
                             lambda offset: self._hostop6_at(addr, mask, ll_proto, offset))

    def _hostop6_at(self, addr: bytes, mask: bytes, ll_proto: int, offset: int) -> Block:
        a = [int.from_bytes(addr[i:i + 4], "big") for i in range(0, 16, 4)]
        m = [int.from_bytes(mask[i:i + 4], "big") for i in range(0, 16, 4)]
        b1 = self.gen_mcmp(OR_LINKPL, offset + 12, BPF_W, a[3], m[3])
        b0 = self.gen_mcmp(OR_LINKPL, offset + 8, BPF_W, a[2], m[2])
        gen_and(b0, b1)
        b0 = self.gen_mcmp(OR_LINKPL, offset + 4, BPF_W, a[1], m[1])
        gen_and(b0, b1)
        b0 = self.gen_mcmp(OR_LINKPL, offset + 0, BPF_W, a[0], m[0])
        gen_and(b0, b1)
        b0 = self.gen_linktype(ll_proto)
        gen_and(b0, b1)
        return b1

    def gen_host(self, addr: int, mask: int, proto: int, dir: int, type: int) -> Block:
        typestr = "net" if type == Q_NET else "host"
        if proto == Q_DEFAULT:
            b0 = self.gen_host(addr, mask, Q_IP, dir, type)
            if self.label_stack_depth == 0:
                b1 = self.gen_host(addr, mask, Q_ARP, dir, type)
                gen_or(b0, b1)
                b0 = self.gen_host(addr, mask, Q_RARP, dir, type)
                gen_or(b1, b0)
            return b0
        if proto == Q_LINK:
            raise self.error(f"link-layer modifier applied to {typestr}")
        if proto == Q_IP:
            return self.gen_hostop(addr, mask, dir, ETHERTYPE_IP, 12, 16)
        if proto in (Q_RARP, Q_ARP):
            return self.gen_hostop(addr, mask, dir,
                                   ETHERTYPE_REVARP if proto == Q_RARP else ETHERTYPE_ARP, 14, 24)
        if proto == Q_DECNET:
            return self.gen_dnhostop(addr, dir)
        if proto in _HOST_SPECIAL:
            raise self.error(_HOST_SPECIAL[proto])
        raise self.error(f"'{PROTO_NAMES[proto]}' modifier applied to {typestr}")

    def gen_host6(self, addr: bytes, mask: bytes, proto: int, dir: int, type: int) -> Block:
        typestr = "net" if type == Q_NET else "host"
        if proto == Q_DEFAULT or proto == Q_IPV6:
            return self.gen_hostop6(addr, mask, dir, ETHERTYPE_IPV6, 8, 24)
        if proto == Q_LINK:
            raise self.error(f"link-layer modifier applied to ip6 {typestr}")
        if proto == 11:
            raise self.error(f"AppleTalk modifier applied to ip6 {typestr}")
        raise self.error(f"'{PROTO_NAMES[proto]}' modifier applied to ip6 {typestr}")

    def gen_dnhostop(self, addr: int, dir: int) -> Block:
        if dir == Q_DST:
            offset_sh, offset_lh = 1, 7
        elif dir == Q_SRC:
            offset_sh, offset_lh = 3, 15
        elif dir == Q_AND or dir in (Q_DEFAULT, Q_OR):
            b0 = self.gen_dnhostop(addr, Q_SRC)
            b1 = self.gen_dnhostop(addr, Q_DST)
            (gen_and if dir == Q_AND else gen_or)(b0, b1)
            return b1
        else:
            raise self._dir_error_ip(dir)

        def ntohs(x: int) -> int:
            return ((x & 0xFF) << 8) | ((x >> 8) & 0xFF)

        a = ntohs(addr & 0xFFFF)
        b0 = self.gen_linktype(ETHERTYPE_DN)
        tmp = self.gen_mcmp(OR_LINKPL, 2, BPF_H, ntohs(0x0681), ntohs(0x07FF))
        b1 = self.gen_cmp(OR_LINKPL, 2 + 1 + offset_lh, BPF_H, a)
        gen_and(tmp, b1)
        tmp = self.gen_mcmp(OR_LINKPL, 2, BPF_B, 0x06, 0x7)
        b2 = self.gen_cmp(OR_LINKPL, 2 + offset_lh, BPF_H, a)
        gen_and(tmp, b2)
        gen_or(b2, b1)
        tmp = self.gen_mcmp(OR_LINKPL, 2, BPF_H, ntohs(0x0281), ntohs(0x07FF))
        b2 = self.gen_cmp(OR_LINKPL, 2 + 1 + offset_sh, BPF_H, a)
        gen_and(tmp, b2)
        gen_or(b2, b1)
        tmp = self.gen_mcmp(OR_LINKPL, 2, BPF_B, 0x02, 0x7)
        b2 = self.gen_cmp(OR_LINKPL, 2 + offset_sh, BPF_H, a)
        gen_and(tmp, b2)
        gen_or(b2, b1)
        gen_and(b0, b1)
        return b1

    # -- MAC addresses -------------------------------------------------------------
    def _mac_dir_error(self, dir: int, wlan_hdr: bool) -> Exception:
        suffix = " with 802.11 headers" if wlan_hdr else ""
        return self.error(f"{_WLAN_DIR_NAMES[dir]} only supported on 802.11{suffix}")

    def _simple_mac(self, eaddr: bytes, dir: int, src: int, dst: int, width: int,
                    wlan_hdr_msg: bool = False) -> Block:
        if dir == Q_SRC:
            return self.gen_bcmp(OR_LINKHDR, src, eaddr[:width])
        if dir == Q_DST:
            return self.gen_bcmp(OR_LINKHDR, dst, eaddr[:width])
        if dir == Q_AND or dir in (Q_DEFAULT, Q_OR):
            b0 = self._simple_mac(eaddr, Q_SRC, src, dst, width)
            b1 = self._simple_mac(eaddr, Q_DST, src, dst, width)
            (gen_and if dir == Q_AND else gen_or)(b0, b1)
            return b1
        raise self._mac_dir_error(dir, wlan_hdr_msg)

    def gen_ehostop(self, eaddr: bytes, dir: int) -> Block:
        return self._simple_mac(eaddr, dir, 6, 0, 6, wlan_hdr_msg=True)

    def gen_fhostop(self, eaddr: bytes, dir: int) -> Block:
        pad = self.pcap_fddipad
        return self._simple_mac(eaddr, dir, 6 + 1 + pad, 0 + 1 + pad, 6)

    def gen_thostop(self, eaddr: bytes, dir: int) -> Block:
        return self._simple_mac(eaddr, dir, 8, 2, 6)

    def gen_ipfchostop(self, eaddr: bytes, dir: int) -> Block:
        return self._simple_mac(eaddr, dir, 10, 2, 6)

    def gen_ahostop(self, eaddr: bytes, dir: int) -> Block:
        # ARCnet: source first, one-byte addresses
        return self._simple_mac(eaddr, dir, 0, 1, 1)

    def _wlan_jset(self, offset: int, bits: int, negate: bool = False) -> Block:
        b = self.gen_jset(OR_LINKHDR, offset, BPF_B, bits)
        if negate:
            gen_not(b)
        return b

    def _wlan_either(self, byte: int, bit: int, when_set: Callable[[], Block], clear_off: int,
                     eaddr: bytes) -> Block:
        """``when_set()`` if the frame-control flag ``bit`` of ``byte`` is set, else the
        address at ``clear_off`` is ``eaddr``."""
        b1 = self._wlan_jset(byte, bit)
        b0 = when_set()
        gen_and(b1, b0)
        b2 = self._wlan_jset(byte, bit, True)
        b1 = self.gen_bcmp(OR_LINKHDR, clear_off, eaddr)
        gen_and(b2, b1)
        gen_or(b1, b0)
        return b0

    def gen_wlanhostop(self, eaddr: bytes, dir: int) -> Block:
        if dir in (Q_SRC, Q_DST):
            # data frames: the address position depends on the To/From DS bits
            if dir == Q_SRC:
                b0 = self._wlan_either(1, 0x01, lambda: self.gen_bcmp(OR_LINKHDR, 24, eaddr),
                                       16, eaddr)
                via_ds = b0
                b0 = self._wlan_either(1, 0x02, lambda: via_ds, 10, eaddr)
                mgmt_off = 10
            else:
                b0 = self._wlan_either(1, 0x01, lambda: self.gen_bcmp(OR_LINKHDR, 16, eaddr),
                                       4, eaddr)
                mgmt_off = 4
            # management frames have the address at mgmt_off; control frames none
            data = b0
            b0 = self._wlan_either(0, 0x08, lambda: data, mgmt_off, eaddr)
            b1 = self._wlan_jset(0, 0x04, True)
            gen_and(b1, b0)
            return b0
        if dir == Q_AND or dir in (Q_DEFAULT, Q_OR):
            b0 = self.gen_wlanhostop(eaddr, Q_SRC)
            b1 = self.gen_wlanhostop(eaddr, Q_DST)
            (gen_and if dir == Q_AND else gen_or)(b0, b1)
            return b1
        if dir == Q_ADDR1:
            return self.gen_bcmp(OR_LINKHDR, 4, eaddr)
        if dir in (Q_ADDR2, Q_TA):
            # not present in CTS or ACK control frames
            b0 = self.gen_mcmp(OR_LINKHDR, 0, BPF_B, 0x04, 0x0C)
            gen_not(b0)
            b1 = self.gen_mcmp(OR_LINKHDR, 0, BPF_B, 0xC0, 0xF0)
            gen_not(b1)
            b2 = self.gen_mcmp(OR_LINKHDR, 0, BPF_B, 0xD0, 0xF0)
            gen_not(b2)
            gen_and(b1, b2)
            gen_or(b0, b2)
            if dir == Q_TA:
                b1 = self._wlan_jset(0, 0x08)
                gen_and(b1, b2)
            b1 = self.gen_bcmp(OR_LINKHDR, 10, eaddr)
            gen_and(b2, b1)
            return b1
        if dir == Q_ADDR3:
            b0 = self.gen_mcmp(OR_LINKHDR, 0, BPF_B, 0x04, 0x0C)
            gen_not(b0)
            b1 = self.gen_bcmp(OR_LINKHDR, 16, eaddr)
            gen_and(b0, b1)
            return b1
        if dir == Q_ADDR4:
            b0 = self.gen_mcmp(OR_LINKHDR, 1, BPF_B, 0x03, 0x03)
            b1 = self.gen_bcmp(OR_LINKHDR, 24, eaddr)
            gen_and(b0, b1)
            return b1
        if dir == Q_RA:
            b1 = self._wlan_jset(0, 0x08)
            b0 = self.gen_bcmp(OR_LINKHDR, 4, eaddr)
            gen_and(b1, b0)
            return b0
        raise AssertionError(dir)

    def gen_mac_host(self, eaddr: bytes, dir: int) -> Block:
        """A link-level host test for this link type (ecode / ``ether host name``)."""
        lt = self.linktype
        if lt in ETHER_LINKTYPES:
            tmp = self.gen_prevlinkhdr_check()
            b = self.gen_ehostop(eaddr, dir)
            if tmp is not None:
                gen_and(tmp, b)
            return b
        if lt == LinkType.FDDI:
            return self.gen_fhostop(eaddr, dir)
        if lt == LinkType.IEEE802:
            return self.gen_thostop(eaddr, dir)
        if self.is_wlan:
            return self.gen_wlanhostop(eaddr, dir)
        if lt == LinkType.IP_OVER_FC:
            return self.gen_ipfchostop(eaddr, dir)
        raise AssertionError("caller checks the link type")

    _MAC_KINDS: dict[int, str] = {
        LinkType.EN10MB: "ether", LinkType.NETANALYZER: "ether",
        LinkType.NETANALYZER_TRANSPARENT: "ether", LinkType.FDDI: "FDDI",
        LinkType.IEEE802: "token ring", LinkType.IEEE802_11: "802.11",
        LinkType.PRISM_HEADER: "802.11", LinkType.IEEE802_11_RADIO_AVS: "802.11",
        LinkType.IEEE802_11_RADIO: "802.11", LinkType.PPI: "802.11",
        LinkType.IP_OVER_FC: "Fibre Channel",
    }

    def mac_kind(self) -> Optional[str]:
        return self._MAC_KINDS.get(self.linktype)

    # -- builder entry points --------------------------------------------------------
    def ncode(self, text: Optional[str], value: int, q: Qual) -> Block:
        proto, dir = q.proto, q.dir
        v = value & U32
        if text is None:
            vlen = 32
        elif proto == Q_DECNET:
            try:
                area_s, node_s = text.split(".")[:2]
                area, node = int(area_s), int(node_s)
            except ValueError:
                raise self.error(f"malformed decnet address '{text}'") from None
            v = ((area << 10) & 0o176000) | (node & 0o1777)
            vlen = 32
        else:
            v, vlen = atoin(text)
            if vlen < 0:
                raise self.error(f"invalid IPv4 address '{text}'")
        if q.addr in (Q_DEFAULT, Q_HOST, Q_NET):
            if proto == Q_DECNET:
                return self.gen_host(v, 0, proto, dir, q.addr)
            if proto == Q_LINK:
                raise self.error("illegal link layer address")
            mask = U32
            if text is None and q.addr == Q_NET:
                while v and (v & 0xFF000000) == 0:
                    v = (v << 8) & U32
                    mask = (mask << 8) & U32
            else:
                v = (v << (32 - vlen)) & U32
                mask = (mask << (32 - vlen)) & U32
            return self.gen_host(v, mask, proto, dir, q.addr)
        return self.ncode_other(v, q)

    def mcode(self, net: str, mask: Optional[str], masklen: int, q: Qual) -> Block:
        n, nlen = atoin(net)
        if nlen < 0:
            raise self.error(f"invalid IPv4 address '{net}'")
        n = (n << (32 - nlen)) & U32
        if mask is not None:
            m, mlen = atoin(mask)
            if mlen < 0:
                raise self.error(f"invalid IPv4 address '{mask}'")
            m = (m << (32 - mlen)) & U32
            if n & ~m & U32:
                raise self.error(f'non-network bits set in "{net} mask {mask}"')
        else:
            if masklen > 32 or masklen < 0:
                raise self.error("mask length must be <= 32")
            m = 0 if masklen == 0 else (U32 << (32 - masklen)) & U32
            if n & ~m & U32:
                raise self.error(f'non-network bits set in "{net}/{masklen}"')
        if q.addr == Q_NET:
            return self.gen_host(n, m, q.proto, q.dir, q.addr)
        raise self.error("Mask syntax for networks only")

    def mcode6(self, addr: str, masklen: int, q: Qual) -> Block:
        try:
            a = ipaddress.IPv6Address(addr.split("%", 1)[0]).packed
        except ValueError:
            raise self.error(f"invalid ip6 address {addr}") from None
        if masklen > 128 or masklen < 0:
            raise self.error("mask length must be <= 128")
        m = ((1 << 128) - (1 << (128 - masklen))).to_bytes(16, "big") if masklen else bytes(16)
        if any(x & ~y & 0xFF for x, y in zip(a, m)):
            raise self.error(f'non-network bits set in "{addr}/{masklen}"')
        if q.addr in (Q_DEFAULT, Q_HOST):
            if masklen != 128:
                raise self.error("Mask syntax for networks only")
        elif q.addr != Q_NET:
            raise self.error("invalid qualifier against IPv6 address")
        return self.gen_host6(a, m, q.proto, q.dir, q.addr)

    def ecode(self, mac: str, q: Qual) -> Block:
        if q.addr in (Q_HOST, Q_DEFAULT) and q.proto == Q_LINK:
            e = ether_aton(mac)
            if self.mac_kind() is None:
                raise self.error("ethernet addresses supported only on "
                                 "ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel")
            return self.gen_mac_host(e, q.dir)
        raise self.error("ethernet address used in non-ether expression")

    def acode(self, addr: str, q: Qual) -> Block:
        if self.linktype in (LinkType.ARCNET, LinkType.ARCNET_LINUX):
            if q.addr in (Q_HOST, Q_DEFAULT) and q.proto == Q_LINK:
                # libpcap hands the "$" to pcap_ether_aton too (which makes
                # "$xx" one byte built from "$" and the first digit); so do we.
                e = ether_aton(addr)
                return self.gen_ahostop(e, q.dir)
            raise self.error("ARCnet address used in non-arc expression")
        raise self.error("aid supported only on ARCnet")

    # host/net names (called from scode)
    def scode_net(self, name: str, q: Qual) -> Block:
        addr = self._resolve("network", name)
        if not addr:
            raise self.error(f"unknown network '{name}'")
        addr &= U32
        mask = U32
        while addr and (addr & 0xFF000000) == 0:
            addr = (addr << 8) & U32
            mask = (mask << 8) & U32
        return self.gen_host(addr, mask, q.proto, q.dir, q.addr)

    def scode_host(self, name: str, q: Qual) -> Block:
        proto, dir = q.proto, q.dir
        if proto == Q_LINK:
            kind = self.mac_kind()
            if kind is None:
                raise self.error("only ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel "
                                 "supports link-level host name")
            eaddr = self._resolve("ether", name)
            if eaddr is None:
                raise self.error(f"unknown {kind} host '{name}'")
            return self.gen_mac_host(bytes(eaddr), dir)
        if proto == Q_DECNET:
            raise self.error(f"decnet name support not included, '{name}' cannot be translated\n")
        addrs = self._resolve("host", name)
        if not addrs:
            raise self.error(f"unknown host '{name}'")
        tproto = tproto6 = proto
        if self.off_linktype.constant == OFFSET_NOT_SET and tproto == Q_DEFAULT:
            tproto, tproto6 = Q_IP, Q_IPV6
        b: Optional[Block] = None
        ones = b"\xff" * 16
        for a in addrs:
            a = bytes(a)
            if len(a) == 4:
                if tproto == Q_IPV6:
                    continue
                tmp = self.gen_host(int.from_bytes(a, "big"), U32, tproto, dir, q.addr)
            elif len(a) == 16:
                if tproto6 == Q_IP:
                    continue
                tmp = self.gen_host6(a, ones, tproto6, dir, q.addr)
            else:
                continue
            if b is not None:
                gen_or(b, tmp)
            b = tmp
        if b is None:
            raise self.error(f"unknown host '{name}'"
                             + ("" if proto == Q_DEFAULT else " for specified address family"))
        return b

    # -- broadcast / multicast ---------------------------------------------------
    def broadcast(self, proto: int) -> Block:
        ebroadcast = b"\xff" * 6
        if proto in (Q_DEFAULT, Q_LINK):
            if self.linktype in (LinkType.ARCNET, LinkType.ARCNET_LINUX):
                return self.gen_ahostop(b"\x00", Q_DST)
            if self.mac_kind() is None:
                raise self.error("not a broadcast link")
            return self.gen_mac_host(ebroadcast, Q_DST)
        if proto == Q_IP:
            if self.netmask == PCAP_NETMASK_UNKNOWN:
                raise self.error("netmask not known, so 'ip broadcast' not supported")
            b0 = self.gen_linktype(ETHERTYPE_IP)
            hostmask = ~self.netmask & U32
            b1 = self.gen_mcmp(OR_LINKPL, 16, BPF_W, 0, hostmask)
            b2 = self.gen_mcmp(OR_LINKPL, 16, BPF_W, U32 & hostmask, hostmask)
            gen_or(b1, b2)
            gen_and(b0, b2)
            return b2
        raise self.error("only link-layer/IP broadcast filters supported")

    def gen_mac_multicast(self, offset: int) -> Block:
        return self.gen_jset(OR_LINKHDR, offset, BPF_B, 1)

    def multicast(self, proto: int) -> Block:
        if proto in (Q_DEFAULT, Q_LINK):
            lt = self.linktype
            if lt in (LinkType.ARCNET, LinkType.ARCNET_LINUX):
                return self.gen_ahostop(b"\x00", Q_DST)
            kind = self.mac_kind()
            if kind == "ether":
                b1 = self.gen_prevlinkhdr_check()
                b0 = self.gen_mac_multicast(0)
                if b1 is not None:
                    gen_and(b1, b0)
                return b0
            if kind == "FDDI":
                return self.gen_mac_multicast(1)
            if kind == "token ring":
                return self.gen_mac_multicast(2)
            if kind == "802.11":
                b1 = self._wlan_jset(1, 0x01)
                b0 = self.gen_mac_multicast(16)
                gen_and(b1, b0)
                b2 = self._wlan_jset(1, 0x01, True)
                b1 = self.gen_mac_multicast(4)
                gen_and(b2, b1)
                gen_or(b1, b0)
                b1 = self._wlan_jset(0, 0x08)
                gen_and(b1, b0)
                b2 = self._wlan_jset(0, 0x08, True)
                b1 = self.gen_mac_multicast(4)
                gen_and(b2, b1)
                gen_or(b1, b0)
                b1 = self._wlan_jset(0, 0x04, True)
                gen_and(b1, b0)
                return b0
            if kind == "Fibre Channel":
                return self.gen_mac_multicast(2)
        elif proto == Q_IP:
            b0 = self.gen_linktype(ETHERTYPE_IP)
            b1 = self.gen_cmp_ge(OR_LINKPL, 16, BPF_B, 224)
            gen_and(b0, b1)
            return b1
        elif proto == Q_IPV6:
            b0 = self.gen_linktype(ETHERTYPE_IPV6)
            b1 = self.gen_cmp(OR_LINKPL, 24, BPF_B, 255)
            gen_and(b0, b1)
            return b1
        raise self.error("link-layer multicast filters supported only on ethernet/FDDI/"
                         "token ring/ARCNET/802.11/ATM LANE/Fibre Channel")
