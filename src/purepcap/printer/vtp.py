"""Cisco VLAN Trunking Protocol (VTP): SNAP, OUI 0x00000c, protocol 0x2003.

``VTPv1, Message Summary advertisement (0x01), length 77``; with ``-v`` the
management domain and the message's own fields: a summary advertisement's
configuration revision, updater, time stamp and MD5 digest, a subset
advertisement's VLAN records (status, type, id, MTU, SAID, name and their
TLVs), an advertisement request's start value.  A unit shorter than its
36-octet header, a bad domain length, VLAN record or TLV prints tcpdump's
note and `` (invalid)``; octets the capture lacks end the text with
`` [|vtp]``.

The formatter reads the captured bytes; the record keeps the header fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._base import TRUNCATED, Context, Layer, ends_before
from ._bytes import AddrReader
from ._rtr import printjnp

__all__ = ["VtpRecord", "decode_vtp", "format_vtp"]

TRUNC = " [|vtp]"
HEADER_LEN = 36
MESSAGES = {1: "Summary advertisement", 2: "Subset advertisement", 3: "Advertisement request",
            4: "Join message"}
_HEADER_FIELD = {1: "Followers", 2: "Seq number", 3: "Rsvd", 4: "Rsvd"}
_VLAN_TYPES = {1: "Ethernet", 2: "FDDI", 3: "TrCRF", 4: "FDDI-net", 5: "TrBRF"}
_VLAN_STATUS = {0: "Operational", 1: "Suspended"}
_TLVS = {1: "Source-Routing Ring Number TLV", 2: "Source-Routing Bridge Number TLV",
         3: "STP type TLV", 4: "Parent VLAN TLV", 5: "Translationally bridged VLANs TLV",
         6: "Pruning TLV", 7: "Bridge Type TLV", 8: "Max ARP Hop Count TLV",
         9: "Max STE Hop Count TLV", 10: "Backup CRF Mode TLV"}
_STP_TYPES = {1: "SRT", 2: "SRB", 3: "Auto"}


class _Invalid(Exception):
    pass


@dataclass(slots=True)
class VtpRecord(Layer, proto="vtp"):
    length: int = 0
    version: int = -1
    msg_type: int = -1
    field3: int = 0              # followers / sequence number / reserved
    domain: bytes = b""
    config_revision: int | None = None
    data: bytes = field(default=b"", repr=False)


def decode_vtp(data: bytes, length: int, ctx: Context) -> VtpRecord:
    rec = VtpRecord(length=length, data=bytes(data))
    d = rec.data
    if ends_before(rec, d, length, HEADER_LEN):
        return rec
    rec.version, rec.msg_type, rec.field3 = d[0], d[1], d[2]
    ml = d[3]
    rec.domain = d[4:4 + min(ml, 32)]
    if len(d) >= 40 and rec.msg_type in (1, 2):
        rec.config_revision = int.from_bytes(d[36:40], "big")
    if len(d) < length:
        rec.stop = TRUNCATED
    return rec


def format_vtp(rec: VtpRecord, ctx: Context) -> str:
    out: list[str] = []
    try:
        _format(rec, ctx, out)
    except _Invalid:
        out.append(" (invalid)")
        if len(rec.data) < rec.length:
            out.append(TRUNC)
            ctx.dump_from_start = True
    except Exception:          # Short, or anything else: never raise from a formatter
        out.append(TRUNC)
        ctx.dump_from_start = True   # tcpdump leaves the packet where the capture ends
    return "".join(out)


def _format(rec: VtpRecord, ctx: Context, out: list[str]) -> None:
    d = rec.data
    r = AddrReader(d, ctx.opts)
    length = rec.length
    if length < HEADER_LEN:
        raise _Invalid
    r.need(0, HEADER_LEN)
    t = rec.msg_type
    out.append(f"VTPv{rec.version}, Message {MESSAGES.get(t, 'Unknown message type')} "
               f"(0x{t:02x}), length {length}")
    if ctx.opts.verbose < 1:
        r.need(0, length)
        return
    out.append("\n\tDomain name: ")
    ml = d[3]
    if ml < 1 or ml > 32:
        out.append(f" [invalid MgmtD Len {ml}]")
        raise _Invalid
    out.append(printjnp(d[4:4 + ml]))
    out.append(f", {_HEADER_FIELD.get(t, 'Unknown')}: {d[2]}")
    p = HEADER_LEN
    if t == 1:
        text = f"\n\t  Config Rev {r.u(p, 4):x}, Updater {r.ip(p + 4)}"
        out.append(text)
        p += 8
        out.append(", Timestamp 0x%08x 0x%08x 0x%08x" % (r.u(p, 4), r.u(p + 4, 4), r.u(p + 8, 4)))
        p += 12
        out.append(", MD5 digest: " + r.raw(p, 16).hex())
    elif t == 2:
        out.append(f", Config Rev {r.u(p, 4):x}")
        p += 4
        while p < length:
            ln = r.u(p, 1)
            if ln == 0:
                break
            r.need(p, ln)
            if ln < 12:
                raise _Invalid
            status, vtype, name_len = d[p + 1], d[p + 2], d[p + 3]
            out.append(f"\n\tVLAN info status {_VLAN_STATUS.get(status, 'Unknown')}, "
                       f"type {_VLAN_TYPES.get(vtype, 'Unknown')}, VLAN-id {r.u(p + 4, 2)}, "
                       f"MTU {r.u(p + 6, 2)}, SAID 0x{r.u(p + 8, 4):08x}, Name ")
            ln -= 12
            p += 12
            padded = 4 * ((name_len + 3) // 4)
            if ln < padded:
                raise _Invalid
            out.append(printjnp(r.raw(p, name_len)))
            ln -= padded
            p += padded
            while ln > 0:
                if ln < 2:
                    raise _Invalid
                tt, tl = r.u(p, 1), r.u(p + 1, 1)
                out.append(f"\n\t\t{_TLVS.get(tt, 'Unknown')} (0x{tt:04x}) TLV")
                if ln < tl * 2 + 2:
                    out.append(" (TLV goes past the end of the packet)")
                    raise _Invalid
                r.need(p, tl * 2 + 2)
                if tl != 1:
                    out.append(f" (invalid TLV length {tl} != 1)")
                    raise _Invalid
                v = r.u(p + 2, 2)
                if tt == 9:
                    out.append(f", {v}")
                elif tt == 6:
                    out.append(f", {'Enabled' if v == 1 else 'Disabled'} ({v})")
                elif tt == 3:
                    out.append(f", {_STP_TYPES.get(v, 'Unknown')} ({v})")
                elif tt == 7:
                    out.append(f", {'SRB' if v == 1 else 'SRT'} ({v})")
                elif tt == 10:
                    out.append(f", {'Backup' if v == 1 else 'Not backup'} ({v})")
                else:
                    out.append(r.unknown(p, "\n\t\t  ", 2 + tl * 2))
                ln -= 2 + tl * 2
                p += 2 + tl * 2
    elif t == 3:
        out.append(f"\n\tStart value: {r.u(p, 4)}")
