"""SNMP printing (printer/snmp.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4 or IPv6, UDP port 161 or 162):
SNMPv1 and SNMPv2c requests, responses, GetBulk, Inform, V2Trap and Report
PDUs and v1 traps with values of every type tcpdump knows (strings printable
and not, integers, counters, gauges, time ticks, Counter64, IP addresses,
OIDs, the v2 exceptions) and of types it only notes (``[P/U/Bitstring]``,
``C/x/Opaque``, ``[BE_ANY!?]``); SNMPv3 messages (flags, USM parameters,
encrypted and plain scoped PDUs, other security models); and bad BER of
every kind tcpdump words (lengths beyond their container, a zero-length
integer, tag numbers out of range, high tag numbers, extra octets, elements
of the wrong type in each field), wrong versions and PDUs, OIDs whose
sub-identifiers overflow 32 bits, and cut captures.  ``EXPECTED`` holds
tcpdump 4.99.3's text for them (``-n -tt``, ``-v``, ``-vv``; timestamps cut
off), recorded once; with tcpdump installed they are also compared live.
Without ``-n`` tcpdump names OIDs from its compiled-in MIB: checked on the
OID formatter with names tcpdump printed for them.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import printer_cases as cases
from app_payloads import ether, udp4, udp6
from helpers import frame_packets
from purepcap.printer import Options, Printer
from purepcap.printer._base import Context
from purepcap.printer.snmp import decode_snmp, format_snmp, oid_text

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=41))

A6 = bytes.fromhex("fe800000000000000218f3fffea9914e")
B6 = bytes.fromhex("20010db8000000000000000000000042")
SYS = "1.3.6.1.2.1.1.1.0"
ENT = "1.3.6.1.4.1.3830.1"


# --- BER ------------------------------------------------------------------------------

def tlv(tag: int, body: bytes) -> bytes:
    n = len(body)
    if n < 0x80:
        size = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, "big")
        size = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + size + body


def seq(*parts: bytes) -> bytes:
    return tlv(0x30, b"".join(parts))


def integer(v: int) -> bytes:
    n = 1
    while not -(1 << (8 * n - 1)) <= v < 1 << (8 * n - 1):
        n += 1
    return tlv(2, v.to_bytes(n, "big", signed=True))


def string(b: bytes | str) -> bytes:
    return tlv(4, b if isinstance(b, bytes) else b.encode())


NULL = b"\x05\x00"


def oid_body(dotted: str) -> bytes:
    parts = [int(x) for x in dotted.split(".")]
    out = bytearray()
    for p in [40 * parts[0] + parts[1], *parts[2:]]:
        chunk = [p & 0x7F]
        p >>= 7
        while p:
            chunk.append(0x80 | p & 0x7F)
            p >>= 7
        out += bytes(reversed(chunk))
    return bytes(out)


def oid(dotted: str) -> bytes:
    return tlv(6, oid_body(dotted))


def vb(name: str, value: bytes = NULL) -> bytes:
    return seq(oid(name), value)


def pdu(tag: int, *parts: bytes) -> bytes:
    return tlv(0xA0 | tag, b"".join(parts))


def req(tag: int, rid: int, status: int, index: int, *binds: bytes) -> bytes:
    return pdu(tag, integer(rid), integer(status), integer(index), seq(*binds))


def msg(version: int, community: str, body: bytes) -> bytes:
    return seq(integer(version), string(community), body)


def v3(flags: bytes = b"\x04", model: int = 3, usm: bytes | None = None,
       scoped: bytes | None = None) -> bytes:
    header = seq(integer(12345), integer(65507), string(flags), integer(model))
    if usm is None:
        usm = seq(string(b"\x80\x00\x1f\x88\x80"), integer(3), integer(1200), string("bob"),
                  string(b""), string(b""))
    if scoped is None:
        scoped = seq(string(b"\x80\x00\x1f\x88\x80"), string(""), req(0, 77, 0, 0, vb(SYS)))
    return seq(integer(3), header, string(usm), scoped)


def trap(enterprise: str, agent: bytes, generic: int, specific: int, ticks: bytes,
         *binds: bytes) -> bytes:
    return pdu(4, oid(enterprise), tlv(0x40, agent), integer(generic), integer(specific),
               tlv(0x43, ticks), seq(*binds))


# --- frames ---------------------------------------------------------------------------

def frame(payload: bytes, port: int = 161, sport: int = 1025) -> bytes:
    return ether(udp4("10.0.0.1", "10.0.0.2", sport, port, payload))


def frame6(payload: bytes, port: int = 161) -> bytes:
    return ether(udp6(A6, B6, 1025, port, payload), 0x86DD)


def v1resp(*binds: bytes) -> bytes:
    return frame(msg(0, "public", pdu(2, integer(1), integer(0), integer(0), seq(*binds))))


def frames() -> list[bytes | tuple[bytes, int]]:
    good = msg(1, "public", req(2, 7, 0, 0, vb(SYS, string("hello"))))
    plain_v3 = frame(v3())
    out: list[bytes | tuple[bytes, int]] = [
        # requests and responses
        frame(msg(0, "public", req(0, 1, 0, 0, vb(SYS)))),
        frame(msg(1, "priv", req(2, 7, 0, 0, vb(SYS, string("hello")),
                                 vb("1.3.6.1.4.1.9.1", tlv(0x43, b"\x01\x00"))))),
        frame(msg(1, "public", req(1, -5, 0, 0, vb(SYS), vb("1.3.6.1.2.1.2.2.1.10.3")))),
        frame(msg(1, "public", req(3, 300000, 0, 0, vb("1.3.6.1.2.1.1.5.0", string("host")),
                                   vb("1.3.6.1.2.1.4.20.1.1", tlv(0x40, bytes([10, 1, 2, 3])))))),
        frame(msg(1, "public", req(5, 9, 0, 10, vb("1.3.6.1.2.1.2.2")))),
        frame(msg(1, "public", req(2, 9, 2, 1, vb("1.3.6.1.2.1.2.2")))),
        frame(msg(1, "public", req(2, 9, 25, 0, vb("1.3.6.1.2.1.2.2", tlv(0x46, b"\x01" * 9))))),
        frame(msg(1, "public", req(2, 9, 0, 3, vb("1.3.6.1.2.1.2.2",
                                                  tlv(0x41, b"\xff\xff\xff\xff\xff"))))),
        frame(msg(1, "public", req(0, 9, 1, 3, vb("1.3.6.1.2.1.2.2")))),
        frame(msg(1, "public", req(6, 9, 0, 0, vb("1.3.6.1.2.1.1.3.0", tlv(0x43, b"\x10")),
                                   vb("1.3.6.1.6.3.1.1.4.1.0", oid("1.3.6.1.6.3.1.1.5.1")))),
              162),
        frame(msg(1, "public", req(7, 9, 0, 0, vb("1.3.6.1.2.1.1.3.0", tlv(0x42, b"\x10")))), 162),
        frame(msg(0, "public", req(2, 1, 0, 0, vb(SYS, tlv(0x80, b"")), vb(SYS, tlv(0x81, b"")),
                                   vb(SYS, tlv(0x82, b""))))),
        frame(msg(0, "", req(2, 1, 0, 0, vb(SYS, string(b""))))),
        frame(msg(0, "public", req(0, 1, 0, 0, vb(SYS, integer(5))))),
        frame(msg(1, "sec\x01ret", req(2, 1, 0, 0, vb(SYS, string(b"\x00\x01ab\xff"))))),
        frame6(msg(1, "public", req(0, 3, 0, 0, vb(SYS)))),
        # v1 traps
        frame(msg(0, "trap", trap(ENT, bytes([10, 0, 0, 1]), 6, 52, b"\x03\xaa\x0b",
                                  vb(ENT + ".1", integer(3)),
                                  vb(ENT + ".2", string("x\x01y")))), 162),
        frame(msg(0, "public", trap(ENT, bytes([10, 0, 0]), 2, 52, b"\x03")), 162),
        frame(msg(0, "public", trap(ENT, bytes([10, 0, 0, 1]), 9, 0, b"\x03")), 162),
        frame(msg(0, "public", pdu(4, string("x"))), 162),
        frame(msg(0, "public", pdu(4, oid("1.3.6"), string("x"))), 162),
        frame(msg(0, "public", pdu(4, oid("1.3.6"), tlv(0x40, b"\x01\x02\x03\x04"), NULL)), 162),
        frame(msg(0, "public", pdu(4, oid("1.3.6"), tlv(0x40, b"\x01\x02\x03\x04"), integer(0),
                                   NULL)), 162),
        frame(msg(0, "public", pdu(4, oid("1.3.6"), tlv(0x40, b"\x01\x02\x03\x04"), integer(0),
                                   integer(0), integer(5))), 162),
        # wrong versions and PDUs
        frame(msg(0, "public", req(5, 1, 0, 0, vb(SYS)))),
        frame(msg(1, "public", pdu(4, oid("1.3.6.1.4.1.3830.1")))),
        frame(msg(2, "public", req(0, 1, 0, 0, vb(SYS)))),
        frame(seq(string("x"), string("y"))),
        frame(seq(integer(0), integer(5))),
        frame(seq(integer(0), string("public"), integer(5))),
        frame(seq(integer(0), string("public"), string("x"))),
        # SNMPv3
        plain_v3,
        frame(v3(b"\x07", scoped=string(b"\x01\x02\x03"))),
        frame(v3(b"\x02")),
        frame(v3(b"\x04\x00")),
        frame(v3(model=2)),
        frame(v3(usm=seq(string(b"\x80"), integer(3)))),
        frame(v3(usm=b"\x04\x00")),
        frame(v3(scoped=seq(string(b"E"), integer(5)))),
        frame(v3(b"\x01", scoped=seq(string(b""), string("ctx"),
                                     req(8, 1, 0, 0, vb(SYS, tlv(0x41, b"\x05")))))),
        frame(seq(integer(3), integer(1))),
        frame(seq(integer(3), seq(string("x")))),
        frame(seq(integer(3), seq(integer(1), integer(2), string(b"\x04"), integer(3),
                                  integer(9)))),
        # bad BER
        frame(b""), frame(b"\x30"), frame(b"\x02\x01\xff"), frame(b"\x30\x03\x02\x01\x05"),
        frame(b"\x30\x05\x04\x03abc"), frame(b"\x30\x84\x00\x00\x00\x03\x02\x01\x00"),
        frame(b"\x30\x10\x02\x01\x00"), frame(b"\x30\x03\x02\x00\x00"), frame(b"\x1f\x85\x01\x00"),
        frame(b"\x1f\x81"), frame(b"\x30\x82\x01"), frame(b"\x3f\x1f\x00"), frame(b"\x30\x00"),
        frame(b"\x1f"),
        frame(good + b"\x00\x00"),
        frame(msg(0, "public", req(0, 1, 0, 0, vb(SYS)) + b"zz")),
        frame(msg(0, "public", pdu(0, integer(1), integer(0), integer(0), seq(vb(SYS)) + b"\x00"))),
        frame(msg(0, "public", pdu(0, integer(1), integer(0), integer(0),
                                   seq(vb(SYS), b"\x02\x01\x01")))),
        frame(msg(0, "public", pdu(0, integer(1), integer(0), integer(0),
                                   seq(seq(integer(1), NULL))))),
        frame(msg(0, "public", pdu(0, integer(1), integer(0), integer(0), integer(4)))),
        frame(msg(0, "public", pdu(0, string("x"), integer(0), integer(0), integer(4)))),
        frame(msg(0, "public", pdu(0, integer(1), string("x"), integer(0), integer(4)))),
        frame(msg(0, "public", pdu(0, integer(1), integer(0), NULL, integer(4)))),
        frame(msg(0, "public", pdu(0, integer(1), integer(0), integer(0)))),
        frame(msg(0, "public", pdu(0, integer(1), integer(0)))),
        frame(msg(0, "public", pdu(2, integer(1), integer(0), integer(0), seq(seq(oid(SYS)))))),
        frame(msg(0, "public", pdu(2, integer(1), integer(-1), integer(0), seq()))),
        frame(msg(0, "public", pdu(2, tlv(2, b"\x01\x02\x03\x04\x05"), integer(3), integer(2),
                                   seq(vb(SYS, tlv(2, b"\x80\x00\x00\x00\x00")))))),
        # OIDs: empty, cut inside a sub-identifier, overflowing 32 bits
        frame(msg(0, "public", req(0, 1, 0, 0, seq(tlv(6, b""), NULL)))),
        frame(msg(0, "public", req(0, 1, 0, 0, seq(tlv(6, b"\x2b\x86"), NULL)))),
        frame(msg(0, "public", req(0, 1, 0, 0, seq(tlv(6, b"\xff\xff\xff\xff\x7f"
                                                          b"\x8f\xff\xff\xff\x7f\x01"), NULL)))),
        frame(msg(0, "public", req(0, 1, 0, 0, seq(tlv(6, b"\x8f\xff\xff\xff\x7f"), NULL)))),
        frame(msg(0, "public", req(0, 1, 0, 0, seq(tlv(6, b"\x7f\x81\x00"), NULL)))),
        # values of types tcpdump only notes, and bad values
        v1resp(vb(SYS, tlv(0xC0, b"ab"))), v1resp(vb(SYS, tlv(0xE0, b"ab"))),
        v1resp(vb(SYS, tlv(0x64, b"ab"))), v1resp(vb(SYS, tlv(0x03, b"ab"))),
        v1resp(vb(SYS, tlv(0x12, b"ab"))), v1resp(vb(SYS, tlv(0x83, b""))),
        v1resp(vb(SYS, tlv(0x1F, b""))), v1resp(vb(SYS, b"\x1f\x90\x05\x00")),
        v1resp(vb(SYS, b"\x5f\x01\x00")), v1resp(vb(SYS, seq(NULL))),
        v1resp(vb(SYS, tlv(0x44, NULL))), v1resp(vb(SYS, pdu(0, NULL))),
        v1resp(seq(oid(SYS), b"\x1f"), vb(SYS, integer(1))),
        v1resp(vb(SYS, integer(1)), seq(oid(SYS), b"\x1f")),
        v1resp(vb(SYS, integer(1)), seq(oid(SYS), b"\x1f\x85")),
        frame(seq(integer(0), string("public"),
                  pdu(2, integer(1), integer(0), integer(0),
                      seq(vb(SYS, integer(1)), seq(oid(SYS))))) + b"\x1f"),
        # cut captures
        *[(frame(good), n) for n in (42, 43, 44, 45, 60, 42 + len(good) - 1)],
        *[(plain_v3, n) for n in (44, 60, len(plain_v3) - 3)],
        (frame(good + bytes(20)), 42 + len(good)),
        (frame(good + bytes(20)), 42 + len(good) + 1),
    ]
    return out


# --- OIDs without -n ------------------------------------------------------------------

# tcpdump 4.99.3 without -n, for these OIDs (recorded)
NAMES = {
    "1.3.6.1.2.1.1.1.0": "system.sysDescr.0",
    "1.3.6.1.2.1.2.2.1.10.3": "interfaces.ifTable.ifEntry.ifInOctets.3",
    "1.3.6.1.4.1.9.9.1": "E:cisco.9.1",
    "1.3.6.1.3.5.1": "X:5.1",
    "1.3.6.1.6.3.1.1.4.1.0": "S:1.1.4.1.0",
    "1.3.6.1.6.3.15.1.1.4.0": "S:snmpUsmMIB.usmMIBObjects.usmStats.usmStatsUnknownEngineIDs.0",
    "1.3.6.1.5.1": ".iso.org.dod.internet.security.1",
    "1.3.6.1": ".iso.org.dod.internet",
    "1.3": ".iso.org",
    "2.5.4": ".2.5.4",
    "0.0": ".0.0",
    "1.3.6.1.2.1": "",
    "1.3.6.1.2": ".iso.org.dod.internet.mgmt",
    "1.3.6.1.2.1.999.1": "999.1",
    "1.3.6.1.4.1": "E:",
    "1.3.6.1.4.1.2021.10": "E:2021.10",
    "1.0.8802.1": ".iso.0.8802.1",
    "1.3.6.1.2.1.31.1.1.1.6.1": "31.1.1.1.6.1",
    "1.3.6.1.2.1.4.21.1.1.10.0.0.0": "ip.ipRoutingTable.ipRouteEntry.ipRouteDest.10.0.0.0",
}


@pytest.mark.parametrize("dotted", sorted(NAMES))
def test_oid_names_without_n(dotted: str) -> None:
    raw = oid_body(dotted)
    assert oid_text(raw, numeric=False) == NAMES[dotted]
    assert oid_text(raw, numeric=True) == "." + dotted


def test_response_without_n_names_both_oids() -> None:
    # "system.sysObjectID.0=system.sysDescr.0" as tcpdump 4.99.3 prints it without -n
    body = msg(0, "public", req(2, 1, 0, 0, vb("1.3.6.1.2.1.1.2.0", oid(SYS))))
    ctx = Context(opts=Options(numeric=0))
    rec = decode_snmp(body, len(body), ctx)
    assert format_snmp(rec, ctx) == " GetResponse(33)  system.sysObjectID.0=system.sysDescr.0"
    assert rec.varbinds[0].oid == ".1.3.6.1.2.1.1.2.0"
    assert rec.varbinds[0].value == "." + SYS


def test_json_record_fields() -> None:
    pr = Printer(Options(verbose=1), linktype=1, strict=True)
    pkt = frame_packets([frame(msg(1, "priv", req(2, 7, 0, 0, vb(SYS, string("hello")))))])[0]
    layers = json.loads(pr.json(pkt))["layers"]
    snmp = layers[-1]
    assert snmp["proto"] == "snmp"
    assert snmp["version"] == 1 and snmp["community"] == "priv"
    assert snmp["pdu_type"] == "GetResponse" and snmp["request_id"] == 7
    assert snmp["varbinds"] == [{"oid": "." + SYS, "kind": "string", "value": '"hello"'}]
    assert "pieces" not in snmp


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(25)  .1.3.6.1.2.1.1.1.0',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  C="priv" GetResponse(45)  .1.3.6.1.2.1.1.1.0="hello" .1.3.6.1.4.1.9.1=256',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetNextRequest(41)  .1.3.6.1.2.1.1.1.0 .1.3.6.1.2.1.2.2.1.10.3',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  SetRequest(50)  .1.3.6.1.2.1.1.5.0="host" .1.3.6.1.2.1.4.20.1.1=10.1.2.3',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetBulk(24)  N=0 M=10 .1.3.6.1.2.1.2.2',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(24)  noSuchName@1 .1.3.6.1.2.1.2.2=',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(33)  err=25[errorIndex==0] .1.3.6.1.2.1.2.2=72340172838076673',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(29) [errorIndex(3) w/o errorStatus] .1.3.6.1.2.1.2.2=4294967295',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(24) [errorStatus(tooBig)!=0][errorIndex(3)!=0] .1.3.6.1.2.1.2.2',
        'IP 10.0.0.1.1025 > 10.0.0.2.162:  Inform(51)  .1.3.6.1.2.1.1.3.0=16 .1.3.6.1.6.3.1.1.4.1.0=.1.3.6.1.6.3.1.1.5.1',
        'IP 10.0.0.1.1025 > 10.0.0.2.162:  V2Trap(26)  .1.3.6.1.2.1.1.3.0=16',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(53)  .1.3.6.1.2.1.1.1.0=[noSuchObject] .1.3.6.1.2.1.1.1.0=[noSuchInstance] .1.3.6.1.2.1.1.1.0=[endOfMibView]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  C="" GetResponse(25)  .1.3.6.1.2.1.1.1.0=""',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(26)  .1.3.6.1.2.1.1.1.0[objVal!=NULL]5',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  C=73_65_63_01_72_65_74 GetResponse(30)  .1.3.6.1.2.1.1.1.0=00_01_61_62_ff',
        'IP6 fe80::218:f3ff:fea9:914e.1025 > 2001:db8::42.161:  GetRequest(25)  .1.3.6.1.2.1.1.1.0',
        'IP 10.0.0.1.1025 > 10.0.0.2.162:  C="trap" Trap(63)  .1.3.6.1.4.1.3830.1 10.0.0.1 enterpriseSpecific s=52 240139 .1.3.6.1.4.1.3830.1.1=3 .1.3.6.1.4.1.3830.1.2=78_01_79',
        'IP 10.0.0.1.1025 > 10.0.0.2.162:  Trap(26)  .1.3.6.1.4.1.3830.1 [inetaddr len!=4]10.0.0 linkDown[specific-trap(52)!=0] 3',
        'IP 10.0.0.1.1025 > 10.0.0.2.162:  Trap(27)  .1.3.6.1.4.1.3830.1 10.0.0.1 gt=9 3',
        'IP 10.0.0.1.1025 > 10.0.0.2.162:  Trap(3)  [enterprise!=OID]"x"',
        'IP 10.0.0.1.1025 > 10.0.0.2.162:  Trap(7)  .1.3.6 [agent-addr!=INETADDR]"x"',
        'IP 10.0.0.1.1025 > 10.0.0.2.162:  Trap(12)  .1.3.6 1.2.3.4[generic-trap!=INT]',
        'IP 10.0.0.1.1025 > 10.0.0.2.162:  Trap(15)  .1.3.6 1.2.3.4 coldStart[specific-trap!=INT]',
        'IP 10.0.0.1.1025 > 10.0.0.2.162:  Trap(19)  .1.3.6 1.2.3.4 coldStart [time-stamp!=TIMETICKS]5',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetBulk(25) [v2 PDU in v1 message]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  Trap(10) [v1 PDU in v2 message]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  SNMP [version = 2]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [version!=INT]"x"',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [comm!=STR]5',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [no PDU]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [no PDU]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  F=r U="bob" E=_80_00_1f_88_80 C="" GetRequest(25)  .1.3.6.1.2.1.1.1.0',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  F=apr U="bob" [!scoped PDU]01_02_03',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [msgFlags=0x02]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [msgFlags size 2]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  F=r [security model 2]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  F=r [nothing to parse]E=_80_00_1f_88_80 C="" GetRequest(25)  .1.3.6.1.2.1.1.1.0',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  F=r [!usm]""E=_80_00_1f_88_80 C="" GetRequest(25)  .1.3.6.1.2.1.1.1.0',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  F=r U="bob" E=_45 [contextName!=STR]5',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  F=a U="bob" E= C="ctx" Report(26)  .1.3.6.1.2.1.1.1.0=5',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [!message]1',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [msgID!=INT]"x"',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  F=r [msgSecurityParameters!=STR]9',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [nothing to parse]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [no asnlen]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [!init SEQ]-1',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  SNMP [version = 5]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [version!=INT]"abc"',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [nothing to parse]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [len3<asnlen16]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [asnlen=0]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [id?P/x/129]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [asnlen? 1<2]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [id?C/x/31]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [nothing to parse]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [2 extra after iSEQ]GetResponse(30)  .1.3.6.1.2.1.1.1.0="hello"',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [2 extra after PDU]GetRequest(25)  .1.3.6.1.2.1.1.1.0',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(26) [1 extra after SEQ of varbind] .1.3.6.1.2.1.1.1.0',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(28)  .1.3.6.1.2.1.1.1.0 [!varbind]1',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(18)  [objName!=OID]1',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(12) [!SEQ of varbind]4',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(12) [reqId!=INT]"x"',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(12) [errorStatus!=INT]"x"',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(11) [errorIndex!=INT]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(9) [nothing to parse]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(6) [nothing to parse]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(23)  .1.3.6.1.2.1.1.1.0=[nothing to parse]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(11)  err=4294967295[errorIndex==0]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(34)  badValue@2 .1.3.6.1.2.1.1.1.0=0',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(17)  ',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(19)  .1.3',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(28)  .0.4294967295.4294967295.1',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(22)  .0.4294967295',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetRequest(20)  .2.47.128',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(27)  .1.3.6.1.2.1.1.1.0=[P/x/P-0]_61_62',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(27)  .1.3.6.1.2.1.1.1.0=C/x/P-0_61_62',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(27)  .1.3.6.1.2.1.1.1.0=C/x/Opaque_61_62',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(27)  .1.3.6.1.2.1.1.1.0=[P/U/Bitstring]_61_62',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(27)  .1.3.6.1.2.1.1.1.0=[id?P/x/18]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(25)  .1.3.6.1.2.1.1.1.0=[BE_ANY!?]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(25)  .1.3.6.1.2.1.1.1.0=[no asnlen]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(27)  .1.3.6.1.2.1.1.1.0=',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(26)  .1.3.6.1.2.1.1.1.0=0',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(27)  .1.3.6.1.2.1.1.1.0=Seq(2)',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(27)  .1.3.6.1.2.1.1.1.0=[P/A/Opaque]_05_00',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(27)  .1.3.6.1.2.1.1.1.0=GetRequest(2)',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(39)  .1.3.6.1.2.1.1.1.0=[Xtagfield?]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(39)  .1.3.6.1.2.1.1.1.0=1 .1.3.6.1.2.1.1.1.0= [|snmp]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  GetResponse(40)  .1.3.6.1.2.1.1.1.0=1 .1.3.6.1.2.1.1.1.0= [|snmp]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [1 extra after iSEQ]GetResponse(38)  .1.3.6.1.2.1.1.1.0=1 .1.3.6.1.2.1.1.1.0=[nothing to parse]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [20 extra after iSEQ]GetResponse(30)  .1.3.6.1.2.1.1.1.0="hello"',
        'IP 10.0.0.1.1025 > 10.0.0.2.161:  [20 extra after iSEQ]GetResponse(30)  .1.3.6.1.2.1.1.1.0="hello"',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(25) R=1  .1.3.6.1.2.1.1.1.0 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 86)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv2c C="priv" { GetResponse(45) R=7  .1.3.6.1.2.1.1.1.0="hello" .1.3.6.1.4.1.9.1=256 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 84)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv2c { GetNextRequest(41) R=-5  .1.3.6.1.2.1.1.1.0 .1.3.6.1.2.1.2.2.1.10.3 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 93)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv2c { SetRequest(50) R=300000  .1.3.6.1.2.1.1.5.0="host" .1.3.6.1.2.1.4.20.1.1=10.1.2.3 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 67)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv2c { GetBulk(24) R=9  N=0 M=10 .1.3.6.1.2.1.2.2 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 67)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv2c { GetResponse(24) R=9  noSuchName@1 .1.3.6.1.2.1.2.2= } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv2c { GetResponse(33) R=9  err=25[errorIndex==0] .1.3.6.1.2.1.2.2=72340172838076673 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 72)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv2c { GetResponse(29) R=9 [errorIndex(3) w/o errorStatus] .1.3.6.1.2.1.2.2=4294967295 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 67)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv2c { GetRequest(24) R=9 [errorStatus(tooBig)!=0][errorIndex(3)!=0] .1.3.6.1.2.1.2.2 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 94)\n    10.0.0.1.1025 > 10.0.0.2.162:  { SNMPv2c { Inform(51) R=9  .1.3.6.1.2.1.1.3.0=16 .1.3.6.1.6.3.1.1.4.1.0=.1.3.6.1.6.3.1.1.5.1 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 69)\n    10.0.0.1.1025 > 10.0.0.2.162:  { SNMPv2c { V2Trap(26) R=9  .1.3.6.1.2.1.1.3.0=16 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 96)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(53) R=1  .1.3.6.1.2.1.1.1.0=[noSuchObject] .1.3.6.1.2.1.1.1.0=[noSuchInstance] .1.3.6.1.2.1.1.1.0=[endOfMibView] } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 62)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 C="" { GetResponse(25) R=1  .1.3.6.1.2.1.1.1.0="" } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 69)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(26) R=1  .1.3.6.1.2.1.1.1.0[objVal!=NULL]5 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv2c C=73_65_63_01_72_65_74 { GetResponse(30) R=1  .1.3.6.1.2.1.1.1.0=00_01_61_62_ff } } ',
        'IP6 (hlim 64, next-header UDP (17) payload length: 48) fe80::218:f3ff:fea9:914e.1025 > 2001:db8::42.161: [udp sum ok]  { SNMPv2c { GetRequest(25) R=3  .1.3.6.1.2.1.1.1.0 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 104)\n    10.0.0.1.1025 > 10.0.0.2.162:  { SNMPv1 C="trap" { Trap(63)  .1.3.6.1.4.1.3830.1 10.0.0.1 enterpriseSpecific s=52 240139 .1.3.6.1.4.1.3830.1.1=3 .1.3.6.1.4.1.3830.1.2=78_01_79 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 69)\n    10.0.0.1.1025 > 10.0.0.2.162:  { SNMPv1 { Trap(26)  .1.3.6.1.4.1.3830.1 [inetaddr len!=4]10.0.0 linkDown[specific-trap(52)!=0] 3 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.162:  { SNMPv1 { Trap(27)  .1.3.6.1.4.1.3830.1 10.0.0.1 gt=9 3 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 46)\n    10.0.0.1.1025 > 10.0.0.2.162:  { SNMPv1 { Trap(3)  [enterprise!=OID]"x" } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 50)\n    10.0.0.1.1025 > 10.0.0.2.162:  { SNMPv1 { Trap(7)  .1.3.6 [agent-addr!=INETADDR]"x" } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)\n    10.0.0.1.1025 > 10.0.0.2.162:  { SNMPv1 { Trap(12)  .1.3.6 1.2.3.4[generic-trap!=INT] } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 58)\n    10.0.0.1.1025 > 10.0.0.2.162:  { SNMPv1 { Trap(15)  .1.3.6 1.2.3.4 coldStart[specific-trap!=INT] } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 62)\n    10.0.0.1.1025 > 10.0.0.2.162:  { SNMPv1 { Trap(19)  .1.3.6 1.2.3.4 coldStart [time-stamp!=TIMETICKS]5 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetBulk(25) [v2 PDU in v1 message]} ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 53)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv2c { Trap(10) [v1 PDU in v2 message]} ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.1025 > 10.0.0.2.161:  SNMP [version = 2]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.1.1025 > 10.0.0.2.161:  [version!=INT]"x"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 [comm!=STR]5} ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 [no PDU]} ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 [no PDU]} ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 115)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv3 { F=r } { USM B=3 T=1200 U="bob" } { ScopedPDU E=_80_00_1f_88_80 C="" { GetRequest(25) R=77  .1.3.6.1.2.1.1.1.0 } } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv3 { F=apr } { USM B=3 T=1200 U="bob" } { ScopedPDU [!scoped PDU]01_02_03} } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 115)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv3 { [msgFlags=0x02]} ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 116)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv3 { [msgFlags size 2]} ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 115)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv3 { F=r } [security model 2]} ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 98)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv3 { F=r } { USM B=3 [nothing to parse]} { ScopedPDU E=_80_00_1f_88_80 C="" { GetRequest(25) R=77  .1.3.6.1.2.1.1.1.0 } } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 92)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv3 { F=r } { USM [!usm]""} { ScopedPDU E=_80_00_1f_88_80 C="" { GetRequest(25) R=77  .1.3.6.1.2.1.1.1.0 } } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 85)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv3 { F=r } { USM B=3 T=1200 U="bob" } { ScopedPDU E=_45 [contextName!=STR]5} } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 114)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv3 { F=a } { USM B=3 T=1200 U="bob" } { ScopedPDU E= C="ctx" { Report(26) R=1  .1.3.6.1.2.1.1.1.0=5 } } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv3 [!message]1} ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 38)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv3 { [msgID!=INT]"x"} ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 50)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv3 { F=r } { USM [msgSecurityParameters!=STR]9} ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)\n    10.0.0.1.1025 > 10.0.0.2.161:  [nothing to parse]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 29)\n    10.0.0.1.1025 > 10.0.0.2.161:  [no asnlen]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.1.1025 > 10.0.0.2.161:  [!init SEQ]-1',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    10.0.0.1.1025 > 10.0.0.2.161:  SNMP [version = 5]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 35)\n    10.0.0.1.1025 > 10.0.0.2.161:  [version!=INT]"abc"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 37)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 [nothing to parse]} ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    10.0.0.1.1025 > 10.0.0.2.161:  [len3<asnlen16]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    10.0.0.1.1025 > 10.0.0.2.161:  [asnlen=0]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    10.0.0.1.1025 > 10.0.0.2.161:  [id?P/x/129]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.1.1025 > 10.0.0.2.161:  [asnlen? 1<2]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.1.1025 > 10.0.0.2.161:  [id?C/x/31]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    10.0.0.1.1025 > 10.0.0.2.161:  [nothing to parse]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 29)\n    10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 75)\n    10.0.0.1.1025 > 10.0.0.2.161:  [2 extra after iSEQ]{ SNMPv2c { GetResponse(30) R=7  .1.3.6.1.2.1.1.1.0="hello" } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 [2 extra after PDU]{ GetRequest(25) R=1  .1.3.6.1.2.1.1.1.0 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 69)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(26) R=1 [1 extra after SEQ of varbind] .1.3.6.1.2.1.1.1.0 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 71)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(28) R=1  .1.3.6.1.2.1.1.1.0 [!varbind]1 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 61)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(18) R=1  [objName!=OID]1 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(12) R=1 [!SEQ of varbind]4 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(12) [reqId!=INT]"x" } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(12) R=1 [errorStatus!=INT]"x" } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 54)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(11) R=1 [errorIndex!=INT] } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(9) R=1 [nothing to parse] } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 49)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(6) R=1 [nothing to parse] } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 66)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(23) R=1  .1.3.6.1.2.1.1.1.0=[nothing to parse] } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 54)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(11) R=1  err=4294967295[errorIndex==0] } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 77)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(34) R=33752069  badValue@2 .1.3.6.1.2.1.1.1.0=0 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(17) R=1   } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 62)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(19) R=1  .1.3 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 71)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(28) R=1  .0.4294967295.4294967295.1 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 65)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(22) R=1  .0.4294967295 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 63)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetRequest(20) R=1  .2.47.128 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=[P/x/P-0]_61_62 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=C/x/P-0_61_62 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=C/x/Opaque_61_62 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=[P/U/Bitstring]_61_62 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=[id?P/x/18] } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(25) R=1  .1.3.6.1.2.1.1.1.0=[BE_ANY!?] } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(25) R=1  .1.3.6.1.2.1.1.1.0=[no asnlen] } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0= } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 69)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(26) R=1  .1.3.6.1.2.1.1.1.0=0 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=Seq(2) } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=[P/A/Opaque]_05_00 } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=GetRequest(2) } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(39) R=1  .1.3.6.1.2.1.1.1.0=[Xtagfield?] } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(39) R=1  .1.3.6.1.2.1.1.1.0=1 .1.3.6.1.2.1.1.1.0= [|snmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 83)\n    10.0.0.1.1025 > 10.0.0.2.161:  { SNMPv1 { GetResponse(40) R=1  .1.3.6.1.2.1.1.1.0=1 .1.3.6.1.2.1.1.1.0= [|snmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.1025 > 10.0.0.2.161:  [1 extra after iSEQ]{ SNMPv1 { GetResponse(38) R=1  .1.3.6.1.2.1.1.1.0=1 .1.3.6.1.2.1.1.1.0=[nothing to parse] } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 73)\n    10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 73)\n    10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 73)\n    10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 73)\n    10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 73)\n    10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 73)\n    10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 115)\n    10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 115)\n    10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 115)\n    10.0.0.1.1025 > 10.0.0.2.161:   [|snmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 93)\n    10.0.0.1.1025 > 10.0.0.2.161:  [20 extra after iSEQ]{ SNMPv2c { GetResponse(30) R=7  .1.3.6.1.2.1.1.1.0="hello" } } ',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 93)\n    10.0.0.1.1025 > 10.0.0.2.161:  [20 extra after iSEQ]{ SNMPv2c { GetResponse(30) R=7  .1.3.6.1.2.1.1.1.0="hello" } } ',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(25) R=1  .1.3.6.1.2.1.1.1.0 } } ',
            1: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 86)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv2c C="priv" { GetResponse(45) R=7  .1.3.6.1.2.1.1.1.0="hello" .1.3.6.1.4.1.9.1=256 } } ',
            2: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 84)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv2c { GetNextRequest(41) R=-5  .1.3.6.1.2.1.1.1.0 .1.3.6.1.2.1.2.2.1.10.3 } } ',
            3: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 93)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv2c { SetRequest(50) R=300000  .1.3.6.1.2.1.1.5.0="host" .1.3.6.1.2.1.4.20.1.1=10.1.2.3 } } ',
            4: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 67)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv2c { GetBulk(24) R=9  N=0 M=10 .1.3.6.1.2.1.2.2 } } ',
            5: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 67)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv2c { GetResponse(24) R=9  noSuchName@1 .1.3.6.1.2.1.2.2= } } ',
            6: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv2c { GetResponse(33) R=9  err=25[errorIndex==0] .1.3.6.1.2.1.2.2=72340172838076673 } } ',
            7: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 72)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv2c { GetResponse(29) R=9 [errorIndex(3) w/o errorStatus] .1.3.6.1.2.1.2.2=4294967295 } } ',
            8: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 67)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv2c { GetRequest(24) R=9 [errorStatus(tooBig)!=0][errorIndex(3)!=0] .1.3.6.1.2.1.2.2 } } ',
            9: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 94)\n    10.0.0.1.1025 > 10.0.0.2.162: [udp sum ok]  { SNMPv2c { Inform(51) R=9  .1.3.6.1.2.1.1.3.0=16 .1.3.6.1.6.3.1.1.4.1.0=.1.3.6.1.6.3.1.1.5.1 } } ',
            10: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 69)\n    10.0.0.1.1025 > 10.0.0.2.162: [udp sum ok]  { SNMPv2c { V2Trap(26) R=9  .1.3.6.1.2.1.1.3.0=16 } } ',
            11: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 96)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(53) R=1  .1.3.6.1.2.1.1.1.0=[noSuchObject] .1.3.6.1.2.1.1.1.0=[noSuchInstance] .1.3.6.1.2.1.1.1.0=[endOfMibView] } } ',
            12: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 62)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 C="" { GetResponse(25) R=1  .1.3.6.1.2.1.1.1.0="" } } ',
            13: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 69)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(26) R=1  .1.3.6.1.2.1.1.1.0[objVal!=NULL]5 } } ',
            14: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 74)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv2c C=73_65_63_01_72_65_74 { GetResponse(30) R=1  .1.3.6.1.2.1.1.1.0=00_01_61_62_ff } } ',
            16: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 104)\n    10.0.0.1.1025 > 10.0.0.2.162: [udp sum ok]  { SNMPv1 C="trap" { Trap(63)  .1.3.6.1.4.1.3830.1 10.0.0.1 enterpriseSpecific s=52 240139 .1.3.6.1.4.1.3830.1.1=3 .1.3.6.1.4.1.3830.1.2=78_01_79 } } ',
            17: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 69)\n    10.0.0.1.1025 > 10.0.0.2.162: [udp sum ok]  { SNMPv1 { Trap(26)  .1.3.6.1.4.1.3830.1 [inetaddr len!=4]10.0.0 linkDown[specific-trap(52)!=0] 3 } } ',
            18: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.162: [udp sum ok]  { SNMPv1 { Trap(27)  .1.3.6.1.4.1.3830.1 10.0.0.1 gt=9 3 } } ',
            19: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 46)\n    10.0.0.1.1025 > 10.0.0.2.162: [udp sum ok]  { SNMPv1 { Trap(3)  [enterprise!=OID]"x" } } ',
            20: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 50)\n    10.0.0.1.1025 > 10.0.0.2.162: [udp sum ok]  { SNMPv1 { Trap(7)  .1.3.6 [agent-addr!=INETADDR]"x" } } ',
            21: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)\n    10.0.0.1.1025 > 10.0.0.2.162: [udp sum ok]  { SNMPv1 { Trap(12)  .1.3.6 1.2.3.4[generic-trap!=INT] } } ',
            22: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 58)\n    10.0.0.1.1025 > 10.0.0.2.162: [udp sum ok]  { SNMPv1 { Trap(15)  .1.3.6 1.2.3.4 coldStart[specific-trap!=INT] } } ',
            23: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 62)\n    10.0.0.1.1025 > 10.0.0.2.162: [udp sum ok]  { SNMPv1 { Trap(19)  .1.3.6 1.2.3.4 coldStart [time-stamp!=TIMETICKS]5 } } ',
            24: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetBulk(25) [v2 PDU in v1 message]} ',
            25: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 53)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv2c { Trap(10) [v1 PDU in v2 message]} ',
            26: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  SNMP [version = 2]',
            27: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  [version!=INT]"x"',
            28: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 [comm!=STR]5} ',
            29: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 [no PDU]} ',
            30: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 44)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 [no PDU]} ',
            31: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 115)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv3 { F=r } { USM B=3 T=1200 U="bob" } { ScopedPDU E=_80_00_1f_88_80 C="" { GetRequest(25) R=77  .1.3.6.1.2.1.1.1.0 } } } ',
            32: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv3 { F=apr } { USM B=3 T=1200 U="bob" } { ScopedPDU [!scoped PDU]01_02_03} } ',
            33: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 115)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv3 { [msgFlags=0x02]} ',
            34: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 116)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv3 { [msgFlags size 2]} ',
            35: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 115)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv3 { F=r } [security model 2]} ',
            36: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 98)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv3 { F=r } { USM B=3 [nothing to parse]} { ScopedPDU E=_80_00_1f_88_80 C="" { GetRequest(25) R=77  .1.3.6.1.2.1.1.1.0 } } } ',
            37: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 92)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv3 { F=r } { USM [!usm]""} { ScopedPDU E=_80_00_1f_88_80 C="" { GetRequest(25) R=77  .1.3.6.1.2.1.1.1.0 } } } ',
            38: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 85)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv3 { F=r } { USM B=3 T=1200 U="bob" } { ScopedPDU E=_45 [contextName!=STR]5} } ',
            39: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 114)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv3 { F=a } { USM B=3 T=1200 U="bob" } { ScopedPDU E= C="ctx" { Report(26) R=1  .1.3.6.1.2.1.1.1.0=5 } } } ',
            40: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 36)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv3 [!message]1} ',
            41: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 38)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv3 { [msgID!=INT]"x"} ',
            42: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 50)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv3 { F=r } { USM [msgSecurityParameters!=STR]9} ',
            43: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  [nothing to parse]',
            44: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 29)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  [no asnlen]',
            45: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  [!init SEQ]-1',
            46: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  SNMP [version = 5]',
            47: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 35)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  [version!=INT]"abc"',
            48: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 37)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 [nothing to parse]} ',
            49: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  [len3<asnlen16]',
            50: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  [asnlen=0]',
            51: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  [id?P/x/129]',
            52: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]   [|snmp]',
            53: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  [asnlen? 1<2]',
            54: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  [id?C/x/31]',
            55: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  [nothing to parse]',
            56: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 29)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]   [|snmp]',
            57: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 75)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  [2 extra after iSEQ]{ SNMPv2c { GetResponse(30) R=7  .1.3.6.1.2.1.1.1.0="hello" } } ',
            58: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 [2 extra after PDU]{ GetRequest(25) R=1  .1.3.6.1.2.1.1.1.0 } } ',
            59: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 69)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(26) R=1 [1 extra after SEQ of varbind] .1.3.6.1.2.1.1.1.0 } } ',
            60: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 71)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(28) R=1  .1.3.6.1.2.1.1.1.0 [!varbind]1 } } ',
            61: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 61)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(18) R=1  [objName!=OID]1 } } ',
            62: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(12) R=1 [!SEQ of varbind]4 } } ',
            63: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(12) [reqId!=INT]"x" } } ',
            64: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(12) R=1 [errorStatus!=INT]"x" } } ',
            65: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 54)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(11) R=1 [errorIndex!=INT] } } ',
            66: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(9) R=1 [nothing to parse] } } ',
            67: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 49)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(6) R=1 [nothing to parse] } } ',
            68: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 66)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(23) R=1  .1.3.6.1.2.1.1.1.0=[nothing to parse] } } ',
            69: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 54)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(11) R=1  err=4294967295[errorIndex==0] } } ',
            70: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 77)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(34) R=33752069  badValue@2 .1.3.6.1.2.1.1.1.0=0 } } ',
            71: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 60)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(17) R=1   } } ',
            72: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 62)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(19) R=1  .1.3 } } ',
            73: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 71)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(28) R=1  .0.4294967295.4294967295.1 } } ',
            74: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 65)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(22) R=1  .0.4294967295 } } ',
            75: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 63)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetRequest(20) R=1  .2.47.128 } } ',
            76: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=[P/x/P-0]_61_62 } } ',
            77: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=C/x/P-0_61_62 } } ',
            78: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=C/x/Opaque_61_62 } } ',
            79: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=[P/U/Bitstring]_61_62 } } ',
            80: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=[id?P/x/18] } } ',
            81: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(25) R=1  .1.3.6.1.2.1.1.1.0=[BE_ANY!?] } } ',
            82: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(25) R=1  .1.3.6.1.2.1.1.1.0=[no asnlen] } } ',
            83: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0= } } ',
            84: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 69)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(26) R=1  .1.3.6.1.2.1.1.1.0=0 } } ',
            85: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=Seq(2) } } ',
            86: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=[P/A/Opaque]_05_00 } } ',
            87: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 70)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(27) R=1  .1.3.6.1.2.1.1.1.0=GetRequest(2) } } ',
            88: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(39) R=1  .1.3.6.1.2.1.1.1.0=[Xtagfield?] } } ',
            89: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(39) R=1  .1.3.6.1.2.1.1.1.0=1 .1.3.6.1.2.1.1.1.0= [|snmp]',
            90: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 83)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  { SNMPv1 { GetResponse(40) R=1  .1.3.6.1.2.1.1.1.0=1 .1.3.6.1.2.1.1.1.0= [|snmp]',
            91: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 82)\n    10.0.0.1.1025 > 10.0.0.2.161: [udp sum ok]  [1 extra after iSEQ]{ SNMPv1 { GetResponse(38) R=1  .1.3.6.1.2.1.1.1.0=1 .1.3.6.1.2.1.1.1.0=[nothing to parse] } } ',
            },
}
