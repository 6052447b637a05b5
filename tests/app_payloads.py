"""Test support for the application-layer printers (DNS, BOOTP, NTP).

Not a test module.  It builds frames (Ethernet/IPv4/IPv6 + UDP/TCP), writes
them to pcap files, finds transport payloads in capture files (the bytes and
length tcpdump hands to its application printers), and runs tcpdump and cuts
each packet's text down to the application printer's part, so a formatter
can be compared with tcpdump before (and independently of) the chain walker.
"""

from __future__ import annotations

import random
import re
import struct
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import oracle

from purepcap.packet import Packet
from purepcap.printer._base import Context, Options
from purepcap.savefile import PcapWriter, open_reader

TCPDUMP_MISSING = "needs tcpdump 4.99.3 (apt-get install tcpdump)"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "tcpdump"
CORPUS_MISSING = "needs ../shared/corpus (the tcpdump test captures)"

MAC_A = bytes.fromhex("001122334455")
MAC_B = bytes.fromhex("66778899aabb")


def tcpdump() -> str | None:
    return oracle.which("tcpdump")


# --- building ------------------------------------------------------------

def _csum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ipv4(src: str, dst: str, proto: int, payload: bytes, ttl: int = 64, ident: int = 1) -> bytes:
    s, d = bytes(map(int, src.split("."))), bytes(map(int, dst.split(".")))
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident, 0x4000, ttl, proto, 0, s, d)
    hdr = hdr[:10] + struct.pack("!H", _csum(hdr)) + hdr[12:]
    return hdr + payload


def udp4(src: str, dst: str, sport: int, dport: int, payload: bytes, ulen: int | None = None,
         checksum: bool = True) -> bytes:
    """An IPv4 datagram carrying UDP (``ulen`` overrides the UDP length field)."""
    s, d = bytes(map(int, src.split("."))), bytes(map(int, dst.split(".")))
    length = 8 + len(payload) if ulen is None else ulen
    u = struct.pack("!HHHH", sport, dport, length, 0) + payload
    if checksum:
        c = _csum(s + d + struct.pack("!BBH", 0, 17, len(u)) + u) or 0xFFFF
        u = u[:6] + struct.pack("!H", c) + u[8:]
    return ipv4(src, dst, 17, u)


def udp6(src: bytes, dst: bytes, sport: int, dport: int, payload: bytes) -> bytes:
    u = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload
    c = _csum(src + dst + struct.pack("!IxxxB", len(u), 17) + u) or 0xFFFF
    u = u[:6] + struct.pack("!H", c) + u[8:]
    return struct.pack("!IHBB", 0x60000000, len(u), 17, 64) + src + dst + u


def tcp4(src: str, dst: str, sport: int, dport: int, payload: bytes, seq: int = 1000,
         ack: int = 2000, flags: int = 0x18) -> bytes:
    s, d = bytes(map(int, src.split("."))), bytes(map(int, dst.split(".")))
    t = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 5 << 4, flags, 65535, 0, 0) + payload
    c = _csum(s + d + struct.pack("!BBH", 0, 6, len(t)) + t)
    t = t[:16] + struct.pack("!H", c) + t[18:]
    return ipv4(src, dst, 6, t)


def ether(ip_packet: bytes, ethertype: int = 0x0800, src: bytes = MAC_A, dst: bytes = MAC_B) -> bytes:
    return dst + src + struct.pack("!H", ethertype) + ip_packet


def write_pcap(path: Path, frames: list[bytes], snaplen: int = 262144,
               caplens: list[int] | None = None) -> Path:
    """Ethernet frames to a pcap file; ``caplens`` cuts frames short."""
    with PcapWriter(str(path), linktype=1, snaplen=snaplen) as w:
        for k, f in enumerate(frames):
            cap = len(f) if caplens is None else min(len(f), caplens[k])
            w.write(Packet(1_700_000_000_000_000_000 + k * 1000, cap, len(f), f[:cap]))
    return path


# --- finding payloads -------------------------------------------------------

@dataclass
class Payload:
    index: int          # packet number in the file (0-based)
    proto: int          # 6 or 17
    src: str
    dst: str
    sport: int
    dport: int
    data: bytes         # captured bytes from the payload's start to the IP datagram's end
    length: int         # the payload length tcpdump passes to the application printer
    tcp_len: int = 0    # TCP: the length tcpdump prints in ", length N"


def _ip6text(b: bytes) -> str:
    import socket
    return socket.inet_ntop(socket.AF_INET6, b)


