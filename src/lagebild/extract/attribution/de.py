"""German attribution rules: who said what, over STTS tags and lemmas.

Rules over tokens, STTS tags and lemmas (any tagger that sets them): direct quotes with
or without a frame, frames ("nach Angaben von X", "laut X", "X zufolge", "wie X
berichtet", "..., so X"), verbs of saying with a clause (indirect) or a noun phrase
(reported), relative-clause and pronoun sources, relay chains ("unter Berufung auf"),
free indirect speech. Every other body sentence becomes an unattributed claim of the
author. Words and tags come from :data:`lexicon_de.LEXICON`; :data:`RULES` is the list.
Functions over one sentence's tokens take and return :data:`SentRange` s; claims hold
:data:`DocRange` s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from lagebild.extract.attribution import base
from lagebild.extract.attribution.base import CueVerb, DocRange, RawClaim, SentRange
from lagebild.extract.attribution.lexicon_de import LEXICON as LEX
from lagebild.extract.attribution.negation_de import negated_cues
from lagebild.extract.chunks import (
    FINITE_TAGS,
    GENITIVE_ARTICLES,
    NOUN_TAGS,
    OBLIQUE_ARTICLES,
    PRONOUN_SUBJECT_TAGS,
    SUBORDINATORS,
    is_finite,
    np_end,
    subjunctive_form,
    trim_punct,
)
from lagebild.extract.dependencies import phrase_end, subject_range
from lagebild.model import Form
from lagebild.nlp.parsing import ParseView

IMPERSONAL_CUE = CueVerb(stwr="writing")
SOLLEN_RULE = "free_indirect.sollen"  # a "soll" sentence carrying on the report before it
COLON_CUE = CueVerb()  # any main verb of a clause that ends in a colon before a quotation


# -- the rules, in the order they run ----------------------------------------------------------


@base.rule("quote")
def quotes(ctx: base.Context) -> Iterable[RawClaim]:
    """'„Die Lage ist ernst“, sagte der Minister.' / 'Er sagte: „...“' / a quotation after
    a sourced claim continues it."""
    return base.quote_claims(ctx, lambda doc, q: _is_speech(doc, q, ctx.options), _quote_claim)


@base.rule("frame", per_sentence=True)
def frames(ctx: base.Context, toks: list[Token]) -> Iterable[RawClaim]:
    """'Nach Angaben der Polizei ...', 'laut X', 'X zufolge', '..., so X.', 'Demnach ...'."""
    last = base.last_sourced(ctx.claims, toks[0].i)
    return _frame_claims(toks, ctx.used, last.source if last else None)


@base.rule("verb", per_sentence=True)
def verbs(ctx: base.Context, toks: list[Token]) -> Iterable[RawClaim]:
    """'Der Minister sagte, die Lage sei ernst.' / '..., wie X berichtet.' / 'Das teilte
    die Feuerwehr mit.' (the sentence before)."""
    unclaimed = [q for q in ctx.quotes if not ctx.used.intersection(range(*q))]
    return _verb_claims(toks, ctx.used | ctx.quoted, ctx.claims, ctx.previous, unclaimed)


@base.rule("predicate", per_sentence=True)
def predicates(ctx: base.Context, toks: list[Token]) -> Iterable[RawClaim]:
    """'Die Partei ist der Meinung, dass ...' / 'Es wurde bekannt, dass ...' / 'Wie
    bekannt wurde, ...': an opinion or a report named by a predicate, not a verb of saying."""
    return _predicate_claims(toks, ctx.used | ctx.quoted)


@base.rule("wonach", per_sentence=True)
def wonach(ctx: base.Context, toks: list[Token]) -> Iterable[RawClaim]:
    """'Berichte, wonach ein Staudamm gebrochen sei': nested in another claim's message."""
    return _wonach_claims(toks)


@base.rule("quote_after_claim", per_sentence=True)
def quote_after_claim(ctx: base.Context, toks: list[Token]) -> Iterable[RawClaim]:
    """'Der Minister kündigte eine Reform an. „Nicht jede Formel ist nötig.“': a quotation
    that is a sentence of its own, without a frame, after a sourced claim of any form
    carries its source on (the quotation rule sees only the quotations before it)."""
    return _lone_quote_claims(ctx, toks)


@base.rule("free_indirect")
def free_indirect(ctx: base.Context) -> Iterable[RawClaim]:
    """'Die Lage sei ernst.' after a sourced claim: Konjunktiv I carries its source on."""
    return _free_indirect(ctx.sentences, ctx.used, ctx.claims)


@base.rule("unattributed")
def unattributed(ctx: base.Context) -> Iterable[RawClaim]:
    """Every other body sentence: a claim of the author."""
    return base.unattributed_claims(ctx)


def refine_with_parse(doc: Doc, claims: list[RawClaim]) -> None:
    """Sources cut where the parse leaves their phrase, and a speech verb's parsed subject
    as the source where the rules found none (when the pipeline parses on demand)."""
    view = ParseView.of(doc)
    if view is not None:
        _refine_with_parse(view, claims)


def extend_appositions(doc: Doc, claims: list[RawClaim]) -> None:
    """A source followed by an apposition takes it in ('Anna Berger, die Sprecherin der
    Stadtwerke, sagte ...', '..., sagte Anna Berger, Sprecherin der Stadtwerke.'); a
    message that began with the apposition starts after it."""
    extended = {
        c.source: (c.source[0], end)
        for c in claims
        if c.source is not None and (end := _apposition_end(doc, c.source[1])) is not None
    }
    for claim in claims:  # continuations ("free_indirect") share their claim's source
        if claim.source is None or claim.source not in extended:
            continue
        old_end = claim.source[1]
        claim.source = extended[claim.source]
        end = claim.source[1]
        message = []
        for s, e in claim.message:
            if old_end <= s < end:
                s, e = trim_punct_range(doc, end, e)
            if e > s:
                message.append((s, e))
        if message:
            claim.message = message


def impersonal_sources(doc: Doc, claims: list[RawClaim]) -> None:
    """An impersonal 'es' or 'man' is no source: 'heißt es in dem Bericht' names the text
    after it, 'sah es der Richter als erwiesen an' the subject after it, 'wie man sagt'
    no one."""
    for claim in claims:
        if claim.source is None or claim.source[1] - claim.source[0] != 1:
            continue
        token = doc[claim.source[0]]
        if token.lower_ not in LEX.impersonal_pronouns:
            continue
        toks = list(token.sent)
        i = token.i - token.sent.start
        named = _np_after(toks, i + 1) if token.lower_ == "es" else None
        if named is not None and named[0] == i + 1 and not _impersonal(toks, named):
            claim.source = base.doc_range(toks, named)  # 'sah es Köhler an'
        else:
            text = _text_after(toks, i + 1) if claim.cue is not None else None
            claim.source = base.doc_range(toks, text) if text is not None else None


def trim_sources(doc: Doc, claims: list[RawClaim]) -> None:
    """A source neither opens with a conjunction or a comma (', während die Initiative',
    'und der Verband') nor ends on a place or time after a name ('Seibert in Berlin',
    'Ott am Montag', 'die Bundesbank in ihrem Monatsbericht'): those are the clause's
    adverbials, not the speaker. A place after the name in a phrase with an article is the
    speaker's seat ('die Banca d'Italia in Rom', 'ein Sprecher des LBM in Koblenz'): people
    are named without an article."""
    for claim in claims:
        if claim.source is None:
            continue
        start, end = claim.source
        while end - start > 1 and (
            doc[start].tag_ in LEX.source_opening_tags
            or (doc[start].is_punct and doc[start].text not in LEX.source_opening_marks)
        ):
            start += 1
        for j in range(start + 1, end - 1):
            if (
                doc[j].lower_ in LEX.adverbial_preps_after_name
                and doc[j].tag_ in LEX.prep_tags
                and doc[j - 1].tag_ in LEX.name_tags
                and not _seat_of(doc, start, j, end)
            ) or _text_it_speaks_in(doc, j, end):
                end = j
                break
        claim.source = (start, end)


def _text_it_speaks_in(doc: Doc, prep: int, end: int) -> bool:
    """Whether the phrase at ``prep`` to the source's end names the text the speaker speaks
    in ('die Bundesbank [in ihrem Monatsbericht]'): the clause's channel, not the speaker."""
    if doc[prep].lower_ not in LEX.text_location_preps or doc[prep].tag_ not in LEX.prep_tags:
        return False
    return _names_a_text(list(doc[prep + 1 : end]), 0, end - prep - 1)


def _seat_of(doc: Doc, start: int, prep: int, end: int) -> bool:
    """Whether the phrase at ``prep`` is the place of an institution the source names with
    an article ('die Regierung in Lomé', 'des Weißen Hauses in Washington'): 'in' with a
    name, the source opening with a determiner."""
    if doc[start].tag_ not in LEX.determiner_tags or doc[prep].lower_ not in LEX.seat_preps:
        return False
    words = [t for t in doc[prep + 1 : end] if t.tag_ not in LEX.seat_modifier_tags]
    return bool(words) and all(t.tag_ in LEX.name_tags for t in words)


def balance_sources(doc: Doc, claims: list[RawClaim]) -> None:
    """A source ends on a word or on the mark that closes one it opened: 'Der
    Gerichtshof (IGH' takes its ')', 'die „Zeit' its '“'; 'Peter Clever,' drops the comma."""
    for claim in claims:
        if claim.source is None:
            continue
        start, end = claim.source
        sent_end = doc[start].sent.end
        while end > start + 1 and doc[end - 1].text in LEX.clause_break_marks | {"–"}:
            end -= 1
        words = [t.text for t in doc[start:end]]
        for opening, closing in LEX.paired_marks:
            opened = sum(w in opening for w in words) - sum(w in closing for w in words)
            if opened > 0 and end < sent_end and doc[end].text in closing:
                end += 1
        claim.source = (start, end)


RULES = base.RuleSet(
    "de",
    (quotes, frames, verbs, predicates, wonach, quote_after_claim, free_indirect, unattributed),
    refinements=(
        refine_with_parse,
        negated_cues,
        impersonal_sources,
        extend_appositions,
        trim_sources,
        balance_sources,
    ),
)


# -- quotations ----------------------------------------------------------------------------------


def _is_speech(doc: Doc, q: DocRange, options: base.AttributionOptions) -> bool:
    words = [t for t in doc[q[0] : q[1]] if not t.is_punct]
    if len(words) < options.min_quote_tokens:
        return False
    before = q[0] - 1
    if before >= 0 and doc[before].text in LEX.opening_quotes:
        before -= 1  # the spans are inside their quote marks
    if before >= 0 and doc[before].tag_ in LEX.quoted_name_determiner_tags:
        return False  # a quoted name: 'die „Aktion Deutschland hilft“'
    if any(is_finite(t) for t in words) or len(words) >= 6:
        return True
    opens_sentence = q[0] == doc[q[0]].sent.start or (before + 1 == doc[q[0]].sent.start)
    return opens_sentence and _frame_after_quote(doc, q[1] + 1) is not None  # '„Ein guter
    # Start“, sagte er': a few words without a verb, with a frame after them


# -- quotations ------------------------------------------------------------------------


def _quote_claim(
    doc: Doc, q: DocRange, quotes: list[DocRange], earlier: list[RawClaim]
) -> RawClaim | None:
    frame = _frame_after_quote(doc, q[1] + 1)
    if frame is None and q[0] >= 2:
        frame = _frame_before_quote(doc, q[0] - 1)
    return base.quote_claim(
        doc,
        q,
        quotes,
        earlier,
        frame,
        trim_punct_range,
        continued_stwr=lambda _: "speech",
        split_gap=range(-len(doc), 3),  # „Q1“, sagte X, „Q2“
        framed=lambda doc, other: _frame_after_quote(doc, other[1] + 1) is not None,
    )


def _lone_quote_claims(ctx: base.Context, toks: list[Token]) -> list[RawClaim]:
    """The claim of a quotation the sentence opens with and that runs to its end (or on
    into the next sentences), when no claim holds it: the last sourced claim's, at most
    :data:`base.MAX_QUOTE_GAP` tokens before."""
    words = [t for t in toks if not (t.is_punct or t.is_space)]
    if not words:
        return []
    for q in ctx.quotes:
        if ctx.used.intersection(range(*q)) or q[0] != words[0].i:
            continue
        if words[-1].i >= q[1]:
            return []  # words after the quotation: a frame or the author's own
        prev = base.last_sourced(ctx.claims, q[0])
        if prev is None or q[0] - prev.message[-1][1] > base.MAX_QUOTE_GAP:
            return []
        return [
            RawClaim(
                message=[trim_punct_range(ctx.doc, *q)],
                form="direct",
                source=prev.source,
                stwr=prev.stwr,
                rule="quote.continued",
            )
        ]
    return []


def _frame_after_quote(doc: Doc, i: int) -> base.QuoteFrame | None:
    """'„...“, sagte X' / '„...“, so X' / '„...“ sagte X'."""
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc):
        return None
    token = doc[i]
    toks = list(doc[i : min(len(doc), i + 15)])
    if token.lower_ == "so" and len(toks) > 1:
        end = np_end(toks, 1)
        if end > 1:
            return base.QuoteFrame((i, i + 1), (i + 1, i + end), None, i + end)
    verb = _cue_verb_at(toks, 0)
    if verb is not None and is_finite(token):
        k = 1
        while k < len(toks) and (toks[k].tag_ in LEX.adverb_tags or toks[k].tag_ == "PRF"):
            k += 1  # '„...“, zeigte sich der Trainer zufrieden'
        end = np_end(toks, k)
        source = (i + k, i + end) if end > k else None
        return base.QuoteFrame((i, i + 1), source, verb, i + max(end, 1), verb.stwr)
    return None


