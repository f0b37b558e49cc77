"""Which reader fits an input, judged from its first bytes (the file name only breaks ties)."""

from __future__ import annotations

import re
from enum import StrEnum

SNIFF_BYTES = 4096

_FIRST_TAG = re.compile(rb"<\s*([a-zA-Z][a-zA-Z0-9:_-]*)")
_PROLOGUE = re.compile(rb"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)*", re.S | re.I)
_FEED_TAGS = frozenset({b"rss", b"feed", b"rdf:rdf", b"rdf"})
_HTML_TAGS = frozenset(
    {b"html", b"head", b"body", b"meta", b"title", b"div", b"article", b"p", b"link", b"script"}
)
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


class Kind(StrEnum):
    """The kinds of input lagebild reads."""

    EMPTY = "empty"
    GZIP = "gzip"
    WARC = "warc"
    FEED = "feed"
    HTML = "html"
    JSONL = "jsonl"
    TEXT = "text"
    BINARY = "binary"


def sniff(head: bytes, name: str = "") -> Kind:
    """The kind of input that starts with ``head`` (name: the file name, for ties)."""
    if not head.strip():
        return Kind.EMPTY
    if head.startswith(b"\x1f\x8b"):
        return Kind.GZIP
    body = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if body.startswith(b"WARC/"):
        return Kind.WARC
    if b"\x00" in head and not _utf16(head):
        return Kind.BINARY
    if body.startswith(b"{") or (body.startswith(b"[") and name.endswith(_JSONL_SUFFIXES)):
        return Kind.JSONL
    if body.startswith(b"<"):
        rest = _PROLOGUE.sub(b"", body, count=1)
        match = _FIRST_TAG.match(rest)
        tag = match.group(1).lower() if match else b""
        if tag in _FEED_TAGS:
            return Kind.FEED
        if tag in _HTML_TAGS or b"<!doctype html" in body[:200].lower():
            return Kind.HTML
        lowered = body[:SNIFF_BYTES].lower()
        if b"<html" in lowered or b"<body" in lowered:
            return Kind.HTML
    if _control_ratio(head) > 0.05:
        return Kind.BINARY
    if name.endswith(_JSONL_SUFFIXES):
        return Kind.JSONL
    return Kind.TEXT


def _utf16(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def _control_ratio(head: bytes) -> float:
    sample = head[:SNIFF_BYTES]
    bad = sum(1 for b in sample if b < 32 and b not in (9, 10, 13, 12))
    return bad / len(sample)
