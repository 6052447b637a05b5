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
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import socket
import struct
import subprocess
import uuid
from dataclasses import dataclass
from typing import Iterator

import pytest

CLONE_NEWNET = 0x40000000
ETH_P_EXP = 0x88B5
_libc = ctypes.CDLL(None, use_errno=True)

needs_root = pytest.mark.skipif(os.geteuid() != 0,
                                reason="live capture tests need root (CAP_NET_RAW, CAP_SYS_ADMIN "
                                       "for network namespaces)")


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


@pytest.fixture
def veth() -> Iterator[VethPair]:
    if os.geteuid() != 0:
        pytest.skip("live capture tests need root (network namespaces, CAP_NET_RAW)")
    pair = make_pair()
    try:
        yield pair
    finally:
        destroy_pair(pair)


# -- frame builders ----------------------------------------------------------------------

BROADCAST = b"\xff" * 6


def eth(dst: bytes, src: bytes, ethertype: int, payload: bytes) -> bytes:
    frame = dst + src + struct.pack(">H", ethertype) + payload
    return frame.ljust(60, b"\0")


def exp_frame(seq: int, src: bytes = b"\x02\0\0\0\0\x01", dst: bytes = BROADCAST,
              size: int = 60) -> bytes:
    """An experimental-Ethertype frame carrying ``seq`` right after the header."""
    return eth(dst, src, ETH_P_EXP, struct.pack(">I", seq)).ljust(size, b"\0")


def seq_of(data: bytes, vlan: bool = False) -> int:
    off = 18 if vlan else 14
    return struct.unpack_from(">I", data, off)[0]


def _csum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f">{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def udp_frame(seq: int, sport: int = 40000, dport: int = 9999,
              src_ip: str = "10.99.0.1", dst_ip: str = "10.99.0.2",
              src: bytes = b"\x02\0\0\0\0\x01", dst: bytes = BROADCAST,
              payload_len: int = 18) -> bytes:
    payload = struct.pack(">I", seq).ljust(payload_len, b"\0")
    udp = struct.pack(">HHHH", sport, dport, 8 + len(payload), 0) + payload
    hdr = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), seq & 0xFFFF, 0, 64, 17, 0,
                      socket.inet_aton(src_ip), socket.inet_aton(dst_ip))
    hdr = hdr[:10] + struct.pack(">H", _csum(hdr)) + hdr[12:]
    return eth(dst, src, 0x0800, hdr + udp)


def udp_seq(data: bytes, vlan: bool = False) -> int:
    off = (18 if vlan else 14) + 28
    return struct.unpack_from(">I", data, off)[0]


def vlan_frame(seq: int, vid: int, tpid: int = 0x8100, inner: int = ETH_P_EXP,
               src: bytes = b"\x02\0\0\0\0\x01", dst: bytes = BROADCAST, pcp: int = 0) -> bytes:
    tci = (pcp << 13) | vid
    return (dst + src + struct.pack(">HHH", tpid, tci, inner) + struct.pack(">I", seq)).ljust(64, b"\0")
