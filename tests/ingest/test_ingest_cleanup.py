"""Each cleanup rule on small inputs, and properties of the whole: idempotent, keeps non-repeats."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.ingest.clean.cleanup import (
    Para,
    clean_paragraphs,
    containment,
    drop_repeats,
    grams,
    normalize_punctuation,
    rejoin_broken,
    strip_control_chars,
    strip_markup,
    trim_overlap,
)
from briefgen.readers.simplify import to_simplified

LONG = "寇全安强调，全市统一战线要准确把握全会精神实质，不断提升统一战线服务安"
TAIL = "康高质量发展的贡献率。要持之以恒加强自身建设，以过硬能力作风保障统战工作高质量发展。"


def test_rejoin_mid_sentence_break() -> None:
    out = rejoin_broken([Para(LONG, 3), Para(TAIL, 5), Para("会议结束。", 7)])
    assert [p.text for p in out] == [LONG + TAIL, "会议结束。"]
    assert out[0].line == 3


def test_rejoin_leaves_numbered_headings_and_repeated_subheads() -> None:
    paras = [Para("一、肯定成绩，正视问题"), Para("今年以来工作顺利。"),
             Para("拟定计划，抓好责任落实"), Para("街道党工委制定计划。"),
             Para("围绕中心，确保动作到位"), Para("扎实做好规定动作。")]
    assert [p.text for p in rejoin_broken(paras)] == [p.text for p in paras]


def test_drop_exact_half_and_tail_copies() -> None:
    a = "要树牢目标、问题、结果三个导向，促使各级各部门抓实大事要事，追赶先进典型，提升短板弱项。要坚持三个注重，吃透活用政策。"
    b = "会上，市考核办专题就考核业务知识对考核组全体成员进行培训。"
    half = a[: len(a) // 2 + 5] + "。"
    tail = "能，" + a[20:]
    kept, dropped = drop_repeats([Para(a), Para(b), Para(b), Para(half), Para(tail)])
    assert [p.text for p in kept] == [a, b]
    assert dropped == 3


def test_later_wider_copy_replaces_earlier_half() -> None:
    a = "全市已累计建成六个国家级星创天地、九个省级星创天地、七个省级农业科技园区，实现县区全覆盖。"
    kept, dropped = drop_repeats([Para(a[:30] + "。"), Para("中间段落内容完全不同，讲的是别的事情。"), Para(a)])
    assert [p.text for p in kept] == [a, "中间段落内容完全不同，讲的是别的事情。"]
    assert dropped == 1


def test_a_summary_above_its_paragraph_goes_and_the_paragraph_stays_where_it_is() -> None:
    full = ("女儿马莉是南艺老师。马莉说，改成这样，唱起来不觉得拗口吗？我理解大家是用这个来搞笑或者调侃，"
            "但现在我们有时候并不尊重自己的经典文化，随意就去丑化或者消解掉，这并不值得提倡。")
    summary = "马莉说，改成这样，唱起来不觉得拗口吗？我理解大家是用这个来搞笑或者调侃，这并不值得提倡。"
    lead = "近日，一张截图在朋友圈流传，那首著名的儿童歌曲被改了，扬子晚报记者采访了原作者的家人。"
    kept, dropped = drop_repeats([Para(summary), Para(lead), Para(full)])
    assert [p.text for p in kept] == [lead, full]
    assert dropped == 1


def test_subheading_contained_in_body_is_kept() -> None:
    body = "做好巩固拓展脱贫攻坚成果同乡村振兴有效衔接，工作不留空档，政策不留空白。"
    kept, dropped = drop_repeats([Para(body), Para("巩固拓展脱贫攻坚成果同乡村振兴有效衔接"), Para("新的内容段落。")])
    assert dropped == 0 and len(kept) == 3


def test_trim_page_break_overlap() -> None:
    prev = "提站位、强能力，把作风建设贯穿始终。"
    assert trim_overlap(prev, "设贯穿始终。要狠抓三个加强。") == "要狠抓三个加强。"
    assert trim_overlap(prev, "要狠抓三个加强。") == "要狠抓三个加强。"


def test_strip_markup_and_controls() -> None:
    assert strip_markup("**一是党史学习教育深入开展。**各部门") == "一是党史学习教育深入开展。各部门"
    assert strip_markup("## 标题") == "标题"
    assert strip_markup("a < b 且 {{ 7*7 }} &amp;") == "a < b 且 {{ 7*7 }} &amp;"
    assert strip_control_chars("会\x00议\x1b召\u202e开\n了") == "会议召开 了"


def test_punctuation_between_chinese_becomes_full_width() -> None:
    assert normalize_punctuation("本报讯(记者 黄慧慧)1月5日,会议召开;产业:闯新路") == "本报讯（记者 黄慧慧）1月5日，会议召开；产业：闯新路"
    assert normalize_punctuation("投资1,000万元，比例4:6，时间10:30，f(x)") == "投资1,000万元，比例4:6，时间10:30，f(x)"


def test_traditional_to_simplified() -> None:
    assert to_simplified("經開區第五次全國經濟普查現場登記正式啟動") == "经开区第五次全国经济普查现场登记正式启动"


def test_clean_paragraphs_flags_and_counts() -> None:
    paras = [Para("相亲会在音乐中拉开序幕?;顒臃譃樗膫€環节，一是自我介绍。"), Para("正常的段落，没有问题。"), Para("正常的段落，没有问题。")]
    out, dropped = clean_paragraphs(paras)
    assert dropped == 1
    assert out[0].flag and out[0].flag.startswith("疑似乱码") and out[1].flag is None


# --- properties -------------------------------------------------------------------------------

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
PUNCT = st.sampled_from(["，", "。", ",", ":", "(", ")", "**", " ", "\x07", "、", "；"])
PARAGRAPH = st.lists(st.one_of(CJK, CJK, CJK, PUNCT), min_size=1, max_size=80).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(PARAGRAPH, max_size=12))
def test_cleanup_is_idempotent_and_leaves_no_controls(texts: list[str]) -> None:
    once, _ = clean_paragraphs([Para(t, i) for i, t in enumerate(texts)])
    twice, dropped = clean_paragraphs(once)
    assert [p.text for p in twice] == [p.text for p in once]
    assert dropped == 0
    assert all(ch >= " " for p in once for ch in p.text)


SENTENCE = st.lists(CJK, min_size=12, max_size=60).map(lambda cs: "".join(cs) + "。")


@settings(max_examples=200, deadline=None)
@given(st.lists(SENTENCE, max_size=10, unique=True))
def test_cleanup_never_drops_a_paragraph_that_is_not_a_repeat(texts: list[str]) -> None:
    out, _ = clean_paragraphs([Para(t) for t in texts])
    kept = "".join(p.text for p in out)
    for i, text in enumerate(texts):
        others = [grams(t) for j, t in enumerate(texts) if j != i]
        is_repeat = any(containment(grams(text), g) >= 0.8 or containment(g, grams(text)) >= 0.8 for g in others)
        assert is_repeat or text in kept


def test_heading_paragraphs_are_never_rejoined() -> None:
    paras = [Para("五年来，人大常委会依法履职。"), Para("依法开展监督 书写履职情怀", heading=True),
             Para("开展执法检查12次，听取专项工作报告20个。")]
    assert [p.text for p in rejoin_broken(paras)] == [p.text for p in paras]
    out, _ = clean_paragraphs(paras)
    assert [p.text for p in out] == [p.text for p in paras] and out[1].heading


def test_short_numbered_section_lines_are_not_rejoined() -> None:
    paras = [Para("（一）强化监督"), Para("开展执法检查12次。"), Para("二、加强自身建设"), Para("举办培训班3期。")]
    assert [p.text for p in rejoin_broken(paras)] == [p.text for p in paras]


def test_html_like_tags_in_text_stay_literal() -> None:
    assert strip_markup("网页代码<b>粗体</b>一并处理，m<sup>2</sup>") == "网页代码<b>粗体</b>一并处理，m<sup>2</sup>"
    assert strip_markup("**一是党史学习教育深入开展。**各部门") == "一是党史学习教育深入开展。各部门"


def test_cleanup_examples_hypothesis_found_are_stable() -> None:
    for texts in (["****", "****"], ["一", "一" * 31, "一", "丁", "丂", "七", "一一一", "丄", "一一", "一一一一", "一" * 5]):
        once, _ = clean_paragraphs([Para(t, i) for i, t in enumerate(texts)])
        twice, dropped = clean_paragraphs(once)
        assert [p.text for p in twice] == [p.text for p in once] and dropped == 0


def test_footnote_reference_marks_leave_the_sentence_and_the_note_stays() -> None:
    assert strip_markup("初步核算，全年地区生产总值[2]32074.7亿元，比上年增长4.7%。") == (
        "初步核算，全年地区生产总值32074.7亿元，比上年增长4.7%。")
    assert strip_markup("居民消费价格［3］比上年上涨0.3%。") == "居民消费价格比上年上涨0.3%。"
    assert strip_markup("[2]地区生产总值按现价计算。") == "[2]地区生产总值按现价计算。"
    assert strip_markup("比上年增长4.7%[4]。") == "比上年增长4.7%。"
    assert strip_markup("见附件[1]") == "见附件[1]"
    assert strip_markup("数组a[2]的值") == "数组a[2]的值"


def test_a_mirrors_marks_are_printed_as_chinese_text_marks() -> None:
    assert normalize_punctuation("聚焦综合能源,,油煤气化工,、数字经济等「四千四百」产业链,占比超过60%,。") == (
        "聚焦综合能源，油煤气化工、数字经济等“四千四百”产业链，占比超过60%。")
