"""Rx, the RPC protocol of AFS, and the AFS services' calls: UDP ports 7000-7009.

tcpdump 4.99.3 writes, after the UDP ports, ``" rx TYPE"`` (with ``-v`` the
sequence and serial numbers, with ``-vv`` the connection and call numbers
and the flags), then for the first data packet of a call sent by a client to
a service port (7000 file server, 7001 callback, 7002 protection, 7003 volume
location, 7004 authentication, 7005 volume, 7007 basic overseer) the
service, ``call``, the operation's name and its arguments; for the first
data packet of the reply (or an abort) it finds the call again by call
number, addresses and ports, among the last 64 calls it saw, and prints
``reply`` and the operation with some of the results; for acknowledgements
the acknowledged packets.  It ends with the payload length ``" (N)"``.

As observed: arguments the capture lacks end the text with ``" [|rx]"``
(and no length); a few (file ids, fixed-size name vectors) end it with the
service's marker (``" [|fs]"``) before the length.

The call cache lives in ``ctx.state["rx"]`` (64 entries, like tcpdump's).
Only some operations' arguments are decoded (those of the file server, the
callback, protection and volume location services and some volume server
calls, and Ubik's); the others print their name only.
"""

from __future__ import annotations

import struct
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from ._base import TRUNCATED, Context, Layer
from ._rtr import char, never_raising

__all__ = ["Rx", "decode_rx", "format_rx"]

_HDR = struct.Struct(">IIIIIBBBBHH")
_U32 = struct.Struct(">I")
_S32 = struct.Struct(">i")
_U64 = struct.Struct(">Q")
HDR_LEN = 28

TYPES = {1: "data", 2: "ack", 3: "busy", 4: "abort", 5: "ackall", 6: "challenge",
         7: "response", 8: "debug", 9: "params", 13: "version"}
# (bit, packet type it applies to or 0, name)
FLAGS = ((1, 0, "client-init"), (2, 0, "req-ack"), (4, 0, "last-pckt"), (8, 0, "more-pckts"),
         (16, 0, "free-pckt"), (32, 2, "slow-start"), (32, 1, "jumbogram"))
ACK_REASONS = {1: "ack requested", 2: "duplicate packet", 3: "out of sequence",
               4: "exceeds window", 5: "no buffer space", 6: "ping", 7: "ping response",
               8: "delay", 9: "idle"}


def _names(first: int, names: str) -> dict[int, str]:
    return {first + i: n for i, n in enumerate(names.split()) if n != "-"}


FS_OPS = _names(130, "fetch-data fetch-acl fetch-status store-data store-acl store-status "
                "remove-file create-file rename symlink link makedir rmdir oldsetlock oldextlock "
                "oldrellock get-stats give-cbs get-vlinfo get-vlstats set-vlstats get-rootvl "
                "check-token get-time nget-vlinfo bulk-stat setlock extlock rellock xstat-ver "
                "get-xstat dfs-lookup dfs-flushcps dfs-symlink")
FS_OPS.update({220: "residency", 65536: "inline-bulk-status", 65537: "fetch-data-64",
               65538: "store-data-64", 65539: "give-up-all-cbs", 65540: "get-caps",
               65541: "cb-rx-conn-addr"})
CB_OPS = _names(204, "callback initcb probe getlock getce xstatver getxstat initcb2 whoareyou "
                "initcb3 probeuuid getsrvprefs getcellservdb getlocalcell getcacheconf")
CB_OPS.update({65536: "getce64", 65537: "getcellbynum", 65538: "tellmeaboutyourself"})
PT_OPS = _names(500, "new-user where-is-it dump-entry add-to-group name-to-id id-to-name delete "
                "remove-from-group get-cps new-entry list-max set-max list-entry change-entry "
                "list-elements same-mbr-of set-fld-sentry list-owned get-cps2 get-host-cps "
                "update-entry list-entries")
PT_OPS[530] = "list-super-groups"
VLDB_OPS = _names(501, "create-entry delete-entry get-entry-by-id get-entry-by-name "
                  "get-new-volume-id replace-entry update-entry setlock releaselock list-entry "
                  "list-attrib linked-list get-stats probe get-addrs change-addr create-entry-n "
                  "get-entry-by-id-n get-entry-by-name-n replace-entry-n list-entry-n "
                  "list-attrib-n linked-list-n update-entry-by-name create-entry-u "
                  "get-entry-by-id-u get-entry-by-name-u replace-entry-u list-entry-u "
                  "list-attrib-u linked-list-u regaddr get-addrs-u list-attrib-n2")
