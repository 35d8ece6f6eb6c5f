"""Theme rules: whole-word matching, compounds that hide keywords, lead and title weight, fallback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefgen.corpus.store import Corpus
from briefgen.select.article import article_theme
from briefgen.select.candidates import Candidate
from briefgen.select.config import body_suffixes, boilerplate_patterns, selector_settings
from briefgen.select.gather import article_facts
from briefgen.select.lexicon import build_lexicon, text_matches, token_matches
from briefgen.select.scorers import ScoreContext
from briefgen.select.scorers.theme import ThemeScorer
from briefgen.select.themes import load_themes, primary_theme, theme_scores

ZONE_PARTY = "经济开发区举办2024年元旦相亲联谊会"


def candidate(spaced: str) -> Candidate:
    """Return a one-sentence candidate from space-separated tokens."""
    words = spaced.split()
    return Candidate(
        article_id=1, paragraph=0, line=1, order=0, para_rank=0, sent_rank=0,
        text="".join(words), tokens=words, words=frozenset(words),
    )


def toks(spaced: str) -> list[str]:
    """Return hand-written jieba tokens given space-separated."""
    return spaced.split()


def test_keyword_inside_a_zone_name_does_not_count_in_title() -> None:
    book = load_themes()
    scores = theme_scores(book, [], title=ZONE_PARTY)
    assert scores["经济运行"] == 0
    assert primary_theme(book, scores) == book.fallback


def test_a_water_inspection_brigade_fighting_illegal_sand_mining_is_ecology_not_party_discipline() -> None:
    book = load_themes()
    scores = theme_scores(book, [], title="蕲春县水政监察执法大队依法打击河道非法采砂行为")
    assert (scores["党的建设与作风"], primary_theme(book, scores)) == (0, "生态环保")
    assert theme_scores(book, [], title="县规划监察大队会同国土执法队共拆除“两违”建筑物")["党的建设与作风"] == 0


def test_zone_title_follows_its_body() -> None:
    book = load_themes()
    body = toks("开发区 团工委 、 区 妇联 、 区工会 联合 举办 元旦 公益 相亲会 ， 200 多名 青年 参加 。")
    scores = theme_scores(book, body, title=ZONE_PARTY, lead=body)
    assert primary_theme(book, scores) == "民生保障"


def test_zone_name_split_across_tokens_hides_its_keyword() -> None:
    book = load_themes()
    assert token_matches(book.lexicon, toks("三门峡 经济 开发区 举办 会议")) == {"会议": 1}
    assert token_matches(book.lexicon, toks("全市 经济 运行 平稳")) == {"经济运行": 1}


def test_longest_keyword_wins_over_the_shorter_one_inside() -> None:
    book = load_themes()
    assert token_matches(book.lexicon, toks("守住 粮食 安全 底线")) == {"粮食安全": 1}
    scores = theme_scores(book, toks("守住 粮食 安全 底线"))
    assert scores["安全稳定与社会治理"] == 0
    assert text_matches(book.lexicon, "夯实粮食安全根基") == {"粮食安全": 1}


def test_longer_token_ending_in_a_keyword_counts_when_suffixes_are_on() -> None:
    on = build_lexicon([("会", {"会议": 1.0})], (), 2)
    off = build_lexicon([("会", {"会议": 1.0})], (), 0)
    assert token_matches(on, ["专题会议"]) == {"会议": 1}
    assert token_matches(off, ["专题会议"]) == {}


def test_title_matches_left_to_right_on_whole_entries() -> None:
    lex = build_lexicon([("甲", {"安全生产": 3.0, "生产": 1.0, "排查": 2.0})], ["生产基地"], 0)
    assert text_matches(lex, "全市安全生产隐患排查") == {"安全生产": 1, "排查": 1}
    assert text_matches(lex, "建成生产基地") == {}


def test_repeats_in_the_body_count_less_than_linearly() -> None:
    book = load_themes()
    once = theme_scores(book, ["签约"])["项目建设与招商引资"]
    many = theme_scores(book, ["签约"] * 8)["项目建设与招商引资"]
    assert once < many < 4 * once


def test_long_body_does_not_drown_the_title() -> None:
    book = load_themes()
    body = toks("项目 开工 签约 总投资 生态环境 污染 水质 地区生产总值 财政收入 同比") * 40
    scores = theme_scores(book, body, title="全市安全生产隐患排查整治会召开")
    assert primary_theme(book, scores) == "安全稳定与社会治理"


def test_lead_counts_more_than_later_text() -> None:
    book = load_themes()
    lead = toks("全市 开展 安全生产 隐患 排查")
    later = toks("同时 推进 重点项目 集中 开工")
    scores = theme_scores(book, lead + later, lead=lead)
    assert primary_theme(book, scores) == "安全稳定与社会治理"
    assert primary_theme(book, theme_scores(book, later + lead, lead=later)) == "项目建设与招商引资"


def test_one_weak_word_falls_back() -> None:
    book = load_themes()
    assert primary_theme(book, theme_scores(book, ["经济", "来", "了"])) == book.fallback


def test_user_compound_hides_a_keyword(no_user_config: Path) -> None:
    book = load_themes()
    assert token_matches(book.lexicon, ["旅游", "大巴"]) == {"旅游": 1}
    (no_user_config / "themes.yaml").write_text("compounds: [旅游大巴]\n", encoding="utf-8")
    assert token_matches(load_themes().lexicon, ["旅游", "大巴"]) == {}


def test_sentence_theme_score_uses_whole_words() -> None:
    by_name = {t.name: t for t in load_themes().themes}
    book = load_themes()
    context = ScoreContext(
        None, None, by_name["经济运行"], selector_settings(), body_suffixes(),
        boilerplate_patterns(), book.lexicon,
    )
    scorer = ThemeScorer()
    assert scorer.score(candidate("三门峡 经济 开发区 举办 联谊会"), context) == 0
    assert scorer.score(candidate("全市 经济 运行 稳中 向好"), context) > 0


def test_dash_subtitle_under_the_title_counts_as_title(corpus: Corpus, build: Any) -> None:
    build.add(build.article(1, "构筑强磁场 提升软环境", [
        build.passage(0, "——某市 持续 优化 营商环境 工作 综述"),
        build.passage(1, "今年 3月 ， 科技园 项目 开工 建设 。", "项目 投产 后 将 成为 生产 基地 。"),
    ]))
    (facts,) = article_facts(corpus, corpus.article_ids())
    scores = article_theme(facts, load_themes())
    assert primary_theme(load_themes(), scores) == "改革创新与营商环境"


def test_every_shipped_compound_hides_some_keyword() -> None:
    lexicon = load_themes().lexicon
    idle = [c for c in lexicon.compounds if not any(k in c for k in lexicon.weights)]
    assert idle == [], f"theme_compounds.yaml 中这些词不含任何关键词：{idle}"
