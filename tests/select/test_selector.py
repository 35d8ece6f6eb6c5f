"""select() and figures() on small corpora built in code."""

from __future__ import annotations

from typing import Any

import pytest

from briefgen.corpus.store import Corpus
from briefgen.errors import ConfigError
from briefgen.select.selector import figures, select

LEAD = "1月5日 ， 全市 重点项目 集中 开工 仪式 在 汉滨区 举行 。"
COUNT = "本次 集中 开工 项目 32 个 ， 总投资 156 亿元 。"
SLOGAN = "会议 要求 ， 要 深入 学习 贯彻 党 的 二十大 精神 ， 切实 增强 责任感 和 紧迫感 。"
FLAGGED = "据 统计 ， 带动 就业 5000 人 ， 产值 300 亿元 。"


def project_article(b: Any, seq: int = 1) -> Any:
    """Return the project article: lead, figures, a slogan, a repeated paragraph, a flagged one."""
    return b.article(
        seq, "全市重点项目集中开工",
        [
            b.passage(0, LEAD, COUNT),
            b.passage(1, "市委书记 出席 并 讲话 。", SLOGAN),
            b.passage(2, LEAD, COUNT),
            b.passage(3, FLAGGED, flag="乱码"),
        ],
        events=[b.event("1月5日", "2024-01-05", 0), b.event("1月5日", "2024-01-05", 2)],
        figures=[
            b.figure("32个", 32, "个", "开工项目", COUNT, 0),
            b.figure("156亿元", 156e8, "元", "总投资", COUNT, 0),
            b.figure("32个", 32, "个", "开工项目", COUNT, 2),
            b.figure("5000人", 5000, "人", "带动就业", FLAGGED, 3),
        ],
    )


def ecology_article(b: Any, seq: int = 1) -> Any:
    return b.article(
        seq, "市生态环境局部署汉江水质保护",
        [b.passage(0, "1月4日 ， 市 生态环境局 召开 汉江 水质 保护 工作 会议 。",
                   "今年 全市 空气质量 优良 天数 达到 320 天 。")],
        events=[b.event("1月4日", "2024-01-04", 0)],
    )


def joined(tokens: str) -> str:
    return "".join(tokens.split())


def test_repeated_paragraph_picked_once_and_flag_never(corpus: Corpus, build: Any) -> None:
    build.add(project_article(build))
    (item,) = select(corpus, "安康市", "2024-01-01", "2024-01-07").articles
    picked = [p.text for p in item.passages]
    assert len(picked) == len(set(picked))
    assert picked.count(joined(LEAD)) == 1 and picked.count(joined(COUNT)) == 1
    assert joined(FLAGGED) not in picked and all(p.paragraph != 3 for p in item.passages)
    assert joined(SLOGAN) not in picked
    assert "5000人" not in {f.text for f in item.figures}
    assert "5000人" not in {f.text for f in figures(corpus, "安康市", None, None)}


def test_picks_keep_source_order_with_lead_first(corpus: Corpus, build: Any) -> None:
    build.add(project_article(build))
    (item,) = select(corpus, None, None, None).articles
    assert item.passages[0].text == joined(LEAD)
    positions = [(p.paragraph, p.line) for p in item.passages]
    assert positions == sorted(positions)
    assert item.theme == "项目建设与招商引资"
    assert item.date == "2024-01-05"
    assert [f.text for f in item.figures[:2]] == ["32个", "156亿元"]


def test_same_event_from_two_sources_is_one_item(corpus: Corpus, build: Any) -> None:
    build.add(project_article(build))
    other = build.article(
        1, "我市重点项目集中开工",
        [build.passage(0, "1月5日 ， 全市 重点项目 集中 开工 仪式 在 汉滨区 隆重 举行 。",
                       "此次 集中 开工 项目 32 个 ， 总投资 156 亿元 。")],
        events=[build.event("1月5日", "2024-01-05", 0)],
    )
    build.add(other, source="安康新闻网")
    build.add(ecology_article(build))
    selection = select(corpus, "安康市", "2024-01-01", "2024-01-07")
    titles = [a.title for a in selection.articles]
    assert len(titles) == 2 and "市生态环境局部署汉江水质保护" in titles
    assert any("同一事件" in left["reason"] for left in selection.left_out)


