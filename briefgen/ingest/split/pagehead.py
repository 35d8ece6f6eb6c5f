"""A web page's head: its headline (a main title over its subtitle, a channel name after a bar) and a date
shown as a widget of lines."""

from __future__ import annotations

import functools
import re

from briefgen.bigrams import cjk_bigrams, shares_none
from briefgen.ingest.split.pagelines import (
    DATE_ONLY,
    KEYWORD_TAGS,
    TITLE_MAX,
    TITLE_MIN,
    crumb_steps,
    is_breadcrumb,
    is_chrome_line,
    is_headline,
    is_location_line,
)
from briefgen.ingest.split.pagevocab import chrome, glued_note, names_outlet, prefixes, spam_brand
from briefgen.ingest.split.vocab import vocab
from briefgen.readers.base import Block
from briefgen.readers.html_title import site_like
from briefgen.readers.infoline import info_label_names

HEAD_LINES = 40  # lines from the top within which a date widget is looked for
_YEAR_LINE = re.compile(r"^(?:19|20)\d\d$")
_DAY_LINE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})$")
_CLOCK_LINE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_SOURCE_LINE = re.compile(r"^[\u4e00-\u9fff]{2,12}$")  # an outlet's name under the date
_PHRASE = re.compile(r"[\u4e00-\u9fff]{2,16}")  # one phrase of a headline set a phrase per line
PHRASES_MAX = 3
STACKED_MAX = 60  # a main title and its subtitle printed as one headline stay under this
_SLOGAN = re.compile(r"[\u4e00-\u9fff]{2,5}(?:[，,][\u4e00-\u9fff]{2,5})+")
COUPLET_MIN = 5  # each half of a headline set as a couplet is this long at least
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
STACKED_LINE_MIN, STACKED_PHRASE_MIN = 8, 6  # a main title over a subtitle: long, in long phrases
_CJK_START = re.compile(r"[\u4e00-\u9fff“《]")
CHANNEL_SUFFIX = re.compile(r"\s*[|｜]\s*[^|｜\s]{1,6}$")
CHANNEL_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[|｜]\s*")  # a column's name set before a bar (视窗 | …, 新春走基层|…)
_WRITERS = r"[\u4e00-\u9fff·]{2,3}(?:\s+[\u4e00-\u9fff·]{2,3}){2,4}"  # three to five names set apart by spaces
_NAMES_AFTER = re.compile(rf"\s+{_WRITERS}\s*$")
_COLUMN_BRACKET = re.compile(r"^【[^【】]{2,8}】\s*")
_IMAGE_NAME = re.compile(r"[-_]?\d{0,3}\.(?:jpe?g|png|gif|webp|bmp)$", re.IGNORECASE)
_SERIES_TAG = re.compile(r"^[（(][^（）()]{1,10}·[^（）()]{1,10}[）)]\s*")  # a news series' tag before its headline
_THREAD_TAG = re.compile(r"^\[[^\[\]\s]{2,8}\]\s*")  # a forum board's tag before a thread title ([异地动态] …)


def thread_title(texts: list[str], end: int) -> int | None:
    """Return the index of a forum thread's title above ``end``: the headline right over its copy-link button."""
    buttons = frozenset(chrome()["thread_buttons"])
    for i in range(1, min(end, len(texts))):
        if "".join(texts[i].split()).strip("[]【】") in buttons and is_headline(untagged(texts[i - 1])):
            return i - 1
    return None


def untagged(title: str) -> str:
    """Return a thread title without its forum board's tag ([异地动态] 上半年… → 上半年…)."""
    return _THREAD_TAG.sub("", title)


JOINED_PREFIX_MAX = 12  # a site's word joined before a headline is short
HARDLY_SHARED = 0.2  # a headline whose words the text under it holds this little is another page's
MOSTLY_SHARED = 0.5  # …when a headline nearer the text has this much of its words in it
LEAD_PARAGRAPHS = 3  # a headline sharing nothing with the first paragraphs is not theirs
_SITE_JOIN = re.compile(r"\s*(?:_|\s-{1,2}\s|-{1,2}|｜|\|)\s*")


@functools.cache
def _label_and_buttons() -> re.Pattern[str]:
    labels, buttons = "|".join(chrome()["headline_labels"]), "|".join(chrome()["headline_buttons"])
    return re.compile(rf"^(?:{labels})\s*[:：]\s*|(?:\s*[\[【](?:{buttons})[\]】]|\s+(?:{buttons}))+\s*$")


