"""Cuts a built headline needs: an official's chain of posts, phrases editors leave out, a list of names.

Built from word lists only: ``weekly`` never loads jieba, so a headline is never cut by its tokens.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

NAME_ITEM_CHARS = 2  # a list item whose length nothing else tells (第一、第四…) is taken to be this long


def text_rules() -> dict[str, Any]:
    """Return the assembly word lists (``data/profiles/_text.yaml``)."""
    from briefgen.assemble.text import text_rules as rules

    return rules()


@cache
def _post() -> str:
    """Return the pattern of an organ's post opening a clause (市人大常委会副主任; 常委 in 常委会主任 is no post)."""
    posts = "|".join(sorted(text_rules()["person_posts"], key=len, reverse=True))
    return rf"[^，,。、；;：:]{{0,16}}?(?:{posts})(?!会)"


@cache
def _title_chain() -> re.Pattern[str]:
    """Return the pattern of two or more posts joined by 、 that open a clause (党组书记、主席)."""
    return re.compile(rf"^{_post()}(?:、{_post()})+(?=[\u4e00-\u9fff])")


def without_title_chain(head: str, limit: int) -> str:
    """Return ``head``, when over ``limit`` characters, without a chain of posts before the name it opens with
    (…书记、主席周建功来到 → 周建功来到); a chain followed by an act, not a name, stays."""
    match = _title_chain().match(head) if len(head) > limit else None
    if not match or len(head) - match.end() < int(text_rules()["headline_min_chars"]):
        return head
    rest = head[match.end():]
    return head if re.match(text_rules()["post_then_act"], rest) else rest


@cache
def _post_before_name() -> re.Pattern[str]:
    """Return the pattern of one organ's post before a name and what the person did (市人大常委会副主任连某带领…)."""
    return re.compile(rf"^{_post()}(?=[\u4e00-\u9fff·]{{2,3}}?(?:{text_rules()['name_acts']}))")


def without_post(head: str, limit: int) -> str:
    """Return ``head``, when over ``limit`` characters, without the post before the name it opens with
    (市人大常委会副主任连某带领调研视察组来某区… → 连某带领调研视察组来某区…)."""
    match = _post_before_name().match(head) if len(head) > limit else None
    return head[match.end():] if match else head


def lightened(head: str, limit: int) -> str:
    """Return ``head`` without the phrases an editor leaves out of a headline, one kind at a time until it
    fits ``limit``: the venue (…会议在安康国际会议中心隆重开幕 → …会议隆重开幕), the object of an act
    (参加对政府工作报告的审议 → 参加审议), adverbs of sequence (先后到 → 到), the units a joint action lists
    (联合消防、执法队等部门 → 联合多部门)."""
    for rule in text_rules()["headline_lighten"]:
        if len(head) <= limit:
            break
        pattern, replacement = rule if isinstance(rule, list) else (rule, "")  # [pattern, what it becomes]
        head = re.sub(pattern, replacement, head, count=1)
    return head


def word_prefix(head: str, limit: int) -> str:
    """Return ``head`` cut within ``limit`` characters before a joining word (和, 的, 在 …), never inside
    a word; whole when only a character or two over, or cut at ``limit`` when no such place leaves a headline."""
    least = int(text_rules()["headline_min_chars"])
    places = [m.start() for m in re.finditer(text_rules()["headline_joints"], head[: limit + 1])]
    open_verbs = tuple(text_rules()["headline_open_verbs"])
    fitting = [p for p in places if least <= p <= limit and not head[:p].endswith(open_verbs)]
    if fitting:
        return head[: fitting[-1]]
    ends = [m.end() for m in _word_ends().finditer(head[:limit]) if m.end() >= least]
    ends += [i for i, ch in enumerate(head[:limit])  # before a title or quotation, not after a verb it is the object of
             if ch in "《“「" and i >= least and not head[:i].endswith(open_verbs)]
    if ends:
        return head[: max(ends)]
    return head if len(head) <= limit + int(text_rules()["headline_overrun_chars"]) else head[:limit]


@cache
def _word_ends() -> re.Pattern[str]:
    """Return the pattern of the posts and unit names a built headline may end after."""
    words = [*text_rules()["person_posts"], *text_rules()["headline_word_ends"]]
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def _item_chars(items: list[str]) -> int:
    """Return the length of the list's first item, taken as its shortest other item's (会议中共、九三 → 2)."""
    return min((len(i) for i in items if i), default=NAME_ITEM_CHARS)


def without_name_list(head: str) -> str:
    """Return ``head`` with a list of three or more short names folded into the noun they share
    (…会议中共、九三、经济、特邀界别参加分组讨论 → …会议界别参加分组讨论), or unchanged."""
    most = int(text_rules()["short_list_item_chars"])
    match = re.search(rf"(?:[^、，,。；;：:]{{1,{most}}}、){{2,}}([^、，,。；;：:]+)", head)
    if not match or head[match.end(1):match.end(1) + 1] == "、":  # the list runs on: its last item is long
        return head
    clause = re.split(r"[，,。；;：:]", head[:match.start()])[-1]
    if "、" in clause:  # 综合能源、油煤气化工、数字经济…: a long item before the match, which began inside it
        return head
    first_mark = head.index("、", match.start())
    inner = head[first_mark + 1:match.start(1) - 1].split("、")
    size = _item_chars(inner)
    if any(len(i) > most for i in inner) or len(match.group(1)) <= size:
        return head
    end = match.start(1) + size
    note = re.match(r"[（(][^（）()]{1,8}[）)]", head[end:])  # the last item's note goes with it: 中式烹调（辽菜）
    return head[: first_mark - size] + head[end + (note.end() if note else 0):]


def before_list(short: str) -> str | None:
    """Return the text before the list that ``short`` (cut at a 、) ends inside, when the list is of short
    names (中共、九三、经济 → the clause before 中共), or None when that would leave no headline."""
    parts = short.split("、")
    rules = text_rules()
    if any(len(p) > rules["short_list_item_chars"] for p in parts[1:]):
        return None
    rest = parts[0][: -_item_chars(parts[1:])].rstrip("和及与、，,")
    if len(rest) < int(rules["headline_min_chars"]) or re.search(rules["count_end"], rest):
        return None
    return rest
