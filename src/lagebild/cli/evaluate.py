"""``lagebild eval ...``: accuracy against gold data, one summary line last."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from lagebild.cli.spkatt import eval_spkatt

eval_app = typer.Typer(
    help="Accuracy against gold data; the last line is the summary.", no_args_is_help=True
)


def default_gold_dirs() -> list[Path]:
    """The seed beside the checkout and the project's own gold articles, where present."""
    candidates = [Path("../shared/seed"), Path("tests/data")]
    return [p for p in candidates if p.is_dir()]


@eval_app.command("seed")
def eval_seed(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Gold files or directories (default: seed + tests/data)."),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Explain every miss.")] = False,
) -> None:
    """Score analyses against gold files in the seed's format."""
    from lagebild.evaluate.gold import evaluate_gold, gold_files
    from lagebild.evaluate.report import explain, format_report

    dirs = paths or default_gold_dirs()
    if not any(True for _ in gold_files(dirs)):
        typer.echo(
            "lagebild: error: no gold files (NAME.gold.json beside NAME.txt) found", err=True
        )
        raise typer.Exit(2)
    score = evaluate_gold(dirs)
    lines = format_report(score)
    if verbose:
        lines = [*explain(score), "", *lines]
    for line in lines:
        typer.echo(line)


eval_app.command("spkatt")(eval_spkatt)