_QUOTE_MARKS = re.compile(r"[“”]")
_COLUMN_TAG_AFTER = re.compile(r"(?<=\S)\s*[-_|｜]\s*【[^】]{1,6}】$")
_ORIGINAL_NOTE = re.compile(r"(?<=\S)\s*_?\s*(?:本文)?原题\s*[:：].*$")


def _unquoted(title: str) -> str:
    """Return a headline given in quotes as a field's value (标题:“通许县举办“乡土记忆””) without them; quotes that
    only open and close its first and last words (“村村响”传来“好声音”) stay."""
    if len(title) < TITLE_MIN + 2 or title[0] != "“" or title[-1] != "”":
        return title
    inner = _QUOTE_MARKS.findall(title[1:-1])
    balanced = all(mark == "“”"[i % 2] for i, mark in enumerate(inner)) and len(inner) % 2 == 0
    return title[1:-1] if balanced else title


@functools.cache
def _media_mark() -> re.Pattern[str]:
    marks = "|".join(chrome()["headline_media_marks"])
    return re.compile(rf"^[【\[](?:{marks})[】\]]\s*")  # 【视频】, [图]; a closing （组图） is printed as the headline's


def without_platform_mark(title: str) -> str:
    """Return a headline without the mark or label a portal sets before it (原创 某某多部门联手助残, 标题:我市组织…)
    or a reading count glued after it (…排查隐患浏览次数:526)."""
    mark, label, count = _title_marks()
    marked = mark.match(title)
    title = title[marked.end():] if marked and len(title) - marked.end() >= TITLE_MIN else title
    labelled = label.match(title)
    title = _unquoted(title[labelled.end():]) if labelled and len(title) - labelled.end() >= TITLE_MIN else title
    counted = count.search(title)
    return title[:counted.start()].rstrip() if counted and counted.start() >= TITLE_MIN else title


@functools.cache
def _title_marks() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Return the patterns of a portal's mark (原创 ), a field label (标题:) and a reading count after a headline."""
    marks, labels = "|".join(chrome()["headline_platform_marks"]), "|".join(chrome()["headline_labels"])
    return (re.compile(rf"(?:{marks})[ \u3000|｜]+"), re.compile(rf"(?:{labels})\s*[:：]\s*"),
            re.compile(str(chrome()["headline_count_tail"])))


_TITLE_PARTS = re.compile(r"\s*[-_|｜]\s*")


def _without_spam_part(title: str) -> str:
    """Return a headline without the part a gambling mirror joined to it (乐鱼app官网下载登录|某地：…, … -九游会j9官方登录)."""
    cuts = list(_TITLE_PARTS.finditer(title))
    if not cuts:
        return title
    head, tail = title[:cuts[0].start()], title[cuts[-1].end():]
    if spam_brand().search(head) and len(title) - cuts[0].end() >= TITLE_MIN:
        title = title[cuts[0].end():]
    elif spam_brand().search(tail) and cuts[-1].start() >= TITLE_MIN:
        title = title[:cuts[-1].start()]
    return title


