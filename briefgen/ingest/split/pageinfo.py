"""A web page's info line: 发布时间：… 来源：…, a 信息公开 table row, or a bare date and outlet."""

from __future__ import annotations

import functools
import re

from briefgen.ingest.split.pagevocab import chrome, names_outlet
from briefgen.readers.infoline import (
    date_label_names,
    info_label_names,
    is_credit_line,
    named_source,
    read_info_line,
)

INFO_MAX = 120
# a date in figures; 日 may be missing before a clock or a weekday (2015年09月14 09:46:24, 2021年2月3星期三)
# (a template may set the year apart by a space before its clock: 2022 09/ 06 12:46:05)
FULL_DATE = re.compile(r"(?:(?:19|20)\d\d\s*(?:[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*(?:日|(?=\s+\d{1,2}:\d{2}|星期)))"
                       r"|(?:19|20)\d\d\s+\d{1,2}\s*/\s*\d{1,2}(?=\s+\d{1,2}:\d{2}))")
_SPACED_DATE = re.compile(r"((?:19|20)\d\d)\s+(\d{1,2})\s*/\s*(\d{1,2})")
CLOCK = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{1,2}时\d{1,2}分(?:\d{1,2}秒)?")  # 08:56, 15时12分
_BRACKETED_LABEL = re.compile(r"【([\u4e00-\u9fff]{2,6})】\s*(?=[:：])")
_EMPTY_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,6}[:：]$")  # 来源: with nothing after it
_SQUARE_VALUE = re.compile(r"([:：])\s*\[([^\[\]]{1,30})\]")  # 日期:[2018年09月13日] -- 某报 -- 版次:[J2]
_COUNT_FIELD = re.compile(r"^(?:浏览|阅读|点击|访问)(?:次数|量|数)?[:：]\s*\d*$")  # 浏览量:0
_GLUED_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])(?=(?:浏览|阅读|点击|访问)(?:次数|量|数)[:：])")  # 互联网浏览量:0
# after a posting stamp (2010/1/6 16:43:13): a labelled field (分类:政府动态) or a view counter (次浏览)
_STAMP_FIELD = re.compile(r"^[\u4e00-\u9fff]{1,4}[:：]\S{0,16}$|^\d*\s*[次人]?(?:浏览|阅读|点击|访问)(?:次数|量)?$")
_DATE_FIELD = re.compile(r"(?:发布|发表|公开|发文|成文|生成|更新)?(?:时间|日期)\s*(?:[:：|｜]|\s)\s*(" + FULL_DATE.pattern + ")")
# a forum post's line: 发表于 江苏省苏州市 2023-7-24 22:29:55 来自手机 | 显示全部楼层
_POSTED = re.compile(r"^(?:[^\s\d：:]{1,12}\s+)?(?:发表于|发帖于|楼主\s*发表于)\s*[:：]?\s*(?:[^\s\d]{1,12}\s+)?("
                     + FULL_DATE.pattern + ")")  # the poster's name may come first (公路美学 发表于:2024-6-2 20:59:41)
# the source's value stops at a space or bar, and is no value when it is the next field's label (来源: 发布日期:…)
_SOURCE_FIELD = re.compile(r"(?:来\s*源|来自|发布机构)\s*[:：|｜]\s*(?![^\s|｜:：]{2,20}[:：])([^\s|｜:：]{2,20})")


@functools.cache
def _widget() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in chrome()["info_widgets"]))


def without_widgets(text: str) -> str:
    """Return an info line without the page's buttons set in it (【字体：大 中 小】, [打印])."""
    return _widget().sub(" ", text).strip() if ("大" in text or "打印" in text) else text.strip()


_DAYLESS = re.compile(r"(年\s*\d{1,2}\s*月\s*\d{1,2})$")


def page_info(text: str) -> tuple[str | None, str | None] | None:
    """Return (date, source) of an info line: labelled (发布时间：…), in a 信息公开 table, or bare
    (2021-04-23 09:37 宝鸡日报); a date whose 日 the page left out gets it back."""
    info = _page_info(text)
    if info is None and (stamp := _odd_date(text)) is not None:
        return stamp, None
    if info is None or info[0] is None or not info[0].endswith(tuple("0123456789")):
        return info
    if (spaced := _SPACED_DATE.fullmatch(info[0])) is not None:
        return "-".join(spaced.groups()), info[1]
    return _DAYLESS.sub(r"\1日", info[0]), info[1]


