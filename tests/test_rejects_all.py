""""expression rejects all packets" exactly where libpcap 1.10.3 says it.

libpcap refuses a filter with that message when its optimizer reduced the program to a
bare ``ret #0``; any other filter compiles, even one that matches nothing (``len < 0``
compiles there: its optimizer never decides ``jge #0``).  purepcap decides the error with
a model of libpcap's optimizer (``purepcap.filter._pcapopt``) and otherwise emits its own
program, which must give the verdicts of libpcap's unoptimized program.

The one exception: libpcap reads ``jset #0xffffffff`` as always true; where only that
makes the filter empty, libpcap's unoptimized program accepts packets and we compile.
"""

from __future__ import annotations

import pytest

import oracle
from purepcap.errors import FilterError
from purepcap.filter._pcapopt import Unmodelled, model_rejects_all
from purepcap.filter.optimize import EMPTY_FILTER_MESSAGE, optimize

from conformance import cases, harness
from conformance.cases import dlt_value
from conftest import needs_oracle, needs_shared

REJECTS_ALL = EMPTY_FILTER_MESSAGE

#: constant arithmetic on ``len`` and packet loads, relations that are constant or always
#: false for unsigned values, contradictions: some libpcap refuses, most it compiles
EXPRESSIONS = [
    "len < 24015 / 40808",
    "ip[2:2] - len < 0",
    "len < 647892279 * 0",
    "len < 0",
    "0 > len",
    "len >= 0",
    "not len >= 0",
    "len > 262144 * 2",
    "len > 4294967295",
    "len < 5 - 5",
    "len - len > 0",
    "len * 0 > 0",
    "(len - len) / 2 > 0",
    "len % 1 != 0",
    "len & 0 != 0",
    "len = 0 and len = 1",
    "len > 100 and len < 50",
    "len < 0 or len > 262144 * 2",
    "ip[0] < 0",
    "ip[2:2] - len >= 0",
    "ip[2:2] - ip[2:2] > 0",
    "ip[0] % 1 > 0",
    "ip[0] > 255",
    "ip[0:2] > 65535",
    "ip[1] * 0 = 1",
    "0 * ip[1] = 1",
    "0 / ip[1] = 1",
    "0 % ip[1] = 1",
    "0 << ip[1] = 1",
    "0 + ip[1] = 5 and ip[1] = 6",
    "ip[0] & 0 != 0",
    "link[0] & 0 != 0",
    "ip[0] = 1 and ip[0] = 2",
    "ip[0] = 1 and not ip[0] = 1",
    "ip[0] < 24015 / 40808 or tcp[0] < 0",
    "ip and len < 0",
    "len < 0 and tcp",
    "tcp port 80 and len < 0",
    "tcp[0] - tcp[0] != 0",
    "tcp[13] & 0 = 1",
    "udp[2:2] < 5 / 10",
    "icmp[0] - len < 0",
    "ip6[4:2] - len < 0",
    "ip proto 256",
    "1 + 1 = 3",
    "2 / 3 = 1",
    "tcp and 1 + 1 = 3",
    "link[0] & 0xffffffff == 0",      # libpcap's jset #0xffffffff slip: we compile
    "link[0:4] & 0xffffffff != 0",
]

LINKTYPES = ["EN10MB", "RAW", "LINUX_SLL", "IEEE802_11_RADIO", "NULL"]


def _says_rejects_all(err) -> bool:
    return err is not None and REJECTS_ALL in str(err)


@needs_oracle
@pytest.mark.parametrize("dlt_name", LINKTYPES)
@pytest.mark.parametrize("expr", EXPRESSIONS)
def test_rejects_all_exactly_where_libpcap_does(expr: str, dlt_name: str) -> None:
    dlt = dlt_value(dlt_name)
    theirs, err = oracle.compile_expr(expr, dlt, 262144, True)
    theirs_unopt, err_unopt = oracle.compile_expr(expr, dlt, 262144, False)
    ours = harness.compile_ours(expr, dlt, optimize=True)
    ours_empty = ours.status == "error" and _says_rejects_all(ours.error)
    programs = [p for p in (theirs, theirs_unopt, ours.insns) if p]
    if _says_rejects_all(err) and not ours_empty:
        # only where libpcap's optimizer is wrong: its unoptimized program accepts packets
        assert theirs_unopt and harness.accepts_any(theirs_unopt, dlt, programs, False), \
            f"libpcap: {err!r}; purepcap: {ours.describe()}"
    else:
        assert ours_empty == _says_rejects_all(err), \
            f"libpcap: {err or 'compiles it'!r}; purepcap: {ours.describe()}"
    if err_unopt is None:
        v = harness.check_optimized(ours, theirs, err, theirs_unopt, dlt, False, programs)
        assert v.ok, v.detail
    else:
        assert ours.status == "error"


