"""process_document on small files and on the seeds: articles, repeats, conversion, flags, dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.types import IngestOptions

pytest.importorskip("briefgen.figures.extract")
pytest.importorskip("briefgen.ingest.dates")
pytest.importorskip("briefgen.ingest.places")

from briefgen.ingest.pipeline import process_document  # noqa: E402


def test_meta_file_and_date_basis(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("# 平利县召开会议\n\n本报讯 1月5日，平利县召开工作会议，投资增长12%。\n", encoding="gbk")
    (tmp_path / "a.txt.meta.yaml").write_text("source: 安康日报\ndate: 2023-01-07\ncity: 安康\n", encoding="utf-8")
    result = process_document(str(doc), IngestOptions())
    assert result.rejected is None and result.encoding == "gbk"
    assert (result.source, result.city, result.published) == ("安康日报", "安康市", "2023-01-07")
    article = result.articles[0]
    assert (article.published, article.date_basis) == ("2023-01-07", "meta")
    assert article.passages[0].tokens and article.passages[0].sentences
    option = process_document(str(doc), IngestOptions(date="2023-01-09"))
    assert option.articles[0].date_basis == "option" and option.sha256 != result.sha256


def test_rejected_file_gets_a_reason(tmp_path: Path) -> None:
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    result = process_document(str(empty), IngestOptions())
    assert result.rejected and "空" in result.rejected and not result.articles


def _run(path: Path):
    result = process_document(str(path), IngestOptions())
    assert result.rejected is None
    return result


def test_seed_newspaper_page(seed) -> None:
    result = _run(seed("000"))
    assert len(result.articles) == 10
    assert sum(a.dropped_repeats for a in result.articles) == 7
    joined = result.articles[1].text
    assert "服务安康高质量发展的贡献率" in joined and joined.count("康高质量发展的贡献率") == 1
    assert result.articles[2].captions and result.articles[0].byline == "记者 黄慧慧"
    assert result.articles[5].column == "二十大精神在三秦"
    assert not result.flagged


def test_seed_bulletin_speech(seed) -> None:
    result = _run(seed("001"))
    assert result.masthead is not None and result.masthead.date == "2021-07-19"
    assert result.masthead.issue == "第三十三期"
    assert len(result.articles) == 1
    speech = result.articles[0]
    assert speech.title.endswith("讲话")
    assert speech.date_basis == "masthead" and speech.published == "2021-07-19"
    assert any(p.text.startswith("三、强化督查") for p in speech.passages)
    assert not any("抄送" in p.text for p in speech.passages)


def test_seed_collection(seed) -> None:
    result = _run(seed("002"))
    assert len(result.articles) == 20
    assert all(a.date_basis == "dateline" for a in result.articles)
    assert result.articles[4].title == "北安市人大常委会五年工作综述"
    assert all("**" not in p.text for a in result.articles for p in a.passages)


def test_seed_traditional_digest(seed) -> None:
    result = _run(seed("004"))
    assert len(result.articles) == 20
    assert all(a.converted_from_traditional for a in result.articles)
    assert result.articles[1].title == "经开区第五次全国经济普查现场登记正式启动"
    assert len(result.flagged) == 7
    assert {a.title for a in result.articles if "garbled" in a.flags} >= {"经济开发区举办2024年元旦相亲联谊会"}
    flagged = [p for a in result.articles for p in a.passages if p.flag]
    assert all(p.original and p.original != p.text for p in flagged)