def test_boilerplate_lead_gives_way_to_the_fact(corpus: Corpus, build: Any) -> None:
    fact = "1月3日 ， 市 民政局 为 困难群众 发放 救助 资金 120 万元 。"
    build.add(build.article(
        1, "市民政局发放救助资金",
        [build.passage(0, "为 深入 学习 贯彻 党 的 二十大 精神 ， 切实 增强 责任感 和 紧迫感 。", fact)],
        events=[build.event("1月3日", "2024-01-03", 0)],
        figures=[build.figure("120万元", 1.2e6, "元", "救助资金", fact, 0)],
    ))
    (item,) = select(corpus, None, None, None).articles
    assert item.passages[0].text == joined(fact)
    assert item.theme == "民生保障"


def test_week_filter_uses_event_date_then_publication(corpus: Corpus, build: Any) -> None:
    build.add(ecology_article(build))
    late_event = build.article(
        1, "全市防汛演练",
        [build.passage(0, "1月12日 ， 全市 防汛 应急 演练 在 石泉县 举行 ， 12 支 救援 队伍 300 余 人 参加 演练 。")],
        published="2024-01-05", events=[build.event("1月12日", "2024-01-12", 0)],
    )
    undated = build.article(
        2, "安全生产检查",
        [build.passage(0, "市 应急管理局 开展 安全生产 隐患 排查 ， 检查 企业 40 家 ， 整改 隐患 86 处 。")],
        published="2024-01-10",
    )
    build.add(late_event, undated)
    week1 = select(corpus, "安康市", "2024-01-01", "2024-01-07")
    week2 = select(corpus, "安康市", "2024-01-08", "2024-01-14")
    assert [a.title for a in week1.articles] == ["市生态环境局部署汉江水质保护"]
    assert sorted(a.title or "" for a in week2.articles) == ["全市防汛演练", "安全生产检查"]
    assert select(corpus, "西安市", None, None).articles == []


def test_caption_only_article_is_skipped(corpus: Corpus, build: Any) -> None:
    build.add(build.article(1, None, [build.passage(0, "图 为 志愿者 清扫 街道 。")]))
    selection = select(corpus, None, None, None)
    assert selection.articles == []
    assert "过短" in selection.left_out[0]["reason"]


def test_item_length_is_bounded(corpus: Corpus, build: Any) -> None:
    sentences = [
        "1月 ， 全市 城镇 新增 就业 岗位 3200 个 ， 超额 完成 季度 目标 。",
        "市 人社局 组织 专场 招聘会 6 场 ， 620 家 企业 进场 招聘 。",
        "汉滨区 发放 创业 担保 贷款 1.2 亿元 ， 扶持 创业者 800 人 。",
        "各 县区 开展 技能 培训 ， 培训 农民工 4100 人次 。",
        "旬阳市 新建 社区 工厂 15 家 ， 吸纳 脱贫 劳动力 就近 务工 。",
        "公益性 岗位 安置 就业 困难 人员 950 名 ， 兑付 岗位 补贴 到位 。",
        "平利县 开展 劳务 协作 ， 向 江苏 输送 务工 人员 1300 人 。",
        "全市 失业 保险 稳岗 返还 惠及 企业 2100 户 ， 职工 5.6 万 人 。",
    ]
    build.add(build.article(1, "就业工作", [build.passage(i, s) for i, s in enumerate(sentences)]))
    (item,) = select(corpus, None, None, None).articles
    length = sum(len(p.text) for p in item.passages)
    assert 100 <= length <= 250
    assert len(item.passages) >= 3


