"""The Dask adapter (``purepcap.dask``) on a two-process ``LocalCluster``.

Rows must be the kept packets in file order: on the corpus, what ``tcpdump -r F -w
out FILTER`` keeps (read back with purepcap), file after file; on files built here,
what the sequential reader with the same filter keeps.  The cluster is started once
for the module and closed after it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any, Iterator

import pytest

pytest.importorskip("dask.dataframe", reason="needs dask (pip install 'purepcap[dask]')")
pytest.importorskip("distributed", reason="needs dask (pip install 'purepcap[dask]')")

from distributed import Client, LocalCluster  # noqa: E402

import purepcap  # noqa: E402
import purepcap.dask as pdask  # noqa: E402
from conftest import CORPUS, have_corpus, tcpdump_path  # noqa: E402
from helpers import epb, eth, idb, pcap_file, shb, udp_frame  # noqa: E402
from purepcap.errors import FilterError, SavefileError  # noqa: E402
from purepcap.savefile import open_reader  # noqa: E402

#: Ethernet captures of the corpus that tcpdump reads whole (pcap and pcapng)
CORPUS_FILES = [
    "802.1w_rapid_STP.pcap", "EIGRP_subnet_down.pcap", "IGMP_V1.pcap",
    "OSPFv2_Capture_FINAL.pcapng", "PIM-SM_join_prune.pcap", "babel_rfc6126bis.pcap",
    "bfd-raw-auth-md5.pcap", "bgp-bgpsec.pcap", "dhcp-rfc4388.pcap", "erspan-type-ii-3.pcap",
    "nhrp.pcapng", "of13_ericsson.pcapng", "afs.pcap", "arp-oobr.pcap",
]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    cluster = LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                           dashboard_address=None)
    c = Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


def rows(df: Any) -> list[tuple[int, int, int, bytes, int]]:
    pdf = df.compute()
    return list(zip(pdf["ts"], pdf["caplen"], pdf["wirelen"], pdf["data"], pdf["linktype"]))


def packets(path: Path | str, expr: str | None = None) -> list[tuple[int, int, int, bytes, int]]:
    with purepcap.open_offline(str(path)) as cap:
        if expr is not None:
            cap.setfilter(expr)
        return [(p.ts, p.caplen, p.wirelen, bytes(p.data), p.linktype) for p in cap]


def tcpdump_kept(path: Path, expr: str, tmp: Path) -> list[tuple[int, int, int, bytes, int]]:
    out = tmp / (path.name + ".out")
    subprocess.run([tcpdump_path(), "--time-stamp-precision=nano", "-r", str(path),
                    "-w", str(out), expr], check=True, capture_output=True)
    return packets(out)


# -- the corpus against tcpdump ------------------------------------------------------------

@pytest.mark.skipif(not have_corpus(), reason="needs ../shared/corpus (the project's "
                    "reference captures; see README)")
@pytest.mark.parametrize("expr", ["tcp", "udp", "ip6 or arp", "not ip"])
def test_kept_packets_match_tcpdump(client: Client, tmp_path: Path, expr: str) -> None:
    files = [CORPUS / "tcpdump" / name for name in CORPUS_FILES]
    want = []
    for f in files:
        want.extend(tcpdump_kept(f, expr, tmp_path))
    df = pdask.read_pcap([str(f) for f in files], filter=expr, shard_size=3000)
    assert df.npartitions > len(files)
    got = rows(df)
    assert len(got) == len(want)
    assert got == want


# -- files built here ------------------------------------------------------------------------

def rotated(tmp_path: Path, count: int = 6) -> list[Path]:
    """``count`` rotated captures (pcap and pcapng, alternating) of UDP frames."""
    paths = []
    seq = 0
    for k in range(count):
        frames = []
        for i in range(150):
            frames.append(udp_frame(seq, sport=1000 + seq % 7, dport=53 if seq % 3 == 0 else 9999,
                                    src_ip=f"10.0.{k}.{i % 250 + 1}"))
            seq += 1
        if k % 2 == 0:
            data = pcap_file([(1_700_000_000 + k, i, fr) for i, fr in enumerate(frames)],
                             magic=0xA1B23C4D)
            p = tmp_path / f"ring-{k:02d}.pcap"
        else:
            data = shb() + idb(options=[(9, bytes([9]))]) + b"".join(
                epb("little", 0, 1_700_000_000_000_000_000 + k * 10**9 + i, fr)
                for i, fr in enumerate(frames))
            p = tmp_path / f"ring-{k:02d}.pcapng"
        p.write_bytes(data)
        paths.append(p)
    return paths


def test_glob_in_order_with_filter_and_fields(client: Client, tmp_path: Path) -> None:
    paths = rotated(tmp_path)
    want = [r for p in paths for r in packets(p, "udp port 53")]
    df = pdask.read_pcap(str(tmp_path / "ring-*"), filter="udp port 53", shard_size=2000)
    pdf = df.compute()
    assert list(pdf.columns) == list(pdask.COLUMNS)
    assert pdf["data"].dtype == object and pdf["ts"].dtype == "int64"
    assert list(zip(pdf["ts"], pdf["caplen"], pdf["wirelen"], pdf["data"], pdf["linktype"])) == want
    assert set(pdf["proto"]) == {"udp"} and set(pdf["dport"]) == {53}
    assert pdf["src"].iloc[0] == "10.0.0.1" and pdf["dst"].iloc[0] == "10.99.0.2"
    assert pdf["sport"].iloc[0] == 1000


def test_no_filter_and_degraded_fields(client: Client, tmp_path: Path) -> None:
    frames = [udp_frame(1), eth(b"\xff" * 6, b"\x02" * 6, 0x88B5, b"experimental")]
    p = tmp_path / "mixed.pcap"
    p.write_bytes(pcap_file([(1, 0, frames[0]), (2, 0, frames[1])]))
    pdf = pdask.read_pcap(str(p)).compute()
    assert len(pdf) == 2
    assert pdf["sport"].isna().tolist() == [False, True]
    assert pdf["src"].tolist()[1] is None
    assert pdask.fields([]) == (None, None, None, None, None)


def test_to_pcap_round_trip(client: Client, tmp_path: Path) -> None:
    paths = rotated(tmp_path, 3)
    df = pdask.read_pcap([str(p) for p in paths], filter="udp", shard_size=5000)
    out = tmp_path / "out.pcap"
    n = pdask.to_pcap(df, out)
    assert n == 450
    with open_reader(str(out)) as r:
        assert r.format == "pcap"
        back = [(p.ts, p.caplen, p.wirelen, p.data, p.linktype) for p in r]
    assert back == rows(df)


def test_to_pcap_several_link_types_is_pcapng(client: Client, tmp_path: Path) -> None:
    a = tmp_path / "a.pcap"
    a.write_bytes(pcap_file([(1, 0, udp_frame(1))]))
    b = tmp_path / "b.pcap"
    b.write_bytes(pcap_file([(2, 0, b"\x45" + b"\0" * 19)], linktype=101))  # LINKTYPE_RAW
    df = pdask.read_pcap([str(a), str(b)])
    out = tmp_path / "out.pcapng"
    assert pdask.to_pcap(df, out) == 2
    with open_reader(str(out)) as r:
        assert r.format == "pcapng"
        assert [p.linktype for p in r] == list(df["linktype"].compute())


def test_errors_at_call_time(tmp_path: Path) -> None:
    p = tmp_path / "x.pcap"
    p.write_bytes(pcap_file([(1, 0, udp_frame(1))]))
    with pytest.raises(FilterError):
        pdask.read_pcap(str(p), filter="tcp port")
    with pytest.raises(SavefileError):
        pdask.read_pcap(str(tmp_path / "nothing-*.pcap"))
    with pytest.raises(SavefileError):
        pdask.read_pcap(str(tmp_path / "missing.pcap"))
    with pytest.raises(TypeError):
        pdask.read_pcap(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pdask.read_pcap(str(p), shard_size="big")
    with pytest.raises(TypeError):
        pdask.to_pcap([1, 2], tmp_path / "o.pcap")
