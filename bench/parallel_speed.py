#!/usr/bin/env python3
"""``purepcap --jobs N`` against ``--jobs 1``, the Dask adapter and tcpdump, in one run.

Generates (in a temporary directory, or takes ``--file``) a capture of an everyday
mix (``bench/print_speed.py``'s generator: HTTP exchanges, DNS, ping, syslog, ARP,
ICMPv6; 1M packets by default), then times, best of ``--rounds`` (each round
runs every command once, one after the other):

* ``purepcap -r F -w out 'tcp port 80'`` with ``--jobs 1`` and ``--jobs 2``
  (whole command: start-up, workers, writing), on F and on F ``--copies`` times
  over (4 by default: the work grows, the start-up does not);
* the Dask path: ``purepcap.dask.read_pcap(F, filter=...)`` counted per
  partition on a ``LocalCluster`` of 1 and 2 worker processes (one thread each;
  the cluster's start-up is timed apart), if dask is importable;
* ``tcpdump -r F -w out 'tcp port 80'`` (the files one after another: tcpdump
  has no parallel mode).

It checks that the ``--jobs`` outputs and tcpdump's are the same bytes (``cmp``)
and that Dask counted as many packets, and prints times and ratios.

    python bench/parallel_speed.py [--packets 1000000] [--file F] [--rounds 5]
                                   [--filter 'tcp port 80'] [--jobs 2] [--no-dask]
                                   [--copies 4] [--json FILE]

The machine may be shared: each figure is the best of its rounds, and the CPU
time (user + system of the command and its children) of that run is printed
beside it, with the least CPU time of any round.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _results import Results, add_option  # noqa: E402  (bench/_results.py)

R = Results("parallel_speed")
# Python's byte-code cache as an installed package has it: PYTHONDONTWRITEBYTECODE
# (set in some sandboxes) would make every run compile purepcap from source first
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def make_file(path: str, n: int) -> None:
    import print_speed  # bench/print_speed.py: the everyday mix
    print_speed.write_pcap(path, print_speed.everyday(n))


def purepcap_cmd() -> list[str]:
    """The ``purepcap`` console script of this interpreter (not a version manager's shim,
    such as pyenv's, a shell script that costs a tenth of a second a run), else ``-m``."""
    beside = os.path.join(os.path.dirname(sys.executable), "purepcap")
    if os.access(beside, os.X_OK):
        return [beside]
    exe = shutil.which("purepcap")
    return [exe] if exe else [sys.executable, "-m", "purepcap.cli"]


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    res = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False,
                         env=ENV)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if res.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)}: exit {res.returncode}: {res.stderr.decode()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def interleaved(rounds: int, cmds: list[tuple[str, list[str]]], outs: list[str]
                ) -> list[tuple[str, float, float, float]]:
    """``(label, best wall, CPU of that run, least CPU)`` for each command, over ``rounds``
    rounds that run every command once (a load that comes and goes on a shared
    machine then weighs on all of them alike).  Each command's output file is
    removed before it runs (a truncated file's pages being written back would
    slow the next run down)."""
    runs: list[list[tuple[float, float]]] = [[] for _ in cmds]
    for _ in range(rounds):
        for i, ((_label, cmd), out) in enumerate(zip(cmds, outs)):
            if os.path.exists(out):
                os.unlink(out)
            runs[i].append(timed(cmd))
    return [(label, *min(r), min(c for _w, c in r)) for (label, _c), r in zip(cmds, runs)]


def same(a: str, b: str) -> bool:
    return subprocess.run(["cmp", "-s", a, b], check=False).returncode == 0


def count_records(path: str) -> int:
    from purepcap.savefile import open_reader
    n = 0
    with open_reader(path) as r:
        while True:
            b = r.read_batch(8192)
            if not b:
                return n
            n += len(b)


def dask_times(path: str, expr: str, workers: int, rounds: int
               ) -> tuple[float, float, int] | str:
    """(start-up seconds, best count seconds, packets counted), or why not."""
    try:
        from dask.distributed import Client, LocalCluster
        import purepcap.dask as pdask
    except ImportError as exc:
        return f"dask not importable ({exc})"
    size = os.path.getsize(path)
    shard = max(1 << 20, size // (4 * workers))
    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.wait_for_workers(workers)
        startup = time.perf_counter() - t0
        runs = []
        count = 0
        for _ in range(rounds):
            t1 = time.perf_counter()
            df = pdask.read_pcap(path, filter=expr, shard_size=shard)
            count = int(df.map_partitions(len).compute().sum())
            runs.append(time.perf_counter() - t1)
    return startup, min(runs), count


def jobs_rows(path: str, a: argparse.Namespace, tmp: str, key: str) -> tuple[bool, int, float]:
    """``--jobs 1`` and ``--jobs N`` beside tcpdump on ``path``, printed and recorded
    under ``key``; (outputs identical, packets kept, --jobs 1's seconds)."""
    print(f"input {path}: {os.path.getsize(path) / 1e6:.1f} MB, filter {a.filter!r}, "
          f"{os.cpu_count()} CPUs, best of {a.rounds}")
    R.put(f"{key}file.mb", os.path.getsize(path) / 1e6)
    pp = purepcap_cmd()
    outs: dict[int, str] = {}
    cmds: list[tuple[str, list[str]]] = []
    for j in (1, a.jobs):
        outs[j] = os.path.join(tmp, f"jobs{j}.pcap")
        cmds.append((f"purepcap --jobs {j}",
                     pp + ["--jobs", str(j), "-r", path, "-w", outs[j], a.filter]))
    td = shutil.which("tcpdump")
    if td:
        outs[0] = os.path.join(tmp, "tcpdump.pcap")
        cmds.append(("tcpdump", [td, "-r", path, "-w", outs[0], a.filter]))
    else:
        print("tcpdump: not installed, skipped")
    order = [outs[1], outs[a.jobs]] + ([outs[0]] if td else [])
    rows = interleaved(a.rounds, cmds, order)
    one = rows[0][1]
    print(f"\n{'':24} {'wall s':>8} {'CPU s':>8} {'least CPU':>10} {'vs --jobs 1':>12}")
    for label, wall, cpu, least in rows:
        print(f"{label:24} {wall:8.3f} {cpu:8.3f} {least:10.3f} {one / wall:11.2f}x")
        R.put(f"{key}{label.replace('purepcap --jobs ', 'jobs')}", wall)
    kept = count_records(outs[1])
    print(f"\nkept packets: {kept}")
    R.put(f"{key}packets.kept", kept)
    ok = same(outs[1], outs[a.jobs])
    print(f"cmp --jobs 1 / --jobs {a.jobs}: {'identical' if ok else 'DIFFERENT'}")
    R.put(f"{key}identical", ok)
    if 0 in outs:
        tsame = same(outs[1], outs[0])
        print(f"cmp --jobs 1 / tcpdump: {'identical' if tsame else 'DIFFERENT'}")
        R.put(f"{key}tcpdump.identical", tsame)
    ratio = one / rows[1][1]
    print(f"--jobs {a.jobs} speed-up: {ratio:.2f}x (goal: 1.5x)")
    for o in outs.values():
        if os.path.exists(o):
            os.unlink(o)
    return ok, kept, one


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--packets", type=int, default=1_000_000)
    ap.add_argument("--file", help="use this capture instead of generating one")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--filter", default="tcp port 80")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--copies", type=int, default=4,
                    help="also time the jobs on the file this many times over (0: no)")
    add_option(ap)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="parallel_speed") as tmp:
        path = a.file
        if path is None:
            path = os.path.join(tmp, "mix.pcap")
            t0 = time.perf_counter()
            make_file(path, a.packets)
            print(f"generated {a.packets} packets, {os.path.getsize(path) / 1e6:.1f} MB "
                  f"in {time.perf_counter() - t0:.1f} s")
        pp = purepcap_cmd()
        subprocess.run(pp + ["-r", path, "-c", "1", "-w", os.devnull], env=ENV,
                       stderr=subprocess.DEVNULL, check=False)   # the byte-code cache
        ok, kept, one = jobs_rows(path, a, tmp, "")
        if a.copies > 1:
            big = os.path.join(tmp, "copies.pcap")
            with open(path, "rb") as f, open(big, "wb") as out:
                data = f.read()
                out.write(data[:24])
                for _ in range(a.copies):
                    out.write(data[24:])
            print(f"\nthe same file {a.copies} times over:")
            ok = jobs_rows(big, a, tmp, "copies.")[0] and ok
            os.unlink(big)
        if not a.no_dask:
            print()
            dask_rows = []
            for w in (1, a.jobs):
                got = dask_times(path, a.filter, w, a.rounds)
                if isinstance(got, str):
                    print(f"Dask: {got}")
                    break
                startup, secs, count = got
                dask_rows.append((w, secs))
                R.put(f"dask.workers{w}", secs)
                R.put(f"dask.workers{w}.startup", startup)
                R.put(f"dask.workers{w}.same_count", count == kept)
                print(f"Dask read_pcap + count, {w} worker(s): {secs:8.3f} s "
                      f"(cluster start-up {startup:.1f} s), {count} packets"
                      f"{'' if count == kept else ' MISMATCH'}; vs --jobs 1: {one / secs:.2f}x")
            if len(dask_rows) == 2:
                print(f"Dask {a.jobs} workers vs 1: {dask_rows[0][1] / dask_rows[1][1]:.2f}x")
    R.save(a.json, a)
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