def _frame_before_quote(doc: Doc, open_mark: int) -> base.QuoteFrame | None:
    """'X sagte: „...“' / 'X sagte, „...“'."""
    toks = base.lead_in(doc, open_mark, LEX.clause_marks)
    if toks is None:
        return None
    colon = doc[open_mark - 1].text == ":"
    for j in range(len(toks) - 1, -1, -1):
        verb = _cue_verb_at(toks, j)
        if verb is None and colon and _is_main_verb(toks, j):
            verb = COLON_CUE  # "Solana äußerte sich zuversichtlich: „...“"
        if verb is not None:
            finite = j if is_finite(toks[j]) else (_finite_before(toks, j) or j)
            subject = _subject_of(toks, finite) or _subject_past_reflexive(toks, finite)
            source = base.doc_range(toks, subject)
            cue = (toks[j].i, toks[j].i + 1)
            return base.QuoteFrame(cue, source, verb, cue[1], verb.stwr)
    if colon and (speaker := _speaker_before_colon(toks)) is not None:
        return base.QuoteFrame(None, base.doc_range(toks, speaker), None, toks[-1].i + 1)
    return None


def _speaker_before_colon(toks: Sequence[Token]) -> SentRange | None:
    """'Die Innenministerin: „...“', 'Ein Sprecher der Feuerwehr nach dem Einsatz: „...“':
    a noun phrase, with a prepositional phrase after it, and nothing else before the
    colon names the speaker of the quotation; no verb, no clause."""
    if not toks or any(t.tag_.startswith("V") or t.text in LEX.clause_break_marks for t in toks):
        return None
    while len(toks) > 1 and toks[-1].tag_ in LEX.adverb_tags:
        toks = toks[:-1]  # "Der Abgeordnete wörtlich: „...“"
    end = np_end(toks, 0, attach=False)
    if end == 0 or not any(t.tag_ in NOUN_TAGS for t in toks[:end]):
        return None
    if end < len(toks) and toks[end].tag_ in LEX.prep_tags:
        if np_end(toks, end + 1, attach=False) != len(toks):
            return None  # "zur neuen Heimat", "nach der Festnahme": what the words are about
    elif end != len(toks):
        return None
    return (0, end)


# -- frames: nach Angaben von X, laut X, X zufolge ----------------------------------------


def _frame_claims(
    toks: list[Token], used: set[int], previous_source: DocRange | None = None
) -> list[RawClaim]:
    claims: list[RawClaim] = []
    for k, token in enumerate(toks):
        if token.i in used:
            continue
        low = token.lower_
        found: base.FrameMatch | None = None
        if low == "nach" and _postposed_frame(toks, k):
            found = _postposed_frame(toks, k)
        elif low == "zufolge":
            found = _zufolge_frame(toks, k)
        elif low in LEX.frame_preps and token.tag_ in LEX.frame_prep_tags:
            found = _prep_frame(toks, k, low)
        elif low == "so" and k > 1 and toks[k - 1].text == ",":
            found = _so_frame(toks, k) or _so_verb_frame(toks, k) or _so_inserted_frame(toks, k)
        elif low == "so" and k > 1 and toks[k - 1].text in LEX.insertion_marks:
            found = _so_inserted_frame(toks, k)  # "... – so der Verband – ..."
        elif low in LEX.linking_adverbs and k == 0:
            found = base.FrameMatch((k, k + 1), None, (k, k + 1))
        if found is None:
            continue
        if any(_cue_verb_governs(toks, j, k) for j in range(k)):
            continue  # "erklärte X, Y besitze seiner Meinung nach ...": inside the message
        cue, source, frame = found.cue, found.source, found.frame
        if k == 0 and source is not None and source[1] == frame[1]:
            end = _vorfeld_end(toks, source[1])  # "Nach Angaben des Gouverneurs Nasser Baoum
            if end is not None:  # der Provinz Schabwa kommen ...": the frame is the first position
                source, frame = (source[0], end), (frame[0], end)
        if source is None:
            source = _reflexive_source(toks, cue)
        frame = (frame[0], _after_source_relative(toks, frame[1]))
        start, end = _frame_clause(toks, frame)
        shortest = 1 if start > 0 else 2  # "die [nach Angaben X] ...": the opener counts
        parts = [
            p
            for p in (trim_punct(toks, start, frame[0]), trim_punct(toks, frame[1], end))
            if p[1] > p[0]
        ]  # a one-word part beside a longer one stays: "Die Zahl ist laut X gestiegen"
        message = parts if any(p[1] - p[0] >= shortest for p in parts) else []
        if not message:
            continue
        source, relay = base.relayed(source, source and _relay_source(toks, source[1]))
        cue_noun = toks[cue[1] - 1].text
        if not any(m[1] > m[0] for m in message):
            continue
        claims.append(
            RawClaim(
                message=[r for r in (base.doc_range(toks, m) for m in message) if r],
                form="indirect",
                source=base.doc_range(toks, source)
                if source is not None or low not in LEX.linking_adverbs
                else previous_source,
                cue=base.doc_range(toks, cue),
                frame=base.doc_range(toks, frame),
                relay=base.doc_range(toks, relay),
                stwr=LEX.frame_stwr.get(cue_noun, found.stwr),
                cue_modality="expected" if cue_noun.startswith("Prognose") else None,
            )
        )
        break  # one frame per sentence
    return claims


def _text_after(toks: Sequence[Token], i: int) -> SentRange | None:
    """The text an impersonal cue names after its 'es' ('hieß es in dem Bericht', 'heißt
    es dazu in einer Mitteilung des Vereins', 'hieß es vom Sprecher X'), in its clause."""
    for j in range(i, len(toks)):
        token = toks[j]
        if token.text in LEX.clause_end_marks or token.text in LEX.clause_stop_marks:
            return None
        if token.lower_ in LEX.text_source_preps and token.tag_ in LEX.prep_tags:
            end = np_end(toks, j + 1)
            return (j + 1, end) if end > j + 1 else None
        if token.tag_ not in LEX.adverbial_tags:
            return None
    return None


def _vorfeld_end(toks: Sequence[Token], i: int) -> int | None:
    """The finite verb that ends the first position of a V2 sentence when the phrase
    there runs on from ``i`` ('Laut einem Artikel der „New York Times“ hat ...': one
    constituent before the finite verb), or None when a clause, a verb or a stop mark
    comes first."""
    for j in range(i, min(len(toks), i + LEX.vorfeld_reach)):
        token = toks[j]
        if is_finite(token):
            return j
        if token.text in LEX.clause_stop_marks or token.tag_ in LEX.nonfinite_verb_tags:
            return None
        if token.lower_ in LEX.frame_preps or token.tag_ == "APPO":
            return None  # "Der Polizei zufolge hat ...": a frame of its own
        if token.text == "," and (
            j + 1 >= len(toks) or toks[j + 1].tag_ in SUBORDINATORS | LEX.relative_tags
        ):
            return None  # "Laut einem Artikel, der sich auf ... beruft, ...": a clause
    return None


def _fills_vorfeld(doc: Doc, source: DocRange) -> bool:
    """Whether a source runs up to the finite verb of a V2 sentence with nothing but a
    frame before it: the first position is one constituent, whatever the parse says."""
    sent = doc[source[0]].sent
    if source[1] >= sent.end or not is_finite(doc[source[1]]):
        return False
    before = doc[sent.start : source[0]]
    return not any(is_finite(t) or t.text in LEX.clause_break_marks for t in before) and not any(
        is_finite(t) for t in doc[source[0] : source[1]]
    )


def _cue_verb_governs(toks: list[Token], j: int, k: int) -> bool:
    """Whether a cue verb at ``j`` holds the frame at ``k`` in its message: a main-clause
    cue with a clause mark between them ("erklärte X, Y besitze seiner Meinung nach ...").
    A frame in the cue's own clause ("fürchtet laut X den Abstieg") or after a cue in a
    relative clause ("Die Hunde, die erwartet wurden, trafen ein, da nach Angaben ...")
    attributes its own clause."""
    if _cue_verb_at(toks, j) is None:
        return False
    if not any(t.text in LEX.clause_marks for t in toks[j + 1 : k]):
        return False
    return _clause_intro(toks, j) is None


def _opens_subordinate(toks: Sequence[Token], i: int) -> bool:
    """A relative pronoun or subordinator at ``i`` (or a preposition before a relative
    pronoun: 'von dem', 'bei dem') opening a verb-final clause."""
    if i >= len(toks):
        return False
    tag = toks[i].tag_
    if tag in SUBORDINATORS | LEX.relative_opener_tags:
        return True
    return tag in LEX.prep_tags and i + 1 < len(toks) and toks[i + 1].tag_ in LEX.relative_tags


def _after_source_relative(toks: Sequence[Token], end: int) -> int:
    """The end of a frame extended over a relative clause on its source ('Nach offiziellen
    Angaben, die nicht überprüft werden können, waren ...'): that clause is no message."""
    if end + 1 >= len(toks) or toks[end].text != "," or not _opens_subordinate(toks, end + 1):
        return end
    if toks[end + 1].tag_ not in LEX.relative_opener_tags | LEX.prep_tags:
        return end  # ", dass ...", ", weil ...": not about the source
    close = _verb_final_end(toks, end + 2)
    if close < len(toks) and toks[close].text == ",":
        return close + 1
    if all(t.is_punct or t.is_space for t in toks[close:]):
        return close  # '..., so schätzen die Forscher, die der Verband beauftragt hatte.'
    return end


def _verb_final_end(toks: Sequence[Token], i: int) -> int:
    """End of a verb-final clause whose words start at ``i``: the clause mark after its
    finite verb, or after an untagged one when the main clause resumes with its own verb
    (', die sich nicht überprüfen lassen, starben ...'); else the sentence end."""
    verb = finite = False
    for j in range(i, len(toks)):
        text = toks[j].text
        if text in LEX.clause_stop_marks or (
            text in LEX.clause_end_marks
            and (finite or (verb and j + 1 < len(toks) and is_finite(toks[j + 1])))
        ):
            return j
        verb = verb or toks[j].tag_.startswith("V")
        finite = finite or is_finite(toks[j])
    return len(toks)


def _frame_clause(toks: Sequence[Token], frame: SentRange) -> SentRange:
    """The clause a frame attributes: a subordinate clause holding it ('..., das nach
    Angaben X nicht abgeschlossen werden konnte'), a main clause after a comma ('...,
    diese Taten seien aber laut X verjährt'), else the whole sentence."""
    a = frame[0]
    for j in range(a - 1, 0, -1):
        if toks[j].text not in LEX.clause_break_marks:
            continue
        opener = j + 1
        if _opens_subordinate(toks, opener) and toks[opener].tag_ != "PWS":
            end = _verb_final_end(toks, opener + 1)
            if end >= frame[1]:
                return (opener, end)
            continue  # a clause closed before the frame ('X, der ... ist, wies laut Y ...')
        previous_start = j - 1
        while previous_start > 0 and toks[previous_start - 1].text not in LEX.clause_break_marks:
            previous_start -= 1
        main_before = any(t.tag_.startswith("V") for t in toks[:j]) and not _opens_subordinate(
            toks, previous_start
        )
        if main_before and any(is_finite(t) for t in toks[opener:a]):
            return (opener, len(toks))
    return (0, len(toks))


# -- verbs of saying -----------------------------------------------------------------------


def _reflexive_source(toks: list[Token], cue: SentRange) -> SentRange | None:
    """The subject of the clause a 'nach eigenen Angaben' frame stands in ('Das DRK versorgte
    nach eigenen Angaben 18 Verletzte' -> 'Das DRK')."""
    if not any(t.lower_ in LEX.reflexive_frame_words for t in toks[cue[0] : cue[1]]):
        return None
    finite = next(
        (j for j, t in enumerate(toks) if is_finite(t) and not cue[0] <= j < cue[1]), None
    )
    if finite is None:
        return None
    source = _subject_of(toks, finite)
    if source is None or source[0] < cue[1] <= source[1] or cue[0] < source[1] <= cue[1]:
        return None
    return source


def _verb_claims(
    toks: list[Token],
    blocked: set[int],
    earlier: list[RawClaim],
    previous: DocRange | None = None,
    unclaimed: Sequence[DocRange] = (),
) -> list[RawClaim]:
    """The claims of the verbs of saying in one sentence. A message may hold a quotation
    no claim took whole ('sagte X, dass er „eine arme Kirche“ wolle': the speaker's words
    inside a reported clause); any other token of ``blocked`` in it drops the claim."""
    claims: list[RawClaim] = []
    taken: set[int] = set()
    for k, token in enumerate(toks):
        if token.i in blocked or token.i in taken:
            continue
        verb = _cue_verb_at(toks, k)
        if verb is None:
            continue
        claim = _verb_claim(toks, k, verb, earlier + claims)
        if claim is not None and not claim.message:
            claim = None
        if claim is None:
            if previous is not None and _anaphoric_first_position(toks, k) and not claims:
                claim = _anaphoric(toks, earlier, previous, blocked, k, verb)
            elif not claims:
                claim = _anaphoric_in_sentence(toks, blocked, k, verb)
            if claim is None:
                continue
        if any(i in blocked for i in _message_tokens(claim, unclaimed)):
            continue
        claims.append(claim)
        taken |= claim.tokens()
    return claims


def _message_tokens(claim: RawClaim, unclaimed: Sequence[DocRange]) -> set[int]:
    """The tokens of a claim's message without the quotations it holds whole."""
    tokens = {i for s, e in claim.message for i in range(s, e)}
    for q in unclaimed:
        if any(s <= q[0] and q[1] <= e for s, e in claim.message):
            tokens -= set(range(*q))
    return tokens


