"""Thirty-sixth round of page kinds (session 18): a login button over the headline, a content farm's hash line and
repost statement, an article printed twice with its credit between the copies, a headline that opens the lead's
sentence, a headline glued before a 今年以来 lead, highlights over a byline, a porn keyword header, an aggregator's
date with a comma over a domain name, and a headline only a citation under the text gives."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import line_rows as _rows
from tests.ingest.documents import one_row as _one

_HEAD = "某镇齐心合力清理河道障碍物"
_LEAD = "某市某镇加强河湖保护管理工作，近日专门组织力量对某江等河道的灌木、水浮莲和淤积漂浮物进行清理，取得良好效果。"
_MORE = "据了解，某江是某江流域某镇境内一条较大的河流，全长约6.8公里，由于河道淤积严重，河面长满水浮莲。"


def test_a_login_button_over_the_headline_is_no_part_of_it(tmp_path: Path) -> None:
    title, date, texts, _ = _one(tmp_path, ["登录某某云媒账号", _HEAD, "2019-06-12 15:55 来源:某某晚报", _LEAD, _MORE])
    assert (title, date, texts) == (_HEAD, "2019-06-12", [_LEAD, _MORE])


def test_a_hash_line_and_a_repost_statement_end_the_text(tmp_path: Path) -> None:
    head = [_HEAD, "2019-06-12 15:55 来源:某某晚报", _LEAD, _MORE]
    statement = "声明:此文由 某某这些事儿 分享发布,并不意味本站赞同其观点,文章内容仅供参考。"
    assert _one(tmp_path, [*head, "Hash:423cd1d10dc696136a82f1ae8175037c59700db7"])[2] == [_LEAD, _MORE]
    assert _rows(tmp_path, [*head, statement])[0][2] == [_LEAD, _MORE]


def test_an_article_printed_twice_keeps_no_credit_from_between_the_copies(tmp_path: Path) -> None:
    credit = "(来源:某街道 通讯员:黄某某 一审编辑:程某某 二审校对:唐某某 终审核发:董某)"
    _, _, texts, byline = _one(tmp_path, [_LEAD, _MORE, credit, _LEAD, _MORE, credit], sep="\n")
    assert texts == [_LEAD, _MORE] and byline is not None and "通讯员" in byline


def test_a_headline_that_opens_the_leads_sentence_stays_in_it(tmp_path: Path) -> None:
    head = "我区交通事故纠纷人民调解委员会获评“全国模范人民调解委员会”"
    lead = f"{head}，为全市唯一。2009年起，区司法局改变以往事故属地镇街调解的运作模式，整合资源。"
    title, _, texts, _ = _one(tmp_path, [head, "发布时间:2021-01-20 08:43", lead, _MORE])
    assert (title, texts) == (head, [lead, _MORE])


def test_a_headline_glued_before_a_lead_opening_on_this_year_is_the_headline(tmp_path: Path) -> None:
    lead = "今年以来，某镇结合法治镇村建设，不断创新管理模式，架起村民调解连心桥，倾力打造社会和谐稳定的新农村。"
    title, _, texts, _ = _one(tmp_path, [f"某镇：基层调解顺民意 {lead}", _MORE])
    assert (title, texts) == ("某镇：基层调解顺民意", [lead, _MORE])


def test_highlights_over_a_byline_are_no_items(tmp_path: Path) -> None:
    lead = "2025年，“十四五”收官之年的某市工业经济，处处涌动着奋进热潮，最终交出一份规模跃升、质效双优的硬核答卷。"
    lines = ["◎规上工业总产值首次突破4000亿元，实现5年跨两个千亿台阶", "◎成功入选全国制造业新型技术改造“双试点”城市",
             "记者 谢某 宋某某", lead, _MORE]
    title, _, texts, byline = _one(tmp_path, lines, sep="\n")
    assert (title, texts) == (None, [lead, _MORE]) and byline is not None and "谢某" in byline


def test_a_porn_keyword_header_is_no_body_that_hides_the_pages_date(tmp_path: Path) -> None:
    spam = ("久久剧场CC人人,人人草|天天干免费在线日韩人妻av毛片|97在线看中文字幕在线资源|女女坏超碰123尤物一区二区日韩|"
            "国产美女婷婷视频国产一区二区激情|免费在线二区色婷婷在线视频|91蜜臀视频一卡无码电影")
    title, date, texts, _ = _one(tmp_path, [spam, _HEAD, "2013-12-17 06:40 来源:某某网-某某报", _LEAD, _MORE])
    assert (title, date, texts) == (_HEAD, "2013-12-17", [_LEAD, _MORE])


def test_an_aggregators_date_with_a_comma_over_a_domain_name(tmp_path: Path) -> None:
    title, date, texts, _ = _one(tmp_path, ["2026-03-03,", "China.dot.org", _LEAD + _MORE], sep="\n")
    assert (title, date, texts) == (None, "2026-03-03", [_LEAD + _MORE])


def test_a_headline_only_a_citation_under_the_text_gives_is_the_headline(tmp_path: Path) -> None:
    lines = ["本篇文章162字,读完约1分钟", _LEAD, _MORE, "来源:某某新闻", f"标题:{_HEAD}", "地址:http://www.example.com/x/1.html"]
    title, _, texts, _ = _one(tmp_path, lines)
    assert (title, texts) == (_HEAD, [_LEAD, _MORE])


def test_a_headline_a_spun_copy_prints_inside_the_text_is_taken_out_of_it(tmp_path: Path) -> None:
    lines = [_LEAD, _MORE, _HEAD, _LEAD.replace("某市", "本市"), f"标题:{_HEAD}", "地址:http://www.example.com/x/2.html"]
    title, _, texts, _ = _one(tmp_path, lines)
    assert title == _HEAD and _HEAD not in texts


def test_two_headline_lines_with_marks_over_a_byline_are_the_headline(tmp_path: Path) -> None:
    lead = "导报讯 近日，某市交通运输行政执法队联合公安交警部门，在330国道等路段设卡，严厉打击超限超载等违法行为。"
    lines = ["24小时全时段、全覆盖治理", "想“打时间差”超限运输，查你没商量", "记者 徐某某 通讯员 郑某某", lead, _MORE]
    title, _, texts, _ = _one(tmp_path, lines, sep="\n")
    assert title is not None and title.endswith("查你没商量") and texts == [lead, _MORE]


def test_a_teasing_link_title_before_a_run_of_link_titles_ends_the_text(tmp_path: Path) -> None:
    links = ["惊悚!某地一女子吐出上百条虫,竟然是因为……", "【诵读红色家书】六月党员活动日——诵读红色家书 传承红色基因",
             "全市重点项目首季累计完成投资91.06亿元", "十一号线首个车站深基坑开挖", "某县政协视察全县公路建设工作"]
    assert _one(tmp_path, [_HEAD, "2019-06-12 15:55 来源:某某晚报", _LEAD, _MORE, *links], sep="\n")[2] == [_LEAD, _MORE]


def test_editors_named_before_their_roles_end_the_text(tmp_path: Path) -> None:
    lines = [_HEAD, _LEAD, _MORE, "毛某某|编辑", "李某某|责编", "李某某|编审"]
    assert _one(tmp_path, lines, sep="\n")[2] == [_LEAD, _MORE]


def test_a_headline_over_two_short_subtitle_lines_is_one_headline(tmp_path: Path) -> None:
    lead = "晨报讯(记者 徐某某 通讯员 李某某)日前，市爱卫会办公室发出通知，在全市范围内开展春季爱国卫生月活动。"
    lines = ["我市启动春季爱国卫生月活动", "城乡整洁行动", "改善卫生条件", lead, _MORE]
    title, _, texts, _ = _one(tmp_path, lines, sep="\n")
    assert title == "我市启动春季爱国卫生月活动 城乡整洁行动 改善卫生条件" and texts[1:] == [_MORE]


def test_a_sites_slogan_and_a_yearless_date_field_are_no_part_of_the_headline(tmp_path: Path) -> None:
    lead = "本报讯(全媒体记者 张某)2月26日上午，出席某市政协五届四次会议的政协委员陆续抵达会议驻地，向大会报到。"
    title, _, texts, _ = _one(tmp_path, ["出席市政协五届四次会议的政协委员报到", "日期:02-27", lead, _MORE], sep="\n")
    assert (title, texts[1:]) == ("出席市政协五届四次会议的政协委员报到", [_MORE])
    lines = ["聚合某市新闻 传播某市声音", "某商网与您共同讲好某商故事", _HEAD, "2019-06-12 15:55 来源:某某晚报", _LEAD, _MORE]
    assert _one(tmp_path, lines)[0] == _HEAD


def test_a_dotted_date_with_a_dash_under_the_headline_dates_the_page(tmp_path: Path) -> None:
    lines = ["返回首页", "首页 动态 地方动态", _HEAD, "2012.07.28 -", "来源:来源:某某之声", "作者:未知", _HEAD, _LEAD, _MORE]
    title, date, texts, _ = _one(tmp_path, lines)
    assert (title, date, texts) == (_HEAD, "2012-07-28", [_LEAD, _MORE])


def test_a_lottery_sites_header_date_is_not_the_pages(tmp_path: Path) -> None:
    lines = ["彩神赔率 - 在线用户注册平台 | 官网APP下载", "彩神论坛2024-08-17", "彩神赔率", _HEAD, "光明日报记者 丁某 王某某",
             _LEAD, _MORE]
    title, date, _, _ = _one(tmp_path, lines)
    assert (title, date) == (_HEAD, None)
    labelled = ["当前位置:首页 > 产品中心 > 篮球", _HEAD, "来源:九游娱乐电脑版下载    发布时间:2025-08-10 19:13:22", _LEAD, _MORE]
    assert _rows(tmp_path, labelled)[0][1] == "2025-08-10"  # a labelled date on a hijacked page is still the page's


def test_a_photo_told_in_sentences_closed_by_its_mark_is_no_text_over_the_lead(tmp_path: Path) -> None:
    caption = "某社区综合性文化服务中心预计今年5月完工投用。图为中心内部环境效果图。"
    lead = "本报讯(某某新闻记者 黄某某 通讯员 伍某某)过去一年里，某街道领导班子提出建设“宜居宜业品质某城”。"
    lines = ["某某新闻", _HEAD, "编辑:陶某2018-03-16 07:48内容来源:某安日报", "新闻提要", caption, lead, _MORE]
    _, _, texts, _ = _one(tmp_path, lines)
    assert caption not in texts and texts[-1] == _MORE
