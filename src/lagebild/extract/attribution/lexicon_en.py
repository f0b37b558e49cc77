"""The English attribution lexicon: verbs of saying, frames, relays, report nouns, and
every word and tag list the English rules read, in one object (:data:`LEXICON`).

Each verb lemma maps to a :class:`CueVerb` (speech/thought/writing type, the preposition
that introduces a noun-phrase content, the modality it gives the message). Compiled from
the PARC 3.0 / Citron cue lists, the GenderGapTracker verb list and wire-service usage
("said in a statement", "told reporters", "citing officials").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from lagebild.extract.attribution.base import CueVerb
from lagebild.extract.quantity_lexicon import APPROXIMATORS
from lagebild.model import Stwr

_S = CueVerb()
_W = CueVerb(stwr="writing")
_T = CueVerb(stwr="thought")


# Verbs of saying, thinking and perceiving that are cues with a clause (or quotation) as
# content only ("charged that the count was rigged", "assumed the vote would hold",
# "noticed that the doors were locked"); with a plain object most are acts ("charged the
# battery", "heard a bang").
CLAUSE_VERBS: Mapping[str, CueVerb] = MappingProxyType(
    {
        **dict.fromkeys(
            ("charge", "affirm", "proclaim", "clarify", "elaborate", "specify", "underscore",
             "underline", "confess", "divulge", "reassure", "advise", "recommend", "rebut",
             "protest", "object", "plead", "swear", "attest", "guarantee", "notify", "restate",
             "relay", "whisper", "shout", "yell", "scream", "mutter", "grumble", "gloat"),
            _S,
        ),
        **dict.fromkeys(
            ("assume", "suppose", "presume", "reckon", "imagine", "infer", "deduce",
             "theorize", "theorise", "determine", "rule", "judge", "deem", "trust", "regret",
             "notice", "perceive", "sense", "hear", "discover", "detect"),
            _T,
        ),
    }
)  # fmt: skip


class EnglishLexicon:
    """Every word and tag list the English attribution rules read (universal POS, CLAWS5
    and Penn tags); one attribute a table, read as ``LEXICON.name``."""

    # Finite verb tags of CLAWS5 (HanTa) and Penn (a trained model); morphology wins if set.
    finite_tags: frozenset[str] = frozenset(
        {"VVD", "VVZ", "VVB", "VBD", "VBZ", "VBB", "VHD", "VHZ", "VHB", "VDD", "VDZ", "VDB",
         "VM0", "VBP", "MD"}
    )  # fmt: skip
    # Base forms (CLAWS5) a tagger gives present tenses after a plural subject ("they
    # want/VVI"); read as finite after such a subject.
    base_form_tags: frozenset[str] = frozenset({"VVI", "VHI", "VDI"})
    plural_subject_pronouns: frozenset[str] = frozenset({"i", "we", "you", "they"})
    plural_noun_tags: frozenset[str] = frozenset({"NN2", "NN0", "NNS", "NNPS"})
    # Words that stand alone as the subject of a reported clause ("said this was", "said
    # some of them were", "said none had"), and the prepositions a subject takes along
    # there ("said movement over the past week is", "said the attack on the embassy was").
    standalone_subjects: frozenset[str] = frozenset(
        {"this", "these", "those", "some", "many", "most", "none", "all", "both", "each",
         "few", "several", "half", "everyone", "everybody", "nobody", "someone", "somebody",
         "anyone", "anybody", "something", "nothing", "everything", "anything", "one",
         "others", "neither", "either"}
    )  # fmt: skip
    subject_preps: frozenset[str] = frozenset(
        {"of", "for", "at", "in", "from", "with", "on", "over", "about", "to", "against",
         "between", "among", "by", "under", "across", "within", "during", "after", "since"}
    )  # fmt: skip
    # Tokens an apposition or inserted phrase between a subject and its cue may span
    # ("X, in a statement released by the campaign on Thursday, said").
    max_insertion: int = 24
    # The longest subject with its insertions opening a sentence before "..., said".
    max_opening_subject: int = 40
    # Words opening an insertion after the subject that is no apposition ("X, exasperated,
    # said", "X, after the rally, said", "X, also campaigning there, said").
    adverbial_insertion_pos: frozenset[str] = frozenset({"ADV", "ADP", "VERB", "SCONJ"})
    # Words before a noun phrase that make it an object, not a subject ("with Delta Mapping").
    object_before_pos: frozenset[str] = frozenset({"ADP", "VERB", "AUX"})
    # Phrases set off by commas between a subject and its verb ("X, of course, said").
    discourse_phrases: frozenset[tuple[str, ...]] = frozenset(
        {("of", "course"), ("in", "turn"), ("in", "fact"), ("for", "example"),
         ("for", "instance"), ("for", "his", "part"), ("for", "her", "part"),
         ("for", "their", "part"), ("for", "its", "part"), ("in", "response")}
    )  # fmt: skip
    np_pos: frozenset[str] = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})
    head_pos: frozenset[str] = frozenset({"NOUN", "PROPN"})
    possessives: frozenset[str] = frozenset({"'s", "’s", "'", "’"})
    possessive_dets: frozenset[str] = frozenset({"his", "her", "its", "their", "our", "my", "your"})
    relatives: frozenset[str] = frozenset({"who", "which", "whose", "whom"})
    clause_punct: frozenset[str] = frozenset({".", "!", "?", ";"})
    complementizers: frozenset[str] = frozenset({"that"})
    question_complementizers: frozenset[str] = frozenset({"whether", "if"})
    name_particles: frozenset[str] = frozenset(
        {"da", "de", "do", "dos", "van", "von", "der", "bin", "al", "el", "del", "di"}
    )
    # Adverbs that modify a noun phrase's adjective or noun ("a former adviser", "the then
    # governor", "a very senior official"); adverbs in -ly count too ("a widely read column").
    np_adverbs: frozenset[str] = frozenset(
        {"former", "then", "very", "most", "more", "less", "once", "longtime", "newly", "fellow",
         "soon", "self"}
    )  # fmt: skip
    # Parts of speech a tagger gives a surname it does not know ("Golden/ADJ",
    # "Tracey/ADV"): capitalised after a name, they are the rest of it.
    name_tail_pos: frozenset[str] = frozenset({"ADJ", "ADV"})
    # The tag of a word the tagger does not know ("Nefzi/UNC"): a name between a quotation
    # and its verb of saying, or in a label before a colon.
    unknown_pos: frozenset[str] = frozenset({"X"})
    # Marks that join two names into one ("an ABC News/Washington Post poll").
    name_slashes: frozenset[str] = frozenset({"/"})
    # Conjunctions inside a name ("the Legal Defense and Educational Fund", "Smith & Jones").
    name_conjunctions: frozenset[str] = frozenset({"and", "&"})
    kept_final: frozenset[str] = frozenset({"%", ")", "]"})
    # Sources that name no one ("according to reports"): the frame is reportative.
    anonymous_sources: frozenset[str] = frozenset(
        {"report", "reports", "media", "rumours", "rumors", "accounts"}
    )
    # Verbs that are cues only with a clause or quote as content (not with a plain object:
    # "added 200 jobs", "showed a rise", "raised rates", "found bodies", "expressed" is fine).
    clause_only: frozenset[str] = frozenset(
        {"add", "show", "find", "raise", "indicate", "signal", "note", "point", "consider",
         "project", "calculate", "publish", "post", "quote", "cite", "state", "maintain",
         "conclude", "brief", "inform", "assess", "praise", "welcome", "comment", "reveal",
         "disclose", "mention", "describe", "characterize", "characterise", "talk", "speak",
         "ask", "call", "appeal", "vow", "pledge", "promise", "threaten", "reply", "respond",
         "remark", "assure", "suspect", "predict", "expect", "forecast", "estimate",
         "know", "feel", "recall", "agree", "worry", "joke", "quip", "boast", "brag", "lament",
         "allege", "counter", "retort", "observe", "recount", "hint", "speculate", "learn",
         "realize", "realise", "recognize", "understand", "guess", "doubt", "wonder", "read",
         "exclaim", "profess", "remind", "posit", "muse", "surmise", *CLAUSE_VERBS}
    )  # fmt: skip
    # Adverbs that may stand between subject and cue or after the cue ("also said", "said
    # separately", "told reporters earlier").
    cue_adverbs: frozenset[str] = frozenset(
        {"also", "later", "earlier", "separately", "previously", "repeatedly", "again", "further",
         "publicly", "privately", "flatly", "firmly", "strongly", "then", "however", "too",
         "recently", "initially", "first", "subsequently", "yesterday", "today", "now",
         "even", "still", "often", "already", "always", "once", "long", "just"}
    )  # fmt: skip
    # fmt: off
    cue_verbs: Mapping[str, CueVerb] = MappingProxyType(
        {
            # saying, explaining, stressing
            "say": _S, "tell": _S, "state": _S, "add": _S, "explain": _S, "stress": _S,
            "emphasize": _S, "emphasise": _S, "insist": _S, "claim": _S, "confirm": _S,
            "acknowledge": _S, "admit": _S, "concede": _S, "reply": _S, "respond": _S, "argue": _S,
            "assert": _S, "reiterate": _S, "suggest": _S, "mention": _S, "remark": _S,
            "declare": _S, "maintain": _S, "contend": _S, "point": CueVerb(prep=("to",)),
            "describe": _S,
            "characterize": _S, "characterise": _S, "testify": _S, "assure": _S, "comment": _S,
            "speak": CueVerb(prep=("of", "about", "against")),
            "talk": CueVerb(prep=("of", "about")),
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
            # opposes the bill", "the union hopes the strike ends", "she knows the vote is
            # close"); intentions ("plans to", "wants to") stay out: they split the clauses
            # they sit in
            "endorse": _S, "propose": _S, "oppose": _S, "support": _S, "recall": _S,
            "agree": _S, "hope": CueVerb(stwr="thought", modality="expected"), "know": _T,
            "feel": _T, "worry": CueVerb(stwr="thought", modality="possible"),
            # giving a figure, a cue only with one: "put the number at 2,500"
            "put": CueVerb(prep=("at",), needs_figure=True),
            # verbs of saying and knowing that news uses with a clause ("joked that", "learned
            # that", "The letter read: ...")
            "joke": _S, "quip": _S, "boast": _S, "brag": _S, "lament": _S, "allege": _S,
            "counter": _S, "retort": _S, "observe": _S, "recount": _S, "hint": _S,
            "speculate": _T, "learn": _T, "realize": _T, "realise": _T, "recognize": _T,
            "understand": _T, "guess": _T, "doubt": CueVerb(stwr="thought", modality="possible"),
            "wonder": _T, "read": _W, "remind": _S, "posit": _S,
            # judging someone or something in words ("mocked the plan", "hailed the deal");
            # "attack", "defend" and "blast" stay out: in war news they are acts, not words
            "mock": _S, "slam": _S, "tout": _S, "applaud": _S, "echo": _S, "question": _S,
            "lambaste": _S, "rebuke": _S, "chide": _S, "decry": _S, "denounce": _S, "hail": _S,
            "laud": _S, "commend": _S, "ridicule": _S, "bemoan": _S, "deride": _S,
            "rail": CueVerb(prep=("against",)), "portray": _S, "outline": _S, "detail": _S,
            # naming someone or something ("dubbed the pier 'the jewel of the coast'",
            # "labeled the plan a giveaway")
            "dub": _S, "label": _S, "brand": _S, "list": _W, "order": CueVerb(modality="demanded"),
            # musing, surmising and chanting, with a clause or a quotation
            "muse": _T, "surmise": _T, "chant": _S,
            # attacking and defending, cues only when a person does it in words ("Lee
            # attacked the plan", "she defended her record"; not "troops attacked the town")
            "attack": _S, "defend": _S, "blast": _S,
            # intentions and refusals, which PolNeAR attributes like thoughts ("X refused
            # to", "plans to"): cues with an infinitive of their own; read after the verbs
            # of saying so they never split a report's message ("told X that they had sent
            # troops and planned to deploy more": one claim). "want" and "wish" were
            # measured and left out: on PolNeAR most of what they matched is no attribution
            # there (cue precision about 0.3); "seek" only with an infinitive ("seeks to
            # block") holds (16 cue tokens right, 7 wrong)
            "refuse": CueVerb(modality="denied"), "decline": CueVerb(modality="denied"),
            "plan": CueVerb(stwr="thought", modality="expected"),
            "intend": CueVerb(stwr="thought", modality="expected"),
            "seek": CueVerb(stwr="thought", modality="expected"),
            # naming someone or something as something ("referred to him as a friend",
            # "voters see her as a uniter"); "refer" and "point" keep their preposition
            "refer": CueVerb(prep=("to",)), "see": CueVerb(stwr="thought", prep=("as",)),
            "view": CueVerb(stwr="thought", prep=("as",)),
            "regard": CueVerb(stwr="thought", prep=("as",)),
            # votes and further verbs of saying ("will vote for Sanders", "apologized for the
            # remark", "discussed the plan", "exclaimed"); "prefer", "highlight" and "email"
            # were measured and left out (more of their matches wrong than right)
            "vote": CueVerb(prep=("for", "against")),
            "apologize": CueVerb(prep=("for",)), "apologise": CueVerb(prep=("for",)),
            "discuss": _S, "exclaim": _S, "profess": _S, "repeat": _S,
            # a speaker going on: a cue only in a quotation's frame ("“...,” he continued")
            "continue": _S,
            # further verbs of saying, thinking and perceiving, cues with a clause only
            **CLAUSE_VERBS,
        }
    )
    # fmt: on
    # Cues of intention, refusal and naming, read after the verbs of saying in each
    # sentence and never as a coordinated cue that ends a report's message.
    attitude_verbs: frozenset[str] = frozenset(
        {"refuse", "decline", "plan", "intend", "seek", "refer", "see", "view", "regard"}
    )
    # Verbs that are acts unless a person does them (a person's name or he/she as the
    # source): in war news "attack", "defend" and "blast" are deeds, in politics words.
    person_cues: frozenset[str] = frozenset({"attack", "defend", "blast"})
    person_pronouns: frozenset[str] = frozenset({"he", "she"})
    # Pronouns of the speaker and the addressed ("I want to thank ..."): an attitude verb
    # after them is the wish of someone speaking, not one reported.
    speaker_pronouns: frozenset[str] = frozenset({"i", "we", "you"})
    # Attitude verbs whose content is only an infinitive ("plans to", "refused to"): with a
    # noun phrase they are acts ("planned the attack", "refused the offer").
    infinitive_only: frozenset[str] = frozenset({"refuse", "decline", "plan", "intend", "seek"})
    # Verbs that are cues only with a directive: a that-clause or an object and an
    # infinitive ("ordered the troops to withdraw"; not "ordered a coffee").
    directive_verbs: frozenset[str] = frozenset({"order"})
    # Verbs that are cues only with an object that names something said ("raised
    # concerns about", "raised the question whether"; not "raised taxes", "raised $2
    # million").
    speech_objects: Mapping[str, frozenset[str]] = MappingProxyType(
        {"raise": frozenset(
            {"question", "concern", "doubt", "objection", "issue", "alarm", "possibility",
             "prospect", "specter", "spectre", "fear", "worry", "point", "complaint",
             "suspicion", "criticism", "argument", "idea", "charge", "allegation", "flag",
             "eyebrow", "voice"}
        )}
    )  # fmt: skip
    # Verbs that are cues only when they give their object a name ("dubbed him “the
    # little senator”", "labeled the plan a giveaway"; not "labeled the boxes").
    naming_verbs: frozenset[str] = frozenset({"dub", "label", "brand"})
    # Relative pronouns that can be what a report inside their clause says ("which critics
    # say was", "what he called a 'farce'"), the verbs of naming read there besides the
    # bare-clause verbs, and the marks that end such a clause before the sentence does.
    gap_relatives: frozenset[str] = frozenset({"which", "what", "who", "whom"})
    naming_cues: frozenset[str] = frozenset({"call", "describe", "characterize", "label", "dub"})
    relative_clause_ends: frozenset[str] = frozenset({"—", "–", "--", ")", ";"})
    # Particles that belong to the cue verb before them ("pointed out that", "spoke out
    # against", "weighed in on"), as PolNeAR marks them, and their tags (CLAWS, Penn).
    cue_particles: frozenset[str] = frozenset({"out", "in", "up", "back"})
    particle_tags: frozenset[str] = frozenset({"AVP", "RP"})
    # Verbs of continuing and beginning whose infinitive or gerund of saying is one cue
    # with them ("polls continue to show", "began calling for", "kept saying"), and those
    # that are only with their particle ("went on to say"; not "is going to say"). "take"
    # ("have taken to saying") was measured and left out: more wrong than right.
    aspect_verbs: frozenset[str] = frozenset({"continue", "begin", "start", "keep"})
    particle_aspect_verbs: frozenset[str] = frozenset({"go", "keep"})
    aspect_particles: frozenset[str] = frozenset({"on"})
    # Verbs that are cues only as "X VERB Y as Z" ("see the senator as an ally").
    as_verbs: frozenset[str] = frozenset({"see", "view", "regard"})
    # Verbs whose preposition is part of the cue, as PolNeAR marks it ("referred to",
    # "pointed to", "called on X to"); "called for" stays "called", as our own gold marks it.
    prep_cues: Mapping[str, tuple[str, ...]] = MappingProxyType(
        {"refer": ("to",), "point": ("to",), "call": ("on",), "vote": ("for", "against"),
         "apologize": ("for",), "apologise": ("for",), "talk": ("about",), "speak": ("about",)}
    )  # fmt: skip
    # Of these, the ones whose preposition belongs to the cue only before an object and an
    # infinitive ("called on the council to act", not "called on Monday").
    prep_cues_with_infinitive: frozenset[tuple[str, str]] = frozenset({("call", "on")})
    # Verbs that are cues only in a quotation's frame ("“...,” he continued." / "He
    # continued: “...”"), never with content of their own ("prices continued to rise").
    quote_frame_only: frozenset[str] = frozenset({"continue"})
    # Verbs of appearance ("seems unlikely to", "it appears that"): cues without a source,
    # the content is their subject and complement; "appeared on TV" has none.
    raising_verbs: frozenset[str] = frozenset({"seem", "appear"})
    raising_complements: frozenset[str] = frozenset({"like", "as"})
    # Verbs of saying and thinking whose passive with an infinitive or a that-clause is a
    # claim of no named speaker ("is expected to pass", "was reported that", "is believed
    # to have fled"): read like the verbs of appearance.
    passive_raising_verbs: frozenset[str] = frozenset(
        {"expect", "report", "believe", "say", "think", "rumor", "rumour", "allege",
         "estimate", "project", "predict", "forecast", "consider", "know", "announce"}
    )  # fmt: skip
    raising_cue: CueVerb = CueVerb(stwr="thought", modality="possible")
    expletives: frozenset[str] = frozenset({"it"})
    # A channel framing the clause after it: "In a statement, ...", "In an NBC poll released
    # Monday, 50 percent ...", "In her words, ...". Measured and left out: a holder ("For
    # many farmers, the levy is ...") and a poll after its clause ("... in the latest poll"):
    # more of their tokens wrong than right on PolNeAR.
    channel_frames: frozenset[str] = frozenset({"in"})
    channel_nouns: Mapping[str, Stwr] = MappingProxyType(
        {"statement": "writing", "poll": "writing", "polls": "writing", "survey": "writing",
         "letter": "writing", "interview": "speech", "op-ed": "writing", "memo": "writing",
         "tweet": "writing", "post": "writing", "report": "writing", "study": "writing",
         "words": "speech", "view": "thought", "opinion": "thought", "speech": "speech",
         "remarks": "speech", "email": "writing", "filing": "writing", "release": "writing",
         "column": "writing", "book": "writing", "essay": "writing", "editorial": "writing",
         "testimony": "speech", "address": "speech", "ad": "writing", "video": "speech",
         "lawsuit": "writing", "complaint": "writing", "message": "writing",
         "article": "writing", "memoir": "writing", "estimation": "thought"}
    )  # fmt: skip
    # Channel nouns naming someone's opinion: with a possessor ("in the mayor's view") the
    # noun is the cue and the possessor the source.
    opinion_nouns: frozenset[str] = frozenset({"view", "opinion", "estimation", "words"})
    # Tokens a time word or prepositional phrase may put between a channel and the
    # participle of saying after it ("sent an email on Wednesday saying").
    max_channel_gap: int = 4
    # A question put, leading its sentence ("Asked whether ..., X said"), and the words
    # that open it besides "whether"/"if".
    question_cues: frozenset[str] = frozenset({"asked"})
    question_preps: frozenset[str] = frozenset({"about"})
    # Words opening a question after "asked" besides the two sets above ("asked which
    # road", "when asked what he would do").
    question_wh: frozenset[str] = frozenset({"what", "which", "why", "how", "who"})
    # Multi-word cues whose message is what follows or the previous sentence.
    decline_cues: tuple[tuple[str, ...], ...] = (
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
    frame_nouns: Mapping[str, Stwr] = MappingProxyType(
        {
            # noun -> stwr; "according to a report by X", "according to figures from X"
            "report": "writing",
            "reports": "writing",
            "statement": "writing",
            "figures": "writing",
            "data": "writing",
            "estimate": "thought",
            "estimates": "thought",
            "assessment": "thought",
            "analysis": "writing",
            "study": "writing",
            "survey": "writing",
            "forecast": "writing",
            "forecasts": "writing",
            "projections": "thought",
            "calculations": "thought",
            "count": "writing",
            "tally": "writing",
            "records": "writing",
            "document": "writing",
            "documents": "writing",
            "sources": "speech",
            "officials": "speech",
            "view": "thought",
            "information": "speech",
            "intelligence": "speech",
            "findings": "writing",
        }
    )
    frame_source_preps: frozenset[str] = frozenset({"by", "from", "of"})
    # The most words of an "according to" source the noun-phrase reader does not take,
    # read up to the comma or the sentence's end ("according to one of his aides.").
    max_according_phrase: int = 10
    # "Name: words" opening a sentence (headlines, transcripts): at most this many tokens
    # before the colon, lower-case words allowed inside the name, and the mention types
    # that make a capitalised common noun a name.
    # Stances named by an adjective after "be" ("were sharply critical of the plan", "is
    # confident that"), with the prepositions that open a noun-phrase content; "made it
    # clear that" and "have no idea who" are read beside them.
    stance_adjectives: Mapping[str, frozenset[str]] = MappingProxyType(
        {"critical": frozenset({"of"}), "skeptical": frozenset({"of", "about"}),
         "sceptical": frozenset({"of", "about"}), "confident": frozenset({"of"}),
         "convinced": frozenset({"of"}), "sure": frozenset(), "certain": frozenset(),
         "adamant": frozenset(), "optimistic": frozenset({"about"}),
         "pessimistic": frozenset({"about"}), "hopeful": frozenset(),
         "supportive": frozenset({"of"}), "dismissive": frozenset({"of"}),
         "wary": frozenset({"of"}), "aware": frozenset({"of"})}
    )  # fmt: skip
    stance_copulas: frozenset[str] = frozenset({"be", "remain", "seem", "appear", "become"})
    # A light verb and a noun of saying are one cue ("made the case that", "made no mention
    # of", "made an impassioned call for", "took aim at", "took credit for", "offered a
    # preview of"): per verb lemma, each noun with the words that open its content (a
    # preposition before a noun phrase, or "that" before a clause).
    light_verb_nouns: Mapping[str, Mapping[str, frozenset[str]]] = MappingProxyType(
        {"make": MappingProxyType(
            {"case": frozenset({"for", "against", "that"}), "point": frozenset({"that"}),
             "argument": frozenset({"for", "against", "that"}), "mention": frozenset({"of"}),
             "call": frozenset({"for"}), "calls": frozenset({"for"}),
             "reference": frozenset({"to"}), "references": frozenset({"to"}),
             "comment": frozenset({"about", "on"}), "comments": frozenset({"about", "on"}),
             "remark": frozenset({"about", "on"}), "remarks": frozenset({"about", "on"}),
             "observation": frozenset({"that"}), "prediction": frozenset({"that", "about"}),
             "plea": frozenset({"for"}), "appeal": frozenset({"for"}),
             "attack": frozenset({"on"}), "accusation": frozenset({"that", "against"}),
             "accusations": frozenset({"that", "against"}), "charge": frozenset({"that"}),
             "charges": frozenset({"that", "against"}), "pitch": frozenset({"for", "to"})}),
         "take": MappingProxyType(
            {"aim": frozenset({"at"}), "swipe": frozenset({"at"}), "swipes": frozenset({"at"}),
             "shot": frozenset({"at"}), "shots": frozenset({"at"}),
             "credit": frozenset({"for"})}),
         "offer": MappingProxyType(
            {"preview": frozenset({"of"}), "assurance": frozenset({"that"}),
             "assurances": frozenset({"that"}), "defense": frozenset({"of"}),
             "defence": frozenset({"of"}), "praise": frozenset({"for"}),
             "criticism": frozenset({"of"})}),
         "give": MappingProxyType(
            {"preview": frozenset({"of"}), "assurance": frozenset({"that"}),
             "assurances": frozenset({"that"}), "warning": frozenset({"that", "about"})}),
         "level": MappingProxyType(
            {"charge": frozenset({"that", "against"}), "charges": frozenset({"that", "against"}),
             "accusation": frozenset({"that", "against"}),
             "accusations": frozenset({"that", "against"}),
             "criticism": frozenset({"at", "against"})})}
    )  # fmt: skip
    # Words that may stand between a light verb and its noun ("made a bizarre, thinly
    # veiled attack on", "took some shots at").
    light_verb_gap: int = 5
    stance_cue: CueVerb = CueVerb(stwr="thought")
    wh_words: frozenset[str] = frozenset(
        {"who", "what", "why", "how", "when", "where", "which", "whom", "whose"}
    )
    # Nouns of saying with a clause ("her claim that", "the argument is that", "his message
    # was: ..."); "idea", "fact" and "news" stay out: they name no one's words.
    saying_nouns: frozenset[str] = frozenset(
        {"claim", "claims", "argument", "arguments", "assertion", "allegation", "allegations",
         "contention", "insistence", "message", "warning", "accusation", "accusations",
         "promise", "pledge", "suggestion", "belief", "view", "position", "complaint",
         "prediction", "assurance", "charge", "charges", "vow", "boast", "rationale",
         "warnings", "promises", "predictions", "complaints", "assurances", "assertions",
         "contentions", "suggestions", "insinuation", "implication"}
    )  # fmt: skip
    # Reports nested in a message are read only in messages of these forms (not in
    # quotations: what a speaker says someone else thinks is rarely annotated there) and
    # only when spoken or written (a thought inside a report is its speaker's wording).
    nesting_forms_out: frozenset[str] = frozenset({"unattributed", "direct"})
    nested_stwr: frozenset[str] = frozenset({"speech", "writing"})
    # Adverbs that report what someone unnamed said ("is reportedly weighing"): a cue of
    # their own in a sentence no verb of saying attributes.
    report_adverbs: frozenset[str] = frozenset({"reportedly", "allegedly", "purportedly"})
    max_label_tokens: int = 6
    min_label_words: int = 4
    # A transcript speaker in capitals may say less ("KATE LEE: Why not debate?").
    min_transcript_words: int = 2
    # The most tokens of a heading before the spaced dash that precedes a label
    # ("EXCLUSIVE – Lee: ...", "Polls were right after all - Lee: “...”").
    max_label_heading: int = 16
    label_joiners: frozenset[str] = frozenset({"at", "of", "for", "to", "on"})
    # Joiners in a label after which the one addressed or the topic follows ("Lee to
    # voters:", "Lee on Trump:"): the source ends before them.
    label_addressee_joiners: frozenset[str] = frozenset({"to", "on"})
    label_entity_types: frozenset[str] = frozenset({"PER", "ORG"})
    # Refusals that only count when negated ("has not been able to confirm").
    negated_only: frozenset[str] = frozenset({"able"})
    # Cues with a noun-phrase content that is itself a statement ("called for a ceasefire",
    # "denied the reports", "expressed concern", "warned of floods"): reported speech.
    np_content: frozenset[str] = frozenset(
        {"deny", "reject", "dismiss", "refute", "dispute", "confirm", "report", "announce",
         "express", "voice", "raise", "call", "demand", "urge", "warn", "accuse", "blame",
         "criticize", "criticise", "condemn", "praise", "welcome", "acknowledge", "admit",
         "predict", "forecast", "estimate", "expect", "describe", "speak", "talk", "appeal",
         "caution", "complain", "point", "cite", "disclose", "reveal", "reiterate", "vow",
         "pledge", "promise", "threaten", "project", "show", "endorse", "propose", "oppose",
         "support", "put", "refer", "mock", "slam", "tout", "applaud", "echo",
         "question", "lambaste", "rebuke", "chide", "decry", "denounce", "hail", "laud",
         "commend", "ridicule", "apologize", "apologise", "discuss", "repeat", "attack",
         "defend", "blast", "bemoan", "deride", "rail", "portray", "outline", "detail", "dub",
         "label", "brand", "list", "order"}
    )  # fmt: skip
    # Object pronouns that are a noun-phrase content on their own ("called him a liar",
    # "praised her"); "her" as a determiner is read by the noun-phrase reader first.
    object_pronouns: frozenset[str] = frozenset(
        {"him", "her", "them", "it", "me", "us", "himself", "herself", "themselves", "itself"}
    )
    # The preposition a noun phrase always takes along ("the head of the agency").
    np_preps: frozenset[str] = frozenset({"of"})
    # Adjectives and participles that modify the noun before them with a preposition
    # ("people familiar with the talks", "aides close to the governor", "a source
    # involved in the deal", "families of those affected by the floods").
    postmodifiers: Mapping[str, frozenset[str]] = MappingProxyType(
        {"familiar": frozenset({"with"}), "close": frozenset({"to"}),
         "involved": frozenset({"in", "with"}), "affected": frozenset({"by"}),
         "loyal": frozenset({"to"}), "allied": frozenset({"with"}),
         "aligned": frozenset({"with"}), "opposed": frozenset({"to"}),
         "sympathetic": frozenset({"to"}), "knowledgeable": frozenset({"about"}),
         "briefed": frozenset({"on"}), "connected": frozenset({"to", "with"})}
    )  # fmt: skip
    # Words that join the noun phrases of a list ("reporters and editors say").
    list_joiners: frozenset[str] = frozenset({"and", "or", "nor"})
    # Words opening a list's first member as one half of a pair ("Neither X nor Y said").
    correlatives: frozenset[str] = frozenset({"neither", "either", "both"})
    # Prepositions whose phrase stays in a source noun phrase before its cue ("a spokesman
    # for the ministry in Vienna said", "economists at two banks expect").
    source_preps: frozenset[str] = frozenset({"of", "for", "at", "in", "from", "with"})
    # Prepositions an apposition to a source takes ("X, chief economist at the bank, said",
    # "said X, adviser to the committee").
    apposition_preps: frozenset[str] = source_preps | {"to", "on", "about", "under"}
    # Pronouns that open a clause as its subject ("said there were", "said you could").
    clause_pronouns: frozenset[str] = frozenset(
        {"there", "he", "she", "it", "they", "we", "i", "you"}
    )
    # Approximators before a figure, longest first ("said at least 30 people had", "said
    # roughly 800 homes were"): they open a clause, they are no adverbs to skip after a cue.
    # Words that name a share of a group on their own: the subject of a poll's finding
    # ("almost half said", "nearly two-thirds say", "a majority said").
    proportion_words: frozenset[str] = frozenset(
        {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority",
         "majorities", "minority", "plurality"}
    )  # fmt: skip
    # Quantifiers and numbers that take a group with "of" as a share of it: the subject of
    # a poll's or a crowd's saying ("most of the teachers said", "one of the nurses said").
    share_heads: frozenset[str] = frozenset(
        {"most", "many", "some", "all", "none", "few", "several", "both", "each", "one", "two",
         "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
         "thousands"}
    )  # fmt: skip
    percent_words: frozenset[str] = frozenset({"percent", "%", "pct"})
    # Words before a share that limit it without naming a figure ("only half", "some 56").
    share_limiters: frozenset[str] = frozenset({"some", "only", "just", "fully"})
    share_preps: frozenset[str] = frozenset({"in", "of"})
    figure_approximators: tuple[tuple[str, ...], ...] = tuple(
        sorted(APPROXIMATORS["en"], key=len, reverse=True)
    )
    # Quantifiers and demonstratives that head a relative clause's antecedent ("some who
    # warned", "those who said").
    pronoun_heads: frozenset[str] = frozenset(
        {"some", "many", "others", "those", "several", "most", "few", "all", "both", "one"}
    )
    # Pronouns that can be a claim's source.
    pronoun_sources: frozenset[str] = frozenset({"he", "she", "they", "it", "we", "i"})
    # "..., citing X" / "quoting X": X is the real source, the clause's subject relays it.
    relay_verbs: frozenset[str] = frozenset({"cite", "quote"})
    # Time words that start an adverbial between the cue and its content ("said on Tuesday").
    time_words: frozenset[str] = frozenset(
        {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december", "today", "yesterday", "week", "month", "year",
         "morning", "afternoon", "evening", "night", "weekend", "earlier", "later", "jan.",
         "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."}
    )  # fmt: skip
    # Words between a noun phrase and the time phrase that dates it ("a poll out this
    # week"); a participle does the same ("a poll released last week").
    dating_words: frozenset[str] = frozenset({"out"})
    # Words opening the time phrase after a channel noun in an "In ..." frame ("In a poll
    # last month,"), besides the time words; and the most words such a frame holds.
    channel_dating_words: frozenset[str] = frozenset({"last", "this", "earlier", "late"})
    max_channel_phrase: int = 14
    # Words closing the subject of a poll's answer ("voters polled said", "those surveyed
    # say", "Latino voters overall said"), and the pronouns such a subject may have.
    respondent_words: frozenset[str] = frozenset(
        {"polled", "surveyed", "questioned", "interviewed", "sampled", "overall"}
    )
    respondent_pronouns: frozenset[str] = frozenset({"those"})
    # Place adverbs that stay in the noun phrase before a verb ("polls there show",
    # "officials here said").
    place_adverbs: frozenset[str] = frozenset({"there", "here"})
    # Words before a time word in a bare time phrase ("said last week", "tweeted this morning").
    time_modifiers: frozenset[str] = frozenset({"last", "this", "next", "early", "late"})
    # Prepositions and adverbs that open a time phrase between a subject and its verb
    # ("The White House on Monday urged", "the council earlier this week said").
    time_preps: frozenset[str] = frozenset({"on", "in", "earlier", "later"})
    # Verbs whose object is nearly always a clause: a noun phrase after them that runs on
    # (a relative clause, an insertion) before a finite verb is its subject ("says a hit
    # that used to be legal now draws a penalty").
    bare_clause_verbs: frozenset[str] = frozenset(
        {"say", "tell", "argue", "claim", "insist", "believe", "think", "contend", "assert",
         "suggest", "add", "warn", "predict", "explain", "stress", "emphasize", "emphasise",
         "maintain", "fear", "hope", "reiterate", "declare", "testify", "concede"}
    )  # fmt: skip
    # Verbs whose object, when the readers above take none, is a clause found by its
    # finite verb alone (`_late_clause_at`), within ``max_late_subject`` tokens; finite
    # forms read as such whatever their tag ("has/UNC"); tokens that end the search.
    late_clause_verbs: frozenset[str] = frozenset(
        {"say", "argue", "claim", "insist", "contend", "warn", "tell"}
    )
    max_late_subject: int = 12
    # Verbs whose object is what was said when it opens with a subject pronoun ("said he
    # plans/NN2 to") or is a bare name ending the sentence ("he said Ryan."), when no
    # reader above took it; the longest such name.
    any_object_verbs: frozenset[str] = frozenset({"say"})
    subject_pronouns: frozenset[str] = frozenset({"he", "she", "they", "we", "i"})
    # One-word answers a verb of saying reports ("he said no.", "she said yes.").
    answer_words: frozenset[str] = frozenset({"yes", "no"})
    max_answer_name: int = 3
    # Objects of "say" that are never what was said ("said them", "say that?", "say
    # anything", "say goodbye").
    object_words: frozenset[str] = frozenset(
        {"it", "that", "them", "him", "her", "this", "anything", "something", "nothing",
         "goodbye", "hello", "thanks", "grace", "prayer"}
    )  # fmt: skip
    # The most words between a verb of saying and a "that" opening what it says, when no
    # reader skipped them ("said on Twitter/VVB Thursday that", "told a hearing ... that").
    max_phrase_before_that: int = 15
    conjunction_tags: frozenset[str] = frozenset({"CJT"})
    adverbial_start_pos: frozenset[str] = frozenset({"ADP", "ADV"})
    determiner_tags: frozenset[str] = frozenset({"DT0"})
    clause_joining_pos: frozenset[str] = frozenset({"CCONJ", "SCONJ"})
    # Prepositions after "said the same" naming whom it is said of ("the same of Sanders").
    same_preps: frozenset[str] = frozenset({"of", "for", "about"})
    # Parts of speech that open no content when the rest of the clause after "say" is read
    # whole: prepositions ("said of the claim"), verbs, conjunctions, particles.
    no_rest_start_pos: frozenset[str] = frozenset({"ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PART"})
    finite_words: frozenset[str] = frozenset(
        {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
         "should", "may", "might", "must", "does", "did"}
    )  # fmt: skip
    late_clause_stops: frozenset[str] = frozenset({":", ";", "“", '"', "(", "—", "–"})
    no_late_clause_start_pos: frozenset[str] = frozenset({"VERB", "AUX", "PUNCT", "CCONJ"})
    # Speech-act nouns after "said in a ..." that make the cue a written one.
    written_channels: frozenset[str] = frozenset(
        {"statement", "report", "post", "letter", "filing", "note", "release", "tweet", "email",
         "bulletin", "update", "communique", "communiqué", "memo"}
    )  # fmt: skip
    # Conjunctions that open a clause after a quotation's frame, which ends there ("“...,”
    # X said when asked about the plan", "“...,” X told Y, after Y had ...").
    frame_subordinators: frozenset[str] = frozenset(
        {"when", "after", "before", "as", "while", "because", "since", "although", "though"}
    )
    # Frames that put a source before or after a clause: "according to X", "in X's view".
    according_to: tuple[str, ...] = ("according", "to")
    # The most tokens between a claim's frame and an "according to" that relays it ("X said
    # at a press conference on Monday, according to Y").
    max_relay_gap: int = 12
    # Syntax the rules test: one list of tags, punctuation or function words per test.
    addressee_verbs: frozenset[str] = frozenset(
        {"tell", "inform", "brief", "assure", "warn", "remind", "urge", "ask"}
    )
    participle_tags: frozenset[str] = frozenset({"VVN", "VBN"})
    # Words that open another clause inside a that-clause, so its end is not clear
    clause_openers: frozenset[str] = frozenset(
        {"that", "which", "who", "whose", "whom", "because", "if", "when", "while", "and",
         "or", "but", "although", "as", "since", "after", "before", "until", "where"}
    )  # fmt: skip
    not_adverbs: frozenset[str] = frozenset({"not"})
    object_content_verbs: frozenset[str] = frozenset({"urge", "ask"})
    verb_pos: frozenset[str] = frozenset({"VERB", "AUX"})
    content_start_pos: frozenset[str] = frozenset({"DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ"})
    request_verbs: frozenset[str] = frozenset({"urge", "ask", "call"})
    # Verbs that put a question to someone: the question after the person asked is the
    # content ("asked the students if they were", "asked Sanders how he felt").
    question_verbs: frozenset[str] = frozenset({"ask"})
    no_clause_start_pos: frozenset[str] = frozenset({"VERB", "AUX", "ADP", "PUNCT"})
    semicolon: frozenset[str] = frozenset({";"})
    opening_quotes: frozenset[str] = frozenset({"“", '"', "‘", "''", "``"})
    closing_quotes: frozenset[str] = frozenset({"”", '"', "’", "''"})
    # Marks that close a quotation and are no apostrophe ("’" is both).
    quote_closers: frozenset[str] = frozenset({"”", '"', "''"})
    # Marks that open a quotation at a paragraph's start even while one is open: a
    # quotation running over paragraphs repeats its opening mark at each ("“... ¶ “...”").
    reopening_quotes: frozenset[str] = frozenset({'"', "''", "“"})
    max_quote_tokens: int = 400  # an opening mark unclosed this long is no quotation
    # A quoted title in a frame's tail ('on CBS’s “Face the Nation”'): what may stand before
    # it, and its longest length with its marks.
    title_before_pos: frozenset[str] = frozenset({"ADP", "DET", "NOUN"})
    max_title_tokens: int = 10
    # A restrictive relative clause on a person after an inverted cue ("said the man who
    # built it"); units of an age used as a noun ("the 46-year-old").
    person_relatives: frozenset[str] = frozenset({"who", "whose"})
    age_units: frozenset[str] = frozenset({"year", "month"})
    # Tags of a capitalised word opening a sentence before "said" that is a name the
    # tagger misread ("Jolly/AJ0 said"); emphatic reflexives after a subject ("Cruz himself").
    opening_name_pos: frozenset[str] = frozenset({"ADJ", "VERB", "X"})
    reflexives: frozenset[str] = frozenset(
        {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"}
    )
    # Adverbs after a comma that join a second verb to the first's subject ("..., then says").
    sequence_adverbs: frozenset[str] = frozenset({"then"})
    # Marks closing a quotation inside another right after the outer one closed (“two, then one”).
    inner_closers: frozenset[str] = frozenset({"'", "’"})
    # Verbs that make a sentence of their own the frame of the quotation before it ('“...
    # emails.” Trump said.').
    bare_frame_verbs: frozenset[str] = frozenset({"say", "tell", "add", "write", "tweet"})
    # Marks that close a quotation opened by another when they follow a word with no space
    # ('"...,” he said': a straight mark closed by a curly one; '“...,“ he said': a typo).
    attached_closers: Mapping[str, str] = MappingProxyType({'"': "”“", "“": "“"})
    quote_lead_marks: frozenset[str] = frozenset({":", ",", ".", "—", "–"})
    colon_comma: frozenset[str] = frozenset({",", ":"})
    confirm_words: frozenset[str] = frozenset({"deny", "denied", "confirm", "confirmed"})
    untagged_cues: frozenset[str] = frozenset({"said", "says"})
    gerund_tags: frozenset[str] = frozenset({"VVG", "VBG"})
    coordination_marks: frozenset[str] = frozenset({",", "and", "but"})
    inverted_frame_marks: frozenset[str] = frozenset({",", ":", "—", "–"})
    clause_break_marks: frozenset[str] = frozenset({",", ";"})
    negations: frozenset[str] = frozenset({"not", "n't", "n’t", "never"})
    number_pos: frozenset[str] = frozenset({"NUM"})
    hyphens: frozenset[str] = frozenset({"-", "–"})
    # Dashes that open and close an insertion between spaces ("X -- a former aide -- said").
    insertion_dashes: frozenset[str] = frozenset({"--", "—", "–", "-"})
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
            "show",
            "joke",
            "boast",
            "allege",
            "counter",
            "observe",
            "speculate",
            "learn",
            "realize",
            "realise",
            "recognize",
            "understand",
            "guess",
            "doubt",
            "remind",
            "posit",
            "muse",
            "surmise",
        }
    )
    # Verbs by which a poll, a study or records give a finding, and the nouns that name
    # such a source: with one as the subject any noun phrase after the verb is the finding
    # ("a survey found 90 percent support for X", "the poll found Smith leading Jones by
    # six points", "found Smith with a lead of ..."; "police found the bodies" stays an act).
    finding_verbs: frozenset[str] = frozenset({"find", "show", "indicate", "reveal"})
    finding_sources: frozenset[str] = frozenset(
        {"poll", "survey", "study", "analysis", "report", "audit", "review", "research",
         "data", "record", "census", "projection", "tally", "count", "average"}
    )  # fmt: skip
    # Quantifiers that are a subject on their own when they open the clause ("Another
    # said", "And both vowed", "Many believe").
    quantifier_subjects: frozenset[str] = frozenset(
        {"another", "some", "many", "most", "both", "neither", "none", "several", "few",
         "each", "either"}
    )  # fmt: skip
    # The preposition naming who made a poll or study ("a survey by the group found").
    author_preps: frozenset[str] = frozenset({"by"})
    conjunctions: frozenset[str] = frozenset({"and", "but"})
    comma: frozenset[str] = frozenset({","})
    contrast_words: frozenset[str] = frozenset({"but", "while", "although"})
    trailing_frame_verbs: frozenset[str] = frozenset({"add", "say"})
    # Words before a participle of saying whose speaker is the main clause's subject
    # ("X ducked the question, pointing to his record and saying that ...", "X changed
    # course after saying he would not", "X defended it by citing a poll").
    gerund_openers: frozenset[str] = frozenset(
        {"and", "while", "after", "before", "by", "without", "when", "since", "upon"}
    )
    # The preposition opening an absolute phrase whose noun phrase says what its
    # participle reports ("..., with the mayor calling it a disgrace").
    absolute_openers: frozenset[str] = frozenset({"with"})
    # Acts of speaking with no message of their own: "As X spoke, the crowd ..." is a time,
    # not a frame ("As the paper noted, ..." is one).
    speaking_acts: frozenset[str] = frozenset({"speak", "talk"})
    # Words before a verb in the same group ("could not implement", "have asked").
    verb_group_pos: frozenset[str] = frozenset({"AUX", "PART"})


LEXICON = EnglishLexicon()
