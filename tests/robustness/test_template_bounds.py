"""Issue 14 (Low): a user --template could loop, recurse or grow values without end.

Each template here ran for hours, ate the memory or ended in a traceback before the budget.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from briefgen.assemble.bounds import BoundedEnvironment, TemplateLimits
from briefgen.assemble.build import build_briefing
from briefgen.assemble.profiles import load_profile
from briefgen.assemble.templating import render_text, template_environment
from briefgen.errors import ConfigError

sys.path.insert(0, str(Path(__file__).parents[1] / "assemble"))
from assemble_builders import article, selection  # noqa: E402

ENDLESS = {
    "nested loops": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "a huge range": "{% for i in range(10**9) %}{% endfor %}",
    "macro recursion": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "self include": '{% include "briefing.j2" %}',
    "recursive loop": "{% for x in [1] recursive %}{{ loop([1]) }}{% endfor %}",
    "exponential macros": "{% macro f(n) %}{% if n %}{{ f(n-1) }}{{ f(n-1) }}{% endif %}{% endmacro %}{{ f(60) }}",
    "string repetition": "{{ 'x' * 10**10 }}",
    "doubling by ~": "{% macro f(s) %}{{ f(s ~ s) }}{% endmacro %}{{ f('x') }}",
    "padding filter": "{{ 'x'|center(10**10) }}",
    "padding method": "{{ 'x'.ljust(10**10) }}",
    "format width": "{{ '%999999999d' % 1 }}",
    "squaring": "{% set ns = namespace(x=3) %}{% for i in range(40) %}{% set ns.x = ns.x * ns.x %}{% endfor %}",
    "endless output": "{% for i in range(100000) %}{% for j in range(100) %}{{ 'x' * 60 }}{% endfor %}{% endfor %}",
    "filler text": "{{ lipsum(10**6) }}",
    "division by zero": "{{ 1 / 0 }}",
    "float overflow": "{{ 10.0 ** 400 }}",
}


def build(folder: Path) -> None:
    """Build a one-item briefing with the templates in ``folder``."""
    picks = [article(1, "经济运行", ["全市经济运行平稳。"], title="经济平稳")]
    build_briefing(selection(picks), load_profile("安康"), 1, "2023-W01", dt.date(2023, 1, 9),
                   template_dir=folder)


@pytest.mark.parametrize("source", ENDLESS.values(), ids=ENDLESS.keys())
def test_an_endless_user_template_is_stopped_with_one_line(tmp_path: Path, source: str) -> None:
    (tmp_path / "briefing.j2").write_text(source, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        build(tmp_path)
    message = str(caught.value)
    assert "模板" in message and "\n" not in message and "Traceback" not in message


def test_the_shipped_templates_stay_far_inside_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen.assemble import build

    used: list[int] = []

    def spy(env: BoundedEnvironment, context: dict) -> str:  # type: ignore[type-arg]
        text = render_text(env, context)
        used.append(env.limits.steps - env.steps_left)
        return text

    monkeypatch.setattr(build, "render_text", spy)
    picks = [article(n, "经济运行", ["全市经济运行平稳。"] * 5, title=f"经济平稳{n}") for n in range(30)]
    build_briefing(selection(picks), load_profile("安康"), 1, "2023-W01", dt.date(2023, 1, 9))
    assert used and 0 < max(used) < TemplateLimits().steps // 100


def test_every_loop_iteration_costs_a_step(tmp_path: Path) -> None:
    (tmp_path / "briefing.j2").write_text("{% for i in range(50) %}{% endfor %}", encoding="utf-8")
    env = template_environment(tmp_path)
    env.limits = TemplateLimits(steps=40)  # type: ignore[attr-defined]
    with pytest.raises(ConfigError, match="40 步"):
        render_text(env, {})
    env.limits = TemplateLimits(steps=60)  # type: ignore[attr-defined]
    assert render_text(env, {}) == ""


def test_weekly_with_an_endless_template_exits_2_with_one_line(tmp_path: Path) -> None:
    from badinputs import META, WEEK
    from badinputs import article as text
    from test_output_failures import invoke, no_traceback

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(text(0), encoding="utf-8")
    (folder / "a.txt.meta.yaml").write_text(META, encoding="utf-8")
    templates = tmp_path / "t"
    templates.mkdir()
    (templates / "briefing.j2").write_text(ENDLESS["nested loops"], encoding="utf-8")
    result = invoke("weekly", "--city", "安康", "--week", WEEK, "--corpus", str(folder), "--template",
                    str(templates), "--db", str(tmp_path / "c.sqlite"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2, result.stderr
    no_traceback(result)
    assert result.stderr.count("\n") == 1 and "步的上限" in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
