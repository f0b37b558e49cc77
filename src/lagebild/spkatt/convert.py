"""lagebild's attribution on the SpkAtt-2023 tokenization, and its claims as task annotations.

The task's tokens and sentences become a spaCy ``Doc``; the pipeline's components run on
it (all but the sentence splitters, so the task's sentences stay); each attributed
claim of ``doc._.claims`` becomes one top-level annotation. Unattributed claims (the
author's own sentences) are no annotations.

With ``ConvertOptions.conventions`` (the default) the claims are mapped to the task's
annotation conventions, which differ from lagebild's on purpose:

- frames "nach Angaben der Polizei" / "laut einem Bericht der X": the cue is the
  preposition alone, the frame noun belongs to the source ("Angaben der Polizei");
- verbs of saying: the cue is the whole verbal complex: auxiliary, separated particle,
  reflexive, the "es" of "heißt es" ("hat ... angekündigt", "teilte ... mit");
- reported speech: no cue, the message is the whole sentence (source and verb included);
- direct speech: the message includes its quotation marks (and the final stop inside);
- lagebild's free indirect speech (subjunctive sentences continuing a sourced claim) is
  the task's ``IndirectFreeIndirect`` (``FreeIndirect`` for a "soll" sentence continuing
  one); consecutive sentences of one source are one annotation, whose message keeps the
  final stop.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.extract.attribution.de import SOLLEN_RULE
from lagebild.extract.attribution.lexicon_de import LEXICON as LEX
from lagebild.extract.chunks import is_finite
from lagebild.model import Claim, Span
from lagebild.pipeline import claims_from_doc
from lagebild.spkatt.io import Annotation, SpkAttDocument, TokenId

SENTENCE_SETTERS = frozenset(
    {"sentencizer", "senter", "lagebild_paragraphs", "lagebild_quote_starts"}
)
NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "!", "?", ")", "]", "“", "”", "‘", "«", "%"})
NO_SPACE_AFTER = frozenset({"(", "[", "„", "‚", "»"})
QUOTE_MARKS = frozenset("\"„“”‚‘’»«'")
FORMS = {
    "direct": "Direct",
    "indirect": "Indirect",
    "reported": "Reported",
    "free_indirect": "FreeIndirect",
}
STWR = {"speech": "Speech", "writing": "Writing", "thought": "Thought"}
FRAME_PREPOSITIONS = frozenset({"nach", "laut", "gemäß"})
AUXILIARY_TAGS = frozenset({"VAFIN", "VMFIN"})
CLAUSE_ENDS = frozenset({",", ".", ":", ";", "!", "?", "–"})  # not brackets, not quotes


@dataclass(frozen=True, slots=True)
class ConvertOptions:
    """How claims become task annotations.

    conventions: map lagebild's spans to the task's annotation conventions (module doc);
        False writes lagebild's spans as they are.
    """

    conventions: bool = True


def spacy_doc(nlp: Language, document: SpkAttDocument) -> tuple[Doc, list[TokenId]]:
    """A Doc of the task's tokens with the task's sentence starts, and the id of each token."""
    words: list[str] = []
    ids: list[TokenId] = []
    starts: list[bool] = []
    for sentence in document.sentences:
        for t, word in enumerate(sentence.tokens):
            words.append(word)
            ids.append((sentence.id, t))
            starts.append(t == 0)
    spaces = _spaces(words, starts)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for token, start in zip(doc, starts, strict=True):
        token.is_sent_start = start
    return doc, ids


def analyse(nlp: Language, document: SpkAttDocument) -> tuple[Doc, list[TokenId]]:
    """The task document run through the pipeline (the task's sentences kept)."""
    doc, ids = spacy_doc(nlp, document)
    for name, proc in nlp.pipeline:
        if name in SENTENCE_SETTERS:
            continue
        doc = proc(doc)
    return doc, ids


def annotations_from_doc(
    doc: Doc, ids: list[TokenId], options: ConvertOptions | None = None
) -> list[Annotation]:
    """The attributed claims of an analysed Doc as top-level task annotations."""
    options = options or ConvertOptions()
    starts = [t.idx for t in doc]
    drafts: list[_Draft] = []
    previous: tuple[Claim, _Draft] | None = None
    sources: dict[tuple[int, int], list[int]] = {}  # claim source -> the task's source
    for claim in claims_from_doc(doc):
        if not claim.message:
            continue
        if claim.form == "unattributed":
            if options.conventions and claim.modality == "reportative":
                tokens = _Claim(doc, starts, claim)
                if _reports_the_past(doc, tokens.message):
                    drafts.append(tokens.reportative())
            continue
        tokens = _Claim(doc, starts, claim)
        if options.conventions:
            ann = tokens.with_conventions()
            key = (claim.source.start, claim.source.end) if claim.source else None
            if key is not None and claim.form != "free_indirect":
                sources[key] = ann.source
            elif key is not None and key in sources:
                ann.source = list(sources[key])  # continuations share their claim's source
            if (
                previous is not None
                and claim.form == "free_indirect"
                and previous[0].form == "free_indirect"
                and previous[1].form == ann.form  # a "soll" sentence after a Konjunktiv one
                and _same_span(previous[0].source, claim.source)
                and _adjacent(previous[1].message, ann.message, ids)
            ):
                previous[1].message.extend(ann.message)
                continue
            if claim.form == "direct":
                drafts.extend(tokens.quotes_by_sentence(ann))
                previous = (claim, drafts[-1])
                continue
        else:
            ann = tokens.as_is()
        drafts.append(ann)
        previous = (claim, ann)
    return [d.annotation(ids) for d in drafts]


def predict_document(
    nlp: Language, document: SpkAttDocument, options: ConvertOptions | None = None
) -> SpkAttDocument:
    """The document with its annotations replaced by the predicted top-level ones."""
    doc, ids = analyse(nlp, document)
    annotations = annotations_from_doc(doc, ids, options)
    return SpkAttDocument(document.name, document.sentences, annotations)


# -- one claim in token indices ------------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    """An annotation with document token indices instead of task ids."""

    form: str
    stwr: str
    cue: list[int] = field(default_factory=list)
    source: list[int] = field(default_factory=list)
    message: list[int] = field(default_factory=list)
    addr: list[int] = field(default_factory=list)
    frame: list[int] = field(default_factory=list)

    def annotation(self, ids: list[TokenId]) -> Annotation:
        def task_ids(indices: list[int]) -> list[TokenId]:
            return [ids[i] for i in sorted(set(indices))]

        return Annotation(
            cue=task_ids(self.cue),
            source=task_ids(self.source),
            message=task_ids(self.message),
            addr=task_ids(self.addr),
            frame=task_ids(self.frame),
            form=self.form,
            stwr=self.stwr,
        )


class _Claim:
    """A claim's spans as document token indices."""

    def __init__(self, doc: Doc, starts: list[int], claim: Claim) -> None:
        self.doc = doc
        self.starts = starts
        self.claim = claim
        self.cue = _indices(doc, starts, claim.cue)
        self.source = _indices(doc, starts, claim.source)
        self.addr = _indices(doc, starts, claim.addressee)
        self.parts = [_indices(doc, starts, span) for span in claim.message]
        self.message = [i for part in self.parts for i in part]

    def as_is(self) -> _Draft:
        claim = self.claim
        return _Draft(
            cue=list(self.cue),
            source=list(self.source),
            message=list(self.message),
            addr=list(self.addr),
            frame=self._frame(self.cue + self.source, self.message),
            form=FORMS.get(claim.form, "Indirect"),
            stwr=STWR.get(claim.stwr or "speech", "Speech"),
        )

    def with_conventions(self) -> _Draft:
        ann = self.as_is()
        doc, claim = self.doc, self.claim
        if claim.form == "free_indirect":
            # a "soll" sentence carrying on a report is the task's non-subjunctive kind
            ann.form = "FreeIndirect" if claim.rule == SOLLEN_RULE else "IndirectFreeIndirect"
            ann.message = _with_final_stop(doc, ann.message)
        elif claim.form == "reported" and ann.cue:
            sent = doc[ann.cue[0]].sent
            ann.message = list(range(sent.start, sent.end))
            ann.cue = []
        elif (
            claim.frame is not None
            and len(ann.cue) > 1
            and (prep := _frame_prep_of(doc, ann.cue)) is not None
        ):
            noun = [i for i in ann.cue if i != prep]
            # the source joins its frame noun where it stands by it ("Angaben der Polizei",
            # "seiner Meinung nach"), not where it is the clause's subject ("Die Feuerwehr
            # hat nach eigenen Angaben ...": the task's source is "eigenen Angaben")
            near = [
                i
                for i in ann.source
                if min(noun) - 1 <= i <= max(noun) + 2
                and not any(doc[v].tag_.startswith("V") for v in range(max(noun) + 1, i))
            ]  # not the subject after the verb ("Nach eigenen Angaben erhielt das Amt ...")
            rest = noun + (ann.source if near else [])
            ann.cue = [prep]
            ann.source = list(range(min(rest), max(rest) + 1))
        elif len(ann.cue) == 1 and doc[ann.cue[0]].lower_ == LEX.known_predicate:
            ann.cue = _with_verbs(doc, ann.cue[0])  # "wurde bekannt", "bekannt geworden war"
        elif len(ann.cue) == 1 and doc[ann.cue[0]].lower_ in LEX.linking_adverbs:
            ann.source = list(ann.cue)  # "Demnach ...": the adverb stands for its source
        elif len(ann.cue) == 1 and doc[ann.cue[0]].tag_.startswith("V"):
            ann.cue = _verbal_complex(doc[ann.cue[0]])
            frame = _indices(doc, self.starts, claim.frame)
            if frame and doc[frame[0]].lower_ == "wie" and frame[0] < ann.cue[0]:
                ann.cue = [frame[0], *ann.cue]  # "Wie X mitteilte, ...": 'wie' is cue
            als = _predicate_als(doc, ann.message) if claim.form == "direct" else None
            if als is not None and doc[als].sent.start == doc[ann.cue[0]].sent.start:
                ann.cue = sorted({*ann.cue, als})  # "bezeichnete ... als „...“"
        if claim.form == "direct":
            ann.message = _with_quote_marks(doc, ann.message)
        ann.frame = self._frame(ann.cue + ann.source, ann.message)
        return ann

    def reportative(self) -> _Draft:
        """An author's sentence that reports with "sollen" ("Ein vierter Mann soll ihnen
        geholfen haben."): the task's FreeIndirect, without cue or source."""
        return _Draft(
            form="FreeIndirect",
            stwr="Speech",
            message=_with_final_stop(self.doc, list(self.message)),
        )

    def quotes_by_sentence(self, ann: _Draft) -> list[_Draft]:
        """A direct claim whose quotation continues in a later sentence as one per sentence.

        „Q1“, so X. „Q2“ is two annotations with the same cue and source in the task.
        """
        parts = [p for p in self.parts if p]
        if len(parts) < 2 or all(
            self.doc[p[0]].sent.start == self.doc[parts[0][-1]].sent.start for p in parts[1:]
        ):
            return [ann]
        out = []
        for part in parts:
            message = _with_quote_marks(self.doc, part)
            out.append(
                _Draft(
                    form=ann.form,
                    stwr=ann.stwr,
                    cue=list(ann.cue),
                    source=list(ann.source),
                    message=message,
                    addr=list(ann.addr),
                    frame=self._frame(ann.cue + ann.source, message),
                )
            )
        return out

    def _frame(self, anchors: list[int], message: list[int]) -> list[int]:
        """The rest of the sentences holding cue and source: tokens outside the message."""
        inside = set(message)
        frame: list[int] = []
        for sent in sorted({self.doc[i].sent.start for i in anchors}):
            span = self.doc[sent].sent
            frame.extend(i for i in range(span.start, span.end) if i not in inside)
        return frame


REPORTATIVE_SOLLEN = frozenset({"soll", "sollen", "sollte", "sollten"})
PERFECT_INFINITIVES = frozenset({"haben", "sein", "worden"})
# words that open a clause of their own: a perfect infinitive after one is not "soll"'s
OWN_CLAUSE_TAGS = frozenset({"KOUS", "PRELS", "PRELAT", "PWS", "PWAV"})
CLAUSE_JOINING_TAGS = frozenset({"KON", "KOKOM"})  # "... haben und ...", "größer sein als"


def _reports_the_past(doc: Doc, message: list[int]) -> bool:
    """'soll ... geholfen haben': "sollen" with a perfect infinitive only reports; with a
    plain infinitive it is as often an obligation ("soll bis Freitag entscheiden"). The
    infinitive is "sollen"'s own: right before it ("..., der geholfen haben soll") or after
    it before another clause's finite verb or opener ("Wissenschaftler haben X entwickelt,
    das eingesetzt werden soll" reports nothing)."""
    inside = set(message)
    for i in message:
        if doc[i].lower_ not in REPORTATIVE_SOLLEN:
            continue
        if i - 1 in inside and doc[i - 1].lower_ in PERFECT_INFINITIVES:
            return True
        j = i + 1
        while j in inside:
            if doc[j].lower_ in PERFECT_INFINITIVES and _closes_clause(doc, j, inside):
                return True  # "haben" may be tagged finite
            participle = j + 1 in inside and doc[j + 1].lower_ in PERFECT_INFINITIVES
            if (is_finite(doc[j]) and not participle) or doc[j].tag_ in OWN_CLAUSE_TAGS:
                break  # another clause; not "gestanden haben" with "gestanden" tagged finite
            j += 1
    return False


def _closes_clause(doc: Doc, i: int, inside: set[int]) -> bool:
    """Whether the verb at ``i`` ends its clause: a mark, a conjunction or the message's
    end follows ("... geholfen haben.", "... geplant haben und ...", "größer sein als
    ..."), not a phrase
    ("..., haben die Verantwortlichen ...")."""
    nxt = i + 1
    return nxt not in inside or doc[nxt].is_punct or doc[nxt].tag_ in CLAUSE_JOINING_TAGS


def _indices(doc: Doc, starts: list[int], span: Span | None) -> list[int]:
    """The tokens a character span touches."""
    if span is None or span.end <= span.start:
        return []
    first = max(0, bisect.bisect_right(starts, span.start) - 1)
    out = []
    for i in range(first, len(doc)):
        token = doc[i]
        if token.idx >= span.end:
            break
        if token.idx + len(token.text) > span.start:
            out.append(i)
    return out


def _spaces(words: list[str], starts: list[bool]) -> list[bool]:
    """Whether a space follows each token: none before closing, none after opening marks."""
    spaces = []
    straight_open = False
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if word == '"':
            straight_open = not straight_open
        space = nxt is not None
        if nxt is not None and not starts[i + 1]:
            glued = nxt in NO_SPACE_BEFORE or word in NO_SPACE_AFTER
            inner = straight_open and '"' in (word, nxt)  # inside the straight quote's marks
            space = not (glued or inner)
        spaces.append(space)
    return spaces


def _with_verbs(doc: Doc, i: int) -> list[int]:
    """A predicate cue with the verb forms next to it ('wurde bekannt', 'bekannt geworden
    war', 'Wie ... bekannt wurde')."""
    sent = doc[i].sent
    out = [i]
    j = i - 1
    while j >= sent.start and (doc[j].tag_.startswith("VA") or doc[j].tag_ == "ADV"):
        if doc[j].tag_.startswith("VA"):
            out.append(j)  # 'war schon bekannt geworden'
        j -= 1
    j = i + 1
    while j < sent.end and doc[j].tag_.startswith("VA"):
        out.append(j)
        j += 1
    return sorted(out)


def _predicate_als(doc: Doc, message: list[int]) -> int | None:
    """The 'als' that predicates a quotation ('als das „größte Ereignis“'), if any."""
    if not message:
        return None
    i = min(message) - 1
    while i >= 0 and (doc[i].text in QUOTE_MARKS or doc[i].tag_ in PREDICATE_DETERMINER_TAGS):
        i -= 1
    return i if i >= 0 and doc[i].lower_ == "als" else None


PREDICATE_DETERMINER_TAGS = frozenset({"ART", "PDAT", "PPOSAT", "ADJA"})
PREDICATE_TAGS = frozenset({"ADJD", "VVPP"})  # "zeigte sich zufrieden / besorgt"


def _is_frame_prep(token: Token) -> bool:
    return token.lower_ in FRAME_PREPOSITIONS


def _frame_prep_of(doc: Doc, cue: list[int]) -> int | None:
    """The preposition of a frame cue: first ("nach Angaben") or postposed ("Seiner
    Meinung nach")."""
    for i in (cue[0], cue[-1]):
        if _is_frame_prep(doc[i]):
            return i
    return None


def _verbal_complex(verb: Token) -> list[int]:
    """The cue verb with its auxiliary, separated particle, reflexive, 'es' of 'heißt es'
    and the correlate announcing its clause ('war davon ausgegangen, dass', 'plädierte
    dafür, ...'). Brackets and quotation marks inside the clause do not end it ('hatte
    gegenüber der „Welt“ mitgeteilt', 'teilte am Abend (Ortszeit) mit').

    The verb's other parts in its clause belong to it too: a reflexive anywhere in the
    clause ('hat sich zuversichtlich geäußert', 'äußerte er sich'), the word written apart
    that makes the lexicon's verb ('gab ... bekannt', 'bekannt gegeben'), the 'es' of an
    impersonal or passive cue ('hatte es geheißen', 'Es wird vermutet'), the 'es' with its
    predicate ('hält es für möglich', 'sah es als erwiesen an') and a phrase naming the
    words ('äußerte sich mit den Worten', 'mit der Begründung abgelehnt'). A particle
    that makes no cue of a verb that is one stays out ('sagte weiter')."""
    doc, sent = verb.doc, verb.sent
    out = [verb.i]
    impersonal = verb.lemma_ in LEX.impersonal_cues
    if verb.tag_ in {"VVPP", "VVINF", "VVIZU"}:
        pending = []
        for j in range(verb.i - 1, sent.start - 1, -1):
            token = doc[j]
            if token.text in CLAUSE_ENDS:
                break
            if _is_correlate(token) or _is_reflexive(token) or _is_manner(doc, j):
                pending.extend(_manner_phrase(doc, j) if _is_manner(doc, j) else [j])
            elif token.lower_ == "es" and impersonal:
                pending.append(j)
            if token.tag_ in AUXILIARY_TAGS:
                out.extend([j, *pending])
                before = doc[j - 1] if j > sent.start else None
                if before is not None and before.lower_ == "es" and token.lemma_ == "werden":
                    out.append(j - 1)  # "Es wird vermutet, dass": the placeholder 'es'
                break
    if verb.tag_ == "VVFIN":
        correlates: list[int] = []
        for j in range(verb.i + 1, sent.end):
            token = doc[j]
            if token.text == "," and (last := _closing_particle(doc, j)) is not None:
                out.append(last)  # 'teilte der Direktor, Bagus Puruhito, mit.'
            if token.text in CLAUSE_ENDS or token.tag_ in {"VVFIN", "VAFIN", "VMFIN"}:
                break
            if _is_reflexive(token):
                out.append(j)
            elif token.tag_ in PREDICATE_TAGS and verb.lemma_ in LEX.reflexive_predicate_cues:
                out.extend([j, *correlates])  # 'zeigte sich darüber besorgt'
                break
            elif _is_manner(doc, j):
                out.extend(_manner_phrase(doc, j))
            elif token.lower_ == "es" and (pred := _es_predicate(doc, j)):
                out.extend(pred)  # 'hält es für möglich'
            if _is_correlate(token, particle=True):
                correlates.append(j)
                if _is_correlate(token) and j + 1 < sent.end and doc[j + 1].text in {",", ":"}:
                    out.append(j)  # 'plädierte auch X dafür, ...'
            if token.tag_ == "PTKVZ" or _joins_verb(token, verb):
                if _particle_of_cue(token, verb):
                    out.extend([j, *correlates])  # 'geht davon aus', 'wies darauf hin'
                break
        if impersonal:
            for j in range(verb.i - 1, sent.start - 1, -1):  # 'Wie es hieß', 'in der es heißt'
                if doc[j].text in CLAUSE_ENDS or doc[j].tag_ in FINITE_VERB_TAGS:
                    break
                if doc[j].lower_ == "es":
                    out.append(j)
                    break
    if verb.i > sent.start and _joins_verb(doc[verb.i - 1], verb):
        out.append(verb.i - 1)  # 'bekannt gegeben', 'wie X bekannt gab'
    nxt = verb.i + 1
    if nxt < sent.end:
        after = doc[nxt]
        if after.tag_ == "PRF" or (after.lower_ == "es" and verb.lemma_ == "heißen"):
            out.append(nxt)
        elif _is_correlate(after):
            out.append(nxt)  # 'sprach davon, dass'
    return sorted(set(out))


FINITE_VERB_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
# nouns of a "mit" phrase that names the words of a cue ("äußerte sich mit den Worten",
# "mit der Begründung abgelehnt"): part of the cue's verbal complex in SpkAtt
MANNER_NOUNS = frozenset(
    {"Worten", "Begründung", "Hinweis", "Argument", "Aufforderung", "Bemerkung", "Forderung",
     "Warnung", "Erklärung", "Parole"}
)  # fmt: skip


def _closing_particle(doc: Doc, comma: int) -> int | None:
    """The particle that closes the sentence after an apposition, with no verb between."""
    sent = doc[comma].sent
    end = sent.end
    while end > comma + 1 and doc[end - 1].is_punct:
        end -= 1
    if end <= comma + 2 or doc[end - 1].tag_ != "PTKVZ":
        return None
    if any(t.tag_ in FINITE_VERB_TAGS for t in doc[comma + 1 : end - 1]):
        return None
    return end - 1


def _is_reflexive(token: Token) -> bool:
    """The verb's own reflexive: 'sich' not governed by a preposition ('von sich')."""
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    return token.tag_ == "PRF" and not (before is not None and before.tag_ in {"APPR", "APPRART"})


def _joins_verb(token: Token, verb: Token) -> bool:
    """A word written apart that makes the lexicon's cue verb ('bekannt' + 'geben')."""
    return token.tag_ in {"ADJD", "ADV", "PTKVZ"} and token.lower_ + verb.lemma_ in LEX.cue_verbs


def _particle_of_cue(token: Token, verb: Token) -> bool:
    """Whether a separated particle belongs to the cue: not when the verb is a cue alone
    and the particle makes none ('sagte ... weiter')."""
    joined = token.lower_ + verb.lemma_
    return joined in LEX.cue_verbs or verb.lemma_ not in LEX.cue_verbs


def _is_manner(doc: Doc, j: int) -> bool:
    """'mit den Worten', 'mit der Begründung': a phrase naming the words of the cue."""
    return (
        doc[j].lower_ == "mit"
        and j + 2 < doc[j].sent.end
        and doc[j + 1].tag_ == "ART"
        and doc[j + 2].text in MANNER_NOUNS
    )


def _manner_phrase(doc: Doc, j: int) -> list[int]:
    return [j, j + 1, j + 2]


def _es_predicate(doc: Doc, j: int) -> list[int]:
    """'es [jedoch] für möglich' / 'es als erwiesen': the object 'es' with its predicate
    adjective, announcing the clause of a cue verb ('hält es für möglich, dass')."""
    end = doc[j].sent.end
    q = j + 1
    while q < end and doc[q].tag_ in {"ADV", "PTKNEG"}:
        q += 1
    if q + 1 < end and doc[q].lower_ in {"für", "als"} and doc[q + 1].tag_ in {"ADJD", "ADJA"}:
        return [j, q, q + 1]
    return []


CORRELATES = frozenset({"davon", "darauf", "dafür", "darum", "daran", "darüber", "dahingehend"})


def _is_correlate(token: Token, particle: bool = False) -> bool:
    """A pronominal adverb announcing the content clause ('davon', 'darauf'); 'dazu' only
    before a particle ('rief dazu auf'): 'sagte dazu' (about it), 'daraufhin', 'dabei',
    'dagegen' are adverbs of the clause."""
    low = token.lower_
    return token.tag_ == "PROAV" and (low in CORRELATES or (particle and low == "dazu"))


def _with_quote_marks(doc: Doc, message: list[int]) -> list[int]:
    """The message with the quotation marks (and punctuation) that enclose it."""
    if not message:
        return message
    start, end = min(message), max(message) + 1
    if start > 0 and doc[start - 1].text in QUOTE_MARKS:
        start -= 1
    j = end
    while j < len(doc) and j - end < 3 and doc[j].is_punct:
        if doc[j].text in QUOTE_MARKS:
            end = j + 1
            break
        j += 1
    return sorted(set(message) | set(range(start, min(message))) | set(range(max(message), end)))


def _with_final_stop(doc: Doc, message: list[int]) -> list[int]:
    if not message:
        return message
    last = max(message)
    sent = doc[last].sent
    end = last + 1
    while end < sent.end and doc[end].is_punct:
        end += 1
    return sorted(set(message) | set(range(last + 1, end)))


def _same_span(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and (a.start, a.end) == (b.start, b.end)


def _adjacent(first: list[int], second: list[int], ids: list[TokenId]) -> bool:
    """Whether ``second`` starts in the sentence right after the last one of ``first``."""
    if not first or not second:
        return False
    return ids[min(second)][0] - ids[max(first)][0] <= 1
