"""Address and port text, as tcpdump 4.99.3 prints them.

Numeric forms (what ``-n`` prints) are plain functions over bytes:
:func:`ipaddr`, :func:`ip6addr`, :func:`etheraddr`.  They never raise: a
short byte string prints its hex.

Without ``-n`` tcpdump turns addresses into names: host addresses through the
system resolver, ports through the services database (``/etc/services``),
and Ethernet addresses through ``/etc/ethers``, else ``"(oui ...)"`` after the
numeric form.  :class:`Resolver` does that with a cache and a short time-out
per lookup (a capture must not stall on a dead DNS server); the
``*_string(value, opts)`` helpers pick the numeric or the resolved form from
``opts.numeric``.  Set :data:`RESOLVE` to ``False`` (or pass ``-n``) to bypass
every lookup, e.g. in tests.
"""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import concurrent.futures

    from ._base import Options

__all__ = ["ipaddr", "ip6addr", "etheraddr", "Resolver", "RESOLVER", "RESOLVE",
           "ipaddr_string", "ip6addr_string", "etheraddr_string",
           "tcpport_string", "udpport_string", "le64addr"]

_ip6_cache: dict[bytes, str] = {}
_ether_cache: dict[bytes, str] = {}

_AF_INET6 = socket.AF_INET6
_ntop = socket.inet_ntop


_ntoa = socket.inet_ntoa


_ip4_cache: dict[bytes, str] = {}


def ipaddr(b: bytes) -> str:
    """Dotted quad of 4 bytes (``"10.0.0.1"``).  Kept once made: the C library's
    ``inet_ntoa`` formats with ``snprintf``, and a capture has few hosts."""
    try:
        s = _ip4_cache.get(b)
    except TypeError:           # a bytearray or memoryview
        b = bytes(b)
        s = _ip4_cache.get(b)
    if s is None:
        if len(b) != 4:
            return bytes(b).hex()
        if len(_ip4_cache) >= 1 << 16:
            _ip4_cache.clear()
        s = _ip4_cache[b] = _ntoa(b)
    return s


def ip6addr(b: bytes) -> str:
    """IPv6 text as tcpdump prints it (RFC 5952-style compression of the longest
    run of two or more zero groups, leftmost on ties; ``::ffff:a.b.c.d`` and
    ``::a.b.c.d`` forms for IPv4-mapped/compatible addresses)."""
    b = bytes(b)
    s = _ip6_cache.get(b)
    if s is None:
        if len(b) != 16:
            return b.hex()
        s = _ntop(_AF_INET6, b)
        if len(_ip6_cache) > 4096:
            _ip6_cache.clear()
        _ip6_cache[b] = s
    return s


def etheraddr(b: bytes) -> str:
    """Colon-separated lower-case hex of a MAC address (``"00:11:22:33:44:55"``)."""
    b = bytes(b)
    s = _ether_cache.get(b)
    if s is None:
        s = ":".join(f"{x:02x}" for x in b)
        if len(_ether_cache) > 4096:
            _ether_cache.clear()
        _ether_cache[b] = s
    return s


def le64addr(b: bytes) -> str:
    """An EUI-64 as tcpdump prints it (colon-separated hex bytes)."""
    return ":".join(f"{x:02x}" for x in bytes(b))


# --- name resolution (without -n) -------------------------------------------

RESOLVE = True          # module switch: False bypasses every lookup
LOOKUP_TIMEOUT = 0.5    # seconds per host lookup; a miss is cached like a hit


