"""One module per page type; each holds the HTML page and its JSON under ``/api``."""

from __future__ import annotations

from fastapi import APIRouter

from lagebild.web.views import (
    apidocs,
    documents,
    entities,
    facts,
    ingest,
    overview,
    search,
    sources,
)

ROUTERS: tuple[APIRouter, ...] = (
    overview.router,
    search.router,
    documents.router,
    facts.router,
    entities.router,
    sources.router,
    ingest.router,
    apidocs.router,
)
