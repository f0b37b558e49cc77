"""lagebild.brief: source-faithful briefings in German and English, built only from
stored claims; every sentence carries the claims and character spans it came from.

``make_briefing(store, Selection(...), "de")`` selects facts, writes the briefing;
``render(briefing, "md" | "html" | "json")`` prints it; ``check_briefing`` finds
sentences with numbers or names that are not in their claims.
"""

from __future__ import annotations

from lagebild.brief.briefing import Briefing, Paragraph, Section, Sentence, SourceDocument, Trace
from lagebild.brief.compose import LANGUAGES, compose
from lagebild.brief.names import NameBook
from lagebild.brief.render import render
from lagebild.brief.select import BriefingError, Selection, select_facts
from lagebild.resolve.kb import KnowledgeBase
from lagebild.store import Store

__all__ = [
    "LANGUAGES",
    "Briefing",
    "BriefingError",
    "Paragraph",
    "Section",
    "Selection",
    "Sentence",
    "SourceDocument",
    "Trace",
    "make_briefing",
    "render",
]


def make_briefing(
    store: Store, selection: Selection, language: str, kb: KnowledgeBase | None = None
) -> Briefing:
    """A briefing in ``language`` (de, en) on the facts ``selection`` picks."""
    if language not in LANGUAGES:
        raise BriefingError(f"briefing language {language!r}: use one of {', '.join(LANGUAGES)}")
    kb = kb or KnowledgeBase.default()
    names = NameBook(kb, store)
    facts = select_facts(store, selection)
    topic = selection.entity or selection.query
    if selection.entity:
        entity = kb.lookup(selection.entity)
        if entity is not None:
            topic = names.referent(entity.canonical, language).name
    return compose(facts, language, names, topic)
