"""Second round of probes (fresh text, not seeds): tables, CRLF pages, masthead mojibake, front matter."""

from __future__ import annotations

from pathlib import Path

from documents import ingest_one


def test_docx_key_figures_in_a_table(tmp_path: Path) -> None:
    import docx
    doc = docx.Document()
    doc.add_heading("岚皋县前4个月主要经济指标运行情况", level=1)
    doc.add_paragraph("1-4月，全县经济运行总体平稳，主要指标见下表。")
    table = doc.add_table(rows=4, cols=3)
    rows = [("指标", "1-4月", "同比增长"), ("规模以上工业总产值", "18.6亿元", "7.4%"),
            ("社会消费品零售总额", "9.3亿元", "5.8%"), ("固定资产投资", "12.1亿元", "9.2%")]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    doc.add_paragraph("下一步，县统计局将加强运行监测，及时预警苗头性问题。")
    path = tmp_path / "指标.docx"
    doc.save(str(path))
    result = ingest_one(path)
    assert [a.title for a in result.articles] == ["岚皋县前4个月主要经济指标运行情况"]
    article = result.articles[0]
    assert any("社会消费品零售总额" in p.text and "9.3亿元" in p.text for p in article.passages)
    assert {"18.6亿元", "9.3亿元", "12.1亿元", "9.2%"} <= {f.text for f in article.figures}
    retail = next(f for f in article.figures if f.text == "9.3亿元")
    assert "社会消费品零售总额" in retail.indicator and retail.unit == "元"
    assert retail.value is not None and abs(retail.value - 9.3e8) < 1


CRLF_PAGE = (
    "紫阳日报　2023年6月8日　星期四\r\n\r\n"
    "洄水镇金融助农贷款惠及千户\r\n"
    "　　本报讯（通讯员 陈晓）6月6日，记者从洄水镇获悉，该镇联合县农商行开展金融助农行动。\r\n"
    "　　今年以来，该镇累计发放助农贷款\r\n"
    "　　1.2亿元，惠及农户1060户，带动发展茶叶、魔芋等特色产业。\r\n"
    "县医院组织专家下乡义诊\r\n"
    "　　本报讯 6月7日，县医院组织内科、儿科等12名专家到高桥镇开展义诊，服务群众400余人次。\r\n"
    "　　义诊现场，专家们为群众免费测量血压血糖，讲解慢性病防治知识。\r\n"
)


def test_crlf_newspaper_page_with_indents_and_break_before_next_lead(tmp_path: Path) -> None:
    path = tmp_path / "紫阳日报.txt"
    path.write_bytes(CRLF_PAGE.encode("utf-8"))
    result = ingest_one(path)
    assert result.masthead is not None and result.masthead.name == "紫阳日报"
    assert [a.title for a in result.articles] == ["洄水镇金融助农贷款惠及千户", "县医院组织专家下乡义诊"]
    loans, clinic = result.articles
    assert "累计发放助农贷款1.2亿元，惠及农户1060户" in loans.text
    assert not any(p.text.startswith("　") or "\r" in p.text for p in loans.passages + clinic.passages)
    assert clinic.text.startswith("6月7日，县医院") and "义诊" not in loans.text
    assert any(f.text == "1.2亿元" for f in loans.figures)
    assert all((a.published, a.date_basis) == ("2023-06-08", "masthead") for a in result.articles)


GARBLED_MASTHEAD = """政务信息
第7期
镇巴县人民政府办公室缂栧嵃　　　　2024年5月6日

镇巴县启动夏季防汛应急演练
5月4日，镇巴县在泾洋河段开展防汛应急演练，出动抢险队员160人、冲锋舟6艘。
演练检验了各部门协同处置能力。（县应急管理局）
"""


def test_bulletin_masthead_with_mojibake_span(tmp_path: Path) -> None:
    path = tmp_path / "政务信息.txt"
    path.write_text(GARBLED_MASTHEAD, encoding="utf-8")
    result = ingest_one(path)
    assert [a.title for a in result.articles] == ["镇巴县启动夏季防汛应急演练"]
    article = result.articles[0]
    assert "缂栧嵃" not in article.text and article.contributor == "县应急管理局"
    masthead = result.masthead
    assert masthead is None or masthead.issuer is None or "缂栧嵃" not in masthead.issuer
    if masthead is not None:
        assert (masthead.name, masthead.date) == ("政务信息", "2024-05-06")
    assert any("缂栧嵃" in span.reason for span in result.flagged)