def _cue_verb_at(toks: Sequence[Token], k: int) -> CueVerb | None:
    if not toks[k].tag_.startswith("VV"):
        return None
    lemma = _cue_lemma(toks, k)
    verb = LEX.cue_verbs.get(lemma)
    if verb is None and lemma != toks[k].lemma_:
        verb = LEX.cue_verbs.get(toks[k].lemma_)  # "sagte ... weiter": the bare verb
    if verb is None and toks[k].lemma_ in LEX.impersonal_cues and _followed_by_es(toks, k):
        verb = IMPERSONAL_CUE
    if verb is None and lemma in LEX.reflexive_predicate_cues and _reflexive_predicate(toks, k):
        verb = LEX.reflexive_predicate_cues[lemma]  # "zeigte sich besorgt, dass ..."
    if verb is not None and verb.needs_prep and not _word_in_clause(toks, k, verb.prep):
        return None  # "hielt einen Zünder", "des Landes verwiesen": not a speech act
    if lemma in LEX.reflexive_only_cues and not _reflexive_in_clause(toks, k):
        return None  # "sprach eine Empfehlung für X aus": no position of the speaker's
    if verb is not None and verb.needs_figure and not _gives_figure(toks, k, verb):
        return None  # "kam auf die Idee", "zählt zu den Favoriten": no figure given
    return verb


def _word_in_clause(toks: Sequence[Token], k: int, words: Sequence[str]) -> bool:
    """Whether one of ``words`` stands in the clause of ``k``, between the clause breaks
    around it ("sieht darin eine Gefahr"; not the "in" of another clause: "Zeugen sahen
    den Täter, der in ein Auto stieg")."""
    for step in (-1, 1):
        j = k
        while 0 <= j < len(toks) and (j == k or toks[j].text not in LEX.clause_break_marks):
            if toks[j].lower_ in words and (
                toks[j].lower_ not in LEX.object_before_preps or _object_follows(toks, j, k)
            ):
                return True
            j += step
    return False


def _object_follows(toks: Sequence[Token], j: int, k: int) -> bool:
    """Whether another noun phrase follows the phrase of the preposition at ``j``: "sieht
    in dem Plan [nun] eine Gefahr", "In dem Plan sieht sie eine Gefahr" (the verb ``k``
    between them); not "sahen den Täter in der Nähe des Bahnhofs"."""
    end = np_end(toks, j + 1, attach=False)
    if end == j + 1:
        return False
    if j < k and (j == 0 or toks[j - 1].text in LEX.clause_break_marks):
        end = k + 1  # a fronted phrase ("In dem Verfahren vor dem Gericht sieht X ...")
    return _np_after(toks, end) is not None


def _reflexive_in_clause(toks: Sequence[Token], k: int) -> bool:
    """Whether a reflexive pronoun stands in the clause of ``k`` ('hat sich für X
    ausgesprochen', 'sprach sich gegen X aus')."""
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(toks) and toks[j].text not in LEX.clause_break_marks:
            if toks[j].tag_ == "PRF":
                return True
            j += step
    return False


def _gives_figure(toks: Sequence[Token], k: int, verb: CueVerb) -> bool:
    """Whether a figure verb gives a figure: right after its preposition ("auf [rund]
    5.200"), or, without one, in the clause after a finite cue or before a participle."""
    for j, token in enumerate(toks):
        if verb.prep:
            if token.lower_ in verb.prep and token.tag_ in LEX.prep_tags:
                q = j + 1
                while q < len(toks) and toks[q].lower_ in LEX.degree_words:
                    q += 1
                if q < len(toks) and toks[q].tag_ in LEX.figure_tags:
                    return True
        elif token.tag_ in LEX.figure_tags and (j > k if is_finite(toks[k]) else 0 < j < k):
            return True
    return False


def _verb_claim(
    toks: list[Token], k: int, verb: CueVerb, earlier: list[RawClaim]
) -> RawClaim | None:
    n = len(toks)
    intro = _clause_intro(toks, k)
    if intro is None:
        intro = _subordinator_tagged_preposition(toks, k)
    if intro is not None and toks[intro].lower_ == "wie":
        return _wie_claim(toks, k, intro, verb)
    if intro is not None and toks[intro].tag_ in LEX.relative_tags:
        return _relative_claim(toks, k, intro, verb)
    if intro is not None and toks[intro].lower_ in LEX.adverbial_subordinators:
        return _adverbial_clause_claim(toks, k, intro, verb)
    if intro is not None:
        return None  # a cue inside a subordinate clause: nested, not top level
    finite = k if is_finite(toks[k]) else _finite_before(toks, k)
    if finite == k and (aux := _auxiliary_before(toks, k)) is not None:
        finite = aux  # "Zuvor hatte das Komitee betont, dass ...": a participle tagged finite
    if finite is None and toks[k].tag_ == "VVINF" and _untagged_finite(toks, k):
        finite = k  # "Die Kanadier sagen, ...": an untagged finite verb
    if finite is None:
        return None
    if _modal_passive(toks, finite, k):
        return None  # "ist als Erfolg zu werten", "ist davon auszugehen, dass": no one speaks
    inverted_frame = _has_clause_before(toks, finite)
    cue = (k, k + 1)
    if inverted_frame:
        # "Die Lage sei ernst, sagte der Minister." — the message comes first.
        source = _np_after(toks, finite + 1)
        comma = finite - 1
        while comma > 0 and toks[comma].text not in LEX.clause_marks:
            comma -= 1
        message = [trim_punct(toks, 0, comma)]
        if message[0][0] >= message[0][1] or source is None:
            return None
        return base.raw_claim(toks, message, "indirect", source, cue, verb)
    correlate = _anaphoric_first_position(toks, finite) and _correlate_of_clause(toks, k, finite)
    if _anaphoric_first_position(toks, finite) and not correlate:
        return None  # "Das teilte die Feuerwehr mit.": see _anaphoric
    source = _np_after(toks, finite + 1) if correlate else _subject_of(toks, finite)
    if source is None:
        source = _shared_subject(toks, finite)  # "X dankte ... und ergänzte, ..."
    if _fronted_als_quotation(toks, finite) is not None:
        source = _np_after(toks, finite + 1)  # "Als „Glücksfall“ bezeichnete X den Fund"
    if source is not None and source[0] > finite and verb.prep:
        source = _without_own_prep(toks, source, k, verb)
    if (
        verb.needs_figure
        and source
        and any(t.tag_ in LEX.figure_tags for t in toks[source[0] : source[1]])
    ):
        return None  # "Zu den Opfern zählen drei Kinder": the figure is the subject
    if verb is IMPERSONAL_CUE:
        source = _impersonal_source(toks, finite) or _origin_in_first_position(toks, finite, k)
    elif source is not None and _is_oblique_pronoun(toks, source):
        return None  # "Ihm drohen 20 Jahre Haft", "droht ihm die Auflösung": no speech
    after = _particle_end(toks, k)
    if source is not None and source[0] > finite:
        after = max(after, source[1])  # "sagte der Sprecher, Jan Ott, die Lage sei ernst"
    complement = _clausal_complement(toks, after)
    if complement is not None and _reports_on_its_own(
        toks, finite, complement, source, passive=_passive(toks, finite, k)
    ):
        complement = None  # "lobte den Kompromiss, der Verband kritisierte dagegen, ..."
    if complement is not None and source is None:
        source = _subject_past_reflexive(toks, finite)  # "äußerte sich X, ..."
    if complement is not None:
        form: Form = "indirect"
        message = [trim_punct(toks, complement, n)]
        if _passive(toks, finite, k):  # "Er wird beschuldigt, ...": the subject is spoken of
            source = _passive_agent(toks, finite, k) or _agentless_origin(toks, finite, k)
        elif source is None:
            source = _origin_in_first_position(toks, finite, k)  # "Aus Paris verlautete, ..."
    elif (quoted := _als_quotation(toks, finite, k)) is not None:
        # "bezeichnete den Fund als „Glücksfall“": the quoted predicate is their words
        form, message = "direct", [quoted]
        if _passive(toks, finite, k):
            source = _passive_agent(toks, finite, k) or _agentless_origin(toks, finite, k)
    elif _cue_lemma(toks, k) in LEX.reflexive_predicate_cues:
        return None  # "zeigte sich zufrieden mit dem Ergebnis": a mood, not what was said
    else:
        if _passive(toks, finite, k):
            return _passive_claim(toks, finite, k, verb)
        if source is None or _impersonal(toks, source):
            return None  # "wurden zu Haftstrafen verurteilt", "Es soll warnen": no one speaks
        form = "reported"
        region_start = finite + 1
        if source is not None and source[0] > finite:
            region_start = source[1]
        if k == finite:
            particle = _separable_particle(toks, k)
            if particle is not None:
                stop = base.position(toks, particle.i)
            else:
                stop = _through_subjunctive_clauses(toks, _clause_stop(toks, k + 1))
            region = (k + 1, stop)
            if source is not None and source[0] > k:
                region = (source[1], stop)
        else:
            region = (region_start, k)
        front = _fronted_object(toks, finite, source)
        span = front or _reported_content(toks, region, verb, to_end=k == finite)
        if span is None:
            return None
        message = [span]
        quoted = _quoted_predicate(toks, span)
        if quoted is not None and _cue_lemma(toks, k) not in LEX.naming_verbs:
            quoted = _quoted_object(toks, quoted)
        if quoted is not None:  # "nannte die Absage einen „Vertrauensbruch“": their words
            form, message = "direct", [quoted]
    source, relay = base.relayed(
        source, source and (_relay_source(toks, source[1]) or _relay_source(toks, finite + 1))
    )
    claim = base.raw_claim(toks, message, form, source, cue, verb)
    claim.relay = base.doc_range(toks, relay)
    if complement is not None:  # what stands between the cue and its clause is the frame's
        claim.used |= {t.i for t in toks[k:complement]}
    taken = {i for rng in (source, *message) if rng for i in range(*rng)}
    claim.addressee = base.doc_range(toks, _addressee(toks, k, _cue_lemma(toks, k), taken))
    return claim


def _quoted_predicate(toks: Sequence[Token], span: SentRange) -> SentRange | None:
    """The quoted words a naming verb gives its object ('nannte die Absage einen
    „Vertrauensbruch“', 'bezeichnete den Fund als „unerwartetes Geschenk“'): the last
    quotation of the span, without its marks."""
    start, end = span
    if end < len(toks) and toks[end].text in LEX.closing_quotes:
        end += 1  # the span was trimmed before its closing mark
    while end > start and toks[end - 1].is_punct and toks[end - 1].text not in LEX.closing_quotes:
        end -= 1
    if end - start < 3 or toks[end - 1].text not in LEX.closing_quotes:
        return None
    for j in range(end - 2, start - 1, -1):
        if toks[j].text in LEX.predicate_opening_quotes:
            return (j + 1, end - 1) if end - 1 > j + 1 else None
    return None


def _quoted_object(toks: Sequence[Token], quoted: SentRange) -> SentRange | None:
    """A quotation closing a reported verb's content is the speaker's words when it is
    the head of its phrase ('sprach von einer „vollständigen Zerstörung“', 'rechnen mit
    „sehr ergiebigen Niederschlägen“'), not a name after a noun ('warnt vor der Pille
    „Slim Fast“')."""
    before = quoted[0] - 2  # the token before the opening mark
    if before >= 0 and toks[before].tag_ in NOUN_TAGS:
        return None
    return quoted


def _als_quotation(toks: Sequence[Token], finite: int, k: int) -> SentRange | None:
    """The quotation a cue verb predicates with 'als' in its clause ('bezeichnete den Fund
    als „unerwartetes Geschenk“', 'wurde von Kennern als „Meilenstein“ bezeichnet', 'wies
    den Vorwurf als „absurd“ zurück'): the speaker's words, without their marks."""
    fronted = _fronted_als_quotation(toks, finite)
    if fronted is not None:
        return fronted
    end = _clause_stop(toks, k + 1) if k == finite else k
    for j in range(finite + 1, end):
        if toks[j].lower_ != "als":
            continue
        q = j + 1
        while q < len(toks) and toks[q].tag_ in LEX.quoted_name_determiner_tags:
            q += 1  # "als das „größte Ereignis“"
        if q >= len(toks) or toks[q].text not in LEX.predicate_opening_quotes:
            return None
        for c in range(q + 1, len(toks)):
            if toks[c].text in LEX.closing_quotes:
                return (q + 1, c) if c > q + 1 else None
            if toks[c].text in LEX.predicate_opening_quotes:
                break
        return None
    return None


def _fronted_als_quotation(toks: Sequence[Token], finite: int) -> SentRange | None:
    """The quotation an 'als' phrase in first position holds ('Als „unerwartetes Geschenk“
    bezeichnete die Archäologin den Fund'): the whole first position, the subject follows
    the verb."""
    if finite < 4 or toks[0].lower_ != "als":
        return None
    q = 1
    while q < finite and toks[q].tag_ in LEX.quoted_name_determiner_tags:
        q += 1
    close = finite - 1
    if toks[q].text not in LEX.predicate_opening_quotes:
        return None
    if toks[close].text not in LEX.closing_quotes:
        return None
    inner = toks[q + 1 : close]
    if not inner or any(t.text in LEX.closing_quotes for t in inner):
        return None
    return (q + 1, close)


def _reflexive_predicate(toks: Sequence[Token], k: int) -> bool:
    """'zeigte sich [besonders] besorgt', 'zeigte er sich offen', 'zeigte sich X, der
    Trainer, zufrieden': the reflexive and a predicative adjective in the verb's clause."""
    reflexive = False
    for j in range(k + 1, len(toks)):
        token = toks[j]
        if token.text in LEX.clause_stop_marks or is_finite(token):
            return False
        if token.tag_ == "PRF":
            reflexive = True
        elif reflexive and token.tag_ in LEX.predicative_tags:
            return True
    return False


