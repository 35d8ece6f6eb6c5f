"""The .html reader: the article body without navigation, footer or related news."""

from __future__ import annotations

from briefgen.readers import read_path

PAGE = """<html><head><meta charset="{charset}"><title>网站 - 安康召开会议</title>
<script>var x = "脚本";</script></head><body>
<div class="nav"><a>首页</a><a>政务要闻</a></div>
<div class="main"><h1>安康召开会议</h1>
<div class="article-content"><p>本报讯 1月5日，全市工作会议召开。</p>
<p>会议要求，抓好落实，确保实效。</p>
<table><tr><td>指标</td><td>数值</td></tr></table></div>
<div class="related-news"><ul><li>相关新闻标题一</li></ul></div>
<p>相关新闻：另一篇报道</p></div>
<div id="footer">版权所有 网站备案号</div></body></html>"""


def test_html_keeps_article_text_only(write) -> None:
    doc = read_path(write("a.html", PAGE.format(charset="utf-8").encode("utf-8")))
    texts = [b.text for b in doc.blocks]
    assert doc.title == "安康召开会议"
    assert texts[0] == "安康召开会议" and doc.blocks[0].kind == "heading"
    assert "本报讯 1月5日，全市工作会议召开。" in texts
    assert "指标　数值" in texts
    joined = "".join(texts)
    for noise in ("首页", "相关新闻", "版权所有", "脚本"):
        assert noise not in joined


def test_html_declared_gbk_is_decoded(write) -> None:
    doc = read_path(write("b.htm", PAGE.format(charset="gb2312").encode("gbk")))
    assert doc.encoding == "gb18030"
    assert any("全市工作会议" in b.text for b in doc.blocks)


ARTICLE_PAGE = """<html><head><meta charset="utf-8">
<title>{page_title}</title></head><body>
<div class="top"><h1 class="logo">{site}</h1><a>首页</a></div>
<div class="wz">当前位置：首页 &gt; 政务要闻 &gt; 县区动态</div>
<div class="con">
{heading}
<div class="xx">发布时间：2023-01-06　　来源：汉阴县政府办　　浏览次数：<span>128</span></div>
<div class="zw"><p>1月5日，汉阴县召开2023年经济工作会议，总结2022年工作，安排部署2023年重点任务。</p>
<p>会议指出，2022年全县生产总值完成126.5亿元，同比增长5.2%；规上工业增加值增长8.1%。</p>
<p>会议要求，各镇各部门要坚定信心，狠抓落实，确保全年目标任务圆满完成。</p></div>
<div class="fy"><p>上一篇：汉阴县开展安全生产大检查</p><p>下一篇：汉阴县召开农业工作会议</p></div>
</div>
<div class="bt"><p>主办单位：汉阴县人民政府办公室　联系电话：0915-5212345</p>
<p>版权所有：汉阴县人民政府　陕ICP备05012345号</p></div></body></html>"""
TITLE = "汉阴县召开2023年经济工作会议"


def _page(write, heading: str, page_title: str = f"{TITLE}_汉阴县人民政府"):
    html = ARTICLE_PAGE.format(page_title=page_title, site="汉阴县人民政府", heading=heading)
    return read_path(write("page.html", html.encode("utf-8")))


def test_article_page_title_is_the_article_heading_not_the_site_logo(write) -> None:
    for heading in (f"<h1>{TITLE}</h1>", f"<h2>{TITLE}</h2>", f'<div class="title">{TITLE}</div>'):
        doc = _page(write, heading)
        assert doc.title == TITLE, heading
        assert (doc.blocks[0].kind, doc.blocks[0].text) == ("heading", TITLE)
        assert [b.text for b in doc.blocks].count(TITLE) == 1


def test_article_page_title_from_page_title_without_site_suffix(write) -> None:
    for page_title in (f"{TITLE}_汉阴县人民政府", f"{TITLE} - 汉阴县人民政府", f"汉阴县人民政府 | {TITLE}"):
        assert _page(write, "", page_title).title == TITLE, page_title


def test_article_page_keeps_only_the_article(write) -> None:
    texts = [b.text for b in _page(write, f"<h1>{TITLE}</h1>").blocks]
    joined = "".join(texts)
    for noise in ("当前位置", "上一篇", "下一篇", "版权所有", "ICP备", "联系电话", "主办单位", "首页"):
        assert noise not in joined, noise
    assert texts[-1].startswith("会议要求")


