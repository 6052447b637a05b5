"""Command-line flags next to tcpdump 4.99.3, on files (no root, no network).

Bad options and values: tcpdump's exit status (1) and its first stderr line,
with the program name swapped.  Flags: ``--count``, ``--print``, ``-V``, ``-l``,
``-U``, ``-d`` without a device, ``-r`` winning over ``-i``.  Each comparison
skips with one line when tcpdump is absent; the purepcap side of most checks
also runs on its own, against tcpdump's recorded wording.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, SAMPLES, TCPDUMP, tcpdump_path

SAMPLE = SAMPLES / "loopback.pcap"
USEC = DATA / "mixed-usec.pcap"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "purepcap.cli", *args], capture_output=True,
                          input=stdin, timeout=120)


def tcpdump(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([tcpdump_path(), *args], capture_output=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def first_line(res: subprocess.CompletedProcess[bytes], prog: str) -> str:
    lines = res.stderr.decode().splitlines()
    assert lines, res
    # getopt names the program as it was run (tcpdump's own errors: its base name)
    return re.sub(rf"^(\S*/)?{prog}:", "PROG:", lines[0])


# -- bad options and values -------------------------------------------------------------------

BAD = [
    (["-c", "0"], "PROG: invalid packet count 0"),
    (["-c", "x"], "PROG: invalid packet count x"),
    (["-c", "-3"], "PROG: invalid packet count -3"),
    (["-s", "-1"], "PROG: invalid snaplen -1 (must be >= 0 and <= 262144)"),
    (["-s", "300000"], "PROG: invalid snaplen 300000 (must be >= 0 and <= 262144)"),
    (["-s", "12ab"], "PROG: invalid snaplen 12ab (must be >= 0 and <= 262144)"),
    (["-y", "NOPE"], "PROG: invalid data link type NOPE"),
    (["-y", "1"], "PROG: invalid data link type 1"),
    (["--foo"], "PROG: unrecognized option '--foo'"),
    (["-P"], "PROG: invalid option -- 'P'"),
    (["-B", "0"], "PROG: invalid packet buffer size 0"),
    (["-Q", "sideways"], "PROG: unknown capture direction `sideways'"),
    (["-j", "bogus"], "PROG: invalid time stamp type bogus"),
    (["--time-stamp-precision", "pico"], "PROG: unsupported time stamp precision"),
    (["-tttttt"], "PROG: only -t, -tt, -ttt, -tttt and -ttttt are supported"),
    (["-V", "/nonexistent/list"], "PROG: -V and -r are mutually exclusive."),
    (["-f"], "PROG: -f can not be used with -V or -r"),
]


@pytest.mark.parametrize("args,line", BAD, ids=[" ".join(a) for a, _ in BAD])
def test_bad_option_status_and_line(args: list[str], line: str) -> None:
    ours = run(*args, "-r", str(SAMPLE))
    assert ours.returncode == 1, ours.stderr
    assert "Traceback" not in ours.stderr.decode()
    assert ours.stderr.decode().count("\n") == 1, ours.stderr
    assert first_line(ours, "purepcap") == line
    if TCPDUMP is not None:
        ref = tcpdump(*args, "-r", str(SAMPLE))
        assert ref.returncode == 1
        assert first_line(ref, "tcpdump") == line


def test_missing_argument_wording() -> None:
    ours = run("-r", str(SAMPLE), "-c")
    assert ours.returncode == 1
    assert first_line(ours, "purepcap") == "PROG: option requires an argument -- 'c'"
    if TCPDUMP is not None:
        ref = tcpdump("-r", str(SAMPLE), "-c")
        assert (ref.returncode, first_line(ref, "tcpdump")) == (1, first_line(ours, "purepcap"))


def test_numbers_are_read_as_tcpdump_reads_them(tmp_path: Path) -> None:
    # -c with atoi ("2x" is 2), -s with strtol base 0 ("0x40" is 64)
    ours = run("-r", str(SAMPLE), "-c", "2x", "-s", "0x40", "-w", str(tmp_path / "a.pcap"))
    assert ours.returncode == 0, ours.stderr
    if TCPDUMP is not None:
        ref = tcpdump("-r", str(SAMPLE), "-c", "2x", "-s", "0x40", "-w", str(tmp_path / "b.pcap"))
        assert ref.returncode == 0
        assert (tmp_path / "a.pcap").read_bytes() == (tmp_path / "b.pcap").read_bytes()


def test_options_after_the_expression() -> None:
    ours = run("-r", str(SAMPLE), "ip", "-n", "and", "udp")
    assert ours.returncode == 0, ours.stderr
    if TCPDUMP is not None:
        ref = tcpdump("-r", str(SAMPLE), "ip", "-n", "and", "udp")
        assert ours.stdout == ref.stdout


# -- --count, --print, -V ---------------------------------------------------------------------

SAME = [
    ["--count"],
    ["-c", "3", "--count"],
    ["--count", "udp"],
    ["-c", "2"],
]


@pytest.mark.parametrize("args", SAME, ids=[" ".join(a) for a in SAME])
def test_reading_flags_match_tcpdump(args: list[str]) -> None:
    ours = run("-r", str(SAMPLE), *args)
    assert ours.returncode == 0, ours.stderr
    ref = tcpdump("-r", str(SAMPLE), *args)
    assert (ours.stdout, ours.stderr) == (ref.stdout, ref.stderr)


def test_count_is_on_stdout_alone() -> None:
    ours = run("-r", str(SAMPLE), "--count")
    assert ours.stdout == b"28 packets\n"
    assert ours.stderr.decode().startswith("reading from file ")
    one = run("-r", str(SAMPLE), "-c", "1", "--count")
    assert one.stdout == b"1 packet\n"


def test_count_with_write_writes_and_counts(tmp_path: Path) -> None:
    ours = run("-r", str(SAMPLE), "--count", "-w", str(tmp_path / "a.pcap"))
    assert ours.returncode == 0 and ours.stdout == b"28 packets\n"
    ref = tcpdump("-r", str(SAMPLE), "--count", "-w", str(tmp_path / "b.pcap"))
    assert ref.stdout == ours.stdout
    assert (tmp_path / "a.pcap").read_bytes() == (tmp_path / "b.pcap").read_bytes()


def test_print_with_write(tmp_path: Path) -> None:
    ours = run("-r", str(SAMPLE), "--print", "-c", "3", "-w", str(tmp_path / "a.pcap"))
    assert ours.returncode == 0, ours.stderr
    assert len(ours.stdout.splitlines()) == 3
    ref = tcpdump("-r", str(SAMPLE), "--print", "-c", "3", "-w", str(tmp_path / "b.pcap"))
    assert ours.stdout == ref.stdout
    assert (tmp_path / "a.pcap").read_bytes() == (tmp_path / "b.pcap").read_bytes()


def _list(tmp_path: Path, *names: str) -> Path:
    f = tmp_path / "files.txt"
    f.write_text("".join(n + "\n" for n in names))
    return f


@pytest.mark.parametrize("extra", [[], ["-c", "2"], ["--count"], ["-c", "1", "--count"]],
                         ids=["all", "c2", "count", "c1-count"])
def test_file_list_matches_tcpdump(tmp_path: Path, extra: list[str]) -> None:
    lst = _list(tmp_path, str(SAMPLE), str(USEC))
    ours = run("-V", str(lst), *extra)
    assert ours.returncode == 0, ours.stderr
    ref = tcpdump("-V", str(lst), *extra)
    assert (ours.stdout, ours.stderr) == (ref.stdout, ref.stderr)


def test_file_list_written_to_one_file(tmp_path: Path) -> None:
    lst = _list(tmp_path, str(SAMPLE), str(USEC))
    assert run("-V", str(lst), "-w", str(tmp_path / "a.pcap")).returncode == 0
    assert tcpdump("-V", str(lst), "-w", str(tmp_path / "b.pcap")).returncode == 0
    assert (tmp_path / "a.pcap").read_bytes() == (tmp_path / "b.pcap").read_bytes()


def test_file_list_from_stdin() -> None:
    ours = run("-V", "-", "--count", stdin=f"{SAMPLE}\n{USEC}\n".encode())
    assert ours.returncode == 0 and ours.stdout == b"41 packets\n"


@pytest.mark.parametrize("case", ["missing-list", "empty-list", "empty-line", "missing-file"])
def test_file_list_errors(tmp_path: Path, case: str) -> None:
    if case == "missing-list":
        lst = tmp_path / "nope.txt"
        want = "PROG: Unable to open file: No such file or directory"
    elif case == "empty-list":
        lst = tmp_path / "empty.txt"
        lst.write_text("")
        want = f"PROG: Nothing in {lst}"
    elif case == "empty-line":
        lst = _list(tmp_path, "")
        want = "PROG: : No such file or directory"
    else:
        # not under tmp_path: tcpdump reads the later files after dropping root
        lst = _list(tmp_path, str(SAMPLE), "/nonexistent-dir/gone.pcap")
        want = "PROG: /nonexistent-dir/gone.pcap: No such file or directory"
    ours = run("-V", str(lst), "--count")
    assert ours.returncode == 1
    assert "PROG" + ours.stderr.decode().splitlines()[-1][len("purepcap"):] == want
    if TCPDUMP is not None:
        ref = tcpdump("-V", str(lst), "--count")
        assert ref.returncode == 1
        assert "PROG" + ref.stderr.decode().splitlines()[-1][len("tcpdump"):] == want
        assert ours.stdout == ref.stdout


# -- buffering flags and devices that are not opened ------------------------------------------

@pytest.mark.parametrize("flag", ["-l", "-U", "--packet-buffered", "--line-buffered"])
def test_buffering_flags_change_nothing_printed(flag: str) -> None:
    ours = run("-r", str(SAMPLE), flag, "-c", "5")
    assert ours.returncode == 0, ours.stderr
    assert ours.stdout == run("-r", str(SAMPLE), "-c", "5").stdout
    if TCPDUMP is not None and flag != "--line-buffered":   # not a 4.99.3 option
        assert ours.stdout == tcpdump("-r", str(SAMPLE), flag, "-c", "5").stdout


def test_read_wins_over_interface() -> None:
    ours = run("-r", str(SAMPLE), "-i", "no-such-device0", "-c", "1")
    assert ours.returncode == 0, ours.stderr
    if TCPDUMP is not None:
        ref = tcpdump("-r", str(SAMPLE), "-i", "no-such-device0", "-c", "1")
        assert (ours.stdout, ours.stderr) == (ref.stdout, ref.stderr)


@pytest.mark.parametrize("args", [["-d"], ["-d", "ip"], ["-y", "LINUX_SLL", "-d", "ip"],
                                  ["-y", "en10mb", "-dd", "tcp"]],
                         ids=["empty", "ip", "sll", "lowercase"])
def test_compile_without_a_device(args: list[str]) -> None:
    ours = run(*args)
    assert ours.returncode == 0, ours.stderr
    if "-y" not in args:
        assert ours.stderr == b"Warning: assuming Ethernet\n"
    else:
        assert ours.stderr == b""
    if TCPDUMP is not None:
        ref = tcpdump(*args)
        assert (ours.stdout, ours.stderr) == (ref.stdout, ref.stderr)


def test_closed_stdout_ends_quietly() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "purepcap.cli", "-r", str(SAMPLE)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert err.decode().splitlines() == [
        "reading from file " + str(SAMPLE) + ", link-type EN10MB (Ethernet), "
        "snapshot length 262144"]


def test_closed_stdout_while_writing_ends_quietly() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "purepcap.cli", "-r", str(SAMPLE), "-w", "-"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert b"Traceback" not in err and b"Broken pipe" not in err
