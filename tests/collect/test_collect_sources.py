"""Sources as data: profile entries checked with the file named, ``--source`` kinds guessed."""

from __future__ import annotations

import pytest

from briefgen.collect.sources import guess_kind, source_from_entry, source_from_url
from briefgen.errors import ConfigError


@pytest.mark.parametrize(("url", "kind"), [
    ("https://www.ankang.gov.cn/Node-1466.html", "list"),
    ("https://x.cn/sitemap.xml", "sitemap"),
    ("https://x.cn/news/rss.xml", "feed"),
    ("https://x.cn/feed/", "feed"),
    ("http://x.cn/html/%Y-%m/%d/node_1.htm", "epaper"),
    ("http://x.cn/%E6%96%B0%E9%97%BB/index.html", "list"),  # percent-encoding is no date template
])
def test_guess_kind(url, kind):
    assert guess_kind(url) == kind


def test_entry_fields_are_read():
    source = source_from_entry({"url": "https://x.cn/a.html", "name": "要闻", "selector": "ul.list li",
                                "pattern": r"Content-\d+", "delay": 2, "max_pages": 3}, "p.yaml")
    assert (source.label, source.selector, source.delay, source.max_pages) == ("要闻", "ul.list li", 2.0, 3)
    assert source.enabled and source.verified


@pytest.mark.parametrize(("entry", "message"), [
    ({"url": "ftp://x.cn/"}, "应以 http:// 或 https:// 开头"),
    ({"name": "无地址"}, "每项都要有 url"),
    ({"url": "https://x.cn/", "kind": "weibo"}, "kind 只能是"),
    ({"url": "https://x.cn/", "pattern": "(["}, "pattern 不是合法的正则表达式"),
    ({"url": "https://x.cn/", "selector": "ul[["}, "selector 不是合法的 CSS 选择器"),
    ({"url": "https://x.cn/", "delay": "slow"}, "delay 应填秒数"),
    ({"url": "https://x.cn/", "urls": "x"}, "不认识的字段 urls"),
])
def test_bad_entries_name_the_file(entry, message):
    with pytest.raises(ConfigError, match=message) as info:
        source_from_entry(entry, "profiles/ankang.yaml")
    assert str(info.value).startswith("profiles/ankang.yaml：")


def test_source_option_must_be_http():
    with pytest.raises(ConfigError, match="--source"):
        source_from_url("file:///etc/passwd")