def test_linked_site_heading_is_not_the_title_even_with_a_fixed_page_title(write) -> None:
    html = ARTICLE_PAGE.format(page_title="汉阴县人民政府", site="汉阴县人民政府", heading=f"<h2>{TITLE}</h2>")
    html = html.replace('<h1 class="logo">汉阴县人民政府</h1>', '<h1><a href="/">汉阴县人民政府网</a></h1>')
    doc = read_path(write("page.html", html.encode("utf-8")))
    assert doc.title == TITLE
    assert "汉阴县人民政府网" not in [b.text for b in doc.blocks]


PROSE = ("新京报快讯（记者 裴剑飞）今日有网友爆料，有60万个“12306账号”和410万条联系人数据在暗网低价出售。",
         "今晚，中国铁路总公司通过官方微博发布辟谣消息称：网传信息不实，铁路12306网站未发生用户信息泄漏。")
WIDGET_PAGE = """<html><head><title>中铁总辟谣称消息不实_新浪财经</title></head><body>
<div class="hq">{rows}</div>
<div class="article"><h1>中铁总辟谣称消息不实</h1><p>{p0}</p>
<div class="img_wrapper"><img src="a.jpg" alt="2019年10月15日，沈阳，晨练的老年人。（视觉中国）">
<span class="img_info">2019年10月15日，沈阳，晨练的老年人。（视觉中国）</span></div>
<div class="video-info"><a href="/v/1.html">视频-中铁总辟谣称消息不实，网传信息不实</a></div>
<p>{p1}</p></div></body></html>"""


def test_the_article_is_where_the_prose_is_not_where_the_most_text_is(write) -> None:
    rows = "".join(f"<p>股票{i:03d} 行情 {i}.{i % 10}0 +{i % 7}.{i % 9}0%</p>" for i in range(60))
    html = WIDGET_PAGE.format(rows=rows, p0=PROSE[0], p1=PROSE[1])
    texts = [b.text for b in read_path(write("w.html", html.encode("utf-8"))).blocks]
    assert texts == ["中铁总辟谣称消息不实", *PROSE]  # no ticker rows, no photo or video caption


SMALL_SITE = """<html><head><title>{page_title}</title></head><body>
<div class="title_la"><h3>首页 - 新闻动态</h3></div>
<div class="news"><{tag}>2019年中国人文地理学术年会在重庆成功举行！</{tag}>
<div class="ly">发布时间：2019-05-18 来源：中国地理学会</div>
<p>5月10-12日，2019年中国人文地理学术年会在重庆·西南大学举行，来自全国的专家学者参加会议。</p>
<p>本次会议由中国地理学会人文地理专业委员会主办，西南大学地理科学学院承办。</p></div></body></html>"""


def test_a_small_sites_headline_in_any_heading_level(write) -> None:
    for tag, page_title in (("h5", "新闻动态--中国地理学会官网"), ("h4", "2019年中国人文地理学术年会在重庆成功举行！-EDN 电子技术设计")):
        html = SMALL_SITE.format(tag=tag, page_title=page_title)
        doc = read_path(write("s.html", html.encode("utf-8")))
        assert doc.title == "2019年中国人文地理学术年会在重庆成功举行！", tag


LINK_TABLE = ('<table><tr><td><a href="/s">站内搜索</a>-<a href="/">首页</a>-<a href="/rss">订阅</a></td></tr>'
              '<tr><td><a href="/a/9.htm">与本文有关的9条新闻(图解)</a></td></tr></table>')
DATA_TABLE = "<table><tr><td>指标</td><td>数值</td></tr><tr><td>生产总值</td><td>126.5亿元</td></tr></table>"


def test_a_table_of_links_inside_the_article_is_a_widget_a_table_of_data_is_not(write) -> None:
    html = ARTICLE_PAGE.format(page_title=f"{TITLE}_汉阴县人民政府", site="汉阴县人民政府", heading=f"<h1>{TITLE}</h1>")
    html = html.replace("</p></div>\n<div class=\"fy\">", f"</p>{LINK_TABLE}{DATA_TABLE}</div>\n<div class=\"fy\">")
    texts = [b.text for b in read_path(write("links.html", html.encode("utf-8"))).blocks]
    assert not any("首页" in t or "图解" in t for t in texts)
    assert any("126.5亿元" in t and "生产总值" in t for t in texts)


def test_a_site_name_before_the_headline_in_the_page_title_is_dropped(write) -> None:
    assert _page(write, "", f"汉阴县人民政府-{TITLE}").title == TITLE
