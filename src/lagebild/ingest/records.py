"""What readers yield: documents, rejected inputs and records that are no article; the limits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lagebild.errors import InputError
from lagebild.model import Document

# One article's raw bytes (a text file, an HTML page, a WARC response, a JSONL line).
MAX_RECORD_BYTES = 5_000_000
# A whole feed file (feedparser needs it in memory).
MAX_FEED_BYTES = 50_000_000
# An article's extracted text: about 30,000 words. Longer "articles" are dumps, not news.
MAX_TEXT_CHARS = 200_000
# Less than this is a teaser, a cookie wall or a page that is all script.
MIN_TEXT_CHARS = 80
# Elements nested deeper than this are cut off by the HTML parser (libxml2's limit without
# its "huge" option, which lxml and trafilatura keep off): such a page is rejected, saying
# so, rather than read without what lies below.
MAX_HTML_DEPTH = 255


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Options of every reader.

    date: publication date for articles that carry none (plain text: overrides the date line).
    language: ISO code when known; detected otherwise.
    max_record_bytes: an article's raw bytes above this are rejected (default 5 MB).
    max_feed_bytes: a feed file above this is rejected (default 50 MB).
    max_text_chars: extracted text above this is rejected (default 200,000 characters).
    min_text_chars: extracted text below this is rejected (default 80 characters).
    """

    date: dt.date | None = None
    language: str | None = None
    max_record_bytes: int = MAX_RECORD_BYTES
    max_feed_bytes: int = MAX_FEED_BYTES
    max_text_chars: int = MAX_TEXT_CHARS
    min_text_chars: int = MIN_TEXT_CHARS


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input or record that could not be read as an article."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record that is no article (a WARC request, a redirect, an image), counted only."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class Ignored:
    """A file under a directory that is no input: a hidden file, a sidecar such as
    ``NAME.gold.json``, a file type no reader takes. ``reason`` is short ("hidden file")."""

    source: str
    reason: str


Item = Document | Rejected | Skipped | Ignored


def check_text(text: str, source: str, options: ReadOptions) -> str:
    """The text, stripped; InputError when it is too short or too long to be an article."""
    text = text.strip()
    if len(text) < options.min_text_chars:
        what = "no article text" if not text else f"only {len(text)} characters of text"
        raise InputError(source, f"{what} (the minimum is {options.min_text_chars})")
    if len(text) > options.max_text_chars:
        raise InputError(
            source,
            f"text is {len(text):,} characters; the limit for one article is "
            f"{options.max_text_chars:,}",
        )
    return text


def iso_date(value: object) -> str | None:
    """The ISO date (YYYY-MM-DD) at the start of a date or datetime string, else None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None
