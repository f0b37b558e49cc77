"""Bytes to text: a BOM or declared charset, else UTF-8 (broken bytes replaced, with a
warning), a legacy code page only on evidence; never fails."""

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
    else UTF-8; a legacy code page (what charset-normalizer detects) only when ``raw`` holds
    fewer valid multi-byte UTF-8 characters than broken bytes and its high bytes sit
    inside words. Bytes the chosen
    charset cannot decode become U+FFFD and a warning names ``source`` and their count."""
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
    if not _looks_legacy(raw):  # UTF-8 with broken or truncated bytes
        return _decode_lenient(raw, "utf-8", source)
    detected = _detect(raw)
    if detected is not None:
        try:
            return raw.decode(detected)
        except UnicodeDecodeError:
            pass
    return _decode_lenient(raw, detected or "cp1252", source)


# A byte of a legacy code page inside a word: Latin letters around it ("M\xfcller").
_LEGACY_LETTER = re.compile(rb"[A-Za-z][\x80-\xff]|[\x80-\xff][A-Za-z]")


def _looks_legacy(raw: bytes) -> bool:
    """Evidence for a legacy code page in bytes that are not valid UTF-8: fewer well-formed
    UTF-8 characters than broken bytes, and most high bytes sit inside words as letters do."""
    lenient = raw.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    good = sum(1 for ch in lenient if ord(ch) > 127) - bad
    if good >= bad:  # mostly valid UTF-8
        return False
    high = sum(1 for b in raw if b >= 0x80)
    return 2 * len(_LEGACY_LETTER.findall(raw)) >= high


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
