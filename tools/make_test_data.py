#!/usr/bin/env python3
"""Make the small captures in ``tests/data`` (run from anywhere; deterministic).

The fresh-clone test tier reads these files end to end, so they must exist
without ``../shared``: the packets are built here by hand from the protocol
specifications (RFC 791/793/768/792/826/1035/8200/4443, IEEE 802.1Q), with
real checksums, and written by purepcap's own writers.  Fixed timestamps and
byte orders make the output byte-identical on every run and every host
(``tests/test_data_files.py`` checks that).

Files:

* ``mixed-usec.pcap``: classic pcap, microsecond stamps, little-endian, Ethernet:
  a TCP handshake and an HTTP request, a DNS query and response over UDP, an ICMP
  echo request and reply, an ARP request and reply, an 802.1Q-tagged UDP frame and
  an ICMPv6 echo request and reply;
* ``mixed-nsec.pcap``: the same packets, nanosecond stamps, big-endian;
* ``two-links.pcapng``: pcapng with two interfaces of different link types,
  ``eth0`` (EN10MB) and ``tun0`` (RAW, bare IPv4/IPv6 packets; its IDB after the
  first three packets); one packet comment;
* ``truncated.pcap``: ``mixed-usec.pcap`` cut off in the middle of its last record.

Usage: ``python tools/make_test_data.py [--check] [DIR]`` (default ``tests/data``);
``--check`` only compares and exits 1 when a file would change.
"""

from __future__ import annotations

import argparse
import io
import socket
import struct
import sys
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIR = REPO / "tests" / "data"

#: first packet's time stamp (2023-11-14T22:13:20.123456789Z), then ~1.001 s apart
BASE_TS = 1_700_000_000_123_456_789
STEP_TS = 1_001_001_001

MAC_CLIENT = bytes.fromhex("020000000001")
MAC_SERVER = bytes.fromhex("020000000002")
BROADCAST = b"\xff" * 6
IP_CLIENT, IP_SERVER, IP_DNS = "192.0.2.1", "192.0.2.80", "198.51.100.53"
IP6_CLIENT, IP6_SERVER = "2001:db8::1", "2001:db8::2"


class Frame(NamedTuple):
    """One packet and what it is (by construction, for the tests' expectations)."""

    name: str
    data: bytes
    #: protocols a tcpdump expression would match (``ip``, ``tcp``, ``port 80`` ...)
    tags: frozenset[str]


# -- checksums and headers -------------------------------------------------------------------

def csum(data: bytes) -> int:
    """The Internet checksum (RFC 1071)."""
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f">{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ether(dst: bytes, src: bytes, ethertype: int, payload: bytes) -> bytes:
    return dst + src + struct.pack(">H", ethertype) + payload


def dot1q(dst: bytes, src: bytes, vid: int, ethertype: int, payload: bytes, pcp: int = 0) -> bytes:
    return dst + src + struct.pack(">HHH", 0x8100, (pcp << 13) | vid, ethertype) + payload


def ipv4(src: str, dst: str, proto: int, payload: bytes, ident: int, ttl: int = 64) -> bytes:
    hdr = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident, 0x4000, ttl, proto, 0,
                      socket.inet_aton(src), socket.inet_aton(dst))
    return hdr[:10] + struct.pack(">H", csum(hdr)) + hdr[12:] + payload


def ipv6(src: str, dst: str, nxt: int, payload: bytes, hlim: int = 64) -> bytes:
    return (struct.pack(">IHBB", 0x60000000, len(payload), nxt, hlim)
            + socket.inet_pton(socket.AF_INET6, src) + socket.inet_pton(socket.AF_INET6, dst) + payload)


def _pseudo4(src: str, dst: str, proto: int, length: int) -> bytes:
    return socket.inet_aton(src) + socket.inet_aton(dst) + struct.pack(">BBH", 0, proto, length)


def tcp(src: str, dst: str, sport: int, dport: int, seq: int, ack: int, flags: int,
        payload: bytes = b"", window: int = 64240) -> bytes:
    hdr = struct.pack(">HHIIBBHHH", sport, dport, seq, ack, 5 << 4, flags, window, 0, 0)
    c = csum(_pseudo4(src, dst, 6, len(hdr) + len(payload)) + hdr + payload)
    return hdr[:16] + struct.pack(">H", c) + hdr[18:] + payload


def udp(src: str, dst: str, sport: int, dport: int, payload: bytes) -> bytes:
    hdr = struct.pack(">HHHH", sport, dport, 8 + len(payload), 0)
    c = csum(_pseudo4(src, dst, 17, len(hdr) + len(payload)) + hdr + payload) or 0xFFFF
    return hdr[:6] + struct.pack(">H", c) + payload


