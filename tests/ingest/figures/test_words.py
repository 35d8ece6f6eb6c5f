"""Whole words in figures: jieba boundaries, campaign names, counted nouns (briefgen.ingest.annotate.figures.words)."""

from __future__ import annotations

import pytest

from briefgen.ingest.annotate.figures.extract import extract_figures


def _rows(sentence: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.unit, f.indicator) for f in extract_figures(sentence)]


def test_approximation_word_inside_a_word_is_not_an_approximation() -> None:
    (fig,) = extract_figures("全县家庭医生签约22万人。")
    assert (fig.text, fig.value, fig.approx, fig.indicator) == ("22万人", 220000, None, "家庭医生签约")


def test_indicator_never_ends_in_half_a_word() -> None:
    assert _rows("隆基光伏成功签约12个项目。") == [("12个", "个", "签约项目")]


@pytest.mark.parametrize(
    "sentence",
    [
        "实施“百人包百企”行动。",
        "开展“千企万户行”活动。",
        "深化万人助万企活动。",
        "落实乡村振兴千名领导挂千村工作责任。",
    ],
)
def test_campaign_names_are_not_figures(sentence: str) -> None:
    assert extract_figures(sentence) == []


def test_counted_noun_stays_with_its_number() -> None:
    assert _rows("全年开展干部培训8.5万学时。") == [("8.5万学时", "学时", "干部培训")]


def test_numbers_in_figures_still_count_beside_a_campaign() -> None:
    rows = _rows("“百日攻坚行动”开展以来，排查隐患1200处。")
    assert rows == [("1200处", "处", "排查隐患")]


def test_guessed_tokens_do_not_cut_an_indicator() -> None:
    assert _rows("全市安全隐患整改率达98.6%。")[0][2] == "安全隐患整改率"


@pytest.mark.parametrize("sentence", ["全市第一个智慧停车场建成投用。", "我区建成全省第一家县级数据中心。"])
def test_an_ordinal_with_a_classifier_is_no_rank(sentence: str) -> None:
    assert extract_figures(sentence) == []


def test_a_rank_keeps_its_subject() -> None:
    (fig,) = extract_figures("汉滨区生产总值增速居全市第一。")
    assert (fig.text, fig.indicator, fig.relation) == ("全市第一", "汉滨区生产总值增速", "排名")
