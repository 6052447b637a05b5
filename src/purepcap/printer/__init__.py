"""tcpdump-style output and packet dissection (sans-IO).

Two entry points:

* :func:`dissect` / :func:`layers`: the typed records of every layer of a
  frame, in order (``purepcap.printer.link.Ether``, ``ip.IPv4``,
  ``udp.UDP``, ``tcp.TCP``, ``dns.DNS`` ...).  Fields are plain values::

      >>> from purepcap.printer import dissect
      >>> for layer in dissect(frame, "EN10MB"):
      ...     print(layer.proto, getattr(layer, "src", ""), getattr(layer, "dport", ""))

* :class:`Printer`: tcpdump 4.99.3's text for a packet (``.text``) or one JSON
  object (``.json``), from the same records.

Everything here is sans-IO and never raises on packet bytes (malformed units
are marked with ``stop``).  ``_base`` holds the contract protocol modules are
written against; ``_walk`` the chain of dispatch tables; ``_dump`` the
timestamp and hex/ASCII formats.
"""

from __future__ import annotations

from typing import Any

from ._base import MALFORMED, TRUNCATED, UNKNOWN, Context, Layer, Options
from ._dump import (TimestampFormatter, ascii_dump, hex_ascii_dump, hex_dump,
                    link_header_length, summary_line)
from ._fast import FastText, fast_enabled
from ._walk import LINKTYPES, walk
# the records of the everyday layers, for isinstance checks and annotations
from .arp import ArpRecord as ArpRecord
from .dns import DnsRecord as DnsRecord
from .icmp import ICMP as ICMP
from .icmp6 import ICMP6 as ICMP6
from .ip import IPv4 as IPv4, IPv6 as IPv6, IPv6Ext as IPv6Ext
from .link import LLC as LLC, SLL as SLL, SLL2 as SLL2, Ether as Ether, Null as Null, Vlan as Vlan
from .tcp import TCP as TCP
from .udp import UDP as UDP

__all__ = ["TimestampFormatter", "hex_dump", "hex_ascii_dump", "ascii_dump",
           "summary_line", "link_header_length", "dissect", "layers", "Printer", "invalid_header",
           "Options", "Context", "Layer", "TRUNCATED", "MALFORMED", "UNKNOWN",
           "Ether", "Vlan", "LLC", "SLL", "SLL2", "Null", "IPv4", "IPv6", "IPv6Ext", "UDP", "TCP",
           "ICMP", "ICMP6", "ArpRecord", "DnsRecord"]


def _dlt(linktype: int | str) -> int:
    if isinstance(linktype, bool) or not isinstance(linktype, (int, str)):
        raise TypeError(f"linktype must be an int or a name, not {type(linktype).__name__}")
    if isinstance(linktype, str):
        from ..linktype import name_to_dlt
        try:
            return int(name_to_dlt(linktype))
        except Exception:
            return -1
    return int(linktype)


