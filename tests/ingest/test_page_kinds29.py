"""Twenty-ninth round of page kinds (session 13, from the seen sets fresh80–94 and week3): a photo's caption
between a chrome-less page's headline and its text, a headline glued before a Xinhua dateline or a lead that opens
on 在…之际 / 自…以来, a lead credited by a paper and its app (某某晚报社·某某通客户端4月25日讯), a bare (资料图) over
the headline, and a headline with its subtitle over such a lead."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.split.pagelines import is_chrome_line, is_headline, is_tail_line
from briefgen.ingest.split.pagevocab import glued_credit_end, spam_brand
from briefgen.ingest.split.vocab import is_lead, vocab
from tests.ingest.documents import article_rows, ingest_one
from tests.ingest.documents import write_page as _write
from tests.ingest.test_page_kinds20 import _HEAD, _LAST, _LEAD, _MORE


def _rows(tmp_path: Path, page: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(title, date, texts) for title, date, texts, _ in article_rows(_write(tmp_path, page))]


def test_a_photo_caption_between_the_headline_and_the_text_is_no_text(tmp_path: Path) -> None:
    head = "某省医保基金监管工作情况新闻发布会在省会举行"
    page = f"{head}\n\n新闻发布会现场(黄某某 摄)\n\n{_LEAD}\n\n{_MORE}\n\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(head, None, [_LEAD, _MORE, _LAST])]


def test_a_headline_glued_before_a_xinhua_dateline_is_the_headline(tmp_path: Path) -> None:
    lead = "10月中旬，某省某区退役军人事务局为推迟退伍的9名军人举行欢迎仪式和专场招聘会，一对一联系就业服务。"
    page = f"某省:退伍军人返乡享荣光 新华社南昌10月31日电(贾某某、郭某某){lead} {_MORE}\n{_LAST}\n"
    rows = _rows(tmp_path, page)
    assert [r[0] for r in rows] == ["某省：退伍军人返乡享荣光"]
    assert rows[0][2] == [f"{lead} {_MORE}", _LAST]


def test_a_headline_glued_before_a_lead_on_an_occasion_is_the_headline(tmp_path: Path) -> None:
    lead = "在“八一”建军节即将来临之际，为做好双拥共建工作，7月31日上午，某区卫生监督所一行8人到武警中队走访慰问。"
    since = "自第七次人口普查工作开展以来，开发区两员选聘、建筑物标绘等工作进展顺利，入户摸底清查工作全面展开。"
    assert [r[0] for r in _rows(tmp_path, f"“八一”慰问 “双拥”情深 {lead} {_MORE}\n{_LAST}\n")] == ["“八一”慰问 “双拥”情深"]
    assert [r[0] for r in _rows(tmp_path, f"{_HEAD} {since}\n{_MORE}\n{_LAST}\n")] == [_HEAD]


def test_a_lead_credited_by_a_paper_and_its_app_opens_the_text() -> None:
    assert is_lead("泉州晚报社·泉州通客户端4月25日讯(泉州晚报记者 蔡某某)今年以来，全市财政收入稳步增长。")
    assert is_lead("某某日报·某某网讯 近日，某县召开会议。")
    assert not is_lead("张某·李某客户端的用户说，今年以来增长很快。")


def test_a_bare_file_photo_mark_is_a_caption() -> None:
    assert vocab().caption_line.match("(资料图)")
    assert vocab().caption_line.match("（资料图片）")
    assert not vocab().caption_line.match("(资料图)某县召开会议")


def test_a_headline_and_its_subtitle_over_a_credited_lead_are_one_headline(tmp_path: Path) -> None:
    head, sub = "某市财政收入实现一季度“开门红”", "一般公共预算总收入312.74亿元,所有县(市、区)财政收入全面实现增收"
    page = f"(资料图)\n{head}\n{sub}\n某某晚报社·某某通客户端4月25日讯(某某晚报记者 蔡某某 通讯员 陈某某){_LEAD}\n{_MORE}\n{_LAST}\n"
    rows = _rows(tmp_path, page)
    assert [r[0] for r in rows] == [f"{head} 一般公共预算总收入312.74亿元，所有县（市、区）财政收入全面实现增收"]
    assert rows[0][2] == [_LEAD, _MORE, _LAST]


def test_a_headline_over_its_sites_name_a_place_and_captions_is_the_headline(tmp_path: Path) -> None:
    lead = "人民网西安9月19日电(记者白某)地处秦巴山区的某县，素有“三千里汉江第一城”的美誉，是重要的水源涵养区。"
    head = "绿水青山踏歌行丨汉江源头“活水”绕青山"
    page = f"{head}\n金台资讯\n·北京\n蓝天白云下的某县临溪街。刘某某 摄\n汉源飞瀑。人民网记者 白某摄\n{lead}\n{_MORE}\n{_LAST}\n"
    rows = _rows(tmp_path, page)
    assert [(r[0], r[2][1:]) for r in rows] == [(head, [_MORE, _LAST])]
    assert rows[0][2][0].startswith("地处秦巴山区的某县")


def test_a_headline_over_a_columns_counts_and_a_source_over_a_dated_opening_is_the_headline(tmp_path: Path) -> None:
    lead = "8月11日，某县河滨街道李梅村“长者食堂”开业，街道党工委书记巫某某等参加开业仪式，为长者食堂揭牌。"
    page = f"某县又添一家“长者食堂”\n百科 百科知识 42 0\n(来源:某县民政局)\n{lead}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [("某县又添一家“长者食堂”", None, [lead, _MORE, _LAST])]


def test_a_lead_credited_to_an_outlet_and_its_reporter_before_the_day_opens_the_text() -> None:
    assert is_lead("经济观察网 记者 田某5月28日，国家统计局发布通报称，通过立案调查发现数据严重失实。")
    assert not is_lead("经济观察网 记者 田某说，国家统计局发布通报称，通过立案调查发现数据严重失实。")


def test_a_numbered_disclaimer_a_follow_line_with_the_account_and_a_forums_footer_end_the_text() -> None:
    assert is_tail_line("2、凡注明为其它来源的信息，均转载自其它媒体，转载目的在于传递更多信息。")
    assert is_tail_line("1、凡注有“某某讯”的稿件，均为某某日报社版权稿件，未经许可不得转载。")
    assert is_tail_line("关注制冷快报微信(hvacrbao)")
    assert is_tail_line("Powered by Discuz! X3.4")
    assert not is_tail_line("2、凡是符合条件的家庭，均可申请补贴。")
    assert not is_tail_line("关注困难群众的微信留言，及时回应诉求。")


def test_an_editors_credit_in_square_brackets_glued_after_the_last_sentence_goes() -> None:
    found = glued_credit_end().search("大力营造“一次参军，一生光荣”的浓厚氛围。 【编辑：白某某】 |")
    assert found is not None and found.group(0).strip().startswith("【编辑")
    assert glued_credit_end().search("大力营造浓厚氛围。【编辑部】决定延期。") is None


def test_bare_dates_after_the_last_sentence_are_no_text(tmp_path: Path) -> None:
    page = f"{_HEAD}\n{_LEAD}\n{_MORE}\n{_LAST}\n2020-09-24\n2020-09-23\n2020-08-25\n"
    assert _rows(tmp_path, page) == [(_HEAD, None, [_LEAD, _MORE, _LAST])]


def test_a_portals_self_description_and_its_welcome_are_chrome() -> None:
    assert is_chrome_line("中国某某网 - 设施行业门户网站 !")
    assert is_chrome_line("《新某某网》某某区域知名综合门户网站!")
    assert is_chrome_line("http://abc.cn/欢迎您!")
    assert is_chrome_line("☆ 新某某网 ☆欢迎您")
    assert not is_chrome_line("村民们说欢迎你")
    assert not is_chrome_line("本县综合门户网站建设项目于今年开工。")


def test_a_first_line_headline_with_its_date_after_it_gives_both(tmp_path: Path) -> None:
    page = f"【三农动态】2025某市早中熟水稻新优品种展示观摩会在青举办 2025-09-17\n{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [("2025某市早中熟水稻新优品种展示观摩会在青举办", "2025-09-17", [_LEAD, _MORE, _LAST])]


def test_an_info_line_copied_a_field_per_line_gives_the_pages_date(tmp_path: Path) -> None:
    page = (f"首页 > 新闻中心 > 行业动态\n{_HEAD}\n来源:\nabc1.com\n2025-10-14\n浏览:\n104\n字号:T|T\n{_LEAD}\n{_MORE}\n{_LAST}\n"
            "责任编辑:某某\n")
    assert _rows(tmp_path, page) == [(_HEAD, "2025-10-14", [_LEAD, _MORE, _LAST])]


def test_a_page_carrying_a_gambling_sites_brand_is_flagged_as_a_mirror(tmp_path: Path) -> None:
    spun = f"{_HEAD}\n2026年凯发k8国际首页登录是“十五五”开局之年。\n{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert [a.flags for a in ingest_one(_write(tmp_path, spun)).articles] == [["spam_mirror"]]
    clean = tmp_path / "clean"
    clean.mkdir()
    assert [a.flags for a in ingest_one(_write(clean, f"{_HEAD}\n{_LEAD}\n{_MORE}\n{_LAST}\n")).articles] == [[]]


def test_gambling_brands_are_told_from_words_of_the_text() -> None:
    for brand in ("凯发k8国际首页登录", "半岛官方下载入口", "九游娱乐电脑版下载", "www.28365365.com", "betway必威体育官网", "365体育官网"):
        assert spam_brand().search(f"推进美丽{brand}建设"), brand
    for words in ("登录政务服务网官网入口办理", "县体育局官网发布通知", "下载“皖事通”APP办理"):
        assert spam_brand().search(words) is None, words


def test_a_box_of_key_figures_over_the_text_is_neither_headline_nor_text(tmp_path: Path) -> None:
    box = ["南水北调中线工程累计向首都和沿线地区安全送水近710亿立方米", "2024年绿色食品、装备制造产业规模分别突破1700亿元、900亿元",
           "2024年粮食产量133.6亿斤,实现粮食产量“二十一连丰”"]
    page = "\n".join(box) + f"\n又是一年芳草绿，东风吹来满目新。\n{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(None, None, ["又是一年芳草绿，东风吹来满目新。", _LEAD, _MORE, _LAST])]
    two = "\n".join(box[1:]) + f"\n又是一年芳草绿，东风吹来满目新。\n{_LEAD}\n"
    assert _rows(tmp_path, two)[0][2][0] != "又是一年芳草绿，东风吹来满目新。"


def test_a_lone_empty_label_over_a_page_line_a_caption_and_a_byline_joins_nothing() -> None:
    from briefgen.ingest.split.pagehead import joined_label_values
    from briefgen.readers.base import Block

    lines = ["日期:12-24", "字号:", "版面:第W4版:社会  上一篇 下一篇", "刘某某(右一)指导学生学习手绘画版", "本报记者 王某 文/图", _LEAD]
    blocks = [Block(t, i) for i, t in enumerate(lines)]
    assert [b.text for b in joined_label_values(blocks)] == lines
    fields = ["来源:", "abc1.com", "2025-10-14", "浏览:", "104", _LEAD]
    assert [b.text for b in joined_label_values([Block(t, i) for i, t in enumerate(fields)])] == [
        "来源:abc1.com 2025-10-14 浏览:104", _LEAD]
    under = ["来源:", "abc1.com", "浏览:", "104", "刘某某(右一)指导学生学习手绘画版", "本报记者 王某 文/图", _LEAD]
    assert [b.text for b in joined_label_values([Block(t, i) for i, t in enumerate(under)])] == [
        "来源:abc1.com 浏览:104", *under[4:]]


def test_an_empty_count_label_empty_dates_and_a_photo_copyright_notice_are_no_text() -> None:
    from briefgen.ingest.split.pageglue import unglue

    lead = "4月2日，某县农业行政执法大队对农贸市场散装水稻种子开展专项整治。"
    assert unglue(f"AM 阅览次数：{lead}", None)[0] == lead
    assert unglue(f"出版：更新：{lead}", None)[0] == lead
    notice = "图片其版权均归原作者所有，未经许可严禁转载或建立镜像，如需转载，请与作者或本站联系"
    assert unglue(notice + lead, None)[0] == lead
    assert is_chrome_line(notice)
    assert unglue("出版：某某出版社2024年推出新书。", None)[0] == "出版：某某出版社2024年推出新书。"
    assert not is_chrome_line("某某公司版权归属纠纷一案，法院判决作品版权归原作者所有，并请双方联系调解。")


def test_a_writers_credit_after_the_headline_goes() -> None:
    from briefgen.ingest.split.pagehead import bare_headline

    assert bare_headline("某区八、九月将办夏日消费大抽奖 参加次数不限 撰文：区某某") == "某区八、九月将办夏日消费大抽奖 参加次数不限"
    assert bare_headline("某区举办文化节 作者：张某") == "某区举办文化节"
    assert bare_headline("《撰文：谈写作》新书发布会举行") == "《撰文：谈写作》新书发布会举行"


def test_a_lead_credited_with_its_full_date_and_hour_dates_the_story(tmp_path: Path) -> None:
    lead = "某某社2025年10月05日 15:46消息，商圈经济点亮消费新图景，激发城市活力与消费潜力。"
    assert is_lead(lead)
    assert [(r[1], r[2][0]) for r in _rows(tmp_path, f"{lead}\n{_LEAD}\n{_MORE}\n{_LAST}\n")] == [
        ("2025-10-05", "商圈经济点亮消费新图景，激发城市活力与消费潜力。")]


def test_an_open_government_table_after_the_text_gives_the_pages_date(tmp_path: Path) -> None:
    table = ("主题词:某县考察团赴兄弟县市考察城建工作 - 点击收起详细信息\n索 引 号 | 2022050615322087 | 文 号 | |\n---|---|---|---|\n"
             "发布机构 | 某县政府办公室 | 发布日期 | 2022-05-06 15:32:20 |\n公开范围 | 面向社会 | 公开方式 | 主动公开 |\n有效性 | 有效 | 文件编号 |\n")
    visit = ["5月5日，某县县委书记率党政考察团前往兄弟县市，观摩学习城建项目建设工作，县领导陈某等参加考察。",
             "考察团一行首先来到高速出入口改造项目、无围墙城市建设项目和河街口区域提升项目，听介绍、看进度。"]
    text = "\n".join(["".join(visit), _LEAD + _MORE, _LAST])  # paragraphs as long as a county site's
    assert [r[1] for r in _rows(tmp_path, f"{text}\n{table}")] == ["2022-05-06"]


def test_a_genre_label_before_and_a_freshness_label_after_the_headline_go() -> None:
    from briefgen.ingest.split.pagehead import without_platform_mark

    assert without_platform_mark("速写 乘着高铁来参会") == "乘着高铁来参会"
    assert without_platform_mark("某区普惠托育实现乡镇全覆盖 即时") == "某区普惠托育实现乡镇全覆盖"
    assert without_platform_mark("速写比赛在某县举行") == "速写比赛在某县举行"
    assert without_platform_mark("某县发布最新") == "某县发布最新"


def test_captions_with_a_credit_label_a_provider_or_a_pointer_and_a_speakers_caption_are_no_headlines() -> None:
    for caption in ("壮族“三月三”红鸡蛋。摄影：张某某", "整治前的某矿场景某县融媒体中心 供图", "◀书法家创作军旅题材的作品",
                    "王某出席并致发布词", "李某出席并讲话"):
        assert not is_headline(caption), caption
    for headline in ("某县摄影家协会举办年度作品展", "某县供图书馆新馆开放", "某某出席会议并致辞的安排公布"):
        assert is_headline(headline), headline


def test_a_page_line_without_its_number_sign_a_column_name_and_a_topic_banner_are_chrome(tmp_path: Path) -> None:
    assert is_chrome_line("二版：综合总第1927期 >2017-02-17编印")
    assert is_chrome_line("新闻中心")
    assert is_chrome_line("学习贯彻党的二十届三中全会精神")
    assert not is_chrome_line("某县召开学习贯彻党的二十届三中全会精神宣讲会")
    page = f"学习贯彻党的二十届三中全会精神\n\n{_HEAD}\n\n{_LEAD}\n\n{_MORE}\n\n{_LAST}\n\n(记者 某某 摄像 某某)\n责任编辑:某某\n"
    assert [r[0] for r in _rows(tmp_path, page)] == [_HEAD]


def test_a_lead_in_over_the_main_line_over_a_date_and_a_caption_over_the_credited_lead_is_one_headline(
        tmp_path: Path) -> None:
    page = (f"忆往昔 展未来\n\n20余名优秀退役军人共迎“八一”\n\n2021年07月31日\n\n◀书法家创作军旅题材的作品\n\n"
            f"某某晚报讯(记者 刘某某){_LEAD}\n\n{_MORE}\n\n{_LAST}\n")
    assert _rows(tmp_path, page) == [("忆往昔 展未来 20余名优秀退役军人共迎“八一”", "2021-07-31", [_LEAD, _MORE, _LAST])]


def test_a_photo_caption_dated_by_its_shooting_day_and_a_screen_readers_hint_are_no_text(tmp_path: Path) -> None:
    caption = "在某市某县某村，西辽河上游的老哈河从垃圾场中间流过（4月7日摄）。"
    assert vocab().caption_line.match(caption)
    assert vocab().caption_line.match("游客在某村丞相祠堂参观游览(2023年8月1日摄)。")
    assert not vocab().caption_line.match("4月7日，某县摄影家协会举办作品展。")
    assert is_chrome_line("提示：您已进入导航区1，本区域含有5个链接，按下Tab键浏览信息提示：您已离开导航区1")
    page = f"{_HEAD}\n\n2018年05月14日 21:19:39 | 来源: 某某网\n\n{caption}\n\n{_LEAD}\n\n{_MORE}\n\n{_LAST}\n"
    assert [r[2] for r in _rows(tmp_path, page)] == [[_LEAD, _MORE, _LAST]]


def test_a_copyright_note_naming_the_article_ends_the_text(tmp_path: Path) -> None:
    note = f"版权保护：本文由 {_HEAD} 原创，转载请保留链接"
    assert is_tail_line(note)
    assert [r[2] for r in _rows(tmp_path, f"{_HEAD}\n{_LEAD}\n{_MORE}\n{_LAST}\n{note}\n")] == [[_LEAD, _MORE, _LAST]]


def test_a_sites_name_over_the_headline_over_a_credited_lead_is_no_part_of_the_headline(tmp_path: Path) -> None:
    head = "国家统计局:某省某县、某县经济普查数据严重失实"
    page = f"每日最新头条.有趣资讯\n\n{head}\n\n(图片来源:全景视觉)\n\n经济观察网 记者 田某5月28日，{_LEAD}\n\n{_MORE}\n\n{_LAST}\n"
    assert [r[0] for r in _rows(tmp_path, page)] == ["国家统计局：某省某县、某县经济普查数据严重失实"]
    plain = f"规范早市秩序 商贩进市场经营\n执法部门整治违规流动摊贩\n本报讯 {_LEAD}\n{_MORE}\n{_LAST}\n"
    assert [r[0] for r in _rows(tmp_path, plain)] == ["规范早市秩序 商贩进市场经营 执法部门整治违规流动摊贩"]


def test_a_lead_credited_to_a_site_and_its_paper_joined_by_dashes_opens_the_text() -> None:
    assert is_lead("拂晓新闻网--拂晓报讯 近日，某县下发《关于设立未成年人保护工作站的通知》。")
    assert not is_lead("拂晓新闻网--拂晓报的记者近日走访了某县。")
