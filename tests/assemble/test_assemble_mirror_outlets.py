"""Mirror pages of one meeting: the source note names each page's outlet from its evidence, never a mirror."""

from __future__ import annotations

import re
from pathlib import Path

from weekly_run import printed_weekly

BODY = ("1月5日，市長主持召開市政府第十次常務會議，研究部署春節期間安全生產和市場保供工作。\n\n"
        "會議聽取了全市重點項目建設情況匯報，審議通過《安康市城市供水管理辦法》。"
        "會議要求，各縣區要抓好節日市場保供，全市儲備豬肉200噸、蔬菜500噸。\n")
PAGES = {
    # a mirror whose lead credit names the outlet (traditional script, pinyin glosses of a conversion site)
    "gjxw.txt": ("各界新聞網(wǎng)訊(記者 唐冰)" + BODY, None),
    # a mirror that copied 本網訊 and kept the outlet's path and article number
    # (each copy differs by a sentence: an exact copy is dropped at ingest before any note can cite it)
    "mirror.txt": ("本網訊(記者 王明)" + BODY + "\n會議還研究了其他事項。\n",
                   "http://m.tabsjx.example/news/ankang/aknews/431717.html"),
    # an anonymous copy on a host nobody registered
    "anon.txt": ("本網訊(記者 王明)" + BODY + "\n會議強調，要壓實責任。\n", "https://zgzhrh.example/Content-2521160"),
}


def test_each_copy_cites_the_outlet_its_page_shows(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (text, url) in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
        meta = "date: 2023-01-06\ncity: 安康\n" + (f"url: {url}\n" if url else "")
        (folder / f"{name}.meta.yaml").write_text(meta, encoding="utf-8")
    printed = printed_weekly(folder, tmp_path)
    notes = re.findall(r"（([^（）]*1月\d+日[^（）]*)）", printed)
    assert len(notes) == 1, notes
    cited = {part.rsplit("1月", 1)[0] for part in notes[0].split("；")}
    assert cited == {"各界新闻网", "安康新闻网", "网络转载"}
    assert "tabsjx" not in printed and "zgzhrh" not in printed
