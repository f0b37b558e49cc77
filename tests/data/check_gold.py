"""Check gold analyses (``NAME.gold.json`` beside ``NAME.txt``) against the Conventions.

Usage: ``python check_gold.py DIR [DIR ...]`` (defaults to this file's directory).

Verifies that every text field is an exact substring of the article, that enums come
from the Conventions' vocabularies, that dates are well-formed ISO at some granularity,
that quantities are consistent (a point ``value`` or a ``low``/``high`` range, vague
amounts as ranges, approximate flags), and that references between claims, entities
and relations resolve. Sentences of the body that no claim covers are reported as
warnings (a sentence that only attributes another claim is allowed). Exit status 1
when any error was found. Needs only the standard library and ``lagebild.model``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from lagebild.model import EVENT_TYPES as _EVENT_TYPES
from lagebild.model import FORMS as _FORMS
from lagebild.model import MODALITIES as _MODALITIES

# The vocabularies of the Conventions, as the data model defines them.
FORMS = set(_FORMS)
MODALITIES = set(_MODALITIES)
STWR = {"speech", "thought", "writing"}
ENTITY_TYPES = {"PER", "ORG", "GPE", "LOC", "OTH"}
EVENT_TYPES = set(_EVENT_TYPES)
LANGUAGES = {"de", "en"}
ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
FULL_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
QID = re.compile(r"^Q[1-9]\d*$")
# Words that make a figure approximate / vague (Conventions, "quantities").
APPROX_WORDS = re.compile(
    r"\b(rund|etwa|knapp|mehr als|bis zu|mindestens|über|gut|fast|nahezu|ca\.|"
    r"about|around|more than|up to|at least|nearly|almost)\b",
    re.IGNORECASE,
)
VAGUE_WORDS = re.compile(
    r"\b(hunderte\w*|tausende\w*|dutzende\w*|mehrere\w*|einige\w*|zahlreiche\w*|"
    r"hundreds|thousands|dozens|several|tens of)\b",
    re.IGNORECASE,
)
# No split after an ordinal or date ("am 26. Februar").
SENTENCE_END = re.compile(r"(?<=[^\d\s][.!?])[“\"]?\s+(?=[„\"A-ZÄÖÜ])")


class Report:
    """Collects errors and warnings for one gold file."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, where: str, what: str) -> None:
        self.errors.append(f"{self.name}: {where}: {what}")

    def warn(self, where: str, what: str) -> None:
        self.warnings.append(f"{self.name}: {where}: {what}")


def split_article(text: str) -> tuple[str, str]:
    """Split a seed-layout article into its header (dateline to repeated title) and body."""
    parts = text.split("\n\n", 4)
    if len(parts) < 5:
        return "", text
    return "\n\n".join(parts[:4]), parts[4]


def sentences(body: str) -> list[str]:
    """Naive sentence split of the body, good enough for a coverage warning."""
    out: list[str] = []
    for para in body.split("\n\n"):
        out.extend(s.strip() for s in SENTENCE_END.split(para) if s.strip())
    return out


def check_substring(rep: Report, where: str, value: Any, text: str, nullable: bool) -> None:
    """A text field must be a non-empty exact substring of ``text`` (or null if allowed)."""
    if value is None:
        if not nullable:
            rep.error(where, "must not be null")
        return
    if not isinstance(value, str) or not value:
        rep.error(where, f"expected a non-empty string, got {value!r}")
    elif value not in text:
        rep.error(where, f"{value!r} is not a substring of the article")


def check_date(rep: Report, where: str, value: Any) -> None:
    """An ISO date at year, month or day granularity, or null."""
    if value is None:
        return
    if not isinstance(value, str) or not ISO_DATE.match(value):
        rep.error(where, f"not an ISO date: {value!r}")


def check_times(rep: Report, where: str, times: Any, text: str) -> None:
    """Time expressions: text substring, from/to ISO or null (or absent), from <= to."""
    if not isinstance(times, list):
        rep.error(where, "times must be a list")
        return
    for i, t in enumerate(times):
        w = f"{where}[{i}]"
        if not isinstance(t, dict):
            rep.error(w, "time must be an object")
            continue
        check_substring(rep, w + ".text", t.get("text"), text, nullable=False)
        check_date(rep, w + ".from", t.get("from"))
        check_date(rep, w + ".to", t.get("to"))
        lo, hi = t.get("from"), t.get("to")
        if isinstance(lo, str) and isinstance(hi, str) and lo[: len(hi)] > hi[: len(lo)]:
            rep.error(w, f"from {lo} is after to {hi}")
        if "from" not in t and "to" not in t:
            rep.warn(w, "neither from nor to given")


