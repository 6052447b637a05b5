#!/usr/bin/env python3
"""Record the oracles' answers for the tests marked ``recorded`` (tests/data/oracle-answers.json.gz).

Those tests ask libpcap / tcpdump only with fixed arguments, so their answers can
be kept: on a machine without the oracles (a fresh clone) they run from the file
instead of skipping.  Run this where the oracles are installed (``.ci/run``
installs them) whenever such a test changes what it asks; with the oracles
present the tests themselves fail on a missing or stale answer, so CI says when.

Usage: ``python tools/record_oracle_answers.py [pytest args...]``
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ANSWERS = REPO / "tests" / "data" / "oracle-answers.json.gz"


def main(argv: list[str]) -> int:
    env = dict(os.environ, PUREPCAP_TEST_RECORD_ORACLE=str(ANSWERS))
    env.pop("PUREPCAP_TEST_NO_ORACLES", None)
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "recorded", *argv]
    rc = subprocess.call(cmd, cwd=REPO, env=env)
    if rc == 0:
        print(f"wrote {ANSWERS.relative_to(REPO)} ({ANSWERS.stat().st_size} bytes)")
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
