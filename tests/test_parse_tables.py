"""The checked-in LALR(1) tables (purepcap/filter/_tables.py) are the grammar's.

The parser reads its tables from a generated module instead of building them at
run time.  These tests rebuild them from ``parser.GRAMMAR`` and ``PRECEDENCE``
and compare: a grammar change without ``python -m purepcap.filter._lalr --write``
fails here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from purepcap.filter import _lalr, _tables, parser

TABLES_PY = Path(_tables.__file__)


def test_checked_in_file_is_what_the_generator_writes():
    built = parser.build_tables()
    assert TABLES_PY.read_text() == _lalr.render(built), (
        "purepcap/filter/_tables.py is stale: run python -m purepcap.filter._lalr --write")


def test_loaded_tables_equal_freshly_built_ones():
    assert parser.tables() == parser.build_tables()


def test_tables_match_the_grammar_rule_for_rule():
    rules = parser.tables().rules
    assert len(rules) == len(parser.GRAMMAR) + 1
    assert rules[0] == (_lalr.ACCEPT, ("prog", _lalr.END))
    for (lhs, rhs), (g_lhs, g_rhs, _, _) in zip(rules[1:], parser.GRAMMAR):
        assert (lhs, rhs) == (g_lhs, tuple(g_rhs.split()))


def test_render_then_load_round_trips():
    built = parser.build_tables()
    namespace: dict = {}
    exec(compile(_lalr.render(built), "<tables>", "exec"), namespace)

    class Module:
        pass

    m = Module()
    vars(m).update(namespace)
    assert _lalr.load(m) == built


def test_build_is_independent_of_hash_seed():
    # set iteration order must not leak into state numbering or row order
    code = "import sys; from purepcap.filter import _lalr, parser; " \
           "sys.stdout.write(_lalr.render(parser.build_tables()))"
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True).stdout
    assert out == TABLES_PY.read_text()


def test_check_command_accepts_the_checked_in_file():
    proc = subprocess.run([sys.executable, "-m", "purepcap.filter._lalr", "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_driver_tables_follow_the_generated_ones():
    # the parser's runtime view: reduce-without-lookahead exactly in consistent states
    t = parser.tables()
    for s, consistent in enumerate(t.consistent):
        assert parser._REDUCE_NOW[s] == (t.default[s] if consistent else None)
    assert parser._ACTION == tuple(t.action)
    assert parser._GOTO == tuple(t.goto)
