"""Probe the whole job on a realistic week for a city with no shipped profile (汉中, 2024-W10)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# (file stem, source, published, headline, body); 2024-W10 is 3月4日—3月10日.
WEEK_ITEMS: list[tuple[str, str, str, str, str]] = [
    ("changweihui", "汉中日报", "2024-03-05", "市委常委会召开会议研究部署近期重点工作",
     "本报讯（记者 李明）3月4日，市委书记主持召开市委常委会会议，传达学习全国两会精神，研究部署"
     "一季度经济“开门红”、安全生产和森林防火等重点工作。\n\n"
     "会议要求，各县区各部门要紧盯年度目标任务，逐月分解落实，确保一季度地区生产总值增速不低于全省平均水平。"
     "会议还研究了其他事项。"),
    ("jingji", "汉中日报", "2024-03-06", "1-2月全市经济运行开局平稳",
     "本报讯（记者 王芳）3月5日，记者从市统计局获悉，1-2月全市规模以上工业增加值同比增长6.8%，"
     "社会消费品零售总额完成98.6亿元，同比增长7.2%。\n\n"
     "固定资产投资同比增长9.1%，其中工业投资同比增长12.4%。市统计局分析认为，全市经济运行开局平稳，"
     "主要指标好于预期。"),
    ("qianyue", "汉中日报", "2024-03-07", "我市集中签约重点项目24个总投资186亿元",
     "本报讯（记者 张伟）3月6日，汉中市2024年一季度重点项目集中签约活动在西安举行，"
     "现场签约项目24个，总投资186.5亿元，涉及装备制造、新材料、现代中药等领域。\n\n"
     "其中，城固县签约航空零部件产业园项目，总投资32亿元；勉县签约新能源储能项目，总投资18.6亿元。"),
    ("kaigong", "汉中日报", "2024-03-08", "勉县春季重点项目集中开工",
     "本报讯（通讯员 赵强）3月7日，勉县2024年春季重点项目集中开工仪式举行，此次集中开工项目15个，"
     "总投资42.3亿元，年度计划投资16.8亿元。\n\n"
     "开工项目涵盖工业、基础设施、社会事业等领域，将为县域经济高质量发展注入新动能。"),
    ("xiangcun", "汉中日报", "2024-03-06", "城固县扎实推进乡村振兴春耕备耕",
     "本报讯（通讯员 刘洋）3月5日，记者在城固县了解到，该县今年计划播种粮食作物58万亩，"
     "已调运化肥2.1万吨、良种860吨，组织农技人员320余名深入田间地头开展技术指导。\n\n"
     "城固县同步推进和美乡村建设，今年将新建示范村12个，巩固拓展脱贫攻坚成果同乡村振兴有效衔接。"),
    ("chanye", "汉中日报", "2024-03-09", "西乡县茶产业带动群众增收",
     "本报讯（记者 陈静）3月8日，西乡县首批春茶开采，全县茶园面积达到36万亩，"
     "去年茶叶综合产值突破60亿元，带动脱贫户1.2万户户均增收3800元。\n\n"
     "今年该县将新建标准化茶园2万亩，培育茶叶龙头企业5家，持续壮大富民产业。"),
    ("hanjiang", "汉中日报", "2024-03-07", "汉江汉中段出境断面水质持续保持Ⅱ类",
     "本报讯（记者 孙丽）3月6日，市生态环境局通报，1-2月汉江汉中段出境断面水质持续保持国家地表水Ⅱ类标准，"
     "全市15个国控断面水质优良比例达到100%。\n\n"
     "全市今年将完成入河排污口整治86个，推进城镇污水处理厂提标改造，守护好一江清水。"),
    ("zhishu", "汉中日报", "2024-03-10", "全市春季义务植树活动启动",
     "本报讯（记者 周洁）3月9日，全市春季义务植树活动启动，市级机关干部职工1200余人在汉台区北山参加植树，"
     "当天栽植侧柏、雪松等苗木2.6万株。\n\n"
     "今年全市计划完成营造林45万亩，森林覆盖率稳定在60%以上。"),
    ("jiuye", "汉中日报", "2024-03-05", "春风行动专场招聘会提供岗位1.5万个",
     "本报讯（记者 吴敏）3月4日，2024年“春风行动”汉中专场招聘会在市人力资源市场举行，"
     "286家企业提供就业岗位1.5万个，当天现场达成就业意向3200余人。\n\n"
     "市人社局将持续开展线上线下招聘，帮助农村劳动力和高校毕业生就近就业。"),
    ("jiaoyu", "汉中日报", "2024-03-08", "我市新建改扩建中小学幼儿园21所",
     "本报讯（记者 郑红）3月7日，市教育局召开全市教育工作会议，今年将新建改扩建中小学、幼儿园21所，"
     "新增学位8600个，着力缓解城区学校大班额问题。\n\n"
     "会议要求，要加快推进义务教育优质均衡发展，办好人民满意的教育。"),
    ("yiliao", "汉中日报", "2024-03-09", "市中心医院与西安专家团队共建区域医疗中心",
     "本报讯（记者 冯涛）3月8日，市中心医院与西安交通大学第一附属医院签订合作协议，共建区域医疗中心，"
     "首批派驻专家18名，开设心血管、神经外科等专科门诊。\n\n"
     "今年全市将新增县域医疗服务次中心10个，让群众在家门口看好病。"),
    ("anquan", "汉中日报", "2024-03-06", "市政府开展安全生产大检查",
     "本报讯（记者 何军）3月5日，市政府副市长带队赴勉县、略阳县开展安全生产检查，"
     "深入矿山、危化品企业和建筑工地查看隐患整改情况。\n\n"
     "检查组共排查企业36家，发现问题隐患127条，已整改98条，其余限期整改。"
     "要求各地严格落实企业主体责任，坚决遏制较大以上事故发生。"),
    ("senlin", "汉中日报", "2024-03-10", "洋县全面加强春季森林防火工作",
     "本报讯（通讯员 蒋琳）3月9日，洋县召开春季森林防火工作会议，全县落实护林员1460名，"
     "设立防火检查站42个，组织开展扑火演练6次。\n\n"
     "该县要求严格管控野外用火，确保不发生重大森林火灾。"),
    ("youcaihua", "汉中日报", "2024-03-08", "2024汉中油菜花节开幕",
     "本报讯（记者 沈悦）3月7日，2024中国汉中油菜花节在汉台区开幕，"
     "节会期间将举办油菜花海徒步、汉服巡游、非遗展演等活动40余场。\n\n"
     "据市文旅局统计，开幕首日全市接待游客38.6万人次，实现旅游综合收入2.9亿元，同比增长21.5%。"),
    ("wenbo", "汉中日报", "2024-03-09", "汉中博物馆推出两汉文化主题展",
     "本报讯（记者 韩雪）3月8日，汉中市博物馆“汉风遗韵——两汉文化主题展”开展，"
     "展出文物260余件，其中一级文物12件。\n\n"
     "展览将持续至6月底，预计接待观众20万人次。"),
    ("yingshang", "汉中日报", "2024-03-07", "我市推行企业开办一日办结",
     "本报讯（记者 杨帆）3月6日，市行政审批服务局推出优化营商环境改革新举措，"
     "企业开办全流程压缩至1个工作日，涉企审批事项平均办理时限压减45%。\n\n"
     "今年以来，全市新增市场主体1.2万户，同比增长18.3%。"
     "市民可拨打12345政务服务便民热线咨询相关政策。"),
    ("zhengwu", "汉中日报", "2024-03-09", "一网通办事项达到1860项",
     "本报讯（记者 朱玲）3月8日，全市“一网通办”改革推进会召开，目前全市政务服务事项网上可办率达到98.5%，"
     "“一网通办”事项达到1860项。\n\n"
     "下一步，我市将推进高频事项“跨省通办”，进一步提升企业群众办事便利度。"),
    ("dangjian", "汉中日报", "2024-03-08", "市直机关召开党建工作会议",
     "本报讯（记者 林海）3月7日，市直机关党的建设工作会议召开，总结2023年机关党建工作，"
     "部署2024年重点任务，表彰先进基层党组织15个。\n\n"
     "会议要求，要深化模范机关创建，以高质量党建引领机关作风持续转变。"),
    ("xiangmu", "汉中日报", "2024-03-10", "汉中航空智慧新城建设加快推进",
     "本报讯（记者 许诺）3月9日，记者从汉中航空智慧新城管委会获悉，新城今年安排重点项目32个，"
     "年度计划投资68亿元，目前已复工项目28个，复工率87.5%。\n\n"
     "新城将围绕航空装备制造产业链，全力推进项目建设和招商引资。"),
]

# The same signing reported by a second source in slightly different words.
DUPLICATE = ("qianyue-shaanxi", "陕西日报", "2024-03-07", "汉中集中签约重点项目24个",
             "本报讯（记者 张伟）3月6日，汉中市2024年一季度重点项目集中签约活动在西安举行，"
             "现场共签约项目24个，总投资186.5亿元，涉及装备制造、新材料和现代中药等领域。\n\n"
             "其中，城固县签约航空零部件产业园项目，总投资32亿元；勉县签约新能源储能项目，总投资18.6亿元。")

LAST_WEEK: list[tuple[str, str, str, str, str]] = [
    ("shanghui", "汉中日报", "2024-02-28", "全市招商引资工作推进会召开",
     "本报讯（记者 宋阳）2月27日，全市招商引资工作推进会召开，通报2023年招商引资考核结果，"
     "全年实际到位资金512亿元，同比增长11.6%。\n\n会议部署了2024年招商引资重点任务。"),
    ("yuanxiao", "汉中日报", "2024-02-25", "元宵节期间全市接待游客52万人次",
     "本报讯（记者 唐宁）2月24日，元宵节当天，全市各景区共接待游客52万人次，实现旅游收入3.1亿元。"
     "\n\n各地举办灯会、社火等民俗活动30余场。"),
]

SECTION_ORDER = [
    "重要会议与领导活动", "经济运行", "项目建设与招商引资", "乡村振兴", "生态环保", "民生保障",
    "党的建设与作风", "安全稳定与社会治理", "文化旅游", "改革创新与营商环境", "综合信息",
]

NOT_INDICATOR_VALUE = re.compile(r"^\d{4}年|^\d{1,2}月\d{1,2}日|^\d{5,}$|^1\d{10}$|12345")
SOURCE_NOTE = re.compile(r"（[^（）]*(汉中日报|陕西日报)[^（）]*）")


def _write(folder: Path, item: tuple[str, str, str, str, str]) -> None:
    """Write one news item and its .meta.yaml into ``folder``."""
    stem, source, day, title, body = item
    path = folder / f"{stem}.txt"
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    meta = f"source: {source}\ndate: {day}\ncity: 汉中\n"
    (folder / f"{stem}.txt.meta.yaml").write_text(meta, encoding="utf-8")


def _run(*args: str) -> Any:
    """Run ``python -m briefgen ARGS --json`` and return its parsed output."""
    proc = subprocess.run(
        [sys.executable, "-m", "briefgen", *args, "--json"],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return json.loads(proc.stdout)


def _squeeze(text: str) -> str:
    """Return ``text`` without any whitespace."""
    return "".join(text.split())


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Return the weekly JSON result for 汉中 2024-W10, plus the db path, built from a folder."""
    work = tmp_path_factory.mktemp("hanzhong")
    corpus = work / "news"
    corpus.mkdir()
    for item in [*WEEK_ITEMS, DUPLICATE, *LAST_WEEK]:
        _write(corpus, item)
    db = work / "corpus.sqlite"
    result = _run("weekly", "--city", "汉中", "--corpus", str(corpus), "--week", "2024-W10",
                  "--out", str(work / "out"), "--db", str(db))
    result["_db"] = str(db)
    return dict(result)


