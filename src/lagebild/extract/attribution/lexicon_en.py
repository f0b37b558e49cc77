"""English cue words of attribution: verbs of saying, frames, relays, report nouns.

Each verb lemma maps to a :class:`CueVerb` (speech/thought/writing type, the preposition
that introduces a noun-phrase content, the modality it gives the message). Compiled from
the PARC 3.0 / Citron cue lists, the GenderGapTracker verb list and wire-service usage
("said in a statement", "told reporters", "citing officials").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lagebild.extract.attribution.base import CueVerb
from lagebild.extract.quantity_lexicon import APPROXIMATORS

_S = CueVerb()
_W = CueVerb(stwr="writing")
_T = CueVerb(stwr="thought")

CUE_VERBS_EN: dict[str, CueVerb] = {
    # saying, explaining, stressing
    "say": _S, "tell": _S, "state": _S, "add": _S, "explain": _S, "stress": _S,
    "emphasize": _S, "emphasise": _S, "insist": _S, "claim": _S, "confirm": _S,
    "acknowledge": _S, "admit": _S, "concede": _S, "reply": _S, "respond": _S, "argue": _S,
    "assert": _S, "reiterate": _S, "suggest": _S, "mention": _S, "remark": _S, "declare": _S,
    "maintain": _S, "contend": _S, "point": CueVerb(prep=("to",)), "describe": _S,
    "characterize": _S, "characterise": _S, "testify": _S, "assure": _S, "comment": _S,
    "speak": CueVerb(prep=("of", "about")), "talk": CueVerb(prep=("of", "about")),
    "caution": CueVerb(prep=("against",)), "complain": CueVerb(prep=("about", "of")),
    "voice": CueVerb(), "express": CueVerb(), "raise": CueVerb(),
    # reporting, announcing, informing
    "report": CueVerb(prep=("on",)), "announce": CueVerb(modality="expected"), "note": _S,
    "disclose": _S, "reveal": _S, "inform": _S, "brief": _S, "quote": _S, "cite": _S,
    "indicate": _S, "signal": _S, "show": CueVerb(stwr="writing"),
    "write": _W, "tweet": _W, "post": _W, "publish": _W,
    # warning, demanding
    "warn": CueVerb(prep=("of", "about", "against")),
    "urge": CueVerb(modality="demanded"), "demand": CueVerb(modality="demanded"),
    "call": CueVerb(prep=("for",), modality="demanded"),
    "ask": CueVerb(prep=("for",), modality="demanded"),
    "appeal": CueVerb(prep=("for",), modality="demanded"),
    "threaten": CueVerb(modality="expected"), "vow": CueVerb(modality="expected"),
    "pledge": CueVerb(modality="expected"), "promise": CueVerb(modality="expected"),
    # thinking, estimating, expecting
    "estimate": _T, "believe": _T, "think": _T, "assess": _T, "conclude": _T, "find": _T,
    "calculate": _T, "consider": _T,
    "expect": CueVerb(stwr="thought", modality="expected"),
    "predict": CueVerb(modality="expected"), "forecast": CueVerb(modality="expected"),
    "project": CueVerb(stwr="thought", modality="expected"),
    "fear": CueVerb(stwr="thought", modality="possible"),
    "suspect": CueVerb(stwr="thought", modality="possible"),
    # denying, rejecting, accusing
    "deny": CueVerb(modality="denied"), "reject": CueVerb(modality="denied"),
    "dismiss": CueVerb(modality="denied"), "refute": CueVerb(modality="denied"),
    "dispute": CueVerb(modality="denied"),
    "accuse": CueVerb(prep=("of",)), "blame": CueVerb(prep=("for",)),
    "criticize": _S, "criticise": _S, "condemn": _S, "praise": _S, "welcome": _S,
    # stances, hopes and knowledge, which news attributes like speech ("the senator
    # opposes the bill", "the union hopes the strike ends", "she knows the vote is close");
    # intentions ("plans to", "wants to") stay out: they split the clauses they sit in
    "endorse": _S, "propose": _S, "oppose": _S, "support": _S, "recall": _S, "agree": _S,
    "hope": CueVerb(stwr="thought", modality="expected"), "know": _T, "feel": _T,
    "worry": CueVerb(stwr="thought", modality="possible"),
}  # fmt: skip

# Verbs that are cues only with a clause or quote as content (not with a plain object:
# "added 200 jobs", "showed a rise", "raised rates", "found bodies", "expressed" is fine).
CLAUSE_ONLY_EN: frozenset[str] = frozenset(
    {"add", "show", "find", "raise", "indicate", "signal", "note", "point", "consider",
     "project", "calculate", "publish", "post", "quote", "cite", "state", "maintain",
     "conclude", "brief", "inform", "assess", "praise", "welcome", "comment", "reveal",
     "disclose", "mention", "describe", "characterize", "characterise", "talk", "speak",
     "ask", "call", "appeal", "vow", "pledge", "promise", "threaten", "reply", "respond",
     "remark", "assure", "suspect", "predict", "expect", "forecast", "estimate",
     "know", "feel", "recall", "agree", "worry"}
)  # fmt: skip

# Cues with a noun-phrase content that is itself a statement ("called for a ceasefire",
# "denied the reports", "expressed concern", "warned of floods"): reported speech.
NP_CONTENT_EN: frozenset[str] = frozenset(
    {"deny", "reject", "dismiss", "refute", "dispute", "confirm", "report", "announce",
     "express", "voice", "raise", "call", "demand", "urge", "warn", "accuse", "blame",
     "criticize", "criticise", "condemn", "praise", "welcome", "acknowledge", "admit",
     "predict", "forecast", "estimate", "expect", "describe", "speak", "talk", "appeal",
     "caution", "complain", "point", "cite", "disclose", "reveal", "reiterate", "vow",
     "pledge", "promise", "threaten", "project", "show", "endorse", "propose", "oppose",
     "support"}
)  # fmt: skip

# Multi-word cues whose message is what follows or the previous sentence.
DECLINE_CUES_EN: tuple[tuple[str, ...], ...] = (
    ("decline", "to", "comment"),
    ("refuse", "to", "comment"),
    ("decline", "to", "confirm"),
    ("refuse", "to", "confirm"),
    ("decline", "to", "say"),
    ("would", "not", "confirm"),
    ("could", "not", "confirm"),
    ("did", "not", "confirm"),
    ("did", "not", "deny"),
    ("would", "neither", "confirm", "nor", "deny"),
    ("neither", "confirmed", "nor", "denied"),
    ("unable", "to", "confirm"),
    ("unable", "to", "verify"),
    ("able", "to", "confirm"),
    ("able", "to", "verify"),
)
# Refusals that only count when negated ("has not been able to confirm").
NEGATED_ONLY_EN: frozenset[str] = frozenset({"able"})

# Frames that put a source before or after a clause: "according to X", "in X's view".
ACCORDING_TO_EN: tuple[str, ...] = ("according", "to")
FRAME_NOUNS_EN: dict[str, str] = {
    # noun -> stwr; "according to a report by X", "according to figures from X"
    "report": "writing", "reports": "writing", "statement": "writing", "figures": "writing",
    "data": "writing", "estimate": "thought", "estimates": "thought", "assessment": "thought",
    "analysis": "writing", "study": "writing", "survey": "writing", "forecast": "writing",
    "forecasts": "writing", "projections": "thought", "calculations": "thought",
    "count": "writing", "tally": "writing", "records": "writing", "document": "writing",
    "documents": "writing", "sources": "speech", "officials": "speech", "view": "thought",
    "information": "speech", "intelligence": "speech", "findings": "writing",
}  # fmt: skip
FRAME_SOURCE_PREPS_EN: frozenset[str] = frozenset({"by", "from", "of"})

# Speech-act nouns after "said in a ..." that make the cue a written one.
WRITTEN_CHANNELS_EN: frozenset[str] = frozenset(
    {"statement", "report", "post", "letter", "filing", "note", "release", "tweet", "email",
     "bulletin", "update", "communique", "communiqué", "memo"}
)  # fmt: skip

# "..., citing X" / "quoting X": X is the real source, the clause's subject relays it.
RELAY_VERBS_EN: frozenset[str] = frozenset({"cite", "quote"})

# Sources that name no one ("according to reports"): the frame is reportative.
ANONYMOUS_SOURCES_EN: frozenset[str] = frozenset(
    {"report", "reports", "media", "rumours", "rumors", "accounts"}
)

# Prepositions whose phrase stays in a source noun phrase before its cue ("a spokesman
# for the ministry in Vienna said", "economists at two banks expect").
SOURCE_PREPS_EN: frozenset[str] = frozenset({"of", "for", "at", "in", "from", "with"})

# Prepositions an apposition to a source takes ("X, chief economist at the bank, said",
# "said X, adviser to the committee").
APPOSITION_PREPS_EN: frozenset[str] = SOURCE_PREPS_EN | {"to"}

# Pronouns that can be a claim's source.
PRONOUN_SOURCES_EN: frozenset[str] = frozenset({"he", "she", "they", "it", "we", "i"})

# Adverbs that may stand between subject and cue or after the cue ("also said", "said
# separately", "told reporters earlier").
CUE_ADVERBS_EN: frozenset[str] = frozenset(
    {"also", "later", "earlier", "separately", "previously", "repeatedly", "again", "further",
     "publicly", "privately", "flatly", "firmly", "strongly", "then", "however", "too",
     "recently", "initially", "first", "subsequently", "yesterday", "today", "now"}
)  # fmt: skip


# Time words that start an adverbial between the cue and its content ("said on Tuesday").
TIME_WORDS_EN: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "today", "yesterday", "week", "month", "year",
     "morning", "afternoon", "evening", "night", "weekend", "earlier", "later"}
)  # fmt: skip

# Tags and words of English syntax the rules read (CLAWS5/Penn tags, universal POS).

# Finite verb tags of CLAWS5 (HanTa) and Penn (a trained model); morphology wins if set.
FINITE_TAGS = frozenset(
    {"VVD", "VVZ", "VVB", "VBD", "VBZ", "VBB", "VHD", "VHZ", "VHB", "VDD", "VDZ", "VDB",
     "VM0", "VBP", "MD"}
)  # fmt: skip
NP_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})
HEAD_POS = frozenset({"NOUN", "PROPN"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
POSSESSIVE_DETS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
RELATIVES = frozenset({"who", "which", "whose", "whom"})
CLAUSE_PUNCT = frozenset({".", "!", "?", ";"})
COMPLEMENTIZERS = frozenset({"that"})
QUESTION_COMPLEMENTIZERS = frozenset({"whether", "if"})
NAME_PARTICLES = frozenset(
    {"da", "de", "do", "dos", "van", "von", "der", "bin", "al", "el", "del", "di"}
)
KEPT_FINAL = frozenset({"%", ")", "]"})  # punctuation that belongs to the span it ends
# Pronouns that open a clause as its subject ("said there were", "said you could").
CLAUSE_PRONOUNS = frozenset({"there", "he", "she", "it", "they", "we", "i", "you"})
# Approximators before a figure, longest first ("said at least 30 people had", "said
# roughly 800 homes were"): they open a clause, they are no adverbs to skip after a cue.
FIGURE_APPROXIMATORS: tuple[tuple[str, ...], ...] = tuple(
    sorted(APPROXIMATORS["en"], key=len, reverse=True)
)


@dataclass(frozen=True)
class EnglishLexicon:
    """Every word and tag list the English attribution rules read (universal POS, CLAWS5
    and Penn tags)."""

    finite_tags: frozenset[str] = FINITE_TAGS
    np_pos: frozenset[str] = NP_POS
    head_pos: frozenset[str] = HEAD_POS
    possessives: frozenset[str] = POSSESSIVES
    possessive_dets: frozenset[str] = POSSESSIVE_DETS
    relatives: frozenset[str] = RELATIVES
    clause_punct: frozenset[str] = CLAUSE_PUNCT
    complementizers: frozenset[str] = COMPLEMENTIZERS
    question_complementizers: frozenset[str] = QUESTION_COMPLEMENTIZERS
    name_particles: frozenset[str] = NAME_PARTICLES
    kept_final: frozenset[str] = KEPT_FINAL
    clause_pronouns: frozenset[str] = CLAUSE_PRONOUNS
    figure_approximators: tuple[tuple[str, ...], ...] = FIGURE_APPROXIMATORS
    anonymous_sources: frozenset[str] = ANONYMOUS_SOURCES_EN
    clause_only: frozenset[str] = CLAUSE_ONLY_EN
    cue_adverbs: frozenset[str] = CUE_ADVERBS_EN
    cue_verbs: dict[str, CueVerb] = field(default_factory=lambda: CUE_VERBS_EN)
    decline_cues: tuple[tuple[str, ...], ...] = DECLINE_CUES_EN
    frame_nouns: dict[str, str] = field(default_factory=lambda: FRAME_NOUNS_EN)
    frame_source_preps: frozenset[str] = FRAME_SOURCE_PREPS_EN
    negated_only: frozenset[str] = NEGATED_ONLY_EN
    np_content: frozenset[str] = NP_CONTENT_EN
    pronoun_sources: frozenset[str] = PRONOUN_SOURCES_EN
    source_preps: frozenset[str] = SOURCE_PREPS_EN
    apposition_preps: frozenset[str] = APPOSITION_PREPS_EN
    relay_verbs: frozenset[str] = RELAY_VERBS_EN
    time_words: frozenset[str] = TIME_WORDS_EN
    written_channels: frozenset[str] = WRITTEN_CHANNELS_EN
    according_to: tuple[str, ...] = ACCORDING_TO_EN
    addressee_verbs: frozenset[str] = frozenset(
        {"tell", "inform", "brief", "assure", "warn", "remind", "urge", "ask"}
    )
    participle_tags: frozenset[str] = frozenset({"VVN", "VBN"})
    not_adverbs: frozenset[str] = frozenset({"not"})
    object_content_verbs: frozenset[str] = frozenset({"urge", "ask"})
    verb_pos: frozenset[str] = frozenset({"VERB", "AUX"})
    content_start_pos: frozenset[str] = frozenset({"DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ"})
    request_verbs: frozenset[str] = frozenset({"urge", "ask", "call"})
    no_clause_start_pos: frozenset[str] = frozenset({"VERB", "AUX", "ADP", "PUNCT"})
    semicolon: frozenset[str] = frozenset({";"})
    opening_quotes: frozenset[str] = frozenset({"“", '"', "‘", "''", "``"})
    quote_lead_marks: frozenset[str] = frozenset({":", ",", ".", "—", "–"})
    colon_comma: frozenset[str] = frozenset({",", ":"})
    confirm_words: frozenset[str] = frozenset({"deny", "denied", "confirm", "confirmed"})
    untagged_cues: frozenset[str] = frozenset({"said", "says"})
    gerund_tags: frozenset[str] = frozenset({"VVG", "VBG"})
    coordination_marks: frozenset[str] = frozenset({",", "and", "but"})
    inverted_frame_marks: frozenset[str] = frozenset({",", ":", "—", "–"})
    clause_break_marks: frozenset[str] = frozenset({",", ";"})
    negations: frozenset[str] = frozenset({"not", "n't", "never"})
    number_pos: frozenset[str] = frozenset({"NUM"})
    hyphens: frozenset[str] = frozenset({"-", "–"})
    determiner_pos: frozenset[str] = frozenset({"DET"})
    comma_closer_pos: frozenset[str] = frozenset({"DET", "PROPN", "PRON"})
    clause_content_verbs: frozenset[str] = frozenset(
        {
            "add",
            "note",
            "state",
            "reply",
            "respond",
            "remark",
            "predict",
            "expect",
            "estimate",
            "forecast",
            "conclude",
            "find",
            "indicate",
            "maintain",
            "reveal",
            "disclose",
            "assure",
            "suspect",
            "know",
            "feel",
            "worry",
            "agree",
            "recall",
        }
    )
    conjunctions: frozenset[str] = frozenset({"and", "but"})
    comma: frozenset[str] = frozenset({","})
    contrast_words: frozenset[str] = frozenset({"but", "while", "although"})
    trailing_frame_verbs: frozenset[str] = frozenset({"add", "say"})


LEXICON = EnglishLexicon()
