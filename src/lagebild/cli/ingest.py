"""``lagebild ingest PATH...``: analyse and store many articles, one line per bad input."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

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
    fail,
    iso_to_date,
    nlp_options,
)
from lagebild.cli.progress import status_line

if TYPE_CHECKING:
    from lagebild.nlp.loading import NlpOptions


def ingest(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files (text, HTML, RSS/Atom, WARC[.gz], JSONL[.gz], told apart by content),"
            " directories (hidden files and NAME.gold.json are ignored), globs, or - for stdin.",
            metavar="PATH",
            show_default=False,
        ),
    ] = None,
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
    retry_failed: Annotated[
        bool,
        typer.Option(
            "--retry-failed",
            help="Analyse again the stored documents a pipeline stage failed on (no PATH).",
        ),
    ] = False,
) -> None:
    """Analyse and store articles; bad inputs are reported, recorded and skipped.

    Each document is stored in one transaction; a rerun skips what is stored, so an
    interrupted run resumes where it stopped. Duplicates (exact or near) add a provenance.
    `lagebild rejects` lists what could not be ingested. A document a pipeline stage fails
    on is stored with what the other stages produced; `lagebild failures` lists those,
    `--retry-failed` analyses them again and clears the record of each that succeeds.
    """
    if retry_failed:
        if paths:
            fail("--retry-failed takes no PATH: it re-runs the stored documents that failed", 2)
        _retry(db, nlp_options(model, hanta, parse, profile, attribution_model), profile)
        return
    if not paths:
        fail("no PATH given: name files, directories or globs to ingest (or --retry-failed)", 2)
    from lagebild.cli.startup import import_spacy

    import_spacy()  # before the pipeline's modules import it; the workers fork with it
    from lagebild.batch import IngestOptions, IngestSummary, ingest_paths
    from lagebild.corroborate import update_facts
    from lagebild.pipeline import Analyzer
    from lagebild.store import open_store

    options = IngestOptions(date=iso_to_date(date), workers=workers)
    analyzer = Analyzer(nlp_options(model, hanta, parse, profile, attribution_model))
    progress = status_line()
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
            on_failure=lambda src, f: progress.console.print(
                f"lagebild: {src}: stored incomplete: {f.stage}: {f.error}",
                markup=False, highlight=False, soft_wrap=True,
            ),
        )  # fmt: skip
        if summary.ingested:
            update_facts(store, fact_options(profile))  # only the facts the new claims touch
    typer.echo(summary.line())
    if summary.seen == 0:
        what = ", ".join(paths)
        fail(f"nothing to ingest in {what}: no article files there", 1)
    if summary.failed:
        raise typer.Exit(1)


def _retry(db: str, options: NlpOptions, profile: str) -> None:
    from lagebild.cli.startup import import_spacy

    import_spacy()
    from lagebild.pipeline import Analyzer
    from lagebild.reanalyze import retry_failed
    from lagebild.store import open_store

    with open_store(db, create=False) as store:
        summary = retry_failed(store, analyzer=Analyzer(options), options=fact_options(profile))
    typer.echo(summary.line())
    if summary.still_failing:
        raise typer.Exit(1)
