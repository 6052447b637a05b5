"""Broadcom LI (lawful-intercept) shim: UDP source port 49152.

A 4-octet shim (direction, packet type and subtype, LI id) before the
intercepted packet.  tcpdump names the shim's fields; with ``-v`` they stand
on a line of their own and the packet follows on the next: an Ethernet
frame, an IPv4 or IPv6 datagram, or for the ``undecided`` type whichever IP
version its first nibble names (``unknown payload`` otherwise).  Without
``-v`` the packet is not printed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._base import MALFORMED, TRUNCATED, Context, Layer

__all__ = ["BcmLiRecord", "decode_bcm_li", "format_bcm_li"]

_DIRECTION = {1: "unused", 2: "egress", 3: "ingress"}
_TYPE = {4: "undecided", 5: "ipv4", 6: "ipv6", 7: "ethernet"}
_SUBTYPE = {1: "single VLAN tag", 2: "double VLAN tag", 3: "untagged"}
_UNDECIDED, _IPV4, _IPV6, _ETHERNET = 4, 5, 6, 7


@dataclass(slots=True)
class BcmLiRecord(Layer):
    proto = "bcm_li"

    length: int = 0
    direction: int = -1
    pkt_type: int = -1
    pkt_subtype: int = -1
    li_id: int = -1
    payload: str = ""        # "", "unknown" (undecided, no IP version) or "invalid"
    verbose: bool = False


def decode_bcm_li(data: bytes, length: int, ctx: Context) -> BcmLiRecord:
    rec = BcmLiRecord(length=length, verbose=bool(ctx.opts.verbose))
    if length < 4:
        rec.stop = MALFORMED
        return rec
    if len(data) < 4:
        rec.stop = TRUNCATED
        return rec
    shim = int.from_bytes(data[:4], "big")
    rec.direction, rec.pkt_type = (shim >> 29) & 7, (shim >> 25) & 0xF
    rec.pkt_subtype, rec.li_id = (shim >> 22) & 7, shim & 0x3FFFFF
    if not rec.verbose:
        if len(data) < length:
            rec.stop = TRUNCATED
        return rec
    t = rec.pkt_type
    if t == _UNDECIDED:
        if len(data) < 5:
            rec.stop = TRUNCATED
            return rec
        t = {4: _IPV4, 6: _IPV6}.get(data[4] >> 4, 0)
        if not t:
            rec.payload = "unknown"
            return rec
    if t == _ETHERNET:
        rec.inner = ("linktype", 1, 4)
    elif t in (_IPV4, _IPV6):
        rec.inner = ("ethertype", 0x0800 if t == _IPV4 else 0x86DD, 4)
    else:
        rec.payload = "invalid"
    return rec


def format_bcm_li(rec: BcmLiRecord, ctx: Context) -> str:
    if rec.stop == MALFORMED:
        return f" (length {rec.length} < 4) (invalid)"
    if rec.direction < 0:
        return " [|bcm_li]"
    sep = "\n    " if rec.verbose else ""
    out = (f"{sep}BCM-LI-SHIM: direction {_DIRECTION.get(rec.direction, 'unknown')}, "
           f"pkt-type {_TYPE.get(rec.pkt_type, 'unknown')}, "
           f"pkt-subtype {_SUBTYPE.get(rec.pkt_subtype, 'unknown')}, li-id {rec.li_id}{sep}")
    if rec.stop == TRUNCATED:
        return out + " [|bcm_li]"
    if rec.payload == "unknown":
        return out + "unknown payload"
    if rec.payload == "invalid":
        return out + " (invalid)"
    return out
