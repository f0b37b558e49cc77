"""Names of entities in the briefing's language, from the knowledge base and the stored
documents: "Nordkorea" / "North Korea", "Kyrylo Budanow" / "Kyrylo Budanov", and German
noun phrases for organisations ("der südkoreanische Geheimdienst NIS").

Every form comes from the knowledge base (a name, acronym or description of the entity)
or from how stored documents name it; nothing is invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from lagebild.brief.english import ORGANISATION_WORDS, STATES_WITH_ARTICLE
from lagebild.brief.german import NounPhrase, person_genitive, state_name
from lagebild.brief.german_lexicon import COUNTRY_GENDER
from lagebild.ingest.language import detect_language
from lagebild.resolve.kb import KnowledgeBase
from lagebild.resolve.normalize import normalize_key
from lagebild.resolve.tables import (
    Alias,
    Record,
    looks_like_acronym,
    shipped_tables,
    strip_disambiguation,
)
from lagebild.store import Store


@dataclass(frozen=True, slots=True)
class Referent:
    """How a briefing refers to one entity in one language.

    name: the short name ("Nordkorea", "Kyrylo Budanow", "NIS"); phrase: a German noun
    phrase with description where the knowledge base has one; type: PER, ORG, GPE, ...
    """

    canonical: str
    type: str
    name: str
    language: str
    phrase: NounPhrase | None = None

    def de(self, case: str) -> str:
        """German, in a case: a noun phrase, a state's name or a person's name."""
        if self.phrase is not None:
            return self.phrase.decline(case)
        if self.type == "GPE" or self.name in COUNTRY_GENDER:
            return state_name(self.name, case)
        if case == "gen" and self.type == "PER":
            return person_genitive(self.name)
        return self.name

    @property
    def plural(self) -> bool:
        """Whether the German name takes a plural verb ("die Vereinten Nationen")."""
        if self.phrase is not None:
            return self.phrase.gender == "pl"
        return COUNTRY_GENDER.get(self.name) == "pl"

    def nach_angaben(self) -> str:
        """ "nach Angaben des ..." / "nach Angaben Südkoreas" / "nach Angaben von X"."""
        if self.phrase is not None or self.type == "GPE" or self.name in COUNTRY_GENDER:
            return "nach Angaben " + self.de("gen")
        return "nach Angaben von " + self.name

    def en(self, subject: bool = True) -> str:
        """English: multiword organisations take "the" ("the Institute for the Study of War")."""
        organisation = self.type == "ORG" or (
            self.type == "OTH" and self.name.split()[0] in ORGANISATION_WORDS
        )
        if (organisation and " " in self.name and not self.name.startswith("The ")) or (
            self.type == "GPE" and self.name in STATES_WITH_ARTICLE
        ):
            return ("The " if subject else "the ") + self.name
        return self.name


@dataclass(slots=True)
class NameBook:
    """Referents for the entities a briefing names, looked up once each."""

    kb: KnowledgeBase
    store: Store
    _cache: dict[tuple[str, str], Referent] = field(default_factory=dict)

    def names_entity(self, text: str, canonical: str) -> bool:
        """Whether a text is one of the entity's names ("Südkoreas", "der Ukraine"), not a
        longer phrase about it ("Georgian rights groups")."""
        words = text.split()
        if words and words[0].casefold() in ("der", "die", "das", "des", "the"):
            words = words[1:]
        key = normalize_key(" ".join(words))
        keys = {normalize_key(a.text) for a in self.kb.aliases_of(canonical)}
        keys.add(normalize_key(canonical))
        return key in keys or (key.endswith("s") and key[:-1] in keys)

    def source(self, canonical: str | None, text: str | None, language: str) -> Referent | None:
        """The referent for a claim's source: None when there is no entity, or when a
        state stands for a longer source phrase ("Georgian rights groups" -> Georgia)."""
        if not canonical:
            return None
        ref = self.referent(canonical, language)
        if ref.type == "GPE" and text and not self.names_entity(text, canonical):
            return None
        return ref

    def referent(self, canonical: str, language: str) -> Referent:
        key = (canonical, language)
        if key not in self._cache:
            self._cache[key] = self._build(canonical, language)
        return self._cache[key]

    def _build(self, canonical: str, language: str) -> Referent:
        entity = self.kb.get(canonical)
        type_ = entity.type if entity else "OTH"
        aliases = self.kb.aliases_of(canonical)
        name, local = self._name(canonical, language, aliases)
        phrase: NounPhrase | None = None
        descriptions = [
            a.text for a in aliases if a.kind == "description" and a.language == language
        ]
        if language == "de" and name[:1].islower():
            # a name that is itself a description ("ukrainische Streitkräfte")
            phrase = NounPhrase.parse(name)
        elif language == "de" and type_ != "PER" and name not in COUNTRY_GENDER:
            for text in descriptions if type_ == "ORG" else ():
                parsed = NounPhrase.parse(text)
                if parsed is None:
                    continue
                if (
                    parsed.name is None
                    and not _mentions(text, name)
                    and (local or looks_like_acronym(name))
                ):
                    parsed = NounPhrase(parsed.noun, parsed.gender, parsed.adjectives, name)
                phrase = parsed
                break
            if phrase is None and type_ != "GPE":
                phrase = NounPhrase.parse(name)
        return Referent(canonical, type_, name, language, phrase)

    def _name(self, canonical: str, language: str, aliases: list[Alias]) -> tuple[str, bool]:
        """The entity's name in ``language`` and whether it is that language's own form."""
        short = strip_disambiguation(canonical)
        if language == "en" and aliases:
            # canonical names are English by convention; a disambiguated one ("Ministry of
            # Defence (Russia)") gives way to the table's first other English name
            if short != canonical:
                for alias in aliases:
                    if (
                        alias.kind == "name"
                        and alias.text not in (canonical, short)
                        and (
                            alias.language in (None, "en")
                            and detect_language(alias.text, "") == "en"
                        )
                    ):
                        return alias.text, True
            return short, True
        tagged = _tagged_names(canonical, language)
        if tagged:
            return tagged[0], True
        known = {normalize_key(a.text) for a in aliases if a.kind in ("name", "acronym")}
        forms = [f for f in self.store.entity_forms(canonical) if f["language"] == language]
        named = [f for f in forms if not aliases or normalize_key(f["text"]) in known]
        if named:
            # the most frequent name the documents use; a full name over a bare surname
            best = max(named, key=lambda f: (f["n"], len(f["text"])))
            longer = [f for f in named if best["text"] in f["text"] and f["text"] != best["text"]]
            return str((longer[0] if longer else best)["text"]), True
        for alias in aliases:
            if (
                alias.kind == "name"
                and alias.language is None
                and alias.text != canonical
                and " " in alias.text
                and detect_language(alias.text, "") == language
            ):
                return alias.text, True
        # an entity the knowledge base does not know keeps its disambiguation
        return (short if aliases else canonical), False


def _mentions(text: str, name: str) -> bool:
    """Whether a description already holds the name as a word ("US-Denkfabrik ISW")."""
    words = {normalize_key(w) for w in text.replace("-", " ").split()}
    return normalize_key(name) in words


@lru_cache(maxsize=1)
def _shipped_records() -> dict[str, Record]:
    return {r.canonical: r for r in shipped_tables().records}


def _tagged_names(canonical: str, language: str) -> list[str]:
    """Names the shipped tables give in ``language``, in table order (states: "Nordkorea")."""
    record = _shipped_records().get(canonical)
    if record is None:
        return []
    return [a.text for a in record.aliases if a.kind == "name" and a.language == language]
