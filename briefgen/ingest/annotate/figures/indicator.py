"""The indicator and relation of a figure, read from the words around its value."""

from __future__ import annotations

import re
from functools import cache

from briefgen.ingest.annotate.figures.pos import (
    closing_change_verb,
    is_measure,
    only_modifiers,
    tagged,
)
from briefgen.ingest.annotate.figures.subject import (
    after_adverb,
    after_verb,
    opening_verb,
    strip_prefixes,
)
from briefgen.ingest.annotate.figures.vocab import figure_words, vocab_pattern

CLAUSE_END = re.compile(r"[,，;；。!！?？:：]|…+|——")
LIST_SEP = re.compile(r"[、和与及]|以及")
LIST_END = re.compile(r"(?:[、和与及]|以及)$")
QUOTED_NAME = re.compile(r"\s*[“\"‘《]([^”\"’》]{1,24})[”\"’》]")
BRACKETS = re.compile(r"[（(][^（()）]{0,40}[)）]|[“”\"'《》‘’]")
NOTES = re.compile(r"[（(][^（()）]{0,40}[)）]")
SPACES_AND_PARENS = re.compile(r"[\s（()）]+")
MAX_INDICATOR = 40
LONG = 10


@cache
def _trailing_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """Return the words stripped from an indicator's end (relations first), and the relations."""
    w = figure_words()
    words = w.relations + w.approx_before + w.indicator_suffix_stop
    return tuple(sorted(words, key=len, reverse=True)), frozenset(w.relations)


@cache
def _comparison() -> re.Pattern[str]:
    """Return the pattern of a comparison (较…, 比上年) that ends an indicator."""
    w = figure_words()
    after = "|".join(re.escape(a) for a in w.compare_after)
    words = "|".join(re.escape(c) for c in w.compare_words)
    return re.compile(rf"(?:{words})|比(?=\s|{after})")


@cache
def _trailing_pattern() -> re.Pattern[str]:
    """Return the pattern of a trailing word at the text's end; the earliest start is the longest."""
    return re.compile(f"(?:{'|'.join(re.escape(w) for w in _trailing_words()[0])})$")


@cache
def _verbs_ending(word: str) -> tuple[str, ...]:
    """Return the splitting verbs longer than ``word`` that end with it (签约 for 约)."""
    return tuple(v for v in figure_words().split_verbs if len(v) > len(word) and v.endswith(word))


def _inside_word(text: str, word: str) -> bool:
    """Return True when a one-character stop word (均, 将) ends a longer word jieba reads (平均, 即将)."""
    return len(word) == 1 and word in figure_words().indicator_suffix_stop and len(tagged(text)[-1][0]) > 1


def strip_relation(context: str) -> tuple[str, str | None]:
    """Return the context without relation words at its end, and the nearest relation.

    A verb jieba reads before 至/到 is part of the relation (减量至), not of the indicator.
    """
    relations = _trailing_words()[1]
    relation = None
    text = context.rstrip()
    while (m := _trailing_pattern().search(text)) is not None:
        word = m.group()  # the longest trailing word
        if text.endswith(_verbs_ending(word)) or _inside_word(text, word):
            break  # 约 closing 签约 is no approximation, 均 closing 平均 no adverb
        relation = relation or (word if word in relations else None)
        text = text[: -len(word)].rstrip()
        if word in figure_words().change_ends and (verb := closing_change_verb(text)):
            relation, text = verb + word, text[: -len(verb)]  # 垃圾外运减量至 → 垃圾外运, 减量至
            break
    return text, relation


def compares_at(text: str, pos: int) -> bool:
    """Return True when a comparison (比上年, 较2021年) starts at ``pos``."""
    return _comparison().match(text, pos) is not None


def _before_comparison(text: str) -> str:
    """Return the part before a comparison (较2021年年底, 比上年); empty when it opens the text.

    A framed comparison (与上年相比, 同“十三五”末相比) goes with what it frames, and so does an
    exclusion (剔除…不可比因素, 扣除价格因素后).
    """
    text = vocab_pattern("compare_frame").sub("", vocab_pattern("exclusion_frame").sub("", text))
    m = _comparison().search(text)
    if m is None:
        return text
    return text[: m.start()] if m.start() >= 2 else ""


