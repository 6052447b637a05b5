"""Signals as tcpdump 4.99.3 handles them during a capture.

- SIGINT, SIGTERM, SIGPIPE and SIGHUP end the capture: the handler only
  calls ``breakloop()`` (no I/O, so a record being written is always
  finished); the loop returns, the statistics are printed, exit status 0.
  SIGHUP is left alone when it was ignored on entry (``nohup``).
- SIGUSR1 (live capture only) prints one statistics line on stderr,
  "purepcap: N packets captured, N packets received by filter, N packets
  dropped by kernel", and the capture carries on.  As in tcpdump, a request
  that arrives while a packet is being handled is answered after it.
- SIGUSR2 flushes the savefile (``-w``), when there is one to flush.

Python runs signal handlers between bytecodes of the main thread; a write in
progress (``write_all`` of whole records) is completed before the handler
runs or resumed after it, so a signal never leaves a partial record.
"""

from __future__ import annotations

import signal
import sys
from types import FrameType
from typing import IO, Any, Callable

__all__ = ["Signals", "summary", "info_line", "plural"]


def plural(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


def summary(captured: int, st: Any) -> str:
    """tcpdump's end-of-capture lines (``info(1)``)."""
    text = (f"{plural(captured, 'packet')} captured\n"
            f"{plural(st.received, 'packet')} received by filter\n"
            f"{plural(st.dropped, 'packet')} dropped by kernel\n")
    if getattr(st, "ifdropped", 0):
        text += f"{plural(st.ifdropped, 'packet')} dropped by interface\n"
    return text


def info_line(prog: str, captured: int, st: Any) -> str:
    """tcpdump's SIGUSR1 line (``info(0)``)."""
    parts = [f"{plural(captured, 'packet')} captured",
             f"{plural(st.received, 'packet')} received by filter",
             f"{plural(st.dropped, 'packet')} dropped by kernel"]
    if getattr(st, "ifdropped", 0):
        parts.append(f"{plural(st.ifdropped, 'packet')} dropped by interface")
    return f"{prog}: {', '.join(parts)}\n"


class Signals:
    """Install tcpdump's handlers for the life of a ``with`` block.

    ``captured()`` gives the packets handled so far (for SIGUSR1); ``live``
    says whether SIGUSR1 is handled at all (tcpdump: not when reading files);
    ``flush`` is called on SIGUSR2.
    """

    def __init__(self, cap: Any, prog: str, err: IO[str], captured: Callable[[], int], *,
                 live: bool = True, flush: Callable[[], None] | None = None) -> None:
        self.cap = cap
        self.prog = prog
        self.err = err
        self.captured = captured
        self.live = live
        self.flush = flush
        self.stopped: int | None = None   # the signal that ended the capture
        self.busy = 0                      # > 0 while a packet is being handled
        self._info_pending = False
        self._old: dict[int, Any] = {}

    # -- handlers: flags and breakloop only, plus the SIGUSR1 line when idle --------
    def _stop(self, signum: int, frame: FrameType | None) -> None:
        if self.stopped is None:
            self.stopped = signum
        self.cap.breakloop()

    def _info(self, signum: int, frame: FrameType | None) -> None:
        if self.busy:
            self._info_pending = True
            return
        self.print_info(getattr(self.cap, "dumping", None))

    def _flush(self, signum: int, frame: FrameType | None) -> None:
        if self.flush is not None and not self.busy:
            try:
                self.flush()
            except Exception:  # noqa: BLE001 - a failed flush shows at the next write
                pass

    def print_info(self, captured: int | None = None) -> None:
        self._info_pending = False
        try:
            st = self.cap.stats()
        except Exception as exc:  # noqa: BLE001 - tcpdump prints the error and goes on
            self.err.write(f"pcap_stats: {exc}\n")
            self.err.flush()
            return
        n = self.captured() if captured is None else captured
        self.err.write(info_line(self.prog, n, st))
        self.err.flush()

    def after_packet(self) -> None:
        """Call after each packet handled: answers a SIGUSR1 that came during it."""
        if self._info_pending:
            self.print_info()

    # -- installation ------------------------------------------------------------
    def __enter__(self) -> "Signals":
        want: list[tuple[int, Callable[[int, FrameType | None], None]]] = [
            (signal.SIGINT, self._stop), (signal.SIGTERM, self._stop),
            (signal.SIGPIPE, self._stop), (signal.SIGUSR2, self._flush)]
        if signal.getsignal(signal.SIGHUP) is not signal.SIG_IGN:
            want.append((signal.SIGHUP, self._stop))
        if self.live:
            want.append((signal.SIGUSR1, self._info))
        for signum, handler in want:
            try:
                self._old[signum] = signal.signal(signum, handler)
            except (ValueError, OSError):   # not the main thread: leave signals alone
                pass
        return self

    def __exit__(self, *exc: Any) -> None:
        for signum, old in self._old.items():
            try:
                signal.signal(signum, old if old is not None else signal.SIG_DFL)
            except (ValueError, OSError):
                pass
        self._old.clear()


def quiet_stdout() -> None:
    """After the reader of stdout went away: point stdout at /dev/null so the
    interpreter's final flush cannot complain."""
    import os
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