def bare_headline(title: str) -> str:
    """Return a headline without brackets around it whole (【…】, 《…》), a media mark (【视频】, （组图）), a site's name
    joined after it (…_县人民政府), or a print view's label and button (标题: … [打印本页])."""
    title = _ORIGINAL_NOTE.sub("", title) or title  # 【…】_本文原题：…: a scraper's note of the original title
    if title[:1] + title[-1:] in ("【】", "《》") and title[0] not in title[1:]:
        title = title[1:-1]  # 【…】, 《新疆：创新之风让风电产业加速“转动》: the whole headline in brackets
    title = without_platform_mark(title)
    title = _COLUMN_TAG_AFTER.sub("", title) or title  # …药源基地-【新闻】: the site's column after the headline
    tail = re.search(str(chrome()["headline_series_tail"]), title)  # …透露了什么信号?|聚焦某市“新春第一会”
    title = title[: tail.start()] if tail and tail.start() >= TITLE_MIN else title
    title = _without_spam_part(title)
    unlabelled = _label_and_buttons().sub("", title).strip() or title
    title = _unquoted(unlabelled) if unlabelled != title and unlabelled[:1] == "“" else unlabelled
    title = KEYWORD_TAGS.sub("", title) or title  # …新局面|民政|东莞|局面: the page's keywords after it
    title = title.rstrip(" |｜") or title  # a table cell's bar after it (…仪式举行 |)
    names = _NAMES_AFTER.search(title)  # 跑出项目用地报批“加速度” 李某某 楼某某 沈某某: the writers after the headline
    title = title[: names.start()] if names and names.start() >= TITLE_MIN else title
    tag = _COLUMN_BRACKET.match(title)  # 【某县动态】某县“五大工程”…: the column's tag before the headline
    title = title[tag.end():] if tag and len(title) - tag.end() >= TITLE_MIN else title
    series = _SERIES_TAG.match(title)
    title = title[series.end():] if series and len(title) - series.end() >= TITLE_MIN else title  # （乡村行·看振兴）…
    column = CHANNEL_PREFIX.match(title)
    title = title[column.end():] if column and len(title) - column.end() >= TITLE_MIN else title  # 视窗 | …
    title = re.sub(str(chrome()["headline_field_tail"]), "", title) or title  # … 体裁分类：工作部署 主题分类：…
    title = _without_spaced_site(without_site_suffix(title))
    title = _IMAGE_NAME.sub("", title) or title  # 高坪：在…勇担当-1.jpg: the picture's file name the page took for it
    bare = _media_mark().sub("", title).strip()
    return bare if len(bare) >= TITLE_MIN else title


def without_site_suffix(title: str) -> str:
    """Return a headline without a site's name joined after it (…人次?_中国网, …_县人民政府)."""
    pieces = _SITE_JOIN.split(title)
    while len(pieces) > 1 and site_like(pieces[-1]):
        title = title[: title.rfind(pieces.pop())].rstrip(" _-｜|")
    return title


def without_programme(title: str, text: str) -> str:
    """Return the headline without a programme's name in 《》 before it that ``text`` (the body) hardly names
    (《今朝看华州》某区召开…汇报会 → 某区召开…汇报会; 《规划》正式印发 stays)."""
    programme = re.match(str(chrome()["headline_programme"]), title)
    if programme is None:
        return title
    words = cjk_bigrams(programme.group(1))
    return title[programme.end():] if 2 * len(words & cjk_bigrams(text)) <= len(words) else title


def writers_line(text: str) -> bool:
    """Return True for a line of writers' bare names (李某某 楼某某 沈某某)."""
    return re.fullmatch(_WRITERS, text.strip()) is not None


_DOMAIN = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")


@functools.cache
def _spaced_site() -> re.Pattern[str]:
    """Return the pattern of a site's own name or a feed's tag as a piece of a headline (data: spaced_site_names)."""
    return re.compile(str(chrome()["spaced_site_names"]))


def _without_spaced_site(title: str) -> str:
    """Return a headline without a site's name, a feed's tag or a domain set after or before it by a space
    (…示范小区 环球今日讯, …搬迁 中央政府门户网站 gymcjnpx.com, 华夏传媒网今日头条 陕西某县：…)."""
    pieces = title.split()
    while len(pieces) > 1 and (_DOMAIN.match(pieces[-1]) or _spaced_site().fullmatch(pieces[-1])):
        pieces.pop()
    while len(pieces) > 1 and _spaced_site().fullmatch(pieces[0]):
        pieces.pop(0)
    kept = " ".join(pieces)
    return kept if len(kept) >= TITLE_MIN and kept != " ".join(title.split()) else title


def without_chrome_prefix(title: str, above: list[str]) -> str:
    """Return a headline without a word joined before it by _ that the page's lines above print too (沐鸣2注册_阿坝县…
    under a menu line 沐鸣2注册新闻): a hijacked site's name, not the story's; or without the column a path above
    ends in, set before it with a space."""
    head, joined, rest = title.partition("_")
    if joined and len(rest) >= TITLE_MIN and len(head) <= JOINED_PREFIX_MAX and any(
            head in text and title not in text for text in above):
        return rest.strip()
    column, spaced, rest = title.partition(" ")
    if spaced and len(rest.strip()) >= TITLE_MIN and column in _last_steps(above):
        return rest.strip()  # 首页 >> 新闻中心 >> 乡镇动态 over 乡镇动态 某镇有序开展防汛工作: the column the path ends in
    return title


