"""What the rule-based extractors read from a dependency parse, when the pipeline has one.

The rules find sources and messages on STTS tags alone (``chunks``); with the trained
parser (``de_lagebild``, run on candidate sentences by the German default pipeline, see
``lagebild.nlp.parsing``) two readings of the parse refine them where the compact parser
is reliable enough to help (measured in MODELS.md, "Default pipeline"):

- a source ends where the parse leaves its phrase ("McClaren [in einem Interview]
  erklärte", "laut Ministerium [Arbeiten] ..."): :func:`phrase_end`;
- a speech verb without a source found by the rules takes its parsed subject:
  :func:`subject_range`.

The public functions take a :class:`~lagebild.nlp.parsing.ParseView` and token indices of
the analysed Doc and return Doc indices; without a parse (``ParseView.of`` is None) the
rules run unchanged.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lagebild.extract.chunks import OBLIQUE_ARTICLES
from lagebild.nlp.parsing import ParseView

SUBJECT_RELATIONS = frozenset({"nsubj"})  # not nsubj:pass: "X wird beschuldigt" is no source
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
# Parsed as subjects, never a source: the expletive "es" (and, by OBLIQUE_ARTICLES, noun
# phrases in an oblique case: "Dem Berater ... zufolge").
NO_SUBJECT_WORDS = frozenset({"es"})
# Prepositions whose phrase usually belongs to a source ("Ken Rice vom Institut ...",
# "Abgeordnete aus der Koalition") even when the parser attaches it to the verb.
NOUN_ATTACHED_PREPOSITIONS = frozenset({"von", "vom", "aus", "zu", "zur", "zum"})
GENITIVE_DETERMINERS = frozenset({"des", "eines"})
TokenRange = tuple[int, int]


def phrase_end(view: ParseView, rng: TokenRange) -> int:
    """End of ``rng`` cut at the first token after its head that the parse places outside
    the head's phrase; ``rng[1]`` when the parse keeps all of it together or has no parse
    of that sentence."""
    located = view.locate(rng[0])
    if located is None:
        return rng[1]
    parsed, offset = located
    start, end = rng[0] - offset, rng[1] - offset
    if end > len(parsed):
        return rng[1]  # a range reaching past its sentence: left to the rules
    return _phrase_end(parsed, (start, end)) + offset


def subject_range(view: ParseView, verb: int) -> TokenRange | None:
    """The subject phrase of the verb at ``verb`` (or of the finite verb it hangs on),
    without a relative clause and cut like :func:`phrase_end`."""
    located = view.locate(verb)
    if located is None:
        return None
    parsed, offset = located
    found = _subject_range(parsed, parsed[verb - offset])
    return None if found is None else (found[0] + offset, found[1] + offset)


def _phrase_head(doc: Doc, rng: TokenRange) -> Token | None:
    """The token of ``rng`` the parse attaches outside it, preferring a nominal one."""
    start, end = rng
    outside = [t for t in doc[start:end] if t.head.i < start or t.head.i >= end or t.head == t]
    if not outside:
        return None
    nouns = [t for t in outside if t.pos_ in {"NOUN", "PROPN"}]  # not "ihr" of "ihr Chef"
    nominal = [t for t in outside if t.pos_ in NOMINAL_POS]
    return (nouns or nominal or outside)[0]


def _phrase_end(doc: Doc, rng: TokenRange) -> int:
    start, end = rng
    head = _phrase_head(doc, rng)
    if head is None:
        return end
    for token in doc[head.i + 1 : end]:
        if not _within(token, head, start, end):
            if not _opens_new_phrase(token):
                return end  # names, brackets, genitives: the compact parser errs there
            cut = token.i
            while cut > head.i + 1 and doc[cut - 1].is_punct:
                cut -= 1
            return cut
    return end


def _opens_new_phrase(token: Token) -> bool:
    """Whether a token the parse places outside a source phrase surely starts another one:
    a prepositional phrase on a common noun ("in einem Interview"), a noun phrase
    ("Ministerium [Arbeiten]", "den Angaben [zwei deutsche Touristen]")."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.pos_ == "ADP":
        return token.lower_ not in NOUN_ATTACHED_PREPOSITIONS and (
            following is None or following.pos_ != "PROPN"
        )
    if token.pos_ == "DET":
        return token.lower_ not in GENITIVE_DETERMINERS and "Gen" not in token.morph.get("Case", [])
    return token.pos_ in {"NOUN", "NUM"}


def _subject_range(doc: Doc, verb: Token) -> TokenRange | None:
    for candidate in (verb, verb.head):
        for child in candidate.children:
            if not _is_subject(child):
                continue
            if child.lower_ in NO_SUBJECT_WORDS or child.left_edge.lower_ in OBLIQUE_ARTICLES:
                return None
            left = child.left_edge.i
            right = _right_end(child)
            if right < len(doc) and doc[right].head == candidate and _is_subject(doc[right]):
                right = _right_end(doc[right])  # "sagte ihr | Vorsitzender": one phrase
            if left <= verb.i < right:
                return None  # a parse that wraps the verb into its own subject
            while right > left + 1 and doc[right - 1].is_punct:
                right -= 1
            return (left, _phrase_end(doc, (left, right)))
        if candidate.head == candidate:
            break
    return None


def _is_subject(token: Token) -> bool:
    return token.dep_ in SUBJECT_RELATIONS and token.pos_ in NOMINAL_POS


def _right_end(token: Token) -> int:
    """End of ``token``'s phrase to the right, before a relative clause or punctuation."""
    right = token.i + 1
    for child in token.rights:
        if child.dep_.startswith("acl") or child.dep_ == "punct":
            break
        right = child.right_edge.i + 1
    return right


def _within(token: Token, head: Token, start: int, end: int) -> bool:
    """Whether ``token`` belongs to the phrase of ``head`` (inside ``[start, end)``)."""
    node = token
    while start <= node.i < end and node != head:
        if node.head == node:
            return False
        node = node.head
    return node == head
