"""The knowledge base of entities: canonical names, aliases of every kind, lookup and fuzzy match.

``KnowledgeBase.default()`` loads the shipped tables in ``resolve/data/`` (countries,
demonyms, capitals and metonyms, curated people and organisations) plus an optional
user file (``$LAGEBILD_KB`` or an explicit path) in the entities.csv format.

When one lookup key names several entities, ``lookup`` applies this rule:

1. an entity added by the user (``add`` or the user file) wins;
2. else the best kind of alias wins: the canonical name itself, then other names and
   acronyms, then capitals, metonyms and demonyms, then descriptions;
3. else, among the entities tied at the best kind, a single state or place (GPE) wins;
4. else the key is ambiguous and ``lookup`` returns None; ``candidates`` lists them all.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from rapidfuzz import fuzz, process

from lagebild.model import Entity
from lagebild.resolve.kb_cache import cached
from lagebild.resolve.normalize import normalize_key, skeleton
from lagebild.resolve.tables import (
    DATA_DIR,
    Alias,
    Record,
    looks_like_acronym,
    read_entities,
    shipped_tables,
    write_user_entity,
)

__all__ = ["ENV_VAR", "FUZZY_THRESHOLD", "Alias", "KnowledgeBase", "save_user_entity"]

logger = logging.getLogger(__name__)

ENV_VAR = "LAGEBILD_KB"
# The user file `lagebild kb add` writes when $LAGEBILD_KB is not set (working directory).
DEFAULT_USER_FILE = "lagebild-kb.csv"


def user_file_path() -> Path:
    """Where the user's own entities live: $LAGEBILD_KB, else ./lagebild-kb.csv."""
    return Path(os.environ.get(ENV_VAR) or DEFAULT_USER_FILE)


# Lowest rapidfuzz ratio (0..1) on transliteration skeletons accepted by ``fuzzy``; measured
# on the true/false pairs in tests/resolve/test_kb.py (see data/README.md).
FUZZY_THRESHOLD = 0.9
# Keys shorter than FUZZY_MIN_LENGTH are never matched fuzzily; keys shorter than
# FUZZY_SHORT_LENGTH need at least FUZZY_SHORT_THRESHOLD (one letter off is too much there:
# "Trumpf" is not "Trump").
FUZZY_MIN_LENGTH = 5
FUZZY_SHORT_LENGTH = 7
FUZZY_SHORT_THRESHOLD = 0.95
FUZZY_KINDS: frozenset[str] = frozenset({"name", "capital"})

_KIND_RANK: dict[str, int] = {
    "name": 2,
    "acronym": 2,
    "capital": 3,
    "metonym": 3,
    "demonym": 3,
    "description": 4,
}


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


def case_matches(alias: Alias, text: str) -> bool:
    """False when a short form is met in a case that makes it another word ("us", "Who").

    Acronym-like aliases match text written in capitals, text starting with the alias as
    written ("IAEAs", "dpa"), or, for aliases of four letters or more, text that is not all
    lowercase ("Nato" for "NATO"). Other aliases always match.
    """
    if alias.kind != "acronym" and not looks_like_acronym(alias.text):
        return True
    wanted, got = _letters(alias.text), _letters(text)
    if got.startswith(wanted) or got.isupper():
        return True
    return len(wanted) > 3 and not got.islower()


