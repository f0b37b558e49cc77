"""Reading and writing the knowledge-base tables in ``resolve/data/`` (see its README).

This module only turns CSV rows into records: ``Entity`` plus the ``Alias`` surface forms
that name it. Ranking and lookup live in ``kb.py``.
"""

from __future__ import annotations

import csv
import functools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from lagebild.model import Entity
from lagebild.resolve.kb_cache import cached

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).with_name("data")
ENTITY_COLUMNS: tuple[str, ...] = (
    "canonical",
    "type",
    "wikidata",
    "aliases",
    "acronyms",
    "descriptions_de",
    "descriptions_en",
    "sources",
)
ENTITY_TYPES: frozenset[str] = frozenset({"PER", "ORG", "GPE", "LOC", "OTH"})
AliasKind = Literal["name", "acronym", "demonym", "capital", "metonym", "description"]
ALIAS_KINDS: tuple[str, ...] = ("name", "acronym", "demonym", "capital", "metonym", "description")


class TableError(ValueError):
    """A knowledge-base table has a row that cannot be read; the message names file and row."""


@dataclass(frozen=True, slots=True)
class Alias:
    """One surface form that names an entity: ``text`` resolves to ``canonical``."""

    text: str
    canonical: str
    type: str
    kind: str
    language: str | None = None

    # Pickled (the cache files of kb_cache) as the constructor's arguments: the restore that
    # frozen dataclasses with slots get looks their fields up again for every object, twice
    # the time of unpickling the tables and the knowledge base (about 9,000 aliases).
    def __reduce__(self) -> tuple[Callable[..., Alias], tuple[object, ...]]:
        return Alias, (self.text, self.canonical, self.type, self.kind, self.language)


@dataclass(frozen=True, slots=True)
class Record:
    """An entity as read from a table, with the aliases of every kind that name it."""

    canonical: str
    type: str
    wikidata: str | None
    aliases: tuple[Alias, ...]

    def __reduce__(self) -> tuple[Callable[..., Record], tuple[object, ...]]:
        return Record, (self.canonical, self.type, self.wikidata, self.aliases)  # as Alias's


@dataclass(frozen=True, slots=True)
class Tables:
    """Every shipped table, read once: entity records (countries first) and extra aliases."""

    records: tuple[Record, ...]
    aliases: tuple[Alias, ...]


def split_cell(cell: str | None) -> list[str]:
    """The ``|``-separated values of a CSV cell, stripped, empty ones dropped."""
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def looks_like_acronym(text: str) -> bool:
    """True for short forms written mostly in capitals: "IAEA", "AfD", "U.S.", "BaFin"."""
    if any(ch.isspace() for ch in text):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    return len(letters) >= 2 and upper >= 2 and upper * 2 >= len(letters)


def strip_disambiguation(canonical: str) -> str:
    """The title without a trailing parenthesis: "Georgia (country)" -> "Georgia"."""
    if canonical.endswith(")") and " (" in canonical:
        return canonical[: canonical.rindex(" (")]
    return canonical


