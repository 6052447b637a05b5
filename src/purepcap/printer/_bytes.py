"""Reads of a unit's captured bytes for the printers that walk them while they
format (BGP, LDP, sFlow): big-endian fields that raise :class:`Short` past the
capture, and tcpdump's hex dump of data it has no decoder for.
"""

from __future__ import annotations

from ._dump import hex_dump
from ._items import Short

__all__ = ["Reader"]


class Reader:
    """The captured bytes ``d`` of a unit, read by absolute offset."""

    def __init__(self, data: bytes) -> None:
        self.d = data

    def ok(self, off: int, k: int) -> bool:
        """Whether ``k`` octets at ``off`` were captured."""
        return 0 <= off and 0 <= k and off + k <= len(self.d)

    def need(self, off: int, k: int) -> None:
        if not self.ok(off, k):
            raise Short

    def u(self, off: int, k: int) -> int:
        """The unsigned big-endian value of ``k`` octets at ``off``."""
        self.need(off, k)
        return int.from_bytes(self.d[off:off + k], "big")

    def raw(self, off: int, k: int) -> bytes:
        self.need(off, k)
        return self.d[off:off + k]

    def unknown(self, off: int, ident: str, k: int) -> str:
        """tcpdump's print_unknown_data: a hex dump of what was captured of ``k``
        octets at ``off``, each line starting with ``ident``."""
        if off > len(self.d):
            return (f"{ident}Dissector error: print_unknown_data called with pointer past "
                    "end of packet")
        return hex_dump(self.d[off:off + max(k, 0)], ident)


from ._addr import ip6addr_string, ipaddr_string  # noqa: E402  (for AddrReader)
from ._base import Options  # noqa: E402


class AddrReader(Reader):
    """A :class:`Reader` that also reads IPv4 and IPv6 addresses, as tcpdump
    prints them under ``opts`` (numeric with ``-n``); :class:`Short` past the
    capture (RSVP, LMP, LSP ping, VTP, wb)."""

    def __init__(self, data: bytes, opts: Options | None) -> None:
        super().__init__(data)
        self.opts = opts

    def ip(self, off: int) -> str:
        """The IPv4 address at ``off``."""
        return ipaddr_string(self.raw(off, 4), self.opts)

    def ip6(self, off: int) -> str:
        """The IPv6 address at ``off``."""
        return ip6addr_string(self.raw(off, 16), self.opts)
