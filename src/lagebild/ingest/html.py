"""Reading an HTML page: the main text via trafilatura, metadata from meta tags / JSON-LD /
OpenGraph; and the text of an HTML fragment (a feed item's content)."""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

from lagebild.errors import InputError
from lagebild.ingest.dateline import with_dateline
from lagebild.ingest.encoding import decode_bytes
from lagebild.ingest.language import detect_language
from lagebild.ingest.records import MAX_HTML_DEPTH, ReadOptions, check_text, iso_date
from lagebild.model import Document, Provenance

log = logging.getLogger(__name__)

_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td")
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_SCRIPT = re.compile(rb"<script\b", re.I)


def parse_html(
    raw: bytes | str,
    source: str,
    options: ReadOptions | None = None,
    *,
    charset: str | None = None,
    url: str | None = None,
    reader: str = "html",
    path: str | None = None,
    fetched: str | None = None,
) -> Document:
    """A Document from an HTML page; InputError naming ``source`` when it holds no article.

    charset: the charset a transport declared (HTTP header), honoured before the page's own.
    url, reader, path, fetched: provenance (the page's canonical URL wins when ``url`` is None).
    """
    import trafilatura

    options = options or ReadOptions()
    if isinstance(raw, bytes):
        if len(raw) > options.max_record_bytes:
            raise InputError(
                source, f"page is {len(raw):,} bytes; the limit is {options.max_record_bytes:,}"
            )
        scripts = len(_SCRIPT.findall(raw))
        html = decode_bytes(raw, source, charset)
    else:
        scripts = len(_SCRIPT.findall(raw.encode("utf-8", "replace")))
        html = raw
    if too_deep(html):
        raise InputError(
            source,
            f"HTML is nested more than {MAX_HTML_DEPTH} elements deep, the parser's limit "
            "(the text below it would be lost)",
        )
    try:
        extracted = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise InputError(source, f"HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    if extracted is None:
        raise InputError(source, _no_text_reason(len(html), scripts))
    meta = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    title = _clean(meta.get("title"))
    cleaned = (_clean(line) for line in (meta.get("text") or "").splitlines())
    lines: list[str] = [line for line in cleaned if line]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    try:
        text = check_text("\n\n".join(lines), source, options)
    except InputError as exc:
        if not lines:
            raise InputError(source, _no_text_reason(len(html), scripts)) from exc
        if scripts:
            raise InputError(source, f"{exc.reason}; {scripts} script elements") from exc
        raise
    page_url = url or meta.get("url")
    categories = meta.get("categories") or []
    outlet = _clean(meta.get("sitename")) or _host(page_url)
    date = iso_date(meta.get("date")) or (options.date.isoformat() if options.date else None)
    language = options.language or _lang(meta.get("language")) or detect_language(text)
    return with_dateline(
        Document(
            text=text,
            language=language,
            date=date,
            section=_clean(categories[0]) if categories else None,
            title=title,
            provenance=[
                Provenance(url=page_url, outlet=outlet, reader=reader, fetched=fetched, path=path)
            ],
        )
    )


def too_deep(html: str) -> bool:
    """Whether the HTML parser cuts the page off at its nesting limit (:data:`MAX_HTML_DEPTH`)."""
    import lxml.html

    if html.count("<") <= MAX_HTML_DEPTH:  # too few tags to nest that deep
        return False
    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(html, parser=parser)
    except Exception:  # empty or unparsable: trafilatura says why
        return False
    return any("Excessive depth" in e.message for e in parser.error_log)


def fragment_text(fragment: str) -> str:
    """The paragraphs of an HTML fragment (a feed item's content), one blank line apart."""
    import lxml.html

    if "<" not in fragment:
        return _clean(fragment) or ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises ParserError and others on broken fragments
        return _clean(re.sub(r"<[^>]+>", " ", fragment)) or ""
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    blocks = [_clean(el.text_content()) for el in root.iter(*_BLOCK_TAGS)]
    paragraphs = [b for b in blocks if b]
    if not paragraphs:
        return _clean(root.text_content()) or ""
    return "\n\n".join(paragraphs)


def _no_text_reason(chars: int, scripts: int) -> str:
    if scripts:
        return f"no article text found ({chars:,} characters of markup, {scripts} script elements)"
    return f"no article text found ({chars:,} characters of markup)"


def _clean(value: object) -> str | None:
    if not value:
        return None
    text = _SPACE.sub(" ", str(value)).strip()
    return text or None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def _lang(value: object) -> str | None:
    if not value:
        return None
    code = str(value).strip().lower()[:2]
    return code if code.isalpha() and len(code) == 2 else None