_LABEL_AFTER = re.compile(r"\s*[\u4e00-\u9fff]{2,6}\s*[:：]")


def _page_info(text: str) -> tuple[str | None, str | None] | None:
    text = without_widgets(text)
    if text[:1] in "（(" and text[-1:] in "）)":  # (发布于：2021-09-27 09:24)
        text = text[1:-1].strip()
    if "】" in text:  # 【发布日期】:2013-09-23 【来源】:庆元政府网
        text = _BRACKETED_LABEL.sub(r"\1", text)
    if "[" in text:
        text = _SQUARE_VALUE.sub(r"\1\2", text).replace(" -- ", " ")
    if "量" in text or "数" in text:
        text = _GLUED_COUNT.sub(" ", text)
    labelled = read_info_line(text)
    if labelled is not None:
        return labelled
    if len(text) > INFO_MAX or "。" in text:
        return None
    stamp = FULL_DATE.match(text)
    fielded = read_info_line(f"日期:{stamp.group(0)} {text[stamp.end():].strip()}") if stamp is not None and (
        _LABEL_AFTER.match(text, stamp.end())) else None
    if fielded is not None:
        return fielded  # 2023年01月20日编辑:某某: the date, then fields
    posted = _POSTED.match(text)
    if posted is not None:
        return posted.group(1), None
    dated, source = _publication_field(text), _SOURCE_FIELD.search(text)
    if dated is None and source is not None:
        dated = FULL_DATE.search(text)
    if dated is not None:
        group = dated.lastindex or 0
        if _archived(text, dated.start(group)):
            return None
        return dated.group(group), named_source(source.group(1)) if source else None
    return _bare_info(text)


def _publication_field(text: str) -> re.Match[str] | None:
    """Return the dated field of a 信息公开 row: the 发布日期 one when the row also has a 成文日期."""
    fields = list(_DATE_FIELD.finditer(text))
    heads = tuple(chrome()["publication_label_heads"])
    return next((f for f in fields if f.group(0).startswith(heads)), fields[0] if fields else None)


def _archived(text: str, at: int) -> bool:
    """Return True when the date at ``at`` is labelled as an archive or crawl time, not publication."""
    return text[max(0, at - 8):at].rstrip(" :：|｜").endswith(tuple(chrome()["not_publication_labels"]))


@functools.cache
def _account_marks() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in chrome()["account_marks"]))


# the page's address printed beside its date (http://www.tlnews.com.cn/2024年04月19日 08:56:52 |)
_ADDRESS = re.compile(r"https?://[^\s|｜]*?(?=(?:19|20)\d\d[-年./]|[\s|｜]|$)")


def _bare_info(text: str) -> tuple[str | None, str | None] | None:
    text = _account_marks().sub("", text) if "发表于" in text or text.startswith("原创") else text
    text = _ADDRESS.sub(" ", text) if "://" in text else text
    found = FULL_DATE.search(text)
    if found is None or len(text) > 60 or _PERIOD_END.match(text, found.end()):
        return None  # (一周简讯)2021.11.15-11.21: a digest's period in its headline, no page date
    rest = CLOCK.sub(" ", _EPAPER_PAGE.sub(" ", text[: found.start()]) + " " + _EPAPER_PAGE.sub(" ", text[found.end():]))
    tokens = [w for w in re.split(r"[\s|｜/]+", rest) if re.search(r"\w", w)]
    stamped = CLOCK.match(text[found.end():].lstrip()) is not None
    if _inside_words(text, found):
        return None  # 山西省运城市2023-08-25 18:10发布暴雨蓝色预警: a headline with its date inside, no info line
    words = [w for w in tokens if not (_EMPTY_LABEL.match(w) or _COUNT_FIELD.match(w) or stamped and _STAMP_FIELD.match(w)
                                       or w.strip("0123456789") in _epaper_controls() or _WEEKDAY.fullmatch(w)
                                       or stamped and w.isdigit())]  # 赵某 2022-8-17 15:56 廊坊日报 35405 0: counters
    if not tokens and not CLOCK.search(text) and not _EPAPER_PAGE.search(text):
        return None
    beside = len(words) == 1 and text.lstrip().startswith(words[0]) and len(words[0]) > NAME_RUN_MAX and (
        text[: found.start()].strip() == words[0] and not text[found.start() - 1].isspace())  # glued to the date
    if any(re.search(r"[，,。；;！？:：]", w) or len(w) > NAME_RUN_MAX and not beside for w in words):
        return None
    if beside:
        return found.group(0), words[0]  # 某某集中视察某市经济社会发展情况2024-12-11 点击:: a long headline beside its date
    if len(words) > 3 and not _outlet_and_names(words):
        return None
    return found.group(0), named_source(max(words, key=len) if words else None)


