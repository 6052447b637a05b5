"""A small LALR(1) table builder that resolves conflicts the way bison does.

libpcap's filter grammar is a bison grammar, and some observable behaviour
depends on bison's choices, not only on the language: which error is reported
when an expression has both a semantic and a syntax error, and in which order
code is generated.  Rather than imitate that by hand in a recursive-descent
parser, :mod:`purepcap.filter.parser` writes the grammar down as data and this
module builds the same kind of automaton bison builds:

* LALR(1) lookaheads (LR(0) states, lookaheads by spontaneous generation and
  propagation, as in the dragon book);
* shift/reduce conflicts settled by operator precedence and associativity
  (a rule's precedence is that of the last terminal in it, or of its
  ``%prec`` symbol); ``%nonassoc`` makes the token an error; conflicts that
  precedence does not settle are shifts; reduce/reduce conflicts go to the
  rule written first;
* a default reduction in every state that has reductions: the rule reducing
  on the most lookahead tokens (first rule on ties); every token without an
  explicit action uses it, so, like bison, the parser may reduce on a token
  that later turns out to be a syntax error;
* "consistent" states (a default reduction and nothing else) reduce without
  looking at the next token.

Building takes a few tens of milliseconds, too much for every process that
compiles one filter, so the tables are built when the grammar changes, not at
run time, and checked in as data (:mod:`purepcap.filter._tables`: string
literals, one distinct row a line, in the format of
:mod:`purepcap.filter._tableformat`, that load in well under a millisecond)::

    python -m purepcap.filter._lalr --write    # regenerate _tables.py
    python -m purepcap.filter._lalr --check    # exit 1 if _tables.py is stale

``tests/test_parse_tables.py`` fails while the checked-in file is stale.

The build runs in named phases (:class:`_Builder`): ``compute_first``,
``compute_lr0_states``, ``compute_lalr_lookaheads``, then per state
``state_reductions``, ``resolve_actions`` and ``choose_default``.
"""

from __future__ import annotations

import sys
from typing import Any, Sequence

from . import _tableformat as fmt

__all__ = ["Tables", "build", "render", "load", "ERROR", "ACCEPT", "END"]

ACCEPT = "$accept"
END = "$end"

#: action code of an explicit error (``%nonassoc``); shifts are ``>= 0``,
#: reductions ``~rule`` (negative)
ERROR = -(1 << 15)

_HASH = "#"  # the placeholder lookahead of the propagation algorithm

Item = tuple[int, int]  # (production, dot position)


class Tables:
    """Parse tables.

    ``action[state]`` maps a terminal to an int: a state to shift to
    (``>= 0``), ``~rule`` to reduce by (``< 0``), or :data:`ERROR` (explicit
    error from ``%nonassoc``); ``default[state]`` is the default rule or
    ``None``; ``goto[state]`` maps a nonterminal to a state;
    ``consistent[state]`` is true when the state reduces without reading a
    token.  ``rules[i]`` is ``(lhs, rhs)``; rule 0 is the start rule.
    """

    def __init__(self) -> None:
        self.rules: list[tuple[str, tuple[str, ...]]] = []
        self.action: list[dict[str, int]] = []
        self.default: list[int | None] = []
        self.goto: list[dict[str, int]] = []
        self.consistent: list[bool] = []
        self.accept_state = -1
        self.sr_conflicts = 0
        self.rr_conflicts = 0

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tables):
            return NotImplemented
        return vars(self) == vars(other)


def build(
    rules: Sequence[tuple[str, Sequence[str], str | None]],
    precedence: Sequence[tuple[str, Sequence[str]]],
    start: str,
) -> Tables:
    """Build tables for ``rules`` (``(lhs, rhs, prec_symbol_or_None)``).

    ``precedence`` lists ``(assoc, tokens)`` from lowest to highest, assoc one
    of ``"left"``, ``"right"``, ``"nonassoc"``.
    """
    return _Builder(rules, precedence, start).run()