KAUTH_OPS = {1: "auth-old", 21: "authenticate", 22: "authenticate-v2", 2: "change-pw",
             3: "get-ticket-old", 23: "get-ticket", 4: "set-pw", 5: "set-fields",
             6: "create-user", 7: "delete-user", 8: "get-entry", 9: "list-entry",
             10: "get-stats", 11: "debug", 12: "get-pw", 13: "get-random-key", 14: "unlock",
             15: "lock-status"}
VOL_OPS = _names(100, "create-volume delete-volume restore forward end-trans clone set-flags "
                 "get-flags trans-create dump get-nth-volume set-forwarding get-name get-status "
                 "sig-restore list-partitions list-volumes set-id-types monitor partition-info "
                 "reclone list-one-volume nuke set-date x-list-volumes x-list-one-volume "
                 "set-info x-list-partitions forward-multiple")
VOL_OPS.update({65536: "convert-ro", 65537: "get-size", 65538: "dump-v2"})
BOS_OPS = _names(80, "create-bnode delete-bnode set-status get-status enumerate-instance "
                 "get-instance-info get-instance-parm add-superuser delete-superuser "
                 "list-superusers list-keys add-key delete-key set-cell-name get-cell-name "
                 "get-cell-host add-cell-host delete-cell-host set-t-status shutdown-all "
                 "restart-all startup-all set-noauth-flag re-bozo restart start-bozo-install "
                 "uninstall get-dates exec prune set-restart-time get-restart-time "
                 "start-bozo-log wait-all get-instance-strings get-restricted set-restricted")
UBIK_OPS = _names(10000, "vote-beacon vote-debug-old vote-sdebug-old vote-getsyncsite "
                  "vote-debug vote-sdebug vote-xdebug vote-xsdebug")
UBIK_OPS.update(_names(20000, "disk-begin disk-commit disk-lock disk-write disk-getversion "
                       "disk-getfile disk-sendfile disk-abort disk-releaselocks disk-truncate "
                       "disk-probe disk-writev disk-interfaceaddr disk-setversion"))
FS_ERRORS = {101: "salvage volume", 102: "no such vnode", 103: "no such volume",
             104: "volume exist", 105: "no service", 106: "volume offline",
             107: "voline online", 108: "diskfull", 109: "diskquota exceeded",
             110: "volume busy", 111: "volume moved", 112: "AFS IO error",
             -100: "restarting fileserver"}
VOLTYPES = ("read-write", "read-only", "backup")

AFSNAMEMAX, PRNAMEMAX, VLNAMEMAX = 256, 64, 65
CACHE_SIZE = 64


class _Short(Exception):
    """A read went past the captured bytes: tcpdump's " [|rx]", no length."""


class _Trunc(Exception):
    """A bounds check of a service printer failed: its marker, then the length."""


@dataclass(slots=True)
class Rx(Layer, proto="rx"):
    length: int = 0                 # the UDP payload's length
    type: int = -1
    flags: int = 0
    epoch: int = 0
    cid: int = 0
    call: int = 0
    seq: int = 0
    serial: int = 0
    security_index: int = 0
    service_id: int = 0
    data: bytes = b""               # the captured payload (for the service printers)
    text: str = ""                  # the service part, made at decoding (the call cache
                                    # must see the packets in order)


class _Cur:
    __slots__ = ("d", "p")

    def __init__(self, d: bytes, p: int) -> None:
        self.d = d
        self.p = p

    def _take(self, st: struct.Struct) -> int:
        """The next field, in ``st``'s layout; _Short when the capture ends first."""
        p = self.p
        if p + st.size > len(self.d):
            raise _Short
        self.p = p + st.size
        return int(st.unpack_from(self.d, p)[0])

    def u32(self) -> int:
        return self._take(_U32)

    def s32(self) -> int:
        return self._take(_S32)

    def u64(self) -> int:
        return self._take(_U64)

    def check(self, n: int) -> None:
        if self.p + n > len(self.d):
            raise _Trunc


