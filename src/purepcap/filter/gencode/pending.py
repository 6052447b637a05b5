"""Builder methods whose protocol families are not written yet.

Each raises :class:`~purepcap.errors.FilterError` ("... not yet supported").
A family module implements the methods as a mixin placed before
:class:`PendingMixin` in :class:`~.CodeGen`'s bases (see :mod:`.families`:
``encap.py``, ``ieee80211.py``, ``atm.py``, ``mtp.py``, ``pflog.py``,
``llc.py``, ``direction.py``).
"""

from __future__ import annotations

from typing import NoReturn

from .core import GenBase

__all__ = ["PendingMixin"]


class PendingMixin(GenBase):
    def _pending(self, what: str) -> NoReturn:
        raise self.not_yet(what)

    # Every Builder family now has a module (see :mod:`.families`); a new
    # family not written yet gets a stub here: ``def x(self, ...): self._pending("x")``.
