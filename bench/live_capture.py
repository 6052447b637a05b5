#!/usr/bin/env python3
"""Live capture benchmark: purepcap and tcpdump on the same stream, in one run.

Needs root.  Builds two network namespaces joined by a veth pair; trafgen (from
netsniff-ng) in the peer namespace sends N 60-byte IPv4/UDP frames as fast as
it can; in the capture namespace, at the same time,

* ``tcpdump -w FILE udp`` (libpcap), and
* ``purepcap -i IF -w FILE udp`` (the CLI: ring blocks straight to the file),
* with ``--api``, also purepcap's Python API (``batches()`` + ``PcapWriter``)

capture the stream (``--separate``: one at a time, each with its own identical
stream).  trafgen runs as one process pinned to one CPU (``taskset`` and
``--cpus 1``).  All use the default 2 MiB ring.  Printed: captured and
dropped counts for each and the purepcap/tcpdump ratio.  Then the reader
ceiling: the ring (256 MiB) is pre-filled while nobody reads, and purepcap
reads it empty (packets per second: batch API, callback API, ``dump`` to a
file), then pcapy-ng (libpcap's ring reader behind a C extension, if
installed) on the same kind of fill (``next()`` and ``dispatch``), with ratios.

"send pps" is N over the time trafgen reports for its worker.  ``--pp-args``
passes options to the purepcap command (``--pp-args "-B 16384"``).

Usage: ``sudo python bench/live_capture.py [-n 1000000] [--separate] [--api] [--json FILE]``.
Traffic stays on the veth pair inside the namespaces.
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
sys.path.insert(0, HERE)

from _results import Results, add_option  # noqa: E402  (bench/_results.py)

R = Results("live_capture")

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
    """Runs inside the capture namespace: Python API (batches + PcapWriter) until SIGINT."""
    import purepcap
    cap = purepcap.create(device).set_timeout(100).set_snaplen(262144)
    cap.setfilter("udp")
    cap.activate()
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
                      "writer": writer}), flush=True)


CEILING_APIS = ("batch", "callback", "dump", "pcapy-next", "pcapy-dispatch")


def _pcapy_ceiling(device: str, api: str) -> tuple[int, float, int] | None:
    """pcapy-ng (libpcap behind a C extension) on the same pre-filled ring:
    ``next()`` one by one, or ``dispatch(-1, cb)``; None when not installed."""
    try:
        import pcapy  # type: ignore[import-not-found]
    except ImportError:
        return None
    r = pcapy.create(device)
    r.set_snaplen(262144)
    r.set_timeout(50)
    r.set_buffer_size(256 << 20)
    r.activate()
    print("fill", flush=True)
    sys.stdin.readline()
    time.sleep(0.3)
    r.setnonblock(1)
    n = 0
    t0 = time.perf_counter()
    if api == "pcapy-next":
        nxt = r.next
        while True:
            h, _d = nxt()
            if h is None:
                break
            n += 1
    else:
        counter = [0]

        def cb(h, d, c=counter):
            c[0] += 1
        while r.dispatch(-1, cb) > 0:
            pass
        n = counter[0]
    dt = time.perf_counter() - t0
    dropped = r.stats()[1]
    r.close()
    return n, dt, dropped


def ceiling_worker(device: str, out: str, reps: int) -> None:
    """Inside the capture namespace: reader speed on a pre-filled ring, per API
    (best of ``reps`` fills, the APIs taking turns)."""
    import purepcap
    results: dict = {}
    for api in CEILING_APIS * reps:
        if api.startswith("pcapy"):
            got = _pcapy_ceiling(device, api)
            if got is None:
                print("fill", flush=True)     # keep the parent's turns in step
                sys.stdin.readline()
                continue
            n, dt, dropped = got
            r = {"packets": n, "seconds": dt, "pps": n / dt if dt else 0, "dropped": dropped}
            if api not in results or r["pps"] > results[api]["pps"]:
                results[api] = r
            continue
        cap = purepcap.create(device).set_timeout(50).set_buffer_size(256 << 20).activate()
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
        elif api == "callback":
            counter = [0]

            def cb(p, c=counter):
                c[0] += 1
            cap.setnonblock(True)
            while cap.dispatch(-1, cb):
                pass
            n = counter[0]
        elif hasattr(cap, "dump"):
            cap.setnonblock(True)
            n = cap.dump(out)
        else:                     # an older purepcap without Capture.dump
            cap.close()
            continue
        dt = time.perf_counter() - t0
        st = cap.stats()
        cap.close()
        r = {"packets": n, "seconds": dt, "pps": n / dt if dt else 0, "dropped": st.dropped}
        if api not in results or r["pps"] > results[api]["pps"]:
            results[api] = r
    print(json.dumps(results), flush=True)


def _stderr_counts(text: str) -> dict:
    def num(pattern: str) -> int:
        m = re.search(r"(\d+) " + pattern, text)
        return int(m.group(1)) if m else -1
    return {"captured": num("packets? captured"), "received": num("packets? received by filter"),
            "dropped": num("packets? dropped by kernel")}


def _start_capture(cmd: list[str], banner: str) -> subprocess.Popen:
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline()
    assert banner in line, line
    return proc


def _trafgen(pair, conf: str, n: int, cpu: int) -> float:
    """Send n frames; the seconds trafgen reports for its one worker (wall clock if none)."""
    t0 = time.perf_counter()
    res = subprocess.run(["ip", "netns", "exec", pair.peer_ns, "taskset", "-c", str(cpu),
                          "trafgen", "-o", pair.peer_if, "-i", conf, "-n", str(n), "--cpus", "1"],
                         check=True, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    m = re.search(r"(\d+) sec, (\d+) usec on CPU", res.stdout + res.stderr)
    return int(m.group(1)) + int(m.group(2)) / 1e6 if m else wall


def one_run(pair, conf: str, tmp: str, n: int, who: list[str], cpu: int,
            pp_args: list[str]) -> dict:
    """Start the captures in ``who`` (tcpdump, cli, api), send n frames, stop them."""
    procs = {}
    files = {}
    for name in who:
        path = os.path.join(tmp, f"{name}.pcap")
        files[name] = path
        ns = ["ip", "netns", "exec", pair.cap_ns]
        if name == "tcpdump":
            procs[name] = _start_capture(ns + ["tcpdump", "-i", pair.cap_if, "-w", path, "-n",
                                               "udp"], "listening")
        elif name == "cli":
            procs[name] = _start_capture(ns + [sys.executable, "-m", "purepcap.cli", "-i",
                                               pair.cap_if, *pp_args, "-w", path, "udp"],
                                         "listening")
        else:
            proc = subprocess.Popen(ns + [sys.executable, __file__, "--capture-worker",
                                          pair.cap_if, path], stdout=subprocess.PIPE, text=True)
            assert proc.stdout.readline().strip() == "ready"
            procs[name] = proc
    time.sleep(0.5)
    send_s = _trafgen(pair, conf, n, cpu)
    time.sleep(2.0)
    res = {"send_s": send_s}
    for name, proc in procs.items():
        proc.send_signal(signal.SIGINT)
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=300)
        if name == "api":
            res[name] = json.loads(out.strip().splitlines()[-1])
        else:
            res[name] = _stderr_counts(err)
        res[name]["bytes"] = os.path.getsize(files[name])
    return res


def run(n: int, ceiling_n: int, separate: bool, api: bool, cpu: int, reps: int,
        pp_args: list[str]) -> None:
    import netns as N
    pair = N.make_pair()
    tmp = tempfile.mkdtemp(prefix="pp-bench-")
    conf = os.path.join(tmp, "udp.cfg")
    with open(conf, "w") as f:
        f.write(TRAFGEN_CONF)
    label = {"tcpdump": "tcpdump -w", "cli": " ".join(["purepcap", *pp_args, "-w"]),
             "api": "purepcap API"}
    try:
        who = ["tcpdump", "cli"] + (["api"] if api else [])
        runs = [one_run(pair, conf, tmp, n, [w], cpu, pp_args) for w in who] if separate else \
            [one_run(pair, conf, tmp, n, who, cpu, pp_args)]
        print(f"trafgen (one process, pinned to CPU {cpu}) sent {n} 60-byte UDP frames; "
              f"captures {'one at a time' if separate else 'side by side on the same stream'}")
        print(f"{'':22} {'captured':>10} {'dropped':>10} {'received':>10} {'send pps':>10}")
        results = {}
        for r in runs:
            for w in who:
                if w in r:
                    results[w] = r[w]
                    print(f"{label[w]:22} {r[w]['captured']:>10} {r[w]['dropped']:>10} "
                          f"{r[w]['received']:>10} {n / r['send_s']:>10,.0f}")
                    R.put(f"capture.{w}.captured", r[w]["captured"])
                    R.put(f"capture.{w}.dropped", r[w]["dropped"])
                    R.put(f"capture.{w}.send_pps", n / r["send_s"])
        R.put("capture.sent", n)
        td = results["tcpdump"]["captured"]
        for w in who[1:]:
            if td > 0:
                print(f"ratio {label[w]} / tcpdump captured: {results[w]['captured'] / td:.3f}")
            rec = results[w]["captured"]
            expect = 24 + rec * 76
            R.put(f"capture.{w}.file_ok", results[w]["bytes"] == expect)
            print(f"{label[w]} file: {results[w]['bytes']} B "
                  f"({'matches' if results[w]['bytes'] == expect else 'expected ' + str(expect)}"
                  f" for {rec} records)")

        # reader ceiling: fill the ring while nobody reads, then read it empty
        cw = subprocess.Popen(["ip", "netns", "exec", pair.cap_ns, sys.executable, __file__,
                               "--ceiling-worker", pair.cap_if, os.path.join(tmp, "dump.pcap"),
                               str(reps)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(len(CEILING_APIS) * reps):
            assert cw.stdout.readline().strip() == "fill"
            _trafgen(pair, conf, ceiling_n, cpu)
            cw.stdin.write("go\n")
            cw.stdin.flush()
        res = json.loads(cw.communicate(timeout=600)[0].strip().splitlines()[-1])
        R.put("ceiling.frames", ceiling_n)
        for api_name, r in res.items():
            R.put(f"ceiling.{api_name}.pps", r["pps"])
            print(f"reader ceiling ({api_name:8} pre-filled 256 MiB ring, best of {reps}): "
                  f"{r['packets']} packets "
                  f"in {r['seconds']:.3f} s = {r['pps']:>10,.0f} packets/s "
                  f"(ring drops while filling: {r['dropped']})")
        b = res["batch"]["pps"]
        if b and "dump" in res:
            print(f"ratio dump/batch: {res['dump']['pps'] / b:.2f}; "
                  f"callback/batch: {res['callback']['pps'] / b:.2f}")
        for ours, theirs in (("batch", "pcapy-next"), ("callback", "pcapy-dispatch")):
            if theirs in res and res[theirs]["pps"]:
                print(f"ratio purepcap {ours} / pcapy-ng {theirs[6:]}: "
                      f"{res[ours]['pps'] / res[theirs]['pps']:.2f}")
    finally:
        N.destroy_pair(pair)
        subprocess.run(["rm", "-rf", tmp])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--capture-worker":
        capture_worker(sys.argv[2], sys.argv[3])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--ceiling-worker":
        ceiling_worker(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1_000_000, help="frames to send (default 1M)")
    ap.add_argument("--ceiling", type=int, default=500_000,
                    help="frames pre-filled into the ring for the reader ceiling")
    ap.add_argument("--separate", action="store_true",
                    help="run each capture alone with its own identical stream")
    ap.add_argument("--api", action="store_true",
                    help="also capture with the Python API (batches + PcapWriter)")
    ap.add_argument("--cpu", type=int, default=0, help="CPU to pin trafgen to (default 0)")
    ap.add_argument("--pp-args", default="",
                    help="extra options for the purepcap command (e.g. '-B 16384')")
    ap.add_argument("--reps", type=int, default=3,
                    help="fills per API for the reader ceiling (best is printed)")
    add_option(ap)
    args = ap.parse_args()
    if os.geteuid() != 0:
        sys.exit("this benchmark needs root (network namespaces, raw sockets)")
    run(args.n, args.ceiling, args.separate, args.api, args.cpu, args.reps, args.pp_args.split())
    R.save(args.json, args)


if __name__ == "__main__":
    main()
