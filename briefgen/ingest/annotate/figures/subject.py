"""Where an indicator starts: after its subject and scope words, at the verb it counts (or after a light one)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from briefgen.ingest.annotate.figures.pos import (
    Tagged,
    after_modifier,
    closing_modifier,
    closing_verb_word,
    tagged,
)
from briefgen.ingest.annotate.figures.vocab import figure_words, vocab_pattern


def after_adverb(text: str) -> str:
    """Return what follows the last adverb ending a subject (丹江口市共种植雪茄烟叶 → 种植雪茄烟叶).

    The adverb counts only as a word of its own (not the 共 of 公共服务), and not after a modifier
    (最大累计降雨: a kind of rainfall).
    """
    best = text
    for adverb in figure_words().subject_adverbs:
        pos = text.rfind(adverb)
        end = pos + len(adverb)
        if (pos > 0 and 2 <= len(text) - end < len(best) and not after_modifier(text[:pos])
                and (len(adverb) > 1 or not _cuts_a_word(text, pos) and not _cuts_a_word(text, end))):
            best = text[end:]
    return best


@lru_cache(maxsize=4096)
def _word_bounds(text: str) -> frozenset[int]:
    """Return the offsets between jieba's dictionary words in ``text``."""
    import jieba

    ends, end = {0}, 0
    for token in jieba.lcut(text, HMM=False):
        end += len(token)
        ends.add(end)
    return frozenset(ends)


def _cuts_a_word(text: str, at: int) -> bool:
    """Return True when jieba reads a word across position ``at`` (有|效 in 有效发明专利)."""
    return at not in _word_bounds(text)


def _opens_a_state(text: str) -> bool:
    """Return True when a state word opens the text (在院, 在岗): its one-character prefix is part of it."""
    return text.startswith(figure_words().state_words)


@cache
def _demonstrative() -> re.Pattern[str]:
    """Return the pattern of a demonstrative subject at the front (该产业园, 该县)."""
    w = figure_words()
    heads = "|".join(re.escape(h) for h in w.demonstrative_heads)
    words = "|".join(re.escape(d) for d in w.demonstratives)
    return re.compile(rf"^(?:{words})[\u4e00-\u9fff]{{0,4}}?(?:{heads})" if heads and words else "(?!)")


def strip_prefixes(text: str) -> str:
    """Return the text without scope and connective words at its front; a one-character one never cuts a word."""
    prefixes = figure_words().indicator_prefix_stop
    text = _demonstrative().sub("", text)
    duration = vocab_pattern("duration_front").match(text)  # 仅一年时间家庭收入 → 家庭收入
    text = text[duration.end():] if duration and len(text) - duration.end() >= 2 else text
    changed = True
    while changed and text and text.startswith(prefixes):
        changed = False
        for word in prefixes:
            if text.startswith(word) and (len(word) > 1 or not _cuts_a_word(text, 1) and not _opens_a_state(text)):
                text, changed = text[len(word):].lstrip(), True
                break
    return _after_manner(text)


def _after_manner(text: str) -> str:
    """Return the text without a manner word opening it before a verb (有效增加耕地种植面积 → 增加耕地种植面积).

    Before a noun the word is part of the name (有效专利, 有效投资).
    """
    if not text.startswith(figure_words().manner_fronts):
        return text
    words = tagged(text)
    if len(words) > 1 and words[1][1] == "v" and len(text) - len(words[0][0]) >= 2:
        return text[len(words[0][0]):]
    return text


@cache
def _any_split_verb() -> re.Pattern[str]:
    """Return the pattern finding any splitting verb."""
    return re.compile("|".join(re.escape(v) for v in figure_words().split_verbs) or "(?!)")


def _in_compound(text: str, verb: str, pos: int) -> bool:
    """Return True when the verb at ``pos`` is inside a noun compound or a longer verb (建成区, 新开工)."""
    w = figure_words()
    return any(text.startswith(c, pos - c.find(verb)) for c in w.verb_compounds + w.split_verbs
               if verb in c and c != verb and pos >= c.find(verb))


