"""The :class:`Program` value: a validated, immutable classic BPF program."""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional, Union, overload

from ..errors import BPFError, OptionError, type_error
from .insn import Insn, InsnLike, normalize
from .listing import listing as _listing
from .listing import parse_text
from .validate import validate as _validate

if TYPE_CHECKING:
    from .meta import Meta

__all__ = ["Program", "Matcher", "SOCK_FILTER"]

#: ``struct sock_filter`` / ``struct bpf_insn``: u16 code, u8 jt, u8 jf, u32 k, native order
SOCK_FILTER = struct.Struct("=HBBI")

Buffer = Union[bytes, bytearray, memoryview]
#: what :meth:`Program.matcher` returns: ``f(data, wirelen=None, meta=None) -> int``
Matcher = Callable[..., int]


class Program:
    """A classic BPF program: a tuple of :class:`Insn` with the operations on it.

    ``Program(insns)`` takes ``(code, jt, jf, k)`` tuples (or :class:`Insn`), checks
    field ranges and, unless ``validate=False``, libpcap's validation rules
    (:func:`purepcap.bpf.validate`), raising :class:`~purepcap.errors.BPFError`.
    An unvalidated program still runs safely: whatever is invalid makes it return 0.

    Programs compare equal when their instructions are equal, and hash accordingly.
    """

    __slots__ = ("_insns", "_matcher", "_hash")

    def __init__(self, insns: Iterable[InsnLike], *, validate: bool = True) -> None:
        program = insns._insns if isinstance(insns, Program) else normalize(insns)
        if validate:
            _validate(program)
        self._insns: tuple[Insn, ...] = program
        self._matcher: Optional[Matcher] = None
        self._hash: Optional[int] = None

    # -- value protocol -------------------------------------------------------------
    @property
    def insns(self) -> tuple[Insn, ...]:
        """The instructions, a tuple of :class:`Insn` (``code, jt, jf, k``)."""
        return self._insns

    def __len__(self) -> int:
        return len(self._insns)

    def __iter__(self) -> Iterator[Insn]:
        return iter(self._insns)

    @overload
    def __getitem__(self, index: int) -> Insn: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Insn, ...]: ...

    def __getitem__(self, index: Union[int, slice]) -> Union[Insn, tuple[Insn, ...]]:
        return self._insns[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Program):
            return self._insns == other._insns
        return NotImplemented

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(self._insns)
        return self._hash

    def __repr__(self) -> str:
        if len(self._insns) <= 4:
            return f"Program({[tuple(i) for i in self._insns]!r})"
        return f"<Program of {len(self._insns)} instructions>"

    def __getstate__(self) -> tuple[Insn, ...]:
        return self._insns

    def __setstate__(self, state: tuple[Insn, ...]) -> None:
        self._insns = normalize(state)
        self._matcher = None
        self._hash = None

    # -- checking -------------------------------------------------------------------
    def validate(self, *, linux: bool = False) -> None:
        """Check the program against libpcap's rules, or the kernel's with ``linux=True``.

        Raises :class:`~purepcap.errors.BPFError` with the reason.
        """
        _validate(self._insns, linux=linux)

    # -- running --------------------------------------------------------------------
    def run(self, data: Buffer, wirelen: Optional[int] = None, meta: Optional[Meta] = None) -> int:
        """Run the program over one packet with the reference interpreter.

        ``data`` is the captured bytes (``bytes``, ``bytearray`` or ``memoryview``),
        ``wirelen`` the packet's length on the wire (default: ``len(data)``).  Without
        ``meta`` the semantics are libpcap's ``bpf_filter`` on a saved packet; with a
        :class:`Meta` they are the Linux kernel's for a socket filter (ancillary loads,
        ``SKF_NET_OFF``/``SKF_LL_OFF`` offsets).  Returns the filter's value: 0 drops
        the packet, anything else is the number of bytes to keep.
        """
        from .interp import run as _run  # the interpreter and Meta load on first use
        from .meta import Meta

        if type(data) is not bytes:
            data = _as_bytes_view(data)
        if wirelen is not None:
            if not isinstance(wirelen, int) or isinstance(wirelen, bool):
                raise type_error("Program.run()", "wirelen", "an int or None", wirelen)
            if wirelen < 0:
                raise OptionError(f"wirelen must be a non-negative integer, not {wirelen!r}")
        if meta is not None and not isinstance(meta, Meta):
            raise type_error("Program.run()", "meta", "a purepcap.bpf.Meta or None", meta)
        return _run(self._insns, data, wirelen, meta)

    def matcher(self) -> Matcher:
        """The program translated to a Python function, for speed.

        Returns ``f(data, wirelen=None, meta=None) -> int`` with the same results as
        :meth:`run` (the tests check it on random programs and packets), several times
        faster.  ``data`` must be ``bytes``, ``bytearray`` or a 1-D memoryview of
        unsigned bytes (format ``'B'``); ``f`` does no argument checking.  The
        translation happens once per program and is cached.
        """
        if self._matcher is None:
            from .jit import compile_matcher

            self._matcher = compile_matcher(self._insns)
        return self._matcher

    # -- text and binary forms ---------------------------------------------------------
    def listing(self, level: int = 1) -> str:
        """The program as ``tcpdump -d`` (1), ``-dd`` (2) or ``-ddd`` (3) prints it."""
        return _listing(self._insns, level)

    def __str__(self) -> str:
        return self.listing(1)

    @classmethod
    def from_text(cls, text: str, *, validate: bool = True) -> "Program":
        """Parse ``tcpdump -ddd`` (or ``-dd``) output; see :func:`purepcap.bpf.parse_text`."""
        return cls(parse_text(text), validate=validate)

    def to_bytes(self) -> bytes:
        """The instructions as an array of ``struct sock_filter`` (8 bytes each, native
        byte order), ready for ``SO_ATTACH_FILTER``'s ``struct sock_fprog``."""
        pack = SOCK_FILTER.pack
        return b"".join(pack(*insn) for insn in self._insns)

    @classmethod
    def from_bytes(cls, data: Buffer, *, validate: bool = True) -> "Program":
        """The inverse of :meth:`to_bytes`."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise type_error("Program.from_bytes()", "data", "bytes, bytearray or memoryview",
                             data)
        raw = bytes(data)
        if len(raw) % SOCK_FILTER.size:
            raise BPFError(f"{len(raw)} bytes is not a whole number of {SOCK_FILTER.size}-byte instructions")
        return cls(SOCK_FILTER.iter_unpack(raw), validate=validate)


def _as_bytes_view(data: object) -> Buffer:
    if isinstance(data, bytearray):
        return data
    if isinstance(data, str):
        raise type_error("Program.run()", "data", "bytes, bytearray or memoryview", data)
    try:
        view = memoryview(data)  # type: ignore[arg-type]
    except TypeError:
        raise type_error("Program.run()", "data", "bytes, bytearray or memoryview",
                         data) from None
    if view.format == "B" and view.ndim == 1:
        return view
    try:
        return view.cast("B")
    except TypeError:
        return view.tobytes()
