"""README.md's performance table is made by ``bench/report.py`` from the figures the
bench scripts wrote (``bench/results/*.json``): the table in the README must be
exactly what those files give, every row must have its figures, and every script
the report runs must take ``--json``."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"


def _module(name: str) -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod
    finally:
        sys.path.remove(str(BENCH))


@pytest.fixture(scope="module")
def report() -> ModuleType:
    return _module("report")


def test_readme_table_is_the_results(report: ModuleType) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.count(report.START) == 1 and text.count(report.END) == 1
    assert report.splice(text, report.render(report.load())) == text, \
        "README.md's table is stale: run python bench/report.py"


def test_every_row_has_its_figures(report: ModuleType) -> None:
    rows = report.rows(report.load())
    missing = [what for what, _ours, _ref in rows if "not measured" in what]
    assert not missing
    assert len(rows) >= 15
    # the figures say what they are compared with, and the outputs were the same
    text = report.render(report.load())
    assert "**different**" not in text and "counts differ" not in text


def test_missing_figures_say_what_to_run(report: ModuleType) -> None:
    rows = report.rows({})
    assert rows and all("not measured" in what for what, _o, _r in rows)
    assert {ours for _w, ours, _r in rows} >= {
        f"run `python bench/report.py --run {name}`" for name in ("offline", "print", "live")}


def test_check_mode(report: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = tmp_path / "README.md"
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    readme.write_text(text.replace("| what | purepcap |", "| what | purepcap (old) |"))
    monkeypatch.setattr(report, "README", readme)
    monkeypatch.setattr(sys, "argv", ["report.py", "--check"])
    assert report.main() == 1
    monkeypatch.setattr(sys, "argv", ["report.py"])
    assert report.main() == 0 and readme.read_text() == text
    monkeypatch.setattr(sys, "argv", ["report.py", "--check"])
    assert report.main() == 0


def test_results_file(tmp_path: Path) -> None:
    mod = _module("_results")
    r = mod.Results("x_speed")
    r.put("a.b", 1.23456789)
    r.put("n", 7)
    r.put("ok", True)
    dest = tmp_path / "x.json"
    r.save(str(dest))
    doc = json.loads(dest.read_text())
    assert doc["script"] == "x_speed"
    assert doc["results"] == {"a.b": 1.23457, "n": 7, "ok": True}
    assert doc["host"]["cpus"] >= 1 and doc["when"].endswith("UTC")
    r.save(None)                                  # no --json: nothing written


@pytest.mark.parametrize("name", ["offline", "print", "parallel", "compile", "optimizer",
                                  "live"])
def test_scripts_take_json(report: ModuleType, name: str) -> None:
    script = report.SCRIPTS[name][0]
    res = subprocess.run([sys.executable, str(BENCH / script), "--help"], capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0 and "--json" in res.stdout, res.stderr[-2000:]
