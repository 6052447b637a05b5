#!/usr/bin/env python3
"""Live capture benchmark: purepcap and tcpdump on the same stream, in one run.

Needs root.  Builds two network namespaces joined by a veth pair; trafgen (from
netsniff-ng) in the peer namespace sends N 60-byte IPv4/UDP frames as fast as
it can; in the capture namespace, at the same time,

* ``tcpdump -w FILE udp`` (libpcap), and
* purepcap's Python API (``open_live`` + ``setfilter("udp")`` + a pcap writer)

capture the stream.  Both have the default 2 MiB ring.  Printed: captured and
dropped counts for each and the purepcap/tcpdump ratio.  Then the reader
ceiling: the ring is pre-filled while nobody reads, and purepcap reads it
empty (packets per second, batch API and callback API).

Usage: ``sudo python bench/live_capture.py [-n 1000000]``.  Traffic stays on
the veth pair inside the namespaces.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import struct
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests"))

TRAFGEN_CONF = """{
  fill(0xff, 6), 0x02, 0x00, 0x00, 0x00, 0x00, 0x01, c16(0x0800),
  0x45, 0x00, c16(46), drnd(2), c16(0), 64, 17, csumip(14, 33),
  10, 99, 0, 1, 10, 99, 0, 2,
  c16(40000), c16(9999), c16(26), c16(0),
  fill(0x00, 18)
}
"""


def _pcap_writer(path: str, linktype: int, snaplen: int):
    """purepcap's PcapWriter when available; otherwise a minimal pcap writer."""
    try:
        from purepcap.savefile import PcapWriter  # type: ignore[attr-defined]
        try:
            w = PcapWriter(path, linktype=linktype, snaplen=snaplen)
        except TypeError:
            w = PcapWriter(path, linktype)
        write = getattr(w, "write_packet", None) or w.write
        return write, w.close, "purepcap.savefile.PcapWriter"
    except ImportError:
        pass
    f = open(path, "wb", buffering=1 << 20)
    f.write(struct.pack("=IHHiIII", 0xA1B23C4D, 2, 4, 0, 0, snaplen, linktype))
    pack = struct.Struct("=IIII").pack

    def write(pkt) -> None:
        f.write(pack(pkt.ts // 1_000_000_000, pkt.ts % 1_000_000_000, pkt.caplen, pkt.wirelen))
        f.write(pkt.data)
    return write, f.close, "built-in minimal writer (savefile.PcapWriter not available)"


def capture_worker(device: str, out: str) -> None:
    """Runs inside the capture namespace: capture 'udp' to ``out`` until SIGINT."""
    import purepcap
    cap = purepcap.create(device).set_timeout(100).set_snaplen(262144)
    try:
        cap.setfilter("udp")
        how = "udp (compiled)"
    except Exception:  # noqa: BLE001
        how = None
    cap.activate()
    if how is None:
        # udp as hand-written BPF: ethertype IPv4 and protocol 17
        cap.setfilter([(0x28, 0, 0, 12), (0x15, 0, 3, 0x0800), (0x30, 0, 0, 23),
                       (0x15, 0, 1, 17), (0x06, 0, 0, 262144), (0x06, 0, 0, 0)])
        how = "udp (hand-written BPF; compiler not available)"
    write, close, writer = _pcap_writer(out, cap.datalink(), cap.snapshot())
    signal.signal(signal.SIGINT, lambda *_: cap.breakloop())
    print("ready", flush=True)
    n = 0
    for batch in cap.batches():
        for pkt in batch:
            write(pkt)
        n += len(batch)
    close()
    st = cap.stats()
    cap.close()
    print(json.dumps({"captured": n, "received": st.received, "dropped": st.dropped,
                      "filter": how, "writer": writer}), flush=True)


def ceiling_worker(device: str, count: int) -> None:
    """Inside the capture namespace: report reader speed on a pre-filled ring."""
    import purepcap
    import netns as N
    results = {}
    frame = N.udp_frame(1)
    for api in ("batch", "callback"):
        cap = purepcap.create(device).set_timeout(50).set_buffer_size(256 << 20).activate()
        s = N.Sender(device.replace("c", "c"))  # sending from the capture side is "out"
        s.close()
        print("fill", flush=True)
        sys.stdin.readline()      # the parent fills the ring from the peer side
        time.sleep(0.3)           # let the last block retire
        n = 0
        t0 = time.perf_counter()
        if api == "batch":
            while True:
                b = cap.read_batch(timeout_ms=0)
                if not b:
                    break
                n += len(b)
        else:
            counter = [0]

            def cb(p, c=counter):
                c[0] += 1
            while cap.dispatch(-1, cb):
                pass
            cap.setnonblock(True)
            while cap.dispatch(-1, cb):
                pass
            n = counter[0]
        dt = time.perf_counter() - t0
        st = cap.stats()
        cap.close()
        results[api] = {"packets": n, "seconds": dt, "pps": n / dt if dt else 0,
                        "dropped": st.dropped}
    del frame
    print(json.dumps(results), flush=True)


def run(n: int, ceiling_n: int) -> None:
    import netns as N
    pair = N.make_pair()
    tmp = tempfile.mkdtemp(prefix="pp-bench-")
    conf = os.path.join(tmp, "udp.cfg")
    with open(conf, "w") as f:
        f.write(TRAFGEN_CONF)
    try:
        td_file, pp_file = os.path.join(tmp, "tcpdump.pcap"), os.path.join(tmp, "purepcap.pcap")
        tcpdump = subprocess.Popen(["ip", "netns", "exec", pair.cap_ns, "tcpdump", "-i",
                                    pair.cap_if, "-w", td_file, "-n", "udp"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        worker = subprocess.Popen(["ip", "netns", "exec", pair.cap_ns, sys.executable, __file__,
                                   "--capture-worker", pair.cap_if, pp_file],
                                  stdout=subprocess.PIPE, text=True)
        assert worker.stdout.readline().strip() == "ready"
        line = tcpdump.stderr.readline()
        assert "listening" in line, line
        time.sleep(0.5)
        t0 = time.perf_counter()
        subprocess.run(["ip", "netns", "exec", pair.peer_ns, "trafgen", "-o", pair.peer_if,
                        "-i", conf, "-n", str(n), "-P", "1", "-q"],
                       check=True, capture_output=True)
        send_s = time.perf_counter() - t0
        time.sleep(2.0)
        tcpdump.send_signal(signal.SIGINT)
        worker.send_signal(signal.SIGINT)
        _, td_err = tcpdump.communicate(timeout=60)
        pp_out, _ = worker.communicate(timeout=120)
        pp = json.loads(pp_out.strip().splitlines()[-1])

        def num(pattern: str) -> int:
            m = re.search(r"(\d+) " + pattern, td_err)
            return int(m.group(1)) if m else -1
        td = {"captured": num("packets captured"), "received": num("packets received by filter"),
              "dropped": num("packets dropped by kernel")}
        print(f"sent {n} 60-byte UDP frames with trafgen in {send_s:.2f} s "
              f"({n / send_s:,.0f} pps)")
        print(f"{'':10} {'captured':>10} {'dropped':>10} {'received':>10}")
        print(f"{'tcpdump':10} {td['captured']:>10} {td['dropped']:>10} {td['received']:>10}")
        print(f"{'purepcap':10} {pp['captured']:>10} {pp['dropped']:>10} {pp['received']:>10}")
        if td["captured"] > 0:
            print(f"ratio purepcap/tcpdump captured: {pp['captured'] / td['captured']:.3f}")
        print(f"purepcap filter: {pp['filter']}; writer: {pp['writer']}")
        print(f"file sizes: tcpdump {os.path.getsize(td_file)} B, "
              f"purepcap {os.path.getsize(pp_file)} B")

        # reader ceiling: fill the ring while nobody reads, then read it empty
        cw = subprocess.Popen(["ip", "netns", "exec", pair.cap_ns, sys.executable, __file__,
                               "--ceiling-worker", pair.cap_if, str(ceiling_n)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(2):
            assert cw.stdout.readline().strip() == "fill"
            subprocess.run(["ip", "netns", "exec", pair.peer_ns, "trafgen", "-o", pair.peer_if,
                            "-i", conf, "-n", str(ceiling_n), "-P", "1", "-q"],
                           check=True, capture_output=True)
            cw.stdin.write("go\n")
            cw.stdin.flush()
        res = json.loads(cw.communicate(timeout=300)[0].strip().splitlines()[-1])
        for api, r in res.items():
            print(f"reader ceiling ({api} API, pre-filled 256 MiB ring): {r['packets']} packets "
                  f"in {r['seconds']:.3f} s = {r['pps']:,.0f} packets/s "
                  f"(ring drops while filling: {r['dropped']})")
    finally:
        N.destroy_pair(pair)
        subprocess.run(["rm", "-rf", tmp])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--capture-worker":
        capture_worker(sys.argv[2], sys.argv[3])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--ceiling-worker":
        ceiling_worker(sys.argv[2], int(sys.argv[3]))
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1_000_000, help="frames to send (default 1M)")
    ap.add_argument("--ceiling", type=int, default=300_000,
                    help="frames pre-filled into the ring for the reader ceiling")
    args = ap.parse_args()
    if os.geteuid() != 0:
        sys.exit("this benchmark needs root (network namespaces, raw sockets)")
    run(args.n, args.ceiling)


if __name__ == "__main__":
    main()
