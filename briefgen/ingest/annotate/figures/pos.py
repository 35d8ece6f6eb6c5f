"""Word classes from jieba's dictionary: where a phrase of counted things gives way to a clause."""

from __future__ import annotations

import re
from functools import lru_cache

from briefgen.ingest.annotate.figures.tagtable import may_end_with, tag_table
from briefgen.ingest.annotate.figures.vocab import figure_words

Tagged = tuple[tuple[str, str], ...]
OPEN_QUOTES = frozenset("“《‘")
CLOSE_QUOTES = frozenset("”》’")
QUALIFIERS_MAX = 6
LATIN = re.compile(r"[A-Za-z0-9+#&._]+$")


@lru_cache(maxsize=4096)
def tagged(text: str) -> Tagged:
    """Return ``text``'s dictionary words with their jieba word class (群众/n, 陆续/d)."""
    import jieba

    tags = tag_table()  # jieba's dictionary classes, as posseg without HMM reads them
    return tuple((w, tags.get(w) or ("eng" if LATIN.match(w) else "x")) for w in jieba.lcut(text, HMM=False))


def _names_nothing(words: Tagged) -> bool:
    """Return True when the words open with an adverb and name nothing (全部脱贫退出, 如期脱贫)."""
    w = figure_words()
    opens = bool(words) and (words[0][1] in w.adverb_classes or words[0][0] in w.adverb_openers)
    return opens and not any(flag.startswith("n") and word not in w.adverb_openers for word, flag in words[1:])


def _verb_with_object(words: Tagged, i: int) -> bool:
    """Return True when word ``i`` is a verb followed by a noun, both of two characters or more (建设果蔬)."""
    verb, flag = words[i]
    if not flag.startswith(figure_words().verb_classes) or len(verb) < 2 or i + 1 >= len(words):
        return False
    word, flag = words[i + 1]
    return flag.startswith("n") and len(word) >= 2


def _verb_to_place(words: Tagged, i: int) -> bool:
    """Return True when word ``i`` is a verb of two characters or more with a place after it (走进市中区)."""
    verb, flag = words[i]
    return flag == "v" and len(verb) >= 2 and i + 1 < len(words) and words[i + 1][1] == "ns"


def _verb_run(words: Tagged, i: int) -> bool:
    """Return True when words ``i`` and ``i + 1`` are one-character verbs (免|审|即|享): a clause, not a name."""
    return all(len(w) == 1 and f == "v" for w, f in words[i:i + 2]) and i + 1 < len(words)


def clause_word_at(text: str, value_follows: bool = False, verbs_end: bool = True, after_noun: bool = False) -> int:
    """Return where the first word that cannot belong to a noun phrase starts, after a noun.

    Adverbs, prepositions, pronouns and idioms (陆续, 从, 那里, 卓有成效) open what the counted
    things do (大学生村官陆续离去 → 大学生村官), and so does a verb to a place (游客走进汉中); 0 when
    the text opens with an adverb and names nothing (13.4万人全部脱贫); the text's length when there
    is none. A splitting verb ends them as a word of its own (15个县入选…, unless ``verbs_end`` is
    off), not after an adverb or modifier (55个已竣工项目, 9户新入库企业). With ``value_follows``
    (and no list mark before the next value) a verb with its object ends them when nothing else does:
    it opens the words of the next value (贫困村|建设果蔬保鲜库28座, but 省级科技示范镇). ``after_noun``:
    the text continues a name (老旧小区改造项目|除…).
    """
    words = tagged(text)
    if _names_nothing(words):
        return 0
    w = figure_words()
    pos, seen_noun, object_at, quoted = 0, after_noun, len(text), False
    for i, (word, flag) in enumerate(words):
        quoted = (quoted or word in OPEN_QUOTES) and word not in CLOSE_QUOTES  # “我为群众办实事”: a name
        ends = flag.startswith(w.clause_classes) and word not in w.degree_adverbs and not quoted
        if seen_noun and (ends or _verb_to_place(words, i) or _verb_run(words, i)):
            return pos
        before = words[i - 1][1] if i else "d"
        if verbs_end and word in w.split_verbs and before not in w.modifier_classes and before[:1] != "d":
            return pos  # 15个县入选
        if seen_noun and object_at == len(text) and _verb_with_object(words, i):
            object_at = pos
        seen_noun = seen_noun or flag.startswith(w.noun_classes)
        pos += len(word)
    listed = text.rstrip().endswith(("、", "和", "及", "与"))
    return object_at if value_follows and not listed else len(text)


