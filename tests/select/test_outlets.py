"""Source-note outlets from the page's own evidence: source line, lead credit, address — never a mirror's host."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from briefgen.corpus.store import Corpus
from briefgen.errors import ConfigError
from briefgen.records import DocumentResult
from briefgen.select.outlets import outlet, outlet_rules, parse_rules
from briefgen.select.selector import select

RULES = parse_rules({
    "credits": [r"^(新华社)[^，]{0,12}?电", r"^(?!本)([\u4e00-\u9fff]{2,12}?(?:日报|新闻网|网))[\u4e00-\u9fff]{0,4}?讯"],
    "self_web": r"^本(?:网|站)讯",
    "pinyin": r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]",
    "paths": [{"pattern": r"^/news/ankang/\w+/\d+\.html$", "outlet": "安康新闻网"}],
    "hosts": {"akxw.cn": "安康新闻网", "ankang.gov.cn": "安康市人民政府网站"},
    "unknown_web": "网络转载",
    "joined_source": r"^[\u4e00-\u9fff]{2,10}网\s*[-－—]\s*([\u4e00-\u9fff]{2,12}报)$",
})


def test_the_page_source_line_wins() -> None:
    assert outlet("各界新闻网", "安康日报讯（记者 王明）1月5日", "http://mirror.example/x.html", RULES) == "各界新闻网"


def test_a_source_line_joining_a_site_and_its_paper_cites_the_paper() -> None:
    assert outlet("华商网-华商报", None, None, RULES) == "华商报"
    assert outlet("华商网-华商报", None, None, outlet_rules()) == "华商报"
    assert outlet("安康市人民政府网", None, None, RULES) == "安康市人民政府网"


def test_a_lead_credit_names_the_outlet_even_in_traditional_script_with_pinyin() -> None:
    assert outlet(None, "各界新聞網(wǎng)訊(記者 唐冰)2月16日", "http://m.mirror.example/a/1.html", RULES) == "各界新闻网"
    assert outlet(None, "安康日报讯（记者 王明）1月5日", None, RULES) == "安康日报"
    assert outlet(None, "新华社西安2月15日电（记者 李华）", None, RULES) == "新华社"


def test_a_mirror_with_the_outlets_path_cites_the_outlet_not_its_own_host() -> None:
    assert outlet(None, "本網(wǎng)訊(記者 黃慧慧)2月14日", "http://m.tabsjx.example/news/ankang/aknews/431717.html",
                  RULES) == "安康新闻网"


def test_a_registered_host_or_its_parent_domain_names_the_site() -> None:
    assert outlet(None, "本网讯 2月14日", "http://akxw.cn/zt/2023/1.html", RULES) == "安康新闻网"
    assert outlet(None, None, "https://gxj.ankang.gov.cn/Content-2521194.html", RULES) == "安康市人民政府网站"


def test_an_anonymous_mirror_is_never_cited_as_the_original() -> None:
    assert outlet(None, "本网讯（记者 王明）1月5日", "https://zgzhrh.example/Content-1", RULES) == "网络转载"
    assert outlet(None, None, "https://zgzhrh.example/Content-1", RULES) == "网络转载"
    assert outlet(None, "本網(wǎng)訊(記者 黃慧慧)2月14日", None, RULES) == "网络转载"


def test_a_file_without_any_evidence_names_no_outlet() -> None:
    assert outlet(None, "1月5日，市政府召开常务会议。", None, RULES) is None
    assert outlet(None, "本报讯（记者 王明）1月5日", None, RULES) is None


def test_shipped_rules_read_real_credits() -> None:
    rules = outlet_rules()
    assert outlet(None, "各界新聞網訊(實習記者 陳鵬 記者 唐冰)2月16日", None, rules) == "各界新闻网"
    assert outlet(None, "本網(wǎng)訊(記者 唐正飛)2月16日下午", "http://fzhcxjc.com/news/ankang/aknews/431824.html",
                  rules) == "安康新闻网"


def test_malformed_rules_are_a_config_error() -> None:
    with pytest.raises(ConfigError, match="outlets.yaml"):
        parse_rules({"credits": ["("], "self_web": "", "pinyin": "", "unknown_web": ""})


def _page(corpus: Corpus, build: Any, name: str, lead: str, url: str | None) -> None:
    """Store one converted page whose first original line is ``lead`` and whose address is ``url``."""
    body = "2月16日下午，安康市人大会议主席团举行第三次会议，通过候选人名单，交各代表团审议。"
    record = build.article(1, None, [build.passage(0, body)], published="2023-02-16",
                           events=[build.event("2月16日", "2023-02-16", 0)])
    record.source = None
    record.converted_from_traditional = True
    record.passages[0].original = lead + body
    corpus.store(DocumentResult(path=name, sha256=hashlib.sha256(name.encode()).hexdigest(), size=1,
                                articles=[record], city="安康市", url=url))


def test_selected_articles_carry_the_outlet_the_page_shows(corpus: Corpus, build: Any, no_user_config: Path) -> None:
    _page(corpus, build, "/docs/mirror.txt", "本網(wǎng)訊(記者 唐正飛)", "http://fzhcxjc.com/news/ankang/aknews/431824.html")
    picked = select(corpus, "安康市", "2023-02-13", "2023-02-19")
    assert [a.source for a in picked.articles] == ["安康新闻网"]


def test_a_source_line_naming_no_outlet_is_passed_over() -> None:
    rules = outlet_rules()
    assert outlet("绍祖问答网", "本报讯 记者某某报道：11月2日，", "http://mirror.example/a/1.html", rules) == "网络转载"
    assert outlet("sp20241118", None, "http://mirror.example/a/2.html", rules) == "网络转载"
    assert outlet("某某问答网", "安康日报讯（记者 王明）1月5日", None, rules) == "安康日报"
    assert outlet("安康日报", None, None, rules) == "安康日报"
    assert outlet("办公室", "1月30日，某市生态环境保护工作会议召开。", None, rules) is None  # the office that filed it
    assert outlet("市委办公室", None, None, rules) == "市委办公室"
