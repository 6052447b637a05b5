#!/usr/bin/env python3
"""Print purepcap's conformance figures against libpcap 1.10.3.

Runs the same checks as tests/test_conformance_{accept,reject,apply}.py (through
tests/conformance/harness.py) and prints:

- accept cases agreeing on every packet: optimized, unoptimized, both;
- reject cases rejected (and with libpcap's message), and the 1.10.3-accepts ones
  that compile and agree;
- apply cases agreeing packet for packet;
- accept cases whose unoptimized program is byte-identical to 1.10.3's;
- optimizer: over the accept cases 1.10.3 optimizes, total instructions ours vs
  libpcap's, and the shares byte-identical / smaller / same size / larger.

Usage: python tools/conformance_report.py [--only accept,reject,apply]
       [--failures N] [--no-verdicts] [--json]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "src"))

from conformance import cases, harness  # noqa: E402


def pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100.0 * n / d:.1f}%)" if d else f"{n}/0"


class Failures:
    def __init__(self, limit: int):
        self.limit = limit
        self.by_kind: dict[str, list[str]] = collections.defaultdict(list)

    def add(self, kind: str, text: str) -> None:
        self.by_kind[kind].append(text)

    def print(self) -> None:
        if not self.by_kind:
            return
        print("\nfailure kinds:")
        for kind, items in sorted(self.by_kind.items(), key=lambda kv: -len(kv[1])):
            print(f"  {kind}: {len(items)}")
        if self.limit:
            for kind, items in sorted(self.by_kind.items(), key=lambda kv: -len(kv[1])):
                print(f"\n== {kind} (first {min(self.limit, len(items))} of {len(items)}) ==")
                for t in items[:self.limit]:
                    print(t.rstrip()[:2000])
                    print("--")


def accept_report(args, fails: Failures, out: dict) -> None:
    cs = cases.accept_cases()
    n = len(cs)
    ok = {"opt": 0, "unopt": 0}
    both = 0
    unopt_ident = unopt_with_prog = 0
    opt_cases = 0
    ours_total = theirs_total = 0
    ident = smaller = same = larger = not_compiled = 0
    for c in cs:
        if not args.no_verdicts:
            res = harness.check_accept(c)
            for mode in ("opt", "unopt"):
                v = res[mode]
                ok[mode] += v.ok
                if not v.ok:
                    fails.add(f"accept/{mode}/{v.kind}", f"{c.id}: {c.expr!r}\n{v.detail}")
            both += res["opt"].ok and res["unopt"].ok
        # listings and sizes (compile_ours is memoized)
        dlt = cases.dlt_value(c.dlt)
        kw = dict(snaplen=c.snaplen, netmask=c.netmask, linux_ext=c.linux_ext)
        if c.unopt_insns is not None:
            unopt_with_prog += 1
            u = harness.compile_ours(c.expr, dlt, optimize=False, **kw)
            unopt_ident += u.insns == c.unopt_insns
        if c.opt_insns is not None:
            opt_cases += 1
            o = harness.compile_ours(c.expr, dlt, optimize=True, **kw)
            if o.insns is None:
                not_compiled += 1
                continue
            ours_total += len(o.insns)
            theirs_total += len(c.opt_insns)
            if o.insns == c.opt_insns:
                ident += 1
            elif len(o.insns) < len(c.opt_insns):
                smaller += 1
            elif len(o.insns) == len(c.opt_insns):
                same += 1
            else:
                larger += 1
    print(f"accept cases: {n}")
    if not args.no_verdicts:
        print(f"  agree on every packet, optimized:    {pct(ok['opt'], n)}")
        print(f"  agree on every packet, unoptimized:  {pct(ok['unopt'], n)}")
        print(f"  agree on every packet, both:         {pct(both, n)}")
    print(f"  unoptimized program byte-identical to 1.10.3's: {pct(unopt_ident, unopt_with_prog)}"
          f" (of cases 1.10.3 compiles unoptimized)")
    compiled = opt_cases - not_compiled
    print(f"optimizer, over the {opt_cases} accept cases 1.10.3 optimizes"
          f" ({not_compiled} that purepcap does not compile left out):")
    print(f"  total instructions: purepcap {ours_total}, libpcap {theirs_total}"
          + (f" (ratio {ours_total / theirs_total:.3f})" if theirs_total else ""))
    print(f"  byte-identical: {pct(ident, compiled)}")
    print(f"  different, smaller: {pct(smaller, compiled)}; same size: {pct(same, compiled)};"
          f" larger: {pct(larger, compiled)}")
    nv = args.no_verdicts
    out["accept"] = dict(cases=n, opt_agree=None if nv else ok["opt"],
                         unopt_agree=None if nv else ok["unopt"], both_agree=None if nv else both,
                         unopt_identical=unopt_ident, unopt_cases=unopt_with_prog,
                         opt_cases=opt_cases, opt_not_compiled=not_compiled,
                         ours_insns=ours_total, libpcap_insns=theirs_total, opt_identical=ident,
                         opt_smaller=smaller, opt_same_size=same, opt_larger=larger)


def reject_report(args, fails: Failures, out: dict) -> None:
    cs = cases.reject_cases()
    err_cases = [c for c in cs if c.error is not None]
    null_cases = [c for c in cs if c.error is None]
    rejected = matched = 0
    for c in err_cases:
        comp = harness.compile_ours(c.expr, c.dlt, optimize=True, netmask=c.netmask)
        if comp.status == "error":
            rejected += 1
            if harness.error_matches(c.error, comp.error):
                matched += 1
            else:
                fails.add("reject/message", f"{c.id}: {c.expr!r}\n  libpcap: {c.error}\n  ours: {comp.describe()}")
        else:
            fails.add(f"reject/{comp.status}", f"{c.id}: {c.expr!r}\n  libpcap: {c.error}\n  ours: {comp.describe()}")
    agree = 0
    for c in null_cases:
        if args.no_verdicts:
            comp = harness.compile_ours(c.expr, c.dlt, optimize=True, netmask=c.netmask)
            agree += comp.status == "ok"
            continue
        v = harness.check_reject(c)
        agree += v.ok
        if not v.ok:
            fails.add(f"reject-null/{v.kind}", f"{c.id}: {c.expr!r}\n{v.detail}")
    print(f"reject cases with a 1.10.3 error: {len(err_cases)}")
    print(f"  rejected (FilterError):            {pct(rejected, len(err_cases))}")
    print(f"  rejected with libpcap's message:   {pct(matched, len(err_cases))}")
    label = "compile" if args.no_verdicts else "compile and agree on every packet"
    print(f"reject cases 1.10.3 accepts: {len(null_cases)}; {label}: {pct(agree, len(null_cases))}")
    out["reject"] = dict(error_cases=len(err_cases), rejected=rejected, message_matches=matched,
                         accepted_cases=len(null_cases), accepted_ok=agree)


def apply_report(args, fails: Failures, out: dict) -> None:
    cs = cases.apply_cases()
    ok = {"opt": 0, "unopt": 0}
    for c in cs:
        res = harness.check_apply(c)
        for mode in ("opt", "unopt"):
            ok[mode] += res[mode].ok
            if not res[mode].ok:
                fails.add(f"apply/{mode}/{res[mode].kind}", f"{c.id}: {c.expr!r}\n{res[mode].detail}")
    print(f"apply cases: {len(cs)}; agree on every packet: optimized {pct(ok['opt'], len(cs))},"
          f" unoptimized {pct(ok['unopt'], len(cs))}")
    out["apply"] = dict(cases=len(cs), opt_agree=ok["opt"], unopt_agree=ok["unopt"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="accept,reject,apply")
    ap.add_argument("--failures", type=int, default=0, metavar="N",
                    help="print the first N failures of each kind")
    ap.add_argument("--no-verdicts", action="store_true",
                    help="compile-level figures only (no packet runs)")
    ap.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = ap.parse_args(argv)
    if not cases.data_available():
        print(f"conformance data not found under {cases.CONFORMANCE}", file=sys.stderr)
        return 2
    avail, why = harness.compiler_available()
    print(f"interpreter: {harness.interpreter().kind}; compiler: {'purepcap.filter.compile' if avail else why}")
    fails = Failures(args.failures)
    out: dict = {}
    t0 = time.monotonic()
    only = {s.strip() for s in args.only.split(",")}
    if "accept" in only:
        accept_report(args, fails, out)
    if "reject" in only:
        reject_report(args, fails, out)
    if "apply" in only:
        apply_report(args, fails, out)
    fails.print()
    print(f"\n({time.monotonic() - t0:.0f} s)")
    if args.json:
        print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
