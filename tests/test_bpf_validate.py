"""Validation: libpcap's rules against libpcap's ``bpf_validate``, the kernel's against the
running kernel's ``SO_ATTACH_FILTER``."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import oracle
from purepcap.bpf import Program, is_valid, validate
from purepcap.errors import BPFError
from conftest import needs_oracle, needs_shared
from helpers import (
    ORACLE_SAFE, accept_programs, interesting_k, kernel_accepts, kernel_available, oracle_programs,
    wild_programs,
)

KERNEL = kernel_available()
needs_kernel = pytest.mark.skipif(not KERNEL, reason="SO_ATTACH_FILTER probe unavailable")


@st.composite
def near_valid_programs(draw: st.DrawFn) -> list[tuple[int, int, int, int]]:
    """Programs that are valid or one small mistake away from it."""
    n = draw(st.integers(1, 10))
    out = []
    for i in range(n):
        code = draw(st.one_of(st.sampled_from(ORACLE_SAFE), st.integers(0, 0xFF),
                              st.sampled_from([0x0E, 0x38, 0x8C, 0xA0, 0x69, 0x0D, 0x55, 0xB4, 0x106, 0x8015])))
        remaining = n - i - 1
        if code & 0x07 == 0x05:
            k = draw(st.one_of(st.integers(0, remaining + 1), st.integers(0, 0xFFFFFFFF),
                               st.integers(1, i + 2).map(lambda b: (-b) & 0xFFFFFFFF)))
            jt = draw(st.integers(0, remaining + 1))
            jf = draw(st.integers(0, remaining + 1))
        else:
            k = draw(st.one_of(interesting_k, st.integers(0, 17)))
            jt = jf = 0
        out.append((code, jt, jf, k))
    if draw(st.integers(0, 4)):
        out[-1] = draw(st.sampled_from([(0x06, 0, 0, 0), (0x16, 0, 0, 0), (0x0E, 0, 0, 0)]))
    return out


@needs_oracle
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(near_valid_programs(), wild_programs(), oracle_programs()))
def test_agrees_with_libpcap_bpf_validate(insns: list[tuple[int, int, int, int]]) -> None:
    assert is_valid(insns) == oracle.bpf_validate(insns)


@needs_kernel
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(near_valid_programs(), wild_programs(), oracle_programs()))
def test_linux_agrees_with_the_kernel(insns: list[tuple[int, int, int, int]]) -> None:
    assert is_valid(insns, linux=True) == kernel_accepts(insns)


def _random_programs(seed: int, count: int) -> list[list[tuple[int, int, int, int]]]:
    """A fast deterministic sweep next to hypothesis: many small near-valid programs."""
    rng = random.Random(seed)
    codes = ORACLE_SAFE + [0x0E, 0x38, 0x8C, 0xA0, 0x69, 0x0D, 0x55, 0xB4, 0x106, 0x8015, 0x81]
    ks = [0, 1, 2, 15, 16, 31, 32, 0x7FFFFFFF, 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFF000, 0xFFFFF000 + 44,
          0xFFFFF000 + 64, 0xFFFFF000 + 2, 0xFFF00000, 0xFFE00000]
    out = []
    for _ in range(count):
        n = rng.randint(1, 8)
        prog = []
        for i in range(n):
            code = rng.choice(codes) if rng.random() < 0.9 else rng.randrange(0x100)
            k = rng.choice(ks) if rng.random() < 0.5 else rng.randrange(n + 2)
            prog.append((code, rng.randrange(n - i + 1), rng.randrange(n - i + 1), k))
        if rng.random() < 0.8:
            prog[-1] = rng.choice([(0x06, 0, 0, 0), (0x16, 0, 0, 0)])
        out.append(prog)
    return out


@needs_oracle
def test_agrees_with_libpcap_bpf_validate_sweep() -> None:
    programs = _random_programs(1, 20000)
    verdicts = [is_valid(p) for p in programs]
    assert verdicts == [oracle.bpf_validate(p) for p in programs]
    assert 0.2 < sum(verdicts) / len(verdicts) < 0.8  # the sweep covers both answers


@needs_kernel
def test_linux_agrees_with_the_kernel_sweep() -> None:
    programs = _random_programs(2, 10000)
    verdicts = [is_valid(p, linux=True) for p in programs]
    assert verdicts == [kernel_accepts(p) for p in programs]
    assert 0.05 < sum(verdicts) / len(verdicts) < 0.8


@needs_kernel
@pytest.mark.parametrize("insns", [
    [(0x60, 0, 0, 1), (0x06, 0, 0, 0)],                                       # read before write
    [(0x15, 0, 1, 5), (0x02, 0, 0, 3), (0x60, 0, 0, 3), (0x06, 0, 0, 0)],     # written on one path only
    [(0x15, 1, 0, 5), (0x02, 0, 0, 3), (0x02, 0, 0, 3), (0x61, 0, 0, 3), (0x06, 0, 0, 0)],
    [(0x02, 0, 0, 3), (0x15, 1, 0, 5), (0x02, 0, 0, 4), (0x61, 0, 0, 3), (0x06, 0, 0, 0)],
    [(0x30, 0, 0, 0xFFFFF000 + 44), (0x06, 0, 0, 0)],
    [(0x30, 0, 0, 0xFFFFF000 + 64), (0x06, 0, 0, 0)],
    [(0x20, 0, 0, 0xFFFFF000 + 2), (0x06, 0, 0, 0)],
    [(0x40, 0, 0, 0xFFFFF000 + 64), (0x06, 0, 0, 0)],
    [(0x20, 0, 0, 0xFFEFFFFF), (0x06, 0, 0, 0)],
    [(0x64, 0, 0, 31), (0x06, 0, 0, 0)],
    [(0x74, 0, 0, 32), (0x06, 0, 0, 0)],
    [(0x81, 0, 0, 0), (0x16, 0, 0, 0)],
    [(0x05, 0, 0, 0), (0x06, 0, 0, 0)],
    [(0x06, 0, 0, 0), (0x05, 0, 0, 0xFFFFFFFF)],
    [(0x00, 0, 0, 0)] * 4095 + [(0x06, 0, 0, 0)],
    [(0x00, 0, 0, 0)] * 4096 + [(0x06, 0, 0, 0)],
    [],
])
def test_linux_edge_cases_agree_with_the_kernel(insns: list[tuple[int, int, int, int]]) -> None:
    assert is_valid(insns, linux=True) == kernel_accepts(insns)


@pytest.mark.recorded
@pytest.mark.parametrize("insns", [
    [],
    [(0x00, 0, 0, 0)] * 5000 + [(0x06, 0, 0, 0)],                 # no length limit in user space
    [(0x06, 0, 0, 0), (0x05, 0, 0, 0xFFFFFFFE), (0x06, 0, 0, 0)],  # backward ja (protochain)
    [(0x05, 0, 0, 0xFFFFFFFF), (0x06, 0, 0, 0)],                   # ja to itself passes too
    [(0x05, 0, 0, 0xFFFFFFFD), (0x06, 0, 0, 0)],                   # before the start
    [(0x34, 0, 0, 0), (0x06, 0, 0, 0)],
    [(0x94, 0, 0, 0), (0x06, 0, 0, 0)],
    [(0x3C, 0, 0, 0), (0x06, 0, 0, 0)],
    [(0x64, 0, 0, 99), (0x06, 0, 0, 0)],
    [(0x60, 0, 0, 16), (0x06, 0, 0, 0)],
    [(0x02, 0, 0, 15), (0x06, 0, 0, 0)],
    [(0x38, 0, 0, 0), (0x06, 0, 0, 0)],
    [(0x0E, 0, 0, 0)],
    [(0x106, 0, 0, 0)],
    [(0x15, 1, 0, 0), (0x06, 0, 0, 0)],
    [(0x06, 0, 0, 0), (0x00, 0, 0, 0)],
])
def test_libpcap_edge_cases(insns: list[tuple[int, int, int, int]]) -> None:
    assert is_valid(insns) == oracle.bpf_validate(insns)


@needs_shared
def test_every_accept_program_is_valid_for_libpcap_and_kernel_verdict_matches() -> None:
    for _, case, insns in accept_programs():
        validate(insns)
        Program(insns).validate()
        if KERNEL:
            assert is_valid(insns, linux=True) == kernel_accepts(insns), case["name"]


@pytest.mark.parametrize("insns, linux, words", [
    ([], False, "empty"),
    ([(0x00, 0, 0, 0)], False, "not a return"),
    ([(0x60, 0, 0, 16), (0x06, 0, 0, 0)], False, "scratch memory index 16"),
    ([(0x34, 0, 0, 0), (0x06, 0, 0, 0)], False, "division by constant zero"),
    ([(0x94, 0, 0, 0), (0x06, 0, 0, 0)], False, "modulo by constant zero"),
    ([(0x15, 5, 0, 0), (0x06, 0, 0, 0)], False, "jump target 6 out of range"),
    ([(0xC0, 0, 0, 0), (0x06, 0, 0, 0)], False, "invalid load mode"),
    ([(0xB4, 0, 0, 0), (0x06, 0, 0, 0)], False, "invalid ALU operation"),
    ([(0x55, 0, 0, 0), (0x06, 0, 0, 0)], False, "invalid jump operation"),
    ([(0x38, 0, 0, 0), (0x06, 0, 0, 0)], True, "not allowed"),
    ([(0x64, 0, 0, 32), (0x06, 0, 0, 0)], True, "shift by 32"),
    ([(0x05, 0, 0, 0xFFFFFFFE), (0x06, 0, 0, 0)], True, "backwards"),
    ([(0x60, 0, 0, 1), (0x06, 0, 0, 0)], True, "M[1] may be read before"),
    ([(0x30, 0, 0, 0xFFFFF000 + 64), (0x06, 0, 0, 0)], True, "unknown ancillary"),
    ([(0x00, 0, 0, 0)] * 4096 + [(0x06, 0, 0, 0)], True, "at most 4096"),
])
def test_messages(insns: list[tuple[int, int, int, int]], linux: bool, words: str) -> None:
    with pytest.raises(BPFError) as info:
        validate(insns, linux=linux)
    assert words in str(info.value)
    if insns:
        with pytest.raises(BPFError):
            Program(insns).validate(linux=linux) if not linux else Program(insns, validate=False).validate(linux=True)


@pytest.mark.parametrize("bad", [
    [(1, 2, 3)], [(1, 2, 3, 4, 5)], [("a", 0, 0, 0)], [(0x10000, 0, 0, 0)], [(6, 256, 0, 0)],
    [(6, 0, -1, 0)], [(6, 0, 0, 1 << 32)], [(6, 0, 0, -(1 << 31) - 1)], [(6, 0, 0, 1.5)], 5, [None],
])
def test_malformed_instructions_raise_bpferror(bad: object) -> None:
    # a value out of range is a BPFError, a wrong type an ArgumentTypeError (a TypeError)
    with pytest.raises((BPFError, TypeError)):
        Program(bad, validate=False)  # type: ignore[arg-type]
    assert not is_valid(bad)  # type: ignore[arg-type]


def test_negative_k_is_stored_unsigned() -> None:
    p = Program([(0x30, 0, 0, -0x1000 + 48), (0x16, 0, 0, 0)])
    assert p.insns[0].k == 0xFFFFF030
