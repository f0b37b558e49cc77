"""``lagebild claims``: stored claims with filters, grouped by document."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from lagebild.cli.options import DbOption, JsonOption, WideOption, date_option, fail
from lagebild.cli.render import claims_view, console
from lagebild.model import EVENT_TYPES


def event_type(value: str | None, option: str = "--event") -> str | None:
    """An event type given on the command line, upper-cased; fails on an unknown one."""
    if value is None:
        return None
    if value.upper() not in EVENT_TYPES:
        fail(f"{option} {value!r} is not an event type; one of {', '.join(EVENT_TYPES)}", 2)
    return value.upper()


def claims(
    db: DbOption = "lagebild.db",
    source: Annotated[
        str | None, typer.Option(help="Source entity or text contains this.", metavar="NAME")
    ] = None,
    entity: Annotated[
        str | None,
        typer.Option(help="An entity named in the claim (lagebild entities).", metavar="NAME"),
    ] = None,
    event: Annotated[
        str | None,
        typer.Option(help="Event type, e.g. DEPLOY_TROOPS (lagebild events).", metavar="TYPE"),
    ] = None,
    since: Annotated[str | None, date_option("Documents published on or after this date.")] = None,
    document: Annotated[
        str | None, typer.Option(help="One document (lagebild documents).", metavar="ID")
    ] = None,
    query: Annotated[
        str | None,
        typer.Option(
            "--query",
            "-q",
            help="Words in the message or source (FTS5 syntax such as Truppe* OR Soldat* "
            "works too).",
            metavar="WORDS",
        ),
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many claims.", metavar="N")] = 1000,
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """List stored claims, newest documents first, grouped by document."""
    from lagebild.store import ClaimFilter, open_store

    event = event_type(event)
    with open_store(db, create=False) as store:
        rows = store.claims(
            ClaimFilter(source, entity, event, since, query, document=document, limit=limit)
        )
    if as_json:
        json.dump([_claim_json(r) for r in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    if not rows:
        typer.echo(
            "no claims match; lagebild events and lagebild entities list what one can "
            "filter by, lagebild documents what is stored",
            err=True,
        )
        return
    out = console(wide)
    for renderable in claims_view(rows, out.width, wide):
        out.print(renderable)


def _claim_json(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["message_spans"] = json.loads(str(row["message_spans"]))
    return out
