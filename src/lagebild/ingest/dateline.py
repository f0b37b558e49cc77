"""The dateline that opens a wire report's body: "BERLIN (dpa) - ", "Kiew, 18.10.2024. ",
"WASHINGTON, Oct. 25 (Reuters) - ", "LONDON — ".

A dateline is not a claim (DESIGN, Conventions); its date is the article's when no
header or metadata gave one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lagebild.ingest.dates import parse_date_line
from lagebild.model import Document

# Where a dateline may end: a dash, colon or full stop, then the body's first word.
_SEPARATOR = re.compile(r"\s*(?:[–—-]|:|\.)\s+(?=\S)")
# place, optional ", date", optional "(agency)"
_WORD = r"[A-ZÄÖÜ][^\W\d_]*\.?"
_PLACE = rf"{_WORD}(?:(?:[-/ ]|\ (?:am|an\ der|im|upon|on|de|del|la)\ ){_WORD}){{0,3}}"
# news agencies, as datelines name them ("dpa", "dpa/AFP", "AP/dpa", "dpa-AFX")
AGENCIES = frozenset((
    "dpa", "afp", "ap", "reuters", "rtr", "epd", "kna", "apa", "sda", "dts", "xinhua", "ots",
    "sid", "afx", "bloomberg", "ansa", "efe", "tass", "upi", "interfax", "ria", "kyodo",
    "yonhap", "pap", "ktk", "anadolu", "ukrinform", "belta"
))  # fmt: skip
_HEAD = re.compile(
    rf"(?P<place>{_PLACE})(?:\s*,\s*(?P<date>[^()\n]{{3,40}}?))?"
    r"(?:\s*\((?P<agency>[^()\n]{1,30})\))?"
)
_MAX_CHARS = 90


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline: the date it names (None when it names none or no full date) and the
    offset where the body proper begins."""

    date: dt.date | None
    end: int


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of ``text``, or None."""
    head = text[:_MAX_CHARS]
    for sep in _SEPARATOR.finditer(head):
        m = _HEAD.fullmatch(head, 0, sep.start())
        if m is None:
            continue
        date = parse_date_line(m["date"]) if m["date"] else None
        if m["date"] and date is None and not m["agency"]:
            continue  # ", 3" of "Kiew, 3. Oktober 2024": the date goes on
        dash = sep[0].strip() in ("-", "–", "—")
        capitals = m["place"].isupper() and len(m["place"]) >= 3
        agency = m["agency"] is not None and _is_agency(m["agency"])
        if m["agency"] and not agency:
            continue  # "Merkel (CDU): ..."
        if date is not None or agency or (capitals and dash and not m["date"]):
            return Dateline(date, sep.end())
    return None


def _is_agency(text: str) -> bool:
    return all(part.lower() in AGENCIES for part in re.split(r"\s*[/,-]\s*", text.strip()))


def with_dateline(document: Document) -> Document:
    """``document`` with ``body_start`` after its dateline and, when it has none, the
    dateline's date (in place; returned for chaining)."""
    dateline = find_dateline(document.text)
    if dateline is not None:
        document.body_start = dateline.end
        if document.date is None and dateline.date is not None:
            document.date = dateline.date.isoformat()
    return document


def body_start(text: str) -> int:
    """Where the body of ``text`` begins: after its dateline, else 0."""
    dateline = find_dateline(text)
    return dateline.end if dateline is not None else 0
