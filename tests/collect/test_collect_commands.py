"""``briefgen collect``, ``sources`` and ``weekly --collect`` end to end against the local site."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from collect_site import WEEK, WEEK_STORIES, build_week_site

from briefgen.cli import main


def _profile(site, folder: Path, extra: str = "") -> dict[str, str]:
    """Write a user profile for 安康 whose sources are the local site; return the environment."""
    (folder / "profiles").mkdir(parents=True)
    (folder / "profiles" / "ankang.yaml").write_text(
        "city: 安康市\nsources:\n"
        f"  - {{name: 市政府网·新闻资讯, url: '{site.url('/Node-1466.html')}', delay: 0}}\n"
        f"  - {{name: 市政府网·部门动态, url: '{site.url('/Node-1470.html')}', delay: 0}}\n" + extra,
        encoding="utf-8")
    return dict(os.environ, BRIEFGEN_CONFIG=str(folder))


def _run(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefgen", *argv], capture_output=True, text=True,
                          env=env, timeout=300)


@pytest.mark.parametrize("name", ["collect", "sources"])
def test_help(name: str) -> None:
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0 and "例：" in result.output


def test_weekly_collect_builds_the_week_and_reruns_the_same_issue(site, tmp_path):
    build_week_site(site)
    env = _profile(site, tmp_path / "cfg")
    argv = ["weekly", "--city", "安康", "--collect", "--week", WEEK, "--db", str(tmp_path / "c.sqlite"),
            "--out", str(tmp_path / "out"), "--json"]
    first = _run(*argv, env=env)
    assert first.returncode == 0, first.stderr
    briefing = json.loads(first.stdout)
    titles = [t for s in briefing["sections"] for t in s["items"]] + [a["title"] for a in briefing["left_out"]]
    week = [title for day, title, _ in WEEK_STORIES if briefing["start"] <= day.isoformat() <= briefing["end"]]
    assert sorted(titles) == sorted(week) and len(week) == 6
    assert Path(briefing["pdf"]).is_file() and Path(briefing["docx"]).is_file()
    site.clear()
    again = _run(*argv, env=env)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["issue"] == briefing["issue"]
    assert site.paths(200) == ["/robots.txt"]  # list pages answer 304, articles come from the cache


def test_collect_json_contract_and_source_option(site, tmp_path):
    stories = build_week_site(site)
    env = _profile(site, tmp_path / "cfg")
    db = str(tmp_path / "c.sqlite")
    proc = _run("collect", "--city", "安康", "--since", "2023-01-09", "--until", "2023-01-15", "--db", db,
                "--json", "--source", site.url("/Node-1470.html"), "--source", site.url("/Content-404.html"),
                env=env)
    assert proc.returncode == 1  # one source failed: reported, the rest collected
    data = json.loads(proc.stdout)
    assert set(data) == {"found", "new", "known", "failed"}
    assert (data["found"], data["new"], data["known"]) == (2, 2, 0)
    assert data["failed"] == [{"url": site.url("/Content-404.html"), "reason": "网站返回 HTTP 404"}]
    assert f"{site.url('/Content-404.html')}：网站返回 HTTP 404" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not [p for p in site.paths() if p == stories[7].path]  # only the --source pages were read
    proc = _run("collect", "--city", "安康", "--since", "2023-01-09", "--until", "2023-01-15", "--db", db,
                env=env)
    assert proc.returncode == 0 and "新增 4 篇，语料库已有 2 篇" in proc.stdout


def test_sources_check(site, tmp_path):
    build_week_site(site)
    extra = (f"  - {{name: 坏栏目, url: '{site.url('/Node-9.html')}', delay: 0}}\n"
             f"  - {{name: 停用, url: '{site.url('/Node-7.html')}', enabled: false, verified: false}}\n")
    env = _profile(site, tmp_path / "cfg", extra)
    proc = _run("sources", "--city", "安康", "--check", "--json", env=env)
    assert proc.returncode == 1
    rows = {r["name"]: r for r in json.loads(proc.stdout)}
    assert rows["市政府网·新闻资讯"]["ok"] and rows["市政府网·新闻资讯"]["articles"] == 4  # first page only
    assert rows["市政府网·部门动态"]["articles"] == 2
    assert not rows["坏栏目"]["ok"] and "404" in rows["坏栏目"]["reason"]
    assert "ok" not in rows["停用"] and "/Node-7.html" not in site.paths()
    listing = _run("sources", "--city", "安康", env=env)
    assert listing.returncode == 0 and "停用（list）" in listing.stdout and "（已停用）" in listing.stdout


def test_shipped_ankang_sources_are_listed_and_marked_unverified(tmp_path):
    proc = _run("sources", "--city", "安康", "--json", env=dict(os.environ, BRIEFGEN_CONFIG=str(tmp_path)))
    assert proc.returncode == 0
    rows = json.loads(proc.stdout)
    assert any(r["url"].startswith("https://www.ankang.gov.cn/Node-") and r["enabled"] for r in rows)
    assert any(r["kind"] == "epaper" for r in rows)
    assert not any(r["verified"] for r in rows)


def test_bad_sources_are_one_chinese_line(tmp_path):
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "ankang.yaml").write_text(
        "city: 安康市\nsources:\n  - {url: 'ftp://x.cn/', kind: list}\n", encoding="utf-8")
    proc = _run("collect", "--city", "安康", "--db", str(tmp_path / "c.sqlite"),
                env=dict(os.environ, BRIEFGEN_CONFIG=str(tmp_path)))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "sources 的 url 应以 http:// 或 https:// 开头" in proc.stderr.strip()
