"""Traditional → simplified: OpenCC, and the particle 着 a mirror left as 著 after a verb."""

from __future__ import annotations

import pytest

from briefgen.readers.simplify import to_simplified


@pytest.mark.parametrize(("text", "simple"), [
    ("隨著公園的建成", "随着公园的建成"),
    ("随著公园的建成，空气中弥漫著清甜的气息", "随着公园的建成，空气中弥漫着清甜的气息"),
    ("效果显著，著名作家的著作", "效果显著，著名作家的著作"),
    ("標(biāo)志著該產業園建設正式拉開帷幕", "标(biāo)志着该产业园建设正式拉开帷幕"),  # not a listed verb: any 著 outside a zhù word
    ("他著有《某某》，臭名昭著", "他著有《某某》，臭名昭著"),
])
def test_the_particle_is_written_zhe_and_other_uses_of_zhu_stay(text: str, simple: str) -> None:
    assert to_simplified(text) == simple