def measure_start(text: str) -> int:
    """Return where a measure closing ``text`` starts (鳗鱼养殖场|养殖面积, 茶叶合作社|种植面积), else its length.

    The measure is jieba's last word ending like one, with a verb jieba reads right before it.
    """
    if not text.endswith(figure_words().measure_suffixes):
        return len(text)
    words = tagged(text)
    if len(words) < 2 or not words[-1][0].endswith(figure_words().measure_suffixes):
        return len(text)
    start = len(text) - len(words[-1][0])
    if len(words[-1][0]) < 2 or words[-2][1] == "v" and len(words) > 2:
        start -= len(words[-2][0])  # 种植|面积
    return start if start > 0 else len(text)


def is_measure(text: str) -> bool:
    """Return True when ``text`` is only a measure (养殖面积, 种植面积, 装机容量)."""
    return len(text) >= 2 and measure_start("的" + text) == 1


def closing_verb_word(text: str) -> str:
    """Return the verb of two characters or more that jieba reads at the end of ``text`` (协调), else "".

    Manner words jieba reads as verbs (集中, 累计) are no verbs here.
    """
    words = tagged(text) if may_end_with(text, figure_words().run_verb_classes, 2) else ()
    if not words:
        return ""
    word, flag = words[-1]
    w = figure_words()
    manner = word in w.manner_verbs or word in w.indicator_prefix_stop  # 集中签约, 累计建成
    return word if len(word) >= 2 and flag in w.run_verb_classes and not manner else ""


def closing_change_verb(text: str) -> str:
    """Return the verb after other words that jieba reads at the end of ``text`` (垃圾外运减量 → 减量), else ""."""
    words = tagged(text)
    if len(words) < 2:
        return ""
    word, flag = words[-1]
    return word if len(word) >= 2 and flag in figure_words().run_verb_classes else ""


def after_modifier(text: str) -> bool:
    """Return True when jieba's last word of ``text`` is a modifier (最大, 新型): what follows is a kind."""
    words = tagged(text) if may_end_with(text, figure_words().modifier_classes) else ()
    return bool(words) and words[-1][1] in figure_words().modifier_classes


def closing_modifier(text: str) -> str:
    """Return jieba's last word of ``text`` when it is a one-character modifier (新 of 新引进), else ""."""
    if tag_table().get(text[-1:], "") not in figure_words().modifier_classes:
        return ""  # the last character's own class decides before any cut
    words = tagged(text)
    last = words[-1] if words else ("", "")
    return last[0] if len(last[0]) == 1 and last[1] in figure_words().modifier_classes else ""


def only_modifiers(text: str) -> bool:
    """Return True when every word jieba reads in ``text`` only qualifies (两年平均, 平均每月)."""
    classes = figure_words().qualifier_classes
    if not 0 < len(text) <= QUALIFIERS_MAX or not may_end_with(text, classes):
        return False
    return all(flag in classes for _, flag in tagged(text))


def after_description(text: str) -> str:
    """Return what follows a description closed by 的 (针对性强、含金量高的支持政策 → 支持政策), else the text.

    A description is words ending in an adjective jieba reads (强, 高, 具体); a noun before 的 is an
    owner, which stays (3个村的…).
    """
    cut = text.find("的")
    if cut < 1 or len(text) - cut < 3:
        return text
    words = tagged(text[:cut])
    return text[cut + 1:] if words and words[-1][1] in figure_words().describing_classes else text


def starts_with_word(text: str, words: tuple[str, ...]) -> bool:
    """Return True when jieba's first word of ``text`` is one of ``words`` (在 of 在北山, not of 在外)."""
    return text.startswith(words) and tagged(text)[0][0] in words
