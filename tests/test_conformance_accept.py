"""libpcap 1.10.3's accept cases: purepcap must compile each expression (or fail where
1.10.3 fails) and its programs must give libpcap's verdicts.

One test per case (id ``name[DLT]``).  For each of unoptimized and optimized: our
program and libpcap's (``unopt_insns`` / ``opt_insns``) run through the same
interpreter over the link type's corpus packets plus packets synthesized to reach
every branch of all four programs (Linux-extension cases: every packet also in
metadata variants: VLAN tag present/absent, pkttype, ifindex); every verdict must
be equal.  Where 1.10.3 reports an error (``unopt_error`` / ``opt_error``, e.g.
"expression rejects all packets" from the optimizer), purepcap must raise
FilterError.  Byte-identical programs are a figure for tools/conformance_report.py,
not a requirement here.
"""

from __future__ import annotations

import pytest

from conformance import cases, harness
from conftest import needs_oracle, shared_params

pytestmark = [pytest.mark.oracle, needs_oracle]


@pytest.mark.parametrize("case", shared_params(cases.accept_cases, ids=lambda c: c.id))
def test_accept(case: cases.AcceptCase) -> None:
    result = harness.check_accept(case)
    bad = [f"{mode}: {v.kind}\n{v.detail}" for mode, v in result.items() if not v.ok]
    if bad:
        pytest.fail(f"{case.expr!r} on {case.dlt} (snaplen {case.snaplen}, netmask {case.netmask}, "
                    f"linux_ext {case.linux_ext}):\n" + "\n\n".join(bad), pytrace=False)
