#!/usr/bin/env python3
"""Offline filtering and copying: purepcap beside tcpdump, pcapy-ng, dpkt and scapy, one run.

Generates (in a temporary directory, or takes ``--file``) a capture of an everyday
mix (``bench/print_speed.py``'s generator: HTTP exchanges, DNS, ping, syslog, ARP,
ICMPv6; 1M packets by default) and a pcapng copy of it, then measures, best of
``--rounds`` (the machine may be shared: each round runs every contender once, and
CPU time is printed beside wall time):

1. The command: ``-r F -w OUT EXPR`` and the plain copy ``-r F -w OUT``, purepcap
   against tcpdump, for the pcap file and its pcapng copy; the outputs are compared
   byte for byte (``cmp``).
2. The API: iterating the file, plain and with ``setfilter(EXPR)``: purepcap's
   handle (``for p in cap``) and its batches (``cap.batches()``), pcapy-ng
   (``open_offline`` + ``setfilter`` + ``next()``: libpcap's reader and filter
   behind a C extension), dpkt's and scapy's readers (no filter: plain only).  Two
   loop bodies: counting only, and reading each packet's time stamp and data.
3. Memory: with ``--big-gb G`` (default 1; 0 skips it) the file is repeated into a
   G GiB file, and the peak RSS of a filtered ``-w`` run and of a filtered
   iteration over it is reported beside the file size.

    python bench/offline_speed.py [--packets 1000000] [--file F] [--rounds 5]
                                  [--filter 'tcp port 80'] [--big-gb 1] [--json FILE]

Run it with the real interpreter (not a pyenv shim): the command timed is the
``purepcap`` entry point next to ``sys.executable``.  pcapy-ng builds against
libpcap-dev (``pip install pcapy-ng``); dpkt and scapy are ``purepcap[bench]``;
a missing one is reported and skipped.  numpy (``purepcap[fast]``) turns on the
vectorized filter; without it purepcap filters record by record.
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
sys.path.insert(0, str(HERE.parent / "src"))

from _results import Results, add_option  # noqa: E402  (bench/_results.py)
from parallel_speed import count_records  # noqa: E402

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def purepcap_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("purepcap")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "purepcap"]


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU (user + system of the child) seconds of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def interleaved(rounds: int, cmds: list[tuple[list[str], str]]) -> list[tuple[float, float]]:
    """(best wall, least CPU) of each command over ``rounds`` rounds that run every
    command once (a load that comes and goes then weighs on all of them alike); each
    command's output file is removed first (truncating the last run's output, whose
    pages may still be written back, would be timed too)."""
    runs: list[list[tuple[float, float]]] = [[] for _ in cmds]
    for _ in range(rounds):
        for i, (cmd, out) in enumerate(cmds):
            if os.path.exists(out):
                os.unlink(out)
            runs[i].append(timed(cmd))
    return [(min(w for w, _c in r), min(c for _w, c in r)) for r in runs]


def same(a: str, b: str) -> bool:
    return subprocess.run(["cmp", "-s", a, b]).returncode == 0


def make_files(tmp: str, n: int, given: str | None) -> tuple[str, str]:
    from purepcap.savefile import PcapNgWriter, open_reader
    path = given or os.path.join(tmp, "big.pcap")
    if not given:
        import print_speed
        print_speed.write_pcap(path, print_speed.everyday(n))
    ng = os.path.join(tmp, "big.pcapng")
    with open_reader(path) as r, PcapNgWriter(ng, r.linktype, r.snaplen, tsresol=6) as w:
        for p in r:
            w.write_raw(p.ts, p.data, p.wirelen)
    return path, ng


R = Results("offline_speed")


def command_rows(path: str, ng: str, expr: str, rounds: int, tmp: str) -> None:
    pp = purepcap_cmd()
    td = shutil.which("tcpdump")
    print(f"\n== the command (best of {rounds}; wall s, CPU s) ==")
    if not td:
        print("tcpdump: not installed, skipped")
    subprocess.run(pp + ["-r", path, "-c", "1", "-w", os.devnull], env=ENV,
                   stderr=subprocess.DEVNULL, check=True)   # warm the bytecode cache
    for label, src in (("pcap", path), ("pcapng", ng)):
        for what, args in ((f"-w OUT '{expr}'", [expr]), ("-w OUT (plain copy)", [])):
            ours_out = os.path.join(tmp, "ours.out")
            ref_out = os.path.join(tmp, "ref.out")
            cmds = [(pp + ["-r", src, "-w", ours_out] + args, ours_out)]
            if td:
                cmds.append(([td, "-r", src, "-w", ref_out] + args, ref_out))
            (w1, c1), *ref = interleaved(rounds, cmds)
            line = f"{label:6s} {what:28s} purepcap {w1:6.3f} ({c1:6.3f})"
            key = f"cmd.{label}.{'filtered' if args else 'plain'}"
            R.put(f"{key}.purepcap", w1)
            if td:
                w2, c2 = ref[0]
                ident = "identical" if same(ours_out, ref_out) else "DIFFERENT"
                R.put(f"{key}.tcpdump", w2)
                R.put(f"{key}.identical", ident == "identical")
                line += (f"   tcpdump {w2:6.3f} ({c2:6.3f})   purepcap/tcpdump {w1 / w2:5.2f}x wall,"
                         f" {c1 / c2:5.2f}x CPU   output {ident}")
            print(line)


# -- the API --------------------------------------------------------------------------

def _api_purepcap(path: str, expr: str | None, body: bool, batches: bool) -> int:
    from itertools import chain
    import purepcap
    n = 0
    tot = 0
    with purepcap.open_offline(path) as cap:
        if expr:
            cap.setfilter(expr)
        packets = chain.from_iterable(cap.batches()) if batches else cap
        if body:
            for p in packets:
                ts = p.ts
                tot += len(p.data)
                n += 1
            del ts
        else:
            for _p in packets:
                n += 1
    return n


def api_purepcap(path: str, expr: str | None, body: bool) -> int:
    """``for p in cap``."""
    return _api_purepcap(path, expr, body, False)


def api_purepcap_batches(path: str, expr: str | None, body: bool) -> int:
    """The packets of ``cap.batches()``."""
    return _api_purepcap(path, expr, body, True)


def api_pcapy(path: str, expr: str | None, body: bool) -> int:
    import pcapy  # type: ignore[import-not-found]
    r = pcapy.open_offline(path)
    if expr:
        r.setfilter(expr)
    n = 0
    tot = 0
    nxt = r.next
    if body:
        while True:
            h, d = nxt()
            if h is None:
                break
            ts = h.getts()
            tot += len(d)
            n += 1
        del ts
    else:
        while True:
            h, _d = nxt()
            if h is None:
                break
            n += 1
    return n


def api_dpkt(path: str, expr: str | None, body: bool) -> int:
    import dpkt  # type: ignore[import-not-found]
    n = 0
    tot = 0
    with open(path, "rb") as f:
        for ts, d in dpkt.pcap.Reader(f):
            if body:
                tot += len(d)
            n += 1
    return n


def api_scapy(path: str, expr: str | None, body: bool) -> int:
    from scapy.utils import RawPcapReader  # type: ignore[import-not-found]
    n = 0
    tot = 0
    with RawPcapReader(path) as r:
        for d, meta in r:
            if body:
                ts = (meta.sec, meta.usec)
                tot += len(d)
            n += 1
    return n


READERS = [("purepcap", api_purepcap, True), ("purepcap batches()", api_purepcap_batches, True),
           ("pcapy-ng", api_pcapy, True), ("dpkt", api_dpkt, False), ("scapy RawPcapReader", api_scapy, False)]


def api_rows(path: str, expr: str, rounds: int) -> None:
    print(f"\n== the API, iterating {os.path.basename(path)} (best of {rounds}; s, CPU s) ==")
    for body in (False, True):
        for flt in (None, expr):
            title = ("reads ts + data" if body else "counts only") + (f", filter '{flt}'" if flt else ", no filter")
            print(f"-- {title}")
            results: dict[str, tuple[float, float, int]] = {}
            runs: dict[str, list[tuple[float, float, int]]] = {}
            absent: set[str] = set()
            for _ in range(rounds):           # each round runs every reader once
                for name, fn, filters in READERS:
                    if (flt and not filters) or name in absent:
                        continue
                    try:
                        t, c = time.perf_counter(), time.process_time()
                        n = fn(path, flt, body)
                    except ImportError:
                        print(f"   {name:22s} not installed, skipped")
                        absent.add(name)
                        continue
                    runs.setdefault(name, []).append(
                        (time.perf_counter() - t, time.process_time() - c, n))
            for name, got in runs.items():
                results[name] = (min(r[0] for r in got), min(r[1] for r in got), got[0][2])
            ref = results.get("pcapy-ng")
            key = f"api.{'body' if body else 'count'}.{'filtered' if flt else 'plain'}"
            for name, (w, c, n) in results.items():
                R.put(f"{key}.{name.split()[0] if name != 'purepcap batches()' else 'batches'}",
                      w)
                R.put(f"{key}.{name.split()[0] if name != 'purepcap batches()' else 'batches'}"
                      ".pps", n / w)
                line = f"   {name:22s} {w:6.3f} ({c:6.3f})  {n / w / 1e6:5.2f}M packets/s"
                if ref and name != "pcapy-ng":
                    line += f"   {ref[0] / w:5.2f}x pcapy-ng's speed"
                    if n != ref[2]:
                        line += f"   COUNT DIFFERS ({n} vs {ref[2]})"
                print(line)


# -- memory ------------------------------------------------------------------------

def make_big(path: str, dest: str, gib: float) -> int:
    with open(path, "rb") as f:
        data = f.read()
    header, body = data[:24], data[24:]
    target = int(gib * (1 << 30))
    with open(dest, "wb") as f:
        f.write(header)
        size = 24
        while size < target:
            f.write(body)
            size += len(body)
    return size


def peak_rss(cmd: list[str]) -> float:
    """Peak RSS (MiB) of one child run (GNU time's %M)."""
    res = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, env=ENV, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True, check=True)
    return int(res.stderr.strip().splitlines()[-1]) / 1024


