"""NFS versions 2 and 3 over Sun RPC (RFC 1094, RFC 1813): port 2049, UDP and TCP.

tcpdump 4.99.3 takes a UDP datagram for NFS, before looking at any other
port, when it is an RPC call sent to port 2049 or an RPC reply sent from it
(by the message's direction word), and prints no UDP checksum for it; over
TCP, when no other printer took the segment and a port is 2049, it reads the
record-marking word (the record's length, at most what the segment carries)
and the message after it the same way.  The text is

``NFS request xid X LEN PROC ARGS`` for a call: ``LEN`` the RPC message's
length, ``PROC`` the procedure's name (version 2 numbers are mapped onto
version 3's; the program number is not looked at), then for most procedures
the file handle (`` fh MAJOR,MINOR/INODE`` as tcpdump guesses the server's
layout, `` fh Unknown/HEX`` when it can't) and the names, offsets, counts and
(with ``-v``/``-vv``) the modes and verifiers of the arguments;

``NFS reply xid X reply ok LEN`` for an accepted reply, followed, when the
call was seen (tcpdump's table of the last 64 calls, see :mod:`.sunrpc`), by
the procedure's name and results: the status (`` ERROR: <text>``), and with
``-v`` the attributes (type, mode, ids, size; ``-vv``: links, devices, file
system and file ids, times) and the procedure's fields; ``reply ERR LEN: ...``
for a denied one.

Where the capture ends inside the message the text ends with ``" [|nfs]"``
(except after an error status: tcpdump leaves the mark out then).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ._base import TRUNCATED, UNKNOWN, Context, Layer
from ._rtr import never_raising, printable
from .sunrpc import (CALL, REPLY, Reader, Short, call_args_offset, reply_results_offset,
                     reply_status_text, xid_map)

__all__ = ["Nfs", "decode_nfs_udp", "format_nfs_udp", "decode_nfs_tcp", "format_nfs_tcp",
           "udp_key", "NFS_PORT", "fh_text"]

NFS_PORT = 2049
TRUNC = " [|nfs]"

# procedure numbers (version 3's, which tcpdump uses for both versions)
(NULL, GETATTR, SETATTR, LOOKUP, ACCESS, READLINK, READ, WRITE, CREATE, MKDIR, SYMLINK, MKNOD,
 REMOVE, RMDIR, RENAME, LINK, READDIR, READDIRPLUS, FSSTAT, FSINFO, PATHCONF, COMMIT) = range(22)
NOOP = 25
PROC_NAMES = dict(enumerate(
    "null getattr setattr lookup access readlink read write create mkdir symlink mknod remove "
    "rmdir rename link readdir readdirplus fsstat fsinfo pathconf commit".split()))
PROC_NAMES[NOOP] = "nop"
#: version 2 procedure -> the version 3 number
V2_PROCS = (NULL, GETATTR, SETATTR, NOOP, LOOKUP, READLINK, READ, NOOP, WRITE, CREATE, REMOVE,
            RENAME, LINK, SYMLINK, MKDIR, RMDIR, READDIR, FSSTAT) + (NOOP,) * 8

STATUS = {1: "Operation not permitted", 2: "No such file or directory", 5: "Input/output error",
          6: "Device not configured", 11: "Resource deadlock avoided",
          12: "Cannot allocate memory", 13: "Permission denied", 17: "File exists",
          18: "Cross-device link", 19: "Operation not supported by device",
          20: "Not a directory", 21: "Is a directory", 22: "Invalid argument",
          26: "Text file busy", 27: "File too large", 28: "No space left on device",
          30: "Read-only file system", 31: "Too many links", 45: "Operation not supported",
          62: "Too many levels of symbolic links", 63: "File name too long",
          66: "Directory not empty", 69: "Disc quota exceeded", 70: "Stale NFS file handle",
          71: "Too many levels of remote in path", 99: "Write cache flushed to disk",
          10001: "Illegal NFS file handle", 10002: "Update synchronization mismatch",
          10003: "READDIR/READDIRPLUS cookie is stale", 10004: "Operation not supported",
          10005: "Buffer or request is too small", 10006: "Unspecified error on server",
          10007: "Object of that type not supported",
          10008: "Request couldn't be completed in time"}
WRITE_MODES = {0: "unstable", 1: "datasync", 2: "filesync"}
FILE_TYPES = {0: "NON", 1: "REG", 2: "DIR", 3: "BLK", 4: "CHR", 5: "LNK", 7: "FIFO"}
ACCESS_BITS = ((0x01, "NFS_ACCESS_READ"), (0x02, "NFS_ACCESS_LOOKUP"),
               (0x04, "NFS_ACCESS_MODIFY"), (0x08, "NFS_ACCESS_EXTEND"),
               (0x10, "NFS_ACCESS_DELETE"), (0x20, "NFS_ACCESS_EXECUTE"))
ACCESS_FULL = 0x3F
SATTR_TOCLIENT = 2
FATTR2, FATTR3 = 68, 84     # attribute sizes


def _signed(v: int) -> int:
    return v - (1 << 32) if v & 0x80000000 else v


def _mode_name(v: int) -> str:
    """tcpdump's ``tok2str`` of a write mode with its default ``#%d``."""
    return WRITE_MODES.get(v, f"#{_signed(v)}")


