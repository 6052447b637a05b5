"""The optimizer (purepcap.filter.optimize) against libpcap 1.10.3's programs.

Expected verdicts always come from libpcap: its unoptimized program (which the
optimizer must never disagree with, truncated packets included), its optimized
program where 1.10.3 is right, or, for 1.10.3's own optimizer bugs, from packets
built here whose verdict follows from the filter's meaning.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import oracle
from purepcap.errors import FilterError
from purepcap.filter.optimize import EMPTY_FILTER_MESSAGE, optimize

from conformance import corpus, interp, synth
from conformance.cases import dlt_value
from conftest import CONFORMANCE, needs_oracle, shared_params
from conftest import needs_shared as needs_data

ACCEPT = CONFORMANCE / "accept.jsonl"

# 1.10.3 optimizes ``jset #0xffffffff`` as always true (fixed upstream in 2026):
# these filters are *not* empty, whatever 1.10.3 says.
LIBPCAP_JSET_BUG = {"link[0:1] & 0xFFFFFFFF == 0", "link[0:2] & 0xFFFFFFFF == 0",
                    "link[0:4] & 0xFFFFFFFF == 0"}

META = dict(synth._META_DEFAULTS)

ETH_HDR = bytes(6) + bytes.fromhex("020000000001")


def run(insns, data: bytes, wirelen: int | None = None, meta=None) -> int:
    return interp.run([tuple(i) for i in insns], data, wirelen, meta)


def verdicts(insns, packets, with_meta: bool) -> list[int]:
    if not with_meta and oracle.available():
        lib = oracle._lib()
        arr = oracle._insn_array([tuple(i) for i in insns])
        return [int(lib.bpf_filter(arr, p.data, p.wirelen, len(p.data))) for p in packets]
    out = []
    ins = [tuple(i) for i in insns]
    for p in packets:
        meta = (p.meta_dict() or META) if with_meta else None
        out.append(interp.run(ins, p.data, p.wirelen, meta))
    return out


def opt_or_empty(insns):
    try:
        return optimize(insns)
    except FilterError as e:
        assert str(e) == EMPTY_FILTER_MESSAGE
        return None


@lru_cache(maxsize=1)
def accept_cases() -> tuple:
    rows = []
    with open(ACCEPT) as fh:
        for line in fh:
            c = json.loads(line)
            if c["unopt_insns"] is not None:
                rows.append(c)
    return tuple(rows)


def unopt(expr: str, dlt=1, netmask=None):
    insns, err = oracle.compile_expr(expr, dlt, optimize=False, netmask=netmask)
    assert err is None, err
    return insns


def packets(programs, dlt: int, with_meta: bool = False):
    pk = list(corpus.packets_for_dlt(dlt))
    pk += synth.synthesize([tuple(map(tuple, p)) for p in programs if p],
                           seeds=corpus.seed_packets(dlt), linux_ext=with_meta, max_runs=300)
    if with_meta:
        pk = [p if p.meta else synth.SynthPacket(p.data, p.wirelen, tuple(sorted(META.items())))
              for p in pk]
    return pk


# ---------------------------------------------------------------------------
# soundness over the conformance cases


def _by_dlt() -> dict:
    groups = defaultdict(list)
    for c in accept_cases():
        groups[c["dlt"]].append(c)
    return groups


@needs_oracle
@needs_data
@pytest.mark.parametrize("dlt_name", shared_params(lambda: sorted(_by_dlt())))
def test_same_verdicts_as_unoptimized(dlt_name):
    """optimize(unopt) returns what unopt returns on real and branch-targeted packets."""
    dlt = dlt_value(dlt_name)
    problems = []
    for c in _by_dlt()[dlt_name]:
        u = [tuple(i) for i in c["unopt_insns"]]
        o = opt_or_empty(u)
        prog = o if o is not None else [(0x06, 0, 0, 0)]
        lib = [tuple(i) for i in c["opt_insns"]] if c["opt_insns"] else None
        pk = packets([u, prog] + ([lib] if lib else []), dlt, c["linux_ext"])
        vu = verdicts(u, pk, c["linux_ext"])
        vo = verdicts(prog, pk, c["linux_ext"])
        bad = [p for p, a, b in zip(pk, vu, vo) if a != b]
        if bad:
            problems.append((c["expr"], bad[0]))
        if lib is not None:
            # Where we and libpcap's optimized program differ, libpcap's optimizer changed
            # the verdict (it drops loads that may fail; 1.10.3's jset bug): ours is the
            # unoptimized program's answer.
            vl = verdicts(lib, pk, c["linux_ext"])
            for a, b, d in zip(vu, vo, vl):
                if b != d:
                    assert a == b != d
    assert not problems, problems[:5]


@needs_oracle
@needs_data
def test_size_against_libpcap():
    """Total no larger than 1.10.3's; a longer program on at most 5% of the cases."""
    total_ours = total_lib = same = smaller = larger = 0
    for c in accept_cases():
        u = [tuple(i) for i in c["unopt_insns"]]
        o = opt_or_empty(u)
        if c["opt_error"]:
            if c["expr"] in LIBPCAP_JSET_BUG:
                assert o is not None
            else:
                assert o is None, c["expr"]
            continue
        assert o is not None, c["expr"]
        lib = [tuple(i) for i in c["opt_insns"]]
        total_ours += len(o)
        total_lib += len(lib)
        if o == lib:
            same += 1
        elif len(o) < len(lib):
            smaller += 1
        elif len(o) > len(lib):
            larger += 1
        assert len(o) <= len(u)
        assert oracle.bpf_validate(o), c["expr"]
    n = sum(1 for c in accept_cases() if not c["opt_error"])
    print(f"\noptimizer size: {n} cases, ours {total_ours} vs libpcap {total_lib} insns; "
          f"identical {same / n:.1%}, smaller {smaller / n:.1%}, larger {larger / n:.1%}")
    assert total_ours <= total_lib
    assert larger <= 0.05 * n


