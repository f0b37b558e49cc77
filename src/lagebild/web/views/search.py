"""``/search``: full text over claims and documents with filters, paginated.

A query FTS5 cannot parse is searched again as a phrase, and the page says so."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import HTMLResponse

from lagebild.errors import QuerySyntaxError
from lagebild.store import ClaimFilter, Store
from lagebild.web.export import Format, listing
from lagebild.web.pages import PageDep, StoreDep, blank, render

router = APIRouter()


class Kind(StrEnum):
    claims = "claims"
    documents = "documents"


@dataclass(slots=True)
class SearchResult:
    rows: list[dict[str, Any]] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    query: str | None = None  # the FTS5 query that ran


def phrase(query: str) -> str:
    """``query`` as one FTS5 phrase (quotes doubled): always valid syntax."""
    return '"' + query.replace('"', '""') + '"'


def _iso(name: str, value: str | None, messages: list[str]) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        messages.append(f"{name} {value!r} is not a date (YYYY-MM-DD); it was ignored.")
        return None


def run_search(store: Store, kind: Kind, q: str | None, flt: ClaimFilter) -> SearchResult:
    result = SearchResult(query=q)
    attempts = [q] if q is None else [q, phrase(q)]
    for attempt in attempts:
        try:
            if kind is Kind.documents:
                result.rows = store.search_documents(attempt, flt)
            else:
                # the store would quietly search a broken query as a phrase: say so here
                reason = store.query_error(attempt) if attempt else None
                if reason is not None:
                    raise QuerySyntaxError(attempt or "", reason)
                result.rows = store.claims(
                    ClaimFilter(
                        flt.source, flt.entity, flt.event, flt.since, attempt, None, flt.limit,
                        flt.until, flt.language, flt.offset,
                    )
                )  # fmt: skip
        except QuerySyntaxError as exc:
            result.messages.append(
                f"The query {attempt} is not valid full-text syntax ({exc.reason})"
                + ("; it was searched as a phrase instead." if attempt == q else ".")
            )
            continue
        result.query = attempt
        return result
    result.query = None
    return result


def _claim_row(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "document": row["document_id"],
        "document_title": row["document_title"],
        "date": row["document_date"],
        "language": row["document_language"],
        "claim_key": row["claim_key"],
        "source_entity": row["source_entity"],
        "source_text": row["source_text"],
        "relayed_by": row["relayed_by"],
        "cue": row["cue_text"],
        "form": row["form"],
        "modality": row["modality"],
        "event_type": row["event_type"],
        "message": row["message"],
        "quantities": row["quantities"],
        "times": row["times"],
    }


Text = Annotated[str | None, Query(max_length=500)]


def _search(
    store: Store,
    page: Any,
    kind: Kind,
    q: str | None,
    source: str | None,
    entity: str | None,
    event: str | None,
    language: str | None,
    since: str | None,
    until: str | None,
) -> tuple[SearchResult, dict[str, Any]]:
    messages: list[str] = []
    params = {
        "q": blank(q), "kind": kind.value, "source": blank(source), "entity": blank(entity),
        "event": blank(event), "language": blank(language),
        "since": _iso("since", blank(since), messages),
        "until": _iso("until", blank(until), messages),
    }  # fmt: skip
    flt = ClaimFilter(
        source=params["source"], entity=params["entity"], event=params["event"],
        since=params["since"], until=params["until"], language=params["language"],
        limit=page.size, offset=page.offset,
    )  # fmt: skip
    result = run_search(store, kind, params["q"], flt)
    result.messages[:0] = messages
    if kind is Kind.claims:
        result.rows = [_claim_row(r) for r in result.rows]
    return result, params


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(
    request: Request,
    store: StoreDep,
    page: PageDep,
    q: Text = None,
    kind: Kind = Kind.claims,
    source: Text = None,
    entity: Text = None,
    event: Text = None,
    language: Text = None,
    since: Text = None,
    until: Text = None,
) -> HTMLResponse:
    result, params = _search(store, page, kind, q, source, entity, event, language, since, until)
    return render(
        request,
        "search.html",
        {"result": result, "params": params, "page": page, "facets": store.facets()},
    )


@router.get("/api/search", tags=["search"])
def search_api(
    store: StoreDep,
    page: PageDep,
    q: Annotated[str | None, Query(max_length=500, description="FTS5 query.")] = None,
    kind: Kind = Kind.claims,
    source: Text = None,
    entity: Text = None,
    event: Text = None,
    language: Text = None,
    since: Annotated[str | None, Query(description="Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(description="Published on or before (YYYY-MM-DD).")] = None,
    format: Format = Format.json,
) -> Response:
    """Claims (or documents) matching a full-text query and filters, a page at a time.

    A query that is not valid FTS5 syntax is searched as a phrase; ``messages`` says so."""
    result, _ = _search(store, page, kind, q, source, entity, event, language, since, until)
    return listing(
        result.rows, format, f"search-{kind.value}", messages=result.messages,
        query=result.query, page=page.number, size=page.size,
    )  # fmt: skip
