"""Test-only access to the reference implementations: libpcap 1.10.3 via ctypes, tcpdump.

The product never loads libpcap; tests use it to get the reference answers:
packets as libpcap reads them from a file, programs as libpcap compiles them,
verdicts as libpcap's ``bpf_filter`` computes them, listings as ``tcpdump -d``
prints them.  ``.ci/run`` installs the oracles, so in CI they always answer.

Recorded answers.  Tests marked ``recorded`` (deterministic arguments only) also
run where the oracle is missing: every answer they need was recorded from the
real oracle into ``tests/data/oracle-answers.json.gz`` by
``tools/record_oracle_answers.py``, and is looked up by its arguments (files by
content).  Where the oracle is installed it is always asked, and in a
``recorded`` test a recorded answer that is missing or different fails the test
("stale"), so CI keeps the file honest.  Without the oracle and without a
recorded answer a function raises :class:`OracleUnavailable`, whose message is the
one-line skip reason (``conftest.py`` turns it into a skip).
"""

from __future__ import annotations

import base64
import ctypes
import ctypes.util
import functools
import gzip
import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any, Callable, NamedTuple

__all__ = ["OracleUnavailable", "available", "which", "NO_ORACLES_ENV", "read_packets", "compile_expr",
           "bpf_filter", "bpf_validate", "bpf_image", "OraclePacket", "datalink_name_to_val"]

PCAP_ERRBUF_SIZE = 256
PCAP_TSTAMP_PRECISION_MICRO = 0
PCAP_TSTAMP_PRECISION_NANO = 1


#: Test-infrastructure switch: set to 1 to behave as if no oracle were installed
#: (libpcap, tcpdump, tshark, trafgen), as on a fresh machine.
NO_ORACLES_ENV = "PUREPCAP_TEST_NO_ORACLES"


#: set by tools/record_oracle_answers.py: collect every answer asked for during the run
RECORD_ENV = "PUREPCAP_TEST_RECORD_ORACLE"
ANSWERS_PATH = Path(__file__).resolve().parent / "data" / "oracle-answers.json.gz"

LIBPCAP_REASON = "needs libpcap 1.10.3 (apt-get install libpcap0.8)"
PROGRAM_REASONS = {
    "tcpdump": "needs tcpdump 4.99.3 (apt-get install tcpdump)",
    "tshark": "needs tshark (apt-get install tshark)",
    "trafgen": "needs trafgen (apt-get install netsniff-ng)",
}


def _disabled() -> bool:
    return os.environ.get(NO_ORACLES_ENV, "") not in ("", "0")


class OracleUnavailable(RuntimeError):
    """The oracle is not installed and no answer was recorded; ``str()`` is the skip reason."""


def which(program: str) -> str | None:
    """``shutil.which`` for the test-only oracle programs (None when absent or disabled)."""
    if _disabled():
        return None
    return shutil.which(program)


class _Timeval(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_usec", ctypes.c_long)]


class _PktHdr(ctypes.Structure):
    _fields_ = [("ts", _Timeval), ("caplen", ctypes.c_uint32), ("len", ctypes.c_uint32)]


class _Insn(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte),
                ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint32)]


class _Program(ctypes.Structure):
    _fields_ = [("bf_len", ctypes.c_uint), ("bf_insns", ctypes.POINTER(_Insn))]


