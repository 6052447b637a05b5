"""The ``purepcap`` command: tcpdump's command line on top of purepcap.

Supported (tcpdump 4.99.3 meanings): ``-r FILE`` (``-`` for stdin), ``-w FILE``
(``-`` for stdout), ``-c N``, ``-n``, ``-x/-xx/-X/-XX/-A``, ``-t`` .. ``-ttttt``,
``-d/-dd/-ddd``, ``-y DLT``, ``-s SNAPLEN``, ``-O``, ``-F FILE``, ``-i DEV``,
``-p``, ``-B KiB``, ``--immediate-mode``, ``-Q in|out|inout``,
``--time-stamp-precision micro|nano``, ``-D``, ``-L``, ``-l``, ``-U``, ``--print``,
``--count``, ``-V FILE``, ``-j TYPE``, ``-J``, ``-I``, plus ``--bpf-file FILE``:
a BPF program in ``tcpdump -ddd`` text, used instead of an expression.

Output files: ``-C``, ``-G``, ``-W``, ``-z``, ``-Z`` as tcpdump's, plus ``--pcapng``
(every link type, nanoseconds, times past 2038); the writer is
``savefile.rotate.OutputFiles``, ``-Z`` is in ``privileges``.

Devices as tcpdump uses them (no ``-i``: the first of ``-D``; ``-i N``: the
N-th; ``-i any``: LINUX_SLL2) are in ``_cli_devices``, signals (SIGINT,
SIGTERM, SIGHUP, SIGPIPE end a capture; SIGUSR1 prints statistics) in
``_cli_signals``, tcpdump's wording for bad options in ``_cli_options``.

Every error is one line on stderr (``purepcap: ...``) and a non-zero exit:
1, as tcpdump's, for a bad option or value too.
"""

from __future__ import annotations

import argparse
import errno
import os
import signal
import sys
from typing import IO, Any, Callable, Iterator, NoReturn, Sequence

from .errors import FilterSyntaxError, OptionError, PcapError

__all__ = ["main", "build_parser"]

