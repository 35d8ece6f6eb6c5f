"""A saved page's publication date: what its markup states beats a date the extractor took from related items."""

from __future__ import annotations

import lxml.html

from briefgen.readers import read_path
from briefgen.readers.html_dates import date_evidence
from briefgen.readers.html_dom import prune
from briefgen.readers.infoline import read_info_line

RELATED = """<html><head><title>逆水寒新版本上线</title>{head}</head><body>
<h1>逆水寒新版本上线</h1><p>正文第一段，说明新版本的内容。</p>
<ul class="list"><li>另一条资讯<time>2019-09-04</time></li></ul>{script}</body></html>"""


def _evidence(head: str = "", script: str = ""):
    html = RELATED.format(head=head, script=script)
    return date_evidence(lxml.html.document_fromstring(html), html)


def test_a_json_publication_field_beats_a_related_items_date() -> None:
    evidence = _evidence(script='<script type="application/ld+json">{"pubDate": "2019-09-05T11:10:52"}</script>')
    assert evidence.choose("2019-09-04") == "2019-09-05"


def test_a_publication_meta_beats_a_related_items_date() -> None:
    evidence = _evidence(head='<meta property="article:published_time" content="2019-09-05T08:00:00+08:00">')
    assert evidence.choose("2019-09-04") == "2019-09-05"


def test_a_modified_or_updated_meta_is_not_a_publication_date() -> None:
    for name in ("article:modified_time", "dateUpdate"):
        evidence = _evidence(head=f'<meta itemprop="{name}" content="2019-09-06">')
        assert evidence.choose("2019-09-04") == "2019-09-04", name


def test_a_wechat_creation_stamp_dates_a_page_that_only_says_yesterday() -> None:
    script = '<em id="publish_time">昨天</em><script>var ct = "1581442200";</script>'
    evidence = _evidence(script=script)
    assert evidence.marked == ["2020-02-12"]  # 01:30 in China, still the 11th in UTC
    assert evidence.choose("2020-02-12") == "2020-02-12"


def test_a_date_the_page_neither_shows_nor_marks_is_not_taken() -> None:
    evidence = _evidence(head='<meta name="firstpublishedtime" content="2007-08-20-23:59:59">')
    assert evidence.choose("2023-10-23") is None  # a crawl date: nowhere on the page
    assert evidence.choose(None) is None


def test_a_two_digit_year_in_a_labelled_date_field() -> None:
    assert read_info_line("发布时间：18-03-08 23:16") == ("2018-03-08", None)
    assert read_info_line("发布时间：18-13-08") is None
    assert read_info_line("18-03-08 23:16") is None  # unlabelled: could be anything


HEADER_PAGE = """<html><head><title>这款休闲裤太帅了，让你时尚穿着_百家号</title></head><body>
<div class="site-header"><a href="/">百家号</a><a>登录</a></div>
<div class="article_header"><h2>这款休闲裤太帅了，让你时尚穿着</h2>
<div class="source"><span class="date">发布时间：18-03-08</span><span class="time">23:16</span></div></div>
<div class="content"><p>水洗工艺，最大程度凸显你腿部长度，长期穿着也不会觉得粘肤难受。</p>
<p>简洁的纯色裤身设计，微胖男士也能穿出显瘦身材，宽松舒适。</p></div></body></html>"""


def test_an_article_header_holding_the_headline_is_kept_a_site_header_is_not() -> None:
    root = lxml.html.document_fromstring(HEADER_PAGE)
    prune(root, "这款休闲裤太帅了，让你时尚穿着_百家号")
    kept = [e.get("class") for e in root.iter("div")]
    assert "article_header" in kept and "site-header" not in kept
    root = lxml.html.document_fromstring(HEADER_PAGE)
    prune(root, "百家号")  # a <title> that does not name the heading: a header like any other
    assert "article_header" not in [e.get("class") for e in root.iter("div")]


def test_the_info_line_in_an_article_header_dates_the_page(write) -> None:
    doc = read_path(write("p.html", HEADER_PAGE.encode("utf-8")))
    assert doc.title == "这款休闲裤太帅了，让你时尚穿着"
    assert "发布时间：18-03-08" in [b.text for b in doc.blocks]


STAMPED = """<html><head><title>某县新闻发布会召开_某县网</title></head><body>
<div class="top"><span>2009年11月12日 星期四 08:15</span></div>
<div class="art"><div class="tit">某县新闻发布会召开</div>
<div class="from">www.example.cn　2009年11月09日11:30　某县网　我要评论(0)</div>
<div class="body"><p>本网讯 11月8日，某县召开新闻发布会，介绍全县经济运行情况。会议通报了前三季度主要经济指标，
并回答了记者提问。</p><p>发布会上，县统计局负责人就农民收入、固定资产投资等情况作了说明。</p></div>
<div class="related"><p>相关新闻</p><ul><li><a href="/a/1.htm">某县召开经济运行分析会</a>（2009-11-03 16:31:00）</li>
<li><a href="/a/2.htm">某县举办招商推介会</a>（2009-11-03 09:05:00）</li></ul></div>
</div></body></html>"""


def test_the_stamp_under_the_headline_beats_a_related_items_date(tmp_path) -> None:
    page = tmp_path / "stamped.html"
    page.write_text(STAMPED, encoding="utf-8")
    evidence = _evidence()
    assert evidence.choose("2019-09-04", "2019-09-05") == "2019-09-05"
    assert evidence.choose(None, "2019-09-05") == "2019-09-05"
    assert read_path(page).meta["page_date"] == "2009-11-09"


def test_a_date_widget_above_the_headline_is_no_stamp(tmp_path) -> None:
    page = tmp_path / "widget.html"
    page.write_text(STAMPED.replace("2009年11月09日11:30", "本网"), encoding="utf-8")
    assert read_path(page).meta.get("page_date") != "2009-11-12"


def test_a_source_field_keeps_no_clock_time_of_its_date() -> None:
    assert read_info_line("来源：搜狐娱乐 2009年11月08日11:58") == ("2009年11月08日", "搜狐娱乐")
