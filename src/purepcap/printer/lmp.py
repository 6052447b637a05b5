"""Link Management Protocol (LMP, RFC 4204; OIF UNI 1.0 service discovery):
UDP port 701.

``LMPv1 Config Message, length: 56``; with ``-v`` the header (message type,
flags, length) and one line per object, ``Data Link Object (12), Class-Type:
IPv4 (1) Flags: [non-negotiable], length: 20``, followed by what tcpdump
decodes of it: control channel, node, link and interface ids, message ids,
hello parameters and sequence numbers, TE links, data links with their
subobjects, verification objects, channel status lists, error codes and
service configuration objects.  Objects tcpdump has no decoder for are
printed in hex, and with ``-vv`` every object is.  A bad length prints
tcpdump's note; octets the capture lacks end the text with `` [|lmp]``.

The objects are read to the end of the IP datagram (tcpdump's snapend).  The
record keeps the header and the object headers; the formatter reads the
captured bytes.  The GMPLS value names here are tcpdump's (shared with RSVP).
"""

from __future__ import annotations

import math
import struct
from collections.abc import Callable
from dataclasses import dataclass, field

from ._base import MALFORMED, TRUNCATED, Context, Layer
from ._bytes import AddrReader
from ._items import Short
from ._rtr import bitflags

__all__ = ["LmpRecord", "LmpObject", "decode_lmp", "format_lmp", "SWITCH_CAPS", "ENCODINGS",
           "PAYLOADS", "mbps_text", "single", "float_of"]

TRUNC = " [|lmp]"
_F32 = struct.Struct("!f")
_U32 = struct.Struct("!I")

# --- GMPLS names (RFC 3471 and friends) -------------------------------------------------
SWITCH_CAPS = {1: "Packet-Switch Capable-1", 2: "Packet-Switch Capable-2",
               3: "Packet-Switch Capable-3", 4: "Packet-Switch Capable-4",
               51: "Layer-2 Switch Capable", 100: "Time-Division-Multiplex",
               150: "Lambda-Switch Capable", 200: "Fiber-Switch Capable"}
ENCODINGS = {1: "Packet", 2: "Ethernet V2/DIX", 3: "ANSI/ETSI PDH", 4: "Reserved",
             5: "SDH ITU-T G.707/SONET ANSI T1.105", 6: "Reserved", 7: "Digital Wrapper",
             8: "Lambda (photonic)", 9: "Fiber", 10: "Reserved", 11: "FiberChannel"}
PAYLOADS = dict(enumerate((
    "Unknown", "Reserved", "Reserved", "Reserved", "Reserved", "Asynchronous mapping of E4",
    "Asynchronous mapping of DS3/T3", "Asynchronous mapping of E3",
    "Bit synchronous mapping of E3", "Byte synchronous mapping of E3",
    "Asynchronous mapping of DS2/T2", "Bit synchronous mapping of DS2/T2", "Reserved",
    "Asynchronous mapping of E1", "Byte synchronous mapping of E1",
    "Byte synchronous mapping of 31 * DS0", "Asynchronous mapping of DS1/T1",
    "Bit synchronous mapping of DS1/T1", "Byte synchronous mapping of DS1/T1",
    "VC-11 in VC-12", "Reserved", "Reserved", "DS1 SF Asynchronous", "DS1 ESF Asynchronous",
    "DS3 M23 Asynchronous", "DS3 C-Bit Parity Asynchronous", "VT/LOVC", "STS SPE/HOVC",
    "POS - No Scrambling, 16 bit CRC", "POS - No Scrambling, 32 bit CRC",
    "POS - Scrambling, 16 bit CRC", "POS - Scrambling, 32 bit CRC", "ATM mapping",
    "Ethernet PHY", "SONET/SDH", "Reserved (SONET deprecated)", "Digital Wrapper", "Lambda",
    "ANSI/ETSI PDH", "Reserved", "Link Access Protocol SDH (X.85 and X.86)", "FDDI",
    "DQDB (ETSI ETS 300 216)", "FiberChannel-3 (Services)", "HDLC", "Ethernet V2/DIX (only)",
    "Ethernet 802.3 (only)", "G.709 ODUj", "G.709 OTUk(v)", "CBR/CBRa", "CBRb", "BSOT", "BSNT",
    "IP/PPP (GFP)", "Ethernet MAC (framed GFP)", "Ethernet PHY (transparent GFP)", "ESCON",
    "FICON", "Fiber Channel")))