def _inside_words(text: str, found: re.Match[str]) -> bool:
    """Return True when the date (and its time) is glued to words on both sides and what follows is a phrase
    (某市2023-08-25 18:10发布暴雨蓝色预警; not 社会热点2022-11-24 21:22:11未知)."""
    after = text[found.end():].lstrip()
    clock = CLOCK.match(after)
    rest = (after[clock.end():] if clock else after).split(maxsplit=1)
    before = text[: found.start()].split()
    phrase = rest[0] if rest and _CJK.match(rest[0][:1]) else ""
    return bool(before) and _CJK.match(before[-1][-1:]) is not None and len(_CJK.findall(phrase)) >= GLUED_PHRASE_MIN


def stamped_headline(title: str | None) -> str | None:
    """Return the date of a bulletin's headline that holds its own issue time (某市2023-08-25 18:10发布暴雨蓝色预警)."""
    found = FULL_DATE.search(title or "")
    if found is None or title is None or not _inside_words(title, found) or not CLOCK.match(title[found.end():].lstrip()):
        return None
    return found.group(0)


_WEEKDAY = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]")  # 2024年05月14日 星期二: the day, no outlet
_PERIOD_END = re.compile(r"\s*[-—–~～至到]\s*\d")
# the issue's page beside the date (2024-06-27 第02版:视野, 当前:4版(2022年04月06日))
_EPAPER_PAGE = re.compile(r"第\s*\d{1,3}\s*版(?:\s*[:：]\s*[^\s|｜]{0,8})?|当前\s*[:：]?\s*\d{1,3}\s*版")
GLUED_PHRASE_MIN = 6  # characters of the phrase a headline's date is glued before (发布暴雨蓝色预警)
NAME_RUN_MAX = 14  # characters of a word beside a bare date that may be an outlet's name (longer: only a headline)
NAME_MAX = 4  # a reporter's name after an outlet in a bare info line (黔东南新闻网 杨庭军 王先春 …)


def _outlet_and_names(words: list[str]) -> bool:
    """Return True for an outlet's name followed by reporters' names (2023-04-28 某某新闻网 杨某 王某 高某 …) or
    after the page's tags (戏曲 梨园春 黄梅戏 京剧 河北新闻网 2017-06-04)."""
    if names_outlet(words[-1]) and all(len(w) <= NAME_MAX for w in words[:-1]):
        return True
    return names_outlet(words[0]) and all(len(w) <= NAME_MAX for w in words[1:])


@functools.cache
def _epaper_controls() -> frozenset[str]:
    return frozenset(chrome()["epaper_controls"])


_EPAPER_STAMP = re.compile(r"^(?:-->)?\s*((?:19|20)\d\d-\d\d-\d\d)\s.*(?:enpproperty|content_\d+\.html?)")


TRAILING_INFO_REACH = 8  # lines after the text within which a labelled date line is the page's (credits between)


def trailing_date(texts: list[str]) -> str | None:
    """Return the date of a labelled info line printed after the text among its credits (… / 责任编辑 某某 /
    更新时间:2025-08-15), or None."""
    window = texts[:TRAILING_INFO_REACH]
    for i, text in enumerate(window):
        found = read_info_line(text)
        if found is not None and found[0] is not None:
            return found[0]
        if (cell := _table_date(text)) is not None:
            return cell
        under = FULL_DATE.fullmatch(window[i + 1].strip()) if found is not None and i + 1 < len(window) else None
        if under is not None:
            return under.group(0)  # 来源:某某网站 / 2010年2月23日: the source line and its date under it
    return None


def _table_date(text: str) -> str | None:
    """Return the date of an open-government table's row after the text (发布机构 | 某县政府办 | 发布日期 | 2022-05-06)."""
    cells = [re.sub(r"\s+", "", c) for c in re.split(r"[|｜]", text)]
    for label, value in zip(cells, cells[1:], strict=False):
        found = read_info_line(f"{label}：{value}") if label in date_label_names() else None
        if found is not None and found[0] is not None:
            return found[0]
    return None


def epaper_page_line(text: str) -> bool:
    """Return True for an e-paper's page line (第04版:两手都要硬 两战都要赢, 当前:4版)."""
    return _EPAPER_PAGE.match(text.strip()) is not None


