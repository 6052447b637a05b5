"""Name lookups for filter expressions (purepcap.filter.names)."""

from __future__ import annotations

from pathlib import Path

import pytest

import oracle
from purepcap.errors import FilterError
from purepcap.filter import NullResolver, Resolver, compile_insns
from purepcap.filter.names import inet_network

from conftest import needs_oracle


@pytest.fixture
def etc(tmp_path: Path) -> Path:
    (tmp_path / "hosts").write_text(
        "127.0.0.1 localhost\n"
        "10.1.2.3  alpha alpha.example  # comment\n"
        "fe80::1   alpha\n"
        "# 10.9.9.9 commented\n")
    (tmp_path / "networks").write_text("loopback 127\nlink-local 169.254.0.0\nten 10.0 tenet\n")
    (tmp_path / "services").write_text(
        "ssh 22/tcp\nssh 22/udp\ndomain 53/tcp\ndomain 53/udp nameserver\n"
        "onlytcp 700/tcp\nonlyudp 701/udp\nsplit 800/tcp\nsplit 801/udp\n")
    (tmp_path / "protocols").write_text("ip 0 IP\ntcp 6 TCP\nudp 17 UDP # user datagram\n")
    (tmp_path / "ethers").write_text("0:1:2:3:4:5 gw\naa:bb:cc:dd:ee:ff  printer\n")
    return tmp_path


def test_files_are_read_like_the_c_library(etc: Path) -> None:
    r = Resolver(str(etc), use_system=False)
    assert r.host("alpha") == [bytes([10, 1, 2, 3]), bytes.fromhex("fe80" + "00" * 13 + "01")]
    assert r.host("alpha.example") == [bytes([10, 1, 2, 3])]
    assert r.host("nosuch") == []
    assert r.network("loopback") == 127
    assert r.network("link-local") == 0xA9FE0000
    assert r.network("tenet") == 0x0A00
    assert r.network("nosuch") == 0
    assert r.port("ssh", "tcp") == 22 and r.port("nameserver", "udp") == 53
    assert r.port("onlytcp", "udp") is None
    assert r.port("8080", "udp") == 8080
    assert r.protocol("UDP") == 17 and r.protocol("nosuch") is None
    assert r.ether("printer") == bytes.fromhex("aabbccddeeff")
    assert r.ether("gw") == bytes([0, 1, 2, 3, 4, 5])
    assert r.ether("nosuch") is None


def test_inet_network() -> None:
    assert inet_network("10") == 10
    assert inet_network("10.1") == 0x0A01
    assert inet_network("192.168.1.0") == 0xC0A80100
    assert inet_network("0x7f") == 0x7F
    assert inet_network("1.2.3.4.5") is None
    assert inet_network("300") is None


def test_ports_choose_protocols_like_pcap_nametoport(etc: Path) -> None:
    r = Resolver(str(etc), use_system=False)
    # both protocols, same number -> tcp or udp; only one -> that one
    both = compile_insns("port ssh", resolver=r, optimize=False)
    assert both == compile_insns("port 22", optimize=False)
    assert compile_insns("port onlytcp", resolver=r, optimize=False) == \
        compile_insns("tcp port 700", optimize=False)
    assert compile_insns("port onlyudp", resolver=r, optimize=False) == \
        compile_insns("udp port 701", optimize=False)
    # different numbers: the tcp one wins
    assert compile_insns("port split", resolver=r, optimize=False) == \
        compile_insns("tcp port 800", optimize=False)
    with pytest.raises(FilterError, match="port 'onlytcp' is tcp"):
        compile_insns("udp port onlytcp", resolver=r)
    with pytest.raises(FilterError, match="port in range 'onlyudp-onlyudp' is udp"):
        compile_insns("tcp portrange onlyudp-onlyudp", resolver=r)
    assert compile_insns("portrange ssh-domain", resolver=r, optimize=False) == \
        compile_insns("portrange 22-53", optimize=False)


def test_network_and_ether_names(etc: Path) -> None:
    r = Resolver(str(etc), use_system=False)
    # a network number is left-justified with a mask of whole bytes
    assert compile_insns("net loopback", resolver=r, optimize=False) == \
        compile_insns("net 127.0.0.0/8", optimize=False)
    assert compile_insns("ether host printer", resolver=r, optimize=False) == \
        compile_insns("ether host aa:bb:cc:dd:ee:ff", optimize=False)
    assert compile_insns("ip proto \\udp", resolver=r, optimize=False) == \
        compile_insns("ip proto 17", optimize=False)


def test_null_resolver_knows_nothing() -> None:
    r = NullResolver()
    for expr, msg in [("host x", "unknown host 'x'"), ("net x", "unknown network 'x'"),
                      ("port x", "unknown port 'x'"), ("ether host x", "unknown ether host 'x'"),
                      ("ip proto \\x", "unknown ip proto 'x'"),
                      ("portrange x-y", "unknown port in range 'x-y'")]:
        with pytest.raises(FilterError) as e:
            compile_insns(expr, resolver=r)
        assert str(e.value) == msg


@needs_oracle
@pytest.mark.parametrize("expr", [
    "host localhost", "port ssh", "tcp port domain", "udp port domain", "portrange ftp-ssh",
    "ip proto \\tcp", "ip6 proto \\udp", "proto \\icmp", "net loopback", "net link-local",
    "ip protochain \\tcp",
])
def test_system_files_answer_like_libpcap(expr: str) -> None:
    want, err = oracle.compile_expr(expr, "EN10MB", 262144, False, None)
    try:
        got = compile_insns(expr, "EN10MB", optimize=False, resolver=Resolver())
    except FilterError as e:
        assert err == str(e)
    else:
        assert err is None and got == want
