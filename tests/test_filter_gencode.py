"""The code generator and assembler against libpcap 1.10.3.

The strongest check available: for every conformance case whose constructs
are implemented, our *unoptimized* program must be byte-identical to
libpcap's ``unopt_insns`` (same blocks, same order, same scratch registers).
Errors must agree too.  Verdicts are checked on the packets of ``apply.jsonl`` and, for
expressions libpcap accepts in ``reject.jsonl``, on the corpus packets of the
link type.

Expected values come from libpcap: the conformance files, or the oracle.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from typing import Optional

import pytest

import oracle
from purepcap.errors import FilterError
from purepcap.filter import Resolver, compile, compile_insns
from purepcap.filter.assemble import assemble
from purepcap.filter.cfg import Block, Registers, Stmt, gen_and, gen_not, gen_or
from purepcap.filter.gencode import CodeGen
from purepcap.filter.qual import Q_DST, Q_IP, Q_NET, Q_PORT, Q_SRC, Q_TCP, Qual
from purepcap.linktype import name_to_dlt

from conftest import CONFORMANCE, CORPUS, needs_oracle
from conftest import needs_shared as needs_data

CONF = CONFORMANCE

#: no DNS: /etc files only (the ~200 names under libpcap.test stay unknown, fast)
RESOLVER = Resolver(use_system=False)



def _load(name: str) -> list[dict]:
    with open(CONF / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _compile(expr: str, dlt, snaplen: int = 262144, netmask: Optional[str] = None,
             linux_ext: bool = False) -> tuple[Optional[list], Optional[str]]:
    try:
        return compile_insns(expr, dlt, snaplen, False, netmask, linux_ext, RESOLVER), None
    except FilterError as e:
        return None, str(e)


def _same_error(ours: str, theirs: str) -> bool:
    # the parser adds a caret line to libpcap's syntax/scanner messages
    return ours.split(" at column ")[0] == theirs or ours == theirs


# -- conformance: accept.jsonl --------------------------------------------------------

@needs_data
def test_accept_unoptimized_programs_are_byte_identical() -> None:
    counts: Counter[str] = Counter()
    mismatches = []
    for d in _load("accept.jsonl"):
        got, err = _compile(d["expr"], d["dlt"], d["snaplen"], d["netmask"], d["linux_ext"])
        want = d["unopt_insns"]
        if want is None:
            counts["libpcap error"] += 1
            if err is None or not _same_error(err, d["unopt_error"]):
                mismatches.append((d["dlt"], d["expr"], err, d["unopt_error"]))
        elif got == [tuple(x) for x in want]:
            counts["identical"] += 1
        else:
            mismatches.append((d["dlt"], d["expr"], err, "different program"))
    supported = counts["identical"] + counts["libpcap error"] + len(mismatches)
    print(f"\naccept.jsonl: {counts['identical']} byte-identical, "
          f"{counts['libpcap error']} same error, "
          f"{len(mismatches)} mismatches of {supported} supported")
    assert not mismatches, mismatches[:20]
    assert counts["identical"] > 1000


@needs_data
def test_reject_cases_agree_on_verdict_and_message() -> None:
    counts: Counter[str] = Counter()
    wrong = []
    for d in _load("reject.jsonl"):
        got, err = _compile(d["expr"], d["dlt"], netmask=d["netmask"])
        want_err = d["error"]
        if want_err is None:
            counts["both accept" if err is None else "we reject"] += 1
            if err is not None:
                wrong.append((d["dlt"], d["expr"], err, None))
        elif want_err == "expression rejects all packets":
            counts["optimizer"] += 1  # only the optimizer proves these empty
        elif err is None:
            wrong.append((d["dlt"], d["expr"], None, want_err))
        else:
            counts["both reject"] += 1
            if not _same_error(err, want_err):
                wrong.append((d["dlt"], d["expr"], err, want_err))
    print(f"\nreject.jsonl: {dict(counts)}; {len(wrong)} disagreements")
    assert not wrong, wrong[:20]


# -- verdicts -------------------------------------------------------------------------

def _run(insns: list, pkt) -> int:
    return oracle.bpf_filter(list(insns), pkt.data, pkt.wirelen)


@needs_data
@needs_oracle
def test_apply_results_match_libpcap() -> None:
    checked = 0
    for d in _load("apply.jsonl"):
        f = oracle.read_packets(str(CORPUS / d["savefile"]))
        got, err = _compile(d["expr"], f.linktype, 262144, d["netmask"])
        if d["unopt_error"] is not None:
            assert err is not None and _same_error(err, d["unopt_error"]), (d["expr"], err)
            continue
        assert got is not None, (d["expr"], err)
        results = [_run(got, p) for p in f.packets]
        assert results == d["unopt_results"], (d["savefile"], d["expr"])
        checked += 1
    assert checked > 50


@lru_cache(maxsize=None)
def _corpus_packets() -> dict[int, list]:
    by_dlt: dict[int, list] = {}
    for folder in ("tcpdump", "libpcap-filter"):
        for path in sorted((CORPUS / folder).iterdir()):
            f = oracle.read_packets(str(path), limit=40)
            if f.linktype >= 0 and len(by_dlt.setdefault(f.linktype, [])) < 300:
                by_dlt[f.linktype].extend(f.packets)
    return by_dlt


@needs_data
@needs_oracle
def test_reject_file_accepted_expressions_filter_like_libpcap() -> None:
    packets = _corpus_packets()
    checked = 0
    for d in _load("reject.jsonl"):
        if d["error"] is not None:
            continue
        got, err = _compile(d["expr"], d["dlt"], netmask=d["netmask"])
        assert got is not None, (d["dlt"], d["expr"], err)
        for p in packets.get(name_to_dlt(d["dlt"]), [])[:200]:
            assert _run(got, p) == _run(d["opt_insns"], p), (d["dlt"], d["expr"])
            checked += 1
    print(f"\n{checked} packet verdicts compared")


@needs_oracle
@pytest.mark.parametrize("dlt", ["EN10MB", "IEEE802_11_RADIO", "PPI", "RAW", "LINUX_SLL", "FDDI"])
def test_long_jumps_match_libpcap(dlt: str) -> None:
    # branches farther than 255 instructions need libpcap's extra "ja"
    exprs = [
        " or ".join(f"host 10.0.0.{i}" for i in range(40)),
        " and ".join(f"not ip6 host ::{i}" for i in range(30)),
        "(" + " or ".join(f"tcp port {i}" for i in range(25)) + ") and udp",
    ]
    for expr in exprs:
        want, err = oracle.compile_expr(expr, dlt, 262144, False, None)
        assert err is None
        assert compile_insns(expr, dlt, optimize=False, resolver=RESOLVER) == want
        assert any(code == 0x05 for code, _jt, _jf, _k in want)  # a ja was needed


@pytest.mark.recorded
@pytest.mark.parametrize("expr", [
    "tcp port 80", "ip6 and udp portrange 1000-2000", "host 192.168.1.1 and not arp",
    "ether src 00:11:22:33:44:55", "ip[2:2] - 20 > len / 2", "icmp6[0] == 135",
    "protochain 6", "ip6 protochain 58", "net 172.16.0.0/12", "ip multicast or ip6 multicast",
    "broadcast", "less 60 or greater 1500", "tcp[13] & 0x12 == 0x12", "decnet src 1.2",
])
@pytest.mark.parametrize("dlt", ["EN10MB", "IEEE802_11_RADIO", "PRISM_HEADER", "PPI", "PFLOG",
                                 "NULL", "LINUX_SLL2", "IPV6", "ARCNET", "C_HDLC", "SUNATM"])
def test_programs_match_oracle(expr: str, dlt: str) -> None:
    want, want_err = oracle.compile_expr(expr, dlt, 262144, False, None)
    got, err = _compile(expr, dlt)
    if want_err is not None:
        assert err == want_err
    else:
        assert err is None, err
        assert got == want


# -- the pieces -----------------------------------------------------------------------

def _leaf(k: int) -> Block:
    return Block(0x15, k, [Stmt(0x30, k)])  # ldb [k]; jeq #k


def test_and_or_not_build_libpcaps_graph() -> None:
    # "a and not (b or c)": libpcap's listing, by hand from tcpdump -d
    a, b, c = _leaf(1), _leaf(2), _leaf(3)
    gen_or(b, c)
    gen_not(c)
    gen_and(a, c)
    gen = CodeGen(1)
    root = gen.finish(c)
    assert assemble(root) == [
        (0x30, 0, 0, 1), (0x15, 0, 5, 1),
        (0x30, 0, 0, 2), (0x15, 3, 0, 2),
        (0x30, 0, 0, 3), (0x15, 1, 0, 3),
        (0x06, 0, 0, 262144), (0x06, 0, 0, 0),
    ]


def test_empty_expression_accepts_everything() -> None:
    gen = CodeGen(1, snaplen=1234)
    assert assemble(gen.finish(None)) == [(0x06, 0, 0, 1234)]


def test_snaplen_zero_is_an_error() -> None:
    with pytest.raises(FilterError, match="snaplen of 0 rejects all packets"):
        CodeGen(1, snaplen=0)


def test_registers_round_robin_and_exhaustion() -> None:
    regs = Registers()
    assert [regs.alloc() for _ in range(3)] == [0, 1, 2]
    regs.free(0)
    assert regs.alloc() == 3  # continues from the last one, as libpcap
    for _ in range(12):
        regs.alloc()
    assert regs.alloc() == 0  # wraps to the freed one
    with pytest.raises(FilterError, match="too many registers needed to evaluate expression"):
        regs.alloc()


def test_builder_methods_directly() -> None:
    gen = CodeGen(name_to_dlt("EN10MB"))
    b = gen.ncode("10.1", 0, Qual(Q_NET, Q_IP, Q_SRC))
    b2 = gen.ncode(None, 22, Qual(Q_PORT, Q_TCP, Q_DST))
    insns = assemble(gen.finish(gen.and_(b, b2)))
    want, err = oracle.compile_expr("ip src net 10.1 and tcp dst port 22", 1, 262144, False, None) \
        if oracle.available() else (None, None)
    if want is not None:
        assert insns == want
    assert insns[-2:] == [(0x06, 0, 0, 262144), (0x06, 0, 0, 0)]


def test_unknown_and_unsupported_link_types() -> None:
    with pytest.raises(FilterError, match="unknown data link type 3"):
        CodeGen(3)
    gen = CodeGen(name_to_dlt("USB_LINUX"))
    with pytest.raises(FilterError, match="USB link-layer type filtering not implemented"):
        gen.proto_abbrev(Q_IP)


def test_compile_returns_a_program() -> None:
    prog = compile("udp", "RAW", snaplen=100, optimize=False)
    assert list(prog.insns)[-2:] == [(6, 0, 0, 100), (6, 0, 0, 0)]


class _NoNames:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def host(self, name):
        self.asked.append(name)
        return []

    def network(self, name):
        return 0

    def port(self, name, proto):
        return None

    def protocol(self, name):
        return None

    def ether(self, name):
        return None


def test_names_go_through_the_given_resolver() -> None:
    r = _NoNames()
    with pytest.raises(FilterError, match="unknown host 'a.libpcap.test'"):
        compile_insns("host a.libpcap.test", resolver=r)
    assert r.asked == ["a.libpcap.test"]
    with pytest.raises(FilterError, match="unknown port 'nosuch'"):
        compile_insns("port nosuch", resolver=r)
    with pytest.raises(FilterError, match="unknown network 'nosuch'"):
        compile_insns("net nosuch", resolver=r)
    with pytest.raises(FilterError, match="unknown ether host 'nosuch'"):
        compile_insns("ether host nosuch", resolver=r)


def test_host_names_with_both_families() -> None:
    class Both(_NoNames):
        def host(self, name):
            return [bytes([10, 0, 0, 1]), bytes(15) + b"\x01"]

    got = compile_insns("host dual", "EN10MB", optimize=False, resolver=Both())
    want = compile_insns("host 10.0.0.1 or host ::1", "EN10MB", optimize=False, resolver=Both())
    assert got == want
    # without a link-layer type field, "host" means ip / ip6 only
    got = compile_insns("host dual", "RAW", optimize=False, resolver=Both())
    want = compile_insns("ip host 10.0.0.1 or ip6 host ::1", "RAW", optimize=False)
    assert got == want
