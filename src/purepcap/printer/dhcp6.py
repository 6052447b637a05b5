"""DHCPv6 (RFC 8415 and the option RFCs): UDP ports 546 and 547.

``dhcp6 <message type>``; with ``-v`` the transaction id (relay messages: the
link and peer addresses) and every option in parentheses: client and server
DUIDs, IA_NA/IA_TA/IA_PD with their addresses and prefixes, option request
lists, preference, elapsed time, relayed messages (printed whole, nested),
authentication, status codes, DNS/SIP/NTP servers and domain lists, lease
query options, AFTR name, time zones and MUD URL; other options by name or
number only.  A message or option the capture cuts ends its list with
`` [|dhcp6]``.

The record keeps the message header; the options are read by the formatter
from the captured bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._addr import ip6addr
from ._base import TRUNCATED, Context, Layer
from ._items import Short
from ._rtr import printable
from .dns import name_text

__all__ = ["Dhcp6Record", "decode_dhcp6", "format_dhcp6"]

TRUNC = " [|dhcp6]"
_MSGTYPES = {1: "solicit", 2: "advertise", 3: "request", 4: "confirm", 5: "renew", 6: "rebind",
             7: "reply", 8: "release", 9: "decline", 10: "reconfigure", 11: "inf-req",
             12: "relay-fwd", 13: "relay-reply", 14: "leasequery", 15: "leasequery-reply"}
_RELAY = (12, 13)
_OPTIONS = {int(code): name for code, name in (line.split(" ", 1) for line in """\
1 client-ID
2 server-ID
3 IA_NA
4 IA_TA
5 IA_ADDR
6 option-request
7 preference
8 elapsed-time
9 relay-message
11 authentication
12 server-unicast
13 status-code
14 rapid-commit
15 user-class
16 vendor-class
17 vendor-specific-info
18 interface-ID
19 reconfigure-message
20 reconfigure-accept
21 SIP-servers-domain
22 SIP-servers-address
23 DNS-server
24 DNS-search-list
25 IA_PD
26 IA_PD-prefix
31 SNTP-servers
32 lifetime
27 NIS-server
28 NIS+-server
29 NIS-domain-name
30 NIS+-domain-name
33 BCMCS-domain-name
34 BCMCS-server
36 Geoconf-Civic
37 Remote-ID
38 Subscriber-ID
39 Client-FQDN
40 PANA-agent
41 POSIX-timezone
42 POSIX-tz-database
43 Echo-request-option
44 Lease-query
45 LQ-client-data
46 Clt-time
47 LQ-relay-data
48 LQ-client-link
56 NTP-server
64 AFTR-Name
112 MUD-URL""".splitlines())}
_STATUS = ("Success", "UnspecFail", "NoAddrsAvail", "NoBinding", "NotOnLink", "UseMulticast",
           "NoPrefixAvail", "UnknownQueryType", "MalformedQuery", "NotConfigured", "NotAllowed")
# options that list IPv6 addresses, and those with one 32-bit number
_ADDRESS_LISTS = frozenset((22, 23, 31, 27, 28, 34, 40, 48))
_NUMBER32 = frozenset((32, 46))


def _opt_name(code: int) -> str:
    return _OPTIONS.get(code, f"opt_{code}")


@dataclass(slots=True)
class Dhcp6Record(Layer):
    """A DHCPv6 message's header; ``data`` holds the captured bytes."""

    proto = "dhcp6"

    data: bytes = field(default=b"", repr=False)
    length: int = 0
    msgtype: int = -1
    xid: int = -1               # client/server messages
    link_addr: str = ""         # relay messages
    peer_addr: str = ""


def decode_dhcp6(data: bytes, length: int, ctx: Context) -> Dhcp6Record:
    rec = Dhcp6Record(data=bytes(data), length=length)
    d = rec.data
    if len(d) < 4:
        rec.stop = TRUNCATED
        return rec
    rec.msgtype = d[0]
    if rec.msgtype not in _RELAY:
        rec.xid = int.from_bytes(d[1:4], "big")
    elif len(d) >= 34:
        rec.link_addr, rec.peer_addr = ip6addr(d[2:18]), ip6addr(d[18:34])
    return rec


def format_dhcp6(rec: Dhcp6Record, ctx: Context) -> str:
    f = _Fmt(rec.data, ctx.opts.verbose)
    try:
        f.message(0, rec.length)
    except (Short, ValueError, IndexError, RecursionError):
        f.out.append(TRUNC)
    return "".join(f.out)


