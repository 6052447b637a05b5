"""The comparison engine shared by the conformance tests, the fuzz test and the report.

- :func:`compile_ours` calls ``purepcap.filter.compile`` and
  classifies the outcome: a program, a :class:`~purepcap.errors.FilterError`,
  or a crash (any other exception: a bug by definition).
- :class:`Interpreter` runs programs: ``purepcap.bpf.Program.run`` (both
  programs go through the same interpreter, so a verdict difference is the
  compiler's); libpcap's own ``bpf_filter`` through the oracle, or
  :mod:`conformance.interp`, on request.  Set
  ``PUREPCAP_CONFORMANCE_INTERP`` to ``purepcap``, ``oracle`` or
  ``reference`` to force one.
- :func:`packets_for` builds a case's packets: the link type's corpus set and
  packets synthesized from every program involved (memoized per program).
- :func:`check_program` compares two programs' verdicts on those packets;
  :func:`check_accept`, :func:`check_reject`, :func:`check_apply` apply the
  rules of each case file and return a :class:`Verdict` (``ok`` plus a report
  fit for an assertion message).
"""

from __future__ import annotations

import functools
import os
import traceback
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from . import interp
from .cases import AcceptCase, ApplyCase, RejectCase, dlt_value, netmask_int, uses_test_names
from .corpus import packets_for_dlt, seed_packets
from .synth import SynthPacket, synthesize

__all__ = ["compile_ours", "Compiled", "Interpreter", "interpreter", "packets_for",
           "check_program", "check_accept", "check_reject", "check_apply", "Verdict",
           "error_matches", "compiler_available", "null_resolver", "META_VARIANTS"]

# Metadata variants given to real packets when a filter uses Linux ancillary loads
# (keys: SKF_AD_* offsets): plain, outgoing+tagged, other-host+tagged(802.1ad).
META_VARIANTS: tuple[dict[int, int], ...] = (
    {0: 0x0800, 4: 0, 8: 1, 44: 0, 48: 0, 60: 0},
    {0: 0x0800, 4: 4, 8: 10, 44: 10, 48: 1, 60: 0x8100},
    {0: 0x86DD, 4: 3, 8: 2, 44: 0x2064, 48: 1, 60: 0x88A8},
)


# ---------------------------------------------------------------------------
# the compiler under test

@functools.lru_cache(maxsize=1)
def _compiler():
    """(compile function, FilterError class); an import error is a failure, not a skip."""
    from purepcap.errors import FilterError
    from purepcap.filter import compile as compile_fn

    return compile_fn, FilterError


def compiler_available() -> tuple[bool, str]:
    """Kept for callers that report on it: the compiler is part of the package."""
    _compiler()
    return True, ""


@functools.lru_cache(maxsize=1)
def null_resolver():
    """A resolver that knows no names (for ``*.libpcap.test``)."""
    from purepcap.filter.names import NullResolver

    return NullResolver()


@dataclass
class Compiled:
    insns: tuple | None = None
    error: BaseException | None = None  # a FilterError
    crash: str | None = None  # traceback of anything else
    missing: str | None = None  # the compiler does not exist yet

    @property
    def status(self) -> str:
        if self.missing:
            return "missing"
        if self.crash:
            return "crash"
        if self.error is not None:
            return "error"
        return "ok"

    def describe(self) -> str:
        if self.missing:
            return self.missing
        if self.crash:
            return "crashed:\n" + self.crash
        if self.error is not None:
            return f"{type(self.error).__name__}: {self.error}"
        return f"{len(self.insns or ())} instructions"


def compile_ours(expr: str, dlt: int | str, *, snaplen: int = 262144, optimize: bool = True,
                 netmask: str | int | None = None, linux_ext: bool = False) -> Compiled:
    """purepcap's outcome for one expression (memoized: treat the result as read-only)."""
    if isinstance(dlt, str):
        dlt = dlt_value(dlt)
    nm = netmask if isinstance(netmask, int) else netmask_int(netmask)
    return _compile_cached(expr, dlt, snaplen, optimize, nm, linux_ext)


