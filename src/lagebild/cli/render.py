"""Tables that fit the terminal: columns chosen by width, cells cut at words with an ellipsis.

Every table is built from :class:`Column` s ranked by how much a reader needs them; the
columns that fit the console's width are shown (all of them with ``--wide``), long messages
are shortened at a word boundary, and full values are in ``--json``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from lagebild.cli.figures import format_quantity, format_time
from lagebild.model import Analysis, Claim

# Characters a column costs beside its content (padding and the gap to the next column).
_COLUMN_OVERHEAD = 3
# The least width of --wide output: every column, full text.
WIDE_COLUMNS = 200
# A message longer than this is shortened at a word boundary unless --wide.
MESSAGE_CHARS = 220


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: ``rank`` 0 is shown first; ``wrap`` columns wrap at words and get at
    least ``min_width`` characters and ``share`` of the table's width."""

    name: str
    min_width: int
    rank: int
    wrap: bool = False
    ratio: int | None = None
    share: float = 0.0


Row = Mapping[str, str]


def fit_columns(
    columns: Sequence[Column], rows: Sequence[Row], width: int, wide: bool = False
) -> list[Column]:
    """The columns that fit ``width``, by rank, in their original order; a column empty in
    every row is left out. With ``wide`` every column that has a value."""
    filled = [c for c in columns if any(row.get(c.name) for row in rows)] or list(columns[:1])
    if wide:
        return filled
    chosen: set[str] = set()
    used = -1
    for column in sorted(filled, key=lambda c: c.rank):
        cost = _least_width(column, rows, width) + _COLUMN_OVERHEAD
        if used + cost <= width or not chosen:
            chosen.add(column.name)
            used += cost
    return [c for c in filled if c.name in chosen]


def _least_width(column: Column, rows: Sequence[Row], width: int) -> int:
    """The least width a column needs: its minimum (or share) if it wraps, else its
    longest line."""
    if column.wrap:
        least = max(column.min_width, int(column.share * width))
        return min(least, _longest_line(column, rows))
    return _longest_line(column, rows)


def _longest_line(column: Column, rows: Sequence[Row]) -> int:
    lines = [line for row in rows for line in row.get(column.name, "").splitlines()]
    return max([len(column.name), *map(len, lines)])


