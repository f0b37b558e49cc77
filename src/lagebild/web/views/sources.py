"""``/sources/{name}``: what a source claimed over time, the words it was named by, its
facts; ``/sources``: every source."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse

from lagebild.corroborate import source_claims
from lagebild.store import Store
from lagebild.web.export import Format, listing
from lagebild.web.pages import PageDep, StoreDep, not_found, render

router = APIRouter()
MAX_NAME = 200


def source_data(store: Store, name: str, page: Any) -> dict[str, Any] | None:
    if len(name) > MAX_NAME:
        return None
    claims = source_claims(store, name)
    if not claims:
        return None
    aliases: dict[str, int] = {}
    facts: dict[str, str | None] = {}
    for c in claims:
        for word in (c["source_text"], c["source_entity"]):
            if word:
                aliases[word] = aliases.get(word, 0) + 1
        if c["fact"]:
            facts[c["fact"]] = c.get("event_type")
    entity_id = store.entity_id(claims[0]["source_entity"] or "") if claims else None
    return {
        "name": name,
        "entity_id": entity_id,
        "total": len(claims),
        "claims": claims[page.offset : page.offset + page.size],
        "aliases": sorted(aliases.items(), key=lambda a: (-a[1], a[0])),
        "facts": [{"id": f, "event_type": t} for f, t in facts.items()],
        "first_seen": claims[0]["document"]["date"],
        "last_seen": claims[-1]["document"]["date"],
    }


@router.get("/sources/{name:path}", response_class=HTMLResponse, include_in_schema=False)
def source_page(request: Request, store: StoreDep, page: PageDep, name: str) -> HTMLResponse:
    data = source_data(store, name, page)
    if data is None:
        raise not_found(f"source {name!r}")
    return render(request, "source.html", data | {"page": page})


@router.get("/api/sources/{name:path}", tags=["sources"])
def source_api(store: StoreDep, page: PageDep, name: str) -> JSONResponse:
    """A source's claims over time (a page of them), the words it was named by, its facts."""
    data = source_data(store, name, page)
    if data is None:
        raise not_found(f"source {name!r}")
    return JSONResponse(data)


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(request: Request, store: StoreDep, page: PageDep) -> HTMLResponse:
    rows = source_claims(store)[page.offset : page.offset + page.size]
    return render(request, "sources.html", {"sources": rows, "page": page})


@router.get("/api/sources", tags=["sources"])
def sources_api(store: StoreDep, page: PageDep, format: Format = Format.json) -> Response:
    """Every source with its number of claims and facts, first and last date."""
    rows = source_claims(store)[page.offset : page.offset + page.size]
    return listing(rows, format, "sources", page=page.number, size=page.size)
