"""A bench script's figures as data, for ``bench/report.py``.

Each script records what it prints with :meth:`Results.put` and, given
``--json FILE``, writes them there: ``{"script", "when", "host", "args",
"results": {key: value}}``.  ``bench/report.py`` runs the scripts with
``--json bench/results/NAME.json`` and rebuilds README.md's performance table
from those files, so every figure in the table comes from one run of a script
whose output is kept beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from typing import Any


class Results:
    """The figures of one run of one script."""

    def __init__(self, script: str) -> None:
        self.script = script
        self.values: dict[str, Any] = {}

    def put(self, key: str, value: Any) -> None:
        """Record ``value`` (a number, a string or a bool) under ``key``."""
        if isinstance(value, float):
            value = float(f"{value:.6g}")
        self.values[key] = value

    def save(self, path: str | None, args: argparse.Namespace | None = None) -> None:
        """Write the figures to ``path`` (nothing when None)."""
        if not path:
            return
        doc = {
            "script": self.script,
            "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "host": {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                     "machine": platform.machine(),
                     "load": round(os.getloadavg()[0], 2)},
            "args": {k: v for k, v in vars(args).items() if k != "json"} if args else {},
            "results": self.values,
        }
        tmp = f"{path}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=1, sort_keys=True)
            f.write("\n")
        os.replace(tmp, path)


def add_option(ap: argparse.ArgumentParser) -> None:
    """The ``--json FILE`` option."""
    ap.add_argument("--json", metavar="FILE",
                    help="also write the figures to FILE (for bench/report.py)")
