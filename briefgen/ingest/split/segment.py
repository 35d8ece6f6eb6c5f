"""Split a read document into articles: headings, 本报讯 leads, 【栏目】 items, bare title lines.

Bylines, photo captions and date lines under a title are taken out of the body and kept as
metadata; a bulletin masthead becomes document metadata; a table of contents is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefgen.ingest.clean.displaced import reattach_displaced
from briefgen.ingest.split.captions import cut_glued_captions
from briefgen.ingest.split.headings import HeadingRoles, classify_headings
from briefgen.ingest.split.pagehead import bare_headline, writers_line
from briefgen.ingest.split.pageinfo import FULL_DATE
from briefgen.ingest.split.pagelines import (
    TITLE_MIN,
    is_body_line,
    is_headline,
    is_reporter_line,
    name_like,
)
from briefgen.ingest.split.pagevocab import byline_pattern
from briefgen.ingest.split.plainhead import (
    dated_headline,
    figure_highlights,
    lead_at,
    lead_below,
    main_line,
    metadata_line,
    without_stamp_run,
)
from briefgen.ingest.split.structure import Layout, layout_of
from briefgen.ingest.split.vocab import ends_sentence, is_lead, looks_like_title, plain, vocab
from briefgen.readers.base import Block
from briefgen.readers.html_title import site_like
from briefgen.readers.infoline import is_credit_line, read_info_line
from briefgen.records import Masthead
from briefgen.sentences import CLAUSE_MARK, split_sentences

LIST_NAME_MAX = 12
DATED_RECORDS_MIN = 3  # date lines that make a text a list of dated records
OPENING_BODY_RATIO = 1.5  # the paragraph under an opening headline with commas is this much longer
BODY_LINE_MIN = 40  # a first line this long that ends a sentence is the body's, not a headline
CAPTION_MAX = 150  # characters of the paragraph before a photo credit that can be its caption
CAPTION_SENTENCES = 2  # a caption says what the photo shows in a sentence or two; three make a paragraph
_FIRST_SENTENCE = re.compile(r"^(.{4,60}?)[。！？!?](?=.)")


@dataclass
class RawArticle:
    """An article before cleanup: title, metadata lines taken out, body paragraphs (text, line).

    ``headings`` holds the indexes of paragraphs that were section headings in the source.
    """

    title: str | None = None
    column: str | None = None
    byline: str | None = None
    dateline: str | None = None
    source: str | None = None
    captions: list[str] = field(default_factory=list)
    paragraphs: list[tuple[str, int]] = field(default_factory=list)
    headings: set[int] = field(default_factory=set)
    closed: bool = False

    def add_heading(self, text: str, line: int) -> None:
        """Append a section heading to the body."""
        self.headings.add(len(self.paragraphs))
        self.paragraphs.append((text, line))

    def pop_paragraph(self) -> str:
        """Remove the last body paragraph and return its text."""
        self.headings.discard(len(self.paragraphs) - 1)
        return self.paragraphs.pop()[0]

    def take_info(self, date: str | None, source: str | None) -> None:
        """Keep an info line's date (as the date line) and source, unless already known."""
        self.dateline = self.dateline or date
        self.source = self.source or source


@dataclass
class Segmented:
    """The articles of a document and its masthead, if any."""

    articles: list[RawArticle]
    masthead: Masthead | None
    masthead_date_text: str | None
    masthead_flags: list[str] = field(default_factory=list)


class _Builder:
    """Accumulates articles while walking the blocks."""

    def __init__(self, bare_titles: bool, spaced: bool = True, dated: bool = False) -> None:
        self.articles: list[RawArticle] = []
        self.dated = dated  # a list of records, each under its own date line
        self.spaced = spaced  # paragraphs set apart by blank lines: a blank line tells nothing
        self.queue: list[str] = []
        self.column: tuple[str, int] | None = None
        self.bare_titles = bare_titles
        self.info: tuple[str | None, str | None] | None = None  # an info line seen before its article
        self.list_name: str | None = None  # the name over a bulleted short-news list (简讯)
        self.opened_on_body = False  # the text's first line is a long paragraph of its body: no headline
        self.bulleted = False  # an item was opened by a bulleted line: the text is a list of short news
        self.lead_line = -1  # the line of the lead a page's first headline stands over, lines between it and the lead
        self.title_line = -1  # the line of that headline

    @property
    def current(self) -> RawArticle | None:
        return self.articles[-1] if self.articles else None

    def open(self, title: str | None = None) -> RawArticle:
        if title is None and self.queue:
            title = self.queue.pop(0)
        article = RawArticle(title=title, column=self.column[0] if self.column else None)
        if self.info is not None:
            article.take_info(*self.info)
            self.info = None
        self.articles.append(article)
        return article

    def info_line(self, date: str | None, source: str | None) -> None:
        """Give an info line to the article it describes: the open one, or the next when none is open."""
        cur = self.current
        if cur is None or (cur.closed and (cur.dateline or cur.source)):
            self.info = (date, source)
        else:
            cur.take_info(date, source)

    def body_target(self) -> RawArticle:
        cur = self.current
        return cur if cur is not None and not cur.closed else self.open()

    def title(self, text: str, level: int) -> None:
        if self.column and level <= self.column[1]:
            self.column = None
        cur = self.current
        if cur is not None and not cur.paragraphs and not cur.closed:
            if cur.title is None:
                cur.title = text
            else:
                self.queue.append(text)
            return
        self.queue.clear()
        self.open(text)

    def new_item(self, title: str | None = None, column: str | None = None) -> RawArticle:
        cur = self.current
        if cur is not None and not cur.paragraphs and not cur.closed and (cur.title is None or title is None):
            cur.title = cur.title or title
        else:
            cur = self.open(title)
        if column:
            cur.column = column
        return cur


