"""Pseudo-header fix-ups libpcap applies to packets read from files.

Some link-layer pseudo-headers are stored in the byte order of the host that
captured them.  When the file (or pcapng section) was written by a host of the
other byte order, libpcap rewrites those fields into the reading host's order
before handing the packet out (``swap_pseudo_headers``), and for memory-mapped
Linux USB captures it repairs the on-the-wire length of isochronous
completions that older libpcaps computed wrongly.  These functions reproduce
that behaviour (facts from libpcap 1.10.3) so purepcap hands out the same
bytes libpcap does.

Field layouts used here:

* PFLOG (117): ``length`` u8 at 0; uid@44, pid@48, rule_uid@52, rule_pid@56
  (4 bytes each), each swapped only if caplen, len and the header's own
  ``length`` cover it.
* LINUX_SLL (113) / LINUX_SLL2 (276): header of 16 / 20 bytes with the
  big-endian protocol at 14 / 0; for CAN (0x000C) and CAN FD (0x000D) the
  4-byte CAN id right after the header is host-order.
* USB_LINUX (189) / USB_LINUX_MMAPPED (220): 48- / 64-byte header (see
  ``_swap_usb``), then for mmapped isochronous transfers 16-byte descriptors.
* NFLOG (239): 4-byte header (version at 1), then TLVs with host-order
  ``length`` u16 and ``type`` u16, each padded to 4 bytes.
"""

from __future__ import annotations

import struct

from ..linktype import LinkType

__all__ = ["SWAP_DLTS", "swap_pseudo_header", "fixup_usb_mmapped"]


#: Link types whose packets need work when the file's byte order is not ours.
SWAP_DLTS = frozenset({LinkType.PFLOG, LinkType.LINUX_SLL, LinkType.LINUX_SLL2,
                       LinkType.USB_LINUX, LinkType.USB_LINUX_MMAPPED, LinkType.NFLOG})

_URB_ISOCHRONOUS = 0
_URB_COMPLETE = ord("C")
_USB_DIR_IN = 0x80
_USB_MMAPPED_HDR = 64
_USB_ISODESC = 16


def _swap(buf: bytearray, off: int, size: int) -> None:
    buf[off:off + size] = buf[off:off + size][::-1]


def _swap_pflog(buf: bytearray, caplen: int, length: int) -> None:
    if caplen < 1:
        return
    hlen = buf[0]
    for off in (44, 48, 52, 56):
        end = off + 4
        if caplen < end or length < end or hlen < end:
            return
        _swap(buf, off, 4)


def _swap_can(buf: bytearray, hdrlen: int, proto_off: int, caplen: int, length: int) -> None:
    if caplen < hdrlen or length < hdrlen:
        return
    proto = (buf[proto_off] << 8) | buf[proto_off + 1]
    if proto not in (0x000C, 0x000D):
        return
    if caplen < hdrlen + 4 or length < hdrlen + 4:
        return
    _swap(buf, hdrlen, 4)


def _swap_usb(buf: bytearray, caplen: int, mmapped: bool, to_host: str) -> None:
    # offset is the end of the field being swapped
    if caplen < 8:
        return
    _swap(buf, 0, 8)  # id
    if caplen < 14:
        return
    _swap(buf, 12, 2)  # bus_id
    for off, size in ((16, 8), (24, 4), (28, 4), (32, 4), (36, 4)):
        if caplen < off + size:
            return
        _swap(buf, off, size)  # ts_sec, ts_usec, status, urb_len, data_len
    iso = buf[9] == _URB_ISOCHRONOUS
    if iso:
        for off in (40, 44):  # error_count, numdesc
            if caplen < off + 4:
                return
            _swap(buf, off, 4)
    if not mmapped:
        return
    for off in (48, 52, 56, 60):  # interval, start_frame, xfer_flags, ndesc
        if caplen < off + 4:
            return
        _swap(buf, off, 4)
    if iso:
        fmt = "<I" if to_host == "little" else ">I"
        ndesc = struct.unpack_from(fmt, buf, 60)[0]
        off = _USB_MMAPPED_HDR
        for _ in range(ndesc):
            for field in (0, 4, 8):  # status, offset, len
                if caplen < off + field + 4:
                    return
                _swap(buf, off + field, 4)
            off += _USB_ISODESC


