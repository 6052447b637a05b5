"""OpenFlow 1.0 message bodies as tcpdump 4.99.3 prints them with ``-v``.

Used by :mod:`purepcap.printer.openflow` (which prints the message headers
and checks the body lengths the types require).  :func:`body` renders one
body from its captured bytes: each line starts ``"\\n\\t "`` (deeper parts
with more spaces); a field the capture lacks ends the text with
``" [|openflow]"``; a length that contradicts the format prints
``" (invalid)"`` and skips the rest of that list.  Names and bit names are
those of the OpenFlow 1.0.0 specification.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator

from ._addr import etheraddr, ipaddr
from ._base import Context, Options
from ._dump import hex_ascii_dump
from ._items import OUIS
from ._rtr import char

__all__ = ["body", "Short", "Out", "bitmap", "printjnp", "vendor_name"]

TRUNC = " [|openflow]"
INVALID = " (invalid)"

_U16 = struct.Struct(">H")
_U32 = struct.Struct(">I")
_U64 = struct.Struct(">Q")


class Short(Exception):
    """A read went past the captured bytes of the body."""


class Out:
    """A cursor over a body's captured bytes plus the text written so far."""

    __slots__ = ("d", "p", "parts", "verbose", "opts")

    def __init__(self, data: bytes, verbose: int, opts: Options | None = None) -> None:
        self.d = data
        self.p = 0
        self.parts: list[str] = []
        self.verbose = verbose
        self.opts = opts

    def w(self, s: str) -> None:
        self.parts.append(s)

    def need(self, n: int, at: int | None = None) -> None:
        if (self.p if at is None else at) + n > len(self.d):
            raise Short

    def skip(self, n: int) -> int:
        """Move past ``n`` captured bytes; ``n``."""
        self.need(n)
        self.p += n
        return n

    def u8(self, at: int = 0) -> int:
        i = self.p + at
        if i >= len(self.d):
            raise Short
        return self.d[i]

    def u16(self, at: int = 0) -> int:
        i = self.p + at
        if i + 2 > len(self.d):
            raise Short
        return int(_U16.unpack_from(self.d, i)[0])

    def u32(self, at: int = 0) -> int:
        i = self.p + at
        if i + 4 > len(self.d):
            raise Short
        return int(_U32.unpack_from(self.d, i)[0])

    def u64(self, at: int = 0) -> int:
        i = self.p + at
        if i + 8 > len(self.d):
            raise Short
        return int(_U64.unpack_from(self.d, i)[0])

    def raw(self, n: int, at: int = 0) -> bytes:
        i = self.p + at
        if i + n > len(self.d):
            raise Short
        return self.d[i:i + n]

    def mac(self, at: int = 0) -> str:
        return etheraddr(self.raw(6, at))

    def ip(self, at: int = 0) -> str:
        return ipaddr(self.raw(4, at))

    def text(self) -> str:
        return "".join(self.parts)


# --- value names ------------------------------------------------------------------

PORTS = {0xFF00: "MAX", 0xFFF8: "IN_PORT", 0xFFF9: "TABLE", 0xFFFA: "NORMAL",
         0xFFFB: "FLOOD", 0xFFFC: "ALL", 0xFFFD: "CONTROLLER", 0xFFFE: "LOCAL",
         0xFFFF: "NONE"}
PORT_CONFIG = ((1, "PORT_DOWN"), (2, "NO_STP"), (4, "NO_RECV"), (8, "NO_RECV_STP"),
               (16, "NO_FLOOD"), (32, "NO_FWD"), (64, "NO_PACKET_IN"))
STP_STATES = {0: "STP_LISTEN", 0x100: "STP_LEARN", 0x200: "STP_FORWARD", 0x300: "STP_BLOCK"}
FEATURES = ((1, "10MB_HD"), (2, "10MB_FD"), (4, "100MB_HD"), (8, "100MB_FD"),
            (16, "1GB_HD"), (32, "1GB_FD"), (64, "10GB_FD"), (128, "COPPER"),
            (256, "FIBER"), (512, "AUTONEG"), (1024, "PAUSE"), (2048, "PAUSE_ASYM"))
WILDCARDS = ((1, "IN_PORT"), (2, "DL_VLAN"), (4, "DL_SRC"), (8, "DL_DST"), (16, "DL_TYPE"),
             (32, "NW_PROTO"), (64, "TP_SRC"), (128, "TP_DST"), (1 << 20, "DL_VLAN_PCP"),
             (1 << 21, "NW_TOS"))
ACTION_NAMES = ("OUTPUT", "SET_VLAN_VID", "SET_VLAN_PCP", "STRIP_VLAN", "SET_DL_SRC",
                "SET_DL_DST", "SET_NW_SRC", "SET_NW_DST", "SET_NW_TOS", "SET_TP_SRC",
                "SET_TP_DST", "ENQUEUE")
