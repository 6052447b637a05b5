"""Listings (``tcpdump -d/-dd/-ddd``) and their parser.

Expected text comes from libpcap: the conformance files' ``-d`` listings, libpcap's
``bpf_image`` through ctypes, and the installed ``tcpdump`` binary.
"""

from __future__ import annotations

import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import oracle
from purepcap.bpf import Insn, Program, image, parse_text
from purepcap.errors import BPFError, OptionError, PcapError
from conftest import TCPDUMP, needs_oracle, needs_shared, needs_tcpdump, shared_params
from helpers import accept_cases, accept_programs, sample


@needs_shared
def test_every_accept_listing_is_byte_identical() -> None:
    mismatches = []
    count = 0
    for case in accept_cases():
        for kind in ("opt", "unopt"):
            insns = case.get(f"{kind}_insns")
            if not insns:
                continue
            count += 1
            got = Program(insns).listing()
            if got != case[kind]:
                mismatches.append((case["name"], kind))
    assert count > 3000
    assert mismatches == []


@needs_shared
def test_every_accept_program_round_trips_through_text() -> None:
    for _, _, insns in accept_programs():
        program = Program(insns)
        assert Program.from_text(program.listing(3)) == program
        assert Program.from_text(program.listing(2)) == program
        assert Program.from_bytes(program.to_bytes()) == program
        assert [tuple(i) for i in program.insns] == [tuple(i) for i in insns]


@needs_oracle
def test_image_matches_bpf_image_for_every_opcode() -> None:
    ks = [0, 7, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0xFFFFF000, 0xFFFFF000 + 44, 0xFFFFF001]
    for code in range(0x10000):
        k = ks[code % len(ks)]
        insn = (code, code % 7, (code >> 3) % 256, k)
        n = code % 1200
        assert image(insn, n) == oracle.bpf_image(insn, n), hex(code)


@needs_oracle
@settings(max_examples=400, deadline=None)
@given(code=st.integers(0, 0xFF), jt=st.integers(0, 255), jf=st.integers(0, 255),
       k=st.integers(0, 0xFFFFFFFF), n=st.integers(0, 100000))
def test_image_matches_bpf_image_random(code: int, jt: int, jf: int, k: int, n: int) -> None:
    assert image((code, jt, jf, k), n) == oracle.bpf_image((code, jt, jf, k), n)


@needs_oracle
def test_ancillary_names_match_bpf_image() -> None:
    for code in (0x20, 0x28, 0x30):
        for a in range(0, 0x1000, 1):
            insn = (code, 0, 0, 0xFFFFF000 + a)
            assert image(insn, 3) == oracle.bpf_image(insn, 3)


def _tcpdump_cases() -> list[dict]:
    cases = [c for c in accept_cases()
             if c.get("opt_insns") and not c["linux_ext"] and c["netmask"] is None
             and "libpcap.test" not in c["expr"] and not c["expr"].startswith("-")]
    return sample(cases, 24)


@needs_tcpdump
@pytest.mark.parametrize("case", shared_params(_tcpdump_cases, ids=lambda c: c["name"]))
def test_levels_match_tcpdump(case: dict) -> None:
    assert TCPDUMP is not None
    program = Program(case["opt_insns"])
    for level in (1, 2, 3, 4):
        flag = "-" + "d" * level
        proc = subprocess.run([TCPDUMP, flag, "-y", case["dlt"], "-s", str(case["snaplen"]), case["expr"]],
                              capture_output=True, text=True, timeout=30)
        if proc.returncode != 0:
            pytest.skip(f"tcpdump refused: {proc.stderr.strip()}")
        if level == 1 and proc.stdout != case["opt"]:
            pytest.skip("tcpdump compiled a different program (environment-dependent names)")
        assert program.listing(level) == proc.stdout


