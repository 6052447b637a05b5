"""Every constant of :mod:`purepcap.bpf.opcodes` against the system's ``<linux/filter.h>``
and ``<linux/bpf_common.h>`` (the builders the other ``test_bpf_*`` modules use are in
``helpers.py``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from purepcap.bpf import opcodes


# -- tests: constants against the system headers ----------------------------------------------
def _header_defines(path: str) -> dict[str, int]:
    values: dict[str, int] = {}
    try:
        text = Path(path).read_text()
    except OSError:
        return values
    for name, value in re.findall(r"#define\s+(\w+)\s+\(?(-?0x[0-9a-fA-F]+|-?\d+)\)?\s*(?:/\*.*)?$", text, re.M):
        values[name] = int(value, 0)
    return values


HEADERS = {**_header_defines("/usr/include/linux/bpf_common.h"), **_header_defines("/usr/include/linux/filter.h")}


@pytest.mark.skipif(not HEADERS, reason="Linux kernel headers not installed")
@pytest.mark.parametrize("name", [n for n in opcodes.__all__
                                  if n.startswith(("BPF_", "SKF_")) and not callable(getattr(opcodes, n))])
def test_constant_matches_linux_header(name: str) -> None:
    if name not in HEADERS:
        pytest.skip(f"{name} is not a plain #define in the installed headers")
    assert getattr(opcodes, name) == HEADERS[name] & 0xFFFFFFFF


def test_ancillary_names_are_the_header_offsets() -> None:
    names = {v: k for k, v in HEADERS.items() if k.startswith("SKF_AD_") and k not in ("SKF_AD_OFF", "SKF_AD_MAX")}
    if not names:
        pytest.skip("Linux kernel headers not installed")
    assert set(opcodes.ANCILLARY_NAMES) == set(names)
