"""Classic pcap: reader behaviour against libpcap, writer output against libpcap/tcpdump/tshark."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import oracle
from conftest import needs_oracle, tcpdump_path
from helpers import (compare_with_oracle, epoch_text, pcap_file, pcap_header, pcap_record, read_ours,
                     tshark_frames, write)
from purepcap import Packet
from purepcap.errors import PcapError, SavefileError, SavefileTruncated
from purepcap.packet import PACKET_OUTGOING
from purepcap.savefile import PcapReader, PcapWriter, Reader, open_reader

pytestmark = pytest.mark.recorded

MAGIC_US = 0xA1B2C3D4
MAGIC_NS = 0xA1B23C4D
MAGIC_KUZ = 0xA1B2CD34


def check(tmp_path: Path, data: bytes) -> None:
    problem = compare_with_oracle(write(tmp_path, data))
    assert problem is None, problem


# ------------------------------------------------------------------- header rules

@pytest.mark.parametrize("order", ["little", "big"])
@pytest.mark.parametrize("magic", [MAGIC_US, MAGIC_NS])
def test_byte_orders_and_precisions(tmp_path: Path, order: str, magic: int) -> None:
    recs = [(1_700_000_000, 999_999, b"\x01" * 60), (1_700_000_001, 5, b"\x02" * 61, 1000)]
    data = pcap_file([pcap_record(*r, order=order) for r in recs], order=order, magic=magic)
    check(tmp_path, data)
    with open_reader(write(tmp_path, data)) as r:
        assert isinstance(r, PcapReader) and isinstance(r, Reader)
        assert r.byteorder == order
        assert r.tsprecision == ("nano" if magic == MAGIC_NS else "micro")
        assert r.version == (2, 4)
        assert len(r.interfaces) == 1 and r.interfaces[0].linktype == 1
        pk = list(r)
    mul = 1 if magic == MAGIC_NS else 1000
    assert [p.ts for p in pk] == [1_700_000_000 * 10**9 + 999_999 * mul,
                                  1_700_000_001 * 10**9 + 5 * mul]
    assert pk[1].wirelen == 1000 and pk[1].caplen == 61


@pytest.mark.parametrize("order", ["little", "big"])
def test_timestamp_sign_like_libpcap(tmp_path: Path, order: str) -> None:
    data = pcap_file([pcap_record(0xFFFFFFFF, 0xFFFFFFFF, b"ab", order=order),
                      pcap_record(0x80000000, 999_999, b"cd", order=order)], order=order)
    check(tmp_path, data)
    _, pk, _, _ = read_ours(write(tmp_path, data))
    if order == sys.byteorder:  # libpcap sign-extends fields in host order
        assert [p.ts for p in pk] == [-1 * 10**9 - 1000, -(2**31) * 10**9 + 999_999_000]
    else:  # and its byte swap makes them unsigned
        assert [p.ts for p in pk] == [(2**32 - 1) * 10**9 + (2**32 - 1) * 1000,
                                      2**31 * 10**9 + 999_999_000]


@pytest.mark.parametrize("version", [(2, 0), (2, 1), (2, 2), (2, 3), (2, 4), (543, 0),
                                     (1, 4), (0, 0), (2, 5), (3, 0), (543, 1), (1000, 0)])
def test_versions(tmp_path: Path, version: tuple[int, int]) -> None:
    # caplen/len stored both ways round to exercise the swapped-lengths rules
    recs = [pcap_record(1, 2, b"A" * 20, wirelen=10, caplen=20),
            pcap_record(1, 3, b"B" * 10, wirelen=20, caplen=10),
            pcap_record(1, 3, b"C" * 20, wirelen=20, caplen=20)]
    data = pcap_file(recs, version=version)
    check(tmp_path, data)
    ok = version in ((2, 0), (2, 1), (2, 2), (2, 3), (2, 4), (543, 0))
    r, pk, err, at_open = read_ours(write(tmp_path, data))
    assert at_open == (not ok)
    if not ok:
        assert isinstance(err, SavefileError) and err.offset == 4


@pytest.mark.parametrize("snaplen,linktype", [(0, 1), (65535, 1), (300000, 1), (2**31 - 1, 1),
                                              (2**31, 1), (2**32 - 1, 1), (0, 231), (2**31, 231),
                                              (0, 249), (0, 279), (5, 1)])
def test_snaplen_adjustment(tmp_path: Path, snaplen: int, linktype: int) -> None:
    check(tmp_path, pcap_file([(1, 1, b"x" * 4)], snaplen=snaplen, linktype=linktype))


@pytest.mark.parametrize("linktype,dlt", [(1, 1), (0x10000001, 1), (0x30000001, 1),
                                          (0x04000069, 105), (101, 12), (100, 11),
                                          (0x300000, 0x300000), (0xFC000000 | 113, 113)])
def test_linktype_field_and_fcs_bits(tmp_path: Path, linktype: int, dlt: int) -> None:
    data = pcap_file([(1, 1, b"x" * 4)], linktype=linktype)
    check(tmp_path, data)
    with open_reader(write(tmp_path, data)) as r:
        assert r.linktype == dlt
        assert r.linktype_ext == linktype & 0xFC000000
        assert [p.linktype for p in r] == [dlt]


def test_kuznetzov_format(tmp_path: Path) -> None:
    recs = [pcap_record(5, 6, b"k" * 30, extra=b"\x01\x02\x03\x04\x00\x08\x00\x00"),
            pcap_record(5, 7, b"q" * 31, extra=b"\0" * 8)]
    data = pcap_file(recs, magic=MAGIC_KUZ, snaplen=100)
    check(tmp_path, data)
    with open_reader(write(tmp_path, data)) as r:
        assert r.snaplen == 114  # libpcap adds 14 for Ethernet
        assert [p.data for p in r] == [b"k" * 30, b"q" * 31]


def test_empty_file_and_short_headers(tmp_path: Path) -> None:
    for data in (b"", b"\xd4\xc3", pcap_header()[:10], pcap_header()[:23]):
        check(tmp_path, data)
        r, pk, err, at_open = read_ours(write(tmp_path, data))
        assert at_open and isinstance(err, SavefileTruncated)
    for data in (b"\0\0\0\0" + bytes(20), b"hello world, not a capture"):
        check(tmp_path, data)
        r, pk, err, at_open = read_ours(write(tmp_path, data))
        assert at_open and type(err) is SavefileError and err.offset == 0


def test_header_only_file_has_no_packets(tmp_path: Path) -> None:
    check(tmp_path, pcap_header())
    r, pk, err, _ = read_ours(write(tmp_path, pcap_header()))
    assert pk == [] and err is None


# ------------------------------------------------------------------- record rules

def test_caplen_above_snaplen_is_cut_to_snaplen(tmp_path: Path) -> None:
    data = pcap_file([(1, 1, bytes(range(20))), (1, 2, b"12345")], snaplen=10)
    check(tmp_path, data)
    _, pk, err, _ = read_ours(write(tmp_path, data))
    assert err is None
    assert [(p.caplen, p.wirelen, p.data) for p in pk] == [(10, 20, bytes(range(10))),
                                                            (5, 5, b"12345")]


@pytest.mark.parametrize("snaplen,linktype,caplen", [(10, 1, 262145), (300000, 1, 262145),
                                                     (10, 231, 134217729), (0, 1, 2**32 - 1)])
def test_caplen_above_linktype_maximum_is_an_error(tmp_path: Path, snaplen: int, linktype: int,
                                                   caplen: int) -> None:
    good = pcap_record(1, 1, b"ok")
    bad = pcap_record(2, 2, b"", caplen=caplen, wirelen=caplen)
    data = pcap_file([good, bad, good], snaplen=snaplen, linktype=linktype)
    check(tmp_path, data)
    _, pk, err, at_open = read_ours(write(tmp_path, data))
    assert [p.data for p in pk] == [b"ok"]
    assert type(err) is SavefileError and not at_open
    assert err.offset == 24 + 16 + 2  # the bad record's header


@pytest.mark.parametrize("cut", [1, 8, 15, 16, 17, 40])
def test_truncated_last_record(tmp_path: Path, cut: int) -> None:
    recs = [pcap_record(1, i, bytes([i]) * 50) for i in range(3)]
    full = pcap_file(recs)
    data = full[:len(full) - cut]
    check(tmp_path, data)
    _, pk, err, at_open = read_ours(write(tmp_path, data))
    assert not at_open
    assert [p.data for p in pk] == [bytes([i]) * 50 for i in range(2)]
    assert isinstance(err, SavefileTruncated)
    third = 24 + 2 * 66
    assert err.offset in (third, third + 16)


def test_error_is_sticky_and_packets_come_first(tmp_path: Path) -> None:
    data = pcap_file([(1, 1, b"a" * 10)] * 5)[:-3]
    with open_reader(write(tmp_path, data)) as r:
        got = r.read_batch(100)
        assert len(got) == 4
        with pytest.raises(SavefileTruncated):
            r.read_batch(100)
        with pytest.raises(SavefileTruncated):
            r.next()


def test_read_batch_and_next(tmp_path: Path) -> None:
    data = pcap_file([(1, i, bytes([i]) * 10) for i in range(10)])
    with open_reader(write(tmp_path, data)) as r:
        assert [p.data[0] for p in r.read_batch(3)] == [0, 1, 2]
        assert r.next().data[0] == 3
        assert r.read_batch(0) == []
        assert [p.data[0] for p in r.read_batch(100)] == list(range(4, 10))
        assert r.read_batch(5) == [] and r.next() is None
    assert r.closed
    with pytest.raises(SavefileError):
        r.read_batch(1)


@needs_oracle
@pytest.mark.recorded(False)
def test_many_records_across_chunk_boundaries(tmp_path: Path) -> None:
    # sizes that make records straddle the reader's internal chunks
    recs = [(i, i % 1000, bytes([i % 251]) * (i % 1500 + 1)) for i in range(3000)]
    data = pcap_file(recs, snaplen=2000)
    check(tmp_path, data)
    src = io.BytesIO(data)
    with open_reader(src) as r:
        assert [len(p.data) for p in r] == [i % 1500 + 1 for i in range(3000)]
    assert not src.closed  # a stream given by the caller stays open


# ---------------------------------------------------------- swapped pseudo-headers

def _sll(proto: int, payload: bytes) -> bytes:
    return struct.pack(">HHH8sH", 0, 1, 6, b"\0" * 8, proto) + payload


def _sll2(proto: int, payload: bytes) -> bytes:
    return struct.pack(">HHIHBB8s", proto, 0, 1, 1, 0, 6, b"\0" * 8) + payload


def _usb(order: str, transfer_type: int, ndesc: int, caplen_extra: int, mmapped: bool,
         iso_in_complete: bool = False) -> bytes:
    e = "<" if order == "little" else ">"
    hdr = struct.pack(e + "QBBBBHBBqiiII", 0x1122334455667788, ord("C") if iso_in_complete else ord("S"),
                      transfer_type, 0x81 if iso_in_complete else 1, 2, 0x0304, 0, 0,
                      1_600_000_000, 123456, -18, 1000, 96)
    hdr += struct.pack(e + "ii", 7, ndesc)
    if mmapped:
        hdr += struct.pack(e + "iiII", 8, 9, 10, ndesc)
        for i in range(ndesc):
            hdr += struct.pack(e + "iIII", 0, i * 32, 24, 0)
    return hdr + bytes(range(caplen_extra))


def _nflog(order: str) -> bytes:
    e = "<" if order == "little" else ">"
    body = struct.pack(">BBH", 2, 0, 7)
    for tlv_type, value in ((1, b"\x08\x00\x01\x00"), (10, b"prefix\0"), (9, b"\x45" * 21)):
        body += struct.pack(e + "HH", 4 + len(value), tlv_type) + value + b"\0" * (-len(value) & 3)
    return body


def _pflog() -> bytes:
    return (struct.pack("BBBB", 61, 2, 0, 1) + b"em0".ljust(16, b"\0") + b"".ljust(16, b"\0")
            + struct.pack(">IIIiIiB3x", 1, 2, 1000, 4321, 0, 77, 1))


@pytest.mark.parametrize("order", ["big", "little"])
@pytest.mark.parametrize("name", ["sll_can", "sll_canfd", "sll_ip", "sll2_can", "usb",
                                  "usb_mmapped", "usb_mmapped_iso", "usb_iso_fixup",
                                  "nflog", "pflog", "pflog_short"])
def test_pseudo_headers_like_libpcap(tmp_path: Path, order: str, name: str) -> None:
    e = "<" if order == "little" else ">"
    can = struct.pack(e + "I", 0x123) + b"\x08\0\0\0" + b"payload!"
    pkt, lt = {
        "sll_can": (_sll(0x000C, can), 113),
        "sll_canfd": (_sll(0x000D, can), 113),
        "sll_ip": (_sll(0x0800, can), 113),
        "sll2_can": (_sll2(0x000C, can), 276),
        "usb": (_usb(order, 2, 0, 16, False), 189),
        "usb_mmapped": (_usb(order, 2, 0, 16, True), 220),
        "usb_mmapped_iso": (_usb(order, 0, 3, 16, True), 220),
        "usb_iso_fixup": (_usb(order, 0, 2, 40, True, iso_in_complete=True), 220),
        "nflog": (_nflog(order), 239),
        "pflog": (_pflog(), 117),
        "pflog_short": (_pflog()[:50], 117),
    }[name]
    recs = [pcap_record(1, 1, pkt, order=order)]
    for cut in (len(pkt) - 3, 10, 45):  # partial captures stop the swapping early
        recs.append(pcap_record(1, 2, pkt[:cut], wirelen=len(pkt), order=order))
    if name == "usb_iso_fixup":
        # wire length as old libpcaps computed it: header + descriptors + urb_len
        recs.append(pcap_record(1, 3, pkt, wirelen=64 + 2 * 16 + 1000, order=order))
    check(tmp_path, pcap_file(recs, order=order, linktype=lt))


# ------------------------------------------------------------------------ writer

SAMPLE = [Packet(1_700_000_000_123_456_789 + i * 1_000_001, 60 + i, 100 + i,
                 bytes((i + j) % 256 for j in range(60 + i))) for i in range(25)]


@pytest.mark.parametrize("nanosecond", [True, False])
@pytest.mark.parametrize("byteorder", ["little", "big"])
def test_writer_roundtrip_ours_and_libpcap(tmp_path: Path, nanosecond: bool,
                                           byteorder: str) -> None:
    path = tmp_path / "out.pcap"
    with PcapWriter(path, 1, 4096, nanosecond=nanosecond, byteorder=byteorder) as w:
        for p in SAMPLE:
            w.write(p)
        w.write_raw(5 * 10**9 + 7, b"raw", 9)
    expect = [(p.ts if nanosecond else p.ts // 1000 * 1000, p.caplen, p.wirelen, p.data)
              for p in SAMPLE]
    expect.append((5 * 10**9 + (7 if nanosecond else 0), 3, 9, b"raw"))
    o = oracle.read_packets(str(path))
    assert o.error is None and (o.linktype, o.snaplen) == (1, 4096)
    assert [tuple(p) for p in o.packets] == expect
    with open_reader(path) as r:
        assert r.byteorder == byteorder and r.tsprecision == ("nano" if nanosecond else "micro")
        assert [(p.ts, p.caplen, p.wirelen, p.data) for p in r] == expect


def test_writer_output_read_by_tcpdump(tmp_path: Path) -> None:
    path = tmp_path / "out.pcap"
    with PcapWriter(path, 1, 65535) as w:
        for p in SAMPLE:
            w.write(p)
    conv = tmp_path / "conv.pcap"
    res = subprocess.run([tcpdump_path(), "-r", str(path), "--time-stamp-precision=nano", "-w",
                          str(conv)], capture_output=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert b"link-type EN10MB" in res.stderr
    o = oracle.read_packets(str(conv))
    assert [tuple(p) for p in o.packets] == [(p.ts, p.caplen, p.wirelen, p.data) for p in SAMPLE]
    text = subprocess.run([tcpdump_path(), "-r", str(path), "-nn", "--nano", "-tt"],
                          capture_output=True, timeout=60, text=True).stdout.splitlines()
    stamps = [line.split()[0] for line in text if not line[:1].isspace()]
    assert stamps == [epoch_text(p.ts, 9) for p in SAMPLE]


@pytest.mark.parametrize("nanosecond", [True, False])
def test_writer_output_read_by_tshark(tmp_path: Path, nanosecond: bool) -> None:
    path = tmp_path / "out.pcap"
    with PcapWriter(path, 1, 65535, nanosecond=nanosecond) as w:
        for p in SAMPLE:
            w.write(p)
    frames = tshark_frames(path)
    cut = 1 if nanosecond else 1000  # microsecond files keep microseconds
    assert [(f["epoch"], f["len"], f["cap_len"], f["data"]) for f in frames] == [
        (epoch_text(p.ts // cut * cut, 9), p.wirelen, p.caplen, p.data) for p in SAMPLE]


def test_writer_to_stream_and_flush_writes_whole_records(tmp_path: Path) -> None:
    buf = io.BytesIO()
    w = PcapWriter(buf, 1, 100, nanosecond=False)
    for i in range(3):
        w.write_raw(i * 10**9, b"x" * 10)
    w.flush()
    # the header plus three whole records are in the stream after flush
    assert buf.getvalue() == pcap_file([(i, 0, b"x" * 10) for i in range(3)],
                                       order=sys.byteorder, snaplen=100)
    w.close()
    assert not buf.closed
    with pytest.raises(SavefileError):
        w.write_raw(0, b"late")


@needs_oracle
@pytest.mark.recorded(False)
def test_writer_never_loses_packets_on_close(tmp_path: Path) -> None:
    path = tmp_path / "many.pcap"
    with PcapWriter(path, 1) as w:
        for i in range(5000):
            w.write_raw(i, bytes([i % 256]) * 70)
    o = oracle.read_packets(str(path))
    assert o.error is None and len(o.packets) == 5000
    assert o.packets[-1].data == bytes([4999 % 256]) * 70


def test_writer_rejects_bad_values(tmp_path: Path) -> None:
    with PcapWriter(tmp_path / "x.pcap", 1) as w:
        with pytest.raises(SavefileError):
            w.write_raw(2**31 * 10**9, b"too late for pcap")
        with pytest.raises(SavefileError):
            w.write_raw(0, b"abc", wirelen=-1)
    with pytest.raises(SavefileError):
        PcapWriter(tmp_path / "no/such/dir.pcap", 1)
    with pytest.raises(PcapError):
        PcapWriter(io.StringIO(), 1)


def test_writer_linktype_mapping(tmp_path: Path) -> None:
    # DLT_RAW (12 on Linux) is stored as LINKTYPE_RAW (101)
    path = tmp_path / "raw.pcap"
    with PcapWriter(path, 12) as w:
        w.write_raw(0, b"\x45" + bytes(19))
    assert struct.unpack_from("<I", path.read_bytes(), 20)[0] == 101 or \
        struct.unpack_from(">I", path.read_bytes(), 20)[0] == 101
    assert oracle.read_packets(str(path)).linktype == 12


def test_outgoing_packet_fields_survive_pcap_roundtrip(tmp_path: Path) -> None:
    p = Packet(10**18, 4, 4, b"abcd", 1, pkttype=PACKET_OUTGOING)
    path = tmp_path / "o.pcap"
    with PcapWriter(path, 1) as w:
        w.write(p)
    with open_reader(path) as r:
        (q,) = list(r)
    assert (q.ts, q.data, q.linktype) == (10**18, b"abcd", 1)


def test_read_from_pipe_written_by_writer() -> None:
    # writer -> OS pipe -> reader, concurrently: no seeking on either side
    rfd, wfd = os.pipe()

    def produce() -> None:
        with os.fdopen(wfd, "wb") as f, PcapWriter(f, 1) as w:
            for p in SAMPLE * 40:
                w.write(p)

    t = threading.Thread(target=produce)
    t.start()
    with os.fdopen(rfd, "rb", buffering=0) as f:
        got = [(p.ts, p.data) for p in open_reader(f)]
    t.join()
    assert got == [(p.ts, p.data) for p in SAMPLE * 40]


@needs_oracle
@pytest.mark.recorded(False)
def test_large_records_like_libpcap(tmp_path: Path) -> None:
    # records larger than the reader's internal chunk, next to tiny ones
    recs = [(i, i, bytes([i]) * size) for i, size in enumerate([262144, 1, 200_000, 3, 262144])]
    for linktype, snaplen in ((1, 262144), (1, 100_000), (231, 0)):
        data = pcap_file(recs, snaplen=snaplen, linktype=linktype)
        check(tmp_path, data)
        with open_reader(io.BytesIO(data)) as r:
            assert [p.caplen for p in r] == [min(len(d), r.snaplen) for _, _, d in recs]


def test_unopenable_sources_raise_savefile_error(tmp_path: Path) -> None:
    for source in (tmp_path / "missing.pcap", tmp_path, str(tmp_path / "missing.pcap")):
        with pytest.raises(SavefileError):
            open_reader(source)
    with pytest.raises(SavefileError):
        open_reader(io.StringIO("text is not a capture"))
    with pytest.raises(TypeError, match="source"):  # not a stream: ArgumentTypeError
        open_reader(object())  # type: ignore[arg-type]


def test_fileno_of_path_and_stream(tmp_path: Path) -> None:
    path = write(tmp_path, pcap_file([(1, 1, b"x")]))
    with open_reader(path) as r:
        assert os.fstat(r.fileno()).st_size == path.stat().st_size
    with open_reader(io.BytesIO(path.read_bytes())) as r:
        with pytest.raises(SavefileError):
            r.fileno()


def test_dropped_writer_still_writes_its_records(tmp_path: Path) -> None:
    import gc
    path = tmp_path / "dropped.pcap"
    w = PcapWriter(path, 1)
    for i in range(10):
        w.write_raw(i, b"y" * 20)
    del w
    gc.collect()
    o = oracle.read_packets(str(path))
    assert o.error is None and [p.ts for p in o.packets] == list(range(10))


@pytest.mark.parametrize("dest", ["file", "pipe", "bytesio"])
def test_write_record_parts_writes_every_byte_in_order(tmp_path: Path, dest: str) -> None:
    """write_record_parts (the runs of a filtered copy, written with writev): every
    part, in order, whatever a write takes at a time (a pipe takes 64 KiB), and
    more parts than one writev takes."""
    import random
    from purepcap.savefile._writer import _IOV
    rng = random.Random(7)
    blob = bytes(rng.getrandbits(8) for _ in range(300_000))
    cuts = sorted(rng.sample(range(1, len(blob)), 3 * _IOV))
    parts: list = []
    for a, b in zip([0] + cuts, cuts + [len(blob)]):
        parts.append(memoryview(blob)[a:b] if rng.random() < 0.7 else blob[a:b])
    parts.insert(5, b"")
    rec = pcap_record(1, 0, b"\x01" * 30)          # a record written one at a time first
    want = pcap_header() + rec + blob
    if dest == "bytesio":
        out = io.BytesIO()
        w = PcapWriter(out, 1, 65535, nanosecond=False)
        w.write_raw(1_000_000_000, b"\x01" * 30)
        w.write_record_parts(parts)
        w.flush()
        assert out.getvalue() == want
        return
    if dest == "file":
        path = tmp_path / "o.pcap"
        w = PcapWriter(path, 1, 65535, nanosecond=False)
        w.write_raw(1_000_000_000, b"\x01" * 30)
        w.write_record_parts(parts)
        w.close()
        assert path.read_bytes() == want
        return
    r, wfd = os.pipe()
    got = bytearray()

    def drain() -> None:
        while True:
            chunk = os.read(r, 7000)
            if not chunk:
                return
            got.extend(chunk)

    t = threading.Thread(target=drain)
    t.start()
    with os.fdopen(wfd, "wb") as f:
        w = PcapWriter(f, 1, 65535, nanosecond=False)
        w.write_raw(1_000_000_000, b"\x01" * 30)
        w.write_record_parts(parts)
        w.flush()
    t.join()
    os.close(r)
    assert bytes(got) == want
