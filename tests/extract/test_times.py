"""Time expressions in news sentences, resolved against the document date."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from lagebild.extract.times import find_times, parse_document_date

FRI = date(2024, 10, 18)  # a Friday in October
MON = date(2024, 10, 14)
JAN = date(2025, 1, 20)  # a Monday in January

# (sentence, document date, expected text, "from..to"); an empty end is open (None),
# "*" an end the Conventions leave vague (any value is accepted).
# fmt: off
CASES_DE = [
    ("Das Treffen fand am 18. Oktober 2024 in Berlin statt.", FRI,
     "am 18. Oktober 2024", "2024-10-18..2024-10-18"),
    ("Die Frist läuft am 18.10.2024 ab.", FRI, "am 18.10.2024", "2024-10-18..2024-10-18"),
    ("Am 3. März hatten die Behörden die Grenze geschlossen.", FRI,
     "Am 3. März", "2024-03-03..2024-03-03"),
    ("Die Polizei hatte den Mann bereits am 12.09. festgenommen.", FRI,
     "am 12.09.", "2024-09-12..2024-09-12"),
    ("Der Vertrag wurde am 24. Februar 2022 in Moskau unterzeichnet.", FRI,
     "am 24. Februar 2022", "2022-02-24..2022-02-24"),
    ("Die Behörde nannte die Zahlen vom 2024-10-15 vorläufig.", FRI,
     "2024-10-15", "2024-10-15..2024-10-15"),
    ("Der Gipfel findet vom 3. bis 5. März 2025 in Brüssel statt.", FRI,
     "vom 3. bis 5. März 2025", "2025-03-03..2025-03-05"),
    ("Vom 27. bis zum 30. Dezember findet in Hamburg der Kongress statt.", FRI,
     "Vom 27. bis zum 30. Dezember", "2024-12-27..2024-12-30"),
    ("Die Wahl ist für den 9. Juni 2024 angesetzt gewesen.", FRI,
     "9. Juni 2024", "2024-06-09..2024-06-09"),
    ("Am 20. Dezember hatte das Parlament das Gesetz verabschiedet.", FRI,
     "Am 20. Dezember", "2023-12-20..2023-12-20"),
    ("Im Juni unterzeichneten beide Staaten ein Abkommen.", FRI, "Im Juni", "2024-06..2024-06"),
    ("Das Abkommen war im Juni unterzeichnet worden.", FRI, "im Juni", "2024-06..2024-06"),
    ("Im Dezember hatte die Regierung die Reform angekündigt.", FRI,
     "Im Dezember", "2023-12..2023-12"),
    ("Im Dezember soll das Parlament über den Haushalt abstimmen.", FRI,
     "Im Dezember", "2024-12..2024-12"),
    ("Im März wird in der Ukraine regulär gewählt.", FRI, "Im März", "2025-03..2025-03"),
    ("Im Mai vergangenen Jahres begann die Offensive.", FRI,
     "Im Mai vergangenen Jahres", "2023-05..2023-05"),
    ("Die Inflation lag im Oktober 2023 bei 3,8 Prozent.", FRI,
     "im Oktober 2023", "2023-10..2023-10"),
    ("Die Preise waren im Jänner deutlich gestiegen.", JAN, "im Jänner", "2025-01..2025-01"),
    ("Die Zahlen für Sept. 2024 liegen vor.", FRI, "Sept. 2024", "2024-09..2024-09"),
    ("Die Sanktionen gelten ab November.", FRI, "ab November", "2024-11.."),
    ("Die Waffenruhe gilt bis Dezember.", FRI, "bis Dezember", "..2024-12"),
    ("Die Übung soll bis März dauern.", FRI, "bis März", "..2025-03"),
    ("Von März bis Mai wurden die Truppen ausgebildet.", FRI,
     "Von März bis Mai", "2024-03..2024-05"),
    ("Ende März 2025 wird die Reform in Kraft treten.", FRI,
     "Ende März 2025", "2025-03-21..2025-03-31"),
    ("Anfang März waren die ersten Einheiten eingetroffen.", FRI,
     "Anfang März", "2024-03-01..2024-03-10"),
    ("Die Fabrik soll Mitte 2025 eröffnen.", FRI, "Mitte 2025", "2025-05..2025-08"),
    ("Ende des Jahres soll die Brücke fertig sein.", FRI, "Ende des Jahres", "2024-09..2024-12"),
    ("Bis Ende des Jahres sollen 2.000 Soldaten entsandt werden.", FRI,
     "Bis Ende des Jahres", "..2024-12"),
    ("Zum Jahresende läuft das Mandat aus.", FRI, "Zum Jahresende", "2024-09..2024-12"),
    ("Anfang nächsten Jahres will die Regierung entscheiden.", FRI,
     "Anfang nächsten Jahres", "2025-01..2025-04"),
    ("Die Zahl der Anträge ist im Jahr 2023 gestiegen.", FRI, "im Jahr 2023", "2023..2023"),
    ("2023 wurden mehr als 300.000 Asylanträge gestellt.", FRI, "2023", "2023..2023"),
    ("Seit 2014 hält Russland die Krim besetzt.", FRI, "Seit 2014", "2014..2024-10-18"),
    ("Zwischen 2019 und 2021 sank die Zahl der Angriffe.", FRI,
     "Zwischen 2019 und 2021", "2019..2021"),
    ("Im Haushaltsjahr 2023/24 fehlen Milliarden.", FRI, "2023/24", "2023..2024"),
    ("Die Nationalsozialisten gingen in den 20er Jahren gegen Radioläden vor.", date(2008, 8, 19),
     "in den 20er Jahren", "1920..1929"),
    ("Das Gebiet verfiel seit Beginn der 1990er-Jahre zusehends.", FRI,
     "seit Beginn der 1990er-Jahre", "1990-01..2024-10-18"),
    ("Er wurde in den 1970-ern bekannt.", FRI, "in den 1970-ern", "1970..1979"),
    ("Auch für das Jahr 2008 wurde eine Liste veröffentlicht.", date(2009, 10, 1),
     "das Jahr 2008", "2008..2008"),
    ("In den 1990er Jahren zerfiel Jugoslawien.", FRI, "In den 1990er Jahren", "1990..1999"),
    ("Am Montag hatte das Ministerium die Zahlen veröffentlicht.", FRI,
     "Am Montag", "2024-10-14..2024-10-14"),
    ("Am Montag wird der Kanzler nach Kiew reisen.", FRI, "Am Montag", "2024-10-21..2024-10-21"),
    ("Am kommenden Freitag soll im Bundestag abgestimmt werden.", FRI,
     "Am kommenden Freitag", "2024-10-25..2024-10-25"),
    ("Am vergangenen Freitag demonstrierten Tausende in Paris.", FRI,
     "Am vergangenen Freitag", "2024-10-11..2024-10-11"),
    ("Am Freitag teilte das Ministerium mit, die Grenze bleibe offen.", FRI,
     "Am Freitag", "2024-10-18..2024-10-18"),
    ("Die Feuerwehr meldete am Mittwochabend einen Großbrand.", FRI,
     "am Mittwochabend", "2024-10-16..2024-10-16"),
    ("Bis zum Samstagabend wurden noch keine Schäden gemeldet.", date(2009, 3, 10),
     "Bis zum Samstagabend", "..2009-03-07"),
    ("Bis Samstag sollen die Schäden erfasst sein.", date(2009, 3, 10), "Bis Samstag",
     "..2009-03-14"),
    ("Seit Sonntag gilt in der Region der Ausnahmezustand.", FRI,
     "Seit Sonntag", "2024-10-13..2024-10-18"),
    ("Der Senator brachte am Dienstag einen Entwurf ein, der die Notenbank beschränken soll.",
     date(2009, 11, 13), "am Dienstag", "2009-11-10..2009-11-10"),
    ("Am Donnerstag sollen die Angreifer ein Depot beschossen haben.", FRI,
     "Am Donnerstag", "2024-10-17..2024-10-17"),
    ("Heute trifft sich der Sicherheitsrat in New York.", FRI, "Heute", "2024-10-18..2024-10-18"),
    ("Gestern Abend kam es zu schweren Ausschreitungen.", FRI,
     "Gestern Abend", "2024-10-17..2024-10-17"),
    ("Das Urteil wird morgen erwartet.", FRI, "morgen", "2024-10-19..2024-10-19"),
    ("Morgen beginnt in Baku der Klimagipfel.", FRI, "Morgen", "2024-10-19..2024-10-19"),
    ("In der Nacht zu Montag griffen russische Drohnen Kiew an.", MON,
     "In der Nacht zu Montag", "2024-10-13..2024-10-14"),
    ("Am Wochenende demonstrierten Zehntausende gegen die Regierung.", FRI,
     "Am Wochenende", "2024-10-12..2024-10-13"),
    ("Am kommenden Wochenende soll das Treffen stattfinden.", FRI,
     "Am kommenden Wochenende", "2024-10-19..2024-10-20"),
    ("Im vergangenen Jahr wurden 1,2 Millionen Autos verkauft.", FRI,
     "Im vergangenen Jahr", "2023..2023"),
    ("Letztes Jahr stieg die Inflation deutlich.", FRI, "Letztes Jahr", "2023..2023"),
    ("Im kommenden Jahr soll die Steuer sinken.", FRI, "Im kommenden Jahr", "2025..2025"),
    ("Nächste Woche beginnen die Verhandlungen in Genf.", FRI,
     "Nächste Woche", "2024-10-21..2024-10-27"),
    ("Vergangene Woche hatte die Regierung neue Hilfen beschlossen.", FRI,
     "Vergangene Woche", "2024-10-07..2024-10-13"),
    ("Nächsten Monat steht die Wahl in Moldau an.", FRI, "Nächsten Monat", "2024-11..2024-11"),
    ("Der Umsatz lag um vier Prozent über dem Vorjahr.", FRI, "Vorjahr", "2023..2023"),
    ("Vor zwei Wochen war der Minister zurückgetreten.", FRI,
     "Vor zwei Wochen", "2024-10-04..2024-10-04"),
    ("Vor einem Jahr begann die Offensive im Osten.", FRI, "Vor einem Jahr", "2023-10..2023-10"),
    ("Die Kooperation hat sich in den letzten Monaten verstärkt.", FRI,
     "in den letzten Monaten", "*..2024-10-18"),
    ("In den vergangenen Wochen hat die Armee Gelände verloren.", FRI,
     "In den vergangenen Wochen", "*..2024-10-18"),
    ("In den vergangenen zwei Wochen starben 40 Menschen.", FRI,
     "In den vergangenen zwei Wochen", "2024-10-04..2024-10-18"),
    ("Seit Monaten verhandeln die Parteien über den Etat.", FRI, "Seit Monaten", "*..2024-10-18"),
    ("In den kommenden Jahren sollen 5000 Wohnungen entstehen.", FRI,
     "In den kommenden Jahren", "2024-10-18..*"),
    ("In zwei Wochen soll der Bericht vorliegen.", FRI, "In zwei Wochen", "2024-11-01..2024-11-01"),
    ("Im Herbst hatte die Regierung den Notstand ausgerufen.", FRI,
     "Im Herbst", "2024-09..2024-11"),
    ("Im Frühjahr soll die Gegenoffensive beginnen.", FRI, "Im Frühjahr", "2025-03..2025-05"),
    ("Im Frühjahr hatte die Armee mehrere Dörfer verloren.", FRI,
     "Im Frühjahr", "2024-03..2024-05"),
    ("Im Winter drohen erneut Stromausfälle.", FRI, "Im Winter", "2024-12..2025-02"),
    ("Im vergangenen Sommer brannten in Griechenland große Wälder.", FRI,
     "Im vergangenen Sommer", "2024-06..2024-08"),
    ("Im dritten Quartal wuchs die Wirtschaft um 0,2 Prozent.", FRI,
     "Im dritten Quartal", "2024-07..2024-09"),
    ("Im ersten Halbjahr 2024 sank der Absatz.", FRI,
     "Im ersten Halbjahr 2024", "2024-01..2024-06"),
    ("In der ersten Jahreshälfte stiegen die Exporte.", FRI,
     "In der ersten Jahreshälfte", "2024-01..2024-06"),
]
# fmt: on

FRI_EN = date(2024, 10, 25)  # a Friday

# fmt: off
CASES_EN = [
    ("The agreement was signed on October 25, 2024 in Pyongyang.", date(2024, 10, 28),
     "on October 25, 2024", "2024-10-25..2024-10-25"),
    ("Talks resumed on 21 October in Geneva.", FRI_EN, "on 21 October", "2024-10-21..2024-10-21"),
    ("The ministry published the figures on Oct. 3.", FRI_EN,
     "on Oct. 3", "2024-10-03..2024-10-03"),
    ("In June, the two countries signed a mutual defence pact.", FRI_EN,
     "In June", "2024-06..2024-06"),
    ("In December, the army had withdrawn from the town.", FRI_EN,
     "In December", "2023-12..2023-12"),
    ("On Tuesday, the ministry said the border would stay closed.", FRI_EN,
     "On Tuesday", "2024-10-22..2024-10-22"),
    ("The summit will take place on Tuesday in Brussels.", FRI_EN,
     "on Tuesday", "2024-10-29..2024-10-29"),
    ("Last Monday, protesters blocked the main road.", FRI_EN,
     "Last Monday", "2024-10-21..2024-10-21"),
    ("Last year, inflation reached 6 percent.", FRI_EN, "Last year", "2023..2023"),
    ("Next year the tax will rise again.", FRI_EN, "Next year", "2025..2025"),
    ("The vote is scheduled for next week.", FRI_EN, "next week", "2024-10-28..2024-11-03"),
    ("Prices are expected to fall next month.", FRI_EN, "next month", "2024-11..2024-11"),
    ("Two weeks ago, the rebels took the city.", FRI_EN, "Two weeks ago", "2024-10-11..2024-10-11"),
    ("Yesterday, police arrested three suspects.", FRI_EN, "Yesterday", "2024-10-24..2024-10-24"),
    ("The verdict is due tomorrow.", FRI_EN, "tomorrow", "2024-10-26..2024-10-26"),
    ("Explosions were heard last night in Kharkiv.", FRI_EN,
     "last night", "2024-10-24..2024-10-24"),
    ("In recent months, attacks on shipping have increased.", FRI_EN,
     "In recent months", "*..2024-10-25"),
    ("Over the past two years, the economy has shrunk.", FRI_EN,
     "Over the past two years", "2022..2024-10-25"),
    ("In the coming weeks, more troops will arrive.", FRI_EN,
     "In the coming weeks", "2024-10-25..*"),
    ("In the third quarter of 2024, GDP grew by 0.4 percent.", FRI_EN,
     "In the third quarter of 2024", "2024-07..2024-09"),
    ("Revenue in Q3 2024 beat expectations.", FRI_EN, "Q3 2024", "2024-07..2024-09"),
    ("The economy grew 0.2 percent in the fourth quarter.", date(2025, 1, 30),
     "in the fourth quarter", "2024-10..2024-12"),
    ("Forecasters warned that more rain could fall by Thursday.", FRI_EN,
     "by Thursday", "..2024-10-31"),
    ("Since 2014, Russia has occupied Crimea.", FRI_EN, "Since 2014", "2014..2024-10-25"),
    ("The ban applies from November.", FRI_EN, "from November", "2024-11.."),
    ("The ceasefire holds until December.", FRI_EN, "until December", "..2024-12"),
    ("Between 2019 and 2021, exports fell sharply.", FRI_EN, "Between 2019 and 2021", "2019..2021"),
    ("The plant is due to open in early March.", FRI_EN, "early March", "2025-03-01..2025-03-10"),
    ("Production should resume by mid-2025.", FRI_EN, "by mid-2025", "..2025-08"),
    ("The bridge will be finished by the end of the year.", FRI_EN,
     "by the end of the year", "..2024-12"),
    ("Over the weekend, thousands marched in Tbilisi.", FRI_EN,
     "Over the weekend", "2024-10-19..2024-10-20"),
    ("Earlier this year, the government raised taxes.", FRI_EN,
     "Earlier this year", "2024..2024-10-25"),
    ("This summer was the hottest on record.", FRI_EN, "This summer", "2024-06..2024-08"),
    ("The offensive began in May.", FRI_EN, "in May", "2024-05..2024-05"),
    ("Troops were deployed in the 1990s.", FRI_EN, "in the 1990s", "1990..1999"),
]
# fmt: on

# sentences with no time expression at all
NO_TIMES = [
    ("Die meisten Soldaten kamen mit dem Zug, die anderen mit Bussen.", "de"),
    ("Nach Angaben des Geheimdienstes sollen 12.000 Soldaten entsandt worden sein.", "de"),
    ("Rund 2000 Soldaten wurden an die Grenze verlegt.", "de"),
    ("Das Regiment umfasst 2024 Soldaten und 300 Fahrzeuge.", "de"),
    ("Die Resolution 2231 des Sicherheitsrats ist weiterhin gültig.", "de"),
    ("Die Partei erhielt 1.950.000 Stimmen.", "de"),
    ("Die Zahl stieg auf 20245 Fälle.", "de"),
    ("Der Konzern beschäftigt 1999 Mitarbeiter.", "de"),
    ("Am Morgen kam es auf der Autobahn zu einem Unfall.", "de"),
    ("Am Ende siegte die Vernunft.", "de"),
    ("August Bebel gründete die Partei.", "de"),
    ("Die Sommerpause des Parlaments ist vorbei.", "de"),
    ("Sie missachtet die Menschenrechte, in diesem Fall die von Behinderten.", "de"),
    ("Um 20.15 Uhr begann die Sitzung im Landtag.", "de"),
    ("The troops may be deployed soon.", "en"),
    ("Former prime minister Theresa May criticised the plan.", "en"),
    ("Protesters march on the capital.", "en"),
    ("The company reported 2100 employees.", "en"),
]


def _check(sentence: str, ref: date, lang: str, text: str, interval: str) -> None:
    found = find_times(sentence, ref, lang)
    for t in found:
        assert sentence[t.start : t.end] == t.text
    match = [t for t in found if t.text == text]
    assert match, f"{text!r} not found in {[t.text for t in found]}"
    for expected, value in zip(interval.split(".."), (match[0].from_, match[0].to), strict=True):
        if expected != "*":
            assert value == (expected or None), f"{text!r}: {interval} != {match[0]}"


@pytest.mark.parametrize(("sentence", "ref", "text", "interval"), CASES_DE)
def test_german(sentence: str, ref: date, text: str, interval: str) -> None:
    _check(sentence, ref, "de", text, interval)


@pytest.mark.parametrize(("sentence", "ref", "text", "interval"), CASES_EN)
def test_english(sentence: str, ref: date, text: str, interval: str) -> None:
    _check(sentence, ref, "en", text, interval)


@pytest.mark.parametrize(("sentence", "lang"), NO_TIMES)
def test_no_false_positives(sentence: str, lang: str) -> None:
    assert find_times(sentence, FRI, lang) == []


def test_vague_window_is_approximate_and_exact_date_is_not() -> None:
    found = find_times("Am 3. März hatte sich die Lage in den letzten Monaten verschärft.", FRI)
    by_text = {t.text: t for t in found}
    assert by_text["in den letzten Monaten"].approximate
    assert not by_text["Am 3. März"].approximate


def test_several_expressions_in_order() -> None:
    text = "Seit Sonntag gilt der Notstand, ab Dezember sollen 5000 Soldaten helfen."
    found = find_times(text, FRI)
    assert [(t.text, t.from_, t.to) for t in found] == [
        ("Seit Sonntag", "2024-10-13", "2024-10-18"),
        ("ab Dezember", "2024-12", None),
    ]


def test_without_reference_date_relative_ends_stay_open() -> None:
    found = find_times("Im Juni wurde am 18. Oktober 2024 nichts entschieden.", None)
    by_text = {t.text: t for t in found}
    assert (by_text["Im Juni"].from_, by_text["Im Juni"].to) == (None, None)
    assert by_text["am 18. Oktober 2024"].from_ == "2024-10-18"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("18. Oktober, 2024", date(2024, 10, 18)),
        ("18.10.2024", date(2024, 10, 18)),
        ("18. Okt. 2024", date(2024, 10, 18)),
        ("Freitag, 18. Oktober 2024", date(2024, 10, 18)),
        ("October 25, 2024", date(2024, 10, 25)),
        ("25 October 2024", date(2024, 10, 25)),
        ("  2024-10-18 \n", date(2024, 10, 18)),
        ("Oct. 25, 2024", date(2024, 10, 25)),
        ("18.10.2024, 14:30 Uhr", date(2024, 10, 18)),
        ("Politik", None),
        ("Oktober 2024", None),
        ("Am 18. Oktober 2024 begann der Gipfel.", None),
        ("", None),
    ],
)
def test_parse_document_date(line: str, expected: date | None) -> None:
    assert parse_document_date(line) == expected


@pytest.mark.parametrize("lang", ["de", "en"])
def test_spacy_component_sets_times(lang: str) -> None:
    nlp = spacy.blank(lang)
    nlp.add_pipe("lagebild_times")
    text = {
        "de": "Die Truppen sollen ab November kämpfen. Im Juni wurde ein Abkommen unterzeichnet.",
        "en": "The troops could fight from November. In June, a pact was signed.",
    }[lang]
    doc = nlp.make_doc(text)
    doc._.doc_date = "2024-10-18"
    for _, component in nlp.pipeline:
        doc = component(doc)
    values = [(t.text, t.from_, t.to) for t in doc._.times]
    assert values[0][1:] == ("2024-11", None)
    assert values[1][1:] == ("2024-06", "2024-06")
    for t in doc._.times:
        assert doc.text[t.start : t.end] == t.text
        assert doc.char_span(t.start, t.end, alignment_mode="expand") is not None


def test_spacy_component_without_document_date() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_times")
    doc = nlp("Der Vertrag vom 24. Februar 2022 gilt seit Sonntag.")
    assert doc._.doc_date is None
    assert [(t.text, t.from_) for t in doc._.times] == [
        ("24. Februar 2022", "2022-02-24"),
        ("seit Sonntag", None),
    ]
