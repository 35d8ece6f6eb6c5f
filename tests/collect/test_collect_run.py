"""A whole collect run against the local sites: range, pagination, duplicates, failures, rerun, storage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from collect_site import MONDAY, SUNDAY, article, build_clean_site, rss, sitemap

from briefgen.collect import Source, collect
from briefgen.collect.store import page_name
from briefgen.corpus import Corpus


def _documents(corpus: Corpus) -> dict[str, str]:
    """Return {url: published} of the stored collected documents (provenance kept in the corpus)."""
    out = {}
    for path, url, fetched, published in corpus.conn.execute(
            "SELECT path, url, fetched, published FROM documents"):
        meta = yaml.safe_load(Path(path + ".meta.yaml").read_text(encoding="utf-8"))
        assert (url, fetched) == (meta["url"], meta["fetched"])
        out[url] = published
    return out


def _columns(site):
    return [Source(site.url("/yaowen/index.html"), name="市政府网·要闻"),
            Source(site.url("/bumen/index.html"), name="市政府网·部门动态")]


def test_week_is_collected_across_pages_and_columns(site, settings, tmp_path):
    stories = build_clean_site(site)
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        report = collect(corpus, "安康市", _columns(site), MONDAY, SUNDAY, settings)
        stored = _documents(corpus)
    wanted = {site.url(s.path): s.day.isoformat() for s in stories if s.in_week}
    assert stored == wanted
    assert report.as_json() == {"found": len(wanted), "new": len(wanted), "known": 0, "failed": []}
    paths = site.paths()
    assert "/yaowen/index_3.html" not in paths  # index_2 shows only older dates: paging stops there
    assert "/art/2023/6.html" not in paths and "/art/2023/7.html" not in paths  # outside the week
    assert all(paths.count(site.url(u)[len(site.base):]) <= 1 for u in wanted)  # duplicates fetched once


def test_pages_are_saved_with_meta_beside_the_corpus(site, settings, tmp_path):
    build_clean_site(site)
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        collect(corpus, "安康市", _columns(site)[:1], MONDAY, SUNDAY, settings)
    url = site.url("/art/2023/1.html")
    page = tmp_path / "collected" / page_name(url)
    meta = yaml.safe_load((page.parent / (page.name + ".meta.yaml")).read_text(encoding="utf-8"))
    assert meta["source"] == "市政府网·要闻" and meta["city"] == "安康市" and meta["url"] == url
    assert meta["date"] == "2023-01-15" and meta["fetched"].startswith(str(dt.date.today().year))
    assert page.read_bytes().count(b"charset") == 1 and b'<meta charset="utf-8">' in page.read_bytes()
    assert not list((tmp_path / "collected").rglob(".part-*"))


def test_second_run_fetches_nothing_new(site, settings, tmp_path):
    build_clean_site(site)
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        first = collect(corpus, "安康市", _columns(site), MONDAY, SUNDAY, settings)
        site.clear()
        again = collect(corpus, "安康市", _columns(site), MONDAY, SUNDAY, settings)
    assert again.as_json() == {"found": first.found, "new": 0, "known": first.found, "failed": []}
    assert site.paths(200) == ["/robots.txt"]
    assert set(site.paths(304)) == {"/yaowen/index.html", "/yaowen/index_1.html", "/yaowen/index_2.html",
                                    "/bumen/index.html"}
    assert all(h.headers.get("If-Modified-Since") for h in site.hits if h.path != "/robots.txt")


def test_empty_corpus_reuses_the_saved_pages(site, settings, tmp_path):
    build_clean_site(site)
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        first = collect(corpus, "安康市", _columns(site), MONDAY, SUNDAY, settings)
    (tmp_path / "c.sqlite").unlink()
    site.clear()
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        again = collect(corpus, "安康市", _columns(site), MONDAY, SUNDAY, settings)
    assert again.new == first.new and not [p for p in site.paths() if p.startswith("/art/")]


def _troubled_site(site):
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    good = article("安康市召开全市经济运行调度会", dt.date(2023, 1, 10), "1月10日，安康市召开全市经济运行调度会，分析研判当前经济形势。")
    gbk = article("汉阴县推进农村人居环境整治", dt.date(2023, 1, 11), "汉阴县扎实推进农村人居环境整治，新建卫生厕所1200座。", "gb2312")
    site.add("/a/good.html", good)
    site.add("/a/gbk.html", gbk, content_type="text/html; charset=utf-8")  # the server lies about it
    site.add("/a/500.html", "err", status=500)
    site.add("/a/loop.html", "", status=302, headers={"Location": "/a/loop2.html"}, conditional=False)
    site.add("/a/loop2.html", "", status=302, headers={"Location": "/a/loop.html"}, conditional=False)
    site.add("/a/huge.html", stream_bytes=50 * 1024 * 1024, declare_length=False)
    site.add("/a/slow.html", good, delay=4.0)
    site.add("/a/empty.html", "<html><body></body></html>")
    site.add("/private/secret.html", good)
    rows = "".join(f'<li><a href="{p}">第{n}条新闻的标题文字</a> 2023-01-1{n % 5}</li>' for n, p in enumerate(
        ["/a/good.html", "/a/gbk.html", "/a/404.html", "/a/500.html", "/a/loop.html", "/a/huge.html",
         "/a/slow.html", "/private/secret.html", "/a/empty.html"]))
    site.add("/list.html", f"<html><body><ul>{rows}</ul></body></html>")


def test_failures_are_reported_in_chinese_and_never_stop_the_run(site, settings, tmp_path):
    _troubled_site(site)
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        report = collect(corpus, "安康市", [Source(site.url("/list.html"))], MONDAY, SUNDAY,
                         settings.with_(timeout=1.0, max_redirects=3))
        texts = [r[0] for r in corpus.conn.execute("SELECT text FROM articles")]
    reasons = {f["url"].rsplit("/", 1)[1]: f["reason"] for f in report.failed}
    assert set(reasons) == {"404.html", "500.html", "loop.html", "huge.html", "slow.html", "secret.html",
                            "empty.html"}
    assert "HTTP 404" in reasons["404.html"] and "HTTP 500" in reasons["500.html"]
    assert "重定向" in reasons["loop.html"] and "大小上限" in reasons["huge.html"]
    assert "超时" in reasons["slow.html"] and "robots.txt" in reasons["secret.html"]
    assert report.found == 9 and report.new == 2
    assert any("新建卫生厕所1200座" in t for t in texts)  # GBK page decoded despite the wrong header
    assert not any(p.name.startswith(".part-") for p in (tmp_path / "collected").rglob("*"))
    assert not (tmp_path / "collected" / page_name(site.url("/a/huge.html"))).exists()


def test_feed_and_sitemap_sources(site, settings, tmp_path):
    site.add("/robots.txt", "", content_type="text/plain")
    for n, day in enumerate([dt.date(2023, 1, 12), dt.date(2023, 1, 2), dt.date(2023, 1, 14)]):
        site.add(f"/f/{n}.html", article(f"安康新闻第{n}条的标题", day, f"安康市第{n}条新闻正文，内容充实。"))
    site.add("/feed.xml", rss(site, [("/f/0.html", "Thu, 12 Jan 2023 09:00:00 +0800"),
                                     ("/f/1.html", "Mon, 02 Jan 2023 09:00:00 +0800")]),
             content_type="application/rss+xml")
    site.add("/f/3.html", article("安康新闻第3条的标题", dt.date(2022, 12, 20), "安康市第3条新闻正文。"))
    site.add("/sitemap.xml", sitemap(site, [("/f/2.html", "2023-02-01"), ("/f/0.html", "2023-01-12"),
                                            ("/f/3.html", "2022-12-21")]),
             content_type="application/xml")
    sources = [Source(site.url("/feed.xml"), kind="feed"), Source(site.url("/sitemap.xml"), kind="sitemap")]
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        report = collect(corpus, "安康市", sources, MONDAY, SUNDAY, settings)
        stored = _documents(corpus)
    assert stored == {site.url("/f/0.html"): "2023-01-12", site.url("/f/2.html"): "2023-01-14"}
    assert report.found == 2 and "/f/1.html" not in site.paths()
    assert "/f/3.html" not in site.paths()  # last changed before the week: cannot be published in it


def test_undated_list_takes_the_page_date(site, settings, tmp_path):
    site.add("/robots.txt", "", content_type="text/plain")
    site.add("/u/in.html", article("旬阳市召开项目建设推进会", dt.date(2023, 1, 13), "旬阳市召开项目建设推进会。"))
    site.add("/u/out.html", article("石泉县召开项目建设推进会", dt.date(2022, 12, 1), "石泉县召开项目建设推进会。"))
    site.add("/u/nodate.html", "<html><body><h1>一条没有日期的新闻标题</h1><p>正文。</p></body></html>")
    rows = "".join(f'<li><a href="/u/{n}.html">第{n}条新闻的标题文字</a></li>' for n in ("in", "out", "nodate"))
    site.add("/u/list.html", f"<html><body><ul>{rows}</ul></body></html>")
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        report = collect(corpus, "安康市", [Source(site.url("/u/list.html"))], MONDAY, SUNDAY, settings)
        stored = _documents(corpus)
    assert stored == {site.url("/u/in.html"): "2023-01-13"}
    assert [f["url"] for f in report.failed] == [site.url("/u/nodate.html")]
    assert "看不出发布日期" in report.failed[0]["reason"]


def test_epaper_days_pages_and_articles(site, settings, tmp_path):
    site.add("/robots.txt", "", content_type="text/plain")
    for day in (dt.date(2023, 1, 10), dt.date(2023, 1, 11)):
        folder = f"/html/{day:%Y-%m}/{day:%d}"
        site.add(f"{folder}/node_1.htm", '<a href="node_2.htm">第02版</a><a href="content_1.htm">头版文章标题</a>')
        site.add(f"{folder}/node_2.htm", '<a href="node_1.htm">第01版</a><a href="content_2.htm">二版文章标题</a>')
        for n in (1, 2):
            site.add(f"{folder}/content_{n}.htm", article(f"安康日报{day.day}日第{n}版文章", day, f"安康日报{day.day}日第{n}版正文。"))
    source = Source(site.url("/html/%Y-%m/%d/node_1.htm"), kind="epaper", name="安康日报",
                    pattern=r"content_\d+\.htm$", pages=r"node_\d+\.htm$")
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        report = collect(corpus, "安康市", [source], MONDAY, SUNDAY, settings)
        stored = _documents(corpus)
    assert report.failed == [] and report.new == 4  # days without a paper (404) are no failure
    assert sorted(stored.values()) == ["2023-01-10", "2023-01-10", "2023-01-11", "2023-01-11"]
