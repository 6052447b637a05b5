"""Capture files as Dask dataframes: one partition per shard, one row per packet.

>>> import purepcap.dask as pd_                                    # doctest: +SKIP
>>> df = pd_.read_pcap("/var/log/capture/ring-*.pcap", filter="tcp port 443")
>>> df.groupby("dst").size().nlargest(10).compute()

Needs the ``dask`` extra (``pip install 'purepcap[dask]'``: ``dask[dataframe]`` and
``distributed``); importing this module without it raises ImportError naming the extra.

How it works: the client lists the files (in the order given; a glob is sorted),
splits each with :func:`purepcap.savefile.shards` (which walks the record headers,
so every cut is a record boundary), compiles the filter once per link type found in
the shards' headers, and builds one partition per shard.  A worker opens its shard,
runs the shipped :class:`~purepcap.bpf.Program` through ``Program.matcher()`` and
dissects the kept packets with :func:`purepcap.printer.dissect`.  Partitions are in
file order, so the dataframe's rows are the packets in file order.

Columns: ``ts`` (int64 nanoseconds since the epoch), ``caplen``, ``wirelen``,
``linktype`` (int64), ``data`` (``bytes``, object dtype), and from the dissection
``src``, ``dst`` (addresses of the first IPv4/IPv6 header, as text), ``proto`` (the
protocol after it: ``"tcp"``, ``"udp"``, ``"icmp"`` ...; without IP, the protocol
after the link layer, e.g. ``"arp"``), ``sport``, ``dport`` (nullable Int64); missing
fields are ``None``/``<NA>``.
"""

from __future__ import annotations

import glob as _glob
import os
from typing import Any, Iterable, Sequence

try:
    import dask
    import dask.dataframe as dd
    import pandas as pd  # type: ignore[import-untyped]
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("purepcap.dask needs dask (pip install 'purepcap[dask]')") from exc

from .errors import SavefileError
from .savefile.shards import Shard, open_shard, parse_size, shards

__all__ = ["read_pcap", "to_pcap", "fields", "COLUMNS"]

#: column name -> dtype of the dataframes read_pcap returns
COLUMNS: dict[str, Any] = {
    "ts": "int64", "caplen": "int64", "wirelen": "int64", "linktype": "int64",
    "data": "object", "src": "object", "dst": "object", "proto": "object",
    "sport": "Int64", "dport": "Int64",
}

_NETWORK = ("ip", "ip6")
_SKIP = ("ip6ext",)


def fields(layers: Sequence[Any]) -> tuple[Any, Any, Any, Any, Any]:
    """``(src, dst, proto, sport, dport)`` from the records of
    :func:`purepcap.printer.dissect`; ``None`` where a field is absent."""
    src = dst = proto = sport = dport = None
    for i, layer in enumerate(layers):
        if getattr(layer, "proto", None) in _NETWORK:
            src = _text(getattr(layer, "src", None))
            dst = _text(getattr(layer, "dst", None))
            for upper in layers[i + 1:]:
                name = getattr(upper, "proto", None)
                if name in _SKIP:
                    continue
                proto = name
                sport = _port(getattr(upper, "sport", None))
                dport = _port(getattr(upper, "dport", None))
                break
            return src, dst, proto, sport, dport
    if len(layers) > 1:
        proto = getattr(layers[1], "proto", None)
    return src, dst, proto, sport, dport


def _text(v: Any) -> str | None:
    return None if v is None else str(v)


def _port(v: Any) -> int | None:
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def _paths(paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    if isinstance(paths_or_glob, (str, bytes, os.PathLike)):
        p = os.fsdecode(os.fspath(paths_or_glob))
        if _glob.has_magic(p):
            found = sorted(_glob.glob(p))
            if not found:
                raise SavefileError(f"{p}: no file matches")
            return found
        return [p]
    try:
        items = list(paths_or_glob)
    except TypeError:
        raise TypeError("read_pcap() takes a path, a glob or a list of paths, not "
                        f"{type(paths_or_glob).__name__}") from None
    out = []
    for item in items:
        if not isinstance(item, (str, bytes, os.PathLike)):
            raise TypeError(f"read_pcap(): {item!r} is not a path")
        out.append(os.fsdecode(os.fspath(item)))
    if not out:
        raise TypeError("read_pcap(): no paths given")
    return out


def _linktype_value(linktype: int | str | None) -> int | None:
    if linktype is None:
        return None
    if isinstance(linktype, bool):
        raise TypeError("linktype must be a DLT value or name")
    if isinstance(linktype, int):
        return linktype
    if isinstance(linktype, str):
        from .linktype import LinkType
        try:
            return int(LinkType[linktype.upper()])
        except KeyError:
            raise TypeError(f"unknown link type {linktype!r}") from None
    raise TypeError(f"linktype must be a DLT value or name, not {type(linktype).__name__}")


def read_pcap(paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
              filter: str | None = None, linktype: int | str | None = None,
              shard_size: int | str = "64MiB") -> dd.DataFrame:
    """A Dask dataframe of the packets of capture files, one row per kept packet,
    in file order (files in the order given; a glob is sorted).

    ``filter``: a pcap-filter(7) expression, compiled once per link type here and
    run by the workers.  ``linktype``: keep only packets of this link type (a DLT
    value or name such as ``"EN10MB"``).  ``shard_size``: bytes per partition
    (an int or ``"64MiB"``).

    Raises (here, not at compute time): :class:`~purepcap.FilterError` for a bad
    filter, :class:`~purepcap.SavefileError` for a file that can't be opened or
    has a bad header, TypeError for bad arguments.  Damage later in a file is
    raised by the partition that holds it when it is computed.
    """
    if filter is not None and not isinstance(filter, str):
        raise TypeError(f"filter must be a string, not {type(filter).__name__}")
    keep_lt = _linktype_value(linktype)
    step = parse_size(shard_size)
    parts: list[Shard] = []
    for path in _paths(paths_or_glob):
        parts.extend(shards(path, size=step))
    programs: dict[int, Any] = {}
    if filter is not None:
        from . import compile as compile_filter
        lts = {lt for s in parts for lt, _snap, _res in s.interfaces}
        if keep_lt is not None:
            lts = {keep_lt}
        for lt in sorted(lts):
            programs[lt] = compile_filter(filter, linktype=lt)
    # ``data`` holds bytes: keep Dask from turning object columns into text
    with dask.config.set({"dataframe.convert-string": False}):
        frame: dd.DataFrame = dd.from_map(  # type: ignore[no-untyped-call]
            _read_shard, parts, programs=programs, expr=filter, keep_lt=keep_lt,
            meta=_empty(), enforce_metadata=False, label="read-pcap")
    return frame


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in COLUMNS.items()})


