"""The application: a read-only store per worker thread, templates, static files, views."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from lagebild.store import open_store
from lagebild.web.guard import Guard, Limits
from lagebild.web.pages import STATIC_DIR, StoreProvider, render
from lagebild.web.views import ROUTERS

log = logging.getLogger(__name__)


def create_app(db: str | Path, limits: Limits | None = None) -> FastAPI:
    """The web app over the store ``db``, opened read-only; ``StoreError`` if it is not there."""
    open_store(db, readonly=True).close()  # fail now, with the store's name, not per request
    app = FastAPI(
        title="lagebild",
        summary="Claims that keep who said what: documents, facts, sources and entities.",
        version="1",
        docs_url=None,  # /docs is rendered by views/apidocs.py: no CDN, no inline script
        redoc_url=None,
    )
    app.state.stores = StoreProvider(str(db))
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for router in ROUTERS:
        app.include_router(router)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_middleware(Guard, limits=limits or Limits())
    return app


DB_VARIABLE = "LAGEBILD_WEB_DB"


def app_from_environment() -> FastAPI:
    """The app over the store named by $LAGEBILD_WEB_DB: what each of several uvicorn
    worker processes builds for itself."""
    return create_app(os.environ[DB_VARIABLE])


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(("/api/", "/openapi"))


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, StarletteHTTPException) else 500
    detail = exc.detail if isinstance(exc, StarletteHTTPException) else "error"
    if _wants_json(request):
        return JSONResponse({"detail": detail}, status_code=status)
    return render(request, "error.html", {"status": status, "message": detail}, status=status)


async def _invalid_request(request: Request, exc: Exception) -> Response:
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    if _wants_json(request):
        return JSONResponse({"detail": errors}, status_code=422)
    message = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg')}" for e in errors
    )
    return render(request, "error.html", {"status": 422, "message": message}, status=422)
