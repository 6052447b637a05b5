"""Differential fuzzing: random filter expressions, purepcap against libpcap 1.10.3.

Each run draws ``PUREPCAP_FUZZ_COUNT`` (default 2,000) expressions from the grammar
(:mod:`conformance.exprgen`), seeded by ``PUREPCAP_FUZZ_SEED`` (default: a fixed
seed, so a CI run is reproducible; ``PUREPCAP_FUZZ_SEED=random`` draws a fresh one
to explore new expressions).  For each expression and link type:

- libpcap rejects it -> purepcap must raise FilterError;
- libpcap says "expression rejects all packets" <-> purepcap says it (except where
  libpcap's unoptimized program accepts a packet: its ``jset #0xffffffff`` slip);
- libpcap compiles it -> purepcap must compile it, and the optimized programs must
  give the same verdict on the link type's real packets (a diverse subset) and on
  packets synthesized to reach every branch of both programs; every 4th expression
  also compares the unoptimized programs.

A failure prints the seed, the expression's index and the expression; rerun it
with ``PUREPCAP_FUZZ_SEED=<seed> pytest tests/test_fuzz_differential.py``.
"""

from __future__ import annotations

import os
import random

import pytest

import oracle
from conformance import exprgen, harness
from conftest import needs_oracle

pytestmark = [
    pytest.mark.oracle,
    needs_oracle,
]

DEFAULT_SEED = 20261121
_seed = os.environ.get("PUREPCAP_FUZZ_SEED") or str(DEFAULT_SEED)
SEED = random.SystemRandom().getrandbits(32) if _seed == "random" else int(_seed)
COUNT = int(os.environ.get("PUREPCAP_FUZZ_COUNT") or 2000)
CHUNK = 100
CORPUS_CAP = 64  # real packets per link type (the most diverse first), plus synthesized ones
NETMASK = 0xFFFFFF00


def check_expression(seed: int, index: int) -> str | None:
    """None if purepcap agrees with libpcap on expression ``index`` of ``seed``, else why not."""
    expr, dlt, dlt_name = exprgen.expression(random.Random(f"{seed}:{index}"))
    netmask = NETMASK if index % 3 == 0 else 0xFFFFFFFF
    modes = [True] if index % 4 else [True, False]
    where = (f"seed {seed} index {index} on {dlt_name} (netmask {netmask:#x}): {expr!r}\n"
             f"  (rerun: PUREPCAP_FUZZ_SEED={seed} pytest tests/test_fuzz_differential.py)")
    theirs_by_mode = {}
    for optimize in (True, False):  # libpcap's unoptimized program is the filter's meaning
        theirs_by_mode[optimize] = oracle.compile_expr(expr, dlt, 262144, optimize, netmask)
    programs = [t for t, _e in theirs_by_mode.values() if t]
    ours_by_mode = {o: harness.compile_ours(expr, dlt, optimize=o, netmask=netmask) for o in modes}
    programs += [c.insns for c in ours_by_mode.values() if c.insns]
    for optimize in modes:
        mode = "opt" if optimize else "unopt"
        theirs, err = theirs_by_mode[optimize]
        ours = ours_by_mode[optimize]
        if optimize:
            # "expression rejects all packets" exactly where libpcap says it: ours without
            # libpcap's is a failure even if libpcap's program matches nothing (the other
            # direction is check_optimized's: libpcap's without ours fails unless
            # libpcap's unoptimized program accepts a packet, its jset #0xffffffff slip)
            ours_empty = ours.status == "error" and harness.REJECTS_ALL in str(ours.error)
            if ours_empty and (err is None or harness.REJECTS_ALL not in err):
                return (f"{where}\n  [opt] purepcap says {harness.REJECTS_ALL!r}; "
                        f"libpcap: {err or 'compiles it'!r}")
        if optimize and theirs_by_mode[False][1] is None:
            v = harness.check_optimized(ours, theirs, err, theirs_by_mode[False][0], dlt, False,
                                        programs, context="", corpus_cap=CORPUS_CAP)
            if not v.ok:
                return f"{where}\n{v.detail}"
            continue
        if err is not None:
            if ours.status != "error":
                return f"{where}\n  [{mode}] libpcap: {err!r}; purepcap: {ours.describe()}"
            continue
        if ours.status != "ok":
            return f"{where}\n  [{mode}] libpcap compiles it; purepcap: {ours.describe()}"
        v = harness.check_program(theirs, ours.insns, dlt, extra_programs=programs,
                                  corpus_cap=CORPUS_CAP, context=f"[{mode}] ")
        if not v.ok:
            return f"{where}\n{v.detail}"
    return None


@pytest.mark.parametrize("chunk", range((COUNT + CHUNK - 1) // CHUNK))
def test_fuzz_differential(chunk: int) -> None:
    ok, why = harness.compiler_available()
    if not ok:
        pytest.fail(why, pytrace=False)
    failures = []
    for index in range(chunk * CHUNK, min(COUNT, (chunk + 1) * CHUNK)):
        problem = check_expression(SEED, index)
        if problem:
            failures.append(problem)
    if failures:
        pytest.fail(f"{len(failures)} of {CHUNK} expressions disagree (seed {SEED}); first ones:\n\n"
                    + "\n\n".join(failures[:3]), pytrace=False)
