"""The protocol-family code generators against libpcap 1.10.3.

Families: encapsulations (``vlan``, ``mpls``, ``pppoed``/``pppoes``,
``geneve``), 802.11 ``type``/``subtype``/``dir``, SunATM fields and types
(``vpi``, ``vci``, ``lane``, ``oam``...), SS7 MTP2 types and MTP3 fields,
pflog fields, ``llc``, and ``inbound``/``outbound``/``ifindex``.

Expected values always come from libpcap:

- the conformance files (``../shared/conformance``): every accept case using
  one of these families must give a program byte-identical to libpcap's
  *unoptimized* one (``unopt_insns``: same blocks, same order, same scratch
  registers), and every reject case must fail with libpcap's message;
- the oracle (libpcap through ctypes, on a dead handle): the encapsulations
  combined with other primitives on several link types, since they change
  the offsets of everything that follows them;
- libpcap on a live Linux handle (root only), which is the only way to get
  libpcap's ``linux_ext`` code (the ancillary VLAN loads) for comparison.
"""

from __future__ import annotations

import ctypes
import re
from functools import lru_cache
from typing import Optional

import pytest

import oracle
from conformance import cases
from conftest import LIBPCAP_REASON, needs_oracle, needs_root, needs_shared, shared_params
from purepcap.errors import FilterError
from purepcap.filter import compile_insns
from purepcap.filter.names import NullResolver, Resolver


# -- which cases belong to the families -----------------------------------------------

_FAMILY_WORDS = {
    "encap": r"vlan|mpls|pppoed|pppoes|geneve",
    "ieee80211": r"type|subtype|dir",
    "atm": r"vpi|vci|lane|oam|oamf4|oamf4sc|oamf4ec|metac|bcc|sc|ilmic|connectmsg|metaconnect",
    "mtp": r"h?(?:sio|opc|dpc|sls|fisu|lssu|msu)",
    "pflog": r"ifname|on|rnr|rulenum|srnr|subrulenum|reason|action|rset|ruleset",
    "llc": r"llc",
    "direction": r"inbound|outbound|ifindex",
}
_FAMILY_RE = {k: re.compile(rf"\b(?:{v})\b") for k, v in _FAMILY_WORDS.items()}

#: libpcap's messages for these families (reject cases), as regular expressions
_FAMILY_ERRORS = re.compile("|".join([
    r"no (?:VLAN|MPLS) support for ", r"VLAN tag \d+ greater", r"MPLS label \d+ greater",
    r"no VLAN match after MPLS", r"unsupported protocol over mpls",
    r"PPPoE session number", r"Geneve VNI",
    r"802\.11 link-layer types supported only", r"frame direction supported only",
    r"'\w+' supported only on raw ATM", r"'\w+' supported only on MTP2",
    r"'\w+' supported only on SS7", r"(?:sio|opc|dpc|sls) value \d+ too big",
    r"\w+ supported only on PF linktype", r"ruleset names can only", r"ifname interface names",
    r"'llc' not supported for ", r"(?:inbound/outbound|ifindex) not supported",
]))


def _family(expr: str) -> Optional[str]:
    for name, rx in _FAMILY_RE.items():
        if rx.search(expr):
            return name
    return None


def _resolver(expr: str):
    # names under libpcap.test must be unknown; everything else from /etc files, no DNS
    return NullResolver() if "libpcap.test" in expr.lower() else _files_resolver()


@lru_cache(maxsize=1)
def _files_resolver() -> Resolver:
    return Resolver(use_system=False)


def _ours(expr: str, dlt, snaplen: int = 262144, netmask: int = 0xFFFFFFFF,
          linux_ext: bool = False):
    """(insns, None) or (None, message)."""
    try:
        insns = compile_insns(expr, dlt, snaplen, False, netmask, linux_ext, _resolver(expr))
    except FilterError as e:
        return None, str(e)
    return [tuple(i) for i in insns], None


def _same_error(ours: Optional[str], libpcap: str) -> bool:
    # our lexer/parser may add a column; the message itself must be libpcap's
    return ours is not None and (ours == libpcap or ours.startswith(libpcap))


# -- conformance: accept cases ---------------------------------------------------------

def _accept() -> list[cases.AcceptCase]:
    return [c for c in cases.accept_cases() if _family(c.expr)]


