"""The project's one sentence splitter: Chinese and Western sentence ends, closing quotes kept.

Ingest stores its sentences and assembly cuts items with it, so both agree on every end mark.

``split_sentences`` also splits at a semicolon (a pickable unit); ``whole_sentences`` undoes that.
"""

from __future__ import annotations

import re

_CLAUSE_ENDS = ("；", ";")
TERMINAL = "。！？!?；;…"
CLOSERS = "”’」』）)】》\"'"
CLAUSE_MARK = re.compile(r"[，,。！？!?；;：:]")  # a line holding one holds a clause, not a phrase, a caption or a name
# A first character, then up to the first end mark (or the end): what ``.+?`` before the end marks
# would take, found by a scan of a character class instead of a try of the end marks at each character.
_END = re.compile(r"(.[^。！？!?；\n]*(?:[。！？!?；]+[”’」』）)]*|$))")


def split_sentences(text: str) -> list[str]:
    """Return the sentences of ``text``, each with its closing punctuation; a book title's own ! or ？ ends none
    (《求助!某市医用防护物资告急!》)."""
    found = [s.strip() for s in _END.findall(text) if s.strip()]
    return _titles_whole(found) if "《" in text else found


TITLE_PIECES = 3  # a book title holds at most this many ! or ？ of its own


def _titles_whole(pieces: list[str]) -> list[str]:
    """Return the pieces with one that ends inside a book title joined to the next, when one of the next few
    closes it."""
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if out and out[-1].count("《") > out[-1].count("》") and any("》" in p for p in pieces[i:i + TITLE_PIECES]):
            out[-1] += piece
        else:
            out.append(piece)
    return out


# a bracketed note after the last sentence (…不便。（东南网手机版）, …。(记者 张三)): the sentence has ended
# (a headline's part number or 组图 is no such note: the note names someone, three characters or more; a
# photo's credit (图翻摄自…, 某某 摄, 消防局提供) leaves the line a caption)
_NOTE_AFTER_END = re.compile(r"[。！？!?][”’」』]?\s*[（(](?=(?:[^（）()]*?[\u4e00-\u9fff]){3})(?![图圖])"
                             r"[^（）()。！？]{1,30}(?<![摄攝供提])[）)]$")


def ends_sentence(text: str) -> bool:
    """Return True when ``text`` ends with closing punctuation (quotes and brackets skipped), or with a
    bracketed note after it."""
    stripped = text.rstrip().rstrip(CLOSERS)
    if bool(stripped) and stripped[-1] in TERMINAL:
        return True
    return text.rstrip().endswith(("）", ")")) and _NOTE_AFTER_END.search(text.rstrip()) is not None


def whole_sentences(sentences: list[str]) -> list[str]:
    """Return ``sentences`` with pieces ending at a semicolon joined to what follows (one sentence)."""
    out: list[str] = []
    for sentence in sentences:
        if out and out[-1].rstrip("”’」』）)").endswith(_CLAUSE_ENDS):
            out[-1] += sentence
        else:
            out.append(sentence)
    return out


BRACKETS = {"“": "”", "《": "》", "（": "）", "(": ")", "「": "」", "‘": "’", "〔": "〕", "【": "】"}
_CLOSING = frozenset(BRACKETS.values())


def marks_outside_brackets(text: str, marks: str) -> list[int]:
    """Return the positions of ``marks`` in ``text`` that stand outside quotes and brackets."""
    found, depth = [], 0
    for i, ch in enumerate(text):
        if ch in BRACKETS:
            depth += 1
        elif ch in _CLOSING:
            depth = max(depth - 1, 0)
        elif depth == 0 and ch in marks:
            found.append(i)
    return found