# --- argument printers (tcpdump's macros) -----------------------------------------------
# each writes ``label`` (a field's name, " offset") first, then reads: a short capture
# leaves the label printed, as tcpdump does

def _fid(c: _Cur, w: Callable[[str], None], label: str = "") -> None:
    w(label)
    c.check(12)
    w(f" fid {c.u32()}/{c.u32()}/{c.u32()}")


def _str(c: _Cur, w: Callable[[str], None], maximum: int) -> None:
    n = c.u32()
    if n > maximum:
        raise _Trunc
    w(' "')
    chunk = c.d[c.p:c.p + n]
    w("".join(char(b) for b in chunk))
    if len(chunk) < n:
        raise _Trunc
    w('"')
    c.p += ((n + 3) // 4) * 4


def _int(c: _Cur, w: Callable[[str], None], label: str = "") -> None:
    w(label)
    w(f" {c.s32()}")


def _uint(c: _Cur, w: Callable[[str], None], label: str = "") -> None:
    w(label)
    w(f" {c.u32()}")


def _date(c: _Cur, w: Callable[[str], None], label: str = "") -> None:
    w(label)
    t = c.s32()
    w(" " + time.strftime("%Y/%m/%d %H:%M:%S", time.localtime(t)))


def _storeattr(c: _Cur, w: Callable[[str], None]) -> None:
    c.check(24)
    mask = c.u32()
    if mask:
        w(" StoreStatus")
    if mask & 1:
        _date(c, w, " date")
    else:
        c.p += 4
    for bit, name in ((2, "owner"), (4, "group"), (8, "mode"), (16, "segsize")):
        v = c.u32()
        if mask & bit:
            w(f" {name} {v & 0o7777:o}" if bit == 8 else f" {name} {v}")
    if mask & 1024:
        w(" fsync")


def _ubik_version(c: _Cur, w: Callable[[str], None], label: str = "") -> None:
    w(label)
    c.check(8)
    w(f" {c.u32()}.{c.u32()}")


def _afsuuid(c: _Cur, w: Callable[[str], None], label: str = "") -> None:
    w(label)
    c.check(44)
    w(f" {c.u32():08x}")
    w(f"{c.u32():04x}")
    w(f"{c.u32():04x}")
    for _ in range(8):
        w(f"{c.u32() & 0xFF:02x}")


def _vec(c: _Cur, w: Callable[[str], None], n: int) -> None:
    c.check(4 * n)
    chars = []
    for _ in range(n):
        chars.append(c.u32() & 0xFF)
    out = []
    for b in chars:
        if b == 0:
            break
        out.append(char(b))
    w(' "' + "".join(out) + '"')


def _list(c: _Cur, w: Callable[[str], None], item: Callable[[], None], sep: str = "") -> None:
    j = c.u32()
    for i in range(j):
        item()
        if sep and i != j - 1:
            w(sep)
    if j == 0:
        w(" <none!>")


# --- services ---------------------------------------------------------------------------

def _fs_call(c: _Cur, op: int, w: Callable[[str], None]) -> None:
    if op == 130:
        _fid(c, w)
        _uint(c, w, " offset")
        _uint(c, w, " length")
    elif op in (131, 132, 143, 144, 145, 156, 157, 158):
        _fid(c, w)
    elif op == 135:
        _fid(c, w)
        _storeattr(c, w)
    elif op == 133:
        _fid(c, w)
        _storeattr(c, w)
        for name in (" offset", " length", " flen"):
            _uint(c, w, name)
    elif op in (137, 141):
        _fid(c, w)
        _str(c, w, AFSNAMEMAX)
        _storeattr(c, w)
    elif op in (136, 142):
        _fid(c, w)
        _str(c, w, AFSNAMEMAX)
    elif op == 138:
        _fid(c, w, " old")
        _str(c, w, AFSNAMEMAX)
        _fid(c, w, " new")
        _str(c, w, AFSNAMEMAX)
    elif op == 139:
        _fid(c, w)
        _str(c, w, AFSNAMEMAX)
        w(" link to")
        _str(c, w, AFSNAMEMAX)
    elif op == 140:
        _fid(c, w)
        _str(c, w, AFSNAMEMAX)
        _fid(c, w, " link to")
    elif op == 148:
        _str(c, w, AFSNAMEMAX)
    elif op in (149, 150):
        _uint(c, w, " volid")
    elif op == 154:
        w(" volname")
        _str(c, w, AFSNAMEMAX)
    elif op in (155, 65536):
        _list(c, w, lambda: _fid(c, w), ",")
    elif op == 65537:
        _fid(c, w)
        w(" offset")
        w(f" {c.u64()}")
        w(" length")
        w(f" {c.u64()}")
    elif op == 65538:
        _fid(c, w)
        _storeattr(c, w)
        for name in (" offset", " length", " flen"):
            w(name)
            w(f" {c.u64()}")
    elif op == 65541:
        _uint(c, w, " addr")


def _fs_reply(c: _Cur, op: int, rtype: int, w: Callable[[str], None]) -> None:
    if rtype == 1:
        if op in (137, 141):
            _fid(c, w, " new")
        elif op == 151:
            w(" root volume")
            _str(c, w, AFSNAMEMAX)
        elif op == 153:
            _date(c, w)
    elif rtype == 4:
        e = c.s32()
        w(f" error {FS_ERRORS.get(e, f'#{e}')}")
    else:
        w(f" strange fs reply of type {rtype}")


def _cb_call(c: _Cur, op: int, w: Callable[[str], None]) -> None:
    if op == 204:
        _list(c, w, lambda: _fid(c, w), ",")
        j = c.u32()
        if j:
            w(";")
        for _ in range(j):
            _int(c, w, " ver")
            _date(c, w, " expires")
            c.u32()
    elif op == 214:
        _afsuuid(c, w, " afsuuid")


def _cb_reply(c: _Cur, op: int, rtype: int, w: Callable[[str], None]) -> None:
    if rtype == 1:
        if op == 213:
            _afsuuid(c, w)
    else:
        _int(c, w, " errcode")


# protection server calls with plain arguments: a labelled int per label, a name per None
_PT_ARGS: dict[int, tuple[str | None, ...]] = {
    500: (None, " id", " oldid"), 502: (" pos",), 509: (None, " flag", " oid"),
    511: (" id", " gflag"), 513: (" id", None, " oldid", " newid"), 520: (" id", None),
    **{op: (" id",) for op in (501, 506, 508, 512, 514, 517, 518, 519, 530)},
    **{op: (" uid", " gid") for op in (503, 507, 515)},
}


def _pt_call(c: _Cur, op: int, w: Callable[[str], None]) -> None:
    if op == 504:
        _list(c, w, lambda: _vec(c, w, PRNAMEMAX))
    elif op == 505:
        w(" ids:")
        _list(c, w, lambda: _int(c, w))
    for label in _PT_ARGS.get(op, ()):
        if label is None:
            _str(c, w, PRNAMEMAX)
        else:
            _int(c, w, label)


def _pt_reply(c: _Cur, op: int, rtype: int, w: Callable[[str], None]) -> None:
    if rtype == 1:
        if op == 504:
            w(" ids:")
            _list(c, w, lambda: _int(c, w))
        elif op == 505:
            _list(c, w, lambda: _vec(c, w, PRNAMEMAX))
        elif op in (508, 514, 517, 518, 519):
            _list(c, w, lambda: _int(c, w))
        elif op == 510:
            _int(c, w, " maxuid")
            _int(c, w, " maxgid")
    else:
        _int(c, w, " errcode")


def _voltype(c: _Cur, w: Callable[[str], None]) -> None:
    i = c.u32()
    if i <= 2:
        w(f" type {VOLTYPES[i]}")


def _vldb_call(c: _Cur, op: int, w: Callable[[str], None]) -> None:
    if op in (501, 517):
        _vec(c, w, VLNAMEMAX)
    elif op in (502, 503, 507, 508, 509, 518):
        _int(c, w, " volid")
        _voltype(c, w)
    elif op in (504, 519, 524, 527):
        _str(c, w, VLNAMEMAX)
    elif op == 505:
        _int(c, w, " bump")
    elif op in (506, 520):
        _int(c, w, " volid")
        _voltype(c, w)
        _vec(c, w, VLNAMEMAX)
    elif op in (510, 521):
        _int(c, w, " index")


def _servers(c: _Cur, w: Callable[[str], None], n: int, skip_check: bool) -> None:
    w(" numservers")
    ns = c.u32()
    w(f" {ns}")
    w(" servers")
    for i in range(n):
        c.check(4)
        if i < ns:
            b = c.d[c.p:c.p + 4]
            w(" " + ".".join(str(x) for x in b))
        c.p += 4
    _partitions(c, w, n, ns)


def _partitions(c: _Cur, w: Callable[[str], None], n: int, ns: int) -> None:
    w(" partitions")
    for i in range(n):
        j = c.u32()
        if i < ns and j <= 26:
            w(f" {chr(ord('a') + j)}")
        elif i < ns:
            w(f" {j}")
    c.check(4 * n)
    c.p += 4 * n
    for name in (" rwvol", " rovol", " backup"):
        _uint(c, w, name)


def _vldb_reply(c: _Cur, op: int, rtype: int, w: Callable[[str], None]) -> None:
    if rtype != 1:
        _int(c, w, " errcode")
        return
    if op in (510, 503, 504):
        if op == 510:
            _int(c, w, " count")
            _int(c, w, " nextindex")
        _vec(c, w, VLNAMEMAX)
        c.check(4)
        c.p += 4
        _servers(c, w, 8, False)
    elif op == 505:
        _uint(c, w, " newvol")
    elif op in (521, 529, 518, 519):
        if op in (521, 529):
            _int(c, w, " count")
            _int(c, w, " nextindex")
        _vec(c, w, VLNAMEMAX)
        _servers(c, w, 13, False)
    elif op in (526, 527):
        _uuid_servers(c, w)


def _uuid_servers(c: _Cur, w: Callable[[str], None]) -> None:
    _vec(c, w, VLNAMEMAX)
    w(" numservers")
    ns = c.u32()
    w(f" {ns}")
    w(" servers")
    for i in range(13):
        if i < ns:
            _afsuuid(c, w, " afsuuid")
        else:
            c.check(44)
            c.p += 44
    c.check(52)
    c.p += 52
    _partitions(c, w, 13, ns)


def _vol_call(c: _Cur, op: int, w: Callable[[str], None]) -> None:
    if op in (121, 122, 124, 125, 65536):
        _uint(c, w, " partid")
        _uint(c, w, " volid")


def _vol_reply(c: _Cur, op: int, rtype: int, w: Callable[[str], None]) -> None:
    if rtype != 1:
        _int(c, w, " errcode")
        return
    if op == 121:
        j = c.u32()
        for i in range(j):
            w(" name")
            _vec(c, w, 32)
            _uint(c, w, " volid")
            w(" type")
            c.p += 4 * 21
            if i != j - 1:
                w(",")
        if j == 0:
            w(" <none!>")


def _no_args(c: _Cur, op: int, w: Callable[[str], None]) -> None:
    """A call whose arguments tcpdump does not print (kauth, bos)."""


def _errcode_only(c: _Cur, op: int, rtype: int, w: Callable[[str], None]) -> None:
    """A reply of which tcpdump prints the error code only (kauth, bos)."""
    if rtype != 1:
        _int(c, w, " errcode")


def _is_ubik(op: int) -> bool:
    return 10000 <= op <= 10007 or 20000 <= op <= 20013


def _ubik_call(c: _Cur, op: int, w: Callable[[str], None]) -> None:
    if op == 10000:
        w(f" syncsite {'yes' if c.u32() else 'no'}")
        _date(c, w, " votestart")
        _ubik_version(c, w, " dbversion")
        _ubik_version(c, w, " tid")
    elif op == 10003:
        _uint(c, w, " site")
    elif op in (20000, 20001, 20007, 20008, 20010):
        _ubik_version(c, w, " tid")
    elif op in (20002, 20003):
        _ubik_version(c, w, " tid")
        for name in ((" file", " pos", " length") if op == 20002 else (" file", " pos")):
            _int(c, w, name)
        if op == 20002:
            c.u32()
    elif op == 20005:
        _int(c, w, " file")
    elif op == 20006:
        _int(c, w, " file")
        _int(c, w, " length")
        _ubik_version(c, w, " dbversion")
    elif op == 20009:
        _ubik_version(c, w, " tid")
        _int(c, w, " file")
        _int(c, w, " length")
    elif op == 20012:
        for name in (" tid", " oldversion", " newversion"):
            _ubik_version(c, w, name)


def _ubik_reply(c: _Cur, op: int, rtype: int, w: Callable[[str], None]) -> None:
    if rtype == 1:
        if op == 10000:
            w(" vote no")
        elif op == 20004:
            _ubik_version(c, w, " dbversion")
    elif op == 10000:
        _date(c, w, " vote yes until")
    else:
        _int(c, w, " errcode")


_Call = Callable[[_Cur, int, Callable[[str], None]], None]
_Reply = Callable[[_Cur, int, int, Callable[[str], None]], None]


class _Service(NamedTuple):
    marker: str          # in " [|fs]"
    title: str           # before "call"/"reply" (the prefix stands for it where there is one)
    ops: dict[int, str]  # the operations' names
    call: _Call          # the arguments of a call
    reply: _Reply        # the results of a reply
    prefix: str          # printed before the ubik dispatch of a server that also speaks ubik


SERVICES: dict[int, _Service] = {
    7000: _Service("fs", " fs", FS_OPS, _fs_call, _fs_reply, ""),
    7001: _Service("cb", " cb", CB_OPS, _cb_call, _cb_reply, ""),
    7002: _Service("pt", "", PT_OPS, _pt_call, _pt_reply, " pt"),
    7003: _Service("vldb", "", VLDB_OPS, _vldb_call, _vldb_reply, " vldb"),
    7004: _Service("kauth", " kauth", KAUTH_OPS, _no_args, _errcode_only, ""),
    7005: _Service("vol", " vol", VOL_OPS, _vol_call, _vol_reply, ""),
    7007: _Service("bos", " bos", BOS_OPS, _no_args, _errcode_only, ""),
}
_UBIK = _Service("ubik", " ubik", UBIK_OPS, _ubik_call, _ubik_reply, "")


def _operation(svc: _Service, c: _Cur, op: int, rtype: int | None,
               w: Callable[[str], None]) -> None:
    """A call (``rtype`` None) of operation ``op``, or a reply of type ``rtype`` to it."""
    if svc.prefix:
        w(svc.prefix)
        if _is_ubik(op):
            svc = _UBIK
    name = svc.ops.get(op, f"op#{op}")
    try:
        if rtype is None:
            w(f"{svc.title} call {name}")
            svc.call(c, op, w)
        else:
            w(f"{svc.title} reply {name}")
            svc.reply(c, op, rtype, w)
    except _Trunc:
        w(f" [|{svc.marker}]")


# --- the call cache ---------------------------------------------------------------------

class _Cache:
    __slots__ = ("entries", "next", "hint")

    def __init__(self) -> None:
        self.entries: list[tuple[int, bytes, bytes, int, int, int]] = [
            (0, bytes(4), bytes(4), 0, 0, 0)] * CACHE_SIZE
        self.next = 0
        self.hint = 0

    def insert(self, call: int, client: bytes, server: bytes, dport: int, service: int,
               opcode: int) -> None:
        self.entries[self.next] = (call, client, server, dport, service, opcode)
        self.next = (self.next + 1) % CACHE_SIZE

    def find(self, call: int, client: bytes, server: bytes, sport: int,
             service: int) -> int | None:
        i = self.hint
        while True:
            e = self.entries[i]
            if e[0] == call and e[1] == client and e[2] == server and e[4] == service \
                    and e[3] == sport:
                self.hint = i
                return e[5]
            i = (i + 1) % CACHE_SIZE
            if i == self.hint:
                return None


def _addrs(ctx: Context) -> tuple[bytes, bytes]:
    """The four bytes tcpdump reads as source and destination (IPv4 header offsets 12, 16)."""
    if len(ctx.src_raw) == 4:
        return ctx.src_raw, ctx.dst_raw
    return ctx.src_raw[4:8], ctx.src_raw[8:12]


# --- decoding and text ------------------------------------------------------------------

def decode_rx(data: bytes, length: int, ctx: Context) -> Rx:
    rec = Rx(length=length, data=bytes(data[:length]) if length >= 0 else b"")
    try:
        _decode(rec, rec.data, length, ctx)
    except Exception:            # never raise on packet bytes
        rec.stop = TRUNCATED
        rec.text = " [|rx]"
    return rec


def _decode(rec: Rx, d: bytes, length: int, ctx: Context) -> None:
    if len(d) < HDR_LEN:
        rec.stop = TRUNCATED
        rec.text = f" [|rx] ({length})"
        return
    (rec.epoch, rec.cid, rec.call, rec.seq, rec.serial, rec.type, rec.flags, _status,
     rec.security_index, _spare, rec.service_id) = _HDR.unpack_from(d, 0)
    parts: list[str] = []
    w = parts.append
    try:
        _service(rec, d, length, ctx, w)
    except _Short:
        w(" [|rx]")
        rec.stop = TRUNCATED
        rec.text = "".join(parts)
        return
    w(f" ({length})")
    rec.text = "".join(parts)


def _service(rec: Rx, d: bytes, length: int, ctx: Context, w: Callable[[str], None]) -> None:
    cache = ctx.state.get("rx")
    if not isinstance(cache, _Cache):
        cache = ctx.state["rx"] = _Cache()
    t, flags = rec.type, rec.flags
    sport, dport = ctx.sport, ctx.dport
    src, dst = _addrs(ctx)
    if t == 1 and rec.seq == 1 and flags & 1:
        if len(d) >= HDR_LEN + 4:
            cache.insert(rec.call, src, dst, dport, rec.service_id,
                         int(_U32.unpack_from(d, HDR_LEN)[0]))
        svc = SERVICES.get(dport)
        if svc is None or length <= HDR_LEN:
            return
        c = _Cur(d, HDR_LEN)
        _operation(svc, c, c.u32(), None, w)
        return
    if ((t == 1 and rec.seq == 1) or t == 4) and not flags & 1:
        op_found = cache.find(rec.call, dst, src, sport, rec.service_id)
        if op_found is None:
            if t == 2:
                _ack(rec, d, length, ctx, w)
            return
        svc = SERVICES.get(sport)
        if svc is None:
            return
        if length < HDR_LEN or (length == HDR_LEN and not svc.prefix):
            return
        _operation(svc, _Cur(d, HDR_LEN), op_found, t, w)
        return
    if t == 2:
        _ack(rec, d, length, ctx, w)


def _ack(rec: Rx, d: bytes, length: int, ctx: Context, w: Callable[[str], None]) -> None:
    if length < HDR_LEN:
        return
    verbose = ctx.opts.verbose
    p = HDR_LEN
    if p + 18 > len(d):
        w(" [|ack]")
        return
    c = _Cur(d, p)
    bufspace = (d[p] << 8) | d[p + 1]
    maxskew = (d[p + 2] << 8) | d[p + 3]
    if verbose > 2:
        w(f" bufspace {bufspace} maxskew {maxskew}")
    c.p = p + 4
    first = c.u32()
    c.u32()
    serial = c.u32()
    reason = d[p + 16]
    n = d[p + 17]
    w(f" first {first} serial {serial} reason {ACK_REASONS.get(reason, f'#{reason}')}")
    q = p + 18
    if n:
        if q + n > len(d):
            w(" [|ack]")
            return
        acks = d[q:q + n]
        for want, label in ((1, "acked"), (0, "nacked")):
            start = last = -2
            i = 0
            for i in range(n):
                if acks[i] == want:
                    if last == -2:
                        w(f" {label} {first + i}")
                        start = i
                    elif last != i - 1:
                        w(f",{first + i}")
                        start = i
                    last = i
                elif last == i - 1 and start != last:
                    w(f"-{first + i - 1}")
            i = n
            if last == i - 1 and start != last:
                w(f"-{first + i - 1}")
        q += n
    q += 3
    if verbose > 1:
        c.p = q
        for name in (" ifmtu", " maxmtu", " rwind", " maxpackets"):
            if len(d) - c.p + 1 <= 4:
                return
            _uint(c, w, name)


def _format(rec: Rx, ctx: Context) -> str:
    if rec.type < 0:
        return rec.text
    out = [f" rx {TYPES.get(rec.type, f'type {rec.type}')}"]
    verbose = ctx.opts.verbose
    if verbose:
        if verbose > 1:
            out.append(f" cid {rec.cid:08x} call# {rec.call}")
        out.append(f" seq {rec.seq} ser {rec.serial}")
        if verbose > 2:
            out.append(f" secindex {rec.security_index} serviceid {rec.service_id}")
        if verbose > 1:
            names = [f"<{n}>" for bit, t, n in FLAGS
                     if rec.flags & bit and (not t or rec.type == t)]
            if names:
                out.append(" " + ",".join(names))
    out.append(rec.text)
    return "".join(out)


format_rx = never_raising(_format, " [|rx]")
