"""Sun RPC (ONC RPC, RFC 5531): the message layer under NFS.

tcpdump 4.99.3 decodes RPC messages in everyday captures only as NFS (see
:mod:`.nfs`): calls sent to port 2049 and replies sent from it, over UDP, and
over TCP after the record-marking word.  This module holds what is RPC's
rather than NFS's:

* the layout of a message: ``xid``, the direction (0 call, 1 reply), and for
  a call the RPC version, program, version, procedure, then the credentials
  and the verifier (each a flavor and an opaque body) before the arguments;
  for a reply the reply status, and for an accepted reply the verifier and the
  accept status before the results;
* tcpdump's wording of a reply's status: ``reply ok N``, ``reply ERR N: ...``
  (``RPC Version mismatch (LOW-HIGH)``, ``Auth <why>``), ``reply Unknown rpc
  response code=S N``, and of a non-successful accept status
  (``PROG_UNAVAIL``, ``GARBAGE_ARGS`` ..., ``ar_stat N``);
* the table of recent calls tcpdump keeps to interpret a reply by the
  procedure of its call: 64 entries in a ring, each the call's xid, the client
  and server addresses (IPv4 or IPv6) and the procedure and program version;
  a reply is matched by its xid and the reversed addresses (not the ports),
  searching the ring from the entry last matched.  It lives in
  ``ctx.state["nfs"]``, and a call enters it when it is decoded (text or
  records), like every call tcpdump prints.

tcpdump's portmapper printer (calls to port 111: ``getport``, ``set`` ...) runs
only for ``-T rpc``, which purepcap does not offer: without it, RPC to and
from port 111 prints as any UDP datagram or TCP segment, as tcpdump prints it.

The offsets here are those of the message's bytes (from the xid on); a
reader raises :class:`Short` when the captured bytes end first (tcpdump's
truncation, ``" [|nfs]"``).
"""

from __future__ import annotations

import struct

from ._base import Context

__all__ = ["CALL", "REPLY", "Short", "Reader", "XidMap", "xid_map",
           "call_args_offset", "reply_results_offset", "reply_status_text",
           "ACCEPT_STATUS", "AUTH_STATUS", "HEADER_LEN", "MSG_VERSION", "STATE_KEY"]

CALL, REPLY = 0, 1
MSG_VERSION = 2
HEADER_LEN = 24            # xid, direction, rpcvers, prog, vers, proc
STATE_KEY = "nfs"
XIDMAP_SIZE = 64

_U32 = struct.Struct(">I")
_U64 = struct.Struct(">Q")

ACCEPT_STATUS = {1: "PROG_UNAVAIL", 2: "PROG_MISMATCH", 3: "PROC_UNAVAIL",
                 4: "GARBAGE_ARGS", 5: "SYSTEM_ERR"}
AUTH_STATUS = {0: "OK", 1: "Bogus Credentials (seal broken)",
               2: "Rejected Credentials (client should begin new session)",
               3: "Bogus Verifier (seal broken)", 4: "Verifier expired or was replayed",
               5: "Credentials are too weak", 6: "Bogus response verifier",
               7: "Unknown failure"}


class Short(Exception):
    """A field lies past the captured bytes: tcpdump gives up on the packet there
    (its truncation mark ends the text; its hex dump, ``-x``, then starts at the
    link layer)."""


class Reader:
    """Big-endian fields of a message's captured bytes, by offset."""

    __slots__ = ("d", "n")

    def __init__(self, d: bytes) -> None:
        self.d = d
        self.n = len(d)

    def has(self, off: int, size: int) -> bool:
        """Whether ``size`` bytes from ``off`` were captured."""
        return 0 <= off and off + size <= self.n

    def u32(self, off: int) -> int:
        if off < 0 or off + 4 > self.n:
            raise Short
        return int(_U32.unpack_from(self.d, off)[0])

    def s32(self, off: int) -> int:
        v = self.u32(off)
        return v - (1 << 32) if v & 0x80000000 else v

    def u64(self, off: int) -> int:
        if off < 0 or off + 8 > self.n:
            raise Short
        return int(_U64.unpack_from(self.d, off)[0])


