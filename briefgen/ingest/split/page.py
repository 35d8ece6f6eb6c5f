"""A saved or copied web page: site chrome around one article, found by the page's own landmarks.

The landmarks are the info line (发布时间：… 来源：…) and the headline beside it, the first body
paragraph, and the editor lines, share buttons and related links that end the body. A page framed this
way is one article unless its body is a list of marked items (◆ bullets, several 本报讯 leads).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.bigrams import dice
from briefgen.ingest.split.endtitle import title_and_info_last
from briefgen.ingest.split.pagecaptions import (
    captions_printed_twice,
    lead_after_captions,
    over_credited_lead,
)
from briefgen.ingest.split.pagedates import (
    HEAD_MAX,
    STRONG_BODY,
    date_above,
    date_over_headline,
    headline_record,
    info_index,
)
from briefgen.ingest.split.pageglue import (
    LINK_STAMP,
    is_note_label,
    unglue,
    without_summary,
    without_trailer,
)
from briefgen.ingest.split.pagehead import (
    bare_headline,
    chronicle_title_above,
    crumb_title,
    glued_note_title,
    heads_instead,
    joined_date_widget,
    joined_label_values,
    noted_title,
    stacked_title,
    stacked_top,
    table_title,
    thread_title,
    untagged,
    without_chrome_prefix,
)
from briefgen.ingest.split.pageinfo import (
    CLOCK,
    OUTLET_MAX,
    date_line,
    epaper_page_line,
    epaper_stamp,
    page_info,
    split_glued_info,
    split_info_between,
    split_info_lead,
    split_stamped_line,
    stacked_info,
    stamped_headline,
    trailing_date,
)
from briefgen.ingest.split.pagelines import (
    BODY_MIN,
    DATE_ONLY,
    TITLE_MIN,
    bulleted_names,
    is_body_line,
    is_chrome_line,
    is_hard_tail,
    is_headline,
    is_label_line,
    is_location_line,
    is_more_link,
    is_reporter_line,
    is_short_body_line,
    is_tail_line,
    name_like,
    spaced_headline,
)
from briefgen.ingest.split.pagevocab import (
    byline_pattern,
    chrome,
    glued_note,
    glued_prefix,
    glued_tail_start,
    names_outlet,
    prefixes,
    spam_brand,
    summary_label,
    teaser_count,
    wire_title_line,
)
from briefgen.ingest.split.sourced import headed_items, sourced_heads
from briefgen.ingest.split.structure import Layout, layout_of
from briefgen.ingest.split.vocab import ends_sentence, is_lead, plain, vocab
from briefgen.readers.base import Block
from briefgen.readers.infoline import read_info_line

LAST_LINES = 2  # the body's last lines, where a labelled date printed after the text may stand
TITLE_REACH = 4  # blocks above the info line (or body) in which its headline stands
SHARE_REACH = 10  # paragraphs of the text a headline over it is weighed against
TAIL_REACH = 8  # blocks after a tail line in which another marks the page's tail
ITEM_MARKS_MIN = 2
_TEASER_ENDS = ("...", "…")  # a related story's teaser is cut with dots
_CUT_ENDS = ("..", "…")
CUT_TITLES, CUT_TITLE_MAX = 3, 20  # three short link titles in a row, each cut with dots
AUTHOR_PARTS_MAX = 3  # names on an account article's author line
BOX_NAME_MAX = 12  # the name over a column box's 更多>> link is short
MENU_RUN, MENU_WORD_MAX = 4, 4  # four lines of at most four characters in a row are a menu
_QUOTES = re.compile(r"[\s\"'“”‘’「」『』]")
DEK_BYLINES = 3  # byline lines that may follow a subtitle before the text
CLOSING_NOTE_AFTER = 2  # paragraphs of text before a 原标题 note that make it the article's end
DIRECTORY_RUN, DIRECTORY_NAME_MAX = 3, 12  # three short names of link groups (…政府网站) in a row
STAMPED_LINKS = 2  # a line with two date-time stamps is a list of links
# A link's date glued after its title and before the next title or a channel name (…港铁站2019-09-09 15:53 香港);
# in prose a date follows a preposition (于 至 截至 从 自 在 到) and is followed by a comma or a verb.
LINK_DATE = re.compile(r"(?<=[^\s\d：:（(于至从自在到止起])(?:19|20)\d\d([-/])\d{1,2}\1\d{1,2}(?:\s*\d{1,2}:\d{2})?"
                       r"(?=\s|$|[\u4e00-\u9fff《“\"])")  # …桥2019-09-09 15:53 or …园区2025/11/07
LINK_DATES_IN_LINE = 3
_DATED_LINK_ITEM = re.compile(r"^\s*[-·•*]\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*[^\s\d。！？]")  # a listed link under its date
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")  # a pager's bare number over the page's tail
_CLAUSE_MARK = re.compile(r"[。！？!?，,；;]")  # a line holding one is text, not a link title or a name
SUMMARY_REACH = 4  # a summary (摘要：…) restates one of the three paragraphs under it
LOCATION_REACH = 4  # lines under a first paragraph in which the page's location line shows it is no paragraph


@dataclass
class PageFrame:
    """Where a page's article is: headline, info line, byline and the body's blocks."""

    title: str | None
    info: tuple[str | None, str | None] | None
    body: list[Block]
    byline: str | None = None
    multi: bool = False
    anchored: bool = True  # a headline or info line was found; else only the page's chrome and tail


def _bulletin(texts: list[str], layout: Layout) -> bool:
    """Return True when the text opens with a bulletin's masthead, no site navigation among its lines
    (网站首页 … 县区动态 over a headline and its date is a web page's menu, not a masthead; an e-paper's page line
    or its copyright notice right under the paper's name and date, 第A009版:某某新闻 / 版权声明, neither)."""
    head = texts[:layout.start + UNDER_MASTHEAD]
    return layout.masthead is not None and not any(is_chrome_line(t) or is_tail_line(t) for t in head)


def _headline_not_outlet(text: str) -> bool:
    """Return True when the words beside a bare date read as a headline, not an outlet's name."""
    return len(text) >= TITLE_MIN + 2 and is_headline(text) and not names_outlet(text)


def _body_start(texts: list[str], after: int, loose: bool = False) -> int | None:
    """Return the first body paragraph at or after ``after``; ``loose`` also takes a short sentence."""
    return next((i for i in range(after, len(texts))
                 if is_body_line(texts[i]) or loose and is_short_body_line(texts[i])), None)


def _under_location(texts: list[str], start: int) -> int:
    """Return where the body starts when the page's location line (您的位置：…) or a headline with the body
    right under it stands under a first paragraph that holds no sentence: a spam host's keywords over the
    page (a long line), the body is under the line."""
    if len(texts[start]) < BODY_MIN or "。" in texts[start] or ends_sentence(texts[start]) or is_lead(texts[start]):
        return start  # 下周一，: a text set a phrase per line opens on a short line
    if summary_label().match(texts[start]):
        return start  # 摘要:12月25日，…(cut off) over the lead that tells it whole: the summary goes later
    for i in range(start + 1, min(start + 1 + LOCATION_REACH, len(texts))):
        located = is_location_line(texts[i])
        if located or is_headline(texts[i]):
            below = _body_start(texts, i + 1)
            if below is not None and (located or below - i <= TITLE_REACH):
                return below
    return start


def _title_above(texts: list[str], at: int, floor: int) -> int | None:
    """Return the index of the headline in the few blocks above ``at`` (subtitles and chrome skipped); right over
    the info line a headline may be as short as a headline gets (新大英新征程 / 日期:2015-12-30)."""
    dated = page_info(texts[at]) is not None if at < len(texts) else False
    reach = TITLE_REACH
    for i in range(at - 1, floor, -1):
        if reach == 0:
            break
        reach -= not (_photo_caption(texts[i]) or is_label_line(texts[i]) or _button_line(texts[i]) or _short_chrome(
            texts[i]))  # captions, 所属地区：…, 分 享, 打印 / 收藏 between
        short_ok = (dated and i == at - 1 or i > 0 and epaper_page_line(texts[i - 1])) and not re.search(
            r"[、\s]", texts[i].strip())  # not 黄某、卓某某, 新华网 正文; under 第04版:… an e-paper's short headline
        least = TITLE_MIN if short_ok else TITLE_MIN + 1
        if is_headline(texts[i]) and len(texts[i]) >= least and not _author_line(texts[i]) and not (
                dated and i == at - 1 and _outlet_line(texts[i])):  # 息县融媒体中心 / 2024-01-03: the source
            return i
        if dated and i > 0 and is_location_line(texts[i - 1]) and _short_headline(texts[i]) and all(
                map(is_chrome_line, texts[i + 1:at])):
            return i  # 首页 > 综合 > 正文 / 山乡问疾苦 / 2006年04月18日…: the page's headline between its place and date
        if dated and i == at - 1 and spaced_headline(texts[i]) and not is_chrome_line(texts[i]):
            return i  # over its date, a lead-in, headline and subtitle on one line: longer than a headline gets
    return None


UNDER_MASTHEAD = 2  # lines under a masthead that tell an e-paper's page from a bulletin
BUTTON_WORD_MAX = 4  # a page's button alone on its line (打印, 收藏, 收藏成功) is this short
SHORT_HEADLINE = range(3, TITLE_MIN)  # Chinese characters of a headline shorter than headlines mostly are
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _short_headline(text: str) -> bool:
    """Return True for a few Chinese characters alone on a line (山乡问疾苦), no chrome, outlet or name."""
    word = text.strip()
    return len(word) in SHORT_HEADLINE and _CJK_ONLY.fullmatch(word) is not None and not (
        is_chrome_line(word) or _outlet_line(word) or _author_line(word) or _button_line(word) or name_like(word))


def _short_chrome(text: str) -> bool:
    """Return True for a page's button or control word alone on its line (打印, 收藏成功)."""
    return len(text.strip()) <= BUTTON_WORD_MAX and is_chrome_line(text)


_BUTTON_LINE = re.compile(r"^\s*(?:[\u4e00-\u9fff]\s+[\u4e00-\u9fff]|[^\u4e00-\u9fffA-Za-z0-9\s]{1,3})\s*$")


def _button_line(text: str) -> bool:
    """Return True for a button's spaced label or a separator alone on its line (分 享, 评 论, /)."""
    return _BUTTON_LINE.match(text) is not None


def _outlet_line(text: str) -> bool:
    """Return True for a line that is only an outlet's name (某县融媒体中心, 某某日报)."""
    return len(text.strip()) <= OUTLET_MAX and not re.search(r"\s", text.strip()) and names_outlet(text.strip())


def _over_its_date(texts: list[str], at: int | None) -> int | None:
    """Return the headline over the date line above line ``at`` when ``at`` is its subtitle (荣乌高速…全线贯通 /
    2015-07-25 / 打通我省至…“最后一公里”), else ``at``."""
    if at is None or at < 2 or not date_line(texts[at - 1]) or not is_headline(texts[at - 2]):
        return at
    return at - 2


def _photo_caption(text: str) -> bool:
    """Return True for a photo's caption on its line (图为…。某某 摄)."""
    v = vocab()
    return bool(v.caption_line.match(text) or v.caption_inline.search(text))


def _author_line(text: str) -> bool:
    """Return True for an account article's author line: short names set apart by spaces, each an outlet's or
    an account's (县融媒体中心 平利发布)."""
    parts = text.split()
    names = (*chrome()["outlet_suffixes"], *chrome()["account_suffixes"])
    return 2 <= len(parts) <= AUTHOR_PARTS_MAX and all(len(p) <= BOX_NAME_MAX and p.endswith(names) for p in parts)


def _title_between(texts: list[str], start: int, end: int) -> int | None:
    """Return the headline between the info line and the body; under a kicker (a clause: “双节”期间，东平县迎大量
    游客) or a subject set on its own line (某某卫生院) the line below it, which the upper one is stacked over."""
    at = next((i for i in range(start, end) if is_headline(texts[i]) and not epaper_page_line(texts[i])), None)
    if at is None or at + 1 >= end or not is_headline(texts[at + 1]):
        return at
    kicker = _COMMA.search(texts[at]) is not None and _COMMA.search(texts[at + 1]) is None
    subject = texts[at].rstrip().endswith(prefixes("headline_subject_ends"))  # 某某卫生院 / 开启…新模式
    return at + 1 if kicker or subject else at


def _end(texts: list[str], start: int) -> int:
    """Return the index where the body ends: a page's tail (editor lines, links, notices), or a related-links list.

    A tail line ends the page only when no long paragraph follows it or more tail lines come soon after:
    a newspaper's per-article editor line is followed by the next article.
    """
    quiet = _quiet_from(texts)
    for i in range(start, len(texts)):
        if i > start and _WIRE_END.search(texts[i - 1]) and not is_lead(texts[i]):
            return i  # …返岗复工。(完) / 据介绍，全省夏收…: the story ended at its wire's end mark, another's text after it
        if _related_list(texts, i) or _menu_run(texts, i) or _closing_note(texts, start, i) or _tail_at(texts, i) or start < i and quiet <= i and (
                _no_sentence_after(texts, i)):
            if i - 1 > start and is_more_link(texts[i]) and _box_name(texts[i - 1]):
                return i - 1
            return i - 1 if i - 1 > start and _PAGE_NUMBER.match(texts[i - 1]) else i  # 1 / 查看完整版本: the pager
    return len(texts)


_COMMA = re.compile(r"[，,]")
_WIRE_END = re.compile(r"[（(]完[）)]\s*$")  # a wire story's end mark after its last sentence


def _tail_at(texts: list[str], i: int) -> bool:
    """Return True when line ``i`` is a tail line that ends the page (no text of the article glued before it)."""
    text = texts[i]
    return is_tail_line(text) and not _text_before_tail(text) and (is_hard_tail(text) or _page_tail(texts, i))


def _text_before_tail(text: str) -> bool:
    """Return True when a tail is glued after the paragraph's sentences (…交易平台。返回搜狐,查看更多): the
    sentences are the text's, the tail is cut off them later."""
    found = glued_tail_start().search(text)
    return found is not None and is_body_line(text[: found.start()])


QUIET_TAIL_MIN = 4  # short lines, none a sentence, that end a text copied from a web page
TRAILING_LINES = 3  # lines after the text, none a sentence: link titles, block names, a hospital list
LINK_TITLE_MAX = 20  # a link title this short may hold a comma (a list cuts its titles at about this width)


def _quiet_from(texts: list[str]) -> int:
    """Return the index from which no line to the page's end is a sentence or a clause longer than a link title
    (爸妈，我以你们为傲)."""
    at = len(texts)
    while at > 0 and (_teaser_title(texts[at - 1]) or not (ends_sentence(texts[at - 1]) or _CLAUSE_MARK.search(
            texts[at - 1]) and len(texts[at - 1].strip("|｜ ")) > LINK_TITLE_MAX)):
        at -= 1
    return at


TEASER_TITLE_MAX = 40  # a link's teaser title (惊悚!某地一女子…，竟然是因为……) is no longer


def _teaser_title(text: str) -> bool:
    """Return True for a link's title that breaks off to tease (…竟然是因为……): no sentence of the text."""
    text = text.strip()
    return len(text) <= TEASER_TITLE_MAX and text.endswith(_TEASER_ENDS) and not re.search(r"[。；;]", text) and bool(
        re.search(r"[!！?？]", text))


def _no_sentence_after(texts: list[str], i: int) -> bool:
    """Return True when ``texts[i:]`` (none of them a sentence) are three lines or more, and not one headline
    printed after its text followed by chrome."""
    rest = texts[i:]
    return len(rest) >= TRAILING_LINES and not (is_headline(rest[0]) and not any(
        _link_title(t) for t in rest[1:TRAILING_LINES]))  # one headline printed after its text stays for now


def _link_title(text: str) -> bool:
    """Return True for a line that reads as a headline and is no chrome or tail line (上一篇：… is)."""
    return is_headline(text) and not is_chrome_line(text) and not is_tail_line(text)


def _closing_note(texts: list[str], start: int, i: int) -> bool:
    """Return True for a reposting note (原标题：…) after two or more paragraphs of the article, on its own line
    or glued after the line before: what follows is the reposting site's own (its adverts, other stories). Above
    the text the note is only chrome."""
    glued = i > start and glued_note().search(texts[i - 1]) is not None
    if not glued and not "".join(texts[i].split()).lstrip("【[（(").startswith(prefixes("note_prefixes")):
        return False
    return sum(1 for t in texts[start:i] if is_body_line(t)) >= CLOSING_NOTE_AFTER


def _box_name(text: str) -> bool:
    """Return True for a column box's name (武进新闻) over its 更多>> link: short, no sentence, no comma."""
    return len(text) <= BOX_NAME_MAX and not ends_sentence(text) and not re.search(r"[，,、；]", text)


def _menu_run(texts: list[str], i: int) -> bool:
    """Return True where a run of menu words (推荐 娱乐 体育 …) or of time-stamped links begins."""
    dated = _dated_links(texts[i])
    if len(LINK_STAMP.findall(texts[i])) >= STAMPED_LINKS or dated >= LINK_DATES_IN_LINE:
        return True
    if all(_DATED_LINK_ITEM.match(t) for t in texts[i:i + 2]) and i + 1 < len(texts):
        return True  # - 2022-09-15报告：… / - 2022-09-15国庆假期…: a list of links, each after its date
    if dated and i + 1 < len(texts) and _dated_links(texts[i + 1]):
        return True
    run = texts[i:i + MENU_RUN]
    if len(run) == MENU_RUN and all(len(t) <= MENU_WORD_MAX and not ends_sentence(t) for t in run):
        return True
    return _site_directory(texts[i:i + DIRECTORY_RUN])


def _site_directory(run: list[str]) -> bool:
    """Return True for a government site's footer of link groups (国务院部门网站, 地方政府网站, …)."""
    ends = tuple(chrome()["directory_suffixes"])
    names = [n for t in run for n in t.split()]
    return len(names) >= DIRECTORY_RUN and all(len(n) <= DIRECTORY_NAME_MAX and n.endswith(ends) for n in names)


def _glued_stamp(text: str) -> bool:
    """Return True when a page's stamp or label is glued before its first line (date 2024-12-07 昨日，…)."""
    found = glued_prefix().match(text.strip())
    return found is not None and bool(found.group(0))


def _dated_links(text: str) -> int:
    return len(LINK_DATE.findall(text))


def _page_tail(texts: list[str], i: int) -> bool:
    after = texts[i + 1:]
    soon = sum(is_tail_line(t) or is_chrome_line(t) for t in after[:TAIL_REACH])
    return soon >= 1 or not any(len(t) >= STRONG_BODY and is_body_line(t) for t in after)


def _related_list(texts: list[str], i: int) -> bool:
    """Return True where two headline + date-only pairs begin (a list of related links), or two headline +
    cut teaser pairs (又见感冒药炼安毒 / 以感冒药炼制安毒手法又死灰复燃！…查出…大肆搜购感冒药丸...)."""
    if i + 1 < len(texts) and is_headline(texts[i]) and teaser_count().search(texts[i + 1]):
        return True  # 2021年某市计划播种农作物319万亩 / 记者从…获悉，…油...(11643)人阅读时间：…: a teaser with its count
    pairs = [(texts[j], texts[j + 1]) for j in (i, i + 2) if j + 1 < len(texts)]
    if len(pairs) == 2 and (all(is_headline(a) and DATE_ONLY.match(b) for a, b in pairs) or all(
            is_headline(a) and b.rstrip().endswith(_TEASER_ENDS) for a, b in pairs)):
        return True
    cut = texts[i:i + CUT_TITLES]  # “葡”写致富经 .. / 涿鹿中学举行纪念.. / …: link titles cut short
    return len(cut) == CUT_TITLES and all(len(t) <= CUT_TITLE_MAX and t.rstrip().endswith(_CUT_ENDS) for t in cut)


def _item_marks(texts: list[str]) -> int:
    v = vocab()
    return sum(bool(v.item_bullet.match(t) or is_lead(t) or v.column_tag.match(t)) for t in texts)


def _unglued_info(blocks: list[Block]) -> list[Block]:
    """Return the blocks with info lines glued to a headline or a lead near the top split off them."""
    out: list[Block] = []
    for index, block in enumerate(blocks):
        text = plain(block.text)
        parts = (split_info_between(text) or split_stamped_line(text) or split_glued_info(text)
                 or split_info_lead(text)) if index < HEAD_MAX else None
        if parts is None:
            out.append(block)
        else:
            out.extend(Block(part, block.line, block.kind, block.level) for part in parts)
    return out


def _after_dek(texts: list[str], start: int) -> int:
    """Return the line after the bylines that follow a short line taken for the body's start (a subtitle
    over 西风 发自 凹非寺 / 量子位 | 公众号 QbitAI), or ``start`` when no byline follows it."""
    if len(texts[start]) >= BODY_MIN:
        return start
    at = start + 1
    while at < len(texts) and at <= start + DEK_BYLINES and byline_pattern().match(texts[at].strip()):
        at += 1
    return at if at > start + 1 else start


def _runs_on(text: str) -> bool:
    """Return True for a clause of text left open by a dash at its end (…LLM——): the next line goes on with it."""
    return text.rstrip().endswith("——") and bool(re.search(r"[，,]", text)) and not is_chrome_line(text)


AGAIN_DICE = 0.75  # bigram likeness of a line printed over the text to the headline it repeats with a word changed


def _headline_again(text: str, title: str) -> bool:
    """Return True when ``text`` is the headline again, word for word or with a place changed (河南平原市将新增… under
    新乡市将新增…), never a sentence of the text."""
    return _same_title(text, title) or not ends_sentence(text) and not _CLAUSE_MARK.search(text) and (
        dice(text, title) >= AGAIN_DICE)


_FIGURE_MARK = re.compile(r"\s*[（(]\s*图\s*\d{1,2}\s*[）)]")


def _without_title_tag(block: Block, title: str) -> Block:
    """Return the block without the headline a platform sets before it in 【】 as a photo's alt text (【某某开镰】据了解，…
    or 某某开镰】据了解，…, the opening bracket lost)."""
    text = block.text.lstrip().lstrip("【")
    tag = title + "】"
    if not text.startswith(tag) or len(text) <= len(tag):
        return block
    return Block(text[len(tag):].lstrip(), block.line, block.kind, block.level)


def _figure_caption(text: str, title: str) -> bool:
    """Return True for a photo's caption labelled with the headline and the photo's number (某市重大项目开工 总计75个（图1）
    开工仪式现场，…)."""
    squeezed, head = "".join(text.split()), "".join(title.split())
    return squeezed.startswith(head) and _FIGURE_MARK.match(squeezed[len(head):]) is not None


def _headline_grown(text: str, title: str) -> bool:
    """Return True when the body opens on a headline that starts with the page's shorter title (a content farm's
    keyword line over the story's own headline)."""
    return len(text) > len(title) and text.startswith(title) and is_headline(text)


def _wire_title_again(texts: list[str], at: int) -> bool:
    """Return True for a wire's dateline over its headline (…电 题：…) whose headline the page printed above it."""
    found = wire_title_line().match(texts[at])
    return found is not None and any(found.group(1) in t for t in texts[:at])


def _same_title(text: str, title: str) -> bool:
    """Return True when ``text`` is the headline, its quotation marks and spaces aside (“原生1bit” / "原生1bit")."""
    return _QUOTES.sub("", text) == _QUOTES.sub("", title)


def _crumb_to_headline(texts: list[str], i: int) -> bool:
    """Return True for a site path whose last step is the headline printed over it (某某中心 > 某某来某县参观交流)."""
    text, above = texts[i], texts[i - 1].strip()
    return (">" in text or "＞" in text) and re.split(r"[>＞]", text)[-1].strip() == above and (
        len(above) > TITLE_MIN and is_headline(above))  # 政府动态 / 当前位置:首页>政府动态: a column, no headline


def _chrome_seen(texts: list[str]) -> bool:
    """Return True when the text carries a web page's marks: chrome near the top, a tail line, a stamp glued
    before the first line, a footer of link groups, a tail glued after a sentence (…氛围。 责任编辑:…) or a related
    story's teaser with its count of readers."""
    if any(is_chrome_line(t) for t in texts[:HEAD_MAX]) or any(is_tail_line(t) for t in texts):
        return True
    if any(_crumb_to_headline(texts, i) for i in range(1, min(len(texts), HEAD_MAX))):
        return True
    if texts and _glued_stamp(texts[0]) or any(glued_tail_start().search(t) or teaser_count().search(t) for t in texts):
        return True
    if len(texts) - _quiet_from(texts) >= QUIET_TAIL_MIN:
        return True  # 部分外景 / 室内杂粮精品展 / … after the last sentence: a gallery's or a link block's lines
    ends = tuple(chrome()["directory_suffixes"])
    if not any(t.rstrip().endswith(ends) for t in texts):
        return False
    return any(_site_directory(texts[i:i + DIRECTORY_RUN]) for i in range(len(texts)))


def frame_page(blocks: list[Block], web: bool = False, title: str | None = None) -> PageFrame | None:
    """Return the page frame of ``blocks``, or None when they do not look like a web page.

    ``web`` says the reader knows the blocks come from a web page (an .html file); ``title`` is the
    headline the reader found in the page's markup, which wins over a headline-like line.
    """
    blocks = _unglued_info(joined_label_values(joined_date_widget(blocks)))
    texts = [plain(b.text) for b in blocks]
    last = title_and_info_last(texts)
    if last is not None and info_index(texts) in (None, *range(last[0] + 1, last[1])):
        blocks = blocks[last[0]:last[1]] + blocks[:last[0]] + blocks[last[1]:]  # the page's head, read where it belongs
        texts = [plain(b.text) for b in blocks]
    if not web and _bulletin(texts, layout_of(blocks)):  # a bulletin: its masthead is no site chrome
        return None
    info_at = info_index(texts)
    if info_at is None and not (web or _chrome_seen(texts)):  # the marks are looked for only when nothing else tells
        return None
    search_from = (info_at + 1) if info_at is not None else 0
    start = _body_start(texts, search_from, loose=web and bool(title))
    while start is not None and (title and _same_title(texts[start], title) or _wire_title_again(texts, start)) and (
            start + 1 < len(texts)):
        start += 1  # the headline printed (again) over the text, or a wire's 题：line under it: the text begins under it
    if start is not None and (after := _after_dek(texts, start)) > start:  # “换芯”时代谁领跑？ 金磊 整理自 …
        start = _body_start(texts, after, loose=web)
    if start is not None and start > search_from and _runs_on(texts[start - 1]):
        start -= 1  # 微软以小搏大，发布首个…LLM—— / BitNet b1.58 2B4T，…: the lead's first half in a line of its own
    if start is None:
        return None
    if start + 1 < len(texts) and noted_title(texts[start + 1:start + 2]) == texts[start].strip(" 《》“”"):
        start = _body_start(texts, start + 2) or start  # 某某市场正式启用! / 原标题:某某市场正式启用!: the headline
    start = _under_location(texts, start)
    if info_at is None:
        info_at = date_above(texts, start)  # a date alone between the headline and the body is the page's date
    start = lead_after_captions(texts, start)
    if start > search_from and vocab().item_bullet.match(texts[start - 1]) and not bulleted_names(texts[start - 1]) and not (
            ends_sentence(texts[start - 1]) and is_lead(texts[start])):  # ▲村民们在安置点就餐。 over 本报讯…: a caption
        start -= 1  # the first item's bulleted title opens the body of a digest (●杨波 is the writer's name)
    elif start > search_from and (texts[start - 1].rstrip(":：") in prefixes("column_notes") or is_note_label(
            texts[start - 1])):
        start = _body_start(texts, start + 1) or start  # 开栏语： introduces the column, not this article
    title_at = None
    if info_at is not None:
        title_at = _title_above(texts, info_at, -1)
        between = _title_between(texts, info_at + 1, start)
        if title_at is None or between is not None and heads_instead(texts[title_at], texts[between],
                                                                     texts[start:start + SHARE_REACH]):
            title_at = between  # 彩云网开户 - 彩云网app下载 over the date: a hijacked site's title, not the story's
    if title_at is None:
        title_at = _title_above(texts, start, -1 if info_at is None else info_at)
        headline_at = _over_its_date(texts, title_at)
        if headline_at != title_at and headline_at is not None:
            title_at, info_at = headline_at, info_at if info_at is not None else headline_at + 1
    if title_at is None:
        title_at = thread_title(texts, start if info_at is None else info_at)
    if title and title in texts[:start]:
        title_at = texts.index(title)
    crumbed = next((i - 1 for i in range(1, start) if _crumb_to_headline(texts, i)), None)
    if crumbed is not None:
        title_at = crumbed  # the headline its site path ends with, not a sub-head over the first paragraph
    chronicle = chronicle_title_above(texts, title_at) if title_at is not None else None
    if chronicle is not None and title_at is not None:  # 2021年9月大事记 over 1日，…: the entries are the body
        start, title_at = title_at, chronicle
    if info_at is None and title_at is not None:
        info_at = date_over_headline(texts, stacked_top(texts, title_at))
    frame = _frame(blocks, texts, info_at, title_at, start, title)
    frame.multi = frame.multi and not web  # the reader told an article page from a list page already
    return frame


def _frame(blocks: list[Block], texts: list[str], info_at: int | None, title_at: int | None,
           start: int, given: str | None) -> PageFrame:
    title = given or (without_chrome_prefix(bare_headline(untagged(stacked_title(texts, title_at))), texts[:title_at])
                      if title_at is not None else table_title(texts[:start]) or noted_title(texts[:start]) or crumb_title(texts[:start])
                      or noted_title(texts[start:], "reading_prefixes"))
    title = title or noted_title(texts[start:]) or glued_note_title(texts[start:])  # a note after the text: 原标题：…
    end = _end(texts, start)
    floor = max((x for x in (info_at, title_at) if x is not None), default=-1)
    numbered = [floor + 1 + i for i in sourced_heads(texts[floor + 1:end])]
    start = numbered[0] if numbered else start  # a digest starts at its first item (an intro over it, short items)
    head = range(min(x for x in (info_at, title_at, start) if x is not None), start)
    v = vocab()
    byline = next((texts[i] for i in head if v.byline.match(texts[i]) or is_reporter_line(texts[i])), None)
    body = [b for b, t in zip(blocks[start:end], texts[start:end], strict=True)
            if not is_chrome_line(t) and not (title and (_headline_again(t, title) or _figure_caption(t, title)))]
    info = stacked_info(texts, info_at, start) if info_at is not None else None
    if info is not None and info_at is not None and spam_brand().search(texts[info_at]) and read_info_line(
            texts[info_at]) is None:
        info = (None, info[1])  # 彩神论坛2024-08-17: a lottery site's header, unlabelled, dates its own page
    if title is None and info is not None and info[1] and _headline_not_outlet(info[1]):
        title, info = info[1], (info[0], None)  # 县领导调研重点项目建设 2023-03-04: the headline beside its date
    if info is None or info[0] is None:
        last = texts[max(start, end - LAST_LINES):end]
        issued = epaper_stamp(texts[end:]) or epaper_stamp(last) or trailing_date(texts[end:]) or trailing_date(
            last) or stamped_headline(title)  # …体验草原明珠魅力。 / 更新时间:2025-05-21 / 本站资料…
        info = (issued, info[1] if info else None) if issued else info
    recorded = headline_record(plain(body[-1].text), title) if title and body else None
    if recorded is not None:
        body = body[:-1]
        info = info if info is not None and info[0] is not None else (recorded, info[1] if info else None)
    body = captions_printed_twice([b for b in map(without_trailer, body) if b is not None])
    body = [_without_title_tag(b, title) for b in body] if title else body
    body = body[without_summary([plain(b.text) for b in body[:SUMMARY_REACH]]):]
    body = body[1:] if over_credited_lead([plain(b.text) for b in body[:2]]) else body
    if body and title and _headline_grown(plain(body[0].text), title):
        title, body = plain(body[0].text), body[1:]  # 石狮市教育局 / 导读… / 石狮市教育局开展…行动: the keywords, then the headline
    if body:
        text, glued = unglue(body[0].text, title)
        body[0] = Block(text, body[0].line, body[0].kind, body[0].level)
        if glued and CLOCK.search(glued) and (info is None or info[0] is None):
            stamp = page_info(glued)
            info = (stamp[0], info[1] if info else None) if stamp else info
    marks = _item_marks([plain(b.text) for b in body])
    heads = {texts[i] for i in numbered}  # found before the body lost the items' source lines
    body = headed_items(body, [i for i, b in enumerate(body) if plain(b.text) in heads]) if heads else body
    multi = marks >= ITEM_MARKS_MIN or bool(heads)
    return PageFrame(title, info, body, byline, multi=multi, anchored=bool(title or info))
