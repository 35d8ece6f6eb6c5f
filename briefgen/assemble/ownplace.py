"""我县 / 我区 written out: a city's briefing names the county that a county's own page calls 我县."""

from __future__ import annotations

from briefgen.assemble.text import text_rules


def named_own_place(text: str, place: str | None) -> str:
    """Return ``text`` with 我县 (我区, 我旗) replaced by ``place`` when ``place`` is a county (district, banner)."""
    if not place:
        return text
    for word, suffix in text_rules()["own_place_words"].items():
        if place.endswith(suffix):
            text = text.replace(word, place)
    return text
