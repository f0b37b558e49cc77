"""A briefing from selected facts: per fact a headline, a lead (sources, the spread of
figures, denials), a paragraph per source in order of first appearance, a paragraph of
denials and contradictions, and the unattributed reports that carry figures; then the
list of source documents. Every sentence records the claims and spans it rests on."""

from __future__ import annotations

from lagebild.brief.briefing import Briefing, Paragraph, Section, Sentence, SourceDocument, Trace
from lagebild.brief.names import NameBook
from lagebild.brief.select import ClaimView, FactView
from lagebild.brief.writer import OPPOSING, Context, Writer, figure_items
from lagebild.brief.writer_de import GermanWriter
from lagebild.brief.writer_en import EnglishWriter

LANGUAGES = ("de", "en")


def writer_for(language: str, names: NameBook) -> Writer:
    """The writer of a briefing language (de or en)."""
    if language == "de":
        return GermanWriter(names)
    if language == "en":
        return EnglishWriter(names)
    raise ValueError(f"briefing language {language!r}: use one of {', '.join(LANGUAGES)}")


def traces(claims: list[ClaimView]) -> list[Trace]:
    """The message, source and cue spans of claims."""
    out = []
    for claim in claims:
        for span in [*claim.spans, *claim.other_spans]:
            out.append(Trace(claim.id, claim.document, span["start"], span["end"], span["text"]))
    return out


def _sentence(text: str | None, claims: list[ClaimView]) -> Sentence | None:
    if not text or not claims:
        return None
    return Sentence(text, [c.id for c in claims], traces(claims))


def compose_section(fact: FactView, writer: Writer) -> Section:
    """One fact as a section of a briefing."""
    items = figure_items(fact, writer.language)
    event_claims = [c for c in fact.claims if c.event_type == fact.event_type] or fact.claims
    headline_claims = event_claims + [i.claim for i in items if i.claim not in event_claims]
    headline = _sentence(writer.headline(fact, items), headline_claims)
    assert headline is not None
    lead = [
        _sentence(writer.lead_sources(fact), fact.claims),
        _sentence(writer.lead_figures(items), [i.claim for i in items]),
        _sentence(
            writer.lead_opposition(fact.claims), [c for c in fact.claims if c.stance in OPPOSING]
        ),
    ]
    ctx = Context()
    by_origin: dict[str, list[ClaimView]] = {}
    opposing: list[ClaimView] = []
    reports: list[ClaimView] = []
    for claim in fact.claims:
        if not claim.attributed:
            if claim.quantities:
                reports.append(claim)
        elif claim.stance in OPPOSING:
            opposing.append(claim)
        else:
            by_origin.setdefault(claim.origin or claim.source_text or "", []).append(claim)
    paragraphs = [_paragraph(claims, writer, ctx) for claims in by_origin.values()]
    paragraphs.append(_paragraph(opposing, writer, ctx, writer.opposition_heading))
    paragraphs.append(_paragraph(reports, writer, ctx, writer.reports_heading))
    return Section(
        fact.id,
        headline,
        [s for s in lead if s is not None],
        [p for p in paragraphs if p.sentences],
    )


def _paragraph(
    claims: list[ClaimView], writer: Writer, ctx: Context, heading: str | None = None
) -> Paragraph:
    ctx.last_date = None
    ctx.noted = False
    sentences = []
    for claim in claims:
        sentence = _sentence(writer.claim_sentence(claim, ctx), [claim])
        if sentence is not None:
            sentences.append(sentence)
    return Paragraph(sentences, heading)


def compose(
    facts: list[FactView], language: str, names: NameBook, topic: str | None = None
) -> Briefing:
    """A briefing in ``language`` over the facts (in their order); ``topic`` (an entity
    or a query) titles a briefing of several facts."""
    writer = writer_for(language, names)
    sections = [compose_section(f, writer) for f in facts if f.claims]
    used = {c for s in sections for sentence in s.sentences() for c in sentence.claims}
    sources: dict[str, SourceDocument] = {}
    for fact in facts:
        for claim in fact.claims:
            if claim.id not in used or claim.document in sources:
                continue
            doc = fact.documents.get(claim.document, {})
            provenance = doc.get("provenance") or [{}]
            first = next((p for p in provenance if p.get("url")), provenance[0])
            sources[claim.document] = SourceDocument(
                claim.document, doc.get("title"), doc.get("date"), first.get("outlet"),
                first.get("url"), doc.get("language"),
            )  # fmt: skip
    ordered = sorted(sources.values(), key=lambda s: (s.date or "", s.document))
    title = sections[0].headline.text if len(sections) == 1 else writer.title(topic or "—")
    return Briefing(language, title, sections, ordered)
