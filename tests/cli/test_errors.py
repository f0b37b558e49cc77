"""Every user mistake ends in one error line with its cause and a hint, exit code 2, and no
traceback (a traceback with -v); help without type noise; --version."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.errors import StoreError

runner = CliRunner()
READ_COMMANDS = (
    ["claims"], ["facts"], ["fact", "1"], ["sources"], ["timeline", "Russia"], ["documents"],
    ["rejects"], ["events"], ["entities", "-q", "x"],
)  # fmt: skip


def one_error_line(result, *parts: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lagebild: error: "), result.stderr
    assert "Traceback" not in result.output
    for part in parts:
        assert part in lines[0], (part, lines[0])


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_read_commands_refuse_a_missing_store(command: list[str], tmp_path: Path) -> None:
    typo = tmp_path / "typo.db"
    result = runner.invoke(app, [*command, "--db", str(typo)])
    one_error_line(result, f"no store at {typo}", "create one with lagebild ingest")
    assert not typo.exists()


def test_store_paths_that_cannot_be_a_store(tmp_path: Path) -> None:
    missing_dir = tmp_path / "no" / "such" / "dir" / "x.db"
    one_error_line(
        runner.invoke(app, ["claims", "--db", str(missing_dir)]), f"no store at {missing_dir}"
    )
    article = tmp_path / "a.txt"
    article.write_text("Die Donau ist über die Ufer getreten.\n" * 30, encoding="utf-8")
    one_error_line(
        runner.invoke(app, ["ingest", str(article), "--db", str(missing_dir)]),
        "no directory",
    )
    for command in (["claims"], ["ingest", str(article)]):
        one_error_line(
            runner.invoke(app, [*command, "--db", str(article)]), "is not a lagebild store"
        )


def test_verbose_shows_the_traceback(tmp_path: Path) -> None:
    result = runner.invoke(app, ["-v", "claims", "--db", str(tmp_path / "typo.db")])
    assert isinstance(result.exception, StoreError)


@pytest.fixture
def empty_store(tmp_path: Path) -> Path:
    from lagebild.store import open_store

    path = tmp_path / "leer.db"
    open_store(path).close()
    return path


@pytest.mark.parametrize("written", ["2025-03-12", "12.03.2025", "12. März 2025", "March 12, 2025"])
def test_dates_as_articles_write_them(written: str, empty_store: Path) -> None:
    for command in ("claims", "facts"):
        result = runner.invoke(app, [command, "--db", str(empty_store), "--since", written])
        assert result.exit_code == 0, result.output


def test_a_bad_date_names_the_option_of_the_command(empty_store: Path, tmp_path: Path) -> None:
    for command in ("claims", "facts"):
        result = runner.invoke(app, [command, "--db", str(empty_store), "--since", "32.13.2025"])
        one_error_line(result, "--since '32.13.2025' is not a date", "12. März 2025")
    article = tmp_path / "a.txt"
    article.write_text("Die Donau ist über die Ufer getreten.\n", encoding="utf-8")
    one_error_line(runner.invoke(app, ["analyze", str(article), "--date", "gestern"]), "--date")


def test_unknown_event_type_lists_the_types(empty_store: Path) -> None:
    for command in ("claims", "facts"):
        result = runner.invoke(app, [command, "--db", str(empty_store), "--event", "FLOOD"])
        one_error_line(result, "--event 'FLOOD' is not an event type", "DEPLOY_TROOPS")


def test_empty_results_give_a_hint(empty_store: Path) -> None:
    result = runner.invoke(app, ["claims", "--db", str(empty_store), "--event", "meet"])
    assert result.exit_code == 0 and result.stdout == ""
    assert "lagebild events" in result.stderr
    result = runner.invoke(app, ["timeline", "Atlantis", "--db", str(empty_store)])
    assert result.exit_code == 0 and "lagebild entities -q" in result.stderr


def test_analyze_missing_file_and_directory(tmp_path: Path) -> None:
    one_error_line(runner.invoke(app, ["analyze", str(tmp_path / "x.txt")]), "no such file")
    one_error_line(runner.invoke(app, ["analyze", str(tmp_path)]), "lagebild ingest")


def test_eval_outside_the_checkout_says_where_it_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lagebild.cli.checkout

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(lagebild.cli.checkout, "checkout_root", lambda: None)
    result = runner.invoke(app, ["eval", "seed"])
    one_error_line(result, "../shared/seed, tests/data", str(tmp_path), "lagebild eval seed DIR")
    result = runner.invoke(app, ["eval", "facts"])
    one_error_line(result, "tests/data/facts/facts.gold.json", str(tmp_path), "--gold FILE")
    one_error_line(runner.invoke(app, ["eval", "facts", "--gold", "x.json"]), "--gold x.json")


def _commands(group, path=()):  # type: ignore[no-untyped-def]
    for name, command in getattr(group, "commands", {}).items():
        yield (*path, name)
        yield from _commands(command, (*path, name))


def test_help_has_no_type_noise_and_no_broken_sentences() -> None:
    import typer.main

    root = typer.main.get_command(app)
    commands = list(_commands(root))
    assert {("claims",), ("documents",), ("rejects",), ("events",), ("entities",)} <= set(commands)
    for command in [(), *commands]:
        for columns in ("80", "120"):
            result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": columns})
            assert result.exit_code == 0, (command, result.output)
            for noise in ("<bool>", "<str>", "<int>", "<path>", "<list"):
                assert noise not in result.stdout, (command, noise)
        _paragraphs_are_filled(runner.invoke(app, [*command, "--help"]).stdout)
    date_help = runner.invoke(app, ["analyze", "--help"], env={"COLUMNS": "120"}).stdout
    assert "overrides the date" in " ".join(date_help.split())


def _paragraphs_are_filled(help_text: str, width: int = 78) -> None:
    """The description's lines break where the next word no longer fits, not where the
    docstring happened to break."""
    description = help_text.split("\nArguments:")[0].split("\nOptions:")[0]
    for paragraph in description.split("\n\n")[1:]:
        lines = paragraph.splitlines()
        for line, following in itertools.pairwise(lines):
            assert len(line) + 1 + len(following.split()[0]) > width, (line, following)


def test_version_and_completion() -> None:
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"lagebild {version('lagebild')}"
    assert "--install-completion" in runner.invoke(app, ["--help"]).stdout
