"""Token features for the trained SpkAtt tagger: words, tags, cue lexicon, quotes, the rules.

A task document is analysed once (:func:`document_view`: the pipeline's tags and lemmas
on the task's tokens, and the rule-based annotations of ``spkatt predict``); from that
view :func:`sentence_features` gives each token of a sentence a list of ``name=value``
strings for a linear-chain CRF. With ``rules=True`` the rule component's own roles are
features too (stacking: the tagger learns where the rules are wrong).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.extract.attribution.lexicon_de import LEXICON as DE
from lagebild.extract.chunks import subjunctive_form
from lagebild.spkatt.convert import ConvertOptions, analyse, annotations_from_doc
from lagebild.spkatt.io import Annotation, SpkAttDocument, TokenId
from lagebild.spkatt.tags import ROLES

OPENING = frozenset("„‚»")
CLOSING = frozenset("“‘«”")
STRAIGHT = frozenset({'"', "'"})
CLAUSE_MARKS = frozenset({",", ":", ";", "–", "-", "(", ")"})


@dataclass(slots=True)
class DocumentView:
    """What the tagger needs of an analysed task document, sentence by sentence."""

    words: list[list[str]]
    lemmas: list[list[str]]
    tags: list[list[str]]
    rules: list[Annotation] = field(default_factory=list)
    rule_roles: list[list[str]] = field(default_factory=list)  # "CSM" codes per token
    rule_forms: list[list[str]] = field(default_factory=list)
    in_quote: list[list[bool]] = field(default_factory=list)
    mentions: list[list[str]] = field(default_factory=list)  # entity label per token or ""
    deps: list[list[list[str]]] = field(default_factory=list)  # parse features per token


def document_view(
    nlp: Language, document: SpkAttDocument, parser: Language | None = None
) -> DocumentView:
    """Analyse ``document`` with the pipeline and keep tags, lemmas and the rules' output;
    with a trained ``parser``, dependency features too (:func:`dependency_features`)."""
    doc, ids = analyse(nlp, document)
    return view_of_doc(doc, ids, document, parser)


def view_of_doc(
    doc: Doc, ids: list[TokenId], document: SpkAttDocument, parser: Language | None = None
) -> DocumentView:
    """The view of an analysed ``doc`` whose tokens are the tokens ``ids`` of ``document``."""
    rules = annotations_from_doc(doc, ids, ConvertOptions(conventions=True))
    sizes = [len(s.tokens) for s in document.sentences]
    words = [list(s.tokens) for s in document.sentences]
    lemmas = [[""] * n for n in sizes]
    tags = [[""] * n for n in sizes]
    for token, (s, t) in zip(doc, ids, strict=True):
        lemmas[s][t] = token.lemma_ or token.text
        tags[s][t] = token.tag_ or "X"
    view = DocumentView(words, lemmas, tags, rules)
    view.mentions = [[""] * n for n in sizes]
    for mention in doc._.mentions or []:
        for token, (s, t) in zip(doc, ids, strict=True):
            if token.idx >= mention.end:
                break
            if token.idx + len(token.text) > mention.start:
                view.mentions[s][t] = mention.label
    view.rule_roles = role_codes(rules, sizes)
    view.rule_forms = [[""] * n for n in sizes]
    for ann in rules:
        for s, t in ann.message:
            view.rule_forms[s][t] = ann.form
    view.in_quote = quote_state(words)
    if parser is not None:
        view.deps = dependency_features(parser, words, lemmas)
    return view


CUE_CHILD_RELATIONS = frozenset(
    {"nsubj", "nsubj:pass", "ccomp", "parataxis", "obj", "obl", "xcomp"}
)


def dependency_features(
    parser: Language, words: list[list[str]], lemmas: list[list[str]]
) -> list[list[list[str]]]:
    """Per token of each sentence: its relation, its head's, and where it hangs under the
    nearest cue verb of the lexicon (the subject of "sagte" is a source, its ``ccomp`` the
    message). ``parser`` is a trained pipeline; each sentence is parsed on its own."""
    docs = parser.pipe(Doc(parser.vocab, words=ws) for ws in words if ws)
    out: list[list[list[str]]] = []
    for ws, lms in zip(words, lemmas, strict=True):
        if not ws:
            out.append([])
            continue
        doc = next(docs)
        cue = [
            _is_lexicon_cue(w, lm).startswith(("verb", "impersonal"))
            for w, lm in zip(ws, lms, strict=True)
        ]
        feats: list[list[str]] = []
        for token in doc:
            f = [f"dep={token.dep_}", f"dep|head={token.dep_}|{token.head.dep_}"]
            f.append(f"head.cue={cue[token.head.i] and token.head.i != token.i}")
            if cue[token.i]:
                f.extend(
                    f"cue.has={c.dep_}" for c in token.children if c.dep_ in CUE_CHILD_RELATIONS
                )
            child = token
            for depth, ancestor in enumerate(token.ancestors, start=1):
                if cue[ancestor.i]:
                    f.append(f"cue.rel={child.dep_}")
                    f.append(f"cue.rel|depth={child.dep_}|{min(depth, 3)}")
                    break
                child = ancestor
            else:
                f.append("cue.rel=none")
            feats.append(f)
        out.append(feats)
    return out


def role_codes(annotations: list[Annotation], sizes: list[int]) -> list[list[str]]:
    """Per token the codes of the roles it has in any annotation ("", "C", "SM", ...)."""
    codes: list[list[set[str]]] = [[set() for _ in range(n)] for n in sizes]
    for ann in annotations:
        for role, code in ROLES:
            for s, t in ann.role(role):
                codes[s][t].add(code)
    order = "CSMA"
    return [["".join(c for c in order if c in cs) for cs in sent] for sent in codes]


def quote_state(words: list[list[str]], max_sentences: int = 3) -> list[list[bool]]:
    """Whether each token stands inside quotation marks (the marks themselves included).

    A quotation may run over sentences; one left open for more than ``max_sentences``
    sentences (a missing closing mark) is closed.
    """
    inside = False
    opened = 0
    out: list[list[bool]] = []
    for s, sentence in enumerate(words):
        if inside and s - opened > max_sentences:
            inside = False
        row = []
        for word in sentence:
            if word in OPENING:
                inside, opened = True, s
                row.append(True)
            elif word in CLOSING:
                row.append(inside)
                inside = False
            elif word in STRAIGHT:
                row.append(True)
                inside, opened = not inside, s
            else:
                row.append(inside)
        out.append(row)
    return out


def _bucket(n: int) -> str:
    if n <= 3:
        return str(n)
    if n <= 6:
        return "4-6"
    if n <= 10:
        return "7-10"
    return "11+"


def _is_lexicon_cue(word: str, lemma: str) -> str:
    """The kind of cue a token is by the lexicon, or ''."""
    if lemma in DE.cue_verbs and not DE.cue_verbs[lemma].needs_figure:
        # a figure verb ("kommen", "zählen") is a cue only with a figure: the rules' roles
        # say when it is one
        return "verb:" + DE.cue_verbs[lemma].stwr
    if lemma in DE.impersonal_cues:
        return "impersonal"
    low = word.lower()
    if low in DE.frame_preps:
        return "prep"
    if word in DE.frame_nouns:
        return "noun"
    if low == "so":
        return "so"
    return ""


def _nearest(positions: list[int], i: int) -> int | None:
    best = None
    for p in positions:
        if best is None or abs(p - i) < abs(best - i):
            best = p
    return best


def _relation(positions: list[int], i: int, words: list[str], name: str) -> list[str]:
    """Direction, distance and clause marks between token ``i`` and its nearest anchor."""
    p = _nearest(positions, i)
    if p is None:
        return [f"{name}=none"]
    if p == i:
        return [f"{name}=self"]
    side = "L" if p < i else "R"  # the anchor lies left/right of the token
    lo, hi = sorted((p, i))
    marks = sum(1 for w in words[lo + 1 : hi] if w in CLAUSE_MARKS)
    return [
        f"{name}.dir={side}",
        f"{name}.dist={side}{_bucket(hi - lo)}",
        f"{name}.marks={side}{min(marks, 2)}",
    ]


def _clauses(words: list[str]) -> list[int]:
    """The clause number of each token: a new clause after a comma, colon, dash or quote."""
    out, c = [], 0
    for i in range(len(words)):
        if i > 0 and (words[i - 1] in CLAUSE_MARKS or words[i - 1] in OPENING | CLOSING):
            c += 1
        out.append(c)
    return out


def _clause_features(
    words: list[str], tags: list[str], lex: list[str], subj: list[bool]
) -> list[list[str]]:
    """Per token: how its clause opens, whether it holds a cue or a subjunctive, where it is."""
    clause = _clauses(words)
    count = clause[-1] + 1 if clause else 0
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, c in enumerate(clause):
        first.setdefault(c, i)
        last[c] = i
    has_lex = [False] * count
    has_subj = [False] * count
    has_fin = [False] * count
    for i, c in enumerate(clause):
        has_lex[c] |= lex[i].startswith(("verb", "impersonal", "prep"))
        has_subj[c] |= subj[i]
        has_fin[c] |= tags[i] in {"VVFIN", "VAFIN", "VMFIN"}
    lex_clauses = [c for c in range(count) if has_lex[c]]
    out = []
    for i, c in enumerate(clause):
        start = first[c]
        opener = words[start]
        open_tag = tags[start]
        head = opener.lower() if open_tag in {"KOUS", "PRELS", "PWAV", "KON", "PWS"} else open_tag
        before = words[start - 1] if start > 0 else "BOS"
        near = min(lex_clauses, key=lambda x: abs(x - c)) if lex_clauses else None
        rel = "none" if near is None else str(max(-2, min(2, c - near)))
        out.append(
            [
                f"clause.open={head}",
                f"clause.mark={before}",
                f"clause.lex={has_lex[c]}",
                f"clause.subj={has_subj[c]}",
                f"clause.fin={has_fin[c]}",
                f"clause.rel={rel}",
                f"clause.at={'first' if i == start else 'last' if i == last[c] else 'in'}",
                f"clause.rel|open={rel}|{head}",
            ]
        )
    return out


CLAUSE_OPENERS = frozenset({"dass", "ob", "wie", "man", "er", "sie", "es", "die", "der"})
NP_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "PPOSAT", "PIAT", "PDAT", "CARD", "FM", "TRUNC"})


def _chunks(words: list[str], tags: list[str], roles: list[str] | None) -> list[list[str]]:
    """Noun-phrase runs of the STTS tags (with genitive and 'von' attachments) per token.

    Features: the token's place in its run, the run's length, and (with the rules)
    whether the rules gave any token of the run the source role.
    """
    n = len(words)
    run = [-1] * n
    r = -1
    for i in range(n):
        attach = i > 0 and run[i - 1] >= 0 and words[i].lower() in {"von", "des", "der"}
        if tags[i] in NP_TAGS or (attach and i + 1 < n and tags[i + 1] in NP_TAGS):
            if i == 0 or run[i - 1] < 0:
                r += 1
            run[i] = r
    members: dict[int, list[int]] = {}
    for i, c in enumerate(run):
        if c >= 0:
            members.setdefault(c, []).append(i)
    out = []
    for i, c in enumerate(run):
        if c < 0:
            out.append(["np=O"])
            continue
        span = members[c]
        f = [
            f"np={'B' if i == span[0] else 'L' if i == span[-1] else 'I'}",
            f"np.len={_bucket(len(span))}",
            f"np.first={span[0] == 0}",
        ]
        if roles is not None:
            f.append(f"np.rule.S={any('S' in roles[j] for j in span)}")
        out.append(f)
    return out


def _verb_frames(words: list[str], tags: list[str]) -> list[str]:
    """For each verb: what follows its clause (a 'dass' clause, a colon, a quotation)."""
    out = [""] * len(words)
    for i, tag in enumerate(tags):
        if not tag.startswith("V"):
            continue
        for j in range(i + 1, min(len(words), i + 12)):
            w = words[j]
            if w in {",", ":"} or w in OPENING or w in STRAIGHT:
                if j + 1 >= len(words):
                    out[i] = f"{w}|EOS"
                else:
                    nxt = words[j + 1].lower()
                    out[i] = f"{w}|{nxt if nxt in CLAUSE_OPENERS else tags[j + 1][:2]}"
                break
            if w == ".":
                break
    return out


def sentence_features(
    view: DocumentView, s: int, rules: bool = True, parse: bool = False
) -> list[list[str]]:
    """The feature strings of every token of sentence ``s`` (``parse``: with the dependency
    features of a view built with a parser)."""
    words, lemmas, tags = view.words[s], view.lemmas[s], view.tags[s]
    n = len(words)
    lex = [_is_lexicon_cue(w, lm) for w, lm in zip(words, lemmas, strict=True)]
    lex_at = [i for i, k in enumerate(lex) if k.startswith(("verb", "impersonal", "prep"))]
    subjs = [subjunctive_form(w, lm, t) for w, lm, t in zip(words, lemmas, tags, strict=True)]
    subj = any(subjs)
    quoted = any(view.in_quote[s])
    sent_feats = [
        f"sent.idx={min(s, 3)}",
        f"sent.lex={bool(lex_at)}",
        f"sent.subj={subj}",
        f"sent.quote={quoted}",
    ]
    if s > 0:
        prev_lex = any(
            _is_lexicon_cue(w, lm)
            for w, lm in zip(view.words[s - 1], view.lemmas[s - 1], strict=True)
        )
        sent_feats.append(f"prev.lex={prev_lex}")
        sent_feats.append(
            f"prev.endquote={view.in_quote[s - 1][-1] if view.words[s - 1] else False}"
        )
    rule_cues: list[int] = []
    if rules:
        roles = view.rule_roles[s]
        rule_cues = [i for i, r in enumerate(roles) if "C" in r]
        sent_feats.append(f"rule.sent={'any' if any(roles) else 'none'}")
        sent_feats.append(f"rule.sent.cue={bool(rule_cues)}")
        if s > 0:
            prev_roles = view.rule_roles[s - 1]
            sent_feats.append(f"rule.prev.msg={'M' in (prev_roles[-1] if prev_roles else '')}")
            sent_feats.append(f"rule.prev.any={any(prev_roles)}")
    clauses = _clause_features(words, tags, lex, subjs)
    chunks = _chunks(words, tags, view.rule_roles[s] if rules else None)
    frames = _verb_frames(words, tags)
    mentions = view.mentions[s] if view.mentions else [""] * n
    out: list[list[str]] = []
    for i in range(n):
        w, lm, tag = words[i], lemmas[i], tags[i]
        low = w.lower()
        f = [
            "bias",
            f"w={low}",
            f"lemma={lm.lower()}",
            f"tag={tag}",
            f"tag2={tag[:2]}",
            f"suf3={low[-3:]}",
            f"title={w[:1].isupper()}",
            f"lex={lex[i]}",
            f"quote={view.in_quote[s][i]}",
            f"pos={'first' if i == 0 else 'last' if i == n - 1 else min(4, 5 * i // max(n, 1))}",
            *sent_feats,
            *clauses[i],
            *chunks[i],
            f"ent={mentions[i] or 'O'}",
        ]
        if frames[i]:
            f.append(f"verb.then={frames[i]}")
            f.append(f"verb.then|lex={frames[i]}|{bool(lex[i])}")
        if w in OPENING or w in CLOSING or w in STRAIGHT:
            f.append("quotemark")
        if subjs[i]:
            f.append("subj1")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                f.append(f"{off}:w={words[j].lower()}")
                f.append(f"{off}:tag={tags[j]}")
                if abs(off) == 1:
                    f.append(f"{off}:lemma={lemmas[j].lower()}")
                    f.append(f"{off}:lex={lex[j]}")
                    f.append(f"{off}:quote={view.in_quote[s][j]}")
            else:
                f.append(f"{off}:edge")
        if i > 0:
            f.append(f"tags=-1|{tags[i - 1]}|{tag}")
        if i + 1 < n:
            f.append(f"tags=+1|{tag}|{tags[i + 1]}")
        f.extend(_relation(lex_at, i, words, "lexcue"))
        if rules:
            roles = view.rule_roles[s]
            r = roles[i]
            f.append(f"rule={r or 'O'}")
            f.append(f"rule.form={view.rule_forms[s][i] or 'O'}")
            f.append(f"rule|lex={r or 'O'}|{lex[i]}")
            f.append(f"rule|tag={r or 'O'}|{tag[:2]}")
            for off in (-2, -1, 1, 2):
                j = i + off
                if 0 <= j < n:
                    f.append(f"{off}:rule={roles[j] or 'O'}")
            f.extend(_relation(rule_cues, i, words, "rulecue"))
        if parse and view.deps:
            f.extend(view.deps[s][i])
        out.append(f)
    return out
