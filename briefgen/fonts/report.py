"""What `briefgen fonts` prints: which file serves each role and what to install to do better."""

from __future__ import annotations

from typing import Any

from briefgen.fonts.resolve import has_cjk_face, resolve_chains


def _note(role: str, chain: list[Any], style: dict[str, Any]) -> str:
    hint = str(style.get("fonts_install", {}).get(role, "请安装中文字体"))
    if not chain or not has_cjk_face(chain[0], style):
        return f"没有可用的中文字体：{hint}"
    if chain[0].substitute:
        return f"替代字体：{hint}"
    return ""


def fonts_report(style: dict[str, Any]) -> list[dict[str, Any]]:
    """Return one row per role: family, file, substitute flag, conversion flag and advice."""
    rows = []
    for role, chain in resolve_chains(style).items():
        first = chain[0] if chain else None
        cjk = bool(first and has_cjk_face(first, style))
        rows.append({
            "role": role,
            "family": first.family if first else None,
            "file": first.path if first else None,
            "index": first.index if first else None,
            "substitute": bool(first.substitute) if first else True,
            "needs_conversion": bool(first.needs_conversion) if first else False,
            "cjk": cjk,
            "fallbacks": [c.family for c in chain[1:]],
            "note": _note(role, chain, style),
        })
    return rows