_CPSA_LINK_TYPES = {5: "SDH ITU-T G.707", 6: "SONET ANSI T1.105"}
_CPSA_SDH = {5: "VC-3", 6: "VC-4", 7: "STM-0", 8: "STM-1", 9: "STM-4", 10: "STM-16",
             11: "STM-64", 12: "STM-256"}
_CPSA_SONET = {5: "STS-1 SPE", 6: "STS-3c SPE", 7: "STS-1", 8: "STM-3", 9: "STM-12",
               10: "STM-48", 11: "STM-192", 12: "STM-768"}


def single(x: float) -> float:
    """``x`` rounded to single precision (beyond its range: infinity, as in C)."""
    if math.isnan(x) or math.isinf(x):
        return x
    try:
        return float(_F32.unpack(_F32.pack(x))[0])
    except OverflowError:
        return math.copysign(math.inf, x)


def float_of(word: int) -> float:
    """The IEEE single whose bits are ``word``."""
    return float(_F32.unpack(_U32.pack(word & 0xFFFFFFFF))[0])


def c_float(f: float, spec: str) -> str:
    """``f`` as C's printf prints it with ``spec`` ("%.3f", "%.10g")."""
    if math.isnan(f):
        return "-nan" if math.copysign(1.0, f) < 0 else "nan"
    if math.isinf(f):
        return "-inf" if f < 0 else "inf"
    return spec % f


def mbps_text(word: int) -> str:
    """A bandwidth in bytes/s (an IEEE single) as ``f*8/1000000`` in single precision."""
    return c_float(single(single(float_of(word) * 8) / 1000000), "%.3f")


# --- LMP -------------------------------------------------------------------------------
_MSG_TYPES = {1: "Config", 2: "Config ACK", 3: "Config NACK", 4: "Hello", 5: "Begin Verify",
              6: "Begin Verify ACK", 7: "Begin Verify NACK", 8: "End Verify",
              9: "End Verify ACK", 10: "Test", 11: "Test Status Success",
              12: "Test Status Failure", 13: "Test Status ACK", 14: "Link Summary",
              15: "Link Summary ACK", 16: "Link Summary NACK", 17: "Channel Status",
              18: "Channel Status ACK", 19: "Channel Status Request",
              20: "Channel Status Response", 50: "Service Config", 51: "Service Config ACK",
              52: "Service Config NACK"}
_HDR_FLAGS = ((0x01, "Control Channel Down"), (0x02, "LMP restart"))
_TE_LINK_FLAGS = ((0x01, "Fault Management Supported"), (0x02, "Link Verification Supported"))
_DATA_LINK_FLAGS = ((0x01, "Data Link Port"), (0x02, "Allocated for user traffic"),
                    (0x04, "Failed link"))
_CHANNEL_STATUS = {1: "Signal Okay", 2: "Signal Degraded", 3: "Signal Fail"}
_VERIFY_FLAGS = ((0x0001, "Verify all links"), (0x0002, "Data link type"))
_VERIFY_ERRORS = ((0x01, "Link Verification Procedure Not supported"),
                  (0x02, "Unwilling to verify"),
                  (0x04, "Unsupported verification transport mechanism"),
                  (0x08, "Link-Id configuration error"), (0x10, "Unknown object c-type"))
_SUMMARY_ERRORS = ((0x01, "Unacceptable non-negotiable LINK-SUMMARY parameters"),
                   (0x02, "Renegotiate LINK-SUMMARY parameters"),
                   (0x04, "Invalid TE-LINK Object"), (0x08, "Invalid DATA-LINK Object"),
                   (0x10, "Unknown TE-LINK Object c-type"),
                   (0x20, "Unknown DATA-LINK Object c-type"))