def _caption_like(text: str) -> bool:
    """Return True when the paragraph before a photo credit can be its caption (short; no item or lead opening)."""
    if len(text) > CAPTION_MAX or len(split_sentences(text)) > CAPTION_SENTENCES:
        return False
    return not (vocab().day_item.match(text) or is_lead(text))


def _caption_above(article: RawArticle, line: int, spaced: bool) -> bool:
    """Return True when the article's last paragraph is the caption of the photo credit on ``line``:
    caption-like, and no blank line (where the photo stood) between them on a page of unspaced lines."""
    if not article.paragraphs:
        return False
    text, above = article.paragraphs[-1]
    return _caption_like(text) and (spaced or above < 0 or line - above <= 1)


def _dated_records(blocks: list[Block], layout: Layout) -> bool:
    """Return True when several date lines each stand between a finished record and text of their own (a list
    of dated records); a date under a link's title (no sentence end) is the link's, as in a list of links."""
    texts = [plain(blocks[i].text) for i in range(layout.start, layout.end)]
    dated = [i for i, t in enumerate(texts) if vocab().dateline.match(t)]
    return len(dated) >= DATED_RECORDS_MIN and all(
        0 < i < len(texts) - 1 and ends_sentence(texts[i - 1]) and i + 1 not in dated for i in dated)


def _lines_spaced(blocks: list[Block]) -> bool:
    """Return True when most paragraphs of the text stand apart by blank lines (or lines are not known)."""
    gaps = [b.line - a.line for a, b in zip(blocks, blocks[1:], strict=False) if 0 < a.line < b.line]
    return 2 * sum(gap > 1 for gap in gaps) >= len(gaps)


def _split_title(text: str) -> tuple[str | None, str]:
    """Return (title, rest) when ``text`` opens with a short title sentence followed by body."""
    match = _FIRST_SENTENCE.match(text)
    if match and looks_like_title(match.group(1), 60) or match and "——" in match.group(1):
        return match.group(1), text[match.end():].strip()
    if looks_like_title(text.rstrip("。"), 60):
        return text.rstrip("。"), ""
    return None, text


def _column_item(b: _Builder, text: str) -> None:
    v = vocab()
    match = v.column_tag.match(text)
    if match is None:
        return
    title, rest = _split_title(text[match.end():])
    article = b.new_item(title, match.group(1))
    if rest:
        _body(article, rest, -1)  # 【连网】(记者… 通讯员…)昨日上午，…: the credit after the tag is the byline


_XINHUA_TITLE = re.compile(r"^\s*题\s*[:：]\s*([^。！？]{4,60})$")


