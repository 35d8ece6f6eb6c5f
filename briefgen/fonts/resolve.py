"""Choose, for each style role, the installed fonts that serve it, best first."""

from __future__ import annotations

import hashlib
import os
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from fontTools.ttLib import TTFont, TTLibError

from briefgen.fonts.charsets import gb2312_level1
from briefgen.fonts.locate import FontFile, find_family, installed_faces
from briefgen.resources import user_cache_dir

DEFAULT_MIN_COVERAGE = 0.9


@dataclass(frozen=True)
class FontChoice:
    """The file serving a role; ``substitute`` when it is not an office font."""

    role: str
    family: str
    path: str
    index: int
    substitute: bool
    needs_conversion: bool
    coverage: float = 1.0


@lru_cache(maxsize=64)
def face_cmap(path: str, index: int) -> frozenset[int]:
    """Return the code points a face maps (empty when the file cannot be read), cached on disk."""
    cached = _cmap_cache_file(path, index)
    if cached is not None and cached.is_file():
        points = array("I")
        points.frombytes(cached.read_bytes())
        return frozenset(points)
    try:
        with TTFont(path, fontNumber=index, lazy=True) as font:
            cmap = frozenset(font.getBestCmap() or {})
    except (TTLibError, OSError, AssertionError, KeyError):
        return frozenset()
    if cached is not None:
        _write_quietly(cached, array("I", sorted(cmap)).tobytes())
    return cmap


def _cmap_cache_file(path: str, index: int) -> Path | None:
    """Return where the code points of this face (this file version) are cached."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    key = hashlib.sha256(f"{path}|{index}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:24]
    return user_cache_dir() / "fonts" / f"cmap-{key}.u32"


def _write_quietly(target: Path, data: bytes) -> None:
    """Write a cache file atomically; a read-only cache folder only costs speed."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError:
        pass


@lru_cache(maxsize=64)
def gb2312_coverage(path: str, index: int) -> float:
    """Return the share of GB2312 level-1 汉字 a face maps (cached on disk beside its code points)."""
    cached = _cmap_cache_file(path, index)
    note = cached.with_suffix(".coverage") if cached is not None else None
    if note is not None and note.is_file():
        try:
            return float(note.read_text(encoding="ascii"))
        except ValueError:
            pass
    cmap = face_cmap(path, index)
    common = gb2312_level1()
    share = sum(1 for ch in common if ord(ch) in cmap) / len(common)
    if note is not None and cmap:
        _write_quietly(note, repr(share).encode("ascii"))
    return share


def _choice(role: str, candidate: str, face: FontFile, office: set[str]) -> FontChoice:
    family = candidate.partition(":")[0].strip()
    return FontChoice(role=role, family=candidate, path=face.path, index=face.index,
                      substitute=family.casefold() not in office, needs_conversion=face.cff,
                      coverage=round(gb2312_coverage(face.path, face.index), 4))


def _faces(style: dict[str, Any]) -> tuple[FontFile, ...]:
    return installed_faces(tuple(str(d) for d in style.get("font_dirs", [])))


def role_chain(style: dict[str, Any], role: str) -> list[FontChoice]:
    """Return every installed candidate for ``role``: CJK-complete ones in style order, then the rest."""
    office = {n.casefold() for n in style.get("fonts_office", [])}
    minimum = float(style.get("font_min_coverage", DEFAULT_MIN_COVERAGE))
    faces = _faces(style)
    seen: set[tuple[str, int]] = set()
    chain: list[FontChoice] = []
    for candidate in style.get("fonts", {}).get(role, []):
        for face in find_family(candidate, faces)[:1]:
            if (face.path, face.index) not in seen:
                seen.add((face.path, face.index))
                chain.append(_choice(role, candidate, face, office))
    return [c for c in chain if c.coverage >= minimum] + [c for c in chain if c.coverage < minimum]


def resolve_chains(style: dict[str, Any]) -> dict[str, list[FontChoice]]:
    """Return each role's fallback chain (possibly empty)."""
    return {role: role_chain(style, role) for role in style.get("fonts", {})}


def has_cjk_face(choice: FontChoice, style: dict[str, Any]) -> bool:
    """Return whether ``choice`` maps enough common 汉字 to serve as a Chinese font."""
    return choice.coverage >= float(style.get("font_min_coverage", DEFAULT_MIN_COVERAGE))


def resolve_fonts(style: dict[str, Any]) -> dict[str, FontChoice]:
    """Return the first choice of each role that has any installed candidate."""
    return {role: chain[0] for role, chain in resolve_chains(style).items() if chain}
