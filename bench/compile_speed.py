#!/usr/bin/env python3
"""Filter compile time: purepcap.compile against libpcap's pcap_compile (ctypes), one run.

    python bench/compile_speed.py [--rounds 200]

For each expression: the first (cold) compile in this process, then the median
of ``--rounds`` warm compiles, optimized, for Ethernet; libpcap's median on the
same expression through ctypes (tests/oracle.py).  Prints milliseconds and the
ratio purepcap/libpcap.  Name lookups are avoided (numeric addresses only).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

EXPRS = [
    "tcp port 80",
    "host 10.0.0.1 and (tcp port 443 or udp port 53)",
    "tcp[tcpflags] & (tcp-syn|tcp-ack) != 0 and not ip6",
    "vlan 100 and not arp",
    "net 192.168.0.0/16 and portrange 1000-2000 or icmp",
]


def _median_ms(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=200)
    args = ap.parse_args()

    t = time.perf_counter()
    import purepcap
    import_ms = (time.perf_counter() - t) * 1000
    try:
        import oracle
        have_lib = oracle.available()
    except ImportError:
        have_lib = False

    t = time.perf_counter()
    purepcap.compile(EXPRS[0], linktype=1)
    first_ms = (time.perf_counter() - t) * 1000
    print(f"import purepcap: {import_ms:.1f} ms; first compile (cold: parser tables, imports): "
          f"{first_ms:.1f} ms")
    print(f"{'expression':52} {'purepcap ms':>12} {'libpcap ms':>11} {'ratio':>7}")
    for expr in EXPRS:
        ours = _median_ms(lambda: purepcap.compile(expr, linktype=1), args.rounds)
        if have_lib:
            theirs = _median_ms(lambda: oracle.compile_expr(expr, 1), args.rounds)
            print(f"{expr[:52]:52} {ours:12.3f} {theirs:11.3f} {ours / theirs:6.1f}x")
        else:
            print(f"{expr[:52]:52} {ours:12.3f} {'n/a':>11}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
