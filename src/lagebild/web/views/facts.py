"""``/facts/{id}``: the per-source figure table, a chart of figures over time by source,
and every sentence behind the fact with a link into its document."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse

from lagebild.corroborate import fact_detail, list_facts
from lagebild.store import Store
from lagebild.web.chart import figure_charts
from lagebild.web.export import Format, listing
from lagebild.web.pages import PageDep, StoreDep, blank, not_found, render
from lagebild.web.views.overview import fact_summary

router = APIRouter()


def fact_data(store: Store, fact_id: str) -> dict[str, Any] | None:
    """``fact_detail`` with each figure row's source words and hedge beside the entity."""
    detail = fact_detail(store, fact_id)
    if detail is None:
        return None
    claims = {c["claim"]: c for c in detail["claims"]}
    for row in detail["figures"]:
        claim = claims[row["claim"]]
        row["source_entity"] = claim["source_entity"]
        row["source_text"] = claim["source_text"]
        row["modality"] = claim["modality"]
        row["relayed_by"] = claim["relayed_by"]
        row["document_id"] = claim["document"]["id"]
    return detail


@router.get("/facts/{fact_id}", response_class=HTMLResponse, include_in_schema=False)
def fact_page(request: Request, store: StoreDep, fact_id: str) -> HTMLResponse:
    detail = fact_data(store, fact_id)
    if detail is None:
        raise not_found(f"fact {fact_id!r}")
    return render(
        request, "fact.html", {"fact": detail, "charts": figure_charts(detail["figures"])}
    )


@router.get("/api/facts/{fact_id}", tags=["facts"])
def fact_api(store: StoreDep, fact_id: str) -> JSONResponse:
    """One fact: its claims with stances, the per-source figure table and the timeline."""
    detail = fact_data(store, fact_id)
    if detail is None:
        raise not_found(f"fact {fact_id!r}")
    return JSONResponse(detail)


Text = Annotated[str | None, Query(max_length=500)]


def _facts(store: Store, page: Any, entity: str | None, event: str | None) -> list[dict[str, Any]]:
    return [
        fact_summary(f)
        for f in list_facts(
            store, entity=blank(entity), event=blank(event), limit=page.size, offset=page.offset
        )
    ]


@router.get("/facts", response_class=HTMLResponse, include_in_schema=False)
def facts_page(
    request: Request, store: StoreDep, page: PageDep, entity: Text = None, event: Text = None
) -> HTMLResponse:
    rows = _facts(store, page, entity, event)
    params = {"entity": blank(entity), "event": blank(event)}
    return render(request, "facts.html", {"facts": rows, "page": page, "params": params})


@router.get("/api/facts", tags=["facts"])
def facts_api(
    store: StoreDep,
    page: PageDep,
    entity: Annotated[
        str | None, Query(max_length=500, description="Actor, target, source.")
    ] = None,
    event: Annotated[str | None, Query(max_length=100, description="Event type.")] = None,
    format: Format = Format.json,
) -> Response:
    """Facts, last seen first: event, dates, sources, stances and the spread of figures."""
    rows = _facts(store, page, entity, event)
    return listing(rows, format, "facts", page=page.number, size=page.size)
