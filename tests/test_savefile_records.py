"""The record fast path (``Capture.dump`` / ``-r IN -w OUT`` on a pcap file) against
the packet path.

The fast path copies plain records verbatim and filters them in batches
(:mod:`purepcap.savefile._records`, :mod:`purepcap.bpf.vector`); the packet path
reads :class:`~purepcap.Packet` objects and writes them one by one with
:class:`~purepcap.savefile.PcapWriter`.  For every file, filter and count here
the two must write the same bytes and end the same way (same error, same
packets before it), with numpy and without it.
"""

from __future__ import annotations

import io
import random
import struct
from pathlib import Path
from typing import Any

import pytest

import purepcap
from purepcap.bpf import vector
from purepcap.errors import PcapError
from purepcap.savefile import PcapWriter
from conftest import CORPUS, have_corpus, needs_oracle
from helpers import pcap_file, pcap_header, pcap_record

DATA = Path(__file__).parent / "data"
FILTERS = ["", "tcp", "udp port 53", "ip[0] & 0xf != 5", "greater 100", "tcp port 80 or icmp",
           "ip6 or arp", "not ip"]


def _write_one_by_one(cap: Any, w: PcapWriter, count: int) -> None:
    """The packet path: Packets from iteration, written one at a time."""
    n = 0
    for p in cap:
        w.write(p)
        n += 1
        if n == count:
            break


def _written(path: Any, expr: str, count: int, nano: bool, fast: bool) -> tuple[bytes, str | None]:
    """What a pcap writer of resolution ``nano`` holds after reading ``path`` with
    filter ``expr`` (``count`` packets at most), by ``Capture.dump`` (``fast``) or
    one packet at a time, and the error that ended it, if any."""
    out = io.BytesIO()
    err = None
    with purepcap.open_offline(path) as cap:
        if expr:
            cap.setfilter(expr)
        w = PcapWriter(out, cap.datalink(), cap.snapshot(), nano)
        try:
            if fast:
                cap.dump(w, count)
            else:
                _write_one_by_one(cap, w, count)
        except PcapError as exc:
            err = str(exc)
        w.flush()
    return out.getvalue(), err


def _compare(path: Any, expr: str, count: int = -1) -> None:
    with purepcap.open_offline(path) as cap:
        try:
            if expr:
                cap.setfilter(expr)
        except PcapError:
            return                      # not a filter for this link type
        reader = cap.backend.reader
        nano = getattr(reader, "tsprecision", "micro") == "nano"
    for resolution in (nano, not nano):
        want = _written(path, expr, count, resolution, False)
        got = _written(path, expr, count, resolution, True)
        assert got == want, (path, expr, count, resolution)


@pytest.fixture(params=["numpy", "python"])
def batch_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "numpy":
        if not vector.available():
            pytest.skip("numpy (the optional batch extra) is not installed")
    else:
        monkeypatch.setattr(vector, "available", lambda: False)
    return str(request.param)


def _bundled() -> list[Path]:
    return sorted(p for p in DATA.iterdir() if p.suffix == ".pcap")


@pytest.mark.parametrize("name", [p.name for p in _bundled()])
def test_bundled_files(name: str, batch_mode: str) -> None:
    for expr in FILTERS:
        for count in (-1, 1, 3):
            _compare(DATA / name, expr, count)


def _synthetic(rng: random.Random, n: int) -> list[tuple[int, int, bytes]]:
    """Ethernet frames: IPv4 TCP/UDP/ICMP with random ports and lengths, some junk."""
    recs = []
    for i in range(n):
        kind = rng.randrange(5)
        if kind == 4:
            data = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 70)))
        else:
            proto = (6, 17, 1, 6)[kind]
            ihl = rng.choice([5, 5, 6, 15])
            ip = bytearray(20 + 4 * (ihl - 5))
            ip[0] = 0x40 | ihl
            ip[9] = proto
            ip[6] = rng.choice([0, 0, 0x20, 0x01])
            l4 = struct.pack(">HH", rng.choice([53, 80, 443, 1234]), rng.choice([53, 80, 8080]))
            l4 += bytes(rng.randrange(256) for _ in range(rng.randrange(0, 40)))
            data = b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x08\x00" + bytes(ip) + l4
            data = data[:rng.randrange(len(data) + 1)] if rng.random() < 0.1 else data
        recs.append((1_700_000_000 + i, rng.randrange(1_000_000), data))
    return recs


