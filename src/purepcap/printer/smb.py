"""NetBIOS session service (TCP 139) and SMB over TCP (445): records, no text.

The tcpdump 4.99.3 this printer follows (/usr/bin/tcpdump, built without
``--enable-smb``) has no NetBIOS or SMB printer: it writes nothing after a
segment's ``length N`` on these ports, and ``UDP, length N`` for the name
and datagram services (UDP 137, 138, which therefore have no entry in
:mod:`.udp`'s port table: a datagram between 137 and, say, 514 is syslog
there).  So :func:`format_nbt_session` and :func:`format_smb_tcp` write
nothing; the decoders give ``--json`` and :func:`purepcap.printer.dissect`
the session header and the SMB1 / SMB2 header fields.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from ._base import TRUNCATED, Context, Layer

__all__ = ["NbtSessionRecord", "decode_nbt_session", "format_nbt_session", "decode_smb_tcp",
           "format_smb_tcp", "SESSION_TYPES"]

SESSION_TYPES = {0x00: "Session Message", 0x81: "Session Request", 0x82: "Session Granted",
                 0x83: "Session Reject", 0x84: "Session Retarget", 0x85: "Session Keepalive"}
_SMB1_COMMANDS = {0x72: "SMBnegprot", 0x73: "SMBsesssetupX", 0x74: "SMBulogoffX",
                  0x75: "SMBtconX", 0x71: "SMBtdis", 0x25: "SMBtrans", 0x32: "SMBtrans2",
                  0x2D: "SMBopenX", 0xA2: "SMBntcreateX", 0x2E: "SMBreadX", 0x2F: "SMBwriteX",
                  0x04: "SMBclose", 0x24: "SMBlockingX", 0xA0: "SMBnttrans", 0x2B: "SMBecho"}
_SMB2_COMMANDS = ("NEGOTIATE", "SESSION_SETUP", "LOGOFF", "TREE_CONNECT", "TREE_DISCONNECT",
                  "CREATE", "CLOSE", "FLUSH", "READ", "WRITE", "LOCK", "IOCTL", "CANCEL", "ECHO",
                  "QUERY_DIRECTORY", "CHANGE_NOTIFY", "QUERY_INFO", "SET_INFO", "OPLOCK_BREAK")
_SMB1 = struct.Struct("<4sBIBHH8sHHHHH")      # 32 octets
_SMB2 = struct.Struct("<4sHHIHHIIQIIQ16s")     # 64 octets


@dataclass(slots=True)
class NbtSessionRecord(Layer, proto="nbt_session"):
    length: int = 0               # the segment's payload length
    over_445: bool = False        # SMB over TCP 445 (a 4-octet length header)
    type: int = -1                # the session packet type (139)
    type_name: str = ""
    flags: int = 0
    message_length: int = -1      # the length the header states
    smb_version: int = 0          # 1 (0xff 'SMB'), 2 (0xfe 'SMB'), 0: none or unknown
    command: int = -1
    command_name: str = ""
    status: int = -1              # NT status (SMB1: the 32-bit error field)
    smb_flags: int = -1           # SMB1 flags, SMB2 flags
    flags2: int = -1              # SMB1 only
    tid: int = -1
    pid: int = -1                 # SMB1 only
    uid: int = -1                 # SMB1 uid; SMB2 session id
    mid: int = -1                 # SMB1 multiplex id; SMB2 message id


def _header(rec: NbtSessionRecord, d: bytes, length: int) -> NbtSessionRecord:
    if len(d) < 4 or length < 4:
        rec.stop = TRUNCATED
        return rec
    rec.type, rec.flags = d[0], d[1]
    rec.type_name = SESSION_TYPES.get(rec.type, "Unknown")
    rec.message_length = ((d[1] & 1) << 16) | (d[2] << 8) | d[3]
    if rec.over_445:
        rec.message_length = int.from_bytes(d[1:4], "big")
    if rec.type != 0:
        return rec
    body = d[4:]
    if body[:4] == b"\xffSMB":
        rec.smb_version = 1
        if len(body) < _SMB1.size:
            rec.stop = TRUNCATED
            return rec
        (_, rec.command, rec.status, rec.smb_flags, rec.flags2, pid_high, _, _, rec.tid,
         pid, rec.uid, rec.mid) = _SMB1.unpack_from(body)
        rec.pid = (pid_high << 16) | pid
        rec.command_name = _SMB1_COMMANDS.get(rec.command, "")
    elif body[:4] == b"\xfeSMB":
        rec.smb_version = 2
        if len(body) < _SMB2.size:
            rec.stop = TRUNCATED
            return rec
        (_, _, _, rec.status, rec.command, _, rec.smb_flags, _, rec.mid, _, rec.tid, rec.uid,
         _) = _SMB2.unpack_from(body)
        if rec.command < len(_SMB2_COMMANDS):
            rec.command_name = _SMB2_COMMANDS[rec.command]
    elif len(body) < 4 and length > 4:
        rec.stop = TRUNCATED
    return rec


def decode_nbt_session(data: bytes, length: int, ctx: Context) -> NbtSessionRecord:
    return _header(NbtSessionRecord(length=length), bytes(data), length)


def decode_smb_tcp(data: bytes, length: int, ctx: Context) -> NbtSessionRecord:
    return _header(NbtSessionRecord(length=length, over_445=True), bytes(data), length)


def format_nbt_session(rec: NbtSessionRecord, ctx: Context) -> str:
    """Nothing: this tcpdump has no NetBIOS printer."""
    return ""


format_smb_tcp = format_nbt_session
