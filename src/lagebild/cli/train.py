"""``lagebild train attribution``: an opt-in attribution tagger on the pretrained encoder.

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
    from typer._click._termui_impl import ProgressBar

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
    seed: Annotated[int, typer.Option(help="Random seed of the head.")] = 0,
) -> None:
    """Train a tagger of cues, sources, messages and addressees on frozen encoder states,
    stacked on the rules (needs lagebild[accurate]). Resumable: analysed documents and
    encoder states are cached. A SpkAtt-trained model is CC BY-NC-SA 4.0; a PolNeAR one
    may not be redistributed."""
    from lagebild.learned.encoded import LAYERS
    from lagebild.learned.head import HeadOptions
    from lagebild.learned.tagger import TaggerOptions
    from lagebild.learned.training import train_attribution

    if not directory.is_dir():
        fail(f"no such directory: {directory}", 2)
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
            tagger = train_attribution(
                corpus.value, directory, out, cache, options, limit, progress
            )
        except (FileNotFoundError, ValueError) as exc:
            fail(str(exc), 2)
    typer.echo(
        f"trained on {tagger.meta['documents']} documents ({tagger.meta['tokens']} tokens); "
        f"model in {out} (licence: {tagger.meta['license']})"
    )