_SC_SP_FLAGS = ((0x01, "RSVP Supported"), (0x02, "LDP Supported"))
_SC_TP_FLAGS = ((0x01, "Path/VC Overhead Transparency Supported"),
                (0x02, "Line/MS Overhead Transparency Supported"),
                (0x04, "Section/RS Overhead Transparency Supported"))
_SC_CCT_FLAGS = ((0x01, "Contiguous Concatenation Types Supported"),)
_SC_NSA_TP_FLAGS = ((0x01, "Standard SOH/RSOH Transparency Supported"),
                    (0x02, "Standard LOH/MSOH Transparency Supported"))
_SC_TCM_FLAGS = ((0x01, "Transparent Tandem Connection Monitoring Supported"),)
_SC_DIVERSITY_FLAGS = ((0x01, "Node Diversity Supported"), (0x02, "Link Diversity Supported"),
                       (0x04, "SRLG Diversity Supported"))

_OBJECTS = {1: "Control Channel ID", 2: "Node ID", 3: "Link ID", 4: "Interface ID",
            5: "Message ID", 6: "Configuration", 7: "Hello", 8: "Verify Begin",
            9: "Verify Begin ACK", 10: "Verify ID", 11: "TE Link", 12: "Data Link",
            13: "Channel Status", 14: "Channel Status Request", 20: "Error Code",
            51: "Service Config"}
_LOC_RMT = {1: "Local", 2: "Remote"}
_LINK_CTYPES = {1: "IPv4 Local", 2: "IPv4 Remote", 3: "IPv6 Local", 4: "IPv6 Remote",
                5: "Unnumbered Local", 6: "Unnumbered Remote"}
_ADDR_CTYPES = {1: "IPv4", 2: "IPv6", 3: "Unnumbered"}
_CTYPES: dict[int, dict[int, str]] = {
    1: _LOC_RMT, 2: _LOC_RMT, 3: _LINK_CTYPES, 4: _LINK_CTYPES, 5: {1: "1", 2: "2"},
    6: {1: "1"}, 7: {1: "1"}, 8: {1: "1"}, 9: {1: "1"}, 10: {1: "1"}, 11: _ADDR_CTYPES,
    12: _ADDR_CTYPES, 13: _ADDR_CTYPES, 14: _ADDR_CTYPES, 20: {1: "1", 2: "2"},
    51: {1: "1", 2: "2", 3: "3", 4: "4"}}
_SUBOBJECTS = {1: "Interface Switching Type", 2: "Wavelength"}


@dataclass(slots=True)
class LmpObject:
    class_num: int = 0
    ctype: int = 0              # without the negotiable bit
    negotiable: bool = False
    length: int = 0


@dataclass(slots=True)
class LmpRecord(Layer, proto="lmp"):
    length: int = 0
    version: int = -1
    flags: int = 0
    msg_type: int = -1
    lmp_length: int = 0
    objects: list[LmpObject] = field(default_factory=list)
    data: bytes = field(default=b"", repr=False)


def decode_lmp(data: bytes, length: int, ctx: Context) -> LmpRecord:
    rec = LmpRecord(length=length, data=bytes(data))
    d = rec.data
    if len(d) < 8:
        rec.stop = TRUNCATED
        ctx.dump_from_start = True
        return rec
    rec.version = d[0] >> 4
    rec.flags, rec.msg_type = d[2], d[3]
    rec.lmp_length = (d[4] << 8) | d[5]
    if rec.version != 1:
        rec.stop = MALFORMED
        return rec
    tlen = min(rec.lmp_length, length) - 8
    p = 8
    while tlen > 0 and p + 4 <= len(d) and len(rec.objects) < 1000:
        ol = (d[p + 2] << 8) | d[p + 3]
        rec.objects.append(LmpObject(class_num=d[p + 1], ctype=d[p] & 0x7F,
                                     negotiable=bool(d[p] & 0x80), length=ol))
        if ol < 4 or ol % 4 or tlen < ol:
            break
        p += ol
        tlen -= ol
    return rec