@functools.lru_cache(maxsize=None)
def _lib() -> ctypes.CDLL:
    if _disabled():
        raise OracleUnavailable(LIBPCAP_REASON)
    for name in ("libpcap.so.0.8", "libpcap.so.1", ctypes.util.find_library("pcap")):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        lib.pcap_open_offline_with_tstamp_precision.restype = ctypes.c_void_p
        lib.pcap_open_offline_with_tstamp_precision.argtypes = [
            ctypes.c_char_p, ctypes.c_uint, ctypes.c_char_p]
        lib.pcap_open_dead.restype = ctypes.c_void_p
        lib.pcap_open_dead.argtypes = [ctypes.c_int, ctypes.c_int]
        lib.pcap_next_ex.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(_PktHdr)),
                                     ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte))]
        lib.pcap_datalink.argtypes = [ctypes.c_void_p]
        lib.pcap_snapshot.argtypes = [ctypes.c_void_p]
        lib.pcap_geterr.restype = ctypes.c_char_p
        lib.pcap_geterr.argtypes = [ctypes.c_void_p]
        lib.pcap_close.argtypes = [ctypes.c_void_p]
        lib.pcap_compile.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Program),
                                     ctypes.c_char_p, ctypes.c_int, ctypes.c_uint32]
        lib.pcap_freecode.argtypes = [ctypes.POINTER(_Program)]
        lib.bpf_filter.restype = ctypes.c_uint
        lib.bpf_filter.argtypes = [ctypes.POINTER(_Insn), ctypes.c_char_p,
                                   ctypes.c_uint, ctypes.c_uint]
        lib.bpf_validate.argtypes = [ctypes.POINTER(_Insn), ctypes.c_int]
        lib.bpf_image.restype = ctypes.c_char_p
        lib.bpf_image.argtypes = [ctypes.POINTER(_Insn), ctypes.c_int]
        lib.pcap_datalink_name_to_val.argtypes = [ctypes.c_char_p]
        lib.pcap_lib_version.restype = ctypes.c_char_p
        return lib
    raise OracleUnavailable(LIBPCAP_REASON)


@functools.lru_cache(maxsize=None)
def available() -> bool:
    """Whether libpcap itself answers (not only recorded answers)."""
    try:
        _lib()
    except OracleUnavailable:
        return False
    return True


def _live_version() -> str:
    return _lib().pcap_lib_version().decode()


class OraclePacket(NamedTuple):
    ts: int  # nanoseconds
    caplen: int
    wirelen: int
    data: bytes


class OracleFile(NamedTuple):
    linktype: int  # DLT value
    snaplen: int
    packets: list[OraclePacket]
    error: str | None  # libpcap's message if opening or reading failed


def _live_read_packets(path: str, limit: int | None = None) -> OracleFile:
    """Read a capture file with libpcap, nanosecond timestamps."""
    lib = _lib()
    errbuf = ctypes.create_string_buffer(PCAP_ERRBUF_SIZE)
    p = lib.pcap_open_offline_with_tstamp_precision(
        str(path).encode(), PCAP_TSTAMP_PRECISION_NANO, errbuf)
    if not p:
        return OracleFile(-1, 0, [], errbuf.value.decode(errors="replace"))
    try:
        dlt = lib.pcap_datalink(p)
        snap = lib.pcap_snapshot(p)
        out: list[OraclePacket] = []
        hdr = ctypes.POINTER(_PktHdr)()
        data = ctypes.POINTER(ctypes.c_ubyte)()
        error = None
        while limit is None or len(out) < limit:
            rc = lib.pcap_next_ex(p, ctypes.byref(hdr), ctypes.byref(data))
            if rc == 1:
                h = hdr.contents
                out.append(OraclePacket(
                    h.ts.tv_sec * 1_000_000_000 + h.ts.tv_usec,
                    h.caplen, h.len, ctypes.string_at(data, h.caplen)))
            elif rc == -2:
                break
            else:
                error = lib.pcap_geterr(p).decode(errors="replace")
                break
        return OracleFile(dlt, snap, out, error)
    finally:
        lib.pcap_close(p)


def _live_datalink_name_to_val(name: str) -> int:
    return int(_lib().pcap_datalink_name_to_val(name.encode()))


def _netmask_value(netmask: str | int | None) -> int:
    if netmask is None:
        return 0xFFFFFFFF  # PCAP_NETMASK_UNKNOWN
    if isinstance(netmask, int):
        return netmask
    a, b, c, d = (int(x) for x in netmask.split("."))
    # pcap_compile takes the mask as a host integer: 255.255.255.0 -> 0xffffff00
    return int.from_bytes(bytes([a, b, c, d]), "big")


