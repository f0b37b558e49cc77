"""Scoring facts against gold clusters: B-cubed precision/recall/F1 and stance accuracy.

The gold file (``tests/data/facts/facts.gold.json``) lists facts as claims, each given by
its document's file name and a substring of that document's text, with its stance. The
articles are ingested into a throwaway store, claims are filed into facts, and each gold
claim is matched to the stored claim whose span overlaps its substring most. B-cubed runs
over the gold claims: an unmatched gold claim, or a matched claim outside every fact, is a
system singleton.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.batch import ingest_paths
from lagebild.corroborate.update import FactOptions, update_facts
from lagebild.evaluate.figures import (
    FigureScore,
    figure_lines,
    majority_facts,
    read_gold_figures,
    score_figures,
)
from lagebild.ingest.inputs import read_input
from lagebild.model import Document
from lagebild.pipeline import Analyzer
from lagebild.store import Store, open_store

log = logging.getLogger(__name__)


@dataclass(slots=True)
class GoldClaim:
    fact: str
    document: str
    message: str
    stance: str
    predicted_fact: str | None = None
    predicted_stance: str | None = None
    claim_id: int | None = None


@dataclass(slots=True)
class FactScore:
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    stance_correct: int = 0
    stance_total: int = 0
    unmatched: list[GoldClaim] = field(default_factory=list)
    claims: list[GoldClaim] = field(default_factory=list)
    figures: FigureScore | None = None  # when the gold has per-source figure tables

    @property
    def stance_accuracy(self) -> float:
        return self.stance_correct / self.stance_total if self.stance_total else 0.0


def read_gold(path: Path) -> list[GoldClaim]:
    """The gold claims of a facts gold file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        GoldClaim(fact["id"], c["document"], c["message"], c["stance"])
        for fact in data["facts"]
        for c in fact["claims"]
    ]


def find_articles(names: Iterable[str], dirs: Iterable[Path]) -> dict[str, Path]:
    """The article file for each document name, searched in ``dirs`` in order."""
    dirs = list(dirs)
    out: dict[str, Path] = {}
    for name in names:
        for d in dirs:
            if (d / name).is_file():
                out[name] = d / name
                break
    return out


def bcubed(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of two clusterings of the same items (item -> cluster)."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    p_sum = r_sum = 0.0
    for item in items:
        same_pred = {i for i in items if predicted[i] == predicted[item]}
        same_gold = {i for i in items if gold[i] == gold[item]}
        both = len(same_pred & same_gold)
        p_sum += both / len(same_pred)
        r_sum += both / len(same_gold)
    p, r = p_sum / len(items), r_sum / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_store(store: Store, gold: list[GoldClaim], names: dict[str, str]) -> FactScore:
    """Score the facts in ``store`` against gold claims; ``names`` maps file name -> doc id."""
    for g in gold:
        doc_id = names.get(g.document)
        if doc_id is None:
            continue
        text = store.document_text(doc_id) or ""
        at = text.find(g.message)
        if at < 0:
            log.warning("gold message not in %s: %r", g.document, g.message)
            continue
        lo, hi = at, at + len(g.message)
        best = None
        with store.session(write=False) as session:
            overlapping = session.claims_overlapping(doc_id, lo, hi)
        for row in overlapping:
            overlap = min(hi, row["end"]) - max(lo, row["start"])
            if best is None or overlap > best[0]:
                best = (overlap, row)
        if best is not None:
            g.claim_id = int(best[1]["id"])
            g.predicted_fact = best[1]["fact_id"]
            g.predicted_stance = best[1]["stance"]
    score = FactScore(claims=gold)
    gold_map = {str(i): g.fact for i, g in enumerate(gold)}
    pred_map = {str(i): (g.predicted_fact or f"singleton:{i}") for i, g in enumerate(gold)}
    score.precision, score.recall, score.f1 = bcubed(gold_map, pred_map)
    for g in gold:
        score.stance_total += 1
        score.stance_correct += int(g.predicted_stance == g.stance)
        if g.claim_id is None:
            score.unmatched.append(g)
    return score


def evaluate_facts(
    gold_path: Path,
    article_dirs: Iterable[Path],
    *,
    analyzer: Analyzer | None = None,
    options: FactOptions | None = None,
    reverse: bool = False,
) -> FactScore:
    """Ingest the gold's articles into a throwaway store (``reverse``: in reverse name order,
    one update per article) and score the facts built from them."""
    gold = read_gold(gold_path)
    files = find_articles(sorted({g.document for g in gold}), article_dirs)
    missing = sorted({g.document for g in gold} - set(files))
    if missing:
        log.warning("articles not found: %s", ", ".join(missing))
    analyzer = analyzer or Analyzer()
    order = sorted(files, reverse=reverse)
    with open_store(":memory:") as store:
        for name in order:
            ingest_paths([files[name]], store, analyzer=analyzer)
            update_facts(store, options)
        names = {name: doc_id for name in order if (doc_id := _document_id(files[name]))}
        score = score_store(store, gold, names)
        rows = read_gold_figures(json.loads(gold_path.read_text(encoding="utf-8")))
        if rows:
            fact_of_gold = majority_facts([(g.fact, g.predicted_fact) for g in gold])
            score.figures = score_figures(store, rows, names, fact_of_gold)
        return score


def _document_id(path: Path) -> str | None:
    """The id of the (first) document read from an article file of any format."""
    for item in read_input(str(path)):
        if isinstance(item, Document):
            return item.id
    log.warning("no document read from %s", path)
    return None


def format_lines(score: FactScore, verbose: bool = False) -> list[str]:
    """A readable report; the last line is the summary."""
    lines = []
    if verbose:
        for g in score.claims:
            mark = "ok " if g.predicted_stance == g.stance else "BAD"
            lines.append(
                f"{mark} {g.fact:<12} {g.document:<40} gold={g.stance:<14}"
                f" got={g.predicted_stance or '-':<14} fact={g.predicted_fact or '-'}"
                f"  {g.message[:50]}"
            )
        lines.append("")
    by_fact: dict[str, set[str]] = {}
    for g in score.claims:
        by_fact.setdefault(g.fact, set()).add(g.predicted_fact or "-")
    for fact, predicted in sorted(by_fact.items()):
        lines.append(f"gold fact {fact:<12} -> system facts {', '.join(sorted(predicted))}")
    lines.append(
        f"B3 P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f};"
        f" stance {score.stance_correct}/{score.stance_total}; unmatched {len(score.unmatched)}"
    )
    summary = f"facts B3 F1={score.f1:.3f} stance acc={score.stance_accuracy:.3f}"
    if score.figures is not None:
        fig = score.figures
        lines.extend(figure_lines(fig, verbose))
        lines.append(
            f"per-source figure pairs found {fig.found}/{len(fig.rows)};"
            f" misattributed figures {len(fig.misattributed)}"
        )
        summary += f" figure pairs={fig.share_found:.3f} misattributed={len(fig.misattributed)}"
    lines.append(summary)
    return lines


def score_json(score: FactScore) -> dict[str, Any]:
    out: dict[str, Any] = {
        "b3": {"precision": score.precision, "recall": score.recall, "f1": score.f1},
        "stance_accuracy": score.stance_accuracy,
        "claims": len(score.claims),
        "unmatched": len(score.unmatched),
    }
    if score.figures is not None:
        out["figure_pairs"] = {
            "gold": len(score.figures.rows),
            "found": score.figures.found,
            "share_found": score.figures.share_found,
            "misattributed": len(score.figures.misattributed),
        }
    return out
