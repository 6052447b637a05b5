#!/usr/bin/env python3
"""Filter compile time and start-up: purepcap beside libpcap (ctypes) and bare Python, one run.

    python bench/compile_speed.py [--rounds 300] [--runs 15] [--json FILE]

1. Warm compiles: for each expression the median of ``--rounds`` compiles in this
   process (optimized, Ethernet), purepcap's ``compile`` against libpcap 1.10.3's
   ``pcap_compile`` + ``pcap_freecode`` on a dead handle (ctypes), with the ratio and
   whether both produce the same program.
2. Fresh processes (``--runs`` each, median and minimum): ``import purepcap.filter``,
   then the first ``compile('tcp port 80')`` (what a one-shot script pays), and the wall
   time of ``purepcap -y EN10MB -d 'tcp port 80'`` beside ``python -c pass``, the two
   interleaved so machine load hits both alike.  Two columns: with a bytecode cache
   (as after ``pip install``; a private PYTHONPYCACHEPREFIX, warmed first) and without
   one (PYTHONDONTWRITEBYTECODE=1, every module compiled from source at each start,
   as in a read-only checkout; __pycache__ directories already in the tree are used).

The interpreter is ``sys.executable`` (run this with the real one, not a pyenv shim);
the command is the ``purepcap`` entry point next to it, else ``python -m purepcap``.
Name lookups are avoided (numeric addresses only).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from _results import Results, add_option  # noqa: E402  (bench/_results.py)

R = Results("compile_speed")

EXPRS = [
    "tcp port 80",
    "host 10.0.0.1",
    "udp port 53 or tcp port 80",
    "net 10.0.0.0/8 and not port 22",
    "ip6 and tcp",
    "vlan 100 and ip",
    "host 10.0.0.1 and (tcp port 443 or udp port 53)",
    "tcp[tcpflags] & (tcp-syn|tcp-ack) != 0 and not ip6",
    "net 192.168.0.0/16 and portrange 1000-2000 or icmp",
]

FIRST_EXPR = "tcp port 80"

_FRESH = """\
import json, time
t0 = time.perf_counter()
import purepcap.filter as f
t1 = time.perf_counter()
f.compile({expr!r})
t2 = time.perf_counter()
print(json.dumps([(t1 - t0) * 1e3, (t2 - t1) * 1e3]))
"""


def _median_ms(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def _libpcap_compiler():
    """``(compile(expr) -> None, insns(expr) -> list)`` on libpcap, or None."""
    try:
        import ctypes

        import oracle
        if not oracle.available():
            return None
        lib = oracle._lib()
    except Exception:  # noqa: BLE001 - no libpcap: the column says n/a
        return None
    handle = lib.pcap_open_dead(1, 262144)
    if not handle:
        return None
    prog = oracle._Program()
    ref = ctypes.byref(prog)

    def compile_once(expr: bytes) -> None:
        if lib.pcap_compile(handle, ref, expr, 1, 0xFFFFFFFF) != 0:
            raise RuntimeError(lib.pcap_geterr(handle).decode())
        lib.pcap_freecode(ref)

    def insns(expr: str) -> list[tuple[int, int, int, int]]:
        got, err = oracle.compile_expr(expr, 1)
        if err:
            raise RuntimeError(err)
        return got

    return compile_once, insns


def warm(rounds: int) -> None:
    import purepcap

    lib = _libpcap_compiler()
    print(f"warm compile, optimized, EN10MB: median of {rounds} (ms)")
    print(f"{'expression':52} {'purepcap':>9} {'libpcap':>8} {'ratio':>7}  same program")
    for expr in EXPRS:
        purepcap.compile(expr)
        ours = _median_ms(lambda: purepcap.compile(expr), rounds)
        R.put(f"warm.{expr}.purepcap", ours)
        if lib is None:
            print(f"{expr[:52]:52} {ours:9.3f} {'n/a':>8}")
            continue
        compile_once, insns = lib
        raw = expr.encode()
        theirs = _median_ms(lambda: compile_once(raw), rounds)
        same = [tuple(i) for i in purepcap.compile(expr).insns] == insns(expr)
        R.put(f"warm.{expr}.libpcap", theirs)
        R.put(f"warm.{expr}.same", same)
        print(f"{expr[:52]:52} {ours:9.3f} {theirs:8.3f} {ours / theirs:6.1f}x  "
              f"{'yes' if same else 'NO'}")


def _command() -> list[str]:
    script = Path(sys.executable).with_name("purepcap")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "purepcap"]


def _env(cached: bool, prefix: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"),
                                                      env.get("PYTHONPATH", "")]))
    if cached:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = prefix
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    return env


def _wall_ms(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - t) * 1000


def fresh(runs: int) -> None:
    code = _FRESH.format(expr=FIRST_EXPR)
    dump = [*_command(), "-y", "EN10MB", "-d", FIRST_EXPR]
    bare = [sys.executable, "-c", "pass"]
    columns = []
    with tempfile.TemporaryDirectory(prefix="purepcap-pycache-") as prefix:
        for cached in (True, False):
            env = _env(cached, prefix)
            if cached:  # fill the cache
                subprocess.run([sys.executable, "-c", code], env=env, check=True,
                               stdout=subprocess.DEVNULL)
                subprocess.run(dump, env=env, check=True, stdout=subprocess.DEVNULL)
            imp, first, py, cli = [], [], [], []
            for _ in range(runs):
                out = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                                     capture_output=True, text=True).stdout
                a, b = json.loads(out)
                imp.append(a)
                first.append(b)
                py.append(_wall_ms(bare, env))
                cli.append(_wall_ms(dump, env))
            columns.append((imp, first, py, cli))

    def cell(xs: list[float]) -> str:
        return f"{statistics.median(xs):7.1f} ({min(xs):6.1f})"

    print(f"\nfresh processes: median (min) of {runs} runs, ms"
          f"{'':9}{'bytecode cached':>20} {'no bytecode cache':>20}")
    rows = [("import purepcap.filter", 0), (f"first compile of {FIRST_EXPR!r}", 1),
            ("python -c pass", 2), (f"purepcap -y EN10MB -d {FIRST_EXPR!r}", 3)]
    for label, i in rows:
        print(f"{label:54}{cell(columns[0][i]):>20} {cell(columns[1][i]):>20}")
    for c, name in zip(columns, ("cached", "uncached")):
        for key, i in (("import", 0), ("first", 1), ("python", 2), ("dump", 3)):
            R.put(f"fresh.{name}.{key}.median", statistics.median(c[i]))
            R.put(f"fresh.{name}.{key}.min", min(c[i]))
    ratios = []
    for imp, first, py, cli in columns:
        ratios.append(f"{statistics.median(cli) / statistics.median(py):7.2f}x "
                      f"({min(cli) / min(py):5.2f}x)")
    print(f"{'  -d start-up / bare python':54}{ratios[0]:>20} {ratios[1]:>20}")
    print(f"\ninterpreter: {sys.executable}\ncommand: {' '.join(dump)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=300, help="warm compiles per expression")
    ap.add_argument("--runs", type=int, default=15, help="fresh processes per measurement")
    add_option(ap)
    args = ap.parse_args()
    warm(args.rounds)
    fresh(args.runs)
    R.save(args.json, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
