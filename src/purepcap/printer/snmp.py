"""SNMP (RFC 1157, RFC 3416, RFC 3412/3414): UDP ports 161 and 162, as tcpdump
4.99.3 prints it without libsmi.

The message is BER: tcpdump reads one element at a time and writes as it goes,
so its text is a run of pieces with its complaints (``[comm!=STR]``,
``[len12<asnlen40]``, ``[P/U/Bitstring]``) where the message stopped making
sense.  What it writes, as observed:

* without ``-v``: the community when it is not ``public`` (``C="priv" ``), the
  PDU type and length (``GetRequest(28) ``), then each variable binding as
  `` OID`` (requests) or `` OID=value``; a trap adds enterprise, agent address,
  generic trap (``enterpriseSpecific s=N``) and time stamp; SNMPv3 writes the
  message flags (``F=ar ``), the user (``U="bob" ``), the context engine and
  name (``E=_80_00 C="" ``) before the PDU;
* ``-v`` adds the version, the request id and braces around each part
  (``{ SNMPv2c { GetResponse(40) R=7  .1.3.6.1.2.1.1.5.0="host" } } ``);
  ``-vv`` is ``-v``;
* OIDs are dotted numbers with ``-n``; without it, names from tcpdump's
  compiled-in MIB, with the prefixes of the MIB-2, enterprises,
  experimental and snmpModules trees abbreviated ("", ``E:``, ``X:``, ``S:``);
* an element that does not fit is a bracketed note and ends the part that
  holds it (the enclosing parts still close their braces); one whose bytes
  were not captured is `` [|snmp]`` (likewise), and a tag or length byte not
  captured ends the whole text with `` [|snmp]``.

:func:`decode_snmp` reads the message once, keeping the fields (for JSON)
and the pieces of text, tagged with the verbosity that shows them and with
OIDs kept as bytes (their text depends on ``-n``); :func:`format_snmp` joins
them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Union

from ._base import MALFORMED, TRUNCATED, Context, Layer

__all__ = ["SnmpRecord", "SnmpVarbind", "decode_snmp", "format_snmp", "oid_text"]

TRUNC = " [|snmp]"

# tag numbers' names by class (universal, application, context, private), as
# tcpdump names them in its notes; the class itself it calls "x"
_UNIVERSAL = ("U-0", "Boolean", "Integer", "Bitstring", "String", "Null", "ObjID",
              "ObjectDes", "U-8", "U-9", "U-10", "U-11", "U-12", "U-13", "U-14", "U-15",
              "Sequence", "Set")
_APPLICATION = ("IpAddress", "Counter", "Gauge", "TimeTicks", "Opaque", "C-5", "Counter64")
_CONTEXT = ("GetRequest", "GetNextRequest", "GetResponse", "SetRequest", "Trap", "GetBulk",
            "Inform", "V2Trap", "Report")
_PRIVATE = ("P-0",)
_CLASSES = (_UNIVERSAL, _APPLICATION, _CONTEXT, _PRIVATE)
_EXCEPTIONS = ("noSuchObject", "noSuchInstance", "endOfMibView")

_ERRORS = ("noError", "tooBig", "noSuchName", "badValue", "readOnly", "genErr", "noAccess",
           "wrongType", "wrongLength", "wrongEncoding", "wrongValue", "noCreation",
           "inconsistentValue", "resourceUnavailable", "commitFailed", "undoFailed",
           "authorizationError", "notWritable", "inconsistentName")
_TRAPS = ("coldStart", "warmStart", "linkDown", "linkUp", "authenticationFailure",
          "egpNeighborLoss", "enterpriseSpecific")
_VERSIONS = {0: "SNMPv1", 1: "SNMPv2c", 3: "SNMPv3"}

# PDU numbers
_GET, _GETNEXT, _RESPONSE, _SET, _TRAP, _BULK, _INFORM, _V2TRAP, _REPORT = range(9)
_READS = (_GET, _GETNEXT, _BULK)
_NO_ERRORS = (_GET, _GETNEXT, _SET, _INFORM, _V2TRAP, _REPORT)   # error fields must be 0

# what an element decodes to
_OCTETS, _NULL, _OID, _INT, _UNS, _STR, _SEQ, _ADDR, _PDU, _UNS64, _EXC, _ANY = range(12)
_KIND_NAMES = ("octets", "null", "oid", "integer", "unsigned", "string", "sequence",
               "ipaddress", "pdu", "counter64", "exception", "any")

_M32 = 0xFFFFFFFF
_M64 = (1 << 64) - 1


class _Abort(Exception):
    """A tag or length byte was not captured: the whole text ends there."""


@dataclass(slots=True)
class SnmpVarbind:
    """One variable binding: the OID (dotted numbers) and the value's text."""

    oid: str = ""
    kind: str = ""          # "integer", "string", "oid", "null", "unsigned", ...
    value: str = ""         # as tcpdump prints it (OIDs in numbers)


