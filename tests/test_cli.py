"""The purepcap command against tcpdump 4.99.3 / libpcap 1.10.3 on the same inputs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import oracle
from conftest import CORPUS, SAMPLES, needs_libpcap, needs_tcpdump, shared_params

SAMPLE = SAMPLES / "loopback.pcap"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "purepcap.cli", *args], input=stdin,
                          capture_output=True, env=dict(os.environ, TZ="UTC"), timeout=120,
                          check=False)


def tcpdump(*args: str) -> subprocess.CompletedProcess[bytes]:
    """tcpdump's outcome (recorded: in ``recorded`` tests, arguments only, no input files)."""
    return oracle.run_program("tcpdump", *args, env=dict(os.environ, TZ="UTC"))


def assert_one_line_error(res: subprocess.CompletedProcess[bytes], code: int | None = None) -> str:
    assert res.returncode != 0
    if code is not None:
        assert res.returncode == code
    err = res.stderr.decode()
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("purepcap: "), err
    return err


EXPRS = ["tcp port 80", "ip", "udp and not port 53", "host 10.0.0.1 or net 192.168.0.0/16",
         "ip6 and tcp[tcpflags] & tcp-syn != 0", "len >= 100", "ether broadcast",
         "vlan 100 and tcp", "icmp[icmptype] = icmp-echo", ""]


@pytest.mark.recorded
@pytest.mark.parametrize("expr", EXPRS)
@pytest.mark.parametrize("level", ["-d", "-dd", "-ddd"])
@pytest.mark.parametrize("opt", [[], ["-O"]], ids=["opt", "noopt"])
def test_dump_code_matches_tcpdump(expr: str, level: str, opt: list[str]) -> None:
    ref = tcpdump("-y", "EN10MB", *opt, level, expr)
    ours = run("-y", "EN10MB", *opt, level, expr)
    if ref.returncode != 0:
        # e.g. "expression rejects all packets" (tcp[] only looks at IPv4)
        err = assert_one_line_error(ours, 1)
        assert ref.stderr.decode().split(": ", 1)[1].strip() in err
        return
    assert ours.returncode == 0, ours.stderr
    if opt or level != "-d":
        # the unoptimized program and every listing level must be identical
        assert ours.stdout == ref.stdout
    else:
        assert ours.stdout.count(b"\n") <= ref.stdout.count(b"\n")


def _kept_by_libpcap(path: Path, insns: list[tuple[int, int, int, int]]) -> list[oracle.OraclePacket]:
    return [p for p in oracle.read_packets(str(path)).packets
            if oracle.bpf_filter(insns, p.data, p.wirelen)]