def _after_scope(text: str) -> str:
    """Return the part after a scope word inside the text (此次暴雨过程全县平均降雨量 → 平均降雨量).

    A place's scope right after a kept verb is part of the verb's object, not a new subject
    (入选全国名特优新农产品, 带动全县种植蔬菜); a time's scope is not (建成投产后年产值 → 年产值).
    """
    w = figure_words()
    if text.startswith(w.share_words):
        return text
    if not _alternation(w.scope_words).search(text, 1):
        return text
    cut = max((p + len(s) for s in w.scope_words
               if (p := text.rfind(s)) > 0 and not _object_scope(text[:p], s)), default=0)
    return text[cut:] if len(text) - cut >= 2 else text


def _object_scope(before: str, scope: str) -> bool:
    """Return True when a place's scope follows a kept verb (入选 + 全国): it names the object's range."""
    w = figure_words()
    return scope in w.rank_scopes and before.endswith(w.split_verbs)


def _after_done(text: str) -> str:
    """Return the measure after a completed verb (建设了总投资 → 总投资, 建成了面积 → 面积), else the text."""
    pos = text.rfind("了")
    rest = text[pos + 1:]
    if pos > 0 and (rest in figure_words().attribute_starts or is_measure(rest)):
        return rest
    return text


def _cut_manner(text: str) -> str:
    """Return the text up to a manner word (粮食总产量连续三年 → 粮食总产量)."""
    for word in figure_words().indicator_cut:
        pos = text.find(word)
        if pos >= 2:
            text = text[:pos]
    return text


def _without_quoted_manner(context: str) -> str:
    """Return the context without a quoted manner opening it before a verb (“点对点”输送农民工 → 输送农民工)."""
    m = QUOTED_NAME.match(context)
    rest = context[m.end():].lstrip() if m else ""
    first = tagged(rest)[0] if len(rest) >= 2 else ("", "")
    if not (rest.startswith(figure_words().split_verbs) or first[1] == "v" and len(first[0]) >= 2):
        return context
    return rest


def clean_indicator(context: str, part: bool = False) -> tuple[str, str | None]:
    """Return (indicator, relation) from the words before a value in its clause.

    ``part``: the words name a part in a breakdown (包括…、校舍维修改造资金), kept whole: no subject goes.
    """
    text = BRACKETS.sub("", _without_quoted_manner(context)).strip(" 、").lstrip("（( ")  # （其中重点提案
    text = _after_time_phrase(text)
    _, relation = strip_relation(text)
    text = _before_comparison(text)
    text, nearest = strip_relation(text)
    relation = nearest or relation
    text = text if part else after_verb(after_adverb(text))
    text = _after_done(strip_prefixes(_after_scope(text)).strip(" 、的了"))
    text, more = strip_relation(_cut_manner(text))
    relation = relation or more
    if relation and only_modifiers(text):  # 两年平均增长5.8%: the average names nothing without its growth
        text += relation
    return shorten(_capacity_item(SPACES_AND_PARENS.sub("", text))), relation


@cache
def _time_phrase() -> re.Pattern[str]:
    """Return the pattern of a time preposition before a blanked date (在 + spaces)."""
    words = "|".join(re.escape(w) for w in figure_words().time_prepositions) or "(?!)"
    return re.compile(rf"(?:{words})\s{{2,}}")


def _after_time_phrase(text: str) -> str:
    """Return the words after a time phrase (在 + a date, blanked in ``text``) when some follow:
    计划在[2020年底前]投资 → 投资."""
    if "  " not in text:
        return text
    found = list(_time_phrase().finditer(text))
    rest = text[found[-1].end():] if found else ""
    return rest if len(rest.strip()) >= 2 else text


def _capacity_item(text: str) -> str:
    """Return a capacity word closing a list alone (…工厂建设、年产 → 年产): it names the value, not the list."""
    word = next((w for w in figure_words().capacity_words if text.endswith(w)), "")
    return word if word and LIST_END.search(text[:-len(word)]) else text