@needs_oracle
@needs_data
def test_longer_only_where_libpcap_changes_a_verdict():
    """Every case where our program is longer than 1.10.3's: its shorter program answers
    differently from its own unoptimized one on some (short or truncated) packet, or is
    wrong outright (jset bug).  Our extra instructions are loads that guard those packets."""
    for c in accept_cases():
        if c["opt_error"]:
            continue
        u = [tuple(i) for i in c["unopt_insns"]]
        o = optimize(u)
        lib = [tuple(i) for i in c["opt_insns"]]
        if len(o) <= len(lib):
            continue
        pk = packets([u, lib, o], dlt_value(c["dlt"]), c["linux_ext"])
        pk += [synth.SynthPacket(p.data[:cut], p.wirelen, p.meta)
               for p in pk[:300] for cut in range(min(len(p.data), 80))]
        vu = verdicts(u, pk, c["linux_ext"])
        assert vu == verdicts(o, pk, c["linux_ext"])
        assert vu != verdicts(lib, pk, c["linux_ext"]), (c["dlt"], c["expr"])


@needs_oracle
@needs_data
def test_real_packets_match_libpcap_optimized():
    """On whole real packets (no truncation involved), libpcap's optimized verdicts."""
    checked = 0
    for c in accept_cases():
        if c["opt_error"] or c["linux_ext"]:
            continue
        dlt = dlt_value(c["dlt"])
        pk = [p for p in corpus.packets_for_dlt(dlt) if p.wirelen == len(p.data)]
        if not pk:
            continue
        o = optimize([tuple(i) for i in c["unopt_insns"]])
        lib = [tuple(i) for i in c["opt_insns"]]
        vo, vl = verdicts(o, pk, False), verdicts(lib, pk, False)
        vu = verdicts(c["unopt_insns"], pk, False)
        for p, a, b, u in zip(pk, vo, vl, vu):
            if a != b:
                # only where libpcap's own optimizer disagrees with its unoptimized code
                assert a == u != b, (c["expr"], p)
        checked += 1
    assert checked > 1000


# ---------------------------------------------------------------------------
# libpcap optimizer bugs


@needs_oracle
@needs_data
def test_bug_434_unsigned_0x80000000():
    # len >= 0x80000000 & 0x80000000  -> len >= 0x80000000: false for real packets
    # len < 0 | 0x80000000            -> len < 0x80000000: true   => accept everything
    expr = "len >= 2147483648 & 2147483648 or len < 0 | 2147483648"
    u = unopt(expr)
    o = optimize(u)
    for n in (1, 14, 60, 1514, 65535):
        data = bytes(n)
        assert run(u, data) == 262144
        assert run(o, data) == 262144
    # and with a huge wire length, the first clause is the true one
    assert run(o, bytes(20), 0x80000000) == run(u, bytes(20), 0x80000000) == 262144
    assert run(o, bytes(20), 0x7FFFFFFF) == 262144
    expr2 = "len <= 4294967295 & 2147483647 and len > 2147483647 + 0"
    u2, o2 = unopt(expr2), opt_or_empty(unopt(expr2))
    # len <= 0x7fffffff and len > 0x7fffffff: impossible; libpcap 1.10.3 still compiles
    # it (it folds the constants only after its jump threading), so do we, to ret #0
    assert o2 == [(0x06, 0, 0, 0)]


@pytest.mark.recorded
def test_bug_437_division_by_0xffffffff():
    expr = "(1 = 0) || (2147483648 / 4294967295 = 0) and (0 & 4294967295 = 0)"
    u = unopt(expr)
    o = optimize(u)
    # false or (0 == 0 and 0 == 0): every packet, and no load: one return
    assert o == [(0x06, 0, 0, 262144)]
    assert run(u, b"") == 262144


@pytest.mark.recorded
def test_shifts_and_wraparound_fold_exactly():
    for expr, accept in [
        ("1 == 1 and 1 << 31 = 0x80000000 and 3 << 31 = 0x80000000", True),
        ("2147483648 >> 11 = 1048576 and 4294967295 << 31 = 2147483648", True),
        ("4294967295 + 1 = 0", True),
        ("0 - 1 = 4294967295", True),
        ("4294967295 * 4294967295 = 1", True),
        ("4294967295 / 2 = 2147483647", True),
        ("4294967295 % 65536 = 65535", True),
        ("2147483648 > 2147483647", True),
        ("2147483647 > 2147483648", False),
        ("1 << 31 > 0", True),
        ("1/2=1/3&&1>4/5&&1>6/7", True),   # libpcap #1699 (newer than 1.10.3)
    ]:
        u = unopt(expr)
        o = opt_or_empty(u)
        if accept:
            assert o is not None and len(o) == 1 and o[0][3] != 0, expr
            assert run(u, bytes(40)) != 0
        else:
            assert o is None, expr
            assert run(u, bytes(40)) == 0


def test_constant_zero_divisor_in_x_is_refused():
    # ld #4; ldx #0; div x; ret a: libpcap 1.10.3's optimizer refuses such a filter
    prog = [(0x00, 0, 0, 4), (0x01, 0, 0, 0), (0x3C, 0, 0, 0), (0x16, 0, 0, 0)]
    with pytest.raises(FilterError, match="division by zero"):
        optimize(prog)
    prog[2] = (0x9C, 0, 0, 0)
    with pytest.raises(FilterError, match="modulus by zero"):
        optimize(prog)


@pytest.mark.recorded
@pytest.mark.parametrize("expr", ["15 % (14 >> 21) = 1", "ip[0] / (1 - 1) = 1",
                                  "ip[0] << (40 - 1) = 1", "ip[0] >> (16 * 2) = 1"])