def _swap_nflog(buf: bytearray, caplen: int, length: int, to_host: str) -> None:
    if caplen < 4 or length < 4:
        return
    if buf[1] != 0:
        return
    fmt = "<H" if to_host == "little" else ">H"
    p = 4
    caplen -= 4
    length -= 4
    while caplen >= 4:
        _swap(buf, p, 2)
        _swap(buf, p + 2, 2)
        size = struct.unpack_from(fmt, buf, p)[0]
        if size % 4:
            size = (size + 4 - size % 4) & 0xFFFF  # libpcap 1.10.3 uses a 16-bit size
        if size < 4:
            return
        if caplen < size or length < size:
            return
        length -= size
        caplen -= size
        p += size


def swap_pseudo_header(dlt: int, data: bytes, caplen: int, wirelen: int, host: str) -> bytes:
    """Return ``data`` with its pseudo-header converted from the other byte order to ``host``."""
    buf = bytearray(data)
    if dlt == LinkType.PFLOG:
        _swap_pflog(buf, caplen, wirelen)
    elif dlt == LinkType.LINUX_SLL:
        _swap_can(buf, 16, 14, caplen, wirelen)
    elif dlt == LinkType.LINUX_SLL2:
        _swap_can(buf, 20, 0, caplen, wirelen)
    elif dlt == LinkType.USB_LINUX:
        _swap_usb(buf, caplen, False, host)
    elif dlt == LinkType.USB_LINUX_MMAPPED:
        _swap_usb(buf, caplen, True, host)
    elif dlt == LinkType.NFLOG:
        _swap_nflog(buf, caplen, wirelen, host)
    else:
        return data
    return bytes(buf)


def fixup_usb_mmapped(data: bytes, caplen: int, wirelen: int, host: str) -> int:
    """libpcap's length repair for memory-mapped Linux USB isochronous completions.

    Older libpcaps computed the wire length of completion events of incoming
    isochronous transfers from the URB length; libpcap recomputes it from the
    isochronous descriptors (32-bit arithmetic, as in C).  Returns the
    (possibly corrected) wire length.  The header is read in host byte order,
    i.e. after :func:`swap_pseudo_header`.
    """
    if caplen < _USB_MMAPPED_HDR:
        return wirelen
    e = "<" if host == "little" else ">"
    if data[15]:  # data_flag: 0 means "data present"
        return wirelen
    urb_len, = struct.unpack_from(e + "I", data, 32)
    ndesc, = struct.unpack_from(e + "I", data, 60)
    if wirelen != _USB_MMAPPED_HDR + ndesc * _USB_ISODESC + urb_len:
        return wirelen
    if not (data[9] == _URB_ISOCHRONOUS and data[8] == _URB_COMPLETE
            and data[10] & _USB_DIR_IN):
        return wirelen
    bytes_left = caplen - _USB_MMAPPED_HDR
    pre_data = 0
    off = _USB_MMAPPED_HDR
    desc = 0
    while desc < ndesc and bytes_left >= _USB_ISODESC:
        d_off, d_len = struct.unpack_from(e + "II", data, off + 4)
        if d_len:
            end = (d_off + d_len) & 0xFFFFFFFF
            if end > pre_data:
                pre_data = end
        off += _USB_ISODESC
        bytes_left -= _USB_ISODESC
        desc += 1
    pre_len = (_USB_MMAPPED_HDR + ndesc * _USB_ISODESC + pre_data) & 0xFFFFFFFF
    if pre_len >= caplen:
        wirelen = pre_len
    if caplen > wirelen:
        wirelen = caplen
    return wirelen
