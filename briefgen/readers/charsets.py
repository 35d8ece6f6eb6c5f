"""The common-character set used to spot garbled text: GB 2312-80 level-1 汉字 (3755 chars).

The shipped list ``data/gb2312_level1.txt`` is generated from the GB 2312 code table (rows
16–55, the 一级汉字 ordered by pinyin) with ``python -m briefgen.readers.charsets``.
"""

from __future__ import annotations

import functools
import sys

from briefgen.resources import data_file

LEVEL1_FILE = "gb2312_level1.txt"


def level1_from_codec() -> str:
    """Return the GB 2312 level-1 characters, in code order, from Python's gb2312 codec."""
    chars = []
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return "".join(chars)


@functools.cache
def common_chars() -> frozenset[str]:
    """Return the shipped common-character set."""
    text = data_file(LEVEL1_FILE).read_text(encoding="utf-8")
    return frozenset(ch for line in text.splitlines() if not line.startswith("#") for ch in line)


def main() -> None:
    """Write the level-1 list to ``data/gb2312_level1.txt``."""
    chars = level1_from_codec()
    header = "# GB 2312-80 一级汉字（3755 字，按编码顺序），由 briefgen.readers.charsets 从 gb2312 编码表生成\n"
    lines = [chars[i : i + 80] for i in range(0, len(chars), 80)]
    data_file(LEVEL1_FILE).write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(chars)} 字已写入 {data_file(LEVEL1_FILE)}", file=sys.stderr)


if __name__ == "__main__":
    main()
