"""Give each value of a sentence its indicator and relation, reading clause by clause."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from briefgen.ingest.annotate.figures.counted import (
    attribute_follows,
    leads_to_object,
    names_project,
    object_after,
    project_after,
)
from briefgen.ingest.annotate.figures.indicator import (
    CLAUSE_END,
    clean_indicator,
    split_list,
    strip_relation,
)
from briefgen.ingest.annotate.figures.pos import tagged
from briefgen.ingest.annotate.figures.subject import verb_before
from briefgen.ingest.annotate.figures.units import Quantity
from briefgen.ingest.annotate.figures.vocab import figure_words

RESPECTIVELY = "分别"
LIST_MARK = re.compile(r"[、和及与]")


@dataclass
class Placed:
    """A quantity with the clause it sits in and what was read around it."""

    q: Quantity
    clause_start: int
    indicator: str = ""
    relation: str | None = None
    object_end: int = -1


def clause_start(text: str, pos: int) -> int:
    """Return where the clause containing ``pos`` begins."""
    starts = [m.end() for m in CLAUSE_END.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


def _source(placed: Placed, earlier: list[Placed], listed: bool = False) -> Placed | None:
    """Return the earlier value an unnamed one refers to: the last rate, or the last of its unit.

    A count listed after a count of another unit takes no name from it (218个贫困村、13.4万人:
    人 are no 贫困村); right after it, it counts the same things (10个职位人选30名).
    """
    if not earlier:
        return None
    if placed.q.unit not in figure_words().rate_units:
        same = [e for e in earlier if e.q.unit == placed.q.unit and e.indicator]
        if same:
            return same[-1]
        if listed and placed.q.unit in figure_words().classifiers:
            return None
    return earlier[-1]


def _is_growth(relation: str | None) -> bool:
    """Return True when a relation states growth (增长, 同比下降): its % value is a growth rate."""
    return bool(relation) and any(g in (relation or "") for g in figure_words().growth_relations)


def _complete(indicator: str, placed: Placed, earlier: list[Placed], listed: bool = False) -> str:
    """Return the indicator with what an unnamed, generic or share value takes from before it."""
    w = figure_words()
    source = _source(placed, earlier, listed)
    if source is None or not source.indicator:
        return indicator
    if len(indicator) < 2:
        growth = placed.q.unit == "百分点" and source.q.unit == "%" and _is_growth(source.relation)
        return source.indicator + w.growth_head if growth else source.indicator
    if indicator in w.generic_heads and not source.indicator.endswith(indicator):
        return source.indicator + indicator
    return indicator


def _respectively(text: str, group: list[Placed], earlier: list[Placed]) -> bool:
    """Give each value of a 分别 clause its own indicator; return True when it applied."""
    first = group[0]
    head = text[first.clause_start:first.q.start]
    pos = head.find(RESPECTIVELY)
    if pos < 0 and not _unnamed_list(text, group, head):
        return False
    listed, said = (head[:pos], head[pos + len(RESPECTIVELY):]) if pos >= 0 else ("", head)
    if "、" in listed:  # 功能性新材料、精密化零部件“两大产业集群”产值: the quoted count restates the list
        listed = re.sub(figure_words().list_appositive, "", listed)
    names, _ = clean_indicator(listed)
    items = split_list(names, len(group)) if len(names) >= 2 else []
    if len(items) == 1:
        items = items * len(group)
    elif not items and all(g.q.unit == "百分点" for g in group):
        items = [_complete("", g, earlier) for g in group]  # 比全国、全省分别高0.3和0.6个百分点
    elif not items and len(earlier) >= len(group):
        items = [e.indicator for e in earlier[-len(group):]]
    if len(items) != len(group) or not all(items):
        return False
    _, relation = strip_relation(said)
    for placed, name in zip(group, items, strict=True):
        placed.indicator, placed.relation = name, relation
    return True


def _unnamed_list(text: str, group: list[Placed], head: str) -> bool:
    """Return True when values joined by 、 follow a relation alone (增长8.5%、11%): a 分别 left unwritten."""
    joined = all(text[a.q.end:b.q.start].strip() in ("、", "和") for a, b in pairwise(group))
    return joined and len(clean_indicator(head)[0]) < 2


@cache
def _verbs() -> tuple[str, ...]:
    """Return the relation and splitting verbs of two characters or more (增加到, 完成)."""
    w = figure_words()
    return tuple(v for v in w.relations + w.split_verbs if len(v) >= 2)


def _rank_subject(text: str, placed: Placed) -> str:
    """Return what a rank ranks: the words inside it, or a frame (在…考核中) in its clause or closing the one before."""
    subject, _ = clean_indicator(placed.q.subject)
    subject = subject.removesuffix("中")
    if len(subject) >= 2:
        return subject
    ends = "|".join(map(re.escape, figure_words().rank_frame_end))
    own = re.search(rf"在([^在]+?(?:{ends}))", text[placed.clause_start:placed.q.start])
    if own:  # 龙游县在招商引资工作考核中以总分…荣膺全市第一名
        return clean_indicator(own.group(1))[0].removesuffix("中")
    before = text[:placed.clause_start].rstrip("，,；; ")
    if before.endswith(figure_words().rank_frame_end):
        frame, _ = clean_indicator(before[clause_start(before, len(before)):])
        return frame.removesuffix("中")
    return ""


def _with_rank_noun(context: str, indicator: str) -> str:
    """Return the indicator with the ranking noun a linking verb follows (招商实绩综合排名居 → …综合排名),
    or that closes a word of jieba's with what precedes it (综合排名全省第7位)."""
    w = figure_words()
    head = context.rstrip()
    link = next((v for v in w.rank_links if head.endswith(v)), "")
    noun = next((n for n in w.rank_nouns if head[:len(head) - len(link)].endswith(n)), "")
    if not link and not _ends_longer_word(head, noun):
        noun = ""  # 综合排名全省第7位: the ranking noun is inside jieba's word 综合排名
    return indicator + noun if noun and indicator and not indicator.endswith(noun) else indicator


