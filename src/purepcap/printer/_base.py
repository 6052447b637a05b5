"""Rule 1: this file is the contract between the printer's parts.

Every protocol module under ``purepcap.printer`` is written against what is
here, so that decoders can be added one protocol at a time and the text
renderer (tcpdump's lines) and the JSON renderer stay two views of the same
records.

A protocol module ``purepcap/printer/<name>.py`` provides, for each protocol:

``decode_<name>(data: bytes, length: int, ctx: Context) -> <Record>``
    ``data`` holds the captured bytes of this protocol's unit, starting at its
    first byte (a slice the caller made; it may be shorter than the unit);
    ``length`` is the unit's length as the enclosing layer states it (on the
    wire).  Never raises: what cannot be read is marked on the record
    (``stop``), with every field read before that point kept.

``format_<name>(rec: <Record>, ctx: Context) -> str``
    tcpdump 4.99.3's text for this unit, from the point where tcpdump's
    printer for it starts writing (for DNS: after ``"1.2.3.4.53 > 5.6.7.8.99: "``;
    for ARP: from ``"ARP, "``).  Multi-line output (``-v``) uses ``"\\n"``
    followed by tcpdump's indentation.  Truncation is shown as tcpdump shows
    it (``" [|domain]"``).

Records are dataclasses deriving from :class:`Layer`, named in the class
statement (``class DnsRecord(Layer, proto="dns")``); their fields are
plain values (int, str, bytes, bool, tuples, lists, nested dataclasses) so
that :meth:`Layer.to_json` can render them.  Encapsulations (GRE, VXLAN,
Geneve, ...) set ``inner`` to ``(table, key, offset)``: the dispatch table
(``"ethertype"``, ``"ipproto"``, ``"linktype"``), the key to look up in it
and the offset in ``data`` where the inner unit starts; the chain walker
continues there.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

__all__ = ["Layer", "Options", "Context", "TRUNCATED", "MALFORMED", "UNKNOWN", "stopped",
           "ends_before"]

# why a decoder stopped early (Layer.stop)
TRUNCATED = "truncated"     # the capture ended inside the unit
MALFORMED = "malformed"     # a field contradicts the format (bad length, bad version)
UNKNOWN = "unknown"         # a type or next protocol the printer does not decode


@dataclass(slots=True)
class Options:
    """The command-line flags that shape output (tcpdump's meanings)."""

    verbose: int = 0            # -v, -vv, -vvv
    numeric: int = 1            # -n count; 0: resolve names
    quiet: bool = False         # -q
    link_header: bool = False   # -e
    absolute_seq: bool = False  # -S
    no_checksum: bool = False   # -K: don't verify checksums
    snaplen: int = 262144
    forced: str = ""            # -T TYPE: decode UDP payloads as TYPE ("vxlan", ...)
    suppress_default_print: bool = False   # -x/-X/-A given: no hex for unknown payloads


@dataclass(slots=True)
class Context:
    """What a decoder or formatter may know beyond its own bytes.

    The chain walker fills the network-layer fields before it calls a
    transport or application module; ``state`` is owned by the renderer and
    lives as long as it does (one capture): modules keep per-connection state
    there under their own key (``state["tcp"]``), bounded in size.
    """

    opts: Options = field(default_factory=Options)
    ip_version: int = 0          # 4 or 6 for units carried by IP, else 0
    src: str = ""                # source address as tcpdump prints it ("10.0.0.1", "fe80::1")
    dst: str = ""
    src_raw: bytes = b""         # the addresses' bytes (pseudo-header checksums, flow keys)
    dst_raw: bytes = b""
    ipproto: int = -1            # IP protocol number of the unit, where known
    ttl: int = 255               # IPv4 TTL / IPv6 hop limit of the enclosing header
    sport: int = -1              # transport ports, for application modules
    dport: int = -1
    fragment: bool = False       # the IP unit is a fragment (no transport checksums)
    cksum_dst: bytes = b""       # pseudo-header destination when it is not dst_raw
                                 # (the last hop of an IPv4 source route / IPv6 RH0)
    checksums: bool = True       # verify checksums; the walker turns this off when only
                                 # text without -v is wanted (nothing would show them)
    dump_from_start: bool = False  # set by the walker: tcpdump's -x/-X/-A dump starts at
                                   # byte 0 (its printer gave up before the link header
                                   # length was known)
    state: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Layer:
    """One protocol unit of a packet: its fields, plus where decoding stopped."""

    proto: ClassVar[str] = "?"   # the name used in JSON ("eth", "ip", "dns", ...)

    offset: int = 0               # where the unit starts in the packet (set by the chain walker)
    stop: str | None = None       # None, TRUNCATED, MALFORMED or UNKNOWN
    inner: tuple[str, int, int] | None = field(default=None, repr=False)

    def __init_subclass__(cls, proto: str | None = None, **kwargs: Any) -> None:
        """``class XRecord(Layer, proto="x")`` sets the record's ``proto``.

        (``dataclass(slots=True)`` builds the class again without the keyword;
        that copy keeps the name the first one was given.  The zero-argument
        ``super()`` would name the class before that rebuild, hence ``Layer``.)
        """
        super(Layer, cls).__init_subclass__(**kwargs)
        if proto is not None:
            cls.proto = proto

    def to_json(self) -> dict[str, Any]:
        """The record as a JSON-ready dict: ``proto`` first, then the fields."""
        out: dict[str, Any] = {"proto": self.proto}
        for f in dataclasses.fields(self):
            if f.name == "inner":
                continue
            value = getattr(self, f.name)
            if f.name == "stop" and value is None:
                continue
            out[f.name] = _jsonable(value)
        return out


_L = TypeVar("_L", bound=Layer)


def stopped(rec: _L, why: str = TRUNCATED) -> _L:
    """Mark where ``rec``'s decoding stopped (``why``) and return it: a decoder's
    ``return stopped(rec)`` where the captured bytes run out."""
    rec.stop = why
    return rec


def ends_before(rec: Layer, data: bytes, length: int, need: int) -> bool:
    """Whether a unit ends before ``need`` bytes: by its stated ``length``
    (``rec`` marked MALFORMED) or by the capture, ``data`` (TRUNCATED)."""
    if length < need:
        rec.stop = MALFORMED
    elif len(data) < need:
        rec.stop = TRUNCATED
    else:
        return False
    return True


def _jsonable(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, Layer):
        return value.to_json()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value
