"""``lagebild brief`` and ``lagebild eval brief``: thin commands over ``lagebild.brief``."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from lagebild.cli.options import DbOption, date_option, fail


def brief(
    fact: Annotated[
        str | None, typer.Option("--fact", help="One fact id (`lagebild facts`).")
    ] = None,
    entity: Annotated[
        str | None,
        typer.Option("--entity", help="Facts whose actor, target, source or place contains this."),
    ] = None,
    query: Annotated[
        str | None, typer.Option("--query", "-q", help="Facts holding a claim that matches (FTS5).")
    ] = None,
    since: Annotated[
        str | None, date_option("Only claims from documents published on or after this date.")
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="Briefing language: de or en.")] = "de",
    fmt: Annotated[str, typer.Option("--format", help="md, html or json.")] = "md",
    max_facts: Annotated[int, typer.Option(help="At most this many facts.")] = 5,
    db: DbOption = "lagebild.db",
) -> None:
    """A source-faithful briefing from stored claims: every sentence traced to its claims."""
    from lagebild.brief import LANGUAGES, BriefingError, Selection, make_briefing, render
    from lagebild.store import open_store

    if lang not in LANGUAGES:
        fail(f"--lang {lang!r}: use one of {', '.join(LANGUAGES)}", 2)
    if fmt not in ("md", "html", "json"):
        fail(f"--format {fmt!r}: use md, html or json", 2)
    selection = Selection(fact=fact, entity=entity, query=query, since=since, max_facts=max_facts)
    with open_store(db, create=False) as store:
        try:
            briefing = make_briefing(store, selection, lang)
        except BriefingError as exc:
            fail(str(exc))
    sys.stdout.write(render(briefing, fmt))


def eval_brief(
    db: Annotated[
        str | None,
        typer.Option(
            "--db", help="Score the facts of this store (default: build one from the gold corpora)."
        ),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List what is absent or missed.")
    ] = False,
) -> None:
    """Traceability of briefings to claims, recall of sources and figures; summary last."""
    from lagebild.evaluate.brief import default_articles, evaluate_brief, format_lines, score_store
    from lagebild.store import open_store

    if db is not None:
        with open_store(db, create=False) as store:
            score = score_store(store)
    else:
        articles = default_articles()
        if not articles:
            fail("no gold articles (tests/data/facts/*.txt) here; run from the repository root", 2)
        score = evaluate_brief(articles)
    for line in format_lines(score, verbose=verbose):
        typer.echo(line)


def register(app: typer.Typer, eval_app: typer.Typer | None = None) -> None:
    """Add ``brief`` to ``app`` (and ``brief`` to ``eval_app``)."""
    app.command("brief")(brief)
    if eval_app is not None:
        eval_app.command("brief")(eval_brief)