@needs_oracle
def test_a_filter_that_matches_nothing_still_compiles() -> None:
    # libpcap compiles these (to programs that return 0 on every packet); so do we
    for expr in ("len < 0", "len < 24015 / 40808", "ip[2:2] - len < 0", "tcp and 1 + 1 = 3"):
        insns, err = oracle.compile_expr(expr, 1, 262144, True)
        assert err is None and insns
        ours = harness.compile_ours(expr, 1, optimize=True)
        assert ours.status == "ok", ours.describe()
        assert ours.insns == [(0x06, 0, 0, 0)] or not harness.accepts_any(
            ours.insns, 1, [insns, ours.insns], False)


# ---------------------------------------------------------------------------
# the model itself, on libpcap's own unoptimized programs (no libpcap needed)


@needs_shared
def test_model_agrees_with_libpcap_on_every_accept_case() -> None:
    """The model run on 1.10.3's unoptimized program gives 1.10.3's answer."""
    checked = refused = 0
    for case in cases.accept_cases():
        if not case.unopt_insns or case.opt_error not in (None, REJECTS_ALL):
            continue
        prog = [tuple(i) for i in case.unopt_insns]
        try:
            says = model_rejects_all(prog)
        except Unmodelled:
            # statement-level jumps (linux_ext vlan) and the code libpcap does not optimize
            continue
        assert says == (case.opt_error == REJECTS_ALL), (case.id, case.expr)
        checked += 1
        refused += says
    assert checked > 1500 and refused > 30


def test_model_on_hand_written_programs() -> None:
    ld_len, ret0, ret1 = (0x80, 0, 0, 0), (0x06, 0, 0, 0), (0x06, 0, 0, 1)
    # ld len; jge #0: libpcap's optimizer does not decide it
    assert not model_rejects_all([ld_len, (0x35, 0, 1, 0), ret0, ret1])
    # ld #5; jeq #3: a constant A is decided
    assert model_rejects_all([(0x00, 0, 0, 5), (0x15, 0, 1, 3), ret1, ret0])
    # ld #1; add #1; jeq #3: folded only in the second loop, where the root still walks
    assert model_rejects_all([(0x00, 0, 0, 1), (0x04, 0, 0, 1), (0x15, 0, 1, 3), ret1, ret0])
    # ... but a block behind another test keeps its jump: libpcap compiles that
    assert not model_rejects_all([ld_len, (0x25, 0, 3, 10), (0x00, 0, 0, 1), (0x04, 0, 0, 1),
                                  (0x15, 1, 0, 3), ret0, ret1])
    # both branches to two ret #0 blocks: interned into one, the root walks through
    assert model_rejects_all([(0x30, 0, 0, 3), (0x15, 0, 1, 1), ret0, ret0])
    # jset #0xffffffff: always true for libpcap, A != 0 for the sound reading
    prog = [(0x30, 0, 0, 0), (0x45, 0, 1, 0xFFFFFFFF), ret0, ret1]
    assert model_rejects_all(prog)
    assert not model_rejects_all(prog, jset_all_ones_true=False)


def test_optimizer_compiles_what_libpcap_compiles() -> None:
    ld_len, ret0, ret1 = (0x80, 0, 0, 0), (0x06, 0, 0, 0), (0x06, 0, 0, 262144)
    # len < 0: empty for us, not for libpcap -> a program returning 0
    assert optimize([ld_len, (0x35, 0, 1, 0), ret0, ret1]) == [ret0]
    with pytest.raises(FilterError, match=REJECTS_ALL):
        optimize([(0x00, 0, 0, 5), (0x15, 0, 1, 3), ret1, ret0])
    # the jset slip: libpcap's error, but its program accepts A == 0; we compile
    prog = [(0x30, 0, 0, 0), (0x45, 0, 1, 0xFFFFFFFF), ret0, ret1]
    o = optimize(prog)
    from purepcap.bpf import Program
    assert Program(o).run(b"\x00") == 262144 and Program(o).run(b"\x01") == 0


@needs_oracle
@pytest.mark.parametrize("dlt_name", ["LOOP", "EN10MB", "RAW"])
def test_empty_before_the_oversized_shift_is_found(dlt_name: str) -> None:
    # libpcap's jump threading makes the ``rsh`` by 810 unreachable (icmp6 over IPv4's
    # protocol test) before its second loop folds the shift count: on LOOP it says
    # "rejects all packets", not "shift by more than 31 bits" (fuzz, seed 1)
    expr = "icmp6[34] >> 5 * 0xa2 != ip6[1038:4] && pim"
    dlt = dlt_value(dlt_name)
    _insns, err = oracle.compile_expr(expr, dlt, 262144, True)
    ours = harness.compile_ours(expr, dlt, optimize=True)
    assert ours.status == "error"
    assert str(ours.error) == err
