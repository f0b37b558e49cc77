"""English attribution rules: who said what, over universal POS tags and lemmas.

Rules over universal POS tags (``token.pos_``) and lemmas, so any English tagger that sets
them works (HanTa's CLAWS model or a trained Penn/UD model): direct quotes with a frame
before, after or inside them ("“...,” X said. “...”"), frames ("according to X"), verbs of
saying with a clause (indirect) or a noun phrase (reported), inverted frames ("..., said
X"), relays ("Reuters reported, citing officials"), refusals ("X declined to comment").
Every other body sentence becomes an unattributed claim of the author. Words and tags
come from :data:`lexicon_en.LEXICON`; :data:`RULES` is the list. Functions over one
sentence's tokens take and return :data:`SentRange` s; claims hold :data:`DocRange` s.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc, Token

from lagebild.extract.attribution import base
from lagebild.extract.attribution.base import CueVerb, DocRange, RawClaim, SentRange
from lagebild.extract.attribution.lexicon_en import LEXICON as LEX
from lagebild.extract.chunks import opens_paragraph, quote_spans, trim_punct
from lagebild.model import Form, Stwr

MAX_QUOTE_GAP = 60  # tokens between a sourced claim and an unframed quote continuing it


# -- the rules, in the order they run ----------------------------------------------------------


@base.rule("quote")
def quotes(ctx: base.Context) -> Iterable[RawClaim]:
    """'“The situation is grave,” the minister said. “...”' / 'X said: “...”' / a
    quotation after a sourced claim continues it."""
    return base.quote_claims(
        ctx, lambda doc, q: _is_speech(doc, q, ctx.options), _quote_claim, _quote_spans
    )


@base.rule("decline", per_sentence=True)
def declines(ctx: base.Context, toks: list[Token]) -> Iterable[RawClaim]:
    """'The ministry declined to comment.' / '..., a figure X did not confirm.'"""
    return _decline_claims(toks, ctx.used, ctx.sentence_claims)


@base.rule("question", per_sentence=True)
def questions(ctx: base.Context, toks: list[Token]) -> Iterable[RawClaim]:
    """'Asked whether the ferry would run, the captain said ...': the question put."""
    return _question_claims(toks, ctx.used)


@base.rule("frame", per_sentence=True)
def frames(ctx: base.Context, toks: list[Token]) -> Iterable[RawClaim]:
    """'According to the ministry, ...' / 'according to figures from X'."""
    return _frame_claims(toks, ctx.used, ctx.sentence_claims)


@base.rule("verb", per_sentence=True)
def verbs(ctx: base.Context, toks: list[Token]) -> Iterable[RawClaim]:
    """'The minister said the troops had arrived.' / '..., X said.' / 'X denied the reports.'"""
    return _verb_claims(toks, ctx.used, ctx.sentence_claims)


@base.rule("predicate", per_sentence=True)
def predicates(ctx: base.Context, toks: list[Token]) -> Iterable[RawClaim]:
    """'The senators were sharply critical of the plan' / 'She made it clear that ...' /
    'Most voters have no idea who ...': a stance named by a phrase, not a verb of saying;
    the whole phrase is the cue, as PolNeAR marks it."""
    return _predicate_claims(toks, ctx.used)


@base.rule("noun", per_sentence=True)
def nouns(ctx: base.Context, toks: list[Token]) -> Iterable[RawClaim]:
    """'Lee repeated her claim that the count was wrong' / 'His message was: ...': a noun
    of saying with a clause, its possessor the source."""
    return _noun_claims(toks, ctx.used)


@base.rule("label", per_sentence=True)
def labels(ctx: base.Context, toks: list[Token]) -> Iterable[RawClaim]:
    """'Graham: Party's chances are slipping' (a headline) / 'LEE: Do you think ...?' (a
    transcript): a name and a colon open the sentence, the words after it are the named one's;
    read before the verbs, so a report inside the line ('Lee: Voters think ...') is part of
    the label's message."""
    return _label_claims(toks, ctx.used, _names(ctx.doc))


@base.rule("adverb", per_sentence=True)
def adverbs(ctx: base.Context, toks: list[Token]) -> Iterable[RawClaim]:
    """'The agency is reportedly weighing new fees': a report adverb in a sentence no other
    rule attributed; no speaker is named, the sentence without the adverb is the content."""
    return _adverb_claims(toks, ctx.used)


@base.rule("unattributed")
def unattributed(ctx: base.Context) -> Iterable[RawClaim]:
    """Every other body sentence (or a leading clause no claim covers): the author's."""
    return base.unattributed_claims(ctx, _trim, _uncovered_clause)


RULES = base.RuleSet(
    "en",
    (
        quotes,
        declines,
        questions,
        frames,
        labels,
        verbs,
        predicates,
        nouns,
        adverbs,
        unattributed,
    ),
    nested=lambda ctx: _nested_claims(ctx) + _relays(ctx),
)


# -- reports nested in a message -----------------------------------------------------------


def _nested_claims(ctx: base.Context) -> list[RawClaim]:
    """'The senator said polls show voters want change': 'polls show ...' is a report inside
    the senator's message. The verb rules read each attributed message again as if it were
    free; a claim they find whose cue and message lie inside it is nested there."""
    outer = [c for c in ctx.claims if c.form not in LEX.nesting_forms_out]
    if not outer:
        return []
    inside = [{i for s, e in c.message for i in range(s, e)} for c in outer]
    free = set().union(*inside)
    used = ctx.used - free
    nested: list[RawClaim] = []
    for sent in ctx.sentences:
        toks = list(sent)
        if not any(t.i in free for t in toks):
            continue
        for claim in _verb_claims(toks, used, []):
            if claim.stwr not in LEX.nested_stwr or claim.cue is None or claim.form != "indirect":
                continue
            if toks[0].doc[claim.cue[1] - 1].lemma_.lower() in LEX.attitude_verbs:
                continue
            tokens = {i for s, e in claim.message for i in range(s, e)}
            if claim.cue is not None:
                tokens |= set(range(*claim.cue))
            if any(tokens <= message for message in inside):
                claim.rule = "nested." + (claim.rule or "verb")
                nested.append(claim)
    return nested


def _relays(ctx: base.Context) -> list[RawClaim]:
    """'“...,” X said at a rally, according to the Valley Sun.': the paper relays what X
    said. X's claim keeps its source and names the paper as its relay (``relayed_by``);
    the paper's own report of it, cue "according to", its message X's whole statement,
    is a record of its own, as nested reports are (a message is not split by it)."""
    relays: list[RawClaim] = []
    for claim in ctx.claims:
        if claim.cue is None or claim.frame is not None or claim.source is None:
            continue
        if claim.form not in ("direct", "indirect") or claim.relay is not None:
            continue
        sent = ctx.doc[claim.cue[0]].sent
        toks = base.words(sent)
        if claim.form == "indirect":
            _cut_closing_relay(toks, claim)
        spans = [r for r in (claim.cue, claim.source, *claim.message) if r[1] <= sent.end]
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        at = _according_after(toks, base.position(toks, end))
        if at is None:
            continue
        frame = _according_frame(toks, at)
        if frame is None or frame.source is None:
            continue
        first = base.position(toks, start)
        message = _trim(toks, first - (1 if first > 0 and _opens_quote(toks, first - 1) else 0), at)
        if message[1] - message[0] < 2:
            continue
        relay = base.raw_claim(toks, [message], "indirect", frame.source, frame.cue, CueVerb())
        relay.frame = base.doc_range(toks, frame.frame)
        relay.stwr = claim.stwr
        relay.rule = "nested.relay"
        claim.relay = base.doc_range(toks, frame.source)
        relays.append(relay)
    return relays


def _cut_closing_relay(toks: Sequence[Token], claim: RawClaim) -> None:
    """End an indirect message before a ', according to Y' that closes it and the sentence
    ('X said the schools would reopen, according to local media'): Y relays X's claim."""
    s, e = claim.message[-1]
    first, last = base.position(toks, s), base.position(toks, e)
    for j in range(last - 3, first, -1):
        if (toks[j].lower_, toks[j + 1].lower_) != LEX.according_to:
            continue
        if _closing_relay_frame(toks, j, last) is not None:
            kept = base.doc_range(toks, _trim(toks, first, j - 1))
            if kept is not None:
                claim.message[-1] = kept
        return


def _closing_relay_frame(toks: Sequence[Token], j: int, last: int) -> base.FrameMatch | None:
    """The frame of an 'according to' at ``j`` after a comma whose named source is all that
    follows up to ``last`` (a closing frame), else None."""
    if j < 1 or toks[j - 1].text not in LEX.comma:
        return None
    frame = _according_frame(toks, j)
    if frame is None or frame.source is None:
        return None
    return frame if _trim(toks, frame.frame[1], last)[0] >= last else None


def _according_after(toks: Sequence[Token], i: int) -> int | None:
    """Position of an 'according to' closing the frame that ends at ``i`` ('X said at a
    rally, according to Y'), past phrases without a finite verb; None if none."""
    for j in range(i, min(len(toks) - 2, i + LEX.max_relay_gap)):
        if (toks[j].lower_, toks[j + 1].lower_) == LEX.according_to:
            return j
        if toks[j].text in LEX.clause_punct | LEX.semicolon or _is_finite(toks[j]):
            return None
        if toks[j].text in LEX.opening_quotes:
            return None
    return None


# -- quotations ----------------------------------------------------------------------------------


def _quote_spans(doc: Doc) -> list[DocRange]:
    """Quotations as token ranges (start of content, closing mark); a straight mark opening a
    paragraph opens a quotation even when one is open (:func:`chunks.quote_spans`)."""
    return quote_spans(
        doc,
        reopening=LEX.reopening_quotes,
        max_tokens=LEX.max_quote_tokens,
        attached_closers=LEX.attached_closers,
    )


def _closed(doc: Doc, q: DocRange) -> bool:
    """Whether quotation ``q`` ends in a closing mark (not at the end of its paragraph)."""
    return q[1] < len(doc) and doc[q[1]].text in LEX.closing_quotes


def _framed_after(doc: Doc, q: DocRange) -> bool:
    """Whether a short quotation ends in a comma and a frame follows it ('“To a point,” he
    said.'): speech even without a verb of its own."""
    close = q[1]
    if not _closed(doc, q):
        return False
    comma = close - 1 if close > 0 and doc[close - 1].text == "," else close + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return False
    return _frame_after_quote(doc, q[1] + 1) is not None


def _is_speech(doc: Doc, q: DocRange, options: base.AttributionOptions) -> bool:
    words = [t for t in doc[q[0] : q[1]] if not t.is_punct]
    if len(words) < options.min_quote_tokens:
        # '“Absolutely,” she said.': a short answer standing alone with its frame
        return bool(words) and _framed_after(doc, q) and _standalone_quote(doc, q)
    if not (any(_is_finite(t) for t in words) or len(words) >= 6 or _framed_after(doc, q)):
        return False
    return _standalone_quote(doc, q)


# -- quotations -------------------------------------------------------------------------


def _quote_claim(
    doc: Doc, q: DocRange, quotes: list[DocRange], earlier: list[RawClaim]
) -> RawClaim | None:
    after = _frame_after_quote(doc, q[1] + 1) if _closed(doc, q) else None
    frame = after or _frame_before_quote(doc, q[0] - 1)
    if frame is None and _closed(doc, q) and _inverted_frame_later(doc, q[1]):
        return None  # '“We’re alive” at the convention, he said.': the verb rule's message
    return base.quote_claim(
        doc,
        q,
        quotes,
        earlier,
        frame,
        _trim,
        continued_stwr=lambda prev: prev.stwr or "speech",
        split_gap=range(1, 3),  # “Q1,” X said, “Q2.”
        framed=_framed,
    )


def _inverted_frame_later(doc: Doc, close: int) -> bool:
    """Whether words after a quotation's closing mark run on to an inverted frame of 'say'
    closing the sentence ('“I held and hugged” grieving families, he said.'): the
    quotation and those words are that frame's message."""
    toks = base.words(doc[close].sent)
    c = base.position(toks, close)
    if c + 2 >= len(toks) or toks[c + 1].is_punct or toks[c + 1].is_sent_start:
        return False
    return any(
        toks[j].text in LEX.comma and _inverted_frame_at(toks, j + 1)
        for j in range(c + 2, len(toks) - 1)
        if not any(t.text in LEX.opening_quotes for t in toks[c + 1 : j])
    )


def _framed(doc: Doc, q: DocRange) -> bool:
    """Whether quotation ``q`` has a frame of its own after it ('“...,” Y replied')."""
    return _closed(doc, q) and _frame_after_quote(doc, q[1] + 1) is not None


def _frame_after_quote(doc: Doc, i: int) -> base.QuoteFrame | None:
    """'“...,” X said' / '“...,” said X' / '“...,” X told reporters on Tuesday.'"""
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i < len(doc) and doc[i].text in LEX.inner_closers and not doc[i - 1].whitespace_:
        i += 1  # "... with ‘we bomb them,’’’ said X": the inner quotation's mark
    if i >= len(doc):
        return None
    # '“... prison.” He added, “...”': the next sentence frames the next quote, unless it is
    # the frame alone ('“... emails.” Trump said.': a full stop typed for a comma)
    own_sentence = doc[i].is_sent_start and _ends_sentence(doc, i - 1)
    if own_sentence and not _bare_frame_sentence(doc, i):
        return None
    sent = doc[i].sent
    toks = list(doc[i : sent.end])
    off = i
    verb = _cue_at(toks, 0)
    if verb is not None:  # “...,” said X
        src = _source_after(toks, _skip_adverbs(toks, 1))
        if src is None:
            return None
        tail, stwr, relay = _frame_tail(toks, src[1], verb)
        return base.QuoteFrame(
            (off, off + 1), (off + src[0], off + src[1]), verb, off + tail, stwr, _shift(relay, off)
        )
    subj_end = _np_end(toks, 0, appositions=True)
    if subj_end == 0:
        return None
    subj_end = _age_end(toks, subj_end)
    after_subject = subj_end
    if subj_end < len(toks) and toks[subj_end].text == "," and subj_end > 2:
        after_subject += 1  # "the press secretary, Josh Earnest, said": the closing comma
    k = _skip_adverbs(toks, after_subject)
    while k < len(toks) and toks[k].pos_ == "AUX":
        k += 1
    if k >= len(toks):
        return None
    verb = _cue_at(toks, k)
    if verb is None:
        return None
    rest = _skip_object(toks, k + 1, toks[k].lemma_)
    tail, stwr, relay = _frame_tail(toks, rest, verb)
    if relay is not None and toks[k].lemma_.lower() in LEX.bare_frame_verbs:
        # '“...,” McCain said, citing low growth and inequality': the speaker's own words,
        # the participle a report of its own, not a relay
        tail, relay = _frame_tail(toks, rest, None)[0], None
        tail = next((j for j in range(rest, tail + 1) if toks[j].text == ","), tail)
    if (
        tail < len(toks)
        and toks[tail].text not in LEX.clause_punct | LEX.comma
        and toks[k].lemma_.lower() in LEX.addressee_verbs
    ):
        tail = _addressee_tail(toks, k + 1) or tail  # '“...,” X told MSNBC/UNC.'
    if tail < len(toks) and (
        toks[tail].lower_ in LEX.frame_subordinators or _participle_at(toks, tail)
    ):
        pass  # '“...,” X said when asked about it' / 'X said answering a question': the
        # frame ends before the clause
    elif tail < len(toks) and toks[tail].text not in LEX.clause_punct | LEX.comma:
        if not _adverbial_tail(toks, tail):
            return None  # the verb has content of its own: not a frame of the quote
        tail = _participle_comma(toks, tail) or _sentence_end(toks, tail)  # '“...,” X told
        # reporters at a breakfast hosted by the paper': a place or an occasion, no content
    elif (
        tail < len(toks)
        and toks[tail].text == ","
        and not _opens_quote(toks, tail + 1)
        and not _participle_at(toks, tail + 1)
        and not (tail + 1 < len(toks) and toks[tail + 1].lower_ in LEX.frame_subordinators)
    ):
        if not (tail + 1 < len(toks) and _adverbial_tail(toks, tail + 1)):
            return None  # '“...,” X said, drawing cheers' ends the frame; other clauses do not
        tail = _sentence_end(toks, tail + 1)  # '“...,” X said, in response to a question.'
    source = (off, off + _head_source_end(toks, 0, subj_end))
    return base.QuoteFrame(
        (off + after_subject, off + k + 1), source, verb, off + tail, stwr, _shift(relay, off)
    )