@functools.lru_cache(maxsize=65536)
def _compile_cached(expr: str, dlt: int, snaplen: int, optimize: bool, nm: int,
                    linux_ext: bool) -> Compiled:
    fn, filter_error = _compiler()
    if fn is None:
        return Compiled(missing=filter_error)
    kwargs: dict[str, Any] = dict(snaplen=snaplen, optimize=optimize, netmask=nm)
    if linux_ext:
        kwargs["linux_ext"] = True
    if uses_test_names(expr):
        r = null_resolver()
        if r is not None:
            kwargs["resolver"] = r
    try:
        prog = fn(expr, dlt, **kwargs)
    except filter_error as e:
        return Compiled(error=e)
    except RecursionError:
        return Compiled(crash=traceback.format_exc(limit=5))
    except Exception:
        return Compiled(crash=traceback.format_exc(limit=12))
    try:
        insns = tuple(tuple(int(v) for v in i) for i in getattr(prog, "insns", prog))
    except Exception:
        return Compiled(crash="compile() returned something without usable .insns:\n"
                        + traceback.format_exc(limit=5))
    return Compiled(insns=insns)


# ---------------------------------------------------------------------------
# interpreters

def _to_purepcap_meta(meta: dict[int, int]):
    from purepcap.bpf.meta import Meta  # type: ignore[import-not-found]
    names = {0: "protocol", 4: "pkttype", 8: "ifindex", 20: "mark", 24: "queue", 28: "hatype",
             32: "rxhash", 36: "cpu", 44: "vlan_tci", 48: "vlan_present", 52: "pay_offset",
             56: "random", 60: "vlan_tpid"}
    kw: dict[str, Any] = {}
    for code, v in meta.items():
        n = names.get(code)
        if n is None:
            continue
        kw[n] = bool(v) if n == "vlan_present" else v
    return Meta(**kw)


class Interpreter:
    """Runs a program over packets: ``verdicts(insns, packets, with_meta) -> list[int]``."""

    def __init__(self, kind: str):
        self.kind = kind
        self._meta_cache: dict[tuple, Any] = {}

    def __repr__(self) -> str:
        return f"Interpreter({self.kind})"

    def verdicts(self, insns: Sequence, packets: Sequence[SynthPacket], with_meta: bool = False) -> list[int]:
        kind = self.kind
        if kind == "oracle" and with_meta:
            kind = "reference"  # libpcap's bpf_filter has no metadata
        if kind == "purepcap":
            from purepcap.bpf import Program  # type: ignore[attr-defined]
            prog = Program([tuple(i) for i in insns])
            out = []
            for p in packets:
                meta = None
                if with_meta:
                    key = p.meta or tuple(sorted(META_VARIANTS[0].items()))
                    meta = self._meta_cache.get(key)
                    if meta is None:
                        meta = self._meta_cache[key] = _to_purepcap_meta(dict(key))
                out.append(int(prog.run(p.data, p.wirelen, meta)) if meta is not None
                           else int(prog.run(p.data, p.wirelen)))
            return out
        if kind == "oracle":
            import oracle  # type: ignore[import-not-found]
            lib = oracle._lib()
            arr = oracle._insn_array([tuple(i) for i in insns])
            f = lib.bpf_filter
            return [int(f(arr, p.data, p.wirelen, len(p.data))) for p in packets]
        ins = [tuple(i) for i in insns]
        out = []
        for p in packets:
            meta = None
            if with_meta:
                meta = dict(p.meta) if p.meta else dict(META_VARIANTS[0])
            out.append(interp.run(ins, p.data, p.wirelen, meta))
        return out


@functools.lru_cache(maxsize=1)
def interpreter() -> Interpreter:
    forced = os.environ.get("PUREPCAP_CONFORMANCE_INTERP", "").strip().lower()
    if forced in ("purepcap", "oracle", "reference"):
        return Interpreter(forced)
    return Interpreter("purepcap")  # the package's interpreter; a failure there is a failure


