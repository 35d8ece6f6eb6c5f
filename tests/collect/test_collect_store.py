"""Saving pages: charsets that lie, one UTF-8 declaration, metadata beside the page, nothing half-written."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefgen.collect.store import as_utf8_page, decode_page, page_name, save_page

TEXT = "安康市召开全市经济运行调度会，要求各县区全力以赴稳增长。"


def test_utf8_bytes_win_over_a_gbk_header_and_meta():
    text = "安康日报新闻经济旅游"  # these UTF-8 bytes also decode, as nonsense, as GB18030
    page = f'<html><head><meta charset="gb2312"></head><body><p>{text}</p></body></html>'.encode()
    assert text in decode_page(page, "gbk")


def test_gbk_bytes_behind_a_utf8_header_follow_the_meta():
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>{TEXT}</p></body></html>'
    assert TEXT in decode_page(page.encode("gb18030"), "utf-8")


def test_undeclared_gbk_is_sniffed():
    page = f"<html><body><p>{TEXT * 3}</p></body></html>".encode("gb18030")
    assert TEXT in decode_page(page, None)


def test_saved_page_declares_utf8_once():
    data = as_utf8_page(f'<html><head><meta charset="gbk"><title>t</title></head><body>{TEXT}</body></html>')
    assert data.count(b"charset") == 1 and b'<meta charset="utf-8">' in data
    assert TEXT.encode() in data


def test_save_page_writes_page_and_meta(tmp_path: Path):
    url = "http://127.0.0.1:8/a/1.html"
    path = save_page(tmp_path, url, b"<html></html>", {"source": "市政府网", "date": "2023-01-10", "url": url})
    assert path == tmp_path / page_name(url) and path.read_bytes() == b"<html></html>"
    meta = yaml.safe_load(Path(str(path) + ".meta.yaml").read_text(encoding="utf-8"))
    assert meta == {"source": "市政府网", "date": "2023-01-10", "url": url}


def test_failed_write_leaves_no_part_file(tmp_path: Path, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("briefgen.collect.store.os.replace", broken)
    with pytest.raises(OSError):
        save_page(tmp_path, "http://127.0.0.1:8/a/2.html", b"<html></html>", {"source": "x"})
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
