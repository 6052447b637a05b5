"""Builders shared by the test modules (test modules never import one another).

Everything here is written from the specifications (pcap / pcapng file formats,
Ethernet, IP, BPF) or talks to an oracle, never derived from ``purepcap`` itself:

* frames: ``eth``, ``exp_frame``, ``udp_frame``, ``vlan_frame`` (and ``seq_of``,
  ``udp_seq`` to read a sequence number back) for the live and capture tests;
* files: ``pcap_header`` / ``pcap_record`` / ``pcap_file`` (classic pcap) and
  ``shb``, ``idb``, ``epb``, ``spb``, ``pb``, ``nrb``, ``isb``, ``block``, ``opt``
  (pcapng blocks); ``read_ours`` / ``compare_with_oracle`` read a file with purepcap
  and check it against libpcap; ``tshark_frames`` reads one with tshark;
  ``TrickleStream`` serves bytes in random short reads, as a pipe does;
* BPF: the reference data loaders (``accept_cases`` ...; call them only under
  ``needs_shared``), hypothesis strategies for programs and packets
  (``oracle_programs``, ``wild_programs``, ``packets``, ``metas``) and their
  plain-random twins for sweeps, and the running kernel as a second oracle
  (``kernel_accepts``).
"""

from __future__ import annotations

import ctypes
import functools
import json
import os
import random
import re
import socket
import struct
import subprocess
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

import oracle
from conftest import CONFORMANCE, CORPUS, tshark_path
from purepcap.bpf import opcodes
from purepcap.errors import PcapError, SavefileError
from purepcap.savefile import open_reader

#: the local experimental Ethertype: frames the live tests send and nothing else does
ETH_P_EXP = 0x88B5

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


# -- pcap / pcapng builders ------------------------------------------------------------

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


class TrickleStream:
    """A non-seekable binary stream returning short reads of random sizes (like a pipe)."""

    def __init__(self, data: bytes, seed: int) -> None:
        self._data = data
        self._pos = 0
        self._rnd = random.Random(seed)

    def read(self, n: int = -1) -> bytes:
        if n < 0:
            n = len(self._data)
        k = min(n, self._rnd.choice((1, 3, 7, 16, 100, 1000, 5000, 70000)))
        out = self._data[self._pos:self._pos + k]
        self._pos += len(out)
        return out

    def seekable(self) -> bool:
        return False


def write(tmp_path: Path, data: bytes, name: str = "f.bin") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p



def tshark_frames(path: Path) -> list[dict]:
    out = subprocess.run([tshark_path(), "-r", str(path), "-T", "json", "-x"], capture_output=True,
                         check=True, timeout=60).stdout
    frames = []
    for f in json.loads(out):
        layers = f["_source"]["layers"]
        frame = layers["frame"]
        comment = None
        if "pkt_comment" in layers:
            comment = layers["pkt_comment"].get("frame.comment")
        frames.append({
            "epoch": frame["frame.time_epoch"],
            "len": int(frame["frame.len"]),
            "cap_len": int(frame["frame.cap_len"]),
            "data": bytes.fromhex(layers["frame_raw"][0]),
            "interface_id": int(frame.get("frame.interface_id", 0)),
            "interface_name": frame.get("frame.interface_id_tree", {}).get("frame.interface_name"),
            "comment": comment,
        })
    return frames


def epoch_text(ts: int, digits: int) -> str:
    sec, frac = divmod(ts, 10**9)
    return f"{sec}.{frac // 10 ** (9 - digits):0{digits}d}"



# -- conformance and corpus ---------------------------------------------------------------
@functools.lru_cache(maxsize=None)
def accept_cases() -> list[dict[str, Any]]:
    with open(CONFORMANCE / "accept.jsonl") as f:
        return [json.loads(line) for line in f if line.strip()]


@functools.lru_cache(maxsize=None)
def apply_cases() -> list[dict[str, Any]]:
    with open(CONFORMANCE / "apply.jsonl") as f:
        return [json.loads(line) for line in f if line.strip()]


def accept_programs() -> list[tuple[str, dict[str, Any], list[tuple[int, int, int, int]]]]:
    """(kind, case, insns) for every program libpcap produced in accept.jsonl."""
    out = []
    for case in accept_cases():
        for kind in ("opt", "unopt"):
            insns = case.get(f"{kind}_insns")
            if insns:
                out.append((kind, case, [tuple(i) for i in insns]))
    return out


