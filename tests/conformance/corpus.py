"""Real packets per link type, from ``../shared/corpus`` as libpcap reads them.

Files are grouped by the DLT libpcap reports (``oracle.read_packets``).  A few
link types are bridged: raw-IP captures serve ``RAW``, ``IPV4`` and ``IPV6``;
802.11 radiotap captures, stripped of their radiotap header, serve
``IEEE802_11``.  Each set is capped to a few hundred *diverse* packets: every
packet gets a fingerprint (the verdicts of a fixed list of probe filters
compiled by libpcap for that link type, whether it is truncated, its size
class), and packets are taken round-robin across fingerprints, so a capture
of 5,000 TCP segments cannot crowd out the one ARP request.
"""

from __future__ import annotations

import functools
import os
import random
from collections import defaultdict

from .cases import CORPUS
from .synth import SynthPacket

__all__ = ["packets_for_dlt", "all_corpus", "seed_packets", "CAP"]

CAP = 256  # packets per link type
SEEDS = 24  # of which handed to the synthesizer as seeds

DLT_RAW, DLT_IPV4, DLT_IPV6 = 12, 228, 229
DLT_IEEE802_11, DLT_RADIOTAP = 105, 127

_PROBES = (
    "ip", "ip6", "arp", "rarp", "tcp", "udp", "icmp", "icmp6", "igmp", "sctp", "pim", "vrrp",
    "vlan", "mpls", "pppoed", "pppoes", "llc", "stp", "ipx", "decnet", "atalk", "iso", "isis",
    "ip multicast", "ip broadcast", "ether multicast", "ether broadcast", "ip6 multicast",
    "tcp[tcpflags] & tcp-syn != 0", "tcp[tcpflags] & tcp-ack != 0", "ip[6:2] & 0x1fff != 0",
    "ip[0] & 0xf != 5", "port 53", "port 80 or port 443", "portrange 0-1023", "ip6 proto 0",
    "ip proto 47", "ip proto 4 or ip proto 41", "ah or esp", "geneve", "vxlan",
    "wlan type mgt", "wlan type ctl", "wlan type data", "wlan dir nods", "wlan dir tods",
    "wlan dir fromds", "wlan subtype beacon", "wlan subtype qos-data",
    "ether[0] & 1 != 0", "inbound", "outbound",
)


def _dlt_of(packets_dlt: int) -> list[int]:
    """Link types a capture of ``packets_dlt`` also serves (itself first)."""
    if packets_dlt in (DLT_RAW, DLT_IPV4, DLT_IPV6):
        return [packets_dlt] + [d for d in (DLT_RAW, DLT_IPV4, DLT_IPV6) if d != packets_dlt]
    return [packets_dlt]


def _strip_radiotap(p: SynthPacket) -> SynthPacket | None:
    if len(p.data) < 4:
        return None
    hl = int.from_bytes(p.data[2:4], "little")
    if hl < 8 or hl > len(p.data):
        return None
    return SynthPacket(p.data[hl:], max(0, p.wirelen - hl))


@functools.lru_cache(maxsize=1)
def all_corpus() -> dict[int, list[SynthPacket]]:
    """Every corpus packet by DLT (deduplicated, in file order; ``invalid/`` skipped)."""
    import oracle  # type: ignore[import-not-found]

    by: dict[int, dict[SynthPacket, None]] = defaultdict(dict)
    if not CORPUS.is_dir():
        return {}
    files = []
    for d, dirs, fs in os.walk(CORPUS):
        dirs.sort()
        if os.path.basename(d) == "invalid":
            continue
        for f in sorted(fs):
            if f.endswith((".pcap", ".pcapng", ".cap")) or ".pcap" in f:
                files.append(os.path.join(d, f))
    for path in files:
        r = oracle.read_packets(path)
        if r.linktype < 0:
            continue
        pk = [SynthPacket(p.data, p.wirelen) for p in r.packets]
        for dlt in _dlt_of(r.linktype):
            for p in pk:
                by[dlt].setdefault(p, None)
        if r.linktype == DLT_RADIOTAP:
            for p in pk:
                s = _strip_radiotap(p)
                if s is not None:
                    by[DLT_IEEE802_11].setdefault(s, None)
    return {k: list(v) for k, v in by.items()}


class _CFilter:
    """libpcap's bpf_filter on one program, the instruction array built once."""

    def __init__(self, insns):
        import oracle  # type: ignore[import-not-found]
        self._lib = oracle._lib()
        self._arr = oracle._insn_array(list(insns))

    def __call__(self, data: bytes, wirelen: int) -> int:
        return int(self._lib.bpf_filter(self._arr, data, wirelen, len(data)))


def _fingerprint_fn(dlt: int):
    import oracle  # type: ignore[import-not-found]

    filters = []
    for expr in _PROBES:
        insns, err = oracle.compile_expr(expr, dlt, 262144, True, None)
        if insns is not None and len(insns) > 1:
            filters.append(_CFilter(insns))

    def fp(p: SynthPacket):
        size = len(p.data).bit_length()
        return (p.wirelen > len(p.data), size) + tuple(bool(f(p.data, p.wirelen)) for f in filters)
    return fp


@functools.lru_cache(maxsize=None)
def packets_for_dlt(dlt: int, cap: int = CAP) -> tuple[SynthPacket, ...]:
    """Up to ``cap`` diverse corpus packets of link type ``dlt`` (deterministic)."""
    pk = all_corpus().get(dlt, [])
    if not pk:
        return ()
    fp = _fingerprint_fn(dlt)
    groups: dict[tuple, list[SynthPacket]] = defaultdict(list)
    for p in pk:
        groups[fp(p)].append(p)
    rng = random.Random(dlt)
    order = sorted(groups, key=lambda g: (len(groups[g]), g))
    for g in order:
        rng.shuffle(groups[g])
    out: list[SynthPacket] = []
    depth = 0
    while len(out) < cap:
        added = False
        for g in order:
            if depth < len(groups[g]):
                out.append(groups[g][depth])
                added = True
                if len(out) >= cap:
                    break
        if not added:
            break
        depth += 1
    return tuple(out)


@functools.lru_cache(maxsize=None)
def seed_packets(dlt: int, n: int = SEEDS) -> tuple[SynthPacket, ...]:
    """A handful of diverse real packets to start the synthesizer from."""
    return packets_for_dlt(dlt)[:n]
