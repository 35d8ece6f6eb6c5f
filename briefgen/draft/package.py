"""Open a briefgen Word draft: check it is one, and take out the model it was generated from."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocumentObject
from lxml import etree

from briefgen.errors import InputRefused
from briefgen.model import MODEL_VERSION, Briefing, from_dict
from briefgen.render.docx.marks import CUSTOM_XML_RT, DRAFT_NS

# the roles whose styles only a briefgen draft has; a draft missing all of them is not one
SIGNATURE_ROLES = ("masthead", "issue_label", "issuer_line", "item_title", "contents_title")


@dataclass
class Draft:
    """An opened draft: its document, style id → name, and the model it was generated from."""

    document: DocumentObject
    style_names: dict[str, str]
    original: Briefing


def _model_data(document: DocumentObject) -> dict[str, Any] | None:
    """Return the parsed custom XML draft item (version and model JSON), or None without one."""
    for rel in document.part.rels.values():
        if rel.reltype != CUSTOM_XML_RT or rel.is_external:
            continue
        try:
            root = etree.fromstring(rel.target_part.blob)
        except etree.XMLSyntaxError:
            continue
        if root.tag == f"{{{DRAFT_NS}}}draft":
            model = root.find(f"{{{DRAFT_NS}}}model")
            return {"version": root.get("version"), "json": model.text if model is not None else ""}
    return None


def _original(path: Path, data: dict[str, Any]) -> Briefing:
    """Return the embedded model, or refuse a draft of another model version or a broken one."""
    if data["version"] != str(MODEL_VERSION):
        raise InputRefused(
            str(path),
            f"草稿的简报模型版本 {data['version']} 与本程序的版本 {MODEL_VERSION} 不一致；"
            "请用本版本的 briefgen weekly 重新生成草稿",
        )
    try:
        return from_dict(json.loads(data["json"] or ""))
    except (ValueError, KeyError, TypeError) as exc:
        raise InputRefused(str(path), "草稿标记已损坏（内嵌的简报模型读不出来）") from exc


def open_draft(path: Path, roles: dict[str, Any]) -> Draft:
    """Return the opened draft, or raise InputRefused naming what a briefgen draft lacks."""
    from briefgen.readers.docx import check_zip

    check_zip(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on a broken package
        raise InputRefused(str(path), "不是能打开的 Word 文档（.docx）") from exc
    names = {s.style_id: s.name for s in document.styles if s.name and s.style_id}
    missing = [roles[r] for r in SIGNATURE_ROLES if roles[r] not in names.values()]
    data = _model_data(document)
    if data is None:
        what = "草稿标记（内嵌的简报模型）"
        if len(missing) == len(SIGNATURE_ROLES):
            raise InputRefused(
                str(path), f"不是 briefgen 生成的 Word 草稿：缺少样式 {'、'.join(missing)} 和{what}"
            )
        raise InputRefused(
            str(path), f"缺少 briefgen 的{what}，可能另存时被去掉了；请用 briefgen weekly 重新生成草稿再修改"
        )
    if len(missing) == len(SIGNATURE_ROLES):
        raise InputRefused(str(path), f"不是 briefgen 的 Word 草稿版式：缺少样式 {'、'.join(missing)}")
    return Draft(document, names, _original(path, data))
