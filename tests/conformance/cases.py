"""Loading the conformance cases (``../shared/conformance/*.jsonl``).

The files are read-only project data; tests find them relative to the
repository root (``<repo>/../shared``).  Each case becomes a small frozen
record with a stable test id (``name[DLT]``, plus ``#n`` for the n-th case of
the same name and link type).
"""

from __future__ import annotations

import functools
import ipaddress
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["REPO_ROOT", "SHARED", "CONFORMANCE", "CORPUS", "AcceptCase", "RejectCase",
           "ApplyCase", "accept_cases", "reject_cases", "apply_cases", "netmask_int",
           "uses_test_names", "dlt_value", "data_available"]

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
CONFORMANCE = SHARED / "conformance"
CORPUS = SHARED / "corpus"

Insns = tuple  # tuple of (code, jt, jf, k)


def data_available() -> bool:
    return (CONFORMANCE / "accept.jsonl").is_file()


def netmask_int(netmask: str | None) -> int:
    """The netmask as purepcap takes it: 255.255.255.0 -> 0xffffff00; None -> unknown."""
    if netmask is None:
        return 0xFFFFFFFF  # PCAP_NETMASK_UNKNOWN
    return int(ipaddress.IPv4Address(netmask))


def uses_test_names(expr: str) -> bool:
    """Expressions naming hosts/networks under ``libpcap.test`` (must not hit the resolver)."""
    return "libpcap.test" in expr.lower()


def _insns(v: Any) -> Insns | None:
    if v is None:
        return None
    return tuple(tuple(int(x) for x in i) for i in v)


@functools.lru_cache(maxsize=None)
def dlt_value(name: str) -> int:
    """DLT number for a libpcap link-type name (libpcap's own table first)."""
    try:
        import oracle  # type: ignore[import-not-found]
        v = oracle.datalink_name_to_val(name)
        if v >= 0:
            return v
    except Exception:
        pass
    from purepcap import linktype
    return linktype.name_to_dlt(name)


@dataclass(frozen=True)
class AcceptCase:
    id: str
    name: str
    dlt: str
    expr: str
    snaplen: int
    netmask: str | None
    linux_ext: bool
    opt_insns: Insns | None
    opt_error: str | None
    unopt_insns: Insns | None
    unopt_error: str | None
    opt_listing: str = field(default="", repr=False)
    unopt_listing: str = field(default="", repr=False)


@dataclass(frozen=True)
class RejectCase:
    id: str
    name: str
    dlt: str
    expr: str
    netmask: str | None
    error: str | None
    opt_insns: Insns | None
    upstream_errstr: str | None


@dataclass(frozen=True)
class ApplyCase:
    id: str
    name: str
    savefile: str
    expr: str
    netmask: str | None
    opt_error: str | None
    opt_results: tuple | None
    unopt_error: str | None
    unopt_results: tuple | None

    @property
    def path(self) -> Path:
        return CORPUS / self.savefile


def _read(name: str) -> list[dict]:
    path = CONFORMANCE / name
    if not path.is_file():
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _ids(rows: list[dict], key) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for r in rows:
        base = key(r)
        n = seen.get(base, 0) + 1
        seen[base] = n
        out.append(base if n == 1 else f"{base}#{n}")
    return out


@functools.lru_cache(maxsize=None)
def accept_cases() -> tuple[AcceptCase, ...]:
    rows = _read("accept.jsonl")
    ids = _ids(rows, lambda r: f"{r['name']}[{r['dlt']}]")
    return tuple(AcceptCase(
        id=i, name=r["name"], dlt=r["dlt"], expr=r["expr"], snaplen=int(r["snaplen"]),
        netmask=r.get("netmask"), linux_ext=bool(r.get("linux_ext")),
        opt_insns=_insns(r.get("opt_insns")), opt_error=r.get("opt_error"),
        unopt_insns=_insns(r.get("unopt_insns")), unopt_error=r.get("unopt_error"),
        opt_listing=r.get("opt") or "", unopt_listing=r.get("unopt") or "",
    ) for i, r in zip(ids, rows))


@functools.lru_cache(maxsize=None)
def reject_cases() -> tuple[RejectCase, ...]:
    rows = _read("reject.jsonl")
    ids = _ids(rows, lambda r: f"{r['name']}[{r['dlt']}]")
    return tuple(RejectCase(
        id=i, name=r["name"], dlt=r["dlt"], expr=r["expr"], netmask=r.get("netmask"),
        error=r.get("error"), opt_insns=_insns(r.get("opt_insns")),
        upstream_errstr=r.get("upstream_errstr"),
    ) for i, r in zip(ids, rows))


@functools.lru_cache(maxsize=None)
def apply_cases() -> tuple[ApplyCase, ...]:
    rows = _read("apply.jsonl")
    ids = _ids(rows, lambda r: r["name"])
    return tuple(ApplyCase(
        id=i, name=r["name"], savefile=r["savefile"], expr=r["expr"], netmask=r.get("netmask"),
        opt_error=r.get("opt_error"),
        opt_results=tuple(r["opt_results"]) if r.get("opt_results") is not None else None,
        unopt_error=r.get("unopt_error"),
        unopt_results=tuple(r["unopt_results"]) if r.get("unopt_results") is not None else None,
    ) for i, r in zip(ids, rows))
