"""``/entities/{id}``: an entity's aliases, claims over time and facts; ``/entities``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse

from lagebild.corroborate import list_facts
from lagebild.store import ClaimFilter, Store
from lagebild.web.export import Format, listing
from lagebild.web.pages import PageDep, StoreDep, blank, not_found, render
from lagebild.web.views.overview import fact_summary
from lagebild.web.views.search import _claim_row

router = APIRouter()
CLAIMS = 200
FACTS = 50


def entity_data(store: Store, entity_id: int) -> dict[str, Any] | None:
    entity = store.entity(entity_id)
    if entity is None:
        return None
    name = entity["canonical"]
    claims = store.claims(ClaimFilter(entity=name, limit=CLAIMS))
    claims.sort(key=lambda c: (c["document_date"] or "", c["document_id"], c["start"]))
    return {
        "entity": entity,
        "claims": [_claim_row(c) for c in claims],
        "facts": [fact_summary(f) for f in list_facts(store, entity=name, limit=FACTS)],
    }


@router.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
def entity_page(request: Request, store: StoreDep, entity_id: int) -> HTMLResponse:
    data = entity_data(store, entity_id)
    if data is None:
        raise not_found(f"entity {entity_id}")
    return render(request, "entity.html", data)


@router.get("/api/entities/{entity_id}", tags=["entities"])
def entity_api(store: StoreDep, entity_id: int) -> JSONResponse:
    """One entity: aliases, claims that name it (by date, at most 200), its facts."""
    data = entity_data(store, entity_id)
    if data is None:
        raise not_found(f"entity {entity_id}")
    return JSONResponse(data)


Name = Annotated[str | None, Query(max_length=200, description="Part of the canonical name.")]


@router.get("/entities", response_class=HTMLResponse, include_in_schema=False)
def entities_page(
    request: Request, store: StoreDep, page: PageDep, name: Name = None
) -> HTMLResponse:
    rows = store.entities(blank(name), limit=page.size, offset=page.offset)
    return render(
        request, "entities.html", {"entities": rows, "page": page, "params": {"name": blank(name)}}
    )


@router.get("/api/entities", tags=["entities"])
def entities_api(
    store: StoreDep, page: PageDep, name: Name = None, format: Format = Format.json
) -> Response:
    """Entities, most mentioned first."""
    rows = store.entities(blank(name), limit=page.size, offset=page.offset)
    return listing(rows, format, "entities", page=page.number, size=page.size)
