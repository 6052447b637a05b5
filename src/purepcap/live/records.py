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

from ..packet import Packet
from ..savefile.pcap import encode_records

__all__ = ["encode"]


def encode(packets: Iterable[Packet], nanosecond: bool, parts: list[bytes]) -> int:
    """Append the pcap records of ``packets`` to ``parts``; return how many.

    The one pcap record encoder is :func:`purepcap.savefile.pcap.encode_records`
    (the records ``PcapWriter.write`` writes, in this host's byte order, like the
    ring's); this name stays for the ring walker and ``Capture.dump``.
    """
    return encode_records(packets, nanosecond, parts)
