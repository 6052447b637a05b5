"""The text fast path (``printer._fast``) gives the chain walker's text, packet for packet.

:class:`purepcap.printer.Printer` prints the everyday frames (Ethernet, IPv4/IPv6
without options, TCP, UDP, ICMP, ARP) without building records; the records stay the
API (``dissect``, ``--json``, ``Packet.layers``).  These tests print every packet
both ways, with separate printers (so the relative TCP sequence state each keeps is
exercised too), on synthetic captures and their truncations and on the corpus.  No
timing is asserted here: ``bench/print_speed.py`` measures.
"""

from __future__ import annotations

import random
import struct


from conftest import CORPUS, needs_corpus
from purepcap import printer
from purepcap.packet import Packet
from purepcap.printer import Options, Printer
from purepcap.printer import _fast, udp

# -- frames ---------------------------------------------------------------------------------


def _csum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def _mac(i: int) -> bytes:
    return bytes([2, 0, 0, 0, (i >> 8) & 0xFF, i & 0xFF])


def _ip4(i: int) -> bytes:
    return bytes([10, 0, (i >> 8) & 0xFF, i & 0xFF])


def _ip6(i: int) -> bytes:
    return b"\xfe\x80" + b"\0" * 12 + struct.pack("!H", i)


def _ipv4(src: bytes, dst: bytes, proto: int, payload: bytes, flags: int = 0x4000) -> bytes:
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 7, flags, 64, proto, 0,
                      src, dst)
    return hdr[:10] + struct.pack("!H", _csum(hdr)) + hdr[12:] + payload


def _ipv6(src: bytes, dst: bytes, nh: int, payload: bytes) -> bytes:
    return struct.pack("!IHBB16s16s", 0x60000000, len(payload), nh, 64, src, dst) + payload


def _tcp(sport: int, dport: int, seq: int, ack: int, flags: int, payload: bytes = b"",
         opts: bytes = b"") -> bytes:
    off = (20 + len(opts)) // 4
    return struct.pack("!HHIIBBHHH", sport, dport, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF,
                       off << 4, flags, 512, 0, 0) + opts + payload


def _udp(sport: int, dport: int, payload: bytes, ulen: int | None = None) -> bytes:
    return struct.pack("!HHHH", sport, dport, 8 + len(payload) if ulen is None else ulen,
                       0) + payload


def _eth(et: int, payload: bytes, a: int = 1, b: int = 2) -> bytes:
    return _mac(b) + _mac(a) + struct.pack("!H", et) + payload


def _dns_query(ident: int, name: str) -> bytes:
    labels = b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"
    return struct.pack("!HHHHHH", ident, 0x0100, 1, 0, 0, 0) + labels + b"\0\x01\0\x01"


SYN_OPTS = b"\x02\x04\x05\xb4\x04\x02\x08\x0a\0\0\0\x01\0\0\0\0\x01\x03\x03\x07"
TS_OPTS = b"\x01\x01\x08\x0a\0\0\0\x05\0\0\0\x06"
SACK_OPTS = b"\x01\x01\x05\x0a\0\0\0\x10\0\0\0\x20"


