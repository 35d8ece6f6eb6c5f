"""Which key figures read as a statistic in the 数据速览 table (word lists in ``data/figtable.yaml``)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from briefgen.assemble.figclause import reads_as_clause
from briefgen.resources import data_file
from briefgen.select.types import FigureRow
from briefgen.yamlio import load_yaml

LIST_SEP = re.compile(r"[、和与及]")


@cache
def _rules() -> dict[str, Any]:
    """Return the table's word lists."""
    data: dict[str, Any] = load_yaml(data_file("figtable.yaml").read_text(encoding="utf-8"))
    return data


@cache
def _verbs() -> tuple[str, ...]:
    """Return the verbs a figure's indicator may open with (新增, 解决): the figure reader's, longest first."""
    figures: dict[str, Any] = load_yaml(data_file("figures.yaml").read_text(encoding="utf-8"))
    return tuple(sorted(map(str, figures["split_verbs"]), key=len, reverse=True))


def _without_verb(name: str) -> str:
    """Return the indicator without a verb or modal word at its front (解决问题 → 问题, 可年产 → 年产)."""
    for word in (*_rules()["modal_prefixes"], *_verbs()):
        if name.startswith(word) and len(name) > len(word):
            return name[len(word):]
    return name


def _vague(item: str) -> str:
    """Return the item without vague modifiers at its front (实际问题 → 问题)."""
    modifiers = tuple(_rules()["vague_modifiers"])
    while item.startswith(modifiers):
        item = item[len(next(m for m in modifiers if item.startswith(m))):]
    return item


def _all_of(name: str, kinds: list[str]) -> bool:
    """Return True when every listed item of ``name`` is one of ``kinds`` (国家和地区, 实际问题和困难)."""
    items = [_vague(i) for i in LIST_SEP.split(name) if i]
    return bool(items) and all(i in kinds for i in items)


def is_bare(name: str) -> bool:
    """Return True for a bare generic noun or place kind (党员, 乡镇), or a vague one after a verb (解决问题)."""
    rules = _rules()
    kinds = [*rules["generic_nouns"], *rules["vague_nouns"], *rules["place_kinds"], *rules["time_words"]]
    return _all_of(name, kinds) or _all_of(_without_verb(name), rules["vague_nouns"])


def counts_event_units(name: str) -> bool:
    """Return True when the indicator counts the event's own groups, parts or participants (视察组, 与会人员)."""
    rules = _rules()
    return name.endswith(tuple(rules["event_units"])) or any(w in name for w in rules["participant_starts"])


def counts_documents(name: str) -> bool:
    """Return True when the indicator counts documents or media pieces (出台重要文件, 主题报道)."""
    return name.endswith(tuple(_rules()["document_heads"]))


def lacks_subject(name: str) -> bool:
    """Return True for a measure with no subject (总投资, 可年产) or a share of nobody's (占总投资)."""
    rules = _rules()
    last = name.rsplit("、", 1)[-1]  # 瑜璟康养中心项目、投资: the list's last item is the measure
    return (any(n in rules["bare_measures"] for n in (name, last, _without_verb(name)))
            or name.startswith(tuple(rules["share_starts"])))


def is_residue(name: str) -> bool:
    """Return True when the indicator is a cut clause (…顺利, 以上…) or a bare act (区财政列支)."""
    rules = _rules()
    return (name.endswith(tuple(rules["residue_ends"]) + tuple(rules["act_ends"]))
            or name.startswith(tuple(rules["residue_starts"])))


def is_idiom(figure: FigureRow) -> bool:
    """Return True when the figure is a bare magnitude with no numeral (万家团圆 → 万家)."""
    return re.search(_rules()["numeral"], figure.text) is None


CLAUSE_END = re.compile(r"[，。；！？,;!?]")


def states_a_change(figure: FigureRow) -> bool:
    """Return True for a count of things followed in its clause by their change (218个贫困村…实现脱贫)."""
    at = figure.sentence.find(figure.text + figure.indicator) if figure.indicator else -1
    if at < 0:
        return False
    rest = CLAUSE_END.split(figure.sentence[at + len(figure.text) + len(figure.indicator):], maxsplit=1)[0]
    return any(word in rest for word in _rules()["state_changes"])


