"""The text format of the generated LALR(1) tables (:mod:`purepcap.filter._tables`).

Rule 1: the writer (:mod:`purepcap.filter._lalr`, at build time) and the readers
(:mod:`purepcap.filter.parser`, at import) of that format live here, each
table's pair side by side, so the format is said once.  The module stays small
and imports nothing: the parser loads it in every process that compiles a
filter.

The generated module holds data only, a few string literals, one rule or state
a line:

* ``RULES``: rule r on line r, ``lhs: rhs...``; rule 0 is ``$accept: prog $end``;
* ``ACTION``: ``state: terminal code ...``; a code ``>= 0`` is the state to
  shift to, ``< 0`` is ``~rule`` to reduce by, ``ERROR`` an explicit error; any
  other terminal takes the state's default reduction (``DEFAULT``, ``-``: none,
  a syntax error);
* ``GOTO``: ``state: nonterminal state ...``.

Each distinct row is written once, led by all the states that have it
(``154,155,156: ...``); a state with an empty ``ACTION`` or ``GOTO`` row has
no line in that table;
``DEFAULT`` has one word per state and so gives the number of states.
"""

from __future__ import annotations

from typing import Sequence


def write_rules(rules: Sequence[tuple[str, Sequence[str]]]) -> list[str]:
    return [" ".join([f"{lhs}:", *rhs]) for lhs, rhs in rules]


def read_rules(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """``RULES`` as ``(lhs, rhs)`` pairs."""
    out = []
    for line in text.splitlines():
        lhs, *rhs = line.split()
        out.append((lhs[:-1], tuple(rhs)))
    return out


def write_rows(table: Sequence[dict[str, int]]) -> list[str]:
    """A line per distinct non-empty row, led by the states that have it."""
    states: dict[tuple[tuple[str, int], ...], list[str]] = {}
    for s, row in enumerate(table):
        if row:
            states.setdefault(tuple(row.items()), []).append(str(s))
    return [" ".join([",".join(ss) + ":", *(f"{k} {v}" for k, v in row)])
            for row, ss in states.items()]


def read_rows(text: str, states: int) -> list[dict[str, int]]:
    """``ACTION`` or ``GOTO`` as one dict per state (of ``states``)."""
    out: list[dict[str, int]] = [{} for _ in range(states)]
    for line in text.splitlines():
        state, *words = line.split()
        it = iter(words)
        row = dict(zip(it, map(int, it)))
        for s in state[:-1].split(","):
            out[int(s)] = row.copy()
    return out


def write_defaults(default: Sequence[int | None], width: int = 99) -> list[str]:
    """One word per state, wrapped to lines of at most ``width``."""
    lines: list[str] = []
    cur = ""
    for it in ("-" if d is None else str(d) for d in default):
        if cur and len(cur) + 1 + len(it) > width:
            lines.append(cur)
            cur = it
        else:
            cur = f"{cur} {it}" if cur else it
    if cur:
        lines.append(cur)
    return lines


def read_defaults(text: str) -> list[int | None]:
    """``DEFAULT`` as one rule (or None) per state."""
    return [None if d == "-" else int(d) for d in text.split()]
