"""Application layers carried by TCP appear in the layers (``--json``,
``Packet.layers()``), as they do over UDP: DNS over TCP, BGP."""

from __future__ import annotations

import json
import struct

import purepcap
from purepcap.printer import Options, Printer, layers


def _tcp_frame(sport: int, dport: int, payload: bytes, flags: int = 0x18) -> bytes:
    tcp = struct.pack("!HHIIBBHHH", sport, dport, 1000, 2000, 5 << 4, flags, 8192, 0, 0)
    total = 20 + len(tcp) + len(payload)
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, total, 1, 0, 64, 6, 0,
                     bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
    return b"\x02\0\0\0\0\x02" + b"\x02\0\0\0\0\x01" + b"\x08\x00" + ip + tcp + payload


def _dns_query(ident: int, name: str) -> bytes:
    q = struct.pack("!HHHHHH", ident, 0x0100, 1, 0, 0, 0)
    q += b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"
    return q + b"\0\x01\0\x01"


def test_dns_over_tcp_is_a_layer() -> None:
    msg = _dns_query(0x4321, "www.example.com")
    frame = _tcp_frame(40000, 53, struct.pack("!H", len(msg)) + msg)
    pkt = purepcap.Packet(0, len(frame), len(frame), frame, 1)
    recs = layers(pkt)
    assert [r.proto for r in recs] == ["eth", "ip", "tcp", "dns"]
    dns = recs[-1]
    assert dns.id == 0x4321
    assert dns.offset == 14 + 20 + 20
    # and in the JSON line, with the question's name
    line = json.loads(Printer(Options(numeric=2), 1).json(pkt))
    assert [x["proto"] for x in line["layers"]] == ["eth", "ip", "tcp", "dns"]
    assert [q["name"] for q in line["layers"][3]["questions"]] == ["www.example.com."]


def test_bgp_keepalive_is_a_layer() -> None:
    keepalive = b"\xff" * 16 + struct.pack("!HB", 19, 4)
    frame = _tcp_frame(179, 50000, keepalive)
    recs = layers(purepcap.Packet(0, len(frame), len(frame), frame, 1))
    assert [r.proto for r in recs][:4] == ["eth", "ip", "tcp", "bgp"]


def test_no_application_layer_without_data_or_for_text_protocols() -> None:
    for frame in (_tcp_frame(40000, 53, b"", flags=0x10),       # a bare ACK
                  _tcp_frame(40000, 80, b"GET / HTTP/1.1\r\n\r\n")):  # HTTP: text only
        recs = layers(purepcap.Packet(0, len(frame), len(frame), frame, 1))
        assert [r.proto for r in recs] == ["eth", "ip", "tcp"]


def test_truncated_application_data_still_never_raises() -> None:
    msg = _dns_query(7, "a.b")
    frame = _tcp_frame(40000, 53, struct.pack("!H", len(msg)) + msg)
    for cut in range(54, len(frame)):
        pkt = purepcap.Packet(0, cut, len(frame), frame[:cut], 1)
        recs = layers(pkt)
        assert [r.proto for r in recs][:3] == ["eth", "ip", "tcp"]