ACTION_BITS = tuple((1 << i, n) for i, n in enumerate(ACTION_NAMES))
CAPABILITIES = ((1, "FLOW_STATS"), (2, "TABLE_STATS"), (4, "PORT_STATS"), (8, "STP"),
                (16, "RESERVED"), (32, "IP_REASM"), (64, "QUEUE_STATS"),
                (128, "ARP_MATCH_IP"))
_CAP_ASSIGNED = 0xEF            # RESERVED is named but not an assigned bit
CONFIG_FLAGS = {0: "FRAG_NORMAL", 1: "FRAG_DROP", 2: "FRAG_REASM"}
FLOW_COMMANDS = {0: "ADD", 1: "MODIFY", 2: "MODIFY_STRICT", 3: "DELETE", 4: "DELETE_STRICT"}
FLOW_MOD_FLAGS = ((1, "SEND_FLOW_REM"), (2, "CHECK_OVERLAP"), (4, "EMERG"))
STATS_TYPES = {0: "DESC", 1: "FLOW", 2: "AGGREGATE", 3: "TABLE", 4: "PORT", 5: "QUEUE",
               0xFFFF: "VENDOR"}
TABLE_IDS = {0xFE: "EMERG", 0xFF: "ALL"}
PACKET_IN_REASONS = {0: "NO_MATCH", 1: "ACTION"}
REMOVED_REASONS = {0: "IDLE_TIMEOUT", 1: "HARD_TIMEOUT", 2: "DELETE"}
PORT_REASONS = {0: "ADD", 1: "DELETE", 2: "MODIFY"}
QUEUE_PROPS = {0: "NONE", 1: "MIN_RATE"}
ERROR_TYPES: dict[int, tuple[str, tuple[str, ...]]] = {
    0: ("HELLO_FAILED", ("INCOMPATIBLE", "EPERM")),
    1: ("BAD_REQUEST", ("BAD_VERSION", "BAD_TYPE", "BAD_STAT", "BAD_VENDOR", "BAD_SUBTYPE",
                        "EPERM", "BAD_LEN", "BUFFER_EMPTY", "BUFFER_UNKNOWN")),
    2: ("BAD_ACTION", ("BAD_TYPE", "BAD_LEN", "BAD_VENDOR", "BAD_VENDOR_TYPE",
                       "BAD_OUT_PORT", "BAD_ARGUMENT", "EPERM", "TOO_MANY", "BAD_QUEUE")),
    3: ("FLOW_MOD_FAILED", ("ALL_TABLES_FULL", "OVERLAP", "EPERM", "BAD_EMERG_TIMEOUT",
                            "BAD_COMMAND", "UNSUPPORTED")),
    4: ("PORT_MOD_FAILED", ("BAD_PORT", "BAD_HW_ADDR")),
    5: ("QUEUE_OP_FAILED", ("BAD_PORT", "BAD_QUEUE", "EPERM")),
}
BSN_SUBTYPES = (
    "SET_IP_MASK", "GET_IP_MASK_REQUEST", "GET_IP_MASK_REPLY", "SET_MIRRORING",
    "GET_MIRRORING_REQUEST", "GET_MIRRORING_REPLY", "SHELL_COMMAND", "SHELL_OUTPUT",
    "SHELL_STATUS", "GET_INTERFACES_REQUEST", "GET_INTERFACES_REPLY",
    "SET_PKTIN_SUPPRESSION_REQUEST", "SET_L2_TABLE_REQUEST", "GET_L2_TABLE_REQUEST",
    "GET_L2_TABLE_REPLY", "VIRTUAL_PORT_CREATE_REQUEST", "VIRTUAL_PORT_CREATE_REPLY",
    "VIRTUAL_PORT_REMOVE_REQUEST", "BW_ENABLE_SET_REQUEST", "BW_ENABLE_GET_REQUEST",
    "BW_ENABLE_GET_REPLY", "BW_CLEAR_DATA_REQUEST", "BW_CLEAR_DATA_REPLY",
    "BW_ENABLE_SET_REPLY", "SET_L2_TABLE_REPLY", "SET_PKTIN_SUPPRESSION_REPLY",
    "VIRTUAL_PORT_REMOVE_REPLY", "HYBRID_GET_REQUEST", "HYBRID_GET_REPLY", "", "",
    "PDU_TX_REQUEST", "PDU_TX_REPLY", "PDU_RX_REQUEST", "PDU_RX_REPLY", "PDU_RX_TIMEOUT")
BSN_ACTIONS = {1: "MIRROR", 2: "SET_TUNNEL_DST", 4: "CHECKSUM"}
OUI_BSN = 0x005C16C7
# ONF-managed experimenter IDs: 0xFF000001 on, in order
ONF_EXPERIMENTERS = {0x4F4E4600: "ONF Extensions", **dict(enumerate((
    "Budapest University of Technology and Economics", "NoviFlow",
    "L3+ Extensions, Vendor Neutral", "L4-L7 Extensions", "Wireless and Mobility Extensions",
    "Forwarding Abstractions Extensions", "Optical Transport Extensions",
    "Network Benchmarking Lab, NCTU", "Mobile Packet Core Extensions",
    "MPLS-TP OpenFlow Extensions for SPTN"), start=0xFF000001))}


def vendor_name(v: int) -> str:
    if v & 0xFF000000 == 0:
        return OUIS.get(v, "unknown")
    return ONF_EXPERIMENTERS.get(v, "unknown")


def bitmap(bits: tuple[tuple[int, str], ...], v: int, assigned: int) -> str:
    """tcpdump's ``" (NAME, NAME)"`` for the assigned bits set, ``" (bogus)"`` for others."""
    out = ""
    if v & assigned:
        out = " (" + ", ".join(n for b, n in bits if v & b) + ")"
    if v & ~assigned:
        out += " (bogus)"
    return out


def assigned(bits: tuple[tuple[int, str], ...]) -> int:
    m = 0
    for b, _ in bits:
        m |= b
    return m


_PC_A = assigned(PORT_CONFIG)
_PF_A = assigned(FEATURES)
_FW_A = (1 << 22) - 1
_AT_A = assigned(ACTION_BITS)
_FF_A = assigned(FLOW_MOD_FLAGS)


def port(v: int) -> str:
    return PORTS.get(v, str(v))


def printjnp(o: Out, n: int) -> str:
    """Up to ``n`` bytes as text, ending at a NUL (``M-`` and ``^`` escapes)."""
    chunk = o.d[o.p:o.p + n]
    out: list[str] = []
    for c in chunk:
        if c == 0:
            return "".join(out)
        out.append(char(c))
    if len(chunk) < n:
        o.w("".join(out))
        raise Short
    return "".join(out)


def printn(o: Out, n: int) -> str:
    """``n`` bytes as text; when the capture ends first, what there is, then Short."""
    chunk = o.d[o.p:o.p + n]
    text = "".join(char(c) for c in chunk)
    if len(chunk) < n:
        o.w(text)
        raise Short
    return text


def _vlan(v: int) -> str:
    if v == 0xFFFF:
        return "NONE"
    return f"{v}" + ("" if 0 < v < 0xFFF else " (bogus)")


def _pcp(v: int) -> str:
    return f"{v}" + ("" if v <= 7 else " (bogus)")


def sized(o: Out, n: int, size: int) -> bool:
    """Whether a body of ``n`` bytes has the ``size`` its type must have (else: invalid)."""
    if n != size:
        invalid(o, n)
        return False
    return True


def records(o: Out, n: int, size: int) -> Iterator[None]:
    """Walk ``n`` bytes of ``size``-byte records: each turn with the cursor at one, which
    the caller prints; a short tail is invalid."""
    while n:
        if n < size:
            invalid(o, n)
            return
        start = o.p
        yield
        o.p = start + size
        n -= size


def data_print(o: Out, n: int) -> None:
    """Opaque trailing data: its size, with ``-vv`` a hex and ASCII dump."""
    if n <= 0:
        return
    o.w(f"\n\t data ({n} octets)")
    if o.verbose >= 2:
        chunk = o.d[o.p:o.p + n]
        o.w(hex_ascii_dump(chunk, "\n\t  "))
        if len(chunk) < n:
            raise Short
    else:
        o.need(n)


def invalid(o: Out, n: int) -> None:
    o.w(INVALID)
    o.need(n)


# --- structures ---------------------------------------------------------------------

def port_head(o: Out, number: str, mac_at: int, name_at: int) -> None:
    """A port description's number, hardware address and name; the cursor past the name."""
    o.w(f"\n\t  port_no {number}")
    o.w(f", hw_addr {o.mac(mac_at)}, name '")
    o.p += name_at
    o.w(printjnp(o, 16) + "'")
    o.p += 16


def phy_port(o: Out) -> None:
    port_head(o, port(o.u16()), 2, 8)
    if o.verbose < 2:
        o.need(24)
        o.p += 24
        return
    v = o.u32()
    o.w(f"\n\t   config 0x{v:08x}" + bitmap(PORT_CONFIG, v, _PC_A))
    st = o.u32(4)
    o.w(f"\n\t   state 0x{st:08x} ({STP_STATES.get(st & 0x300, '')}"
        f"{', LINK_DOWN' if st & 1 else ''}){' (bogus)' if st & ~0x301 else ''}")
    o.p += 8
    for name in ("curr", "advertised", "supported", "peer"):
        v = o.u32()
        o.w(f"\n\t   {name} 0x{v:08x}" + bitmap(FEATURES, v, _PF_A))
        o.p += 4


