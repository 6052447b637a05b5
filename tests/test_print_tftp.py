"""TFTP printing (printer/tftp.py) against tcpdump 4.99.3.

The frames are built here (Ethernet, IPv4 and IPv6, UDP port 69 either way):
read and write requests with modes and options, escaped characters in a file
name, DATA and ACK blocks, ERRORs with known and unknown codes, option
acknowledgements with empty strings, an unknown opcode, packets ending
before a field or inside a string, and cut captures.  ``EXPECTED`` holds
tcpdump 4.99.3's text for them (``-n -tt``, timestamps cut off), recorded
once; with tcpdump installed they are also compared live.
"""

from __future__ import annotations

from typing import Any

import printer_cases as cases
from app_payloads import ether, udp4, udp6

test_matches_recorded_tcpdump, test_matches_live_tcpdump, test_damaged_messages_never_raise = (
    cases.protocol_tests(lambda: frames(), lambda: EXPECTED, start=40))

A6 = bytes.fromhex("20010db8000000000000000000000001")
B6 = bytes.fromhex("20010db8000000000000000000000002")


def frame(payload: bytes, sport: int = 44935, dport: int = 69, v6: bool = False) -> bytes:
    if v6:
        return ether(udp6(A6, B6, sport, dport, payload), 0x86DD)
    return ether(udp4("192.168.1.2", "192.168.1.1", sport, dport, payload))


def frames() -> list[bytes | tuple[bytes, int]]:
    rrq = frame(b"\x00\x01file1\x00octet\x00")
    wrq = frame(b"\x00\x02dir/f\xe9\x01 x\x00netascii\x00blksize\x00512\x00tsize\x000\x00")
    error = frame(b"\x00\x05\x00\x01File not found\x00", 69, 44935)
    return [
        rrq, wrq, frame(b"\x00\x01boot.img\x00octet\x00", v6=True),
        frame(b"\x00\x03\x00\x05" + b"x" * 20, 69, 44935), frame(b"\x00\x04\x00\x07"),
        error, frame(b"\x00\x05\x00\x09weird\x00", 69, 44935),
        frame(b"\x00\x05\x00\x00\x00", v6=True),
        frame(b"\x00\x06blksize\x001024\x00\x00\x00x\x00", 69, 44935),
        frame(b"\x00\x07abc"), frame(b"\x00\x00"), frame(b"\x00"), frame(b""),
        frame(b"\x00\x01"), frame(b"\x00\x01file"), frame(b"\x00\x01file\x00"),
        frame(b"\x00\x01file\x00oct"), frame(b"\x00\x02f\x00m\x00opt"), frame(b"\x00\x03\x00"),
        frame(b"\x00\x04"), frame(b"\x00\x05\x00\x01"), frame(b"\x00\x05\x00\x01abc"),
        frame(b"\x00\x05\x00"), frame(b"\x00\x06"), frame(b"\x00\x06\x00\x00\x00"),
        *[(rrq, n) for n in (42, 43, 44, 47, 50, 51, 53, 55)],
        *[(wrq, n) for n in (60, 68, 72)], (error, 47), (error, 50),
    ]