@functools.lru_cache(maxsize=None)
def corpus_packets(per_file: int = 6) -> dict[int, list[tuple[bytes, int]]]:
    """DLT -> [(data, wirelen)], up to ``per_file`` packets of every readable corpus file."""
    by_dlt: dict[int, list[tuple[bytes, int]]] = {}
    for folder in ("tcpdump", "libpcap-filter"):
        directory = CORPUS / folder
        if not directory.is_dir():
            continue
        for name in sorted(os.listdir(directory)):
            f = oracle.read_packets(str(directory / name), limit=per_file)
            if f.linktype < 0:
                continue
            by_dlt.setdefault(f.linktype, []).extend((p.data, p.wirelen) for p in f.packets)
    return by_dlt


@functools.lru_cache(maxsize=None)
def dlt_value(name: str) -> int:
    return oracle.datalink_name_to_val(name)


def sample(items: list[Any], n: int) -> list[Any]:
    """A deterministic spread of at most n items."""
    if len(items) <= n:
        return list(items)
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def steered_packets(insns: list[tuple[int, int, int, int]], count: int = 8, size: int = 96) -> list[bytes]:
    """Packets that satisfy some of the program's ``ld [k]; jeq #v`` tests.

    Writes each tested constant at its load offset, in a few deterministic
    combinations, so the paths of a typical filter are taken (not only the first
    ``ret #0``)."""
    pairs = []
    for (code, _, _, k), nxt in zip(insns, insns[1:]):
        size_of = {0x20: 4, 0x28: 2, 0x30: 1}.get(code)
        if size_of and k + size_of <= size and nxt[0] in (0x15, 0x45):
            pairs.append((k, size_of, nxt[3]))
    out = []
    for i in range(count):
        buf = bytearray(size) if i % 2 == 0 else bytearray((j * 37 + i) & 0xFF for j in range(size))
        for j, (k, sz, v) in enumerate(pairs):
            if (j * 7 + i) % (i + 2) != 1:  # a different subset for each packet
                buf[k:k + sz] = (v & ((1 << (8 * sz)) - 1)).to_bytes(sz, "big")
        out.append(bytes(buf[: size - (i * 11) % size]))
    return out


# -- the kernel as an oracle for linux=True ---------------------------------------------------
class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


_SO_ATTACH_FILTER = 26


@functools.lru_cache(maxsize=None)
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def kernel_accepts(insns: list[tuple[int, int, int, int]]) -> bool:
    """Whether the running kernel's SO_ATTACH_FILTER takes the program."""
    raw = b"".join(struct.pack("=HBBI", *i) for i in insns)
    buf = ctypes.create_string_buffer(raw or b"\0" * 8)
    prog = _SockFprog(len(insns), ctypes.addressof(buf))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        rc = _libc().setsockopt(s.fileno(), socket.SOL_SOCKET, _SO_ATTACH_FILTER,
                                ctypes.byref(prog), ctypes.sizeof(prog))
    return rc == 0


def kernel_available() -> bool:
    try:
        return kernel_accepts([(6, 0, 0, 0)]) and not kernel_accepts([(0x64, 0, 0, 32), (6, 0, 0, 0)])
    except OSError:
        return False


# -- hypothesis strategies ---------------------------------------------------------------------
ORACLE_SAFE = sorted({
    0x06, 0x16, 0x20, 0x28, 0x30, 0x40, 0x48, 0x50, 0x80, 0x81, 0xB1, 0x00, 0x01,
    0x60, 0x61, 0x02, 0x03, 0x05, 0x15, 0x25, 0x35, 0x45, 0x1D, 0x2D, 0x3D, 0x4D,
    0x04, 0x14, 0x24, 0x34, 0x44, 0x54, 0x64, 0x74, 0x94, 0xA4,
    0x0C, 0x1C, 0x2C, 0x3C, 0x4C, 0x5C, 0x6C, 0x7C, 0x9C, 0xAC, 0x84, 0x07, 0x87,
})

interesting_k = st.one_of(
    st.integers(0, 40),
    st.integers(0, 0xFFFFFFFF),
    st.sampled_from([0, 1, 2, 3, 4, 15, 16, 31, 32, 33, 63, 64, 0x7FFFFFFF, 0x80000000,
                     0xFFFFFFFE, 0xFFFFFFFF, opcodes.SKF_AD_OFF, opcodes.SKF_NET_OFF,
                     opcodes.SKF_LL_OFF, opcodes.SKF_LL_OFF + 3, opcodes.SKF_NET_OFF + 2]),
    st.integers(0, 63).map(lambda a: opcodes.SKF_AD_OFF + a),
)


