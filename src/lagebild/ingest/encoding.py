"""Bytes to text: the declared charset, else a BOM, UTF-8 or a detected one; never fails."""

from __future__ import annotations

import codecs
import logging
import re

log = logging.getLogger(__name__)

_NAME = rb"([A-Za-z0-9_.:-]{1,40})"
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*""" + _NAME, re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,100}?encoding\s*=\s*["']""" + _NAME, re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.I)


def charset_of_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header value, if any."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def declared_charset(raw: bytes) -> str | None:
    """The charset a page or XML file declares in its first 4 KB, if a known one."""
    head = raw[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if match is None:
        return None
    return _known(match.group(1).decode("ascii", "ignore"))


def decode_bytes(raw: bytes, source: str, declared: str | None = None) -> str:
    """Text of ``raw``: a BOM's charset, else ``declared`` (or the page's own declaration),
    else UTF-8, else what charset-normalizer detects. Bytes the chosen charset cannot decode
    become U+FFFD and a warning names ``source``."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            return _decode_lenient(raw, name, source)
    charset = _known(declared) or declared_charset(raw)
    if charset is not None:
        return _decode_lenient(raw, charset, source)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = raw.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    good = sum(1 for ch in lenient if ord(ch) > 127) - bad
    if good > 0 and bad <= good // 10:  # UTF-8 with a few broken bytes
        return _decode_lenient(raw, "utf-8", source)
    detected = _detect(raw)
    if detected is not None:
        try:
            return raw.decode(detected)
        except UnicodeDecodeError:
            pass
    return _decode_lenient(raw, detected or "cp1252", source)


def _decode_lenient(raw: bytes, charset: str, source: str) -> str:
    text = raw.decode(charset, errors="replace")
    bad = text.count("\ufffd")
    if bad:
        log.warning("%s: %d undecodable bytes replaced (decoded as %s)", source, bad, charset)
    return text


def _detect(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    return _known(best.encoding) if best is not None else None


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
