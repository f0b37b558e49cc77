"""``lagebild export`` and ``lagebild load``: the store's tables out as JSONL/CSV/Parquet, and
Parquet (from ``export`` or ``lagebild spark ingest``) back into a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from lagebild.cli.options import DbOption, fail
from lagebild.errors import LagebildError


def export(
    out: Annotated[
        Path, typer.Argument(help="A file for JSONL; a directory (one file per table) otherwise.")
    ],
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv or parquet.")] = "jsonl",
    db: DbOption = "lagebild.db",
    what: Annotated[
        list[str] | None,
        typer.Option(
            "--what",
            help="documents, entities, claims or facts (repeatable; default: all). Claims"
            " come with their quantities and times, documents with their provenance,"
            " entities with their mentions.",
        ),
    ] = None,
) -> None:
    """Write the store's tables with the data model's names; spans as offsets."""
    from lagebild.export import export_store
    from lagebild.store import open_store

    try:
        with open_store(db, create=False) as store:
            counts = export_store(store, out, fmt, what or ("documents", "entities", "claims",
                                                            "facts"))  # fmt: skip
    except LagebildError as exc:
        fail(str(exc), 2)
    typer.echo(", ".join(f"{table} {n}" for table, n in counts.items()) + f" -> {out}")


def load(
    directory: Annotated[
        Path, typer.Argument(help="Parquet tables from 'lagebild export' or 'lagebild spark'.")
    ],
    db: DbOption = "lagebild.db",
) -> None:
    """Load Parquet tables into the store; documents stored already get only new provenance."""
    from lagebild.corroborate import update_facts
    from lagebild.export import load_parquet
    from lagebild.store import open_store

    try:
        with open_store(db) as store:
            summary = load_parquet(directory, store)
            if summary.stored:
                update_facts(store)
    except LagebildError as exc:
        fail(str(exc), 2)
    typer.echo(summary.line())


def register(app: typer.Typer) -> None:
    app.command()(export)
    app.command()(load)
