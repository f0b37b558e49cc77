"""``lagebild eval ...``: accuracy against gold data, one summary line last."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from lagebild.cli.checkout import default_path, looked_in
from lagebild.cli.options import (
    AttributionModelOption,
    HantaOption,
    ModelOption,
    ParseOption,
    Profile,
    ProfileOption,
    check_attribution_model,
    fail,
)
from lagebild.cli.polnear import eval_polnear
from lagebild.cli.spkatt import eval_spkatt

if TYPE_CHECKING:
    from spacy.language import Language

eval_app = typer.Typer(
    help="Accuracy against gold data; the last line is the summary.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


DEFAULT_GOLD_DIRS = ("../shared/seed", "tests/data")


def default_gold_dirs() -> list[Path]:
    """The seed beside the checkout and the project's own gold articles, where present
    (relative to the working directory, else to the checkout lagebild runs from)."""
    candidates = [default_path(d) for d in DEFAULT_GOLD_DIRS]
    return [p for p in candidates if p.is_dir()]


LangOption = Annotated[str, typer.Option("--lang", help="Language of the default pipeline.")]


@eval_app.command("seed")
def eval_seed(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Gold files or directories (default: seed + tests/data)."),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Explain every miss.")] = False,
    model: ModelOption = None,
    hanta: HantaOption = None,
    parse: ParseOption = None,
    profile: ProfileOption = Profile.fast,
    attribution_model: AttributionModelOption = None,
) -> None:
    """Score analyses against gold files in the seed's format."""
    from lagebild.evaluate.gold import evaluate_gold, gold_files
    from lagebild.evaluate.report import explain, format_report

    dirs = paths or default_gold_dirs()
    if not any(True for _ in gold_files(dirs)):
        where = ", ".join(map(str, paths)) if paths else looked_in(*DEFAULT_GOLD_DIRS)
        fail(
            f"no gold files (NAME.gold.json beside NAME.txt) in {where}; pass gold files or "
            "directories: lagebild eval seed DIR",
            2,
        )
    from lagebild.nlp.loading import NlpOptions
    from lagebild.pipeline import Analyzer

    check_attribution_model(attribution_model)
    options = NlpOptions(
        model=model,
        hanta=hanta,
        parse=parse,
        profile=profile,
        attribution_model=attribution_model,
    )
    score = evaluate_gold(dirs, Analyzer(options))
    lines = format_report(score)
    if verbose:
        lines = [*explain(score), "", *lines]
    for line in lines:
        typer.echo(line)


eval_app.command("spkatt")(eval_spkatt)
eval_app.command("polnear")(eval_polnear)


def _linguistic_nlp(
    lang: str, model: str | None, hanta: bool | None, profile: str = Profile.fast
) -> Language:
    """Tokens, tags, lemmas (and parse and NER where the model has them; the encoder's NER
    over the whole text with the accurate profile), no extractors."""
    from lagebild.errors import ModelNotFoundError
    from lagebild.nlp.loading import NlpOptions
    from lagebild.pipeline import build_nlp

    options = NlpOptions(model=model, hanta=hanta, parse=False, extractors=())
    try:
        nlp = build_nlp(lang, options)
        if profile == "accurate" and "lagebild_encoder_ner" not in nlp.pipe_names:
            if "ner" in nlp.pipe_names:
                nlp.disable_pipe("ner")
            nlp.add_pipe("lagebild_encoder_ner")
        accurate = NlpOptions(profile="accurate")
        if profile == "accurate" and "parser" in nlp.pipe_names and accurate.encoder_parser(lang):
            nlp.disable_pipe("parser")
            nlp.add_pipe("lagebild_encoder_parser", after="parser")
        return nlp
    except (ModelNotFoundError, ValueError) as exc:
        fail(str(exc), 2)


def _require_file(path: Path) -> None:
    if not path.is_file():
        fail(f"no such file: {path}", 2)


@eval_app.command("pos")
def eval_pos(
    path: Annotated[Path, typer.Argument(help="Gold CoNLL-U file.")],
    model: ModelOption = None,
    lang: LangOption = "de",
    hanta: HantaOption = None,
    profile: ProfileOption = Profile.fast,
) -> None:
    """UPOS, tag, morphology, lemma accuracy and UAS/LAS on a CoNLL-U file's tokens."""
    import time

    from lagebild.evaluate.conllu import annotate_gold_tokens, read_conllu, score_pos

    _require_file(path)
    nlp = _linguistic_nlp(lang, model, hanta, profile)
    gold = read_conllu(path, nlp.vocab)
    start = time.perf_counter()
    pred = annotate_gold_tokens(nlp, gold)
    seconds = time.perf_counter() - start
    scores = score_pos(gold, pred)
    typer.echo(f"pipeline: {', '.join(nlp.pipe_names)}")
    typer.echo(f"sentences: {len(gold)}, {scores.tokens / max(seconds, 1e-9):.0f} tokens/s")
    typer.echo(scores.summary())


@eval_app.command("ner")
def eval_ner(
    path: Annotated[Path, typer.Argument(help="GermEval 2014 TSV or CoNLL/IOB2 file.")],
    model: ModelOption = None,
    lang: LangOption = "de",
    hanta: HantaOption = None,
    keep_derived: Annotated[
        bool, typer.Option("--keep-derived", help="Score GermEval's deriv/part labels too.")
    ] = False,
    profile: ProfileOption = Profile.fast,
) -> None:
    """Strict span precision, recall and F1 per label (outer spans)."""
    from lagebild.evaluate.ner import predict_tags, read_ner_file, score_ner

    _require_file(path)
    sentences = read_ner_file(path, keep_derived=keep_derived)
    if not sentences:
        fail(f"no sentences in {path}", 2)
    nlp = _linguistic_nlp(lang, model, hanta, profile)
    pred = predict_tags(nlp, sentences)
    per_label, overall = score_ner([s.tags for s in sentences], pred)
    typer.echo(f"sentences: {len(sentences)}")
    for score in per_label:
        typer.echo(score.line())
    typer.echo(overall.line())
