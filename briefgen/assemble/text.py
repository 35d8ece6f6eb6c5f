"""Text shaping for items: sentences, length cuts, headlines from leads, source notes."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from briefgen.assemble.headcut import (
    before_list,
    lightened,
    without_name_list,
    without_post,
    without_title_chain,
    word_prefix,
)
from briefgen.resources import data_file
from briefgen.sentences import BRACKETS, marks_outside_brackets, split_sentences
from briefgen.yamlio import load_yaml


@cache
def text_rules() -> dict[str, Any]:
    """Return the assembly word lists from ``briefgen/data/profiles/_text.yaml``."""
    path = data_file("profiles") / "_text.yaml"
    data: dict[str, Any] = load_yaml(path.read_text(encoding="utf-8"))
    return data


def sentences(text: str) -> list[str]:
    """Return ``text`` split after sentence ends (the project's one splitter), closing quotes kept."""
    return split_sentences(text.strip())


def cut_at_clause(text: str, limit: int) -> str:
    """Return ``text`` cut to ``limit`` characters at the last clause end, marked with ……."""
    if len(text) <= limit:
        return text
    mark = text_rules()["ellipsis"]
    room = text[: max(limit - len(mark), 1)]
    stops = text_rules()["clause_ends"] + text_rules()["sentence_ends"]
    last = max(room.rfind(c) for c in stops)
    head = room[:last] if last >= len(room) // 2 else room
    return head + mark


def fit_sentences(parts: list[str], limit: int, least: int = 0) -> list[str]:
    """Return the leading sentences of ``parts`` (paragraph texts) that fit in ``limit`` chars.

    Paragraph breaks are kept: one string per paragraph that kept any text. When the next
    sentence does not fit and fewer than ``least`` characters are kept, it is cut at a clause.
    """
    kept: list[str] = []
    used = 0
    for part in parts:
        taken = ""
        for sentence in sentences(part):
            if used + len(sentence) > limit:
                if used < least:
                    taken += cut_at_clause(sentence, limit - used)
                if taken:
                    kept.append(taken)
                return kept
            taken += sentence
            used += len(sentence)
        if taken:
            kept.append(taken)
    return kept


def split_trailing_note(text: str) -> tuple[str, str | None]:
    """Return the text without a short trailing (来源) note, and the note's inside if any."""
    limit = int(text_rules()["source_note_max_chars"])
    match = re.search(rf"[（(]([^（）()]{{1,{limit}}})[）)]\s*$", text)
    if not match or match.start() == 0:
        return text, None
    before = text[: match.start()].rstrip()
    if not before or before[-1] not in text_rules()["sentence_ends"] + "”’」』":
        return text, None
    return before, match.group(1).strip()


_DOTS = re.compile(r"(?<=[\u4e00-\u9fff”」）])(?:\.{3,}|。{3,}|…+)[。.]*")  # 跟进中....。 / 跟进中。。。: an ellipsis
_HALF_END = re.compile(r"(?<=[\u4e00-\u9fff”）])([?!])(?![A-Za-z0-9_/=&])")  # 进展? → 进展？, never an address's ?


def full_width_ends(text: str) -> str:
    """Return ``text`` with ASCII ? and ! after Chinese printed ？ and ！."""
    return _HALF_END.sub(lambda m: "？" if m.group(1) == "?" else "！", text) if "?" in text or "!" in text else text


def closed(paragraph: str) -> str:
    """Return a printed paragraph that ends as a sentence: a clause mark where the cut fell becomes 。, a run of
    dots after Chinese text (跟进中....。) is the ellipsis ……, and ? or ! after Chinese is full-width."""
    return full_width_ends(_DOTS.sub("……", re.sub(r"[；;，,]$", "。", paragraph.rstrip())))


def clean_title(title: str) -> str:
    """Return a headline without column tags, media marks or a closing full stop."""
    for pattern in [*text_rules()["title_prefixes"], *text_rules()["title_suffixes"]]:
        title = re.sub(pattern, "", title)
    return title.strip().rstrip("。；;")


_PAIRS = {"“": "”", "《": "》", "（": "）", "(": ")", "「": "」", "‘": "’"}


def shortened(head: str, limit: int) -> str:
    """Return ``head`` cut to ``limit`` characters, at the last 、 or —— when there is one, never inside a
    quote or a title left open (…举办“平安大运 → …举办)."""
    if len(head) <= limit:
        return head
    if title := _document_title(head, limit):
        return title  # …微信公众号发布“关于…的通告”: the document, not who released it
    head = lightened(head, limit)  # what an editor leaves out goes first, even when the rest still runs long
    if len(head) <= limit:
        return head
    folded = without_name_list(head)
    if len(folded) <= limit:
        return folded
    head = without_post(head, limit)  # 市人大常委会副主任连某带领… → 连某带领…: the post before a cut
    if len(head) <= limit:
        return head
    cut = max(head.rfind("、", 0, limit), head.rfind("——", 0, limit))
    short = head[:cut] if cut >= 8 else word_prefix(head, limit)
    if cut >= 8 and head[cut] == "、":
        short = before_list(short) or short
    opened = [i for i, ch in enumerate(short) if ch in _PAIRS and _PAIRS[ch] not in short[i:]]
    return short[: opened[0]] if opened and opened[0] >= 8 else short


def _document_title(head: str, limit: int) -> str:
    """Return the title of a published document quoted in ``head`` when it fits ``limit``, else ""."""
    m = re.search(text_rules()["document_title"], head)
    return m.group(1) if m and len(m.group(1)) <= limit else ""


def _clauses(text: str, cuts: str) -> list[str]:
    """Return ``text`` split at the ``cuts`` marks that stand outside quotes and brackets."""
    bounds = [-1, *marks_outside_brackets(text, cuts), len(text)]
    return [text[a + 1:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


_OPENING_QUOTES = re.compile(r"^(?:[“「][^”」]*[”」][^\s“「]{0,12}?[。！？!?，,]?\s*)+")  # “…”县长说。 opening a lead
_CJK = re.compile(r"[\u4e00-\u9fff]")
HEADLINE_CLAUSE_MIN = 8  # characters of a clause a headline is built from
TOLD_MIN = 8  # Chinese characters after the quotations that open a lead for a headline to be built from them


def _news_sentence(found: list[str]) -> str:
    """Return the lead's sentence that tells the news: the first, or the second when the first only sets the scene
    (清明节临近，森林防火工作刻不容缓。 / 3月23日，某镇召开…)."""
    rules = text_rules()
    if len(found) > 1 and len(found[0]) <= int(rules["scene_sentence_max"]) and not re.search(r"\d", found[0]) and (
            re.match(rules["news_sentence_opening"], found[1])):
        return found[1]
    if len(found) > 1 and re.search(rules["attribution_sentence_end"], found[0].rstrip(rules["sentence_ends"])):
        return found[1]  # “……”某某向笔者介绍道。: who said the quotation, then the news
    if len(found) > 1 and re.match(rules["place_sentence_opening"], found[0]):
        return found[1]  # 地处秦巴山区的某县，素有…美誉。 / 据了解，…某县累计治理河道18公里…: the place, then the news
    if len(found) > 1 and re.match(rules["framing_sentence"], found[0]):
        return found[1]  # 2025年是“十四五”收官之年，… / 2025年，某市人大常委会…颁布法规6部: the year, then the news
    return found[0]


_END_QUOTES = "”’」』"  # closing quotes a sentence's end takes with it


def _balanced(text: str) -> str:
    """Return ``text`` with the closing quotes its end marks took with them given back (…实现“1小时通达) and
    without a closing quote the copy lost the opening of (…美丽四川行”活动走进某市)."""
    for opening, closing in BRACKETS.items():
        if closing in _END_QUOTES and text.count(opening) > text.count(closing):
            text += closing
        elif closing in _END_QUOTES and opening not in text and closing in text:
            text = text.replace(closing, "")
    return text


def _with_subject(head: str, before: list[str]) -> str:
    """Return ``head`` with the subject of the first clause ``before`` it that opens on one, when ``head`` opens on
    an adverb and has lost who acts (全年颁布法规6部 after 某市人大常委会坚持科学立法… → 某市人大常委会全年颁布法规6部)."""
    rules = text_rules()
    if not head.startswith(tuple(rules["subjectless_openings"])):
        return head
    subject = next((m for m in (re.match(rules["subject_head"], c) for c in before) if m is not None), None)
    return subject.group(0) + head if subject else head


@cache
def _post_and_name() -> re.Pattern[str]:
    """Return the pattern of a post and the name after it ending a clause (…原主任董某某; not …书记座谈会)."""
    posts = "|".join(text_rules()["person_posts"])
    return re.compile(rf"(?:{posts})[\u4e00-\u9fff·]{{2,3}}(?<![会议班团组])$")


def _with_destination(clauses: list[str], head: str) -> str:
    """Return ``head`` with the clause after it when it names only who went (副县长金鑫带队 → …带队到某镇督查…;
    某某会长、…原主任董某某 → …董某某带领省调研组到…)."""
    named = _post_and_name().search(head)
    if not (head.endswith(tuple(text_rules()["subject_clause_ends"])) or named) or head not in clauses:
        return head
    at = clauses.index(head)
    return head + clauses[at + 1] if at + 1 < len(clauses) and clauses[at + 1] else head


PURPOSE_OPENINGS = ("为了", "为")


def _setting_clauses(clauses: list[str], skip: list[str]) -> tuple[list[int], dict[int, int]]:
    """Return the indexes of clauses that only set time, place or purpose (a purpose's further aims with it:
    为进一步净化…，切实给考生营造…，确保…), and for each clause of a purpose the index of its 为 clause."""
    setting: list[int] = []
    purposes: dict[int, int] = {}
    for n, clause in enumerate(clauses):
        if n - 1 in purposes and clause.startswith(tuple(text_rules()["purpose_followers"])):
            purposes[n] = purposes[n - 1]
        elif any(re.fullmatch(p, clause) for p in skip):
            purposes.update({n: n} if clause.startswith(PURPOSE_OPENINGS) else {})
        else:
            continue
        setting.append(n)
    return setting, purposes


def _late_purpose(clauses: list[str], setting: list[int], start: int | None) -> bool:
    """Return True for a setting clause told after the news (…开展专题调研，为全县乡村振兴起好步), or after the clause
    naming who acts (某镇锚定高质量发展目标，在区委坚强领导下，统筹推进…): no opening setting."""
    return start is not None and any(m not in setting and len(clauses[m]) >= HEADLINE_CLAUSE_MIN for m in range(start))


def headline_from_lead(lead: str, limit: int = 0) -> str:
    """Return a short headline (``limit`` characters, or the assembly's usual length): the lead's first clause
    after its time and purpose setting; a lead that opens on a quotation (“今天的活动很有意义……”) gives its first
    sentence that is not one, or the quotation's words when it is all quotation."""
    lead = lead.strip().lstrip("：:，,；;")  # ：“此次…”: a piece left over from a split
    told = _OPENING_QUOTES.sub("", lead)
    if len(_CJK.findall(told)) >= TOLD_MIN:
        lead = told
    found = sentences(lead.lstrip("“「\""))
    first = _balanced((_news_sentence(found) if found else lead).rstrip(text_rules()["sentence_ends"] + _END_QUOTES))
    for pattern in text_rules()["lead_openers"]:
        first = re.sub(pattern, "", first)
    clauses = _clauses(first, text_rules()["headline_cuts"])
    skip = text_rules()["lead_clause_skip"]
    setting, purposes = _setting_clauses(clauses, skip)
    backing = text_rules()["backing_clause"]  # 在区委坚强领导下 after who acts: no opening setting
    opening = [n for n in setting if not _late_purpose(
        clauses, setting, purposes.get(n, n if re.fullmatch(backing, clauses[n]) else None))]
    after = max(opening) + 1 if opening else 0
    useful = [c for n, c in enumerate(clauses) if c and n not in setting]
    later = [c for c in clauses[after:] if c and len(c) >= 8]
    head = _with_destination(clauses, (later or [c for c in useful if len(c) >= 8] or useful or [first])[0])
    head = _with_subject(head, clauses[: clauses.index(head)] if head in clauses else [])
    for pattern in text_rules()["headline_trailing"] + text_rules()["headline_leading"]:
        head = re.sub(pattern, "", head)
    limit = limit or int(text_rules()["headline_max_chars"])
    return shortened(without_title_chain(head, limit), limit)


def figure_spans(text: str, marks: list[str]) -> list[dict[str, str]]:
    """Return ``text`` as spans where each occurrence of a figure's text is a figure span."""
    found: list[tuple[int, int]] = []
    for mark in sorted({m for m in marks if m}, key=len, reverse=True):
        for match in re.finditer(re.escape(mark), text):
            span = (match.start(), match.end())
            if all(span[1] <= a or span[0] >= b for a, b in found):
                found.append(span)
    spans: list[dict[str, str]] = []
    at = 0
    for start, end in sorted(found):
        if start > at:
            spans.append({"kind": "text", "text": text[at:start]})
        spans.append({"kind": "figure", "text": text[start:end]})
        at = end
    if at < len(text):
        spans.append({"kind": "text", "text": text[at:]})
    return spans
