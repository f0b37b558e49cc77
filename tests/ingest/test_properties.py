"""Property tests: every reader takes any bytes, and every span the pipeline reports points
at its own text, whatever the input."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.ingest.inputs import read_input
from lagebild.ingest.records import Rejected, Skipped
from lagebild.model import Document
from lagebild.pipeline import Analyzer

# Openings that send the bytes after them to each reader.
HEADS = [
    b"",
    b"<!DOCTYPE html><html><head><title>T</title></head><body><p>",
    b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>T</title><description>',
    b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\n",
    b'{"title": "T", "maintext": "',
    b"18.10.2024\n\nPolitik\n\nTitel\n\n",
]
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(head=st.sampled_from(HEADS), body=st.binary(max_size=3000), gz=st.booleans())
def test_readers_take_any_bytes(tmp_path: Path, head: bytes, body: bytes, gz: bool) -> None:
    raw = head + body
    path = tmp_path / "zufall.bin"
    path.write_bytes(gzip.compress(raw)[: max(10, len(raw) // 2)] if gz and body else raw)
    for item in read_input(str(path)):
        assert isinstance(item, Document | Rejected | Skipped)
        if isinstance(item, Rejected | Skipped):
            assert item.source and item.reason


# Unicode the readers and tokenizers meet on the web: combining marks, right-to-left
# scripts, emoji with joiners, NUL and other controls, very long words.
HOSTILE = st.sampled_from(
    [
        "e\u0301",
        "\u05e9\u05dc\u05d5\u05dd",
        "\u0627\u0644\u062e\u0628\u0631",
        "👩‍👩‍👧",
        "\x00",
        "\u200b",
        "\ufeff",
        "x" * 300,
        "\u202e",
        "\r\n",
        "\t",
        "«",
        "„",
        "“",
        "”",
    ]
)
WORDS = st.sampled_from(
    [
        "Die",
        "Polizei",
        "sagte",
        ",",
        "rund",
        "11.000",
        "Soldaten",
        "seien",
        "in",
        "Russland",
        ".",
        "Laut",
        "dem",
        "Ministerium",
        "am",
        "Montag",
        "said",
        "the",
        "ministry",
        "about",
        "3,000",
        "people",
        '"',
        "Er",
        "betonte",
        ":",
        "Berlin",
        "\n\n",
    ]
)


@pytest.fixture(scope="module")
def shared_analyzer() -> Analyzer:
    return Analyzer()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    pieces=st.lists(st.one_of(WORDS, WORDS, WORDS, HOSTILE), min_size=1, max_size=120),
    lang=st.sampled_from(["de", "en"]),
)
def test_every_span_points_at_its_text(
    shared_analyzer: Analyzer, pieces: list[str], lang: str
) -> None:
    text = " ".join(pieces)
    document = Document(text=text, language=lang, date="2024-10-18")
    analysis = shared_analyzer.analyze_document(document)
    data = analysis.to_json()
    body = data["document"]["text"]
    for span in _spans(data):
        assert body[span["start"] : span["end"]] == span["text"]


def _spans(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        found = [node] if {"text", "start", "end"} <= node.keys() else []
        for key, value in node.items():
            if key != "document":
                found += _spans(value)
        return found
    if isinstance(node, list):
        return [s for item in node for s in _spans(item)]
    return []
