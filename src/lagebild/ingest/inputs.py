"""Inputs to documents: paths, directories, globs and ``-`` (stdin); the reader is chosen by
content. Streams are read record by record, so a large WARC or JSONL file never sits in memory.
"""

from __future__ import annotations

import glob
import gzip
import io
import logging
import sys
import zlib
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any, BinaryIO

from lagebild.errors import InputError
from lagebild.ingest.detect import SNIFF_BYTES, Kind, sniff
from lagebild.ingest.encoding import decode_bytes
from lagebild.ingest.feeds import read_feed
from lagebild.ingest.html import parse_html
from lagebild.ingest.jsonl import read_jsonl
from lagebild.ingest.records import Ignored, Item, ReadOptions, Rejected
from lagebild.ingest.text import TextOptions, parse_article
from lagebild.ingest.warc import read_warc
from lagebild.model import Provenance

log = logging.getLogger(__name__)

STDIN = "-"
# Files a directory walk picks up (files named directly are always read).
DIRECTORY_SUFFIXES = frozenset(
    {
        ".txt",
        ".text",
        ".html",
        ".htm",
        ".xhtml",
        ".xml",
        ".rss",
        ".atom",
        ".warc",
        ".jsonl",
        ".ndjson",
        ".json",
        ".gz",
    }
)
_GLOB_CHARS = frozenset("*?[")
# Files beside the articles that are about them, not articles (skipped in a directory walk).
SIDECAR_SUFFIXES = (".gold.json",)


def expand_inputs(paths: Iterable[str | Path]) -> Iterator[str | Rejected | Ignored]:
    """Input names: files as given, the article files under directories (sorted), glob
    matches, ``-``; names that match nothing as :class:`Rejected`; the other files under
    directories (hidden, sidecars, other types) as :class:`Ignored`."""
    for given in paths:
        name = str(given)
        path = Path(name)
        if name == STDIN:
            yield STDIN
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file():
                    why = _not_an_input(child.relative_to(path))
                    yield str(child) if why is None else Ignored(str(child), why)
        elif path.exists():
            yield name
        elif _GLOB_CHARS & set(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield Rejected(name, "no file matches this pattern")
            yield from expand_inputs(matches)
        else:
            yield Rejected(name, "no such file or directory")


def read_inputs(paths: Iterable[str | Path], options: ReadOptions | None = None) -> Iterator[Item]:
    """Every document, rejected input and skipped record of the inputs, in order."""
    options = options or ReadOptions()
    for name in expand_inputs(paths):
        if isinstance(name, Rejected | Ignored):
            yield name
        else:
            yield from read_input(name, options)


def read_input(name: str, options: ReadOptions | None = None) -> Iterator[Item]:
    """The items of one input file (or ``-``, standard input)."""
    options = options or ReadOptions()
    source = "<stdin>" if name == STDIN else name
    try:
        with ExitStack() as stack:
            if name == STDIN:
                stream: BinaryIO = sys.stdin.buffer
            else:
                stream = stack.enter_context(open(name, "rb"))
            yield from _read_stream(stream, source, name, options, stack)
    except OSError as exc:
        yield Rejected(source, f"cannot read ({exc.strerror or exc})")


def _read_stream(
    stream: BinaryIO, source: str, name: str, options: ReadOptions, stack: ExitStack
) -> Iterator[Item]:
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[type-var]
    head = _peek(buffered)
    kind = sniff(head, name.lower())
    if kind is Kind.GZIP:
        gz = stack.enter_context(gzip.GzipFile(fileobj=buffered, mode="rb"))
        buffered = io.BufferedReader(_Strict(gz), buffer_size=1 << 16)
        try:
            head = _peek(buffered)
        except (TruncatedError, OSError, zlib.error) as exc:
            yield Rejected(source, f"broken gzip data ({exc})")
            return
        kind = sniff(head, name.lower().removesuffix(".gz"))
        if kind is Kind.GZIP:
            yield Rejected(source, "gzip inside gzip is not read")
            return
    try:
        yield from _dispatch(kind, buffered, source, options)
    except (TruncatedError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield Rejected(source, f"truncated or corrupt compressed data ({exc})")


def _dispatch(kind: Kind, stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[Item]:
    if kind is Kind.EMPTY:
        yield Rejected(source, "input is empty")
    elif kind is Kind.BINARY:
        yield Rejected(source, "binary data, not text, HTML, a feed, WARC or JSONL")
    elif kind is Kind.WARC:
        yield from read_warc(stream, source, options)
    elif kind is Kind.JSONL:
        yield from read_jsonl(stream, source, options)
    elif kind is Kind.FEED:
        raw = stream.read(options.max_feed_bytes + 1)
        if len(raw) > options.max_feed_bytes:
            limit = options.max_feed_bytes
            yield Rejected(source, f"feed is larger than the limit of {limit:,} bytes")
        else:
            yield from read_feed(raw, source, options, path=source)
    else:
        raw = stream.read(options.max_record_bytes + 1)
        if len(raw) > options.max_record_bytes:
            yield Rejected(
                source,
                f"file is larger than the limit of {options.max_record_bytes:,} bytes for one "
                "article (collections belong in WARC or JSONL files)",
            )
            return
        try:
            if kind is Kind.HTML:
                yield parse_html(raw, source, options, path=source)
            else:
                yield _text_document(raw, source, options)
        except InputError as exc:
            yield Rejected(exc.source, exc.reason)


def _text_document(raw: bytes, source: str, options: ReadOptions) -> Item:
    text = decode_bytes(raw, source)
    if text.count("\ufffd") > max(10, len(text) // 20):
        raise InputError(source, "mostly undecodable bytes: binary data, not a text article")
    document = parse_article(
        text, TextOptions(date=options.date, language=options.language), source=source
    )
    if len(document.text) > options.max_text_chars:
        raise InputError(
            source,
            f"text is {len(document.text):,} characters; the limit for one article is "
            f"{options.max_text_chars:,}",
        )
    document.provenance.append(Provenance(reader="text", path=source))
    return document


def _peek(stream: BinaryIO) -> bytes:
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]  # type: ignore[attr-defined]
    return bytes(head)


def _not_an_input(relative: Path) -> str | None:
    """Why a file found in a directory walk is no input (None when it is one)."""
    if any(part.startswith(".") for part in relative.parts):
        return "hidden file"
    name = relative.name.lower()
    if name.endswith(SIDECAR_SUFFIXES):
        return "gold file"
    if relative.suffix.lower() in DIRECTORY_SUFFIXES or not relative.suffix:
        return None
    return "other file type"


class TruncatedError(Exception):
    """Compressed input that ends early or is corrupt (not an EOFError, which readers such as
    warcio take for a normal end)."""


class _Strict(io.RawIOBase):
    """A raw stream over a GzipFile that turns its end-of-data errors into TruncatedError."""

    def __init__(self, stream: gzip.GzipFile) -> None:
        self.stream = stream
        self.error: TruncatedError | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.error is not None:
            raise self.error
        try:
            data = self.stream.read1(len(buffer))
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            # end the current read with what came before; the next read raises
            self.error = TruncatedError(f"{type(exc).__name__}: {exc}")
            return 0
        buffer[: len(data)] = data
        return len(data)
