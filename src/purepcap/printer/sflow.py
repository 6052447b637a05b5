"""sFlow version 5 (sflow.org's sFlow v5 specification): UDP port 6343.

Without ``-v``: ``sFlowv5, IPv4 agent A, agent-id N, length L``.  With ``-v``
the datagram header's sequence number, uptime and sample count, then one line
per sample (flow, counter and their expanded forms) and, indented below it,
one per record: the generic interface, Ethernet, 100BaseVG, VLAN and
processor counters, and the raw-packet, Ethernet-frame and extended-switch
flow records (other known flow records print their header only; unknown ones
are dumped as hex).  A length that contradicts the structure prints
`` (invalid)``; a field past the capture ends the text with `` [|sflow]``.

The record keeps the datagram header; the samples are read by the formatter
from the captured bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ._addr import ip6addr, ipaddr
from ._base import MALFORMED, TRUNCATED, Context, Layer
from ._bytes import Reader
from ._items import Short

__all__ = ["SflowRecord", "decode_sflow", "format_sflow"]

TRUNC = " [|sflow]"
INVALID = " (invalid)"

_SAMPLES = {1: "flow sample", 2: "counter sample", 3: "expanded flow sample",
            4: "expanded counter sample"}
_FLOWS = {1: "Raw packet", 2: "Ethernet frame", 3: "IPv4 Data", 4: "IPv6 Data",
          1001: "Extended Switch data", 1002: "Extended Router data",
          1003: "Extended Gateway data", 1004: "Extended User data", 1005: "Extended URL data",
          1006: "Extended MPLS data", 1007: "Extended NAT data", 1008: "Extended MPLS tunnel",
          1009: "Extended MPLS VC", 1010: "Extended MPLS FEC", 1011: "Extended MPLS LVP FEC",
          1012: "Extended VLAN Tunnel"}
_COUNTERS = {1: "Generic counter", 2: "Ethernet counter", 3: "Token ring counter",
             4: "100 BaseVG counter", 5: "Vlan counter", 1001: "Processor counter"}
_DIRECTION = {0: "unknown", 1: "full-duplex", 2: "half-duplex", 3: "in", 4: "out"}
_RAW_PROTO = {1: "Ethernet", 11: "IPv4", 12: "IPv6"}

# A record body as tcpdump prints it: its minimum size, then lines of
# (template, fields); a field is (offset, size) of a big-endian unsigned value,
# or (offset, size, name) of a value printed through _CONV[name].
_Spec = tuple[int, tuple[tuple[str, tuple[tuple[int, ...], ...]], ...]]
_CONV: dict[int, Callable[[int], str]] = {
    0: lambda v: _DIRECTION.get(v, "Unknown"),
    1: lambda v: "up" if v & 1 else "down",
    2: lambda v: "up" if (v >> 1) & 1 else "down",
}


def _u4(*offs: int) -> tuple[tuple[int, int], ...]:
    return tuple((o, 4) for o in offs)


_GENERIC: _Spec = (88, (
    ("\n\t      ifindex {}, iftype {}, ifspeed {}, ifdirection {} ({})",
     ((0, 4), (4, 4), (8, 8), (16, 4), (16, 4, 0))),
    ("\n\t      ifstatus {}, adminstatus: {}, operstatus: {}", ((20, 4), (20, 4, 1), (20, 4, 2))),
    ("\n\t      In octets {}, unicast pkts {}, multicast pkts {}, broadcast pkts {}, discards {}",
     ((24, 8), *_u4(32, 36, 40, 44))),
    ("\n\t      In errors {}, unknown protos {}", _u4(48, 52)),
    ("\n\t      Out octets {}, unicast pkts {}, multicast pkts {}, broadcast pkts {}, discards {}",
     ((56, 8), *_u4(64, 68, 72, 76))),
    ("\n\t      Out errors {}, promisc mode {}", _u4(80, 84))))
_ETHERNET: _Spec = (52, (
    ("\n\t      align errors {}, fcs errors {}, single collision {}, multiple collision {}, "
     "test error {}", _u4(0, 4, 8, 12, 16)),
    ("\n\t      deferred {}, late collision {}, excessive collision {}, mac trans error {}",
     _u4(20, 24, 28, 32)),
    ("\n\t      carrier error {}, frames too long {}, mac receive errors {}, symbol errors {}",
     _u4(36, 40, 44, 48))))
_BASEVG: _Spec = (80, (
    ("\n\t      in high prio frames {}, in high prio octets {}", ((0, 4), (4, 8))),
    ("\n\t      in norm prio frames {}, in norm prio octets {}", ((12, 4), (16, 8))),
    ("\n\t      in ipm errors {}, oversized {}, in data errors {}, null addressed frames {}",
     _u4(24, 28, 32, 36)),
    ("\n\t      out high prio frames {}, out high prio octets {}, trans into frames {}",
     ((40, 4), (44, 8), (52, 4))),
    ("\n\t      in hc high prio octets {}, in hc norm prio octets {}, "
     "out hc high prio octets {}", ((56, 8), (64, 8), (72, 8)))))
_VLAN: _Spec = (28, (
    ("\n\t      vlan_id {}, octets {}, unicast_pkt {}, multicast_pkt {}, broadcast_pkt {}, "
     "discards {}", ((0, 4), (4, 8), (12, 4), (16, 4), (20, 4), (24, 4))),))
_PROCESSOR: _Spec = (28, (
    ("\n\t      5sec {}, 1min {}, 5min {}, total_mem {}, total_mem {}",
     ((0, 4), (4, 4), (8, 4), (12, 8), (20, 8))),))
_SWITCH: _Spec = (16, (
    ("\n\t      src vlan {}, src pri {}, dst vlan {}, dst pri {}", _u4(0, 4, 8, 12)),))
_ETH_FRAME: _Spec = (24, (("\n\t      frame len {}, type {}", _u4(0, 20)),))
_TOKEN_RING: _Spec = (0, ())
_COUNTER_SPECS = {1: _GENERIC, 2: _ETHERNET, 3: _TOKEN_RING, 4: _BASEVG, 5: _VLAN, 1001: _PROCESSOR}
_FLOW_SPECS = {1001: _SWITCH, 2: _ETH_FRAME}
# flow records tcpdump knows but prints nothing of
_FLOW_SILENT = frozenset((3, 4, *range(1002, 1013)))

# the samples' fixed parts: size, the offsets of (seqnum, type, index) with their
# sizes, and whether they carry rate/pool/drops (and interfaces)
_SAMPLE_HEADS = {
    1: (32, ((0, 4), (4, 1), (5, 3)), True),
    2: (12, ((0, 4), (4, 1), (5, 3)), False),
    3: (44, ((0, 4), (4, 4), (8, 4)), True),
    4: (16, ((0, 4), (4, 4), (8, 4)), False),
}


@dataclass(slots=True)
class SflowRecord(Layer):
    """An sFlow datagram's header; ``data`` holds the captured bytes."""

    proto = "sflow"

    length: int = 0
    version: int | None = None
    ip_version: int | None = None
    agent: str = ""
    agent_id: int | None = None
    seqnum: int | None = None
    uptime: int | None = None
    samples: int | None = None
    data: bytes = field(default=b"", repr=False)


