"""A sentence that points back (报告指出, a speaker's bare 要……) is printed with what it points to, or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefgen.corpus.store import Corpus
from briefgen.errors import ConfigError
from briefgen.select.condense_rules import condense_rules
from briefgen.select.selector import select

OPENING = "2月 20日 上午 ， 市 第五届 人民代表大会 第五次 会议 在 国际 会议中心 隆重 开幕 。"
CHAIR = "大会 执行主席 王某 主持 会议 并 宣布 大会 开幕 。"
REPORT = "市长 李某 代表 市 人民政府 作 政府 工作 报告 。"
SAID = ("报告 指出 ， 2023年 全市 地区 生产总值 增长 5.2% ， 社会 消费品 零售 总额 增长 1.9% ，"
        " 规上 工业 增加值 增长 5.4% ， 各项 事业 取得 稳中有进 的 发展 成绩 。")
MORE = ("城镇 和 农村 居民 人均 可支配 收入 分别 增长 5.2% 和 7.7% ， 秦创原 飞地 孵化器 、 科创园 投用 ，"
        " 15 个 项目 竣工 投用 ， 电商 网络 交易额 增长 18.8% ， 全市 出口 总额 20.2 亿元 、 增长 26.5% ，"
        " 旅游 接待 人数 较 疫情前 水平 增长 9.9% ， 民生 财政 支出 318.1 亿元 ， 限上 企业 销售额 增长 12% 。")

GROUP = "2月 14日 下午 ， 市政协 主席 周某 参加 市政协 五届 二次 会议 经济 界别 分组讨论 ，与 委员们 一起 讨论 工作 报告 。"
VIEW = ("周某 指出 ， 一年来 ， 市 五届 政协 团结 带领 各 参加 单位 和 广大 委员 ， 全面 履行 政协 职能 ，"
        " 协商 工作 开展 活跃 ， 创新 工作 亮点 纷呈 ， 委员 作用 有效 发挥 ， 实现 了 良好 开局 。")
STRESS = ("周某 强调 ， 新 的 一年 ， 市政协 的 工作 重心 是 围绕 贯彻 落实 市委 五届 四次 全会 部署 ， 紧扣 服务 和 助力"
          " 三个年 活动 ， 聚焦 聚力 建设 幸福 安康 资政 建言 凝心 聚力 ， 以 开局 精彩 带动 全年 出彩 ，"
          " 干出 新 一年 政协 工作 的 加速度 ， 为 奋进 新 征程 贡献 政协 智慧 和 力量 。")
DIRECTIVE = "要 紧扣 全省 三个年 活动 部署 ， 在 围绕 中心 服务 大局 上 更加 聚焦 ， 全市 2023年 完成 调研 课题 12 项 。"


def _texts(corpus: Corpus) -> str:
    (item,) = select(corpus, "安康市", "2024-02-19", "2024-02-25").articles
    return "".join(p.text for p in item.passages)


def test_report_said_is_never_printed_without_the_sentence_that_delivers_the_report(corpus: Corpus, build: Any) -> None:
    figures = [build.figure("5.2%", 5.2, "%", "地区生产总值", SAID, 2),
               build.figure("20.2亿元", 20.2e8, "元", "出口总额", MORE, 3),
               build.figure("318.1亿元", 318.1e8, "元", "民生财政支出", MORE, 3)]
    build.add(build.article(1, "市人代会开幕", [build.passage(0, OPENING), build.passage(1, CHAIR, REPORT),
                                                build.passage(2, SAID), build.passage(3, MORE)], published="2024-02-20",
                            events=[build.event("2月20日", "2024-02-20", 0)], figures=figures))
    text = _texts(corpus)
    assert "报告指出" not in text or text.index("作政府工作报告。") < text.index("报告指出")


def test_a_bare_directive_is_never_printed_without_its_speaker(corpus: Corpus, build: Any) -> None:
    build.add(build.article(1, "周某参加分组讨论", [build.passage(0, GROUP), build.passage(1, VIEW),
                                                   build.passage(2, STRESS, DIRECTIVE)], published="2024-02-20",
                            events=[build.event("2月14日", "2024-02-20", 0)],
                            figures=[build.figure("12项", 12, "项", "调研课题", DIRECTIVE, 2)]))
    text = _texts(corpus)
    assert "要紧扣全省" not in text or "周某强调" in text


def test_a_reference_without_its_antecedent_pattern_is_a_config_error(no_user_config: Path) -> None:
    (no_user_config / "condense.yaml").write_text("references:\n  - opener: '^会议指出'\n", encoding="utf-8")
    condense_rules.cache_clear()
    try:
        with pytest.raises(ConfigError, match="references"):
            condense_rules()
    finally:
        condense_rules.cache_clear()


def test_a_speakers_numbered_point_points_back_to_the_sentence_where_the_speaker_talks() -> None:
    rules = condense_rules()
    pairs = [(opener, wanted) for opener, wanted in rules.references if opener.search("二要补短板，着力补齐短板。")]
    assert pairs, "二要…… refers back to its speaker"
    assert pairs[0][1].search("李某在会上听取代表意见后谈到，某镇要深刻认识特殊地理位置。")
    assert not any(opener.search("二要素认证全面推行。") for opener, _ in rules.references)
