"""Several processes ingest overlapping inputs into one store at once: every document is
stored once, none is lost, every input's provenance is recorded (SQLite and PostgreSQL)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from lagebild.batch import IngestOptions, ingest_paths
from lagebild.pipeline import Analyzer
from lagebild.store import Store
from tests.conftest import GOLD_DIR
from tests.store.pg import PG_URL, fresh_pg

ARTICLES = sorted((GOLD_DIR / "facts").glob("*.txt"))[:5]
PROCESSES = 3
_ANALYZER: Analyzer | None = None  # handed to the forked processes


def _ingest(url: str, paths: list[Path], results: multiprocessing.Queue) -> None:
    assert _ANALYZER is not None
    with Store(url) as store:
        s = ingest_paths(paths, store, IngestOptions(workers=1), analyzer=_ANALYZER)
    results.put((s.ingested, s.duplicates, s.skipped, s.rejected))


def _share(n: int) -> list[list[Path]]:
    """Overlapping inputs: process i takes articles i .. i+2 (wrapping), so each article is
    read by up to three processes."""
    return [[ARTICLES[(i + k) % len(ARTICLES)] for k in range(3)] for i in range(n)]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_concurrent_ingests_lose_and_duplicate_nothing(
    backend: str, analyzer: Analyzer, tmp_path: Path
) -> None:
    if backend == "postgresql":
        if not PG_URL:
            pytest.skip("LAGEBILD_TEST_PG is not set: no PostgreSQL server to test against")
        url = fresh_pg()
    else:
        url = str(tmp_path / "shared.db")
    expected_claims = sum(len(analyzer.analyze_document(_doc(p)).claims) for p in ARTICLES)
    Store(url).close()  # the schema exists before the race (the race is about documents)
    global _ANALYZER
    _ANALYZER = analyzer
    ctx = multiprocessing.get_context("fork")
    results = ctx.Queue()
    shares = _share(PROCESSES)
    workers = [ctx.Process(target=_ingest, args=(url, share, results)) for share in shares]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=300)
        assert w.exitcode == 0
    counts = [results.get(timeout=5) for _ in workers]
    assert sum(c[0] for c in counts) == len(ARTICLES)  # each stored by exactly one process
    assert all(c[3] == 0 for c in counts)
    assert sum(sum(c[:3]) for c in counts) == sum(len(s) for s in shares)
    with Store(url) as store:
        assert store.counts()["documents"] == len(ARTICLES)
        assert store.counts()["claims"] == expected_claims
        provenance = list(store.table_rows("provenance"))
        paths = sorted(str(p["path"]) for p in provenance)
        assert paths == sorted(str(p) for p in ARTICLES)  # each input once, none lost


def _doc(path: Path):  # type: ignore[no-untyped-def]
    from lagebild.ingest.text import read_text_file

    return read_text_file(path)
