"""Shared helpers for the ``test_bpf_*`` modules, and the constant checks.

Helpers: the shared conformance files, corpus packets grouped by link type (read by
libpcap through the oracle), hypothesis strategies for programs and packets, and the
running kernel as a second oracle (``SO_ATTACH_FILTER`` on a UDP socket tells whether
Linux accepts a program; no privilege needed).

Tests here: every constant of :mod:`purepcap.bpf.opcodes` against the system's
``<linux/filter.h>`` and ``<linux/bpf_common.h>``.
"""

from __future__ import annotations

import ctypes
import functools
import json
import os
import re
import socket
import struct
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

import oracle
from purepcap.bpf import opcodes

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CONFORMANCE = SHARED / "conformance"
CORPUS = SHARED / "corpus"

needs_oracle = pytest.mark.skipif(not oracle.available(), reason="libpcap (test oracle) not installed")
needs_shared = pytest.mark.skipif(not CONFORMANCE.is_dir(), reason="../shared/conformance missing")


# -- conformance and corpus ---------------------------------------------------------------
@functools.lru_cache(maxsize=None)
def accept_cases() -> list[dict[str, Any]]:
    with open(CONFORMANCE / "accept.jsonl") as f:
        return [json.loads(line) for line in f if line.strip()]


@functools.lru_cache(maxsize=None)
def apply_cases() -> list[dict[str, Any]]:
    with open(CONFORMANCE / "apply.jsonl") as f:
        return [json.loads(line) for line in f if line.strip()]


def accept_programs() -> list[tuple[str, dict[str, Any], list[tuple[int, int, int, int]]]]:
    """(kind, case, insns) for every program libpcap produced in accept.jsonl."""
    out = []
    for case in accept_cases():
        for kind in ("opt", "unopt"):
            insns = case.get(f"{kind}_insns")
            if insns:
                out.append((kind, case, [tuple(i) for i in insns]))
    return out


@functools.lru_cache(maxsize=None)
def corpus_packets(per_file: int = 6) -> dict[int, list[tuple[bytes, int]]]:
    """DLT -> [(data, wirelen)], up to ``per_file`` packets of every readable corpus file."""
    by_dlt: dict[int, list[tuple[bytes, int]]] = {}
    for folder in ("tcpdump", "libpcap-filter"):
        directory = CORPUS / folder
        if not directory.is_dir():
            continue
        for name in sorted(os.listdir(directory)):
            f = oracle.read_packets(str(directory / name), limit=per_file)
            if f.linktype < 0:
                continue
            by_dlt.setdefault(f.linktype, []).extend((p.data, p.wirelen) for p in f.packets)
    return by_dlt


@functools.lru_cache(maxsize=None)
def dlt_value(name: str) -> int:
    return oracle.datalink_name_to_val(name)


def sample(items: list[Any], n: int) -> list[Any]:
    """A deterministic spread of at most n items."""
    if len(items) <= n:
        return list(items)
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def steered_packets(insns: list[tuple[int, int, int, int]], count: int = 8, size: int = 96) -> list[bytes]:
    """Packets that satisfy some of the program's ``ld [k]; jeq #v`` tests.

    Writes each tested constant at its load offset, in a few deterministic
    combinations, so the paths of a typical filter are taken (not only the first
    ``ret #0``)."""
    pairs = []
    for (code, _, _, k), nxt in zip(insns, insns[1:]):
        size_of = {0x20: 4, 0x28: 2, 0x30: 1}.get(code)
        if size_of and k + size_of <= size and nxt[0] in (0x15, 0x45):
            pairs.append((k, size_of, nxt[3]))
    out = []
    for i in range(count):
        buf = bytearray(size) if i % 2 == 0 else bytearray((j * 37 + i) & 0xFF for j in range(size))
        for j, (k, sz, v) in enumerate(pairs):
            if (j * 7 + i) % (i + 2) != 1:  # a different subset for each packet
                buf[k:k + sz] = (v & ((1 << (8 * sz)) - 1)).to_bytes(sz, "big")
        out.append(bytes(buf[: size - (i * 11) % size]))
    return out


# -- the kernel as an oracle for linux=True ---------------------------------------------------
class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


_SO_ATTACH_FILTER = 26


@functools.lru_cache(maxsize=None)
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def kernel_accepts(insns: list[tuple[int, int, int, int]]) -> bool:
    """Whether the running kernel's SO_ATTACH_FILTER takes the program."""
    raw = b"".join(struct.pack("=HBBI", *i) for i in insns)
    buf = ctypes.create_string_buffer(raw or b"\0" * 8)
    prog = _SockFprog(len(insns), ctypes.addressof(buf))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        rc = _libc().setsockopt(s.fileno(), socket.SOL_SOCKET, _SO_ATTACH_FILTER,
                                ctypes.byref(prog), ctypes.sizeof(prog))
    return rc == 0


def kernel_available() -> bool:
    try:
        return kernel_accepts([(6, 0, 0, 0)]) and not kernel_accepts([(0x64, 0, 0, 32), (6, 0, 0, 0)])
    except OSError:
        return False


