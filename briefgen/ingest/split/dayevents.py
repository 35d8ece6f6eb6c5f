"""Chronicle days that hold several events (大事记): one paragraph per event, each opening with its day.

A day on a line of its own over a line per event, or a dated entry whose events are marked (△ … △ …,
● …, 1. …), becomes ``3月1日 event`` paragraphs, which the chronicle split makes items of their own; a bare day under
a month's label (2月 / 9日 …) gets that month.
"""

from __future__ import annotations

import re

import cn2an

from briefgen.ingest.split.vocab import ends_sentence, plain, vocab
from briefgen.readers.base import Block

_DAY = r"(?:\d{1,2}月)?\d{1,2}(?:日?[至—–─~～-]+(?:\d{1,2}月)?\d{1,2})?日(?:[上中下]午|晚上?)?"
_BARE_DAY = re.compile(rf"^(?:{_DAY}|同日)\s*[:：]?$")
_LED_DAY = re.compile(rf"^({_DAY}|同日)(\s*[，,：:]|[ \u3000\t]+)")
_AFTER_SENTENCE = "。！？!?"
DAYS_MIN = 3  # distinct days that make a text a chronicle


def _day_of(text: str) -> tuple[str, str] | None:
    """Return (day, separator) of a day line (3月1日) or a dated entry (3月1日，… / 3月1日 …)."""
    if _BARE_DAY.match(text):
        return text.rstrip(" :："), " "
    led = _LED_DAY.match(text)
    return (led.group(1), " ") if led else None


def _is_chronicle(texts: list[str]) -> bool:
    days = {day[0] for text in texts if (day := _day_of(text)) is not None and day[0] != "同日"}
    return len(days) >= DAYS_MIN


def _events(text: str) -> list[str]:
    """Return the marked events of ``text`` (a mark opens it or follows a sentence's end), or [text]."""
    mark = vocab().event_mark
    cuts = [m for m in mark.finditer(text) if m.start() == 0 or text[m.start() - 1] in _AFTER_SENTENCE]
    if not cuts:
        return [text]
    bounds = [*(m.start() for m in cuts), len(text)]
    head = [text[: bounds[0]]] if bounds[0] > 0 else []
    pieces = head + [text[m.end():end] for m, end in zip(cuts, bounds[1:], strict=True)]
    return [p.strip() for p in pieces if p.strip()]


def _event_line(text: str, from_day_line: bool) -> str | None:
    """Return the event of a line under a day (its mark or number taken off), or None when it is none."""
    v = vocab()
    if not ends_sentence(text):
        return None
    mark = v.event_mark.match(text) or (v.event_number.match(text) if from_day_line else None)
    if mark is not None and _day_of(text[mark.end():]) is None:
        return text[mark.end():].strip()
    return text if from_day_line and _day_of(text) is None else None


# a chronicle printed as one run of text: each dated entry after the last one's full stop (…换届选举。 1月7日 …)
# or marked (…名列前茅。 ◎1月4日，国资委…)
_INLINE_ENTRY = re.compile(r"(?<=[。！？”])\s+(?=(?:\d{1,2}月)?\d{1,2}日(?:\s*[-—–至]\s*(?:\d{1,2}月)?\d{1,2}日)?[ \u3000])"
                           r"|(?<=[。！？”])\s*(?=◎\s*(?:\d{1,2}月)?\d{1,2}日)")


_MARKED_DAY = re.compile(r"^◎\s*(?:\d{1,2}月)?\d{1,2}日")


def _entries_apart(blocks: list[Block]) -> list[Block]:
    """Return the blocks with a run of DAYS_MIN or more inline dated entries cut into a block per entry."""
    out: list[Block] = []
    for block in blocks:
        cuts_possible = block.kind == "paragraph" and block.text.count("日") >= DAYS_MIN - 1  # each cut is before a 日
        pieces = _INLINE_ENTRY.split(block.text) if cuts_possible else [block.text]
        if len(pieces) < DAYS_MIN:
            out.append(block)
            continue
        out.extend(Block(p.strip(), block.line, block.kind, block.level) for p in pieces if p.strip())
    return out


def split_day_events(blocks: list[Block]) -> list[Block]:
    """Return the blocks with each event of a chronicle day as its own ``day event`` paragraph."""
    apart = _entries_apart(blocks)
    texts = [plain(b.text) for b in apart]
    if not _is_chronicle(texts) and sum(bool(_MARKED_DAY.match(t)) for t in texts) < DAYS_MIN:
        return blocks  # entries cut apart only where they make a chronicle or a column of marked briefs
    blocks = apart
    out: list[Block] = []
    day: tuple[str, str] | None = None
    bare = False  # the day stands on a line of its own: every sentence line under it is an event
    pending: list[Block] = []  # that day line, dropped once an event under it carries its day
    for block, text in zip(blocks, texts, strict=True):
        found = _day_of(text) if block.kind == "paragraph" else None
        if found is not None:
            out.extend(pending)
            day, bare, pending = found, _BARE_DAY.match(text) is not None, [block] if _BARE_DAY.match(text) else []
            if not bare:
                rest = text[_LED_DAY.match(text).end():].strip()  # type: ignore[union-attr]
                events = _events(rest)
                out.extend(_dated(block, found, events) if events != [rest] else [block])
                day = None if rest.endswith(("：", ":")) else day  # the points of one event follow
            continue
        event = _event_line(text, bare) if day is not None and block.kind == "paragraph" else None
        if day is not None and event is not None:
            out.extend(_dated(block, day, _events(event)))
            pending = []
            continue
        out.extend(pending)
        pending = []
        day = day if ends_sentence(text) else None  # a heading (四月, 重要会议) ends the day
        out.append(block)
    return _with_months(out)  # a day line with no event under it (a copy cut after its day) is no text


_MONTH_LABEL = re.compile(r"^\s*((?:\d{1,2}|[一二三四五六七八九十]{1,3})月)\s*$")  # 2月 over the entries of that month


def _arabic_month(month: str) -> str:
    """Return a month label in figures (一月 → 1月, 十二月 → 12月; 2月 stays), as the entries' days are written."""
    return month if month[0].isdigit() else f"{cn2an.cn2an(month[:-1], 'smart')}月"


def _with_months(blocks: list[Block]) -> list[Block]:
    """Return the blocks with each entry that opens on a bare day given the month of the label above it
    (2月 / 9日 市县乡负责干部大会召开… → 2月9日 市县乡负责干部大会召开…)."""
    out: list[Block] = []
    month: str | None = None
    for block in blocks:
        text = plain(block.text)
        label = _MONTH_LABEL.match(text)
        led = _LED_DAY.match(text) if month and label is None else None
        if label is not None:
            month = _arabic_month(label.group(1))
        elif led is not None and "月" not in led.group(1) and led.group(1) != "同日":
            dated = f"{month}{led.group(1)}{led.group(2)}{text[led.end():].strip()}"
            block = Block(dated, block.line, block.kind, block.level)
        out.append(block)
    return out


def _dated(block: Block, day: tuple[str, str], events: list[str]) -> list[Block]:
    return [Block(f"{day[0]}{day[1]}{event}", block.line, block.kind, block.level) for event in events]
