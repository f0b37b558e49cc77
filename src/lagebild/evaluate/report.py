"""Human-readable lines for seed scores: the summary report and the per-claim explanation."""

from __future__ import annotations

from lagebild.evaluate.scores import CorpusScore, Count, DocumentScore, EntityScore


def format_report(score: DocumentScore | CorpusScore) -> list[str]:
    """Per-document and pooled scores; the last line is ``claims F1=0.923 fields=0.914``."""
    corpus = score if isinstance(score, CorpusScore) else CorpusScore([score])
    lines: list[str] = []
    for doc in corpus.documents:
        lines.extend(_document_lines(doc))
    if len(corpus.documents) > 1:
        lines.append(f"pooled over {len(corpus.documents)} documents")
        lines.extend(
            _block(
                corpus.matched,
                corpus.gold_claims,
                corpus.pred_claims,
                corpus.precision,
                corpus.recall,
                corpus.f1,
                corpus.fields,
                corpus.fields_total,
                corpus.entities,
                corpus.times,
                len(corpus.absent),
                sum(len(d.bad_spans) for d in corpus.documents),
            )
        )
    lines.append(f"claims F1={corpus.f1:.3f} fields={corpus.fields_total.ratio:.3f}")
    return lines


def explain(score: DocumentScore | CorpusScore) -> list[str]:
    """For each gold claim its matched prediction or MISSING, and every failed check."""
    docs = score.documents if isinstance(score, CorpusScore) else [score]
    lines: list[str] = []
    for doc in docs:
        lines.append(f"{doc.name}")
        for claim in doc.claims:
            if claim.pred_id is None:
                nearest = f"  (nearest prediction by rule {claim.rule})" if claim.rule else ""
                lines.append(f"  {claim.gold_id}: MISSING  {_clip(claim.message)!r}{nearest}")
            else:
                failed = sum(not c.ok for c in claim.checks)
                lines.append(
                    f"  {claim.gold_id} -> {claim.pred_id} (overlap {claim.overlap:.2f}, "
                    f"{len(claim.checks) - failed}/{len(claim.checks)} fields, "
                    f"rule {claim.rule})"
                )
            if claim.pred_id is None:
                continue
            for check in claim.checks:
                if not check.ok:
                    gold = f"{check.gold!r}{_at(check.gold_at)}"
                    pred = f"{check.pred!r}{_at(check.pred_at)}"
                    lines.append(f"      {check.field}: gold {gold}  pred {pred}")
        for pred_id, message, rule in doc.unmatched_pred:
            lines.append(f"  extra prediction {pred_id} (rule {rule}): {_clip(message)!r}")
        for item in doc.entities.results:
            if not item.correct:
                what = "canonical wrong" if item.found else "not found"
                lines.append(f"  {item.kind}: mention {item.gold!r} {what} ({item.detail})")
        for item in doc.time_results:
            if not item.correct:
                lines.append(f"  time {item.gold!r} not resolved: {item.detail}")
        for text in doc.absent:
            lines.append(f"  not scored (absent from document.text): {text}")
        for text in doc.bad_spans:
            lines.append(f"  bad span (offsets do not give its text): {text}")
    return lines


def _document_lines(doc: DocumentScore) -> list[str]:
    return [
        f"document {doc.name}",
        *_block(
            doc.matched,
            doc.gold_claims,
            doc.pred_claims,
            doc.precision,
            doc.recall,
            doc.f1,
            doc.fields,
            doc.fields_total,
            doc.entities,
            doc.times,
            len(doc.absent),
            len(doc.bad_spans),
        ),
    ]


def _block(
    matched: int,
    gold: int,
    pred: int,
    precision: float,
    recall: float,
    f1: float,
    fields: dict[str, Count],
    fields_total: Count,
    entities: EntityScore,
    times: Count,
    absent: int,
    bad: int,
) -> list[str]:
    lines = [
        f"  claims: P={precision:.3f} R={recall:.3f} F1={f1:.3f} "
        f"({matched} matched, {gold} gold, {pred} predicted)",
        f"  fields: {_ratio(fields_total)}",
    ]
    lines.extend(f"    {name:<15} {_ratio(count)}" for name, count in fields.items())
    lines.append(
        f"  entities: mentions {_ratio(entities.mentions)}  canonical {_ratio(entities.canonical)}"
        f"  recall {_ratio(entities.recall)}  precision {_ratio(entities.precision)}"
        f"  type {_ratio(entities.type)}  wikidata {_ratio(entities.wikidata)}"
    )
    if times.total and times.correct == times.total:
        lines.append(f"  times: all {times.total} time expressions resolved")
    else:
        lines.append(f"  times: {times.correct} of {times.total} time expressions resolved")
    if absent:
        lines.append(f"  not scored: {absent} gold strings absent from document.text")
    if bad:
        lines.append(f"  bad spans: {bad} predicted spans whose offsets do not give their text")
    return lines


def _ratio(count: Count) -> str:
    if not count.total:
        return "n/a"
    return f"{count.ratio:.3f} ({count.correct}/{count.total})"


def _at(offset: int | None) -> str:
    return f" @{offset}" if offset is not None else ""


def _clip(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
