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
import struct
import subprocess
import tempfile
from collections.abc import Callable
from typing import Any

import pytest

from app_payloads import ipv4
from conftest import needs_tcpdump, tcpdump_path
from helpers import frame_packets, split_tcpdump_packets
from purepcap.printer import Printer
from purepcap.printer._base import Options
from purepcap.savefile import PcapWriter

Frame = bytes | tuple[bytes, int]


def options(flags: str) -> Options:
    """The printer options of tcpdump ``flags`` ("-v", "-vv", "-e", "-T TYPE" ...)."""
    words = flags.split()
    opts = Options(verbose=max((f.count("v") for f in words if f.startswith("-v")), default=0))
    opts.link_header = "-e" in words
    if "-T" in words:
        opts.forced = words[words.index("-T") + 1]
    return opts


def packets(frames: list[Frame], linktype: int = 1) -> list[Any]:
    """:func:`helpers.frame_packets` of ``linktype`` (1: Ethernet)."""
    pkts = frame_packets(frames)
    for p in pkts:
        p.linktype = linktype
    return pkts


def ours(frames: list[Frame], flags: str, linktype: int = 1) -> list[str]:
    """purepcap's text per frame (Ethernet, or ``linktype``), printer bugs raised."""
    pr = Printer(options(flags), linktype=linktype, strict=True)
    return [pr.text(p) for p in packets(frames, linktype)]


def tcpdump_texts(binary: str, frames: list[Frame], flags: str, linktype: int = 1) -> list[str]:
    """``tcpdump -n -tt FLAGS`` per frame (Ethernet, or ``linktype``), time stamps cut off."""
    fd, path = tempfile.mkstemp(suffix=".pcap")
    os.close(fd)
    try:
        with PcapWriter(path, linktype=linktype, snaplen=262144) as w:
            for p in packets(frames, linktype):
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


def assert_robust(frames: list[Frame], start: int, rounds: int = 300, seed: int = 7,
                  linktype: int = 1, cut_from: int | None = None,
                  flag_sets: tuple[str, ...] = ("", "-v", "-vv")) -> None:
    """Damaged and cut copies of ``frames`` (bytes from ``start`` on changed, cut to
    ``cut_from`` octets or more: by default ``start``) print under each of
    ``flag_sets`` and render as JSON without raising (Ethernet, or ``linktype``)."""
    rng = random.Random(seed)
    base = [f if isinstance(f, bytes) else f[0] for f in frames]
    damaged: list[Frame] = []
    least = start if cut_from is None else cut_from
    for _ in range(rounds):
        b = bytearray(rng.choice(base))
        for _ in range(rng.randrange(1, 6)):
            i = rng.randrange(start, len(b))
            b[i] = rng.randrange(256)
        damaged.append((bytes(b), rng.randrange(least, len(b) + 1)))
    pkts = packets(damaged, linktype)
    for flags in flag_sets:
        pr = Printer(options(flags), linktype=linktype, strict=True)
        for p in pkts:
            assert isinstance(pr.text(p), str)
    pr = Printer(options("-v"), linktype=linktype, strict=True)
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


def flag_tests(frames: Callable[[], list[Frame]], expected: Callable[[], dict[str, Any]],
               flags: list[str]) -> tuple[Callable[..., None], ...]:
    """Two tests for other ``flags`` than :func:`protocol_tests`' ("-e", "-e -v",
    "-T lmp" ...), to assign to a module's ``test_*`` names: the frames against
    the recorded text (see :func:`recorded`) and against a live tcpdump."""

    @pytest.mark.parametrize("flags", flags)
    def test_matches_recorded_tcpdump(flags: str) -> None:
        assert_same(ours(frames(), flags), recorded(expected(), flags))

    @needs_tcpdump
    @pytest.mark.parametrize("flags", flags)
    def test_matches_live_tcpdump(flags: str) -> None:
        assert_same(ours(frames(), flags), tcpdump_texts(tcpdump_path(), frames(), flags))

    return test_matches_recorded_tcpdump, test_matches_live_tcpdump


def icmp4_echo() -> bytes:
    """An IPv4 ICMP echo request (192.168.1.1 > 192.168.1.2, id 0x1234, seq 1, 8
    octets of data), its checksum right."""
    icmp = struct.pack("!BBHHH", 8, 0, 0, 0x1234, 1) + b"abcdefgh"
    s = sum((icmp[i] << 8) | icmp[i + 1] for i in range(0, len(icmp), 2))
    s = (s & 0xFFFF) + (s >> 16)
    icmp = icmp[:2] + struct.pack("!H", ~s & 0xFFFF) + icmp[4:]
    return ipv4("192.168.1.1", "192.168.1.2", 1, icmp)


def u32(*v: int) -> bytes:
    """Big-endian 32-bit words."""
    return struct.pack(f"!{len(v)}I", *v)


def f32(*v: float) -> bytes:
    """Big-endian IEEE single-precision numbers."""
    return struct.pack(f"!{len(v)}f", *v)