def match(o: Out, pfx: str) -> None:
    w = o.u32()
    if w & ~_FW_A:
        o.w(f"{pfx}wildcards 0x{w:08x} (bogus)")
    if not w & 1:
        o.w(f"{pfx}match in_port {port(o.u16(4))}")
    if not w & 4:
        o.w(f"{pfx}match dl_src {o.mac(6)}")
    if not w & 8:
        o.w(f"{pfx}match dl_dst {o.mac(12)}")
    if not w & 2:
        o.w(f"{pfx}match dl_vlan {_vlan(o.u16(18))}")
    if not w & (1 << 20):
        o.w(f"{pfx}match dl_vlan_pcp {_pcp(o.u8(20))}")
    dl_type = o.u16(22)
    if not w & 16:
        o.w(f"{pfx}match dl_type 0x{dl_type:04x}")
    if not w & (1 << 21):
        o.w(f"{pfx}match nw_tos 0x{o.u8(24):02x}")
    nw_proto = o.u8(25)
    if not w & 32:
        name = "arp_opcode" if not w & 16 and dl_type == 0x0806 else "nw_proto"
        o.w(f"{pfx}match {name} {nw_proto}")
    bits = (w >> 8) & 0x3F
    if bits < 32:
        o.w(f"{pfx}match nw_src {o.ip(28)}/{32 - bits}")
    bits = (w >> 14) & 0x3F
    if bits < 32:
        o.w(f"{pfx}match nw_dst {o.ip(32)}/{32 - bits}")
    icmp = not w & 16 and dl_type == 0x0800 and not w & 32 and nw_proto == 1
    if not w & 64:
        o.w(f"{pfx}match {'icmp_type' if icmp else 'tp_src'} {o.u16(36)}")
    if not w & 128:
        o.w(f"{pfx}match {'icmp_code' if icmp else 'tp_dst'} {o.u16(38)}")
    else:
        o.need(2, o.p + 38)
    o.p += 40


_ALEN8 = frozenset((0, 1, 2, 3, 6, 7, 8, 9, 10))
_ALEN16 = frozenset((4, 5, 11))


def tlv_head(o: Out, n: int, least: int, label: Callable[[int], str],
             len_word: str = "len") -> tuple[int, int] | None:
    """The head of the next element of a list with ``n`` bytes left, each element a 16-bit
    type and a 16-bit length of at least ``least``: written as ``label(type)`` and its
    length, the cursor past them. None, said invalid, when the element does not fit."""
    if n < least:
        invalid(o, n)
        return None
    t = o.u16()
    o.w(label(t))
    ln = o.u16(2)
    o.p += 4
    o.w(f", {len_word} {ln}")
    if ln < least or ln > n:
        invalid(o, n - 4)
        return None
    return t, ln


def skip_unfit(o: Out, fits: bool | None, rest: int) -> int | None:
    """None when an element's body (its ``rest`` bytes) is to be printed: its length ``fits``
    its type. Else the bytes skipped past it: silently for a type without a printer (None),
    with " (bogus)" for a length its type cannot have (False)."""
    if fits:
        return None
    if fits is False:
        o.w(" (bogus)")
    return o.skip(rest)


def _action_name(t: int) -> str:
    return ACTION_NAMES[t] if t < len(ACTION_NAMES) else (
        "VENDOR" if t == 0xFFFF else f"invalid (0x{t:04x})")


def actions(o: Out, pfx: str, n: int) -> None:
    while n:
        head = tlv_head(o, n, 8, lambda t: f"{pfx}action type {_action_name(t)}")
        if head is None:
            return
        t, alen = head
        n -= 4
        fits = (alen == 8 if t in _ALEN8 else alen == 16 if t in _ALEN16
                else alen % 8 == 0 if t == 0xFFFF else None)
        skipped = skip_unfit(o, fits, alen - 4)
        if skipped is not None:
            n -= skipped
            continue
        used = _action_body(o, t, alen)
        o.p += used
        n -= used


# actions of one 4-byte field: their text
_FOUR_BYTE_ACTIONS: dict[int, Callable[[Out], str]] = {
    1: lambda o: f", vlan_vid {_vlan(o.u16())}",
    2: lambda o: f", vlan_pcp {_pcp(o.u8())}",
    8: lambda o: f", nw_tos 0x{o.u8():02x}",
    9: lambda o: f", tp_port {o.u16()}",
    10: lambda o: f", tp_port {o.u16()}",
}


