"""The page-chrome vocabulary (``data/page_chrome.yaml``), loaded and compiled once."""

from __future__ import annotations

import functools
import re

import yaml

from briefgen.resources import data_file


@functools.cache
def chrome() -> dict[str, list[str]]:
    """Return the page-chrome vocabulary from ``data/page_chrome.yaml``."""
    with data_file("page_chrome.yaml").open(encoding="utf-8") as fh:
        return dict(yaml.safe_load(fh))


@functools.cache
def glued_prefix() -> re.Pattern[str]:
    """Return the pattern of page text glued before a first paragraph (reading time, 摘要：, a stamp)."""
    return re.compile("|".join(f"(?:{p})" for p in chrome()["glued_prefixes"]))


@functools.cache
def glued_trailer() -> re.Pattern[str]:
    """Return the pattern of reposting notes glued to a paragraph's end ((原题为《…》)(本文来自…))."""
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in chrome()["glued_suffixes"]) + ")+$")


@functools.cache
def glued_note() -> re.Pattern[str]:
    """Return the pattern of a reposting note glued after a paragraph's last sentence (…征程。 (原标题:某某))."""
    return re.compile("|".join(f"(?:{p})" for p in chrome()["glued_notes"]))


@functools.cache
def chrome_pattern() -> re.Pattern[str]:
    """Return the pattern of whole lines that are page parts (e-paper page labels, word counts)."""
    return re.compile("|".join(f"(?:{p})" for p in chrome()["chrome_patterns"]))


@functools.cache
def issue_line() -> re.Pattern[str]:
    """Return the pattern of an e-paper's issue line with its buttons (2013年09月26日 星期四 出版 上一期 …)."""
    return re.compile(str(chrome()["issue_line"]))


def _anchored(pattern: str) -> bool:
    """Return True when every match of ``pattern`` starts at the text's start (it opens with ^, has no
    top-level | and no MULTILINE); False when unsure."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern)
        return (bool(parsed.data) and parsed.data[0] == (_constants.AT, _constants.AT_BEGINNING)
                and not parsed.state.flags & re.MULTILINE)
    except Exception:  # another Python's parser: search everywhere, as chrome_pattern does
        return False


@functools.cache
def _chrome_parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the chrome patterns anchored at the start, joined, and the others, joined (all of them there
    when one refers back to a group, whose number the split would change)."""
    patterns = chrome()["chrome_patterns"]
    split = not any(re.search(r"\\[1-9]|\(\?P=", p) for p in patterns)
    at_start = [p for p in patterns if split and _anchored(p)]
    anywhere = [p for p in patterns if p not in at_start]
    return (re.compile("|".join(f"(?:{p})" for p in at_start) or "(?!)"),
            re.compile("|".join(f"(?:{p})" for p in anywhere) or "(?!)"))


def chrome_found(text: str) -> bool:
    """Return ``bool(chrome_pattern().search(text))``, trying the patterns anchored at the start only there."""
    at_start, anywhere = _chrome_parts()
    return bool(at_start.match(text) or anywhere.search(text))


@functools.cache
def spam_brand() -> re.Pattern[str]:
    """Return the pattern of a gambling site's brand a hijacked mirror puts into the text (某某k8国际首页登录)."""
    return re.compile("|".join(f"(?:{p})" for p in chrome()["spam_brands"]))


@functools.cache
def _spam_brand_parts() -> tuple[re.Pattern[str], ...]:
    """Return each spam brand pattern compiled alone (one opening with a literal skips ahead fast)."""
    return tuple(re.compile(p) for p in chrome()["spam_brands"])


def any_spam_brand(texts: list[str]) -> bool:
    """Return True when ``spam_brand()`` is found in any text, each pattern searched alone (faster than the alternation)."""
    return any(p.search(t) for p in _spam_brand_parts() for t in texts)


@functools.cache
def byline_pattern() -> re.Pattern[str]:
    """Return the pattern of a tech outlet's or an account's byline line (西风 发自 凹非寺, 量子位 | 公众号 QbitAI)."""
    return re.compile("|".join(f"(?:{p})" for p in chrome()["byline_patterns"]))


@functools.cache
def tail_pattern() -> re.Pattern[str]:
    """Return the pattern of whole lines that end a page's article (阅读 1234, 打开APP, （完）)."""
    return re.compile("|".join(f"(?:{p})" for p in chrome()["tail_patterns"]))


@functools.cache
def hard_tail_pattern() -> re.Pattern[str]:
    """Return the pattern of whole lines after which nothing is the article's (某某网版权与免责声明:)."""
    return re.compile("|".join(f"(?:{p})" for p in chrome()["hard_tail_patterns"]))


@functools.cache
def prefixes(key: str) -> tuple[str, ...]:
    """Return the vocabulary list ``key`` as a tuple for ``str.startswith``, leading brackets dropped."""
    return tuple(p.lstrip("【[（(") for p in chrome()[key])


def names_outlet(text: str) -> bool:
    """Return True when ``text`` ends as an outlet's or a unit's name does (…日报, …融媒体中心, …局)."""
    return text.strip().endswith(prefixes("outlet_suffixes"))


@functools.cache
def squeezed_lines() -> frozenset[str]:
    """Return the whole-line chrome words without spaces (an e-paper's controls among them: 放大 缩小 默认)."""
    return frozenset("".join(w.split()) for w in [*chrome()["chrome_lines"], *chrome()["epaper_controls"]])


@functools.cache
def glued_tail_start() -> re.Pattern[str]:
    """Return the pattern of page-tail text glued after a paragraph's sentence (…回应。原标题：…责任编辑：…)."""
    starts = "|".join(f"(?:{p})" for p in chrome()["glued_tail_starts"])
    return re.compile(rf"(?<=[。！？!?”」』）)])\s*(?:{starts})")


@functools.cache
def glued_credit_end() -> re.Pattern[str]:
    """Return the pattern of credits glued after a web page's last sentence (…受益。聂某 摄 （编辑：崔某））."""
    ends = "|".join(f"(?:{p})" for p in chrome()["glued_credit_ends"])
    return re.compile(rf"(?<=[。！？!?”」』）)])\s*(?:{ends})")


@functools.cache
def wire_title_line() -> re.Pattern[str]:
    """Return the pattern of a wire's dateline over its own headline (中新网信阳2月11日电 题：…), the headline its group."""
    return re.compile(str(chrome()["wire_title_line"]))


@functools.cache
def editor_note_label() -> re.Pattern[str]:
    """Return the pattern of an editor's note label opening a paragraph (编者按：, 【编者按】)."""
    return re.compile(str(chrome()["editor_note_labels"]))


@functools.cache
def summary_label() -> re.Pattern[str]:
    """Return the pattern of a summary paragraph's label (摘要：, 【内容提要：)."""
    return re.compile("|".join(f"(?:{p})" for p in chrome()["summary_labels"]))


@functools.cache
def teaser_count() -> re.Pattern[str]:
    """Return the pattern of a related story's cut teaser followed by its count of readers (…油...(11643)人阅读)."""
    return re.compile(str(chrome()["teaser_count"]))
