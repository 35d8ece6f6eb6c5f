"""trafilatura's body as reader blocks: line breaks and image blocks keep lines apart."""

from __future__ import annotations

from briefgen.readers.html_extract import extract_main

LINES = ["搭地铁去坐邮轮玩转东南亚！", "去无敌免税城买买买不是梦！", "广州这个超牛的邮轮母港开港时间定了！"]
BODY = ("近日，“广州南沙国际邮轮母港开港倒计时100日”发布会召开，广州南沙国际邮轮母港将于11月17日正式开港，"
        "可停靠目前世界上最大的邮轮，这是国内第一家实现与地铁无缝接驳的邮轮母港。")
PAGE = """<html><head><title>广州南沙邮轮母港即将开通</title></head><body><div class="nav"><a>首页</a></div>
<article><h1>广州南沙邮轮母港即将开通</h1><div class="news_txt">{text}</div></article>
<div class="footer">版权所有</div></body></html>"""


def _texts(text: str) -> list[str]:
    return [b.text for b in extract_main(PAGE.format(text=text)).blocks]


def test_line_breaks_in_the_body_stay_line_breaks() -> None:
    texts = _texts("<br>".join(LINES) + f'<div style="text-align:center"><img src="a.jpg"></div>{BODY}' * 3)
    at = texts.index(LINES[0])
    assert texts[at:at + 3] == LINES


def test_a_block_holding_only_an_image_separates_the_text_around_it() -> None:
    texts = _texts(f'{LINES[0]}<div style="text-align:center;"><img src="a.gif" alt=""></div>{BODY}<p>{BODY}</p>')
    assert LINES[0] in texts and any(t.startswith(BODY) for t in texts)
