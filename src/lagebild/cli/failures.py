"""``lagebild failures``: the stored documents a pipeline stage failed on, and why."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from lagebild.cli.options import DbOption, JsonOption, WideOption
from lagebild.cli.render import Column, build_table, console, shorten

FAILURE_COLUMNS = (
    Column("document", 16, 0),
    Column("at", 19, 3),
    Column("stage", 12, 0),
    Column("origin", 16, 2, wrap=True, ratio=2),
    Column("error", 24, 1, wrap=True, ratio=3),
)


def failures(
    db: DbOption = "lagebild.db",
    limit: Annotated[int, typer.Option(help="At most this many rows.", metavar="N")] = 1000,
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """Documents stored with a failed pipeline stage (the other stages' output is kept);
    `lagebild ingest --retry-failed` analyses them again."""
    from lagebild.store import open_store

    with open_store(db, create=False) as store:
        rows = store.failures(limit=limit)
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    if not rows:
        typer.echo("no failed stages: every stored document was analysed in full", err=True)
        return
    cells = [
        {
            "document": r["document_id"],
            "at": str(r["at"]).replace("T", " ")[:19],
            "stage": r["stage"],
            "origin": r["origin"] or r["title"] or "",
            "error": r["error"] if wide else shorten(r["error"], 160),
        }
        for r in rows
    ]
    out = console(wide)
    out.print(build_table(FAILURE_COLUMNS, cells, out.width, wide, title=f"{len(rows)} failures"))


def register(app: typer.Typer) -> None:
    """Add ``failures`` to ``app``."""
    app.command("failures")(failures)
