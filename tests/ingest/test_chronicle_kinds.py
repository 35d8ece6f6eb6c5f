"""Chronicles as pages print them: entries dated by a month, a season or a year, dates with the year (today in
history), a chronicle named under an introduction, and marked briefs run into one line."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import ingest_one

A = "河北省森检部门指令县里就地焚毁从外省引进的带疫山楂苗70余万株。"
B = "座落在南大街的镇集贸市场建成。"
C = "降雹，最大者直径80毫米，45个村7万余亩农田受灾。"
D = "与河北省建有友好关系的日本国鸟取县知事一行12人来县参观访问。"
E = "首次全国中医院建设学术会在县里召开，88家中医院117名代表到会。"
F = "美国记者到县里采访中药材市场。"
G = "县药品检验所被卫生部命名为全国先进县级药品检验所。"
H = "县民政局普查全县孤寡老人生活情况。"


def _texts(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [a.text for a in ingest_one(path).articles]


def test_entries_dated_by_month_or_season_are_items_of_a_named_chronicle(tmp_path: Path) -> None:
    entries = [f"6月21-25日，{A}", f"是月，{B}", f"8月10日，{C}", f"9月7日，{D}", f"10月5日，{E}", f"11月，{F}",
               f"12月，{G}", f"冬，{H}"]
    intro = "自汉高祖刘邦封王陵为“安国武侯”，武帝时建安国县后，安国历史上发生很多大事。今天介绍1986年下半年安国发生的部分大事。"
    texts = _texts(tmp_path, f"{intro}\n1986年(6—12月底)安国大事记\n1986年(6—12月底)\n" + "\n".join(entries) + "\n责编:赵 娴\n")
    assert texts == entries


def test_a_chronicle_over_the_years_counts_each_dated_day_once(tmp_path: Path) -> None:
    entries = [f"1939年3月2日，{A}", f"2006年3月2日，{C}", f"2010年3月2日，{D}", f"2011年3月2日，{E}",
               f"2011年3月3日，{G}"]
    assert _texts(tmp_path, "\n".join(entries) + "\n") == entries


def test_marked_briefs_run_into_one_line_are_items(tmp_path: Path) -> None:
    briefs = [f"1月2日，商务部市场运行司领导来保税区调研。{C}", f"1月4日，基金会专家一行来保税区现场考察。{D}",
              f"1月12日，海关关长一行9人来保税区考察学习。{E}"]
    texts = _texts(tmp_path, "|\n" + " ".join(f"◎{b}" for b in briefs) + "\n")
    assert texts == briefs
