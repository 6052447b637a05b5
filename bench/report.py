#!/usr/bin/env python3
"""README.md's performance table, rebuilt from the bench scripts' figures.

Every bench script takes ``--json FILE`` and writes its figures there
(``bench/_results.py``).  This script runs the scripts asked for, each writing
``bench/results/SCRIPT.json`` (kept in the repository beside the table), then
renders the table from all the files there and puts it between the README's
``<!-- bench-table -->`` markers.  So each figure in the table is one a script
printed in its last run; the ratios are computed from figures of the same run.

    python bench/report.py                    # render from bench/results/ only
    python bench/report.py --run offline,print
    python bench/report.py --run all          # every script (about 10 minutes, root
                                              # for the live one)
    python bench/report.py --check            # exit 1 if README.md's table is stale

Scripts: offline (offline_speed.py), print (print_speed.py), parallel
(parallel_speed.py), compile (compile_speed.py), optimizer (optimizer_scale.py),
live (live_capture.py: root, network namespaces, trafgen).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
README = HERE.parent / "README.md"
START = "<!-- bench-table: made by bench/report.py from bench/results/*.json; edit those, not this -->"
END = "<!-- /bench-table -->"

#: script name -> (file, arguments of the run behind the table)
SCRIPTS: dict[str, tuple[str, list[str]]] = {
    "offline": ("offline_speed.py", ["--rounds", "5"]),
    "print": ("print_speed.py", ["--rounds", "3", "--flows", "1000000",
                                 "--tcpdump-timeout", "60"]),
    "parallel": ("parallel_speed.py", ["--rounds", "5"]),
    "compile": ("compile_speed.py", ["--runs", "9"]),
    "optimizer": ("optimizer_scale.py", ["--sizes", "1000", "--libpcap-sizes", "1000"]),
    "live": ("live_capture.py", ["-n", "200000", "--ceiling", "300000", "--reps", "2"]),
}


def load() -> dict[str, dict[str, Any]]:
    """Script name (``offline_speed``...) -> its saved document."""
    out = {}
    for p in sorted(RESULTS.glob("*.json")):
        with open(p, encoding="utf-8") as f:
            doc = json.load(f)
        out[doc["script"]] = doc
    return out


class Missing(Exception):
    pass


def _get(docs: dict[str, dict[str, Any]], script: str) -> Callable[[str], Any]:
    res = docs.get(script, {}).get("results")

    def get(key: str) -> Any:
        if res is None or key not in res:
            raise Missing(f"{script}: {key}")
        return res[key]
    return get


def s(x: float) -> str:
    return f"{x:.3f} s" if x < 10 else f"{x:.1f} s"


def ms(x: float) -> str:
    return f"{x:.2f} ms" if x < 10 else f"{x:.1f} ms"


def rate(x: float, what: str = "") -> str:
    unit = f" {what}/s" if what else "/s"
    return f"{x / 1e6:.2f}M{unit}" if x >= 1e6 else f"{x / 1e3:.0f}k{unit}"


def times(a: float, b: float) -> str:
    """``a / b`` as a ratio."""
    r = a / b
    return f"{r:.2f}x" if r < 10 else f"{r:.0f}x"


def same(flag: bool) -> str:
    return "identical" if flag else "**different**"


def rows(docs: dict[str, dict[str, Any]]) -> list[tuple[str, str, str]]:
    """The table's rows: (what, purepcap, reference); a row whose figures are
    missing says which script to run."""
    O, P, J = _get(docs, "offline_speed"), _get(docs, "print_speed"), _get(docs, "parallel_speed")
    C, Z, L = _get(docs, "compile_speed"), _get(docs, "optimizer_scale"), _get(docs, "live_capture")
    out: list[tuple[str, str, str]] = []

    def row(script: str, make: Callable[[], tuple[str, str, str]]) -> None:
        try:
            out.append(make())
        except Missing as exc:
            out.append((f"({exc.args[0]} not measured)",
                        f"run `python bench/report.py --run {script}`", ""))

    def cmd(kind: str, what: str) -> tuple[str, str, str]:
        ours, ref = O(f"cmd.{kind}.purepcap"), O(f"cmd.{kind}.tcpdump")
        return (what.format(mb=O("file.mb"), n=O("file.packets") / 1e6)
                + f", output {same(O(f'cmd.{kind}.identical'))}",
                s(ours), f"tcpdump {s(ref)} (purepcap takes {times(ours, ref)})")
    row("offline", lambda: cmd("pcap.filtered", "`-r F -w out 'tcp port 80'`, F: {n:.0f}M packets, "
                               "{mb:.0f} MB (`bench/offline_speed.py`)"))
    row("offline", lambda: cmd("pcap.plain", "`-r F -w out`, plain copy"))
    row("offline", lambda: cmd("pcapng.filtered", "the same from a pcapng copy of F, filtered"))
    row("offline", lambda: cmd("pcapng.plain", "the same from the pcapng copy, plain"))

    def api(kind: str, what: str) -> tuple[str, str, str]:
        fl, pl = f"api.{kind}.filtered", f"api.{kind}.plain"
        ours = f"{s(O(pl + '.purepcap'))} / {s(O(fl + '.purepcap'))}"
        ref = (f"pcapy-ng {s(O(pl + '.pcapy-ng'))} / {s(O(fl + '.pcapy-ng'))}: purepcap at "
               f"{times(O(pl + '.pcapy-ng'), O(pl + '.purepcap'))} / "
               f"{times(O(fl + '.pcapy-ng'), O(fl + '.purepcap'))} of its speed")
        if kind == "count":
            ref += (f"; dpkt {rate(O(pl + '.dpkt.pps'))}, scapy `RawPcapReader` "
                    f"{rate(O(pl + '.scapy.pps'))} (purepcap {rate(O(pl + '.purepcap.pps'))})")
        else:
            ours += (f" (`batches()`: {s(O(pl + '.batches'))} / {s(O(fl + '.batches'))})")
        return what, ours, ref
    row("offline", lambda: api("count", "iterate F counting only: plain / `setfilter('tcp port 80')`"))
    row("offline", lambda: api("body", "iterate F reading each time stamp and data: plain / filtered"))
    row("offline", lambda: (f"peak RSS over a {O('rss.gib'):.2f} GiB file: filtered `-w` / "
                            "filtered iteration",
                            f"{O('rss.cmd'):.0f} MB / {O('rss.api'):.0f} MB",
                            f"tcpdump {O('rss.tcpdump'):.0f} MB"))

    def printing(flags: str, label: str) -> tuple[str, str, str]:
        k = f"print.everyday.{flags}"
        ours, ref = P(k + ".purepcap"), P(k + ".tcpdump")
        text = f"tcpdump {s(ref)} (purepcap takes {times(ours, ref)})"
        if flags == "ntt":
            text += (f"; scapy `summary()` {rate(P('print.everyday.scapy.lps'), 'lines')} "
                     f"(purepcap {times(P(k + '.purepcap.lps'), P('print.everyday.scapy.lps'))}"
                     " faster)")
        return (f"print {P('print.everyday.packets') / 1e3:.0f}k everyday packets, `{label}` "
                "(`bench/print_speed.py`)", f"{s(ours)} ({rate(P(k + '.purepcap.lps'), 'lines')})",
                text)
    row("print", lambda: printing("ntt", "-n -tt"))
    row("print", lambda: printing("nvtt", "-n -v -tt"))

    def flows() -> tuple[str, str, str]:
        k = "print.flows"
        last = P(f"{k}.tenths.tcpdump.last")
        tail = f"{rate(last, 'lines')} in the last" if isinstance(last, (int, float)) else str(last)
        return (f"print {P(k + '.packets') / 1e6:.0f}M short TCP/UDP exchanges, `-n -tt`",
                f"{s(P(k + '.ntt.purepcap'))}; "
                f"{rate(P(k + '.tenths.purepcap.second'), 'lines')} in the second tenth, "
                f"{rate(P(k + '.tenths.purepcap.last'), 'lines')} in the last",
                f"tcpdump {rate(P(k + '.tenths.tcpdump.second'), 'lines')} in the second "
                f"tenth, {tail}")
    row("print", flows)

    def jobs(prefix: str) -> str:
        return (f"{s(J(prefix + 'jobs1'))} / {s(J(prefix + 'jobs2'))} "
                f"({times(J(prefix + 'jobs1'), J(prefix + 'jobs2'))}), output "
                f"{same(J(prefix + 'identical') and J(prefix + 'tcpdump.identical'))}")
    row("parallel", lambda: (f"`-r F -w out 'tcp port 80'`, `--jobs 1` / `--jobs 2`: "
                             f"{J('file.mb'):.0f} MB; the same file 4 times over, "
                             f"{J('copies.file.mb'):.0f} MB (`bench/parallel_speed.py`)",
                             f"{jobs('')}; {jobs('copies.')}",
                             f"tcpdump {s(J('tcpdump'))}; {s(J('copies.tcpdump'))}"))
    row("parallel", lambda: ("Dask `read_pcap(F, filter='tcp port 80')` + count, 1 / 2 workers",
                             f"{s(J('dask.workers1'))} / {s(J('dask.workers2'))} "
                             f"({times(J('dask.workers1'), J('dask.workers2'))})"
                             + ("" if J("dask.workers1.same_count") and J("dask.workers2.same_count")
                                else " **counts differ**"), ""))
    row("compile", lambda: ("first compile of `tcp port 80` in a fresh process / warm compile "
                            "(`bench/compile_speed.py`)",
                            f"{ms(C('fresh.cached.first.median'))} / "
                            f"{ms(C('warm.tcp port 80.purepcap'))}",
                            f"libpcap warm {C('warm.tcp port 80.libpcap'):.3f} ms"))
    row("compile", lambda: ("`purepcap -y EN10MB -d 'tcp port 80'`, start to end",
                            f"{ms(C('fresh.cached.dump.median'))}: "
                            f"{times(C('fresh.cached.dump.median'), C('fresh.cached.python.median'))}"
                            " a bare `python -c pass`", ""))
    row("optimizer", lambda: ("1,000-host filter, the whole `purepcap -ddd -F` command "
                              "(`bench/optimizer_scale.py`)",
                              f"{s(Z('1000.cli.wall'))}, {Z('1000.cli.rss_mb'):.0f} MB, "
                              f"{Z('1000.cli.insns'):,} instructions",
                              f"libpcap {s(Z('1000.libpcap.wall'))}, {Z('1000.libpcap.rss_mb'):.0f} MB, "
                              f"{Z('1000.libpcap.insns'):,} instructions"))
    row("live", lambda: (f"{L('capture.sent') / 1e3:.0f}k 60-byte frames at "
                         f"{L('capture.cli.send_pps') / 1e3:.0f}k/s over a veth, captured side by "
                         "side (`bench/live_capture.py`)",
                         f"`purepcap -w`: {L('capture.cli.captured'):,} captured, "
                         f"{L('capture.cli.dropped'):,} dropped",
                         f"`tcpdump -w`: {L('capture.tcpdump.captured'):,}, "
                         f"{L('capture.tcpdump.dropped'):,} dropped"))
    row("live", lambda: (f"reader ceiling, a pre-filled ring of {L('ceiling.frames') / 1e3:.0f}k frames",
                         f"{rate(L('ceiling.batch.pps'))} (batches), "
                         f"{rate(L('ceiling.callback.pps'))} (callbacks), "
                         f"{rate(L('ceiling.dump.pps'))} (`dump` to a file)",
                         f"pcapy-ng {rate(L('ceiling.pcapy-next.pps'))} (`next`), "
                         f"{rate(L('ceiling.pcapy-dispatch.pps'))} (`dispatch`): purepcap at "
                         f"{times(L('ceiling.batch.pps'), L('ceiling.pcapy-next.pps'))} / "
                         f"{times(L('ceiling.callback.pps'), L('ceiling.pcapy-dispatch.pps'))}"))
    return out


def render(docs: dict[str, dict[str, Any]]) -> str:
    """The table, markers included."""
    lines = [START, "", "| what | purepcap | reference |", "|---|---|---|"]
    for what, ours, ref in rows(docs):
        lines.append(f"| {what} | {ours} | {ref} |")
    runs = ", ".join(f"`{name}` {doc['when']} (load {doc['host']['load']})"
                     for name, doc in sorted(docs.items()))
    lines += ["", f"Runs: {runs or 'none yet'}.", "", END]
    return "\n".join(lines)


def splice(text: str, table: str) -> str:
    """README text with the table between the markers replaced by ``table``."""
    a = text.index(START)
    b = text.index(END, a) + len(END)
    return text[:a] + table + text[b:]


def run(names: list[str], extra: list[str]) -> None:
    RESULTS.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for name in names:
        script, args = SCRIPTS[name]
        dest = RESULTS / (Path(script).stem + ".json")
        cmd = [sys.executable, str(HERE / script), *args, *extra, "--json", str(dest)]
        print(f"$ {' '.join(cmd)}", flush=True)
        res = subprocess.run(cmd, env=env, check=False)
        if res.returncode != 0:
            sys.exit(f"{script} failed (status {res.returncode}); {dest} kept as it was")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--run", default="", help="scripts to run first: "
                    + ",".join(SCRIPTS) + " or all")
    ap.add_argument("--check", action="store_true",
                    help="only say whether README.md's table is what the results give")
    a, extra = ap.parse_known_args()
    names = list(SCRIPTS) if a.run == "all" else [n for n in a.run.split(",") if n]
    bad = [n for n in names if n not in SCRIPTS]
    if bad:
        ap.error(f"unknown script(s): {', '.join(bad)}")
    if names:
        run(names, extra)
    text = README.read_text(encoding="utf-8")
    new = splice(text, render(load()))
    if a.check:
        if new != text:
            print("README.md's performance table is not what bench/results/ gives; "
                  "run python bench/report.py", file=sys.stderr)
            return 1
        return 0
    if new != text:
        README.write_text(new, encoding="utf-8")
        print("README.md: performance table rebuilt")
    else:
        print("README.md: performance table already up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