@cache
def _kept_verbs() -> tuple[str, ...]:
    """Return the splitting verbs an indicator keeps (all but the light ones), longest first."""
    w = figure_words()
    return tuple(v for v in w.split_verbs if v not in w.light_verbs)


def opening_verb(text: str) -> str:
    """Return the kept verb ``text`` starts with (清退 in 清退不再符合条件的…), or ""."""
    kept = _kept_verbs()
    return next(v for v in kept if text.startswith(v)) if text.startswith(kept) else ""


def _closing_verb(text: str) -> str:
    """Return the kept verb ``text`` ends with, or ""."""
    kept = _kept_verbs()
    return next(v for v in kept if text.endswith(v)) if text.endswith(kept) else ""


def _verb_run_start(text: str, pos: int) -> int:
    """Return where the kept verbs ending at ``pos`` start, with a plan word (计划新开工, 新建、改造).

    A verb jieba reads right before a kept one joins it (协调解决), and so does a one-character
    modifier (新引进).
    """
    w = figure_words()
    while True:
        head = text[:pos].rstrip("、和及")
        verb = _closing_verb(head) or closing_verb_word(head)
        if not verb:
            plan = next((p for p in w.plan_words if text[:pos].endswith(p)), "")
            return pos - len(plan) - (0 if plan or pos < 2 else len(closing_modifier(text[:pos])))
        pos = len(head) - len(verb)


def _verb_starts(text: str) -> list[int]:
    """Return where the indicator may start for each splitting verb's last use with words after it.

    A statistic named by a verb and its object (完成投资) counts as a verb with its object.
    """
    w = figure_words()
    found = []
    for verb in {m.group() for m in _any_split_verb().finditer(text)}:
        pos = text.rfind(verb)
        light = verb in w.light_verbs
        if pos < 0 or _in_compound(text, verb, pos) or (light and text.startswith(w.per_head)):
            continue
        end = pos + len(verb)
        if text.startswith(w.time_after, end) and len(text) - end > 2:  # 改造完成后面积: a time, not an act
            found.append(end + len(w.time_after))
        elif len(text) - end >= 2:
            found.append(end if light else _verb_run_start(text, pos))
    for term in w.verb_objects:
        pos = text.rfind(term)
        if pos >= 0:
            found.append(_verb_run_start(text, pos))
    return found


def after_verb(text: str) -> str:
    """Return the indicator's part from the last verb of its clause: the subject before it goes.

    A light verb (实现, 开展) goes too, unless the indicator is per head (每千人拥有市场主体); any
    other verb stays (新增就业, 签约项目, 接待游客), with the verbs and plan word joined to it.
    """
    if not _any_split_verb().search(text):
        return text
    starts = _verb_starts(text)
    return text[max(starts):] if starts else text


def verb_before(context: str) -> str:
    """Return the kept verbs closing the words before a value (新建的5所 → 新建), else ""."""
    text = context.rstrip().rstrip("了的").rstrip()
    verb = _closing_verb(text)
    return text[_verb_run_start(text, len(text) - len(verb)):] if verb else _relative_clause(context)


def _relative_clause(context: str) -> str:
    """Return a short verb phrase closed by 的 that is all the clause says before a value (上报市的), else "".

    Where the counted ones come from is no act on them (来自全县的189名政协委员).
    """
    text = strip_prefixes(context.strip())
    body = text[:-1]
    if not text.endswith("的") or not 2 <= len(body) <= 4 or body.startswith(figure_words().origin_verbs):
        return ""
    words = tagged(body)
    return body if len(words[0][0]) >= 2 and (words[0][1] == "v" or _passed(words)) else ""


def _passed(words: Tagged) -> bool:
    """Return True for a preposition jieba reads before the one act it passed (通过|审批), not a means (通过开展)."""
    return (len(words) == 2 and words[0][1] == "p" and words[1][1] in ("v", "vn")
            and words[1][0] not in figure_words().light_verbs)
