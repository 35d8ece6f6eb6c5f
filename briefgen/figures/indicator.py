"""The indicator and relation of a figure, read from the words around its value."""

from __future__ import annotations

import re

from briefgen.figures.vocab import figure_words

CLAUSE_END = re.compile(r"[,，;；。!！?？:：]|…+|——")
LIST_SEP = re.compile(r"[、和与及]|以及")
BRACKETS = re.compile(r"[（(][^（()）]{0,40}[)）]|[“”\"《》‘’]")
MAX_INDICATOR = 16
LONG = 10


def strip_relation(context: str) -> tuple[str, str | None]:
    """Return the context without relation words at its end, and the nearest relation."""
    relation = None
    text = context.rstrip()
    changed = True
    while changed and text:
        changed = False
        for word in figure_words().relations + figure_words().approx_before:
            if text.endswith(word):
                relation = relation or (word if word in figure_words().relations else None)
                text, changed = text[: -len(word)].rstrip(), True
                break
    return text, relation


def _strip_prefixes(text: str) -> str:
    """Return the text without scope and connective words at its front."""
    changed = True
    while changed and text:
        changed = False
        for word in figure_words().indicator_prefix_stop:
            if text.startswith(word) and len(text) > len(word):
                text, changed = text[len(word):].lstrip(), True
                break
    return text


def _after_verb(text: str) -> str:
    """Return the part after the last splitting verb when something substantial follows it."""
    best = text
    for verb in figure_words().split_verbs:
        pos = text.rfind(verb)
        rest = text[pos + len(verb):] if pos >= 0 else ""
        if len(rest) >= 2 and len(rest) < len(best):
            best = rest
    return best


def _before_comparison(text: str) -> str:
    """Return the part before a comparison (较2021年年底, 比上年) when there is one."""
    w = figure_words()
    after = "|".join(re.escape(a) for a in w.compare_after)
    words = "|".join(re.escape(c) for c in w.compare_words)
    m = re.search(rf"(?:{words})|比(?=\s|{after})", text)
    return text[: m.start()] if m and m.start() >= 2 else text


def clean_indicator(context: str) -> tuple[str, str | None]:
    """Return (indicator, relation) from the words before a value in its clause."""
    text = BRACKETS.sub("", context).strip(" 、")
    _, relation = strip_relation(text)
    text = _before_comparison(text)
    text, nearest = strip_relation(text)
    relation = nearest or relation
    text = _strip_prefixes(_after_verb(text)).strip(" 、的了")
    text, more = strip_relation(text)
    return shorten(re.sub(r"[\s（()）]+", "", text)), relation or more


def leads_to_object(context: str, following: str, classifier: bool = True) -> bool:
    """Return True when the counted thing follows the value (为445名留守儿童, 6个国家级星创天地)."""
    text = context.rstrip()
    w = figure_words()
    if not text or any(text.endswith(lead) for lead in w.object_leads + w.split_verbs):
        return True
    return classifier and bool(re.match(r"[\u4e00-\u9fff]", following.lstrip()[:1]))


def object_after(text: str) -> str:
    """Return the counted thing right after a classifier (留守儿童 in 445名留守儿童发放…)."""
    end = CLAUSE_END.search(text)
    phrase = text[: end.start()] if end else text
    phrase = LIST_SEP.split(BRACKETS.sub("", phrase), maxsplit=1)[0]
    phrase = re.split(r"[\d０-９]", phrase, maxsplit=1)[0]
    cut = len(phrase)
    for word in figure_words().object_stop:
        pos = phrase.find(word)
        if 0 <= pos < cut:
            cut = pos
    return shorten(re.sub(r"[\s（()）]+", "", phrase[:cut]))


def shorten(text: str) -> str:
    """Return a long indicator cut after its last 的 (不再符合条件的农村低保对象 → 农村低保对象)."""
    if len(text) > LONG and "的" in text[:-2]:
        text = text[text.rfind("的", 0, len(text) - 2) + 1:]
    return text[-MAX_INDICATOR:]


def split_list(names: str) -> list[str]:
    """Return the items of 工业投资、技改投资 or 城镇和农村居民人均可支配收入, each completed."""
    items = [i.strip() for i in LIST_SEP.split(names) if i.strip()]
    if len(items) < 2:
        return items
    last = items[-1]
    short = len(items[0])
    if all(len(i) <= short for i in items[:-1]) and len(last) > short + 1:
        head = last[short:]
        return [i + head for i in items[:-1]] + [last]
    return items
