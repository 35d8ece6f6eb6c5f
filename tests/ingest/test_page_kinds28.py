"""Twenty-eighth round of page kinds (session 12, from fresh74–79 and a second one-city set after their one unseen
score): a headline set over three lines over a bulleted byline, a page copied without its chrome whose first line is
the headline, a report's parallel run-in points, an editor's note under a label of its own, a label or a reading
count glued to the headline, an open-government table's fields, an in-house paper's page line, a caption and its
credit glued before the dated lead, and a reporter's 报道 line."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.split.pagehead import without_platform_mark
from briefgen.ingest.split.pagelines import is_chrome_line, is_headline
from briefgen.ingest.split.vocab import is_lead
from tests.ingest.documents import article_rows
from tests.ingest.documents import write_page as _write
from tests.ingest.test_page_kinds20 import _HEAD, _LAST, _LEAD, _MORE


def _rows(tmp_path: Path, page: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(title, date, texts) for title, date, texts, _ in article_rows(_write(tmp_path, page))]


def test_a_headline_over_three_lines_over_a_bulleted_byline_is_one_headline(tmp_path: Path) -> None:
    page = (f"规范早市秩序 商贩进市场经营\n执法部门整治违规流动摊贩\n确保市区道路安全畅通\n□晚报记者 苏某 通讯员 杨某某 文/图\n"
            f"执法现场。\n本报讯 {_LEAD}\n{_MORE}\n{_LAST}\n")
    assert _rows(tmp_path, page) == [
        ("规范早市秩序 商贩进市场经营 执法部门整治违规流动摊贩 确保市区道路安全畅通", None, [_LEAD, _MORE, _LAST])]


def test_a_reports_parallel_run_in_points_stay_in_one_article(tmp_path: Path) -> None:
    points = ["强化党建引领。镇党委把扶持壮大村级集体经济作为党建引领乡村振兴的重要抓手，成立工作专班。",
              "注重产业赋能。引导村党组织因地制宜盘活村级资源资产，利用闲置土地建设光伏发电项目。",
              "突出乡贤带动。某村党支部采取多元联动、合作抱团的方式，提升产业发展水平和群众收入。",
              "创新发展模式。以消除薄弱村为目标，探索村企联建、股份合作等多种发展路子，成效明显。"]
    page = "某县某镇:党建引领赋能村集体经济高质量发展\n" + f"{_LEAD}\n" + "\n".join(points) + "\n"
    assert _rows(tmp_path, page) == [("某县某镇：党建引领赋能村集体经济高质量发展", None, [_LEAD, *points])]


def test_an_editors_note_under_a_label_of_its_own_is_not_the_text(tmp_path: Path) -> None:
    note = "为城市治理寻找新出路，为夜经济注入新活力。如何从源头上解决流动摊贩的管理难题，多地作出了探索。"
    page = (f"首页 > 新闻 > 正文\n南方特稿 | {_HEAD}\n\n        【编者按】\n\n        {note}\n\n        {_LEAD}\n\n        {_MORE}\n\n"
            f"{_LAST}\n责任编辑:某某\n")
    assert _rows(tmp_path, page) == [(_HEAD, None, [_LEAD, _MORE, _LAST])]


def test_a_label_before_or_a_reading_count_after_the_headline_goes() -> None:
    assert without_platform_mark(f"标题:{_HEAD}") == _HEAD
    assert without_platform_mark(f"{_HEAD}浏览次数:526") == _HEAD
    assert without_platform_mark("标题:短") == "标题:短"
    assert without_platform_mark("某县开展点击量统计") == "某县开展点击量统计"


def test_an_open_government_tables_fields_and_an_in_house_papers_page_line_are_no_headlines() -> None:
    assert not is_headline("索 引 号 szfb/2022-01378 发布机构 市政府办")
    assert is_chrome_line("第二版:综合总第2285期 >2020-10-30编印")
    assert not is_chrome_line("第二版介绍了全县综合治理的做法。")


def test_a_caption_and_its_credit_glued_before_the_dated_lead_go(tmp_path: Path) -> None:
    lead = "7月22日，全国和美乡村篮球大赛宁夏赛区选拔赛在某县某镇开幕，共有来自全区的16支代表队参赛。"
    page = f"{_HEAD}\n\n北京某某医院曝光 https://example.com/item/1\n带球过人。剡某某摄{lead}\n\n转载请注明:http://www.example.com/hytd/7694.html\n"
    assert _rows(tmp_path, page) == [(_HEAD, None, [lead])]


def test_a_reporters_line_of_names_and_baodao_is_no_text(tmp_path: Path) -> None:
    page = f"{_HEAD}\n- 发布时间:2015-09-25 07:33:35 来源:某某日报 责任编辑:罗某某\n□李某某 报道\n本报某某讯 {_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, "2015-09-25", [_LEAD, _MORE, _LAST])]


def test_a_cut_off_summary_over_the_lead_does_not_push_the_start_past_it(tmp_path: Path) -> None:
    lead = "12月25日，全民全运、同心同行-某某杯迷你马拉松赛在该县体育场鸣枪开跑，赛事吸引了来自全省各地的千余名爱好者参与。"
    page = (f"您当前的位置:首页 > 体育 > 体育资讯\n\n{_HEAD}\n\n2020-12-25 16:36:55 来源: 网络投稿 作者: 亚某\n\n"
            f"摘要:{lead[:50]}\n\n{lead}\n\n{_HEAD}\n\n{_MORE}\n\n{_HEAD}\n\n{_LAST}\n")
    assert _rows(tmp_path, page) == [(_HEAD, "2020-12-25", [lead, _MORE, _LAST])]


def test_two_stories_run_together_each_under_its_dateline_stay_two(tmp_path: Path) -> None:
    one = "本报北京1月11日电（记者杜某某）记者从11日召开的全国粮食和物资储备工作会议上获悉，秋粮收购进展总体平稳有序。"
    two = "中新网保定2月4日电 （吕某某 徐某某）有千年传承历史的“通会灯市”3日晚在涿州开启，吸引了众多市民前来观灯。"
    page = (f"全国各类粮企收购粮食预计8000亿斤******\n{one}\n{_MORE}\n河北涿州千年“通会灯市”璀璨开启庆元宵******\n"
            f"（新春走基层）河北涿州千年“通会灯市”璀璨开启庆元宵\n{two}\n{_LAST}\n")
    assert len(_rows(tmp_path, page)) == 2
    assert is_lead("本报北京1月11日电（记者杜某某）记者从") and not is_lead("我们电视台3月5日电视节目很精彩")
