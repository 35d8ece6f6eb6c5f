"""The counted things right after a value (445名留守儿童 → 留守儿童), and whether a value has them."""

from __future__ import annotations

import re
from functools import cache

from briefgen.ingest.annotate.figures.indicator import (
    BRACKETS,
    CLAUSE_END,
    NOTES,
    QUOTED_NAME,
    SPACES_AND_PARENS,
    first_of,
    shorten,
    strip_relation,
)
from briefgen.ingest.annotate.figures.pos import (
    after_description,
    clause_word_at,
    is_measure,
    measure_start,
    starts_with_word,
    tagged,
)
from briefgen.ingest.annotate.figures.vocab import figure_words, vocab_pattern

_CJK = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"[\d０-９]")
_DIGIT_OR_MARK = re.compile(r"[\d０-９，,；;。]")
_DIGIT_OR_DE = re.compile(r"[\d的]")


def leads_to_object(context: str, following: str, classifier: bool = True) -> bool:
    """Return True when the counted thing follows the value (为445名留守儿童, 6个国家级星创天地)."""
    text = context.rstrip()
    w = figure_words()
    if following.lstrip().startswith("、"):
        return False  # 电商培训30场、技能培训15场: the next item of a list, no counted things
    if not text or text.endswith(w.object_leads + w.split_verbs):
        return True
    after = following.lstrip(" “\"‘《")
    return classifier and bool(_CJK.match(after[:1]) or vocab_pattern("age_qualifier").match(after))


@cache
def _value_relations() -> tuple[str, ...]:
    """Return the relations of two characters or more (达到, 压减), which end a counted thing."""
    return tuple(r for r in figure_words().relations if len(r) >= 2)


def _activity_after_place(phrase: str) -> str:
    """Return what follows a place phrase (在北山参加植树 → 参加植树), empty when no verb does; a light verb goes."""
    w = figure_words()
    pos = first_of(phrase, w.object_stop + w.split_verbs, 1)
    light = max((v for v in w.light_verbs if phrase.startswith(v, pos)), key=len, default="")
    return phrase[pos + len(light):] if pos < len(phrase) else ""  # 在…后开展轮作 → 轮作


def object_after(text: str, done: bool = False) -> str:
    """Return the counted things right after a classifier (留守儿童 in 445名留守儿童发放…).

    Things listed with 、/和/及 are counted together (留守老人、留守妇女); a verb after them is not
    part of them (32个项目签约 → 项目), nor a closing 中 (32个项目中). A place phrase there
    (在北山参加植树) is not counted: what the counted ones do is returned. ``done``: a light verb
    precedes the value, whose object the phrase is. When another value
    follows in the clause, a verb before it starts that value's words (24个贫困村建设果蔬保鲜库28座).
    """
    end = CLAUSE_END.search(text)
    phrase = text[: end.start()] if end else text
    name, rest, value_follows = _named_part(phrase)
    rest = after_description(rest)  # 21条针对性强、含金量高的支持政策 → 支持政策
    w = figure_words()
    if starts_with_word(name + rest, w.place_prepositions):  # 在北山参加植树, but 在外务工青年
        return shorten(SPACES_AND_PARENS.sub("", BRACKETS.sub("", _activity_after_place(name + rest))))
    phrase = name + _counted_part(rest, value_follows, bool(name), done)
    phrase = BRACKETS.sub("", phrase)
    if len(phrase) >= 3 and phrase.endswith("中"):
        phrase = phrase[:-1]
    return shorten(SPACES_AND_PARENS.sub("", phrase))


def _named_part(phrase: str) -> tuple[str, str, bool]:
    """Return a quoted name or age opening the phrase (its numerals are its own), the rest up to a
    number, and whether a number (the next value) follows: 4个“15分钟生活圈”, 6.2万名65岁以上老年人."""
    quoted = QUOTED_NAME.match(phrase)
    age = vocab_pattern("age_qualifier").match(phrase)
    name, phrase = ((quoted.group(1), phrase[quoted.end():]) if quoted
                    else (age.group().strip(), phrase[age.end():]) if age else ("", phrase))
    parts = _DIGIT.split(NOTES.sub("", phrase), maxsplit=1)  # quotes stay: a name's words
    return name, parts[0], len(parts) > 1


def _counted_part(phrase: str, value_follows: bool, named: bool, done: bool = False) -> str:
    """Return the counted things of ``phrase``: up to a stop word, a verb, or a measure of the next value.

    After a light verb (``done``: 完成145户困难家庭适老化改造) a closing verb names what was done and stays.
    """
    least = 0 if named else 1
    cut = _cut(phrase, value_follows, least, done)
    while head := _compound_head(phrase[cut:]):  # 老旧小区改造项目: the verb names the project
        cut += head + _cut(phrase[cut + head:], value_follows, 0, done, True)
    phrase = phrase[:cut].rstrip("、和与及 ")
    return phrase[:measure_start(phrase)] if value_follows else phrase  # 4家鳗鱼养殖场|养殖面积197公顷


def _cut(phrase: str, value_follows: bool, least: int, done: bool, after_noun: bool = False) -> int:
    """Return where the counted things of ``phrase`` end: a stop word, a verb, a relation, an attribute."""
    w = figure_words()
    verbs = () if done else w.split_verbs
    return min(first_of(phrase, w.object_stop), first_of(phrase, w.object_stop_after, least),
               first_of(phrase, verbs, 2 * least), first_of(phrase, _value_relations(), least),
               first_of(phrase, w.attribute_starts, 2 * least),
               clause_word_at(phrase, value_follows, not done, after_noun))


def names_project(obj: str) -> bool:
    """Return True when counted things open with a verb naming a project (改造项目, 整治工程)."""
    return _compound_head(obj) > 0


def _compound_head(text: str) -> int:
    """Return the length of a splitting verb and the project noun it names (改造项目, 整治工程), else 0."""
    w = figure_words()
    if not text.startswith(w.split_verbs):
        return 0
    verb = next((v for v in w.split_verbs if text.startswith(v)), "")
    head = next((h for h in w.compound_heads if text.startswith(h, len(verb))), "") if verb else ""
    return len(verb) + len(head) if head else 0


def attribute_follows(text: str) -> bool:
    """Return True when ``text`` opens an attribute of the things just counted (水质优良比例, 养殖面积)."""
    head, _ = strip_relation(_DIGIT_OR_MARK.split(text, maxsplit=1)[0].strip())
    return text.lstrip().startswith(figure_words().attribute_starts) or is_measure(head)



def project_after(indicator: str, relation: str | None, following: str) -> str:
    """Return the project a size stands before, closing its clause (周桥村4900亩高标准农田建设项目), else "".

    Only where the words before the size name no measure and no act: a place or an owner.
    """
    w = figure_words()
    end = CLAUSE_END.search(following)
    phrase = following[:end.start() if end else len(following)].strip()
    if not phrase.endswith(w.compound_heads) or _DIGIT_OR_DE.search(phrase) or relation:
        return ""
    if indicator.endswith(w.measure_suffixes) or _any_verb(indicator):
        return ""
    opens = tagged(phrase)[0][1]  # 投资50亿元在谷城建设…项目: a clause, not the project's name
    if len(phrase) <= max(map(len, w.compound_heads)) or opens.startswith(w.clause_classes + ("v",)):
        return ""
    return phrase


def _any_verb(text: str) -> bool:
    """Return True when a splitting verb, or any verb jieba reads, stands in ``text`` (投资)."""
    w = figure_words()
    return any(v in text for v in w.split_verbs) or any(f.startswith("v") for _, f in tagged(text))
