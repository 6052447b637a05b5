"""The project's own small captures (``tests/data``), read end to end.

``tools/make_test_data.py`` builds the packets by hand from the protocol
specifications and writes them with purepcap's writers; the expectations here
(which packet is TCP, ARP, tagged ...) follow from that construction.  These files
exist on every clone, so the reader, the capture handle, the filter compiler and
the command are exercised on real files without ``../shared``.  Where libpcap,
tcpdump or tshark are installed the same files are also compared with them
(libpcap's answers are recorded, see ``oracle.py``).
"""

from __future__ import annotations

import functools
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import oracle
from conftest import DATA, REPO, needs_tcpdump, tcpdump_path
from helpers import TrickleStream, compare_with_oracle, epoch_text, tshark_frames
import purepcap
from purepcap.errors import SavefileTruncated
from purepcap.savefile import open_reader

PCAPS = ["mixed-usec.pcap", "mixed-nsec.pcap"]
ALL = PCAPS + ["two-links.pcapng", "truncated.pcap"]


@functools.lru_cache(maxsize=1)
def gen() -> ModuleType:
    """tools/make_test_data.py, imported from its path (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("make_test_data", REPO / "tools" / "make_test_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_test_data", module)
    spec.loader.exec_module(module)
    return module


def frames() -> list[Any]:
    return gen().ethernet_frames()


def usec(ts: int) -> int:
    return ts // 1000 * 1000


def expected(name: str) -> list[tuple[int, int, int, bytes]]:
    """(ts, caplen, wirelen, data) of every packet of a pcap file, from the generator."""
    fs = frames()
    if name == "truncated.pcap":
        fs = fs[:-1]
    stamps = [gen().timestamp(i) for i in range(len(fs))]
    if name != "mixed-nsec.pcap":
        stamps = [usec(t) for t in stamps]
    return [(t, len(f.data), len(f.data), f.data) for t, f in zip(stamps, fs)]


def read(source: Any) -> list[tuple[int, int, int, bytes]]:
    with open_reader(source) as r:
        return [(p.ts, p.caplen, p.wirelen, bytes(p.data)) for p in r]


# -- the files themselves ------------------------------------------------------------------------

def test_regenerating_gives_byte_identical_files() -> None:
    built = gen().build()
    assert sorted(built) == sorted(ALL)
    for name, data in built.items():
        assert (DATA / name).read_bytes() == data, f"tests/data/{name} is stale: run tools/make_test_data.py"


def test_generator_check_mode_agrees(tmp_path: Path) -> None:
    script = str(REPO / "tools" / "make_test_data.py")
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    assert subprocess.run([sys.executable, script, "--check", str(DATA)], env=env,
                          capture_output=True, timeout=120).returncode == 0
    assert subprocess.run([sys.executable, script, "--check", str(tmp_path)], env=env,
                          capture_output=True, timeout=120).returncode == 1
    assert subprocess.run([sys.executable, script, str(tmp_path)], env=env,
                          capture_output=True, timeout=120).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(ALL)


def test_the_data_stays_small() -> None:
    assert sum((DATA / name).stat().st_size for name in ALL) < 50_000


def test_the_packets_cover_the_protocols() -> None:
    tags = set().union(*(f.tags for f in frames()))
    assert {"tcp", "udp", "icmp", "arp", "vlan", "ip6", "icmp6", "port 53", "port 80"} <= tags
    assert all(len(f.data) >= 60 for f in frames())  # padded to Ethernet's minimum


# -- read with purepcap ------------------------------------------------------------------------

@pytest.mark.parametrize("name", PCAPS)
def test_pcap_files_read_back_exactly(name: str) -> None:
    with open_reader(DATA / name) as r:
        assert (r.linktype, r.snaplen) == (1, 65535)
        assert r.tsprecision == ("nano" if "nsec" in name else "micro")
        assert r.byteorder == ("big" if "nsec" in name else "little")
        got = [(p.ts, p.caplen, p.wirelen, bytes(p.data)) for p in r]
    assert got == expected(name)


def test_truncated_file_delivers_every_whole_record_then_raises() -> None:
    got = []
    with open_reader(DATA / "truncated.pcap") as r:
        with pytest.raises(SavefileTruncated) as info:
            for p in r:
                got.append((p.ts, p.caplen, p.wirelen, bytes(p.data)))
    assert got == expected("truncated.pcap")
    # the error points into the cut record, which starts right after the complete ones
    last = 24 + sum(16 + len(d) for *_, d in got)
    assert last <= info.value.offset <= (DATA / "truncated.pcap").stat().st_size


def test_pcapng_two_link_types() -> None:
    want = gen().pcapng_packets()
    with open_reader(DATA / "two-links.pcapng") as r:
        got = list(r)
        assert r.comment == "purepcap test data: two link types"
        assert [(i.name, i.linktype, i.snaplen) for i in r.interfaces] == [("eth0", 1, 65535),
                                                                          ("tun0", 12, 65535)]
    assert len(got) == len(want)
    for p, (iface, ts, f) in zip(got, want):
        assert p.interface == iface
        assert p.linktype == (1 if iface == 0 else 12)  # DLT_RAW for LINKTYPE_RAW
        assert p.ts == (ts if iface == 0 else usec(ts))  # tun0 has if_tsresol 6
        assert bytes(p.data) == f.data and p.caplen == p.wirelen == len(f.data)
        assert p.comment == (gen().PCAPNG_COMMENT if f.name == "dns-query" else None)


@pytest.mark.parametrize("name", ALL)
def test_stream_and_pipe_read_like_the_file(name: str) -> None:
    path = DATA / name

    def summary(source: Any) -> tuple:
        out = []
        try:
            with open_reader(source) as r:
                for p in r:
                    out.append((p.ts, p.caplen, p.wirelen, bytes(p.data), p.linktype, p.interface))
        except SavefileTruncated as exc:
            return out, str(exc)
        return out, None

    base = summary(path)
    for seed in range(3):
        assert summary(TrickleStream(path.read_bytes(), seed)) == base
    rfd, wfd = os.pipe()
    proc = subprocess.Popen(["cat", str(path)], stdout=wfd)
    os.close(wfd)
    try:
        with os.fdopen(rfd, "rb", buffering=0) as pipe:
            assert summary(pipe) == base
    finally:
        proc.wait()


# -- filters, the capture handle and the command -----------------------------------------------

FILTERS = ["tcp", "udp", "icmp", "arp", "ip", "ip6", "icmp6", "port 53", "port 80", "vlan",
           "vlan 100", "not ip and not ip6", "tcp or arp", ""]


def _matches(expr: str, tags: frozenset[str]) -> bool:
    """What a frame built with these tags must do under ``expr`` (from how it was built)."""
    if not expr:
        return True
    if expr == "not ip and not ip6":
        return "ip" not in tags and "ip6" not in tags
    if " or " in expr:
        return any(_matches(e, tags) for e in expr.split(" or "))
    return expr in tags


@pytest.mark.parametrize("expr", FILTERS)
def test_capture_filters_the_file(expr: str) -> None:
    want = [d for (_, _, _, d), f in zip(expected("mixed-nsec.pcap"), frames()) if _matches(expr, f.tags)]
    with purepcap.open_offline(str(DATA / "mixed-nsec.pcap")) as cap:
        if expr:
            cap.setfilter(expr)
        got = [bytes(p.data) for p in cap]
    assert got == want and want  # every filter here keeps something


def _cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "purepcap.cli", *args], capture_output=True,
                          env=dict(os.environ, TZ="UTC"), timeout=120, check=False)


@pytest.mark.parametrize("expr", ["tcp", "arp or icmp6", "vlan 100", "udp port 53"])
def test_command_writes_what_the_filter_keeps(tmp_path: Path, expr: str) -> None:
    out = tmp_path / "out.pcap"
    res = _cli("-r", str(DATA / "mixed-usec.pcap"), "-w", str(out), expr)
    assert res.returncode == 0, res.stderr
    keep = [e for e, f in zip(expected("mixed-usec.pcap"), frames())
            if _matches(expr.replace("udp port 53", "port 53"), f.tags)]
    assert keep and read(out) == keep


def test_command_reads_the_truncated_file_then_fails_in_one_line() -> None:
    res = _cli("-r", str(DATA / "truncated.pcap"), "-w", os.devnull)
    err = res.stderr.decode()
    assert res.returncode != 0 and "Traceback" not in err
    # tcpdump's banner, then the error: one line
    banner, error = err.splitlines()
    assert banner.startswith("reading from file ") and "link-type EN10MB" in banner
    assert error.startswith("purepcap: ") and "truncated dump file" in error


# -- the oracles on the same files ---------------------------------------------------------------

@pytest.mark.recorded
@pytest.mark.parametrize("name", ALL)
def test_libpcap_reads_the_same(name: str) -> None:
    problem = compare_with_oracle(DATA / name)
    assert problem is None, problem


@pytest.mark.recorded
@pytest.mark.parametrize("expr", [e for e in FILTERS if e])
def test_libpcaps_verdicts_on_the_files(expr: str) -> None:
    insns, err = oracle.compile_expr(expr, "EN10MB")
    assert err is None, err
    pkts = oracle.read_packets(str(DATA / "mixed-nsec.pcap")).packets
    want = [bytes(p.data) for p in pkts if oracle.bpf_filter(insns, p.data, p.wirelen)]
    with purepcap.open_offline(str(DATA / "mixed-nsec.pcap")) as cap:
        cap.setfilter(expr)
        assert [bytes(p.data) for p in cap] == want


@needs_tcpdump
@pytest.mark.parametrize("name", PCAPS + ["two-links.pcapng"])
def test_tcpdump_sees_the_same_packets_and_times(name: str) -> None:
    res = subprocess.run([tcpdump_path(), "-r", str(DATA / name), "-nn", "-tt",
                          "--time-stamp-precision=nano"], capture_output=True, text=True,
                         timeout=120, env=dict(os.environ, TZ="UTC"))
    lines = res.stdout.splitlines()
    with open_reader(DATA / name) as r:
        ours = list(r)
    if name.endswith(".pcapng"):
        # libpcap 1.10.3 stops at the second interface (a different link type)
        assert "different from the type of the first interface" in res.stderr
        assert len(lines) == gen().PCAPNG_SECOND_INTERFACE_AT
    else:
        assert res.returncode == 0, res.stderr
        assert len(lines) == len(ours)
    assert [line.split()[0] for line in lines] == [epoch_text(p.ts, 9) for p in ours[:len(lines)]]


@needs_tcpdump
@pytest.mark.parametrize("expr", ["tcp", "arp or icmp6", "vlan 100", "udp port 53", "not ip"])
def test_command_filters_like_tcpdump(tmp_path: Path, expr: str) -> None:
    ours, theirs = tmp_path / "ours.pcap", tmp_path / "theirs.pcap"
    src = str(DATA / "mixed-nsec.pcap")
    assert _cli("-r", src, "-w", str(ours), expr).returncode == 0
    ref = subprocess.run([tcpdump_path(), "-r", src, "-w", str(theirs), expr], capture_output=True,
                         timeout=120)
    assert ref.returncode == 0, ref.stderr
    assert [d for *_, d in read(ours)] == [d for *_, d in read(theirs)]


@pytest.mark.parametrize("name", PCAPS + ["two-links.pcapng"])
def test_tshark_reads_the_same(name: str) -> None:
    tshark = tshark_frames(DATA / name)  # skips without tshark
    with open_reader(DATA / name) as r:
        ours = list(r)
    assert [(f["len"], f["cap_len"], f["data"], f["interface_id"]) for f in tshark] == [
        (p.wirelen, p.caplen, bytes(p.data), max(p.interface, 0)) for p in ours]
    assert [f["epoch"] for f in tshark] == [epoch_text(p.ts, 9) for p in ours]
