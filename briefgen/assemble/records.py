"""Build the briefing model from the JSON records the templates print."""

from __future__ import annotations

from typing import Any

from briefgen.errors import ConfigError
from briefgen.model import MODEL_VERSION, Briefing, DocumentMeta, from_dict

BLOCK_TYPES = {"heading", "paragraph", "item", "table", "contents"}
SINGLE_TYPES = {"masthead", "imprint"}
SPAN_KINDS = {"text", "figure", "source"}


def _check_spans(record: dict[str, Any]) -> None:
    """Raise ConfigError when a paragraph's spans are not text strings of a known kind."""
    paragraphs = record.get("paragraphs", [record] if record["type"] == "paragraph" else [])
    for paragraph in paragraphs:
        for span in paragraph.get("spans", []):
            if not isinstance(span.get("text"), str) or span.get("kind", "text") not in SPAN_KINDS:
                raise ConfigError(
                    f"模板输出的 {record['type']} 记录里有不合规的片段 {span!r}，"
                    "kind 只能是 text、figure 或 source"
                )


def _split(records: list[dict[str, Any]]) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Return the masthead and imprint records by type, and the body blocks in order."""
    singles: dict[str, dict[str, Any]] = {}
    blocks: list[dict[str, Any]] = []
    for record in records:
        kind = record["type"]
        if kind in SINGLE_TYPES:
            if kind in singles:
                raise ConfigError(f"模板输出了两个 {kind} 记录，请只保留一个")
            singles[kind] = {k: v for k, v in record.items() if k != "type"}
        elif kind in BLOCK_TYPES:
            _check_spans(record)
            blocks.append(record)
        else:
            raise ConfigError(f"模板输出了不认识的记录类型 {kind}，可用的有 {sorted(BLOCK_TYPES)}")
    missing = SINGLE_TYPES - set(singles)
    if missing:
        raise ConfigError(f"模板没有输出 {'、'.join(sorted(missing))} 记录，请参照自带模板补上")
    return singles, blocks


def briefing_from_records(records: list[dict[str, Any]], meta: DocumentMeta) -> Briefing:
    """Return the Briefing the records describe; a malformed record is a ConfigError."""
    singles, blocks = _split(records)
    data = {
        "version": MODEL_VERSION,
        "meta": meta.__dict__,
        "masthead": singles["masthead"],
        "blocks": blocks,
        "imprint": singles["imprint"],
    }
    try:
        return from_dict(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"模板输出的记录缺少字段或字段有误（{exc}），请参照自带模板修改") from exc
