#!/usr/bin/env python3
"""Printing speed: ``purepcap -n -tt -r F`` (and ``-n -v -tt``) beside tcpdump with the
same flags and scapy's ``summary()`` on the same capture, in one run, with ratios.

Two synthetic Ethernet captures are made in a temporary directory:

- *everyday* (``--packets``, default 100,000): TCP handshakes with an HTTP
  request and response and a FIN exchange, DNS queries and answers over UDP,
  ICMP echo requests and replies, plain UDP datagrams, ARP, IPv6 ICMPv6 echo;
  a few hundred hosts, so connections repeat;
- *flows* (``--flows``, default 0 = skipped; the issue's figure is 1,000,000):
  short TCP and UDP exchanges, each on a new port pair, so per-connection state
  grows with the file.  Lines per second over the second and the last tenth of
  the file show whether speed stays steady as flows accumulate.

Each tool's output goes to /dev/null; wall-clock time is the best of
``--rounds`` runs (the machine may be shared).  purepcap runs as this
interpreter's ``purepcap`` console script (not through a version manager's
shell shim) with Python's byte-code cache usable (``PYTHONDONTWRITEBYTECODE``
removed from its environment), as an installed package runs; its start-up
(``-c 1``) is printed beside.  scapy is slow: it reads the
first ``--scapy-packets`` packets only and its rate is reported per line.

    python bench/print_speed.py [--packets 100000] [--flows 1000000] [--rounds 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import time

from _results import Results, add_option  # bench/_results.py

ETH_IP = b"\x08\x00"
ETH_IP6 = b"\x86\xdd"


def _csum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\x00"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def _mac(i: int) -> bytes:
    return bytes([0x02, 0, 0, (i >> 16) & 0xFF, (i >> 8) & 0xFF, i & 0xFF])


def _ip4(i: int) -> bytes:
    return bytes([10, (i >> 16) & 0xFF, (i >> 8) & 0xFF, i & 0xFF])


class Builder:
    """Ethernet frames with correct IPv4/TCP/UDP/ICMP checksums."""

    def __init__(self) -> None:
        self.ip_id = 0

    def eth(self, src: int, dst: int, etype: bytes, payload: bytes) -> bytes:
        return _mac(dst) + _mac(src) + etype + payload

    def ip(self, src: bytes, dst: bytes, proto: int, payload: bytes, ttl: int = 64) -> bytes:
        self.ip_id = (self.ip_id + 1) & 0xFFFF
        hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), self.ip_id, 0x4000,
                          ttl, proto, 0, src, dst)
        hdr = hdr[:10] + struct.pack("!H", _csum(hdr)) + hdr[12:]
        return hdr + payload

    def tcp(self, src: bytes, dst: bytes, sport: int, dport: int, seq: int, ack: int,
            flags: int, payload: bytes = b"", syn_opts: bool = False) -> bytes:
        opts = (b"\x02\x04\x05\xb4\x04\x02\x08\x0a" + struct.pack("!II", seq & 0xFFFFFFFF, 0)
                + b"\x01\x03\x03\x07") if syn_opts else b""
        off = (20 + len(opts)) // 4
        hdr = struct.pack("!HHIIBBHHH", sport, dport, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF,
                          off << 4, flags, 64240, 0, 0) + opts
        pseudo = src + dst + struct.pack("!BBH", 0, 6, len(hdr) + len(payload))
        c = _csum(pseudo + hdr + payload)
        hdr = hdr[:16] + struct.pack("!H", c) + hdr[18:]
        return self.ip(src, dst, 6, hdr + payload)

    def udp(self, src: bytes, dst: bytes, sport: int, dport: int, payload: bytes) -> bytes:
        hdr = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0)
        pseudo = src + dst + struct.pack("!BBH", 0, 17, 8 + len(payload))
        c = _csum(pseudo + hdr + payload) or 0xFFFF
        return self.ip(src, dst, 17, hdr[:6] + struct.pack("!H", c) + payload)

    def icmp_echo(self, src: bytes, dst: bytes, reply: bool, ident: int, seq: int) -> bytes:
        body = struct.pack("!BBHHH", 0 if reply else 8, 0, 0, ident, seq) + bytes(range(56))
        body = body[:2] + struct.pack("!H", _csum(body)) + body[4:]
        return self.ip(src, dst, 1, body)


def _dns_name(name: str) -> bytes:
    return b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\x00"


def dns_query(ident: int, name: str) -> bytes:
    return struct.pack("!HHHHHH", ident, 0x0100, 1, 0, 0, 0) + _dns_name(name) + b"\x00\x01\x00\x01"


def dns_answer(ident: int, name: str, addr: bytes) -> bytes:
    q = _dns_name(name) + b"\x00\x01\x00\x01"
    rr = b"\xc0\x0c\x00\x01\x00\x01" + struct.pack("!IH", 300, 4) + addr
    return struct.pack("!HHHHHH", ident, 0x8180, 1, 1, 0, 0) + q + rr


def everyday(n: int, seed: int = 7) -> list[tuple[int, bytes]]:
    """(ts_ns, frame) for an everyday mix of about ``n`` packets."""
    rnd = random.Random(seed)
    b = Builder()
    out: list[tuple[int, bytes]] = []
    ts = 1_700_000_000_000_000_000
    names = [f"host{i}.example.com" for i in range(50)]
    while len(out) < n:
        ts += rnd.randint(10_000, 2_000_000)
        c, s = rnd.randint(1, 300), rnd.randint(1000, 1010)
        cip, sip = _ip4(c), _ip4(s)
        kind = rnd.random()
        if kind < 0.45:                      # a short HTTP exchange: 10 packets
            sport = rnd.randint(32768, 60999)
            isn, srv = rnd.getrandbits(32), rnd.getrandbits(32)
            req = b"GET /index.html HTTP/1.1\r\nHost: www.example.com\r\n\r\n"
            resp = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
            seq = [
                (c, s, b.tcp(cip, sip, sport, 80, isn, 0, 0x02, syn_opts=True)),
                (s, c, b.tcp(sip, cip, 80, sport, srv, isn + 1, 0x12, syn_opts=True)),
                (c, s, b.tcp(cip, sip, sport, 80, isn + 1, srv + 1, 0x10)),
                (c, s, b.tcp(cip, sip, sport, 80, isn + 1, srv + 1, 0x18, req)),
                (s, c, b.tcp(sip, cip, 80, sport, srv + 1, isn + 1 + len(req), 0x10)),
                (s, c, b.tcp(sip, cip, 80, sport, srv + 1, isn + 1 + len(req), 0x18, resp)),
                (c, s, b.tcp(cip, sip, sport, 80, isn + 1 + len(req), srv + 1 + len(resp), 0x10)),
                (c, s, b.tcp(cip, sip, sport, 80, isn + 1 + len(req), srv + 1 + len(resp), 0x11)),
                (s, c, b.tcp(sip, cip, 80, sport, srv + 1 + len(resp), isn + 2 + len(req), 0x11)),
                (c, s, b.tcp(cip, sip, sport, 80, isn + 2 + len(req), srv + 2 + len(resp), 0x10)),
            ]
            for src, dst, pkt in seq:
                out.append((ts, b.eth(src, dst, ETH_IP, pkt)))
                ts += rnd.randint(5_000, 200_000)
        elif kind < 0.75:                    # DNS query and answer
            ident, name = rnd.getrandbits(16), rnd.choice(names)
            sport = rnd.randint(32768, 60999)
            dns = _ip4(53)
            out.append((ts, b.eth(c, 53, ETH_IP, b.udp(cip, dns, sport, 53, dns_query(ident, name)))))
            ts += rnd.randint(100_000, 5_000_000)
            out.append((ts, b.eth(53, c, ETH_IP, b.udp(dns, cip, 53, sport,
                                                       dns_answer(ident, name, sip)))))
        elif kind < 0.88:                    # ping
            ident = rnd.getrandbits(16)
            out.append((ts, b.eth(c, s, ETH_IP, b.icmp_echo(cip, sip, False, ident, 1))))
            ts += rnd.randint(50_000, 900_000)
            out.append((ts, b.eth(s, c, ETH_IP, b.icmp_echo(sip, cip, True, ident, 1))))
        elif kind < 0.96:                    # plain UDP (syslog-ish)
            out.append((ts, b.eth(c, s, ETH_IP, b.udp(cip, sip, rnd.randint(1024, 65535), 514,
                                                      b"<13>Dec  1 12:00:00 host app: message"))))
        elif kind < 0.98:                    # ARP request
            arp = struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 1, _mac(c), cip, b"\0" * 6, sip)
            out.append((ts, b"\xff" * 6 + _mac(c) + b"\x08\x06" + arp + b"\0" * 18))
        else:                                # IPv6 ICMPv6 echo request
            src6 = b"\xfe\x80" + b"\0" * 12 + struct.pack("!H", c)
            dst6 = b"\xfe\x80" + b"\0" * 12 + struct.pack("!H", s)
            body = struct.pack("!BBHHH", 128, 0, 0, 1, 1) + b"x" * 32
            pseudo = src6 + dst6 + struct.pack("!IxxxB", len(body), 58)
            body = body[:2] + struct.pack("!H", _csum(pseudo + body)) + body[4:]
            ip6 = struct.pack("!IHBB16s16s", 0x60000000, len(body), 58, 64, src6, dst6) + body
            out.append((ts, b.eth(c, s, ETH_IP6, ip6)))
    return out[:n]


def flows(n: int, seed: int = 11) -> list[tuple[int, bytes]]:
    """Short exchanges, each on a new port pair: state grows with the file."""
    rnd = random.Random(seed)
    b = Builder()
    out: list[tuple[int, bytes]] = []
    ts = 1_700_000_000_000_000_000
    i = 0
    while len(out) < n:
        i += 1
        ts += 20_000
        c, s = 1 + (i % 60000), 1_000_000 + (i // 60000)
        cip, sip = _ip4(c), _ip4(s)
        sport, dport = 1024 + (i * 7) % 64000, 1 + (i % 1000) + 8000
        if i % 3:
            isn, srv = rnd.getrandbits(32), rnd.getrandbits(32)
            out.append((ts, b.eth(c, s, ETH_IP, b.tcp(cip, sip, sport, dport, isn, 0, 0x02))))
            out.append((ts + 1000, b.eth(s, c, ETH_IP, b.tcp(sip, cip, dport, sport, srv, isn + 1,
                                                             0x12))))
            out.append((ts + 2000, b.eth(c, s, ETH_IP, b.tcp(cip, sip, sport, dport, isn + 1,
                                                             srv + 1, 0x14))))
        else:
            out.append((ts, b.eth(c, s, ETH_IP, b.udp(cip, sip, sport, dport, b"q" * 20))))
            out.append((ts + 1000, b.eth(s, c, ETH_IP, b.udp(sip, cip, dport, sport, b"r" * 40))))
    return out[:n]


def write_pcap(path: str, frames: list[tuple[int, bytes]]) -> None:
    rec = struct.Struct("<IIII")
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
        parts = []
        for ts, data in frames:
            sec, ns = divmod(ts, 1_000_000_000)
            parts.append(rec.pack(sec, ns // 1000, len(data), len(data)))
            parts.append(data)
        f.write(b"".join(parts))


# Python's byte-code cache as an installed package has it: PYTHONDONTWRITEBYTECODE
# (set in some sandboxes) would make every run compile purepcap from source first
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def best_of(rounds: int, cmd: list[str]) -> float:
    return timed(rounds, cmd)[0]


def timed(rounds: int, cmd: list[str], timeout: float | None = None) -> tuple[float, int]:
    """(best wall-clock time of ``rounds`` runs, lines printed): output goes to a
    temporary file, counted after the clock stops.  A run longer than ``timeout``
    seconds is stopped: (inf, 0)."""
    best = float("inf")
    lines = 0
    for _ in range(rounds):
        with tempfile.TemporaryFile() as out:
            t0 = time.perf_counter()
            try:
                r = subprocess.run(cmd, stdout=out, stderr=subprocess.DEVNULL, env=ENV,
                                   timeout=timeout)
            except subprocess.TimeoutExpired:
                return float("inf"), 0
            dt = time.perf_counter() - t0
            if r.returncode != 0:
                raise SystemExit(f"{cmd[0]} failed with status {r.returncode}")
            out.seek(0)
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: out.read(1 << 20), b""))
        best = min(best, dt)
    return best, lines


def scapy_rate(path: str, limit: int) -> float | None:
    try:
        from scapy.all import PcapReader  # type: ignore[import-not-found]  # loads the layers
    except ImportError:
        return None
    t0 = time.perf_counter()
    n = 0
    with PcapReader(path) as r:
        for p in r:
            p.summary()
            n += 1
            if n >= limit:
                break
    return n / (time.perf_counter() - t0)


def purepcap_cmd() -> list[str]:
    """The ``purepcap`` console script of this interpreter (not a version manager's shim,
    such as pyenv's, which is a shell script run before every command), else ``-m``."""
    beside = os.path.join(os.path.dirname(sys.executable), "purepcap")
    if os.access(beside, os.X_OK):
        return [beside]
    exe = shutil.which("purepcap")
    return [exe] if exe else [sys.executable, "-m", "purepcap.cli"]


FLAG_SETS = (["-n", "-tt"], ["-n", "-v", "-tt"])
R = Results("print_speed")


def compare(label: str, path: str, npackets: int, rounds: int, scapy_limit: int,
            flag_sets: tuple[list[str], ...] = FLAG_SETS,
            tcpdump_timeout: float | None = None) -> None:
    print(f"\n{label}: {npackets} packets")
    td = shutil.which("tcpdump")
    pp_rate = 0.0
    key = "print." + label.split()[0]
    R.put(f"{key}.packets", npackets)
    for flags in flag_sets:
        name = " ".join(flags)
        pp = purepcap_cmd() + [*flags, "-r", path]
        t_pp, lines = timed(rounds, pp)
        if flags == ["-n", "-tt"]:
            pp_rate = lines / t_pp
        print(f"  purepcap {name:10} {t_pp:7.2f} s  {lines / t_pp:10,.0f} lines/s")
        fkey = f"{key}.{''.join(flags).replace('-', '')}"
        R.put(f"{fkey}.purepcap", t_pp)
        R.put(f"{fkey}.purepcap.lps", lines / t_pp)
        if td:
            t_td, td_lines = timed(rounds, [td, *flags, "-r", path], tcpdump_timeout)
            if t_td == float("inf"):
                # tcpdump keeps every connection's sequence numbers in a fixed-size
                # hash of chains, so it slows down as connections accumulate
                print(f"  tcpdump  {name:10} stopped after {tcpdump_timeout:.0f} s"
                      f"   purepcap/tcpdump time ratio < {t_pp / tcpdump_timeout:.2f}x")
                R.put(f"{fkey}.tcpdump", f"> {tcpdump_timeout:.0f}")
            else:
                print(f"  tcpdump  {name:10} {t_td:7.2f} s  {td_lines / t_td:10,.0f}"
                      f" lines/s   purepcap/tcpdump time ratio {t_pp / t_td:.2f}x")
                R.put(f"{fkey}.tcpdump", t_td)
        else:
            print("  tcpdump: not installed (apt-get install tcpdump)")
    start = best_of(rounds, purepcap_cmd() + ["-c", "1", "-n", "-tt", "-r", path])
    print(f"  purepcap start-up (-c 1) {start:5.2f} s")
    R.put(f"{key}.startup", start)
    if scapy_limit:
        rate = scapy_rate(path, scapy_limit)
        if rate is None:
            print("  scapy: not installed (pip install scapy)")
        else:
            print(f"  scapy summary()   first {scapy_limit} packets: {rate:10,.0f} lines/s   "
                  f"purepcap (-n -tt)/scapy speed ratio {pp_rate / rate:.1f}x")
            R.put(f"{key}.scapy.lps", rate)


def tenth_rates(cmd: list[str], total: int, timeout: float) -> tuple[float, float | None]:
    """Lines/s over the second tenth (the first after start-up) and the last tenth of
    ``total`` lines, from one run whose output is read as it comes (None for the last
    when the run outlasts ``timeout``)."""
    tenth = total // 10
    marks = {tenth: 0.0, 2 * tenth: 0.0, total - tenth: 0.0, total: 0.0}
    seen = 0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=ENV)
    assert proc.stdout is not None
    try:
        pending = sorted(marks)
        while pending:
            chunk = proc.stdout.read1(1 << 16)
            if not chunk:
                break
            seen += chunk.count(b"\n")
            now = time.perf_counter()
            while pending and seen >= pending[0]:
                marks[pending.pop(0)] = now - t0
            if now - t0 > timeout:
                break
    finally:
        proc.kill()
        proc.wait()
    first = tenth / max(marks[2 * tenth] - marks[tenth], 1e-9) if marks[2 * tenth] else 0.0
    if not marks[total]:
        return first, None
    return first, tenth / max(marks[total] - marks[total - tenth], 1e-9)


