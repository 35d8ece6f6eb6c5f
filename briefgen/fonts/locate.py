"""Find font files by family name: fontconfig's ``fc-list`` first, else a scan of the font folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont, TTLibError

FONT_SUFFIXES = {".ttf", ".otf", ".ttc", ".otc"}
_REGULAR_STYLES = {"regular", "book", "normal", "roman", "r", "w3", "standard"}
_FC_FORMAT = "%{file}\t%{index}\t%{family}\t%{style}\t%{fontformat}\n"


@dataclass(frozen=True)
class FontFile:
    """One face inside a font file: its families (all languages), style names and outline kind."""

    path: str
    index: int
    families: tuple[str, ...]
    styles: tuple[str, ...]
    cff: bool


def system_font_dirs() -> list[Path]:
    """Return the usual font folders of Windows, macOS and Linux that exist here."""
    home = Path.home()
    dirs = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".fonts",
            home / ".local/share/fonts", Path("/System/Library/Fonts"), Path("/Library/Fonts"),
            home / "Library/Fonts"]
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs = [windir / "Fonts", Path(os.environ.get("LOCALAPPDATA", home)) / "Microsoft/Windows/Fonts"]
    return [d for d in dirs if d.is_dir()]


def _split_names(field: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in field.split(",") if n.strip())


def _fc_list() -> list[FontFile] | None:
    exe = shutil.which("fc-list")
    if exe is None or os.environ.get("BRIEFGEN_NO_FONTCONFIG"):
        return None
    try:
        done = subprocess.run([exe, "--format", _FC_FORMAT], capture_output=True, text=True,
                              check=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    found = []
    for line in done.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) != 5 or Path(parts[0]).suffix.lower() not in FONT_SUFFIXES:
            continue
        index = int(parts[1]) if parts[1].isdigit() else 0
        found.append(FontFile(parts[0], index, _split_names(parts[2]), _split_names(parts[3]),
                              parts[4].strip().upper() == "CFF"))
    return found


def _names_of(font: TTFont) -> tuple[tuple[str, ...], tuple[str, ...]]:
    table = font["name"]
    families, styles = [], []
    for rec in table.names:
        try:
            value = rec.toUnicode().strip()
        except UnicodeDecodeError:
            continue
        if rec.nameID in (1, 16) and value not in families:
            families.append(value)
        elif rec.nameID in (2, 17) and value not in styles:
            styles.append(value)
    return tuple(families), tuple(styles)


def _faces_in(path: Path) -> list[FontFile]:
    try:
        if path.suffix.lower() in {".ttc", ".otc"}:
            with TTCollection(str(path), lazy=True) as collection:
                return _describe(path, list(collection.fonts))
        with TTFont(str(path), lazy=True) as font:
            return _describe(path, [font])
    except (TTLibError, OSError, AssertionError, ValueError):
        return []


def _describe(path: Path, fonts: list[TTFont]) -> list[FontFile]:
    faces = []
    for index, font in enumerate(fonts):
        try:
            families, styles = _names_of(font)
        except (KeyError, TTLibError, AssertionError):
            continue
        faces.append(FontFile(str(path), index, families, styles, "CFF " in font))
    return faces


def scan_dirs(dirs: list[Path]) -> list[FontFile]:
    """Return every face found under ``dirs`` by reading each font's name table."""
    found: list[FontFile] = []
    for folder in dirs:
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() in FONT_SUFFIXES and path.is_file():
                found.extend(_faces_in(path))
    return found


@lru_cache(maxsize=8)
def installed_faces(extra_dirs: tuple[str, ...] = ()) -> tuple[FontFile, ...]:
    """Return all faces known here: fontconfig's list (or a folder scan) plus ``extra_dirs``."""
    faces = _fc_list()
    if faces is None:
        faces = scan_dirs(system_font_dirs())
    known = {(f.path, f.index) for f in faces}
    extra = [Path(os.path.expanduser(d)) for d in extra_dirs]
    for face in scan_dirs([d for d in extra if d.is_dir()]):
        if (face.path, face.index) not in known:
            faces.append(face)
    return tuple(faces)


def _style_rank(styles: tuple[str, ...], wanted: str | None) -> int:
    lowered = {s.lower() for s in styles}
    if wanted:
        return 0 if wanted.lower() in lowered else 9
    if any(w in s for s in lowered for w in ("bold", "heavy", "black")):
        return 3
    if any(w in s for s in lowered for w in ("light", "thin", "medium", "semi", "demi")):
        return 2
    return 0 if lowered & _REGULAR_STYLES else 1


def find_family(candidate: str, faces: tuple[FontFile, ...]) -> list[FontFile]:
    """Return faces of ``candidate`` ("Family" or "Family:Style"), best style match first."""
    family, _, wanted = candidate.partition(":")
    key = family.strip().casefold()
    matches = [f for f in faces if any(n.casefold() == key for n in f.families)]
    ranked = sorted(matches, key=lambda f: (_style_rank(f.styles, wanted or None), f.path, f.index))
    return [f for f in ranked if _style_rank(f.styles, wanted or None) < 9]