@pytest.mark.parametrize("case", shared_params(_accept, ids=lambda c: f"{_family(c.expr)}:{c.id}"))
def test_accept_unoptimized_identical(case: cases.AcceptCase) -> None:
    got, err = _ours(case.expr, case.dlt, case.snaplen, cases.netmask_int(case.netmask),
                     case.linux_ext)
    if case.unopt_error is not None:
        assert _same_error(err, case.unopt_error), (err, case.unopt_error)
        return
    assert err is None, f"{case.expr!r} on {case.dlt}: {err}"
    assert got == [tuple(i) for i in case.unopt_insns], (
        f"{case.expr!r} on {case.dlt}: program differs from libpcap's\n{case.unopt_listing}")


@needs_shared
def test_accept_selection_covers_the_families() -> None:
    seen = {_family(c.expr) for c in _accept()}
    assert seen == set(_FAMILY_WORDS)
    assert len(_accept()) > 700


# -- conformance: reject cases ---------------------------------------------------------

def _reject() -> list[cases.RejectCase]:
    return [c for c in cases.reject_cases()
            if (c.error and _FAMILY_ERRORS.search(c.error))
            or (c.error is None and _family(c.expr))]


def _reject_kind(c: cases.RejectCase) -> str:
    if c.error is None:
        return f"accepted-{_family(c.expr)}"
    return re.sub(r"[^a-z0-9]+", "-", _FAMILY_ERRORS.search(c.error).group(0).lower()).strip("-")


@pytest.mark.parametrize("kind", shared_params(lambda: sorted({_reject_kind(c) for c in _reject()})))
def test_reject_message(kind: str) -> None:
    """Grouped by message (about 2,000 cases over some 150 link types)."""
    bad = []
    for case in _reject():
        if _reject_kind(case) != kind:
            continue
        got, err = _ours(case.expr, case.dlt, netmask=cases.netmask_int(case.netmask))
        if case.error is None:  # libpcap compiles it
            if err is not None:
                bad.append(f"{case.expr!r} on {case.dlt}: {err}")
        elif not _same_error(err, case.error):
            bad.append(f"{case.expr!r} on {case.dlt}: ours {err!r}, libpcap {case.error!r}")
    assert not bad, "\n".join(bad[:20]) + f"\n({len(bad)} differences)"


# -- the oracle: encapsulations change what follows -----------------------------------

_ENCAPS = ["vlan", "vlan 10", "mpls", "mpls 7", "pppoes", "pppoes 3", "geneve", "geneve 5",
           "lane", "llc", "llc u"]
_OTHERS = ["ip", "ip6", "arp", "tcp port 80", "udp", "host 1.2.3.4", "ether host 1:2:3:4:5:6",
           "ether broadcast", "multicast", "ip multicast", "ether[0] = 1", "ip[1] = 2",
           "link[1] = 3", "tcp[0] = 1", "ether proto 0x800", "iso", "stp", "ipx", "atalk",
           "decnet host 1.2", "net 10.0.0.0/8", "icmp6", "ip6 multicast", "wlan type data",
           "wlan dir tods", "vpi 1", "oam", "inbound", "ifindex 3", "protochain 6"]
_ORACLE_DLTS = ["EN10MB", "IEEE802_11_RADIO", "PRISM_HEADER", "SUNATM", "PPP", "C_HDLC",
                "NETANALYZER", "LINUX_SLL"]


def _oracle_exprs() -> list[str]:
    out = []
    for a in _ENCAPS:
        for b in _OTHERS:
            out += [f"{a} and {b}", f"{b} or {a}", f"{a} and {a} and {b}"]
    return out


def _check_against(libpcap_result, ours_result, what: str) -> Optional[str]:
    insns, lerr = libpcap_result
    got, err = ours_result
    if lerr is not None:
        return None if _same_error(err, lerr) else f"{what}: libpcap {lerr!r}, ours {err!r}"
    if err is not None:
        return f"{what}: libpcap compiles it, ours {err!r}"
    return None if got == [tuple(i) for i in insns] else f"{what}: programs differ"


@pytest.mark.oracle
@needs_oracle
@pytest.mark.parametrize("dlt", _ORACLE_DLTS)
def test_encapsulations_against_oracle(dlt: str) -> None:
    bad = []
    for e in _oracle_exprs():
        msg = _check_against(oracle.compile_expr(e, dlt, 262144, False, None), _ours(e, dlt),
                             f"{e!r} on {dlt}")
        if msg:
            bad.append(msg)
    assert not bad, "\n".join(bad[:20]) + f"\n({len(bad)} differences)"


# -- libpcap on a live handle: linux_ext -------------------------------------------------