def _lead(b: _Builder, text: str, line: int) -> None:
    v = vocab()
    cur = b.current
    marker = next(m for m in (p.match(text) for p in v.leads) if m is not None)  # is_lead said one matches
    rest = text[marker.end():]
    relayed = v.lead_relayed.match(rest)  # 台海网2月4日讯 据海西晨报报道 前日上午，… / …讯 据某报报道(记者 某某)…
    rest = rest[relayed.end():] if relayed and rest[relayed.end():].strip() else rest
    byline = (v.lead_byline.match(rest) or v.lead_names.match(rest) or v.lead_reporters.match(rest)
              or v.lead_credited.match(rest) or v.lead_credit_bracket.match(rest))
    rest = rest[byline.end():] if byline else rest
    headline = _XINHUA_TITLE.match(rest)
    if headline is not None:  # 新华社贵阳3月8日电 题：…: the story's headline, its text below
        article = b.open() if cur is None or cur.paragraphs or cur.closed else cur
        article.title = article.title or headline.group(1).strip()
        return
    opening = rest.lstrip(" 　:：,，") or text
    if cur is not None and any(t == opening for t, _ in cur.paragraphs):
        return  # the article printed twice: its lead again is no new article
    _headline_lines_titled(b)  # 某市财政收入实现“开门红” / 一般公共预算总收入…增收 over the lead: its title
    if cur is not None and _caption_under_credit(b):  # 中新社发 某某 摄 / 8月16日，…移民来到…新村。 / 中新社某地…电…:
        cur.captions.append(cur.pop_paragraph())  # the photo's caption under its credit, then the story
    article = b.open() if cur is None or cur.paragraphs or cur.closed else cur
    if byline:
        article.byline = article.byline or re.sub(r"\s+", " ", byline.group(1)).strip()
    dated = FULL_DATE.search(marker.group(0))  # 某某社2025年10月05日 15:46消息: the lead's credit dates the story
    article.dateline = article.dateline or (dated.group(0) if dated else None)
    if byline and not rest.strip(" 　:：,，"):
        return  # 某某网-某某日报讯记者 某某) on a line of its own: the credit, its text below
    if byline is None and byline_pattern().match(rest.strip()):
        article.byline = article.byline or rest.strip()
        return  # 某某日报讯 张某某 彭某 文/图: the outlet and its writers on a line of their own
    article.paragraphs.append((opening, line))


