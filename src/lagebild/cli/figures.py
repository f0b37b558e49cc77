"""Figures and dates as a reader of the article's language writes them.

"≈11.000 Infanteristen", "2 Mrd. EUR", "≥600,000 soldiers", "200–999 Soldaten", "5 %".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from lagebild.model import Quantity, TimeExpr

_SCALES = ((1e9, {"de": "Mrd.", "en": "billion"}), (1e6, {"de": "Mio.", "en": "million"}))
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_WORD = re.compile(r"[^\W\d_][\w-]*")


def format_number(x: float, lang: str = "de") -> str:
    """11000 -> '11.000' (de) / '11,000' (en); 2e9 -> '2 Mrd.' / '2 billion'; 1.5 -> '1,5'."""
    for scale, words in _SCALES:
        scaled = x / scale
        if abs(x) >= scale and abs(round(scaled, 2) - scaled) < 1e-9:
            return f"{_group(scaled, lang)} {words.get(lang, words['en'])}"
    return _group(x, lang)


def _group(x: float, lang: str) -> str:
    text = f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")
    if lang == "de":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_quantity(q: Quantity | Mapping[str, Any], lang: str = "de", following: str = "") -> str:
    """A figure with its unit: '≈11.000 Infanteristen', '2 Mrd. EUR', '≥600.000', '5 %'.

    following: the text right after the figure, where the counted noun's plural form is
    looked up ("11.000 Infanteristen" rather than the lemma "Infanterist").
    """
    get = q.get if isinstance(q, Mapping) else lambda k: getattr(q, k)
    value, low, high = get("value"), get("low"), get("high")
    if value is not None:
        text = ("≈" if get("approximate") else "") + format_number(value, lang)
    elif low is not None and high is not None:
        text = f"{format_number(low, lang)}–{format_number(high, lang)}"
    elif low is not None:
        text = f"≥{format_number(low, lang)}"
    elif high is not None:
        text = f"≤{format_number(high, lang)}"
    else:
        text = str(get("text"))
    unit = get("unit") or ""
    if unit == "percent":
        return f"{text} %" if lang == "de" else f"{text}%"
    if unit and not _CURRENCY.match(unit):
        unit = _written_form(unit, f"{get('text') or ''} {following}")
    return f"{text} {unit}".strip()


def _written_form(lemma: str, context: str) -> str:
    """The form of ``lemma`` the text uses near the figure ("Soldaten" for "Soldat")."""
    stem = lemma.lower()[: max(3, len(lemma) - 2)]
    for word in _WORD.findall(context)[:6]:
        if word.lower().startswith(stem) and len(word) <= len(lemma) + 3:
            return word[0].upper() + word[1:] if lemma[:1].isupper() else word
    return lemma


def format_time(t: TimeExpr | Mapping[str, Any]) -> str:
    """'2024-11 →' / '→ 2024-10-18' / '2024-06'."""
    if isinstance(t, Mapping):
        start, end = t.get("date_from", t.get("from")), t.get("date_to", t.get("to"))
    else:
        start, end = t.from_, t.to
    if start and end and start == end:
        return str(start)
    return f"{start or ''} → {end or ''}".strip()
