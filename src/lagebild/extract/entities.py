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

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from lagebild.extract.entity_lexicon import (
    AMBIGUOUS_NAMES,
    INSTITUTIONS,
    LEGAL_FORMS,
    NOUN_GENDER_BY_ENDING,
    ORG_WORDS,
    OUTLET_WORDS,
    PERSON_TITLES,
    first_names,
)
from lagebild.extract.time_lexicon import AMBIGUOUS_MONTHS, MONTHS, WEEKDAYS
from lagebild.model import EntityLabel, Mention, entity_label
from lagebild.nlp.extensions import register_extensions
from lagebild.nlp.parsing import ParseView
from lagebild.resolve.kb import KnowledgeBase
from lagebild.resolve.normalize import ARTICLES, normalize_key

register_extensions()

MAX_ALIAS_TOKENS = 8


@dataclass(frozen=True, slots=True)
class AliasTarget:
    canonical: str
    type: EntityLabel
    kind: str
    wikidata: str | None
    text: str


class EntityRecognizer:
    """Finds entity mentions and resolves them against a :class:`KnowledgeBase`."""

    def __init__(self, nlp: Language, name: str, *, kb: KnowledgeBase) -> None:
        self.name = name
        self.kb = kb
        self.index: dict[str, AliasTarget] = {}
        self.first_words: set[str] = set()
        self.given_names = first_names()
        for alias, key in kb.keyed_aliases():
            if not key or key in self.index:
                continue
            entity = kb.get(alias.canonical)
            self.index[key] = AliasTarget(
                alias.canonical,
                entity_label(alias.type),
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
        mentions.extend(_defined_acronyms(doc, taken))
        mentions.extend(self._unknown_names(doc, taken))
        _link_acronyms(mentions)
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
            if template is not None and not taken[noun.i]:
                taken[noun.i] = True
                whole = doc[span.start : noun.i + 1]
                canonical = template.format(m.entity)
                found.append(
                    Mention(whole.text, whole.start_char, whole.end_char, "ORG", canonical)
                )
                continue
            seat = _seated_institution(doc, span.start, taken)
            if seat is not None:
                whole = doc[seat : span.end]
                canonical = INSTITUTIONS[doc[seat].text].format(m.entity)
                found.append(
                    Mention(whole.text, whole.start_char, whole.end_char, "ORG", canonical)
                )
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
        mentions = self._rule_names(doc, taken)
        view = ParseView.of(doc)
        unsure = [m for m in mentions if m.label == "OTH"]
        if view is None or not unsure:
            return mentions
        view.require_entities(t.i for m in unsure if (t := _first_token(doc, m)) is not None)
        entities = view.entities()
        by_name = {doc[first:last].text: label for first, last, label in entities}
        return [_with_ner(m, doc, entities, by_name) for m in mentions] if entities else mentions

    def _rule_names(self, doc: Doc, taken: list[bool]) -> list[Mention]:
        mentions = self._companies(doc, taken) + self._persons(doc, taken)
        i = 0
        while i < len(doc):
            if taken[i] or not _is_name(doc[i]):
                i += 1
                continue
            end = i + 1
            while end < len(doc) and not taken[end] and _is_name(doc[end]):
                end += 1
            # "General Loretta Lynch": a title before the name is no part of it
            first = i
            while end - first > 1 and doc[first].text in PERSON_TITLES:
                first += 1
            span = doc[first:end]
            if not _calendar_word(span):  # "Wednesday", "September": a date, no name
                label = _guess_label(span)
                mentions.append(Mention(span.text, span.start_char, span.end_char, label))
            i = end
        return mentions


# A trained NER's labels for names nobody in the knowledge base knows: its LOC names a
# city or country far more often than a landscape in news ("Kassel", "Hamburg").
NER_TO_MENTION: dict[str, EntityLabel] = {
    "PER": "PER",
    "ORG": "ORG",
    "LOC": "GPE",
    "GPE": "GPE",
    "MISC": "OTH",
    "OTH": "OTH",
}
# Labels the rules give on weak evidence, and the NER labels that may replace them: a bare
# capitalised word is anything; two names in a row are a person unless the NER says ORG
# ("Baltic Star Line"; its LOC for "Ratna Kusumawati" was wrong, its PER/ORG mostly right).
NER_MAY_RELABEL: dict[str, frozenset[EntityLabel]] = {
    "OTH": frozenset({"PER", "ORG", "GPE", "OTH"}),
    "PER": frozenset({"ORG"}),
}


def _with_ner(
    mention: Mention,
    doc: Doc,
    entities: list[tuple[int, int, str]],
    by_name: dict[str, str],
) -> Mention:
    """A rule-found name labelled by the NER where the rules had only a guess (the NER's
    own spans are not used: "[Chefvolkswirt der] Hansebank"; MODELS.md). ``entities`` are
    (first token, end token, label) from :class:`ParseView`, ``by_name`` their labels by
    text, for a name the NER labelled elsewhere in the text."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention
    label = by_name.get(span.text)
    for first, last, ent_label in entities:
        if first < span.end and last > span.start:
            # only an entity with the name's own bounds: "[von Kassel]" as PER is a miss
            label = ent_label if (first, last) == (span.start, span.end) else None
            break
    relabel = NER_TO_MENTION.get(label or "", mention.label)
    if relabel in NER_MAY_RELABEL.get(mention.label, ()) and not _titled(doc, span.start):
        return replace(mention, label=relabel)
    return mention


def _first_token(doc: Doc, mention: Mention) -> Token | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _titled(doc: Doc, start: int) -> bool:
    """Whether a person title stands before the name at ``start`` ("Ministerin Sabine Kröger")."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and (before.text in PERSON_TITLES or before.lemma_ in PERSON_TITLES)


NAME_CONNECTORS = frozenset({"für", "der", "des", "und", "of", "for", "and", "the", "on"})
NOT_IN_NAMES = frozenset({"ART", "PDAT", "PPOSAT", "APPRART", "DT", "AT0", "$,", "$."})


def _acronym_like(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(text) <= 8 and sum(c.isupper() for c in letters) >= 2 and text[:1].isupper()


def _seated_institution(doc: Doc, place: int, taken: list[bool]) -> int | None:
    """'das Sozialministerium in Jakarta': a government or ministry named by the capital it
    sits in (not police or army, which every city has). The institution's token, or None."""
    if place < 2 or doc[place - 1].lower_ != "in":
        return None
    noun = doc[place - 2]
    if taken[noun.i] or noun.text not in INSTITUTIONS:
        return None
    if not (noun.text.endswith("ministerium") or noun.text == "Regierung"):
        return None
    taken[noun.i] = True
    return noun.i


def _defined_acronyms(doc: Doc, taken: list[bool]) -> list[Mention]:
    """A name defined by the acronym after it: 'das Norddeutsche Konjunkturinstitut (NKI)'
    is an organisation, and NKI names it (the knowledge base's acronyms come first)."""
    found = []
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")" or not _acronym_like(doc[i + 1].text):
            continue
        if taken[i + 1] or taken[i - 1]:
            continue
        start = i
        while (
            start > 0
            and i - start < 8
            and not taken[start - 1]
            and doc[start - 1].tag_ not in NOT_IN_NAMES
            and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in NAME_CONNECTORS)
        ):
            start -= 1
            if doc[start].is_sent_start:
                break
        while start < i and doc[start].lower_ in NAME_CONNECTORS:
            start += 1
        if start == i or not doc[i - 1].text[:1].isupper():
            continue
        name = doc[start:i]
        acronym = doc[i + 1]
        for k in (*range(start, i), i + 1):
            taken[k] = True
        after_article = start > 0 and doc[start - 1].lower_ in ARTICLES
        canonical = _nominative(name) if after_article else name.text
        found.append(Mention(name.text, name.start_char, name.end_char, "ORG", canonical))
        found.append(
            Mention(acronym.text, acronym.idx, acronym.idx + len(acronym), "ORG", canonical)
        )
    return found


def _nominative(name: Span) -> str:
    """A German name after 'der/die/das' without its article: weak adjective endings made
    strong by the gender of the head noun ("Norddeutsche Konjunkturinstitut" -> "...es")."""
    # the head noun comes before any attached phrase: "Institut [für Altersforschung]"
    head = next(
        (t.lower_ for t in name[:-1] if name.doc[t.i + 1].lower_ in NAME_CONNECTORS),
        name[-1].lower_,
    )
    gender = next((g for ending, g in NOUN_GENDER_BY_ENDING if head.endswith(ending)), None)
    suffix = {"n": "s", "m": "r"}.get(gender or "", "")
    words = [
        t.text + suffix if suffix and t.tag_ == "ADJA" and t.lower_.endswith("e") else t.text
        for t in name
    ]
    return " ".join(words)


def _link_acronyms(mentions: list[Mention]) -> None:
    """Later bare uses of a defined acronym name the same organisation."""
    defined = {m.text: m.entity for m in mentions if m.entity and _acronym_like(m.text)}
    for m in mentions:
        if m.entity is None and m.text in defined:
            m.entity, m.label = defined[m.text], "ORG"


def _calendar_word(span: Span) -> bool:
    """A weekday or a month name alone (the months that are also given names excepted)."""
    if len(span) != 1:
        return False
    text = span[0].text
    return text in WEEKDAYS or (text in MONTHS and text not in AMBIGUOUS_MONTHS)


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


def _guess_label(span: object) -> EntityLabel:
    tokens = list(span)  # type: ignore[call-overload]
    words = {t.text for t in tokens}
    if words & ORG_WORDS or (len(tokens) == 1 and tokens[0].text.isupper() and len(tokens[0]) > 1):
        return "ORG"
    if _titled(tokens[0].doc, tokens[0].i):
        return "PER"
    if len(tokens) >= 2:
        return "PER"
    return "OTH"


@Language.factory("lagebild_entities", assigns=["doc._.mentions"], default_config={"kb_path": None})
def make_entity_recognizer(nlp: Language, name: str, kb_path: str | None) -> EntityRecognizer:
    """Entity mentions resolved against the shipped (and the user's) knowledge base."""
    return EntityRecognizer(nlp, name, kb=KnowledgeBase.default(user_file=kb_path))
