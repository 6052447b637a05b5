"""Parser of the pcap-filter(7) language: libpcap 1.10.3's grammar as data.

:func:`parse` reads an expression and calls the methods of a
:class:`~purepcap.filter.builder.Builder` exactly where libpcap's grammar
actions call ``gen_*``, in the same order: reductions happen left to right as
an LALR(1) parser built like bison's (see :mod:`purepcap.filter._lalr`)
performs them, including bison's default reductions.  That order decides
which scratch registers code uses, and which error is reported when an
expression has several.

How the grammar works (pcap-filter(7) in parser terms):

* ``and``/``&&`` and ``or``/``||`` have the *same* precedence and group to the
  left: ``a or b and c`` is ``(a or b) and c``.  ``not``/``!`` binds tighter.
* A primitive is ``[proto] [dir] [type] id``.  After ``and``/``or``, after
  ``not`` and inside parentheses an id may stand alone: it takes the
  qualifiers of the primitive before it (``host a or b``, ``port 1 and not 2``,
  ``tcp port (1 or 2)``).  The grammar passes them along the parse stack (the
  rules for ``and``, ``or``, ``not`` and ``(`` copy the value below them);
  at the start of the expression nothing can be inherited (libpcap's
  ``qerr``: every field Q_UNDEF), so a bare name there is a syntax error and
  one after a keyword primitive (``tcp and foo``) reaches the code generator
  with undefined qualifiers.
* Arithmetic: ``| & << >> + - * /`` with C-like precedences (``|`` lowest,
  unary minus highest); ``%`` and ``^`` have no declared precedence, so bison
  resolves their conflicts by shifting (they group to the right of whatever
  precedes and grab what follows).  Comparisons ``> >= =`` call
  ``relation(op, a, b, False)``; ``<= < !=`` call it with the complementary
  operator (``>``, ``>=``, ``=``) and ``reversed=True``.

Errors: a syntax error raises :class:`FilterSyntaxError` with libpcap's
message ("can't parse filter expression: syntax error") and the column of the
offending token.  Errors found by the scanner (``number 08 contains non-octal
digit``, ``bogus IPv6 address ...``) are reported when the parser reaches the
token, as :class:`FilterSyntaxError` with the token's column; errors of the
grammar's own actions (``'port' modifier applied to ip host``, unknown 802.11,
LLC or pf names) raise :class:`FilterError`.  As in libpcap, the first of
these recorded wins over later ones, and an error raised by the builder wins
over everything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, NamedTuple, NoReturn

from ..bpf.opcodes import (
    BPF_ADD, BPF_AND, BPF_DIV, BPF_JEQ, BPF_JGE, BPF_JGT, BPF_LSH, BPF_MOD, BPF_MUL, BPF_OR,
    BPF_RSH, BPF_SUB, BPF_XOR,
)
from ..errors import FilterError, FilterSyntaxError
from . import _tables
from . import _tableformat as fmt
from . import qual as Q
from .builder import Builder
from .lexer import END, Token, tokenize
from .qual import QERR, Qual
from .tokens import (
    IEEE80211_DIRS,
    IEEE80211_SUBTYPE_MASK,
    IEEE80211_SUBTYPES,
    IEEE80211_TYPE_MASK,
    IEEE80211_TYPES,
    LLC_S_SUBTYPES,
    LLC_U_SUBTYPES,
    PF_ACTIONS,
    PF_REASONS,
)

if TYPE_CHECKING:
    from ._lalr import Tables

__all__ = ["parse", "SYNTAX_ERROR"]

SYNTAX_ERROR = "can't parse filter expression: syntax error"


class Blk(NamedTuple):
    """The value of boolean nonterminals (libpcap's ``blk`` union member)."""

    q: Qual | None = None
    b: Any = None
    atmfield: int | None = None
    mtp3field: int | None = None


class _Abort(Exception):
    """A grammar action's error (libpcap: bpf_set_error + YYABORT)."""


class _Ctx:
    """What actions see: the builder, and the parse stack below the rule."""

    __slots__ = ("b", "vals", "base")

    def __init__(self, builder: Builder) -> None:
        self.b = builder
        self.vals: list[Any] = []
        self.base = 0

    def below(self, k: int = 0) -> Any:
        """``$<>0`` (k=0) or ``$<>-1`` (k=1): values under the rule's symbols."""
        return self.vals[self.base - 1 - k]


def _fail(msg: str) -> NoReturn:
    raise _Abort(msg)


def _checked(value: Any) -> Any:
    # libpcap's CHECK_PTR_VAL on a token the scanner could not convert: the
    # scanner's message is already recorded; abort with it.
    if value is None:
        raise _Abort(None)
    return value


# -- grammar actions ---------------------------------------------------------
# Each takes (ctx, v) where v holds the values of the right-hand side; the
# result is the rule's value.  A rule without action yields v[0] ($$ = $1).

Action = Callable[[_Ctx, list[Any]], Any]


def _and(c: _Ctx, v: list[Any]) -> Blk:
    return v[2]._replace(b=c.b.and_(v[0].b, v[2].b))


def _or(c: _Ctx, v: list[Any]) -> Blk:
    return v[2]._replace(b=c.b.or_(v[0].b, v[2].b))


def _not(c: _Ctx, v: list[Any]) -> Blk:
    return v[1]._replace(b=c.b.not_(v[1].b))


def _inherit(c: _Ctx, v: list[Any]) -> Blk:
    return c.below()


def _ncode_num(c: _Ctx, v: list[Any]) -> Blk:
    q = c.below().q
    return Blk(q, c.b.ncode(None, v[0], q))


def _hid(c: _Ctx, v: list[Any]) -> Blk:
    q = c.below().q
    if q.addr == Q.Q_PORT:
        _fail("'port' modifier applied to ip host")
    elif q.addr == Q.Q_PORTRANGE:
        _fail("'portrange' modifier applied to ip host")
    elif q.addr == Q.Q_PROTO:
        _fail("'proto' modifier applied to ip host")
    elif q.addr == Q.Q_PROTOCHAIN:
        _fail("'protochain' modifier applied to ip host")
    return Blk(q, c.b.ncode(v[0], 0, q))


def _qual(proto: int, dir_: int, addr: int) -> Blk:
    return Blk(Qual(addr=addr, proto=proto, dir=dir_))


def _const(value: Any) -> Action:
    return lambda c, v: value


def _load(c: _Ctx, v: list[Any], size: int | None = None) -> Any:
    return c.b.load(v[0], v[2], 1 if size is None else v[4])


def _arth(op: int) -> Action:
    return lambda c, v: c.b.arth(op, v[0], v[2])


def _80211_number(value: int | str, mask: int, what: str) -> bool:
    """Whether ``value`` (of an 802.11 ``what``) is a number, not a name; one with bits
    outside ``mask`` is an error."""
    if isinstance(value, int):
        if value & ~mask:
            _fail(f"invalid 802.11 {what} value 0x{value:02x}")
        return True
    return False


def _80211_type(c: _Ctx, v: list[Any]) -> int:
    value = v[0]
    if _80211_number(value, IEEE80211_TYPE_MASK, "type"):
        return value
    found = IEEE80211_TYPES.get(value.lower())
    if found is None:
        _fail(f'unknown 802.11 type name "{value}"')
    return found


def _80211_subtype(c: _Ctx, v: list[Any]) -> int:
    value = v[0]
    if _80211_number(value, IEEE80211_SUBTYPE_MASK, "subtype"):
        return value
    type_ = c.below(1)  # the value of `type` in TYPE type SUBTYPE subtype
    for t, names in IEEE80211_SUBTYPES:
        if t == type_:
            found = names.get(value.lower())
            if found is None:
                _fail(f'unknown 802.11 subtype name "{value}"')
            return found
    return _fail("unknown 802.11 type")


def _80211_type_subtype(c: _Ctx, v: list[Any]) -> int:
    name = v[0].lower()
    for t, names in IEEE80211_SUBTYPES:
        if name in names:
            return names[name] | t
    return _fail("unknown 802.11 type name")


def _80211_dir(c: _Ctx, v: list[Any]) -> int:
    value = v[0]
    if isinstance(value, int):
        return value
    found = IEEE80211_DIRS.get(value.lower())
    if found is None:
        _fail("unknown 802.11 direction")
    return found


def _pf_reason(c: _Ctx, v: list[Any]) -> int:
    value = v[0]
    if isinstance(value, int):
        return value
    name = value.lower()
    if name in PF_REASONS:
        return PF_REASONS.index(name)
    return _fail(f'unknown PF reason "{value}"')


def _pf_action(c: _Ctx, v: list[Any]) -> int:
    found = PF_ACTIONS.get(v[0].lower())
    if found is None:
        _fail(f'unknown PF action "{v[0]}"')
    return found


def _llc_id(c: _Ctx, v: list[Any]) -> Any:
    name = v[1].lower()
    if name == "i":
        return c.b.llc_i()
    if name == "s":
        return c.b.llc_s()
    if name == "u":
        return c.b.llc_u()
    if name in LLC_S_SUBTYPES:
        return c.b.llc_s_subtype(LLC_S_SUBTYPES[name])
    if name in LLC_U_SUBTYPES:
        return c.b.llc_u_subtype(LLC_U_SUBTYPES[name])
    return _fail(f'unknown LLC type name "{v[1]}"')


def _list_or(c: _Ctx, v: list[Any]) -> Blk:
    return v[2]._replace(b=c.b.or_(v[0].b, v[2].b))


def _field_tests(kind: str, fields: dict[str, int],
                 code: Callable[[_Ctx], Callable[[int, int, int, bool], Any]]) -> list[_R]:
    """The productions of ATM (``kind`` "atm") and MTP3 ("mtp3") field tests
    (``vpi 1``, ``sio > 3``, ``opc (1 or 2)``): ``fields`` the field keywords,
    ``code`` the builder's test of a field.  The field named last is in the
    ``Blk`` below, in its slot ``<kind>field``."""
    slot, value, listvalue = f"{kind}field", f"{kind}fieldvalue", f"{kind}listvalue"

    def field_of(c: _Ctx) -> Any:
        return getattr(c.below(), slot)

    def blk(field: Any, b: Any = None) -> Blk:
        return Blk(None, b)._replace(**{slot: field})

    def relop(reverse: bool) -> Action:
        return lambda c, v: Blk(None, code(c)(field_of(c), v[1], v[0], reverse))

    def fieldvalue(c: _Ctx, v: list[Any]) -> Blk:
        field = field_of(c)
        b = code(c)(field, v[0], BPF_JEQ, False) if field in fields.values() else None
        return blk(field, b)

    return [
        *[(slot, word, _const(blk(f)), None) for word, f in fields.items()],
        (f"{kind}value", value, None, None),
        (f"{kind}value", "relop NUM", relop(False), None),
        (f"{kind}value", "irelop NUM", relop(True), None),
        (f"{kind}value", f"paren {listvalue} )", lambda c, v: Blk(QERR, v[1].b), None),
        (value, "NUM", fieldvalue, None),
        (listvalue, value, None, None),
        (listvalue, f"{listvalue} or {value}", _list_or, None),
    ]


_PNAMES = [
    ("LINK", Q.Q_LINK), ("IP", Q.Q_IP), ("ARP", Q.Q_ARP), ("RARP", Q.Q_RARP),
    ("SCTP", Q.Q_SCTP), ("TCP", Q.Q_TCP), ("UDP", Q.Q_UDP), ("ICMP", Q.Q_ICMP),
    ("IGMP", Q.Q_IGMP), ("IGRP", Q.Q_IGRP), ("PIM", Q.Q_PIM), ("VRRP", Q.Q_VRRP),
    ("CARP", Q.Q_CARP), ("ATALK", Q.Q_ATALK), ("AARP", Q.Q_AARP), ("DECNET", Q.Q_DECNET),
    ("LAT", Q.Q_LAT), ("SCA", Q.Q_SCA), ("MOPDL", Q.Q_MOPDL), ("MOPRC", Q.Q_MOPRC),
    ("IPV6", Q.Q_IPV6), ("ICMPV6", Q.Q_ICMPV6), ("AH", Q.Q_AH), ("ESP", Q.Q_ESP),
    ("ISO", Q.Q_ISO), ("ESIS", Q.Q_ESIS), ("ISIS", Q.Q_ISIS), ("L1", Q.Q_ISIS_L1),
    ("L2", Q.Q_ISIS_L2), ("IIH", Q.Q_ISIS_IIH), ("LSP", Q.Q_ISIS_LSP), ("SNP", Q.Q_ISIS_SNP),
    ("PSNP", Q.Q_ISIS_PSNP), ("CSNP", Q.Q_ISIS_CSNP), ("CLNP", Q.Q_CLNP), ("STP", Q.Q_STP),
    ("IPX", Q.Q_IPX), ("NETBEUI", Q.Q_NETBEUI), ("RADIO", Q.Q_RADIO),
]

# the binary arithmetic operators, in libpcap's order
_ARITH = [("+", BPF_ADD), ("-", BPF_SUB), ("*", BPF_MUL), ("/", BPF_DIV), ("%", BPF_MOD),
          ("&", BPF_AND), ("|", BPF_OR), ("^", BPF_XOR), ("LSH", BPF_LSH), ("RSH", BPF_RSH)]

_BOTH_MASKS = IEEE80211_TYPE_MASK | IEEE80211_SUBTYPE_MASK

# (lhs, rhs, action, %prec) in libpcap's order: the order settles
# reduce/reduce conflicts and ties between default reductions.
_R = tuple[str, str, Action | None, str | None]
GRAMMAR: list[_R] = [
    ("prog", "null expr", lambda c, v: c.b.finish(v[1].b), None),
    ("prog", "null", lambda c, v: c.b.finish(None), None),
    ("null", "", lambda c, v: Blk(QERR), None),
    ("expr", "term", None, None),
    ("expr", "expr and term", _and, None),
    ("expr", "expr and id", _and, None),
    ("expr", "expr or term", _or, None),
    ("expr", "expr or id", _or, None),
    ("and", "AND", _inherit, None),
    ("or", "OR", _inherit, None),
    ("id", "nid", None, None),
    ("id", "pnum", _ncode_num, None),
    ("id", "paren pid )", lambda c, v: v[1], None),
    ("nid", "ID", lambda c, v: Blk(c.below().q, c.b.scode(v[0], c.below().q)), None),
    ("nid", "HID / NUM",
     lambda c, v: Blk(c.below().q, c.b.mcode(v[0], None, v[2], c.below().q)), None),
    ("nid", "HID NETMASK HID",
     lambda c, v: Blk(c.below().q, c.b.mcode(v[0], v[2], 0, c.below().q)), None),
    ("nid", "HID", _hid, None),
    ("nid", "HID6 / NUM",
     lambda c, v: Blk(c.below().q, c.b.mcode6(_checked(v[0]), v[2], c.below().q)), None),
    ("nid", "HID6",
     lambda c, v: Blk(c.below().q, c.b.mcode6(_checked(v[0]), 128, c.below().q)), None),
    ("nid", "EID", lambda c, v: Blk(c.below().q, c.b.ecode(_checked(v[0]), c.below().q)), None),
    ("nid", "AID", lambda c, v: Blk(c.below().q, c.b.acode(v[0], c.below().q)), None),
    ("nid", "not id", _not, None),
    ("not", "!", _inherit, None),
    ("paren", "(", _inherit, None),
    ("pid", "nid", None, None),
    ("pid", "qid and id", _and, None),
    ("pid", "qid or id", _or, None),
    ("qid", "pnum", _ncode_num, None),
    ("qid", "pid", None, None),
    ("term", "rterm", None, None),
    ("term", "not term", _not, None),
    ("head", "pqual dqual aqual", lambda c, v: _qual(v[0], v[1], v[2]), None),
    ("head", "pqual dqual", lambda c, v: _qual(v[0], v[1], Q.Q_DEFAULT), None),
    ("head", "pqual aqual", lambda c, v: _qual(v[0], Q.Q_DEFAULT, v[1]), None),
    ("head", "pqual PROTO", lambda c, v: _qual(v[0], Q.Q_DEFAULT, Q.Q_PROTO), None),
    ("head", "pqual PROTOCHAIN", lambda c, v: _qual(v[0], Q.Q_DEFAULT, Q.Q_PROTOCHAIN), None),
    ("head", "pqual ndaqual", lambda c, v: _qual(v[0], Q.Q_DEFAULT, v[1]), None),
    ("rterm", "head id", lambda c, v: v[1], None),
    ("rterm", "paren expr )", lambda c, v: Blk(v[0].q, v[1].b), None),
    ("rterm", "pname", lambda c, v: Blk(QERR, c.b.proto_abbrev(v[0])), None),
    ("rterm", "arth relop arth", lambda c, v: Blk(QERR, c.b.relation(v[1], v[0], v[2], False)), None),
    ("rterm", "arth irelop arth", lambda c, v: Blk(QERR, c.b.relation(v[1], v[0], v[2], True)), None),
    ("rterm", "other", lambda c, v: Blk(QERR, v[0]), None),
    ("rterm", "atmtype", lambda c, v: Blk(QERR, c.b.atmtype_abbrev(v[0])), None),
    ("rterm", "atmmultitype", lambda c, v: Blk(QERR, c.b.atmmulti_abbrev(v[0])), None),
    ("rterm", "atmfield atmvalue", lambda c, v: Blk(QERR, v[1].b), None),
    ("rterm", "mtp2type", lambda c, v: Blk(QERR, c.b.mtp2type_abbrev(v[0])), None),
    ("rterm", "mtp3field mtp3value", lambda c, v: Blk(QERR, v[1].b), None),
    ("pqual", "pname", None, None),
    ("pqual", "", _const(Q.Q_DEFAULT), None),
    ("dqual", "SRC", _const(Q.Q_SRC), None),
    ("dqual", "DST", _const(Q.Q_DST), None),
    ("dqual", "SRC OR DST", _const(Q.Q_OR), None),
    ("dqual", "DST OR SRC", _const(Q.Q_OR), None),
    ("dqual", "SRC AND DST", _const(Q.Q_AND), None),
    ("dqual", "DST AND SRC", _const(Q.Q_AND), None),
    ("dqual", "ADDR1", _const(Q.Q_ADDR1), None),
    ("dqual", "ADDR2", _const(Q.Q_ADDR2), None),
    ("dqual", "ADDR3", _const(Q.Q_ADDR3), None),
    ("dqual", "ADDR4", _const(Q.Q_ADDR4), None),
    ("dqual", "RA", _const(Q.Q_RA), None),
    ("dqual", "TA", _const(Q.Q_TA), None),
    ("aqual", "HOST", _const(Q.Q_HOST), None),
    ("aqual", "NET", _const(Q.Q_NET), None),
    ("aqual", "PORT", _const(Q.Q_PORT), None),
    ("aqual", "PORTRANGE", _const(Q.Q_PORTRANGE), None),
    ("ndaqual", "GATEWAY", _const(Q.Q_GATEWAY), None),
    *[("pname", tok, _const(code), None) for tok, code in _PNAMES],
    ("other", "pqual TK_BROADCAST", lambda c, v: c.b.broadcast(v[0]), None),
    ("other", "pqual TK_MULTICAST", lambda c, v: c.b.multicast(v[0]), None),
    ("other", "LESS NUM", lambda c, v: c.b.less(v[1]), None),
    ("other", "GREATER NUM", lambda c, v: c.b.greater(v[1]), None),
    ("other", "CBYTE NUM byteop NUM", lambda c, v: c.b.byteop(v[2], v[1], v[3]), None),
    ("other", "INBOUND", lambda c, v: c.b.inbound(False), None),
    ("other", "OUTBOUND", lambda c, v: c.b.inbound(True), None),
    ("other", "IFINDEX NUM", lambda c, v: c.b.ifindex(v[1]), None),
    ("other", "VLAN pnum", lambda c, v: c.b.vlan(v[1]), None),
    ("other", "VLAN", lambda c, v: c.b.vlan(None), None),
    ("other", "MPLS pnum", lambda c, v: c.b.mpls(v[1]), None),
    ("other", "MPLS", lambda c, v: c.b.mpls(None), None),
    ("other", "PPPOED", lambda c, v: c.b.pppoed(), None),
    ("other", "PPPOES pnum", lambda c, v: c.b.pppoes(v[1]), None),
    ("other", "PPPOES", lambda c, v: c.b.pppoes(None), None),
    ("other", "GENEVE pnum", lambda c, v: c.b.geneve(v[1]), None),
    ("other", "GENEVE", lambda c, v: c.b.geneve(None), None),
    ("other", "pfvar", None, None),
    ("other", "pqual p80211", lambda c, v: v[1], None),
    ("other", "pllc", None, None),
    ("pfvar", "PF_IFNAME ID", lambda c, v: c.b.pf_ifname(v[1]), None),
    ("pfvar", "PF_RSET ID", lambda c, v: c.b.pf_ruleset(v[1]), None),
    ("pfvar", "PF_RNR NUM", lambda c, v: c.b.pf_rnr(v[1]), None),
    ("pfvar", "PF_SRNR NUM", lambda c, v: c.b.pf_srnr(v[1]), None),
    ("pfvar", "PF_REASON reason", lambda c, v: c.b.pf_reason(v[1]), None),
    ("pfvar", "PF_ACTION action", lambda c, v: c.b.pf_action(v[1]), None),
    ("p80211", "TYPE type SUBTYPE subtype",
     lambda c, v: c.b.p80211_type(v[1] | v[3], _BOTH_MASKS), None),
    ("p80211", "TYPE type", lambda c, v: c.b.p80211_type(v[1], IEEE80211_TYPE_MASK), None),
    ("p80211", "SUBTYPE type_subtype", lambda c, v: c.b.p80211_type(v[1], _BOTH_MASKS), None),
    ("p80211", "DIR dir", lambda c, v: c.b.p80211_fcdir(v[1]), None),
    ("type", "NUM", _80211_type, None),
    ("type", "ID", _80211_type, None),
    ("subtype", "NUM", _80211_subtype, None),
    ("subtype", "ID", _80211_subtype, None),
    ("type_subtype", "ID", _80211_type_subtype, None),
    ("pllc", "LLC", lambda c, v: c.b.llc(), None),
    ("pllc", "LLC ID", _llc_id, None),
    ("pllc", "LLC PF_RNR", lambda c, v: c.b.llc_s_subtype(LLC_S_SUBTYPES["rnr"]), None),
    ("dir", "NUM", _80211_dir, None),
    ("dir", "ID", _80211_dir, None),
    ("reason", "NUM", _pf_reason, None),
    ("reason", "ID", _pf_reason, None),
    ("action", "ID", _pf_action, None),
    ("relop", ">", _const(BPF_JGT), None),
    ("relop", "GEQ", _const(BPF_JGE), None),
    ("relop", "=", _const(BPF_JEQ), None),
    ("irelop", "LEQ", _const(BPF_JGT), None),
    ("irelop", "<", _const(BPF_JGE), None),
    ("irelop", "NEQ", _const(BPF_JEQ), None),
    ("arth", "pnum", lambda c, v: c.b.loadi(v[0]), None),
    ("arth", "narth", None, None),
    ("narth", "pname [ arth ]", _load, None),
    ("narth", "pname [ arth : NUM ]", lambda c, v: _load(c, v, v[4]), None),
    *[("narth", f"arth {tok} arth", _arth(op), None) for tok, op in _ARITH],
    ("narth", "- arth", lambda c, v: c.b.neg(v[1]), "UMINUS"),
    ("narth", "paren narth )", lambda c, v: v[1], None),
    ("narth", "LEN", lambda c, v: c.b.loadlen(), None),
    ("byteop", "&", _const("&"), None),
    ("byteop", "|", _const("|"), None),
    ("byteop", "<", _const("<"), None),
    ("byteop", ">", _const(">"), None),
    ("byteop", "=", _const("="), None),
    ("pnum", "NUM", None, None),
    ("pnum", "paren pnum )", lambda c, v: v[1], None),
    ("atmtype", "LANE", _const(Q.A_LANE), None),
    ("atmtype", "METAC", _const(Q.A_METAC), None),
    ("atmtype", "BCC", _const(Q.A_BCC), None),
    ("atmtype", "OAMF4EC", _const(Q.A_OAMF4EC), None),
    ("atmtype", "OAMF4SC", _const(Q.A_OAMF4SC), None),
    ("atmtype", "SC", _const(Q.A_SC), None),
    ("atmtype", "ILMIC", _const(Q.A_ILMIC), None),
    ("atmmultitype", "OAM", _const(Q.A_OAM), None),
    ("atmmultitype", "OAMF4", _const(Q.A_OAMF4), None),
    ("atmmultitype", "CONNECTMSG", _const(Q.A_CONNECTMSG), None),
    ("atmmultitype", "METACONNECT", _const(Q.A_METACONNECT), None),
    *_field_tests("atm", {"VPI": Q.A_VPI, "VCI": Q.A_VCI}, lambda c: c.b.atmfield_code),
    ("mtp2type", "FISU", _const(Q.M_FISU), None),
    ("mtp2type", "LSSU", _const(Q.M_LSSU), None),
    ("mtp2type", "MSU", _const(Q.M_MSU), None),
    ("mtp2type", "HFISU", _const(Q.MH_FISU), None),
    ("mtp2type", "HLSSU", _const(Q.MH_LSSU), None),
    ("mtp2type", "HMSU", _const(Q.MH_MSU), None),
    *_field_tests("mtp3", {"SIO": Q.M_SIO, "OPC": Q.M_OPC, "DPC": Q.M_DPC, "SLS": Q.M_SLS,
                           "HSIO": Q.MH_SIO, "HOPC": Q.MH_OPC, "HDPC": Q.MH_DPC,
                           "HSLS": Q.MH_SLS},
                  lambda c: c.b.mtp3field_code),
]

#: libpcap's precedence declarations, lowest first
PRECEDENCE = [
    ("left", ["OR", "AND"]),
    ("nonassoc", ["!"]),
    ("left", ["|"]),
    ("left", ["&"]),
    ("left", ["LSH", "RSH"]),
    ("left", ["+", "-"]),
    ("left", ["*", "/"]),
    ("nonassoc", ["UMINUS"]),
]


def build_tables() -> Tables:
    """Build the LALR(1) tables for :data:`GRAMMAR` (what ``_tables.py`` holds)."""
    from ._lalr import build

    return build([(lhs, rhs.split(), prec) for lhs, rhs, _, prec in GRAMMAR], PRECEDENCE, "prog")


def tables() -> Tables:
    """The checked-in tables (:mod:`purepcap.filter._tables`) as a ``Tables``."""
    from ._lalr import load

    return load(_tables)


# The driver's view of the generated tables: per state a dict terminal -> code
# (shift ``>= 0``, reduce ``~rule``, ``_ERROR``), the default rule, the rule a
# consistent state reduces by without reading a token (else None), and the
# gotos; per rule (lhs, length of rhs, grammar action).
_ERROR = _tables.ERROR
_ACCEPT = _tables.ACCEPT_STATE
_DEFAULT = tuple(fmt.read_defaults(_tables.DEFAULT))
_ACTION = tuple(fmt.read_rows(_tables.ACTION, len(_DEFAULT)))
_REDUCE_NOW = tuple(d if not row else None for d, row in zip(_DEFAULT, _ACTION))
_GOTO = tuple(fmt.read_rows(_tables.GOTO, len(_DEFAULT)))
_RULES: tuple[tuple[str, int, Action | None], ...] = tuple(
    (lhs, len(rhs), act)
    for (lhs, rhs), act in zip(fmt.read_rules(_tables.RULES),
                               [None] + [act for _, _, act, _ in GRAMMAR]))


def parse(expr: str, builder: Builder) -> Any:
    """Parse ``expr``, driving ``builder``; return ``builder.finish(...)``.

    Raises :class:`FilterSyntaxError` for syntax and scanner errors,
    :class:`FilterError` for errors of the grammar's actions; errors raised by
    the builder propagate unchanged.

    Like bison, the parser may reduce on a token before finding that it is an
    error, so builder calls can precede a syntax error, even ``finish``:
    ``host a )`` reduces the whole program (libpcap calls ``finish_parse``)
    before it rejects the ``)``.
    """
    toks = tokenize(expr)
    ctx = _Ctx(builder)
    states = [0]
    vals: list[Any] = [None]
    ctx.vals = vals
    ti = 0
    la: Token | None = None
    pending: Token | None = None  # the first token whose scanner error was seen

    def error(message: str | None, tok: Token | None) -> FilterError:
        if pending is not None:
            return FilterSyntaxError(pending.error or SYNTAX_ERROR, expr, pending.pos)
        if message is None or tok is not None:
            return FilterSyntaxError(message or SYNTAX_ERROR, expr, tok.pos if tok else None)
        return FilterError(message)

    actions, defaults, gotos, reduce_now, rules = _ACTION, _DEFAULT, _GOTO, _REDUCE_NOW, _RULES
    while True:
        s = states[-1]
        rule = reduce_now[s]
        if rule is None:
            if la is None:
                la = toks[ti]
                ti += 1
                if la.error is not None and pending is None:
                    pending = la
            kind = la.kind
            if s == _ACCEPT and kind == END:
                return vals[-1]
            act = actions[s].get(kind)
            if act is None:
                rule = defaults[s]
                if rule is None:
                    raise error(SYNTAX_ERROR, la)
            elif act >= 0:
                states.append(act)
                vals.append(la.value)
                la = None
                continue
            elif act == _ERROR:
                raise error(SYNTAX_ERROR, la)
            else:
                rule = ~act
        lhs, n, fn = rules[rule]
        if fn is None:
            value = vals[-n] if n else None
        else:
            ctx.base = len(vals) - n
            try:
                value = fn(ctx, vals[len(vals) - n:])
            except _Abort as abort:
                raise error(abort.args[0], None) from None
        if n:
            del states[-n:]
            del vals[-n:]
        states.append(gotos[states[-1]][lhs])
        vals.append(value)
