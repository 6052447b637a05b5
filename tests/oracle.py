"""Test-only access to the reference implementation: the system libpcap 1.10.3 via ctypes.

The product never loads libpcap; tests use it to get the reference answers:
packets as libpcap reads them from a file, programs as libpcap compiles them,
verdicts as libpcap's ``bpf_filter`` computes them.  Every function raises
:class:`OracleUnavailable` when the library is not installed (``.ci/run``
installs it, so in CI it always is).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from typing import NamedTuple

__all__ = ["OracleUnavailable", "available", "read_packets", "compile_expr",
           "bpf_filter", "bpf_validate", "bpf_image", "OraclePacket", "datalink_name_to_val"]

PCAP_ERRBUF_SIZE = 256
PCAP_TSTAMP_PRECISION_MICRO = 0
PCAP_TSTAMP_PRECISION_NANO = 1


class OracleUnavailable(RuntimeError):
    pass


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
    raise OracleUnavailable("libpcap is not installed (apt-get install libpcap0.8)")


def available() -> bool:
    try:
        _lib()
    except OracleUnavailable:
        return False
    return True


def version() -> str:
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


def read_packets(path: str, limit: int | None = None) -> OracleFile:
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


def datalink_name_to_val(name: str) -> int:
    return int(_lib().pcap_datalink_name_to_val(name.encode()))


def _netmask_value(netmask: str | int | None) -> int:
    if netmask is None:
        return 0xFFFFFFFF  # PCAP_NETMASK_UNKNOWN
    if isinstance(netmask, int):
        return netmask
    a, b, c, d = (int(x) for x in netmask.split("."))
    # pcap_compile takes the mask as a host integer: 255.255.255.0 -> 0xffffff00
    return int.from_bytes(bytes([a, b, c, d]), "big")


def compile_expr(expr: str, dlt: int | str = 1, snaplen: int = 262144,
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


def bpf_filter(insns: list[tuple[int, int, int, int]], data: bytes, wirelen: int | None = None) -> int:
    """libpcap's own interpreter (saved-packet semantics)."""
    arr = _insn_array(insns)
    return int(_lib().bpf_filter(arr, data, len(data) if wirelen is None else wirelen, len(data)))


def bpf_validate(insns: list[tuple[int, int, int, int]]) -> bool:
    arr = _insn_array(insns)
    return bool(_lib().bpf_validate(arr, len(insns)))


def bpf_image(insn: tuple[int, int, int, int], n: int) -> str:
    """libpcap's listing line for one instruction (what ``tcpdump -d`` prints)."""
    arr = _insn_array([insn])
    return _lib().bpf_image(arr, n).decode()
