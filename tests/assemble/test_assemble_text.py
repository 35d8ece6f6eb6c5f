"""Text shaping: sentences, cuts, headlines from leads, trailing source notes, figure spans."""

from __future__ import annotations

import pytest

from briefgen.assemble.text import (
    closed,
    cut_at_clause,
    figure_spans,
    fit_sentences,
    headline_from_lead,
    sentences,
    split_trailing_note,
)


def test_sentences_keep_closing_quotes() -> None:
    assert sentences("他说：“好。”随后离开。尾巴") == ["他说：“好。”", "随后离开。", "尾巴"]


@pytest.mark.parametrize(
    ("lead", "headline"),
    [
        (
            "1月3日，开发区党工委书记周童到德孝苑养老院调研，王飞陪同。",
            "开发区党工委书记周童到德孝苑养老院调研",
        ),
        (
            "2023年8月至11月，在50余名普查员的共同努力下，经开区完成了全面清查工作。",
            "经开区完成全面清查工作",
        ),
        (
            "为深入学习党的二十大精神，推动从严治党，1月2日下午，向阳街道召开动员会。",
            "向阳街道召开动员会",
        ),
        ("近日，市政府召开第十五次常务会议。", "市政府召开第十五次常务会议"),
    ],
)
def test_headline_skips_time_and_purpose(lead: str, headline: str) -> None:
    assert headline_from_lead(lead) == headline


def test_long_headline_is_cut_at_a_list_mark() -> None:
    lead = "经开区顺利完成了5000余家法人、产业活动单位、个体经营户的全面清查。"
    assert headline_from_lead(lead) == "经开区顺利完成5000余家法人、产业活动单位"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推动经济高质量发展。(开发区经济发展部)", ("推动经济高质量发展。", "开发区经济发展部")),
        ("推动发展。（向阳街道办事处、集团公司）", ("推动发展。", "向阳街道办事处、集团公司")),
        ("增长了（同比）", ("增长了（同比）", None)),
        ("（全文完）", ("（全文完）", None)),
        ("说明。（" + "长" * 40 + "）", ("说明。（" + "长" * 40 + "）", None)),
    ],
)
def test_trailing_note(text: str, expected: tuple[str, str | None]) -> None:
    assert split_trailing_note(text) == expected


def test_fit_sentences_keeps_paragraphs_and_whole_sentences() -> None:
    assert fit_sentences(["一二三。四五六。", "七八九。"], 8) == ["一二三。四五六。"]
    assert fit_sentences(["一二三。", "四五六。七八九。"], 9) == ["一二三。", "四五六。"]


def test_fit_sentences_cuts_a_long_sentence_when_too_little_is_kept() -> None:
    parts = ["一二三。", "四五六七，八九十一二三四五六七八九十。"]
    assert fit_sentences(parts, 12) == ["一二三。"]
    assert fit_sentences(parts, 12, least=8) == ["一二三。", "四五六七……"]


def test_overlong_sentence_is_cut_at_a_clause_with_a_mark() -> None:
    cut = cut_at_clause("一二三四五六，七八九十一二三四五六七八九十", 12)
    assert cut == "一二三四五六……"
    assert fit_sentences(["一二三四五六，七八九十一二三四五六七八九十。"], 12, least=1) == [cut]


def test_figure_spans_prefer_longest_and_do_not_overlap() -> None:
    spans = figure_spans("同比增长7.8%、40.9%", ["7.8%", "同比增长7.8%", "40.9%", ""])
    assert [(s["kind"], s["text"]) for s in spans] == [
        ("figure", "同比增长7.8%"),
        ("text", "、"),
        ("figure", "40.9%"),
    ]
    assert "".join(s["text"] for s in spans) == "同比增长7.8%、40.9%"


def test_a_run_of_dots_after_chinese_text_prints_as_an_ellipsis() -> None:
    assert closed("重大项目也在密切跟进中....。") == "重大项目也在密切跟进中……"
    assert closed("正在跟进中。。。") == "正在跟进中……"
    assert closed("增长1.5%，") == "增长1.5%。" and closed("他说……我们") == "他说……我们"


def test_ascii_question_and_exclamation_marks_after_chinese_print_full_width() -> None:
    assert closed("取得了什么进展?太好了!我们") == "取得了什么进展？太好了！我们"
    assert closed("详见 http://a.com/x?id=1 。Hello!") == "详见 http://a.com/x?id=1 。Hello!"
