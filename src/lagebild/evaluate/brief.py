"""Scoring briefings: for every fact with two claims or more, a German and an English
briefing, and per briefing

- traceability: the share of sentences that cite claims with spans and hold no number
  and no capitalised word their claims do not (``brief.trace``); must be 100 %;
- source recall: the fact's attributed sources named in a sentence citing their claim;
- figure recall: the fact's figures written (in the briefing's language or as quoted)
  in a sentence citing their claim;
- absent: the numbers and names found in no cited claim (must be 0).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.batch import ingest_paths
from lagebild.brief import LANGUAGES, Briefing, Selection
from lagebild.brief.compose import compose
from lagebild.brief.figures import figure_text
from lagebild.brief.names import NameBook
from lagebild.brief.select import ClaimView, FactView, select_facts
from lagebild.brief.trace import SentenceCheck, check_briefing
from lagebild.corroborate import list_facts, update_facts
from lagebild.pipeline import Analyzer
from lagebild.resolve.kb import KnowledgeBase
from lagebild.store import Store, open_store

log = logging.getLogger(__name__)


@dataclass(slots=True)
class FactBriefScore:
    """One fact in one language."""

    fact: str
    language: str
    sentences: int = 0
    traceable: int = 0
    sources: int = 0
    sources_named: int = 0
    figures: int = 0
    figures_written: int = 0
    absent: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)


@dataclass(slots=True)
class BriefScore:
    facts: list[FactBriefScore] = field(default_factory=list)

    def _sum(self, name: str) -> int:
        return sum(int(getattr(f, name)) for f in self.facts)

    @property
    def traceability(self) -> float:
        total = self._sum("sentences")
        return self._sum("traceable") / total if total else 0.0

    @property
    def source_recall(self) -> float:
        total = self._sum("sources")
        return self._sum("sources_named") / total if total else 1.0

    @property
    def figure_recall(self) -> float:
        total = self._sum("figures")
        return self._sum("figures_written") / total if total else 1.0

    @property
    def absent(self) -> int:
        return sum(len(f.absent) for f in self.facts)


def _surfaces(claim: ClaimView, names: NameBook, language: str) -> list[str]:
    """How a briefing may name a claim's source."""
    out = [claim.source_text or ""]
    if claim.source_entity:
        ref = names.referent(claim.source_entity, language)
        out += [ref.name, ref.de("nom") if language == "de" else ref.en(False)]
    return [s.casefold() for s in out if s]


def score_fact(
    fact: FactView, briefing: Briefing, checks: list[SentenceCheck], names: NameBook
) -> FactBriefScore:
    """Traceability and recall of one fact's briefing."""
    score = FactBriefScore(fact.id, briefing.language)
    section = briefing.sections[0]
    body = [*section.lead[1:], *(s for p in section.paragraphs for s in p.sentences)]
    citing: dict[int, list[str]] = {}
    for sentence in body:
        for claim_id in sentence.claims:
            citing.setdefault(claim_id, []).append(sentence.text.casefold())
    score.sentences = len(checks)
    score.traceable = sum(c.traceable for c in checks)
    score.absent = [x for c in checks for x in (*c.numbers, *c.names)]
    by_source: dict[str, list[ClaimView]] = {}
    for claim in fact.claims:
        if claim.attributed:
            by_source.setdefault(claim.origin or claim.source_text or "", []).append(claim)
    for source, claims in by_source.items():
        score.sources += 1
        named = any(
            any(surface in text for surface in _surfaces(c, names, briefing.language))
            for c in claims
            for text in citing.get(c.id, [])
        )
        score.sources_named += named
        if not named:
            score.missed.append(f"source {source}")
    for claim in fact.claims:
        for q in claim.quantities:
            score.figures += 1
            wanted = {
                figure_text(q, briefing.language, claim.language).casefold(),
                q["text"].casefold(),
            }
            written = any(w in text for w in wanted for text in citing.get(claim.id, []))
            score.figures_written += written
            if not written:
                score.missed.append(f"figure {q['text']!r} (claim {claim.id})")
    return score


def score_store(
    store: Store, kb: KnowledgeBase | None = None, languages: Iterable[str] = LANGUAGES
) -> BriefScore:
    """Briefings for every fact with two claims or more in the store, scored."""
    kb = kb or KnowledgeBase.default()
    names = NameBook(kb, store)
    result = BriefScore()
    for fact in list_facts(store, min_claims=2):
        views = select_facts(store, Selection(fact=fact["id"]))
        claims = {c.id: c for v in views for c in v.claims}
        for language in languages:
            briefing = compose(views, language, names)
            if not briefing.sections:
                continue
            checks = check_briefing(briefing, claims, kb)
            result.facts.append(score_fact(views[0], briefing, checks, names))
    return result


def default_articles() -> list[Path]:
    """The gold corpora: the facts articles and the seed beside the checkout when present."""
    paths = sorted(Path("tests/data/facts").glob("*.txt"))
    seed = Path("../shared/seed")
    if seed.is_dir():
        paths += sorted(seed.glob("*.txt"))
    return paths


def evaluate_brief(
    articles: Iterable[Path] | None = None, analyzer: Analyzer | None = None
) -> BriefScore:
    """Ingest the articles into a throwaway store and score the briefings of its facts."""
    paths = list(articles) if articles is not None else default_articles()
    with open_store(":memory:") as store:
        ingest_paths(paths, store, analyzer=analyzer or Analyzer())
        update_facts(store)
        return score_store(store)


def format_lines(score: BriefScore, verbose: bool = False) -> list[str]:
    """One line per fact and language (misses with ``verbose``); the summary last."""
    lines = []
    for f in score.facts:
        lines.append(
            f"{f.fact} {f.language}: sentences {f.traceable}/{f.sentences} traceable;"
            f" sources {f.sources_named}/{f.sources}; figures {f.figures_written}/{f.figures};"
            f" absent {len(f.absent)}"
        )
        if verbose:
            lines += [f"    absent: {x}" for x in f.absent]
            lines += [f"    missed {x}" for x in f.missed]
    lines.append(
        f"brief: {len(score.facts)} briefings, traceable {100 * score.traceability:.1f}%,"
        f" source recall {score.source_recall:.3f}, figure recall {score.figure_recall:.3f},"
        f" absent numbers/names {score.absent}"
    )
    return lines
