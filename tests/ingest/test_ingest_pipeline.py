"""process_document on small files and on the seeds: articles, repeats, conversion, flags, dates."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.pipeline import process_document
from briefgen.records import IngestOptions


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
    toys, wages = result.articles[7], result.articles[9]  # a column break put toy paragraphs under wages
    assert any(p.text.startswith("5年来，为切实抓好毛绒玩具") for p in toys.passages)
    assert not any("毛绒玩具" in p.text for p in wages.passages)
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


PAGE = """<html><head><meta charset="utf-8"><title>汉阴县召开2023年经济工作会议_汉阴县人民政府</title></head>
<body><div class="top"><h1>汉阴县人民政府</h1></div><div class="con">
<h1>汉阴县召开2023年经济工作会议</h1>
<div class="xx">发布时间：2023-01-06 来源：汉阴县政府办</div>
<div class="zw"><p>1月5日，汉阴县召开2023年经济工作会议，安排部署2023年重点任务。</p>
<p>会议指出，2022年全县生产总值完成126.5亿元，同比增长5.2%；规上工业增加值增长8.1%。</p></div>
<p>相关新闻：汉阴县召开农业工作会议</p></div>
<div class="bt">版权所有：汉阴县人民政府 陕ICP备05012345号 联系电话：0915-5212345</div></body></html>"""


def test_article_web_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    result = _run(path)
    [article] = result.articles
    assert article.title == "汉阴县召开2023年经济工作会议"
    assert (article.published, article.date_basis, article.source) == ("2023-01-06", "dateline", "汉阴县政府办")
    assert article.text.startswith("1月5日") and "发布时间" not in article.text
    for noise in ("相关新闻", "版权所有", "ICP备", "联系电话"):
        assert noise not in article.text
    growth = next(f for f in article.figures if f.text == "8.1%")
    assert growth.period == "2022年"


def test_collection_section_heading_is_not_merged_into_its_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "c.md"
    path.write_text("""## **湘潭市人才工作综述**

2021-12-30

今年以来，湘潭市人才工作成效明显。

## **岳塘区人大常委会五年工作综述**

2021-12-28

五年来，区人大常委会依法履职，取得明显成效。

## **依法开展监督 书写履职情怀**

开展执法检查12次，听取专项工作报告20个。
""", encoding="utf-8")
    result = _run(path)
    assert [a.title for a in result.articles] == ["湘潭市人才工作综述", "岳塘区人大常委会五年工作综述"]
    texts = [p.text for p in result.articles[1].passages]
    assert texts[-2:] == ["依法开展监督 书写履职情怀", "开展执法检查12次，听取专项工作报告20个。"]


def test_gbk_text_with_a_lead_and_no_title(tmp_path: Path) -> None:
    path = tmp_path / "g.txt"
    path.write_bytes("本报讯（记者 张三）1月5日，平利县召开全县经济工作会议。\n\n会议要求，各镇要抓好落实。\n".encode("gbk"))
    result = _run(path)
    assert result.encoding == "gbk" and len(result.articles) == 1
    article = result.articles[0]
    assert article.byline == "记者 张三" and article.title is None
    assert [p.text for p in article.passages] == ["1月5日，平利县召开全县经济工作会议。", "会议要求，各镇要抓好落实。"]


def test_docx_with_heading_styles(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("平利县2022年工作总结", level=1)
    document.add_paragraph("2022年，全县上下团结奋斗，各项工作取得新成效。")
    document.add_heading("一、经济运行稳中有进", level=2)
    document.add_paragraph("全县生产总值完成90亿元，同比增长4.5%。")
    document.add_heading("二、民生保障", level=2)
    document.add_paragraph("新增城镇就业2100人。")
    document.add_heading("石泉县2022年工作总结", level=1)
    document.add_paragraph("2022年，石泉县坚持稳中求进，经济社会持续健康发展。")
    path = tmp_path / "d.docx"
    document.save(str(path))
    result = _run(path)
    assert [a.title for a in result.articles] == ["平利县2022年工作总结", "石泉县2022年工作总结"]
    assert [p.text for p in result.articles[0].passages][1:3] == ["一、经济运行稳中有进", "全县生产总值完成90亿元，同比增长4.5%。"]


def test_hostile_tags_in_text_stay_literal(tmp_path: Path) -> None:
    path = tmp_path / "h.md"
    path.write_text("# 标题<b>测试</b>\n\n会议指出，网页代码<b>粗体</b>和**重点**照原样。\n", encoding="utf-8")
    article = _run(path).articles[0]
    assert article.title == "标题<b>测试</b>"
    assert article.passages[0].text == "会议指出，网页代码<b>粗体</b>和重点照原样。"