class _Builder:
    """One table construction; each phase is a method, run in order by :meth:`run`."""

    def __init__(
        self,
        rules: Sequence[tuple[str, Sequence[str], str | None]],
        precedence: Sequence[tuple[str, Sequence[str]]],
        start: str,
    ) -> None:
        self.tok_prec: dict[str, tuple[int, str]] = {}
        for level, (assoc, toks) in enumerate(precedence, start=1):
            for tok in toks:
                self.tok_prec[tok] = (level, assoc)
        self.nonterms = {lhs for lhs, _, _ in rules} | {ACCEPT}
        self.prods: list[tuple[str, tuple[str, ...]]] = [(ACCEPT, (start, END))]
        self.rule_prec: list[int] = [0]
        for lhs, rhs, prec in rules:
            self.prods.append((lhs, tuple(rhs)))
            self.rule_prec.append(self._precedence_of(rhs, prec))
        self.by_lhs: dict[str, list[int]] = {}
        for i, (lhs, _) in enumerate(self.prods):
            self.by_lhs.setdefault(lhs, []).append(i)
        self.tables = Tables()
        self.tables.rules = self.prods
        self._closure1_cache: dict[Item, dict[Item, set[str]]] = {}

    def _precedence_of(self, rhs: Sequence[str], prec: str | None) -> int:
        """A rule's precedence level: its ``%prec`` token's, else its last terminal's."""
        if prec is not None:
            return self.tok_prec[prec][0]
        last = [s for s in rhs if s not in self.nonterms]
        return self.tok_prec[last[-1]][0] if last and last[-1] in self.tok_prec else 0

    def run(self) -> Tables:
        self.compute_first()
        self.compute_lr0_states()
        self.compute_lalr_lookaheads()
        for s in range(len(self.kernels)):
            row = self.resolve_actions(s, self.state_reductions(s))
            self.choose_default(s, row)
        return self.tables

    # -- phase 1: nullable nonterminals and FIRST sets ---------------------------

    def compute_first(self) -> None:
        nullable: set[str] = set()
        first: dict[str, set[str]] = {nt: set() for nt in self.nonterms}
        changed = True
        while changed:
            changed = False
            for lhs, rhs in self.prods:
                if lhs not in nullable and all(s in nullable for s in rhs):
                    nullable.add(lhs)
                    changed = True
                f = first[lhs]
                before = len(f)
                for s in rhs:
                    if s in self.nonterms:
                        f |= first[s]
                        if s not in nullable:
                            break
                    else:
                        f.add(s)
                        break
                if len(f) != before:
                    changed = True
        self.nullable, self.first = nullable, first

    def first_of(self, seq: tuple[str, ...]) -> tuple[set[str], bool]:
        """FIRST of a symbol string, and whether the whole string is nullable."""
        out: set[str] = set()
        for s in seq:
            if s in self.nonterms:
                out |= self.first[s]
                if s not in self.nullable:
                    return out, False
            else:
                out.add(s)
                return out, False
        return out, True

    # -- phase 2: the LR(0) automaton -------------------------------------------

    def closure0(self, items: frozenset[Item]) -> frozenset[Item]:
        prods, nonterms, by_lhs = self.prods, self.nonterms, self.by_lhs
        out = set(items)
        work = list(items)
        while work:
            p, d = work.pop()
            rhs = prods[p][1]
            if d < len(rhs) and rhs[d] in nonterms:
                for q in by_lhs[rhs[d]]:
                    if (q, 0) not in out:
                        out.add((q, 0))
                        work.append((q, 0))
        return frozenset(out)

    def compute_lr0_states(self) -> None:
        """``kernels[s]`` (kernel items of state s) and ``trans[s]`` (symbol -> state)."""
        kernels: list[frozenset[Item]] = [frozenset({(0, 0)})]
        index = {kernels[0]: 0}
        trans: list[dict[str, int]] = []
        i = 0
        while i < len(kernels):
            nxt: dict[str, set[Item]] = {}
            for p, d in sorted(self.closure0(kernels[i])):
                rhs = self.prods[p][1]
                if d < len(rhs):
                    nxt.setdefault(rhs[d], set()).add((p, d + 1))
            row: dict[str, int] = {}
            for sym, kern in nxt.items():
                k = frozenset(kern)
                if k not in index:
                    index[k] = len(kernels)
                    kernels.append(k)
                row[sym] = index[k]
            trans.append(row)
            i += 1
        self.kernels, self.trans = kernels, trans

    # -- phase 3: LALR(1) lookaheads (spontaneous generation and propagation) ----

    def closure1(self, item: Item) -> dict[Item, set[str]]:
        """LR(1) closure of one kernel item whose lookahead is the placeholder ``#``."""
        cached = self._closure1_cache.get(item)
        if cached is not None:
            return cached
        prods, nonterms, by_lhs = self.prods, self.nonterms, self.by_lhs
        la: dict[Item, set[str]] = {item: {_HASH}}
        work = [item]
        while work:
            p, d = work.pop()
            rhs = prods[p][1]
            if d < len(rhs) and rhs[d] in nonterms:
                f, null = self.first_of(rhs[d + 1:])
                add = set(f)
                if null:
                    add |= la[(p, d)]
                for q in by_lhs[rhs[d]]:
                    cur = la.setdefault((q, 0), set())
                    if not add <= cur:
                        cur |= add
                        work.append((q, 0))
        self._closure1_cache[item] = la
        return la

    def compute_lalr_lookaheads(self) -> None:
        """``lookahead[(state, kernel item)]``: the item's LALR(1) lookahead set."""
        kernels, trans, prods = self.kernels, self.trans, self.prods
        lookahead: dict[tuple[int, Item], set[str]] = {}
        propagate: dict[tuple[int, Item], list[tuple[int, Item]]] = {}
        for s, kern in enumerate(kernels):
            for k in kern:
                lookahead.setdefault((s, k), set())
        for s, kern in enumerate(kernels):
            for k in kern:
                for (p, d), las in self.closure1(k).items():
                    rhs = prods[p][1]
                    if d >= len(rhs):
                        continue
                    target = (trans[s][rhs[d]], (p, d + 1))
                    for a in las:
                        if a == _HASH:
                            propagate.setdefault((s, k), []).append(target)
                        else:
                            lookahead[target].add(a)
        changed = True
        while changed:
            changed = False
            for src, targets in propagate.items():
                las = lookahead[src]
                for tgt in targets:
                    if not las <= lookahead[tgt]:
                        lookahead[tgt] |= las
                        changed = True
        self.lookahead = lookahead

    # -- phase 4, per state: reductions, conflicts, default reduction ------------

    def state_reductions(self, s: int) -> dict[int, set[str]]:
        """Rule -> lookaheads it reduces on in state s (kernel items, and empty
        rules from the closure)."""
        prods, lookahead = self.prods, self.lookahead
        reduces: dict[int, set[str]] = {}
        for k in self.kernels[s]:
            p, d = k
            if d == len(prods[p][1]):
                reduces.setdefault(p, set()).update(lookahead[(s, k)])
            for (q, e), las in self.closure1(k).items():
                if e == len(prods[q][1]) and (q, e) != k:
                    got = set(las)
                    if _HASH in got:
                        got.discard(_HASH)
                        got |= lookahead[(s, k)]
                    reduces.setdefault(q, set()).update(got)
        return reduces

    def resolve_actions(self, s: int, reduces: dict[int, set[str]]) -> dict[str, int]:
        """Shifts, then reductions: reduce/reduce goes to the first rule;
        shift/reduce to precedence, else to the shift."""
        t = self.tables
        row: dict[str, int] = {}
        for sym, target in self.trans[s].items():
            if sym not in self.nonterms and sym != END:
                row[sym] = target
        if END in self.trans[s]:
            t.accept_state = s
        for p in sorted(reduces):
            for a in sorted(reduces[p]):
                cur = row.get(a)
                if cur is None:
                    row[a] = ~p
                elif cur == ERROR:
                    pass  # stays an error
                elif cur < 0:
                    t.rr_conflicts += 1  # earlier rule (smaller index) kept
                else:
                    rp = self.rule_prec[p]
                    tp = self.tok_prec.get(a)
                    if rp and tp:
                        if tp[0] > rp:
                            pass  # shift
                        elif tp[0] < rp or tp[1] == "left":
                            row[a] = ~p
                        elif tp[1] == "nonassoc":
                            row[a] = ERROR
                    else:
                        t.sr_conflicts += 1
        return row

    def choose_default(self, s: int, row: dict[str, int]) -> None:
        """The default reduction: the rule with the most lookaheads, first on
        ties; its explicit entries leave the row."""
        counts: dict[int, int] = {}
        for act in row.values():
            if act < 0 and act != ERROR:
                counts[~act] = counts.get(~act, 0) + 1
        default = None
        if counts:
            default = min(counts, key=lambda r: (-counts[r], r))
            row = {a: act for a, act in row.items() if act != ~default}
        t = self.tables
        t.action.append(row)
        t.default.append(default)
        t.goto.append({sym: tgt for sym, tgt in self.trans[s].items() if sym in self.nonterms})
        t.consistent.append(default is not None and not row)