def test_refusals_match_libpcap(expr):
    import oracle
    from purepcap.filter import compile_insns
    insns, err = oracle.compile_expr(expr, "EN10MB", optimize=True)
    assert insns is None and err
    with pytest.raises(FilterError) as exc:
        compile_insns(expr, "EN10MB", optimize=True)
    assert err in str(exc.value)


def test_division_by_zero_is_not_folded():
    # a K divisor of 0 and a modulo, behind a test: the instruction stays
    prog = [(0x30, 0, 0, 0), (0x15, 0, 3, 1), (0x00, 0, 0, 7), (0x94, 0, 0, 0),
            (0x16, 0, 0, 0), (0x06, 0, 0, 9)]
    o = optimize(prog)
    for data in (b"\x01", b"\x02", b""):
        assert run(o, data) == run(prog, data)


def test_shift_by_32_or_more_is_left_alone():
    # A << 32 and A << X (X = 40) are interpreter-defined; the optimizer must not fold them
    prog = [(0x00, 0, 0, 1), (0x64, 0, 0, 32), (0x15, 0, 1, 0), (0x06, 0, 0, 1), (0x06, 0, 0, 2)]
    o = optimize(prog)
    assert any(code == 0x64 and k == 32 for code, _, _, k in o)
    assert run(o, b"") == run(prog, b"")
    # A constant, X = 40: libpcap 1.10.3's optimizer folds 1 << 40 to 0, which is what
    # its interpreter computes for lsh x with X > 31; so do we
    prog = [(0x00, 0, 0, 1), (0x01, 0, 0, 40), (0x6C, 0, 0, 0), (0x15, 0, 1, 0),
            (0x06, 0, 0, 5), (0x06, 0, 0, 0)]
    assert optimize(prog) == [(0x06, 0, 0, 5)]
    assert run(prog, b"") == 5
    # A not constant: libpcap 1.10.3's optimizer refuses the filter, so do we
    prog = [(0x30, 0, 0, 0), (0x01, 0, 0, 40), (0x6C, 0, 0, 0), (0x16, 0, 0, 0)]
    with pytest.raises(FilterError, match="shift by more than 31 bits"):
        optimize(prog)


@pytest.mark.recorded
def test_jset_0xffffffff_is_a_nonzero_test():
    # 1.10.3 optimizes these to "rejects all packets" / "accept all"; the filter means
    # "the first byte (half-word, word) is zero" / "... is not zero".
    for size in (1, 2, 4):
        u = unopt(f"link[0:{size}] & 0xFFFFFFFF == 0", "RAW")
        o = optimize(u)
        zero, nonzero = bytes(8), b"\x45" + bytes(7)
        assert run(o, zero) == run(u, zero) != 0
        assert run(o, nonzero) == run(u, nonzero) == 0
        u = unopt(f"link[0:{size}] & 0xFFFFFFFF != 0", "RAW")
        o = optimize(u)
        assert run(o, zero) == 0
        assert run(o, nonzero) != 0
    # hand-written: jset #0xffffffff true iff A != 0
    prog = [(0x30, 0, 0, 0), (0x45, 0, 1, 0xFFFFFFFF), (0x06, 0, 0, 1), (0x06, 0, 0, 2)]
    o = optimize(prog)
    assert run(o, b"\x00") == 2 and run(o, b"\x80") == 1 and run(o, b"") == 0


@pytest.mark.recorded
def test_jset_0_is_always_false():
    u = unopt("link[0] & 0 != 0", "RAW")
    with pytest.raises(FilterError, match="rejects all packets"):
        optimize(u)
    prog = [(0x30, 0, 0, 0), (0x45, 0, 1, 0), (0x06, 0, 0, 1), (0x06, 0, 0, 2)]
    o = optimize(prog)
    assert run(o, b"\xff") == 2 and run(o, b"") == 0  # the load still guards short packets


def test_store_read_after_jt_equals_jf_survives():
    """libpcap #1670: a block whose both branches meet must keep stores read later."""
    prog = [
        (0x30, 0, 0, 0),         # 0 ldb [0]
        (0x02, 0, 0, 0),         # 1 st M[0]
        (0x30, 0, 0, 1),         # 2 ldb [1]
        (0x15, 0, 0, 5),         # 3 jeq #5 jt 4 jf 4
        (0x60, 0, 0, 0),         # 4 ld M[0]
        (0x15, 0, 1, 7),         # 5 jeq #7
        (0x06, 0, 0, 1),         # 6 ret #1
        (0x06, 0, 0, 0),         # 7 ret #0
    ]
    o = optimize(prog)
    for data, want in ((b"\x07\x05", 1), (b"\x07\x00", 1), (b"\x06\x05", 0), (b"\x07", 0)):
        assert run(prog, data) == want
        assert run(o, data) == want
    # the store is read on one path only
    prog = [
        (0x30, 0, 0, 0),         # 0 ldb [0]
        (0x02, 0, 0, 3),         # 1 st M[3]
        (0x30, 0, 0, 1),         # 2 ldb [1]
        (0x15, 0, 2, 5),         # 3 jeq #5 jt 4 jf 6
        (0x60, 0, 0, 3),         # 4 ld M[3]
        (0x15, 1, 2, 7),         # 5 jeq #7 jt 7 jf 8
        (0x00, 0, 0, 7),         # 6 ld #7   (kills A, not M[3])
        (0x16, 0, 0, 0),         # 7 ret a
        (0x06, 0, 0, 0),         # 8 ret #0
    ]
    o = optimize(prog)
    for data in (b"\x07\x05", b"\x06\x05", b"\x07\x01", b"\x00\x00", b"\x07"):
        assert run(o, data) == run(prog, data)