def _action_body(o: Out, t: int, alen: int) -> int:
    """Print the fields after the action header; return the bytes used."""
    if t == 0:
        p = o.u16()
        o.w(f", port {port(p)}")
        if p == 0xFFFD:
            o.w(f", max_len {o.u16(2)}")
        else:
            o.need(2, o.p + 2)
        return 4
    if t in _FOUR_BYTE_ACTIONS:
        o.w(_FOUR_BYTE_ACTIONS[t](o))
        o.need(4)
        return 4
    if t in (4, 5):
        o.w(f", dl_addr {o.mac()}")
        o.need(12)
        return 12
    if t in (6, 7):
        o.w(f", nw_addr {o.ip()}")
        return 4
    if t == 11:
        o.w(f", port {port(o.u16())}")
        q = o.u32(8)
        o.w(f", queue_id {'ALL' if q == 0xFFFFFFFF else q}")
        return 12
    if t == 0xFFFF:
        vendor_action(o, alen - 4)
        return alen - 4
    o.need(4)       # STRIP_VLAN: padding only
    return 4


def vendor_action(o: Out, n: int) -> None:
    start = o.p
    if n < 4:
        invalid(o, n)
        return
    _vendor_body(o, n, _bsn_action)
    o.p = start


def _vendor_body(o: Out, n: int, bsn: Callable[[Out, int], None]) -> None:
    """A vendor id, then the vendor's data: ``bsn`` prints Big Switch's, the rest in hex."""
    v = o.u32()
    o.p += 4
    o.w(f", vendor 0x{v:08x} ({vendor_name(v)})")
    (bsn if v == OUI_BSN else data_print)(o, n - 4)


def _bsn_subtype(o: Out, n: int) -> int | None:
    """The subtype word of a BSN body (None: too short for one, said so)."""
    if n < 4:
        invalid(o, n)
        return None
    st = o.u32()
    o.p += 4
    return st


def _bsn_action(o: Out, n: int) -> None:
    st = _bsn_subtype(o, n)
    if st is None:
        return
    n -= 4
    o.w(f"\n\t  subtype {BSN_ACTIONS.get(st, f'unknown (0x{st:08x})')}")
    if st != 1:
        o.need(n)
        return
    if not sized(o, n, 12):
        return
    o.w(f", dest_port {o.u32()}")
    tag = o.u32(4)
    hi = tag >> 16
    if hi == 0:
        o.w(", vlan_tag none")
    elif hi == 0x8100:
        tci = tag & 0xFFFF
        o.w(f", vlan_tag 802.1Q (vlan {tci & 0xFFF}, p {tci >> 13}"
            f"{', DEI' if tci & 0x1000 else ''})")
    else:
        o.w(f", vlan_tag unknown (0x{hi:04x})")
    stage = o.u8(8)
    o.w(f", copy_stage {('INGRESS', 'EGRESS')[stage] if stage < 2 else f'unknown ({stage})'}")
    o.need(3, o.p + 9)


# --- messages -----------------------------------------------------------------------

def _features_reply(o: Out, n: int) -> None:
    o.w(f"\n\t dpid 0x{o.u64():016x}")
    o.w(f", n_buffers {o.u32(8)}")
    o.w(f", n_tables {o.u8(12)}")
    v = o.u32(16)
    o.w(f"\n\t capabilities 0x{v:08x}" + bitmap(CAPABILITIES, v, _CAP_ASSIGNED))
    v = o.u32(20)
    o.w(f"\n\t actions 0x{v:08x}" + bitmap(ACTION_BITS, v, _AT_A))
    o.p += 24
    n -= 24
    while n:
        if n < 48:
            invalid(o, n)
            return
        start = o.p
        phy_port(o)
        o.p = start + 48
        n -= 48


def _switch_config(o: Out, n: int) -> None:
    f = o.u16()
    o.w(f"\n\t flags {CONFIG_FLAGS.get(f, f'invalid (0x{f:04x})')}")
    o.w(f", miss_send_len {o.u16(2)}")


def _flow_mod(o: Out, n: int) -> None:
    match(o, "\n\t ")
    o.w(f"\n\t cookie 0x{o.u64():016x}")
    cmd = o.u16(8)
    o.w(f", command {FLOW_COMMANDS.get(cmd, f'invalid (0x{cmd:04x})')}")
    for at, name in ((10, "idle_timeout"), (12, "hard_timeout"), (14, "priority")):
        v = o.u16(at)
        if v:
            o.w(f", {name} {v}")
    if cmd in (0, 1, 2):
        b = o.u32(16)
        o.w(", buffer_id " + ("NONE" if b == 0xFFFFFFFF else f"0x{b:08x}"))
    if cmd in (3, 4):
        o.w(f", out_port {port(o.u16(20))}")
    f = o.u16(22)
    o.w(f", flags 0x{f:04x}" + bitmap(FLOW_MOD_FLAGS, f, _FF_A))
    o.p += 24
    actions(o, "\n\t ", n - 64)