def _predicate_claims(toks: list[Token], blocked: set[int]) -> list[RawClaim]:
    for k, token in enumerate(toks):
        if token.i in blocked:
            continue
        claim = None
        if token.lower_ == LEX.known_predicate and token.tag_ == "ADJD":
            claim = _known_claim(toks, k)
        elif token.lemma_ == "sein" and token.tag_ == "VAFIN":
            claim = _opinion_claim(toks, k)
        if claim is not None and not any(
            i in blocked for s, e in claim.message for i in range(s, e)
        ):
            return [claim]
    return []


def _known_claim(toks: list[Token], k: int) -> RawClaim | None:
    """'Im April wurde bekannt, dass ...', 'nachdem bekannt geworden war, dass ...', 'Wie
    gestern bekannt wurde, ...': no one is named, the clause is what became known."""
    verbs = [j for j in (k - 1, k + 1, k + 2) if 0 <= j < len(toks) and toks[j].lemma_ == "werden"]
    if not verbs:
        return None
    last = max([*verbs, k])
    while last + 1 < len(toks) and toks[last + 1].tag_ in LEX.auxiliary_finite_tags:
        last += 1  # "nachdem bekannt geworden war, dass"
    intro = _clause_intro(toks, k)
    if intro is not None and toks[intro].lower_ == "wie":
        frame = (intro, last + 1)
        message = base.outside(toks, frame)
    else:
        if intro is not None and toks[intro].tag_ in LEX.relative_tags:
            return None
        complement = _clausal_complement(toks, last + 1)
        if complement is None or toks[complement - 1].text == ":":
            return None
        message = [
            trim_punct(
                toks,
                complement,
                _through_subjunctive_clauses(toks, _clause_stop(toks, complement + 1)),
            )
        ]
    if not message or message[0][1] - message[0][0] < 2:
        return None
    return base.raw_claim(toks, message, "indirect", None, (k, k + 1), CueVerb())


def _opinion_claim(toks: list[Token], k: int) -> RawClaim | None:
    """'Die Partei ist der Meinung, dass ...', 'sind der gegenteiligen Auffassung, ...':
    the subject holds the opinion the clause states."""
    j = k + 1
    if j >= len(toks) or toks[j].lower_ != "der":
        return None
    j += 1
    while j < len(toks) and toks[j].tag_ == "ADJA":
        j += 1
    if j >= len(toks) or toks[j].text not in LEX.opinion_nouns:
        return None
    complement = _clausal_complement(toks, j + 1)
    if complement is None:
        return None
    source = _subject_of(toks, k)
    if source is None or _impersonal(toks, source):
        return None
    end = _through_subjunctive_clauses(toks, _clause_stop(toks, complement + 1))
    message = [trim_punct(toks, complement, len(toks) if toks[complement - 1].text == ":" else end)]
    if message[0][1] - message[0][0] < 2:
        return None
    return base.raw_claim(toks, message, "indirect", source, (k, j + 1), CueVerb(stwr="thought"))


def _without_own_prep(toks: Sequence[Token], source: SentRange, k: int, verb: CueVerb) -> SentRange:
    """A subject after the finite verb cut before the cue's own preposition ('hatte [das
    Ministerium] von vier Toten gesprochen', 'sprach [Angela Merkel] von einer Koalition'):
    the phrase after it is what was said, not an attribute of the speaker."""
    if source[1] < k:
        return source
    for j in range(source[0] + 1, source[1]):
        if toks[j].lower_ in verb.prep and toks[j].tag_ in LEX.prep_tags:
            return (source[0], j)
    return source


def _passive_claim(toks: list[Token], finite: int, k: int, verb: CueVerb) -> RawClaim | None:
    """'Die Forderungen wurden von X als unrealistisch bezeichnet': X is the source; 'Es
    wurde eine Summe von zehn Millionen Euro genannt': a report without one."""
    phrases = _von_phrases(toks, finite, k)
    if not phrases:
        return None  # "wurden zu Haftstrafen verurteilt": no one speaks
    agent = _passive_agent(toks, finite, k)
    rest = agent[1] if agent is not None else finite + 1
    message = [trim_punct(toks, 0, finite), trim_punct(toks, rest, k)]
    return base.raw_claim(toks, message, "reported", agent, (k, k + 1), verb)


def _passive_agent(toks: Sequence[Token], finite: int, k: int) -> SentRange | None:
    """The 'von X' of a passive cue ('wurde von der Polizei aufgefordert', 'wird vom
    Wetterdienst als hoch eingestuft'), if any; not a noun's measure ('zu einer Strafe von
    900 Euro verurteilt') nor the cue's own 'von' ('war von der Entscheidung berichtet
    worden': what was reported)."""
    verb = _cue_verb_at(toks, k)
    own = verb.prep if verb is not None else ()
    for j, phrase in _von_phrases(toks, finite, k):
        if toks[j].lower_ in own:
            return None
        measure = toks[j - 1].tag_ in NOUN_TAGS and any(
            t.tag_ in LEX.figure_tags for t in toks[phrase[0] : phrase[1]]
        )  # "eine Strafe von 900 Euro"; "wurde von zwei Schleppern begleitet" is an agent
        if not measure:
            return phrase
    return None


def _von_phrases(toks: Sequence[Token], finite: int, k: int) -> list[tuple[int, SentRange]]:
    """The 'von X' phrases between a passive's finite verb and its cue, the last first
    ("die Gefahr von Bränden vom Wetterdienst"), each with the position of its 'von'."""
    found = []
    for j in range(k - 1, finite, -1):
        if toks[j].lower_ in LEX.passive_agent_preps and toks[j].tag_ in LEX.prep_tags:
            end = np_end(toks, j + 1, attach=False)
            if end > j + 1:
                found.append((j, (j + 1, end)))
    return found


def _agentless_origin(toks: Sequence[Token], finite: int, k: int) -> SentRange | None:
    """Where a passive report without 'von X' comes from: the first position ('Aus
    Regierungskreisen wurde bestätigt, ...', 'In einem Bericht der Zeitung wurde vermutet,
    ...') or a text named in its clause ('So wird in einer Mitteilung des Vereins
    gefordert, ...')."""
    first = _origin_in_first_position(toks, finite, k)
    if first is not None:
        return first
    for j in range(finite + 1, k):
        if toks[j].lower_ in LEX.text_location_preps and toks[j].tag_ in LEX.prep_tags:
            end = np_end(toks, j + 1, attach=False)
            if end > j + 1 and _names_a_text(toks, j + 1, end):
                return (j + 1, end)
    return None


def _origin_in_first_position(toks: Sequence[Token], finite: int, k: int) -> SentRange | None:
    """The phrase of a preposition filling the first position before the finite verb, as
    the origin of a report no subject speaks: 'Aus EU-Kreisen verlautete', 'Bei der
    Agentur hieß es', 'Von Seiten der Delegation war vorgeworfen worden'; with 'in' only a
    text ('Im Bericht der Kommission war festgestellt worden'; 'In Berlin wurde gefordert'
    names a place). Not a phrase the cue ``k`` governs ('Von X wurde Auskunft verlangt':
    the one asked), nor when another full verb stands between the finite verb and the cue."""
    if finite < 2 or toks[0].tag_ not in LEX.prep_tags or _vorfeld_end(toks, 1) != finite:
        return None
    prep = toks[0].lower_
    lemma = _cue_lemma(toks, k)
    verb = _cue_verb_at(toks, k)
    governed = (*(verb.prep if verb else ()), *LEX.addressee_preps.get(lemma, ()))
    if prep in governed or (prep == "vom" and "von" in governed):
        return None
    if any(t.tag_ in LEX.full_verb_tags for t in toks[finite + 1 : k]):
        return None  # "Von X wird gesprochen und ... behauptet": another verb's phrase
    start = 2 if toks[1].lower_ in LEX.origin_fillers else 1
    if start >= finite:
        return None
    if prep in LEX.origin_preps:
        return (start, finite)
    if prep in LEX.text_location_preps and _names_a_text(toks, start, finite):
        return (start, finite)
    return None


def _names_a_text(toks: Sequence[Token], start: int, end: int) -> bool:
    """Whether the head noun of a phrase names a text: a frame noun or a text noun, or a
    compound ending in one ('Abschlussbericht', 'Pressemitteilung')."""
    head = next((t for t in toks[start:end] if t.tag_ in NOUN_TAGS), None)
    if head is None:
        return False
    nouns = LEX.frame_nouns | LEX.text_nouns
    return any(
        word in nouns or any(word.endswith(n.lower()) for n in nouns)
        for word in (head.text, head.lemma_.lower(), head.text.lower())
    )


def _wie_claim(toks: list[Token], k: int, intro: int, verb: CueVerb) -> RawClaim | None:
    """'..., wie X berichtet.' The rest of the sentence is the message."""
    source = _np_after(toks, intro + 1)
    if source is None and intro + 2 == k and _bare_name(toks[intro + 1]):
        source = (intro + 1, intro + 2)  # "wie t-online.de berichtet": a name untagged
    if source is None:
        return None
    end = _particle_end(toks, k)
    source, relay = base.relayed(source, _relay_source(toks, source[1]))
    frame = (intro, end)
    message = base.outside(toks, frame)
    if not message:
        return None
    claim = base.raw_claim(toks, message, "indirect", source, (k, k + 1), verb)
    claim.relay = base.doc_range(toks, relay)
    claim.frame = base.doc_range(toks, frame)
    return claim


def _subordinator_tagged_preposition(toks: Sequence[Token], k: int) -> int | None:
    """'Als die Trainerin erklärte, ...' with 'Als' tagged as a preposition: the clause's
    subordinator when the cue closes its clause (a fronted phrase 'Als Sprecherin sagte
    sie' has its subject after the verb instead)."""
    for j in range(k - 1, -1, -1):
        if toks[j].is_punct or is_finite(toks[j]):
            return None
        if toks[j].lower_ in LEX.adverbial_subordinators and toks[j].tag_ in LEX.prep_tags:
            if j > 0 and toks[j - 1].text != ",":
                return None
            end = k + 1
            while end < len(toks) and toks[end].tag_ in LEX.verb_cluster_tags:
                end += 1
            return j if is_finite(toks[k]) and end < len(toks) and toks[end].text == "," else None
    return None


def _adverbial_clause_claim(
    toks: list[Token], k: int, intro: int, verb: CueVerb
) -> RawClaim | None:
    """'..., indem er sagte, die Lage sei ernst.', 'Als sie erklärte, sie trete zurück,
    wurde es still.': a cue at the end of an adverbial clause with its own complement
    clause reports that clause; the speaker is the adverbial clause's subject. A clause in
    first position ends the message at the comma before the main clause's finite verb."""
    if verb.needs_prep or verb.needs_figure:
        return None
    end = k + 1
    while end < len(toks) and toks[end].tag_ in LEX.verb_cluster_tags:
        end += 1  # "nachdem sie berichtet hatte, ..."
    if not is_finite(toks[end - 1]) or end >= len(toks) or toks[end].text != ",":
        return None  # the cue must close its clause, right before the comma
    source = _np_after(toks, intro + 1)
    if source is None or source[1] > k or _impersonal(toks, source):
        return None  # "als man sagte, ...": no one speaks
    if any(t.is_punct for t in toks[source[1] : k]):
        return None  # an insertion between subject and cue: not a simple clause
    complement = _clausal_complement(toks, end)
    if complement is None:
        return None
    stop = len(toks)
    if intro == 0:
        stop = next(
            (
                m
                for m in range(complement + 1, len(toks) - 1)
                if toks[m].text == "," and is_finite(toks[m + 1])
            ),
            0,
        )
        if stop == 0:
            return None  # the main clause after the adverbial clause is not found
    message = [trim_punct(toks, complement, stop)]
    if message[0][0] >= message[0][1]:
        return None
    claim = base.raw_claim(toks, message, "indirect", source, (k, end), verb)
    claim.used |= {t.i for t in toks[k:complement]}
    return claim


def _relative_claim(toks: list[Token], k: int, intro: int, verb: CueVerb) -> RawClaim | None:
    """'..., X, die von hunderten Soldaten berichtet, die ...': source is the antecedent."""
    if intro == 0 or toks[intro - 1].text != ",":
        return None
    source = _antecedent(toks, intro - 1)
    if source is None:
        return None
    span = _reported_content(toks, (intro + 1, k), verb)
    if span is None:
        return None
    message = [span]
    after = k + 1
    if after + 1 < len(toks) and toks[after].text == "," and toks[after + 1].tag_ == "PRELS":
        message.append(trim_punct(toks, after + 1, _clause_stop(toks, after + 2)))
    return base.raw_claim(toks, message, "reported", source, (k, k + 1), verb)


def _anaphoric(
    toks: list[Token],
    earlier: list[RawClaim],
    previous: DocRange,
    blocked: set[int],
    k: int,
    verb: CueVerb,
) -> RawClaim | None:
    """'Das teilte die Feuerwehr mit.' attributes the sentence before to its source."""
    source = _np_after(toks, k + 1)
    if source is None:
        return None
    doc_source = base.doc_range(toks, source)
    cue = base.doc_range(toks, (k, k + 1))
    for claim in reversed(earlier):
        if claim.message and previous[0] <= claim.message[0][0] < previous[1]:
            if claim.source is not None:
                return None
            claim.source, claim.cue, claim.form = doc_source, cue, "indirect"
            claim.stwr, claim.cue_modality = verb.stwr, verb.modality
            claim.used |= {t.i for t in toks}
            return None
    if any(i in blocked for i in range(*previous)):
        return None
    doc = toks[0].doc
    message = trim_punct_range(doc, *previous)
    if message[0] >= message[1]:
        return None
    return RawClaim(
        message=[message],
        form="indirect",
        source=doc_source,
        cue=cue,
        stwr=verb.stwr,
        cue_modality=verb.modality,
        used={t.i for t in toks},
    )


