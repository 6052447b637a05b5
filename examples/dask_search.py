#!/usr/bin/env python3
"""Search a directory of rotated captures in parallel with Dask.

    python examples/dask_search.py '/var/log/pcap/ring-*.pcap*' 'tcp port 443' \\
        --workers 4 --top 10 --write hits.pcap

Every file is split into shards of about ``--shard-size`` bytes (cut at record
boundaries, found by walking the record headers); each shard is one partition, read
by a worker process.  The filter is compiled once per link type here and shipped to
the workers as BPF programs.  The script prints the busiest conversations among the
kept packets and, with ``--write``, writes them in file order to a capture file.

``--selftest`` builds a small directory of rotated captures in a temporary
directory and searches it (no root, no network).

Needs the extra: ``pip install 'purepcap[dask]'``.
"""

from __future__ import annotations

import argparse
import socket
import struct
import sys
import tempfile
import time
from pathlib import Path

import purepcap.dask as pdask
from purepcap.savefile import PcapWriter


def search(pattern: str, expr: str | None, workers: int, shard_size: str, top: int,
           write: str | None) -> int:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster):
        t0 = time.perf_counter()
        df = pdask.read_pcap(pattern, filter=expr, shard_size=shard_size)
        print(f"{df.npartitions} shards", file=sys.stderr)
        hits = df[["src", "dst", "proto", "dport", "wirelen"]].persist()
        talk = (hits.groupby(["src", "dst", "proto", "dport"], dropna=False)["wirelen"]
                .agg(["count", "sum"], split_out=1).compute()
                .sort_values("sum", ascending=False).head(top))
        total = int(hits["wirelen"].count().compute())
        print(f"{total} packets kept in {time.perf_counter() - t0:.2f} s", file=sys.stderr)
        print(talk.to_string())
        if write:
            n = pdask.to_pcap(df, write)
            print(f"wrote {n} packets to {write}", file=sys.stderr)
    return 0


def _udp(src: str, dst: str, sport: int, dport: int, payload: bytes) -> bytes:
    udp = struct.pack(">HHHH", sport, dport, 8 + len(payload), 0) + payload
    ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 0, 0, 64, 17, 0,
                     socket.inet_aton(src), socket.inet_aton(dst))
    return b"\x02" * 6 + b"\x04" * 6 + b"\x08\x00" + ip + udp


def selftest(workers: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(8):
            with PcapWriter(Path(tmp) / f"ring-{k:02d}.pcap", 1) as w:
                for i in range(2000):
                    dport = 53 if i % 10 == 0 else 8000 + i % 5
                    w.write_raw((1_700_000_000 + k * 60) * 10**9 + i * 10**6,
                                _udp(f"10.0.{k}.{i % 200 + 1}", "10.9.9.9", 40000, dport,
                                     b"q" * (i % 100)))
        out = str(Path(tmp) / "hits.pcap")
        search(str(Path(tmp) / "ring-*.pcap"), "udp port 53", workers, "64KiB", 5, out)
        from purepcap.savefile import open_reader
        with open_reader(out) as r:
            n = sum(1 for _ in r)
        if n != 8 * 200:
            print(f"selftest FAILED: {n} packets kept, expected 1600", file=sys.stderr)
            return 1
        print("selftest ok", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pattern", nargs="?", help="a glob of capture files (quote it)")
    ap.add_argument("filter", nargs="?", default=None, help="pcap-filter(7) expression")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--shard-size", default="64MiB")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--write", metavar="FILE", help="write the kept packets here")
    ap.add_argument("--selftest", action="store_true")
    args = ap.parse_args(argv)
    if args.selftest:
        return selftest(args.workers)
    if not args.pattern:
        ap.error("give a glob of capture files (or --selftest)")
    return search(args.pattern, args.filter, args.workers, args.shard_size, args.top, args.write)


if __name__ == "__main__":
    sys.exit(main())
