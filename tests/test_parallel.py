"""``--jobs N`` (purepcap.parallel): the same bytes as ``--jobs 1``, on files the tests
build (long TCP flows across shard boundaries, pcap in microseconds and nanoseconds,
pcapng with two link types, a truncated file) and on a few corpus files."""

from __future__ import annotations

import io
import os
import random
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS, have_corpus

from purepcap import cli, parallel
from purepcap.savefile import PcapNgWriter, PcapWriter


# -- files ------------------------------------------------------------------------------

def _csum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def _ip(src: int, dst: int, proto: int, payload: bytes) -> bytes:
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 1, 0, 64, proto, 0,
                      struct.pack("!I", 0x0A000000 | src), struct.pack("!I", 0x0A000000 | dst))
    return hdr[:10] + struct.pack("!H", _csum(hdr)) + hdr[12:] + payload


def _tcp(sport: int, dport: int, seq: int, ack: int, flags: int, body: bytes) -> bytes:
    return struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 0x50, flags, 8192, 0, 0) + body


def _eth(payload: bytes, etype: int = 0x0800) -> bytes:
    return b"\x02\0\0\0\0\x02" + b"\x02\0\0\0\0\x01" + struct.pack("!H", etype) + payload


def frames(n: int, seed: int = 5) -> list[tuple[int, bytes]]:
    """(ts_ns, Ethernet frame): a dozen long TCP connections interleaved (each spans
    every shard), short ones, UDP, ICMP, ARP; a few SYNs that reuse a connection."""
    rnd = random.Random(seed)
    long = [dict(c=i + 1, s=100 + i % 3, sp=40000 + i, dp=80 if i % 2 else 22,
                 seq=rnd.getrandbits(32), ack=rnd.getrandbits(32), started=False)
            for i in range(12)]
    out = []
    ts = 1_600_000_000_000_000_000
    while len(out) < n:
        ts += rnd.randint(1_000, 3_000_000)
        k = rnd.random()
        if k < 0.6:
            c = rnd.choice(long)
            fwd = rnd.random() < 0.5
            body = bytes(rnd.randint(0, 120))
            if not c["started"] or rnd.random() < 0.002:
                flags, c["started"] = 0x02, True            # (re)start: SYN
            else:
                flags = 0x18 if body else 0x10
            if fwd:
                seg = _tcp(c["sp"], c["dp"], c["seq"], c["ack"], flags, body)
                c["seq"] = (c["seq"] + len(body)) & 0xFFFFFFFF
                out.append((ts, _eth(_ip(c["c"], c["s"], 6, seg))))
            else:
                seg = _tcp(c["dp"], c["sp"], c["ack"], c["seq"], flags | 0x10, body)
                c["ack"] = (c["ack"] + len(body)) & 0xFFFFFFFF
                out.append((ts, _eth(_ip(c["s"], c["c"], 6, seg))))
        elif k < 0.75:
            sp = rnd.randint(1024, 65535)
            isn = rnd.getrandbits(32)
            out.append((ts, _eth(_ip(7, 8, 6, _tcp(sp, 80, isn, 0, 0x02, b"")))))
            out.append((ts + 10, _eth(_ip(8, 7, 6, _tcp(80, sp, 99, isn + 1, 0x12, b"")))))
            out.append((ts + 20, _eth(_ip(7, 8, 6, _tcp(sp, 80, isn + 1, 100, 0x10, b"")))))
        elif k < 0.9:
            udp = struct.pack("!HHHH", 5353, 53, 8 + 12, 0) + bytes(12)
            out.append((ts, _eth(_ip(3, 4, 17, udp))))
        elif k < 0.97:
            icmp = struct.pack("!BBHHH", 8, 0, 0, 7, len(out) & 0xFFFF) + b"ping"
            out.append((ts, _eth(_ip(5, 6, 1, icmp))))
        else:
            arp = struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 1, b"\x02" * 6,
                              b"\x0a\0\0\x01", b"\0" * 6, b"\x0a\0\0\x02")
            out.append((ts, _eth(arp, 0x0806)))
    return out[:n]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("parallel")
    fr = frames(6000)
    out: dict[str, Path] = {}
    for name, nano in (("us.pcap", False), ("ns.pcap", True)):
        p = d / name
        with PcapWriter(p, 1, 262144, nanosecond=nano) as w:
            for ts, data in fr:
                w.write_raw(ts + 123, data)
        out[name] = p
    p = d / "ng.pcapng"
    with PcapNgWriter(p) as w:
        w.add_interface(1, 262144, tsresol=9)
        for ts, data in fr:
            w.write_raw(ts, data)
    out["ng.pcapng"] = p
    # two link types: the -w of a pcap stops at the first RAW packet
    p = d / "two.pcapng"
    with PcapNgWriter(p) as w:
        w.add_interface(1, 262144, tsresol=9)
        w.add_interface(101, 262144, tsresol=9)
        for i, (ts, data) in enumerate(fr[:4000]):
            if i == 3500:
                w.write_raw(ts, data[14:], interface=1)
            else:
                w.write_raw(ts, data)
    out["two.pcapng"] = p
    # big-endian pcap (the packet path, not the raw copy)
    p = d / "be.pcap"
    with PcapWriter(p, 1, 262144, nanosecond=False, byteorder="big") as w:
        for ts, data in fr[:3000]:
            w.write_raw(ts, data)
    out["be.pcap"] = p
    full = out["us.pcap"].read_bytes()
    p = d / "trunc.pcap"
    p.write_bytes(full[:len(full) - 25])
    out["trunc.pcap"] = p
    return out