Piece = tuple[int, Union[str, bytes]]   # (0: always, 1: with -v; OID: bytes) and the text


@dataclass(slots=True)
class SnmpRecord(Layer):
    """An SNMP message: the fields read, and tcpdump's text in pieces."""

    proto = "snmp"

    length: int = 0
    version: int = -1
    community: str | None = None
    # SNMPv3 header and user-based security parameters
    msg_id: int | None = None
    msg_max_size: int | None = None
    msg_flags: int | None = None
    security_model: int | None = None
    engine_id: str | None = None          # hex
    engine_boots: int | None = None
    engine_time: int | None = None
    user: str | None = None
    context_engine_id: str | None = None  # hex
    context_name: str | None = None
    # the PDU
    pdu_type: str = ""
    pdu_length: int = 0
    request_id: int | None = None
    error_status: int | None = None       # GetBulk: non-repeaters
    error_index: int | None = None        # GetBulk: max-repetitions
    enterprise: str | None = None         # Trap (SNMPv1)
    agent_addr: str | None = None
    generic_trap: int | None = None
    specific_trap: int | None = None
    time_stamp: int | None = None
    varbinds: list[SnmpVarbind] = field(default_factory=list)
    error: str = ""                       # tcpdump's first complaint, if any
    pieces: list[Piece] = field(default_factory=list, repr=False)

    def to_json(self) -> dict[str, Any]:
        # the text's pieces are the formatter's; fields not in the message are left out
        return {k: v for k, v in Layer.to_json(self).items() if k != "pieces" and v is not None}


class _El:
    """One BER element: tag, where its contents start, their length, what they say."""

    __slots__ = ("cls", "form", "tag", "start", "size", "count", "kind", "value")

    def __init__(self, cls: int, form: int, tag: int, start: int, size: int, count: int) -> None:
        self.cls, self.form, self.tag = cls, form, tag
        self.start, self.size, self.count = start, size, count
        self.kind = _ANY
        self.value: Any = None


