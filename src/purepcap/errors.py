"""The purepcap exception hierarchy.

Every error the library raises on purpose derives from :class:`PcapError`, so
``except purepcap.PcapError`` is enough to catch anything the library means to
report.  Users never see ``struct.error``, ``IndexError`` or a bare ``OSError``
from inside the library: those are wrapped in one of these classes.

::

    PcapError
    ├── SavefileError            bad or unreadable capture file (carries .offset)
    │   └── SavefileTruncated    the file ends inside a header or record
    ├── FilterError              filter expression libpcap would reject
    │   └── FilterSyntaxError    grammar error (carries .column and a caret line)
    ├── BPFError                 invalid BPF program or unparsable program text
    ├── LinkTypeError            unknown or unsupported link-layer type
    ├── CaptureError             live capture failures
    │   ├── PermissionDenied     CAP_NET_RAW missing
    │   ├── NoSuchDevice         no such interface
    │   └── NotActivated / AlreadyActivated  handle state misuse
    ├── OptionError              an option or argument value out of range
    └── ArgumentTypeError        an argument of the wrong type (also a TypeError)
"""

from __future__ import annotations

__all__ = [
    "PcapError",
    "SavefileError",
    "SavefileTruncated",
    "FilterError",
    "FilterSyntaxError",
    "BPFError",
    "LinkTypeError",
    "CaptureError",
    "PermissionDenied",
    "NoSuchDevice",
    "NotActivated",
    "AlreadyActivated",
    "OptionError",
    "ArgumentTypeError",
]


class PcapError(Exception):
    """Root of every error purepcap raises on purpose."""


class SavefileError(PcapError):
    """A capture file could not be read or written.

    ``offset`` is the byte offset in the file where the problem was found
    (``None`` when it does not apply, e.g. the file could not be opened).
    """

    def __init__(self, message: str, offset: int | None = None) -> None:
        self.offset = offset
        self.message = message
        if offset is not None:
            message = f"{message} (at byte offset {offset})"
        super().__init__(message)


class SavefileTruncated(SavefileError):
    """The file ends in the middle of a header, block or packet record."""


class FilterError(PcapError):
    """A filter expression that libpcap would refuse to compile."""


class FilterSyntaxError(FilterError):
    """A filter expression that does not parse.

    ``column`` is the 0-based offset of the offending token in ``expr``;
    ``str(exc)`` contains the message, the expression and a caret line under
    that column (libpcap only says "syntax error"; we say where).
    """

    def __init__(self, message: str, expr: str = "", column: int | None = None) -> None:
        self.message = message
        self.expr = expr
        self.column = column
        text = message
        if column is not None and expr:
            text = f"{message} at column {column + 1}\n  {expr}\n  {' ' * column}^"
        super().__init__(text)


class BPFError(PcapError):
    """An invalid BPF program (fails validation) or unparsable program text."""


class LinkTypeError(PcapError, ValueError):
    """An unknown link-layer type name or number, or one an operation does not support."""


class CaptureError(PcapError):
    """A live capture could not be set up or failed while running."""


class PermissionDenied(CaptureError):
    """The process lacks the privilege (CAP_NET_RAW) needed to capture."""


class NoSuchDevice(CaptureError):
    """The named capture device does not exist."""


class NotActivated(CaptureError):
    """The handle must be activated before this operation."""


class AlreadyActivated(CaptureError):
    """The option can only be changed before the handle is activated."""


class OptionError(PcapError, ValueError):
    """An option or argument has an invalid value."""


class ArgumentTypeError(PcapError, TypeError):
    """An argument of the wrong type at the library's boundary.

    The message names the parameter and what it accepts, e.g. ``compile(): expr must
    be a str (a pcap-filter expression), not bytes``.  It is a :class:`TypeError` as
    well, so code that catches either sees it.
    """


def type_error(where: str, param: str, accepts: str, value: object) -> ArgumentTypeError:
    """The :class:`ArgumentTypeError` for ``param`` of ``where`` given ``value``."""
    return ArgumentTypeError(f"{where}: {param} must be {accepts}, not {type(value).__name__}")
