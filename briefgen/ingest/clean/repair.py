"""Repairs of text copied from web pages, on a document's blocks before they are split into articles."""

from __future__ import annotations

import re

from briefgen.readers.base import Block
from briefgen.sentences import CLAUSE_MARK

# A pinyin annotation after a character, added by conversion sites: 会（huì）议 → 会议.
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,30}[ \u3000]?(?:[)）]|$)")  # 會(huì )
# A watermark token at a paragraph's end: a few random letters (digits among them), maybe the site's name
# (…开幕。bAY安康新闻网, …亿元。Q38安康新闻网).
_TOKEN = r"((?=[0-9]*[A-Za-z])[A-Za-z0-9]{2,5})"
_WATERMARK = re.compile(rf"(?<=[。！？!?：:”」』）)])\s*{_TOKEN}([\u4e00-\u9fff]{{0,8}})\s*$")
_SITE_ENDINGS = ("网", "报", "站", "台")
_WATERMARK_LINE = re.compile(rf"^\s*{_TOKEN}([\u4e00-\u9fff]{{0,8}})\s*$")
WATERMARKS_MIN = 2  # paragraphs ending in such a token that make it the site's watermark
# Markdown images and empty links left by crawlers that save pages as markdown: ![](/Files/…jpg).
# an image's address left in the text (http://file.….gif?width=600&size=4657按照…): never text
_IMAGE_URL = re.compile(r"https?://[!-~]+?\.(?:jpe?g|png|gif|webp|bmp)(?:\?[!-~]*)?(?![!-~])", re.I)
# an image element a crawler left in the text (<image>data:image/…" alt=""</image>, <img src=…>)
_IMAGE_TAG = re.compile(r"<(image|img)\b[^>]*>(?:[^<]*</\1>)?", re.I)
# an HTML element's tags left in copied text by a web editor (135editor's <section …>, <p>, </span>), known by the
# attributes its tags carry
_EDITOR_TAG = re.compile(r"<(?:section|p|span|div)\s+[\w-]+\s*=\s*\"")
_MARKUP_TAG = re.compile(r"</?(?:section|p|span|div|strong|br|em|b|i|u|font|a|blockquote|h[1-6])\b[^<>]{0,2000}(?:>|$)",
                         re.I)
# a line of a spam template's empty elements, no text in them (<address id="xlrhz"><nobr id="xlrhz"></nobr></address>)
_EMPTY_TAGS_LINE = re.compile(r"^\s*(?:[•·]\s*)?(?:</?[A-Za-z][A-Za-z0-9]*(?:\s+[\w-]+=\"[^\"<>]*\")*\s*/?>\s*)+$")
# a year in Chinese numerals typed with the letter O for 〇 (二OO九年十二月四日)
_LETTER_ZERO_YEAR = re.compile(r"(?<![A-Za-z])[一二〇零○OoＯｏ][〇零○OoＯｏ一二三四五六七八九]{3}(?=年[一二三四五六七八九十]{1,2}月)")
_MARKDOWN_IMAGE = re.compile(r"!?\[[^\]\n]{0,80}\]\([^)\s]{1,300}\)|!\[\]\(\)")
# A digest printed as one run of text: items marked inline (…。 □□《标题》 正文…), sections between stars (☆☆☆时政要闻☆☆☆).
_INLINE_ITEM = re.compile(r"([□■◆●◇]{1,3})\s*《([^》\n]{4,60})》")
_BANNER = re.compile(r"\s*[☆★]{2,}\s*[^☆★\s]{1,10}\s*[☆★]{2,}\s*")
INLINE_ITEMS_MIN = 2
# A page copied as one run of text: the headline, a space, then the dated lead (我县召开……动员会 9月21日上午，我县…);
# the headline may be two or three parts set apart by a space or a colon (…推进会提出创新合作机制 实现三方共赢 8月30日，…)
# and may run straight into the credit (…守护健康未来本网讯 通讯员…).
_HALF = r"[^\s，。！？,!?：:；;]"
_GLUED_HEADLINE = re.compile(rf"^({_HALF}{{2,40}}(?:[ \u3000:：]{_HALF}{{2,30}}){{0,2}})"
                             r"(?:[ \u3000]+(?=(?:\d{4}年)?\d{1,2}月\d{1,2}日(?!\s*$)|(?:昨天|今天|前天|昨日|今日)[（(上下晚]|本报讯|近日|日前|新华社\S{2,6}?\d{1,2}月\d{1,2}日[电電]"
                             r"|在[^\s，。,]{2,30}之际[，,]|自[^\s，。,]{2,30}以来[，,]|(?:今年|近年|近期|入冬|入春|入夏|入秋|开春)以来[，,]|(?:近年来|连日来)[，,])|[ \u3000]*(?=本[报報网網台臺刊][讯訊]))")