def check_quantities(rep: Report, where: str, quantities: Any, text: str) -> None:
    """Quantities: value XOR range, vague amounts as ranges, approximate flag, unit."""
    if not isinstance(quantities, list):
        rep.error(where, "quantities must be a list")
        return
    for i, q in enumerate(quantities):
        w = f"{where}[{i}]"
        if not isinstance(q, dict):
            rep.error(w, "quantity must be an object")
            continue
        qtext = q.get("text")
        check_substring(rep, w + ".text", qtext, text, nullable=False)
        value, low, high = q.get("value"), q.get("low"), q.get("high")
        for key, num in (("value", value), ("low", low), ("high", high)):
            if num is not None and (isinstance(num, bool) or not isinstance(num, int | float)):
                rep.error(w + "." + key, f"not a number: {num!r}")
        if value is None and low is None and high is None:
            rep.error(w, "needs a value or a low/high range")
        if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
            rep.error(w, f"low {low} > high {high}")
        if isinstance(value, int | float):
            if isinstance(low, int | float) and low > value:
                rep.error(w, f"low {low} > value {value}")
            if isinstance(high, int | float) and high < value:
                rep.error(w, f"high {high} < value {value}")
        approximate = q.get("approximate")
        if not isinstance(approximate, bool):
            rep.error(w + ".approximate", "must be true or false")
        unit = q.get("unit")
        if not isinstance(unit, str) or not unit:
            rep.error(w + ".unit", "must be a non-empty string")
        if isinstance(qtext, str):
            if VAGUE_WORDS.search(qtext):
                if value is not None:
                    rep.error(w, f"vague amount {qtext!r} must have value null and a range")
                if low is None or high is None:
                    rep.error(w, f"vague amount {qtext!r} needs both low and high")
                if approximate is not True:
                    rep.error(w, f"vague amount {qtext!r} must be approximate")
            elif APPROX_WORDS.search(qtext) and approximate is not True:
                rep.error(w, f"{qtext!r} carries a hedge word: approximate must be true")
            if re.search(r"\bProzent\b|%|percent", qtext) and unit != "percent":
                rep.error(w + ".unit", f"percentages take unit 'percent', got {unit!r}")
            if re.search(r"\bEuro\b|€", qtext) and unit != "EUR":
                rep.error(w + ".unit", f"Euro amounts take unit 'EUR', got {unit!r}")


def message_parts(message: Any) -> list[str]:
    """The message as a list of parts (a string is one part)."""
    if isinstance(message, str):
        return [message]
    if isinstance(message, list):
        return [m for m in message if isinstance(m, str)]
    return []


def check_claim(
    rep: Report, claim: dict[str, Any], body: str, canonicals: set[str], ids: set[str]
) -> None:
    """One claim against the Conventions."""
    w = f"claim {claim.get('id')}"
    form, modality = claim.get("form"), claim.get("modality")
    if form not in FORMS:
        rep.error(w + ".form", f"{form!r} not in {sorted(FORMS)}")
    if modality not in MODALITIES:
        rep.error(w + ".modality", f"{modality!r} not in {sorted(MODALITIES)}")
    check_substring(rep, w + ".source", claim.get("source"), body, nullable=True)
    check_substring(rep, w + ".cue", claim.get("cue"), body, nullable=True)
    message = claim.get("message")
    parts = message_parts(message)
    if not parts or (isinstance(message, list) and len(parts) != len(message)):
        rep.error(w + ".message", "must be a string or a non-empty list of strings")
    for i, part in enumerate(parts):
        check_substring(rep, f"{w}.message[{i}]", part, body, nullable=False)
    source_entity = claim.get("source_entity")
    if source_entity is not None and source_entity not in canonicals:
        rep.error(w + ".source_entity", f"{source_entity!r} is not an entity's canonical name")
    if form == "unattributed":
        for key in ("source", "source_entity", "cue", "stwr", "relayed_by"):
            if claim.get(key) is not None:
                rep.error(w + "." + key, "must be null for an unattributed claim")
    elif form in FORMS and claim.get("source") is None and claim.get("source_entity") is None:
        rep.error(w, f"form {form} needs a source or source_entity")
    if form in {"direct", "indirect", "reported"} and claim.get("cue") is None:
        rep.warn(w, f"form {form} without a cue")
    stwr = claim.get("stwr")
    if stwr is not None and stwr not in STWR:
        rep.error(w + ".stwr", f"{stwr!r} not in {sorted(STWR)}")
    relayed_by = claim.get("relayed_by")
    if relayed_by is not None and relayed_by not in body and relayed_by not in canonicals:
        rep.error(w + ".relayed_by", f"{relayed_by!r} is neither in the text nor an entity")
    addressee = claim.get("addressee")
    check_substring(rep, w + ".addressee", addressee, body, nullable=True)
    event = claim.get("event")
    if event is not None:
        if not isinstance(event, dict):
            rep.error(w + ".event", "must be an object or null")
        else:
            if event.get("type") not in EVENT_TYPES:
                rep.error(w + ".event.type", f"{event.get('type')!r} not an event type")
            for role in ("actor", "target"):
                name = event.get(role)
                if name is not None and name not in canonicals:
                    rep.error(f"{w}.event.{role}", f"{name!r} is not an entity's canonical name")
            if "place" in event:
                check_substring(rep, w + ".event.place", event["place"], body, nullable=True)
    check_quantities(rep, w + ".quantities", claim.get("quantities", []), body)
    check_times(rep, w + ".times", claim.get("times", []), body)
    for key in ("supports", "contradicts", "denies"):
        for ref in claim.get(key, []) or []:
            if ref not in ids:
                rep.error(f"{w}.{key}", f"unknown claim id {ref!r}")