def _read(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from enumerate(csv.DictReader(handle), start=2)


def _name_aliases(
    texts: Iterable[str], canonical: str, type_: str, language: str | None
) -> list[Alias]:
    return [
        Alias(t, canonical, type_, "acronym" if looks_like_acronym(t) else "name", language)
        for t in texts
    ]


def entity_row_to_record(row: dict[str, str], where: str = "") -> Record:
    """A record from one row with the entities.csv columns; raises TableError when invalid."""
    canonical = (row.get("canonical") or "").strip()
    type_ = (row.get("type") or "").strip().upper()
    if not canonical:
        raise TableError(f"{where}: empty canonical name")
    if type_ not in ENTITY_TYPES:
        raise TableError(
            f"{where}: type {type_!r} of {canonical!r} is not one of PER ORG GPE LOC OTH"
        )
    wikidata = (row.get("wikidata") or "").strip() or None
    if wikidata and not (wikidata[0] == "Q" and wikidata[1:].isdigit()):
        raise TableError(f"{where}: wikidata {wikidata!r} of {canonical!r} is not a QID")
    names = [canonical]
    short = strip_disambiguation(canonical)
    if short != canonical:
        names.append(short)
    aliases = _name_aliases([*names, *split_cell(row.get("aliases"))], canonical, type_, None)
    aliases += [
        Alias(t, canonical, type_, "acronym", None) for t in split_cell(row.get("acronyms"))
    ]
    for language in ("de", "en"):
        aliases += [
            Alias(t, canonical, type_, "description", language)
            for t in split_cell(row.get(f"descriptions_{language}"))
        ]
    return Record(canonical, type_, wikidata, tuple(aliases))


def read_entities(path: Path) -> list[Record]:
    """Records from a CSV file with the entities.csv columns (the shipped or a user file)."""
    records = []
    for line_no, row in _read(path):
        if not any((v or "").strip() for v in row.values()):
            continue
        records.append(entity_row_to_record(row, f"{path}:{line_no}"))
    return records


def read_countries(path: Path) -> tuple[list[Record], dict[str, str]]:
    """Country records (type GPE) and the map from ISO 3166 alpha-2 code to canonical name."""
    records: list[Record] = []
    by_iso: dict[str, str] = {}
    for _, row in _read(path):
        canonical = row["canonical"]
        by_iso[row["iso2"]] = canonical
        aliases = _name_aliases([canonical], canonical, "GPE", None)
        short = strip_disambiguation(canonical)
        if short != canonical:
            aliases += _name_aliases([short], canonical, "GPE", "en")
        for language in ("de", "en"):
            aliases += _name_aliases(
                split_cell(row[f"names_{language}"]), canonical, "GPE", language
            )
        records.append(Record(canonical, "GPE", row["wikidata"] or None, tuple(aliases)))
    return records, by_iso


def read_demonyms(path: Path, by_iso: dict[str, str]) -> list[Alias]:
    """Demonym aliases (adjectives and person nouns), each naming its state."""
    aliases: list[Alias] = []
    for line_no, row in _read(path):
        canonical = by_iso.get(row["iso2"])
        if canonical is None:
            raise TableError(f"{path}:{line_no}: unknown country code {row['iso2']!r}")
        texts = split_cell(row["adjectives"]) + split_cell(row["persons"])
        aliases += [Alias(t, canonical, "GPE", "demonym", row["language"]) for t in texts]
    return aliases


def read_capitals(path: Path) -> list[Alias]:
    """Capital and metonym aliases; a metonym may name an organisation (type set later)."""
    aliases: list[Alias] = []
    for line_no, row in _read(path):
        kind = row["kind"]
        if kind not in ("capital", "metonym"):
            raise TableError(f"{path}:{line_no}: kind {kind!r} is not capital or metonym")
        type_ = "GPE" if row["iso2"] else ""
        for language in ("de", "en"):
            aliases += [
                Alias(t, row["canonical"], type_, kind, language)
                for t in split_cell(row[f"names_{language}"])
            ]
    return aliases


@functools.lru_cache(maxsize=1)
def shipped_tables(data_dir: Path = DATA_DIR) -> Tables:
    """All shipped tables, once per process (the result is immutable); from the cache file
    of :mod:`lagebild.resolve.kb_cache` when it is current, else read and stored there."""
    return cached("tables", data_dir, lambda: read_tables(data_dir))


def read_tables(data_dir: Path = DATA_DIR) -> Tables:
    """All tables under ``data_dir``, read from their files."""
    countries, by_iso = read_countries(data_dir / "countries.csv")
    entities = read_entities(data_dir / "entities.csv")
    extra = read_demonyms(data_dir / "demonyms.csv", by_iso)
    extra += read_capitals(data_dir / "capitals.csv")
    return Tables(tuple(countries + entities), tuple(extra))


def entity_to_row(entity: Entity, sources: str = "user") -> dict[str, str]:
    """An entities.csv row for an entity; acronym-like aliases go to the acronyms column."""
    aliases = [a for a in entity.aliases if a != entity.canonical]
    return {
        "canonical": entity.canonical,
        "type": entity.type,
        "wikidata": entity.wikidata or "",
        "aliases": "|".join(a for a in aliases if not looks_like_acronym(a)),
        "acronyms": "|".join(a for a in aliases if looks_like_acronym(a)),
        "descriptions_de": "",
        "descriptions_en": "",
        "sources": sources,
    }


def write_user_entity(path: Path, entity: Entity) -> None:
    """Add or replace the entity's row in a user CSV file (created with a header if missing).

    A row with the same canonical name is replaced; its aliases and descriptions are kept
    and the new aliases appended.
    """
    rows: list[dict[str, str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as handle:
            rows = [dict(r) for r in csv.DictReader(handle)]
    new = entity_to_row(entity)
    for row in rows:
        if (row.get("canonical") or "").strip() == entity.canonical:
            for column in ("aliases", "acronyms"):
                merged = split_cell(row.get(column)) + split_cell(new[column])
                row[column] = "|".join(dict.fromkeys(merged))
            row["type"] = new["type"]
            row["wikidata"] = new["wikidata"] or row.get("wikidata", "")
            break
    else:
        rows.append(new)
    entity_row_to_record(new, str(path))  # validate before writing
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=ENTITY_COLUMNS, extrasaction="ignore", lineterminator="\n"
        )
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c) or "" for c in ENTITY_COLUMNS})
    tmp.replace(path)
