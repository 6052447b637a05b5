"""Differential test over every capture in ../shared/corpus: purepcap reads what libpcap reads.

For each file: same link type and snapshot length, the same packets (data,
caplen, wirelen, nanosecond time stamps), and failure where libpcap fails
(at open, or after the same packets).  The same files are also read through a
non-seekable stream that returns short reads, as a pipe does, and through a
real OS pipe; the result must not depend on the source.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, needs_corpus, needs_oracle, shared_params
from helpers import TrickleStream, compare_with_oracle, read_ours
from purepcap.errors import SavefileError


def _files() -> list[Path]:
    return sorted(p for sub in ("tcpdump", "libpcap-filter", "invalid")
                  for p in (CORPUS / sub).glob("*") if p.suffix in (".pcap", ".pcapng", ".cap"))


def _id(p: Path) -> str:
    return f"{p.parent.name}/{p.name}"


@needs_corpus
def test_corpus_is_there() -> None:
    assert len(_files()) == 873, "expected the 873 captures described in corpus/README.md"


@needs_oracle
@pytest.mark.oracle
@pytest.mark.parametrize("path", shared_params(_files, corpus=True, ids=_id))
def test_same_as_libpcap(path: Path) -> None:
    problem = compare_with_oracle(path)
    assert problem is None, problem


@pytest.mark.parametrize("path", shared_params(lambda: sorted(CORPUS.glob("invalid/*")), corpus=True,
                                               ids=lambda p: p.name))
def test_invalid_files_fail_with_savefile_error(path: Path) -> None:
    r, pk, err, at_open = read_ours(path)
    if path.name == "linktype-reserved-field-not-zero.pcap":
        # libpcap 1.10.3 accepts it (the reserved bits are masked off); so do we
        assert err is None and r.linktype == 0x300000
    else:
        assert at_open and isinstance(err, SavefileError) and pk == []
        assert err.offset is not None


def _summary(path_or_stream: object) -> tuple:
    r, pk, err, at_open = read_ours(path_or_stream)
    head = None if r is None else (r.linktype, r.snaplen, r.version, r.byteorder)
    return (head, [(p.ts, p.caplen, p.wirelen, p.data, p.linktype, p.interface, p.comment,
                    p.pkttype) for p in pk],
            None if err is None else (type(err), str(err)), at_open)


@needs_corpus
def test_stream_reading_equals_file_reading() -> None:
    rnd = random.Random(7)
    for path in _files():
        data = path.read_bytes()
        assert _summary(TrickleStream(data, rnd.randrange(1 << 30))) == _summary(path), path


@needs_corpus
def test_read_from_os_pipe() -> None:
    # a real pipe, as `purepcap -r -` reading stdin
    paths = [p for p in _files() if p.stat().st_size > 3000][:20]
    for path in paths:
        proc = subprocess.Popen(["cat", str(path)], stdout=subprocess.PIPE)
        try:
            with os.fdopen(os.dup(proc.stdout.fileno()), "rb", buffering=0) as pipe:  # type: ignore[union-attr]
                got = _summary(pipe)
        finally:
            proc.stdout.close()  # type: ignore[union-attr]
            proc.wait()
        assert got == _summary(path), path


@needs_corpus
def test_dash_reads_standard_input() -> None:
    path = next(p for p in _files() if p.name.endswith(".pcapng") and p.parent.name == "tcpdump")
    code = ("import sys; from purepcap.savefile import open_reader\n"
            "r = open_reader('-'); print(sum(1 for _ in r), r.linktype)")
    with open(path, "rb") as f:
        out = subprocess.run([sys.executable, "-c", code], stdin=f, capture_output=True,
                             text=True, timeout=60, check=True).stdout.split()
    head, pk, _, _ = _summary(path)
    assert out == [str(len(pk)), str(head[0])]
