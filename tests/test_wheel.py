"""A non-editable install ships templates/ and styles/ and runs from another folder."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True, capture_output=True,
    )
    (built,) = out.glob("briefgen-*.whl")
    return built


def test_wheel_contains_templates_and_styles(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "briefgen/styles/gbt9704.yaml" in names
    assert any(n.startswith("briefgen/templates/") for n in names)
    assert "briefgen/py.typed" in names


def test_installed_wheel_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True, capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import briefgen, briefgen.style as s, briefgen.resources as r;"
        "print(briefgen.__file__); print(s.style_path()); print(r.shipped_dir('templates'))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env,
                         check=True, capture_output=True, text=True).stdout.splitlines()
    assert all(line.startswith(str(target)) for line in out), out
    help_run = subprocess.run([sys.executable, "-m", "briefgen", "weekly", "--help"], cwd=elsewhere,
                              env=env, capture_output=True, text=True)
    assert help_run.returncode == 0 and "--city" in help_run.stdout