# -- hypothesis strategies ---------------------------------------------------------------------
ORACLE_SAFE = sorted({
    0x06, 0x16, 0x20, 0x28, 0x30, 0x40, 0x48, 0x50, 0x80, 0x81, 0xB1, 0x00, 0x01,
    0x60, 0x61, 0x02, 0x03, 0x05, 0x15, 0x25, 0x35, 0x45, 0x1D, 0x2D, 0x3D, 0x4D,
    0x04, 0x14, 0x24, 0x34, 0x44, 0x54, 0x64, 0x74, 0x94, 0xA4,
    0x0C, 0x1C, 0x2C, 0x3C, 0x4C, 0x5C, 0x6C, 0x7C, 0x9C, 0xAC, 0x84, 0x07, 0x87,
})

interesting_k = st.one_of(
    st.integers(0, 40),
    st.integers(0, 0xFFFFFFFF),
    st.sampled_from([0, 1, 2, 3, 4, 15, 16, 31, 32, 33, 63, 64, 0x7FFFFFFF, 0x80000000,
                     0xFFFFFFFE, 0xFFFFFFFF, opcodes.SKF_AD_OFF, opcodes.SKF_NET_OFF,
                     opcodes.SKF_LL_OFF, opcodes.SKF_LL_OFF + 3, opcodes.SKF_NET_OFF + 2]),
    st.integers(0, 63).map(lambda a: opcodes.SKF_AD_OFF + a),
)


@st.composite
def oracle_programs(draw: st.DrawFn, max_body: int = 14) -> list[tuple[int, int, int, int]]:
    """Programs libpcap 1.10.3 can run safely: valid, only implemented opcodes, forward
    jumps, no division by constant 0, every scratch word written before it is read."""
    n = draw(st.integers(1, max_body))
    body: list[tuple[int, int, int, int]] = []
    for i in range(n):
        code = draw(st.sampled_from(ORACLE_SAFE))
        remaining = n - i - 1  # instructions after this one, the final ret included
        k = draw(interesting_k)
        jt = jf = 0
        if code in (0x60, 0x61, 0x02, 0x03):
            k = draw(st.integers(0, 15))
        elif code in (0x34, 0x94) and k == 0:
            k = 1
        elif code in (0x20, 0x28, 0x30, 0xB1):
            k = draw(st.one_of(st.integers(0, 48), interesting_k))
        elif code == 0x05:
            k = draw(st.integers(0, remaining))
        elif code & 0x07 == 0x05:
            jt = draw(st.integers(0, remaining))
            jf = draw(st.integers(0, remaining))
        body.append((code, jt, jf, k))
    body.append(draw(st.sampled_from([(0x06, 0, 0, 0), (0x06, 0, 0, 0xFFFF), (0x16, 0, 0, 0)])))
    slots = sorted({k for c, _, _, k in body if c in (0x60, 0x61)})
    prefix: list[tuple[int, int, int, int]] = []
    for slot in slots:
        prefix += [(0x00, 0, 0, draw(interesting_k)), (0x02, 0, 0, slot)]
    return prefix + body


@st.composite
def wild_programs(draw: st.DrawFn, max_len: int = 14) -> list[tuple[int, int, int, int]]:
    """Anything: invalid opcodes, backward and out-of-range jumps, huge scratch indexes."""
    n = draw(st.integers(1, max_len))
    out = []
    for i in range(n):
        code = draw(st.one_of(st.sampled_from(ORACLE_SAFE), st.integers(0, 0xFF), st.integers(0, 0xFFFF)))
        if code == 0x05 or code & 0x07 == 0x05:
            k = draw(st.one_of(st.integers(0, n), st.integers(0, 0xFFFFFFFF),
                               st.integers(1, i + 1).map(lambda b: (-b) & 0xFFFFFFFF)))
        else:
            k = draw(interesting_k)
        out.append((code, draw(st.integers(0, 255)) if draw(st.booleans()) else draw(st.integers(0, n)),
                    draw(st.integers(0, n)), k))
    return out


packets = st.one_of(st.binary(max_size=64), st.binary(min_size=40, max_size=80))


@st.composite
def metas(draw: st.DrawFn) -> Any:
    from purepcap.bpf import Meta

    u32 = st.integers(0, 0xFFFFFFFF)
    return Meta(protocol=draw(st.integers(0, 0xFFFF)), pkttype=draw(st.integers(0, 7)),
                ifindex=draw(u32), mark=draw(u32), queue=draw(st.integers(0, 0xFFFF)),
                hatype=draw(st.integers(0, 0xFFFF)), rxhash=draw(u32), cpu=draw(st.integers(0, 255)),
                vlan_tci=draw(st.integers(0, 0xFFFF)), vlan_present=draw(st.booleans()),
                vlan_tpid=draw(st.sampled_from([0, 0x8100, 0x88A8])), random=draw(u32),
                pay_offset=draw(st.integers(0, 100)), net_offset=draw(st.integers(0, 40)))


