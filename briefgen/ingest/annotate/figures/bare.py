"""Chinese numerals read by what stands beside them: a multiplier alone inside a name."""

from __future__ import annotations

import re

from briefgen.ingest.annotate.figures.vocab import figure_words

CJK = re.compile(r"[\u4e00-\u9fff]")


def multiplier_name(num: str, unit: str, following: str) -> bool:
    """Return True for a multiplier standing alone before a measure unit inside a name (万亩稻菜轮作产业带).

    A classifier still counts (千架无人机), and so does a milestone (突破千亿元大关): only a measure
    (亩, 吨, 元) with a name after it is read as a name.
    """
    w = figure_words()
    return (all(c in "".join(w.multipliers) for c in num) and unit not in w.classifiers
            and CJK.match(following[:1]) is not None and not following.startswith(w.not_after_exempt))

