"""Random bytes and random Unicode through every reader and every cleanup rule: refusals are fine,
escaping exceptions and surviving control characters are not."""

from __future__ import annotations

import io
import re
import tempfile
import unicodedata
import zipfile
from pathlib import Path

from badinputs import docx_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.errors import InputRefused
from briefgen.ingest.clean.cleanup import Para, clean_paragraphs, clean_text, strip_control_chars
from briefgen.ingest.clean.garble import garble_reason
from briefgen.ingest.split.vocab import plain
from briefgen.readers import READERS, read_path
from briefgen.readers.base import strip_controls
from briefgen.readers.decode import decode_bytes

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXTENSIONS = sorted(READERS)
CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "big5"]
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff]")
_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

def leftovers(text: str, allowed: str = "") -> list[str]:
    """Return control, surrogate and invisible characters in ``text`` other than ``allowed``."""
    return [ch for ch in text if ch not in allowed
            and (unicodedata.category(ch) in ("Cc", "Cs") or _INVISIBLE.match(ch))]

def read_verdict(data: bytes, ext: str) -> None:
    """Read ``data`` as a file named ``*.ext``: blocks without controls, or a one-line refusal."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"in{ext}"
        path.write_bytes(data)
        try:
            doc = read_path(path)
        except InputRefused as refused:
            assert refused.reason and "\n" not in refused.reason and str(path) in str(refused)
            return
    assert doc.blocks
    for block in doc.blocks:
        assert block.text.strip()
        assert not leftovers(block.text, "\n\t"), block.text

unicode_text = st.one_of(
    st.text(max_size=1500),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x3000), max_size=600),
    st.lists(st.sampled_from(["本报讯", "1月5日，", "安康市", "\x00", "\x1b[31m", "\u202e", "\ufeff", "\r\n",
                              "\t", "**", "<b>", "&amp;", "{{ x }}", "鍏ㄥ競", "\ufffd", "？", "。", "\n\n", "#"]),
             max_size=60).map("".join),
)

@SETTINGS
@given(st.binary(max_size=5000), st.sampled_from(EXTENSIONS))
def test_random_bytes_get_a_verdict_from_every_reader(data: bytes, ext: str) -> None:
    read_verdict(data, ext)

@SETTINGS
@given(unicode_text, st.sampled_from(CODECS), st.sampled_from([e for e in EXTENSIONS if e != ".docx"]))
def test_random_unicode_files_get_a_verdict(text: str, codec: str, ext: str) -> None:
    read_verdict(text.encode(codec, "ignore"), ext)

@SETTINGS
@given(unicode_text)
def test_random_unicode_in_a_real_docx_gets_a_verdict(text: str) -> None:
    read_verdict(docx_bytes(*_XML_BAD.sub("", text).split("\n")), ".docx")

@SETTINGS
@given(st.binary(max_size=3000))
def test_random_document_xml_in_a_real_package_gets_a_verdict(body: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(docx_bytes("x"))) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    head = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    parts["word/document.xml"] = head + body + b"</w:body></w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    read_verdict(buffer.getvalue(), ".docx")

@SETTINGS
@given(unicode_text)
def test_cleanup_rules_never_raise_and_leave_no_controls(text: str) -> None:
    assert not leftovers(strip_controls(text), "\n\t")
    assert not leftovers(strip_control_chars(text))
    assert not leftovers(clean_text(text))
    assert not leftovers(plain(strip_controls(text)), "\n\t")
    reason = garble_reason(strip_control_chars(text))
    assert reason is None or "\n" not in reason
    cleaned, dropped = clean_paragraphs([Para(line, n) for n, line in enumerate(text.split("\n"))])
    assert dropped >= 0
    for para in cleaned:
        assert para.text and not leftovers(para.text)

@SETTINGS
@given(st.binary(max_size=4000))
def test_decode_never_raises(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert decoded is None or isinstance(decoded[0], str) and decoded[1]
