"""German grammar for briefings: noun phrases in the four cases (articles, weak adjective
endings, genitive of the head noun), state names with and without article, and the
Konjunktiv of reported speech (Konjunktiv I, Konjunktiv II where I sounds indicative).

Examples: ``NounPhrase.parse("südkoreanischer Geheimdienst").decline("gen")`` is
"des südkoreanischen Geheimdienstes"; ``subjunctive("haben", "pl")`` is ("hätten", None);
``reported_clause("Der Truppeneinsatz hat bereits begonnen")`` is
"Der Truppeneinsatz habe bereits begonnen".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.brief.german_lexicon import (
    COUNTRY_GENDER,
    DEFINITE,
    FINITE_FORMS,
    GENDER_BY_SUFFIX,
    GENITIVE_FORMS,
    KONJUNKTIV_I,
    KONJUNKTIV_II,
    STRONG_NOM_ENDING,
    WEAK_ENDING,
)

CASES = ("nom", "acc", "dat", "gen")


def gender_of(noun: str) -> str | None:
    """The gender ("m", "f", "n") or "pl" of a head noun by its ending; None if unknown."""
    word = noun.rsplit("-", 1)[-1].casefold()
    best: tuple[int, str] | None = None
    for suffix, gender in GENDER_BY_SUFFIX:
        if word.endswith(suffix) and (best is None or len(suffix) > best[0]):
            best = (len(suffix), gender)
    return best[1] if best else None


def genitive_noun(noun: str, gender: str) -> str:
    """The genitive singular of a head noun ("Geheimdienst" -> "Geheimdienstes")."""
    if gender in ("f", "pl"):
        return noun
    head = noun.rsplit("-", 1)[-1]
    prefix = noun[: len(noun) - len(head)]
    lowered = head.casefold()
    for base, form in sorted(GENITIVE_FORMS.items(), key=lambda kv: -len(kv[0])):
        if lowered.endswith(base):
            return prefix + head[: len(head) - len(base)] + _match_case(base, head, form)
    if lowered.endswith(("s", "x", "z", "ß")):
        return noun + "es"
    return noun + "s"


def _match_case(base: str, head: str, form: str) -> str:
    original = head[len(head) - len(base) :]
    return original + form[len(base) :]


def _adjective_stem(word: str) -> str:
    for ending in ("er", "es", "en", "em", "e"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """A definite noun phrase: adjectives (stems), head noun, gender, and a name after it
    that never inflects ("die südkoreanische Nachrichtenagentur Yonhap")."""

    noun: str
    gender: str
    adjectives: tuple[str, ...] = ()
    name: str | None = None

    @classmethod
    def parse(cls, text: str) -> NounPhrase | None:
        """A description in the nominative without article ("südkoreanischer Geheimdienst",
        "US-Denkfabrik ISW"); None when its head noun's gender is unknown."""
        words = text.split()
        adjectives: list[str] = []
        i = 0
        while i < len(words) and words[i][:1].islower():
            adjectives.append(words[i])
            i += 1
        if i >= len(words):
            return None
        noun = words[i]
        name = " ".join(words[i + 1 :]) or None
        gender = gender_of(noun)
        if adjectives:
            last = adjectives[-1]
            for g, ending in STRONG_NOM_ENDING.items():
                if last.endswith(ending) and gender is None:
                    gender = g
                    break
        if gender is None:
            return None
        return cls(noun, gender, tuple(_adjective_stem(a) for a in adjectives), name)

    def decline(self, case: str) -> str:
        """The phrase with the definite article in ``case``."""
        key = (case, self.gender)
        words = [DEFINITE[key], *(a + WEAK_ENDING[key] for a in self.adjectives)]
        if case == "gen":
            words.append(genitive_noun(self.noun, self.gender))
        elif key == ("dat", "pl") and not self.noun.endswith(("n", "s")):
            words.append(self.noun + "n")  # dative plural: "den Streitkräften"
        else:
            words.append(self.noun)
        if self.name:
            words.append(self.name)
        return " ".join(words)


