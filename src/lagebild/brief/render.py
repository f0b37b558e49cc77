"""A briefing as Markdown, HTML (every text escaped; each sentence links its claims and
spans through data attributes) or JSON."""

from __future__ import annotations

import html
import json

from lagebild.brief.briefing import Briefing, Sentence, SourceDocument

LABELS = {
    "de": {"sources": "Quellen", "no_url": "ohne URL", "no_facts": "Keine passenden Fakten."},
    "en": {"sources": "Sources", "no_url": "no URL", "no_facts": "No matching facts."},
}


def _source_line(source: SourceDocument, labels: dict[str, str]) -> list[str]:
    return [
        source.date or "—",
        source.outlet or "—",
        source.title or source.document,
        source.url or labels["no_url"],
    ]


def to_markdown(briefing: Briefing) -> str:
    """Markdown: the title, per fact a headline, lead, paragraphs; the source list."""
    labels = LABELS[briefing.language]
    lines = [f"# {briefing.title}", ""]
    if not briefing.sections:
        lines += [labels["no_facts"], ""]
    for section in briefing.sections:
        if len(briefing.sections) > 1 or section.headline.text != briefing.title:
            lines += [f"## {section.headline.text}", ""]
        lines += [" ".join(s.text for s in section.lead), ""]
        for paragraph in section.paragraphs:
            if paragraph.heading:
                lines += [
                    f"**{paragraph.heading}.** " + " ".join(s.text for s in paragraph.sentences),
                    "",
                ]
            else:
                lines += [" ".join(s.text for s in paragraph.sentences), ""]
    lines += [f"## {labels['sources']}", ""]
    lines += [f"- {' · '.join(_source_line(s, labels))}" for s in briefing.sources]
    return "\n".join(lines) + "\n"


def _sentence_html(sentence: Sentence) -> str:
    spans = ";".join(f"{t.document}:{t.start}-{t.end}" for t in sentence.traces)
    claims = " ".join(str(c) for c in sentence.claims)
    return (
        f'<span class="sentence" data-claims="{html.escape(claims)}"'
        f' data-spans="{html.escape(spans)}">{html.escape(sentence.text)}</span>'
    )


def to_html(briefing: Briefing) -> str:
    """A standalone HTML page; every text from the store is escaped."""
    labels = LABELS[briefing.language]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(briefing.language)}"><head><meta charset="utf-8">',
        f"<title>{html.escape(briefing.title)}</title></head><body>",
        f"<h1>{html.escape(briefing.title)}</h1>",
    ]
    if not briefing.sections:
        out.append(f"<p>{html.escape(labels['no_facts'])}</p>")
    for section in briefing.sections:
        out.append(f'<section data-fact="{html.escape(section.fact)}">')
        out.append(f"<h2>{_sentence_html(section.headline)}</h2>")
        out.append('<p class="lead">' + " ".join(_sentence_html(s) for s in section.lead) + "</p>")
        for paragraph in section.paragraphs:
            head = (
                f"<strong>{html.escape(paragraph.heading)}.</strong> " if paragraph.heading else ""
            )
            out.append(
                "<p>" + head + " ".join(_sentence_html(s) for s in paragraph.sentences) + "</p>"
            )
        out.append("</section>")
    out.append(f"<h2>{html.escape(labels['sources'])}</h2><ul>")
    for source in briefing.sources:
        date, outlet, title, _ = _source_line(source, labels)
        link = (
            f'<a href="{html.escape(source.url)}">{html.escape(title)}</a>'
            if source.url and source.url.startswith(("http://", "https://"))
            else html.escape(title)
        )
        out.append(f"<li>{html.escape(date)} · {html.escape(outlet)} · {link}</li>")
    out.append("</ul></body></html>")
    return "\n".join(out) + "\n"


def to_json(briefing: Briefing) -> str:
    return json.dumps(briefing.to_json(), ensure_ascii=False, indent=2) + "\n"


def render(briefing: Briefing, fmt: str) -> str:
    """The briefing in ``fmt``: md, html or json."""
    if fmt == "md":
        return to_markdown(briefing)
    if fmt == "html":
        return to_html(briefing)
    if fmt == "json":
        return to_json(briefing)
    raise ValueError(f"briefing format {fmt!r}: use md, html or json")
