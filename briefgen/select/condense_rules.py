"""The word lists that say what an editor keeps of an article (``briefgen/data/condense.yaml``)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from briefgen.errors import ConfigError
from briefgen.select.config import shipped, user_override
from briefgen.sentences import BRACKETS, marks_outside_brackets

_BARE_DAY = re.compile(r"(?<![月\d—－\-~～至到、和及])([0-3]?\d)日(?!\d)")  # not the end of a range or list (16日—24日)
_CLAUSE_MARKS = "，；：,;:"
LEAD_REST_MIN = 8  # what is left of a lead after its legal basis must be at least a clause


@dataclass(frozen=True)
class CondenseRules:
    """Compiled patterns: lead prefixes, point markers, list intros, dropped and purpose sentences, asides."""

    lead_prefixes: tuple[re.Pattern[str], ...]
    point_markers: tuple[re.Pattern[str], ...]
    list_intros: tuple[re.Pattern[str], ...]
    drop: tuple[re.Pattern[str], ...]
    purpose: tuple[re.Pattern[str], ...]
    key_clause_max: int
    purpose_opening: re.Pattern[str]
    basis_opening: re.Pattern[str]
    main_clause_starts: tuple[re.Pattern[str], ...]
    asides: tuple[re.Pattern[str], ...] = ()
    dangling_ends: tuple[re.Pattern[str], ...] = ()
    references: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()
    unfinished_cuts: tuple[re.Pattern[str], ...] = ()
    lead_tail_drop: tuple[re.Pattern[str], ...] = ()

    def is_point(self, text: str) -> bool:
        """Return whether the sentence opens an enumerated point (一是, （一）, 1., 第一，)."""
        return any(p.match(text) for p in self.point_markers)

    def is_intro(self, text: str) -> bool:
        """Return whether the sentence introduces a list (共28条，主要规定了以下内容)."""
        return any(p.search(text) for p in self.list_intros)

    def is_dropped(self, text: str) -> bool:
        """Return whether an editor drops the sentence (legal basis, 为……制定本办法, slogans)."""
        return any(p.search(text) for p in self.drop)

    def is_purpose(self, text: str) -> bool:
        """Return whether the sentence states a purpose (旨在……) and so comes last."""
        return any(p.search(text) for p in self.purpose)


_NUMERALS = "一二三四五六七八九十"
_POINT_NUMBER = re.compile(rf"^([（(]?)([{_NUMERALS}]|\d{{1,2}})(?![{_NUMERALS}\d])(.)")


def point_number(text: str) -> tuple[str, int] | None:
    """Return the style (（X）, X是, X要, X、) and number of a point's marker (二要补短板 → (X要, 2)), or None."""
    m = _POINT_NUMBER.match(text)
    if m is None:
        return None
    digit = m.group(2)
    number = int(digit) if digit.isdigit() else _NUMERALS.index(digit) + 1
    return f"{m.group(1)}X{m.group(3)}", number


def _compile(name: str, entries: object) -> tuple[re.Pattern[str], ...]:
    """Return the compiled patterns of one list; a broken entry is a ConfigError naming it."""
    out = []
    for entry in entries if isinstance(entries, list) else []:
        try:
            out.append(re.compile(str(entry)))
        except re.error as exc:
            raise ConfigError(f"condense.yaml：{name} 中的 {entry!r} 无效（{exc}），请改正该条") from exc
    return tuple(out)


@lru_cache(maxsize=1)
def condense_rules() -> CondenseRules:
    """Return the shipped rules, each list extended by the user's condense.yaml if there is one."""
    base = shipped("condense.yaml")
    user = user_override("condense.yaml") or {}
    names = ("lead_prefixes", "point_markers", "list_intros", "drop", "purpose", "main_clause_starts", "asides",
             "dangling_ends", "unfinished_cuts", "lead_tail_drop")
    lists = {n: _compile(n, list(base.get(n) or []) + list(user.get(n) or [])) for n in names}
    limit = int(user.get("key_clause_max_chars", base.get("key_clause_max_chars", 60)))
    opening = _compile("purpose_opening", [user.get("purpose_opening", base.get("purpose_opening", "(?!)"))])
    basis = _compile("basis_opening", [user.get("basis_opening", base.get("basis_opening", "(?!)"))])
    refs = _references(list(base.get("references") or []) + list(user.get("references") or []))
    return CondenseRules(key_clause_max=limit, purpose_opening=opening[0], basis_opening=basis[0],
                         references=refs, **lists)


def _references(entries: list[object]) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """Return (opener, antecedent) pattern pairs; an entry without both is a ConfigError."""
    out = []
    for entry in entries:
        if not isinstance(entry, dict) or "opener" not in entry or "antecedent" not in entry:
            raise ConfigError(f"condense.yaml：references 中的 {entry!r} 应写明 opener 和 antecedent，请改正该条")
        pair = _compile("references", [entry["opener"], entry["antecedent"]])
        out.append((pair[0], pair[1]))
    return tuple(out)


