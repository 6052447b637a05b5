"""The matcher (BPF translated to Python) against the reference interpreter and libpcap."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import oracle
from purepcap.bpf import Meta, Program, generate_source
from conftest import needs_corpus, needs_oracle, needs_shared
from helpers import (
    accept_programs, corpus_packets, dlt_value, metas, oracle_programs, packets, random_meta,
    random_oracle_program, random_packet, random_wild_program, sample, steered_packets, wild_programs,
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(wild_programs(), packets, st.one_of(st.none(), metas()), st.one_of(st.none(), st.integers(0, 5000)))
def test_matcher_equals_interpreter_on_any_program(insns: list, data: bytes, meta: Meta | None,
                                                   wirelen: int | None) -> None:
    program = Program(insns, validate=False)
    assert program.matcher()(data, wirelen, meta) == program.run(data, wirelen, meta)


def test_matcher_equals_interpreter_sweep() -> None:
    rng = random.Random(11)
    for i in range(2500):
        insns = random_wild_program(rng) if i % 2 else random_oracle_program(rng)
        program = Program(insns, validate=False)
        f = program.matcher()
        for _ in range(4):
            data = random_packet(rng)
            wirelen = rng.choice([None, len(data), len(data) + 77])
            meta = random_meta(rng) if rng.random() < 0.4 else None
            assert f(data, wirelen, meta) == program.run(data, wirelen, meta), (insns, data, meta)


@needs_oracle
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(oracle_programs(), packets)
def test_matcher_equals_bpf_filter(insns: list, data: bytes) -> None:
    assert Program(insns).matcher()(data, len(data) + 5) == oracle.bpf_filter(insns, data, len(data) + 5)


@needs_oracle
@needs_shared
def test_accept_programs_matcher_equals_bpf_filter() -> None:
    by_dlt = corpus_packets()
    runs = 0
    seen = set()
    for _, case, insns in accept_programs():
        if (case["dlt"], tuple(insns)) in seen:  # many cases share a program
            continue
        seen.add((case["dlt"], tuple(insns)))
        f = Program(insns).matcher()
        pkts = sample(by_dlt.get(dlt_value(case["dlt"]), []), 10)
        pkts += [(p, len(p) + 4) for p in steered_packets(insns, 6)]
        for data, wirelen in pkts:
            assert f(data, wirelen) == oracle.bpf_filter(insns, data, wirelen), case["name"]
            runs += 1
    assert runs > 10000


@needs_oracle
@needs_corpus
def test_matcher_accepts_all_buffer_types() -> None:
    insns, _ = oracle.compile_expr("tcp port 80 or udp", "EN10MB")
    f = Program(insns).matcher()
    for data, wirelen in sample(corpus_packets().get(1, []), 300):
        want = oracle.bpf_filter(insns, data, wirelen)
        assert f(data, wirelen) == want
        assert f(bytearray(data), wirelen) == want
        assert f(memoryview(data), wirelen) == want


@pytest.mark.parametrize("shape", ["ladder", "diamonds", "long-loads", "loops"])
def test_large_programs_compile_and_agree(shape: str) -> None:
    """Programs at the kernel's size limit, shaped to stress nesting, joins and loops."""
    n = 1300
    insns: list[tuple[int, int, int, int]] = []
    if shape == "ladder":  # a test per byte, each failing one returning its own value
        for i in range(n):
            insns += [(0x30, 0, 0, i % 64), (0x15, 1, 0, i % 5), (0x06, 0, 0, i + 2)]
        insns += [(0x06, 0, 0, 0)]
    elif shape == "diamonds":  # every test rejoins: many labels
        for i in range(n):
            insns += [(0x30, 0, 0, i % 64), (0x45, 0, 1, 1 << (i % 8)), (0x04, 0, 0, 1)]
        insns += [(0x16, 0, 0, 0)]
    elif shape == "long-loads":
        for i in range(n):
            insns += [(0x40, 0, 0, i % 70), (0x07, 0, 0, 0), (0x54, 0, 0, 15)]
        insns += [(0x16, 0, 0, 0)]
    else:  # many small loops walking the packet
        for i in range(n // 2):
            insns += [(0x50, 0, 0, 0), (0x0C, 0, 0, 0), (0x07, 0, 0, 0), (0x25, 0, 1, 200),
                      (0x05, 0, 0, 1), (0x05, 0, 0, (-5) & 0xFFFFFFFF)]
        insns += [(0x16, 0, 0, 0)]
    assert len(insns) >= 3900
    program = Program(insns, validate=False)
    f = program.matcher()
    rng = random.Random(5)
    for _ in range(20):
        data = bytes(rng.randrange(4) for _ in range(rng.choice([10, 64, 80])))
        assert f(data) == program.run(data)


@pytest.mark.parametrize("inline_limit, max_depth", [(0, 0), (0, 3), (1000, 1), (1000, 1000)])
def test_code_generator_settings_do_not_change_results(monkeypatch: pytest.MonkeyPatch,
                                                        inline_limit: int, max_depth: int) -> None:
    """Force labels everywhere / nowhere and tiny nesting limits: same answers."""
    from purepcap.bpf import jit

    monkeypatch.setattr(jit, "INLINE_LIMIT", inline_limit)
    monkeypatch.setattr(jit, "MAX_DEPTH", max_depth)
    rng = random.Random(inline_limit * 7 + max_depth)
    for i in range(400):
        insns = random_wild_program(rng) if i % 2 else random_oracle_program(rng)
        program = Program(insns, validate=False)
        f = jit.compile_matcher(program.insns)
        for _ in range(3):
            data = random_packet(rng)
            meta = random_meta(rng) if rng.random() < 0.4 else None
            assert f(data, None, meta) == program.run(data, None, meta), insns


@needs_shared
@pytest.mark.parametrize("inline_limit, max_depth", [(0, 0), (0, 3), (1000, 1), (1000, 1000)])
def test_code_generator_settings_on_libpcaps_programs(monkeypatch: pytest.MonkeyPatch,
                                                      inline_limit: int, max_depth: int) -> None:
    from purepcap.bpf import jit

    monkeypatch.setattr(jit, "INLINE_LIMIT", inline_limit)
    monkeypatch.setattr(jit, "MAX_DEPTH", max_depth)
    for _, _, insns in accept_programs()[::25]:
        program = Program(insns)
        f = jit.compile_matcher(program.insns)
        for data in steered_packets(insns, 4):
            assert f(data) == program.run(data)


def test_source_is_straight_line_for_a_simple_filter() -> None:
    # "ip" on Ethernet as libpcap compiles it: one test, no loop, no labels
    src = generate_source(Program([(0x28, 0, 0, 12), (0x15, 0, 1, 0x800), (0x6, 0, 0, 262144), (0x6, 0, 0, 0)]).insns)
    assert "while" not in src
    assert "return 262144" in src and "return 0" in src


def test_matcher_is_cached_and_has_source() -> None:
    program = Program([(0x06, 0, 0, 1)])
    assert program.matcher() is program.matcher()
    assert "def " in program.matcher().source  # type: ignore[attr-defined]
    assert Program([(0x06, 0, 0, 1)], validate=False).matcher()(b"") == 1