class KnowledgeBase:
    """Entities by canonical name and an index from normalized alias keys to aliases."""

    def __init__(self) -> None:
        self._entities: dict[str, Entity] = {}
        self._aliases: dict[str, list[Alias]] = {}
        self._index: dict[str, list[Alias]] = {}
        self._user: set[str] = set()
        self._keys: dict[str, str] = {}  # each alias text's lookup key
        self._fuzzy_choices: tuple[list[str], list[Alias]] | None = None

    # construction -------------------------------------------------------------------

    @classmethod
    def default(cls, user_file: str | os.PathLike[str] | None = None) -> KnowledgeBase:
        """The shipped tables plus the user file given, else the one named by $LAGEBILD_KB,
        else ``./lagebild-kb.csv`` when it exists.

        An explicit ``user_file`` must exist; a missing file named by the environment
        variable is logged and skipped.
        """
        kb = cached("kb", DATA_DIR, cls._shipped)
        if user_file is not None:
            kb.load_user_file(Path(user_file))
        elif os.environ.get(ENV_VAR):
            path = Path(os.environ[ENV_VAR])
            if path.exists():
                kb.load_user_file(path)
            else:
                logger.warning("%s names %s, which does not exist; ignored", ENV_VAR, path)
        elif Path(DEFAULT_USER_FILE).exists():
            kb.load_user_file(Path(DEFAULT_USER_FILE))
        return kb

    @classmethod
    def _shipped(cls) -> KnowledgeBase:
        """The shipped tables alone (``default`` reads it from the cache file when it is
        current: :mod:`lagebild.resolve.kb_cache`)."""
        return cls.from_records(shipped_tables().records, shipped_tables().aliases)

    @classmethod
    def from_records(
        cls, records: Iterable[Record], extra_aliases: Iterable[Alias] = ()
    ) -> KnowledgeBase:
        """A knowledge base of these records; extra aliases must name one of them."""
        kb = cls()
        for record in records:
            kb._add_record(record, user=False)
        for alias in extra_aliases:
            target = kb._entities.get(alias.canonical)
            if target is None:
                logger.warning(
                    "alias %r names unknown entity %r; skipped", alias.text, alias.canonical
                )
                continue
            if alias.type != target.type:
                alias = Alias(alias.text, alias.canonical, target.type, alias.kind, alias.language)
            kb._add_alias(alias)
        return kb

    def load_user_file(self, path: Path) -> int:
        """Add the entities of a CSV file with the entities.csv columns; returns how many."""
        records = read_entities(path)
        for record in records:
            self._add_record(record, user=True)
        logger.info("loaded %d user entities from %s", len(records), path)
        return len(records)

    def add(self, entity: Entity) -> None:
        """Add a user entity, or merge its aliases, type and QID into an existing one.

        User entities win conflicts over shipped ones (see the module docstring).
        """
        aliases = [entity.canonical, *entity.aliases]
        record = Record(
            entity.canonical,
            entity.type,
            entity.wikidata,
            tuple(
                Alias(
                    a, entity.canonical, entity.type, "acronym" if looks_like_acronym(a) else "name"
                )
                for a in aliases
            ),
        )
        self._add_record(record, user=True)

    def _add_record(self, record: Record, *, user: bool) -> None:
        existing = self._entities.get(record.canonical)
        if existing is None:
            self._entities[record.canonical] = Entity(
                record.canonical, record.type, record.wikidata
            )
            self._aliases[record.canonical] = []
        elif user:
            if record.type != existing.type:
                self._retype(record.canonical, record.type)
            existing.wikidata = record.wikidata or existing.wikidata
        if user:
            self._user.add(record.canonical)
        for alias in record.aliases:
            self._add_alias(alias)

    def _retype(self, canonical: str, type_: str) -> None:
        self._entities[canonical].type = type_
        old = self._aliases[canonical]
        self._aliases[canonical] = []
        for alias in old:
            self._unindex(alias)
        for alias in old:
            self._add_alias(Alias(alias.text, canonical, type_, alias.kind, alias.language))

    def _unindex(self, alias: Alias) -> None:
        key = normalize_key(alias.text)
        self._index[key] = [a for a in self._index.get(key, []) if a != alias]

    def _add_alias(self, alias: Alias) -> None:
        key = self._keys.get(alias.text)
        if key is None:
            key = self._keys[alias.text] = normalize_key(alias.text)
        if not key:
            logger.warning("alias %r of %r has an empty key; skipped", alias.text, alias.canonical)
            return
        bucket = self._index.setdefault(key, [])
        if any(a.canonical == alias.canonical and a.text == alias.text for a in bucket):
            return
        bucket.append(alias)
        self._aliases[alias.canonical].append(alias)
        entity = self._entities[alias.canonical]
        if alias.text != entity.canonical and alias.text not in entity.aliases:
            entity.aliases.append(alias.text)
        self._fuzzy_choices = None

    # queries --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entities)

    def __contains__(self, canonical: object) -> bool:
        return canonical in self._entities

    def get(self, canonical: str) -> Entity | None:
        """The entity with this canonical name, or None."""
        return self._entities.get(canonical)

    def entities(self) -> Iterator[Entity]:
        """Every entity, in loading order (countries, curated entities, user entities)."""
        return iter(self._entities.values())

    def aliases(self) -> Iterator[Alias]:
        """Every alias of every entity, the canonical names included (kind ``name``)."""
        for aliases in self._aliases.values():
            yield from aliases

    def keyed_aliases(self) -> Iterator[tuple[Alias, str]]:
        """Every alias (as ``aliases``) with its lookup key (``normalize_key`` of its text)."""
        keys = self._keys
        for alias in self.aliases():
            key = keys.get(alias.text)
            yield alias, key if key is not None else normalize_key(alias.text)

    def aliases_of(self, canonical: str) -> list[Alias]:
        """The aliases naming one entity (empty for an unknown name)."""
        return list(self._aliases.get(canonical, []))

    def candidates(self, text: str) -> list[Alias]:
        """Every alias whose key equals the text's key and whose case fits (see case_matches)."""
        return [a for a in self._index.get(normalize_key(text), []) if case_matches(a, text)]

    def lookup(self, text: str) -> Entity | None:
        """The entity a text names, exactly after normalization; None if unknown or ambiguous."""
        found = self.candidates(text)
        if not found:
            return None
        canonical = self._choose(normalize_key(text), found)
        if canonical is None:
            logger.debug("ambiguous %r: %s", text, sorted({a.canonical for a in found}))
            return None
        return self._entities[canonical]

    def _choose(self, key: str, found: list[Alias]) -> str | None:
        names = {a.canonical for a in found}
        if len(names) == 1:
            return next(iter(names))
        user = {n for n in names if n in self._user}
        if len(user) == 1:
            return next(iter(user))
        if user:
            found = [a for a in found if a.canonical in user]
        best: dict[str, int] = {}
        for alias in found:
            rank = _KIND_RANK[alias.kind]
            if alias.kind == "name" and normalize_key(alias.canonical) == key:
                rank = 1
            best[alias.canonical] = min(rank, best.get(alias.canonical, rank))
        top = min(best.values())
        tied = [name for name, rank in best.items() if rank == top]
        if len(tied) == 1:
            return tied[0]
        states = [name for name in tied if self._entities[name].type == "GPE"]
        return states[0] if len(states) == 1 else None

    def conflicts(self) -> dict[str, list[str]]:
        """Keys naming more than one entity, with the entities (for review and tests)."""
        return {
            key: sorted({a.canonical for a in bucket})
            for key, bucket in self._index.items()
            if len({a.canonical for a in bucket}) > 1
        }

    def fuzzy(self, text: str, threshold: float = FUZZY_THRESHOLD) -> tuple[Entity, float] | None:
        """The closest entity by spelling, with a score in 0..1, or None below the threshold.

        An exact lookup scores 1.0. Otherwise names and capitals are compared on their
        transliteration skeletons (``normalize.skeleton``) with rapidfuzz's ratio; keys
        shorter than five characters are not matched fuzzily and keys shorter than seven
        need a score of at least 0.95.
        """
        exact = self.lookup(text)
        if exact is not None:
            return exact, 1.0
        query = skeleton(text)
        if len(query) < FUZZY_MIN_LENGTH:
            return None
        if len(query) < FUZZY_SHORT_LENGTH:
            threshold = max(threshold, FUZZY_SHORT_THRESHOLD)
        choices, owners = self._fuzzy_index()
        hit = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=threshold * 100)
        if hit is None:
            return None
        _, score, index = hit
        return self._entities[owners[index].canonical], round(score / 100, 4)

    def _fuzzy_index(self) -> tuple[list[str], list[Alias]]:
        if self._fuzzy_choices is None:
            choices: list[str] = []
            owners: list[Alias] = []
            for alias in self.aliases():
                if alias.kind in FUZZY_KINDS:
                    key = skeleton(alias.text)
                    if len(key) >= FUZZY_MIN_LENGTH:
                        choices.append(key)
                        owners.append(alias)
            self._fuzzy_choices = (choices, owners)
        return self._fuzzy_choices


def save_user_entity(path: str | os.PathLike[str], entity: Entity) -> None:
    """Write an entity to a user knowledge-base file (entities.csv columns), adding or merging.

    Load the file with ``KnowledgeBase.default(path)`` or by setting $LAGEBILD_KB.
    """
    write_user_entity(Path(path), entity)