def _port_mod(o: Out, n: int) -> None:
    o.w(f"\n\t port_no {port(o.u16())}")
    o.w(f", hw_addr {o.mac(2)}")
    for at, name, bits, a in ((8, "config", PORT_CONFIG, _PC_A), (12, "mask", PORT_CONFIG, _PC_A),
                              (16, "advertise", FEATURES, _PF_A)):
        v = o.u32(at)
        o.w(f"\n\t {name} 0x{v:08x}" + bitmap(bits, v, a))
    o.need(4, o.p + 20)


def _queue_get_config_request(o: Out, n: int) -> None:
    o.w(f"\n\t port {port(o.u16())}")
    o.need(2, o.p + 2)


def _queue_get_config_reply(o: Out, n: int) -> None:
    o.w(f"\n\t port {port(o.u16())}")
    n -= o.skip(8)
    while n:
        if n < 8:
            invalid(o, n)
            return
        o.w(f"\n\t  queue_id {o.u32()}")
        dl = o.u16(4)
        o.p += 6
        n -= 6
        o.w(f", len {dl}")
        if dl < 8 or dl > n + 6:
            invalid(o, n)
            return
        n -= o.skip(2)
        if o.verbose >= 2:
            _queue_props(o, dl - 8)
        else:
            o.need(dl - 8)
        o.p += dl - 8
        n -= dl - 8


def _queue_props(o: Out, n: int) -> None:
    start = o.p
    while n:
        head = tlv_head(o, n, 8,
                        lambda t: f"\n\t   property {QUEUE_PROPS.get(t, f'invalid (0x{t:04x})')}")
        if head is None:
            break
        prop, plen = head
        n -= 4
        n -= o.skip(4)
        skipped = skip_unfit(o, plen == 8 if prop == 0 else plen == 16 if prop == 1 else None,
                             plen - 8)
        if skipped is not None:
            n -= skipped
            continue
        if prop == 1:
            rate = o.u16()
            o.w(", rate disabled" if rate > 1000 else f", rate {rate // 10}.{rate % 10}%")
            n -= o.skip(8)
    o.p = start


# the body sizes of the statistics requests (0: none)
_STATS_REQUEST_SIZES = {0: 0, 1: 44, 2: 44, 3: 0, 4: 8, 5: 8}


def _stats_request(o: Out, n: int) -> None:
    t = o.u16()
    f = o.u16(2)
    o.w(f"\n\t type {STATS_TYPES.get(t, f'invalid (0x{t:04x})')}, flags 0x{f:04x}"
        + (" (bogus)" if f else ""))
    o.p += 4
    n -= 4
    size = _STATS_REQUEST_SIZES.get(t)
    if size is not None and not sized(o, n, size):
        return
    if t in (1, 2):
        match(o, "\n\t ")
        tid = o.u8()
        o.w(f"\n\t table_id {TABLE_IDS.get(tid, str(tid))}")
        o.w(f", out_port {port(o.u16(2))}")
    elif t == 4:
        o.w(f"\n\t port_no {port(o.u16())}")
        o.need(8)
    elif t == 5:
        q = o.u32(4)
        o.w(f"\n\t port_no {port(o.u16())}")
        q = o.u32(4)
        o.w(f", queue_id {'ALL' if q == 0xFFFFFFFF else q}")
    elif t == 0xFFFF:
        _vendor_data(o, n)


def _vendor_data(o: Out, n: int) -> None:
    if n < 4:
        invalid(o, n)
        return
    v = o.u32()
    o.w(f", vendor 0x{v:08x} ({vendor_name(v)})")
    o.p += 4
    data_print(o, n - 4)


def _desc_reply(o: Out, n: int) -> None:
    if not sized(o, n, 1056):
        return
    for name, size in (("mfr_desc", 256), ("hw_desc", 256), ("sw_desc", 256),
                       ("serial_num", 32), ("dp_desc", 256)):
        o.w(f"\n\t  {name} '")
        o.w(printjnp(o, size) + "'")
        o.p += size


def _flow_reply(o: Out, n: int) -> None:
    while n:
        if n < 88:
            invalid(o, n)
            return
        el = o.u16()
        o.w(f"\n\t length {el}")
        if el < 88 or el > n:
            invalid(o, n)
            return
        tid = o.u8(2)
        o.w(f", table_id {TABLE_IDS.get(tid, str(tid))}")
        o.p += 4
        match(o, "\n\t  ")
        o.w(f"\n\t  duration_sec {o.u32()}")
        o.w(f", duration_nsec {o.u32(4)}")
        o.w(f", priority {o.u16(8)}")
        o.w(f", idle_timeout {o.u16(10)}")
        o.w(f", hard_timeout {o.u16(12)}")
        o.w(f", cookie 0x{o.u64(20):016x}")
        o.w(f", packet_count {o.u64(28)}")
        o.w(f", byte_count {o.u64(36)}")
        o.p += 44
        start = o.p
        actions(o, "\n\t  ", el - 88)
        o.p = start + el - 88
        n -= el


