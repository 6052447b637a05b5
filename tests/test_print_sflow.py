"""sFlow printing (printer/sflow.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4 or IPv6, UDP port 6343, sFlow v5
datagrams with flow, counter and expanded samples, their records known and
unknown, a short datagram, another version and cut captures).  ``EXPECTED``
holds tcpdump 4.99.3's text for them (``-n -tt``, timestamps cut off),
recorded once; with tcpdump installed they are also compared live.
"""

from __future__ import annotations

import struct
from typing import Any

import printer_cases as cases
from app_payloads import ether, udp4, udp6

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=42))


A6 = bytes.fromhex("20010db8000000000000000000000001")
B6 = bytes.fromhex("20010db8000000000000000000000002")


def rec(fmt: int, body: bytes) -> bytes:
    return struct.pack("!II", fmt, len(body)) + body


def sample(stype: int, body: bytes) -> bytes:
    return struct.pack("!II", stype, len(body)) + body


def datagram(samples: list[bytes], v6: bool = False, version: int = 5) -> bytes:
    agent = A6 if v6 else bytes([192, 0, 2, 1])
    return (struct.pack("!II", version, 2 if v6 else 1) + agent
            + struct.pack("!IIII", 3, 1234, 987654, len(samples)) + b"".join(samples))


GENERIC = rec(1, struct.pack("!IIQIIQIIIIIIQIIIIII", 5, 6, 1000000000, 1, 3, 123456, 10, 20, 30, 0,
                             1, 2, 654321, 11, 21, 31, 4, 5, 2))
ETHERNET = rec(2, struct.pack("!13I", *range(13)))
VLAN = rec(5, struct.pack("!IQIIII", 100, 5000, 1, 2, 3, 4))
CPU = rec(1001, struct.pack("!IIIQQ", 5, 10, 15, 1 << 33, 1 << 32))
BASEVG = rec(4, struct.pack("!IQIQIIIIIQIQQQ", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14))
OTHER = rec((7 << 20) | 3, b"\x01\x02\x03\x04")
COUNTERS = sample(2, struct.pack("!IB3sI", 77, 0, b"\x00\x00\x05", 6) + GENERIC + ETHERNET + VLAN
                  + CPU + BASEVG + OTHER)
EXP_COUNTERS = sample(4, struct.pack("!IIII", 78, 0, 55, 2) + GENERIC + rec(3, b""))
RAW = rec(1, struct.pack("!IIII", 1, 64, 4, 8) + bytes(8))
SWITCH = rec(1001, struct.pack("!IIII", 10, 0, 20, 1))
EFRAME = rec(2, struct.pack("!I8s8sI", 1500, bytes(8), bytes(8), 0x800))
FLOWS = sample(1, struct.pack("!IB3sIIIIII", 5, 0, b"\x00\x00\x03", 512, 1000, 0, 3, 4, 5)
               + RAW + SWITCH + EFRAME + rec(1003, b"\x00" * 4) + rec(77, b"\xaa\xbb"))
EXP_FLOWS = sample(3, struct.pack("!11I", 6, 0, 9, 256, 2000, 1, 0, 3, 0, 4, 1) + SWITCH)
UNKNOWN = sample(9, b"\x01\x02\x03\x04")


def frame(payload: bytes, v6: bool = False) -> bytes:
    if v6:
        return ether(udp6(A6, B6, 40000, 6343, payload), 0x86DD)
    return ether(udp4("10.0.0.1", "10.0.0.2", 40000, 6343, payload))


def frames() -> list[bytes | tuple[bytes, int]]:
    whole = frame(datagram([COUNTERS, FLOWS]))
    return [whole, frame(datagram([EXP_COUNTERS, EXP_FLOWS, UNKNOWN])),
            frame(datagram([FLOWS], v6=True), v6=True), frame(datagram([], version=4)),
            frame(struct.pack("!II", 5, 1) + bytes(10)),
            frame(datagram([sample(1, struct.pack("!I", 1))])),
            (whole, len(whole) - 40), (whole, 42 + 30), (whole, 42 + 6)]


