"""Independent builders of pcap / pcapng bytes for the savefile tests, and their checks.

The builders here are written from the file-format documents, not from
``purepcap.savefile``; the tests at the bottom check that libpcap (the
oracle) reads what they build, so the other test files can trust them.

Helpers shared by the other ``test_savefile_*`` files:

* ``pcap_file`` / ``pcap_record``: classic pcap.
* ``shb``, ``idb``, ``epb``, ``spb``, ``pb``, ``nrb``, ``isb``, ``block``,
  ``opt``: pcapng blocks.
* ``read_ours`` / ``compare_with_oracle``: read a file with purepcap and
  check it against libpcap (same header values, same packets, failure at the
  same place).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import oracle  # noqa: E402

from purepcap.errors import PcapError, SavefileError  # noqa: E402
from purepcap.savefile import open_reader  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"

needs_oracle = pytest.mark.skipif(not oracle.available(), reason="libpcap not installed")

E = {"little": "<", "big": ">"}


# ---------------------------------------------------------------------------- pcap

def pcap_header(order: str = "little", magic: int = 0xA1B2C3D4, version: tuple[int, int] = (2, 4),
                snaplen: int = 65535, linktype: int = 1, thiszone: int = 0,
                sigfigs: int = 0) -> bytes:
    return struct.pack(E[order] + "IHHiIII", magic, version[0], version[1], thiszone, sigfigs,
                       snaplen & 0xFFFFFFFF, linktype & 0xFFFFFFFF)


def pcap_record(sec: int, frac: int, data: bytes, wirelen: int | None = None,
                caplen: int | None = None, order: str = "little", extra: bytes = b"") -> bytes:
    cl = len(data) if caplen is None else caplen
    wl = len(data) if wirelen is None else wirelen
    return struct.pack(E[order] + "IIII", sec & 0xFFFFFFFF, frac & 0xFFFFFFFF,
                       cl & 0xFFFFFFFF, wl & 0xFFFFFFFF) + extra + data


def pcap_file(records: list[tuple[int, int, bytes]] | list[bytes], order: str = "little",
              **hdr: Any) -> bytes:
    out = [pcap_header(order, **hdr)]
    for r in records:
        out.append(r if isinstance(r, bytes) else pcap_record(*r, order=order))
    return b"".join(out)


# -------------------------------------------------------------------------- pcapng

def opt(order: str, code: int, value: bytes) -> bytes:
    return struct.pack(E[order] + "HH", code, len(value)) + value + b"\0" * (-len(value) & 3)


def opts(order: str, options: list[tuple[int, bytes]], end: bool = True) -> bytes:
    if not options:
        return b""
    return b"".join(opt(order, c, v) for c, v in options) + (
        struct.pack(E[order] + "HH", 0, 0) if end else b"")


def block(order: str, btype: int, body: bytes) -> bytes:
    body += b"\0" * (-len(body) & 3)
    n = len(body) + 12
    return struct.pack(E[order] + "II", btype, n) + body + struct.pack(E[order] + "I", n)


def shb(order: str = "little", options: list[tuple[int, bytes]] = (),  # type: ignore[assignment]
        version: tuple[int, int] = (1, 0), section_length: int = -1) -> bytes:
    body = struct.pack(E[order] + "IHHq", 0x1A2B3C4D, version[0], version[1], section_length)
    return block(order, 0x0A0D0D0A, body + opts(order, list(options)))


def idb(order: str = "little", linktype: int = 1, snaplen: int = 65535,
        options: list[tuple[int, bytes]] = ()) -> bytes:  # type: ignore[assignment]
    return block(order, 1, struct.pack(E[order] + "HHI", linktype, 0, snaplen)
                 + opts(order, list(options)))


def epb(order: str, iid: int, ts: int, data: bytes, wirelen: int | None = None,
        options: list[tuple[int, bytes]] = (), caplen: int | None = None) -> bytes:  # type: ignore[assignment]
    cl = len(data) if caplen is None else caplen
    wl = len(data) if wirelen is None else wirelen
    body = struct.pack(E[order] + "IIIII", iid, (ts >> 32) & 0xFFFFFFFF, ts & 0xFFFFFFFF, cl, wl)
    return block(order, 6, body + data + b"\0" * (-len(data) & 3) + opts(order, list(options)))


def spb(order: str, data: bytes, wirelen: int | None = None) -> bytes:
    wl = len(data) if wirelen is None else wirelen
    return block(order, 3, struct.pack(E[order] + "I", wl) + data)


def pb(order: str, iid: int, ts: int, data: bytes, wirelen: int | None = None,
       drops: int = 0) -> bytes:
    wl = len(data) if wirelen is None else wirelen
    body = struct.pack(E[order] + "HHIIII", iid, drops, (ts >> 32) & 0xFFFFFFFF,
                       ts & 0xFFFFFFFF, len(data), wl)
    return block(order, 2, body + data)


def nrb(order: str, records: list[tuple[int, bytes]],
        options: list[tuple[int, bytes]] = ()) -> bytes:  # type: ignore[assignment]
    body = b"".join(opt(order, t, v) for t, v in records) + struct.pack(E[order] + "HH", 0, 0)
    return block(order, 4, body + opts(order, list(options)))


def isb(order: str, iid: int, ts: int, options: list[tuple[int, bytes]] = ()) -> bytes:  # type: ignore[assignment]
    body = struct.pack(E[order] + "III", iid, (ts >> 32) & 0xFFFFFFFF, ts & 0xFFFFFFFF)
    return block(order, 5, body + opts(order, list(options)))


def u64(order: str, v: int) -> bytes:
    return struct.pack(E[order] + "Q", v)


def i64(order: str, v: int) -> bytes:
    return struct.pack(E[order] + "q", v)


# ---------------------------------------------------------------- read + compare

def read_ours(source: Any) -> tuple[Any, list, PcapError | None, bool]:
    """(reader or None, packets, error, failed_at_open)."""
    try:
        r = open_reader(source)
    except PcapError as exc:
        return None, [], exc, True
    pk = []
    try:
        for p in r:
            pk.append(p)
    except PcapError as exc:
        r.close()
        return r, pk, exc, False
    r.close()
    return r, pk, None, False


#: libpcap errors for files this reader deliberately reads further than libpcap.
SUPERSET_ERRORS = ("different from the type of the first interface",
                   "different from the snapshot length of the first interface",
                   "sections with different byte orders")


def same_packet(a: Any, b: Any) -> bool:
    return (a.ts, a.caplen, a.wirelen, bytes(a.data)) == (b.ts, b.caplen, b.wirelen, b.data)


def compare_with_oracle(path: str | os.PathLike[str]) -> str | None:
    """None if purepcap reads ``path`` as libpcap 1.10.3 does, else a description."""
    o = oracle.read_packets(str(path))
    r, pk, err, at_open = read_ours(path)
    if o.linktype == -1:
        if not at_open:
            return f"libpcap failed at open ({o.error}); we did not"
        if not isinstance(err, SavefileError):
            return f"wrong error type {type(err)}"
        return None
    if at_open:
        return f"we failed at open ({err}); libpcap did not"
    if o.error and any(s in o.error for s in SUPERSET_ERRORS):
        if len(pk) < len(o.packets) or not all(map(same_packet, pk, o.packets)):
            return f"superset case: packets differ ({len(pk)} vs {len(o.packets)})"
        return None
    if (r.linktype, r.snaplen) != (o.linktype, o.snaplen):
        return f"header {(r.linktype, r.snaplen)} vs libpcap {(o.linktype, o.snaplen)}"
    if len(pk) != len(o.packets):
        return f"{len(pk)} packets vs libpcap {len(o.packets)}; ours: {err}; libpcap: {o.error}"
    for i, (a, b) in enumerate(zip(pk, o.packets)):
        if not same_packet(a, b):
            return (f"packet {i}: ours {(a.ts, a.caplen, a.wirelen)} libpcap "
                    f"{(b.ts, b.caplen, b.wirelen)} data equal: {bytes(a.data) == b.data}")
    if (err is None) != (o.error is None):
        return f"error: ours {err!r}, libpcap {o.error!r}"
    if err is not None and not isinstance(err, SavefileError):
        return f"wrong error type {type(err)}"
    return None


def write(tmp_path: Path, data: bytes, name: str = "f.bin") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


# ------------------------------------------------------------ builder self-tests

@needs_oracle
@pytest.mark.parametrize("order", ["little", "big"])
def test_pcap_builder_is_what_libpcap_reads(tmp_path: Path, order: str) -> None:
    data = pcap_file([(10, 20, b"abcd"), (11, 0, b"x" * 70)], order=order, snaplen=1000,
                     linktype=1)
    o = oracle.read_packets(str(write(tmp_path, data)))
    assert o.error is None
    assert (o.linktype, o.snaplen) == (1, 1000)
    assert [(p.ts, p.data) for p in o.packets] == [(10_000_020_000, b"abcd"),
                                                    (11_000_000_000, b"x" * 70)]


@needs_oracle
@pytest.mark.parametrize("order", ["little", "big"])
def test_pcapng_builder_is_what_libpcap_reads(tmp_path: Path, order: str) -> None:
    data = (shb(order) + idb(order, 1, 500, [(9, b"\x09")]) + epb(order, 0, 5_000_000_001, b"abc")
            + spb(order, b"hello") + pb(order, 0, 7, b"zz"))
    o = oracle.read_packets(str(write(tmp_path, data)))
    assert o.error is None
    assert (o.linktype, o.snaplen) == (1, 500)
    assert [(p.ts, p.data) for p in o.packets] == [(5_000_000_001, b"abc"), (0, b"hello"),
                                                    (7, b"zz")]