# ---------------------------------------------------------------------------
# packets

def _uses_anc(insns) -> bool:
    return any(c & 0x07 == 0x00 and c & 0xE0 == 0x20 and k >= interp.SKF_AD_OFF
               for c, _jt, _jf, k in insns)


@functools.lru_cache(maxsize=8192)
def _synth_for(insns: tuple, dlt: int, with_meta: bool) -> tuple[SynthPacket, ...]:
    return tuple(synthesize([insns], seeds=seed_packets(dlt), linux_ext=with_meta))


@functools.lru_cache(maxsize=64)
def _corpus_with_meta(dlt: int) -> tuple[SynthPacket, ...]:
    out = []
    for p in packets_for_dlt(dlt):
        for m in META_VARIANTS:
            out.append(SynthPacket(p.data, p.wirelen, tuple(sorted(m.items()))))
    return tuple(out)


def packets_for(dlt: int, programs: Iterable, with_meta: bool = False,
                corpus_cap: int | None = None) -> list[SynthPacket]:
    """The case's packets: real ones of the link type plus synthesized for each program."""
    base = _corpus_with_meta(dlt) if with_meta else packets_for_dlt(dlt)
    if corpus_cap is not None:
        base = base[:corpus_cap * (len(META_VARIANTS) if with_meta else 1)]
    seen: dict[SynthPacket, None] = dict.fromkeys(base)
    for insns in programs:
        if insns:
            for p in _synth_for(tuple(tuple(i) for i in insns), dlt, with_meta):
                if with_meta and not p.meta:
                    p = SynthPacket(p.data, p.wirelen, tuple(sorted(META_VARIANTS[0].items())))
                seen.setdefault(p, None)
    return list(seen)


# ---------------------------------------------------------------------------
# comparison

@dataclass
class Verdict:
    ok: bool
    kind: str  # identical | agree | disagree | error-ok | error-mismatch | missing-error |
    #            unexpected-error | crash | missing | expected-error-got-program ...
    detail: str = ""
    packets: int = 0
    ours_len: int | None = None
    theirs_len: int | None = None
    identical: bool = False
    deviations: int = 0  # packets where libpcap's optimizer changed libpcap's own verdict
    extra: dict = field(default_factory=dict)


def _listing(insns) -> str:
    try:
        import oracle  # type: ignore[import-not-found]
        return "\n".join(oracle.bpf_image(tuple(i), n) for n, i in enumerate(insns))
    except Exception:
        return "\n".join(f"({n:03d}) {i}" for n, i in enumerate(insns))


