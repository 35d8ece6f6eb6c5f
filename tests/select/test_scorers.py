"""Each passage scorer on its own, through the shared interface."""

from __future__ import annotations

from typing import Any

from briefgen.select.candidates import Candidate
from briefgen.select.config import body_suffixes, boilerplate_patterns, selector_settings
from briefgen.select.scorers import ScoreContext, default_scorers
from briefgen.select.scorers.boilerplate import BoilerplateScorer
from briefgen.select.scorers.concrete import ConcreteScorer
from briefgen.select.scorers.lead import LeadScorer
from briefgen.select.scorers.period import PeriodScorer
from briefgen.select.scorers.theme import ThemeScorer
from briefgen.select.text import content_words
from briefgen.select.themes import load_themes


def candidate(tokens: str, para: int = 0, sent: int = 0, **facts: Any) -> Candidate:
    words = tokens.split()
    return Candidate(
        article_id=1, paragraph=para, line=1, order=0, para_rank=para, sent_rank=sent,
        text="".join(words), tokens=words, words=content_words(words), **facts,
    )


def context(theme: str | None = None, start: str | None = None, end: str | None = None) -> ScoreContext:
    by_name = {t.name: t for t in load_themes().themes}
    return ScoreContext(
        start, end, by_name.get(theme or ""), selector_settings(), body_suffixes(),
        boilerplate_patterns(),
    )


def test_every_scorer_has_a_weight() -> None:
    weights = selector_settings()["weights"]
    assert [s.name for s in default_scorers()] == list(weights)


def test_lead_decays_by_paragraph_and_sentence() -> None:
    lead = LeadScorer()
    first, second, later = candidate("甲"), candidate("乙", sent=1), candidate("丙", para=2)
    assert lead.score(first, context()) == 1.0
    assert lead.score(first, context()) > lead.score(second, context()) > 0
    assert lead.score(later, context()) < lead.score(first, context())


def test_boilerplate_penalised_unless_concrete() -> None:
    scorer = BoilerplateScorer()
    empty = candidate("深入 学习 贯彻 党 的 二十大 精神 ， 切实 增强 责任感 和 紧迫感")
    plain = candidate("1月5日 ， 全市 项目 推进会 召开")
    assert scorer.score(empty, context()) <= -0.9
    assert scorer.score(plain, context()) == 0.0
    dated = candidate(
        "1月5日 ， 深入 学习 贯彻 党 的 二十大 精神", events=[{"text": "1月5日", "start": "x"}]
    )
    assert scorer.score(empty, context()) < scorer.score(dated, context()) < 0


def test_meeting_closing_filler_is_boilerplate() -> None:
    scorer = BoilerplateScorer()
    assert scorer.score(candidate("会议 还 研究 了 其他 事项 。"), context()) < 0
    assert scorer.score(candidate("会议 还 审议 其他 事项"), context()) < 0
    assert scorer.score(candidate("会议 研究 了 春耕 备耕 事项"), context()) == 0.0


def test_concrete_counts_figures_places_bodies() -> None:
    scorer = ConcreteScorer()
    bare = candidate("要 进一步 提高 认识")
    rich = candidate(
        "汉滨区 教育局 新建 学校 3 所",
        figures=[{"text": "3所"}], places=["汉滨区"],
    )
    assert scorer.score(bare, context()) == 0.0
    assert 0.5 < scorer.score(rich, context()) <= 1.0


def test_theme_relevance_uses_the_articles_theme() -> None:
    scorer = ThemeScorer()
    sentence = candidate("新增 就业 1200 人 ， 发放 低保 资金")
    assert scorer.score(sentence, context("民生保障")) > 0.5
    assert scorer.score(sentence, context("生态环保")) == 0.0
    assert scorer.score(sentence, context(None)) == 0.0


def test_period_rewards_dates_inside_the_week() -> None:
    scorer = PeriodScorer()
    inside = candidate("1月3日", events=[{"start": "2024-01-03", "end": "2024-01-03"}])
    outside = candidate("去年", events=[{"start": "2023-01-01", "end": "2023-12-31"}])
    week = context(start="2024-01-01", end="2024-01-07")
    assert scorer.score(inside, week) > 0 > scorer.score(outside, week)
    assert scorer.score(inside, context()) == 0.0


def test_chatty_and_colloquial_lines_are_boilerplate() -> None:
    scorer = BoilerplateScorer()
    assert scorer.score(candidate("你看 ， 某 公司 的 智能 印刷 基地 ， 那 智能 生产线 ， 效率 提升 了 30% 以上 。"), context()) < 0
    assert scorer.score(candidate("人流 还是 很多 ， 每天 大概 会 卖出 小龙虾 400 斤 左右 吧 !"), context()) < 0
    assert scorer.score(candidate("某 公司 智能 生产线 投产 ， 效率 提升 30% 以上 。"), context()) == 0.0
    assert scorer.score(candidate("看到 群众 满意 ， 我们 的 工作 就 值得 。"), context()) == 0.0
