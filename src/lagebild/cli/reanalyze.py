"""``lagebild reanalyze``: the pipeline again over stored documents, facts rebuilt."""

from __future__ import annotations

from typing import Annotated

import typer

from lagebild.cli.options import DbOption, HantaOption, ModelOption, ParseOption, date_option


def reanalyze(
    db: DbOption = "lagebild.db",
    since: Annotated[
        str | None, date_option("Only documents published on or after this date.")
    ] = None,
    model: ModelOption = None,
    hanta: HantaOption = None,
    parse: ParseOption = None,
) -> None:
    """Re-run the pipeline over stored documents (after `kb add` or an upgrade) and rebuild
    the facts; documents keep their ids and provenance."""
    from lagebild.nlp.loading import NlpOptions
    from lagebild.pipeline import Analyzer
    from lagebild.reanalyze import reanalyze_store
    from lagebild.store import open_store

    analyzer = Analyzer(NlpOptions(model=model, hanta=hanta, parse=parse))
    with open_store(db, create=False) as store:
        summary = reanalyze_store(store, since=since, analyzer=analyzer)
    typer.echo(summary.line())


def register(app: typer.Typer) -> None:
    """Add ``reanalyze`` to ``app``."""
    app.command("reanalyze")(reanalyze)
