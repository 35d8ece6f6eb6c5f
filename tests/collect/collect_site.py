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
