"""One home per constant: opcodes in ``bpf.opcodes``, link types in ``linktype``,
one pcap record encoder in ``savefile.pcap`` (DESIGN.md, "Seams")."""

from __future__ import annotations

import enum
import io
import re
import struct
from pathlib import Path

import pytest

import purepcap
from purepcap import linktype
from purepcap.bpf import opcodes
from purepcap.errors import SavefileError
from purepcap.linktype import LinkType
from purepcap.live.records import encode
from purepcap.packet import Packet
from purepcap.savefile import PcapWriter, encode_records

SRC = Path(purepcap.__file__).resolve().parent

# ``BPF_X = ...`` / ``SKF_AD_X = ...`` / ``BPF_A, BPF_B = ...`` at the start of a line
_DECLARES_OPCODE = re.compile(r"^\s*(?:BPF|SKF)_[A-Z_]+(?:\s*,\s*[A-Z_]+)*\s*=[^=]", re.M)


def _sources() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if ".mypy_cache" not in p.parts)


def test_opcodes_are_declared_only_in_bpf_opcodes() -> None:
    offenders = []
    for path in _sources():
        if path == SRC / "bpf" / "opcodes.py":
            continue
        for m in _DECLARES_OPCODE.finditer(path.read_text()):
            offenders.append(f"{path.relative_to(SRC)}: {m.group(0).strip()}")
    assert not offenders, "re-declared BPF opcodes (import them from purepcap.bpf.opcodes):\n" \
        + "\n".join(offenders)


def test_filter_modules_name_link_types() -> None:
    """The compiler and the file readers compare link types with LinkType members."""
    bare = re.compile(r"\b(?:linktype|dlt|lt|outer)\s*(?:==|!=)\s*\d+\b")
    offenders = []
    for path in _sources():
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith(("filter/", "savefile/", "bpf/")):
            for m in bare.finditer(path.read_text()):
                offenders.append(f"{rel}: {m.group(0)}")
    assert not offenders, offenders


def test_linktype_is_an_int_enum_with_libpcap_names() -> None:
    assert issubclass(LinkType, enum.IntEnum)
    assert (LinkType.EN10MB, LinkType.RAW, LinkType.LINUX_SLL, LinkType.LINUX_SLL2,
            LinkType.IEEE802_11_RADIO, LinkType.NULL) == (1, 12, 113, 276, 127, 0)
    assert LinkType.LINUX_SLL2.description == "Linux cooked v2"
    assert linktype.by_value(113) is LinkType.LINUX_SLL
    assert linktype.by_name("dlt_linux_sll") is LinkType.LINUX_SLL
    assert linktype.by_name("NULL") is LinkType.NULL
    assert linktype.all_linktypes() == list(LinkType)
    assert linktype.name_to_dlt(LinkType.RAW) == 12
    assert linktype.name_to_dlt("RAW") == 12 and type(linktype.name_to_dlt("RAW")) is int
    # an int wherever it is printed
    assert str(LinkType.RAW) == "12" and f"{LinkType.RAW}" == "12"
    assert f"{LinkType.RAW:#x}" == "0xc"
    # file values map to plain ints
    assert type(linktype.linktype_to_dlt(101)) is int


def test_compile_accepts_a_linktype_member() -> None:
    want = purepcap.compile("ip", linktype=12)
    assert purepcap.compile("ip", linktype=LinkType.RAW) == want
    assert purepcap.compile("ip", linktype="RAW") == want


def test_opcode_values() -> None:
    # the optimizer and the code generator derive every instruction from these
    assert opcodes.BPF_LD | opcodes.BPF_H | opcodes.BPF_ABS == 0x28
    assert opcodes.BPF_JMP | opcodes.BPF_JEQ | opcodes.BPF_K == 0x15
    assert opcodes.BPF_RET | opcodes.BPF_A == 0x16
    assert opcodes.BPF_MISC | opcodes.BPF_TXA == 0x87
    assert opcodes.SKF_AD_OFF + opcodes.SKF_AD_RANDOM == 0xFFFFF038


# -- one pcap record encoder ------------------------------------------------------------------

def _packets() -> list[Packet]:
    return [Packet(1_700_000_000_123_456_789, 4, 60, b"abcd"),
            Packet(5, 3, 2, bytearray(b"xyz")),           # wirelen raised to caplen
            Packet(-1_500_000_000, 1, 1, memoryview(b"q"))]  # before 1970: signed seconds


@pytest.mark.parametrize("nano", [True, False])
def test_live_records_encode_is_the_writer_encoding(nano: bool) -> None:
    out = io.BytesIO()
    with PcapWriter(out, LinkType.EN10MB, 65535, nano) as w:
        for p in _packets():
            w.write(p)
    parts: list[bytes] = []
    assert encode(_packets(), nano, parts) == 3
    assert out.getvalue()[24:] == b"".join(parts)
    parts2: list[bytes] = []
    encode_records(_packets(), nano, parts2)
    assert parts2 == parts


def test_record_range_checks_are_the_file_formats() -> None:
    too_late = Packet((1 << 31) * 1_000_000_000, 1, 1, b"x")  # seconds do not fit i32
    with pytest.raises(SavefileError, match="does not fit"):
        encode([too_late], True, [])
    with pytest.raises(SavefileError, match="does not fit"):
        PcapWriter(io.BytesIO()).write(too_late)
    with pytest.raises(SavefileError, match="packet length"):
        encode([Packet(0, 1, 1 << 32, b"x")], True, [])
    # the largest second that fits is written as the signed value
    parts: list[bytes] = []
    encode([Packet(((1 << 31) - 1) * 1_000_000_000, 1, 1, b"x")], True, parts)
    assert struct.unpack("=iiII", parts[0])[0] == (1 << 31) - 1