def epaper_stamp(texts: list[str]) -> str | None:
    """Return the issue date an e-paper's template left in a comment after the article
    (--> 2020-10-26 1 1 华兴时报 content_25699.html … /enpproperty-->, its opening --> lost or not), or None."""
    return next((found.group(1) for t in texts if (found := _EPAPER_STAMP.match(t.strip()))), None)


def date_line(text: str) -> str | None:
    """Return the date of a line that is a full date and nothing else (2023-03-04, （2023年3月4日）, 【2024-03-25】)."""
    found = FULL_DATE.search(text)
    if found and len(found.group(0)) == len(text.strip(" （）()【】[],，-—")):  # 【2024-03-25】, 2026-03-03, 2012.07.28 -
        return found.group(0)
    return _odd_date(text)


def _odd_date(text: str) -> str | None:
    """Return the date of a line that is a dotted stamp or an e-paper's issue label (07.09.2020, 某报20210408期)."""
    return day_first(text) or issue_date(text)


# a stamp set day first as European templates print it (07.09.2020 21:35), alone on its line
_DAY_FIRST = re.compile(rf"^\s*(\d{{1,2}})\.(\d{{1,2}})\.((?:19|20)\d\d)(?:\s+{CLOCK.pattern})?\s*$")
MONTHS = 12


_ISSUE_DATE = re.compile(r"^\s*[\u4e00-\u9fff]{2,12}((?:19|20)\d\d)(\d\d)(\d\d)期\s*$")


# an e-paper's path to the page, the date's parts set apart by slashes (天水日报/2025 年/6 月/4 日/第 001 版)
_ISSUE_PATH = re.compile(r"^\s*[\u4e00-\u9fff]{2,12}\s*/\s*((?:19|20)\d\d)\s*年\s*/\s*(\d{1,2})\s*月\s*/\s*(\d{1,2})\s*日"
                         r"(?:\s*/\s*第\s*[A-Za-z]?\d{1,3}\s*版)?\s*$")


def issue_date(text: str) -> str | None:
    """Return, as 2021-04-08, the date of an e-paper's issue label (四川农村日报20210408期) or of its path to the page
    (天水日报/2025 年/6 月/4 日/第 001 版)."""
    found = _ISSUE_DATE.match(text) or _ISSUE_PATH.match(text)
    if found is None or not (1 <= int(found[2]) <= MONTHS and 1 <= int(found[3]) <= 31):
        return None
    return f"{found[1]}-{int(found[2]):02d}-{int(found[3]):02d}"


def day_first(text: str) -> str | None:
    """Return the date of a line that is a dotted stamp (07.09.2020 21:35): as 2020-09-07 when a number over 12
    says which is the day, else as printed (07.09.2020), for ``ordered_date`` to read by the text's months."""
    found = _DAY_FIRST.match(text)
    if found is None:
        return None
    first, second, year = (int(g) for g in found.groups())
    if first > MONTHS or second > MONTHS or first == second:
        day, month = (first, second) if second <= MONTHS else (second, first)
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= MONTHS and 1 <= day <= 31 else None
    return f"{first:02d}.{second:02d}.{year:04d}"


_DOTTED = re.compile(r"^(\d\d)\.(\d\d)\.(\d{4})$")


def ordered_date(date: str | None, text: str) -> str | None:
    """Return ``date`` with a dotted stamp whose day and month could be either way round (04.09.2014) read as
    the one whose month the text names (9月…), or None when the text names both months or neither."""
    found = _DOTTED.match(date or "")
    if found is None:
        return date
    first, second, year = found.groups()
    readings = [f"{year}-{m}-{d}" for d, m in ((first, second), (second, first)) if f"{int(m)}月" in text]
    return readings[0] if len(readings) == 1 else None


_STAMP_AT_START = re.compile(rf"^\s*[（(]?\s*({FULL_DATE.pattern})(?:\s*{CLOCK.pattern})?(?:\s|$)")


def stamp_line(text: str) -> str | None:
    """Return the date opening a short line that is no sentence (2019-03-21 09:25  某某网-某某日报  记者 某某):
    a posting stamp whose other words need not be known."""
    found = _STAMP_AT_START.match(text)
    if found is None or len(text) > INFO_MAX or _CLAUSE_MARK.search(text):
        return day_first(text)
    return found.group(1)


