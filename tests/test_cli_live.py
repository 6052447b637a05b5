"""The purepcap command capturing live on a veth pair in namespaces the test creates."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import netns as N
import oracle
from netns import VethPair, veth  # noqa: F401  (fixture)

pytestmark = pytest.mark.skipif(not oracle.available(), reason="libpcap oracle not installed")


def start(pair: VethPair, *args: str) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(["ip", "netns", "exec", pair.cap_ns, sys.executable, "-m",
                             "purepcap.cli", "-i", pair.cap_if, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # wait for the banner: the socket is set up and filtered once it is printed
    assert proc.stderr is not None
    deadline = time.monotonic() + 30
    line = b""
    while time.monotonic() < deadline:
        r, _, _ = select.select([proc.stderr], [], [], 0.5)
        if r:
            line = proc.stderr.readline()
            break
        if proc.poll() is not None:
            break
    assert b"listening on " + pair.cap_if.encode() in line, line
    return proc


def udp_and_other(pair: VethPair, n: int) -> list[bytes]:
    """n UDP frames interleaved with n non-IP frames; returns the UDP ones."""
    sender = pair.sender()
    udp = [N.udp_frame(i) for i in range(n)]
    try:
        for i in range(n):
            sender.send(N.exp_frame(i))
            sender.send(udp[i])
    finally:
        sender.close()
    return udp


def test_count_write_and_summary(veth: VethPair, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "live.pcap"
    proc = start(veth, "-c", "50", "-w", str(out), "udp")
    sent = udp_and_other(veth, 60)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    lines = err.decode().splitlines()
    assert lines[-3:-2] == ["50 packets captured"]
    assert lines[-1] == "0 packets dropped by kernel"
    got = oracle.read_packets(str(out))
    assert got.error is None and got.linktype == 1
    assert [p.data for p in got.packets] == sent[:50]


def test_sigterm_flushes_every_packet(veth: VethPair, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "live.pcap"
    proc = start(veth, "-w", str(out), "udp")
    sent = udp_and_other(veth, 40)
    time.sleep(1.5)  # let the reader take them off the ring (timeout 1 s)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "40 packets captured" in err.decode()
    got = oracle.read_packets(str(out))
    assert got.error is None
    assert [p.data for p in got.packets] == sent


def test_print_mode_lines(veth: VethPair) -> None:  # noqa: F811
    proc = start(veth, "-c", "5", "-tt", "udp")
    udp_and_other(veth, 5)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    lines = out.decode().splitlines()
    assert len(lines) == 5
    for line in lines:
        sec = float(line.split()[0])
        assert abs(sec - time.time()) < 120
        assert "length 60" in line


def test_unknown_interface_is_one_line() -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to open a packet socket")
    res = subprocess.run([sys.executable, "-m", "purepcap.cli", "-i", "nosuchdev0"],
                         capture_output=True, timeout=60, check=False)
    assert res.returncode == 1
    assert res.stderr.decode().count("\n") == 1 and b"nosuchdev0" in res.stderr
