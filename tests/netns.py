"""Network-namespace fixtures for the live tests.

``veth`` builds two fresh namespaces joined by a veth pair::

    ns "cap"  [ vc ] <====== veth ======> [ vp ]  ns "peer"

IPv6 is disabled in both namespaces (no router solicitations, no MLD, no
DAD) and no address is configured, so the link is silent: every frame on it
is one a test sent, and counts can be exact.  Test frames use the local
experimental Ethertype 0x88B5 or IPv4/UDP between made-up addresses.

The test process enters a namespace only for the duration of a ``with
pair.cap():`` / ``with pair.peer():`` block, through ``setns(2)`` on the
current thread, and goes back to its own namespace afterwards; sockets keep
the namespace they were created in.  Everything is removed in the fixture's
finalizer, even when the test fails.

The ``veth`` fixture itself is in ``conftest.py`` (request it by name); this
module holds the plumbing and the helpers that open and drain a capture on a pair.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from typing import Any, Iterator

import purepcap
# the marker and the fixture live in conftest, the frame builders in helpers; re-exported
# for the live tests' ``N.needs_root`` and ``N.exp_frame(...)``
from conftest import needs_root as needs_root, veth as veth  # noqa: F401
from helpers import BROADCAST as BROADCAST, ETH_P_EXP as ETH_P_EXP, eth as eth  # noqa: F401
from helpers import exp_frame as exp_frame, seq_of as seq_of, udp_frame as udp_frame  # noqa: F401
from helpers import udp_seq as udp_seq, vlan_frame as vlan_frame  # noqa: F401

CLONE_NEWNET = 0x40000000
_libc = ctypes.CDLL(None, use_errno=True)

def _run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(args, check=check, capture_output=True, text=True, timeout=30)


def _setns(fd: int) -> None:
    if _libc.setns(fd, CLONE_NEWNET) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))


@contextlib.contextmanager
def netns(name: str) -> Iterator[None]:
    """Run the body with the current thread in network namespace ``name``."""
    home = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
    target = os.open(f"/run/netns/{name}", os.O_RDONLY)
    try:
        _setns(target)
        try:
            yield
        finally:
            _setns(home)
    finally:
        os.close(target)
        os.close(home)


def mac_of(ns: str, ifname: str) -> bytes:
    out = _run("ip", "-n", ns, "-o", "link", "show", ifname).stdout
    text = out.split("link/ether ")[1].split()[0]
    return bytes.fromhex(text.replace(":", ""))


@dataclass
class VethPair:
    cap_ns: str
    peer_ns: str
    cap_if: str = "vc"
    peer_if: str = "vp"

    def cap(self) -> contextlib.AbstractContextManager:
        return netns(self.cap_ns)

    def peer(self) -> contextlib.AbstractContextManager:
        return netns(self.peer_ns)

    @property
    def cap_mac(self) -> bytes:
        return mac_of(self.cap_ns, self.cap_if)

    @property
    def peer_mac(self) -> bytes:
        return mac_of(self.peer_ns, self.peer_if)

    def sender(self, side: str = "peer") -> "Sender":
        ns, ifname = ((self.peer_ns, self.peer_if) if side == "peer"
                      else (self.cap_ns, self.cap_if))
        with netns(ns):
            return Sender(ifname)

    def ip(self, side: str, *args: str) -> None:
        _run("ip", "-n", self.cap_ns if side == "cap" else self.peer_ns, *args)


class Sender:
    """A raw packet socket bound to one interface (in the namespace it was made in)."""

    def __init__(self, ifname: str) -> None:
        self.sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, 0)
        self.sock.bind((ifname, 0))
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4 << 20)

    def send(self, frame: bytes) -> None:
        self.sock.send(frame)

    def send_all(self, frames: list[bytes]) -> None:
        for f in frames:
            while True:
                try:
                    self.sock.send(f)
                    break
                except BlockingIOError:  # pragma: no cover - queue full
                    continue

    def close(self) -> None:
        self.sock.close()


def _unique(prefix: str) -> str:
    return f"pp{prefix}{uuid.uuid4().hex[:8]}"


def make_pair() -> VethPair:
    cap_ns, peer_ns = _unique("c"), _unique("p")
    pair = VethPair(cap_ns, peer_ns)
    try:
        for ns in (cap_ns, peer_ns):
            _run("ip", "netns", "add", ns)
            _run("ip", "netns", "exec", ns, "sysctl", "-q", "-w",
                 "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1")
        _run("ip", "link", "add", pair.cap_if, "netns", cap_ns, "type", "veth",
             "peer", "name", pair.peer_if, "netns", peer_ns)
        _run("ip", "-n", cap_ns, "link", "set", pair.cap_if, "up")
        _run("ip", "-n", peer_ns, "link", "set", pair.peer_if, "up")
        _run("ip", "-n", cap_ns, "link", "set", "lo", "up")
    except BaseException:
        destroy_pair(pair)
        raise
    return pair


def destroy_pair(pair: VethPair) -> None:
    for ns in (pair.cap_ns, pair.peer_ns):
        _run("ip", "netns", "del", ns, check=False)


# -- capturing on a pair -------------------------------------------------------------------

def open_cap(pair: VethPair, device: str | None = None, **opts: Any) -> purepcap.Capture:
    """create() + setters + activate() inside the capture namespace."""
    with pair.cap():
        cap = purepcap.create(device or pair.cap_if)
        cap.set_timeout(opts.pop("timeout_ms", 200))
        for name, value in opts.items():
            if name == "filter":
                cap.setfilter(value)
            elif name == "datalink":
                cap.set_datalink(value)
            else:
                getattr(cap, f"set_{name}")(value)
        cap.activate()
    return cap


def collect(cap: purepcap.Capture, n: int, seconds: float = 5.0) -> list:
    """Read until ``n`` packets arrived or ``seconds`` passed."""
    out: list = []
    end = time.monotonic() + seconds
    while len(out) < n and time.monotonic() < end:
        cap.dispatch(n - len(out), out.append)
    return out


def quiet(cap: purepcap.Capture, wait_ms: int = 300) -> list:
    """Whatever else arrives within ``wait_ms`` (should be nothing)."""
    out: list = []
    end = time.monotonic() + wait_ms / 1000
    while time.monotonic() < end:
        cap.dispatch(-1, out.append)
    return out
