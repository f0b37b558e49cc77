"""``lagebild serve``: the web app and JSON API over a store, read-only."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Annotated

import typer

from lagebild.cli.options import DbOption, fail


def serve(
    db: DbOption = "lagebild.db",
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, help="Server processes (one per core uses them all).")
    ] = 1,
    update: Annotated[
        bool,
        typer.Option(
            "--update/--no-update",
            help="File claims not yet in facts before serving (as `lagebild facts` does);"
            " the web app itself only reads.",
        ),
    ] = True,
) -> None:
    """Serve the web UI and JSON API (OpenAPI at /docs) over a store, read-only."""
    import uvicorn

    from lagebild.corroborate import update_facts
    from lagebild.errors import StoreError
    from lagebild.store import is_postgres_url, open_store
    from lagebild.web import create_app
    from lagebild.web.app import DB_VARIABLE

    try:
        open_store(db, readonly=True).close()
    except StoreError as exc:
        fail(str(exc), 2)
    if update:
        try:
            with open_store(db) as store:
                update_facts(store)
        except (StoreError, sqlite3.Error) as exc:  # e.g. a store on read-only media
            typer.echo(f"lagebild: {db}: facts not updated ({exc}); serving as it is", err=True)
    app = create_app(db)
    typer.echo(f"lagebild: serving {db} at http://{host}:{port}/ (Ctrl+C stops)", err=True)
    if workers > 1:  # each process builds its own app: uvicorn needs an import string
        os.environ[DB_VARIABLE] = db if is_postgres_url(db) else str(Path(db).resolve())
        uvicorn.run(
            "lagebild.web.app:app_from_environment", factory=True, workers=workers,
            host=host, port=port, log_level="warning",
        )  # fmt: skip
        return
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
