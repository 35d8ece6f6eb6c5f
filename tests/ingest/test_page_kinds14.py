"""Fourteenth round of page kinds (fresh18, fresh19): a page copied as one line, a photo news item told by its
caption, a Xinhua story's 题： line, a month/day/year date with AM/PM, English and thumbs-up tails, a hijacked
site's title over the story's own, and info values in square brackets."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import article_rows as _articles
from tests.ingest.documents import write_page as _write

_HEAD = "种植合作社助群众增收"
_LEAD = "6月18日，在我县和兴镇后楼村种植合作社的西瓜大棚里，该村群众在采摘成熟的西瓜，每人每天可收入60元钱。"
_MORE = "该村有效整合各类资源，将分散的土地连成片，大力培育以农民专业合作社为主的新型农业经营主体。"
_CAPTION = ("3月22日，湖北省宣恩县椒园镇一茶厂的工人在摊晾茶叶鲜叶。随着气温回暖，多地茶区进入春茶采摘加工期，"
            "茶农抢抓农时采摘春茶，茶园一片忙碌景象。")


def test_a_page_copied_as_one_line_is_headline_date_and_a_photo_news_caption(tmp_path: Path) -> None:
    page = f"首页 春到茶山采茶制茶忙 2023-03-23 08:46:29 分享 {_CAPTION}新华社发(宋文 摄)\n"
    assert _articles(_write(tmp_path, page)) == [("春到茶山采茶制茶忙", "2023-03-23", [_CAPTION], "新华社发(宋文 摄)")]


def test_a_headline_over_one_long_caption_is_photo_news(tmp_path: Path) -> None:
    page = f"首页 > 图片新闻\n春到茶山采茶制茶忙\n发布时间：2023-03-23\n{_CAPTION}（记者 宋某 摄）\n"
    ((title, _, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, texts) == ("春到茶山采茶制茶忙", [_CAPTION])


def test_a_xinhua_storys_title_line_is_its_headline_and_the_reporter_line_no_new_item(tmp_path: Path) -> None:
    page = f"新华网 正文\n2020-03-08 15:34:02 来源: 新华网\n\n新华社贵阳3月8日电 题：{_HEAD}\n\n新华社记者骆某\n\n{_LEAD}\n\n{_MORE}\n"
    assert [(t, p) for t, _, p, _ in _articles(_write(tmp_path, page))] == [(_HEAD, [_LEAD, _MORE])]


def test_a_month_day_year_date_with_its_clock_is_the_pages_date(tmp_path: Path) -> None:
    page = f"{_HEAD}\n\n编辑:关某 时间:6/20/2018 4:44:28 PM 浏览:1292\n\n本网讯 {_LEAD}\n{_MORE}\n"
    ((title, date, _, _),) = _articles(_write(tmp_path, page))
    assert (title, date) == (_HEAD, "2018-06-20")


def test_info_values_in_square_brackets_are_read(tmp_path: Path) -> None:
    page = f"首页 > 文明培育\n{_HEAD}\n日期:[2026/2/26] 作者:[庙行镇]\n\n{_LEAD}\n\n{_MORE}\n"
    ((_, date, _, _),) = _articles(_write(tmp_path, page))
    assert date == "2026-02-26"


def test_english_page_links_and_thumbs_up_prompts_end_the_text(tmp_path: Path) -> None:
    page = f"首页 > 新闻\n{_HEAD}\n{_LEAD}\n{_MORE}\nNext Article\n喜欢就按个赞吧!!!\n点击关闭提示\n"
    ((_, _, texts, _),) = _articles(_write(tmp_path, page))
    assert texts == [_LEAD, _MORE]


def test_a_hijacked_sites_title_over_the_date_gives_way_to_the_storys_headline(tmp_path: Path) -> None:
    page = f"彩云网开户 - 彩云网app下载\n彩云网下载2023-01-31 16:05\n\n{_HEAD}******\n\n  {_LEAD}\n\n  {_MORE}\n"
    ((title, date, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, date, texts) == (_HEAD, "2023-01-31", [_LEAD, _MORE])


def test_a_posters_mood_date_and_check_in_line_are_neither_date_nor_headline(tmp_path: Path) -> None:
    page = (f"楼主\n特约记者 TA的每日心情 | 开心 2017-8-3 08:11 |\n|---|\n签到天数: 220 天 [LV.7]常住居民III\n|\n"
            f"随州论坛讯 通讯员杨某报道:{_LEAD}\n{_MORE}\n")
    ((title, date, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, date, texts) == (None, None, [_LEAD, _MORE])


def test_classification_fields_glued_after_a_headline_are_not_part_of_it(tmp_path: Path) -> None:
    page = f"首页 > 政务公开\n{_HEAD} 体裁分类：工作部署 主题分类：市场监管、安全生产监管\n发布时间：2021-04-16\n{_LEAD}\n{_MORE}\n"
    ((title, _, _, _),) = _articles(_write(tmp_path, page))
    assert title == _HEAD


def test_a_forums_reply_box_ends_the_text(tmp_path: Path) -> None:
    page = (f"首页 > 新闻\n{_HEAD}\n发布时间：2021-06-23\n{_LEAD}\n{_MORE}\n来源:某某网\n\n发表回复\n\n"
            "您需要登录后才可以回帖 登录 | 注册\n\n本版积分规则\n\n精选推荐\n\n联系客服 关注微信 下载APP 返回顶部 返回列表\n")
    ((_, _, texts, _),) = _articles(_write(tmp_path, page))
    assert texts == [_LEAD, _MORE]


def test_a_one_line_page_with_its_copyright_notice_before_the_text(tmp_path: Path) -> None:
    notice = ("凡本报记者署名文字、图片，版权均属某某晚报社所有。任何媒体、网站或个人，未经授权不得转载；已授权的媒体、网站，"
              "在使用时必须注明 “来源：某某晚报”，违者将依法追究法律责任。")
    page = f"校车“体检”护平安 ©原创 2022-09-02 08:25 作者:李某某 胡某某 0 {notice} {_LEAD} (责任编辑:常某某)\n"
    assert _articles(_write(tmp_path, page)) == [("校车“体检”护平安", "2022-09-02", [_LEAD], None)]


def test_a_chronicle_on_a_forum_page_stays_a_chronicle_of_items(tmp_path: Path) -> None:
    entries = [("1927年11月", "中共垣曲县委成立，台某某任书记。"), ("1945年9月1日", "垣曲县庆祝抗战胜利万人大会召开。"),
               ("1947年8月26日", "垣曲全境解放。"), ("1949年10月2日", "垣曲县数万名群众在城关隆重集会。"),
               ("1958年", "垣曲县城由古城镇迁至新城镇。"), ("2011年8月", "垣曲县移民初中建成并投入使用。"),
               ("2014年2月9日", "垣曲县人民医院新院建成并投入使用。")]
    body = "\n\n".join(f"{day}\n\n{text}" for day, text in entries)
    page = (f"垣曲城市印记(1927-2021)\n\n[复制链接]\navatar 发表于 2022-5-19 10:57:42 | 显示全部楼层 |阅读模式\n"
            f"{body}\n\n您需要登录后才可以回帖 登录 | 立即注册\n")
    assert len(_articles(_write(tmp_path, page))) >= 4


def test_todays_date_in_the_sites_header_is_not_the_pages(tmp_path: Path) -> None:
    page = f"首页 > 本地新闻\n今天是2026年3月22日 星期日 农历二月初四\n{_HEAD}\n\n{_LEAD}\n\n{_MORE}\n"
    ((_, date, _, _),) = _articles(_write(tmp_path, page))
    assert date is None


def test_a_cms_preview_notice_is_no_part_of_the_headline(tmp_path: Path) -> None:
    page = (f"正在阅读:{_HEAD}\n分享文章\n当前位置:首页 / 资讯 / 正文\n信息未审核或下架中,当前页面为预览效果,仅管理员可见\n\n"
            f"{_HEAD}\n\n转载 某某网2022/06/30 07:50:32 发布 来源:某某新闻网\n\n{_LEAD}\n{_MORE}\n\n已有0人点赞\n\n0条评论\n\n"
            "承诺遵守文明发帖,国家相关法律法规 0/300\n")
    ((title, _, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, texts) == (_HEAD, [_LEAD, _MORE])


def test_a_reposting_note_gives_the_headline_of_a_page_without_one(tmp_path: Path) -> None:
    page = f"(原标题:{_HEAD})\n本报讯{_LEAD}\n{_MORE}\n"
    ((title, _, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, texts) == (_HEAD, [_LEAD, _MORE])


def test_a_date_with_the_outlet_and_many_reporters_is_the_info_line(tmp_path: Path) -> None:
    page = f"首页\n\n{_HEAD}\n\n2025-04-28 黔东南新闻网 杨某军 王某春 高某敏 欧某文 邰 有 石某\n\n  {_LEAD}\n\n  {_MORE}\n"
    ((title, date, _, _),) = _articles(_write(tmp_path, page))
    assert (title, date) == (_HEAD, "2025-04-28")


def test_a_one_line_page_with_its_source_and_font_buttons_before_the_text(tmp_path: Path) -> None:
    page = f"{_HEAD} 来源:市交通局 2013-06-19 09:10 字体:【小 大】 {_LEAD} {_MORE}\n"
    ((title, date, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, date) == (_HEAD, "2013-06-19") and texts[0].startswith("6月18日")


def test_link_titles_cut_with_dots_end_the_text(tmp_path: Path) -> None:
    page = f"首页 > 新闻\n{_HEAD}\n发布时间：2023-05-06\n{_LEAD}\n{_MORE}\n“葡”写致富经 ..\n某中学举行纪念..\n某县“河长制”主..\n"
    ((_, _, texts, _),) = _articles(_write(tmp_path, page))
    assert texts == [_LEAD, _MORE]