def _read_shard(shard: Shard, programs: dict[int, Any], expr: str | None,
                keep_lt: int | None) -> pd.DataFrame:
    """One partition: the kept packets of one shard (runs in a worker)."""
    from .printer import dissect
    matchers: dict[int, Any] = {lt: (None if p is None else p.matcher())
                                for lt, p in programs.items()}
    cols: dict[str, list[Any]] = {c: [] for c in COLUMNS}
    ts, cl, wl, lts, data = (cols["ts"], cols["caplen"], cols["wirelen"], cols["linktype"],
                             cols["data"])
    src, dst, proto, sport, dport = (cols["src"], cols["dst"], cols["proto"], cols["sport"],
                                     cols["dport"])
    rd = open_shard(shard)
    try:
        for pkt in rd:
            lt = pkt.linktype
            if keep_lt is not None and lt != keep_lt:
                continue
            d = pkt.data
            if expr is not None:
                if lt not in matchers:
                    # an interface described after the shard's start (pcapng)
                    from . import compile as compile_filter
                    prog = compile_filter(expr, linktype=lt)
                    matchers[lt] = None if prog is None else prog.matcher()
                m = matchers[lt]
                if m is not None:
                    keep = m(d, pkt.wirelen)
                    if not keep:
                        continue
                    if keep < pkt.caplen:
                        d = d[:keep]
            ts.append(pkt.ts)
            cl.append(len(d))
            wl.append(pkt.wirelen)
            lts.append(lt)
            data.append(bytes(d))
            f = fields(dissect(d, lt, wirelen=pkt.wirelen))
            src.append(f[0])
            dst.append(f[1])
            proto.append(f[2])
            sport.append(f[3])
            dport.append(f[4])
    finally:
        rd.close()
    return pd.DataFrame({c: pd.Series(v, dtype=COLUMNS[c]) for c, v in cols.items()})


def to_pcap(df: Any, path: str | os.PathLike[str], snaplen: int = 262144) -> int:
    """Write the rows of ``df`` (a Dask or pandas dataframe with ``ts``, ``data``,
    ``wirelen`` and ``linktype`` columns) to ``path``, in order; return how many.

    One link type: a pcap file (nanosecond time stamps).  Several: a pcapng file
    with one interface per link type, in order of first appearance (pcap can hold
    only one).  Partitions are computed one at a time, so memory holds one
    partition, not the dataframe.
    """
    from .savefile import PcapNgWriter, PcapWriter
    frames: Iterable[Any]
    if isinstance(df, pd.DataFrame):
        frames = [df]
    elif hasattr(df, "to_delayed"):
        frames = (part.compute() for part in df.to_delayed())
    else:
        raise TypeError(f"to_pcap() takes a dataframe, not {type(df).__name__}")
    if isinstance(df, pd.DataFrame):
        lts = list(dict.fromkeys(int(x) for x in df["linktype"]))
    else:
        lts = list(dict.fromkeys(int(x) for x in df["linktype"].compute()))
    count = 0
    if len(lts) <= 1:
        w: Any = PcapWriter(path, lts[0] if lts else 1, snaplen)
        try:
            for frame in frames:
                for t, d, wl in zip(frame["ts"], frame["data"], frame["wirelen"]):
                    w.write_raw(int(t), d, int(wl))
                    count += 1
        finally:
            w.close()
        return count
    w = PcapNgWriter(path)
    try:
        iface = {lt: w.add_interface(lt, snaplen) for lt in lts}
        for frame in frames:
            for t, d, wl, lt in zip(frame["ts"], frame["data"], frame["wirelen"],
                                    frame["linktype"]):
                w.write_raw(int(t), d, int(wl), iface[int(lt)])
                count += 1
    finally:
        w.close()
    return count

