"""Tests of the comparison engine (tests/conformance/harness.py) on programs whose
answers libpcap gives: it must see a difference where there is one, and only then."""

from __future__ import annotations

import pytest

import oracle
from conformance import cases, harness, synth
from conformance.synth import SynthPacket
from conftest import needs_oracle, needs_shared

pytestmark = [
    pytest.mark.oracle,
    needs_oracle,
]


def _prog(expr: str, dlt: int = 1, optimize: bool = True):
    insns, err = oracle.compile_expr(expr, dlt, 262144, optimize)
    assert err is None, err
    return insns


@pytest.mark.parametrize("a,b", [
    ("tcp port 80", "tcp port 81"),
    ("ip[6:2] & 0x1fff = 0", "ip[6:2] & 0x0fff = 0"),
    ("greater 100", "greater 101"),
    ("vlan 10", "vlan 11"),
    ("ip6 and udp dst port 53", "ip6 and udp src port 53"),
    ("ether host 01:02:03:04:05:06", "ether host 01:02:03:04:05:07"),
])
def test_detects_a_different_filter(a: str, b: str) -> None:
    # the corpus alone may not tell these apart; the synthesized packets must
    v = harness.check_program(_prog(a), _prog(b), 1)
    assert not v.ok and v.kind == "disagree", v


def test_same_filter_different_code_agrees() -> None:
    # libpcap's optimized and unoptimized programs differ in shape, not in meaning
    # (on whole packets: "tcp port 80" loads nothing the optimizer drops)
    v = harness.check_program(_prog("tcp port 80", optimize=False), _prog("tcp port 80"), 1)
    assert v.ok and v.kind == "agree" and v.packets > 0, v


def test_identical_programs_short_circuit() -> None:
    p = _prog("udp")
    v = harness.check_program(p, list(p), 1)
    assert v.ok and v.identical


@needs_shared
def test_metadata_variants_tell_linux_programs_apart() -> None:
    accept = [c for c in cases.accept_cases() if c.linux_ext and c.opt_insns]
    inbound = next(c for c in accept if c.expr == "inbound").opt_insns
    outbound = next(c for c in accept if c.expr == "outbound").opt_insns
    v = harness.check_program(inbound, outbound, 1, with_meta=True)
    assert not v.ok and v.kind == "disagree", v


@pytest.mark.parametrize("expected,message,ok", [
    ("can't parse filter expression: syntax error", "syntax error", True),
    ("unknown host 'x.libpcap.test'", "unknown host 'x.libpcap.test'", True),
    ("unknown host 'x.libpcap.test'", "unknown name 'x.libpcap.test'", True),
    ("PPPoE session number 65536 greater than maximum 65535",
     "PPPoE session number 65536 greater than maximum 65535", True),
    ("not a broadcast link", "ethernet address used in non-ether expression", False),
])
def test_error_matching(expected: str, message: str, ok: bool) -> None:
    from purepcap.errors import FilterError
    assert harness.error_matches(expected, FilterError(message)) is ok


def test_reference_interpreter_metadata_loads() -> None:
    # ldb [vlanp]; jeq #1 -> the kernel's view: the tag the NIC stripped
    prog = [(0x30, 0, 0, 0xFFFFF030), (0x15, 0, 1, 1), (0x06, 0, 0, 7), (0x06, 0, 0, 0)]
    assert harness.Interpreter("reference").verdicts(
        prog, [SynthPacket(b"", 0, ((48, 1),)), SynthPacket(b"", 0, ((48, 0),))], True) == [7, 0]
    packets = synth.synthesize([prog], linux_ext=True)
    assert synth.branch_coverage(prog, packets, linux_ext=True)[:2] == (4, 4)
