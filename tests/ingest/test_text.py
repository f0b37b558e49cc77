"""Reading plain-text articles: header lines, encodings and bad files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lagebild.errors import InputError
from lagebild.ingest.text import TextOptions, parse_article, parse_date_line, read_text_file

ARTICLE = """3. März 2025

Wirtschaft

Werft in Kiel streicht Stellen

Werft in Kiel streicht Stellen

Die Werft will bis Jahresende 300 Stellen abbauen. Das teilte die Geschäftsführung mit."""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("18. Oktober, 2024", dt.date(2024, 10, 18)),
        ("18.10.2024", dt.date(2024, 10, 18)),
        ("October 25, 2024", dt.date(2024, 10, 25)),
        ("2024-10-18", dt.date(2024, 10, 18)),
        ("Dienstag, 9. September 2025", dt.date(2025, 9, 9)),
        ("3. März 2025", dt.date(2025, 3, 3)),
        ("March 12, 2025", dt.date(2025, 3, 12)),
        ("31.02.2024", None),
        ("Politik", None),
        ("Werft in Kiel streicht 300 Stellen", None),
    ],
)
def test_date_lines(line: str, expected: dt.date | None) -> None:
    assert parse_date_line(line) == expected


def test_header_and_body() -> None:
    doc = parse_article(ARTICLE)
    assert (doc.date, doc.section, doc.title) == (
        "2025-03-03",
        "Wirtschaft",
        "Werft in Kiel streicht Stellen",
    )
    assert doc.text.startswith("Die Werft will")
    assert doc.language == "de"


def test_date_option_overrides_and_body_only_article() -> None:
    doc = parse_article(
        "Der Hafen bleibt bis Montag gesperrt. Die Stadt prüft Ersatzverkehr.",
        TextOptions(date=dt.date(2025, 1, 2)),
    )
    assert doc.date == "2025-01-02"
    assert doc.title is None
    assert doc.text.startswith("Der Hafen")


def test_windows_1252_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "alt.txt"
    path.write_bytes("Die Brücke über die Spree wird für Fußgänger geöffnet.".encode("cp1252"))
    assert "Brücke" in read_text_file(path).text


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"   \n\n", "empty"), (b"\x00\x01\x02binary\x00" * 20, "binary")],
)
def test_bad_files_name_the_file(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_text_file(path)
    assert str(path) in str(info.value)
    assert reason in str(info.value)


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_text_file(tmp_path / "nope.txt")