@lru_cache(maxsize=1)
def _live_loopback():
    """A libpcap live handle on ``lo`` (Ethernet, BPF_SPECIAL_VLAN_HANDLING), or None."""
    if not oracle.available():
        return None
    lib = oracle._lib()
    lib.pcap_open_live.restype = ctypes.c_void_p
    lib.pcap_open_live.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                                   ctypes.c_char_p]
    lib.pcap_datalink.argtypes = [ctypes.c_void_p]
    errbuf = ctypes.create_string_buffer(256)
    p = lib.pcap_open_live(b"lo", 262144, 0, 100, errbuf)
    if not p:
        return None
    if lib.pcap_datalink(p) != 1:
        return None
    return lib, p


def _live_compile(expr: str):
    lib, p = _live_loopback()
    prog = oracle._Program()
    lib.pcap_compile.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                                 ctypes.c_uint32]
    lib.pcap_geterr.restype = ctypes.c_char_p
    lib.pcap_geterr.argtypes = [ctypes.c_void_p]
    if lib.pcap_compile(p, ctypes.byref(prog), expr.encode(), 0, 0xFFFFFFFF) != 0:
        return None, lib.pcap_geterr(p).decode(errors="replace")
    insns = [(prog.bf_insns[i].code, prog.bf_insns[i].jt, prog.bf_insns[i].jf,
              prog.bf_insns[i].k) for i in range(prog.bf_len)]
    lib.pcap_freecode(ctypes.byref(prog))
    return insns, None


@pytest.mark.oracle
@pytest.mark.live
@needs_oracle
@needs_root
def test_linux_ext_vlan_against_live_libpcap() -> None:
    assert _live_loopback() is not None, "libpcap cannot open a live handle on lo"
    exprs = ["vlan", "vlan 10", "vlan 4095", "vlan and vlan", "vlan 1 and vlan 2 and ip",
             "vlan or ip", "ip or vlan 3", "not vlan and tcp", "vlan and mpls and ip",
             "pppoes and ip", "geneve and vlan", "vlan and geneve", "llc and vlan"]
    exprs += [f"vlan {n} and {b}" for n in (0, 100) for b in _OTHERS]
    exprs += [f"{b} and vlan and {b}" for b in _OTHERS]
    bad = []
    for e in exprs:
        msg = _check_against(_live_compile(e), _ours(e, "EN10MB", linux_ext=True), repr(e))
        if msg:
            bad.append(msg)
    assert not bad, "\n".join(bad[:20]) + f"\n({len(bad)} differences)"


# -- a few facts worth spelling out (each checked against libpcap) ---------------------

def _ref(expr: str, dlt: str):
    """libpcap's unoptimized program from the conformance files, else from the oracle."""
    for c in cases.accept_cases():
        if c.expr == expr and c.dlt == dlt and not c.linux_ext and c.unopt_insns is not None:
            return [tuple(i) for i in c.unopt_insns], None
    if not oracle.available():
        pytest.skip(LIBPCAP_REASON)
    insns, err = oracle.compile_expr(expr, dlt, 262144, False, None)
    return ([tuple(i) for i in insns] if insns is not None else None), err


def _assert_like_libpcap(expr: str, dlt: str) -> tuple:
    ref = _ref(expr, dlt)
    ours = _ours(expr, dlt)
    msg = _check_against(ref, ours, f"{expr!r} on {dlt}")
    assert msg is None, msg
    return ours


def test_vlan_shift_is_permanent_for_the_rest_of_the_expression() -> None:
    # "vlan or ip" tests IP *after* the tag (type field at 16): libpcap's documented quirk
    insns, _ = _assert_like_libpcap("vlan or ip", "EN10MB")
    assert (0x28, 0, 0, 16) in insns  # ldh [16]


def test_mpls_after_vlan_but_not_vlan_after_mpls() -> None:
    assert _assert_like_libpcap("vlan and mpls", "EN10MB")[1] is None
    assert _assert_like_libpcap("mpls and vlan", "EN10MB")[1] is not None


def test_pppoes_makes_the_rest_ppp() -> None:
    assert _assert_like_libpcap("pppoes and vlan", "EN10MB")[1] is not None
    insns, _ = _assert_like_libpcap("pppoes 3 and ip", "EN10MB")
    assert (0x28, 0, 0, 20) in insns  # ldh [20]: the PPP protocol field after PPPoE


@pytest.mark.parametrize("expr", ["ifname abcdefghijklmnop", "ruleset abcdefghijklmnop",
                                  "ifname abcdefghijklmno", "on a and reason 3 and rnr 7"])
def test_pflog_names(expr: str) -> None:
    _assert_like_libpcap(expr, "PFLOG")