@st.composite
def oracle_programs(draw: st.DrawFn, max_body: int = 14) -> list[tuple[int, int, int, int]]:
    """Programs libpcap 1.10.3 can run safely: valid, only implemented opcodes, forward
    jumps, no division by constant 0, every scratch word written before it is read."""
    n = draw(st.integers(1, max_body))
    body: list[tuple[int, int, int, int]] = []
    for i in range(n):
        code = draw(st.sampled_from(ORACLE_SAFE))
        remaining = n - i - 1  # instructions after this one, the final ret included
        k = draw(interesting_k)
        jt = jf = 0
        if code in (0x60, 0x61, 0x02, 0x03):
            k = draw(st.integers(0, 15))
        elif code in (0x34, 0x94) and k == 0:
            k = 1
        elif code in (0x20, 0x28, 0x30, 0xB1):
            k = draw(st.one_of(st.integers(0, 48), interesting_k))
        elif code == 0x05:
            k = draw(st.integers(0, remaining))
        elif code & 0x07 == 0x05:
            jt = draw(st.integers(0, remaining))
            jf = draw(st.integers(0, remaining))
        body.append((code, jt, jf, k))
    body.append(draw(st.sampled_from([(0x06, 0, 0, 0), (0x06, 0, 0, 0xFFFF), (0x16, 0, 0, 0)])))
    slots = sorted({k for c, _, _, k in body if c in (0x60, 0x61)})
    prefix: list[tuple[int, int, int, int]] = []
    for slot in slots:
        prefix += [(0x00, 0, 0, draw(interesting_k)), (0x02, 0, 0, slot)]
    return prefix + body


@st.composite
def wild_programs(draw: st.DrawFn, max_len: int = 14) -> list[tuple[int, int, int, int]]:
    """Anything: invalid opcodes, backward and out-of-range jumps, huge scratch indexes."""
    n = draw(st.integers(1, max_len))
    out = []
    for i in range(n):
        code = draw(st.one_of(st.sampled_from(ORACLE_SAFE), st.integers(0, 0xFF), st.integers(0, 0xFFFF)))
        if code == 0x05 or code & 0x07 == 0x05:
            k = draw(st.one_of(st.integers(0, n), st.integers(0, 0xFFFFFFFF),
                               st.integers(1, i + 1).map(lambda b: (-b) & 0xFFFFFFFF)))
        else:
            k = draw(interesting_k)
        out.append((code, draw(st.integers(0, 255)) if draw(st.booleans()) else draw(st.integers(0, n)),
                    draw(st.integers(0, n)), k))
    return out


packets = st.one_of(st.binary(max_size=64), st.binary(min_size=40, max_size=80))


@st.composite
def metas(draw: st.DrawFn) -> Any:
    from purepcap.bpf import Meta

    u32 = st.integers(0, 0xFFFFFFFF)
    return Meta(protocol=draw(st.integers(0, 0xFFFF)), pkttype=draw(st.integers(0, 7)),
                ifindex=draw(u32), mark=draw(u32), queue=draw(st.integers(0, 0xFFFF)),
                hatype=draw(st.integers(0, 0xFFFF)), rxhash=draw(u32), cpu=draw(st.integers(0, 255)),
                vlan_tci=draw(st.integers(0, 0xFFFF)), vlan_present=draw(st.booleans()),
                vlan_tpid=draw(st.sampled_from([0, 0x8100, 0x88A8])), random=draw(u32),
                pay_offset=draw(st.integers(0, 100)), net_offset=draw(st.integers(0, 40)))


# -- fast deterministic generators (plain random; for sweeps of many thousand programs) ------------
_SWEEP_KS = [0, 1, 2, 3, 4, 12, 14, 15, 16, 23, 31, 32, 33, 40, 63, 64, 0x7FFFFFFF, 0x80000000,
             0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFF000, 0xFFFFF000 + 44, 0xFFFFF000 + 48, 0xFFF00000,
             0xFFE00000, 0xFFE00003]


def _rand_k(rng: Any) -> int:
    r = rng.random()
    if r < 0.4:
        return rng.randrange(48)
    if r < 0.8:
        return rng.choice(_SWEEP_KS)
    return rng.randrange(1 << 32)


def random_oracle_program(rng: Any, max_body: int = 14) -> list[tuple[int, int, int, int]]:
    """The plain-random twin of :func:`oracle_programs` (same guarantees)."""
    n = rng.randint(1, max_body)
    body = []
    for i in range(n):
        code = rng.choice(ORACLE_SAFE)
        remaining = n - i - 1
        k = _rand_k(rng)
        jt = jf = 0
        if code in (0x60, 0x61, 0x02, 0x03):
            k = rng.randrange(16)
        elif code in (0x34, 0x94) and k == 0:
            k = 3
        elif code == 0x05:
            k = rng.randint(0, remaining)
        elif code & 0x07 == 0x05:
            jt, jf = rng.randint(0, remaining), rng.randint(0, remaining)
        body.append((code, jt, jf, k))
    body.append(rng.choice([(0x06, 0, 0, 0), (0x06, 0, 0, 0xFFFF), (0x16, 0, 0, 0)]))
    prefix = []
    for slot in sorted({k for c, _, _, k in body if c in (0x60, 0x61)}):
        prefix += [(0x00, 0, 0, _rand_k(rng)), (0x02, 0, 0, slot)]
    return prefix + body


