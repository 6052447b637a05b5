"""The purepcap command's printing flags against tcpdump 4.99.3 (and --json, which tcpdump lacks)."""

from __future__ import annotations

import difflib
import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from purepcap.savefile import PcapWriter

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "loopback.pcap"
CORPUS = ROOT.parent / "shared" / "corpus" / "tcpdump"

needs_tcpdump = pytest.mark.skipif(shutil.which("tcpdump") is None,
                                   reason="needs tcpdump 4.99.3 (apt-get install tcpdump)")
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is missing")


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "purepcap.cli", *args], capture_output=True,
                          env=dict(os.environ, TZ="UTC"), timeout=120, check=False)


def tcpdump(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["tcpdump", *args], capture_output=True,
                          env=dict(os.environ, TZ="UTC"), timeout=120, check=False)


def same(args: list[str]) -> None:
    ref = tcpdump(*args)
    res = run(*args)
    assert b"Traceback" not in res.stderr
    theirs = ref.stdout.decode("latin-1").splitlines()
    ours = res.stdout.decode("latin-1").splitlines()
    assert ours == theirs, "\n".join(difflib.unified_diff(theirs, ours, lineterm=""))


@needs_tcpdump
@pytest.mark.parametrize("flags", [["-n", "-#"], ["-n", "-t", "-AA"], ["-n", "-t", "-xx"],
                                   ["-n", "-t", "-XX"], ["-n", "-t", "-x"], ["-n", "--nano"],
                                   ["-n", "--micro", "-ttt"], ["-n", "-K", "-vv", "-t"],
                                   ["-nn", "-t", "-q", "-e"], ["-n", "-vvv", "-t"],
                                   ["-n", "-S", "-t", "-v"]], ids=" ".join)
def test_print_flags_match_tcpdump(flags: list[str]) -> None:
    same([*flags, "-r", str(SAMPLE)])


@needs_tcpdump
@needs_corpus
@pytest.mark.parametrize("flags", [["-n", "-t"], ["-n", "-t", "-e"]], ids=" ".join)
def test_cooked_capture_matches_tcpdump(flags: list[str]) -> None:
    path = CORPUS / "QinQpacket.pcap"
    same([*flags, "-r", str(path)])


@needs_tcpdump
def test_unsupported_link_type_like_tcpdump(tmp_path: Path) -> None:
    path = tmp_path / "user0.pcap"
    with PcapWriter(str(path), linktype=147, nanosecond=False) as w:
        w.write_raw(1_700_000_000_000_000_000, b"hello world 1234567890abcdef")
    same(["-n", "-r", str(path)])


def test_json_lines() -> None:
    res = run("-n", "--json", "-r", str(SAMPLE))
    assert res.returncode == 0, res.stderr
    lines = res.stdout.decode().splitlines()
    assert len(lines) == 28
    objs = [json.loads(line) for line in lines]
    first = objs[0]
    assert set(first) >= {"ts", "caplen", "wirelen", "linktype", "layers", "truncated"}
    assert isinstance(first["ts"], int) and first["linktype"] == "EN10MB"
    assert [layer["proto"] for layer in first["layers"]][:3] == ["eth", "ip", "tcp"]
    assert first["layers"][2]["dport"] == 8765


def test_packet_type_option() -> None:
    assert run("-n", "-T", "vxlan", "-r", str(SAMPLE)).returncode == 0
    res = run("-n", "-T", "nonsense", "-r", str(SAMPLE))
    assert res.returncode != 0
    # tcpdump: "tcpdump: unknown packet type `nonsense'"
    assert res.stderr.decode() == "purepcap: unknown packet type `nonsense'\n"


@needs_tcpdump
@needs_corpus
def test_forced_vxlan_on_another_port() -> None:
    same(["-n", "-T", "vxlan", "-r", str(CORPUS / "vxlan_port_8472.pcap")])


def test_vlan_header_is_skipped_by_x(tmp_path: Path) -> None:
    # -x starts at the network layer: after the 802.1Q tag, as tcpdump does
    ipv4 = bytes.fromhex("4500001c000100004011f9c80a0000010a000002")
    frame = (b"\x00\x11\x22\x33\x44\x55" * 2 + struct.pack("!HH", 0x8100, 100)
             + b"\x08\x00" + ipv4 + bytes.fromhex("03e807d00008" "0000"))
    path = tmp_path / "vlan.pcap"
    with PcapWriter(str(path), linktype=1, nanosecond=False) as w:
        w.write_raw(1_700_000_000_000_000_000, frame)
    out = run("-n", "-t", "-x", "-r", str(path)).stdout.decode().splitlines()
    assert out[1] == "\t0x0000:  4500 001c 0001 0000 4011 f9c8 0a00 0001"
