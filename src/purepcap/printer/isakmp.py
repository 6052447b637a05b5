"""ISAKMP / IKE (RFC 2408, 2409, 2407; IKEv2 RFC 7296): UDP port 500, and after
the non-ESP marker on port 4500.

tcpdump prints ``isakmp`` and with ``-v`` the version and message id (``-vv``:
the cookies), then for IKEv1 the phase, whether the sender is the initiator
(``I``), the responder (``R``) or unknown (``?``) -- tcpdump remembers the
initiator cookies and addresses of the exchanges it has seen, the last 20 --,
the exchange type and flags; for IKEv2 the SA kind, exchange and flags.  With
``-v`` every payload follows on its own line, indented by its depth: SA,
proposals and transforms with their attributes, key exchange, identities,
certificates, hashes, signatures, nonces, notifications, deletes, vendor ids
and the IKEv2 payloads.  Encrypted messages print ``[encrypted <payload>]``.

The record keeps the header and the initiator/responder verdict (which needs
the exchanges seen before, kept in the context's state); the payloads are
read by the formatter from the captured bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._addr import ip6addr, ipaddr
from ._base import TRUNCATED, Context, Layer
from ._bytes import Reader
from ._items import Short
from ._rtr import printable

__all__ = ["IsakmpRecord", "decode_isakmp", "format_isakmp"]

TRUNC = " [|isakmp]"
_HDR = 28
_MAX_INITIATORS = 20

_PROTOIDS = (None, "isakmp", "ipsec-ah", "ipsec-esp", "ipcomp")
_NP = ("none sa p t ke id cert cr hash sig nonce n d vid pay14 pay15 pay16 pay17 pay18 pay19 "
       "pay20 pay21 pay22 pay23 pay24 pay25 pay26 pay27 pay28 pay29 pay30 pay31 pay32 v2sa v2ke "
       "v2IDi v2IDr v2cert v2cr v2auth v2nonce v2n v2d v2vid v2TSi v2TSr v2e v2cp v2eap").split()
_ETYPES: dict[int, str] = {0: "none", 1: "base", 2: "ident", 3: "auth", 4: "agg", 5: "inf",
                           32: "oakley-quick", 33: "oakley-newgroup", 34: "ikev2_init",
                           35: "ikev2_auth", 36: "child_sa", 37: "inf2"}
_T_IKE = (None, "ike")
_T_AH = (None, "(reserved)", "md5", "sha", "1des", "sha2-256", "sha2-384", "sha2-512")
_T_ESP = (None, "1des-iv64", "1des", "3des", "rc5", "idea", "cast", "blowfish", "3idea",
          "1des-iv32", "rc4", "null", "aes")
_T_IPCOMP = (None, "oui", "deflate", "lzs")
_V2_TYPES = (None, "encr", "prf", "integ", "dh", "esn")
_V2_PRF = (None, "hmac-md5", "hmac-sha", "hmac-tiger", "aes128_xcbc")
_V2_INTEG = (None, "hmac-md5", "hmac-sha", "dec-mac", "kpdk-md5", "aes-xcbc")
_V2_ESN = ("no-esn", "esn")
_GROUPS = (None, "modp768", "modp1024", "EC2N 2^155", "EC2N 2^185", "modp1536", "iana-grp06",
           "iana-grp07", "iana-grp08", "iana-grp09", "iana-grp10", "iana-grp11", "iana-grp12",
           "iana-grp13", "modp2048", "modp3072", "modp4096", "modp6144", "modp8192")
_LIFETYPES = (None, "sec", "kb")

# attribute maps: index -> (name, number of values, value names)
_Map = tuple[tuple[str | None, int, tuple[str | None, ...]], ...]
_NONE: tuple[str | None, ...] = (None,)
_IPSEC_MAP: _Map = (
    (None, 0, _NONE), ("lifetype", 3, _LIFETYPES), ("life", 0, _NONE),
    ("group desc", 18, _GROUPS), ("enc mode", 3, (None, "tunnel", "transport")),
    ("auth", 5, (None, "hmac-md5", "hmac-sha1", "1des-mac", "keyed")), ("keylen", 0, _NONE),
    ("rounds", 0, _NONE), ("dictsize", 0, _NONE), ("privalg", 0, _NONE))
_ENCR_MAP: _Map = tuple([(None, 0, _NONE)] * 14 + [("keylen", 14, _NONE)])
_OAKLEY_MAP: _Map = (
    (None, 0, _NONE),
    ("enc", 8, (None, "1des", "idea", "blowfish", "rc5", "3des", "cast", "aes")),
    ("hash", 7, (None, "md5", "sha1", "tiger", "sha2-256", "sha2-384", "sha2-512")),
    ("auth", 6, (None, "preshared", "dss", "rsa sig", "rsa enc", "rsa enc revised")),
    ("group desc", 18, _GROUPS), ("group type", 4, (None, "MODP", "ECP", "EC2N")),
    ("group prime", 0, _NONE), ("group gen1", 0, _NONE), ("group gen2", 0, _NONE),
    ("group curve A", 0, _NONE), ("group curve B", 0, _NONE), ("lifetype", 3, _LIFETYPES),
    ("lifeduration", 0, _NONE), ("prf", 0, _NONE), ("keylen", 0, _NONE), ("field", 0, _NONE),
    ("order", 0, _NONE))
_ID_TYPES = (None, "IPv4", "FQDN", "user FQDN", "IPv4net", "IPv6", "IPv6net", "IPv4range",
             "IPv6range", "ASN1 DN", "ASN1 GN", "keyid")
_CERT_TYPES = ("none", "pkcs7", "pgp", "dns", "x509sign", "x509ke", "kerberos", "crl", "arl",
               "spki", "x509attr")
_NOTIFY_ERRORS: tuple[str | None, ...] = (None, *"""\
INVALID-PAYLOAD-TYPE DOI-NOT-SUPPORTED SITUATION-NOT-SUPPORTED INVALID-COOKIE
INVALID-MAJOR-VERSION INVALID-MINOR-VERSION INVALID-EXCHANGE-TYPE INVALID-FLAGS
INVALID-MESSAGE-ID INVALID-PROTOCOL-ID INVALID-SPI INVALID-TRANSFORM-ID
ATTRIBUTES-NOT-SUPPORTED NO-PROPOSAL-CHOSEN BAD-PROPOSAL-SYNTAX PAYLOAD-MALFORMED
INVALID-KEY-INFORMATION INVALID-ID-INFORMATION INVALID-CERT-ENCODING INVALID-CERTIFICATE
CERT-TYPE-UNSUPPORTED INVALID-CERT-AUTHORITY INVALID-HASH-INFORMATION
AUTHENTICATION-FAILED INVALID-SIGNATURE ADDRESS-NOTIFICATION NOTIFY-SA-LIFETIME
CERTIFICATE-UNAVAILABLE UNSUPPORTED-EXCHANGE-TYPE UNEQUAL-PAYLOAD-LENGTHS""".split())
_IPSEC_STATUS = ("RESPONDER-LIFETIME", "REPLAY-STATUS", "INITIAL-CONTACT")
# IKEv2 notify types: number, name, and whether the SPI is shown ("spi")
_V2_NOTIFY: dict[int, tuple[str, bool]] = {
    int(num): (name, spi == "spi") for num, name, spi in (line.split() for line in """\
