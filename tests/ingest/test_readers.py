"""Readers on small files made here: HTML, latin-1, feeds, WARC (whole and truncated), JSONL."""

from __future__ import annotations

import logging
from pathlib import Path

from lagebild.ingest.detect import Kind, sniff
from lagebild.ingest.inputs import read_input, read_inputs
from lagebild.ingest.records import ReadOptions, Rejected, Skipped
from lagebild.model import Document
from tests.ingest.builders import (
    feed_xml,
    gzipped,
    html_page,
    jsonl_record,
    story,
    warc_bytes,
)


def _docs(items: list) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def _rejects(items: list) -> list[Rejected]:
    return [i for i in items if isinstance(i, Rejected)]


def test_sniff_by_content_not_name() -> None:
    s = story()
    assert sniff(html_page(s).encode(), "artikel.txt") is Kind.HTML
    assert sniff(feed_xml(s).encode(), "feed.html") is Kind.FEED
    assert sniff(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n") is Kind.WARC
    assert sniff(b'{"url": "https://x.de"}\n') is Kind.JSONL
    assert sniff(gzipped(b"WARC/1.0\r\n")) is Kind.GZIP
    assert sniff(b"4. M\xc3\xa4rz 2025\n\nWirtschaft\n\nText") is Kind.TEXT
    assert sniff(bytes(range(256)) * 4) is Kind.BINARY
    assert sniff(b"  \n\n") is Kind.EMPTY


def test_html_main_text_without_boilerplate_and_metadata(tmp_path: Path) -> None:
    s = story()
    page = tmp_path / "seite"  # no suffix: chosen by content
    page.write_text(html_page(s), encoding="utf-8")
    [doc] = _docs(list(read_input(str(page))))
    assert doc.text == s.body
    for junk in ("Cookies", "Startseite", "Mehr zum Thema", "Impressum", "dataLayer"):
        assert junk not in doc.text
    assert doc.title == s.title
    assert doc.date == "2025-03-04"
    assert doc.section == "Wirtschaft"
    assert doc.language == "de"
    [prov] = doc.provenance
    assert prov.url == "https://www.nordkurier-beispiel.de/wirtschaft/konjunktur-prognose"
    assert prov.outlet == "Nordkurier Beispiel"
    assert prov.reader == "html"


def test_latin1_page_declared_and_undeclared(tmp_path: Path) -> None:
    s = story("landtag-kliniken-2025-02-14")
    declared = tmp_path / "declared.html"
    declared.write_bytes(html_page(s, charset="iso-8859-1").encode("latin-1", "replace"))
    undeclared = tmp_path / "undeclared.html"
    undeclared.write_bytes(html_page(s, charset=None).encode("latin-1", "replace"))
    for path in (declared, undeclared):
        [doc] = _docs(list(read_input(str(path))))
        assert "\ufffd" not in doc.text
        assert any(ch in doc.text for ch in "äöüß"), path


def test_undecodable_bytes_are_replaced_with_a_warning(tmp_path: Path, caplog) -> None:
    s = story()
    raw = html_page(s).encode("utf-8").replace(b"Prognose", b"Progn\xff\xfeose", 1)
    path = tmp_path / "kaputt.html"
    path.write_bytes(raw)
    with caplog.at_level(logging.WARNING):
        docs = _docs(list(read_input(str(path))))
    assert docs  # still read
    assert any("kaputt.html" in r.getMessage() for r in caplog.records)


def test_feed_full_item_and_description_only_item(tmp_path: Path) -> None:
    s = story()
    path = tmp_path / "wirtschaft.rss"
    path.write_text(feed_xml(s), encoding="utf-8")
    full, teaser = _docs(list(read_input(str(path))))
    assert full.text == s.body
    assert full.provenance[0].reader == "feed"
    assert full.date == "2025-03-04"
    assert teaser.provenance[0].reader == "feed:description"
    assert teaser.text.startswith("Nach einem Cyberangriff auf eine Reederei")


def test_warc_reads_html_responses_and_counts_other_records(tmp_path: Path) -> None:
    s = story()
    path = tmp_path / "crawl.warc.gz"
    url = "https://www.rheinbote-beispiel.de/wirtschaft/prognose"
    path.write_bytes(warc_bytes([(url, html_page(s, url=url).encode(), "text/html")]))
    items = list(read_input(str(path)))
    [doc] = _docs(items)
    assert doc.text == s.body
    assert doc.provenance[0].reader == "warc"
    assert doc.provenance[0].url == url
    assert doc.provenance[0].fetched
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len(skipped) == 3  # the request, the 404, the image
    assert not _rejects(items)


def test_truncated_warc_is_rejected_naming_the_record(tmp_path: Path) -> None:
    s = story()
    pages = [
        (f"https://x.de/{n}", html_page(story(name)).encode(), "text/html")
        for n, name in enumerate(
            ["konjunktur-maschinenbau-2025-03-04", "erdrutsche-sumatra-2025-09-09"]
        )
    ]
    for compress in (True, False):
        whole = warc_bytes(pages, compress=compress, extra=False)
        path = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
        path.write_bytes(whole[: len(whole) - 500])
        items = list(read_input(str(path)))
        assert len(_docs(items)) == 1  # the first record is whole
        [reject] = _rejects(items)
        assert str(path) in reject.source
        assert "record 2" in reject.source or "after record 1" in reject.source
        assert "truncated" in reject.reason
    assert s.title


def test_jsonl_broken_line_is_rejected_and_the_rest_read(tmp_path: Path) -> None:
    a, b = story(), story("erdrutsche-sumatra-2025-09-09")
    lines = [
        jsonl_record(a, url="https://a.de/1", domain="a.de"),
        '{"url": "https://a.de/2", "maintext": "abgebrochen',
        jsonl_record(b, url="https://a.de/3", domain="a.de"),
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_input(str(path)))
    docs = _docs(items)
    assert [d.title for d in docs] == [a.title, b.title]
    assert docs[0].date == "2025-03-04"
    assert docs[0].provenance[0].outlet == "a.de"
    [reject] = _rejects(items)
    assert reject.source == f"{path} line 2"
    assert "not valid JSON" in reject.reason


def test_bad_inputs_each_get_one_reject(tmp_path: Path) -> None:
    (tmp_path / "leer.txt").write_bytes(b"")
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "riesig.txt").write_text("Das ist ein Satz. " * 20_000, encoding="utf-8")
    scripts = (
        "<html><head><title>App</title></head><body>"
        + ("<script>var a = document.createElement('div'); a.innerHTML = 'x';</script>" * 200)
        + "<noscript>Bitte JavaScript aktivieren.</noscript></body></html>"
    )
    (tmp_path / "app.html").write_text(scripts, encoding="utf-8")
    (tmp_path / "kaputt.jsonl.gz").write_bytes(gzipped(b'{"maintext": "x"}\n' * 50)[:40])
    options = ReadOptions(max_record_bytes=200_000)
    items = list(read_inputs([tmp_path], options))
    rejects = {Path(r.source.split(" ")[0]).name: r.reason for r in _rejects(items)}
    assert set(rejects) == {"leer.txt", "junk.txt", "riesig.txt", "app.html", "kaputt.jsonl.gz"}
    assert "empty" in rejects["leer.txt"]
    assert "binary" in rejects["junk.txt"]
    assert "limit" in rejects["riesig.txt"]
    assert "script" in rejects["app.html"]
    assert not _docs(items)


def test_missing_file_and_empty_glob_are_rejected(tmp_path: Path) -> None:
    items = list(read_inputs([tmp_path / "fehlt.txt", str(tmp_path / "*.warc")]))
    assert [r.reason for r in _rejects(items)] == [
        "no such file or directory",
        "no file matches this pattern",
    ]