def _get(d: bytes, off: int, size: int) -> int | None:
    if off + size > len(d):
        return None
    return int.from_bytes(d[off:off + size], "big")


def decode_sflow(data: bytes, length: int, ctx: Context) -> SflowRecord:
    """The header of the datagram (``data``: the UDP payload, ``length`` its length)."""
    d = bytes(data)
    rec = SflowRecord(length=length, data=d, version=_get(d, 0, 4), ip_version=_get(d, 4, 4))
    v6 = rec.ip_version != 1
    base = 24 if v6 else 12
    if rec.ip_version is not None:
        a = d[8:base]
        if len(a) == base - 8:
            rec.agent = ip6addr(a) if v6 else ipaddr(a)
    rec.agent_id, rec.seqnum = _get(d, base, 4), _get(d, base + 4, 4)
    rec.uptime, rec.samples = _get(d, base + 8, 4), _get(d, base + 12, 4)
    if rec.samples is None:
        rec.stop = TRUNCATED
    elif length < base + 16:
        rec.stop = MALFORMED
    return rec


def format_sflow(rec: SflowRecord, ctx: Context) -> str:
    """tcpdump's text from ``"sFlowv"`` on."""
    out: list[str] = []
    try:
        _datagram(rec, ctx.opts.verbose, out)
    except Short:
        out.append(TRUNC)
    except (ValueError, IndexError, KeyError, OverflowError):
        out.append(TRUNC)
    return "".join(out)


class _Invalid(Exception):
    """tcpdump's ``goto invalid``: at the offset where it stopped, with what was left."""

    def __init__(self, off: int, left: int) -> None:
        super().__init__(off, left)
        self.off = off
        self.left = left


def _datagram(rec: SflowRecord, verbose: int, out: list[str]) -> None:
    d = rec.data
    r = _Reader(d)
    length = rec.length
    ipv = r.u(4, 4)
    if (length < 28 and ipv == 1) or (length < 40 and ipv == 2):
        out.append(f"sFlowv{r.u(0, 4)} [length {length} < 28]{INVALID}")
        return
    r.need(0, 28)
    version = r.u(0, 4)
    if version != 5:
        out.append(f"sFlow version {version} packet not supported")
        return
    v6 = ipv != 1
    base = 24 if v6 else 12
    agent = ip6addr(r.raw(8, 16)) if v6 else ipaddr(r.raw(8, 4))
    fam = "IPv6" if v6 else "IPv4"
    if not verbose:
        out.append(f"sFlowv{version}, {fam} agent {agent}, agent-id {r.u(base, 4)}, "
                   f"length {length}")
        return
    nsamples = r.u(base + 12, 4)
    out.append(f"sFlowv{version}, {fam} agent {agent}, agent-id {r.u(base, 4)}, seqnum "
               f"{r.u(base + 4, 4)}, uptime {r.u(base + 8, 4)}, samples {nsamples}, "
               f"length {length}")
    try:
        if length < base + 16:
            raise _Invalid(0, length)
        _samples(r, base + 16, length - base - 16, nsamples, verbose, out)
    except _Invalid as e:
        out.append(INVALID)
        r.need(e.off, e.left)