_NO_HEADLINE = re.compile(r"记者|記者|通讯员|通訊員|报道|報道|[讯訊]|消息|\d日电|\d日電")  # a credit or a dateline
GLUED_HEADLINE_MIN = 8  # characters of a headline glued to its lead
GLUED_HEADLINE_REACH = 6  # lines from the top (table bars, a caption) within which that lead is looked for
# a forum post's edit note glued before its text (本帖最后由 生活君 于 2020-10-15 10:08 编辑万州人注意了!)
_EDITED = re.compile(r"^本帖最后由\s*\S{1,20}\s*于\s*[\d\-/: ]{8,20}\s*编辑\s*")
# an image's address glued before the text with no space (https://p1.example.com/large/pgc-image/de27…e4d39月25日，…:
# the 9月25日 is the lead's); a site's address before a date (http://www.某某.com.cn/2024年04月19日) is no image's
_GLUED_LINK = re.compile(r"^https?://[!-~]*?(?:image|img|pic|photo|upload)[!-~]*?(?=(?:1[0-2]|[1-9])月\d{1,2}日|[\u4e00-\u9fff“（(【])",
                         re.I)
_LINK_LINE = re.compile(r"https?://[!-~]+")  # an address alone on its line (an image's, a site's): never text
# a spam ad and its address glued before the text (北京白癜风哪治的好 https://jbk.39.net/…/“中午吃完外卖后…)
_AD_LINK = re.compile(r"^[^\s，。,]{2,20}\s+https?://[!-~]*?(?:/|[!-~]\s+)(?=[“\u4e00-\u9fff]|\d{1,2}月)")
# a ▲-marked caption glued before a paragraph by a space (▲某村、某小区 开局就是决战，起步就是冲刺。…)
_MARKED_CAPTION_BEFORE = re.compile(r"^[▲△][^。，,！？：:\s]{2,30}\s+(?=[^\s▲△]{2,}[，,。])")
# a credit set letter-spaced as newspapers pad short names (实 习 生 陈 婧, 本报记者 王 培 摄): one word each
_SPACED_LINE = re.compile(r"^[□■◆●]?[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,7}$")
_SPACED_NAME = re.compile(r"(?<=记者|讯员|习生|摄影|编辑|撰稿)\s*([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?=\s|摄|$)")
SPACED_MAX = 40  # a credit line is no longer than this
# a forum's table markup left in the text ([td=1,1,1%] [/td])
_BBCODE = re.compile(r"\[/?(?:td|tr|table|b|i|u|s|color|size|font|url|img|align|quote|p|hr)(?:=[^\]]{0,40})?\]", re.I)
_LOST_INDENT = re.compile(r"^\?{2,}[ \u3000]*|^\?(?=[\u4e00-\u9fff]{2,6}\s*[:：])")  # ???1月19日, ?摘要:
# a photo's short caption glued before a paragraph by a space (图为活动现场 四川新闻网乐山7月28日讯…)
_CAPTION_BEFORE = re.compile(r"^(?:图为|图片为|上图为?|下图为?)[^\s。，,！？：:]{1,20}[ \u3000]+(?=[\u4e00-\u9fff“][^。]{0,60}[，,。])")
_SCRIPT_MARK = re.compile(r"^【正文】\s*")  # a TV script's mark before its text (【正文】此次农民运动会…)
_DASH_RULE = re.compile(r"^-{2,}[ \u3000]*(?=[\u4e00-\u9fff“])")  # a rule of hyphens set before a line (---陕西省…)
# A forum's anti-copy jammer: runs of one- and two-character ASCII junk set apart by spaces, hidden on the page and
# kept by a copy (+ l. N3 j- v& ^6 K# I% r随州日报讯…). A run of letters or digits only (A B C D) is text, not this,
# and digits last before the text are the text's own (… L' R 10月26日，…).
_JAMMER = re.compile(r"(?:^|(?<=[\u4e00-\u9fff。！？”）]))[ \u3000]*(?:[!-~]{1,2}[ \u3000]{1,2}){3,}(?:[!-/:-~](?=\d)|(?!\d{1,2}(?![!-~]))[!-~]{1,2})[ \u3000]*"
                     r"(?=[\u4e00-\u9fff“（\d▲△■●◆★]|$)")
