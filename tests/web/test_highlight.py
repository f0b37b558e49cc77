"""Segments of a stored document: every character once, each role where the store says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lagebild.store import ClaimFilter, open_store
from lagebild.web.highlight import segments, to_html


def stored(db: Path) -> list[tuple[str, list[dict[str, Any]], dict[str, Any]]]:
    with open_store(db, readonly=True) as store:
        out = []
        for doc in store.documents(limit=100):
            text = store.document(doc["id"])["text"]  # type: ignore[index]
            claims = store.claims(ClaimFilter(document=doc["id"]))
            out.append((text, claims, store.document_spans(doc["id"])))
        return out


def test_segments_cover_the_text_once_and_mark_each_span(web_db: Path) -> None:
    for text, claims, spans in stored(web_db):
        parts = segments(text, claims, spans)
        assert "".join(p.text for p in parts) == text
        offsets = []
        at = 0
        for p in parts:
            offsets.append((at, at + len(p.text), p))
            at += len(p.text)

        def covering(start: int, end: int, offsets: list[Any] = offsets) -> list[Any]:
            return [p for s, e, p in offsets if s < end and e > start]

        sources = {c["claim_key"]: (c["source_start"], c["source_end"]) for c in claims}
        for c in claims:
            if c["source_start"] is not None:
                # a source named once for two claims is marked for the first of them
                for p in covering(c["source_start"], c["source_end"]):
                    assert p.role == "source", (p, c)
                    assert sources[p.claim] == (c["source_start"], c["source_end"])
            role = "plain" if c["form"] == "unattributed" else "message"
            for span in json.loads(c["message_spans"]):
                inside = covering(span["start"], span["end"])
                assert any(p.role == role and p.claim == c["claim_key"] for p in inside)
        for q in spans["quantities"]:
            assert all(p.figure for p in covering(q["start"], q["end"]))
        for t in spans["times"]:
            assert all(p.date for p in covering(t["start"], t["end"]))


def test_html_escapes_text_and_names() -> None:
    text = 'Der Verband "<svg onload=alert(1)>" sagte, 300 Container seien weg.'
    claims = [
        {"claim_key": 'c1" onclick="x', "form": "indirect", "source_start": 10, "source_end": 36,
         "cue_start": 38, "cue_end": 43, "message_spans": json.dumps([{"start": 45, "end": 67}])},
    ]  # fmt: skip
    spans = {
        "quantities": [{"start": 45, "end": 48, "text": "300", "value": 300, "low": None,
                        "high": None, "approximate": 0, "unit": "<b>Container</b>"}],
        "mentions": [{"start": 10, "end": 36, "entity_id": 4, "canonical": "<i>V</i>"}],
    }  # fmt: skip
    html = str(to_html(segments(text, claims, spans)))
    assert "<svg" not in html and "&lt;svg onload=alert(1)&gt;" in html
    assert 'data-claim="c1&#34; onclick=&#34;x"' in html
    assert 'title="300 &lt;b&gt;Container&lt;/b&gt;"' in html
    assert '<a class="ent" href="/entities/4" title="&lt;i&gt;V&lt;/i&gt;">' in html


def test_marks_outside_the_text_are_ignored() -> None:
    claims = [{"claim_key": "c1", "form": "direct", "source_start": 5, "source_end": 99,
               "message_spans": json.dumps([{"start": 0, "end": 4}])}]  # fmt: skip
    parts = segments("abcdefgh", claims, {})
    assert [(p.text, p.role) for p in parts] == [("abcd", "message"), ("efgh", None)]
