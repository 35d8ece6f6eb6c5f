"""build_briefing: sections in profile order, items, source notes, length and left-out report."""

from __future__ import annotations

import dataclasses
import datetime as dt

from assemble_builders import article, figure, selection

from briefgen.assemble.build import build_briefing
from briefgen.assemble.pages import estimate_pages, grid_from_style
from briefgen.assemble.profiles import Profile, load_profile
from briefgen.model import Briefing, Heading, Item, Table, from_json, to_json
from briefgen.style import load_style

DAY = dt.date(2023, 1, 9)
LONG = "全市上下认真落实各项部署，扎实推进重点工作，取得了明显成效。" * 3
# the synthetic titles share words with the text, as a real headline does (the gate rebuilds one that does not)
TOLD = "市政府召开常务会议，部署民生实事和工业经济工作，消息传来。" + LONG


def build(articles: list, profile: Profile | None = None) -> tuple[Briefing, list[dict]]:
    """Return the briefing and left-out report for ``articles`` with the 安康 profile."""
    return build_briefing(selection(articles), profile or load_profile("安康"), 1, "2023-W01", DAY)


def items(briefing: Briefing) -> list[Item]:
    """Return the briefing's items in reading order."""
    return [b for b in briefing.blocks if isinstance(b, Item)]


def test_sections_follow_profile_order_and_are_numbered() -> None:
    picks = [
        article(1, "民生保障", [TOLD], title="民生实事加快推进", score=0.9),
        article(2, "重要会议与领导活动", [TOLD], title="市政府召开常务会议", score=0.2),
        article(3, "经济运行", [TOLD], title="工业经济稳中有进", score=0.5),
    ]
    briefing, left_out = build(picks)
    headings = [b.text for b in briefing.blocks if isinstance(b, Heading)]
    assert headings == ["一、重要会议与领导活动", "二、经济运行", "三、民生保障"]
    assert [i.title for i in items(briefing)] == [
        "市政府召开常务会议",
        "工业经济稳中有进",
        "民生实事加快推进",
    ]
    assert left_out == []


def test_unknown_theme_gets_a_section_after_the_profile_ones() -> None:
    picks = [article(1, "对外交流", [LONG], title="甲"), article(2, "经济运行", [LONG], title="乙")]
    headings = [b.text for b in build(picks)[0].blocks if isinstance(b, Heading)]
    assert headings == ["一、经济运行", "二、对外交流"]


def test_masthead_contents_and_imprint() -> None:
    briefing, _ = build([article(1, "经济运行", [TOLD], title="工业经济稳中有进")])
    assert briefing.masthead.title == "安康政务信息周报"
    assert briefing.masthead.issue_label == "第一期"
    assert briefing.masthead.date_label == "2023年1月9日"
    contents = briefing.blocks[0]
    assert contents.type == "contents"
    assert contents.entries == ["一、经济运行", "　　工业经济稳中有进"]
    assert briefing.imprint.printed_date == "2023年1月9日印发"
    assert briefing.imprint.copies == 150
    assert [line.label for line in briefing.imprint.lines] == ["报", "送", "发"]


def test_source_note_with_date_ends_the_item() -> None:
    briefing, _ = build([article(1, "经济运行", ["市政府召开常务会议，研究部署近期工作。", "第二段。"], title="市政府召开常务会议")])
    item = items(briefing)[0]
    assert item.source_note == "（安康日报 1月6日）"
    last = item.paragraphs[-1].spans[-1]
    assert (last.kind, last.text) == ("source", "（安康日报 1月6日）")
    assert [s.kind for s in item.paragraphs[0].spans] == ["text"]


def test_digest_trailing_note_becomes_the_source() -> None:
    text = "经开区顺利完成了5000余家单位的全面清查。(开发区经济发展部)"
    briefing, _ = build([article(1, "经济运行", [text], source=None, published=None)])
    item = items(briefing)[0]
    assert item.source_note == "（开发区经济发展部）"
    assert item.paragraphs[0].spans[0].text == "经开区顺利完成了5000余家单位的全面清查。"


def test_headline_built_from_lead_when_missing() -> None:
    lead = "1月3日，开发区党工委书记周童到德孝苑养老院调研，管委会副主任王飞陪同，强调要加快智慧养老建设。"
    title = items(build([article(1, "民生保障", [lead], title=None)])[0])[0].title
    assert title == "开发区党工委书记周童到德孝苑养老院调研"


def test_column_tag_stripped_from_headline() -> None:
    picks = [article(1, "经济运行", [LONG], title="【调研督导】周童调研重点项目建设")]
    assert items(build(picks)[0])[0].title == "周童调研重点项目建设"


