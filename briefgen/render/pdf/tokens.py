"""Split styled text into break units: single 汉字 and marks, whole numbers and Latin words, spaces."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

_WORD = r"[0-9A-Za-z]+(?:[.,:/+\-'_&][0-9A-Za-z]+)*%?"
_NUMBER = r"[0-9]+(?:[.,][0-9]+)*[{suffixes}]+"
_FIGURE = r"[0-9]+(?:[.,][0-9]+)*[%‰％]?(?:{qualifiers})?(?:{units})"


@dataclass(frozen=True)
class Glyph:
    """One character to draw: its font, its advance without spacing, its colour, its width scale."""

    ch: str
    font: str
    width: float
    size: float
    color: str
    hscale: float = 1.0
    lead: float = 0.0      # extra space before the glyph unless it opens a line (汉字 ↔ Latin)
    squeezed: bool = False  # a mark set narrower than drawn (标点挤压): ``width`` is its advance on the line


def _script(ch: str) -> int:
    """Return 1 for a 汉字, 2 for a Latin letter or digit, 0 for anything else."""
    code = ord(ch)
    if 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3FFFF:
        return 1
    return 2 if ch.isascii() and ch.isalnum() else 0


def autospace(glyphs: list[Glyph], em: float) -> list[Glyph]:
    """Return the glyphs with ``em`` of their size before each 汉字 next to a Latin letter or digit."""
    if em <= 0:
        return glyphs
    out = list(glyphs)
    for i in range(1, len(out)):
        a, b = _script(out[i - 1].ch), _script(out[i].ch)
        if a and b and a != b:
            out[i] = replace(out[i], lead=em * out[i].size)
    return out


@dataclass(frozen=True)
class Token:
    """A unit the line breaker never splits."""

    glyphs: tuple[Glyph, ...]
    space: bool = False
    no_start: bool = False
    no_end: bool = False
    mark: bool = False

    def chars(self) -> int:
        """Return how many of the token's glyphs are characters (not marks, not spaces)."""
        return 0 if self.space or self.mark else len(self.glyphs)

    def natural(self, gap: float) -> float:
        """Return the token's width with ``gap`` (and any autospace) between its own characters."""
        inner = sum(g.lead for g in self.glyphs[1:])
        return sum(g.width for g in self.glyphs) + gap * (len(self.glyphs) - 1) + inner

    @property
    def lead(self) -> float:
        """Return the extra space before the token when it does not open a line."""
        return self.glyphs[0].lead if self.glyphs else 0.0


@dataclass(frozen=True)
class Squeeze:
    """Marks a loose line may set narrower to take the run after it, and by what share of their width."""

    marks: frozenset[str] = frozenset()
    share: float = 0.0


NO_SQUEEZE = Squeeze()  # no mark is set narrower


@dataclass(frozen=True)
class BreakRules:
    """避头尾 sets and the runs kept whole, from the style's ``linebreak`` section."""

    no_start: frozenset[str]
    no_end: frozenset[str]
    pattern: re.Pattern[str]
    min_last_chars: int = 0
    tighten_em: float = 0.0
    autospace_em: float = 0.0
    loose_em: float = 0.0
    squeeze: Squeeze = NO_SQUEEZE


def break_rules(style: dict[str, Any]) -> BreakRules:
    """Return the line-break rules the style lists."""
    section = style.get("linebreak", {})
    whole = sorted(section.get("unbreakable", []), key=len, reverse=True)
    numbers = [_NUMBER.format(suffixes=re.escape(section["number_suffixes"]))] if section.get(
        "number_suffixes") else []
    alternatives = ([re.escape(w) for w in whole] + _kept_patterns(section) + numbers
                    + [_WORD, r"[ \t]+", r"."])
    return BreakRules(frozenset(section.get("no_start", "")), frozenset(section.get("no_end", "")),
                      re.compile("|".join(alternatives), re.S),
                      int(section.get("min_last_line_chars", 0)),
                      float(section.get("max_tighten_em", 0.0)),
                      float(section.get("cjk_latin_space_em", 0.0)),
                      float(section.get("max_loose_em", 0.0)),
                      Squeeze(frozenset(section.get("squeeze_marks", "")), float(section.get("squeeze_share", 0.0))))


def _kept_patterns(section: dict[str, Any]) -> list[str]:
    """Return the patterns of dates and figures with their units, never split across lines."""
    kept = [str(p) for p in section.get("kept_patterns", [])]
    units = sorted(section.get("number_units", []), key=len, reverse=True)
    if units:
        qualifiers = "|".join(re.escape(q) for q in section.get("number_qualifiers", []))
        kept.append(_FIGURE.format(qualifiers=qualifiers or "(?!)",
                                   units="|".join(re.escape(u) for u in units)))
    return kept


def tokenize(glyphs: list[Glyph], rules: BreakRules) -> list[Token]:
    """Return the break units of a run of glyphs (matched on their characters), autospaced."""
    glyphs = autospace(glyphs, rules.autospace_em)
    text = "".join(g.ch for g in glyphs)
    tokens = []
    for match in rules.pattern.finditer(text):
        part = tuple(glyphs[match.start():match.end()])
        first, last = match.group()[0], match.group()[-1]
        marks = rules.no_start | rules.no_end
        tokens.append(Token(part, space=first in " \t", no_start=first in rules.no_start,
                            no_end=last in rules.no_end,
                            mark=all(c in marks for c in match.group())))
    return tokens


def squeezed(token: Token, share: float) -> Token:
    """Return a one-mark token set ``share`` of its width narrower (…收获，16.35万亩 closing up at its comma)."""
    glyph = token.glyphs[0]
    return replace(token, glyphs=(replace(glyph, width=glyph.width * (1 - share), squeezed=True),))


def split_token(token: Token) -> list[Token]:
    """Return a too-long token as one token per character."""
    return [Token((g,)) for g in token.glyphs]


_DATE_PIECE = re.compile(r"[0-9]{1,4}[年月日]")


def pieces(token: Token) -> list[Token]:
    """Return a date kept whole as its parts, each number with its unit (12月4日 → 12月, 4日); any other
    run (2023年, 5000余家, 1至11月, a word) comes back as it is."""
    text = "".join(g.ch for g in token.glyphs)
    spans = [m.span() for m in _DATE_PIECE.finditer(text)]
    if len(spans) < 2 or "".join(text[a:b] for a, b in spans) != text:
        return [token]
    return [Token(token.glyphs[a:b]) for a, b in spans]
