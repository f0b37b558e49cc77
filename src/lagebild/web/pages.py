"""What every view shares: the store of the current worker thread, templates, paging."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from lagebild.cli.render import format_quantity, format_time
from lagebild.store import Store, open_store

PACKAGE_DIR = Path(__file__).resolve().parent
STATIC_DIR = PACKAGE_DIR / "static"
TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(PACKAGE_DIR / "templates"),
    autoescape=True,  # titles and texts come from the open web
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
)
TEMPLATES.filters["quantity"] = format_quantity
TEMPLATES.filters["daterange"] = format_time
TEMPLATES.filters["num"] = lambda v: f"{v:,.0f}".replace(",", "\u202f") if abs(v) >= 1 else f"{v:g}"


def with_params(request: Request, path: str | None = None, **changes: Any) -> str:
    """The current URL (or ``path``) with query parameters changed (None removes one)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urlencode(params)
    return (path or request.url.path) + ("?" + query if query else "")


TEMPLATES.globals["with_params"] = with_params
TEMPLATES.filters["seg"] = lambda value: quote(str(value), safe="")  # one path segment

MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 25


class StoreProvider:
    """One read-only connection per worker thread (SQLite connections are not shared)."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._local = threading.local()

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db, readonly=True)
            self._local.store = store
        return store


def _store(request: Request) -> Store:
    provider: StoreProvider = request.app.state.stores
    return provider.get()


StoreDep = Annotated[Store, Depends(_store)]


@dataclass(frozen=True, slots=True)
class Page:
    """Which slice of a list to show: 1-based page number and page size."""

    number: int
    size: int

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


def _page(
    page: Annotated[int, Query(ge=1, le=10_000, description="1-based page number.")] = 1,
    size: Annotated[
        int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Rows per page (<= {MAX_PAGE_SIZE}).")
    ] = DEFAULT_PAGE_SIZE,
) -> Page:
    return Page(page, size)


PageDep = Annotated[Page, Depends(_page)]


def render(
    request: Request, template: str, context: dict[str, Any], status: int = 200
) -> HTMLResponse:
    """The HTML page ``template`` with ``context`` (escaped) and the request."""
    html = TEMPLATES.get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status)


def not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"{what} is not in this store")


def blank(value: str | None) -> str | None:
    """A form field left empty is no filter."""
    if value is None:
        return None
    value = value.strip()
    return value or None
