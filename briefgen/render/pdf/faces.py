"""Registered reportlab faces per role, chosen per character so no glyph is drawn from a font without it."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefgen.fonts import FontChoice, resolve_chains
from briefgen.fonts.convert import truetype_cuts
from briefgen.fonts.resolve import face_cmap

REPLACEMENT = "〓"   # GB practice for a character no installed font has


def _register(name: str, path: str, index: int) -> TTFont:
    """Return the font reportlab will draw for ``name`` (it aliases fonts sharing a PostScript name)."""
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    return font


def _face_name(path: str, index: int) -> str:
    return "bg" + hashlib.sha1(f"{path}#{index}".encode()).hexdigest()[:12]


def _loaded(choice: FontChoice, chars: set[str]) -> list[TTFont]:
    if not choice.needs_conversion:
        return [_register(_face_name(choice.path, choice.index), choice.path, choice.index)]
    cuts = truetype_cuts(choice.path, choice.index, chars)
    return [_register("bg" + Path(cut).stem.replace(".", "-"), str(cut), 0) for cut in cuts]


class FaceBook:
    """Which registered font draws each character of each role, and the characters' widths."""

    def __init__(self, style: dict[str, Any], needs: dict[str, set[str]]) -> None:
        self.chains = resolve_chains(style)
        self.by_role: dict[str, dict[str, str]] = {}
        self.missing: set[str] = set()
        self._widths: dict[tuple[str, str], float] = {}
        choices = {(c.path, c.index): c for chain in self.chains.values() for c in chain}
        loaded = {key: _loaded(choices[key], chars) for key, chars in self._plan(needs).items()}
        for role in sorted(needs):
            self._assign(role, needs[role] | {REPLACEMENT}, loaded)

    def _choices(self, role: str) -> list[FontChoice]:
        ordered = list(self.chains.get(role, []))
        ordered += [c for r in sorted(self.chains) if r != role for c in self.chains[r]]
        seen: set[tuple[str, int]] = set()
        unique = []
        for choice in ordered:
            if (choice.path, choice.index) not in seen:
                seen.add((choice.path, choice.index))
                unique.append(choice)
        return unique

    def _plan(self, needs: dict[str, set[str]]) -> dict[tuple[str, int], set[str]]:
        """Return, per font face, every character some role will take from it (by its cmap)."""
        per_face: dict[tuple[str, int], set[str]] = {}
        for role in sorted(needs):
            remaining = {c for c in needs[role] | {REPLACEMENT} if c.isprintable()}
            for choice in self._choices(role):
                cmap = face_cmap(choice.path, choice.index)
                take = {c for c in remaining if ord(c) in cmap}
                if take:
                    per_face.setdefault((choice.path, choice.index), set()).update(take)
                    remaining -= take
        return per_face

    def _assign(self, role: str, chars: set[str], loaded: dict[tuple[str, int], list[TTFont]]) -> None:
        remaining = {c for c in chars if c.isprintable()}
        mapping: dict[str, str] = {}
        for choice in self._choices(role):
            for font in loaded.get((choice.path, choice.index), []):
                got = {c for c in remaining if ord(c) in font.face.charToGlyph}
                mapping.update(dict.fromkeys(got, font.fontName))
                remaining -= got
        self.by_role[role] = mapping
        self.missing |= remaining - {REPLACEMENT}

    def pick(self, role: str, ch: str) -> tuple[str, str] | None:
        """Return (font name, character to draw) for ``ch`` in ``role``; None if nothing can draw it."""
        mapping = self.by_role.get(role, {})
        if ch in mapping:
            return mapping[ch], ch
        if REPLACEMENT in mapping and ch.isprintable():
            return mapping[REPLACEMENT], REPLACEMENT
        return None

    def width(self, font: str, ch: str, size: float) -> float:
        """Return the advance of ``ch`` in ``font`` at ``size`` points, without spacing."""
        key = (font, ch)
        if key not in self._widths:
            self._widths[key] = pdfmetrics.stringWidth(ch, font, 1000) / 1000
        return self._widths[key] * size

    def has_any(self) -> bool:
        """Return whether any role has at least one font."""
        return any(self.chains.values())