def everyday(n: int = 600, seed: int = 3) -> list[bytes]:
    """A mix like bench/print_speed.py's, plus the shapes the fast path hands back."""
    rnd = random.Random(seed)
    out: list[bytes] = []
    http = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"
    while len(out) < n:
        c, s = rnd.randint(1, 40), rnd.randint(100, 104)
        ci, si = _ip4(c), _ip4(s)
        sp = rnd.randint(1024, 65535)
        isn, srv = rnd.getrandbits(32), rnd.getrandbits(32)
        dport = rnd.choice((80, 22, 23, 25, 53, 179, 443, 6379, 8080, 5000))
        for flags, a, b, seq, ack, pl, opts in (
                (0x02, ci, si, isn, 0, b"", SYN_OPTS),
                (0x12, si, ci, srv, isn + 1, b"", SYN_OPTS),
                (0x10, ci, si, isn + 1, srv + 1, b"", b""),
                (0x18, ci, si, isn + 1, srv + 1, http, TS_OPTS),
                (0x10, si, ci, srv + 1, isn + 1 + len(http), b"", SACK_OPTS),
                (0x11, ci, si, isn + 1 + len(http), srv + 1, b"", b""),
                (0x04, si, ci, srv + 1, 0, b"", b""),
                (0x30, ci, si, isn, srv, b"x", b"")):
            fwd = a == ci
            t = _tcp(sp if fwd else dport, dport if fwd else sp, seq, ack, flags, pl, opts)
            out.append(_eth(0x0800, _ipv4(a, b, 6, t)))
        q = _dns_query(rnd.getrandbits(16), f"h{c}.example.com")
        for sport, dport2 in ((sp, 53), (5353, 67), (4789, 5353), (sp, 514), (sp, 123), (sp, 9)):
            out.append(_eth(0x0800, _ipv4(ci, si, 17, _udp(sport, dport2, q))))
        out.append(_eth(0x0800, _ipv4(ci, si, 17, _udp(sp, 53, q, ulen=len(q) - 4))))
        out.append(_eth(0x0800, _ipv4(ci, si, 17, _udp(sp, 99, q, ulen=4))))
        out.append(_eth(0x0800, _ipv4(ci, si, 17, _udp(sp, 99, q, ulen=900))))
        echo = struct.pack("!BBHHH", 8, 0, 0, 1, 2) + bytes(24)
        echo = echo[:2] + struct.pack("!H", _csum(echo)) + echo[4:]
        out.append(_eth(0x0800, _ipv4(ci, si, 1, echo)))
        out.append(_eth(0x0800, _ipv4(ci, si, 6, _tcp(sp, 80, 1, 2, 0x10), flags=0x2000)))
        out.append(_eth(0x0800, _ipv4(ci, si, 47, b"\0\0\x08\0" + _ipv4(ci, si, 1, echo))))
        out.append(_eth(0x0800, _ipv4(ci, si, 99, b"abcd")))
        e6 = struct.pack("!BBHHH", 128, 0, 0, 1, 1) + b"y" * 8
        out.append(_eth(0x86DD, _ipv6(_ip6(c), _ip6(s), 58, e6)))
        out.append(_eth(0x86DD, _ipv6(_ip6(c), _ip6(s), 6, _tcp(sp, 80, isn, srv, 0x18, http))))
        out.append(_eth(0x86DD, _ipv6(_ip6(c), _ip6(s), 17, _udp(sp, 53, q))))
        out.append(_eth(0x86DD, _ipv6(_ip6(c), _ip6(s), 60, b"\x3b\0" + bytes(6))))
        arp = struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 1, _mac(c), ci, bytes(6), si)
        out.append(_eth(0x0806, arp + bytes(18)))
        out.append(_eth(0x8100, b"\0\x05\x08\0" + _ipv4(ci, si, 17, _udp(sp, 9, b"z"))))
        out.append(_eth(0x0042, b"\x42\x42\x03" + bytes(40)))
    return out


# -- the two paths --------------------------------------------------------------------------


def _pair(opts: Options) -> tuple[Printer, Printer]:
    fast = Printer(opts, 1, strict=True)
    slow = Printer(opts, 1, strict=True)
    slow._fast = None
    return fast, slow


def _packets(frames: list[bytes], wire_extra: int = 0) -> list[Packet]:
    return [Packet(1_700_000_000_000_000_000 + i, len(f), len(f) + wire_extra, f)
            for i, f in enumerate(frames)]


def _same(packets: list[Packet], opts: Options | None = None) -> None:
    """Print every packet both ways, in order, and compare."""
    fast, slow = _pair(opts or Options())
    for p in packets:
        a, b = fast.text(p), slow.text(p)
        assert a == b, (bytes(p.data).hex(), a, b)


def _fast_share(frames: list[bytes]) -> float:
    """The share of ``frames`` the fast path prints (on a fresh printer)."""
    f = _fast.FastText(Options(), {})
    return sum(f.text(x, len(x)) is not None for x in frames) / len(frames)


