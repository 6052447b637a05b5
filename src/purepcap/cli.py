"""The ``purepcap`` command: tcpdump's command line on top of purepcap.

Supported (tcpdump 4.99.3 meanings): ``-r FILE`` (``-`` for stdin), ``-w FILE``
(``-`` for stdout), ``-c N``, ``-n``, ``-x/-xx/-X/-XX/-A``, ``-t`` .. ``-ttttt``,
``-d/-dd/-ddd``, ``-y DLT``, ``-s SNAPLEN``, ``-O``, ``-F FILE``, ``-i DEV``,
``-p``, ``-B KiB``, ``--immediate-mode``, ``-Q in|out|inout``,
``--time-stamp-precision micro|nano``, ``-D``, ``-L``, plus ``--bpf-file FILE``:
a BPF program in ``tcpdump -ddd`` text, used instead of an expression.

Every error is one line on stderr (``purepcap: ...``) and a non-zero exit.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from typing import IO, Any, Callable, NoReturn, Sequence

from .errors import FilterSyntaxError, OptionError, PcapError

__all__ = ["main", "build_parser"]

PROG = "purepcap"


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, no usage dump
        raise _UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (tcpdump-style short options)."""
    p = _Parser(prog=PROG, add_help=False,
                description="Capture, filter and save packets; tcpdump-compatible options.")
    a = p.add_argument
    a("-h", "--help", action="store_true", help="show this help and exit")
    a("--version", action="store_true", help="print the version and exit")
    a("-A", dest="ascii", action="store_true", help="print each packet in ASCII")
    a("-B", "--buffer-size", dest="buffer_kib", type=_positive_int, metavar="KiB",
      help="kernel capture buffer size in KiB")
    a("-c", dest="count", type=_positive_int, metavar="COUNT", help="exit after COUNT packets")
    a("-d", dest="dump_code", action="count", default=0,
      help="print the compiled filter program and exit (-dd: as C, -ddd: as decimal)")
    a("-D", "--list-interfaces", dest="list_ifaces", action="store_true",
      help="list the capture devices and exit")
    a("-e", dest="link_header", action="store_true", help="(accepted; printing is minimal)")
    a("-F", dest="filter_file", metavar="FILE", help="read the filter expression from FILE")
    a("--bpf-file", dest="bpf_file", metavar="FILE",
      help="use the BPF program in FILE (tcpdump -ddd text) as the filter")
    a("-i", "--interface", dest="interface", metavar="DEV", help="capture live on DEV")
    a("--immediate-mode", dest="immediate", action="store_true",
      help="deliver packets as soon as they arrive")
    a("-L", "--list-data-link-types", dest="list_dlts", action="store_true",
      help="list the link types of the interface and exit")
    a("-n", dest="no_resolve", action="count", default=0, help="don't convert addresses to names")
    a("-O", "--no-optimize", dest="no_optimize", action="store_true",
      help="don't run the filter optimizer")
    a("-p", "--no-promiscuous-mode", dest="no_promisc", action="store_true",
      help="don't put the interface into promiscuous mode")
    a("-q", dest="quiet", action="store_true", help="(accepted; printing is minimal)")
    a("-Q", "--direction", dest="direction", choices=("in", "out", "inout"),
      help="capture only packets received (in), sent (out), or both")
    a("-r", dest="read_file", metavar="FILE", help="read packets from FILE (- for stdin)")
    a("-s", "--snapshot-length", dest="snaplen", type=_snaplen, metavar="SNAPLEN",
      help="capture at most SNAPLEN bytes of each packet")
    a("-t", dest="tflag", action="count", default=0, help="timestamp format (repeat up to 5)")
    a("--time-stamp-precision", dest="precision", choices=("micro", "nano"),
      help="timestamp precision to capture, print and write")
    a("-v", dest="verbose", action="count", default=0, help="(accepted; printing is minimal)")
    a("-w", dest="write_file", metavar="FILE", help="write packets to FILE (- for stdout)")
    a("-x", dest="hex", action="count", default=0, help="print packets in hex (-xx: with link header)")
    a("-X", dest="hexascii", action="count", default=0,
      help="print packets in hex and ASCII (-XX: with link header)")
    a("-y", "--linktype", dest="linktype", metavar="DLT", help="link-layer type (e.g. EN10MB)")
    a("expression", nargs="*", help="filter expression (pcap-filter(7))")
    return p


