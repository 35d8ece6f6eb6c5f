"""xml_safe drops what XML 1.0 cannot hold and keeps everything else."""

from __future__ import annotations

from briefgen.render.docx.text import xml_safe


def test_control_characters_are_dropped() -> None:
    assert xml_safe("a\x00b\x01c\x08d\x0be\x0cf\x1fg\rh") == "abcdefgh"


def test_tab_and_newline_stay() -> None:
    assert xml_safe("甲\t乙\n丙") == "甲\t乙\n丙"


def test_noncharacters_and_lone_surrogates_are_dropped() -> None:
    assert xml_safe("a\ufffeb\uffffc\ud800d\udfffe") == "abcde"


def test_markup_and_cjk_pass_through() -> None:
    text = "{{ 7*7 }} <b>&amp; ]]> 〇一、（一）—— \u3000 😀"
    assert xml_safe(text) == text