def _live_compile_expr(expr: str, dlt: int | str = 1, snaplen: int = 262144,
                 optimize: bool = True,
                 netmask: str | int | None = None) -> tuple[list[tuple[int, int, int, int]] | None, str | None]:
    """Compile with libpcap on a dead handle: (insns, None) or (None, error message)."""
    lib = _lib()
    if isinstance(dlt, str):
        dlt = datalink_name_to_val(dlt)
    p = lib.pcap_open_dead(dlt, snaplen)
    if not p:
        raise OracleUnavailable("pcap_open_dead failed")
    try:
        prog = _Program()
        rc = lib.pcap_compile(p, ctypes.byref(prog), expr.encode(), int(optimize),
                              _netmask_value(netmask))
        if rc != 0:
            return None, lib.pcap_geterr(p).decode(errors="replace")
        insns = [(prog.bf_insns[i].code, prog.bf_insns[i].jt, prog.bf_insns[i].jf,
                  prog.bf_insns[i].k) for i in range(prog.bf_len)]
        lib.pcap_freecode(ctypes.byref(prog))
        return insns, None
    finally:
        lib.pcap_close(p)


def _insn_array(insns: list[tuple[int, int, int, int]]) -> ctypes.Array:  # type: ignore[type-arg]
    arr = (_Insn * max(1, len(insns)))()
    for i, (code, jt, jf, k) in enumerate(insns):
        arr[i].code, arr[i].jt, arr[i].jf, arr[i].k = code, jt, jf, k & 0xFFFFFFFF
    return arr


def _live_bpf_filter(insns: list[tuple[int, int, int, int]], data: bytes, wirelen: int | None = None) -> int:
    """libpcap's own interpreter (saved-packet semantics)."""
    arr = _insn_array(insns)
    return int(_lib().bpf_filter(arr, data, len(data) if wirelen is None else wirelen, len(data)))


def _live_bpf_validate(insns: list[tuple[int, int, int, int]]) -> bool:
    arr = _insn_array(insns)
    return bool(_lib().bpf_validate(arr, len(insns)))


def _live_bpf_image(insn: tuple[int, int, int, int], n: int) -> str:
    """libpcap's listing line for one instruction (what ``tcpdump -d`` prints)."""
    arr = _insn_array([insn])
    return _lib().bpf_image(arr, n).decode()


# -- recorded answers ----------------------------------------------------------------------------

class _Answers:
    """The recorded answers: loaded on first use, collected while recording."""

    def __init__(self) -> None:
        self._table: dict[str, Any] | None = None
        self.recorded: dict[str, Any] = {}
        #: set by conftest in tests marked ``recorded``: their answers are recorded, and where
        #: the oracle is installed a missing or stale one fails
        self.strict = False

    @property
    def recording(self) -> bool:
        return bool(os.environ.get(RECORD_ENV))

    def table(self) -> dict[str, Any]:
        if self._table is None:
            try:
                with gzip.open(ANSWERS_PATH, "rt", encoding="utf-8") as f:
                    self._table = json.load(f)
            except FileNotFoundError:
                self._table = {}
        return self._table

    def save(self, path: Path = ANSWERS_PATH) -> None:
        text = json.dumps(dict(sorted(self.recorded.items())), separators=(",", ":"))
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
            f.write(text.encode())


answers = _Answers()


def _json(value: Any) -> Any:
    return json.loads(json.dumps(value))


def _answer(kind: str, key: Any, live: Callable[[], Any], encode: Callable[[Any], Any],
            decode: Callable[[Any], Any], reason: str, present: Callable[[], bool]) -> Any:
    if present() and not answers.recording and not answers.strict:
        return live()  # the common case in CI: no bookkeeping
    digest = hashlib.sha256(json.dumps([kind, key]).encode()).hexdigest()[:24]
    name = f"{kind}:{digest}"
    if present():
        value = live()
        if answers.recording:
            if answers.strict:
                answers.recorded[name] = _json(encode(value))
        elif answers.strict and answers.table().get(name) != _json(encode(value)):
            raise AssertionError(f"recorded answer for {kind}{key!r:.300} is missing or stale: "
                                 "run tools/record_oracle_answers.py")
        return value
    have = answers.table().get(name)
    if have is None:
        raise OracleUnavailable(reason)
    return decode(have)