@pytest.mark.parametrize("seed", range(4))
def test_synthetic_files(tmp_path: Path, seed: int, batch_mode: str) -> None:
    rng = random.Random(seed)
    path = tmp_path / "s.pcap"
    path.write_bytes(pcap_file(_synthetic(rng, rng.choice([5, 300, 30000]))))
    for expr in FILTERS + ["tcp port 80", "udp and ip[6:2] & 0x1fff = 0", "tcp[13] = 2"]:
        _compare(path, expr, -1)
    _compare(path, "tcp", 7)


def _damaged(tmp_path: Path) -> list[Path]:
    frame = bytes(range(60))
    files = {
        # a record cut by the end of the file, after good ones
        "cut.pcap": pcap_file([(1, 0, frame)] * 5)[:-10],
        # caplen above the snapshot length (cut to it) between good records
        "over-snap.pcap": pcap_header(snaplen=40) + pcap_record(1, 0, frame[:40]) * 3
        + pcap_record(2, 0, frame) + pcap_record(3, 0, frame[:20]) * 2,
        # caplen above the link type's maximum: an error after the good ones
        "huge.pcap": pcap_file([(1, 0, frame)] * 3)
        + struct.pack("<IIII", 4, 0, 300000, 300000) + b"\0" * 64,
        # a header cut short at the end
        "half-header.pcap": pcap_file([(1, 0, frame)] * 2) + b"\1\2\3\4\5\6",
        "header-only.pcap": pcap_header(),
    }
    out = []
    for name, data in files.items():
        p = tmp_path / name
        p.write_bytes(data)
        out.append(p)
    return out


def test_damaged_files_end_as_the_packet_path_does(tmp_path: Path, batch_mode: str) -> None:
    for path in _damaged(tmp_path):
        for expr in ("", "greater 10", "ether[0] = 0"):
            for count in (-1, 2):
                _compare(path, expr, count)


def test_a_filter_value_below_caplen_keeps_the_packet_whole(tmp_path: Path,
                                                           batch_mode: str) -> None:
    """libpcap's offline reader only asks whether the value is nonzero
    (``pcap_offline_filter``): the packet is handed over as it was read."""
    path = tmp_path / "f.pcap"
    frames = [(1, 0, bytes(range(80)))] * 4 + [(2, 0, bytes(10))] * 3
    path.write_bytes(pcap_file(frames))
    # ret #20; and "first byte 0 -> 5, else 65535" (the 80-byte frames start with 0)
    for insns in ([(0x06, 0, 0, 20)], [(0x30, 0, 0, 0), (0x15, 0, 1, 0), (0x06, 0, 0, 5),
                                       (0x06, 0, 0, 0xFFFF)]):
        prog = purepcap.Program(insns)
        for fast in (False, True):
            out = io.BytesIO()
            with purepcap.open_offline(path) as cap:
                cap.setfilter(prog)
                if fast:
                    w = PcapWriter(out, cap.datalink(), cap.snapshot(), False)
                    cap.dump(w)
                    w.flush()
                    got = [p.data for p in purepcap.open_offline(io.BytesIO(out.getvalue()))]
                else:
                    got = [p.data for p in cap]
            assert got == [d for _s, _f, d in frames], (insns, fast)


@pytest.mark.skipif(not have_corpus(), reason="needs ../shared/corpus (the project's reference captures)")
def test_corpus_files(batch_mode: str) -> None:
    rng = random.Random(7)
    files = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".pcap", ".cap"))
    files = rng.sample(files, min(len(files), 120 if batch_mode == "numpy" else 40))
    for path in files:
        for expr in rng.sample(FILTERS, 3):
            _compare(path, expr, rng.choice([-1, -1, 5]))


def _reference_packets(path: Any, program: Any) -> list[tuple[int, bytes, int]]:
    """Each packet the reference interpreter keeps, cut to its verdict."""
    out = []
    with purepcap.open_offline(path) as cap:
        for p in cap:
            v = program.run(p.data, p.wirelen)
            if v:
                out.append((p.ts, p.data[:v], p.wirelen))
    return out


def _iterated(path: Path) -> list[tuple[Any, ...]]:
    """The fields of the packets ``for p in open_offline(path)`` yields, up to the
    first error."""
    got = []
    with purepcap.open_offline(path) as cap:
        try:
            for p in cap:
                got.append(_fields(p))
        except PcapError:
            pass
    return got


