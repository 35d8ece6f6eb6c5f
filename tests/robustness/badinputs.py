"""A corpus of bad and awkward input files built in code, with the verdict each must get."""

from __future__ import annotations

import functools
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

WEEK = "2023-W01"
META = "source: 安康日报\ndate: 2023-01-06\ncity: 安康\n"
TOPICS = [
    ("全市冬季安全生产工作会议召开", "部署节日期间安全生产各项工作，要求各县区压实属地责任"),
    ("我市启动春节送温暖活动", "走访慰问困难职工和新就业形态劳动者，发放慰问金和物资"),
    ("市政府常务会议研究稳经济工作", "审议一季度重点项目清单，要求加快项目前期手续办理"),
    ("全市农村人居环境整治现场会召开", "观摩汉滨区整治成果，部署冬春季村庄清洁行动"),
    ("安康高新区新签约项目十二个", "总投资三十五亿元，涉及新材料、富硒食品和电子信息产业"),
    ("市场监管局开展节前食品安全检查", "检查商超农贸市场八十余家，责令整改问题十五处"),
    ("全市教育工作会议召开", "总结去年教育改革发展成效，安排今年学前教育普惠扩容"),
    ("市卫健委部署冬季疫情防控和医疗救治", "要求各级医疗机构扩充重症床位，保障药品供应"),
    ("安康至西安高铁建设加快推进", "隧道施工累计完成百分之六十，年内完成主体工程"),
    ("我市开展根治欠薪冬季专项行动", "排查在建工程项目两百余个，督促落实工资专户制度"),
    ("全市文旅系统部署春节假期文旅活动", "推出非遗展演、灯会和乡村旅游线路四十余项"),
    ("市人大常委会召开党组会议", "传达学习上级会议精神，研究今年立法和监督工作计划"),
]


def article(n: int, extra: str = "") -> str:
    """Return the ``n``-th distinct, dated 本报讯 article about 安康 in the first week of 2023."""
    title, body = TOPICS[n % len(TOPICS)]
    day = 2 + n % 5
    return (
        f"# {title}\n\n"
        f"本报讯（记者 王{n}）1月{day}日，{title.replace('我市', '安康市')}。会议{body}。{extra}\n\n"
        f"会议强调，全市各级各部门要以高度的责任感抓好落实，确保第{n + 1}项工作按期完成、取得实效。\n"
    )


def mojibake(text: str) -> str:
    """Return ``text`` as it looks when its UTF-8 bytes are read as GBK."""
    return text.encode("utf-8").decode("gbk", "replace")


def docx_bytes(*paragraphs: str) -> bytes:
    """Return a real .docx holding ``paragraphs``."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bomb(unpacked_bytes: int) -> bytes:
    """Return a .docx-shaped zip whose document.xml inflates to ``unpacked_bytes`` of blanks."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as part:
            chunk = b" " * (1 << 20)
            for _ in range(unpacked_bytes >> 20):
                part.write(chunk)
    return buffer.getvalue()


@dataclass(frozen=True)
class Case:
    """One input file and its verdict: read (with text that must be stored) or refused (reason)."""

    name: str
    data: bytes = field(repr=False)
    stored: str | None = None  # a phrase the stored text must contain
    refused: str | None = None  # a phrase the one-line refusal must contain
    flagged: bool = False
    encoding: str | None = None


@functools.cache
def cases() -> tuple[Case, ...]:
    """Return the bad-input corpus with verdicts (built once per test run)."""
    good_docx = docx_bytes(*article(9).replace("# ", "").split("\n\n"))
    controls = article(6).replace("会议强调", "会议\x00强\x07调\x1b[1m\u200b\u202e").replace("，", "，\x0b", 1)
    return (
        Case("empty.txt", b"", refused="文件是空的"),
        Case("blank.md", " \r\n\t\n\u3000\n".encode("utf-8"), refused="只有空白"),
        Case("binary.txt", bytes(range(256)) * 64, refused="二进制数据"),
        Case("utf8-bom.txt", b"\xef\xbb\xbf" + article(0).encode("utf-8"), stored="安全生产工作会议",
             encoding="utf-8-sig"),
        Case("utf16le.txt", b"\xff\xfe" + article(1).encode("utf-16-le"), stored="送温暖", encoding="utf-16-le"),
        Case("utf16be.md", b"\xfe\xff" + article(2).encode("utf-16-be"), stored="稳经济", encoding="utf-16-be"),
        Case("utf16le-nobom.txt", article(3).encode("utf-16-le"), stored="人居环境", encoding="utf-16-le"),
        Case("gbk.txt", article(4).encode("gbk"), stored="新材料、富硒食品", encoding="gb"),
        Case("gb18030.txt", article(5, "𠀋镕堃").encode("gb18030"), stored="𠀋镕堃", encoding="gb18030"),
        Case("controls.txt", controls.encode("utf-8"), stored="会议强调，全市"),
        Case("garbled.txt", article(7, mojibake("全市医疗机构扩充重症床位保障药品")).encode("utf-8"),
             stored="扩充重症床位", flagged=True),
        Case("good.docx", good_docx, stored="工资专户制度"),
        Case("truncated.docx", good_docx[: len(good_docx) // 2], refused="不完整或已损坏"),
        Case("renamed-pdf.docx", b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", refused="不是有效的 Word"),
        Case("bomb-ratio.docx", zip_bomb(24 << 20), refused="压缩比超过"),
        Case("bomb-size.docx", zip_bomb(210 << 20), refused="解压后超过"),
        Case("huge.txt", b"", refused="超过 50 MB 的大小上限"),
    )


def write_corpus(folder: Path) -> list[Case]:
    """Write every case (and a metadata file beside each) into ``folder``; return the cases."""
    folder.mkdir(parents=True, exist_ok=True)
    for case in cases():
        (folder / case.name).write_bytes(case.data)
        (folder / f"{case.name}.meta.yaml").write_text(META, encoding="utf-8")
    with (folder / "huge.txt").open("wb") as fh:  # sparse: over the size limit without using disk
        fh.write(article(10).encode("utf-8"))
        fh.truncate(50 * 1024 * 1024 + 1)
    return list(cases())
