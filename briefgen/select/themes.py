"""Themes as weighted keywords, scored on stored jieba tokens (never on a fresh segmentation)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefgen.errors import ConfigError
from briefgen.select.config import shipped, user_override

MAX_JOIN = 4


@dataclass(frozen=True)
class Theme:
    """A theme and its keywords with weights."""

    name: str
    keywords: dict[str, float]


@dataclass(frozen=True)
class ThemeBook:
    """All themes, the fallback name, and how much a title hit counts."""

    themes: tuple[Theme, ...]
    fallback: str
    title_weight: float

    @property
    def names(self) -> list[str]:
        """Return the theme names in file order."""
        return [t.name for t in self.themes]


def _parse_themes(entries: object, source: str) -> list[Theme]:
    if not isinstance(entries, list):
        raise ConfigError(f"{source}：themes 应是列表，请按自带 themes.yaml 的格式填写")
    out = []
    for entry in entries:
        if not isinstance(entry, dict) or "name" not in entry:
            raise ConfigError(f"{source}：每个主题需要 name 和 keywords，请检查该文件")
        words = {str(k): float(v) for k, v in (entry.get("keywords") or {}).items()}
        out.append(Theme(str(entry["name"]), words))
    return out


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
    fallback = str((user or {}).get("fallback", base.get("fallback", "综合信息")))
    weight = float((user or {}).get("title_weight", base.get("title_weight", 3.0)))
    return ThemeBook(tuple(themes), fallback, weight)


def token_grams(tokens: Sequence[str]) -> list[str]:
    """Return each token and each run of 2–4 adjacent tokens joined, so compounds match either way."""
    words = [t for t in tokens if t.strip()]
    grams: list[str] = []
    for i in range(len(words)):
        joined = ""
        for j in range(i, min(i + MAX_JOIN, len(words))):
            joined += words[j]
            grams.append(joined)
    return grams


def theme_scores(book: ThemeBook, tokens: Sequence[str], title: str | None = None) -> dict[str, float]:
    """Return each theme's keyword weight summed over the tokens, title hits counted extra."""
    grams = token_grams(tokens)
    scores: dict[str, float] = {}
    for theme in book.themes:
        total = sum(theme.keywords.get(g, 0.0) for g in grams)
        if title:
            total += book.title_weight * sum(w for k, w in theme.keywords.items() if k in title)
        scores[theme.name] = total
    return scores


def primary_theme(book: ThemeBook, scores: dict[str, float], wanted: Iterable[str] | None = None) -> str:
    """Return the best-scoring theme (among ``wanted`` if given), or the fallback when none scores."""
    names = list(wanted) if wanted else book.names
    best = max(names, key=lambda n: scores.get(n, 0.0), default=book.fallback)
    return best if scores.get(best, 0.0) > 0 else book.fallback
