"""Twentieth round of page kinds (fresh39–41): keyword spam joined both ways, e-paper controls and tag words in
the date line, kickers and <title> copies over the headline, TV scripts, app and accessibility chrome, image
addresses and captions before the text, credit brackets broken by a line break, tails of link boxes and tags,
copyright notices, and programmes of coming events that are one article."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.documents import article_rows as _articles
from tests.ingest.documents import write_page as _write

_HEAD = "白羊镇举办第二届农民运动会"
_LEAD = "此次农民运动会在白羊小学举行，吸引了该镇20多支队伍共300多名运动员参加，比赛项目充满了友好交流的趣味性。"
_MORE = "赛场上，村民个个奋勇争先，吸引众多群众呐喊助威，围观鼓掌，欢声笑语充满整个赛场，展现了农民群众的精神风貌。"
_LAST = "据镇相关负责人介绍，农民运动会是深受农民朋友喜爱的一项品牌赛事，希望再次掀起全镇农村体育活动热潮。"
_BODY = f"{_LEAD}\n{_MORE}\n{_LAST}\n"


def _rows(tmp_path: Path, page: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(title, date, texts) for title, date, texts, _ in _articles(_write(tmp_path, page))]


@pytest.mark.parametrize(("head", "date"), [
    ("男女午夜网站免费暖暖_新强乱中文字幕在线播放_看片在线视频观看_国产一级免费昨晚你_丰满少妇无码区在线_亚洲资源站中文在线丝袜,"
     "西西人体大胆图片,国产成人久久免费高清,无码人妻精品一区二区三区\n"
     f"{_HEAD}\n发布时间:2012-11-18\n", "2012-11-18"),
    (f"第02版:要闻 上一版3  4下一版\n版面导航\n3上一篇  下一篇4 2023年10月8日 放大 缩小 默认\n{_HEAD}\n", "2023-10-08"),
    (f"{_HEAD}\n体育 运动会 农民 趣味赛 某某新闻网 2017-06-04\n", "2017-06-04"),
])
def test_the_date_line_is_found_past_spam_controls_and_tags(tmp_path: Path, head: str, date: str) -> None:
    assert _rows(tmp_path, f"{head}{_BODY}相关推荐\n") == [(_HEAD, date, [_LEAD, _MORE, _LAST])]


def test_a_kicker_between_the_date_line_and_the_headline_is_stacked_over_it(tmp_path: Path) -> None:
    page = f"版面导航\n3上一篇  下一篇4 2023年10月8日 放大 缩小 默认\n“双节”期间，白羊镇迎大量游客\n{_HEAD}\n{_BODY}"
    assert _rows(tmp_path, page)[0][:2] == (f"“双节”期间，白羊镇迎大量游客 {_HEAD}", "2023-10-08")


@pytest.mark.parametrize("over", ["农民运动会开展现状-某某市图书馆", "无障碍辅助浏览工具条", "欢迎来到中国体育网!www.example.cn",
                                  "汇聚向上的力量\n立即下载"])
def test_a_title_copy_or_site_chrome_over_the_headline_is_not_stacked_onto_it(tmp_path: Path, over: str) -> None:
    page = f"{over}\n{_HEAD}\n日期:2022-09-18 15:00    来源:\n{_BODY}"
    assert _rows(tmp_path, page)[0][:2] == (_HEAD, "2022-09-18")


def test_a_tv_script_is_one_article_without_its_marks_or_sound_bites(tmp_path: Path) -> None:
    page = (f"首页 > 白羊镇 >详情\n{_HEAD}\n2018-05-28 09:12:16\n来源:\n字号:\n\n【正文】{_LEAD}{_MORE}\n"
            f"【采访】参赛队员 我们这次运动会 设置的项目很接地气 非常好\n【正文】{_LAST}\n\n一键分享至:\n")
    assert _rows(tmp_path, page) == [(_HEAD, "2018-05-28", [_LEAD + _MORE, _LAST])]


@pytest.mark.parametrize("tail", ["回新闻列表\nTOP\n", "  新闻链接\n  线上线下均可办理\n  我市合作银行由8家银行承接，从10月30日起办理。\n",
                                  "(责任编辑:某某中心)\n聚合标签:行业资讯\n什么是运动会\n1、 什么是运动会，运动会是体育活动的一种形式，历史悠久，各地每年都组织形式多样的运动会，吸引了大量群众踊跃参加，深受欢迎，成为群众喜闻乐见的体育盛会，也是展示基层风采的重要平台。\n",
                                  "(责任编辑:某某中心)\n更多相关\n什么是运动会\n1、 什么是运动会，运动会是体育活动的一种形式，历史悠久，各地每年都组织形式多样的运动会，吸引了大量群众踊跃参加，深受欢迎，成为群众喜闻乐见的体育盛会，也是展示基层风采的重要平台。\n",
                                  "转自:新华社\n", "【版权及免责声明】转载时须获得授权并注明来源，违者本网将保留追究其相关法律责任的权力。\n",
                                  "凡本网所属版权作品,转载时须获得授权并注明来源“某某网”,违者本网将保留追究其相关法律责任的权力。\n延伸阅读\n"])
def test_link_boxes_tags_and_notices_after_the_text_end_it(tmp_path: Path, tail: str) -> None:
    page = f"首页 > 新闻\n{_HEAD}\n发布时间：2019-09-23\n{_BODY}{tail}"
    assert _rows(tmp_path, page) == [(_HEAD, "2019-09-23", [_LEAD, _MORE, _LAST])]


def test_image_addresses_and_a_caption_before_the_text_are_no_text(tmp_path: Path) -> None:
    page = (f"{_HEAD}\nhttp://file.example.com/o/202112/30/655_1640797212321.gif?width=600&size=4657{_LEAD}\n"
            f"http://file.example.com/o/202112/30/959.png?width=982&size=852043\n{_MORE}\n{_LAST}\n")
    assert _rows(tmp_path, page) == [(_HEAD, None, [_LEAD, _MORE, _LAST])]


def test_a_short_caption_glued_before_the_lead_goes(tmp_path: Path) -> None:
    page = f"{_HEAD}\n图为活动现场 某某新闻网乐山7月28日讯（梁某 记者 李某）{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page)[0][2][0] == _LEAD  # the lead's credit (某某新闻网乐山7月28日讯（…）) is left out too


def test_a_photo_caption_with_its_credit_is_no_headline(tmp_path: Path) -> None:
    page = f"某某论坛\n\n发新话题 回复该主题\n{_HEAD} [复制链接]\n1#\n图为运动员正在比赛。 梁某某 摄\n{_BODY}"
    assert _rows(tmp_path, page)[0][0] == _HEAD


def test_a_credit_bracket_broken_by_a_line_break_is_joined_and_left_out(tmp_path: Path) -> None:
    page = f"{_HEAD}\n2019/4/18 9:17:21 来源:某某网 作者:李某某\n\n某某网讯(李某某 通讯员\n贺某某):{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, "2019-04-18", [_LEAD, _MORE, _LAST])]


def test_a_programme_of_coming_events_under_its_headline_is_one_article(tmp_path: Path) -> None:
    days = ["4月6日，在银滩镇贵兴社区，将开展民族政策进社区文化宣传活动。", "4月7日，在海门广场，将举办一场民族歌舞表演与传统体育项目相结合的文化体育活动。",
            "4月8日，在三合口农场，将举办职工文艺表演、篮球友谊赛系列活动。", "4月9日，在北部湾广场四方台，将举行文艺演出。"]
    page = "北海旅游节：欢庆“三月三”\n正是人间四月天，为了迎接即将到来的“三月三”，近期北海市各地将开展多种多样的欢庆活动。\n" + "\n".join(days) + "\n"
    rows = _rows(tmp_path, page)
    assert len(rows) == 1 and rows[0][0] == "北海旅游节：欢庆“三月三”" and rows[0][2][-1] == days[-1]