def check_program(theirs: Sequence, ours: Sequence, dlt: int, *, with_meta: bool = False,
                  extra_programs: Iterable = (), context: str = "",
                  corpus_cap: int | None = None, reference: Sequence | None = None) -> Verdict:
    """Verdicts of ``ours`` against ``theirs`` on the link type's packets.

    ``reference`` is libpcap's *unoptimized* program when ``theirs`` is its
    optimized one.  On a packet where libpcap's optimizer changed libpcap's
    own verdict (it drops loads whose value is unused, so a packet cut short
    before such a load is accepted; it treats ``jset #0xffffffff`` as always
    true), the unoptimized verdict is the filter's meaning and ours must give
    that one; such packets are counted in ``Verdict.deviations``.
    """
    theirs = tuple(tuple(i) for i in theirs)
    ours = tuple(tuple(i) for i in ours)
    if theirs == ours:
        return Verdict(True, "identical", ours_len=len(ours), theirs_len=len(theirs), identical=True)
    valid = _valid(ours)
    if valid is not None:
        return Verdict(False, "invalid-program", f"{context}our program is invalid: {valid}\n"
                       f"ours:\n{_listing(ours)}", ours_len=len(ours), theirs_len=len(theirs))
    ref = tuple(tuple(i) for i in reference) if reference else None
    programs = [theirs, ours, *([ref] if ref else []), *extra_programs]
    packets = packets_for(dlt, programs, with_meta, corpus_cap)
    it = interpreter()
    try:
        v_theirs = it.verdicts(theirs, packets, with_meta)
        v_ours = it.verdicts(ours, packets, with_meta)
        v_ref = it.verdicts(ref, packets, with_meta) if ref else None
    except Exception:
        return Verdict(False, "interpreter-crash", context + traceback.format_exc(limit=8),
                       ours_len=len(ours), theirs_len=len(theirs))
    deviations = 0
    if v_ref is not None:
        expected = []
        for t, r in zip(v_theirs, v_ref):
            if t != r:
                deviations += 1
            expected.append(r)
        v_theirs = expected
    bad = [i for i, (a, b) in enumerate(zip(v_theirs, v_ours)) if a != b]
    if not bad:
        return Verdict(True, "agree", packets=len(packets), ours_len=len(ours),
                       theirs_len=len(theirs), deviations=deviations)
    lines = [f"{context}{len(bad)} of {len(packets)} packets disagree ({it!r}):"]
    for i in bad[:5]:
        p = packets[i]
        meta = f" meta={dict(p.meta)}" if p.meta else ""
        lines.append(f"  libpcap={v_theirs[i]} ours={v_ours[i]} caplen={len(p.data)} "
                     f"wirelen={p.wirelen}{meta} data={p.data[:96].hex()}")
    lines.append("libpcap 1.10.3:\n" + _listing(theirs))
    lines.append("purepcap:\n" + _listing(ours))
    return Verdict(False, "disagree", "\n".join(lines), packets=len(packets),
                   ours_len=len(ours), theirs_len=len(theirs))


def _valid(insns) -> str | None:
    """None if libpcap's bpf_validate accepts the program, else a reason."""
    if not insns:
        return "empty program"
    try:
        import oracle  # type: ignore[import-not-found]
        if not _uses_anc(insns) and not oracle.bpf_validate(list(insns)):
            return "libpcap's bpf_validate rejects it"
    except Exception:
        pass
    return None


_PREFIXES = ("can't parse filter expression: ",)
_NAME_ERRORS = ("unknown host", "unknown network", "unknown ether host", "unknown fddi host",
                "unknown token ring host", "unknown 802.11 host", "unknown fibre channel host",
                "unknown ether proto", "unknown ip proto", "unknown osi proto", "unknown protocol",
                "unknown port", "decnet name support not included", "unknown arcnet host")


def _norm(s: str) -> str:
    for p in _PREFIXES:
        s = s.replace(p, "")
    return " ".join(s.split()).lower()


def error_matches(expected: str, exc: BaseException) -> bool:
    """Does our FilterError say what libpcap said (after normalizing)?"""
    e = _norm(expected)
    texts = {_norm(str(exc)), _norm(str(getattr(exc, "message", "") or ""))}
    if any(e in t for t in texts):
        return True
    if e == "syntax error":
        try:
            from purepcap.errors import FilterSyntaxError
            if isinstance(exc, FilterSyntaxError):
                return True
        except Exception:
            pass
        return any("syntax" in t for t in texts)
    if e.startswith(_NAME_ERRORS):
        # environment-dependent: any "unknown <name>" style error will do
        return any("unknown" in t or "not found" in t or "resolve" in t for t in texts)
    return False


def _expect_error(c: Compiled, expected: str, mode: str) -> Verdict:
    if c.status == "missing":
        return Verdict(False, "missing", c.missing or "")
    if c.status == "crash":
        return Verdict(False, "crash", f"[{mode}] expected FilterError({expected!r}), "
                       f"but the compiler {c.describe()}")
    if c.status == "ok":
        return Verdict(False, "missing-error", f"[{mode}] libpcap fails with {expected!r}; "
                       f"purepcap compiled a program:\n{_listing(c.insns or ())}",
                       ours_len=len(c.insns or ()))
    if error_matches(expected, c.error):  # type: ignore[arg-type]
        return Verdict(True, "error-ok")
    return Verdict(False, "error-mismatch", f"[{mode}] libpcap says {expected!r}; "
                   f"purepcap says {c.describe()}")


