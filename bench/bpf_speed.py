"""How fast does purepcap filter packets? Interpreter vs matcher vs libpcap's bpf_filter.

Runs libpcap-compiled programs from ../shared/conformance/accept.jsonl (``tcp port 25``
style) over real Ethernet packets from the corpus, three ways:

- ``Program.run``: the reference interpreter (one opcode dispatch per instruction);
- ``Program.matcher()``: the program translated to a Python function;
- libpcap 1.10.3's ``bpf_filter`` in C, called through ctypes (the per-call ctypes cost
  is included: it is what a Python caller of libpcap pays).

Usage: ``python bench/bpf_speed.py [capture-file ...]`` (default: every Ethernet capture
of ../shared/corpus/tcpdump).  Needs libpcap installed (the test oracle reads the files).
"""

from __future__ import annotations

import ctypes
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "src"))

import oracle  # noqa: E402
from purepcap.bpf import Program  # noqa: E402

CASES = ["tcp_port", "udp_port", "port", "icmp", "tcp_dst_portrange", "ether_host_addr", "vlan_eth_unary"]
REPEAT = 5


def load_packets(paths: list[str]) -> list[tuple[bytes, int]]:
    out: list[tuple[bytes, int]] = []
    for path in paths:
        f = oracle.read_packets(path)
        if f.linktype == 1:
            out.extend((p.data, p.wirelen) for p in f.packets)
    return out


def best_of(fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str]) -> int:
    if argv:
        paths = argv
    else:
        folder = SHARED / "corpus" / "tcpdump"
        paths = [str(folder / name) for name in sorted(os.listdir(folder))]
    packets = load_packets(paths)
    if not packets:
        print("no Ethernet packets found", file=sys.stderr)
        return 1
    cases = {}
    with open(SHARED / "conformance" / "accept.jsonl") as f:
        for line in f:
            case = json.loads(line)
            if case["dlt"] == "EN10MB" and case["name"] in CASES and case["name"] not in cases and case["opt_insns"]:
                cases[case["name"]] = case
    lib = oracle._lib()
    print(f"{len(packets)} Ethernet packets from {len(paths)} file(s); best of {REPEAT}; Python {sys.version.split()[0]}")
    header = (f"{'expression':<26} {'prog':>5} {'insns':>5} {'interp pkt/s':>13} {'matcher pkt/s':>14} "
              f"{'libpcap pkt/s':>14} {'match/interp':>12} {'match/libpcap':>13} {'compile ms':>10}")
    print(header)
    print("-" * len(header))
    ratios = []
    for name in CASES:
        case = cases.get(name)
        if case is None:
            continue
        for kind in ("opt", "unopt"):
            insns = case[f"{kind}_insns"]
            program = Program(insns)
            run = program.run
            t0 = time.perf_counter()
            match = Program(insns).matcher()
            compile_ms = (time.perf_counter() - t0) * 1000
            arr = oracle._insn_array([tuple(i) for i in insns])
            cfilter = lib.bpf_filter
            # all three must agree before we time them
            for data, wirelen in packets:
                want = cfilter(arr, data, wirelen, len(data))
                assert run(data, wirelen) == want and match(data, wirelen) == want, (name, kind)

            def interp() -> None:
                for data, wirelen in packets:
                    run(data, wirelen)

            def jit() -> None:
                for data, wirelen in packets:
                    match(data, wirelen)

            def libpcap() -> None:
                for data, wirelen in packets:
                    cfilter(arr, data, wirelen, len(data))

            n = len(packets)
            ti, tj, tc = best_of(interp), best_of(jit), best_of(libpcap)
            ratios.append((ti / tj, tc / tj))
            print(f"{case['expr']:<26} {kind:>5} {len(insns):>5} {n / ti:>13,.0f} {n / tj:>14,.0f} "
                  f"{n / tc:>14,.0f} {ti / tj:>11.1f}x {tc / tj:>12.2f}x {compile_ms:>10.2f}")
    if ratios:
        gi = 1.0
        gc = 1.0
        for a, b in ratios:
            gi *= a
            gc *= b
        k = 1 / len(ratios)
        print(f"geometric mean: matcher is {gi ** k:.1f}x the interpreter, "
              f"{gc ** k:.2f}x libpcap-through-ctypes (>1: matcher faster)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
