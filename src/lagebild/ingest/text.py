"""Reading a plain-text article: date line, section line, title (maybe printed twice), body.

The stored ``Document.text`` is the body alone; title, date and section are metadata.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from lagebild.errors import InputError
from lagebild.ingest.language import detect_language
from lagebild.model import Document, Provenance

MAX_BYTES = 5_000_000
_HEADER_MAX_CHARS = 200
# The date lines articles write most, read without dateparser (whose import and first
# parse take a quarter of a second): ISO, "18.10.2024", "18. Oktober, 2024", "October 25,
# 2024"; also after a weekday ("Dienstag, 9. September 2025"), where dateparser reads the
# whole line in the weekday's language and ignores the weekday (one that does not match
# the date included): German ISO, dotted and day-month dates, English ISO, day-month and
# month-day ones, each with its language's month names. Other lines go to dateparser.
_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "october": 10, "december": 12,
}  # fmt: skip
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_DAY_MONTH_DATE = re.compile(r"(\d{1,2})\.?\s+(\w+),?\s+(\d{4})")
_MONTH_DAY_DATE = re.compile(r"(\w+)\s+(\d{1,2}),?\s+(\d{4})")
_GERMAN_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                    "sonntag")  # fmt: skip
_ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                     "sunday")  # fmt: skip
_WEEKDAY = re.compile(rf"({'|'.join(_GERMAN_WEEKDAYS + _ENGLISH_WEEKDAYS)}),?\s+(.*)", re.I)
_GERMAN_MONTHS = frozenset(
    ("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
     "september", "oktober", "november", "dezember")
)  # fmt: skip
_ENGLISH_MONTHS = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december")
)  # fmt: skip
_SECTION_MAX_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?:;…]\s*$")


@dataclass(frozen=True, slots=True)
class TextOptions:
    """Options of the plain-text reader.

    date: the publication date when the file has no date line (or to override it).
    language: the ISO code when known; detected otherwise.
    max_bytes: files larger than this are rejected.
    """

    date: dt.date | None = None
    language: str | None = None
    max_bytes: int = MAX_BYTES


def read_text_file(path: str | Path, options: TextOptions | None = None) -> Document:
    """A Document from a plain-text article file; InputError names the file when it cannot."""
    path = Path(path)
    options = options or TextOptions()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror or exc})") from exc
    if len(raw) > options.max_bytes:
        raise InputError(
            str(path), f"file is {len(raw):,} bytes; the limit is {options.max_bytes:,}"
        )
    text = decode_text(raw, str(path))
    document = parse_article(text, options, source=str(path))
    document.provenance.append(Provenance(reader="text", path=str(path)))
    return document


def decode_text(raw: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else Windows-1252; binary data is refused."""
    if not raw.strip():
        raise InputError(source, "file is empty")
    if b"\x00" in raw[:4096]:
        raise InputError(source, "looks like a binary file (NUL bytes), not a text article")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(
                source, f"undecodable bytes at offset {exc.start}: not UTF-8 or Windows-1252"
            ) from exc
        if _control_ratio(text) > 0.05:
            raise InputError(source, "looks like binary data, not a text article") from exc
        return text


def parse_article(
    text: str, options: TextOptions | None = None, source: str = "<text>"
) -> Document:
    """Split an article's text into metadata and body; the body becomes ``Document.text``."""
    options = options or TextOptions()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_ratio(text) > 0.05:
        raise InputError(source, "looks like binary data, not a text article")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    if not blocks:
        raise InputError(source, "no text in the article")
    date, section, title, header_count = _read_header(blocks)
    body_blocks = blocks[header_count:]
    if not body_blocks:  # a single block: all of it is the body
        body_blocks, title, section = blocks, None, None
    body = "\n\n".join(body_blocks)
    if options.date is not None:
        date = options.date
    language = options.language or detect_language(body)
    return Document(
        text=body,
        language=language,
        date=date.isoformat() if date else None,
        section=section,
        title=title,
    )


def parse_date_line(line: str) -> dt.date | None:
    """The date of a date line ("18. Oktober, 2024", "18.10.2024", "October 25, 2024", ISO)."""
    line = line.strip()
    if len(line) > 40 or not any(ch.isdigit() for ch in line):
        return None
    common = _common_date(line)
    return common if common is not None else dateparser_date(line)


def dateparser_date(line: str) -> dt.date | None:
    """What dateparser makes of a date line (day, month and year required); the fallback of
    :func:`parse_date_line` for forms it does not read itself."""
    import dateparser

    settings: dict[str, object] = {
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    if re.match(r"^\d{1,2}\.", line):
        settings["DATE_ORDER"] = "DMY"
    parsed = dateparser.parse(line, languages=["de", "en"], settings=settings)
    return parsed.date() if parsed else None


def _common_date(line: str) -> dt.date | None:
    """The date of a line in one of the commonest forms, else None (also for a form that
    names no real day: dateparser then has its say)."""
    months: Collection[str] = _MONTHS
    dotted = month_day = True
    if m := _WEEKDAY.fullmatch(line):
        line = m[2]
        german = m[1].lower() in _GERMAN_WEEKDAYS
        months = _GERMAN_MONTHS if german else _ENGLISH_MONTHS
        dotted, month_day = german, not german
    ymd: tuple[int, int, int] | None = None
    if m := _ISO_DATE.fullmatch(line):
        ymd = (int(m[1]), int(m[2]), int(m[3]))
    elif dotted and (m := _DOTTED_DATE.fullmatch(line)):
        ymd = (int(m[3]), int(m[2]), int(m[1]))
    elif (m := _DAY_MONTH_DATE.fullmatch(line)) and m[2].lower() in months:
        ymd = (int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    elif month_day and (m := _MONTH_DAY_DATE.fullmatch(line)) and m[1].lower() in months:
        ymd = (int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    if ymd is None:
        return None
    try:
        return dt.date(*ymd)
    except ValueError:
        return None


def _read_header(blocks: list[str]) -> tuple[dt.date | None, str | None, str | None, int]:
    """Date, section, title and how many leading blocks they take."""
    header: list[str] = []
    for block in blocks:
        if "\n" in block or len(block) > _HEADER_MAX_CHARS or _SENTENCE_END.search(block):
            break
        header.append(block)
    date: dt.date | None = None
    rest: list[str] = []
    for line in header:
        parsed = parse_date_line(line) if date is None else None
        if parsed is not None:
            date = parsed
        else:
            rest.append(line)
    title: str | None = None
    section: str | None = None
    if rest:
        # A title printed twice counts once; the title is the last distinct header line.
        distinct = list(dict.fromkeys(rest))
        title = distinct[-1]
        if len(distinct) > 1 and len(distinct[0].split()) <= _SECTION_MAX_WORDS:
            section = distinct[0]
    return date, section, title, len(header)


def _control_ratio(text: str) -> float:
    sample = text[:10000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t") or ch == "\ufffd")
    return bad / len(sample)
