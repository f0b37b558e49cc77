"""Every stated limit (README, "Limits and bad input"): file size, text length, claims per
document, HTML nesting, WARC record, feed and JSONL line size. Each over-limit input gets
one message naming it and the limit, and the batch goes on to the next input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lagebild.batch import IngestOptions, ingest_paths
from lagebild.ingest.html import parse_html
from lagebild.ingest.records import (
    MAX_HTML_DEPTH,
    MAX_RECORD_BYTES,
    MAX_TEXT_CHARS,
    ReadOptions,
)
from lagebild.ingest.text import read_text_file
from lagebild.pipeline import MAX_CLAIMS, Analyzer
from lagebild.store import Store
from tests.conftest import GOLD_DIR
from tests.ingest.builders import feed_xml, html_page, jsonl_record, story, warc_bytes

GOOD = GOLD_DIR / "landtag-kliniken-2025-02-14.txt"


def _ingest(
    folder: Path, analyzer: Analyzer, read: ReadOptions | None = None
) -> tuple[dict[str, str], Store, int]:
    """(rejects by file name, the store, documents ingested) of ingesting ``folder``."""
    store = Store(":memory:")
    rejects: dict[str, str] = {}
    summary = ingest_paths(
        [folder], store, IngestOptions(workers=1, read=read or ReadOptions()), analyzer=analyzer,
        on_reject=lambda source, reason: rejects.__setitem__(source, reason),
    )  # fmt: skip
    return rejects, store, summary.ingested


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder holding one good article, which every batch must still ingest."""
    path = tmp_path / "eingang"
    path.mkdir()
    shutil.copy(GOOD, path / GOOD.name)
    return path


def test_file_and_text_size(folder: Path, analyzer: Analyzer) -> None:
    sentence = "Der Landtag hat am Mittwoch über die Zukunft der Kliniken beraten. "
    huge = folder / "riesig.txt"
    huge.write_text(sentence * (MAX_RECORD_BYTES // len(sentence) + 1), encoding="utf-8")
    long = folder / "lang.txt"
    long.write_text(sentence * (MAX_TEXT_CHARS // len(sentence) + 1), encoding="utf-8")
    rejects, _, ingested = _ingest(folder, analyzer)
    assert rejects == {
        str(huge): f"file is larger than the limit of {MAX_RECORD_BYTES:,} bytes for one article"
        " (collections belong in WARC or JSONL files)",
        str(long): f"text is {len(long.read_text().strip()):,} characters; the limit for one"
        f" article is {MAX_TEXT_CHARS:,}",
    }
    assert ingested == 1


def test_html_nesting(folder: Path, analyzer: Analyzer) -> None:
    s = story()
    page = html_page(s)
    at = page.index("<p>")
    deep = page[:at] + "<div>" * 300 + page[at:].replace("</body>", "</div>" * 300 + "</body>")
    (folder / "tief.html").write_text(deep, encoding="utf-8")
    shallow = page[:at] + "<div>" * 100 + page[at:].replace("</body>", "</div>" * 100 + "</body>")
    (folder / "flach.html").write_text(shallow, encoding="utf-8")
    rejects, store, ingested = _ingest(folder, analyzer)
    assert rejects == {
        str(folder / "tief.html"): f"HTML is nested more than {MAX_HTML_DEPTH} elements deep,"
        " the parser's limit (the text below it would be lost)"
    }
    assert ingested == 2  # the good article and the page nested 100 deep
    assert any(d["title"] == s.title for d in store.documents())
    # the limit is the parser's: just below it the whole text is read
    document = parse_html(
        page[:at] + "<div>" * 240 + page[at:].replace("</body>", "</div>" * 240 + "</body>"), "x"
    )
    assert document.text == s.body


def test_warc_record_size(folder: Path, analyzer: Analyzer) -> None:
    big, small = story(), story("cyberangriff-faehren-2025-05-27")
    padded = html_page(big).replace("</body>", "<!--" + "x" * MAX_RECORD_BYTES + "--></body>")
    url = "https://example.org/riesig"
    (folder / "crawl.warc.gz").write_bytes(
        warc_bytes(
            [
                (url, padded.encode(), "text/html"),
                ("https://example.org/klein", html_page(small).encode(), "text/html"),
            ]
        )
    )
    rejects, store, ingested = _ingest(folder, analyzer)
    [(source, reason)] = rejects.items()
    assert source.startswith(f"{folder / 'crawl.warc.gz'} record ") and source.endswith(f"({url})")
    assert reason == f"page is larger than the limit of {MAX_RECORD_BYTES:,} bytes"
    assert ingested == 2  # the record after the big one is read
    assert any(d["title"] == small.title for d in store.documents())


def test_feed_and_jsonl_line_size(folder: Path, analyzer: Analyzer) -> None:
    s = story("erdrutsche-sumatra-2025-09-09")
    (folder / "nachrichten.rss").write_text(feed_xml(s), encoding="utf-8")
    line = jsonl_record(s, url="https://example.org/a", domain="example.org")
    limit = GOOD.stat().st_size + 100  # the good article fits
    padded = line[:-1] + ', "html": "' + "x" * limit + '"}'
    (folder / "export.jsonl").write_text(padded + "\n", encoding="utf-8")
    rejects, _, ingested = _ingest(
        folder, analyzer, ReadOptions(max_feed_bytes=2_000, max_record_bytes=limit)
    )
    assert rejects == {
        str(folder / "nachrichten.rss"): "feed is larger than the limit of 2,000 bytes",
        f"{folder / 'export.jsonl'} line 1": f"line is longer than the limit of {limit:,} bytes",
    }
    assert ingested == 1


def test_claims_per_document(
    folder: Path, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = analyzer.analyze_document(read_text_file(GOOD))
    assert len(full.claims) > 4
    monkeypatch.setattr(analyzer, "max_claims", 4)
    _, store, ingested = _ingest(folder, analyzer)
    assert ingested == 1
    [failure] = store.failures()
    assert failure["stage"] == "claims_limit"
    assert failure["error"] == (
        f"{len(full.claims):,} claims, over the limit of 4 for one document: the first kept"
    )
    stored = store.claims()
    assert sorted(c["claim_key"] for c in stored) == ["c1", "c2", "c3", "c4"]
    assert [c["message"] for c in sorted(stored, key=lambda c: c["start"])] == [
        c.message_text for c in full.claims[:4]
    ]
    assert MAX_CLAIMS >= 2_000  # above what an article within the text limit holds
