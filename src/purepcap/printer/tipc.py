"""TIPC (Transparent Inter-Process Communication): Ethernet type 0x88CA.

tcpdump 4.99.3 prints the header by the message's user (bits 25-28 of word 0):

* data users (importance 0-3), the connection manager and the name
  distributor: ``TIPC v2.0 1.1.2:3511725154 > 1.1.2:424133152, headerlength
  40 bytes, MessageSize 40 bytes, Low Importance Data payload, messageType
  NAMED_MSG`` (a short header of at most 24 octets names the origin by the
  previous node and the destination by its port only); ``-v`` adds the
  previous node, acks and link sequence on a second line for the long header;
* the link-level users (broadcast, bundler, link state, changeover,
  fragmenter): the origin and destination nodes and word 1 in hex, ``-v``
  a second line of their counters;
* neighbour detection (link config): the previous node and destination
  domain, ``-v`` the node signature, network id and media id;
* any other user: nothing at all.

A line is printed only once every word it needs was captured; where one is
missing the text ends with `` [|tipc]``.  (tcpdump's table names message
types 1 and 3 the other way round: kept.)
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

from ._base import TRUNCATED, UNKNOWN, Context, Layer

__all__ = ["TipcRecord", "decode_tipc", "format_tipc"]

TRUNC = " [|tipc]"

USERS = {
    0: "Low Importance Data payload", 1: "Medium Importance Data payload",
    2: "High Importance Data payload", 3: "Critical Importance Data payload",
    5: "Broadcast Link Protocol internal", 6: "Message Bundler Protocol internal",
    7: "Link State Protocol internal", 8: "Connection Manager internal",
    10: "Link Changeover Protocol internal", 11: "Name Table Update Protocol internal",
    12: "Message Fragmentation Protocol internal", 13: "Neighbor Detection Protocol internal",
}
MESSAGE_TYPES = {0: "CONN_MSG", 1: "MCAST_MSG", 2: "NAMED_MSG", 3: "DIRECT_MSG"}
LINK_CONFIG_TYPES = {0: "Link request", 1: "Link response"}

_PAYLOAD_USERS = frozenset((0, 1, 2, 3, 8, 11))
_INTERNAL_USERS = frozenset((5, 6, 7, 10, 12))
_LINK_CONFIG = 13

_WORD = struct.Struct("!I")


@dataclass(slots=True)
class TipcRecord(Layer):
    """A TIPC header: the captured 32-bit words of it that tcpdump reads (``words``)."""

    proto = "tipc"

    length: int = 0
    version: int = -1
    user: int = -1
    header_size: int = 0          # octets
    message_size: int = 0
    message_type: int = -1
    words: tuple[int, ...] = ()   # words 0..10 of the header, as far as captured


def decode_tipc(data: bytes, length: int, ctx: Context) -> TipcRecord:
    rec = TipcRecord(length=length)
    n = min(len(data) // 4, 11)
    rec.words = tuple(_WORD.unpack_from(data, 4 * i)[0] for i in range(n))
    if not n:
        rec.stop = TRUNCATED
        ctx.dump_from_start = True
        return rec
    w0 = rec.words[0]
    rec.version, rec.user = w0 >> 29 & 7, w0 >> 25 & 0xF
    rec.header_size, rec.message_size = (w0 >> 21 & 0xF) * 4, w0 & 0x1FFFF
    if n > 1:
        rec.message_type = rec.words[1] >> 29 & 7
    user, verbose = rec.user, ctx.opts.verbose
    if user in _PAYLOAD_USERS:
        need = 6 if rec.header_size <= 24 else 8
    elif user in _INTERNAL_USERS:
        need = 10 if verbose else 8
    elif user == _LINK_CONFIG:
        need = 6 if verbose else 4
    else:
        rec.stop = UNKNOWN      # tcpdump prints nothing for it
        return rec
    if n < need:
        rec.stop = TRUNCATED
        # tcpdump's printer gave up at once (a longjmp): its -x dump starts at byte 0
        ctx.dump_from_start = True
    return rec


def _node(w: int) -> str:
    return f"{w >> 24 & 0xFF}.{w >> 12 & 0xFFF}.{w & 0xFFF}"


def format_tipc(rec: TipcRecord, ctx: Context) -> str:
    w = rec.words
    n = len(w)
    if not n:
        return TRUNC
    user = rec.user
    verbose = ctx.opts.verbose
    head = f"TIPC v{rec.version}.0 "
    sizes = f"headerlength {rec.header_size} bytes, MessageSize {rec.message_size} bytes"
    uname = USERS.get(user, "unknown")
    if user in _PAYLOAD_USERS:
        if n < 6:
            return TRUNC
        mtype = MESSAGE_TYPES.get(rec.message_type, "Unknown")
        if rec.header_size <= 24:
            return (f"{head}{_node(w[3])}:{w[4]} > {w[5]}, {sizes}, {uname}, "
                    f"messageType {mtype}")
        if n < 8:
            return TRUNC
        out = (f"{head}{_node(w[6])}:{w[4]} > {_node(w[7])}:{w[5]}, {sizes}, {uname}, "
               f"messageType {mtype}")
        if verbose:
            out += (f"\n\tPrevious Node {_node(w[3])}, Broadcast Ack {w[1] & 0xFFFF}, "
                    f"Link Ack {w[2] >> 16}, Link Sequence {w[2] & 0xFFFF}")
        return out
    if user in _INTERNAL_USERS:
        return _two_lines(n, 8, lambda: (
            f"{head}{_node(w[6])} > {_node(w[7])}, {sizes}, {uname}, messageType "
            f"{MESSAGE_TYPES.get(rec.message_type, 'Unknown')} (0x{w[1]:08x})"),
            verbose, 10, lambda: (
            f"\n\tPrevious Node {_node(w[3])}, Session No. {w[5] >> 16}, "
            f"Broadcast Ack {w[1] & 0xFFFF}, Sequence Gap {w[1] >> 16 & 0x1FFF},  "
            f"Broadcast Gap After {w[2] >> 16}, Broadcast Gap To {w[2] & 0xFFFF}, "
            f"Last Sent Packet No. {w[4] >> 16}, Next sent Packet No. {w[4] & 0xFFFF}, "
            f"Transport Sequence {w[8]}, msg_count {w[9] >> 16}, "
            f"Link Tolerance {w[9] & 0xFFFF}"))
    if user == _LINK_CONFIG:
        return _two_lines(n, 4, lambda: (
            f"{head}{_node(w[3])} > {_node(w[2])}, {sizes}, {uname}, messageType "
            f"{LINK_CONFIG_TYPES.get(rec.message_type, 'Unknown')}"),
            verbose, 6, lambda: (
            f"\n\tNodeSignature {w[1] & 0xFFFF}, network_id {w[4]}, "
            f"media_id {w[5] & 0xFF}"))
    return ""


def _two_lines(n: int, need: int, line: Callable[[], str], verbose: int, need_v: int,
               more: Callable[[], str]) -> str:
    """An internal message's text from its ``n`` captured words: ``line()`` when
    ``need`` were captured, with -v then ``more()`` when ``need_v`` were."""
    if n < need:
        return TRUNC
    out = line()
    if verbose:
        if n < need_v:
            return out + TRUNC
        out += more()
    return out