def random_wild_program(rng: Any, max_len: int = 14) -> list[tuple[int, int, int, int]]:
    """The plain-random twin of :func:`wild_programs`."""
    n = rng.randint(1, max_len)
    out = []
    for i in range(n):
        r = rng.random()
        code = rng.choice(ORACLE_SAFE) if r < 0.8 else rng.randrange(0x100) if r < 0.95 else rng.randrange(0x10000)
        if code & 0x07 == 0x05 and rng.random() < 0.3:
            k = (-rng.randint(1, i + 1)) & 0xFFFFFFFF
        elif code & 0x07 == 0x05:
            k = rng.randint(0, n)
        else:
            k = _rand_k(rng)
        out.append((code, rng.randint(0, n), rng.randint(0, n) if rng.random() < 0.9 else rng.randrange(256), k))
    return out


def random_packet(rng: Any) -> bytes:
    return bytes(rng.randrange(256) for _ in range(rng.choice([0, 1, 3, 8, 20, 40, 60, 80])))


def random_meta(rng: Any) -> Any:
    from purepcap.bpf import Meta

    return Meta(protocol=rng.randrange(1 << 16), pkttype=rng.randrange(8), ifindex=rng.randrange(1 << 32),
                mark=rng.randrange(1 << 32), queue=rng.randrange(1 << 16), hatype=rng.randrange(1 << 16),
                rxhash=rng.randrange(1 << 32), cpu=rng.randrange(64), vlan_tci=rng.randrange(1 << 16),
                vlan_present=rng.random() < 0.5, vlan_tpid=rng.choice([0, 0x8100, 0x88A8]),
                random=rng.randrange(1 << 32), pay_offset=rng.randrange(80), net_offset=rng.randrange(40))



# -- tcpdump's text per packet (printer tests) ---------------------------------------------

_TS_US = re.compile(r"^\d+\.\d{6} ")


def frame_packets(frames: list[bytes | tuple[bytes, int]]) -> list[Any]:
    """Packets for ``frames`` (a frame, or ``(frame, caplen)`` for a cut capture), one
    millisecond apart from a fixed time."""
    import purepcap
    out = []
    for i, f in enumerate(frames):
        data, cap = f if isinstance(f, tuple) else (f, len(f))
        out.append(purepcap.Packet(1_700_000_000_000_000_000 + i * 1_000_000, cap, len(data),
                                   data[:cap]))
    return out


def tcpdump_file_texts(binary: str, path: Path, flags: str) -> list[str]:
    """``tcpdump -n -tt FLAGS -r PATH``: one text per packet, time stamp cut off,
    continuation lines joined with newlines."""
    res = subprocess.run([binary, "-n", "-tt", *flags.split(), "-r", str(path)],
                         capture_output=True, check=False)
    pkts: list[str] = []
    for line in res.stdout.decode("latin-1").split("\n"):
        if _TS_US.match(line):
            pkts.append(_TS_US.sub("", line))
        elif pkts:
            pkts[-1] += "\n" + line
    return [p.rstrip("\n") for p in pkts]


def split_tcpdump_packets(stdout: str) -> list[str]:
    """tcpdump ``-tt`` output as one text per packet (time stamp cut off; lines that
    don't start with a time stamp belong to the packet before)."""
    packets: list[str] = []
    for line in stdout.splitlines():
        head = line.split(" ", 1)
        if head[0].replace(".", "").isdigit() and "." in head[0]:
            packets.append(head[1] if len(head) > 1 else "")
        elif packets:
            packets[-1] += "\n" + line
    return packets


def tcpdump_frames(binary: str, frames: list[bytes], linktype: int,
                   flags: tuple[str, ...]) -> list[str]:
    """tcpdump's text per frame for ``frames`` written to a capture of ``linktype``."""
    import tempfile

    import purepcap
    from purepcap.savefile import PcapWriter
    fd, path = tempfile.mkstemp(suffix=".pcap")
    os.close(fd)
    try:
        with PcapWriter(path, linktype=linktype, snaplen=262144) as w:
            for i, f in enumerate(frames):
                w.write(purepcap.Packet(1_000_000_000 + i, len(f), len(f), f))
        res = subprocess.run([binary, "-n", "-tt", *flags, "-r", path], capture_output=True,
                             text=True, errors="replace", check=False)
    finally:
        os.unlink(path)
    return split_tcpdump_packets(res.stdout)
