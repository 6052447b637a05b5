"""Microsoft Network Load Balancing heartbeats: Ethernet type 0x886F.

The protocol is undocumented; tcpdump 4.99.3 reads three fields of it (the
host priority, little-endian, at octet 8, the cluster's virtual IPv4 address
and the host's address after it) and prints
``"MS NLB heartbeat, host priority: 2, cluster IP: 192.168.100.80, host IP:
192.168.100.82"`` whatever the flags.  A field the capture lacks ends the
text with ``" [|msnlb]"`` after what was read.
"""

from __future__ import annotations

from dataclasses import dataclass

import socket

from ._addr import ipaddr, ipaddr_string
from ._base import TRUNCATED, Context, Layer

__all__ = ["MsnlbRecord", "decode_msnlb", "format_msnlb"]


@dataclass(slots=True)
class MsnlbRecord(Layer, proto="msnlb"):
    length: int = 0
    host_priority: int | None = None
    cluster_ip: str | None = None        # the virtual address ("192.168.100.80")
    host_ip: str | None = None


def decode_msnlb(data: bytes, length: int, ctx: Context) -> MsnlbRecord:
    rec = MsnlbRecord(length=length)
    d = bytes(data)
    if len(d) < 20:
        ctx.dump_from_start = True   # tcpdump leaves the packet where the capture ends
    # tcpdump reads the fields wherever the capture has them, whatever the length says
    if len(d) < 12:
        rec.stop = TRUNCATED
        return rec
    rec.host_priority = int.from_bytes(d[8:12], "little")
    if len(d) < 16:
        rec.stop = TRUNCATED
        return rec
    rec.cluster_ip = ipaddr(d[12:16])
    if len(d) < 20:
        rec.stop = TRUNCATED
        return rec
    rec.host_ip = ipaddr(d[16:20])
    return rec


def format_msnlb(rec: MsnlbRecord, ctx: Context) -> str:
    out = ["MS NLB heartbeat"]
    try:
        if rec.host_priority is None:
            return out[0] + " [|msnlb]"
        out.append(f", host priority: {rec.host_priority}")
        if rec.cluster_ip is None:
            return "".join(out) + " [|msnlb]"
        out.append(f", cluster IP: {_name(rec.cluster_ip, ctx)}")
        if rec.host_ip is None:
            return "".join(out) + " [|msnlb]"
        out.append(f", host IP: {_name(rec.host_ip, ctx)}")
    except Exception:          # never raise from a formatter
        return "".join(out) + " [|msnlb]"
    return "".join(out)


def _name(addr: str, ctx: Context) -> str:
    return ipaddr_string(socket.inet_aton(addr), ctx.opts)
