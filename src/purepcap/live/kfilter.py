"""Preparing BPF programs for the kernel, and running them in user space.

Three adjustments happen between the program a user gives and the one the
kernel gets:

* **Cooked sockets** (the ``any`` device) deliver packets from the network
  header on, but the program was compiled for ``DLT_LINUX_SLL`` /
  ``DLT_LINUX_SLL2`` with the 16- or 20-byte cooked header in front.  Loads
  past the header move back by its length; loads of the protocol, packet type
  and (SLL2) interface index fields become the matching ancillary loads; any
  other load inside the header cannot be expressed, and the program runs in
  user space instead.
* **Direction and loopback duplicates** become a short prefix of ancillary
  ``SKF_AD_PKTTYPE`` / ``SKF_AD_IFINDEX`` tests, so packets the user will never
  see are rejected in the kernel and not counted in ``tp_packets``.  (On ``lo``
  every packet passes twice, once outgoing and once incoming; like libpcap we
  keep only the incoming copy.)
* The prefix resets A and X to zero before the user's program, so the program
  starts from the state the BPF machine guarantees.

Jumps in classic BPF are relative and forward only, so a prefix can be put in
front of any program without touching the program's own jumps.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from ..bpf import opcodes as O
from ..errors import BPFError
from ..packet import PACKET_OUTGOING
from . import _linux as L

__all__ = ["insns_of", "cooked_fix", "prefix", "ACCEPT_ALL", "REJECT_ALL", "user_filter",
           "uses_ancillary"]

Insns = list[tuple[int, int, int, int]]

#: ``ret #0xffffffff``: accept everything, whole packets
ACCEPT_ALL: Insns = [(O.BPF_RET | O.BPF_K, 0, 0, 0xFFFFFFFF)]
#: ``ret #0``: the "total filter" used while draining a socket queue
REJECT_ALL: Insns = [(O.BPF_RET | O.BPF_K, 0, 0, 0)]

_LD_ANC = O.BPF_LD | O.BPF_W | O.BPF_ABS
_JEQ = O.BPF_JMP | O.BPF_JEQ | O.BPF_K


def insns_of(program: Any) -> Insns:
    """The ``(code, jt, jf, k)`` list of a ``bpf.Program`` or a plain sequence."""
    seq = getattr(program, "insns", program)
    try:
        out = [(int(c), int(jt), int(jf), int(k) & 0xFFFFFFFF) for c, jt, jf, k in seq]
    except (TypeError, ValueError):
        raise BPFError("a filter program is a sequence of (code, jt, jf, k)") from None
    if not out:
        raise BPFError("empty BPF program")
    return out


def _fix_k(k: int, sll2: bool) -> int | None:
    if k >= O.SKF_AD_OFF:
        return k                      # already an ancillary load
    hl = L.SLL2_HDR_LEN if sll2 else L.SLL_HDR_LEN
    if k >= 0x80000000:
        return k                      # SKF_NET_OFF / SKF_LL_OFF style negative offsets
    if k >= hl:
        return k - hl
    fields = ({0: O.SKF_AD_PROTOCOL, 4: O.SKF_AD_IFINDEX, 10: O.SKF_AD_PKTTYPE} if sll2
              else {0: O.SKF_AD_PKTTYPE, 14: O.SKF_AD_PROTOCOL})
    anc = fields.get(k)
    return None if anc is None else O.SKF_AD_OFF + anc


def cooked_fix(insns: Insns, sll2: bool) -> Insns | None:
    """Rewrite a cooked-header program for a SOCK_DGRAM socket; None if impossible."""
    out: Insns = []
    for code, jt, jf, k in insns:
        cls = O.BPF_CLASS(code)
        mode = O.BPF_MODE(code)
        if cls in (O.BPF_LD, O.BPF_LDX) and mode in (O.BPF_ABS, O.BPF_IND, O.BPF_MSH):
            fixed = _fix_k(k, sll2)
            if fixed is None:
                return None
            k = fixed
        out.append((code, jt, jf, k))
    return out


def prefix(direction: str, lo_ifindex: int | None) -> Insns:
    """Instructions that reject what ``direction`` and the loopback rule exclude.

    ``lo_ifindex`` is the loopback interface index when the capture can see
    loopback traffic (device ``lo`` or ``any``), else None.  The prefix falls
    through to the next instruction for packets that may pass, with A = X = 0.
    """
    tests: Insns = []
    # Each block below ends with a jump either over the final "ret #0" chain or
    # into it; we assemble them back to front so offsets are easy to compute.
    blocks: list[Insns] = []
    if direction == "in":
        # pkttype == OUTGOING -> reject
        blocks.append([(_LD_ANC, 0, 0, O.SKF_AD_OFF + O.SKF_AD_PKTTYPE),
                       (_JEQ, "REJ", 0, PACKET_OUTGOING)])  # type: ignore[list-item]
    elif direction == "out":
        blocks.append([(_LD_ANC, 0, 0, O.SKF_AD_OFF + O.SKF_AD_PKTTYPE),
                       (_JEQ, 0, "REJ", PACKET_OUTGOING)])  # type: ignore[list-item]
    if lo_ifindex is not None and direction != "in":
        # pkttype == OUTGOING and ifindex == lo -> reject
        blocks.append([(_LD_ANC, 0, 0, O.SKF_AD_OFF + O.SKF_AD_PKTTYPE),
                       (_JEQ, 0, 2, PACKET_OUTGOING),
                       (_LD_ANC, 0, 0, O.SKF_AD_OFF + O.SKF_AD_IFINDEX),
                       (_JEQ, "REJ", 0, lo_ifindex)])  # type: ignore[list-item]
    if not blocks:
        return []
    body = [insn for block in blocks for insn in block]
    # layout: body..., ja over reject, ret #0, ld #0, ldx #0
    rej_index = len(body) + 1
    for i, (code, jt, jf, k) in enumerate(body):
        if jt == "REJ":
            jt = rej_index - i - 1
        if jf == "REJ":
            jf = rej_index - i - 1
        tests.append((code, jt, jf, k))
    tests.append((O.BPF_JMP | O.BPF_JA, 0, 0, 1))      # ja +1 (over the reject)
    tests.append((O.BPF_RET | O.BPF_K, 0, 0, 0))
    tests.append((O.BPF_LD | O.BPF_IMM, 0, 0, 0))      # A = 0
    tests.append((O.BPF_LDX | O.BPF_IMM, 0, 0, 0))     # X = 0
    return tests


def uses_ancillary(insns: Sequence[tuple[int, int, int, int]]) -> bool:
    return any(O.BPF_CLASS(c) in (O.BPF_LD, O.BPF_LDX) and O.BPF_MODE(c) in (O.BPF_ABS, O.BPF_IND)
               and k >= 0x80000000 for c, _jt, _jf, k in insns)


def user_filter(program: Any) -> Callable[[bytes, int, tuple], int]:
    """A callable ``f(data, wirelen, meta) -> int`` running ``program`` in user space.

    ``meta`` is ``(vlan_present, vlan_tci, vlan_tpid, protocol, ifindex,
    hatype, pkttype, net_offset)``; it feeds the Linux ancillary loads.  The
    program runs as :meth:`purepcap.bpf.Program.matcher` (translated to Python
    once); a :class:`~purepcap.bpf.Meta` is built per packet only when the
    program reads ancillary data.
    """
    from ..bpf import Meta, Program

    prog = program if isinstance(program, Program) else Program(insns_of(program))
    m = prog.matcher()
    if not uses_ancillary(insns_of(prog)):
        def run_plain(data: bytes, wirelen: int, meta: tuple) -> int:
            return m(data, wirelen)
        return run_plain

    def run_meta(data: bytes, wirelen: int, meta: tuple) -> int:
        vlan, tci, tpid, proto, ifindex, hatype, pkttype, net_offset = meta
        return m(data, wirelen, Meta(protocol=proto, pkttype=pkttype, ifindex=ifindex,
                                     hatype=hatype, vlan_tci=tci, vlan_present=bool(vlan),
                                     vlan_tpid=tpid, net_offset=net_offset))
    return run_meta
