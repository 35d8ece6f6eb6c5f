"""Condensation: lead without dateline, every enumerated point, figures; purpose and legal basis out."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from briefgen.corpus.store import Corpus
from briefgen.records import Place
from briefgen.select.condense_rules import (
    clause_prefix,
    condense_rules,
    full_dates,
    key_clause,
    strip_lead,
)
from briefgen.select.selector import select

LEAD = "新华社 北京 2月 13日 电 （ 记者 王某 ） 记者 13日 从 市 发展改革委 获悉 ， 全市 下达 以工代赈 资金 5000 万元 。"
PURPOSE = "为 规范 以工代赈 项目 管理 ， 根据 《 政府 投资 条例 》 ， 制定 本 办法 。"
BASIS = "根据 《 国家 以工代赈 管理 办法 》 有关 规定 ， 市 发展改革委 会同 财政局 开展 工作 。"
INTRO = "《 办法 》 共 28 条 ， 主要 规定 了 以下 内容 。"
POINTS = [
    ("一是 明确 支持 范围 。", "重点 支持 农村 小型 基础设施 建设 ， 优先 吸纳 脱贫 人口 参与 务工 ， 发放 劳务 报酬 。"),
    ("二是 压实 主体 责任 。", "县级 政府 对 项目 实施 承担 主体 责任 ， 有关 部门 加强 指导 监督 。"),
    ("三是 强化 资金 监管 。", "资金 实行 专账 核算 ， 严禁 截留 挪用 ， 审计 部门 定期 开展 审计 。"),
    ("四是 加强 项目 管理 。", "项目 实行 公示 制度 ， 建设 内容 、 资金 安排 、 务工 人数 和 报酬 标准 全部 向 群众 公开 。"),
    ("五是 严格 考核 评价 。", "考核 结果 与 下一 年度 资金 安排 挂钩 ， 对 工作 滞后 的 县区 进行 约谈 并 限期 整改 到位 。"),
    ("六是 促进 就业 增收 。", "引导 群众 在 家门口 就业 ， 组织 技能 培训 ， 帮助 务工 群众 掌握 一技之长 ， 持续 稳定 增收 。"),
]
FILLER = "会议 要求 ， 要 深入 学习 贯彻 党 的 二十大 精神 ， 切实 增强 责任感 和 紧迫感 。"


def joined(tokens: str) -> str:
    return "".join(tokens.split())


def provisions_article(b: Any) -> Any:
    """Return a decree story: lead with dateline, purpose, legal basis, list intro, three points."""
    passages = [b.passage(0, LEAD), b.passage(1, PURPOSE, BASIS, INTRO)]
    passages += [b.passage(2 + i, head, body) for i, (head, body) in enumerate(POINTS)]
    passages.append(b.passage(2 + len(POINTS), FILLER))
    return b.article(
        1, "以工代赈资金下达", passages, published="2024-02-13",
        events=[b.event("13日", "2024-02-13", 0)],
        figures=[b.figure("5000万元", 5e7, "元", "以工代赈资金", LEAD, 0)],
    )


def test_item_keeps_lead_intro_every_point_and_drops_purpose_and_basis(corpus: Corpus, build: Any) -> None:
    build.add(provisions_article(build))
    (item,) = select(corpus, "安康市", "2024-02-12", "2024-02-18").articles
    texts = [p.text for p in item.passages]
    assert texts[0] == "记者2月13日从市发展改革委获悉，全市下达以工代赈资金5000万元。"
    for head, _body in POINTS:
        assert joined(head) in texts
    assert joined(INTRO) in texts
    assert joined(PURPOSE) not in texts and joined(BASIS) not in texts
    assert joined(FILLER) not in texts
    assert sum(len(t) for t in texts) <= 250 and joined(POINTS[-1][1]) not in texts
    assert [p.paragraph for p in item.passages] == sorted(p.paragraph for p in item.passages)


def test_strip_lead_removes_dateline_byline_and_attribution() -> None:
    rules = condense_rules()
    assert strip_lead(rules, "中新网5月23日电 据公安部网站消息，近日，六部门联合公布办法。") == "六部门联合公布办法。"
    assert strip_lead(rules, "本报讯（记者 李明）1月5日，全市重点项目集中开工。") == "1月5日，全市重点项目集中开工。"
    assert strip_lead(rules, "全市重点项目1月5日集中开工。") == "全市重点项目1月5日集中开工。"
    assert strip_lead(rules, "(记者 阮某某4月7日，省政府新闻办召开发布会。") == "4月7日，省政府新闻办召开发布会。"
    assert strip_lead(rules, "新安晚报 安徽网 大皖新闻讯 4月16日，某某公众号发布通告。") == "4月16日，某某公众号发布通告。"


def test_full_dates_gives_a_bare_day_its_month() -> None:
    assert full_dates("记者13日从市政府获悉。", "2024-02-13") == "记者2月13日从市政府获悉。"
    assert full_dates("28日召开会议。", "2024-03-02") == "2月28日召开会议。"
    assert full_dates("自2024年5月1日起施行。", "2024-02-13") == "自2024年5月1日起施行。"
    assert full_dates("记者13日从市政府获悉。", None) == "记者13日从市政府获悉。"


def test_full_dates_leaves_the_end_of_a_range_or_list_alone() -> None:
    for text in ("科技活动周于5月16日—24日举行。", "5月16日至24日举行。", "分别于5月16日、24日开展。"):
        assert full_dates(text, "2026-12-04") == text, text


def test_points_and_clauses() -> None:
    rules = condense_rules()
    for opener in ("一是明确范围。", "（二）加强管理。", "3. 强化保障。", "第一，压实责任。"):
        assert rules.is_point(opener), opener
    assert not rules.is_point("2024年全市GDP增长5%。")
    long_point = "二是加强用水管理，" + "对主要农作物实行用水定额管理、" * 5 + "严格控制高耗水项目。"
    assert key_clause(rules, long_point) == "二是加强用水管理。"
    assert clause_prefix("甲乙丙丁戊，己庚辛壬癸，子丑寅卯。", 12) == "甲乙丙丁戊，己庚辛壬癸。"
    assert rules.is_dropped("为规范项目管理，根据有关法律，制定本办法。")
    assert rules.is_dropped("“撸起袖子加油干”")
    assert rules.is_purpose("《条例》旨在推动农村公路高质量发展。")
    # a list opened inside a sentence is introduced there: the intro (with its first point) is kept first
    assert rules.is_intro("报告共分三个部分：一、过去一年工作回顾；")
    assert rules.is_intro("会议强调：一是压实责任；")
    assert not rules.is_intro("会议强调，要压实责任。")


def test_lead_loses_its_opening_purpose_clauses() -> None:
    from briefgen.select.condense_rules import without_purpose

    rules = condense_rules()
    lead = "为全面贯彻落实部署要求，抢抓消费旺季有利时机，我市于1月7日至2月7日开展促消费活动。"
    assert without_purpose(rules, lead) == "我市于1月7日至2月7日开展促消费活动。"
    dated = "为维护农民工合法权益，1月4日，市信访办联合开展根治欠薪接访活动。"
    assert without_purpose(rules, dated) == "1月4日，市信访办联合开展根治欠薪接访活动。"
    assert without_purpose(rules, "为规范管理，制定本办法。") == "为规范管理，制定本办法。"


def test_a_fuller_repeat_of_the_lead_replaces_it(corpus: Corpus, build: Any) -> None:
    short = "市 能源局 表示 ， 截至 9月底 ， 全市 新型 储能 装机 超过 100 万千瓦 。"
    full = "最新 数据 显示 ， 截至 9月底 ， 全市 新型 储能 装机 规模 超过 100 万千瓦 ， 占 全省 比例 超过 40% 。"
    build.add(build.article(
        1, "新型储能装机突破百万千瓦", [build.passage(0, short, full)],
        figures=[
            build.figure("100万千瓦", 1e6, "千瓦", "新型储能装机", short, 0),
            build.figure("100万千瓦", 1e6, "千瓦", "新型储能装机规模", full, 0),
            build.figure("40%", 40, "%", "占全省比例", full, 0),
        ],
    ))
    (item,) = select(corpus, None, None, None).articles
    assert [p.text for p in item.passages] == [joined(full)]


def test_a_document_describing_itself_comes_last() -> None:
    rules = condense_rules()
    assert rules.is_purpose("《条例》总结党的十八大以来节水工作的丰富实践，将经验做法转化为制度规范。")
    assert not rules.is_purpose("《条例》共6章52条，主要规定了以下内容。")


def test_a_sentence_with_new_figures_is_no_repeat(corpus: Corpus, build: Any) -> None:
    first = "一季度 ， 城镇 居民 出游 花费 1.48 万亿元 ， 同比增长 14.8% 。"
    second = "一季度 ， 农村 居民 出游 花费 0.32 万亿元 ， 同比增长 39.6% 。"
    build.add(build.article(
        1, "一季度居民出游花费增长", [build.passage(0, first, second)],
        figures=[
            build.figure("1.48万亿元", 1.48e12, "元", "城镇居民出游花费", first, 0),
            build.figure("14.8%", 14.8, "%", "城镇居民出游花费", first, 0),
            build.figure("0.32万亿元", 3.2e11, "元", "农村居民出游花费", second, 0),
            build.figure("39.6%", 39.6, "%", "农村居民出游花费", second, 0),
        ],
    ))
    (item,) = select(corpus, None, None, None).articles
    assert [p.text for p in item.passages] == [joined(first), joined(second)]


def test_sentences_without_facts_only_fill_short_items(corpus: Corpus, build: Any) -> None:
    lead = "1月4日 ， 市 网信办 召开 网络 安全 工作 会议 ， 通报 全年 网站 检查 整改 情况 。"
    remark = "会议 指出 ， 网络 安全 工作 关系 每个 人 ， 大家 要 共同 守护 好 这 片 天空 。"
    facts = [f"{n}月 ， 全市 检查 网站 {n}00 家 ， 整改 隐患 {n}0 处 ， 约谈 相关 单位 {n} 家 。" for n in range(1, 7)]
    long_fact = "下半年 ， " + "，".join(f"第 {n} 轮 抽查 网站 {n}0 家" for n in range(1, 13)) + " 。"

    def story(seq: int, title: str, sentences: list[str], day: int) -> Any:
        figures = [build.figure(f"{n}00家", n * 100, "家", "检查网站", f, 0) for n, f in enumerate(facts, 1)]
        figures.append(build.figure("70家", 70, "家", "抽查网站", long_fact, 0))
        return build.article(seq, title, [build.passage(0, lead, *sentences, remark)], figures=figures,
                             events=[build.event(f"1月{day}日", f"2024-01-0{day}", 0)])

    short = [*facts[:3]]
    assert sum(len(joined(t)) for t in [lead, *short]) >= 100 and len(joined(remark)) < 60
    build.add(story(1, "短稿", short, 4))
    build.add(story(2, "长稿", [*facts[3:], long_fact], 5))
    items = {a.title: [p.text for p in a.passages] for a in select(corpus, None, None, None).articles}
    assert items["短稿"] == [joined(t) for t in [lead, *short, remark]]
    assert joined(remark) not in items["长稿"] and sum(len(t) for t in items["长稿"]) <= 190


def test_a_sentence_the_copy_cut_short_is_never_printed(corpus: Corpus, build: Any) -> None:
    lead = "2月15日 ， 市 人民 代表 大会 第四 次 会议 在 汉江 大剧院 隆重 开幕 。"
    middle = "大会 审议 通过 了 2023年 民生 实事 项目 。"
    cut = "报告 指出 ， 2022年 全市 完成 投资 580 亿元 ， 我们 在 市委 坚强 领导 下 ， 深入 学习 贯彻 党 的"
    build.add(build.article(1, "开幕", [build.passage(0, lead, middle), build.passage(1, cut)],
                            figures=[build.figure("580亿元", 5.8e10, "元", "完成投资", joined(cut), 1)],
                            events=[build.event("2月15日", "2023-02-15", 0)]))
    (item,) = select(corpus, None, None, None).articles
    texts = "".join(p.text for p in item.passages)
    assert joined(middle) in texts and "深入学习贯彻党的" not in texts


def test_seating_lists_and_the_quorum_are_left_out(corpus: Corpus, build: Any) -> None:
    lead = "2月14日 上午 ， 县 政协 第二 次 会议 隆重 开幕 。"
    seated = "县委 书记 张三 ， 县长 李四 ， 县 政协 主席 王五 ， 副主席 赵六 、 钱七 、 孙八 在 主席台 前排 就座 。"
    quorum = "本次 大会 应到 委员 153 人 ， 因事 因病 请假 21 人 ， 实到 132 人 ， 符合 规定 人数 。"
    report = "王五 代表 县 政协 常委会 作 工作 报告 ， 全年 提交 提案 236 件 。"
    build.add(build.article(1, "开幕", [build.passage(0, lead, seated, quorum), build.passage(1, report)],
                            events=[build.event("2月14日", "2023-02-14", 0)]))
    (item,) = select(corpus, None, None, None).articles
    texts = [p.text for p in item.passages]
    assert texts == [joined(lead), joined(report)]


def test_a_lead_the_copy_cut_short_ends_at_its_last_whole_clause(corpus: Corpus, build: Any) -> None:
    lead = "10月22日 ， 中核 集团 董事长 孙勤 ， 自治区 副主席 在 签约 仪式 上 致辞 ， 与"
    build.add(build.article(1, "签约", [build.passage(0, lead)], events=[build.event("10月22日", "2015-10-22", 0)]))
    (item,) = select(corpus, None, None, None).articles
    assert [p.text for p in item.passages] == ["10月22日，中核集团董事长孙勤，自治区副主席在签约仪式上致辞。"]


def test_lead_loses_its_opening_legal_basis_and_asides_pointing_elsewhere() -> None:
    from briefgen.select.condense_rules import without_asides, without_purpose

    rules = condense_rules()
    lead = ("根据《贵州省事业单位公开招聘操作办法（试行）》（黔人社厅发〔2013〕10号）等文件精神，"
            "遵循“公开、平等、竞争、择优”的原则，经研究，2024年凯里市教育系统面向社会公开招考聘用"
            "事业单位工作人员143名（具体招聘单位及招聘岗位详见附件1）。")
    rest = without_purpose(rules, lead)
    assert rest == "2024年凯里市教育系统面向社会公开招考聘用事业单位工作人员143名（具体招聘单位及招聘岗位详见附件1）。"
    assert without_asides(rules, rest) == "2024年凯里市教育系统面向社会公开招考聘用事业单位工作人员143名。"
    short = "根据《条例》规定，现予公布。"
    assert without_purpose(rules, short) == short  # nothing left worth a lead: kept as it is
    assert without_asides(rules, "全市新增就业1.2万人（同比增长5%）。") == "全市新增就业1.2万人（同比增长5%）。"


def test_a_long_point_is_never_cut_inside_its_brackets() -> None:
    rules = condense_rules()
    point = ("1．报考人员（含定向招聘岗位的报考人员，下同）须具有国家承认的学历，并符合拟报考岗位所需的其他资格条件，"
             "报考人员毕业证书上显示的专业须与岗位要求一致。")
    assert key_clause(rules, point) == "1．报考人员（含定向招聘岗位的报考人员，下同）须具有国家承认的学历。"
    assert clause_prefix("甲乙丙丁（戊，己庚）辛壬癸，子丑寅卯。", 12) == ""


LONG = " 并 ".join(["按 要求 如实 填写 报名 信息 表 和 有关 材料"] * 20)
NOTICE_POINTS = [
    "1． 具有 国家 承认 的 学历 和 学位 。",
    "2． 遵纪守法 ， 品行端正 ， 诚实守信 。",
    "3． 具有 岗位 所需 的 身体 条件 。",
    f"4． 符合 岗位 要求 {LONG} 。",
    f"5． 具有 相应 资格 {LONG} 。",
    "6． 不 属于 应当 回避 情形 的 人员 。",
]


def test_points_stay_in_a_row_and_a_list_intro_never_stands_without_its_list(corpus: Corpus, build: Any) -> None:
    lead = "7月 8日 ， 市 教育局 面向 社会 公开 招聘 工作 人员 143 名 。"
    intro = "报名 操作 步骤 简述 如下 ："
    step = f"考生 登录 报名 网站 注册 账号 {LONG} 。"
    passages = [build.passage(0, lead), build.passage(1, intro, step)]
    passages += [build.passage(2 + i, p) for i, p in enumerate(NOTICE_POINTS)]
    build.add(build.article(1, "市教育局公开招聘工作人员", passages, published="2024-07-08",
                            events=[build.event("7月8日", "2024-07-08", 0)]))
    (item,) = select(corpus, "安康市", "2024-07-07", "2024-07-13").articles
    texts = [p.text for p in item.passages]
    assert texts[0] == "7月8日，市教育局面向社会公开招聘工作人员143名。"
    assert joined(NOTICE_POINTS[0]) in texts and joined(NOTICE_POINTS[2]) in texts
    assert joined(NOTICE_POINTS[5]) not in texts  # 4 and 5 did not fit: 6 would follow 3
    assert joined(intro) not in texts and joined(step) not in texts


def test_a_piece_that_leaves_a_bracket_open_is_cut_before_it() -> None:
    from briefgen.select.condense_rules import closed_brackets

    rules = condense_rules()
    piece = "1．具有国家承认的学历，并符合拟报考岗位所需的其他资格条件（岗位中有学位要求的还须取得同等学位；"
    assert closed_brackets(rules, piece) == "1．具有国家承认的学历，并符合拟报考岗位所需的其他资格条件。"
    assert closed_brackets(rules, "全市新增就业1.2万人（同比增长5%）。") == "全市新增就业1.2万人（同比增长5%）。"
    assert closed_brackets(rules, "（一）招聘对象（满足下列条件") == "（一）招聘对象（满足下列条件"  # too little before it


def test_a_word_leading_into_what_the_cut_took_goes_and_a_stray_closing_bracket_too() -> None:
    from briefgen.select.condense_rules import closed_brackets

    rules = condense_rules()
    piece = "据悉，产业类项目58个，总投资151亿元，当年计划投资45亿元，其中：(工业类项目27个，总投资914058万元；"
    assert closed_brackets(rules, piece) == "据悉，产业类项目58个，总投资151亿元，当年计划投资45亿元。"
    assert closed_brackets(rules, "旅游项目3个，总投资155000万元；)") == "旅游项目3个，总投资155000万元；"
    assert closed_brackets(rules, "全年新增就业1.2万人（其中返乡创业0.3万人）。") == "全年新增就业1.2万人（其中返乡创业0.3万人）。"
    assert condense_rules().is_dropped("即：考生考试综合成绩＝笔试成绩×50％＋面试成绩×50％。")


def test_a_photo_caption_sentence_in_the_text_is_dropped() -> None:
    assert condense_rules().is_dropped("图为该卫生院医务人员在为群众进行健康义诊。")
    assert not condense_rules().is_dropped("图书馆全年接待读者12万人次。")


def test_a_speakers_half_left_of_a_quotation_is_dropped() -> None:
    rules = condense_rules()
    assert rules.is_dropped("某某办副主任郭某指着脚下的翻板闸鱼道说。") and rules.is_dropped("他说。")
    assert not rules.is_dropped("市长表示，今年将新建学校5所。")
    assert not rules.is_dropped("张某说：“很好。”")
    from briefgen.select.condense_rules import closed_brackets

    assert closed_brackets(rules, "某某办副主任郭某指着脚下的翻板闸鱼道说，“该段短程鱼道长71.4米，采用浪花形通道。") == ""


def test_the_head_of_a_list_cut_at_its_first_item_is_dropped() -> None:
    rules = condense_rules()
    assert rules.is_dropped("分别为投资5.6亿元的6万吨锂电石墨负极材料提纯用石墨匣钵项目；")
    assert rules.is_dropped("分别是某某村、某某村和某某村。")
    assert not rules.is_dropped("两个项目分别为投资5.6亿元的石墨匣钵项目和投资5亿元的铝型材项目。")


def test_the_parts_of_a_list_whose_head_is_dropped_go_with_it(corpus: Corpus, build: Any) -> None:
    lead = "12月 5日 ， 某县 第四季度 重点项目 开工 仪式 在 经开区 举行 ， 本次 集中 开工 项目 15 个 。"
    count = "其中 亿元 以上 项目 达到 9 个 ， 占 项目 总数 的 60% 。"
    parts = ["分别 为 投资 5.6亿元 的 石墨 匣钵 项目 ；", "投资 5亿元 的 建筑 铝型材 生产线 项目 ；", "投资 1.3亿元 的 纺织 织带 生产线 等 项目 。"]
    after = "这些 项目 的 开工 建设 ， 将 优化 县域 产业 结构 。"
    build.add(build.article(1, "某县重点项目集中开工", [build.passage(0, lead), build.passage(1, count, *parts, after)],
                            events=[build.event("12月5日", "2024-12-05", 0)]))
    (item,) = select(corpus, "安康市", "2024-12-02", "2024-12-08").articles
    texts = " ".join(p.text for p in item.passages)
    assert "达到9个" in texts
    assert not any(joined(part) in texts for part in parts), texts


QUOTE = ("“ 广信区 将 聚焦 ‘ 走在前 、 勇争先 、 善作为 ’ 目标 要求 ， 坚定不移 走好 ‘ 六条路 ’ ， 奋力 谱写 中国式 现代化 "
         "广信 新篇章 。 ”")
SAID = "日前 ， 广信区 委 书记 何某 在 接受 采访 时 说 。"
POINT = "聚焦 主导产业 ， 深入 实施 三大 行动 ， 力争 今年 规上 工业 营收 过 550 亿元 。"


def test_a_quotes_attribution_is_picked_with_the_quote_never_alone(corpus: Corpus, build: Any) -> None:
    passages = [build.passage(0, QUOTE, SAID), build.passage(1, POINT)]
    place = Place("广信区", "county", "361104", "上饶市", "江西省")
    build.add(build.article(1, "奋力谱写广信新篇章", passages, published="2024-02-13", places=[place]))
    (item,) = select(corpus, "安康市", "2024-02-12", "2024-02-18").articles
    texts = [p.text for p in item.passages]
    assert joined(SAID) not in texts and joined(POINT) in texts, texts


SPEECH = "李某 在 会上 听取 代表 意见 后 谈到 ， 某镇 作为 首位 镇 ， 要 深刻 认识 特殊 地理 位置 ， 辩证 看待 发展 优势 和 机遇 。"
SPEECH_POINTS = [
    "一要 稳 全局 ， 某镇 与 县城区 连为一体 ， 承担 着 更 多 的 要素 保障 工作 ， 保持 社会 大局 和谐 稳定 。",
    "二要 补 短板 ， 着力 补齐 基础设施 、 社会 事业 、 产业 发展 等 短板 ， 不断 夯实 发展 基础 。",
    "三要 突 重点 ， 聚力 抓好 产业 发展 、 基础设施 、 社会 民生 等 重点 工作 ， 解决 一体化 发展 中 的 问题 。",
    "四要 抓 亮点 ， 充分 挖掘 更 多 发展 亮点 来 鼓舞 人心 、 激发 斗志 ， 奋力 推动 某镇 发展 实现 大 跨越 。",
]


def _speech_item(corpus: Corpus, build: Any, points: list[str]) -> list[str]:
    lead = "2月 17日 ， 县长 李某 参加 县 人大 第二 代表团 审议 ， 与 代表 们 共同 审议 政府 工作 报告 。"
    build.add(build.article(1, "李某参加代表团审议", [build.passage(0, lead), build.passage(1, SPEECH, *points)],
                            published="2024-02-17", events=[build.event("2月17日", "2024-02-17", 0)]))
    (item,) = select(corpus, "安康市", "2024-02-12", "2024-02-18").articles
    return [p.text for p in item.passages]


def test_a_speakers_numbered_points_come_with_the_sentence_that_names_the_speaker(corpus: Corpus, build: Any) -> None:
    texts = _speech_item(corpus, build, SPEECH_POINTS)
    assert any(t.startswith("一要稳全局") for t in texts), texts
    assert joined(SPEECH) in texts


def test_a_point_never_follows_one_whose_number_is_not_the_one_before_it(corpus: Corpus, build: Any) -> None:
    texts = _speech_item(corpus, build, [SPEECH_POINTS[0], SPEECH_POINTS[3]])  # 二要, 三要 left out of the copy
    assert any(t.startswith("一要稳全局") for t in texts), texts
    assert not any(t.startswith("四要") for t in texts), texts


def test_point_numbers_know_their_marker_style() -> None:
    from briefgen.select.condense_rules import point_number

    assert point_number("二要补短板，着力补齐短板。") == ("X要", 2)
    assert point_number("（三）做好安全生产。") == ("（X）", 3)
    assert point_number("12.推进项目建设。") == ("X.", 12)
    assert point_number("第一，加强领导。") is None and point_number("要加强领导。") is None


def _item_texts(corpus: Corpus, build: Any, paragraphs: list[list[str]], day: str) -> list[str]:
    """Return the picked texts of the one article of ``paragraphs`` (tokens set apart by spaces) dated ``day``."""
    iso = date.fromisoformat(day)
    build.add(build.article(1, "某市某事", [build.passage(i, *p) for i, p in enumerate(paragraphs)], published=day,
                            events=[build.event(f"{iso.month}月{iso.day}日", day, 0)]))
    (item,) = select(corpus, "安康市", str(iso - timedelta(days=3)), str(iso + timedelta(days=3))).articles
    return [p.text for p in item.passages]


def test_a_cut_never_stops_inside_a_list_of_names_or_on_a_clause_of_means() -> None:
    rules = condense_rules().unfinished_cuts
    names = "期间，两市召开联席会议，达州市委书记邵某，市长严某，市政协主席胡某；舟山市委书记何某，市长徐某出席会议并参加有关活动。"
    assert clause_prefix(names, 60, rules) == "期间，两市召开联席会议。"
    means = "调研期间，调研组先后前往多个镇村，通过听介绍、观展板、进车间等方式，详细了解了现代农业产业园创建情况。"
    assert clause_prefix(means, 45, rules) == "调研期间，调研组先后前往多个镇村。"
    assert clause_prefix(means, 45) == "调研期间，调研组先后前往多个镇村，通过听介绍、观展板、进车间等方式。"
    listed = "固始县第二批集中开工项目共有7个，分别是：某某公司年产干粉砂浆32万吨建设项目、某某生态文化园大坝建设项目、某"
    assert clause_prefix(listed, 40, rules) == "固始县第二批集中开工项目共有7个。"


def test_a_part_set_apart_by_a_semicolon_that_only_names_people_is_never_kept(corpus: Corpus, build: Any) -> None:
    lead = "11月 2日 ， 某市 党政 代表团 赴 某省 某市 考察 学习 ， 两市 召开 东西部 协作 工作 联席 会议 。"
    names = "某市 市委 书记 邵某 ， 市委 副书记 、 市长 严某 ， 市 人大常委会 主任 邓某 ， 市 政协 主席 胡某 ；"
    rest = "某某市 市委 书记 何某 ， 市长 徐某 ， 市 政协 主席 王某 出席 会议 并 参加 有关 活动 。"
    thanks = "邵某 代表 某市 市委 、 市政府 向 某某市 长期 以来 给予 的 大力 支持 表示 感谢 。"
    texts = _item_texts(corpus, build, [[lead], [names, rest, thanks]], "2024-11-02")
    assert joined(names) not in texts and joined(rest) not in texts and joined(thanks) in texts, texts


def test_a_quotation_of_two_sentences_is_one_pick_with_its_attribution(corpus: Corpus, build: Any) -> None:
    lead = "周末 ， 从 某市 出发 ， 坐上 城际 快巴 ， 三地 真正 实现 “ 1小时 通达 ” 。"
    first = "“ 以 两个 园区 党工委 为 主体 ， 某县 探索 跨 区域 联合 党建 运行 机制 ， 统筹 推进 产业 合作 园区 各项 工作 。"
    second = "同时 ， 还 探索 建立 跨 行政 区域 合作 项目 财税 利益 分享 机制 。 ”"
    said = "某县 相关 负责人 说 。"
    texts = _item_texts(corpus, build, [[lead], [first, second, said]], "2024-02-13")
    assert joined(first) not in texts, texts
    assert joined(first + second + said) in texts, texts


def test_who_came_along_or_watched_from_a_branch_venue_is_no_news() -> None:
    rules = condense_rules()
    assert rules.is_dropped("某市市委书记李某，市长孟某，市委常委、副市长秦某参加观摩活动。")
    assert rules.is_dropped("某市市委副书记、市长孟某，市委常委、常务副市长张某，副市长曹某、王某在某市分会场收听收看。")
    assert not rules.is_dropped("全县各乡镇、各部门、各单位共200余人参加培训。")


def test_a_lead_is_cut_before_the_list_of_who_attended_unless_one_of_them_spoke() -> None:
    from briefgen.select.condense_rules import without_attendance

    rules = condense_rules()
    lead = ("某市防汛抗旱暨安全生产工作会议召开，某市市长陈某出席会议并讲话，我市市委副书记、市长孟某，市委常委、常务副市长"
            "张某，副市长曹某、王某在我市分会场收听收看。")
    assert without_attendance(rules, lead) == "某市防汛抗旱暨安全生产工作会议召开，某市市长陈某出席会议并讲话。"
    spoke = "3月1日，某县召开春耕生产推进会，县长王某，副县长李某、张某、赵某出席会议并讲话。"
    assert without_attendance(rules, spoke) == spoke


def test_a_picked_lead_leaves_out_who_watched_from_a_branch_venue(corpus: Corpus, build: Any) -> None:
    lead = ("8月 20日 ， 某市 防汛 抗旱 暨 安全生产 工作 会议 召开 ， 某市 市长 陈某 出席 会议 并 讲话 ， 我市 市委 副书记 、"
            " 市长 孟某 ， 市委 常委 、 常务 副市长 张某 ， 副市长 曹某 、 王某 在 我市 分会场 收听 收看 。")
    said = "陈某 强调 ， 要 认真 学习 贯彻 安全生产 十五 条 措施 ， 坚决 防范 遏制 重特大 安全生产 事故 发生 。"
    assert _item_texts(corpus, build, [[lead], [said]], "2024-08-20")[0] == "8月20日，某市防汛抗旱暨安全生产工作会议召开，某市市长陈某出席会议并讲话。"
