"""A round-up whose items stand under numbered headlines (1.县政府召开常务会议 / 3月3日，…): an item apiece.

A report's numbered sections (一、强化组织领导) open with no date; a round-up's items open with a news lead.
"""

from __future__ import annotations

from briefgen.ingest.split.segment import RawArticle
from briefgen.ingest.split.vocab import ends_sentence, is_lead, looks_like_title, vocab

ITEMS_MIN = 2
NAME_MAX = 12  # a list's name before its first item (本周要闻) is short


def _numbered_title(text: str) -> str | None:
    """Return the headline of a numbered headline line (1.县政府召开常务会议), or None."""
    found = vocab().section_number.match(text.strip())
    rest = text.strip()[found.end():].strip() if found else ""
    return rest if rest and looks_like_title(rest) and not ends_sentence(rest) else None


def _news_lead(text: str) -> bool:
    return bool(vocab().lead_opener.match(text.strip())) or is_lead(text.strip())


def _item_heads(paragraphs: list[str]) -> list[int]:
    """Return the indexes of numbered headlines when each stands over a news lead (two at least), else []."""
    heads = [i for i, text in enumerate(paragraphs) if _numbered_title(text) is not None]
    led = [i for i in heads if i + 1 < len(paragraphs) and _news_lead(paragraphs[i + 1])]
    return led if len(led) >= ITEMS_MIN and led == heads else []


def _items(article: RawArticle, heads: list[int]) -> list[RawArticle]:
    """Return the article cut at its numbered headlines; a short list name before the first is their column."""
    intro = article.paragraphs[:heads[0]]
    named = len(intro) == 1 and len(intro[0][0]) <= NAME_MAX and not ends_sentence(intro[0][0])
    column = intro[0][0] if named else article.title or article.column
    out = [] if named or not intro else [RawArticle(title=article.title, column=article.column, paragraphs=intro,
                                                     source=article.source, dateline=article.dateline)]
    for head, end in zip(heads, [*heads[1:], len(article.paragraphs)], strict=True):
        out.append(RawArticle(title=_numbered_title(article.paragraphs[head][0]), column=column,
                              source=article.source, dateline=article.dateline,
                              paragraphs=article.paragraphs[head + 1:end]))
    if out:
        out[-1].captions.extend(article.captions)
    return out


def split_numbered_items(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with every round-up of numbered headlines over news leads split into its items."""
    out: list[RawArticle] = []
    for article in articles:
        heads = _item_heads([text for text, _ in article.paragraphs])
        out.extend(_items(article, heads) if heads else [article])
    return out
