"""The capture handle over its backend protocol, without privileges.

* re-filtering pending packets on every link type the ring decoder makes
  (the tag it put back is taken out again, wherever it sits);
* a file handle imports nothing from the live layer and opens no eventfd;
* pcapng files with interfaces of several link types: each packet filtered
  with the program compiled for its own link type, once per link type; a
  pcap file is never written with a packet of another link type (API and
  CLI, checked with tshark where installed);
* libpcap's return values (-2 after breakloop) and TypeErrors for wrong types.
"""

from __future__ import annotations

import asyncio
import io
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import purepcap
from conftest import tshark_path
from helpers import udp_frame
from purepcap.errors import CaptureError, LinkTypeError, OptionError, PcapError, SavefileError
from purepcap.savefile import PcapNgWriter, open_reader

DLT_EN10MB, DLT_RAW, DLT_LINUX_SLL, DLT_LINUX_SLL2 = 1, 12, 113, 276


def run_cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "purepcap.cli", *args], capture_output=True,
                          env=dict(os.environ, TZ="UTC"), timeout=120, check=False)


# --- the ring decoder re-filters pending packets on its own view ---------------------------------

def _tagged(seq: int, dport: int, vid: int = 10) -> bytes:
    plain = udp_frame(seq, dport=dport)
    return plain[:12] + struct.pack(">HH", 0x8100, vid) + plain[12:]


def _decoded(dlt: int, frame: bytes) -> purepcap.Packet:
    """What the decoder makes of ``frame`` as the kernel hands it over: tag
    stripped into metadata; on a cooked socket from the network header on."""
    from purepcap.live import _linux as L
    from purepcap.live.ring import Decoder
    cooked = dlt != DLT_EN10MB
    dec = Decoder(dlt, 262144, cooked)
    tpid, tci = struct.unpack_from(">HH", frame, 12)
    untagged = frame[:12] + frame[16:]
    proto = struct.unpack_from(">H", untagged, 12)[0]
    payload = untagged[14:] if cooked else untagged
    status = L.TP_STATUS_VLAN_VALID | L.TP_STATUS_VLAN_TPID_VALID
    pkt = dec.slow(payload, 1_000_000_000, len(payload), status, tci, tpid, proto, 3,
                   L.ARPHRD_ETHER, 1, 6, frame[6:12] + b"\0\0")
    assert pkt is not None and pkt.vlan_tci == tci
    return pkt


@pytest.mark.parametrize("dlt", [DLT_EN10MB, DLT_LINUX_SLL, DLT_LINUX_SLL2])
def test_refilter_takes_the_reinserted_tag_out_on_every_link_type(dlt: int) -> None:
    from purepcap.live import kfilter
    from purepcap.live.ring import Decoder
    frames = [_tagged(i, 5000 if i % 2 == 0 else 6000) for i in range(6)]
    pending = [_decoded(dlt, f) for f in frames]
    before = [bytes(p.data) for p in pending]
    prog = purepcap.compile("udp dst port 5000", linktype=dlt, linux_ext=True)
    dec = Decoder(dlt, 262144, dlt != DLT_EN10MB)
    kept = dec.refilter(pending, kfilter.user_filter(prog))
    assert [struct.unpack_from(">I", p.data, len(p.data) - 18)[0] for p in kept] == [0, 2, 4]
    # kept packets are untouched: tag still in, lengths as delivered
    assert [bytes(p.data) for p in kept] == before[0::2]
    assert all(p.vlan_tci == 10 for p in kept)


def test_refilter_without_a_filter_keeps_everything() -> None:
    from purepcap.live.ring import Decoder
    pending = [_decoded(DLT_LINUX_SLL, _tagged(i, 6000)) for i in range(3)]
    assert Decoder(DLT_LINUX_SLL, 262144, True).refilter(pending, None) == pending


# --- a file handle is a file handle ---------------------------------------------------------------

def _pcap(tmp_path: Path, frames: list[bytes]) -> Path:
    path = tmp_path / "f.pcap"
    w = purepcap.PcapWriter(str(path), DLT_EN10MB)
    for i, f in enumerate(frames):
        w.write_raw(1_700_000_000_000_000_000 + i * 1000, f)
    w.close()
    return path