def _geneve_arp() -> bytes:
    inner = bytes(6) + bytes.fromhex("020000000002") + b"\x08\x06" + bytes(28)
    gen = bytes([0x00, 0x00, 0x65, 0x58]) + bytes(4)  # ver 0, opt len 0, proto 0x6558
    udp = (6081).to_bytes(2, "big") + (6081).to_bytes(2, "big") + (8 + len(gen) + len(inner)).to_bytes(2, "big") + bytes(2)
    total = 20 + len(udp) + len(gen) + len(inner)
    ip = bytes([0x45, 0]) + total.to_bytes(2, "big") + bytes(4) + bytes([64, 17]) + bytes(2) + \
        bytes([10, 0, 0, 1, 10, 0, 0, 2])
    return ETH_HDR + b"\x08\x00" + ip + udp + gen + inner


@pytest.mark.recorded
def test_encapsulation_scratch_registers():
    """#1670 family (vxlan is newer than 1.10.3; geneve keeps its offsets in M[])."""
    pkt = _geneve_arp()
    for expr, want in (("geneve and arp", True), ("geneve and ip", False),
                       ("geneve and not arp", False), ("geneve 0 and arp", True)):
        u = unopt(expr)
        o = optimize(u)
        assert bool(run(u, pkt)) is want, expr
        assert bool(run(o, pkt)) is want, expr
        assert len(o) < len(u)
        for cut in range(0, len(pkt), 7):
            assert run(o, pkt[:cut], len(pkt)) == run(u, pkt[:cut], len(pkt)), (expr, cut)


@needs_oracle
def test_bug_112_terminates():
    """libpcap #112: or-pullup and jump threading undo each other forever."""
    expr = ("(ip[12:4] = 0x0a0a0a0a or ip[16:4] = 0x0a0a0a0a) and "
            "(not ((ip[12:4] = 0x0a0a0a0b or ip[16:4] = 0x0a0a0a0b)))")
    u = unopt(expr)
    o = optimize(u)
    src = ETH_HDR + b"\x08\x00" + bytes([0x45]) + bytes(11)
    for a, b, want in ((b"\x0a\x0a\x0a\x0a", b"\x01\x01\x01\x01", True),
                       (b"\x01\x01\x01\x01", b"\x0a\x0a\x0a\x0a", True),
                       (b"\x0a\x0a\x0a\x0a", b"\x0a\x0a\x0a\x0b", False),
                       (b"\x0a\x0a\x0a\x0b", b"\x0a\x0a\x0a\x0a", False),
                       (b"\x01\x01\x01\x01", b"\x01\x01\x01\x01", False)):
        pkt = src + a + b
        assert bool(run(u, pkt)) is want
        assert bool(run(o, pkt)) is want
    pk = packets([u, o], 1)
    assert verdicts(u, pk, False) == verdicts(o, pk, False)


@pytest.mark.recorded
def test_truncated_packets_keep_the_unoptimized_verdict():
    """libpcap drops loads nobody uses; a short packet then flips from reject to accept."""
    u = unopt("ip dst net 0.0.0.0/0", "RAW")
    lib, _ = oracle.compile_expr("ip dst net 0.0.0.0/0", "RAW")
    o = optimize(u)
    short = bytes([0x45]) + bytes(10)   # IPv4 version nibble, no destination address
    assert oracle.bpf_filter(u, short) == 0
    assert oracle.bpf_filter(lib, short) != 0  # 1.10.3's optimizer changed the answer
    assert run(o, short) == 0
    assert run(o, bytes([0x45]) + bytes(19)) != 0
    # or-chain regrouping never moves a test across one that may fail
    u = unopt("host 10.0.0.1 or host 10.0.0.2 or host 10.0.0.3")
    o = optimize(u)
    base = ETH_HDR + b"\x08\x00" + bytes([0x45]) + bytes(11) + bytes([10, 0, 0, 2])
    for cut in range(len(base) - 6, len(base) + 8):
        data = (base + bytes(20))[:cut]
        assert run(o, data) == run(u, data), cut


@needs_oracle
def test_linux_ancillary_loads():
    cases = [c for c in accept_cases() if c["linux_ext"]] if ACCEPT.exists() else []
    for c in cases:
        u = [tuple(i) for i in c["unopt_insns"]]
        o = opt_or_empty(u)
        if o is None:
            continue
        for tag_present in (0, 1):
            for tag in (0, 10, 20, 0x1000 | 10):
                meta = {**META, 48: tag_present, 44: tag}
                for data in (ETH_HDR + b"\x08\x00" + bytes(40), ETH_HDR + b"\x81\x00\x00\x0a\x08\x00" + bytes(40)):
                    assert run(o, data, None, meta) == run(u, data, None, meta), c["expr"]
    # SKF_AD_RANDOM is a new value at every load: two loads never compare equal by construction
    rnd = 0xFFFFF000 + 56
    prog = [(0x20, 0, 0, rnd), (0x07, 0, 0, 0), (0x20, 0, 0, rnd), (0x1D, 0, 1, 0),
            (0x06, 0, 0, 1), (0x06, 0, 0, 0)]
    o = optimize(prog)
    assert sum(1 for code, _, _, k in o if code == 0x20 and k == rnd) == 2
    # a stable ancillary value loaded twice is loaded once
    ifx = 0xFFFFF000 + 8
    prog = [(0x20, 0, 0, ifx), (0x15, 0, 3, 2), (0x20, 0, 0, ifx), (0x15, 0, 1, 2),
            (0x06, 0, 0, 1), (0x06, 0, 0, 0)]
    o = optimize(prog)
    assert o == [(0x20, 0, 0, ifx), (0x15, 0, 1, 2), (0x06, 0, 0, 1), (0x06, 0, 0, 0)]


# ---------------------------------------------------------------------------
# size on a long host list, layout of long jumps


