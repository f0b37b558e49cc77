"""Reading WARC and WARC.gz files as a stream: HTTP 200 HTML responses become documents."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any, BinaryIO

from lagebild.errors import InputError
from lagebild.ingest.encoding import charset_of_content_type
from lagebild.ingest.html import parse_html
from lagebild.ingest.records import Item, ReadOptions, Rejected, Skipped

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 16


def read_warc(stream: BinaryIO, source: str, options: ReadOptions | None = None) -> Iterator[Item]:
    """Documents from the HTML responses of a WARC stream; other records as :class:`Skipped`;
    a truncated or corrupt archive ends with one :class:`Rejected` naming the last record."""
    from warcio.archiveiterator import ArchiveIterator

    options = options or ReadOptions()
    number = 0
    try:
        records = ArchiveIterator(stream, check_digests=False)
        for record in records:
            number += 1
            record_source = f"{source} record {number}"
            item = _record_item(record, record_source, source, number, options)
            missing = _drain(record)
            if missing:
                yield Rejected(
                    record_source, f"truncated WARC: the record ends {missing:,} bytes early"
                )
                return
            yield item
    except Exception as exc:  # warcio raises many types on corrupt input; the batch goes on
        where = f"after record {number}" if number else "at the start"
        yield Rejected(f"{source} {where}", f"truncated or corrupt WARC ({_describe(exc)})")


def _record_item(
    record: Any, record_source: str, source: str, number: int, options: ReadOptions
) -> Item:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type != "response" or record.http_headers is None:
        return Skipped(record_source, f"{record.rec_type} record")
    status = record.http_headers.get_statuscode()
    content_type = record.http_headers.get_header("Content-Type") or ""
    if status != "200":
        return Skipped(record_source, f"HTTP {status} for {uri}")
    if not content_type.lower().startswith(HTML_TYPES):
        return Skipped(record_source, f"{content_type or 'no content type'} for {uri}")
    payload = record.content_stream().read(options.max_record_bytes + 1)
    if len(payload) > options.max_record_bytes:
        return Rejected(
            f"{record_source} ({uri})",
            f"page is larger than the limit of {options.max_record_bytes:,} bytes",
        )
    if _drain(record):  # cut off inside the page: reported by the caller
        return Skipped(record_source, "truncated")
    try:
        return parse_html(
            payload,
            f"{record_source} ({uri})",
            options,
            charset=charset_of_content_type(content_type),
            url=uri,
            reader="warc",
            path=f"{source}#{number}",
            fetched=record.rec_headers.get_header("WARC-Date"),
        )
    except InputError as exc:
        return Rejected(exc.source, exc.reason)


def _drain(record: Any) -> int:
    """Read the rest of the record's block; the bytes missing at the end (0 when whole)."""
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    limit = getattr(raw, "limit", 0)
    return limit if isinstance(limit, int) and limit > 0 else 0


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