def column_widths(columns: Sequence[Column], rows: Sequence[Row], width: int) -> list[int]:
    """Widths that fill ``width``: one-line columns as wide as their longest line, wrapping
    columns from their minimum up to their longest line, sharing the rest by ratio."""
    widths = [_least_width(c, rows, width) for c in columns]
    room = width + 1 - sum(w + _COLUMN_OVERHEAD for w in widths)
    growing = [i for i, c in enumerate(columns) if c.wrap]
    while room > 0 and growing:
        total = sum(columns[i].ratio or 1 for i in growing)
        given = 0
        for i in growing:
            share = max(1, room * (columns[i].ratio or 1) // total)
            share = min(share, _longest_line(columns[i], rows) - widths[i], room - given)
            widths[i] += share
            given += share
        growing = [i for i in growing if widths[i] < _longest_line(columns[i], rows)]
        room -= given
        if given == 0:
            break
    return widths


def build_table(
    columns: Sequence[Column],
    rows: Sequence[Row],
    width: int,
    wide: bool = False,
    title: str | None = None,
    dim: Sequence[bool] = (),
    layout: Sequence[Row] | None = None,
) -> Table:
    """A table of ``rows`` (cells by column name) with the columns that fit ``width``.

    Wrapping columns wrap at words and share the width by their ratio; the others keep one
    line and end in an ellipsis when cut. ``dim[i]`` shows row ``i`` dimmed. ``layout``:
    the rows to choose columns and widths by (default ``rows``), so that several tables
    of one listing line up.
    """
    layout = rows if layout is None else layout
    shown = fit_columns(columns, layout, width, wide)
    table = Table(
        title=title, box=box.SIMPLE_HEAD, pad_edge=False, expand=False, title_justify="left"
    )
    for c, w in zip(shown, column_widths(shown, layout, width), strict=True):
        table.add_column(c.name, width=w, no_wrap=not c.wrap, overflow="ellipsis")
    for i, row in enumerate(rows):
        faint = i < len(dim) and dim[i]
        table.add_row(*(row.get(c.name, "") for c in shown), style="dim" if faint else None)
    return table


def shorten(text: str, limit: int = MESSAGE_CHARS) -> str:
    """``text`` cut at the last word boundary before ``limit`` characters, with '…'."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


def source_cell(
    text: str | None, entity: str | None, relayed_by: str | None = None, form: str = ""
) -> str:
    """The text's own words beside what they resolved to: 'die Polizei -> ?',
    'DRK -> German Red Cross'; the words alone when they hold the entity's name ('Chef
    Kyrylo Budanov'); '(author)' for an unattributed claim."""
    if not text and not entity:
        cell = "(author)" if form == "unattributed" else "?"
    elif not text:
        cell = str(entity)
    elif not entity:
        cell = f"{text} -> ?"
    elif entity.casefold() in text.casefold():
        cell = text
    else:
        cell = f"{text} -> {entity}"
    if relayed_by:
        cell += f" (via {relayed_by})"
    return cell


def event_cell(event_type: str | None, actor: str | None, target: str | None) -> str:
    """'DEPLOY_TROOPS' and on a second line 'North Korea -> Russia'; '' without an event."""
    if not event_type:
        return ""
    if not actor and not target:
        return event_type
    return f"{event_type}\n{actor or '?'} -> {target or '?'}"


ANALYSIS_COLUMNS = (
    Column("id", 3, 0),
    Column("source", 12, 1, wrap=True, ratio=3, share=0.15),
    Column("cue", 8, 6, wrap=True, ratio=1),
    Column("form", 8, 5),
    Column("modality", 11, 2),
    Column("message", 20, 0, wrap=True, ratio=5, share=0.35),
    Column("figures", 12, 3, wrap=True, ratio=2),
    Column("times", 12, 7, wrap=True, ratio=1),
    Column("event", 15, 4, wrap=True, ratio=2),
)


def analysis_view(analysis: Analysis, width: int, wide: bool = False) -> RenderableType:
    """The document's title, date, outlet and language, then one row per claim."""
    doc = analysis.document
    outlet = next((p.outlet for p in doc.provenance if p.outlet), None)
    rows = [_analysis_cells(c, doc.text, doc.language or "de", wide) for c in analysis.claims]
    dim = [c.form == "unattributed" for c in analysis.claims]
    return Group(
        _heading(doc.title, doc.date, outlet, doc.language, None),
        Text(f"{len(analysis.claims)} claims", style="dim"),
        build_table(ANALYSIS_COLUMNS, rows, width, wide, dim=dim),
    )


def _analysis_cells(c: Claim, text: str, lang: str, wide: bool) -> dict[str, str]:
    source = source_cell(c.source.text if c.source else None, c.source_entity, c.relayed_by, c.form)
    event = c.event
    return {
        "id": c.id,
        "source": source,
        "cue": c.cue.text if c.cue else "",
        "form": c.form,
        "modality": c.modality,
        "message": c.message_text if wide else shorten(c.message_text),
        "figures": "\n".join(
            format_quantity(q, lang, text[q.end : q.end + 80]) for q in c.quantities
        ),
        "times": "\n".join(format_time(t) for t in c.times),
        "event": event_cell(event.type, event.actor, event.target) if event else "",
    }


CLAIM_COLUMNS = (
    Column("id", 4, 0),
    Column("source", 12, 1, wrap=True, ratio=3, share=0.15),
    Column("form", 8, 5),
    Column("modality", 11, 2),
    Column("message", 20, 0, wrap=True, ratio=5, share=0.35),
    Column("figures", 12, 3, wrap=True, ratio=2),
    Column("times", 12, 6, wrap=True, ratio=1),
    Column("event", 15, 4, wrap=True, ratio=2),
)


def claims_view(
    rows: Iterable[Mapping[str, Any]], width: int, wide: bool = False
) -> list[RenderableType]:
    """Stored claims grouped by document: a heading per document, then its claims."""
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        groups.setdefault(str(row["document_id"]), []).append(row)
    every = [_claim_cells(row, wide) for claims in groups.values() for row in claims]
    out: list[RenderableType] = []
    for document_id, claims in groups.items():
        first = claims[0]
        out.append(
            _heading(
                first.get("document_title"),
                first.get("document_date"),
                first.get("document_outlet"),
                first.get("document_language"),
                document_id,
            )
        )
        cells = [_claim_cells(row, wide) for row in claims]
        dim = [row["form"] == "unattributed" for row in claims]
        out.append(build_table(CLAIM_COLUMNS, cells, width, wide, dim=dim, layout=every))
    return out


def _claim_cells(row: Mapping[str, Any], wide: bool) -> dict[str, str]:
    lang = row.get("document_language") or "de"
    spans = row.get("message_spans")
    if isinstance(spans, str):
        spans = json.loads(spans)
    return {
        "id": str(row["id"]),
        "source": source_cell(
            row.get("source_text"), row.get("source_entity"), row.get("relayed_by"), row["form"]
        ),
        "form": row["form"],
        "modality": row["modality"],
        "message": row["message"] if wide else shorten(row["message"]),
        "figures": "\n".join(
            format_quantity(q, lang, _following(q, spans or [])) for q in row.get("quantities", [])
        ),
        "times": "\n".join(format_time(t) for t in row.get("times", [])),
        "event": event_cell(row.get("event_type"), row.get("event_actor"), row.get("event_target")),
    }


def _following(q: Mapping[str, Any], spans: Sequence[Mapping[str, Any]]) -> str:
    """The message text after a stored figure (its span is in the message)."""
    end = q.get("end")
    for span in spans:
        if end is not None and span["start"] <= end <= span["end"]:
            return str(span["text"])[end - span["start"] :]
    return ""


def _heading(
    title: str | None,
    date: str | None,
    outlet: str | None,
    language: str | None,
    document_id: str | None,
) -> Text:
    """'Title' in bold, then date · outlet · language · document id, on one line."""
    heading = Text()
    heading.append(title or "(untitled)", style="bold")
    details = [date or "no date", outlet, language, f"[{document_id}]" if document_id else None]
    heading.append("  " + " · ".join(d for d in details if d), style="dim")
    return heading


def console(wide: bool = False) -> Console:
    """The standard output console, as wide as the terminal (or $COLUMNS); with ``wide`` at
    least :data:`WIDE_COLUMNS` wide (for a pager or a file)."""
    out = Console()
    return Console(width=max(out.width, WIDE_COLUMNS)) if wide else out
