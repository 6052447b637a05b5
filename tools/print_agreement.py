#!/usr/bin/env python3
"""How much of purepcap's printed text is identical to tcpdump's.

Runs ``tcpdump FLAGS -r FILE`` and purepcap's printer (in-process, through the
CLI's own output class) on each capture, and counts the lines of tcpdump's
output that purepcap reproduces exactly (lines are matched in order, as
``difflib`` aligns them).  Prints one line per file and the totals.

A printer exception is a bug: the tool never crashes on a capture, it counts
and reports them (``errors``) and goes on.

    python tools/print_agreement.py                       # Ethernet corpus, -n -tt and -n -v -tt
    python tools/print_agreement.py --flags "-n -e -tt" FILE...
    python tools/print_agreement.py --linktype 113 --quiet
"""

from __future__ import annotations

import argparse
import difflib
import io
import os
import subprocess
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

CORPUS = ROOT.parent / "shared" / "corpus" / "tcpdump"


def tcpdump_lines(path: Path, flags: list[str]) -> list[str]:
    env = dict(os.environ, TZ="UTC")
    try:
        res = subprocess.run(["tcpdump", *flags, "-r", str(path)], capture_output=True,
                             env=env, timeout=120, check=False)
    except subprocess.TimeoutExpired:
        return []
    return res.stdout.decode("latin-1").splitlines()


def purepcap_lines(path: Path, flags: list[str]) -> tuple[list[str], int, str]:
    """(lines, printer exceptions, first exception text)."""
    os.environ["TZ"] = "UTC"
    time.tzset()
    from purepcap import cli
    from purepcap.capture import open_offline
    from purepcap.errors import PcapError
    args = cli.build_parser().parse_args([*flags, "-r", str(path)])
    out = io.StringIO()
    errors = 0
    first = ""
    try:
        cap = open_offline(str(path))
    except PcapError:
        return [], 0, ""
    with cap:
        output = cli._Output(args, cap.datalink(), cap.snapshot(), out)
        output.printer.strict = True
        it = iter(cap)
        while True:
            try:
                pkt = next(it)
            except StopIteration:
                break
            except PcapError:
                break
            try:
                output.packet(pkt)
            except Exception:
                errors += 1
                if not first:
                    first = traceback.format_exc(limit=-3)
                output.printer.strict = False
                output.count -= 1
                output.packet(pkt)
                output.printer.strict = True
    return out.getvalue().encode("latin-1", "replace").decode("latin-1").splitlines(), errors, first


def _latin(lines: list[str]) -> list[str]:
    return [line.encode("utf-8", "surrogateescape").decode("latin-1", "replace")
            if False else line for line in lines]


def agreement(theirs: list[str], ours: list[str]) -> int:
    """Lines of ``theirs`` that ``ours`` reproduces, in order."""
    if theirs == ours:
        return len(theirs)
    sm = difflib.SequenceMatcher(None, theirs, ours, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks())


def capture_files(linktype: int) -> list[Path]:
    from purepcap.capture import open_offline
    out = []
    for p in sorted(CORPUS.iterdir()):
        try:
            with open_offline(str(p)) as cap:
                if cap.datalink() == linktype:
                    out.append(p)
        except Exception:
            continue
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--flags", action="append",
                    help='tcpdump flags, e.g. "-n -tt" (repeatable; default: "-n -tt" and "-n -v -tt")')
    ap.add_argument("--linktype", type=int, default=1,
                    help="corpus files of this DLT when no FILE is given (default 1, Ethernet)")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst files per flag set")
    a = ap.parse_args(argv)
    flag_sets = [f.split() for f in (a.flags or ["-n -tt", "-n -v -tt"])]
    if a.files:
        files = a.files
    else:
        if not CORPUS.is_dir():
            print(f"no corpus at {CORPUS}")
            return 1
        files = capture_files(a.linktype)
    for flags in flag_sets:
        tot_same = tot_lines = tot_err = 0
        identical_files = 0
        rows = []
        for path in files:
            theirs = tcpdump_lines(path, flags)
            ours, errs, first = purepcap_lines(path, flags)
            same = agreement(theirs, ours)
            tot_same += same
            tot_lines += len(theirs)
            tot_err += errs
            identical_files += theirs == ours
            rows.append((same - len(theirs), path.name, same, len(theirs)))
            if not a.quiet:
                tag = f"  ERRORS {errs}: {first.strip().splitlines()[-1]}" if errs else ""
                print(f"{' '.join(flags):12} {path.name:60} {same:6}/{len(theirs):<6}{tag}")
        share = 100.0 * tot_same / tot_lines if tot_lines else 100.0
        print(f"TOTAL {' '.join(flags)}: {tot_same}/{tot_lines} lines identical ({share:.1f}%), "
              f"{identical_files}/{len(files)} files identical, {tot_err} printer exceptions")
        if a.worst:
            for miss, name, same, n in sorted(rows)[:a.worst]:
                print(f"   worst: {name} {same}/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
