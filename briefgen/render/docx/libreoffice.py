"""Convert a .docx with headless LibreOffice, the office font names mapped to installed free fonts.

Tests and benchmarks use this to read the draft the way an office suite lays it out.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from briefgen.errors import BriefgenError

_CONF_HEAD = (
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
)


def soffice() -> str | None:
    """Return the LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def installed_families() -> set[str]:
    """Return the font family names fontconfig knows (every localized alias)."""
    if not shutil.which("fc-list"):
        return set()
    out = subprocess.run(
        ["fc-list", "--format", "%{family}\n"], capture_output=True, text=True, check=False
    ).stdout
    return {name.strip() for line in out.splitlines() for name in line.split(",") if name.strip()}


def substitutes(style: dict[str, Any], installed: set[str]) -> dict[str, tuple[str, str]]:
    """Return office font name → (installed family, style) from each role's later candidates."""
    mapping: dict[str, tuple[str, str]] = {}
    for candidates in style["fonts"].values():
        office = str(candidates[0]).split(":")[0]
        if office in installed or office in mapping:
            continue
        for candidate in candidates[1:]:
            family, _, face = str(candidate).partition(":")
            if family in installed:
                mapping[office] = (family, face)
                break
    return mapping


def fontconfig_text(mapping: dict[str, tuple[str, str]]) -> str:
    """Return a fonts.conf that includes the system one and maps each office name to its stand-in."""
    rules = []
    for office, (family, face) in sorted(mapping.items()):
        weight = (
            '<edit name="weight" mode="assign"><const>bold</const></edit>' if face == "Bold" else ""
        )
        rules.append(
            f'  <match target="pattern"><test name="family"><string>{escape(office)}</string></test>'
            f'<edit name="family" mode="assign" binding="strong"><string>{escape(family)}</string>'
            f"</edit>{weight}</match>\n"
        )
    return _CONF_HEAD + "".join(rules) + "</fontconfig>\n"


@dataclass
class Conversion:
    """A finished conversion: the PDF and what LibreOffice said on stderr."""

    pdf: Path
    messages: list[str]

    def complaints(self) -> list[str]:
        """Return the stderr lines other than the known harmless Java launcher warning."""
        return [m for m in self.messages if m.strip() and "javaldx" not in m]


def convert_to_pdf(
    docx: Path, outdir: Path, profile: Path, fontconfig: Path | None = None, timeout: float = 300
) -> Conversion:
    """Return the PDF LibreOffice makes of ``docx`` in ``outdir``, with its own user profile."""
    program = soffice()
    if program is None:
        raise BriefgenError("找不到 LibreOffice（soffice），请安装 libreoffice-writer 后再试")
    env = dict(os.environ)
    if fontconfig is not None:
        env["FONTCONFIG_FILE"] = str(fontconfig)
    cmd = [
        program,
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        str(docx),
    ]
    done = subprocess.run(
        cmd, capture_output=True, text=True, env=env, timeout=timeout, check=False
    )
    pdf = outdir / (docx.stem + ".pdf")
    if done.returncode != 0 or not pdf.is_file():
        raise BriefgenError(
            f"{docx}：LibreOffice 转换失败（{done.returncode}）：{done.stderr.strip()}"
        )
    return Conversion(pdf, done.stderr.splitlines())
