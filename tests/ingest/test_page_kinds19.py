"""Nineteenth round of page kinds (fresh36–38): info lines glued to the lead by their date or printed with the
headline after the text, platform disclaimers and credits glued after the last sentence, lines cut by a hard
wrap, speakers' photo captions, credit lines of their own, headlines repeated by a 原标题 note, question
headings, digest periods and numbered dated entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.split.pageinfo import page_info
from tests.ingest.documents import article_rows as _articles
from tests.ingest.documents import write_page as _write

_HEAD = "某某县首家冷链物流配套设施建设将完工"
_LEAD = "某某县首家冷链物流精品水果配套设施建设中心落户柏村镇长脚村，该工程自今年6月份开工建设以来，各项工作有序推进。"
_MORE = "在施工现场，记者看到，近30个工人正在紧张有序地进行设备安装，项目建成后可容纳30万斤的冷链储存。"
_LAST = "项目建成后，将有效解决精品水果产品过剩和错时上市的难题，助推涉农产业商贸流通体系转型升级。"


def _rows(tmp_path: Path, page: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(title, date, texts) for title, date, texts, _ in _articles(_write(tmp_path, page))]


def test_a_dated_source_line_glued_to_the_lead_gives_the_date_and_leaves_the_lead(tmp_path: Path) -> None:
    page = f"首页 > 新闻\n{_HEAD}\n来源：人民网-某某频道 2017-12-26{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, "2017-12-26", [_LEAD, _MORE, _LAST])]


def test_a_headline_and_info_line_printed_after_the_text_title_and_date_it(tmp_path: Path) -> None:
    head = "冷链物流照亮致富路"
    page = f"{_LEAD}\n{_MORE}\n{_LAST}\n{head}\n来源: 发布日期:2018-06-21 打印\n- 上一条:我市督查巡查洁城行动开展情况\n" \
           "- 下一条:市残疾人联合会第六次代表大会召开\n"
    assert _rows(tmp_path, page) == [(head, "2018-06-21", [_LEAD, _MORE, _LAST])]


@pytest.mark.parametrize("tail", [
    "本文为某某号作者或机构在某某新闻上传并发布，仅代表该作者或机构观点，不代表某某新闻的观点或立场。\n",
    "- 上一条:我市督查巡查洁城行动开展情况\n- 下一条:市残疾人联合会第六次代表大会召开\n",
])
def test_a_platform_disclaimer_or_a_bulleted_pager_ends_the_text(tmp_path: Path, tail: str) -> None:
    page = f"首页 > 新闻\n{_HEAD}\n发布时间：2019-09-23\n{_LEAD}\n{_MORE}\n{_LAST}\n{tail}"
    assert _rows(tmp_path, page) == [(_HEAD, "2019-09-23", [_LEAD, _MORE, _LAST])]


@pytest.mark.parametrize("glued", ["（ 编辑：崔某某 ） |", "聂某某 摄 （编辑：崔某某）", "聂某某 摄", "（来源：人民网）",
                                   "返回搜狐,查看更多"])
def test_credits_and_links_glued_after_the_last_sentence_go_and_the_sentence_stays(tmp_path: Path, glued: str) -> None:
    page = f"首页 > 新闻\n{_HEAD}\n发布时间：2019-09-23\n{_LEAD}\n{_MORE}\n{_LAST}{glued}\n版权所有：某某网\n"
    assert _rows(tmp_path, page) == [(_HEAD, "2019-09-23", [_LEAD, _MORE, _LAST])]


def test_a_line_cut_by_a_hard_wrap_after_a_sentence_is_text_not_a_headline(tmp_path: Path) -> None:
    page = ("会议现场\n会议听取了整县推进光伏新能源建设项目情况。某县整县推进光伏新能源建设项目分屋顶分布式光伏发电和水面集中式光伏发\n"
            f"电项目两部分进行，合计装机容量可达1287兆瓦。\n钟某某讲话\n{_MORE}\n{_LAST}\n原标题:钟某某主持召开光伏新能源建设项目汇报会\n")
    rows = _rows(tmp_path, page)
    assert [(title, texts[0][:6]) for title, _, texts in rows] == [("钟某某主持召开光伏新能源建设项目汇报会", "会议听取了整")]
    assert rows[0][2][-1] == _LAST


def test_a_credit_line_of_its_own_and_a_rule_of_hyphens_leave_one_titled_article(tmp_path: Path) -> None:
    page = f"---{_HEAD}\n人民视点某某讯王某某 张某某\n{_LEAD}\n{_MORE}\n此次活动共有四项议程\n{_LAST}\n"
    rows = _rows(tmp_path, page)
    assert [(title, texts[0]) for title, _, texts in rows] == [(_HEAD, _LEAD)]


def test_a_headline_over_its_own_original_title_note_is_the_headline(tmp_path: Path) -> None:
    head = "某某县最大村级集贸市场正式启用!"
    page = f"{head}\n原标题:{head}\n{_LEAD}\n{_MORE}\n{_LAST}\n版权声明:本文由网络蜘蛛自动收集于网络,如需转载请注明出处\n"
    assert _rows(tmp_path, page) == [(head, None, [_LEAD, _MORE, _LAST])]


def test_bulleted_questions_in_a_text_that_opened_untitled_are_its_headings(tmp_path: Path) -> None:
    page = f"{_LEAD}\n●什么是自驾车房车营地?\n{_MORE}\n●对于营地建设，某省是如何布局的?\n{_LAST}\n"
    rows = _rows(tmp_path, page)
    assert len(rows) == 1 and rows[0][0] is None and rows[0][2][-1] == _LAST


def test_a_weekly_digest_dated_by_its_period_splits_its_numbered_dated_entries(tmp_path: Path) -> None:
    entries = ["一、11月17日，市发改委到我区调研老旧小区专项债券项目。", "二、11月17-19日，省、市相关部门到我区开展城市建设品质提升考核工作。",
               "三、11月18日，区城建攻坚组召集区城发集团等单位人员，就东门历史街区提升项目前期工作进行安排部署。"]
    page = "当前位置:首页>新闻中心>集团新闻 > 正文\n(一周简讯)2021.11.15-11.21\n日期:2021-11-22浏览次数:2308\n" + "\n".join(entries) + "\n"
    rows = _rows(tmp_path, page)
    assert [texts for _, _, texts in rows] == [[e] for e in entries]
    assert {date for _, date, _ in rows} == {"2021-11-22"}


def test_a_source_label_followed_by_another_label_names_no_source() -> None:
    assert page_info("来源: 发布日期:2018-06-21 打印") == ("2018-06-21", None)
    assert page_info("来源:县政府 2023-01-02") == ("2023-01-02", "县政府")
