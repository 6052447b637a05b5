"""SCTP (RFC 4960): IP protocol 132, with M3UA (RFC 4666) and ForCES
(RFC 5810) messages carried in its DATA chunks.

tcpdump's SCTP printer writes the addresses and ports itself
(``src.sport > dst.dport: sctp``), a ``[ForCES HP]``-style tag for the
ForCES ports 6704-6706, then one item per chunk: ``(1) [DATA] (B)(E) [TSN: n]
[SID: n] [SSEQ n] [PPID name]``, ``(2) [SACK] [cum ack n] ...``; later chunks
start ``, (N)``.  With ``-vv`` every chunk starts a line (``\\n\\tN) ``), and a
DATA chunk's payload follows it: M3UA's message class, type and parameters,
or ``[Payload:`` and a hex dump ``]``.  A DATA chunk of a ForCES association
(by port or PPID) prints its ForCES message at every verbosity: the message
type, with ``-v`` the header's fields, with ``-vv`` its flags, and the
complaints of tcpdump's TLV walk (with ``-vvv`` the TLVs themselves).

The decoder walks the chunks as tcpdump does, its count of the bytes left
wrapping like tcpdump's unsigned one when a chunk claims more than the
packet holds; the chunk it could not read whole ends the walk
(``stop = TRUNCATED``: `` [|sctp]``).  A chunk too short for its type's
fields ends the text with ``bogus chunk length N]``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import ClassVar

from ._base import MALFORMED, TRUNCATED, Context, Layer, ends_before
from ._dump import hex_ascii_dump
from ._rtr import never_raising
from .dccp import _addresses

__all__ = ["SctpRecord", "SctpChunk", "M3uaRecord", "ForcesRecord", "decode_sctp",
           "format_sctp"]

TRUNC = " [|sctp]"
_DATA, _INIT, _INIT_ACK, _SACK = 0, 1, 2, 3
CHUNK_NAMES = {
    0x00: "DATA", 0x01: "INIT", 0x02: "INIT ACK", 0x03: "SACK", 0x04: "HB REQ",
    0x05: "HB ACK", 0x06: "ABORT", 0x07: "SHUTDOWN", 0x08: "SHUTDOWN ACK", 0x09: "OP ERR",
    0x0A: "COOKIE ECHO", 0x0B: "COOKIE ACK", 0x0C: "ECN ECHO", 0x0D: "ECN CWR",
    0x0E: "SHUTDOWN COMPLETE", 0xC0: "FOR CUM TSN", 0xC1: "REL CTRL", 0xC2: "REL CTRL ACK",
}
PPID_NAMES = {
    1: "ISDN Q.921", 2: "M2UA", 3: "M3UA", 4: "SUA", 5: "M2PA", 6: "V5.2", 7: "H.248",
    8: "BICC", 9: "TALI", 10: "DUA", 11: "ASAP", 12: "ENRP", 13: "H.323", 14: "Q.IPC",
    15: "SIMCO", 16: "DDPSC", 17: "DDPSSC", 18: "S1AP", 19: "RUA", 20: "HNBAP",
    21: "ForCES HP", 22: "ForCES MP", 23: "ForCES LP", 24: "SBc-AP", 25: "NBAP", 27: "X2AP",
}
FORCES_CHANNELS = {6704: "ForCES HP", 6705: "ForCES MP", 6706: "ForCES LP"}
_PPID_M3UA = 3
_PPID_FORCES = frozenset((21, 22, 23))
# octets of the fields that follow the chunk header, by chunk type
_FIXED = {_DATA: 12, _INIT: 16, _INIT_ACK: 16, _SACK: 12}

_HHII = struct.Struct("!HHII")
_IHHI = struct.Struct("!IHHI")
_IIHHI = struct.Struct("!IIHHI")
_IIHH = struct.Struct("!IIHH")
_HH = struct.Struct("!HH")


# --- records ----------------------------------------------------------------------

@dataclass(slots=True)
class M3uaParam:
    """One parameter.  ``state``: ``""``, ``"short"`` (a length below 4: tcpdump's
    walk ends `` (invalid)``) or ``"cut"`` (it and its padding were not captured)."""

    tag: int = 0
    length: int = 0
    value: int = -1             # the 32-bit value tcpdump prints for a few tags (it
                                # reads it at the parameter's start, its header)
    state: str = ""


@dataclass(slots=True)
class M3uaRecord(Layer, proto="m3ua"):
    """An M3UA message (a DATA chunk's payload); ``problem`` is tcpdump's complaint
    where it stopped: ``"invalid"``, ``"version"`` (not release 1: nothing printed)
    or ``"length"`` (the header's length is not the payload's)."""

    length: int = 0             # the payload's length
    version: int = -1
    msg_class: int = -1
    msg_type: int = -1
    msg_length: int = -1
    params: list[M3uaParam] = field(default_factory=list)
    problem: str = ""
    # after the last parameter: "" or "invalid" (too few octets left for a
    # parameter header: tcpdump's " (invalid)")
    tail: str = ""


@dataclass(slots=True)
class ForcesRecord(Layer, proto="forces"):
    """A ForCES message header (a DATA chunk's payload; ``stop``: the capture ends
    inside the header).  ``problem``: ``"type"`` (an invalid message type),
    ``"unknown"`` (a valid type with no name) or ``"length"`` (the header's length
    is not the payload's).  The TLVs are read by the formatter from the packet."""

    length: int = 0             # the payload's length
    version: int = -1
    type: int = -1
    msg_length: int = -1        # in octets
    src_id: int = -1
    dst_id: int = -1
    correlator: int = -1
    flags: int = -1
    problem: str = ""


@dataclass(slots=True)
class SctpChunk:
    """One chunk.  ``error`` names a chunk tcpdump could not walk into (and where the
    walk ended): ``"cutoff"`` (too few octets left for a chunk header), ``"short"``
    (a length below 4), ``"long"`` (padding beyond the packet), ``"bogus"`` (too
    short for the type's fields; those read are kept)."""

    type: int = -1
    flags: int = 0
    length: int = 0
    error: str = ""
    fields: tuple[int, ...] = ()        # DATA: TSN, SID, SSEQ, PPID; INIT (ACK): tag,
                                        # rwnd, OS, MIS, TSN; SACK: cum ack, a_rwnd,
                                        # gap acks, dup TSNs
    gaps: list[tuple[int, int]] = field(default_factory=list)   # SACK (start, end)
    dups: list[int] = field(default_factory=list)               # SACK duplicate TSNs
    payload_offset: int = -1            # DATA: where the payload starts in the SCTP packet
    payload_length: int = 0
    m3ua: M3uaRecord | None = None
    forces: ForcesRecord | None = None


@dataclass(slots=True)
class SctpRecord(Layer, proto="sctp"):
    """An SCTP packet: the common header and the chunks walked."""

    prints_addresses: ClassVar[bool] = True   # the walker leaves "src.port > dst.port: " to it

    length: int = 0             # the IP payload's length
    sport: int = -1
    dport: int = -1
    vtag: int = -1
    checksum: int = -1
    chunks: list[SctpChunk] = field(default_factory=list)
    data: bytes = field(default=b"", repr=False)    # the captured packet (the formatter
                                                    # reads payloads and ForCES TLVs there)


# --- decoding ---------------------------------------------------------------------

def decode_sctp(data: bytes, length: int, ctx: Context) -> SctpRecord:
    rec = SctpRecord(length=length, data=bytes(data))
    try:
        _walk_chunks(rec, rec.data, length)
    except Exception:           # never raises on packet bytes
        rec.stop = MALFORMED
    return rec


def _walk_chunks(rec: SctpRecord, d: bytes, length: int) -> None:
    if ends_before(rec, d, length, 12):
        return
    rec.sport, rec.dport, rec.vtag, rec.checksum = _HHII.unpack_from(d, 0)
    forces = rec.sport in FORCES_CHANNELS or rec.dport in FORCES_CHANNELS
    pos = 12
    n = len(d)
    # tcpdump counts the octets left in an unsigned int: a chunk longer than the
    # packet makes it wrap, and the walk goes on until the capture ends
    while (length - pos) & 0xFFFFFFFF:
        left = (length - pos) & 0xFFFFFFFF
        if left < 4:
            rec.chunks.append(SctpChunk(error="cutoff"))
            return
        if n < pos + 4:
            rec.stop = TRUNCATED
            return
        ctype, cflags, clen = d[pos], d[pos + 1], d[pos + 2] << 8 | d[pos + 3]
        ch = SctpChunk(type=ctype, flags=cflags, length=clen)
        if clen < 4:
            ch.error = "short"
            rec.chunks.append(ch)
            return
        align = -clen % 4
        if left < align:
            ch.error = "long"
            rec.chunks.append(ch)
            return
        if n < pos + clen:
            rec.stop = TRUNCATED
            return
        rec.chunks.append(ch)
        body = pos + 4
        rest = clen - 4
        need = _FIXED.get(ctype, 0)
        if rest < need:
            ch.error = "bogus"
            return
        if ctype == _DATA:
            ch.fields = _IHHI.unpack_from(d, body)
            ppid = ch.fields[3]
            forces = forces or ppid in _PPID_FORCES
            psize = rest - 12
            if psize == 0:
                ch.error = "bogus"
                return
            start = body + 12
            ch.payload_offset, ch.payload_length = start, psize
            if forces:
                ch.forces = decode_forces_header(d, start, psize)
            elif ppid == _PPID_M3UA:
                ch.m3ua = _m3ua(d, start, psize)
        elif ctype in (_INIT, _INIT_ACK):
            ch.fields = _IIHHI.unpack_from(d, body)
        elif ctype == _SACK:
            ch.fields = cum, _, ngaps, ndups = _IIHH.unpack_from(d, body)
            off, rest = body + 12, rest - 12
            for i in range(ngaps + ndups):      # the gap blocks, then the duplicate TSNs
                if rest == 0:
                    break
                if rest < 4:
                    ch.error = "bogus"
                    return
                if i < ngaps:
                    s, e = _HH.unpack_from(d, off)
                    ch.gaps.append(((cum + s) & 0xFFFFFFFF, (cum + e) & 0xFFFFFFFF))
                else:
                    ch.dups.append(int.from_bytes(d[off:off + 4], "big"))
                off, rest = off + 4, rest - 4
        pos += clen
        if align:
            if n < pos + align:
                rec.stop = TRUNCATED
                return
            pos += align


def _m3ua(d: bytes, start: int, size: int) -> M3uaRecord:
    """The M3UA message of ``size`` octets at ``d[start:]`` (all captured; what
    follows it in ``d`` is what tcpdump may read past it)."""
    m = M3uaRecord(length=size)
    if size < 8:
        m.problem = "invalid"
        return m
    m.version, _, m.msg_class, m.msg_type = d[start:start + 4]
    m.msg_length = int.from_bytes(d[start + 4:start + 8], "big")
    if m.version != 1:
        m.problem = "version"
        return m
    if m.msg_length != size:
        m.problem = "length"
        return m
    base = start + 8
    end = start + size      # the parameters' area: base .. end
    p = base
    while p < end:
        if p + 4 > end:
            m.tail = "invalid"
            return m
        tag, plen = _HH.unpack_from(d, p)
        prm = M3uaParam(tag=tag, length=plen)
        m.params.append(prm)
        if plen < 4:
            prm.state = "short"
            return m
        pad = -(p + plen - base) % 4
        if p + plen + pad > len(d):
            prm.state = "cut"
            m.stop = TRUNCATED
            return m
        prm.value = int.from_bytes(d[p:p + 4], "big")
        p += plen + pad
    return m


# --- formatting -------------------------------------------------------------------

def _format(rec: SctpRecord, ctx: Context) -> str:
    if rec.sport < 0:
        if rec.stop == MALFORMED and rec.length < 12:
            return f"truncated-sctp - {12 - rec.length} bytes missing!"
        return TRUNC
    v = ctx.opts.verbose
    out = [_addresses(ctx, rec.sport, rec.dport) + "sctp"]
    for port in (rec.sport, rec.dport):
        if port in FORCES_CHANNELS:
            out.append(f"[{FORCES_CHANNELS[port]}]")
    sep = "\n\t" if v >= 2 else " ("
    for i, ch in enumerate(rec.chunks, 1):
        if ch.error == "cutoff":
            out.append(f"{sep}{i}) [chunk descriptor cut off at end of packet]")
            return "".join(out)
        if ch.error == "short":
            out.append(f"{sep}{i}) [Bad chunk length {ch.length}, < size of chunk descriptor]")
            return "".join(out)
        if ch.error == "long":
            out.append(f"{sep}{i}) [Bad chunk length {ch.length}, > remaining data in packet]")
            return "".join(out)
        name = CHUNK_NAMES.get(ch.type, f"Unknown chunk type: 0x{ch.type:x}")
        out.append(f"{sep}{i}) [{name}] ")
        if ch.type == _DATA:
            flags = ("(U)" if ch.flags & 4 else "") + ("(B)" if ch.flags & 2 else "") + \
                    ("(E)" if ch.flags & 1 else "")
            out.append(flags + " " if flags else "")
            if ch.fields:
                tsn, sid, sseq, ppid = ch.fields
                out.append(f"[TSN: {tsn}] [SID: {sid}] [SSEQ {sseq}] "
                           f"[PPID {PPID_NAMES.get(ppid, f'0x{ppid:x}')}] ")
                if ch.error != "bogus":
                    text, cut = _payload_text(rec, ch, ctx)
                    out.append(text)
                    if cut:
                        return "".join(out)
        elif ch.type in (_INIT, _INIT_ACK) and ch.fields:
            tag, rwnd, os_, mis, tsn = ch.fields
            out.append(f"[init tag: {tag}] [rwnd: {rwnd}] [OS: {os_}] [MIS: {mis}] "
                       f"[init TSN: {tsn}] ")
        elif ch.type == _SACK and ch.fields:
            cum, rwnd, ngaps, ndups = ch.fields
            out.append(f"[cum ack {cum}] [a_rwnd {rwnd}] [#gap acks {ngaps}] "
                       f"[#dup tsns {ndups}] ")
            for n, (s, e) in enumerate(ch.gaps, 1):
                out.append(f"\n\t\t[gap ack block #{n}: start = {s}, end = {e}] ")
            for n, t in enumerate(ch.dups, 1):
                out.append(f"\n\t\t[dup TSN #{n}: {t}] ")
        if ch.error == "bogus":
            out.append(f"bogus chunk length {ch.length}]")
            return "".join(out)
        if v < 2:
            sep = ", ("
    if rec.stop is not None:
        out.append(TRUNC)
    return "".join(out)


format_sctp = never_raising(_format, TRUNC)


def _payload_text(rec: SctpRecord, ch: SctpChunk, ctx: Context) -> tuple[str, bool]:
    """A DATA chunk's payload as tcpdump prints it, and whether the packet's text
    ends there."""
    o = ctx.opts
    if ch.forces is not None:
        return format_forces(ch.forces, rec.data, ch.payload_offset, o.verbose)
    if o.verbose < 2:
        return "", False
    if ch.m3ua is not None:
        return _format_m3ua(ch.m3ua)
    if o.suppress_default_print:
        return "[Payload]", False
    start = ch.payload_offset
    payload = rec.data[start:start + ch.payload_length]
    return "[Payload:" + hex_ascii_dump(payload, "\n\t") + "]", False


_M3UA_CLASSES = {0: "Management", 1: "Transfer", 2: "SS7", 3: "ASP", 4: "ASP",
                 9: "Routing Key Management"}
_M3UA_TYPES: dict[int, dict[int, str]] = {
    0: {0: "Error", 1: "Notify"},
    1: {1: "Data"},
    2: {1: "Destination Unavailable", 2: "Destination Available",
        3: "Destination State Audit", 4: "Signalling Congestion",
        5: "Destination User Part Unavailable", 6: "Destination Restricted"},
    3: {1: "Up", 2: "Down", 3: "Heartbeat", 4: "Up Acknowledgement",
        5: "Down Acknowledgement", 6: "Heartbeat Acknowledgement"},
    4: {1: "Active", 2: "Inactive", 3: "Active Acknowledgement",
        4: "Inactive Acknowledgement"},
    9: {1: "Registration Request", 2: "Registration Response",
        3: "Deregistration Request", 4: "Deregistration Response"},
}
_M3UA_PARAMS = {
    0x0004: "INFO String", 0x0006: "Routing Context", 0x0007: "Diagnostic Info",
    0x0009: "Heartbeat Data", 0x000B: "Traffic Mode Type", 0x000C: "Error Code",
    0x000D: "Status", 0x0011: "ASP Identifier", 0x0012: "Affected Point Code",
    0x0013: "Correlation ID", 0x0200: "Network Appearance", 0x0204: "User/Cause",
    0x0205: "Congestion Indications", 0x0206: "Concerned Destination",
    0x0207: "Routing Key", 0x0208: "Registration Result", 0x0209: "Deregistration Result",
    0x020A: "Local Routing Key Identifier", 0x020B: "Destination Point Code",
    0x020C: "Service Indicators", 0x020E: "Originating Point Code List",
    0x0210: "Protocol Data", 0x0212: "Registration Status", 0x0213: "Deregistration Status",
}
_M3UA_VALUE_TAGS = frozenset((0x0200, 0x0006, 0x0013))


def _format_m3ua(m: M3uaRecord) -> tuple[str, bool]:
    if m.problem == "invalid":
        return " (invalid)", False
    if m.problem == "version":
        return "", False
    out = [f"\n\t\t{_M3UA_CLASSES.get(m.msg_class, f'Unknown message class {m.msg_class}')}"]
    types = _M3UA_TYPES.get(m.msg_class)
    if types is not None:
        out.append(f" {types.get(m.msg_type, f'Unknown (0x{m.msg_type:02x})')} Message")
    if m.problem == "length":
        out.append(f"\n\t\t\t@@@@@@ Corrupted length {m.msg_length} of message @@@@@@")
        return "".join(out), False
    for p in m.params:
        out.append(f"\n\t\t\t{_M3UA_PARAMS.get(p.tag, f'Unknown Parameter (0x{p.tag:04x})')}: ")
        if p.state == "short":
            out.append(" (invalid)")
        elif p.state == "cut":
            return "".join(out) + " [|m3ua]", True
        elif p.tag in _M3UA_VALUE_TAGS:
            out.append(" (invalid)" if p.length < 8 else f"0x{p.value:08x}")
        else:
            out.append(f"(length {p.length})")
    if m.tail:
        out.append(" (invalid)")
    return "".join(out), False



# --- ForCES (RFC 5810) ------------------------------------------------------------
# tcpdump prints a ForCES message in a DATA chunk at every verbosity: the header's
# message type (with -v its version, length, ids and correlator, with -vv its flags);
# the TLVs below it are walked at every verbosity too, for their complaints (bad
# lengths, invalid types), though most of their contents are printed only with -vvv.
# A complaint makes tcpdump give up on the message and dump it in hex.  Reads past
# the capture end the packet's text (`` [|forces]``); some checks of the captured
# length print `` [|forces]`` and let the walk go on.

# message types: name, tcpdump's flags for the top-level TLVs (1: none allowed,
# 2: zero or more, 4: one or more; the high nibble: at most that many), the
# operations allowed, and the printer of the top-level TLVs
_REPORT, _SET, _SETPROP, _DEL, _COMMIT, _RTRCOMP = 1 << 10, 1 << 0, 1 << 1, 1 << 4, 1 << 11, 1 << 13
_SETRESP, _SETPRESP, _DELRESP, _RCOMMIT = 1 << 2, 1 << 3, 1 << 5, 1 << 12
_GET, _GETPROP, _GETRESP, _GETPRESP = 1 << 6, 1 << 7, 1 << 8, 1 << 9
_FORCES_TYPES: dict[int, tuple[str, int, int, str]] = {
    0x01: ("Association Setup", 0x22, _REPORT, "lfbselect"),
    0x02: ("Association TearDown", 0x14, 0, "astresult"),
    0x03: ("Config", 0xF4, _SET | _SETPROP | _DEL | _COMMIT | _RTRCOMP, "lfbselect"),
    0x04: ("Query", 0xF4, _GET | _GETPROP, "lfbselect"),
    0x05: ("Event Notification", 0x14, _REPORT, "lfbselect"),
    0x06: ("Packet Redirect", 0xF4, 0, "redirect"),
    0x0F: ("HeartBeat", 0x01, 0, ""),
    0x11: ("Association Response", 0x14, 0, "asresult"),
    0x13: ("Config Response", 0xF4, _SETRESP | _SETPRESP | _DELRESP | _RCOMMIT, "lfbselect"),
    0x14: ("Query Response", 0xF4, _GETRESP | _GETPRESP, "lfbselect"),
}
_TLV_NAMES = {0x0000: "Invalid TLV", 0x0001: "REDIRECT TLV", 0x0010: "ASResult TLV",
              0x0011: "ASTreason TLV", 0x1000: "LFBselect TLV", 0x0110: "PATH-DATA TLV",
              0x0111: "KEYINFO TLV", 0x0112: "FULLDATA TLV", 0x0113: "SPARSEDATA TLV",
              0x0114: "RESULT TLV", 0x0115: "METADATA TLV", 0x0116: "REDIRECTDATA TLV"}
_PDAT, _KEYI, _FULD, _SPAD, _REST, _METD, _REDD = 0x110, 0x111, 0x112, 0x113, 0x114, 0x115, 0x116
_TLV_ERRORS = {1: "Invalid total length", 2: "xLV too short", 3: "xLV too long",
               4: "data padding missing"}
_LFB_NAMES = {0: "Invalid TLV", 1: "FEObj LFB", 2: "FEProtoObj LFB"}
# data encodings of path data (B_FULLD ...)
_FULLD, _SPARD, _RESTV, _KEYIN, _APPND, _TRNG = 0x1, 0x2, 0x4, 0x8, 0x10, 0x20
# operation TLVs: name, data encodings allowed, printer of their data
_OPERATIONS: dict[int, tuple[str, int, str]] = {
    1: (" Set", _FULLD | _SPARD, "pathdata"), 2: (" SetProp", _FULLD | _SPARD, "pathdata"),
    3: (" SetResp", _RESTV, "pathdata"), 4: (" SetPropResp", _RESTV, "pathdata"),
    5: (" Del", 0, "pathdata"), 6: (" DelResp", _RESTV, "pathdata"),
    7: (" Get", 0, "pathdata"), 8: (" GetProp", 0, "pathdata"),
    9: (" GetResp", _FULLD | _SPARD | _RESTV, "pathdata"),
    10: (" GetPropResp", _FULLD | _RESTV, "pathdata"), 11: (" Report", _FULLD | _SPARD, "pathdata"),
    12: (" Commit", 0, ""), 13: (" RCommit", _RESTV, "generic"), 14: (" RTRCOMP", 0, ""),
}
_INVALID_OPERATION = ("Invalid OPTLV", 0, "invalid")
# path data TLVs: name, the data encoding they are
_PATH_DATA = {_KEYI: ("KEYINFO TLV", 0), _FULD: ("FULLDATA TLV", _FULLD),
              _SPAD: ("SPARSEDATA TLV", _SPARD), _REST: ("RESULT TLV", _RESTV),
              _PDAT: ("Inner PATH-DATA TLV", 0)}
_RESULTS = ("SUCCESS", "INVALID HEADER", "LENGTH MISMATCH", "VERSION MISMATCH",
            "INVALID DESTINATION PID", "LFB UNKNOWN", "LFB NOT FOUND",
            "LFB INSTANCE ID NOT FOUND", "INVALID PATH", "COMPONENT DOES NOT EXIST",
            "EXISTS ALREADY", "NOT FOUND", "READ ONLY", "INVALID ARRAY CREATION",
            "VALUE OUT OF RANGE", "CONTENTS TOO LONG", "INVALID PARAMETERS",
            "INVALID MESSAGE TYPE", "INVALID FLAGS", "INVALID TLV", "EVENT ERROR",
            "NOT SUPPORTED", "MEMORY ERROR", "INTERNAL ERROR")
_TEARDOWN = ("Normal Teardown", "Loss of Heartbeats", "Out of bandwidth", "Out of Memory",
             "Application Crash")
_AS_RESULTS = ("Success ", "FE ID invalid ", "permission denied ")
_FORCES_ACKS = ("NoACK", "SuccessACK", "FailureACK", "AlwaysACK")
_FORCES_EMS = ("EMReserved", "execute-all-or-none", "execute-until-failure",
               "continue-execute-on-failure")
_FORCES_ATS = ("Standalone", "2PCtransaction")
_FORCES_TPS = ("StartofTransaction", "MiddleofTransaction", "EndofTransaction", "abort")
_FAIL = -1


def _forces_type_valid(t: int) -> bool:
    return 0 < t <= 0x14 and not 0x07 <= t <= 0x0E and t != 0x10


def decode_forces_header(d: bytes, start: int, size: int) -> ForcesRecord:
    """The ForCES header of the message of ``size`` octets at ``d[start:]``."""
    f = ForcesRecord(length=size)
    if len(d) < start + 24:
        f.stop = TRUNCATED
        return f
    h = d[start:start + 24]
    f.version, f.type = h[0] >> 4, h[1]
    f.msg_length = (h[2] << 8 | h[3]) << 2
    f.src_id, f.dst_id = struct.unpack_from("!II", h, 4)
    f.correlator = int.from_bytes(h[12:20], "big")
    f.flags = int.from_bytes(h[20:24], "big")
    if not _forces_type_valid(f.type):
        f.problem = "type"
    elif f.type not in _FORCES_TYPES:
        f.problem = "unknown"
    elif not (size >= 24 and f.msg_length == size):
        f.problem = "length"
    return f


def _forces_node(node: int) -> str:
    if node <= 0x3FFFFFFF:
        return "FE"
    if 0x40000000 <= node <= 0x7FFFFFFF:
        return "CE"
    if 0xC0000000 <= node <= 0xFFFFFFEF:
        return "AllMulticast"
    return {0xFFFFFFFD: "AllCEsBroadcast", 0xFFFFFFFE: "AllFEsBroadcast",
            0xFFFFFFFF: "AllBroadcast"}.get(node, "ForCESreserved")


def _unnamed(v: int) -> str:
    """tcpdump's name of a value its table lacks: ``#`` and the value as a signed int."""
    return f"#{v - (1 << 32) if v >= 1 << 31 else v}"


def _aligned(n: int) -> int:
    return ((n + 3) & ~3) & 0xFFFFFFFF


def _tlv_problem(tlen: int, left: int) -> int:
    """tcpdump's check of an xLV of ``tlen`` octets where ``left`` remain (0: fine)."""
    if left < 4:
        return 1
    if tlen < 4:
        return 2
    if tlen > left:
        return 3
    if left < _aligned(tlen):
        return 4
    return 0


def _top_tlv_valid(t: int) -> bool:
    return t == 1 or t == 0x1000 or 0x10 <= t <= 0x11 or 0x110 <= t <= 0x116


def _operation_allowed(op: int, mask: int) -> bool:
    if op == 0:
        return False
    if op <= 14:
        return bool((1 << (op - 1)) & mask)
    return op >= 0x8000


def _pad(n: int, newline: bool = False) -> str:
    """tcpdump's indentation of ``n`` (with a newline, which counts as one)."""
    n = min(n, 255)
    return "\n" + " " * (n - 1) if newline else " " * n


class _Cut(Exception):
    """A read past the capture: tcpdump's text of the packet ends (`` [|forces]``)."""


class _ForcesText:
    """The text of one ForCES message's TLVs, read from the captured packet ``d``."""

    def __init__(self, d: bytes, v: int) -> None:
        self.d = d
        self.v = v
        self.out: list[str] = []

    def w(self, s: str) -> None:
        self.out.append(s)

    def u16(self, off: int) -> int:
        if off < 0 or off + 2 > len(self.d):
            raise _Cut
        return self.d[off] << 8 | self.d[off + 1]

    def u32(self, off: int) -> int:
        if off < 0 or off + 4 > len(self.d):
            raise _Cut
        return int.from_bytes(self.d[off:off + 4], "big")

    def captured(self, off: int, k: int) -> bool:
        return 0 <= off and off + k <= len(self.d)

    def soft_cut(self) -> int:
        """A check of the captured length failed: tcpdump says so and gives up on
        the message, not the packet."""
        self.w(" [|forces]")
        return _FAIL

    def hex(self, ident: str, off: int, length: int) -> None:
        """tcpdump's hex_print: 16 octets a line, each line starting with ``ident``;
        what was not captured ends the packet's text."""
        cap = max(len(self.d) - off, 0)
        cut = length > cap
        chunk = self.d[off:off + min(length, cap)] if length > 0 else b""
        for line in range(0, len(chunk), 16):
            part = chunk[line:line + 16]
            words = " ".join(part[i:i + 2].hex() for i in range(0, len(part), 2))
            self.w(f"{ident}0x{line:04x}:  {words}")
        if cut:
            raise _Cut

    # -- the message's top-level TLVs --
    def message(self, p: int, mlen: int, ftype: int) -> int:
        _, flags, ops, printer = _FORCES_TYPES[ftype]
        left = mlen - 24
        if left > 4:
            if flags & 0x01:
                self.w(f"<0x{flags:x}>Illegal Top level TLV!\n")
                return _FAIL
        else:
            if flags & 0x02:
                return 0
            if flags & 0x04:
                self.w("\tTop level TLV Data missing!\n")
                return _FAIL
        if flags & 0x01:
            return 0
        most = flags >> 4
        t = p + 24
        while left:
            ttype, tlen = self.u16(t), self.u16(t + 2)
            if _tlv_problem(tlen, left):
                break
            if not _top_tlv_valid(ttype):
                self.w(f"\n\tInvalid ForCES Top TLV type=0x{ttype:x}")
                return _FAIL
            if self.v >= 3:
                self.w(f"\t{_TLV_NAMES.get(ttype, _unnamed(ttype))}, length {tlen} "
                       f"(data length {tlen - 4} Bytes)")
            if self.top(printer, t + 4, tlen, ops, 9) < 0:
                return _FAIL
            t += _aligned(tlen)
            left -= _aligned(tlen)
            most -= 1
            if most <= 0:
                break
        if left:
            self.w(f"\tMess TopTLV header: min 4, total {left} advertised {self.u16(t + 2)} ")
            return _FAIL
        return 0

    def top(self, printer: str, p: int, tlen: int, ops: int, indent: int) -> int:
        if printer == "lfbselect":
            return self.lfbselect(p, tlen, ops, indent)
        if printer == "redirect":
            return self.redirect(p, tlen, indent)
        return self.result_code(p, tlen, indent, printer == "astresult")

    def result_code(self, p: int, tlen: int, indent: int, teardown: bool) -> int:
        """An association teardown reason or setup result."""
        name = "AST" if teardown else "ASR"
        if tlen - 4 != 4:
            self.w(f"illegal {name}result-TLV: {(tlen - 4) & 0xFFFFFFFF} bytes!\n")
            return _FAIL
        code = self.u32(p)
        if code > (255 if teardown else 3):
            self.w(f"illegal {name}result result code: {code}!\n")
            return _FAIL
        if self.v >= 3:
            ib = _pad(indent)
            if teardown:
                why = _TEARDOWN[code] if code < len(_TEARDOWN) else "Unknown Teardown reason"
                self.w(f"Teardown reason:\n{ib}{why}({code:x})\n{ib}")
            else:
                why = _AS_RESULTS[code] if code < len(_AS_RESULTS) else "Unknown "
                self.w(f"\n{ib}{why}({code:x})\n{ib}")
        return 0

    def lfbselect(self, p: int, tlen: int, ops: int, indent: int) -> int:
        ib = _pad(indent)
        dlen = tlen - 4
        if dlen <= 12:
            self.w(f"\n\t\ttruncated lfb selector: {12 - dlen} bytes missing! ")
            return _FAIL
        left = dlen - 8
        if not self.captured(p, 8):
            return self.soft_cut()
        if self.v >= 3:
            cls = self.u32(p)
            self.w(f"\n{ib}{_LFB_NAMES.get(cls, _unnamed(cls))}(Classid {cls:x}) "
                   f"instance {self.u32(p + 4):x}\n")
        o = p + 8
        indent += 1
        while left:
            otype, olen = self.u16(o), self.u16(o + 2)
            if _tlv_problem(olen, left):
                break
            if _operation_allowed(otype, ops):
                self.operation(o, indent)
            else:
                if self.v < 3:
                    self.w("\n")
                self.w(f"\t\tINValid oper-TLV type 0x{otype:x} length {olen} "
                       "for this ForCES message\n")
                self.invalid_data(o, left, indent)
            o += _aligned(olen)
            left -= _aligned(olen)
        if left:
            return self.messy("oper", o, left)
        return 0

    def messy(self, kind: str, p: int, left: int) -> int:
        """tcpdump's complaint about ``left`` octets after a list of TLVs; _FAIL."""
        self.w(f"\n\t\tMessy {kind} TLV header, type (0x{self.u16(p):x})\n\t\texcess of "
               f"{(left - self.u16(p + 2)) & 0xFFFFFFFF} Bytes ")
        return _FAIL

    def invalid_data(self, p: int, length: int, indent: int) -> int:
        if self.v >= 3:
            ib = _pad(indent, True)
            self.w(f"{ib[1:]}Data[")
            self.hex(ib, p, length)
            self.w(f"{ib}]\n")
        return _FAIL

    def operation(self, o: int, indent: int) -> int:
        ib = _pad(indent)
        otype, olen = self.u16(o), self.u16(o + 2)
        dlen = olen - 4
        name, encodings, printer = _OPERATIONS.get(otype, _INVALID_OPERATION)
        if self.v >= 3:
            self.w(f"{ib}Oper TLV {name}(0x{otype:x}) length {olen}\n")
        if dlen < 8:
            self.w(f"\t\tOper TLV {name}(0x{otype:x}) length {olen}\n"
                   f"\t\tTruncated data size {dlen} minimum required 8\n")
            return self.invalid_data(o + 4, dlen, indent)
        if printer == "pathdata":
            return self.path_tlvs(o + 4, dlen, encodings, indent + 1)
        if printer == "generic":
            return self.generic(o + 4, dlen, encodings, indent + 1)
        if printer == "invalid":
            return self.invalid_data(o + 4, dlen, indent + 1)
        return 0

    def generic(self, p: int, length: int, mask: int, indent: int) -> int:
        ib = _pad(indent)
        ttype, tlen = self.u16(p), self.u16(p + 2)
        problem = _tlv_problem(tlen, length)
        tname = _TLV_NAMES.get(ttype, _unnamed(ttype))
        self.w(f"genoptlvprint - {tname} TLV type 0x{ttype:x} len {tlen}\n")
        if problem:
            self.w(f"\t\t\tInvalid ForCES TLV type={ttype:x}")
            return _FAIL
        if not _top_tlv_valid(ttype):
            self.w(f"#0 TLV type 0x{ttype:x} len {tlen}\n")
            return _FAIL
        if self.v >= 3:
            self.w(f"{ib}{tname}, length {tlen} (data length {tlen - 4} Bytes)")
        return self.path_data(p + 4, tlen - 4, mask, indent + 1)

    def path_tlvs(self, p: int, length: int, mask: int, indent: int) -> int:
        """A sequence of PATH-DATA TLVs."""
        while length:
            tlen = self.u16(p + 2)
            if _tlv_problem(tlen, length):
                break
            ib = _pad(indent)
            ttype = self.u16(p)
            if self.v >= 3:
                self.w(f"{ib}{_TLV_NAMES.get(ttype, _unnamed(ttype))}, length {tlen} "
                       f"(data encapsulated {tlen - 4} Bytes)")
            if self.path_data(p + 4, tlen - 4, mask, indent + 1) == _FAIL:
                return _FAIL
            p += _aligned(tlen)
            length -= _aligned(tlen)
        if length:
            return self.messy("PATHDATA", p, length)
        return 0

    def path_data(self, p: int, length: int, mask: int, indent: int) -> int:
        """One path: flags, the ids, a table range or key, then the data."""
        ib = _pad(indent)
        if not self.captured(p, 4) or length < 4:
            return self.soft_cut()
        pflags, count = self.u16(p), self.u16(p + 2)
        if self.v >= 3:
            self.w(f"\n{ib}Pathdata: Flags 0x{pflags:x} ID count {count}\n")
        if pflags & 1:
            mask |= _KEYIN
        if pflags & 2:
            mask |= _TRNG
        if pflags & 4:
            mask |= _APPND
        p += 4
        length -= 4
        if length < count * 4:
            self.w(f"\t\t\ttruncated IDs expected {count * 4}B got {length}B\n")
            self.hex("\t\t\tID Data[", p, length)
            self.w("]\n")
            return _FAIL
        if mask & _TRNG and mask & _KEYIN:
            self.w("\t\t\tIllegal to have both Table ranges and keys\n")
            return _FAIL
        more = self.path_content(p, length, count, mask, indent)
        if more > 0:
            return self.path_tlvs(p + length - more, more, mask, indent + 1)
        return 0

    def path_content(self, p: int, length: int, count: int, mask: int, indent: int) -> int:
        """The ids, range or key and the data of a path; the octets left after them
        (tcpdump's pdatacnt_print)."""
        ib = _pad(indent)
        v = self.v
        if mask & _APPND and v >= 3:
            self.w(f"{ib}TABLE APPEND\n")
        for i in range(count):
            if not self.captured(p, 4) or length < 4:
                return self.soft_cut()
            if v >= 3:
                self.w(f"{ib}ID#{i + 1:02d}: {self.u32(p)}\n")
            length -= 4
            p += 4
        if mask & _TRNG:
            if length < 12:
                self.w(f"pathlength {length} with key/range too short 12\n")
                return _FAIL
            first, last = self.u32(p + 4), self.u32(p + 8)
            p += 12
            length -= 12
            if v >= 3:
                self.w(f"{ib}Table range: [{first},{last}]\n")
        if mask & _KEYIN:
            if length < 12:
                self.w(f"pathlength {length} with key/range too short 12\n")
                return _FAIL
            klen = self.u16(p + 6)
            p += 8
            length -= 8
            if klen < 4:
                self.w(f"key content length {klen} < 4\n")
                return _FAIL
            klen -= 4
            if length < klen:
                self.w("key content too short\n")
                return _FAIL
            p += klen
            length -= klen
        if not length:
            return 0
        ttype, tlen = self.u16(p), self.u16(p + 2)
        problem = _tlv_problem(tlen, length)
        if problem:
            self.w(f"{_TLV_ERRORS[problem]} Outstanding bytes {length} for TLV type "
                   f"0x{ttype:x} TLV len {tlen}\n")
            return self._bad_data(p, length, tlen)
        dlen = tlen - 4
        padded = _aligned(tlen)
        pad = 0
        if padded > tlen:
            if padded > length:
                self.w(f"Invalid padded pathdata TLV type 0x{ttype:x} len {tlen} missing "
                       f"{padded - length} pad bytes\n")
            else:
                pad = padded - tlen
        kind = _PATH_DATA.get(ttype)
        if kind is None:
            self.w(f"Invalid path data content type 0x{ttype:x} len {tlen}\n")
            return self._bad_data(p, length, tlen)
        name, encoding = kind
        if v >= 3 and ttype != _PDAT:
            extra = f" pad {pad}" if pad else ""
            self.w(f"{ib}  {name} (Length {tlen} DataLen {dlen}{extra} Bytes)\n")
        if ttype != _PDAT:
            if mask & _KEYIN:
                if ttype != _KEYI:
                    self.w("Based on flags expected KEYINFO TLV!\n")
            elif not mask & encoding:
                self.w(f"Illegal DATA encoding for type 0x{ttype:x} programmed "
                       f"{encoding:x} got {mask:x}\n")
        whole = dlen + pad + 4
        if ttype == _KEYI:
            rc = self.keyinfo(p, whole, indent + 2)
        elif ttype == _FULD:
            rc = self.fulldata(p, whole, indent + 2)
        elif ttype == _SPAD:
            rc = self.sparsedata(p, whole, indent + 2)
        elif ttype == _REST:
            rc = self.result(p, whole, indent + 2)
        else:
            rc = self.path_tlvs(p, whole, mask, indent + 2)
        if rc == _FAIL:
            return _FAIL
        return length - whole

    def _bad_data(self, p: int, length: int, tlen: int) -> int:
        if tlen:
            self.hex("Bad Data val\n\t  [", p, length)
            self.w("]\n")
            return _FAIL
        return length

    def result(self, p: int, length: int, indent: int) -> int:
        dlen = length - 4
        if dlen != 4:
            self.w(f"illegal RESULT-TLV: {dlen & 0xFFFFFFFF} bytes!\n")
            return _FAIL
        if not self.captured(p + 4, 4):
            return self.soft_cut()
        code = self.d[p + 4]
        if 0x18 <= code <= 0xFE:
            self.w(f"illegal reserved result code: 0x{code:x}!\n")
            return _FAIL
        if self.v >= 3:
            name = _RESULTS[code] if code < len(_RESULTS) else \
                "UNSPECIFIED ERROR" if code == 0xFF else _unnamed(code)
            self.w(f"{_pad(indent)}  Result: {name} (code 0x{code:x})\n")
        return 0

    def fulldata(self, p: int, length: int, indent: int) -> int:
        if not self.captured(p, 4):
            return self.soft_cut()
        if self.u16(p) != _FULD:
            self.w("Error: expecting FULLDATA!\n")
            return _FAIL
        if self.v >= 3:
            ib = _pad(indent + 2, True)
            self.w(f"{ib[1:]}[")
            self.hex(ib, p + 4, (length - 4) & 0xFFFFFFFF)
            self.w(f"\n{ib[1:]}]")
        return 0

    def keyinfo(self, p: int, length: int, indent: int) -> int:
        key = self.u32(p + 4)
        self.w(f"{_pad(indent)}Keyinfo: Key 0x{key:x}\n")
        k = p + 8
        ktype, klen = self.u16(k), self.u16(k + 2)
        problem = _tlv_problem(klen, length)
        if problem:
            self.w(f"{_TLV_ERRORS[problem]} TLV type 0x{ktype:x} len {klen}\n")
            return _FAIL
        # tcpdump reads the key's data as a FULLDATA TLV
        return self.fulldata(k + 4, klen, indent)

    def sparsedata(self, p: int, length: int, indent: int) -> int:
        if not self.captured(p, 4):
            return self.soft_cut()
        if self.u16(p) != _SPAD:
            self.w("Error: expecting SPARSEDATA!\n")
            return _FAIL
        left = (length - 4) & 0xFFFFFFFF
        if left < 8:
            self.w("Error: BAD SPARSEDATA-TLV!\n")
            return _FAIL
        i = p + 4
        indent += 1
        while left:
            ib = _pad(indent, True)
            problem = self._ilv_problem(i, left)
            if problem:
                self.w(f"Error: {_TLV_ERRORS[problem]}, rlen {left}\n")
                return _FAIL
            ilen = self.u32(i + 4)
            if self.v >= 3:
                self.w(f"\n{ib[1:]} ILV: type {self.u32(i):x} length {ilen}\n")
                self.hex("\t\t[", i + 8, ilen - 8)
            i += _aligned(ilen)
            left -= _aligned(ilen)
        return 0

    def _ilv_problem(self, i: int, left: int) -> int:
        if left < 8:
            return 1
        ilen = self.u32(i + 4)
        if ilen < 8:
            return 2
        if ilen > left:
            return 3
        if left < _aligned(ilen):
            return 4
        return 0

    def redirect(self, p: int, tlen: int, indent: int) -> int:
        dlen = tlen - 4
        if dlen <= 8:
            self.w(f"\n\t\ttruncated Redirect TLV: {8 - dlen} bytes missing! ")
            return _FAIL
        left = dlen
        indent += 1
        t = p
        while left:
            ttype, rlen = self.u16(t), self.u16(t + 2)
            if _tlv_problem(rlen, left):
                self.w("Bad Redirect data\n")
                break
            if ttype == _METD:
                self.metadata(t + 4, rlen, indent)
            elif ttype == _REDD:
                ib = _pad(indent)
                self.w(f"\n{ib} Redirect Data length {rlen - 4}\n")
                if self.v >= 3:
                    self.w("\t\t[")
                    self.hex("\n\t\t", t + 4, rlen - 4)
                    self.w("\n\t\t]")
            else:
                self.w(f"Unknown REDIRECT TLV 0x{ttype:x} len {rlen}\n")
            t += _aligned(rlen)
            left -= _aligned(rlen)
        if left:
            return self.messy("Redirect", t, left)
        return 0

    def metadata(self, p: int, tlen: int, indent: int) -> None:
        left = tlen - 4
        self.w(f"\n{_pad(indent)} METADATA length {left}\n")
        i = p
        while left:
            if self._ilv_problem(i, left):
                break
            ilen = self.u32(i + 4)
            self.w(f"{_pad(indent + 1)}MetaID 0x{self.u32(i):x} length {ilen}\n")
            if self.v >= 3:
                self.hex("\t\t[", i + 8, ilen - 8)
                self.w(" ]\n")
            i += _aligned(ilen)
            left -= _aligned(ilen)


def format_forces(f: ForcesRecord, d: bytes, start: int, v: int) -> tuple[str, bool]:
    """tcpdump's text of the ForCES message at ``d[start:]`` (``f`` its header), and
    whether the packet's text ends there."""
    if f.stop is not None:
        return " [|forces]", False
    t = _ForcesText(d, v)
    size = f.length
    try:
        if f.problem == "type":
            t.w(f"Invalid ForCES message type {f.type}\n")
            rc = _FAIL
        elif f.problem == "unknown":
            t.w(f"\n\tUnknown ForCES message type=0x{f.type:x}")
            rc = _FAIL
        else:
            t.w(f"\n\tForCES {_FORCES_TYPES[f.type][0]} ")
            if f.problem == "length":
                t.w(f"Illegal ForCES pkt len - min 24, total recvd {size}, "
                    f"advertised {f.msg_length} ")
                rc = _FAIL
            else:
                _forces_header(t, f, v)
                rc = t.message(start, f.msg_length, f.type)
        if rc < 0:
            t.hex("\n\t[", start, size)
            t.w("\n\t]")
        elif v >= 4:
            t.w("\n\t  Raw ForCES message\n\t [")
            t.hex("\n\t ", start, size)
            t.w("\n\t ]")
    except _Cut:
        return "".join(t.out) + " [|forces]", True
    return "".join(t.out), False


def _forces_header(t: _ForcesText, f: ForcesRecord, v: int) -> None:
    if v >= 1:
        t.w(f"\n\tForCES Version {f.version} len {f.msg_length}B flags 0x{f.flags:08x} "
            f"\n\tSrcID 0x{f.src_id:x}({_forces_node(f.src_id)}) "
            f"DstID 0x{f.dst_id:x}({_forces_node(f.dst_id)}) Correlator 0x{f.correlator:x}")
    if v >= 2:
        fl = f.flags
        ack, em, at, tp = fl >> 30, (fl >> 22) & 3, (fl >> 21) & 1, (fl >> 19) & 3
        t.w(f"\n\tForCES flags:\n\t  {_FORCES_ACKS[ack]}(0x{ack:x}), prio={(fl >> 27) & 7}, "
            f"{_FORCES_EMS[em]}(0x{em:x}),\n\t  {_FORCES_ATS[at]}(0x{at:x}), "
            f"{_FORCES_TPS[tp]}(0x{tp:x})\n"
            f"\t  Extra flags: rsv(b5-7) 0x{(fl >> 24) & 7:x} rsv(b13-31) 0x{fl & 0x7FFFF:x}\n")