class _Fmt:
    """The options' text; ``end`` is tcpdump's snapend (a relayed message's end
    while it prints that message)."""

    def __init__(self, data: bytes, verbose: int) -> None:
        self.d = data
        self.end = len(data)
        self.v = verbose
        self.out: list[str] = []

    def u(self, off: int, k: int) -> int:
        if off < 0 or off + k > self.end:
            raise Short
        return int.from_bytes(self.d[off:off + k], "big")

    def hexbytes(self, off: int, k: int) -> str:
        if k > 0 and (off < 0 or off + k > self.end):
            raise Short
        return self.d[off:off + max(k, 0)].hex()

    def ip6(self, off: int) -> str:
        if off < 0 or off + 16 > self.end:
            raise Short
        return ip6addr(self.d[off:off + 16])

    def message(self, cp: int, length: int) -> None:
        put = self.out.append
        put("dhcp6")
        ep = min(self.end, cp + length)
        if cp + 4 > self.end:
            put(TRUNC)
            return
        msgtype = self.d[cp]
        name = _MSGTYPES.get(msgtype, f"msgtype-{msgtype}")
        if not self.v:
            put(f" {name}")
            return
        put(f" {name} (")
        if msgtype not in _RELAY:
            put(f"xid={self.u(cp, 4) & 0xFFFFFF:x}")
            self.options(cp + 4, ep)
        else:
            put(f"linkaddr={self.ip6(cp + 2)}")
            put(f" peeraddr={self.ip6(cp + 18)}")
            self.options(cp + 34, ep)
        put(")")

    def options(self, cp: int, ep: int) -> None:
        """dhcp6opt_print: the options from ``cp`` to ``ep``."""
        while cp < ep:
            if ep < cp + 4 or cp + 4 > self.end:
                self.out.append(TRUNC)
                return
            optlen = self.u(cp + 2, 2)
            if ep < cp + 4 + optlen:
                self.out.append(TRUNC)
                return
            code = self.u(cp, 2)
            self.out.append(f" ({_opt_name(code)}")
            if cp + 4 + optlen > self.end:
                self.out.append(TRUNC)
                return
            if not self.option(code, cp + 4, optlen):
                self.out.append(TRUNC)
                return
            cp += 4 + optlen

    def option(self, code: int, tp: int, optlen: int) -> bool:
        """One option's value and closing parenthesis; False where tcpdump gives up."""
        put = self.out.append
        u = self.u
        bad = {3: 12, 25: 12, 4: 4, 5: 24, 26: 25, 11: 11, 37: 4, 44: 17, 47: 16, 56: 4, 64: 3,
               41: 5, 42: 5, 112: 5, 13: 2}
        exact = {7: 1, 8: 2, 19: 1, 32: 4, 46: 4}
        if ((code in bad and optlen < bad[code]) or (code in exact and optlen != exact[code])
                or (code in (6, 43) and optlen % 2) or (code in _ADDRESS_LISTS and optlen % 16)):
            put(" ?)")
            return True
        if code in (1, 2):
            put(self.duid(tp, optlen))
        elif code == 5:
            put(f" {self.ip6(tp)} pltime:{u(tp + 16, 4)} vltime:{u(tp + 20, 4)}")
            self.sub_options(tp, optlen, 24)
        elif code in (6, 43):
            put("".join(f" {_opt_name(u(tp + i, 2))}" for i in range(0, optlen, 2)) + ")")
        elif code in (7, 19):
            v = u(tp, 1)
            if code == 7:
                put(f" {v})")
            else:
                put({5: " for renew)", 11: " for inf-req)"}.get(v, f" for ???({v:02x}))"))
        elif code == 8:
            put(f" {u(tp, 2)})")
        elif code in _NUMBER32:
            put(f" {u(tp, 4)})")
        elif code == 9:
            put(" (")
            saved = self.end
            self.end = min(tp + optlen, self.end)
            try:
                self.message(tp, optlen)
            finally:
                self.end = saved
            put(")")
        elif code == 11:
            self.auth(tp, optlen)
        elif code in (14, 20):
            put(")")
        elif code in (18, 38):
            put(f" {self.hexbytes(tp, min(optlen, 10))}...)")
        elif code in _ADDRESS_LISTS:
            put("".join(f" {self.ip6(tp + i)}" for i in range(0, optlen, 16)) + ")")
        elif code in (21, 24):
            end = tp + optlen
            while tp < end:
                put(" ")
                text, tp = name_text(self.d[:self.end], tp, end)
                put(text)
                if tp < 0:
                    return False
            put(")")
        elif code == 13:
            st = u(tp, 2)
            put(f" {'INVALID code' if st > 255 else _STATUS[st] if st < len(_STATUS) else f'code{st}'})")
        elif code in (3, 25):
            put(f" IAID:{u(tp, 4)} T1:{u(tp + 4, 4)} T2:{u(tp + 8, 4)}")
            self.sub_options(tp, optlen, 12)
        elif code == 4:
            put(f" IAID:{u(tp, 4)}")
            self.sub_options(tp, optlen, 4)
        elif code == 26:
            put(f" {self.ip6(tp + 9)}/{u(tp + 8, 1)}")
            put(f" pltime:{u(tp, 4)} vltime:{u(tp + 4, 4)}")
            self.sub_options(tp, optlen, 25)
        elif code == 37:
            put(f" {u(tp, 4)} {self.hexbytes(tp + 4, min(optlen, 14) - 4)}...)")
        elif code == 44:
            kind = u(tp, 1)
            put({1: " by-address", 2: " by-clientID"}.get(kind, f" type_{kind}"))
            put(f" {self.ip6(tp + 1)}")
            self.sub_options(tp, optlen, 17)
        elif code == 45:
            self.sub_options(tp, optlen, 0)
        elif code == 47:
            put(f" {self.ip6(tp)} {self.hexbytes(tp + 16, min(optlen, 26) - 16)}...)")
        elif code == 56:
            return self.ntp_server(tp, optlen)
        elif code == 64:
            self.aftr_name(tp, optlen)
        elif code in (41, 42, 112):
            put(" " + self.printjnp(tp, optlen) + ")")
        else:
            put(")")
        return True

    def sub_options(self, tp: int, optlen: int, fixed: int) -> None:
        if optlen > fixed:
            self.options(tp + fixed, tp + optlen)
        self.out.append(")")

    def duid(self, tp: int, optlen: int) -> str:
        if optlen < 2:
            return " ?)"
        kind = self.u(tp, 2)
        if kind == 1:
            if optlen < 8:
                return " ?)"
            return (f" hwaddr/time type {self.u(tp + 2, 2)} time {self.u(tp + 4, 4)} "
                    f"{self.hexbytes(tp + 8, optlen - 8)})")
        if kind == 2:
            return f" vid {self.hexbytes(tp + 2, 8)})" if optlen >= 10 else " ?)"
        if kind == 3:
            if optlen < 4:
                return " ?)"
            return f" hwaddr type {self.u(tp + 2, 2)} {self.hexbytes(tp + 4, optlen - 4)})"
        return f" type {kind})"

    def auth(self, tp: int, optlen: int) -> None:
        put = self.out.append
        u = self.u
        proto, alg, rdm = u(tp, 1), u(tp + 1, 1), u(tp + 2, 1)
        put({2: " proto: delayed", 3: " proto: reconfigure"}.get(proto, f" proto: {proto}"))
        put(", alg: HMAC-MD5" if alg == 1 else f", alg: {alg}")
        put(", RDM: mono" if rdm == 0 else f", RDM: {rdm}")
        put(", RD:" + "".join(f" {u(tp + 3 + 2 * i, 2):04x}" for i in range(4)))
        tp += 11
        info = optlen - 11
        if proto == 2:
            if info:
                if info < 20:
                    put(" ??")
                else:
                    realm = info - 20
                    if realm > 0:
                        put(", realm: ")
                    put(self.hexbytes(tp, realm))
                    tp += realm
                    put(f", key ID: {u(tp, 4):08x}")
                    put(", HMAC-MD5:" + "".join(f" {u(tp + 4 + 4 * i, 4):08x}" for i in range(4)))
        elif proto == 3:
            if info != 17:
                put(" ??")
            else:
                put({1: " reconfig-key", 2: " type: HMAC-MD5"}.get(u(tp, 1), " type: ??"))
                put(" value:" + "".join(f" {u(tp + 1 + 4 * i, 4):08x}" for i in range(4)))
        else:
            put(" ??")
        put(")")

    def ntp_server(self, tp: int, optlen: int) -> bool:
        put = self.out.append
        end = tp + optlen
        while tp < end - 4:
            code, slen = self.u(tp, 2), self.u(tp + 2, 2)
            tp += 4
            if tp + slen > end:
                return False
            put(f" subopt:{code}")
            if code in (1, 2):
                put(f" {self.ip6(tp)}" if slen == 16 else " ?")
            elif code == 3:
                put(" ")
                text, nxt = name_text(self.d[:self.end], tp, tp + slen)
                put(text)
                if nxt < 0:
                    return False
            else:
                put(" ?")
            tp += slen
        put(")")
        return True

    def aftr_name(self, tp: int, optlen: int) -> None:
        put = self.out.append
        remain = optlen
        put(" ")
        while remain and self.u(tp, 1):
            label = self.u(tp, 1)
            tp += 1
            if label < remain - 1:
                put(self.printjnp(tp, label))
                tp += label
                remain -= label + 1
                if self.u(tp, 1):
                    put(".")
            else:
                put(" ?")
                break
        put(")")

    def printjnp(self, off: int, k: int) -> str:
        """nd_printjnp: up to ``k`` octets, stopping at a NUL; past the capture, Short."""
        chunk = self.d[off:min(off + k, self.end)]
        nul = chunk.find(b"\0")
        if nul >= 0:
            return printable(chunk[:nul])
        if off + k > self.end:
            self.out.append(printable(chunk))
            raise Short
        return printable(chunk)
