"""The SQLite store: one transaction per document, dedup by checksum, filters, FTS."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.model import Analysis
from lagebild.pipeline import Analyzer, analyze
from lagebild.store import ClaimFilter, Store, open_store

TEXT = """12.03.2025

Panorama

Hochwasser in Passau

Die Donau ist in Passau über die Ufer getreten. Nach Angaben der Feuerwehr mussten rund 400
Menschen ihre Häuser verlassen. Der Bürgermeister sagte, die Lage sei unter Kontrolle."""


@pytest.fixture(scope="module")
def analysis(analyzer: Analyzer) -> Analysis:
    return analyze(TEXT, analyzer=analyzer)


def test_document_and_claims_round_trip(analysis: Analysis) -> None:
    with Store(":memory:") as store:
        assert store.add_analysis(analysis) is True
        counts = store.counts()
        assert counts["documents"] == 1
        assert counts["claims"] == len(analysis.claims) >= 3
        rows = store.claims()
        feuerwehr = [r for r in rows if r["cue_text"] == "Nach Angaben"]
        assert len(feuerwehr) == 1
        assert feuerwehr[0]["quantities"][0]["value"] == 400
        assert feuerwehr[0]["document_date"] == "2025-03-12"
        stored = store.document(analysis.document.id)
        assert stored is not None and stored["text"] == analysis.document.text


def test_same_text_is_stored_once(analysis: Analysis) -> None:
    with Store(":memory:") as store:
        assert store.add_analysis(analysis)
        assert not store.add_analysis(analysis)
        assert store.counts()["documents"] == 1


def test_filters_and_full_text(analysis: Analysis) -> None:
    with Store(":memory:") as store:
        store.add_analysis(analysis)
        assert [r["cue_text"] for r in store.claims(ClaimFilter(source="Feuerwehr"))] == [
            "Nach Angaben"
        ]
        assert store.claims(ClaimFilter(since="2025-04-01")) == []
        hits = store.claims(ClaimFilter(query="Kontrolle"))
        assert len(hits) == 1 and "Kontrolle" in hits[0]["message"]
        # hostile filter text is a value, not SQL
        assert store.claims(ClaimFilter(source="'; DROP TABLE claims; --")) == []
        assert store.counts()["claims"] > 0


def test_failed_write_leaves_nothing_half_written(analysis: Analysis, tmp_path: Path) -> None:
    broken = Analysis(document=analysis.document, claims=analysis.claims[:1])
    broken.mentions = [None]  # type: ignore[list-item]
    with open_store(tmp_path / "x.db") as store:
        with pytest.raises(AttributeError):
            store.add_analysis(broken)
        assert store.counts()["documents"] == 0
        assert store.counts()["claims"] == 0


def test_rejects_are_recorded() -> None:
    with Store(":memory:") as store:
        store.add_reject("bad.txt", "file is empty")
        assert store.rejects()[0]["reason"] == "file is empty"


def test_a_read_only_store_serves_several_threads_at_once(tmp_path: Path) -> None:
    import concurrent.futures

    from lagebild.model import Document

    path = tmp_path / "lesen.db"
    with open_store(path) as store:
        for n in range(5):
            store.add_analysis(Analysis(document=Document(text=f"Bericht Nummer {n}. " * 10)))
    reader = open_store(path, readonly=True)

    def count(_: int) -> int:
        return reader.counts()["documents"]

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        assert set(pool.map(count, range(400))) == {5}
    reader.close()
