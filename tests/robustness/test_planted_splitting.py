"""Issue 14: tests that kill planted bugs in the rules that split a document into articles.

Each rule of ``ingest/split/segment.py`` below survived a planted bug with the whole suite green; each
test feeds the smallest block list on which the rule decides, and names the planted bug it kills
(see docs/robustness.md for the list).
"""

from __future__ import annotations

from typing import Any

from briefgen.ingest.split.segment import segment
from briefgen.readers.base import Block

LONG = "1月5日，全市冬季安全生产工作会议召开。" + "会议部署节日期间安全生产各项工作，要求各县区压实属地责任。" * 5


def blocks(*lines: str) -> list[Block]:
    """Return blocks for ``lines``; a line starting with ``#``/``##`` is a heading of that level."""
    out = []
    for n, line in enumerate(lines, start=1):
        level = len(line) - len(line.lstrip("#"))
        out.append(Block(line[level:].strip(), n, "heading", level) if level else Block(line, n))
    return out


def split(*lines: str) -> list[dict[str, Any]]:
    """Return each article's title, column, byline, date line, captions and body texts."""
    return [{"title": a.title, "column": a.column, "byline": a.byline, "dateline": a.dateline,
             "captions": a.captions, "body": [t for t, _ in a.paragraphs]}
            for a in segment(blocks(*lines)).articles]


def test_a_title_sentence_has_at_least_four_characters() -> None:
    """Planted: ``_FIRST_SENTENCE`` taking a 1–3 character first sentence ("好消息！") as the title."""
    [item] = split("【简讯】好消息！我市新签约项目十二个。总投资三十五亿元，涉及新材料、富硒食品和电子信息产业。")
    assert (item["title"], item["column"]) == ("好消息！我市新签约项目十二个", "简讯")
    assert item["body"] == ["总投资三十五亿元，涉及新材料、富硒食品和电子信息产业。"]


def test_a_first_sentence_with_a_dash_is_a_title_even_with_a_comma() -> None:
    """Planted: the ``"——" in match.group(1)`` alternative of ``_split_title`` dropped."""
    [item] = split("【简讯】春节将至——我市启动送温暖活动，慰问困难群众。走访慰问困难职工和新就业形态劳动者，发放慰问金和物资。")
    assert item["title"] == "春节将至——我市启动送温暖活动，慰问困难群众"


def test_a_bare_title_is_followed_by_body_when_a_long_line_follows_without_a_full_stop() -> None:
    """Planted: ``_body_follows`` no longer counting a line over 40 characters as body."""
    unended = "1月5日上午全市冬季安全生产工作会议在市行政中心召开会议部署节日期间各项安全生产工作要求各县区压实属地责任"
    articles = split("全市冬季安全生产工作会议召开", unended, "我市启动春节送温暖活动", "走访慰问困难职工和新就业形态劳动者，发放慰问金和物资。")
    assert [a["title"] for a in articles] == ["全市冬季安全生产工作会议召开", "我市启动春节送温暖活动"]
    assert articles[0]["body"] == [unended]


def test_a_long_paragraph_ending_in_a_photo_credit_stays_body() -> None:
    """Planted: ``_body`` taking any paragraph ending in （记者 … 摄） as a caption (not only ≤ 150 characters);
    a paragraph told in sentences keeps them and leaves its photo credit out."""
    [item] = split("# 全市冬季安全生产工作会议召开", LONG + "（本报记者 王五 摄）")
    assert item["body"] == [LONG] and item["captions"] == []


def test_a_photo_credit_line_takes_a_short_caption_above_it_but_never_a_long_paragraph() -> None:
    """Planted: a ``王五 摄`` line pulling up the paragraph above whatever its length (not only ≤ 150)."""
    [item] = split("# 全市冬季安全生产工作会议召开", LONG, "王五 摄")
    assert item["body"] == [LONG] and item["captions"] == ["王五 摄"]
    [item] = split("# 全市冬季安全生产工作会议召开", LONG, "会议现场", "王五 摄")
    assert item["captions"] == ["会议现场 王五 摄"]


def test_one_heading_title_does_not_turn_off_bare_titles() -> None:
    """Planted: ``_uses_markers`` counting a single heading title as markers (``> 1`` made ``> 0``)."""
    articles = split("# 全市经济运行平稳", "1月5日，市统计局发布数据，全市经济运行总体平稳，主要指标好于预期。",
                     "我市启动春节送温暖活动", "走访慰问困难职工和新就业形态劳动者，发放慰问金和物资。")
    assert [a["title"] for a in articles] == ["全市经济运行平稳", "我市启动春节送温暖活动"]


def test_a_bare_title_under_an_empty_titled_item_opens_its_own_article() -> None:
    """Planted: ``new_item`` giving a still-empty item's title precedence over the new title."""
    [item] = split("# 经济", "全市经济运行平稳", "全市经济运行总体平稳，主要指标好于预期。")
    assert item["title"] == "全市经济运行平稳"


def test_an_opening_headline_needs_a_body_well_over_its_length() -> None:
    """Planted: ``_opening_headline`` without the ``len(after) > OPENING_BODY_RATIO * len(head)`` test."""
    head = "我市召开会议，部署安全生产工作"
    [item] = split(head, "会议要求，各县区要压实属地责任。")
    assert item["title"] is None and item["body"][0] == head
    body = "会议要求，各县区要压实属地责任，全市各级各部门要以高度的责任感抓好落实，确保各项工作按期完成。"
    [item] = split(head, body)
    assert item["title"] == head and item["body"] == [body]


def test_a_title_at_the_column_level_ends_the_column() -> None:
    """Planted: ``_Builder.title`` ending a column only for shallower titles (``<=`` made ``<``)."""
    articles = split("# 经济", "## 全市经济运行平稳", "本报讯 1月5日，全市经济运行总体平稳，主要指标好于预期。",
                     "# 我市启动春节送温暖活动", "本报讯 1月6日，走访慰问困难职工和新就业形态劳动者，发放慰问金和物资。")
    assert [(a["title"], a["column"]) for a in articles] == [("全市经济运行平稳", "经济"), ("我市启动春节送温暖活动", None)]


def test_a_date_line_is_taken_after_one_subtitle_only() -> None:
    """Planted: ``_only_subtitle`` allowing more than one subtitle paragraph before the date line."""
    one = split("【要闻】", "# 全市冬季安全生产工作会议召开", "——市长出席会议，并作讲话", "2023年1月5日",
                "会议部署节日期间安全生产各项工作，要求各县区压实属地责任。")
    assert one[0]["dateline"] == "2023年1月5日"
    two = split("【要闻】", "# 全市冬季安全生产工作会议召开", "——市长出席会议，并作讲话", "——副市长主持会议，并作部署",
                "2023年1月5日", "会议部署节日期间安全生产各项工作，要求各县区压实属地责任。")
    assert two[0]["dateline"] is None and "2023年1月5日" in two[0]["body"]


def test_a_reporter_credit_before_a_date_is_taken_from_the_first_paragraph_only() -> None:
    """Planted: ``_body`` taking （王五）1月6日 from any paragraph as the byline, not only the first."""
    [item] = split("# 全市冬季安全生产工作会议召开", "（雷文姣）1月5日，全市冬季安全生产工作会议召开。",
                   "（王五）1月6日，会议继续举行，全市各级各部门要以高度的责任感抓好落实。")
    assert item["byline"] == "雷文姣"
    assert item["body"] == ["1月5日，全市冬季安全生产工作会议召开。", "（王五）1月6日，会议继续举行，全市各级各部门要以高度的责任感抓好落实。"]
