"""Where a web page states its own date: the info line over the body, a date line right above the body, or an
e-paper's date over its headline."""

from __future__ import annotations

import functools
import re

from briefgen.ingest.split.pageinfo import FULL_DATE, date_line, page_info, stamp_line
from briefgen.ingest.split.pagelines import (
    is_body_line,
    is_breadcrumb,
    is_chrome_line,
    is_headline,
    is_location_line,
    is_tail_line,
)
from briefgen.ingest.split.pagevocab import (
    chrome_pattern,
    issue_line,
    spam_brand,
    squeezed_lines,
    teaser_count,
)
from briefgen.ingest.split.vocab import ends_sentence
from briefgen.readers.infoline import date_label_names, is_credit_line, read_info_line

HEAD_MAX = 40  # blocks from the top within which the info line and headline are looked for
STRONG_BODY = 80  # the info line stands above the first paragraph this long
SOURCE_ONLY_TOP = 3  # a labelled source line (来源：…) this near the top is a page's info line
STACKED_INFO = 2  # info lines (来源：…) that may stand between a page's date line and its body
OVER_HEADLINE = 3  # lines over an e-paper's headline within which its date is looked for (date / 首页 / 第A13版:聚焦)
_BARS = re.compile(r"[|｜│]")
KICKER_MAX = 8  # a kicker line (万灵镇) between an e-paper page's date line and its headline


def info_index(texts: list[str]) -> int | None:
    """Return the index of the page's info line: one with a date, above the first long body paragraph (a
    paragraph the page prints again further down is a stray copy, not that body); a labelled line
    (发布时间：…) over a bare date (2023年11月5日 星期天, the day's widget)."""
    strong = next((i for i, t in enumerate(texts) if len(t) >= STRONG_BODY and is_body_line(t)
                   and not any(t in later for later in texts[i + 1:])
                   and not spam_brand().search(t)), len(texts))  # a line of porn keywords over the page is no body
    found = [i for i, text in enumerate(texts[:min(HEAD_MAX, strong)])
             if (info := page_info(text)) is not None and (info[0] is not None or (i < SOURCE_ONLY_TOP or is_headline(
                 texts[i - 1]) and _date_left_empty(text)) and read_info_line(text))  # 来源:某某客户端 发布时间: (empty)
             and not chrome_pattern().search(text)  # TA的每日心情 | 开心 2017-8-3: a poster's mood, no page date
             and not teaser_count().search(text)  # …油...(11643)人阅读时间:2021-02-05: a related story's date
             and not is_clock_row(text)
             or i > 0 and date_line(text) is not None and _labelled(texts[i - 1])]  # 作者: 某某 / 2019-02-16
    labelled = [i for i in found if read_info_line(texts[i]) is not None and (page_info(texts[i]) or (None,))[0]]
    if found and labelled and read_info_line(texts[found[0]]) is None:
        return labelled[0]  # a bare date over a labelled one is the day's widget
    if len(found) > 1 and any(is_breadcrumb(t) or is_location_line(t) for t in texts[found[0] + 1:found[1]]):
        return found[1]  # 2025年06月07日 星期六 | … over 首页 > 资讯 > …: the site header's date, not the page's
    if len(found) > 1 and is_headline(texts[found[1] - 1]):
        return found[1]  # 返回 2022年06月23日 / headline / 某某日报 2022年06月23日: the info line under the headline
    if found and _WEEKDAY_WIDGET.fullmatch(texts[found[0]].strip()):
        stamped = next((i for i in range(found[0] + 1, min(HEAD_MAX, strong)) if stamp_line(texts[i])), None)
        return stamped if stamped is not None else found[0]  # 2025年12月16日 星期二 / … / 2022-09-13 08:52:11
    return found[0] if found else None


# the day's widget alone on its line (2025年12月16日 星期二): the day the page was read, below it the page's stamp
_WEEKDAY_WIDGET = re.compile(rf"(?:{FULL_DATE.pattern})\s*(?:星期|周|礼拜)[一二三四五六日天]")


def _date_left_empty(text: str) -> bool:
    """Return True for an info line whose date field the page left empty (来源:某某客户端 发布时间:)."""
    return _empty_date_field().search(text) is not None


@functools.cache
def _empty_date_field() -> re.Pattern[str]:
    """Return the pattern of a date label with nothing after its colon (发布时间: at the end or before a space)."""
    labels = "|".join(sorted(map(re.escape, date_label_names()), key=len, reverse=True))
    return re.compile(rf"(?:{labels})\s*[:：]\s*(?:$|\s)")


def is_clock_row(text: str) -> bool:
    """Return True for a site header's row of links between bars that holds the day's date (人才招聘 |
    2024年05月05日 | 加入收藏): a cell is a page button and none is labelled."""
    cells = [c.strip() for c in _BARS.split(text) if c.strip()]
    return (len(cells) > 1 and any("".join(c.split()) in squeezed_lines() for c in cells)
            and not any(read_info_line(c) for c in cells))


def _labelled(text: str) -> bool:
    """Return True for a labelled info or credit line (来源:…, 作者: 某某), which a bare date may stand under."""
    return read_info_line(text) is not None or is_credit_line(text)


def date_above(texts: list[str], start: int) -> int | None:
    """Return the index of a date line right above the body, or above the info or page lines (来源：…, 第02版：要闻)
    under it."""
    at = start - 1
    while at > 0 and start - at <= STACKED_INFO and (page_info(texts[at]) is not None or is_chrome_line(
            texts[at])) and not date_line(texts[at]):  # 来源：… or an e-paper's 第02版：要闻 under the date
        at -= 1
    return at if at >= 0 and (date_line(texts[at]) or stamp_line(texts[at])) else None


def date_over_headline(texts: list[str], title_at: int) -> int | None:
    """Return the index of an e-paper page's date line over the headline, a short kicker (万灵镇) or the page
    line between them."""
    lead_in = True  # one headline line over the main line (2400多万元惠及774家企业 / 今年市区首批…到位) may stand between
    title_at = next((j for j in range(max(0, title_at - OVER_HEADLINE), title_at)
                     if texts[j].strip() == texts[title_at].strip()), title_at)  # kicker and headline printed twice
    reach, at = OVER_HEADLINE, title_at
    while reach > 0:
        at -= 1
        if at < 0:
            return None
        reach -= not _notice_line(texts[at])  # 版权声明 / 《某报》(电子版)的一切内容…: the e-paper's own lines between
        if date_line(texts[at]) or issue_line().match(texts[at]):
            return at
        if lead_in and at == title_at - 1 and is_headline(texts[at]):
            lead_in = False
            continue
        if (len(texts[at]) > KICKER_MAX or re.search(r"[，,。：:]", texts[at])) and not is_chrome_line(texts[at]):
            return None  # a kicker (万灵镇) or an e-paper's page line (第03版：沈丘新闻) may stand between
    return None


def _notice_line(text: str) -> bool:
    """Return True for an e-paper's notice between its date and a headline: 版权声明, or the notice's long text."""
    return is_tail_line(text) or len(text) > KICKER_MAX and is_chrome_line(text)


def headline_record(text: str, title: str) -> str | None:
    """Return the date of the record line an e-paper prints after the text (浙江法治报 平安 00008 检查清除消防隐患
    2024-03-08 26696124 …): the headline and a full date on one line that is no sentence."""
    found = FULL_DATE.search(text) if title in text and text.strip() != title else None
    return found.group(0) if found is not None and not ends_sentence(text) else None