def _same_packets(a: list[oracle.OraclePacket], b: list[oracle.OraclePacket]) -> None:
    assert len(a) == len(b)
    for x, y in zip(a, b):
        # tcpdump -w writes microsecond timestamps
        assert (x.ts // 1000, x.caplen, x.wirelen, x.data) == (y.ts // 1000, y.caplen, y.wirelen, y.data)


@needs_tcpdump
@needs_libpcap
@pytest.mark.parametrize("expr", ["tcp", "udp or icmp6", "tcp[13] & 2 != 0", "ip6", "not ip"])
def test_bpf_file_keeps_exactly_what_libpcap_keeps(tmp_path: Path, expr: str) -> None:
    ddd = tcpdump("-y", "EN10MB", "-ddd", expr)
    assert ddd.returncode == 0
    prog = tmp_path / "prog.txt"
    prog.write_bytes(ddd.stdout)
    out = tmp_path / "out.pcap"
    res = run("-r", str(SAMPLE), "--bpf-file", str(prog), "-w", str(out))
    assert res.returncode == 0, res.stderr
    insns, err = oracle.compile_expr(expr, "EN10MB")
    assert insns is not None, err
    expected = _kept_by_libpcap(SAMPLE, insns)
    got = oracle.read_packets(str(out))
    assert got.error is None and got.linktype == 1
    _same_packets(got.packets, expected)
    assert len(expected) > 0 or expr == "not ip"


@needs_tcpdump
@needs_libpcap
@pytest.mark.parametrize("expr", ["tcp port 8765", "udp", "ip6", "icmp", "tcp[tcpflags] & tcp-fin != 0"])
def test_filtering_a_file_matches_tcpdump(tmp_path: Path, expr: str) -> None:
    ref_out = tmp_path / "ref.pcap"
    ours_out = tmp_path / "ours.pcap"
    assert tcpdump("-r", str(SAMPLE), "-w", str(ref_out), expr).returncode == 0
    res = run("-r", str(SAMPLE), "-w", str(ours_out), expr)
    assert res.returncode == 0, res.stderr
    _same_packets(oracle.read_packets(str(ours_out)).packets,
                  oracle.read_packets(str(ref_out)).packets)


@needs_tcpdump
@needs_libpcap
def test_count_stdin_and_stdout(tmp_path: Path) -> None:
    res = run("-r", "-", "-c", "3", "-w", "-", "tcp", stdin=SAMPLE.read_bytes())
    assert res.returncode == 0, res.stderr
    out = tmp_path / "o.pcap"
    out.write_bytes(res.stdout)
    got = oracle.read_packets(str(out))
    insns, _ = oracle.compile_expr("tcp")
    assert insns is not None
    _same_packets(got.packets, _kept_by_libpcap(SAMPLE, insns)[:3])


@needs_tcpdump
def test_filter_from_file_with_comments(tmp_path: Path) -> None:
    f = tmp_path / "filter.txt"
    f.write_text("# only the DNS query\nudp # and nothing else\n and port 53\n")
    res = run("-r", str(SAMPLE), "-t", "-F", str(f))
    assert res.returncode == 0, res.stderr
    ref = tcpdump("-r", str(SAMPLE), "-t", "udp and port 53")
    assert len(res.stdout.splitlines()) == len(ref.stdout.splitlines()) == 1


@needs_tcpdump
def test_reading_banner_and_lines() -> None:
    res = run("-r", str(SAMPLE), "-c", "2")
    assert res.returncode == 0
    ref = tcpdump("-r", str(SAMPLE), "-c", "2")
    assert res.stderr == ref.stderr  # "reading from file ..., link-type EN10MB (Ethernet), ..."
    ours = res.stdout.decode().splitlines()
    theirs = ref.stdout.decode().splitlines()
    assert [line.split()[0] for line in ours] == [line.split()[0] for line in theirs]


@pytest.mark.parametrize("name", shared_params(lambda: sorted(os.listdir(CORPUS / "invalid")), corpus=True))
def test_broken_captures_fail_cleanly(name: str) -> None:
    path = CORPUS / "invalid" / name
    res = run("-r", str(path))
    ref = oracle.read_packets(str(path)) if oracle.available() else None
    if ref is not None and ref.error is None:
        assert res.returncode == 0
    else:
        assert_one_line_error(res, 1)


def test_bad_filter_is_one_line() -> None:
    assert_one_line_error(run("-r", str(SAMPLE), "tcp and and"), 1)
    err = assert_one_line_error(run("-y", "EN10MB", "-d", "port 99999999"), 1)
    assert "port" in err


def test_bad_options_are_one_line() -> None:
    # tcpdump's exit status for a bad option or value is 1
    assert_one_line_error(run("-c", "zero"), 1)
    assert_one_line_error(run("--no-such-option"), 1)
    assert_one_line_error(run("-r", "/nonexistent/file.pcap"), 1)
    assert_one_line_error(run("-y", "NO_SUCH_DLT", "-d", "ip"), 1)
    # tcpdump's snaplen range: 0 (= 262144) .. 262144
    assert "262144" in assert_one_line_error(run("-s", "300000", "-d", "ip"), 1)
    assert_one_line_error(run("-s", "-5", "-d", "ip"), 1)


def test_unwritable_output_is_the_only_line() -> None:
    err = assert_one_line_error(run("-r", str(SAMPLE), "-w", "/nonexistent/dir/out.pcap"), 1)
    assert "/nonexistent/dir/out.pcap" in err


def test_bad_bpf_file_is_one_line(tmp_path: Path) -> None:
    prog = tmp_path / "bad.txt"
    prog.write_text("2\n6 0 0 65535\n")
    assert_one_line_error(run("-r", str(SAMPLE), "--bpf-file", str(prog)), 1)
    prog.write_text("1\n21 5 0 0\n")  # a jump out of the program, no return
    assert_one_line_error(run("-r", str(SAMPLE), "--bpf-file", str(prog)), 1)


@pytest.mark.recorded
@pytest.mark.parametrize("level", ["-d", "-dd", "-ddd"])
def test_bpf_file_listing_matches_tcpdump(tmp_path: Path, level: str) -> None:
    expr = "ip6 or (tcp port 80 and len > 100)"
    prog = tmp_path / "prog.txt"
    prog.write_bytes(tcpdump("-y", "EN10MB", "-ddd", expr).stdout)
    ours = run(level, "--bpf-file", str(prog))
    assert ours.returncode == 0, ours.stderr
    assert ours.stdout == tcpdump("-y", "EN10MB", level, expr).stdout


def test_syntax_error_in_a_long_filter_is_a_short_line(tmp_path: Path) -> None:
    f = tmp_path / "long.txt"
    f.write_text(" and ".join(["not"] * 3000) + " ip\n")
    # -y: without it tcpdump (and purepcap) first warn "assuming Ethernet"
    err = assert_one_line_error(run("-y", "EN10MB", "-d", "-F", str(f)), 1)
    assert "syntax error at column 5" in err and len(err) < 200