def _positive_int(text: str) -> int:
    try:
        v = int(text, 0)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number {text!r}") from None
    if v <= 0:
        raise argparse.ArgumentTypeError(f"invalid number {text!r} (must be positive)")
    return v


MAXIMUM_SNAPLEN = 262144


def _snaplen(text: str) -> int:
    """tcpdump's -s: 0 means the maximum; more than the maximum is refused."""
    try:
        v = int(text, 0)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid snaplen {text!r}") from None
    if not 0 <= v <= MAXIMUM_SNAPLEN:
        raise argparse.ArgumentTypeError(
            f"invalid snaplen {text} (must be >= 0 and <= {MAXIMUM_SNAPLEN})")
    return v or MAXIMUM_SNAPLEN


def _read_text(path: str, what: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError as exc:
        raise OptionError(f"can't read {what} {path}: {exc.strerror or exc}") from None


def _expression(args: argparse.Namespace) -> str:
    if args.filter_file:
        text = _read_text(args.filter_file, "filter file")
        # tcpdump -F: '#' starts a comment that runs to the end of the line
        lines = [line.split("#", 1)[0] for line in text.splitlines()]
        return " ".join(" ".join(lines).split())
    return " ".join(args.expression)


def _load_program(args: argparse.Namespace) -> Any:
    from .bpf import Program
    return Program.from_text(_read_text(args.bpf_file, "BPF program file"))


def _compile(expr: str, dlt: int, snaplen: int, args: argparse.Namespace,
             netmask: int, linux_ext: bool = False) -> Any:
    from .filter import compile as compile_filter
    return compile_filter(expr, linktype=dlt, snaplen=snaplen,
                          optimize=not args.no_optimize, netmask=netmask,
                          linux_ext=linux_ext)


def _program(args: argparse.Namespace, dlt: int, snaplen: int, netmask: Callable[[], int],
             linux_ext: bool = False) -> Any:
    """The filter: the --bpf-file program, or the expression compiled (None if empty)."""
    if args.bpf_file:
        return _load_program(args)
    expr = _expression(args)
    if not expr and not args.dump_code:
        return None
    return _compile(expr, dlt, snaplen, args, netmask=netmask(), linux_ext=linux_ext)


def _dump_program(program: Any, level: int, out: IO[str]) -> None:
    out.write(program.listing(min(level, 3)))
    out.flush()


def _make_matcher(program: Any) -> Callable[[Any, int], int]:
    matcher = getattr(program, "matcher", None)
    if matcher is not None:
        return matcher()  # type: ignore[no-any-return]
    run = program.run
    return lambda data, wirelen: run(data, wirelen)


class _Output:
    """Writes matching packets to a savefile or prints them."""

    def __init__(self, args: argparse.Namespace, dlt: int, snaplen: int,
                 out: IO[str]) -> None:
        from .printer import TimestampFormatter
        self.args = args
        self.dlt = dlt
        self.out = out
        self.writer: Any = None
        self._stream: Any = None
        nano = args.precision == "nano"
        if args.write_file:
            from .savefile import PcapWriter
            if args.write_file == "-":
                self._stream = sys.stdout.buffer
                self.writer = PcapWriter(self._stream, linktype=dlt, snaplen=snaplen,
                                         nanosecond=nano)
            else:
                self.writer = PcapWriter(args.write_file, linktype=dlt, snaplen=snaplen,
                                         nanosecond=nano)
        self.ts = TimestampFormatter(min(args.tflag, 5), nano=nano)

    def packet(self, pkt: Any) -> None:
        if self.writer is not None:
            self.writer.write(pkt)
            return
        from . import printer
        a = self.args
        dlt = pkt.linktype if pkt.linktype >= 0 else self.dlt
        line = printer.summary_line(self.ts.format(pkt.ts), dlt, pkt.caplen, pkt.wirelen)
        data = pkt.data
        if a.hexascii or a.hex or a.ascii:
            full = a.hexascii >= 2 or a.hex >= 2
            body = data if full else data[printer.link_header_length(dlt, data):]
            if a.hexascii:
                line += printer.hex_ascii_dump(body)
            elif a.hex:
                line += printer.hex_dump(body)
            else:
                line += printer.ascii_dump(body)
        self.out.write(line + "\n")

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        else:
            self.out.flush()


def _run_offline(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from .capture import open_offline
    from .linktype import dlt_to_description, dlt_to_name

    source: Any = sys.stdin.buffer if args.read_file == "-" else args.read_file
    with open_offline(source) as cap:
        dlt = cap.datalink()
        snaplen = cap.snapshot()
        program = _program(args, dlt, snaplen, lambda: 0)
        output = None if args.dump_code else _Output(args, dlt, snaplen, out)
        err.write(f"reading from file {args.read_file}, link-type {dlt_to_name(dlt)} "
                  f"({dlt_to_description(dlt)}), snapshot length {snaplen}\n")
        err.flush()
        if output is None:
            _dump_program(program, args.dump_code, out)
            return 0
        match = _make_matcher(program) if program is not None else None
        limit = args.count
        n = 0
        try:
            for pkt in cap:
                if match is not None and not match(pkt.data, pkt.wirelen):
                    continue
                output.packet(pkt)
                n += 1
                if limit is not None and n >= limit:
                    break
        finally:
            output.close()
    return 0


def _run_live(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from . import capture

    cap = capture.create(args.interface)
    try:
        if args.snaplen:
            cap.set_snaplen(args.snaplen)
        cap.set_promisc(not args.no_promisc)
        if args.buffer_kib:
            cap.set_buffer_size(args.buffer_kib * 1024)
        if args.immediate:
            cap.set_immediate_mode(True)
        if args.precision:
            cap.set_tstamp_precision(args.precision)
        if args.direction:
            cap.set_direction(args.direction)
        if args.linktype:
            from .linktype import name_to_dlt
            dlt_req = name_to_dlt(args.linktype)
        else:
            dlt_req = None
        cap.activate()
        if dlt_req is not None:
            cap.set_datalink(dlt_req)
        if args.list_dlts:
            from .linktype import dlt_to_description, dlt_to_name
            out.write(f"Data link types for {args.interface} (use option -y to set):\n")
            for d in cap.list_datalinks():
                out.write(f"  {dlt_to_name(d)} ({dlt_to_description(d)})\n")
            return 0
        dlt = cap.datalink()
        snaplen = cap.snapshot()
        def netmask() -> int:
            try:
                from .live.devices import lookupnet
                return lookupnet(args.interface)[1]
            except PcapError:
                return 0

        program = _program(args, dlt, snaplen, netmask, linux_ext=True)
        if args.dump_code:
            _dump_program(program, args.dump_code, out)
            return 0
        if program is not None:
            cap.setfilter(program)
        from .linktype import dlt_to_description, dlt_to_name
        err.write(f"{PROG}: listening on {args.interface}, link-type {dlt_to_name(dlt)} "
                  f"({dlt_to_description(dlt)}), snapshot length {snaplen} bytes\n")
        err.flush()
        limit = args.count
        captured = 0

        def stop(signum: int, frame: Any) -> None:
            cap.breakloop()

        if args.write_file:
            # -w: straight from the ring to the file, one write per ring block
            dest: Any = sys.stdout.buffer if args.write_file == "-" else args.write_file
            old = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
            try:
                captured = cap.dump(dest, -1 if limit is None else limit,
                                    nanosecond=args.precision == "nano")
            finally:
                for s, h in old.items():
                    signal.signal(s, h)
        else:
            output = _Output(args, dlt, snaplen, out)
            old = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
            try:
                def handle(pkt: Any) -> None:
                    nonlocal captured
                    output.packet(pkt)
                    captured += 1
                cap.loop(-1 if limit is None else limit, handle)
            finally:
                for s, h in old.items():
                    signal.signal(s, h)
                output.close()
        st = cap.stats()
        err.write(f"{captured} packet{'s' if captured != 1 else ''} captured\n"
                  f"{st.received} packet{'s' if st.received != 1 else ''} received by filter\n"
                  f"{st.dropped} packet{'s' if st.dropped != 1 else ''} dropped by kernel\n")
        return 0
    finally:
        cap.close()


def _list_devices(out: IO[str]) -> int:
    from .live.devices import findalldevs
    for i, dev in enumerate(findalldevs(), 1):
        desc = f" ({dev.description})" if dev.description else ""
        names = [n for n, on in (("Up", dev.up), ("Running", dev.running),
                                 ("Wireless", dev.wireless), ("Loopback", dev.loopback))
                 if on]
        if dev.running and not dev.loopback and dev.name != "any":
            names.append("Connected")
        out.write(f"{i}.{dev.name}{desc} [{', '.join(names) or 'none'}]\n")
    return 0


def _run(argv: Sequence[str], out: IO[str], err: IO[str]) -> int:
    args = build_parser().parse_args(list(argv))
    if args.help:
        build_parser().print_help(out)
        return 0
    if args.version:
        from . import __version__
        out.write(f"{PROG} version {__version__}\n")
        return 0
    if args.bpf_file and (args.expression or args.filter_file):
        raise OptionError("--bpf-file cannot be combined with a filter expression")
    if args.list_ifaces:
        return _list_devices(out)
    if args.read_file and args.interface:
        raise OptionError("-r and -i cannot be used together")
    if args.read_file:
        return _run_offline(args, out, err)
    if args.interface:
        return _run_live(args, out, err)
    if args.dump_code:
        # Compile without opening any interface: Ethernet unless -y says otherwise.
        from .linktype import name_to_dlt
        dlt = name_to_dlt(args.linktype) if args.linktype else 1
        if args.bpf_file:
            program = _load_program(args)
        else:
            # tcpdump compiles with netmask 0 when it has no interface's netmask
            program = _compile(_expression(args), dlt, args.snaplen or 262144, args,
                               netmask=0)
        _dump_program(program, args.dump_code, out)
        return 0
    if args.list_dlts:
        raise OptionError("-L needs an interface (-i DEV)")
    raise OptionError("nothing to do: give -r FILE, -i DEV, or -d with an expression "
                      "(see --help)")


def _excerpt(expr: str, column: int | None, width: int = 30) -> str:
    """The filter text around ``column`` (all of it when short), quoted."""
    if len(expr) <= 2 * width + 10:
        return repr(expr)
    col = column or 0
    lo, hi = max(0, col - width), min(len(expr), col + width)
    return (("..." if lo else "") + repr(expr[lo:hi]) + ("..." if hi < len(expr) else ""))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``purepcap`` command; returns the exit status."""
    if argv is None:
        argv = sys.argv[1:]
    out, err = sys.stdout, sys.stderr
    try:
        return _run(argv, out, err)
    except _UsageError as exc:
        err.write(f"{PROG}: {exc}\n")
        return 2
    except FilterSyntaxError as exc:
        where = f" at column {exc.column + 1}" if exc.column is not None else ""
        err.write(f"{PROG}: {exc.message}{where} in filter {_excerpt(exc.expr, exc.column)}\n")
        return 1
    except PcapError as exc:
        msg = " ".join(str(exc).split()) or type(exc).__name__
        err.write(f"{PROG}: {msg}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (e.g. `| head`): stop quietly, like tcpdump
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError:
            pass
        return 0
    except OSError as exc:
        err.write(f"{PROG}: {exc.strerror or exc}"
                  f"{': ' + str(exc.filename) if getattr(exc, 'filename', None) else ''}\n")
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