class _Reader:
    """Reads a message into a record, writing tcpdump's pieces of text."""

    __slots__ = ("d", "cap", "rec", "out")

    def __init__(self, data: bytes, rec: SnmpRecord) -> None:
        self.d = data
        self.cap = len(data)
        self.rec = rec
        self.out = rec.pieces

    # -- text --
    def put(self, text: str, level: int = 0) -> None:
        self.out.append((level, text))

    def note(self, text: str) -> None:
        """A complaint about the message's structure."""
        self.put(text)
        if not self.rec.error:
            self.rec.error = text
        if self.rec.stop is None:
            self.rec.stop = MALFORMED

    def trunc(self) -> None:
        self.put(TRUNC)
        self.rec.stop = TRUNCATED

    # -- elements --
    def element(self, pos: int, length: int) -> _El | None:
        """The element at ``pos`` with ``length`` bytes left in its container; None
        (noted) when it does not fit."""
        d, cap = self.d, self.cap
        if length < 1:
            self.note("[nothing to parse]")
            return None
        if pos >= cap:
            raise _Abort
        b = d[pos]
        tag, form, cls = b & 0x1F, (b >> 5) & 1, b >> 6
        p, left = pos + 1, length - 1
        if tag == 0x1F:
            # a high tag number: 7 bits an octet, the last without bit 8 (kept to 8 bits)
            tag = 0
            while True:
                if p >= cap:
                    raise _Abort
                c = d[p]
                if not c & 0x80:
                    break
                if left < 1:
                    self.note("[Xtagfield?]")
                    return None
                tag = ((tag << 7) | (c & 0x7F)) & 0xFF
                p += 1
                left -= 1
            if left < 1:
                self.note("[Xtagfield?]")
                return None
            tag = ((tag << 7) | c) & 0xFF
            p += 1
            left -= 1
        if left < 1:
            self.note("[no asnlen]")
            return None
        if p >= cap:
            raise _Abort
        size = d[p]
        p += 1
        left -= 1
        if size & 0x80:
            noct = size & 0x7F
            if left < noct:
                self.note(f"[asnlen? {left}<{noct}]")
                return None
            if p + noct > cap:
                self.trunc()
                return None
            size = 0
            for c in d[p:p + noct]:
                size = ((size << 8) | c) & _M32
            p += noct
            left -= noct
        if left < size:
            self.note(f"[len{left}<asnlen{size}]")
            return None
        if tag >= len(_CLASSES[cls]):
            self.note(f"[id?{'PC'[form]}/x/{tag}]")
            return None
        if p + size > cap:
            self.trunc()
            return None
        el = _El(cls, form, tag, p, size, p - pos + size)
        body = d[p:p + size]
        if form == 0:
            if cls == 0:
                if tag == 4:
                    el.kind, el.value = _STR, body
                elif tag == 2:
                    if not size:
                        self.note("[asnlen=0]")
                        return None
                    v = -1 if body[0] & 0x80 else 0
                    for c in body:
                        v = ((v << 8) | c) & _M32
                    el.kind, el.value = _INT, v - (1 << 32) if v & 0x80000000 else v
                elif tag == 6:
                    el.kind, el.value = _OID, body
                elif tag == 5:
                    el.kind = _NULL
                else:
                    el.kind, el.value = _OCTETS, body
                    self.note(f"[P/U/{_UNIVERSAL[tag]}]")
            elif cls == 1:
                if tag == 0:
                    el.kind, el.value = _ADDR, body
                elif tag in (1, 2, 3):
                    el.kind, el.value = _UNS, int.from_bytes(body, "big") & _M32
                elif tag == 6:
                    el.kind, el.value = _UNS64, int.from_bytes(body, "big") & _M64
                else:
                    el.kind, el.value = _OCTETS, body
                    self.note(f"[P/A/{_APPLICATION[tag]}]")
            elif cls == 2:
                if tag < 3:
                    el.kind = _EXC
            else:
                el.kind, el.value = _OCTETS, body
                self.note(f"[P/x/{_PRIVATE[tag]}]")
        elif cls == 0 and tag == 16:
            el.kind = _SEQ
        elif cls == 2:
            el.kind = _PDU
        else:
            el.kind, el.value = _OCTETS, body
            self.note(f"C/U/{_UNIVERSAL[tag]}" if cls == 0 else f"C/x/{_CLASSES[cls][tag]}")
        return el

    def expect(self, pos: int, length: int, kind: int, what: str) -> _El | None:
        """The element at ``pos`` when it is of ``kind``; else tcpdump's ``[what]``
        and the element as it is."""
        el = self.element(pos, length)
        if el is None:
            return None
        if el.kind != kind:
            self.note(f"[{what}]")
            self.show(el)
            return None
        return el

    def take(self, at: list[int], kind: int, what: str) -> _El | None:
        """:meth:`expect` at ``at`` (where the next element starts, the octets left
        in its container); ``at`` moves past the element read."""
        el = self.expect(at[0], at[1], kind, what)
        if el is not None:
            at[0] += el.count
            at[1] -= el.count
        return el

    def show(self, el: _El) -> None:
        """The element's value as tcpdump prints it."""
        k = el.kind
        if k == _OID:
            self.out.append((0, bytes(el.value)))
        elif k != _NULL:
            self.put(_value_text(el))

    # -- the message --
    def message(self, length: int) -> None:
        self.put(" ")
        top = self.expect(0, length, _SEQ, "!init SEQ")
        if top is None:
            return
        if top.count < length:
            self.note(f"[{length - top.count} extra after iSEQ]")
        pos, left = top.start, top.size
        ver = self.expect(pos, left, _INT, "version!=INT")
        if ver is None:
            return
        name = _VERSIONS.get(ver.value)
        if name is None:
            self.note(f"SNMP [version = {ver.value}]")
            return
        self.rec.version = ver.value
        self.put(f"{{ {name} ", 1)
        pos, left = pos + ver.count, left - ver.count
        if ver.value == 3:
            self.v3(pos, left)
        else:
            self.community(pos, left, ver.value)
        self.put("} ", 1)

    def community(self, pos: int, left: int, version: int) -> None:
        comm = self.expect(pos, left, _STR, "comm!=STR")
        if comm is None:
            return
        self.rec.community = bytes(comm.value).decode("latin-1")
        if comm.value != b"public":
            self.put("C=" + _string(comm.value) + " ")
        self.pdu(pos + comm.count, left - comm.count, version)

    def pdu(self, pos: int, left: int, version: int) -> None:
        pdu = self.element(pos, left)
        if pdu is None:
            return
        if pdu.kind != _PDU:
            self.note("[no PDU]")
            return
        if pdu.count < left:
            self.note(f"[{left - pdu.count} extra after PDU]")
        r = self.rec
        r.pdu_type, r.pdu_length = _CONTEXT[pdu.tag], pdu.size
        self.put("{ ", 1)
        self.put(f"{_CONTEXT[pdu.tag]}({pdu.size}) ")
        ident = pdu.tag
        if version == 0 and ident in (_BULK, _INFORM, _V2TRAP, _REPORT):
            self.note("[v2 PDU in v1 message]")
            return
        if version == 1 and ident == _TRAP:
            self.note("[v1 PDU in v2 message]")
            return
        if ident == _TRAP:
            self.trap(pdu.start, pdu.size)
        else:
            self.request(ident, pdu.start, pdu.size)
        self.put(" } ", 1)

    def request(self, ident: int, pos: int, left: int) -> None:
        r = self.rec
        at = [pos, left]
        el = self.take(at, _INT, "reqId!=INT")
        if el is None:
            return
        r.request_id = el.value
        self.put(f"R={el.value} ", 1)
        el = self.take(at, _INT, "errorStatus!=INT")
        if el is None:
            return
        status = 0
        r.error_status = v = el.value
        if ident in _NO_ERRORS and v:
            self.note(f"[errorStatus({_error_name(v)})!=0]")
        elif ident == _BULK:
            self.put(f" N={v}")
        elif v:
            self.put(f" {_error_name(v)}")
            status = v
        el = self.take(at, _INT, "errorIndex!=INT")
        if el is None:
            return
        r.error_index = v = el.value
        if ident in _NO_ERRORS and v:
            self.note(f"[errorIndex({v})!=0]")
        elif ident == _BULK:
            self.put(f" M={v}")
        elif v:
            if status:
                self.put(f"@{v}")
            else:
                self.note(f"[errorIndex({v}) w/o errorStatus]")
        elif status:
            self.note("[errorIndex==0]")
        self.varbinds(ident, at[0], at[1])

    def trap(self, pos: int, left: int) -> None:
        r = self.rec
        at = [pos, left]
        self.put(" ")
        el = self.take(at, _OID, "enterprise!=OID")
        if el is None:
            return
        r.enterprise = oid_text(el.value, True)
        self.show(el)
        self.put(" ")
        el = self.take(at, _ADDR, "agent-addr!=INETADDR")
        if el is None:
            return
        r.agent_addr = ".".join(str(c) for c in el.value)
        self.show(el)
        el = self.take(at, _INT, "generic-trap!=INT")
        if el is None:
            return
        r.generic_trap = generic = el.value
        self.put(" " + (_TRAPS[generic] if 0 <= generic < len(_TRAPS) else f"gt={generic}"))
        el = self.take(at, _INT, "specific-trap!=INT")
        if el is None:
            return
        r.specific_trap = el.value
        if generic == 6:
            self.put(f" s={el.value}")
        elif el.value:
            self.note(f"[specific-trap({el.value})!=0]")
        self.put(" ")
        el = self.take(at, _UNS, "time-stamp!=TIMETICKS")
        if el is None:
            return
        r.time_stamp = el.value
        self.show(el)
        self.varbinds(_TRAP, at[0], at[1])

    def varbinds(self, ident: int, pos: int, left: int) -> None:
        seq = self.element(pos, left)
        if seq is None:
            return
        if seq.kind != _SEQ:
            self.note("[!SEQ of varbind]")
            self.show(seq)
            return
        if seq.count < left:
            self.note(f"[{left - seq.count} extra after SEQ of varbind]")
        read = ident in _READS
        pos, left = seq.start, seq.size
        while left:
            self.put(" ")
            vb = self.element(pos, left)
            if vb is None:
                return
            if vb.kind != _SEQ:
                self.note("[!varbind]")
                self.show(vb)
                return
            after, rest = pos + vb.count, left - vb.count
            name = self.expect(vb.start, vb.size, _OID, "objName!=OID")
            if name is None:
                return
            self.show(name)
            bind = SnmpVarbind(oid=oid_text(name.value, True))
            self.rec.varbinds.append(bind)
            if not read:
                self.put("=")
            val = self.element(name.start + name.size, vb.size - name.count)
            if val is None:
                return
            bind.kind = _KIND_NAMES[val.kind]
            if val.kind != _NULL:
                bind.value = _value_text(val)
                if read:
                    self.note("[objVal!=NULL]")
                self.show(val)
            pos, left = after, rest

    # -- SNMPv3 --
    def v3(self, pos: int, left: int) -> None:
        r = self.rec
        head = self.expect(pos, left, _SEQ, "!message")
        if head is None:
            return
        at = [head.start, head.size]
        self.put("{ ", 1)
        el = self.take(at, _INT, "msgID!=INT")
        if el is None:
            return
        r.msg_id = el.value
        el = self.take(at, _INT, "msgMaxSize!=INT")
        if el is None:
            return
        r.msg_max_size = el.value
        el = self.take(at, _STR, "msgFlags!=STR")
        if el is None:
            return
        if el.size != 1:
            self.note(f"[msgFlags size {el.size}]")
            return
        r.msg_flags = flags = el.value[0]
        if flags not in (0, 1, 3, 4, 5, 7):
            self.note(f"[msgFlags=0x{flags:02X}]")
            return
        self.put("F=" + "a" * (flags & 1) + "p" * (flags >> 1 & 1) + "r" * (flags >> 2 & 1)
                 + " ")
        el = self.take(at, _INT, "msgSecurityModel!=INT")
        if el is None:
            return
        r.security_model = model = el.value
        if el.count < at[1]:
            self.note(f"[{at[1] - el.count} extra after message SEQ]")
        self.put("} ", 1)
        if model != 3:
            self.note(f"[security model {model}]")
            return
        self.put("{ USM ", 1)
        # the security parameters follow the last header field read
        at = [at[0], left - (at[0] - pos)]
        el = self.take(at, _STR, "msgSecurityParameters!=STR")
        if el is None:
            return
        self.usm(el.start, el.size)
        self.put("} ", 1)
        self.put("{ ScopedPDU ", 1)
        self.scoped(at[0], at[1])
        self.put("} ", 1)

    def usm(self, pos: int, left: int) -> None:
        r = self.rec
        seq = self.expect(pos, left, _SEQ, "!usm")
        if seq is None:
            return
        at = [seq.start, seq.size]
        el = self.take(at, _STR, "msgAuthoritativeEngineID!=STR")
        if el is None:
            return
        r.engine_id = bytes(el.value).hex()
        el = self.take(at, _INT, "msgAuthoritativeEngineBoots!=INT")
        if el is None:
            return
        r.engine_boots = el.value
        self.put(f"B={el.value} ", 1)
        el = self.take(at, _INT, "msgAuthoritativeEngineTime!=INT")
        if el is None:
            return
        r.engine_time = el.value
        self.put(f"T={el.value} ", 1)
        el = self.take(at, _STR, "msgUserName!=STR")
        if el is None:
            return
        r.user = bytes(el.value).decode("latin-1")
        self.put("U=" + _string(el.value) + " ")
        for what in ("msgAuthenticationParameters!=STR", "msgPrivacyParameters!=STR"):
            el = self.take(at, _STR, what)
            if el is None:
                return
        if el.count < at[1]:
            self.note(f"[{at[1] - el.count} extra after usm SEQ]")

    def scoped(self, pos: int, left: int) -> None:
        r = self.rec
        seq = self.expect(pos, left, _SEQ, "!scoped PDU")
        if seq is None:
            return
        at = [seq.start, seq.size]
        el = self.take(at, _STR, "contextEngineID!=STR")
        if el is None:
            return
        r.context_engine_id = bytes(el.value).hex()
        self.put("E=" + "".join([f"_{c:02x}" for c in el.value]) + " ")
        el = self.take(at, _STR, "contextName!=STR")
        if el is None:
            return
        r.context_name = bytes(el.value).decode("latin-1")
        self.put("C=" + _string(el.value) + " ")
        self.pdu(at[0], at[1], 3)