_JAMMER_SYMBOL = re.compile(r"[^A-Za-z0-9\s]")
JAMMER_SYMBOLS_MIN = 2
JAMMER_SPACES_MIN = 3
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_TONE = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


# a date whose 月 the page lost (310日下午，… / 截至223日，/ 某某网529日讯): month and day read back when only one
# split gives a real date (1030日 → 10月30日; 123日 could be 1月23日 or 12月3日 and stays)
_LOST_MONTH = re.compile(r"(?:^|(?<=[。！？!?”）)\s])|(?<=截至)|(?<=截止)|(?<=于))(\d{3,4})日"
                         r"|(?<![\d.])(\d{3,4})日(?=讯|电|[上中下]午|晚)")


def _month_back(found: re.Match[str]) -> str:
    digits = found.group(1) or found.group(2)
    splits = [(int(digits[:n]), int(digits[n:])) for n in (1, 2) if n < len(digits) and digits[n] != "0"]
    real = [(m, d) for m, d in splits if 1 <= m <= 12 and 1 <= d <= 31]
    return f"{real[0][0]}月{real[0][1]}日" if len(real) == 1 else found.group(0)


_TONELESS = re.compile(r"[（(][a-z]{1,6}[)）]")  # a reading without tone marks (落（luo）实)
TONELESS_MIN = 2  # such readings in one paragraph that make them a mirror's, not an abbreviation (公里（km）)


def _strip_pinyin(text: str) -> str:
    toneless = len(_TONELESS.findall(text)) >= TONELESS_MIN

    def unread(found: re.Match[str]) -> str:
        return "" if _TONE.search(found.group(0)) or toneless and _TONELESS.fullmatch(found.group(0)) else found.group(0)

    stripped = _PINYIN.sub(unread, text)
    while stripped != text:  # 种(zhong)(zhong): the second reading follows the first, not a character
        text, stripped = stripped, _PINYIN.sub(unread, stripped)
    return stripped


def _unjammed(text: str) -> str:
    """Return ``text`` without a forum's jammer runs: with some symbols (& $ * ^ # …), or glued inside a word."""
    def cut(found: re.Match[str]) -> str:
        run = found.group(0)
        wedged = run == run.strip() and found.start() > 0 and found.end() < len(text) and _CJK_CHAR.match(
            text[found.end()]) is not None  # 群1 D V r Q众: letters glued inside a word are junk too
        return "" if wedged or len(_JAMMER_SYMBOL.findall(run)) >= JAMMER_SYMBOLS_MIN else run

    return _JAMMER.sub(cut, text)


POSTER_PHRASES_MIN = 5  # phrases set apart by spaces, none a clause, that open a post like a poster
POSTER_PHRASE_MAX = 24
_NOT_POSTER = re.compile(r"[，,。！？!?；;：:\d（）()【】\[\]]")  # a clause, a figure or a bracket: a credit or a lead


def _without_poster(text: str) -> str:
    """Return ``text`` without the poster-like run of short phrases set apart by spaces that opens it before its
    first clause (文明 是一座城市的幸福底色 文明城市 是一张亮丽的城市名片 … “遇到…，…” → “遇到…，…”)."""
    pieces = text.split(" ")
    run = 0
    while run < len(pieces) and 1 < len(pieces[run]) <= POSTER_PHRASE_MAX and not _NOT_POSTER.search(pieces[run]):
        run += 1
    if run < POSTER_PHRASES_MIN or run >= len(pieces) or not CLAUSE_MARK.search(" ".join(pieces[run:])):
        return text
    return " ".join(pieces[run:])


def _unspaced_credit(text: str) -> str:
    """Return a letter-spaced credit line written as words (实 习 生 陈 婧 → 实习生陈婧, 记者 王 培 → 记者 王培)."""
    if _SPACED_LINE.match(text):
        return text.replace(" ", "")
    return _SPACED_NAME.sub(r" \1\2", text)


