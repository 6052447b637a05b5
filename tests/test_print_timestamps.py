"""The time stamp field, as tcpdump 4.99.3 prints it, at the edges of its 32-bit
time: seconds before 1970 (a pcap file's fields are sign-extended), after 2038
(the top bit of 32), after 2106 (pcapng's 64-bit stamps), and deltas longer than
a day (tcpdump prints a delta's time of day).

``EXPECTED`` is tcpdump 4.99.3's output for the two files built here (``TZ=UTC``,
the first word or two of each line), recorded once; with tcpdump installed the
whole lines are also compared live.
"""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

from conftest import TCPDUMP, needs_tcpdump, tcpdump_path
from purepcap import cli
from purepcap.printer import TimestampFormatter

FRAME = (bytes.fromhex("ffffffffffff020000000001080045000028000100004006000a0a0000010a000002")
         + bytes(20))
EDGES = [0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0xFFFFFFFE, 5]
DAYS = [1000, 1000 + 90000, 1000 + 90000 + 86400 * 3 + 5, 1000]


def _pcap(path: Path, secs: list[int]) -> Path:
    out = [struct.pack("=IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1)]
    for s in secs:
        out.append(struct.pack("=IiII", s, 123456, len(FRAME), len(FRAME)) + FRAME)
    path.write_bytes(b"".join(out))
    return path


E = "[Error converting"
EXPECTED = {
    "-tt": (["2147483647.123456 IP", E, E, E, "5.123456 IP"],
            ["1000.123456 IP", "91000.123456 IP", "350205.123456 IP", "1000.123456 IP"]),
    "": (["03:14:07.123456 IP", E, E, E, "00:00:05.123456 IP"],
         ["00:16:40.123456 IP", "01:16:40.123456 IP", "01:16:45.123456 IP",
          "00:16:40.123456 IP"]),
    "-tttt": (["2038-01-19 03:14:07.123456", E, E, E, "1970-01-01 00:00:05.123456"],
              ["1970-01-01 00:16:40.123456", "1970-01-02 01:16:40.123456",
               "1970-01-05 01:16:45.123456", "1970-01-01 00:16:40.123456"]),
    "-ttt": ([" 00:00:00.000000", "-" + E, " 03:14:07.000000", "-00:00:01.000000 IP",
              " 00:00:07.000000"],
             [" 00:00:00.000000", " 01:00:00.000000", " 00:00:05.000000",
              "-01:00:05.000000 IP"]),
    "-ttttt": ([" 00:00:00.000000", "-" + E, "-" + E, "-" + E, "-03:14:02.000000 IP"],
               [" 00:00:00.000000", " 01:00:00.000000", " 01:00:05.000000",
                " 00:00:00.000000"]),
    "-tt --nano": (["2147483647.123456000 IP", E, E, E, "5.123456000 IP"],
                   ["1000.123456000 IP", "91000.123456000 IP", "350205.123456000 IP",
                    "1000.123456000 IP"]),
}


def _ours(flags: str, path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert cli.main(["-n", *flags.split(), "-r", str(path)]) == 0
    return out.getvalue().splitlines()


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import time
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("flags", list(EXPECTED), ids=lambda f: f or "default")
def test_matches_recorded_tcpdump(flags: str, tmp_path: Path, utc: None,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    for secs, want in zip((EDGES, DAYS), EXPECTED[flags]):
        lines = _ours(flags, _pcap(tmp_path / "t.pcap", secs), monkeypatch)
        got = [" ".join(line.split(" ")[:len(w.split(" "))]) for line, w in zip(lines, want)]
        assert len(lines) == len(want) and got == want, lines


@needs_tcpdump
@pytest.mark.parametrize("flags", list(EXPECTED), ids=lambda f: f or "default")
def test_matches_live_tcpdump(flags: str, tmp_path: Path, utc: None,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    for secs in (EDGES, DAYS):
        path = _pcap(tmp_path / "t.pcap", secs)
        res = subprocess.run([tcpdump_path(), "-n", *flags.split(), "-r", str(path)],
                             capture_output=True, env=dict(os.environ, TZ="UTC"), check=False)
        assert _ours(flags, path, monkeypatch) == res.stdout.decode().splitlines()


def test_pcapng_seconds_past_2106() -> None:
    """-tt prints 32 bits of seconds (tcpdump's cast); the dates keep all of them."""
    ns = 10 ** 9
    assert TimestampFormatter(2).format(4323283200 * ns) == "28315904.000000 "
    assert TimestampFormatter(2).format(4294967296 * ns) == "0.000000 "
    assert TimestampFormatter(2, nano=True).format(4294967296 * ns + 5) == "0.000000005 "


def test_a_second_of_minus_one_is_not_the_cache_sentinel(utc: None) -> None:
    f = TimestampFormatter(0)
    assert f.format(-1 * 10 ** 9) == "[Error converting time] "
    assert f.format(5 * 10 ** 9 + 7000) == "00:00:05.000007 "


NG_SECS = [0x7FFFFFFF, 0x80000000, 0x90000000, 0xFFFFFFFF, 0x100000005]
EXPECTED_NG = {
    "-tt": ["2147483647.123456 IP", E, E, E, "5.123456 IP"],
    "": ["03:14:07.123456 IP", E, E, E, "06:28:21.123456 IP"],
    "-tttt": ["2038-01-19 03:14:07.123456", E, E, E, "2106-02-07 06:28:21.123456"],
}


# a TCP segment the text fast path prints (the time stamp's text is made apart there)
ACK = (bytes.fromhex("ffffffffffff020000000001080045000028000100004006000a0a0000010a000002")
       + struct.pack("!HHIIBBHHH", 1000, 80, 1, 2, 0x50, 0x10, 512, 0, 0))


def _pcapng(path: Path, frame: bytes) -> Path:
    from purepcap.packet import Packet
    from purepcap.savefile import PcapNgWriter
    with PcapNgWriter(str(path), linktype=1, tsresol=6) as w:
        for s in NG_SECS:
            w.write(Packet(s * 10 ** 9 + 123456000, len(frame), len(frame), frame))
    return path


@pytest.mark.parametrize("flags", list(EXPECTED_NG), ids=lambda f: f or "default")
def test_pcapng_times_past_2038(flags: str, tmp_path: Path, utc: None,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    """pcapng's 64-bit stamps: 2038 to 2106 (the top bit of 32 set) can't be converted;
    past 2106, -tt prints 32 bits of seconds and the clock forms print all of them."""
    want = EXPECTED_NG[flags]
    for frame in (FRAME, ACK):
        path = _pcapng(tmp_path / "t.pcapng", frame)
        lines = _ours(flags, path, monkeypatch)
        got = [" ".join(line.split(" ")[:len(w.split(" "))]) for line, w in zip(lines, want)]
        assert len(lines) == len(want) and got == want, lines
        if TCPDUMP is not None:
            res = subprocess.run([tcpdump_path(), "-n", *flags.split(), "-r", str(path)],
                                 capture_output=True, env=dict(os.environ, TZ="UTC"),
                                 check=False)
            assert lines == res.stdout.decode().splitlines()