def _titles(result: dict[str, Any]) -> list[str]:
    """Return every item title of the briefing, in order."""
    return [t for s in result["sections"] for t in s["items"]]


def _theme_of(result: dict[str, Any], fragment: str) -> str:
    """Return the section holding the item whose title contains ``fragment``."""
    for section in result["sections"]:
        if any(fragment in title for title in section["items"]):
            return str(section["theme"])
    raise AssertionError(f"no item titled with {fragment}: {_titles(result)}")


def _docx_text(path: str) -> tuple[str, list[list[list[str]]]]:
    """Return the Word draft's paragraph text and its tables as rows of cell texts."""
    import docx

    document = docx.Document(path)
    text = "\n".join(p.text for p in document.paragraphs)
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    return text, tables


def test_week_has_items_only_from_this_week(week: dict[str, Any]) -> None:
    titles = _titles(week)
    assert week["city"] == "汉中市"
    assert week["items"] >= 5
    assert week["items"] == len(titles)
    joined = "".join(titles)
    assert "招商引资工作推进会" not in joined
    assert "元宵节" not in joined


def test_duplicate_report_appears_once(week: dict[str, Any]) -> None:
    signings = [t for t in _titles(week) if "签约重点项目" in t]
    reports = [e for e in week["left_out"] if "签约重点项目" in e["title"]]
    duplicates = [e for e in reports if "同一事件" in e["reason"]]
    assert len(duplicates) == 1, week["left_out"]
    assert len(signings) + len(reports) == 2, (signings, reports)