def check_gold(gold_path: Path) -> Report:
    """Check one gold file against the article next to it."""
    rep = Report(gold_path.name)
    txt_path = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
    if not txt_path.exists():
        rep.error("file", f"no article {txt_path.name} beside it")
        return rep
    text = txt_path.read_text(encoding="utf-8")
    header, body = split_article(text)
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        rep.error("file", f"invalid JSON: {exc}")
        return rep
    for key in ("about", "document", "entities", "claims"):
        if key not in gold:
            rep.error("top level", f"missing key {key!r}")
    if rep.errors:
        return rep

    doc = gold["document"]
    if not isinstance(doc.get("date"), str) or not FULL_DATE.match(doc["date"]):
        rep.error("document.date", f"not a full ISO date: {doc.get('date')!r}")
    if doc.get("language") not in LANGUAGES:
        rep.error("document.language", f"{doc.get('language')!r} not in {sorted(LANGUAGES)}")
    for key in ("section", "title"):
        check_substring(rep, "document." + key, doc.get(key), header or text, nullable=False)
    repeated = doc.get("title_repeated_in_body")
    if not isinstance(repeated, bool):
        rep.error("document.title_repeated_in_body", "must be true or false")
    elif isinstance(doc.get("title"), str) and repeated != (text.count(doc["title"]) >= 2):
        rep.error("document.title_repeated_in_body", "does not match the article")

    canonicals: set[str] = set()
    for i, ent in enumerate(gold["entities"]):
        w = f"entity[{i}] {ent.get('canonical')!r}"
        name = ent.get("canonical")
        if not isinstance(name, str) or not name:
            rep.error(w, "canonical must be a non-empty string")
        elif name in canonicals:
            rep.error(w, "duplicate canonical name")
        else:
            canonicals.add(name)
        if ent.get("type") not in ENTITY_TYPES:
            rep.error(w + ".type", f"{ent.get('type')!r} not in {sorted(ENTITY_TYPES)}")
        qid = ent.get("wikidata")
        if qid is not None and (not isinstance(qid, str) or not QID.match(qid)):
            rep.error(w + ".wikidata", f"not a QID: {qid!r}")
        mentions = ent.get("mentions")
        if not isinstance(mentions, list) or not mentions:
            rep.error(w + ".mentions", "must be a non-empty list")
        else:
            for j, m in enumerate(mentions):
                check_substring(rep, f"{w}.mentions[{j}]", m, body, nullable=False)
        aliases = ent.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
            rep.error(w + ".aliases", "must be a list of non-empty strings")

    claims = gold["claims"]
    ids = [c.get("id") for c in claims]
    if len(set(ids)) != len(ids):
        rep.error("claims", "duplicate claim ids")
    id_set = {i for i in ids if isinstance(i, str)}
    for claim in claims:
        check_claim(rep, claim, body, canonicals, id_set)

    for i, rel in enumerate(gold.get("relations", [])):
        for ref in rel.get("claims", []):
            if ref not in id_set:
                rep.error(f"relations[{i}]", f"unknown claim id {ref!r}")
    check_times(rep, "times", gold.get("times", []), text)

    covered = [p for c in claims for p in message_parts(c.get("message"))]
    for sent in sentences(body):
        if not any(part in sent or sent in part for part in covered):
            rep.warn("coverage", f"no claim message inside sentence: {sent[:80]!r}")
    return rep


def main(argv: list[str]) -> int:
    """Check every ``*.gold.json`` in the given directories; print problems, return status."""
    dirs = [Path(a) for a in argv] or [Path(__file__).resolve().parent]
    n_files = n_errors = n_warnings = 0
    for directory in dirs:
        for gold_path in sorted(directory.glob("*.gold.json")):
            rep = check_gold(gold_path)
            n_files += 1
            n_errors += len(rep.errors)
            n_warnings += len(rep.warnings)
            for line in rep.errors:
                print("ERROR", line)
            for line in rep.warnings:
                print("WARN ", line)
    print(f"{n_files} gold files, {n_errors} errors, {n_warnings} warnings")
    return 1 if n_errors or not n_files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
