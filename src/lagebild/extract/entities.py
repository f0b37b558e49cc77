"""Entity mentions with a canonical identity from the knowledge base.

Known names, acronyms, demonyms ("nordkoreanische" -> North Korea), capitals and
metonyms ("Pjöngjang", "Kreml") and descriptions ("des südkoreanischen
Nachrichtendienstes") are found by longest match on inflection-free keys; a demonym
inside a longer match is kept as a mention of its state too. Names the knowledge base
does not know come from the pipeline's NER where there is one, else from runs of
proper nouns, typed by a few cues (titles before a person, organisation words).
Output: ``doc._.mentions``, a list of :class:`lagebild.model.Mention`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.extract.entity_lexicon import (
    AMBIGUOUS_NAMES,
    INSTITUTIONS,
    LEGAL_FORMS,
    ORG_WORDS,
    OUTLET_WORDS,
    PERSON_TITLES,
    first_names,
)
from lagebild.model import Mention
from lagebild.nlp.extensions import register_extensions
from lagebild.resolve.kb import KnowledgeBase
from lagebild.resolve.normalize import ARTICLES, normalize_key

register_extensions()

MAX_ALIAS_TOKENS = 8
NER_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "GPE"}


@dataclass(frozen=True, slots=True)
class AliasTarget:
    canonical: str
    type: str
    kind: str
    wikidata: str | None
    text: str


class EntityRecognizer:
    """Finds entity mentions and resolves them against a :class:`KnowledgeBase`."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.index: dict[str, AliasTarget] = {}
        self.first_words: set[str] = set()
        self.given_names = first_names()
        for alias in kb.aliases():
            key = normalize_key(alias.text)
            if not key or key in self.index:
                continue
            entity = kb.get(alias.canonical)
            self.index[key] = AliasTarget(
                alias.canonical,
                alias.type,
                alias.kind,
                entity.wikidata if entity else None,
                alias.text,
            )
            self.first_words.add(key.split()[0])

    def __call__(self, doc: Doc) -> Doc:
        doc._.mentions = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[Mention]:
        """Mentions in text order; nested demonyms are kept beside the longer match."""
        keys = [normalize_key(t.text) if not t.is_punct else "" for t in doc]
        mentions: list[Mention] = []
        taken = [False] * len(doc)
        i = 0
        while i < len(doc):
            match = self._longest_match(doc, keys, i)
            if match is None:
                i += 1
                continue
            end, target = match
            start = i
            while start < end and doc[start].lower_ in ARTICLES:
                start += 1
            mentions.append(self._mention(doc, start, end, target))
            for k in range(start, end):
                taken[k] = True
            if end - start > 1:
                mentions.extend(self._nested_demonyms(doc, keys, start, end))
            i = end
        mentions.extend(self._institutions(doc, mentions, taken))
        mentions.extend(self._unknown_names(doc, taken))
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions

    def _longest_match(self, doc: Doc, keys: list[str], i: int) -> tuple[int, AliasTarget] | None:
        known_start = bool(keys[i]) and keys[i].split()[0] in self.first_words
        if not known_start and keys[i] not in ARTICLES:
            return None
        best: tuple[int, AliasTarget] | None = None
        words: list[str] = []
        for end in range(i + 1, min(len(doc), i + MAX_ALIAS_TOKENS) + 1):
            key = keys[end - 1]
            if not key:
                if doc[end - 1].text not in {"-", "."}:
                    break
                continue
            if not words and key in ARTICLES:
                continue
            words.append(key)
            target = self.index.get(" ".join(words))
            if target is not None and _plausible(doc, i, end, target):
                best = (end, target)
        return best

    def _institutions(self, doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
        """'die finnische Polizei', 'Estlands Regierung': a state's institution, named for it."""
        found = []
        for m in mentions:
            if m.label != "GPE" or m.entity is None:
                continue
            span = doc.char_span(m.start, m.end)
            if span is None or span.end >= len(doc):
                continue
            noun = doc[span.end]
            template = INSTITUTIONS.get(noun.lemma_) or INSTITUTIONS.get(noun.text)
            if template is None or taken[noun.i]:
                continue
            taken[noun.i] = True
            whole = doc[span.start : noun.i + 1]
            canonical = template.format(m.entity)
            found.append(Mention(whole.text, whole.start_char, whole.end_char, "ORG", canonical))
        return found

    def _companies(self, doc: Doc, taken: list[bool]) -> list[Mention]:
        """Capitalized words before a legal form: 'Die Vellmar Maschinenbau AG' -> ORG."""
        found = []
        for token in doc:
            if token.text not in LEGAL_FORMS or taken[token.i]:
                continue
            start = token.i
            while (
                start > 0
                and start > token.i - 5
                and not taken[start - 1]
                and doc[start - 1].text[:1].isupper()
                and doc[start - 1].tag_ not in {"ART", "PDAT", "PPOSAT", "APPR", "APPRART"}
                and not doc[start - 1].is_sent_start
            ):
                start -= 1
            if start == token.i:
                continue
            span = doc[start : token.i + 1]
            for k in range(start, token.i + 1):
                taken[k] = True
            found.append(Mention(span.text, span.start_char, span.end_char, "ORG"))
        return found

    def _persons(self, doc: Doc, taken: list[bool]) -> list[Mention]:
        """A given name and the capitalized words after it: 'Karla Weinreich' -> PER."""
        found = []
        for token in doc:
            if taken[token.i] or token.text not in self.given_names:
                continue
            end = token.i + 1
            while (
                end < len(doc)
                and end - token.i <= 3
                and not taken[end]
                and doc[end].text[:1].isupper()
                and doc[end].is_alpha
                and (
                    doc[end].tag_ in {"NE", "FM", "PROPN", "NNP", "NP0"}
                    or (end == token.i + 1 and doc[end].tag_ in {"NN", "XY", "ADJA"})
                )
            ):
                end += 1
            if end == token.i + 1:
                continue
            span = doc[token.i : end]
            for k in range(token.i, end):
                taken[k] = True
            found.append(Mention(span.text, span.start_char, span.end_char, "PER"))
        return found

    def _nested_demonyms(self, doc: Doc, keys: list[str], start: int, end: int) -> list[Mention]:
        nested = []
        for k in range(start, end):
            target = self.index.get(keys[k])
            if target is not None and target.kind == "demonym":
                nested.append(self._mention(doc, k, k + 1, target))
        return nested

    def _mention(self, doc: Doc, start: int, end: int, target: AliasTarget) -> Mention:
        span = doc[start:end]
        return Mention(
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            label=target.type,
            entity=target.canonical,
            wikidata=target.wikidata,
        )

    def _unknown_names(self, doc: Doc, taken: list[bool]) -> list[Mention]:
        if doc.has_annotation("ENT_IOB") and len(doc.ents) > 0:
            return [
                Mention(e.text, e.start_char, e.end_char, NER_LABELS.get(e.label_, "OTH"))
                for e in doc.ents
                if not any(taken[e.start : e.end])
            ]
        mentions = self._companies(doc, taken) + self._persons(doc, taken)
        i = 0
        while i < len(doc):
            if taken[i] or not _is_name(doc[i]):
                i += 1
                continue
            end = i + 1
            while end < len(doc) and not taken[end] and _is_name(doc[end]):
                end += 1
            span = doc[i:end]
            mentions.append(Mention(span.text, span.start_char, span.end_char, _guess_label(span)))
            i = end
        return mentions


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def _plausible(doc: Doc, start: int, end: int, target: AliasTarget) -> bool:
    """Whether a key match is a mention: case fits the alias; everyday nouns need context."""
    text = doc[start:end].text
    if target.kind in {"demonym", "description"}:
        return True
    if not text[:1].isupper() and not text[:1].isdigit():
        return text == target.text  # lower-case acronyms as the alias writes them ("dpa")
    if end - start == 1 and text in AMBIGUOUS_NAMES:
        return start > 0 and doc[start - 1].text in OUTLET_WORDS
    return True


def _guess_label(span: object) -> str:
    tokens = list(span)  # type: ignore[call-overload]
    doc = tokens[0].doc
    before = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    words = {t.text for t in tokens}
    if words & ORG_WORDS or (len(tokens) == 1 and tokens[0].text.isupper() and len(tokens[0]) > 1):
        return "ORG"
    if before is not None and (before.text in PERSON_TITLES or before.lemma_ in PERSON_TITLES):
        return "PER"
    if len(tokens) >= 2:
        return "PER"
    return "OTH"


@Language.factory("lagebild_entities", assigns=["doc._.mentions"], default_config={"kb_path": None})
def make_entity_recognizer(nlp: Language, name: str, kb_path: str | None) -> EntityRecognizer:
    """Entity mentions resolved against the shipped (and the user's) knowledge base."""
    return EntityRecognizer(KnowledgeBase.default(user_file=kb_path))
