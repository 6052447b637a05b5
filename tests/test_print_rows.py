"""``purepcap -r FILE`` printing records where the reader's buffer holds them.

When a pcap file is printed as text (no ``-w``, ``--json``, ``-x``, ``-#``), the
command hands whole buffers of records to the printer's fast path
(``FastText.rows`` through ``Capture._loop_rows``) and builds a packet only for
the records that path leaves.  These tests print the same files with that path
turned off (the packet-by-packet loop) and compare the output byte for byte:
everyday frames, cut captures, records the careful reader must take (caplen over
the snapshot length, zero lengths, a time fraction of a second or more,
negative seconds), nanosecond files, every ``-t`` form, ``-c`` limits and
filters, and the corpus.
"""

from __future__ import annotations

import io
import struct
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS, needs_corpus
from purepcap import cli
from test_print_speedpaths import everyday


def _pcap(path: Path, records: list[tuple[int, int, int, int, bytes]], nano: bool = False,
          snaplen: int = 262144) -> Path:
    """A host-order pcap file of (sec, frac, caplen, wirelen, data) records."""
    magic = 0xA1B23C4D if nano else 0xA1B2C3D4
    out = [struct.pack("=IHHiIII", magic, 2, 4, 0, 0, snaplen, 1)]
    for sec, frac, cl, wl, data in records:
        out.append(struct.pack("=iiII", sec, frac, cl, wl) + data)
    path.write_bytes(b"".join(out))
    return path