def _last_steps(lines: list[str]) -> set[str]:
    """Return the last step of each navigation path among ``lines`` (乡镇动态 of 首页 >> 新闻中心 >> 乡镇动态 |)."""
    paths = [crumb_steps(t) for t in lines if is_location_line(t) and _ARROW.search(t)]
    return {steps[-1].strip(" |｜") for steps in paths if steps}


_ARROW = re.compile(r"[>»＞→]")  # a path's steps set apart by arrows, not slashes (2023/1/6 is no path)
CRUMB_TITLE_MIN = 10  # a path's last step this long names the story, not a column (首页 » 问答 » 常德市城市书房揭牌开放)


def crumb_title(texts: list[str]) -> str | None:
    """Return the last step of the last navigation path in ``texts`` when it reads as the story's headline."""
    path = next((t for t in reversed(texts) if (is_breadcrumb(t) or is_location_line(t)) and _ARROW.search(t)), None)
    step = crumb_steps(path)[-1] if path else ""
    return step if len(step) >= CRUMB_TITLE_MIN and is_headline(step) else None


_CELLS = re.compile(r"\s*[|｜]\s*")


def table_title(texts: list[str]) -> str | None:
    """Return the headline a 信息公开 metadata table gives in its 名称 field (名称: | 东至县… | 文号: | 无 |, | 标题:… |)."""
    fields = frozenset(chrome()["title_fields"])
    for text in texts:
        cells = [c for c in _CELLS.split(text.strip()) if c]
        for label, value in zip(cells, cells[1:], strict=False):
            if label.rstrip(":：") in fields and label[-1:] in ":：" and len(value) >= TITLE_MIN and not value.endswith(
                    (":", "：")):
                return value
        for cell in cells:  # | 标题:全区…推进会召开 | |: the label and its value in one cell
            label, colon, value = cell.partition(":" if ":" in cell else "：")
            if colon and label.strip() in fields and len(value.strip()) >= TITLE_MIN:
                return value.strip()
    return None


def stacked_title(texts: list[str], at: int) -> str:
    """Return the headline at ``at``, with the headline line right above it when the two are stacked
    (a main title over its subtitle: 王兴主持召开县长办公会 / 安排部署重点工作任务)."""
    title = _without_channel(texts[at])
    upper = texts[at - 1] if at > 0 else ""
    if vocab().roles_line.match(title) and is_headline(upper):
        return upper  # 某会议胜利闭幕 / 某某讲话 某某主持 某某出席: the main line, its subtitle of who took part left off
    if is_main_title(upper, title) and len(upper) + len(title) < STACKED_MAX:
        return f"{upper} {title}"
    lower = texts[at + 1] if at + 1 < len(texts) else ""
    if _couplet(title, lower) and is_headline(lower):
        return f"{title} {lower}"  # the first half of a couplet taken under the date: the second half goes with it
    return " ".join([*_phrases_above(texts, at), title])


def stacked_top(texts: list[str], at: int) -> int:
    """Return the index of the top line of the headline ``stacked_title`` reads at ``at``."""
    title, upper = _without_channel(texts[at]), texts[at - 1] if at > 0 else ""
    if is_main_title(upper, title) and len(upper) + len(title) < STACKED_MAX:
        return at - 1
    if upper.endswith(("——", "—")) and is_headline(upper.rstrip("—")):
        return at - 1  # 捕鱼40年，某某“船老大”变身“长江哨兵”—— / 上岸后“真稳”: a lead-in running into the main line
    return at - len(_phrases_above(texts, at))


def _phrases_above(texts: list[str], at: int) -> list[str]:
    """Return the short phrases a headline printed a phrase per line has above its last one (石拐区五当召镇缸房地村 /
    荣获 / 第六届全国文明村镇称号), when one of them is too short to be a headline of its own."""
    found: list[str] = []
    for text in reversed(texts[max(0, at - PHRASES_MAX):at]):
        if not _PHRASE.fullmatch(text) or site_like(text) or is_chrome_line(text):
            break
        found.insert(0, text)
    short = any(len(p) < TITLE_MIN for p in found)
    fits = sum(map(len, found)) + len(texts[at]) <= STACKED_MAX
    return found if found and short and fits and len(found[0]) >= TITLE_MIN else []