EXPECTED: dict[str, Any] = {
    '': [
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, RRQ "file1" octet',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 41, WRQ "dir/fM-i^A x" netascii blksize 512 tsize 0',
        'IP6 2001:db8::1.44935 > 2001:db8::2.69: TFTP, length 17, RRQ "boot.img" octet',
        'IP 192.168.1.2.69 > 192.168.1.1.44935: TFTP, length 24, DATA block 5',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 4, ACK block 7',
        'IP 192.168.1.2.69 > 192.168.1.1.44935: TFTP, length 19, ERROR ENOTFOUND "File not found"',
        'IP 192.168.1.2.69 > 192.168.1.1.44935: TFTP, length 10, ERROR tftp-err-#9 " "weird"',
        'IP6 2001:db8::1.44935 > 2001:db8::2.69: TFTP, length 5, ERROR EUNDEF ""',
        'IP 192.168.1.2.69 > 192.168.1.1.44935: TFTP, length 19, OACK blksize 1024 x',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 5, tftp-#7',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 2, tftp-#0',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 1 [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 0 [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 2, RRQ [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 6, RRQ "file" [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 7, RRQ "file" [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 10, RRQ "file" oct [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 9, WRQ "f" m opt [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 3, DATA [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 2, ACK [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 4, ERROR ENOTFOUND [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 7, ERROR ENOTFOUND "abc" [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 3, ERROR [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 2, OACK',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 5, OACK',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14 [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14 [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, RRQ "" [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, RRQ "fil" [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, RRQ "file1"  [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, RRQ "file1" o [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, RRQ "file1" oct [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, RRQ "file1" octet [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 41, WRQ "dir/fM-i^A x" netasc [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 41, WRQ "dir/fM-i^A x" netascii blksi [|tftp]',
        'IP 192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 41, WRQ "dir/fM-i^A x" netascii blksize 5 [|tftp]',
        'IP 192.168.1.2.69 > 192.168.1.1.44935: TFTP, length 19, ERROR ENOTFOUND "F" [|tftp]',
        'IP 192.168.1.2.69 > 192.168.1.1.44935: TFTP, length 19, ERROR ENOTFOUND "File" [|tftp]',
    ],
    '-v': [
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 42)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, RRQ "file1" octet',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 69)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 41, WRQ "dir/fM-i^A x" netascii blksize 512 tsize 0',
        'IP6 (hlim 64, next-header UDP (17) payload length: 25) 2001:db8::1.44935 > 2001:db8::2.69: [udp sum ok] TFTP, length 17, RRQ "boot.img" octet',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.1.2.69 > 192.168.1.1.44935: TFTP, length 24, DATA block 5',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 4, ACK block 7',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 47)\n    192.168.1.2.69 > 192.168.1.1.44935: TFTP, length 19, ERROR ENOTFOUND "File not found"',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 38)\n    192.168.1.2.69 > 192.168.1.1.44935: TFTP, length 10, ERROR tftp-err-#9 " "weird"',
        'IP6 (hlim 64, next-header UDP (17) payload length: 13) 2001:db8::1.44935 > 2001:db8::2.69: [udp sum ok] TFTP, length 5, ERROR EUNDEF ""',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 47)\n    192.168.1.2.69 > 192.168.1.1.44935: TFTP, length 19, OACK blksize 1024 x',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 5, tftp-#7',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 2, tftp-#0',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 29)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 1 [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 0 [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 2, RRQ [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 34)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 6, RRQ "file" [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 35)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 7, RRQ "file" [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 38)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 10, RRQ "file" oct [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 37)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 9, WRQ "f" m opt [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 3, DATA [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 2, ACK [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 4, ERROR ENOTFOUND [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 35)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 7, ERROR ENOTFOUND "abc" [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 3, ERROR [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 2, OACK',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 5, OACK',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 42)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14 [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 42)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14 [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 42)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, RRQ "" [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 42)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, RRQ "fil" [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 42)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, RRQ "file1"  [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 42)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, RRQ "file1" o [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 42)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, RRQ "file1" oct [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 42)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, RRQ "file1" octet [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 69)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 41, WRQ "dir/fM-i^A x" netasc [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 69)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 41, WRQ "dir/fM-i^A x" netascii blksi [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 69)\n    192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 41, WRQ "dir/fM-i^A x" netascii blksize 5 [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 47)\n    192.168.1.2.69 > 192.168.1.1.44935: TFTP, length 19, ERROR ENOTFOUND "F" [|tftp]',
        'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 47)\n    192.168.1.2.69 > 192.168.1.1.44935: TFTP, length 19, ERROR ENOTFOUND "File" [|tftp]',
    ],
    '-vv': {'like': '-v',
            0: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 42)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 14, RRQ "file1" octet',
            1: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 69)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 41, WRQ "dir/fM-i^A x" netascii blksize 512 tsize 0',
            3: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)\n    192.168.1.2.69 > 192.168.1.1.44935: [udp sum ok] TFTP, length 24, DATA block 5',
            4: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 4, ACK block 7',
            5: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 47)\n    192.168.1.2.69 > 192.168.1.1.44935: [udp sum ok] TFTP, length 19, ERROR ENOTFOUND "File not found"',
            6: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 38)\n    192.168.1.2.69 > 192.168.1.1.44935: [udp sum ok] TFTP, length 10, ERROR tftp-err-#9 " "weird"',
            8: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 47)\n    192.168.1.2.69 > 192.168.1.1.44935: [udp sum ok] TFTP, length 19, OACK blksize 1024 x',
            9: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 5, tftp-#7',
            10: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 2, tftp-#0',
            11: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 29)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 1 [|tftp]',
            12: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 28)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 0 [|tftp]',
            13: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 2, RRQ [|tftp]',
            14: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 34)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 6, RRQ "file" [|tftp]',
            15: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 35)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 7, RRQ "file" [|tftp]',
            16: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 38)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 10, RRQ "file" oct [|tftp]',
            17: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 37)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 9, WRQ "f" m opt [|tftp]',
            18: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 3, DATA [|tftp]',
            19: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 2, ACK [|tftp]',
            20: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 32)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 4, ERROR ENOTFOUND [|tftp]',
            21: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 35)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 7, ERROR ENOTFOUND "abc" [|tftp]',
            22: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 31)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 3, ERROR [|tftp]',
            23: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 30)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 2, OACK',
            24: 'IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 33)\n    192.168.1.2.44935 > 192.168.1.1.69: [udp sum ok] TFTP, length 5, OACK',
            },
}