def _anaphoric_in_sentence(
    toks: list[Token], blocked: set[int], k: int, verb: CueVerb
) -> RawClaim | None:
    """'Die Brücke bleibt gesperrt, das teilte die Stadt mit.', '... – das meint zumindest
    der Verband.': "das"/"dies" opening a main clause after a main clause stands for it; the
    cue's subject after the verb is the source, the clause before the message; a participle
    cue takes the finite auxiliary ("das hat die Stadt bestätigt")."""
    finite = k
    while finite > 0 and not is_finite(toks[finite]):
        finite -= 1
        if toks[finite].text in LEX.clause_break_marks or toks[finite].is_punct:
            return None
    j = finite - 1
    while j > 0 and toks[j].tag_ in LEX.adverbial_tags:
        j -= 1  # "das zumindest meint"
    mark = j - 1
    if (
        mark < 1
        or toks[mark].text not in LEX.anaphoric_clause_marks
        or toks[j].lower_ not in LEX.anaphoric_objects
        or toks[j].tag_ not in LEX.anaphoric_tags
        or not any(is_finite(t) for t in toks[:mark])
        or _opens_subordinate(toks, 0)
    ):
        return None
    source = _np_after(toks, finite + 1)
    if source is None or (k > finite and source[1] > k) or _impersonal(toks, source):
        return None  # "ein Kind, das sagte, ...": a relative clause
    if any(t.i in blocked for t in toks[:mark]):
        return None
    message = trim_punct_range(toks[0].doc, toks[0].i, toks[mark].i)
    if message[0] >= message[1]:
        return None
    return RawClaim(
        message=[message],
        form="indirect",
        source=base.doc_range(toks, source),
        cue=base.doc_range(toks, (k, k + 1)),
        stwr=verb.stwr,
        cue_modality=verb.modality,
        used={t.i for t in toks},
    )


# -- free indirect speech: Konjunktiv I carries the last source on ----------------------


def _free_indirect(sentences: list, used: set[int], claims: list[RawClaim]) -> list[RawClaim]:
    """Subjunctive sentences after a sourced claim continue it; a sentence in Konjunktiv I
    (not II, which is also the author's conditional) continues the last sourced claim of
    the sentences just before it even when an indicative sentence stands between them
    ('Die Kommission legte den Termin fest. Mögliche Termine seien ...'). A sentence whose
    main verb is "soll"/"sollen" continues the claim of the sentence right before it ('Die
    Ministerin stellte den Plan vor. Das Gesetz soll im Mai in Kraft treten.')."""
    found: list[RawClaim] = []
    previous_sourced: RawClaim | None = None
    recent: tuple[RawClaim, int] | None = None  # the last sourced claim, its sentence
    by_end = sorted(claims + found, key=lambda c: c.message[-1][1])
    for n, sent in enumerate(sentences):
        if any(t.i in used for t in sent):
            previous_sourced = next(
                (c for c in reversed(by_end) if c.source and c.message[-1][1] <= sent.end),
                previous_sourced,
            )
            if previous_sourced is not None:
                recent = (previous_sourced, n)
            continue
        subjunctive = any(is_subjunctive(t) or _subjunctive_ii(t) for t in sent)
        near = recent is not None and n - recent[1] <= LEX.report_reach
        sollen = (
            not subjunctive
            and (previous_sourced is not None or near)
            and _reports_with_sollen(sent)
        )
        if sollen and previous_sourced is None and recent is not None:
            previous_sourced = recent[0]  # "soll" over an indicative sentence, as Konjunktiv I
        if not (subjunctive or sollen):
            speaker = _speaker_without_claim(sent)  # "Der Minister äußerte sich am Abend."
            previous_sourced = speaker
            recent = (speaker, n) if speaker is not None else recent
            continue
        if (
            subjunctive
            and previous_sourced is None
            and recent is not None
            and n - recent[1] <= LEX.report_reach
            and any(is_subjunctive(t) for t in sent)
        ):
            previous_sourced = recent[0]  # Konjunktiv I: over an indicative sentence
        if previous_sourced is None:
            continue
        start, end = trim_punct(list(sent), 0, len(sent))
        claim = RawClaim(
            message=[(sent.start + start, sent.start + end)],
            form="free_indirect",
            source=previous_sourced.source,
            stwr=previous_sourced.stwr,
            relay=previous_sourced.relay,
            rule=SOLLEN_RULE if sollen else "",
        )
        found.append(claim)
        recent = (previous_sourced, n)
    return found


def _reports_with_sollen(sent: Span) -> bool:
    """Whether the main clause's finite verb is "soll"/"sollen" ('Das Gesetz soll im Mai in
    Kraft treten.', 'Unter den Toten soll auch ein Kind sein.'): right after a report it
    carries the report on, its plan or its hearsay; not "sollen" in a clause before the main
    one ('Als die Barrikaden beseitigt werden sollten, ...') or opening a condition ('Sollte
    ...')."""
    toks = base.words(sent)
    k = next((j for j, t in enumerate(toks) if is_finite(t)), None)
    return (
        k is not None
        and k > 0
        and toks[k].lower_ in LEX.reportative_modals
        and toks[k].tag_ == LEX.modal_finite_tag
        and _clause_intro(toks, k) is None
    )


def _speaker_without_claim(sent: Span) -> RawClaim | None:
    """The speaker of a sentence whose main verb is a verb of saying with nothing said in
    it ('Der Minister äußerte sich am Abend.', 'Die Regierung widersprach.'), as a claim
    holding the sentence, for the subjunctive sentences after it to continue; None when
    the sentence's first finite verb is no such verb or has no subject."""
    toks = base.words(sent)
    k = next((j for j, t in enumerate(toks) if is_finite(t)), None)
    if k is None or _clause_intro(toks, k) is not None:
        return None
    verb = _cue_verb_at(toks, k)
    if verb is None or verb is IMPERSONAL_CUE:
        return None
    source = _subject_of(toks, k)
    if source is None or _impersonal(toks, source) or _is_oblique_pronoun(toks, source):
        return None
    return RawClaim(
        message=[(sent.start, sent.end)],
        form="reported",
        source=base.doc_range(toks, source),
        stwr=verb.stwr,
    )


# -- helpers over one sentence's tokens (indices local to the sentence) ---------------------------


def _refine_with_parse(view: ParseView, claims: list[RawClaim]) -> None:
    """Sources cut where the parse leaves their phrase; a speech verb's parsed subject as
    the source where the rules found none (SpkAtt source F1 0.556 -> 0.592, MODELS.md).
    Only the sentences of such claims are parsed."""
    doc = view.doc
    to_cut = [c for c in claims if c.source is not None and c.source[1] - c.source[0] > 1]
    to_fill = [
        c for c in claims if c.source is None and c.cue and doc[c.cue[0]].tag_.startswith("VV")
    ]
    view.require([c.source[0] for c in to_cut if c.source] + [c.cue[0] for c in to_fill if c.cue])
    for claim in to_cut:
        if claim.source is not None and _fills_vorfeld(doc, claim.source):
            continue
        if claim.source is not None:
            start, _ = claim.source
            claim.source = (start, max(start + 1, phrase_end(view, claim.source)))
    for claim in to_fill:
        if claim.cue is not None:
            subject = subject_range(view, claim.cue[0])
            if subject is not None and not set(range(*subject)) & claim.tokens():
                if (
                    subject[1] - subject[0] == 1
                    and doc[subject[0]].lower_ in LEX.impersonal_subjects
                ):
                    continue  # "hieß es", "man geht davon aus": no one named
                if _passive(list(doc[claim.cue[0]].sent), *_finite_and_cue(doc, claim.cue[0])):
                    continue  # the subject of a passive cue is spoken of, not speaking
                claim.source = subject


def _apposition_end(doc: Doc, end: int) -> int | None:
    """End of an apposition after a name or noun ending at ``end``: ', [die] Sprecherin
    der Stadtwerke' up to the next comma or the sentence's end, without a verb of its own;
    none when a finite verb follows the phrase (', das Gesetz komme ...' opens a clause)."""
    if end < 1 or end + 1 >= len(doc) or doc[end].text != ",":
        return None
    if doc[end - 1].tag_ not in NOUN_TAGS or doc[end].sent != doc[end - 1].sent:
        return None
    sent_end = doc[end].sent.end
    first = doc[end + 1]
    if first.tag_ not in LEX.apposition_start_tags:
        return None
    if first.tag_ in LEX.determiner_tags | LEX.relative_tags and (
        end + 2 >= sent_end or doc[end + 2].tag_ not in LEX.apposition_after_article_tags
    ):
        return None  # "X, der zunächst ... bezeichnete, ...": a relative clause
    j = end + 1
    noun = False
    while j < sent_end:
        token = doc[j]
        if token.text in LEX.apposition_stop_marks or is_finite(token):
            break
        if token.tag_.startswith("V") or token.tag_ in LEX.apposition_breaking_tags:
            return None  # a clause: "sagte Müller, der Vorschlag sei gut"
        noun = noun or token.tag_ == "NN"
        j += 1
    if not noun or j == end + 1:
        return None
    if j < sent_end and is_finite(doc[j]):
        return None  # ", das Gesetz komme zu spät": the subject of a clause, no apposition
    if j < sent_end and doc[j].text == "," and j + 1 < sent_end:
        nxt = doc[j + 1]
        if nxt.tag_ in NOUN_TAGS and doc[j - 1].tag_ == "NN":
            return None  # an enumeration: "X, Sprecherin der Stadtwerke, Y ..."
    end_ = j
    while end_ > end + 1 and (
        doc[end_ - 1].is_space or (doc[end_ - 1].is_punct and doc[end_ - 1].text not in ')“"')
    ):
        end_ -= 1
    return end_


def _finite_and_cue(doc: Doc, cue: int) -> tuple[int, int]:
    """The finite verb before a cue and the cue, as indices in the cue's sentence."""
    sent = doc[cue].sent
    toks = list(sent)
    k = cue - sent.start
    finite = k if is_finite(toks[k]) else (_finite_before(toks, k) or k)
    return finite, k


def trim_punct_range(doc: Doc, start: int, end: int) -> DocRange:
    s, e = trim_punct(list(doc[start:end]), 0, end - start)
    return (start + s, start + e)


def is_subjunctive(token: Token) -> bool:
    """Whether a finite verb is in the subjunctive of reported speech (``subjunctive_form``);
    "ich erwarte" is the indicative, and in news the first person is rare base.outside quotes."""
    if not subjunctive_form(token.text, token.lemma_, token.tag_):
        return False  # asked first: most tokens are no such form, and ``sent`` is dear
    return not (token.i > token.sent.start and token.doc[token.i - 1].lower_ == "ich")


def _subjunctive_ii(token: Token) -> bool:
    """Konjunktiv II standing in for I in a continued report ('Die Dämme befänden sich
    ...', 'Die USA würden sich beteiligen', 'Sie könnten ...'): a finite form with an
    umlaut its lemma lacks, or a modal's umlauted past ('könnte', 'müssten'); the past of
    a verb with an umlaut of its own ('erklärte') is no such form."""
    if not is_finite(token):
        return False
    low, lemma = token.lower_, token.lemma_.lower()
    if low == lemma or not any(ch in LEX.umlauts for ch in low):
        return False
    if any(ch in LEX.umlauts for ch in lemma):
        # only a modal's: "erklärte", "führte", "äußerte" are the indicative past
        form = token.tag_ == LEX.modal_finite_tag and low.endswith(("te", "ten"))
    else:
        form = low.endswith(("e", "en"))
    # the first person last: ``sent`` is dear, and few tokens get this far
    return form and not (
        token.i > token.sent.start and token.doc[token.i - 1].lower_ in LEX.first_person
    )


def _is_main_verb(toks: Sequence[Token], j: int) -> bool:
    """A full verb, or a finite auxiliary with no full verb after it in the clause."""
    tag = toks[j].tag_
    if tag.startswith("VV"):
        return True
    return tag in LEX.auxiliary_finite_tags and not any(
        t.tag_.startswith("VV") for t in toks[j + 1 :]
    )


def _followed_by_es(toks: Sequence[Token], k: int) -> bool:
    """'heißt es', 'hieß es weiter', 'es heißt'."""
    return (k + 1 < len(toks) and toks[k + 1].lower_ == "es") or (
        k > 0 and toks[k - 1].lower_ == "es"
    )


def _impersonal_source(toks: Sequence[Token], finite: int) -> SentRange | None:
    """The text behind 'In der Mitteilung des WWF heißt es': the phrase after 'in', if any."""
    if finite > 1 and toks[0].lower_ in LEX.text_location_preps:
        end = np_end(toks, 1)
        if end > 1:
            return (1, end)
    return None


def _is_oblique_pronoun(toks: Sequence[Token], source: SentRange) -> bool:
    """'Ihm drohen 20 Jahre Haft': a dative or accusative pronoun is no subject."""
    start, end = source
    return (
        end - start == 1
        and toks[start].tag_ == "PPER"
        and toks[start].lower_ not in (LEX.nominative_pronouns)
    )


def _impersonal(toks: Sequence[Token], source: SentRange) -> bool:
    return source[1] - source[0] == 1 and toks[source[0]].lower_ in LEX.impersonal_subjects


def _figure_end(toks: Sequence[Token], i: int) -> int:
    """End of a bare figure at ``i`` ('[rund] 5.200', 'sieben'), or ``i`` if none."""
    j = i
    while j < len(toks) and toks[j].lower_ in LEX.degree_words:
        j += 1
    if j >= len(toks) or toks[j].tag_ not in LEX.figure_tags:
        return i
    while j < len(toks) and toks[j].tag_ in LEX.figure_tags:
        j += 1
    return j


def _passive(toks: Sequence[Token], finite: int, k: int) -> bool:
    """A participle cue under a form of 'werden': 'wurden ... verurteilt', 'wird gerechnet',
    or in the past perfect ('war ... vorgeworfen worden')."""
    if k == finite or toks[k].tag_ != "VVPP":
        return False
    perfect = k + 1 < len(toks) and toks[k + 1].lower_ == LEX.passive_participle
    return toks[finite].lemma_ == "werden" or (toks[finite].lemma_ == "sein" and perfect)


