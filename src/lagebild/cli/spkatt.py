"""``lagebild spkatt predict`` and ``lagebild eval spkatt``: the SpkAtt-2023 task.

Register with ``app.add_typer(spkatt_app, name="spkatt")`` in ``lagebild.cli`` and
``eval_app.command("spkatt")(eval_spkatt)`` in ``lagebild.cli.evaluate``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer

spkatt_app = typer.Typer(
    help="Speaker attribution in the SpkAtt-2023 task format (German news).",
    no_args_is_help=True,
)


def _fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"lagebild: error: {message}", err=True)
    raise typer.Exit(code)


@spkatt_app.command("predict")
def predict(
    in_dir: Annotated[Path, typer.Argument(help="Task JSON files (sentences with tokens).")],
    out_dir: Annotated[Path, typer.Argument(help="Where to write them with predictions.")],
    raw: Annotated[
        bool,
        typer.Option("--raw", help="lagebild's spans as they are, not the task's conventions."),
    ] = False,
) -> None:
    """Annotate task files with lagebild's attribution (top-level annotations only)."""
    from lagebild.nlp.loading import build_nlp
    from lagebild.spkatt.convert import ConvertOptions
    from lagebild.spkatt.io import document_paths
    from lagebild.spkatt.predict import predict_dir

    if not in_dir.is_dir() or not document_paths(in_dir):
        _fail(f"no task files (*.json) in {in_dir}")
    if in_dir.resolve() == out_dir.resolve():
        _fail("OUT_DIR must differ from IN_DIR (the input's annotations would be overwritten)")
    count = predict_dir(in_dir, out_dir, build_nlp("de"), ConvertOptions(conventions=not raw))
    typer.echo(f"wrote {count} documents to {out_dir}")


def eval_spkatt(
    gold_dir: Annotated[Path, typer.Argument(help="Gold task files.")],
    pred_dir: Annotated[Path, typer.Argument(help="Predicted task files of the same names.")],
) -> None:
    """Score predicted SpkAtt-2023 annotations against gold: roles, annotations, form."""
    from lagebild.evaluate.spkatt import evaluate_dirs, format_lines
    from lagebild.spkatt.io import document_paths

    if not gold_dir.is_dir() or not document_paths(gold_dir):
        _fail(f"no gold task files (*.json) in {gold_dir}")
    try:
        scores = evaluate_dirs(gold_dir, pred_dir)
    except (FileNotFoundError, ValueError) as exc:
        _fail(str(exc))
    for line in format_lines(scores):
        typer.echo(line)