# --- file handles (tcpdump's guess of the server's layout) ------------------------------

def _le32(b: bytes, i: int) -> int:
    return b[i] | b[i + 1] << 8 | b[i + 2] << 16 | b[i + 3] << 24


def _be32(b: bytes, i: int) -> int:
    return b[i] << 24 | b[i + 1] << 16 | b[i + 2] << 8 | b[i + 3]


def _is_ucx(b: bytes, words: int) -> bool:
    """A VMS UCX handle: bytes 1-13 printable characters, then only NULs."""
    if words < 7:
        return False
    seen_null = False
    for c in b[1:14]:
        if 0x20 <= c <= 0x7E:
            if seen_null:
                return False
        elif c == 0:
            seen_null = True
        else:
            return False
    return True


def _fh_kind(b: bytes, words: int) -> str:
    if words < 4:
        return "unknown"
    if b[0] == 0 and b[1] == 0:
        if b[2] == 0 and b[3] == 0:
            return "auspex"
        if b[4] != 0 and b[5] == 0 and b[8] == 12 and b[9] == 0:
            return "decosf"
        if b[4] == 0 and b[5] == 8 and b[6] == 0 and b[7] == 0:
            return "irix4"
        return "sunos4"
    if b[2] == 0 and b[3] == 0:
        if b[6] == 0 and b[7] == 0:
            return "bsd44"
        if words >= 6 and b[21] == 0 and b[23] == 0:
            return "ultrix"
        if b[9] == 10:
            return "sunos5"
        return "unknown"
    if b[8] == 12 and b[9] == 0:
        return "decosf"
    if b[8] == 0 and b[9] == 10:
        if b[4] == b[5] == b[6] == b[7] == 0:
            return "hpux9"
        return "sunos5"
    if _is_ucx(b, words):
        return "vms"
    return "unknown"


def fh_text(b: bytes, words: int) -> str:
    """tcpdump's `` fh ...`` for a file handle of ``words`` 32-bit words (``b``
    holds them all)."""
    kind = _fh_kind(b, words)
    opaque = ""
    if kind == "unknown":
        name: str | None = "Unknown"[:min(words, 64)]
        major = minor = 257
        ino = 1
        opaque = b[:min(words * 4, 32)].hex().upper()
    elif kind == "vms":
        raw = b[1:1 + min(words, 64)]
        cut = raw.find(b"\0")
        if cut >= 0:
            raw = raw[:cut]
        cut = raw.find(b" ")
        if cut >= 0:
            raw = raw[:cut]
        name = "".join(map(chr, raw))
        minor = _le32(b, 0)
        major = _le32(b, 4)
        ino = (b[26] << 24) | (b[27] << 16) | b[22] | (b[23] << 8)
        tail = b[8:14]
        cut = tail.find(b"\0")
        opaque = "".join(map(chr, tail if cut < 0 else tail[:cut]))
    else:
        name = None
        if kind == "auspex":
            minor, major, ino = b[7], b[6], _be32(b, 12)
        elif kind == "bsd44":
            minor, major, ino = b[0], b[1], _le32(b, 12)
        elif kind == "decosf":
            t = _le32(b, 0)
            minor, major, ino = t & 0xFFFFF, (t >> 20) & 0xFFF, _le32(b, 12)
        elif kind == "irix4":
            minor, major, ino = b[3], b[2], _be32(b, 8)
        elif kind == "sunos4":
            minor, major, ino = b[3], b[2], _be32(b, 12)
        elif kind == "sunos5":
            major = ((b[0] << 8 | b[1]) >> 2) & 0x3FFF
            minor = (b[1] << 16 | b[2] << 8 | b[3]) & 0x3FFFF
            ino = _be32(b, 12)
        elif kind == "ultrix":
            minor, major, ino = b[0], b[1], _le32(b, 4)
        else:   # hpux9
            major, minor, ino = b[0], b[1] << 16 | b[2] << 8 | b[3], _be32(b, 12)
    head = f" fh {name}/" if name is not None else f" fh {major},{minor}/"
    # (a numeric layout whose minor number is 257 has tcpdump print a string it never
    # set: left empty here)
    return head + (opaque if minor == 257 else str(ino))