def test_listing_of_hand_program_levels() -> None:
    # libpcap's output for "ip" on Ethernet (as in accept.jsonl / tcpdump -d -y EN10MB ip)
    p = Program([(0x28, 0, 0, 12), (0x15, 0, 1, 0x800), (0x6, 0, 0, 262144), (0x6, 0, 0, 0)])
    assert p.listing(2) == ("{ 0x28, 0, 0, 0x0000000c },\n{ 0x15, 0, 1, 0x00000800 },\n"
                            "{ 0x6, 0, 0, 0x00040000 },\n{ 0x6, 0, 0, 0x00000000 },\n")
    assert p.listing(3) == "4\n40 0 0 12\n21 0 1 2048\n6 0 0 262144\n6 0 0 0\n"
    assert str(p) == p.listing(1)
    for bad in (0, -1, "1", 1.0, True):
        with pytest.raises(OptionError):
            p.listing(bad)  # type: ignore[arg-type]


def test_parse_tolerates_forms() -> None:
    expect = (Insn(40, 0, 0, 12), Insn(21, 0, 1, 2048), Insn(6, 0, 0, 262144), Insn(6, 0, 0, 0))
    assert parse_text("4\n40 0 0 12\n21 0 1 2048\n6 0 0 262144\n6 0 0 0\n") == expect
    assert parse_text("  4\r\n\n40 0 0 12\n 21  0 1 2048 \n6 0 0 262144\n6 0 0 0") == expect
    assert parse_text("4,40 0 0 12,21 0 1 2048,6 0 0 262144,6 0 0 0,") == expect
    assert parse_text("{ 0x28, 0, 0, 0x0000000c },\n{ 0x15, 0, 1, 0x00000800 },\n"
                      "{ 0x6, 0, 0, 0x00040000 },\n{ 0x6, 0, 0, 0 }\n") == expect


@pytest.mark.parametrize("text, words", [
    ("", "empty"),
    ("\n  \n", "empty"),
    ("3\n6 0 0 0\n", "count says 3"),
    ("1\n6 0 0 0\n6 0 0 0\n", "count says 1"),
    ("x\n6 0 0 0\n", "not a number"),
    ("1\n6 0 0 zz\n", "not a number"),
    ("1\n6 0 0\n", "4 fields"),
    ("1\n6 0 0 0 0\n", "4 fields"),
    ("1\n65536 0 0 0\n", "out of range"),
    ("1\n6 256 0 0\n", "out of range"),
    ("1\n6 0 -1 0\n", "out of range"),
    ("1\n6 0 0 4294967296\n", "out of range"),
    ("1\n6 0 0 -1\n", "out of range"),
    ("-1\n", "negative"),
    ("1 2\n6 0 0 0\n", "instruction count"),
    ("{ 0x6, 0, 0 },\n", "4 fields"),
    ("{ 0x6, 0, 0, 0x100000000 },\n", "out of range"),
    ("{ 0x6, 0, 0, 0 },\n7 0 0 0\n", "line 2"),
    ("{ 0x6, 0, 0, zz },\n", "not a number"),
])
def test_parse_errors_are_clear(text: str, words: str) -> None:
    with pytest.raises(BPFError) as info:
        parse_text(text)
    assert words in str(info.value)


def test_from_text_validates() -> None:
    with pytest.raises(BPFError, match="not a return"):
        Program.from_text("1\n0 0 0 0\n")
    assert len(Program.from_text("1\n0 0 0 0\n", validate=False)) == 1
    with pytest.raises(PcapError):
        Program.from_text(b"1\n6 0 0 0\n")  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 0xFFFF), st.integers(0, 255), st.integers(0, 255),
                          st.integers(0, 0xFFFFFFFF)), min_size=1, max_size=20))
def test_any_program_round_trips(insns: list[tuple[int, int, int, int]]) -> None:
    p = Program(insns, validate=False)
    for level in (2, 3):
        assert Program.from_text(p.listing(level), validate=False) == p
    assert Program.from_bytes(p.to_bytes(), validate=False) == p
    assert len(p.to_bytes()) == 8 * len(insns)