def _paragraph(b: _Builder, blocks: list[Block], i: int, end: int) -> None:
    v = vocab()
    text, line = plain(blocks[i].text), blocks[i].line
    if not text:
        return
    cur = b.current
    info = read_info_line(text)
    if i < b.lead_line and not metadata_line(text):
        if i == b.title_line + 1 and cur is not None and cur.title and writers_line(text):
            cur.byline = cur.byline or text  # 跑出项目用地报批“加速度” / 李某某 楼某某 沈某某: the writers under it
        elif i == b.title_line + 1 and cur is not None and cur.title and main_line(text):
            cur.title = f"{cur.title} {text}"  # 忆往昔 展未来 / 20余名…共迎“八一”: a lead-in over the main line
        return  # the site's name or a place between the page's headline and its lead (captions go on as ever)
    if cur is None and (dated := dated_headline(text)) is not None:
        tag = v.column_tag.match(dated[0])  # 【三农动态】某某观摩会在青举办 2025-09-17: the page's headline and its date
        b.new_item(dated[0][tag.end():] if tag else dated[0], tag[1] if tag else None).dateline = dated[1]
        return
    if info is not None:
        b.info_line(*info)
    elif is_credit_line(text):
        return
    elif cur is None and (looks_like_title(text) and i + 1 < end and v.dateline.match(plain(blocks[i + 1].text))
                          or _dated_headline(blocks, i, end)):
        b.new_item(text)  # 某市举行…签约仪式 / 2022/7/7: the page's headline over its date line
    elif cur is None and _COLUMN_LABEL.fullmatch(text):
        b.column = (text.rstrip(":："), -1)  # 热点: over the byline and lead: a ticker's label, not text
    elif v.column_tag.match(text):
        _column_item(b, text)
    elif tagged := v.headline_tag.match(text):
        b.new_item(tagged.group(1)).paragraphs.append((text[tagged.end():], line))
    elif is_lead(text):
        _lead(b, text, line)
    elif cur is not None and _captions_over_byline(cur) and (v.byline.match(text) or is_reporter_line(text)):
        cur.captions += [t for t, _ in cur.paragraphs]  # 某某受理窗口。 / 某某网记者 某某 通讯员 某某 某地报道
        cur.paragraphs, cur.byline = [], text.strip()
    elif (v.byline.match(text) or is_reporter_line(text) and not v.item_bullet.match(text)
          or _bracketed_byline(text) or _name_over_lead(text, blocks, i, end)) and (
            cur is None or not cur.paragraphs or cur.closed or _headline_lines_titled(b)):
        b.new_item().byline = text.strip("（()） ")
    elif cur is not None and (v.byline.match(text) or is_reporter_line(text)) and _headline_after_text(cur) and (
            _body_follows(blocks, i, end)):
        b.new_item(cur.pop_paragraph()).byline = text  # …的目标任务。 / 年三十，走进石门村 / 本报记者 某某: a story after it
    elif (v.scene_caption.match(text) or v.caption_line.match(text)) and not (  # 会议现场, 图为…: a photo's caption
            # (its credit line on the next line takes it up itself)
            i + 1 < end and v.caption_credit.match(plain(blocks[i + 1].text))):
        b.body_target().captions.append(text)
    elif v.caption_credit.match(text):
        target = b.body_target()
        prev = target.pop_paragraph() if _caption_above(target, line, b.spaced) else ""
        target.captions.append(f"{prev} {text}".strip())
    elif v.dateline.match(text) and cur is not None and not cur.dateline and _only_subtitle(cur):
        cur.dateline = text
    elif v.dateline.match(text) and b.dated:
        b.new_item().dateline = text  # 2023/02/01 over 会议摘要：…: the date opens the next record
    elif cur is not None and cur.closed:
        title, rest = _split_title(text)
        article = b.open(title)
        if rest:
            article.paragraphs.append((rest, line))
    elif (bullet := v.item_bullet.match(text)) and _bulleted_byline(text):
        (cur if cur is not None and (not cur.paragraphs or _headline_lines_titled(b)) else b.new_item()).byline = text[
            bullet.end():]  # □记者 吴继峰
    elif bullet and text[0] in CAPTION_MARKS and _opened_untitled(b) and not ends_sentence(text) and not lead_at(
            blocks, i + 1, end):
        b.body_target().captions.append(text)  # ▲区长致辞 inside a text that opened on its body: a caption
    elif _caption_row(b, text):
        b.body_target().captions.append(text)  # ②河道整治 ▲某河南侧岸坡整治 ▲某河道整治: a row of photo captions
    elif bullet and text.rstrip().endswith(("?", "？")) and _opened_untitled(b) and not lead_at(blocks, i + 1, end):
        b.body_target().add_heading(text[bullet.end():], line)  # ●什么是自驾车房车营地? a question heading the text asks
    elif bullet and _bullet_list(b, blocks, i, end):
        _body(b.body_target(), text, line)  # ★ 红色——党建引领 / ★ 绿色——…: a list inside the text, no items
    elif bullet and (echo := _echoed_bullet(b, text[bullet.end():])):
        b.body_target().add_heading(echo[0], line)  # ●审议《某方案》 会议要求，… under a lead naming 审议《某方案》
        if echo[1]:
            _body(b.body_target(), echo[1], line)
    elif bullet and v.method_head.match(text[bullet.end():]) and _open_report(b):
        head, _, rest = text[bullet.end():].partition("。")  # ●坚持全员抓工业、抓招商。持续… under an interview's lead
        b.body_target().add_heading(head, line)
        _body(b.body_target(), rest.strip(), line)
    elif bullet and _subhead_bullet(b, text[bullet.end():]):
        b.body_target().add_heading(text[bullet.end():], line)  # ●市内各地密集举行招聘会 under a report's lead
    elif bullet and _points_over_byline(b, blocks, i, end):
        (cur if cur is not None else b.new_item()).captions.append(text)  # ◎某指标首次突破… / ◎… / 记者 某某: highlights
    elif bullet:
        _bullet_item(b, text[bullet.end():], line)
    elif (cur is not None and len(b.articles) == 1 and cur.title and cur.dateline and not cur.paragraphs
          and looks_like_title(text) and _body_follows(blocks, i, end)):
        cur.captions.append(text)  # 某市举行…签约仪式 / 2022/7/7 / 某军分区和某中学签订协议: the photo's line under the date
    elif v.subtitle.match(text) and cur is not None and cur.title and cur.paragraphs and not cur.closed:
        cur.add_heading(text, line)  # ——近3亿学生回归校园 under a sub-head inside the text: the sub-head's second line
    elif looks_like_title(text) and _opened_untitled(b) and not lead_at(blocks, i + 1, end):
        b.body_target().add_heading(text, line)  # a caption or sub-head inside a text that opened on its body
    elif cur is not None and _subtitle_line(b, blocks, i, end):
        cur.paragraphs.append((text, line))  # 我市启动…活动 / 城乡整洁行动 / 改善卫生条件 / 晨报讯…: one headline
        _headline_lines_titled(b)
    elif (looks_like_title(text) and not text.endswith(tuple(v.report_verbs)) and not v.caption_inline.search(text)
          and not is_reporter_line(text) and not (cur is None and _column_name(blocks, i, end))
          and _titles_next(b, blocks, i, end)):
        b.new_item(text)
    elif len(text) <= LIST_NAME_MAX and _bullet_at(blocks, i + 1, end) and not ends_sentence(text):
        b.list_name = text
    elif cur is None and _column_name(blocks, i, end):
        b.column = (text, -1)  # 协商民主 over the headline: the page's column, not an article
    else:
        _body(b.body_target(), text, line)


HEADLINE_LINES_MAX = 3  # lines a headline set over several lines may take (lead-in, main line, subtitle)
HEADLINE_OVER_LEAD_MAX = 60  # characters of a headline line over a lead (a mirror's spam inside makes it long)
HEAD_LINES_OVER_NAME = 3  # headline lines (kicker, headline, subtitle) over a writer's name on its line
_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
_COLUMN_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}\s*[:：]")


CAPTION_OVER_BYLINE_MAX = 30  # characters of a photo's caption set between a headline and its byline
CAPTIONS_OVER_BYLINE = 2