def phrase_from_text(text: str) -> NounPhrase | None:
    """A definite noun phrase as an article wrote it in the nominative ("Das
    Innenministerium", "die georgische Polizei"); None for anything else."""
    first, _, rest = text.partition(" ")
    if first.casefold() not in ("der", "die", "das") or not rest or not looks_nominative(text):
        return None
    phrase = NounPhrase.parse(rest)
    if phrase is None:
        return None
    article_gender = {"der": "m", "das": "n"}.get(first.casefold())
    if article_gender is not None and phrase.gender not in (article_gender,):
        return None  # the article and the noun disagree: not a phrase this grammar knows
    return phrase


def state_name(name: str, case: str) -> str:
    """A state's German name in a case: with its article where German uses one ("der
    Ukraine", "der USA"), else bare with the genitive "s" ("Südkoreas")."""
    gender = COUNTRY_GENDER.get(name)
    if gender is not None:
        key = (case, gender)
        *adjectives, noun = name.split()
        # "Vereinte Nationen" -> "der Vereinten Nationen": capitalised adjectives decline weakly
        words = [a[:-1] + WEAK_ENDING[key] if a.endswith("e") else a for a in adjectives]
        words.append(noun + ("s" if case == "gen" and gender in ("m", "n") else ""))
        return f"{DEFINITE[key]} {' '.join(words)}"
    if case != "gen":
        return name
    return name + "'" if name.endswith(("s", "x", "z", "ß")) else name + "s"


def looks_nominative(phrase: str) -> bool:
    """Whether a noun phrase can be a subject as written: not opened by "des", "dem",
    "den", and not "der"/"das" + an adjective in "-en" ("der militärischen US-Denkfabrik")."""
    words = phrase.split()
    if not words:
        return False
    first = words[0].casefold()
    if first in ("des", "dem", "den", "einem", "einer", "eines"):
        return False
    if first in ("der", "das") and len(words) > 1 and words[1][:1].islower():
        return not words[1].endswith("en")
    return True


def person_genitive(name: str) -> str:
    """A person's name in the genitive ("Kyrylo Budanows", "Boris' ")."""
    return name + "'" if name.endswith(("s", "x", "z", "ß")) else name + "s"


def subjunctive(infinitive: str, number: str) -> tuple[str, str | None]:
    """The third-person verb of reported speech: (finite form, infinitive to put at the
    clause's end or None). Konjunktiv I; Konjunktiv II where I equals the indicative;
    "würden" + infinitive for regular verbs in the plural."""
    index = 0 if number == "sg" else 1
    if infinitive in KONJUNKTIV_I:
        form = KONJUNKTIV_I[infinitive][index]
        if not _same_as_indicative(form, infinitive, number):
            return form, None
        if infinitive in KONJUNKTIV_II:
            return KONJUNKTIV_II[infinitive][index], None
    stem = infinitive[:-1] if infinitive.endswith(("ern", "eln")) else infinitive[:-2]
    if number == "sg":
        return stem + "e", None
    if infinitive in KONJUNKTIV_II:
        return KONJUNKTIV_II[infinitive][index], None
    return ("würden", infinitive)


def _same_as_indicative(form: str, infinitive: str, number: str) -> bool:
    return any(
        f == form and (inf, n) == (infinitive, number) for f, (inf, n) in FINITE_FORMS.items()
    )


# The reportative "soll(en)" already marks the report; its Konjunktiv would change the sense.
KEEP_INDICATIVE = frozenset({"sollen"})

_WORD = re.compile(r"\w+|[^\w\s]+", re.UNICODE)


def is_infinitive_clause(clause: str) -> bool:
    """ "Truppen nach Russland geschickt zu haben": a clause that ends in zu + infinitive."""
    words = clause.rstrip(" .").split()
    return len(words) >= 2 and words[-2] == "zu" and words[-1].endswith("en")


def reported_clause(clause: str) -> str:
    """A main clause put into reported speech: its first finite auxiliary, modal or common
    strong verb (before any comma) in the Konjunktiv; other clauses, and clauses whose
    verb is the reportative "soll(en)", unchanged."""
    for match in _WORD.finditer(clause):
        word = match.group()
        if word in (",", ";", ":"):
            break
        found = FINITE_FORMS.get(word)
        if found is None or clause[: match.start()].rstrip().endswith(" zu"):
            continue
        if found[0] in KEEP_INDICATIVE:
            return clause
        form, infinitive = subjunctive(*found)
        if infinitive is not None:
            return clause
        return clause[: match.start()] + form + clause[match.end() :]
    return clause