def _select(week: dict[str, Any]) -> list[dict[str, Any]]:
    """Return ``briefgen select --json`` for 汉中 2024-W10 on the probe's corpus."""
    picks: list[dict[str, Any]] = _run("select", "--city", "汉中", "--week", "2024-W10",
                                       "--db", week["_db"])
    return picks


def test_sections_follow_default_order_and_sensible_themes(week: dict[str, Any]) -> None:
    themes = [s["theme"] for s in week["sections"]]
    assert themes == sorted(themes, key=SECTION_ORDER.index)
    picked = {p["title"]: p["theme"] for p in _select(week)}
    expected = {"市委常委会": "重要会议与领导活动", "经济运行": "经济运行", "签约": "项目建设与招商引资",
                "汉江": "生态环保", "安全生产": "安全稳定与社会治理", "油菜花节": "文化旅游",
                "招聘会": "民生保障", "企业开办": "改革创新与营商环境"}
    for fragment, theme in expected.items():
        assert {t for title, t in picked.items() if fragment in title} == {theme}, fragment
        if any(fragment in title for title in _titles(week)):
            assert _theme_of(week, fragment) == theme, fragment


def test_page_budget_keeps_every_theme_that_has_news(week: dict[str, Any]) -> None:
    themes_with_news = {p["theme"] for p in _select(week)}
    assert {s["theme"] for s in week["sections"]} == themes_with_news


