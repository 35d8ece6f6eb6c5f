"""Link discovery: list pages (relative links, dates in rows, next page), feeds, sitemaps, dates."""

from __future__ import annotations

import datetime as dt

from briefgen.collect.dates import date_in_text, date_in_url, date_of_feed, date_of_page
from briefgen.collect.feeds import feed_links, parse_xml, sitemap_links
from briefgen.collect.links import list_links, next_page, parse_html

BASE = "http://127.0.0.1:9/news/list/index.html"
LIST = """<html><body>
<div class="menu"><a href="/">首页</a><a href="/news/">新闻</a><a href="javascript:void(0)">打印</a></div>
<ul class="list">
<li><a href="../a/1.html">安康市召开全市经济运行调度会</a><span>2023-01-12</span></li>
<li><a href="/news/a/2.html#p">汉滨区推进重点项目建设</a><span>2023年1月9日</span></li>
<li><a href="http://other.example/x.html">外站的一条很长的新闻标题</a><span>2023-01-10</span></li>
<li><a href="../a/report.pdf">附件：年度报告全文下载</a><span>2023-01-10</span></li>
</ul>
<div class="pages"><a href="index_1.html">下一页</a></div>
</body></html>"""


def test_list_links_resolve_relative_links_and_read_row_dates(settings):
    links = list_links(parse_html(LIST), BASE, settings)
    assert [(lk.url, lk.date) for lk in links] == [
        ("http://127.0.0.1:9/news/a/1.html", dt.date(2023, 1, 12)),
        ("http://127.0.0.1:9/news/a/2.html", dt.date(2023, 1, 9)),
    ]


def test_selector_and_pattern_choose_the_links(settings):
    root = parse_html(LIST)
    picked = list_links(root, BASE, settings, selector="div.menu")
    assert [lk.url for lk in picked] == ["http://127.0.0.1:9/", "http://127.0.0.1:9/news/"]
    assert [lk.url for lk in list_links(root, BASE, settings, pattern=r"/a/2\.html")] == [
        "http://127.0.0.1:9/news/a/2.html"]


def test_date_pattern_reads_unusual_dates(settings):
    html = '<ul><li><a href="/a/9.html">安康市政府常务会议召开</a><i>[23.01.14]</i></li></ul>'
    links = list_links(parse_html(html), BASE, settings, date_pattern=r"\[(\d{2})\.(\d{2})\.(\d{2})\]")
    assert links[0].date == dt.date(2023, 1, 14)
    assert list_links(parse_html(html), BASE, settings)[0].date is None


def test_next_page(settings):
    assert next_page(parse_html(LIST), BASE, settings) == "http://127.0.0.1:9/news/list/index_1.html"
    assert next_page(parse_html("<a href='x.html'>更多</a>"), BASE, settings) is None


def test_rss_and_atom_entries():
    rss = b"""<?xml version="1.0"?><rss><channel><item><title>t</title><link>/a/1.html</link>
    <pubDate>Wed, 11 Jan 2023 09:30:00 +0800</pubDate></item></channel></rss>"""
    assert [(lk.url, lk.date) for lk in feed_links(parse_xml(rss), BASE)] == [
        ("http://127.0.0.1:9/a/1.html", dt.date(2023, 1, 11))]
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title>
    <link rel="alternate" href="http://127.0.0.1:9/b.html"/><updated>2023-01-13T08:00:00Z</updated></entry></feed>"""
    assert [(lk.url, lk.date) for lk in feed_links(parse_xml(atom), BASE)] == [
        ("http://127.0.0.1:9/b.html", dt.date(2023, 1, 13))]


def test_sitemap_and_sitemap_index():
    urlset = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <url><loc>http://127.0.0.1:9/a.html</loc><lastmod>2023-01-10</lastmod></url></urlset>"""
    pages, children = sitemap_links(parse_xml(urlset), BASE)
    assert [(p.url, p.date, p.modified) for p in pages] == [
        ("http://127.0.0.1:9/a.html", None, dt.date(2023, 1, 10))]  # lastmod is no publication date
    assert children == []
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>http://127.0.0.1:9/s1.xml</loc></sitemap></sitemapindex>"""
    assert sitemap_links(parse_xml(index), BASE) == ([], ["http://127.0.0.1:9/s1.xml"])


def test_dates_in_text_urls_feeds_and_pages(settings):
    assert date_in_text("发布时间：2023年1月7日 10:00") == dt.date(2023, 1, 7)
    assert date_in_text("2023-02-30 不是日期") is None
    assert date_in_url("http://x.cn/html/2023-01/07/content_1.htm") == dt.date(2023, 1, 7)
    assert date_in_url("http://x.cn/art/t20230109_123456.html") == dt.date(2023, 1, 9)
    assert date_in_url("http://x.cn/Content-2060366.html") is None
    assert date_of_feed("Mon, 09 Jan 2023 08:00:00 GMT") == dt.date(2023, 1, 9)
    page = parse_html('<html><head><meta name="PubDate" content="2023-01-08 09:00"></head><body>x</body></html>')
    assert date_of_page(page, settings.date_labels, settings.date_meta) == dt.date(2023, 1, 8)
    page = parse_html("<html><body><p>会议于2022年12月1日召开</p><p>发布日期：2023/01/10</p></body></html>")
    assert date_of_page(page, ("发布日期",), settings.date_meta) == dt.date(2023, 1, 10)
