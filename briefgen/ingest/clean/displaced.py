"""Paragraphs displaced by a column break: a run at the end of one article that belongs to another.

On a newspaper page a column's continuation can land after an unrelated article. The signs, taken
together: the article ends mid-sentence (no closing punctuation, no source note), and its last paragraphs share many 3-grams with one other
article on the page that occur nowhere else (names of its subject), and next to none with their
own article. Such a run is moved to the end of the article it belongs to.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from briefgen.ingest.clean.repeats import grams
from briefgen.ingest.split.vocab import ends_sentence, is_lead

if TYPE_CHECKING:
    from briefgen.ingest.split.segment import RawArticle

MIN_SHARED = 10  # 3-grams the run shares only with the other article
OWN_FACTOR = 4  # … at least this many times those it shares only with its own article
PARAGRAPH_MIN = 3  # each paragraph of the run must itself lean to the other article by this many
MIN_LEFT = 2  # paragraphs the article keeps
TITLE_SHARED = 3  # 3-grams of an article's headline in another's text that make them one story
PROBE_MAX = 64  # 3-grams of a last paragraph short enough to look up one by one before any article's are taken


def _bag(paragraphs: list[tuple[str, int]]) -> set[str]:
    out: set[str] = set()
    for text, _ in paragraphs:
        out |= grams(text)
    return out


def _leaning(mine: set[str], own: set[str], others: list[set[str]], df: Counter[str]) -> tuple[int, int, int]:
    """Return (other article, 3-grams shared only with it, 3-grams shared only with ``own``)."""
    only = [len({g for g in mine & bag if df[g] == 1} - own) for bag in others]
    best = max(range(len(others)), key=only.__getitem__)
    return best, only[best], len({g for g in mine & own if df[g] == 0})


def _ends_mid_sentence(article: RawArticle) -> bool:
    """Return True when the article has enough body and stops without punctuation or source note."""
    paras = article.paragraphs
    return len(paras) > MIN_LEFT and not article.closed and not ends_sentence(paras[-1][0])


def _run_host(paras: list[tuple[str, int]], start: int, others: list[set[str]], df: Counter[str]) -> int:
    """Return the article every paragraph from ``start`` on leans to (against those before), or -1."""
    own = _bag(paras[:start])
    hosts = set()
    for text, _ in paras[start:]:
        target, shared, mine = _leaning(grams(text), own, others, df)
        if shared < PARAGRAPH_MIN or shared <= mine:
            return -1
        hosts.add(target)
    if len(hosts) != 1:
        return -1
    host = hosts.pop()
    run, only_host = _bag(paras[start:]), [b if n == host else set() for n, b in enumerate(others)]
    _, shared, mine = _leaning(run, own, only_host, df)
    return host if shared >= MIN_SHARED and shared >= OWN_FACTOR * (mine + 1) else -1


def _displaced_run(i: int, articles: list[RawArticle], bags: list[set[str]]) -> tuple[int, int]:
    """Return (host article, run length) for article ``i``; run length 0 when nothing is displaced."""
    article = articles[i]
    paras = article.paragraphs
    others = [bag if k != i else set() for k, bag in enumerate(bags)]
    df = Counter(g for bag in others for g in bag & bags[i])  # only its own 3-grams are looked up
    found = (-1, 0)
    for start in range(len(paras) - 1, MIN_LEFT - 1, -1):
        if start in article.headings or is_lead(paras[start][0]):
            break
        host = _run_host(paras, start, others, df)
        if host >= 0:
            found = (host, len(paras) - start)
    return found


def _one_story(article: RawArticle, host: set[str]) -> bool:
    """Return True when the article's headline is told in the host's words (农民工返乡创业“雁归来” under …返乡创业潮观察):
    a section of the same story, whose cut-off end is its own, not a run displaced from it."""
    return len(grams(article.title or "") & host) >= TITLE_SHARED


def _last_may_lean(articles: list[RawArticle], i: int) -> bool:
    """Return False when article ``i``'s last paragraph (in every run) shares too few 3-grams with any other article."""
    mine = grams(articles[i].paragraphs[-1][0])
    if len(mine) > PROBE_MAX:
        return True
    for k, other in enumerate(articles):
        text = "\n".join("".join(t.split()) for t, _ in other.paragraphs) if k != i else ""
        if sum(g in text for g in mine) >= PARAGRAPH_MIN:
            return True
    return False


def reattach_displaced(articles: list[RawArticle]) -> int:
    """Move displaced trailing runs to the end of the article they belong to; return how many moved."""
    open_ended = [i for i, a in enumerate(articles) if _ends_mid_sentence(a)]
    if len(articles) < 2 or not open_ended:
        return 0
    bags: list[set[str]] = []  # each article's 3-grams, taken when first needed and kept up to date
    moved = 0
    for i in open_ended:
        if not _last_may_lean(articles, i):
            continue
        bags = bags or [_bag(a.paragraphs) for a in articles]
        article = articles[i]
        host, k = _displaced_run(i, articles, bags)
        if k and not _one_story(article, bags[host]):
            run = article.paragraphs[-k:]
            del article.paragraphs[-k:]
            articles[host].paragraphs.extend(run)
            bags[i], bags[host] = _bag(article.paragraphs), bags[host] | _bag(run)
            moved += k
    return moved