# --- the message printer ----------------------------------------------------------------

class _P:
    """One message's text, as it is written (``w``), and its reader."""

    __slots__ = ("r", "out", "w", "v", "err")

    def __init__(self, r: Reader, verbose: int) -> None:
        self.r = r
        self.out: list[str] = []
        self.w = self.out.append
        self.v = verbose
        self.err = False        # an error status was printed: no truncation mark

    # -- common pieces --
    def fh(self, dp: int, v3: bool) -> int | None:
        r = self.r
        if v3:
            words = r.u32(dp) // 4
            dp += 4
        else:
            words = 8
        if not r.has(dp, words * 4):
            return None
        self.w(fh_text(r.d[dp:dp + words * 4], words))
        return dp + words * 4

    def fn(self, dp: int) -> int | None:
        r = self.r
        n = r.u32(dp)
        dp += 4
        if 0xFFFFFFFF - n < 3:
            self.w("[cannot pad to 32-bit boundaries] (invalid)")
            return None
        rounded = (n + 3) & ~3
        if not r.has(dp, rounded):
            return None
        self.w('"' + printable(r.d[dp:dp + n]) + '"')
        return dp + rounded

    def fhn(self, dp: int, v3: bool) -> int | None:
        q = self.fh(dp, v3)
        if q is None:
            return None
        self.w(" ")
        return self.fn(q)

    def status(self, dp: int) -> tuple[int, int]:
        e = self.r.u32(dp)
        if e:
            self.w(" ERROR: " + STATUS.get(e, f"unk {e}"))
            self.err = True
        return dp + 4, e

    def fattr(self, dp: int, verbose: int, v3: bool) -> int | None:
        r = self.r
        if not r.has(dp + 16, 4):
            return None
        if verbose:
            t = r.u32(dp)
            self.w(f" {FILE_TYPES.get(t, f'unk-ft {t} ')} {r.u32(dp + 4):o} ids "
                   f"{r.s32(dp + 12)}/{r.s32(dp + 16)}")
            self.w(f" sz {r.u64(dp + 20)}" if v3 else f" sz {r.u32(dp + 20)}")
        if verbose > 1:
            u = r.u32
            if v3:
                if not r.has(dp + 76, 8):
                    return None
                self.w(f" nlink {u(dp + 8)} rdev {u(dp + 36)}/{u(dp + 40)}"
                       f" fsid {r.u64(dp + 44):x} fileid {r.u64(dp + 52):x}"
                       f" a/m/ctime {u(dp + 60)}.{u(dp + 64):06d} {u(dp + 68)}.{u(dp + 72):06d}"
                       f" {u(dp + 76)}.{u(dp + 80):06d}")
            else:
                if not r.has(dp + 60, 8):
                    return None
                self.w(f" nlink {u(dp + 8)} rdev 0x{u(dp + 28):x} fsid 0x{u(dp + 36):x}"
                       f" nodeid 0x{u(dp + 40):x} a/m/ctime {u(dp + 44)}.{u(dp + 48):06d}"
                       f" {u(dp + 52)}.{u(dp + 56):06d} {u(dp + 60)}.{u(dp + 64):06d}")
        return dp + (FATTR3 if v3 else FATTR2)

    def attrstat(self, dp: int, verbose: int, v3: bool) -> bool:
        dp, er = self.status(dp)
        return bool(er) or self.fattr(dp, verbose, v3) is not None

    def diropres(self, dp: int) -> bool:
        dp, er = self.status(dp)
        if er:
            return True
        q = self.fh(dp, False)
        return q is not None and self.fattr(q, self.v, False) is not None

    def pre_op(self, dp: int, verbose: int) -> int | None:
        r = self.r
        if not r.u32(dp):
            return dp + 4
        dp += 4
        if not r.has(dp, 24):
            return None
        if verbose > 1:
            self.w(f" sz {r.u64(dp)}")
            self.w(f" mtime {r.u32(dp + 8)}.{r.u32(dp + 12):06d}"
                   f" ctime {r.u32(dp + 16)}.{r.u32(dp + 20):06d}")
        return dp + 24

    def post_op(self, dp: int, verbose: int) -> int | None:
        if not self.r.u32(dp):
            return dp + 4
        dp += 4
        if verbose:
            return self.fattr(dp, verbose, True)
        return dp + FATTR3

    def wcc_data(self, dp: int, verbose: int) -> int | None:
        if verbose > 1:
            self.w(" PRE:")
        q = self.pre_op(dp, verbose)
        if q is None:
            return None
        if verbose:
            self.w(" POST:")
        return self.post_op(q, verbose)

    def wccres(self, dp: int, verbose: int) -> int | None:
        dp, _er = self.status(dp)
        return self.wcc_data(dp, verbose)

    def createopres(self, dp: int, verbose: int) -> int | None:
        dp, er = self.status(dp)
        if er:
            return self.wcc_data(dp, verbose)
        if not self.r.u32(dp):
            return dp + 4
        q = self.fh(dp + 4, True)
        if q is None:
            return None
        if verbose:
            q = self.post_op(q, verbose)
            if q is None:
                return None
            if self.v > 1:
                self.w(" dir attr:")
                q = self.wcc_data(q, verbose)
        return q

    def sattr3(self, dp: int) -> tuple[int, str]:
        """A new node's attributes: the offset past them and their text."""
        u = self.r.u32
        parts: list[str] = []
        for name in ("mode", "uid", "gid", "size"):
            isset = u(dp)
            dp += 4
            if isset:
                value = u(dp)      # (tcpdump reads 4 bytes of the 8-byte size)
                dp += 4
                if name != "size":
                    parts.append(f" {name} {value:o}" if name == "mode" else f" {name} {value}")
        for name in ("atime", "mtime"):
            how = u(dp)
            dp += 4
            if how == SATTR_TOCLIENT:
                sec, nsec = u(dp), u(dp + 4)
                dp += 8
                if self.v > 1:
                    parts.append(f" {name} {sec}.{nsec:06d}")
        return dp, "".join(parts)


