"""ISAKMP/IKE printing (printer/isakmp.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4, UDP port 500 and the non-ESP
marker on 4500; IKEv1 exchanges whose initiator and responder tcpdump tells
apart from the cookies it has seen, with SA, proposal and transform
payloads and their attributes, key exchange, nonce, identities of every
kind, hash, signature, certificates, notifications, delete and vendor id
payloads, encrypted messages; IKEv2 SA, KE, nonce, notify, identity,
authentication, vendor id, traffic selector and encrypted payloads; another
major version, and cut captures).  ``EXPECTED`` holds tcpdump 4.99.3's text
for them (``-n -tt``, timestamps cut off), recorded once; with tcpdump
installed they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, udp4

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=42))


ICK, RCK = bytes(range(1, 9)), bytes(range(9, 17))


def pay(np: int, body: bytes, critical: int = 0) -> bytes:
    return struct.pack("!BBH", np, critical, 4 + len(body)) + body


def isakmp(np: int, payloads: bytes, version: int = 0x10, etype: int = 2, flags: int = 0,
           msgid: int = 0, rck: bytes = bytes(8), ick: bytes = ICK) -> bytes:
    return (ick + rck + struct.pack("!BBBBII", np, version, etype, flags, msgid,
                                    28 + len(payloads)) + payloads)


def attr_tv(t: int, v: int) -> bytes:
    return struct.pack("!HH", 0x8000 | t, v)


def attr_tlv(t: int, v: bytes) -> bytes:
    return struct.pack("!HH", t, len(v)) + v


OAKLEY = (attr_tv(1, 7) + attr_tv(14, 128) + attr_tv(2, 2) + attr_tv(3, 1) + attr_tv(4, 14)
          + attr_tv(11, 1) + attr_tlv(12, b"\x00\x01\x51\x80") + attr_tv(99, 5))
T1 = pay(3, struct.pack("!BBxx", 0, 1) + OAKLEY)
T2 = pay(0, struct.pack("!BBxx", 1, 1) + attr_tv(1, 5) + attr_tv(2, 1))
PROP = pay(0, struct.pack("!BBBB", 1, 1, 0, 2) + T1 + T2)
SA = struct.pack("!II", 1, 1) + PROP
ESP_T = pay(0, struct.pack("!BBxx", 1, 12) + attr_tv(1, 1) + attr_tlv(2, b"\x00\x00\x0e\x10")
            + attr_tv(4, 1) + attr_tv(5, 2) + attr_tv(6, 256))
AH_T = pay(0, struct.pack("!BBxx", 1, 3) + attr_tv(5, 2))
SA_Q = (struct.pack("!II", 1, 1) + pay(2, struct.pack("!BBBB", 1, 3, 4, 1) + b"\xca\xfe\xba\xbe"
                                       + ESP_T)
        + pay(0, struct.pack("!BBBB", 2, 2, 4, 1) + b"\x00\x00\x01\x00" + AH_T))
IDS = (pay(5, struct.pack("!BBH", 1, 17, 500) + bytes([10, 0, 0, 1]))
       + pay(5, struct.pack("!BBH", 2, 0, 0) + b"vpn.example.com")
       + pay(5, struct.pack("!BBH", 4, 6, 0) + bytes([10, 1, 0, 0, 255, 255, 0, 0]))
       + pay(5, struct.pack("!BBH", 7, 0, 0) + bytes([10, 1, 0, 1, 10, 1, 0, 9]))
       + pay(5, struct.pack("!BBH", 6, 0, 0) + bytes(15) + b"\x01" + b"\xff" * 8 + bytes(8))
       + pay(8, struct.pack("!BBH", 11, 0, 0) + b"key-1"))
MAIN2 = (pay(8, bytes(20)) + pay(9, bytes(16)) + pay(6, b"\x04" + bytes(10))
         + pay(7, b"\x04") + pay(13, bytes(16)) + pay(0, bytes(12)))
NOTIFY = (pay(11, struct.pack("!IBBH", 1, 1, 16, 24576) + ICK + RCK + attr_tv(11, 1)
              + attr_tlv(12, b"\x00\x00\x70\x80"))
          + pay(11, struct.pack("!IBBH", 1, 3, 4, 24577) + b"\x01\x02\x03\x04" + b"\x00\x00\x00\x01")
          + pay(11, struct.pack("!IBBH", 1, 1, 0, 14) + bytes(40))
          + pay(12, struct.pack("!IBBH", 2, 1, 0, 16384))
          + pay(0, struct.pack("!IBBH", 1, 3, 4, 2) + b"\x11\x22\x33\x44\x55\x66\x77\x88"))
V2_SA = pay(0, struct.pack("!BBBB", 1, 1, 0, 4)
            + pay(3, struct.pack("!BxH", 1, 12) + attr_tv(14, 128))
            + pay(3, struct.pack("!BxH", 2, 2)) + pay(3, struct.pack("!BxH", 3, 2))
            + pay(0, struct.pack("!BxH", 4, 14)))
V2 = (pay(34, V2_SA) + pay(40, struct.pack("!HH", 2, 0) + bytes(8)) + pay(41, bytes(16))
      + pay(35, struct.pack("!BBH", 1, 0, 16388) + bytes(20))
      + pay(43, struct.pack("!BBH", 0, 0, 16390) + bytes(8))
      + pay(36, struct.pack("!Bxxx", 2) + b"gw.example")
      + pay(39, struct.pack("!Bxxx", 1) + bytes([10, 0, 0, 2]))
      + pay(44, struct.pack("!Bxxx", 2) + bytes(12)) + pay(45, b"strongSwan-ikev2!")
      + pay(46, bytes(8)) + pay(0, bytes(8)))
V2_E = pay(0, bytes(32), critical=0x80)


def frame(payload: bytes, src: str = "10.0.0.1", dst: str = "10.0.0.2", port: int = 500) -> bytes:
    return ether(udp4(src, dst, port, port, payload))


def frames() -> list[bytes | tuple[bytes, int]]:
    first = frame(isakmp(1, pay(0, SA)))
    return [first, frame(isakmp(1, pay(0, SA), rck=RCK), "10.0.0.2", "10.0.0.1"),
            frame(isakmp(4, pay(10, bytes(128)) + pay(0, bytes(20)), rck=RCK)),
            frame(isakmp(5, IDS + pay(0, bytes(4)), rck=RCK, etype=4)),
            frame(isakmp(8, MAIN2, rck=RCK), "10.0.0.2", "10.0.0.1"),
            frame(isakmp(8, bytes(40), rck=RCK, etype=32, flags=1, msgid=7)),
            frame(isakmp(1, pay(0, SA_Q), rck=RCK, etype=32, msgid=9), "10.9.9.9", "10.0.0.1"),
            frame(isakmp(11, NOTIFY, etype=5, msgid=3, ick=bytes(8), rck=RCK)),
            frame(isakmp(33, V2, version=0x20, etype=34, flags=8)),
            frame(isakmp(46, V2_E, version=0x20, etype=35, flags=0x20, msgid=1)),
            frame(isakmp(0, b"", version=0x30)),
            frame(bytes(4) + isakmp(13, pay(0, bytes(16)), rck=RCK), port=4500),
            frame(isakmp(1, pay(0, SA))[:40]), frame(b"\x01\x02\x03"),
            *[(first, n) for n in (92, 62)]]


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident',
        'IP 10.0.0.2.500 > 10.0.0.1.500: isakmp: phase 1 R ident',
        'IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident',
        'IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I agg',
        'IP 10.0.0.2.500 > 10.0.0.1.500: isakmp: phase 1 R ident',
        'IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 2/others I oakley-quick[E]',
        'IP 10.9.9.9.500 > 10.0.0.1.500: isakmp: phase 2/others ? oakley-quick',
        'IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 2/others ? inf',
        'IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: parent_sa ikev2_init[I]',
        'IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: child_sa  ikev2_auth[R]',
        'IP 10.0.0.1.500 > 10.0.0.2.500: isakmp:',
        'IP 10.0.0.1.4500 > 10.0.0.2.4500: NONESP-encap: isakmp: phase 1 I ident',
        'IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident',
        'IP 10.0.0.1.500 > 10.0.0.2.500:  [|isakmp]',
        'IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident',
        'IP 10.0.0.1.500 > 10.0.0.2.500:  [|isakmp]',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.500 > 10.0.0.2.500: isakmp 1.0 msgid 00000000: phase 1 I ident:\n    (sa: doi=ipsec situation=identity\n        (p: #1 protoid=isakmp transform=2\n            (t: #0 id=ike (type=enc value=aes)(type=keylen value=0080)(type=hash value=sha1)(type=auth value=preshared)(type=group desc value=modp2048)(type=lifetype value=sec)(type=lifeduration len=4 value=00015180)(type=#99 value=0005))\n            (t: #1 id=ike (type=enc value=3des)(type=hash value=md5))))',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.2.500 > 10.0.0.1.500: isakmp 1.0 msgid 00000000: phase 1 R ident:\n    (sa: doi=ipsec situation=identity\n        (p: #1 protoid=isakmp transform=2\n            (t: #0 id=ike (type=enc value=aes)(type=keylen value=0080)(type=hash value=sha1)(type=auth value=preshared)(type=group desc value=modp2048)(type=lifetype value=sec)(type=lifeduration len=4 value=00015180)(type=#99 value=0005))\n            (t: #1 id=ike (type=enc value=3des)(type=hash value=md5))))',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 212)\n    10.0.0.1.500 > 10.0.0.2.500: isakmp 1.0 msgid 00000000: phase 1 I ident:\n    (ke: key len=128)\n    (nonce: n len=20)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 184)\n    10.0.0.1.500 > 10.0.0.2.500: isakmp 1.0 msgid 00000000: phase 1 I agg:\n    (id: idtype=IPv4 protoid=17 port=500 len=4 10.0.0.1)\n    (id: idtype=FQDN protoid=0 port=0 len=15 vpn.example.com)\n    (id: idtype=IPv4net protoid=6 port=0 len=8 10.1.0.0/255.255.0.0)\n    (id: idtype=IPv4range protoid=0 port=0 len=8 10.1.0.1-10.1.0.9)\n    (id: idtype=IPv6net protoid=0 port=0 len=32 ::1/0xffffffffffffffff0000000000000000)\n    (id: idtype=keyid protoid=0 port=0 len=5)\n    (hash: len=4)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.2.500 > 10.0.0.1.500: isakmp 1.0 msgid 00000000: phase 1 R ident:\n    (hash: len=20)\n    (hash: len=16)\n    (sig: len=11)\n    (cert: len=1 type=x509sign)\n    (cr: len=16 type=none)\n    (vid: len=12)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 96)\n    10.0.0.1.500 > 10.0.0.2.500: isakmp 1.0 msgid 00000007: phase 2/others I oakley-quick[E]: [encrypted hash]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.9.9.9.500 > 10.0.0.1.500: isakmp 1.0 msgid 00000009: phase 2/others ? oakley-quick:\n    (sa: doi=ipsec situation=identity\n        (p: #1 protoid=ipsec-esp transform=1 spi=cafebabe\n            (t: #1 id=aes (type=lifetype value=sec)(type=life len=4 value=00000e10)(type=enc mode value=tunnel)(type=auth value=hmac-sha1)(type=keylen value=0100)))\n        (p: #2 protoid=ipsec-ah transform=1 spi=00000100\n            (t: #1 id=sha (type=auth value=hmac-sha1))))',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 200)\n    10.0.0.1.500 > 10.0.0.2.500: isakmp 1.0 msgid 00000003: phase 2/others ? inf:\n    (n: doi=ipsec proto=isakmp type=RESPONDER-LIFETIME spi=0102030405060708090a0b0c0d0e0f10 attrs=((type=lifetype value=sec)(type=lifeduration len=4 value=00007080)))\n    (n: doi=ipsec proto=ipsec-esp type=REPLAY-STATUS spi=01020304 status=(replay detection enabled))\n    (n: doi=ipsec proto=isakmp type=NO-PROPOSAL-CHOSEN data=(00000000000000000000...0000001400000001030400021122334455667788))\n    (n: doi=2 proto=1 type=CONNECTED)\n    (d: doi=ipsec proto=ipsec-esp spilen=4 nspi=2 spi=11223344,55667788)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 279)\n    10.0.0.1.500 > 10.0.0.2.500: isakmp 2.0 msgid 00000000: parent_sa ikev2_init[I]:\n    (sa: len=44\n        (p: #1 protoid=isakmp transform=4 len=44\n            (t: #1 type=encr id=aes (type=keylen value=0080))\n            (t: #2 type=prf id=hmac-sha )\n            (t: #3 type=integ id=hmac-sha )\n            (t: #4 type=dh id=modp2048 )))\n    (v2ke: len=8 group=modp1024)\n    (nonce: len=16 data=(00000000000000000000...00000000000000000000000c0000000000000000))\n    (n: prot_id=isakmp type=16388(nat_detection_source_ip))\n    (v2IDi: len=12)\n    (v2vid: len=14 vid=....gw.example)\n    (v2IDr: len=8 ipv4:0a000002)\n    (v2auth: len=16 method=shared-secret data=(00000000000000000000...00000000000000000000000c0000000000000000))\n    (v2TSi: len=17)\n    (v2TSr: len=8)\n    (v2e: len=8)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 92)\n    10.0.0.1.500 > 10.0.0.2.500: isakmp 2.0 msgid 00000001: child_sa  ikev2_auth[R]:\n    (v2e[C]: len=32)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.1.500 > 10.0.0.2.500: isakmp 3.0 msgid 00000000:',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 80)\n    10.0.0.1.4500 > 10.0.0.2.4500: NONESP-encap: isakmp 1.0 msgid 00000000: phase 1 I ident:\n    (vid: len=16)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.500 > 10.0.0.2.500: isakmp 1.0 msgid 00000000: phase 1 I ident: [|sa] (len mismatch: isakmp 108/ip 40)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.1.500 > 10.0.0.2.500:  [|isakmp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.500 > 10.0.0.2.500: isakmp 1.0 msgid 00000000: phase 1 I ident: [|sa]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.500 > 10.0.0.2.500:  [|isakmp]',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.500 > 10.0.0.2.500: [udp sum ok] isakmp 1.0 msgid 00000000 cookie 0102030405060708->0000000000000000: phase 1 I ident:\n    (sa: doi=ipsec situation=identity\n        (p: #1 protoid=isakmp transform=2\n            (t: #0 id=ike (type=enc value=aes)(type=keylen value=0080)(type=hash value=sha1)(type=auth value=preshared)(type=group desc value=modp2048)(type=lifetype value=sec)(type=lifeduration len=4 value=00015180)(type=#99 value=0005))\n            (t: #1 id=ike (type=enc value=3des)(type=hash value=md5))))',
            1: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.2.500 > 10.0.0.1.500: [udp sum ok] isakmp 1.0 msgid 00000000 cookie 0102030405060708->090a0b0c0d0e0f10: phase 1 R ident:\n    (sa: doi=ipsec situation=identity\n        (p: #1 protoid=isakmp transform=2\n            (t: #0 id=ike (type=enc value=aes)(type=keylen value=0080)(type=hash value=sha1)(type=auth value=preshared)(type=group desc value=modp2048)(type=lifetype value=sec)(type=lifeduration len=4 value=00015180)(type=#99 value=0005))\n            (t: #1 id=ike (type=enc value=3des)(type=hash value=md5))))',
            2: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 212)\n    10.0.0.1.500 > 10.0.0.2.500: [udp sum ok] isakmp 1.0 msgid 00000000 cookie 0102030405060708->090a0b0c0d0e0f10: phase 1 I ident:\n    (ke: key len=128)\n    (nonce: n len=20  data=(00000000000000000000...00000000000000000000))',
            3: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 184)\n    10.0.0.1.500 > 10.0.0.2.500: [udp sum ok] isakmp 1.0 msgid 00000000 cookie 0102030405060708->090a0b0c0d0e0f10: phase 1 I agg:\n    (id: idtype=IPv4 protoid=17 port=500 len=4 10.0.0.1)\n    (id: idtype=FQDN protoid=0 port=0 len=15 vpn.example.com)\n    (id: idtype=IPv4net protoid=6 port=0 len=8 10.1.0.0/255.255.0.0)\n    (id: idtype=IPv4range protoid=0 port=0 len=8 10.1.0.1-10.1.0.9)\n    (id: idtype=IPv6net protoid=0 port=0 len=32 ::1/0xffffffffffffffff0000000000000000)\n    (id: idtype=keyid protoid=0 port=0 len=5)\n    (hash: len=4)',
            4: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 156)\n    10.0.0.2.500 > 10.0.0.1.500: [udp sum ok] isakmp 1.0 msgid 00000000 cookie 0102030405060708->090a0b0c0d0e0f10: phase 1 R ident:\n    (hash: len=20)\n    (hash: len=16)\n    (sig: len=11)\n    (cert: len=1 type=x509sign)\n    (cr: len=16 type=none)\n    (vid: len=12)',
            5: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 96)\n    10.0.0.1.500 > 10.0.0.2.500: [udp sum ok] isakmp 1.0 msgid 00000007 cookie 0102030405060708->090a0b0c0d0e0f10: phase 2/others I oakley-quick[E]: [encrypted hash]',
            6: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.9.9.9.500 > 10.0.0.1.500: [udp sum ok] isakmp 1.0 msgid 00000009 cookie 0102030405060708->090a0b0c0d0e0f10: phase 2/others ? oakley-quick:\n    (sa: doi=ipsec situation=identity\n        (p: #1 protoid=ipsec-esp transform=1 spi=cafebabe\n            (t: #1 id=aes (type=lifetype value=sec)(type=life len=4 value=00000e10)(type=enc mode value=tunnel)(type=auth value=hmac-sha1)(type=keylen value=0100)))\n        (p: #2 protoid=ipsec-ah transform=1 spi=00000100\n            (t: #1 id=sha (type=auth value=hmac-sha1))))',
            7: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 200)\n    10.0.0.1.500 > 10.0.0.2.500: [udp sum ok] isakmp 1.0 msgid 00000003 cookie 0000000000000000->090a0b0c0d0e0f10: phase 2/others ? inf:\n    (n: doi=ipsec proto=isakmp type=RESPONDER-LIFETIME spi=0102030405060708090a0b0c0d0e0f10 attrs=((type=lifetype value=sec)(type=lifeduration len=4 value=00007080)))\n    (n: doi=ipsec proto=ipsec-esp type=REPLAY-STATUS spi=01020304 status=(replay detection enabled))\n    (n: doi=ipsec proto=isakmp type=NO-PROPOSAL-CHOSEN data=(00000000000000000000...0000001400000001030400021122334455667788))\n    (n: doi=2 proto=1 type=CONNECTED)\n    (d: doi=ipsec proto=ipsec-esp spilen=4 nspi=2 spi=11223344,55667788)',
            8: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 279)\n    10.0.0.1.500 > 10.0.0.2.500: [udp sum ok] isakmp 2.0 msgid 00000000 cookie 0102030405060708->0000000000000000: parent_sa ikev2_init[I]:\n    (sa: len=44\n        (p: #1 protoid=isakmp transform=4 len=44\n            (t: #1 type=encr id=aes (type=keylen value=0080))\n            (t: #2 type=prf id=hmac-sha )\n            (t: #3 type=integ id=hmac-sha )\n            (t: #4 type=dh id=modp2048 )))\n    (v2ke: len=8 group=modp1024)\n    (nonce: len=16 nonce=(00000000000000000000000000000000) )\n    (n: prot_id=isakmp type=16388(nat_detection_source_ip))\n    (v2IDi: len=12)\n    (v2vid: len=14 vid=....gw.example)\n    (v2IDr: len=8 ipv4:0a000002)\n    (v2auth: len=16 method=shared-secret authdata=(000000000000000000000000) )\n    (v2TSi: len=17)\n    (v2TSr: len=8)\n    (v2e: len=8)',
            9: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 92)\n    10.0.0.1.500 > 10.0.0.2.500: [udp sum ok] isakmp 2.0 msgid 00000001 cookie 0102030405060708->0000000000000000: child_sa  ikev2_auth[R]:\n    (v2e[C]: len=32)',
            10: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.1.500 > 10.0.0.2.500: [udp sum ok] isakmp 3.0 msgid 00000000 cookie 0102030405060708->0000000000000000:',
            11: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 80)\n    10.0.0.1.4500 > 10.0.0.2.4500: [udp sum ok] NONESP-encap: isakmp 1.0 msgid 00000000 cookie 0102030405060708->090a0b0c0d0e0f10: phase 1 I ident:\n    (vid: len=16)',
            12: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.500 > 10.0.0.2.500: [udp sum ok] isakmp 1.0 msgid 00000000 cookie 0102030405060708->0000000000000000: phase 1 I ident: [|sa] (len mismatch: isakmp 108/ip 40)',
            13: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    10.0.0.1.500 > 10.0.0.2.500: [udp sum ok]  [|isakmp]',
            14: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 136)\n    10.0.0.1.500 > 10.0.0.2.500: isakmp 1.0 msgid 00000000 cookie 0102030405060708->0000000000000000: phase 1 I ident: [|sa]',
            },
}

