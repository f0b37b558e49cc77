"""``lagebild documents | rejects | events | entities``: what is stored, what failed, and
what one can filter by."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Any

import typer

from lagebild.cli.options import DbOption, JsonOption, WideOption
from lagebild.cli.render import Column, build_table, console, shorten

LimitOption = Annotated[int, typer.Option(help="At most this many rows.", metavar="N")]


def _show(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[Column],
    cells: Callable[[Mapping[str, Any]], dict[str, str]],
    title: str,
    empty: str,
    as_json: bool,
    wide: bool,
) -> None:
    if as_json:
        json.dump(list(rows), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    if not rows:
        typer.echo(empty, err=True)
        return
    out = console(wide)
    out.print(build_table(columns, [cells(r) for r in rows], out.width, wide, title=title))


DOCUMENT_COLUMNS = (
    Column("id", 16, 0),
    Column("date", 10, 1),
    Column("lang", 4, 3),
    Column("claims", 6, 2),
    Column("title", 20, 0, wrap=True, ratio=3),
    Column("outlet", 10, 4, wrap=True, ratio=1),
    Column("origin", 16, 5, wrap=True, ratio=2),
)


def documents(
    db: DbOption = "lagebild.db",
    limit: LimitOption = 1000,
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """Stored documents, newest first, with their claim counts (ids for claims --document)."""
    from lagebild.store import listing, open_store

    with open_store(db, create=False) as store:
        rows = listing.documents(store, limit)
    _show(
        rows,
        DOCUMENT_COLUMNS,
        lambda r: {
            "id": r["id"],
            "date": r["date"] or "—",
            "lang": r["language"] or "?",
            "claims": str(r["claims"]),
            "title": r["title"] or "(untitled)",
            "outlet": r["outlet"] or "",
            "origin": r["origin"] or "",
        },
        f"{len(rows)} documents",
        "no documents stored; lagebild ingest PATH adds some",
        as_json,
        wide,
    )


REJECT_COLUMNS = (
    Column("id", 3, 0),
    Column("at", 19, 2),
    Column("input", 20, 0, wrap=True, ratio=2),
    Column("reason", 24, 1, wrap=True, ratio=3),
)


def rejects(
    db: DbOption = "lagebild.db",
    limit: LimitOption = 1000,
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """Inputs that could not be ingested and why, latest first."""
    from lagebild.store import listing, open_store

    with open_store(db, create=False) as store:
        rows = listing.rejects(store, limit)
    _show(
        rows,
        REJECT_COLUMNS,
        lambda r: {
            "id": str(r["id"]),
            "at": str(r["at"]).replace("T", " ")[:19],
            "input": r["source"],
            "reason": r["reason"] if wide else shorten(r["reason"], 160),
        },
        f"{len(rows)} rejects",
        "no rejects: every input so far was ingested",
        as_json,
        wide,
    )


EVENT_COLUMNS = (
    Column("event", 14, 0),
    Column("claims", 6, 0),
    Column("documents", 9, 1),
)


def events(db: DbOption = "lagebild.db", as_json: JsonOption = False) -> None:
    """Event types of the stored claims (the values of claims --event and facts --event)."""
    from lagebild.store import listing, open_store

    with open_store(db, create=False) as store:
        rows = listing.event_types(store)
    _show(
        rows,
        EVENT_COLUMNS,
        lambda r: {
            "event": r["type"],
            "claims": str(r["claims"]),
            "documents": str(r["documents"]),
        },
        f"{len(rows)} event types",
        "no claim has an event yet",
        as_json,
        False,
    )


ENTITY_COLUMNS = (
    Column("id", 3, 3),
    Column("entity", 20, 0, wrap=True, ratio=3),
    Column("type", 4, 1),
    Column("mentions", 8, 0),
    Column("documents", 9, 2),
    Column("as source", 9, 2),
    Column("wikidata", 9, 4),
)


def entities(
    db: DbOption = "lagebild.db",
    query: Annotated[
        str | None,
        typer.Option("--query", "-q", help="Name or alias contains this.", metavar="TEXT"),
    ] = None,
    limit: LimitOption = 1000,
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """Entities named in the stored documents, most mentioned first (the names of
    claims --entity, --source and timeline)."""
    from lagebild.store import listing, open_store

    with open_store(db, create=False) as store:
        rows = listing.entities(store, query, limit)
    hint = f"no entity matches {query!r}" if query else "no entities stored"
    _show(
        rows,
        ENTITY_COLUMNS,
        lambda r: {
            "id": str(r["id"]),
            "entity": r["canonical"],
            "type": r["type"],
            "mentions": str(r["mentions"]),
            "documents": str(r["documents"]),
            "as source": str(r["claims"]),
            "wikidata": r["wikidata"] or "",
        },
        f"{len(rows)} entities",
        hint + "; lagebild kb show NAME tells what a name resolves to",
        as_json,
        wide,
    )


def register(app: typer.Typer) -> None:
    """Add the listing commands to ``app``."""
    app.command("documents")(documents)
    app.command("rejects")(rejects)
    app.command("events")(events)
    app.command("entities")(entities)