def test_theme_filter_and_limit(corpus: Corpus, build: Any) -> None:
    build.add(project_article(build), ecology_article(build, 2))
    only = select(corpus, None, None, None, themes=["生态环保"])
    assert [a.theme for a in only.articles] == ["生态环保"]
    limited = select(corpus, None, None, None, limit=1)
    assert len(limited.articles) == 1 and "上限" in limited.left_out[-1]["reason"]
    with pytest.raises(ConfigError, match="未知主题"):
        select(corpus, None, None, None, themes=["不存在的主题"])


def test_figures_once_each_from_unflagged_passages(corpus: Corpus, build: Any) -> None:
    build.add(project_article(build))
    rows = figures(corpus, "安康市", "2024-01-01", "2024-01-07")
    assert [(r.text, r.indicator) for r in rows] == [("32个", "开工项目"), ("156亿元", "总投资")]
    assert figures(corpus, None, None, None, themes=["生态环保"]) == []


def test_subheading_is_not_picked(corpus: Corpus, build: Any) -> None:
    heading = "一 、 聚焦 项目 建设"
    build.add(build.article(1, "全市项目建设综述", [
        build.passage(0, "今年 以来 ， 全市 新 开工 重点项目 86 个 ， 完成 投资 120 亿元 。"),
        build.passage(1, heading),
        build.passage(2, "安康 高新区 新 落地 企业 21 户 ， 新建 标准化 厂房 12 万 平方米 。"),
    ]))
    (item,) = select(corpus, None, None, None).articles
    assert joined(heading) not in [p.text for p in item.passages]
    assert [p.paragraph for p in item.passages] == [0, 2]


def test_empty_literary_opener_is_not_the_lead(corpus: Corpus, build: Any) -> None:
    fact = "这 5 年 ， 全市 公路 建设 累计 完成 投资 357.6 亿元 ， 县县 通 高速 全面 实现 。"
    build.add(build.article(1, "交通运输工作综述", [
        build.passage(0, "春华秋实 ， 又 是 一年 。"),
        build.passage(1, fact),
    ], figures=[build.figure("357.6亿元", 3.576e10, "元", "公路建设投资", fact, 1)]))
    (item,) = select(corpus, None, None, None).articles
    assert item.passages[0].text == joined(fact)
    assert all(p.paragraph == 1 for p in item.passages)


def test_an_untitled_article_that_opens_mid_way_is_left_out_with_the_reason(corpus: Corpus, build: Any) -> None:
    told = ("会上 ， 市 发改委 负责人 汇报 全市 重点项目 集中 开工 准备 情况 。", COUNT)
    build.add(build.article(1, None, [build.passage(0, *told)], events=[build.event("1月5日", "2024-01-05", 0)]))
    build.add(build.article(2, "全市重点项目推进会召开", [build.passage(0, "1月5日 ， 全市 重点项目 推进会 召开 。", *told)],
                            events=[build.event("1月5日", "2024-01-05", 0)]))
    selection = select(corpus, "安康市", "2024-01-01", "2024-01-07")
    assert [a.title for a in selection.articles] == ["全市重点项目推进会召开"]
    assert [(left["article_id"], "半截" in left["reason"]) for left in selection.left_out] == [(1, True)]


def test_a_sentence_whose_cut_leaves_only_the_speaker_is_not_picked_at_all(corpus: Corpus, build: Any) -> None:
    said = "市 发改委 副主任 郭某 指着 工地 说 ， “ 该段 道路 长 71.4 米 ， 采用 浪花形 分流 通道 。"
    build.add(build.article(1, "全市重点项目集中开工", [build.passage(0, LEAD, said, COUNT)],
                            events=[build.event("1月5日", "2024-01-05", 0)]))
    (item,) = select(corpus, "安康市", "2024-01-01", "2024-01-07").articles
    assert all(p.text.strip() for p in item.passages) and not any("说" in p.text for p in item.passages)