@pytest.mark.parametrize("seed", range(3))
def test_filtered_iteration_equals_the_interpreter(tmp_path: Path, seed: int,
                                                   batch_mode: str) -> None:
    rng = random.Random(seed)
    path = tmp_path / "s.pcap"
    path.write_bytes(pcap_file(_synthetic(rng, rng.choice([40, 5000]))))
    for expr in ("tcp port 80", "udp", "ip[0] & 0xf != 5", "not ip"):
        program = purepcap.compile(expr, 1)
        want = _reference_packets(path, program)
        with purepcap.open_offline(path) as cap:
            cap.setfilter(expr)
            got = [(p.ts, p.data, p.wirelen) for p in cap]
        assert got == want, expr


def test_setfilter_and_other_reads_mid_batch_lose_nothing(tmp_path: Path, batch_mode: str) -> None:
    rng = random.Random(9)
    path = tmp_path / "s.pcap"
    path.write_bytes(pcap_file(_synthetic(rng, 6000)))
    with purepcap.open_offline(path) as cap:
        everything = [(p.ts, p.data) for p in cap]
    a, b = purepcap.compile("tcp", 1), purepcap.compile("udp", 1)
    with purepcap.open_offline(path) as cap:
        cap.setfilter("tcp")
        it = iter(cap)
        first = [next(it) for _ in range(50)]
        # the next packet with next(), then a new filter for the rest
        one = cap.next()
        cap.setfilter("udp")
        rest = [(p.ts, p.data) for p in cap]
    got = [(p.ts, p.data) for p in first] + [(one.ts, one.data)]
    pos = everything.index(got[-1])
    want_head = [x for x in everything[:pos + 1] if a.run(x[1])]
    assert got == want_head
    assert rest == [x for x in everything[pos + 1:] if b.run(x[1])]


def _cli(*args: str) -> "subprocess.CompletedProcess[str]":
    import subprocess
    import sys
    return subprocess.run([sys.executable, "-m", "purepcap", *args], capture_output=True,
                          text=True, timeout=300)


@pytest.mark.skipif(not have_corpus(), reason="needs ../shared/corpus (the project's reference captures)")
def test_command_writes_tcpdumps_bytes(tmp_path: Path) -> None:
    """``-r F -w OUT [EXPR]`` (the record path) against tcpdump 4.99.3, byte for byte."""
    import subprocess
    from conftest import tcpdump_path
    td = tcpdump_path()
    rng = random.Random(4)
    files = sorted(p for p in CORPUS.rglob("*.pcap") if p.stat().st_size > 2000)
    checked = 0
    for path in rng.sample(files, min(len(files), 25)):
        for expr in ("", "tcp", "udp or icmp"):
            ours, theirs = tmp_path / "ours.pcap", tmp_path / "theirs.pcap"
            extra = [expr] if expr else []
            a = _cli("-r", str(path), "-w", str(ours), *extra)
            b = subprocess.run([td, "-r", str(path), "-w", str(theirs), *extra],
                               capture_output=True, text=True, timeout=300)
            # a filter the link type has no meaning for, or a damaged file: both fail
            assert a.returncode == b.returncode, (path, expr, a.stderr, b.stderr)
            assert ours.exists() == theirs.exists(), (path, expr)
            if theirs.exists():
                # what was written before a damaged record too
                assert ours.read_bytes() == theirs.read_bytes(), (path, expr)
                checked += 1
            for f in (ours, theirs):
                f.unlink(missing_ok=True)
    assert checked >= 20


def _libpcap_offline_caplens(path: Path, insns: list[tuple[int, int, int, int]]) -> list[int]:
    """caplen of each packet libpcap 1.10.3 hands over from ``path`` with ``insns``
    installed by ``pcap_setfilter`` (ctypes)."""
    import ctypes
    import oracle
    lib = oracle._lib()
    err = ctypes.create_string_buffer(256)
    lib.pcap_open_offline.restype = ctypes.c_void_p
    lib.pcap_open_offline.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    handle = lib.pcap_open_offline(str(path).encode(), err)
    assert handle, err.value
    arr = oracle._insn_array(insns)
    prog = oracle._Program(len(insns), arr)
    lib.pcap_setfilter.argtypes = [ctypes.c_void_p, ctypes.POINTER(oracle._Program)]
    assert lib.pcap_setfilter(handle, ctypes.byref(prog)) == 0
    hdr = ctypes.POINTER(oracle._PktHdr)()
    data = ctypes.POINTER(ctypes.c_ubyte)()
    lib.pcap_next_ex.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(oracle._PktHdr)),
                                 ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte))]
    out = []
    while lib.pcap_next_ex(handle, ctypes.byref(hdr), ctypes.byref(data)) == 1:
        out.append(hdr.contents.caplen)
    lib.pcap_close.argtypes = [ctypes.c_void_p]
    lib.pcap_close(handle)
    return out


