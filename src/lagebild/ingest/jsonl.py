"""Reading JSON Lines exports with news-please field names, one article per line."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from lagebild.errors import InputError
from lagebild.ingest.dateline import with_dateline
from lagebild.ingest.language import detect_language
from lagebild.ingest.records import Item, ReadOptions, Rejected, check_text, iso_date
from lagebild.model import Document, Provenance

log = logging.getLogger(__name__)

# news-please names first, then common alternatives.
TEXT_FIELDS = ("maintext", "text", "body", "content")
DATE_FIELDS = ("date_publish", "date", "published", "date_modify", "date_download")
_CHUNK = 1 << 16


def read_jsonl(stream: BinaryIO, source: str, options: ReadOptions | None = None) -> Iterator[Item]:
    """Documents from a JSONL stream; broken or oversized lines as :class:`Rejected` naming
    the line; the rest of the stream is read on."""
    options = options or ReadOptions()
    limit = options.max_record_bytes
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        line_source = f"{source} line {number}"
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_to_newline(stream)
            yield Rejected(line_source, f"line is longer than the limit of {limit:,} bytes")
            continue
        if not line.strip():
            continue
        try:
            yield parse_record(line, line_source, options, path=f"{source}:{number}")
        except InputError as exc:
            yield Rejected(exc.source, exc.reason)


def parse_record(
    line: bytes | str, source: str, options: ReadOptions, *, path: str | None = None
) -> Document:
    """A Document from one news-please JSON record; InputError when it is not one."""
    if isinstance(line, bytes):
        text_line = line.decode("utf-8", errors="replace")
        if "\ufffd" in text_line and b"\xef\xbf\xbd" not in line:
            log.warning("%s: undecodable bytes replaced (JSONL must be UTF-8)", source)
    else:
        text_line = line
    try:
        record: Any = json.loads(text_line)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise InputError(source, f"a JSON {type(record).__name__}, not an object")
    body = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str)), None)
    if body is None:
        raise InputError(source, f"no text field ({', '.join(TEXT_FIELDS)})")
    text = check_text(body, source, options)
    url = record.get("url") if isinstance(record.get("url"), str) else None
    outlet = record.get("source_domain") or (urlsplit(url).hostname if url else None)
    date = next((iso_date(record.get(f)) for f in DATE_FIELDS if record.get(f)), None)
    language = options.language or _language(record.get("language")) or detect_language(text)
    return with_dateline(
        Document(
            text=text,
            language=language,
            date=date or (options.date.isoformat() if options.date else None),
            section=_str(record.get("section") or record.get("category")),
            title=_str(record.get("title")),
            provenance=[
                Provenance(
                    url=url,
                    outlet=_str(outlet),
                    reader="jsonl",
                    fetched=_str(record.get("date_download")),
                    path=path,
                )
            ],
        )
    )


def _skip_to_newline(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _language(value: object) -> str | None:
    if not isinstance(value, str) or len(value) < 2:
        return None
    return value[:2].lower()


def _str(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return None
    text = str(value).strip()
    return text or None
