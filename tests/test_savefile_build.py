"""The pcap / pcapng builders in ``helpers.py`` are what libpcap reads.

The builders are written from the file-format documents, not from
``purepcap.savefile``; these checks against libpcap (the oracle) are why the
other ``test_savefile_*`` files can trust them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import oracle
from helpers import epb, idb, pb, pcap_file, shb, spb, write


# ------------------------------------------------------------ builder self-tests

@pytest.mark.recorded
@pytest.mark.parametrize("order", ["little", "big"])
def test_pcap_builder_is_what_libpcap_reads(tmp_path: Path, order: str) -> None:
    data = pcap_file([(10, 20, b"abcd"), (11, 0, b"x" * 70)], order=order, snaplen=1000,
                     linktype=1)
    o = oracle.read_packets(str(write(tmp_path, data)))
    assert o.error is None
    assert (o.linktype, o.snaplen) == (1, 1000)
    assert [(p.ts, p.data) for p in o.packets] == [(10_000_020_000, b"abcd"),
                                                    (11_000_000_000, b"x" * 70)]


@pytest.mark.recorded
@pytest.mark.parametrize("order", ["little", "big"])
def test_pcapng_builder_is_what_libpcap_reads(tmp_path: Path, order: str) -> None:
    data = (shb(order) + idb(order, 1, 500, [(9, b"\x09")]) + epb(order, 0, 5_000_000_001, b"abc")
            + spb(order, b"hello") + pb(order, 0, 7, b"zz"))
    o = oracle.read_packets(str(write(tmp_path, data)))
    assert o.error is None
    assert (o.linktype, o.snaplen) == (1, 500)
    assert [(p.ts, p.data) for p in o.packets] == [(5_000_000_001, b"abc"), (0, b"hello"),
                                                    (7, b"zz")]