def _ends_longer_word(text: str, word: str) -> bool:
    """Return True when ``word`` ends ``text`` inside a longer word jieba reads there (综合|排名)."""
    return bool(word) and text.endswith(word) and len(text) > len(word) and len(tagged(text)[-1][0]) > len(word)


def _outside_frame(context: str, obj: str) -> str:
    """Return the counted things without the close of an exception frame (除…5个小区外 → 小区)."""
    w = figure_words()
    close = next((c for c in w.except_closes if obj.endswith(c)), "")
    return obj[:-len(close)] if close and len(obj) > len(close) and any(o in context for o in w.except_opens) else obj


def _read_context(text: str, placed: Placed, left_from: int, earlier: list[Placed]) -> None:
    """Set the indicator and relation of one value from the words around it."""
    q = placed.q
    context = text[left_from:q.start]
    indicator, relation = clean_indicator(context, _breakdown_item(text, placed, context))
    placed.relation = relation
    w = figure_words()
    if q.rank:
        subject = _rank_subject(text, placed)
        indicator = subject or _with_rank_noun(context, indicator)
    classifier = q.unit in w.classifiers or q.unit in ("人", "户", "")
    following = text[q.end:]
    if not q.rank and ((classifier and len(indicator) <= 1)
                       or leads_to_object(context, following, classifier)):
        # a value opening its clause with 的 describes what follows (3000平方米的古镇商业街区); a rate
        # there is a share of a clause's subject (71.5%的人表示…), not a measure of a thing
        opens = (not indicator and left_from == placed.clause_start and following.startswith("的")
                 and q.unit not in w.rate_units)
        described = following[1:] if opens else following
        obj = _outside_frame(context, object_after(described, context.rstrip(" 了").endswith(tuple(w.light_verbs))))
        if obj and (not obj.startswith(_verbs()) or names_project(obj)):
            end = q.end + following.find(obj) + len(obj)
            # the counted things with their attribute name the next value (断面水质优良比例)
            placed.indicator = verb_before(context) + obj
            placed.object_end = q.end if attribute_follows(text[end:]) else end
            return
    project = "" if classifier or q.rank else project_after(indicator, relation, following)
    if project:  # 周桥村4900亩高标准农田建设项目: the size of the project
        placed.indicator, placed.object_end = project, q.end + following.find(project) + len(project)
        return
    if following.lstrip().startswith("的"):
        indicator = _described_measure(indicator)
    listed = bool(LIST_MARK.search(context))
    placed.indicator = _complete(indicator, placed, earlier, listed)


def _breakdown_item(text: str, placed: Placed, context: str) -> bool:
    """Return True for a later item of a breakdown list (包括义务教育免费资金4525万元、校舍维修改造资金…)."""
    opens = text[placed.clause_start:placed.q.start].lstrip()
    return context.lstrip().startswith("、") and opens.startswith(figure_words().breakdown_words)


def _described_measure(indicator: str) -> str:
    """Return the measure closing an indicator whose value describes a thing named after 的.

    引进落地总投资21.18亿元的…项目: the verb acts on the project, the value is its 总投资.
    """
    measure = next((a for a in figure_words().attribute_starts if indicator.endswith(a)), "")
    return measure if measure else indicator


def _this_part(text: str, earlier: list[Placed], placed: Placed) -> list[Placed]:
    """Return the earlier values a value may take its name from: those after the last semicolon before it when
    there are any (长沙市GDP突破9000亿元；岳阳市GDP首次跃过3000亿大关，达3100.87亿元: 岳阳's, not 长沙's)."""
    cut = max(text.rfind("；", 0, placed.q.start), text.rfind(";", 0, placed.q.start))
    after = [e for e in earlier if e.q.start > cut]
    return after if cut >= 0 and after else earlier


def assign(text: str, placed: list[Placed]) -> None:
    """Read indicators in text order; a clause with 分别 maps its values to its list of names."""
    by_clause: dict[int, list[Placed]] = {}
    for p in placed:
        by_clause.setdefault(p.clause_start, []).append(p)
    done: set[int] = set()
    for i, p in enumerate(placed):
        if id(p) in done:
            continue
        earlier = _this_part(text, placed[:i], p)
        group = by_clause[p.clause_start]
        if len(group) > 1 and p is group[0] and _respectively(text, group, earlier):
            done.update(id(g) for g in group)
            continue
        left = p.clause_start
        previous = earlier[-1] if earlier else None
        if previous and previous.clause_start == p.clause_start:
            left = max(previous.q.end, previous.object_end)
        _read_context(text, p, left, earlier)
