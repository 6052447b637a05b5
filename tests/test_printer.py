"""Timestamp and dump formats against tcpdump 4.99.3's own output on the same files."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

import oracle
from conftest import CORPUS, SAMPLES, needs_corpus, needs_libpcap, needs_tcpdump, tcpdump_path
from purepcap import printer

SAMPLE = SAMPLES / "loopback.pcap"

FILES = [pytest.param(SAMPLE, id=SAMPLE.name)] + [
    pytest.param(CORPUS / sub / name, id=name, marks=needs_corpus)
    for sub, name in [("tcpdump", "802.1ad_QinQ.pcap"), ("libpcap-filter", "loopback.pcap"),
                      ("libpcap-filter", "ipv6_ext_headers.pcap")]]


def _tcpdump(path: Path, *flags: str) -> list[str]:
    env = dict(os.environ, TZ="UTC")
    res = subprocess.run([tcpdump_path(), "-nn", "-r", str(path), *flags], capture_output=True,
                         text=True, env=env, errors="replace", check=False)
    assert res.returncode == 0, res.stderr
    return res.stdout.splitlines()


def _split_packets(lines: list[str]) -> list[list[str]]:
    """Group tcpdump output into per-packet line lists (a header line starts each)."""
    packets: list[list[str]] = []
    for line in lines:
        if line.startswith("\t0x"):
            packets[-1].append(line)
        else:
            packets.append([line])
    return packets


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    import time
    time.tzset()


@needs_tcpdump
@needs_libpcap
@pytest.mark.parametrize("path", FILES)
@pytest.mark.parametrize("flag,func", [("-xx", printer.hex_dump), ("-XX", printer.hex_ascii_dump)])
def test_full_packet_dumps_match_tcpdump(path: Path, flag: str, func: object) -> None:
    pkts = oracle.read_packets(str(path)).packets
    groups = _split_packets(_tcpdump(path, flag))
    assert len(groups) == len(pkts)
    for pkt, group in zip(pkts, groups):
        ours = func(pkt.data).split("\n")[1:]  # type: ignore[operator]
        assert ours == group[1:]


@needs_tcpdump
@needs_libpcap
@pytest.mark.parametrize("flag,func", [("-x", printer.hex_dump), ("-X", printer.hex_ascii_dump)])
def test_network_layer_dumps_match_tcpdump(flag: str, func: object) -> None:
    pkts = oracle.read_packets(str(SAMPLE)).packets
    groups = _split_packets(_tcpdump(SAMPLE, flag))
    for pkt, group in zip(pkts, groups):
        body = pkt.data[printer.link_header_length(1, pkt.data):]
        assert func(body).split("\n")[1:] == group[1:]  # type: ignore[operator]


@needs_tcpdump
@needs_libpcap
def test_ascii_dump_matches_tcpdump() -> None:
    pkts = oracle.read_packets(str(SAMPLE)).packets
    res = subprocess.run([tcpdump_path(), "-nn", "-t", "-A", "-r", str(SAMPLE)], capture_output=True,
                         env=dict(os.environ, TZ="UTC"), check=True)
    ours = []
    for pkt in pkts:
        body = pkt.data[printer.link_header_length(1, pkt.data):]
        ours.append(printer.ascii_dump(body).encode("latin-1"))
    # each packet's tcpdump output is "header line" + ascii dump + "\n"; the header
    # lines are protocol decodes we do not print yet, so compare the dumps in order
    text = res.stdout
    pos = 0
    for dump in ours:
        idx = text.find(dump + b"\n", pos)
        assert idx >= 0, dump
        pos = idx + len(dump)


@needs_tcpdump
@needs_libpcap
@needs_corpus
@pytest.mark.parametrize("tflag", [0, 2, 3, 4, 5])
@pytest.mark.parametrize("nano", [False, True])
def test_timestamps_match_tcpdump(tflag: int, nano: bool) -> None:
    path = CORPUS / "libpcap-filter" / "pim-packet-assortment.pcap"
    flags = (["-" + "t" * tflag] if tflag else [])
    if nano:
        flags.append("--time-stamp-precision=nano")
    lines = _tcpdump(path, *flags)
    pkts = oracle.read_packets(str(path)).packets
    fmt = printer.TimestampFormatter(tflag, nano=nano)
    assert len(lines) == len(pkts)
    for pkt, line in zip(pkts, lines):
        ts = fmt.format(pkt.ts)
        assert line.startswith(ts), (ts, line)


def test_no_timestamp_mode() -> None:
    assert printer.TimestampFormatter(1).format(123_456_789_000) == ""


def test_link_header_length_never_exceeds_data() -> None:
    assert printer.link_header_length(1, b"\x00" * 5) == 5
    assert printer.link_header_length(12, b"\x45" * 40) == 0
