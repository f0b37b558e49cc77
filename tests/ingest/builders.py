"""Small input files in every format, built from the real articles in tests/data."""

from __future__ import annotations

import gzip
import io
import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

from lagebild.ingest.text import parse_article

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Story:
    title: str
    date: str
    section: str
    paragraphs: list[str]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def story(name: str = "konjunktur-maschinenbau-2025-03-04") -> Story:
    """A real article of tests/data as title, date, section and paragraphs."""
    doc = parse_article((DATA / f"{name}.txt").read_text(encoding="utf-8"))
    assert doc.title and doc.date and doc.section
    return Story(doc.title, doc.date, doc.section, doc.text.split("\n\n"))


def html_page(
    s: Story,
    *,
    url: str = "https://www.nordkurier-beispiel.de/wirtschaft/konjunktur-prognose",
    outlet: str = "Nordkurier Beispiel",
    charset: str | None = "utf-8",
) -> str:
    """A news page: navigation, cookie banner, teaser list and footer around the article;
    metadata in OpenGraph, article: meta tags and JSON-LD."""
    meta_charset = f'<meta charset="{charset}">' if charset else ""
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": f"{s.date}T08:30:00+01:00",
            "articleSection": s.section,
            "publisher": {"@type": "Organization", "name": outlet},
        },
        ensure_ascii=False,
    )
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in s.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="de"><head>{meta_charset}
<title>{escape(s.title)} | {escape(outlet)}</title>
<meta property="og:title" content="{escape(s.title)}">
<meta property="og:site_name" content="{escape(outlet)}">
<meta property="og:url" content="{url}">
<meta property="article:section" content="{escape(s.section)}">
<meta property="article:published_time" content="{s.date}T08:30:00+01:00">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{ld}</script>
<script>window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}</script>
</head><body>
<div class="cookie-banner">Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.
<button>Alle akzeptieren</button></div>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li>
<li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>{escape(s.title)}</h1>
<div class="byline">Von unserer Redaktion</div>
{paragraphs}
</article>
<aside><h2>Mehr zum Thema</h2><ul><li><a href="/a">Bahnstreik am Montag</a></li>
<li><a href="/b">Neue Zahlen zur Inflation</a></li></ul></aside></main>
<footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a>
© 2025 {escape(outlet)}</footer>
</body></html>
"""


def feed_xml(
    s: Story, *, url: str = "https://www.rheinbote-beispiel.de/wirtschaft/prognose-gesenkt"
) -> str:
    """An RSS 2.0 feed: one item with full content, one with only a description."""
    content = "".join(f"<p>{escape(p)}</p>" for p in s.paragraphs)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Rheinbote Beispiel – Wirtschaft</title><link>https://www.rheinbote-beispiel.de/</link>
<description>Nachrichten</description><language>de-DE</language>
<item><title>{escape(s.title)}</title><link>{url}</link>
<pubDate>Tue, 04 Mar 2025 09:15:00 +0100</pubDate><category>{escape(s.section)}</category>
<description>{escape(s.paragraphs[0][:120])}</description>
<content:encoded><![CDATA[{content}]]></content:encoded></item>
<item><title>Fährverbindungen nach Cyberangriff eingeschränkt</title>
<link>https://www.rheinbote-beispiel.de/panorama/faehren</link>
<pubDate>Tue, 27 May 2025 11:00:00 +0200</pubDate>
<description>Nach einem Cyberangriff auf eine Reederei fallen mehrere Fährverbindungen an der
Nordseeküste aus, wie das Unternehmen mitteilte.</description></item>
</channel></rss>
"""


def warc_bytes(
    pages: list[tuple[str, bytes, str]], *, compress: bool = True, extra: bool = True
) -> bytes:
    """A WARC (gzipped per record) with a response per (url, body, content type); with
    ``extra``, also a request record, a 404 and an image response."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)

    def response(url: str, body: bytes, ctype: str, status: str = "200 OK") -> None:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)

    if extra:
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(
                "https://example.org/", "request", payload=io.BytesIO(b""), http_headers=req
            )
        )
    for url, body, ctype in pages:
        response(url, body, ctype)
    if extra:
        response(
            "https://example.org/fehlt",
            b"<html>Nicht gefunden</html>",
            "text/html",
            "404 Not Found",
        )
        response("https://example.org/bild.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
    return out.getvalue()


def jsonl_record(s: Story, *, url: str, domain: str) -> str:
    """One news-please record of the story."""
    return json.dumps(
        {
            "url": url,
            "title": s.title,
            "date_publish": f"{s.date} 10:02:00",
            "maintext": s.body,
            "language": "de",
            "source_domain": domain,
        },
        ensure_ascii=False,
    )


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data)
