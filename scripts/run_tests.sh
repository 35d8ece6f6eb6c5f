#!/usr/bin/env bash
# 运行全部测试：安装测试所需的系统软件包（poppler-utils、LibreOffice）和字体，
# 在 .venv 中以可编辑方式安装 briefgen 及测试依赖，然后运行 pytest、ruff。
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_system.sh --test
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
.venv/bin/python -m ruff check briefgen tests benchmarks
.venv/bin/python -m mypy briefgen
.venv/bin/python -m pytest "$@"