SUBTITLE_LINE_MAX = 12  # characters of a short subtitle line set under the main headline line


def _subtitle_line(b: _Builder, blocks: list[Block], i: int, end: int) -> bool:
    """Return True for a short last line of a headline set over several lines, right over a news lead (我市启动…活动 /
    城乡整洁行动 / 改善卫生条件 / 晨报讯…): the lines the lead then makes its title, not a headline of its own."""
    cur, text = b.current, plain(blocks[i].text)
    if cur is None or cur.title or cur.byline or cur.closed or len(b.articles) != 1 or not (
            1 <= len(cur.paragraphs) < HEADLINE_LINES_MAX):
        return False
    return (len(text) <= SUBTITLE_LINE_MAX and looks_like_title(text) and _body_follows(blocks, i, end)
            and all(looks_like_title(t) for t, _ in cur.paragraphs))


def _captions_over_byline(article: RawArticle) -> bool:
    """Return True when all a titled article holds yet is a line or two short enough to be photo captions, so a
    byline that comes now is the article's and they were captions."""
    texts = [t for t, _ in article.paragraphs]
    return bool(article.title and texts and not article.byline and not article.closed
                and len(texts) <= CAPTIONS_OVER_BYLINE and all(len(t) <= CAPTION_OVER_BYLINE_MAX for t in texts))


def _name_over_lead(text: str, blocks: list[Block], i: int, end: int) -> bool:
    """Return True for a reporter's bare name on the line over a lead that opens on its day (申某 / 1月10日18时59分，…),
    or for a writer's name alone over the first paragraph of the text, only headline lines above it (马某某 / 某某市某区…
    相继落成，…; 某某典范：… / ——某县…大巡礼 / 熊某某 / 前些日子，…)."""
    if not (_BARE_NAME.fullmatch(text.strip()) and i + 1 < end):
        return False
    after = plain(blocks[i + 1].text)
    headed = i <= HEAD_LINES_OVER_NAME  # (a byline only while the open article holds no more than headline lines)
    return bool(vocab().lead_opener.match(after)) or headed and name_like(text.strip()) and is_body_line(after)


def _headline_lines_titled(b: _Builder) -> bool:
    """Return True, making them its title, when the text's one open article holds only a few headline lines over the
    lead or byline now read (规范早市秩序 商贩进市场经营 / 执法部门整治违规流动摊贩 over □晚报记者 某某 文/图)."""
    cur = b.current
    if cur is None or cur.title is not None or cur.closed or len(b.articles) != 1 or not (
            1 <= len(cur.paragraphs) <= HEADLINE_LINES_MAX) or cur.headings:
        return False
    texts = [text for text, _ in cur.paragraphs]
    lines = [t for t in texts if not site_like(t)] or texts  # 每日最新头条.有趣资讯 over the headline: the site's name
    named = len(lines) < len(texts)  # under a site's name the first line may hold a comma too, as a subtitle may
    first_reads = looks_like_title(lines[0], HEADLINE_OVER_LEAD_MAX) or len(lines) > 1 and is_headline(lines[0])
    if not (named or first_reads) or not all(
            (looks_like_title(t) or is_headline(t)) and not ends_sentence(t) for t in lines[0 if named else 1:]):
        return False
    cur.title, cur.paragraphs = bare_headline(" ".join(lines)), []
    return True


SITE_TITLE_MAX = 12  # a site's name over the text is this short (某某政府网, 某某日报)
HEADLINE_AFTER_MAX = 24  # characters of a headline set after another story's text, over its own byline
_HEADLINE_COMMAS = re.compile(r"[，,]")


def _headline_after_text(article: RawArticle) -> bool:
    """Return True when the article's last paragraph is a short headline line (a comma at most, no end mark)
    after paragraphs of its text: with a byline under it, it heads the next story."""
    if len(article.paragraphs) < 2 or len(article.paragraphs) - 1 in article.headings:
        return False
    line = article.paragraphs[-1][0]
    return (len(line) <= HEADLINE_AFTER_MAX and not ends_sentence(line) and len(_HEADLINE_COMMAS.findall(line)) <= 1
            and not re.search(r"[、；;：:]", line) and ends_sentence(article.paragraphs[-2][0]))


def _caption_under_credit(b: _Builder) -> bool:
    """Return True while the text's one untitled article holds only a photo's credit (中新社发 某某 摄) and one
    paragraph under it: the photo's caption over the lead now read."""
    cur = b.current
    return (cur is not None and len(b.articles) == 1 and cur.title is None and not cur.closed and len(cur.paragraphs) == 1
            and any(vocab().caption_credit.match(c) for c in cur.captions))


