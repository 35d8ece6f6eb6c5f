"""What one line of a web page is: navigation, a tail line, a headline, a byline or article text."""

from __future__ import annotations

import functools
import re

from briefgen.ingest.annotate.figures.tagtable import tag_table
from briefgen.ingest.split.pageinfo import page_info
from briefgen.ingest.split.pagevocab import (
    byline_pattern,
    chrome,
    chrome_found,
    glued_prefix,
    hard_tail_pattern,
    names_outlet,
    prefixes,
    squeezed_lines,
    tail_pattern,
)
from briefgen.ingest.split.vocab import ends_sentence, is_lead, vocab
from briefgen.readers.infoline import info_label_names

TITLE_MIN, TITLE_MAX = 6, 80
CHROME_MAX = 40  # a chrome or tail line is short
BODY_MIN = 40  # a paragraph this long with a comma is body text
SHORT_BODY_MIN = 5  # characters of a short sentence that opens an extracted article
CRUMB_STEP_MAX = 16
MENU_WORDS_MIN, MENU_WORD_MAX = 3, 8  # a navigation bar copied as one line: the home link and short words
_DIGITS = "0123456789"  # an e-paper's page number glued to its button (3上一期)
GLUED_MENU_MIN = 16  # characters of a navigation bar whose links a copy ran together with no space
SPAM_MAX, SPAM_REPEATS = 200, 4  # a spam line is short and repeats its token this often
_REPEATED = re.compile(rf"([\u4e00-\u9fff]{{2,4}})(?:[^\u4e00-\u9fff]{{0,6}}\1){{{SPAM_REPEATS - 1}}}")
_MENU_PUNCT = re.compile(r"[，,。、；;：:！？!?“”《》（）()]")
_CRUMB = re.compile(r"\s*(?:->|>>|»|>|＞|→|/)\s*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ARROW = re.compile(r"->|>|»|＞|→")
_CRUMB_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")
_LABEL = re.compile(r"^[^：:，,。]{1,6}[:：]")
_PHONE = re.compile(r"\s*[(（]?\d{3,4}[)）]?[-－—\s]?\d{7,8}\b")
_CONTACT = re.compile(r"^[^：:，,。！？\s]{1,24}[:：]\s*[(（]?\d{3,4}[)）]?\s?[-－—]?\s?\d{7,8}\b")  # 本网违法和不良信息举报电话:0817-…
HEADLINE_AFTER_COLON = 5  # characters after 地名： that make the line a headline
# 记者 李 玥 (a padded name) or a team: 县融媒体中心记者组, 联合采访组
# (the name ends the line or a credit word follows it: 记者马某某通讯员…; 记者聚焦某地 is a headline's words)
_REPORTER = re.compile(r"(?:记者|通讯员|实习生)\s*[\u4e00-\u9fff·]\s?[\u4e00-\u9fff·]{1,3}"
                       r"(?:(?![\u4e00-\u9fff])|(?=通讯员|实习生|记者|摄|报道|文|图|、))|(?:记者|报道|采访)组$")
_SPEECH = re.compile(r"^“(?=[^”]*[，,])(?=[^”]*[！!？?。][^”])[^”]*[！!？?。]”$")  # a whole quotation of sentences
_SPEAKER_LEAD_IN = re.compile(r"[，,][\u4e00-\u9fff·]{2,4}(?:强调|指出|表示|要求|说|提出)$")
_TAG_ONLY = re.compile(r"[\[【][^\]】]{1,10}[\]】]")
DATE_ONLY = re.compile(r"^[\s(（]*(?:(?:19|20)\d\d[-./年])?\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[)）\s]*$")


def _squeeze(text: str) -> str:
    return "".join(text.split()).lstrip("•·|｜▪")


def _labelled(text: str) -> bool:
    """Return True when ``text`` opens with a label (来源：, 地址：), not a place before its headline."""
    name, _, rest = re.split(r"([:：])", text, maxsplit=1)
    return (name.strip() in _line_labels() or len(rest.strip()) < HEADLINE_AFTER_COLON
            or _PHONE.match(rest) is not None)  # 新闻热线:023-61520695: a contact line, whatever its label


def is_label_line(text: str) -> bool:
    """Return True for a field's line (来源：…, 所属地区：新疆-巴州), not a headline with a place before it."""
    return bool(_LABEL.match(text.strip())) and _labelled(text.strip()) or _CONTACT.match(text.strip()) is not None


@functools.cache
def _line_labels() -> frozenset[str]:
    """Return the words that make a line a label line: the info-line labels and the page's own (地址, 电话)."""
    return info_label_names() | frozenset(chrome()["line_labels"])


def is_breadcrumb(text: str) -> bool:
    """Return True for a short navigation path (首页 > 新闻 > 正文): three or more short steps."""
    if len(text) > 80 or "<" in text or ends_sentence(text) or "，" in text or DATE_ONLY.match(text):
        return False  # 2023/02/01 is a date, not a path
    steps = _CRUMB.split(text.strip())
    if len(steps) == 2 and _ARROW.search(text):  # 政务动态 > 县区动态: two short names and an arrow
        return all(_CRUMB_NAME.fullmatch(step) for step in steps)
    return len(steps) >= 3 and all(0 < len(step) <= CRUMB_STEP_MAX for step in steps[:-1])


def crumb_steps(text: str) -> list[str]:
    """Return the steps of a navigation path (首页 » 问答 » 介绍 » … → four steps)."""
    return [step for step in _CRUMB.split(text.strip()) if step]


_HOME_STEP = re.compile(r"\s*(?:——|—|-|_)\s*")  # 首页——图片正文: a path from the home link set apart by dashes


def is_home_path(text: str) -> bool:
    """Return True for a short path that opens with the home link and a dash (首页——图片正文分享)."""
    head, found, rest = text.strip().partition(next(iter(_HOME_STEP.findall(text)), "\0"))
    return bool(found) and head in prefixes("menu_homes") and 0 < len(rest) <= CRUMB_STEP_MAX * 2 and (
        not ends_sentence(rest) and "，" not in rest)


def is_location_line(text: str) -> bool:
    """Return True for the page's location line (您的位置：首页 > …) or a navigation path."""
    squeezed = _squeeze(text)
    return (len(squeezed) <= TITLE_MAX and squeezed.startswith(prefixes("location_prefixes"))
            or is_breadcrumb(text) or is_home_path(text))


def is_menu_bar(text: str) -> bool:
    """Return True for a navigation bar on one line: the home link, then short words set apart by spaces."""
    words = text.split()
    if len(words) == 1 and len(text.strip()) >= GLUED_MENU_MIN and not _MENU_PUNCT.search(text):
        return text.strip().startswith(prefixes("menu_homes"))  # 网站首页新闻中心今日某城…: the links run together
    if len(words) < MENU_WORDS_MIN or _MENU_PUNCT.search(text) or max(map(len, words)) > MENU_WORD_MAX:
        return False
    return "".join(words).startswith(prefixes("menu_homes"))


def is_token_spam(text: str) -> bool:
    """Return True for a spam line of one short token repeated among junk (新内容2555新内容j新内容 …), no sentence."""
    if len(text) > SPAM_MAX or ends_sentence(text) or "，" in text:
        return False
    found = _REPEATED.search(text)
    return found is not None and text.count(found.group(1)) * len(found.group(1)) * 2 >= len(_CJK.findall(text))


_KEYWORD_JOIN = re.compile(r"\s*[-_]\s*")
_KEYWORD_OR_COMMA = re.compile(r"\s*[-_,，]\s*")
KEYWORDS_MIN, KEYWORD_MIN = 3, 4  # a site's keyword line: this many phrases, each this long


_COMMAS = re.compile(r"[,，]")
KEYWORDS_IN_MENU = 3  # comma-set phrases that end a menu of bar-set links as one more run of keywords
COMMA_KEYWORDS_MIN = 6  # a keyword line set apart by commas: this many short phrases and no sentence end


def is_keyword_line(text: str) -> bool:
    """Return True for a site's keyword line: phrases joined by - or _ (亲子…下载-人妻…-亚洲…) or many short
    phrases by commas with no sentence end (久久…，超91在线，…), as spam hosts print over the article; a <title>
    copy ends in its site's name."""
    if len(text) > SPAM_MAX:
        return False
    if _comma_keywords(text):
        return True
    if text.count("_") >= KEYWORDS_MIN - 1 and "。" not in text:  # …暖暖_新强乱…_亚洲…,西西…: joined both ways
        pieces = _KEYWORD_OR_COMMA.split(text.strip())
        return all(len(p) >= KEYWORD_MIN and _CJK.search(p) for p in pieces)
    if "-" not in text and "_" not in text or _MENU_PUNCT.search(text):
        return False
    pieces = _KEYWORD_JOIN.split(text.strip())
    return (len(pieces) >= KEYWORDS_MIN and all(len(p) >= KEYWORD_MIN and _CJK.search(p) for p in pieces)
            and not names_outlet(pieces[-1]))


_PIPES = re.compile(r"\s*[|｜]\s*")
PIPE_MENU_MIN = 4  # a menu copied as one line of links set apart by bars: this many links
PIPE_SLOGAN_MAX = 8  # one link of such a menu may be a channel's short slogan with a mark (Hi，贵州!)
_FIGURE_CELL = re.compile(r"[\d.,%％+\-\s]*\d[\d.,%％+\-\s]*[万亿元个人次]?")  # a table row's figure (2019, 12.5%)


def is_pipe_menu(text: str) -> bool:
    """Return True for a menu copied as one line of short links between bars (三秦游首页 | 意见反馈 | 天气预报 |);
    a row of a table holds figures."""
    pieces = [" ".join(p.split()) for p in _PIPES.split(text.strip()) if p]  # links padded by runs of spaces
    links = [p for p in pieces if not (len(p) > CRUMB_STEP_MAX and _comma_keywords(p, KEYWORDS_IN_MENU))]
    slogans = [p for p in links if _MENU_PUNCT.search(p)]  # a channel's slogan among the links (Hi，贵州!)
    plain = len(links) - len(slogans)
    return (len(pieces) >= PIPE_MENU_MIN and all(len(p) <= CRUMB_STEP_MAX for p in links)
            and (not slogans or len(slogans) == 1 and plain >= PIPE_MENU_MIN and len(slogans[0]) <= PIPE_SLOGAN_MAX)
            and not any(_FIGURE_CELL.fullmatch(p) for p in links))


def _comma_keywords(text: str, least: int = 0) -> bool:
    """Return True for many short phrases (``least`` or the usual number) set apart by commas, no sentence end,
    no list mark (、)."""
    least = least or COMMA_KEYWORDS_MIN
    if text.count("，") + text.count(",") < least - 1:  # most lines: no split needed
        return False
    pieces = _COMMAS.split(text.strip())
    return (len(pieces) >= least and all(0 < len(p) <= CRUMB_STEP_MAX for p in pieces)
            and not ends_sentence(text) and "、" not in text)


LINE_MEMO = 4096  # lines whose chrome and tail tests are remembered (a page's lines, a site's chrome)


@functools.lru_cache(maxsize=LINE_MEMO)  # pure; several stages ask about the same line
def is_chrome_line(text: str) -> bool:
    """Return True for a navigation line, page button, e-paper control, a site's keywords or token spam."""
    squeezed = _squeeze(text)
    if is_token_spam(squeezed) or is_keyword_line(text):
        return True
    if squeezed in squeezed_lines() or glued_prefix().fullmatch(text.strip()) or _empty_labels(squeezed):
        return True
    words = [w for w in text.split() if w.strip("|｜")]  # 手机阅读 | 返回首页: the bars only part the links
    if len(words) > 1 and all(w.strip(_DIGITS) in squeezed_lines() or w.isdigit() for w in words) and not all(
            w.isdigit() for w in words):
        return True  # 本报首页 版面概览, 3 上一篇 下一篇 4, 3上一期 下一期4: a row of the site's links (page numbers)
    if squeezed.lstrip("（(【[").startswith(prefixes("note_prefixes")) and len(squeezed) <= TITLE_MAX:
        return True
    if chrome_found(text.strip()) or byline_pattern().match(text.strip()):
        return True
    return len(squeezed) <= CHROME_MAX and (squeezed.startswith(prefixes("chrome_prefixes")) or is_location_line(text)) or (
        is_breadcrumb(text) or is_menu_bar(text) or is_pipe_menu(text))


def _empty_labels(squeezed: str) -> bool:
    """Return True for an info line whose fields a copy left empty (时间: 来源: 访问量:)."""
    names = re.split(r"[:：]", squeezed)
    return len(names) > 2 and not names[-1] and all(n in info_label_names() for n in names[:-1])


_LIST_NUMBER = re.compile(r"^\d{1,2}[、.．]")


@functools.lru_cache(maxsize=LINE_MEMO)  # pure; several stages ask about the same line
def is_tail_line(text: str) -> bool:
    """Return True for a line that ends an article's body (责任编辑, 分享到, 相关阅读, 版权所有 …)."""
    squeezed = _LIST_NUMBER.sub("", _squeeze(text).lstrip("【[（(-·•"))  # list marks (- 上一条:…, 2、凡注明…) too
    if squeezed.startswith(prefixes("tail_disclaimers")) or tail_pattern().match(text.strip()):
        return True
    if hard_tail_pattern().match(text.strip()):
        return True  # 秒懂生活扩展阅读: a related-reading block's name
    if squeezed.startswith(prefixes("tail_prefixes")) or is_more_link(text):
        return len(squeezed) <= 4 * CHROME_MAX and not _text_after_glued(text)
    return len(squeezed) <= 3 * CHROME_MAX and any(m in squeezed for m in _squeezed_marks()) and not chrome_found(
        text.strip())  # 打开网易新闻 查看更多图片: a picture's button inside the text, not the "more" link after it


def _text_after_glued(text: str) -> bool:
    """Return True when a reposting note glued before a paragraph leaves the paragraph (本文转自：某报 … 11月11日，…)."""
    found = glued_prefix().match(text.strip())
    return found is not None and found.end() > 0 and is_body_line(text.strip()[found.end():])


@functools.cache
def _squeezed_marks() -> tuple[str, ...]:
    """Return the tail marks without spaces, as a squeezed line holds them (Produced By, 版权 所有)."""
    return tuple("".join(m.split()) for m in chrome()["tail_marks"])


def is_more_link(text: str) -> bool:
    """Return True for a column box's "more" link (更多>>), which a list of that column's links follows."""
    return _squeeze(text).startswith(prefixes("more_links"))


def is_hard_tail(text: str) -> bool:
    """Return True for a tail line after which nothing is the article's (相关阅读, 上一篇, 版权所有 …)."""
    return _squeeze(text).lstrip("【[（(").startswith(prefixes("hard_tail_prefixes")) or bool(
        hard_tail_pattern().match(text.strip()))


_CLAUSE_COMMA = re.compile(r"[，,]")
CLAUSES_TITLE_MIN = 30  # a line this long with two commas is clauses of a sentence
# …情况。南县整县推进…光伏发: a sentence and the next one's start, body text cut by a line break
_SENTENCE_INSIDE = re.compile(r"[\u4e00-\u9fff]{4}[^。！？!?]*。\s*[\u4e00-\u9fff][^。！？!?]{7,}")


# a page's keywords set after its headline between bars (…新局面|民政|东莞|局面)
KEYWORD_TAGS = re.compile(r"(?:\s*[|｜]\s*[^|｜\s]{1,6}){2,}\s*$")


def is_headline(text: str) -> bool:
    """Return True for a line that reads as a headline (not a label, byline, date, chrome or sentence)."""
    v = vocab()
    text = KEYWORD_TAGS.sub("", text.strip()) or text.strip()  # …新局面|民政|东莞|局面: the page's keywords after it
    if not TITLE_MIN <= len(text) <= TITLE_MAX or len(_CJK.findall(text)) < 4:
        return False
    if text.rstrip("”’」』）)").endswith(("。", "；", ";", "：", ":", "，", ",")) or is_label_line(
            text):  # 来源：… is a label; 广西昭平：… a headline
        return False
    if text.count("|") + text.count("｜") >= 2 or text.count("_") >= 2 or re.search(r"\d{9,}|(?i:https?://|www\.)", text):
        return False  # a table row, a site's keywords (宁化在线_客家祖地_…), an index number or an address (HTTP://WWW.…)
    if len(text) >= CLAUSES_TITLE_MIN and len(_CLAUSE_COMMA.findall(text)) >= 2:
        return False  # 为进一步深化…公开，方便市民群众…，根据…: clauses of a sentence a line break cut, not a headline
    if _squeeze(text).startswith(prefixes("open_table_fields")):
        return False  # 索 引 号 szfb/2022-01378 发布机构 市政府办: an open-government table's fields
    if _TAG_ONLY.fullmatch(text):
        return False  # [电影点评] split off an info line: a board's or a spam site's tag
    if _SPEECH.match(text):
        return False  # “您好!我们是…普查员,…需要您的配合!”: a quotation of sentences, not a headline
    if _SPEAKER_LEAD_IN.search(text):
        return False  # 检查督导中，孙某某强调: the words leading into what a speaker said, on their own line
    return not (is_chrome_line(text) or is_tail_line(text) or page_info(text) or v.byline.match(text)
                or v.caption_credit.match(text) or v.caption_inline.search(text) or v.caption_line.match(text)
                or v.scene_caption.match(text) or v.dateline.match(text) or v.day_time_opening.match(text)
                or DATE_ONLY.match(text) or v.subtitle.match(text) or is_lead(text) or is_reporter_line(text))


SPACED_HEADLINE_MAX, SPACED_PIECES_MIN, SPACED_PIECE_MAX = 120, 3, 40


def spaced_headline(text: str) -> bool:
    """Return True for a lead-in, headline and subtitle set on one line apart by spaces, longer than a headline
    gets (时刻牢记领袖嘱托 坚决贯彻领袖指示 奋力谱写…新篇章 区委常委会召开扩大会议… 某某主持并讲话)."""
    pieces = text.split()
    return (len(text.strip()) <= SPACED_HEADLINE_MAX and len(pieces) >= SPACED_PIECES_MIN
            and all(len(p) <= SPACED_PIECE_MAX and not re.search(r"[。！？；;，,：:>＞]", p) for p in pieces)
            and is_headline(pieces[0] + pieces[1]))


def is_body_line(text: str) -> bool:
    """Return True for a paragraph of article text."""
    text = text.strip()
    if is_lead(text):
        return True
    if is_chrome_line(text) or is_tail_line(text) or page_info(text) or spaced_headline(text):
        return False
    commas = re.search(r"[，,、；]", text) is not None or _SENTENCE_INSIDE.search(text) is not None
    if len(text) >= CLAUSES_TITLE_MIN and len(_CLAUSE_COMMA.findall(text)) >= 2:
        return True  # clauses of a sentence a line break cut (为进一步…，方便…，根据…)
    return len(text) >= BODY_MIN and commas or ends_sentence(text) and len(text) >= 10 and (
        commas or len(text) >= 16)


def is_short_body_line(text: str) -> bool:
    """Return True for a short sentence of article text (很高兴又一次和大家见面。), on a page whose
    extractor already told the article from the page."""
    text = text.strip()
    v = vocab()
    if not ends_sentence(text) or len(_CJK.findall(text)) < SHORT_BODY_MIN:
        return False
    return not (is_chrome_line(text) or is_tail_line(text) or page_info(text) or is_reporter_line(text)
                or v.caption_inline.search(text) or v.caption_credit.match(text) or v.byline.match(text))


def is_reporter_line(text: str) -> bool:
    """Return True for a credit line naming reporters (渭南日报 记者 马培尧, …记者 吴彦飞 通讯员 …) or writers alone
    after a bullet (●杨波, ■李 庆 邓伟果 向小顺)."""
    return len(text) <= 60 and (_REPORTER.search(text) is not None or bulleted_names(text)) and (
        not ends_sentence(text) and "，" not in text and "," not in text)


_BULLETED = re.compile(r"^[●■□◆▲]\s*([\u4e00-\u9fff·][\u4e00-\u9fff·\s、]{0,24})$")
NAMES_MAX = 5  # writers a bulleted byline names


def bulleted_names(text: str) -> bool:
    """Return True for a bullet followed by people's names only (■李 庆 邓伟果 向小顺), not a place (■吉林 白山)."""
    found = _BULLETED.match(text.strip())
    names = _padded_names(found[1].replace("、", " ").split()) if found else []
    return 0 < len(names) <= NAMES_MAX and all(map(name_like, names))


def _padded_names(words: list[str]) -> list[str]:
    """Return the words with a two-character name padded by a space (李 庆) joined again."""
    names: list[str] = []
    for word in words:
        if len(word) == 1 and names and len(names[-1]) == 1:
            names[-1] += word
        else:
            names.append(word)
    return names


def name_like(word: str) -> bool:
    """Return True for a word that can be a person's name: a known surname, then one or two characters, and no
    word of jieba's dictionary other than a name (吉林 is a place), no place's ending (朱东村)."""
    compound = word[:2] in chrome()["byline_compound_surnames"]
    size_ok = 3 <= len(word) <= 4 if compound else 2 <= len(word) <= 3
    return (size_ok and (compound or word[0] in chrome()["byline_surnames"]) and word[-1] not in chrome()["byline_place_ends"]
            and tag_table().get(word, "nr") == "nr")