class _Reader(Reader):
    """The datagram's bytes, with the record bodies tcpdump prints by a spec."""

    def spec(self, spec: _Spec, off: int, avail: int, out: list[str]) -> bool:
        """A record body by its spec, line by line; False when ``avail`` octets cannot
        hold it."""
        size, lines = spec
        if avail < size:
            return False
        for t, fields in lines:
            vals: list[object] = []
            for f in fields:
                v = self.u(off + f[0], f[1])
                vals.append(_CONV[f[2]](v) if len(f) > 2 else v)
            out.append(t.format(*vals))
        return True


def _samples(r: _Reader, p: int, tlen: int, nsamples: int, verbose: int,
             out: list[str]) -> None:
    while nsamples > 0 and tlen > 0:
        stype = r.u(p, 4) & 0x0FFF
        slen = r.u(p + 4, 4)
        if tlen < 8:
            raise _Invalid(p, tlen)
        p += 8
        tlen -= 8
        out.append(f"\n\t{_SAMPLES.get(stype, 'Unknown')} ({stype}), length {slen},")
        if stype == 0 or slen == 0:
            return
        if tlen < slen:
            raise _Invalid(p, tlen)
        r.need(p, slen)
        head = _SAMPLE_HEADS.get(stype)
        if head is not None:
            if not _sample(r, stype, head, p, tlen, verbose, out):
                raise _Invalid(p, tlen)
        elif verbose <= 1:
            out.append(r.unknown(p, "\n\t    ", slen))
        p += slen
        tlen -= slen
        nsamples -= 1


def _sample(r: _Reader, stype: int, head: tuple[int, tuple[tuple[int, int], ...], bool],
            p: int, tlen: int, verbose: int, out: list[str]) -> bool:
    """One sample's fixed part and records; False where tcpdump calls it invalid."""
    size, ids, flow = head
    if tlen < size:
        return False
    nrec = r.u(p + size - 4, 4)
    seq, typ, idx = (r.u(p + o, k) for o, k in ids)
    text = f" seqnum {seq}, type {typ}, idx {idx}"
    if flow:
        o = 12 if stype == 1 else 16   # rate, pool, drops (and the compact interfaces)
        text += f", rate {r.u(p + o - 4, 4)}, pool {r.u(p + o, 4)}, drops {r.u(p + o + 4, 4)}"
        if stype == 1:
            text += f", input {r.u(p + 20, 4)} output {r.u(p + 24, 4)}"
        text += f" records {nrec}" if stype == 1 else f", records {nrec}"
    else:
        text += f", records {nrec}"
    out.append(text)
    return _records(r, p + size, tlen - size, nrec, flow, verbose, out)


def _records(r: _Reader, p: int, tlen: int, nrec: int, flow: bool, verbose: int,
             out: list[str]) -> bool:
    while nrec > 0:
        if tlen < 8:
            return False
        fmt = r.u(p, 4)
        rtype = fmt & 0x0FFF
        ent = fmt >> (12 if flow else 20)
        rlen = r.u(p + 4, 4)
        names = _FLOWS if flow else _COUNTERS
        name = names.get(rtype, "Unknown") if ent == 0 else "Unknown"
        out.append(f"\n\t    enterprise {ent}{'' if flow else ','} {name} ({rtype}) "
                   f"length {rlen}")
        p += 8
        tlen -= 8
        if tlen < rlen:
            return False
        if ent == 0:
            known = _record(r, rtype, p, tlen, flow, out)
            if known is None:
                if verbose <= 1:
                    out.append(r.unknown(p, "\n\t\t", rlen))
            elif not known:
                return False
        p += rlen
        tlen -= rlen
        nrec -= 1
    return True


def _record(r: _Reader, rtype: int, p: int, tlen: int, flow: bool,
            out: list[str]) -> bool | None:
    """A known record's text; False when ``tlen`` cannot hold it, None for an unknown one."""
    if flow:
        if rtype == 1:
            if tlen < 16:
                return False
            proto = r.u(p, 4)
            out.append(f"\n\t      protocol {_RAW_PROTO.get(proto, 'Unknown')} ({proto}), "
                       f"length {r.u(p + 4, 4)}, stripped bytes {r.u(p + 8, 4)}, header_size "
                       f"{r.u(p + 12, 4)}")
            return True
        if rtype in _FLOW_SILENT:
            return True
        spec = _FLOW_SPECS.get(rtype)
    else:
        spec = _COUNTER_SPECS.get(rtype)
    if spec is None:
        return None
    return r.spec(spec, p, tlen, out)