# --- calls ------------------------------------------------------------------------------

def _access_text(flags: int) -> str:
    if flags & ~ACCESS_FULL:
        return f" {flags:04x}"
    if flags == ACCESS_FULL:
        return " NFS_ACCESS_FULL"
    out, sep = [], " "
    for bit, name in ACCESS_BITS:
        if flags & bit:
            out.append(sep + name)
            sep = "|"
    return "".join(out)


def _call_args(p: _P, proc: int, v3: bool, length: int) -> bool:
    """A call's arguments after its procedure's name; False: tcpdump's truncation."""
    if proc not in _CALL_PROCS:
        return True
    r = p.r
    u = r.u32
    w = p.w
    dp = call_args_offset(r, length)
    if dp is None:
        return False
    if proc in (GETATTR, SETATTR, READLINK, FSSTAT, FSINFO, PATHCONF):
        return p.fh(dp, v3) is not None
    if proc in (LOOKUP, CREATE, MKDIR, REMOVE, RMDIR):
        return p.fhn(dp, v3) is not None
    if proc in (SYMLINK, MKNOD, RENAME):
        q = p.fhn(dp, v3)
    else:
        q = p.fh(dp, v3)
    if q is None:
        return False
    dp = q
    if proc == ACCESS:
        w(_access_text(u(dp)))
    elif proc == READ:
        w(f" {u(dp + 8)} bytes @ {r.u64(dp)}" if v3 else f" {u(dp + 4)} bytes @ {u(dp)}")
    elif proc == WRITE:
        if v3:
            w(f" {u(dp + 16)} ({u(dp + 8)}) bytes @ {r.u64(dp)}")
            if p.v:
                w(f" <{_mode_name(u(dp + 12))}>")
        else:
            w(f" {u(dp + 12)} ({u(dp + 8)}) bytes @ {u(dp + 4)} ({u(dp)})")
    elif proc == SYMLINK:
        w(" ->")
        attrs = ""
        if v3:
            dp, attrs = p.sattr3(dp)
        if p.fn(dp) is None:
            return False
        if v3 and p.v:
            w(attrs)
    elif proc == MKNOD:
        ftype = u(dp)
        dp, attrs = p.sattr3(dp + 4)
        w(" " + FILE_TYPES.get(ftype, f"unk-ft {ftype}"))
        if p.v and ftype in (3, 4):
            w(f" {u(dp)}/{u(dp + 4)}")
        if p.v:
            w(attrs)
    elif proc in (RENAME, LINK):
        w(" ->")
        return p.fhn(dp, v3) is not None
    elif proc == READDIR:
        if v3:
            w(f" {u(dp + 16)} bytes @ {_s64(r.u64(dp))}")
            if p.v:
                w(f" verf {u(dp + 8):08x}{u(dp + 12):08x}")
        else:
            w(f" {u(dp + 4)} bytes @ {u(dp)}")
    elif proc == READDIRPLUS:
        w(f" {u(dp + 16)} bytes @ {_s64(r.u64(dp))}")
        if p.v:
            w(f" max {u(dp + 20)} verf {u(dp + 8):08x}{u(dp + 12):08x}")
    elif proc == COMMIT:
        w(f" {u(dp + 8)} bytes @ {r.u64(dp)}")
    return True


