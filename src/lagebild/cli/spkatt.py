"""``lagebild spkatt predict`` and ``lagebild eval spkatt``: the SpkAtt-2023 task.

Register with ``app.add_typer(spkatt_app, name="spkatt")`` in ``lagebild.cli`` and
``eval_app.command("spkatt")(eval_spkatt)`` in ``lagebild.cli.evaluate``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from lagebild.cli.options import Profile, ProfileOption, fail

if TYPE_CHECKING:
    from lagebild.spkatt.predict import DocumentTagger

spkatt_app = typer.Typer(
    help="Speaker attribution in the SpkAtt-2023 task format (German news).",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@spkatt_app.command("predict")
def predict(
    in_dir: Annotated[Path, typer.Argument(help="Task JSON files (sentences with tokens).")],
    out_dir: Annotated[Path, typer.Argument(help="Where to write them with predictions.")],
    raw: Annotated[
        bool,
        typer.Option("--raw", help="lagebild's spans as they are, not the task's conventions."),
    ] = False,
    model: Annotated[
        Path | None,
        typer.Option(
            "--model",
            help="A tagger trained by 'lagebild train attribution --corpus spkatt' or "
            "'lagebild spkatt train' (CC BY-NC-SA 4.0); without it, the rule-based attribution.",
        ),
    ] = None,
    profile: ProfileOption = Profile.fast,
) -> None:
    """Annotate task files with lagebild's attribution (top-level annotations only)."""
    from lagebild.nlp.loading import NlpOptions
    from lagebild.pipeline import build_nlp
    from lagebild.spkatt.convert import ConvertOptions
    from lagebild.spkatt.io import document_paths
    from lagebild.spkatt.predict import predict_dir

    if not in_dir.is_dir() or not document_paths(in_dir):
        fail(f"no task files (*.json) in {in_dir}", 2)
    if in_dir.resolve() == out_dir.resolve():
        fail("OUT_DIR must differ from IN_DIR (the input's annotations would be overwritten)", 2)
    if model is not None and raw:
        fail("--raw applies to the rules only, not to --model", 2)
    tagger: DocumentTagger | None = None
    if model is not None:
        from lagebild.errors import ModelNotFoundError
        from lagebild.learned.tagger import HEAD, AttributionTagger
        from lagebild.spkatt.crf import CrfTagger

        try:
            if (model / HEAD).exists():
                tagger = AttributionTagger.load(model)
            else:
                tagger = CrfTagger.load(model)
        except (FileNotFoundError, ImportError, ModelNotFoundError) as exc:
            fail(str(exc), 2)
    options = ConvertOptions(conventions=not raw)
    count = predict_dir(
        in_dir, out_dir, build_nlp("de", NlpOptions(profile=profile)), options, tagger=tagger
    )
    typer.echo(f"wrote {count} documents to {out_dir}")


@spkatt_app.command("train")
def train(
    train_dir: Annotated[Path, typer.Argument(help="Gold task files to learn from.")],
    out_dir: Annotated[Path, typer.Argument(help="Where to write the model (a directory).")],
    no_rules: Annotated[
        bool,
        typer.Option("--no-rules", help="Without the rule component's roles as features."),
    ] = False,
    iterations: Annotated[int, typer.Option(help="L-BFGS iterations.")] = 100,
) -> None:
    """Train the CRF tagger (needs the [spkatt] extra). The model is CC BY-NC-SA 4.0."""
    from lagebild.pipeline import build_nlp
    from lagebild.spkatt.crf import CrfOptions, CrfTagger
    from lagebild.spkatt.features import document_view
    from lagebild.spkatt.io import document_paths, read_dir

    if not train_dir.is_dir() or not document_paths(train_dir):
        fail(f"no task files (*.json) in {train_dir}", 2)
    nlp = build_nlp("de")
    documents = [document for _, document in read_dir(train_dir)]
    views = [document_view(nlp, document) for document in documents]
    options = CrfOptions(rules=not no_rules, max_iterations=iterations)
    try:
        CrfTagger.train(views, documents, out_dir, options)
    except ImportError as exc:
        fail(str(exc), 2)
    typer.echo(f"trained on {len(documents)} documents; model in {out_dir} (CC BY-NC-SA 4.0)")


def eval_spkatt(
    gold_dir: Annotated[Path, typer.Argument(help="Gold task files.")],
    pred_dir: Annotated[Path, typer.Argument(help="Predicted task files of the same names.")],
) -> None:
    """Score predicted SpkAtt-2023 annotations against gold: roles, annotations, form."""
    from lagebild.evaluate.spkatt import evaluate_dirs, format_lines
    from lagebild.spkatt.io import document_paths

    if not gold_dir.is_dir() or not document_paths(gold_dir):
        fail(f"no gold task files (*.json) in {gold_dir}", 2)
    try:
        scores = evaluate_dirs(gold_dir, pred_dir)
    except (FileNotFoundError, ValueError) as exc:
        fail(str(exc), 2)
    for line in format_lines(scores):
        typer.echo(line)