def icmp_echo(kind: int, ident: int, seq: int, payload: bytes) -> bytes:
    msg = struct.pack(">BBHHH", kind, 0, 0, ident, seq) + payload
    return msg[:2] + struct.pack(">H", csum(msg)) + msg[4:]


def icmp6_echo(src: str, dst: str, kind: int, ident: int, seq: int, payload: bytes) -> bytes:
    msg = struct.pack(">BBHHH", kind, 0, 0, ident, seq) + payload
    pseudo = (socket.inet_pton(socket.AF_INET6, src) + socket.inet_pton(socket.AF_INET6, dst)
              + struct.pack(">IxxxB", len(msg), 58))
    return msg[:2] + struct.pack(">H", csum(pseudo + msg)) + msg[4:]


def arp(op: int, sha: bytes, spa: str, tha: bytes, tpa: str) -> bytes:
    return (struct.pack(">HHBBH", 1, 0x0800, 6, 4, op) + sha + socket.inet_aton(spa)
            + tha + socket.inet_aton(tpa))


def dns_name(name: str) -> bytes:
    return b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"


def dns_query(ident: int, name: str) -> bytes:
    return struct.pack(">HHHHHH", ident, 0x0100, 1, 0, 0, 0) + dns_name(name) + struct.pack(">HH", 1, 1)


def dns_response(ident: int, name: str, address: str) -> bytes:
    question = dns_name(name) + struct.pack(">HH", 1, 1)
    answer = b"\xc0\x0c" + struct.pack(">HHIH", 1, 1, 300, 4) + socket.inet_aton(address)
    return struct.pack(">HHHHHH", ident, 0x8180, 1, 1, 0, 0) + question + answer


def pad(frame: bytes) -> bytes:
    """Ethernet minimum frame size (without FCS)."""
    return frame.ljust(60, b"\0")


# -- the packets ----------------------------------------------------------------------------------

def ip_packets() -> list[Frame]:
    """Bare IP packets (what the RAW interface carries and the Ethernet frames wrap)."""
    c, s = IP_CLIENT, IP_SERVER
    http = (b"GET /index.html HTTP/1.1\r\nHost: www.example.com\r\n"
            b"User-Agent: purepcap-test\r\nAccept: */*\r\n\r\n")
    web = frozenset({"ip", "tcp", "port 80"})
    dns = frozenset({"ip", "udp", "port 53"})
    out = [
        Frame("tcp-syn", ipv4(c, s, 6, tcp(c, s, 40000, 80, 1000, 0, 0x02), 1), web),
        Frame("tcp-syn-ack", ipv4(s, c, 6, tcp(s, c, 80, 40000, 5000, 1001, 0x12), 2), web),
        Frame("tcp-ack", ipv4(c, s, 6, tcp(c, s, 40000, 80, 1001, 5001, 0x10), 3), web),
        Frame("http-get", ipv4(c, s, 6, tcp(c, s, 40000, 80, 1001, 5001, 0x18, http), 4), web),
        Frame("dns-query", ipv4(c, IP_DNS, 17, udp(c, IP_DNS, 53000, 53,
                                                     dns_query(0x1234, "www.example.com")), 5), dns),
        Frame("dns-response", ipv4(IP_DNS, c, 17, udp(IP_DNS, c, 53, 53000,
                                                        dns_response(0x1234, "www.example.com",
                                                                     "192.0.2.80")), 6), dns),
        Frame("icmp-echo-request", ipv4(c, s, 1, icmp_echo(8, 0x77, 1, bytes(range(32))), 7),
              frozenset({"ip", "icmp"})),
        Frame("icmp-echo-reply", ipv4(s, c, 1, icmp_echo(0, 0x77, 1, bytes(range(32))), 8),
              frozenset({"ip", "icmp"})),
    ]
    c6, s6 = IP6_CLIENT, IP6_SERVER
    for name, src, dst, kind in (("icmp6-echo-request", c6, s6, 128), ("icmp6-echo-reply", s6, c6, 129)):
        out.append(Frame(name, ipv6(src, dst, 58, icmp6_echo(src, dst, kind, 0x99, 1, b"purepcap" * 2)),
                         frozenset({"ip6", "icmp6"})))
    return out


