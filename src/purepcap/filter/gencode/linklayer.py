"""Link layers: header layouts as data, and the link-layer type test.

:data:`LAYOUTS` has one row per link type libpcap 1.10.3 knows how to filter:
where the type field is, where the payload starts, where the network header
starts relative to the payload (with and without a SNAP header), whether
there is a variable-length prefix (radio headers) or header (802.11, pflog),
and the *family*, which selects how ``gen_linktype`` tests for a protocol.
Link types in libpcap's "matching" range without a row only support
``link[...]`` loads; other values are unknown.

The variable-length parts are computed once at the start of the program
(:meth:`LinkLayerMixin.insert_compute_vloffsets`, called by ``finish``) into
the scratch registers that tests allocated while the expression was built.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Callable, Mapping, NamedTuple, Optional

from ...linktype import LinkType, dlt_to_description
from ...bpf.opcodes import (
    BPF_ABS, BPF_ADD, BPF_ALU, BPF_AND, BPF_B, BPF_H, BPF_IMM, BPF_IND, BPF_JA, BPF_JEQ,
    BPF_JMP, BPF_JSET, BPF_K, BPF_LD, BPF_LDX, BPF_LSH, BPF_MEM, BPF_MISC, BPF_OR, BPF_ST,
    BPF_TAX, BPF_TXA, BPF_W, BPF_X,
)
from ..cfg import Block, Stmt, JMP, gen_and, gen_not, gen_or
from .consts import (
    ARCTYPE_ARP, ARCTYPE_ARP_OLD, ARCTYPE_ATALK, ARCTYPE_INET6, ARCTYPE_IP, ARCTYPE_IP_OLD,
    ARCTYPE_REVARP, ETHERMTU, ETHERTYPE_AARP, ETHERTYPE_ARP, ETHERTYPE_ATALK, ETHERTYPE_DN,
    ETHERTYPE_IP, ETHERTYPE_IPV6, ETHERTYPE_IPX, ETHERTYPE_NS, ETHERTYPE_REVARP,
    ISO8473_CLNP, ISO9542_ESIS, ISO10589_ISIS, LLCSAP_8021D, LLCSAP_IP, LLCSAP_IPX,
    LLCSAP_ISONS, LLCSAP_NETBEUI, LLCSAP_SNAP, LINUX_SLL_P_802_2, LINUX_SLL_P_802_3,
    PPP_APPLE, PPP_BRPDU, PPP_DECNET, PPP_IP, PPP_IPV6, PPP_IPX, PPP_NS, PPP_OSI, PPP_VJC,
    PPP_VJNC, AF_INET, AF_INET6, IPH_AF_INET, IPH_AF_INET6, swaplong,
)
from .core import (
    OFFSET_NOT_SET, OR_LINKHDR, OR_LINKTYPE, OR_LLC, OR_PREVLINKHDR, AbsOffset, GenBase,
)

__all__ = ["LinkLayout", "LAYOUTS", "LinkLayerMixin", "DLT_MATCHING_MIN", "DLT_MATCHING_MAX"]

NS = OFFSET_NOT_SET
DLT_MATCHING_MIN = 104
DLT_MATCHING_MAX = 289


def _into_reg(reg: int, *load: Stmt) -> Optional[list[Stmt]]:
    """``load`` (leaving a length in A), then A kept in scratch register ``reg`` and
    copied to X; None when no register was assigned (-1)."""
    if reg == -1:
        return None
    return [*load, Stmt(BPF_ST, reg), Stmt(BPF_MISC | BPF_TAX)]


class LinkLayout(NamedTuple):
    """Where things are in one link type's frames (libpcap's init_linktype).

    (A NamedTuple, not a frozen dataclass: importing dataclasses costs ~5 ms of
    start-up.)
    """

    linktype: int          #: offset of the type field (NS: none)
    linkpl: int            #: offset of the link-layer payload (constant part)
    nl: int                #: network header, relative to the payload (SNAP / Ethernet II)
    nl_nosnap: int         #: same, without SNAP (802.2 only)
    family: str            #: how gen_linktype tests for a protocol
    linkhdr: int = 0       #: offset of the link-layer header (fixed pseudo-headers)
    linkhdr_variable: bool = False  #: variable-length prefix (radio headers)
    linkpl_variable: bool = False   #: variable-length link header (802.11, pflog)
    extra: Mapping[str, int] = MappingProxyType({})  #: ATM / MTP offsets


def _L(linktype: int, linkpl: int, nl: int, nl_nosnap: int, family: str,
       **kw: Any) -> LinkLayout:
    extra = {k: kw.pop(k) for k in list(kw) if k.startswith("off_")}
    return LinkLayout(linktype, linkpl, nl, nl_nosnap, family, extra=extra, **kw)


_JUNIPER_PPPISH = _L(4, 4, 0, NS, "juniper")
_JUNIPER_NOPL8 = _L(8, NS, NS, NS, "juniper")
_WLAN = _L(24, 0, 8, 3, "80211", linkpl_variable=True)
_WLAN_RADIO = _L(24, 0, 8, 3, "80211", linkpl_variable=True, linkhdr_variable=True)
_MTP = dict(off_li=2, off_li_hsl=4, off_sio=3, off_opc=4, off_dpc=4, off_sls=7)

LAYOUTS: dict[int, LinkLayout] = {
    LinkType.ARCNET: _L(2, 6, 0, 0, "arcnet"),
    LinkType.ARCNET_LINUX: _L(4, 8, 0, 0, "arcnet"),
    LinkType.EN10MB: _L(12, 14, 0, 3, "ether"),
    LinkType.SLIP: _L(NS, 16, 0, 0, "raw"),
    LinkType.SLIP_BSDOS: _L(NS, 24, 0, 0, "raw"),
    LinkType.NULL: _L(0, 4, 0, 0, "loopback"),
    LinkType.LOOP: _L(0, 4, 0, 0, "loopback"),
    LinkType.ENC: _L(0, 12, 0, 0, "loopback"),
    LinkType.PPP: _L(2, 4, 0, 0, "ppp"),
    LinkType.PPP_PPPD: _L(2, 4, 0, 0, "ppp"),
    LinkType.PPP_SERIAL: _L(2, 4, 0, 0, "ppp"),
    LinkType.C_HDLC: _L(2, 4, 0, 0, "chdlc"),
    LinkType.PPP_ETHER: _L(6, 8, 0, 0, "ppp"),
    LinkType.PPP_BSDOS: _L(5, 24, 0, 0, "ppp_bsdos"),
    LinkType.FDDI: _L(13, 13, 8, 3, "llc"),
    LinkType.IEEE802: _L(14, 14, 8, 3, "llc"),
    LinkType.IEEE802_11: _WLAN,
    LinkType.PRISM_HEADER: _WLAN_RADIO,
    LinkType.IEEE802_11_RADIO_AVS: _WLAN_RADIO,
    LinkType.IEEE802_11_RADIO: _WLAN_RADIO,
    LinkType.PPI: _WLAN_RADIO,
    LinkType.ATM_RFC1483: _L(0, 0, 8, 3, "llc"),
    LinkType.ATM_CLIP: _L(0, 0, 8, 3, "llc"),
    LinkType.SUNATM: _L(4, 4, 8, 3, "sunatm", off_vpi=1, off_vci=2, off_proto=0, off_payload=4),
    LinkType.RAW: _L(NS, 0, 0, 0, "raw"),
    LinkType.IPV4: _L(NS, 0, 0, 0, "ipv4"),
    LinkType.IPV6: _L(NS, 0, 0, 0, "ipv6"),
    LinkType.LINUX_SLL: _L(14, 16, 0, 0, "sll"),
    LinkType.LINUX_SLL2: _L(0, 20, 0, 0, "generic"),
    LinkType.LTALK: _L(NS, 0, 0, 0, "ltalk"),
    LinkType.IP_OVER_FC: _L(16, 16, 8, 3, "llc"),
    LinkType.FRELAY: _L(NS, 0, 0, 0, "frelay"),
    LinkType.MFR: _L(NS, 0, 4, 0, "error:Multi-link Frame Relay"),
    LinkType.APPLE_IP_OVER_IEEE1394: _L(16, 18, 0, 0, "generic"),
    LinkType.SYMANTEC_FIREWALL: _L(6, 44, 0, 0, "generic"),
    LinkType.PFLOG: _L(0, 0, 0, 0, "pflog", linkpl_variable=True),
    LinkType.JUNIPER_MFR: _JUNIPER_PPPISH,
    LinkType.JUNIPER_MLFR: _JUNIPER_PPPISH,
    LinkType.JUNIPER_MLPPP: _JUNIPER_PPPISH,
    LinkType.JUNIPER_PPP: _JUNIPER_PPPISH,
    LinkType.JUNIPER_CHDLC: _JUNIPER_PPPISH,
    LinkType.JUNIPER_FRELAY: _JUNIPER_PPPISH,
    LinkType.JUNIPER_ATM1: _L(4, 4, 0, 10, "juniper"),
    LinkType.JUNIPER_ATM2: _L(8, 8, 0, 10, "juniper"),
    LinkType.JUNIPER_PPPOE: _L(16, 14, 18, 21, "juniper"),
    LinkType.JUNIPER_ETHER: _L(16, 14, 18, 21, "juniper"),
    LinkType.JUNIPER_PPPOE_ATM: _L(4, 6, 0, NS, "juniper"),
    LinkType.JUNIPER_GGSN: _L(6, 12, 0, NS, "juniper"),
    LinkType.JUNIPER_ES: _L(6, NS, NS, NS, "juniper"),
    LinkType.JUNIPER_MONITOR: _L(12, 12, 0, NS, "juniper"),
    LinkType.BACNET_MS_TP: _L(NS, NS, NS, NS, "bacnet"),
    LinkType.JUNIPER_SERVICES: _L(12, NS, NS, NS, "juniper"),
    LinkType.JUNIPER_VP: _L(18, NS, NS, NS, "juniper"),
    LinkType.JUNIPER_ST: _L(18, NS, NS, NS, "juniper"),
    LinkType.JUNIPER_ISM: _L(8, NS, NS, NS, "juniper"),
    LinkType.JUNIPER_VS: _JUNIPER_NOPL8,
    LinkType.JUNIPER_SRX_E2E: _JUNIPER_NOPL8,
    LinkType.JUNIPER_FIBRECHANNEL: _JUNIPER_NOPL8,
    LinkType.JUNIPER_ATM_CEMIC: _JUNIPER_NOPL8,
    LinkType.MTP2: _L(NS, NS, NS, NS, "error:MTP2", **_MTP),
    LinkType.MTP2_WITH_PHDR: _L(NS, NS, NS, NS, "error:MTP2", off_li=6, off_li_hsl=8, off_sio=7,
                         off_opc=8, off_dpc=8, off_sls=11),
    LinkType.ERF: _L(NS, NS, NS, NS, "error:ERF", off_li=22, off_li_hsl=24, off_sio=23,
              off_opc=24, off_dpc=24, off_sls=27),
    LinkType.PFSYNC: _L(NS, 4, 0, 0, "error:PFSYNC"),
    LinkType.AX25_KISS: _L(NS, NS, NS, NS, "error:AX.25"),
    LinkType.IPNET: _L(1, 24, 0, NS, "ipnet"),
    LinkType.NETANALYZER: _L(16, 18, 0, 3, "ether", linkhdr=4),
    LinkType.NETANALYZER_TRANSPARENT: _L(24, 26, 0, 3, "ether", linkhdr=12),
}

#: Link types in libpcap's matching range that only support ``link[...]``; a
#: protocol test on them fails with "<what> link-layer type filtering not implemented".
_ERROR_FAMILIES: dict[LinkType, str] = {
    LinkType.LINUX_IRDA: "IrDA",
    LinkType.DOCSIS: "DOCSIS",
    LinkType.LINUX_LAPD: "LAPD",
    LinkType.USB_FREEBSD: "USB",
    LinkType.USB_LINUX: "USB",
    LinkType.USB_LINUX_MMAPPED: "USB",
    LinkType.USBPCAP: "USB",
    LinkType.BLUETOOTH_HCI_H4: "Bluetooth",
    LinkType.BLUETOOTH_HCI_H4_WITH_PHDR: "Bluetooth",
    LinkType.CAN20B: "CAN",
    LinkType.CAN_SOCKETCAN: "CAN",
    LinkType.IEEE802_15_4: "IEEE 802.15.4",
    LinkType.IEEE802_15_4_LINUX: "IEEE 802.15.4",
    LinkType.IEEE802_15_4_NONASK_PHY: "IEEE 802.15.4",
    LinkType.IEEE802_15_4_NOFCS: "IEEE 802.15.4",
    LinkType.IEEE802_15_4_TAP: "IEEE 802.15.4",
    LinkType.IEEE802_16_MAC_CPS_RADIO: "IEEE 802.16",
    LinkType.SITA: "SITA",
    LinkType.RAIF1: "RAIF1",
    LinkType.IPMB_KONTRON: "IPMB",
    LinkType.IPMB_LINUX: "IPMB",
    LinkType.NFLOG: "NFLOG",
}

_NOT_SET_LAYOUT = _L(NS, NS, NS, NS, "generic")

for _lt, _what in _ERROR_FAMILIES.items():
    LAYOUTS[_lt] = _L(NS, NS, NS, NS, "error:" + _what)

#: Ethernet and the Ethernet captures with a pseudo-header in front
ETHER_LINKTYPES = frozenset((LinkType.EN10MB, LinkType.NETANALYZER,
                             LinkType.NETANALYZER_TRANSPARENT))
#: 802.11 frames, bare or behind a radio header (Prism, AVS, radiotap)
IEEE80211_LINKTYPES = frozenset((LinkType.IEEE802_11, LinkType.PRISM_HEADER,
                                 LinkType.IEEE802_11_RADIO_AVS, LinkType.IEEE802_11_RADIO))
#: the same, and PPI (whose payload is 802.11 when its DLT field says so)
WLAN_LINKTYPES = IEEE80211_LINKTYPES | {LinkType.PPI}

_PPP_MAP = {
    ETHERTYPE_IP: PPP_IP, ETHERTYPE_IPV6: PPP_IPV6, ETHERTYPE_DN: PPP_DECNET,
    ETHERTYPE_ATALK: PPP_APPLE, ETHERTYPE_NS: PPP_NS, LLCSAP_ISONS: PPP_OSI,
    LLCSAP_8021D: PPP_BRPDU, LLCSAP_IPX: PPP_IPX,
}


def ethertype_to_ppptype(ll_proto: int) -> int:
    return _PPP_MAP.get(ll_proto, ll_proto)


class LinkLayerMixin(GenBase):
    """init_linktype, gen_linktype and the variable-length header code."""

    def init_linktype(self, linktype: int) -> None:
        self.outermostlinktype = self.prevlinktype = self.linktype = linktype
        lay = LAYOUTS.get(linktype)
        if lay is None:
            if DLT_MATCHING_MIN <= linktype <= DLT_MATCHING_MAX:
                lay = _NOT_SET_LAYOUT
            else:
                raise self.error(f"unknown data link type {linktype}")
        self.layout = lay
        self.off_linkhdr = AbsOffset(lay.linkhdr, lay.linkhdr_variable)
        self.off_linkpl = AbsOffset(lay.linkpl, lay.linkpl_variable)
        self.off_linktype = AbsOffset(lay.linktype)
        self.off_nl = lay.nl
        self.off_nl_nosnap = lay.nl_nosnap
        if lay.family == "sunatm":
            self.is_atm = True
        ex = lay.extra
        self.off_vpi = ex.get("off_vpi", NS)
        self.off_vci = ex.get("off_vci", NS)
        self.off_proto = ex.get("off_proto", NS)
        self.off_payload = ex.get("off_payload", NS)
        self.off_li = ex.get("off_li", NS)
        self.off_li_hsl = ex.get("off_li_hsl", NS)
        self.off_sio = ex.get("off_sio", NS)
        self.off_opc = ex.get("off_opc", NS)
        self.off_dpc = ex.get("off_dpc", NS)
        self.off_sls = ex.get("off_sls", NS)
        self.off_outermostlinkhdr = self.off_linkhdr.copy()
        self.off_prevlinkhdr = self.off_linkhdr.copy()

    @property
    def is_wlan(self) -> bool:
        return self.linktype in WLAN_LINKTYPES

    def describe_linktype(self) -> str:
        return dlt_to_description(self.linktype)

    # -- the link-layer type test ----------------------------------------------
    def gen_prevlinkhdr_check(self) -> Optional[Block]:
        """Tests an encapsulated link layer needs first (LANE data frames)."""
        if self.is_geneve:
            return self.gen_geneve_ll_check()
        if self.prevlinktype == LinkType.SUNATM:
            b0 = self.gen_cmp(OR_PREVLINKHDR, 4, BPF_H, 0xFF00)
            gen_not(b0)
            return b0
        return None

    def gen_linktype(self, ll_proto: int) -> Block:
        """Test that the packet carries ``ll_proto`` (an Ethernet type, or an
        LLC SAP when <= 1500) at the link layer."""
        if self.label_stack_depth > 0:
            return self.gen_mpls_linktype(ll_proto)
        return _FAMILY_TESTS[self.layout.family.split(":")[0]](self, ll_proto)

    def _lt_ether(self, ll_proto: int) -> Block:
        b0 = self.gen_prevlinkhdr_check() if not self.is_geneve else None
        b1 = self.gen_ether_linktype(ll_proto)
        if b0 is not None:
            gen_and(b0, b1)
        return b1

    def _lt_chdlc(self, ll_proto: int) -> Block:
        if ll_proto == LLCSAP_ISONS:
            ll_proto = (ll_proto << 8) | LLCSAP_ISONS
        return self.gen_cmp(OR_LINKTYPE, 0, BPF_H, ll_proto)

    def _and_llc(self, b0: Block, ll_proto: int) -> Block:
        """``b0`` and the 802.2 LLC test for ``ll_proto`` (generated after ``b0``)."""
        b1 = self.gen_llc_linktype(ll_proto)
        gen_and(b0, b1)
        return b1

    def _lt_80211(self, ll_proto: int) -> Block:
        return self._and_llc(self.gen_check_802_11_data_frame(), ll_proto)

    def _lt_llc(self, ll_proto: int) -> Block:
        return self.gen_llc_linktype(ll_proto)

    def _lt_sunatm(self, ll_proto: int) -> Block:
        # LLC-encapsulated traffic: the protocol-type nibble is PT_LLC (2)
        return self._and_llc(
            self.gen_ncmp(OR_LINKHDR, self.off_proto, BPF_B, 0x0F, BPF_JEQ, False, 2), ll_proto)

    def _lt_sll(self, ll_proto: int) -> Block:
        return self.gen_linux_sll_linktype(ll_proto)

    def _ip_or_ip6(self, ll_proto: int, v4: int, v6: int, gen: Callable[[int], Block]) -> Block:
        """``gen(v4)`` for IPv4, ``gen(v6)`` for IPv6, false for any other protocol."""
        if ll_proto == ETHERTYPE_IP:
            return gen(v4)
        if ll_proto == ETHERTYPE_IPV6:
            return gen(v6)
        return self.gen_false()

    def _lt_raw(self, ll_proto: int) -> Block:
        # the version nibble
        return self._ip_or_ip6(ll_proto, 0x40, 0x60,
                               lambda v: self.gen_mcmp(OR_LINKHDR, 0, BPF_B, v, 0xF0))

    def _lt_ipv4(self, ll_proto: int) -> Block:
        return self.gen_true() if ll_proto == ETHERTYPE_IP else self.gen_false()

    def _lt_ipv6(self, ll_proto: int) -> Block:
        return self.gen_true() if ll_proto == ETHERTYPE_IPV6 else self.gen_false()

    def _lt_ppp(self, ll_proto: int) -> Block:
        return self.gen_cmp(OR_LINKTYPE, 0, BPF_H, ethertype_to_ppptype(ll_proto))

    def _lt_ppp_bsdos(self, ll_proto: int) -> Block:
        if ll_proto == ETHERTYPE_IP:
            b0 = self.gen_cmp(OR_LINKTYPE, 0, BPF_H, PPP_IP)
            b1 = self.gen_cmp(OR_LINKTYPE, 0, BPF_H, PPP_VJC)
            gen_or(b0, b1)
            b0 = self.gen_cmp(OR_LINKTYPE, 0, BPF_H, PPP_VJNC)
            gen_or(b1, b0)
            return b0
        return self.gen_cmp(OR_LINKTYPE, 0, BPF_H, ethertype_to_ppptype(ll_proto))

    def _loopback(self, af: int) -> Block:
        # DLT_NULL and DLT_ENC hold the AF_ value in host byte order; the
        # compiler runs as if on a little-endian live capture, as libpcap's
        # pcap_open_dead handle does on x86.
        if self.linktype in (LinkType.NULL, LinkType.ENC):
            af = swaplong(af)
        return self.gen_cmp(OR_LINKHDR, 0, BPF_W, af)

    def _lt_loopback(self, ll_proto: int) -> Block:
        return self._ip_or_ip6(ll_proto, AF_INET, AF_INET6, self._loopback)

    def _lt_pflog(self, ll_proto: int) -> Block:
        return self._ip_or_ip6(ll_proto, AF_INET, AF_INET6,
                               lambda v: self.gen_cmp(OR_LINKHDR, 1, BPF_B, v))

    def _lt_arcnet(self, ll_proto: int) -> Block:
        if ll_proto == ETHERTYPE_IPV6:
            return self.gen_cmp(OR_LINKTYPE, 0, BPF_B, ARCTYPE_INET6)
        if ll_proto in (ETHERTYPE_IP, ETHERTYPE_ARP):
            new, old = ((ARCTYPE_IP, ARCTYPE_IP_OLD) if ll_proto == ETHERTYPE_IP
                        else (ARCTYPE_ARP, ARCTYPE_ARP_OLD))
            b0 = self.gen_cmp(OR_LINKTYPE, 0, BPF_B, new)
            b1 = self.gen_cmp(OR_LINKTYPE, 0, BPF_B, old)
            gen_or(b0, b1)
            return b1
        if ll_proto == ETHERTYPE_REVARP:
            return self.gen_cmp(OR_LINKTYPE, 0, BPF_B, ARCTYPE_REVARP)
        if ll_proto == ETHERTYPE_ATALK:
            return self.gen_cmp(OR_LINKTYPE, 0, BPF_B, ARCTYPE_ATALK)
        return self.gen_false()

    def _lt_ltalk(self, ll_proto: int) -> Block:
        return self.gen_true() if ll_proto == ETHERTYPE_ATALK else self.gen_false()

    def _lt_frelay(self, ll_proto: int) -> Block:
        if ll_proto == ETHERTYPE_IP:
            return self.gen_cmp(OR_LINKHDR, 2, BPF_H, (0x03 << 8) | 0xCC)
        if ll_proto == ETHERTYPE_IPV6:
            return self.gen_cmp(OR_LINKHDR, 2, BPF_H, (0x03 << 8) | 0x8E)
        if ll_proto == LLCSAP_ISONS:
            b0 = self.gen_cmp(OR_LINKHDR, 2, BPF_H, (0x03 << 8) | ISO8473_CLNP)
            b1 = self.gen_cmp(OR_LINKHDR, 2, BPF_H, (0x03 << 8) | ISO9542_ESIS)
            b2 = self.gen_cmp(OR_LINKHDR, 2, BPF_H, (0x03 << 8) | ISO10589_ISIS)
            gen_or(b1, b2)
            gen_or(b0, b2)
            return b2
        return self.gen_false()

    def _lt_juniper(self, ll_proto: int) -> Block:
        # only the magic number is checked
        return self.gen_mcmp(OR_LINKHDR, 0, BPF_W, 0x4D474300, 0xFFFFFF00)

    def _lt_bacnet(self, ll_proto: int) -> Block:
        return self.gen_mcmp(OR_LINKHDR, 0, BPF_W, 0x55FF0000, 0xFFFF0000)

    def _lt_ipnet(self, ll_proto: int) -> Block:
        return self._ip_or_ip6(ll_proto, IPH_AF_INET, IPH_AF_INET6,
                               lambda v: self.gen_cmp(OR_LINKTYPE, 0, BPF_B, v))

    def _lt_error(self, ll_proto: int) -> Block:
        what = self.layout.family.split(":", 1)[1]
        raise self.error(f"{what} link-layer type filtering not implemented")

    def _lt_generic(self, ll_proto: int) -> Block:
        if self.off_linktype.constant != NS:
            return self.gen_cmp(OR_LINKTYPE, 0, BPF_H, ll_proto)
        raise self.error(f"{self.describe_linktype()} link-layer type filtering not implemented")

    # -- helpers for the families -------------------------------------------------
    def gen_ether_linktype(self, ll_proto: int) -> Block:
        if ll_proto == LLCSAP_IPX:
            # IPX over 802.2, over raw 802.3 (0xFFFF) or SNAP; or Ethernet II
            b0 = self.gen_cmp(OR_LLC, 0, BPF_B, LLCSAP_IPX)
            b1 = self.gen_cmp(OR_LLC, 0, BPF_H, 0xFFFF)
            gen_or(b0, b1)
            b0 = self.gen_snap(0x000000, ETHERTYPE_IPX)
            gen_or(b0, b1)
            b0 = self._ether_is_8022()
            gen_and(b0, b1)
            b0 = self.gen_cmp(OR_LINKTYPE, 0, BPF_H, ETHERTYPE_IPX)
            gen_or(b0, b1)
            return b1
        return self._gen_8022_or_type(
            ll_proto, self._ether_is_8022,
            lambda: self.gen_cmp(OR_LINKTYPE, 2, BPF_B, ll_proto))

    def gen_linux_sll_linktype(self, ll_proto: int) -> Block:
        if ll_proto == LLCSAP_IPX:
            # IPX over 802.2 or SNAP, over raw 802.3 (its own protocol value); or a type
            b0 = self.gen_cmp(OR_LLC, 0, BPF_B, LLCSAP_IPX)
            b1 = self.gen_snap(0x000000, ETHERTYPE_IPX)
            gen_or(b0, b1)
            b0 = self._sll_is_8022()
            gen_and(b0, b1)
            b0 = self.gen_cmp(OR_LINKTYPE, 0, BPF_H, LINUX_SLL_P_802_3)
            gen_or(b0, b1)
            b0 = self.gen_cmp(OR_LINKTYPE, 0, BPF_H, ETHERTYPE_IPX)
            gen_or(b0, b1)
            return b1
        return self._gen_8022_or_type(
            ll_proto, self._sll_is_8022,
            lambda: self.gen_cmp(OR_LINKHDR, self.off_linkpl.constant, BPF_B, ll_proto))

    def _ether_is_8022(self) -> Block:
        """The Ethernet type field is an 802.3 length (so an 802.2 header follows)."""
        b0 = self.gen_cmp_gt(OR_LINKTYPE, 0, BPF_H, ETHERMTU)
        gen_not(b0)
        return b0

    def _sll_is_8022(self) -> Block:
        return self.gen_cmp(OR_LINKTYPE, 0, BPF_H, LINUX_SLL_P_802_2)

    def _gen_8022_or_type(self, ll_proto: int, is_8022: Callable[[], Block],
                          dsap_is: Callable[[], Block]) -> Block:
        """What Ethernet and Linux cooked headers share: an 802.2 frame (``is_8022``)
        carries ``ll_proto`` as a SAP (``dsap_is``: its DSAP byte), a SNAP header or a
        type (AppleTalk), any other frame as its type field."""
        if ll_proto in (LLCSAP_ISONS, LLCSAP_IP, LLCSAP_NETBEUI):
            b0 = is_8022()
            b1 = self.gen_cmp(OR_LLC, 0, BPF_H, (ll_proto << 8) | ll_proto)
            gen_and(b0, b1)
            return b1
        if ll_proto in (ETHERTYPE_ATALK, ETHERTYPE_AARP):
            b0 = is_8022()
            if ll_proto == ETHERTYPE_ATALK:
                b1 = self.gen_snap(0x080007, ETHERTYPE_ATALK)
            else:
                b1 = self.gen_snap(0x000000, ETHERTYPE_AARP)
            gen_and(b0, b1)
            b0 = self.gen_cmp(OR_LINKTYPE, 0, BPF_H, ll_proto)
            gen_or(b0, b1)
            return b1
        if ll_proto <= ETHERMTU:
            b0 = is_8022()
            b1 = dsap_is()
            gen_and(b0, b1)
            return b1
        return self.gen_cmp(OR_LINKTYPE, 0, BPF_H, ll_proto)

    def gen_snap(self, orgcode: int, ptype: int) -> Block:
        """An LLC/SNAP header with this OUI and protocol type."""
        data = bytes([LLCSAP_SNAP, LLCSAP_SNAP, 0x03,
                      (orgcode >> 16) & 0xFF, (orgcode >> 8) & 0xFF, orgcode & 0xFF,
                      (ptype >> 8) & 0xFF, ptype & 0xFF])
        return self.gen_bcmp(OR_LLC, 0, data)

    def gen_llc_linktype(self, ll_proto: int) -> Block:
        """Protocol test for link layers that always carry 802.2 LLC."""
        if ll_proto in (LLCSAP_IP, LLCSAP_ISONS, LLCSAP_NETBEUI):
            return self.gen_cmp(OR_LLC, 0, BPF_H, (ll_proto << 8) | ll_proto)
        if ll_proto == LLCSAP_IPX:
            return self.gen_cmp(OR_LLC, 0, BPF_B, LLCSAP_IPX)
        if ll_proto == ETHERTYPE_ATALK:
            return self.gen_snap(0x080007, ETHERTYPE_ATALK)
        if ll_proto <= ETHERMTU:
            return self.gen_cmp(OR_LLC, 0, BPF_B, ll_proto)
        return self.gen_cmp(OR_LLC, 6, BPF_H, ll_proto)

    def gen_check_802_11_data_frame(self) -> Block:
        b0 = self.gen_jset(OR_LINKHDR, 0, BPF_B, 0x08)
        b1 = self.gen_jset(OR_LINKHDR, 0, BPF_B, 0x04)
        gen_not(b1)
        gen_and(b1, b0)
        return b0

    # -- variable-length headers ------------------------------------------------------
    def _gen_load_prism_llprefixlen(self) -> Optional[list[Stmt]]:
        self.no_optimize = True
        reg = self.off_linkhdr.reg
        if reg == -1:
            return None
        s1 = Stmt(BPF_LD | BPF_W | BPF_ABS, 0)
        s_and = Stmt(BPF_ALU | BPF_AND | BPF_K, 0xFFFFF000)
        sjeq = Stmt(JMP(BPF_JEQ), 0x80211000)
        s_avs = Stmt(BPF_LD | BPF_W | BPF_ABS, 4)
        sja = Stmt(BPF_JMP | BPF_JA, 1)
        s_prism = Stmt(BPF_LD | BPF_W | BPF_IMM, 144)
        s_st = Stmt(BPF_ST, reg)
        sjeq.jt = s_avs
        sjeq.jf = s_prism
        sja.jf = s_st
        return [s1, s_and, sjeq, s_avs, sja, s_prism, s_st, Stmt(BPF_MISC | BPF_TAX)]

    def _gen_load_avs_llprefixlen(self) -> Optional[list[Stmt]]:
        return _into_reg(self.off_linkhdr.reg, Stmt(BPF_LD | BPF_W | BPF_ABS, 4))

    def _gen_load_radiotap_llprefixlen(self) -> Optional[list[Stmt]]:
        # radiotap and PPI: little-endian 16-bit length at offset 2
        return _into_reg(self.off_linkhdr.reg,
                         Stmt(BPF_LD | BPF_B | BPF_ABS, 3),
                         Stmt(BPF_ALU | BPF_LSH | BPF_K, 8),
                         Stmt(BPF_MISC | BPF_TAX),
                         Stmt(BPF_LD | BPF_B | BPF_ABS, 2),
                         Stmt(BPF_ALU | BPF_OR | BPF_X))

    def _gen_load_pflog_llprefixlen(self) -> Optional[list[Stmt]]:
        return _into_reg(self.off_linkpl.reg,
                         Stmt(BPF_LD | BPF_B | BPF_ABS, 0),
                         Stmt(BPF_ALU | BPF_ADD | BPF_K, 3),
                         Stmt(BPF_ALU | BPF_AND | BPF_K, 0xFFFFFFFC))

    def _gen_load_802_11_header_len(self, s: Optional[list[Stmt]],
                                    snext: Optional[Stmt]) -> Optional[list[Stmt]]:
        reg = self.off_linkpl.reg
        if reg == -1:
            return s
        self.no_optimize = True
        if s is None:
            s = [Stmt(BPF_LDX | BPF_IMM, self.off_outermostlinkhdr.constant)]
        s += [
            Stmt(BPF_MISC | BPF_TXA),
            Stmt(BPF_ALU | BPF_ADD | BPF_K, 24),
            Stmt(BPF_ST, reg),
            Stmt(BPF_LD | BPF_IND | BPF_B, 0),
        ]
        j_data1 = Stmt(JMP(BPF_JSET), 0x08)
        j_data2 = Stmt(JMP(BPF_JSET), 0x04)
        j_qos = Stmt(JMP(BPF_JSET), 0x80)
        j_data1.jt, j_data1.jf = j_data2, snext
        j_data2.jt, j_data2.jf = snext, j_qos
        s_qos = Stmt(BPF_LD | BPF_MEM, reg)
        j_qos.jt = s_qos
        s += [j_data1, j_data2, j_qos, s_qos,
              Stmt(BPF_ALU | BPF_ADD | BPF_K, 2), Stmt(BPF_ST, reg)]
        if self.linktype == LinkType.IEEE802_11_RADIO:
            s_flags = Stmt(BPF_LD | BPF_ABS | BPF_W, 4)
            j_flags = Stmt(JMP(BPF_JSET), swaplong(0x00000002))
            j_ext = Stmt(JMP(BPF_JSET), swaplong(0x80000000))
            j_tsft = Stmt(JMP(BPF_JSET), swaplong(0x00000001))
            s_f16 = Stmt(BPF_LD | BPF_ABS | BPF_B, 16)
            j_pad1 = Stmt(JMP(BPF_JSET), 0x20)
            s_f8 = Stmt(BPF_LD | BPF_ABS | BPF_B, 8)
            j_pad2 = Stmt(JMP(BPF_JSET), 0x20)
            s_round = Stmt(BPF_LD | BPF_MEM, reg)
            j_qos.jf = s_flags
            j_flags.jf, j_flags.jt = snext, j_ext
            j_ext.jt, j_ext.jf = snext, j_tsft
            j_tsft.jt, j_tsft.jf = s_f16, s_f8
            j_pad1.jt, j_pad1.jf = s_round, snext
            j_pad2.jt, j_pad2.jf = s_round, snext
            s += [s_flags, j_flags, j_ext, j_tsft, s_f16, j_pad1, s_f8, j_pad2, s_round,
                  Stmt(BPF_ALU | BPF_ADD | BPF_K, 3),
                  Stmt(BPF_ALU | BPF_AND | BPF_K, 0xFFFFFFFC),
                  Stmt(BPF_ST, reg)]
        else:
            j_qos.jf = snext
        return s

    def insert_compute_vloffsets(self, b: Block) -> None:
        """Prepend to ``b`` the code computing the variable offsets in use."""
        if self.off_linkpl.reg != -1 and self.off_linkhdr.variable and self.off_linkhdr.reg == -1:
            self.off_linkhdr.reg = self.alloc_reg()
        outer = self.outermostlinktype
        s: Optional[list[Stmt]] = None
        if outer == LinkType.PRISM_HEADER:
            s = self._gen_load_prism_llprefixlen()
        elif outer == LinkType.IEEE802_11_RADIO_AVS:
            s = self._gen_load_avs_llprefixlen()
        elif outer in (LinkType.IEEE802_11_RADIO, LinkType.PPI):
            s = self._gen_load_radiotap_llprefixlen()
        if outer in WLAN_LINKTYPES:
            s = self._gen_load_802_11_header_len(s, b.stmts[0] if b.stmts else None)
        elif outer == LinkType.PFLOG:
            s = self._gen_load_pflog_llprefixlen()
        if s is None and self.is_vlan_vloffset:
            if self.off_linkpl.reg == -1:
                self.off_linkpl.reg = self.alloc_reg()
            if self.off_linktype.reg == -1:
                self.off_linktype.reg = self.alloc_reg()
            s = [Stmt(BPF_LD | BPF_W | BPF_IMM, 0), Stmt(BPF_ST, self.off_linkpl.reg),
                 Stmt(BPF_ST, self.off_linktype.reg)]
        if s is not None:
            b.stmts[:0] = s

    def gen_ppi_dlt_check(self) -> Optional[Block]:
        if self.linktype == LinkType.PPI:
            return Block(JMP(BPF_JEQ), swaplong(LinkType.IEEE802_11),
                         [Stmt(BPF_LD | BPF_W | BPF_ABS, 4)])
        return None


#: ``LinkLayout.family`` (before any ``:``) -> its link-layer protocol test
_FAMILY_TESTS: dict[str, Callable[[LinkLayerMixin, int], Block]] = {
    "ether": LinkLayerMixin._lt_ether,
    "chdlc": LinkLayerMixin._lt_chdlc,
    "80211": LinkLayerMixin._lt_80211,
    "llc": LinkLayerMixin._lt_llc,
    "sunatm": LinkLayerMixin._lt_sunatm,
    "sll": LinkLayerMixin._lt_sll,
    "raw": LinkLayerMixin._lt_raw,
    "ipv4": LinkLayerMixin._lt_ipv4,
    "ipv6": LinkLayerMixin._lt_ipv6,
    "ppp": LinkLayerMixin._lt_ppp,
    "ppp_bsdos": LinkLayerMixin._lt_ppp_bsdos,
    "loopback": LinkLayerMixin._lt_loopback,
    "pflog": LinkLayerMixin._lt_pflog,
    "arcnet": LinkLayerMixin._lt_arcnet,
    "ltalk": LinkLayerMixin._lt_ltalk,
    "frelay": LinkLayerMixin._lt_frelay,
    "juniper": LinkLayerMixin._lt_juniper,
    "bacnet": LinkLayerMixin._lt_bacnet,
    "ipnet": LinkLayerMixin._lt_ipnet,
    "error": LinkLayerMixin._lt_error,
    "generic": LinkLayerMixin._lt_generic,
}