_TITLE_COPY = re.compile(r"[\u4e00-\u9fff][-_|｜][\u4e00-\u9fff]{2,12}$")


def is_main_title(upper: str, title: str) -> bool:
    """Return True when ``upper`` reads as the main title over ``title``: a headline of long phrases, not a
    menu (新闻 时政 查看内容), a column name, a site name or the title again."""
    phrases = upper.split()
    return (len(upper) >= STACKED_LINE_MIN and is_headline(upper) and not site_like(upper)
            and not upper.rstrip().endswith(("——", "—"))  # 一些农民工来信反映，工资被拖欠——: a kicker leading in
            and not _TITLE_COPY.search(upper)  # 金华传统村落保护现状-衢州图书馆: a page's <title>, no main title
            and not _SLOGAN.fullmatch(upper)  # 看家乡事，品故乡情 / 聚商机，共发展，赢未来: a column's slogan
            and _CJK_START.match(upper) is not None and all(len(p) >= STACKED_PHRASE_MIN for p in phrases)
            and upper not in title and title not in upper)


def _couplet(upper: str, title: str) -> bool:
    """Return True for the two halves of a headline set as a couplet, a line each (消费提质增活力 / 外贸扩容强动能)."""
    return len(upper) == len(title) >= COUPLET_MIN and _CJK_ONLY.fullmatch(upper + title) is not None


def _without_channel(title: str) -> str:
    """Return a headline without a channel name set after a bar (…防汛备汛工作|每日焦点)."""
    found = CHANNEL_SUFFIX.search(title)
    return title[: found.start()] if found and found.start() >= TITLE_MIN else title


def joined_date_widget(blocks: list[Block]) -> list[Block]:
    """Return the blocks with a date shown as a widget of lines (2016 / 08/29 / 07:16 / 宁化县新闻中心, or day over
    year over month: 26 / 2021 / - / 10) joined into one info line."""
    texts = [b.text.strip() for b in blocks[:HEAD_LINES]]
    for i in range(len(texts) - 1):
        day = _DAY_LINE.match(texts[i + 1]) if _YEAR_LINE.match(texts[i]) else None
        if day is None and (turned := _day_year_month(texts, i)) is not None:
            date, end = turned
            return [*blocks[:i], Block(date, blocks[i].line), *blocks[end:]]
        if day is None:
            continue
        parts, end = [f"{texts[i]}-{int(day[1]):02d}-{int(day[2]):02d}"], i + 2
        if end < len(texts) and _CLOCK_LINE.match(texts[end]):
            parts, end = [*parts, texts[end]], end + 1
        if end < len(texts) and _SOURCE_LINE.match(texts[end]):
            parts, end = [*parts, texts[end]], end + 1
        return [*blocks[:i], Block(" ".join(parts), blocks[i].line), *blocks[end:]]
    return blocks


_DAY_NUMBER = re.compile(r"^(?:[1-9]|[12]\d|3[01])$")
_MONTH_NUMBER = re.compile(r"^(?:0?[1-9]|1[0-2])$")


def _day_year_month(texts: list[str], i: int) -> tuple[str, int] | None:
    """Return the date a widget sets as day over year over month (26 / 2021 / - / 10) at line ``i`` and the line
    after it, or None."""
    if not (_DAY_NUMBER.match(texts[i]) and i + 2 < len(texts) and _YEAR_LINE.match(texts[i + 1])):
        return None
    at = i + 3 if texts[i + 2] in ("-", "/", ".") and i + 3 < len(texts) else i + 2
    if not _MONTH_NUMBER.match(texts[at]):
        return None
    return f"{texts[i + 1]}-{int(texts[at]):02d}-{int(texts[i]):02d}", at + 1


_BARE_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,6})\s*[:：]$")  # 来源: on a line of its own, its value on the next
FIELD_VALUE_MAX = 30  # characters of a field's value set on the line under its label (shucai1.com, 104)
_FIELD_END = re.compile(r"[。！？，,；;]")


