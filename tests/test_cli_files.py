"""The command's output files (-w with -C, -G, -W, -z, -Z, --pcapng) next to tcpdump 4.99.3.

tcpdump runs here with ``-Z root`` wherever it rotates files: Debian's build drops
to the user ``tcpdump`` when run as root, and with -C or -G it does so before
creating any file, so it could not write into pytest's root-only directories.
(purepcap has no default user; see ``purepcap.privileges``.)
"""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Iterator

import pytest

from conftest import CORPUS, DATA, have_corpus, needs_root, tcpdump_path, tshark_path
from helpers import tshark_frames
from purepcap.errors import LinkTypeError, SavefileError
from purepcap.packet import Packet
from purepcap.savefile import PcapNgWriter, PcapWriter, open_reader
from purepcap.savefile.rotate import FileLimitReached, OutputFiles, file_name, number_width

ENV = dict(os.environ, TZ="UTC")
TWO_LINKS = DATA / "two-links.pcapng"
T0 = 1_600_000_000 * 10**9


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "purepcap.cli", *args], capture_output=True,
                          text=True, env=ENV, timeout=120, check=False, cwd=cwd)


def tcpdump(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([tcpdump_path(), *args], capture_output=True, text=True, env=ENV,
                          timeout=120, check=False, cwd=cwd)


def one_line_error(res: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert res.returncode == code, res.stderr
    assert "Traceback" not in res.stderr
    lines = [ln for ln in res.stderr.splitlines() if not ln.startswith("reading from file")]
    assert len(lines) == 1 and lines[0].startswith("purepcap: "), res.stderr
    return lines[0][len("purepcap: "):]


def last_error(res: subprocess.CompletedProcess[str], prog: str) -> str:
    return res.stderr.splitlines()[-1][len(prog) + 2:]


def build_pcap(path: Path, n: int, size: int = 1200, step_ns: int = 1_000_000,
               linktype_ext: int = 0) -> Path:
    with PcapWriter(path, 1, 65535, nanosecond=False, linktype_ext=linktype_ext) as w:
        for i in range(n):
            w.write_raw(T0 + i * step_ns, bytes([i % 256]) * size)
    return path


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3.6 MB: four -C 1 files."""
    return build_pcap(tmp_path_factory.mktemp("in") / "big.pcap", 3000)


def files(d: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(d.iterdir()) if p.is_file()}


def packets(path: Path) -> list[tuple[int, bytes]]:
    with open_reader(path) as r:
        return [(p.ts, p.data) for p in r]


# -- names and bytes of -C / -W ------------------------------------------------------------
def test_number_width_is_tcpdumps() -> None:
    assert [number_width(n) for n in (1, 2, 3, 10, 11, 100, 101)] == [0, 1, 1, 1, 2, 2, 3]
    assert file_name("out", 0, 0) == "out"
    assert file_name("out", 1, 0) == "out1"
    assert file_name("out", 7, 2) == "out07"
    assert file_name("x_%Y", 0, 0, when=0) == time.strftime("x_%Y", time.localtime(0))


@pytest.mark.parametrize("ring", [None, 1, 2, 3, 11])
def test_C_and_W_files_match_tcpdump(big: Path, tmp_path: Path, ring: int | None) -> None:
    extra = [] if ring is None else ["-W", str(ring)]
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir()
    theirs.mkdir()
    res = run("-r", str(big), "-w", "out", "-C", "1", *extra, cwd=ours)
    assert res.returncode == 0, res.stderr
    ref = tcpdump("-Z", "root", "-r", str(big), "-w", "out", "-C", "1", *extra, cwd=theirs)
    assert ref.returncode == 0, ref.stderr
    mine, expected = files(ours), files(theirs)
    assert list(mine) == list(expected)
    assert mine == expected
    if ring is None:
        assert list(mine) == ["out", "out1", "out2", "out3"]
    elif ring == 11:
        assert list(mine) == ["out00", "out01", "out02", "out03"]


def test_C_without_W_keeps_every_packet(big: Path, tmp_path: Path) -> None:
    assert run("-r", str(big), "-w", "out", "-C", "1", cwd=tmp_path).returncode == 0
    got = [p for name in ("out", "out1", "out2", "out3") for p in packets(tmp_path / name)]
    assert got == packets(big)
    assert all(1_000_000 < (tmp_path / n).stat().st_size <= 1_000_000 + 1216
               for n in ("out", "out1", "out2"))


def test_C_pcapng_rotates_and_each_file_reads_back(big: Path, tmp_path: Path) -> None:
    assert run("-r", str(big), "-w", "ng", "-C", "1", "--pcapng", cwd=tmp_path).returncode == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["ng", "ng1", "ng2", "ng3"]
    got = [p for n in ("ng", "ng1", "ng2", "ng3") for p in packets(tmp_path / n)]
    assert got == packets(big)


# -- -G ------------------------------------------------------------------------------------
def test_G_offline_rotates_by_the_wall_clock_not_packet_time(tmp_path: Path) -> None:
    # 300 packets one second apart (packet time), read in well under a second: tcpdump
    # checks time(), so both write one file named after the start time
    src = build_pcap(tmp_path / "slow.pcap", 300, size=60, step_ns=10**9)
    for prog in ("ours", "theirs"):
        d = tmp_path / prog
        d.mkdir()
        before = int(time.time())
        if prog == "ours":
            res = run("-r", str(src), "-w", "g_%s", "-G", "5", cwd=d)
        else:
            res = tcpdump("-Z", "root", "-r", str(src), "-w", "g_%s", "-G", "5", cwd=d)
        after = int(time.time())
        assert res.returncode == 0, res.stderr
        (name,) = files(d)
        assert before <= int(name[2:]) <= after
        assert packets(d / name) == packets(src)


class Clock:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def pkt(i: int, linktype: int = 1, interface: int = 0) -> Packet:
    return Packet(T0 + i, 60, 60, bytes([i % 256]) * 60, linktype, interface)


def test_G_names_each_file_by_its_rotation_time_and_W_ends_it(tmp_path: Path) -> None:
    clock = Clock(1_000_000)
    w = OutputFiles(str(tmp_path / "g_%s"), 1, 65535, rotate_seconds=10, max_files=3,
                    clock=clock)
    w.write(pkt(0))
    clock.t += 9.9                      # not yet: 9 whole seconds
    w.write(pkt(1))
    clock.t += 0.2
    w.write(pkt(2))                     # second file
    clock.t += 25
    w.write(pkt(3))                     # third file
    clock.t += 10
    with pytest.raises(FileLimitReached, match="Maximum file limit reached: 3"):
        w.write(pkt(4))                 # the third rotation ends it; pkt 4 is not written
    w.close()
    assert [Path(n).name for n in w.names] == ["g_1000000", "g_1000010", "g_1000035"]
    assert [len(packets(Path(n))) for n in w.names] == [2, 1, 1]


def test_G_with_C_numbers_from_zero_after_each_rotation(tmp_path: Path) -> None:
    clock = Clock(5_000_000)
    w = OutputFiles(str(tmp_path / "h_%s_"), 1, 65535, rotate_seconds=60, file_size=100,
                    max_files=2, clock=clock)
    for i in range(5):
        w.write(pkt(i))     # 24 + 76 = 100, not > 100: two packets a file
    clock.t += 60
    w.write(pkt(9))
    w.close()
    assert [Path(n).name for n in w.names] == [
        "h_5000000_0", "h_5000000_1", "h_5000000_0", "h_5000060_0"]


@needs_root
def test_G_W_live_ends_with_tcpdumps_message(veth, tmp_path: Path) -> None:
    from helpers import udp_frame
    procs = {}
    for prog in ("ours", "theirs"):
        d = tmp_path / prog
        d.mkdir()
        argv = ([sys.executable, "-m", "purepcap.cli"] if prog == "ours"
                else [tcpdump_path(), "-Z", "root"])
        procs[prog] = subprocess.Popen(
            ["ip", "netns", "exec", veth.cap_ns, *argv, "-i", veth.cap_if, "-w", "f_%s",
             "-G", "1", "-W", "2", "udp"], cwd=d, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, env=ENV)
    try:
        for p in procs.values():
            assert p.stderr is not None
            assert "listening on" in p.stderr.readline()
        s = veth.sender()
        try:
            for i in range(40):
                s.send(udp_frame(i))
                time.sleep(0.1)
                if all(p.poll() is not None for p in procs.values()):
                    break
        finally:
            s.close()
        out = {k: p.communicate(timeout=10) for k, p in procs.items()}
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.kill()
                p.wait()
    for prog, p in procs.items():
        assert p.returncode == 0, out[prog]
        assert "Maximum file limit reached: 2" in out[prog][1]
        assert "packets captured" in out[prog][1]
        assert len(files(tmp_path / prog)) == 2


# -- -z ------------------------------------------------------------------------------------
def test_z_runs_on_each_rotated_file_as_tcpdump(big: Path, tmp_path: Path) -> None:
    script = tmp_path / "post.sh"
    # appends its argument to ../log.<directory of the file>
    script.write_text('#!/bin/sh\nd=$(dirname "$1")\necho "$1" >> "$d/../log.$(basename "$d")"\n')
    script.chmod(0o755)
    logs = {}
    for prog in ("ours", "theirs"):
        d = tmp_path / prog
        d.mkdir()
        args = ["-r", str(big), "-w", str(d / "out"), "-C", "1", "-z", str(script)]
        res = run(*args) if prog == "ours" else tcpdump("-Z", "root", *args)
        assert res.returncode == 0, res.stderr
        log = tmp_path / f"log.{prog}"
        deadline = time.time() + 20
        while time.time() < deadline and (not log.exists()
                                           or len(log.read_text().split()) < 3):
            time.sleep(0.05)
        logs[prog] = sorted(Path(x).name for x in log.read_text().split())
    # the last file is not handed to the command, as in tcpdump
    assert logs["ours"] == logs["theirs"] == ["out", "out1", "out2"]


def test_z_command_that_cannot_run_is_reported_and_the_capture_goes_on(big: Path,
                                                                         tmp_path: Path) -> None:
    res = run("-r", str(big), "-w", "out", "-C", "1", "-z", "/no/such/cmd", cwd=tmp_path)
    assert res.returncode == 0
    assert res.stderr.count("compress_savefile: execlp(/no/such/cmd, out") == 3
    assert len(files(tmp_path)) == 4


# -- -Z ------------------------------------------------------------------------------------
@pytest.fixture
def user() -> Iterator[pwd.struct_passwd]:
    if os.geteuid() != 0:
        pytest.skip("needs root (useradd, -Z)")
    name = "pp" + uuid.uuid4().hex[:8]
    subprocess.run(["useradd", "-M", "-s", "/usr/sbin/nologin", name], check=True,
                   capture_output=True)
    try:
        yield pwd.getpwnam(name)
    finally:
        subprocess.run(["userdel", name], check=False, capture_output=True)


def owners(d: Path) -> set[tuple[int, int]]:
    return {(p.stat().st_uid, p.stat().st_gid) for p in d.iterdir()}


@pytest.fixture
def open_tmp() -> Iterator[Path]:
    """A directory every user can reach (pytest's tmp_path sits under a root-only one)."""
    import shutil
    import tempfile
    d = Path(tempfile.mkdtemp(prefix="purepcap-z-", dir="/tmp"))
    d.chmod(0o755)
    try:
        yield d
    finally:
        shutil.rmtree(d, ignore_errors=True)


@pytest.mark.parametrize("rotate", [False, True])
def test_Z_files_belong_to_the_user_as_tcpdumps(big: Path, open_tmp: Path, user,
                                                 rotate: bool) -> None:
    tmp_path = open_tmp
    big_copy = tmp_path / "big.pcap"          # the user must be able to read it too
    big_copy.write_bytes(big.read_bytes())
    big_copy.chmod(0o644)
    big = big_copy
    extra = ["-C", "1"] if rotate else []
    for prog in ("ours", "theirs"):
        d = tmp_path / prog
        d.mkdir()
        # rotation: the files are created after the switch, so the user must be able to
        # write the directory; without it the one file is created first (root-only is fine)
        d.chmod(0o1777 if rotate else 0o700)
        args = ["-Z", user.pw_name, "-r", str(big), "-w", str(d / "out"), *extra]
        res = run(*args) if prog == "ours" else tcpdump(*args)
        assert res.returncode == 0, res.stderr
        assert owners(d) == {(user.pw_uid, user.pw_gid)}
    assert files(tmp_path / "ours") == files(tmp_path / "theirs")


def test_Z_rotation_into_a_root_only_directory_fails_as_tcpdumps(big: Path, tmp_path: Path,
                                                                   user) -> None:
    errs = {}
    for prog in ("ours", "theirs"):
        d = tmp_path / prog
        d.mkdir(mode=0o700)
        args = ["-Z", user.pw_name, "-r", str(big), "-w", str(d / "out"), "-C", "1"]
        res = run(*args) if prog == "ours" else tcpdump(*args)
        errs[prog] = one_line_error(res) if prog == "ours" else last_error(res, "tcpdump")
        assert res.returncode == 1
        assert not list(d.iterdir())
    assert errs["ours"].replace(str(tmp_path / "ours"), "") == \
        errs["theirs"].replace(str(tmp_path / "theirs"), "")


@needs_root
def test_Z_unknown_user_leaves_no_file(big: Path, tmp_path: Path) -> None:
    res = run("-Z", "no-such-user-c2", "-r", str(big), "-w", "out", cwd=tmp_path)
    assert one_line_error(res) == "Couldn't find user 'no-such-user-c2'"
    assert not list(tmp_path.iterdir())          # Debian's tcpdump leaves a 24-byte header


@needs_root
def test_without_Z_files_stay_root_s(big: Path, tmp_path: Path) -> None:
    # Debian's tcpdump would hand the file to its build-time user "tcpdump"; we don't
    assert run("-r", str(big), "-w", "out", cwd=tmp_path).returncode == 0
    assert owners(tmp_path) == {(0, 0)}


# -- --pcapng --------------------------------------------------------------------------------
def test_pcapng_keeps_every_link_type_and_interface(tmp_path: Path) -> None:
    tshark_path()
    out = tmp_path / "out.pcapng"
    res = run("-r", str(TWO_LINKS), "-w", str(out), "--pcapng")
    assert res.returncode == 0, res.stderr
    got, want = tshark_frames(out), tshark_frames(TWO_LINKS)
    assert len(got) == len(want) == 8
    for g, w in zip(got, want):
        assert (g["epoch"], g["data"], g["len"], g["interface_id"], g["interface_name"],
                g["comment"]) == (w["epoch"], w["data"], w["len"], w["interface_id"],
                                  w["interface_name"], w["comment"])
    with open_reader(out) as r:
        pk = list(r)
        assert {(i.linktype, i.tsresol) for i in r.interfaces} == {(1, 10**9), (12, 10**9)}
    assert sorted({p.linktype for p in pk}) == [1, 12]


def test_pcap_output_of_two_link_types_stops_at_the_first_other_one(tmp_path: Path) -> None:
    out = tmp_path / "out.pcap"
    res = run("-r", str(TWO_LINKS), "-w", str(out))
    assert "packet 4 has link type RAW" in one_line_error(res)
    assert len(packets(out)) == 3


def test_pcapng_with_a_filter_and_comments(tmp_path: Path) -> None:
    src = tmp_path / "c.pcapng"
    with PcapNgWriter(src, comment="section") as w:
        w.add_interface(1, 65535, name="eth9", tsresol=6)
        w.add_interface(12, 65535, name="raw9")
        w.write_raw(T0 + 1000, b"\xff" * 14 + b"\x45" + b"\0" * 45, interface=0, comment="c0")
        w.write_raw(T0 + 2345, b"\x45" + b"\0" * 19, interface=1, comment="c1")
    out = tmp_path / "o.pcapng"
    assert run("-r", str(src), "-w", str(out), "--pcapng").returncode == 0
    frames = tshark_frames(out)
    assert [f["comment"] for f in frames] == ["c0", "c1"]
    assert [f["interface_name"] for f in frames] == ["eth9", "raw9"]
    with open_reader(out) as r:
        assert r.comment == "section"


# -- time stamps past 2038 / 2106 ------------------------------------------------------------
def write_2107(path: Path) -> Path:
    with PcapNgWriter(path, 1) as w:
        w.write_raw(4323283200 * 10**9 + 123456789, b"\xff" * 60)
    return path


def test_pcap_refuses_a_time_stamp_it_cannot_hold_and_leaves_no_file(tmp_path: Path) -> None:
    src = write_2107(tmp_path / "t.pcapng")
    out = tmp_path / "x.pcap"
    msg = one_line_error(run("-r", str(src), "-w", str(out)))
    assert "2107-01-01 00:00:00 UTC does not fit a pcap file" in msg and "--pcapng" in msg
    assert not out.exists()


def test_pcapng_holds_a_time_stamp_past_2106(tmp_path: Path) -> None:
    tshark_path()
    src = write_2107(tmp_path / "t.pcapng")
    out = tmp_path / "x.pcapng"
    assert run("-r", str(src), "-w", str(out), "--pcapng").returncode == 0
    assert [f["epoch"] for f in tshark_frames(out)] == ["4323283200.123456789"]


@pytest.mark.skipif(not have_corpus(), reason="needs ../shared/corpus")
def test_corpus_time_2107(tmp_path: Path) -> None:
    src = CORPUS / "tcpdump" / "time_2107.pcapng"
    one_line_error(run("-r", str(src), "-w", str(tmp_path / "x.pcap")))
    assert not (tmp_path / "x.pcap").exists()
    # tcpdump 4.99.3 does not fail: libpcap keeps the low 32 bits of the seconds
    assert run("-r", str(src), "-w", str(tmp_path / "x.ng"), "--pcapng").returncode == 0
    with open_reader(tmp_path / "x.ng") as r:
        assert [p.ts // 10**9 for p in r] == [4323283200]


# -- FCS bits of the link-type field ---------------------------------------------------------
@pytest.mark.parametrize("ext", [0x10000000, 0x34000000, 0xF0000000])
def test_fcs_bits_are_kept_as_tcpdump_keeps_them(tmp_path: Path, ext: int) -> None:
    src = build_pcap(tmp_path / "f.pcap", 5, size=64, linktype_ext=ext)
    assert run("-r", str(src), "-w", str(tmp_path / "ours")).returncode == 0
    ours = (tmp_path / "ours").read_bytes()
    assert int.from_bytes(ours[20:24], "little") == ext | 1
    ref = tcpdump("-Z", "root", "-r", str(src), "-w", str(tmp_path / "theirs"))
    assert ref.returncode == 0, ref.stderr
    assert ours == (tmp_path / "theirs").read_bytes()


@pytest.mark.skipif(not have_corpus(), reason="needs ../shared/corpus")
def test_fcs_bits_of_the_corpus_file(tmp_path: Path) -> None:
    src = CORPUS / "tcpdump" / "gre-heapoverflow-1.pcap"
    assert run("-r", str(src), "-w", str(tmp_path / "o")).returncode == 0
    assert (tmp_path / "o").read_bytes()[20:24] == bytes.fromhex("01000030")


# -- refusals and stubs ---------------------------------------------------------------------
def test_same_file_as_the_input_is_refused(tmp_path: Path) -> None:
    src = build_pcap(tmp_path / "in.pcap", 10, size=60)
    before = src.read_bytes()
    os.link(src, tmp_path / "hard.pcap")
    os.symlink(src, tmp_path / "sym.pcap")
    for name in ("in.pcap", "hard.pcap", "sym.pcap"):
        msg = one_line_error(run("-r", str(src), "-w", str(tmp_path / name)))
        assert "is the file being read" in msg
    with open(src, "rb") as stdin:            # -r - < in.pcap: the same inode, too
        res = subprocess.run([sys.executable, "-m", "purepcap.cli", "-r", "-", "-w", str(src)],
                             stdin=stdin, capture_output=True, text=True, env=ENV, timeout=60)
    msg = one_line_error(res)
    assert "is the file being read" in msg
    assert src.read_bytes() == before


def test_a_rotated_name_that_is_the_input_is_refused(big: Path, tmp_path: Path) -> None:
    os.link(big, tmp_path / "out1")
    before = big.stat().st_size
    msg = one_line_error(run("-r", str(big), "-w", "out", "-C", "1", cwd=tmp_path))
    assert msg == "out1: is the file being read; refusing to overwrite it"
    assert big.stat().st_size == before
    assert (tmp_path / "out").stat().st_size > 1_000_000


def test_directory_and_socket_fail_as_tcpdump(tmp_path: Path) -> None:
    import socket
    src = build_pcap(tmp_path / "in.pcap", 3, size=60)
    (tmp_path / "d").mkdir()
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(tmp_path / "sock"))
    try:
        for name, words in (("d", "d: Is a directory"),
                            ("sock", "sock: No such device or address")):
            assert one_line_error(run("-r", str(src), "-w", name, cwd=tmp_path)) == words
            try:
                ref = tcpdump("-Z", "root", "-r", str(src), "-w", name, cwd=tmp_path)
            except pytest.skip.Exception:
                continue
            assert ref.returncode == 1 and last_error(ref, "tcpdump") == words
    finally:
        s.close()


def test_character_devices_are_written_like_tcpdump(tmp_path: Path) -> None:
    src = build_pcap(tmp_path / "in.pcap", 3, size=60)
    assert run("-r", str(src), "-w", "/dev/null").returncode == 0
    msg = one_line_error(run("-r", str(src), "-w", "/dev/full"))
    assert "No space left on device" in msg


def test_bad_values_are_tcpdumps_errors(tmp_path: Path) -> None:
    src = build_pcap(tmp_path / "in.pcap", 3, size=60)
    for args in (["-C", "0"], ["-C", "1x"], ["-C", "99999999999999"], ["-W", "0"],
                 ["-W", "x"], ["-G", "-1"]):
        msg = one_line_error(run("-r", str(src), "-w", "o", *args, cwd=tmp_path))
        try:
            ref = tcpdump("-r", str(src), "-w", "o", *args, cwd=tmp_path)
        except pytest.skip.Exception:
            continue
        assert ref.returncode == 1 and last_error(ref, "tcpdump") == msg
    assert not (tmp_path / "o").exists()


def test_first_packet_of_another_link_type_leaves_no_stub(tmp_path: Path) -> None:
    src = tmp_path / "raw-first.pcapng"
    with PcapNgWriter(src) as w:
        w.add_interface(1)
        w.add_interface(12)
        w.write_raw(T0, b"\x45" + b"\0" * 19, interface=1)
    one_line_error(run("-r", str(src), "-w", str(tmp_path / "o.pcap")))
    assert not (tmp_path / "o.pcap").exists()


# -- the writer itself ----------------------------------------------------------------------
def test_flush_each_hands_every_packet_to_the_os(tmp_path: Path) -> None:
    out = tmp_path / "u.pcap"
    with OutputFiles(str(out), 1, 65535, flush_each=True) as w:
        w.write(pkt(1))
        assert out.stat().st_size == 24 + 16 + 60
        w.write(pkt(2))
        assert out.stat().st_size == 24 + 2 * 76
    with OutputFiles(str(tmp_path / "b.pcap"), 1, 65535) as w:
        w.write(pkt(1))
        assert (tmp_path / "b.pcap").stat().st_size == 24


def test_writer_refuses_a_packet_of_another_link_type(tmp_path: Path) -> None:
    with OutputFiles(str(tmp_path / "a.pcap"), 1, 65535) as w:
        w.write(pkt(1))
        with pytest.raises(LinkTypeError):
            w.write(pkt(2, linktype=12))
    assert len(packets(tmp_path / "a.pcap")) == 1


@needs_root
def test_a_full_disk_leaves_whole_records_only(tmp_path: Path) -> None:
    mnt = tmp_path / "small"
    mnt.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(mnt)], check=True)
    try:
        w = OutputFiles(str(mnt / "o.pcap"), 1, 65535)
        with pytest.raises(SavefileError, match="No space left on device"):
            for i in range(10_000):
                w.write(Packet(T0 + i, 1000, 1000, bytes([i % 256]) * 1000, 1, 0))
        w.close()
        size = (mnt / "o.pcap").stat().st_size
        assert (size - 24) % 1016 == 0 and size > 24
        assert len(packets(mnt / "o.pcap")) == (size - 24) // 1016
    finally:
        subprocess.run(["umount", str(mnt)], check=False)


def test_capture_dump_takes_the_writer(tmp_path: Path) -> None:
    import purepcap
    with purepcap.open_offline(TWO_LINKS) as cap:
        reader = cap.backend.reader
        with OutputFiles(str(tmp_path / "a.pcapng"), cap.datalink(), cap.snapshot(),
                         pcapng=True, interfaces=lambda: reader.interfaces) as w:
            assert cap.dump(w) == 8
    with open_reader(tmp_path / "a.pcapng") as r:
        got = [(p.ts, p.linktype, p.interface, p.data) for p in r]
    with open_reader(TWO_LINKS) as r:
        assert got == [(p.ts, p.linktype, p.interface, p.data) for p in r]
    with purepcap.open_offline(TWO_LINKS) as cap:
        with OutputFiles(str(tmp_path / "b.pcap"), cap.datalink(), cap.snapshot()) as w:
            with pytest.raises(LinkTypeError, match="packet 4 has link type RAW"):
                cap.dump(w)
            assert cap.next() is not None          # the refused packet is still there


def test_Z_live_capture_goes_on_after_the_switch(veth, user, tmp_path: Path) -> None:
    from helpers import udp_frame
    out = tmp_path / "live.pcap"
    proc = subprocess.Popen(["ip", "netns", "exec", veth.cap_ns, sys.executable, "-m",
                             "purepcap.cli", "-i", veth.cap_if, "-Z", user.pw_name, "-c", "5",
                             "-w", str(out), "udp"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=ENV)
    try:
        assert proc.stderr is not None and "listening on" in proc.stderr.readline()
        s = veth.sender()
        try:
            for i in range(50):
                s.send(udp_frame(i))
                time.sleep(0.02)
                if proc.poll() is not None:
                    break
        finally:
            s.close()
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "5 packets captured" in err
    assert (out.stat().st_uid, out.stat().st_gid) == (user.pw_uid, user.pw_gid)
    assert len(packets(out)) == 5