def format_lmp(rec: LmpRecord, ctx: Context) -> str:
    out: list[str] = []
    try:
        _format(rec, ctx, out)
    except Exception:          # Short, or anything else: never raise from a formatter
        out.append(TRUNC)
        ctx.dump_from_start = True   # tcpdump leaves the packet where the capture ends
    return "".join(out)


def _format(rec: LmpRecord, ctx: Context, out: list[str]) -> None:
    if rec.version < 0:
        raise Short
    if rec.version != 1:
        out.append(f"LMP version {rec.version} packet not supported")
        return
    if ctx.opts.verbose < 1:
        out.append(f"LMPv1 {_MSG_TYPES.get(rec.msg_type, f'unknown ({rec.msg_type})')} "
                   f"Message, length: {rec.length}")
        return
    tlen = rec.lmp_length
    out.append(f"\n\tLMPv1, msg-type: "
               f"{_MSG_TYPES.get(rec.msg_type, f'unknown, type: {rec.msg_type}')}, "
               f"Flags: [{bitflags(_HDR_FLAGS, rec.flags)}], length: {tlen}")
    if tlen < 8:
        out.append(" (too short)")
        return
    if tlen > rec.length:
        out.append(" (too long)")
        tlen = rec.length
    _Objects(rec.data, ctx, out).run(8, tlen - 8)


def _bad_length(ln: int) -> str:
    """tcpdump's note on an object or subobject length that is not a whole number
    of words (at least one), else ""."""
    if ln < 4:
        return " (too short)"
    return " (not a multiple of 4)" if ln % 4 else ""