def _network(linktype: int, frame: bytes) -> tuple[int, int] | None:
    """(offset of the network header, ethertype) for the link types we meet."""
    if linktype == 1:
        off, et = 12, None
        while off + 2 <= len(frame):
            et = struct.unpack_from("!H", frame, off)[0]
            if et in (0x8100, 0x88A8, 0x9100):
                off += 4
                continue
            return off + 2, et
        return None
    if linktype == 113 and len(frame) >= 16:
        return 16, struct.unpack_from("!H", frame, 14)[0]
    if linktype == 276 and len(frame) >= 20:
        return 20, struct.unpack_from("!H", frame, 0)[0]
    if linktype in (12, 101, 228, 229) and frame:
        return 0, 0x0800 if frame[0] >> 4 == 4 else 0x86DD
    if linktype in (0, 108) and len(frame) >= 4:
        fam = struct.unpack_from("<I" if linktype == 0 else "!I", frame, 0)[0]
        if fam > 0xFFFF:
            fam = struct.unpack_from(">I" if linktype == 0 else "<I", frame, 0)[0]
        return 4, 0x0800 if fam == 2 else 0x86DD
    if linktype == 9 and len(frame) >= 4:
        p = struct.unpack_from("!H", frame, 2)[0]
        return 4, {0x21: 0x0800, 0x57: 0x86DD}.get(p, 0)
    return None


def payloads(path: Path) -> list[Payload | None]:
    """Per packet of the file: its UDP/TCP payload over IPv4/IPv6, or None."""
    out: list[Payload | None] = []
    with open_reader(str(path)) as r:
        lt = r.linktype
        for k, pkt in enumerate(r):
            out.append(_payload(k, lt, bytes(pkt.data)))
    return out


def _payload(k: int, lt: int, frame: bytes) -> Payload | None:
    net = _network(lt, frame)
    if net is None:
        return None
    off, et = net
    if et == 0x0800:
        if len(frame) < off + 20 or frame[off] >> 4 != 4:
            return None
        hl = (frame[off] & 15) * 4
        total = struct.unpack_from("!H", frame, off + 2)[0]
        if struct.unpack_from("!H", frame, off + 6)[0] & 0x1FFF:
            return None                  # a later fragment
        proto = frame[off + 9]
        src, dst = ".".join(map(str, frame[off + 12:off + 16])), ".".join(map(str, frame[off + 16:off + 20]))
        end = min(len(frame), off + total)
        tp = off + hl
        plen = total - hl
    elif et == 0x86DD:
        if len(frame) < off + 40:
            return None
        plen = struct.unpack_from("!H", frame, off + 4)[0]
        proto = frame[off + 6]
        src, dst = _ip6text(frame[off + 8:off + 24]), _ip6text(frame[off + 24:off + 40])
        tp = off + 40
        end = min(len(frame), tp + plen)
        while proto in (0, 43, 60) and tp + 8 <= end:
            proto, hlen = frame[tp], (frame[tp + 1] + 1) * 8
            tp += hlen
            plen -= hlen
    else:
        return None
    if proto == 17 and tp + 8 <= end:
        sport, dport, ulen = struct.unpack_from("!HHH", frame, tp)
        if ulen < 8:
            return None
        return Payload(k, 17, src, dst, sport, dport, frame[tp + 8:end], min(ulen - 8, plen - 8))
    if proto == 6 and tp + 20 <= end:
        sport, dport = struct.unpack_from("!HH", frame, tp)
        doff = (frame[tp + 12] >> 4) * 4
        if tp + doff > end:
            return None
        return Payload(k, 6, src, dst, sport, dport, frame[tp + doff:end], plen - doff, plen - doff)
    return None


# --- tcpdump's text ----------------------------------------------------------

_TS = re.compile(r"^\d+\.\d{6} ", re.M)
_UDP_SUM = re.compile(r"^(\[udp sum ok\] |\[bad udp cksum 0x[0-9a-f]+ -> 0x[0-9a-f]+!\] |\[no cksum\] )")


def tcpdump_packets(path: Path, *flags: str) -> list[str]:
    """tcpdump -n -tt's text per packet (lines joined with newlines)."""
    exe = tcpdump()
    assert exe is not None
    res = subprocess.run([exe, "-n", "-tt", *flags, "-r", str(path)], capture_output=True,
                         timeout=120)
    text = res.stdout.decode("latin-1")
    starts = [m.start() for m in _TS.finditer(text)]
    return [text[a:b].rstrip("\n") for a, b in zip(starts, starts[1:] + [len(text)])]


_FILE_NOTE = re.compile(r"\n\[Invalid header: [^\n]*\]$")