PROG = "purepcap"


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse with getopt's and tcpdump's wording for errors (see _cli_options)."""

    def error(self, message: str) -> NoReturn:  # one line, no usage dump
        from ._cli_options import usage_message
        raise _UsageError(usage_message(message))

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        try:
            return super()._get_value(action, arg_string)  # type: ignore[misc]
        except argparse.ArgumentError:
            self._bad_value(action, arg_string)
            raise

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        try:
            super()._check_value(action, value)  # type: ignore[misc]
        except argparse.ArgumentError:
            self._bad_value(action, value)
            raise

    @staticmethod
    def _bad_value(action: argparse.Action, value: Any) -> None:
        from ._cli_options import value_message
        msg = value_message(action.option_strings, value)
        if msg is not None:
            raise _UsageError(msg) from None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (tcpdump-style short options)."""
    p = _Parser(prog=PROG, add_help=False,
                description="Capture, filter and save packets; tcpdump-compatible options.")
    a = p.add_argument
    a("-h", "--help", action="store_true", help="show this help and exit")
    a("--version", action="store_true", help="print the version and exit")
    a("-A", dest="ascii", action="count", default=0,
      help="print each packet in ASCII (-AA: with the link header)")
    a("-#", "--number", dest="number", action="store_true",
      help="print a packet number at the start of each line")
    a("-B", "--buffer-size", dest="buffer_kib", type=_positive_int, metavar="KiB",
      help="kernel capture buffer size in KiB")
    a("-c", dest="count", type=_positive_int, metavar="COUNT", help="exit after COUNT packets")
    a("-d", dest="dump_code", action="count", default=0,
      help="print the compiled filter program and exit (-dd: as C, -ddd: as decimal)")
    a("-D", "--list-interfaces", dest="list_ifaces", action="store_true",
      help="list the capture devices and exit")
    a("-e", dest="link_header", action="store_true", help="print the link-level header")
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
    a("-q", dest="quiet", action="store_true", help="quick output: less protocol information")
    a("-Q", "--direction", dest="direction", choices=("in", "out", "inout"), type=_direction,
      help="capture only packets received (in), sent (out), or both")
    a("-r", dest="read_file", metavar="FILE", help="read packets from FILE (- for stdin)")
    a("-s", "--snapshot-length", dest="snaplen", type=_snaplen, metavar="SNAPLEN",
      help="capture at most SNAPLEN bytes of each packet")
    a("-t", dest="tflag", action="count", default=0, help="timestamp format (repeat up to 5)")
    a("--time-stamp-precision", dest="precision", choices=("micro", "nano"),
      help="timestamp precision to capture, print and write")
    a("-v", dest="verbose", action="count", default=0,
      help="verbose output (-vv, -vvv: more)")
    a("-S", "--absolute-tcp-sequence-numbers", dest="absolute_seq", action="store_true",
      help="print absolute TCP sequence numbers")
    a("-K", "--dont-verify-checksums", dest="no_checksum", action="store_true",
      help="don't verify IP, TCP or UDP checksums")
    a("-T", dest="packet_type", metavar="TYPE", type=_packet_type,
      help="interpret packets selected by the filter as TYPE (e.g. vxlan)")
    a("--nano", dest="precision", action="store_const", const="nano",
      help="print (and capture) time stamps with nanosecond precision")
    a("--micro", dest="precision", action="store_const", const="micro",
      help="print (and capture) time stamps with microsecond precision")
    a("--json", dest="json", action="store_true",
      help="print each packet as one JSON object (JSON Lines)")
    a("-w", dest="write_file", metavar="FILE", help="write packets to FILE (- for stdout)")
    # -- output files (-C -G -W -z -Z --pcapng): helper C2's block ------------------------
    a("-C", dest="file_size", type=_file_size, metavar="SIZE",
      help="with -w: start a new file when one holds more than SIZE million bytes "
           "(FILE, FILE1, FILE2, ...)")
    a("-G", dest="rotate_seconds", type=_rotate_seconds, default=0, metavar="SECONDS",
      help="with -w: start a new file every SECONDS (FILE is a strftime pattern)")
    a("-W", dest="max_files", type=_max_files, default=0, metavar="COUNT",
      help="with -C: reuse COUNT files (FILE0..); with -G alone: stop after COUNT files")
    a("-z", dest="postrotate", metavar="COMMAND",
      help="with -C or -G: run COMMAND FILE on each file closed by a rotation")
    a("-Z", "--relinquish-privileges", dest="user", metavar="USER",
      help="when root: become USER once the capture is open (files are USER's)")
    a("--pcapng", dest="pcapng", action="store_true",
      help="with -w: write pcapng (every link type, nanoseconds, times past 2038)")
    # -- end of C2's block ---------------------------------------------------------------
    a("-x", dest="hex", action="count", default=0, help="print packets in hex (-xx: with link header)")
    a("-X", dest="hexascii", action="count", default=0,
      help="print packets in hex and ASCII (-XX: with link header)")
    a("-y", "--linktype", dest="linktype", metavar="DLT", help="link-layer type (e.g. EN10MB)")
    # -- buffering, file lists, time stamp types, monitor mode (tcpdump 4.99.3) --------
    from ._cli_devices import tstamp_type_arg
    a("-l", "--line-buffered", dest="line_buffered", action="store_true",
      help="make stdout line buffered")
    a("-U", "--packet-buffered", dest="packet_buffered", action="store_true",
      help="with -w: write each packet to the file as soon as it is saved")
    a("--print", dest="print_packets", action="store_true",
      help="print packets even when writing them with -w")
    a("--count", dest="count_only", action="store_true",
      help="print only the number of packets read (with -r or -V)")
    a("--jobs", dest="jobs", type=_jobs, default=1, metavar="N",
      help="with -r or -V: filter (and print or write) each file in N worker processes; "
           "same output as one (see purepcap.parallel)")
    a("-V", dest="file_list", metavar="FILE",
      help="read the capture files named in FILE, one per line (- for stdin)")
    a("-j", "--time-stamp-type", dest="tstamp_type", type=tstamp_type_arg, metavar="TYPE",
      help="time stamp type to capture with (see -J)")
    a("-J", "--list-time-stamp-types", dest="list_tstamp_types", action="store_true",
      help="list the time stamp types of the interface and exit")
    a("-I", "--monitor-mode", dest="monitor", action="store_true",
      help="capture in monitor mode (802.11)")
    # printer flags tcpdump has and the printer doesn't use yet: accepted, ignored
    # (-f also refuses -r/-V and makes a live filter use the device's netmask)
    a("-b", dest="asdot", action="count", default=0, help="(accepted; not used yet)")
    a("-f", dest="foreign", action="store_true",
      help="print 'foreign' IPv4 addresses numerically (accepted; not used yet)")
    a("-H", dest="h_flag", action="count", default=0, help="(accepted; not used yet)")
    a("-N", dest="no_domain", action="count", default=0, help="(accepted; not used yet)")
    a("-u", dest="undecoded_nfs", action="count", default=0, help="(accepted; not used yet)")
    a("expression", nargs="*", help="filter expression (pcap-filter(7))")
    return p


def _packet_type(text: str) -> str:
    """-T TYPE: one of tcpdump's packet types."""
    from .printer.udp import TCPDUMP_TYPES
    if text not in TCPDUMP_TYPES:
        # tcpdump's wording; raised past argparse so no "argument -T:" prefix is added
        raise _UsageError(f"unknown packet type `{text}'")
    return text


