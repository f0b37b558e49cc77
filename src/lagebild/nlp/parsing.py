"""The trained parser and NER where the extractors read them: sentence by sentence, on demand.

The German default pipeline tags with HanTa (more accurate STTS and lemmas than the
compact model). The shipped ``de_lagebild`` tok2vec, morphologizer, parser and NER run
only on the sentences an extractor asks for: those with an attributed claim whose source
the parse may correct, and those with a name the rules could not label; about a fifth of
a news text, so the parse costs a fraction of running the model on everything
(MODELS.md, "Default pipeline"). ``lagebild_parse`` puts a :class:`SentenceParses` in
``doc._.parses``; :class:`ParseView` gives the extractors one way to read a parse,
whether it covers the whole Doc (a trained pipeline run as such) or these sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from lagebild.errors import ModelNotFoundError

SHIPPED_MODELS = {"de": "de_lagebild", "en": "en_lagebild"}

if TYPE_CHECKING:
    from cymem.cymem import Pool

PARSER_COMPONENTS = ("tok2vec", "morphologizer", "parser")
WORDS_ONLY = "lagebild.words_only.v1"


@spacy.registry.tokenizers(WORDS_ONLY)
def make_words_only() -> Callable[[Language], Callable[[str], Doc]]:
    """The tokenizer of the parse parts, which are given Docs and never tokenize: words
    split at spaces, built in no time (spaCy's own compiles its rules and special cases)."""

    def create(nlp: Language) -> Callable[[str], Doc]:
        def tokenize(text: str) -> Doc:
            return Doc(nlp.vocab, words=text.split())

        return tokenize

    return create


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """One sentence of a Doc, parsed on its own (same tokens, same order)."""

    start: int  # index of its first token in the analysed Doc
    doc: Doc


class SentenceParses:
    """The sentences of one Doc analysed on their own by a trained pipeline's parser (with
    tok2vec and morphologizer) or its NER (which has its own tok2vec), each at most once."""

    def __init__(self, doc: Doc, models: ParseModels) -> None:
        self.doc = doc
        self.models = models
        self._parsed: dict[int, ParsedSentence] = {}
        self._named: dict[int, ParsedSentence] = {}

    def require(self, tokens: Iterable[int]) -> None:
        """Parse the sentences holding these tokens, unless parsed already (or no parser)."""
        if self.models.parser is not None:
            self._run(self.models.parser, self._parsed, tokens)

    def require_entities(self, tokens: Iterable[int]) -> None:
        """Tag the named entities of the sentences holding these tokens."""
        if self.models.ner is not None:
            self._run(self.models.ner, self._named, tokens)

    @property
    def sentences(self) -> list[ParsedSentence]:
        """The parsed sentences, in text order."""
        return [self._parsed[start] for start in sorted(self._parsed)]

    @property
    def named(self) -> list[ParsedSentence]:
        """The sentences with named entities tagged, in text order."""
        return [self._named[start] for start in sorted(self._named)]

    def _run(self, model: Language, done: dict[int, ParsedSentence], tokens: Iterable[int]) -> None:
        starts = {self.doc[i].sent.start for i in tokens} - done.keys()
        sents = [self.doc[start].sent for start in sorted(starts)]
        docs = (_sentence_doc(model, sent) for sent in sents)
        for sent, analysed in zip(sents, model.pipe(docs), strict=True):
            done[sent.start] = ParsedSentence(sent.start, analysed)


def _sentence_doc(model: Language, sent: Span) -> Doc:
    """The sentence as a Doc of ``model``'s vocabulary, one sentence, the same tokens."""
    words = [t.text for t in sent]
    spaces = [bool(t.whitespace_) for t in sent]
    starts: list[bool | int | None] = [t.i == sent.start for t in sent]
    return Doc(model.vocab, words=words, spaces=spaces, sent_starts=starts)


class ParseView:
    """The dependency parse and named entities of a Doc, in the Doc's own indices."""

    def __init__(self, doc: Doc, parses: SentenceParses | None = None) -> None:
        self.doc = doc
        self.parses = parses  # None: the Doc carries its own parse

    @classmethod
    def of(cls, doc: Doc) -> ParseView | None:
        """The parse of ``doc`` (on-demand sentence parses or its own), or None."""
        parses = doc._.parses if doc.has_extension("parses") else None
        if parses is not None:
            return cls(doc, parses)
        if doc.has_annotation("DEP"):
            return cls(doc)
        return None

    def require(self, tokens: Iterable[int]) -> None:
        """Make sure the sentences holding these tokens are parsed."""
        if self.parses is not None:
            self.parses.require(tokens)

    def require_entities(self, tokens: Iterable[int]) -> None:
        """Make sure the named entities of the sentences holding these tokens are tagged."""
        if self.parses is not None:
            self.parses.require_entities(tokens)

    def locate(self, i: int) -> tuple[Doc, int] | None:
        """The parsed Doc holding token ``i`` and the offset of its indices (``i - offset``),
        or None if that sentence was not parsed."""
        if self.parses is None:
            return self.doc, 0
        for sentence in self.parses.sentences:
            if sentence.start <= i < sentence.start + len(sentence.doc):
                return sentence.doc, sentence.start
        return None

    def entities(self) -> list[tuple[int, int, str]]:
        """Named entities (of the required sentences) as (first token, end token, label)
        in Doc indices."""
        if self.parses is None:
            return [(e.start, e.end, e.label_) for e in self.doc.ents]
        return [
            (s.start + e.start, s.start + e.end, e.label_)
            for s in self.parses.named
            for e in s.doc.ents
        ]


class ParseModels:
    """A trained pipeline split in two: tok2vec + morphologizer + parser, and the NER (or
    the encoder's NER, a blank pipeline with ``lagebild_encoder_ner``).

    Each part is loaded on first use (``parser``, ``ner``): many articles need only one of
    them, and ``lagebild analyze`` starts faster. The two parts share one vocabulary; their
    tokenizers and stored strings are never read, because the sentences come as words
    (:func:`_sentence_doc`).
    """

    def __init__(self, path: Path | None, lang: str, *, parser: bool = True,
                 ner: str | None = "trained", encoder_parser: bool = False) -> None:  # fmt: skip
        """``encoder_parser``: heads and relations from ``lagebild_encoder_parser`` in place
        of the trained parser (the trained tok2vec and morphologizer still give UPOS and
        case)."""
        if path is not None:
            _require_pipeline(path)
        elif parser or ner == "trained":
            raise ModelNotFoundError(f"no trained {lang} pipeline to parse with")
        self.path = path
        self.lang = lang
        self.wants_parser = parser
        self.wants_ner = ner
        self.encoder_parser = encoder_parser
        self._parser: Language | None = None
        self._ner: Language | None = None
        self._names: list[str] | None = None
        self._vocab: Vocab | None = None  # of the trained parts, once one is loaded

    @classmethod
    def load(cls, path: Path) -> ParseModels:
        """The two parts of the pipeline at ``path`` (each loaded on first use)."""
        _require_pipeline(path)
        return cls(path, str(spacy.util.load_config(path / "config.cfg")["nlp"]["lang"]))

    @classmethod
    def with_encoder_ner(
        cls, lang: str, path: Path | None, *, encoder_parser: bool = False
    ) -> ParseModels:
        """The parser of the pipeline at ``path`` (none without a path; the encoder's parser
        on its tok2vec and morphologizer with ``encoder_parser``) and the encoder's NER."""
        return cls(
            path, lang, parser=path is not None, ner="encoder", encoder_parser=encoder_parser
        )

    @property
    def parser(self) -> Language | None:
        """tok2vec + morphologizer + parser, or None when this pipeline parses nothing."""
        if self._parser is None and self.wants_parser and self.path is not None:
            if self.encoder_parser:
                keep = tuple(n for n in PARSER_COMPONENTS if n != "parser")
                self._parser = self._load_part(lambda name: name in keep)
                self._parser.add_pipe("lagebild_encoder_parser")
            else:
                keep = PARSER_COMPONENTS
                self._parser = self._load_part(lambda name: name in keep)
        return self._parser

    @property
    def ner(self) -> Language | None:
        """The NER part (the trained pipeline's or the encoder's), or None if there is none."""
        if self._ner is None:
            if self.wants_ner == "encoder":
                self._ner = spacy.blank(self.lang)
                self._ner.add_pipe("lagebild_encoder_ner")
            elif self.wants_ner == "trained" and "ner" in self._pipeline_names():
                self._ner = self._load_part(lambda name: name == "ner")
        return self._ner

    def _pipeline_names(self) -> list[str]:
        if self._names is None:
            assert self.path is not None
            self._names = list(spacy.util.load_config(self.path / "config.cfg")["nlp"]["pipeline"])
        return self._names

    def _load_part(self, keep: Callable[[str], bool]) -> Language:
        """The pipeline at ``path`` with the components ``keep`` accepts; the vocabulary of
        a part loaded before is shared, not read again."""
        assert self.path is not None
        # Neither the tokenizer nor the stored strings are read: the sentences come as words,
        # and the models hash what they read (a tenth of a second saved per part, the same
        # parses and entities).
        exclude = [name for name in self._pipeline_names() if not keep(name)]
        exclude += ["tokenizer", "vocab"]
        # nor is a tokenizer built: spaCy's compiles its rules and adds hundreds of special
        # cases (0.03 s a part) for a part that never tokenizes
        config = {"nlp": {"tokenizer": {"@tokenizers": WORDS_ONLY}}}
        # not into a vocabulary in a memory zone: the labels read would be dropped with it
        if self._vocab is not None and not self._vocab.in_memory_zone:  # type: ignore[attr-defined]
            return spacy.load(self.path, vocab=self._vocab, exclude=exclude, config=config)
        part = spacy.load(self.path, exclude=exclude, config=config)
        self._vocab = self._vocab or part.vocab
        return part

    def vocabs(self) -> list[Vocab]:
        """The vocabularies of the parts loaded so far (each once)."""
        loaded = [part.vocab for part in (self._parser, self._ner) if part is not None]
        return list({id(v): v for v in loaded}.values())


def _require_pipeline(path: Path) -> None:
    if not (path / "config.cfg").exists():
        raise ModelNotFoundError(f"no spaCy pipeline at {path} (expected {path / 'config.cfg'})")


class SentenceParser:
    """Gives each Doc its :class:`SentenceParses`; the Doc's tokens, tags and sentences stay."""

    def __init__(self, models: ParseModels) -> None:
        self.models = models
        self._kept: list[str] = []  # words kept in the parts' vocabularies for good
        self._synced: dict[int, int] = {}  # per vocabulary (by id): how many of them it has

    def __call__(self, doc: Doc) -> Doc:
        doc._.parses = SentenceParses(doc, self.models)
        return doc

    def keep_words(self, words: Iterable[str]) -> None:
        """Add ``words`` to the loaded parts' vocabularies for good (outside any memory
        zone), and to those of parts loaded later: recurring words
        (:class:`lagebild.nlp.recurring.RecurringWords`) are not made anew per sentence."""
        self._kept.extend(words)
        for vocab in self.models.vocabs():
            done = self._synced.get(id(vocab), 0)
            if done < len(self._kept) and not vocab.in_memory_zone:  # type: ignore[attr-defined]
                for word in self._kept[done:]:
                    vocab[word]
                self._synced[id(vocab)] = len(self._kept)

    @contextmanager
    def memory_zone(self, mem: Pool | None = None) -> Iterator[None]:
        """Entered by ``Language.memory_zone``: the words the sentences parsed in the zone
        added to the loaded parts' vocabularies are freed with it."""
        with ExitStack() as stack:
            for vocab in self.models.vocabs():
                stack.enter_context(vocab.memory_zone(mem))
            yield


@Language.factory(
    "lagebild_parse",
    assigns=["doc._.parses"],
    default_config={"model": None, "parser": True, "ner": "trained", "encoder_parser": False},
)
def make_sentence_parser(
    nlp: Language, name: str, model: str | None, parser: bool, ner: str, encoder_parser: bool
) -> SentenceParser:
    """Parse and named entities of the shipped trained pipeline (or the one at ``model``)
    on the sentences the extractors ask for. ``ner="encoder"`` takes the named entities
    from ``lagebild_encoder_ner`` instead (and ``parser=False`` parses nothing);
    ``encoder_parser`` (with ``ner="encoder"``) the heads and relations from
    ``lagebild_encoder_parser``."""
    path = Path(model) if model else shipped_model_path(str(nlp.lang))
    if ner == "encoder":
        models = ParseModels.with_encoder_ner(
            str(nlp.lang), path if parser else None, encoder_parser=encoder_parser
        )
        return SentenceParser(models)
    if path is None:
        raise ModelNotFoundError(f"no trained {nlp.lang} pipeline shipped to parse with")
    return SentenceParser(ParseModels(path, str(nlp.lang)))


def shipped_model_path(lang: str) -> Path | None:
    """The directory of the trained pipeline shipped for ``lang``, or None if not there."""
    name = SHIPPED_MODELS.get(lang)
    if name is None:
        return None
    path = Path(str(resources.files("lagebild") / "models" / name))
    return path if (path / "config.cfg").exists() else None
