"""Devices and signals of the command, live in namespaces the tests create, next to tcpdump.

``-D`` (libpcap 1.10.3's order), ``-i N``, the default device, ``-L``, ``-J``,
``-j``, ``-I``, ``-i any`` choosing LINUX_SLL2, and tcpdump's signals: SIGHUP
ends a capture like SIGINT, SIGUSR1 prints the statistics and carries on, a
closed stdout ends quietly, and a capture killed with SIGKILL leaves a file
of whole records.  Both programs run inside ``ip netns exec`` so they see the
same devices (and the same ``/sys``).
"""

from __future__ import annotations

import mmap
import os
import re
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import netns as N
from conftest import TCPDUMP, needs_root, tcpdump_path
from netns import VethPair
from purepcap.errors import SavefileTruncated
from purepcap.savefile import open_reader

pytestmark = [pytest.mark.live, needs_root]

#: libpcap capture sources that are not network devices; purepcap does not list them
NOT_NETWORK = re.compile(r"(bluetooth-monitor|bluetooth\d+|nflog|nfqueue|dbus-system|"
                         r"dbus-session|usbmon\d*|rdma.*|dpdk:.*)$")


def cli(pair: VethPair, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["ip", "netns", "exec", pair.cap_ns, sys.executable, "-m",
                           "purepcap.cli", *args], capture_output=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def tcpdump(pair: VethPair, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["ip", "netns", "exec", pair.cap_ns, tcpdump_path(), *args],
                          capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)


def same_text(ours: subprocess.CompletedProcess[bytes],
              ref: subprocess.CompletedProcess[bytes]) -> None:
    """Same status, stdout, and stderr with the program names swapped."""
    assert ours.returncode == ref.returncode, (ours.stderr, ref.stderr)
    assert ours.stdout == ref.stdout
    theirs = ref.stderr.decode().replace("tcpdump: ", "PROG: ")
    assert ours.stderr.decode().replace("purepcap: ", "PROG: ") == theirs


def more_devices(pair: VethPair) -> None:
    """A veth pair that is down, and one end of another that is up without a carrier."""
    pair.ip("cap", "link", "add", "xa", "type", "veth", "peer", "name", "xb")
    pair.ip("cap", "link", "add", "ya9", "type", "veth", "peer", "name", "yb")
    pair.ip("cap", "link", "set", "ya9", "up")


def tcpdump_network_devices(text: str) -> list[str]:
    """tcpdump -D's lines without libpcap's non-network sources, renumbered."""
    out = []
    for line in text.splitlines():
        _num, rest = line.split(".", 1)
        name = rest.split(" ", 1)[0]
        if not NOT_NETWORK.match(name):
            out.append(f"{len(out) + 1}.{rest}")
    return out


# -- -D, -i N, the default device ---------------------------------------------------------------

def test_list_devices_in_libpcaps_order(veth: VethPair) -> None:
    more_devices(veth)
    ours = cli(veth, "-D")
    assert ours.returncode == 0, ours.stderr
    lines = ours.stdout.decode().splitlines()
    names = [line.split(".", 1)[1].split(" ")[0] for line in lines]
    # up and running first, then any, loopback, up without carrier, down
    assert names == ["vc", "any", "lo", "ya9", "xb", "xa", "yb"], lines
    assert lines[0] == "1.vc [Up, Running, Connected]"
    assert lines[3] == "4.ya9 [Up, Disconnected]"
    if TCPDUMP is not None:
        ref = tcpdump(veth, "-D")
        assert ref.returncode == 0
        assert lines == tcpdump_network_devices(ref.stdout.decode())


@pytest.mark.parametrize("args", [["-i", "1", "-L"], ["-i", "3", "-L"], ["-L"], ["-J"],
                                  ["-i", "0", "-L"], ["-i", "99", "-L"], ["-i", "-2", "-L"]],
                         ids=["i1", "i3", "default-L", "default-J", "i0", "i99", "i-2"])
def test_device_numbers_and_default(veth: VethPair, args: list[str]) -> None:
    ours = cli(veth, *args)
    if args[-2:] == ["1", "-L"] or args == ["-L"]:
        assert ours.stderr.decode().startswith("Data link types for vc ")
    if args[1:2] in (["0"], ["99"], ["-2"]):
        assert (ours.returncode, ours.stderr) == (1, b"purepcap: Invalid adapter index\n")
    if TCPDUMP is not None:
        same_text(ours, tcpdump(veth, *args))


def test_no_such_device(veth: VethPair) -> None:
    ours = cli(veth, "-i", "nosuch0", "-c", "1")
    assert (ours.returncode, ours.stderr) == (1, b"purepcap: nosuch0: No such device exists\n")
    if TCPDUMP is not None:
        ref = tcpdump(veth, "-i", "nosuch0", "-c", "1")
        # tcpdump adds libpcap's message again on a second line
        assert ref.returncode == 1
        assert ref.stderr.decode().splitlines()[0] == "tcpdump: nosuch0: No such device exists"


# -- -L, -J, -j, -I -------------------------------------------------------------------------------

@pytest.mark.parametrize("dev", ["vc", "lo", "any"])
def test_list_datalinks(veth: VethPair, dev: str) -> None:
    ours = cli(veth, "-i", dev, "-L")
    assert ours.returncode == 0 and ours.stdout == b""
    if dev == "vc":
        assert ours.stderr == (b"Data link types for vc (use option -y to set):\n"
                               b"  EN10MB (Ethernet)\n"
                               b"  DOCSIS (DOCSIS) (printing not supported)\n")
    if TCPDUMP is not None:
        same_text(ours, tcpdump(veth, "-i", dev, "-L"))


@pytest.mark.parametrize("args", [["-i", "vc", "-J"], ["-i", "any", "-J"],
                                  ["-i", "nosuch0", "-J"], ["-i", "vc", "-I", "-c", "1"],
                                  ["-i", "vc", "-I", "-L"], ["-i", "nosuch0", "-I"]],
                         ids=["J-vc", "J-any", "J-nosuch", "I", "I-L", "I-nosuch"])
def test_time_stamp_types_and_monitor_mode(veth: VethPair, args: list[str]) -> None:
    ours = cli(veth, *args)
    if "-J" in args:
        assert ours.returncode == 0
        assert ours.stderr.decode().splitlines()[1:] == ["  host (Host)"]
    else:
        assert ours.returncode == 1
        assert ours.stderr.decode().endswith(": That device doesn't support monitor mode\n")
    if TCPDUMP is not None:
        same_text(ours, tcpdump(veth, *args))


@pytest.mark.parametrize("args", [["-i", "any", "-d", "udp port 53"],
                                  ["-i", "any", "-y", "LINUX_SLL", "-d", "udp port 53"],
                                  ["-i", "any", "-ddd", "inbound and ip"],
                                  ["-i", "vc", "-y", "DOCSIS", "-d"],
                                  ["-i", "vc", "-y", "LINUX_SLL", "-d"],
                                  ["-i", "vc", "-y", "EN10MB", "-d", "ip broadcast"],
                                  ["-i", "2", "-d", "ip"]],
                         ids=["any", "any-sll", "any-ddd", "docsis", "sll-refused", "en10mb",
                              "i2"])
def test_compile_for_a_device(veth: VethPair, args: list[str]) -> None:
    ours = cli(veth, *args)
    if args[:2] == ["-i", "any"] and "-y" not in args:
        assert ours.stderr == b"purepcap: data link type LINUX_SLL2\n"
    if TCPDUMP is not None:
        same_text(ours, tcpdump(veth, *args))


def test_unsupported_time_stamp_type_warns(veth: VethPair) -> None:
    proc = start(veth, "-j", "adapter", "-w", os.devnull, want="listening on vc")
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0
    first = (proc.first + err).decode().splitlines()[0]
    assert first == ("purepcap: WARNING: When trying to set timestamp type 'adapter' on vc: "
                     "That type of time stamp is not supported by that device")


def test_any_captures_as_sll2(veth: VethPair) -> None:
    proc = start(veth, "-i", "any", "-w", os.devnull, want="listening on any", iface=None)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    lines = (proc.first + err).decode().splitlines()
    assert lines[0] == "purepcap: data link type LINUX_SLL2"
    assert lines[1].startswith("purepcap: listening on any, link-type LINUX_SLL2 (Linux cooked v2)")


# -- signals -----------------------------------------------------------------------------------

class Started(subprocess.Popen):  # type: ignore[type-arg]
    first: bytes = b""


def start(pair: VethPair, *args: str, want: str = "listening on",
          iface: str | None = "vc", stdout: int | None = subprocess.PIPE) -> Started:
    """The command in the capture namespace, once its "listening on" line is out."""
    cmd = ["ip", "netns", "exec", pair.cap_ns, sys.executable, "-m", "purepcap.cli"]
    if iface is not None:
        cmd += ["-i", iface]
    # stdout buffered as it is for users (PYTHONUNBUFFERED would hide -l and -U)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    proc = Started(cmd + list(args), stdout=stdout, stderr=subprocess.PIPE,
                   stdin=subprocess.DEVNULL, env=env)
    assert proc.stderr is not None
    got = b""
    deadline = time.monotonic() + 30
    while want.encode() not in got and time.monotonic() < deadline:
        r, _, _ = select.select([proc.stderr], [], [], 0.5)
        if r:
            chunk = os.read(proc.stderr.fileno(), 4096)
            if not chunk:
                break
            got += chunk
        elif proc.poll() is not None:
            break
    assert want.encode() in got, got
    proc.first = got
    return proc