def stacked_info(texts: list[str], at: int, end: int) -> tuple[str | None, str | None] | None:
    """Return the page's info at line ``at``, its date or source filled from the info lines stacked
    right under it (来源：… then 发布时间：… on the next line)."""
    date, source = page_info(texts[at]) or (date_line(texts[at]) or stamp_line(texts[at]), None)
    for text in texts[at + 1:end]:
        more = page_info(text) or ((day, None) if (day := date_line(text)) else None)  # 来源:某报 / 2024年01月27日
        if more is None and is_credit_line(text):
            continue  # 作者:某某 between 来源:… and 时间:…
        if more is None:
            break
        date, source = date or more[0], source or more[1]
    return date, source


HEADLINE_CJK_MIN = 4  # a headline has this many Chinese characters besides a date
_CLAUSE_MARK = re.compile(r"[，,。；;！？]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
OUTLET_MAX = 12  # characters of an outlet's name glued before an info line's label
_GLUED_INFO = re.compile(r"^(.{6,80}?)\s*((?:作者|发布时间|发布日期|信息来源|文章来源|来源|时间|日期|编辑)\s*[:：].*)$")


def split_glued_info(text: str) -> tuple[str, str] | None:
    """Return (headline, info line) when an info line is glued to a headline (…会议作者：张三 发布时间：…)."""
    found = _GLUED_INFO.match(without_widgets(text))
    if found is None or page_info(found.group(2)) is None:
        return None
    head, info = found.group(1).rstrip(" -_|｜"), found.group(2)  # 某某城投网 - 日期:…: a separator before the label
    dated = _DATE_AT_END.search(head) or _labelled_date_at_end().search(head)  # …活动发布时间2016年5月30日 来源:…
    if dated is not None:  # …之旅 2025-08-15 来源:某局: the date before the labels is the info line's
        head, info = head[: dated.start()], f"{dated.group(0).strip()} {info}"
    if head.rstrip().endswith((":", "：")):
        return None  # 编稿时间: 2019-05-22 09:27 来源:…: a label the date belongs to, no headline before the info
    if page_info(head) is not None or re.search(r"[>＞»]", head) or re.search(r"[。！？]|[（(【\[]\s*$", head):
        return None  # a sentence before a bracketed source ((来源：人民网)): body text, not a headline
    if any(_DATE_FIELD.match(head + found.group(2), at) for at in range(max(len(head) - 2, 0), len(head))):
        return None  # 文 号 | 成文日期:…: the label is longer than the one matched, no headline before it
    if len(_CJK.findall(_counters().sub(" ", FULL_DATE.sub("", found.group(1))))) < HEADLINE_CJK_MIN:
        return None  # a date, a clock, a link or counters (热度80票 浏览96次 【共0条评论】) before the labels: no headline
    if len(head) <= OUTLET_MAX and names_outlet(head):
        return None  # 石首市融媒体中心发布时间:…: the outlet glued to the label, no headline
    return head.strip(), info.strip()


@functools.cache
def _counters() -> re.Pattern[str]:
    """Return the pattern of a page's counters and comment buttons set in its info line (热度80票, 【我要评论】)."""
    return re.compile("|".join(f"(?:{p})" for p in chrome()["count_widgets"]))


_DATE_AT_END = re.compile(rf"\s+(?:{FULL_DATE.pattern})(?:\s*{CLOCK.pattern})?\s*$")


@functools.cache
def _labelled_date_at_end() -> re.Pattern[str]:
    """Return the pattern of a date label and its date ending a line with no colon between (…活动发布时间2016年5月30日)."""
    labels = "|".join(sorted(map(re.escape, date_label_names()), key=len, reverse=True))
    return re.compile(rf"(?:{labels})\s*(?:{FULL_DATE.pattern})(?:\s*{CLOCK.pattern})?\s*$")


@functools.cache
def _info_between() -> re.Pattern[str]:
    """Return the pattern of a headline, a labelled date (and clock) and a lead copied as one line."""
    labels = "|".join(sorted(map(re.escape, date_label_names()), key=len, reverse=True))
    return re.compile(rf"^(.{{6,80}}?)\s*((?:{labels})\s*[:：]\s*{FULL_DATE.pattern}(?:\s*{CLOCK.pattern})?)"
                      rf"\s*(\S.*)$")


@functools.cache
def _stamped_line() -> re.Pattern[str]:
    """Return the pattern of a whole page copied as one line: the home link, the headline, the date and
    clock, a share button, then the text (首页 春到茶山采茶制茶忙 2023-03-23 08:46:29 分享 3月22日，…)."""
    homes = "|".join(map(re.escape, chrome()["menu_homes"]))
    buttons = "|".join(map(re.escape, chrome()["headline_buttons"] + ["分享"]))
    return re.compile(rf"^(?:(?:{homes})\s+)?([^\s。，,；;]{{6,40}})\s+(?:©?原创\s+)?(?:来源[:：]\S{{1,20}}\s+)?"
                      rf"({FULL_DATE.pattern}(?:\s*{CLOCK.pattern})?)"
                      rf"\s+(?:(?:{buttons})\s+|字[体号][:：]【[^】]{{0,10}}】\s*)*(\S.*)$")


def split_stamped_line(text: str) -> tuple[str, str, str] | None:
    """Return (headline, date, text) of a page copied as one line, or None."""
    found = _stamped_line().match(text.strip())
    if found is None or len(found.group(3)) < LEAD_MIN or not _CLAUSE_MARK.search(found.group(3)):
        return None
    return found.group(1), found.group(2), found.group(3)


def split_info_between(text: str) -> tuple[str, str, str] | None:
    """Return (headline, info line, lead) for a headline, its date line and the lead run together
    (…开展巡河工作发表时间:2023-06-09 15:39 6月8日下午,…)."""
    found = _info_between().match(text.strip())
    if found is None or len(found.group(3)) < LEAD_MIN or not _CLAUSE_MARK.search(found.group(3)):
        return None
    head, info, lead = found.groups()
    field = _field_start().search(head)  # …年内开工 来源:县交通局 发布时间:…: the fields before the date are the info's
    head, info = (head[: field.start()], f"{head[field.start():].strip()} {info}") if field else (head, info)
    if len(_CJK.findall(head)) < HEADLINE_CJK_MIN or _CLAUSE_MARK.search(head):
        return None
    return head.strip(), info.strip(), _field_start(leading=True).sub("", without_widgets(lead)).strip()


@functools.cache
def _field_start(leading: bool = False) -> re.Pattern[str]:
    """Return the pattern of an info label set after a space, or (``leading``) of the empty fields and counters
    opening a lead run on after its info line (浏览次数: 次)."""
    labels = "|".join(sorted(map(re.escape, info_label_names()), key=len, reverse=True))
    if leading:
        return re.compile(rf"^(?:\s*(?:{labels})\s*[:：]\s*\d*\s*次?)+")
    return re.compile(rf"\s(?:{labels})\s*[:：]")


# a dated lead (12月22日，…) glued right after the info line's last value (…责任编辑：赵茜12月22日，…)
_LEAD_AFTER_INFO = re.compile(r"(?<=[\u4e00-\u9fff])(?=\d{1,2}月\d{1,2}日[^。，,]{0,12}[，,])")
LEAD_MIN = 20


# a lead glued right after the date that ends a labelled info line (来源:人民网 2017-12-26贵州务川…)
_LEAD_AFTER_DATE = re.compile(rf"(?:{FULL_DATE.pattern})(?:\s*{CLOCK.pattern})?\s*(?=[\u4e00-\u9fff])")


def split_info_lead(text: str) -> tuple[str, str] | None:
    """Return (info line, lead) when a news lead is glued after an info line's last field."""
    text = text.strip()
    found = _LEAD_AFTER_INFO.search(text, 0, INFO_MAX)
    cut = found.start() if found else next((m.end() for m in _LEAD_AFTER_DATE.finditer(text, 0, INFO_MAX)), None)
    if cut is None or len(text) - cut < LEAD_MIN or not _CLAUSE_MARK.search(text, cut):
        return None
    head = text[:cut].strip()
    info = read_info_line(head) if ("：" in head or ":" in head) else None
    return (head, text[cut:]) if info is not None and info[0] is not None else None


# a print edition's credit opening or closing a reposted article: (江西日报2023年8月31日12版),
# （来源：人民日报 2023年08月31日 第12版）
_PRINT_CREDIT = re.compile(rf"[（(]\s*(?:来源\s*[:：]\s*)?[\u4e00-\u9fff]{{2,10}}报\s*({FULL_DATE.pattern})"
                           r"\s*第?\s*\d{1,3}\s*版\s*[）)]")


def print_credit_date(first: str, last: str) -> str | None:
    """Return the date of the print edition credited at the opening of ``first`` or the end of ``last``."""
    opening = _PRINT_CREDIT.match(first.strip())
    closing = next((m for m in _PRINT_CREDIT.finditer(last.strip()) if m.end() == len(last.strip())), None)
    found = opening or closing
    return found.group(1) if found else None