def test_fast_path_is_on_only_for_plain_numeric_text() -> None:
    assert _fast.fast_enabled(Options())
    assert _fast.fast_enabled(Options(verbose=1))
    for o in (Options(verbose=2), Options(numeric=0), Options(link_header=True),
              Options(quiet=True), Options(forced="domain"), Options(no_checksum=True)):
        assert not _fast.fast_enabled(o)
        assert Printer(o, 1)._fast is None


def test_everyday_frames_print_the_same_both_ways() -> None:
    frames = everyday()
    assert _fast_share(frames) > 0.6      # the fast path takes most of them...
    _same(_packets(frames))               # ...and prints what the walker prints
    _same(_packets(frames), Options(absolute_seq=True))
    _same(_packets(frames), Options(verbose=1))


def test_ip_header_fields_print_the_same_with_v() -> None:
    frames = everyday(30, seed=17)
    varied = []
    for f in frames:
        if f[12:14] != b"\x08\x00":
            continue
        for tos, ttl, flags in ((0, 0, 0), (3, 1, 0x80), (0xB9, 255, 0xC0), (2, 64, 0x40)):
            h = bytearray(f[14:34])
            h[1], h[8], h[6] = tos, ttl, flags
            h[10:12] = b"\0\0"
            h[10:12] = struct.pack("!H", _csum(bytes(h)))
            varied.append(f[:14] + bytes(h) + f[34:])
    _same(_packets(varied), Options(verbose=1))
    _same(_packets(varied))


def test_bad_checksums_print_the_same_with_v() -> None:
    frames = everyday(80, seed=13)
    bent = []
    for f in frames:
        for i in (24, 25, 50, 51, 40, 41):        # IP header checksum, TCP/UDP/ICMP fields
            if i < len(f):
                bent.append(f[:i] + bytes([f[i] ^ 0x5A]) + f[i + 1:])
    _same(_packets(bent), Options(verbose=1))


def test_truncated_frames_print_the_same_both_ways() -> None:
    frames = everyday(120, seed=5)
    cut: list[bytes] = []
    for f in frames:
        for n in sorted({0, 1, 13, 14, 20, 33, 34, 37, 41, 42, 53, 54, 60, len(f) - 1}):
            if n < len(f):
                cut.append(f[:n])
    # captured short of the wire length, as with a small snaplen
    pk = [Packet(i, len(c), len(c) + 40, c) for i, c in enumerate(cut)]
    _same(pk)
    _same(pk, Options(verbose=1))
    # the whole frame, but the wire said more (truncated-ip)
    _same(_packets(frames, wire_extra=10))
    _same(_packets(frames, wire_extra=10), Options(verbose=1))


def test_padding_and_wrong_lengths_print_the_same() -> None:
    frames = everyday(60, seed=9)
    padded = [f + b"\0" * 12 for f in frames]
    _same(_packets(padded))
    # IPv4 total length larger or smaller than the frame
    bent = []
    for f in frames:
        if f[12:14] == b"\x08\x00":
            for tl in (0, 19, 20, 21, len(f) - 14 + 8, len(f) - 20):
                bent.append(f[:16] + struct.pack("!H", tl) + f[18:])
    _same(_packets(bent))


def test_random_bytes_print_the_same() -> None:
    rnd = random.Random(1)
    base = everyday(40, seed=11)
    frames = []
    for _ in range(1500):
        f = bytearray(rnd.choice(base))
        for _ in range(rnd.randint(1, 4)):
            f[rnd.randrange(12, len(f))] = rnd.getrandbits(8)
        frames.append(bytes(f))
    _same(_packets(frames))


def test_state_is_shared_between_the_paths() -> None:
    """A connection printed partly by each path keeps one relative-sequence entry."""
    frames = everyday(16)
    pk = _packets(frames)
    mixed = Printer(Options(), 1, strict=True)
    slow = Printer(Options(), 1, strict=True)
    slow._fast = None
    fast_text = mixed._fast
    for i, p in enumerate(pk):
        mixed._fast = fast_text if i % 2 else None
        assert mixed.text(p) == slow.text(p)