# -- tables as data ----------------------------------------------------------------
#
# The generated module holds the tables as a few string literals, one rule or
# distinct row a line, in the format of :mod:`purepcap.filter._tableformat` (which also
# reads them).  Strings rather than tuple literals: with or without a bytecode
# cache a string loads in microseconds, while compiling some 6,000 tuple
# elements from source (no ``.pyc``: PYTHONDONTWRITEBYTECODE, a read-only tree)
# takes ~10 ms, half the budget of a first compile.  Decoding the strings takes
# well under a millisecond.

_HEADER = '''\
"""LALR(1) tables of the pcap-filter grammar. GENERATED: do not edit.

Made by ``python -m purepcap.filter._lalr --write`` from
:data:`purepcap.filter.parser.GRAMMAR` and ``PRECEDENCE``; regenerate after
changing either (tests/test_parse_tables.py fails while this file is stale).
Data only: :mod:`purepcap.filter._tableformat` describes and reads it.
"""

'''


def _block(name: str, lines: Sequence[str]) -> str:
    body = "".join(line + "\n" for line in lines)
    assert '"""' not in body and "\\" not in body
    return f'{name} = """\\\n{body}"""\n'


def render(t: Tables) -> str:
    """``t`` as the source text of a module (see :mod:`purepcap.filter._tables`)."""
    symbols = {sym for lhs, rhs in t.rules for sym in (lhs, *rhs)}
    assert all(sym and sym.split() == [sym] for sym in symbols), "symbols must be words"
    return "".join([
        _HEADER,
        f"ERROR = {ERROR}\n",
        f"ACCEPT_STATE = {t.accept_state}\n",
        f"SR_CONFLICTS = {t.sr_conflicts}\n",
        f"RR_CONFLICTS = {t.rr_conflicts}\n\n",
        _block("RULES", fmt.write_rules(t.rules)),
        "\n",
        _block("ACTION", fmt.write_rows(t.action)),
        "\n",
        _block("DEFAULT", fmt.write_defaults(t.default)),
        "\n",
        _block("GOTO", fmt.write_rows(t.goto)),
    ])