def steadiness(path: str, frames: list[tuple[int, bytes]], tmp: str,
               timeout: float = 120.0) -> None:
    """Lines/s early and late in the flows file (one run each): steady or not."""
    total = len(frames)
    tools = [("purepcap", purepcap_cmd())]
    td = shutil.which("tcpdump")
    if td:
        tools.append(("tcpdump ", [td]))
    for name, cmd in tools:
        first, last = tenth_rates(cmd + ["-n", "-tt", "-r", path], total, timeout)
        tail = f"{last:10,.0f} lines/s" if last is not None else f"not reached in {timeout:.0f} s"
        R.put(f"print.flows.tenths.{name.strip()}.second", first)
        R.put(f"print.flows.tenths.{name.strip()}.last", last if last is not None else
              f"not reached in {timeout:.0f} s")
        print(f"  {name} second tenth: {first:10,.0f} lines/s; last tenth: {tail}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--packets", type=int, default=100_000)
    ap.add_argument("--flows", type=int, default=0, help="packets in the flows file (0: skip)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--scapy-packets", type=int, default=10_000)
    ap.add_argument("--tcpdump-timeout", type=float, default=120.0,
                    help="seconds tcpdump may take on the flows file (it slows down as "
                         "connections accumulate)")
    add_option(ap)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "everyday.pcap")
        write_pcap(path, everyday(args.packets))
        compare("everyday capture", path, args.packets, args.rounds, args.scapy_packets)
        if args.flows:
            fpath = os.path.join(tmp, "flows.pcap")
            frames = flows(args.flows)
            write_pcap(fpath, frames)
            compare("flows capture", fpath, args.flows, 1, 0, FLAG_SETS[:1],
                    tcpdump_timeout=args.tcpdump_timeout)
            steadiness(fpath, frames, tmp, args.tcpdump_timeout)
    R.save(args.json, args)


if __name__ == "__main__":
    main()