def _error_name(v: int) -> str:
    return _ERRORS[v] if 0 <= v < len(_ERRORS) else f"err={v & _M32}"


def _string(b: bytes) -> str:
    """An OCTET STRING: quoted when every byte is printable ASCII, else hex."""
    if all(0x20 <= c < 0x7F for c in b):
        return '"' + bytes(b).decode("ascii") + '"'
    return "_".join([f"{c:02x}" for c in b])


def _value_text(el: _El) -> str:
    """An element's value as tcpdump prints it (OIDs in numbers)."""
    k, v = el.kind, el.value
    if k == _OCTETS:
        return "".join([f"_{c:02x}" for c in v])
    if k == _NULL:
        return ""
    if k == _OID:
        return oid_text(v, True)
    if k in (_INT, _UNS, _UNS64):
        return str(v)
    if k == _STR:
        return _string(v)
    if k == _SEQ:
        return f"Seq({el.size})"
    if k == _ADDR:
        return ("" if el.size == 4 else "[inetaddr len!=4]") + ".".join([str(c) for c in v])
    if k == _EXC:
        return f"[{_EXCEPTIONS[el.tag]}]"
    if k == _PDU:
        return f"{_CONTEXT[el.tag]}({el.size})"
    return "[BE_ANY!?]"


# --- OIDs -----------------------------------------------------------------------------

