"""``lagebild reanalyze``: the pipeline again over stored documents, facts rebuilt."""

from __future__ import annotations

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
    fact_options,
    nlp_options,
)
from lagebild.cli.progress import status_line


def reanalyze(
    db: DbOption = "lagebild.db",
    since: Annotated[
        str | None, date_option("Only documents published on or after this date.")
    ] = None,
    model: ModelOption = None,
    hanta: HantaOption = None,
    parse: ParseOption = None,
    profile: ProfileOption = Profile.fast,
    attribution_model: AttributionModelOption = None,
) -> None:
    """Re-run the pipeline over stored documents (after `kb add` or an upgrade) and rebuild
    the facts; documents keep their ids and provenance. Each document is replaced in one
    transaction, so an interrupted run leaves every document either old or new."""
    from lagebild.model import Analysis
    from lagebild.pipeline import Analyzer
    from lagebild.reanalyze import reanalyze_store
    from lagebild.store import open_store

    analyzer = Analyzer(nlp_options(model, hanta, parse, profile, attribution_model))
    progress = status_line()
    with open_store(db, create=False) as store, progress:
        task = progress.add_task("reanalysing", total=None)

        def show(analysis: Analysis) -> None:
            progress.advance(task)
            done = int(progress.tasks[0].completed)
            progress.update(task, description=f"reanalysed {done} · {analysis.document.id}")

        summary = reanalyze_store(
            store,
            since=since,
            analyzer=analyzer,
            options=fact_options(profile),
            on_document=show,
            on_start=lambda total: progress.update(task, total=total),
        )
    typer.echo(summary.line())


def register(app: typer.Typer) -> None:
    """Add ``reanalyze`` to ``app``."""
    app.command("reanalyze")(reanalyze)