# -- tests: constants against the system headers ----------------------------------------------
def _header_defines(path: str) -> dict[str, int]:
    values: dict[str, int] = {}
    try:
        text = Path(path).read_text()
    except OSError:
        return values
    for name, value in re.findall(r"#define\s+(\w+)\s+\(?(-?0x[0-9a-fA-F]+|-?\d+)\)?\s*(?:/\*.*)?$", text, re.M):
        values[name] = int(value, 0)
    return values


HEADERS = {**_header_defines("/usr/include/linux/bpf_common.h"), **_header_defines("/usr/include/linux/filter.h")}


@pytest.mark.skipif(not HEADERS, reason="Linux kernel headers not installed")
@pytest.mark.parametrize("name", [n for n in opcodes.__all__
                                  if n.startswith(("BPF_", "SKF_")) and not callable(getattr(opcodes, n))])
def test_constant_matches_linux_header(name: str) -> None:
    if name not in HEADERS:
        pytest.skip(f"{name} is not a plain #define in the installed headers")
    assert getattr(opcodes, name) == HEADERS[name] & 0xFFFFFFFF


def test_ancillary_names_are_the_header_offsets() -> None:
    names = {v: k for k, v in HEADERS.items() if k.startswith("SKF_AD_") and k not in ("SKF_AD_OFF", "SKF_AD_MAX")}
    if not names:
        pytest.skip("Linux kernel headers not installed")
    assert set(opcodes.ANCILLARY_NAMES) == set(names)


# -- fast deterministic generators (plain random; for sweeps of many thousand programs) ------------
_SWEEP_KS = [0, 1, 2, 3, 4, 12, 14, 15, 16, 23, 31, 32, 33, 40, 63, 64, 0x7FFFFFFF, 0x80000000,
             0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFF000, 0xFFFFF000 + 44, 0xFFFFF000 + 48, 0xFFF00000,
             0xFFE00000, 0xFFE00003]


def _rand_k(rng: Any) -> int:
    r = rng.random()
    if r < 0.4:
        return rng.randrange(48)
    if r < 0.8:
        return rng.choice(_SWEEP_KS)
    return rng.randrange(1 << 32)


def random_oracle_program(rng: Any, max_body: int = 14) -> list[tuple[int, int, int, int]]:
    """The plain-random twin of :func:`oracle_programs` (same guarantees)."""
    n = rng.randint(1, max_body)
    body = []
    for i in range(n):
        code = rng.choice(ORACLE_SAFE)
        remaining = n - i - 1
        k = _rand_k(rng)
        jt = jf = 0
        if code in (0x60, 0x61, 0x02, 0x03):
            k = rng.randrange(16)
        elif code in (0x34, 0x94) and k == 0:
            k = 3
        elif code == 0x05:
            k = rng.randint(0, remaining)
        elif code & 0x07 == 0x05:
            jt, jf = rng.randint(0, remaining), rng.randint(0, remaining)
        body.append((code, jt, jf, k))
    body.append(rng.choice([(0x06, 0, 0, 0), (0x06, 0, 0, 0xFFFF), (0x16, 0, 0, 0)]))
    prefix = []
    for slot in sorted({k for c, _, _, k in body if c in (0x60, 0x61)}):
        prefix += [(0x00, 0, 0, _rand_k(rng)), (0x02, 0, 0, slot)]
    return prefix + body


def random_wild_program(rng: Any, max_len: int = 14) -> list[tuple[int, int, int, int]]:
    """The plain-random twin of :func:`wild_programs`."""
    n = rng.randint(1, max_len)
    out = []
    for i in range(n):
        r = rng.random()
        code = rng.choice(ORACLE_SAFE) if r < 0.8 else rng.randrange(0x100) if r < 0.95 else rng.randrange(0x10000)
        if code & 0x07 == 0x05 and rng.random() < 0.3:
            k = (-rng.randint(1, i + 1)) & 0xFFFFFFFF
        elif code & 0x07 == 0x05:
            k = rng.randint(0, n)
        else:
            k = _rand_k(rng)
        out.append((code, rng.randint(0, n), rng.randint(0, n) if rng.random() < 0.9 else rng.randrange(256), k))
    return out


def random_packet(rng: Any) -> bytes:
    return bytes(rng.randrange(256) for _ in range(rng.choice([0, 1, 3, 8, 20, 40, 60, 80])))


def random_meta(rng: Any) -> Any:
    from purepcap.bpf import Meta

    return Meta(protocol=rng.randrange(1 << 16), pkttype=rng.randrange(8), ifindex=rng.randrange(1 << 32),
                mark=rng.randrange(1 << 32), queue=rng.randrange(1 << 16), hatype=rng.randrange(1 << 16),
                rxhash=rng.randrange(1 << 32), cpu=rng.randrange(64), vlan_tci=rng.randrange(1 << 16),
                vlan_present=rng.random() < 0.5, vlan_tpid=rng.choice([0, 0x8100, 0x88A8]),
                random=rng.randrange(1 << 32), pay_offset=rng.randrange(80), net_offset=rng.randrange(40))
