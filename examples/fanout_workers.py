#!/usr/bin/env python3
"""Spread one interface's capture over worker processes with PACKET_FANOUT.

Each worker opens its own capture on the same interface and joins the same
fanout group; the kernel hands every packet to exactly one member (``hash``:
by flow, so a flow always lands on the same worker; ``lb``: round robin;
``cpu``: by receiving CPU; ``queue``: by NIC queue).  Nothing is copied twice
and nothing is shared between the workers.

    sudo python examples/fanout_workers.py eth0 --workers 4 --seconds 10

``--selftest`` builds a throw-away network namespace pair, sends N frames
over it from the peer side, and checks that the workers together saw every
frame exactly once (needs root; the traffic never leaves the namespaces).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import struct
import subprocess
import sys
import time
import uuid

import purepcap


def worker(idx: int, device: str, group: int, mode: str, seconds: float, netns: str | None,
           ready, stop, results) -> None:
    if netns:
        _enter_netns(netns)
    with purepcap.create(device).set_timeout(100).set_buffer_size(8 << 20).activate() as cap:
        cap.fanout(group, mode, defrag=(mode == "hash"))
        ready.put(idx)
        seqs: list[int] = []
        end = time.monotonic() + seconds
        while time.monotonic() < end and not stop.is_set():
            for pkt in cap.read_batch():
                if _is_ours(pkt.data):
                    seqs.append(struct.unpack_from(">I", pkt.data, 42)[0])
        # drain what is still in the ring
        cap.setnonblock(True)
        for batch in cap.batches():
            for pkt in batch:
                if _is_ours(pkt.data):
                    seqs.append(struct.unpack_from(">I", pkt.data, 42)[0])
        st = cap.stats()
    results.put((idx, seqs, st.received, st.dropped))


def _is_ours(data: bytes) -> bool:
    """A self-test frame: IPv4/UDP to port 9999 with a sequence number."""
    return len(data) >= 46 and data[12:14] == b"\x08\x00" and data[23] == 17 and \
        data[36:38] == b"\x27\x0f"


def _frame(i: int) -> bytes:
    """IPv4/UDP 10.99.0.1:(1024 + i % 512) -> 10.99.0.2:9999 carrying ``i``."""
    udp = struct.pack(">HHHH", 1024 + i % 512, 9999, 12, 0) + struct.pack(">I", i)
    ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), i & 0xFFFF, 0, 64, 17, 0,
                     bytes([10, 99, 0, 1]), bytes([10, 99, 0, 2]))
    return (b"\xff" * 6 + b"\x02\0\0\0\0\x01" + b"\x08\x00" + ip + udp).ljust(60, b"\0")


def _enter_netns(name: str) -> None:
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    fd = os.open(f"/run/netns/{name}", os.O_RDONLY)
    if libc.setns(fd, 0x40000000) != 0:
        raise OSError(ctypes.get_errno(), "setns")
    os.close(fd)


def run(device: str, workers: int, mode: str, seconds: float, netns: str | None = None,
        sender=None) -> list[tuple[int, list[int], int, int]]:
    ctx = mp.get_context("fork")
    ready, results, stop = ctx.Queue(), ctx.Queue(), ctx.Event()
    group = os.getpid() & 0xFFFF
    procs = [ctx.Process(target=worker, args=(i, device, group, mode, seconds, netns, ready,
                                              stop, results)) for i in range(workers)]
    for p in procs:
        p.start()
    for _ in procs:                # every member joined before traffic starts
        ready.get(timeout=30)
    if sender is not None:
        sender()
        time.sleep(0.5)
        stop.set()
    out = [results.get(timeout=seconds + 30) for _ in procs]
    for p in procs:
        p.join()
    return sorted(out)


def selftest(workers: int, mode: str, count: int) -> int:
    cap_ns, peer_ns = f"ppfc{uuid.uuid4().hex[:8]}", f"ppfp{uuid.uuid4().hex[:8]}"
    sh = lambda *a: subprocess.run(a, check=True, capture_output=True)  # noqa: E731
    try:
        for ns in (cap_ns, peer_ns):
            sh("ip", "netns", "add", ns)
            sh("ip", "netns", "exec", ns, "sysctl", "-q", "-w",
               "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1")
        sh("ip", "link", "add", "vc", "netns", cap_ns, "type", "veth", "peer", "name", "vp",
           "netns", peer_ns)
        sh("ip", "-n", cap_ns, "link", "set", "vc", "up")
        sh("ip", "-n", peer_ns, "link", "set", "vp", "up")

        def send() -> None:
            import socket
            pid = os.fork()
            if pid == 0:
                _enter_netns(peer_ns)
                s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, 0)
                s.bind(("vp", 0))
                for i in range(count):
                    s.send(_frame(i))       # 512 flows for 'hash' to spread
                os._exit(0)
            os.waitpid(pid, 0)

        results = run("vc", workers, mode, 60.0, netns=cap_ns, sender=send)
    finally:
        for ns in (cap_ns, peer_ns):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)
    seen = [s for _i, seqs, _r, _d in results for s in seqs]
    for idx, seqs, received, dropped in results:
        print(f"worker {idx}: {len(seqs)} packets (kernel: received {received}, "
              f"dropped {dropped})")
    lost = count - len(set(seen))
    dup = len(seen) - len(set(seen))
    print(f"sent {count}, seen {len(set(seen))}, lost {lost}, duplicated {dup}")
    return 0 if lost == 0 and dup == 0 else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("device", nargs="?", default=None)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--mode", default="hash", choices=sorted(purepcap.live.FANOUT_MODES))
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--selftest", action="store_true")
    ap.add_argument("--count", type=int, default=20000)
    args = ap.parse_args()
    if args.selftest:
        return selftest(args.workers, args.mode, args.count)
    if not args.device:
        ap.error("give a device, or --selftest")
    for idx, seqs, received, dropped in run(args.device, args.workers, args.mode, args.seconds):
        print(f"worker {idx}: kernel received {received}, dropped {dropped}")
    return 0


if __name__ == "__main__":
    import purepcap.live  # noqa: F401  (FANOUT_MODES for the argument parser)
    sys.exit(main())