def _opened_untitled(b: _Builder) -> bool:
    """Return True while the text is one untitled article that opened on its body (no headline at all)."""
    cur = b.current
    return b.opened_on_body and len(b.articles) == 1 and cur is not None and cur.title is None and not cur.closed


def _opens_on_body(blocks: list[Block], layout: Layout) -> bool:
    """Return True when the text's first line is a long body paragraph (no headline, masthead or date above)."""
    if layout.start >= layout.end or layout.masthead is not None or blocks[layout.start].kind != "paragraph":
        return False
    first = plain(blocks[layout.start].text)
    return len(first) >= BODY_LINE_MIN and ends_sentence(first) and is_body_line(first)


def _titles_next(b: _Builder, blocks: list[Block], i: int, end: int) -> bool:
    """Return True when the title-like line ``i`` names the item that follows it.

    That is: bare titles are in use and body follows; or a news lead follows; or an item opened by a
    marker without a title (a 【栏目】 tag on its own line) is still empty and body follows.
    """
    cur = b.current
    untitled = cur is not None and cur.title is None and not cur.paragraphs and not cur.closed
    if lead_at(blocks, i + 1, end):
        return True
    if b.current is None and (lead := lead_below(blocks, i, end)) is not None:
        b.lead_line, b.title_line = lead, i
        return True
    return (b.bare_titles or untitled) and _body_follows(blocks, i, end)


def _column_name(blocks: list[Block], i: int, end: int) -> bool:
    """Return True when line ``i`` is a bare name too short for a headline over a headline and its body
    (a page's column: 协商民主); a longer line over another is a headline over its subtitle."""
    text = plain(blocks[i].text)
    if len(text) >= TITLE_MIN or re.search(r"[，,。、；;：:！？!?]", text) or i + 1 >= end:
        return False
    return blocks[i + 1].kind != "heading" and (looks_like_title(plain(blocks[i + 1].text)) or _dated_headline(
        blocks, i + 1, end)) and _body_follows(blocks, i + 1, end)


DATED_HEADLINE_MAX = 60  # characters of a headline with commas or marks over its own date line


def _dated_headline(blocks: list[Block], i: int, end: int) -> bool:
    """Return True for a line with commas or ! that is a headline: no full stop, over a line that is only a date,
    over the text (…显成效!驿站挺热闹,村民们都要“赶时髦” / 2023-11-16 / 山水隐藏，…)."""
    text = plain(blocks[i].text)
    if i + 2 >= end or "。" in text or len(text) > DATED_HEADLINE_MAX or ends_sentence(text):
        return False
    return bool(vocab().dateline.match(plain(blocks[i + 1].text))) and _body_follows(blocks, i + 1, end)


def _bullet_at(blocks: list[Block], j: int, end: int) -> bool:
    """Return True when line ``j`` opens a bulleted item, not a bulleted byline (□晚报记者 某某 文/图)."""
    if j >= end or blocks[j].kind == "heading":
        return False
    text = plain(blocks[j].text)
    return vocab().item_bullet.match(text) is not None and not _bulleted_byline(text)


def _points_over_byline(b: _Builder, blocks: list[Block], i: int, end: int) -> bool:
    """Return True for a bulleted line among the page's first, over a byline and the text: a highlight, no item."""
    cur = b.current
    if cur is not None and (cur.title or cur.paragraphs or cur.byline) or len(b.articles) > 1:
        return False
    j = i + 1
    while _bullet_at(blocks, j, end):
        j += 1
    byline = plain(blocks[j].text) if j < end else ""
    return bool(vocab().byline.match(byline) or is_reporter_line(byline)) and _body_follows(blocks, j, end)


def _bulleted_byline(text: str) -> bool:
    """Return True for a byline behind an item bullet (□记者 吴继峰, □晚报记者 某某 文/图)."""
    bullet = vocab().item_bullet.match(text)
    rest = text[bullet.end():] if bullet else ""
    return bullet is not None and bool(vocab().byline.match(rest) or is_reporter_line(rest))


CAPTION_MARKS = "▲△"  # marks that open a photo's caption as often as an item (★ ◆ open items)
LIST_ITEM_MAX = 20  # a bulleted line this short beside another inside a text is a point of a list


def _bullet_list(b: _Builder, blocks: list[Block], i: int, end: int) -> bool:
    """Return True for a short bulleted line beside another inside an article's text: a list, not items."""
    cur, text = b.current, plain(blocks[i].text)
    if cur is None or not cur.paragraphs or cur.closed or len(text) > LIST_ITEM_MAX or ends_sentence(text):
        return False
    return _bullet_at(blocks, i + 1, end) or i > 0 and _bullet_at(blocks, i - 1, end)


def _caption_row(b: _Builder, text: str) -> bool:
    """Return True for a line of ▲-marked photo captions (no clause) inside an article's text."""
    cur = b.current
    return (cur is not None and bool(cur.paragraphs) and not cur.closed and any(m in text for m in CAPTION_MARKS)
            and CLAUSE_MARK.search(text) is None)


