"""Garbled spans are found by character frequency, not by a list of known strings."""

from __future__ import annotations

from briefgen.ingest.clean.garble import garble_reason, garbled_span


def _mojibake(text: str) -> str:
    """Return UTF-8 text wrongly decoded as GBK, the way old software shows it."""
    return text.encode("utf-8").decode("gbk", errors="replace").replace("\ufffd", "?")


def test_utf8_read_as_gbk_is_flagged() -> None:
    for original in ("活动分为四个环节", "确保规定动作做到位", "高校科研成果转化"):
        assert garbled_span("会议指出，" + _mojibake(original) + "，取得实效。"), original


def test_clean_text_with_rare_names_and_questions_is_not_flagged() -> None:
    for text in ("企业的营业收入有多少?现有员工多少人?", "瀛湖景区、鎏金铜蚕、岚皋县、硒产业和张璟玥出席。",
                 "遇见Cino毛绒盲盒，实现V型增长，5A级景区。", "同比增长40.54%，达到23.35万户。"):
        assert garble_reason(text) is None, text


def test_euro_and_box_characters_inside_chinese() -> None:
    assert garbled_span("拉开序幕€环节") is not None
    assert garbled_span("价格为100€。") is None