def _jobs(text: str) -> int:
    from .parallel import parse_jobs
    try:
        return parse_jobs(text)
    except ValueError as exc:
        raise _UsageError(str(exc)) from None


def _direction(text: str) -> str:
    from ._cli_options import direction
    return direction(text)


def _positive_int(text: str) -> int:
    """-c and -B: read with C's atoi, as tcpdump does ("5x" is 5); 0 or less is refused."""
    from ._cli_options import atoi
    v = atoi(text)
    if v <= 0:
        raise argparse.ArgumentTypeError(f"invalid number {text!r} (must be positive)")
    return v


MAXIMUM_SNAPLEN = 262144


def _snaplen(text: str) -> int:
    """tcpdump's -s (strtol, base 0, the whole text): 0 means the maximum; more
    than the maximum is refused."""
    from ._cli_options import strtol0
    v = strtol0(text)
    if v is None:
        raise argparse.ArgumentTypeError(f"invalid snaplen {text!r}")
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


def _filter_spec(args: argparse.Namespace) -> Any:
    """What the handle filters with: the --bpf-file program, the expression
    (compiled by the handle, for its link types), or None."""
    if args.bpf_file:
        return _load_program(args)
    return _expression(args) or None


def _set_filter(cap: Any, args: argparse.Namespace, netmask: int) -> None:
    spec = _filter_spec(args)
    if spec is not None:
        cap.setfilter(spec, optimize=not args.no_optimize, netmask=netmask)


# -- output files: -w with -C -G -W -z -Z --pcapng (helper C2's) --------------------------
class _FlagError(PcapError):
    """A bad -C/-G/-W value: tcpdump's words and exit status 1 (argparse would say 2)."""


def _atoi(text: str) -> int:
    """C's atoi, as tcpdump reads -G and -W: the leading decimal number, else 0."""
    import re
    m = re.match(r"\s*([+-]?[0-9]+)", text)
    return int(m.group(1)) if m else 0


def _file_size(text: str) -> int:
    """-C: a positive decimal number of millions of bytes (tcpdump's strtoint64_t checks)."""
    import re
    if not re.fullmatch(r"\s*[+-]?[0-9]+", text) or not 0 < int(text) < 1 << 63:
        raise _FlagError(f"invalid file size {text}")
    if int(text) > ((1 << 63) - 1) // 1000000:
        raise _FlagError(f"file size {text} is too large")
    return int(text) * 1000000


def _rotate_seconds(text: str) -> int:
    v = _atoi(text)
    if v < 0:
        raise _FlagError(f"invalid number of seconds {text}")
    return v


def _max_files(text: str) -> int:
    v = _atoi(text)
    if v <= 0:
        raise _FlagError(f"invalid number of output files {text}")
    return v


def _open_dest(args: argparse.Namespace, cap: Any, dlt: int, snaplen: int,
               err: IO[str]) -> Any:
    """The -w destination (a :class:`~purepcap.savefile.rotate.OutputFiles`), or None
    without -w; opened before anything is printed (errors are one line).

    ``-Z`` takes effect here, as Debian's tcpdump 4.99.3 does it (see
    :mod:`purepcap.privileges`): with rotation privileges go before the first
    file is created, without it the one file is created, given to the user, and
    then they go.  ``cap`` (None: unknown) gives the input's FCS bits, its
    interfaces (pcapng output) and its inode (never overwritten)."""
    from . import privileges
    user = None
    if getattr(args, "user", None) and privileges.is_root():
        user = privileges.lookup(args.user)
    rotating = bool(getattr(args, "file_size", 0) or getattr(args, "rotate_seconds", 0))
    if user is not None and (rotating or not args.write_file):
        privileges.drop(user)
    if not args.write_file:
        return None
    from .savefile import InterfaceInfo
    from .savefile.rotate import OutputFiles
    reader = getattr(getattr(cap, "backend", None), "reader", None) if cap is not None else None
    protect = []
    interfaces: Any
    if reader is not None:
        try:
            st = os.fstat(reader.fileno())
            protect.append((st.st_dev, st.st_ino))
        except (PcapError, OSError):
            pass
        interfaces = lambda: reader.interfaces  # noqa: E731 - the list grows as it reads
        comment, ext, os_name = reader.comment, getattr(reader, "linktype_ext", 0), None
    else:
        expr = None if args.bpf_file else (_expression(args) or None)
        name = getattr(args, "interface", None)
        interfaces = [InterfaceInfo(id=0, linktype=dlt, snaplen=snaplen, name=name,
                                    filter=None if expr is None else b"\0" + expr.encode())]
        un = os.uname()
        comment, ext, os_name = None, 0, f"{un.sysname} {un.release}"
    writer = OutputFiles(args.write_file, dlt, snaplen, nanosecond=args.precision == "nano",
                         linktype_ext=ext, pcapng=bool(getattr(args, "pcapng", False)),
                         interfaces=interfaces, comment=comment, os_name=os_name,
                         file_size=getattr(args, "file_size", None) or 0,
                         rotate_seconds=getattr(args, "rotate_seconds", 0),
                         max_files=getattr(args, "max_files", 0),
                         postrotate=getattr(args, "postrotate", None),
                         flush_each=bool(getattr(args, "packet_buffered", False)),
                         protect=protect, err=err)
    if user is not None and not rotating:
        try:
            writer.chown(user.uid, user.gid)
            privileges.drop(user)
        except PcapError:
            writer.discard_if_empty()
            writer.close()
            raise
    return writer


