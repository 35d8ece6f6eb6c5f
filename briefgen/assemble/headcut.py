"""Cuts a built headline needs: an official's chain of posts before the name, a list cut in two."""

from __future__ import annotations

import re
from functools import cache
from typing import Any


def text_rules() -> dict[str, Any]:
    """Return the assembly word lists (``data/profiles/_text.yaml``)."""
    from briefgen.assemble.text import text_rules as rules

    return rules()


@cache
def _title_chain() -> re.Pattern[str]:
    """Return the pattern of two or more posts joined by 、 that open a clause (党组书记、主席)."""
    posts = "|".join(sorted(text_rules()["person_posts"], key=len, reverse=True))
    post = rf"[^，,。、；;：:]{{0,16}}?(?:{posts})"
    return re.compile(rf"^{post}(?:、{post})+(?=[\u4e00-\u9fff])")


def _opens_with_name(text: str) -> bool:
    """Return True unless ``text`` opens with a verb, adverb or preposition (a post with no name after it)."""
    import jieba.posseg

    from briefgen.ingest.warm import tokenizer

    tokenizer()  # jieba's dictionary, loaded quietly
    first = jieba.posseg.lcut(text[:8])
    return bool(first) and first[0].flag[:1] not in {"v", "d", "p", "c"}


def without_title_chain(head: str, limit: int) -> str:
    """Return ``head``, when over ``limit`` characters, without a chain of posts before the name it opens with
    (…书记、主席周建功来到 → 周建功来到)."""
    match = _title_chain().match(head) if len(head) > limit else None
    if not match or len(head) - match.end() < int(text_rules()["headline_min_chars"]):
        return head
    rest = head[match.end():]
    return rest if _opens_with_name(rest) else head


def lightened(head: str, limit: int) -> str:
    """Return ``head`` without the phrases an editor leaves out of a headline, one kind at a time until it
    fits ``limit``: the venue (…会议在安康国际会议中心隆重开幕 → …会议隆重开幕), the object of an act
    (参加对政府工作报告的审议 → 参加审议), adverbs of sequence (先后到 → 到)."""
    for pattern in text_rules()["headline_lighten"]:
        if len(head) <= limit:
            break
        head = re.sub(pattern, "", head, count=1)
    return head


def word_prefix(head: str, limit: int) -> str:
    """Return the longest run of ``head``'s whole words (jieba's) within ``limit`` characters."""
    from briefgen.ingest.warm import tokenizer

    out = ""
    for word in tokenizer()(head):
        if len(out) + len(word) > limit:
            break
        out += word
    return out if len(out) >= int(text_rules()["headline_min_chars"]) else head[:limit]


def without_name_list(head: str) -> str:
    """Return ``head`` with a list of three or more short names folded into the noun they share
    (…会议中共、九三、经济、特邀界别参加分组讨论 → …会议界别参加分组讨论), or unchanged."""
    from briefgen.ingest.warm import tokenizer

    most = int(text_rules()["short_list_item_chars"])
    match = re.search(rf"(?:[^、，,。；;：:]{{1,{most}}}、){{2,}}([^、，,。；;：:]+)", head)
    if not match:
        return head
    before = tokenizer()(head[: match.start() + head[match.start():].index("、")])
    words = tokenizer()(match.group(1))
    inner = head[match.start():match.start(1)].split("、")[1:-1]
    if not before or len(before[-1]) > most or len(words) < 2 or len(words[0]) > most or any(len(i) > most for i in inner):
        return head
    start = match.start() + head[match.start():].index("、") - len(before[-1])
    return head[:start] + head[match.start(1) + len(words[0]):]


def _last_word(text: str) -> str:
    """Return the last word of ``text`` by jieba's tokens."""
    from briefgen.ingest.warm import tokenizer

    words = tokenizer()(text)
    return words[-1] if words else ""


def before_list(short: str) -> str | None:
    """Return the text before the list that ``short`` (cut at a 、) ends inside, when the list is of short
    names (中共、九三、经济 → the clause before 中共), or None when that would leave no headline."""
    parts = short.split("、")
    item = _last_word(parts[0])
    rules = text_rules()
    if not item or any(len(p) > rules["short_list_item_chars"] for p in [item, *parts[1:]]):
        return None
    rest = parts[0][: -len(item)].rstrip("和及与、，,")
    if len(rest) < int(rules["headline_min_chars"]) or re.search(rules["count_end"], rest):
        return None
    return rest
