"""render_docx: the briefing as an editable Word draft on named styles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from briefgen.errors import ConfigError
from briefgen.fonts import FontChoice, resolve_fonts
from briefgen.model import Briefing
from briefgen.render.docx.blocks import Sink, write_block, write_masthead
from briefgen.render.docx.embed import embed_fonts
from briefgen.render.docx.fonttable import rewrite_font_table
from briefgen.render.docx.footer import add_page_numbers
from briefgen.render.docx.imprint import write_imprint
from briefgen.render.docx.marks import embed_model, mark_block
from briefgen.render.docx.reference import has_footers, open_reference, reference_style_names
from briefgen.render.docx.styles import add_styles
from briefgen.render.docx.template import blank_document
from briefgen.render.docx.text import xml_safe
from briefgen.render.docx.tighten import LineFit
from briefgen.render.glyph_bounds import DEFAULT_MIDDLE, ink_middle
from briefgen.style import style_path

DOCX_STYLE = "docx"


def load_docx_style(style: dict[str, Any]) -> dict[str, Any]:
    """Return the docx-only facts: ``style['docx']`` if given, else styles/docx.yaml."""
    given = style.get("docx")
    if isinstance(given, dict):
        return given
    path = style_path(DOCX_STYLE)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(
            f"{path}：读不了 Word 样式文件（{exc.__class__.__name__}），请检查或重新安装"
        ) from exc
    if not isinstance(data, dict) or "paragraph_styles" not in data or "roles" not in data:
        raise ConfigError(f"{path}：Word 样式文件缺少 paragraph_styles 或 roles 部分")
    return data


def render_docx(briefing: Briefing, out: Path, style: dict[str, Any]) -> None:
    """Write ``briefing`` to ``out`` as a .docx built on named, editable styles.

    ``style['docx_options']`` may turn font embedding off (``embed_fonts``) or name an office
    template whose styles and page setup the draft takes (``reference_doc``).
    """
    docx_style = load_docx_style(style)
    options = style.get("docx_options", {})
    resolved = resolve_fonts(style)
    reference = Path(options["reference_doc"]) if options.get("reference_doc") else None
    if reference is None:
        document = blank_document(style, docx_style, page_number_dash_middle(style, resolved))
        kept: set[str] = set()
    else:
        document = open_reference(reference)
        kept = reference_style_names(document)
    add_styles(document, style, docx_style, kept)
    rewrite_font_table(document, style)
    _set_properties(document, briefing, docx_style)
    embed = bool(options.get("embed_fonts", True))
    fit = LineFit(style, docx_style, resolved.get("body")) if embed and not kept else None
    sink = Sink(document, docx_style["roles"], docx_style, style, fit=fit)
    write_masthead(sink, briefing.masthead)
    body, mark_id = document.element.body, 0
    for index, block in enumerate(briefing.blocks):
        before = len(body)
        write_block(sink, block)
        mark_id = mark_block(body[before - 1 : len(body) - 1], index, mark_id)  # before sectPr
    write_imprint(document, briefing.imprint, style, docx_style)
    if reference is None or not has_footers(document):
        document.settings.odd_and_even_pages_header_footer = True
        add_page_numbers(document, style, docx_style["roles"])
    if embed:
        embed_fonts(document, style, resolved)
    embed_model(document, briefing)
    document.save(str(out))


def _set_properties(document: Any, briefing: Briefing, docx_style: dict[str, Any]) -> None:
    """Set title, author (编印单位), subject and language in the document properties."""
    props = document.core_properties
    props.title = xml_safe(briefing.meta.title)
    props.author = xml_safe(briefing.meta.author)
    props.subject = xml_safe(briefing.meta.subject)
    props.language = docx_style["language"]
    props.last_modified_by = docx_style["comments"]["author"]


def page_number_dash_middle(style: dict[str, Any], resolved: dict[str, FontChoice]) -> float:
    """Return the dash's height above the baseline (ems) in the face resolved for page numbers."""
    choice = resolved.get("page_number")
    if choice is None:
        return DEFAULT_MIDDLE
    return ink_middle(choice.path, choice.index, str(style["page_number"].get("dash", "—")))
