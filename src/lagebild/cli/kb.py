"""``lagebild kb ...``: the user's own entities beside the shipped knowledge base."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from lagebild.cli.options import fail

kb_app = typer.Typer(
    help="Extend the knowledge base of entities.", no_args_is_help=True, rich_markup_mode=None
)

TYPES = ("PER", "ORG", "GPE", "LOC", "OTH")


@kb_app.command("add")
def kb_add(
    name: Annotated[str, typer.Argument(help="Canonical name (as English Wikipedia titles it).")],
    alias: Annotated[
        list[str] | None, typer.Option("--alias", "-a", help="Another name; repeat for more.")
    ] = None,
    type_: Annotated[str, typer.Option("--type", "-t", help="PER, ORG, GPE, LOC or OTH.")] = "ORG",
    wikidata: Annotated[str | None, typer.Option(help="Wikidata QID, e.g. Q42.")] = None,
    file: Annotated[
        Path | None, typer.Option(help="User file (default: $LAGEBILD_KB or ./lagebild-kb.csv).")
    ] = None,
) -> None:
    """Add an entity (or more aliases of one) to the user's knowledge-base file."""
    from lagebild.model import Entity
    from lagebild.resolve.kb import save_user_entity, user_file_path

    type_ = type_.upper()
    if type_ not in TYPES:
        fail(f"--type {type_!r} is not one of {', '.join(TYPES)}", 2)
    if wikidata is not None and not (wikidata[:1] == "Q" and wikidata[1:].isdigit()):
        fail(f"--wikidata {wikidata!r} is not a QID like Q42", 2)
    path = file or user_file_path()
    save_user_entity(
        path, Entity(canonical=name, type=type_, wikidata=wikidata, aliases=alias or [])
    )
    typer.echo(f"saved {name} ({type_}) with {len(alias or [])} alias(es) to {path}")


@kb_app.command("show")
def kb_show(name: Annotated[str, typer.Argument(help="A name or alias to look up.")]) -> None:
    """Which entity a name resolves to, with its aliases."""
    from lagebild.resolve.kb import KnowledgeBase

    kb = KnowledgeBase.default()
    entity = kb.lookup(name)
    if entity is None:
        found = kb.fuzzy(name)
        if found is None:
            typer.echo(f"{name}: not in the knowledge base")
            raise typer.Exit(1)
        entity = found[0]
        typer.echo(f"{name}: no exact match; closest is {entity.canonical} ({found[1]:.2f})")
    typer.echo(f"{entity.canonical} [{entity.type}] {entity.wikidata or ''}".rstrip())
    for alias in kb.aliases_of(entity.canonical):
        typer.echo(f"  {alias.kind:<12} {alias.language or '':<3} {alias.text}")
