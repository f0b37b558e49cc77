"""Shallow syntax over STTS tags: noun phrases, clause boundaries, finite verbs, quotes.

Used by the attribution and event rules when no dependency parse is there; each
function takes a list of spaCy tokens and indices into it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

NOUN_TAGS = frozenset({"NN", "NE", "FM"})
NP_START_TAGS = frozenset(
    {"ART", "PDAT", "PPOSAT", "PIAT", "PIDAT", "PWAT", "ADJA", "CARD", "NN", "NE", "TRUNC", "FM"}
)
NP_MODIFIER_TAGS = frozenset({"ADJA", "ADJD", "CARD", "ADV", "TRUNC", "PIAT", "PIDAT"})
PRONOUN_SUBJECT_TAGS = frozenset({"PPER", "PIS", "PDS"})
FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
VERB_TAGS = frozenset(
    {"VVFIN", "VAFIN", "VMFIN", "VVINF", "VAINF", "VMINF", "VVPP", "VAPP", "VMPP", "VVIZU"}
)
# Tags the tagger gives surnames it does not know ("Merk", "Lahm").
SURNAME_MISTAGS = frozenset({"VVIMP", "ADJD"})
SUBORDINATORS = frozenset({"KOUS", "PWAV", "PWS", "KOUI"})
GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer"})
# Articles that never open a subject: "den", "dem", "des", "einen", "einem", "eines".
OBLIQUE_ARTICLES = frozenset({"den", "dem", "des", "einen", "einem", "eines"})
DETERMINER_TAGS = frozenset({"ART", "PDAT", "PPOSAT"})
ATTACHED_PREPS = frozenset({"von", "aus", "für", "vom", "im", "in", "bei", "beim"})
# Quotation marks: the openers, and the closers each opener takes.
OPENING_QUOTES = "„‚»“\"'«"
# Two apostrophes or backticks are the quotation marks of typewriter-style news text
# (''...'' / ``...''), one token each.
CLOSING_FOR = {
    "„": '“”"', "‚": "‘’'", "»": "«", "«": "»", "“": '”"', '"': '"', "'": "'", "‘": "’",
    "''": ("''",), "``": ("''",),
}  # fmt: skip

# Konjunktiv I forms that carry reported speech on without a cue (free indirect speech).
SUBJUNCTIVE_I_DE: frozenset[str] = frozenset(
    {
        "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe",
        # Konjunktiv II stands in for I where I looks like the indicative ("sie hätten")
        "hätte", "hätten", "wäre", "wären", "gäbe", "müsste", "müssten", "dürften",
        "möge", "wisse", "gebe", "liege", "stehe", "gehe", "komme", "bleibe", "brauche",
        "lasse", "halte", "sehe", "plane", "fehle", "drohe", "gelte", "handle", "handele",
    }
)  # fmt: skip


def is_noun(token: Token) -> bool:
    return token.tag_ in NOUN_TAGS


def is_finite(token: Token) -> bool:
    return token.tag_ in FINITE_TAGS


def subjunctive_form(word: str, lemma: str, tag: str) -> bool:
    """Whether a finite verb form is Konjunktiv I (or II standing in for it): a listed form
    ("sei", "habe", "hätten") or the stem with "-e" ("erwarte" of "erwarten", "fordere"
    of "fordern"), which is the third person singular in reported speech."""
    low = word.lower()
    if low in SUBJUNCTIVE_I_DE:
        return True
    if tag not in FINITE_TAGS or not low.endswith("e"):
        return False
    stem = lemma.lower()
    if stem.endswith(("ern", "eln")):
        return low == stem[:-1] + "e"
    return stem.endswith("en") and stem[:-1] == low


def np_end(
    tokens: Sequence[Token], i: int, *, coordination: bool = False, attach: bool = True
) -> int:
    """End (exclusive) of the noun phrase starting at ``i``, or ``i`` if none starts there.

    Takes determiners, adjectives, nouns and names, genitive attributes ("des Roten
    Kreuzes"), comma-enclosed name appositions (", Kyrylo Budanow,"; never a name that
    opens a clause after the comma: ", Budanow habe ..."), a bracketed
    party ("(SPD)"), a few attached prepositional phrases (unless ``attach`` is false),
    and with ``coordination`` a conjoined noun phrase ("das Militär und seine Geheimdienste").
    """
    n = len(tokens)
    j = i
    if j < n and tokens[j].tag_ in PRONOUN_SUBJECT_TAGS:
        return j + 1
    while j < n and tokens[j].tag_ in NP_START_TAGS - NOUN_TAGS | NP_MODIFIER_TAGS:
        if (
            j > i
            and tokens[j].tag_ in DETERMINER_TAGS
            and tokens[j - 1].tag_ not in (DETERMINER_TAGS)
        ):
            return i  # "el-Baradei die Bearbeitung": a determiner opens a new phrase
        if tokens[j].tag_ == "TRUNC" and j + 1 < n and tokens[j + 1].tag_ == "KON":
            j += 1  # "Luft- und Raumfahrt": the truncated half and its conjunction
        j += 1
    if j > i and j < n and tokens[j - 1].tag_ in {"ART", "PDAT", "PPOSAT"}:
        j = _extended_attribute(tokens, j)
    quoted = _quoted_name_end(tokens, j) if j > i or i == 0 else None
    if quoted is not None:  # Die „Süddeutsche Zeitung“
        j = quoted
    elif j >= n or not is_noun(tokens[j]):
        return i
    while j < n and (is_noun(tokens[j]) or tokens[j].tag_ == "TRUNC" or _surname(tokens, j)):
        j += 1
    quoted = _quoted_name_end(tokens, j)
    if quoted is not None:  # des Magazins „Der Spiegel“
        j = quoted
    while j < n:
        token = tokens[j]
        low = token.lower_
        if low in GENITIVE_ARTICLES and j + 1 < n:
            end = _np_or_quoted_name_end(tokens, j + 1)
            if end > j + 1:
                j = end
                continue
            break
        if is_noun(tokens[j - 1]) and (end := _bare_genitive_end(tokens, j)) > j:
            j = end  # "der Verband kommunaler Unternehmen"
            continue
        if token.text == "(":
            close = _bracket_end(tokens, j)
            if close is not None and close - j <= 6:
                j = close
                continue
            break
        if token.text == "," and j + 1 < n and tokens[j + 1].tag_ == "NE":
            k = j + 1
            while k < n and tokens[k].tag_ in {"NE", "FM", "NN"} and tokens[k].text[:1].isupper():
                k += 1
            if k >= n or tokens[k].text in {",", "."}:
                j = k + 1 if k < n and tokens[k].text == "," else k
                continue
            break  # ", Müller habe ...": the name is the subject of a clause, no apposition
        if attach and low in ATTACHED_PREPS and token.tag_ in {"APPR", "APPRART"} and j + 1 < n:
            end = _np_or_quoted_name_end(tokens, j + 1)
            if end > j + 1 and not _followed_by_verb_complement(tokens, end):
                j = end
                continue
            break
        if (
            low in {"und", "sowie"}
            and tokens[j - 1].tag_ == "NE"
            and j + 1 < n
            and tokens[j + 1].tag_ == "NE"
        ):
            j += 2  # names joined in one phrase: "der Agenturen dpa und AFP"
            while j < n and tokens[j].tag_ == "NE":
                j += 1
            continue
        if coordination and low in {"und", "sowie", "oder"} and j + 1 < n:
            end = np_end(tokens, j + 1)
            if end > j + 1:
                j = end
                continue
        break
    # Do not end on a comma taken from an apposition.
    while j > i and tokens[j - 1].text == ",":
        j -= 1
    return j


def _bare_genitive_end(tokens: Sequence[Token], i: int) -> int:
    """End of a genitive attribute without an article at ``i``: adjectives in the strong
    genitive ending "-er" and the nouns after them ('[kommunaler Unternehmen]', '[deutscher
    Zeitschriftenverleger]'); ``i`` when none starts there."""
    j = i
    while j < len(tokens) and tokens[j].tag_ == "ADJA" and tokens[j].lower_.endswith("er"):
        j += 1
    if j == i or j >= len(tokens) or not is_noun(tokens[j]):
        return i
    while j < len(tokens) and is_noun(tokens[j]):
        j += 1
    return j