def _libpcap(kind: str, key: Any, live: Callable[[], Any], encode: Callable[[Any], Any] = lambda v: v,
             decode: Callable[[Any], Any] = lambda v: v) -> Any:
    return _answer(kind, key, live, encode, decode, LIBPCAP_REASON, available)


def _insns_key(insns: Any) -> list[list[int]]:
    return [[int(x) for x in i] for i in insns]


def _insns_out(v: Any) -> Any:
    return None if v is None else [tuple(i) for i in v]


def version() -> str:
    return _libpcap("version", [], _live_version)


def read_packets(path: str, limit: int | None = None) -> OracleFile:
    """Read a capture file with libpcap, nanosecond timestamps."""
    try:
        with open(path, "rb") as f:
            content = hashlib.sha256(f.read()).hexdigest()
    except OSError:
        content = f"unreadable:{path}"

    def encode(o: OracleFile) -> Any:
        return [o.linktype, o.snaplen, o.error,
                [[p.ts, p.caplen, p.wirelen, base64.b64encode(p.data).decode()] for p in o.packets]]

    def decode(v: Any) -> OracleFile:
        return OracleFile(v[0], v[1], [OraclePacket(ts, cl, wl, base64.b64decode(d)) for ts, cl, wl, d in v[3]],
                          v[2])

    return _libpcap("read_packets", [content, limit], lambda: _live_read_packets(path, limit), encode, decode)


def datalink_name_to_val(name: str) -> int:
    return _libpcap("datalink_name_to_val", [name], lambda: _live_datalink_name_to_val(name))


def compile_expr(expr: str, dlt: int | str = 1, snaplen: int = 262144,
                 optimize: bool = True,
                 netmask: str | int | None = None) -> tuple[list[tuple[int, int, int, int]] | None, str | None]:
    """Compile with libpcap on a dead handle: (insns, None) or (None, error message)."""
    return _libpcap("compile_expr", [expr, dlt, snaplen, bool(optimize), netmask],
                    lambda: _live_compile_expr(expr, dlt, snaplen, optimize, netmask),
                    lambda r: [r[0], r[1]], lambda v: (_insns_out(v[0]), v[1]))


def bpf_filter(insns: list[tuple[int, int, int, int]], data: bytes, wirelen: int | None = None) -> int:
    """libpcap's own interpreter (saved-packet semantics)."""
    return _libpcap("bpf_filter", [_insns_key(insns), bytes(data).hex(), wirelen],
                    lambda: _live_bpf_filter(insns, data, wirelen))


def bpf_validate(insns: list[tuple[int, int, int, int]]) -> bool:
    return _libpcap("bpf_validate", [_insns_key(insns)], lambda: _live_bpf_validate(insns))


def bpf_image(insn: tuple[int, int, int, int], n: int) -> str:
    """libpcap's listing line for one instruction (what ``tcpdump -d`` prints)."""
    return _libpcap("bpf_image", [_insns_key([insn]), n], lambda: _live_bpf_image(insn, n))


def run_program(program: str, *args: str, env: dict[str, str] | None = None,
                timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """Run an oracle program (``tcpdump``) on arguments alone (no input files): recorded."""
    reason = PROGRAM_REASONS.get(program, f"needs {program}")

    def live() -> subprocess.CompletedProcess[bytes]:
        path = which(program)
        assert path is not None
        return subprocess.run([path, *args], capture_output=True, timeout=timeout, check=False,
                              env=env)

    def encode(r: subprocess.CompletedProcess[bytes]) -> Any:
        return [r.returncode, r.stdout.decode("latin-1"), r.stderr.decode("latin-1")]

    def decode(v: Any) -> subprocess.CompletedProcess[bytes]:
        return subprocess.CompletedProcess([program, *args], v[0], v[1].encode("latin-1"),
                                           v[2].encode("latin-1"))

    return _answer(f"run:{program}", list(args), live, encode, decode, reason,
                   lambda: which(program) is not None)
