"""Probes of each input kind, written fresh (not seed text): structure variations the seeds do not show."""

from __future__ import annotations

from pathlib import Path

from documents import ingest_one

from briefgen.records import DocumentResult


def _titles(result: DocumentResult) -> list[str | None]:
    return [a.title for a in result.articles]


def test_docx_bulletin_with_plain_masthead_and_styled_sections(tmp_path: Path) -> None:
    import docx
    doc = docx.Document()
    for line in ("临江政务通报", "第12期", "临江市人民政府办公室编印", "2024年3月8日"):
        doc.add_paragraph(line)
    doc.add_heading("周立新同志在全市一季度经济运行调度会上的讲话", level=1)
    doc.add_paragraph("（2024年3月5日）")
    doc.add_paragraph("同志们：今天召开这次调度会，主要任务是分析1-2月经济运行情况，部署一季度冲刺工作。")
    doc.add_heading("一、正视差距，稳住工业基本盘", level=2)
    doc.add_paragraph("今年以来，全市规上工业增加值增长5.6%。一是重点企业拉动不足。二是新增入规企业偏少。")
    doc.add_paragraph("（一）抓好龙头企业稳产。各县区要逐户建立服务台账，确保满负荷生产。")
    doc.add_heading("二、压实责任，确保一季度开门红", level=2)
    doc.add_paragraph("各级各部门要以时不我待的紧迫感抓好各项工作，确保一季度实现开门红。")
    doc.add_paragraph("主送：各县区人民政府，市政府各工作部门。")
    doc.add_paragraph("抄送：市委办公室，市人大常委会办公室。")
    path = tmp_path / "通报.docx"
    doc.save(str(path))
    result = ingest_one(path)
    assert result.masthead is not None
    masthead = result.masthead
    assert (masthead.name, masthead.issue, masthead.date) == ("临江政务通报", "第12期", "2024-03-08")
    assert masthead.issuer is not None and masthead.issuer.startswith("临江市人民政府办公室")
    assert _titles(result) == ["周立新同志在全市一季度经济运行调度会上的讲话"]
    speech = result.articles[0]
    assert (speech.published, speech.date_basis) == ("2024-03-08", "masthead")
    texts = [p.text for p in speech.passages]
    assert "一、正视差距，稳住工业基本盘" in texts and "二、压实责任，确保一季度开门红" in texts
    assert any(t.startswith("（一）抓好龙头企业稳产") for t in texts)
    assert "主送" not in speech.text and "抄送" not in speech.text


def test_briefing_issuer_and_date_on_one_line_with_bold_titles(tmp_path: Path) -> None:
    path = tmp_path / "简报.txt"
    path.write_text(
        "工作简报\n第5期\n北川县发展和改革局　　　　2023年11月20日\n\n"
        "**北川县召开重点项目建设推进会**\n"
        "11月16日，北川县召开重点项目建设推进会，今年全县列入省市重点项目21个，累计完成投资38.6亿元。\n"
        "会议要求，各项目业主单位要倒排工期，确保年底前完成全年目标任务。（县发改局）\n\n"
        "**曲山镇开展冬季安全生产大检查**\n"
        "近日，曲山镇组织应急、市场监管等部门开展冬季安全生产大检查，排查整改隐患23处。\n"
        "下一步，该镇将持续开展“回头看”，确保隐患整改到位。（曲山镇人民政府）\n",
        encoding="utf-8",
    )
    result = ingest_one(path)
    assert result.masthead is not None
    assert (result.masthead.issuer, result.masthead.date) == ("北川县发展和改革局", "2023-11-20")
    assert _titles(result) == ["北川县召开重点项目建设推进会", "曲山镇开展冬季安全生产大检查"]
    assert [a.contributor for a in result.articles] == ["县发改局", "曲山镇人民政府"]
    assert all((a.published, a.date_basis) == ("2023-11-20", "masthead") for a in result.articles)
    assert all("2023年11月20日" not in a.text for a in result.articles)


NEWS_PAGE = """汉阴日报　2023年4月12日　星期三

双乳镇春茶开采 茶农喜获丰收
本报讯（记者 李文静 通讯员 赵一鸣）4月10日，双乳镇万亩茶园迎来春茶开采，茶农们穿梭在茶垄间采摘新芽。
今年，该镇新建标准化茶园1200亩，预计春茶产量达85吨，产值突破3000万元。
今年，该镇新建标准化茶园1200亩，预计春茶产量达85吨，产值突破3000万元。
镇党委书记表示，将持续做强茶产业，带动群众增收致富。
图为茶农在双乳镇茶园采摘春茶。
记者 孙浩 摄

县人社局举办春风行动招聘会
本报讯 4月8日，县人社局在城关广场举办专场招聘会，46家企业提供就业岗位1800余个。
据了解，今年以来全县已举办各类招聘活动12场，帮助1500余名群众实现就业。

简讯
◆ 4月9日，县市场监管局对城区12家学校食堂开展食品安全专项检查，督促整改问题7个。
■ 4月10日，县交通运输局启动农村公路春季养护行动，计划整治路面坑槽3600平方米。
◆ 4月11日，县图书馆举办全民阅读活动，发放图书2000余册。
"""


