"""lagebild.web: a local, read-only web app and JSON API over a store.

``create_app(db)`` returns the FastAPI application; ``lagebild serve`` runs it with uvicorn.
"""

from __future__ import annotations

from lagebild.web.app import create_app

__all__ = ["create_app"]
