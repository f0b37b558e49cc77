"""``lagebild train attribution``: an opt-in attribution tagger on the pretrained encoder.

By default the encoder's layers 7-10 are fine-tuned with the tagger's head
(:mod:`lagebild.learned.tune`, needs torch: ``lagebild[encoder-train]``); ``--frozen``
trains the head alone on frozen encoder states (no torch).

Register with ``app.add_typer(train_app, name="train")`` in ``lagebild.cli``.
"""

from __future__ import annotations

from contextlib import ExitStack
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from lagebild.cli.options import fail

if TYPE_CHECKING:
    from collections.abc import Callable

    from typer._click._termui_impl import ProgressBar

    from lagebild.learned.corpora import Corpus
    from lagebild.learned.tagger import AttributionTagger, TaggerOptions

train_app = typer.Typer(
    help="Train opt-in models on annotated corpora (their licence follows the corpus).",
    no_args_is_help=True,
    rich_markup_mode=None,
)


class CorpusName(StrEnum):
    """The corpora a tagger can learn from."""

    spkatt = "spkatt"
    polnear = "polnear"


@train_app.command("attribution")
def attribution(
    directory: Annotated[
        Path,
        typer.Argument(
            help="SpkAtt-2023 task JSON files, or a PolNeAR split (text/, attributions/)."
        ),
    ],
    corpus: Annotated[CorpusName, typer.Option("--corpus", help="Which corpus DIRECTORY holds.")],
    out: Annotated[Path, typer.Option("--out", help="Where to write the model (a directory).")],
    cache: Annotated[
        Path | None,
        typer.Option(help="Cache of analysed documents and encoder states (default: OUT.cache)."),
    ] = None,
    limit: Annotated[
        int | None, typer.Option(help="Only the first N documents (by name).", min=1)
    ] = None,
    epochs: Annotated[int, typer.Option(help="Training epochs of the head.", min=1)] = 6,
    hidden: Annotated[int, typer.Option(help="Hidden units of the head (0: linear).", min=0)] = 256,
    layers: Annotated[str, typer.Option(help="Encoder layers read, comma-separated.")] = "6,8,10",
    no_rules: Annotated[
        bool, typer.Option("--no-rules", help="Without the rule component's claims as inputs.")
    ] = False,
    seed: Annotated[int, typer.Option(help="Random seed of the head and the tuning.")] = 0,
    frozen: Annotated[
        bool,
        typer.Option(
            "--frozen", help="Train the head alone on frozen encoder states (no torch needed)."
        ),
    ] = False,
    tune_epochs: Annotated[
        int, typer.Option(help="Epochs of fine-tuning the encoder's layers 7-10.", min=1)
    ] = 3,
    minutes: Annotated[
        float | None,
        typer.Option(
            help="Stop after the tuning epoch that ends past MINUTES (exit code 3); "
            "run the same command again to resume.",
            min=0,
        ),
    ] = None,
) -> None:
    """Train a tagger of cues, sources, messages and addressees on the pretrained encoder,
    stacked on the rules (needs lagebild[accurate]): by default the encoder's layers 7-10
    are fine-tuned with the head (needs lagebild[encoder-train], i.e. torch; about 30-45
    minutes for the 700 SpkAtt articles on two cores), with --frozen only the head is
    trained (minutes). Resumable: analysed documents and encoder states are cached, and
    each tuning epoch is checkpointed in the cache. A SpkAtt-trained model is
    CC BY-NC-SA 4.0; a PolNeAR one may not be redistributed."""
    from lagebild.learned.encoded import LAYERS
    from lagebild.learned.head import HeadOptions
    from lagebild.learned.tagger import TaggerOptions
    from lagebild.learned.training import train_attribution

    if not directory.is_dir():
        fail(f"no such directory: {directory}", 2)
    if not frozen:
        try:
            import torch  # noqa: F401
        except ImportError:
            fail(
                "fine-tuning the encoder needs torch: pip install 'lagebild[encoder-train]' "
                "(or train the head alone with --frozen)",
                2,
            )
    try:
        chosen = tuple(int(n) for n in layers.split(",") if n.strip())
    except ValueError:
        fail(f"--layers {layers!r}: write encoder layers as numbers, e.g. 6,8,10", 2)
    if not chosen or any(n not in LAYERS for n in chosen):
        fail(f"--layers {layers!r}: choose among {','.join(map(str, LAYERS))}", 2)
    options = TaggerOptions(
        layers=chosen,
        rules=not no_rules,
        head=HeadOptions(hidden=hidden, epochs=epochs, seed=seed),
    )
    tagger: AttributionTagger | None
    with ExitStack() as stack:
        bars: dict[str, ProgressBar[int]] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in bars:
                for bar in bars.values():
                    bar.render_finish()
                label = f"{stage:10}"
                bars[stage] = stack.enter_context(typer.progressbar(length=total, label=label))
            bars[stage].update(done)

        try:
            if frozen:
                tagger = train_attribution(
                    corpus.value, directory, out, cache, options, limit, progress
                )
            else:
                tagger = _tuned(
                    corpus.value, directory, out, cache, options, limit, progress,
                    tune_epochs, seed, minutes,
                )  # fmt: skip
        except (FileNotFoundError, ValueError) as exc:
            fail(str(exc), 2)
    if tagger is None:
        typer.echo(
            f"stopped after {minutes} minutes between tuning epochs (checkpointed); "
            "run the same command again to resume",
            err=True,
        )
        raise typer.Exit(3)
    typer.echo(
        f"trained on {tagger.meta['documents']} documents ({tagger.meta['tokens']} tokens); "
        f"model in {out} (licence: {tagger.meta['license']})"
    )


def _tuned(
    corpus: Corpus,
    directory: Path,
    out: Path,
    cache: Path | None,
    options: TaggerOptions,
    limit: int | None,
    progress: Callable[[str, int, int], None],
    epochs: int,
    seed: int,
    minutes: float | None,
) -> AttributionTagger | None:
    """:func:`lagebild.learned.tune.train_tuned` with the corpus's options (None when it
    stopped after ``minutes``)."""
    import time

    from lagebild.learned.training import corpus_options, default_cache
    from lagebild.learned.tune import TuneOptions, train_tuned

    until = time.monotonic() + minutes * 60 if minutes is not None else None
    return train_tuned(
        corpus,
        directory,
        out,
        cache if cache is not None else default_cache(out),
        corpus_options(corpus, options),
        TuneOptions(epochs=epochs, seed=seed),
        limit,
        until,
        progress,
    )