# a space a copy set before a closing mark, after an opening one or between a comma and a word (展开 。 / 以上 ，
# 全县 / （ 记者…): Chinese sets none
_SPACED_MARK = re.compile(r"[ \u3000\xa0]+(?=[，。；：！？、）】」』》”’])|(?<=[（【「『《“‘])[ \u3000\xa0]+"
                          r"|(?<=[，；、])[ \u3000\xa0]+(?=[\u4e00-\u9fff\d])")  # (a space after 。 may set off a caption)


def repair_text(text: str) -> str:
    """Return ``text`` without a forum's table markup ([td]), pinyin annotations (toned syllables in brackets),
    markdown images, a forum's jammer runs, spaces around punctuation, a rule of hyphens, a script's 【正文】 or a
    short caption (图为活动现场) before a line and the question marks a lost charset left for the indent (??? 1月19日，…)."""
    if "[" in text:
        text = _BBCODE.sub("", text)
    if text.count(" ") + text.count("\u3000") >= JAMMER_SPACES_MIN:  # a jammer run holds this many spaces
        text = _unjammed(text)
    if " " in text or "\u3000" in text:
        text = _SPACED_MARK.sub("", text)
    if text.startswith("?"):
        text = _LOST_INDENT.sub("", text)
    if text.startswith("--"):
        text = _DASH_RULE.sub("", text)
    if text.startswith(("图", "上图", "下图")):
        text = _CAPTION_BEFORE.sub("", text)
    elif text.startswith(("▲", "△")):
        text = _MARKED_CAPTION_BEFORE.sub("", text)
    if text.startswith("【正文】"):
        text = _SCRIPT_MARK.sub("", text)
    if "(" in text or "（" in text:
        text = _strip_pinyin(text)
    if "日" in text:
        text = _LOST_MONTH.sub(_month_back, text)
        if "年" in text:
            text = _LETTER_ZERO_YEAR.sub(lambda m: re.sub("[OoＯｏ]", "〇", m.group(0)), text)  # 二OO九年 → 二〇〇九年
    if text.lstrip(" •·").startswith("<") and _EMPTY_TAGS_LINE.match(text):
        return ""
    if "<im" in text or "<IM" in text:
        text = _IMAGE_TAG.sub("", text)
    if "=\"" in text and _EDITOR_TAG.search(text):  # <section data-role="outer">…</section>: an editor's markup
        text = _MARKUP_TAG.sub("", text).strip() or text  # (tags without attributes, <b>粗体</b>, are a text's data)
    if "](" in text:
        text = _MARKDOWN_IMAGE.sub("", text)
    if " " in text and len(text) <= SPACED_MAX:
        text = _unspaced_credit(text)
    elif text.count(" ") >= POSTER_PHRASES_MIN:
        text = _without_poster(text)
    if text.startswith("本帖最后由"):
        text = _EDITED.sub("", text)
    if "://" in text:
        unpictured = _IMAGE_URL.sub("", text)
        text = unpictured.strip() if unpictured != text else text
    if "://" in text[:80]:
        text = "" if _LINK_LINE.fullmatch(text.strip()) else _GLUED_LINK.sub("", _AD_LINK.sub("", text))
    return text


def _watermarked(found: re.Match[str], repeated: bool) -> bool:
    letters, site = found.group(1), found.group(2)
    mixed = letters != letters.lower() and letters != letters.upper()
    return repeated or mixed or site.endswith(_SITE_ENDINGS)


def strip_watermarks(blocks: list[Block]) -> None:
    """Take site watermark tokens off paragraph ends (and lines that are only one): mixed-case
    letters, a site name, or repeated."""
    marks = [(b, _WATERMARK.search(b.text) or _WATERMARK_LINE.match(b.text)) for b in blocks]
    repeated = sum(m is not None for _, m in marks) >= WATERMARKS_MIN
    for block, found in marks:
        if found is not None and _watermarked(found, repeated):
            block.text = block.text[: found.start()].rstrip()