def send_udp(pair: VethPair, n: int, start_seq: int = 0) -> None:
    sender = pair.sender()
    try:
        for i in range(n):
            sender.send(N.udp_frame(start_seq + i))
    finally:
        sender.close()


STATS = re.compile(r"(\d+) packets? captured\n(\d+) packets? received by filter\n"
                   r"(\d+) packets? dropped by kernel\n$")


def test_sighup_ends_like_sigint(veth: VethPair) -> None:
    proc = start(veth, "-n", "udp")
    send_udp(veth, 5)
    time.sleep(1.5)
    proc.send_signal(signal.SIGHUP)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    text = out.decode()
    assert len([line for line in text.splitlines() if " UDP, length " in line]) == 5, text
    assert text.endswith("\n\n")      # tcpdump's extra newline after an interruption
    m = STATS.search(err.decode())
    assert m and m.group(1) == "5", err


def test_sigusr1_prints_statistics_and_carries_on(veth: VethPair, tmp_path: Path) -> None:
    out = tmp_path / "live.pcap"
    proc = start(veth, "-w", str(out), "udp")
    send_udp(veth, 7)
    time.sleep(1.5)
    proc.send_signal(signal.SIGUSR1)
    time.sleep(0.5)
    send_udp(veth, 3, 7)
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    lines = (proc.first + err).decode().splitlines()
    assert ("purepcap: 7 packets captured, 7 packets received by filter, "
            "0 packets dropped by kernel") in lines, lines
    assert lines[-3:] == ["10 packets captured", "10 packets received by filter",
                          "0 packets dropped by kernel"]
    with open_reader(str(out)) as r:
        assert len(list(r)) == 10