@needs_oracle
@needs_data
def test_host_list_long_jumps():
    n = 200
    expr = " or ".join(f"host 10.1.{i // 250}.{i % 250 + 1}" for i in range(n))
    u = unopt(expr)
    lib, _ = oracle.compile_expr(expr, 1)
    o = optimize(u)
    assert len(o) <= len(lib)   # 1.10.3: 960
    assert oracle.bpf_validate(o)
    assert any(code == 0x05 and k > 0 for code, _, _, k in o) or \
        sum(1 for code, _, _, k in o if code == 0x06 and k) > 1   # far targets were reached
    pk = packets([u], 1)
    for i in (0, 1, 57, 123, 199):
        ip = bytes([10, 1, i // 250, i % 250 + 1])
        for src, dst in ((ip, bytes(4)), (bytes(4), ip)):
            pk.append(synth.SynthPacket(
                ETH_HDR + b"\x08\x00" + bytes([0x45]) + bytes(11) + src + dst + bytes(8), 42))
        arp = ETH_HDR + b"\x08\x06" + bytes(14) + ip + bytes(10) + bytes(4)
        pk.append(synth.SynthPacket(arp, len(arp)))
    vu, vo = verdicts(u, pk, False), verdicts(o, pk, False)
    assert vu == vo
    assert sum(map(bool, vo)) >= 15


def test_bails_out_on_programs_it_does_not_understand():
    weird = [(0x15, 0, 0, 1), (0xFFFF, 0, 0, 0), (0x06, 0, 0, 1)]
    assert optimize(weird) == weird
    out_of_range = [(0x15, 5, 0, 1), (0x06, 0, 0, 1)]
    assert optimize(out_of_range) == out_of_range


def test_empty_filter_message():
    with pytest.raises(FilterError) as exc:
        optimize([(0x06, 0, 0, 0)])
    assert str(exc.value) == "expression rejects all packets"
    with pytest.raises(FilterError):
        # every path returns 0 (a failing load returns 0 too)
        optimize([(0x30, 0, 0, 3), (0x15, 0, 1, 1), (0x06, 0, 0, 0), (0x06, 0, 0, 0)])


# ---------------------------------------------------------------------------
# proving "expression rejects all packets" where libpcap 1.10.3 does (fuzz finds)


def _refuses_as_libpcap(expr: str, dlt_name: str, libpcap_proves: bool = True) -> None:
    """libpcap's optimizer says the filter is empty (or, with ``libpcap_proves`` false,
    its optimized program accepts none of the packets either), its unoptimized program
    accepts none of the packets (real and branch-targeted), and ours says it is empty."""
    dlt = dlt_value(dlt_name)
    insns, err = oracle.compile_expr(expr, dlt, optimize=True)
    u = unopt(expr, dlt)
    if libpcap_proves:
        assert insns is None and err == EMPTY_FILTER_MESSAGE, (insns, err)
    else:
        assert not any(verdicts(insns, packets([u, insns], dlt), False))
    assert not any(verdicts(u, packets([u], dlt), False))
    with pytest.raises(FilterError) as exc:
        optimize(u)
    assert str(exc.value) == EMPTY_FILTER_MESSAGE


@needs_oracle
@needs_data
@pytest.mark.parametrize("expr, dlt_name", [
    ("0 * slip[53] = 29171", "EN10MB"),        # 0 * X: the load of [53] may fail, still 0
    ("0 & igrp[075:4] ^ 0x8d54 >= 14057 / 12", "LINUX_SLL"),   # 0 & X
    ("0 << ip[1] = 1", "EN10MB"),              # 0 << X
    ("0 / ip[1] = 1", "EN10MB"),               # 0 / X: 0, or the program ends (with 0)
    ("0 % ip[1] = 1", "EN10MB"),
])
def test_zero_accumulator_identities(expr, dlt_name):
    _refuses_as_libpcap(expr, dlt_name)


@needs_oracle
@needs_data
def test_zero_plus_x_is_x():
    # 0 + ip[1] is ip[1] (txa): then ip[1] = 5 and ip[1] = 6 cannot both hold.  libpcap
    # 1.10.3 does not see it (its ld [15] and ld [x + 14] are different values), so it
    # compiles the filter, and so do we: to a program that matches nothing
    expr = "0 + ip[1] = 5 and ip[1] = 6"
    insns, err = oracle.compile_expr(expr, 1, optimize=True)
    assert err is None
    u = unopt(expr)
    assert not any(verdicts(insns, packets([u, insns], 1), False))
    assert optimize(u) == [(0x06, 0, 0, 0)]


def test_zero_accumulator_identities_keep_failing_statements():
    # ld #0; ldx [x]...: 0 / X where X may be 0 stays (it ends the program then)
    prog = [(0x30, 0, 0, 0), (0x07, 0, 0, 0), (0x00, 0, 0, 0), (0x3C, 0, 0, 0),
            (0x15, 0, 1, 0), (0x06, 0, 0, 7), (0x06, 0, 0, 0)]
    o = optimize(prog)
    assert any(code == 0x3C for code, _, _, _ in o)
    for data in (b"\x00", b"\x05", b""):
        assert run(o, data) == run(prog, data)
    # ld #0; add x -> txa: same verdicts
    prog = [(0x30, 0, 0, 0), (0x07, 0, 0, 0), (0x00, 0, 0, 0), (0x0C, 0, 0, 0),
            (0x15, 0, 1, 9), (0x06, 0, 0, 7), (0x06, 0, 0, 0)]
    o = optimize(prog)
    for data in (b"\x09", b"\x05", b""):
        assert run(o, data) == run(prog, data)


@needs_oracle
@needs_data
@pytest.mark.parametrize("expr", [
    "ip proto 28 and tcp port 62480",
    "(tcp and udp portrange 406-1379)",
    "arp src and dst net 136.132.170.144/30 and ip6 host fe80::1",
    "1 >= ip[63:2] and 7 = ip6[18:2]",
    "(ip proto \\udp) and icmp6",
])
def test_value_sets_survive_joins(expr):
    # ARCNET: ``ldb [2]`` is 0xd4 or 0xf0 after the IP test's join; a later
    # ``jeq #0xc4`` (IPv6) is then always false
    _refuses_as_libpcap(expr, "ARCNET")


def test_value_domains_are_sound():
    # the domain algebra against brute force over a small universe: a domain holds every
    # value consistent with the branches taken; decisions hold for all of them; a join
    # holds the values of both sides
    import random

    from purepcap.filter.optimize import (JEQ, JGE, JGT, JSET, _ddecide, _dmerge,
                                          _drestrict, _test)
    size = 40

    def members(d):
        s, lo, hi, n = d
        return {x for x in range(size)
                if (s is None or x in s) and lo <= x <= hi and x not in n}

    def walk(rng):
        d, truth = (None, 0, size - 1, frozenset()), set(range(size))
        for _ in range(rng.randint(1, 5)):
            op, c, sense = rng.choice((JEQ, JGT, JGE, JSET)), rng.randrange(size), rng.random() < .5
            d = _drestrict(d, op, c, sense)
            truth = {x for x in truth if _test(op, x, c) == sense}
            assert truth <= members(d), (d, truth)
        return d, truth

    rng = random.Random(7)
    for _ in range(3000):
        d, truth = walk(rng)
        if truth:
            for op in (JEQ, JGT, JGE, JSET):
                for c in range(size):
                    r = _ddecide(d, op, c)
                    assert r is None or all(_test(op, x, c) == r for x in truth)
        d2, truth2 = walk(rng)
        m = _dmerge(d, d2)
        assert m is None or (truth | truth2) <= members(m)


def _all_bytes(prog, o):
    for data in [b""] + [bytes((v,)) for v in range(256)]:
        assert run(o, data) == run(prog, data), data


def test_value_set_facts():
    # [0] in {3, 5} after a join: "jgt #5" is false, "jeq #4" false, "jset #1" true
    for code, k in ((0x25, 5), (0x15, 4), (0x45, 1)):
        prog = [(0x30, 0, 0, 0), (0x15, 1, 0, 3), (0x15, 0, 3, 5),
                (code, 0, 1, k), (0x06, 0, 0, 1), (0x06, 0, 0, 2), (0x06, 0, 0, 0)]
        o = optimize(prog)
        assert not any(c == code and kk == k for c, _, _, kk in o[3:]), o
        assert len(o) < len(prog)
        _all_bytes(prog, o)


def test_negative_and_range_facts():
    # [0] != 7 (false edge of jeq #7), then jeq #7 again is false; [0] > 10 then jge #5 true
    prog = [(0x30, 0, 0, 0), (0x15, 3, 0, 7), (0x07, 0, 0, 0), (0x30, 0, 0, 1),
            (0x1D, 0, 1, 0), (0x06, 0, 0, 0), (0x87, 0, 0, 0), (0x15, 1, 0, 7),
            (0x06, 0, 0, 1), (0x06, 0, 0, 2)]
    o = optimize(prog)
    assert len(o) < len(prog)
    for data in (b"", b"\x07", b"\x07\x07", b"\x01\x01", b"\x01\x02", b"\x07\x01"):
        assert run(o, data) == run(prog, data)
    prog = [(0x30, 0, 0, 0), (0x25, 0, 3, 10), (0x35, 0, 1, 5), (0x06, 0, 0, 1),
            (0x06, 0, 0, 2), (0x06, 0, 0, 3)]
    o = optimize(prog)
    assert not any(c == 0x35 for c, _, _, _ in o), o
    _all_bytes(prog, o)
    # [0] < 4 (false edge of jgt #3): the 1-byte value is one of 0..3, jset #4 is false
    prog = [(0x30, 0, 0, 0), (0x25, 3, 0, 3), (0x45, 0, 1, 4), (0x06, 0, 0, 1),
            (0x06, 0, 0, 2), (0x06, 0, 0, 3)]
    o = optimize(prog)
    assert not any(c == 0x45 for c, _, _, _ in o), o
    _all_bytes(prog, o)


@needs_oracle
@needs_data
def test_constant_shift_by_32_or_more_in_x():
    # (seeds 7, 28 of the differential fuzz)
    # libpcap folds 1 << 40 (A constant) to 0 instead of refusing, as its interpreter
    # computes it: "= 1" is empty, "= 0" accepts everything
    _refuses_as_libpcap("1 << (20+20) = 1", "EN10MB")
    _refuses_as_libpcap("190 << 4 + (40) >= 5 or rarp src host 127.0.0.1", "FRELAY")
    assert optimize(unopt("1 << (20+20) = 0", 1)) == [(0x06, 0, 0, 262144)]
    # libpcap compiles this one; we keep the shift and agree with the unoptimized program
    expr = "tcp-cwr >> 19 * 216 == icmp[7:1]"
    insns, err = oracle.compile_expr(expr, 1, optimize=True)
    assert err is None
    u = unopt(expr, 1)
    o = optimize(u)
    pk = packets([u, o], 1)
    assert verdicts(u, pk, False) == verdicts(o, pk, False)


@pytest.mark.recorded
def test_chain_regrouping_keeps_a_barriers_load():
    # (fuzz seed 39) ``src or dst port 61651 && arp or udp portrange 1207-2609 or snp``
    # on IEEE802: after the port tests, a block ``ld [64]; ld [62]; jge #1207`` follows
    # ``ld [62]; jeq #61651``: A is [62] again, but the dead load of [64] may fail and must
    # stay.  A 64-byte IPv6/UDP packet with [62:2] = 1207: the unoptimized program fails
    # on [64] and rejects it.
    expr = "src or dst port 61651 && arp or udp portrange 1207-2609 or snp"
    u = unopt(expr, 6, netmask=0xFFFFFF00)
    d = bytearray(64)
    d[20:22] = b"\x86\xdd"
    d[28] = 17
    d[62:64] = (1207).to_bytes(2, "big")
    d = bytes(d)
    assert run(u, d) == 0
    assert run(optimize(u), d) == 0


@pytest.mark.recorded
@pytest.mark.parametrize("expr, dlt_name, err", [
    # the shift is in code only ``greater 0`` (always true) makes unreachable: libpcap's
    # optimizer does not know len >= 0 and refuses the filter
    ("greater 0 or not ether[32] >> 2 ^ 16500 | tcpflags != -126", "IEEE802_11_RADIO",
     "shift by more than 31 bits"),
    # 39 % (7 % 7) is in code behind a constant false test: libpcap never evaluates it
    ("39 % 7 % 7 = tcp[49]", "IPV6", EMPTY_FILTER_MESSAGE),
    ("rarp[42:1] << 27 ^ 0x96ca < pim[0x0]", "FRELAY", EMPTY_FILTER_MESSAGE),
    ("udp[26] << 0x7 ^ icmp6-neighborsolicit != icmp[49:2] / 3 or icmp && "
     "ip net 170.133.23.113 mask 255.255.255.255", "LOOP", None),
])
def test_refusals_in_code_libpcap_finds_unreachable(expr, dlt_name, err):
    from purepcap.filter import compile_insns
    insns, lerr = oracle.compile_expr(expr, dlt_name, optimize=True)
    assert lerr == err
    if err is None:
        compile_insns(expr, dlt_name, optimize=True)
        return
    with pytest.raises(FilterError) as exc:
        compile_insns(expr, dlt_name, optimize=True)
    assert str(exc.value) == err


# ---------------------------------------------------------------------------
# property: random filters, optimized == unoptimized

_byte = st.integers(0, 255)
_off = st.integers(0, 40)
_port = st.sampled_from([22, 53, 80, 443, 6081, 65535])
_prims = st.one_of(
    st.sampled_from(["ip", "ip6", "arp", "rarp", "tcp", "udp", "icmp", "vlan", "mpls",
                     "tcp[tcpflags] & tcp-syn != 0", "ip multicast", "ether broadcast",
                     "ip[6:2] & 0x1fff = 0", "geneve", "pppoes", "llc", "icmp6"]),
    st.builds("host 10.0.0.{}".format, st.integers(1, 4)),
    st.builds("src net 10.{}.0.0/16".format, st.integers(0, 2)),
    st.builds("port {}".format, _port),
    st.builds("tcp dst port {}".format, _port),
    st.builds("portrange {}-{}".format, _port, _port),
    st.builds("vlan {}".format, st.integers(1, 3)),
    st.builds("ip proto {}".format, st.sampled_from([1, 6, 17, 47])),
    st.builds("len > {}".format, st.sampled_from([0, 60, 100, 0x7FFFFFFF, 0xFFFFFFFF])),
    st.builds("ip[{}] & {} = {}".format, _off, _byte, _byte),
    st.builds("ether[{}] = {}".format, _off, _byte),
    st.builds("ip[{}:2] > {}".format, _off, st.integers(0, 0xFFFF)),
    st.builds("ip[{}] + ip[{}] = {}".format, _off, _off, st.integers(0, 510)),
    st.builds("ip[{}] * 3 - 1 > {}".format, _off, st.integers(0, 800)),
    st.builds("ip[{}] / {} = {}".format, _off, st.integers(1, 9), _byte),
    st.builds("tcp[{}:2] % {} = {}".format, _off, st.integers(1, 9), st.integers(0, 8)),
    st.builds("ip[{}] << {} = {}".format, _off, st.integers(0, 31), st.integers(0, 1020)),
    st.builds("ip[{}] >> {} = ip[{}]".format, _off, st.integers(0, 7), _off),
    st.builds("ip[{}] & 0x80 != 0 and ip[{}] ^ {} = {}".format, _off, _off, _byte, _byte),
    st.builds("udp[{}:4] = {}".format, _off, st.sampled_from([0, 0x80000000, 0xFFFFFFFF])),
)
_exprs = st.recursive(
    _prims,
    lambda inner: st.one_of(
        st.builds("({}) and ({})".format, inner, inner),
        st.builds("({}) or ({})".format, inner, inner),
        st.builds("not ({})".format, inner),
    ),
    max_leaves=6,
)

@needs_oracle
@needs_data
@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(_exprs)
def test_random_filters_keep_their_verdicts(expr):
    u, err = oracle.compile_expr(expr, 1, optimize=False)
    if err:
        return
    o = opt_or_empty(u)
    prog = o if o is not None else [(0x06, 0, 0, 0)]
    pk = packets([u, prog], 1)
    assert verdicts(u, pk, False) == verdicts(prog, pk, False), expr
    assert len(prog) <= len(u)


# ---------------------------------------------------------------------------
# property: random raw programs (not only gencode's shapes), optimized == original

_K = st.sampled_from([0, 1, 2, 3, 4, 7, 12, 14, 31, 32, 33, 0xFF, 0x800, 0x7FFFFFFF,
                      0x80000000, 0x80000001, 0xFFFFFFFE, 0xFFFFFFFF])
_OFF = st.integers(0, 24)
_stmt = st.one_of(
    st.tuples(st.sampled_from([0x20, 0x28, 0x30]), _OFF),        # ld/ldh/ldb [k]
    st.tuples(st.sampled_from([0x40, 0x48, 0x50]), _OFF),        # ld [x + k]
    st.tuples(st.just(0xB1), _OFF),                              # ldxb 4*([k]&0xf)
    st.tuples(st.sampled_from([0x00, 0x01]), _K),                # ld #k, ldx #k
    st.tuples(st.sampled_from([0x80, 0x81]), st.just(0)),        # ld len, ldx len
    st.tuples(st.sampled_from([0x60, 0x61, 0x02, 0x03]), st.integers(0, 3)),  # mem
    st.tuples(st.sampled_from([0x04, 0x14, 0x24, 0x34, 0x44, 0x54, 0x64, 0x74, 0x94, 0xA4,
                               0x0C, 0x1C, 0x2C, 0x3C, 0x4C, 0x5C, 0x6C, 0x7C, 0x9C, 0xAC]),
              _K),                                               # alu k / x
    st.tuples(st.just(0x84), st.just(0)),                        # neg
    st.tuples(st.sampled_from([0x07, 0x87]), st.just(0)),        # tax, txa
    st.tuples(st.just(0x20), st.sampled_from([0xFFFFF000 + 8, 0xFFFFF000 + 48])),  # anc
)
_block = st.tuples(st.lists(_stmt, max_size=4),
                   st.sampled_from([0x15, 0x25, 0x35, 0x45, 0x1D, 0x2D, 0x3D, 0x4D, 0x06, 0x16]),
                   _K, st.integers(1, 4), st.integers(1, 4), st.sampled_from([0, 1, 2, 0x40]))

def _assemble(blocks):
    """Random blocks -> a valid program (forward jumps only, fixed tail of returns)."""
    starts, pc = [], 0
    for stmts, *_ in blocks:
        starts.append(pc)
        pc += len(stmts) + 1
    rets = [pc, pc + 1]
    prog = []
    for i, (stmts, term, k, dt, df, rk) in enumerate(blocks):
        prog += [(c, 0, 0, kk) for c, kk in stmts]
        here = len(prog)

        def tgt(d):
            j = i + d
            return starts[j] if j < len(blocks) else rets[(i + d) % 2]
        if term in (0x06, 0x16):
            prog.append((term, 0, 0, rk))
        else:
            jt, jf = tgt(dt) - here - 1, tgt(df) - here - 1
            prog.append((term, jt, jf, k))
    prog += [(0x06, 0, 0, 0), (0x06, 0, 0, 1)]
    return prog

@settings(max_examples=250, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_block, min_size=1, max_size=8),
       st.lists(st.binary(min_size=0, max_size=40), min_size=4, max_size=8))
def test_random_programs_keep_their_verdicts(blocks, datas):
    prog = _assemble(blocks)
    o = opt_or_empty(prog)
    metas = [None, {8: 2, 48: 1}]
    datas = datas + [bytes(range(40)), b"\xff" * 40, bytes(40)]
    for data in datas:
        for meta in metas:
            for wl in (None, len(data) + 100):
                want = run(prog, data, wl, meta)
                got = run(o, data, wl, meta) if o is not None else 0
                assert got == want, (prog, o, data, meta, wl)


@pytest.mark.recorded
@pytest.mark.parametrize("expr,dlt", [("ip proto 256", "RAW"), ("vpi 256", "SUNATM"),
                                      ("wlan dir 4", "IEEE802_11"), ("ether proto 65536", "EN10MB")])
def test_out_of_range_constants_compile_like_libpcap(expr, dlt):
    # libpcap 1.10.3 compiles these (its optimizer does not use value ranges); a filter
    # must not become an error here just because we see further: we return a program
    # that matches nothing, and libpcap's own program matches nothing either.
    import oracle
    from purepcap.filter import compile_insns
    theirs, err = oracle.compile_expr(expr, dlt, optimize=True)
    if theirs is None:
        pytest.skip(f"libpcap rejects {expr!r} on {dlt}: {err}")
    ours = compile_insns(expr, dlt, optimize=True)
    assert ours == [(0x06, 0, 0, 0)]
    for n in (0, 1, 20, 64, 200):
        for fill in (0x00, 0x01, 0xFF):
            assert oracle.bpf_filter(theirs, bytes([fill]) * n) == 0


@pytest.mark.recorded
def test_contradictions_libpcap_proves_empty_are_errors():
    import oracle
    from purepcap.filter import compile_insns
    for expr in ("ip proto 6 and ip proto 17", "tcp and udp"):
        insns, err = oracle.compile_expr(expr, "RAW", optimize=True)
        assert insns is None and err == EMPTY_FILTER_MESSAGE
        with pytest.raises(FilterError, match=EMPTY_FILTER_MESSAGE):
            compile_insns(expr, "RAW", optimize=True)


TYPICAL = ["port 53 and (udp or tcp)", "src host 1.2.3.4 and dst port 443",
           "tcp port 80 and (((ip[2:2] - ((ip[0]&0xf)<<2)) - ((tcp[12]&0xf0)>>2)) != 0)",
           "tcp dst port 8080 and tcp[((tcp[12:1] & 0xf0) >> 2):4] = 0x47455420",
           "not (arp or icmp)", "vlan 10 or vlan 20", "ether multicast and not ether broadcast"]


@needs_oracle
@needs_data
@pytest.mark.parametrize("expr", TYPICAL)
def test_typical_filters_no_longer_than_libpcap(expr):
    # Blocks from which every path rejects become "ret #0" (a load in them that fails
    # would reject too), so dead-end loads libpcap's optimizer drops cost us nothing.
    from conformance import harness
    from purepcap.filter import compile_insns
    theirs, err = oracle.compile_expr(expr, "EN10MB", optimize=True)
    unopt, err2 = oracle.compile_expr(expr, "EN10MB", optimize=False)
    assert err is None and err2 is None
    ours = compile_insns(expr, "EN10MB", optimize=True)
    assert len(ours) <= len(theirs)
    v = harness.check_program(unopt, ours, 1)
    assert v.ok, v.detail