FRONT_MATTER = """---
title: 南郑区推进高标准农田建设
date: 2024-05-10
source: 南郑区农业农村局
---

# 南郑区推进高标准农田建设

今年，南郑区计划新建高标准农田3.5万亩，目前已完成土地平整1.8万亩。

区农业农村局将加强工程质量监管，确保10月底前全部完工。
"""


def test_markdown_yaml_front_matter_is_metadata(tmp_path: Path) -> None:
    path = tmp_path / "农田.md"
    path.write_text(FRONT_MATTER, encoding="utf-8")
    result = ingest_one(path)
    assert [a.title for a in result.articles] == ["南郑区推进高标准农田建设"]
    article = result.articles[0]
    assert "title:" not in article.text and "---" not in article.text and "source:" not in article.text
    assert (article.published, article.source) == ("2024-05-10", "南郑区农业农村局")
    assert len(article.passages) == 2


SPEECH = """在全市优化营商环境工作会议上的讲话
（2023年3月2日）
同志们：
今天召开全市优化营商环境工作会议，主要任务是总结去年工作，安排部署今年重点任务。
一、充分肯定去年取得的成绩
去年，全市新登记市场主体2.6万户，同比增长11.3%。一是审批效率明显提升。二是要素保障更加有力。
（一）政务服务持续优化。全市287项高频事项实现“一网通办”。
二、准确把握当前面临的形势
当前，企业对营商环境的期待越来越高，我们必须保持清醒头脑。
三、全力抓好今年重点任务
各级各部门要对标先进、补齐短板，推动营商环境持续改善。
"""


def test_speech_without_masthead_dates_from_date_line(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text(SPEECH, encoding="utf-8")
    result = ingest_one(path)
    assert [a.title for a in result.articles] == ["在全市优化营商环境工作会议上的讲话"]
    speech = result.articles[0]
    assert (speech.published, speech.date_basis) == ("2023-03-02", "dateline")
    texts = [p.text for p in speech.passages]
    assert "一、充分肯定去年取得的成绩" in texts and "三、全力抓好今年重点任务" in texts
    assert any(t.startswith("（一）政务服务持续优化") for t in texts)
    assert "（2023年3月2日）" not in speech.text
    assert any(f.text == "2.6万户" and f.indicator == "新登记市场主体" for f in speech.figures)


NOTICE = """关于2024年第一季度政务服务“好差评”情况的通报
各镇人民政府，县政府各工作部门：
一季度，全县政务服务事项共收到评价4.3万条，好评率99.6%，差评36条，差评整改率100%。
从各部门情况看，县市场监管局、县人社局好评率较高，个别窗口存在答复不及时问题。
请各单位对照问题清单，于4月30日前完成整改并报送整改情况。
附件：1.一季度政务服务评价情况统计表
2.差评问题整改清单
联系人：王丽　联系电话：0916-3281456，13891605522
宁强县政务服务中心
2024年4月8日
"""


def test_notice_with_attachment_list_and_contact_line(tmp_path: Path) -> None:
    path = tmp_path / "通报.txt"
    path.write_text(NOTICE, encoding="utf-8")
    result = ingest_one(path)
    assert [a.title for a in result.articles] == ["关于2024年第一季度政务服务“好差评”情况的通报"]
    notice = result.articles[0]
    assert "联系电话" not in notice.text and "3281456" not in notice.text
    assert "差评问题整改清单" not in notice.text and "附件" not in notice.text
    assert any(f.value == 99.6 and f.unit == "%" for f in notice.figures)
    digits = {str(int(f.value)) for f in notice.figures if f.value is not None and f.value == int(f.value)}
    assert not digits & {"916", "3281456", "13891605522", "0916"}
    assert (notice.published, notice.date_basis) == ("2024-04-08", "dateline")
    assert "宁强县政务服务中心" not in notice.text