def _records(frames: list[bytes], step: int = 1013) -> list[tuple[int, int, int, int, bytes]]:
    recs = []
    t = 0
    for i, f in enumerate(frames):
        t += step * (i % 7 + 1)
        cl = len(f)
        if i % 11 == 5:
            cl = max(0, cl - 9)          # a cut capture
        recs.append((1_700_000_000 + t // 1_000_000, t % 1_000_000, cl, len(f), f[:cl]))
    return recs


def _run(argv: list[str], rows: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with monkeypatch.context() as m:
        if not rows:
            m.setattr(cli._Output, "rows_handler", lambda self, cap, counter: None)
        else:
            calls = {"n": 0}
            orig = cli._Output.rows_handler

            def counting(self: Any, cap: Any, counter: Any) -> Any:
                h = orig(self, cap, counter)
                if h is None:
                    return None

                def rows(buf: bytes, offs: list[int]) -> None:
                    calls["n"] += 1
                    h(buf, offs)
                return rows
            m.setattr(cli._Output, "rows_handler", counting)
        m.setenv("TZ", "UTC")
        m.setattr(sys, "stdout", out)
        m.setattr(sys, "stderr", err)
        status = cli.main(argv)
    return status, out.getvalue(), err.getvalue()


def _same(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> str:
    a = _run(argv, True, monkeypatch)
    b = _run(argv, False, monkeypatch)
    assert a == b
    return a[1]


FLAGS = (["-n", "-tt"], ["-n"], ["-n", "-v", "-tt"], ["-n", "-ttt"], ["-n", "-tttt"],
         ["-n", "-t"], ["-n", "-ttttt"], ["-n", "-S", "-tt"], ["-n", "-tt", "--nano"],
         ["-n", "-tt", "-c", "300"], ["-n", "-tt", "-c", "1"], ["-n", "-tt", "tcp"],
         ["-n", "-tt", "-c", "7", "udp port 53"])


@pytest.mark.parametrize("flags", FLAGS, ids=" ".join)
def test_everyday_file_prints_the_same(flags: list[str], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = _pcap(tmp_path / "e.pcap", _records(everyday(700)))
    text = _same(["-r", str(path), *flags], monkeypatch)
    assert text.count("\n") >= (1 if "-c" in flags else 100)


@pytest.mark.parametrize("nano", [False, True])
def test_odd_records_print_the_same(nano: bool, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    frames = everyday(60)
    recs = _records(frames)
    f = frames[3]
    one = 10 ** (9 if nano else 6)
    recs[4:4] = [
        (5, 0, 0, len(f), b""),                   # caplen 0
        (5, 1, len(f), 0, f),                     # wirelen 0
        (5, one + 7, len(f), len(f), f),          # a fraction of a second or more
        (-3, 5, len(f), len(f), f),               # negative seconds
        (6, 2, len(f), len(f) - 20, f),           # wirelen under caplen
        (7, 3, 14, 14, f[:14]),                   # the link header only
    ]
    path = _pcap(tmp_path / "odd.pcap", recs, nano=nano)
    for flags in (["-n", "-tt"], ["-n"], ["-n", "-tt", "--nano"], ["-n", "-v", "-ttt"]):
        _same([*flags, "-r", str(path)], monkeypatch)


def test_caplen_over_snaplen_goes_to_the_careful_reader(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    frames = everyday(40)
    recs = _records(frames)
    path = _pcap(tmp_path / "snap.pcap", recs, snaplen=80)   # many records exceed it
    text = _same(["-n", "-tt", "-r", str(path)], monkeypatch)
    assert text.count("\n") >= len(recs)


def test_rows_path_is_taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The path under test is the one the command uses for such a file."""
    path = _pcap(tmp_path / "e.pcap", _records(everyday(50)))
    seen: list[int] = []
    orig = cli._Output.rows_handler

    def spy(self: Any, cap: Any, counter: Any) -> Any:
        h = orig(self, cap, counter)
        seen.append(h is not None)
        return h
    monkeypatch.setattr(cli._Output, "rows_handler", spy)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    status = cli.main(["-n", "-r", str(path)])
    assert status == 0 and seen == [True]


@needs_corpus
def test_corpus_prints_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted((CORPUS / "tcpdump").glob("*.pcap"))
    assert files
    for path in files[::3]:
        for flags in (["-n", "-tt"], ["-n", "-v", "-tt"]):
            _same([*flags, "-r", str(path)], monkeypatch)


def _pcapng(path: Path, records: list[tuple[int, int, int, int, bytes]], tsresol: int,
            comments: bool = False) -> Path:
    """A pcapng file of the same records (fraction in microseconds), on one Ethernet
    interface of resolution 10**-tsresol, a comment on every seventh block."""
    from purepcap.packet import Packet
    from purepcap.savefile import PcapNgWriter
    with PcapNgWriter(str(path), linktype=1, tsresol=tsresol) as w:
        for i, (sec, frac, cl, wl, data) in enumerate(records):
            w.write(Packet(sec * 10 ** 9 + frac * 1000, cl, wl, data),
                    comment=f"c{i}" if comments and i % 7 == 0 else None)
    return path


@pytest.mark.parametrize("tsresol", [6, 9, 3])
@pytest.mark.parametrize("flags", [["-n", "-tt"], ["-n"], ["-n", "-v", "-tt"], ["-n", "-ttt"],
                                   ["-n", "-tt", "--nano"], ["-n", "-tt", "-c", "50", "tcp"]],
                         ids=" ".join)
def test_pcapng_file_prints_the_same(tsresol: int, flags: list[str], tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    recs = [r for r in _records(everyday(300)) if r[2]]          # (pcapng: caplen > 0)
    path = _pcapng(tmp_path / "e.pcapng", recs, tsresol, comments=True)
    text = _same(["-r", str(path), *flags], monkeypatch)
    assert text.count("\n") >= (50 if "-c" in flags else 200)


def test_pcapng_rows_path_is_taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recs = _records(everyday(50))
    path = _pcapng(tmp_path / "e.pcapng", recs, 6)
    got: list[int] = []
    orig = cli._Output.rows_handler

    def spy(self: Any, cap: Any, counter: Any) -> Any:
        h = orig(self, cap, counter)
        if h is None:
            return None

        def rows(buf: bytes, offs: list[int]) -> None:
            got.append(len(offs))
            h(buf, offs)
        return rows
    monkeypatch.setattr(cli._Output, "rows_handler", spy)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert cli.main(["-n", "-r", str(path)]) == 0
    assert sum(got) == len(recs)              # every block, none made a packet


@needs_corpus
def test_corpus_pcapng_prints_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted((CORPUS / "tcpdump").glob("*.pcapng"))
    assert files
    for path in files:
        for flags in (["-n", "-tt"], ["-n", "-v", "-tt"]):
            _same([*flags, "-r", str(path)], monkeypatch)
