#!/usr/bin/env bash
# 一条命令完成安装：系统软件包与中文字体、Python 虚拟环境 .venv 与 briefgen，
# 然后读入 samples/ 并生成安康的周报（PDF 与 Word），写到 out/。
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_system.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check .
.venv/bin/briefgen fonts || true
.venv/bin/briefgen weekly --city 安康 --corpus samples/ --db out/corpus.sqlite --out out/
