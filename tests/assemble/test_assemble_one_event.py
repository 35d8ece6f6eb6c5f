"""Three outlets report one meeting: the weekly prints it once, citing all three (real ingest and PDF)."""

from __future__ import annotations

from pathlib import Path

from weekly_run import printed_weekly

REPORTS = {
    "ribao": ("安康日报", "2023-01-06", "# 市政府召开第十次常务会议\n\n"
              "本报讯（记者 王明）1月5日，市长主持召开市政府第十次常务会议，研究部署春节期间安全生产和市场保供工作。\n\n"
              "会议听取了全市重点项目建设情况汇报，审议通过《安康市城市供水管理办法》。"
              "会议要求，各县区要抓好节日市场保供，全市储备猪肉200吨、蔬菜500吨，确保群众过一个欢乐祥和的春节。\n"),
    "zfw": ("安康市政府网", "2023-01-05", "# 市政府召开常务会议\n\n"
            "1月5日，市长主持召开市政府第十次常务会议，研究部署春节期间安全生产和市场保供工作。"
            "会议审议通过《安康市城市供水管理办法》。\n"),
    "sxrb": ("陕西日报", "2023-01-07", "# 安康部署春节安全生产和市场保供\n\n"
             "本报讯 1月5日，安康市政府召开常务会议，研究春节期间安全生产和市场保供工作，"
             "审议通过《安康市城市供水管理办法》。会议明确，全市储备猪肉200吨、蔬菜500吨。\n"),
    "other": ("安康日报", "2023-01-06", "# 全市教育工作会议召开\n\n"
              "本报讯 1月4日，全市教育工作会议召开，总结去年教育改革发展成效，安排今年学前教育普惠扩容，"
              "全年新建幼儿园12所、新增学位3600个。\n"),
}


def test_three_outlets_one_meeting_one_item_citing_all(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (source, day, text) in REPORTS.items():
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
        (folder / f"{name}.md.meta.yaml").write_text(f"source: {source}\ndate: {day}\ncity: 安康\n", encoding="utf-8")
    printed = printed_weekly(folder, tmp_path)
    assert "（安康日报1月6日；安康市政府网1月5日；陕西日报1月7日）" in printed
    assert printed.count("审议通过《安康市城市供水管理办法》") == 1
    assert "全年新建幼儿园12所" in printed
