"""The selector works from stored tokens: a select run never loads jieba."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from briefgen.corpus.store import Corpus

SCRIPT = """
import sys
from briefgen.corpus.store import Corpus
from briefgen.select.selector import figures, select
corpus = Corpus.open(sys.argv[1])
chosen = select(corpus, "安康市", "2024-01-01", "2024-01-07")
figures(corpus, "安康市", "2024-01-01", "2024-01-07", themes=["生态环保"])
assert chosen.articles, "nothing selected"
print("jieba" in sys.modules, any(m.startswith("jieba") for m in sys.modules))
"""


def test_select_run_does_not_import_jieba(corpus: Corpus, build: Any) -> None:
    build.add(build.article(
        1, "汉江水质保护",
        [build.passage(0, "1月4日 ， 市 生态环境局 召开 汉江 水质 保护 会议 。",
                       "会议 通报 全年 空气质量 优良 天数 320 天 ， 汉江 出境 断面 水质 稳定 。")],
        events=[build.event("1月4日", "2024-01-04", 0)],
    ))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(Path(corpus.path))],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False"]