def memory_rows(path: str, expr: str, gib: float, tmp: str) -> None:
    if not os.path.exists("/usr/bin/time"):
        print("\n(/usr/bin/time missing: memory not measured)")
        return
    big = os.path.join(tmp, "huge.pcap")
    size = make_big(path, big, gib)
    print(f"\n== memory on a {size / (1 << 30):.2f} GiB file (peak RSS, MiB) ==")
    pp = purepcap_cmd()
    out = os.path.join(tmp, "huge.out")
    R.put("rss.gib", size / (1 << 30))
    rss = peak_rss(pp + ['-r', big, '-w', out, expr])
    R.put("rss.cmd", rss)
    print(f"   purepcap -r BIG -w OUT '{expr}': {rss:7.1f}")
    os.unlink(out)
    script = ("import sys, purepcap\nc = purepcap.open_offline(sys.argv[1]); c.setfilter(sys.argv[2])\n"
              "n = sum(1 for _ in c)\n")
    rss = peak_rss([sys.executable, '-c', script, big, expr])
    R.put("rss.api", rss)
    print(f"   API filtered iteration:      {rss:7.1f}")
    td = shutil.which("tcpdump")
    if td:
        rss = peak_rss([td, '-r', big, '-w', out, expr])
        R.put("rss.tcpdump", rss)
        print(f"   tcpdump -r BIG -w OUT:        {rss:7.1f}")
    os.unlink(big)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--packets", type=int, default=1_000_000)
    ap.add_argument("--file", help="use this pcap file instead of generating one")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--filter", default="tcp port 80")
    ap.add_argument("--big-gb", type=float, default=1.0)
    ap.add_argument("--no-api", action="store_true")
    add_option(ap)
    a = ap.parse_args()
    from purepcap.bpf import vector
    print(f"python {sys.version.split()[0]}; numpy {'yes' if vector.available() else 'no'}; "
          f"load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        path, ng = make_files(tmp, a.packets, a.file)
        print(f"file: {os.path.getsize(path) / 1e6:.1f} MB pcap, {os.path.getsize(ng) / 1e6:.1f} MB pcapng")
        R.put("file.mb", os.path.getsize(path) / 1e6)
        R.put("file.packets", count_records(path))
        command_rows(path, ng, a.filter, a.rounds, tmp)
        if not a.no_api:
            api_rows(path, a.filter, a.rounds)
        if a.big_gb > 0:
            memory_rows(path, a.filter, a.big_gb, tmp)
    R.save(a.json, a)


if __name__ == "__main__":
    main()