def _inline_items(block: Block) -> list[Block]:
    """Return the block cut at its inline item marks into a line per item title and one per body."""
    found = list(_INLINE_ITEM.finditer(block.text))
    if len(found) < INLINE_ITEMS_MIN:
        return [block]
    bounds = [m.start() for m in found] + [len(block.text)]
    pieces = [block.text[: bounds[0]]]
    for mark, end in zip(found, bounds[1:], strict=True):
        pieces += [f"{mark.group(1)[0]}{mark.group(2)}", block.text[mark.end():end]]
    texts = [_BANNER.sub(" ", piece).strip() for piece in pieces]
    return [Block(text, block.line, block.kind, block.level) for text in texts if text]


# (原标题:…) 新文化讯 14日，… / 原标题:某某 28日，…: a note naming the headline glued before the lead
_NOTE_BEFORE = re.compile(r"^(?:[（(]\s*原[标標][题題]\s*[:：][^（）()]{1,60}[）)]\s*(?=\S)|原[标標][题題]\s*[:：]\s*[^\s，。,]{4,60}\s+"
                          r"(?=(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|本[报報网網]讯|近日|日前))")


def _headline_apart(blocks: list[Block]) -> list[Block]:
    """Return the blocks with a headline, or a note naming it, glued before the first paragraph's lead set on its
    own line."""
    note = _NOTE_BEFORE.match(blocks[0].text) if blocks else None
    if note is not None:
        first = blocks[0]
        return [Block(note.group(0).strip(), first.line, first.kind, first.level),
                Block(first.text[note.end():], first.line, first.kind, first.level), *blocks[1:]]
    at, found = next(((i, m) for i, b in enumerate(blocks[:GLUED_HEADLINE_REACH])
                      if (m := _glued_headline(b.text)) is not None), (0, None))  # under a caption row too
    if found is None:
        return blocks
    first = blocks[at]
    return [*blocks[:at], Block(found[1], first.line, first.kind, first.level),
            Block(first.text[found.end():], first.line, first.kind, first.level), *blocks[at + 1:]]


def _glued_headline(text: str) -> re.Match[str] | None:
    """Return the match of a headline glued before a dated lead or a credit, or None."""
    found = _GLUED_HEADLINE.match(text)
    if found is None or len(found[1]) < GLUED_HEADLINE_MIN or _NO_HEADLINE.search(found[1]):
        return None
    return found


_OPEN_BRACKET_END = re.compile(r"[（(][^（）()]{0,30}$")  # 法治中国廉政网视讯(李佳芳 通讯员
_CLOSE_BRACKET_START = re.compile(r"^[^（）()]{0,20}[）)]")  # 贺燕飞):2019年4月16日晚，…
_CLAUSE_START = re.compile(r"[\u4e00-\u9fff“‘《]")
_OPEN_TITLE_END = re.compile(r"《[^《》]{0,30}$")
_CLOSE_TITLE_START = re.compile(r"^[^《》。！？]{0,40}》")


def _continued(last: Block, block: Block) -> bool:
    """Return True when ``block`` goes on with ``last``: it opens on a colon (：“此次活动…”, the words before the
    colon end ``last``) or a comma, or closes the bracket or book title a line break left open in ``last``
    (…讯(李某 通讯员 / 贺某):…)."""
    if block.kind != last.kind or last.kind != "paragraph":
        return False
    if block.text.lstrip()[:1] in "：:，,、；;":  # ，方便市民…: a line break a link left inside a sentence
        return True
    if _clause_per_line(last, block):
        return True
    if _OPEN_TITLE_END.search(last.text) and _CLOSE_TITLE_START.match(block.text.lstrip()):
        return True  # 发布的《某某 / “检察开放日”管理规定》的…: a book title broken by the line
    return bool(_OPEN_BRACKET_END.search(last.text.rstrip()) and _CLOSE_BRACKET_START.match(block.text.lstrip()))


def _colon_continued(blocks: list[Block]) -> list[Block]:
    """Return the blocks with one that goes on with the block before it (a colon or a closing bracket opening it)
    joined to that block."""
    out: list[Block] = []
    in_clauses = False  # the last block is a lead set a clause per line: a bare word (三单乡) goes on with it too
    for block in blocks:
        word_on = in_clauses and out[-1].text.rstrip()[-1:].isalpha() and _clause_line(block.text)
        if out and (_continued(out[-1], block) or word_on):
            last = out[-1]
            in_clauses = _clause_per_line(last, block) or bool(word_on)
            out[-1] = Block(last.text.rstrip() + block.text.lstrip(), last.line, last.kind, last.level)
        else:
            out.append(block)
            in_clauses = False
    return out


