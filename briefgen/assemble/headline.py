"""The headline gate: every item title must read as a headline before it is printed.

A source title that is a byline, a dateline, a time, an author or source line, a photo caption, a site
name or carries pinyin is replaced by a headline built from the lead; a site suffix or trailing marks are
taken off. The reason is returned so ``weekly --json`` can list what it rewrote.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from typing import Any

from briefgen.assemble.text import clean_title, headline_from_lead, shortened, text_rules
from briefgen.bigrams import cjk_bigrams, shares_none
from briefgen.resources import data_file
from briefgen.yamlio import load_yaml


@dataclass(frozen=True)
class Gated:
    """The headline to print, and what was wrong with the source's title (None when it was kept)."""

    title: str
    reason: str | None = None


@cache
def gate_rules() -> dict[str, Any]:
    """Return the gate's rules from ``data/headline_gate.yaml``."""
    data: dict[str, Any] = load_yaml(data_file("headline_gate.yaml").read_text(encoding="utf-8"))
    return data


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(reason, re.compile(p)) for reason, ps in gate_rules()["rewrite"].items() for p in ps]


def _trimmed(title: str, known: frozenset[str] = frozenset()) -> str:
    """Return the title without a site or column suffix, a column's name before a bar (产业项目建设年丨…), a list's
    number or a wire's topic tag before it (三、…, （抗击新冠肺炎）…) and trailing marks; of a title in two parts around a bar (新闻多一点|婺源晒秋) the part the article's words
    (``known``, its two-character words) take up is the headline."""
    rules = gate_rules()
    stem = re.sub(rules["site_suffix"], "", title).strip()
    after = re.sub(rules["column_prefix"], "", title)
    if after != title and stem != title and cjk_bigrams(after) & known and not cjk_bigrams(stem) & known:
        stem = after  # the part before the bar is the column, not the part after it a site's name
    title = stem if len(stem) >= rules["min_chars"] else title
    for prefix in [rules["column_prefix"], *rules["title_prefixes"]]:
        bare = re.sub(prefix, "", title)
        title = bare if len(bare) >= rules["built_min_chars"] else title
    return clean_title(title).rstrip(rules["trailing_marks"] + " 　").strip()


def _main_line(title: str) -> str:
    """Return, of a title too long for a headline set as a kicker, main line and subtitle apart by spaces, the main
    line: the first piece that tells an event, with the pieces its open verb runs on into (…召开扩大会议传达学习贯彻 /
    某某重要指示精神 → one line); the title itself when no piece tells one."""
    rules = gate_rules()
    pieces = title.split()
    if len(title) <= rules["max_chars"] or len(pieces) < 2:
        return title
    start = next((i for i, p in enumerate(pieces) if any(v in p for v in rules["built_event_verbs"])), None)
    if start is None:
        return title
    end = start + 1
    while end < len(pieces) and pieces[end - 1].endswith(tuple(text_rules()["headline_open_verbs"])):
        end += 1
    return "".join(pieces[start:end])


def _fault(title: str) -> str | None:
    """Return why ``title`` does not read as a headline, or None."""
    rules = gate_rules()
    found = next((reason for reason, p in _patterns() if p.search(title)), None)
    if found:
        return found
    if len(title) < rules["min_chars"]:
        return "过短"
    return "过长" if len(title) > rules["max_chars"] else None


def built_headline(lead: str) -> str:
    """Return a headline built from the lead: its subject and event, dateline and byline removed; "" when
    what the lead gives is too short to tell an event (安康，北靠秦岭，南拥巴山，… → 安康) or names no body, figure or
    event (又是一年芳草绿… → 一望无际的江面清莹透彻)."""
    built = _built(lead)
    told = len(built) >= int(gate_rules()["built_min_chars"]) and _tells_event(built)
    return built.strip() if told and _fault(built) is None else ""


def _tells_event(built: str) -> bool:
    """Return True when a built headline names a body or place, a figure or an event (not only a scene or a mood)."""
    rules = gate_rules()
    if re.match(rules["built_reporter_opening"], built):
        return False  # 记者深入某县一线: the reporting, not the news
    if re.match(rules["built_fragment_opening"], built) or any(re.search(p, built) for p in rules["built_subject_only"]):
        return False  # 要通过《规划》的实施, 某县委书记某某: half a sentence, or only who
    if re.search(rules["built_speech_end"], built):
        return False  # 某某市长在政府工作报告中提出: who spoke, what was said cut off
    scene = re.match(rules["built_scene_opening"], built)  # 4月的某市: a date opening a scene is no figure
    if re.search(r"\d(?![\d.]*[年月日])" if scene else r"\d", built) or any(w in built for w in rules["built_event_verbs"]):
        return True
    if re.fullmatch(rules["built_body_only"], built):
        return False  # 信阳市疫情防控指挥部: only a body's name, nothing it did
    return any(w in built for w in rules["built_subject_marks"]) and not re.match(rules["built_scene_opening"], built)


def _built(lead: str) -> str:
    """Return the lead's subject and event cut to size; up to a space between two clauses when that part tells the
    event itself (长江某段迎来新一轮洪峰 某市防汛办数据显示: the copy lost the full stop at the space)."""
    limit = int(gate_rules()["built_max_chars"])
    built = shortened(headline_from_lead(lead, limit), limit)
    before, space, _ = built.partition(" ")
    told = space and len(before) >= int(gate_rules()["built_min_chars"]) and _tells_event(before)
    return before if told else built


def unrelated(title: str, text: str) -> bool:
    """Return True when a headline of some length shares no two characters in a row with the text it heads
    (a site's spam heading over a copied article: 2023年6月22好运生肖排名榜 over a river patrol)."""
    return len(cjk_bigrams(title)) >= int(gate_rules()["unrelated_min_bigrams"]) and shares_none(title, text)


def gate_headline(title: str | None, lead: str, text: str = "", shared: Collection[str] = ()) -> Gated:
    """Return the headline to print for an item whose source title is ``title``, lead ``lead`` and picked text
    ``text`` (a title sharing nothing with it is not this article's); ``shared`` are the title's two-character
    words the article's whole text holds (a feature's figurative headline may share none with the picks)."""
    if not title or not title.strip():
        return Gated(built_headline(lead), "原文无标题")
    known = frozenset(shared) | cjk_bigrams(f"{lead}{text}")
    stem = _trimmed(title.strip(), known)
    trimmed = _main_line(stem)
    fault = _fault(trimmed) or ("与正文无关" if text and unrelated(trimmed, text) and not (
        cjk_bigrams(trimmed) & frozenset(shared)) else None)
    if fault:
        return Gated(built_headline(lead), f"原标题是{fault}" if fault in _kinds() else f"原标题{fault}")
    if trimmed != stem:
        return Gated(trimmed, "原标题过长，取了主题，去掉了引题和副题")
    return Gated(trimmed, None if trimmed == title.strip() else "去掉了网站名、栏目、序号或专题标签、图片标记、结尾标点")


def _kinds() -> set[str]:
    return set(gate_rules()["rewrite"])
