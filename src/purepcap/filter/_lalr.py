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

The tables are built once per process (a few tenths of a second) and cached.
"""

from __future__ import annotations

from typing import Sequence

__all__ = ["Tables", "build"]

ACCEPT = "$accept"
END = "$end"


class Tables:
    """Parse tables.

    ``action[state]`` maps a terminal to ``("s", state)``, ``("r", rule)`` or
    ``("e", None)`` (explicit error from ``%nonassoc``); ``default[state]`` is
    the default rule or ``None``; ``goto[state]`` maps a nonterminal to a
    state; ``consistent[state]`` is true when the state reduces without
    reading a token.  ``rules[i]`` is ``(lhs, rhs)``; rule 0 is the start rule.
    """

    def __init__(self) -> None:
        self.rules: list[tuple[str, tuple[str, ...]]] = []
        self.action: list[dict[str, tuple[str, int | None]]] = []
        self.default: list[int | None] = []
        self.goto: list[dict[str, int]] = []
        self.consistent: list[bool] = []
        self.accept_state = -1
        self.sr_conflicts = 0
        self.rr_conflicts = 0


def build(
    rules: Sequence[tuple[str, Sequence[str], str | None]],
    precedence: Sequence[tuple[str, Sequence[str]]],
    start: str,
) -> Tables:
    """Build tables for ``rules`` (``(lhs, rhs, prec_symbol_or_None)``).

    ``precedence`` lists ``(assoc, tokens)`` from lowest to highest, assoc one
    of ``"left"``, ``"right"``, ``"nonassoc"``.
    """
    t = Tables()
    prods: list[tuple[str, tuple[str, ...]]] = [(ACCEPT, (start, END))]
    rule_prec: list[int] = [0]
    tok_prec: dict[str, tuple[int, str]] = {}
    for level, (assoc, toks) in enumerate(precedence, start=1):
        for tok in toks:
            tok_prec[tok] = (level, assoc)
    nonterms = {lhs for lhs, _, _ in rules} | {ACCEPT}
    for lhs, rhs, prec in rules:
        prods.append((lhs, tuple(rhs)))
        if prec is not None:
            rule_prec.append(tok_prec[prec][0])
        else:
            last = [s for s in rhs if s not in nonterms]
            rule_prec.append(tok_prec[last[-1]][0] if last and last[-1] in tok_prec else 0)
    t.rules = prods

    by_lhs: dict[str, list[int]] = {}
    for i, (lhs, _) in enumerate(prods):
        by_lhs.setdefault(lhs, []).append(i)

    # nullable and FIRST
    nullable: set[str] = set()
    first: dict[str, set[str]] = {nt: set() for nt in nonterms}
    changed = True
    while changed:
        changed = False
        for lhs, rhs in prods:
            if lhs not in nullable and all(s in nullable for s in rhs):
                nullable.add(lhs)
                changed = True
            f = first[lhs]
            before = len(f)
            for s in rhs:
                if s in nonterms:
                    f |= first[s]
                    if s not in nullable:
                        break
                else:
                    f.add(s)
                    break
            if len(f) != before:
                changed = True

    def first_of(seq: tuple[str, ...]) -> tuple[set[str], bool]:
        out: set[str] = set()
        for s in seq:
            if s in nonterms:
                out |= first[s]
                if s not in nullable:
                    return out, False
            else:
                out.add(s)
                return out, False
        return out, True

    # LR(0) automaton
    def closure0(items: frozenset[tuple[int, int]]) -> frozenset[tuple[int, int]]:
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

    kernels: list[frozenset[tuple[int, int]]] = [frozenset({(0, 0)})]
    index = {kernels[0]: 0}
    trans: list[dict[str, int]] = []
    closures: list[frozenset[tuple[int, int]]] = []
    i = 0
    while i < len(kernels):
        items = closure0(kernels[i])
        closures.append(items)
        nxt: dict[str, set[tuple[int, int]]] = {}
        for p, d in sorted(items):
            rhs = prods[p][1]
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

    # LALR(1) lookaheads: spontaneous generation and propagation
    HASH = "#"
    closure1_cache: dict[tuple[int, int], dict[tuple[int, int], set[str]]] = {}

    def closure1(item: tuple[int, int]) -> dict[tuple[int, int], set[str]]:
        if item in closure1_cache:
            return closure1_cache[item]
        la: dict[tuple[int, int], set[str]] = {item: {HASH}}
        work = [item]
        while work:
            p, d = work.pop()
            rhs = prods[p][1]
            if d < len(rhs) and rhs[d] in nonterms:
                f, null = first_of(rhs[d + 1:])
                add = set(f)
                if null:
                    add |= la[(p, d)]
                for q in by_lhs[rhs[d]]:
                    cur = la.setdefault((q, 0), set())
                    if not add <= cur:
                        cur |= add
                        work.append((q, 0))
        closure1_cache[item] = la
        return la

    lookahead: dict[tuple[int, tuple[int, int]], set[str]] = {}
    propagate: dict[tuple[int, tuple[int, int]], list[tuple[int, tuple[int, int]]]] = {}
    for s, kern in enumerate(kernels):
        for k in kern:
            lookahead.setdefault((s, k), set())
    for s, kern in enumerate(kernels):
        for k in kern:
            for (p, d), las in closure1(k).items():
                rhs = prods[p][1]
                if d >= len(rhs):
                    continue
                target = (trans[s][rhs[d]], (p, d + 1))
                for a in las:
                    if a == HASH:
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

    # reductions per state (kernel items, and empty rules from the closure)
    for s, kern in enumerate(kernels):
        reduces: dict[int, set[str]] = {}
        for k in kern:
            p, d = k
            if d == len(prods[p][1]):
                reduces.setdefault(p, set()).update(lookahead[(s, k)])
            for (q, e), las in closure1(k).items():
                if e == len(prods[q][1]) and (q, e) != k:
                    got = set(las)
                    if HASH in got:
                        got.discard(HASH)
                        got |= lookahead[(s, k)]
                    reduces.setdefault(q, set()).update(got)

        row: dict[str, tuple[str, int | None]] = {}
        for sym, target in trans[s].items():
            if sym not in nonterms and sym != END:
                row[sym] = ("s", target)
        if END in trans[s]:
            t.accept_state = s
        # reduce/reduce: first rule wins; shift/reduce: precedence, else shift
        for p in sorted(reduces):
            for a in sorted(reduces[p]):
                cur = row.get(a)
                if cur is None:
                    row[a] = ("r", p)
                elif cur[0] == "r":
                    t.rr_conflicts += 1  # earlier rule (smaller index) kept
                elif cur[0] == "s":
                    rp = rule_prec[p]
                    tp = tok_prec.get(a)
                    if rp and tp:
                        if tp[0] > rp:
                            pass  # shift
                        elif tp[0] < rp:
                            row[a] = ("r", p)
                        elif tp[1] == "left":
                            row[a] = ("r", p)
                        elif tp[1] == "nonassoc":
                            row[a] = ("e", None)
                    else:
                        t.sr_conflicts += 1
                # ("e", None) stays an error
        # default reduction: the rule with the most lookaheads, first on ties
        counts: dict[int, int] = {}
        for act in row.values():
            if act[0] == "r":
                counts[act[1]] = counts.get(act[1], 0) + 1  # type: ignore[index]
        default = None
        if counts:
            default = min(counts, key=lambda r: (-counts[r], r))
            row = {a: act for a, act in row.items() if act != ("r", default)}
        t.action.append(row)
        t.default.append(default)
        t.goto.append({sym: tgt for sym, tgt in trans[s].items() if sym in nonterms})
        t.consistent.append(default is not None and not row)
    return t
