"""The filter optimizer on huge host lists, side by side with libpcap 1.10.3.

For ``host 10.0.x.y or host ...`` with 300, 1,000 and 3,000 terms (EN10MB):

* purepcap's optimizer alone: CPU time, wall time and peak traced memory of
  ``purepcap.filter.optimize.optimize`` on the unoptimized program (from
  purepcap's own compiler, or libpcap's ``optimize=0`` output when the compiler
  is missing), in a fresh child process;
* the whole ``python -m purepcap.cli -y EN10MB -ddd -F FILE`` command, wall time
  and max RSS from ``/usr/bin/time -v``;
* ``tcpdump -y EN10MB -ddd -F FILE`` (libpcap's optimizer), same measures, for
  300 and 1,000 terms only (1,000 takes about a minute; 3,000 would take far longer):
  pass ``--libpcap-sizes 300,1000,3000`` to change that, ``--no-libpcap`` to skip it.

Prints instruction counts and ratios.  Timing lives here, never in the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from _results import Results, add_option  # noqa: E402  (bench/_results.py)

R = Results("optimizer_scale")


def host_list(n: int) -> str:
    return " or ".join(f"host 10.0.{i // 250}.{i % 250 + 1}" for i in range(n))


def child(n: int) -> None:
    """Runs in a subprocess: prints one JSON line of measurements."""
    import gc
    import resource
    import tracemalloc

    expr = host_list(n)
    source = "purepcap"
    try:
        from purepcap.filter import compile_insns
        unopt = compile_insns(expr, 1, optimize=False)
    except Exception:  # compiler not there: libpcap's unoptimized program
        sys.path.insert(0, os.path.join(ROOT, "tests"))
        import oracle
        unopt, err = oracle.compile_expr(expr, 1, optimize=False)
        if err:
            raise SystemExit(err)
        source = "libpcap -O"
    from purepcap.filter.optimize import optimize

    gc.collect()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    w0, c0 = time.perf_counter(), time.process_time()
    out = optimize(unopt)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    optimize(unopt)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps({"n": n, "unopt": len(unopt), "insns": len(out), "wall": wall, "cpu": cpu,
                      "traced_peak_mb": peak / 1e6, "rss_mb": rss1 / 1024,
                      "rss_growth_mb": (rss1 - rss0) / 1024, "source": source}))


def timed(cmd: list[str]) -> tuple[float, float, str, int, float]:
    """(wall seconds, max RSS MB, stdout, exit code, CPU seconds) of a command under
    /usr/bin/time -v (CPU = user + system: the figure to trust on a loaded machine)."""
    gnu_time = shutil.which("time") or "/usr/bin/time"
    t0 = time.perf_counter()
    cpu = float("nan")
    if os.path.exists(gnu_time):
        p = subprocess.run([gnu_time, "-v", *cmd], capture_output=True, text=True, check=False)
        wall = time.perf_counter() - t0
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
        rss = int(m.group(1)) / 1024 if m else float("nan")
        u = re.search(r"User time \(seconds\): ([\d.]+)", p.stderr)
        s = re.search(r"System time \(seconds\): ([\d.]+)", p.stderr)
        if u and s:
            cpu = float(u.group(1)) + float(s.group(1))
    else:
        p = subprocess.run(cmd, capture_output=True, text=True, check=False)
        wall, rss = time.perf_counter() - t0, float("nan")
    return wall, rss, p.stdout, p.returncode, cpu


def count_ddd(stdout: str) -> int | None:
    first = stdout.strip().splitlines()[:1]
    return int(first[0]) if first and first[0].strip().isdigit() else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="300,1000,3000")
    ap.add_argument("--libpcap-sizes", default="300,1000")
    ap.add_argument("--no-libpcap", action="store_true")
    ap.add_argument("--no-cli", action="store_true")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    add_option(ap)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    sizes = [int(x) for x in args.sizes.split(",") if x]
    lib_sizes = set() if args.no_libpcap or not shutil.which("tcpdump") else \
        {int(x) for x in args.libpcap_sizes.split(",") if x}
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    print(f"{'hosts':>6} {'what':<28} {'insns':>7} {'wall s':>8} {'cpu s':>7} {'MB':>8}")
    for n in sizes:
        p = subprocess.run([sys.executable, __file__, "--child", str(n)], capture_output=True,
                           text=True, env=env, check=True)
        r = json.loads(p.stdout.strip().splitlines()[-1])
        R.put(f"{n}.optimize.insns", r["insns"])
        R.put(f"{n}.optimize.wall", r["wall"])
        print(f"{n:>6} {'optimize() [' + r['source'] + ']':<28} {r['insns']:>7} {r['wall']:>8.2f} "
              f"{r['cpu']:>7.2f} {r['traced_peak_mb']:>7.1f}t   (unoptimized {r['unopt']}, "
              f"RSS {r['rss_mb']:.0f} MB)")
        with tempfile.NamedTemporaryFile("w", suffix=".flt", delete=False) as fh:
            fh.write(host_list(n))
            path = fh.name
        try:
            cli = None
            if not args.no_cli:
                wall, rss, out, rc, cpu = timed([sys.executable, "-m", "purepcap.cli", "-y",
                                                 "EN10MB", "-ddd", "-F", path])
                cli = count_ddd(out) if rc == 0 else None
                R.put(f"{n}.cli.insns", cli)
                R.put(f"{n}.cli.wall", wall)
                R.put(f"{n}.cli.rss_mb", rss)
                print(f"{n:>6} {'purepcap cli -ddd':<28} {cli if cli is not None else 'err':>7} "
                      f"{wall:>8.2f} {cpu:>7.2f} {rss:>7.1f}r")
            if n in lib_sizes:
                wall_l, rss_l, out, rc, cpu_l = timed(["tcpdump", "-y", "EN10MB", "-ddd", "-F", path])
                lib = count_ddd(out) if rc == 0 else None
                R.put(f"{n}.libpcap.insns", lib)
                R.put(f"{n}.libpcap.wall", wall_l)
                R.put(f"{n}.libpcap.rss_mb", rss_l)
                print(f"{n:>6} {'libpcap 1.10.3 (tcpdump)':<28} {lib if lib is not None else 'err':>7} "
                      f"{wall_l:>8.2f} {cpu_l:>7.2f} {rss_l:>7.1f}r")
                if lib:
                    print(f"{n:>6} {'ratio ours/libpcap':<28} {r['insns'] / lib:>7.2f} "
                          f"{r['wall'] / wall_l:>8.3f} {'':>7}  (optimizer alone vs tcpdump)")
        finally:
            os.unlink(path)
    print("t = tracemalloc peak of one optimize() call; r = max RSS of the whole process")
    R.save(args.json, args)


if __name__ == "__main__":
    main()
