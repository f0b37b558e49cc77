"""The pipeline, stage by stage: read -> language -> NLP + extractors -> resolve -> analysis.

``analyze``, ``lagebild ingest`` and (later) the Spark job all go through
:class:`Analyzer`, so every entry point runs the same stages.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from lagebild.extract.claim_spans import ClaimSpans
from lagebild.gc_pause import paused_gc
from lagebild.ingest.dateline import body_start
from lagebild.ingest.language import detect_language
from lagebild.ingest.text import TextOptions, parse_article, read_text_file
from lagebild.model import (
    Analysis,
    Claim,
    Document,
    Entity,
    Event,
    Mention,
    Modality,
    Quantity,
    Span,
    StageFailure,
    TimeExpr,
)
from lagebild.nlp.by_stage import run_by_stage, stage_failure
from lagebild.nlp.loading import SUPPORTED_LANGUAGES, NlpOptions, linguistic_pipeline
from lagebild.nlp.recurring import RecurringWords
from lagebild.resolve.sources import link_short_names, resolve_sources

log = logging.getLogger(__name__)

# The extractors, in the order they run on the linguistic pipeline.
EXTRACTORS = (
    "lagebild_entities",
    "lagebild_quantities",
    "lagebild_times",
    "lagebild_attribution",
    "lagebild_modality",
    "lagebild_events",
)


def build_nlp(lang: str = "de", options: NlpOptions | None = None) -> Language:
    """The full lagebild pipeline for ``lang``: the linguistic one, then the extractors."""
    options = options or NlpOptions()
    nlp = linguistic_pipeline(lang, options)
    _register_extractors()
    for name in EXTRACTORS if options.extractors is None else options.extractors:
        nlp.add_pipe(name)
    if options.attribution_model is not None and "lagebild_attribution" in nlp.pipe_names:
        # registered by the spacy_factories entry point (lagebild.learned sits above
        # the pipeline: it stacks on the rules and reads task documents)
        nlp.add_pipe(
            "lagebild_learned_attribution",
            after="lagebild_attribution",
            config={"model": str(options.attribution_model)},
        )
    return nlp


def _register_extractors() -> None:
    """Import the extractor modules so their factories are registered without entry points."""
    from lagebild.extract import (  # noqa: F401
        attribution,
        entities,
        events,
        modality,
        quantities,
        times,
    )


# Claims kept per document: a 200,000-character article (the readers' limit) of ordinary
# sentences has about 2,000. More come from lists, tables and dumps; the first ones are kept,
# the rest recorded as a "claims_limit" failure.
MAX_CLAIMS = 5_000


class Analyzer:
    """Analyses documents; holds one spaCy pipeline per language, built on first use.

    max_claims: claims kept per document (:data:`MAX_CLAIMS`); the first ones in text order.
    """

    def __init__(self, options: NlpOptions | None = None, *, max_claims: int = MAX_CLAIMS) -> None:
        self.options = options or NlpOptions()
        self.max_claims = max_claims
        self._pipelines: dict[str, Language] = {}
        self._recurring: dict[str, RecurringWords] = {}

    def nlp(self, lang: str) -> Language:
        """The pipeline for ``lang`` (German for languages lagebild does not analyse)."""
        lang = _supported(lang)
        if lang not in self._pipelines:
            with paused_gc():  # the models' objects are many, and none of them garbage
                self._pipelines[lang] = build_nlp(lang, self.options)
        return self._pipelines[lang]

    def analyze_document(self, document: Document) -> Analysis:
        """The analysis of one document."""
        return next(self.analyze_documents([document]))

    def analyze_documents(
        self, documents: Iterable[Document], batch_size: int = 32
    ) -> Iterator[Analysis]:
        """Analyses in input order; documents are batched per language through ``nlp.pipe``."""
        batch: list[Document] = []
        for document in documents:
            if not document.language:
                document.language = detect_language(document.text)
            batch.append(document)
            if len(batch) >= batch_size:
                yield from self._analyze_batch(batch)
                batch = []
        if batch:
            yield from self._analyze_batch(batch)

    def _analyze_batch(self, batch: list[Document]) -> list[Analysis]:
        by_language: dict[str, list[int]] = {}
        analyses: dict[int, Analysis] = {}
        for i, document in enumerate(batch):
            if document.language in SUPPORTED_LANGUAGES:
                by_language.setdefault(document.language, []).append(i)
            else:  # stored as it is, never run through another language's rules
                analyses[i] = Analysis(document=document)
        for lang, indices in by_language.items():
            nlp = self.nlp(lang)
            # the words seen in earlier documents stay in the vocabulary (outside the zone)
            recurring = self._recurring.setdefault(lang, RecurringWords())
            recurring.keep(nlp, (batch[i].text for i in indices))
            # spaCy keeps the string and lexeme of every new word for good (about 500 bytes
            # each): a long stream of fresh names and figures would grow without bound. In a
            # memory zone what the batch added is freed; the analyses hold plain strings.
            with nlp.memory_zone():
                _analyze_language(nlp, batch, indices, analyses)
        return [_limit_claims(analyses[i], self.max_claims) for i in range(len(batch))]


def _analyze_language(
    nlp: Language, batch: list[Document], indices: list[int], analyses: dict[int, Analysis]
) -> None:
    """The analyses of ``batch[i]`` for ``i`` in ``indices`` (all in ``nlp``'s language)."""
    try:
        docs = [_make_doc(nlp, batch[i]) for i in indices]
        done = list(nlp.pipe(docs, batch_size=len(docs)))
    except Exception:  # some stage raised on some document: find which, keep the rest
        log.debug("a stage failed in a batch of %d; going by stage", len(indices),
                  exc_info=True)  # fmt: skip
        for i in indices:
            analyses[i] = _analyze_by_stage(nlp, batch[i])
        return
    for i, doc in zip(indices, done, strict=True):
        analyses[i] = collect_analysis(batch[i], doc)


def _make_doc(nlp: Language, document: Document) -> Doc:
    doc = nlp.make_doc(document.text)
    doc._.doc_date = document.date
    doc._.body_start = document.body_start or body_start(document.text)
    return doc


def _analyze_by_stage(nlp: Language, document: Document) -> Analysis:
    """The analysis of one document, each component run on its own: a stage that raises is
    recorded in ``Analysis.failures`` and the document keeps what the others produced."""
    what = _name(document)
    try:
        doc = _make_doc(nlp, document)
    except Exception as exc:
        log.debug("%s: tokenizer failed", what, exc_info=True)
        return Analysis(document=document, failures=[stage_failure("tokenizer", exc)])
    doc, failures = run_by_stage(nlp, doc, what)
    analysis = collect_analysis(document, doc, failures)
    for failure in analysis.failures:
        log.info("%s: stage %s failed (%s)", what, failure.stage, failure.error)
    return analysis


def collect_analysis(
    document: Document, doc: Doc, failures: list[StageFailure] | None = None
) -> Analysis:
    """:func:`build_analysis`, or when collecting raises, the figures, dates and mentions
    found on ``doc`` with a ``resolve`` failure; ``failures`` are added to either."""
    failures = list(failures or [])
    try:
        analysis = build_analysis(document, doc)
    except Exception as exc:
        log.debug("%s: collecting the analysis failed", _name(document), exc_info=True)
        failures.append(stage_failure("resolve", exc))
        analysis = Analysis(
            document=document,
            mentions=list(doc._.mentions or []),
            quantities=list(doc._.quantities or []),
            times=list(doc._.times or []),
        )
    analysis.failures = failures
    return analysis


def _limit_claims(analysis: Analysis, limit: int) -> Analysis:
    """The analysis with its first ``limit`` claims; more are recorded as a failure."""
    n = len(analysis.claims)
    if n > limit:
        analysis.claims = sorted(analysis.claims, key=lambda c: c.start)[:limit]
        at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        reason = f"{n:,} claims, over the limit of {limit:,} for one document: the first kept"
        analysis.failures.append(StageFailure("claims_limit", reason, at))
        log.info("%s: %s", _name(analysis.document), reason)
    return analysis


def _name(document: Document) -> str:
    p = document.provenance[0] if document.provenance else None
    return (p.path or p.url if p else None) or f"document {document.id}"


def build_analysis(document: Document, doc: Doc) -> Analysis:
    """Collect the components' output on ``doc`` into an :class:`Analysis`."""
    mentions: list[Mention] = list(doc._.mentions or [])
    claims = claims_from_doc(doc)
    quantities: list[Quantity] = list(doc._.quantities or [])
    times: list[TimeExpr] = list(doc._.times or [])
    link_short_names(mentions)
    mentions.extend(resolve_sources(claims, mentions, document.text))
    mentions.sort(key=lambda m: (m.start, -m.end))
    sentences = (
        [(s.start_char, s.end_char) for s in doc.sents]
        if doc.has_annotation("SENT_START")
        else [(0, len(doc.text))]
    )
    for claim in claims:
        claim.quantities = [q for q in quantities if _inside(q.start, q.end, claim)]
        claim.times = [t for t in times if _inside(t.start, t.end, claim)]
        # a time in the claim's own clause outside any message dates it too ("Im Herbst
        # hatten die Forscher ein Plus erwartet")
        sentence = next((s for s in sentences if s[0] <= claim.start < s[1]), None)
        if sentence is not None:
            claim.times += [
                t
                for t in times
                if sentence[0] <= t.start < sentence[1]
                and not any(_inside(t.start, t.end, other) for other in claims)
                and t not in claim.times
            ]
            claim.times.sort(key=lambda t: t.start)
    return Analysis(
        document=document,
        mentions=mentions,
        entities=_entities(mentions),
        claims=claims,
        times=times,
        quantities=quantities,
        nested_claims=_nested_claims(doc),
    )


def _nested_claims(doc: Doc) -> list[Claim]:
    """The reports nested in other claims' messages (``doc._.nested_claims``, no modality
    or event of their own), ids "n1", "n2", ..."""
    spans: list[ClaimSpans] = getattr(doc._, "nested_claims", None) or []
    return [
        _claim(f"n{number}", claim, claim.cue_modality or "asserted", None)
        for number, claim in enumerate(spans, start=1)
    ]


def claims_from_doc(doc: Doc) -> list[Claim]:
    """The claims on an analysed Doc (``doc._.claims`` with ``doc._.modalities`` and
    ``doc._.events``), in characters: the one place their spans become offsets."""
    spans: list[ClaimSpans] = doc._.claims or []
    modalities: list[Modality] = doc._.modalities or [c.cue_modality or "asserted" for c in spans]
    events: list[Event | None] = doc._.events or [None] * len(spans)
    return [
        _claim(f"c{number}", claim, modality, event)
        for number, (claim, modality, event) in enumerate(
            zip(spans, modalities, events, strict=True), start=1
        )
    ]


def _claim(claim_id: str, claim: ClaimSpans, modality: Modality, event: Event | None) -> Claim:
    """One claim's spans as a :class:`Claim` in characters."""
    return Claim(
        id=claim_id,
        message=[_chars(s) for s in claim.message],
        form=claim.form,
        source=_chars(claim.source) if claim.source else None,
        cue=_chars(claim.cue) if claim.cue else None,
        frame=_chars(claim.frame) if claim.frame else None,
        addressee=_chars(claim.addressee) if claim.addressee else None,
        stwr=claim.stwr,
        modality=modality,
        event=event,
        relayed_by=claim.relay.text if claim.relay else None,
        rule=claim.rule,
    )


def _chars(span: TokenSpan) -> Span:
    return Span(span.text, span.start_char, span.end_char)


def analyze(
    text: str,
    date: str | dt.date | None = None,
    language: str | None = None,
    *,
    analyzer: Analyzer | None = None,
) -> Analysis:
    """Analyse an article's text (date line, section and title are recognised if present)."""
    when = dt.date.fromisoformat(date) if isinstance(date, str) else date
    document = parse_article(text, TextOptions(date=when, language=language))
    return (analyzer or Analyzer()).analyze_document(document)


def analyze_file(
    path: str | Path, date: dt.date | None = None, *, analyzer: Analyzer | None = None
) -> Analysis:
    """Analyse a plain-text article file."""
    document = read_text_file(path, TextOptions(date=date))
    return (analyzer or Analyzer()).analyze_document(document)


def _supported(lang: str | None) -> str:
    """The language whose pipeline analyses ``lang`` (German for the ones lagebild lacks)."""
    return lang if lang in SUPPORTED_LANGUAGES else "de"


def _inside(start: int, end: int, claim: Claim) -> bool:
    return any(s.start <= start and end <= s.end for s in claim.message)


def _entities(mentions: list[Mention]) -> list[Entity]:
    seen: dict[str, Entity] = {}
    for m in mentions:
        if m.entity and m.entity not in seen:
            seen[m.entity] = Entity(canonical=m.entity, type=m.label, wikidata=m.wikidata)
    return list(seen.values())