_CALL_PROCS = frozenset((GETATTR, SETATTR, READLINK, FSSTAT, FSINFO, PATHCONF, LOOKUP, CREATE,
                         MKDIR, REMOVE, RMDIR, ACCESS, READ, WRITE, SYMLINK, MKNOD, RENAME, LINK,
                         READDIR, READDIRPLUS, COMMIT))


def _s64(v: int) -> int:
    return v - (1 << 64) if v >> 63 else v


def _mapped(proc: int, vers: int) -> tuple[int, bool]:
    v3 = vers == 3
    if not v3 and proc < len(V2_PROCS):
        proc = V2_PROCS[proc]
    return proc, v3


def _call_text(rec: Nfs, r: Reader, ctx: Context) -> str:
    p = _P(r, ctx.opts.verbose)
    p.w(str(rec.length))
    try:
        if not r.has(20, 4):
            p.w(TRUNC)
            return "".join(p.out)
        rec.version, rec.procedure = r.u32(16), r.u32(20)
        rec.rpc_version, rec.program = r.u32(8), r.u32(12)
        if ctx.ip_version in (4, 6):
            xid_map(ctx).enter(rec.xid, ctx.ip_version, ctx.src_raw, ctx.dst_raw,
                               rec.procedure, rec.version)
        proc, v3 = _mapped(rec.procedure, rec.version)
        rec.procedure_name = PROC_NAMES.get(proc, f"proc-{proc}")
        p.w(" " + rec.procedure_name)
        if not _call_args(p, proc, v3, rec.length):
            p.w(TRUNC)
    except Short:           # tcpdump gives up on the packet here
        p.w(TRUNC)
        ctx.dump_from_start = True
    return "".join(p.out)


# --- replies ----------------------------------------------------------------------------

# each: a successful reply's results from ``dp``; False where tcpdump gives up (its
# truncation, unless an error status was printed)

def _r_getattr(p: _P, dp: int, v3: bool) -> bool:
    return p.attrstat(dp, 1, v3)


def _r_setattr(p: _P, dp: int, v3: bool) -> bool:
    return p.wccres(dp, p.v) is not None if v3 else p.attrstat(dp, 1, False)


def _r_lookup(p: _P, dp: int, v3: bool) -> bool:
    if not v3:
        return p.diropres(dp)
    v = p.v
    dp, er = p.status(dp)
    if not er:
        q = p.fh(dp, True)
        if q is None:
            return False
        q = p.post_op(q, v)
        if q is None:
            return False
        dp = q
    if v > 1:
        p.w(" post dattr:")
        return p.post_op(dp, v) is not None
    return True


def _r_access(p: _P, dp: int, v3: bool) -> bool:
    dp, er = p.status(dp)
    if p.v:
        p.w(" attr:")
    q = p.post_op(dp, p.v)
    if q is None:
        return False
    if not er:
        p.w(f" c {p.r.u32(q):04x}")
    return True