def test_open_offline_imports_no_live_layer_and_opens_no_eventfd(tmp_path: Path) -> None:
    path = _pcap(tmp_path, [udp_frame(i) for i in range(3)])
    code = (
        "import os, sys\n"
        "def no_eventfd(*a, **k):\n"
        "    raise AssertionError('eventfd opened')\n"
        "os.eventfd = no_eventfd\n"
        "import purepcap\n"
        f"cap = purepcap.open_offline({str(path)!r})\n"
        "cap.setfilter('udp')\n"
        "n = len(list(cap)); cap.breakloop(); cap.close()\n"
        "live = sorted(m for m in sys.modules if m.startswith('purepcap.live'))\n"
        "print(n, live)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["3", "[]"]


def test_offline_eof_and_no_waiting(tmp_path: Path) -> None:
    with purepcap.open_offline(_pcap(tmp_path, [udp_frame(0)])) as cap:
        assert not cap.eof and cap.wait_fds() == ()
        assert cap.next_nowait() is not None
        assert cap.next_nowait() is None and cap.eof


def test_offline_async_read_returns_none_at_the_end(tmp_path: Path) -> None:
    async def main() -> list:
        with purepcap.open_offline(_pcap(tmp_path, [udp_frame(i) for i in range(3)])) as cap:
            got = [await cap.read(), await cap.read()]
            rest = [p async for p in cap.aiter()]
            return got + rest + [await cap.read()]
    res = asyncio.run(main())
    assert len(res) == 4 and res[-1] is None and all(res[:3])


# --- libpcap's return values and argument checks ------------------------------------------------

def test_loop_returns_minus_two_after_breakloop(tmp_path: Path) -> None:
    frames = [udp_frame(i) for i in range(10)]
    with purepcap.open_offline(_pcap(tmp_path, frames)) as cap:
        seen: list = []

        def cb(p: purepcap.Packet) -> None:
            seen.append(p)
            if len(seen) == 2:
                cap.breakloop()
        assert cap.loop(0, cb) == -2
        assert len(seen) == 2
        cap.breakloop()                              # before any packet: -2 from dispatch
        assert cap.dispatch(-1, seen.append) == -2
        assert len(seen) == 2
        seen.clear()
        assert cap.dispatch(-1, cb) == 2             # broken after two packets: the count
        assert cap.loop(0, seen.append) == 6         # to the end of the file: the count
        assert len(seen) == 8


def test_wrong_types_are_type_errors(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="callback must be callable"):
        purepcap.open_offline(_pcap(tmp_path, [udp_frame(0)])).loop(2, None)  # type: ignore[arg-type]
    with purepcap.open_offline(_pcap(tmp_path, [udp_frame(0)])) as cap:
        with pytest.raises(TypeError, match="cnt"):
            cap.dispatch("2", print)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="filter"):
            cap.setfilter(42)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="timeout_ms"):
            cap.read_batch("soon")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="source"):
        purepcap.open_offline(42)
    with pytest.raises(TypeError, match="source"):
        purepcap.open_offline(io.StringIO("text"))
    with pytest.raises(TypeError, match="device"):
        purepcap.create(b"eth0")  # type: ignore[arg-type]
    cap = purepcap.create("lo")
    with pytest.raises(TypeError, match="snaplen"):
        cap.set_snaplen("big")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="direction"):
        cap.set_direction(1)  # type: ignore[arg-type]
    cap.close()


def test_bytes_and_nul_paths(tmp_path: Path) -> None:
    path = _pcap(tmp_path, [udp_frame(0)])
    with purepcap.open_offline(os.fsencode(str(path))) as cap:
        assert cap.next() is not None
    with pytest.raises(SavefileError):
        purepcap.open_offline(str(path) + "\0x")
    with pytest.raises(PcapError):
        purepcap.open_offline(b"/nonexistent/f.pcap")


def test_offline_only_live_operations_fail_clearly(tmp_path: Path) -> None:
    with purepcap.open_offline(_pcap(tmp_path, [udp_frame(0)])) as cap:
        for call in (cap.stats, lambda: cap.fanout(1), lambda: cap.set_direction("in"),
                     lambda: cap.inject(b"x" * 60)):
            with pytest.raises(CaptureError):
                call()
        with pytest.raises(OptionError):
            cap.set_datalink(DLT_RAW)


# --- pcapng with several link types --------------------------------------------------------------

def raw_ip(frame: bytes) -> bytes:
    """The IPv4 packet inside an Ethernet frame (without the padding)."""
    total = struct.unpack_from(">H", frame, 16)[0]
    return frame[14:14 + total]