def _dump_to(cap: Any, writer: Any, limit: int, err: IO[str]) -> int:
    """``cap.dump`` into the -w files; packets written.  The -W limit of -G ends the
    capture as tcpdump's does (its message, exit status 0); a first packet the file
    can't take leaves no header-only file."""
    from .errors import LinkTypeError
    try:
        return int(cap.dump(writer, limit))
    except _file_limit() as exc:
        _limit_reached(exc, cap, err)
        return int(writer.packets) + 1     # tcpdump counts the packet that found it
    except LinkTypeError:
        writer.discard_if_empty()
        raise


class _NotRaised(PcapError):
    """Never raised: what :func:`_file_limit` names when no file rotates."""


def _file_limit() -> type[PcapError]:
    """``savefile.rotate.FileLimitReached`` when that module is in use (only its
    files raise it), else an exception that is never raised: ``except
    _file_limit()`` imports nothing for a command that writes no rotating files."""
    mod = sys.modules.get(f"{__package__}.savefile.rotate")
    return mod.FileLimitReached if mod is not None else _NotRaised  # type: ignore[no-any-return]


def _limit_reached(exc: PcapError, cap: Any, err: IO[str]) -> None:
    err.write(f"{exc}\n")
    if not cap.is_live:
        # tcpdump's info(1) asks a savefile for statistics and says this
        err.write("pcap_stats: Statistics aren't available from savefiles\n")
    err.flush()


class _Output:
    """Writes matching packets to a savefile or prints them (tcpdump's lines, or --json)."""

    def __init__(self, args: argparse.Namespace, dlt: int, snaplen: int,
                 out: IO[str]) -> None:
        from .printer import Options, Printer, TimestampFormatter
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
        a = args
        # -x/-X dump every packet, so tcpdump leaves out its hex of undecoded payloads
        dumps = bool(getattr(a, "hex", 0) or getattr(a, "hexascii", 0))
        self.opts = Options(verbose=getattr(a, "verbose", 0),
                            numeric=getattr(a, "no_resolve", 0),
                            quiet=bool(getattr(a, "quiet", False)),
                            link_header=bool(getattr(a, "link_header", False)),
                            absolute_seq=bool(getattr(a, "absolute_seq", False)),
                            no_checksum=bool(getattr(a, "no_checksum", False)),
                            snaplen=snaplen,
                            forced=getattr(a, "packet_type", None) or "",
                            suppress_default_print=dumps)
        self.printer = Printer(self.opts, dlt)
        self.json = bool(getattr(a, "json", False))
        self.number = bool(getattr(a, "number", False))
        self.count = 0
        # the common case (a line of text per packet, no dump, no -#) is one bound
        # call each for the time stamp and the text; lines are written in batches
        # (tcpdump's stdio buffers a file or pipe fully) unless `batch` is 0
        self._simple = (self.writer is None and not self.json and not self.number
                        and not (getattr(a, "hexascii", 0) or getattr(a, "hex", 0)
                                 or getattr(a, "ascii", 0)))
        self._ts = self.ts.format
        self._text = self.printer.text
        self._lines: list[str] = []
        self.batch = 0

    def flush(self) -> None:
        """Write the lines batched so far and flush the stream."""
        self._write_pending()
        self.out.flush()

    def _write_pending(self) -> None:
        lines = self._lines
        if lines:
            self._lines = []
            self.out.write("".join(lines))

    def rows_handler(self, cap: Any, counter: Any) -> Callable[[bytes, list[int]], None] | None:
        """For ``cap._loop_rows``: prints records where the pcap reader's buffer
        holds them (the printer's fast path, no packet made), or None when
        this output or that file has no such path."""
        fast_rows = self.printer.fast_rows
        reader: Any = getattr(getattr(cap, "_backend", None), "reader", None)
        header = getattr(reader, "record_header", None)
        if not self._simple or self.dlt != 1 or fast_rows is None or header is None:
            return None
        from .packet import Packet
        from .printer import invalid_header
        hdr = header.unpack_from
        fmul = reader.fraction_ns
        skip = reader.record_data
        ts, ts_text, text, dlt = self.ts, self._ts, self._text, self.dlt

        def slow(buf: bytes, o: int) -> str:
            # the packet path's line (tcpdump's text for what the fast path leaves)
            sec, frac, cl, wl = hdr(buf, o)
            pkt = Packet(sec * 1000000000 + frac * fmul, cl, wl, buf[o + skip:o + skip + cl],
                         dlt, 0)
            bad = invalid_header(pkt)
            return (bad if bad else ts_text(pkt.ts) + text(pkt)) + "\n"

        def rows(buf: bytes, offs: list[int]) -> None:
            lines = fast_rows(buf, offs, hdr, fmul, ts, slow, skip)
            self._write_pending()
            self.out.write("".join(lines))
            self.count += len(offs)
            counter.n += len(offs)

        return rows

    def packet(self, pkt: Any) -> None:
        if self._simple and pkt.caplen and pkt.wirelen >= pkt.caplen:
            self.count += 1
            lines = self._lines
            lines.append(self._ts(pkt.ts) + self._text(pkt) + "\n")
            if len(lines) > self.batch:
                self._lines = []
                self.out.write("".join(lines))
            return
        self._write_pending()
        if self.writer is not None:
            self.writer.write(pkt)
            return
        from . import printer
        if self.json:
            self.out.write(self.printer.json(pkt) + "\n")
            return
        a = self.args
        dlt = pkt.linktype if pkt.linktype >= 0 else self.dlt
        self.count += 1
        line = f"{self.count:5d}  " if self.number else ""
        bad = printer.invalid_header(pkt)
        if bad:
            # tcpdump prints only this (no time stamp, no dump) for such a record
            self.out.write(line + bad + "\n")
            return
        line += self.ts.format(pkt.ts) + self.printer.text(pkt)
        data = pkt.data
        if a.hexascii or a.hex or a.ascii:
            full = a.hexascii >= 2 or a.hex >= 2 or (a.ascii >= 2 and not (a.hexascii or a.hex))
            body = data if full else data[self.printer.link_header_length(pkt):]
            if a.hexascii:
                line += printer.hex_ascii_dump(body)
            elif a.hex:
                line += printer.hex_dump(body)
            elif body:
                line += printer.ascii_dump(body)
        self.out.write(line + "\n")

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        else:
            self.flush()