def _aggregate_reply(o: Out, n: int) -> None:
    if not sized(o, n, 24):
        return
    o.w(f"\n\t packet_count {o.u64()}")
    o.w(f", byte_count {o.u64(8)}")
    o.w(f", flow_count {o.u32(16)}")
    o.need(4, o.p + 20)


def _table_reply(o: Out, n: int) -> None:
    for _ in records(o, n, 64):
        tid = o.u8()
        o.w(f"\n\t table_id {TABLE_IDS.get(tid, str(tid))}, name '")
        o.p += 4
        o.w(printjnp(o, 32) + "'")
        o.p += 32
        w = o.u32()
        o.w(f"\n\t  wildcards 0x{w:08x}" + bitmap(WILDCARDS, w, _FW_A))
        o.w(f"\n\t  max_entries {o.u32(4)}")
        o.w(f", active_count {o.u32(8)}")
        o.w(f", lookup_count {o.u64(12)}")
        o.w(f", matched_count {o.u64(20)}")


_PORT_COUNTERS = ("rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_dropped",
                  "tx_dropped", "rx_errors", "tx_errors", "rx_frame_err", "rx_over_err",
                  "rx_crc_err", "collisions")


def _port_reply(o: Out, n: int) -> None:
    for _ in records(o, n, 104):
        o.w(f"\n\t  port_no {port(o.u16())}")
        if o.verbose < 2:
            o.need(104)
        else:
            for i, name in enumerate(_PORT_COUNTERS):
                o.w(f", {name} {o.u64(8 + 8 * i)}")


def _queue_reply(o: Out, n: int) -> None:
    for _ in records(o, n, 32):
        o.w(f"\n\t  port_no {port(o.u16())}")
        o.w(f", queue_id {o.u32(4)}")
        o.w(f", tx_bytes {o.u64(8)}")
        o.w(f", tx_packets {o.u64(16)}")
        o.w(f", tx_errors {o.u64(24)}")


_STATS_REPLIES: dict[int, Callable[[Out, int], None]] = {
    0: _desc_reply, 1: _flow_reply, 2: _aggregate_reply, 3: _table_reply,
    4: _port_reply, 5: _queue_reply, 0xFFFF: _vendor_data}


def _stats_reply(o: Out, n: int) -> None:
    t = o.u16()
    f = o.u16(2)
    o.w(f"\n\t type {STATS_TYPES.get(t, f'invalid (0x{t:04x})')}, flags 0x{f:04x}"
        + bitmap(((1, "MORE"),), f, 1))
    o.p += 4
    fn = _STATS_REPLIES.get(t)
    if fn is None:
        o.need(n - 4)
    else:
        fn(o, n - 4)


def _packet_data(o: Out, n: int) -> None:
    """The Ethernet frame a PACKET_IN/PACKET_OUT carries: its size; with -vvv the frame,
    printed by a walk over it with three levels of verbosity less."""
    if n <= 0:
        return
    o.w(f"\n\t data ({n} octets)")
    if o.verbose < 3 or o.opts is None:
        o.need(n)
        return
    from dataclasses import replace
    from ._walk import walk
    o.w(", frame decoding below\n")
    frame = o.d[o.p:o.p + n]
    sub = Context(opts=replace(o.opts, verbose=o.verbose - 3))
    o.w(walk(frame, 1, n, sub)[1])


def _packet_out(o: Out, n: int) -> None:
    o.w(f"\n\t buffer_id 0x{o.u32():08x}")
    o.w(f", in_port {port(o.u16(4))}")
    al = o.u16(6)
    o.p += 8
    n -= 8
    if al > n:
        invalid(o, n)
        return
    start = o.p
    actions(o, "\n\t ", al)
    o.p = start + al
    _packet_data(o, n - al)


def _packet_in(o: Out, n: int) -> None:
    b = o.u32()
    o.w("\n\t buffer_id " + ("NONE" if b == 0xFFFFFFFF else f"0x{b:08x}"))
    o.w(f", total_len {o.u16(4)}")
    o.w(f", in_port {port(o.u16(6))}")
    r = o.u8(8)
    o.w(f", reason {PACKET_IN_REASONS.get(r, f'invalid (0x{r:02x})')}")
    o.need(10)
    o.p += 10
    _packet_data(o, n - 10)


