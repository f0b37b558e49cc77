"""``/documents/{id}``: the text with sources, cues and messages highlighted, figures and
dates with their normalized values, each claim's form, modality, entities and fact."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse

from lagebild.corroborate import claim_facts
from lagebild.store import ClaimFilter, Store
from lagebild.web.export import Format, listing
from lagebild.web.highlight import segments, to_html
from lagebild.web.pages import PageDep, StoreDep, not_found, render

router = APIRouter()
MAX_CLAIMS = 2_000


def document_data(store: Store, document_id: str) -> dict[str, Any] | None:
    doc = store.document(document_id)
    if doc is None:
        return None
    claims = store.claims(ClaimFilter(document=document_id, limit=MAX_CLAIMS))
    claims.sort(key=lambda c: (c["start"], c["id"]))
    facts = claim_facts(store, document_id)
    for claim in claims:
        claim["message_spans"] = json.loads(claim["message_spans"])
        claim["fact"] = facts.get(claim["id"])
    spans = store.document_spans(document_id)
    entities = {
        m["entity_id"]: {"id": m["entity_id"], "canonical": m["canonical"], "type": m["type"]}
        for m in spans["mentions"]
        if m["entity_id"] is not None
    }
    return {
        "document": doc,
        "claims": claims,
        "entities": sorted(entities.values(), key=lambda e: e["canonical"]),
        **spans,
    }


@router.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
def document_page(request: Request, store: StoreDep, document_id: str) -> HTMLResponse:
    data = document_data(store, document_id)
    if data is None:
        raise not_found(f"document {document_id!r}")
    marked = [c | {"message_spans": json.dumps(c["message_spans"])} for c in data["claims"]]
    parts = segments(data["document"]["text"], marked, data)
    return render(request, "document.html", data | {"text_html": to_html(parts)})


@router.get("/api/documents/{document_id}", tags=["documents"])
def document_api(store: StoreDep, document_id: str) -> JSONResponse:
    """One document: text, provenance, claims (with fact and stance), mentions, figures, dates."""
    data = document_data(store, document_id)
    if data is None:
        raise not_found(f"document {document_id!r}")
    return JSONResponse(data)


@router.get("/api/documents", tags=["documents"])
def documents_api(store: StoreDep, page: PageDep, format: Format = Format.json) -> Response:
    """Stored documents, last ingested first, with how often each was seen."""
    rows = store.documents(limit=page.size, offset=page.offset)
    return listing(rows, format, "documents", page=page.number, size=page.size)
