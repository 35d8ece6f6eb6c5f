"""Splitting documents into articles, by structure rather than by level."""

from __future__ import annotations

from briefgen.ingest.split.segment import segment
from briefgen.readers.base import Block, text_blocks


def _articles(text: str):
    return segment(text_blocks(text)).articles


def test_same_level_titles_and_sections_split_at_articles() -> None:
    text = """# 目录
1.湘潭市人才工作综述	3
2.依法开展监督 书写履职情怀.....9

## **湘潭市人才工作综述**

2021-12-30

今年以来，湘潭市人才工作成效明显。

## **一、引才工作**

引进人才五百人。

## **依法开展监督 书写履职情怀**

五年来，人大常委会依法履职。

## **强化监督 助推发展**

开展执法检查十次。
"""
    arts = _articles(text)
    assert [a.title for a in arts] == ["湘潭市人才工作综述", "依法开展监督 书写履职情怀"]
    assert arts[0].dateline == "2021-12-30"
    assert any("一、引才工作" in t for t, _ in arts[0].paragraphs)
    assert any("强化监督" in t for t, _ in arts[1].paragraphs)


def test_stacked_titles_pair_with_leads_and_column_heading() -> None:
    text = """# 甲会议召开
# 乙活动启动
本报讯（记者 张三）1月5日，甲会议召开。
会议强调，要抓好落实。
本报讯 1月6日，乙活动启动。
## 二十大精神在基层
### 丙单位学习会
本报讯（通讯员 李四）近日，丙单位召开学习会。
"""
    arts = _articles(text)
    assert [a.title for a in arts] == ["甲会议召开", "乙活动启动", "丙单位学习会"]
    assert arts[0].byline == "记者 张三"
    assert arts[0].paragraphs[0][0].startswith("1月5日")
    assert arts[2].column == "二十大精神在基层" and arts[1].column is None


def test_column_items_attribution_and_captions() -> None:
    text = """【工作动态】某街道召开动员会。1月2日，某街道召开动员会。
会议要求，抓好落实。（开发区向阳街道办事处）
经开区普查现场登记正式启动。1月1日，普查登记拉开帷幕。
普查员进行现场登记。
【经开要闻】开发区召开推进会
1月2日下午，开发区召开推进会。
图为会议现场。
王五 摄
"""
    arts = _articles(text)
    assert [a.title for a in arts] == ["某街道召开动员会", "经开区普查现场登记正式启动", "开发区召开推进会"]
    assert arts[0].column == "工作动态" and arts[2].column == "经开要闻"
    assert arts[2].captions == ["图为会议现场。 王五 摄"]
    assert all("摄" not in t for t, _ in arts[2].paragraphs)


def test_bulletin_masthead_speech_and_imprint() -> None:
    text = """安政通报
第三十三期
安康市人民政府办公室
2021年7月19日
张三同志 在半年工作推进会上的讲话
（2021年7月12日）
今天，我们召开半年工作推进会，下面我讲三个方面的意见。
一、肯定成绩，正视问题
今年以来，各项工作进展顺利。一是党史学习教育深入开展。
（一）坚持党建引领，强化政治建设。各部门要深入学习。
二、聚焦发展，压实举措
下半年，要紧扣目标任务。
主送：各县区人民政府。
抄送：市委办公室。
"""
    seg = segment(text_blocks(text))
    assert seg.masthead is not None
    assert (seg.masthead.name, seg.masthead.issue, seg.masthead.issuer) == ("安政通报", "第三十三期", "安康市人民政府办公室")
    assert seg.masthead_date_text == "2021年7月19日"
    assert len(seg.articles) == 1
    speech = seg.articles[0]
    assert speech.title == "张三同志 在半年工作推进会上的讲话"
    assert speech.dateline == "（2021年7月12日）"
    texts = [t for t, _ in speech.paragraphs]
    assert "一、肯定成绩，正视问题" in texts and "二、聚焦发展，压实举措" in texts
    assert not any("主送" in t or "抄送" in t for t in texts)


def test_bare_title_lines_split_plain_documents() -> None:
    text = """甲县召开春耕工作会议
3月1日，甲县召开春耕生产工作会议，部署全年农业生产任务。
会议要求，各镇要抓好种子化肥供应。
乙镇开展安全生产大检查
3月2日，乙镇组织开展安全生产大检查，排查隐患十二处。
"""
    arts = _articles(text)
    assert [a.title for a in arts] == ["甲县召开春耕工作会议", "乙镇开展安全生产大检查"]


def test_byline_line_under_title() -> None:
    arts = _articles("## 毛玩产业：闯新路\n\n通讯员 李万华 陈莉\n\n位于工业园区的公司，推出众多作品。\n")
    assert arts[0].byline == "通讯员 李万华 陈莉"
    assert arts[0].paragraphs == [("位于工业园区的公司，推出众多作品。", 5)]


