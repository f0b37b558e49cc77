"""``/ingest``: what was ingested, duplicates with every provenance, rejects with reasons,
documents a pipeline stage failed on."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse

from lagebild.store import Store
from lagebild.web.export import Format, listing
from lagebild.web.pages import PageDep, StoreDep, render

router = APIRouter()


def ingest_data(store: Store, page: Any) -> dict[str, Any]:
    return {
        "counts": store.counts(),
        "documents": store.documents(limit=page.size, offset=page.offset),
        "duplicates": store.duplicates(limit=page.size, offset=page.offset),
        "rejects": store.rejects(limit=page.size, offset=page.offset),
        "failures": store.failures(limit=page.size, offset=page.offset),
    }


@router.get("/ingest", response_class=HTMLResponse, include_in_schema=False)
def ingest_page(request: Request, store: StoreDep, page: PageDep) -> HTMLResponse:
    return render(request, "ingest.html", ingest_data(store, page) | {"page": page})


@router.get("/api/ingest", tags=["ingest"])
def ingest_api(store: StoreDep, page: PageDep) -> dict[str, Any]:
    """Documents (last ingested first), duplicates with every provenance, rejects, failed
    stages."""
    return ingest_data(store, page)


@router.get("/api/duplicates", tags=["ingest"])
def duplicates_api(store: StoreDep, page: PageDep, format: Format = Format.json) -> Response:
    """Documents seen more than once, with every provenance."""
    rows = store.duplicates(limit=page.size, offset=page.offset)
    return listing(rows, format, "duplicates", page=page.number, size=page.size)


@router.get("/api/rejects", tags=["ingest"])
def rejects_api(store: StoreDep, page: PageDep, format: Format = Format.json) -> Response:
    """Inputs that could not be ingested, with the reason."""
    rows = store.rejects(limit=page.size, offset=page.offset)
    return listing(rows, format, "rejects", page=page.number, size=page.size)


@router.get("/api/failures", tags=["ingest"])
def failures_api(store: StoreDep, page: PageDep, format: Format = Format.json) -> Response:
    """Stored documents a pipeline stage failed on: stage, error, when."""
    rows = store.failures(limit=page.size, offset=page.offset)
    return listing(rows, format, "failures", page=page.number, size=page.size)