def _r_readlink(p: _P, dp: int, v3: bool) -> bool:
    dp, er = p.status(dp)
    if er:
        return True
    q = p.post_op(dp, p.v) if v3 else dp
    if q is None:
        return False
    p.w(" ")
    return p.fn(q) is not None


def _attrstat_or_v3(p: _P, dp: int, v3: bool, part: Callable[[int, int], int | None],
                    tail: Callable[[int], None]) -> bool:
    """v2: the attrstat; v3: the status and ``part``, then (no error, -v) ``tail``
    of what follows that part."""
    v = p.v
    if not v3:
        return p.attrstat(dp, v, False)
    dp, er = p.status(dp)
    q = part(dp, v)
    if q is None:
        return False
    if not er and v:
        tail(q)
    return True


def _r_read(p: _P, dp: int, v3: bool) -> bool:
    def tail(q: int) -> None:
        p.w(f" {p.r.u32(q)} bytes")
        if p.r.u32(q + 4):
            p.w(" EOF")
    return _attrstat_or_v3(p, dp, v3, p.post_op, tail)


def _r_write(p: _P, dp: int, v3: bool) -> bool:
    def tail(q: int) -> None:
        r = p.r
        p.w(f" {r.u32(q)} bytes")
        if p.v > 1:
            p.w(f" <{_mode_name(r.u32(q + 4))}>")
            p.w(f" verf {r.u64(q + 8):x}")
    return _attrstat_or_v3(p, dp, v3, p.wcc_data, tail)


def _r_create(p: _P, dp: int, v3: bool) -> bool:
    return p.createopres(dp, p.v) is not None if v3 else p.diropres(dp)


def _r_symlink(p: _P, dp: int, v3: bool) -> bool:
    if v3:
        return p.createopres(dp, p.v) is not None
    p.status(dp)
    return True


def _r_mknod(p: _P, dp: int, v3: bool) -> bool:
    return p.createopres(dp, p.v) is not None


def _r_remove(p: _P, dp: int, v3: bool) -> bool:
    if v3:
        return p.wccres(dp, p.v) is not None
    p.status(dp)
    return True


def _status_then_two(p: _P, dp: int, v3: bool, first: str,
                     first_part: Callable[[int, int], int | None], second: str) -> bool:
    """The status, then (v3 with -v) ``first`` and its part, ``second`` and a wcc_data."""
    dp, _er = p.status(dp)
    if v3 and p.v:
        p.w(first)
        q = first_part(dp, p.v)
        if q is None:
            return False
        p.w(second)
        return p.wcc_data(q, p.v) is not None
    return True


def _r_rename(p: _P, dp: int, v3: bool) -> bool:
    return _status_then_two(p, dp, v3, " from:", p.wcc_data, " to:")


def _r_link(p: _P, dp: int, v3: bool) -> bool:
    return _status_then_two(p, dp, v3, " file POST:", p.post_op, " dir:")


def _r_readdir(p: _P, dp: int, v3: bool) -> bool:
    if v3:
        return _r_readdirplus(p, dp, v3)
    r = p.r
    dp, er = p.status(dp)
    if er:
        return True
    p.w(f" offset 0x{r.u32(dp):x} size {r.u32(dp + 4)} ")
    if r.u32(dp + 8):
        p.w(" eof")
    return True


def _r_readdirplus(p: _P, dp: int, v3: bool) -> bool:
    v = p.v
    dp, er = p.status(dp)
    if v:
        p.w(" POST:")
    q = p.post_op(dp, v)
    if q is None:
        return False
    if not er and v:
        p.w(f" verf {p.r.u32(q):08x}{p.r.u32(q + 4):08x}")
    return True


def _r_fsstat(p: _P, dp: int, v3: bool) -> bool:
    v, r, u = p.v, p.r, p.r.u32
    dp, er = p.status(dp)
    if not v3 and er:
        return True
    if v3:
        if v:
            p.w(" POST:")
        q = p.post_op(dp, v)
        if q is None:
            return False
        dp = q
    if not r.has(dp, 52 if v3 else 20):
        return False
    if v3:
        p.w(f" tbytes {r.u64(dp)} fbytes {r.u64(dp + 8)} abytes {r.u64(dp + 16)}")
        if v:
            p.w(f" tfiles {r.u64(dp + 24)} ffiles {r.u64(dp + 32)} afiles {r.u64(dp + 40)}"
                f" invar {u(dp + 48)}")
    else:
        p.w(f" tsize {u(dp)} bsize {u(dp + 4)} blocks {u(dp + 8)} bfree {u(dp + 12)}"
            f" bavail {u(dp + 16)}")
    return True


