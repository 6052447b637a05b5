"""libpcap 1.10.3's apply cases: a filter over a real capture file.

Our program (unoptimized and optimized), compiled for the file's link type, run over
the file's packets (as libpcap reads them) must return libpcap's value for every
packet (``unopt_results`` / ``opt_results``); where 1.10.3 cannot compile the
expression, purepcap must raise FilterError.
"""

from __future__ import annotations

import pytest

from conformance import cases, harness
from conftest import needs_oracle, shared_params

pytestmark = [pytest.mark.oracle, needs_oracle]


@pytest.mark.parametrize("case", shared_params(cases.apply_cases, ids=lambda c: c.id))
def test_apply(case: cases.ApplyCase) -> None:
    result = harness.check_apply(case)
    bad = [f"{mode}: {v.kind}\n{v.detail}" for mode, v in result.items() if not v.ok]
    if bad:
        pytest.fail(f"{case.expr!r} on {case.savefile}:\n" + "\n\n".join(bad), pytrace=False)
