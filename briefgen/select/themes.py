"""Themes as weighted keywords, scored on stored jieba tokens (never on a fresh segmentation)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from briefgen.errors import ConfigError
from briefgen.select.config import shipped, user_override
from briefgen.select.lexicon import Lexicon, build_lexicon, text_matches, token_matches


@dataclass(frozen=True)
class Theme:
    """A theme and its keywords with weights."""

    name: str
    keywords: dict[str, float]


@dataclass(frozen=True)
class ThemeBook:
    """All themes, the fallback name, how title and lead count, and the keyword lexicon."""

    themes: tuple[Theme, ...]
    fallback: str
    title_weight: float
    lead_weight: float
    body_mass: float
    min_score: float
    lexicon: Lexicon

    @property
    def names(self) -> list[str]:
        """Return the theme names in file order."""
        return [t.name for t in self.themes]


def _parse_themes(entries: object, source: str) -> list[Theme]:
    if not isinstance(entries, list):
        raise ConfigError(f"{source}：themes 应是列表，请按自带 themes.yaml 的格式填写")
    out = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise ConfigError(f"{source}：每个主题需要 name（主题名称）和 keywords，请检查该文件")
        out.append(Theme(entry["name"].strip(), _keywords(entry.get("keywords"), entry["name"], source)))
    return out


def _keywords(raw: object, theme: str, source: str) -> dict[str, float]:
    """Return a theme's keyword weights; anything but "词: 有限的数" is a ConfigError naming the theme."""
    if raw is None:
        return {}
    where = f"{source}：主题“{theme[:20]}”的 keywords"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}应写成“关键词: 权重”的映射，请按自带 themes.yaml 的格式填写")
    words = {}
    for word, weight in raw.items():
        if not isinstance(word, str) or not word.strip():
            raise ConfigError(f"{where}中有空的或不是文字的关键词（{str(word)[:20]!r}），请改正")
        words[word] = _finite(weight, f"{where}中“{word[:20]}”的权重")
    return words


def _finite(value: object, what: str) -> float:
    """Return ``value`` as a finite number; anything else is a ConfigError saying ``what`` it is."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = math.nan
    if isinstance(value, bool) or not math.isfinite(number):
        raise ConfigError(f"{what}应是数字（现为 {str(value)[:40]!r}），请改正")
    return number


def _setting(name: str, base: dict[str, Any], user: dict[str, Any] | None, default: float) -> float:
    """Return a number from the user's themes.yaml, else the shipped one, else ``default``."""
    value = (user or {}).get(name, base.get(name, default))
    return _finite(value, f"themes.yaml：{name} ")


def _compounds(user: dict[str, Any] | None) -> list[str]:
    """Return the compound names that hide keywords: shipped list plus the user's."""
    names = list(shipped("theme_compounds.yaml").get("compounds") or [])
    mine = (user or {}).get("compounds") or []
    if not isinstance(mine, list) or not all(isinstance(n, str) for n in mine):
        raise ConfigError("用户 themes.yaml：compounds 应是专名（文字）的列表，请改正")
    return [str(n) for n in names + mine]


def load_themes() -> ThemeBook:
    """Return the shipped themes with the user's themes.yaml laid over them by name."""
    base = shipped("themes.yaml")
    themes = _parse_themes(base.get("themes"), "themes.yaml")
    user = user_override("themes.yaml")
    if user:
        mine = _parse_themes(user.get("themes", []), "用户 themes.yaml")
        if user.get("replace"):
            themes = mine
        else:
            by_name = {t.name: t for t in themes}
            by_name.update({t.name: t for t in mine})
            themes = list(by_name.values())
    fallback = (user or {}).get("fallback", base.get("fallback", "综合信息"))
    if not isinstance(fallback, str) or not fallback.strip():
        raise ConfigError(f"themes.yaml：fallback 应是栏目名称（现为 {str(fallback)[:40]!r}），请改正")
    lexicon = build_lexicon(
        ((t.name, t.keywords) for t in themes), _compounds(user),
        int(_setting("suffix_min_chars", base, user, 0)),
    )
    return ThemeBook(
        themes=tuple(themes), fallback=fallback,
        title_weight=_setting("title_weight", base, user, 3.0),
        lead_weight=_setting("lead_weight", base, user, 1.0),
        body_mass=_setting("body_mass", base, user, 0.0),
        min_score=_setting("min_score", base, user, 0.0),
        lexicon=lexicon,
    )


def weigh(book: ThemeBook, found: Counter[str], sublinear: bool = False) -> dict[str, float]:
    """Return each theme's summed keyword weight over ``found`` (counts damped by log if asked)."""
    totals = dict.fromkeys(book.names, 0.0)
    for word, count in found.items():
        times = 1.0 + math.log(count) if sublinear else float(count)
        for name, weight in book.lexicon.weights.get(word, {}).items():
            totals[name] = totals.get(name, 0.0) + weight * times
    return totals


def theme_scores(
    book: ThemeBook,
    tokens: Sequence[str],
    title: str | None = None,
    lead: Sequence[str] = (),
) -> dict[str, float]:
    """Return each theme's score: body keywords (damped, capped in mass), lead and title extra."""
    body = weigh(book, token_matches(book.lexicon, tokens), sublinear=True)
    mass = sum(body.values())
    if book.body_mass > 0 and mass > book.body_mass:
        body = {k: v * book.body_mass / mass for k, v in body.items()}
    extras = [(book.lead_weight, weigh(book, token_matches(book.lexicon, lead)))]
    if title:
        extras.append((book.title_weight, weigh(book, text_matches(book.lexicon, title))))
    for factor, part in extras:
        for name, value in part.items():
            body[name] = body.get(name, 0.0) + factor * value
    return body


def primary_theme(book: ThemeBook, scores: dict[str, float], wanted: Iterable[str] | None = None) -> str:
    """Return the best-scoring theme (among ``wanted`` if given), or the fallback when none scores."""
    names = list(wanted) if wanted else book.names
    best = max(names, key=lambda n: scores.get(n, 0.0), default=book.fallback)
    score = scores.get(best, 0.0)
    return best if score > 0 and score >= book.min_score else book.fallback
