"""Test support for the printer tests of single protocols (BGP, sFlow, LDP, LISP ...).

Not a test module.  A test module builds frames (a frame, or ``(frame, caplen)``
for a cut capture) and records tcpdump 4.99.3's text for them once
(``EXPECTED``); these helpers compare purepcap's text with that record, with a
live tcpdump when one is installed, and check that damaged copies of the
frames neither raise nor break the JSON rendering.
"""

from __future__ import annotations

import os
import random
import subprocess
import tempfile
from collections.abc import Callable
from typing import Any

import pytest

from conftest import needs_tcpdump, tcpdump_path
from helpers import frame_packets, split_tcpdump_packets
from purepcap.printer import Printer
from purepcap.printer._base import Options
from purepcap.savefile import PcapWriter

Frame = bytes | tuple[bytes, int]


def options(flags: str) -> Options:
    """The printer options of tcpdump ``flags`` ("-v", "-vv" ...)."""
    return Options(verbose=max((f.count("v") for f in flags.split() if f.startswith("-v")),
                               default=0))


def ours(frames: list[Frame], flags: str) -> list[str]:
    """purepcap's text per frame (Ethernet), printer bugs raised."""
    pr = Printer(options(flags), linktype=1, strict=True)
    return [pr.text(p) for p in frame_packets(frames)]


def tcpdump_texts(binary: str, frames: list[Frame], flags: str) -> list[str]:
    """``tcpdump -n -tt FLAGS`` per frame, time stamps cut off."""
    fd, path = tempfile.mkstemp(suffix=".pcap")
    os.close(fd)
    try:
        with PcapWriter(path, linktype=1, snaplen=262144) as w:
            for p in frame_packets(frames):
                w.write(p)
        res = subprocess.run([binary, "-n", "-tt", *flags.split(), "-r", path],
                             capture_output=True, check=False)
    finally:
        os.unlink(path)
    return split_tcpdump_packets(res.stdout.decode("latin-1"))


def assert_same(got: list[str], want: list[str]) -> None:
    assert len(got) == len(want)
    for i, (g, w) in enumerate(zip(got, want)):
        assert g == w, (i, w, g)


def assert_robust(frames: list[Frame], start: int, rounds: int = 300, seed: int = 7) -> None:
    """Damaged and cut copies of ``frames`` (bytes from ``start`` on changed) print
    and render as JSON without raising."""
    rng = random.Random(seed)
    base = [f if isinstance(f, bytes) else f[0] for f in frames]
    damaged: list[Frame] = []
    for _ in range(rounds):
        b = bytearray(rng.choice(base))
        for _ in range(rng.randrange(1, 6)):
            i = rng.randrange(start, len(b))
            b[i] = rng.randrange(256)
        damaged.append((bytes(b), rng.randrange(start, len(b) + 1)))
    pkts = frame_packets(damaged)
    for flags in ("", "-v", "-vv"):
        pr = Printer(options(flags), linktype=1, strict=True)
        for p in pkts:
            assert isinstance(pr.text(p), str)
    pr = Printer(options("-v"), linktype=1, strict=True)
    for p in pkts:
        assert pr.json(p).startswith("{")


def recorded(expected: dict[str, Any], flags: str) -> list[str]:
    """The recorded texts for ``flags``.  A value may name other flags (the same
    texts), or be ``{"like": flags, index: text, ...}``: those flags' texts but for
    the packets listed."""
    want = expected[flags]
    if isinstance(want, str):
        return recorded(expected, want)
    if isinstance(want, dict):
        base = list(recorded(expected, want["like"]))
        for i, text in want.items():
            if isinstance(i, int):
                base[i] = text
        return base
    return list(want)


def protocol_tests(frames: Callable[[], list[Frame]],
                   expected: Callable[[], dict[str, Any]],
                   start: int) -> tuple[Callable[..., None], ...]:
    """A test module's three tests, to assign to its ``test_*`` names: the frames
    against the recorded text (``expected()``, by flags "", "-v" and "-vv"; see
    :func:`recorded`), against
    a live tcpdump, and damaged copies of them (from octet ``start`` on) against
    raising."""

    @pytest.mark.parametrize("flags", ["", "-v", "-vv"])
    def test_matches_recorded_tcpdump(flags: str) -> None:
        assert_same(ours(frames(), flags), recorded(expected(), flags))

    @needs_tcpdump
    @pytest.mark.parametrize("flags", ["", "-v", "-vv"])
    def test_matches_live_tcpdump(flags: str) -> None:
        assert_same(ours(frames(), flags), tcpdump_texts(tcpdump_path(), frames(), flags))

    def test_damaged_messages_never_raise() -> None:
        assert_robust(frames(), start)

    return test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise
