"""What a figure counts or measures: percent, currency and measure words after it, the
counted noun as a lemma ("Soldaten" -> "Soldat"), and the noun of a count that was changed
("die Zahl der Toten stieg auf fünf")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lagebild.extract import quantity_lexicon as lex
from lagebild.extract.quantity_numbers import Core, phrase, stop_words

# --- unit ---------------------------------------------------------------------------------


def unit_word(doc: Doc, j: int, lang: str, core: Core) -> tuple[str | None, int]:
    """Percent or currency word (or a measure) after the figure: (unit, token after it)."""
    k = j
    if (core.vague or core.scale > 1) and k < len(doc) and doc[k].lower_ in ("of", "von"):
        k += 1
    for table in (lex.PERCENT_WORDS[lang], lex.CURRENCY_WORDS[lang]):
        unit, m = phrase(doc, k, table)
        if unit is not None:
            return unit, k + m
    if k < len(doc) and doc[k].text in lex.CURRENCY_SYMBOLS:
        return lex.CURRENCY_SYMBOLS[doc[k].text], k + 1
    if k < len(doc) and doc[k].lower_ in lex.MEASURE_UNITS[lang]:
        return lex.MEASURE_UNITS[lang][doc[k].lower_], k + 1
    if k == j and k < len(doc) and doc[k].text == "m" and not doc[k - 1].whitespace_:
        return lex.METRE[lang], k + 1  # "100m" split by the tokenizer, no currency before it
    return None, j


def change_target(doc: Doc, start_tok: int, lang: str) -> str | None:
    """For a figure a count was changed to or put at ("die Zahl der Toten ist auf fünf
    gestiegen", "put the number of injured at 25", "Teilnehmerzahl ... auf 2.500"): what the
    count counts ("" when the count noun names nothing), else None."""
    if start_tok == 0 or doc[start_tok - 1].lower_ not in lex.CHANGE_TARGET_PREPOSITIONS[lang]:
        return None
    sent_start = doc[start_tok].sent.start if doc.has_annotation("SENT_START") else 0
    for k in range(start_tok - 2, max(sent_start, start_tok - lex.COUNT_NOUN_REACH) - 1, -1):
        word = doc[k].lower_
        stem = next((c for c in lex.COUNT_NOUNS[lang] if word.endswith(c)), None)
        if stem is None:
            continue
        if len(word) > len(stem) + 2:  # "Teilnehmerzahl", "Opferzahl"
            head = doc[k].text[: -len(stem)].rstrip("-s")
            return head[:1].upper() + head[1:] if lang == "de" else head
        if lang == "en" and word == "toll" and k > 0 and doc[k - 1].lower_ in ("death", "casualty"):
            return "dead"  # "the death toll"
        after = k + 1
        if after >= len(doc) or doc[after].lower_ not in ("der", "des", "von", "of"):
            return ""
        after += 1
        if after < len(doc) and doc[after].lower_ == "the":
            after += 1
        if after < start_tok - 1 and doc[after].text[:1].isalpha():
            counted = doc[after]
            # "the number of injured": a participle used as a noun keeps its form
            if lang == "en" and counted.lower_.endswith("ed"):
                return counted.lower_
            return _lemma(counted, lang)
        return ""
    return None


def counted_noun(doc: Doc, j: int, lang: str, has_pos: bool, after_of: bool) -> str | None:
    """The lemma of the noun a figure counts: the head noun after it, adjectives skipped."""
    n = len(doc)
    if after_of and j < n and doc[j].lower_ in ("of", "von"):
        j += 1
    if has_pos:
        token = _noun_by_pos(doc, j, lang)
    elif lang == "de":
        token = _noun_de(doc, j)
    else:
        token = _noun_en(doc, j)
    return None if token is None else _lemma(token, lang)


def _noun_by_pos(doc: Doc, j: int, lang: str) -> Token | None:
    for k in range(j, min(j + 5, len(doc))):
        tok = doc[k]
        if tok.pos_ in ("ADJ", "ADV") or (tok.pos_ == "PROPN" and _noun_follows(doc, k)):
            continue  # "12,000 North Korean soldiers": the names modify the noun
        if tok.pos_ in ("NOUN", "PROPN"):
            while lang == "en" and _next_pos(doc, k) == "NOUN":
                k += 1
            return doc[k]
        return None
    return None


def _noun_follows(doc: Doc, k: int) -> bool:
    """Whether names and adjectives after token ``k`` lead to a common noun."""
    for m in range(k + 1, min(k + 4, len(doc))):
        if doc[m].pos_ == "NOUN":
            return True
        if doc[m].pos_ not in ("PROPN", "ADJ"):
            return False
    return False


def _next_pos(doc: Doc, k: int) -> str:
    return doc[k + 1].pos_ if k + 1 < len(doc) else ""


def _is_word(tok: Token) -> bool:
    """A word that can be a counted noun; not a truncated compound ("Rechts- und ...")."""
    return tok.text.replace("-", "").isalpha() and not tok.text.endswith("-")


def _noun_de(doc: Doc, j: int) -> Token | None:
    stops = stop_words("de") | lex.UNIT_STOP_WORDS["de"]
    for k in range(j, min(j + 4, len(doc))):
        tok = doc[k]
        if not _is_word(tok):
            return None
        if tok.text[0].isupper():
            return tok
        if tok.lower_ in stops and tok.lower_ not in lex.UNIT_SKIPPABLE:
            return None
    return None


def _noun_en(doc: Doc, j: int) -> Token | None:
    stops = stop_words("en") | lex.UNIT_STOP_WORDS["en"]
    run: list[Token] = []
    for k in range(j, min(j + 5, len(doc))):
        tok = doc[k]
        word = tok.lower_
        stop = word in stops and word not in lex.UNIT_SKIPPABLE and not tok.text.isupper()
        if not _is_word(tok) or stop:
            break
        if word.endswith(("ed", "ing")) and word not in lex.EN_IRREGULAR_PLURALS:
            if any(_plural_en(t) for t in run):
                break
            continue
        run.append(tok)
    plurals = [t for t in run if _plural_en(t)]
    if plurals:
        return plurals[-1]
    return run[-1] if len(run) == 1 else None


def _plural_en(tok: Token) -> bool:
    word = tok.lower_
    if tok.text.isupper():
        return False
    if word in lex.EN_IRREGULAR_PLURALS:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _simplemma(word: str, lang: str) -> str:
    """The lemma ``simplemma`` gives, of the last part of a hyphenated word; imported on
    first use (0.04 s, and the default pipelines set lemmas, so it rarely is)."""
    import simplemma

    if "-" in word.strip("-"):
        head, _, last = word.rpartition("-")
        return f"{head}-{simplemma.lemmatize(last, lang=lang)}"
    return str(simplemma.lemmatize(word, lang=lang))


def _lemma(tok: Token, lang: str) -> str:
    word = tok.text
    if lang == "de" and word.lower() in lex.NOMINALIZED:
        return lex.NOMINALIZED[word.lower()]
    lemma = tok.lemma_ or _simplemma(word, lang)
    if lang == "de" and lemma.lower() in lex.NOMINALIZED:
        return lex.NOMINALIZED[lemma.lower()]
    if lang == "de":
        return lemma[:1].upper() + lemma[1:]
    lemma = lex.EN_PLURAL_LEMMAS.get(lemma.lower(), lemma)
    return lemma if tok.pos_ == "PROPN" or tok.text[:1].isupper() else lemma.lower()
