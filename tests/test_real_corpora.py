"""No real article crashes an extractor: every document of SpkAtt-2023 train and PolNeAR
train through the default pipeline (slow: ``make check-real``; skipped without ../shared)."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lagebild.evaluate.polnear import read_gold
from lagebild.model import Document
from lagebild.pipeline import Analyzer
from lagebild.spkatt.io import read_dir

from .conftest import SHARED

SPKATT_TRAIN = SHARED / "data" / "spkatt2023" / "train"
POLNEAR_TRAIN = SHARED / "data" / "polnear" / "train"


def spkatt_documents(directory: Path) -> Iterator[tuple[str, Document]]:
    """Each article as plain German text: its sentences' tokens joined by spaces."""
    for path, doc in read_dir(directory):
        text = "\n".join(" ".join(s.tokens) for s in doc.sentences)
        yield path.name, Document(text=text, language="de")


def polnear_documents(directory: Path) -> Iterator[tuple[str, Document]]:
    """Each article's text file as it is (English)."""
    for gold in read_gold(directory):
        yield gold.name, Document(text=gold.text, language="en")


def _sweep(
    documents: Iterator[tuple[str, Document]], analyzer: Analyzer
) -> tuple[int, int, list[str]]:
    count = claims = 0
    crashes: list[str] = []
    for name, document in documents:
        count += 1
        try:
            claims += len(analyzer.analyze_document(document).claims)
        except Exception:  # every crash is collected, then the test fails listing them
            crashes.append(f"{name}: {traceback.format_exc(limit=-3)}")
    return count, claims, crashes


@pytest.mark.slow
@pytest.mark.parametrize(
    ("corpus", "directory", "documents"),
    [("spkatt2023", SPKATT_TRAIN, spkatt_documents), ("polnear", POLNEAR_TRAIN, polnear_documents)],
)
def test_no_real_article_crashes(
    corpus: str,
    directory: Path,
    documents: Callable[[Path], Iterator[tuple[str, Document]]],
    analyzer: Analyzer,
) -> None:
    if not directory.is_dir():
        pytest.skip(f"{directory} is absent")
    count, claims, crashes = _sweep(documents(directory), analyzer)
    print(f"\n{corpus}: {count} documents, {claims} claims, {len(crashes)} exceptions")
    for crash in crashes:
        print(crash)
    assert count > 0
    assert not crashes, f"{len(crashes)} of {count} {corpus} documents raised"
