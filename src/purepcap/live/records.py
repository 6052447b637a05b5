"""Classic pcap records straight from a capture: the ``-w`` fast path.

Writing a capture file one :class:`~purepcap.Packet` at a time costs a Python
object per packet, a record header packed per packet and a buffered write per
packet.  A ring block already holds everything a pcap record needs: the
``tpacket3_hdr`` carries ``tp_sec``, ``tp_nsec``, ``tp_snaplen`` and
``tp_len`` back to back, which *is* a nanosecond pcap record header in this
host's byte order, and the frame bytes follow at ``tp_mac``.  So the ring
walker (:meth:`purepcap.live.ring.RingV3.take_records`) turns a whole block
into a list of ``bytes`` pieces, and this module joins them and writes them
with one ``write()`` per block.

The destination is a :class:`purepcap.savefile.PcapWriter` (host byte
order, like the ring's records): it writes the file header, and its
``write_records`` takes each joined block.  :func:`encode` turns already
decoded packets into records exactly as ``PcapWriter.write`` would.
"""

from __future__ import annotations

from typing import Iterable

from ..errors import SavefileError
from ..packet import Packet
from ._linux import PCAP_REC

__all__ = ["encode"]

_pack = PCAP_REC.pack


def encode(packets: Iterable[Packet], nanosecond: bool, parts: list) -> int:
    """Append the pcap records of ``packets`` to ``parts``; return how many.

    Same fields as ``PcapWriter.write``: caplen is ``len(data)``, the original
    length is at least caplen, the fraction is nanoseconds or microseconds.
    """
    n = 0
    append = parts.append
    for pkt in packets:
        data = pkt.data
        caplen = len(data)
        wl = pkt.wirelen
        if wl < caplen:
            wl = caplen
        sec, frac = divmod(pkt.ts, 1_000_000_000)
        if not nanosecond:
            frac //= 1000
        try:
            append(_pack(sec, frac, caplen, wl))
        except Exception:  # struct.error: the time stamp does not fit 32 bits
            raise SavefileError(f"time stamp {pkt.ts} does not fit a pcap record") from None
        append(data if type(data) is bytes else bytes(data))
        n += 1
    return n