@needs_oracle
def test_filter_value_semantics_are_libpcaps(tmp_path: Path) -> None:
    path = tmp_path / "f.pcap"
    path.write_bytes(pcap_file([(1, 0, bytes(range(80)))] * 3 + [(2, 0, bytes(10))] * 2))
    for insns in ([(0x06, 0, 0, 20)], [(0x30, 0, 0, 0), (0x15, 0, 1, 0), (0x06, 0, 0, 0),
                                       (0x06, 0, 0, 5)]):
        with purepcap.open_offline(path) as cap:
            cap.setfilter(purepcap.Program(insns))
            ours = [p.caplen for p in cap]
        assert ours == _libpcap_offline_caplens(path, insns), insns


# -- chain_records: the numpy walk ------------------------------------------------

def _records_buffer(rng: random.Random, n: int) -> bytes:
    """Records whose packet bytes often hold what looks like a record header (the
    next record's, or one of the same time), whose time stamps cross 2**16 s
    boundaries and jump, with caplens over the limits now and then."""
    out = [bytes(24)]
    sec = rng.choice([0, 0x6553FFF0, 0x0000FFFE, 1_700_000_000])
    for _ in range(n):
        sec = (sec + rng.choice([0, 0, 1, 7, 0x10000, -3, rng.getrandbits(32)])) & 0xFFFFFFFF
        cl = rng.choice([0, 1, 15, 16, 17, 40, 60, rng.randrange(300), 1500, 70000, 1 << 24])
        # (a caplen over 2000 is never whole here: the walk stops at it)
        data = bytearray(rng.getrandbits(8) for _ in range(min(cl, 400)))
        if 400 < cl <= 2000:
            data += bytes(cl - 400)
        for _ in range(rng.choice([0, 0, 1, 3])):
            if len(data) >= 16:
                j = rng.randrange(len(data) - 15)
                fake = struct.pack("=IIII", sec if rng.random() < 0.8 else rng.getrandbits(32),
                                   rng.randrange(10**6), rng.choice([0, 8, rng.randrange(2000)]), 60)
                data[j:j + 16] = fake
        out.append(struct.pack("=IIII", sec, rng.randrange(10**6), cl,
                               cl if rng.random() < 0.9 else rng.getrandbits(32)) + bytes(data))
    buf = b"".join(out)
    return buf[:rng.randrange(24, len(buf) + 1)] if rng.random() < 0.3 else buf