# -- running the command in this process ----------------------------------------------------

def run(*argv: str) -> tuple[int, bytes, str]:
    """(exit status, stdout bytes, stderr text) of ``purepcap argv``."""
    raw_out = io.BytesIO()
    out = io.TextIOWrapper(raw_out, encoding="utf-8", errors="surrogateescape",
                           write_through=True)
    err = io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        rc = cli.main(list(argv))
    finally:
        out.flush()
        sys.stdout, sys.stderr = saved
    return rc, raw_out.getvalue(), err.getvalue()


def same_as_one(tmp_path: Path, jobs: int, *argv: str) -> tuple[int, bytes, str]:
    """Run ``argv`` with --jobs 1 and --jobs N (``OUT`` in argv: a -w file each);
    assert the same status, stdout, stderr and output file; return the first."""
    results = []
    for j in (1, jobs):
        dest = tmp_path / "out.pcap"      # one name: messages name the file
        if dest.exists():
            dest.unlink()
        args = [str(dest) if a == "OUT" else a for a in argv]
        rc, out, err = run("--jobs", str(j), *args)
        data = dest.read_bytes() if dest.exists() else None
        results.append((rc, out, err, data))
    one, many = results
    assert one[0] == many[0], (one[2], many[2])
    assert one[2] == many[2]
    assert one[1] == many[1]
    assert one[3] == many[3]
    return one[0], one[1], one[2]


PRINT_FLAGS = [["-n", "-tt"], ["-n", "-v"], ["-e", "-tt"], ["-q", "-tt"], ["-n", "-S", "-tt"],
               ["-n", "-tt", "-x"]]


@pytest.mark.parametrize("name", ["us.pcap", "ns.pcap", "ng.pcapng", "be.pcap"])
@pytest.mark.parametrize("expr", [[], ["tcp port 80"], ["udp or icmp"]],
                         ids=["all", "tcp80", "udp-icmp"])
@pytest.mark.parametrize("jobs", [2, 3])
def test_write_same_bytes(files: dict[str, Path], tmp_path: Path, name: str, expr: list[str],
                          jobs: int) -> None:
    rc, _, err = same_as_one(tmp_path, jobs, "-r", str(files[name]), "-w", "OUT", *expr)
    assert rc == 0 and err.startswith("reading from file")


@pytest.mark.parametrize("nano", [[], ["--nano"]], ids=["us", "ns"])
def test_write_resolution(files: dict[str, Path], tmp_path: Path, nano: list[str]) -> None:
    for name in ("us.pcap", "ns.pcap"):
        assert same_as_one(tmp_path, 2, *nano, "-r", str(files[name]), "-w", "OUT")[0] == 0


@pytest.mark.parametrize("flags", PRINT_FLAGS, ids=" ".join)
@pytest.mark.parametrize("expr", [[], ["tcp"]], ids=["all", "tcp"])
@pytest.mark.parametrize("jobs", [2, 3])
def test_print_same_text(files: dict[str, Path], tmp_path: Path, flags: list[str],
                         expr: list[str], jobs: int) -> None:
    rc, out, _ = same_as_one(tmp_path, jobs, *flags, "-r", str(files["us.pcap"]), *expr)
    assert rc == 0 and out.count(b"\n") >= 1000


@pytest.mark.parametrize("flags", [["-n", "-tt"], ["-n", "-v"], ["--json"], ["-ttt"],
                                   ["-#", "-n"], ["-c", "100", "-n"]], ids=" ".join)
def test_print_other_files_and_flags(files: dict[str, Path], tmp_path: Path,
                                     flags: list[str]) -> None:
    for name in ("ns.pcap", "ng.pcapng"):
        assert same_as_one(tmp_path, 2, *flags, "-r", str(files[name]))[0] == 0


def test_count_and_list(files: dict[str, Path], tmp_path: Path) -> None:
    same_as_one(tmp_path, 2, "--count", "-r", str(files["us.pcap"]), "tcp")
    lst = tmp_path / "list"
    lst.write_text(f"{files['us.pcap']}\n{files['ns.pcap']}\n")
    # -V: the TCP table carries from one file to the next
    same_as_one(tmp_path, 2, "-n", "-tt", "-V", str(lst))
    same_as_one(tmp_path, 2, "-V", str(lst), "-w", "OUT", "tcp port 80")
    same_as_one(tmp_path, 2, "--count", "-V", str(lst), "udp")


def test_two_link_types_to_pcap(files: dict[str, Path], tmp_path: Path) -> None:
    rc, _, err = same_as_one(tmp_path, 2, "-r", str(files["two.pcapng"]), "-w", "OUT")
    assert rc == 1 and "link type" in err.splitlines()[-1]
    rc, _, err = same_as_one(tmp_path, 2, "-r", str(files["two.pcapng"]), "-w", "OUT",
                             "ip")
    assert rc == 1