def test_sigusr1_while_printing(veth: VethPair) -> None:
    proc = start(veth, "-n", "-U", "udp")
    send_udp(veth, 4)
    time.sleep(1.5)
    proc.send_signal(signal.SIGUSR1)
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0
    assert ("purepcap: 4 packets captured, 4 packets received by filter, "
            "0 packets dropped by kernel") in err.decode().splitlines()
    assert out.decode().count(" UDP, length ") == 4


def test_packet_buffered_write_is_on_disk_at_once(veth: VethPair, tmp_path: Path) -> None:
    out = tmp_path / "live.pcap"
    proc = start(veth, "-i", "any", "-U", "-w", str(out), "udp", iface=None)
    send_udp(veth, 3)
    time.sleep(1.0)
    try:
        with open_reader(str(out)) as r:     # still running: the records are there
            assert len(list(r)) == 3
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=30)
    assert proc.returncode == 0


def test_closed_stdout_ends_quietly_with_statistics(veth: VethPair) -> None:
    proc = start(veth, "-n", "-l", "udp")
    assert proc.stdout is not None
    proc.stdout.close()
    send_udp(veth, 3)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:   # pragma: no cover - the failure being tested
        proc.kill()
        raise
    err = proc.stderr.read().decode() if proc.stderr else ""
    assert proc.returncode == 0, err
    assert "Traceback" not in err and STATS.search(err), err


