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

from conformance import cases, harness
from conftest import needs_oracle, shared_params

pytestmark = [pytest.mark.oracle, needs_oracle]


@pytest.mark.parametrize("case", shared_params(cases.reject_cases, ids=lambda c: c.id))
def test_reject(case: cases.RejectCase) -> None:
    v = harness.check_reject(case)
    if not v.ok:
        want = f"error {case.error!r}" if case.error is not None else "a program"
        pytest.fail(f"{case.expr!r} on {case.dlt}: libpcap 1.10.3 gives {want}\n"
                    f"{v.kind}: {v.detail}", pytrace=False)
