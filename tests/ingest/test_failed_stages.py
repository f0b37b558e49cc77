"""A pipeline stage that raises on a document: the document is stored with what the other
stages produced, the failure recorded and listed, and ``retry_failed`` analyses it again."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc

import lagebild.extract.attribution.component as attribution
import lagebild.pipeline as pipeline
from lagebild.batch import IngestOptions, ingest_paths
from lagebild.pipeline import Analyzer
from lagebild.reanalyze import retry_failed
from lagebild.store import Store
from tests.conftest import GOLD_DIR, ROOT
from tests.store.pg import PG_URL, fresh_pg

NORDKOREA = ROOT / "examples" / "nordkorea-truppen-2024-10-18.txt"
KONJUNKTUR = GOLD_DIR / "konjunktur-maschinenbau-2025-03-04.txt"
ONE_PROCESS = IngestOptions(workers=1)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "eingang"
    folder.mkdir()
    for path in (NORDKOREA, KONJUNKTUR):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("LAGEBILD_TEST_PG is not set: no PostgreSQL server to test against")
        url = fresh_pg()
    else:
        url = ":memory:"
    with Store(url) as opened:
        yield opened


def _attribution_fails_on(monkeypatch: pytest.MonkeyPatch, word: str) -> None:
    """The attribution rules raise on every text containing ``word``."""
    real = attribution.find_all

    def find_all(doc: Doc, *args: Any) -> Any:
        if word in doc.text:
            raise ValueError(f"no rule for {len(doc)} tokens")
        return real(doc, *args)

    monkeypatch.setattr(attribution, "find_all", find_all)


def _rows(store: Store, sql: str, *params: object) -> list[dict[str, Any]]:
    with store.session(write=False) as s:
        return s.rows(sql, params)


def _count(store: Store, table: str, document_id: str) -> int:
    [row] = _rows(store, f"SELECT count(*) AS n FROM {table} WHERE document_id = ?", document_id)
    return int(row["n"])


def test_failed_extractor_keeps_document_and_other_stages(
    articles: Path, store: Store, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    _attribution_fails_on(monkeypatch, "Nordkorea")
    reported: list[tuple[str, str]] = []
    summary = ingest_paths(
        [articles], store, ONE_PROCESS, analyzer=analyzer,
        on_failure=lambda source, f: reported.append((source, f.stage)),
    )  # fmt: skip
    assert (summary.ingested, summary.rejected, summary.partial) == (2, 0, 1)
    assert summary.failed_stages == {"lagebild_attribution": 1}
    assert "1 document stored with a failed stage (lagebild_attribution 1)" in summary.line()
    assert reported == [(str(articles / NORDKOREA.name), "lagebild_attribution")]
    [failure] = store.failures()
    assert failure["stage"] == "lagebild_attribution"
    assert failure["error"].startswith("ValueError: no rule for ")
    assert failure["origin"] == str(articles / NORDKOREA.name)
    assert failure["at"][:2] == "20"
    failed = failure["document_id"]
    # the stages before and after attribution still ran on the failed document
    assert _count(store, "claims", failed) == 0
    assert _count(store, "quantities", failed) >= 3  # 12.000, rund 11.000, hunderte, ...
    assert _count(store, "times", failed) >= 2
    assert _count(store, "mentions", failed) >= 5
    # the other document of the batch is analysed in full
    [other] = [d for d in store.documents() if d["id"] != failed]
    assert _count(store, "claims", other["id"]) > 0
    assert store.counts()["failures"] == 1
    assert [d.id for d in store.failed_documents()] == [failed]


def test_retry_failed_clears_the_record(
    articles: Path, store: Store, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        _attribution_fails_on(patch, "Nordkorea")
        ingest_paths([articles], store, ONE_PROCESS, analyzer=analyzer)
        # still failing: the record is renewed, not cleared
        again = retry_failed(store, analyzer=analyzer)
        assert (again.documents, again.fixed) == (1, 0)
        assert again.still_failing == {"lagebild_attribution": 1}
        assert len(store.failures()) == 1
    [failed] = store.failed_documents()
    summary = retry_failed(store, analyzer=analyzer)
    assert (summary.documents, summary.fixed, summary.still_failing) == (1, 1, {})
    assert summary.line() == "retried 1 documents: 1 analysed in full"
    assert store.failures() == [] and store.failed_documents() == []
    clean = analyzer.analyze_document(failed)
    assert _count(store, "claims", failed.id) == len(clean.claims) > 0
    # its claims were filed into facts with the others
    [row] = _rows(store, "SELECT count(*) AS n FROM fact_claims WHERE document_id = ?", failed.id)
    assert row["n"] == len(clean.claims)
    assert retry_failed(store, analyzer=analyzer).line().startswith("no failed stages")


def test_failure_while_collecting_keeps_figures_and_dates(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def resolve_sources(*args: object) -> list[object]:
        raise KeyError("Budanow")

    monkeypatch.setattr(pipeline, "resolve_sources", resolve_sources)
    analysis = pipeline.analyze_file(NORDKOREA, analyzer=analyzer)
    assert [(f.stage, f.error) for f in analysis.failures] == [("resolve", "KeyError: 'Budanow'")]
    assert analysis.claims == []
    assert {q.text for q in analysis.quantities} >= {"12.000", "rund 11.000"}
    assert analysis.times and analysis.mentions
    assert analysis.to_json()["failures"][0]["stage"] == "resolve"


def test_crashed_analysis_still_stores_the_text(
    articles: Path, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(self: Analyzer, document: object) -> None:
        raise MemoryError("worker ran out of memory")

    monkeypatch.setattr(Analyzer, "analyze_document", crash)
    with Store(":memory:") as store:
        summary = ingest_paths([articles], store, ONE_PROCESS, analyzer=analyzer)
        assert (summary.ingested, summary.rejected) == (2, 0)
        assert summary.failed_stages == {"analysis": 2}
        assert store.counts()["claims"] == 0
        texts = {d.text for d in store.failed_documents()}
        assert any("Budanow" in t for t in texts) and any("Maschinenbau" in t for t in texts)
        assert {f["error"] for f in store.failures()} == {"MemoryError: worker ran out of memory"}


def test_clean_batch_records_no_failure(articles: Path, analyzer: Analyzer) -> None:
    with Store(":memory:") as store:
        summary = ingest_paths([articles], store, ONE_PROCESS, analyzer=analyzer)
        assert summary.failed_stages == {} and "failed stage" not in summary.line()
        assert store.counts()["failures"] == 0


def test_failures_survive_export_and_load_so_a_retry_still_finds_them(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pyarrow")
    from lagebild.export import export_store, load_parquet

    _attribution_fails_on(monkeypatch, "Maschinenbau")
    source = Store(tmp_path / "source.db")
    ingest_paths([articles], source, ONE_PROCESS, analyzer=Analyzer())
    failures = list(source.table_rows("failures"))
    assert [(f["stage"], f["error"]) for f in failures] == [
        ("lagebild_attribution", failures[0]["error"])
    ] and failures[0]["error"].startswith("ValueError")

    counts = export_store(source, tmp_path / "pq", "parquet", what=["documents"])
    assert counts["failures"] == 1
    target = Store(tmp_path / "target.db")
    load_parquet(tmp_path / "pq", target)
    assert list(target.table_rows("failures")) == failures
    [failed] = target.failed_documents()
    assert "Maschinenbau" in failed.text
