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
from conftest import ROOT_REASON, needs_oracle
from netns import VethPair

pytestmark = [pytest.mark.live, needs_oracle]


def start(pair: VethPair, *args: str) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(["ip", "netns", "exec", pair.cap_ns, sys.executable, "-m",
                             "purepcap.cli", "-i", pair.cap_if, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # wait for the banner: the socket is set up and filtered once it is printed
    assert proc.stderr is not None
    deadline = time.monotonic() + 30
    line = b""
    fd = proc.stderr.fileno()
    # read the raw descriptor: "verbose output suppressed" may come first
    while time.monotonic() < deadline and b"listening on" not in line:
        r, _, _ = select.select([fd], [], [], 0.5)
        if r:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            line += chunk
        elif proc.poll() is not None:
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
        # tcpdump's line for the frames udp_frame builds (18 bytes of UDP payload)
        assert line.split(" ", 1)[1] == "IP 10.99.0.1.40000 > 10.99.0.2.9999: UDP, length 18"


def test_unknown_interface_is_one_line() -> None:
    if os.geteuid() != 0:
        pytest.skip(ROOT_REASON)
    res = subprocess.run([sys.executable, "-m", "purepcap.cli", "-i", "nosuchdev0"],
                         capture_output=True, timeout=60, check=False)
    assert res.returncode == 1
    assert res.stderr.decode().count("\n") == 1 and b"nosuchdev0" in res.stderr


# --- the -w fast path (ring blocks straight to the file) --------------------------------------


def wait_for_size(path: Path, size: int, seconds: float = 60.0) -> None:
    """Wait until the capture file has ``size`` bytes (bounded; no timing assert)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if path.exists() and path.stat().st_size >= size:
            return
        time.sleep(0.05)


def test_write_many_blocks_exactly(veth: VethPair, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "many.pcap"
    proc = start(veth, "-c", "3000", "-w", str(out), "udp")
    sent = udp_and_other(veth, 3000)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "3000 packets captured" in err.decode()
    got = oracle.read_packets(str(out))
    assert got.error is None and got.linktype == 1
    assert [p.data for p in got.packets] == sent
    assert all(p.ts % 1000 == 0 for p in got.packets)   # microsecond file (tcpdump's default)
    assert out.stat().st_size == 24 + 3000 * (16 + 60)


@pytest.mark.parametrize("count", [1, 137, 299])
def test_write_count_stops_inside_a_block(veth: VethPair, tmp_path: Path,  # noqa: F811
                                          count: int) -> None:
    out = tmp_path / "c.pcap"
    proc = start(veth, "-c", str(count), "-w", str(out))
    sender = veth.sender()
    frames = [N.exp_frame(i) for i in range(300)]
    try:
        sender.send_all(frames)        # ~300 frames land in one ring block
    finally:
        sender.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert f"{count} packet{'s' if count != 1 else ''} captured" in err.decode()
    got = oracle.read_packets(str(out))
    assert got.error is None
    assert [p.data for p in got.packets] == frames[:count]


def test_write_vlan_frames_and_nanoseconds(veth: VethPair, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "v.pcap"
    frames = [N.vlan_frame(i, vid=7 + i % 3, tpid=0x88A8 if i % 2 else 0x8100)
              if i % 10 == 3 else N.exp_frame(i) for i in range(500)]
    proc = start(veth, "-c", "500", "--time-stamp-precision", "nano", "-w", str(out))
    sender = veth.sender()
    try:
        sender.send_all(frames)
    finally:
        sender.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    got = oracle.read_packets(str(out))
    assert got.error is None
    assert [p.data for p in got.packets] == frames      # tags put back, real TPIDs
    assert [p.wirelen for p in got.packets] == [len(f) for f in frames]
    assert any(p.ts % 1000 for p in got.packets)        # nanosecond file


def test_write_to_stdout(veth: VethPair) -> None:  # noqa: F811
    proc = start(veth, "-c", "200", "-w", "-", "udp")
    sent = udp_and_other(veth, 200)
    raw, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    from purepcap.savefile import open_reader
    import io
    with open_reader(io.BytesIO(raw)) as r:
        assert [p.data for p in r] == sent


def test_sigterm_flushes_several_blocks(veth: VethPair, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "t.pcap"
    proc = start(veth, "-w", str(out), "udp")
    sent = udp_and_other(veth, 2000)
    wait_for_size(out, 24 + 2000 * 76)   # the reader has written them all (bounded wait)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "2000 packets captured" in err.decode()
    got = oracle.read_packets(str(out))
    assert got.error is None
    assert [p.data for p in got.packets] == sent
