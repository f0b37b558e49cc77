"""Scoring the per-source figure table against gold: pairs found and misattributed figures.

A gold fact may carry ``figures``: one row per document and source, with the source in the
text's words (``source``, ``source_aliases``), the entity it resolves to (or null), the
figure (``value``, ``low``, ``high``, ``approximate``), its unit class and date.

- A row is *found* when the system fact that holds most of the gold fact's claims has a
  claim of the row's document whose source matches the row and whose figure overlaps it.
- A figure is *misattributed* when a claim of the row's document carries the row's figure
  but is credited to a source that matches no gold row giving that figure in that
  document (a claim with no source is not credited to anyone and is not counted).

A source matches a row with an entity when the claim resolved to that entity; a row
without an entity matches an unresolved claim whose source words contain the row's words
(each word of the row a prefix of a word of the claim's source), or a claim whose entity
name contains them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from lagebild.corroborate.signature import Figure
from lagebild.store import Store

TOLERANCE = 0.05


@dataclass(slots=True)
class GoldFigure:
    fact: str
    document: str
    source: str
    entity: str | None
    value: float | None
    low: float | None
    high: float | None
    approximate: bool
    unit: str | None
    date: str | None
    aliases: tuple[str, ...] = ()
    found: bool = False
    credited: list[str] = field(default_factory=list)  # sources the system gives this figure

    @property
    def figure(self) -> Figure:
        return Figure(self.value, self.low, self.high, self.approximate, self.unit)

    def label(self) -> str:
        who = f"{self.source} [{self.entity}]" if self.entity else self.source
        return f"{who}: {_number(self.figure)} {self.unit or ''} ({self.date})"


@dataclass(slots=True)
class FigureScore:
    rows: list[GoldFigure] = field(default_factory=list)
    misattributed: list[tuple[GoldFigure, str]] = field(default_factory=list)

    @property
    def found(self) -> int:
        return sum(1 for r in self.rows if r.found)

    @property
    def share_found(self) -> float:
        return self.found / len(self.rows) if self.rows else 0.0


def read_gold_figures(data: dict[str, Any]) -> list[GoldFigure]:
    """The per-source figure rows of a facts gold file's parsed JSON."""
    return [
        GoldFigure(
            fact=fact["id"],
            document=row["document"],
            source=row["source"],
            entity=row.get("entity"),
            value=row.get("value"),
            low=row.get("low"),
            high=row.get("high"),
            approximate=bool(row.get("approximate")),
            unit=row.get("unit"),
            date=row.get("date"),
            aliases=tuple(row.get("source_aliases") or ()),
        )
        for fact in data["facts"]
        for row in fact.get("figures", [])
    ]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _contains_words(haystack: str | None, needle: str) -> bool:
    have = _words(haystack or "")
    return bool(needle.strip()) and all(any(h.startswith(w) for h in have) for w in _words(needle))


def source_matches(
    row: GoldFigure, source_text: str | None, source_entity: str | None, *, words: bool = False
) -> bool:
    """Whether a claim credited to (source_text, source_entity) is the row's source.

    words: a claim left unresolved whose words name the row's source also matches a row
    with an entity (not found, since unresolved, but not credited to another either).
    """
    if row.entity and (source_entity or not words):
        return (source_entity or "").casefold() == row.entity.casefold()
    names = (row.source, *row.aliases)
    if source_entity and not any(_contains_words(source_entity, n) for n in names):
        return False
    return any(_contains_words(source_text, n) or _contains_words(source_entity, n) for n in names)


def _overlap(a: Figure, b: Figure) -> bool:
    lo_a, hi_a = a.bounds(TOLERANCE)
    lo_b, hi_b = b.bounds(0.0)
    return lo_a <= hi_b and lo_b <= hi_a


def _number(f: Figure) -> str:
    if f.value is not None and f.low in (None, f.value) and f.high in (None, f.value):
        return f"{f.value:g}"
    lo = "" if f.low is None else f"{f.low:g}"
    hi = "" if f.high is None else f"{f.high:g}"
    return f"{lo}..{hi}"


def score_figures(
    store: Store,
    rows: list[GoldFigure],
    names: dict[str, str],
    fact_of_gold: dict[str, str | None],
) -> FigureScore:
    """Mark the rows found and collect misattributed figures.

    names: gold document name -> stored document id; fact_of_gold: gold fact id -> the
    system fact holding most of its claims (None when none of them is in a fact).
    """
    score = FigureScore(rows=rows)
    by_doc: dict[str, list[GoldFigure]] = {}
    for row in rows:
        by_doc.setdefault(row.document, []).append(row)
    blamed: set[int] = set()
    for document, doc_rows in by_doc.items():
        doc_id = names.get(document)
        if doc_id is None:
            continue
        with store.session(write=False) as session:
            claims = session.document_figure_claims(doc_id)
        for row in doc_rows:
            gold = row.figure
            fact = fact_of_gold.get(row.fact)
            for c in claims:
                got = Figure(c["value"], c["low"], c["high"], bool(c["approximate"]), c["unit"])
                if (got.value, got.low, got.high) == (None, None, None) or not _overlap(got, gold):
                    continue
                credited = c["source_entity"] or c["source_text"]
                if credited:
                    row.credited.append(credited)
                if (
                    fact
                    and c["fact_id"] == fact
                    and source_matches(row, c["source_text"], c["source_entity"])
                ):
                    row.found = True
                if (
                    credited
                    and int(c["id"]) not in blamed
                    and not any(
                        _overlap(got, other.figure)
                        and source_matches(other, c["source_text"], c["source_entity"], words=True)
                        for other in doc_rows
                    )
                ):
                    blamed.add(int(c["id"]))
                    score.misattributed.append((row, credited))
    return score


def majority_facts(pairs: list[tuple[str, str | None]]) -> dict[str, str | None]:
    """Gold fact id -> the system fact most of its claims landed in."""
    counts: dict[str, Counter[str]] = {}
    for gold, predicted in pairs:
        counts.setdefault(gold, Counter())
        if predicted:
            counts[gold][predicted] += 1
    return {gold: (min(c, key=lambda f: (-c[f], f)) if c else None) for gold, c in counts.items()}


def figure_lines(score: FigureScore, verbose: bool = False) -> list[str]:
    """Readable lines: every row when verbose, the misattributed figures always."""
    lines = []
    if verbose:
        for row in score.rows:
            mark = "ok  " if row.found else "MISS"
            seen = (
                f"  system credits: {', '.join(sorted(set(row.credited)))}" if row.credited else ""
            )
            lines.append(f"{mark} {row.fact:<20} {row.label()}{seen}")
    for row, credited in score.misattributed:
        lines.append(f"misattributed: {row.document}: {row.label()} credited to {credited!r}")
    return lines
