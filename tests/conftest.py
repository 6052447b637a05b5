"""Fixtures, paths and skip markers shared by every test module.

Tiers (see "Tests on any clone" in ``../shared/DESIGN.md``): a fresh clone with
nothing beside it passes ``python -m pytest``.  What needs the reference data
(``../shared``: conformance cases and real captures), a test-only oracle
(libpcap 1.10.3, tcpdump 4.99.3, tshark, trafgen) or root skips with one line
naming what is missing; everything else runs.

Test modules import the markers and paths from here (``from conftest import
CORPUS, needs_corpus``) and builders from ``helpers``; they never import one
another.  Fixtures (``veth``) are requested by name.

Data is never read at import time: parametrizations over the reference data go
through :func:`shared_params`, which reads lazily and turns a missing directory
into one skipped test carrying the reason.

Tests marked ``recorded`` run from the oracles' recorded answers where an oracle
is missing (``oracle.py`` explains); an oracle still missing at run time raises
``oracle.OracleUnavailable``, which the hook below turns into a skip naming it.

``PUREPCAP_TEST_NO_ORACLES=1`` makes every oracle look absent (test
infrastructure only; honoured by ``oracle.available()`` and ``oracle.which()``),
to try the fresh-clone tier on a machine that has them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import oracle  # noqa: E402

if TYPE_CHECKING:
    from netns import VethPair

# -- paths ----------------------------------------------------------------------------------
TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SHARED = REPO.parent / "shared"
CONFORMANCE = SHARED / "conformance"
CORPUS = SHARED / "corpus"
#: small captures the project makes itself (``tools/make_test_data.py``)
DATA = TESTS / "data"
SAMPLES = REPO / "samples"

# -- skip reasons (one line each, naming what is missing) ------------------------------------
SHARED_REASON = "needs ../shared/conformance (the project's reference data; see README)"
CORPUS_REASON = "needs ../shared/corpus (the project's reference captures; see README)"
LIBPCAP_REASON = oracle.LIBPCAP_REASON
TCPDUMP_REASON = oracle.PROGRAM_REASONS["tcpdump"]
TSHARK_REASON = oracle.PROGRAM_REASONS["tshark"]
TRAFGEN_REASON = oracle.PROGRAM_REASONS["trafgen"]
ROOT_REASON = "needs root (network namespaces, CAP_NET_RAW)"


def have_shared() -> bool:
    return (CONFORMANCE / "accept.jsonl").is_file()


def have_corpus() -> bool:
    return CORPUS.is_dir()


def have_libpcap() -> bool:
    return oracle.available()


TCPDUMP = oracle.which("tcpdump")
TSHARK = oracle.which("tshark")
TRAFGEN = oracle.which("trafgen")

needs_shared = pytest.mark.skipif(not have_shared(), reason=SHARED_REASON)
needs_corpus = pytest.mark.skipif(not have_corpus(), reason=CORPUS_REASON)
needs_libpcap = pytest.mark.skipif(not have_libpcap(), reason=LIBPCAP_REASON)
needs_tcpdump = pytest.mark.skipif(TCPDUMP is None, reason=TCPDUMP_REASON)
needs_tshark = pytest.mark.skipif(TSHARK is None, reason=TSHARK_REASON)
needs_trafgen = pytest.mark.skipif(TRAFGEN is None, reason=TRAFGEN_REASON)
needs_root = pytest.mark.skipif(os.geteuid() != 0, reason=ROOT_REASON)
#: the historical name: libpcap through ctypes
needs_oracle = needs_libpcap


def tcpdump_path() -> str:
    """The tcpdump binary, or skip the calling test."""
    if TCPDUMP is None:
        raise pytest.skip.Exception(TCPDUMP_REASON, _use_item_location=True)
    return TCPDUMP


def tshark_path() -> str:
    """The tshark binary, or skip the calling test."""
    if TSHARK is None:
        raise pytest.skip.Exception(TSHARK_REASON, _use_item_location=True)
    return TSHARK


def shared_params(load: Callable[[], Iterable[Any]], *, corpus: bool = False,
                  ids: Callable[[Any], str] | None = None) -> list[Any]:
    """Parameters drawn from ``../shared``, or one skipped parameter when it is absent.

    ``load`` runs only when the data is there, so collection never fails on a clone
    without it; with the data every case is its own test, as before.
    """
    present = have_corpus() if corpus else have_shared()
    if not present:
        return [pytest.param(None, id="shared-missing",
                             marks=pytest.mark.skip(reason=CORPUS_REASON if corpus else SHARED_REASON))]
    items = list(load())
    if ids is None:
        return items
    return [pytest.param(item, id=ids(item)) for item in items]


# -- fixtures --------------------------------------------------------------------------------
@pytest.fixture
def veth() -> Iterator[VethPair]:
    """Two fresh network namespaces joined by a veth pair (see ``netns.py``); root only."""
    if os.geteuid() != 0:
        pytest.skip(ROOT_REASON)
    import netns  # here, not at the top: netns imports helpers, which imports this module

    pair = netns.make_pair()
    try:
        yield pair
    finally:
        netns.destroy_pair(pair)


# -- recorded oracle answers (see oracle.py) -------------------------------------------------
def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "recorded: asks the oracles only with fixed arguments; runs from the answers "
                   "recorded in tests/data/oracle-answers.json.gz where an oracle is missing "
                   "(tools/record_oracle_answers.py)")


@pytest.fixture(autouse=True)
def _recorded_answers_are_current(request: pytest.FixtureRequest) -> Iterator[None]:
    """In a ``recorded`` test with the oracle installed, a missing or stale answer fails.

    ``@pytest.mark.recorded(False)`` opts one test of a ``recorded`` module out (answers
    too large to keep); mark it ``needs_oracle`` as well."""
    mark = request.node.get_closest_marker("recorded")
    strict = mark is not None and (not mark.args or bool(mark.args[0]))
    oracle.answers.strict = strict
    try:
        yield
    finally:
        oracle.answers.strict = False


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """An oracle missing at run time (and no recorded answer) is a skip naming it."""
    outcome = yield
    exc = outcome.excinfo
    if exc is not None and issubclass(exc[0], oracle.OracleUnavailable):
        outcome.force_exception(pytest.skip.Exception(str(exc[1]), _use_item_location=True))


def pytest_sessionfinish(session: pytest.Session) -> None:
    target = os.environ.get(oracle.RECORD_ENV)
    if target:
        oracle.answers.save(Path(target))