def _np_or_quoted_name_end(tokens: Sequence[Token], i: int) -> int:
    """End of the noun phrase at ``i``, or of a quoted name there after an article or a
    preposition ('des „Spiegel“', 'vom „Forum Umwelt“')."""
    end = np_end(tokens, i)
    if end == i:
        quoted = _quoted_name_end(tokens, i)
        if quoted is not None:
            return quoted
    return end


def _surname(tokens: Sequence[Token], j: int) -> bool:
    """A capitalized word after a name that the tagger took for an imperative or an
    adverbial adjective ('Beate Merk', 'Peter Lahm'): mid-sentence, it is the surname."""
    return (
        j > 0
        and tokens[j - 1].tag_ == "NE"
        and tokens[j].tag_ in SURNAME_MISTAGS
        and tokens[j].text[:1].isupper()
        and not tokens[j].is_sent_start
    )


def _quoted_name_end(tokens: Sequence[Token], j: int) -> int | None:
    """End of a short quoted name at ``j`` („National Hurricane Centre“), else None."""
    if j >= len(tokens) or tokens[j].text not in CLOSING_FOR or tokens[j].text == "'":
        return None
    closers = CLOSING_FOR[tokens[j].text]
    for k in range(j + 1, min(len(tokens), j + 7)):
        if tokens[k].text in closers:
            words = tokens[j + 1 : k]
            if words and words[0].text[:1].isupper() and not any(is_finite(t) for t in words):
                return k + 1
            return None
    return None


