"""BFD (RFC 5880): control packets on UDP ports 3784 (single hop, RFC 5881),
4784 (multihop, RFC 5883) and 6784 (LAG, RFC 7130); echo packets on 3785.

tcpdump chooses the printer from the destination port only; a datagram whose
destination is none of these (only its source is) prints as plain UDP.  With
``-v`` the timers and the authentication section are listed; echo payloads
and control packets of unknown versions are dumped in hex.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from ._base import TRUNCATED, UNKNOWN, Context, Layer, stopped
from ._dump import hex_dump
from ._rtr import U32, bitflags, printable

__all__ = ["BfdRecord", "decode_bfd", "format_bfd"]

_HDR = struct.Struct("!BBBBIIIII")

_PORTS = {3784: "Control", 4784: "Multihop", 6784: "Lag"}
_DIAG = {0: "No Diagnostic", 1: "Control Detection Time Expired", 2: "Echo Function Failed",
         3: "Neighbor Signaled Session Down", 4: "Forwarding Plane Reset", 5: "Path Down",
         6: "Concatenated Path Down", 7: "Administratively Down",
         8: "Reverse Concatenated Path Down"}
_V0_FLAGS = ((0x80, "I Hear You"), (0x40, "Demand"), (0x20, "Poll"), (0x10, "Final"),
             (0x08, "Control Plane Independent"), (0x04, "Authentication Present"),
             (0x02, "Reserved"), (0x01, "Reserved"))
_V1_FLAGS = ((0x20, "Poll"), (0x10, "Final"), (0x08, "Control Plane Independent"),
             (0x04, "Authentication Present"), (0x02, "Demand"), (0x01, "Multipoint"))
_STATES = {0: "AdminDown", 1: "Down", 2: "Init", 3: "Up"}
_AUTH = {1: "Simple Password", 2: "Keyed MD5", 3: "Meticulous Keyed MD5", 4: "Keyed SHA1",
         5: "Meticulous Keyed SHA1"}


@dataclass(slots=True)
class BfdRecord(Layer, proto="bfd"):
    port: int = -1               # the destination port that chose the printer
    length: int = 0
    version: int = -1
    diag: int = -1
    flags: int = -1
    multiplier: int = -1
    bfd_length: int = -1
    my_disc: int = -1
    your_disc: int = -1
    min_tx: int = -1             # microseconds
    min_rx: int = -1
    min_echo: int = -1
    auth_type: int = -1
    auth_len: int = -1
    auth_key_id: int = -1
    auth_seq: int = -1
    auth_data: bytes = b""       # password, digest or hash as captured
    payload: bytes = b""         # echo / unknown version: the bytes dumped with -v
    not_bfd: bool = False


def decode_bfd(data: bytes, length: int, ctx: Context) -> BfdRecord:
    port = ctx.dport
    rec = BfdRecord(port=port, length=length)
    if port not in (3784, 3785, 4784, 6784):
        rec.not_bfd = True
        return stopped(rec, UNKNOWN)
    n = len(data)
    if port == 3785:
        rec.payload = bytes(data[:length])
        return rec
    if n < 24:
        return stopped(rec)
    (vd, rec.flags, rec.multiplier, rec.bfd_length, rec.my_disc, rec.your_disc,
     rec.min_tx, rec.min_rx, rec.min_echo) = _HDR.unpack_from(data, 0)
    rec.version, rec.diag = vd >> 5, vd & 0x1F
    if rec.version > 1:
        rec.payload = bytes(data[:length])
        return rec
    if not ctx.opts.verbose or not rec.flags & 0x04:
        return rec
    if n < 28:
        return stopped(rec)
    rec.auth_type, rec.auth_len, rec.auth_key_id = data[24], data[25], data[26]
    t, alen = rec.auth_type, rec.auth_len
    if t == 1 and 4 <= alen <= 19:
        rec.auth_data = bytes(data[27:27 + alen - 3])
        if len(rec.auth_data) < alen - 3:
            rec.stop = TRUNCATED
    elif (t in (2, 3) and alen == 24) or (t in (4, 5) and alen == 28):
        if n < 32:
            return stopped(rec)
        rec.auth_seq = U32.unpack_from(data, 28)[0]
        hl = 16 if t in (2, 3) else 20
        if n < 32 + hl:
            return stopped(rec)
        rec.auth_data = bytes(data[32:32 + hl])
    return rec


def format_bfd(rec: BfdRecord, ctx: Context) -> str:
    if rec.not_bfd:
        return f"UDP, length {rec.length}"
    verbose = ctx.opts.verbose
    if rec.port == 3785:
        out = f"BFD, Echo, length: {rec.length}"
        return out + hex_dump(rec.payload) if verbose else out
    if rec.version < 0:
        return " [|bfd]"
    v = rec.version
    if v > 1:
        out = f"BFDv{v}, Control, length: {rec.length}"
        return out + hex_dump(rec.payload) if verbose else out
    flags = rec.flags
    if v == 0:
        ftext = bitflags(_V0_FLAGS, flags)
        if not verbose:
            return f"BFDv0, Control, Flags: [{ftext}], length: {rec.length}"
        out = f"BFDv0, length: {rec.length}\n\tControl, Flags: [{ftext}]"
    else:
        kind = _PORTS.get(rec.port, f"unknown ({rec.port})")
        head = f"{kind}, State {_STATES[flags >> 6]}, Flags: [{bitflags(_V1_FLAGS, flags & 0x3F)}]"
        if not verbose:
            return f"BFDv1, {head}, length: {rec.length}"
        out = f"BFDv1, length: {rec.length}\n\t{head}"
    out += f", Diagnostic: {_DIAG.get(rec.diag, 'unknown')} (0x{rec.diag:02x})"
    detect = ((rec.multiplier * rec.min_tx) & 0xFFFFFFFF) // 1000   # 32-bit product
    out += (f"\n\tDetection Timer Multiplier: {rec.multiplier} ({detect} ms Detection time),"
            f" BFD Length: {rec.bfd_length}"
            f"\n\tMy Discriminator: 0x{rec.my_disc:08x}, Your Discriminator: 0x{rec.your_disc:08x}"
            f"\n\t  Desired min Tx Interval:    {rec.min_tx // 1000:4d} ms"
            f"\n\t  Required min Rx Interval:   {rec.min_rx // 1000:4d} ms"
            f"\n\t  Required min Echo Interval: {rec.min_echo // 1000:4d} ms")
    if not flags & 0x04:
        return out
    if rec.auth_type < 0:
        return out + " [|bfd]"
    t, alen = rec.auth_type, rec.auth_len
    out += (f"\n\tAuthentication: {_AUTH.get(t, 'Unknown')} ({t}), length: {alen}"
            f"\n\t  Auth Key ID: {rec.auth_key_id}")
    if t == 1:
        if not 4 <= alen <= 19:
            return out + f"[invalid length {alen}]"
        out += ", Password: " + printable(rec.auth_data)
        return out + " [|bfd]" if rec.stop == TRUNCATED else out
    if t in (2, 3, 4, 5):
        if alen != (24 if t in (2, 3) else 28):
            return out + f"[invalid length {alen}]"
        if rec.auth_seq < 0:
            return out + " [|bfd]"
        out += f", Sequence Number: 0x{rec.auth_seq:08x}"
        if not rec.auth_data:
            return out + " [|bfd]"
        out += ("\n\t  Digest: " if t in (2, 3) else "\n\t  Hash: ") + rec.auth_data.hex()
    return out
