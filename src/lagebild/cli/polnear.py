"""``lagebild eval polnear GOLD_DIR``: attribution against PolNeAR (English, BRAT).

Register with ``eval_app.command("polnear")(eval_polnear)`` in ``lagebild.cli.evaluate``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from lagebild.cli.options import (
    AttributionModelOption,
    HantaOption,
    ModelOption,
    ParseOption,
    check_attribution_model,
    fail,
)


def eval_polnear(
    gold_dir: Annotated[
        Path, typer.Argument(help="PolNeAR split: text/NAME.txt and attributions/NAME_*.ann.")
    ],
    limit: Annotated[
        int | None, typer.Option(help="Only the first N articles (by name).", min=1)
    ] = None,
    sample: Annotated[
        int | None,
        typer.Option(
            help="N articles spread evenly over the sorted names (a fixed sample).", min=1
        ),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List missed and spurious spans per role.")
    ] = False,
    model: ModelOption = None,
    hanta: HantaOption = None,
    parse: ParseOption = None,
    attribution_model: AttributionModelOption = None,
) -> None:
    """Token-level P/R/F1 of source, cue and content against PolNeAR attributions."""
    from lagebild.evaluate.polnear import annotation_files, evaluate_dir, format_lines
    from lagebild.nlp.loading import NlpOptions
    from lagebild.pipeline import Analyzer

    if not gold_dir.is_dir():
        fail(f"no such directory: {gold_dir}", 2)
    check_attribution_model(attribution_model)
    try:
        if not annotation_files(gold_dir):
            fail(f"no annotation files (*.ann) in {gold_dir}", 2)
        analyzer = Analyzer(
            NlpOptions(model=model, hanta=hanta, parse=parse, attribution_model=attribution_model)
        )
        scores = evaluate_dir(gold_dir, analyzer, limit, sample)
    except (FileNotFoundError, ValueError) as exc:
        fail(str(exc), 2)
    for line in format_lines(scores, verbose):
        typer.echo(line)
