#!/usr/bin/env python3
"""Compare pcap reading speed: purepcap vs dpkt vs scapy vs a bare struct loop.

Generates (in a temporary directory) a pcap file of N packets of 60-100
bytes, then iterates it with each reader in turn, several rounds, keeping
each reader's best round (the machine may be shared; the best round is the
least disturbed one).  Prints packets per second (wall clock and CPU time)
and the ratios purepcap/dpkt and purepcap/scapy.

    python bench/read_speed.py [--packets 1000000] [--rounds 3] [--pcapng]

dpkt and scapy are optional (``pip install purepcap[bench]``); missing ones
are reported and skipped.
"""

from __future__ import annotations

import argparse
import os
import random
import struct
import sys
import tempfile
import time
from typing import Callable


def make_file(path: str, n: int, seed: int = 1) -> None:
    rnd = random.Random(seed)
    hdr = struct.Struct("<IIII")
    payload = bytes(range(256)) * 1
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
        chunk = []
        for i in range(n):
            size = rnd.randint(60, 100)
            chunk.append(hdr.pack(1_700_000_000 + i // 1000, (i * 997) % 1_000_000, size, size))
            chunk.append(payload[:size])
            if len(chunk) >= 20000:
                f.write(b"".join(chunk))
                chunk = []
        f.write(b"".join(chunk))


def make_pcapng(src: str, dst: str) -> None:
    from purepcap.savefile import PcapNgWriter, open_reader
    with open_reader(src) as r, PcapNgWriter(dst, r.linktype, r.snaplen, tsresol=6) as w:
        for p in r:
            w.write_raw(p.ts, p.data, p.wirelen)


def run_purepcap(path: str) -> int:
    from purepcap.savefile import open_reader
    n = 0
    with open_reader(path) as r:
        for _p in r:
            n += 1
    return n


def run_purepcap_batch(path: str) -> int:
    from purepcap.savefile import open_reader
    n = 0
    with open_reader(path) as r:
        rb = r.read_batch
        while True:
            b = rb(256)
            if not b:
                break
            n += len(b)
    return n


def run_dpkt(path: str) -> int:
    import dpkt
    n = 0
    with open(path, "rb") as f:
        for _ts, _buf in dpkt.pcap.Reader(f):
            n += 1
    return n


def run_scapy(path: str) -> int:
    from scapy.utils import RawPcapReader
    n = 0
    with RawPcapReader(path) as r:
        for _pkt in r:
            n += 1
    return n


def run_struct(path: str) -> int:
    """Lower bound of a pure-Python reader: unpack headers, slice data, nothing else."""
    unpack = struct.Struct("<IIII").unpack_from
    n = 0
    with open(path, "rb") as f:
        data = f.read()
    pos = 24
    end = len(data)
    while pos < end:
        _s, _u, cl, _wl = unpack(data, pos)
        _d = data[pos + 16:pos + 16 + cl]
        pos += 16 + cl
        n += 1
    return n


def measure(fn: Callable[[str], int], path: str) -> tuple[float, float, int]:
    t0 = time.perf_counter()
    c0 = time.process_time()
    n = fn(path)
    return time.perf_counter() - t0, time.process_time() - c0, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--packets", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pcapng", action="store_true", help="also time purepcap on a pcapng copy")
    args = ap.parse_args()

    readers: dict[str, Callable[[str], int]] = {"purepcap": run_purepcap,
                                                 "purepcap read_batch(256)": run_purepcap_batch}
    for name, mod, fn in (("dpkt", "dpkt", run_dpkt), ("scapy RawPcapReader", "scapy", run_scapy)):
        try:
            __import__(mod)
            readers[name] = fn
        except ImportError:
            print(f"({name} not installed, skipped)")
    readers["bare struct loop"] = run_struct

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.pcap")
        t0 = time.perf_counter()
        make_file(path, args.packets)
        print(f"generated {args.packets} packets, {os.path.getsize(path) / 1e6:.1f} MB "
              f"in {time.perf_counter() - t0:.1f}s; python {sys.version.split()[0]}")
        paths = {k: path for k in readers}
        if args.pcapng:
            ng = os.path.join(tmp, "bench.pcapng")
            make_pcapng(path, ng)
            readers["purepcap pcapng"] = run_purepcap
            paths["purepcap pcapng"] = ng
        best: dict[str, tuple[float, float]] = {}
        for _ in range(args.rounds):
            for name, fn in readers.items():
                wall, cpu, n = measure(fn, paths[name])
                if n != args.packets:
                    raise SystemExit(f"{name} read {n} packets, expected {args.packets}")
                w, c = best.get(name, (float("inf"), float("inf")))
                best[name] = (min(w, wall), min(c, cpu))
    print(f"{'reader':24s} {'pkts/s (wall)':>14s} {'pkts/s (cpu)':>14s}")
    for name, (wall, cpu) in best.items():
        print(f"{name:24s} {args.packets / wall:14,.0f} {args.packets / cpu:14,.0f}")
    pp = best["purepcap"]
    for other in ("dpkt", "scapy RawPcapReader"):
        if other in best:
            o = best[other]
            print(f"purepcap/{other.split()[0]}: {o[0] / pp[0]:.2f}x (wall), "
                  f"{o[1] / pp[1]:.2f}x (cpu)")


if __name__ == "__main__":
    main()
