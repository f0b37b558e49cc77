"""Batch ingest: one document per story across formats, resume, rejects, counts."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from lagebild.batch import IngestOptions, ingest_paths
from lagebild.near_duplicates import NearDuplicates
from lagebild.pipeline import Analyzer
from lagebild.store import Store
from tests.ingest.builders import feed_xml, html_page, jsonl_record, story, warc_bytes

ONE_PROCESS = IngestOptions(workers=1)


def _four_formats(tmp_path: Path) -> Path:
    s = story()
    folder = tmp_path / "eingang"
    folder.mkdir()
    (folder / "seite.html").write_text(html_page(s), encoding="utf-8")
    url = "https://www.rheinbote-beispiel.de/wirtschaft/prognose-gesenkt"
    (folder / "crawl.warc.gz").write_bytes(
        warc_bytes([(url, html_page(s, url=url, outlet="Rheinbote").encode(), "text/html")])
    )
    (folder / "wirtschaft.rss").write_text(feed_xml(s), encoding="utf-8")
    # the agency's export: the same story with its title as first paragraph (not identical)
    s2 = type(s)(s.title, s.date, s.section, [s.title, *s.paragraphs])
    (folder / "export.jsonl").write_text(
        jsonl_record(
            s2, url="https://agentur-beispiel.de/meldung/4711", domain="agentur-beispiel.de"
        )
        + "\n{kaputt\n",
        encoding="utf-8",
    )
    return folder


def test_same_story_in_four_formats_is_one_document(tmp_path: Path, analyzer: Analyzer) -> None:
    folder = _four_formats(tmp_path)
    store = Store(":memory:")
    summary = ingest_paths([folder], store, ONE_PROCESS, analyzer=analyzer)
    # the story once, the feed's teaser item, 3 duplicates, the broken JSONL line
    assert (summary.ingested, summary.duplicates, summary.rejected) == (2, 3, 1)
    assert summary.not_articles == 3  # the WARC's request, 404 and image records
    rows = store.conn.execute(
        "SELECT d.id, p.reader, p.outlet FROM documents d JOIN provenance p ON p.document_id = d.id"
        " WHERE d.title LIKE 'Konjunkturforscher%' ORDER BY p.reader"
    ).fetchall()
    assert len({r["id"] for r in rows}) == 1
    assert [r["reader"] for r in rows] == ["feed", "html", "jsonl", "warc"]
    assert {r["outlet"] for r in rows} >= {
        "Nordkurier Beispiel",
        "Rheinbote",
        "agentur-beispiel.de",
    }
    [reject] = store.rejects()
    assert reject["source"].endswith("export.jsonl line 2")


def test_rerun_skips_what_is_stored(tmp_path: Path, analyzer: Analyzer) -> None:
    folder = _four_formats(tmp_path)
    db = tmp_path / "lage.db"
    with Store(db) as store:
        ingest_paths([folder], store, ONE_PROCESS, analyzer=analyzer)
        provenance = store.conn.execute("SELECT COUNT(*) FROM provenance").fetchone()[0]
    with Store(db) as store:
        summary = ingest_paths([folder], store, ONE_PROCESS, analyzer=analyzer)
        assert (summary.ingested, summary.duplicates, summary.skipped) == (0, 0, 5)
        assert store.conn.execute("SELECT COUNT(*) FROM provenance").fetchone()[0] == provenance


def test_stdin_and_progress(tmp_path: Path, analyzer: Analyzer, monkeypatch) -> None:
    s = story("erdrutsche-sumatra-2025-09-09")
    raw = jsonl_record(s, url="https://x.de/1", domain="x.de").encode() + b"\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(raw))))
    seen: list[int] = []
    summary = ingest_paths(
        ["-"],
        Store(":memory:"),
        ONE_PROCESS,
        analyzer=analyzer,
        on_progress=lambda s: seen.append(s.ingested),
    )
    assert summary.ingested == 1
    assert seen[-1] == 1
    assert summary.line().startswith("ingested 1, duplicates 0, rejected 0, skipped 0")


def test_a_failing_analysis_keeps_the_text_and_the_batch_goes_on(tmp_path: Path) -> None:
    class Flaky(Analyzer):
        def analyze_document(self, document):  # type: ignore[no-untyped-def]
            if document.title == story("erdrutsche-sumatra-2025-09-09").title:
                raise RuntimeError("kaputt")
            return super().analyze_document(document)

    for name in ("erdrutsche-sumatra-2025-09-09", "landtag-kliniken-2025-02-14"):
        (tmp_path / f"{name}.html").write_text(html_page(story(name)), encoding="utf-8")
    store = Store(":memory:")
    summary = ingest_paths([tmp_path], store, ONE_PROCESS, analyzer=Flaky())
    assert (summary.ingested, summary.rejected, summary.failed_stages) == (2, 0, {"analysis": 1})
    assert store.rejects() == []
    [failure] = store.failures()
    assert (failure["stage"], failure["error"]) == ("analysis", "RuntimeError: kaputt")
    [failed] = store.failed_documents()
    assert failed.title == story("erdrutsche-sumatra-2025-09-09").title
    assert store.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2


def test_near_duplicates_found_and_different_stories_not() -> None:
    store = Store(":memory:")
    near = NearDuplicates(store)
    a, b = story(), story("cyberangriff-faehren-2025-05-27")
    sig = near.signature(a.body)
    near.add_pending("a", sig)
    edited = a.body.replace("deutlich gesenkt", "kräftig gesenkt").replace("Kassel", "Nordhessen")
    assert near.find(near.signature(edited)) == ("a", True)
    assert near.find(near.signature(b.body)) is None


def test_duplicates_of_documents_in_analysis_are_counted_once(tmp_path: Path) -> None:
    # with two workers the copies arrive while the original is still being analysed
    folder = _four_formats(tmp_path)
    store = Store(":memory:")
    summary = ingest_paths([folder], store, IngestOptions(workers=2, in_flight=4))
    assert (summary.ingested, summary.duplicates, summary.rejected) == (2, 3, 1)
    assert store.conn.execute("SELECT COUNT(*) FROM provenance").fetchone()[0] == 5


def test_two_workers_store_the_same_as_one(tmp_path: Path) -> None:
    names = (
        "erdrutsche-sumatra-2025-09-09",
        "landtag-kliniken-2025-02-14",
        "cyberangriff-faehren-2025-05-27",
    )
    for name in names:
        (tmp_path / f"{name}.html").write_text(html_page(story(name)), encoding="utf-8")
    store = Store(":memory:")
    summary = ingest_paths([tmp_path], store, IngestOptions(workers=2, in_flight=2))
    assert summary.ingested == 3
    titles = {r[0] for r in store.conn.execute("SELECT title FROM documents")}
    assert titles == {story(name).title for name in names}
    assert store.conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0] > 0


def test_other_languages_are_stored_not_analysed(tmp_path: Path, analyzer: Analyzer) -> None:
    french = tmp_path / "inondations.txt"
    french.write_text(
        "3 novembre 2024\n\nMonde\n\nInondations en Espagne\n\n"
        "Le ministère de l'Intérieur a annoncé dimanche que le nombre de morts avait atteint "
        "deux cent dix-sept. Selon les pompiers, des centaines de personnes sont toujours "
        "portées disparues dans la région de Valence.\n",
        encoding="utf-8",
    )
    german = tmp_path / "hochwasser.txt"
    german.write_text(
        "3. November 2024\n\nPolitik\n\nHochwasser in Spanien\n\n"
        "Das Innenministerium teilte am Sonntag mit, die Zahl der Toten sei auf 217 gestiegen. "
        "Nach Angaben der Feuerwehr werden noch Hunderte Menschen vermisst.\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "x.db") as store:
        summary = ingest_paths([french, german], store, ONE_PROCESS, analyzer=analyzer)
        documents = {d["language"]: d["id"] for d in store.table_rows("documents")}
        claims = list(store.table_rows("claims"))
    assert summary.ingested == 2
    assert summary.not_analysed == {"fr": 1}
    assert summary.line().endswith("1 document in fr: stored, not analysed")
    assert set(documents) == {"fr", "de"}
    assert claims and {c["document"] for c in claims} == {documents["de"]}