1 unsupported_critical_payload -
4 invalid_ike_spi spi
5 invalid_major_version -
7 invalid_syntax spi
9 invalid_message_id spi
11 invalid_spi spi
14 no_protocol_chosen spi
17 invalid_ke_payload spi
24 authentication_failed spi
34 single_pair_required spi
35 no_additional_sas -
36 internal_address_failure -
37 failed:cp_required -
39 invalid_selectors -
16384 initial_contact -
16385 set_window_size -
16386 additional_ts_possible -
16387 ipcomp_supported -
16388 nat_detection_source_ip spi
16389 nat_detection_destination_ip spi
16390 cookie spi
16391 use_transport_mode -
16392 http_cert_lookup_supported -
16393 rekey_sa spi
16394 tfc_padding_not_supported -
16395 non_first_fragment_also -""".splitlines())}
_V2_ID = {1: ("ipv4", False), 2: ("fqdn", True), 3: ("rfc822", True), 5: ("ipv6", False),
          9: ("dn", False), 10: ("gn", False), 11: ("keyid", False)}
_V2_AUTH = ("invalid", "rsasig", "shared-secret", "dsssig")


def _str_or_id(x: int, tab: tuple[str | None, ...] | list[str]) -> str:
    name = tab[x] if 0 <= x < len(tab) else None
    return name if name else f"#{x}"


def _v1_notify_name(ntype: int, ipsec: bool) -> str:
    """An IKEv1 notify message type's name (the IPsec DOI names more of them)."""
    if ntype < 8192:
        return _str_or_id(ntype, _NOTIFY_ERRORS)
    if 16384 <= ntype < 24576:
        return _str_or_id(ntype - 16384, ("CONNECTED",))
    if ipsec and ntype < 16384:
        return _str_or_id(ntype - 8192, ("RESERVED",))
    if ipsec and ntype < 32768:
        return _str_or_id(ntype - 24576, _IPSEC_STATUS)
    return f"#{ntype}"


