"""Reading RSS and Atom feeds: every item becomes a document (description-only items marked)."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import Any

from lagebild.errors import InputError
from lagebild.ingest.dateline import with_dateline
from lagebild.ingest.html import fragment_text
from lagebild.ingest.language import detect_language
from lagebild.ingest.records import Item, ReadOptions, Rejected, check_text
from lagebild.model import Document, Provenance

log = logging.getLogger(__name__)

READER_FULL = "feed"
# Items with no full content: the description (teaser) is the text.
READER_DESCRIPTION = "feed:description"


def read_feed(
    raw: bytes, source: str, options: ReadOptions | None = None, *, path: str | None = None
) -> Iterator[Item]:
    """The items of an RSS/Atom feed as documents; unreadable items as :class:`Rejected`."""
    import feedparser

    options = options or ReadOptions()
    parsed = feedparser.parse(raw)
    if not parsed.entries:
        why = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
        yield Rejected(source, f"feed has no items{why}")
        return
    feed_title = parsed.feed.get("title")
    feed_lang = (parsed.feed.get("language") or "")[:2].lower() or None
    for number, entry in enumerate(parsed.entries, start=1):
        item_source = f"{source} item {number}"
        try:
            yield _entry_document(entry, item_source, options, feed_title, feed_lang, path)
        except InputError as exc:
            yield Rejected(exc.source, exc.reason)


def _entry_document(
    entry: Any,
    source: str,
    options: ReadOptions,
    outlet: str | None,
    feed_lang: str | None,
    path: str | None,
) -> Document:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    if contents:
        body, reader = max(contents, key=len), READER_FULL
    else:
        body, reader = entry.get("summary") or entry.get("description") or "", READER_DESCRIPTION
    text = fragment_text(body)
    if reader == READER_DESCRIPTION:
        # a teaser is short by nature: accept it down to one sentence
        options = ReadOptions(
            date=options.date,
            language=options.language,
            min_text_chars=20,
            max_text_chars=options.max_text_chars,
        )
    text = check_text(text, source, options)
    tags = entry.get("tags") or []
    return with_dateline(
        Document(
            text=text,
            language=options.language or feed_lang or detect_language(text),
            date=_entry_date(entry) or (options.date.isoformat() if options.date else None),
            section=(tags[0].get("term") if tags else None) or None,
            title=(entry.get("title") or "").strip() or None,
            provenance=[Provenance(url=entry.get("link"), outlet=outlet, reader=reader, path=path)],
        )
    )


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None
