"""Thirty-seventh round of page kinds (session 19): site chrome, summaries, captions and spam over or under the text,
headlines set in odd ways (a farm's title over the date, a spaced stacked line, an interview's subtitle, a bulletin's
dated headline) and credits the leads open on."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import line_rows as _rows
from tests.ingest.documents import one_row as _one

_HEAD = "某州花湖机场将于7月17日上午正式投运"
_LEAD = "花湖机场首批开通某州至北京、上海、深圳、厦门、成都、重庆、青岛等7条客运航线9个通航点。"
_MORE = "某州花湖机场按照满足2025年旅客吞吐量100万人次的要求设计，机场运行保障等级为4E级。"
_THIRD = "南航将于今天起，开通某州至北京大兴的客运航线，这将是花湖机场正式投运当日的首个客运航班。"


def test_a_farms_title_over_the_date_that_hardly_shares_a_word_with_the_text_is_not_its_headline(tmp_path: Path) -> None:
    farm = "2023成都积分入学什么时候开始申请"  # 成都 only in the list of routes
    title, date, texts, _ = _one(tmp_path, [farm, "更新时间:2022-07-19 11:08:00作者:佚名", _HEAD, _LEAD, _MORE, _THIRD],
                                 "\n")
    assert (title, date, texts) == (_HEAD, "2022-07-19", [_LEAD, _MORE, _THIRD])
    own = "花湖机场首批客运航线今日开通"  # a headline over the date that is the text's own stays
    assert _one(tmp_path, [own, "更新时间:2022-07-19 11:08:00作者:佚名", _HEAD, _LEAD, _MORE, _THIRD], "\n")[0] == own


def test_a_follow_button_and_its_confirmation_are_no_headline(tmp_path: Path) -> None:
    title, _, texts, _ = _one(tmp_path, ["某浪某省 旅游", _HEAD, "某安在线", "关注", "确定不再关注此人吗", _LEAD, _MORE])
    assert (title, texts) == (_HEAD, [_LEAD, _MORE])


def test_font_size_and_page_colour_controls_on_the_info_line_are_no_part_of_the_headline(tmp_path: Path) -> None:
    info = "设置字体大小:【 】 【打印】 【页面调色板  发布时间:2018-06-25"
    title, date, texts, _ = _one(tmp_path, ["某市林业局  > 林业资讯  > 林业动态", _HEAD, info, _LEAD, _MORE])
    assert (title, date, texts) == (_HEAD, "2018-06-25", [_LEAD, _MORE])


def test_a_document_sites_label_over_the_headline_is_no_part_of_it(tmp_path: Path) -> None:
    title, _, texts, _ = _one(tmp_path, ["第一篇:某某机场投运新闻稿", _HEAD, _LEAD, _MORE, _THIRD], "\n")
    assert (title, texts) == (_HEAD, [_LEAD, _MORE, _THIRD])


def test_a_row_of_page_links_parted_by_bars_is_no_text(tmp_path: Path) -> None:
    texts = _one(tmp_path, [_HEAD, "2022-08-26 11:18:10", _LEAD, _MORE, "分享", "手机阅读    |    返回首页"])[2]
    assert texts == [_LEAD, _MORE]


def test_a_summary_without_an_end_mark_over_a_lead_on_its_day_and_time_is_no_text(tmp_path: Path) -> None:
    summary = "为确保高考期间各个考点电力安全可靠供应，区供电公司精心安排、周密部署，切实做好保电工作，全力护航高考"
    lead = "5日上午，记者在区第一实验小学附近看到，区供电公司工作人员正在对考点及周边配电网设备进行排查检测。"
    title, _, texts, _ = _one(tmp_path, [_HEAD, "时间:2025-06-06 来源:某某广播电视台", summary, lead, _MORE])
    assert (title, texts) == (_HEAD, [lead, _MORE])  # never …全力护航高考5日上午，记者…
    broken = "区供电公司工作人员正在通过特巡、红外线测温等措施，提前对考点及周边"
    rest = "配电网设备进行全方位的排查检测，确保供电设施以最佳状态迎接高考。"
    paras = _one(tmp_path, [_HEAD, "时间:2025-06-06 来源:某某广播电视台", _LEAD, broken, rest, _MORE])[2]
    assert paras == [_LEAD, broken + rest, _MORE]  # a sentence broken across lines is joined again


def test_a_repost_sites_statement_of_what_it_wrote_itself_ends_the_text(tmp_path: Path) -> None:
    statement = ("本网除标明“某某原创”的文章外，其它文章均为转载或者爬虫抓取; 本文只代表作者个人观点，不代表本站观点。"
                 "凡刊登的著作文献侵犯了作者权益的，可来信联系本站删除。")
    assert _one(tmp_path, [_HEAD, "2022-08-26 11:18:10", _LEAD, _MORE, statement, "相关文章"])[2] == [_LEAD, _MORE]


def test_an_editors_note_of_two_paragraphs_over_a_credited_lead_is_no_text(tmp_path: Path) -> None:
    note = "【编者按】正处于高质量发展关键时期的某省，如何在2023年走好新征程，不断开创各项事业发展新局面?"
    more = "随着近日某省11市人代会陆续召开，各市先后绘制新一年发展蓝图。某某网特推出系列融媒稿件，解读各市发展热词。"
    lead = "某某网某地4月19日电(王某某)2023年，某市如何锚定转型目标，书写高质量发展新篇章?" + _LEAD
    title, _, texts, _ = _one(tmp_path, [_HEAD, "2023年04月19日 08:39:38 | 来源:某某网", note, more, lead, _MORE])
    assert texts[0].startswith(("某某网某地4月19日电", "2023年，某市如何")) and len(texts) == 2  # the credit may go to the byline


def test_a_lead_in_headline_and_subtitle_on_one_spaced_line_over_the_date_are_the_headline(tmp_path: Path) -> None:
    spaced = ("时刻牢记领袖嘱托 坚决贯彻领袖指示 奋力谱写中国式现代化某湖新篇章 区委常委会召开扩大会议传达学习贯彻 "
              "总书记在某市考察期间重要指示精神 市政协副主席、某湖区委书记孙某某主持并讲话")  # over 80 characters
    title, date, texts, _ = _one(tmp_path, [spaced, "发布日期:2023-05-19 19:46 来源: 融媒体中心 【字体:大 中 小】 打印本页",
                                            _LEAD, _MORE], "\n")
    assert (title, date, texts) == (spaced, "2023-05-19", [_LEAD, _MORE])


def test_an_interviews_subtitle_is_no_headline_the_line_over_it_is(tmp_path: Path) -> None:
    lines = ["《某某日报》《某某晚报》 官方发布平台", "牢记嘱托 感恩奋进", "全力把“四城”建设引向深入", "——访某县县委书记薛某某",
             "记者 杨某某 张某某", _LEAD, _MORE]
    title, _, texts, _ = _one(tmp_path, lines, "\n")
    assert (title, texts) == ("全力把“四城”建设引向深入", [_LEAD, _MORE])


def test_a_bulletins_headline_holding_its_issue_time_is_whole_and_dates_the_page(tmp_path: Path) -> None:
    head = "某省某市2023-08-25 18:10发布暴雨蓝色预警"
    lead = "某市气象台2023年8月25日17时40分发布暴雨蓝色预警，预警区域：某县、某区。预计今天夜间部分地区降雨量将达50毫米以上。"
    title, date, texts, _ = _one(tmp_path, [head, lead, "防御指南:", "1.政府及相关部门按照职责做好防暴雨准备工作。"], "\n")
    assert (title, date, texts[0]) == (head, "2023-08-25", lead)


def test_a_line_without_marks_between_the_summary_and_a_credited_lead_is_no_text(tmp_path: Path) -> None:
    summary = "摘要:眼下正是森林火灾的高发易发期。护林员们两人一组踏上巡护之路。"
    lead = "某某新闻网讯 眼下正是森林火灾的高发易发期。护林员们两人一组踏上巡护之路，守护这片森林的安全。"
    lines = [_HEAD, "发稿时间: 2025-02-27 08:32    来源: 某某日报", summary, "巡护员跋山涉水守护森林安全", lead, _MORE]
    texts = _one(tmp_path, lines)[2]
    assert texts[0].endswith("护林员们两人一组踏上巡护之路，守护这片森林的安全。") and len(texts) == 2


def test_a_gambling_pitch_over_a_stations_credited_lead_is_no_text(tmp_path: Path) -> None:
    pitch = "某某国际代理开户V(6493007) 请认准某某国际指定客服，打开微信搜索添加即可，添加成功回复:开户条件 上分问题就可以了。"
    lead = "某视网消息(新闻联播):眼下，各地抢抓时机，加快推进一批重大交通基础设施建设，助力高质量发展。"
    texts = _one(tmp_path, [_HEAD, "分享:", "2024-12-01 来源:某某日报社", pitch, lead, _MORE])[2]
    assert texts == [lead.split(":", 1)[1], _MORE]  # the credit goes with the byline


def test_readers_views_under_the_text_end_it(tmp_path: Path) -> None:
    views = ["网友看法", "1、网友足智多谋辰星B5:同城有2个机场，才称为同城双机场!", "2、网友和某市在一起:[击掌][击掌]"]
    assert _one(tmp_path, [_HEAD, "2024-12-01 来源:某某日报社", _LEAD, _MORE, *views])[2] == [_LEAD, _MORE]


def test_a_paragraph_labelled_as_the_key_points_is_no_text_though_the_lead_does_not_restate_it(tmp_path: Path) -> None:
    points = "核心提示:落实乡村振兴战略，离不开人才的贡献和推动。2017年以来，某市吸引了1000余名乡贤结对帮扶村庄。"
    lead = "五月的风，捎来东海的味道。"
    texts = _one(tmp_path, [_HEAD, points, lead, _MORE, _THIRD], "\n")[2]
    assert texts == [lead, _MORE, _THIRD]
    glued = "编辑:陶某2018-03-16 07:48内容来源:某某日报"  # a date glued between labelled fields stays the page's
    assert _one(tmp_path, [_HEAD, glued, _LEAD, _MORE])[1] == "2018-03-16"


def test_a_crumb_ending_on_the_headline_is_no_spaced_headline(tmp_path: Path) -> None:
    crumb = f"某某家禽网首页 > 资讯中心 > 行业动态 > {_HEAD}"
    assert _one(tmp_path, [crumb, "某某家禽网 时间:2013/10/16 9:45:00 来源:某e网 阅读数:", _LEAD, _MORE])[0] == _HEAD


def test_lines_of_an_address_in_pinyin_under_the_text_are_no_article(tmp_path: Path) -> None:
    slug = "_dun_shou_zai__zhou_ge_gao_kao_kao_dian_xiao_yuan_nei_de_guo_wang__zhou_gong_dian_gong_si_5_0_yu_ming_"
    rows = _rows(tmp_path, [_LEAD, _MORE, _THIRD, slug, "kou_qi__wei_que_bao_gao_kao_gong_dian_wen_ding_ke_kao__5_yue"], "\n")
    assert [texts for _, _, texts, _ in rows] == [[_LEAD, _MORE, _THIRD]]


def test_a_sites_credit_with_place_and_dian_before_the_writer_is_no_text(tmp_path: Path) -> None:
    lead = "某某新闻网某城电(史某某)2023年5月19日，市政协党组(扩大)会议召开。"
    texts = _one(tmp_path, ["某市政协党组(扩大)会议现场", lead, _MORE, _THIRD], "\n")[2]
    assert texts[0] == "2023年5月19日，市政协党组（扩大）会议召开。"


def test_a_print_button_after_the_source_is_no_part_of_it(tmp_path: Path) -> None:
    from briefgen.ingest.split.pageinfo import page_info

    assert page_info("发布日期:2023-05-19 19:46 来源: 融媒体中心 【字体:大 中 小】 打印本页") == ("2023-05-19", "融媒体中心")


def test_a_series_name_after_a_bar_behind_the_headline_is_no_part_of_it(tmp_path: Path) -> None:
    head = "某市连续两年新春第一会透露了什么信号?"
    title = _one(tmp_path, [f"{head}|聚焦某市“新春第一会”", "某观新闻 2026-02-24 13:51", _LEAD, _MORE])[0]
    assert title == head


def test_an_epapers_page_line_between_the_date_and_the_headline_is_no_headline(tmp_path: Path) -> None:
    lines = ["上一期", "2025年12月11日 星期四", "第02版:协商 上一版 下一版", "上一篇 下一篇", _HEAD, _LEAD, _MORE]
    assert _one(tmp_path, lines)[:2] == (_HEAD, "2025-12-11")


def test_a_sites_name_after_the_headline_of_a_page_without_an_info_line_is_no_part_of_it(tmp_path: Path) -> None:
    head = "一场乡镇庙会，何以3天引客30万人次?"
    assert _one(tmp_path, [f"{head}_某国网", _LEAD, _MORE, _THIRD])[0] == head


def test_gambling_keywords_glued_before_the_lead_are_no_text(tmp_path: Path) -> None:
    lead = "某某新闻网讯（孙某 谭某某） 连日来的持续高温天气，市民用水持续增加，水库存水量急剧下降。"
    info = "2022-08-26 11:18:10 来源:某某网"
    keywords = "365 双式投注_365老玩家入口_Bet体育365提款不到账"
    assert _one(tmp_path, [_HEAD, info, keywords + lead, _MORE])[2][0].startswith(("某某新闻网讯", "连日来"))
    assert _one(tmp_path, [_HEAD, info, "kaiyun下载官网进入暑期，研学游火了起来。", _MORE])[2][0] == "进入暑期，研学游火了起来。"


def test_a_caption_naming_a_places_view_over_the_first_paragraph_is_no_text(tmp_path: Path) -> None:
    lead = ("一顶顶富有设计感的帐篷、木屋沿湖而建,摆好折叠椅,铺上野餐垫,等待新鲜出炉的烧烤美味……夏日来临,"
            "某市郊野公园的露营岛成了人们休闲放松的理想去处。三五成群的游客安坐,感受自然,乐享慢时光。")  # half-width commas
    lines = ["这已经是最后一期了哦!", "我知道了", "2023年06月02日", "上一期 下一期", "第六版:国内新闻", "2023年06月02日",
             "“露营热”激发中国旅游新活力", "某市某某村房车露营公园一角。", " ", lead, _MORE]
    assert _one(tmp_path, lines)[2][0].startswith("一顶顶富有设计感的帐篷")
    from briefgen.ingest.split.pagecaptions import lead_after_captions

    texts = ["某市某某村房车露营公园一角。", "一顶顶富有设计感的帐篷、木屋沿湖而建，摆好折叠椅，铺上野餐垫，等待新鲜出炉的烧烤美味……夏日来临，"
             "某市郊野公园的露营岛成了人们休闲放松的理想去处。", _MORE]
    assert lead_after_captions(texts, 0) == 1


def test_a_content_farms_notes_on_the_title_are_no_text(tmp_path: Path) -> None:
    notes = [f"小编提示您:本篇文章标题是《{_HEAD}》。//本文由热心网友[某某] 投稿。", _HEAD, f"本文标题:{_HEAD}",
             f"(小编提示您本文原始标题是:{_HEAD})"]
    title, _, texts, _ = _one(tmp_path, [_HEAD, *notes, _LEAD, _MORE])
    assert (title, texts) == (_HEAD, [_LEAD, _MORE])


def test_the_first_reply_under_a_forum_post_ends_it(tmp_path: Path) -> None:
    reply = ["某某画廊 发表于 2024-2-23 09:57:21", "好事!", "页: [1]", f"查看完整版本: 【某局】{_HEAD}"]
    assert _one(tmp_path, [_HEAD, "2024-2-23 09:50:11 来源:某某网", _LEAD, _MORE, *reply])[2] == [_LEAD, _MORE]
