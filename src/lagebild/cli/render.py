"""Readable terminal output (rich) for analyses and stored claims."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from lagebild.model import Analysis, Quantity, TimeExpr


def format_quantity(q: Quantity | dict[str, Any]) -> str:
    """'12000', '≈11000', '200–999 (vague)', '≥600000' with the unit."""
    get = q.get if isinstance(q, dict) else lambda k: getattr(q, k)
    value, low, high = get("value"), get("low"), get("high")
    approx = bool(get("approximate"))
    unit = get("unit") or ""
    if value is not None:
        text = ("≈" if approx else "") + _num(value)
    elif low is not None and high is not None:
        text = f"{_num(low)}–{_num(high)}"
    elif low is not None:
        text = f"≥{_num(low)}"
    elif high is not None:
        text = f"≤{_num(high)}"
    else:
        text = str(get("text"))
    return f"{text} {unit}".strip()


def format_time(t: TimeExpr | dict[str, Any]) -> str:
    """'2024-11 →' / '→ 2024-10-18' / '2024-06'."""
    if isinstance(t, dict):
        start, end = t.get("date_from", t.get("from")), t.get("date_to", t.get("to"))
    else:
        start, end = t.from_, t.to
    if start and end and start == end:
        return str(start)
    return f"{start or ''} → {end or ''}".strip()


def _num(x: float) -> str:
    return f"{int(x)}" if float(x).is_integer() else f"{x:g}"


def analysis_table(analysis: Analysis) -> Table:
    """One row per claim: source, cue, form, modality, message, figures, times, event."""
    doc = analysis.document
    title = f"{doc.title or '(untitled)'} — {doc.date or 'no date'} [{doc.language}]"
    table = Table(title=title, show_lines=True, expand=True)
    for name, ratio in (
        ("id", 0), ("source", 2), ("cue", 1), ("form", 1), ("modality", 1), ("message", 5),
        ("figures", 2), ("times", 1), ("event", 2),
    ):  # fmt: skip
        table.add_column(name, ratio=ratio or None, overflow="fold")
    for c in analysis.claims:
        source = c.source_entity or (c.source.text if c.source else "—")
        if c.relayed_by:
            source += f" (via {c.relayed_by})"
        event = ""
        if c.event:
            event = c.event.type + (f": {c.event.actor or '?'} → {c.event.target or '?'}")
        table.add_row(
            c.id,
            source,
            c.cue.text if c.cue else "",
            c.form,
            c.modality,
            c.message_text,
            "\n".join(format_quantity(q) for q in c.quantities),
            "\n".join(format_time(t) for t in c.times),
            event,
            style=None if c.form != "unattributed" else "dim",
        )
    return table


def claims_table(rows: list[dict[str, Any]]) -> Table:
    """Stored claims, one row each, with their document's date and title."""
    table = Table(show_lines=True, expand=True)
    for name, ratio in (
        ("date", 1), ("document", 2), ("source", 2), ("form", 1), ("modality", 1),
        ("message", 5), ("figures", 2), ("event", 1),
    ):  # fmt: skip
        table.add_column(name, ratio=ratio, overflow="fold")
    for r in rows:
        table.add_row(
            r.get("document_date") or "",
            r.get("document_title") or r["document_id"],
            r.get("source_entity") or r.get("source_text") or "—",
            r["form"],
            r["modality"],
            r["message"],
            "\n".join(format_quantity(q) for q in r.get("quantities", [])),
            r.get("event_type") or "",
        )
    return table


def print_table(table: Table) -> None:
    Console(width=max(Console().width, 140)).print(table)
