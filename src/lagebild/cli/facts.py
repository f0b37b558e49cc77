"""``lagebild facts | fact ID | sources [NAME] | timeline ENTITY`` and ``lagebild eval facts``.

Thin commands over ``lagebild.corroborate``; ``register(app, eval_app)`` adds them to the
main command line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from lagebild.cli.checkout import default_path, looked_in
from lagebild.cli.claims import event_type
from lagebild.cli.figures import format_quantity
from lagebild.cli.options import (
    DbOption,
    JsonOption,
    Profile,
    ProfileOption,
    WideOption,
    date_option,
    fact_options,
    fail,
)
from lagebild.cli.render import Column, build_table, console, shorten


def _dump(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _source(claim: dict[str, Any]) -> str:
    text = claim["source_entity"] or claim["source_text"] or "(author)"
    if claim.get("relayed_by"):
        text += f" (via {claim['relayed_by']})"
    return str(text)


def _figures(claim: dict[str, Any]) -> str:
    return "\n".join(format_quantity(q) for q in claim["quantities"]) or "—"


def _event(ev: dict[str, Any]) -> str:
    return f"{ev['type']}: {ev['actor'] or '?'} -> {ev['target'] or '?'}"


def _print(table: Table, wide: bool = False) -> None:
    console(wide).print(table)


FACT_COLUMNS = (
    Column("id", 4, 0),
    Column("event", 16, 0, wrap=True, ratio=3),
    Column("seen", 10, 2, wrap=True),
    Column("claims", 6, 1),
    Column("origins", 7, 4),
    Column("stances", 12, 3, wrap=True, ratio=2),
    Column("figures", 12, 2, wrap=True, ratio=2),
)


def facts(
    db: DbOption = "lagebild.db",
    entity: Annotated[
        str | None, typer.Option(help="Actor, target, source or place contains this.")
    ] = None,
    event: Annotated[
        str | None, typer.Option(help="Event type, e.g. DEPLOY_TROOPS (lagebild events).")
    ] = None,
    since: Annotated[str | None, date_option("Facts last seen on or after this date.")] = None,
    min_claims: Annotated[int, typer.Option(help="Only facts with this many claims.")] = 1,
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """List facts: claims about the same event grouped across documents."""
    from lagebild.corroborate import list_facts
    from lagebild.store import open_store

    event = event_type(event)
    with open_store(db, create=False) as store:
        rows = list_facts(store, entity=entity, event=event, since=since, min_claims=min_claims)
    if as_json:
        _dump(rows)
        return
    if not rows:
        typer.echo(
            "no facts match; lagebild events and lagebild entities list what one can filter by",
            err=True,
        )
        return
    cells = []
    for f in rows:
        figures = sorted({_figures(c) for c in f["claims"] if c["quantities"]})
        seen = str(f["first_seen"])
        if f["last_seen"] != f["first_seen"]:
            seen += f" … {f['last_seen']}"
        cells.append({
            "id": str(f["id"]),
            "event": _event(f["event"]),
            "seen": seen,
            "claims": str(len(f["claims"])),
            "origins": str(f["origins"]),
            "stances": ", ".join(f"{k} {v}" for k, v in sorted(f["stances"].items())),
            "figures": "\n".join(figures) or "—",
        })  # fmt: skip
    _print(
        build_table(FACT_COLUMNS, cells, console(wide).width, wide, title=f"{len(rows)} facts"),
        wide,
    )


def fact(
    fact_id: Annotated[str, typer.Argument(help="A fact id from `lagebild facts`.")],
    db: DbOption = "lagebild.db",
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """One fact: who gives which figure since when, who confirms or denies, its timeline."""
    from lagebild.corroborate import fact_detail
    from lagebild.store import open_store

    with open_store(db, create=False) as store:
        detail = fact_detail(store, fact_id)
    if detail is None:
        fail(f"no fact {fact_id!r}; lagebild facts lists them")
    if as_json:
        _dump(detail)
        return
    title = (
        f"fact {detail['id']} {_event(detail['event'])} ({detail['first_seen']} … "
        f"{detail['last_seen']}, {detail['origins']} origins)"
    )
    cells = [
        {
            "date": row["date"] or "—",
            "source": row["source"],
            "figure": format_quantity(row["figure"]),
            "stance": row["stance"],
            "document": (row["document"] or "—") if wide else shorten(row["document"] or "—", 60),
        }
        for row in detail["figures"]
    ]
    _print(build_table(FIGURE_COLUMNS, cells, console(wide).width, wide, title=title), wide)
    _print(_claims_table("timeline", detail["claims"], wide=wide), wide)


FIGURE_COLUMNS = (
    Column("date", 10, 0),
    Column("source", 14, 0, wrap=True, ratio=2),
    Column("figure", 12, 0, wrap=True, ratio=2),
    Column("stance", 14, 1),
    Column("document", 16, 2, wrap=True, ratio=3),
)

TIMELINE_COLUMNS = (
    Column("date", 10, 0),
    Column("source", 14, 1, wrap=True, ratio=2),
    Column("fact", 8, 4, wrap=True, ratio=1),
    Column("stance", 14, 2),
    Column("figures", 12, 3, wrap=True, ratio=2),
    Column("message", 24, 0, wrap=True, ratio=5),
)


def _claims_table(
    title: str, claims: list[dict[str, Any]], fact_column: bool = False, wide: bool = False
) -> Table:
    columns = [c for c in TIMELINE_COLUMNS if fact_column or c.name != "fact"]
    cells = [
        {
            "date": c["document"]["date"] or "—",
            "source": _source(c),
            "fact": f"{c.get('fact') or '—'} {c.get('event_type') or ''}".strip(),
            "stance": c["stance"] or "—",
            "figures": _figures(c),
            "message": c["message"] if wide else shorten(c["message"]),
        }
        for c in claims
    ]
    return build_table(columns, cells, console(wide).width, wide, title=title)


def sources(
    name: Annotated[
        str | None, typer.Argument(help="A source (substring); without: all sources.")
    ] = None,
    db: DbOption = "lagebild.db",
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """What a source claimed over time, with the facts its claims belong to."""
    from lagebild.corroborate import source_claims
    from lagebild.store import open_store

    with open_store(db, create=False) as store:
        rows = source_claims(store, name)
    if as_json:
        _dump(rows)
        return
    if not rows:
        what = f"no source matches {name!r}" if name else "no attributed claims stored"
        typer.echo(f"{what}; lagebild sources lists them all, lagebild entities the names",
                   err=True)  # fmt: skip
        return
    if name is not None:
        _print(
            _claims_table(f"{name}: {len(rows)} claims", rows, fact_column=True, wide=wide), wide
        )
        return
    cells = [{k: str(r[k] or "—") for k in r} for r in rows]
    _print(
        build_table(SOURCE_COLUMNS, cells, console(wide).width, wide, title=f"{len(rows)} sources"),
        wide,
    )


SOURCE_COLUMNS = (
    Column("source", 20, 0, wrap=True),
    Column("claims", 6, 0),
    Column("facts", 5, 1),
    Column("first_seen", 10, 2),
    Column("last_seen", 10, 2),
)


def timeline(
    entity: Annotated[str, typer.Argument(help="An entity (substring of its name).")],
    db: DbOption = "lagebild.db",
    as_json: JsonOption = False,
    wide: WideOption = False,
) -> None:
    """Everything said about facts involving an entity, in date order."""
    from lagebild.corroborate import timeline as entity_timeline
    from lagebild.store import open_store

    with open_store(db, create=False) as store:
        rows = entity_timeline(store, entity)
    if as_json:
        _dump(rows)
        return
    if not rows:
        typer.echo(
            f"no facts involve an entity matching {entity!r}; lagebild entities -q NAME "
            "lists the stored names",
            err=True,
        )
        return
    _print(_claims_table(f"{entity}: {len(rows)} claims", rows, fact_column=True, wide=wide), wide)


FACTS_GOLD = "tests/data/facts/facts.gold.json"
SEED_DIR = "../shared/seed"


def eval_facts(
    gold: Annotated[
        Path | None,
        typer.Option(help=f"Facts gold file (default: {FACTS_GOLD} of the checkout)."),
    ] = None,
    articles: Annotated[
        list[Path] | None,
        typer.Option(
            help="Directories holding the gold's articles (default: beside the gold"
            " file and ../shared/seed)."
        ),
    ] = None,
    reverse: Annotated[
        bool, typer.Option(help="Ingest in reverse order (the scores must not change).")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Every gold claim.")] = False,
    as_json: JsonOption = False,
    profile: ProfileOption = Profile.fast,
) -> None:
    """B-cubed P/R/F1 of fact clusters and stance accuracy against gold."""
    from lagebild.evaluate.facts import evaluate_facts, format_lines, score_json
    from lagebild.nlp.loading import NlpOptions
    from lagebild.pipeline import Analyzer

    if gold is None:
        gold = default_path(FACTS_GOLD)
        if not gold.is_file():
            fail(f"no facts gold file at {looked_in(FACTS_GOLD)}; pass --gold FILE", 2)
    elif not gold.is_file():
        fail(f"--gold {gold}: no such file", 2)
    dirs = articles or [gold.parent, default_path(SEED_DIR)]
    analyzer = Analyzer(NlpOptions(profile=profile))
    score = evaluate_facts(
        gold, dirs, reverse=reverse, analyzer=analyzer, options=fact_options(profile)
    )
    if as_json:
        _dump(score_json(score))
        return
    for line in format_lines(score, verbose=verbose):
        typer.echo(line)


def register(app: typer.Typer, eval_app: typer.Typer | None = None) -> None:
    """Add the facts commands to ``app`` (and ``facts`` to ``eval_app``)."""
    app.command("facts")(facts)
    app.command("fact")(fact)
    app.command("sources")(sources)
    app.command("timeline")(timeline)
    if eval_app is not None:
        eval_app.command("facts")(eval_facts)