class Resolver:
    """Cached host, port and Ethernet names, as tcpdump looks them up."""

    def __init__(self, timeout: float = LOOKUP_TIMEOUT) -> None:
        self.timeout = timeout
        self._hosts: dict[bytes, str] = {}
        self._tcp: dict[int, str] | None = None
        self._udp: dict[int, str] | None = None
        self._ethers: dict[bytes, str] | None = None
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._dead = False   # the resolver timed out: stop asking

    def _lookup(self, text: str) -> str:
        if self._dead:
            return text
        import concurrent.futures   # only without -n (start-up stays short)
        if self._pool is None:
            self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        fut = self._pool.submit(socket.gethostbyaddr, text)
        try:
            return fut.result(timeout=self.timeout)[0]
        except concurrent.futures.TimeoutError:
            self._dead = True
            return text
        except (OSError, UnicodeError, ValueError):
            return text

    def host(self, raw: bytes, text: str) -> str:
        """The name of the address ``raw`` (numeric ``text`` when none)."""
        name = self._hosts.get(raw)
        if name is None:
            name = self._lookup(text)
            if len(self._hosts) > 65536:
                self._hosts.clear()
            self._hosts[raw] = name
        return name

    def _services(self) -> None:
        tcp: dict[int, str] = {}
        udp: dict[int, str] = {}
        try:
            with open("/etc/services", encoding="utf-8", errors="replace") as f:
                for line in f:
                    fields = line.split("#", 1)[0].split()
                    if len(fields) < 2 or "/" not in fields[1]:
                        continue
                    port_s, _, proto = fields[1].partition("/")
                    if not port_s.isdigit():
                        continue
                    table = tcp if proto == "tcp" else udp if proto == "udp" else None
                    if table is not None:
                        # tcpdump keeps the last entry it reads for a port
                        table[int(port_s)] = fields[0]
        except OSError:
            pass
        self._tcp, self._udp = tcp, udp

    def tcpport(self, port: int) -> str:
        if self._tcp is None:
            self._services()
        assert self._tcp is not None
        return self._tcp.get(port) or str(port)

    def udpport(self, port: int) -> str:
        if self._udp is None:
            self._services()
        assert self._udp is not None
        return self._udp.get(port) or str(port)

    def ether(self, raw: bytes) -> str:
        if self._ethers is None:
            table: dict[bytes, str] = {}
            try:
                with open("/etc/ethers", encoding="utf-8", errors="replace") as f:
                    for line in f:
                        fields = line.split("#", 1)[0].split()
                        if len(fields) >= 2:
                            try:
                                mac = bytes(int(x, 16) for x in fields[0].split(":"))
                            except ValueError:
                                continue
                            if len(mac) == 6:
                                table[mac] = fields[1]
            except OSError:
                pass
            self._ethers = table
        name = self._ethers.get(bytes(raw))
        if name is not None:
            return name
        if raw == b"\xff" * 6:
            return "Broadcast"
        return etheraddr(raw) + " (oui Unknown)" if len(raw) == 6 else etheraddr(raw)


RESOLVER = Resolver()


def _resolving(opts: Options | None) -> bool:
    return RESOLVE and opts is not None and not opts.numeric


def ipaddr_string(b: bytes, opts: Options | None = None) -> str:
    """IPv4 address: numeric with ``-n``, else the host name when it resolves."""
    text = ipaddr(b)
    if _resolving(opts) and len(b) == 4:
        return RESOLVER.host(bytes(b), text)
    return text


def ip6addr_string(b: bytes, opts: Options | None = None) -> str:
    """IPv6 address: numeric with ``-n``, else the host name when it resolves."""
    text = ip6addr(b)
    if _resolving(opts) and len(b) == 16:
        return RESOLVER.host(bytes(b), text)
    return text


def etheraddr_string(b: bytes, opts: Options | None = None) -> str:
    """MAC address: numeric with ``-n``, else /etc/ethers or ``"... (oui Unknown)"``."""
    if _resolving(opts):
        return RESOLVER.ether(b)
    return etheraddr(b)


def tcpport_string(port: int, opts: Options | None = None) -> str:
    """TCP port: the number with ``-n``, else its /etc/services name."""
    if _resolving(opts):
        return RESOLVER.tcpport(port)
    return str(port)


def udpport_string(port: int, opts: Options | None = None) -> str:
    """UDP port: the number with ``-n``, else its /etc/services name."""
    if _resolving(opts):
        return RESOLVER.udpport(port)
    return str(port)


def port_string(port: int, proto: str, opts: Options | None = None) -> str:
    """A ``"tcp"`` or ``"udp"`` port as tcpdump prints it; the number when the
    resolver fails."""
    try:
        return tcpport_string(port, opts) if proto == "tcp" else udpport_string(port, opts)
    except Exception:
        return str(port)
