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