def _flow_removed(o: Out, n: int) -> None:
    match(o, "\n\t ")
    o.w(f"\n\t cookie 0x{o.u64():016x}")
    pr = o.u16(8)
    if pr:
        o.w(f", priority {pr}")
    r = o.u8(10)
    o.w(f", reason {REMOVED_REASONS.get(r, f'unknown (0x{r:02x})')}")
    o.w(f", duration_sec {o.u32(12)}")
    o.w(f", duration_nsec {o.u32(16)}")
    it = o.u16(20)
    if it:
        o.w(f", idle_timeout {it}")
    o.w(f", packet_count {o.u64(24)}")
    o.w(f", byte_count {o.u64(32)}")


def port_status(o: Out, port: Callable[[Out], None], unknown: str) -> None:
    """A PORT_STATUS body (OpenFlow 1.0 and 1.3): the reason (``unknown`` names one
    not known, ``{}`` standing for its value), padding, then the port ``port`` prints."""
    r = o.u8()
    o.w(f"\n\t reason {PORT_REASONS.get(r, unknown.format(r))}")
    o.p += 8
    port(o)


def _port_status(o: Out, n: int) -> None:
    port_status(o, phy_port, "invalid (0x{:02x})")


def _error(o: Out, n: int) -> None:
    o.need(4)          # 1.0 prints nothing of a header it cannot read whole
    error_body(o, n, ERROR_TYPES)


def error_body(o: Out, n: int, types: dict[int, tuple[str, tuple[str, ...]]]) -> None:
    """An ERROR message: its type and code (names from ``types``), then its data."""
    t = o.u16()
    info = types.get(t)
    o.w(f"\n\t type {info[0] if info else f'invalid (0x{t:04x})'}")
    c = o.u16(2)
    if info is not None and c < len(info[1]):
        o.w(f", code {info[1][c]}")
    else:
        o.w(f", code invalid (0x{c:04x})")
    o.p += 4
    data_print(o, n - 4)


def _vendor(o: Out, n: int) -> None:
    _vendor_body(o, n, _bsn_message)


# the body sizes BSN messages must have (0: none)
_BSN_SIZES = {0: 8, 1: 8, 2: 8, 3: 4, 4: 4, 5: 4, 8: 4, 9: 0, 13: 0, 17: 4, 19: 0, 21: 0, 27: 0}


def _bsn_message(o: Out, n: int) -> None:
    st = _bsn_subtype(o, n)
    if st is None:
        return
    n -= 4
    name = BSN_SUBTYPES[st] if st < len(BSN_SUBTYPES) and BSN_SUBTYPES[st] else \
        f"unknown (0x{st:08x})"
    o.w(f"\n\t subtype {name}")
    size = _BSN_SIZES.get(st)
    if size is not None and not sized(o, n, size):
        return
    if st == 1:
        o.w(f", index {o.u8()}")
        o.need(8)
    elif st in (0, 2):
        o.w(f", index {o.u8()}")
        o.w(f", mask {o.ip(4)}")
    elif st in (3, 4, 5):
        v = o.u8()
        o.w(f", report_mirror_ports {('OFF', 'ON')[v] if v < 2 else f'bogus ({v})'}")
        o.need(4)
    elif st == 17:
        o.w(f", vport_no {o.u32()}")
    elif st == 6:
        if n < 4:
            invalid(o, n)
            return
        o.w(f", service {o.u32()}, data '")
        o.p += 4
        o.w(printn(o, n - 4) + "'")
    elif st == 7:
        o.w(", data '" + printn(o, n) + "'")
    elif st == 8:
        o.w(f", status 0x{o.u32():08x}")
    else:
        o.need(n)


def _hello(o: Out, n: int) -> None:
    data_print(o, n)


_BODIES: dict[int, Callable[[Out, int], None]] = {
    0: _hello, 1: _error, 2: _hello, 3: _hello, 4: _vendor, 6: _features_reply,
    8: _switch_config, 9: _switch_config, 10: _packet_in, 11: _flow_removed,
    12: _port_status, 13: _packet_out, 14: _flow_mod, 15: _port_mod, 16: _stats_request,
    17: _stats_reply, 20: _queue_get_config_request, 21: _queue_get_config_reply,
}


def body(mtype: int, data: bytes, length: int, verbose: int,
         opts: Options | None = None) -> str | None:
    """The text of a body of ``length`` bytes (``data``: its captured part); ``opts``
    (the capture's) lets ``-vvv`` print the frames packet-in/-out messages carry."""
    return run_body(_BODIES, mtype, data, length, verbose, opts)


def run_body(bodies: dict[int, Callable[[Out, int], None]], mtype: int, data: bytes,
             length: int, verbose: int, opts: Options | None = None) -> str | None:
    """The text ``bodies[mtype]`` writes for a body (None: no printer for that type)."""
    fn = bodies.get(mtype)
    if fn is None:
        return None
    o = Out(data, verbose, opts)
    try:
        fn(o, length)
    except Short:
        return o.text() + TRUNC
    except Exception:          # a damaged body must not cost the message line
        return o.text() + TRUNC
    return o.text()