def load(module: Any) -> Tables:
    """A :class:`Tables` from a module written by :func:`render`."""
    t = Tables()
    t.rules = fmt.read_rules(module.RULES)
    t.default = fmt.read_defaults(module.DEFAULT)
    t.action = fmt.read_rows(module.ACTION, len(t.default))
    t.goto = fmt.read_rows(module.GOTO, len(t.default))
    t.consistent = [d is not None and not row for d, row in zip(t.default, t.action)]
    t.accept_state = module.ACCEPT_STATE
    t.sr_conflicts = module.SR_CONFLICTS
    t.rr_conflicts = module.RR_CONFLICTS
    return t


def _main(argv: Sequence[str]) -> int:
    import argparse
    import types
    from pathlib import Path

    # The parser module loads _tables.py at import; building must not depend
    # on that file (missing, stale or broken), so give it empty tables.
    name = f"{__package__}._tables"
    if f"{__package__}.parser" not in sys.modules:
        empty = types.ModuleType(name)
        exec(compile(render(Tables()), name, "exec"), vars(empty))
        sys.modules[name] = empty
    from .parser import build_tables

    ap = argparse.ArgumentParser(prog="python -m purepcap.filter._lalr",
                                 description="Build the filter grammar's LALR(1) tables.")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--write", action="store_true", help="(re)write _tables.py")
    g.add_argument("--check", action="store_true", help="exit 1 if _tables.py is stale")
    args = ap.parse_args(argv)
    path = Path(__file__).with_name("_tables.py")
    text = render(build_tables())
    if args.write:
        path.write_text(text)
        print(f"wrote {path}")
        return 0
    if args.check:
        current = path.read_text() if path.exists() else ""
        if current != text:
            print(f"{path} is stale: run python -m purepcap.filter._lalr --write",
                  file=sys.stderr)
            return 1
        return 0
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