def joined_label_values(blocks: list[Block]) -> list[Block]:
    """Return the blocks with an info line copied a field per line (来源: / shucai1.com / 2025-10-14 / 浏览: / 104)
    joined into one line, each label with the value under it."""
    texts = [b.text.strip() for b in blocks[:HEAD_LINES]]
    names = info_label_names()
    for i, text in enumerate(texts):
        if not _bare_label(text, names):
            continue
        end, labels = i, 0
        while end < len(texts) and (_bare_label(texts[end], names) or DATE_ONLY.match(texts[end]) or (
                end > i and _bare_label(texts[end - 1], names) and _field_value(texts[end]))):
            labels += _bare_label(texts[end], names)
            end += 1
        if labels < FIELD_LABELS_MIN and not (end - i == 2 and (DATE_ONLY.match(texts[i + 1]) or names_outlet(texts[i + 1]))):
            return blocks  # (发布日期: / 2025年08月22日, 来源: / 县融媒体中心: one label, its date or outlet under it, too)
        joined = re.sub(r"([:：])\s+", r"\1", " ".join(texts[i:end]))
        return [*blocks[:i], Block(joined, blocks[i].line), *blocks[end:]]
    return blocks


FIELD_LABELS_MIN = 2  # bare labels that make an info line set a field per line


def _bare_label(text: str, names: frozenset[str]) -> bool:
    label = _BARE_LABEL.match(text)
    return label is not None and label[1] in names


def _field_value(text: str) -> bool:
    """Return True for a field's value on the line under its label: short, no clause."""
    return 0 < len(text) <= FIELD_VALUE_MAX and _FIELD_END.search(text) is None


_DAY_HEAD = re.compile(r"^(?:\d{1,2}月)?\d{1,2}日[，,][^。！？]{4,40}$")  # 1日，开学第一课青羊开启美好新学期
CHRONICLE_HEAD_REACH = 3  # lines above an entry's head within which the chronicle's own title stands


def chronicle_title_above(texts: list[str], at: int) -> int | None:
    """Return the index of a chronicle's title (2021年9月大事记) just above line ``at`` when that line is the
    head of the chronicle's first dated entry (1日，…), not the page's headline; else None."""
    if not _DAY_HEAD.match(texts[at].strip()):
        return None
    pattern = vocab().chronicle_title
    return next((i for i in range(at - 1, max(at - 1 - CHRONICLE_HEAD_REACH, -1), -1)
                 if pattern.search(texts[i]) and len(texts[i]) <= TITLE_MAX), None)


def unrelated_to(title: str, paragraphs: list[str]) -> bool:
    """Return True when a headline shares no two characters in a row with the paragraphs under it."""
    return shares_none(title, "".join(paragraphs))


def share_in(title: str, paragraphs: list[str]) -> float:
    """Return the share of a headline's two-character words the paragraphs under it hold (0 when it has none)."""
    words = cjk_bigrams(title)
    return len(words & cjk_bigrams("".join(paragraphs))) / len(words) if words else 0.0


def heads_instead(above: str, between: str, paragraphs: list[str]) -> bool:
    """Return True when a headline between the page's date and the text (``paragraphs``, its first ten or so) heads it
    rather than the one over the date: that one shares (almost) nothing with the text (2023成都积分入学什么时候开始申请 over an airport's opening,
    成都 only in a list of routes), this one does."""
    first = paragraphs[:LEAD_PARAGRAPHS]
    if unrelated_to(above, first) and not unrelated_to(between, first):
        return True
    return share_in(above, paragraphs) <= HARDLY_SHARED and share_in(between, paragraphs) >= MOSTLY_SHARED


def glued_note_title(texts: list[str]) -> str | None:
    """Return the headline a reposting note glued after a paragraph's last sentence gives (…征程。 (原标题:某某)),
    or None."""
    found = next((m for m in map(glued_note().search, texts) if m is not None), None)
    return found.group("title").strip() if found is not None else None


def noted_title(texts: list[str], key: str = "note_prefixes") -> str | None:
    """Return the headline a reposting note gives ((原标题：南大梁高速华蓥山特长隧道贯通)), or with ``key``
    "reading_prefixes" a page tail's reading line (正在阅读: 人大代表调研城区建设), on a page that shows no other."""
    notes = prefixes(key)
    for text in texts:
        inner = text.strip().strip("（()）【】[] ")
        if inner.startswith(notes):
            title = inner[next(len(n) for n in notes if inner.startswith(n)):].strip(" :：《》“”")
            return title if len(title) >= TITLE_MIN else None
    return None