def _modal_passive(toks: Sequence[Token], finite: int, k: int) -> bool:
    """A zu-infinitive cue under a form of 'sein' ('ist als Erfolg zu werten', 'ist davon
    auszugehen'): what is to be said, by no one named."""
    zu_infinitive = toks[k].tag_ == "VVIZU" or (k > 0 and toks[k - 1].tag_ == "PTKZU")
    return k != finite and zu_infinitive and toks[finite].lemma_ == "sein"


def _cue_lemma(toks: Sequence[Token], k: int) -> str:
    """The lemma of a verb with its separated particle ('teilte ... mit' -> 'mitteilen'),
    or with the word written apart before it ('bekannt gegeben' -> 'bekanntgeben')."""
    token = toks[k]
    if k > 0 and toks[k - 1].tag_ in LEX.adverb_tags:
        joined = toks[k - 1].lower_ + token.lemma_
        if joined in LEX.cue_verbs:
            return joined
    if token.tag_ in FINITE_TAGS:
        particle = _separable_particle(toks, k)
        if particle is not None:
            return particle.lower_ + token.lemma_
    return token.lemma_


def _addressee(toks: Sequence[Token], k: int, lemma: str, taken: set[int]) -> SentRange | None:
    """Whom a cue addresses, within its clause: 'gegenüber der dpa', 'forderte von X',
    'forderte die Partner auf'. Tokens of the source and message are never the addressee."""
    end = _clause_stop(toks, k + 1)
    preps = LEX.addressee_any_verb_preps + LEX.addressee_preps.get(lemma, ())
    for j in range(k + 1, end):
        if j in taken:
            break
        if toks[j].lower_ in preps and toks[j].tag_ in LEX.addressee_prep_tags:
            np = np_end(toks, j + 1)
            if np > j + 1 and not any(i in taken for i in range(j + 1, np)):
                return (j + 1, np)
        if lemma in LEX.addressee_object_verbs and toks[j].tag_ in LEX.addressee_object_start_tags:
            np = np_end(toks, j)
            if np > j and not any(i in taken for i in range(j, np)):
                return (j, np)
            break
    return None


def _separable_particle(toks: Sequence[Token], k: int) -> Token | None:
    """The separated particle of a finite verb ('teilte ... mit', 'ließ ... offen')."""
    last: Token | None = None
    for j in range(k + 1, len(toks)):
        tag = toks[j].tag_
        if tag == "PTKVZ":
            return toks[j]
        if toks[j].text == ",":
            particle = _particle_after_apposition(toks, j)
            if particle is not None:
                return particle
            break  # "stellte im Urteil klar, dass": the word before the comma
        if toks[j].text in LEX.particle_stop_marks or tag in FINITE_TAGS:
            break
        last = toks[j]
    if (
        last is not None
        and last.tag_ in LEX.adverb_tags
        and last.lower_ + toks[k].lemma_ in LEX.cue_verbs
    ):
        return last
    return None


def _particle_after_apposition(toks: Sequence[Token], comma: int) -> Token | None:
    """The particle closing the sentence after an apposition ('teilte der Direktor der
    Behörde, Bagus Puruhito, mit.'): no finite verb and no stop mark before it."""
    end = len(toks)
    while end > comma + 1 and (toks[end - 1].is_punct or toks[end - 1].is_space):
        end -= 1  # the stop, and the line break a paragraph ends with
    if end <= comma + 2 or toks[end - 1].tag_ != "PTKVZ":
        return None
    for token in toks[comma + 1 : end - 1]:
        if token.tag_ in FINITE_TAGS or token.text in LEX.clause_stop_marks:
            return None
    return toks[end - 1]


def _particle_end(toks: Sequence[Token], k: int) -> int:
    """Position after the cue's separable particle (or after the cue)."""
    if is_finite(toks[k]):
        particle = _separable_particle(toks, k)
        if particle is not None:
            return base.position(toks, particle.i) + 1
    return k + 1


def _clause_intro(toks: Sequence[Token], k: int) -> int | None:
    """The subordinator or relative pronoun opening the clause of ``k``, if it is subordinate."""
    for j in range(k - 1, -1, -1):
        token = toks[j]
        if token.tag_ in SUBORDINATORS | LEX.relative_tags or token.lower_ == "wie":
            opens = j == 0 or toks[j - 1].text in LEX.clause_opening_marks
            if token.lower_ == "wie" and not opens:
                # "und wie X berichtet": a clause; "Einflüsse wie die Lage": a comparison
                opens = toks[j - 1].tag_ not in LEX.compared_tags
            if opens and _no_finite_between(toks, j, k) and (token.tag_ != "PWS" or j > 0):
                return j
            return None
        if token.text in LEX.clause_break_marks and j + 1 < len(toks) and is_finite(toks[j + 1]):
            if toks[0].lower_ == "wie" and _no_finite_between(toks, 0, k):
                return 0  # "Wie die Premierministerin, Anna Bligh, erklärte, ..."
            return None
        if token.tag_ in FINITE_TAGS:
            return None
    return None


def _no_finite_between(toks: Sequence[Token], a: int, b: int) -> bool:
    return not any(is_finite(toks[j]) for j in range(a + 1, b))


def _correlate_of_clause(toks: Sequence[Token], k: int, finite: int) -> bool:
    """Whether a first-position 'Das'/'Dies' stands for the clause after the subject
    ('Das kritisierte Anna Berg, das Gesetz komme zu spät'), not for the sentence before."""
    source = _np_after(toks, finite + 1)
    after = max(_particle_end(toks, k), source[1] if source is not None else 0)
    return source is not None and _clausal_complement(toks, after) is not None


def _untagged_finite(toks: Sequence[Token], k: int) -> bool:
    """Whether an infinitive-tagged cue is the finite verb: the only verb of the sentence,
    or the first, after a subject and right before its clause ('Viele Ärzte befürchten,
    dass ...', 'Die Kanadier hingegen sagen, der Pilot trage ...')."""
    if _no_finite_between(toks, -1, len(toks)):
        return True
    return (
        k > 0
        and k + 1 < len(toks)
        and toks[k + 1].text in LEX.clause_marks
        and not any(t.tag_.startswith("V") or t.tag_ == "PTKZU" for t in toks[:k])
        and np_end(toks, 0) > 0
    )


def _finite_before(toks: Sequence[Token], k: int) -> int | None:
    for j in range(k - 1, -1, -1):
        if is_finite(toks[j]):
            return j
        if toks[j].text in LEX.finite_search_stops:
            return None
    return None


def _auxiliary_before(toks: Sequence[Token], k: int) -> int | None:
    """The finite auxiliary of the clause of a verb tagged finite that closes the clause in
    the form of a participle ('hatte das Komitee betont, dass': "betont" is the
    participle), or None when the verb does not close its clause, has no participle's
    ending or no auxiliary stands before it in the clause."""
    if k + 1 < len(toks) and toks[k + 1].text not in LEX.particle_stop_marks:
        return None
    if not toks[k].lower_.endswith(LEX.participle_endings):
        return None  # "wollte ... verlangen": an infinitive after a modal
    for j in range(k - 1, -1, -1):
        token = toks[j]
        if token.text in LEX.clause_break_marks or token.tag_ in LEX.clause_boundary_tags:
            return None
        if token.tag_ == LEX.auxiliary_tag:
            return j
        if is_finite(token):
            return None
    return None


def _has_clause_before(toks: Sequence[Token], finite: int) -> bool:
    """True when a complete clause precedes the finite verb ('Die Lage sei ernst, sagte er');
    an adverbial clause ('Wenn ..., droht ihm ...') is no reported content."""
    if finite == 0 or toks[finite - 1].text not in LEX.clause_marks:
        return False
    if toks[0].lower_ in LEX.adverbial_subordinators and toks[0].tag_ not in LEX.prep_tags:
        return False  # "Wenn ..., droht": but "Seit dem 19. Juni ist ..., teilte X mit" is not
    if _subject_with_relative_clause(toks, finite) is not None:
        return False  # "Küng, der als Kritiker gilt, sagte ...": the clause is the subject's
    return any(is_finite(t) for t in toks[: finite - 1])


def _subject_with_relative_clause(toks: Sequence[Token], finite: int) -> SentRange | None:
    """A first-position noun phrase whose relative (or complement) clause ends right before
    the finite verb ('Der 84-jährige Küng, der als Kritiker des Papstes gilt, sagte';
    'Berichte, wonach ..., wurden dementiert'), without the clause."""
    end = np_end(toks, 0)
    if end == 0 or end + 1 >= finite or toks[end].text != ",":
        return None
    opener = toks[end + 1]
    opens_clause = (
        opener.lower_ in LEX.noun_complement_openers  # "Berichte, wonach ..., wurden dementiert"
        or opener.tag_ in LEX.relative_opener_tags
        or (opener.tag_ in LEX.prep_tags and toks[end + 2].tag_ == "PRELS")
    )
    if not opens_clause:
        return None
    inner = toks[end + 2 : finite - 1]
    if toks[finite - 1].text != "," or any(t.text in LEX.clause_break_marks for t in inner):
        return None
    return (0, end)


def _subject_of(toks: Sequence[Token], finite: int) -> SentRange | None:
    """Subject of a V2 clause: the first position when it is a noun phrase, else after the
    verb; a main clause joined with 'und' has its own first position ('Die Polizei übergab
    die Akten und das Gericht versprach, ...')."""
    conjoined = _conjoined_subject(toks, finite)
    if conjoined is not None:
        return conjoined
    start = 0
    while start < finite and (
        toks[start].lower_ in LEX.focus_particles or toks[start].tag_ in LEX.subject_prefix_tags
    ):
        if toks[start].tag_ == "ADV" and toks[start].lower_ not in LEX.focus_particles:
            break
        if toks[start].lower_ == "vor" and toks[start + 1].lower_ != "allem":
            break  # "Vor einigen Monaten stellten ...": a preposition, not "vor allem"
        start += 1
    if start < finite and toks[start].tag_ not in LEX.prep_tags:
        if toks[start].lower_ in OBLIQUE_ARTICLES:
            return _np_after(toks, finite + 1)  # "Den Vorwurf wies der Minister zurück"
        if (pronoun := _nominative_pronoun_after(toks, finite)) is not None:
            return (pronoun, pronoun + 1)  # "Die Tat bezeichnete er als sinnlos"
        if start == 0 and (relative := _subject_with_relative_clause(toks, finite)):
            return relative
        end = np_end(toks, start, coordination=True)
        if end >= finite - 1 and end > start:
            return (start, min(end, finite))
        after = finite + 1  # no noun phrase after the verb that must be the subject
        if (
            end > start
            and _vorfeld_end(toks, end) == finite
            and (
                np_end(toks, after) == after
                or _oblique_np_at(toks, after)
                or toks[after].lower_ in LEX.object_possible_articles
            )
        ):
            # "Die Hilfsorganisation Ärzte ohne Grenzen teilte mit", "Die Partei, die
            # Hamas, bezeichnete die Anschläge als ...": one phrase up to the verb
            return (start, finite)
    after_verb = _np_after(toks, finite + 1)
    if after_verb is not None and _oblique_np_at(toks, after_verb[0]):
        return None  # "kündigte einen Neubau an": an object, not the subject
    return after_verb


def _nominative_pronoun_after(toks: Sequence[Token], finite: int) -> int | None:
    """The position of a pronoun only a subject takes right after the finite verb, past
    adverbs ('bezeichnete [dann] er'), or None."""
    j = finite + 1
    while j < len(toks) and toks[j].tag_ in LEX.adverbial_tags:
        j += 1
    if j < len(toks) and toks[j].tag_ == "PPER" and toks[j].lower_ in LEX.nominative_only_pronouns:
        return j
    return None


def _subject_past_reflexive(toks: Sequence[Token], finite: int) -> SentRange | None:
    """The subject after a reflexive that follows the finite verb ('hatte sich [etwa] die
    Vorsitzende ... ausgesprochen'), or None. Only for a cue that reports a clause or a
    quotation: without one, a reflexive verb mostly names a stance ("sprach sich der
    Verband für X aus"), which the task leaves unannotated."""
    j = finite + 1
    while j < len(toks) and toks[j].tag_ in LEX.adverbial_tags:
        j += 1
    if j >= len(toks) or toks[j].tag_ != LEX.reflexive_tag:
        return None
    return _np_after(toks, j + 1)


def _shared_subject(toks: Sequence[Token], finite: int) -> SentRange | None:
    """The subject of the main clause a finite verb is conjoined to without a subject of its
    own ('Einer der Putschisten, X, dankte den Menschen und ergänzte, ...'): the first
    finite verb of the sentence is the only one before the conjunction, so no clause in
    between has one the verb could share ('Er sagte, die Lage sei ernst, und forderte')."""
    j = finite - 1
    while j > 0 and toks[j].tag_ in LEX.adverbial_tags:
        j -= 1
    if j <= 0 or toks[j].lower_ not in LEX.clause_conjunctions:
        return None
    finites = [i for i in range(j) if is_finite(toks[i])]
    if len(finites) != 1 or _clause_intro(toks, finites[0]) is not None:
        return None
    return _subject_of(toks, finites[0])


def _oblique_np_at(toks: Sequence[Token], i: int) -> bool:
    """Whether the phrase at ``i`` opens with an article no subject takes ('einen', 'dem')."""
    return i < len(toks) and toks[i].text in OBLIQUE_ARTICLES