def _expect_program(c: Compiled, theirs, dlt: int, mode: str, with_meta: bool,
                    extra_programs=(), context: str = "") -> Verdict:
    if c.status == "missing":
        return Verdict(False, "missing", c.missing or "", theirs_len=len(theirs))
    if c.status == "crash":
        return Verdict(False, "crash", f"[{mode}] the compiler {c.describe()}", theirs_len=len(theirs))
    if c.status == "error":
        return Verdict(False, "unexpected-error", f"[{mode}] libpcap compiles it; purepcap "
                       f"raises {c.describe()}", theirs_len=len(theirs))
    return check_program(theirs, c.insns or (), dlt, with_meta=with_meta,
                         extra_programs=extra_programs, context=f"[{mode}] {context}")


REJECTS_ALL = "expression rejects all packets"


def accepts_any(insns: Sequence | None, dlt: int, programs: Iterable, with_meta: bool,
                corpus_cap: int | None = None) -> bool:
    """True if ``insns`` accepts one of the packets made for ``programs``."""
    if not insns:
        return False
    packets = packets_for(dlt, [insns, *programs], with_meta, corpus_cap)
    return any(interpreter().verdicts(tuple(tuple(i) for i in insns), packets, with_meta))


def check_optimized(c: Compiled, theirs_opt: Sequence | None, theirs_err: str | None,
                    theirs_unopt: Sequence | None, dlt: int, with_meta: bool,
                    programs: Iterable = (), context: str = "",
                    corpus_cap: int | None = None) -> Verdict:
    """Our optimized program against libpcap's, with its unoptimized one as the meaning.

    - libpcap says "expression rejects all packets" but its unoptimized program
      accepts a packet: libpcap's optimizer was wrong (the ``jset #0xffffffff``
      bug); ours must compile and agree with the unoptimized program.
    - we say "expression rejects all packets" where libpcap compiles: fine only
      if libpcap's programs accept none of the packets (our optimizer proved
      more than libpcap's).
    """
    programs = list(programs)
    if theirs_err is not None:
        if (REJECTS_ALL in theirs_err and theirs_unopt
                and accepts_any(theirs_unopt, dlt, programs, with_meta, corpus_cap)):
            if c.status != "ok":
                return Verdict(False, "unexpected-error",
                               f"[opt] {context}libpcap's unoptimized program accepts packets "
                               f"(its optimizer is wrong here); purepcap raises {c.describe()}")
            v = check_program(theirs_unopt, c.insns or (), dlt, with_meta=with_meta,
                              extra_programs=programs, context=f"[opt] {context}",
                              corpus_cap=corpus_cap)
            v.deviations += 1
            return v
        return _expect_error(c, theirs_err, "opt")
    if c.status == "error" and REJECTS_ALL in str(c.error):
        if any(accepts_any(p, dlt, programs, with_meta, corpus_cap)
               for p in (theirs_opt, theirs_unopt) if p):
            return Verdict(False, "unexpected-error", f"[opt] {context}purepcap says {REJECTS_ALL!r}"
                           " but libpcap's program accepts packets")
        return Verdict(True, "proved-empty")
    if c.status != "ok":
        return _expect_program(c, theirs_opt or (), dlt, "opt", with_meta, programs, context)
    return check_program(theirs_opt or (), c.insns or (), dlt, with_meta=with_meta,
                         extra_programs=programs, context=f"[opt] {context}",
                         corpus_cap=corpus_cap, reference=theirs_unopt)