def test_an_article_from_a_gambling_sites_mirror_is_left_out_with_the_reason(corpus: Corpus, build: Any) -> None:
    told = ("1月5日 ， 全市 重点项目 集中 开工 仪式 在 汉滨区 举行 。", COUNT)
    mirrored = build.article(1, "全市重点项目集中开工", [build.passage(0, *told)], events=[build.event("1月5日", "2024-01-05", 0)])
    mirrored.flags = ["spam_mirror"]
    build.add(mirrored)
    build.add(build.article(2, "全市重点项目推进会召开", [build.passage(0, "1月5日 ， 全市 重点项目 推进会 召开 。", COUNT)],
                            events=[build.event("1月5日", "2024-01-05", 0)]))
    selection = select(corpus, "安康市", "2024-01-01", "2024-01-07")
    assert [a.title for a in selection.articles] == ["全市重点项目推进会召开"]
    assert [(left["article_id"], "博彩" in left["reason"]) for left in selection.left_out] == [(1, True)]


def test_an_article_naming_one_county_has_it_as_its_own_place(corpus: Corpus, build: Any) -> None:
    from briefgen.records import Place

    qu = Place("渠县", "county", "511725", "达州市", "四川省")
    dachuan = Place("达川区", "county", "511703", "达州市", "四川省")
    city = Place("达州市", "prefecture", "511700", "达州市", "四川省")
    qingxiu = Place("青秀区", "county", "450103", "南宁市", "广西壮族自治区")
    leads = ["1月5日 ， 县 政协 召开 党外 人士 座谈会 ， 通报 全年 经济 社会 发展 情况 。",
             "1月5日 ， 市 农业 农村局 督导 春耕 备耕 ， 查看 种子 化肥 储备 情况 。",
             "1月5日 ， 区 图书馆 新馆 开放 ， 首日 接待 读者 3000 人次 。"]
    for seq, (lead, places) in enumerate(zip(leads, [[qu, city], [qu, dachuan], [qingxiu]], strict=True), start=1):
        build.add(build.article(seq, f"标题{seq}", [build.passage(0, lead, SLOGAN)], places=places,
                                events=[build.event("1月5日", "2024-01-05", 0)]))
    picked = {a.title: a.own_place for a in select(corpus, None, "2024-01-01", "2024-01-07").articles}
    assert picked == {"标题1": "渠县", "标题2": None, "标题3": None}


def test_a_fuller_sentence_that_refers_back_does_not_replace_the_lead(corpus: Corpus, build: Any) -> None:
    lead = "2月24日 ， 某市 召开 发挥 科技城 优势 加快 建成 经济 副中心 推进 大会 。"
    after = ("会上 ， 市 发改委 汇报 发挥 科技城 优势 加快 建成 经济 副中心 2025 年 重点 工作 推进 情况 和 2026 年 重点 工作 "
             "建议 12 项 。")
    build.add(build.article(1, "某市召开副中心推进大会", [build.passage(0, lead, after)],
                            events=[build.event("2月24日", "2024-02-24", 0)],
                            figures=[build.figure("12项", 12, "项", "重点工作", after, 0)]))
    (item,) = select(corpus, None, None, None).articles
    assert item.passages[0].text == joined(lead)  # not 会上，…: the lead that says which meeting


def test_a_heading_run_into_its_paragraph_is_not_picked_alone(corpus: Corpus, build: Any) -> None:
    head = "协商 凝聚 广泛 共识 。"
    build.add(build.article(1, "以协商民主实践奋力谱写新篇章", [
        build.passage(0, "1月16日 ， 市政协 十四届 五次 会议 隆重 开幕 。"),
        build.passage(1, head, "过去 一年 ， 市政协 围绕 中心 工作 开展 专题 协商 26 次 。"),
    ]))
    (item,) = select(corpus, None, None, None).articles
    texts = [p.text for p in item.passages]
    assert joined(head) not in texts and any("专题协商26次" in t for t in texts)