def test_a_paragraph_cut_after_a_semicolon_ends_with_a_full_stop() -> None:
    text = "；".join(f"第{n}项工作抓实抓细，完成投资{n}亿元" for n in range(1, 21)) + "。"
    item = items(build([article(1, "经济运行", [text], title="标题")])[0])[0]
    body = "".join(s.text for p in item.paragraphs for s in p.spans if s.kind != "source")
    assert not body.endswith("；") and body.endswith("。")


def test_item_length_is_capped_at_sentence_ends() -> None:
    picks = [article(1, "经济运行", [LONG, LONG, LONG], title="长文")]
    item = items(build(picks)[0])[0]
    body = "".join(s.text for p in item.paragraphs for s in p.spans if s.kind != "source")
    assert 100 <= len(body) <= 250
    assert body.endswith("。")


def test_figures_are_inline_spans_and_fill_the_table() -> None:
    figs = [
        figure("94.72亿元", "限额以上消费品零售额"),
        figure("28.8%", "限额以上消费品零售额", relation="同比增长"),
        figure("7.8%", "工业投资", relation="同比增长", period="1-5月"),
    ]
    text = "限额以上企业完成消费品零售额94.72亿元，同比增长28.8%。1-5月工业投资同比增长7.8%。"
    briefing, _ = build([article(1, "经济运行", [text], title="消费回暖", figures=figs)])
    spans = items(briefing)[0].paragraphs[0].spans
    assert [s.text for s in spans if s.kind == "figure"] == ["94.72亿元", "28.8%", "7.8%"]
    table = next(b for b in briefing.blocks if isinstance(b, Table))
    assert table.header == ["指标", "数值", "变化", "来源"]
    assert table.rows == [
        ["限额以上消费品零售额", "94.72亿元", "同比增长28.8%", "安康日报"],
        ["工业投资（1-5月）", "", "同比增长7.8%", "安康日报"],
    ]


def test_table_left_out_when_profile_turns_it_off() -> None:
    profile = dataclasses.replace(load_profile("安康"), figures_table=False)
    figs = [figure("94.72亿元", "消费品零售额")]
    briefing, _ = build([article(1, "经济运行", ["零售额94.72亿元。"], figures=figs)], profile)
    assert not any(isinstance(b, Table) for b in briefing.blocks)


def test_full_section_reports_the_rest() -> None:
    profile = dataclasses.replace(load_profile("安康"), items_per_section=2)
    picks = [article(n, "经济运行", ["短讯。"], title=f"第{n}条消息") for n in range(1, 5)]
    briefing, left_out = build(picks, profile)
    assert [i.title for i in items(briefing)] == ["第1条消息", "第2条消息"]
    assert [e["article_id"] for e in left_out] == [3, 4]
    assert all("栏目已满" in e["reason"] for e in left_out)


def test_page_budget_drops_weakest_and_reports_every_article() -> None:
    profile = dataclasses.replace(load_profile("安康"), page_budget=2, items_per_section=9)
    themes = ["经济运行", "民生保障", "生态环保"]
    picks = [
        article(n, themes[n % 3], [LONG, LONG], title=f"第{n}条消息", score=n / 100)
        for n in range(1, 19)
    ]
    briefing, left_out = build(picks, profile)
    assert estimate_pages(briefing, grid_from_style(load_style())) <= 2
    kept = {p.article_id for i in items(briefing) for p in i.provenance}
    dropped = {e["article_id"] for e in left_out}
    assert kept and dropped
    assert kept | dropped == set(range(1, 19)) and not kept & dropped
    assert min(kept) > max(dropped)
    assert all("超出版面" in e["reason"] and e["title"] for e in left_out)


def test_page_budget_spares_each_themes_last_item() -> None:
    profile = dataclasses.replace(load_profile("安康"), page_budget=2, items_per_section=9)
    picks = [article(1, "重要会议与领导活动", [LONG], title="常务会议", score=0.01)]
    picks += [article(n, "经济运行", [LONG], title=f"经济动态{n}", score=n / 10) for n in range(2, 9)]
    briefing, left_out = build(picks, profile)
    kept = [i.title for i in items(briefing)]
    assert "常务会议" in kept and len(kept) >= 2
    assert [e["title"] for e in left_out] == [f"经济动态{n}" for n in range(2, 10 - len(kept))]


def test_article_without_text_is_reported() -> None:
    briefing, left_out = build(
        [article(1, "经济运行", ["  "], title="空"), article(2, "经济运行", [TOLD], title="有正文的消息")]
    )
    assert [i.title for i in items(briefing)] == ["有正文的消息"]
    assert left_out == [{"article_id": 1, "title": "空", "reason": "没有可用的正文段落"}]