def _np(x: int) -> str:
    return _str_or_id(x, _NP)


@dataclass(slots=True)
class IsakmpRecord(Layer):
    proto = "isakmp"

    data: bytes = field(default=b"", repr=False)
    side: str = "?"           # IKEv1: "I" initiator, "R" responder, "?" unknown
    length: int = 0
    i_cookie: bytes = b""
    r_cookie: bytes = b""
    next_payload: int = -1
    version: int = -1
    exchange: int = -1
    flags: int = 0
    msgid: bytes = b""
    msg_length: int = 0


def decode_isakmp(data: bytes, length: int, ctx: Context) -> IsakmpRecord:
    rec = IsakmpRecord(data=bytes(data), length=length)
    d = rec.data
    if len(d) >= _HDR:
        rec.i_cookie, rec.r_cookie, rec.msgid = d[:8], d[8:16], d[20:24]
        rec.next_payload, rec.version, rec.exchange, rec.flags = d[16:20]
        rec.msg_length = int.from_bytes(d[24:28], "big")
        if rec.version >> 4 == 1:
            rec.side = _side(rec, ctx)
    else:
        rec.stop = TRUNCATED
    return rec


def _side(rec: IsakmpRecord, ctx: Context) -> str:
    """tcpdump's cookie cache: the initiators of the exchanges seen (the last 20)."""
    # tcpdump's cache starts as 20 zeroed entries (an all-zero cookie finds one)
    st: dict[str, Any] = ctx.state.setdefault(
        "isakmp", {"cache": [(bytes(8), 0, b"", b"")] * _MAX_INITIATORS, "next": 0})
    cache: list[tuple[bytes, int, bytes, bytes]] = st["cache"]
    ver = ctx.ip_version if ctx.ip_version in (4, 6) else 0
    src, dst = bytes(ctx.src_raw), bytes(ctx.dst_raw)
    i = next((k for k, e in enumerate(cache) if e[0] == rec.i_cookie), -1)
    if i < 0:
        if rec.r_cookie != bytes(8):
            return "?"
        if ver:       # the first packet of an exchange: remember its initiator
            entry = (rec.i_cookie, ver, src, dst)
            slot = st["next"]
            cache[slot] = entry
            st["next"] = (slot + 1) % _MAX_INITIATORS
        return "I"
    _, cver, iaddr, raddr = cache[i]
    if ver and cver == ver:
        if src == iaddr:
            return "I"
        if src == raddr:
            return "R"
    return "?"


def format_isakmp(rec: IsakmpRecord, ctx: Context) -> str:
    if rec.stop == TRUNCATED:
        return TRUNC
    f = _Fmt(rec.data, ctx)
    try:
        f.message(rec)
    except (Short, ValueError, IndexError, RecursionError):
        f.out.append(TRUNC)
    return "".join(f.out)