_Node = dict[int, tuple[str, "_Node | None"]]
_mib: _Node | None = None
_abbrevs: tuple[tuple[bytes, str, _Node | None], ...] = ()


def _load_mib() -> _Node:
    """tcpdump's compiled-in MIB as a tree: sub-identifier -> (name, children)."""
    global _mib, _abbrevs
    if _mib is not None:
        return _mib
    root: _Node = {}
    stack: list[_Node] = [root]
    last: tuple[int, str] | None = None
    text = "".join(_MIB).replace("(", " ( ").replace(")", " ) ")
    for tok in text.split():
        if tok == "(":
            assert last is not None
            child: _Node = {}
            stack[-1][last[0]] = (last[1], child)
            stack.append(child)
        elif tok == ")":
            stack.pop()
        else:
            num, name = tok.split(":", 1)
            last = (int(num), name)
            stack[-1][last[0]] = (name, None)

    def children(path: tuple[int, ...]) -> _Node | None:
        node: _Node | None = root
        for sub in path:
            assert node is not None
            node = node[sub][1]
        return node

    # the prefixes tcpdump abbreviates, in the order it tries them
    _abbrevs = (
        (bytes((43, 6, 1, 2, 1)), "", children((1, 3, 6, 1, 2, 1))),
        (bytes((43, 6, 1, 4, 1)), "E:", children((1, 3, 6, 1, 4, 1))),
        (bytes((43, 6, 1, 3)), "X:", children((1, 3, 6, 1, 3))),
        (bytes((43, 6, 1, 6, 3)), "S:", children((1, 3, 6, 1, 6, 3))),
    )
    _mib = root
    return root


