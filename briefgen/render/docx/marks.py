"""What lets a draft be read back: hidden bookmarks naming each block's paragraphs, and the model.

Every body paragraph written for block ``b`` gets a hidden bookmark ``_BG_b_k`` (``k`` counts the
block's paragraphs), so a paragraph keeps its identity while editors rewrite, move or delete
text; the generated model itself is kept in a custom XML part, so provenance and what the editor
changed can be recovered. Word, WPS and LibreOffice keep both and never print them.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Sequence

from docx.document import Document as DocumentObject
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from lxml import etree

from briefgen.model import MODEL_VERSION, Briefing, to_dict
from briefgen.render.docx.ooxml import element

MARK_PREFIX = "_BG_"
MARK_NAME = re.compile(r"^_BG_(\d+)_(\d+)$")
DRAFT_NS = "urn:briefgen:draft"
CUSTOM_XML_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
_PROPS_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
_PROPS_CT = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"


def mark_name(block: int, index: int) -> str:
    """Return the bookmark name of paragraph ``index`` of block ``block``."""
    return f"{MARK_PREFIX}{block}_{index}"


def mark_block(elements: Sequence[BaseOxmlElement], block: int, first_id: int) -> int:
    """Bookmark each paragraph among ``elements`` as part of ``block``; return the next free id."""
    paragraphs = [el for el in elements if el.tag == qn("w:p")]
    for index, p in enumerate(paragraphs):
        start = element("bookmarkStart", id=first_id, name=mark_name(block, index))
        ppr = p.find(qn("w:pPr"))
        if ppr is not None:
            ppr.addnext(start)
        else:
            p.insert(0, start)
        p.append(element("bookmarkEnd", id=first_id))
        first_id += 1
    return first_id


def model_xml(briefing: Briefing) -> bytes:
    """Return the custom XML item holding the model as JSON, with the model version."""
    root = etree.Element(f"{{{DRAFT_NS}}}draft", nsmap={None: DRAFT_NS})
    root.set("version", str(MODEL_VERSION))
    # ASCII JSON: text XML cannot hold (control characters, lone surrogates) stays escaped
    etree.SubElement(root, f"{{{DRAFT_NS}}}model").text = json.dumps(to_dict(briefing))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def embed_model(document: DocumentObject, briefing: Briefing) -> None:
    """Add the model as a custom XML part of the document (with the properties Word expects)."""
    package = document.part.package
    blob = model_xml(briefing)
    item = Part(package.next_partname("/customXml/item%d.xml"), "application/xml", blob, package)
    document.part.relate_to(item, CUSTOM_XML_RT)
    item_id = "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, DRAFT_NS)).upper() + "}"
    props = etree.Element(f"{{{_DS}}}datastoreItem", nsmap={"ds": _DS})
    props.set(f"{{{_DS}}}itemID", item_id)
    etree.SubElement(props, f"{{{_DS}}}schemaRefs")
    name = PackURI(str(item.partname).replace("/item", "/itemProps"))
    blob = etree.tostring(props, xml_declaration=True, encoding="UTF-8", standalone=True)
    item.relate_to(Part(name, _PROPS_CT, blob, package), _PROPS_RT)