def dissect(data: bytes, linktype: int | str, *, wirelen: int | None = None) -> list[Layer]:
    """The records of every layer of ``data``, a frame of link type ``linktype``.

    ``linktype`` is a DLT value (``1``) or a libpcap name (``"EN10MB"``);
    ``wirelen`` the frame's length on the wire (default: ``len(data)``).
    Records are :class:`Layer` dataclasses whose ``proto`` names the protocol
    (``"eth"``, ``"vlan"``, ``"ip"``, ``"ip6"``, ``"udp"``, ``"tcp"``, ``"dns"``...);
    read ``src``, ``dst``, ``sport``, ``dport``, ``flags`` and the like from
    them.  A unit that could not be read whole has ``stop`` set
    (``"truncated"``, ``"malformed"``, ``"unknown"``).

    Never raises on packet contents; raises :class:`TypeError` when ``data``
    is not bytes-like or ``linktype`` neither an int nor a str.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes-like, not {type(data).__name__}")
    if wirelen is not None and (isinstance(wirelen, bool) or not isinstance(wirelen, int)):
        raise TypeError("wirelen must be an int or None")
    dlt = _dlt(linktype)
    data = bytes(data)
    wl = len(data) if wirelen is None or wirelen < len(data) else wirelen
    return _dissect(data, dlt, wl, Context(), False)[0]


def _dissect(data: bytes, dlt: int, wirelen: int, ctx: Context,
             text: bool) -> tuple[list[Layer], str, bool]:
    """Guarded walk: (records, text, failed)."""
    try:
        recs, txt = walk(data, dlt, wirelen, ctx, text)
        return recs, txt, False
    except Exception:   # a printer bug must not stop a capture
        return [], "", True


def layers(pkt: Any) -> list[Layer]:
    """The records of every layer of a :class:`purepcap.Packet` (see :func:`dissect`)."""
    return dissect(pkt.data, pkt.linktype if pkt.linktype >= 0 else 1, wirelen=pkt.wirelen)


class Printer:
    """tcpdump's text and JSON for the packets of one capture.

    ``Printer(opts, linktype)``: ``opts`` an :class:`Options` (the -v, -n, -e,
    -q, -S, -K ... flags), ``linktype`` the capture's DLT (a packet's own
    ``linktype`` wins when it has one).  The printer owns the state tcpdump
    keeps across packets (relative TCP sequence numbers), so use one printer
    per capture, packets in order.
    """

    def __init__(self, opts: Options | None = None, linktype: int | str = 1,
                 strict: bool = False) -> None:
        self.opts = opts if opts is not None else Options()
        self.linktype = _dlt(linktype)
        self.state: dict[str, Any] = {}
        self.strict = strict    # re-raise printer bugs (tests); never in the CLI
        self.errors = 0
        self._last: list[Layer] = []
        self._last_pkt: Any = None
        self._last_ctx = Context()
        # the text fast path (``_fast``): Ethernet frames of the everyday shapes
        self._fast: Any = None
        #: the fast path's lines for a buffer of pcap records (None: no fast path);
        #: see :meth:`._fast.FastText.rows`
        self.fast_rows: Any = None
        if fast_enabled(self.opts):
            fast = FastText(self.opts, self.state)
            self._fast, self.fast_rows = fast.text, fast.rows

    def _ctx(self) -> Context:
        return Context(opts=self.opts, state=self.state)

    def _dlt_of(self, pkt: Any) -> int:
        lt = getattr(pkt, "linktype", -1)
        return lt if isinstance(lt, int) and lt >= 0 else self.linktype

    def _walk(self, pkt: Any, text: bool, dlt: int = -1) -> tuple[list[Layer], str]:
        ctx = Context(opts=self.opts, state=self.state)
        self._last_ctx = ctx
        data = pkt.data
        if type(data) is not bytes:
            data = bytes(data)
        wl = pkt.wirelen
        if wl < len(data):
            wl = len(data)
        if dlt < 0:
            dlt = self._dlt_of(pkt)
        if self.strict:
            return walk(data, dlt, wl, ctx, text)
        recs, txt, failed = _dissect(data, dlt, wl, ctx, text)
        if failed:
            self.errors += 1
            txt = txt + " [|printer error]"
        return recs, txt

    def link_header_length(self, pkt: Any) -> int:
        """Bytes of link-layer header before the network layer of ``pkt`` (what tcpdump's
        ``-x``/``-X``/``-A`` skip), from the records of the last :meth:`text` call when
        it was this packet."""
        recs = self._last if self._last_pkt is pkt else self.layers(pkt)
        if self._last_ctx.dump_from_start:
            return 0
        n = len(pkt.data)
        own = getattr(recs[0], "ll_hdr_len", None) if recs else None
        if isinstance(own, int):        # a link layer that says what tcpdump skips (fr, slip)
            return min(max(own, 0), n)
        for r in recs:
            if r.proto not in _LINK_PROTOS:
                return min(r.offset, n)
        if not recs:
            return link_header_length(self._dlt_of(pkt), pkt.data)
        last = recs[-1]
        if last.stop is not None:
            return n
        size = _LINK_SIZES.get(last.proto, 0)
        if last.proto == "llc":
            size = 8 if getattr(last, "oui", -1) >= 0 else 3 if getattr(last, "control", 0) < 256 else 4
        return min(last.offset + size, n)

    def layers(self, pkt: Any) -> list[Layer]:
        """The records of ``pkt`` (with this printer's options and state)."""
        return self._walk(pkt, False)[0]

    def text(self, pkt: Any) -> str:
        """tcpdump's line(s) for ``pkt``, after the timestamp, without the final newline."""
        lt = getattr(pkt, "linktype", -1)
        dlt = lt if type(lt) is int and lt >= 0 else self.linktype
        fast = self._fast
        if fast is not None and dlt == 1:
            data = pkt.data
            if type(data) is not bytes:
                data = bytes(data)
            wl = pkt.wirelen
            txt = fast(data, wl if wl > len(data) else len(data))
            if txt is not None:
                self._last_pkt = None
                return txt
        elif dlt not in LINKTYPES:
            return _unsupported(dlt, pkt)
        recs, txt = self._walk(pkt, True, dlt)
        self._last, self._last_pkt = recs, pkt
        return txt

    def record(self, pkt: Any) -> dict[str, Any]:
        """The JSON-ready dict :meth:`json` renders."""
        recs = self._walk(pkt, False)[0]
        from ..linktype import dlt_to_name
        dlt = self._dlt_of(pkt)
        try:
            name = dlt_to_name(dlt)
        except Exception:
            name = str(dlt)
        return {
            "ts": int(pkt.ts), "caplen": int(pkt.caplen), "wirelen": int(pkt.wirelen),
            "linktype": name,
            "truncated": int(pkt.caplen) < int(pkt.wirelen) or any(
                r.stop == TRUNCATED for r in recs),
            "layers": [r.to_json() for r in recs],
        }

    def json(self, pkt: Any) -> str:
        """One JSON object for ``pkt``: ``ts`` (ns), ``caplen``, ``wirelen``,
        ``linktype`` (libpcap's name), ``truncated`` and ``layers``."""
        import json        # (only --json needs it: the command starts faster without)
        return json.dumps(self.record(pkt), separators=(", ", ": "), default=str)


def invalid_header(pkt: Any) -> str | None:
    """tcpdump's whole line for a record with a zero caplen or length, or a length
    under its caplen, else None."""
    bad = []
    if not pkt.caplen:
        bad.append("caplen==0")
    if not pkt.wirelen:
        bad.append("len==0")
    elif pkt.wirelen < pkt.caplen:
        bad.append(f"len({pkt.wirelen}) < caplen({pkt.caplen})")
    return f"[Invalid header: {', '.join(bad)}]" if bad else None


_LINK_PROTOS = frozenset(("eth", "vlan", "sll", "sll2", "null", "llc"))
_LINK_SIZES = {"eth": 14, "vlan": 4, "sll": 16, "sll2": 20, "null": 4}


def _unsupported(dlt: int, pkt: Any) -> str:
    """What tcpdump prints for a link type it has no printer for."""
    return "UNSUPPORTED" + hex_ascii_dump(bytes(pkt.data))
