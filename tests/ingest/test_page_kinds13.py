"""Thirteenth round of page kinds (fresh16, fresh17): a clock in 时分 beside the date, an e-paper's 版次/作者 line
with the date glued on, a headline and the page's address with its date each closed by a bar, a welcome
banner over the headline, an editor's tail after the last sentence of a page without chrome, an outlet's tag
with the reporters' credit, ○ briefs, and a month's chronicle whose entries open on a day and a headline."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import article_rows as _articles
from tests.ingest.documents import write_page as _write

_HEAD = "张某主持召开公路改建工程项目调度会议"
_LEAD = "2月14日，县委书记张某主持召开公路改建工程项目调度会议，相关部门和乡镇主要负责人参加会议。"
_MORE = "张某强调，公路改建工程是一项重要的民生工程，各相关部门和乡镇要高度重视，切实增强责任感和紧迫感。"


def test_a_date_with_its_clock_in_shi_fen_and_an_empty_counter_is_the_info_line(tmp_path: Path) -> None:
    page = f"{_HEAD}\n2025-02-14 15时12分浏览次数:\n\n{_LEAD}\n\n{_MORE}\n"
    assert _articles(_write(tmp_path, page)) == [(_HEAD, "2025-02-14", [_LEAD, _MORE], None)]


def test_an_e_paper_edition_and_author_line_with_the_date_glued_on_gives_the_date(tmp_path: Path) -> None:
    page = f"日 | 一 | 二 | 三 | 四 | 五 | 六 |\n版次:03 作者:周某某 何某某2023年05月10日\n{_LEAD}\n{_MORE}\n"
    ((title, date, texts, _),) = _articles(_write(tmp_path, page))
    assert (date, texts) == ("2023-05-10", [_LEAD, _MORE]) and not title


def test_a_headline_and_the_address_with_its_date_closed_by_bars_head_one_article(tmp_path: Path) -> None:
    page = f"{_HEAD} |\nhttp://www.tlnews.com.cn/2024年04月19日 08:56:52 |\n本报讯(记者 徐某某){_LEAD}\n{_MORE}\n"
    assert _articles(_write(tmp_path, page)) == [(_HEAD, "2024-04-19", [_LEAD, _MORE], "记者 徐某某")]


def test_a_welcome_banner_is_no_part_of_the_headline(tmp_path: Path) -> None:
    page = f"您好,欢迎访问中国某某安全网!\n \n\n{_HEAD}\n\n2022-10-19 10:41来源:某某日报\n\n{_LEAD}\n{_MORE}\n"
    ((title, date, _, _),) = _articles(_write(tmp_path, page))
    assert (title, date) == (_HEAD, "2022-10-19")


def test_an_editors_tail_after_the_last_sentence_goes_on_a_page_without_chrome(tmp_path: Path) -> None:
    page = f"{_LEAD}\n{_MORE} 责任编辑:guanliyuan\n|\n"
    ((_, _, texts, _),) = _articles(_write(tmp_path, page))
    assert texts == [_LEAD, _MORE]


def test_an_outlets_tag_and_the_reporters_credit_open_no_text(tmp_path: Path) -> None:
    lead = "昨日上午，国际禁毒日公益宣传活动暨纪念邮票首发仪式举行。副市长、公安局长王某某出席活动。"
    page = f"【连网】(记者陶某 通讯员张某某){lead}\n{_MORE}\n"
    ((_, _, texts, byline),) = _articles(_write(tmp_path, page))
    assert texts[0] == lead and byline == "记者陶某 通讯员张某某"


def test_briefs_set_off_by_circles_are_items(tmp_path: Path) -> None:
    briefs = ["○11月26日，省军区司令员一行到崇阳县调研经济社会发展和人民武装工作。县委副书记、县长参加活动。",
              "○11月26日，全市推进城乡社区“清洁家园”工作会议在崇阳县召开。市委常委出席会议并讲话。",
              "○11月29日，省老区建设促进会调研组到崇阳县，围绕老区乡镇特色农业产业发展开展调研。"]
    assert len(_articles(_write(tmp_path, "\n".join(briefs) + "\n"))) == 3


def test_a_months_chronicle_with_day_and_headline_entries_is_split_under_its_title(tmp_path: Path) -> None:
    entries = [("1日，开学第一课青羊开启美好新学期", "泡桐树小学在开学第一课邀请奥运冠军通过视频为同学们送上开学寄语。"),
               ("1日，青羊欢迎退役军人光荣返乡", "成都西站站前广场，区退役军人事务局迎接2021年秋冬季退役军人返乡。"),
               ("2日，泡桐树小学桐欣校区正式启用", "泡桐树小学桐欣校区举行开学典礼，550名学生齐聚操场。"),
               ("3日，七届区委常委会第191次会议召开", "区委书记主持召开七届区委常委会第191次会议，区领导列席。")]
    body = "\n\n".join(f"{head}\n\n{text}" for head, text in entries)
    found = _articles(_write(tmp_path, f"首页 > 剪影青羊 > 大事聚焦 >详情\n2021年9月大事记\n\n{body}\n"))
    assert [(t, p) for t, _, p, _ in found] == [(head, [text]) for head, text in entries]


_TECH_TITLE = "微软开源“原生1bit”三进制LLM：2B参数，单CPU就能跑，性能与同规模全精度开源模型相当"


def _tech_page(tmp_path: Path, lines: list[str]) -> Path:
    """Return a saved tech-outlet page whose <h1> quotes differ from its printed headline's."""
    h1 = _TECH_TITLE.replace("“", '"').replace("”", '"')
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = (f"<html><head><title>{h1}</title></head><body><h1>{h1}</h1>"
            f"<div class='article'><p>{_TECH_TITLE}</p>{paragraphs}</div></body></html>")
    return _write(tmp_path, html, "page.html")


def test_a_subtitle_and_a_tech_outlets_bylines_are_not_the_text(tmp_path: Path) -> None:
    first = "从Wintel大潮退却说起。"
    lines = ["“换芯”时代谁领跑？", "金磊 整理自 凹非寺量子位 | 公众号 QbitAI", "金磊 整理自 凹非寺", "量子位 | 公众号 QbitAI",
             first, _MORE]
    ((_, _, texts, _),) = _articles(_tech_page(tmp_path, lines))
    assert texts == [first, _MORE]


def test_a_lead_opened_by_a_line_left_open_by_a_dash_keeps_that_line(tmp_path: Path) -> None:
    lines = ["能在苹果M2 CPU上快速运行", "西风 发自 凹非寺", "微软以小搏大，发布首个开源2B参数规模“原生1bit”LLM——",
             "BitNet b1.58 2B4T，单CPU就能跑，性能与同规模全精度开源模型相当。", _MORE]
    ((_, _, texts, _),) = _articles(_tech_page(tmp_path, lines))
    assert texts[0].startswith("微软以小搏大") and texts[-1] == _MORE


def test_the_text_under_a_repeated_headline_begins_on_the_next_line_even_mid_sentence(tmp_path: Path) -> None:
    lines = ["下周一，", "京沪高速施工就将进入第二阶段，", "也是对无锡市民出行影响最大的一段。", _MORE]
    ((_, _, texts, _),) = _articles(_tech_page(tmp_path, lines))
    assert texts[0].startswith("下周一，")
