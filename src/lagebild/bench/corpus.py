"""Synthetic benchmark corpora: news-like articles built by recombining sentences.

Real news text repeats whole articles rarely, so near-duplicate detection must not collapse
the corpus: each synthetic article strings together runs of three consecutive sentences
from randomly chosen source articles (seeded) until it has about 500 words; two articles
share a run only by chance. Every 100th article is instead a copy of an earlier one with one
sentence added: the near-duplicates a run must find.

Sources, by what is there: the SpkAtt-2023 Wikinews articles (German, 700 articles) when
``../shared/data/spkatt2023/train`` or ``--corpus DIR`` holds them, else the articles that
ship with lagebild (``lagebild/bench/data``, written for the project, CC BY 4.0), whose
smaller vocabulary makes the pipeline look faster than on fresh news.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

WORDS_PER_DOC = 500
RUN = 3
DUPLICATE_EVERY = 100
DUPLICATE_SENTENCE = " Das teilte ein Sprecher am Abend mit."

_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?)\]“])")
_NO_SPACE_AFTER = re.compile(r"([(\[„]) ")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")


@dataclass(frozen=True, slots=True)
class Record:
    """One synthetic article, as a news-please JSONL record has it."""

    url: str
    title: str
    date_publish: str
    maintext: str
    language: str
    source_domain: str

    def to_json(self) -> dict[str, str]:
        return {
            "url": self.url,
            "title": self.title,
            "date_publish": self.date_publish,
            "maintext": self.maintext,
            "language": self.language,
            "source_domain": self.source_domain,
        }


def spkatt_sentences(directory: Path) -> list[list[str]]:
    """Each SpkAtt-2023 task file's sentences, detokenized."""
    articles = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        sents = []
        for sentence in data["Sentences"]:
            text = " ".join(sentence["Tokens"])
            sents.append(_NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", text)))
        if len(sents) >= RUN:
            articles.append(sents)
    return articles


def bundled_sentences() -> list[list[str]]:
    """The sentences of the articles shipped in ``lagebild/bench/data`` (body paragraphs)."""
    articles = []
    for entry in sorted(
        resources.files("lagebild.bench").joinpath("data").iterdir(), key=lambda e: e.name
    ):
        if not entry.name.endswith(".txt"):
            continue
        paragraphs = entry.read_text(encoding="utf-8").split("\n\n")
        body = " ".join(p.strip() for p in paragraphs[3:] if p.strip())
        sents = [s.strip() for s in _SENTENCE_END.split(body) if s.strip()]
        if len(sents) >= RUN:
            articles.append(sents)
    return articles


def source_sentences(corpus: Path | None) -> tuple[str, list[list[str]]]:
    """The sentence source for the synthetic corpus and its name (see the module docstring)."""
    if corpus is not None and any(corpus.glob("*.json")):
        return f"SpkAtt-2023 task files in {corpus}", spkatt_sentences(corpus)
    return "the articles shipped with lagebild", bundled_sentences()


def synthetic_corpus(
    articles: list[list[str]], n: int, seed: int = 5, words: int = WORDS_PER_DOC
) -> list[Record]:
    """``n`` records of about ``words`` words each, at least one run of sentences (see the
    module docstring)."""
    rng = random.Random(seed)
    records: list[Record] = []
    for i in range(n):
        if i and i % DUPLICATE_EVERY == 0:
            paragraphs = records[rng.randrange(len(records))].maintext.split("\n\n")
            k = rng.randrange(len(paragraphs))
            paragraphs[k] += DUPLICATE_SENTENCE
        else:
            paragraphs, count = [], 0
            while count < words:
                article = rng.choice(articles)
                start = rng.randrange(len(article) - RUN + 1)
                run = " ".join(article[start : start + RUN])
                paragraphs.append(run)
                count += len(run.split())
        text = "\n\n".join(paragraphs)
        records.append(
            Record(
                url=f"https://bench.example/{i}",
                title=" ".join(text.split()[:8]),
                date_publish=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d} 08:00:00",
                maintext=text,
                language="de",
                source_domain=f"outlet{i % 17}.example",
            )
        )
    return records


def near_duplicates_expected(n: int) -> int:
    """How many near-copies a corpus of ``n`` records holds."""
    return (n - 1) // DUPLICATE_EVERY
