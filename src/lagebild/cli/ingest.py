"""``lagebild ingest PATH...``: analyse and store many articles, one line per bad input."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from lagebild.cli.options import (
    AttributionModelOption,
    DbOption,
    HantaOption,
    ModelOption,
    ParseOption,
    Profile,
    ProfileOption,
    date_option,
    fail,
    iso_to_date,
    nlp_options,
)


def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files (text, HTML, RSS/Atom, WARC[.gz], JSONL[.gz], told apart by content),"
            " directories (hidden files and NAME.gold.json are ignored), globs, or - for stdin.",
            metavar="PATH",
        ),
    ],
    db: DbOption = "lagebild.db",
    date: Annotated[
        str | None,
        date_option(
            "Publication date for articles that carry none; it also overrides a plain-text "
            "file's date line."
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option(help="Analysis processes (0 = one per core).", metavar="N")
    ] = 0,
    model: ModelOption = None,
    hanta: HantaOption = None,
    parse: ParseOption = None,
    profile: ProfileOption = Profile.fast,
    attribution_model: AttributionModelOption = None,
) -> None:
    """Analyse and store articles; bad inputs are reported, recorded and skipped.

    Each document is stored in one transaction; a rerun skips what is stored, so an
    interrupted run resumes where it stopped. Duplicates (exact or near) add a provenance.
    `lagebild rejects` lists what could not be ingested.
    """
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from lagebild.corroborate import update_facts
    from lagebild.ingest.batch import IngestOptions, IngestSummary, ingest_paths
    from lagebild.pipeline import Analyzer
    from lagebild.store import open_store

    options = IngestOptions(date=iso_to_date(date), workers=workers)
    analyzer = Analyzer(nlp_options(model, hanta, parse, profile, attribution_model))
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
            analyzer=analyzer,
            on_reject=lambda src, why: progress.console.print(
                f"lagebild: rejected {src}: {why}", markup=False, highlight=False, soft_wrap=True
            ),
            on_progress=show,
        )
        if summary.ingested:
            update_facts(store)  # only the facts the new claims touch
    typer.echo(summary.line())
    if summary.seen == 0:
        what = ", ".join(paths)
        fail(f"nothing to ingest in {what}: no article files there", 1)
    if summary.failed:
        raise typer.Exit(1)
