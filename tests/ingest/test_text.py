"""Reading plain-text articles: header lines, encodings and bad files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lagebild.errors import InputError
from lagebild.ingest.dates import dateparser_date, parse_date_line
from lagebild.ingest.text import TextOptions, parse_article, read_text_file

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


WEEKDAYS = ["Dienstag, ", "Montag, ", "sonntag ", "Donnerstag,", "Tuesday, ", "Friday ", "SUNDAY, "]
DATES = [
    "4. März 2025", "4. März, 2025", "04.03.2025", "4.3.2025", "2025-03-04", "March 4, 2025",
    "March 4 2025", "4 March 2025", "4. March 2025", "5. Mai 2024", "May 5, 2024",
    "Dezember 1, 2023", "4. April 2025", "April 4, 2025", "3. Jänner 2024",
    "31. Februar 2025", "30.02.2024", "13.13.2024", "2024-02-30",
]  # fmt: skip


@pytest.mark.parametrize("weekday", WEEKDAYS)
def test_a_weekday_before_a_date_reads_as_dateparser_reads_it(weekday: str) -> None:
    # the fast path must give dateparser's answer: a weekday in another language than the
    # month, a weekday that does not match the date, an impossible day and English dotted
    # dates (month first for dateparser) included
    for date in DATES:
        line = weekday + date
        assert parse_date_line(line) == dateparser_date(line), line


def test_a_weekday_date_line_does_not_load_dateparser() -> None:
    import subprocess
    import sys

    code = (
        "import sys\nfrom lagebild.ingest.dates import parse_date_line\n"
        "assert str(parse_date_line('Dienstag, 9. September 2025')) == '2025-09-09'\n"
        "assert str(parse_date_line('Friday, October 25, 2024')) == '2024-10-25'\n"
        "print('dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
