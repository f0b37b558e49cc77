"""``lagebild analyze FILE``: one article (any input ``ingest`` reads) to a table or JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from lagebild.cli.options import (
    AttributionModelOption,
    HantaOption,
    ModelOption,
    ParseOption,
    Profile,
    ProfileOption,
    WideOption,
    date_option,
    fail,
    iso_to_date,
    nlp_options,
)
from lagebild.model import Document


def analyze(
    file: Annotated[
        str,
        typer.Argument(
            help="An article: plain text (date line, section, title, body), an HTML page, a "
            "feed or JSONL file (its first article), or - for standard input.",
            metavar="FILE",
        ),
    ],
    date: Annotated[
        str | None, date_option("Publication date; overrides the date the article carries.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the analysis JSON (schema 1).")
    ] = False,
    db: Annotated[
        str | None, typer.Option("--db", help="Also store the analysis in this store.")
    ] = None,
    wide: WideOption = False,
    model: ModelOption = None,
    hanta: HantaOption = None,
    parse: ParseOption = None,
    profile: ProfileOption = Profile.fast,
    attribution_model: AttributionModelOption = None,
) -> None:
    """Analyse one article: claims with sources, figures, dates, modality and events."""
    from lagebild.cli.startup import import_spacy

    import_spacy()
    from lagebild.pipeline import Analyzer

    document = read_one(file)
    when = iso_to_date(date)
    if when is not None:
        document.date = when.isoformat()
    options = nlp_options(model, hanta, parse, profile, attribution_model)
    analysis = Analyzer(options).analyze_document(document)
    for failure in analysis.failures:  # the analysis lacks that stage's output
        typer.echo(f"lagebild: {file}: analysis incomplete: {failure.stage}: {failure.error}",
                   err=True)  # fmt: skip
    if db is not None:
        from lagebild.store import open_store

        with open_store(db) as store:
            store.add_analysis(analysis)
    if as_json:
        json.dump(analysis.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from lagebild.cli.render import analysis_view, console  # rich: for the table only

        out = console(wide)
        out.print(analysis_view(analysis, out.width, wide))


def read_one(name: str) -> Document:
    """The first article of an input, read as ``ingest`` reads it; fails with one line
    when there is none or it is in a language lagebild does not analyse."""
    from lagebild.ingest.inputs import STDIN, read_input
    from lagebild.ingest.records import Rejected
    from lagebild.nlp.loading import SUPPORTED_LANGUAGES

    if name != STDIN and not Path(name).exists():
        fail(f"no such file: {name}", 2)
    if Path(name).is_dir():
        fail(f"{name} is a directory; analyze reads one article (lagebild ingest reads many)", 2)
    documents: list[Document] = []
    problems: list[Rejected] = []
    for item in read_input(name):
        if isinstance(item, Document):
            documents.append(item)
            if len(documents) > 1:
                break
        elif isinstance(item, Rejected):
            problems.append(item)
    if not documents:
        if problems:
            fail(f"{problems[0].source}: {problems[0].reason}")
        fail(f"{name}: no article in it (lagebild ingest {name} records what it holds)")
    if len(documents) > 1:
        typer.echo(
            f"lagebild: {name} holds more than one article; analysing the first "
            "(lagebild ingest reads them all)",
            err=True,
        )
    document = documents[0]
    if document.language not in SUPPORTED_LANGUAGES:
        fail(
            f"{name}: the article is in {language_name(document.language)}; lagebild analyses "
            "German (de) and English (en) only",
            2,
        )
    return document


def language_name(code: str | None) -> str:
    """'French (fr)' for 'fr'; the code alone when lingua does not know it."""
    if not code:
        return "an unknown language"
    try:
        from lingua import IsoCode639_1, Language

        name = Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())).name
    except (AttributeError, ValueError):
        return code
    return f"{name.title()} ({code})"
