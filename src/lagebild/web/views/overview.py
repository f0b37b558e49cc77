"""``/``: counts, the latest facts with their spread of figures, recent rejects."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from lagebild.cli.render import format_quantity
from lagebild.corroborate import list_facts
from lagebild.store import Store
from lagebild.web.pages import StoreDep, render

router = APIRouter()
LATEST = 12


def overview_data(store: Store) -> dict[str, Any]:
    facts = list_facts(store, limit=LATEST)
    return {
        "counts": store.counts(),
        "facts": [fact_summary(f) for f in facts],
        "documents": store.documents(limit=8),
        "rejects": store.rejects(limit=8),
    }


def fact_summary(fact: dict[str, Any]) -> dict[str, Any]:
    """A fact without its claims: event, dates, sources and the spread of its figures."""
    figures = [q for c in fact["claims"] for q in c["quantities"]]
    numbers = [
        v for q in figures for v in (q["value"], q["low"], q["high"]) if v is not None
    ]  # fmt: skip
    sources = [c["source_entity"] or c["source_text"] for c in fact["claims"]]
    return {
        "id": fact["id"],
        "event": fact["event"],
        "first_seen": fact["first_seen"],
        "last_seen": fact["last_seen"],
        "claims": len(fact["claims"]),
        "origins": fact["origins"],
        "stances": fact["stances"],
        "sources": sorted({s for s in sources if s}),
        "figures": sorted({format_quantity(q) for q in figures}),
        "spread": [min(numbers), max(numbers)] if numbers else None,
    }


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(request: Request, store: StoreDep) -> HTMLResponse:
    return render(request, "overview.html", overview_data(store))


@router.get("/api/overview", tags=["overview"])
def overview_api(store: StoreDep) -> dict[str, Any]:
    """Row counts, the latest facts (with their figures' spread), documents and rejects."""
    return overview_data(store)