def oid_text(raw: bytes, numeric: bool = True) -> str:
    """An OBJECT IDENTIFIER's contents as tcpdump prints them: ``.1.3.6.1...`` with
    ``-n`` (``numeric``), else with the MIB's names (``system.sysDescr.0``)."""
    out: list[str] = []
    node: _Node | None = None
    dot = True
    first = True
    i = 0
    root = None if numeric else _load_mib()
    if root is not None and len(raw) > 2:
        # a well-known prefix is abbreviated; the names go on below it
        for enc, prefix, kids in _abbrevs:
            if raw.startswith(enc):
                out.append(prefix)
                node, dot, first, i = kids, False, False, len(enc)
                break

    def name(v: int) -> None:
        nonlocal node, dot
        hit = node.get(v) if node is not None else None
        sep = "." if dot else ""
        dot = True
        if hit is not None:
            out.append(sep + hit[0])
            node = hit[1]
        else:
            out.append(sep + str(v & _M32))
            node = None

    o = 0
    for c in raw[i:]:
        o = ((o << 7) + (c & 0x7F)) & _M32
        if c & 0x80:
            continue
        v = o - (1 << 32) if o & 0x80000000 else o
        if first:
            # the first octets hold two sub-identifiers: 40 * first + second
            first = False
            if root is not None:
                node = root
            s = min(abs(v) // 40 * (1 if v >= 0 else -1), 2)
            name(s)
            v -= s * 40
        name(v)
        o = 0
    return "".join(out)


# --- decoder and formatter ---------------------------------------------------------------

def decode_snmp(data: bytes, length: int, ctx: Context) -> SnmpRecord:
    """The SNMP message of ``length`` bytes in ``data`` (as many as were captured)."""
    rec = SnmpRecord(length=length)
    reader = _Reader(bytes(data), rec)
    try:
        reader.message(length)
    except _Abort:
        rec.pieces.append((0, TRUNC))
        rec.stop = TRUNCATED
        # tcpdump's printer gave up at once (a longjmp): its -x dump starts at byte 0
        ctx.dump_from_start = True
    except Exception:       # a bug must not cost the packet's line
        rec.pieces.append((0, TRUNC))
        rec.stop = TRUNCATED
    return rec


def format_snmp(rec: SnmpRecord, ctx: Context) -> str:
    o = ctx.opts
    verbose = o.verbose
    numeric = bool(o.numeric)
    out: list[str] = []
    for level, piece in rec.pieces:
        if isinstance(piece, bytes):
            out.append(oid_text(piece, numeric))
        elif level <= verbose:
            out.append(piece)
    return "".join(out)


# tcpdump's compiled-in MIB (its mib.h): "sub-identifier:name", children in parentheses
_MIB = (
    "1:iso (3:org (6:dod (1:internet (1:directory 2:mgmt (1:mib (1:system (1:sysDescr "
    "2:sysObjectID 3:sysUpTime 4:sysContact 5:sysName 6:sysLocation 7:sysServices) "
    "2:interfaces (1:ifNumber 2:ifTable (1:ifEntry (1:ifIndex 2:ifDescr 3:ifType 4:ifMtu "
    "5:ifSpeed 6:ifPhysAddress 7:ifAdminStatus 8:ifOperStatus 9:ifLastChange 10:ifInOctets "
    "11:ifInUcastPkts 12:ifInNUcastPkts 13:ifInDiscards 14:ifInErrors 15:ifInUnknownProtos "
    "16:ifOutOctets 17:ifOutUcastPkts 18:ifOutNUcastPkts 19:ifOutDiscards 20:ifOutErrors "
    "21:ifOutQLen 22:ifSpecific))) 3:at (1:atTable (1:atEntry (1:atIfIndex 2:atPhysAddress "
    "3:atNetAddress))) 4:ip (1:ipForwarding 2:ipDefaultTTL 3:ipInReceives 4:ipInHdrErrors "
    "5:ipInAddrErrors 6:ipForwDatagrams 7:ipInUnknownProtos 8:ipInDiscards 9:ipInDelivers "
    "10:ipOutRequests 11:ipOutDiscards 12:ipOutNoRoutes 13:ipReasmTimeout 14:ipReasmReqds "
    "15:ipReasmOKs 16:ipReasmFails 17:ipFragOKs 18:ipFragFails 19:ipFragCreates "
    "20:ipAddrTable (1:ipAddrEntry (1:ipAdEntAddr 2:ipAdEntIfIndex 3:ipAdEntNetMask "
    "4:ipAdEntBcastAddr 5:ipAdEntReasmMaxSize)) 21:ipRoutingTable (1:ipRouteEntry "
    "(1:ipRouteDest 2:ipRouteIfIndex 3:ipRouteMetric1 4:ipRouteMetric2 5:ipRouteMetric3 "
    "6:ipRouteMetric4 7:ipRouteNextHop 8:ipRouteType 9:ipRouteProto 10:ipRouteAge "
    "11:ipRouteMask)) 22:ipNetToMediaTable (1:ipNetToMediaEntry (1:ipNetToMediaIfIndex "
    "2:ipNetToMediaPhysAddress 3:ipNetToMediaNetAddress 4:ipNetToMediaType))) 5:icmp "
    "(1:icmpInMsgs 2:icmpInErrors 3:icmpInDestUnreachs 4:icmpInTimeExcds 5:icmpInParmProbs "
    "6:icmpInSrcQuenchs 7:icmpInRedirects 8:icmpInEchos 9:icmpInEchoReps 10:icmpInTimestamps "
    "11:icmpInTimestampReps 12:icmpInAddrMasks 13:icmpInAddrMaskReps 14:icmpOutMsgs "
    "15:icmpOutErrors 16:icmpOutDestUnreachs 17:icmpOutTimeExcds 18:icmpOutParmProbs "
    "19:icmpOutSrcQuenchs 20:icmpOutRedirects 21:icmpOutEchos 22:icmpOutEchoReps "
    "23:icmpOutTimestamps 24:icmpOutTimestampReps 25:icmpOutAddrMasks 26:icmpOutAddrMaskReps) "
    "6:tcp (1:tcpRtoAlgorithm 2:tcpRtoMin 3:tcpRtoMax 4:tcpMaxConn 5:tcpActiveOpens "
    "6:tcpPassiveOpens 7:tcpAttemptFails 8:tcpEstabResets 9:tcpCurrEstab 10:tcpInSegs "
    "11:tcpOutSegs 12:tcpRetransSegs 13:tcpConnTable (1:tcpConnEntry (1:tcpConnState "
    "2:tcpConnLocalAddress 3:tcpConnLocalPort 4:tcpConnRemAddress 5:tcpConnRemPort)) "
    "14:tcpInErrs 15:tcpOutRsts) 7:udp (1:udpInDatagrams 2:udpNoPorts 3:udpInErrors "
    "4:udpOutDatagrams 5:udpTable (1:udpEntry (1:udpLocalAddress 2:udpLocalPort))) 8:egp "
    "(1:egpInMsgs 2:egpInErrors 3:egpOutMsgs 4:egpOutErrors 5:egpNeighTable (1:egpNeighEntry "
    "(1:egpNeighState 2:egpNeighAddr 3:egpNeighAs 4:egpNeighInMsgs 5:egpNeighInErrs "
    "6:egpNeighOutMsgs 7:egpNeighOutErrs 8:egpNeighInErrMsgs 9:egpNeighOutErrMsgs "
    "10:egpNeighStateUps 11:egpNeighStateDowns 12:egpNeighIntervalHello "
    "13:egpNeighIntervalPoll 14:egpNeighMode 15:egpNeighEventTrigger)) 6:egpAs) "
    "10:transmission 11:snmp (1:snmpInPkts 2:snmpOutPkts 3:snmpInBadVersions "
    "4:snmpInBadCommunityNames 5:snmpInBadCommunityUses 6:snmpInASNParseErrs 7:snmpInBadTypes "
    "8:snmpInTooBigs 9:snmpInNoSuchNames 10:snmpInBadValues 11:snmpInReadOnlys "
    "12:snmpInGenErrs 13:snmpInTotalReqVars 14:snmpInTotalSetVars 15:snmpInGetRequests "
    "16:snmpInGetNexts 17:snmpInSetRequests 18:snmpInGetResponses 19:snmpInTraps "
    "20:snmpOutTooBigs 21:snmpOutNoSuchNames 22:snmpOutBadValues 23:snmpOutReadOnlys "
    "24:snmpOutGenErrs 25:snmpOutGetRequests 26:snmpOutGetNexts 27:snmpOutSetRequests "
    "28:snmpOutGetResponses 29:snmpOutTraps 30:snmpEnableAuthTraps))) 3:experimental "
    "4:private (1:enterprises (1:proteon 2:ibm 3:cmu 4:unix 5:acc 6:twg 7:cayman 8:nysernet "
    "9:cisco 10:nsc 11:hp 12:epilogue 13:utennessee 14:bbn 15:xylogics 16:unisys 17:canstar "
    "18:wellfleet 19:trw 20:mit 21:eon 22:spartacus 23:excelan 24:spider 25:nsfnet 26:sytek "
    "27:intergraph 28:interlan 29:vitalink 30:ulana 31:nswc 32:santacruzoperation 33:xyplex "
    "34:cray 35:bellnorthernresearch 36:dec 37:touch 38:networkresearchcorp 39:baylor "
    "40:nmfeccllnl 41:sri 42:sun 43:3com 44:cmc 45:synoptics 46:cheyenne 47:prime 48:mcnc "
    "49:chipcom 50:opticaldatasystems 51:gated 52:cabletron 53:apollo 54:desktalksystems "
    "55:ssds 56:castlerock 57:mips 58:tgv 59:silicongraphics 60:ubc 61:merit 62:fibercom "
    "63:apple 64:gandalf 65:dartmouth 66:davidsystems 67:reuter 68:cornell 69:tmac 70:locus "
    "71:nasa 72:retix 73:boeing 74:att 75:ungermannbass 76:digitalanalysis 77:hplanman "
    "78:netlabs 79:icl 80:auspex 81:lannet 82:ncd 83:raycom 84:pirellifocom 85:datability "
    "86:networkappltech 87:link 88:nyu 89:rnd 90:intercon 91:learningtree 92:webstercomputer "
    "93:frontier 94:nokia 95:allenbradley 96:cern 97:sigma 98:emergingtech 99:snmpresearch "
    "100:ohiostate 101:ultra 136:ccur)) 5:security 6:snmpV2 (3:snmpModules "
    "(10:snmpFrameworkMIB (1:snmpFrameworkAdmin 2:snmpFrameworkMIBObjects (1:snmpEngine "
    "(1:snmpEngineID 2:snmpEngineBoots 3:snmpEngineTime 4:snmpEngineMaxMessageSize)) "
    "3:snmpFrameworkMIBConformance) 11:snmpMPDMIB (1:snmpMPDAdmin 2:snmpMPDMIBObjects "
    "(1:snmpMPDStats (1:snmpUnknownSecurityModels 2:snmpInvalidMsgs "
    "3:snmpUnknownPDUHandlers)) 3:snmpMPDMIBConformance (1:snmpMPDMIBCompliances "
    "2:snmpMPDMIBGroups)) 15:snmpUsmMIB (1:usmMIBObjects (1:usmStats "
    "(1:usmStatsUnsupportedSecLevels 2:usmStatsNotInTimeWindows 3:usmStatsUnknownUserNames "
    "4:usmStatsUnknownEngineIDs 5:usmStatsWrongDigests 6:usmStatsDecryptionErrors) 2:usmUser "
    "(1:usmUserSpinLock 2:usmUserTable (1:usmUserEntry (1:usmUserEngineID 2:usmUserName "
    "3:usmUserSecurityName 4:usmUserCloneFrom 5:usmUserAuthProtocol 6:usmUserAuthKeyChange "
    "7:usmUserOwnAuthKeyChange 8:usmUserPrivProtocol 9:usmUserPrivKeyChange "
    "10:usmUserOwnPrivKeyChange 11:usmUserPublic 12:usmUserStorageType 13:usmUserStatus)))) "
    "2:usmMIBConformance (1:usmMIBCompliances 2:usmMIBGroups)))))))) "
)