def test_info_line_under_a_title_is_metadata_not_a_title() -> None:
    text = """# 汉阴县召开2023年经济工作会议
发布时间：2023-01-06　　来源：汉阴县政府办　　作者：王五
1月5日，汉阴县召开2023年经济工作会议，安排部署2023年重点任务。
会议要求，各镇各部门要狠抓落实。
"""
    arts = _articles(text)
    assert [a.title for a in arts] == ["汉阴县召开2023年经济工作会议"]
    assert (arts[0].dateline, arts[0].source) == ("2023-01-06", "汉阴县政府办")
    assert all("发布时间" not in t and "来源" not in t for t, _ in arts[0].paragraphs)


def test_info_line_forms() -> None:
    from briefgen.readers.infoline import read_info_line

    assert read_info_line("发布日期：2023年1月6日 信息来源：汉阴县人民政府 编辑：李四") == ("2023年1月6日", "汉阴县人民政府")
    assert read_info_line("时间：2023-01-06 10:21:00 来源：安康日报") == ("2023-01-06", "安康日报")
    assert read_info_line("来源：安康新闻网") == (None, "安康新闻网")
    assert read_info_line("来源：安康日报 2023-01-06") == ("2023-01-06", "安康日报")
    for body in ("时间：1月5日至7日，地点：县会议中心，请各单位准时参加。", "会议来源于群众的呼声，时间：紧迫。",
                 "作者：张三"):
        assert read_info_line(body) is None, body


def test_heading_blocks_are_marked_in_the_article() -> None:
    text = """## **湘潭市人大工作综述**

2021-12-30

五年来，人大常委会依法履职，取得明显成效。

## **依法开展监督 书写履职情怀**

开展执法检查12次，听取专项工作报告20个。
"""
    arts = _articles(text)
    assert len(arts) == 1
    texts = [t for t, _ in arts[0].paragraphs]
    heading = texts.index("依法开展监督 书写履职情怀")
    assert arts[0].headings == {heading}


PAGE_WITH_COLUMN_BREAK = """## 毛玩产业闯新路
通讯员 李万华
位于工业园区的毛绒玩具文创产业园内，多家毛绒玩具企业推出众多毛绒潮流艺术作品。
毛绒玩具文创产业基本形成创意设计、原辅料生产、产品加工、贸易销售的产业链闭环。
为持续推动毛绒玩具文创产业发展，市政府出台了首个支持毛绒玩具文创产业发展的文件，成立领导小组。
## 我市开展根治欠薪联合集中接访活动
本报讯（通讯员 胡珂）为切实维护农民工合法权益，市人社局开展根治欠薪集中联合接访活动。
据悉，此次联合接访活动持续到春节前，接访范围是城区工地拖欠农民工工资的来访维权。
活动要求，各单位要提高政治站位，强化责任意识，用贴心服务做好农民工工作。
5年来，为切实抓好毛绒玩具文创产业发展，市委、市政府成立了毛绒玩具文创产业发展领导小组。
5年来，为加快推进毛绒玩具文创产业发展，市政府设立了毛绒玩具文创产业发展基金，先后出台资金
"""


def test_paragraphs_displaced_by_a_column_break_go_back_to_their_article() -> None:
    toys, wages = _articles(PAGE_WITH_COLUMN_BREAK)
    assert [t for t, _ in wages.paragraphs][-1].startswith("活动要求")
    assert [t[:9] for t, _ in toys.paragraphs][-2:] == ["5年来，为切实抓好", "5年来，为加快推进"]


def test_related_articles_that_end_properly_keep_their_paragraphs() -> None:
    text = PAGE_WITH_COLUMN_BREAK.replace("先后出台资金", "先后出台多项政策。")
    toys, wages = _articles(text)
    assert len(wages.paragraphs) == 5 and len(toys.paragraphs) == 3


def test_a_cut_off_end_of_a_section_headed_in_the_storys_words_stays_where_it_was_printed() -> None:
    text = PAGE_WITH_COLUMN_BREAK.replace("## 我市开展根治欠薪联合集中接访活动", "## 毛绒玩具文创产业发展领导小组接访")
    toys, section = _articles(text)
    assert [t[:9] for t, _ in section.paragraphs][-2:] == ["5年来，为切实抓好", "5年来，为加快推进"]
    assert len(toys.paragraphs) == 3


def test_of_headings_in_a_row_the_last_titles_the_article() -> None:
    blocks = [Block("经济", 1, "heading", 1), Block("全市经济运行平稳", 2, "heading", 1),
              Block("1月5日，全市经济运行平稳，一季度生产总值增长5.2%。", 3),
              Block("社会", 4, "heading", 1), Block("全市开展安全检查", 5, "heading", 1),
              Block("1月6日，全市开展安全生产大检查，排查隐患120处。", 6)]
    assert [a.title for a in segment(blocks).articles] == ["全市经济运行平稳", "全市开展安全检查"]


def test_an_info_lines_empty_labels_name_no_source() -> None:
    from briefgen.readers.infoline import read_info_line

    assert read_info_line("来源:作者:时间:2018-03-22 16:46:28点击:") == ("2018-03-22", None)
    assert read_info_line("来源:解志愿时间:") == (None, "解志愿")
    assert read_info_line("来源：安康日报  发布时间：2023-01-02") == ("2023-01-02", "安康日报")