EXPECTED: dict[str, Any] = {
    '': [
        'IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, length 526',
        'IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, length 244',
        'IP6 2001:db8::1.40000 > 2001:db8::2.6343: sFlowv5, IPv6 agent 2001:db8::1, agent-id 3, length 190',
        'IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlow version 4 packet not supported',
        'IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5 [length 18 < 28] (invalid)',
        'IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, length 40',
        'IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, length 526',
        'IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, length 526',
        'IP 10.0.0.1.40000 > 10.0.0.2.6343:  [|sflow]',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 554)\n    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, seqnum 1234, uptime 987654, samples 2, length 526\n\tcounter sample (2), length 340, seqnum 77, type 0, idx 5, records 6\n\t    enterprise 0, Generic counter (1) length 88\n\t      ifindex 5, iftype 6, ifspeed 1000000000, ifdirection 1 (full-duplex)\n\t      ifstatus 3, adminstatus: up, operstatus: up\n\t      In octets 123456, unicast pkts 10, multicast pkts 20, broadcast pkts 30, discards 0\n\t      In errors 1, unknown protos 2\n\t      Out octets 654321, unicast pkts 11, multicast pkts 21, broadcast pkts 31, discards 4\n\t      Out errors 5, promisc mode 2\n\t    enterprise 0, Ethernet counter (2) length 52\n\t      align errors 0, fcs errors 1, single collision 2, multiple collision 3, test error 4\n\t      deferred 5, late collision 6, excessive collision 7, mac trans error 8\n\t      carrier error 9, frames too long 10, mac receive errors 11, symbol errors 12\n\t    enterprise 0, Vlan counter (5) length 28\n\t      vlan_id 100, octets 5000, unicast_pkt 1, multicast_pkt 2, broadcast_pkt 3, discards 4\n\t    enterprise 0, Processor counter (1001) length 28\n\t      5sec 5, 1min 10, 5min 15, total_mem 8589934592, total_mem 4294967296\n\t    enterprise 0, 100 BaseVG counter (4) length 80\n\t      in high prio frames 1, in high prio octets 2\n\t      in norm prio frames 3, in norm prio octets 4\n\t      in ipm errors 5, oversized 6, in data errors 7, null addressed frames 8\n\t      out high prio frames 9, out high prio octets 10, trans into frames 11\n\t      in hc high prio octets 12, in hc norm prio octets 13, out hc high prio octets 14\n\t    enterprise 7, Unknown (3) length 4\n\tflow sample (1), length 142, seqnum 5, type 0, idx 3, rate 512, pool 1000, drops 0, input 3 output 4 records 5\n\t    enterprise 0 Raw packet (1) length 24\n\t      protocol Ethernet (1), length 64, stripped bytes 4, header_size 8\n\t    enterprise 0 Extended Switch data (1001) length 16\n\t      src vlan 10, src pri 0, dst vlan 20, dst pri 1\n\t    enterprise 0 Ethernet frame (2) length 24\n\t      frame len 1500, type 2048\n\t    enterprise 0 Extended Gateway data (1003) length 4\n\t    enterprise 0 Unknown (77) length 2\n\t\t0x0000:  aabb',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 272)\n    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, seqnum 1234, uptime 987654, samples 3, length 244\n\texpanded counter sample (4), length 120, seqnum 78, type 0, idx 55, records 2\n\t    enterprise 0, Generic counter (1) length 88\n\t      ifindex 5, iftype 6, ifspeed 1000000000, ifdirection 1 (full-duplex)\n\t      ifstatus 3, adminstatus: up, operstatus: up\n\t      In octets 123456, unicast pkts 10, multicast pkts 20, broadcast pkts 30, discards 0\n\t      In errors 1, unknown protos 2\n\t      Out octets 654321, unicast pkts 11, multicast pkts 21, broadcast pkts 31, discards 4\n\t      Out errors 5, promisc mode 2\n\t    enterprise 0, Token ring counter (3) length 0\n\texpanded flow sample (3), length 68, seqnum 6, type 0, idx 9, rate 256, pool 2000, drops 1, records 1\n\t    enterprise 0 Extended Switch data (1001) length 16\n\t      src vlan 10, src pri 0, dst vlan 20, dst pri 1\n\tUnknown (9), length 4,\n\t    0x0000:  0102 0304',
        'IP6 (hlim 64, next-header UDP (17) payload length: 198) 2001:db8::1.40000 > 2001:db8::2.6343: [udp sum ok] sFlowv5, IPv6 agent 2001:db8::1, agent-id 3, seqnum 1234, uptime 987654, samples 1, length 190\n\tflow sample (1), length 142, seqnum 5, type 0, idx 3, rate 512, pool 1000, drops 0, input 3 output 4 records 5\n\t    enterprise 0 Raw packet (1) length 24\n\t      protocol Ethernet (1), length 64, stripped bytes 4, header_size 8\n\t    enterprise 0 Extended Switch data (1001) length 16\n\t      src vlan 10, src pri 0, dst vlan 20, dst pri 1\n\t    enterprise 0 Ethernet frame (2) length 24\n\t      frame len 1500, type 2048\n\t    enterprise 0 Extended Gateway data (1003) length 4\n\t    enterprise 0 Unknown (77) length 2\n\t\t0x0000:  aabb',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.1.40000 > 10.0.0.2.6343: sFlow version 4 packet not supported',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 46)\n    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5 [length 18 < 28] (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, seqnum 1234, uptime 987654, samples 1, length 40\n\tflow sample (1), length 4, (invalid)',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 554)\n    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, seqnum 1234, uptime 987654, samples 2, length 526\n\tcounter sample (2), length 340, seqnum 77, type 0, idx 5, records 6\n\t    enterprise 0, Generic counter (1) length 88\n\t      ifindex 5, iftype 6, ifspeed 1000000000, ifdirection 1 (full-duplex)\n\t      ifstatus 3, adminstatus: up, operstatus: up\n\t      In octets 123456, unicast pkts 10, multicast pkts 20, broadcast pkts 30, discards 0\n\t      In errors 1, unknown protos 2\n\t      Out octets 654321, unicast pkts 11, multicast pkts 21, broadcast pkts 31, discards 4\n\t      Out errors 5, promisc mode 2\n\t    enterprise 0, Ethernet counter (2) length 52\n\t      align errors 0, fcs errors 1, single collision 2, multiple collision 3, test error 4\n\t      deferred 5, late collision 6, excessive collision 7, mac trans error 8\n\t      carrier error 9, frames too long 10, mac receive errors 11, symbol errors 12\n\t    enterprise 0, Vlan counter (5) length 28\n\t      vlan_id 100, octets 5000, unicast_pkt 1, multicast_pkt 2, broadcast_pkt 3, discards 4\n\t    enterprise 0, Processor counter (1001) length 28\n\t      5sec 5, 1min 10, 5min 15, total_mem 8589934592, total_mem 4294967296\n\t    enterprise 0, 100 BaseVG counter (4) length 80\n\t      in high prio frames 1, in high prio octets 2\n\t      in norm prio frames 3, in norm prio octets 4\n\t      in ipm errors 5, oversized 6, in data errors 7, null addressed frames 8\n\t      out high prio frames 9, out high prio octets 10, trans into frames 11\n\t      in hc high prio octets 12, in hc norm prio octets 13, out hc high prio octets 14\n\t    enterprise 7, Unknown (3) length 4\n\tflow sample (1), length 142, [|sflow]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 554)\n    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, seqnum 1234, uptime 987654, samples 2, length 526 [|sflow]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 554)\n    10.0.0.1.40000 > 10.0.0.2.6343:  [|sflow]',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 554)\n    10.0.0.1.40000 > 10.0.0.2.6343: [udp sum ok] sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, seqnum 1234, uptime 987654, samples 2, length 526\n\tcounter sample (2), length 340, seqnum 77, type 0, idx 5, records 6\n\t    enterprise 0, Generic counter (1) length 88\n\t      ifindex 5, iftype 6, ifspeed 1000000000, ifdirection 1 (full-duplex)\n\t      ifstatus 3, adminstatus: up, operstatus: up\n\t      In octets 123456, unicast pkts 10, multicast pkts 20, broadcast pkts 30, discards 0\n\t      In errors 1, unknown protos 2\n\t      Out octets 654321, unicast pkts 11, multicast pkts 21, broadcast pkts 31, discards 4\n\t      Out errors 5, promisc mode 2\n\t    enterprise 0, Ethernet counter (2) length 52\n\t      align errors 0, fcs errors 1, single collision 2, multiple collision 3, test error 4\n\t      deferred 5, late collision 6, excessive collision 7, mac trans error 8\n\t      carrier error 9, frames too long 10, mac receive errors 11, symbol errors 12\n\t    enterprise 0, Vlan counter (5) length 28\n\t      vlan_id 100, octets 5000, unicast_pkt 1, multicast_pkt 2, broadcast_pkt 3, discards 4\n\t    enterprise 0, Processor counter (1001) length 28\n\t      5sec 5, 1min 10, 5min 15, total_mem 8589934592, total_mem 4294967296\n\t    enterprise 0, 100 BaseVG counter (4) length 80\n\t      in high prio frames 1, in high prio octets 2\n\t      in norm prio frames 3, in norm prio octets 4\n\t      in ipm errors 5, oversized 6, in data errors 7, null addressed frames 8\n\t      out high prio frames 9, out high prio octets 10, trans into frames 11\n\t      in hc high prio octets 12, in hc norm prio octets 13, out hc high prio octets 14\n\t    enterprise 7, Unknown (3) length 4\n\tflow sample (1), length 142, seqnum 5, type 0, idx 3, rate 512, pool 1000, drops 0, input 3 output 4 records 5\n\t    enterprise 0 Raw packet (1) length 24\n\t      protocol Ethernet (1), length 64, stripped bytes 4, header_size 8\n\t    enterprise 0 Extended Switch data (1001) length 16\n\t      src vlan 10, src pri 0, dst vlan 20, dst pri 1\n\t    enterprise 0 Ethernet frame (2) length 24\n\t      frame len 1500, type 2048\n\t    enterprise 0 Extended Gateway data (1003) length 4\n\t    enterprise 0 Unknown (77) length 2',
            1: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 272)\n    10.0.0.1.40000 > 10.0.0.2.6343: [udp sum ok] sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, seqnum 1234, uptime 987654, samples 3, length 244\n\texpanded counter sample (4), length 120, seqnum 78, type 0, idx 55, records 2\n\t    enterprise 0, Generic counter (1) length 88\n\t      ifindex 5, iftype 6, ifspeed 1000000000, ifdirection 1 (full-duplex)\n\t      ifstatus 3, adminstatus: up, operstatus: up\n\t      In octets 123456, unicast pkts 10, multicast pkts 20, broadcast pkts 30, discards 0\n\t      In errors 1, unknown protos 2\n\t      Out octets 654321, unicast pkts 11, multicast pkts 21, broadcast pkts 31, discards 4\n\t      Out errors 5, promisc mode 2\n\t    enterprise 0, Token ring counter (3) length 0\n\texpanded flow sample (3), length 68, seqnum 6, type 0, idx 9, rate 256, pool 2000, drops 1, records 1\n\t    enterprise 0 Extended Switch data (1001) length 16\n\t      src vlan 10, src pri 0, dst vlan 20, dst pri 1\n\tUnknown (9), length 4,',
            2: 'IP6 (hlim 64, next-header UDP (17) payload length: 198) 2001:db8::1.40000 > 2001:db8::2.6343: [udp sum ok] sFlowv5, IPv6 agent 2001:db8::1, agent-id 3, seqnum 1234, uptime 987654, samples 1, length 190\n\tflow sample (1), length 142, seqnum 5, type 0, idx 3, rate 512, pool 1000, drops 0, input 3 output 4 records 5\n\t    enterprise 0 Raw packet (1) length 24\n\t      protocol Ethernet (1), length 64, stripped bytes 4, header_size 8\n\t    enterprise 0 Extended Switch data (1001) length 16\n\t      src vlan 10, src pri 0, dst vlan 20, dst pri 1\n\t    enterprise 0 Ethernet frame (2) length 24\n\t      frame len 1500, type 2048\n\t    enterprise 0 Extended Gateway data (1003) length 4\n\t    enterprise 0 Unknown (77) length 2',
            3: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 56)\n    10.0.0.1.40000 > 10.0.0.2.6343: [udp sum ok] sFlow version 4 packet not supported',
            4: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 46)\n    10.0.0.1.40000 > 10.0.0.2.6343: [udp sum ok] sFlowv5 [length 18 < 28] (invalid)',
            5: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 68)\n    10.0.0.1.40000 > 10.0.0.2.6343: [udp sum ok] sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, seqnum 1234, uptime 987654, samples 1, length 40\n\tflow sample (1), length 4, (invalid)',
            },
}