class _Fmt(Reader):
    def __init__(self, data: bytes, ctx: Context) -> None:
        super().__init__(data)
        self.v = ctx.opts.verbose
        self.numeric = ctx.opts.numeric
        self.ep = len(data)
        self.out: list[str] = []

    def put(self, s: str) -> None:
        self.out.append(s)

    def raw_ok(self, off: int, k: int) -> bool:
        """tcpdump's rawprint: the octets in hex, False when not captured."""
        if not self.ok(off, k):
            return False
        self.put(self.d[off:off + k].hex())
        return True

    def somedata(self, cp: int) -> bool:
        """ike_show_somedata: the first ten and the last twenty octets up to the capture's end."""
        ep = self.ep
        n = min(ep - cp, 10)
        end, elen = ep - 20, 20
        if end < cp + n:
            end = cp + n
            elen = ep - end
        self.put(" data=(")
        if not self.raw_ok(cp, n):
            return False
        self.put("...")
        if elen and not self.raw_ok(end, elen):
            return False
        self.put(")")
        return True

    # --- the message -----------------------------------------------------------------

    def message(self, rec: IsakmpRecord) -> None:
        major, minor = rec.version >> 4, rec.version & 0xF
        put = self.put
        put("isakmp")
        if self.v:
            put(f" {major}.{minor} msgid {rec.msgid.hex()}")
        if self.v > 1:
            put(f" cookie {rec.i_cookie.hex()}->{rec.r_cookie.hex()}")
        put(":")
        if major not in (1, 2):
            return
        phase = 1 if rec.msgid == bytes(4) else 2
        flags = rec.flags
        if major == 1:
            put(f" phase {phase}" if phase == 1 else f" phase {phase}/others")
            put(f" {rec.side} {_ETYPES.get(rec.exchange, f'#{rec.exchange}')}")
            if flags:
                put(f"[{'E' if flags & 1 else ''}{'C' if flags & 2 else ''}]")
        else:
            put(" parent_sa" if phase == 1 else " child_sa ")
            put(f" {_ETYPES.get(rec.exchange, f'#{rec.exchange}')}")
            if flags:
                put(f"[{'I' if flags & 8 else ''}{'V' if flags & 16 else ''}"
                    f"{'R' if flags & 32 else ''}]")
        if not self.v:
            return
        put(":")
        np = rec.next_payload
        if flags & 1:
            put(f" [encrypted {_np(np)}]")
        elif self.ep < _HDR:
            put(f" [|{_np(np)}]")
        else:
            self.sub(np, _HDR, phase, 0, 0, 0, v2=major == 2)
        if rec.msg_length != rec.length:
            put(f" (len mismatch: isakmp {rec.msg_length}/ip {rec.length})")

    def sub(self, np: int, ext: int, phase: int, doi: int, proto: int, depth: int,
            v2: bool = False) -> int | None:
        """ikev1_sub_print / ikev2_sub_print: a chain of payloads."""
        cp: int | None = ext
        while np:
            if not self.ok(ext, 4) or not self.ok(ext, self.u(ext + 2, 2)):
                self.put(f" [|{_np(np)}]")
                return None
            depth += 1
            self.put("\n" + "    " * depth + "(")
            cp = self.sub0(np, ext, phase, doi, proto, depth, v2)
            self.put(")")
            depth -= 1
            if cp is None:
                return None
            np = self.u(ext, 1)
            ext = cp
        return cp

    def sub_at(self, tpay: int, ext: int, phase: int, doi: int, proto: int,
               depth: int) -> int | None:
        """The proposals of an IKEv1 SA (``tpay`` 1) or the transforms of a proposal
        (2), at ``ext``."""
        if not self.ok(ext, 4):
            return self.trunc(tpay)
        return self.sub(tpay + 1, ext, phase, doi, proto, depth)

    def sub0(self, np: int, ext: int, phase: int, doi: int, proto: int, depth: int,
             v2: bool) -> int | None:
        if not self.ok(ext, 4):
            self.put(TRUNC)
            return None
        item_len = self.u(ext + 2, 2)
        if item_len <= 4:
            return None
        if v2 and np == 46:
            return self.v2_e(np, ext, item_len)
        func = _PAYLOADS.get(np)
        if func is None:
            self.put(_np(np))
            return ext + item_len
        return func(self, np, ext, item_len, phase, doi, proto, depth)

    # --- attributes -------------------------------------------------------------------

    def attr(self, p: int, ep2: int, amap: _Map | None) -> int | None:
        """ikev1_attrmap_print / ikev1_attr_print: one attribute, the offset after it."""
        first = self.u(p, 1)
        totlen = 4 if first & 0x80 else 4 + self.u(p + 2, 2)
        if ep2 < p + totlen:
            self.put("[|attr]")
            return ep2 + 1
        self.put("(")
        t = self.u(p, 2) & 0x7FFF
        entry = amap[t] if amap and t < len(amap) else None
        self.put(f"type={entry[0]} " if entry and entry[0] else f"type=#{t} ")
        if first & 0x80:
            self.put("value=")
            v = self.u(p + 2, 2)
            name = None
            if entry and v < entry[1] and v < len(entry[2]):
                name = entry[2][v]
            if name:
                self.put(name)
            elif not self.raw_ok(p + 2, 2):
                self.put(")")
                return None
        else:
            self.put(f"len={totlen - 4} value=")
            if not self.raw_ok(p + 4, totlen - 4):
                self.put(")")
                return None
        self.put(")")
        return p + totlen

    def attrs(self, cp: int, ep2: int, amap: _Map | None) -> int | None:
        while cp < self.ep and cp < ep2:
            nxt = self.attr(cp, ep2, amap)
            if nxt is None:
                return None
            cp = nxt
        return cp

    # --- IKEv1 payloads -----------------------------------------------------------------

    def v1_sa(self, tpay: int, ext: int, item_len: int, phase: int, doi0: int, proto0: int,
              depth: int) -> int | None:
        if not self.start(1, ext, 12):
            return None
        doi, sit = self.u(ext + 4, 4), self.u(ext + 8, 4)
        if doi != 1:
            self.put(f" doi={doi} situation={sit}")
            return ext + 12
        names = [n for bit, n in ((1, "identity"), (2, "secrecy"), (4, "integrity")) if sit & bit]
        self.put(" doi=ipsec situation=" + "+".join(names))
        np = ext + 12
        if sit != 0x01:
            self.put(f" ident={self.u(ext + 4, 4)}")
            np += 4
        return self.sub_at(1, np, phase, doi, proto0, depth)

    def v1_p(self, tpay: int, ext: int, item_len: int, phase: int, doi0: int, proto0: int,
             depth: int) -> int | None:
        if not self.start(2, ext, 8):
            return None
        prot = self.u(ext + 5, 1)
        self.put(f" #{self.u(ext + 4, 1)} protoid={_str_or_id(prot, _PROTOIDS)} "
                 f"transform={self.u(ext + 7, 1)}")
        spi_size = self.u(ext + 6, 1)
        if spi_size:
            self.put(" spi=")
            if not self.raw_ok(ext + 8, spi_size):
                return self.trunc(2)
        return self.sub_at(2, ext + 8 + spi_size, phase, doi0, prot, depth)

    def v1_t(self, tpay: int, ext: int, item_len: int, phase: int, doi: int, proto: int,
             depth: int) -> int | None:
        if not self.start(3, ext, 8):
            return None
        tables: dict[int, tuple[tuple[str | None, ...], _Map]] = {
            1: (_T_IKE, _OAKLEY_MAP), 2: (_T_AH, _IPSEC_MAP), 3: (_T_ESP, _IPSEC_MAP),
            4: (_T_IPCOMP, _IPSEC_MAP)}
        t_no, t_id = self.u(ext + 4, 1), self.u(ext + 5, 1)
        ids, amap = tables.get(proto, (None, None))
        if ids is not None:
            self.put(f" #{t_no} id={_str_or_id(t_id, ids)} ")
        else:
            self.put(f" #{t_no} id={t_id} ")
        return self.attr_list(ext, item_len, amap, 3)

    def attr_list(self, ext: int, item_len: int, amap: _Map | None, tpay: int) -> int | None:
        ep2 = ext + item_len
        cp = self.attrs(ext + 8, ep2, amap)
        if cp is None:
            return self.trunc(tpay)
        if self.ep < ep2:
            self.put("...")
        return cp

    def trunc(self, tpay: int) -> int | None:
        """A payload's truncation marker (and the None its printer returns)."""
        self.put(f" [|{_np(tpay)}]")
        return None

    def start(self, tpay: int, ext: int, size: int, name: str = "") -> bool:
        """A payload's name, or its truncation marker when its fixed ``size`` octets
        were not captured (False)."""
        self.put(f"{name or _np(tpay)}:")
        if not self.ok(ext, size):
            self.trunc(tpay)
            return False
        return True

    def v1_len(self, tpay: int, ext: int, item_len: int, label: str = " len=") -> int | None:
        """The payloads tcpdump shows by their length (and in hex with -vvv)."""
        if not self.start(tpay, ext, 4):
            return None
        self.put(f"{label}{item_len - 4}")
        return self.hex_vvv(tpay, ext, item_len)

    def hex_vvv(self, tpay: int, ext: int, item_len: int) -> int | None:
        if self.v > 2 and item_len > 4:
            self.put(" ")
            if not self.raw_ok(ext + 4, item_len - 4):
                return self.trunc(tpay)
        return ext + item_len

    def v1_ke(self, tpay: int, ext: int, item_len: int, *_: int) -> int | None:
        return self.v1_len(tpay, ext, item_len, " key len=")

    def v1_plain(self, tpay: int, ext: int, item_len: int, *_: int) -> int | None:
        return self.v1_len(tpay, ext, item_len)

    def v1_cert(self, tpay: int, ext: int, item_len: int, *_: int) -> int | None:
        if not self.start(tpay, ext, 6):
            return None
        self.put(f" len={item_len - 4} type={_str_or_id(self.u(ext + 4, 1), _CERT_TYPES)}")
        return self.hex_vvv(tpay, ext, item_len)

    def v1_nonce(self, tpay: int, ext: int, item_len: int, *_: int) -> int | None:
        if not self.start(10, ext, 4):
            return None
        self.put(f" n len={item_len - 4}")
        if item_len > 4:
            if self.v > 2:
                self.put(" ")
                if not self.raw_ok(ext + 4, item_len - 4):
                    return self.trunc(10)
            elif self.v > 1:
                self.put(" ")
                if not self.somedata(ext + 4):
                    return self.trunc(10)
        return ext + item_len

    def v1_id(self, tpay: int, ext: int, item_len: int, phase: int, *_: int) -> int | None:
        if not self.start(5, ext, 8):
            return None
        data, length = (ext + 8, item_len - 8) if item_len > 8 else (None, 0)
        kind = self.u(ext + 4, 1)
        proto_id = self.u(ext + 5, 1)
        self.put(f" idtype={_str_or_id(kind, _ID_TYPES)}")
        name = None
        if not self.numeric and proto_id:
            from ._walk import _protocol_names
            name = _protocol_names().get(proto_id)
        self.put(f" protoid={name}" if name else f" protoid={proto_id}")
        self.put(f" port={self.u(ext + 6, 2)}")
        if length:
            if data is None or not self.ok(data, length):
                return self.trunc(5)
            length = self.id_data(kind, data, length)
        if data is not None and length:
            self.put(f" len={length}")
            if self.v > 2:
                self.put(" ")
                if not self.raw_ok(data, length):
                    return self.trunc(5)
        return ext + item_len

    def id_data(self, kind: int, data: int, length: int) -> int:
        """An IPsec DOI identity's data; the length left to show as such."""
        put = self.put
        if kind in (1, 5):
            size = 4 if kind == 1 else 16
            if length < size:
                put(f" len={length} [bad: < {size}]")
            else:
                a = self.raw(data, size)
                put(f" len={length} {ipaddr(a) if size == 4 else ip6addr(a)}")
        elif kind in (2, 3):
            put(f" len={length} {printable(self.raw(data, length))}")
        elif kind in (4, 6, 7, 8):
            size = 4 if kind in (4, 7) else 16
            if length < 2 * size:
                put(f" len={length} [bad: < {2 * size}]")
            else:
                a, b = self.raw(data, size), self.raw(data + size, size)
                text = ipaddr if size == 4 else ip6addr
                if kind == 4:
                    put(f" len={length} {text(a)}/{'.'.join(str(x) for x in b)}")
                elif kind == 6:
                    put(f" len={length} {text(a)}/0x{b.hex()}")
                else:
                    put(f" len={length} {text(a)}-{text(b)}")
        else:
            return length
        return 0

    def v1_n(self, tpay: int, ext: int, item_len: int, *_: int) -> int | None:
        if not self.start(11, ext, 12):
            return None
        doi, proto, ntype = self.u(ext + 4, 4), self.u(ext + 8, 1), self.u(ext + 10, 2)
        spi_size = self.u(ext + 9, 1)
        ipsec = doi == 1
        head = (f" doi=ipsec proto={_str_or_id(proto, _PROTOIDS)}" if ipsec else
                f" doi={doi} proto={proto}")
        self.put(f"{head} type={_v1_notify_name(ntype, ipsec)}")
        if spi_size:
            self.put(" spi=")
            if not self.raw_ok(ext + 12, spi_size):
                return self.trunc(11)
        if not ipsec:
            return ext + 12 + spi_size
        cp, ep2 = ext + 12 + spi_size, ext + item_len
        if cp < self.ep:
            if ntype == 24576:
                self.put(" attrs=(")
                while cp < self.ep and cp < ep2:
                    nxt = self.attr(cp, ep2, _OAKLEY_MAP)
                    if nxt is None:
                        self.put(")")
                        return self.trunc(11)
                    cp = nxt
                self.put(")")
            elif ntype == 24577:
                self.put(" status=(")
                self.put(f"replay detection {'en' if self.u(cp, 4) else 'dis'}abled)")
            elif self.v > 3:
                self.put(" data=(")
                if not self.raw_ok(cp, self.ep - cp):
                    return self.trunc(11)
                self.put(")")
            elif not self.somedata(cp):
                return self.trunc(11)
        return ext + item_len

    def v1_d(self, tpay: int, ext: int, item_len: int, *_: int) -> int | None:
        if not self.start(12, ext, 12):
            return None
        doi, proto = self.u(ext + 4, 4), self.u(ext + 8, 1)
        self.put(f" doi={doi} proto={proto}" if doi != 1 else
                 f" doi=ipsec proto={_str_or_id(proto, _PROTOIDS)}")
        spi_size, nspi = self.u(ext + 9, 1), self.u(ext + 10, 2)
        self.put(f" spilen={spi_size} nspi={nspi} spi=")
        q = ext + 12
        for i in range(nspi):
            if i:
                self.put(",")
            if not self.raw_ok(q, spi_size):
                return self.trunc(12)
            q += spi_size
        return q

    # --- IKEv2 payloads ---------------------------------------------------------------

    def v2_head(self, name: str, ext: int, size: int = 4) -> bool:
        """ikev2_pay_print after the check of ``size`` octets: ``name:`` ([C] if critical)."""
        if not self.ok(ext, size):
            return False
        self.put(f"{name}{'[C]' if self.u(ext + 1, 1) & 0x80 else ''}:")
        return True

    def v2_gen(self, tpay: int, ext: int, item_len: int, *_: int) -> int | None:
        if not self.v2_head(_np(tpay), ext):
            return self.trunc(tpay)
        self.put(f" len={item_len - 4}")
        return self.hex_vvv(tpay, ext, item_len)

    def v2_sa(self, tpay: int, ext: int, item_len: int, phase: int, doi: int, proto: int,
              depth: int) -> int | None:
        if not self.v2_head("sa", ext):
            return self.trunc(tpay)
        sa_len = self.u(ext + 2, 2) - 4
        self.put(f" len={sa_len}")
        return self.v2_items(tpay, ext + 4, sa_len, 2, depth)

    def v2_items(self, tpay: int, cp: int, left: int, kind: int, depth: int) -> int | None:
        """The proposals of an SA (``kind`` 2) or the transforms of a proposal (3)."""
        np = kind
        count = 0
        while np:
            count += 1
            ext = cp
            if left < 4:
                cp += left
                self.trunc(tpay)
                return cp
            if not self.ok(ext, 4):
                return self.trunc(tpay)
            item_len = self.u(ext + 2, 2)
            if item_len <= 4:
                return self.trunc(tpay)
            if left < item_len:
                cp += left
                self.trunc(tpay)
                return cp
            if not self.ok(cp, item_len):
                return self.trunc(tpay)
            depth += 1
            self.put("\n" + "    " * depth + "(")
            if np == kind:
                nxt = (self.v2_p(ext, item_len, depth) if kind == 2 else
                       self.v2_t(count, ext, item_len))
                if nxt is None:
                    return None
                cp = nxt
            else:
                self.put(_np(np))
                cp += item_len
            self.put(")")
            depth -= 1
            left -= item_len
            np = self.u(ext, 1)
        return cp

    def v2_p(self, ext: int, item_len: int, depth: int) -> int | None:
        if not self.v2_head("p", ext, 8):
            return self.trunc(2)
        left = item_len - 4
        self.put(f" #{self.u(ext + 4, 1)} protoid={_str_or_id(self.u(ext + 5, 1), _PROTOIDS)} "
                 f"transform={self.u(ext + 7, 1)} len={item_len}")
        cp = ext + 8
        spi_size = self.u(ext + 6, 1)
        if spi_size:
            if left < spi_size:
                self.trunc(2)
                return cp + left
            self.put(" spi=")
            if not self.raw_ok(cp, spi_size):
                return self.trunc(2)
            cp += spi_size
            left -= spi_size
        return self.v2_items(2, cp, left, 3, depth)

    def v2_t(self, count: int, ext: int, item_len: int) -> int | None:
        if not self.v2_head("t", ext, 8):
            return self.trunc(3)
        t_id, t_type = self.u(ext + 6, 2), self.u(ext + 4, 1)
        ids = {1: _T_ESP, 2: _V2_PRF, 3: _V2_INTEG, 4: _GROUPS, 5: _V2_ESN}.get(t_type)
        idstr = _str_or_id(t_id, ids) if ids is not None else str(t_id)
        self.put(f" #{count} type={_str_or_id(t_type, _V2_TYPES)} id={idstr} ")
        return self.attr_list(ext, item_len, _ENCR_MAP if t_type == 1 else None, 3)

    def v2_ke(self, tpay: int, ext: int, item_len: int, *_: int) -> int | None:
        if not self.v2_head(_np(tpay), ext, 8):
            return self.trunc(tpay)
        if item_len < 8:
            self.put(f" len={item_len} < 8")
            return ext + item_len
        self.put(f" len={item_len - 8} group={_str_or_id(self.u(ext + 4, 2), _GROUPS)}")
        if self.v > 2 and item_len > 8:
            self.put(" ")
            if not self.raw_ok(ext + 8, item_len - 8):
                return self.trunc(tpay)
        return ext + item_len

    def _ascii(self, off: int, k: int) -> str:
        return "".join(chr(c) if 0x20 <= c <= 0x7E else "." for c in self.raw(off, k))

    def v2_id(self, tpay: int, ext: int, item_len: int, *_: int) -> int | None:
        if not self.v2_head(_np(tpay), ext, 8):
            return self.trunc(tpay)
        self.put(f" len={item_len - 4}")
        if self.hex_vvv(tpay, ext, item_len) is None:
            return None
        kind = _V2_ID.get(self.u(ext + 4, 1))
        if kind is not None:
            self.put(f" {kind[0]}:")
            k = item_len - 8
            if not self.ok(ext + 8, k):
                return self.trunc(tpay)
            self.put(self._ascii(ext + 8, k) if kind[1] else self.raw(ext + 8, k).hex())
        return ext + item_len

    def v2_auth(self, tpay: int, ext: int, item_len: int, *_: int) -> int | None:
        if not self.ok(ext, 8):
            return self.trunc(tpay)
        self.v2_head(_np(tpay), ext)
        self.put(f" len={item_len - 4} method={_str_or_id(self.u(ext + 4, 1), _V2_AUTH)}")
        if item_len > 4:
            if self.v > 1:
                self.put(" authdata=(")
                if not self.raw_ok(ext + 8, item_len - 8):
                    return self.trunc(tpay)
                self.put(") ")
            elif self.v and not self.somedata(ext + 8):
                return self.trunc(tpay)
        return ext + item_len

    def v2_nonce(self, tpay: int, ext: int, item_len: int, *_: int) -> int | None:
        if not self.v2_head("nonce", ext):
            return self.trunc(tpay)
        self.put(f" len={item_len - 4}")
        if self.v > 1 and item_len > 4:
            self.put(" nonce=(")
            if not self.raw_ok(ext + 4, item_len - 4):
                return self.trunc(tpay)
            self.put(") ")
        elif self.v and item_len > 4 and not self.somedata(ext + 4):
            return self.trunc(tpay)
        return ext + item_len

    def v2_n(self, tpay: int, ext: int, item_len: int, *_: int) -> int | None:
        if not self.v2_head("n", ext, 8):
            return self.trunc(11)
        self.put(f" prot_id={_str_or_id(self.u(ext + 4, 1), _PROTOIDS)}")
        ntype = self.u(ext + 6, 2)
        known = _V2_NOTIFY.get(ntype)
        if known is None:
            name = ("error" if ntype < 8192 else "private-error" if ntype < 16384 else
                    "status" if ntype < 40960 else "private-status")
            showspi = True
        else:
            name, showspi = known
        self.put(f" type={ntype}({name})")
        spi_size = self.u(ext + 5, 1)
        if showspi and spi_size:
            self.put(" spi=")
            if not self.raw_ok(ext + 8, spi_size):
                return self.trunc(11)
        cp = ext + 8 + spi_size
        some = ntype == 16390
        if cp < self.ep:
            if self.v > 3 or (some and self.ep - cp < 30):
                self.put(" data=(")
                if not self.raw_ok(cp, self.ep - cp):
                    return self.trunc(11)
                self.put(")")
            elif some and not self.somedata(cp):
                return self.trunc(11)
        return ext + item_len

    def v2_vid(self, tpay: int, ext: int, item_len: int, *_: int) -> int | None:
        if not self.v2_head(_np(tpay), ext):
            return self.trunc(tpay)
        k = item_len - 4
        self.put(f" len={k} vid=")
        if not self.ok(ext + 4, k):
            return self.trunc(tpay)
        self.put(self._ascii(ext + 4, k))
        if self.v > 2 and k > 4:
            self.put(" ")
            if not self.raw_ok(ext + 4, k):
                return self.trunc(tpay)
        return ext + item_len

    def v2_e(self, tpay: int, ext: int, item_len: int) -> int | None:
        if not self.v2_head(_np(tpay), ext):
            return self.trunc(tpay)
        k = item_len - 4
        self.put(f" len={k}")
        if self.v > 2 and k > 4:
            self.put(" ")
            if not self.raw_ok(ext + 4, k):
                return self.trunc(tpay)
        if not self.ok(ext + 4, k):
            return self.trunc(tpay)
        return None


_PAYLOADS: dict[int, Any] = {
    1: _Fmt.v1_sa, 2: _Fmt.v1_p, 3: _Fmt.v1_t, 4: _Fmt.v1_ke, 5: _Fmt.v1_id,
    6: _Fmt.v1_cert, 7: _Fmt.v1_cert, 8: _Fmt.v1_plain, 9: _Fmt.v1_plain,
    10: _Fmt.v1_nonce, 11: _Fmt.v1_n, 12: _Fmt.v1_d, 13: _Fmt.v1_plain,
    33: _Fmt.v2_sa, 34: _Fmt.v2_ke, 35: _Fmt.v2_id, 36: _Fmt.v2_id, 37: _Fmt.v2_gen,
    38: _Fmt.v2_gen, 39: _Fmt.v2_auth, 40: _Fmt.v2_nonce, 41: _Fmt.v2_n, 42: _Fmt.v2_gen,
    43: _Fmt.v2_vid, 44: _Fmt.v2_gen, 45: _Fmt.v2_gen, 47: _Fmt.v2_gen, 48: _Fmt.v2_gen,
}
