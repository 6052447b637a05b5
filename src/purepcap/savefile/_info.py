"""Metadata objects the readers expose: sections, interfaces, statistics, names."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

__all__ = ["InterfaceInfo", "SectionInfo", "InterfaceStatistics", "NameRecord"]


@dataclass
class InterfaceInfo:
    """One capture interface (pcapng IDB; for pcap, the file header).

    Attributes:
        id: interface id within its section (what ``Packet.interface`` holds).
        linktype: DLT value of its packets.
        snaplen: snapshot length, adjusted like libpcap (0 -> link-type maximum).
        name: ``if_name`` option, or ``None``.
        description: ``if_description`` option, or ``None``.
        tsresol: time-stamp units per second (1_000_000 = microseconds).
        tsresol_binary: True when ``if_tsresol`` was a power of two.
        tsoffset: ``if_tsoffset`` in seconds, added to every time stamp.
        fcslen: ``if_fcslen`` option, or ``None``.
        os: ``if_os`` option, or ``None``.
        filter: ``if_filter`` option value (first byte is the filter type), or ``None``.
        hardware: ``if_hardware`` option, or ``None``.
        speed: ``if_speed`` in bits/s, or ``None``.
        comments: ``opt_comment`` values.
        options: every option as ``(code, raw value bytes)``, in file order.
        section: index of the section (0-based) the interface belongs to.
        raw_linktype: link-type value as stored in the file.
        raw_snaplen: snapshot length as stored in the file.
        statistics: the last Interface Statistics Block seen for it, or ``None``.
    """

    id: int
    linktype: int
    snaplen: int
    name: str | None = None
    description: str | None = None
    tsresol: int = 1_000_000
    tsresol_binary: bool = False
    tsoffset: int = 0
    fcslen: int | None = None
    os: str | None = None
    filter: bytes | None = None
    hardware: str | None = None
    speed: int | None = None
    comments: list[str] = field(default_factory=list)
    options: list[tuple[int, bytes]] = field(default_factory=list)
    section: int = 0
    raw_linktype: int = 0
    raw_snaplen: int = 0
    statistics: "InterfaceStatistics | None" = None

    @property
    def tsprecision(self) -> str:
        """``"nano"`` if the resolution is finer than a microsecond, else ``"micro"``."""
        return "nano" if self.tsresol > 1_000_000 else "micro"


@dataclass
class SectionInfo:
    """One pcapng section (Section Header Block).

    Attributes:
        index: 0-based position in the file.
        offset: byte offset of its SHB.
        byteorder: ``"little"`` or ``"big"``.
        version: ``(major, minor)``.
        section_length: declared length in bytes, -1 when not given.
        comment: first ``opt_comment``, or ``None``; ``comments`` holds them all.
        hardware, os, userappl: ``shb_hardware``, ``shb_os``, ``shb_userappl``.
        options: every option as ``(code, raw value bytes)``.
        interfaces: the section's interfaces.
    """

    index: int
    offset: int
    byteorder: str
    version: tuple[int, int]
    section_length: int = -1
    comment: str | None = None
    comments: list[str] = field(default_factory=list)
    hardware: str | None = None
    os: str | None = None
    userappl: str | None = None
    options: list[tuple[int, bytes]] = field(default_factory=list)
    interfaces: list[InterfaceInfo] = field(default_factory=list)


@dataclass
class InterfaceStatistics:
    """An Interface Statistics Block.

    Counters are ``None`` when the block does not carry them.  Time stamps are
    integer nanoseconds, converted with the interface's resolution and offset.
    """

    interface_id: int
    ts: int
    section: int = 0
    starttime: int | None = None
    endtime: int | None = None
    ifrecv: int | None = None
    ifdrop: int | None = None
    filteraccept: int | None = None
    osdrop: int | None = None
    usrdeliv: int | None = None
    comments: list[str] = field(default_factory=list)
    options: list[tuple[int, bytes]] = field(default_factory=list)


@dataclass
class NameRecord:
    """One record of a Name Resolution Block.

    ``kind`` is ``"ipv4"``, ``"ipv6"``, ``"eui48"``, ``"eui64"`` or
    ``"unknown"``; ``address`` the raw address bytes; ``names`` the names
    given for it (for unknown record types, ``names`` is empty and
    ``address`` holds the whole record value).
    """

    kind: str
    address: bytes
    names: list[str]
    record_type: int = 0

    @property
    def address_text(self) -> str:
        """The address in its usual text form (dotted quad, IPv6, colon-separated MAC)."""
        if self.kind == "ipv4" and len(self.address) == 4:
            return str(ipaddress.IPv4Address(self.address))
        if self.kind == "ipv6" and len(self.address) == 16:
            return str(ipaddress.IPv6Address(self.address))
        return ":".join(f"{b:02x}" for b in self.address)