def strip_lead(rules: CondenseRules, text: str) -> str:
    """Return the lead without its dateline, byline or 据……消息 opening (unchanged if all would go)."""
    out = text
    for _round in range(3):
        before = out
        for pattern in rules.lead_prefixes:
            out = pattern.sub("", out, count=1).lstrip(" 　,，:：")
        if out == before:
            break
    return out if len(out) >= 8 else text


def without_purpose(rules: CondenseRules, text: str) -> str:
    """Return a lead without its opening 为…… clauses, from the first clause that names who or when, or
    without its opening legal basis (根据《……》等文件精神，……经研究，), from the clause after it."""
    basis = rules.basis_opening.match(text)
    if basis and len(text) - basis.end() >= LEAD_REST_MIN:
        return text[basis.end():]
    if not rules.purpose_opening.match(text):
        return text
    for m in re.finditer(r"[，,]", text):
        rest = text[m.end():]
        if any(p.match(rest) for p in rules.main_clause_starts):
            return rest
    return text


def without_attendance(rules: CondenseRules, text: str) -> str:
    """Return a lead cut before the list of who attended that it tells after its news (…会议召开，某某出席会议并讲话，
    某某，某某……在分会场收听收看。 → …会议召开，某某出席会议并讲话。)."""
    for comma in re.finditer(r"[，,]", text):
        if comma.start() >= LEAD_REST_MIN and any(p.match(text[comma.end():]) for p in rules.lead_tail_drop):
            return text[: comma.start()] + "。"
    return text


def without_asides(rules: CondenseRules, text: str) -> str:
    """Return ``text`` without asides that point elsewhere (（具体岗位详见附件1）)."""
    for pattern in rules.asides:
        text = pattern.sub("", text)
    return text


def full_dates(text: str, iso: str | None) -> str:
    """Return ``text`` with a bare day (13日) written with its month (2月13日) from the article date."""
    try:
        day = dt.date.fromisoformat((iso or "")[:10])
    except ValueError:
        return text

    def month_of(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if not 1 <= n <= 31:
            return match.group(0)
        month = day.month if n <= day.day else (day.month - 2) % 12 + 1
        return f"{month}月{n}日"

    return _BARE_DAY.sub(month_of, text, count=1)


def key_clause(rules: CondenseRules, text: str) -> str:
    """Return a long point cut to its first clause (closed with 。), a short one unchanged."""
    if len(text) <= rules.key_clause_max:
        return text
    cut = next((i for i in clause_marks(text) if i >= 6), None)
    return text[:cut] + "。" if cut is not None else text


def clause_prefix(text: str, room: int, unfinished: tuple[re.Pattern[str], ...] = ()) -> str:
    """Return the leading clauses of ``text`` that fit in ``room`` characters (closed with 。), never stopping
    where an ``unfinished`` pattern says the sentence cannot stop (inside a list of names, on a 通过…… clause)."""
    ends = [i for i in clause_marks(text) if i < room and not any(p.search(text[:i]) for p in unfinished)]
    return text[: ends[-1]] + "。" if ends else ""


def closed_brackets(rules: CondenseRules, text: str) -> str:
    """Return ``text`` cut before a bracket it opens and never closes (…资格条件（岗位中有学位要求的； →
    …资格条件。), a word that led into what the cut took off going too (…45亿元，其中：(工业类… → …45亿元。), and
    without a closing bracket whose opening one a sentence split left behind (…29000万元；) → …29000万元；); "" when
    the cut leaves only who spoke (某某副主任指着鱼道说，“该段… → nothing)."""
    depth, opened, strays = 0, -1, []
    for i, ch in enumerate(text):
        if ch in BRACKETS:
            opened = i if depth == 0 else opened
            depth += 1
        elif ch in BRACKETS.values() and depth:
            depth -= 1
        elif ch in BRACKETS.values():
            strays.append(i)
    text = "".join(ch for i, ch in enumerate(text) if i not in strays) if strays and depth == 0 else text
    if depth == 0 or opened < LEAD_REST_MIN:
        return text
    kept = text[:opened].rstrip("，,、；;：:")
    for pattern in rules.dangling_ends:
        kept = pattern.sub("", kept).rstrip("，,、；;：:")
    cut = kept + "。" if len(kept) >= LEAD_REST_MIN else text[:opened].rstrip("，,、；;：:") + "。"
    return "" if rules.is_dropped(cut) else cut  # 某某副主任指着鱼道说，“…: the speaker without the words says nothing


def clause_marks(text: str) -> list[int]:
    """Return the positions of the clause marks (，；：) that stand outside brackets and quotes."""
    return marks_outside_brackets(text, _CLAUSE_MARKS)
