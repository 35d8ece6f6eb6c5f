"""A digest item's trailing unit note becomes its contributor."""

from briefgen.ingest.annotate.contributor import split_contributor, take_contributor
from briefgen.records import Passage


def test_unit_note_is_split_off() -> None:
    assert split_contributor("确保普查数据质量。(开发区经济发展部)") == ("确保普查数据质量。", "开发区经济发展部")


def test_several_units_joined() -> None:
    _, note = split_contributor("取得实效。（开发区中乌科技创新研究院、财政审计部）")
    assert note == "开发区中乌科技创新研究院、财政审计部"


def test_ordinary_brackets_stay() -> None:
    for text in ("全市共有三个县（市、区）", "会议强调（2021年7月12日）", "今年增长明显（同比增长7.8%）"):
        assert split_contributor(text) == (text, None)


def test_passage_text_sentences_and_tokens_lose_the_note() -> None:
    p = Passage(3, "工作顺利完成。（市酒店集团）", 9, ["工作顺利完成。（市酒店集团）"],
                ["工作", "顺利完成", "。", "（", "市", "酒店", "集团", "）"])
    assert take_contributor([p]) == "市酒店集团"
    assert p.text == "工作顺利完成。"
    assert p.sentences == ["工作顺利完成。"]
    assert p.tokens == ["工作", "顺利完成", "。"]


def test_office_ending_in_chu() -> None:
    assert split_contributor("确保安全。（开发区向阳街道办事处）")[1] == "开发区向阳街道办事处"
