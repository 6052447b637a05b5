"""The link-type table against libpcap's own name/value/description functions."""

from __future__ import annotations

import ctypes

import pytest

import oracle
from purepcap import linktype
from purepcap.errors import LinkTypeError, PcapError

from conftest import needs_oracle

pytestmark = needs_oracle


def _lib() -> ctypes.CDLL:
    lib = oracle._lib()
    lib.pcap_datalink_val_to_name.restype = ctypes.c_char_p
    lib.pcap_datalink_val_to_description.restype = ctypes.c_char_p
    return lib


def test_every_libpcap_linktype_is_known() -> None:
    lib = _lib()
    seen = 0
    for v in range(0, 1024):
        name = lib.pcap_datalink_val_to_name(v)
        if not name:
            assert v not in {lt.value for lt in linktype.all_linktypes()}
            continue
        seen += 1
        lt = linktype.by_value(v)
        assert lt.name == name.decode()
        assert lt.description == lib.pcap_datalink_val_to_description(v).decode()
        assert linktype.name_to_dlt(lt.name) == oracle.datalink_name_to_val(lt.name)
        assert linktype.name_to_dlt("dlt_" + lt.name.lower()) == v
    assert seen == len(linktype.all_linktypes())


def test_linktype_mapping_of_file_values() -> None:
    # pcap files store LINKTYPE_RAW (101); on Linux that is DLT_RAW (12)
    assert linktype.linktype_to_dlt(101) == 12
    assert linktype.dlt_to_linktype(12) == 101
    assert linktype.linktype_to_dlt(1) == 1
    # FCS bits in the upper nibble are not part of the link type
    assert linktype.linktype_to_dlt(0x10000001) == 1


def test_unknown_names_raise_pcap_errors() -> None:
    with pytest.raises(LinkTypeError):
        linktype.by_name("NO_SUCH_LINK")
    with pytest.raises(PcapError):
        linktype.by_value(65000)
    assert linktype.dlt_to_name(65000) == "DLT65000"