def test_prefix_cache_is_bounded() -> None:
    f = _fast.FastText(Options(), {})
    for i in range(_fast._CACHE_MAX + 50):
        seg = _tcp(1000 + i % 60000, 80, 1, 0, 0x02)
        f.text(_eth(0x0800, _ipv4(_ip4(i % 65536), _ip4(7), 6, seg)), 54)
    assert len(f.prefixes) <= _fast._CACHE_MAX


@needs_corpus
def test_corpus_prints_the_same_both_ways() -> None:
    from purepcap.capture import open_offline
    from purepcap.errors import PcapError
    files = sorted((CORPUS / "tcpdump").glob("*.pcap*"))
    assert files
    for path in files:
        try:
            with open_offline(str(path)) as cap:
                packets = list(cap)
        except (PcapError, OSError):
            continue
        _same(packets)
        _same(packets, Options(verbose=1))


# -- satellites -----------------------------------------------------------------------------


def test_udp_port_precedence_follows_tcpdump() -> None:
    # tcpdump's udp_print tries 53, then 5353, ... then 123 ... then 4789
    assert udp.udp_application(5353, 67) == 5353
    assert udp.udp_application(67, 5353) == 5353
    assert udp.udp_application(5353, 123) == 5353
    assert udp.udp_application(4789, 5353) == 5353
    assert udp.udp_application(123, 67) == 67
    assert udp.udp_application(40000, 9) == -1
    # geneve either way; HSRP and BFD only as the destination
    assert udp.udp_application(6081, 40000) == 6081
    if 1985 in udp.UDP_PORTS:
        assert udp.udp_application(1985, 40000) == -1
        assert udp.udp_application(40000, 1985) == 1985


def test_packet_layers_is_printer_layers() -> None:
    f = everyday(1)[3]
    p = Packet(0, len(f), len(f), f)
    recs = p.layers()
    assert [r.proto for r in recs] == ["eth", "ip", "tcp"]
    assert [r.to_json() for r in recs] == [r.to_json() for r in printer.layers(p)]
    assert recs[2].dport in (80, 22, 23, 25, 53, 179, 443, 6379, 8080, 5000)
    assert Packet(0, 3, 3, b"\x01\x02\x03").layers()[0].stop == "truncated"


def test_walk_from_starts_at_a_handler() -> None:
    from purepcap.printer._base import Context
    from purepcap.printer._walk import walk_from
    ip = _ipv4(_ip4(1), _ip4(2), 17, _udp(1000, 9, b"abc"))
    recs, text = walk_from(ip, "ip", len(ip), Context(), key=0x0800)
    assert [r.proto for r in recs] == ["ip", "udp"]
    assert text == "IP 10.0.0.1.1000 > 10.0.0.2.9: UDP, length 3"


def test_timestamp_formats_are_unchanged_by_the_clock_cache() -> None:
    ref = printer.TimestampFormatter
    for mode in range(6):
        for nano in (False, True):
            a, b = ref(mode, nano), ref(mode, nano)
            b.format = ref.format.__get__(b)        # type: ignore[method-assign]
            for ts in (0, 5, 1_700_000_000_123_456_789, 1_700_000_000_999_999_999,
                       1_700_000_001_000_000_001, 1_700_003_601_000_000_001, 1_600_000_000):
                assert a.format(ts) == b.format(ts)



# -- core-layer fixes (each checked against tcpdump 4.99.3) ----------------------------------

_OPT_FRAME = bytes.fromhex(
    "02000000000202000000000108004600002c00010000400600000a0000010a0000020101010003e8"
    "005000000001000000005002faf09cb60000")


def test_ip_options_cut_by_the_capture_stop_the_packet() -> None:
    p = Packet(0, 36, len(_OPT_FRAME), _OPT_FRAME[:36])
    assert Printer(Options(), 1).text(p) == \
        "IP  [remaining caplen(22) < header length(24)] [|ip]"
    assert Printer(Options(verbose=1), 1).text(p) == (
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 44, "
        "options (NOP,NOP, [|ip]")
    assert [r.proto for r in printer.dissect(p.data, 1, wirelen=p.wirelen)] == ["eth", "ip"]


def test_bad_ip_checksum_hex_is_unpadded() -> None:
    text = Printer(Options(verbose=1), 1).text(_packets([_OPT_FRAME])[0])
    assert "bad cksum 0 (->63c8)!" in text