def _post_then(p: _P, dp: int, size: int, tail: Callable[[int], None]) -> bool:
    """FSINFO's and PATHCONF's results: the status and the attributes, then
    (no error) ``tail`` of the ``size`` octets after them, if captured."""
    dp, er = p.status(dp)
    if p.v:
        p.w(" POST:")
    q = p.post_op(dp, p.v)
    if q is None:
        return False
    if er:
        return True
    if not p.r.has(q, size):
        return False
    tail(q)
    return True


def _r_fsinfo(p: _P, dp: int, v3: bool) -> bool:
    def tail(q: int) -> None:
        r, u = p.r, p.r.u32
        p.w(f" rtmax {u(q)} rtpref {u(q + 4)} wtmax {u(q + 12)} wtpref {u(q + 16)}"
            f" dtpref {u(q + 24)}")
        if p.v:
            p.w(f" rtmult {u(q + 8)} wtmult {u(q + 20)} maxfsz {r.u64(q + 28)}")
            p.w(f" delta {u(q + 36)}.{u(q + 40):06d} ")
    return _post_then(p, dp, 48, tail)


def _r_pathconf(p: _P, dp: int, v3: bool) -> bool:
    def tail(q: int) -> None:
        u = p.r.u32
        flags = [name if u(q + off) else "" for off, name in
                 ((8, "notrunc"), (12, "chownres"), (16, "igncase"), (20, "keepcase"))]
        p.w(f" linkmax {u(q)} namemax {u(q + 4)} " + " ".join(flags))
    return _post_then(p, dp, 24, tail)


def _r_commit(p: _P, dp: int, v3: bool) -> bool:
    q = p.wccres(dp, p.v)
    if q is None:
        return False
    if p.v > 1:
        p.w(f" verf {p.r.u64(q):x}")
    return True


_RESULTS: dict[int, Callable[[_P, int, bool], bool]] = {
    GETATTR: _r_getattr, SETATTR: _r_setattr, LOOKUP: _r_lookup, ACCESS: _r_access,
    READLINK: _r_readlink, READ: _r_read, WRITE: _r_write, CREATE: _r_create, MKDIR: _r_create,
    SYMLINK: _r_symlink, MKNOD: _r_mknod, REMOVE: _r_remove, RMDIR: _r_remove,
    RENAME: _r_rename, LINK: _r_link, READDIR: _r_readdir, READDIRPLUS: _r_readdirplus,
    FSSTAT: _r_fsstat, FSINFO: _r_fsinfo, PATHCONF: _r_pathconf, COMMIT: _r_commit,
}


def _reply_text(rec: Nfs, r: Reader, ctx: Context) -> str:
    head, accepted, cut = reply_status_text(r, rec.length)
    if cut:
        return head + TRUNC
    rec.reply_stat = r.u32(8)
    if not accepted or ctx.ip_version not in (4, 6):
        return head
    found = xid_map(ctx).find(rec.xid, ctx.ip_version, ctx.src_raw, ctx.dst_raw)
    if found is None:
        return head
    rec.call_found = True
    rec.procedure, rec.version = found
    p = _P(r, ctx.opts.verbose)
    p.w(head)
    proc, v3 = _mapped(rec.procedure, rec.version)
    rec.procedure_name = PROC_NAMES.get(proc, f"proc-{proc}")
    p.w(" " + rec.procedure_name)
    handler = _RESULTS.get(proc)
    if handler is None:
        return "".join(p.out)
    try:
        dp, err = reply_results_offset(r, rec.length, p.out)
        if err:
            p.err = True
        if (dp is None or not handler(p, dp, v3)) and not p.err:
            p.w(TRUNC)
    except Short:           # tcpdump gives up on the packet here
        p.w(TRUNC)
        ctx.dump_from_start = True
    return "".join(p.out)


# --- records ----------------------------------------------------------------------------