def _extended_attribute(tokens: Sequence[Token], j: int) -> int:
    """Skip a participle phrase after an article: 'der [am Montag vorgestellten] Prognose',
    'die [in der Nacht ausgebrochene] Brand'; an article inside it follows its preposition
    or opens it ('das [der Stadt gehörende] Grundstück'); 'des ZDFs die Jahre ... des
    Zweiten Weltkrieges' are phrases of their own."""
    k = j
    while k < len(tokens) and k - j < 7 and tokens[k].tag_ in {
        "APPR", "APPRART", "ART", "NN", "NE", "CARD", "ADV", "ADJD", "PTKNEG",
    }:  # fmt: skip
        if tokens[k].tag_ == "ART" and k > j and tokens[k - 1].tag_ != "APPR":
            return j
        k += 1
    if k > j and k < len(tokens) and tokens[k].tag_ == "ADJA":
        if tokens[j].tag_ in {"NN", "NE"} and not _participle_like(tokens[k]):
            return j  # "die Prüfer erhebliche Mängel": two noun phrases, not one
        while k < len(tokens) and tokens[k].tag_ in {"ADJA", "ADJD", "ADV"}:
            k += 1
        return k
    return j


_PARTICIPLE_ENDINGS: tuple[str, ...] = (
    *("te", "ten", "ter", "tes", "tem"),  # past participles: "veröffentlichte"
    *("ene", "enen", "ener", "enes", "enem"),  # "geschriebenen"
    *("ende", "enden", "ender", "endes", "endem"),  # present participles: "laufenden"
)


def _participle_like(token: Token) -> bool:
    """Whether an attributive adjective looks like a participle ('veröffentlichte', 'laufenden')."""
    return token.lower_.endswith(_PARTICIPLE_ENDINGS)


def _followed_by_verb_complement(tokens: Sequence[Token], end: int) -> bool:
    return end < len(tokens) and tokens[end].tag_ == "PTKZU"


def _bracket_end(tokens: Sequence[Token], i: int) -> int | None:
    for k in range(i + 1, min(len(tokens), i + 8)):
        if tokens[k].text == ")":
            return k + 1
    return None


def head_noun(tokens: Sequence[Token], start: int, end: int) -> Token | None:
    """The head of a noun phrase: its last noun before any genitive or apposition."""
    head = None
    for k in range(start, end):
        if is_noun(tokens[k]) or tokens[k].tag_ in PRONOUN_SUBJECT_TAGS:
            head = tokens[k]
        elif head is not None and tokens[k].lower_ in GENITIVE_ARTICLES | {",", "("}:
            break
    return head


def clause_end(tokens: Sequence[Token], i: int) -> int:
    """End (exclusive) of the clause containing ``i``: the next comma, colon or sentence end
    that is followed by a new clause (subordinator, relative pronoun or finite verb)."""
    n = len(tokens)
    for k in range(i + 1, n):
        text = tokens[k].text
        if text in {".", "!", "?", ";", ":"}:
            return k
        if text in {",", "–", "-"} and k + 1 < n:
            nxt = tokens[k + 1]
            if nxt.tag_ in SUBORDINATORS | {"PRELS", "PRELAT", "KON"} or is_finite(nxt):
                return k
    return n


def trim_punct(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends on punctuation or white space."""
    while start < end and (tokens[start].is_punct or tokens[start].is_space):
        start += 1
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
        end -= 1
    return start, end


def quote_spans(
    doc: Doc,
    *,
    reopening: frozenset[str] = frozenset(),
    max_tokens: int = 400,
    attached_closers: Mapping[str, str] | None = None,
) -> list[tuple[int, int]]:
    """Token ranges (start of content, end of content) of quotations in the document.

    A mark in ``reopening`` that opens a paragraph always opens a quotation: a quotation
    running on over several paragraphs repeats its opening mark at each of them without
    closing the one before ('"... ¶ "...'); the open one then ends with its paragraph (its
    end is no closing mark). An opening mark unclosed after ``max_tokens`` is no quotation.
    ``attached_closers`` maps an opening mark to the other marks that close it when they
    stand right after a word or mark with no space before them (a straight mark closed by
    a curly one, '"...,” he said', or an opening mark typed for a closing one, '“...,“ he
    said')."""
    attached = attached_closers or {}
    spans: list[tuple[int, int]] = []
    opener: str | None = None
    open_at = 0
    for token in doc:
        text = token.text
        if opener is not None and text in reopening and opens_paragraph(token):
            end = token.i
            while end > open_at + 1 and doc[end - 1].is_space:
                end -= 1
            if end > open_at + 1:
                spans.append((open_at + 1, end))
            opener, open_at = text, token.i
        elif opener is None:
            if text in CLOSING_FOR and text != "'":
                opener, open_at = text, token.i
        elif text in CLOSING_FOR[opener] or (
            text in attached.get(opener, "")
            and token.i > open_at + 1
            and not doc[token.i - 1].whitespace_
        ):
            if token.i > open_at + 1:
                spans.append((open_at + 1, token.i))
            opener = None
        elif token.i - open_at > max_tokens:  # an unmatched quote mark: give up on it
            opener = None
    return spans


def opens_paragraph(token: Token) -> bool:
    """Whether ``token`` is the first of its paragraph (after a line break or at the start)."""
    if token.i == 0:
        return True
    prev = token.doc[token.i - 1]
    return "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)
