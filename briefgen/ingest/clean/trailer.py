"""The end matter of an official document: 附件 list, 联系人/电话 lines, and the 落款 (issuer + date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.ingest.split.vocab import plain, vocab
from briefgen.readers.base import Block
from briefgen.sentences import CLAUSE_MARK

if TYPE_CHECKING:
    from briefgen.ingest.split.structure import Layout

SIGNATURE_MAX = 30


def _skip_trailer_lines(blocks: list[Block], layout: Layout, floor: int) -> None:
    """Skip 附件/联系人 lines in the lower half of the body, and the numbered entries under 附件."""
    v = vocab()
    in_list = False
    for i in range(floor, layout.end):
        text = plain(blocks[i].text)
        if blocks[i].kind != "heading" and v.trailer.match(text):
            layout.skipped.add(i)
            in_list = True
        elif in_list and blocks[i].kind != "heading" and v.trailer_item.match(text) and len(text) <= 60:
            layout.skipped.add(i)
        else:
            in_list = False


def _body_indexes(layout: Layout) -> list[int]:
    return [i for i in range(layout.start, layout.end) if i not in layout.skipped]


def _take_signature(blocks: list[Block], layout: Layout) -> None:
    """Skip a closing issuer line and date line at the very end; keep the date as the closing date."""
    v = vocab()
    body = _body_indexes(layout)
    if len(body) < 3 or not v.dateline.match(plain(blocks[body[-1]].text)):
        return
    signer = plain(blocks[body[-2]].text)
    signed = len(signer) <= SIGNATURE_MAX and bool(v.masthead_issuer.match(signer))
    credited = len(signer) <= SIGNATURE_MAX and signer.startswith(("(", "（")) and signer.endswith((")", "）"))
    after_trailer = any(i in layout.skipped for i in range(body[-2], body[-1]))
    if not (signed or after_trailer or credited):  # …(市粮食局 某某 某某) / 二〇〇九年十二月四日: a credited report's date
        return
    layout.closing_date_text = plain(blocks[body[-1]].text)
    layout.skipped.update([body[-2], body[-1]] if signed else [body[-1]])
    if signed and len(body) >= 4 and _issuer_first_line(plain(blocks[body[-3]].text), signer):
        layout.skipped.add(body[-3])  # 某市应对…疫情 / 工作领导小组办公室(代章) / 2022年8月20日: an issuer over two lines


def _issuer_first_line(text: str, signer: str) -> bool:
    """Return True when ``text`` is the first line of an issuer's name that ``signer`` ends (某市应对…疫情 over
    工作领导小组办公室): short, no sentence in it, and the two read as one issuer."""
    return len(text) <= SIGNATURE_MAX and not CLAUSE_MARK.search(text) and bool(
        vocab().masthead_issuer.match(text + signer))


def find_trailer(blocks: list[Block], layout: Layout) -> None:
    """Skip the end matter of the body and remember the 成文日期 it gives."""
    floor = layout.start + (layout.end - layout.start) // 2
    _skip_trailer_lines(blocks, layout, floor)
    _take_signature(blocks, layout)
