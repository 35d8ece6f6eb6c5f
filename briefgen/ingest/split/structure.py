"""Document-level structure: masthead, table of contents, imprint, and which headings start articles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefgen.ingest.clean.garble import garble_reason
from briefgen.ingest.clean.trailer import find_trailer
from briefgen.ingest.split.vocab import ends_sentence, is_lead, plain, vocab
from briefgen.readers.base import Block
from briefgen.records import Masthead

TOC_ENTRY_MAX = 60
_TOC_TAIL = re.compile(r"[\s.…·．]*\d{0,4}$")
_TOC_HEAD = re.compile(r"^\d{1,3}\s*[.、．…]+\s*")
_WIDE_SPACE = re.compile(r"(?:\s*\u3000\s*|\s{2,})")
_NORM = re.compile(r"[\s*#“”\"'《》「」:：·—-]+")
VERSE_LINES, VERSE_LINE_MAX, VERSE_LONG = 5, 16, 6  # a lead-in set as a line per phrase: 5 lines or more
_VERSE_MARKS = re.compile(r"[\s\d，,。；;：:！？!?、（）()《》【】|]")


@dataclass
class Layout:
    """Where the body is and what surrounds it."""

    start: int = 0
    end: int = 0
    masthead: Masthead | None = None
    masthead_date_text: str | None = None
    toc: list[str] = field(default_factory=list)
    skipped: set[int] = field(default_factory=set)
    closing_date_text: str | None = None
    masthead_flags: list[str] = field(default_factory=list)


def norm_title(text: str) -> str:
    """Return a title reduced for comparison (no spaces, quotes, marks)."""
    return _NORM.sub("", plain(text))


def _masthead_parts(text: str) -> list[str]:
    """Return the parts of a masthead line (刊名、期号、单位、日期 may share one line, set apart by spaces)."""
    parts = [p for p in _WIDE_SPACE.split(text) if p]
    return parts if len(parts) > 1 else [text]


def find_masthead(blocks: list[Block], layout: Layout) -> None:
    """Read a bulletin masthead (刊名, 第X期, 编印单位, date) from the first short blocks."""
    v = vocab()
    found: dict[str, tuple[int, str]] = {}
    patterns = (("issue", v.masthead_issue), ("date", v.dateline),
                ("name", v.masthead_name), ("issuer", v.masthead_issuer))
    unread: list[tuple[int, str]] = []
    for i, block in enumerate(blocks[:10]):
        text = plain(block.text)
        if len(text) > 40 or is_lead(text) or v.column_tag.match(text):
            break
        for part in _masthead_parts(text):
            key = next((k for k, pattern in patterns if k not in found and pattern.match(part)), None)
            if key is not None:
                found[key] = (i, part)
            else:
                unread.append((i, part))
    if "issue" not in found and not ("name" in found and "date" in found):
        return
    masthead_lines = {i for i, _ in found.values()}
    reasons = (garble_reason(part) for i, part in unread if i in masthead_lines)
    layout.masthead_flags = [r for r in reasons if r]
    text_of = {k: part for k, (_, part) in found.items()}
    layout.masthead = Masthead(text_of.get("name"), text_of.get("issue"), text_of.get("issuer"), None)
    layout.masthead_date_text = text_of.get("date")
    layout.skipped.update(i for i, _ in found.values())
    layout.start = max(i for i, _ in found.values()) + 1


def find_imprint(blocks: list[Block], layout: Layout) -> None:
    """Cut the 版记 (主送/抄送…) at the end of the document."""
    v = vocab()
    floor = layout.start + (len(blocks) - layout.start) // 2
    for i in range(len(blocks) - 1, floor - 1, -1):
        if v.imprint.match(plain(blocks[i].text)):
            layout.end = i
    if not layout.end:
        layout.end = len(blocks)


def find_toc(blocks: list[Block], layout: Layout) -> None:
    """Skip a table of contents (and a cover before it); remember its entries."""
    v = vocab()
    for i in range(layout.start, min(layout.end, layout.start + 60)):
        if norm_title(blocks[i].text) not in v.toc_titles:
            continue
        j = i + 1
        while j < layout.end and (_is_toc_entry(blocks[j]) or _recurs_as_title(blocks, j, layout.end)):
            layout.toc.append(norm_title(_TOC_TAIL.sub("", _TOC_HEAD.sub("", plain(blocks[j].text)))))
            j += 1
        if layout.toc:
            layout.skipped.update(range(layout.start, j))
            layout.start = j
        return


def _recurs_as_title(blocks: list[Block], j: int, end: int) -> bool:
    """Return True when the short line ``j`` comes back later as a line of its own (an unnumbered entry)."""
    key = norm_title(blocks[j].text)
    if not 4 <= len(key) <= TOC_ENTRY_MAX or blocks[j].kind == "heading":
        return False
    return any(norm_title(blocks[k].text) == key for k in range(j + 1, end))


def _is_toc_entry(block: Block) -> bool:
    text = plain(block.text)
    return block.kind != "heading" and len(text) <= 80 and bool(vocab().toc_entry.search(text))


def in_toc(title: str, toc: list[str]) -> bool:
    """Return True when ``title`` matches a table-of-contents entry."""
    key = norm_title(title)
    return bool(key) and any(key == t or (len(t) >= 6 and (t in key or key in t)) for t in toc)


def _verse_line(text: str) -> bool:
    """Return True for one phrase of a lead-in set a line per phrase (是生态系统的重要组成部分): short, no marks."""
    return 0 < len(text) <= VERSE_LINE_MAX and not _VERSE_MARKS.search(text)


BOX_LINES, BOX_WORD_MAX = 6, 6  # a poster's stats box or a menu a word per line: six short lines or more


def find_word_box(blocks: list[Block], layout: Layout) -> None:
    """Skip a box of one-word lines opening the text (- 积分 / - 1043 / - 贡献 / - 威望 / …), a forum poster's
    stats or a menu, when text follows it."""
    span = blocks[layout.start:layout.end]
    lines = (plain(b.text).strip(" -•·|｜") for b in span)  # read up to the first long one only
    run = next((i for i, t in enumerate(lines) if len(t) > BOX_WORD_MAX or ends_sentence(t)), len(span))
    if BOX_LINES <= run < len(span):
        layout.skipped.update(range(layout.start, layout.start + run))
        layout.start += run


def find_verse(blocks: list[Block], layout: Layout) -> None:
    """Skip a lead-in set a line per phrase over the text (野生动物是人类的朋友 / 是生态系统的重要组成部分 / …),
    its last phrase no headline: five phrases or more, most of them no menu word, then a lead paragraph."""
    texts = [plain(b.text).strip() for b in blocks[layout.start:layout.end]]
    kinds = [b.kind for b in blocks[layout.start:layout.end]]
    run = next((i for i, t in enumerate(texts) if not _verse_line(t) or kinds[i] == "heading"), len(texts))
    if run < VERSE_LINES or run == len(texts) or not (is_lead(texts[run]) or ends_sentence(texts[run])):
        return
    if sum(len(t) >= VERSE_LONG for t in texts[:run]) * 2 < run:
        return  # 首页 / 新闻 / 政务: a menu a word per line, not phrases
    layout.skipped.update(range(layout.start, layout.start + run))
    layout.start += run


RANKED_PAIRS, RANKED_TITLE_MAX = 3, 40  # 1 / 县妇联：… / 2 / 竹山新闻|…: a ranked list of links, 3 entries or more
_RANK = re.compile(r"^\d{1,2}$")


def _ranked_at(texts: list[str], i: int) -> bool:
    """Return True when a ranked list of links begins at ``i``: 1, a short title, 2, a short title, …"""
    for rank in range(1, RANKED_PAIRS + 1):
        at = i + 2 * (rank - 1)
        if at + 1 >= len(texts) or texts[at] != str(rank):
            return False
        if len(texts[at + 1]) > RANKED_TITLE_MAX or ends_sentence(texts[at + 1]) or _RANK.match(texts[at + 1]):
            return False
    return True


def find_ranked_links(blocks: list[Block], layout: Layout) -> None:
    """End the body where a ranked list of links begins (a page's 排行 or related news), a bare mark line
    (-) over it included."""
    if not any("1" in b.text for b in blocks[layout.start + 1:layout.end]):
        return  # no line can be the list's 1
    texts = [plain(b.text).strip() for b in blocks[:layout.end]]
    at = next((i for i in range(layout.start + 1, layout.end) if texts[i] == "1" and _ranked_at(texts, i)), None)
    if at is not None:
        layout.end = at - 1 if texts[at - 1] in ("-", "—", "·") and at - 1 > layout.start else at


def layout_of(blocks: list[Block]) -> Layout:
    """Return the document layout: masthead, TOC and imprint located."""
    layout = Layout(end=len(blocks))
    find_masthead(blocks, layout)
    find_imprint(blocks, layout)
    find_toc(blocks, layout)
    find_trailer(blocks, layout)
    find_word_box(blocks, layout)
    find_verse(blocks, layout)
    find_ranked_links(blocks, layout)
    return layout
