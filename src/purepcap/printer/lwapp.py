"""LWAPP (RFC 5412): UDP ports 12222 (data) and 12223 (control).

``LWAPPv0, Data frame, Flags [...], length N``; with ``-v`` the radio and
fragment ids and the transport length, then for control messages each
message header (type, sequence number, length, session) -- sent to the
control port, after the access point's MAC address --, for data messages a
hex dump of the 802.11 frame carried.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._addr import etheraddr_string
from ._base import TRUNCATED, Context, Layer
from ._dump import hex_dump
from ._rtr import bitflags

__all__ = ["LwappRecord", "decode_lwapp_control", "decode_lwapp_data", "format_lwapp"]

_FLAGS = ((0x01, "Last Fragment Bit"), (0x02, "Fragment Bit"), (0x04, "Control Bit"))
_MSG_TYPES = {int(code): name for code, name in (line.split(" ", 1) for line in """\
1 Discovery req
2 Discovery resp
3 Join req
4 Join resp
5 Join ack
6 Join confirm
10 Configure req
11 Configure resp
12 Update req
13 Update resp
14 WTP event req
15 WTP event resp
16 Change state event req
17 Change state event resp
22 Echo req
23 Echo resp
24 Image data req
25 Image data resp
26 Channel status req
27 Channel status resp
30 Key update req
31 Key update resp
32 Primary discovery req
33 Primary discovery resp
34 Data transfer req
35 Data transfer resp
36 Clear config ind
37 Wlan config req
38 Wlan config resp
39 Mobile config req
40 Mobile config resp""".splitlines())}


@dataclass(slots=True)
class LwappRecord(Layer):
    """An LWAPP message: the transport header (after the AP's address on the
    control port's inbound side); ``data`` holds the captured bytes."""

    proto = "lwapp"

    control_port: bool = False   # printed by tcpdump's control printer
    ap_ident: bool = False       # the access point's MAC address comes first
    length: int = 0
    version: int = -1            # the first header octet (version, radio id, flags)
    frag_id: int = -1
    tlen: int = -1
    data: bytes = field(default=b"", repr=False)


def _decode(data: bytes, length: int, control: bool, ap_ident: bool) -> LwappRecord:
    rec = LwappRecord(control_port=control, ap_ident=ap_ident, length=length, data=bytes(data))
    d = rec.data
    h = 6 if ap_ident else 0
    if len(d) < 6 or len(d) < h + 6:
        rec.stop = TRUNCATED
        return rec
    rec.version, rec.frag_id = d[h], d[h + 1]
    rec.tlen = int.from_bytes(d[h + 2:h + 4], "big")
    return rec


def decode_lwapp_control(data: bytes, length: int, ctx: Context) -> LwappRecord:
    return _decode(data, length, True, ctx.dport == 12223)


def decode_lwapp_data(data: bytes, length: int, ctx: Context) -> LwappRecord:
    return _decode(data, length, False, False)


def format_lwapp(rec: LwappRecord, ctx: Context) -> str:
    trunc = " [|lwapp_control]" if rec.control_port else " [|lwapp_data]"
    if rec.version < 0:
        return trunc
    v = rec.version
    if v >> 6:
        return f"LWAPP version {v >> 6} packet not supported"
    kind = "Control" if v & 0x04 else "Data"
    flags = bitflags(_FLAGS, v & 0x07)
    if not ctx.opts.verbose:
        return f"LWAPPv{v >> 6}, {kind} frame, Flags [{flags}], length {rec.length}"
    rid = (v & 0x38) >> 3
    d = rec.data
    if not rec.control_port:
        if rec.tlen < 6:
            return (f"LWAPPv{v >> 6}, {kind} frame, Radio-id  {rid}, Flags [{flags}], length "
                    f"{rec.tlen} < transport header length")
        return (f"LWAPPv{v >> 6}, {kind} frame, Radio-id  {rid}, Flags [{flags}], Frag-id  "
                f"{rec.frag_id}, length {rec.tlen}" + hex_dump(d[6:6 + rec.tlen - 6], "\n\t"))
    out = [f"LWAPPv{v >> 6}, {kind} frame, Radio-id {rid}, Flags [{flags}], Frag-id "
           f"{rec.frag_id}, length {rec.tlen}"]
    p = 6
    if rec.ap_ident:
        out.append(f"\n\tAP identity: {etheraddr_string(d[:6], ctx.opts)}")
        p = 12
    tlen = rec.tlen
    while tlen:
        if p + 8 > len(d):
            out.append(trunc)
            break
        if tlen < 8:
            out.append("\n\t  Msg goes past end of PDU")
            break
        mlen = int.from_bytes(d[p + 2:p + 4], "big")
        if tlen < 8 + mlen:
            out.append("\n\t  Msg goes past end of PDU")
            break
        mtype = d[p]
        out.append(f"\n\t  Msg type: {_MSG_TYPES.get(mtype, 'Unknown')} ({mtype}), Seqnum: "
                   f"{d[p + 1]}, Msg len: {mlen}, Session: 0x{int.from_bytes(d[p + 4:p + 8], 'big'):08x}")
        if p + mlen > len(d):
            out.append(trunc)
            break
        p += 8 + mlen
        tlen -= 8 + mlen
    return "".join(out)