def test_gb18030_newspaper_page_titles_leads_caption_and_brief_list(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(NEWS_PAGE.encode("gb18030"))
    result = ingest_one(path)
    assert result.encoding in ("gbk", "gb18030")
    assert result.masthead is not None and result.masthead.name == "汉阴日报"
    assert result.published == "2023-04-12"
    tea, jobs, *briefs = result.articles
    assert (tea.title, jobs.title) == ("双乳镇春茶开采 茶农喜获丰收", "县人社局举办春风行动招聘会")
    assert tea.byline == "记者 李文静 通讯员 赵一鸣"
    assert tea.captions == ["图为茶农在双乳镇茶园采摘春茶。 记者 孙浩 摄"]
    assert tea.dropped_repeats == 1 and len(tea.passages) == 3
    assert tea.text.count("标准化茶园1200亩") == 1 and "带动群众增收致富" in tea.text
    assert "招聘会" not in tea.text and "简讯" not in jobs.text and "◆" not in jobs.text
    assert len(briefs) == 3 and all(a.column == "简讯" for a in briefs)
    assert [a.text[:5] for a in briefs] == ["4月9日，", "4月10日", "4月11日"]
    assert all(a.date_basis == "masthead" for a in result.articles)
    assert briefs[0].events and briefs[0].events[0].start == "2023-04-09"


COLLECTION = """# 2023年度部门工作总结汇编

## 目录

1. 2023年滨州市商务工作总结……3
2. 2023年沾化区农业农村工作总结……9
3. 惠民县教育工作年度综述……15

**2023年滨州市商务工作总结**

2023年，全市商务系统坚持稳中求进工作总基调，全年实现社会消费品零售总额1356亿元，同比增长8.1%。

**一、主要工作成效**

（一）消费市场持续回暖。全年组织促消费活动120余场，发放消费券1.2亿元。

**二、2024年工作打算**

2024年，将围绕扩内需、稳外贸，全力推动商务经济高质量发展。

**2023年沾化区农业农村工作总结**

2023年，沾化区粮食总产达到41.2万吨，冬枣种植面积稳定在50万亩。

**一、主要工作成效**

全区新建高标准农田5.6万亩，培育省级以上龙头企业8家。

**惠民县教育工作年度综述**

一年来，惠民县新建改扩建中小学8所，新增学位4200个。

全县教师培训覆盖率达到100%，教育教学质量稳步提升。
"""


def test_markdown_collection_with_bold_only_titles_and_toc(tmp_path: Path) -> None:
    path = tmp_path / "汇编.md"
    path.write_text(COLLECTION, encoding="utf-8")
    result = ingest_one(path)
    assert _titles(result) == ["2023年滨州市商务工作总结", "2023年沾化区农业农村工作总结", "惠民县教育工作年度综述"]
    commerce = result.articles[0]
    assert "一、主要工作成效" in [p.text for p in commerce.passages]
    assert "二、2024年工作打算" in [p.text for p in commerce.passages]
    assert not any("……" in a.text or "目录" in a.text or "**" in a.text for a in result.articles)
    assert all(a.date_basis == "none" for a in result.articles)


DIGEST = """【項目建設】
高新區智能製造產業園一期竣工
12月28日，高新區智能製造產業園一期項目竣工投用，總投資6.8億元，已簽約入駐企業15家。
（高新區經濟發展局）

【招商引資】
高新區與3家企業集中簽約
12月30日，高新區舉行重點項目集中簽約儀式，3個項目總投資22億元。
（高新區招商服務中心）

【黨建引領】
高新區召開年度黨建工作述職評議會
1月2日，高新區黨工委召開2023年度基層黨組織書記抓黨建工作述職評議會。
（高新區黨政辦公室）
"""


def test_digest_with_column_tags_on_their_own_lines(tmp_path: Path) -> None:
    path = tmp_path / "digest.txt"
    path.write_text(DIGEST, encoding="utf-8")
    (tmp_path / "digest.txt.meta.yaml").write_text("date: 2024-01-04\n", encoding="utf-8")
    result = ingest_one(path)
    assert _titles(result) == ["高新区智能制造产业园一期竣工", "高新区与3家企业集中签约", "高新区召开年度党建工作述职评议会"]
    assert [a.column for a in result.articles] == ["项目建设", "招商引资", "党建引领"]
    assert [a.contributor for a in result.articles] == ["高新区经济发展局", "高新区招商服务中心", "高新区党政办公室"]
    assert all(a.converted_from_traditional and len(a.passages) == 1 for a in result.articles)
    assert result.articles[0].events[0].start == "2023-12-28"
    assert result.articles[2].events[0].start == "2024-01-02"


LIST_PAGE = """<html><head><meta charset="utf-8"><title>工作动态_永丰县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a></div>
<div class="content"><h1>工作动态</h1>
<div class="item"><h3>永丰县召开防汛工作部署会</h3><p class="date">2024-05-06</p>
<p>5月5日，永丰县召开防汛工作部署会，要求各乡镇全面排查山洪地质灾害隐患点112处。</p></div>
<div class="item"><h3>永丰县新增2家省级专精特新企业</h3><p class="date">2024-05-04</p>
<p>近日，省工业和信息化厅公布2024年第一批专精特新中小企业名单，永丰县2家企业入选，全县累计达到17家。</p></div>
<div class="item"><h3>佐龙乡开展农村人居环境整治</h3><p class="date">2024-05-03</p>
<p>5月2日，佐龙乡组织干部群众300余人开展人居环境整治，清理垃圾40余吨。</p></div>
</div><div class="footer">主办：永丰县人民政府办公室 版权所有</div></body></html>"""


def test_html_list_page_with_several_short_items(tmp_path: Path) -> None:
    path = tmp_path / "list.html"
    path.write_text(LIST_PAGE, encoding="utf-8")
    result = ingest_one(path)
    assert _titles(result) == ["永丰县召开防汛工作部署会", "永丰县新增2家省级专精特新企业", "佐龙乡开展农村人居环境整治"]
    assert [(a.published, a.date_basis) for a in result.articles] == [
        ("2024-05-06", "dateline"), ("2024-05-04", "dateline"), ("2024-05-03", "dateline")]
    assert not any("首页" in a.text or "版权所有" in a.text for a in result.articles)
    assert result.articles[1].events == [] or result.articles[1].events[0].start is None


INFO_BULLETIN = """政务信息
2024年第8期（总第156期）
宁远县人民政府办公室　　　　2024年4月2日

本期要目
宁远县一季度经济运行稳中向好
舜陵街道推进老旧小区改造

宁远县一季度经济运行稳中向好
一季度，全县实现地区生产总值86.3亿元，同比增长5.9%。规模以上工业增加值增长7.2%。
从主要指标看，社会消费品零售总额增长6.1%，城乡居民人均可支配收入增长4.8%。（县统计局）

舜陵街道推进老旧小区改造
今年，舜陵街道计划改造老旧小区14个，涉及居民2100户，目前已完成开工9个。
街道将加强施工质量监管，确保6月底前全部完工。（舜陵街道办事处）

抄送：县委办公室，县人大常委会办公室，县政协办公室。
"""


def test_bulletin_with_year_issue_and_unnumbered_contents(tmp_path: Path) -> None:
    path = tmp_path / "政务信息.txt"
    path.write_text(INFO_BULLETIN, encoding="utf-8")
    result = ingest_one(path)
    assert result.masthead is not None
    assert (result.masthead.name, result.masthead.issue) == ("政务信息", "2024年第8期（总第156期）")
    assert result.masthead.date == "2024-04-02"
    assert _titles(result) == ["宁远县一季度经济运行稳中向好", "舜陵街道推进老旧小区改造"]
    assert [a.contributor for a in result.articles] == ["县统计局", "舜陵街道办事处"]
    assert not any("本期要目" in a.text or "抄送" in a.text for a in result.articles)
    assert [len(a.passages) for a in result.articles] == [2, 2]


WEB_ARTICLE = """<html><head><meta charset="utf-8"><title>石泉县召开春季农业生产推进会_石泉县人民政府</title></head>
<body><div class="header"><a href="/">网站首页</a> <a href="/news">新闻中心</a></div>
<div class="article"><h2>石泉县召开春季农业生产推进会</h2>
<div class="info">发布时间：2024-03-02 10:20　来源：石泉县融媒体中心</div>
<p>3月1日，石泉县召开春季农业生产推进会，安排部署春耕备耕工作。今年全县计划粮食播种面积21.5万亩。</p>
<p>会议要求，各镇要抓好种子、化肥等农资供应，确保春耕生产有序推进。</p>
<p>（责任编辑：王敏）</p></div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/a">石泉县开展植树活动</a></li></ul></div>
</body></html>"""


def test_web_article_info_line_and_editor_credit(tmp_path: Path) -> None:
    path = tmp_path / "article.html"
    path.write_text(WEB_ARTICLE, encoding="utf-8")
    result = ingest_one(path)
    assert _titles(result) == ["石泉县召开春季农业生产推进会"]
    article = result.articles[0]
    assert (article.published, article.date_basis, article.source) == ("2024-03-02", "dateline", "石泉县融媒体中心")
    assert len(article.passages) == 2 and "责任编辑" not in article.text and "植树" not in article.text
    assert article.events[0].start == "2024-03-01"