def _bare_frame_sentence(doc: Doc, i: int) -> bool:
    """Whether the sentence at ``i`` is a subject and a verb of saying alone ('Trump
    said.', 'the mayor told reporters.'), the frame of the quotation before it."""
    toks = list(doc[i : doc[i].sent.end])
    subj_end = _np_end(toks, 0)
    if subj_end == 0 or subj_end >= len(toks):
        return False
    k = _skip_adverbs(toks, subj_end)
    if k >= len(toks) or toks[k].lemma_.lower() not in LEX.bare_frame_verbs:
        return False
    rest = [t for t in toks[k + 1 :] if not t.is_space]
    return len(rest) == 1 and rest[0].text in LEX.clause_punct


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` closes a sentence: its final mark, or a quotation's closing mark
    right after a full stop ('... prison.”')."""
    if doc[i].text in LEX.clause_punct:
        return True
    return i > 0 and doc[i].text in LEX.closing_quotes and doc[i - 1].text == "."


def _adverbial_tail(toks: Sequence[Token], i: int) -> bool:
    """Whether a quotation's frame goes on from ``i`` with prepositional phrases only, to
    the sentence's end: no finite verb, no clause, no further quotation."""
    place = (
        i >= 2
        and toks[i - 1].text == ","
        and _pos(toks[i - 2]) == "PROPN"
        and _pos(toks[i]) == "PROPN"
    )  # "told a crowd in Berea, Ohio Tuesday night": the state after the town
    if not place and (
        toks[i].pos_ != "ADP"
        or toks[i].lower_ in LEX.complementizers | LEX.question_complementizers
    ):
        return False
    j = i
    while j < len(toks):
        t = toks[j]
        if t.lower_ in LEX.frame_subordinators and j > i:
            return True  # '... at Mission College as she sat at a table': a clause of its own
        if t.text in LEX.clause_punct and j > i:
            return True  # the sentence ends; a quotation mark after it opens the next one
        if j > i and _participle_at(toks, j) and _mark_before(toks, j, LEX.comma) is not None:
            return True  # 'X said on “Y,” adding, “...”': the participle's clause follows
        if t.text in LEX.opening_quotes and j > i:
            title = _title_end(toks, j)
            if title is not None:
                j = title + 1  # 'on CBS’s “Face the Nation.”': a show's title
                continue
        if t.text in LEX.opening_quotes or t.text in LEX.semicolon:
            return False
        if _is_finite(t) and not _agentive(toks, j) and toks[j - 1].pos_ not in LEX.determiner_pos:
            return False  # not 'in a tweet/VVB'
        j += 1
    return True


def _participle_comma(toks: Sequence[Token], i: int) -> int | None:
    """The first comma at or after ``i`` that a participle follows, also inside a closing
    quotation mark ('said on “Y,” adding ...'), before the sentence's end; None if none."""
    for j in range(i, _sentence_end(toks, i)):
        if toks[j].text not in LEX.comma and toks[j].text not in LEX.closing_quotes:
            continue
        if _participle_at(toks, j + 1) and _mark_before(toks, j + 1, LEX.comma) is not None:
            return j
    return None


def _addressee_tail(toks: Sequence[Token], i: int) -> int | None:
    """End of whom a quotation was told and where, from ``i`` to the sentence's end or a
    comma or clause after it, whatever the tagger made of the words ('told MSNBC/UNC', 'told
    The Spokesman-Review on Monday', 'told NBC’s “Today” on Monday', 'told an audience of
    academics and policy makers at the fund'); None if a finite verb or a that-clause
    comes first: the verb has content of its own."""
    j = i
    while j < len(toks):
        token = toks[j]
        if (
            token.text in LEX.clause_punct | LEX.comma
            or token.lower_ in LEX.frame_subordinators | LEX.relatives
            or (j > i and _participle_at(toks, j))
        ):
            return j if j > i else None
        if token.text in LEX.opening_quotes:
            title = _title_end(toks, j) if j > i else None
            if title is None:
                return None
            j = title + 1
            continue
        name = token.text[:1].isupper()
        if token.lower_ in LEX.complementizers or (
            token.pos_ in LEX.verb_pos and _is_finite(token) and not name
        ):
            return None
        j += 1
    return j if j > i else None


def _title_end(toks: Sequence[Token], j: int) -> int | None:
    """The closing mark of a short quoted title at ``j`` named after a possessive, a
    preposition, a determiner or a noun ('on CBS’s “Face the Nation”', 'on the podcast
    “Here’s the Thing”'); None if the mark opens no such title."""
    before = toks[j - 1]
    if not (
        before.text in LEX.possessives
        or before.pos_ in LEX.title_before_pos
        or before.lower_ in LEX.possessive_dets
    ):
        return None
    for k in range(j + 1, min(len(toks), j + LEX.max_title_tokens)):
        if toks[k].text in LEX.quote_closers:
            return k if k > j + 1 else None
    return None


def _agentive(toks: Sequence[Token], j: int) -> bool:
    """Whether a past form at ``j`` is a participle with its agent after it ('a breakfast
    hosted/VVD by the paper'), whatever its tag."""
    return toks[j].lower_.endswith("ed") and j + 1 < len(toks) and toks[j + 1].lower_ == "by"


def _sentence_end(toks: Sequence[Token], i: int) -> int:
    """The position of the sentence's closing punctuation after ``i`` (or its end)."""
    return next((j for j in range(i, len(toks)) if toks[j].text in LEX.clause_punct), len(toks))


def _frame_before_quote(doc: Doc, open_mark: int) -> base.QuoteFrame | None:
    """'X said: “...”' / 'X said, “...”' / 'X told reporters: “...”' / 'X continued:' ending
    a paragraph whose next one opens with the quotation."""
    toks = base.lead_in(doc, _colon_line_end(doc, open_mark), LEX.colon_comma)
    if toks is None:
        return None
    for j in range(len(toks) - 1, -1, -1):
        verb = _cue_at(toks, j)
        if verb is None:
            continue
        g = _group_start(toks, j)
        aspect = _aspect_start(toks, g)
        if aspect is not None:
            g = aspect  # 'X went on to say, “...”': the whole group is the cue
        subject = _subject_before(toks, g)
        if (
            subject is None
            and g > 0
            and toks[g - 1].lower_ in LEX.conjunctions
            and _is_finite_group(toks, g, j)
        ):  # 'X said he welcomed the plan and added, “...”': X adds it
            subject = _main_subject(toks, g - 1)
        if (
            subject is None
            and g == j
            and _clause_break_before(toks, g)
            and toks[j].tag_ in LEX.gerund_tags
        ):  # '“...,” he said, adding, “...”', 'X thanked the crowd, saying, “...”'
            subject = _main_subject(toks, g - 1)
        if subject is None:
            continue
        _, stwr, relay = _frame_tail(toks, j + 1, verb)
        colon = doc[toks[j].i + 1].text == ":"  # "X said: “...”": the colon closes the cue
        cue = (toks[g if aspect is not None else j].i, toks[j].i + (2 if colon else 1))
        source = base.doc_range(toks, subject)
        return base.QuoteFrame(cue, source, verb, open_mark, stwr, base.doc_range(toks, relay))
    return None


def _colon_line_end(doc: Doc, open_mark: int) -> int:
    """``open_mark``, or the line break before it when a colon ends the line above ('Cruz
    continued:' and the quotation in the next paragraph): the colon leads into it."""
    k = open_mark - 1
    if k >= 1 and doc[k].is_space and "\n" in doc[k].text and doc[k - 1].text == ":":
        return k
    return open_mark


# -- labels: "Name: words" -----------------------------------------------------------------


def _names(doc: Doc) -> frozenset[str]:
    """The words of the document's person and organisation mentions ('Sanders' for 'Bernie
    Sanders'): a capitalised word the tagger took for a common noun is a name if the
    document names someone or something by it."""
    mentions = getattr(doc._, "mentions", None) or []
    return frozenset(
        w.lower() for m in mentions if m.label in LEX.label_entity_types for w in m.text.split()
    )


def _label_claims(toks: list[Token], used: set[int], names: frozenset[str]) -> list[RawClaim]:
    """A claim when the sentence opens with a name and a colon and words follow on its line,
    or a heading and a spaced dash come first ('EXCLUSIVE – Lee: ...', 'Polls agree - Lee:
    “...”')."""
    s = 0
    while s < len(toks) and toks[s].is_space:
        s += 1
    found = _label_at(toks, s, names)
    if found is None:
        dash = next(
            (
                j
                for j in range(s + 1, min(len(toks), s + LEX.max_label_heading))
                if _spaced_dash(toks, j)
            ),
            None,
        )
        found = _label_at(toks, dash + 1, names) if dash is not None else None
    if found is None:
        return []
    s, colon = found
    if any(t.i in used for t in toks[s:]):
        return []
    end = next(
        (j for j in range(colon + 2, len(toks)) if toks[j].is_space and "\n" in toks[j].text),
        len(toks),
    )
    content = _trim(toks, colon + 1, end)
    words = [t for t in toks[content[0] : content[1]] if not t.is_punct and not t.is_space]
    speaker = all(t.text.isupper() for t in toks[s:colon] if t.is_alpha)  # "JANE LEE: ..."
    if len(words) < (LEX.min_transcript_words if speaker else LEX.min_label_words):
        return []  # "Rubio: Finish second": a heading of the author's list
    # "Lee to voters: ...", "Lee on the budget: ...": the one addressed or the topic is
    # no part of the source
    source_end = next(
        (j for j in range(s + 1, colon - 1) if toks[j].lower_ in LEX.label_addressee_joiners),
        colon,
    )
    return [
        base.raw_claim(toks, [content], "direct", (s, source_end), (colon, colon + 1), CueVerb())
    ]


def _label_at(toks: list[Token], s: int, names: frozenset[str]) -> tuple[int, int] | None:
    """(start, colon) of a label opening at ``s``: a name, a colon within a few words."""
    limit = min(len(toks), s + LEX.max_label_tokens + 1)
    colon = next((j for j in range(s + 1, limit) if toks[j].text == ":"), None)
    if colon is None or not _is_label(toks[s:colon], names):
        return None
    return s, colon


def _is_label(words: Sequence[Token], names: frozenset[str]) -> bool:
    """Whether the tokens before a colon are a name ('Bernie Sanders', 'Former AG Lee at
    the RNC', 'JANE LEE'), a report noun ('Poll') or a noun after a name ('Lee camp',
    'Herald editorial'), every word but such a head capitalised. A word the tagger does
    not know ('Okafor/UNC') is read as a name."""
    named = False
    for j, t in enumerate(words):
        inner = 0 < j < len(words) - 1
        if t.lower_ in LEX.label_joiners and inner:
            continue
        if t.text in LEX.hyphens and inner and not t.whitespace_ and not words[j - 1].whitespace_:
            continue  # "Alex Seitz-Wald"
        last = j == len(words) - 1
        if not (t.text[:1].isupper() or (last and named and t.pos_ == "NOUN")):
            return False
        if t.pos_ not in LEX.np_pos | LEX.unknown_pos and t.lower_ not in names:
            return False
        named = named or _label_name(t, names)
    head = words[-1]
    return (
        _label_name(head, names)
        or head.lower_ in LEX.frame_nouns
        or head.lower_ in LEX.channel_nouns
        or (named and len(words) > 1 and head.pos_ == "NOUN")
    )


def _label_name(t: Token, names: frozenset[str]) -> bool:
    """A name in a label: a proper noun, a word the tagger does not know, or a word of a
    person's or organisation's name in the document."""
    return t.pos_ == "PROPN" or t.pos_ in LEX.unknown_pos or t.lower_ in names


# -- stances named by a phrase: critical of, made it clear, have no idea -------------------


def _predicate_claims(toks: list[Token], used: set[int]) -> list[RawClaim]:
    for k in range(len(toks)):
        if toks[k].i in used:
            continue
        found = _predicate_at(toks, k)
        if found is None:
            continue
        g, p, preps = found
        subject = _subject_before(toks, g)
        if not _third_person(toks, subject) or (subject and _is_relative(toks, subject)):
            continue
        first = toks[p] if p < len(toks) else None
        end = _clause_end(toks, p)
        if first is None or end - p < 2:
            continue
        if first.lower_ in LEX.complementizers | LEX.question_complementizers | LEX.wh_words:
            form: Form = "indirect"
            cue_end = p
        elif first.lower_ in preps and _np_end(toks, p + 1) > p + 1:
            form, cue_end, p = "reported", p + 1, p + 1
        else:
            continue
        content = _trim(toks, p, end)
        if any(toks[i].i in used for i in range(g, content[1])):
            continue
        return [base.raw_claim(toks, [content], form, subject, (g, cue_end), LEX.stance_cue)]
    return []


def _predicate_at(toks: Sequence[Token], k: int) -> tuple[int, int, frozenset[str]] | None:
    """(start of the cue, start of what follows it, the prepositions that may open a noun
    phrase content) when a stance phrase ends at ``k``: 'be (adverbs) ADJ', 'make (it) clear',
    'have no idea'."""
    word = toks[k].lower_
    if word in LEX.stance_adjectives:
        g = _group_start(toks, k)
        if g == k or not any(toks[j].lemma_.lower() in LEX.stance_copulas for j in range(g, k)):
            return None
        return g, k + 1, LEX.stance_adjectives[word]
    if word == "clear" and k > 0:
        m = k - 2 if toks[k - 1].lower_ == "it" else k - 1
        if m >= 0 and toks[m].lemma_.lower() == "make" and toks[m].pos_ in LEX.verb_pos:
            return _group_start(toks, m), _skip_adverbials_after_clear(toks, k + 1), frozenset()
    if word == "idea" and k > 1 and toks[k - 1].lower_ == "no" and toks[k - 2].lemma_ == "have":
        return _group_start(toks, k - 2), k + 1, frozenset()
    return _light_verb_at(toks, k)


def _light_verb_at(toks: Sequence[Token], k: int) -> tuple[int, int, frozenset[str]] | None:
    """A light verb and the noun of saying at ``k`` ('made the case that', 'took aim at',
    'made no mention of'): the cue's start, where what follows starts, and the words that
    open the content."""
    word = toks[k].lower_
    for m in range(k - 1, max(-1, k - 1 - LEX.light_verb_gap), -1):
        token = toks[m]
        nouns = LEX.light_verb_nouns.get(token.lemma_.lower())
        if nouns is not None and token.pos_ in LEX.verb_pos:
            opens = nouns.get(word)
            if opens is None or k + 1 >= len(toks) or toks[k + 1].lower_ not in opens:
                return None
            p = k + 1
            if toks[p].lower_ in LEX.complementizers:
                return _group_start(toks, m), p, frozenset()
            return _group_start(toks, m), p, opens
        if not (
            token.pos_ in LEX.determiner_pos | {"ADJ", "ADV", "NUM"}
            or token.tag_ in LEX.participle_tags  # "a thinly veiled attack on"
            or token.text in LEX.comma
            or token.lower_ in LEX.possessive_dets
            or token.text == "-"
        ):
            return None
    return None


def _skip_adverbials_after_clear(toks: Sequence[Token], i: int) -> int:
    """'made clear on Monday that ...': past a time phrase to the clause."""
    j = i
    while j < len(toks) and j < i + 4 and toks[j].lower_ not in LEX.complementizers:
        if toks[j].is_punct and toks[j].text != ",":
            return i
        j += 1
    return j if j < len(toks) and toks[j].lower_ in LEX.complementizers else i


# -- nouns of saying: the claim that ------------------------------------------------------


def _noun_claims(toks: list[Token], used: set[int]) -> list[RawClaim]:
    for k in range(1, len(toks) - 2):
        token = toks[k]
        if token.i in used or token.pos_ not in LEX.head_pos:
            continue
        if token.lower_ not in LEX.saying_nouns:
            continue
        p = _skip_noun_phrase_gap(toks, k + 1)
        if toks[p].lemma_.lower() == "be" and toks[p].pos_ in LEX.verb_pos and p == k + 1:
            p += 1  # "his argument is that", "the message was:"
            if toks[p].text == ":":
                p += 1
            elif toks[p].lower_ not in LEX.complementizers:
                continue
        elif toks[p].lower_ not in LEX.complementizers or toks[p + 1].pos_ in LEX.verb_pos:
            continue  # "the message that precedes the rally": a relative clause
        end = _clause_end(toks, p)
        if not any(_is_finite(t) for t in toks[:k]):
            end = _subject_clause_end(toks, p + 1, end)  # "the claim that X was safe was rejected"
        if end - p < 3 or not any(_is_finite(t) for t in toks[p + 1 : end]):
            continue
        content = _trim(toks, p, end)
        if any(toks[i].i in used for i in range(k, content[1])):
            continue
        source = _possessor(toks, k)
        return [base.raw_claim(toks, [content], "indirect", source, (k, k + 1), CueVerb())]
    return []


def _subject_clause_end(toks: Sequence[Token], start: int, end: int) -> int:
    """End of a that-clause on a noun that is the sentence's subject: before the main
    clause's verb, the next finite verb after the clause's own with nothing that opens
    another clause between them ('Her claim that the vote was rigged has no basis');
    ``end`` where that is not clear (a verb of saying, which may take a bare clause)."""
    first = next((j for j in range(start, end) if _is_finite(toks[j])), None)
    if first is None or _cue_at(toks, first) is not None:
        return end
    for j in range(first + 1, end):
        word = toks[j]
        if word.text in LEX.comma or word.lower_ in LEX.clause_openers:
            return end
        if _is_finite(word) and toks[j - 1].pos_ != "AUX":
            return j
    return end


def _skip_noun_phrase_gap(toks: Sequence[Token], i: int) -> int:
    """Past a time phrase or a short prepositional phrase between a noun of saying and its
    'that' ('his assertion Monday that', 'her claim in a radio interview that'); ``i``
    when no 'that' follows them."""
    j = _time_phrase_end(toks, i)
    if j == i and i < len(toks) and toks[i].pos_ == "ADP" and toks[i].lower_ != "that":
        j = _np_end(toks, i + 1)
        j = j if j > i + 1 else i
    return j if i < j < len(toks) - 2 and toks[j].lower_ in LEX.complementizers else i


def _possessor(toks: Sequence[Token], k: int) -> SentRange | None:
    """Who a noun belongs to: 'his claim' (his), 'the senator's claim' (the senator)."""
    j = k - 1
    while j >= 0 and toks[j].pos_ == "ADJ":
        j -= 1
    if j < 0:
        return None
    if toks[j].lower_ in LEX.possessive_dets:
        return (j, j + 1)
    if toks[j].text in LEX.possessives and j > 0:
        start = j - 1
        while start > 0 and toks[start - 1].pos_ in LEX.np_pos:
            start -= 1
        return (start, j)
    return None


# -- report adverbs: reportedly ----------------------------------------------------------


def _adverb_claims(toks: list[Token], used: set[int]) -> list[RawClaim]:
    if any(t.i in used for t in toks):
        return []
    k = next((j for j, t in enumerate(toks) if t.lower_ in LEX.report_adverbs), None)
    if k is None:
        return []
    message = base.outside(toks, (k, k + 1), _trim)
    if not any(_is_finite(t) for s, e in message for t in toks[s:e]):
        return []
    claim = base.raw_claim(toks, message, "indirect", None, (k, k + 1), CueVerb())
    claim.cue_modality = "reportative"
    return [claim]


# -- refusals: X declined to comment -----------------------------------------------------


def _decline_claims(toks: list[Token], used: set[int], found: list[RawClaim]) -> list[RawClaim]:
    claims: list[RawClaim] = []
    for k in range(len(toks)):
        if toks[k].i in used:
            continue
        length = _decline_at(toks, k)
        if not length:
            continue
        cue = (k, k + length)
        g = _group_start(toks, k)
        negated = any(t.lower_ in LEX.negations for t in toks[g:k])
        if toks[k].lower_ in LEX.negated_only and not negated:
            continue
        subject = _subject_before(toks, g)
        if subject is None:
            continue
        end = _clause_end(toks, cue[1])
        message = (cue[1], end) if end - cue[1] >= 2 else (k, end)
        if toks[cue[1] - 1].lower_ in LEX.confirm_words:
            message = (cue[1], end) if end > cue[1] else (k, end)
        claims.append(
            base.raw_claim(
                toks,
                [_trim(toks, *message)],
                "reported",
                subject,
                cue,
                CueVerb(modality="unconfirmed"),
            )
        )
        break
    return claims


# -- questions put: Asked whether ..., X said ----------------------------------------------


_QUESTION_OPENERS = LEX.question_complementizers | LEX.question_preps | LEX.question_wh


def _question_claims(toks: list[Token], used: set[int]) -> list[RawClaim]:
    """A leading 'Asked whether/if/about ...,' (or 'When asked ...,'): the question is a
    claim of its own (no source: the one asking is not named), so the clause after it
    keeps its own frame."""
    k = 1 if len(toks) > 1 and toks[0].lower_ in LEX.frame_subordinators else 0
    if k + 2 >= len(toks) or toks[k].lower_ not in LEX.question_cues or toks[k].i in used:
        return _trailing_question(toks, used)
    asker, q = _asked_by(toks, k + 1)
    if q >= len(toks) or toks[q].lower_ not in _QUESTION_OPENERS:
        return []
    comma = next(
        (
            j
            for j in range(q + 2, len(toks) - 2)
            if toks[j].text in LEX.comma and any(_is_finite(t) for t in toks[j + 1 :])
        ),
        None,
    )
    if comma is None or any(toks[j].i in used for j in range(k, comma)):
        return []
    claim = base.raw_claim(toks, [_trim(toks, q, comma)], "indirect", asker, (k, k + 1), CueVerb())
    claim.cue_modality = "unconfirmed"
    return [claim]


def _asked_by(toks: Sequence[Token], i: int) -> tuple[SentRange | None, int]:
    """Who asks, named after 'asked' ('asked by a reporter whether', 'Asked by Ann Lee on
    Thursday about'), and where the question opens (``i`` when no one is named)."""
    n = len(toks)
    if not (i < n and toks[i].lower_ in LEX.author_preps):
        return None, i
    end = _np_end(toks, i + 1)
    if end == i + 1:
        return None, i
    j = _time_phrase_end(toks, end)
    if j == end and end + 1 < n and toks[end].pos_ == "ADP":
        after = _time_phrase_end(toks, end + 1)  # "asked by Ann Lee on Thursday about"
        j = after if after > end + 1 else end
    if j < n and toks[j].lower_ in _QUESTION_OPENERS:
        return (i + 1, end), j
    return None, i


def _trailing_question(toks: list[Token], used: set[int]) -> list[RawClaim]:
    """A question put after a frame ('“...,” X said when asked whether he would run',
    'X said no when asked about the plan'): a claim of its own to the sentence's end, no
    source, like the leading 'Asked whether ...,'."""
    for k in range(2, len(toks) - 2):
        asker, q = _asked_by(toks, k + 1)
        if (
            toks[k].lower_ not in LEX.question_cues
            or toks[k - 1].lower_ not in LEX.frame_subordinators
            or toks[q].lower_ not in _QUESTION_OPENERS
            or toks[k].i in used
        ):
            continue
        content = _trim(toks, q, _clause_end(toks, q))
        if content[1] - content[0] < 2 or any(toks[j].i in used for j in range(k, content[1])):
            continue
        claim = base.raw_claim(toks, [content], "indirect", asker, (k, k + 1), CueVerb())
        claim.cue_modality = "unconfirmed"
        return [claim]
    return []


# -- frames: according to X ---------------------------------------------------------------


def _frame_claims(toks: list[Token], used: set[int], found: list[RawClaim]) -> list[RawClaim]:
    for k in range(len(toks) - 2):
        if toks[k].i in used or (toks[k].lower_, toks[k + 1].lower_) != LEX.according_to:
            continue
        frame = _according_frame(toks, k)
        if frame is None:
            continue
        cue, source, frame_rng = frame.cue, frame.source, frame.frame
        stwr, modality = frame.stwr, frame.modality
        message = base.outside(toks, frame_rng, _trim)
        if not message or any(toks[i].i in used for s, e in message for i in range(s, e)):
            continue
        if _relayed_report_before(toks, k, used):
            continue  # the speaker's claim, relayed by the frame's source (``_relays``)
        source, relay = base.relayed(source, source and _relay_after(toks, source[1]))
        claim = base.raw_claim(toks, message, "indirect", source, cue, CueVerb(stwr=stwr))
        claim.frame = base.doc_range(toks, frame_rng)
        claim.relay = base.doc_range(toks, relay)
        claim.cue_modality = modality
        return [claim]
    frame = _channel_frame(toks)
    if frame is None:
        return []
    message = base.outside(toks, frame.frame, _trim)
    if not message or any(toks[i].i in used for s, e in message for i in range(s, e)):
        return []
    claim = base.raw_claim(
        toks, message, "indirect", frame.source, frame.cue, CueVerb(stwr=frame.stwr)
    )
    claim.frame = base.doc_range(toks, frame.frame)
    return [claim]


def _relayed_report_before(toks: list[Token], k: int, used: set[int]) -> bool:
    """Whether the clause before a closing 'according to' at ``k`` is a named speaker's
    report that runs up to it ('The mayor said the schools would reopen, according to
    local media'): the speaker is the source and the outlet its relay (DESIGN's
    ``relayed_by``), not the outlet the source of the whole sentence."""
    if k < 4 or _closing_relay_frame(toks, k, len(toks)) is None:
        return False
    comma = toks[k - 1].i
    for claim in _verb_claims(toks[: k - 1], used, []):
        if claim.source is None or claim.cue is None or claim.form not in ("direct", "indirect"):
            continue
        cue = toks[base.position(toks, claim.cue[0])].lemma_.lower()
        if cue in LEX.attitude_verbs | LEX.raising_verbs:
            continue  # 'plans to cut jobs, according to X': X's report of a plan
        if comma <= max(e for _, e in claim.message) + 1:  # a closing quote may stand between
            return True
    return False


def _channel_frame(toks: list[Token]) -> base.FrameMatch | None:
    """'In a statement, ...' / 'In an NBC poll released Monday, ...' / 'In her words, ...':
    a channel framing the clause after it that has no verb of saying of its own (else that
    verb frames it)."""
    n = len(toks)
    k = 1 if n > 1 and toks[0].lower_ in LEX.conjunctions else 0
    if any(_cue_at(toks, j) is not None for j in range(n)):
        return None
    if k >= n or toks[k].lower_ not in LEX.channel_frames:
        return _opinion_after(toks)
    end = _np_end(toks, k + 1)
    comma = _frame_comma(toks, end)
    head = end - 1
    if end == k + 1 or comma is None or toks[head].lower_ not in LEX.channel_nouns:
        phrase = _channel_phrase(toks, k)
        if phrase is None:
            return None
        head, comma = phrase
    if not any(_is_finite(t) for t in toks[comma + 1 :]):
        return None
    stwr = LEX.channel_nouns[toks[head].lower_]
    owner = _possessor(toks, head) if toks[head].lower_ in LEX.opinion_nouns else None
    if owner is not None:  # "In the mayor's view, ...": the view is the cue, its owner the source
        return base.FrameMatch((head, head + 1), owner, (k, comma + 1), stwr, None)
    return base.FrameMatch((k, k + 1), (k + 1, comma), (k, comma + 1), stwr, None)


def _channel_phrase(toks: list[Token], k: int) -> tuple[int, int] | None:
    """(channel noun, comma) of a channel phrase after 'In' at ``k`` that the noun-phrase
    reader cut short or read past ('In May's Washington Post-ABC News poll,', 'In a Register
    poll last month,'): the last channel noun of a finding (poll, survey, study, report)
    before the comma, followed by nothing, a time word, a preposition or a participle; no
    finite verb before the comma. An interview or a post is no source of what its speaker
    says in the clause ('In a post on Sunday night, Beck urged ...')."""
    limit = min(len(toks), k + 1 + LEX.max_channel_phrase)
    comma = next((j for j in range(k + 1, limit) if toks[j].text in LEX.comma), None)
    if comma is None or any(_is_finite(t) for t in toks[k + 1 : comma]):
        return None
    heads = [
        j
        for j in range(k + 1, comma)
        if toks[j].lemma_.lower() in LEX.finding_sources
        and toks[j].lower_ in LEX.channel_nouns
        and _pos(toks[j]) in LEX.head_pos
    ]
    if not heads:
        return None
    head = heads[-1]
    if head + 1 < comma:
        nxt = toks[head + 1]
        if not (
            nxt.pos_ == "ADP"
            or nxt.tag_ in LEX.participle_tags
            or nxt.lower_ in LEX.time_words | LEX.channel_dating_words
        ):
            return None  # "In the report's wake,": the channel is no frame's head
    return head, comma


def _opinion_after(toks: list[Token]) -> base.FrameMatch | None:
    """'..., in the mayor's view.' closing the sentence: the view is the cue, its owner
    the source, the clause before it the message."""
    n = len(toks)
    last = n - 1 if n > 0 and toks[-1].text in LEX.clause_punct else n
    head = last - 1
    if head < 4 or toks[head].lower_ not in LEX.opinion_nouns:
        return None
    owner = _possessor(toks, head)
    if owner is None:
        return None
    k = owner[0] - 1
    if k < 2 or toks[k].lower_ not in LEX.channel_frames or toks[k - 1].text not in LEX.comma:
        return None
    if not any(_is_finite(t) for t in toks[: k - 1]):
        return None
    stwr = LEX.channel_nouns.get(toks[head].lower_, "thought")
    return base.FrameMatch((head, head + 1), owner, (k - 1, last), stwr, None)


def _frame_comma(toks: Sequence[Token], end: int) -> int | None:
    """The comma closing a frame whose noun phrase ends at ``end``, past a short participle
    phrase ('In a poll released on Monday,')."""
    for j in range(end, min(len(toks), end + 6)):
        if toks[j].text in LEX.comma:
            return j
        if _is_finite(toks[j]) or toks[j].text in LEX.clause_punct:
            return None
        if j == end and toks[j].tag_ not in LEX.participle_tags:
            return None
    return None


# -- verbs of saying -----------------------------------------------------------------------


def _verb_claims(toks: list[Token], used: set[int], found: list[RawClaim]) -> list[RawClaim]:
    """Claims of the verbs of saying, then of the attitude verbs ('wants to', 'seems to')
    outside them: an intention inside a report's message stays part of it."""
    claims: list[RawClaim] = []
    for attitudes in (False, True):
        taken = set().union(*(c.tokens() for c in claims)) if attitudes else set()
        for k in range(len(toks)):
            if toks[k].i in used or any(toks[k].i in c.tokens() for c in claims):
                continue
            lemma = toks[k].lemma_.lower()
            passive = lemma in LEX.passive_raising_verbs and _passive(
                toks, _group_start(toks, k), k
            )
            if (lemma in LEX.attitude_verbs | LEX.raising_verbs or passive) != attitudes:
                continue
            if lemma in LEX.raising_verbs or passive:
                claim = _raising_claim(toks, k, passive=passive)
            else:
                verb = _cue_at(toks, k)
                claim = None if verb is None else _verb_claim(toks, k, verb, found + claims)
            if claim is None:
                continue
            if any(i in used or i in taken for s, e in claim.message for i in range(s, e)):
                continue
            inside = {i for s, e in claim.message for i in range(s, e)}
            # "The union hopes the strike ends, its leader said.": a report read first whose
            # words all lie in this message is part of it (the nested pass reads it again)
            claims = [c for c in claims if not c.tokens() <= inside]
            claims.append(claim)
    return claims


def _aspect_start(toks: Sequence[Token], g: int) -> int | None:
    """Start of the group of a finite verb of continuing or beginning right before the cue
    group at ``g`` ('continue to show', 'began calling', 'went on to say', 'kept saying');
    None if there is none."""
    j = g - 1
    if j >= 0 and toks[j].lower_ == "to":
        j -= 1
    particle = j >= 0 and toks[j].lower_ in LEX.aspect_particles
    if particle:
        j -= 1  # "went on to say"
    if j < 0 or toks[j].pos_ not in LEX.verb_pos:
        return None
    lemma = toks[j].lemma_.lower()
    if lemma not in (LEX.particle_aspect_verbs if particle else LEX.aspect_verbs):
        return None
    start = _group_start(toks, j)
    return start if _is_finite_group(toks, start, j) else None


def _third_person(toks: Sequence[Token], subject: SentRange | None) -> bool:
    """Whether a subject is a third person reported on: a noun phrase or he/she/they, not
    I/we/you, a relative pronoun or an indefinite pronoun ('everyone')."""
    if subject is None:
        return False
    first = toks[subject[0]].lower_
    alone = subject[1] - subject[0] == 1 and first in LEX.standalone_subjects
    return not alone and first not in LEX.speaker_pronouns | LEX.relatives


def _names_person(toks: Sequence[Token], source: SentRange | None) -> bool:
    """Whether a source is a person: 'he' or 'she', or a person's name among its words."""
    if source is None:
        return False
    words = toks[source[0] : source[1]]
    if len(words) == 1 and words[0].lower_ in LEX.person_pronouns:
        return True
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    mentions = getattr(toks[0].doc._, "mentions", None) or []
    return any(m.label == "PER" and m.start < end and start < m.end for m in mentions)


def _raising_claim(toks: list[Token], k: int, *, passive: bool = False) -> RawClaim | None:
    """'The governor seems unlikely to sign' / 'It appears that ...' / 'They appear to be
    divided': no source; the content is the subject with what is said of it (PolNeAR
    attributes these appearances as the author's inference). With ``passive``, a verb of
    saying or thinking in the passive with an infinitive or a that-clause ('The vote is
    expected to pass', 'It was reported that ...'): the speaker is not named."""
    if toks[k].pos_ not in LEX.verb_pos:
        return None
    g = _group_start(toks, k)
    if g > 0 and toks[g - 1].lower_ == "to":
        return None
    p = _skip_adverbs(toks, k + 1)
    if p < len(toks) and toks[p].text == ",":  # "It appears, though, that ..."
        close = next((j for j in range(p + 1, min(len(toks), p + 5)) if toks[j].text == ","), None)
        p = close + 1 if close is not None else p
    if p >= len(toks):
        return None
    first = toks[p]
    if passive and not (_infinitive_at(toks, p) or first.lower_ in LEX.complementizers):
        return None
    if not (
        _infinitive_at(toks, p)
        or first.lower_ in LEX.complementizers | LEX.raising_complements
        or (first.pos_ == "ADJ" and first.tag_ not in LEX.gerund_tags)
        or (first.pos_ == "ADV" and p + 1 < len(toks) and toks[p + 1].pos_ == "ADJ")
    ):
        return None
    end = _clause_end(toks, p)
    content = _trim(toks, p, end)
    if content[1] - content[0] < 1:
        return None
    if g > 0 and toks[g - 1].lower_ in LEX.expletives and (g == 1 or toks[g - 2].is_punct):
        message = [content]  # "It appears that ...": the clause alone
    else:
        subject = _subject_before(toks, g)
        if subject is None or _is_relative(toks, subject):
            return None
        message = [subject, content]
    verb = LEX.cue_verbs.get(toks[k].lemma_.lower()) if passive else None
    claim = base.raw_claim(toks, message, "indirect", None, (g, k + 1), verb or LEX.raising_cue)
    if passive:
        claim.cue_modality = verb.modality if verb and verb.modality else "reportative"
    return claim


def _cue_at(toks: Sequence[Token], k: int) -> CueVerb | None:
    token = toks[k]
    if token.pos_ not in LEX.verb_pos and token.lower_ not in LEX.untagged_cues:
        return None
    lemma = token.lemma_.lower()
    verb = LEX.cue_verbs.get(lemma)
    if verb is not None and verb.needs_figure and not _gives_figure(toks, k, verb):
        return None  # "put the plan on hold": no figure given
    if lemma in LEX.infinitive_only and not _infinitive_at(toks, _skip_adverbs(toks, k + 1)):
        return None  # "planned the attack", "refused the offer": acts
    if lemma in LEX.as_verbs and not _named_as(toks, k + 1):
        return None  # "saw him there": no judgement
    if lemma in LEX.naming_verbs and not _names_object(toks, k + 1):
        return None  # "labeled the boxes by hand": no name given
    if lemma in LEX.directive_verbs and not _directs(toks, _skip_adverbs(toks, k + 1)):
        return None  # "ordered a coffee": no directive given
    if lemma in LEX.speech_objects and not _names_speech(toks, k + 1, lemma):
        return None  # "raised taxes": no question or concern raised
    return verb


def _names_speech(toks: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether the object at ``i`` names something said ('raised concerns', 'raised the
    question whether'), a word of ``LEX.speech_objects[lemma]`` in its noun phrase."""
    i = _skip_adverbs(toks, i)
    end = _np_end(toks, i)
    words = LEX.speech_objects[lemma]
    return any(toks[j].lemma_.lower() in words for j in range(i, end))


def _directs(toks: Sequence[Token], i: int) -> bool:
    """Whether a that-clause, or an object and an infinitive, follow at ``i`` ('ordered
    that the files be released', 'ordered the troops to withdraw')."""
    if i >= len(toks):
        return False
    if toks[i].lower_ in LEX.complementizers:
        return True
    single = toks[i].lower_ in LEX.object_pronouns
    end = i + 1 if single else _np_end(toks, i)
    return end > i and _infinitive_at(toks, end)


def _names_object(toks: Sequence[Token], i: int) -> bool:
    """Whether an object and a name for it follow at ``i`` ('dubbed him “the little
    senator”', 'labeled the plan a giveaway', 'branded them as traitors')."""
    single = i < len(toks) and toks[i].lower_ in LEX.object_pronouns
    end = i + 1 if single else _np_end(toks, i)
    if end == i or end >= len(toks):
        return False
    nxt = toks[end]
    return (
        nxt.text in LEX.opening_quotes
        or nxt.lower_ == "as"
        or nxt.pos_ in LEX.determiner_pos | {"ADJ"}
    )


def _infinitive_at(toks: Sequence[Token], i: int) -> bool:
    """Whether 'to' and a verb start at ``i`` ('plans to run'; 'called on X to “stand up
    ...”', the quotation opening after 'to')."""
    if i + 1 >= len(toks) or toks[i].lower_ != "to":
        return False
    v = i + 2 if toks[i + 1].text in LEX.opening_quotes else i + 1
    return v < len(toks) and toks[v].pos_ in LEX.verb_pos and toks[v].tag_ not in LEX.gerund_tags


def _prep_cue_at(toks: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether ``toks[i]`` is a preposition that belongs to the cue ``lemma`` before it
    ('referred to', 'pointed to', 'called on the council to act'; not 'called on Monday')."""
    if i >= len(toks) or toks[i].lower_ not in LEX.prep_cues.get(lemma, ()):
        return False
    if (lemma, toks[i].lower_) not in LEX.prep_cues_with_infinitive:
        return True
    end = _np_end(toks, i + 1)
    return (
        end > i + 1
        and toks[end - 1].lower_ not in LEX.time_words
        and _infinitive_at(toks, _skip_adverbs(toks, end))
    )


def _named_as(toks: Sequence[Token], i: int) -> bool:
    """Whether a noun phrase and 'as' follow at ``i`` ('see the senator as an ally')."""
    end = _np_end(toks, i) if not (i < len(toks) and toks[i].pos_ == "PRON") else i + 1
    return i < end < len(toks) - 1 and toks[end].lower_ == "as"


def _gives_figure(toks: Sequence[Token], k: int, verb: CueVerb) -> bool:
    """Whether the cue's preposition after it opens a figure ('put the number at [about] 40')."""
    for j in range(k + 1, len(toks)):
        if toks[j].lower_ in verb.prep:
            q = _approximator_end(toks, j + 1)
            return q < len(toks) and (toks[q].pos_ in LEX.number_pos or toks[q].like_num)
    return False


def _verb_claim(
    toks: list[Token], k: int, verb: CueVerb, earlier: list[RawClaim]
) -> RawClaim | None:
    token = toks[k]
    lemma = token.lemma_.lower()
    g = _group_start(toks, k)
    aspect = _aspect_start(toks, g)
    if aspect is not None:
        g = aspect  # "polls continue to show", "began calling for": the whole group is the cue
    elif _passive(toks, g, k) or (g > 0 and toks[g - 1].lower_ == "to"):
        return None  # "was reported", "to say": no speaker of its own here
    relayed = any(token.i + 1 in c.tokens() for c in earlier)
    if lemma in LEX.relay_verbs and g > 0 and toks[g - 1].text == "," and relayed:
        return None  # "X reported, citing Y, that ...": Y's claim, X relays it
    if lemma in LEX.quote_frame_only:
        return None  # "continued to rise"; "“...,” he continued" is read with its quote
    gerund = token.tag_ in LEX.gerund_tags and not _is_finite_group(toks, g, k) and aspect is None
    channel = None
    opened = gerund and g > 0 and toks[g - 1].lower_ in LEX.gerund_openers
    absolute = _absolute_subject(toks, g) if gerund else None
    if gerund and not _clause_break_before(toks, g) and not opened and absolute is None:
        channel = _channel_object_before(toks, g)
        if channel is None:
            return None  # a gerund or participle modifier, not a speech act
        g = channel[0]  # "issued a statement saying ...": the whole phrase is the cue
    # 1. The message comes first: "..., X said." / "..., said X." / "X, Y said, Z."
    inverted = None if channel else _inverted(toks, k, g, verb)
    if inverted is not None:
        return inverted
    # 2. Subject, cue, then the content.
    subject = channel[1] if channel else absolute or _subject_before(toks, g)
    fronted = None
    if opened:  # "X changed course after saying ...": X says it, or no one
        subject = _main_subject(toks, g - 1)
        if subject is None:
            # "After saying ..., X left" / "X, after saying ..., left": the subject of
            # the main clause after the opener's comma
            fronted = _fronted_opener_subject(toks, g - 1)
            if fronted is None:
                return None
            subject = fronted[0]
    if subject is None and gerund:  # "X closed the road, saying ...": X says it
        subject = _main_subject(toks, g - 1)
        if subject is None and lemma in LEX.relay_verbs and g > 1:
            subject = _subject_before(toks, g - 1)  # "X, citing a poll, said ...": X
    if subject is None and g > 1 and toks[g - 1].lower_ in LEX.relatives:
        subject = _antecedent(toks, g - 1)  # "experts, some of whom / some who warned ..."
    elif subject is not None:
        subject = _with_relative_clause(toks, subject)
    if subject is None and g > 0 and toks[g - 1].lower_ in LEX.coordination_marks:
        prev = next((c for c in reversed(earlier) if c.source is not None), None)
        source: SentRange | None = None
        if prev is not None and prev.message[-1][1] >= toks[0].i:
            inherited = prev.source
        elif (
            toks[g - 1].lower_ in LEX.conjunctions
            or (toks[g - 1].text in LEX.comma and toks[g].lower_ in LEX.sequence_adverbs)
        ) and _is_finite_group(toks, g, k):  # "X offered a job, then says ..."
            # "Rubio thanked the crowd and said ...": the subject of the first verb
            source, inherited = _main_subject(toks, g - 1), None
            if source is None:
                return None
        else:
            return None
    else:
        if subject is None:
            return None
        source, inherited = subject, None
    if lemma in LEX.attitude_verbs and (
        not _third_person(toks, subject or source)
        or (g > 0 and toks[g - 1].lower_ in LEX.relatives)
    ):
        return None  # "I want to thank ...", "people who want to live ...": a speaker's
        # own wish inside speech, or a description, not a stance reported
    if (
        source is not None
        and source[1] - source[0] > 1
        and toks[source[0]].lower_ in LEX.gap_relatives
        and _pos(toks[source[0] + 1]) in LEX.np_pos | {"PRON", "ADV"}
    ):
        source = (source[0] + 1, source[1])  # "which Democrats say ...": their own report
        if toks[source[0]].pos_ == "ADV":
            source = (source[0] + 1, source[1])  # "which even critics say"
        subject = source
    if source is not None and _is_relative(toks, source):
        source = _antecedent(toks, source[0])
        if source is None:
            return None
    if lemma in LEX.person_cues and not _names_person(toks, source):
        return None  # "the troops attacked the town", "forces defended the bridge": acts
    relay = None
    p = k + 1
    cue_end = k + 1
    if _prep_cue_at(toks, p, lemma):
        p = cue_end = k + 2  # "referred to", "called on X to": the preposition is in the cue
    elif (
        p < len(toks) and toks[p].lower_ in LEX.cue_particles and toks[p].tag_ in LEX.particle_tags
    ):
        p = cue_end = k + 2  # "pointed out that", "spoke out against": the particle too
    if lemma in LEX.relay_verbs:  # "X cited officials as saying ..."; else "cited a poll"
        src = _np_after(toks, p)
        if src is None or source is None:
            return None
        q = src[1]
        if q + 1 < len(toks) and toks[q].lower_ == "as" and toks[q + 1].lemma_ == "say":
            relay, source, p = source, src, q + 2
    p = _skip_object(toks, p, lemma)
    p, stwr, relay_src = _skip_adverbials(toks, p, verb)
    if relay_src is not None and source is not None:
        relay, source = source, relay_src
    content = _content(toks, p, lemma, verb)
    if content is None and lemma not in LEX.speaking_acts and _as_frame(toks, subject, p):
        content = "indirect", p + 1, _clause_end(toks, p + 1)  # "As the paper noted, ..."
    if content is None and lemma in LEX.finding_verbs and _finding_source(toks, source):
        content = _finding(toks, p)
    gap = _relative_gap(toks, subject, p, lemma) if content is None else None
    if content is None and gap is None:
        return None
    if gap is not None:  # "which critics say was the best speech": the pronoun, then the rest
        rel, start, end = gap
        message = [(rel, rel + 1), _trim(toks, start, end)]
        claim = base.raw_claim(toks, message, "indirect", source, (g, cue_end), verb)
        claim.stwr = stwr
        return claim
    assert content is not None
    form, start, end = content
    if g > 1 and toks[g - 1].lower_ in LEX.relatives and toks[g - 2].text in LEX.comma:
        end = _relative_end(toks, start, end)  # "The mayor, who said ..., left early."
    elif g > 1 and toks[g - 1].lower_ in LEX.relatives and _opens_subject(toks, g - 1):
        end = _subject_relative_end(toks, start, end)  # "Critics who say X have asked ..."
    if fronted is not None:
        end = min(end, fronted[1])  # the opener's clause ends at its comma
    if start == cue_end + 1 and toks[cue_end].text == ":":
        cue_end = start  # "X said: the plan failed": the colon closes the cue
    claim = base.raw_claim(toks, [_trim(toks, start, end)], form, source, (g, cue_end), verb)
    claim.stwr = stwr
    if inherited is not None:
        claim.source = inherited
    claim.relay = base.doc_range(toks, relay)
    if relay is not None:
        claim.used |= {t.i for t in toks[relay[0] : relay[1]]}
    if form == "indirect" and toks[start].lower_ in LEX.question_complementizers:
        claim.cue_modality = claim.cue_modality or "unconfirmed"
    return claim


def _as_frame(toks: Sequence[Token], subject: SentRange | None, p: int) -> bool:
    """Whether 'as' opens the sentence's frame before ``subject`` and a comma at ``p`` ends
    it before a clause ('As the paper noted, the mayor has ...', 'But as she told the
    council, ...'): the clause is what the frame reports."""
    if subject is None or subject[0] == 0 or toks[subject[0] - 1].lower_ != "as":
        return False
    opener = subject[0] - 1
    return (
        (opener == 0 or toks[opener - 1].is_punct or toks[opener - 1].lower_ in LEX.conjunctions)
        and p + 1 < len(toks)
        and toks[p].text in LEX.comma
        and _clause_at(toks, p + 1)
    )


def _opens_subject(toks: Sequence[Token], rel: int) -> bool:
    """Whether the relative pronoun at ``rel`` opens a clause on the sentence's subject:
    no finite verb and no comma stand before it ('Voters who say ...', 'Researchers who
    claim to ...')."""
    return not any(_is_finite(t) or t.text in LEX.comma for t in toks[:rel])


def _subject_relative_end(toks: Sequence[Token], start: int, end: int) -> int:
    """End of a message inside a relative clause on the subject, before the main clause's
    verb: an infinitive ends at the first finite verb ('who claim to find a link have
    failed'), a clause at the next finite verb after its own ('who say the pier is unsafe
    have asked')."""
    first = start
    if toks[start].lower_ != "to":
        verb = next((j for j in range(start, end) if _is_finite(toks[j])), None)
        if verb is None or _cue_at(toks, verb) is not None:
            return end  # a verb of saying in the message may take a bare clause
        first = verb
    for j in range(first + 1, end):
        word = toks[j]
        if word.text in LEX.comma or word.lower_ in LEX.clause_openers:
            return end
        prev = toks[j - 1]
        if prev.pos_ in LEX.verb_group_pos or prev.lower_ == "to":
            continue  # "could not implement": one verb group
        if _is_finite(word) or word.tag_ in LEX.base_form_tags:
            return j  # "... is too slow have/VHI asked": the plural subject's verb
    return end


def _relative_end(toks: Sequence[Token], start: int, end: int) -> int:
    """End of a message inside a relative clause between commas ('X, who said the pier
    was unsafe, left early'): the comma before the main clause's finite verb."""
    for j in range(start + 1, end - 1):
        if toks[j].text in LEX.comma:
            k = _skip_adverbs(toks, j + 1)
            if k < end and toks[k].pos_ in LEX.verb_pos | {"AUX"} and _is_finite(toks[k]):
                return j
    return end


def _channel_object_before(toks: Sequence[Token], g: int) -> tuple[int, SentRange] | None:
    """'X issued a statement saying ...', 'X sent an email Wednesday urging ...': a channel
    noun phrase, the object of a finite verb, right before a participle of saying (a time
    word or a short prepositional phrase may come between). Returns where the verb group
    starts and its subject."""
    c = g - 1
    while c > 0 and g - c <= LEX.max_channel_gap and toks[c].lower_ not in LEX.channel_nouns:
        if not (_pos(toks[c]) in LEX.head_pos or toks[c].pos_ in LEX.determiner_pos | {"ADP"}):
            return None
        c -= 1
    if c <= 0 or toks[c].lower_ not in LEX.channel_nouns:
        return None
    start = _np_start(toks, c + 1)
    if start is None or start == 0:
        return None
    v = start - 1
    if toks[v].pos_ not in LEX.verb_pos or not _is_finite_group(toks, _group_start(toks, v), v):
        return None
    vg = _group_start(toks, v)
    subject = _subject_before(toks, vg)
    return None if subject is None else (vg, subject)


def _relative_gap(
    toks: Sequence[Token], subject: SentRange | None, p: int, lemma: str
) -> tuple[int, int, int] | None:
    """A report inside a relative clause whose pronoun is what is said ('which Democrats
    say could be aiding him', 'who he claims has been unfair', 'what they described as a
    biased media', 'a letter that he said was drafted by the firm'): the pronoun's
    position and the range of the rest, else None."""
    if subject is None or subject[0] == 0 or p >= len(toks):
        return None
    rel = subject[0] - 1
    if rel > 0 and toks[rel].pos_ == "ADV":
        rel -= 1  # "which even critics say"
    # "a letter that he said was drafted": "that" after a noun is the relative pronoun
    that = toks[rel].lower_ in LEX.complementizers and _pos(toks[rel - 1]) in LEX.head_pos
    if toks[rel].lower_ not in LEX.gap_relatives and not that:
        return None
    nxt = toks[p]
    if lemma in LEX.bare_clause_verbs:
        if not (nxt.pos_ in LEX.verb_pos and _is_finite(nxt)):
            return None  # "which he said in May": no clause with the pronoun as its subject
    elif lemma in LEX.naming_cues:
        if nxt.lower_ != "as" and _np_end(toks, p) == p and nxt.text not in LEX.opening_quotes:
            return None
    else:
        return None
    end = next(
        (
            j
            for j in range(p, len(toks))
            if toks[j].text in LEX.relative_clause_ends or _closes_relative(toks, j)
        ),
        _clause_end(toks, p),
    )
    return (rel, p, min(end, _clause_end(toks, p))) if end > p else None


def _closes_relative(toks: Sequence[Token], j: int) -> bool:
    """Whether the comma at ``j`` closes a relative clause before its main clause's verb
    ('The pier, which the mayor called a jewel, will close')."""
    if toks[j].text not in LEX.comma:
        return False
    k = j + 1
    while k < len(toks) and toks[k].text in LEX.closing_quotes:
        k += 1
    return k < len(toks) and toks[k].pos_ in LEX.verb_pos and _is_finite(toks[k])


def _inverted(toks: list[Token], k: int, g: int, verb: CueVerb) -> RawClaim | None:
    """'The troops arrived, the ministry said.' / '..., said X.' / 'X, Y said, Z.'"""
    n = len(toks)
    before_verb = _mark_before(toks, g, LEX.comma)
    inverted_order = before_verb is not None and toks[k].tag_ not in LEX.gerund_tags
    if inverted_order and _np_after(toks, _skip_adverbs(toks, k + 1)):
        source = _source_after(toks, _skip_adverbs(toks, k + 1))
        assert source is not None and before_verb is not None
        comma = before_verb
        after = source[1]
    else:
        subject = _subject_before(toks, g)
        if subject is None or subject[0] == 0:
            return None
        mark = _mark_before(toks, subject[0], LEX.inverted_frame_marks)
        if mark is None:
            return None
        comma = mark
        source = subject
        after = k + 1
    after = _skip_object(toks, after, toks[k].lemma_.lower())
    tail, stwr, relay_src = _frame_tail(toks, after, verb)
    if tail < n and toks[tail].text not in LEX.clause_punct | LEX.comma:
        return None
    parenthetical = (  # "The outreach, they said, raised new worries."
        tail < n
        and toks[tail].text == ","
        and any(_finite_after_subject(t) for t in toks[tail + 1 :])
    )  # "In both cases, she said, the donations paid/VVN for tickets."
    if comma < (1 if parenthetical else 2) or not (
        parenthetical or _verb_outside_relatives(toks, comma)
    ):
        return None
    message = [_trim(toks, _clause_start(toks, comma), comma)]
    if tail < n and toks[tail].text == ",":
        rest = _trim(toks, tail + 1, n)
        subject_only = not any(_is_finite(t) for t in toks[:comma])  # "X, they said, raised"
        if rest[1] - rest[0] >= 2 and (subject_only or not _starts_frame(toks, tail + 1)):
            message.append(rest)
    source, relay = base.relayed(source, relay_src)
    if message[0][1] - message[0][0] < 2 and len(message) < 2:
        return None  # a one-word message, unless a clause follows ('Now, she said, ...')
    claim = base.raw_claim(toks, message, "indirect", source, (g, k + 1), verb)
    claim.stwr = stwr
    claim.relay = base.doc_range(toks, relay)
    claim.used |= {t.i for t in toks[comma:tail]}
    return claim


def _outside_relatives(toks: Sequence[Token], start: int, end: int) -> Iterator[int]:
    """Positions from ``start`` to ``end`` outside the relative clauses set off by commas
    ('Trump, who has upset voters, proposed ...': not 'who has upset voters')."""
    j = start
    while j < end:
        if toks[j].text in LEX.comma and j + 1 < end and toks[j + 1].lower_ in LEX.relatives:
            j += 1
            while j < end and toks[j].text not in LEX.comma:
                j += 1
            continue
        yield j
        j += 1


def _verb_outside_relatives(toks: Sequence[Token], end: int) -> bool:
    """Whether a verb stands before ``end`` outside the relative clauses (a clause before an
    inverted cue needs one: 'Trump, who has upset voters, proposed a ban' has none)."""
    return any(
        _is_finite(toks[j]) or toks[j].pos_ == "VERB" for j in _outside_relatives(toks, 0, end)
    )


def _mark_before(toks: Sequence[Token], i: int, marks: frozenset[str]) -> int | None:
    """The comma (or other mark) right before ``i``, also inside a closing quotation mark
    ('... “strategic,” said X' / '... a “welcome tack,” he said')."""
    if i > 0 and toks[i - 1].text in marks:
        return i - 1
    if i > 1 and toks[i - 1].text in LEX.closing_quotes and toks[i - 2].text in marks:
        return i - 2
    return None


def _participle_at(toks: Sequence[Token], i: int) -> bool:
    return i < len(toks) and toks[i].tag_ in LEX.gerund_tags


def _starts_frame(toks: list[Token], i: int) -> bool:
    return i < len(toks) and _cue_at(toks, i) is not None


def _uncovered_clause(toks: list[Token], used: set[int]) -> SentRange | None:
    """A leading clause no claim covers, before ', but'/'; ' and a sourced clause
    ('A dam was reportedly at risk, but officials would not confirm the reports')."""
    for j, token in enumerate(toks):
        if token.i in used:
            return None
        if token.text in LEX.clause_break_marks and j + 1 < len(toks):
            nxt = toks[j + 1]
            if (token.text == ";" or nxt.lower_ in LEX.contrast_words) and any(
                t.i in used for t in toks[j + 1 :]
            ):
                start, end = _trim(toks, 0, j)
                words = [t for t in toks[start:end] if not t.is_punct]
                if len(words) >= 4 and any(_is_finite(t) for t in words):
                    return (toks[start].i, toks[end - 1].i + 1)
                return None
    return None


# -- helpers over one sentence's tokens ----------------------------------------------------------


def _pos(token: Token) -> str:
    """The token's UPOS, with a capitalised word after a determiner read as a name
    (taggers take "the Fed" for a participle), and a capitalised adjective or adverb
    after a name as the rest of it ("Martha Golden/ADJ", "Evan Tracey/ADV")."""
    pos = token.pos_
    if token.text == "%" and token.i > 0 and token.doc[token.i - 1].like_num:
        return "NOUN"  # "33%" as "33 percent"
    if not token.text[:1].isupper():
        return pos
    if token.i == 0 or token.is_sent_start:
        if pos in LEX.opening_name_pos and _before_saying(token):
            return "PROPN"  # "Jolly/AJ0 said the ...": a surname the tagger read as a word
        return pos
    prev = token.doc[token.i - 1].pos_
    if pos == "VERB" and prev == "DET":
        return "PROPN"
    if pos in LEX.name_tail_pos and prev == "PROPN" and token.text.isalpha():
        return "PROPN"
    if pos in LEX.name_tail_pos | LEX.verb_pos | LEX.unknown_pos and _name_in_frame(token):
        return "PROPN"
    return pos


def _before_saying(token: Token) -> bool:
    """Whether a finite verb of saying follows ``token`` ('Jolly said', 'Starr says')."""
    doc = token.doc
    if token.i + 1 >= len(doc) or not token.text.isalpha():
        return False
    nxt = doc[token.i + 1]
    return nxt.lower_ in LEX.untagged_cues or (
        nxt.lemma_.lower() in LEX.late_clause_verbs and nxt.tag_ in LEX.finite_tags
    )


def _name_in_frame(token: Token) -> bool:
    """A capitalised word between a closing quotation mark and a verb of saying is the
    speaker's name, whatever the tagger made of it ('“...,” Tripp/VVB said', 'Levine/AJ0')."""
    doc = token.doc
    if token.i + 1 >= len(doc) or not token.text.isalpha():
        return False
    nxt = doc[token.i + 1]
    return (
        doc[token.i - 1].text in LEX.closing_quotes
        and nxt.lemma_.lower() in LEX.cue_verbs
        and (nxt.tag_ in LEX.finite_tags or nxt.lower_ in LEX.untagged_cues)
    )


def _participle_modifier(toks: Sequence[Token], j: int) -> bool:
    """A participle inside a noun phrase, between a determiner, possessive or adverb in
    -ly and its noun ('the mayor's newly appointed housing chief', 'an elected official')."""
    token = toks[j]
    if token.tag_ not in LEX.participle_tags or j == 0 or j + 1 >= len(toks):
        return False
    before = toks[j - 1]
    return _pos(toks[j + 1]) in LEX.head_pos and (
        before.pos_ in LEX.determiner_pos
        or before.text in LEX.possessives
        or before.lower_ in LEX.possessive_dets
        or (before.pos_ == "ADV" and before.lower_.endswith("ly"))
    )


def _is_finite(token: Token) -> bool:
    form = token.morph.get("VerbForm", [])
    if form:
        return "Fin" in form
    return token.tag_ in LEX.finite_tags or _present_after_subject(token)


def _finite_after_subject(token: Token) -> bool:
    """Whether the verb after a reported clause's subject is finite, a regular past the
    tagger read as a participle included."""
    return _is_finite(token) or _past_after_subject(token)


def _past_after_subject(token: Token) -> bool:
    """A regular past form right after a subject is a past tense ('a source said the
    campaign balked at', 'the pumps failed'): CLAWS taggers often read it as a
    participle (VVN), which follows 'have' or 'be' or modifies a noun before it."""
    if token.tag_ not in LEX.participle_tags or not token.lower_.endswith("ed"):
        return False
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "by":
        return False  # "the bill passed by the House": a participle after its noun
    prev = _before_adverbs(token)  # "the campaign quietly dropped"
    if prev is None:
        return False
    if prev.pos_ == "PRON":
        return prev.lower_ in LEX.clause_pronouns and prev.lower_ != "there"
    return prev.pos_ in LEX.head_pos


def _present_after_subject(token: Token) -> bool:
    """A base form right after a plural or first/second-person subject is a present tense
    ('they want', 'voters support', 'we need'): CLAWS taggers often read it as an
    infinitive (VVI), which only follows 'to', a modal or 'do'."""
    if token.tag_ not in LEX.base_form_tags:
        return False
    prev = _before_adverbs(token)  # "they also want"
    if prev is None:
        return False
    if prev.pos_ == "PRON":
        return prev.lower_ in LEX.plural_subject_pronouns
    return prev.tag_ in LEX.plural_noun_tags


def _before_adverbs(token: Token) -> Token | None:
    """The token before ``token`` and any adverbs (not negations) right before it."""
    doc = token.doc
    j = token.i - 1
    while j >= 0 and doc[j].pos_ == "ADV" and doc[j].lower_ not in LEX.negations:
        j -= 1
    return doc[j] if j >= 0 else None


def _is_finite_group(toks: Sequence[Token], g: int, k: int) -> bool:
    return any(_is_finite(toks[j]) for j in range(g, k + 1))


def _group_start(toks: Sequence[Token], k: int) -> int:
    """Start of the verb group ending in ``k``: auxiliaries, 'not', adverbs before it."""
    g = k
    while g > 0:
        prev = toks[g - 1]
        if (
            prev.pos_ == "AUX"
            or prev.lower_ in LEX.negations
            or (
                prev.pos_ == "ADV"
                and (prev.lower_ in LEX.cue_adverbs or prev.lower_.endswith("ly"))
            )
        ):
            g -= 1
        else:
            break
    return g


def _passive(toks: Sequence[Token], g: int, k: int) -> bool:
    be = any(toks[j].lemma_.lower() == "be" for j in range(g, k))
    return be and toks[k].tag_ in LEX.participle_tags


def _decline_at(toks: Sequence[Token], k: int) -> int:
    for cue in LEX.decline_cues:
        words = toks[k : k + len(cue)]
        if len(words) == len(cue) and all(
            w.lower_ == c or w.lemma_.lower() == c for w, c in zip(words, cue, strict=True)
        ):
            return len(cue)
    return 0


def _np_end(
    toks: Sequence[Token],
    i: int,
    *,
    appositions: bool = False,
    preps: frozenset[str] = LEX.np_preps,
) -> int:
    """End (exclusive) of the noun phrase starting at ``i``, or ``i`` if none starts there.

    Takes determiners, adjectives, numbers, nouns and names, possessives ("Ukraine's"),
    "of" attributes, a bracketed acronym ("(IAEA)"), and with ``appositions`` a
    comma-enclosed apposition ("Kyrylo Budanov, the head of ...,").
    """
    n = len(toks)
    if i < n and toks[i].lower_ in LEX.pronoun_sources and toks[i].pos_ == "PRON":
        return i + 1
    j = i
    last_head = -1
    while j < n:
        token = toks[j]
        pos = _pos(token)
        if pos in LEX.np_pos or token.lower_ in LEX.possessive_dets:
            if pos == "DET" and j > i and _pos(toks[j - 1]) in LEX.head_pos:
                break  # a new phrase starts ("... the Pentagon the ...")
            if pos in LEX.head_pos:
                last_head = j
            j += 1
        elif (
            token.lower_ in LEX.name_particles
            and j > i
            and j + 1 < n
            and _pos(toks[j - 1]) == "PROPN"
            and _pos(toks[j + 1]) == "PROPN"
        ):
            j += 1  # "Lula da Silva"
        elif token.text in LEX.possessives and j > i and last_head == j - 1:
            j += 1
        elif token.text in LEX.hyphens and j > i and j + 1 < n and toks[j + 1].pos_ != "PUNCT":
            j += 2  # a hyphenated compound ("Russian-installed", "state-run")
        elif j + 2 < n and toks[j + 1].text in LEX.hyphens and toks[j + 2].pos_ in LEX.np_pos:
            j += 1  # a compound whose first part is no noun ("working-class", "well-known")
        elif _modifier_adverb(toks, j):
            j += 1  # "a former executive director", "a widely read column"
        elif token.lower_ in LEX.name_conjunctions and _joins_names(toks, j):
            j += 1  # "the Legal Defense and Educational Fund", "Smith and Jones"
        elif _joins_phrase(toks, j) and j > i:
            j += 1  # "a Reuters  Ipsos poll" (a run of spaces), "an ABC News/Washington Post poll"
        else:
            break
    if last_head < i:
        return i
    j = last_head + 1
    while j < n:
        token = toks[j]
        if token.lower_ in preps and j + 1 < n:
            end = _np_end(toks, j + 1, preps=preps)
            if end > j + 1:
                j = end
                continue
            break
        if token.text == "(":
            close = next((m for m in range(j + 1, min(n, j + 8)) if toks[m].text == ")"), None)
            if close is not None:
                j = close + 1
                continue
            break
        if appositions and token.text == "," and j + 1 < n:
            end = _apposition_end(toks, j + 1)
            if end > j + 1 and end < n and toks[end].text == ",":
                j = end + 1
                continue
            if end > j + 1 and (end >= n or toks[end].text in LEX.clause_punct):
                j = end  # an apposition closing the sentence ("said X, the ... negotiator.")
                continue
        break
    while j > i and toks[j - 1].text == ",":
        j -= 1
    return j


def _adverb_before_participle(toks: Sequence[Token], j: int) -> bool:
    """An adverb in -ly before a participle that modifies a noun ('newly appointed')."""
    return (
        toks[j].pos_ == "ADV"
        and toks[j].lower_.endswith("ly")
        and _participle_modifier(toks, j + 1)
    )


def _modifier_adverb(toks: Sequence[Token], j: int) -> bool:
    """An adverb inside a noun phrase, before the adjective or noun it modifies."""
    token = toks[j]
    after_determiner = j > 0 and toks[j - 1].pos_ in LEX.determiner_pos  # "the same plan"
    return (
        token.pos_ == "ADV"
        and j + 1 < len(toks)
        and _pos(toks[j + 1]) in LEX.np_pos - LEX.determiner_pos
        and (token.lower_ in LEX.np_adverbs or token.lower_.endswith("ly") or after_determiner)
        and token.lower_ not in LEX.negations
    )


def _joins_phrase(toks: Sequence[Token], j: int) -> bool:
    """Whether ``toks[j]`` is a run of spaces or a slash between two words of one noun
    phrase ('a Reuters  Ipsos poll', 'a CNN/ORC poll')."""
    return (
        0 < j < len(toks) - 1
        and (_inline_space(toks[j]) or toks[j].text in LEX.name_slashes)
        and _pos(toks[j - 1]) in LEX.np_pos
        and _pos(toks[j + 1]) in LEX.np_pos
    )


def _joins_names(toks: Sequence[Token], j: int) -> bool:
    """Whether the conjunction at ``j`` joins two capitalised names."""
    return (
        0 < j < len(toks) - 1
        and _pos(toks[j - 1]) in LEX.head_pos
        and toks[j - 1].text[:1].isupper()
        and toks[j + 1].text[:1].isupper()
        and _pos(toks[j + 1]) in LEX.head_pos | {"ADJ"}
    )


def _apposition_end(toks: Sequence[Token], i: int) -> int:
    """End of an apposition's noun phrase, with its prepositional phrases ('chief economist
    at the bank', 'adviser to the committee', 'spokesman for the ministry')."""
    return _np_end(toks, i, preps=LEX.apposition_preps)


def _age_start(toks: Sequence[Token], comma: int) -> int:
    """The comma before an age between a name and its apposition ('Jill Chase, 27, a
    Tinder user, said': the comma after 'Chase'), else ``comma`` itself."""
    if (
        comma >= 3
        and toks[comma - 1].like_num
        and toks[comma - 2].text == ","
        and _pos(toks[comma - 3]) == "PROPN"
    ):
        return comma - 2
    return comma


def _age_end(toks: Sequence[Token], end: int) -> int:
    """End of a name followed by an age and maybe an apposition, both closed by commas
    ('Sarandon, 69, told', 'Tom Hale, 64, a farmer near the dam, said': the last comma);
    ``end`` if none follows."""
    if not (
        end > 0
        and end + 2 < len(toks)
        and _pos(toks[end - 1]) == "PROPN"
        and toks[end].text == ","
        and toks[end + 1].like_num
        and toks[end + 2].text == ","
    ):
        return end
    after = _apposition_end(toks, end + 3)
    if after > end + 3 and after < len(toks) and toks[after].text == ",":
        return after
    return end + 2


def _coordinated_apposition_end(toks: Sequence[Token], i: int) -> int:
    """End of an apposition that may join noun phrases with 'and' ('a talk show host and
    operations manager at the station', 'vice president and general counsel for X')."""
    end = _apposition_end(toks, i)
    while end > i and end + 1 < len(toks) and toks[end].lower_ in LEX.name_conjunctions:
        nxt = _apposition_end(toks, end + 1)
        if nxt <= end + 1:
            break
        end = nxt
    return end


def _np_after(toks: Sequence[Token], i: int) -> SentRange | None:
    end = _np_end(toks, i, appositions=True)
    return (i, end) if end > i else None


def _source_after(toks: Sequence[Token], i: int) -> SentRange | None:
    """The source after an inverted cue ('..., said X'), with what describes it up to the
    sentence's end: appositions and relative clauses ('said Ann Lee, a professor who has
    studied the dam', 'said X, president of Y, a think tank'), as PolNeAR marks it."""
    src = _np_after(toks, i) or _age_noun_after(toks, i)
    if src is None:
        return None
    end = last = src[1]
    n = len(toks)
    last = n
    while last > end and (toks[last - 1].is_punct or toks[last - 1].is_space):
        last -= 1
    if (
        end + 1 < last
        and toks[end].lower_ in LEX.person_relatives
        and not _reports_at(toks, end + 1)
        and not any(t.text in LEX.opening_quotes | LEX.clause_punct for t in toks[end:last])
    ):
        return (src[0], last)  # "said the man who built his career on it"
    if end + 1 >= last or toks[end].text != ",":
        return src
    nxt = toks[end + 1]
    describes = nxt.lower_ in LEX.relatives or (
        _pos(nxt) in LEX.np_pos and nxt.tag_ not in LEX.gerund_tags
    )
    rest = toks[end + 1 : last]
    rel = next((j for j in range(end + 2, last) if toks[j].lower_ in LEX.relatives), None)
    if rel is not None and _reports_at(toks, rel + 1):
        last = rel  # 'said X, a consultant who said he would not vote for him': a report
        # of its own, not part of the source ('who worked on', 'who voted for' stay in)
    if describes and not any(
        t.text in LEX.opening_quotes | LEX.clause_punct or t.lemma_.lower() in LEX.relay_verbs
        for t in rest
    ):
        return (src[0], last)
    return src


def _age_noun_after(toks: Sequence[Token], i: int) -> SentRange | None:
    """A person named by age alone after an inverted cue ('said the 46-year-old'): a
    determiner and a hyphenated figure-unit-"old" compound."""
    words = [t.lower_ for t in toks[i : i + 6]]
    if (
        len(words) == 6
        and toks[i].pos_ == "DET"
        and toks[i + 1].like_num
        and words[2] in LEX.hyphens
        and words[3] in LEX.age_units
        and words[4] in LEX.hyphens
        and words[5] == "old"
    ):
        return (i, i + 6)
    return None


def _reports_at(toks: Sequence[Token], i: int) -> bool:
    """Whether a verb of saying with a clause opens the relative clause at ``i`` ('who
    said he would', 'who has argued that')."""
    k = _skip_adverbs(toks, i)
    while k < len(toks) and toks[k].pos_ == "AUX":
        k += 1
    return k < len(toks) and toks[k].lemma_.lower() in LEX.bare_clause_verbs


def _head_source_end(toks: Sequence[Token], start: int, end: int) -> int:
    """The subject noun phrase without a trailing relative clause."""
    for j in range(start, end):
        if toks[j].text == "," and j + 1 < end and toks[j + 1].lower_ in LEX.relatives:
            return j
    return end


def _subject_before(toks: Sequence[Token], g: int) -> SentRange | None:
    """The subject noun phrase ending right before the verb group at ``g``.

    Takes a comma-enclosed apposition or relative clause between subject and verb
    ("Kyrylo Budanov, the head of ..., said", "Budanov, who heads ..., said"); skips an
    inserted participle or prepositional phrase ("X, appearing on Fox News, said", "X,
    in a statement released on Monday, said": the source is X).
    """
    while g > 0 and _inline_space(toks[g - 1]):
        g -= 1  # "Kieran Suckling   says": a run of spaces before the verb
    if g == 0:
        return None
    end = g
    if end >= 2 and toks[end - 1].lower_ in LEX.reflexives and toks[end - 1].pos_ == "PRON":
        before = _subject_before(toks, end - 1)  # "Cruz himself said": Cruz himself
        return None if before is None else (before[0], end)
    if toks[end - 1].lower_ in LEX.quantifier_subjects and (
        end == 1 or toks[end - 2].is_punct or toks[end - 2].lower_ in LEX.conjunctions
    ):
        return (end - 1, end)  # "Another said", "And both vowed", "; most said"
    if toks[end - 1].text == ",":
        # an apposition or relative clause: find the comma that opens it
        for c in range(end - 2, max(-1, end - LEX.max_insertion), -1):
            if toks[c].text != ",":
                continue
            if _discourse_insertion(toks, c + 1, end - 1):
                return _subject_before(toks, c)  # "X, however, said": X
            inner = toks[c + 1].lower_
            head = _np_start(toks, _age_start(toks, c))
            if head is None:
                return _opening_subject(toks, end - 1)
            head = _share_start(toks, head)  # "A third of independents, 33%, say"
            rel = _coordinated_apposition_end(toks, c + 1)
            if c + 2 == end - 1 and toks[c + 1].like_num and _pos(toks[c - 1]) == "PROPN":
                rel = end - 1  # "Tom Hale, 64, said"
            relative = rel if rel > c + 1 and toks[rel].lower_ in LEX.relatives else None
            if inner in LEX.relatives:
                relative = c
            if relative is not None:  # "X, who heads the board, said", "X, a former
                # official who sits on the board, said": the clause describes the source,
                # as after the cue; not one that reports ("X, who also said that ...")
                if any(_cue_at(toks, k) for k in range(relative + 1, end - 1)):
                    return (head, relative)
                return (head, end - 1)
            if rel == end - 1:
                if head > 0 and toks[head - 1].pos_ in LEX.object_before_pos:
                    # "X, a surveyor who works with Delta Mapping, a firm ..., said": the
                    # apposition names an object inside the one before it
                    return _opening_subject(toks, end - 1) or (head, end - 1)
                return (head, end - 1)
            if _insertion(toks, c + 1, end - 1):
                return _subject_before(toks, c) or (head, c)
            return _opening_subject(toks, end - 1)
        return _opening_subject(toks, end - 1)
    if _spaced_dash(toks, end - 1):
        return _dashed_subject(toks, end - 1)
    if end >= 2 and toks[end - 1].lower_ in LEX.respondent_words:
        # "56 percent of voters polled said", "those surveyed say", "voters overall said"
        if toks[end - 2].lower_ in LEX.respondent_pronouns:
            return (_share_start(toks, end - 2), end)
        if _pos(toks[end - 2]) in LEX.head_pos:
            before = _subject_before(toks, end - 1)
            return None if before is None else (before[0], end)
    if (
        end >= 2
        and toks[end - 1].lower_ in LEX.place_adverbs
        and toks[end - 1].pos_ == "ADV"
        and _pos(toks[end - 2]) in LEX.head_pos
    ):
        before = _subject_before(toks, end - 1)  # "Polls there show", "officials here say"
        return None if before is None else (before[0], end)
    if end >= 6 and _age_noun_after(toks, end - 6) == (end - 6, end):
        return (end - 6, end)  # "The 29-year-old said"
    when = _time_before(toks, end)
    if when is not None:  # "The White House on Monday urged", "The council last week said"
        start = _np_start(toks, when)
        if start is None:  # "a poll released Monday found"
            return _released_before(toks, when, end)
        if _time_before(toks, when) is None:
            return (start, when)
    start = _np_start(toks, end)
    if start is None:
        start = _proportion_start(toks, end)
    if start is None:
        return None
    start = _share_start(toks, start)
    if _time_phrase_end(toks, start) == end:
        return _released_before(toks, start, end)
    return (_coordinated_start(toks, start), end)


def _discourse_insertion(toks: Sequence[Token], i: int, end: int) -> bool:
    """Whether ``toks[i:end]`` is a discourse adverb or phrase set off by commas between
    subject and verb ('X, however, said', 'X, meanwhile, told', 'X, of course, said')."""
    words = tuple(t.lower_ for t in toks[i:end])
    if words in LEX.discourse_phrases:
        return True
    return 0 < len(words) <= 2 and all(
        t.pos_ == "ADV" and t.lower_ not in LEX.negations for t in toks[i:end]
    )


def _opening_subject(toks: Sequence[Token], comma: int) -> SentRange | None:
    """The subject opening the sentence with all that a comma before the verb closes,
    when the readers of appositions took none ('John Hale, a pollster who works with
    Acme Group, a pro-Clinton group, said', 'Ann Lee, clad in a red coat with a badge that
    named her town, said'): a noun phrase and a comma, then words without a quotation, a
    verb of saying or a finite verb outside a relative clause."""
    start = 0
    while start < comma and toks[start].pos_ == "CCONJ":
        start += 1  # "And X, ..., said"
    head_end = _np_end(toks, start)
    if head_end <= start or head_end >= comma or toks[head_end].text != ",":
        return None
    if comma - start > LEX.max_opening_subject:
        return None
    relative = False
    for j in range(head_end + 1, comma):
        token = toks[j]
        if token.text in LEX.opening_quotes | LEX.closing_quotes | LEX.clause_punct:
            return None
        if token.text in LEX.comma:
            relative = False  # "X, who faces a race, rescinded ...": the main clause's verb
        if token.lower_ in LEX.relatives | LEX.complementizers:
            relative = True  # "a badge that named her town": a relative clause
        if token.lemma_.lower() in LEX.bare_clause_verbs and token.pos_ in LEX.verb_pos:
            return None  # "X, who said ..., said": a report of its own
        if token.pos_ in LEX.verb_pos and _is_finite(token) and not relative:
            return None
    if toks[head_end + 1].pos_ in LEX.adverbial_insertion_pos:
        return (start, head_end)  # "Clinton, also campaigning in Wisconsin, said": Clinton
    return (start, comma)


def _spaced_dash(toks: Sequence[Token], i: int) -> bool:
    """Whether ``i`` is a dash between spaces ('X -- a former aide -- said'), not a
    hyphen inside a word ('R-Ky.')."""
    return (
        0 < i < len(toks)
        and toks[i].text in LEX.insertion_dashes
        and bool(toks[i - 1].whitespace_)
        and bool(toks[i].whitespace_)
    )


def _dashed_subject(toks: Sequence[Token], close: int) -> SentRange | None:
    """The subject before an insertion between dashes, with the insertion ('A former
    candidate -- John Hale, who lost in 2008 -- said', 'Farmers — and some officials —
    say'), as PolNeAR marks it; a relative clause there stays out ('X -- whose husband
    signed it -- has derided'); None if the insertion reports ('X -- who said ... --')."""
    lo = max(0, close - LEX.max_insertion)
    opener = next((c for c in range(close - 2, lo, -1) if toks[c].text == toks[close].text), None)
    if opener is None or not _spaced_dash(toks, opener):
        return None
    if any(_cue_at(toks, j) for j in range(opener + 1, close)):
        return None
    before = _subject_before(toks, opener)
    if before is None or toks[opener + 1].lower_ in LEX.relatives:
        return before  # 'Mrs. Hale -- whose husband signed the act -- has derided'
    return (before[0], close)


def _coordinated_start(toks: Sequence[Token], start: int) -> int:
    """Start of a subject whose noun phrase at ``start`` is the last of a list opening the
    clause ('Politicians and even some technologists say', 'She and her husband said',
    'labor unions, environmental groups and many lawmakers oppose'); ``start`` if none."""
    cur = start
    while cur >= 2:
        j = cur - 1
        if toks[j].pos_ == "ADV" and toks[j - 1].lower_ in LEX.list_joiners:
            j -= 1  # "and even some technologists"
        if toks[j].lower_ not in LEX.list_joiners | LEX.comma:
            break
        if toks[j].lower_ in LEX.list_joiners and toks[j - 1].text in LEX.comma:
            j -= 1  # the serial comma: "A, B, and C"
        first = _np_start(toks, j)
        if first is None or first >= j:
            break
        cur = first
    if cur == start or not any(toks[i].lower_ in LEX.list_joiners for i in range(cur, start)):
        return start
    if cur > 0 and toks[cur - 1].lower_ in LEX.correlatives:
        cur -= 1  # "Neither Cruz nor Christie said", "Both the mayor and her deputy said"
    opener = (
        cur == 0
        or (cur == 1 and toks[0].lower_ in LEX.conjunctions | LEX.comma)
        or toks[cur - 1].text in LEX.inverted_frame_marks  # "..., he and Mr. Allen said."
    )
    return cur if opener else start


def _time_before(toks: Sequence[Token], end: int) -> int | None:
    """Start of a time phrase ending right before ``end`` ('on Monday', 'last week',
    'Tuesday night', 'earlier this month'), when a word comes before it; else None."""
    j = end
    while j > 0 and toks[j - 1].lower_ in LEX.time_words:
        j -= 1
    if j == end:
        return None
    while j > 0 and toks[j - 1].lower_ in LEX.time_modifiers | LEX.time_preps:
        j -= 1
    return j if j > 0 else None


def _released_before(toks: Sequence[Token], start: int, end: int) -> SentRange | None:
    """A time phrase before the verb is no subject; the noun phrase it dates is, with its
    participle ('a poll for the Herald released last week found', 'a poll out this week
    shows')."""
    j = start - 1
    if j < 1 or not (toks[j].tag_ in LEX.participle_tags or toks[j].lower_ in LEX.dating_words):
        return None
    head = _np_start(toks, j)
    return None if head is None else (head, end)


def _proportion_start(toks: Sequence[Token], end: int) -> int | None:
    """Start of a share of a group ending right before ``end``, the subject of a poll's
    finding: 'two in three', 'about four in 10', 'almost half', 'nearly two-thirds'."""
    j = end
    if (
        j >= 3
        and toks[j - 1].pos_ in LEX.number_pos
        and toks[j - 2].lower_ in LEX.share_preps
        and toks[j - 3].pos_ in LEX.number_pos
    ):
        j -= 3  # "two in three", "nine of 10"
    elif j >= 1 and toks[j - 1].lower_ in LEX.proportion_words:
        j -= 1
        while j >= 1 and toks[j - 1].pos_ == "ADJ" and end - j < 4:
            j -= 1  # "large majorities", "the vast majority"
        if j >= 2 and toks[j - 1].text in LEX.hyphens and toks[j - 2].pos_ in LEX.number_pos:
            j -= 2  # "two-thirds"
        elif j >= 1 and toks[j - 1].pos_ in LEX.determiner_pos | LEX.number_pos:
            j -= 1  # "a majority", "one third"
    else:
        return None
    return _approximated(toks, j)


def _approximated(toks: Sequence[Token], j: int) -> int:
    """Start of the approximators and limiters before a figure or share at ``j``
    ('about', 'more than', 'nearly', 'only'); ``j`` if none."""
    moved = True
    while moved and j > 0:
        moved = False
        for words in LEX.figure_approximators:
            start = j - len(words)
            if start >= 0 and all(toks[start + m].lower_ == w for m, w in enumerate(words)):
                j, moved = start, True  # "about", "more than", "nearly"
                break
        if not moved and toks[j - 1].lower_ in LEX.share_limiters:
            j, moved = j - 1, True
    return j


def _share_start(toks: Sequence[Token], start: int) -> int:
    """Start of a subject that names a share of the group at ``start``: 'half of Vermont
    Democrats', 'six in 10 rural voters', '62 percent of voters', 'large majorities of
    nurses', 'about half of the residents', 'only a quarter of the tenants'; ``start`` if
    the group is named alone."""
    j = start
    if j >= 2 and toks[j].pos_ in LEX.number_pos:
        share = _proportion_start(toks, j + 1)  # "six in 10" before "rural voters"
        if share is not None and share < j:
            return share
    if j >= 2 and toks[j - 1].lower_ == "of":
        share = _proportion_start(toks, j - 1)
        if share is not None:
            return share  # "half of", "two-thirds of", "a majority of"
        before = toks[j - 2]
        if before.lower_ in LEX.percent_words and j >= 3 and toks[j - 3].pos_ in LEX.number_pos:
            return _approximated(toks, _figure_start(toks, j - 3))  # "62 percent of"
        if before.pos_ in LEX.determiner_pos | LEX.number_pos and before.lower_ in LEX.share_heads:
            return _approximated(toks, j - 2)  # "most of", "one of"
        return start
    shares = LEX.proportion_words | LEX.share_heads
    if toks[j].lower_ in shares or (
        toks[j].pos_ in LEX.determiner_pos and j + 1 < len(toks) and toks[j + 1].lower_ in shares
    ):
        return _approximated(toks, j)  # "about half of the residents", "only a quarter of"
    return start


def _figure_start(toks: Sequence[Token], j: int) -> int:
    """Start of a written number ending at ``j`` ('seventy-three', '62')."""
    while j >= 2 and toks[j - 1].text in LEX.hyphens and toks[j - 2].pos_ in LEX.number_pos:
        j -= 2
    return j


def _insertion(toks: Sequence[Token], i: int, end: int) -> bool:
    """Whether ``toks[i:end]`` is an inserted participle or prepositional phrase without a
    finite verb ('appearing on Fox News', 'in a statement released on Monday', 'when
    contacted by Reuters')."""
    first = toks[i]
    if first.lower_ in LEX.frame_subordinators and i + 1 < end:
        first = toks[i + 1]  # "X, when contacted by Reuters, said": the participle after it
        if first.tag_ not in LEX.gerund_tags | LEX.participle_tags:
            return False
    opens = first.tag_ in LEX.gerund_tags | LEX.participle_tags or (
        first.pos_ == "ADP" and first.lower_ not in LEX.np_preps
    )
    return (
        opens
        and end - i >= 2
        and not any(_is_finite(t) or t.text in LEX.clause_punct for t in toks[i:end])
    )


def _np_start(toks: Sequence[Token], end: int) -> int | None:
    """Start of the noun phrase that ends right before ``end`` (scanning backwards)."""
    j = end
    if j > 0 and toks[j - 1].lower_ in LEX.pronoun_sources and toks[j - 1].pos_ == "PRON":
        return j - 1
    if j > 2 and toks[j - 1].lower_ in LEX.object_pronouns and _postmodifier_at(toks, j - 3):
        j -= 3  # "aides close to him said": the noun before the postmodifier heads it
    if j > 0 and toks[j - 1].text == ")":
        opener = next((m for m in range(j - 2, max(-1, j - 9), -1) if toks[m].text == "("), None)
        if opener is None:
            return None
        j = opener
    if j == 0 or _pos(toks[j - 1]) not in LEX.head_pos | LEX.number_pos:
        return None
    while j > 0:
        prev = toks[j - 1]
        if j > 1 and toks[j - 2].text in LEX.hyphens:
            j -= 2  # the second part of a hyphenated compound
            if j > 0 and not toks[j - 1].is_punct and _pos(toks[j - 1]) not in LEX.np_pos:
                j -= 1  # its first part, when that is no noun ("working-class")
            continue
        if _participle_modifier(toks, j - 1):
            j -= 1  # "the mayor's newly appointed housing chief"
            continue
        if (
            j > 0
            and (_modifier_adverb(toks, j - 1) or _adverb_before_participle(toks, j - 1))
            and (
                j < 2 or toks[j - 2].pos_ not in LEX.verb_pos or toks[j - 2].text in LEX.possessives
            )
        ):
            j -= 1  # "Former Arkansas governor Mike Huckabee"
            continue
        if prev.lower_ in LEX.name_conjunctions and _joins_names(toks, j - 1):
            j -= 1  # "Republicans and Democrats said", "the Defense and Educational Fund"
            continue
        if j > 1 and _joins_phrase(toks, j - 1):
            j -= 1  # "Cruz constituent   Dan Golvach", "a CNN/ORC poll"
            continue
        if prev.lower_ in LEX.name_particles and j > 1 and _pos(toks[j - 2]) == "PROPN":
            j -= 1  # "Lula da Silva"
            continue
        if prev.pos_ in LEX.determiner_pos or prev.lower_ in LEX.possessive_dets:
            j -= 1
            if j > 0 and (toks[j - 1].lower_ in LEX.np_preps or _attached_prep(toks, j - 1)):
                j -= 1
                continue
            if _postmodifier_at(toks, j - 2):
                j -= 2  # "people familiar with her thinking", "aides close to the governor"
                continue
            break
        if _pos(prev) in LEX.np_pos or prev.text in LEX.possessives:
            j -= 1
            continue
        if _attached_prep(toks, j - 1):
            j -= 1
            continue
        if _postmodifier_at(toks, j - 2):
            j -= 2  # "people familiar with her thinking", "sources close to the campaign"
            continue
        if _mistagged_modifier(toks, j - 1):
            j -= 1  # "Florida delegate/VVD John Archer", "Trump/VVB senior adviser X"
            continue
        break
    while j < end and toks[j].pos_ == "NUM" and toks[j].lemma_.lower() in LEX.time_words:
        j += 1
    while j < end and toks[j].lower_ in LEX.time_words:
        j += 1  # "On Tuesday the ministry said": the weekday is no part of the subject
    when = _time_phrase_end(toks, j)
    if when < end and toks[when].text not in LEX.possessives:
        j = when  # "Last week officials said"; not "This year's budget"
    if j >= end or not any(_pos(t) in LEX.head_pos or t.pos_ == "PRON" for t in toks[j:end]):
        return None
    return j


def _mistagged_modifier(toks: Sequence[Token], j: int) -> bool:
    """Whether the verb at ``j`` is a noun the tagger misread inside a name's noun phrase:
    a role between two names ("Florida delegate/VVD John Archer") or a capitalised word
    opening the sentence before a noun phrase ("Trump/VVB senior adviser Jason Miller")."""
    token = toks[j]
    if token.pos_ != "VERB" or not token.is_alpha or j + 1 >= len(toks):
        return False
    nxt = _pos(toks[j + 1])
    if token.is_lower:
        return (
            j > 0
            and nxt == "PROPN"
            and _pos(toks[j - 1]) == "PROPN"
            and toks[j + 1].text[:1].isupper()
            and token.lemma_ not in LEX.cue_verbs
        )
    return j == 0 and token.tag_ == "VVB" and nxt in LEX.np_pos


def _fronted_opener_subject(toks: Sequence[Token], o: int) -> tuple[SentRange, int] | None:
    """The subject of the main clause around an opener at ``o`` and its participle, and the
    comma that closes them: 'After saying he was tired, the mayor left' (the noun phrase
    after the comma, before a finite verb) or 'The mayor, after saying ..., left' (the
    noun phrase opening the sentence before the opener's comma)."""
    first = next((j for j in range(o) if not toks[j].is_space and not toks[j].is_punct), o)
    leading = first == o or (first + 1 == o and toks[first].lower_ in LEX.conjunctions)
    inserted = not leading and o > 1 and toks[o - 1].text in LEX.comma
    if not (leading or inserted):
        return None
    for c in range(o + 2, len(toks) - 1):
        if toks[c].text not in LEX.comma:
            continue
        verb = next((j for j in range(c + 1, len(toks)) if _is_finite(toks[j])), None)
        if verb is None or toks[verb].pos_ not in LEX.verb_pos | {"AUX"}:
            continue
        g = _group_start(toks, verb)
        if leading:
            subject = _subject_before(toks, g)
            if subject is not None and subject[0] == c + 1:
                return subject, c
        elif g == c + 1:
            start = _np_start(toks, o - 1)
            if start is not None and all(t.is_space for t in toks[:start]):
                return (start, o - 1), c
    return None


def _absolute_subject(toks: Sequence[Token], g: int) -> SentRange | None:
    """The subject of a participle of saying in an absolute phrase opened by 'with' ('...,
    with the mayor calling it a disgrace', 'with 40 percent saying they ...'): the noun
    phrase between 'with' and the participle speaks."""
    subject = _subject_before(toks, g)
    if subject is None or subject[0] < 1 or toks[subject[0] - 1].lower_ not in LEX.absolute_openers:
        return None
    return subject


def _clause_break_before(toks: Sequence[Token], g: int) -> bool:
    """Whether a comma or a dash ends the clause before ``g``, where a participle after it
    is a report of its own: 'X closed the road, saying ...', 'X defended "New York
    values," saying ...' (the comma inside the quotation marks), 'X flipped his choice
    -- saying ...'."""
    if g < 1:
        return False
    if toks[g - 1].text in LEX.comma or _spaced_dash(toks, g - 1):
        return True
    return g > 1 and toks[g - 1].text in LEX.quote_closers and toks[g - 2].text in LEX.comma


def _closes_quote(toks: Sequence[Token], j: int) -> bool:
    """Whether ``toks[j]`` closes a quotation: a closing mark after a word, or a straight
    mark ('"', "''") before a comma, a space or the end."""
    if toks[j].text not in LEX.quote_closers:
        return False
    if toks[j].text == "”":
        return True
    return j + 1 >= len(toks) or bool(toks[j].whitespace_) or toks[j + 1].is_punct


def _main_subject(toks: Sequence[Token], comma: int) -> SentRange | None:
    """The subject of the main clause before ``comma``: that of its first finite verb
    after any quotation that opens the sentence, or that an earlier sentence opened ('“...,”
    he said, referring to X' / '... end of the quote,” he said, referring to X': he; 'X
    praised “the plan,” saying ...': X)."""
    first = next((j for j in range(comma) if not toks[j].is_space), 0)
    opened = toks[first].text in LEX.opening_quotes
    start = 0
    for j in range(first + 1 if opened else first, comma):
        if _closes_quote(toks, j):
            start = j + 1  # past the mark closing the quotation the sentence opens with
            break
        if toks[j].text in LEX.opening_quotes and not opened:
            break  # a quotation inside the clause ('X praised “the plan,” saying ...')
    for j in _outside_relatives(toks, start, comma):
        if toks[j].pos_ in LEX.verb_pos and _is_finite(toks[j]):
            g = _group_start(toks, j)
            return _subject_before(toks, g) if g > 0 else None
    return None


def _postmodifier_at(toks: Sequence[Token], i: int) -> bool:
    """Whether an adjective or participle at ``i`` and the preposition after it modify the
    noun before it ('people familiar with', 'aides close to', 'a source involved in')."""
    return (
        i > 0
        and toks[i].lower_ in LEX.postmodifiers
        and toks[i + 1].lower_ in LEX.postmodifiers[toks[i].lower_]
        and (toks[i - 1].pos_ in LEX.head_pos or toks[i - 1].lower_ in LEX.pronoun_heads)
    )


def _attached_prep(toks: Sequence[Token], i: int) -> bool:
    """Whether ``toks[i]`` is a preposition attached to the noun before it ('a spokesman
    for the ministry', 'officials in Vienna', 'economists at two banks'; 'a survey by the
    group', the author of a poll or study)."""
    if i <= 0 or toks[i].pos_ != "ADP" or toks[i - 1].pos_ not in LEX.head_pos:
        return False
    if toks[i].lower_ in LEX.author_preps:
        return toks[i - 1].lemma_.lower() in LEX.finding_sources
    return toks[i].lower_ in LEX.source_preps


def _is_relative(toks: Sequence[Token], rng: SentRange) -> bool:
    return toks[rng[0]].lower_ in LEX.relatives


def _antecedent(toks: Sequence[Token], rel: int) -> SentRange | None:
    """The noun phrase a relative pronoun at ``rel`` refers to ('X, who ...', 'some who')."""
    end = rel - 1 if rel > 0 and toks[rel - 1].text == "," else rel
    if end < 1:
        return None
    if toks[end - 1].lower_ in LEX.pronoun_heads:
        return (end - 1, end)  # "some who warned", "those who said"
    start = _np_start(toks, end)
    return (start, end) if start is not None else None


def _with_relative_clause(toks: Sequence[Token], subject: SentRange) -> SentRange | None:
    """The subject with the noun phrase whose relative clause it ends ('Experts who studied
    the dam said': not 'the dam'); else the subject as it is."""
    start = subject[0]
    for j in range(start - 1, max(0, start - 10), -1):
        token = toks[j]
        if token.is_punct or (token.pos_ in LEX.verb_pos and _is_finite(token) and j < start - 1):
            break
        if token.lower_ in LEX.relatives | LEX.complementizers:
            head = _antecedent(toks, j)
            if head is not None and j + 1 < start and toks[j + 1].pos_ in LEX.verb_pos:
                return (head[0], subject[1])
            break
    return subject


def _skip_adverbs(toks: Sequence[Token], i: int) -> int:
    while i < len(toks) and (
        _inline_space(toks[i])
        or (
            toks[i].pos_ == "ADV"
            and toks[i].lower_ not in LEX.not_adverbs | LEX.frame_subordinators
            and not (toks[i].lower_ in LEX.answer_words and _answer_at(toks, i))
            and _approximator_end(toks, i) == i
            and not _compound_start(toks, i)
        )
    ):
        i += 1
    return i


def _compound_start(toks: Sequence[Token], i: int) -> bool:
    """Whether ``i`` is the first part of a hyphenated compound ('down-ballot races',
    'long-term goals'), which opens a noun phrase, not an adverb of the verb."""
    return (
        i + 2 < len(toks)
        and toks[i + 1].text in LEX.hyphens
        and not toks[i].whitespace_
        and not toks[i + 1].whitespace_
    )


def _answer_at(toks: Sequence[Token], i: int) -> bool:
    """Whether ``toks[i]`` is a one-word answer closing its clause ('he said no.', '75
    percent said yes, but ...', 'said yes while ...')."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.text in LEX.clause_punct | LEX.comma or nxt.pos_ in LEX.clause_joining_pos


def _inline_space(token: Token) -> bool:
    """A run of spaces inside a line (some publishers leave them inside sentences)."""
    return token.is_space and "\n" not in token.text


def _approximator_end(toks: Sequence[Token], i: int) -> int:
    """Past an approximator right before a figure ('at least 30', 'roughly 800'); else i."""
    for words in LEX.figure_approximators:
        end = i + len(words)
        if (
            end < len(toks)
            and all(toks[i + m].lower_ == w for m, w in enumerate(words))
            and (toks[end].pos_ in LEX.number_pos or toks[end].like_num)
        ):
            return end
    return i


def _skip_object(toks: Sequence[Token], i: int, lemma: str) -> int:
    """Past the addressee of 'tell'/'inform'/'warn'/'assure' ('told reporters', 'told
    us')."""
    if lemma not in LEX.addressee_verbs:
        return i
    if i < len(toks) and toks[i].lower_ in LEX.complementizers:
        return i
    end = _np_end(toks, i)
    if end == i and i < len(toks) and toks[i].lower_ in LEX.object_pronouns:
        end = i + 1
    # "told reporters his role would ...": a possessive after the addressee opens the clause
    end = next(
        (
            j
            for j in range(i + 1, end)
            if toks[j].lower_ in LEX.possessive_dets and _pos(toks[j - 1]) in LEX.head_pos
        ),
        end,
    )
    if end > i and lemma in LEX.object_content_verbs:
        return i  # "urged Moscow to ...": the object belongs to the content
    verb_at = _skip_adverbs(toks, end)  # "her group never worked"
    if end > i and verb_at < len(toks) and _finite_after_subject(toks[verb_at]):
        # "told the AP his firm worked": the noun-phrase reader ran on into the subject
        split = next(
            (j for j in range(i + 1, end) if toks[j].lower_ in LEX.possessive_dets),
            None,
        )
        if split is not None:
            return split
    if end > i and (lemma != "warn" or _clause_follows(toks, end)):
        return end
    return i


def _clause_follows(toks: Sequence[Token], i: int) -> bool:
    return i < len(toks) and (toks[i].lower_ in LEX.complementizers or toks[i].text == ":")


def _skip_adverbials(
    toks: Sequence[Token], p: int, verb: CueVerb
) -> tuple[int, Stwr, SentRange | None]:
    """Past adverbs, time and channel phrases and a ', citing X,' relay after the cue.

    Returns the new position, the stwr (writing when a written channel is named) and the
    relayed source if any.
    """
    stwr = verb.stwr
    relay: SentRange | None = None
    n = len(toks)
    for _ in range(6):
        q = _skip_adverbs(toks, p)
        when = _time_phrase_end(toks, q)
        if when > q:  # "tweeted Tuesday night he ...", "said last week the ..."
            p = when + (1 if when < n and toks[when].text == "," else 0)
            continue
        if q < n and toks[q].pos_ == "ADP" and toks[q].lower_ not in (*verb.prep, "of", "that"):
            ends = (_time_phrase_end(toks, q + 1), _np_end(toks, q + 1))  # "on Nov. 9 the"
            end = next((e for e in ends if q + 1 < e < n and _after_adverbial(toks, e)), q + 1)
            noun = toks[end - 1].lower_ if end > q + 1 else ""
            if end > q + 1:
                if noun in LEX.written_channels:
                    stwr = "writing"
                p = end + (1 if toks[end].text == "," and _comma_closes(toks, end) else 0)
                continue
        if q < n and toks[q].text == ",":
            relay_src = _relay_after(toks, q)
            if relay_src is not None:
                relay = relay_src
                p = relay_src[1] + (1 if relay_src[1] < n and toks[relay_src[1]].text == "," else 0)
                continue
        p = q
        break
    return p, stwr, relay


def _time_phrase_end(toks: Sequence[Token], i: int) -> int:
    """End of a bare time phrase at ``i`` ('Tuesday night', 'last week', 'this year',
    'March 3'); ``i`` if none starts there."""
    j = i
    while j < len(toks) and toks[j].lower_ in LEX.time_modifiers:
        j += 1
    start = j
    while j < len(toks) and (toks[j].lower_ in LEX.time_words or (j > start and toks[j].like_num)):
        j += 1
    return j if j > start else i


def _after_adverbial(toks: Sequence[Token], end: int) -> bool:
    """Whether a phrase ending at ``end`` is followed by the content or the clause end."""
    nxt = toks[end]
    if nxt.lower_ == "to" and end + 1 < len(toks) and toks[end + 1].pos_ in LEX.verb_pos:
        return True  # "promised on Monday to send"
    return (
        nxt.lower_ in LEX.complementizers
        or nxt.text in LEX.clause_punct | LEX.colon_comma
        or nxt.pos_ in LEX.content_start_pos
        or nxt.pos_ == "ADP"
    )


def _comma_closes(toks: Sequence[Token], i: int) -> bool:
    return i + 1 < len(toks) and (
        toks[i + 1].lower_ in LEX.complementizers or toks[i + 1].pos_ in LEX.comma_closer_pos
    )


def _frame_tail(
    toks: Sequence[Token], i: int, verb: CueVerb | None
) -> tuple[int, Stwr, SentRange | None]:
    """End of a frame clause after its cue/source ('said on Tuesday, citing officials')."""
    base = verb or CueVerb()
    p, stwr, relay = _skip_adverbials(toks, i, base)
    return p, stwr, relay


def _relay_after(toks: Sequence[Token], i: int) -> SentRange | None:
    """', citing X' / ', quoting X' at position ``i`` (a comma) or right after it."""
    j = i + 1 if i < len(toks) and toks[i].text == "," else i
    if j < len(toks) and toks[j].lemma_.lower() in LEX.relay_verbs and toks[j].tag_ != "VVD":
        return _np_after(toks, j + 1)
    return None


def _content(
    toks: Sequence[Token], p: int, lemma: str, verb: CueVerb
) -> tuple[Form, int, int] | None:
    """Form and token range of what a cue verb says, starting at ``p``."""
    n = len(toks)
    if p >= n:
        return None
    first = toks[p]
    end = _clause_end(toks, p)
    if first.text == ":":
        return ("indirect", p + 1, end) if end > p + 2 else None
    if first.lower_ in LEX.complementizers | LEX.question_complementizers and end > p + 2:
        return "indirect", p, end
    if lemma in LEX.any_object_verbs and first.lower_ in LEX.answer_words and _answer_at(toks, p):
        return "indirect", p, p + 1  # "said yes, but ...", "said yes while ...": the answer
    if first.lower_ == "to" and p + 1 < n and toks[p + 1].pos_ in LEX.verb_pos:
        return "indirect", p, end  # "vowed to respond", "expects to raise"
    if first.text in LEX.opening_quotes and lemma in LEX.bare_clause_verbs:
        quoted = _quoted_content(toks, p, end)
        if quoted is not None:
            return quoted
    if lemma in LEX.bare_clause_verbs and _loose_clause_at(toks, p, end):
        return "indirect", p, end
    if lemma in LEX.late_clause_verbs and _late_clause_at(toks, p, end):
        return "indirect", p, end
    if lemma in LEX.any_object_verbs and _words_said_at(toks, p, end):
        return "indirect", p, end
    if lemma not in LEX.clause_only or lemma in LEX.object_content_verbs:
        clause = _clause_at(toks, p)
        if clause and lemma not in LEX.object_content_verbs:
            return "indirect", p, end
        if lemma in LEX.question_verbs:
            question = _question_after_object(toks, p, end)
            if question is not None:
                return "indirect", question, end  # "asked the students if they were ..."
        if lemma in LEX.request_verbs:
            obj = p + 1 if first.lower_ in LEX.object_pronouns else _np_end(toks, p)
            if obj > p and obj + 1 < n and toks[obj].lower_ == "to":
                return "indirect", p, end
            if obj > p and obj + 1 < n and toks[obj].lower_ in verb.prep:
                return "reported", p, end  # "asked the government for aid"
    elif _clause_at(toks, p) and lemma in LEX.clause_content_verbs:  # fmt: skip
        return "indirect", p, end
    if lemma in LEX.as_verbs and _named_as(toks, p):
        return "reported", p, end  # "see the senator as an ally"
    if p > 0 and _prep_cue_at(toks, p - 1, lemma):
        end = _participle_cue_before(toks, p, end)
        return ("reported", p, end) if _np_end(toks, p) > p else None
    if lemma in LEX.np_content:
        end = _participle_cue_before(toks, p, end)
        if lemma in LEX.relay_verbs:  # "X, citing a poll, said ...": the poll ends at the comma
            end = next(
                (
                    j
                    for j in range(p + 1, end - 1)
                    if toks[j].text in LEX.comma and _is_finite(toks[_skip_adverbs(toks, j + 1)])
                ),
                end,
            )
        if first.pos_ == "ADP":
            if first.lower_ in verb.prep and end > p + 1:
                return "reported", p, end
            return None
        if _np_end(toks, p) > p or first.tag_ in LEX.gerund_tags:  # "supported raising"
            return "reported", p, end
        if first.lower_ in LEX.object_pronouns and end > p + 1:
            return "reported", p, end  # "called him a liar", "praised her for it"
    if lemma in LEX.late_clause_verbs and (
        lemma in LEX.addressee_verbs
        or first.pos_ in LEX.adverbial_start_pos
        or first.is_punct
        or first.text[:1].isupper()  # "said on/AVP Twitter/VVB that"
    ):
        that = _that_after_phrase(toks, p, end)
        if that is not None:
            return "indirect", that, end
    if lemma in LEX.any_object_verbs:
        if p > 0 and toks[p - 1].lower_ in LEX.standalone_subjects and _is_finite(first):
            p -= 1  # "says many/AV0 doubted her": the adverb skipped was the subject
        if _rest_said_at(toks, p, end):
            whole_np = _np_end(toks, p) >= _trim(toks, p, end)[1]  # "says strange things"
            form: Form = "reported" if whole_np else "indirect"
            return form, p, end
    return None


def _that_after_phrase(toks: Sequence[Token], p: int, end: int) -> int | None:
    """Where a that-clause opens after a phrase the readers above did not skip: a channel,
    an addressee or an insertion before it ('said on Twitter/VVB Thursday that', 'told a
    Senate hearing on Thursday that', 'said, among other things, that'); None if a finite
    verb or a clause comes first, or if the "that" is a relative pronoun ('said in a
    report that was released')."""
    for j in range(p, min(end - 1, p + LEX.max_phrase_before_that)):
        token = toks[j]
        if token.lower_ in LEX.complementizers and token.tag_ in LEX.conjunction_tags:
            nxt = toks[_skip_adverbs(toks, j + 1)]
            return j if j > p and nxt.pos_ not in LEX.verb_pos else None
        name = token.text[:1].isupper() and not token.is_sent_start  # "Twitter/VVB"
        if (
            token.text in LEX.clause_punct
            or token.lower_ in LEX.relatives | LEX.question_complementizers
            or (token.pos_ in LEX.verb_pos and _is_finite(token) and not name)
        ):
            return None
    return None


def _rest_said_at(toks: Sequence[Token], p: int, end: int) -> bool:
    """Whether the rest of the clause after 'say' is what was said although no reader above
    took it: a clause whose subject runs long or opens with a gerund ('said having Mr.
    Putin treat him with respect is', 'says expanding the harbour will'), or 'the same'
    said of another ('three in four said the same of X'). A plain object stays none ('said
    the words he wrote', 'said a prayer and the town was silent'), and so does a phrase
    opened by a preposition ('said of the claim', 'said during an interview'), an object
    pronoun ('said it') or a mark."""
    if p + 1 >= end:
        return False
    first = toks[p]
    if first.lower_ in LEX.object_words or (
        first.pos_ in LEX.no_rest_start_pos and first.tag_ not in LEX.gerund_tags
    ):
        return False
    if first.is_punct and first.text not in LEX.opening_quotes:
        return False  # 'said “local forces” must lead' opens with a quotation mark
    if first.lower_ == "the" and toks[p + 1].lower_ == "same":
        nxt = toks[p + 2] if p + 2 < end else None
        return nxt is None or nxt.is_punct or nxt.lower_ in LEX.same_preps
    verbs = 0
    for j in range(p + 1, end):
        token = toks[j]
        if (
            token.text in LEX.comma
            or token.pos_ in LEX.clause_joining_pos
            or token.lower_ in LEX.relatives | LEX.complementizers | LEX.question_complementizers
        ):
            break
        if token.pos_ == "PRON" and _pos(toks[j - 1]) in LEX.head_pos:
            return _finite_verbs(toks, j + 1, end) >= 2  # "the words he wrote"
        if token.pos_ in LEX.verb_pos and _finite_after_subject(token):
            verbs += 1
    return verbs > 0


def _quoted_content(toks: Sequence[Token], p: int, end: int) -> tuple[Form, int, int] | None:
    """What a verb of saying says when a quotation opens it inside the sentence ('The ad
    says “nothing will change”', 'X says “the game is soft” because ...'): the quotation
    and what follows it in the clause, if the quotation holds a finite verb (not 'said
    “CNN” five times')."""
    close = next((j for j in range(p + 1, end) if toks[j].text in LEX.closing_quotes), end)
    if not any(_is_finite(t) for t in toks[p + 1 : close]):
        return None
    rest = [t for t in toks[close + 1 : end] if not t.is_punct]
    return ("indirect" if rest else "direct"), p, end


def _finding_source(toks: Sequence[Token], source: SentRange | None) -> bool:
    """Whether a source is a poll, a study or records ('A recent CNN survey', 'polls
    there', 'a 2014 House committee report', 'FEC records')."""
    if source is None:
        return False
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in LEX.finding_sources
        for t in toks[source[0] : source[1]]
    )


def _finding(toks: Sequence[Token], p: int) -> tuple[Form, int, int] | None:
    """What a poll or a study found, at ``p``: a noun phrase with all that follows it in
    the clause ('found 90 percent support for X', 'showed Smith leading Jones', 'finds
    Smith with a small lead')."""
    end = _participle_cue_before(toks, p, _clause_end(toks, p))
    if p < end and (_np_end(toks, p) > p or _approximator_end(toks, p) > p):
        return "reported", p, end
    return None


def _question_after_object(toks: Sequence[Token], p: int, end: int) -> int | None:
    """Start of the question after the person asked ('asked the students if ...', 'asked
    Sanders how he was', 'asked Clinton Friday how ...'), or None."""
    if p >= end:
        return None
    obj = p + 1 if toks[p].lower_ in LEX.object_pronouns else _np_end(toks, p)
    if obj == p:
        return None
    obj = _time_phrase_end(toks, obj)
    if obj + 1 < end and toks[obj].lower_ in LEX.wh_words | LEX.question_complementizers:
        return obj
    return None


def _participle_cue_before(toks: Sequence[Token], p: int, end: int) -> int:
    """End of a noun-phrase content before ', calling ...' / ', accusing ...' / 'while
    saying ...': a participle cue after a comma or an opener ('and', 'while', 'by') is a
    report of its own ('praised the players, calling them ...')."""
    for j in range(p + 1, end - 1):
        nxt = toks[j + 1]
        if (
            (toks[j].text in LEX.comma or toks[j].lower_ in LEX.gerund_openers)
            and nxt.tag_ in LEX.gerund_tags
            and nxt.lemma_.lower() in LEX.cue_verbs
        ):
            return j
    return end


def _clause_at(toks: Sequence[Token], p: int) -> bool:
    """Whether a clause (subject, then a finite verb) starts at ``p`` ('said the troops had',
    'said there were', 'said at least 30 people had', 'said you could')."""
    if p >= len(toks):
        return False
    if toks[p].pos_ == "PRON" and toks[p].lower_ in LEX.clause_pronouns:
        end = p + 1
    else:
        p = _approximator_end(toks, p)
        compound = p + 1 < len(toks) and toks[p + 1].text in LEX.hyphens  # "working-class"
        if p >= len(toks) or (toks[p].pos_ in LEX.no_clause_start_pos and not compound):
            return False
        end = _np_end(toks, p)
    if end == p:
        return False
    j = end
    while j < len(toks) and (toks[j].pos_ == "ADV" or toks[j].text in LEX.opening_quotes):
        j += 1  # 'said caucuses “are such an unknown”'
    return j < len(toks) and _finite_after_subject(toks[j])


def _loose_clause_at(toks: Sequence[Token], p: int, end: int) -> bool:
    """Whether a clause starts at ``p`` whose subject runs on before its finite verb
    ('says a hit that used to be legal now draws a penalty', 'argued the group, which ...,
    is in retreat', 'said Trump, despite his wealth, is better placed')."""
    if _clause_at(toks, p) or _plain_subject_clause_at(toks, p, end):
        return True
    if (
        p >= end
        or toks[p].pos_ not in LEX.content_start_pos
        or toks[p].lower_ in LEX.complementizers
    ):
        return False
    subject_end = _np_end(toks, p)
    if subject_end == p or subject_end >= end:
        return False
    nxt = toks[subject_end]
    if nxt.lower_ == "to" and _infinitive_subject_clause(toks, subject_end, end):
        return True
    finite = [t for t in toks[subject_end + 1 : end] if _is_finite(t) and t.pos_ in LEX.verb_pos]
    if nxt.text in LEX.comma:
        return bool(finite)
    if nxt.lower_ in LEX.relatives | LEX.complementizers or (
        nxt.pos_ == "PRON" and nxt.lower_ in LEX.clause_pronouns
    ):  # one verb for the relative clause, one for the subject it belongs to
        return len(finite) >= 2  # "told the court the story he had heard was false"
    return False  # the object is followed by something else: no clause of its own


def _late_clause_at(toks: Sequence[Token], p: int, end: int) -> bool:
    """Whether a clause starts at ``p`` that the readers above miss: an adverbial before
    its subject ('says despite all that, Obama was'), a subject the tagger cut ('said
    most/AV0 were', 'says 31,000/NN0 to 160,000 of them could') or a finite verb it left
    untagged ('said the South has/UNC'). A subject head, then a finite verb, within a
    few words, with no relative, complementizer or colon before it."""
    if p >= end or toks[p].pos_ in LEX.no_late_clause_start_pos:
        return False
    for j in range(p + 1, min(end, p + LEX.max_late_subject)):
        token = toks[j]
        if (
            (
                token.lower_ in LEX.relatives | LEX.complementizers | LEX.question_complementizers
                and token.tag_ not in LEX.determiner_tags  # "says despite all that/DT0, X was"
            )
            or token.text in LEX.late_clause_stops
            or token.pos_ == "CCONJ"
        ):
            return False
        finite = (token.pos_ in LEX.verb_pos and _finite_after_subject(token)) or (
            token.lower_ in LEX.finite_words
        )
        if not finite:
            continue
        b = j - 1
        while b > p and toks[b].pos_ == "ADV":
            b -= 1
        before = toks[b]
        if before.pos_ == "PRON":  # "said the words he wrote": a relative clause, no "that"
            return b == p or _pos(toks[b - 1]) not in LEX.head_pos
        return _pos(before) in LEX.head_pos | {"NUM"} or before.lower_ in LEX.standalone_subjects
    return False


def _words_said_at(toks: Sequence[Token], p: int, end: int) -> bool:
    """Whether what follows 'say' at ``p`` is what was said although no reader above
    takes it as a clause: a subject pronoun, whatever the tagger made of the verb after it
    ('said he plans/NN2 to'); words up to a finite verb with no relative before it, a
    coordinated subject included ('said the Clintons and the foundation had', 'says
    Sanders’ attack/UNC is'); a bare name as the answer ('asked who leads, he said
    Ryan.'). A plain object stays none ('said a few words about it', 'say goodbye')."""
    if p + 1 >= end:
        return False
    first = toks[p]
    if first.pos_ == "PRON" and first.lower_ in LEX.subject_pronouns:
        return not toks[p + 1].is_punct
    head = toks[max(p, _np_end(toks, p) - 1)]
    start_pos = first.pos_
    if start_pos in LEX.unknown_pos and first.text[:1].isupper() and first.text.isalpha():
        start_pos = "PROPN"  # "said Rubio/UNC “has failed ...”": a name the tagger missed
    if start_pos in LEX.content_start_pos and {first.lower_, head.lemma_.lower()}.isdisjoint(
        LEX.object_words
    ):
        for j in range(p + 1, min(end, p + LEX.max_late_subject)):
            token = toks[j]
            if token.lower_ in LEX.relatives | LEX.complementizers | LEX.question_complementizers:
                break
            if token.pos_ == "PRON" and _pos(toks[j - 1]) in LEX.head_pos:
                # "said the words he wrote": a relative clause without "who"; a clause
                # when a second finite verb follows ("said some of the criticism he
                # takes is unfair", "said the last time anyone came was in 2001")
                return _finite_verbs(toks, j + 1, end) >= 2
            if (token.pos_ in LEX.verb_pos and _finite_after_subject(token)) or (
                token.lower_ in LEX.finite_words
            ):
                return True
    if first.lower_ in LEX.answer_words and _answer_at(toks, p):
        return True  # "asked if he was bullied, he said no."
    k = p
    while k < end and _pos(toks[k]) == "PROPN":
        k += 1
    return (
        k > p
        and k - p <= LEX.max_answer_name
        and k < len(toks)
        and toks[k].text in LEX.clause_punct
    )


def _finite_verbs(toks: Sequence[Token], i: int, end: int) -> int:
    """How many finite verbs stand between ``i`` and ``end``, before a comma or a clause
    of its own ('because ...', 'who ...', 'that ...')."""
    count = 0
    stops = LEX.relatives | LEX.complementizers | LEX.question_complementizers
    for token in toks[i:end]:
        if token.text in LEX.comma or token.pos_ == "SCONJ" or token.lower_ in stops:
            break
        if token.pos_ in LEX.verb_pos and _is_finite(token):
            count += 1
    return count


def _infinitive_subject_clause(toks: Sequence[Token], to: int, end: int) -> bool:
    """Whether the common noun before ``to`` heads a subject with an infinitive that runs
    on to the clause's finite verb ('argued Trump's proposal to pay down the debt was',
    'says the only way to stop him is', 'say efforts to crack down on abuse are')."""
    if to == 0 or toks[to - 1].pos_ != "NOUN" or to + 1 >= end:
        return False
    if toks[to + 1].pos_ not in LEX.verb_pos or _is_finite(toks[to + 1]):
        return False
    for j in range(to + 2, end):
        token = toks[j]
        if token.text in LEX.comma or token.lower_ in LEX.relatives | LEX.complementizers:
            return False  # a clause of its own comes first: not the subject's verb
        if token.pos_ in LEX.verb_pos and _is_finite(token):
            return j > to + 2
    return False


def _plain_subject_clause_at(toks: Sequence[Token], p: int, end: int) -> bool:
    """Whether a clause starts at ``p`` whose subject the noun-phrase reader does not take
    on its own, right before its finite verb: a noun phrase with prepositional phrases
    ('movement over the past week is'), a quantifier, demonstrative or figure ('this is',
    'some of them were', 'millions lost'), a gerund with its object ('legalizing it
    could', 'seeing so many officers at the parade was')."""
    if p >= end:
        return False
    first = toks[p]
    if first.pos_ == "PRON" and p + 2 < end and toks[p + 1].lower_ in LEX.name_conjunctions:
        # "he and Trump differ", "she and her peers had"
        q = p + 2
        single = toks[q].pos_ == "PRON" and toks[q].lower_ not in LEX.possessive_dets
        subject_end = q + 1 if single else _np_end(toks, q)
        subject_end = subject_end if subject_end > q else p
    elif first.tag_ in LEX.gerund_tags or (first.pos_ == "ADJ" and first.lower_.endswith("ing")):
        q = _skip_adverbs(toks, p + 1)
        if q < end and toks[q].pos_ == "PRON":
            q += 1
        else:
            q = _np_end(toks, q, preps=LEX.subject_preps)
        while q + 1 < end and toks[q].lower_ in LEX.subject_preps:  # "succeeding in 2016 is"
            after = _np_end(toks, q + 1, preps=LEX.subject_preps)
            if after == q + 1 and toks[q + 1].like_num:
                after = q + 2
            if after == q + 1:
                break
            q = after
        subject_end = q if q > p + 1 else p
    elif first.lower_ in LEX.standalone_subjects or first.pos_ in LEX.number_pos:
        subject_end = p + 1
        while subject_end < end and toks[subject_end].pos_ in LEX.number_pos:
            subject_end += 1  # "two thirds", "3 million"
        if subject_end + 1 < end and toks[subject_end].lower_ in LEX.subject_preps:
            rest = _np_end(toks, subject_end + 1, preps=LEX.subject_preps)
            if toks[subject_end + 1].pos_ == "PRON":
                rest = subject_end + 2
            subject_end = rest if rest > subject_end + 1 else subject_end
    elif first.pos_ in LEX.content_start_pos and first.pos_ != "PRON":
        subject_end = _np_end(toks, p, preps=LEX.subject_preps)
    else:
        return False
    if subject_end <= p or subject_end >= end:
        return False
    j = subject_end
    while j < end and (toks[j].pos_ == "ADV" or toks[j].text in LEX.opening_quotes):
        j += 1
    return j < end and toks[j].pos_ in LEX.verb_pos and _finite_after_subject(toks[j])


def _clause_end(toks: Sequence[Token], i: int) -> int:
    """End of the content starting at ``i``: the sentence end, or before a trailing frame
    (', citing X', ', adding that', ', the ministry said')."""
    n = len(toks)
    for j in range(i, n):
        text = toks[j].text
        if text in LEX.semicolon:
            return j
        if text in LEX.conjunctions and j > i and _coordinated_cue(toks, j + 1):
            return j
        if (
            text in LEX.conjunctions
            and j > i + 1
            and _coordinated_report(toks, j + 1)
            and not _inside_quotation(toks, i, j)
        ):
            return j  # "said the count was wrong, and the governor said it was fair"
        if text == "," and j + 1 < n:
            nxt = toks[j + 1]
            if (
                nxt.lemma_.lower() in LEX.relay_verbs | LEX.trailing_frame_verbs
                and nxt.tag_ in LEX.gerund_tags
            ):
                return j
            if _opened_gerund_cue(toks, j + 1):
                return j  # "sought to portray herself ..., while raising questions"
            if j > i + 2 and _inverted_frame_at(toks, j + 1):
                return j  # "she hoped to carry it, the race will be tight, said X"
    return n


def _inverted_frame_at(toks: Sequence[Token], i: int) -> bool:
    """Whether an inverted frame of 'say' starts at ``i`` and closes the sentence or
    clause: 'said X, a political analyst.' / 'X said.'"""
    n = len(toks)
    verb = toks[i]
    if verb.lemma_.lower() in LEX.trailing_frame_verbs and _is_finite(verb):
        return _source_after(toks, i + 1) is not None
    end = _np_end(toks, i)
    return (
        i < end < n - 1
        and toks[end].lemma_.lower() in LEX.trailing_frame_verbs
        and _is_finite(toks[end])
        and toks[end + 1].text in LEX.clause_punct | LEX.comma
    )


def _opened_gerund_cue(toks: Sequence[Token], i: int) -> bool:
    """Whether an opener ('while', 'after', 'by') and a participle of saying start at
    ``i`` ('while saying that ...', 'after noting ...'): a report of its own."""
    if i >= len(toks) or toks[i].lower_ not in LEX.gerund_openers - LEX.conjunctions:
        return False
    j = _skip_adverbs(toks, i + 1)
    return (
        j < len(toks)
        and toks[j].tag_ in LEX.gerund_tags
        and toks[j].lemma_.lower() in LEX.cue_verbs
    )


def _coordinated_cue(toks: Sequence[Token], i: int) -> bool:
    """Whether a finite verb of saying follows a conjunction ('... and accused Moscow')."""
    k = _skip_adverbs(toks, i)
    while k < len(toks) and toks[k].pos_ == "AUX":
        k += 1
    return (
        k < len(toks)
        and toks[k].pos_ == "VERB"
        and toks[k].lemma_.lower() in LEX.cue_verbs
        and toks[k].lemma_.lower() not in LEX.attitude_verbs
        and (_is_finite(toks[k]) or k > i)
    )


def _inside_quotation(toks: Sequence[Token], i: int, j: int) -> bool:
    """Whether ``j`` lies inside a quotation opened from ``i`` on (an odd number of
    quotation marks before it): the quoted words are the speaker's, never a new frame."""
    marks = LEX.opening_quotes | LEX.closing_quotes
    return sum(1 for t in toks[i:j] if t.text in marks) % 2 == 1


def _coordinated_report(toks: Sequence[Token], i: int) -> bool:
    """Whether a subject and a finite verb of saying that takes a bare clause follow a
    conjunction ('... and the governor said', '..., but he said'): a report of its own,
    not part of the message."""
    k = _skip_adverbs(toks, i)
    for m in range(k + 1, len(toks)):
        if toks[m].is_punct and toks[m].text not in LEX.hyphens:
            return False
        if toks[m].pos_ in ("VERB", "AUX"):
            subject = _subject_before(toks, m)
            v = m
            while v < len(toks) - 1 and toks[v].pos_ == "AUX":
                v += 1
            return (
                subject is not None
                and subject[0] == k
                and toks[v].lemma_.lower() in LEX.bare_clause_verbs
                and _coordinated_cue(toks, m)
                and _is_finite(toks[m])
            )
    return False


def _clause_start(toks: Sequence[Token], comma: int) -> int:
    """Start of the clause before an inverted frame's comma: after a leading quote's frame."""
    return 0


def _according_frame(toks: Sequence[Token], k: int) -> base.FrameMatch | None:
    """'according to X' / 'according to figures from X' / 'according to X's estimates'."""
    n = len(toks)
    i = k + 2
    end = _np_end(toks, i)
    cue: SentRange = (k, k + 2)
    if end == i:
        phrase = _according_phrase(toks, i)
        if phrase is None:
            return None
        stwr = LEX.frame_nouns.get(toks[phrase[1] - 1].lower_, "speech")
        return base.FrameMatch(cue, phrase, (k, phrase[1]), stwr, None)
    heads = [j for j in range(i, end) if toks[j].pos_ in LEX.head_pos]
    head = toks[heads[-1]].lower_ if heads else ""
    possessive = next((j for j in range(i, end) if toks[j].text in LEX.possessives), None)
    if head in LEX.anonymous_sources and possessive is None:
        after = end
        if after < n and toks[after].lower_ in LEX.frame_source_preps:
            src_end = _np_end(toks, after + 1)
            if src_end > after + 1:
                return base.FrameMatch(cue, (after + 1, src_end), (k, src_end), "writing", None)
        end = _postmodifier_end(toks, end)  # "people familiar with the talks"
        return base.FrameMatch(cue, (i, end), (k, end), "speech", "reportative")
    stwr = LEX.frame_nouns.get(head, "speech")
    if head in LEX.frame_nouns and possessive is not None:
        # "according to the ministry's figures": the possessor is the source
        src_end = end
        if end < n and toks[end].lower_ in LEX.frame_source_preps:
            src_end = _np_end(toks, end + 1)
        return base.FrameMatch((k, end), (i, possessive), (k, max(end, src_end)), stwr, None)
    if head in LEX.frame_nouns and end < n and toks[end].lower_ in LEX.frame_source_preps:
        src_end = _np_end(toks, end + 1)
        if src_end > end + 1:
            return base.FrameMatch((k, end), (end + 1, src_end), (k, src_end), stwr, None)
    # the source itself; a following apposition belongs to it, and so does a participle
    # phrase up to the frame's comma ("according to exit polls conducted by X for Y, ...")
    full = _postmodifier_end(toks, _np_end(toks, i, appositions=True))
    if full < n and toks[full].tag_ in LEX.participle_tags:
        while full < n and toks[full].text not in LEX.comma | LEX.clause_punct:
            full += 1
    return base.FrameMatch(cue, (i, full), (k, full), stwr, None)


def _according_phrase(toks: Sequence[Token], i: int) -> SentRange | None:
    """The source of an 'according to' whose words the noun-phrase reader does not take
    ('according to him,', 'according to complete but unofficial returns.', 'according to
    one of his aides.', 'according to state/VVI records'): the words up to the comma or
    the sentence's end, when they are few and hold a noun or a pronoun."""
    stop = next(
        (j for j in range(i, len(toks)) if toks[j].text in LEX.comma | LEX.clause_punct),
        len(toks),
    )
    words = toks[i:stop]
    if not words or len(words) > LEX.max_according_phrase:
        return None
    if not any(_pos(t) in LEX.head_pos or t.pos_ == "PRON" for t in words):
        return None
    return (i, stop)


def _postmodifier_end(toks: Sequence[Token], end: int) -> int:
    """End of a postmodifier after a noun phrase ending at ``end`` ('people familiar with
    the talks', 'sources close to the board', 'aides close to him'); ``end`` when none
    follows."""
    if end + 2 >= len(toks) or not _postmodifier_at(toks, end):
        return end
    if toks[end + 2].lower_ in LEX.object_pronouns:
        return end + 3  # "aides close to him"
    phrase_end = _np_end(toks, end + 2)
    return phrase_end if phrase_end > end + 2 else end


def _opens_quote(toks: Sequence[Token], i: int) -> bool:
    return i < len(toks) and toks[i].text in LEX.opening_quotes


def _standalone_quote(doc: Doc, q: DocRange) -> bool:
    """A quotation that is a statement of its own, not a phrase quoted inside a sentence."""
    open_mark = q[0] - 1
    if open_mark <= 0 or doc[open_mark].is_sent_start or opens_paragraph(doc[open_mark]):
        return True
    before = doc[open_mark - 1]
    return before.text in LEX.quote_lead_marks | LEX.clause_punct or bool(
        before.is_sent_start and before.is_punct
    )


def _trim(toks: Sequence[Token] | Doc, start: int, end: int) -> SentRange:
    """[start, end) without punctuation at its edges; a final '%' or closing bracket stays."""
    if isinstance(toks, Doc):
        s, e = _trim(list(toks[start:end]), 0, end - start)
        return (start + s, start + e)
    s, e = trim_punct(toks, start, end)
    while e < end and toks[e].text in LEX.kept_final and _keeps(toks, s, e):
        e += 1
    return s, e


def _keeps(toks: Sequence[Token], start: int, e: int) -> bool:
    if toks[e].text == "%":
        return (e > start and toks[e - 1].pos_ == "NUM") or toks[e - 1].like_num
    opener = "(" if toks[e].text == ")" else "["
    return any(t.text == opener for t in toks[start:e])


def _shift(rng: SentRange | None, offset: int) -> SentRange | None:
    return (rng[0] + offset, rng[1] + offset) if rng else None