@cache
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """Return the compiled alternation of ``words``, longest first."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)")


def first_of(phrase: str, words: tuple[str, ...], least: int = 0) -> int:
    """Return where the first of ``words`` at or after ``least`` starts, or the phrase's length."""
    m = _alternation(words).search(phrase, least)
    return m.start() if m else len(phrase)


def shorten(text: str) -> str:
    """Return a long indicator without the clause closed by its last 的; a verb opening it stays.

    A 的 closing a preposition's phrase (占地区生产总值的比重, 对经济增长的贡献率) stays: what the share
    or contribution is of belongs to the indicator. A list of names is kept whole: cut to its last
    characters it would start inside a name (地区生产总值、规上工业总产值、固定资产投资增速).
    """
    cut = text.rfind("的", 0, len(text) - 2)
    if len(text) > LONG and cut >= 0 and not any(p in text[:cut] for p in figure_words().argument_heads):
        text = opening_verb(text[:cut]) + text[cut + 1:]  # 清退不再符合条件的农村低保对象 → 清退农村低保对象
    return text if "、" in text else text[-MAX_INDICATOR:]


def split_list(names: str, count: int = 0) -> list[str]:
    """Return the items of 工业投资、技改投资 or 城镇和农村居民人均可支配收入, each completed.

    With ``count``, a list that splits into more items than that is split at 、 only
    (汽车类、石油及制品类零售额), and a paired word stands for its parts (城乡居民 → 城镇居民, 农村居民).
    """
    names = _joined_pair(names)
    items = [i.strip() for i in LIST_SEP.split(names) if i.strip()]
    if items and items[0].startswith("第"):  # 第一、二、三产业: each ordinal with its 第
        items = [i if i.startswith("第") else "第" + i for i in items]
    if count and len(items) > count:
        items = [i.strip() for i in names.split("、") if i.strip()]
    if count and len(items) == 1:
        return _unpaired(names, count) or items
    if len(items) < 2:
        return items
    items = [items[0]] + [_shared_front(items[0], i) for i in items[1:]]
    last = items[-1]
    short = len(items[0])
    if all(len(i) <= short for i in items[:-1]) and len(last) > short + 1:
        tail = last.rfind(items[0][-1], 0, len(last) - 1)
        if tail < 0 and short > 2 and not _measure_from(last, short):
            return items  # 一产增加值、农民人均纯收入: two whole names, no shared head
        head = last[tail + 1:] if tail >= 0 else last[short:]
        return [i + head for i in items[:-1]] + [last]
    return items


def _joined_pair(names: str) -> str:
    """Return the names with a paired word's halves written apart joined (城、乡居民 → 城乡居民)."""
    for word in figure_words().paired_words:
        if len(word) == 2:
            names = names.replace(f"{word[0]}、{word[1]}", word)
    return names


def _measure_from(name: str, at: int) -> bool:
    """Return True when a measure word starts at a word boundary ``at`` of ``name`` (精密化零部件|产值)."""
    bounds, pos = set(), 0
    for word, _ in tagged(name):
        pos += len(word)
        bounds.add(pos)
    return at in bounds and is_measure(name[at:])


def _shared_front(first: str, item: str) -> str:
    """Return a list item completed with the first item's front when it names a measure of the same kind.

    电商网络交易额、零售额 → 电商网络零售额: the item is one word as long as the first item's last word and
    ends like it; 进出口总额、出口额 (words of other lengths) stay as written.
    """
    words = tagged(first)
    last = words[-1][0] if len(words) > 1 else ""
    if len(item) != len(last) or item == last or item[-1] != last[-1] or len(tagged(item)) != 1:
        return item
    return first[: -len(last)] + item


def _unpaired(name: str, count: int) -> list[str]:
    """Return the indicators a paired word stands for (城乡居民收入 → 城镇居民收入, 农村居民收入)."""
    for word, parts in figure_words().paired_words.items():
        if word in name and len(parts) == count:
            return [name.replace(word, part, 1) for part in parts]
    return []
