"""Hedges and their modality (German and English), as the Conventions define them.

Single words are matched on lemma or lower-cased text; phrases on lower-cased text.
When a message holds several hedges, the first modality in ``PRECEDENCE`` wins.
"""

from __future__ import annotations

from lagebild.model import Modality

PRECEDENCE: tuple[Modality, ...] = (
    "denied",
    "unconfirmed",
    "demanded",
    "reportative",
    "possible",
    "unlikely",
    "expected",
)

# lower-cased word forms (not lemmas: "könnte" hedges, "kann" does not)
WORDS_DE: dict[str, Modality] = {
    "soll": "reportative",
    "sollen": "reportative",
    "angeblich": "reportative",
    "angeblichen": "reportative",
    "mutmaßlich": "reportative",
    "mutmaßlichen": "reportative",
    "mutmaßliche": "reportative",
    "vermeintlich": "reportative",
    "könnte": "possible",
    "könnten": "possible",
    "möglicherweise": "possible",
    "womöglich": "possible",
    "vielleicht": "possible",
    "eventuell": "possible",
    "dürfte": "possible",
    "dürften": "possible",
    "wahrscheinlich": "possible",
    "vermutlich": "possible",
    "voraussichtlich": "expected",
    "erwartet": "expected",
    "erwarten": "expected",
    "prognostiziert": "expected",
    "prognose": "expected",
    "unwahrscheinlich": "unlikely",
}

PHRASES_DE: dict[str, Modality] = {
    "weder bestätigt noch dementiert": "unconfirmed",
    "weder bestätigen noch dementieren": "unconfirmed",
    "nicht bestätigt": "unconfirmed",
    "nicht bestätigen": "unconfirmed",
    "keinerlei pläne": "denied",
    "keine pläne": "denied",
    "entbehrt jeder grundlage": "denied",
    "gilt als unwahrscheinlich": "unlikely",
    "nicht ausgeschlossen": "possible",
    "nicht auszuschließen": "possible",
    "rechnet mit": "expected",
    "rechnen mit": "expected",
    "berichten zufolge": "reportative",
    "medienberichten zufolge": "reportative",
    "unter umständen": "possible",
}

WORDS_EN: dict[str, Modality] = {
    "must": "demanded",
    "reportedly": "reportative",
    "allegedly": "reportative",
    "alleged": "reportative",
    "purportedly": "reportative",
    "could": "possible",
    "might": "possible",
    "may": "possible",
    "possibly": "possible",
    "perhaps": "possible",
    "likely": "possible",
    "probably": "possible",
    "unlikely": "unlikely",
    "expected": "expected",
    "will": "expected",
    "forecast": "expected",
    "denied": "denied",
}

PHRASES_EN: dict[str, Modality] = {
    "declined to comment": "unconfirmed",
    "did not deny": "unconfirmed",
    "neither confirmed nor denied": "unconfirmed",
    "would not confirm": "unconfirmed",
    "is said to": "reportative",
    "are said to": "reportative",
    "is expected to": "expected",
    "are expected to": "expected",
    "no plans": "denied",
}
