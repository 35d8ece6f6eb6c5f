"""The 数据速览 table: the week's key figures as indicator, value, change and source rows."""

from __future__ import annotations

import re

from briefgen.assemble.figrows import reads_as_statistic
from briefgen.assemble.text import text_rules
from briefgen.bigrams import cjk_bigrams
from briefgen.select.types import FigureRow, SelectedArticle

HEADER = ["指标", "数值", "变化", "来源"]
SPACES = re.compile(r"\s+")


def is_change(figure: FigureRow) -> bool:
    """Return whether a figure states a change (同比增长7.8%) rather than a level."""
    relation = figure.relation or ""
    return any(word in relation for word in text_rules()["change_words"])


def _indicator(figure: FigureRow) -> str:
    """Return the indicator cell: the indicator with its period when it has one, without spaces."""
    name = SPACES.sub("", figure.indicator)
    period = SPACES.sub("", figure.period or "")
    if any(re.search(p, period) for p in text_rules()["table_period_skip"]):
        period = ""
    return f"{name}（{period}）" if period and period not in name else name


def _shown(figure: FigureRow, column: int) -> str:
    """Return the figure as printed; a change has its relation in front when the text lacks it.

    A level is the figure alone: 为445名, 有4项, 在2051个 read as broken text in the 数值 column.
    Spaces of the source (19804.76 万元, 第 2 位) are not printed.
    """
    relation = (figure.relation or "").strip()
    text = SPACES.sub("", figure.text)
    return text if column == 1 or not relation or relation in text else f"{relation}{text}"


def _source(article: SelectedArticle, note: str) -> str:
    """Return the source cell: the item's source (its first one if several), else its headline's head."""
    if "；" in note:  # an event several outlets reported: 安康日报 1月6日；安康市政府网 1月5日
        note = re.sub(r"\s*\d{1,2}月\d{1,2}日$", "", note.split("；")[0])
    if re.fullmatch(r"\d{1,2}月\d{1,2}日", note.strip()):
        note = ""  # a note that gives only the day names no source: the headline's head does
    if note or article.source:
        return note or article.source or ""
    limit = int(text_rules()["table_source_max_chars"])
    head = re.split(r"——|—|\s", (article.title or "").strip())[0]
    return head if len(head) <= limit else head[: limit - 1] + "…"


def _rank(row: list[str], units: list[str]) -> int:
    """Return 0 for rows with a change, 1 for levels in a key unit, 2 for the rest."""
    if row[2]:
        return 0
    return 1 if any(row[1].endswith(unit) for unit in units) else 2


def _usable(figure: FigureRow) -> bool:
    """Return whether a figure can stand in the table: a short, clean indicator and some text."""
    limit = int(text_rules()["table_indicator_max_chars"])
    name = figure.indicator.strip()
    if any(re.search(p, name) for p in text_rules()["table_indicator_reject"]):
        return False
    return bool(figure.text.strip()) and 2 <= len(name) <= limit and reads_as_statistic(figure)


def figure_rows(articles: list[tuple[SelectedArticle, str]], limit: int) -> list[list[str]]:
    """Return up to ``limit`` rows, changes and key units first; a level and its change share one, and an article gives
    one value per indicator (its first)."""
    rows: list[list[str]] = []
    open_rows: dict[tuple[int, str], list[str]] = {}
    for article, note in articles:
        for figure in filter(_usable, article.figures):
            indicator = _indicator(figure)
            column = 2 if is_change(figure) else 1
            key = (article.article_id, indicator)
            row = open_rows.get(key)
            if row is not None and row[column]:
                continue  # 封控区 18个 then, for a part of the city, 封控区 5个: the row would not say which is which
            if row is None:
                row = [indicator, "", "", _source(article, note)]
                open_rows[key] = row
                rows.append(row)
            row[column] = _shown(figure, column)
    units = list(text_rules()["table_units"])
    return sorted(_distinct(rows), key=lambda r: _rank(r, units))[:limit]


SHARED_WORDS = 2  # two-character words two indicators share when they name one figure (重大项目开工, 开工重大项目)


def _distinct(rows: list[list[str]]) -> list[list[str]]:
    """Return the rows without repeats of one indicator and figures (two outlets, one report), nor a figure its source
    gives again under nearly the same name (重大项目开工 75个 / 开工重大项目 75个, 复工复产率 100% / 复工 100%)."""
    seen: set[tuple[str, ...]] = set()
    kept: list[list[str]] = []
    for row in rows:
        key = tuple(re.sub(r"\s+", "", cell) for cell in row[:3])
        if key in seen or any(_restated(row, k) for k in kept):
            continue
        seen.add(key)
        kept.append(row)
    return kept


def _restated(row: list[str], other: list[str]) -> bool:
    """Return True when ``row`` gives ``other``'s figures from the same source under a name sharing its words."""
    same = [re.sub(r"\s+", "", c) for c in row[1:]] == [re.sub(r"\s+", "", c) for c in other[1:]]
    named_alike = row[0] in other[0] or other[0] in row[0]  # 复工 100% under 复工复产率 100%
    return same and (named_alike or len(cjk_bigrams(row[0]) & cjk_bigrams(other[0])) >= SHARED_WORDS)