HEADLINE_OVER_BULLETS = 12  # a title this long over a lead is a report's headline, not the name of a list


def _subhead_bullet(b: _Builder, text: str) -> bool:
    """Return True for a bulleted phrase inside a report that has its headline and lead: a sub-head, no item."""
    cur = b.current
    return (cur is not None and not b.bulleted and cur.title is not None and len(cur.title) > HEADLINE_OVER_BULLETS
            and bool(cur.paragraphs) and not cur.closed and looks_like_title(text, LIST_ITEM_MAX))


def _open_report(b: _Builder) -> bool:
    """Return True while a report with text is open and no list of bulleted items has begun."""
    cur = b.current
    return cur is not None and bool(cur.paragraphs) and not cur.closed and not b.bulleted


ECHO_MIN = 8  # characters of a bulleted head that must repeat the text above it to be that text's section


def _echoed_bullet(b: _Builder, text: str) -> tuple[str, str] | None:
    """Return (head, rest) of a bulleted line whose head repeats the open article's text word for word (a meeting's
    agenda item under the lead that lists it): a section of that article, not an item of its own."""
    cur = b.current
    if cur is None or not cur.paragraphs or cur.closed:
        return None
    head, _, rest = text.partition(" ") if " " in text.strip() else (_split_title(text)[0] or "", "", "")
    if not rest and head:
        rest = text[len(head):].lstrip("。 ")
    head = head.strip().rstrip("。，,")
    above = "".join(t for t, _ in cur.paragraphs)
    return (head, rest.strip()) if len(head) >= ECHO_MIN and head in above else None


def _bullet_item(b: _Builder, text: str, line: int) -> None:
    """Open a news item for a bulleted line (◆ ■ …) of a short-news list, under the list's name."""
    title, rest = _split_title(text)
    article = b.open(title)
    b.bulleted = True
    article.column = b.list_name or article.column
    if rest:
        article.paragraphs.append((rest, line))


def _only_subtitle(article: RawArticle) -> bool:
    return all(vocab().subtitle.match(t) for t, _ in article.paragraphs) and len(article.paragraphs) <= 1


TOLD_SENTENCES = 3  # sentences before a photo credit that make a paragraph the story, not a caption


def _body(article: RawArticle, text: str, line: int) -> None:
    v = vocab()
    credit = v.credit_lead.match(text) if not article.paragraphs else None
    if credit:  # （雷文姣）5月12日，… or 【全媒体记者 李索】…: the reporter's name before a lead without 讯
        article.byline = article.byline or credit.group(credit.lastindex or 0)
        text = text[credit.end():]
    inline = v.caption_inline.search(text)
    if inline and sum(map(ends_sentence, split_sentences(text[: inline.start()]))) >= TOLD_SENTENCES:
        text = text[: inline.start()].rstrip()  # a photo story told in sentences, its credit glued after: the text
    elif inline and len(text) <= 150:
        article.captions.append(text)
        return
    article.paragraphs.append((text, line))
    if v.attribution.search(text) or v.attribution_prefix.search(text):
        article.closed = True


def _body_follows(blocks: list[Block], i: int, end: int) -> bool:
    """Return True when body text follows line ``i`` (a date, info or byline may come between)."""
    j = i + 1
    while j < end and j <= i + 2 and metadata_line(plain(blocks[j].text)):
        j += 1
    nxt = blocks[j] if j < end else None
    return nxt is not None and nxt.kind != "heading" and (len(nxt.text) > 40 or ends_sentence(nxt.text))


def _bracketed_byline(text: str) -> bool:
    """Return True for a byline in brackets on a line of its own (（记者 张三）)."""
    text = text.strip()
    inner = text[1:-1].strip()
    return text[:1] in "（(" and text[-1:] in "）)" and bool(vocab().byline.match(inner) or is_reporter_line(inner))


def _uses_markers(blocks: list[Block], layout: Layout, roles: HeadingRoles) -> bool:
    v = vocab()
    body = [plain(blocks[i].text) for i in range(layout.start, layout.end)]
    return bool(roles.titles) and len(roles.titles) > 1 or any(
        is_lead(t) or v.column_tag.match(t) for t in body
    )


EXCLAIMED_MIN = 2  # exclamation marks in a forum thread's opening headline


COLUMN_WORD_MAX = 4  # a bare word this short over an opening headline is the page's column (文旅)


def _opening_column(blocks: list[Block], layout: Layout) -> bool:
    """Return True when the text opens on a bare column word (文旅) over a headline line."""
    text = plain(blocks[layout.start].text) if layout.start < layout.end else ""
    return 2 <= len(text) <= COLUMN_WORD_MAX and text.isalpha() and layout.start + 2 < layout.end


