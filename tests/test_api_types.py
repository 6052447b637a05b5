"""The public boundary's types: what a type checker sees, what a wrong type raises.

A wrong type raises :class:`purepcap.ArgumentTypeError`, which is a ``TypeError``
(and a ``PcapError``) whose message names the parameter and what it accepts.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import purepcap
from purepcap import ArgumentTypeError, BPFError, LinkTypeError, OptionError, PcapError
from purepcap.bpf import Program, parse_text
from purepcap.packet import Packet
from purepcap.savefile import PcapNgWriter, PcapWriter

SRC = Path(purepcap.__file__).resolve().parents[1]


def _raises(fn: object, *words: str) -> None:
    with pytest.raises(TypeError) as info:
        fn()  # type: ignore[operator]
    assert isinstance(info.value, ArgumentTypeError)
    assert isinstance(info.value, PcapError)
    for w in words:
        assert w in str(info.value), (w, str(info.value))


# -- compile ----------------------------------------------------------------------------------

def test_compile_expr_must_be_str() -> None:
    _raises(lambda: purepcap.compile(b"ip"), "expr", "str", "bytes")  # type: ignore[arg-type]
    _raises(lambda: purepcap.compile(None), "expr")  # type: ignore[arg-type]


def test_compile_linktype_type() -> None:
    _raises(lambda: purepcap.compile("ip", linktype=1.0), "linktype", "float")  # type: ignore[arg-type]
    _raises(lambda: purepcap.compile("ip", linktype=None), "linktype")  # type: ignore[arg-type]
    _raises(lambda: purepcap.compile("ip", linktype=True), "linktype", "bool")
    with pytest.raises(LinkTypeError):
        purepcap.compile("ip", linktype="NO_SUCH_LINK")


def test_compile_other_arguments() -> None:
    _raises(lambda: purepcap.compile("ip", snaplen="100"), "snaplen")  # type: ignore[arg-type]
    _raises(lambda: purepcap.compile("ip", netmask=1.5), "netmask")  # type: ignore[arg-type]


# -- Program ----------------------------------------------------------------------------------

@pytest.mark.parametrize("bad", ["ret #0", b"\x06\x00", 5, None, [(6, 0)], [None],
                                 [("a", 0, 0, 0)], [(6, 0, 0, 1.5)]])
def test_program_insns_types(bad: object) -> None:
    _raises(lambda: Program(bad), "Program()")  # type: ignore[arg-type]


def test_program_values_out_of_range_are_bpf_errors() -> None:
    with pytest.raises(BPFError) as info:
        Program([(0x10000, 0, 0, 0)], validate=False)
    assert not isinstance(info.value, TypeError)


def test_program_run_types() -> None:
    p = purepcap.compile("ip")
    _raises(lambda: p.run("str"), "data", "bytes")  # type: ignore[arg-type]
    _raises(lambda: p.run(12), "data")  # type: ignore[arg-type]
    _raises(lambda: p.run(b"", wirelen="3"), "wirelen")  # type: ignore[arg-type]
    _raises(lambda: p.run(b"", meta={}), "meta")  # type: ignore[arg-type]
    with pytest.raises(OptionError):
        p.run(b"", -1)
    _raises(lambda: Program.from_bytes("abc"), "data")  # type: ignore[arg-type]
    _raises(lambda: parse_text(b"1\n6 0 0 0\n"), "text")  # type: ignore[arg-type]


# -- writers ----------------------------------------------------------------------------------

def test_writer_dest_type() -> None:
    _raises(lambda: PcapWriter(dest=123), "PcapWriter()", "dest", "int")  # type: ignore[arg-type]
    _raises(lambda: PcapNgWriter(123), "PcapNgWriter()", "dest")  # type: ignore[arg-type]


def test_writer_linktype_names_and_types() -> None:
    out = io.BytesIO()
    PcapWriter(out, linktype="RAW").close()
    assert int.from_bytes(out.getvalue()[20:24], sys.byteorder) == 101  # LINKTYPE_RAW
    _raises(lambda: PcapWriter(io.BytesIO(), linktype=[1]), "linktype")  # type: ignore[arg-type]
    w = PcapNgWriter(io.BytesIO())
    assert w.add_interface("EN10MB") == 0
    _raises(lambda: w.add_interface(1.5), "linktype")  # type: ignore[arg-type]


def test_writer_write_takes_a_packet() -> None:
    w = PcapWriter(io.BytesIO())
    _raises(lambda: w.write(b".."), "PcapWriter.write()", "Packet", "write_raw")  # type: ignore[arg-type]
    _raises(lambda: w.write((0, b"..")), "Packet")  # type: ignore[arg-type]
    _raises(lambda: w.write_raw(0, "text"), "data")  # type: ignore[arg-type]
    _raises(lambda: w.write_raw(0.5, b"x"), "time stamp")  # type: ignore[arg-type]
    w.write(Packet(0, 2, 2, b".."))
    ng = PcapNgWriter(io.BytesIO())
    _raises(lambda: ng.write(b".."), "PcapNgWriter.write()", "Packet")  # type: ignore[arg-type]
    _raises(lambda: ng.write_raw(0, "x"), "data")  # type: ignore[arg-type]


# -- what a type checker sees -----------------------------------------------------------------

def test_every_public_name_resolves_lazily() -> None:
    code = ("import sys, purepcap; "
            "assert not any(m in sys.modules for m in ('purepcap.filter', 'purepcap.capture', "
            "'purepcap.linktype')), sorted(sys.modules); "
            "[getattr(purepcap, n) for n in purepcap.__all__]; "
            "assert set(purepcap.__all__) <= set(dir(purepcap))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert proc.returncode == 0, proc.stderr


_USER_SCRIPT = '''
from __future__ import annotations

import io

import purepcap
from purepcap import LinkType


def main(path: str) -> int:
    program: purepcap.Program = purepcap.compile("tcp port 80", linktype=LinkType.EN10MB)
    verdict: int = program.run(b"\\x00" * 60)
    with purepcap.PcapWriter(io.BytesIO(), linktype=LinkType.RAW) as writer:
        writer.write_raw(0, b"E")
    handle = purepcap.open_offline(path)
    handle.setfilter("ip")
    for packet in handle:
        writer2 = purepcap.PcapWriter(io.BytesIO(), linktype=packet.linktype)
        writer2.write(packet)
        layers = purepcap.dissect(packet.data, packet.linktype)
        print(len(layers))
    try:
        purepcap.compile("ip and")
    except purepcap.FilterSyntaxError as exc:
        print(exc.column)
    except purepcap.ArgumentTypeError:
        pass
    return verdict + len(program.insns)
'''


def test_user_script_passes_mypy_strict(tmp_path: Path) -> None:
    pytest.importorskip("mypy", reason="mypy not installed")
    if shutil.which(sys.executable) is None:  # pragma: no cover
        pytest.skip("no Python executable")
    script = tmp_path / "user_script.py"
    script.write_text(textwrap.dedent(_USER_SCRIPT))
    env_path = str(SRC)
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental",
         "--cache-dir", str(tmp_path / "cache"), str(script)],
        capture_output=True, text=True, cwd=tmp_path,
        env={"MYPYPATH": env_path, "PATH": "/usr/bin:/bin"}, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _readme_python_blocks() -> list[str]:
    text = (SRC.parent / "README.md").read_text(encoding="utf-8")
    blocks, inside, cur = [], False, []  # type: ignore[var-annotated]
    for line in text.splitlines():
        if line.strip() == "```python":
            inside, cur = True, []
        elif inside and line.strip() == "```":
            inside = False
            blocks.append("\n".join(cur) + "\n")
        elif inside:
            cur.append(line)
    return blocks


def test_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    """Every ```python block of README.md, as a user would paste it, passes mypy --strict
    against the package (third-party modules the Dask example imports may be absent)."""
    blocks = _readme_python_blocks()
    assert len(blocks) >= 3
    files = []
    for i, block in enumerate(blocks):
        f = tmp_path / f"readme_example_{i}.py"
        f.write_text(block)
        files.append(str(f))
    cfg = tmp_path / "mypy.ini"
    cfg.write_text("".join(f"[mypy-{m}.*]\nignore_missing_imports = True\nfollow_imports = skip\n"
                           for m in ("distributed", "dask", "pandas")))
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file",
         str(cfg), "--cache-dir", str(tmp_path / "cache"), *files],
        capture_output=True, text=True, cwd=tmp_path,
        env={"MYPYPATH": str(SRC), "PATH": "/usr/bin:/bin"}, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_package_passes_mypy(tmp_path: Path) -> None:
    """The package type-checks in mypy's default mode with no errors (CI runs this)."""
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", str(tmp_path / "c"),
         "--config-file", str(SRC.parent / "pyproject.toml"), str(SRC / "purepcap")],
        capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