class _Objects:
    """The object list, printed from the captured bytes."""

    def __init__(self, d: bytes, ctx: Context, out: list[str]) -> None:
        self.r = AddrReader(d, ctx.opts)
        self.ip, self.ip6 = self.r.ip, self.r.ip6
        self.out = out
        self.vv = ctx.opts.verbose > 1

    def run(self, p: int, tlen: int) -> None:
        r, out = self.r, self.out
        while tlen > 0:
            ct = r.u(p, 1)
            cls = r.u(p + 1, 1)
            olen = r.u(p + 2, 2)
            ctype = ct & 0x7F
            ctname = _CTYPES.get(cls, {}).get(ctype, "Unknown")
            out.append(f"\n\t  {_OBJECTS.get(cls, 'Unknown')} Object ({cls}), Class-Type: "
                       f"{ctname} ({ctype}) Flags: [{'' if ct & 0x80 else 'non-'}negotiable], "
                       f"length: {olen}")
            note = _bad_length(olen)
            if note:
                out.append(note)
                return
            r.need(p, olen)
            hexdump = self.body(cls, ctype, p + 4, olen - 4)
            if self.vv or hexdump:
                out.append(r.unknown(p + 4, "\n\t    ", olen - 4))
            if tlen < olen:
                out.append(f" [remaining objects length {tlen} < {olen}] (invalid)")
                break
            p += olen
            tlen -= olen

    def body(self, cls: int, ct: int, o: int, n: int) -> bool:
        """The object's text; whether tcpdump adds its hex dump."""
        fixed = _FIXED.get(cls)
        if fixed is not None:
            want = fixed[0].get(ct)
            if want is None:
                return True
            # the body is captured (run checked): no read in the text can fail
            self.out.append(fixed[1](self, ct, o) if n == want else " (not correct for object)")
        elif cls == 12:
            return self.data_link(ct, o, n)
        elif cls in (13, 14):
            if ct not in (1, 2, 3):
                return True
            if cls == 13:
                step = 20 if ct == 2 else 8
            else:
                step = 16 if ct == 2 else 4
            for a in range(o, o + n - step + 1, step):
                self.out.append(f"\n\t    Interface ID: {self.ident(ct, a)}")
                if cls == 13:
                    self.channel_status(self.r.u(a + step - 4, 4))
        elif not self.vv:
            self.out.append(self.r.unknown(o, "\n\t    ", n))
        return False

    def ident(self, kind: int, a: int) -> str:
        """An identifier at ``a``: kind 1 an IPv4 address, 2 an IPv6 one, else a number;
        then its first word in hex."""
        u4 = self.r.u(a, 4)
        if kind == 1:
            text = self.ip(a)
        elif kind == 2:
            text = self.ip6(a)
        else:
            text = f"{u4}"
        return f"{text} (0x{u4:08x})"

    def local_remote(self, what: str, ct: int, o: int) -> str:
        """The local and remote ids of a TE or data link (class type 1 IPv4, 2 IPv6,
        else unnumbered)."""
        remote = o + (20 if ct == 2 else 8)
        return (f"\n\t    Local {what}: {self.ident(ct, o + 4)}"
                f"\n\t    Remote {what}: {self.ident(ct, remote)}")

    def channel_status(self, s: int) -> None:
        out = self.out
        out.append(f"\n\t\t    Active: {'Allocated' if s >> 31 else 'Non-allocated'} "
                   f"({s >> 31})")
        out.append(f"\n\t\t    Direction: {'Transmit' if (s >> 30) & 1 else 'Receive'} "
                   f"({(s >> 30) & 1})")
        cs = s & 0x3FFFFFF
        out.append(f"\n\t\t    Channel Status: {_CHANNEL_STATUS.get(cs, 'Unknown')} ({cs})")

    def data_link(self, ct: int, o: int, n: int) -> bool:
        r, out = self.r, self.out
        fixed = {1: 12, 2: 36, 3: 12}.get(ct)
        if fixed is None:
            return True
        if n < fixed:
            out.append(" (not correct for object)")
            return False
        out.append(f"\n\t    Flags: [{bitflags(_DATA_LINK_FLAGS, r.u(o, 1))}]")
        out.append(self.local_remote("Interface ID", ct, o))
        return self.subobjects(o, n - fixed, fixed)

    def subobjects(self, o: int, total: int, offset: int) -> bool:
        r, out = self.r, self.out
        while total > 0:
            a = o + offset
            st = r.u(a, 1)
            sl = r.u(a + 1, 1)
            out.append(f"\n\t    Subobject, Type: {_SUBOBJECTS.get(st, 'Unknown')} ({st}), "
                       f"Length: {sl}")
            note = _bad_length(sl)
            if note:
                out.append(note)
                break
            if total < sl:
                out.append(" (goes past the end of the object)")
                break
            if st == 1:
                v = r.u(a + 2, 1)
                out.append(f"\n\t      Switching Type: {SWITCH_CAPS.get(v, 'Unknown')} ({v})")
                v = r.u(a + 3, 1)
                out.append(f"\n\t      Encoding Type: {ENCODINGS.get(v, 'Unknown')} ({v})")
                out.append(f"\n\t      Min Reservable Bandwidth: {mbps_text(r.u(a + 4, 4))} Mbps")
                out.append(f"\n\t      Max Reservable Bandwidth: {mbps_text(r.u(a + 8, 4))} Mbps")
            elif st == 2:
                out.append(f"\n\t      Wavelength: {r.u(a + 4, 4)}")
            else:
                return True
            total -= sl
            offset += sl
        return False


def _service_config(objs: _Objects, ct: int, o: int) -> str:
    u = objs.r.u
    if ct == 1:
        return (f"\n\t Flags: {bitflags(_SC_SP_FLAGS, u(o, 1))}"
                f"\n\t  UNI Version: {u(o + 1, 1)}")
    if ct == 2:
        lt = u(o, 1)
        out = [f"\n\t Link Type: {_CPSA_LINK_TYPES.get(lt, 'Unknown')} ({lt})"]
        if lt in (5, 6):
            table = _CPSA_SDH if lt == 5 else _CPSA_SONET
            s = u(o + 1, 1)
            out.append(f"\n\t Signal Type: {table.get(s, 'Unknown')} ({s})")
        out.append(f"\n\t Transparency: {bitflags(_SC_TP_FLAGS, u(o + 2, 1))}"
                   f"\n\t Contiguous Concatenation Types: {bitflags(_SC_CCT_FLAGS, u(o + 3, 1))}"
                   f"\n\t Minimum NCC: {u(o + 4, 2)}\n\t Maximum NCC: {u(o + 6, 2)}"
                   f"\n\t Minimum NVC:{u(o + 8, 2)}\n\t Maximum NVC:{u(o + 10, 2)}"
                   f"\n\t    Local Interface ID: {objs.ident(1, o + 12)}")
        return "".join(out)
    if ct == 3:
        return (f"\n\t Transparency Flags: {bitflags(_SC_NSA_TP_FLAGS, u(o, 4))}"
                f"\n\t TCM Monitoring Flags: {bitflags(_SC_TCM_FLAGS, u(o + 7, 1))}")
    return f"\n\t Diversity: Flags: {bitflags(_SC_DIVERSITY_FLAGS, u(o + 3, 1))}"