def _opening_headline(blocks: list[Block], layout: Layout, first: int) -> bool:
    """Return True when the text opens at ``first`` with a headline line (commas, 、, exclamations or a question:
    紧急通知!万州已全面铺开!, “开学第一课”讲了啥?) over a body paragraph, a bare date line (2026-02-05)
    perhaps between them."""
    if first + 1 >= layout.end or blocks[first].kind != "paragraph" or layout.masthead is not None:
        return False
    below = first + 2 if vocab().dateline.match(plain(blocks[first + 1].text)) else first + 1
    if below >= layout.end:
        return False
    head, after = plain(blocks[first].text), plain(blocks[below].text)
    marked = re.search("[，,、]", head) is not None or len(re.findall("[!！]", head)) >= EXCLAIMED_MIN or (
        head.endswith(("?", "？")) and len(re.findall("[?？!！。]", head)) == 1)
    if head.endswith(("…", "...")):
        return False  # 这是一场永不停歇的幸福接力，这是一首…之歌……: an opening line that trails off, no headline
    told = is_body_line(after) or re.search("[，,].*[：:，,]", after) is not None  # 不久前，…不太明白：…出入
    return marked and is_headline(head) and told and len(after) > OPENING_BODY_RATIO * len(head)


def _take_glued_captions(article: RawArticle) -> None:
    """Move the photo captions glued inside the article's paragraphs to its captions."""
    for index, (text, line) in enumerate(article.paragraphs):
        kept, captions = cut_glued_captions(text)
        if captions:
            article.paragraphs[index] = (kept, line)
            article.captions.extend(captions)


def _headline_over_masthead(blocks: list[Block], layout: Layout) -> str | None:
    """Return the headline a copied e-paper article sets over its paper's name and date (no issue number)."""
    if layout.masthead is None or layout.masthead.issue is not None:
        return None
    above = [plain(blocks[i].text) for i in range(layout.start) if i not in layout.skipped]
    return above[-1] if above and is_headline(above[-1]) else None


def segment(blocks: list[Block]) -> Segmented:
    """Return the articles of a document, in order."""
    layout = layout_of(blocks)
    layout.skipped.update(figure_highlights(blocks, layout))
    roles = classify_headings(blocks, layout)
    column = _opening_column(blocks, layout)
    if _opening_headline(blocks, layout, layout.start + column):
        roles.titles.add(layout.start + column)
        roles.columns.update(range(layout.start, layout.start + column))
    b = _Builder(not _uses_markers(blocks, layout, roles), _lines_spaced(blocks), _dated_records(blocks, layout))
    b.opened_on_body = _opens_on_body(blocks, layout)
    headline = _headline_over_masthead(blocks, layout)
    if headline:
        b.title(headline, 1)
    for i in range(layout.start, layout.end):
        block = blocks[i]
        if i in layout.skipped:
            continue
        if b.current is not None and vocab().doc_number.match(plain(block.text)):
            continue  # (2022年第29号) under a notice's own title: the notice's number, neither a headline nor text
        if b.current is not None and (adopted := vocab().adoption_note.match(plain(block.text))):
            b.current.dateline = b.current.dateline or FULL_DATE.search(adopted.group(0)).group(0)  # type: ignore[union-attr]
            _headline_lines_titled(b)  # the resolution's title lines over it
            continue  # (2025年2月9日…会议通过) under a resolution's title: its date, neither a headline nor text
        if i in roles.titles:
            b.title(plain(block.text), block.level)
        elif i in roles.columns:
            b.column = (plain(block.text), block.level)
        elif block.kind == "heading":
            b.body_target().add_heading(plain(block.text), block.line)
        elif block.kind == "table":  # a table row is data of the article it stands in, never a title
            _body(b.body_target(), plain(block.text), block.line)
        else:
            _paragraph(b, blocks, i, layout.end)
    for article in b.articles:
        if article.title and vocab().note_title.match(article.title):
            article.title = None  # 编者的话 on its line: the note under it opens the text, it heads nothing
        if article.title and len(article.title) <= SITE_TITLE_MAX and site_like(article.title):
            article.title = None  # 某某政府网 over the text: the site's name, no headline
        article.paragraphs = without_stamp_run([(t, line if line >= 0 else 0) for t, line in article.paragraphs])
        _take_glued_captions(article)
    articles = [a for a in b.articles if a.paragraphs or a.captions]
    reattach_displaced(articles)
    if articles and not any(a.dateline for a in articles):  # the signature's date: the document's (its first
        articles[0].dateline = layout.closing_date_text  # article's, with the fragments a list split off folded in)
    return Segmented(articles, layout.masthead, layout.masthead_date_text, layout.masthead_flags)