@pytest.fixture
def two(tmp_path: Path) -> Path:
    """Interface 0 EN10MB, interface 1 RAW, interface 2 LINUX_SLL (no packets):
    packets 1, 2 Ethernet (UDP, then a non-IP frame), 3, 4 raw IP (UDP), 5 Ethernet UDP."""
    path = tmp_path / "two.pcapng"
    w = PcapNgWriter(str(path))
    w.add_interface(DLT_EN10MB)
    w.add_interface(DLT_RAW)
    w.add_interface(DLT_LINUX_SLL)
    non_ip = (b"\xff" * 6 + b"\x02\0\0\0\0\x01" + b"\x88\xb5").ljust(60, b"\0")
    t = 1_700_000_000_000_000_000
    w.write_raw(t, udp_frame(1), interface=0)
    w.write_raw(t + 1000, non_ip, interface=0)
    w.write_raw(t + 2000, raw_ip(udp_frame(3)), interface=1)
    w.write_raw(t + 3000, raw_ip(udp_frame(4, dport=53)), interface=1)
    w.write_raw(t + 4000, udp_frame(5), interface=0)
    w.close()
    return path


def test_each_packet_is_filtered_for_its_own_link_type(two: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import purepcap.filter as F
    calls: list[int] = []
    real = F.compile

    def counting(expr: str, **kw: object) -> object:
        calls.append(kw["linktype"])  # type: ignore[arg-type]
        return real(expr, **kw)  # type: ignore[arg-type]
    monkeypatch.setattr(F, "compile", counting)
    with purepcap.open_offline(two) as cap:
        cap.setfilter("ip")
        got = list(cap)
    assert [(p.linktype, len(p.data)) for p in got] == [
        (DLT_EN10MB, 60), (DLT_RAW, 46), (DLT_RAW, 46), (DLT_EN10MB, 60)]
    # compiled lazily, once per link type that has packets
    assert calls == [DLT_EN10MB, DLT_RAW]
    with purepcap.open_offline(two) as cap:
        cap.setfilter("udp dst port 53")
        assert [p.linktype for p in cap] == [DLT_RAW]


def test_dump_stops_before_a_packet_of_another_link_type(two: Path) -> None:
    buf = io.BytesIO()
    with purepcap.open_offline(two) as cap:
        cap.setfilter("ip")
        with pytest.raises(LinkTypeError, match=r"packet 2 has link type RAW \(Raw IP\) "
                                                r"but .* has EN10MB \(Ethernet\)"):
            cap.dump(buf)
        # nothing was lost: the handle goes on from the packet that did not fit
        assert cap.next().linktype == DLT_RAW  # type: ignore[union-attr]
    buf.seek(0)
    with open_reader(buf) as r:
        assert [p.data for p in r] == [udp_frame(1)]


def test_cli_prints_every_link_type(two: Path) -> None:
    res = run_cli("-r", str(two), "-n", "ip")
    assert res.returncode == 0, res.stderr
    assert len(res.stdout.decode().splitlines()) == 4


def test_cli_write_pcap_stops_with_one_line(two: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pcap"
    res = run_cli("-r", str(two), "-w", str(out), "ip")
    assert res.returncode == 1
    err = res.stderr.decode().splitlines()
    assert err[0].startswith("reading from file")
    assert len(err) == 2 and "Traceback" not in res.stderr.decode()
    assert err[1].startswith(f"purepcap: packet 2 has link type RAW (Raw IP) but {out} "
                             "has EN10MB (Ethernet)")
    with open_reader(str(out)) as r:
        assert r.linktype == DLT_EN10MB
        assert [p.data for p in r] == [udp_frame(1)]
    # same file without the raw-IP packets: complete
    res = run_cli("-r", str(two), "-w", str(out), "ip[4:2] = 1 or ip[4:2] = 5")
    assert res.returncode == 0, res.stderr
    with open_reader(str(out)) as r:
        assert [p.data for p in r] == [udp_frame(1), udp_frame(5)]


def test_tshark_decodes_what_the_cli_wrote(two: Path, tmp_path: Path) -> None:
    tshark = tshark_path()
    out = tmp_path / "out.pcap"
    run_cli("-r", str(two), "-w", str(out), "ip")
    res = subprocess.run([tshark, "-r", str(out), "-T", "fields", "-e", "frame.protocols",
                          "-e", "udp.dstport"], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    (line,) = res.stdout.splitlines()
    protocols, dport = line.split("\t")
    assert protocols.startswith("eth:ethertype:ip:udp") and dport == "9999"
