"""Ninth round of page kinds: hidden-content prompts and template markers, an e-paper date over its page line,
digests of heads over dated leads, chronicles printed as one run of text."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import ingest_one
from tests.ingest.documents import passage_texts as _texts
from tests.ingest.documents import write_page as _write

_LEAD = "为进一步加强学校安全工作，9月1日，镇组织派出所、市场监督管理所等单位，对镇区内中小学开展开学安全大检查。"
_MORE = "下一步，该镇将常态化开展安全检查，营造一个安全稳定、平安和谐的校园环境。"


def test_a_hidden_content_prompt_and_template_markers_are_chrome(tmp_path: Path) -> None:
    page = f"某镇：开展秋学期开学安全大检查\n查看隐藏内容(*)需先登录\n视频 s 视频 e 图集 s 图集 e 正文s {_LEAD}{_MORE}正文e 附件s\n"
    (article,) = ingest_one(_write(tmp_path, page)).articles
    assert article.title == "某镇：开展秋学期开学安全大检查"
    assert [p.text for p in article.passages] == [_LEAD + _MORE]


def test_an_e_paper_date_over_its_page_line_is_the_page_date(tmp_path: Path) -> None:
    page = f"2021年10月19日 \n\n第02版:要闻\n\n  {_LEAD}\n\n  {_MORE}\n"
    (article,) = ingest_one(_write(tmp_path, page)).articles
    assert article.published == "2021-10-19"


def test_a_digest_of_heads_over_dated_leads_splits_into_items(tmp_path: Path) -> None:
    items = [("青浦集体调研体育改革、文旅产业发展情况", "8月24日，区人大常委会主任会议成员对体育改革开展集体调研。（顾某）"),
             ("奉贤专题调研行政复议与应诉工作", "8月17日，区人大常委会副主任一行赴区行政复议局开展专题调研。（王某）"),
             ("杨浦走访区代表专业小组", "8月31日，区人大常委会副主任带队走访街道人大代表联络站。（李某）")]
    page = "\n".join(f"{head}。{body}" for head, body in items) + "\n"
    result = ingest_one(_write(tmp_path, page))
    assert [a.title for a in result.articles] == [head for head, _ in items]


def test_two_short_sentences_over_dates_in_one_story_stay_one_article(tmp_path: Path) -> None:
    page = f"县开展开学安全大检查\n\n{_LEAD}\n\n检查很细致。9月2日，检查组又到食堂查看。\n\n{_MORE}\n"
    assert len(ingest_one(_write(tmp_path, page)).articles) == 1


def test_a_chronicle_printed_as_one_run_of_text_splits_into_its_entries(tmp_path: Path) -> None:
    entries = ["1月1日 “全面两孩”政策正式施行。", "1月6日 市羽毛球协会换届选举。",
               "1月7日 市直机关党组织书记党建述职会召开。", "1月11日-12日 市委书记率相关单位负责人到西安走访。"]
    page = "一月\n|\n" + " ".join(entries) + "\n"
    assert len(_texts(_write(tmp_path, page))) == len(entries)


def test_dates_after_full_stops_in_one_paragraph_of_a_story_do_not_make_a_chronicle(tmp_path: Path) -> None:
    page = f"县开展开学安全大检查\n\n{_LEAD} 9月2日 检查组查看食堂。 9月3日 检查组查看宿舍。\n\n{_MORE}\n"
    assert len(_texts(_write(tmp_path, page))) == 1


def test_a_headline_printed_after_the_body_is_the_title_when_it_names_the_lead(tmp_path: Path) -> None:
    lead = "为配合第13个税收宣传月活动，日前，睢县税务系统联合组织了“税务杯”新闻月赛活动。"
    more = "这次活动由县委宣传部及县税务部门联合举办，40多人参加了这次新闻月赛活动。"
    (article,) = ingest_one(_write(tmp_path, f"{lead}\n{more}\n睢县税务系统组织“新闻月赛”重奖有功税官\n")).articles
    assert article.title == "睢县税务系统组织“新闻月赛”重奖有功税官"
    assert [p.text for p in article.passages] == [lead, more]


def test_an_unrelated_headline_after_the_body_is_not_its_title(tmp_path: Path) -> None:
    page = f"{_LEAD}\n{_MORE}\n市政府召开全市经济工作会议\n"
    assert ingest_one(_write(tmp_path, page)).articles[0].title != "市政府召开全市经济工作会议"
