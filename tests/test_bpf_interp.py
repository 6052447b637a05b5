"""The reference interpreter against libpcap 1.10.3's ``bpf_filter`` and the conformance
verdicts; Linux ancillary semantics against the kernel's documented behaviour."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import oracle
from purepcap.bpf import SKF_AD_OFF, SKF_LL_OFF, SKF_NET_OFF, Meta, Program
from purepcap.bpf import opcodes as op
from purepcap.errors import OptionError
from conftest import CORPUS, needs_corpus, needs_oracle, needs_shared
from helpers import (
    accept_cases, accept_programs, apply_cases, corpus_packets, dlt_value, metas, oracle_programs,
    packets, random_meta, random_oracle_program, random_packet, random_wild_program, sample,
    steered_packets, wild_programs,
)

# -- conformance ------------------------------------------------------------------------------
@needs_oracle
@needs_shared
def test_apply_cases_give_libpcaps_results() -> None:
    checked = 0
    for case in apply_cases():
        f = oracle.read_packets(str(CORPUS / case["savefile"]))
        assert f.error is None, case["name"]
        for kind, optimize in (("opt", True), ("unopt", False)):
            insns, error = oracle.compile_expr(case["expr"], f.linktype, optimize=optimize,
                                               netmask=case["netmask"])
            if case[f"{kind}_error"] is not None:
                assert insns is None
                continue
            assert error is None, (case["name"], error)
            program = Program(insns)
            got = [program.run(p.data, p.wirelen) for p in f.packets]
            assert got == case[f"{kind}_results"], (case["name"], kind)
            checked += 1
    assert checked > 250


@needs_oracle
@needs_shared
def test_accept_programs_agree_with_bpf_filter_on_corpus_and_steered_packets() -> None:
    by_dlt = corpus_packets()
    runs = 0
    for _, case, insns in accept_programs():
        program = Program(insns)
        pkts = sample(by_dlt.get(dlt_value(case["dlt"]), []), 12)
        pkts += [(p, len(p) + 4) for p in steered_packets(insns, 6)]
        for data, wirelen in pkts:
            assert program.run(data, wirelen) == oracle.bpf_filter(insns, data, wirelen), case["name"]
            runs += 1
    assert runs > 40000


# -- random programs -----------------------------------------------------------------------------
@needs_oracle
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(oracle_programs(), packets, st.integers(0, 3000))
def test_random_programs_agree_with_bpf_filter(insns: list, data: bytes, extra: int) -> None:
    program = Program(insns)
    assert program.run(data) == oracle.bpf_filter(insns, data)
    assert program.run(data, len(data) + extra) == oracle.bpf_filter(insns, data, len(data) + extra)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(wild_programs(), packets, st.one_of(st.none(), metas()), st.one_of(st.none(), st.integers(0, 1 << 32)))
def test_never_raises_and_returns_u32(insns: list, data: bytes, meta: Meta | None, wirelen: int | None) -> None:
    value = Program(insns, validate=False).run(data, wirelen, meta)
    assert isinstance(value, int) and 0 <= value <= 0xFFFFFFFF


@needs_oracle
def test_random_sweep_agrees_with_bpf_filter() -> None:
    rng = random.Random(7)
    for _ in range(6000):
        insns = random_oracle_program(rng)
        program = Program(insns)
        for _ in range(3):
            data = random_packet(rng)
            wirelen = len(data) + rng.choice([0, 1, 1000])
            assert program.run(data, wirelen) == oracle.bpf_filter(insns, data, wirelen), insns


def test_random_sweep_never_raises() -> None:
    rng = random.Random(8)
    for _ in range(6000):
        program = Program(random_wild_program(rng), validate=False)
        data = random_packet(rng)
        for meta in (None, random_meta(rng)):
            value = program.run(data, None, meta)
            assert 0 <= value <= 0xFFFFFFFF


# -- edge cases, checked against libpcap -------------------------------------------------------------
RET_A = (0x16, 0, 0, 0)

EDGE_PROGRAMS = {
    "lsh k >= 32": [(0x00, 0, 0, 3), (0x64, 0, 0, 33), RET_A],
    "rsh k >= 32": [(0x00, 0, 0, 0xC0000000), (0x74, 0, 0, 65), RET_A],
    "lsh k = 2**32-1": [(0x00, 0, 0, 3), (0x64, 0, 0, 0xFFFFFFFF), RET_A],
    "lsh x = 32": [(0x00, 0, 0, 3), (0x01, 0, 0, 32), (0x6C, 0, 0, 0), RET_A],
    "rsh x = 31": [(0x00, 0, 0, 0x80000000), (0x01, 0, 0, 31), (0x7C, 0, 0, 0), RET_A],
    "div x = 0": [(0x00, 0, 0, 3), (0x3C, 0, 0, 0), (0x06, 0, 0, 7)],
    "mod x = 0": [(0x00, 0, 0, 3), (0x9C, 0, 0, 0), (0x06, 0, 0, 7)],
    "mod": [(0x00, 0, 0, 0xFFFFFFFF), (0x94, 0, 0, 7), RET_A],
    "neg": [(0x00, 0, 0, 5), (0x84, 0, 0, 0), RET_A],
    "neg 0x80000000": [(0x00, 0, 0, 0x80000000), (0x84, 0, 0, 0), RET_A],
    "mul wraps": [(0x00, 0, 0, 0xFFFFFFFF), (0x24, 0, 0, 0xFFFFFFFF), RET_A],
    "add wraps": [(0x00, 0, 0, 0xFFFFFFFF), (0x04, 0, 0, 2), RET_A],
    "sub wraps": [(0x00, 0, 0, 1), (0x14, 0, 0, 2), RET_A],
    "ind wrap word": [(0x01, 0, 0, 0xFFFFFFFF), (0x40, 0, 0, 1), RET_A],
    "ind wrap half": [(0x01, 0, 0, 0xFFFFFFFF), (0x48, 0, 0, 2), RET_A],
    "ind wrap byte": [(0x01, 0, 0, 0xFFFFFFFF), (0x50, 0, 0, 3), RET_A],
    "ind last byte": [(0x01, 0, 0, 2), (0x50, 0, 0, 3), RET_A],
    "abs last word": [(0x20, 0, 0, 2), RET_A],
    "abs huge": [(0x20, 0, 0, 0xFFFFFFFE), RET_A],
    "ancillary without aux data": [(0x30, 0, 0, SKF_AD_OFF + 48), (0x06, 0, 0, 9)],
    "vlan tag without aux data": [(0x30, 0, 0, SKF_AD_OFF + 44), (0x06, 0, 0, 9)],
    "net offset without aux data": [(0x28, 0, 0, SKF_NET_OFF), (0x06, 0, 0, 9)],
    "msh": [(0xB1, 0, 0, 1), (0x87, 0, 0, 0), RET_A],
    "msh out": [(0xB1, 0, 0, 6), (0x06, 0, 0, 9)],
    "pktlen": [(0x80, 0, 0, 0), RET_A],
    "ldx pktlen": [(0x81, 0, 0, 0), (0x87, 0, 0, 0), RET_A],
    "ret a": [(0x00, 0, 0, 0xDEADBEEF), RET_A],
    "jset": [(0x30, 0, 0, 1), (0x45, 0, 1, 0x40), (0x06, 0, 0, 1), (0x06, 0, 0, 2)],
    "jgt x": [(0x30, 0, 0, 1), (0x01, 0, 0, 0x45), (0x2D, 0, 1, 0), (0x06, 0, 0, 1), (0x06, 0, 0, 2)],
    "jge x": [(0x30, 0, 0, 1), (0x01, 0, 0, 0x45), (0x3D, 0, 1, 0), (0x06, 0, 0, 1), (0x06, 0, 0, 2)],
    "scratch": [(0x00, 0, 0, 5), (0x02, 0, 0, 15), (0x00, 0, 0, 0), (0x61, 0, 0, 15), (0x87, 0, 0, 0), RET_A],
    "backward ja": [(0x00, 0, 0, 0), (0x04, 0, 0, 1), (0x15, 1, 0, 3), (0x05, 0, 0, 0xFFFFFFFD), RET_A],
}


@pytest.mark.recorded
@pytest.mark.parametrize("name", sorted(EDGE_PROGRAMS))
@pytest.mark.parametrize("data", [b"", b"\x45\x01\x02\x03\x04", bytes(range(64))], ids=["empty", "5", "64"])
def test_edge_cases_agree_with_bpf_filter(name: str, data: bytes) -> None:
    insns = EDGE_PROGRAMS[name]
    assert Program(insns).run(data, len(data) + 3) == oracle.bpf_filter(insns, data, len(data) + 3)


@pytest.mark.recorded
def test_protochain_loops_agree_with_bpf_filter() -> None:
    insns, error = oracle.compile_expr("ip6 protochain 17", "RAW")
    assert error is None and any(c == 0x05 and k & 0x80000000 for c, _, _, k in insns)
    program = Program(insns)
    # IPv6, a chain of hop-by-hop / destination-options headers, then UDP
    for hops in range(0, 12):
        header = bytearray(40)
        header[0] = 0x60
        header[6] = 0 if hops else 17
        chain = bytearray()
        for i in range(hops):
            chain += bytes([60 if i < hops - 1 else 17, 0]) + bytes(6)
        for pkt in (bytes(header + chain + bytes(8)), bytes(header + chain[:-3])):
            assert program.run(pkt) == oracle.bpf_filter(insns, pkt)


def test_backward_jump_budget_ends_endless_loops() -> None:
    # ja to itself, and a two-instruction loop: libpcap 1.10.3 would never return
    assert Program([(0x05, 0, 0, 0xFFFFFFFF), (0x06, 0, 0, 1)]).run(b"abc") == 0
    looping = Program([(0x04, 0, 0, 1), (0x05, 0, 0, 0xFFFFFFFE), (0x06, 0, 0, 1)])
    assert looping.run(b"") == 0
    assert looping.run(bytes(1000)) == 0


@needs_oracle
@needs_corpus
def test_buffer_types_are_equivalent() -> None:
    insns, _ = oracle.compile_expr("tcp port 80", "EN10MB")
    program = Program(insns)
    for data, wirelen in sample(corpus_packets().get(1, []), 200):
        want = oracle.bpf_filter(insns, data, wirelen)
        assert program.run(bytearray(data), wirelen) == want
        assert program.run(memoryview(data), wirelen) == want
        assert program.run(memoryview(bytearray(data)).cast("c"), wirelen) == want
    with pytest.raises(TypeError):
        program.run("text")  # type: ignore[arg-type]
    with pytest.raises(OptionError):
        program.run(b"", -1)
    with pytest.raises(TypeError):
        program.run(b"", None, meta={"vlan_tci": 1})  # type: ignore[arg-type]


# -- Linux ancillary semantics (facts from net/core/filter.c) ------------------------------------------
def _anc(code: int, anc: int) -> Program:
    return Program([(code, 0, 0, SKF_AD_OFF + anc), RET_A], validate=False)


@pytest.mark.parametrize("field, anc, value, expect", [
    ("protocol", op.SKF_AD_PROTOCOL, 0x86DD, 0x86DD),
    ("pkttype", op.SKF_AD_PKTTYPE, 4, 4),
    ("ifindex", op.SKF_AD_IFINDEX, 7, 7),
    ("mark", op.SKF_AD_MARK, 0xFFFFFFFF, 0xFFFFFFFF),
    ("queue", op.SKF_AD_QUEUE, 3, 3),
    ("hatype", op.SKF_AD_HATYPE, 772, 772),
    ("rxhash", op.SKF_AD_RXHASH, 0x12345678, 0x12345678),
    ("cpu", op.SKF_AD_CPU, 1, 1),
    ("vlan_tci", op.SKF_AD_VLAN_TAG, 0x200A, 0x200A),
    ("vlan_present", op.SKF_AD_VLAN_TAG_PRESENT, True, 1),
    ("vlan_tpid", op.SKF_AD_VLAN_TPID, 0x88A8, 0x88A8),
    ("random", op.SKF_AD_RANDOM, 99, 99),
    ("pay_offset", op.SKF_AD_PAY_OFFSET, 54, 54),
])
@pytest.mark.parametrize("code", [0x20, 0x28, 0x30])
def test_ancillary_loads_ignore_size(field: str, anc: int, value: int, expect: int, code: int) -> None:
    program = _anc(code, anc)
    assert program.run(b"", meta=Meta(**{field: value})) == expect
    assert program.matcher()(b"", None, Meta(**{field: value})) == expect
    assert program.run(b"xxxx") == 0  # libpcap without aux data: an out-of-range load


def test_vlan_absent_and_xor_x() -> None:
    assert _anc(0x30, op.SKF_AD_VLAN_TAG_PRESENT).run(b"", meta=Meta()) == 0
    xor = Program([(0x00, 0, 0, 0xF0F0), (0x01, 0, 0, 0x0FF0), (0x20, 0, 0, SKF_AD_OFF + op.SKF_AD_ALU_XOR_X), RET_A])
    assert xor.run(b"", meta=Meta()) == 0xFF00
    assert xor.run(b"") == 0
    unknown = _anc(0x20, 2)
    assert unknown.run(b"", meta=Meta()) == 0


def test_netlink_attribute_search() -> None:
    def nla(kind: int, payload: bytes) -> bytes:
        length = 4 + len(payload)
        return length.to_bytes(2, "little") + kind.to_bytes(2, "little") + payload + bytes(-length % 4)

    inner = nla(1, b"ab") + nla(2, b"cdef")
    msg = bytes(16) + nla(5, b"xyz") + nla(7, inner) + nla(0x4000 | 9, b"q")  # NLA_F_NESTED on type 9
    find = Program([(0x00, 0, 0, 16), (0x01, 0, 0, 0), (0x20, 0, 0, SKF_AD_OFF + op.SKF_AD_NLATTR), RET_A],
                   validate=False)
    offsets = {}
    for kind in (5, 7, 9, 3):
        p = Program([(0x00, 0, 0, 16), (0x01, 0, 0, kind), (0x20, 0, 0, SKF_AD_OFF + op.SKF_AD_NLATTR), RET_A])
        offsets[kind] = p.run(msg, meta=Meta())
        assert p.matcher()(msg, None, Meta()) == offsets[kind]
    assert offsets == {5: 16, 7: 24, 9: 24 + 4 + len(inner), 3: 0}
    assert find.run(msg, meta=Meta()) == 0
    nest = Program([(0x00, 0, 0, 24), (0x01, 0, 0, 2), (0x20, 0, 0, SKF_AD_OFF + op.SKF_AD_NLATTR_NEST), RET_A])
    assert nest.run(msg, meta=Meta()) == 24 + 4 + 8
    assert nest.matcher()(msg, None, Meta()) == 24 + 4 + 8


def test_negative_offsets_and_kernel_indirect_wrap() -> None:
    data = bytes(range(40))
    net = Program([(0x28, 0, 0, SKF_NET_OFF + 2), RET_A])
    ll = Program([(0x30, 0, 0, SKF_LL_OFF + 5), RET_A])
    assert net.run(data, meta=Meta(net_offset=14)) == (16 << 8) | 17
    assert ll.run(data, meta=Meta()) == 5
    assert net.run(data) == 0 and ll.run(data) == 0
    wrap = Program([(0x01, 0, 0, 0xFFFFFFFF), (0x50, 0, 0, 3), RET_A])  # X + k wraps to 2
    assert wrap.run(data, meta=Meta()) == 2
    assert wrap.run(data) == 0  # libpcap does not wrap
    shift = Program([(0x00, 0, 0, 3), (0x01, 0, 0, 33), (0x6C, 0, 0, 0), RET_A])
    assert shift.run(b"", meta=Meta()) == 6  # the kernel masks the count
    assert shift.run(b"") == 0


@needs_oracle
@needs_shared
@pytest.mark.parametrize("expr", ["vlan", "vlan 10", "vlan and vlan"])
def test_linux_vlan_programs_on_stripped_frames_match_plain_programs_on_tagged_frames(expr: str) -> None:
    """libpcap's Linux-mode program (tag in metadata, as the kernel strips it) must decide
    like its plain program on the same frame with the tag still in the data."""
    cases = [c for c in accept_cases() if c["dlt"] == "EN10MB" and c["expr"] == expr]
    ext = next(c for c in cases if c["linux_ext"])
    plain_insns, error = oracle.compile_expr(expr, "EN10MB")
    assert error is None
    ext_program, plain_program = Program(ext["opt_insns"]), Program(plain_insns)
    ext_match = ext_program.matcher()
    frames = [data for data, _ in corpus_packets().get(1, [])]
    base = bytes(range(12)) + b"\x08\x00" + bytes(40)
    for vid in (10, 266, 4095, 0):  # 266 = 0x10a: a byte-sized load would see 10
        for pcp in (0, 5):
            frames.append(base[:12] + b"\x81\x00" + ((pcp << 13) | vid).to_bytes(2, "big") + base[12:])
    tagged = 0
    for frame in frames:
        if len(frame) >= 18 and frame[12:14] in (b"\x81\x00", b"\x88\xa8"):
            tci = int.from_bytes(frame[14:16], "big")
            stripped = frame[:12] + frame[16:]
            meta = Meta(vlan_present=True, vlan_tci=tci, vlan_tpid=int.from_bytes(frame[12:14], "big"))
            want = plain_program.run(frame)
            assert want == oracle.bpf_filter(plain_insns, frame)
            assert ext_program.run(stripped, meta=meta) == want
            assert ext_match(stripped, None, meta) == want
            tagged += 1
        elif len(frame) >= 14 and frame[12:14] not in (b"\x91\x00",):
            # untagged frame, no tag in metadata: both agree as well
            assert ext_program.run(frame, meta=Meta()) == plain_program.run(frame)
    assert tagged >= 8