@dataclass(slots=True)
class Nfs(Layer, proto="nfs"):
    """An RPC message to or from the NFS port, as tcpdump reads it."""

    transport: str = "udp"
    length: int = 0               # the RPC message's length (TCP: the record's, at most
                                  # what the segment carries)
    record_mark: int = -1         # TCP: the record-marking word
    xid: int = -1
    direction: int = -1           # 0 call, 1 reply
    rpc_version: int = -1
    program: int = -1
    version: int = -1             # a reply's: its call's
    procedure: int = -1           # as on the wire (a reply's: its call's)
    procedure_name: str = ""
    reply_stat: int = -1          # 0 accepted, 1 denied
    call_found: bool = False      # a reply whose call was in the table
    text: str = ""                # tcpdump's text after "xid N "


def _is_nfs(direction: int, sport: int, dport: int) -> bool:
    return (dport == NFS_PORT and direction == CALL) or (sport == NFS_PORT and direction == REPLY)


def _fill(rec: Nfs, r: Reader, ctx: Context) -> None:
    rec.xid = r.u32(0)
    try:
        rec.text = _call_text(rec, r, ctx) if rec.direction == CALL else _reply_text(rec, r, ctx)
    except Exception:       # never raise on packet bytes
        rec.text = TRUNC
    if rec.text.endswith(TRUNC):
        rec.stop = TRUNCATED


def _fallback(sport: int, dport: int) -> int:
    """The port whose printer tcpdump uses for a datagram that is not NFS."""
    from . import udp as _udp
    none = 1 << 30
    rs = none if sport == NFS_PORT else _udp._rank(sport, True)
    rd = none if dport == NFS_PORT else _udp._rank(dport, False)
    if rs == rd == none:
        return -1
    return sport if rs <= rd else dport


def udp_key(sport: int, dport: int, payload: bytes, ctx: Context) -> int:
    """For a UDP datagram with port 2049: 2049 when tcpdump prints it as NFS (an RPC
    call to the port or a reply from it), else the port of the printer it uses."""
    if not ctx.opts.quiet and len(payload) >= 8:
        direction = (payload[4] << 24) | (payload[5] << 16) | (payload[6] << 8) | payload[7]
        if _is_nfs(direction, sport, dport):
            return NFS_PORT
    return _fallback(sport, dport)


def decode_nfs_udp(data: bytes, length: int, ctx: Context) -> Nfs:
    rec = Nfs(transport="udp", length=length)
    if not _message(rec, Reader(bytes(data)), ctx, ctx.opts.quiet):
        # not NFS: another printer's (the text fast path hands the datagram back)
        rec.inner = ("udpport", _fallback(ctx.sport, ctx.dport), 0)
    return rec


def _message(rec: Nfs, r: Reader, ctx: Context, other: bool) -> bool:
    """Whether the RPC message in ``r`` is NFS's (not when ``other``): then ``rec``
    is filled, else marked UNKNOWN."""
    if r.has(4, 4):
        rec.direction = r.u32(4)
    if other or not _is_nfs(rec.direction, ctx.sport, ctx.dport):
        rec.stop = UNKNOWN
        return False
    _fill(rec, r, ctx)
    return True


def _text(rec: Nfs, lead: str) -> str:
    """The message's text after ``lead`` ("" when it is another printer's)."""
    if rec.stop == UNKNOWN:
        return ""
    kind = "request" if rec.direction == CALL else "reply"
    return f"{lead}NFS {kind} xid {rec.xid} {rec.text}"


def _format_udp(rec: Nfs, ctx: Context) -> str:
    return _text(rec, "")


def decode_nfs_tcp(data: bytes, length: int, ctx: Context) -> Nfs:
    rec = Nfs(transport="tcp")
    d = bytes(data)
    if length < 4 or len(d) < 4:
        rec.stop = UNKNOWN
        return rec
    rec.record_mark = int.from_bytes(d[:4], "big")
    rec.length = min(rec.record_mark & 0x7FFFFFFF, length - 4)
    _message(rec, Reader(d[4:]), ctx, False)
    return rec


def _format_tcp(rec: Nfs, ctx: Context) -> str:
    return _text(rec, ": ")


format_nfs_udp = never_raising(_format_udp, TRUNC)
format_nfs_tcp = never_raising(_format_tcp, TRUNC)