def measured_after(figure: FigureRow) -> bool:
    """Return True for a count of things whose measure follows in its clause (5个断面总磷平均浓度为0.056mg/L)."""
    at = figure.sentence.find(figure.text + figure.indicator) if figure.indicator else -1
    if at < 0:
        return False
    rest = CLAUSE_END.split(figure.sentence[at + len(figure.text) + len(figure.indicator):], maxsplit=1)[0]
    return re.search(_rules()["measured_after"], rest) is not None


def _after_text(figure: FigureRow) -> str:
    """Return the sentence after the figure's text ("" when the sentence does not hold it)."""
    at = figure.sentence.find(figure.text)
    return figure.sentence[at + len(figure.text):] if at >= 0 else ""


def in_project_name(figure: FigureRow) -> bool:
    """Return True for a size a noun follows inside a list that ends on 等…项目 (星创联180万平方米印制线路板、…等项目)."""
    rest = _after_text(figure)
    clause = CLAUSE_END.split(rest, maxsplit=1)[0]
    named = re.match(r"[\u4e00-\u9fff]", rest) is not None and not rest.startswith(("的", figure.indicator or "的"))
    return named and re.search(_rules()["project_list_end"], clause) is not None


def _clause_before(figure: FigureRow) -> str:
    """Return the words of the figure's clause before its text ("" when the sentence does not hold it)."""
    at = figure.sentence.find(figure.text)
    return CLAUSE_END.split(figure.sentence[:at])[-1] if at >= 0 else ""


def totals_a_list(figure: FigureRow) -> bool:
    """Return True for a small count right after the names it totals (横一路、纵二路2条道路, 尚勤路、横二路等8条道路):
    the names are the news, the count alone says nothing."""
    clause = _clause_before(figure)
    small = figure.value is not None and figure.value <= _rules()["list_total_max"]
    return small and re.search(_rules()["list_before_count"], clause) is not None


def lists_contents(figure: FigureRow) -> bool:
    """Return True for a count among what one project is built of (建设内容包括4栋数据中心、1栋综合办公楼)."""
    return re.search(_rules()["project_contents"], _clause_before(figure)) is not None


def in_brackets(figure: FigureRow) -> bool:
    """Return True for a figure inside brackets after another (…23例（某村20例、某矿3例）): a breakdown when it states no
    change (…128.4亿元（增长5.2%） is the change of the figure before)."""
    named = figure.sentence.find(figure.indicator + figure.text) if figure.indicator else -1
    at = named + len(figure.indicator) if named >= 0 else figure.sentence.find(figure.text)  # 3例 after 某矿, not in 23例
    before = figure.sentence[:at] if at >= 0 else ""
    return before.count("（") + before.count("(") > before.count("）") + before.count(")")


def negated(figure: FigureRow) -> bool:
    """Return True for a count its clause then says did not happen (还有1735户4591人没有脱贫): the row would print the
    opposite (脱贫 1735户)."""
    rest = CLAUSE_END.split(_after_text(figure), maxsplit=1)[0]
    return any(word in rest for word in _rules()["negations"])


def counts_one(figure: FigureRow) -> bool:
    """Return True for a count of one thing (1个现代农场): a name, not a statistic."""
    return figure.value == 1 and figure.text.rstrip(figure.unit).strip() in ("1", "一") and (
        figure.unit in _rules()["one_count_units"])


def reads_as_statistic(figure: FigureRow) -> bool:
    """Return whether a figure makes a table row a reader understands without the article."""
    name = re.sub(r"\s+", "", figure.indicator)
    if re.search(_rules()["ordinal_rank"], figure.text) or is_idiom(figure):
        return False
    if any(mark in name for mark in _rules()["clause_marks"]) or states_a_change(figure) or measured_after(figure) or (
            negated(figure) or in_brackets(figure) and not figure.relation or in_project_name(figure)):
        return False
    if counts_one(figure) or totals_a_list(figure) or lists_contents(figure):
        return False
    return not (is_bare(name) or counts_documents(name) or counts_event_units(name) or lacks_subject(name)
                or is_residue(name) or reads_as_clause(name))
