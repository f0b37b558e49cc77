"""Reading a plain-text article: date line, section line, title (maybe printed twice), body.

The stored ``Document.text`` is the body alone; title, date and section are metadata.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from lagebild.errors import InputError
from lagebild.ingest.dateline import with_dateline
from lagebild.ingest.dates import parse_date_line
from lagebild.ingest.language import detect_language
from lagebild.model import Document, Provenance

MAX_BYTES = 5_000_000
_HEADER_MAX_CHARS = 200
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
    return with_dateline(
        Document(
            text=body,
            language=language,
            date=date.isoformat() if date else None,
            section=section,
            title=title,
        )
    )


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