def _opaque_skip(length: int) -> int:
    """Bytes an opaque auth of body ``length`` takes (flavor, length, padded body)."""
    return ((length + 11) // 4) * 4


def call_args_offset(r: Reader, length: int) -> int | None:
    """Where a call's arguments start, past the credentials and the verifier, as
    tcpdump finds it; None where tcpdump gives up (its truncation), the message
    ``length`` too short for them, or their bodies not captured."""
    if length < 8:
        return None
    n = r.u32(28)
    rounded = (n + 3) & 0xFFFFFFFC         # tcpdump's 32-bit round-up
    if not r.has(32, rounded) or 8 + rounded > length:
        return None
    dp = 24 + _opaque_skip(n)
    length -= 8 + rounded
    if length < 8:
        return None
    n = r.u32(dp + 4)
    rounded = (n + 3) & 0xFFFFFFFC
    if not r.has(dp + 8, rounded) or 8 + rounded >= length:
        return None
    return dp + _opaque_skip(n)


def reply_results_offset(r: Reader, length: int, out: list[str]) -> tuple[int | None, bool]:
    """Where an accepted reply's results start (past the verifier and the accept
    status), and whether the status was an error (its name written to ``out``;
    tcpdump then prints no truncation mark)."""
    n = r.u32(16)
    if n >= length:
        return None, False
    dp = 12 + _opaque_skip(n)
    status = r.u32(dp)
    if status != 0:
        out.append(" " + ACCEPT_STATUS.get(status, f"ar_stat {status}"))
        return None, True
    return dp + 4, False


def reply_status_text(r: Reader, length: int) -> tuple[str, bool, bool]:
    """tcpdump's text of a reply's status after ``xid N ``, whether the reply was
    accepted (then the procedure's results may follow), and whether the capture
    ended before a status field (tcpdump then ends the text with its truncation
    mark, without giving up on the packet as a whole)."""
    if not r.has(8, 4):
        return "", False, True
    stat = r.u32(8)
    if stat == 0:
        return f"reply ok {length}", True, False
    if stat == 1:
        head = f"reply ERR {length}: "
        if not r.has(12, 4):
            return head, False, True
        why = r.u32(12)
        if why == 0:
            if not r.has(20, 4):
                return head, False, True
            return f"{head}RPC Version mismatch ({r.u32(16)}-{r.u32(20)})", False, False
        if why == 1:
            if not r.has(16, 4):
                return head, False, True
            auth = r.u32(16)
            text = head + "Auth " + AUTH_STATUS.get(auth, f"Invalid failure code {auth}")
            return text, False, False
        return f"{head}Unknown reason for rejecting rpc message {why}", False, False
    return f"reply Unknown rpc response code={stat} {length}", False, False


# --- the table of recent calls ----------------------------------------------------------

class XidMap:
    """tcpdump's ring of the last 64 calls: ``(xid, ip version, client, server,
    procedure, version)`` entries; new ones overwrite the oldest."""

    __slots__ = ("entries", "next", "hint")

    def __init__(self) -> None:
        self.entries: list[tuple[int, int, bytes, bytes, int, int] | None] = [None] * XIDMAP_SIZE
        self.next = 0
        self.hint = 0

    def __getstate__(self) -> tuple[list[tuple[int, int, bytes, bytes, int, int] | None], int, int]:
        return (list(self.entries), self.next, self.hint)

    def __setstate__(self, st: tuple[list[tuple[int, int, bytes, bytes, int, int] | None],
                                     int, int]) -> None:
        self.entries, self.next, self.hint = list(st[0]), st[1], st[2]

    def enter(self, xid: int, ipver: int, client: bytes, server: bytes, proc: int,
              vers: int) -> None:
        self.entries[self.next] = (xid, ipver, bytes(client), bytes(server), proc, vers)
        self.next = (self.next + 1) % XIDMAP_SIZE

    def find(self, xid: int, ipver: int, src: bytes, dst: bytes) -> tuple[int, int] | None:
        """The (procedure, version) of the call a reply from ``src`` to ``dst``
        answers, searching from the entry last found."""
        i = self.hint
        while True:
            e = self.entries[i]
            if e is not None and e[1] == ipver and e[0] == xid and e[3] == src \
                    and e[2] == dst:
                self.hint = i
                return e[4], e[5]
            i = (i + 1) % XIDMAP_SIZE
            if i == self.hint:
                return None


def xid_map(ctx: Context) -> XidMap:
    """The capture's table of recent calls (made on first use)."""
    table = ctx.state.get(STATE_KEY)
    if not isinstance(table, XidMap):
        table = ctx.state[STATE_KEY] = XidMap()
    return table

