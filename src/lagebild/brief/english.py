"""English grammar for briefings: reported speech after a verb in the past tense moves the
reported clause's first finite verb one tense back ("is" -> "was", "has" -> "had",
"will" -> "would", "can" -> "could"); verbs of saying in the present move to the past.

Examples: ``backshift("the troops are in Russia")`` is "the troops were in Russia";
``past_tense("says")`` is "said".
"""

from __future__ import annotations

import re

# First finite verb of a reported clause -> its form one tense back.
BACKSHIFT: dict[str, str] = {
    "is": "was", "are": "were", "am": "was", "has": "had", "have": "had", "will": "would",
    "can": "could", "may": "might", "shall": "should", "does": "did", "do": "did",
    "won't": "wouldn't", "can't": "couldn't", "isn't": "wasn't", "aren't": "weren't",
    "hasn't": "hadn't", "haven't": "hadn't", "doesn't": "didn't", "don't": "didn't",
}  # fmt: skip

# States English names with "the".
STATES_WITH_ARTICLE = frozenset({
    "United States", "United Kingdom", "Netherlands", "Philippines", "United Arab Emirates",
    "Czech Republic", "Central African Republic", "Dominican Republic", "Bahamas", "Gambia",
    "Maldives", "Marshall Islands", "Solomon Islands", "Comoros", "Seychelles",
    "Democratic Republic of the Congo", "Republic of the Congo",
})  # fmt: skip

# First words of an organisation's name the knowledge base does not know ("Ministry of
# Foreign Affairs (North Korea)"): such a name takes "the".
ORGANISATION_WORDS = frozenset({
    "Ministry", "Department", "Office", "Council", "Government", "Committee", "Agency",
    "Institute", "Federal", "National", "State", "General", "Embassy", "Mission",
})  # fmt: skip

# Verbs of saying in the present -> simple past.
PAST: dict[str, str] = {
    "says": "said", "say": "said", "tells": "told", "reports": "reported",
    "confirms": "confirmed", "denies": "denied", "states": "stated", "adds": "added",
    "warns": "warned", "claims": "claimed", "announces": "announced", "writes": "wrote",
    "stresses": "stressed", "rejects": "rejected", "dismisses": "dismissed",
    "declines": "declined", "expresses": "expressed", "insists": "insisted",
}  # fmt: skip

# Words that end the reported clause's first stretch (the finite verb comes before them).
_STOP = frozenset({",", ";", ":", "that", "which", "who"})
_WORD = re.compile(r"[\w']+|[^\w\s]+", re.UNICODE)


def is_present(cue: str) -> bool:
    """Whether a verb of saying is in the present tense ("says", "denies")."""
    return any(word in PAST for word in cue.casefold().split())


def past_tense(cue: str) -> str:
    """The cue with its present-tense verbs in the simple past ("declines to comment" ->
    "declined to comment")."""
    return " ".join(PAST.get(w.casefold(), w) for w in cue.split())


def backshift(clause: str) -> str:
    """The clause with its first finite auxiliary or modal one tense back; a leading
    "that" is skipped; other clauses are returned unchanged."""
    for index, match in enumerate(_WORD.finditer(clause)):
        word = match.group()
        if index == 0 and word.casefold() == "that":
            continue
        if word.casefold() in _STOP:
            break
        shifted = BACKSHIFT.get(word.casefold())
        if shifted is not None:
            if word[0].isupper():
                shifted = shifted[0].upper() + shifted[1:]
            return clause[: match.start()] + shifted + clause[match.end() :]
    return clause