@pytest.mark.parametrize("argv", [["-w", "OUT"], ["-w", "OUT", "tcp"], ["-n", "-tt"],
                                  ["-n", "-v", "tcp"], ["--count"]], ids=" ".join)
def test_truncated_file(files: dict[str, Path], tmp_path: Path, argv: list[str]) -> None:
    rc, _, err = same_as_one(tmp_path, 3, "-r", str(files["trunc.pcap"]), *argv)
    assert rc == 1 and err.splitlines()[-1].startswith("purepcap: truncated dump file")


def test_result_uses_several_shards(files: dict[str, Path]) -> None:
    assert len(parallel.shard_plan(str(files["us.pcap"]), 2)) == 8


@pytest.mark.parametrize("value", ["0", "-1", "x", "2.5", "", "100000"])
def test_bad_jobs(value: str) -> None:
    res = subprocess.run([sys.executable, "-m", "purepcap.cli", "--jobs", value, "-r",
                          os.devnull], capture_output=True, timeout=60, check=False)
    assert res.returncode == 1
    err = res.stderr.decode()
    assert err.count("\n") == 1 and err.startswith("purepcap: ") and "jobs" in err, err


def _corpus_files() -> list[Any]:
    if not have_corpus():
        return [pytest.param(None, marks=pytest.mark.skip(
            reason="needs ../shared/corpus (the project's reference captures)"))]
    names = ["afs.pcap", "pim-packet-assortment.pcap", "of13_ericsson.pcapng",
             "arp-oobr.pcap", "AoE_Linux.pcap", "huge-tipc-messages.pcap"]
    return [n for n in names if (CORPUS / "tcpdump" / n).exists()]


@pytest.mark.parametrize("name", _corpus_files())
def test_corpus(name: str, tmp_path: Path) -> None:
    path = str(CORPUS / "tcpdump" / name)
    same_as_one(tmp_path, 2, "-r", path, "-w", "OUT")
    same_as_one(tmp_path, 3, "-r", path, "-w", "OUT", "tcp or udp")
    same_as_one(tmp_path, 2, "-n", "-tt", "-v", "-r", path)
    same_as_one(tmp_path, 3, "-e", "-tt", "-r", path, "ip")


def test_printer_state_can_be_watched() -> None:
    """Speculative printing needs every lookup of the printer's state to go through
    the dict it installs (else every shard is printed twice: right, but slow)."""
    import argparse
    args = cli.build_parser().parse_intermixed_args(["-n"])
    shown = argparse.Namespace(**vars(args))
    output = cli._Output(shown, 1, 262144, io.StringIO())
    assert parallel._install_state(output, parallel._State())


def test_fix_up_matches_sequential(files: dict[str, Path], tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Shards whose connections began in earlier shards are mended by printing those
    packets again in the parent (or printed again whole): the text is the same."""
    seen = {"fix": 0, "rerun": 0}
    orig = parallel._fix

    def counting(*a: Any) -> Any:
        r = orig(*a)
        seen["fix" if r is not None else "rerun"] += 1
        return r
    monkeypatch.setattr(parallel, "_fix", counting)
    # (-vv: text the record fast path does not print, so the workers print it)
    monkeypatch.setattr(parallel, "FIX_SHARE", 1.0)
    same_as_one(tmp_path, 2, "-n", "-vv", "-tt", "-r", str(files["us.pcap"]))
    assert seen["fix"] >= 1
    monkeypatch.setattr(parallel, "FIX_SHARE", 0.0)
    same_as_one(tmp_path, 2, "-n", "-vv", "-tt", "-r", str(files["us.pcap"]))
    assert seen["rerun"] >= 1


def test_plain_text_of_a_pcap_file_prints_in_one_process(files: dict[str, Path],
                                                         tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The record fast path in one process is faster than workers printing packet by
    packet: --jobs leaves such a file to it (same text); other outputs use workers."""
    calls: list[int] = []
    orig = parallel.loop

    def spy(*a: Any) -> Any:
        calls.append(1)
        return orig(*a)
    monkeypatch.setattr(parallel, "loop", spy)
    same_as_one(tmp_path, 2, "-n", "-tt", "-r", str(files["us.pcap"]))
    assert not calls
    same_as_one(tmp_path, 2, "-n", "-vv", "-tt", "-r", str(files["us.pcap"]))
    assert calls


def test_wrong_guesses_are_read_again(files: dict[str, Path], tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """-w from a host-order pcap: workers guess where their piece's first record is;
    a wrong guess (here: every position looks like one) is caught by the parent and
    the piece read again from where the one before ended."""
    monkeypatch.setattr(parallel, "_plausible", lambda *a: True)
    for expr in ([], ["tcp port 80"]):
        same_as_one(tmp_path, 3, "-r", str(files["us.pcap"]), "-w", "OUT", *expr)
    same_as_one(tmp_path, 2, "-r", str(files["trunc.pcap"]), "-w", "OUT")
