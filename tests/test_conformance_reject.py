"""libpcap 1.10.3's reject cases.

``error`` set: purepcap must raise FilterError (or a subclass) whose message carries
libpcap's (after dropping "can't parse filter expression: "; "syntax error" matches
any FilterSyntaxError; "unknown host"-style name errors depend on the machine, so
any unknown-name error will do).  ``error`` null (1.10.3 accepts what newer libpcap
rejects): purepcap must compile it, and its optimized program must give the verdicts
of ``opt_insns`` on the link type's corpus and synthesized packets.
"""

from __future__ import annotations

import pytest

import oracle
from conformance import cases, harness

pytestmark = [
    pytest.mark.oracle,
    pytest.mark.skipif(not cases.data_available(), reason="../shared/conformance not found"),
    pytest.mark.skipif(not oracle.available(), reason="libpcap (the oracle) is not installed"),
]

CASES = cases.reject_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_reject(case: cases.RejectCase) -> None:
    v = harness.check_reject(case)
    if not v.ok:
        want = f"error {case.error!r}" if case.error is not None else "a program"
        pytest.fail(f"{case.expr!r} on {case.dlt}: libpcap 1.10.3 gives {want}\n"
                    f"{v.kind}: {v.detail}", pytrace=False)
