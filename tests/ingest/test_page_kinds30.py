"""Thirtieth round of page kinds (session 14, from the untuned briefing of the held-out sets fresh98–103): a
lead credit holding a character a pinyin mirror lost, its reading kept (福建日?qǐng)?bào)记者), a menu of links set apart by bars with
runs of spaces and a channel's slogan among them, and gambling brands by name (开云官方app下载, 明升手机)."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.clean.garble import garbled_span
from briefgen.ingest.split.pagelines import is_chrome_line, is_pipe_menu
from briefgen.ingest.split.pagevocab import spam_brand
from tests.ingest.documents import article_rows, ingest_one
from tests.ingest.documents import write_page as _write
from tests.ingest.test_page_kinds20 import _HEAD, _LAST, _LEAD, _MORE


def _rows(tmp_path: Path, page: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(title, date, texts) for title, date, texts, _ in article_rows(_write(tmp_path, page))]


def test_a_question_mark_before_a_list_mark_is_garbled() -> None:
    assert garbled_span("安全宣传咨询?铡?、组织专家下基层") is not None
    assert garbled_span("你去过吗?我去过。") is None


def test_a_lead_credit_holding_a_lost_characters_reading_is_no_text(tmp_path: Path) -> None:
    lead = "1日,由省安办、某市政府主办的某省2021年安全生产月启动仪式在某市举行。"
    page = f"{_HEAD}\n东南网6月3日讯(福建日?qǐng)?bào)记者 何某某){lead}\n{_MORE}\n{_LAST}\n"
    texts = [t for _, _, ts in _rows(tmp_path, page) for t in ts]
    assert texts[0] == lead.replace(",", "，")
    assert not any("bào" in t or "记者" in t for t in texts)


def test_a_menu_of_bar_set_links_padded_with_spaces_and_a_slogan_is_chrome() -> None:
    line = "要闻       |       城市远洋       |       原创      |       视频             直观中国       |      老外在贵州       |" \
           "       热点专题       |      Hi,某省!     "
    assert is_pipe_menu(line) and is_chrome_line(line)
    assert not is_pipe_menu("要闻 | 原创 | 视频 | 某省召开会议，部署工作!")  # a clause among three links: no menu
    assert not is_pipe_menu("一季度 | 增长5%，好于预期 | 二季度 | 增长6%，好于预期 | 全年")  # two clauses: a table's row


def test_a_bar_menu_with_a_slogan_over_the_headline_is_no_text(tmp_path: Path) -> None:
    menu = "要闻   |   城市远洋   |   原创   |   视频     直观中国   |   老外在某省   |   热点专题   |   Hi,某省!"
    page = f"{menu}\n{_HEAD}\n2025-06-20 18:03:20来源:某某网编辑:某某\n\n  {_LEAD}\n\n  {_MORE}\n\n  {_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, "2025-06-20", [_LEAD, _MORE, _LAST])]


def test_gambling_brands_by_name_mark_a_mirror(tmp_path: Path) -> None:
    for spun in ("开云官方app下载 某某街道某社区：入户走访察民情", "动员部署硝酸铵等爆炸性明升手机品第二轮专项检查", "你的位置:意昂体育 > 新闻动态"):
        assert spam_brand().search(spun), spun
    for words in ("明升暗降不可取", "开云见日", "米乐村召开村民大会", "伟德路小学举行开学典礼"):
        assert spam_brand().search(words) is None, words
    page = f"{_HEAD}\n国务院安委办动员部署硝酸铵等爆炸性明升手机品第二轮专项检查。\n{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert [a.flags for a in ingest_one(_write(tmp_path, page)).articles] == [["spam_mirror"]]


_TAIL = "欢迎关注本博客，每天为你推送最新资讯，带你了解身边的新鲜事和正能量故事。\narrow\n全站热搜\nabcdefg 发表在 某某邦 留言(0) 人气()\n"


def test_a_reposting_note_glued_after_the_last_sentence_gives_the_title_and_ends_the_text(tmp_path: Path) -> None:
    page = f"某某网某某站11月22日讯(记者 某某 通讯员 某某){_LEAD}\n  {_MORE}\n  {_LAST}  (原标题:{_HEAD})\n{_TAIL}"
    assert _rows(tmp_path, page) == [(_HEAD, None, [_LEAD, _MORE, _LAST])]


def test_a_reposting_note_after_the_text_gives_a_headless_pages_title(tmp_path: Path) -> None:
    page = f"{_LEAD}\n{_MORE}\n{_LAST}\n原标题:{_HEAD}\n"
    assert _rows(tmp_path, page) == [(_HEAD, None, [_LEAD, _MORE, _LAST])]
    above = tmp_path / "above"
    above.mkdir()
    assert _rows(above, f"原标题:{_HEAD}\n{_LEAD}\n{_MORE}\n{_LAST}\n") == [(_HEAD, None, [_LEAD, _MORE, _LAST])]


def test_a_note_naming_the_original_title_with_an_ascii_colon_is_no_text(tmp_path: Path) -> None:
    page = f"1月22日，某某在处理热线工单。某某日报记者 某某 摄\n原题:{_HEAD}\n民生热线，一直都在线\n1月22日，{_LEAD}\n{_MORE}\n{_LAST}\n"
    rows = _rows(tmp_path, page)
    assert [r[0] for r in rows] == ["民生热线，一直都在线"] and rows[0][2][0] == f"1月22日，{_LEAD}"


def test_a_paper_correspondents_byline_is_no_lead_credit(tmp_path: Path) -> None:
    quote = "“按照以往情况看，这个时候是捕捞的黄金时段，有人还是会冒着风险出来偷捕。”初秋的江风习习，护渔员开始了巡查。"
    page = (f"2021年10月10日\n第01版:头版\n\n捕鱼40年，某某“船老大”变身“长江哨兵”——\n\n上岸后“真稳”，巡查时“很拼”\n\n"
            f"本报通讯员 某某\n\n本报记者 某某某\n\n{quote}\n\n{_MORE}\n\n{_LAST}\n")
    assert _rows(tmp_path, page) == [("上岸后“真稳”，巡查时“很拼”", "2021-10-10", [quote, _MORE, _LAST])]


def test_a_lead_credit_missing_its_opening_bracket_on_a_line_of_its_own_is_no_text(tmp_path: Path) -> None:
    page = (f"往期回顾 本版是期:2012年06月11日 > A4 > 新闻内容\n  新闻来源:某某日报  发布时间:2012-6-11\n\n{_HEAD}\n\n"
            f"  某某网-某某日报讯记者  某某某)\n\n  “拨打12345。”\n\n  {_LEAD}\n\n  {_MORE}\n\n  {_LAST}\n")
    assert _rows(tmp_path, page) == [(_HEAD, "2012-06-11", ["“拨打12345。”", _LEAD, _MORE, _LAST])]


def test_captions_credited_after_a_full_stop_are_no_items(tmp_path: Path) -> None:
    captions = "彩色的塑胶浮球整齐排列在海面上。人民网 某某某摄\n巴掌大的“福鲍一号”。人民网 某某摄\n福鲍“叠叠乐”。实习生 某某某摄\n"
    page = f"某某县，海面、青山与村落相映成景。人民网 某某某摄\n{_LEAD}\n{_MORE}\n{_LAST}\n{captions}"
    assert _rows(tmp_path, page) == [(None, None, [_LEAD, _MORE, _LAST])]


def test_a_caption_between_the_headline_and_its_byline_is_no_text(tmp_path: Path) -> None:
    page = f"{_HEAD}\n跨省(域)通办受理窗口。\n某某时刻新闻记者 某某某 通讯员 某某 某地报道\n{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, None, [_LEAD, _MORE, _LAST])]


def test_a_summary_box_labelled_in_square_brackets_is_no_text(tmp_path: Path) -> None:
    page = f"某某网 >资讯中心 >市场 > 正文\n\n{_HEAD}\n\n某某日报  2016-11-30 07:07\n\n[摘要] 此次农民运动会在白羊小学举行，该镇300多名运动员参赛。\n\n{_LEAD}\n\n{_MORE}\n\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, "2016-11-30", [_LEAD, _MORE, _LAST])]


def test_info_lines_labelled_as_editing_time_or_with_a_reading_count_give_the_date(tmp_path: Path) -> None:
    edited = f"当前位置: 首页 > 新闻中心 > 某某要闻\n\n{_HEAD}\n\n编稿时间: 2019-05-22 09:27 来源: 某某市政府门户网站  \n\n{_LEAD}\n\n{_MORE}\n\n{_LAST}\n"
    assert _rows(tmp_path, edited) == [(_HEAD, "2019-05-22", [_LEAD, _MORE, _LAST])]
    read = tmp_path / "read"
    read.mkdir()
    counted = f"{_HEAD}\n来源:某某客户端.部门动态\n阅读:880\n2025-09-30 08:29:17\n\n{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(read, counted) == [(_HEAD, "2025-09-30", [_LEAD, _MORE, _LAST])]


def test_a_date_widget_set_day_over_year_over_month_is_one_date() -> None:
    from briefgen.ingest.split.pagehead import joined_date_widget
    from briefgen.readers.base import Block

    lines = ["26", "2021", "-", "10", _HEAD]
    assert [b.text for b in joined_date_widget([Block(t, i) for i, t in enumerate(lines)])] == ["2021-10-26", _HEAD]
    kept = ["26", "2021", "13", _HEAD]  # no month 13: no date
    assert [b.text for b in joined_date_widget([Block(t, i) for i, t in enumerate(kept)])] == kept


def test_a_headline_in_book_title_marks_whole_and_an_info_list_under_it(tmp_path: Path) -> None:
    page = (f"《新疆:创新之风让风电产业加速“转动》\n\n  • 来源专题:某某情报网监测服务平台\n  • 编译者: 某某某\n"
            f"  • 发布时间:2025-02-13\n  • {_LEAD}\n\n{_MORE}\n\n{_LAST}\n")
    rows = _rows(tmp_path, page)
    assert [(r[0], r[1]) for r in rows] == [("新疆：创新之风让风电产业加速“转动", "2025-02-13")]
    from briefgen.ingest.split.pagehead import bare_headline

    assert bare_headline("《某某县志》编纂工作启动") == "《某某县志》编纂工作启动"


def test_lottery_ads_and_a_casinos_china_site_mark_a_mirror() -> None:
    for spun in ("bf88（中国）唯一官网登录", "中国最大滩涂光2023今晚澳门码开奖号码储电站投产", "开云手机官网入口·(中国)官方网站召开"):
        assert spam_brand().search(spun), spun
    for words in ("澳门回归祖国25周年", "中国（福建）自由贸易试验区官方网站发布"):
        assert spam_brand().search(words) is None, words


def test_a_chronicles_bare_days_take_the_month_of_the_label_above_them(tmp_path: Path) -> None:
    entries = ["6日 市委书记某某主持召开大某某城市圈建设调度会。", "8日 某某籍烈士某某当选“感动中国2016年度人物”。",
               "9日 市县乡负责干部大会召开，会议贯彻落实中央经济工作会议和省市党代会精神，通报2016年工作情况，部署2017年工作任务。市委书记某某讲话。",
               "10日 市委书记某某主持召开专题会议，听取城市总体规划修改项目汇报。", "三月", "2日 全市两会召开。"]
    page = "2月\n来源:某某市委史志办 日期:2019-01-16 09:26\n" + "\n".join(entries) + "\n"
    firsts = [texts[0] for _, _, texts in _rows(tmp_path, page)]
    assert firsts == ["2月6日 市委书记某某主持召开大某某城市圈建设调度会。", "2月8日 某某籍烈士某某当选“感动中国2016年度人物”。",
                      "2月9日 市县乡负责干部大会召开，会议贯彻落实中央经济工作会议和省市党代会精神，通报2016年工作情况，部署2017年工作任务。市委书记某某讲话。",
                      "2月10日 市委书记某某主持召开专题会议，听取城市总体规划修改项目汇报。", "3月2日 全市两会召开。"]


def test_a_date_that_lost_its_month_gets_it_back_where_only_one_reading_is_a_date() -> None:
    from briefgen.ingest.clean.repair import repair_text

    assert repair_text("310日下午,某某军分区司令员某某率工作组来我县调研。") == "3月10日下午,某某军分区司令员某某率工作组来我县调研。"
    assert repair_text("截至223日,已争取政策性资金") == "截至2月23日,已争取政策性资金"
    assert repair_text("某某网529日讯:“感谢你们”") == "某某网5月29日讯:“感谢你们”"
    assert repair_text("1030日,某区召开党建工作会") == "10月30日,某区召开党建工作会"
    for kept in ("123日下午，某县召开会议", "安全运行120日，无事故", "2021年3月10日下午", "第310日"):
        assert repair_text(kept) == kept


def test_a_channels_article_page_label_and_a_picture_mark_in_square_brackets_are_no_headline(tmp_path: Path) -> None:
    lead = f"中新网福建新闻4月24日电 {_LEAD}"
    page = f"中新網福建新聞正文\n\n{_HEAD}\n\n  {lead}\n\n  {_MORE}\n\n  {_LAST}\n"
    assert [r[0] for r in _rows(tmp_path, page)] == [_HEAD]
    assert is_chrome_line("中新网福建新闻正文") and not is_chrome_line("某某网发布新闻正文摘要的规定")
    pictured = tmp_path / "pictured"
    pictured.mkdir()
    head = "【聚焦2012某某“两会”】县政协十一届六次会议今日开幕"
    page = f"[图]{head}\n发布时间:2012-02-12 00:00:00 访问次数: 信息来源:某某政府网\n-\n{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert [(r[0], r[1]) for r in _rows(pictured, page)] == [(head, "2012-02-12")]