def _conjoined_subject(toks: Sequence[Token], finite: int) -> SentRange | None:
    """The subject of a main clause joined to another with a conjunction, standing between
    the conjunction and the finite verb ('..., und das Gericht [seinerseits] versprach'),
    or None when no such clause holds the verb."""
    u = finite - 1
    while u > 0 and toks[u].tag_ in LEX.adverb_tags:
        u -= 1
    end = u + 1
    while u > 0 and toks[u].tag_ != "KON":
        if is_finite(toks[u]) or toks[u].text in LEX.clause_break_marks:
            return None
        u -= 1
    if u <= 0 or toks[u].lower_ not in LEX.clause_conjunctions:
        return None
    if not any(is_finite(t) for t in toks[:u]) or toks[u + 1].text in OBLIQUE_ARTICLES:
        return None  # no clause before the conjunction; "und den Plan lehnte X ab"
    if np_end(toks, u + 1) != end or end <= u + 1:
        return None
    return (u + 1, end)


def _fronted_object(
    toks: Sequence[Token], finite: int, source: SentRange | None
) -> SentRange | None:
    """The object in first position when the subject follows the verb: 'Den Vorwurf
    wies der Minister zurück' -> 'Den Vorwurf'."""
    if source is None or source[0] <= finite:
        return None
    if toks[0].lower_ not in OBLIQUE_ARTICLES and _nominative_pronoun_after(toks, finite) is None:
        return None  # "Die Tat bezeichnete er als sinnlos": the pronoun is the subject
    end = np_end(toks, 0, coordination=True)
    return (0, end) if end == finite else None


def _np_after(toks: Sequence[Token], i: int) -> SentRange | None:
    """The noun phrase after position ``i``, skipping adverbs ('sagte gestern der Minister'),
    with a conjoined one ('teilten Polizei und Feuerwehr mit')."""
    while i < len(toks) and toks[i].tag_ in LEX.adverbial_tags:
        i += 1
    end = np_end(toks, i, coordination=True)  # "sagten Jan Ott und Eva Berg"
    return (i, end) if end > i else None


def _antecedent(toks: Sequence[Token], comma: int) -> SentRange | None:
    """The noun phrase ending right before ``comma`` (the antecedent of a relative clause)."""
    end = comma
    # skip a verb cluster or particle the clause was moved behind ('ISW unterstützt, die
    # ...', 'wies Berichte zurück, wonach ...')
    while end > 0 and toks[end - 1].tag_ in LEX.verb_cluster_tags:  # fmt: skip
        end -= 1
    if end == 0 or toks[end - 1].tag_ not in NOUN_TAGS:
        return None
    start = end - 1
    while start > 0 and toks[start - 1].tag_ in NOUN_TAGS | LEX.antecedent_modifier_tags:
        start -= 1
    return (start, end)


def _clausal_complement(toks: Sequence[Token], after: int) -> int | None:
    """Start of a clause complementing the cue: ', dass ...', ', er sei ...', ': ...'."""
    n = len(toks)
    j = after
    limit = min(n, after + 8)  # a few adverbials may come between cue and comma
    while j < limit and toks[j].text not in LEX.clause_marks:
        if is_finite(toks[j]) or toks[j].text in LEX.complement_stop_marks:
            return None
        if (
            toks[j].tag_ in LEX.coordination_tags
            and j + 1 < n
            and toks[j + 1].tag_ in LEX.full_verb_tags
        ):
            return None  # "hat sich ausgesprochen und behauptet, ...": the other verb's clause
        j += 1
    if j >= limit or j + 1 >= n:
        return None
    for _ in range(LEX.inserted_phrases):  # ", einem Boulevardblatt, die Lage sei ..."
        after_insert = _inserted_phrase_end(toks, j)
        if after_insert is None:
            break
        j = after_insert
    nxt = toks[j + 1]
    if toks[j].text == ":":
        return j + 1
    if nxt.lower_ in LEX.clause_conjunctions:
        return None  # ", und UNICEF rief ... auf": a main clause of its own, not what was said
    if nxt.lower_ in LEX.reported_clause_openers:
        return j + 1
    if nxt.lower_ in LEX.adverbial_subordinators:
        return None  # ", da ...", ", weil ...": a reason or a time, not what was said
    if j + 2 < n and (nxt.lower_, toks[j + 2].lower_) in LEX.two_word_subordinators:
        return None  # ", so dass ...": a consequence, as "sodass"
    if _opens_relative_clause(toks, j + 1):
        return None  # "kündigte einen Neubau an, der ... soll": about the object
    # a main clause in reported speech (finite verb in second position) or a zu-infinitive
    for m in range(j + 1, min(n, j + 14)):
        if is_finite(toks[m]):
            return j + 1 if m > j + 1 else None
        if toks[m].tag_ == "VVIZU" or (toks[m].tag_ == "PTKZU" and m > j + 1):
            return j + 1
        if toks[m].text in LEX.clause_end_marks:
            return None
    return None


def _reports_on_its_own(
    toks: Sequence[Token],
    finite: int,
    complement: int,
    source: SentRange | None,
    *,
    passive: bool = False,
) -> bool:
    """Whether the main clause after a cue's comma is a report of its own, not the cue's
    content: the cue has its object before the comma ('Die Gewerkschaft lobte [den
    Kompromiss], ...') and the clause's finite verb is a verb of saying in the indicative
    ('..., der Verband [kritisierte] dagegen, ...'); '..., er [glaube], ...' is reported,
    and so is '... teilte mit, Zeugen berichten von ...' (no object before the comma). A
    passive cue's subject is its object ('Der Plan wird begrüßt, ...')."""
    m = next((i for i in range(complement, len(toks)) if is_finite(toks[i])), None)
    if m is None or m == complement or toks[complement].lower_ in LEX.reported_clause_openers:
        return False
    token = toks[m]
    if _cue_verb_at(toks, m) is None or is_subjunctive(token) or _subjunctive_ii(token):
        return False
    return passive or _has_object(toks, finite, complement - 1, source)


def _has_object(toks: Sequence[Token], finite: int, comma: int, source: SentRange | None) -> bool:
    """Whether a noun phrase other than the source, and not inside a prepositional phrase,
    stands between the finite verb and the comma ('lobte den Kompromiss,', 'kündigte
    Hilfen an,'); 'teilte am Abend mit,' has none."""
    i = finite + 1
    while i < comma:
        if source is not None and source[0] <= i < source[1]:
            i = source[1]
            continue
        if toks[i].tag_ in LEX.prep_tags:
            i = max(np_end(toks, i + 1), i + 1)
            continue
        if toks[i].tag_ in LEX.content_start_tags:
            return True
        i += 1
    return False


def _inserted_phrase_end(toks: Sequence[Token], comma: int) -> int | None:
    """The comma closing a phrase inserted after ``comma`` before the cue's clause: an
    apposition (', einem Boulevardblatt,') or a relative clause (', die auf ihrer Homepage
    veröffentlicht wurde,') when another clause follows it; None otherwise."""
    n = len(toks)
    if toks[comma].text != "," or comma + 2 >= n or comma == 0:
        return None
    if toks[comma - 1].tag_ not in NOUN_TAGS and toks[comma - 1].text not in LEX.closing_marks:
        return None  # "sagte, der Vorschlag, ...": no noun the phrase could belong to
    first = toks[comma + 1]
    relative = first.tag_ in LEX.relative_opener_tags or (
        first.tag_ in LEX.prep_tags and toks[comma + 2].tag_ == "PRELS"
    )
    if not relative and first.tag_ not in LEX.apposition_start_tags:
        return None
    for m in range(comma + 1, min(n, comma + 16)):
        if toks[m].text in LEX.clause_stop_marks:
            return None
        if is_finite(toks[m]) and not relative:
            return None  # ", die Lage sei ernst": the clause itself
        if toks[m].text == ",":
            return m if m + 1 < n and m > comma + 1 else None
    return None


def _opens_relative_clause(toks: Sequence[Token], i: int) -> bool:
    """A relative clause at ``i`` ('der ... soll', 'von dem ... sprach'): a relative
    pronoun whose clause ends on its finite verb. An article the tagger took for one opens
    a main clause ('erklärte, der in der Nacht ausgebrochene Brand sei gelöscht')."""
    if i < len(toks) and toks[i].tag_ in LEX.prep_tags:
        i += 1
    if i + 1 >= len(toks) or toks[i].tag_ != "PRELS" or toks[i + 1].tag_ in NOUN_TAGS:
        return False
    for j in range(i + 1, len(toks)):
        if is_finite(toks[j]):
            return j + 1 >= len(toks) or toks[j + 1].is_punct
    return False


def _wonach_claims(toks: list[Token]) -> list[RawClaim]:
    """'Berichte, wonach ein Staudamm gebrochen sei': the noun before the comma is the
    source of the clause (nested when a speech verb's message holds it)."""
    claims = []
    for k, token in enumerate(toks):
        if token.lower_ != "wonach" or k < 2 or toks[k - 1].text != ",":
            continue
        source = _antecedent(toks, k - 1)
        if source is None:
            continue
        end = _through_subjunctive_clauses(toks, _clause_stop(toks, k + 1))
        message = trim_punct(toks, k + 1, end)
        if message[1] - message[0] < 2:
            continue
        claims.append(
            RawClaim(
                message=[r for r in (base.doc_range(toks, message),) if r],
                form="indirect",
                source=base.doc_range(toks, source),
                cue=base.doc_range(toks, (k, k + 1)),
                stwr="speech",
            )
        )
    return claims


def _clause_stop(toks: Sequence[Token], i: int) -> int:
    for j in range(i, len(toks)):
        if toks[j].text in LEX.clause_stop_marks:
            return j
        if (
            toks[j].text == ","
            and j + 1 < len(toks)
            and (
                toks[j + 1].tag_ in SUBORDINATORS | LEX.clause_opener_tags
                or is_finite(toks[j + 1])
                or _main_clause_at(toks, j + 1)
            )
        ):
            return j
    return len(toks)


def _main_clause_at(toks: Sequence[Token], i: int) -> bool:
    """A main clause opening at ``i``: a noun phrase and right after it a finite verb in
    the indicative ('..., der Verband kritisierte dagegen ...'); a subjunctive one
    ('..., die Kosten seien zu hoch') is reported speech that goes on."""
    end = np_end(toks, i)
    return (
        end > i
        and end < len(toks)
        and is_finite(toks[end])
        and not is_subjunctive(toks[end])
        and not _subjunctive_ii(toks[end])
    )


def _through_subjunctive_clauses(toks: Sequence[Token], stop: int) -> int:
    """Extend a clause end over following clauses in Konjunktiv I (still reported)."""
    while stop < len(toks) and toks[stop].text == ",":
        end = _clause_stop(toks, stop + 1)
        if not any(is_subjunctive(t) for t in toks[stop + 1 : end]):
            break
        stop = end
    return stop


_ALS_PREDICATE_TAGS = frozenset({"ADJD", "ADV", "PTKA", "PTKNEG", "KON", "$,"})


def _predicate_of_als(toks: Sequence[Token], start: int, i: int) -> bool:
    """Whether token ``i`` ends the predicate of an "als" ("als zu teuer", "als spät und vage")."""
    j = i - 1
    while j >= start and toks[j].tag_ in _ALS_PREDICATE_TAGS:
        j -= 1
    return j >= start and toks[j].lower_ == "als"


def _reported_content(
    toks: Sequence[Token], region: SentRange, verb: CueVerb, to_end: bool = False
) -> SentRange | None:
    """The noun or prepositional phrase a verb of saying names ('äußerte Besorgnis über X').

    With ``to_end`` (the cue is the finite verb and its object follows it) the phrase runs
    from its first word to the end of the clause.
    """
    start, end = region
    start, end = trim_punct(toks, start, end)
    if start >= end:
        return None
    if to_end:
        while (
            end > start
            and toks[end - 1].tag_ in LEX.adverbial_tags
            and not _predicate_of_als(toks, start, end - 1)
        ):
            end -= 1  # not the predicate of "als" ("stufte das Gesetz als verfassungswidrig ein")
        while (
            start < end
            and toks[start].tag_ in LEX.adverb_tags
            and toks[start].lower_ not in (LEX.degree_words)
        ):
            start += 1  # "meldete [am Montag] dagegen ..." - a leading adverbial is no content
        q = start
        while q < end:
            tag = toks[q].tag_
            if tag in LEX.prep_tags:
                if toks[q].lower_ in verb.prep:
                    return (q, end)
                # an adverbial phrase: skip it, not what it attaches ("berichtet [in ihrer
                # Nachricht] von 50 Nationen": the cue's own preposition follows it)
                q = max(np_end(toks, q + 1, attach=False), q + 1)
                continue
            if tag in LEX.content_start_tags:
                while q > start and toks[q - 1].lower_ in LEX.degree_words:
                    q -= 1  # "mindestens 52 Tote", "mehr als 400"
                return (q, end)
            q += 1
        return None
    end = _before_negation(toks, start, end)  # "wollte den Bericht [nicht] kommentieren"
    q, fresh = start, True  # fresh: a phrase may start at q (not inside the one before)
    while q < end:
        tag = toks[q].tag_
        if tag in LEX.prep_tags and toks[q].lower_ in verb.prep and _np_reaches(toks, q + 1, end):
            return (q, end)  # "hatte zuvor [von fünf Verletzten] gesprochen"
        if tag in LEX.prep_tags and fresh and q + 1 < end and toks[q].lower_ not in verb.prep:
            skip = np_end(toks, q + 1, attach=False)
            if skip > q + 1:  # "hatte [zu dem Thema] Aufklärung gefordert": an adverbial
                q = skip
                continue
        if tag not in LEX.content_start_tags or (
            not fresh
            and (
                toks[q - 1].tag_ in LEX.content_inner_tags
                or (
                    toks[q - 1].tag_ in NOUN_TAGS
                    and (tag not in LEX.determiner_tags or toks[q].lower_ in GENITIVE_ARTICLES)
                )  # a genitive attribute of the noun before, not an object of its own
            )
        ):
            fresh = tag in LEX.adverb_tags
            q += 1
            continue
        if _np_reaches(toks, q, end):
            return (q, end)
        fresh = False
        q += 1
    for j in range(start, end):
        if toks[j].lower_ in verb.prep and toks[j].tag_ in LEX.prep_tags:
            return trim_punct(toks, j, end)
    return None