def _verify_begin(objs: _Objects, ct: int, o: int) -> str:
    u = objs.r.u
    m = u(o + 10, 2)
    cap = " (Payload test messages capable)" if m & 8000 else ""
    return (f"\n\t    Flags: {bitflags(_VERIFY_FLAGS, u(o, 2))}"
            f"\n\t    Verify Interval: {u(o + 2, 2)}"
            f"\n\t    Data links: {u(o + 4, 4)}"
            f"\n\t    Encoding type: {ENCODINGS.get(u(o + 8, 1), 'Unknown')}"
            f"\n\t    Verify Transport Mechanism: {m} (0x{m:x}){cap}"
            f"\n\t    Transmission Rate: {mbps_text(u(o + 12, 4))} Mbps"
            f"\n\t    Wavelength: {u(o + 16, 4)}")


_Text = Callable[[_Objects, int, int], str]
_LINK_ID: _Text = lambda s, ct, o: (  # noqa: E731
    f"\n\t    {'IPv4 ' if ct < 3 else 'IPv6 ' if ct < 5 else ''}Link ID: "
    f"{s.ident((ct + 1) // 2, o)}")
# objects of one fixed size for each class type they have: class -> ({class type: the
# body's size}, its text); a body of another size is "not correct for object"
_FIXED: dict[int, tuple[dict[int, int], _Text]] = {
    1: ({1: 4, 2: 4}, lambda s, ct, o: f"\n\t    Control Channel ID: {s.ident(3, o)}"),
    2: ({1: 4, 2: 4}, lambda s, ct, o: f"\n\t    Node ID: {s.ident(1, o)}"),
    3: ({1: 4, 2: 4, 3: 16, 4: 16, 5: 4, 6: 4}, _LINK_ID),
    4: ({1: 4, 2: 4, 3: 16, 4: 16, 5: 4, 6: 4}, _LINK_ID),
    5: ({1: 4, 2: 4}, lambda s, ct, o: (f"\n\t    {'Message ID' if ct == 1 else 'Message ID Ack'}: "
                                        f"{s.ident(3, o)}")),
    6: ({1: 4}, lambda s, ct, o: f"\n\t    Hello Interval: {s.r.u(o, 2)}"
                                 f"\n\t    Hello Dead Interval: {s.r.u(o + 2, 2)}"),
    7: ({1: 8}, lambda s, ct, o: f"\n\t    Tx Seq: {s.r.u(o, 4)}, Rx Seq: {s.r.u(o + 4, 4)}"),
    8: ({1: 20}, _verify_begin),
    9: ({1: 4}, lambda s, ct, o: f"\n\t    Verify Dead Interval: {s.r.u(o, 2)}"
                                 f"\n\t    Verify Transport Response: {s.r.u(o + 2, 2)}"),
    10: ({1: 4}, lambda s, ct, o: f"\n\t    Verify ID: {s.r.u(o, 4)}"),
    11: ({1: 12, 2: 36, 3: 12}, lambda s, ct, o: (
        f"\n\t    Flags: [{bitflags(_TE_LINK_FLAGS, s.r.u(o, 1))}]"
        + s.local_remote("Link-ID", ct, o))),
    20: ({1: 4, 2: 4}, lambda s, ct, o: (
        f"\n\t    Error Code: "
        f"{bitflags(_VERIFY_ERRORS if ct == 1 else _SUMMARY_ERRORS, s.r.u(o, 4))}")),
    51: ({1: 4, 2: 16, 3: 8, 4: 4}, _service_config),
}
