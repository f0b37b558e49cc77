"""Bytes to text: UTF-8 unless there is evidence for another charset, never an exception."""

from __future__ import annotations

import codecs
import logging

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lagebild.ingest.encoding import decode_bytes

GERMAN = (
    "Die Brücke über die Spree wird für Fußgänger geöffnet. Der Bürgermeister sagte, "
    "die Arbeiten hätten länger gedauert als geplant; die Kosten seien um ein Viertel "
    "gestiegen. Anwohner äußerten Ärger über den Lärm."
)
CZECH = (
    "Ministerstvo zdravotnictví oznámilo, že počet obětí povodní stoupl na jedenáct. "
    "Hasiči evakuovali stovky lidí z ohrožených obcí na severu země. Příští týden "
    "má přijít další vlna deštů, varoval meteorologický ústav."
)


@pytest.mark.parametrize("charset", ["cp1252", "latin-1"])
def test_legacy_western_text_is_decoded(charset: str) -> None:
    assert decode_bytes(GERMAN.encode(charset), "alt.txt") == GERMAN


def test_central_european_text_is_decoded() -> None:
    text = decode_bytes((CZECH + " ").encode("cp1250") * 3, "zpravy.txt")
    assert "zdravotnictví" in text
    assert "Příští týden" in text


@pytest.mark.parametrize("bom", ["utf-16", "utf-8-sig"])
def test_byte_order_mark_decides(bom: str) -> None:
    assert decode_bytes(GERMAN.encode(bom), "bom.txt") == GERMAN


def test_utf16_without_bom_by_declaration() -> None:
    assert decode_bytes(GERMAN.encode("utf-16-le"), "x.txt", declared="utf-16-le") == GERMAN


def test_a_few_broken_bytes_keep_utf8_and_warn(caplog: pytest.LogCaptureFixture) -> None:
    raw = b"Der Sprecher sagte das.\xff\xfe\xfa broken bytes \xc3( end."
    with caplog.at_level(logging.WARNING):
        text = decode_bytes(raw, "kaputt.txt")
    assert text == "Der Sprecher sagte das.\ufffd\ufffd\ufffd broken bytes \ufffd( end."
    assert "kaputt.txt" in caplog.text
    assert "4 undecodable bytes" in caplog.text


def test_mixed_file_stays_utf8() -> None:
    raw = GERMAN.encode() + b" Zitat: " + "Grüße".encode("cp1252")
    text = decode_bytes(raw, "gemischt.txt")
    assert text.startswith(GERMAN)
    assert text.endswith("Gr\ufffd\ufffde")


def test_truncated_utf8_keeps_everything_before_the_cut() -> None:
    raw = GERMAN.encode()[:-1] + "ü".encode()[:1]
    text = decode_bytes(raw, "abgeschnitten.txt")
    assert text == GERMAN[:-1] + "\ufffd"


@given(st.binary(max_size=2000))
def test_any_bytes_decode_without_error(raw: bytes) -> None:
    assert isinstance(decode_bytes(raw, "zufall.bin"), str)


@given(st.text(max_size=500))
def test_any_utf8_text_round_trips(text: str) -> None:
    raw = text.encode()
    assume(not raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)))
    assume(b"charset" not in raw.lower() and b"encoding" not in raw.lower())
    assert decode_bytes(raw, "text.txt") == text
