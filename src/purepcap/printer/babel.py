"""Babel (RFC 8966; RFC 8967 MAC, RFC 9229 timestamps, source-specific drafts):
UDP ports 6696 and 6697.

The packet body's TLVs are printed one word each without ``-v``, one line
each with it; a packet trailer (bytes after the body length) follows ``|``
(``----`` with ``-v``).  Update TLVs may omit the leading bytes of their
prefix: the decoder carries the last prefix of each family across the TLVs of
one body, as the protocol does.

Each TLV is decoded into a :class:`BabelTlv` whose ``fields`` hold the values
the text shows; ``status`` says where tcpdump stops (``"invalid"``: the TLV or
the packet contradicts its lengths; ``"trunc"``: the capture ends;
``"addr"``: an IHU address that cannot be read, after which tcpdump goes on).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ._addr import ip6addr_string, ipaddr_string
from ._base import MALFORMED, TRUNCATED, Context, Layer, Options, stopped

__all__ = ["BabelRecord", "BabelTlv", "decode_babel", "format_babel"]

_H = struct.Struct("!H")
_I = struct.Struct("!I")
_V4PFX = bytes(10) + b"\xff\xff" + bytes(4)

_NAMES = {1: "padN", 2: "ack-req", 3: "ack", 4: "hello", 5: "ihu", 6: "router-id", 7: "nh",
          8: "update", 9: "route-request", 10: "seqno-request", 11: "tspc", 12: "hmac",
          13: "ss-update", 14: "ss-request", 15: "ss-mh-request", 16: "mac", 17: "pc",
          18: "challenge_request", 19: "challenge_reply"}


@dataclass(slots=True)
class BabelTlv:
    type: int = 0
    length: int = 0
    fields: dict[str, Any] = field(default_factory=dict)
    subtlvs: list[tuple[Any, ...]] = field(default_factory=list)
    status: str = ""


@dataclass(slots=True)
class BabelRecord(Layer, proto="babel"):
    magic: int = -1
    version: int = -1
    body_length: int = -1
    length: int = 0
    verbose: int = 0
    tlvs: list[BabelTlv] = field(default_factory=list)
    trailer: list[BabelTlv] | None = None
    err: str = ""                # "trunc", "invalid"


def _u16(b: bytes, o: int) -> int:
    return int(_H.unpack_from(b, o)[0])


def _u32(b: bytes, o: int) -> int:
    return int(_I.unpack_from(b, o)[0])


def _prefix(ae: int, plen: int, omitted: int, data: bytes, p: int, dp: bytes | None,
            length: int) -> tuple[bytes, int] | None:
    """An encoded prefix (RFC 8966 4.1.3): ``(16-byte prefix, bytes consumed)``."""
    if plen >= 0:
        pb = (plen + 7) // 8
    else:
        pb = 4 if ae == 1 else 16
    if pb > 16:
        return None
    pre = bytearray(16)
    used = 0

    def take(k: int) -> bytes:
        chunk = bytes(data[p:p + k])
        return chunk + bytes(k - len(chunk))

    if ae == 0:
        pass
    elif ae == 1:
        if omitted > 4 or pb > 4 or (pb > omitted and length < pb - omitted):
            return None
        pre[:] = _V4PFX
        if omitted:
            if dp is None:
                return None
            pre[:12 + omitted] = dp[:12 + omitted]
        if pb > omitted:
            pre[12 + omitted:12 + pb] = take(pb - omitted)
            used = pb - omitted
    elif ae == 2:
        if omitted > 16 or (pb > omitted and length < pb - omitted):
            return None
        if omitted:
            if dp is None:
                return None
            pre[:omitted] = dp[:omitted]
        if pb > omitted:
            pre[omitted:pb] = take(pb - omitted)
            used = pb - omitted
    elif ae == 3:
        if pb > 8 and length < pb - 8:
            return None
        pre[0], pre[1] = 0xFE, 0x80
        if pb > 8:
            pre[8:pb] = take(pb - 8)
            used = pb - 8
    else:
        return None
    return bytes(pre), used


def _subtlvs(b: bytes, p: int, end: int, ttype: int, out: list[tuple[Any, ...]]) -> None:
    while p < end:
        st = b[p]
        p += 1
        if st == 0:
            out.append(("pad1",))
            continue
        if st & 0x80:
            out.append(("mandatory",))
        if p == end:
            out.append(("invalid",))
            return
        sl = b[p]
        p += 1
        if p + sl > end:
            out.append(("invalid",))
            return
        if st == 1:
            out.append(("padn",))
        elif st == 2:
            out.append(("diversity", tuple(b[p:p + sl]), ttype in (8, 13)))
        elif st == 3:
            if ttype == 4:
                if sl < 4:
                    out.append(("timestamp",))
                    out.append(("invalid",))
                    return
                out.append(("timestamp", _u32(b, p)))
            elif ttype == 5:
                if sl < 8:
                    out.append(("timestamp",))
                    out.append(("invalid",))
                    return
                out.append(("timestamp", _u32(b, p), _u32(b, p + 4)))
            else:
                out.append(("timestamp", None))
        else:
            out.append(("unknown", st))
        p += sl


class _Invalid(Exception):
    """The TLV being decoded contradicts its length (the packet is invalid)."""


_T = TypeVar("_T")


def _must(value: _T | None) -> _T:
    """``value``, which None makes the TLV invalid."""
    if value is None:
        raise _Invalid
    return value


# TLV type -> the shortest body -v decodes (a shorter one makes the packet invalid)
_MIN_LENGTH = {2: 6, 3: 2, 4: 6, 5: 6, 6: 10, 7: 2, 9: 2, 10: 14, 11: 6, 12: 18, 13: 10, 14: 3,
               15: 14, 17: 4}


def _src_dst(msg: bytes, ae: int, plen: int, splen: int, omitted: int, dp: bytes | None,
             parsed: int, ln: int, f: dict[str, Any]) -> int | None:
    """A source-specific TLV's destination then source prefix, from ``msg[2 + parsed:]``,
    into ``f``; the bytes parsed after them (None: invalid)."""
    for key, pl, om, d in (("", plen, omitted, dp), ("src_", splen, 0, None)):
        r = _prefix(ae, pl, om, msg, 2 + parsed, d, ln - parsed)
        if r is None:
            return None
        f[key + "prefix"], f[key + "plen"] = r[0], (pl + 96) & 0xFF if ae == 1 else pl
        parsed += r[1]
    return parsed


def _tlvs(b: bytes, start: int, tlvs_len: int, remaining: int, verbose: int,
          out: list[BabelTlv]) -> str:
    """Decode the TLVs of one body (or trailer); '' or the error that ends it."""
    dp4 = _V4PFX
    dp6 = bytes(16)
    i = 0
    n = len(b)
    while i < tlvs_len:
        m = start + i
        if i + 1 > tlvs_len or i + 1 > remaining:
            return "invalid"
        if m >= n:
            return "trunc"
        t = b[m]
        if t == 0:
            out.append(BabelTlv(type=0))
            i += 1
            continue
        if i + 2 > tlvs_len or i + 2 > remaining:
            return "invalid"
        if m + 2 > n:
            return "trunc"
        ln = b[m + 1]
        if i + 2 + ln > tlvs_len or i + 2 + ln > remaining:
            return "invalid"
        if m + 2 + ln > n:
            return "trunc"
        tlv = BabelTlv(type=t, length=ln)
        out.append(tlv)
        f = tlv.fields
        msg = b[m:m + 2 + ln]
        if t == 8:
            if ln < 10:
                tlv.status = "invalid"
                return "invalid"
            f["flags"] = msg[3]
        if not verbose:
            i += ln + 2
            continue
        try:
            if ln < _MIN_LENGTH.get(t, 0) or (t in (18, 19) and ln > 192):
                raise _Invalid
            if t == 2:
                f["nonce"], f["interval"] = _u16(msg, 4), _u16(msg, 6)
            elif t == 3:
                f["nonce"] = _u16(msg, 2)
            elif t == 4:
                f["unicast"] = bool(_u16(msg, 2) & 0x8000)
                f["seqno"], f["interval"] = _u16(msg, 4), _u16(msg, 6)
                if ln > 6:
                    _subtlvs(msg, 8, 2 + ln, t, tlv.subtlvs)
            elif t == 5:
                f["rxcost"], f["interval"] = _u16(msg, 4), _u16(msg, 6)
                ae = f["ae"] = msg[2]
                r = _prefix(ae, -1, 0, msg, 8, None, ln - 6)
                if r is None:
                    tlv.status = "addr"
                else:
                    f["address"] = r[0]
                    if r[1] < ln - 6:
                        _subtlvs(msg, 8 + r[1], 2 + ln, t, tlv.subtlvs)
            elif t == 6:
                f["id"] = bytes(msg[4:12])
            elif t == 7:
                ae = f["ae"] = msg[2]
                r = _must(_prefix(ae, -1, 0, msg, 4, None, ln - 2))
                f["address"] = r[0]
            elif t == 8:
                ae = f["ae"] = msg[2]
                f["plen"] = msg[4] + (96 if ae == 1 else 0)
                r = _must(_prefix(ae, msg[4], msg[5], msg, 12, dp4 if ae == 1 else dp6, ln - 10))
                f["prefix"] = r[0]
                f["interval"], f["seqno"], f["metric"] = _u16(msg, 6), _u16(msg, 8), _u16(msg, 10)
                if msg[3] & 0x80:
                    if ae == 1:
                        dp4 = r[0]
                    else:
                        dp6 = r[0]
                if r[1] < ln - 10:
                    _subtlvs(msg, 12 + r[1], 2 + ln, t, tlv.subtlvs)
            elif t == 9:
                ae = f["ae"] = msg[2]
                f["plen"] = msg[3] + (96 if ae == 1 else 0)
                r = _must(_prefix(ae, msg[3], 0, msg, 4, None, ln - 2))
                f["prefix"] = r[0]
            elif t == 10:
                ae = f["ae"] = msg[2]
                f["seqno"] = _u16(msg, 4)
                r = _must(_prefix(ae, msg[3], 0, msg, 16, None, ln - 14))
                f["prefix"] = r[0]
                f["plen"] = msg[3] + (96 if ae == 1 else 0)
                f["hops"] = msg[6]
                f["id"] = bytes(msg[8:16])
            elif t == 11:
                f["timestamp"], f["packetcounter"] = _u32(msg, 4), _u16(msg, 2)
            elif t == 12:
                f["key_id"] = _u16(msg, 2)
                f["digest"] = bytes(msg[4:2 + ln])
            elif t == 13:
                ae = msg[2]
                f["ae"] = ae
                splen, plen, omitted = msg[3], msg[4], msg[5]
                f["interval"], f["seqno"], f["metric"] = _u16(msg, 6), _u16(msg, 8), _u16(msg, 10)
                parsed = 10
                dp = dp4 if ae == 1 else dp6
                parsed = _must(_src_dst(msg, ae, plen, splen, omitted, dp, parsed, ln, f))
                if parsed < ln:
                    _subtlvs(msg, 2 + parsed, 2 + ln, t, tlv.subtlvs)
            elif t == 14:
                ae = f["ae"] = msg[2]
                plen, splen = msg[3], msg[4]
                parsed = 3
                _must(_src_dst(msg, ae, plen, splen, 0, None, parsed, ln, f))
            elif t == 15:
                ae = f["ae"] = msg[2]
                plen, splen = msg[3], msg[7]
                f["seqno"], f["hops"], f["id"] = _u16(msg, 4), msg[6], bytes(msg[8:16])
                parsed = 14
                _must(_src_dst(msg, ae, plen, splen, 0, None, parsed, ln, f))
            elif t == 17:
                f["value"] = _u32(msg, 2)
        except _Invalid:
            tlv.status = "invalid"
            return "invalid"
        i += ln + 2
    return ""


def decode_babel(data: bytes, length: int, ctx: Context) -> BabelRecord:
    verbose = ctx.opts.verbose
    rec = BabelRecord(length=length, verbose=verbose)
    if len(data) < 4:
        rec.err = "trunc"
        return stopped(rec)
    rec.magic, rec.version = data[0], data[1]
    if rec.magic != 42 or rec.version != 2:
        return rec
    if length < 4:
        rec.err = "invalid"
        return stopped(rec, MALFORMED)
    body = rec.body_length = _u16(data, 2)
    left = length - 4
    if left < body:
        rec.err = "invalid"
        return stopped(rec, MALFORMED)
    err = _tlvs(data, 4, body, left, verbose, rec.tlvs)
    if not err and left - body:
        rec.trailer = []
        err = _tlvs(data, 4 + body, left - body, left - body, verbose, rec.trailer)
    if err:
        rec.err = err
        rec.stop = TRUNCATED if err == "trunc" else MALFORMED
    return rec


# --- text -----------------------------------------------------------------------

def _interval(i: int) -> str:
    return "0.0s (bogus)" if i == 0 else f"{i // 100}.{i % 100:02d}s"


def _interval_update(i: int) -> str:
    return "infinity" if i == 0xFFFF else _interval(i)


def _ts(t: int) -> str:
    return f"{t // 1000000}.{t % 1000000:06d}s"


def _id(b: bytes) -> str:
    return ":".join(f"{c:02x}" for c in b)


def _pfx(p: bytes, plen: int, o: Options) -> str:
    if plen >= 96 and p[:12] == _V4PFX[:12]:
        return f"{ipaddr_string(p[12:], o)}/{plen - 96}"
    return f"{ip6addr_string(p, o)}/{plen}"


def _address(p: bytes, o: Options) -> str:
    if p[:12] == _V4PFX[:12]:
        return ipaddr_string(p[12:], o)
    return ip6addr_string(p, o)


def _sub_text(subs: list[tuple[Any, ...]]) -> str:
    out = []
    for s in subs:
        k = s[0]
        if k == "pad1":
            out.append(" sub-pad1")
        elif k == "mandatory":
            out.append(" (M)")
        elif k == "invalid":
            out.append(" (invalid)")
        elif k == "padn":
            out.append(" sub-padn")
        elif k == "diversity":
            vals, ok = s[1], s[2]
            out.append(" sub-diversity")
            if not vals:
                out.append(" empty")
                continue
            out.append(" " + "-".join({0: "reserved", 255: "all"}.get(v, str(v)) for v in vals))
            if not ok:
                out.append(" (bogus)")
        elif k == "timestamp":
            out.append(" sub-timestamp")
            if len(s) == 2:
                out.append(" (bogus)" if s[1] is None else " " + _ts(s[1]))
            elif len(s) == 3:
                out.append(f" {_ts(s[1])}|{_ts(s[2])}")
        elif k == "unknown":
            out.append(f" sub-unknown-0x{s[1]:02x}")
    return "".join(out)


def _flags(fl: int) -> str:
    return ("/prefix" if fl & 0x80 else "") + ("/id" if fl & 0x40 else "") + \
        ("/unknown" if fl & 0x3F else "")


_LABELS = {1: "", 2: "\n\tAcknowledgment Request ", 3: "\n\tAcknowledgment ", 4: "\n\tHello ",
           5: "\n\tIHU ", 6: "\n\tRouter Id", 7: "\n\tNext Hop", 8: "\n\tUpdate",
           9: "\n\tRoute Request ", 10: "\n\tSeqno Request ", 11: "\n\tTS/PC ",
           12: "\n\tHMAC ", 13: "\n\tSS-Update", 14: "\n\tSS-Request ",
           15: "\n\tSS-MH-Request ", 16: "\n\tMAC ", 17: "\n\tPC",
           18: "\n\tChallenge Request", 19: "\n\tChallenge Reply"}


def _tlv_text(t: BabelTlv, verbose: int, o: Options) -> str:
    ty = t.type
    if ty == 0:
        return "\n\tPad 1" if verbose else " pad1"
    if not verbose:
        if ty == 8:
            return " update" + (" (invalid)" if t.status == "invalid" else _flags(t.fields["flags"]))
        return " " + _NAMES.get(ty, "unknown")
    if ty == 1:
        return f"\n\tPad {t.length + 2}"
    if ty not in _LABELS:
        return f"\n\tUnknown message type {ty}"
    out = _LABELS[ty]
    if t.status == "invalid":
        return out + " (invalid)"
    f = t.fields
    ae = f.get("ae", -1)
    if ty == 2:
        out += f"{f['nonce']:04x} {_interval(f['interval'])}"
    elif ty == 3:
        out += f"{f['nonce']:04x}"
    elif ty == 4:
        if f["unicast"]:
            out += "(Unicast) "
        out += f"seqno {f['seqno']} "
        out += f"interval {_interval(f['interval'])}" if f["interval"] else "unscheduled"
    elif ty == 5:
        if t.status == "addr":
            return out + " [|babel]"
        where = "any" if ae == 0 else _address(f["address"], o)
        out += f"{where} rxcost {f['rxcost']} interval {_interval(f['interval'])}"
    elif ty == 6:
        out += " " + _id(f["id"])
    elif ty == 7:
        out += " " + ("invalid AE 0" if ae == 0 else _address(f["address"], o))
    elif ty == 8:
        where = "any" if ae == 0 else _pfx(f["prefix"], f["plen"] & 0xFF, o)
        out += (f"{_flags(f['flags'])} {where} metric {f['metric']} seqno {f['seqno']} "
                f"interval {_interval_update(f['interval'])}")
    elif ty == 9:
        out += "for " + ("any" if ae == 0 else _pfx(f["prefix"], f["plen"] & 0xFF, o))
    elif ty == 10:
        where = "invalid AE 0" if ae == 0 else _pfx(f["prefix"], f["plen"] & 0xFF, o)
        out += f"({f['hops']} hops) for {where} seqno {f['seqno']} id {_id(f['id'])}"
    elif ty == 11:
        out += f"timestamp {f['timestamp']} packetcounter {f['packetcounter']}"
    elif ty == 12:
        out += f"key-id {f['key_id']} digest-{t.length - 2} " + f["digest"].hex().upper()
    elif ty == 13:
        out += (f" {_pfx(f['prefix'], f['plen'], o)} from {_pfx(f['src_prefix'], f['src_plen'], o)}"
                f" metric {f['metric']} seqno {f['seqno']} interval {_interval_update(f['interval'])}")
    elif ty == 14:
        if ae == 0:
            out += "for any"
        else:
            out += f"for ({_pfx(f['prefix'], f['plen'], o)}, {_pfx(f['src_prefix'], f['src_plen'], o)})"
    elif ty == 15:
        out += (f"({f['hops']} hops) for ({_pfx(f['prefix'], f['plen'], o)}, "
                f"{_pfx(f['src_prefix'], f['src_plen'], o)}) seqno {f['seqno']} id {_id(f['id'])}")
    elif ty == 16:
        out += f"len {t.length}"
    elif ty == 17:
        out += f" value {f['value']} index len {t.length - 4}"
    elif ty in (18, 19):
        out += f" len {t.length}"
    return out + _sub_text(t.subtlvs)


def format_babel(rec: BabelRecord, ctx: Context) -> str:
    if rec.magic < 0:
        return "babel [|babel]"
    if rec.magic != 42:
        return "babel invalid header"
    out = [f"babel {rec.version}"]
    if rec.version != 2:
        out.append(" unknown version")
        return "".join(out)
    if rec.body_length < 0:
        return out[0] + " (invalid)"
    out.append(f" ({rec.body_length})")
    o = ctx.opts
    v = rec.verbose
    for t in rec.tlvs:
        out.append(_tlv_text(t, v, o))
    if rec.trailer is not None:
        out.append("\n\t----" if v else " |")
        for t in rec.trailer:
            out.append(_tlv_text(t, v, o))
    if rec.err == "trunc":
        out.append(" [|babel]")
    elif rec.err == "invalid":
        last = (rec.trailer if rec.trailer else rec.tlvs)
        if not (last and last[-1].status == "invalid"):
            out.append(" (invalid)")
    return "".join(out)
