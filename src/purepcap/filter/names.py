"""Name resolution for filter expressions.

The compiler asks a *resolver* about names; any object with these methods
works (``compile(..., resolver=obj)``):

``host(name) -> list[bytes]``
    the addresses of a host, 4-byte IPv4 and 16-byte IPv6, in the order the
    system resolver returns them (libpcap: ``getaddrinfo``); ``[]`` if unknown.
``network(name) -> int``
    a network number from ``/etc/networks`` (libpcap: ``getnetbyname``); 0 if unknown.
``port(name, proto) -> int | None``
    a service's port for ``proto`` ``"tcp"`` or ``"udp"`` (``/etc/services``).
``protocol(name) -> int | None``
    an IP protocol number (``/etc/protocols``).
``ether(name) -> bytes | None``
    a 6-byte MAC address (``/etc/ethers``).

:class:`Resolver` answers like libpcap on this machine: it reads the files
itself and falls back to the system resolver for hosts.  :class:`NullResolver`
knows no names at all (tests use it so that unknown names never reach DNS).
"""

from __future__ import annotations

import ipaddress
from typing import Optional, Protocol

__all__ = ["NameResolver", "Resolver", "NullResolver", "default_resolver"]


class NameResolver(Protocol):
    """What the compiler asks a resolver (see the module docstring)."""

    def host(self, name: str) -> list[bytes]: ...
    def network(self, name: str) -> int: ...
    def port(self, name: str, proto: str) -> Optional[int]: ...
    def protocol(self, name: str) -> Optional[int]: ...
    def ether(self, name: str) -> Optional[bytes]: ...


def _read_table(path: str) -> list[list[str]]:
    rows: list[list[str]] = []
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = line.split("#", 1)[0].split()
                if fields:
                    rows.append(fields)
    except OSError:
        pass
    return rows


def inet_network(text: str) -> Optional[int]:
    """C's inet_network: "a.b.c" -> 0x00aabbcc style network number (None if bad)."""
    parts = text.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    val = 0
    for p in parts:
        try:
            if p[:2].lower() == "0x":
                n = int(p[2:], 16)
            elif len(p) > 1 and p.startswith("0"):
                n = int(p, 8)
            else:
                n = int(p)
        except ValueError:
            return None
        if not 0 <= n <= 255:
            return None
        val = (val << 8) | n
    return val


class Resolver:
    """libpcap's lookups: ``/etc`` files first, the system resolver for hosts."""

    def __init__(self, etc: str = "/etc", use_system: bool = True) -> None:
        self.etc = etc.rstrip("/")
        self.use_system = use_system
        self._cache: dict[str, list[list[str]]] = {}

    def _table(self, name: str) -> list[list[str]]:
        t = self._cache.get(name)
        if t is None:
            t = self._cache[name] = _read_table(f"{self.etc}/{name}")
        return t

    def host(self, name: str) -> list[bytes]:
        if self.use_system:
            import socket  # here: most filters resolve no host name, and socket costs ms

            try:
                infos = socket.getaddrinfo(name, None, socket.AF_UNSPEC, socket.SOCK_STREAM)
            except (OSError, UnicodeError):
                return []
            out: list[bytes] = []
            for fam, _t, _p, _c, sa in infos:
                addr = str(sa[0])
                if fam == socket.AF_INET:
                    out.append(socket.inet_pton(socket.AF_INET, addr))
                elif fam == socket.AF_INET6:
                    out.append(socket.inet_pton(socket.AF_INET6, addr.split("%", 1)[0]))
            return out
        out = []
        for row in self._table("hosts"):
            if name in row[1:]:
                try:
                    out.append(ipaddress.ip_address(row[0].split("%", 1)[0]).packed)
                except ValueError:
                    continue
        return out

    def network(self, name: str) -> int:
        for row in self._table("networks"):
            if len(row) >= 2 and (row[0] == name or name in row[2:]):
                v = inet_network(row[1])
                if v is not None:
                    return v
        return 0

    def port(self, name: str, proto: str) -> Optional[int]:
        if name.isdigit():
            return int(name) & 0xFFFF
        for row in self._table("services"):
            if len(row) >= 2 and (row[0] == name or name in row[2:]):
                num, _, p = row[1].partition("/")
                if p == proto and num.isdigit():
                    return int(num)
        return None

    def protocol(self, name: str) -> Optional[int]:
        for row in self._table("protocols"):
            if len(row) >= 2 and (row[0] == name or name in row[2:]) and row[1].isdigit():
                return int(row[1])
        return None

    def ether(self, name: str) -> Optional[bytes]:
        for row in self._table("ethers"):
            if len(row) >= 2 and row[1] == name:
                try:
                    parts = [int(x, 16) for x in row[0].split(":")]
                except ValueError:
                    continue
                if len(parts) == 6 and all(0 <= x <= 255 for x in parts):
                    return bytes(parts)
        return None


class NullResolver:
    """Knows no host, network, service, protocol or Ethernet name."""

    def host(self, name: str) -> list[bytes]:
        return []

    def network(self, name: str) -> int:
        return 0

    def port(self, name: str, proto: str) -> Optional[int]:
        return int(name) & 0xFFFF if name.isdigit() else None

    def protocol(self, name: str) -> Optional[int]:
        return None

    def ether(self, name: str) -> Optional[bytes]:
        return None


_default: Optional[Resolver] = None


def default_resolver() -> Resolver:
    """The process-wide :class:`Resolver` (created on first use)."""
    global _default
    if _default is None:
        _default = Resolver()
    return _default