class Flood:
    def __init__(self, pair: VethPair) -> None:
        self.sender = pair.sender()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        frames = [N.udp_frame(i) + bytes(i % 700) for i in range(256)]
        while not self.stop.is_set():
            for f in frames:
                try:
                    self.sender.send(f)
                except OSError:
                    pass

    def __enter__(self) -> "Flood":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(10)
        self.sender.close()


@pytest.mark.parametrize("path", ["ring", "any"])
def test_sigkill_leaves_whole_records(veth: VethPair, tmp_path: Path, path: str) -> None:
    out = tmp_path / "live.pcap"
    args = ["-i", "any", "-w", str(out)] if path == "any" else ["-w", str(out)]
    proc = start(veth, *args, iface=None if path == "any" else "vc")
    with Flood(veth):
        time.sleep(2.0)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    data = out.read_bytes()
    assert len(data) > 24 + 16
    off, n = 24, 0
    order = "<" if data[:4] in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1") else ">"
    import struct
    # Every write() holds whole records.  The one thing no process controls: the
    # kernel ends a write() that SIGKILL interrupts between two pages of the file,
    # so a last record may be cut there, and only there (a page boundary).
    cut = False
    while off < len(data):
        if off + 16 > len(data) or \
                off + 16 + struct.unpack_from(order + "I", data, off + 8)[0] > len(data):
            assert len(data) % mmap.PAGESIZE == 0, f"partial record at {off} of {len(data)}"
            cut = True
            break
        off += 16 + struct.unpack_from(order + "I", data, off + 8)[0]
        n += 1
    assert (off == len(data) or cut) and n > 0
    with open_reader(str(out)) as r:
        got = 0
        try:
            for _ in r:
                got += 1
        except SavefileTruncated:
            assert cut
    assert got == n
    if TCPDUMP is not None and not cut:
        ref = subprocess.run([tcpdump_path(), "-r", str(out), "--count"], capture_output=True,
                             timeout=60)
        assert ref.returncode == 0, ref.stderr
        assert ref.stdout == f"{n} packets\n".encode()


def test_ignored_sighup_stays_ignored(veth: VethPair) -> None:
    # tcpdump keeps SIGHUP ignored when it was ignored on entry (nohup)
    cmd = ["ip", "netns", "exec", veth.cap_ns, sys.executable, "-c",
           "import signal, sys, runpy; signal.signal(signal.SIGHUP, signal.SIG_IGN); "
           "sys.argv = ['purepcap', '-i', 'vc', '-w', '/dev/null']; "
           "runpy.run_module('purepcap.cli', run_name='__main__')"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert proc.stderr is not None
        assert b"listening on vc" in proc.stderr.readline()
        proc.send_signal(signal.SIGHUP)
        time.sleep(1.0)
        assert proc.poll() is None
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=30)
    assert proc.returncode == 0


@pytest.mark.parametrize("flag", ["-l", "-U", None], ids=["l", "U", "buffered"])
def test_printed_lines_go_out_at_once(veth: VethPair, flag: str | None) -> None:
    proc = start(veth, *([flag] if flag else []), "-n", "udp")
    try:
        assert proc.stdout is not None
        send_udp(veth, 1)
        r, _, _ = select.select([proc.stdout], [], [], 3)
        if flag is None:     # a pipe is block-buffered: nothing yet
            assert not r
            return
        assert r, "no line while the capture runs"
        assert b" UDP, length " in os.read(proc.stdout.fileno(), 4096)
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=30)
    assert proc.returncode == 0
