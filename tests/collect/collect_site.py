"""The test news site: two columns with pagination, a feed, a sitemap, and article pages.

Article bodies are the real pages of ``../shared/dev/html`` (read at run time) plus a few built here.
The briefing week is 2023-W02 (2023-01-09 … 2023-01-15).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from collect_server import Site

ROOT = Path(__file__).resolve().parents[2]
WEEK = "2023-W02"
MONDAY, SUNDAY = dt.date(2023, 1, 9), dt.date(2023, 1, 15)
DEV_PAGES = ["gne/shanxi/1.html", "gne/gzggw/1.html", "gne/zsnews/1.html", "gne/cjn/1.html",
             "gne/people/1.html", "gne/xinhuanet/1.html", "gne/gsc/1.html", "gne/cjddsb/1.html"]


def dev_html_dir() -> Path:
    """Return ``../shared/dev/html``; a missing folder is an error, not a skip."""
    env = os.environ.get("BRIEFGEN_SHARED")
    candidates = [Path(env)] if env else [ROOT.parent / "shared", ROOT.parent.parent / "shared"]
    for shared in candidates:
        if (shared / "dev" / "html" / "gold.tsv").is_file():
            return shared / "dev" / "html"
    raise FileNotFoundError(f"../shared/dev/html not found (looked in {candidates}); set BRIEFGEN_SHARED")


def dev_page(name: str) -> bytes:
    """Return the bytes of one real page of the development set."""
    return (dev_html_dir() / name).read_bytes()


def article(title: str, day: dt.date, text: str, charset: str = "utf-8") -> bytes:
    """Return a small article page built in code, encoded in ``charset``."""
    html = (f'<html><head><meta charset="{charset}"><title>{title}_安康市人民政府</title></head><body>'
            f'<div class="nav"><a href="/">首页</a></div><h1>{title}</h1>'
            f'<div class="info">发布时间：{day.isoformat()} 来源：市政府办公室</div>'
            f'<div class="content"><p>{text}</p><p>{text}会议要求，各县区要抓好落实，确保取得实效。</p></div>'
            '</body></html>')
    return html.encode(charset)


@dataclass
class Story:
    """One article of the site: path, date, and whether it belongs to the briefing week."""

    path: str
    day: dt.date

    @property
    def in_week(self) -> bool:
        """Return True when the article was published in 2023-W02."""
        return MONDAY <= self.day <= SUNDAY


def _row(href: str, title: str, day: dt.date) -> str:
    return f'<li><a href="{href}">{title}</a><span class="date">{day.isoformat()}</span></li>'


def _list_page(rows: list[str], next_href: str | None) -> str:
    nav = f'<div class="page"><a href="{next_href}">下一页</a></div>' if next_href else ""
    return (f'<html><head><meta charset="utf-8"><title>要闻</title></head><body>'
            f'<div class="menu"><a href="/">首页</a><a href="/yaowen/index.html">要闻</a></div>'
            f'<ul class="list">{"".join(rows)}</ul>{nav}</body></html>')


def build_clean_site(site: Site) -> list[Story]:
    """Serve two paginated columns whose articles are the real dev pages; return every story."""
    days = [dt.date(2023, 1, 15), dt.date(2023, 1, 13), dt.date(2023, 1, 11), dt.date(2023, 1, 9),
            dt.date(2023, 1, 8), dt.date(2023, 1, 6), dt.date(2023, 1, 16), dt.date(2023, 1, 10)]
    stories = [Story(f"/art/2023/{n}.html", day) for n, day in enumerate(days, 1)]
    for story, name in zip(stories, DEV_PAGES, strict=True):
        site.add(story.path, dev_page(name))
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    # 要闻: page 1 (relative links), page 2, page 3 older than the week, page 4 must never be read
    rows = [_row(f"../art/2023/{n}.html", f"要闻标题第{n}条的内容", stories[n - 1].day) for n in (7, 1, 2)]
    site.add("/yaowen/index.html", _list_page(rows, "index_1.html"))
    rows = [_row(f"/art/2023/{n}.html#top", f"要闻标题第{n}条的内容", stories[n - 1].day) for n in (3, 4, 5)]
    site.add("/yaowen/index_1.html", _list_page(rows, "index_2.html"))
    rows = [_row("/art/2023/6.html", "要闻标题第6条的内容", stories[5].day)]
    site.add("/yaowen/index_2.html", _list_page(rows, "index_3.html"))
    site.add("/yaowen/index_3.html", _list_page([], None))
    # 部门动态: duplicates of 要闻 articles (absolute URL) plus one of its own
    base = site.url("")
    rows = [_row(f"{base}/art/2023/1.html", "要闻标题第1条的内容", stories[0].day),
            _row("../art/2023/8.html", "部门动态第8条的内容", stories[7].day),
            _row("../art/2023/4.html", "要闻标题第4条的内容", stories[3].day)]
    site.add("/bumen/index.html", _list_page(rows, None))
    return stories


def rss(site: Site, items: list[tuple[str, str]]) -> str:
    """Return an RSS 2.0 feed of (path, RFC 822 date) items."""
    body = "".join(f"<item><title>t</title><link>{site.url(p)}</link><pubDate>{d}</pubDate></item>"
                   for p, d in items)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>f</title>{body}</channel></rss>'


def sitemap(site: Site, items: list[tuple[str, str]]) -> str:
    """Return a sitemap of (path, lastmod) entries."""
    body = "".join(f"<url><loc>{site.url(p)}</loc><lastmod>{d}</lastmod></url>" for p, d in items)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'


WEEK_STORIES = [  # (date, title, lead) — six of 2023-W02, three outside it
    (dt.date(2023, 1, 9), "安康市召开全市经济运行调度会",
     "1月9日，市政府召开全市经济运行调度会，要求各县区抓住一季度开局，全力以赴稳增长。"),
    (dt.date(2023, 1, 10), "汉滨区集中开工重点项目32个",
     "1月10日，汉滨区举行重点项目集中开工活动，32个项目总投资86亿元。"),
    (dt.date(2023, 1, 11), "紫阳县发放富硒茶产业贷款",
     "1月11日，紫阳县向茶农和合作社发放富硒茶产业贷款1.2亿元，支持茶园提质增效。"),
    (dt.date(2023, 1, 12), "瀛湖水质保持国家二类标准",
     "1月12日，市生态环境局通报，瀛湖库区水质持续保持国家二类标准，入库河流断面全部达标。"),
    (dt.date(2023, 1, 13), "安康市发放春节困难群众救助金",
     "1月13日，市民政局向全市困难群众发放春节救助金2300万元，惠及4.6万人。"),
    (dt.date(2023, 1, 15), "岚皋县南宫山景区迎来冰雪游客",
     "1月15日，岚皋县南宫山景区接待冰雪游客1.8万人次，旅游收入920万元。"),
    (dt.date(2023, 1, 6), "石泉县召开安全生产工作会议",
     "1月6日，石泉县召开安全生产工作会议，部署春节前后安全生产工作。"),
    (dt.date(2023, 1, 16), "平利县启动春季植树造林",
     "1月16日，平利县启动春季植树造林，计划新造林3万亩。"),
    (dt.date(2023, 1, 3), "白河县开展营商环境评价",
     "1月3日，白河县开展营商环境评价，收集企业意见建议126条。"),
]


def build_week_site(site: Site) -> list[Story]:
    """Serve the week's 安康 news in two paginated columns (one duplicate) and a feed; return the stories."""
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    stories = []
    for n, (day, title, lead) in enumerate(WEEK_STORIES, 1):
        path = f"/Content-{2060000 + n}.html"
        site.add(path, article(title, day, lead))
        stories.append(Story(path, day))
    rows = [_row(s.path.lstrip("/"), WEEK_STORIES[i][1], s.day) for i, s in enumerate(stories)]
    site.add("/Node-1466.html", _list_page([rows[7], rows[5], rows[4], rows[3]], "Node-1466_2.html"))
    site.add("/Node-1466_2.html", _list_page([rows[2], rows[1], rows[6], rows[8]], None))
    site.add("/Node-1470.html", _list_page([rows[3], rows[0]], None))  # 部门动态: rows[3] again
    return stories
