"""Frame Relay (DLT_FRELAY, 107), as tcpdump 4.99.3 prints it.

A Q.922 address of 2 to 4 octets (DLCI, C/R, FECN, BECN, DE, SDLC bits),
then either a Cisco-style Ethernet type or the RFC 2427 form: control octet
(UI, 0x03), an optional pad octet and an NLPID that picks the next printer
(IPv4, IPv6, OSI, SNAP, PPP, Q.933 signalling, FRF.15 fragments).  With
``-e`` the header prints as ``Q.922, hdr-len 2, DLCI 100, Flags [none],
NLPID IPv4 (0xcc), length 104: ``; without it only for NLPIDs no printer
takes, followed by a hex dump.  FRF.15 fragment headers are printed here,
Q.933 (LMI) messages by :mod:`.q933`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._base import TRUNCATED, Context, Layer
from ._dump import hex_ascii_dump
from ._rtr import bitflags
from .isis import NLPIDS
from .link import CISCO_PIDS, ETHERTYPE_NAMES, OUI_NAMES, ethertype_text
from .q933 import q933_text

__all__ = ["FrRecord", "decode_fr", "format_fr", "q922_header"]

_CR, _DE, _BECN, _FECN, _SDLC = 0x02000000, 0x00020000, 0x00040000, 0x00080000, 0x00000002
_FLAG_NAMES = ((_CR, "C!"), (_DE, "DE"), (_BECN, "BECN"), (_FECN, "FECN"), (_SDLC, "sdlcore"))

_NLPID_IP, _NLPID_IP6, _NLPID_SNAP, _NLPID_Q933, _NLPID_MFR, _NLPID_PPP = (
    0xCC, 0x8E, 0x80, 0x08, 0xB1, 0xCF)
_NLPID_OSI = (0x81, 0x82, 0x83)

_BRIDGED = {1: "Ethernet + FCS", 7: "Ethernet w/o FCS", 2: "802.4 + FCS", 8: "802.4 w/o FCS",
            3: "Token Ring + FCS", 9: "Token Ring w/o FCS", 4: "FDDI + FCS", 10: "FDDI w/o FCS",
            5: "802.6 + FCS", 11: "802.6 w/o FCS", 14: "BPDU"}
_MFR_FLAGS = ((0x80, "Begin"), (0x40, "End"), (0x20, "Control"))


@dataclass(slots=True)
class FrRecord(Layer, proto="fr"):
    length: int = 0               # the frame's length on the wire
    address_ok: bool = True       # False: the Q.922 address is invalid
    addr_len: int = 0
    dlci: int = -1
    flags: int = 0                # tcpdump's flag word (C/R, FECN, BECN, DE, SDLC bits)
    cisco_ethertype: int = -1     # Cisco-style encapsulation: the Ethernet type
    cisco_tried: int = -1         # the octets read as an Ethernet type that was none
    control: int = -1             # the octet after the address
    pad: bool = False
    nlpid: int = -1
    hdr_len: int = 0
    ll_hdr_len: int = 0           # the octets tcpdump's -x/-X/-A skip
    snap_oui: int = -1            # NLPID SNAP: the SNAP header
    snap_pid: int = -1
    notes: str = field(default="", repr=False)   # "UI 30! ", "Pad! ", "No pad! " (text)
    data: bytes = field(default=b"", repr=False)  # the captured frame


def q922_header(d: bytes, length: int) -> tuple[int, int, int, int]:
    """(result, dlci, address length, flags): result 1 valid, 0 invalid, -1 cut short
    (tcpdump's Q.922 address parser)."""
    n = min(len(d), length)
    if n < 1:
        return -1, -1, 0, 0
    if d[0] & 1:
        return 0, -1, 0, 0
    if n < 2:
        return -1, -1, 0, 0
    dlci = ((d[0] & 0xFC) << 2) | ((d[1] & 0xF0) >> 4)
    flags = ((d[0] & 0x02) << 24) | ((d[1] & 0x0E) << 16)
    if d[1] & 1:
        return 1, dlci, 2, flags
    if n < 3:
        return -1, dlci, 2, flags
    alen, i = 3, 2
    if not d[2] & 1:
        dlci = (dlci << 7) | (d[2] >> 1)
        alen, i = 4, 3
    if n <= i:
        return -1, dlci, alen, flags
    if not d[i] & 1:
        return 0, dlci, alen, flags
    flags |= d[i] & 0x02
    dlci = (dlci << 6) | (d[i] >> 2)
    return 1, dlci, alen, flags


def _known_ethertype(et: int) -> bool:
    from ._walk import ETHERTYPES
    return et in ETHERTYPES


def decode_fr(data: bytes, length: int, ctx: Context) -> FrRecord:
    rec = FrRecord(length=length, data=bytes(data))
    d = rec.data
    if len(d) < 4:
        rec.stop = TRUNCATED
        rec.ll_hdr_len = len(d)
        return rec
    res, rec.dlci, rec.addr_len, rec.flags = q922_header(d, length)
    if res < 0:
        rec.stop = TRUNCATED
        return rec
    if res == 0:
        rec.address_ok = False
        return rec
    a = rec.addr_len
    if len(d) <= a or length < a + 1:
        rec.stop = TRUNCATED
        return rec
    rec.control = d[a]
    notes = []
    if d[a] != 0x03 and rec.dlci != 0:
        if len(d) < a + 2 or length < a + 2:
            notes.append(f"UI {d[a]:02x}! ")
        else:
            et = (d[a] << 8) | d[a + 1]
            if _known_ethertype(et):
                rec.cisco_ethertype = et
                rec.hdr_len = rec.ll_hdr_len = a + 2
                rec.inner = ("ethertype", et, a + 2)
                return rec
            rec.cisco_tried = et
            notes.append(f"UI {d[a]:02x}! ")
    if len(d) <= a + 1 or length < a + 2:
        rec.notes = "".join(notes)
        rec.stop = TRUNCATED
        return rec
    if d[a + 1] == 0:
        rec.pad = True
        if a != 3:
            notes.append("Pad! ")
        hl = a + 3
    else:
        if a == 3:
            notes.append("No pad! ")
        hl = a + 2
    rec.notes = "".join(notes)
    if len(d) < hl or length < hl:
        rec.stop = TRUNCATED
        return rec
    rec.hdr_len = rec.ll_hdr_len = hl
    rec.nlpid = nl = d[hl - 1]
    if nl == _NLPID_IP:
        rec.inner = ("ethertype", 0x0800, hl)
    elif nl == _NLPID_IP6:
        rec.inner = ("ethertype", 0x86DD, hl)
    elif nl in _NLPID_OSI:
        rec.inner = ("ethertype", 0x00FE, hl - 1)   # the OSI printer starts at the NLPID
    elif nl == _NLPID_Q933 and _q933_gives_up(d[hl:], length - hl):
        rec.ll_hdr_len = 0      # tcpdump gave up inside its printer: -x dumps it all
    elif nl == _NLPID_MFR and length - hl >= 2 and len(d) < hl + 2:
        rec.ll_hdr_len = 0      # tcpdump gave up inside its printer: -x dumps it all
    elif nl == _NLPID_PPP:
        rec.inner = ("nlpid", _NLPID_PPP, hl)
    elif nl == _NLPID_SNAP:
        if len(d) >= hl + 5 and length >= hl + 5:
            rec.snap_oui = int.from_bytes(d[hl:hl + 3], "big")
            rec.snap_pid = int.from_bytes(d[hl + 3:hl + 5], "big")
            key = (rec.snap_oui << 16) | rec.snap_pid
            if rec.snap_oui == 0 and _known_ethertype(rec.snap_pid):
                rec.inner = ("ethertype", rec.snap_pid, hl + 5)
            elif rec.snap_oui == 0x0080C2 and rec.snap_pid in (1, 7):
                rec.inner = ("linktype", 1, hl + 5)   # a bridged Ethernet frame
            elif _known_snap(key):
                rec.inner = ("snap", key, hl + 5)
    return rec


def _q933_gives_up(b: bytes, length: int) -> bool:
    """Whether tcpdump's Q.933 printer stops on the capture's end without checking
    first (reading the octet after a one-octet call reference), which makes it
    dump the whole frame under -x."""
    cap = len(b)
    if length <= 0 or cap < 1:
        return False
    crl = b[0] & 0x0F
    i, length = 1 + crl, length - 1 - crl
    if length <= 0 or i >= cap:
        return False
    i, length = i + 1, length - 1          # the message type
    if length != 0 and i < cap and b[i] & 0xF0 == 0x90:
        i += 1
    return crl == 1 and i >= cap


def _known_snap(key: int) -> bool:
    from ._walk import SNAP, external
    t = SNAP.get(key)
    return t is not None and not isinstance(t, str) and external(*t) is not None


def _hdr(rec: FrRecord, ctx: Context, length: int, alen: int, proto: int) -> str:
    if ctx.opts.quiet:
        return f"Q.922, DLCI {rec.dlci}, length {length}: "
    if proto <= 0xFF:
        what = f"NLPID {NLPIDS.get(proto, 'unknown')} (0x{proto:02x})"
    else:
        what = f"cisco-ethertype {ETHERTYPE_NAMES.get(proto, 'unknown')} (0x{proto:04x})"
    return (f"Q.922, hdr-len {alen}, DLCI {rec.dlci}, Flags [{bitflags(_FLAG_NAMES, rec.flags)}], "
            f"{what}, length {length}: ")


def _default(d: bytes, length: int, trunc: str) -> str:
    """tcpdump's default print of ``length`` bytes of which ``d`` were captured."""
    if length <= 0:
        return ""
    text = hex_ascii_dump(d[:length])
    return text + (trunc if len(d) < length else "")


def _format(rec: FrRecord, ctx: Context) -> str:
    o = ctx.opts
    if not rec.address_ok:
        return "Q.922, invalid address"
    if o.link_header and rec.cisco_tried >= 0:
        # tcpdump prints the header for the Ethernet type it tries first
        return _hdr(rec, ctx, rec.length, rec.addr_len, rec.cisco_tried) + _format_rest(rec, ctx)
    return _format_rest(rec, ctx)


def _format_rest(rec: FrRecord, ctx: Context) -> str:
    o = ctx.opts
    if rec.hdr_len == 0 or rec.stop == TRUNCATED and rec.nlpid < 0:
        return rec.notes + " [|fr]"
    if rec.cisco_ethertype >= 0:
        return _hdr(rec, ctx, rec.length, rec.addr_len, rec.cisco_ethertype) if o.link_header else ""
    out = [rec.notes]
    hl, nl = rec.hdr_len, rec.nlpid
    if o.link_header:
        out.append(_hdr(rec, ctx, rec.length, rec.addr_len, nl))
    if rec.inner is not None:
        if nl == _NLPID_SNAP and o.link_header:
            out.append(_snap_text(rec, rec.length - hl))
        return "".join(out)
    d = rec.data
    length = rec.length - hl
    body = d[hl:]
    if nl == _NLPID_Q933:
        out.append(q933_text(body, length, o))
    elif nl == _NLPID_MFR:
        if length < 2 or len(body) < 2:
            out.append(" [|fr]")
        else:
            b = body[0]
            seq = ((b & 0x1E) << 7) | body[1]
            out.append(f"FRF.15, seq 0x{seq:03x}, Flags [{bitflags(_MFR_FLAGS, b & 0xE0)}],"
                       f"{'Interface' if b & 1 else 'End-to-End'} Fragmentation, length {length}")
    elif nl == _NLPID_SNAP:
        if length < 5 or len(body) < 5:
            # the SNAP printer gave up on its header
            return "".join(out) + " [|snap]"
        if o.link_header:
            out.append(_snap_text(rec, length))
        else:
            # the SNAP printer names what it does not know, then the frame is dumped
            out.append("SNAP, " + _snap_text(rec, length).replace(
                "oui Ethernet (0x000000), ", ""))
            out.append(_hdr(rec, ctx, rec.length, hl, nl))
        if not (o.suppress_default_print or o.quiet):     # (-q suppresses it too)
            out.append(_default(d, rec.length, " [|fr]"))
    else:
        if not o.link_header:
            out.append(_hdr(rec, ctx, rec.length, rec.addr_len, nl))
        if not o.suppress_default_print:
            out.append(_default(body, length, " [|fr]"))
    return "".join(out)


def _snap_text(rec: FrRecord, length: int) -> str:
    oui, pid = rec.snap_oui, rec.snap_pid
    if oui < 0:
        return ""
    name = "Ethernet bridged" if oui == 0x0080C2 else OUI_NAMES.get(oui, "Unknown")
    if oui == 0:
        ptxt = ethertype_text(pid)
    elif oui == 0x0080C2:
        ptxt = f"pid {_BRIDGED.get(pid, 'Unknown')} (0x{pid:04x})"
    else:
        pname = CISCO_PIDS.get(pid, "Unknown") if oui == 0x00000C else "Unknown"
        ptxt = f"pid {pname} (0x{pid:04x})"
    return f"oui {name} (0x{oui:06x}), {ptxt}, length {length - 5}: "


def format_fr(rec: FrRecord, ctx: Context) -> str:
    try:
        return _format(rec, ctx)
    except Exception:      # never raise on packet bytes
        return " [|fr]"