def test_dns_reads_to_the_end_of_the_ip_datagram() -> None:
    # a UDP length 4 bytes short of the DNS message: tcpdump's DNS printer still reads
    # the question (the bytes are inside the IP datagram), with the UDP length's count
    q = _dns_query(0x1234, "a.example.com")
    f = _eth(0x0800, _ipv4(_ip4(1), _ip4(2), 17, _udp(40000, 53, q, ulen=8 + len(q) - 4)))
    for opts in (Options(), Options(verbose=1)):
        fast, slow = _pair(opts)
        p = _packets([f])[0]
        assert fast.text(p) == slow.text(p)
        assert "4660+ A? a.example.com." in slow.text(p)


def test_forced_domain_prints_no_udp_checksum() -> None:
    q = _dns_query(1, "a.b")
    f = _eth(0x0800, _ipv4(_ip4(1), _ip4(2), 17, _udp(40000, 8053, q)))
    text = Printer(Options(verbose=2, forced="domain"), 1).text(_packets([f])[0])
    assert "udp sum" not in text and "A? a.b." in text


def test_forced_domain_on_tcp_reads_dns() -> None:
    q = _dns_query(7, "a.b")
    seg = _tcp(40000, 8053, 1, 1, 0x18, struct.pack("!H", len(q)) + q)
    f = _eth(0x0800, _ipv4(_ip4(1), _ip4(2), 6, seg))
    text = Printer(Options(forced="domain"), 1).text(_packets([f])[0])
    assert text.endswith("length 23 7+ A? a.b. (21)")      # as dns_tcp_8053.pcap shows


def test_every_dispatch_table_entry_names_a_real_printer() -> None:
    """Each (module, name) in the walker's tables resolves to decode_/format_ functions,
    and each handler name to a walker method: a typo or a broken module fails here."""
    from purepcap.printer import _walk
    for table, entries in _walk.TABLES.items():
        for key, target in entries.items():
            if isinstance(target, str):
                assert target in _walk._HANDLERS, (table, key, target)
            else:
                assert _walk.external(*target) is not None, (table, key, target)


def test_dns_fast_text_is_format_dns() -> None:
    """dns.fast_text (the fast path's DNS over UDP) gives format_dns's text for every
    message it prints: random header flags and counts, names, answers, cut copies."""
    from purepcap.printer import dns
    from purepcap.printer._base import Context
    rnd = random.Random(5)
    ctx = {v: Context(Options(verbose=v)) for v in (0, 1)}
    printed = 0
    for i in range(4000):
        q = _dns_query(rnd.getrandbits(16), rnd.choice(["a.example.com", "x", "h1.b.c.d"]))
        flags = rnd.choice([0x0100, 0x0000, 0x8180, 0x8583, 0x0110, 0x2100, 0x8100,
                            rnd.getrandbits(16)])
        counts = [1, rnd.choice([0, 0, 1, 2]), rnd.choice([0, 0, 1]), rnd.choice([0, 0, 1])]
        msg = q[:2] + struct.pack("!HHHHH", flags, *counts) + q[12:]
        if flags & 0x8000:
            for _ in range(counts[1] + counts[2] + counts[3]):
                rtype = rnd.choice([1, 1, 5, 28, 41, 6])
                rdata = {1: bytes(4), 28: bytes(16), 5: b"\xc0\x0c", 41: b"", 6: b"\0\0" + bytes(20)}[rtype]
                msg += b"\xc0\x0c" + struct.pack("!HHIH", rtype, rnd.choice([1, 1, 3]),
                                                 rnd.getrandbits(32), len(rdata)) + rdata
        if i % 5 == 4:
            msg = msg[:rnd.randrange(len(msg))]
        length = len(msg) + rnd.choice([0, 0, 3])
        for v in (0, 1):
            fast = dns.fast_text(msg, length, v)
            if fast is not None:
                printed += 1
                assert fast == dns.format_dns(dns.decode_dns(msg, length, ctx[v]), ctx[v]), \
                    (msg.hex(), length, v)
    assert printed > 1000