def ethernet_frames() -> list[Frame]:
    """Every packet of the pcap files, in order."""
    ip = {f.name: f for f in ip_packets()}
    out: list[Frame] = []

    def wrap(name: str, to_server: bool) -> None:
        f = ip[name]
        dst, src = (MAC_SERVER, MAC_CLIENT) if to_server else (MAC_CLIENT, MAC_SERVER)
        ethertype = 0x86DD if "ip6" in f.tags else 0x0800
        out.append(Frame(f.name, pad(ether(dst, src, ethertype, f.data)), f.tags))

    wrap("tcp-syn", True)
    wrap("tcp-syn-ack", False)
    wrap("tcp-ack", True)
    wrap("http-get", True)
    wrap("dns-query", True)
    wrap("dns-response", False)
    wrap("icmp-echo-request", True)
    wrap("icmp-echo-reply", False)
    out.append(Frame("arp-request", pad(ether(BROADCAST, MAC_CLIENT, 0x0806,
                                              arp(1, MAC_CLIENT, IP_CLIENT, bytes(6), IP_SERVER))),
                     frozenset({"arp"})))
    out.append(Frame("arp-reply", pad(ether(MAC_CLIENT, MAC_SERVER, 0x0806,
                                            arp(2, MAC_SERVER, IP_SERVER, MAC_CLIENT, IP_CLIENT))),
                     frozenset({"arp"})))
    tagged = ipv4(IP_CLIENT, "192.0.2.255", 17, udp(IP_CLIENT, "192.0.2.255", 40001, 9999,
                                                      b"tagged frame on VLAN 100"), 9)
    out.append(Frame("vlan100-udp", pad(dot1q(BROADCAST, MAC_CLIENT, 100, 0x0800, tagged, pcp=3)),
                     frozenset({"vlan", "vlan 100"})))
    wrap("icmp6-echo-request", True)
    wrap("icmp6-echo-reply", False)
    return out


def timestamp(index: int) -> int:
    return BASE_TS + index * STEP_TS


#: (interface, packet name) of the pcapng file, in order; interface 0 is EN10MB, 1 is RAW
PCAPNG_LAYOUT = [(0, "tcp-syn"), (0, "tcp-syn-ack"), (0, "arp-request"), (1, "dns-query"),
                 (1, "dns-response"), (1, "icmp6-echo-request"), (0, "vlan100-udp"),
                 (1, "icmp6-echo-reply")]
PCAPNG_COMMENT = "the DNS query, on the tunnel"
#: tun0's IDB comes after this many packets (libpcap 1.10.3 reads up to it, then stops)
PCAPNG_SECOND_INTERFACE_AT = 3
#: bytes cut off the end of mixed-usec.pcap to make truncated.pcap (inside the last record)
TRUNCATE_BY = 25


def pcapng_packets() -> list[tuple[int, int, Frame]]:
    """(interface, time stamp, frame) for each packet of two-links.pcapng."""
    eth = {f.name: f for f in ethernet_frames()}
    raw = {f.name: f for f in ip_packets()}
    return [(i, timestamp(n), (eth if i == 0 else raw)[name]) for n, (i, name) in enumerate(PCAPNG_LAYOUT)]


# -- the files ---------------------------------------------------------------------------------

def _pcap(nanosecond: bool, byteorder: str) -> bytes:
    from purepcap.savefile import PcapWriter

    buf = io.BytesIO()
    with PcapWriter(buf, 1, 65535, nanosecond=nanosecond, byteorder=byteorder) as w:
        for n, f in enumerate(ethernet_frames()):
            w.write_raw(timestamp(n), f.data, len(f.data))
    return buf.getvalue()


def _pcapng() -> bytes:
    from purepcap.savefile import PcapNgWriter

    buf = io.BytesIO()
    with PcapNgWriter(buf, byteorder="little", comment="purepcap test data: two link types",
                      userappl="tools/make_test_data.py") as w:
        w.add_interface(1, 65535, name="eth0", description="Ethernet", tsresol=9)
        for n, (iface, ts, f) in enumerate(pcapng_packets()):
            if n == PCAPNG_SECOND_INTERFACE_AT:
                w.add_interface(12, 65535, name="tun0", description="raw IP tunnel", tsresol=6)
            w.write_raw(ts, f.data, len(f.data), iface,
                        comment=PCAPNG_COMMENT if f.name == "dns-query" else None)
    return buf.getvalue()


def build() -> dict[str, bytes]:
    """File name -> contents."""
    usec = _pcap(False, "little")
    return {
        "mixed-usec.pcap": usec,
        "mixed-nsec.pcap": _pcap(True, "big"),
        "two-links.pcapng": _pcapng(),
        "truncated.pcap": usec[:-TRUNCATE_BY],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--check", action="store_true", help="only compare; exit 1 if a file differs")
    args = ap.parse_args(argv)
    changed = []
    for name, data in build().items():
        path = args.dir / name
        if path.is_file() and path.read_bytes() == data:
            continue
        changed.append(name)
        if not args.check:
            args.dir.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    for name in changed:
        print(("differs: " if args.check else "wrote: ") + str(args.dir / name))
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.exit(main())
