"""Scoring of page extraction against the labelled development sets in ``../shared/dev``.

Shared by ``benchmarks/eval_pages.py`` (briefgen beside its peers) and the gold-set tests. A page's
extraction is a list of :class:`Extract` (one per article found); each is scored against the page's
labels with the same rules for every tool.
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHROME_WORDS = ("首页", "当前位置", "责任编辑", "分享到", "打印本页", "上一篇", "下一篇", "版权所有",
                "ICP", "关闭窗口", "扫一扫", "浏览次数", "【打印】", "【关闭】", "相关阅读", "链接已复制",
                "新闻推荐", "返回顶部", "网站地图")
CREDIT_ROOM = 60  # characters a lead credit may take before the first sentence
CUT_KEY = 12  # normalised characters that must end both the body and a cut copy
CUT_PARAGRAPHS = 3
LEFTOVER_MAX = 60  # characters (no sentence end among them) allowed after the last sentence
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_SENTENCE_END = re.compile(r"[。！？!?]")
# An outlet's whole lead credit a body may keep where the label leaves it out (云南网讯, 本报讯（记者冷某）); not 通讯员…
_OUTLET_LEAD = re.compile(r"^\s*[^\s，,。（(]{1,16}(?<!通)(?:讯|电)\s*(?:[（(][^（）()]{0,40}[）)])?\s*")
# A news lead's credit: 本报讯(记者 …), 湖北日报讯 (记者…), 新华社北京1月1日电(记者 …) — kept as metadata by some tools.
# (or unbracketed names that 报道：, 本网讯任倬艺报道：…, 随州日报讯 记者李文军、通讯员杨光报道：…)
# (or bare reporters' names before the day: 本网讯 通讯员 易艳 万敬亭 4月24日,…)
_LOST = "\\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]"  # a lost character's reading a pinyin mirror left (日?qǐng)?bào))
_LEAD_CREDIT = re.compile(r"^\s*[^\s，,。]{0,20}?(?:讯|电|消息)\s*(?:[（(](?:" + _LOST + r"|[^）)]){0,40}[）)]|[^，,。：:]{0,30}?报道(?:\s*[:：]|\s+)"
                          r"|(?:记者|通讯员|实习生)[^，,。：:（(]{1,30}?\s+(?=\d{1,2}月|近日|日前))?\s*")
# the same credit when the outlet's name holds 电 itself (十堰广电讯(…), 县电视台讯): up to the last 讯/电
_LEAD_CREDIT_LONG = re.compile(r"^\s*[^\s，,。（(]{0,16}(?:讯|电)\s*(?:[（(][^）)]{0,40}[）)]|[^，,。：:]{0,30}?报道(?:\s*[:：]|\s+))?\s*")
# a reporter's credit in square brackets before the lead (【全媒体记者 李索】6月30日，…), kept as the byline by some tools
_BRACKET_CREDIT = re.compile(r"^\s*【[^】]{0,30}(?:记者|通讯员|实习生)[^】]{0,30}】\s*")
# the reporters' credit in round brackets opening a lead without 讯 ((记者惠耀辉)4月22日,…)
_PAREN_CREDIT = re.compile(r"^\s*[（(][^（）()]{0,20}(?:记者|通讯员)[^（）()]{0,30}[）)]\s*")
# the writers' bare names in round brackets opening a lead ((雷某某)近日，…), kept as the byline by some tools
# a credit relaying another paper's report, its reporters in brackets after it (每日某网9月12日讯 据某某日报报道(记者某某))
_RELAYED_CREDIT = re.compile(r"^\s*[^\s，,。]{0,20}?(?:讯|电)\s*据[^，,。（(\s]{2,16}?报道\s*(?:[（(][^（）()]{0,40}[）)])?\s*")
_NAMES_CREDIT = re.compile(r"^\s*[（(][\u4e00-\u9fff·]{2,4}(?:[\s、，,][\u4e00-\u9fff·]{2,4}){0,3}[）)]\s*")
# an outlet's tag in square brackets and the reporters' credit after it (【连网】(记者陶莎 通讯员张林军)昨日上午,…)
_TAG_CREDIT = re.compile(r"^\s*【[^】]{1,12}】\s*[（(][^）)]{0,20}(?:记者|通讯员)[^）)]{0,30}[）)]\s*")
# a credit of spaced reporters' names after 讯, the lead going on without a day (○本報訊 特約記者 江某 通訊員 黃某
# 春風催新綠,…; 本報訊 記者 吳某(zhèn) 通訊員 賴某 18日,…)
_SPACED_CREDIT = re.compile(r"^\s*[○●◆■□]?\s*[^\s，,。]{0,16}?讯\s+(?:(?:特约|实习|见习|首席|全媒体|融媒体)?(?:记者|通讯员)\s*"
                            r"[\u4e00-\u9fff·]{2,4}(?:[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）])?[\u4e00-\u9fff·]{0,2}\s+)+")
# a paper's reporter credit without 讯 (本报记者某某报道 8月11日上午,…), kept as the byline by some tools
_REPORTED_CREDIT = re.compile(r"^\s*(?:本报|本网|本台)?(?:特约|实习|见习|首席|全媒体|融媒体)?(?:记者|通讯员)\s*"
                              r"[\u4e00-\u9fff·、\s]{2,16}?报道(?:\s*[:：]|\s+)")
# an outlet's name and a space before a lead without 讯 (中国发展网 “中秋、国庆”双节临近,…): a credit as well
_OUTLET_CREDIT = re.compile(r"^\s*[\u4e00-\u9fff]{2,10}(?:网|日报|晚报|客户端)[ 　]+(?=\S)")
# (a reading of several syllables, 扬子晚报(yángziwǎnbào), carries a tone mark; a mirror may leave a space before the bracket)
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[（(](?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}|(?=[^)）]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
                     r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{8,30}) ?[)）]")  # 會(huì ): a space before the bracket too
# a photo credit glued inside a sentence (…致辞，开工仪式现场张晗摄据了解，…): the issue asks for it to go, so
# it is left out of both the labels and every tool's text (a tool keeping it scores as one leaving it out)
_GLUED_CREDIT = re.compile(r"(?<=[，,。；;])[\u4e00-\u9fff]{2,8}?(?:现场|合影|掠影|一角)[\u4e00-\u9fff·]{2,4}摄(?=[\u4e00-\u9fff])")
# a forum's anti-copy jammer wedged between characters (…摸0 ( M m = f Y排…, 群1 D V r Q众): the issue asks for
# watermark tokens to go, so it is left out of both the labels and every tool's text
_JAMMER = re.compile(r"(?<=[\u4e00-\u9fff])[ ]*(?:[!-~]{1,2}[ ]+){3,}[!-~]{1,2}[ ]*(?=[\u4e00-\u9fff])")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)


@dataclass
class Extract:
    """What a tool returned for one article of a page."""

    title: str | None
    date: str | None
    body: str


@dataclass
class Gold:
    """One labelled page."""

    file: Path
    titles: list[str]
    date: str | None
    first: str
    last: str
    items: int = 1
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Score:
    """The per-page verdicts; None where a label is missing."""

    one_article: bool
    title: bool | None
    date: bool | None
    invented_date: bool
    start: bool | None
    end: bool | None
    chrome: bool
    crash: bool
    empty: bool


def dev_dir() -> Path:
    """Return the development-set folder: $BRIEFGEN_DEV or ../shared/dev beside the repository."""
    return Path(os.environ.get("BRIEFGEN_DEV") or ROOT.parent / "shared" / "dev")


def _converter():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


_T2S = None


def simplified(text: str | None) -> str:
    """Return ``text`` simplified and NFKC-folded, without pinyin annotations (会(huì)议: a mirror's)."""
    global _T2S
    if _T2S is None:
        _T2S = _converter()
    return _T2S.convert(_unmarked(unicodedata.normalize("NFKC", text or "")))


def _unmarked(text: str) -> str:
    """Return ``text`` without what the scorer leaves out everywhere: pinyin, glued photo credits, jammers."""
    unread = _PINYIN.sub("", text)
    while unread != text:  # 种(zhong)(zhong): the second reading follows the first, not a character
        text, unread = unread, _PINYIN.sub("", unread)
    return _JAMMER.sub("", _GLUED_CREDIT.sub("", unread))


_MONTH_BETWEEN_DIGITS = re.compile(r"(?<=\d)月(?=\d)")


def norm(text: str | None) -> str:
    """Return ``text`` simplified, NFKC-folded, without whitespace or punctuation; 著 and 着 match (a label keeps
    the 随著 a mirror printed, a tool may write 随着), and so do a date and the same date a page printed without its
    月 (5月21日 and 521日: a label keeps what the page lost, a tool may read it back)."""
    return _MONTH_BETWEEN_DIGITS.sub("", _folded(text))


def _folded(text: str | None) -> str:
    """Return ``text`` simplified, NFKC-folded, without whitespace or punctuation, 著 as 着 (norm() before dates)."""
    return _PUNCT.sub("", simplified(text)).lower().replace("著", "着")


def read_html_gold(path: Path, base: Path | None = None) -> list[Gold]:
    """Return the labelled pages of an html gold TSV (file, source, title, pub_date, first, last, notes).

    ``file`` is relative to ``base``, by default the TSV's own folder.
    """
    base = base or path.parent
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if "NOT_ARTICLE" in (row.get("notes") or ""):
                continue
            rows.append(Gold(base / row["file"], _titles(row["title"]), row["pub_date"] or None,
                             row["first_sentence"], row["last_sentence"], extra=row))
    return rows


def read_pages_gold(path: Path, base: Path | None = None) -> list[Gold]:
    """Return the labelled text pages of a ``gold.tsv``; ``file`` is relative to ``base``, by default its folder."""
    base = base or path.parent
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows.append(Gold(base / row["file"], _titles(row["title"]), row["pub_date"] or None,
                             row["first_sentence"], row["last_sentence"], int(row["items"] or 1), row))
    return rows


def _titles(cell: str) -> list[str]:
    return [t.strip() for t in cell.split("||") if t.strip()]


def _starts(body: str, first: str) -> bool:
    """Return True when the body opens with the first sentence, its lead credit (本报讯(记者…), 【记者 …】) optional."""
    if not first:
        return False
    opening = norm(body)
    # the credit is matched on the simplified text: 本報訊(記者…) is a credit as much as 本报讯(记者…)
    credits = (_LEAD_CREDIT, _LEAD_CREDIT_LONG, _BRACKET_CREDIT, _OUTLET_CREDIT, _TAG_CREDIT, _PAREN_CREDIT,
               _SPACED_CREDIT, _NAMES_CREDIT, _RELAYED_CREDIT, _REPORTED_CREDIT)
    head = simplified(body.lstrip()[: len(first) + CREDIT_ROOM])  # the credit on its own line over a label without it
    labels = {norm(first), *(norm(credit.sub("", simplified(first), count=1)) for credit in credits)}
    openings = {opening, norm(_OUTLET_LEAD.sub("", head, count=1))}
    return any(o.startswith(label) for o in openings for label in labels if label)


def _cut_copy(body: str, page: str) -> bool:
    """Return True when the body runs to where a stored copy of the page stops mid-sentence."""
    tail = norm(body)[-CUT_KEY:]
    return bool(tail) and norm(page).endswith(tail) and not _SENTENCE_END.search(body.rstrip()[-1:])


def _ends(body: str, last: str, page: str = "") -> bool:
    if page and _cut_copy(body, page):  # the gold's last complete sentence is one of the last paragraphs
        paragraphs = [p for p in body.split("\n") if p.strip()]
        return norm(last) in norm("".join(paragraphs[-CUT_PARAGRAPHS:]))
    key, text = norm(last), _unmarked(body)  # offsets are counted on text norm() keeps whole
    if not key:
        return False
    normed = norm(text)
    at = normed.rfind(key)
    if at < 0:
        return False
    tail = _EDGE_PUNCT.sub("", text[_raw_offset(text, at + len(key)):])
    if _SENTENCE_END.search(tail):
        return False
    return len(norm(tail)) <= LEFTOVER_MAX or "\n" not in tail  # a copy cut inside its last paragraph


def _raw_offset(text: str, normed_chars: int) -> int:
    """Return the offset in ``text`` after which ``normed_chars`` normalised characters have passed."""
    pieces = [_folded(ch) for ch in text]
    folded = "".join(pieces)
    dropped = {m.start() for m in _MONTH_BETWEEN_DIGITS.finditer(folded)}  # 5 月21日: norm() leaves that 月 out
    seen, at = 0, 0
    for i, piece in enumerate(pieces):
        if seen >= normed_chars:
            return i
        seen += sum(1 for k in range(at, at + len(piece)) if k not in dropped)
        at += len(piece)
    return len(text)


# a column's name a label kept before the headline (【新春走基层】…, 静安 | …, 乡村之美丨…): the labelling rule says a
# title is no column name, so the headline without it is right too
_COLUMN_TAG = re.compile(r"^\s*(?:【[^】]{1,12}】|[^\s|｜丨]{1,8}\s*[|｜丨])\s*(?=\S)")


def score_page(gold: Gold, extracts: list[Extract] | None, crashed: bool = False) -> Score:
    """Return the verdicts for one page; ``extracts`` is None when the tool crashed."""
    found = extracts or []
    main = found[0] if found else Extract(None, None, "")
    titles = {norm(t) for t in gold.titles} | {norm(_COLUMN_TAG.sub("", t, count=1)) for t in gold.titles}
    title_ok = None if not titles or gold.items > 1 else norm(main.title) in titles
    single = gold.items == 1
    return Score(
        one_article=len(found) == 1 if single else len(found) >= 2,
        title=title_ok,
        date=None if not gold.date else main.date == gold.date,
        invented_date=not gold.date and bool(main.date),
        start=_starts(main.body, gold.first) if single and gold.first else None,
        end=_ends(main.body, gold.last, _page_text(gold)) if single and gold.last else None,
        chrome=any(w.lower() in main.body.lower() for w in CHROME_WORDS),
        crash=crashed,
        empty=not crashed and not found,
    )


def _page_text(gold: Gold) -> str:
    return gold.file.read_text(encoding="utf-8") if gold.file.suffix == ".txt" else ""


def rate(scores: list[Score], name: str) -> tuple[int, int]:
    """Return (true count, labelled count) of verdict ``name`` over ``scores``."""
    values = [getattr(s, name) for s in scores if getattr(s, name) is not None]
    return sum(bool(v) for v in values), len(values)
