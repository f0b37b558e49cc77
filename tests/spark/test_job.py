"""The Spark job in local mode on a small WARC and JSONL: the same documents, claims and
facts as ``lagebild ingest``, duplicates folded across files."""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lagebild.batch import IngestOptions, ingest_paths
from lagebild.corroborate import list_facts
from lagebild.export import load_parquet
from lagebild.pipeline import Analyzer
from lagebild.store import Store
from lagebild.store.rows import COLUMNS
from tests.ingest.builders import html_page, jsonl_record, story, warc_bytes

pytestmark = [
    pytest.mark.skipif(
        importlib.util.find_spec("pyspark") is None,
        reason="pyspark is not installed (pip install 'lagebild[spark]')",
    ),
    pytest.mark.skipif(shutil.which("java") is None, reason="no Java runtime for Spark"),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from lagebild.spark.job import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()


def _inputs(folder: Path) -> list[Path]:
    """A WARC with three articles (one of them twice, under two URLs), a JSONL file with a
    near-copy of one of them (its title repeated as first paragraph), a fourth and a broken
    line, and a file that is not there."""
    folder.mkdir()
    a, b, c, d = (story(n) for n in ("konjunktur-maschinenbau-2025-03-04",
                                     "cyberangriff-faehren-2025-05-27",
                                     "landtag-kliniken-2025-02-14",
                                     "erdrutsche-sumatra-2025-09-09"))  # fmt: skip
    pages = [
        (f"https://news-beispiel.de/{i}", html_page(s, url=f"https://news-beispiel.de/{i}",
                                                    outlet="News Beispiel").encode(), "text/html")
        for i, s in enumerate((a, b, c, b))
    ]  # fmt: skip
    warc = folder / "crawl.warc.gz"
    warc.write_bytes(warc_bytes(pages))
    near = type(a)(a.title, a.date, a.section, [a.title, *a.paragraphs])
    jsonl = folder / "agentur.jsonl"
    jsonl.write_text(
        jsonl_record(near, url="https://agentur-beispiel.de/1", domain="agentur-beispiel.de")
        + "\n"
        + jsonl_record(d, url="https://agentur-beispiel.de/2", domain="agentur-beispiel.de")
        + "\n{kaputt\n",
        encoding="utf-8",
    )
    return [warc, jsonl, folder / "fehlt.txt"]


def _tables(store: Store) -> dict[str, list[dict[str, object]]]:
    out = {t: list(store.table_rows(t)) for t in COLUMNS}
    for row in out["documents"]:
        row.pop("ingested_at")
    return out


def test_spark_ingest_and_load_give_what_ingest_gives(
    spark: Any, analyzer: Analyzer, tmp_path: Path
) -> None:
    from lagebild.spark import SparkOptions, spark_ingest

    inputs = _inputs(tmp_path / "in")
    summary = spark_ingest(inputs, tmp_path / "pq", SparkOptions(partitions=2), spark=spark)
    assert (summary.documents, summary.exact_duplicates, summary.near_duplicates) == (4, 1, 1)
    assert summary.rejected == 2  # the broken JSONL line, the missing file
    assert sorted(p.name for p in (tmp_path / "pq").iterdir()) == sorted(
        [
            "documents",
            "provenance",
            "entities",
            "mentions",
            "claims",
            "quantities",
            "times",
            "failures",
        ]
    )
    with Store(tmp_path / "spark.db") as loaded, Store(tmp_path / "ingest.db") as ingested:
        assert load_parquet(tmp_path / "pq", loaded).stored == 4
        result = ingest_paths(inputs, ingested, IngestOptions(workers=1), analyzer=analyzer)
        assert (result.ingested, result.duplicates, result.rejected) == (4, 2, 2)
        assert list_facts(loaded) and list_facts(ingested)  # files the claims into facts
        # every table, facts included (claims named by document and key, not store ids)
        assert _tables(loaded) == _tables(ingested)
        # the WARC's second copy and the agency's near-copy are provenance of their story
        urls = [p["url"] for p in loaded.table_rows("provenance")]
        assert len(urls) == 6 and "https://agentur-beispiel.de/1" in urls
