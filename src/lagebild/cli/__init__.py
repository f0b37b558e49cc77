"""The ``lagebild`` command line: thin commands over the library."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from lagebild.cli.bench import register as register_bench
from lagebild.cli.evaluate import eval_app
from lagebild.cli.facts import register as register_facts
from lagebild.cli.kb import kb_app
from lagebild.cli.options import DbOption, HantaOption, ModelOption, ParseOption, fail
from lagebild.cli.render import analysis_table, claims_table, print_table
from lagebild.cli.spkatt import spkatt_app
from lagebild.errors import LagebildError

if TYPE_CHECKING:
    from lagebild.nlp.loading import NlpOptions

app = typer.Typer(
    name="lagebild",
    help="News articles to a situational picture that keeps who said what.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(eval_app, name="eval")
app.add_typer(kb_app, name="kb")
app.add_typer(spkatt_app, name="spkatt")
register_facts(app, eval_app)
register_bench(app)


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"--date {value!r} is not an ISO date (YYYY-MM-DD)", 2)


def _nlp_options(model: str | None, hanta: bool | None, parse: bool | None) -> NlpOptions:
    """Pipeline options from --model/--hanta; a model directory must exist."""
    from lagebild.nlp.loading import NlpOptions

    if model not in (None, "trained", "hanta") and not (Path(model) / "config.cfg").exists():
        fail(f"--model {model}: no spaCy pipeline there (expected {Path(model) / 'config.cfg'})", 2)
    return NlpOptions(model=model, hanta=hanta, parse=parse)


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


@app.command()
def analyze(
    file: Annotated[
        Path, typer.Argument(help="A plain-text article (date line, section, title, body).")
    ],
    date: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) if the file has none.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the analysis JSON (schema 1).")
    ] = False,
    db: Annotated[
        str | None, typer.Option("--db", help="Also store the analysis in this store.")
    ] = None,
    model: ModelOption = None,
    hanta: HantaOption = None,
    parse: ParseOption = None,
) -> None:
    """Analyse one article: claims with sources, figures, dates, modality and events."""
    from lagebild.pipeline import Analyzer, analyze_file
    from lagebild.store import open_store

    try:
        analysis = analyze_file(
            file, _date(date), analyzer=Analyzer(_nlp_options(model, hanta, parse))
        )
    except LagebildError as exc:
        fail(str(exc))
    if db is not None:
        with open_store(db) as store:
            store.add_analysis(analysis)
    if as_json:
        json.dump(analysis.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(analysis_table(analysis))


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files (text, HTML, RSS/Atom, WARC[.gz], JSONL[.gz], told apart by content),"
            " directories, globs, or - for stdin."
        ),
    ],
    db: DbOption = "lagebild.db",
    date: Annotated[
        str | None, typer.Option(help="Publication date for articles that carry none.")
    ] = None,
    workers: Annotated[int, typer.Option(help="Analysis processes (0 = one per core).")] = 0,
    model: ModelOption = None,
    hanta: HantaOption = None,
    parse: ParseOption = None,
) -> None:
    """Analyse and store articles; bad inputs are reported, recorded and skipped.

    Each document is stored in one transaction; a rerun skips what is stored, so an
    interrupted run resumes where it stopped. Duplicates (exact or near) add a provenance.
    """
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from lagebild.corroborate import update_facts
    from lagebild.ingest.batch import IngestOptions, IngestSummary, ingest_paths
    from lagebild.pipeline import Analyzer
    from lagebild.store import open_store

    options = IngestOptions(date=_date(date), workers=workers)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=not sys.stderr.isatty(),
    )
    with open_store(db) as store, progress:
        task = progress.add_task("ingesting", total=None)

        def show(s: IngestSummary) -> None:
            progress.update(
                task,
                description=f"{s.docs_per_second:.1f} docs/s · ingested {s.ingested} · "
                f"duplicates {s.duplicates} · rejected {s.rejected} · skipped {s.skipped}",
            )

        summary = ingest_paths(
            paths,
            store,
            options,
            analyzer=Analyzer(_nlp_options(model, hanta, parse)),
            on_reject=lambda src, why: typer.echo(f"lagebild: skipped {src}: {why}", err=True),
            on_progress=show,
        )
        if summary.ingested:
            update_facts(store)  # only the facts the new claims touch
    typer.echo(summary.line())
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def claims(
    db: DbOption = "lagebild.db",
    source: Annotated[str | None, typer.Option(help="Source entity or text contains this.")] = None,
    entity: Annotated[str | None, typer.Option(help="An entity named in the claim.")] = None,
    event: Annotated[str | None, typer.Option(help="Event type, e.g. DEPLOY_TROOPS.")] = None,
    since: Annotated[
        str | None, typer.Option(help="Documents published on or after (YYYY-MM-DD).")
    ] = None,
    query: Annotated[
        str | None, typer.Option("--query", "-q", help="Full-text query (FTS5).")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many claims.")] = 1000,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List stored claims, newest first, with filters."""
    from lagebild.store import ClaimFilter, open_store

    if since is not None:
        _date(since)
    with open_store(db) as store:
        rows = store.claims(ClaimFilter(source, entity, event, since, query, limit=limit))
    if as_json:
        json.dump([_claim_json(r) for r in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(claims_table(rows))


def _claim_json(row: dict[str, object]) -> dict[str, object]:
    out = dict(row)
    out["message_spans"] = json.loads(str(row["message_spans"]))
    return out


if __name__ == "__main__":  # pragma: no cover
    app()
