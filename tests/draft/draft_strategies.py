"""Hypothesis strategies for briefings in the form the draft holds them.

Adjacent spans of one kind read back as one (office suites split and join runs freely), so the
generated paragraphs alternate kinds; text has no tabs or line breaks (the masthead and 版记 use
a tab as separator) and nothing XML cannot hold.
"""

from __future__ import annotations

from hypothesis import strategies as st

from briefgen.model import (
    Briefing,
    Contents,
    DocumentMeta,
    Heading,
    Imprint,
    ImprintLine,
    Item,
    Masthead,
    Paragraph,
    Provenance,
    Span,
    Table,
)

ALPHABET = "安康市政府召开常务会议工业投资增长亿元万人数据一二三（）、，。：%·“”ABCxyz0123456789 \u3000"
text = st.text(alphabet=ALPHABET, max_size=24)
words = st.text(alphabet=ALPHABET, min_size=1, max_size=24)
label = st.text(alphabet=ALPHABET.replace("：", ""), min_size=1, max_size=4)


@st.composite
def spans(draw: st.DrawFn) -> list[Span]:
    """Return spans whose neighbours differ in kind."""
    out: list[Span] = []
    for kind in draw(st.lists(st.sampled_from(["text", "figure", "source"]), max_size=4)):
        if not out or out[-1].kind != kind:
            out.append(Span(draw(words), kind))
    return out


provenance = st.builds(
    Provenance,
    file=words,
    article_id=st.none() | st.integers(0, 9999),
    title=st.none() | words,
    published=st.none() | st.just("2023-01-05"),
    paragraph=st.none() | st.integers(0, 40),
    line=st.none() | st.integers(1, 400),
)
paragraph = st.builds(
    Paragraph,
    spans=spans(),
    role=st.sampled_from(["body", "lead", "note", "contents"]),
    provenance=st.lists(provenance, max_size=2),
)
item = st.builds(
    Item,
    title=text,
    paragraphs=st.lists(paragraph, max_size=3),
    source_note=text,
    provenance=st.lists(provenance, max_size=2),
)
cells = st.lists(text, max_size=4)
block = st.one_of(
    st.builds(Heading, text=text, level=st.integers(0, 4)),
    paragraph,
    item,
    st.builds(Table, caption=text, header=cells, rows=st.lists(cells, max_size=3)),
    st.builds(Contents, title=text, entries=st.lists(text, max_size=4)),
)
briefings = st.builds(
    Briefing,
    meta=st.builds(DocumentMeta, title=text, author=text, city=words, week=st.just("2023-W01"),
                   issue=st.integers(1, 99), subject=text),
    masthead=st.builds(Masthead, title=words, issue_label=words, issuer=text, date_label=text),
    blocks=st.lists(block, max_size=8),
    imprint=st.builds(
        Imprint,
        lines=st.lists(st.builds(ImprintLine, label=label, text=text), max_size=3),
        issuer=text,
        printed_date=text,
        copies=st.none() | st.integers(0, 999),
    ),
)
