"""``lagebild facts | fact ID | sources [NAME] | timeline ENTITY`` and ``lagebild eval facts``.

Thin commands over ``lagebild.corroborate``; ``register(app, eval_app)`` adds them to the
main command line.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from lagebild.cli.options import DbOption, JsonOption, Profile, ProfileOption, fail
from lagebild.cli.render import format_quantity, print_table


def _dump(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _source(claim: dict[str, Any]) -> str:
    text = claim["source_entity"] or claim["source_text"] or "(author)"
    if claim.get("relayed_by"):
        text += f" (via {claim['relayed_by']})"
    return str(text)


def _figures(claim: dict[str, Any]) -> str:
    return "; ".join(format_quantity(q) for q in claim["quantities"]) or "—"


def facts(
    db: DbOption = "lagebild.db",
    entity: Annotated[
        str | None, typer.Option(help="Actor, target, source or place contains this.")
    ] = None,
    event: Annotated[str | None, typer.Option(help="Event type, e.g. DEPLOY_TROOPS.")] = None,
    since: Annotated[
        str | None, typer.Option(help="Facts last seen on or after (YYYY-MM-DD).")
    ] = None,
    min_claims: Annotated[int, typer.Option(help="Only facts with this many claims.")] = 1,
    as_json: JsonOption = False,
) -> None:
    """List facts: claims about the same event grouped across documents."""
    from lagebild.corroborate import list_facts
    from lagebild.store import open_store

    if since is not None:
        try:
            dt.date.fromisoformat(since)
        except ValueError:
            fail(f"--since {since!r} is not an ISO date (YYYY-MM-DD)", 2)
    with open_store(db) as store:
        rows = list_facts(store, entity=entity, event=event, since=since, min_claims=min_claims)
    if as_json:
        _dump(rows)
        return
    table = Table(title=f"{len(rows)} facts", show_lines=True, expand=True)
    for name in ("id", "event", "seen", "claims", "origins", "stances", "figures"):
        table.add_column(name, overflow="fold")
    for f in rows:
        ev = f["event"]
        figures = sorted({_figures(c) for c in f["claims"] if c["quantities"]})
        table.add_row(
            f["id"],
            f"{ev['type']}: {ev['actor'] or '?'} → {ev['target'] or '?'}",
            f"{f['first_seen']} … {f['last_seen']}",
            str(len(f["claims"])),
            str(f["origins"]),
            ", ".join(f"{k} {v}" for k, v in sorted(f["stances"].items())),
            "; ".join(figures) or "—",
        )
    print_table(table)


def fact(
    fact_id: Annotated[str, typer.Argument(help="A fact id from `lagebild facts`.")],
    db: DbOption = "lagebild.db",
    as_json: JsonOption = False,
) -> None:
    """One fact: who gives which figure since when, who confirms or denies, its timeline."""
    from lagebild.corroborate import fact_detail
    from lagebild.store import open_store

    with open_store(db) as store:
        detail = fact_detail(store, fact_id)
    if detail is None:
        fail(f"no fact {fact_id!r}; `lagebild facts` lists them")
        return
    if as_json:
        _dump(detail)
        return
    ev = detail["event"]
    figures = Table(
        title=f"{detail['id']} {ev['type']}: {ev['actor'] or '?'} → {ev['target'] or '?'}"
        f" ({detail['first_seen']} … {detail['last_seen']}, {detail['origins']} origins)",
        expand=True,
    )
    for name in ("date", "source", "figure", "stance", "document"):
        figures.add_column(name, overflow="fold")
    for row in detail["figures"]:
        figures.add_row(
            row["date"] or "—", row["source"], format_quantity(row["figure"]), row["stance"],
            row["document"] or "—",
        )  # fmt: skip
    print_table(figures)
    print_table(_claims_table("timeline", detail["claims"]))


def _claims_table(title: str, claims: list[dict[str, Any]], fact_column: bool = False) -> Table:
    table = Table(title=title, show_lines=True, expand=True)
    columns = ["date", "source", "stance", "figures", "message"]
    if fact_column:
        columns.insert(2, "fact")
    for name in columns:
        table.add_column(name, overflow="fold", ratio=3 if name == "message" else 1)
    for c in claims:
        cells = [
            c["document"]["date"] or "—", _source(c), c["stance"] or "—", _figures(c),
            c["message"],
        ]  # fmt: skip
        if fact_column:
            cells.insert(2, f"{c['fact'] or '—'} {c.get('event_type') or ''}".strip())
        table.add_row(*cells)
    return table


def sources(
    name: Annotated[
        str | None, typer.Argument(help="A source (substring); without: all sources.")
    ] = None,
    db: DbOption = "lagebild.db",
    as_json: JsonOption = False,
) -> None:
    """What a source claimed over time, with the facts its claims belong to."""
    from lagebild.corroborate import source_claims
    from lagebild.store import open_store

    with open_store(db) as store:
        rows = source_claims(store, name)
    if as_json:
        _dump(rows)
        return
    if name is not None:
        print_table(_claims_table(f"{name}: {len(rows)} claims", rows, fact_column=True))
        return
    table = Table(title=f"{len(rows)} sources", expand=True)
    for column in ("source", "claims", "facts", "first_seen", "last_seen"):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(*(str(r[k] or "—") for k in ("source", "claims", "facts", "first_seen",
                                                   "last_seen")))  # fmt: skip
    print_table(table)


def timeline(
    entity: Annotated[str, typer.Argument(help="An entity (substring of its name).")],
    db: DbOption = "lagebild.db",
    as_json: JsonOption = False,
) -> None:
    """Everything said about facts involving an entity, in date order."""
    from lagebild.corroborate import timeline as entity_timeline
    from lagebild.store import open_store

    with open_store(db) as store:
        rows = entity_timeline(store, entity)
    if as_json:
        _dump(rows)
        return
    print_table(_claims_table(f"{entity}: {len(rows)} claims", rows, fact_column=True))


def eval_facts(
    gold: Annotated[Path, typer.Option(help="Facts gold file.")] = Path(
        "tests/data/facts/facts.gold.json"
    ),
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

    if not gold.is_file():
        fail(f"{gold}: no such gold file", 2)
    dirs = articles or [gold.parent, Path("../shared/seed")]
    analyzer = Analyzer(NlpOptions(profile=profile))
    score = evaluate_facts(gold, dirs, reverse=reverse, analyzer=analyzer)
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