def _clause_per_line(last: Block, block: Block) -> bool:
    """Return True when ``last`` ends on a comma and ``block`` goes on with the clause (7月20日上午， / 三单乡 /
    弥漫着…，): a lead set a clause per line ([返回首页] after a comma, 加入收藏 某某网欢迎您， over a menu, are none)."""
    return last.text.rstrip()[-1:] in "，,、" and " " not in last.text.strip() and _clause_line(block.text)


def _clause_line(text: str) -> bool:
    """Return True for a line that reads as a clause of running text: it opens on a word and holds no menu marks
    (站内搜索 / 所在位置：网站首页 > … is a page's chrome)."""
    return bool(_CLAUSE_START.match(text.lstrip())) and not any(mark in text for mark in (">", "＞", "|", " "))


# a notice's closing formula with its issuer and date glued after it (…特此通告。某某指挥部2022年4月20日)
_GLUED_SIGNATURE = re.compile(r"(?<=特此(?:通告|公告|通知|函告)。)\s*([^。！？\s]{4,30}?)\s*((?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*")


# a notice's head glued before its text (某某指挥部通告 （第33号）关于新增…的通告 4月21日，…)
_GLUED_NOTICE_HEAD = re.compile(r"^\s*[^\s。，,]{4,30}(?:通告|公告)\s*[（(]\s*第\s*\d{1,4}\s*号\s*[）)]\s*"
                                r"(?:关于[^。！？\s]{2,40}的(?:通告|公告))?\s*(?=\S)")


def _without_notice_head(block: Block) -> list[Block]:
    """Return the block, without a notice's head (issuer, number and title) glued before its text."""
    found = _GLUED_NOTICE_HEAD.match(block.text) if "号" in block.text[:60] else None
    if found is None:
        return [block]
    return [Block(block.text[found.end():], block.line, block.kind, block.level)]  # the head restates the page's


def _signature_apart(block: Block) -> list[Block]:
    """Return the block, or its text, issuer, date and what follows on lines of their own when a notice's signature is
    glued to it."""
    found = _GLUED_SIGNATURE.search(block.text) if "特此" in block.text else None
    if found is None:
        return [block]
    rest = block.text[found.end():]  # a site's prompt glued after the date (温馨提示：微信搜索…) goes on its own line
    return [Block(part, block.line, block.kind, block.level)
            for part in (block.text[: found.start()], *found.groups(), rest) if part.strip()]


def _says_something(block: Block) -> bool:
    """Return True unless the block is only marks (a stray | or ——— left by a copied page)."""
    return block.kind == "table" or any(ch.isalnum() for ch in block.text)


_SENTENCE_END = re.compile(r"[。！？!?]")
REPEATED_LINE_MAX = 80  # a headline printed several times over its article is this short


_CELL = re.compile(r"^\s*[|｜]\s*([^|｜]+?)\s*[|｜]\s*$")


def _uncelled(block: Block) -> Block:
    """Return the block without the bars of a table cell around its one line (| 唐县迷城乡：… |)."""
    found = _CELL.match(block.text)
    return Block(found.group(1), block.line, block.kind, block.level) if found else block


def _once_each(blocks: list[Block]) -> list[Block]:
    """Return the blocks without a headline printed again right under itself (three times over its article);
    repeated sentences are left for the repeat count of the cleanup."""
    return [b for i, b in enumerate(blocks) if i == 0 or len(b.text) > REPEATED_LINE_MAX
            or b.text.strip() != blocks[i - 1].text.strip() or not b.text.strip() or _SENTENCE_END.search(b.text)]


def repair_blocks(blocks: list[Block]) -> None:
    """Repair every block's text in place; blocks left empty are removed."""
    for block in blocks:
        block.text = repair_text(block.text)
    blocks[:] = _colon_continued(_once_each(_headline_apart(
        [_uncelled(piece) for block in blocks for piece in _inline_items(block) for piece in _signature_apart(piece) for piece in _without_notice_head(piece)
         if _says_something(piece)])))
    strip_watermarks(blocks)
    blocks[:] = [b for b in blocks if b.text.strip()]