def app_text(packet_text: str, p: Payload) -> str | None:
    """The application printer's part of one packet's tcpdump text."""
    head = f"{p.src}.{p.sport} > {p.dst}.{p.dport}: "
    at = packet_text.find(head)
    if at < 0:
        return None
    rest = _FILE_NOTE.sub("", packet_text[at + len(head):])
    if p.proto == 17:
        return _UDP_SUM.sub("", rest, count=1)
    m = re.search(rf", length {p.tcp_len}", rest)
    if m is None:
        return None
    return rest[m.end():]


def udp_printer(sport: int, dport: int) -> str | None:
    """Which of our printers tcpdump 4.99.3's UDP port dispatch picks (None:
    another printer, or a port in between takes precedence)."""
    ports = (sport, dport)
    for port, name in ((53, "dns"), (5353, "mdns"), (525, None), (69, None), (67, "bootp"),
                       (68, "bootp"), (520, None), (654, None), (500, None), (4500, None),
                       (161, None), (162, None), (123, "ntp")):
        if port in ports:
            return name
    return None


def printer_for(p: Payload) -> str | None:
    """The printer kind tcpdump uses for a payload: "dns", "mdns", "bootp",
    "ntp" (UDP) or "dnstcp" (TCP port 53 with data); None for others."""
    if p.proto == 17:
        return udp_printer(p.sport, p.dport)
    if 53 in (p.sport, p.dport) and p.length > 0:
        return "dnstcp"
    return None


Printer = tuple[Callable[[bytes, int, Context], Any], Callable[[Any, Context], str]]


def ours(printer: Printer, data: bytes, length: int, verbose: int) -> str:
    ctx = Context(opts=Options(verbose=verbose))
    decode, format_ = printer
    return format_(decode(data, length, ctx), ctx)


def compare_file(path: Path, printers: dict[str, Printer], verbosities: tuple[int, ...] = (0, 1, 2, 3),
                 limit: int = 8) -> tuple[int, list[str]]:
    """Compare our text with tcpdump's for every payload of the file that
    one of ``printers`` (by kind, see :func:`printer_for`) should print.
    Returns (comparisons made, up to ``limit`` descriptions of differences)."""
    pls = payloads(path)
    count = 0
    diffs: list[str] = []
    for v in verbosities:
        texts = tcpdump_packets(path, *(["-" + "v" * v] if v else []))
        for p, t in zip(pls, texts):
            kind = None if p is None else printer_for(p)
            if p is None or kind not in printers:
                continue
            want = app_text(t, p)
            if want is None:
                continue
            got = ours(printers[kind], p.data, p.length, v)
            count += 1
            if got != want and len(diffs) < limit:
                diffs.append(f"{path.name} #{p.index + 1} -v*{v} {kind}:\n"
                             f"  tcpdump: {want!r}\n  ours:    {got!r}")
    return count, diffs


def frame_for(kind: str, payload: bytes) -> bytes:
    """An Ethernet frame carrying ``payload`` where tcpdump sends it to ``kind``'s printer."""
    if kind == "dns":
        return ether(udp4("10.0.0.1", "10.0.0.2", 53, 4321, payload))
    if kind == "mdns":
        return ether(udp4("10.0.0.1", "224.0.0.251", 5353, 5353, payload))
    if kind == "dnstcp":
        return ether(tcp4("10.0.0.2", "10.0.0.1", 4321, 53, payload))
    if kind == "bootp":
        return ether(udp4("0.0.0.0", "255.255.255.255", 68, 67, payload))
    if kind == "ntp":
        return ether(udp4("10.0.0.1", "10.0.0.2", 123, 123, payload))
    raise ValueError(kind)


def mutate(rng: random.Random, msg: bytes) -> bytes:
    """A few random edits: bytes set to interesting values, cuts, insertions,
    counts rewritten."""
    m = bytearray(msg)
    for _ in range(rng.randint(1, 4)):
        k = rng.random()
        if k < 0.5 and m:
            m[rng.randrange(len(m))] = rng.choice([0, 1, 0xC0, 0xC0 | rng.randrange(4), 0x3F, 0x40,
                                                    0x41, 0x80, 0xFF, rng.randrange(256)])
        elif k < 0.7 and m:
            i = rng.randrange(len(m))
            del m[i:i + rng.randint(1, 8)]
        elif k < 0.85:
            i = rng.randrange(len(m) + 1)
            m[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 6)))
        elif len(m) > 12:
            i = rng.choice([4, 6, 8, 10])
            m[i:i + 2] = struct.pack("!H", rng.choice([0, 1, 2, 3, 255, 65535]))
    return bytes(m)