def test_selector_left_out_is_passed_on() -> None:
    picks = selection([article(1, "经济运行", [LONG])])
    picks.left_out = [{"article_id": 9, "title": "旧闻", "reason": "不在本周"}]
    _, left_out = build_briefing(picks, load_profile("安康"), 1, "2023-W01", DAY)
    assert left_out == [{"article_id": 9, "title": "旧闻", "reason": "不在本周"}]


def test_empty_selection_still_makes_a_briefing() -> None:
    briefing, left_out = build([])
    assert briefing.blocks == [] and left_out == []
    assert briefing.imprint.lines


def test_model_json_round_trips() -> None:
    briefing, _ = build([article(1, "经济运行", [LONG], title="标题")])
    assert from_json(to_json(briefing)) == briefing
    assert briefing.meta.title == "安康政务信息周报 第一期"


def test_note_date_is_publication_with_a_source_else_the_event_date() -> None:
    paper = article(1, "经济运行", ["甲县召开经济运行调度会，部署一季度工作。"], title="甲县召开经济运行调度会",
                    published="2023-01-06")
    paper.date = "2023-01-05"
    digest = article(2, "民生保障", ["乙县开展义诊活动，服务群众300余人。"], title="乙县开展义诊活动", source=None,
                     published="2023-01-01")
    digest.date = "2023-01-04"
    notes = [i.source_note for i in items(build([paper, digest])[0])]
    assert notes == ["（安康日报 1月6日）", "（1月4日）"]


def test_byline_title_is_rewritten_and_reported() -> None:
    lead = "2月16日，市委副书记、市长主持召开市政府常务会议，研究部署一季度经济工作。"
    picks = [article(1, "经济运行", [lead], title="（实习记者 张三 记者 李四）2月16日")]
    headlines: list[dict] = []
    briefing, _ = build_briefing(selection(picks), load_profile("安康"), 1, "2023-W01", DAY, None, headlines)
    assert [i.title for i in items(briefing)] == ["市委副书记、市长主持召开市政府常务会议"]
    assert headlines == [{"article_id": 1, "source_title": "（实习记者 张三 记者 李四）2月16日",
                          "printed": "市委副书记、市长主持召开市政府常务会议", "reason": "原标题是署名"}]


def test_an_untitled_article_whose_lead_tells_no_event_is_left_out_not_printed_as_a_place_name() -> None:
    scene = "安康，北靠秦岭，南拥巴山，是北方的南方，又是南方的北方，四季分明，物产丰富，生态优异。" + LONG
    picks = [article(1, "乡村振兴", [scene], title=None), article(2, "经济运行", [TOLD], title="市政府召开常务会议")]
    briefing, left_out = build(picks)
    assert [i.title for i in items(briefing)] == ["市政府召开常务会议"]
    assert [(e["article_id"], "拟不出标题" in e["reason"]) for e in left_out] == [(1, True)]


def test_an_untitled_items_headline_is_built_from_the_second_paragraph_when_the_first_only_places() -> None:
    place = "地处秦巴山区的某县，素有“汉江第一城”的美誉，是重要的水源涵养区。"
    news = "据了解，为守护一江清水，某县累计治理河道18公里，新建堤防21.4公里，绿化河岸4.2万平方米。"
    briefing, _ = build([article(1, "生态环保", [place, news], title=None)])
    assert [i.title for i in items(briefing)] == ["某县累计治理河道18公里"]


def test_a_county_pages_own_county_is_named_in_title_and_text_and_the_change_reported() -> None:
    lead = "12月28日，我县召开党外人士座谈会，县委副书记王剑出席会议，听取党外代表人士意见建议。"
    titled = dataclasses.replace(article(1, "党的建设", [lead], title="我县召开党外人士座谈会"), own_place="渠县")
    headlines: list[dict] = []
    briefing, _ = build_briefing(selection([titled]), load_profile("安康"), 1, "2023-W01", DAY, None, headlines)
    (item,) = items(briefing)
    assert item.title == "渠县召开党外人士座谈会"
    assert "12月28日，渠县召开" in "".join(s.text for p in item.paragraphs for s in p.spans)
    assert headlines[0]["printed"] == "渠县召开党外人士座谈会" and "渠县" in headlines[0]["reason"]
    district = dataclasses.replace(article(1, "党的建设", [lead], title="我县召开党外人士座谈会"), own_place="通川区")
    assert items(build([district])[0])[0].title == "我县召开党外人士座谈会"  # 我县 is no district
