"""Words that refer back to an organisation named before (German news)."""

from __future__ import annotations

# Generic heads that refer back to the last organisation named ("das Unternehmen").
ORG_ANAPHORS: frozenset[str] = frozenset(
    {
        "Unternehmen", "Konzern", "Firma", "Reederei", "Gesellschaft", "Behörde", "Ministerium",
        "Verband", "Institut", "Bank", "Airline", "Fluggesellschaft", "Hersteller", "Gruppe",
        "Organisation", "Partei", "Regierung", "Agentur", "Amt", "Polizei", "Stadtverwaltung",
        "company", "firm", "agency", "ministry", "department", "government", "authority",
        "bank", "group", "organisation", "organization", "party", "police", "watchdog",
    }
)  # fmt: skip
SPEAKER_SUFFIXES: tuple[str, ...] = ("sprecherin", "sprecher", "chefin", "chef")