def check_accept(case: AcceptCase) -> dict[str, Verdict]:
    """{'unopt': Verdict, 'opt': Verdict} for one accept case."""
    dlt = dlt_value(case.dlt)
    kw = dict(snaplen=case.snaplen, netmask=case.netmask, linux_ext=case.linux_ext)
    ours = {"unopt": compile_ours(case.expr, dlt, optimize=False, **kw),
            "opt": compile_ours(case.expr, dlt, optimize=True, **kw)}
    theirs = {"unopt": (case.unopt_insns, case.unopt_error), "opt": (case.opt_insns, case.opt_error)}
    # packets come from every program of the case (libpcap's and ours, both modes)
    programs = [p for p in (case.unopt_insns, case.opt_insns,
                            ours["unopt"].insns, ours["opt"].insns) if p]
    with_meta = case.linux_ext or any(_uses_anc(p) for p in programs)
    context = f"{case.expr!r} on {case.dlt}: "
    out = {}
    insns, err = theirs["unopt"]
    if err is not None:
        out["unopt"] = _expect_error(ours["unopt"], err, "unopt")
    else:
        out["unopt"] = _expect_program(ours["unopt"], insns, dlt, "unopt", with_meta, programs,
                                       context=context)
    out["opt"] = check_optimized(ours["opt"], case.opt_insns, case.opt_error, case.unopt_insns,
                                 dlt, with_meta, programs, context)
    return out


def check_reject(case: RejectCase) -> Verdict:
    dlt = dlt_value(case.dlt)
    if case.error is not None:
        c = compile_ours(case.expr, dlt, optimize=True, netmask=case.netmask)
        return _expect_error(c, case.error, "opt")
    c = compile_ours(case.expr, dlt, optimize=True, netmask=case.netmask)
    theirs = case.opt_insns or ()
    with_meta = _uses_anc(theirs) or bool(c.insns and _uses_anc(c.insns))
    return _expect_program(c, theirs, dlt, "opt", with_meta,
                           context=f"{case.expr!r} on {case.dlt}: ")


@functools.lru_cache(maxsize=64)
def _savefile(path: str):
    import oracle  # type: ignore[import-not-found]
    return oracle.read_packets(path)


def check_apply(case: ApplyCase) -> dict[str, Verdict]:
    f = _savefile(str(case.path))
    packets = [SynthPacket(p.data, p.wirelen) for p in f.packets]
    results = [r for r in (case.opt_results or ()) + (case.unopt_results or ()) if r]
    snaplen = max(results) if results else 262144
    out = {}
    for mode, optimize, expected, err in (("unopt", False, case.unopt_results, case.unopt_error),
                                          ("opt", True, case.opt_results, case.opt_error)):
        c = compile_ours(case.expr, f.linktype, snaplen=snaplen, optimize=optimize,
                         netmask=case.netmask)
        if err is not None:
            out[mode] = _expect_error(c, err, mode)
            continue
        if c.status != "ok":
            out[mode] = _expect_program(c, (), f.linktype, mode, False)
            continue
        try:
            got = interpreter().verdicts(c.insns or (), packets)
        except Exception:
            out[mode] = Verdict(False, "interpreter-crash", traceback.format_exc(limit=8))
            continue
        exp = list(expected or ())
        if mode == "opt" and case.unopt_results and len(case.unopt_results) == len(exp):
            exp = list(case.unopt_results)  # libpcap's optimizer must not change a verdict
        if got == exp:
            out[mode] = Verdict(True, "agree", packets=len(packets))
        else:
            bad = [i for i, (a, b) in enumerate(zip(exp, got)) if a != b]
            lines = [f"[{mode}] {case.expr!r} on {case.savefile}: results differ at packets "
                     f"{bad[:20]} (libpcap {[exp[i] for i in bad[:20]]}, "
                     f"ours {[got[i] for i in bad[:20]]}; {len(exp)} vs {len(got)} packets)",
                     "purepcap:\n" + _listing(c.insns or ())]
            out[mode] = Verdict(False, "disagree", "\n".join(lines), packets=len(packets))
    return out