def test_pdf_fits_the_page_budget(week: dict[str, Any]) -> None:
    import pdfplumber

    with pdfplumber.open(week["pdf"]) as pdf:
        assert len(pdf.pages) <= 6


def test_masthead_comes_from_defaults(week: dict[str, Any]) -> None:
    text, _ = _docx_text(week["docx"])
    assert "汉中政务信息周报" in text
    assert "汉中市人民政府办公室" in text
    assert Path(week["pdf"]).name.startswith("汉中-2024-W10-第")


def test_figures_table_has_sensible_rows(week: dict[str, Any]) -> None:
    _, tables = _docx_text(week["docx"])
    figures = [t for t in tables if t and t[0][:2] == ["指标", "数值"]]
    assert len(figures) == 1, "no 数据速览 table"
    rows = figures[0][1:]
    assert rows
    for indicator, value, change, source in rows:
        assert indicator.strip() and source.strip(), rows
        assert not NOT_INDICATOR_VALUE.search(value.strip()), rows
        assert re.search(r"\d", value + change), rows
    indicators = "".join(row[0] for row in rows)
    assert "工业增加值" in indicators or "消费品零售总额" in indicators


def test_every_item_has_a_source_note(week: dict[str, Any]) -> None:
    text, _ = _docx_text(week["docx"])
    flat = _squeeze(text)
    titles = [_squeeze(t) for t in _titles(week)]
    positions = [flat.rindex(t) for t in titles]
    ends = [*positions[1:], len(flat)]
    for title, start, end in zip(titles, positions, ends, strict=True):
        assert SOURCE_NOTE.search(flat[start:end]), title


def test_pdf_and_docx_contain_every_title(week: dict[str, Any]) -> None:
    import pdfplumber

    with pdfplumber.open(week["pdf"]) as pdf:
        pdf_text = _squeeze("".join((page.extract_text() or "") for page in pdf.pages))
    word_text = _squeeze(_docx_text(week["docx"])[0])
    for title in _titles(week):
        assert _squeeze(title) in pdf_text, title
        assert _squeeze(title) in word_text, title


def test_select_keeps_source_order_with_lead_first(week: dict[str, Any]) -> None:
    picks = _select(week)
    assert picks
    for pick in picks:
        assert "2024-03-04" <= pick["date"] <= "2024-03-10", pick
        indexes = [p.get("paragraph", p.get("index")) for p in pick["passages"]]
        assert indexes == sorted(indexes), pick
        assert not any("其他事项" in p["text"] for p in pick["passages"]), pick
    leads = [p for p in picks if p["passages"]]
    assert all(p["passages"][0].get("paragraph", p["passages"][0].get("index")) == 0 for p in leads)