def _capture_files(args: argparse.Namespace) -> Iterator[str]:
    """-r FILE, or the files named in the -V list (one per line; tcpdump strips
    only the newline)."""
    if not args.file_list:
        yield args.read_file
        return
    try:
        f: IO[str] = (sys.stdin if args.file_list == "-"
                      else open(args.file_list, encoding="utf-8", errors="surrogateescape"))
    except OSError as exc:
        raise OptionError(f"Unable to open file: {exc.strerror or exc}") from None
    with f:
        first = True
        for line in f:
            first = False
            yield line[:-1] if line.endswith("\n") else line
        if first:
            raise OptionError(f"Nothing in {args.file_list}")


def _run_offline(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from ._cli_signals import Signals
    counter = _Counter()
    sink: _Sink | None = None
    first_dlt: int | None = None
    try:
        for name in _capture_files(args):
            status, dlt, sink = _read_file(args, name, out, err, counter, sink, first_dlt,
                                           Signals)
            if first_dlt is None:
                first_dlt = dlt
            if status == -2 or args.dump_code:
                break                  # a signal (or -d) ends the list too
    finally:
        if sink is not None:
            sink.close()
    if args.count_only and not args.dump_code:
        out.write(f"{counter.n} packet{'' if counter.n == 1 else 's'}\n")
        out.flush()
    return 0


def _read_file(args: argparse.Namespace, name: str, out: IO[str], err: IO[str],
               counter: _Counter, sink: "_Sink | None", first_dlt: int | None,
               signals: Any) -> tuple[int, int, "_Sink | None"]:
    """Read one capture file: the banner, then print, write or count its packets.
    Returns (loop status, link type, the sink to go on with)."""
    from .capture import open_offline
    from .linktype import dlt_to_description, dlt_to_name

    source: Any = sys.stdin.buffer if name == "-" else name
    with open_offline(source) as cap:
        dlt = cap.datalink()
        snaplen = cap.snapshot()
        if args.dump_code:
            program = _program(args, dlt, snaplen, lambda: 0)
        else:
            # tcpdump compiles with netmask 0 when reading a file; the handle
            # compiles for each link type the file's packets have
            _set_filter(cap, args, 0)
        if first_dlt is not None and dlt != first_dlt and args.write_file:
            raise OptionError(f"{name}: new dlt does not match original")
        simple = (args.write_file and not args.dump_code and not args.file_list
                  and not args.print_packets and not args.count_only)
        # the -w files (and -Z) before the banner, so that an error is one line
        writer = (_open_dest(args, cap, dlt, snaplen, err)
                  if sink is None and not args.dump_code else None)
        dest = writer if simple else None
        err.write(f"reading from file {name}, link-type {dlt_to_name(dlt)} "
                  f"({dlt_to_description(dlt)}), snapshot length {snaplen}\n")
        err.flush()
        if args.dump_code:
            _dump_program(program, args.dump_code, out)
            return 0, dlt, sink
        limit = -1 if args.count is None else args.count    # tcpdump: -c counts per file
        with signals(cap, PROG, err, counter.value, live=False) as sig:
            if dest is not None:
                # a pcap file has one link type: the handle stops before a packet
                # of another one (LinkTypeError: one line, exit status 1)
                try:
                    done = None
                    if getattr(args, "jobs", 1) > 1:   # (else multiprocessing is not imported)
                        from . import parallel
                        done = parallel.dump(args, name, cap, dest, _filter_spec(args), limit)
                    if done is None:
                        _dump_to(cap, dest, limit, err)
                finally:
                    dest.close()
                return 0, dlt, sink
            if sink is None:
                sink = _Sink(args, dlt, snaplen, out, sig, counter, writer=writer)
            sink.sig = sig
            try:
                status = None
                # (a plain pcap file's text prints faster in this process, on the record
                # fast path, than in workers printing packet by packet)
                if getattr(args, "jobs", 1) > 1 and not sink.prints_rows(cap):
                    from . import parallel
                    status = parallel.loop(args, name, cap, sink, _filter_spec(args), limit)
                if status is None:
                    status = sink.loop(cap, limit)
            except _file_limit() as exc:   # -G -W: the last file is closed; stop
                _limit_reached(exc, cap, err)
                status = -2
            if status == -2 and not args.write_file:
                _interrupted_newline(out)
    return status, dlt, sink


def _run_live(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from . import capture
    from ._cli_devices import list_datalinks, tstamp_warning
    from ._cli_signals import Signals, summary
    from .linktype import dlt_to_description, dlt_to_name, name_to_dlt

    cap = capture.create(args.interface)
    try:
        if args.snaplen:
            cap.set_snaplen(args.snaplen)
        cap.set_promisc(not args.no_promisc)
        if (not args.write_file or args.print_packets) and (args.line_buffered or out.isatty()):
            cap.set_timeout(100)     # tcpdump: printing to a terminal (or -l)
        if args.buffer_kib:
            cap.set_buffer_size(args.buffer_kib * 1024)
        if args.tstamp_type is not None:
            warning = tstamp_warning(args.interface, args.tstamp_type)
            if warning:
                err.write(f"{PROG}: WARNING: {warning}\n")
        if args.immediate:
            cap.set_immediate_mode(True)
        if args.precision:
            cap.set_tstamp_precision(args.precision)
        if args.direction:
            cap.set_direction(args.direction)
        if args.list_dlts:
            # like tcpdump, -L lists what the device offers, whatever -y says
            cap.activate()
            return list_datalinks(cap.list_datalinks(), args.interface, err)
        # -y, or LINUX_SLL2 for "any" (tcpdump 4.99.3): chosen before activation so
        # the filter is compiled for it and attached before the socket is bound
        dlt_name = args.linktype or getattr(args, "linktype_chosen", None)
        if dlt_name:
            cap.set_datalink(name_to_dlt(dlt_name))

        def netmask() -> int:
            # tcpdump asks the device's netmask only with -f; otherwise it compiles with 0
            if not getattr(args, "foreign", False):
                return 0
            try:
                from .live.devices import lookupnet
                return lookupnet(args.interface)[1]
            except PcapError:
                return 0

        def chosen() -> None:
            if dlt_name:
                err.write(f"{PROG}: data link type {dlt_to_name(cap.datalink())}\n")
                err.flush()

        if args.dump_code:
            # libpcap compiles for the device: activate to learn its link type
            cap.activate()
            chosen()
            program = _program(args, cap.datalink(), cap.snapshot(), netmask, linux_ext=True)
            _dump_program(program, args.dump_code, out)
            return 0
        _set_filter(cap, args, netmask())
        cap.activate()
        chosen()
        dlt = cap.datalink()
        snaplen = cap.snapshot()
        # the -w files (and -Z: the socket is open), before the banner: errors are one line
        writer = _open_dest(args, cap, dlt, snaplen, err)
        limit = -1 if args.count is None else args.count
        counter = _Counter()
        # tcpdump's handlers are in place before its banner: a signal right after it
        # ends the capture cleanly
        with Signals(cap, PROG, err, counter.value, live=True) as sig:
            # tcpdump: without -v (and without -w) a hint line first, then "listening on"
            # without the program-name prefix
            lead = (f"{PROG}: listening on" if args.verbose or args.write_file else
                    f"{PROG}: verbose output suppressed, use -v[v]... for full protocol "
                    "decode\nlistening on")
            err.write(f"{lead} {args.interface}, link-type {dlt_to_name(dlt)} "
                      f"({dlt_to_description(dlt)}), snapshot length {snaplen} bytes\n")
            err.flush()
            try:
                if writer is not None and not (args.packet_buffered or args.print_packets):
                    # -w: straight from the ring to the file, whole records per write
                    try:
                        counter.n = _dump_to(cap, writer, limit, err)
                    finally:
                        writer.close()
                else:
                    sink = _Sink(args, dlt, snaplen, out, sig, counter, writer=writer)
                    try:
                        sink.loop(cap, limit)
                    except _file_limit() as exc:   # -G -W: tcpdump's message, then stats
                        _limit_reached(exc, cap, err)
                        counter.n += 1
                    finally:
                        sink.close()
            except (BrokenPipeError, PcapError) as exc:
                if not _pipe_closed(exc, sig):
                    raise
                from ._cli_signals import quiet_stdout
                quiet_stdout()
            if sig.stopped is not None and not args.write_file:
                _interrupted_newline(out)
            err.write(summary(counter.n, cap.stats()))
            err.flush()
        return 0
    finally:
        cap.close()


class _Counter:
    """Packets handled so far (tcpdump's ``packets_captured``)."""

    def __init__(self) -> None:
        self.n = 0

    def value(self) -> int:
        return self.n


def _pipe_closed(exc: BaseException, sig: Any) -> bool:
    """True when ``exc`` comes from a reader that went away (SIGPIPE / EPIPE)."""
    return (isinstance(exc, BrokenPipeError) or sig.stopped == signal.SIGPIPE
            or "Broken pipe" in str(exc))


def _interrupted_newline(out: IO[str]) -> None:
    """tcpdump ends printed output with an extra newline when a signal stopped it."""
    try:
        out.write("\n")
        out.flush()
    except (BrokenPipeError, OSError, ValueError):
        pass


class _Sink:
    """What happens to each packet outside ``Capture.dump``: printed (not with
    --count; with -w only with --print), written with -w (-U: flushed per
    packet), counted; a SIGUSR1 that came meanwhile is answered after it."""

    def __init__(self, args: argparse.Namespace, dlt: int, snaplen: int, out: IO[str],
                 sig: Any, counter: _Counter, writer: Any = None) -> None:
        self.args, self.out, self.sig, self.counter = args, out, sig, counter
        self.dlt = dlt
        self.output: Any = None
        if not args.count_only and (not args.write_file or args.print_packets):
            shown = argparse.Namespace(**vars(args))
            shown.write_file = None        # this one prints; self.writer saves
            self.output = _Output(shown, dlt, snaplen, out)
        self.writer: Any = None
        if args.write_file:
            # the -w files (OutputFiles: -C/-G/-W/-z/--pcapng, -U as flush_each)
            self.writer = writer if writer is not None else \
                _open_dest(args, None, dlt, snaplen, sys.stderr)
            sig.flush = self.writer.flush      # SIGUSR2
        self.flush_each = bool(args.packet_buffered)

    def handle(self, pkt: Any) -> None:
        sig = self.sig
        sig.busy += 1
        try:
            if self.writer is not None:
                self.writer.write(pkt)
                if self.flush_each:
                    self.writer.flush()
            if self.output is not None:
                self.output.packet(pkt)
                if self.flush_each:
                    self.output.flush()
            self.counter.n += 1
        finally:
            sig.busy -= 1
        sig.after_packet()

    def _batched(self, cap: Any) -> bool:
        """True when :meth:`loop` prints ``cap``'s packets in batches (a file printed
        only, to a stream that is not line-buffered)."""
        return not (self.output is None or self.writer is not None or self.flush_each
                    or cap.is_live or getattr(self.out, "line_buffering", False))

    def prints_rows(self, cap: Any) -> bool:
        """True when :meth:`loop` prints ``cap``'s records on the printer's record
        fast path (a plain pcap file's text; see ``_Output.rows_handler``)."""
        reader = getattr(getattr(cap, "_backend", None), "reader", None)
        return (self._batched(cap) and self.output is not None
                and bool(getattr(reader, "filters_records", False))
                and self.output.rows_handler(cap, self.counter) is not None)

    def loop(self, cap: Any, limit: int) -> int:
        """One ``loop()`` over ``cap``; its status (-2 after breakloop)."""
        out = self.output
        if out is None or not self._batched(cap):
            return int(cap.loop(limit, self.handle))
        # reading a file to be printed only: no signal waits on a packet being handled
        # (SIGUSR1 is live-only, SIGUSR2 flushes -w files), lines go out in batches
        counter = self.counter
        packet = out.packet

        def handle(pkt: Any) -> None:
            packet(pkt)
            counter.n += 1

        out.batch = 255
        try:
            rows = out.rows_handler(cap, counter)
            if rows is not None:
                return int(cap._loop_rows(limit, rows, handle))
            return int(cap.loop(limit, handle))
        finally:
            out.batch = 0
            out._write_pending()

    def close(self) -> None:
        try:
            if self.output is not None:
                self.output.close()
        finally:
            if self.writer is not None:
                self.writer.close()


def _list_devices(out: IO[str]) -> int:
    from ._cli_devices import list_devices
    return list_devices(out)


def _check_args(args: argparse.Namespace) -> None:
    """tcpdump's checks after option parsing (one line, exit status 1)."""
    if args.tflag > 5:
        raise _UsageError("only -t, -tt, -ttt, -tttt and -ttttt are supported")
    if args.linktype is not None:
        from .linktype import by_name
        try:
            by_name(args.linktype)
        except PcapError:
            raise _UsageError(f"invalid data link type {args.linktype}") from None
    if getattr(args, "foreign", False) and (args.file_list or args.read_file):
        raise _UsageError("-f can not be used with -V or -r")
    if args.file_list and args.read_file:
        raise _UsageError("-V and -r are mutually exclusive.")
    if args.bpf_file and (args.expression or args.filter_file):
        raise OptionError("--bpf-file cannot be combined with a filter expression")


def _compile_dead(args: argparse.Namespace, err: IO[str], out: IO[str]) -> int:
    """-d without -i or -r: tcpdump opens no device; it compiles for -y or, with
    a warning, for Ethernet."""
    from .linktype import name_to_dlt
    if args.linktype:
        dlt = name_to_dlt(args.linktype)
    else:
        dlt = 1
        err.write("Warning: assuming Ethernet\n")
        err.flush()
    if args.bpf_file:
        program = _load_program(args)
    else:
        # tcpdump compiles with netmask 0 when it has no interface's netmask
        program = _compile(_expression(args), dlt, args.snaplen or 262144, args, netmask=0)
    _dump_program(program, args.dump_code, out)
    return 0


def _run(argv: Sequence[str], out: IO[str], err: IO[str]) -> int:
    # getopt permutes: options may follow the expression ("ip -n and udp")
    args = build_parser().parse_intermixed_args(list(argv))
    if args.help:
        build_parser().print_help(out)
        return 0
    if args.version:
        from . import __version__
        out.write(f"{PROG} version {__version__}\n")
        return 0
    _check_args(args)
    if args.list_ifaces:
        return _list_devices(out)
    if args.line_buffered and hasattr(out, "reconfigure"):
        out.reconfigure(line_buffering=True)
    if args.read_file or args.file_list:
        # tcpdump: -r wins over -i (which is then ignored)
        return _run_offline(args, out, err)
    if args.dump_code and not args.interface:
        return _compile_dead(args, err, out)
    from . import _cli_devices as devices
    given = args.interface
    if args.interface is None:
        args.interface = devices.default_device()
    if args.list_tstamp_types:
        # tcpdump lists before activation, for the name as given
        return devices.list_tstamp_types(args.interface, err)
    if args.monitor:
        raise devices.monitor_mode_error(args.interface)
    args.interface = devices.by_number(args.interface)
    if devices.wants_sll2(given, args.linktype):
        args.linktype_chosen = "LINUX_SLL2"
    from .errors import NoSuchDevice
    try:
        return _run_live(args, out, err)
    except NoSuchDevice:
        # libpcap's wording (pcap_statustostr); tcpdump adds it again in parentheses
        raise OptionError(f"{args.interface}: No such device exists") from None


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
    from .bpf import vector
    vector.ONE_BLAS_THREAD = True      # the command's own process (see there)
    try:
        return _run(argv, out, err)
    except _UsageError as exc:
        # tcpdump: a bad option or value is exit status 1
        err.write(f"{PROG}: {exc}\n")
        return 1
    except FilterSyntaxError as exc:
        where = f" at column {exc.column + 1}" if exc.column is not None else ""
        err.write(f"{PROG}: {exc.message}{where} in filter {_excerpt(exc.expr, exc.column)}\n")
        return 1
    except PcapError as exc:
        msg = " ".join(str(exc).split()) or type(exc).__name__
        if msg.endswith(os.strerror(errno.EPIPE)):
            # -w - and the reader went away: tcpdump's SIGPIPE ends it quietly, status 0
            from ._cli_signals import quiet_stdout
            quiet_stdout()
            return 0
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