@pytest.mark.parametrize("seed", range(40))
def test_chain_records_walks_as_walk_does(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The numpy walk gives :func:`walk`'s offsets exactly, whatever the packet bytes
    hold: headers that look like the next record's, time stamps whose top bits
    change, caplens over the limit, a record cut by the end, a ``most``."""
    if not vector.available():
        pytest.skip("numpy (the optional batch extra) is not installed")
    from purepcap.savefile import _records
    monkeypatch.setattr(_records, "_SHORT", 24)        # numpy for short buffers too
    rng = random.Random(seed)
    buf = _records_buffer(rng, rng.choice([1, 5, 50, 400, 3000]))
    for pieces in (1, 2, 8):
        monkeypatch.setattr(_records, "RECORD_PIECES", pieces)
        for caplimit in (262144, 1500, 40, 1 << 30):
            for most in (1 << 62, 1, 2, 100):
                want = _records.walk(buf, 24, most, caplimit)
                got = _records.chain_records(buf, 24, most, caplimit)
                assert got.tolist() == want, (seed, pieces, caplimit, most)


@pytest.mark.skipif(not have_corpus(), reason="needs ../shared/corpus (the project's reference captures)")
def test_chain_records_on_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    if not vector.available():
        pytest.skip("numpy (the optional batch extra) is not installed")
    from purepcap.savefile import _records
    monkeypatch.setattr(_records, "_SHORT", 24)
    n = 0
    for path in sorted(CORPUS.rglob("*.pcap")):
        buf = path.read_bytes()
        if buf[:4] != struct.pack("=I", 0xA1B2C3D4) and buf[:4] != struct.pack("=I", 0xA1B23C4D):
            continue
        for caplimit in (262144, 100):
            want = _records.walk(buf, 24, 1 << 62, caplimit)
            assert _records.chain_records(buf, 24, 1 << 62, caplimit).tolist() == want, path
            n += len(want)
    assert n > 10_000


def _fields(p: Any) -> tuple[Any, ...]:
    return (p.ts, p.caplen, p.wirelen, p.data, type(p.data), p.linktype, p.interface,
            p.pkttype, p.vlan_tci, p.vlan_tpid, p.comment)


def _one_by_one(path: Path) -> list[tuple[Any, ...]]:
    """The reader's own record-by-record path (``read_batch``; never numpy)."""
    from purepcap.savefile import open_reader
    out = []
    with open_reader(path) as r:
        while True:
            try:
                batch = r.read_batch(7)
            except PcapError:
                return out
            if not batch:
                return out
            out += [_fields(p) for p in batch]


@pytest.mark.parametrize("seed", range(3))
def test_unfiltered_batches_equal_the_record_by_record_reading(
        tmp_path: Path, seed: int, batch_mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Iteration without a filter (numpy reads the records' columns at once when the
    file is large, here always): every field of every packet as the reader's
    record-by-record path gives it, damaged and odd records (a caplen over the
    snapshot length, a cut last record) included; mixed with next() and
    read_batch()."""
    from purepcap.savefile.pcap import PcapReader
    monkeypatch.setattr(PcapReader, "NUMPY_FROM", 0)
    monkeypatch.setattr(PcapReader, "CHAIN_MIN", 0)
    made = []
    columns = PcapReader._columns_numpy
    monkeypatch.setattr(PcapReader, "_columns_numpy",
                        lambda self, buf, o: made.append(len(o)) or columns(self, buf, o))
    rng = random.Random(seed)
    recs = _synthetic(rng, rng.choice([300, 6000]))
    recs[rng.randrange(len(recs))] = (1, 2, bytes(3000))     # over the snapshot length
    recs.insert(rng.randrange(len(recs)), (0xFFFFFFFB, 999_999, b"neg"))  # 5 s before 1970
    # a fraction of 2**31 or more: negative, as libpcap reads a file in this host's order
    recs.insert(rng.randrange(len(recs)), (1_700_000_000, 0xFFFFFFF0, b"bad fraction"))
    path = tmp_path / "s.pcap"
    path.write_bytes(pcap_file(recs, snaplen=2000)[:-7])    # the last record cut
    want = _one_by_one(path)
    assert _iterated(path) == want
    assert any(f[0] < 0 for f in want) and any(f[1] == 2000 for f in want)
    assert (1_700_000_000 * 10**9 - 16_000) in [f[0] for f in want]
    with purepcap.open_offline(path) as cap:
        got = []
        it = iter(cap)
        try:
            while True:
                k = rng.randrange(4)
                if k == 0:
                    p = cap.next()
                    if p is None:
                        break
                    got.append(_fields(p))
                elif k == 1:
                    got += [_fields(p) for p in cap.read_batch()]
                else:
                    for _ in range(rng.randrange(1, 900)):
                        got.append(_fields(next(it)))
        except (StopIteration, PcapError):
            pass
    assert got == want
    assert bool(made) == (batch_mode == "numpy")


def test_a_small_files_filter_does_not_import_numpy(tmp_path: Path) -> None:
    """numpy's import (tens of ms) is paid only for a file with megabytes of records
    left (NUMPY_FILTER_FROM): a small file is filtered record by record, by the
    command and by the API alike; a large one with numpy, when it is installed."""
    import subprocess
    import sys
    small = tmp_path / "small.pcap"
    small.write_bytes(pcap_file(_synthetic(random.Random(3), 500)))
    large = tmp_path / "large.pcap"
    large.write_bytes(pcap_file(_synthetic(random.Random(4), 40000)))
    assert large.stat().st_size > (2 << 20)
    code = ("import sys, purepcap\n"
            "cap = purepcap.open_offline(sys.argv[1]); cap.setfilter('tcp port 80')\n"
            "n = sum(1 for _ in cap)\n"
            "cap = purepcap.open_offline(sys.argv[1]); cap.setfilter('udp')\n"
            "cap.dump(sys.argv[2])\n"
            "print('numpy' in sys.modules)\n")
    out = tmp_path / "out.pcap"
    for path, want in ((small, False), (large, vector.available())):
        got = subprocess.run([sys.executable, "-c", code, str(path), str(out)],
                             capture_output=True, text=True, timeout=120)
        assert got.returncode == 0, got.stderr
        assert got.stdout.strip() == str(want), path
    got = subprocess.run([sys.executable, "-X", "importtime", "-m", "purepcap", "-r", str(small),
                          "-w", str(out), "tcp"], capture_output=True, text=True, timeout=120)
    assert got.returncode == 0 and " numpy" not in got.stderr


def test_a_large_files_filter_walks_with_numpy_from_the_start(tmp_path: Path) -> None:
    """Where a filter takes numpy (megabytes of records left), the records are found
    with numpy from the first buffer on: the first buffer was walked in Python
    before the filter imported numpy (5% of the filtered copy's time)."""
    if not vector.available():
        pytest.skip("numpy (the optional batch extra) is not installed")
    import subprocess
    import sys
    large = tmp_path / "large.pcap"
    large.write_bytes(pcap_file(_synthetic(random.Random(4), 40000)))
    code = ("import sys, purepcap\n"
            "from purepcap.savefile import _records\n"
            "walked = [0]\n"
            "orig = _records.walk\n"
            "def spy(*a):\n"
            "    r = orig(*a)\n"
            "    walked[0] += len(r)\n"
            "    return r\n"
            "_records.walk = spy\n"
            "cap = purepcap.open_offline(sys.argv[1]); cap.setfilter('udp')\n"
            "cap.dump(sys.argv[2]) if sys.argv[3] == 'dump' else sum(1 for _ in cap)\n"
            "print(walked[0])\n")
    for how in ("dump", "iterate"):       # (each in a process without numpy loaded)
        got = subprocess.run([sys.executable, "-c", code, str(large), str(tmp_path / "o.pcap"),
                              how], capture_output=True, text=True, timeout=120)
        assert got.returncode == 0, got.stderr
        assert int(got.stdout) < 2000, (how, got.stdout)


@pytest.mark.skipif(not have_corpus(), reason="needs ../shared/corpus (the project's reference captures)")
def test_unfiltered_iteration_on_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every corpus capture (pcap and pcapng) iterated with numpy's column path taken
    wherever it can be gives every field of every packet as the reader's
    record-by-record path does, up to the same error (this found the fraction's
    sign: libpcap reads it signed in a file of this host's order)."""
    if not vector.available():
        pytest.skip("numpy (the optional batch extra) is not installed")
    from purepcap.savefile import _records
    from purepcap.savefile.pcap import PcapReader
    monkeypatch.setattr(PcapReader, "NUMPY_FROM", 0)
    monkeypatch.setattr(PcapReader, "CHAIN_MIN", 0)
    monkeypatch.setattr(_records, "_SHORT", 24)
    files = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".pcap", ".pcapng"))
    n = 0
    for path in files:
        try:
            got = _iterated(path)
        except PcapError:                # not a capture the reader opens
            continue
        assert got == _one_by_one(path), path
        n += len(got)
    assert n > 10_000


@pytest.mark.skipif(not vector.available(), reason="numpy (the optional batch extra) is not installed")
@pytest.mark.parametrize("expr", ["greater 100", "less 100", "len = 200", "ether[0] = 1"])
def test_the_vectorized_filter_reads_wire_lengths_not_captured_ones(
        tmp_path: Path, expr: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Records cut to 60 bytes of a 200-byte packet, and whole 60-byte ones: a
    program that reads ``len`` sees the wire length (the record path gives the
    vectorized filter the wire lengths only when a program reads them)."""
    from purepcap.savefile import _records
    from purepcap.savefile.pcap import PcapReader
    monkeypatch.setattr(PcapReader, "NUMPY_FROM", 0)
    monkeypatch.setattr(PcapReader, "CHAIN_MIN", 0)
    monkeypatch.setattr(_records, "NUMPY_FILTER_FROM", 0)
    frame = bytes([1]) + bytes(59)
    recs = [pcap_record(1_700_000_000 + k, 0, frame, wirelen=200 if k % 3 else 60)
            for k in range(3000)]
    path = tmp_path / "cut.pcap"
    path.write_bytes(pcap_file(recs, snaplen=60))
    want = {"greater 100": [k for k in range(3000) if k % 3],
            "less 100": [k for k in range(3000) if not k % 3],
            "len = 200": [k for k in range(3000) if k % 3],
            "ether[0] = 1": list(range(3000))}[expr]
    with purepcap.open_offline(path) as cap:
        cap.setfilter(expr)
        got = [p.ts // 10**9 - 1_700_000_000 for p in cap]
    assert got == want
    assert _written(path, expr, -1, False, True) == _written(path, expr, -1, False, False)