def _before_negation(toks: Sequence[Token], start: int, end: int) -> int:
    """``end`` before a negation that closes the region before a cue ('den Bericht nicht',
    'die Zahl weder', 'die Zahl weder bestätigt noch'): the negation is the cue's."""
    neither, nor = LEX.neither_nor
    if end - start > 3 and toks[end - 1].lower_ == nor and toks[end - 3].lower_ == neither:
        return end - 3
    while end > start and (
        toks[end - 1].tag_ in LEX.negation_tags or toks[end - 1].lower_ == neither
    ):
        end -= 1
    return end


def _np_reaches(toks: Sequence[Token], q: int, end: int) -> bool:
    """Whether a noun phrase (with attached phrases) from ``q`` runs to ``end``."""
    j = np_end(toks, q)
    while j < end and j > q:
        if toks[j].tag_ in LEX.prep_tags:
            nxt = np_end(toks, j + 1)
            if nxt <= j + 1:
                nxt = _figure_end(toks, j + 1)  # "die Zahl der Toten [auf sieben]"
            if nxt <= j + 1:
                return False
            j = nxt
            continue
        if toks[j].text == "," or toks[j].tag_ in LEX.coordination_tags:
            nxt = np_end(toks, j + 1)
            if nxt <= j + 1:
                return False
            j = nxt
            continue
        if toks[j].tag_ in LEX.adverb_tags and j + 1 < end:
            j += 1  # "die Regierung [erneut] zur Kooperation aufgefordert"
            continue
        return False
    return j == end and j > q


def _anaphoric_first_position(toks: Sequence[Token], finite: int) -> bool:
    """'Das/Dies' alone before the finite verb: the verb reports the sentence before."""
    return (
        finite == 1
        and toks[0].lower_ in LEX.anaphoric_objects
        and toks[0].tag_ in LEX.anaphoric_tags
    )


def _is_anaphoric(toks: Sequence[Token], region: SentRange) -> bool:
    words = [t for t in toks[region[0] : region[1]] if not t.is_punct]
    return (
        bool(words)
        and all(
            t.lower_ in LEX.anaphoric_objects or t.tag_ in LEX.anaphoric_phrase_tags for t in words
        )
        and any(t.lower_ in LEX.anaphoric_objects for t in words)
    )


def _relay_source(toks: Sequence[Token], i: int) -> SentRange | None:
    """'unter Berufung auf X' right after position ``i``: X is the real source."""
    for marker in LEX.relay_markers:
        for j in range(i, min(len(toks), i + 6)):
            words = [t.text.lower() for t in toks[j : j + len(marker)]]
            if words == [m.lower() for m in marker]:
                end = np_end(toks, j + len(marker))
                if end > j + len(marker):
                    return (j + len(marker), end)
    return None


def _possessive(token: Token) -> bool:
    """A possessive before a frame noun: 'seinen', 'ihren', 'dessen', 'deren'."""
    return token.tag_ in LEX.possessive_tags or token.lower_ in LEX.possessive_relatives


def _saxon_genitive(toks: Sequence[Token], j: int) -> bool:
    """A name in the genitive right before a frame noun: 'nach [Merkels] Worten', 'laut
    [Googles] Angaben'."""
    return (
        toks[j].tag_ in LEX.name_tags
        and toks[j].text.endswith("s")
        and j + 1 < len(toks)
        and (toks[j + 1].text in LEX.frame_nouns or toks[j + 1].lemma_ in LEX.frame_nouns)
    )


def _prep_frame(toks: list[Token], k: int, prep: str) -> base.FrameMatch | None:
    """'nach Angaben des X' / 'laut X' / 'laut einem Bericht der X'."""
    n = len(toks)
    j = k + 1
    possessive = None
    while j < n and (
        toks[j].tag_ in LEX.frame_noun_modifier_tags
        or _possessive(toks[j])
        or _saxon_genitive(toks, j)
    ):
        if _possessive(toks[j]) or _saxon_genitive(toks, j):
            possessive = j  # "nach seinen Angaben", "nach dessen Angaben", "nach Grupps Meinung"
        j += 1
    if j >= n:
        return None
    noun = toks[j]
    is_frame_noun = noun.text in LEX.frame_nouns or noun.lemma_ in LEX.frame_nouns
    compound = not is_frame_noun and any(
        word.endswith(f.lower()) and len(word) > len(f) + 2
        for f in LEX.frame_nouns
        for word in (noun.text, noun.lemma_)
    )  # "nach Medienberichten" (lemma "Medienbericht")
    if is_frame_noun:
        cue = (k, j + 1)
        nxt = j + 1
        by_von = nxt < n and toks[nxt].lower_ in LEX.frame_source_preps
        if by_von:
            nxt += 0 if toks[nxt].lower_ == "vom" else 1  # "von der Polizei", "aus Khartum"
        attach = k == 0  # mid-sentence: "nach Angaben der Polizei [zu Rangeleien]"
        if possessive is not None:  # "nach seinen Angaben": no genitive can follow
            return base.FrameMatch(cue, (possessive, possessive + 1), cue)
        if any(t.lower_ in LEX.reflexive_frame_words for t in toks[k:j]):
            return base.FrameMatch(cue, None, cue)  # "nach eigenen Angaben vom Montag"
        if nxt < n and toks[nxt].lower_ == "vom":
            source_end = np_end(toks, nxt + 1, attach=attach)
            source = (nxt + 1, source_end) if source_end > nxt + 1 else None
        elif nxt < n and (by_von or _opens_genitive(toks[nxt])):
            source_end = np_end(toks, nxt, attach=attach)
            if by_von:
                source_end = _bare_noun_end(toks, k, nxt, source_end)
            source = (nxt, source_end) if source_end > nxt and nxt > j else None
        else:
            source = None  # "laut den Angaben [zwei Touristen] ...": the next phrase is no source
        if source is None:
            return base.FrameMatch(cue, None, cue)  # "Nach ersten Informationen ...": no source
        return base.FrameMatch(cue, source, (k, source[1]))
    if compound and noun.tag_ == "NN":
        return base.FrameMatch((k, j + 1), (j, j + 1), (k, j + 1))
    if prep in LEX.bare_source_preps:
        quoted = _quoted_title_end(toks, k + 1)
        if quoted is not None:  # "laut „Welt“", "laut „tagesschau.de“": a paper by its title
            return base.FrameMatch((k, k + 1), (k + 1, quoted), (k, quoted))
        end = np_end(toks, k + 1, attach=k == 0)
        if end <= k + 1 and k + 1 < n and _bare_name(toks[k + 1]):
            end = k + 2  # "laut el-Baradei", "laut bildblog.de": a name the tagger missed
        if end <= k + 1:
            return None
        end = _bare_noun_end(toks, k, k + 1, end)
        return base.FrameMatch((k, k + 1), (k + 1, end), (k, end))
    return None


def _quoted_title_end(toks: Sequence[Token], i: int) -> int | None:
    """The end of a short title in quotation marks at ``i`` ('„Welt“', '„tagesschau.de“'),
    without a finite verb in it; None when no such title starts there."""
    if i >= len(toks) or toks[i].text not in LEX.predicate_opening_quotes:
        return None
    for j in range(i + 1, min(len(toks), i + LEX.quoted_title_reach)):
        if toks[j].text in LEX.closing_quotes:
            words = toks[i + 1 : j]
            return j + 1 if words and not any(is_finite(t) for t in words) else None
    return None


def _bare_noun_end(toks: Sequence[Token], k: int, start: int, end: int) -> int:
    """The end of a frame source that is a bare noun ('laut Ministerium', 'von ai') after
    the finite verb: a second bare common noun right after it opens the clause's own
    phrase ('waren laut Ministerium Arbeiten an der Leitung'), it is no part of the
    source. In first position the phrase runs to the verb ('Laut Stiftung Warentest sind')."""
    if not any(is_finite(t) for t in toks[:k]) or end - start < 2:
        return end
    second = toks[start + 1]
    if second.text.endswith(".") or (end - start > 2 and toks[start + 2].tag_ in LEX.name_tags):
        return end  # "laut Klinikdirektor Prof. Dr. Jan Ott": titles before a name
    if toks[start].tag_ in LEX.name_tags | {"NN"} and second.tag_ == "NN":
        return start + 1
    return end


def _opens_genitive(token: Token) -> bool:
    """Whether a phrase after a frame noun can be its genitive attribute: 'Angaben [der
    Polizei]', 'Angaben [Moskaus]', 'Angaben [amerikanischer] Behörden'."""
    if token.lower_ in GENITIVE_ARTICLES or token.tag_ in LEX.name_tags:
        return True
    return token.tag_ in LEX.genitive_modifier_tags and token.lower_.endswith(LEX.genitive_endings)


def _bare_name(token: Token) -> bool:
    return (
        not token.is_punct
        and token.tag_ not in FINITE_TAGS | LEX.not_name_tags
        and any(ch.isalpha() for ch in token.text)
    )


def _so_frame(toks: list[Token], k: int) -> base.FrameMatch | None:
    """'..., so der Minister.' / '..., so das Ergebnis einer Studie weiter.'"""
    end = np_end(toks, k + 1)
    if end > k + 1 and (apposition := _apposition_end(toks[0].doc, toks[end].i)) is not None:
        end = base.position(toks, apposition)  # "..., so Anna Berg, die Leiterin der Fachstelle."
    rest = [
        t
        for t in toks[end:]
        if not (t.is_punct or t.is_space) and t.lower_ not in LEX.so_frame_trailing
    ]
    if end <= k + 1 or rest or not any(is_finite(t) for t in toks[: k - 1]):
        return None
    return base.FrameMatch((k, k + 1), (k + 1, end), (k - 1, len(toks)))


def _so_verb_frame(toks: list[Token], k: int) -> base.FrameMatch | None:
    """'..., so schätzen die Forscher.' / '..., so betont auch die Polizei, ist ...': a finite
    cue verb right after the frame's 'so', its subject after it; the message is the clause
    before and, when the frame is inserted, the rest after it."""
    j = k + 1
    if j >= len(toks) or not is_finite(toks[j]) or (verb := _cue_verb_at(toks, j)) is None:
        return None
    start = j + 1
    while start < len(toks) and toks[start].tag_ in LEX.adverb_tags:
        start += 1  # "so betont auch die Polizei"
    end = np_end(toks, start)
    if end <= start:
        return None
    if any(not (t.is_punct or t.is_space) for t in toks[end:]) and toks[end].text != ",":
        return None  # "so schätzen die Forscher die Lage ein": not a frame
    if not any(is_finite(t) for t in toks[: k - 1] + toks[end:]):
        return None  # no clause to attribute, before the frame or after it
    return base.FrameMatch((k, j + 1), (start, end), (k - 1, end), verb.stwr)


def _so_inserted_frame(toks: list[Token], k: int) -> base.FrameMatch | None:
    """'Die Lage sei, so der Minister, ernst.', 'Dennoch, so X, habe ...', '... – so der
    Vorwurf – ...': "so" and a noun phrase set off by commas or dashes inside the clause
    they attribute; the message is the clause around them. Not "so auch X", "so etwa X"
    (as X did, for example X)."""
    if toks[k + 1].tag_ in LEX.adverb_tags:
        return None
    end = np_end(toks, k + 1)
    if end <= k + 1 or end + 1 >= len(toks):
        return None
    if toks[end].text != "," and toks[end].text not in LEX.insertion_marks:
        return None
    if toks[k - 1].text in LEX.insertion_marks and toks[end].text not in LEX.insertion_marks:
        return None  # a dash opens the insertion, a dash closes it
    if not any(is_finite(t) for t in toks[: k - 1] + toks[end + 1 :]):
        return None  # no clause to attribute
    return base.FrameMatch((k, k + 1), (k + 1, end), (k - 1, end + 1))


def _postposed_frame(toks: list[Token], k: int) -> base.FrameMatch | None:
    """'Seiner Meinung nach', 'Dem Vernehmen nach': the frame noun stands before 'nach'."""
    if k == 0 or toks[k - 1].text not in LEX.frame_nouns:
        return None
    start = k - 1
    while start > 0 and toks[start - 1].tag_ in LEX.postposed_frame_tags:
        start -= 1
    source = (start, start + 1) if toks[start].tag_ == "PPOSAT" else None
    return base.FrameMatch((start, k + 1), source, (start, k + 1))


def _zufolge_frame(toks: list[Token], k: int) -> base.FrameMatch | None:
    """'X zufolge' — the noun phrase before is the source."""
    np_tags = NOUN_TAGS | LEX.zufolge_np_tags | PRONOUN_SUBJECT_TAGS
    for q in range(max(0, k - 10), k):
        if toks[q].tag_ not in np_tags:
            continue
        end = np_end(toks, q)
        if end == k or (end == k - 1 and toks[k - 1].text == ","):
            q = _genitive_head_start(toks, q)
            return base.FrameMatch((k, k + 1), (q, end), (q, k + 1))
    return None


def _genitive_head_start(toks: Sequence[Token], q: int) -> int:
    """Start of the noun phrase whose genitive attribute starts at ``q`` ('[Berichten]
    verschiedener Zeitungen', '[Einer Erklärung] des Verbandes Deutscher Lehrer'), over
    every such attribute before it; ``q`` when the phrase at ``q`` is no attribute."""
    while q > 0 and toks[q - 1].tag_ in NOUN_TAGS and _opens_genitive(toks[q]):
        head = next((p for p in range(max(0, q - 6), q) if np_end(toks, p) == q), None)
        if head is None:
            break
        q = head
    return q
