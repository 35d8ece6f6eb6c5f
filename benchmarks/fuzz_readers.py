"""Fuzz the readers, the cleanup rules and the whole per-document step for a fixed time.

    .venv/bin/python benchmarks/fuzz_readers.py --seconds 600 [--engine atheris|hypothesis]
        [--findings DIR] [--target readers|cleanup|document|meta|html|all]

``meta``: the bytes become ``<doc>.meta.yaml`` beside a small document (YAML bombs, broken
encodings, odd types): fields, or a one-line refusal of the meta while the document is still read.
``html``: the bytes choose a nesting of tags around real paragraphs (deep, unbalanced, wide): the page
gives articles or a refusal, never silence. Each input becomes a file (.txt .md .html .docx; a .docx is a real package whose document.xml
holds the fuzzed bytes) or a string for the cleanup functions. Allowed outcomes: a result, or an
``InputRefused`` with a one-line reason. Anything else — another exception, a control character
left in the text, a multi-line refusal — is a finding: written to ``--findings`` (input bytes and
traceback, one pair per distinct crash site) and printed, and the run goes on. Uses atheris
(coverage-guided) when it is installed, otherwise batches of hypothesis examples.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import sys
import tempfile
import time
import traceback
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTENSIONS = (".txt", ".md", ".html", ".docx")
CODECS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-be", "gb18030", "big5", "latin-1")
TARGETS = ("readers", "cleanup", "document", "meta", "html")
META_DOC = "# 全市冬季安全生产工作会议召开\n\n本报讯 1月6日，全市冬季安全生产工作会议召开，部署节日期间各项工作。\n"
HTML_TAGS = (b"div", b"p", b"span", b"section", b"table", b"td", b"li", b"b")
ALLOWED_IN_BLOCKS = "\n\t"


class Finding(Exception):
    """An outcome the robustness contract forbids (not a crash of the fuzzed code itself)."""


def _docx_template() -> dict[str, bytes]:
    """Return the parts of a minimal valid .docx made by python-docx."""
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


_TEMPLATE: dict[str, bytes] = {}


def docx_with_body(body: bytes, raw_xml: bool) -> bytes:
    """Return a .docx whose body is ``body`` (as raw XML, or as one paragraph's text)."""
    if not _TEMPLATE:
        _TEMPLATE.update(_docx_template())
    ns = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    if raw_xml:
        xml = b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + ns + b"><w:body>" + body + b"</w:body></w:document>"
    else:
        text = body.decode("utf-8", "replace").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>" for line in text.split("\n"))
        xml = b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + ns + b"><w:body>" \
            + paras.encode("utf-8", "surrogatepass") + b"</w:body></w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in _TEMPLATE.items():
            archive.writestr(name, xml if name == "word/document.xml" else data)
    return buffer.getvalue()


def bad_chars(text: str, allowed: str) -> list[str]:
    """Return the control, surrogate, zero-width and bidi characters left in ``text``."""
    from briefgen.readers.base import _CONTROL

    return [ch for ch in text if ch not in allowed
            and (unicodedata.category(ch) in ("Cc", "Cs") or _CONTROL.match(ch))]


def _check_refusal(exc: Exception) -> None:
    reason = getattr(exc, "reason", "")
    if not reason or "\n" in reason:
        raise Finding(f"refusal without a one-line reason: {reason!r}")


def run_reader(data: bytes, ext: str, folder: Path) -> None:
    """Read ``data`` as a file with extension ``ext``; raise on a forbidden outcome."""
    from briefgen.errors import InputRefused
    from briefgen.readers import read_path

    path = folder / f"fuzz{ext}"
    path.write_bytes(data)
    try:
        doc = read_path(path)
    except InputRefused as exc:
        _check_refusal(exc)
        return
    if not doc.blocks:
        raise Finding("a reader returned no blocks without refusing")
    for block in doc.blocks:
        left = bad_chars(block.text, ALLOWED_IN_BLOCKS)
        if left:
            raise Finding(f"control characters survived the reader: {left[:5]!r}")


def run_cleanup(text: str) -> None:
    """Run every cleanup rule on ``text``; raise on a forbidden outcome."""
    from briefgen.ingest.clean.cleanup import Para, clean_paragraphs, clean_text
    from briefgen.ingest.clean.garble import garble_reason
    from briefgen.readers.base import strip_controls

    left = bad_chars(strip_controls(text), ALLOWED_IN_BLOCKS)
    if left:
        raise Finding(f"strip_controls left {left[:5]!r}")
    left = bad_chars(clean_text(text), "")
    if left:
        raise Finding(f"clean_text left {left[:5]!r}")
    garble_reason(text)
    paras, _ = clean_paragraphs([Para(line, n) for n, line in enumerate(text.split("\n"))])
    for para in paras:
        left = bad_chars(para.text, "")
        if left:
            raise Finding(f"clean_paragraphs left {left[:5]!r}")


def run_document(data: bytes, ext: str, folder: Path) -> None:
    """Run ``process_document`` on ``data``; a result or a clean refusal is fine."""
    from briefgen.ingest.pipeline import process_document
    from briefgen.records import IngestOptions

    path = folder / f"doc{ext}"
    path.write_bytes(data)
    result = process_document(str(path), IngestOptions())
    if result.rejected and ("处理时出错" in result.rejected or "\n" in result.rejected):
        raise Finding(f"process_document failed inside: {result.rejected}")
    for article in result.articles:
        for passage in article.passages:
            left = bad_chars(passage.text, "")
            if left:
                raise Finding(f"control characters in a stored passage: {left[:5]!r}")


def run_meta(data: bytes, folder: Path) -> None:
    """Put ``data`` beside a small document as its meta file: fields, or a one-line refusal of the meta."""
    from briefgen.ingest.pipeline import process_document
    from briefgen.readers.metadata import MetaProblem, read_meta
    from briefgen.records import IngestOptions

    doc = folder / "meta-doc.md"
    doc.write_text(META_DOC, encoding="utf-8")
    Path(f"{doc}.meta.yaml").write_bytes(data)
    try:
        fields = read_meta(doc)
    except MetaProblem as exc:
        if "\n" in str(exc):
            raise Finding(f"multi-line meta refusal: {exc!r}") from exc
        fields = {}
    if not all(isinstance(v, str) and len(v) <= 200 for v in fields.values()):
        raise Finding(f"meta field of the wrong kind kept: {fields!r}"[:300])
    result = process_document(str(doc), IngestOptions())
    if result.rejected or len(result.articles) != 1:
        raise Finding(f"a meta file changed the document's verdict: {result.rejected}")


def html_structure(payload: bytes) -> bytes:
    """Return an HTML page whose nesting follows ``payload`` (even bytes open a tag, odd ones close)."""
    out, open_ = [b"<html><body>"], []
    for n, byte in enumerate(payload * max(1, 600 // max(len(payload), 1))):
        if byte % 2 == 0 or not open_:
            tag = HTML_TAGS[byte % len(HTML_TAGS)]
            open_.append(tag)
            out.append(b"<" + tag + b">" + (f"第{n}段文字，内容完整。".encode() if byte % 5 == 0 else b""))
        else:
            out.append(b"</" + open_.pop() + b">")
    out.append("<p>全市冬季安全生产工作会议召开，部署节日期间安全生产各项工作。</p>".encode())
    return b"".join(out + [b"</" + t + b">" for t in reversed(open_)] + [b"</body></html>"])


def run_html(payload: bytes, folder: Path) -> None:
    """Run a deeply or oddly nested page through ``process_document``: articles, or a refusal."""
    from briefgen.ingest.pipeline import process_document
    from briefgen.records import IngestOptions

    path = folder / "nested.html"
    path.write_bytes(html_structure(payload))
    result = process_document(str(path), IngestOptions())
    if not result.rejected and not result.articles:
        raise Finding("page dropped silently: no article and no refusal")


class Recorder:
    """Keep one example per distinct crash site and say so once."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sites: dict[str, int] = {}
        self.runs = 0
        folder.mkdir(parents=True, exist_ok=True)

    def record(self, target: str, ext: str, data: bytes, exc: BaseException) -> None:
        """Write the input and traceback of a new crash site; count repeats."""
        frames = traceback.extract_tb(exc.__traceback__)
        ours = [f for f in frames if "briefgen" in f.filename] or frames
        last = ours[-1] if ours else None
        site = f"{target}|{type(exc).__name__}|{last.filename if last else ''}:{last.lineno if last else 0}"
        if isinstance(exc, Finding):
            site += f"|{str(exc).split(':')[0]}"
        self.sites[site] = self.sites.get(site, 0) + 1
        if self.sites[site] > 1:
            return
        key = hashlib.sha1(site.encode()).hexdigest()[:10]
        (self.folder / f"{key}.input{ext}").write_bytes(data)
        (self.folder / f"{key}.trace").write_text(
            f"{site}\n{''.join(traceback.format_exception(exc))}", encoding="utf-8")
        print(f"[finding] {site} -> {self.folder / key}.input{ext}", file=sys.stderr, flush=True)

    def summary(self, seconds: float) -> dict[str, object]:
        """Return what the run did."""
        return {"seconds": round(seconds, 1), "executions": self.runs,
                "findings": [{"site": s, "hits": n} for s, n in sorted(self.sites.items())]}


def one_input(choice: int, ext_pick: int, codec_pick: int, payload: bytes, text: str,
              folder: Path, recorder: Recorder, targets: tuple[str, ...]) -> None:
    """Run one fuzz case chosen by the small integers; record what goes wrong."""
    target = targets[choice % len(targets)]
    ext = EXTENSIONS[ext_pick % len(EXTENSIONS)]
    codec = CODECS[codec_pick % len(CODECS)]
    if ext == ".docx":
        data = docx_with_body(payload, raw_xml=codec_pick % 2 == 0) if codec_pick % 3 else payload
    else:
        data = payload if codec_pick % 4 == 0 else text.encode(codec, "ignore")
    recorder.runs += 1
    try:
        if target == "readers":
            run_reader(data, ext, folder)
        elif target == "cleanup":
            run_cleanup(text)
        elif target == "meta":
            run_meta(payload if codec_pick % 2 else text.encode("utf-8", "ignore"), folder)
        elif target == "html":
            run_html(payload, folder)
        else:
            run_document(data, ext, folder)
    except Exception as exc:  # noqa: BLE001 - every escape is a finding
        from briefgen.errors import InputRefused

        if isinstance(exc, InputRefused) and target != "readers":
            return
        recorder.record(target, ext if target != "cleanup" else ".str", data if target != "cleanup"
                        else text.encode("utf-8", "surrogatepass"), exc)


def fuzz_atheris(seconds: int, folder: Path, recorder: Recorder, targets: tuple[str, ...]) -> None:
    """Coverage-guided fuzzing with atheris until ``seconds`` have passed (never returns)."""
    import atheris

    with atheris.instrument_imports():
        import briefgen.ingest.clean.cleanup  # noqa: F401
        import briefgen.ingest.clean.garble  # noqa: F401
        import briefgen.readers  # noqa: F401
        import briefgen.readers.decode  # noqa: F401
        if "document" in targets:
            import briefgen.ingest.pipeline  # noqa: F401
    started = time.monotonic()

    def test_one(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        choice, ext_pick, codec_pick = fdp.ConsumeIntInRange(0, 255), fdp.ConsumeIntInRange(0, 255), \
            fdp.ConsumeIntInRange(0, 255)
        rest = fdp.ConsumeBytes(fdp.remaining_bytes())
        text = rest.decode("utf-8", "surrogateescape").encode("utf-8", "surrogatepass").decode(
            "utf-8", "replace") if codec_pick % 5 else _unicode_from(rest)
        one_input(choice, ext_pick, codec_pick, rest, text, folder, recorder, targets)
        if time.monotonic() - started > seconds:
            _report(recorder, time.monotonic() - started)
            os._exit(0)  # libFuzzer gives no way back to Python

    seeds = _seed_dir(recorder.folder.parent / "seeds")
    atheris.Setup([sys.argv[0], f"-max_total_time={seconds + 5}", "-rss_limit_mb=3072",
                   "-max_len=20000", "-timeout=60", str(seeds)], test_one)
    atheris.Fuzz()


def _unicode_from(data: bytes) -> str:
    """Return code points (any plane, surrogates and controls included) taken 3 bytes at a time."""
    points = [int.from_bytes(data[i:i + 3], "little") % 0x110000 for i in range(0, len(data) - 2, 3)]
    return "".join(chr(p) for p in points)


def _seed_dir(folder: Path) -> Path:
    """Return a folder of starting inputs made from the samples (three selector bytes first)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n, sample in enumerate(sorted((ROOT / "samples").glob("*.txt"))):
        body = sample.read_bytes()[:6000]
        for target in range(3):
            (folder / f"{sample.stem}-{target}").write_bytes(bytes([target, n, 1]) + body)
    return folder


def fuzz_hypothesis(seconds: int, folder: Path, recorder: Recorder, targets: tuple[str, ...]) -> None:
    """Batches of hypothesis examples until ``seconds`` have passed."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255),
           st.binary(max_size=8000), st.text(max_size=3000))
    def batch(choice: int, ext_pick: int, codec_pick: int, payload: bytes, text: str) -> None:
        one_input(choice, ext_pick, codec_pick, payload, text, folder, recorder, targets)

    started = time.monotonic()
    while time.monotonic() - started < seconds:
        batch()
    _report(recorder, time.monotonic() - started)


def _report(recorder: Recorder, seconds: float) -> None:
    summary = recorder.summary(seconds)
    (recorder.folder / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(summary, ensure_ascii=False, indent=2), flush=True)


def main(argv: list[str] | None = None) -> None:
    """Parse the arguments and fuzz."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=int, default=300)
    parser.add_argument("--engine", choices=("auto", "atheris", "hypothesis"), default="auto")
    parser.add_argument("--findings", type=Path, default=Path(tempfile.gettempdir()) / "briefgen-fuzz" / "findings")
    parser.add_argument("--target", choices=(*TARGETS, "all"), default="all")
    args = parser.parse_args(argv)
    targets = TARGETS if args.target == "all" else (args.target,)
    recorder = Recorder(args.findings)
    engine: Callable[[int, Path, Recorder, tuple[str, ...]], None] = fuzz_hypothesis
    if args.engine in ("auto", "atheris"):
        try:
            import atheris  # noqa: F401

            engine = fuzz_atheris
        except ImportError:
            if args.engine == "atheris":
                raise SystemExit("atheris is not installed: pip install atheris") from None
    with tempfile.TemporaryDirectory(dir="/dev/shm" if Path("/dev/shm").is_dir() else None) as work:
        engine(args.seconds, Path(work), recorder, targets)


if __name__ == "__main__":
    main()
